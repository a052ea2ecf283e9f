package fr.infotools.identity.directory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;

/**
 * Reads what InfoTools needs from an Active Directory user entry ({@code sAMAccountName},
 * {@code displayName}, {@code mail}, {@code memberOf}), whichever directory answered.
 */
class DirectoryUserMapper implements UserDetailsContextMapper {

	@Override
	public UserDetails mapUserFromContext(DirContextOperations ctx, String username,
			Collection<? extends GrantedAuthority> authorities) {
		String account = firstNonBlank(ctx.getStringAttribute("sAMAccountName"), username);
		String displayName = firstNonBlank(ctx.getStringAttribute("displayName"),
				joinNames(ctx.getStringAttribute("givenName"), ctx.getStringAttribute("sn")), account);
		Set<String> groups = new LinkedHashSet<>();
		String[] memberOf = ctx.getStringAttributes("memberOf");
		if (memberOf != null) {
			for (String dn : memberOf) {
				groups.add(commonName(dn));
			}
		}
		return new DirectoryUser(account.toLowerCase(Locale.ROOT), displayName, ctx.getStringAttribute("mail"),
				Set.copyOf(groups));
	}

	@Override
	public void mapUserToContext(UserDetails user, DirContextAdapter ctx) {
		throw new UnsupportedOperationException("InfoTools never writes to the directory");
	}

	/**
	 * The CN of a group's distinguished name, or the value itself when it is not a DN.
	 */
	static String commonName(String dn) {
		try {
			LdapName name = new LdapName(dn);
			for (int i = name.size() - 1; i >= 0; i--) {
				Rdn rdn = name.getRdn(i);
				if ("CN".equalsIgnoreCase(rdn.getType())) {
					return rdn.getValue().toString();
				}
			}
			return dn;
		}
		catch (InvalidNameException ex) {
			return dn;
		}
	}

	private static String joinNames(String given, String surname) {
		if (given == null || surname == null) {
			return null;
		}
		return given + " " + surname;
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		throw new IllegalStateException("Directory entry without an account name");
	}

}

package fr.infotools.identity.directory;

import java.util.Hashtable;
import java.util.List;

import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the directory that checks passwords answers: an anonymous read of the root DSE
 * of each configured URL (over LDAPS for Active Directory, trusting the same CA as
 * logins), with short timeouts. Up when one of them answers, since logins fail over to
 * the next URL. Part of the readiness group: without a directory nobody can log in.
 */
class DirectoryHealthIndicator implements HealthIndicator {

	private static final String TIMEOUT_MILLIS = "3000";

	private final List<String> urls;

	DirectoryHealthIndicator(List<String> urls) {
		this.urls = List.copyOf(urls);
	}

	@Override
	public Health health() {
		NamingException last = null;
		for (String url : this.urls) {
			try {
				return Health.up().withDetail("url", url).withDetail("vendor", rootDse(url)).build();
			}
			catch (NamingException ex) {
				last = ex;
			}
		}
		return Health.down()
			.withDetail("urls", this.urls)
			.withDetail("error", (last != null) ? last.getClass().getSimpleName() : "no URL configured")
			.build();
	}

	private static String rootDse(String url) throws NamingException {
		Hashtable<String, String> env = new Hashtable<>();
		env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
		env.put(Context.PROVIDER_URL, url);
		env.put(Context.SECURITY_AUTHENTICATION, "none");
		env.put("com.sun.jndi.ldap.connect.timeout", TIMEOUT_MILLIS);
		env.put("com.sun.jndi.ldap.read.timeout", TIMEOUT_MILLIS);
		DirContext context = new InitialDirContext(env);
		try {
			Attributes attributes = context.getAttributes("", new String[] { "vendorName", "dnsHostName" });
			Object host = (attributes.get("dnsHostName") != null) ? attributes.get("dnsHostName").get() : null;
			Object vendor = (attributes.get("vendorName") != null) ? attributes.get("vendorName").get() : null;
			return String.valueOf((host != null) ? host : (vendor != null) ? vendor : "ldap");
		}
		finally {
			context.close();
		}
	}

}

package fr.infotools.identity.directory;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.unboundid.ldap.sdk.LDAPException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.AbstractLdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.NullLdapAuthoritiesPopulator;
import org.springframework.security.ldap.authentication.ad.ActiveDirectoryLdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;

/**
 * Chooses the directory that checks passwords: the embedded one, or Active Directory over
 * LDAPS.
 */
@Configuration(proxyBeanMethods = false)
public class DirectoryConfiguration {

	@Bean
	GroupRoleMapping groupRoleMapping(DirectoryProperties properties) {
		return new GroupRoleMapping(properties.groupRoles());
	}

	@Bean
	@ConditionalOnProperty(name = "infotools.directory.mode", havingValue = "embedded", matchIfMissing = true)
	EmbeddedDirectory embeddedDirectory(DirectoryProperties properties, ResourceLoader resources)
			throws LDAPException, IOException {
		return new EmbeddedDirectory(properties.rootDn(), resources.getResource(properties.embeddedLdif()));
	}

	/**
	 * Checks a password against the configured directory and returns a
	 * {@link DirectoryUser}.
	 */
	@Bean
	AbstractLdapAuthenticationProvider directoryAuthenticationProvider(DirectoryProperties properties,
			ObjectProvider<EmbeddedDirectory> embedded) {
		if (properties.mode() == DirectoryProperties.Mode.ACTIVE_DIRECTORY) {
			return activeDirectory(properties);
		}
		return embedded(embedded.getObject());
	}

	/**
	 * The directory's part of the health and readiness: see
	 * {@link DirectoryHealthIndicator}.
	 */
	@Bean
	DirectoryHealthIndicator directoryHealthIndicator(DirectoryProperties properties,
			ObjectProvider<EmbeddedDirectory> embedded) {
		if (properties.mode() == DirectoryProperties.Mode.ACTIVE_DIRECTORY) {
			String urls = (properties.url() != null) ? properties.url().trim() : "";
			return new DirectoryHealthIndicator(urls.isEmpty() ? List.of() : Arrays.asList(urls.split("\\s+")));
		}
		return new DirectoryHealthIndicator(List.of(embedded.getObject().url()));
	}

	private static AbstractLdapAuthenticationProvider activeDirectory(DirectoryProperties properties) {
		if (properties.url() == null || properties.url().isBlank()) {
			throw new IllegalStateException("infotools.directory.url must name the Active Directory (ldaps://...)");
		}
		ActiveDirectoryLdapAuthenticationProvider provider = new ActiveDirectoryLdapAuthenticationProvider(
				properties.domain(), properties.url(), properties.rootDn());
		// {0} is the bind principal (user@domain), {1} the name as typed: both a UPN and
		// a sAMAccountName work
		provider.setSearchFilter("(&(objectClass=user)(|(userPrincipalName={0})(sAMAccountName={1})))");
		provider.setConvertSubErrorCodesToExceptions(true);
		provider.setUserDetailsContextMapper(new DirectoryUserMapper());
		return provider;
	}

	private static AbstractLdapAuthenticationProvider embedded(EmbeddedDirectory directory) {
		DefaultSpringSecurityContextSource contextSource = new DefaultSpringSecurityContextSource(directory.url());
		contextSource.afterPropertiesSet();
		BindAuthenticator authenticator = new BindAuthenticator(contextSource);
		authenticator.setUserSearch(new FilterBasedLdapUserSearch("",
				"(&(objectClass=user)(|(sAMAccountName={0})(userPrincipalName={0})))", contextSource));
		LdapAuthenticationProvider provider = new LdapAuthenticationProvider(authenticator,
				new NullLdapAuthoritiesPopulator());
		provider.setUserDetailsContextMapper(new DirectoryUserMapper());
		return provider;
	}

}

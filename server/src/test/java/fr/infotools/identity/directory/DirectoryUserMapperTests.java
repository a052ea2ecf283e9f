package fr.infotools.identity.directory;

import org.junit.jupiter.api.Test;

import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.support.LdapNameBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryUserMapperTests {

	private final DirectoryUserMapper mapper = new DirectoryUserMapper();

	@Test
	void readsTheActiveDirectoryAttributes() {
		DirContextAdapter entry = new DirContextAdapter(
				LdapNameBuilder.newInstance("CN=Jean Dupont,OU=Commerciaux").build());
		entry.setAttributeValue("sAMAccountName", "JDupont");
		entry.setAttributeValue("displayName", "Jean Dupont");
		entry.setAttributeValue("mail", "jean.dupont@infotools.local");
		entry.setAttributeValues("memberOf", new String[] { "CN=CRM_Commerciaux,OU=Groupes,DC=infotools,DC=local",
				"CN=Tous\\, le personnel,OU=Groupes,DC=infotools,DC=local" });
		DirectoryUser user = (DirectoryUser) this.mapper.mapUserFromContext(entry, "jdupont@infotools.local", null);
		assertThat(user.username()).isEqualTo("jdupont");
		assertThat(user.displayName()).isEqualTo("Jean Dupont");
		assertThat(user.email()).isEqualTo("jean.dupont@infotools.local");
		assertThat(user.groups()).containsExactlyInAnyOrder("CRM_Commerciaux", "Tous, le personnel");
		assertThat(user.getPassword()).isNull();
		assertThat(user.getAuthorities()).isEmpty();
	}

	@Test
	void fallsBackToGivenNameAndSurnameAndToTheTypedName() {
		DirContextAdapter entry = new DirContextAdapter(LdapNameBuilder.newInstance("CN=Emma Petit").build());
		entry.setAttributeValue("givenName", "Emma");
		entry.setAttributeValue("sn", "Petit");
		DirectoryUser user = (DirectoryUser) this.mapper.mapUserFromContext(entry, "epetit", null);
		assertThat(user.username()).isEqualTo("epetit");
		assertThat(user.displayName()).isEqualTo("Emma Petit");
		assertThat(user.groups()).isEmpty();
	}

	@Test
	void takesTheCommonNameOfAGroup() {
		assertThat(DirectoryUserMapper.commonName("CN=CRM_Responsables,OU=Groupes,DC=x")).isEqualTo("CRM_Responsables");
		assertThat(DirectoryUserMapper.commonName("OU=Groupes,DC=x")).isEqualTo("OU=Groupes,DC=x");
		assertThat(DirectoryUserMapper.commonName("CRM_Commerciaux")).isEqualTo("CRM_Commerciaux");
	}

}

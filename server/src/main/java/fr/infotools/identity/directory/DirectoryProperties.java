package fr.infotools.identity.directory;

import java.util.Map;

import fr.infotools.identity.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where accounts are checked: the embedded directory (default, for running out of the box
 * and for tests) or a real Active Directory over LDAPS, and which directory groups give
 * which CRM role.
 *
 * @param mode {@code embedded} or {@code active-directory}
 * @param domain the Active Directory domain (UPN suffix), e.g. {@code infotools.local}
 * @param url the directory URL, e.g. {@code ldaps://dc1.infotools.local:636}
 * @param rootDn the search base, e.g. {@code DC=infotools,DC=local}
 * @param groupRoles directory group name (CN) → CRM role; a user in no mapped group is
 * refused
 * @param embeddedLdif the accounts of the embedded directory
 */
@ConfigurationProperties("infotools.directory")
public record DirectoryProperties(@DefaultValue("embedded") Mode mode, @DefaultValue("infotools.local") String domain,
		String url, @DefaultValue("DC=infotools,DC=local") String rootDn, Map<String, Role> groupRoles,
		@DefaultValue("classpath:directory/embedded-directory.ldif") String embeddedLdif) {

	public DirectoryProperties {
		groupRoles = (groupRoles == null || groupRoles.isEmpty())
				? Map.of("CRM_Responsables", Role.MANAGER, "CRM_Commerciaux", Role.SALES) : Map.copyOf(groupRoles);
	}

	public enum Mode {

		EMBEDDED, ACTIVE_DIRECTORY

	}

}

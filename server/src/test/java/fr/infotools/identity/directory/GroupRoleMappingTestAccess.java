package fr.infotools.identity.directory;

import java.util.Map;

import fr.infotools.identity.Role;

/**
 * Lets tests of other packages build a {@link GroupRoleMapping}.
 */
public final class GroupRoleMappingTestAccess {

	private GroupRoleMappingTestAccess() {
	}

	public static GroupRoleMapping mapping(Map<String, Role> roles) {
		return new GroupRoleMapping(roles);
	}

}

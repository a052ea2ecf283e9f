package fr.infotools.identity.directory;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.infotools.identity.Role;

/**
 * Turns directory group names into the CRM role: a member of a manager group is a
 * manager, otherwise a member of a sales group is a sales rep, otherwise the account has
 * no access to the CRM.
 */
public class GroupRoleMapping {

	private final Map<String, Role> roleByGroup;

	GroupRoleMapping(Map<String, Role> roleByGroup) {
		this.roleByGroup = roleByGroup.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap((entry) -> entry.getKey().toLowerCase(Locale.ROOT),
					Map.Entry::getValue));
	}

	public Optional<Role> roleFor(Set<String> groups) {
		Set<Role> roles = groups.stream()
			.map((group) -> this.roleByGroup.get(group.toLowerCase(Locale.ROOT)))
			.filter((role) -> role != null)
			.collect(Collectors.toSet());
		if (roles.contains(Role.MANAGER)) {
			return Optional.of(Role.MANAGER);
		}
		if (roles.contains(Role.SALES)) {
			return Optional.of(Role.SALES);
		}
		return Optional.empty();
	}

}

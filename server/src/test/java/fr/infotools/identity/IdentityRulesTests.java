package fr.infotools.identity;

import java.util.Map;
import java.util.Set;

import fr.infotools.identity.directory.GroupRoleMappingTestAccess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdentityRulesTests {

	@Test
	void theManagerGroupWinsThenTheSalesGroupElseNoAccess() {
		var mapping = GroupRoleMappingTestAccess
			.mapping(Map.of("CRM_Responsables", Role.MANAGER, "CRM_Commerciaux", Role.SALES));
		assertThat(mapping.roleFor(Set.of("CRM_Commerciaux", "crm_responsables"))).contains(Role.MANAGER);
		assertThat(mapping.roleFor(Set.of("Tous", "crm_commerciaux"))).contains(Role.SALES);
		assertThat(mapping.roleFor(Set.of("GRP_Developpeurs"))).isEmpty();
		assertThat(mapping.roleFor(Set.of())).isEmpty();
	}

	@Test
	void roleAuthoritiesAreSpringRoles() {
		assertThat(Role.MANAGER.authority()).isEqualTo("ROLE_MANAGER");
		assertThat(new CurrentUser(1, "mmartin", "Marie Martin", Role.MANAGER).isManager()).isTrue();
		assertThat(new CurrentUser(2, "jdupont", "Jean Dupont", Role.SALES).isManager()).isFalse();
	}

	@Test
	void reminderDelaysAreFifteenThirtyOrSixtyMinutes() {
		UserAccount account = new UserAccount("jdupont", "Jean Dupont", null, Role.SALES);
		assertThat(account.getReminderMinutes()).isEqualTo(30);
		account.changeReminderMinutes(60);
		assertThat(account.getReminderMinutes()).isEqualTo(60);
		assertThatIllegalArgumentException().isThrownBy(() -> account.changeReminderMinutes(45));
		String token = account.getCalendarToken();
		assertThat(token).hasSizeGreaterThan(30);
		account.renewCalendarToken();
		assertThat(account.getCalendarToken()).isNotEqualTo(token);
	}

}

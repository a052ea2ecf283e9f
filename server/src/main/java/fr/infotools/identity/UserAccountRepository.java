package fr.infotools.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByCalendarToken(String calendarToken);

	List<UserAccount> findByRoleAndActiveTrueOrderByDisplayName(Role role);

	List<UserAccount> findAllByOrderByDisplayName();

}

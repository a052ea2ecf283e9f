package fr.infotools.identity;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByCalendarToken(String calendarToken);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where u.id = :id")
	Optional<UserAccount> lockById(long id);

	List<UserAccount> findByRoleAndActiveTrueOrderByDisplayName(Role role);

	List<UserAccount> findAllByOrderByDisplayName();

	/** Every user's id and display name, without loading the accounts. */
	@org.springframework.data.jpa.repository.Query("select u.id, u.displayName from UserAccount u")
	List<Object[]> findDisplayNames();

}

package fr.infotools.identity.login;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginEventRepository extends JpaRepository<LoginEvent, Long> {

}

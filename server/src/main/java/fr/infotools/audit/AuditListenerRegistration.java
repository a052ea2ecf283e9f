package fr.infotools.audit;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

import org.springframework.stereotype.Component;

/**
 * Plugs the audit listener into Hibernate once the persistence unit is up.
 */
@Component
class AuditListenerRegistration {

	AuditListenerRegistration(EntityManagerFactory entityManagerFactory, AuditEntityListener listener) {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, listener);
		registry.appendListeners(EventType.POST_UPDATE, listener);
		registry.appendListeners(EventType.POST_DELETE, listener);
	}

}

package fr.infotools.audit;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.Table;
import tools.jackson.databind.json.JsonMapper;

import fr.infotools.shared.Audited;
import fr.infotools.shared.Money;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

import org.springframework.stereotype.Component;

/**
 * Writes an audit row for every insert, update and delete of an {@link Audited} entity,
 * on the same connection and so in the same transaction as the change: gathered during
 * the transaction, written just before it commits. Column names are those of the table,
 * so the JSON can be read next to the SQL schema.
 */
@Component
class AuditEntityListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	/**
	 * Technical columns that change at every update and say nothing the audit row does
	 * not already say.
	 */
	private static final Set<String> NOT_DIFFED = Set.of("version", "updated_at");

	private final AuditWriter writer;

	/**
	 * Each open transaction's rows, by session (one transaction at a time per session).
	 */
	private final Map<SharedSessionContractImplementor, List<AuditWriter.PendingRow>> pending = new ConcurrentHashMap<>();

	private final JsonMapper json = JsonMapper.builder().build();

	AuditEntityListener(AuditWriter writer) {
		this.writer = writer;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		String table = auditedTable(event.getPersister());
		if (table != null) {
			Map<String, Object> row = fullRow(event.getPersister(), event.getId(), event.getState(),
					event.getSession());
			write(event.getSession(), table, event.getId(), AuditAction.INSERT, row);
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		String table = auditedTable(event.getPersister());
		if (table == null) {
			return;
		}
		Map<String, Object> changes = changes(event);
		if (!changes.isEmpty()) {
			write(event.getSession(), table, event.getId(), AuditAction.UPDATE, changes);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		String table = auditedTable(event.getPersister());
		if (table != null) {
			Map<String, Object> row = fullRow(event.getPersister(), event.getId(), event.getDeletedState(),
					event.getSession());
			write(event.getSession(), table, event.getId(), AuditAction.DELETE, row);
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private static String auditedTable(EntityPersister persister) {
		Class<?> type = persister.getMappedClass();
		if (!type.isAnnotationPresent(Audited.class)) {
			return null;
		}
		return type.getAnnotation(Table.class).name();
	}

	private Map<String, Object> fullRow(EntityPersister persister, Object id, Object[] state,
			SharedSessionContractImplementor session) {
		AbstractEntityPersister columns = (AbstractEntityPersister) persister;
		Map<String, Object> row = new LinkedHashMap<>();
		row.put(columns.getIdentifierColumnNames()[0], id);
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < types.length; i++) {
			if (!types[i].isCollectionType()) {
				row.put(columns.getPropertyColumnNames(i)[0], jsonValue(state[i], types[i], session));
			}
		}
		return row;
	}

	private Map<String, Object> changes(PostUpdateEvent event) {
		AbstractEntityPersister columns = (AbstractEntityPersister) event.getPersister();
		Type[] types = event.getPersister().getPropertyTypes();
		Object[] before = event.getOldState();
		Object[] after = event.getState();
		Map<String, Object> changes = new LinkedHashMap<>();
		for (int i = 0; i < types.length; i++) {
			if (types[i].isCollectionType()) {
				continue;
			}
			String column = columns.getPropertyColumnNames(i)[0];
			if (NOT_DIFFED.contains(column)) {
				continue;
			}
			Object old = (before != null) ? jsonValue(before[i], types[i], event.getSession()) : null;
			Object now = jsonValue(after[i], types[i], event.getSession());
			if (before == null || !Objects.equals(old, now)) {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("before", old);
				change.put("after", now);
				changes.put(column, change);
			}
		}
		return changes;
	}

	/**
	 * Keeps the row until the transaction is about to commit (after the last flush): the
	 * trail's head is then locked for a few statements instead of from the first change.
	 */
	private void write(SharedSessionContractImplementor session, String table, Object id, AuditAction action,
			Map<String, Object> values) {
		String changed = this.json.writeValueAsString(values);
		AuditWriter.PendingRow row = new AuditWriter.PendingRow(AuditActor.current(), table, String.valueOf(id), action,
				changed);
		if (!(session instanceof EventSource eventSource)) {
			// a stateless session has no end-of-transaction hooks: the row is written now
			session.doWork((connection) -> this.writer.appendAll(connection, List.of(row)));
			return;
		}
		List<AuditWriter.PendingRow> rows = this.pending.get(session);
		if (rows == null) {
			List<AuditWriter.PendingRow> transactionRows = new ArrayList<>();
			this.pending.put(session, transactionRows);
			eventSource.getActionQueue()
				.registerCallback((BeforeCompletionCallback) (completing) -> completing
					.doWork((connection) -> this.writer.appendAll(connection, this.pending.remove(completing))));
			eventSource.getActionQueue()
				.registerCallback((AfterCompletionCallback) (success, completed) -> this.pending.remove(completed));
			rows = transactionRows;
		}
		rows.add(row);
	}

	/**
	 * A value as it reads in JSON: amounts as decimals, times in ISO-8601 UTC, enums by
	 * name, references by id.
	 */
	private static Object jsonValue(Object value, Type type, SharedSessionContractImplementor session) {
		if (value == null) {
			return null;
		}
		if (type.isEntityType()) {
			return session.getEntityPersister(null, value).getIdentifier(value, session);
		}
		if (value instanceof Money money) {
			return money.amount();
		}
		if (value instanceof BigDecimal || value instanceof Number || value instanceof Boolean
				|| value instanceof String) {
			return value;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Temporal) {
			return value.toString();
		}
		return value.toString();
	}

}

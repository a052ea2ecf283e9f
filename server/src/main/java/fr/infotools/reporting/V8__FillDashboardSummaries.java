package fr.infotools.reporting;

import fr.infotools.appointment.AppointmentSummary;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Migration 8: fills the dashboard's summaries (created by migration 7) from the invoices
 * and appointments already there. A Flyway migration, so it runs once, under Flyway's
 * lock, whichever instance starts first.
 */
@Component
class V8__FillDashboardSummaries extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		SalesSummary.rebuild(context.getConnection());
		AppointmentSummary.rebuild(context.getConnection());
	}

}

package fr.infotools.mobile.app;

import android.content.Context;

import fr.infotools.mobile.agenda.AppointmentStatus;
import fr.infotools.mobile.agenda.Violation;

/**
 * The rep's words for what the logic reports.
 */
final class Messages {

	private Messages() {
	}

	/** The server's message for a broken rule, in the phone's language. */
	static String of(Context context, Violation violation) {
		switch (violation.rule()) {
			case NOT_NULL:
				return context.getString(R.string.rule_not_null);
			case NOT_BLANK:
				return context.getString(R.string.rule_not_blank);
			case SIZE:
				return context.getString(R.string.rule_size, violation.args().get(0), violation.args().get(1));
			case SAFE_TEXT:
				return context.getString(R.string.rule_safe_text);
			case NEW_STATUS:
				return context.getString(R.string.rule_new_status);
			case END_BEFORE_START:
				return context.getString(R.string.rule_end_before_start);
			case TOO_LONG:
				return context.getString(R.string.rule_too_long);
			case DATE_RANGE:
				return context.getString(R.string.rule_date_range);
			case STATUS_CHANGE:
				return context.getString(R.string.rule_status_change, violation.args().get(0), violation.args().get(1));
			case DONE_BEFORE_START:
				return context.getString(R.string.rule_done_before_start);
			case IN_PAST:
				return context.getString(R.string.rule_in_past);
			default:
				return context.getString(R.string.rule_overlap, violation.args().get(0));
		}
	}

	static String status(Context context, AppointmentStatus status) {
		switch (status) {
			case DONE:
				return context.getString(R.string.status_DONE);
			case CANCELLED:
				return context.getString(R.string.status_CANCELLED);
			default:
				return context.getString(R.string.status_PLANNED);
		}
	}

}

package fr.infotools.mobile.reminder;

import java.time.Duration;

/**
 * How long before an appointment its reminder rings: the rep's profile setting on the
 * server ({@code reminderMinutes}), 30 minutes unless changed.
 */
public enum ReminderDelay {

	MINUTES_15(15), MINUTES_30(30), MINUTES_60(60);

	public static final ReminderDelay DEFAULT = MINUTES_30;

	private final int minutes;

	ReminderDelay(int minutes) {
		this.minutes = minutes;
	}

	public int minutes() {
		return this.minutes;
	}

	public Duration duration() {
		return Duration.ofMinutes(this.minutes);
	}

	/**
	 * The delay of that many minutes; the default for a value the server does not allow.
	 */
	public static ReminderDelay ofMinutes(int minutes) {
		for (ReminderDelay delay : values()) {
			if (delay.minutes == minutes) {
				return delay;
			}
		}
		return DEFAULT;
	}

}

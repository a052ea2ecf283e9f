package fr.infotools.appointment;

import java.util.List;

import fr.infotools.identity.UserSummary;

/**
 * A user's personal calendar: their appointments from three months back to twelve months
 * ahead, in start order.
 */
public record CalendarFeed(UserSummary owner, List<Appointment> appointments) {

}

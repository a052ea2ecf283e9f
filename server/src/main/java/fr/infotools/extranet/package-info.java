/**
 * The sales reps' extranet under {@code /app}: its shell (layout, navigation, error and
 * refusal pages, language), the home page, the profile, and the pages that bring several
 * modules together (a customer's file). Each feature module serves its own pages from its
 * {@code web} package; this module depends on them only through their public services.
 */
package fr.infotools.extranet;

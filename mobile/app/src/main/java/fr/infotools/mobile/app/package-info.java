/**
 * The Android application: screens, alarms, notifications, boot and network hooks, on top
 * of the plain-Java logic of {@code fr.infotools.mobile}.
 */
package fr.infotools.mobile.app;

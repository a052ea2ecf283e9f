/**
 * Prospects, clients et contacts: every rep's records, search, editing, reassignment,
 * conversion.
 */
package fr.infotools.desktop.customers;

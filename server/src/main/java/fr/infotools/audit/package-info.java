/**
 * The audit trail: one append-only, hash-chained row per insert, update and delete of
 * critical data, written in the same transaction; its integrity check and its analyses.
 */
package fr.infotools.audit;

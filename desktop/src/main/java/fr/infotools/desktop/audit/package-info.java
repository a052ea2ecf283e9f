/**
 * Journal d'audit: the filtered trail with each change's before→after, the analyses, the
 * integrity check, CSV export.
 */
package fr.infotools.desktop.audit;

/**
 * Who is calling: directory (Active Directory) login, roles, the users mirrored from the
 * directory, API tokens, login throttling, and the access policy every module asks before
 * showing or changing data.
 */
package fr.infotools.identity;

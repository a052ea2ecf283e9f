/**
 * Demandes du site: the queue of website requests, assigned to a rep's free slot or
 * rejected.
 */
package fr.infotools.desktop.requests;

/**
 * The extranet's shell and its home, profile, customer file and error pages.
 */
package fr.infotools.extranet.web;

/**
 * The products Info-Tools sells: software licences, hardware and services, with prices,
 * costs and VAT.
 */
package fr.infotools.catalog;

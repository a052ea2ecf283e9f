/**
 * The products Info-Tools sells: software licences, hardware and services, with prices,
 * costs, VAT, availability and the stock movements managers record.
 */
package fr.infotools.catalog;

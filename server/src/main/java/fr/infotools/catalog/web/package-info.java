/**
 * The extranet's catalogue page: products by category, searched, with prices excl. and
 * incl. VAT and availability, never a purchase cost.
 */
package fr.infotools.catalog.web;

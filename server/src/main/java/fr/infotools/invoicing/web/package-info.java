/**
 * The extranet's invoicing pages: a customer's printable purchase recap, and the PDF of
 * one of their invoices.
 */
package fr.infotools.invoicing.web;

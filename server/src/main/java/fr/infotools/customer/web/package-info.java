/**
 * The extranet's prospect and customer pages: the searchable list, the forms to create,
 * change, delete and convert them, and their contacts' forms. The customer's file, which
 * also shows appointments and invoices, is the extranet module's.
 */
package fr.infotools.customer.web;

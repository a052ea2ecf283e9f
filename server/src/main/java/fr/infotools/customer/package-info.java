/**
 * Prospects and customers, their contacts, the sales rep who owns each, and conversion of
 * a prospect into a customer.
 */
package fr.infotools.customer;

/**
 * Working without network: the state kept on the phone, the queue of changes made
 * offline, their sending when the network returns, and the changes the server refused.
 */
package fr.infotools.mobile.sync;

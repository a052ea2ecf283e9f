/**
 * REST API of the mail outbox, for managers: messages with their delivery status, one
 * message's content, retrying a failed one.
 */
package fr.infotools.mail.api;

/**
 * Every e-mail the product sends, through an outbox: a message is written to the
 * {@code mail_outbox} table in the transaction of the action that causes it (a website
 * request, its assignment, a report sent by a manager), then delivered by SMTP by a
 * background sender with retries and backoff. A message that keeps failing is marked
 * failed for managers to see and retry; none is dropped. Bodies come from templates, in
 * HTML and plain text, with every value escaped. On the embedded defaults nothing is
 * sent: messages stay in the outbox, readable by managers.
 */
package fr.infotools.mail;

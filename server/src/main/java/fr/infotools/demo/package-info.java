/**
 * The demo dataset loaded on the first start of the embedded defaults: four sales reps'
 * prospects and customers, contacts, appointments, a catalogue with stock, a year of
 * invoices and a few website requests.
 */
package fr.infotools.demo;

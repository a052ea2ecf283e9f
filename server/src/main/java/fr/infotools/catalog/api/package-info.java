/**
 * REST API of the catalogue: products, their stock movements and alerts, and the public
 * showcase.
 */
package fr.infotools.catalog.api;

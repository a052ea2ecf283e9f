/**
 * Produits et stock: the catalogue, stock levels, movements, restocks, adjustments and
 * alerts.
 */
package fr.infotools.desktop.products;

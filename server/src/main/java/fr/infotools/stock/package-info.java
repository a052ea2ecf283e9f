/**
 * Stock levels and the signed movements that change them; a level never goes below zero.
 */
package fr.infotools.stock;

/**
 * What the REST API sends and receives, as records: the desktop's copy of the server's
 * JSON shapes (unknown fields in answers are ignored, so a newer server still works).
 */
package fr.infotools.desktop.api.model;

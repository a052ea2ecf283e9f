package fr.infotools.desktop.api.model;

/** What a user may do: only managers use the desktop application. */
public enum Role {

	MANAGER, SALES

}

package fr.infotools.desktop.api.model;

/** Product categories of the catalogue. */
public enum Category {

	SOFTWARE, SERVER, WORKSTATION, NETWORK, SERVICE

}

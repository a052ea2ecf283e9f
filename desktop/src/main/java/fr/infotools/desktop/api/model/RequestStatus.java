package fr.infotools.desktop.api.model;

/** A website request is new until a manager assigns or rejects it. */
public enum RequestStatus {

	NEW, ASSIGNED, REJECTED

}

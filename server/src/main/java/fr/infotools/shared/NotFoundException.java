package fr.infotools.shared;

/**
 * The record does not exist, or the current user may not see it: both answer 404 so that
 * another sales rep's records cannot even be discovered.
 */
public class NotFoundException extends RuntimeException {

	private final String resource;

	private final Object id;

	public NotFoundException(String resource, Object id) {
		super(resource + " " + id + " not found");
		this.resource = resource;
		this.id = id;
	}

	public String getResource() {
		return this.resource;
	}

	public Object getId() {
		return this.id;
	}

}

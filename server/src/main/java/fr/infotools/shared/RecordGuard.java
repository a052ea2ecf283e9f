package fr.infotools.shared;

/**
 * Checks, before anything else of the request is read, that the current user may see the
 * record a path names: a record that is not theirs answers 404 before its body is even
 * validated, so that a validation error cannot reveal that someone else's record exists.
 *
 * @see RecordGuards
 */
public interface RecordGuard {

	/**
	 * The paths guarded, with a variable {@code {id}} for the record, e.g.
	 * {@code /api/v1/customers/{id}/**}.
	 */
	String pathPattern();

	/**
	 * Throws {@link NotFoundException} when the current user may not see record
	 * {@code id}.
	 */
	void check(long id);

}

package fr.infotools.shared;

/**
 * The version a client read before changing a record, from the request body or an
 * {@code If-Match} header ({@code "3"} or {@code W/"3"}). An update without either is
 * refused (428): silently overwriting someone else's change is what optimistic locking is
 * there to prevent.
 */
public final class Versions {

	private Versions() {
	}

	public static long expected(Long bodyVersion, String ifMatch) {
		if (bodyVersion != null) {
			return bodyVersion;
		}
		if (ifMatch != null && !ifMatch.isBlank()) {
			String tag = ifMatch.trim();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			tag = tag.replace("\"", "");
			try {
				return Long.parseLong(tag);
			}
			catch (NumberFormatException ex) {
				throw new BusinessRuleException("version.malformed", "If-Match");
			}
		}
		throw new VersionRequiredException();
	}

	/** The ETag of a record at a version. */
	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/** No version was sent with an update (428 Precondition Required). */
	public static class VersionRequiredException extends RuntimeException {

		VersionRequiredException() {
			super("version required");
		}

	}

}

package fr.infotools.security;

/**
 * One operation the server answers: an HTTP method and a path pattern.
 */
record Route(String method, String pattern) implements Comparable<Route> {

	boolean isSafe() {
		return "GET".equals(this.method);
	}

	boolean isApi() {
		return this.pattern.startsWith("/api/");
	}

	@Override
	public int compareTo(Route other) {
		int byPattern = this.pattern.compareTo(other.pattern);
		return (byPattern != 0) ? byPattern : this.method.compareTo(other.method);
	}

	@Override
	public String toString() {
		return this.method + " " + this.pattern;
	}

}

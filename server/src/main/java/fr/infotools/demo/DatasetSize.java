package fr.infotools.demo;

/**
 * How many records the benchmark dataset holds: at scale 1 the reference of
 * docs/performance.md, smaller scales for quick runs (the 50 reps stay).
 */
record DatasetSize(int reps, int products, int customers, long appointments, long invoices) {

	static final int REPS = 50;

	static DatasetSize of(double scale) {
		if (!(scale > 0) || scale > 10) {
			throw new IllegalArgumentException("infotools.dataset.scale must be above 0 and at most 10: " + scale);
		}
		return new DatasetSize(REPS, Math.max(20, (int) Math.round(1_000 * Math.min(1, scale * 10))),
				Math.max(4 * 3 * REPS, (int) Math.round(200_000 * scale)), Math.round(2_000_000 * scale),
				Math.round(500_000 * scale));
	}

}

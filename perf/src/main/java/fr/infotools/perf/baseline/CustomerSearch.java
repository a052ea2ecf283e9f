package fr.infotools.perf.baseline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;

/**
 * Scenario 2, {@code GET /api/v1/customers?q=PREFIX&page=P&size=S}: a page of the
 * customers whose company name starts with the prefix, a rep's own only, sorted by
 * company name then id (PageQuery's default and tie-breaker). The statements are the ones
 * Hibernate writes for CustomerRepository.search on MariaDB (the type and city filters
 * unused, so bound to null), and like the server the baseline reads the users' names in
 * one transaction and the page in another, and counts only when Spring Data would
 * (PageableExecutionUtils). The JSON is PageResponse of CustomerResponse.
 */
final class CustomerSearch {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	/**
	 * The Hibernate alias and filters. {@code replace(?,'\\','\\\\')} is Hibernate's
	 * MariaDB dialect doubling the backslashes of a LIKE pattern.
	 */
	static final String FROM = " from customers c1_0 where (? is null or c1_0.owner_id=?) and (? is null or c1_0.type=?) "
			+ "and (? is null or c1_0.company_name like replace(?,'\\\\','\\\\\\\\')) and (? is null or c1_0.city=?)";

	static final String SELECT = "select c1_0.id,c1_0.address_line,c1_0.city,c1_0.company_name,c1_0.converted_at,"
			+ "c1_0.country,c1_0.created_at,c1_0.email,c1_0.notes,c1_0.owner_id,c1_0.phone,c1_0.postal_code,"
			+ "c1_0.siren,c1_0.type,c1_0.updated_at,c1_0.version" + FROM + " order by c1_0.company_name,c1_0.id";

	/** The first page has no offset in Hibernate's MariaDB pagination. */
	static final String FIRST_PAGE = SELECT + " limit ?";

	static final String OTHER_PAGE = SELECT + " limit ?,?";

	static final String COUNT = "select count(c1_0.id)" + FROM;

	private final ConnectionPool pool;

	CustomerSearch(ConnectionPool pool) {
		this.pool = pool;
	}

	/**
	 * @param prefix the {@code q} parameter, null or blank for every name
	 */
	String json(AccessTokens.Caller caller, String prefix, int page, int size) throws SQLException {
		Map<Long, String> users = this.pool.inTransaction(UserNames::all);
		String pattern = prefixPattern(prefix);
		Long owner = caller.ownerScope();
		return this.pool.inTransaction((connection) -> {
			Json json = new Json().open('{').name("items").open('[');
			long offset = (long) page * size;
			int found = 0;
			try (PreparedStatement select = connection.prepareStatement((page == 0) ? FIRST_PAGE : OTHER_PAGE)) {
				int p = bindFilters(select, owner, pattern);
				if (page != 0) {
					select.setInt(p++, (int) offset);
				}
				select.setInt(p, size);
				try (ResultSet rs = select.executeQuery()) {
					while (rs.next()) {
						found++;
						long ownerId = rs.getLong("owner_id");
						json.open('{')
							.field("id", rs.getLong("id"))
							.field("type", rs.getString("type"))
							.field("companyName", rs.getString("company_name"))
							.field("siren", rs.getString("siren"))
							.field("email", rs.getString("email"))
							.field("phone", rs.getString("phone"))
							.field("addressLine", rs.getString("address_line"))
							.field("postalCode", rs.getString("postal_code"))
							.field("city", rs.getString("city"))
							.field("country", rs.getString("country"))
							.field("notes", rs.getString("notes"))
							.field("ownerId", ownerId)
							.field("ownerName", users.get(ownerId))
							.field("convertedAt", Rows.instant(Rows.dateTime(rs, "converted_at")))
							.field("createdAt", Rows.instant(Rows.dateTime(rs, "created_at")))
							.field("updatedAt", Rows.instant(Rows.dateTime(rs, "updated_at")))
							.field("version", rs.getLong("version"))
							.close('}');
					}
				}
			}
			long total = total(connection, owner, pattern, offset, found, size);
			return json.close(']')
				.field("page", page)
				.field("size", size)
				.field("totalItems", total)
				.field("totalPages", (int) ((total + size - 1) / size))
				.close('}')
				.toString();
		});
	}

	/**
	 * Spring Data's rule: a page that is not full and not empty tells the total without
	 * counting (except an empty first page, whose total is 0).
	 */
	private static long total(Connection connection, Long owner, String pattern, long offset, int found, int size)
			throws SQLException {
		if (found < size && (offset == 0 || found > 0)) {
			return offset + found;
		}
		try (PreparedStatement count = connection.prepareStatement(COUNT)) {
			bindFilters(count, owner, pattern);
			try (ResultSet rs = count.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** Owner, type (never), name pattern and city (never), each twice; the next index. */
	private static int bindFilters(PreparedStatement statement, Long owner, String pattern) throws SQLException {
		for (int i = 1; i <= 2; i++) {
			if (owner != null) {
				statement.setLong(i, owner);
			}
			else {
				statement.setNull(i, Types.BIGINT);
			}
			statement.setNull(2 + i, Types.VARCHAR);
			statement.setString(4 + i, pattern);
			statement.setNull(6 + i, Types.VARCHAR);
		}
		return 9;
	}

	/** Customers.prefixPattern: LIKE's wildcards in the text taken literally. */
	static String prefixPattern(String prefix) {
		if (prefix == null || prefix.isBlank()) {
			return null;
		}
		return prefix.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}

package fr.infotools.shared;

import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns the {@code page}, {@code size} and {@code sort} parameters of a list into a
 * bounded, stably sorted page request. Sorting is allowed on the listed API fields only
 * ({@code sort=city} or {@code sort=city,desc}); the id always breaks ties so that pages
 * never overlap.
 */
public final class PageQuery {

	/** The largest page a client may ask for. */
	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 20;

	private PageQuery() {
	}

	/**
	 * @param sortable API field name → entity property
	 * @param defaultSort the API field used when none is given
	 */
	public static Pageable of(Integer page, Integer size, String sort, Map<String, String> sortable,
			String defaultSort) {
		int number = (page != null) ? page : 0;
		int length = (size != null) ? size : DEFAULT_SIZE;
		if (number < 0 || (long) number * MAX_SIZE > Integer.MAX_VALUE) {
			throw new BusinessRuleException("paging.page", "page");
		}
		if (length < 1 || length > MAX_SIZE) {
			throw new BusinessRuleException("paging.size", "size", MAX_SIZE);
		}
		return PageRequest.of(number, length, sortOf((sort != null && !sort.isBlank()) ? sort : defaultSort, sortable));
	}

	private static Sort sortOf(String sort, Map<String, String> sortable) {
		String[] parts = sort.split(",");
		String property = sortable.get(parts[0].trim());
		if (property == null || parts.length > 2) {
			throw new BusinessRuleException("paging.sort", "sort", String.join(", ", sortable.keySet()));
		}
		Sort.Direction direction = Sort.Direction.ASC;
		if (parts.length == 2) {
			String dir = parts[1].trim().toLowerCase(Locale.ROOT);
			if (!dir.equals("asc") && !dir.equals("desc")) {
				throw new BusinessRuleException("paging.sort", "sort", String.join(", ", sortable.keySet()));
			}
			direction = dir.equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC;
		}
		return Sort.by(direction, property).and(Sort.by(direction, "id"));
	}

}

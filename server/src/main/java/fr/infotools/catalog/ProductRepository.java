package fr.infotools.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, Long> {

	Optional<Product> findBySku(String sku);

	List<Product> findAllByOrderByCategoryAscNameAsc();

	/**
	 * Products whose name or SKU contains the pattern, optionally of one category, active
	 * or not, featured or not.
	 */
	@Query(value = """
			select p from Product p
			where (:category is null or p.category = :category)
			  and (:active is null or p.active = :active)
			  and (:featured is null or p.featured = :featured)
			  and (:pattern is null or p.name like :pattern escape '\\' or p.sku like :pattern escape '\\')""",
			countQuery = """
					select count(p) from Product p
					where (:category is null or p.category = :category)
					  and (:active is null or p.active = :active)
					  and (:featured is null or p.featured = :featured)
					  and (:pattern is null or p.name like :pattern escape '\\' or p.sku like :pattern escape '\\')""")
	Page<Product> search(String pattern, ProductCategory category, Boolean active, Boolean featured, Pageable page);

	/** The products the public website shows: active and featured. */
	@Query("""
			select p from Product p
			where p.active = true and p.featured = true and (:category is null or p.category = :category)
			order by p.category, p.name, p.id""")
	List<Product> showcase(ProductCategory category);

}

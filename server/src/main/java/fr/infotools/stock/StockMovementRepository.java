package fr.infotools.stock;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StockMovementRepository extends JpaRepository<StockMovement, Long> {

	List<StockMovement> findByProductIdOrderByCreatedAtAscIdAsc(long productId);

	Page<StockMovement> findByProductId(long productId, Pageable page);

	boolean existsByProductId(long productId);

	@Query("select coalesce(sum(m.quantity), 0) from StockMovement m where m.productId = :productId")
	long sumQuantity(long productId);

}

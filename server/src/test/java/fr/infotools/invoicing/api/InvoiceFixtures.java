package fr.infotools.invoicing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.catalog.ProductCategory;
import fr.infotools.catalog.ProductDetails;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.invoicing.Invoice;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;
import fr.infotools.stock.MovementReason;
import fr.infotools.stock.Stock;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.DemoAccounts;

/**
 * Products, customers and invoices of a test's own, made through the modules' services as
 * the demo manager: the server and its demo data are shared between test classes, so a
 * test never relies on records it did not create.
 */
class InvoiceFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

	private final Actors actors;

	private final Catalog catalog;

	private final Stock stock;

	private final Customers customers;

	private final Invoicing invoicing;

	InvoiceFixtures(Actors actors, Catalog catalog, Stock stock, Customers customers, Invoicing invoicing) {
		this.actors = actors;
		this.catalog = catalog;
		this.stock = stock;
		this.customers = customers;
		this.invoicing = invoicing;
	}

	/** A unique SKU for this run. */
	static String sku(String prefix) {
		return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
	}

	/** An active product; a stock-managed one receives {@code stock} units. */
	Product product(String name, String price, String cost, VatRate rate, boolean stockManaged, int stock) {
		return product(name, price, cost, rate, stockManaged, stock, true);
	}

	Product product(String name, String price, String cost, VatRate rate, boolean stockManaged, int stock,
			boolean active) {
		return this.actors.as(DemoAccounts.MANAGER, () -> {
			Product product = this.catalog.create(new ProductDetails(sku("T"), name, null,
					stockManaged ? ProductCategory.SERVER : ProductCategory.SERVICE, Money.euros(price),
					Money.euros(cost), rate, false, active, stockManaged, 0));
			if (stock > 0) {
				this.stock.move(product.getId(), stock, MovementReason.RESTOCK, "BL-TEST", "Réception de test",
						Instant.now());
			}
			return product;
		});
	}

	/** A customer (or prospect) of the given sales rep. */
	Customer customer(String owner, CustomerType type) {
		long ownerId = this.actors.user(owner).id();
		return this.actors.as(DemoAccounts.MANAGER,
				() -> this.customers.create(type,
						new CustomerDetails("Société Test " + sku("C"), "732829320", "compta@societe-test.example",
								"04 78 12 34 56", "3 rue de la Paix", "69002", "Lyon", "FR", null),
						ownerId));
	}

	/** A draft with one line per product (quantity 1). */
	Invoice draft(Customer customer, Product... products) {
		return this.actors.as(DemoAccounts.MANAGER, () -> {
			Invoice invoice = this.invoicing.createDraft(customer.getId(), 30);
			for (Product product : products) {
				this.invoicing.addLine(invoice.getId(), product.getId(), 1, BigDecimal.ZERO);
			}
			return invoice;
		});
	}

	int level(Product product) {
		return this.stock.level(product.getId());
	}

}

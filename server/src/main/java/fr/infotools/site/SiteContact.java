package fr.infotools.site;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the website presents the company (the same {@code infotools.company} settings the
 * invoices use).
 */
@ConfigurationProperties("infotools.company")
public record SiteContact(String name, String legalForm, BigDecimal shareCapital, String addressLine, String postalCode,
		String city, String rcs, String vatNumber, String email, String phone) {

}

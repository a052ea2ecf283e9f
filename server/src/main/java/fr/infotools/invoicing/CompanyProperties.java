package fr.infotools.invoicing;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seller as every invoice must name it (Code de commerce L441-9, CGI annexe II art.
 * 242 nonies A): name, legal form and share capital, registered office, SIREN and RCS
 * registration, intra-EU VAT number, bank details for transfers, and how to reach
 * accounts.
 */
@ConfigurationProperties("infotools.company")
record CompanyProperties(String name, String legalForm, BigDecimal shareCapital, String addressLine, String postalCode,
		String city, String country, String siren, String rcs, String vatNumber, String iban, String bic, String email,
		String phone) {

}

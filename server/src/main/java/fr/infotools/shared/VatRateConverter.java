package fr.infotools.shared;

import java.math.BigDecimal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link VatRate} as its percentage, which is what the SQL reports and analyses
 * read.
 */
@Converter(autoApply = true)
public class VatRateConverter implements AttributeConverter<VatRate, BigDecimal> {

	@Override
	public BigDecimal convertToDatabaseColumn(VatRate rate) {
		return (rate != null) ? rate.percent() : null;
	}

	@Override
	public VatRate convertToEntityAttribute(BigDecimal percent) {
		return (percent != null) ? VatRate.ofPercent(percent) : null;
	}

}

package fr.infotools.catalog.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fr.infotools.shared.VatRate;

/**
 * A French VAT rate in percent: 20, 10, 5.5, 2.1 or 0.
 */
@Documented
@Constraint(validatedBy = VatPercent.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface VatPercent {

	String message() default "{infotools.validation.vat-rate}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<VatPercent, BigDecimal> {

		@Override
		public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
			return value == null
					|| Arrays.stream(VatRate.values()).anyMatch((rate) -> rate.percent().compareTo(value) == 0);
		}

	}

}

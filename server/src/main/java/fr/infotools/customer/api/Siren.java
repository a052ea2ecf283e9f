package fr.infotools.customer.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A SIREN company number: nine digits whose Luhn checksum is valid.
 */
@Documented
@Constraint(validatedBy = Siren.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface Siren {

	String message() default "{infotools.validation.siren}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<Siren, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			if (!value.matches("\\d{9}")) {
				return false;
			}
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				int digit = value.charAt(8 - i) - '0';
				if (i % 2 == 1) {
					digit = (digit * 2 > 9) ? digit * 2 - 9 : digit * 2;
				}
				sum += digit;
			}
			return sum % 10 == 0;
		}

	}

}

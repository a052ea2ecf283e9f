package fr.infotools.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text from anonymous visitors must not carry HTML or template markup ({@code <script>},
 * {@code <img …>}, {@code &lt;!--}, {@code ${…}}, {@code {{…}}}): a person asking for an
 * appointment has no reason to type it, and refusing it keeps robots' payloads out of the
 * CRM. (Everything is escaped when shown anyway.)
 */
@Documented
@Constraint(validatedBy = NoMarkup.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoMarkup {

	String message() default "{infotools.validation.no-markup}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NoMarkup, String> {

		private static final Pattern MARKUP = Pattern
			.compile("<\\s*[a-zA-Z!/?]|\\$\\{|\\#\\{|\\{\\{|\\{%|javascript\\s*:", Pattern.CASE_INSENSITIVE);

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || !MARKUP.matcher(value).find();
		}

	}

}

package nl.werkhub.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Null is valid (combine with {@code @NotNull}/{@code @NotBlank}); otherwise the value must be a Dutch postcode like 1234 AB. */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = DutchPostcode.Validator.class)
public @interface DutchPostcode {

    /** Text in ValidationMessages.properties (English) and ValidationMessages_nl.properties. */
    String message() default "{nl.werkhub.common.validation.DutchPostcode.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DutchPostcode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Postcodes.isValid(value);
        }
    }
}

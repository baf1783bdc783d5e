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

/** Null is valid (combine with {@code @NotNull}/{@code @NotBlank}); otherwise the value must be a Dutch phone number like 010-1234567 or +31 6 12345678. */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = DutchPhoneNumber.Validator.class)
public @interface DutchPhoneNumber {

    /** Text in ValidationMessages.properties (English) and ValidationMessages_nl.properties. */
    String message() default "{nl.werkhub.common.validation.DutchPhoneNumber.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DutchPhoneNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || PhoneNumbers.isValid(value);
        }
    }
}

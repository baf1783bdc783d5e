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

/** Null is valid (combine with {@code @NotNull}/{@code @NotBlank}); otherwise the value must be exactly 8 digits. */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = KvkNumber.Validator.class)
public @interface KvkNumber {

    /** Text in ValidationMessages.properties (English) and ValidationMessages_nl.properties. */
    String message() default "{nl.werkhub.common.validation.KvkNumber.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KvkNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.matches("[0-9]{8}");
        }
    }
}

package nl.werkhub.aftercare;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Rules of one {@link ArrangementInput} that depend on its kind: an amount only for OV_TOPUP, a
 * description for TRAINING and OTHER (what training, what else). The violation names the field.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = ConsistentArrangement.Validator.class)
public @interface ConsistentArrangement {

    String message() default "{nl.werkhub.aftercare.ConsistentArrangement.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentArrangement, ArrangementInput> {
        @Override
        public boolean isValid(ArrangementInput value, ConstraintValidatorContext context) {
            if (value == null || value.kind() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (value.amount() != null && value.kind() != ArrangementKind.OV_TOPUP) {
                context.buildConstraintViolationWithTemplate("{nl.werkhub.aftercare.ConsistentArrangement.amount}")
                        .addPropertyNode("amount").addConstraintViolation();
                valid = false;
            }
            if (value.description() == null
                    && (value.kind() == ArrangementKind.TRAINING || value.kind() == ArrangementKind.OTHER)) {
                context.buildConstraintViolationWithTemplate("{nl.werkhub.aftercare.ConsistentArrangement.description}")
                        .addPropertyNode("description").addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}

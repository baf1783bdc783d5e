package nl.werkhub.vacancy;

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
 * Rules that span fields of a {@link VacancyRequest}: minimum hours not above maximum, and
 * latitude and longitude both present or both absent. Each violation names the field at fault.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = ConsistentVacancy.Validator.class)
public @interface ConsistentVacancy {

    /** Text in ValidationMessages.properties (English) and ValidationMessages_nl.properties. */
    String message() default "{nl.werkhub.vacancy.ConsistentVacancy.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentVacancy, VacancyRequest> {
        @Override
        public boolean isValid(VacancyRequest value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (value.hoursPerWeekMin() != null && value.hoursPerWeekMax() != null
                    && value.hoursPerWeekMin() > value.hoursPerWeekMax()) {
                context.buildConstraintViolationWithTemplate("{nl.werkhub.vacancy.ConsistentVacancy.hoursPerWeekMax}")
                        .addPropertyNode("hoursPerWeekMax").addConstraintViolation();
                valid = false;
            }
            if (value.latitude() != null && value.longitude() == null) {
                context.buildConstraintViolationWithTemplate("{nl.werkhub.vacancy.ConsistentVacancy.longitude}")
                        .addPropertyNode("longitude").addConstraintViolation();
                valid = false;
            }
            if (value.longitude() != null && value.latitude() == null) {
                context.buildConstraintViolationWithTemplate("{nl.werkhub.vacancy.ConsistentVacancy.latitude}")
                        .addPropertyNode("latitude").addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}

package nl.werkhub.vacancy;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Rules that span fields of a {@link VacancyRequest}: minimum hours not above maximum, and
 * latitude and longitude both present or both absent, and each talent code listed once (the later
 * repetition is named, {@code talents[3].code}). Each violation names the field at fault.
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
            List<VacancyTalentInput> talents = value.talents();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < talents.size(); i++) {
                VacancyTalentInput t = talents.get(i);
                if (t != null && t.code() != null && !seen.add(t.code())) {
                    context.buildConstraintViolationWithTemplate("{nl.werkhub.vacancy.ConsistentVacancy.uniqueTalent}")
                            .addPropertyNode("talents").addPropertyNode("code").inIterable().atIndex(i)
                            .addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }
}

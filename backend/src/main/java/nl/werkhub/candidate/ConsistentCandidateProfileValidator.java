package nl.werkhub.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** See {@link ConsistentCandidateProfile}. A bean, so that the age is computed with the injected clock. */
@ApplicationScoped
public class ConsistentCandidateProfileValidator
        implements ConstraintValidator<ConsistentCandidateProfile, CandidateProfileRequest> {

    static final int MIN_AGE = 15;
    static final int MAX_AGE = 75;

    private static final String PREFIX = "{nl.werkhub.candidate.ConsistentCandidateProfile.";

    @Inject
    Clock clock;

    @Override
    public boolean isValid(CandidateProfileRequest value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (value.hoursPerWeekMin() != null && value.hoursPerWeekMax() != null
                && value.hoursPerWeekMin() > value.hoursPerWeekMax()) {
            valid = violation(context, "hoursPerWeekMax", "hoursPerWeekMax");
        }
        if (value.latitude() != null && value.longitude() == null) {
            valid = violation(context, "longitude", "longitude");
        }
        if (value.longitude() != null && value.latitude() == null) {
            valid = violation(context, "latitude", "latitude");
        }
        if (value.birthDate() != null) {
            LocalDate today = LocalDate.now(clock);
            if (value.birthDate().isAfter(today)) {
                valid = violation(context, "birthDate", "birthDate");
            } else {
                int age = Period.between(value.birthDate(), today).getYears();
                if (age < MIN_AGE || age > MAX_AGE) {
                    valid = violation(context, "birthDate", "birthDate");
                }
            }
        }
        if (hasDuplicates(value.targetGroups())) {
            valid = violation(context, "targetGroups", "unique");
        }
        if (hasDuplicates(value.talents().stream().filter(Objects::nonNull).map(CandidateTalentInput::code).toList())) {
            valid = violation(context, "talents", "uniqueTalents");
        }
        if (hasDuplicates(value.preferredSectors())) {
            valid = violation(context, "preferredSectors", "unique");
        }
        return valid;
    }

    private static boolean hasDuplicates(List<?> values) {
        Set<Object> seen = new HashSet<>();
        for (Object v : values) {
            if (v != null && !seen.add(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String messageKey) {
        context.buildConstraintViolationWithTemplate(PREFIX + messageKey + "}").addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }
}

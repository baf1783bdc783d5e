package nl.werkhub.candidate;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Rules of a {@link CandidateProfileRequest} that span fields or need the clock: minimum hours not
 * above maximum, latitude and longitude together, an age of 15..75 today, and no duplicates in
 * targetGroups, talents (by code) and preferredSectors. Each violation names the field at fault.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = ConsistentCandidateProfileValidator.class)
public @interface ConsistentCandidateProfile {

    /** Text in ValidationMessages.properties (English) and ValidationMessages_nl.properties. */
    String message() default "{nl.werkhub.candidate.ConsistentCandidateProfile.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

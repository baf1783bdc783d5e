package nl.werkhub.aftercare;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Rules of a {@link PlacementContract} that span fields or need the clock: the start date within a
 * year of today, the end date after the start and at most five years after it, and JOBCOACH and
 * OV_TOPUP at most once each (the later repetition is named, {@code arrangements[2].kind}).
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = ConsistentPlacementContractValidator.class)
public @interface ConsistentPlacementContract {

    String message() default "{nl.werkhub.aftercare.ConsistentPlacementContract.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

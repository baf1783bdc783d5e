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
 * The fields a {@link FollowUpCallLogRequest} needs for its result: {@code outcome} and
 * {@code contactWith} for a call that was made, neither for one that was not (nobody was spoken to,
 * so there is nothing to judge). A class-level constraint, so these violations come in the same 422
 * as the size and BSN rules, each naming its field.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = ConsistentCallLog.Validator.class)
public @interface ConsistentCallLog {

    /** Text in ValidationMessages.properties (English) and ValidationMessages_nl.properties. */
    String message() default "{nl.werkhub.aftercare.ConsistentCallLog.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentCallLog, FollowUpCallLogRequest> {
        @Override
        public boolean isValid(FollowUpCallLogRequest value, ConstraintValidatorContext context) {
            if (value == null || value.result() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean done = value.result() == CallResult.DONE;
            boolean valid = check(context, "outcome", done, value.outcome() != null);
            return check(context, "contactWith", done, value.contactWith() != null) && valid;
        }

        private static boolean check(ConstraintValidatorContext context, String field, boolean done, boolean present) {
            if (done == present) {
                return true;
            }
            context.buildConstraintViolationWithTemplate(done
                    ? "{nl.werkhub.aftercare.ConsistentCallLog.requiredForDone}"
                    : "{nl.werkhub.aftercare.ConsistentCallLog.refusedForNotReached}")
                    .addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}

package nl.werkhub.aftercare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** See {@link ConsistentPlacementContract}. A bean, so that "today" comes from the injected clock. */
@ApplicationScoped
public class ConsistentPlacementContractValidator
        implements ConstraintValidator<ConsistentPlacementContract, PlacementContract> {

    /** How far the start date may lie from today, either way: late registrations and early ones. */
    static final int START_WINDOW_DAYS = 365;
    static final int MAX_CONTRACT_YEARS = 5;

    /** The kinds a contract has at most once; the others (trainings, ...) may repeat. */
    private static final Set<ArrangementKind> ONCE = EnumSet.of(ArrangementKind.JOBCOACH, ArrangementKind.OV_TOPUP);

    private static final String PREFIX = "{nl.werkhub.aftercare.ConsistentPlacementContract.";

    @Inject
    Clock clock;

    @Override
    public boolean isValid(PlacementContract value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        LocalDate start = value.startDate();
        if (start != null) {
            LocalDate today = PlacementService.today(clock);
            if (start.isBefore(today.minusDays(START_WINDOW_DAYS)) || start.isAfter(today.plusDays(START_WINDOW_DAYS))) {
                valid = violation(context, "startDate", "startDate");
            }
            LocalDate end = value.endDate();
            if (end != null && !end.isAfter(start)) {
                valid = violation(context, "endDate", "endDateAfterStart");
            } else if (end != null && end.isAfter(start.plusYears(MAX_CONTRACT_YEARS))) {
                valid = violation(context, "endDate", "endDateTooLate");
            }
        }
        List<ArrangementInput> arrangements = value.arrangements();
        Set<ArrangementKind> seen = EnumSet.noneOf(ArrangementKind.class);
        for (int i = 0; i < arrangements.size(); i++) {
            ArrangementInput a = arrangements.get(i);
            if (a != null && a.kind() != null && ONCE.contains(a.kind()) && !seen.add(a.kind())) {
                context.buildConstraintViolationWithTemplate(PREFIX + "once}")
                        .addPropertyNode("arrangements").addPropertyNode("kind").inIterable().atIndex(i)
                        .addConstraintViolation();
                valid = false;
            }
        }
        return valid;
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String messageKey) {
        context.buildConstraintViolationWithTemplate(PREFIX + messageKey + "}").addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }
}

package nl.werkhub.aftercare;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.werkhub.common.Strings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract of a placement: the {@code placement} of a move to PLACED, and the body of
 * {@code PUT /api/placements/{id}} (which replaces it as a whole). Rules that need the clock or span
 * fields are in {@link ConsistentPlacementContract}; whether the jobcoach exists is asked of the
 * {@link JobcoachDirectory} by the service. Absent arrangements count as none.
 */
@ConsistentPlacementContract
@Schema(name = "PlacementContract")
public record PlacementContract(
        @Schema(required = true, examples = "2026-05-04", description = "First working day; today − 365 days .. today + 365 days")
        @NotNull LocalDate startDate,
        @Schema(examples = "2026-11-03", description = "Absent for a permanent contract; after startDate, at most 5 years after it")
        LocalDate endDate,
        @Schema(required = true, minimum = "1", maximum = "60", examples = "32") @NotNull @Min(1) @Max(60) Integer hoursPerWeek,
        @Schema(required = true, maxLength = 200, examples = "jobcoach",
                description = "Keycloak username of a user with realm role jobcoach (GET /api/jobcoaches)")
        @NotNull @Pattern(regexp = "^\\S{1,200}$", message = "{nl.werkhub.aftercare.PlacementContract.jobcoach}") String jobcoach,
        @Schema(maxItems = 10, description = "JOBCOACH and OV_TOPUP at most once each; absent = none")
        @Size(max = 10, message = "{nl.werkhub.aftercare.PlacementContract.arrangements}")
        List<@NotNull @Valid ArrangementInput> arrangements) {

    public PlacementContract {
        jobcoach = Strings.trim(jobcoach);
        arrangements = arrangements == null ? List.of() : arrangements;
    }
}

package nl.werkhub.stats;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The dashboard's figures for one period (docs/api.md, "Dashboard"). A municipality gets the same
 * shape with only its own candidates counted; vacancy counts are regional for everyone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatsResponse")
public record StatsResponse(
        @Schema(required = true) Period period,
        @Schema(required = true, description = "Every month of the period in order, zeros included, by placement start date")
        List<MonthCount> placementsPerMonth,
        @Schema(required = true, description = "Municipalities with at least one placement starting in the period, most first")
        List<MunicipalityCount> placementsPerMunicipality,
        @Schema(required = true, description = "Vacancies now, whatever the period (regional)") Vacancies vacancies,
        @Schema(description = "Median days from a vacancy's first opening to the placement being made, over placements "
                + "made in the period (one decimal); absent without such placements", examples = "23.5")
        Double medianDaysToPlacement,
        @Schema(required = true) AftercareOnTime aftercareOnTime,
        @Schema(required = true, description = "Retention after 1, 3 and 6 months, in that order") List<Retention> retention,
        @Schema(required = true, description = "Active placements now flagged at risk") long atRisk,
        @Schema(required = true, description = "Active placements now with a flagged (unreachable) call not followed by a done call")
        long unreachable,
        @Schema(required = true) Target target) {

    @Schema(name = "StatsPeriod", description = "The period the figures are about, both days included")
    public record Period(
            @Schema(required = true, examples = "2025-12-01") LocalDate from,
            @Schema(required = true, examples = "2026-11-27") LocalDate to) {
    }

    @Schema(name = "StatsMonthCount")
    public record MonthCount(
            @Schema(required = true, description = "yyyy-MM", examples = "2026-03") String month,
            @Schema(required = true) long count) {
    }

    @Schema(name = "StatsMunicipalityCount")
    public record MunicipalityCount(
            @Schema(required = true, examples = "rotterdam") String code,
            @Schema(required = true, examples = "Rotterdam") String name,
            @Schema(required = true) long count) {
    }

    @Schema(name = "StatsVacancies")
    public record Vacancies(
            @Schema(required = true, description = "Vacancies with status OPEN") long open,
            @Schema(required = true, description = "Vacancies with status FILLED") long filled) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StatsAftercareOnTime", description = "Follow-up calls due in the period up to today (not cancelled; "
            + "a call due today counts once it is logged) and how many of them were done on or before their due date")
    public record AftercareOnTime(
            @Schema(required = true) long due,
            @Schema(required = true) long onTime,
            @Schema(description = "onTime / due, three decimals; absent when nothing was due", examples = "0.875") Double ratio) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StatsRetention", description = "Placements starting in the period that have reached start + months by "
            + "today (eligible), and how many of them had not ended early before then (retained)")
    public record Retention(
            @Schema(required = true, description = "1, 3 or 6", examples = "3") int months,
            @Schema(required = true) long eligible,
            @Schema(required = true) long retained,
            @Schema(description = "retained / eligible, three decimals; absent when none is eligible", examples = "0.9") Double ratio) {
    }

    @Schema(name = "StatsTarget", description = "Progress against the programme's placement target for its own period "
            + "(configured; independent of from/to)")
    public record Target(
            @Schema(required = true, examples = "400") int target,
            @Schema(required = true, examples = "2026-01-01") LocalDate periodStart,
            @Schema(required = true, examples = "2027-12-31") LocalDate periodEnd,
            @Schema(required = true, description = "Placements starting in the target period") long placed,
            @Schema(required = true, description = "placed / target, three decimals", examples = "0.3") double ratio,
            @Schema(required = true, description = "Placements expected by today at an even pace: target × days of the "
                    + "target period passed (today included) / its days, rounded", examples = "181") long expectedByNow) {
    }
}

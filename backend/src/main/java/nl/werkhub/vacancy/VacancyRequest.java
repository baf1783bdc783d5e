package nl.werkhub.vacancy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;
import nl.werkhub.common.Strings;
import nl.werkhub.common.validation.DutchPostcode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of create and update. */
@ConsistentVacancy
@Schema(name = "VacancyRequest")
public record VacancyRequest(
        @Schema(required = true) @NotNull UUID employerId,
        @Schema(required = true, examples = "Medewerker bakkerij (ochtendploeg)") @NotBlank @Size(max = 200) String title,
        @Schema(required = true) @NotBlank @Size(max = 10000) String description,
        @Schema(required = true) @NotNull Sector sector,
        @Schema(required = true, examples = "3011 AB", description = "Dutch postcode, e.g. 3011AB or 3011 ab; stored as 3011 AB") @NotBlank @DutchPostcode String postcode,
        @Schema(description = "WGS84; together with longitude or not at all", examples = "51.9225")
        @DecimalMin("50.5") @DecimalMax("53.7") Double latitude,
        @Schema(description = "WGS84; together with latitude or not at all", examples = "4.47917")
        @DecimalMin("3.2") @DecimalMax("7.3") Double longitude,
        @Schema(required = true, examples = "24") @NotNull @Min(1) @Max(60) Integer hoursPerWeekMin,
        @Schema(required = true, examples = "32") @NotNull @Min(1) @Max(60) Integer hoursPerWeekMax,
        @Schema(required = true) @NotNull ContractType contractType,
        @Schema(examples = "2026-03-01") LocalDate startDate,
        @Schema(required = true, examples = "1") @NotNull @Min(1) @Max(100) Integer positions,
        @Schema(description = "Minimum level of Dutch") LanguageLevel dutchLevel,
        @Schema(required = true) @NotNull Boolean drivingLicenceRequired,
        @Schema(maxItems = 30, description = "Unique codes; absent means none. Replaces the vacancy's talents on every PUT")
        @Size(max = 30, message = "{nl.werkhub.candidate.items.size}") List<@NotNull @Valid VacancyTalentInput> talents) {

    public VacancyRequest {
        title = Strings.trim(title);
        description = Strings.trim(description);
        postcode = Strings.trim(postcode);
        talents = talents == null ? List.of() : talents;
    }
}

package nl.werkhub.candidate;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;
import nl.werkhub.common.Strings;
import nl.werkhub.common.validation.DutchPhoneNumber;
import nl.werkhub.common.validation.DutchPostcode;
import nl.werkhub.common.validation.NoBsn;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a municipality sends for one job seeker; every field is replaced. Text is trimmed and empty
 * optional text counts as absent; absent lists count as empty. Free text must not contain a BSN.
 */
@ConsistentCandidateProfile
@Schema(name = "CandidateProfileRequest")
public record CandidateProfileRequest(
        @Schema(required = true, maxLength = 100, examples = "Sanne") @NotBlank @Size(max = 100) @NoBsn String firstName,
        @Schema(required = true, maxLength = 100, examples = "Verbeek") @NotBlank @Size(max = 100) @NoBsn String lastName,
        @Schema(format = "email", maxLength = 254, examples = "sanne.verbeek@example.nl") @Size(max = 254) @Email String email,
        @Schema(examples = "06 12345678", description = "Dutch number: 10 digits starting with 0, or +31 and 9 digits; spaces, dashes and parentheses allowed")
        @Size(max = 30) @DutchPhoneNumber String phone,
        Gender gender,
        @Schema(examples = "1990-05-03", description = "Age 15..75 today") LocalDate birthDate,
        @Schema(required = true, examples = "3072 AP", description = "Dutch postcode, e.g. 3072AP or 3072 ap; stored as 3072 AP")
        @NotBlank @DutchPostcode String postcode,
        @Schema(description = "WGS84; together with longitude or not at all", examples = "51.9")
        @DecimalMin("50.5") @DecimalMax("53.7") Double latitude,
        @Schema(description = "WGS84; together with latitude or not at all", examples = "4.5")
        @DecimalMin("3.2") @DecimalMax("7.3") Double longitude,
        @Schema(maxItems = 4, uniqueItems = true) @Size(max = 4, message = ITEMS) List<@NotNull TargetGroup> targetGroups,
        @Schema(maxItems = 50, description = "Unique codes") @Size(max = 50, message = ITEMS) List<@NotNull @Valid CandidateTalentInput> talents,
        @Schema(maxLength = 2000) @Size(max = 2000) @NoBsn String interests,
        @Schema(maxLength = 2000) @Size(max = 2000) @NoBsn String motivation,
        @Schema(maxItems = 16, uniqueItems = true) @Size(max = 16, message = ITEMS) List<@NotNull Sector> preferredSectors,
        @Schema(maxItems = 10, description = "Each 1..100 characters", examples = "[\"Magazijnmedewerker\"]")
        @Size(max = 10, message = ITEMS) List<@NotBlank @Size(max = 100) @NoBsn String> preferredOccupations,
        @Schema(required = true, minimum = "1", maximum = "60", examples = "24") @NotNull @Min(1) @Max(60) Integer hoursPerWeekMin,
        @Schema(required = true, minimum = "1", maximum = "60", examples = "32") @NotNull @Min(1) @Max(60) Integer hoursPerWeekMax,
        @Schema(examples = "2026-03-01") LocalDate availableFrom,
        @Schema(required = true, minimum = "1", maximum = "250", examples = "15") @NotNull @Min(1) @Max(250) Integer maxTravelDistanceKm,
        @Schema(required = true) @NotNull Boolean drivingLicence,
        LanguageLevel dutchLevel,
        @Schema(required = true, description = "Consent to be shown to consultants and employers") @NotNull Boolean consent,
        @Schema(required = true) @NotNull CandidateStatus status,
        @Schema(maxLength = 200, examples = "jobcoach", description = "Keycloak username of the assigned jobcoach")
        @Pattern(regexp = "^\\S{1,200}$", message = "{nl.werkhub.candidate.CandidateProfileRequest.jobcoach}") String jobcoach) {

    static final String ITEMS = "{nl.werkhub.candidate.items.size}";

    public CandidateProfileRequest {
        firstName = Strings.trim(firstName);
        lastName = Strings.trim(lastName);
        email = Strings.trimToNull(email);
        phone = Strings.trimToNull(phone);
        postcode = Strings.trim(postcode);
        interests = Strings.trimToNull(interests);
        motivation = Strings.trimToNull(motivation);
        jobcoach = Strings.trimToNull(jobcoach);
        targetGroups = targetGroups == null ? List.of() : targetGroups;
        talents = talents == null ? List.of() : talents;
        preferredSectors = preferredSectors == null ? List.of() : preferredSectors;
        preferredOccupations = preferredOccupations == null ? List.of()
                : preferredOccupations.stream().map(o -> o == null ? null : o.trim()).toList();
    }
}

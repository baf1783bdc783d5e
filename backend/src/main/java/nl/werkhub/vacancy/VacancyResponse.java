package nl.werkhub.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;
import nl.werkhub.talent.TalentResponse;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional fields without a value are left out (not sent as null), as the schema says. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "VacancyResponse")
public record VacancyResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID employerId,
        @Schema(required = true) String employerName,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true) Sector sector,
        @Schema(required = true, description = "Normalised, e.g. 3011 AB") String postcode,
        Double latitude,
        Double longitude,
        @Schema(required = true) int hoursPerWeekMin,
        @Schema(required = true) int hoursPerWeekMax,
        @Schema(required = true) ContractType contractType,
        LocalDate startDate,
        @Schema(required = true) int positions,
        LanguageLevel dutchLevel,
        @Schema(required = true) boolean drivingLicenceRequired,
        @Schema(required = true, description = "Must-haves first, then by code") List<VacancyTalent> talents,
        @Schema(required = true) VacancyStatus status,
        @Schema(required = true, description = "Keycloak subject of the consultant who owns the vacancy") String ownerId,
        @Schema(required = true) String ownerName,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) String updatedBy) {

    /** Must-haves first, then by code: the order in which the API lists a vacancy's talents. */
    static final Comparator<VacancyTalent> TALENT_ORDER = Comparator
            .comparing((VacancyTalent t) -> t.requirement() != TalentRequirement.MUST_HAVE)
            .thenComparing(VacancyTalent::code);

    /** @param taxonomy labels of (at least) the vacancy's talents, keyed by code */
    static VacancyResponse of(Vacancy v, Map<String, TalentResponse> taxonomy) {
        List<VacancyTalent> talents = v.talents.entrySet().stream().map(e -> {
            TalentResponse t = taxonomy.get(e.getKey());
            return new VacancyTalent(e.getKey(), t.labelNl(), t.category(), e.getValue().requirement,
                    e.getValue().minLevel, t.retired());
        }).sorted(TALENT_ORDER).toList();
        return new VacancyResponse(v.id, v.employer.id, v.employer.name, v.title, v.description, v.sector,
                v.postcode, v.latitude, v.longitude, v.hoursPerWeekMin, v.hoursPerWeekMax, v.contractType,
                v.startDate, v.positions, v.dutchLevel, v.drivingLicenceRequired, talents, v.status, v.ownerId,
                v.ownerName, v.version, v.createdAt, v.createdBy, v.updatedAt, v.updatedBy);
    }
}

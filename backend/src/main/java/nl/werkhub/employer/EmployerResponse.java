package nl.werkhub.employer;

import java.time.Instant;
import java.util.UUID;

import nl.werkhub.common.Sector;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional fields without a value are left out (not sent as null), as the schema says. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EmployerResponse")
public record EmployerResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) String kvkNumber,
        @Schema(required = true) Sector sector,
        @Schema(required = true) SizeClass sizeClass,
        String contactPerson,
        String phone,
        String email,
        @Schema(required = true, description = "Normalised, e.g. 3011 AB") String postcode,
        @Schema(required = true) String municipalityCode,
        @Schema(required = true) String municipalityName,
        @Schema(required = true) EmployerStatus status,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) String updatedBy) {

    static EmployerResponse of(Employer e) {
        return new EmployerResponse(e.id, e.name, e.kvkNumber, e.sector, e.sizeClass, e.contactPerson, e.phone,
                e.email, e.postcode, e.municipality.code, e.municipality.name, e.status, e.version, e.createdAt,
                e.createdBy, e.updatedAt, e.updatedBy);
    }
}

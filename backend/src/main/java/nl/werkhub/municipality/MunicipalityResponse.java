package nl.werkhub.municipality;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MunicipalityResponse")
public record MunicipalityResponse(
        @Schema(required = true, examples = "capelle") String code,
        @Schema(required = true, examples = "Capelle aan den IJssel") String name) {

    static MunicipalityResponse of(Municipality m) {
        return new MunicipalityResponse(m.code, m.name);
    }
}

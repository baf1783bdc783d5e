package nl.werkhub.talent;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A talent as the API shows it. {@code escoUri} is left out when there is none. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TalentResponse")
public record TalentResponse(
        @Schema(required = true, examples = "heftruckcertificaat") String code,
        @Schema(required = true, examples = "Heftruckcertificaat") String labelNl,
        @Schema(required = true, examples = "Forklift certificate") String labelEn,
        @Schema(required = true) TalentCategory category,
        @Schema(format = "uri", examples = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755")
        String escoUri,
        @Schema(required = true, description = "A retired talent stays on the profiles that have it but cannot be added to one")
        boolean retired,
        @Schema(required = true) long version) {

    public static TalentResponse of(Talent t) {
        return new TalentResponse(t.code, t.labelNl, t.labelEn, t.category, t.escoUri, t.retired, t.version);
    }
}

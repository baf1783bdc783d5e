package nl.werkhub.talent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.werkhub.common.Strings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/talents/{code}}: everything but the code, which never changes. */
@Schema(name = "TalentUpdateRequest")
public record TalentUpdateRequest(
        @Schema(required = true, examples = "Rijbewijs C", maxLength = Talent.LABEL_MAX)
        @NotBlank @Size(max = Talent.LABEL_MAX) String labelNl,
        @Schema(required = true, examples = "Driving licence C (truck)", maxLength = Talent.LABEL_MAX)
        @NotBlank @Size(max = Talent.LABEL_MAX) String labelEn,
        @Schema(required = true) @NotNull TalentCategory category,
        @Schema(format = "uri", pattern = Talent.ESCO_URI_PATTERN,
                examples = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755",
                description = "ESCO skill or occupation URI; leave it out to remove it")
        @Size(max = 255) @Pattern(regexp = Talent.ESCO_URI_PATTERN, message = "{nl.werkhub.talent.escoUri.message}")
        String escoUri) {

    public TalentUpdateRequest {
        labelNl = Strings.trim(labelNl);
        labelEn = Strings.trim(labelEn);
        escoUri = Strings.trimToNull(escoUri);
    }
}

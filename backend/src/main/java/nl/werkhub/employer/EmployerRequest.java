package nl.werkhub.employer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.werkhub.common.Sector;
import nl.werkhub.common.Strings;
import nl.werkhub.common.validation.DutchPhoneNumber;
import nl.werkhub.common.validation.DutchPostcode;
import nl.werkhub.common.validation.KvkNumber;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of create and update. Text is trimmed; empty optional text counts as absent. */
@Schema(name = "EmployerRequest")
public record EmployerRequest(
        @Schema(required = true, examples = "Bakkerij De Korenschoof") @NotBlank @Size(max = 200) String name,
        @Schema(required = true, examples = "24123456", pattern = "^[0-9]{8}$") @NotBlank @KvkNumber String kvkNumber,
        @Schema(required = true) @NotNull Sector sector,
        @Schema(required = true) @NotNull SizeClass sizeClass,
        @Schema(examples = "Marieke de Vries") @Size(max = 200) String contactPerson,
        @Schema(examples = "010-1234567", description = "Dutch number: 10 digits starting with 0, or +31 and 9 digits; spaces, dashes and parentheses allowed") @Size(max = 30) @DutchPhoneNumber String phone,
        @Schema(examples = "info@korenschoof.nl", format = "email") @Size(max = 254) @Email String email,
        @Schema(required = true, examples = "3011 AB", description = "Dutch postcode, e.g. 3011AB or 3011 ab; stored as 3011 AB") @NotBlank @DutchPostcode String postcode,
        @Schema(required = true, examples = "rotterdam") @NotBlank @Size(max = 50) String municipalityCode) {

    public EmployerRequest {
        name = Strings.trim(name);
        kvkNumber = Strings.trim(kvkNumber);
        contactPerson = Strings.trimToNull(contactPerson);
        phone = Strings.trimToNull(phone);
        email = Strings.trimToNull(email);
        postcode = Strings.trim(postcode);
        municipalityCode = Strings.trim(municipalityCode);
    }
}

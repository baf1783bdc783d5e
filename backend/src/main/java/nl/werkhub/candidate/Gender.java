package nl.werkhub.candidate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Only the owning municipality ever sees it. */
@Schema(name = "Gender")
public enum Gender {
    FEMALE, MALE, NON_BINARY, UNDISCLOSED
}

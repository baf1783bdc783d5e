package nl.werkhub.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What happened to a candidate profile: read in full by a consultant or jobcoach ({@code READ}),
 * shown in a search result ({@code SEARCH_HIT}), or created, updated or erased.
 */
@Schema(name = "AuditAction")
public enum AuditAction {
    READ, SEARCH_HIT, CREATED, UPDATED, ERASED
}

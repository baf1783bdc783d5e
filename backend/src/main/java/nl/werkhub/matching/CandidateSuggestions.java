package nl.werkhub.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Suggested candidates, best first: score desc, talent points desc, candidate id asc. */
@Schema(name = "CandidateSuggestions")
public record CandidateSuggestions(@Schema(required = true) List<CandidateSuggestion> items) {
}

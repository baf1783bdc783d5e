package nl.werkhub.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Suggested open vacancies, best first: score desc, talent points desc, vacancy id asc. */
@Schema(name = "VacancySuggestions")
public record VacancySuggestions(@Schema(required = true) List<VacancySuggestion> items) {
}

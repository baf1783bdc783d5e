package nl.werkhub.vacancy;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VacancyStatusChange")
public record VacancyStatusChange(@Schema(required = true) @NotNull VacancyStatus status) {
}

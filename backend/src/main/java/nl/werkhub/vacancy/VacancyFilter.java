package nl.werkhub.vacancy;

import java.util.List;
import java.util.UUID;

import nl.werkhub.common.Sector;

/** Parsed list filters; null or empty means "no filter". */
public record VacancyFilter(String q, List<VacancyStatus> statuses, Sector sector, UUID employerId) {
}

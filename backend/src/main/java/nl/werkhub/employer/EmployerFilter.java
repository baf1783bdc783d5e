package nl.werkhub.employer;

import nl.werkhub.common.Sector;

/** Parsed list filters; null means "no filter". */
public record EmployerFilter(String q, Sector sector, String municipality, EmployerStatus status) {
}

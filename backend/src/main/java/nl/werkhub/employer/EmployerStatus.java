package nl.werkhub.employer;

public enum EmployerStatus {
    ACTIVE,
    ARCHIVED
}

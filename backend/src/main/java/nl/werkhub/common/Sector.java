package nl.werkhub.common;

/** Economic sector of an employer or vacancy. */
public enum Sector {
    AGRICULTURE,
    CONSTRUCTION,
    MANUFACTURING,
    ENGINEERING,
    LOGISTICS,
    RETAIL,
    WHOLESALE,
    HOSPITALITY,
    HEALTHCARE,
    CLEANING,
    GREEN_SPACES,
    BUSINESS_SERVICES,
    ICT,
    EDUCATION,
    GOVERNMENT,
    OTHER
}

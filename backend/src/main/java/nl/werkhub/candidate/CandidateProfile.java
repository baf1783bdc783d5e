package nl.werkhub.candidate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;
import nl.werkhub.common.validation.Postcodes;

/**
 * A profile in its normalised form: what is stored, and what a valid request would store. Two
 * values are {@code equals} exactly when a write would change nothing, which is how a repeated
 * {@code PUT} is recognised as "unchanged". Normalisation: postcode {@code 1234 AB}; target groups
 * and sectors are sets, kept in enum order; talents are a map sorted by code; occupations keep the
 * order they were sent in (the municipality's order of preference).
 */
record CandidateProfile(
        String firstName,
        String lastName,
        String email,
        String phone,
        Gender gender,
        LocalDate birthDate,
        String postcode,
        Double latitude,
        Double longitude,
        List<TargetGroup> targetGroups,
        SortedMap<String, Integer> talents,
        String interests,
        String motivation,
        List<Sector> preferredSectors,
        List<String> preferredOccupations,
        int hoursPerWeekMin,
        int hoursPerWeekMax,
        LocalDate availableFrom,
        int maxTravelDistanceKm,
        boolean drivingLicence,
        LanguageLevel dutchLevel,
        boolean consent,
        CandidateStatus status,
        String jobcoach) {

    /** From a request that has passed validation (trimmed by its constructor). */
    static CandidateProfile of(CandidateProfileRequest r) {
        SortedMap<String, Integer> talents = new TreeMap<>();
        r.talents().forEach(t -> talents.put(t.code(), t.level()));
        return new CandidateProfile(r.firstName(), r.lastName(), r.email(), r.phone(), r.gender(), r.birthDate(),
                Postcodes.normalise(r.postcode()), r.latitude(), r.longitude(),
                r.targetGroups().stream().distinct().sorted().toList(), talents, r.interests(), r.motivation(),
                r.preferredSectors().stream().distinct().sorted().toList(), List.copyOf(r.preferredOccupations()),
                r.hoursPerWeekMin(), r.hoursPerWeekMax(), r.availableFrom(), r.maxTravelDistanceKm(),
                r.drivingLicence(), r.dutchLevel(), r.consent(), r.status(), r.jobcoach());
    }

    /** From a stored profile (its talents are loaded). */
    static CandidateProfile of(Candidate c) {
        return new CandidateProfile(c.firstName, c.lastName, c.email, c.phone, c.gender, c.birthDate, c.postcode,
                c.latitude, c.longitude, enums(c.targetGroups, TargetGroup.class), new TreeMap<>(c.talents),
                c.interests, c.motivation, enums(c.preferredSectors, Sector.class), List.copyOf(c.preferredOccupations),
                c.hoursPerWeekMin, c.hoursPerWeekMax, c.availableFrom, c.maxTravelDistanceKm, c.drivingLicence,
                c.dutchLevel, c.consent, c.status, c.jobcoach);
    }

    /** Writes every field into the entity (client number, municipality and audit columns are not part of it). */
    void applyTo(Candidate c) {
        c.firstName = firstName;
        c.lastName = lastName;
        c.email = email;
        c.phone = phone;
        c.gender = gender;
        c.birthDate = birthDate;
        c.postcode = postcode;
        c.latitude = latitude;
        c.longitude = longitude;
        c.targetGroups = names(targetGroups);
        c.replaceTalents(talents);
        c.interests = interests;
        c.motivation = motivation;
        c.preferredSectors = names(preferredSectors);
        c.preferredOccupations = new java.util.ArrayList<>(preferredOccupations);
        c.hoursPerWeekMin = hoursPerWeekMin;
        c.hoursPerWeekMax = hoursPerWeekMax;
        c.availableFrom = availableFrom;
        c.maxTravelDistanceKm = maxTravelDistanceKm;
        c.drivingLicence = drivingLicence;
        c.dutchLevel = dutchLevel;
        c.consent = consent;
        c.status = status;
        c.jobcoach = jobcoach;
    }

    static <E extends Enum<E>> List<E> enums(List<String> names, Class<E> type) {
        return names.stream().map(n -> Enum.valueOf(type, n)).sorted(Comparator.naturalOrder()).toList();
    }

    private static java.util.ArrayList<String> names(List<? extends Enum<?>> values) {
        return new java.util.ArrayList<>(values.stream().map(Enum::name).toList());
    }
}

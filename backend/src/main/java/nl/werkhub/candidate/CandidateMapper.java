package nl.werkhub.candidate;

import java.util.List;

import nl.werkhub.common.Sector;

/**
 * Builds the consultant/jobcoach view. It reads only the fields that view may show: the client
 * number, gender, birth date, full postcode and coordinates are never touched here.
 */
final class CandidateMapper {

    private CandidateMapper() {
    }

    static CandidateResponse toResponse(Candidate c, String municipalityName, List<CandidateTalent> talents) {
        return new CandidateResponse(c.id, c.municipalityCode, municipalityName, c.firstName, c.lastName, c.email,
                c.phone, postcodeArea(c.postcode), CandidateProfile.enums(c.targetGroups, TargetGroup.class), talents,
                c.interests, c.motivation, CandidateProfile.enums(c.preferredSectors, Sector.class),
                List.copyOf(c.preferredOccupations), c.hoursPerWeekMin, c.hoursPerWeekMax, c.availableFrom,
                c.maxTravelDistanceKm, c.drivingLicence, c.dutchLevel, c.status, c.jobcoach, c.updatedAt);
    }

    /** {@code 3072 AP} becomes {@code 3072}: the area, not the street. */
    static String postcodeArea(String postcode) {
        return postcode.substring(0, 4);
    }
}

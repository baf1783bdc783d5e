package nl.werkhub.candidate;

import java.util.List;

import nl.werkhub.common.Sector;

/** Builds the owning municipality's view. Deliberately separate from {@link CandidateMapper}. */
final class MunicipalCandidateMapper {

    private MunicipalCandidateMapper() {
    }

    static MunicipalCandidateResponse toResponse(Candidate c, List<CandidateTalent> talents) {
        return new MunicipalCandidateResponse(c.id, c.municipalityCode, c.clientNumber, c.firstName, c.lastName,
                c.email, c.phone, c.gender, c.birthDate, c.postcode, c.latitude, c.longitude,
                CandidateProfile.enums(c.targetGroups, TargetGroup.class), talents, c.interests, c.motivation,
                CandidateProfile.enums(c.preferredSectors, Sector.class), List.copyOf(c.preferredOccupations),
                c.hoursPerWeekMin, c.hoursPerWeekMax, c.availableFrom, c.maxTravelDistanceKm, c.drivingLicence,
                c.dutchLevel, c.consent, c.status, c.jobcoach, c.version, c.createdAt, c.updatedAt);
    }
}

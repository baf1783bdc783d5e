package nl.werkhub.matching;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.createEmployer;
import static nl.werkhub.testsupport.Api.vacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestClock;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** MatchScoring#scorePair on rows written through the API: the breakdown, the gaps, today, 404s. */
@QuarkusTest
class MatchScoringTest {

    @Inject
    MatchScoring scoring;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> talent(String code, String requirement, int minLevel) {
        return Map.of("code", code, "requirement", requirement, "minLevel", minLevel);
    }

    @Test
    void breakdownAndGapsOfAPair() {
        // 23:30 UTC on 30 November is already 1 December in Amsterdam
        clock.set(Instant.parse("2026-11-30T23:30:00Z"));
        Map<String, Object> v = vacancy(createEmployer(), "Magazijnmedewerker");
        v.remove("latitude");
        v.remove("longitude");
        v.put("startDate", "2026-10-01");
        v.put("dutchLevel", "B1");
        v.put("drivingLicenceRequired", true);
        v.put("hoursPerWeekMin", 32);
        v.put("hoursPerWeekMax", 40);
        v.put("talents", List.of(talent("heftruckcertificaat", "MUST_HAVE", 3), talent("vca-basis", "MUST_HAVE", 2),
                talent("nauwkeurig", "NICE_TO_HAVE", 1)));
        String vacancyId = as(TestTokens.consultant()).body(v).post("/api/vacancies").then().statusCode(201)
                .extract().path("id");

        Map<String, Object> p = Candidates.profile();
        p.put("talents", List.of(Candidates.talent("vca-basis", 1), Candidates.talent("nauwkeurig", 4)));
        p.put("hoursPerWeekMin", 16);
        p.put("hoursPerWeekMax", 28);
        p.put("availableFrom", "2026-12-31");
        p.put("dutchLevel", "A2");
        p.put("drivingLicence", false);
        p.put("preferredSectors", List.of("LOGISTICS"));
        p.put("preferredOccupations", List.of());
        String candidateId = Candidates.create("rotterdam", Candidates.clientNumber("SCORE"), p);

        ScoredPair pair = scoring.scorePair(UUID.fromString(vacancyId), UUID.fromString(candidateId));
        MatchBreakdown b = pair.breakdown();

        // talents: heftruck absent (0), vca-basis below level (1/2), nauwkeurig met (1): 50 * (1.5 + 1) / 7
        assertTrue(b.talents().applicable());
        assertEquals(17.9, b.talents().points());
        assertEquals(50, b.talents().maxPoints());
        assertEquals(List.of(new TalentRequirementFit("heftruckcertificaat", "Heftruckcertificaat", 3, null, false),
                new TalentRequirementFit("vca-basis", "VCA Basis", 2, 1, false)), b.talents().mustHaves());
        assertEquals(List.of(new TalentRequirementFit("nauwkeurig", "Nauwkeurig", 1, 4, true)), b.talents().niceToHaves());
        // hours: 28 against 32 is 4 short: 15 * (1 - 4/8)
        assertEquals(new HoursFit(true, 7.5, 15, 0, 4), b.hours());
        // availability: the start date has passed, so today (1 December in Amsterdam); 30 days late
        assertEquals(new AvailabilityFit(true, 6.7, 10, LocalDate.of(2026, 12, 1), 30), b.availability());
        // distance: the vacancy has no coordinates; the employer is in Rotterdam, like the candidate
        assertEquals(new DistanceFit(true, 12.0, 15, DistanceMethod.SAME_MUNICIPALITY, null, 15), b.distance());
        // preferences: other sector (0), no occupation stated (1)
        assertEquals(new PreferenceFit(true, 1.0, 5, false, false), b.preferences());
        // requirements: no licence (0 of 5), Dutch one step below (2.5 of 5)
        assertEquals(new RequirementFit(true, 2.5, 10, true, false, LanguageLevel.B1, LanguageLevel.A2), b.requirements());
        // (17.857 + 7.5 + 6.667 + 12 + 1 + 2.5) / 105 = 45.2%
        assertEquals(45, pair.score());

        assertEquals(List.of(
                new MatchGap(MatchGapKind.MISSING_TALENT, "heftruckcertificaat", "Heftruckcertificaat", 3, null, null, null),
                new MatchGap(MatchGapKind.TALENT_BELOW_LEVEL, "vca-basis", "VCA Basis", 2, 1, null, null),
                MatchGap.of(MatchGapKind.HOURS_MISMATCH),
                new MatchGap(MatchGapKind.AVAILABLE_LATER, null, null, null, null, 30, null),
                MatchGap.of(MatchGapKind.NO_DRIVING_LICENCE),
                new MatchGap(MatchGapKind.DUTCH_LEVEL_TOO_LOW, null, null, "B1", null, null, null)), b.gaps());

        // the same rows on the same day give the same result
        assertEquals(pair, scoring.scorePair(UUID.fromString(vacancyId), UUID.fromString(candidateId)));
    }

    @Test
    void tooFarIsAGapWithTheDistance() {
        Map<String, Object> v = vacancy(createEmployer(), "Verkoper");
        v.put("latitude", 51.9);
        v.put("longitude", 4.5);
        String vacancyId = as(TestTokens.consultant()).body(v).post("/api/vacancies").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> p = Candidates.profile();
        p.put("latitude", 52.2);
        p.put("longitude", 4.5);
        p.put("maxTravelDistanceKm", 15);
        String candidateId = Candidates.create("capelle", Candidates.clientNumber("FAR"), p);

        MatchBreakdown b = scoring.scorePair(UUID.fromString(vacancyId), UUID.fromString(candidateId)).breakdown();
        assertEquals(new DistanceFit(true, 0.0, 15, DistanceMethod.GREAT_CIRCLE, 33, 15), b.distance());
        assertTrue(b.gaps().contains(new MatchGap(MatchGapKind.TOO_FAR, null, null, null, null, null, 33)), b.gaps()::toString);
        assertFalse(b.talents().applicable());
        assertEquals(0, b.talents().maxPoints());
        assertTrue(b.talents().mustHaves().isEmpty());
    }

    @Test
    void unknownVacancyOrCandidateIsNotFound() {
        String vacancyId = as(TestTokens.consultant()).body(vacancy(createEmployer(), "Bestaat")).post("/api/vacancies")
                .then().statusCode(201).extract().path("id");
        String candidateId = Candidates.create("rotterdam", Candidates.clientNumber("NF"), Candidates.profile());
        assertThrows(ResourceNotFoundException.class,
                () -> scoring.scorePair(UUID.randomUUID(), UUID.fromString(candidateId)));
        assertThrows(ResourceNotFoundException.class,
                () -> scoring.scorePair(UUID.fromString(vacancyId), UUID.randomUUID()));
    }

    @Test
    void displayRoundingIsHalfUpAfterFloatingPointNoise() {
        assertEquals(41.7, MatchScoreRows.round(41.65));
        assertEquals(41.7, MatchScoreRows.round(41.649999999999999));
        assertEquals(11.3, MatchScoreRows.round(11.25));
        assertEquals(13.1, MatchScoreRows.round(13.125));
        assertEquals(0.0, MatchScoreRows.round(0.0));
    }
}

package nl.werkhub.matching;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Api.createEmployer;
import static nl.werkhub.testsupport.Api.vacancy;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * GET /api/vacancies/{id}/suggestions and GET /api/candidates/{id}/suggestions. Each test uses
 * talents of its own (added to the taxonomy), so that only its own profiles are eligible although
 * the database is shared with every other test class.
 */
@QuarkusTest
class SuggestionResourceTest {

    @Inject
    EntityManager em;

    @Inject
    MatchScoring scoring;

    private static Map<String, Object> need(String code, String requirement, int minLevel) {
        return Map.of("code", code, "requirement", requirement, "minLevel", minLevel);
    }

    private static String talent() {
        return Candidates.newTalent("sug", "VOCATIONAL_SKILL", false);
    }

    /** A profile that fits the default test vacancy in everything but talents, with these talents. */
    private static Map<String, Object> profile(String lastName, Object... codeLevel) {
        Map<String, Object> p = Candidates.profile();
        p.put("lastName", lastName);
        p.put("latitude", 51.92);
        p.put("longitude", 4.48);
        p.put("availableFrom", null);
        p.put("preferredSectors", List.of("RETAIL"));
        p.put("preferredOccupations", List.of("Winkelmedewerker"));
        p.put("dutchLevel", "B1");
        List<Map<String, Object>> talents = new ArrayList<>();
        for (int i = 0; i < codeLevel.length; i += 2) {
            talents.add(Candidates.talent((String) codeLevel[i], (Integer) codeLevel[i + 1]));
        }
        p.put("talents", talents);
        return p;
    }

    private static String candidate(String municipality, Map<String, Object> profile) {
        return Candidates.create(municipality, Candidates.clientNumber("SUG"), profile);
    }

    private static String vacancyWith(List<Map<String, Object>> talents) {
        Map<String, Object> v = vacancy(createEmployer(), "Winkelmedewerker");
        v.put("talents", talents);
        return as(TestTokens.consultant()).body(v).post("/api/vacancies").then().statusCode(201).extract().path("id");
    }

    private static JsonPath suggestions(String vacancyId, Object... query) {
        var request = as(TestTokens.consultant());
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get("/api/vacancies/" + vacancyId + "/suggestions").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eligibleCandidatesBestFirstWithGapsAndAudit() {
        String m1 = talent();
        String m2 = talent();
        String n1 = talent();
        String vacancyId = vacancyWith(List.of(need(m1, "MUST_HAVE", 2), need(m2, "MUST_HAVE", 1), need(n1, "NICE_TO_HAVE", 1)));

        String best = candidate("rotterdam", profile("Alles", m1, 3, m2, 3, n1, 3));
        String belowLevel = candidate("capelle", profile("Onder", m1, 1, m2, 3));
        String oneMissing = candidate("nissewaard", profile("Half", m2, 4));
        String twinA = candidate("rotterdam", profile("Tweeling", m1, 2, m2, 2));
        String twinB = candidate("rotterdam", profile("Tweeling", m1, 2, m2, 2));
        candidate("rotterdam", profile("Alleen nice", n1, 5));
        Map<String, Object> noConsent = profile("Geen toestemming", m1, 5, m2, 5);
        noConsent.put("consent", false);
        candidate("rotterdam", noConsent);
        Map<String, Object> paused = profile("Gepauzeerd", m1, 5, m2, 5);
        paused.put("status", "PAUSED");
        candidate("rotterdam", paused);

        JsonPath body = suggestions(vacancyId);
        List<String> ids = body.getList("items.candidate.id");
        String[] twins = twinA.compareTo(twinB) < 0 ? new String[] { twinA, twinB } : new String[] { twinB, twinA };
        // the vacancy asks Dutch A2, so 105 points in all, 55 of them outside talents (all met here);
        // twins: 50*6/7 -> 93; below level: 50*(1.5+3)/7 -> 83; one missing: 50*3/7 -> 73
        assertEquals(List.of(best, twins[0], twins[1], belowLevel, oneMissing), ids);
        assertEquals(List.of(100, 93, 93, 83, 73), body.getList("items.score"));

        Map<String, Object> first = body.getMap("items[0].candidate");
        assertEquals("Alles", first.get("lastName"));
        assertEquals("3072", first.get("postcodeArea"));
        assertEquals("Rotterdam", first.get("municipalityName"));
        assertFalse(first.containsKey("clientNumber") || first.containsKey("postcode") || first.containsKey("latitude")
                || first.containsKey("birthDate") || first.containsKey("gender") || first.containsKey("email"), first::toString);
        assertEquals(List.of(Map.of("kind", "TALENT_BELOW_LEVEL", "talentCode", m1, "labelNl", "Test " + m1,
                "requiredLevel", 2, "level", 1)), body.getList("items[3].breakdown.gaps"));
        assertEquals(List.of(Map.of("kind", "MISSING_TALENT", "talentCode", m1, "labelNl", "Test " + m1,
                "requiredLevel", 2)), body.getList("items[4].breakdown.gaps"));
        // must-haves first, then by code
        assertEquals(m1.compareTo(m2) < 0 ? List.of(m1, m2) : List.of(m2, m1),
                body.getList("items[4].breakdown.talents.mustHaves.code"));
        assertEquals(List.of(n1), body.getList("items[4].breakdown.talents.niceToHaves.code"));

        // every suggested profile is audited, nothing else
        List<String> audited = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery("""
                    select cast(candidate_id as text) from audit_event
                    where route = 'GET /api/vacancies/{id}/suggestions' and action = 'SEARCH_HIT' and actor = 'connie.consultant'
                      and candidate_id in (select id from candidate where last_name in
                          ('Alles', 'Onder', 'Half', 'Tweeling', 'Alleen nice', 'Geen toestemming', 'Gepauzeerd'))
                      and candidate_id = any(cast(:ids as uuid[]))""")
                    .setParameter("ids", ids.toArray(new String[0]))
                    .getResultList();
            return rows.stream().map(String::valueOf).sorted().toList();
        });
        assertEquals(ids.stream().sorted().toList(), audited);

        // limit and municipality
        assertEquals(List.of(best, twins[0]), suggestions(vacancyId, "limit", 2).getList("items.candidate.id"));
        assertEquals(List.of(belowLevel), suggestions(vacancyId, "municipality", "capelle").getList("items.candidate.id"));
        assertEquals(List.of(), suggestions(vacancyId, "municipality", "schiedam").getList("items.candidate.id"));

        // a pair in the pipeline is marked, in both directions; its snapshot is the suggested score
        as(TestTokens.consultant()).body(Map.of("status", "OPEN")).post("/api/vacancies/" + vacancyId + "/status")
                .then().statusCode(200);
        String matchId = as(TestTokens.consultant()).body(Map.of("vacancyId", vacancyId, "candidateId", best))
                .post("/api/matches").then().statusCode(201).extract().path("id");
        JsonPath marked = suggestions(vacancyId, "limit", 2);
        assertEquals(matchId, marked.getString("items[0].matchId"));
        assertEquals("SUGGESTED", marked.getString("items[0].matchStatus"));
        assertFalse(marked.getMap("items[1]").containsKey("matchId"), marked::prettify);
        assertEquals(100, as(TestTokens.consultant()).get("/api/matches/" + matchId).then().statusCode(200)
                .extract().jsonPath().getInt("score"));
        JsonPath vacancies = as(TestTokens.consultant()).queryParam("limit", 100)
                .get("/api/candidates/" + best + "/suggestions").then().statusCode(200).extract().jsonPath();
        assertEquals(matchId, vacancies.getString("items.find { it.vacancy.id == '" + vacancyId + "' }.matchId"));
        assertEquals("SUGGESTED", vacancies.getString("items.find { it.vacancy.id == '" + vacancyId + "' }.matchStatus"));
    }

    /**
     * Candidates who lack a must-have are only scored when those who hold them all cannot fill the
     * list; the answer must still equal scoring every eligible profile.
     */
    @Test
    void theAnswerEqualsScoringEveryEligibleProfile() {
        String m1 = talent();
        String m2 = talent();
        String vacancyId = vacancyWith(List.of(need(m1, "MUST_HAVE", 1), need(m2, "MUST_HAVE", 1)));
        // holds both must-haves but fits in nothing else but Dutch: (50 + 10) / 105 -> 57
        Map<String, Object> poor = profile("Sterk maar ver", m1, 3, m2, 3);
        poor.put("hoursPerWeekMin", 60);
        poor.put("hoursPerWeekMax", 60);
        poor.put("availableFrom", "2030-01-01");
        poor.put("latitude", 53.2);
        poor.put("longitude", 6.5);
        poor.put("preferredSectors", List.of("ICT"));
        poor.put("preferredOccupations", List.of("Programmeur"));
        String strong = candidate("rotterdam", poor);
        // lacks one must-have, fits in everything else: (25 + 55) / 105 -> 76
        String weak = candidate("rotterdam", profile("Zwak maar dichtbij", m2, 3));
        // lacks a must-have and fits nowhere else: its own bound (34) keeps it from being scored at all
        // while the strong ones fill the list
        Map<String, Object> hopeless = new java.util.HashMap<>(poor);
        hopeless.put("lastName", "Zwak en ver");
        hopeless.put("talents", List.of(Candidates.talent(m1, 5)));
        String weakAndFar = candidate("nissewaard", hopeless);
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            others.add(candidate("capelle", profile("Sterk " + i, m1, 1 + i, m2, 3)));
        }

        for (int limit : new int[] { 1, 2, 3, 4, 5, 6, 7 }) {
            JsonPath body = suggestions(vacancyId, "limit", limit);
            List<String> expected = bruteForce(vacancyId,
                    List.of(strong, weak, weakAndFar, others.get(0), others.get(1), others.get(2)), limit);
            assertEquals(expected, body.getList("items.candidate.id"), "limit " + limit);
        }
        assertEquals(List.of(100, 100, 100, 76, 57), suggestions(vacancyId, "limit", 5).getList("items.score"));
    }

    /**
     * The suggestions read candidates in groups by talents held and by whether their travel distance
     * reaches the vacancy (V12's grid cells), and leave a group unread when its bound cannot beat the
     * list so far: on either side of every group border, and of the travel distance itself, the
     * answer must still equal scoring every eligible profile.
     */
    @Test
    void theAnswerEqualsScoringEveryEligibleProfileAcrossTalentAndReachGroups() {
        String m1 = talent();
        String m2 = talent();
        String n1 = talent();
        String n2 = talent();
        // at (51.92, 4.48); m1 asks level 3, so level 2 earns half (a bound above the score)
        String vacancyId = vacancyWith(List.of(need(m1, "MUST_HAVE", 3), need(m2, "MUST_HAVE", 1),
                need(n1, "NICE_TO_HAVE", 1), need(n2, "NICE_TO_HAVE", 1)));
        List<String> all = new ArrayList<>();
        all.add(candidate("rotterdam", profile("Alles dichtbij", m1, 3, m2, 1, n1, 1, n2, 1)));
        all.add(candidate("rotterdam", profile("Alles dichtbij maar laag", m1, 2, m2, 1, n1, 1, n2, 1)));
        // 15 km of travel: 14.9 km north is in reach (distance points 7.55), 15.2 km is not (0)
        Map<String, Object> edge = profile("Alles net binnen bereik", m1, 4, m2, 2, n1, 1, n2, 1);
        edge.put("latitude", 51.92 + 14.9 / 111.195);
        all.add(candidate("capelle", edge));
        Map<String, Object> beyond = profile("Alles net buiten bereik", m1, 4, m2, 2, n1, 1, n2, 1);
        beyond.put("latitude", 51.92 + 15.2 / 111.195);
        all.add(candidate("capelle", beyond));
        // far away: out of reach, whose grid cells do not cover the vacancy (distance 0: 86)
        Map<String, Object> far = profile("Alles ver", m1, 3, m2, 1, n1, 1, n2, 1);
        far.put("latitude", 53.2);
        far.put("longitude", 6.5);
        all.add(candidate("nissewaard", far));
        // far away, but travels far enough
        Map<String, Object> wide = profile("Alles ver maar reist ver", m1, 3, m2, 1, n1, 1, n2, 1);
        wide.put("latitude", 53.2);
        wide.put("longitude", 6.5);
        wide.put("maxTravelDistanceKm", 250);
        all.add(candidate("nissewaard", wide));
        Map<String, Object> unknown = profile("Alles zonder coordinaten", m1, 3, m2, 1, n1, 1, n2, 1);
        unknown.put("latitude", null);
        unknown.put("longitude", null);
        all.add(candidate("rotterdam", unknown));
        all.add(candidate("rotterdam", profile("Mist een nice-to-have", m1, 3, m2, 1, n1, 1)));
        Map<String, Object> partFar = profile("Mist een nice-to-have, ver", m1, 3, m2, 1, n2, 1);
        partFar.put("latitude", 53.2);
        partFar.put("longitude", 6.5);
        all.add(candidate("nissewaard", partFar));
        all.add(candidate("rotterdam", profile("Mist een must-have", m2, 1, n1, 1, n2, 1)));
        Map<String, Object> weakFar = profile("Mist een must-have, ver", m1, 5, n1, 1, n2, 1);
        weakFar.put("latitude", 53.2);
        weakFar.put("longitude", 6.5);
        all.add(candidate("nissewaard", weakFar));
        Map<String, Object> weakUnknown = profile("Mist een must-have, zonder coordinaten", m1, 5);
        weakUnknown.put("latitude", null);
        weakUnknown.put("longitude", null);
        all.add(candidate("capelle", weakUnknown));

        for (int limit = 1; limit <= all.size() + 1; limit++) {
            JsonPath body = suggestions(vacancyId, "limit", limit);
            assertEquals(bruteForce(vacancyId, all, limit), body.getList("items.candidate.id"), "limit " + limit);
        }
    }

    /** Score each through scorePair and sort as the contract says: score, talent points, id. */
    private List<String> bruteForce(String vacancyId, List<String> candidates, int limit) {
        record Scored(String id, int score, double talents) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String id : candidates) {
            ScoredPair pair = scoring.scorePair(UUID.fromString(vacancyId), UUID.fromString(id));
            scored.add(new Scored(id, pair.score(), pair.breakdown().talents().points()));
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::talents).reversed())
                .thenComparing(Scored::id));
        return scored.stream().limit(limit).map(Scored::id).toList();
    }

    @Test
    void withoutMustHavesOneTalentSufficesAndWithoutTalentsEveryProfileCounts() {
        String n1 = talent();
        String n2 = talent();
        String niceOnly = vacancyWith(List.of(need(n1, "NICE_TO_HAVE", 1), need(n2, "NICE_TO_HAVE", 1)));
        String both = candidate("rotterdam", profile("Beide", n1, 2, n2, 2));
        String one = candidate("rotterdam", profile("Een", n2, 2));
        candidate("rotterdam", profile("Geen"));
        assertEquals(List.of(both, one), suggestions(niceOnly).getList("items.candidate.id"));

        String none = vacancyWith(List.of());
        String anyone = candidate("voorne-aan-zee", profile("Zonder talenten"));
        JsonPath body = suggestions(none, "municipality", "voorne-aan-zee", "limit", 100);
        assertTrue(body.getList("items.candidate.id").contains(anyone), body::prettify);
        assertEquals(false, body.getBoolean("items[0].breakdown.talents.applicable"));
        assertEquals(0, body.getInt("items[0].breakdown.talents.maxPoints"));
    }

    /**
     * Suggestions narrow and score from candidate_match_profile, a copy of the suggestable profiles
     * kept by a trigger (V6 migration): every change of a profile must reach it at once.
     */
    @Test
    void suggestionsFollowEveryChangeOfAProfile() {
        String m1 = talent();
        String m2 = talent();
        String vacancyId = vacancyWith(List.of(need(m1, "MUST_HAVE", 2), need(m2, "MUST_HAVE", 2)));
        String clientNumber = Candidates.clientNumber("SUG");
        Map<String, Object> p = profile("Wisselend", m1, 3, m2, 3);
        String id = Candidates.create("rotterdam", clientNumber, p);
        assertEquals(List.of(100), suggestions(vacancyId).getList("items.score"));

        // one must-have below its level, the other gone: 50 * 1.5 / 6 + 55 of 105 -> 64
        p.put("talents", List.of(Candidates.talent(m1, 1)));
        Candidates.create("rotterdam", clientNumber, p);
        JsonPath lower = suggestions(vacancyId);
        assertEquals(List.of(id), lower.getList("items.candidate.id"));
        assertEquals(List.of(64), lower.getList("items.score"));
        assertEquals(new java.util.TreeSet<>(List.of(m1, m2)),
                new java.util.TreeSet<>(lower.getList("items[0].breakdown.gaps.talentCode", String.class)));

        p.put("talents", List.of(Candidates.talent(m1, 3), Candidates.talent(m2, 3)));
        p.put("status", "PAUSED");
        Candidates.create("rotterdam", clientNumber, p);
        assertEquals(List.of(), suggestions(vacancyId).getList("items.candidate.id"));
        p.put("status", "ACTIVE");
        Candidates.create("rotterdam", clientNumber, p);
        assertEquals(List.of(id), suggestions(vacancyId).getList("items.candidate.id"));
        p.put("consent", false);
        Candidates.create("rotterdam", clientNumber, p);
        assertEquals(List.of(), suggestions(vacancyId).getList("items.candidate.id"));
        p.put("consent", true);
        Candidates.create("rotterdam", clientNumber, p);
        assertEquals(List.of(100), suggestions(vacancyId).getList("items.score"));

        as(TestTokens.municipality("rotterdam")).delete(Candidates.path("rotterdam", clientNumber)).then().statusCode(204);
        assertEquals(List.of(), suggestions(vacancyId).getList("items.candidate.id"));
    }

    @Test
    void rolesAndBadRequests() {
        String vacancyId = vacancyWith(List.of());
        String path = "/api/vacancies/" + vacancyId + "/suggestions";
        assertProblem(as(TestTokens.jobcoach()).get(path).then(), 403, "forbidden");
        assertProblem(as(TestTokens.admin()).get(path).then(), 403, "forbidden");
        assertProblem(as(TestTokens.rotterdam()).get(path).then(), 403, "forbidden");
        assertProblem(as(TestTokens.token("x-1", "both", "consultant", "municipality")).get(path).then(), 403, "forbidden");
        assertProblem(given().get(path).then(), 401, "unauthorized");
        assertProblem(as(TestTokens.consultant()).get("/api/vacancies/" + UUID.randomUUID() + "/suggestions").then(),
                404, "not-found");
        assertProblem(as(TestTokens.consultant()).get("/api/vacancies/nope/suggestions").then(), 400, "malformed-request")
                .body("violations.field", contains("id"));
        for (String bad : new String[] { "0", "101", "x", "1.5" }) {
            assertProblem(as(TestTokens.consultant()).queryParam("limit", bad).get(path).then(), 400, "malformed-request")
                    .body("violations.field", contains("limit"));
        }
        as(TestTokens.consultant()).queryParam("limit", 100).get(path).then().statusCode(200);

        String candidateId = candidate("rotterdam", profile("Rollen"));
        String cpath = "/api/candidates/" + candidateId + "/suggestions";
        as(TestTokens.consultant()).get(cpath).then().statusCode(200);
        assertProblem(as(TestTokens.jobcoach()).get(cpath).then(), 403, "forbidden");
        assertProblem(as(TestTokens.admin()).get(cpath).then(), 403, "forbidden");
        assertProblem(as(TestTokens.rotterdam()).get(cpath).then(), 403, "forbidden");
        assertProblem(given().get(cpath).then(), 401, "unauthorized");
        assertProblem(as(TestTokens.consultant()).get("/api/candidates/" + UUID.randomUUID() + "/suggestions").then(),
                404, "not-found");
        assertProblem(as(TestTokens.consultant()).queryParam("limit", "0").get(cpath).then(), 400, "malformed-request")
                .body("violations.field", contains("limit"));
    }

    @Test
    void openVacanciesForACandidate() {
        String t = talent();
        String other = talent();
        String candidateId = candidate("rotterdam", profile("Zoekt werk", t, 4));
        String open = vacancyWith(List.of(need(t, "MUST_HAVE", 3)));
        String openBelow = vacancyWith(List.of(need(t, "MUST_HAVE", 5)));
        String draft = vacancyWith(List.of(need(t, "MUST_HAVE", 1)));
        String closed = vacancyWith(List.of(need(t, "MUST_HAVE", 1)));
        String unrelated = vacancyWith(List.of(need(other, "MUST_HAVE", 1)));
        for (String id : List.of(open, openBelow, closed, unrelated)) {
            as(TestTokens.consultant()).body(Map.of("status", "OPEN")).post("/api/vacancies/" + id + "/status")
                    .then().statusCode(200);
        }
        as(TestTokens.consultant()).body(Map.of("status", "CLOSED")).post("/api/vacancies/" + closed + "/status")
                .then().statusCode(200);

        JsonPath body = as(TestTokens.consultant()).queryParam("limit", 100).get("/api/candidates/" + candidateId + "/suggestions")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = body.getList("items.vacancy.id");
        assertTrue(ids.contains(open) && ids.contains(openBelow), ids::toString);
        assertFalse(ids.contains(draft) || ids.contains(closed) || ids.contains(unrelated), ids::toString);
        assertTrue(ids.indexOf(open) < ids.indexOf(openBelow), ids::toString);
        int i = ids.indexOf(open);
        assertEquals(100, body.getInt("items[" + i + "].score"));
        assertEquals("Winkelmedewerker", body.getString("items[" + i + "].vacancy.title"));
        assertEquals("3011 AB", body.getString("items[" + i + "].vacancy.postcode"));
        assertEquals("TEMPORARY", body.getString("items[" + i + "].vacancy.contractType"));
        List<Integer> scores = body.getList("items.score");
        for (int k = 1; k < scores.size(); k++) {
            assertTrue(scores.get(k - 1) >= scores.get(k), scores::toString);
        }

        long reads = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from audit_event where candidate_id = cast(:id as uuid) and action = 'READ'
                  and route = 'GET /api/candidates/{id}/suggestions'""").setParameter("id", candidateId)
                .getSingleResult()).longValue());
        assertEquals(1, reads);

        Map<String, Object> hidden = profile("Verborgen", t, 4);
        hidden.put("consent", false);
        String hiddenId = candidate("rotterdam", hidden);
        assertProblem(as(TestTokens.consultant()).get("/api/candidates/" + hiddenId + "/suggestions").then(), 404,
                "not-found");
    }

}

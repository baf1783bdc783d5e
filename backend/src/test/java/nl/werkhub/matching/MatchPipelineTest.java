package nl.werkhub.matching;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Api;
import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Creating and moving matches through the API: the rules of docs/api.md ("Matches"), as a consultant. */
@QuarkusTest
class MatchPipelineTest {

    @Inject
    MatchScoring scoring;

    @Inject
    ObjectMapper json;

    // ---- create -------------------------------------------------------------------------------

    @Test
    void createMakesASuggestedMatchWithASnapshotAnOwnerAndAFirstEvent() {
        String vacancy = Matches.openVacancy(1);
        String candidate = Matches.candidate();
        String lastName = as(TestTokens.consultant()).get("/api/candidates/" + candidate).then().extract().path("lastName");

        Response created = as(TestTokens.consultant())
                .body(Map.of("vacancyId", vacancy, "candidateId", candidate, "note", "  Past goed bij de ochtendploeg.  "))
                .post("/api/matches");
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("SUGGESTED"))
                .body("vacancyId", equalTo(vacancy))
                .body("vacancyTitle", containsString("Magazijnmedewerker"))
                .body("employerName", containsString("Test BV"))
                .body("candidateId", equalTo(candidate))
                .body("candidateName", equalTo("Sanne " + lastName))
                .body("municipalityCode", equalTo("rotterdam"))
                .body("ownerId", equalTo("c-0001"))
                .body("ownerName", equalTo("connie.consultant"))
                .body("createdBy", equalTo("connie.consultant"))
                .body("version", equalTo(0))
                .body("breakdown", notNullValue())
                .body("$", not(hasKey("rejectionReason")))
                .body("$", not(hasKey("placementId")));
        String id = created.path("id");
        int score = created.path("score");
        assertTrue(score >= 0 && score <= 100, "score " + score);
        assertTrue(created.header("Location").endsWith("/api/matches/" + id), created.header("Location"));

        // the detail is the same document (the breakdown is read back from the stored snapshot)
        Response read = as(TestTokens.consultant()).get("/api/matches/" + id);
        read.then().statusCode(200).header("ETag", "\"0\"");
        assertEquals(JsonPath.from(created.asString()).getMap("$"), JsonPath.from(read.asString()).getMap("$"));

        as(TestTokens.consultant()).get("/api/matches/" + id + "/events").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0]", not(hasKey("from")))
                .body("[0].to", equalTo("SUGGESTED"))
                .body("[0].note", equalTo("Past goed bij de ochtendploeg."))
                .body("[0].actor", equalTo("c-0001"))
                .body("[0].actorName", equalTo("connie.consultant"))
                .body("[0].occurredAt", notNullValue());
    }

    @Test
    void theScoreIsASnapshotOfTheMomentTheMatchWasMade() throws Exception {
        String vacancy = Matches.openVacancy(1);
        String client = Candidates.clientNumber("MATCH");
        Map<String, Object> profile = Candidates.profile();
        String candidate = Candidates.create("rotterdam", client, profile);
        var expected = scoring.scorePair(UUID.fromString(vacancy), UUID.fromString(candidate));

        Response created = Matches.create(TestTokens.consultant(), vacancy, candidate);
        created.then().statusCode(201).body("score", equalTo(expected.score()));
        JsonNode breakdown = json.readTree(created.asString()).get("breakdown");
        assertEquals(json.valueToTree(expected.breakdown()), breakdown);

        // the candidate changes so that the pair scores differently today; the match keeps its snapshot
        profile.put("hoursPerWeekMin", 1);
        profile.put("hoursPerWeekMax", 2);
        profile.put("availableFrom", "2030-01-01");
        profile.put("preferredSectors", List.of("ICT"));
        Candidates.create("rotterdam", client, profile);
        assertNotEquals(expected.score(), scoring.scorePair(UUID.fromString(vacancy), UUID.fromString(candidate)).score());
        Response read = as(TestTokens.consultant()).get("/api/matches/" + created.path("id"));
        read.then().statusCode(200).body("score", equalTo(expected.score()));
        assertEquals(breakdown, json.readTree(read.asString()).get("breakdown"));
    }

    @Test
    void createRefusesUnknownAndUnavailablePartiesOnTheirFields() {
        String vacancy = Matches.openVacancy(1);
        String unknown = "00000000-0000-4000-8000-000000000000";
        assertProblem(Matches.create(TestTokens.consultant(), unknown, unknown).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("vacancyId", "candidateId")));

        Map<String, Object> noConsent = Candidates.profile();
        noConsent.put("consent", false);
        String hidden = Candidates.create("rotterdam", Candidates.clientNumber("MATCH"), noConsent);
        Map<String, Object> paused = Candidates.profile();
        paused.put("status", "PAUSED");
        String pausedId = Candidates.create("rotterdam", Candidates.clientNumber("MATCH"), paused);
        for (String candidate : List.of(hidden, pausedId)) {
            assertProblem(Matches.create(TestTokens.consultant(), vacancy, candidate).then(), 422, "validation-failed")
                    .body("violations.field", equalTo(List.of("candidateId")))
                    .body("violations[0].message", equalTo(
                            "unknown candidate, or not available for matching (no consent or not active)"));
        }

        assertProblem(as(TestTokens.consultant()).body(Map.of("candidateId", hidden)).post("/api/matches").then(),
                422, "validation-failed").body("violations.field", equalTo(List.of("vacancyId")));
        assertProblem(as(TestTokens.consultant()).body(Map.of("vacancyId", "nope", "candidateId", hidden))
                .post("/api/matches").then(), 400, "malformed-request");
        assertProblem(as(TestTokens.consultant())
                .body(Map.of("vacancyId", vacancy, "candidateId", Matches.candidate(), "note", "x".repeat(2001)))
                .post("/api/matches").then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("note")));
        // a note is free text: no citizen service number (111222333 passes the eleven-test)
        assertProblem(as(TestTokens.consultant())
                .body(Map.of("vacancyId", vacancy, "candidateId", Matches.candidate(), "note", "BSN 111222333"))
                .post("/api/matches").then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("note")));
        assertProblem(as(TestTokens.consultant()).body(Map.of("vacancyId", vacancy, "candidateId", hidden, "score", 100))
                .post("/api/matches").then(), 400, "malformed-request");
        // nothing was written by any of these
        as(TestTokens.consultant()).queryParam("vacancyId", vacancy).get("/api/matches").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void createNeedsAnOpenVacancy() {
        String draft = Api.createVacancy(Api.createEmployer(), "Concept " + Api.marker());
        assertProblem(Matches.create(TestTokens.consultant(), draft, Matches.candidate()).then(), 409, "vacancy-not-open")
                .body("detail", containsString("DRAFT"));
        String onHold = Matches.openVacancy(1);
        Matches.setVacancyStatus(onHold, "ON_HOLD");
        assertProblem(Matches.create(TestTokens.consultant(), onHold, Matches.candidate()).then(), 409, "vacancy-not-open")
                .body("detail", containsString("ON_HOLD"));
    }

    @Test
    void aPairIsMatchedOnceAndTheConflictNamesTheMatch() {
        String vacancy = Matches.openVacancy(1);
        String candidate = Matches.candidate();
        String id = Matches.create(vacancy, candidate);
        assertProblem(Matches.create(TestTokens.consultant(), vacancy, candidate).then(), 409, "match-exists")
                .body("matchId", equalTo(id))
                .body("detail", containsString(id));
        // also after the first one ended
        Matches.moveTo(id, "WITHDRAWN");
        assertProblem(Matches.create(TestTokens.consultant(), vacancy, candidate).then(), 409, "match-exists")
                .body("matchId", equalTo(id));
    }

    // ---- transitions: protocol ----------------------------------------------------------------

    @Test
    void aMoveNeedsTheCurrentETag() {
        String id = Matches.create(Matches.openVacancy(1), Matches.candidate());
        assertProblem(as(TestTokens.consultant()).body(Matches.bodyFor("PROPOSED"))
                .post("/api/matches/" + id + "/transitions").then(), 428, "precondition-required");
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"7\"").body(Matches.bodyFor("PROPOSED"))
                .post("/api/matches/" + id + "/transitions").then(), 412, "precondition-failed");

        as(TestTokens.consultant()).header("If-Match", "\"0\"").body(Matches.bodyFor("PROPOSED"))
                .post("/api/matches/" + id + "/transitions").then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("PROPOSED")).body("version", equalTo(1))
                .body("updatedBy", equalTo("connie.consultant"));
        // the old ETag is now stale
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"0\"").body(Matches.bodyFor("INTRODUCED"))
                .post("/api/matches/" + id + "/transitions").then(), 412, "precondition-failed");
        assertEquals(2, events(id).size());
    }

    @Test
    void badBodiesAndIdsAreClientErrors() {
        String id = Matches.create(Matches.openVacancy(1), Matches.candidate());
        String etag = Matches.etag(id);
        assertProblem(as(TestTokens.consultant()).header("If-Match", etag).body(Map.of())
                .post("/api/matches/" + id + "/transitions").then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("to")));
        assertProblem(as(TestTokens.consultant()).header("If-Match", etag).body(Map.of("to", "HIRED"))
                .post("/api/matches/" + id + "/transitions").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("to"));
        assertProblem(as(TestTokens.consultant()).header("If-Match", etag)
                .body(Map.of("to", "PLACED", "placement", Map.of("startDate", "1-4-2026")))
                .post("/api/matches/" + id + "/transitions").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("placement.startDate"));
        // issue 4's startDate is gone: the contract holds it now
        assertProblem(as(TestTokens.consultant()).header("If-Match", etag).body(Map.of("to", "PLACED", "startDate", "2026-04-01"))
                .post("/api/matches/" + id + "/transitions").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("startDate"));
        assertProblem(as(TestTokens.consultant()).header("If-Match", etag).body(Map.of("to", "PROPOSED", "note", "x".repeat(2001)))
                .post("/api/matches/" + id + "/transitions").then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("note")));
        assertProblem(as(TestTokens.consultant()).header("If-Match", etag).body(Matches.bodyFor("PROPOSED"))
                .post("/api/matches/not-a-uuid/transitions").then(), 400, "malformed-request");
        assertProblem(as(TestTokens.consultant()).header("If-Match", etag).body(Matches.bodyFor("PROPOSED"))
                .post("/api/matches/00000000-0000-4000-8000-000000000000/transitions").then(), 404, "not-found");
        assertProblem(as(TestTokens.consultant()).get("/api/matches/not-a-uuid").then(), 400, "malformed-request");
        as(TestTokens.consultant()).get("/api/matches/" + id).then().statusCode(200).body("status", equalTo("SUGGESTED"));
    }

    @Test
    void illegalTransitionsAreExplainedInTheCallersLanguage() {
        String id = Matches.create(Matches.openVacancy(1), Matches.candidate());
        Matches.moveTo(id, "PROPOSED");
        // the SPA's labels (frontend nl.ts), accents included
        assertProblem(as(TestTokens.consultant()).header("Accept-Language", "nl-NL").header("If-Match", Matches.etag(id))
                .body(Matches.bodyFor("PLACED")).post("/api/matches/" + id + "/transitions").then(), 409, "illegal-transition")
                .body("title", equalTo("Stap niet mogelijk"))
                .body("detail", equalTo("Match kan niet van Voorgesteld naar Geplaatst; vanuit Voorgesteld kan alleen: "
                        + "Geïntroduceerd, Afgewezen, Teruggetrokken."));
        assertProblem(as(TestTokens.consultant()).header("If-Match", Matches.etag(id)).body(Matches.bodyFor("SUGGESTED"))
                .post("/api/matches/" + id + "/transitions").then(), 409, "illegal-transition")
                .body("detail", equalTo("A match cannot go from PROPOSED to SUGGESTED; allowed from PROPOSED: "
                        + "INTRODUCED, REJECTED, WITHDRAWN"));
        Matches.moveTo(id, "WITHDRAWN");
        assertProblem(Matches.move(id, "PROPOSED").then(), 409, "illegal-transition")
                .body("detail", equalTo("A match cannot go from WITHDRAWN to PROPOSED (WITHDRAWN is final)"));
    }

    // ---- transitions: reasons and start dates -------------------------------------------------

    @Test
    void rejectingNeedsAReasonWithdrawingMayGiveOneOtherNeedsANote() {
        String vacancy = Matches.openVacancy(5);
        String a = Matches.create(vacancy, Matches.candidate());
        assertProblem(Matches.move(a, Map.of("to", "REJECTED")).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("reason")));
        assertProblem(Matches.move(a, Map.of("to", "PROPOSED", "reason", "NO_SHOW")).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("reason")));
        assertProblem(Matches.move(a, Map.of("to", "REJECTED", "reason", "OTHER")).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("note")));
        assertProblem(Matches.move(a, Map.of("to", "REJECTED", "reason", "OTHER", "note", "   ")).then(), 422,
                "validation-failed").body("violations.field", equalTo(List.of("note")));
        Matches.move(a, Map.of("to", "REJECTED", "reason", "OTHER", "note", "Werkgever is verhuisd.")).then()
                .statusCode(200).body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("OTHER"));
        List<Map<String, Object>> events = events(a);
        assertEquals(2, events.size());
        assertEquals("SUGGESTED", events.get(1).get("from"));
        assertEquals("REJECTED", events.get(1).get("to"));
        assertEquals("OTHER", events.get(1).get("reason"));
        assertEquals("Werkgever is verhuisd.", events.get(1).get("note"));

        String b = Matches.inStatus(vacancy, "PROPOSED");
        Matches.move(b, Map.of("to", "WITHDRAWN")).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("$", not(hasKey("rejectionReason")));
        String c = Matches.inStatus(vacancy, "TRIAL");
        Matches.move(c, Map.of("to", "WITHDRAWN", "reason", "CANDIDATE_DECLINED")).then().statusCode(200)
                .body("rejectionReason", equalTo("CANDIDATE_DECLINED"));
        String d = Matches.inStatus(vacancy, "INTRODUCED");
        Matches.move(d, Map.of("to", "REJECTED", "reason", "SKILLS_MISMATCH")).then().statusCode(200)
                .body("rejectionReason", equalTo("SKILLS_MISMATCH"));
    }

    @Test
    void aContractIsRequiredToPlaceAndRefusedOtherwise() {
        String vacancy = Matches.openVacancy(5);
        String id = Matches.inStatus(vacancy, "INTRODUCED");
        Map<String, Object> contract = Placements.contract();
        assertProblem(Matches.move(id, Map.of("to", "PLACED")).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("placement")));
        assertProblem(Matches.move(id, Map.of("to", "TRIAL", "placement", contract)).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("placement")));
        assertProblem(Matches.move(id, Map.of("to", "WITHDRAWN", "placement", contract, "reason", "NO_SHOW")).then(),
                422, "validation-failed").body("violations.field", equalTo(List.of("placement")));
        as(TestTokens.consultant()).get("/api/matches/" + id).then().body("$", not(hasKey("placementId")));
        Response placed = Matches.move(id, Map.of("to", "PLACED", "placement", contract));
        placed.then().statusCode(200).body("status", equalTo("PLACED")).body("placementId", notNullValue())
                .body("$", not(hasKey("startDate")));
        as(TestTokens.consultant()).get("/api/placements/" + placed.path("placementId")).then().statusCode(200)
                .body("matchId", equalTo(id)).body("startDate", equalTo(contract.get("startDate")));
    }

    // ---- transitions: the vacancy and the candidate -------------------------------------------

    @Test
    void forwardMovesNeedAnOpenVacancyEndingAMatchDoesNot() {
        String vacancy = Matches.openVacancy(3);
        String a = Matches.create(vacancy, Matches.candidate());
        String b = Matches.create(vacancy, Matches.candidate());
        Matches.setVacancyStatus(vacancy, "ON_HOLD");
        assertProblem(Matches.move(a, "PROPOSED").then(), 409, "vacancy-not-open")
                .body("detail", containsString("ON_HOLD"));
        Matches.move(b, Map.of("to", "REJECTED", "reason", "EMPLOYER_DECLINED")).then().statusCode(200);
        Matches.move(a, "WITHDRAWN").then().statusCode(200);
    }

    @Test
    void placingTheLastOpenPositionFillsTheVacancy() {
        String vacancy = Matches.openVacancy(2);
        String first = Matches.inStatus(vacancy, "INTRODUCED");
        String second = Matches.inStatus(vacancy, "TRIAL");
        String third = Matches.inStatus(vacancy, "TRIAL");
        int before = vacancyVersion(vacancy);

        Matches.move(first, "PLACED").then().statusCode(200);
        as(TestTokens.consultant()).get("/api/vacancies/" + vacancy).then()
                .body("status", equalTo("OPEN")).body("version", equalTo(before));

        Matches.move(second, "PLACED").then().statusCode(200);
        as(TestTokens.consultant()).get("/api/vacancies/" + vacancy).then()
                .body("status", equalTo("FILLED")).body("version", equalTo(before + 1))
                .body("updatedBy", equalTo("connie.consultant"));

        // no third placement on a filled vacancy; the remaining match can still be closed
        assertProblem(Matches.move(third, "PLACED").then(), 409, "vacancy-not-open")
                .body("detail", containsString("FILLED"));
        Matches.move(third, Map.of("to", "REJECTED", "reason", "VACANCY_FILLED")).then().statusCode(200);
    }

    @Test
    void aCandidateIsPlacedOnlyOnce() {
        String candidate = Matches.candidate();
        String a = Matches.create(Matches.openVacancy(1), candidate);
        String otherVacancy = Matches.openVacancy(1);
        String b = Matches.create(otherVacancy, candidate);
        Matches.moveTo(a, "PLACED");
        Matches.moveTo(b, "INTRODUCED");
        assertProblem(Matches.move(b, "PLACED").then(), 409, "candidate-already-placed");
        assertProblem(as(TestTokens.consultant()).header("Accept-Language", "nl").header("If-Match", Matches.etag(b))
                .body(Matches.bodyFor("PLACED")).post("/api/matches/" + b + "/transitions").then(), 409,
                "candidate-already-placed")
                .body("title", equalTo("Kandidaat al geplaatst"))
                .body("detail", equalTo("Deze kandidaat heeft al een actieve plaatsing; rond die af of beëindig die"
                        + " voordat je opnieuw plaatst."));
        as(TestTokens.consultant()).get("/api/matches/" + b).then().body("status", equalTo("INTRODUCED"));
        as(TestTokens.consultant()).get("/api/vacancies/" + otherVacancy).then().body("status", equalTo("OPEN"));
    }

    // ---- concurrency --------------------------------------------------------------------------

    @Test
    void twoMovesOfOneVersionOneWinsTheOtherIsStale() throws Exception {
        String id = Matches.create(Matches.openVacancy(1), Matches.candidate());
        List<Integer> statuses = race(
                () -> as(TestTokens.consultant()).header("If-Match", "\"0\"").body(Matches.bodyFor("PROPOSED"))
                        .post("/api/matches/" + id + "/transitions").statusCode(),
                () -> as(TestTokens.consultant()).header("If-Match", "\"0\"").body(Map.of("to", "WITHDRAWN"))
                        .post("/api/matches/" + id + "/transitions").statusCode());
        Collections.sort(statuses);
        assertEquals(List.of(200, 412), statuses);
        assertEquals(2, events(id).size());
        as(TestTokens.consultant()).get("/api/matches/" + id).then().body("version", equalTo(1));
    }

    @Test
    void twoPlacementsOfOneCandidateAtOnceOnlyOneSucceeds() throws Exception {
        String candidate = Matches.candidate();
        String a = Matches.create(Matches.openVacancy(1), candidate);
        String b = Matches.create(Matches.openVacancy(1), candidate);
        Matches.moveTo(a, "INTRODUCED");
        Matches.moveTo(b, "INTRODUCED");
        String etagA = Matches.etag(a);
        String etagB = Matches.etag(b);
        List<Response> responses = new ArrayList<>();
        List<Integer> statuses = race(
                () -> record(responses, as(TestTokens.consultant()).header("If-Match", etagA).body(Matches.bodyFor("PLACED"))
                        .post("/api/matches/" + a + "/transitions")),
                () -> record(responses, as(TestTokens.consultant()).header("If-Match", etagB).body(Matches.bodyFor("PLACED"))
                        .post("/api/matches/" + b + "/transitions")));
        Collections.sort(statuses);
        assertEquals(List.of(200, 409), statuses, responses.stream().map(Response::asString).toList().toString());
        Response refused = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertProblem(refused.then(), 409, "candidate-already-placed");
        assertEquals(1, as(TestTokens.consultant()).queryParam("candidateId", candidate).queryParam("status", "PLACED")
                .get("/api/matches").then().extract().<Integer>path("totalItems"));
    }

    @Test
    void twoPlacementsForTheLastPositionAtOnceOnlyOneSucceeds() throws Exception {
        String vacancy = Matches.openVacancy(1);
        String a = Matches.inStatus(vacancy, "INTRODUCED");
        String b = Matches.inStatus(vacancy, "INTRODUCED");
        String etagA = Matches.etag(a);
        String etagB = Matches.etag(b);
        List<Response> responses = new ArrayList<>();
        List<Integer> statuses = race(
                () -> record(responses, as(TestTokens.consultant()).header("If-Match", etagA).body(Matches.bodyFor("PLACED"))
                        .post("/api/matches/" + a + "/transitions")),
                () -> record(responses, as(TestTokens.consultant()).header("If-Match", etagB).body(Matches.bodyFor("PLACED"))
                        .post("/api/matches/" + b + "/transitions")));
        Collections.sort(statuses);
        assertEquals(List.of(200, 409), statuses, responses.stream().map(Response::asString).toList().toString());
        Response refused = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertProblem(refused.then(), 409, "vacancy-not-open");
        as(TestTokens.consultant()).get("/api/vacancies/" + vacancy).then().body("status", equalTo("FILLED"));
        assertEquals(1, as(TestTokens.consultant()).queryParam("vacancyId", vacancy).queryParam("status", "PLACED")
                .get("/api/matches").then().extract().<Integer>path("totalItems"));
    }

    // ---- list ---------------------------------------------------------------------------------

    @Test
    void theListFiltersSortsAndPages() {
        String vacancy = Matches.openVacancy(5);
        String proposed = Matches.inStatus(vacancy, "PROPOSED");
        String rejected = Matches.inStatus(vacancy, "REJECTED");
        String candidate = Matches.candidate();
        String other = Matches.create(TestTokens.token("c-0002", "carla.consultant", "consultant"), vacancy, candidate)
                .then().statusCode(201).extract().path("id");

        assertEquals(List.of(other, rejected, proposed), ids(Map.of("vacancyId", vacancy)));
        assertEquals(List.of(rejected, proposed),
                ids(Map.of("vacancyId", vacancy, "status", List.of("PROPOSED", "REJECTED"))));
        assertEquals(List.of(rejected, proposed), ids(Map.of("vacancyId", vacancy, "status", "PROPOSED,REJECTED")));
        assertEquals(List.of(other), ids(Map.of("vacancyId", vacancy, "candidateId", candidate)));
        assertEquals(List.of(rejected, proposed), ids(Map.of("vacancyId", vacancy, "owner", "me")));
        assertEquals(List.of(other), ids(Map.of("vacancyId", vacancy, "owner", "c-0002")));
        assertEquals(List.of(proposed, rejected, other), ids(Map.of("vacancyId", vacancy, "sort", "updatedAt,asc")));
        assertEquals(List.of(proposed, rejected, other), ids(Map.of("vacancyId", vacancy, "sort", "createdAt")));

        as(TestTokens.consultant()).queryParam("vacancyId", vacancy).queryParam("size", 2).queryParam("page", 1)
                .get("/api/matches").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("page", equalTo(1))
                .body("size", equalTo(2)).body("items.id", equalTo(List.of(proposed)));
        List<Integer> scores = as(TestTokens.consultant()).queryParam("vacancyId", vacancy).queryParam("sort", "score,desc")
                .get("/api/matches").then().statusCode(200).extract().path("items.score");
        List<Integer> sorted = new ArrayList<>(scores);
        sorted.sort(Collections.reverseOrder());
        assertEquals(sorted, scores);

        for (Map.Entry<String, String> bad : Map.of("sort", "title", "vacancyId", "x", "candidateId", "x", "status", "HIRED",
                "size", "0").entrySet()) {
            assertProblem(as(TestTokens.consultant()).queryParam(bad.getKey(), bad.getValue()).get("/api/matches").then(),
                    400, "malformed-request").body("violations[0].field", equalTo(bad.getKey()));
        }
    }

    // ---- the vacancy side ---------------------------------------------------------------------

    @Test
    void aVacancyWithMatchesCannotBeDeleted() {
        String vacancy = Matches.openVacancy(1);
        Matches.create(vacancy, Matches.candidate());
        assertProblem(as(TestTokens.consultant()).delete("/api/vacancies/" + vacancy).then(), 409, "vacancy-has-matches")
                .body("detail", allOf(containsString("matches"), containsString("close it")));
        as(TestTokens.consultant()).get("/api/vacancies/" + vacancy).then().statusCode(200);
        // a vacancy without matches keeps its own rule
        String other = Matches.openVacancy(1);
        assertProblem(as(TestTokens.consultant()).delete("/api/vacancies/" + other).then(), 409, "conflict");
    }

    // ---- helpers ------------------------------------------------------------------------------

    static List<Map<String, Object>> events(String matchId) {
        return as(TestTokens.consultant()).get("/api/matches/" + matchId + "/events").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static int vacancyVersion(String vacancyId) {
        return as(TestTokens.consultant()).get("/api/vacancies/" + vacancyId).then().extract().path("version");
    }

    private static List<String> ids(Map<String, Object> query) {
        Map<String, Object> params = new HashMap<>(query);
        return as(TestTokens.consultant()).queryParams(params).get("/api/matches").then().statusCode(200)
                .extract().path("items.id");
    }

    private static int record(List<Response> responses, Response response) {
        synchronized (responses) {
            responses.add(response);
        }
        return response.statusCode();
    }

    /** Runs the calls at the same moment and returns their results. */
    @SafeVarargs
    static List<Integer> race(Callable<Integer>... calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

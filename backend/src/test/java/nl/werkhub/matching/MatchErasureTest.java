package nl.werkhub.matching;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.DatabaseScan;
import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** Erasing a candidate (the municipality's DELETE) takes their matches and every event of them along. */
@QuarkusTest
class MatchErasureTest {

    @Test
    void erasureDeletesTheCandidatesMatchesAndTheirEvents() {
        String client = Candidates.clientNumber("MATCH");
        Map<String, Object> profile = Candidates.profile();
        String candidate = Candidates.create("rotterdam", client, profile);
        String someoneElse = Matches.candidate();
        String vacancy = Matches.openVacancy(2);

        // notes may name the person, so they must go too
        String marker = Candidates.word("Notitie");
        String placed = as(TestTokens.consultant())
                .body(Map.of("vacancyId", vacancy, "candidateId", candidate, "note", "Gesprek met " + marker))
                .post("/api/matches").then().statusCode(201).extract().path("id");
        // made before the placement: a PLACED candidate cannot be put in another pipeline
        String other = Matches.create(Matches.openVacancy(1), candidate);
        Matches.move(other, Map.of("to", "WITHDRAWN", "note", marker + " heeft een baan")).then().statusCode(200);
        Matches.moveTo(placed, "PLACED");
        String kept = Matches.create(vacancy, someoneElse);
        assertFalse(DatabaseScan.columnsContaining(marker).isEmpty(), "the scan finds the notes while they exist");

        as(TestTokens.rotterdam()).delete(Candidates.path("rotterdam", client)).then().statusCode(204);

        assertEquals(List.of(), DatabaseScan.columnsContaining(marker));
        for (String id : List.of(placed, other)) {
            assertProblem(as(TestTokens.consultant()).get("/api/matches/" + id).then(), 404, "not-found");
            assertProblem(as(TestTokens.consultant()).get("/api/matches/" + id + "/events").then(), 404, "not-found");
        }
        as(TestTokens.consultant()).queryParam("candidateId", candidate).get("/api/matches").then().statusCode(200)
                .body("totalItems", equalTo(0));
        // other candidates' matches stay; the vacancy keeps the status the placement gave it
        as(TestTokens.consultant()).get("/api/matches/" + kept).then().statusCode(200);
        as(TestTokens.consultant()).get("/api/matches/" + kept + "/events").then().statusCode(200).body("size()", equalTo(1));
        as(TestTokens.consultant()).get("/api/vacancies/" + vacancy).then().statusCode(200).body("status", equalTo("OPEN"));
    }
}

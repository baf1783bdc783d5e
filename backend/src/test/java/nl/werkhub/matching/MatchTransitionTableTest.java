package nl.werkhub.matching;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * All 7×7 pairs of the pipeline through the API, against the table of docs/api.md written out here
 * (not read from {@link MatchStatus}, so a wrong table in the code fails this test).
 */
@QuarkusTest
class MatchTransitionTableTest {

    static final List<String> STATUSES = List.of("SUGGESTED", "PROPOSED", "INTRODUCED", "TRIAL", "PLACED", "REJECTED",
            "WITHDRAWN");

    static final Map<String, Set<String>> ALLOWED = Map.of(
            "SUGGESTED", Set.of("PROPOSED", "REJECTED", "WITHDRAWN"),
            "PROPOSED", Set.of("INTRODUCED", "REJECTED", "WITHDRAWN"),
            "INTRODUCED", Set.of("TRIAL", "PLACED", "REJECTED", "WITHDRAWN"),
            "TRIAL", Set.of("PLACED", "REJECTED", "WITHDRAWN"),
            "PLACED", Set.of(),
            "REJECTED", Set.of(),
            "WITHDRAWN", Set.of());

    @Test
    void everyAllowedPairSucceedsAndEveryOtherIsAnIllegalTransition() {
        // 9 placements at most, each of its own candidate, on one vacancy that never fills
        String vacancy = Matches.openVacancy(100);
        List<String> failures = new ArrayList<>();
        int allowed = 0;
        for (String from : STATUSES) {
            for (String to : STATUSES) {
                String match = Matches.inStatus(vacancy, from);
                Response response = Matches.move(match, to);
                if (ALLOWED.get(from).contains(to)) {
                    allowed++;
                    if (response.statusCode() != 200 || !to.equals(response.path("status"))) {
                        failures.add(from + " -> " + to + ": " + response.statusCode() + " " + response.asString());
                    }
                } else if (response.statusCode() != 409) {
                    failures.add(from + " -> " + to + ": expected 409, got " + response.statusCode());
                } else {
                    assertProblem(response.then(), 409, "illegal-transition")
                            .body("detail", allOf(containsString(from), containsString(to)));
                    // a refused move leaves the match as it was, without an event
                    int events = Matches.PATH_LENGTHS.get(from) + 1;
                    as(TestTokens.consultant()).get("/api/matches/" + match).then().statusCode(200)
                            .body("status", equalTo(from));
                    as(TestTokens.consultant()).get("/api/matches/" + match + "/events").then().statusCode(200)
                            .body("size()", equalTo(events));
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(13, allowed, "the contract allows 13 moves");
    }
}

package nl.werkhub.aftercare;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * GET /api/placements: its filters, its paging and its default order, "attention": at risk first,
 * then unreachable, then the latest start. Being at risk or unreachable comes from calls logged
 * through the follow-up call API, as a jobcoach would.
 */
@QuarkusTest
class PlacementListTest {

    @Test
    void theDefaultOrderPutsWhatNeedsAttentionFirst() {
        LocalDate today = Placements.today();
        String vacancy = Matches.openVacancy(4);
        String oldest = place(vacancy, today.minusDays(30));
        String unreachable = place(vacancy, today.minusDays(10));
        String atRisk = place(vacancy, today.minusDays(20));
        String newest = place(vacancy, today.minusDays(5));
        markAtRisk(atRisk);
        markUnreachable(unreachable);

        assertEquals(List.of(atRisk, unreachable, newest, oldest), ids(Map.of("vacancyId", vacancy)));
        assertEquals(List.of(atRisk, unreachable, newest, oldest), ids(Map.of("vacancyId", vacancy, "sort", "attention")));
        assertEquals(List.of(oldest, newest, unreachable, atRisk), ids(Map.of("vacancyId", vacancy, "sort", "attention,desc")));
        assertEquals(List.of(oldest, atRisk, unreachable, newest), ids(Map.of("vacancyId", vacancy, "sort", "startDate,asc")));
        assertEquals(List.of(atRisk), ids(Map.of("vacancyId", vacancy, "atRisk", "true")));
        assertEquals(List.of(unreachable, newest, oldest), ids(Map.of("vacancyId", vacancy, "atRisk", "false")));

        Placements.get(atRisk).then().body("atRisk", equalTo(true)).body("lastOutcome", equalTo("AT_RISK"))
                .body("unreachable", equalTo(false));
        Placements.get(unreachable).then().body("atRisk", equalTo(false)).body("unreachable", equalTo(true));

        as(TestTokens.consultant()).queryParam("vacancyId", vacancy).queryParam("size", 3).queryParam("page", 1)
                .get("/api/placements").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("totalPages", equalTo(2)).body("page", equalTo(1))
                .body("size", equalTo(3)).body("items.id", equalTo(List.of(oldest)));
    }

    @Test
    void aDoneCallAfterTheFlaggedOneEndsUnreachable() {
        String id = place(Matches.openVacancy(1), Placements.today().minusDays(3));
        markUnreachable(id);
        Placements.get(id).then().body("unreachable", equalTo(true)).body("nextCall.kind", equalTo("FIRST_WEEK"));
        Placements.log(id, "FIRST_WEEK", Map.of("result", "DONE", "outcome", "GOOD", "contactWith", "CANDIDATE"))
                .then().statusCode(200);
        Placements.get(id).then().body("unreachable", equalTo(false)).body("lastOutcome", equalTo("GOOD"));
    }

    @Test
    void filtersByStatusCandidateVacancyAndJobcoach() {
        String vacancy = Matches.openVacancy(3);
        Placements.Placed mine = Placements.place(vacancy, Matches.candidate(), Placements.contract());
        Placements.Placed jets = Placements.place(vacancy, Matches.candidate(),
                Placements.contract(Placements.today(), null, Placements.OTHER_JOBCOACH));

        assertEquals(List.of(mine.placementId()), ids(Map.of("vacancyId", vacancy, "jobcoach", Placements.JOBCOACH)));
        assertEquals(List.of(jets.placementId()), ids(Map.of("vacancyId", vacancy, "jobcoach", Placements.OTHER_JOBCOACH)));
        assertEquals(List.of(), ids(Map.of("vacancyId", vacancy, "jobcoach", "me")));
        assertEquals(List.of(jets.placementId()), ids(Map.of("candidateId", jets.candidateId())));
        assertEquals(2, ids(Map.of("vacancyId", vacancy, "status", "ACTIVE")).size());
        assertEquals(2, ids(Map.of("vacancyId", vacancy, "status", "COMPLETED,ACTIVE")).size());
        assertEquals(List.of(), ids(Map.of("vacancyId", vacancy, "status", List.of("COMPLETED", "ENDED_EARLY"))));

        for (Map.Entry<String, String> bad : Map.of("sort", "title", "vacancyId", "x", "candidateId", "x", "status", "DONE",
                "atRisk", "yes", "size", "101").entrySet()) {
            assertProblem(as(TestTokens.consultant()).queryParam(bad.getKey(), bad.getValue()).get("/api/placements").then(),
                    400, "malformed-request").body("violations[0].field", equalTo(bad.getKey()));
        }
        assertProblem(as(TestTokens.consultant()).get("/api/placements/not-a-uuid").then(), 400, "malformed-request");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static String place(String vacancy, LocalDate start) {
        return Placements.place(vacancy, Matches.candidate(), Placements.contract(start, start.plusMonths(6),
                Placements.JOBCOACH)).placementId();
    }

    private static void markAtRisk(String placementId) {
        Placements.log(placementId, "FIRST_DAY", Map.of("result", "DONE", "outcome", "AT_RISK", "contactWith", "BOTH"))
                .then().statusCode(200);
    }

    /** The first-day call is not reached at any of its attempts (three by default): flagged. */
    private static void markUnreachable(String placementId) {
        Response last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            last = Placements.log(placementId, "FIRST_DAY", Map.of("result", "NOT_REACHED"));
            last.then().statusCode(200);
        }
        last.then().body("call.flagged", equalTo(true)).body("retry", nullValue());
    }

    private static List<String> ids(Map<String, Object> query) {
        return as(TestTokens.consultant()).queryParams(new HashMap<>(query)).get("/api/placements").then().statusCode(200)
                .extract().path("items.id");
    }
}

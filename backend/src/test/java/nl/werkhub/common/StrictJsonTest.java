package nl.werkhub.common;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Api.employer;
import static nl.werkhub.testsupport.Api.marker;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Api;
import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The cases BadInputPropertyTest found, each as one example (docs/api.md "Strict JSON"). Before the
 * fix a NUL or a {@code %00} ended in a 500, a lone surrogate was stored as "?", and a duplicated
 * field, trailing JSON, a padded enum name or an empty end date were taken.
 */
@QuarkusTest
class StrictJsonTest {

    @Test
    void aNulCharacterInATextIsA400NamingTheField() {
        long before = employers();
        Map<String, Object> body = employer("Nul " + marker());
        body.put("contactPerson", "Marieke\u0000de Vries");
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("contactPerson"))
                .body("violations[0].message", equalTo("must not contain a NUL character or an unpaired surrogate (U+D800 to U+DFFF)"));
        assertEquals(before, employers());
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanStoredAsAQuestionMark() {
        long before = employers();
        String body = Api.employerJson("Surrogaat " + marker()).replace("\"Marieke de Vries\"", "\"Marieke \\ud800\"");
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("contactPerson"));
        assertEquals(before, employers());
        // a pair is a character like any other
        String pair = Api.employerJson("Surrogaat " + marker()).replace("\"Marieke de Vries\"", "\"Marieke \\ud83d\\ude00\"");
        as(TestTokens.consultant()).body(pair).post("/api/employers").then().statusCode(201)
                .body("contactPerson", equalTo("Marieke \uD83D\uDE00"));
    }

    @Test
    void aNulInAPathOrQueryValueIsA400NotADatabaseError() {
        assertProblem(as(TestTokens.admin()).urlEncodingEnabled(false).post("/api/talents/%00/retire").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("code"));
        assertProblem(as(TestTokens.rotterdam()).urlEncodingEnabled(false).delete(Candidates.path("rotterdam", "A%00B")).then(), 400,
                "malformed-request").body("violations[0].field", equalTo("clientNumber"));
        assertProblem(as(TestTokens.consultant()).urlEncodingEnabled(false).get("/api/employers?q=a%00b").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("q"));
    }

    @Test
    void aFieldSentTwiceOrJsonAfterTheObjectIsA400() {
        long before = employers();
        String body = Api.employerJson("Dubbel " + marker());
        assertProblem(as(TestTokens.consultant()).body(body.replaceFirst("\\{", "{\"sector\":\"HORECA\",")).post("/api/employers")
                .then(), 400, "malformed-request");
        assertProblem(as(TestTokens.consultant()).body(body + "{}").post("/api/employers").then(), 400, "malformed-request");
        assertEquals(before, employers());
    }

    @Test
    void anEnumNameIsTakenOnlyAsSpelled() {
        long before = employers();
        for (String padded : new String[] { " SMALL", "SMALL ", "SMALL\u0000", "\tSMALL", "small" }) {
            Map<String, Object> body = employer("Enum " + marker());
            body.put("sizeClass", padded);
            assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 400, "malformed-request")
                    .body("violations[0].field", equalTo("sizeClass"))
                    .body("violations[0].message", equalTo("must be one of MICRO, SMALL, MEDIUM"));
        }
        assertEquals(before, employers());
    }

    @Test
    void anEmptyDateIsNoDateAndDoesNotMakeAContractPermanent() {
        Placements.Placed placed = Placements.placeNew();
        Map<String, Object> contract = Placements.contract();
        contract.put("endDate", "");
        assertProblem(as(TestTokens.consultant()).header("If-Match", Placements.etag(placed.placementId())).body(contract)
                .put("/api/placements/" + placed.placementId()).then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("endDate"));
        Placements.get(placed.placementId()).then().body("endDate", equalTo(Placements.today().plusMonths(6).toString()));
    }

    private static long employers() {
        return as(TestTokens.consultant()).get("/api/employers?size=1").then().statusCode(200).extract().jsonPath()
                .getLong("totalItems");
    }
}

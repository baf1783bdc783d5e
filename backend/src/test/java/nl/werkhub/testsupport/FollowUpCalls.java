package nl.werkhub.testsupport;

import static nl.werkhub.testsupport.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/** Follow-up calls (issue 5) through the public API: reading a placement's calls and logging them. */
public final class FollowUpCalls {

    private FollowUpCalls() {
    }

    /** The placement's calls as the consultant reads them (the timeline), by due date. */
    public static List<Map<String, Object>> timeline(String placementId) {
        return as(TestTokens.consultant()).get("/api/placements/" + placementId + "/follow-up-calls")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The id of the placement's call of this kind and attempt (fails when there is none). */
    public static String id(String placementId, String kind, int attempt) {
        return timeline(placementId).stream()
                .filter(c -> kind.equals(c.get("kind")) && Integer.valueOf(attempt).equals(c.get("attempt")))
                .map(c -> (String) c.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " attempt " + attempt + " in " + timeline(placementId)));
    }

    /** The id of the placement's first attempt of this kind. */
    public static String id(String placementId, String kind) {
        return id(placementId, kind, 1);
    }

    /** A body for a call that was made. */
    public static Map<String, Object> done(String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("result", "DONE");
        body.put("outcome", outcome);
        body.put("contactWith", "CANDIDATE");
        return body;
    }

    /** A body for a call nobody answered. */
    public static Map<String, Object> notReached() {
        Map<String, Object> body = new HashMap<>();
        body.put("result", "NOT_REACHED");
        return body;
    }

    /** {@code POST /api/follow-up-calls/{id}/log}; the response as it is. */
    public static Response log(String token, String callId, Map<String, Object> body) {
        return as(token).body(body).post("/api/follow-up-calls/" + callId + "/log");
    }

    /** Logs the call as the consultant (expects 200); returns the response. */
    public static Response log(String callId, Map<String, Object> body) {
        Response response = log(TestTokens.consultant(), callId, body);
        if (response.statusCode() != 200) {
            throw new AssertionError("log answered " + response.statusCode() + ": " + response.asString());
        }
        return response;
    }
}

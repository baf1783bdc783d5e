package nl.werkhub.testsupport;

import static nl.werkhub.testsupport.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/** Test data and requests for the match pipeline (issue 4), all through the public API. */
public final class Matches {

    /** From SUGGESTED to each status along the contract's table (the shortest way). */
    private static final Map<String, List<String>> PATHS = Map.of(
            "SUGGESTED", List.of(),
            "PROPOSED", List.of("PROPOSED"),
            "INTRODUCED", List.of("PROPOSED", "INTRODUCED"),
            "TRIAL", List.of("PROPOSED", "INTRODUCED", "TRIAL"),
            "PLACED", List.of("PROPOSED", "INTRODUCED", "PLACED"),
            "REJECTED", List.of("REJECTED"),
            "WITHDRAWN", List.of("WITHDRAWN"));

    /** How many moves {@link #moveTo} makes to reach each status. */
    public static final Map<String, Integer> PATH_LENGTHS = Map.of("SUGGESTED", 0, "PROPOSED", 1, "INTRODUCED", 2,
            "TRIAL", 3, "PLACED", 3, "REJECTED", 1, "WITHDRAWN", 1);

    private Matches() {
    }

    /** A new employer with an OPEN vacancy of {@code positions} positions; returns the vacancy id. */
    public static String openVacancy(int positions) {
        Map<String, Object> body = Api.vacancy(Api.createEmployer(), "Magazijnmedewerker " + Api.marker());
        body.put("positions", positions);
        String id = as(TestTokens.consultant()).body(body).post("/api/vacancies")
                .then().statusCode(201).extract().path("id");
        setVacancyStatus(id, "OPEN");
        return id;
    }

    public static void setVacancyStatus(String vacancyId, String status) {
        as(TestTokens.consultant()).body(Map.of("status", status)).post("/api/vacancies/" + vacancyId + "/status")
                .then().statusCode(200);
    }

    /** An ACTIVE, consenting profile of Rotterdam; returns the candidate id. */
    public static String candidate() {
        return candidate("rotterdam", null);
    }

    /** An ACTIVE, consenting profile of {@code municipality}, assigned to {@code jobcoach} (may be null). */
    public static String candidate(String municipality, String jobcoach) {
        Map<String, Object> profile = Candidates.profile();
        profile.put("lastName", Candidates.word("Match"));
        if (jobcoach != null) {
            profile.put("jobcoach", jobcoach);
        }
        return Candidates.create(municipality, Candidates.clientNumber("MATCH"), profile);
    }

    public static Response create(String token, String vacancyId, String candidateId) {
        return as(token).body(Map.of("vacancyId", vacancyId, "candidateId", candidateId)).post("/api/matches");
    }

    /** A new SUGGESTED match made by the consultant; returns its id. */
    public static String create(String vacancyId, String candidateId) {
        return create(TestTokens.consultant(), vacancyId, candidateId).then().statusCode(201).extract().path("id");
    }

    /** The current ETag of a match, as the consultant reads it. */
    public static String etag(String matchId) {
        return as(TestTokens.consultant()).get("/api/matches/" + matchId).then().statusCode(200).extract().header("ETag");
    }

    /**
     * A body that the contract accepts for a move to {@code to}: a reason to reject, a contract to place
     * ({@link Placements#contract()}: starting today, with jobcoach {@link Placements#JOBCOACH}).
     */
    public static Map<String, Object> bodyFor(String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (to.equals("REJECTED")) {
            body.put("reason", "EMPLOYER_DECLINED");
        }
        if (to.equals("PLACED")) {
            body.put("placement", Placements.contract());
        }
        return body;
    }

    /** One move with the current ETag, as the consultant. */
    public static Response move(String matchId, Map<String, Object> body) {
        return as(TestTokens.consultant()).header("If-Match", etag(matchId)).body(body)
                .post("/api/matches/" + matchId + "/transitions");
    }

    public static Response move(String matchId, String to) {
        return move(matchId, bodyFor(to));
    }

    /** Walks a SUGGESTED match to {@code status} along the contract's table. */
    public static void moveTo(String matchId, String status) {
        for (String step : PATHS.get(status)) {
            Response response = move(matchId, step);
            if (response.statusCode() != 200) {
                throw new AssertionError("move to " + step + " answered " + response.statusCode() + ": " + response.asString());
            }
        }
    }

    /** A new match in {@code status} for a new candidate on the given vacancy; returns its id. */
    public static String inStatus(String vacancyId, String status) {
        String id = create(vacancyId, candidate());
        moveTo(id, status);
        return id;
    }
}

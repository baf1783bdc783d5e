package nl.werkhub.testsupport;

import static nl.werkhub.testsupport.Api.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.restassured.response.Response;

/** Test data and requests for candidate profiles (issue 3). */
public final class Candidates {

    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40));

    private Candidates() {
    }

    /** A client number not used before in this run. */
    public static String clientNumber(String prefix) {
        return prefix + "-" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase();
    }

    /**
     * A word of letters only, different on every call: for names and full-text markers (the Dutch
     * stemmer treats it the same way in the profile and in the query).
     */
    public static String word(String prefix) {
        long n = SEQUENCE.incrementAndGet() * 7919 + ThreadLocalRandom.current().nextInt(1000);
        StringBuilder sb = new StringBuilder();
        while (n > 0) {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        }
        return prefix + sb;
    }

    /** A valid CandidateProfileRequest (docs/api.md); change entries to taste. */
    public static Map<String, Object> profile() {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Sanne");
        body.put("lastName", "Verbeek");
        body.put("email", "sanne.verbeek@example.nl");
        body.put("phone", "06 12345678");
        body.put("gender", "FEMALE");
        body.put("birthDate", "1990-05-03");
        body.put("postcode", "3072 AP");
        body.put("latitude", 51.9);
        body.put("longitude", 4.5);
        body.put("targetGroups", List.of("PRAKTIJKROUTE"));
        body.put("talents", new ArrayList<>());
        body.put("interests", "Werken met mijn handen, buiten zijn.");
        body.put("motivation", "Ik wil graag weer aan het werk in een klein team.");
        body.put("preferredSectors", List.of("LOGISTICS"));
        body.put("preferredOccupations", List.of("Magazijnmedewerker"));
        body.put("hoursPerWeekMin", 24);
        body.put("hoursPerWeekMax", 32);
        body.put("availableFrom", "2026-01-01");
        body.put("maxTravelDistanceKm", 15);
        body.put("drivingLicence", false);
        body.put("dutchLevel", "B1");
        body.put("consent", true);
        body.put("status", "ACTIVE");
        return body;
    }

    public static Map<String, Object> talent(String code, int level) {
        return Map.of("code", code, "level", level);
    }

    public static String path(String municipality, String clientNumber) {
        return "/api/municipalities/" + municipality + "/candidates/" + clientNumber;
    }

    public static Response put(String token, String municipality, String clientNumber, Map<String, Object> profile) {
        return as(token).body(profile).put(path(municipality, clientNumber));
    }

    /** PUTs as the municipality itself and returns the candidate id (expects 200 or 201). */
    public static String create(String municipality, String clientNumber, Map<String, Object> profile) {
        Response response = put(TestTokens.municipality(municipality), municipality, clientNumber, profile);
        int status = response.statusCode();
        if (status != 200 && status != 201) {
            throw new AssertionError("PUT " + clientNumber + " answered " + status + ": " + response.asString());
        }
        return response.path("id");
    }

    /**
     * Adds a talent of its own to the taxonomy (through the admin API), so a test can filter on
     * talents nobody else uses; {@code retired} retires it right away.
     */
    public static String newTalent(String prefix, String category, boolean retired) {
        String code = prefix + "-" + word("t");
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("labelNl", "Test " + code);
        body.put("labelEn", "Test " + code);
        body.put("category", category);
        as(TestTokens.admin()).body(body).post("/api/talents").then().statusCode(201);
        if (retired) {
            retireTalent(code);
        }
        return code;
    }

    public static void retireTalent(String code) {
        as(TestTokens.admin()).post("/api/talents/" + code + "/retire").then().statusCode(200);
    }

    static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}

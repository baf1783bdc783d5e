package nl.werkhub.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The benchmark's own employer and OPEN vacancies, created once through the API and found again by
 * title on later runs, so every run times the same vacancy whatever the demo data looks like.
 */
final class BenchVacancies {

    /** A vacancy to time: its title and talents ({@code code}, {@code requirement}, {@code minLevel}). */
    record Spec(String title, List<Map<String, Object>> talents) {
    }

    /**
     * What a small logistics employer typically asks: two must-haves (a certificate and a skill that a
     * few percent of the job seekers have) and three common work attitudes as nice-to-haves.
     */
    static final Spec TYPICAL = new Spec("Orderpicker met heftruckcertificaat (benchmark)", List.of(
            talent("heftruckcertificaat", "MUST_HAVE", 2), talent("orderpicken", "MUST_HAVE", 2),
            talent("punctueel", "NICE_TO_HAVE", 1), talent("samenwerken", "NICE_TO_HAVE", 1),
            talent("veilig-werken", "NICE_TO_HAVE", 1)));

    /**
     * The worst case the narrowing allows: the one must-have is the most common work attitude, so
     * most active profiles are eligible and must be scored.
     */
    static final Spec BROAD = new Spec("Medewerker algemeen, breed profiel (benchmark)", List.of(
            talent("betrouwbaar", "MUST_HAVE", 1), talent("samenwerken", "NICE_TO_HAVE", 1),
            talent("punctueel", "NICE_TO_HAVE", 1)));

    static final String EMPLOYER_KVK = "99000427";

    private final Api api;
    private final Tokens tokens;

    BenchVacancies(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** The id of the OPEN vacancy with the spec's title, created (and opened) when missing. */
    String ensure(Spec spec) {
        String token = tokens.consultant();
        String employerId = ensureEmployer(token);
        JsonNode page = api.getOk("/api/vacancies?status=OPEN&size=100&employerId=" + employerId + "&q="
                + URLEncoder.encode(spec.title(), StandardCharsets.UTF_8), token);
        for (JsonNode v : page.path("items")) {
            if (v.path("title").asText().equals(spec.title())) {
                return v.path("id").asText();
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employerId", employerId);
        body.put("title", spec.title());
        body.put("description", "Vacature van de benchmark (make bench): orders verzamelen en laden in een magazijn"
                + " in de Waalhaven. Wordt bij elke run opnieuw gebruikt.");
        body.put("sector", "LOGISTICS");
        body.put("postcode", "3089 JH");
        body.put("latitude", 51.887);
        body.put("longitude", 4.441);
        body.put("hoursPerWeekMin", 24);
        body.put("hoursPerWeekMax", 40);
        body.put("contractType", "TEMPORARY");
        body.put("positions", 5);
        body.put("dutchLevel", "A2");
        body.put("drivingLicenceRequired", false);
        body.put("talents", spec.talents());
        Api.Reply created = api.post("/api/vacancies", token, body);
        if (created.status() == 400 && created.raw().contains("talents")) {
            throw new BenchException("this backend does not accept vacancy talents yet (issue 4 step 1): "
                    + Api.abbreviate(created.raw()));
        }
        String id = Api.ok("POST /api/vacancies", created).path("id").asText();
        api.postOk("/api/vacancies/" + id + "/status", token, Map.of("status", "OPEN"));
        System.out.printf("[bench] created the OPEN vacancy \"%s\" (%s)%n", spec.title(), id);
        return id;
    }

    private String ensureEmployer(String token) {
        JsonNode page = api.getOk("/api/employers?q=" + EMPLOYER_KVK, token);
        for (JsonNode e : page.path("items")) {
            if (EMPLOYER_KVK.equals(e.path("kvkNumber").asText())) {
                return e.path("id").asText();
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Benchmark Logistiek Waalhaven");
        body.put("kvkNumber", EMPLOYER_KVK);
        body.put("sector", "LOGISTICS");
        body.put("sizeClass", "SMALL");
        body.put("contactPerson", "Bench Mark");
        body.put("postcode", "3089 JH");
        body.put("municipalityCode", "rotterdam");
        return api.postOk("/api/employers", token, body).path("id").asText();
    }

    private static Map<String, Object> talent(String code, String requirement, int minLevel) {
        return Map.of("code", code, "requirement", requirement, "minLevel", minLevel);
    }
}

package nl.werkhub.security;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import nl.werkhub.testsupport.Api;
import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.FollowUpCalls;
import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The authorization matrix: every operation of the committed {@code openapi.yaml}, called by every
 * kind of caller with a well-formed request, must answer what {@link #MATRIX} declares — the
 * systematic net under the per-feature role tests. An operation without a row fails the test, and so
 * does a row for an operation that no longer exists, so a new endpoint cannot ship without someone
 * deciding who may call it (docs/reliability.md, "Authorization matrix").
 * <p>
 * The rules follow the code's {@code @RolesAllowed} and were checked against DESIGN.md's visibility
 * table; where an object belongs to someone else the expected answer is the 404 an unknown id gets,
 * never a 403 that would confirm it exists (DESIGN.md: Rotterdam gets 404 for a Capelle candidate).
 * The objects are Rotterdam's, so Capelle is the party who may use the operation but not on them.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** The callers, in the order of the expectation columns. */
    enum Caller {
        ANONYMOUS("anonymous", null),
        CONSULTANT("consultant", TestTokens.consultant()),
        JOBCOACH("jobcoach", TestTokens.jobcoach()),
        ADMIN("admin", TestTokens.admin()),
        ROTTERDAM("gemeente-rotterdam", TestTokens.rotterdam()),
        CAPELLE("gemeente-capelle", TestTokens.capelle()),
        STAFF("municipal staff (rotterdam)", TestTokens.municipalStaff("rotterdam"));

        final String label;
        final String token;

        Caller(String label, String token) {
            this.label = label;
            this.token = token;
        }
    }

    /**
     * THE TABLE. One row per operationId; the seven answers are for anonymous, consultant, jobcoach,
     * admin, gemeente-rotterdam, gemeente-capelle, municipal staff of Rotterdam. {@code 2xx}: allowed
     * and done; {@code 401}: no token; {@code 403}: the role may not; {@code 404}: the role may, but
     * the object is another municipality's and is answered as unknown. The request of each row is
     * well-formed for an allowed caller (fresh objects where the operation consumes one), so only the
     * caller decides the answer.
     */
    private List<Row> matrix(Fixtures f) {
        List<Row> rows = new ArrayList<>();
        // ---- audit log: admins all, a municipality its own candidates' events (DESIGN.md "Admins ... read the audit log")
        rows.add(row("listAuditEvents", "401 403 403 2xx 2xx 2xx 2xx", x -> x.send(x.spec())));
        // ---- calendar link: the jobcoach's own, nobody else has one
        rows.add(row("revokeCalendarFeed", "401 403 2xx 403 403 403 403", x -> x.send(x.spec())));
        rows.add(row("getCalendarFeed", "401 403 2xx 403 403 403 403", x -> {
            as(TestTokens.jobcoach()).post("/api/calendar-feed").then().statusCode(201);
            return x.send(x.spec());
        }));
        rows.add(row("createCalendarFeed", "401 403 2xx 403 403 403 403", x -> x.send(x.spec())));
        // the feed itself is open: the secret in its path is the credential, a bearer token is ignored
        rows.add(row("getCalendar", "2xx 2xx 2xx 2xx 2xx 2xx 2xx", x -> x.send(x.spec(), "token", f.calendarToken)));
        // ---- profiles for consultants (consenting) and jobcoaches (assigned); municipalities use their own routes
        rows.add(row("searchCandidates", "401 2xx 2xx 403 403 403 403", x -> x.send(x.spec())));
        rows.add(row("getCandidate", "401 2xx 2xx 403 403 403 403", x -> x.send(x.spec(), "id", f.candidate)));
        rows.add(row("suggestVacancies", "401 2xx 403 403 403 403 403", x -> x.send(x.spec(), "id", f.candidate)));
        // ---- employers: consultants and admins write, jobcoaches read, municipalities nothing
        rows.add(row("listEmployers", "401 2xx 2xx 2xx 403 403 403", x -> x.send(x.spec())));
        rows.add(row("createEmployer", "401 2xx 403 2xx 403 403 403",
                x -> x.send(x.spec().body(Api.employer("Matrix BV " + Api.marker())))));
        rows.add(row("getEmployer", "401 2xx 2xx 2xx 403 403 403", x -> x.send(x.spec(), "id", f.employer)));
        rows.add(row("updateEmployer", "401 2xx 403 2xx 403 403 403", x -> x.send(x.spec()
                .header("If-Match", etag("/api/employers/" + f.employer)).body(f.employerBody), "id", f.employer)));
        rows.add(row("deleteEmployer", "401 2xx 403 2xx 403 403 403",
                x -> x.send(x.spec(), "id", x.allowed() ? Api.createEmployer() : f.archivable)));
        rows.add(row("archiveEmployer", "401 2xx 403 2xx 403 403 403", x -> x.send(x.spec(), "id", f.archivable)));
        rows.add(row("reactivateEmployer", "401 2xx 403 2xx 403 403 403", x -> x.send(x.spec(), "id", f.archivable)));
        // ---- vacancies: as employers
        rows.add(row("listVacancies", "401 2xx 2xx 2xx 403 403 403", x -> x.send(x.spec())));
        rows.add(row("createVacancy", "401 2xx 403 2xx 403 403 403",
                x -> x.send(x.spec().body(Api.vacancy(f.employer, "Matrix " + Api.marker())))));
        rows.add(row("getVacancy", "401 2xx 2xx 2xx 403 403 403", x -> x.send(x.spec(), "id", f.vacancy)));
        rows.add(row("updateVacancy", "401 2xx 403 2xx 403 403 403", x -> x.send(x.spec()
                .header("If-Match", etag("/api/vacancies/" + f.vacancy)).body(f.vacancyBody), "id", f.vacancy)));
        rows.add(row("deleteVacancy", "401 2xx 403 2xx 403 403 403",
                x -> x.send(x.spec(), "id", x.allowed() ? Api.createVacancy(f.employer, "Matrix " + Api.marker()) : f.draft)));
        rows.add(row("changeVacancyStatus", "401 2xx 403 2xx 403 403 403", x -> x.send(x.spec().body(Map.of("status", "OPEN")),
                "id", x.allowed() ? Api.createVacancy(f.employer, "Matrix " + Api.marker()) : f.draft)));
        rows.add(row("suggestCandidates", "401 2xx 403 403 403 403 403", x -> x.send(x.spec(), "id", f.vacancy)));
        // ---- reference data
        rows.add(row("listMunicipalities", "401 2xx 2xx 2xx 2xx 2xx 2xx", x -> x.send(x.spec())));
        rows.add(row("listJobcoaches", "401 2xx 403 2xx 403 403 403", x -> x.send(x.spec())));
        rows.add(row("listTalents", "401 2xx 2xx 2xx 2xx 2xx 2xx", x -> x.send(x.spec())));
        rows.add(row("getTalent", "401 2xx 2xx 2xx 2xx 2xx 2xx", x -> x.send(x.spec(), "code", f.talent)));
        rows.add(row("createTalent", "401 403 403 2xx 403 403 403", x -> x.send(x.spec().body(talent("matrix-" + Candidates.word("t"))))));
        rows.add(row("updateTalent", "401 403 403 2xx 403 403 403", x -> x.send(x.spec()
                .header("If-Match", etag("/api/talents/" + f.talent)).body(talentUpdate(f.talent)), "code", f.talent)));
        rows.add(row("retireTalent", "401 403 403 2xx 403 403 403", x -> x.send(x.spec(), "code", f.talent)));
        rows.add(row("reinstateTalent", "401 403 403 2xx 403 403 403", x -> x.send(x.spec(), "code", f.talent)));
        // ---- municipal intake: the municipality's own code only; another municipality's is 404 (DESIGN.md)
        rows.add(row("listMunicipalCandidates", "401 403 403 403 2xx 404 2xx",
                x -> x.send(x.spec(), "code", "rotterdam")));
        rows.add(row("getMunicipalCandidate", "401 403 403 403 2xx 404 2xx",
                x -> x.send(x.spec(), "code", "rotterdam", "clientNumber", f.clientNumber)));
        rows.add(row("putMunicipalCandidate", "401 403 403 403 2xx 404 2xx", x -> x.send(x.spec().body(Candidates.profile()),
                "code", "rotterdam", "clientNumber", Candidates.clientNumber("MTX"))));
        rows.add(row("eraseMunicipalCandidate", "401 403 403 403 2xx 404 2xx", x -> {
            String number = f.clientNumber;
            if (x.allowed()) {
                number = Candidates.clientNumber("MTX");
                Candidates.create("rotterdam", number, Candidates.profile());
            }
            return x.send(x.spec(), "code", "rotterdam", "clientNumber", number);
        }));
        rows.add(row("bulkIntakeMunicipalCandidates", "401 403 403 403 2xx 404 2xx", x -> x.send(x.spec()
                .body(Map.of("items", List.of(Map.of("clientNumber", Candidates.clientNumber("MTX"), "profile", Candidates.profile())))),
                "code", "rotterdam")));
        // ---- matches: consultants write; consultants, the assigned jobcoach and the municipality read
        rows.add(row("listMatches", "401 2xx 2xx 403 2xx 2xx 2xx", x -> x.send(x.spec())));
        rows.add(row("createMatch", "401 2xx 403 403 403 403 403", x -> x.send(x.spec()
                .body(Map.of("vacancyId", f.vacancy, "candidateId", Matches.candidate("rotterdam", Placements.JOBCOACH))))));
        rows.add(row("getMatch", "401 2xx 2xx 403 2xx 404 2xx", x -> x.send(x.spec(), "id", f.match)));
        rows.add(row("listMatchEvents", "401 2xx 2xx 403 2xx 404 2xx", x -> x.send(x.spec(), "id", f.match)));
        rows.add(row("transitionMatch", "401 2xx 403 403 403 403 403", x -> {
            String match = x.allowed() ? Matches.create(f.vacancy, Matches.candidate("rotterdam", Placements.JOBCOACH)) : f.match;
            return x.send(x.spec().header("If-Match", Matches.etag(match)).body(Map.of("to", "PROPOSED")), "id", match);
        }));
        // ---- placements and calls: consultants write, the placement's jobcoach reads and logs, the municipality reads
        rows.add(row("listPlacements", "401 2xx 2xx 403 2xx 2xx 2xx", x -> x.send(x.spec())));
        rows.add(row("getPlacement", "401 2xx 2xx 403 2xx 404 2xx", x -> x.send(x.spec(), "id", f.placement)));
        rows.add(row("updatePlacement", "401 2xx 403 403 403 403 403", x -> x.send(x.spec()
                .header("If-Match", etagAsConsultant("/api/placements/" + f.placement)).body(f.contract), "id", f.placement)));
        rows.add(row("endPlacement", "401 2xx 403 403 403 403 403", x -> x.send(x.spec()
                .body(Map.of("status", "COMPLETED", "endedOn", Placements.today().toString())),
                "id", x.allowed() ? Placements.placeNew().placementId() : f.placement)));
        rows.add(row("listPlacementFollowUpCalls", "401 2xx 2xx 403 2xx 404 2xx", x -> x.send(x.spec(), "id", f.placement)));
        rows.add(row("planAdHocFollowUpCall", "401 2xx 2xx 403 403 403 403", x -> x.send(x.spec()
                .body(Map.of("dueDate", Placements.today().toString())), "id", f.placement)));
        rows.add(row("listFollowUpCalls", "401 2xx 2xx 403 2xx 2xx 2xx", x -> x.send(x.spec())));
        rows.add(row("getFollowUpCall", "401 2xx 2xx 403 2xx 404 2xx", x -> x.send(x.spec(), "id", f.call)));
        rows.add(row("logFollowUpCall", "401 2xx 2xx 403 403 403 403", x -> {
            String call = !x.allowed() ? f.call : as(TestTokens.consultant()).body(Map.of("dueDate", Placements.today().toString()))
                    .post("/api/placements/" + f.placement + "/follow-up-calls").then().statusCode(201).extract().path("id");
            return x.send(x.spec().body(FollowUpCalls.done("GOOD")), "id", call);
        }));
        // ---- dashboard: the programme's figures, not a jobcoach's work
        rows.add(row("getStats", "401 2xx 403 2xx 2xx 2xx 2xx", x -> x.send(x.spec())));
        return rows;
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void everyOperationInTheContractHasExactlyOneRuleAndEveryRuleAnOperation() throws IOException {
        List<String> problems = coverageProblems(operations(), matrix(null));
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    /** What is wrong between the contract and the table, one line per kind of problem; empty when nothing. */
    private static List<String> coverageProblems(Map<String, Operation> operations, List<Row> rows) {
        Set<String> declared = new LinkedHashSet<>();
        List<String> twice = new ArrayList<>();
        for (Row r : rows) {
            if (!declared.add(r.operationId)) {
                twice.add(r.operationId);
            }
        }
        List<String> unguarded = operations.keySet().stream().filter(id -> !declared.contains(id))
                .map(id -> id + " (" + operations.get(id) + ")").toList();
        List<String> stale = declared.stream().filter(id -> !operations.containsKey(id)).toList();
        List<String> problems = new ArrayList<>();
        if (!unguarded.isEmpty()) {
            problems.add("operations in openapi.yaml without a rule in AuthorizationMatrixTest.matrix(), declare who may"
                    + " call them: " + unguarded);
        }
        if (!stale.isEmpty()) {
            problems.add("rules in AuthorizationMatrixTest.matrix() for operations that openapi.yaml no longer has: " + stale);
        }
        if (!twice.isEmpty()) {
            problems.add("operations with more than one rule: " + twice);
        }
        return problems;
    }

    @Test
    void everyCallerGetsTheDeclaredAnswerOnEveryOperation() throws IOException {
        long started = System.nanoTime();
        Map<String, Operation> operations = operations();
        Fixtures fixtures = Fixtures.create();
        double fixtureSeconds = (System.nanoTime() - started) / 1e9;
        List<String> failures = new ArrayList<>();
        Map<String, Integer> byExpectation = new TreeMap<>();
        StringBuilder table = new StringBuilder();
        int cells = 0;
        for (Row row : matrix(fixtures)) {
            Operation op = operations.get(row.operationId);
            if (op == null) {
                continue; // reported by the other test
            }
            StringBuilder line = new StringBuilder(String.format("%-30s %-6s %-52s", row.operationId, op.method, op.path));
            long rowStarted = System.nanoTime();
            for (Caller caller : Caller.values()) {
                String expected = row.expected.get(caller);
                Response response = row.request.apply(new Cell(op, caller, expected));
                int status = response.statusCode();
                cells++;
                byExpectation.merge(expected, 1, Integer::sum);
                line.append(String.format(" %4d", status));
                String problem = check(expected, response);
                if (problem != null) {
                    failures.add(row.operationId + " (" + op + ") as " + caller.label + ": " + problem);
                }
            }
            table.append(line).append(String.format(" %6d ms", (System.nanoTime() - rowStarted) / 1_000_000)).append('\n');
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Authorization matrix (%s)%n%-30s %-6s %-52s %s%n%s", "answers per caller",
                "operation", "method", "path", "anon cons  job adm  rot  cap staff", table);
        System.out.printf("Authorization matrix: %d operations x %d callers = %d cells checked (%s) in %.1f s"
                + " (fixtures %.1f s)%n", operations.size(), Caller.values().length, cells, byExpectation, seconds, fixtureSeconds);
        List<String> problems = new ArrayList<>(coverageProblems(operations, matrix(fixtures)));
        if (!failures.isEmpty()) {
            problems.add(failures.size() + " cells answered otherwise than the matrix declares:\n  " + String.join("\n  ", failures));
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        assertEquals(operations.size() * Caller.values().length, cells, "every operation was walked by every caller");
    }

    /** Null when the response is what the cell expects, otherwise what is wrong. */
    private static String check(String expected, Response response) {
        int status = response.statusCode();
        String body = response.asString();
        String shortBody = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        switch (expected) {
            case "2xx" -> {
                return status >= 200 && status < 300 ? null : "expected 2xx, got " + status + " " + shortBody;
            }
            case "401", "403", "404" -> {
                int want = Integer.parseInt(expected);
                if (status != want) {
                    return "expected " + want + ", got " + status + " " + shortBody;
                }
                String slug = switch (want) {
                    case 401 -> "unauthorized";
                    case 403 -> "forbidden";
                    default -> "not-found";
                };
                String type = response.contentType();
                if (type == null || !type.startsWith("application/problem+json")
                        || !("https://werkhub.nl/problems/" + slug).equals(response.path("type"))) {
                    return "expected a problem " + slug + ", got " + type + " " + shortBody;
                }
                return null;
            }
            default -> throw new IllegalArgumentException("unknown expectation " + expected);
        }
    }

    // ---- the contract -------------------------------------------------------------------------

    record Operation(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every operation of the committed contract by operationId (the file the SPA's client is built from). */
    static Map<String, Operation> operations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile()).path("paths");
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext();) {
                Map.Entry<String, JsonNode> method = m.next();
                if (!Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(method.getKey())) {
                    continue;
                }
                String id = method.getValue().path("operationId").asText(null);
                Operation op = new Operation(method.getKey().toUpperCase(), path.getKey());
                // an operation without an id cannot have a rule: name it by method and path so it still fails
                Operation previous = operations.put(id != null ? id : op.toString(), op);
                assertTrue(previous == null, "operationId " + id + " used twice");
            }
        }
        return operations;
    }

    // ---- rows and cells -----------------------------------------------------------------------

    record Row(String operationId, Map<Caller, String> expected, Function<Cell, Response> request) {
    }

    private static Row row(String operationId, String answers, Function<Cell, Response> request) {
        String[] parts = answers.trim().split("\\s+");
        Caller[] callers = Caller.values();
        if (parts.length != callers.length) {
            throw new IllegalArgumentException(operationId + ": " + callers.length + " answers needed, got " + answers);
        }
        Map<Caller, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            expected.put(callers[i], parts[i]);
        }
        return new Row(operationId, expected, request);
    }

    /** One request: an operation of the contract sent by one caller. */
    static final class Cell {
        final Operation op;
        final Caller caller;
        final String expected;

        Cell(Operation op, Caller caller, String expected) {
            this.op = op;
            this.caller = caller;
            this.expected = expected;
        }

        /**
         * Whether the caller is expected to succeed: only then does a row that consumes an object make a
         * fresh one. A refused caller aims at the shared one, so a refusal that is not one also spoils
         * the rows after it.
         */
        boolean allowed() {
            return expected.equals("2xx");
        }

        /** A request with the caller's token (none for anonymous). */
        RequestSpecification spec() {
            RequestSpecification spec = given().contentType(ContentType.JSON);
            return caller.token == null ? spec : spec.auth().oauth2(caller.token);
        }

        /** Sends the operation's method to its path with these path parameters (name, value, ...). */
        Response send(RequestSpecification spec, String... parameters) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < parameters.length; i += 2) {
                values.put(parameters[i], parameters[i + 1]);
            }
            String path = op.path;
            for (Map.Entry<String, String> v : values.entrySet()) {
                path = path.replace("{" + v.getKey() + "}", v.getValue());
            }
            if (path.contains("{")) {
                throw new IllegalStateException(op + ": path parameter missing in the matrix row");
            }
            return spec.request(op.method, path);
        }
    }

    // ---- fixtures -----------------------------------------------------------------------------

    /**
     * The objects the rows address, all Rotterdam's and made through the API: a consenting candidate
     * assigned to the matrix's jobcoach with a match, a placement of another such candidate (jobcoach
     * the matrix's jobcoach) with its calls, an employer and an open vacancy, a talent of its own, and a
     * calendar link of another jobcoach (the matrix's own jobcoach makes and revokes hers).
     */
    static final class Fixtures {
        String employer;
        Map<String, Object> employerBody;
        String archivable;
        String draft;
        String vacancy;
        Map<String, Object> vacancyBody;
        String candidate;
        String clientNumber;
        String match;
        String placement;
        Map<String, Object> contract;
        String call;
        String talent;
        String calendarToken;

        static Fixtures create() {
            Fixtures f = new Fixtures();
            f.employerBody = Api.employer("Matrix werkgever " + Api.marker());
            f.employer = Api.createEmployer(f.employerBody);
            f.archivable = Api.createEmployer();
            f.draft = Api.createVacancy(f.employer, "Matrix concept " + Api.marker());
            f.vacancyBody = Api.vacancy(f.employer, "Matrix vacature " + Api.marker());
            f.vacancyBody.put("positions", 100);
            f.vacancy = as(TestTokens.consultant()).body(f.vacancyBody).post("/api/vacancies")
                    .then().statusCode(201).extract().path("id");
            Matches.setVacancyStatus(f.vacancy, "OPEN");
            f.clientNumber = Candidates.clientNumber("MTX");
            Map<String, Object> profile = Candidates.profile();
            profile.put("jobcoach", Placements.JOBCOACH);
            f.candidate = Candidates.create("rotterdam", f.clientNumber, profile);
            f.match = Matches.create(f.vacancy, f.candidate);
            f.contract = Placements.contract();
            f.placement = Placements.place(f.vacancy, Matches.candidate("rotterdam", Placements.JOBCOACH), f.contract)
                    .placementId();
            f.call = FollowUpCalls.id(f.placement, "FIRST_WEEK");
            f.talent = "matrix-" + Candidates.word("t");
            as(TestTokens.admin()).body(talent(f.talent)).post("/api/talents").then().statusCode(201);
            String url = as(TestTokens.jobcoach(Placements.OTHER_JOBCOACH)).post("/api/calendar-feed")
                    .then().statusCode(201).extract().path("url");
            f.calendarToken = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
            return f;
        }
    }

    private static Map<String, Object> talent(String code) {
        Map<String, Object> body = new HashMap<>(talentUpdate(code));
        body.put("code", code);
        return body;
    }

    private static Map<String, Object> talentUpdate(String code) {
        return Map.of("labelNl", "Matrix " + code, "labelEn", "Matrix " + code, "category", "WORK_ATTITUDE");
    }

    /** The current ETag, read by someone who may read everything there (admin: employers, vacancies, talents). */
    private static String etag(String path) {
        return as(TestTokens.admin()).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String etagAsConsultant(String path) {
        return as(TestTokens.consultant()).get(path).then().statusCode(200).extract().header("ETag");
    }
}

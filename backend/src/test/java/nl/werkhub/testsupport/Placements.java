package nl.werkhub.testsupport;

import static nl.werkhub.testsupport.Api.as;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/**
 * Placements (issue 5) through the public API: a placement is made by moving a match to PLACED with
 * a contract ({@code placement} in the move's body, docs/api.md "Placement").
 *
 * <pre>
 * Placements.Placed p = Placements.placeNew();                       // today, 6 months, jos.jobcoach
 * Placements.Placed q = Placements.placeNew(Placements.contract(LocalDate.of(2026, 4, 24), null, "jet.jobcoach"));
 * as(TestTokens.jobcoach()).get("/api/placements/" + p.placementId())...
 * </pre>
 */
public final class Placements {

    /** The jobcoach of {@link TestTokens#jobcoach()}; the default jobcoach of a contract. */
    public static final String JOBCOACH = "jos.jobcoach";
    /** Another jobcoach the test directory knows. */
    public static final String OTHER_JOBCOACH = "jet.jobcoach";

    private Placements() {
    }

    /** A follow-up call as stored: enough to check a schedule. */
    public record StoredCall(String kind, int attempt, LocalDate dueDate, String status, String assignee) {
    }

    /**
     * The placement's follow-up calls as stored, by due date, then kind (a schedule check that does not
     * depend on the calls API).
     */
    public static List<StoredCall> storedCalls(String placementId) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select kind, attempt, due_date, status, assignee from follow_up_call
                    where placement_id = cast(:id as uuid) order by due_date, kind, attempt""")
                    .setParameter("id", placementId).getResultList();
            return rows.stream().map(r -> new StoredCall((String) r[0], ((Number) r[1]).intValue(),
                    r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2], (String) r[3], (String) r[4]))
                    .toList();
        });
    }

    /**
     * Logs the placement's PLANNED call of this kind (its latest attempt) through the follow-up call
     * API, as the consultant: {@code {"result": "DONE", "outcome": "GOOD", "contactWith": "CANDIDATE"}}
     * or {@code {"result": "NOT_REACHED"}}. Returns the log response.
     */
    public static Response log(String placementId, String kind, Map<String, Object> body) {
        List<Map<String, Object>> calls = as(TestTokens.consultant()).get("/api/placements/" + placementId + "/follow-up-calls")
                .then().statusCode(200).extract().jsonPath().getList("$");
        String callId = calls.stream().filter(c -> kind.equals(c.get("kind")) && "PLANNED".equals(c.get("status")))
                .map(c -> (String) c.get("id")).reduce((first, later) -> later)
                .orElseThrow(() -> new AssertionError("no PLANNED " + kind + " call: " + calls));
        return as(TestTokens.consultant()).body(body).post("/api/follow-up-calls/" + callId + "/log");
    }

    /**
     * Sets the first attempt of a standard call straight in the database, as if it had been logged:
     * {@code DONE} (outcome GOOD) or {@code NOT_REACHED}. For tests of what the placement's own rules do
     * with calls that happened; the rules of logging are the follow-up call API's and tested there.
     */
    public static void markLogged(String placementId, String kind, String status) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update follow_up_call set status = :status,
                       outcome = case when :status = 'DONE' then 'GOOD' end,
                       contact_with = case when :status = 'DONE' then 'CANDIDATE' end,
                       logged_at = now(), logged_by = 'j-0001', logged_by_name = 'jos.jobcoach'
                where placement_id = cast(:id as uuid) and kind = :kind and attempt = 1 and status = 'PLANNED'""")
                .setParameter("status", status).setParameter("kind", kind).setParameter("id", placementId)
                .executeUpdate());
    }

    /** Adds a PLANNED call straight in the database: a retry (attempt 2) of the kind's first attempt, or AD_HOC. */
    public static void addPlannedCall(String placementId, String kind, LocalDate due, String assignee) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into follow_up_call (id, version, placement_id, kind, attempt, retry_of, due_date, assignee,
                                            status, flagged, created_at, created_by, updated_at, updated_by)
                select gen_random_uuid(), 0, cast(:id as uuid), :kind,
                       case when :kind = 'AD_HOC' then 1 else 2 end,
                       case when :kind = 'AD_HOC' then null
                            else (select f.id from follow_up_call f where f.placement_id = cast(:id as uuid)
                                  and f.kind = :kind and f.attempt = 1 and f.status = 'NOT_REACHED') end,
                       :due, :assignee, 'PLANNED', false, now(), 'test', now(), 'test'""")
                .setParameter("id", placementId).setParameter("kind", kind).setParameter("due", due)
                .setParameter("assignee", assignee).executeUpdate());
    }

    /** The ids of a placement made by {@link #placeNew} or {@link #place(String, String, Map)}. */
    public record Placed(String placementId, String matchId, String candidateId, String vacancyId) {
    }

    /** Today in the Netherlands by the application's clock, which a test may have set ({@link TestClock}). */
    public static LocalDate today() {
        Clock clock = Arc.container().instance(Clock.class).get();
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
    }

    /** A valid contract: starting today, for six months, 32 hours, {@link #JOBCOACH}, a jobcoach and the OV top-up. */
    public static Map<String, Object> contract() {
        LocalDate start = today();
        return contract(start, start.plusMonths(6), JOBCOACH);
    }

    /** A valid contract with these dates (end null: permanent) and jobcoach; 32 hours, JOBCOACH + OV_TOPUP. */
    public static Map<String, Object> contract(LocalDate start, LocalDate end, String jobcoach) {
        Map<String, Object> body = new HashMap<>();
        body.put("startDate", start.toString());
        if (end != null) {
            body.put("endDate", end.toString());
        }
        body.put("hoursPerWeek", 32);
        body.put("jobcoach", jobcoach);
        List<Map<String, Object>> arrangements = new ArrayList<>();
        arrangements.add(Map.of("kind", "JOBCOACH"));
        arrangements.add(Map.of("kind", "OV_TOPUP"));
        body.put("arrangements", arrangements);
        return body;
    }

    /** The body of a move to PLACED with this contract. */
    public static Map<String, Object> placedBody(Map<String, Object> contract) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", "PLACED");
        body.put("placement", contract);
        return body;
    }

    /** Moves an INTRODUCED or TRIAL match to PLACED with the contract, as the consultant; the response as it is. */
    public static Response move(String matchId, Map<String, Object> contract) {
        return Matches.move(matchId, placedBody(contract));
    }

    /** Makes a match of the pair, walks it to INTRODUCED and places it with the contract (expects 200). */
    public static Placed place(String vacancyId, String candidateId, Map<String, Object> contract) {
        String matchId = Matches.create(vacancyId, candidateId);
        Matches.moveTo(matchId, "INTRODUCED");
        Response placed = move(matchId, contract);
        if (placed.statusCode() != 200) {
            throw new AssertionError("PLACED answered " + placed.statusCode() + ": " + placed.asString());
        }
        return new Placed(placed.path("placementId"), matchId, candidateId, vacancyId);
    }

    /** A new consenting Rotterdam candidate placed with the contract on a new open vacancy of one position. */
    public static Placed placeNew(Map<String, Object> contract) {
        return place(Matches.openVacancy(1), Matches.candidate(), contract);
    }

    /** A new candidate placed with {@link #contract()}. */
    public static Placed placeNew() {
        return placeNew(contract());
    }

    /** A placement as the consultant reads it (expects 200). */
    public static Response get(String placementId) {
        return as(TestTokens.consultant()).get("/api/placements/" + placementId).then().statusCode(200).extract().response();
    }

    /** The current ETag of a placement, as the consultant reads it. */
    public static String etag(String placementId) {
        return get(placementId).header("ETag");
    }
}

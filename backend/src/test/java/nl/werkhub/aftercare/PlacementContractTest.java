package nl.werkhub.aftercare;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The contract of a placement (docs/api.md, "PlacementContract"): each rule is a 422 naming its field
 * under {@code placement.}, and a refused contract places nobody.
 */
@QuarkusTest
class PlacementContractTest {

    private String match;

    @BeforeEach
    void introducedMatch() {
        match = Matches.create(Matches.openVacancy(1), Matches.candidate());
        Matches.moveTo(match, "INTRODUCED");
    }

    @Test
    void eachRuleOfTheContractIsA422OnItsField() {
        LocalDate today = Placements.today();
        Map<String, Consumer<Map<String, Object>>> cases = new java.util.LinkedHashMap<>();
        cases.put("placement.startDate", c -> c.remove("startDate"));
        cases.put("placement.startDate ", c -> c.put("startDate", today.minusDays(366).toString()));
        cases.put("placement.startDate  ", c -> {
            c.put("startDate", today.plusDays(366).toString());
            c.put("endDate", today.plusDays(400).toString());
        });
        cases.put("placement.endDate", c -> c.put("endDate", c.get("startDate")));
        cases.put("placement.endDate ", c -> c.put("endDate", today.minusDays(1).toString()));
        cases.put("placement.endDate  ", c -> c.put("endDate", today.plusYears(5).plusDays(1).toString()));
        cases.put("placement.hoursPerWeek", c -> c.remove("hoursPerWeek"));
        cases.put("placement.hoursPerWeek ", c -> c.put("hoursPerWeek", 0));
        cases.put("placement.hoursPerWeek  ", c -> c.put("hoursPerWeek", 61));
        cases.put("placement.jobcoach", c -> c.remove("jobcoach"));
        cases.put("placement.jobcoach ", c -> c.put("jobcoach", "jos jobcoach"));
        cases.put("placement.jobcoach  ", c -> c.put("jobcoach", "nobody.known"));
        cases.put("placement.arrangements", c -> c.put("arrangements", eleven()));
        cases.put("placement.arrangements[2].kind", c -> c.put("arrangements",
                List.of(Map.of("kind", "JOBCOACH"), Map.of("kind", "OV_TOPUP"), Map.of("kind", "JOBCOACH"))));
        cases.put("placement.arrangements[1].kind", c -> c.put("arrangements",
                List.of(Map.of("kind", "OV_TOPUP", "amount", 100), Map.of("kind", "OV_TOPUP"))));
        cases.put("placement.arrangements[0].kind", c -> c.put("arrangements", List.of(Map.of("description", "x"))));
        cases.put("placement.arrangements[0].amount", c -> c.put("arrangements",
                List.of(Map.of("kind", "JOBCOACH", "amount", 250))));
        cases.put("placement.arrangements[0].amount ", c -> c.put("arrangements", List.of(Map.of("kind", "OV_TOPUP", "amount", 0))));
        cases.put("placement.arrangements[0].amount  ", c -> c.put("arrangements",
                List.of(Map.of("kind", "OV_TOPUP", "amount", 10000.01))));
        cases.put("placement.arrangements[0].amount   ", c -> c.put("arrangements",
                List.of(Map.of("kind", "OV_TOPUP", "amount", 12.345))));
        cases.put("placement.arrangements[1].description", c -> c.put("arrangements",
                List.of(Map.of("kind", "JOBCOACH"), Map.of("kind", "TRAINING"))));
        cases.put("placement.arrangements[0].description", c -> c.put("arrangements",
                List.of(Map.of("kind", "OTHER", "description", "   "))));
        cases.put("placement.arrangements[0].description ", c -> c.put("arrangements",
                List.of(Map.of("kind", "WORKPLACE_ADAPTATION", "description", "x".repeat(501)))));
        cases.put("placement.arrangements[0].description  ", c -> c.put("arrangements",
                List.of(Map.of("kind", "TRAINING", "description", "Cursus voor 111222333"))));

        for (Map.Entry<String, Consumer<Map<String, Object>>> rule : cases.entrySet()) {
            Map<String, Object> contract = Placements.contract();
            rule.getValue().accept(contract);
            Response response = Placements.move(match, contract);
            assertProblem(response.then(), 422, "validation-failed")
                    .body("violations.field", equalTo(List.of(rule.getKey().trim())));
        }
        // nothing was placed by any of them
        as(TestTokens.consultant()).get("/api/matches/" + match).then().body("status", equalTo("INTRODUCED"))
                .body("$", not(hasKey("placementId")));
    }

    @Test
    void severalViolationsComeInOneProblemInTheCallersLanguage() {
        Map<String, Object> contract = Placements.contract();
        contract.remove("hoursPerWeek");
        contract.put("endDate", contract.get("startDate"));
        contract.put("arrangements", List.of(Map.of("kind", "TRAINING")));
        assertProblem(as(TestTokens.consultant()).header("Accept-Language", "nl-NL").header("If-Match", Matches.etag(match))
                .body(Placements.placedBody(contract)).post("/api/matches/" + match + "/transitions").then(),
                422, "validation-failed")
                .body("violations.field", equalTo(List.of("placement.arrangements[0].description", "placement.endDate",
                        "placement.hoursPerWeek")))
                .body("violations.message", equalTo(List.of("is verplicht bij een training (TRAINING) en bij Anders (OTHER)",
                        "moet na de startdatum liggen", "is verplicht")));
        Map<String, Object> unknown = Placements.contract();
        unknown.put("jobcoach", "nobody.known");
        assertProblem(as(TestTokens.consultant()).header("Accept-Language", "nl").header("If-Match", Matches.etag(match))
                .body(Placements.placedBody(unknown)).post("/api/matches/" + match + "/transitions").then(),
                422, "validation-failed")
                .body("violations[0].message",
                        equalTo("is geen jobcoach: er is geen gebruiker met de rol jobcoach met deze gebruikersnaam"));
    }

    @Test
    void wrongJsonTypesInTheContractAre400s() {
        for (Map.Entry<String, Object[]> bad : Map.of(
                "placement.arrangements[0].amount", new Object[] { "arrangements", List.of(Map.of("kind", "OV_TOPUP", "amount", "250")) },
                "placement.hoursPerWeek", new Object[] { "hoursPerWeek", "32" },
                "placement.arrangements[0].kind", new Object[] { "arrangements", List.of(Map.of("kind", "BIKE")) },
                "placement.endDate", new Object[] { "endDate", "morgen" }).entrySet()) {
            Map<String, Object> contract = Placements.contract();
            contract.put((String) bad.getValue()[0], bad.getValue()[1]);
            assertProblem(Placements.move(match, contract).then(), 400, "malformed-request")
                    .body("violations[0].field", equalTo(bad.getKey()));
        }
        Map<String, Object> contract = Placements.contract();
        contract.put("status", "ACTIVE");
        assertProblem(Placements.move(match, contract).then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("placement.status"));
    }

    @Test
    void theEdgesOfTheRulesAreAccepted() {
        LocalDate today = Placements.today();
        Map<String, Object> contract = Placements.contract(today.minusDays(365), today.minusDays(365).plusYears(5),
                Placements.JOBCOACH);
        contract.put("hoursPerWeek", 60);
        List<Map<String, Object>> arrangements = new ArrayList<>();
        arrangements.add(Map.of("kind", "OV_TOPUP", "amount", 10000));
        arrangements.add(Map.of("kind", "JOBCOACH", "description", "Twee keer per maand op de werkplek"));
        for (int i = 0; i < 8; i++) {
            arrangements.add(Map.of("kind", i % 2 == 0 ? "TRAINING" : "OTHER", "description", "d".repeat(500)));
        }
        contract.put("arrangements", arrangements);
        Response placed = Placements.move(match, contract);
        placed.then().statusCode(200);
        Response read = Placements.get(placed.path("placementId"));
        read.then().body("arrangements.size()", equalTo(10))
                .body("arrangements[0].amount", equalTo(10000.0f))
                .body("arrangements[1].description", equalTo("Twee keer per maand op de werkplek"))
                .body("hoursPerWeek", equalTo(60));
        assertEquals(today.minusDays(365).toString(), read.path("startDate"));
    }

    private static List<Map<String, Object>> eleven() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            Map<String, Object> a = new HashMap<>();
            a.put("kind", "TRAINING");
            a.put("description", "Cursus " + i);
            list.add(a);
        }
        return list;
    }
}

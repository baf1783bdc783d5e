package nl.werkhub.candidate;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Candidates.clientNumber;
import static nl.werkhub.testsupport.Candidates.path;
import static nl.werkhub.testsupport.Candidates.profile;
import static nl.werkhub.testsupport.Candidates.put;
import static nl.werkhub.testsupport.Candidates.talent;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Municipal intake: PUT, GET, DELETE, validation, the BSN guard and retired talents. */
@QuarkusTest
class MunicipalIntakeTest {

    private static final String ROTTERDAM = "rotterdam";

    @Test
    void putCreatesThenUpdatesThenChangesNothingForTheSameBody() {
        String number = clientNumber("RTM");
        String talent = Candidates.newTalent("intake", "VOCATIONAL_SKILL", false);
        Map<String, Object> body = profile();
        body.put("talents", List.of(talent(talent, 3)));
        body.put("postcode", "3072ap");

        Response created = put(TestTokens.rotterdam(), ROTTERDAM, number, body);
        created.then().statusCode(201)
                .header("Location", endsWith(path(ROTTERDAM, number)))
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("municipalityCode", equalTo(ROTTERDAM))
                .body("clientNumber", equalTo(number))
                .body("postcode", equalTo("3072 AP"))
                .body("gender", equalTo("FEMALE"))
                .body("birthDate", equalTo("1990-05-03"))
                .body("latitude", equalTo(51.9f))
                .body("talents", hasSize(1))
                .body("talents[0].code", equalTo(talent))
                .body("talents[0].labelNl", equalTo("Test " + talent))
                .body("talents[0].category", equalTo("VOCATIONAL_SKILL"))
                .body("talents[0].level", equalTo(3))
                .body("talents[0].retired", equalTo(false))
                .body("consent", equalTo(true))
                .body("version", equalTo(0));
        String id = created.path("id");
        String createdAt = created.path("createdAt");

        // the same body again (the postcode written differently normalises to the same value)
        Map<String, Object> same = new HashMap<>(body);
        same.put("postcode", " 3072 AP ");
        same.put("firstName", "  Sanne ");
        Response unchanged = put(TestTokens.rotterdam(), ROTTERDAM, number, same);
        unchanged.then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("version", equalTo(0))
                .body("updatedAt", equalTo(created.path("updatedAt")));

        Map<String, Object> changed = new HashMap<>(body);
        changed.put("hoursPerWeekMax", 36);
        changed.put("talents", List.of(talent(talent, 4)));
        Response updated = put(TestTokens.rotterdam(), ROTTERDAM, number, changed);
        updated.then().statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo(id))
                .body("version", equalTo(1))
                .body("hoursPerWeekMax", equalTo(36))
                .body("talents[0].level", equalTo(4))
                .body("createdAt", equalTo(createdAt));
        assertTrue(((String) updated.path("updatedAt")).compareTo(createdAt) > 0);

        as(TestTokens.rotterdam()).get(path(ROTTERDAM, number)).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("updatedAt", equalTo(updated.path("updatedAt")))
                .body("talents[0].level", equalTo(4));
    }

    @Test
    void orderOfSetsDoesNotMakeAChange() {
        String number = clientNumber("RTM");
        String first = Candidates.newTalent("order", "WORK_ATTITUDE", false);
        String second = Candidates.newTalent("order", "WORK_ATTITUDE", false);
        // a sorts before b
        String a = first.compareTo(second) < 0 ? first : second;
        String b = first.compareTo(second) < 0 ? second : first;
        Map<String, Object> body = profile();
        body.put("targetGroups", List.of("BBL", "BANENAFSPRAAK"));
        body.put("preferredSectors", List.of("RETAIL", "LOGISTICS"));
        body.put("talents", List.of(talent(b, 2), talent(a, 5)));
        put(TestTokens.rotterdam(), ROTTERDAM, number, body).then().statusCode(201)
                .body("targetGroups", contains("BANENAFSPRAAK", "BBL"))
                .body("preferredSectors", contains("LOGISTICS", "RETAIL"))
                .body("talents.code", contains(a, b));

        body.put("targetGroups", List.of("BANENAFSPRAAK", "BBL"));
        body.put("preferredSectors", List.of("LOGISTICS", "RETAIL"));
        body.put("talents", List.of(talent(a, 5), talent(b, 2)));
        put(TestTokens.rotterdam(), ROTTERDAM, number, body).then().statusCode(200).body("version", equalTo(0));

        // occupations are an ordered list (the municipality's preference): another order is a change
        body.put("preferredOccupations", List.of("Heftruckchauffeur", "Magazijnmedewerker"));
        put(TestTokens.rotterdam(), ROTTERDAM, number, body).then().statusCode(200).body("version", equalTo(1));
        body.put("preferredOccupations", List.of("Magazijnmedewerker", "Heftruckchauffeur"));
        put(TestTokens.rotterdam(), ROTTERDAM, number, body).then().statusCode(200).body("version", equalTo(2))
                .body("preferredOccupations", contains("Magazijnmedewerker", "Heftruckchauffeur"));
    }

    @Test
    void emptyOptionalFieldsAreLeftOut() {
        String number = clientNumber("RTM");
        Map<String, Object> body = profile();
        for (String field : List.of("email", "phone", "gender", "birthDate", "latitude", "longitude", "interests",
                "motivation", "availableFrom", "dutchLevel", "targetGroups", "talents", "preferredSectors",
                "preferredOccupations")) {
            body.remove(field);
        }
        body.put("email", "  ");
        Response response = put(TestTokens.rotterdam(), ROTTERDAM, number, body);
        response.then().statusCode(201)
                .body("targetGroups", hasSize(0))
                .body("talents", hasSize(0))
                .body("preferredOccupations", hasSize(0));
        Map<String, Object> json = response.jsonPath().getMap("$");
        for (String absent : List.of("email", "phone", "gender", "birthDate", "latitude", "longitude", "interests",
                "motivation", "availableFrom", "dutchLevel", "jobcoach")) {
            assertFalse(json.containsKey(absent), absent + " should be left out: " + json);
        }
        // and the same absent values again are "unchanged"
        put(TestTokens.rotterdam(), ROTTERDAM, number, body).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void ifMatchIsHonouredWhenSent() {
        String number = clientNumber("RTM");
        Map<String, Object> body = profile();
        put(TestTokens.rotterdam(), ROTTERDAM, number, body).then().statusCode(201);
        body.put("hoursPerWeekMin", 20);
        assertProblem(as(TestTokens.rotterdam()).header("If-Match", "\"7\"").body(body).put(path(ROTTERDAM, number)).then(),
                412, "precondition-failed");
        as(TestTokens.rotterdam()).header("If-Match", "\"0\"").body(body).put(path(ROTTERDAM, number)).then()
                .statusCode(200).header("ETag", "\"1\"");
        // If-Match for a profile that does not exist yet
        assertProblem(as(TestTokens.rotterdam()).header("If-Match", "\"0\"").body(body)
                .put(path(ROTTERDAM, clientNumber("RTM"))).then(), 412, "precondition-failed");
        // DELETE with a stale If-Match keeps the profile
        assertProblem(as(TestTokens.rotterdam()).header("If-Match", "\"0\"").delete(path(ROTTERDAM, number)).then(),
                412, "precondition-failed");
        as(TestTokens.rotterdam()).get(path(ROTTERDAM, number)).then().statusCode(200);
        as(TestTokens.rotterdam()).header("If-Match", "\"1\"").delete(path(ROTTERDAM, number)).then().statusCode(204);
    }

    @Test
    void getAndDelete() {
        String number = clientNumber("RTM");
        String id = Candidates.create(ROTTERDAM, number, profile());
        as(TestTokens.rotterdam()).get(path(ROTTERDAM, number)).then().statusCode(200)
                .header("ETag", "\"0\"").body("id", equalTo(id)).body("clientNumber", equalTo(number));
        as(TestTokens.rotterdam()).delete(path(ROTTERDAM, number)).then().statusCode(204);
        assertProblem(as(TestTokens.rotterdam()).get(path(ROTTERDAM, number)).then(), 404, "not-found");
        assertProblem(as(TestTokens.rotterdam()).delete(path(ROTTERDAM, number)).then(), 404, "not-found");
        // the client number can be used again: a new profile with a new id
        String again = Candidates.create(ROTTERDAM, number, profile());
        assertFalse(again.equals(id));
    }

    @Test
    void everyRuleIsCheckedAndEveryFieldNamed() {
        Map<String, Object> body = profile();
        body.put("firstName", " ");
        body.put("lastName", "x".repeat(101));
        body.put("email", "geen-adres");
        body.put("phone", "12345");
        body.put("birthDate", "2020-01-01");
        body.put("postcode", "0123 AB");
        body.put("latitude", 48.0);
        body.remove("longitude");
        body.put("targetGroups", List.of("BBL", "BBL"));
        body.put("talents", List.of(talent("Geen Code", 3), talent("onbekend-talent-xyz", 6)));
        body.put("interests", "x".repeat(2001));
        body.put("preferredSectors", List.of("RETAIL", "RETAIL"));
        body.put("preferredOccupations", List.of("", "y".repeat(101)));
        body.put("hoursPerWeekMin", 40);
        body.put("hoursPerWeekMax", 20);
        body.put("maxTravelDistanceKm", 251);
        body.remove("drivingLicence");
        body.remove("consent");
        body.remove("status");
        body.put("jobcoach", "met spatie");
        Response response = put(TestTokens.rotterdam(), ROTTERDAM, "RTM-RULES-" + Candidates.word("x"), body);
        assertProblem(response.then(), 422, "validation-failed");
        List<String> fields = response.jsonPath().getList("violations.field");
        for (String field : List.of("firstName", "lastName", "email", "phone", "birthDate", "postcode", "latitude",
                "longitude", "targetGroups", "talents[0].code", "talents[1].level", "interests", "preferredSectors",
                "preferredOccupations[0]", "preferredOccupations[1]", "hoursPerWeekMax", "maxTravelDistanceKm",
                "drivingLicence", "consent", "status", "jobcoach")) {
            assertTrue(fields.contains(field), field + " missing in " + fields);
        }
        // an unknown talent with a well-formed code is found on the database, in the same answer
        Map<String, Object> unknownTalent = profile();
        unknownTalent.put("talents", List.of(talent("onbekend-talent-xyz", 2)));
        unknownTalent.put("postcode", "bad");
        Response second = put(TestTokens.rotterdam(), ROTTERDAM, clientNumber("RTM"), unknownTalent);
        assertProblem(second.then(), 422, "validation-failed");
        assertEquals(List.of("postcode", "talents[0].code"), second.jsonPath().getList("violations.field"));
    }

    @Test
    void ageMustBeBetween15And75() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        Map<String, Object> body = profile();
        body.put("birthDate", today.minusYears(15).toString());
        put(TestTokens.rotterdam(), ROTTERDAM, clientNumber("RTM"), body).then().statusCode(201);
        body.put("birthDate", today.minusYears(15).plusDays(1).toString());
        put(TestTokens.rotterdam(), ROTTERDAM, clientNumber("RTM"), body).then().statusCode(422)
                .body("violations.field", contains("birthDate"));
        body.put("birthDate", today.minusYears(76).plusDays(1).toString());
        put(TestTokens.rotterdam(), ROTTERDAM, clientNumber("RTM"), body).then().statusCode(201);
        body.put("birthDate", today.minusYears(76).toString());
        put(TestTokens.rotterdam(), ROTTERDAM, clientNumber("RTM"), body).then().statusCode(422)
                .body("violations.field", contains("birthDate"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "firstName", "lastName", "interests", "motivation", "preferredOccupations" })
    void aBsnInAnyFreeTextFieldIsRefusedAndNamed(String field) {
        for (String bsn : List.of("111222333", "1112.22.333", "123 456 782")) {
            Map<String, Object> body = profile();
            String text = "Tekst met " + bsn + " erin";
            body.put(field, field.equals("preferredOccupations") ? List.of("Kok", text) : text);
            String number = clientNumber("RTM");
            Response response = put(TestTokens.rotterdam(), ROTTERDAM, number, body);
            assertProblem(response.then(), 422, "validation-failed");
            String expectedField = field.equals("preferredOccupations") ? "preferredOccupations[1]" : field;
            assertEquals(List.of(expectedField), response.jsonPath().getList("violations.field"), bsn);
            assertFalse(response.asString().contains(bsn), "the BSN must not be echoed");
            assertProblem(as(TestTokens.rotterdam()).get(path(ROTTERDAM, number)).then(), 404, "not-found");
        }
        // a number that fails the eleven-test is fine
        Map<String, Object> body = profile();
        body.put(field, field.equals("preferredOccupations") ? List.of("Kok 123456789") : "Tekst met 123456789");
        put(TestTokens.rotterdam(), ROTTERDAM, clientNumber("RTM"), body).then().statusCode(201);
    }

    @Test
    void aClientNumberThatIsABsnOrMalformedIsRefused() {
        Response bsn = put(TestTokens.rotterdam(), ROTTERDAM, "111222333", profile());
        assertProblem(bsn.then(), 422, "validation-failed");
        assertEquals(List.of("clientNumber"), bsn.jsonPath().getList("violations.field"));
        Response tooLong = put(TestTokens.rotterdam(), ROTTERDAM, "A".repeat(41), profile());
        assertProblem(tooLong.then(), 422, "validation-failed").body("violations.field", contains("clientNumber"));
        Response badChars = put(TestTokens.rotterdam(), ROTTERDAM, "RTM_1", profile());
        assertProblem(badChars.then(), 422, "validation-failed").body("violations.field", contains("clientNumber"));
        // "bulk" is the path of the bulk intake, so it cannot be a client number
        assertProblem(put(TestTokens.rotterdam(), ROTTERDAM, "bulk", profile()).then(), 422, "validation-failed")
                .body("violations.field", contains("clientNumber"));
        assertProblem(as(TestTokens.rotterdam()).get(path(ROTTERDAM, "bulk")).then(), 404, "not-found");
        as(TestTokens.rotterdam()).body(Map.of("items", List.of(Map.of("clientNumber", "bulk", "profile", profile()))))
                .post("/api/municipalities/rotterdam/candidates/bulk").then().statusCode(200)
                .body("invalid", equalTo(1)).body("results[0].problem.violations.field", contains("clientNumber"));
        // a 9-digit client number that fails the eleven-test is fine
        put(TestTokens.rotterdam(), ROTTERDAM, "123456789", profile()).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    @Test
    void aRetiredTalentStaysOnAProfileButCannotBeAdded() {
        String keep = Candidates.newTalent("retire", "CERTIFICATE", false);
        String other = Candidates.newTalent("retire", "CERTIFICATE", false);
        String number = clientNumber("RTM");
        Map<String, Object> body = profile();
        body.put("talents", List.of(talent(keep, 2)));
        put(TestTokens.rotterdam(), ROTTERDAM, number, body).then().statusCode(201);

        Candidates.retireTalent(keep);

        // it stays, shown as retired, and the same body is unchanged
        as(TestTokens.rotterdam()).get(path(ROTTERDAM, number)).then().statusCode(200)
                .body("talents[0].code", equalTo(keep)).body("talents[0].retired", equalTo(true));
        put(TestTokens.rotterdam(), ROTTERDAM, number, body).then().statusCode(200).body("version", equalTo(0));
        // other changes to the profile are still possible while it keeps the retired talent
        body.put("talents", List.of(talent(keep, 3), talent(other, 1)));
        put(TestTokens.rotterdam(), ROTTERDAM, number, body).then().statusCode(200).body("version", equalTo(1))
                .body("talents.code", hasItem(keep));

        // another profile cannot get it
        Map<String, Object> newcomer = profile();
        newcomer.put("talents", List.of(talent(other, 1), talent(keep, 2)));
        Response refused = put(TestTokens.rotterdam(), ROTTERDAM, clientNumber("RTM"), newcomer);
        assertProblem(refused.then(), 422, "validation-failed").body("violations.field", contains("talents[1].code"));

        // once removed from the profile, it cannot come back
        body.put("talents", List.of(talent(other, 1)));
        put(TestTokens.rotterdam(), ROTTERDAM, number, body).then().statusCode(200).body("talents", hasSize(1));
        body.put("talents", List.of(talent(other, 1), talent(keep, 3)));
        assertProblem(put(TestTokens.rotterdam(), ROTTERDAM, number, body).then(), 422, "validation-failed");
    }

    @Test
    void malformedBodiesAre400() {
        String number = clientNumber("RTM");
        assertProblem(as(TestTokens.rotterdam()).body("{").put(path(ROTTERDAM, number)).then(), 400, "malformed-request");
        Map<String, Object> body = profile();
        body.put("hoursPerWeekMin", "24");
        assertProblem(put(TestTokens.rotterdam(), ROTTERDAM, number, body).then(), 400, "malformed-request")
                .body("violations.field", contains("hoursPerWeekMin"));
        body = profile();
        body.put("clientNumber", "X");
        assertProblem(put(TestTokens.rotterdam(), ROTTERDAM, number, body).then(), 400, "malformed-request")
                .body("violations.field", contains("clientNumber"));
        body = profile();
        body.put("status", "GONE");
        assertProblem(put(TestTokens.rotterdam(), ROTTERDAM, number, body).then(), 400, "malformed-request");
        assertProblem(as(TestTokens.rotterdam()).put(path(ROTTERDAM, number)).then(), 400, "malformed-request");
        assertProblem(as(TestTokens.rotterdam()).get(path(ROTTERDAM, number)).then(), 404, "not-found");
    }

    @Test
    void dutchTextsForDutchClients() {
        Map<String, Object> body = profile();
        body.put("motivation", "BSN 111222333");
        Response response = as(TestTokens.rotterdam()).header("Accept-Language", "nl-NL").body(body)
                .put(path(ROTTERDAM, clientNumber("RTM")));
        response.then().statusCode(422).header("Content-Language", "nl")
                .body("violations[0].message", equalTo("mag geen burgerservicenummer (BSN) bevatten"));
        assertProblem(as(TestTokens.rotterdam()).header("Accept-Language", "nl").get(path(ROTTERDAM, "ONBEKEND")).then(),
                404, "not-found").body("detail", equalTo("Er is geen kandidaatprofiel op dit adres"));
    }

    @Test
    void theListIsOrderedByUpdatedAtAndPagesThroughUpdatedSince() {
        String start = java.time.Instant.now().minusSeconds(1).toString();
        String marker = Candidates.word("lijst");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String number = clientNumber("RTM-LIST");
            Map<String, Object> body = profile();
            body.put("lastName", marker + i);
            put(TestTokens.capelle(), "capelle", number, body).then().statusCode(201);
            numbers.add(number);
        }
        // touch the first one: it moves to the end
        Map<String, Object> body = profile();
        body.put("lastName", marker + 0);
        body.put("hoursPerWeekMax", 40);
        put(TestTokens.capelle(), "capelle", numbers.get(0), body).then().statusCode(200);

        List<String> seen = new ArrayList<>();
        String lastUpdatedAt = null;
        for (int page = 0; page < 10; page++) {
            Response response = as(TestTokens.capelle()).queryParam("updatedSince", start).queryParam("size", 2)
                    .queryParam("page", page).get("/api/municipalities/capelle/candidates");
            response.then().statusCode(200).body("size", equalTo(2)).body("page", equalTo(page));
            List<Map<String, Object>> items = response.jsonPath().getList("items");
            for (Map<String, Object> item : items) {
                if (lastUpdatedAt != null) {
                    assertTrue(((String) item.get("updatedAt")).compareTo(lastUpdatedAt) >= 0, "ascending updatedAt");
                }
                lastUpdatedAt = (String) item.get("updatedAt");
                if (((String) item.get("lastName")).startsWith(marker)) {
                    seen.add((String) item.get("clientNumber"));
                }
            }
            if (items.isEmpty()) {
                break;
            }
        }
        assertEquals(List.of(numbers.get(1), numbers.get(2), numbers.get(3), numbers.get(4), numbers.get(0)), seen);

        // resuming from the last updatedAt seen gives that profile again (inclusive) and nothing older
        Response resumed = as(TestTokens.capelle()).queryParam("updatedSince", lastUpdatedAt)
                .get("/api/municipalities/capelle/candidates");
        resumed.then().statusCode(200);
        assertEquals(List.of(numbers.get(0)), resumed.jsonPath().getList("items.clientNumber"));

        assertProblem(as(TestTokens.capelle()).queryParam("updatedSince", "gisteren")
                .get("/api/municipalities/capelle/candidates").then(), 400, "malformed-request")
                .body("violations.field", contains("updatedSince"));
        assertProblem(as(TestTokens.capelle()).queryParam("size", 101)
                .get("/api/municipalities/capelle/candidates").then(), 400, "malformed-request");
    }
}

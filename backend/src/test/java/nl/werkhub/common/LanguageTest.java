package nl.werkhub.common;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Api.createEmployer;
import static nl.werkhub.testsupport.Api.createVacancy;
import static nl.werkhub.testsupport.Api.employer;
import static nl.werkhub.testsupport.Api.marker;
import static nl.werkhub.testsupport.Api.vacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Problem texts follow Accept-Language: Dutch for nl (nl-NL, nl-BE, ...), English otherwise and by
 * default. The test JVM runs with a Dutch default locale (see pom.xml), so the English cases also
 * show that the server's own locale does not leak into responses.
 */
@QuarkusTest
class LanguageTest {

    private static final String LANGUAGE = "Accept-Language";

    /** Breaks built-in constraints (name, sector) and the custom ones (KvK number, postcode, phone). */
    private static Map<String, Object> invalidEmployer() {
        Map<String, Object> body = employer(" ");
        body.put("kvkNumber", "1234");
        body.put("postcode", "0000 AA");
        body.put("phone", "12345");
        body.remove("sector");
        return body;
    }

    private static ValidatableResponse postInvalidEmployer(String acceptLanguage) {
        var request = as(TestTokens.consultant()).body(invalidEmployer());
        if (acceptLanguage != null) {
            request = request.header(LANGUAGE, acceptLanguage);
        }
        return assertProblem(request.post("/api/employers").then(), 422, "validation-failed");
    }

    @Test
    void dutchForBuiltInAndCustomConstraints() {
        postInvalidEmployer("nl-NL")
                .header("Content-Language", "nl")
                .body("title", equalTo("Ongeldige invoer"))
                .body("detail", equalTo("5 velden zijn niet goed ingevuld."))
                .body("violations", hasSize(5))
                .body("violations.find { it.field == 'name' }.message", equalTo("mag niet leeg zijn"))
                .body("violations.find { it.field == 'sector' }.message", equalTo("is verplicht"))
                .body("violations.find { it.field == 'kvkNumber' }.message", equalTo("moet precies 8 cijfers zijn"))
                .body("violations.find { it.field == 'postcode' }.message",
                        equalTo("moet een Nederlandse postcode zijn, zoals 1234 AB"))
                .body("violations.find { it.field == 'phone' }.message",
                        equalTo("moet een Nederlands telefoonnummer zijn, zoals 010-1234567 of +31 6 12345678"));
    }

    @Test
    void problemResponsesSayTheyDependOnTheRequestedLanguage() {
        String unknown = "/api/employers/" + UUID.randomUUID();
        assertProblem(as(TestTokens.consultant()).get(unknown).then(), 404, "not-found")
                .header("Vary", containsString("Accept-Language"));
        assertProblem(as(TestTokens.consultant()).header("Origin", "http://localhost:5173").header(LANGUAGE, "nl-NL")
                .get(unknown).then(), 404, "not-found")
                .header("Content-Language", "nl")
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Vary", containsString("Accept-Language"));
    }

    @Test
    void englishWithoutHeaderWithEnglishAndForUnsupportedLanguages() {
        for (String language : new String[] { null, "en", "en-GB", "fr-FR", "de, fr;q=0.8", "*", "not a language!" }) {
            postInvalidEmployer(language)
                    .header("Content-Language", "en")
                    .body("title", equalTo("Validation failed"))
                    .body("detail", equalTo("The request has 5 invalid fields"))
                    .body("violations.find { it.field == 'name' }.message", equalTo("must not be blank"))
                    .body("violations.find { it.field == 'sector' }.message", equalTo("must not be null"))
                    .body("violations.find { it.field == 'kvkNumber' }.message", equalTo("must be exactly 8 digits"))
                    .body("violations.find { it.field == 'postcode' }.message",
                            equalTo("must be a Dutch postcode like 1234 AB"))
                    .body("violations.find { it.field == 'phone' }.message",
                            equalTo("must be a Dutch phone number like 010-1234567 or +31 6 12345678"));
        }
    }

    @Test
    void theBestSupportedLanguageWinsByWeight() {
        for (String language : new String[] { "nl", "nl-BE", "NL-nl", "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7",
                "nl-NL, en;q=0.8", "fr-FR, nl;q=0.5, en;q=0.1" }) {
            postInvalidEmployer(language).header("Content-Language", "nl")
                    .body("violations.find { it.field == 'kvkNumber' }.message", equalTo("moet precies 8 cijfers zijn"));
        }
        postInvalidEmployer("en-US, nl;q=0.5").header("Content-Language", "en")
                .body("violations.find { it.field == 'kvkNumber' }.message", equalTo("must be exactly 8 digits"));
    }

    @Test
    void dutchForTheVacancyRulesAndNumberRanges() {
        String employerId = createEmployer();
        Map<String, Object> body = vacancy(employerId, "Taal " + marker());
        body.put("hoursPerWeekMin", 30);
        body.put("hoursPerWeekMax", 20);
        body.remove("longitude");
        body.put("positions", 101);
        body.put("latitude", 60.0);
        body.put("title", "x".repeat(201));
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").body(body).post("/api/vacancies").then(),
                422, "validation-failed")
                .body("violations.find { it.field == 'hoursPerWeekMax' }.message",
                        equalTo("mag niet lager zijn dan het minimaal aantal uur per week"))
                .body("violations.find { it.field == 'longitude' }.message",
                        equalTo("is verplicht als de breedtegraad is ingevuld"))
                .body("violations.find { it.field == 'positions' }.message", equalTo("mag maximaal 100 zijn"))
                .body("violations.find { it.field == 'latitude' }.message", equalTo("mag maximaal 53.7 zijn"))
                .body("violations.find { it.field == 'title' }.message", equalTo("mag maximaal 200 tekens lang zijn"));
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/vacancies").then(), 422, "validation-failed")
                .body("violations.find { it.field == 'hoursPerWeekMax' }.message",
                        equalTo("must not be less than hoursPerWeekMin"))
                .body("violations.find { it.field == 'longitude' }.message", equalTo("is required when latitude is given"));
    }

    @Test
    void notFoundAndConflictDetailsInDutch() {
        String unknown = UUID.randomUUID().toString();
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").get("/api/employers/" + unknown).then(),
                404, "not-found")
                .header("Content-Language", "nl")
                .body("title", equalTo("Niet gevonden"))
                .body("detail", equalTo("Er is geen werkgever met id " + unknown + "."));
        assertProblem(as(TestTokens.consultant()).get("/api/employers/" + unknown).then(), 404, "not-found")
                .header("Content-Language", "en")
                .body("detail", equalTo("No employer with id " + unknown));

        String employerId = createEmployer();
        String vacancyId = createVacancy(employerId, "Taal " + marker());
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").delete("/api/employers/" + employerId).then(),
                409, "conflict")
                .body("detail", equalTo("Deze werkgever heeft vacatures en kan daarom niet worden verwijderd; "
                        + "archiveer hem in plaats daarvan."));

        as(TestTokens.consultant()).body(Map.of("status", "OPEN")).post("/api/vacancies/" + vacancyId + "/status")
                .then().statusCode(200);
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").body(Map.of("status", "DRAFT"))
                .post("/api/vacancies/" + vacancyId + "/status").then(), 409, "conflict")
                .body("detail", equalTo("Vacature kan niet van Open naar Concept; vanuit Open kan alleen: "
                        + "In de wacht, Vervuld, Gesloten."));
        assertProblem(as(TestTokens.consultant()).body(Map.of("status", "DRAFT"))
                .post("/api/vacancies/" + vacancyId + "/status").then(), 409, "conflict")
                .body("detail", equalTo("A vacancy cannot go from OPEN to DRAFT; allowed from OPEN: ON_HOLD, FILLED, CLOSED"));
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").delete("/api/vacancies/" + vacancyId).then(),
                409, "conflict")
                .body("detail", equalTo("Alleen een conceptvacature kan worden verwijderd; deze staat op Open. "
                        + "Sluit de vacature in plaats daarvan."));

        as(TestTokens.consultant()).post("/api/employers/" + employerId + "/archive").then().statusCode(200);
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").body(vacancy(employerId, "Nieuw"))
                .post("/api/vacancies").then(), 409, "conflict")
                .body("detail", equalTo("De werkgever is gearchiveerd; er kunnen geen vacatures voor worden aangemaakt "
                        + "of gewijzigd."));
    }

    @Test
    void duplicateKvkAndUnknownMunicipalityInDutch() {
        Map<String, Object> first = employer("Dubbel " + marker());
        createEmployer(first);
        Map<String, Object> second = new HashMap<>(employer("Dubbel " + marker()));
        second.put("kvkNumber", first.get("kvkNumber"));
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl").body(second).post("/api/employers").then(),
                409, "conflict")
                .body("detail", equalTo("Er is al een werkgever met dit KvK-nummer."));

        Map<String, Object> elsewhere = employer("Elders " + marker());
        elsewhere.put("municipalityCode", "atlantis");
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl").body(elsewhere).post("/api/employers").then(),
                422, "validation-failed")
                .body("detail", equalTo("1 veld is niet goed ingevuld."))
                .body("violations[0].field", equalTo("municipalityCode"))
                .body("violations[0].message", equalTo("onbekende gemeente 'atlantis'"));
    }

    @Test
    void malformedRequestsInDutchNameTheField() {
        Map<String, Object> body = vacancy(createEmployer(), "Taal");
        body.put("hoursPerWeekMin", "veel");
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").body(body).post("/api/vacancies").then(),
                400, "malformed-request")
                .body("title", equalTo("Ongeldig verzoek"))
                .body("detail", equalTo("Het verzoek bevat een ongeldige waarde voor 'hoursPerWeekMin'."))
                .body("violations[0].field", equalTo("hoursPerWeekMin"))
                .body("violations[0].message", equalTo("moet een geheel getal zijn"));

        Map<String, Object> unknown = employer("Taal " + marker());
        unknown.put("status", "ARCHIVED");
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").body(unknown).post("/api/employers").then(),
                400, "malformed-request")
                .body("violations[0].message", equalTo("onbekend veld"));

        Map<String, Object> size = employer("Taal " + marker());
        size.put("sizeClass", "HUGE");
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").body(size).post("/api/employers").then(),
                400, "malformed-request")
                .body("violations[0].message", equalTo("moet een van deze waarden zijn: MICRO, SMALL, MEDIUM"));

        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").body("{\"name\": ")
                .post("/api/employers").then(), 400, "malformed-request")
                .body("detail", equalTo("Het verzoek is geen geldige JSON."));

        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").queryParam("sort", "salary,asc")
                .get("/api/employers").then(), 400, "malformed-request")
                .body("detail", equalTo("Ongeldige waarde voor 'sort'."))
                .body("violations[0].message",
                        equalTo("onbekend sorteerveld 'salary'; mogelijk: createdAt, name, updatedAt"));
    }

    @Test
    void protocolAndSecurityProblemsInDutch() {
        assertProblem(given().header(LANGUAGE, "nl-NL").get("/api/employers").then(), 401, "unauthorized")
                .header("Content-Language", "nl")
                .body("title", equalTo("Niet ingelogd"))
                .body("detail", equalTo("Hiervoor is een geldig toegangstoken nodig."));
        assertProblem(as(TestTokens.jobcoach()).header(LANGUAGE, "nl-NL").body(employer("Taal " + marker()))
                .post("/api/employers").then(), 403, "forbidden")
                .body("detail", equalTo("Met jouw rol mag je dit niet doen."));
        assertProblem(given().auth().oauth2(TestTokens.consultant()).header(LANGUAGE, "nl-NL").contentType("text/plain")
                .body("x").post("/api/employers").then(), 415, "unsupported-media-type")
                .body("detail", equalTo("De inhoud van het verzoek moet application/json zijn."));
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").patch("/api/employers").then(),
                405, "method-not-allowed")
                .body("detail", equalTo("Deze methode is hier niet toegestaan."));
        assertProblem(given().auth().oauth2(TestTokens.consultant()).header(LANGUAGE, "nl-NL").accept("application/xml")
                .get("/api/employers").then(), 406, "not-acceptable")
                .body("detail", equalTo("Dit adres antwoordt alleen in application/json."));

        String id = createEmployer();
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").body(employer("Taal " + marker()))
                .put("/api/employers/" + id).then(), 428, "precondition-required")
                .body("title", equalTo("Versie ontbreekt"))
                .body("detail", equalTo("Voor deze wijziging is een If-Match-header nodig met de ETag van de versie "
                        + "die je hebt bewerkt."));
        assertProblem(as(TestTokens.consultant()).header(LANGUAGE, "nl-NL").header("If-Match", "\"7\"")
                .body(employer("Taal " + marker())).put("/api/employers/" + id).then(), 412, "precondition-failed")
                .body("detail", equalTo("Deze gegevens zijn gewijzigd nadat je ze hebt opgehaald (huidige ETag \"0\")."));
    }
}

package nl.werkhub.talent;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Api.marker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class TalentResourceTest {

    private static final Pattern CODE = Pattern.compile(Talent.CODE_PATTERN);
    private static final Pattern ESCO = Pattern.compile(Talent.ESCO_URI_PATTERN);

    // ---- the seed ---------------------------------------------------------------------------

    @Test
    void seedHasARealisticTaxonomyInEveryCategory() {
        List<Map<String, Object>> all = new ArrayList<>();
        int page = 0;
        int totalPages;
        do {
            Response response = as(TestTokens.admin()).queryParam("includeRetired", "true").queryParam("size", 100)
                    .queryParam("page", page).queryParam("sort", "code,asc").get("/api/talents");
            response.then().statusCode(200);
            all.addAll(response.path("items"));
            totalPages = response.path("totalPages");
            page++;
        } while (page < totalPages);

        assertTrue(all.size() >= 150, "only " + all.size() + " talents");
        Map<TalentCategory, Integer> perCategory = new EnumMap<>(TalentCategory.class);
        Set<String> codes = new HashSet<>();
        int withEsco = 0;
        for (Map<String, Object> t : all) {
            String code = (String) t.get("code");
            assertTrue(codes.add(code), "duplicate " + code);
            assertTrue(CODE.matcher(code).matches(), code);
            assertFalse(((String) t.get("labelNl")).isBlank(), code);
            assertFalse(((String) t.get("labelEn")).isBlank(), code);
            perCategory.merge(TalentCategory.valueOf((String) t.get("category")), 1, Integer::sum);
            if (t.get("escoUri") != null) {
                assertTrue(ESCO.matcher((String) t.get("escoUri")).matches(), code);
                withEsco++;
            }
        }
        for (TalentCategory category : TalentCategory.values()) {
            assertTrue(perCategory.getOrDefault(category, 0) >= 25, category + ": " + perCategory.get(category));
        }
        assertTrue(withEsco >= 100, "ESCO URIs: " + withEsco);
        assertTrue(codes.containsAll(List.of("betrouwbaar", "klantgericht", "orderpicken", "heftruck-rijden",
                "zorg-adl-ondersteuning", "vca-basis", "vca-vol", "bhv", "heftruckcertificaat", "rijbewijs-c",
                "rijbewijs-ce", "code-95", "svh-sociale-hygiene", "nen-3140", "nederlands", "arabisch", "turks",
                "pools", "papiaments", "tamazight", "tigrinya", "oekraiens")), "seed misses well-known codes");
    }

    @Test
    void seededTalentsCarryLabelsCategoryAndEscoUri() {
        as(TestTokens.municipality()).get("/api/talents/heftruck-rijden").then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("labelNl", equalTo("Heftruck rijden"))
                .body("labelEn", equalTo("Forklift driving"))
                .body("category", equalTo("VOCATIONAL_SKILL"))
                .body("escoUri", equalTo("http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755"))
                .body("retired", equalTo(false))
                .body("version", equalTo(0));
        // no ESCO concept for a Dutch certificate: the field is left out, not null
        Map<String, Object> vca = as(TestTokens.jobcoach()).get("/api/talents/vca-basis").then().statusCode(200)
                .body("category", equalTo("CERTIFICATE")).extract().as(Map.class);
        assertFalse(vca.containsKey("escoUri"));
        as(TestTokens.consultant()).get("/api/talents/nederlands").then().statusCode(200)
                .body("escoUri", equalTo("http://data.europa.eu/esco/skill/cad4f44b-28a8-4448-86e5-7389e5ebf3eb"));
    }

    // ---- list: search, filter, paging, sort ---------------------------------------------------

    @Test
    void searchIsCaseAndAccentInsensitiveOverCodeAndBothLabels() {
        for (String q : List.of("hygiene", "HYGIËNE", "Hygiëne", "sociale hyg")) {
            as(TestTokens.consultant()).queryParam("q", q).get("/api/talents").then().statusCode(200)
                    .body("items.code", hasItem("svh-sociale-hygiene"));
        }
        as(TestTokens.consultant()).queryParam("q", "oekraiens").get("/api/talents").then().statusCode(200)
                .body("items.code", contains("oekraiens"))
                .body("items[0].labelNl", equalTo("Oekraïens"));
        // English label
        as(TestTokens.jobcoach()).queryParam("q", "forklift").get("/api/talents").then().statusCode(200)
                .body("items.code", hasItems("heftruck-rijden", "heftruckcertificaat"));
        // code
        as(TestTokens.municipality()).queryParam("q", "rijbewijs-c").get("/api/talents").then().statusCode(200)
                .body("items.code", containsInAnyOrder("rijbewijs-c", "rijbewijs-ce"));
        // wildcards are literal
        as(TestTokens.consultant()).queryParam("q", "%").get("/api/talents").then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(TestTokens.consultant()).queryParam("q", "_").get("/api/talents").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void filterByCategoryPagesAndSorts() {
        Response first = as(TestTokens.consultant()).queryParam("category", "LANGUAGE").queryParam("size", 10)
                .get("/api/talents");
        first.then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(10))
                .body("items", hasSize(10))
                .body("items.category", everyItem(equalTo("LANGUAGE")))
                .body("totalItems", greaterThanOrEqualTo(30))
                .body("items[0].labelNl", equalTo("Albanees"));
        int total = first.path("totalItems");
        assertEquals((total + 9) / 10, (int) first.path("totalPages"));
        List<String> page0 = first.path("items.code");
        List<String> page1 = as(TestTokens.consultant()).queryParam("category", "language").queryParam("size", 10)
                .queryParam("page", 1).get("/api/talents").then().statusCode(200).extract().path("items.code");
        assertEquals(10, page1.size());
        assertTrue(page1.stream().noneMatch(page0::contains), "pages overlap");

        List<String> byCodeDesc = as(TestTokens.consultant()).queryParam("category", "LANGUAGE")
                .queryParam("sort", "code,desc").queryParam("size", 100).get("/api/talents").then().statusCode(200)
                .body("items[0].code", equalTo("vietnamees")).extract().path("items.code");
        List<String> sorted = new ArrayList<>(byCodeDesc);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, byCodeDesc);

        List<String> byCategory = as(TestTokens.consultant()).queryParam("sort", "category,asc").queryParam("size", 5)
                .get("/api/talents").then().statusCode(200).extract().path("items.category");
        assertEquals(List.of("CERTIFICATE", "CERTIFICATE", "CERTIFICATE", "CERTIFICATE", "CERTIFICATE"), byCategory);
    }

    @Test
    void badListParametersAre400NamingTheParameter() {
        Map<String, String> cases = Map.of("category", "COOKING", "includeRetired", "yes", "sort", "name,asc",
                "size", "0", "page", "-1");
        cases.forEach((name, value) -> assertProblem(
                as(TestTokens.consultant()).queryParam(name, value).get("/api/talents").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo(name)));
        assertProblem(as(TestTokens.consultant()).header("Accept-Language", "nl").queryParam("includeRetired", "ja")
                .get("/api/talents").then(), 400, "malformed-request")
                .body("violations[0].message", equalTo("moet true of false zijn"));
    }

    // ---- admin writes -----------------------------------------------------------------------

    @Test
    void adminCreatesRenamesRetiresAndReinstates() {
        String code = "test-" + marker();
        Response created = as(TestTokens.admin()).body(talent(code, "  Palletwikkelen  ", "Pallet wrapping",
                "VOCATIONAL_SKILL", "")).post("/api/talents");
        created.then().statusCode(201)
                .header("Location", endsWith("/api/talents/" + code))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("labelNl", equalTo("Palletwikkelen"))
                .body("labelEn", equalTo("Pallet wrapping"))
                .body("category", equalTo("VOCATIONAL_SKILL"))
                .body("escoUri", nullValue())
                .body("retired", equalTo(false))
                .body("version", equalTo(0));
        assertFalse(created.as(Map.class).containsKey("escoUri"));
        as(TestTokens.municipality()).get("/api/talents/" + code).then().statusCode(200).header("ETag", "\"0\"");

        Map<String, Object> rename = update("Pallets wikkelen", "Pallet wrapping", "VOCATIONAL_SKILL",
                "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f");
        assertProblem(as(TestTokens.admin()).body(rename).put("/api/talents/" + code).then(), 428, "precondition-required");
        assertProblem(as(TestTokens.admin()).header("If-Match", "\"7\"").body(rename).put("/api/talents/" + code).then(),
                412, "precondition-failed");
        as(TestTokens.admin()).header("If-Match", "\"0\"").body(rename).put("/api/talents/" + code).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("labelNl", equalTo("Pallets wikkelen"))
                .body("escoUri", equalTo(rename.get("escoUri")))
                .body("version", equalTo(1));
        // the same body again changes nothing
        as(TestTokens.admin()).header("If-Match", "\"1\"").body(rename).put("/api/talents/" + code).then().statusCode(200)
                .header("ETag", "\"1\"").body("version", equalTo(1));
        as(TestTokens.consultant()).queryParam("q", "pallets wikk").get("/api/talents").then().statusCode(200)
                .body("items.code", contains(code));

        as(TestTokens.admin()).post("/api/talents/" + code + "/retire").then().statusCode(200)
                .header("ETag", "\"2\"").body("retired", equalTo(true)).body("version", equalTo(2));
        // idempotent, and If-Match is honoured when sent
        as(TestTokens.admin()).header("If-Match", "\"2\"").post("/api/talents/" + code + "/retire").then().statusCode(200)
                .body("retired", equalTo(true)).body("version", equalTo(2));
        assertProblem(as(TestTokens.admin()).header("If-Match", "\"1\"").post("/api/talents/" + code + "/reinstate").then(),
                412, "precondition-failed");

        // retired: hidden by default, listed with includeRetired=true, still readable one by one
        as(TestTokens.consultant()).queryParam("q", code).get("/api/talents").then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(TestTokens.consultant()).queryParam("q", code).queryParam("includeRetired", "true").get("/api/talents")
                .then().statusCode(200).body("items.code", contains(code)).body("items[0].retired", equalTo(true));
        as(TestTokens.consultant()).queryParam("q", code).queryParam("includeRetired", "false").get("/api/talents")
                .then().statusCode(200).body("totalItems", equalTo(0));
        as(TestTokens.jobcoach()).get("/api/talents/" + code).then().statusCode(200).body("retired", equalTo(true));

        as(TestTokens.admin()).header("If-Match", "\"2\"").post("/api/talents/" + code + "/reinstate").then()
                .statusCode(200).header("ETag", "\"3\"").body("retired", equalTo(false)).body("version", equalTo(3));
        as(TestTokens.consultant()).queryParam("q", code).get("/api/talents").then().statusCode(200)
                .body("items.code", contains(code));
        // renaming a retired talent is allowed; removing the ESCO URI leaves the field out
        Map<String, Object> plain = update("Pallets wikkelen", "Pallet wrapping", "WORK_ATTITUDE", null);
        Map<?, ?> after = as(TestTokens.admin()).header("If-Match", "\"3\"").body(plain).put("/api/talents/" + code)
                .then().statusCode(200).body("category", equalTo("WORK_ATTITUDE")).extract().as(Map.class);
        assertFalse(after.containsKey("escoUri"));
    }

    @Test
    void duplicateCodeIs409AndARetiredOneSaysReinstate() {
        String code = "dup-" + marker();
        Map<String, Object> body = talent(code, "Dubbel", "Double", "WORK_ATTITUDE", null);
        as(TestTokens.admin()).body(body).post("/api/talents").then().statusCode(201);
        assertProblem(as(TestTokens.admin()).body(body).post("/api/talents").then(), 409, "conflict")
                .body("detail", containsString(code));
        // a seeded code
        assertProblem(as(TestTokens.admin()).body(talent("rijbewijs-c", "x", "x", "CERTIFICATE", null))
                .post("/api/talents").then(), 409, "conflict");

        as(TestTokens.admin()).post("/api/talents/" + code + "/retire").then().statusCode(200);
        assertProblem(as(TestTokens.admin()).body(body).post("/api/talents").then(), 409, "conflict")
                .body("detail", containsString("reinstate"));
        assertProblem(as(TestTokens.admin()).header("Accept-Language", "nl-NL").body(body).post("/api/talents").then(),
                409, "conflict")
                .body("detail", equalTo("Er is al een talent met code '" + code
                        + "', maar het is buiten gebruik gesteld; zet het weer in gebruik."));
    }

    @Test
    void badCodePatternIs422AndWritesNothing() {
        for (String bad : List.of("Rijbewijs C", "RIJBEWIJS-C", "rijbewijs--c", "-vca", "vca-", "vca_basis", "vca basis",
                "hygiëne", "a".repeat(61))) {
            assertProblem(as(TestTokens.admin()).body(talent(bad, "Label", "Label", "CERTIFICATE", null))
                    .post("/api/talents").then(), 422, "validation-failed")
                    .body("violations.field", hasItem("code"));
        }
        String code = "x" + marker();
        assertProblem(as(TestTokens.admin()).header("Accept-Language", "nl")
                .body(talent(code.toUpperCase(), "Label", "Label", "CERTIFICATE", null)).post("/api/talents").then(),
                422, "validation-failed")
                .body("violations[0].message", equalTo(
                        "moet een code zijn van kleine letters, cijfers en losse koppeltekens, zoals rijbewijs-c"));
        as(TestTokens.admin()).get("/api/talents/" + code).then().statusCode(404);
    }

    @Test
    void invalidBodiesListEveryViolation() {
        String code = "inv-" + marker();
        Map<String, Object> body = talent(code, " ", "x".repeat(121), null, "http://example.com/skill/1");
        assertProblem(as(TestTokens.admin()).body(body).post("/api/talents").then(), 422, "validation-failed")
                .body("violations.field", containsInAnyOrder("labelNl", "labelEn", "category", "escoUri"));
        as(TestTokens.admin()).get("/api/talents/" + code).then().statusCode(404);

        Map<String, Object> missingCode = talent(null, "Label", "Label", "LANGUAGE", null);
        assertProblem(as(TestTokens.admin()).body(missingCode).post("/api/talents").then(), 422, "validation-failed")
                .body("violations.field", contains("code"));

        // unknown enum value and unknown properties are malformed JSON, as everywhere
        assertProblem(as(TestTokens.admin()).body(talent(code, "L", "L", "COOKING", null)).post("/api/talents").then(),
                400, "malformed-request").body("violations[0].field", equalTo("category"));
        Map<String, Object> withRetired = talent(code, "L", "L", "LANGUAGE", null);
        withRetired.put("retired", true);
        assertProblem(as(TestTokens.admin()).body(withRetired).post("/api/talents").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("retired"));
        Map<String, Object> updateWithCode = update("L", "L", "LANGUAGE", null);
        updateWithCode.put("code", "other");
        assertProblem(as(TestTokens.admin()).header("If-Match", "\"0\"").body(updateWithCode).put("/api/talents/nederlands")
                .then(), 400, "malformed-request");
        assertProblem(as(TestTokens.admin()).header("If-Match", "\"0\"").body(update("", "Dutch", "LANGUAGE", null))
                .put("/api/talents/nederlands").then(), 422, "validation-failed")
                .body("violations.field", contains("labelNl"));
        as(TestTokens.admin()).get("/api/talents/nederlands").then().statusCode(200).body("labelNl", equalTo("Nederlands"));
    }

    @Test
    void unknownCodeIs404InTheRequestedLanguage() {
        assertProblem(as(TestTokens.consultant()).get("/api/talents/bestaat-niet").then(), 404, "not-found")
                .body("detail", equalTo("No talent with code 'bestaat-niet'"));
        assertProblem(as(TestTokens.consultant()).header("Accept-Language", "nl").get("/api/talents/bestaat-niet").then(),
                404, "not-found")
                .body("detail", equalTo("Er is geen talent met code 'bestaat-niet'."));
        for (String action : List.of("retire", "reinstate")) {
            assertProblem(as(TestTokens.admin()).post("/api/talents/bestaat-niet/" + action).then(), 404, "not-found");
        }
        assertProblem(as(TestTokens.admin()).header("If-Match", "\"0\"").body(update("a", "b", "LANGUAGE", null))
                .put("/api/talents/bestaat-niet").then(), 404, "not-found");
    }

    // ---- roles ------------------------------------------------------------------------------

    @Test
    void everyRoleReadsOnlyAdminWrites() {
        for (Supplier<String> reader : List.<Supplier<String>>of(TestTokens::consultant, TestTokens::jobcoach,
                TestTokens::municipality, TestTokens::admin)) {
            as(reader.get()).get("/api/talents").then().statusCode(200);
            as(reader.get()).get("/api/talents/bhv").then().statusCode(200);
        }
        String code = "roles-" + marker();
        as(TestTokens.admin()).body(talent(code, "Rollen", "Roles", "WORK_ATTITUDE", null)).post("/api/talents")
                .then().statusCode(201);
        for (Supplier<String> other : List.<Supplier<String>>of(TestTokens::consultant, TestTokens::jobcoach,
                TestTokens::municipality, () -> TestTokens.token("n-1", "nobody"))) {
            String token = other.get();
            assertProblem(as(token).body(talent("x-" + marker(), "X", "X", "WORK_ATTITUDE", null)).post("/api/talents")
                    .then(), 403, "forbidden");
            assertProblem(as(token).header("If-Match", "\"0\"").body(update("X", "X", "WORK_ATTITUDE", null))
                    .put("/api/talents/" + code).then(), 403, "forbidden");
            assertProblem(as(token).post("/api/talents/" + code + "/retire").then(), 403, "forbidden");
            assertProblem(as(token).post("/api/talents/" + code + "/reinstate").then(), 403, "forbidden");
        }
        // a token without any Werkhub role reads nothing
        assertProblem(as(TestTokens.token("n-1", "nobody")).get("/api/talents").then(), 403, "forbidden");
        as(TestTokens.admin()).get("/api/talents/" + code).then().statusCode(200).body("version", equalTo(0))
                .body("labelNl", equalTo("Rollen"));

        for (String path : List.of("/api/talents", "/api/talents/bhv")) {
            assertProblem(given().accept(ContentType.JSON).get(path).then(), 401, "unauthorized");
        }
        assertProblem(given().contentType(ContentType.JSON).body(talent("y-" + marker(), "Y", "Y", "LANGUAGE", null))
                .post("/api/talents").then(), 401, "unauthorized");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(update("Y", "Y", "LANGUAGE", null)).put("/api/talents/bhv").then(), 401, "unauthorized");
        assertProblem(given().post("/api/talents/bhv/retire").then(), 401, "unauthorized");
        assertProblem(given().post("/api/talents/bhv/reinstate").then(), 401, "unauthorized");
        assertProblem(as(TestTokens.expired()).get("/api/talents").then(), 401, "unauthorized");
        as(TestTokens.admin()).get("/api/talents/bhv").then().body("retired", equalTo(false));
    }

    static Map<String, Object> talent(String code, String labelNl, String labelEn, String category, String escoUri) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("labelNl", labelNl);
        body.put("labelEn", labelEn);
        body.put("category", category);
        if (escoUri != null) {
            body.put("escoUri", escoUri);
        }
        return body;
    }

    static Map<String, Object> update(String labelNl, String labelEn, String category, String escoUri) {
        Map<String, Object> body = talent(null, labelNl, labelEn, category, escoUri);
        body.remove("code");
        return body;
    }
}

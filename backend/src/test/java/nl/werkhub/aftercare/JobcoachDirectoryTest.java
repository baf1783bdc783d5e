package nl.werkhub.aftercare;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.KeycloakAdminStub;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class JobcoachDirectoryTest {

    @Inject
    KeycloakJobcoachDirectory directory;

    @BeforeEach
    @AfterEach
    void cleanSlate() {
        KeycloakAdminStub.reset();
        directory.invalidate();
    }

    @Test
    void consultantsAndAdminsGetTheJobcoachesSortedByDisplayNameWithoutDisabledAccounts() {
        for (String token : List.of(TestTokens.consultant(), TestTokens.admin())) {
            as(token).get("/api/jobcoaches").then()
                    .statusCode(200)
                    .body("$", hasSize(3))
                    .body("username", contains("jobcoach", "jet.jobcoach", "jos.jobcoach"))
                    .body("displayName", contains("Jamal Bakker", "Jet Smit", "Jos de Boer"))
                    .body("[1].firstName", equalTo("Jet"))
                    .body("[1].lastName", equalTo("Smit"))
                    .body("username", not(hasItem("ex.jobcoach")));
        }
    }

    @Test
    void aUserWithoutANameIsListedByUsername() {
        KeycloakAdminStub.users("""
                [{"username":"zz.coach","enabled":true},
                 {"username":"anna.coach","firstName":"Anna","enabled":true}]""");
        as(TestTokens.consultant()).get("/api/jobcoaches").then()
                .statusCode(200)
                .body("username", contains("anna.coach", "zz.coach"))
                .body("displayName", contains("Anna", "zz.coach"))
                // optional fields without a value are left out, not null
                .body("[1]", not(org.hamcrest.Matchers.hasKey("firstName")));
    }

    @Test
    void jobcoachesAndMunicipalitiesMayNotListThem() {
        assertProblem(as(TestTokens.jobcoach()).get("/api/jobcoaches").then(), 403, "forbidden");
        assertProblem(as(TestTokens.rotterdam()).get("/api/jobcoaches").then(), 403, "forbidden");
    }

    @Test
    void anonymousIs401() {
        assertProblem(given().get("/api/jobcoaches").then(), 401, "unauthorized");
    }

    @Test
    void findKnowsJobcoachesAndOnlyThem() {
        Optional<Jobcoach> jos = directory.find("jos.jobcoach");
        assertTrue(jos.isPresent());
        assertEquals("Jos de Boer", jos.get().displayName());
        assertTrue(directory.find("consultant").isEmpty());
        assertTrue(directory.find("ex.jobcoach").isEmpty(), "a disabled account is no jobcoach");
        assertTrue(directory.find("").isEmpty());
        assertTrue(directory.find(null).isEmpty());
    }

    @Test
    void theListIsCachedButAnUnknownNameIsLookedUpOnceMore() {
        directory.all();
        int before = KeycloakAdminStub.userListRequests();
        directory.all();
        directory.find("jet.jobcoach");
        assertEquals(before, KeycloakAdminStub.userListRequests(), "a known name and the list come from the cache");

        // a jobcoach added in Keycloak after the list was read
        KeycloakAdminStub.users("""
                [{"username":"jobcoach","firstName":"Jamal","lastName":"Bakker","enabled":true},
                 {"username":"nieuw.jobcoach","firstName":"Noor","lastName":"Nieuw","enabled":true}]""");
        assertEquals("Noor Nieuw", directory.find("nieuw.jobcoach").orElseThrow().displayName());
        assertEquals(before + 1, KeycloakAdminStub.userListRequests());

        assertTrue(directory.find("nobody").isEmpty());
        assertEquals(before + 2, KeycloakAdminStub.userListRequests(), "one more look per unknown name, no more");
        as(TestTokens.consultant()).get("/api/jobcoaches").then().statusCode(200)
                .body("username", contains("jobcoach", "nieuw.jobcoach"));
    }

    @Test
    void keycloakDownWithNothingCachedIs503Problem() {
        KeycloakAdminStub.keycloakDown();
        assertProblem(as(TestTokens.consultant()).header("Accept-Language", "nl-NL").get("/api/jobcoaches").then(),
                503, "directory-unavailable")
                .header("Retry-After", "10")
                .body("title", equalTo("Jobcoachlijst niet beschikbaar"));
        assertThrows(DirectoryUnavailableException.class, () -> directory.find("jos.jobcoach"));
    }

    @Test
    void keycloakDownWithAListCachedServesTheCache() {
        directory.all();
        directory.expireCache();
        KeycloakAdminStub.keycloakDown();
        as(TestTokens.consultant()).get("/api/jobcoaches").then().statusCode(200)
                .body("username", contains("jobcoach", "jet.jobcoach", "jos.jobcoach"));
        assertEquals("Jet Smit", directory.find("jet.jobcoach").orElseThrow().displayName());
        // an unknown name cannot be told from a jobcoach added during the outage: not "unknown", but 503
        assertThrows(DirectoryUnavailableException.class, () -> directory.find("nieuw.jobcoach"));
    }
}

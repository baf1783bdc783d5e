package nl.werkhub.municipality;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MunicipalityResourceTest {

    @Test
    void everyRoleReadsTheRegionSortedByName() {
        for (String token : new String[] { TestTokens.consultant(), TestTokens.admin(), TestTokens.jobcoach(),
                TestTokens.municipality() }) {
            as(token).get("/api/municipalities").then()
                    .statusCode(200)
                    .body("$", hasSize(57))
                    .body("code", hasItems("albrandswaard", "voorne-aan-zee", "amsterdam", "den-haag", "zwolle"))
                    .body("[56].code", equalTo("zwolle"))
                    .body("code", hasItems("rotterdam", "capelle", "nissewaard"))
                    .body("find { it.code == 'capelle' }.name", equalTo("Capelle aan den IJssel"))
                    .body("find { it.code == 'den-haag' }.name", equalTo("'s-Gravenhage"));
        }
    }

    @Test
    void withoutTokenIs401Problem() {
        assertProblem(given().get("/api/municipalities").then(), 401, "unauthorized");
    }

    @Test
    void aTokenWithoutAnyWerkhubRoleIs403() {
        assertProblem(as(TestTokens.token("x-1", "nobody", "offline_access")).get("/api/municipalities").then(),
                403, "forbidden");
    }
}

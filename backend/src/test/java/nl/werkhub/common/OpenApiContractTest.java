package nl.werkhub.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed {@code openapi.yaml} at the repository root is the contract the SPA's client is
 * generated from; it must say exactly what the running backend serves.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedDocumentEqualsCommittedContract() throws Exception {
        Path committed = Path.of("..", "openapi.yaml");
        assertTrue(Files.exists(committed), "../openapi.yaml is missing: run `make openapi`");

        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();

        JsonNode expected = YAML.readTree(committed.toFile());
        JsonNode actual = YAML.readTree(served);
        assertEquals(expected, actual,
                "The served OpenAPI document differs from the committed openapi.yaml: run `make openapi` "
                        + "(cd backend && ./mvnw -q package -DskipTests && cp target/openapi/openapi.yaml ../openapi.yaml) "
                        + "and commit the result");
    }
}

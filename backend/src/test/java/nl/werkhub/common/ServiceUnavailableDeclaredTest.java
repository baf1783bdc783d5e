package nl.werkhub.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Every operation of the contract may meet a database or Keycloak outage, which the backend answers
 * 503 (docs/reliability.md, "Faults"), so every one declares it and a client generated from the
 * contract expects it. The committed file is the one {@link OpenApiContractTest} holds equal to the
 * served document.
 */
class ServiceUnavailableDeclaredTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void everyOperationDeclaresA503Problem() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : doc.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                JsonNode response = operation.getValue().path("responses").path("503");
                String ref = response.path("$ref").asText("");
                if (!ref.equals("#/components/responses/ServiceUnavailable")
                        && !ref.equals("#/components/responses/DirectoryUnavailable")) {
                    missing.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertTrue(operations >= 40, "found only " + operations + " operations");
        assertEquals(List.of(), missing, "operations without a 503 problem response");
        JsonNode problem = doc.at("/components/responses/ServiceUnavailable/content/application~1problem+json");
        assertTrue(problem.isObject(), "ServiceUnavailable is not an application/problem+json response");
        assertTrue(doc.at("/components/responses/ServiceUnavailable/headers/Retry-After").isObject());
    }
}

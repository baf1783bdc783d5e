package nl.werkhub.common;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UnexpectedErrorTest {

    /** Test-only route that fails the way a bug would; hidden from the OpenAPI document. */
    @Path("/api/test-only/boom")
    public static class BoomResource {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @RolesAllowed("consultant")
        @Operation(hidden = true)
        public java.util.Map<String, String> boom() {
            throw new IllegalStateException("select secret from employer where password = 'hunter2'");
        }
    }

    @Test
    void aBugIsA500WithAnErrorIdAndNoInternals() {
        assertProblem(as(TestTokens.consultant()).get("/api/test-only/boom").then(), 500, "internal-error")
                .body("detail", containsString("Error id: "))
                .body("detail", not(containsString("secret")))
                .body("detail", not(containsString("IllegalState")));
    }
}

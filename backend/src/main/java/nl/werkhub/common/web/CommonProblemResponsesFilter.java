package nl.werkhub.common.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the problem responses that every {@code /api} operation shares, so the resources declare
 * only the responses specific to an operation. Every operation gets 500 ({@link ApiResponses#INTERNAL_ERROR});
 * operations that carry a security requirement (i.e. {@code @RolesAllowed}) also get 401
 * ({@link ApiResponses#UNAUTHORIZED}) and 403 ({@link ApiResponses#FORBIDDEN}), public ones do not.
 * Operations that take a body get 413 ({@link RequestBodyLimit}); the municipal intake routes get 429
 * ({@link MunicipalRateLimit}). Every operation, {@code /calendar} included, also gets 503
 * ({@link ApiResponses#SERVICE_UNAVAILABLE}): each one depends on the database. A response an operation
 * declares itself (with a ref or content) wins. Registered through
 * {@code mp.openapi.filter}, so it shapes the build-time document ({@code target/openapi/openapi.yaml})
 * as well as {@code /q/openapi}.
 */
public class CommonProblemResponsesFilter implements OASFilter {

    static final String API_PREFIX = "/api";
    static final String MUNICIPAL_PREFIX = "/api/municipalities/{code}/candidates";

    /** Response codes in numeric order; non-numeric keys such as {@code default} last. */
    private static final Comparator<String> RESPONSE_ORDER = Comparator
            .comparing((String code) -> !code.chars().allMatch(Character::isDigit))
            .thenComparing(Comparator.naturalOrder());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.equals(API_PREFIX) || path.startsWith(API_PREFIX + "/")) {
                addCommonResponses(item, path.equals(MUNICIPAL_PREFIX) || path.startsWith(MUNICIPAL_PREFIX + "/"));
            }
            // every operation reads or writes the database (or asks Keycloak), so every one may meet
            // an outage: 503, declared here once rather than remembered per method
            addServiceUnavailable(item);
        });
    }

    private static void addCommonResponses(PathItem item, boolean rateLimited) {
        for (Operation operation : item.getOperations().values()) {
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            Map<String, APIResponse> responses = new TreeMap<>(RESPONSE_ORDER);
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                responses.putAll(operation.getResponses().getAPIResponses());
            }
            if (secured) {
                addUnlessDeclared(responses, "401", ApiResponses.UNAUTHORIZED);
                addUnlessDeclared(responses, "403", ApiResponses.FORBIDDEN);
            }
            if (operation.getRequestBody() != null) {
                addUnlessDeclared(responses, "413", ApiResponses.PAYLOAD_TOO_LARGE);
            }
            if (rateLimited) {
                addUnlessDeclared(responses, "429", ApiResponses.TOO_MANY_REQUESTS);
            }
            addUnlessDeclared(responses, "500", ApiResponses.INTERNAL_ERROR);
            APIResponses target = operation.getResponses() != null ? operation.getResponses()
                    : OASFactory.createAPIResponses();
            target.setAPIResponses(new LinkedHashMap<>(responses));
            operation.setResponses(target);
        }
    }

    private static void addServiceUnavailable(PathItem item) {
        for (Operation operation : item.getOperations().values()) {
            Map<String, APIResponse> responses = new TreeMap<>(RESPONSE_ORDER);
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                responses.putAll(operation.getResponses().getAPIResponses());
            }
            addUnlessDeclared(responses, "503", ApiResponses.SERVICE_UNAVAILABLE);
            APIResponses target = operation.getResponses() != null ? operation.getResponses()
                    : OASFactory.createAPIResponses();
            target.setAPIResponses(new LinkedHashMap<>(responses));
            operation.setResponses(target);
        }
    }

    /**
     * Quarkus adds a bare 401/403 (a description only, e.g. "Not Authorized") to every secured
     * operation before this filter runs; that placeholder is replaced, a response with a ref or
     * content is the operation's own and stays.
     */
    private static void addUnlessDeclared(Map<String, APIResponse> responses, String code, String name) {
        APIResponse existing = responses.get(code);
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            responses.put(code, reference(name));
        }
    }

    private static APIResponse reference(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }
}

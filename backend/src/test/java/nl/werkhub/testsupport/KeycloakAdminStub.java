package nl.werkhub.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * The part of the Keycloak Admin REST API that the jobcoach directory reads, stubbed on the mock
 * OIDC server (installed for every test by {@link OidcWithKeycloakAdmin}). The token endpoint only
 * answers the client-credentials grant of {@code werkhub-backend} with the test secret, and the
 * users endpoint only that token, so a backend that sends the wrong credentials fails the tests.
 *
 * <p>Jobcoaches: {@code jos.jobcoach} ({@link TestTokens#jobcoach()}), {@code jobcoach} and
 * {@code jet.jobcoach}; {@code ex.jobcoach} has the role but a disabled account.
 */
public final class KeycloakAdminStub {

    public static final String REALM_PATH = "/auth/realms/quarkus";
    public static final String TOKEN_PATH = REALM_PATH + "/protocol/openid-connect/token";
    public static final String USERS_PATH = "/auth/admin/realms/quarkus/roles/jobcoach/users";
    public static final String CLIENT_ID = "werkhub-backend";
    public static final String CLIENT_SECRET = "test-backend-secret";
    static final String ACCESS_TOKEN = "test-admin-access-token";

    /** The enabled jobcoaches of the stub, in the order the directory must list them. */
    public static final List<String> USERNAMES = List.of("jobcoach", "jet.jobcoach", "jos.jobcoach");

    // deliberately not in display-name order: the directory sorts
    private static final String USERS = """
            [
              {"id":"00000000-0000-0000-0000-000000000a01","username":"jos.jobcoach","firstName":"Jos","lastName":"de Boer","enabled":true},
              {"id":"00000000-0000-0000-0000-000000000a02","username":"jobcoach","firstName":"Jamal","lastName":"Bakker","enabled":true},
              {"id":"00000000-0000-0000-0000-000000000a04","username":"ex.jobcoach","firstName":"Ex","lastName":"Coach","enabled":false},
              {"id":"00000000-0000-0000-0000-000000000a03","username":"jet.jobcoach","firstName":"Jet","lastName":"Smit","enabled":true}
            ]""";

    private static volatile WireMock wireMock;
    private static final List<StubMapping> overrides = new ArrayList<>();
    private static final List<String> addedJobcoaches = new ArrayList<>();

    private KeycloakAdminStub() {
    }

    /** Called once per test run, with the mock server's {@code keycloak.url} ({@code http://localhost:port/auth}). */
    static void install(String keycloakUrl) {
        URI uri = URI.create(keycloakUrl);
        WireMock client = new WireMock(uri.getHost(), uri.getPort());
        client.register(post(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=" + CLIENT_ID))
                .withRequestBody(containing("client_secret=" + CLIENT_SECRET))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        client.register(get(urlPathEqualTo(USERS_PATH))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .willReturn(json(USERS)));
        wireMock = client;
    }

    /** From now on Keycloak answers 503 to everything the directory asks, until {@link #reset()}. */
    public static synchronized void keycloakDown() {
        override(post(urlPathEqualTo(TOKEN_PATH)).atPriority(1).willReturn(aResponse().withStatus(503)));
        override(get(urlPathEqualTo(USERS_PATH)).atPriority(1).willReturn(aResponse().withStatus(503)));
    }

    /** From now on Keycloak lists these users (JSON array of user representations), until {@link #reset()}. */
    public static synchronized void users(String jsonArray) {
        override(get(urlPathEqualTo(USERS_PATH)).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)).willReturn(json(jsonArray)));
    }

    /**
     * From now on Keycloak lists these enabled jobcoaches as well as the standard users (and those
     * added before), until {@link #reset()}. The directory looks up a name it has not cached, so they
     * are known at once; after the reset it keeps them until its cache is invalidated or expires.
     */
    public static synchronized void addJobcoaches(String... usernames) {
        addedJobcoaches.addAll(List.of(usernames));
        StringBuilder json = new StringBuilder(USERS.substring(0, USERS.lastIndexOf(']')));
        for (String username : addedJobcoaches) {
            json.append(",{\"username\":\"").append(username).append("\",\"enabled\":true}");
        }
        users(json.append(']').toString());
    }

    /** Back to the standard users and a reachable Keycloak. */
    public static synchronized void reset() {
        for (StubMapping m : overrides) {
            wireMock.removeStubMapping(m);
        }
        overrides.clear();
        addedJobcoaches.clear();
    }

    /** How many times the directory asked for the role's users so far. */
    public static int userListRequests() {
        return wireMock.find(WireMock.getRequestedFor(urlPathEqualTo(USERS_PATH))).size();
    }

    private static void override(com.github.tomakehurst.wiremock.client.MappingBuilder builder) {
        overrides.add(wireMock.register(builder));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}

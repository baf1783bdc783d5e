package nl.werkhub.bench;

import java.util.List;

/**
 * Any GET path with the consultant's token, API side only ({@code --scenario get:/api/municipalities}):
 * the floor under every endpoint (token check, routing, JSON) next to the scenarios with SQL.
 */
final class GetScenario implements Scenario {

    private final String path;
    private final Api api;
    private final Tokens tokens;

    GetScenario(String path, Api api, Tokens tokens) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("get: needs a path, e.g. get:/api/municipalities");
        }
        this.path = path;
        this.api = api;
        this.tokens = tokens;
    }

    @Override
    public String name() {
        return "get:" + path;
    }

    @Override
    public List<String> prepare() {
        api.getOk(path, tokens.consultant());
        return List.of();
    }

    @Override
    public String apiLabel() {
        return "GET " + path;
    }

    @Override
    public List<String> paths() {
        return List.of(path);
    }

    @Override
    public String sqlLabel() {
        return null;
    }

    @Override
    public LoadRunner.OpFactory sql() {
        return null;
    }
}

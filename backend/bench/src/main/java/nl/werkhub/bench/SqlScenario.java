package nl.werkhub.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A GET endpoint beside the statements the backend sends for it (a resources/sql file). Subclasses
 * choose the paths and the values; the check compares the ids in the API's answer with the first
 * column of the file's first statement, in order.
 */
abstract class SqlScenario implements Scenario {

    final String name;
    final Api api;
    final Tokens tokens;
    final Db db;
    final SqlFile sql;

    SqlScenario(String name, String sqlFile, Api api, Tokens tokens, Db db) {
        this.name = name;
        this.api = api;
        this.tokens = tokens;
        this.db = db;
        this.sql = SqlFile.load(sqlFile);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String sqlLabel() {
        return "backend/bench/src/main/resources/sql/" + sql.name() + ".sql (" + sql.statements().size()
                + " statement(s), as the backend's log shows them)";
    }

    /** The values for one SQL execution; for a scenario with many paths, those of a random one. */
    abstract Map<String, Object> values(int pathIndex);

    @Override
    public LoadRunner.OpFactory sql() {
        int n = paths().size();
        Supplier<Map<String, Object>> next = () -> values(ThreadLocalRandom.current().nextInt(n));
        return sql.op(db, next);
    }

    /** Stops the run unless the API's ids and the SQL's are the same, in the same order. */
    void same(String what, List<String> apiIds, List<String> sqlIds) {
        if (!apiIds.equals(sqlIds)) {
            throw new BenchException(name + ": the API and sql/" + sql.name() + ".sql disagree for " + what
                    + ":\n  API: " + abbreviate(apiIds) + "\n  SQL: " + abbreviate(sqlIds)
                    + "\n  (has the endpoint changed? log its SQL again with quarkus.hibernate-orm.log.sql=true)");
        }
    }

    private static String abbreviate(List<String> ids) {
        return ids.size() <= 8 ? ids.toString() : ids.subList(0, 8) + " ... (" + ids.size() + ")";
    }
}

package nl.werkhub.bench;

import java.util.List;

/**
 * One thing to time: GET requests sent by wrk and, where there is one, the SQL behind them run
 * directly over JDBC with the same parameters, so the table shows how much of the time the database
 * accounts for. {@link #prepare} checks, before anything is timed, that both sides answer alike.
 * New scenarios are registered in {@link Bench#scenario}.
 */
interface Scenario {

    String name();

    /** Creates what the scenario needs, checks that API and SQL answer alike; returns lines to print. */
    List<String> prepare();

    /** What the API side requests, e.g. {@code GET /api/vacancies/{id}/suggestions?limit=20}. */
    String apiLabel();

    /** Whose token the requests carry: a demo user ({@link Tokens#CONSULTANT}) or a client. */
    default String user() {
        return Tokens.CONSULTANT;
    }

    /** The request paths wrk picks from at random (valid after {@link #prepare}). */
    List<String> paths();

    /** Where the SQL comes from, or null when the scenario has no SQL side. */
    String sqlLabel();

    LoadRunner.OpFactory sql();

    /** Closed-loop clients per phase unless --concurrency says otherwise. */
    default List<Integer> concurrency() {
        return List.of(4);
    }
}

package nl.werkhub.bench;

import java.util.List;

/**
 * One thing to time: an API request and, where there is one, the SQL behind it run directly with
 * the same parameters, so the table shows how much of the time the database accounts for. New
 * endpoints (issue 6) are new implementations registered in {@link Bench#scenario}.
 */
interface Scenario {

    String name();

    /** Creates what the scenario needs, checks that API and SQL answer alike; returns lines to print. */
    List<String> prepare();

    /** What the API side requests, e.g. {@code GET /api/vacancies/{id}/suggestions?limit=20}. */
    String apiLabel();

    LoadRunner.OpFactory api();

    /** Where the SQL comes from, or null when the scenario has no SQL side. */
    String sqlLabel();

    LoadRunner.OpFactory sql();
}

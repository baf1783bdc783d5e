package nl.werkhub.candidate;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters of the consultant/jobcoach search; empty lists and nulls mean "any".
 *
 * @param talents      talent codes (distinct)
 * @param talentMatch  ANY or ALL of {@code talents}
 * @param minLevel     minimum level (1..5) for each listed talent
 * @param targetGroups profiles in at least one of these
 * @param hoursMin     the candidate's hours range overlaps [hoursMin, hoursMax]
 * @param availableBy  available on or before this date, or without a date
 * @param statuses     never empty: ACTIVE when the client did not ask
 * @param q            full text over interests and motivation (websearch syntax, Dutch)
 */
public record CandidateSearchFilter(
        List<String> talents,
        TalentMatch talentMatch,
        int minLevel,
        List<TargetGroup> targetGroups,
        String municipality,
        Integer hoursMin,
        Integer hoursMax,
        LocalDate availableBy,
        List<CandidateStatus> statuses,
        String q) {
}

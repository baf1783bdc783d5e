-- Issue 5: a PLACED match now has a placement (V7) that holds the contract, so the start date moves
-- from the match to the placement, and "one placement per candidate" is decided on placement
-- (uk_placement_one_active: one ACTIVE placement) instead of on match. A candidate whose placement
-- ended can then be placed again, which the match index forbade.
--
-- Issue 4's PLACED matches had no contract. They are carried over as ACTIVE placements with what is
-- known (docs/decisions-backend.md, "Aftercare"): the start date; the vacancy's maximum hours, the
-- best guess at the hours of the job; the candidate's assigned jobcoach, which may be null; and no
-- arrangements and no calls, since nobody agreed on them. Who placed is whoever made the move to
-- PLACED, from its event. A consultant completes the contract with PUT /api/placements/{id}.
-- The candidate's status is left as it is: placing did not change it in issue 4, and a migration
-- that rewrote profiles would show up in every municipality's sync as a change nobody made.
insert into placement (id, version, match_id, vacancy_id, candidate_id, municipality_code, status, start_date,
                       end_date, hours_per_week, jobcoach, at_risk, last_outcome, placed_by, placed_by_name,
                       created_at, created_by, updated_at, updated_by)
select gen_random_uuid(), 0, m.id, m.vacancy_id, m.candidate_id, m.municipality_code, 'ACTIVE', m.start_date,
       null, v.hours_per_week_max, c.jobcoach, false, null,
       coalesce(e.actor, m.owner_id), coalesce(e.actor_name, m.owner_name),
       coalesce(e.occurred_at, m.updated_at), m.updated_by, coalesce(e.occurred_at, m.updated_at), m.updated_by
from match m
join vacancy v on v.id = m.vacancy_id
join candidate c on c.id = m.candidate_id
left join lateral (
    select ev.actor, ev.actor_name, ev.occurred_at
    from match_event ev
    where ev.match_id = m.id and ev.to_status = 'PLACED'
    order by ev.seq desc
    limit 1
) e on true
where m.status = 'PLACED'
  and not exists (select 1 from placement p where p.match_id = m.id);

drop index uk_match_one_placement;
alter table match drop constraint ck_match_start_date;
alter table match drop column start_date;

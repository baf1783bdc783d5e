-- Mirrors GET /api/candidates?talents=a,b&talentMatch=ANY&size=20 as a consultant:
-- CandidateResource#search -> CandidateSearchService#search (native queries, plus the audit of
-- every hit), as the backend's log showed them (27 Nov 2026). The page query comes first here (the
-- backend sends the count first; the order does not change the work) because the check compares its
-- ids with the API's. "c.id in (?, ...)" of the audit insert and the talents is
-- "= any(:ids)" with the page's ids, looked up before timing; every timed call writes the page's
-- SEARCH_HIT rows, as the endpoint does.
select c.*
from candidate c
where c.consent and c.status in (:status) and c.talent_codes && string_to_array(:talents, ',')
order by c.updated_at desc nulls last, c.id desc
limit :limit offset :offset;

select count(*)
from candidate c
where c.consent and c.status in (:status) and c.talent_codes && string_to_array(:talents, ',');

insert into audit_event (id, occurred_at, actor, actor_role, action, candidate_id, municipality_code, route)
select gen_random_uuid(), :now, :actor, :actor_role, 'SEARCH_HIT', c.id, c.municipality_code, :route
from candidate c
where c.id = any(cast(:ids as uuid[]));

select ct.candidate_id, t.code, t.label_nl, t.category, ct.level, t.retired
from candidate_talent ct
join talent t on t.code = ct.talent_code
where ct.candidate_id = any(cast(:ids as uuid[]))
order by ct.candidate_id, t.code;

select code, name from municipality;

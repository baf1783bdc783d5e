-- Mirrors GET /api/follow-up-calls?assignee=me&status=PLANNED&dueTo=<today>&size=100&sort=dueDate,asc
-- as the jobcoach (the SPA's Vandaag page): FollowUpCallResource#list -> FollowUpCallService (native
-- queries, plus the audit of every candidate shown), as the backend's log showed them (27 Nov 2026).
-- The page query comes first here (the backend sends the count first) because the check compares
-- its ids with the API's; the audit insert's "c.id in (?, ...)" is "= any(:candidate_ids)" with the
-- page's candidates, looked up before timing.
select f.id, f.placement_id, p.candidate_id, c.first_name, c.last_name, c.phone, e.name, e.contact_person,
       e.phone, v.title, f.kind, f.attempt, f.due_date, f.assignee, f.status, f.flagged, f.outcome,
       f.contact_with, f.notes, f.agreed_actions, f.logged_at, f.logged_by, f.logged_by_name, f.version,
       p.municipality_code
from follow_up_call f
join placement p on p.id = f.placement_id
join candidate c on c.id = p.candidate_id
join vacancy v on v.id = p.vacancy_id
join employer e on e.id = v.employer_id
where p.jobcoach = :jobcoach and f.assignee = :jobcoach and f.status in (:status) and f.due_date <= :due_to
order by f.due_date asc,
         case f.kind when 'FIRST_DAY' then 0 when 'FIRST_WEEK' then 1 when 'FIRST_MONTH' then 2
                     when 'BEFORE_CONTRACT_END' then 3 else 4 end asc,
         f.attempt asc, f.id asc
limit :limit offset :offset;

select count(*)
from follow_up_call f
join placement p on p.id = f.placement_id
join candidate c on c.id = p.candidate_id
join vacancy v on v.id = p.vacancy_id
join employer e on e.id = v.employer_id
where p.jobcoach = :jobcoach and f.assignee = :jobcoach and f.status in (:status) and f.due_date <= :due_to;

insert into audit_event (id, occurred_at, actor, actor_role, action, candidate_id, municipality_code, route)
select gen_random_uuid(), :now, :actor, :actor_role, 'SEARCH_HIT', c.id, c.municipality_code, :route
from candidate c
where c.id = any(cast(:candidate_ids as uuid[]));

-- Mirrors GET /api/stats as a consultant (default period, scope all): StatsResource#stats ->
-- StatsService#stats, one native aggregate per figure, in the backend's order, as its log showed
-- them (27 Nov 2026; "and true" is the scope filter for "all municipalities"). Parameters as
-- StatsService binds them: :from/:to the period (the API's answer gives it), :today the Dutch date,
-- :ts/:te werkhub.stats.target-start/-end (defaults 2026-01-01, 2027-12-31).
with counts as (
    select date_trunc('month', p.start_date) as month, count(*) as n
    from placement p
    where p.start_date between :from and :to and true
    group by 1)
select to_char(m.month, 'YYYY-MM'), coalesce(c.n, 0)
from generate_series(date_trunc('month', cast(:from as date)), date_trunc('month', cast(:to as date)),
                     interval '1 month') as m(month)
left join counts c on c.month = m.month
order by m.month;

select mu.code, mu.name, count(*)
from placement p
join municipality mu on mu.code = p.municipality_code
where p.start_date between :from and :to and true
group by mu.code, mu.name
order by count(*) desc, mu.name;

select count(*) filter (where status = 'OPEN'), count(*) filter (where status = 'FILLED') from vacancy;

select round(cast(percentile_cont(0.5) within group (
           order by extract(epoch from (p.created_at - v.opened_at)) / 86400.0) as numeric), 1)
from placement p
join vacancy v on v.id = p.vacancy_id
where v.opened_at is not null
  and cast(p.created_at at time zone 'Europe/Amsterdam' as date) between :from and :to and true;

select count(*),
       count(*) filter (where c.status = 'DONE'
                          and cast(c.logged_at at time zone 'Europe/Amsterdam' as date) <= c.due_date)
from follow_up_call c
where c.status <> 'CANCELLED'
  and c.due_date between :from and :to
  and (c.due_date < :today or (c.due_date = :today and c.status <> 'PLANNED'))
  and true;

select r.months, count(p.id),
       count(p.id) filter (where not (p.status = 'ENDED_EARLY'
                                      and p.ended_on < cast(p.start_date + make_interval(months => r.months) as date)))
from (values (1), (3), (6)) as r(months)
left join placement p on p.start_date between :from and :to
                     and cast(p.start_date + make_interval(months => r.months) as date) <= :today
                     and true
group by r.months
order by r.months;

select count(*) from placement p where p.status = 'ACTIVE' and p.at_risk and true;

select count(*)
from placement p
where p.status = 'ACTIVE'
  and exists (select 1 from follow_up_call fl
              where fl.placement_id = p.id and fl.flagged
                and not exists (select 1 from follow_up_call fd
                                where fd.placement_id = p.id and fd.status = 'DONE' and fd.logged_at > fl.logged_at))
  and true;

select count(*) from placement p where p.start_date between :ts and :te and true;

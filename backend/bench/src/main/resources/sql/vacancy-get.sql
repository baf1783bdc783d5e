-- Mirrors GET /api/vacancies/{id}: VacancyResource#get -> VacancyService#get -> VacancyReads#find,
-- one statement (the vacancy, its employer's name and its talents with their taxonomy labels as
-- arrays), copied from VacancyReads.SQL with "?" as ":id".
select v.id, v.employer_id, e.name as employer_name, v.title, v.description, v.sector, v.postcode,
       v.latitude, v.longitude, v.hours_per_week_min, v.hours_per_week_max, v.contract_type,
       v.start_date, v.positions, v.dutch_level, v.driving_licence_required, v.status, v.owner_id,
       v.owner_name, v.version, v.created_at, v.created_by, v.updated_at, v.updated_by,
       t.codes, t.labels, t.categories, t.requirements, t.min_levels, t.retired
from vacancy v
join employer e on e.id = v.employer_id
cross join lateral (
    select array_agg(vt.talent_code) as codes,
           array_agg(tx.label_nl) as labels,
           array_agg(tx.category) as categories,
           array_agg(vt.requirement) as requirements,
           array_agg(vt.min_level) as min_levels,
           array_agg(tx.retired) as retired
    from vacancy_talent vt
    join talent tx on tx.code = vt.talent_code
    where vt.vacancy_id = v.id) t
where v.id = :id;

-- Mirrors GET /api/vacancies?status=OPEN&sector=S&size=20: VacancyResource#list ->
-- VacancyService#list (Hibernate), as the backend's log showed them (27 Nov 2026). The page query
-- comes first here (the backend sends the count first; the order does not change the work) because
-- the check compares its ids with the API's. The backend then loads each distinct employer of the
-- page with its own statement (one "where e1_0.id=?" per employer); here one "= any(:employer_ids)",
-- so the SQL side is, if anything, a little cheaper than what the backend sends. The talents'
-- "code in (?, ...)" is "= any(:talent_codes)". The arrays are the page's, looked up before timing.
select v1_0.id, v1_0.contract_type, v1_0.created_at, v1_0.created_by, v1_0.description,
       v1_0.driving_licence_required, v1_0.dutch_level, v1_0.employer_id, v1_0.hours_per_week_max,
       v1_0.hours_per_week_min, v1_0.latitude, v1_0.longitude, v1_0.must_have_codes, v1_0.opened_at,
       v1_0.owner_id, v1_0.owner_name, v1_0.positions, v1_0.postcode, v1_0.sector, v1_0.start_date,
       v1_0.status, v1_0.talent_codes, v1_0.title, v1_0.updated_at, v1_0.updated_by, v1_0.version
from vacancy v1_0
where v1_0.status in (:status) and v1_0.sector = :sector
order by v1_0.created_at desc nulls last, v1_0.id desc
offset :offset rows fetch first :limit rows only;

select count(*) from vacancy v1_0 where v1_0.status in (:status) and v1_0.sector = :sector;

select e1_0.id, e1_0.contact_person, e1_0.created_at, e1_0.created_by, e1_0.email, e1_0.kvk_number,
       e1_0.municipality_code, m1_0.code, m1_0.name, e1_0.name, e1_0.phone, e1_0.postcode, e1_0.sector,
       e1_0.size_class, e1_0.status, e1_0.updated_at, e1_0.updated_by, e1_0.version
from employer e1_0
join municipality m1_0 on m1_0.code = e1_0.municipality_code
where e1_0.id = any(cast(:employer_ids as uuid[]));

select t1_0.vacancy_id, t1_0.talent_code, t1_0.min_level, t1_0.requirement
from vacancy_talent t1_0
where t1_0.vacancy_id = any(cast(:vacancy_ids as uuid[]));

select t1_0.code, t1_0.category, t1_0.created_at, t1_0.created_by, t1_0.esco_uri, t1_0.label_en,
       t1_0.label_nl, t1_0.retired, t1_0.search_text, t1_0.updated_at, t1_0.updated_by, t1_0.version
from talent t1_0
where t1_0.code = any(:talent_codes);

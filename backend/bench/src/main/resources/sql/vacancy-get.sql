-- Mirrors GET /api/vacancies/{id}: VacancyResource#get -> VacancyService#get (Hibernate: the vacancy
-- with its employer and municipality, then its talents, then those talents' taxonomy rows), as the
-- backend's log showed them (quarkus.hibernate-orm.log.sql=true, 27 Nov 2026). Hibernate sends the
-- last one as "code in (?, ?, ...)" with one parameter per talent; here "= any(:codes)" with the
-- vacancy's codes, looked up once before timing.
select v1_0.id, v1_0.contract_type, v1_0.created_at, v1_0.created_by, v1_0.description,
       v1_0.driving_licence_required, v1_0.dutch_level, v1_0.employer_id, e1_0.id, e1_0.contact_person,
       e1_0.created_at, e1_0.created_by, e1_0.email, e1_0.kvk_number, e1_0.municipality_code, m1_0.code,
       m1_0.name, e1_0.name, e1_0.phone, e1_0.postcode, e1_0.sector, e1_0.size_class, e1_0.status,
       e1_0.updated_at, e1_0.updated_by, e1_0.version, v1_0.hours_per_week_max, v1_0.hours_per_week_min,
       v1_0.latitude, v1_0.longitude, v1_0.must_have_codes, v1_0.opened_at, v1_0.owner_id, v1_0.owner_name,
       v1_0.positions, v1_0.postcode, v1_0.sector, v1_0.start_date, v1_0.status, v1_0.talent_codes,
       v1_0.title, v1_0.updated_at, v1_0.updated_by, v1_0.version
from vacancy v1_0
join employer e1_0 on e1_0.id = v1_0.employer_id
join municipality m1_0 on m1_0.code = e1_0.municipality_code
where v1_0.id = :id;

select t1_0.vacancy_id, t1_0.talent_code, t1_0.min_level, t1_0.requirement
from vacancy_talent t1_0
where t1_0.vacancy_id = :id;

select t1_0.code, t1_0.category, t1_0.created_at, t1_0.created_by, t1_0.esco_uri, t1_0.label_en,
       t1_0.label_nl, t1_0.retired, t1_0.search_text, t1_0.updated_at, t1_0.updated_by, t1_0.version
from talent t1_0
where t1_0.code = any(:codes);

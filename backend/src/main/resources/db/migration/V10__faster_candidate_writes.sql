-- Bulk intake speed (issue 6): the same rules and the same copy, at a fraction of the cost per row.
-- Measured by EXPLAIN ANALYZE of a 1,000-row INSERT into candidate (BENCHMARKS.md, "Intake speed"):
-- the CHECK constraints that call the two helper functions of V3 were the largest single cost of a
-- row, then the row trigger that keeps candidate_match_profile in step (V6).

-- 1. The helper functions of V3, with the same results (V3's comments). As LANGUAGE sql functions
-- they cannot be inlined (their bodies are queries with an aggregate), so every call of every CHECK
-- started an executor for a query over unnest(): four of them per candidate row, and with each
-- INSERT a statement of its own, planned afresh for each row. In PL/pgSQL a call is a loop over the
-- array with simple expressions. The arrays are short (at most 50 elements, most under 12), so
-- comparing each pair is cheaper than sorting or hashing. Semantics kept exactly: a NULL array is
-- NULL (strict, so the CHECK passes as before), any NULL element is not distinct (and, as before,
-- array_position rejects a multi-dimensional array), equality is text's "=", and a NULL element is
-- ignored by the length check as bool_and ignored it.
create or replace function werkhub_distinct_elements(items text[]) returns boolean
    language plpgsql immutable strict parallel safe
    as $$
declare
    flat text[];
    n integer;
begin
    if array_position(items, null) is not null then
        return false;
    end if;
    -- array_position only accepts one dimension, so this is a plain 1-based copy of any lower bound
    flat := items[array_lower(items, 1):array_upper(items, 1)];
    n := coalesce(cardinality(flat), 0);
    for i in 1 .. n - 1 loop
        for j in i + 1 .. n loop
            if flat[i] = flat[j] then
                return false;
            end if;
        end loop;
    end loop;
    return true;
end
$$;

create or replace function werkhub_element_lengths_between(items text[], low integer, high integer) returns boolean
    language plpgsql immutable strict parallel safe
    as $$
declare
    x text;
begin
    foreach x in array items loop
        if not (length(btrim(x)) between low and high) then
            return false;
        end if;
    end loop;
    return true;
end
$$;

-- 2. candidate_match_profile kept in step once per statement instead of once per row. The bulk
-- intake's inserts reach the database as multi-row INSERTs (reWriteBatchedInserts), so one call now
-- copies a whole batch with one INSERT ... SELECT from the transition table. What the table holds is
-- unchanged: after any INSERT or UPDATE of candidate, exactly its ACTIVE rows with consent, with the
-- values of V6; a DELETE still reaches it through the foreign key. Transition tables allow one event
-- per trigger, hence two triggers over one function.
create function werkhub_sync_candidate_match_profiles() returns trigger
language plpgsql
as $$
begin
    insert into candidate_match_profile (
        candidate_id, municipality_code, talent_codes, talent_levels, hours_per_week_min,
        hours_per_week_max, available_from, latitude, longitude, max_travel_distance_km,
        preferred_sectors, preferred_occupations, driving_licence, dutch_level)
    select id, municipality_code, talent_codes, talent_levels, hours_per_week_min,
           hours_per_week_max, available_from, latitude, longitude, max_travel_distance_km,
           preferred_sectors, preferred_occupations, driving_licence, dutch_level
    from changed_candidate
    where status = 'ACTIVE' and consent
    on conflict (candidate_id) do update set
        municipality_code      = excluded.municipality_code,
        talent_codes           = excluded.talent_codes,
        talent_levels          = excluded.talent_levels,
        hours_per_week_min     = excluded.hours_per_week_min,
        hours_per_week_max     = excluded.hours_per_week_max,
        available_from         = excluded.available_from,
        latitude               = excluded.latitude,
        longitude              = excluded.longitude,
        max_travel_distance_km = excluded.max_travel_distance_km,
        preferred_sectors      = excluded.preferred_sectors,
        preferred_occupations  = excluded.preferred_occupations,
        driving_licence        = excluded.driving_licence,
        dutch_level            = excluded.dutch_level;
    if tg_op = 'UPDATE' then
        delete from candidate_match_profile p
        using changed_candidate c
        where p.candidate_id = c.id and not (c.status = 'ACTIVE' and c.consent);
    end if;
    return null;
end
$$;

drop trigger tr_candidate_match_profile on candidate;
drop function werkhub_sync_candidate_match_profile();

create trigger tr_candidate_match_profile_insert
    after insert on candidate
    referencing new table as changed_candidate
    for each statement execute function werkhub_sync_candidate_match_profiles();

create trigger tr_candidate_match_profile_update
    after update on candidate
    referencing new table as changed_candidate
    for each statement execute function werkhub_sync_candidate_match_profiles();

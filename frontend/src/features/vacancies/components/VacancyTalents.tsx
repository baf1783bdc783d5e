import type { VacancyTalent } from '@/lib/api/types';
import { nl } from '@/lib/i18n/nl';

function TalentRequirementList({ title, talents }: { title: string; talents: readonly VacancyTalent[] }) {
  if (talents.length === 0) return null;
  return (
    <div className="talent-group">
      <h3>{title}</h3>
      <ul className="talent-list">
        {talents.map((t) => (
          <li key={t.code} className="talent-item">
            <span className="talent-name">
              {t.labelNl}
              {t.retired && <span className="talent-retired"> ({nl.vacancies.retiredTalent})</span>}
            </span>
            <span className="level-text">{nl.vacancies.minLevelText(t.minLevel)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The vacancy's talents, must-haves and nice-to-haves apart, each with its minimum level. */
export function VacancyTalents({ talents }: { talents: readonly VacancyTalent[] }) {
  const mustHaves = talents.filter((t) => t.requirement === 'MUST_HAVE');
  const niceToHaves = talents.filter((t) => t.requirement !== 'MUST_HAVE');
  return (
    <section className="section" aria-labelledby="vacancy-talents-heading">
      <h2 id="vacancy-talents-heading">{nl.vacancies.talents}</h2>
      {talents.length === 0 ? (
        <p>{nl.vacancies.noTalents}</p>
      ) : (
        <div className="talent-groups">
          <TalentRequirementList title={nl.vacancies.mustHaveTalents} talents={mustHaves} />
          <TalentRequirementList title={nl.vacancies.niceToHaveTalents} talents={niceToHaves} />
        </div>
      )}
    </section>
  );
}

import type { CandidateTalent, TalentCategory } from '@/lib/api/types';
import { nl, talentCategoryLabels } from '@/lib/i18n/nl';
import { TalentLevel } from '../TalentLevel';

const CATEGORY_ORDER = Object.keys(talentCategoryLabels) as TalentCategory[];

export interface TalentGroup {
  category: TalentCategory;
  talents: CandidateTalent[];
}

/** Talents per category (werkhouding, vakvaardigheid, certificaat, taal), highest level first. */
export function groupTalentsByCategory(talents: readonly CandidateTalent[]): TalentGroup[] {
  return CATEGORY_ORDER.map((category) => ({
    category,
    talents: talents
      .filter((t) => t.category === category)
      .sort((a, b) => b.level - a.level || a.labelNl.localeCompare(b.labelNl, 'nl')),
  })).filter((group) => group.talents.length > 0);
}

/** A profile's talents grouped by category, each with its level as text and dots. */
export function TalentsByCategory({ talents }: { talents: readonly CandidateTalent[] }) {
  const groups = groupTalentsByCategory(talents);
  if (groups.length === 0) return <p>{nl.candidates.noTalents}</p>;
  return (
    <div className="talent-groups">
      {groups.map((group) => (
        <div key={group.category} className="talent-group">
          <h3>{talentCategoryLabels[group.category]}</h3>
          <ul className="talent-list">
            {group.talents.map((t) => (
              <li key={t.code} className="talent-item">
                <span className="talent-name">
                  {t.labelNl}
                  {t.retired && <span className="talent-retired"> ({nl.candidates.retiredTalent})</span>}
                </span>
                <TalentLevel level={t.level} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

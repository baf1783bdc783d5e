import { nl } from '@/lib/i18n/nl';

/** Talent levels run from 1 to 5. */
export const MAX_TALENT_LEVEL = 5;

export interface TalentLevelProps {
  level: number;
  /** Short visible text ("4/5") for cards; screen readers still hear "Niveau 4 van 5". */
  compact?: boolean;
}

/**
 * A talent level as text ("Niveau 4 van 5") plus five dots, filled or hollow, so the
 * level never depends on colour alone. The dots are decoration; the text carries it.
 */
export function TalentLevel({ level, compact = false }: TalentLevelProps) {
  const value = Math.max(0, Math.min(MAX_TALENT_LEVEL, Math.round(level)));
  const text = nl.level.text(value, MAX_TALENT_LEVEL);
  return (
    <span className="level" data-level={value}>
      <span className="level-dots" aria-hidden="true">
        {Array.from({ length: MAX_TALENT_LEVEL }, (_, i) => (
          <span key={i} className={i < value ? 'level-dot level-dot--on' : 'level-dot'} />
        ))}
      </span>
      {compact ? (
        <>
          <span className="visually-hidden">{text}</span>
          <span className="level-text" aria-hidden="true">
            {nl.level.short(value, MAX_TALENT_LEVEL)}
          </span>
        </>
      ) : (
        <span className="level-text">{text}</span>
      )}
    </span>
  );
}

import type { MatchBreakdown, MatchGap } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';

/** The six factors in the order docs/matching.md explains them (and the board shows them). */
export const FACTORS = ['talents', 'hours', 'availability', 'distance', 'preferences', 'requirements'] as const;
export type FactorKey = (typeof FACTORS)[number];

export interface FactorRow {
  key: FactorKey;
  label: string;
  applicable: boolean;
  points: number;
  maxPoints: number;
  /** "41,7 / 50", or "telt niet mee" for a factor that does not apply. */
  pointsText: string;
  /** A short reason behind the points, when there is one worth saying. */
  detail?: string;
}

const num = (value: number | null | undefined) => formatNumber(value ?? 0);

function factorDetail(key: FactorKey, b: MatchBreakdown): string | undefined {
  const m = nl.matching;
  switch (key) {
    case 'talents':
      return undefined;
    case 'hours':
      // Ranges that only touch (32–36 and 36–40) overlap 0 hours and still fit, so say "fit" rather than "0 hours".
      return b.hours.shortfallHours > 0
        ? m.hoursShortfall(num(b.hours.shortfallHours))
        : b.hours.overlapHours > 0
          ? m.hoursOverlap(num(b.hours.overlapHours))
          : m.hoursFit;
    case 'availability':
      return b.availability.daysLate ? m.availableDaysLate(b.availability.daysLate) : m.availableOnTime;
    case 'distance':
      switch (b.distance.method) {
        case 'GREAT_CIRCLE':
          return b.distance.maxTravelDistanceKm != null
            ? m.distanceGreatCircle(num(b.distance.distanceKm), num(b.distance.maxTravelDistanceKm))
            : m.distanceGreatCircleNoMax(num(b.distance.distanceKm));
        case 'SAME_MUNICIPALITY':
          return m.distanceSameMunicipality;
        case 'OTHER_MUNICIPALITY':
          return m.distanceOtherMunicipality;
        default:
          return undefined;
      }
    case 'preferences':
      return [
        b.preferences.sectorPreferred ? m.sectorPreferred : m.sectorNotPreferred,
        ...(b.preferences.occupationPreferred ? [m.occupationPreferred] : []),
      ].join(', ');
    case 'requirements':
      return undefined;
  }
}

/** The factors of a breakdown as rows of readable text ("Talenten 41,7 / 50"). */
export function factorRows(breakdown: MatchBreakdown): FactorRow[] {
  return FACTORS.map((key) => {
    const factor = breakdown[key];
    return {
      key,
      label: nl.matching.factors[key],
      applicable: factor.applicable,
      points: factor.points,
      maxPoints: factor.maxPoints,
      pointsText: factor.applicable ? nl.matching.points(num(factor.points), num(factor.maxPoints)) : nl.matching.notApplicable,
      detail: factor.applicable ? factorDetail(key, breakdown) : undefined,
    };
  });
}

/** One gap in plain Dutch: "mist: Heftruckcertificaat", "rijbewijs ontbreekt", … */
export function gapText(gap: MatchGap): string {
  const g = nl.matching.gap;
  const label = gap.labelNl ?? gap.talentCode ?? '';
  switch (gap.kind) {
    case 'MISSING_TALENT':
      return g.MISSING_TALENT(label);
    case 'TALENT_BELOW_LEVEL':
      return g.TALENT_BELOW_LEVEL(label, String(gap.level ?? '?'), String(gap.requiredLevel ?? '?'));
    case 'HOURS_MISMATCH':
      return g.HOURS_MISMATCH;
    case 'AVAILABLE_LATER':
      return g.AVAILABLE_LATER(gap.days ?? 0);
    case 'TOO_FAR':
      return g.TOO_FAR(num(gap.distanceKm));
    case 'NO_DRIVING_LICENCE':
      return g.NO_DRIVING_LICENCE;
    case 'DUTCH_LEVEL_TOO_LOW':
      return g.DUTCH_LEVEL_TOO_LOW(String(gap.requiredLevel ?? ''));
    default:
      // A gap kind this SPA does not know yet is still shown rather than dropped.
      return String((gap as { kind: unknown }).kind);
  }
}

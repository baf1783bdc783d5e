import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { breakdown } from '@/test/fixtures';
import { MatchBreakdownView, MatchGaps } from './MatchBreakdownView';
import { ScoreMeter } from './ScoreMeter';

function factorText(label: string): string {
  const term = screen.getAllByRole('term').find((dt) => dt.textContent === label);
  if (!term) throw new Error(`no factor ${label}`);
  return term.nextElementSibling?.textContent ?? '';
}

describe('MatchBreakdownView', () => {
  it('shows every factor as points of its maximum, in Dutch number format, with its reason', () => {
    render(<MatchBreakdownView breakdown={breakdown()} />);

    expect(factorText('Talenten')).toBe('41,7 / 50');
    expect(factorText('Uren')).toBe('15 / 15 (8 uur overlap)');
    expect(factorText('Beschikbaarheid')).toBe('10 / 10 (op tijd beschikbaar)');
    expect(factorText('Reisafstand')).toBe('12 / 15 (zelfde gemeente, geschat zonder coördinaten)');
    expect(factorText('Voorkeuren')).toBe('3 / 5 (sector past bij voorkeur)');
    // A factor that does not apply neither helps nor hurts, and says so.
    expect(factorText('Rijbewijs en taal')).toBe('telt niet mee');
  });

  it('lists must-haves and nice-to-haves as met or not met, with the levels in words', () => {
    render(<MatchBreakdownView breakdown={breakdown()} />);

    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '✗ voldoet niet Heftruckcertificaat – vereist niveau 3, ontbreekt',
      '✓ voldoet Nauwkeurig – vereist niveau 1, heeft niveau 4',
    ]);
    expect(screen.getByText('Vereiste talenten')).toBeInTheDocument();
    expect(screen.getByText('Pluspunten')).toBeInTheDocument();
  });

  it('shows the distance great-circle in km against the maximum, and days late', () => {
    render(
      <MatchBreakdownView
        breakdown={breakdown({
          distance: { applicable: true, points: 4.2, maxPoints: 15, method: 'GREAT_CIRCLE', distanceKm: 21, maxTravelDistanceKm: 15 },
          availability: { applicable: true, points: 6.7, maxPoints: 10, referenceDate: '2026-12-01', daysLate: 30 },
        })}
      />,
    );
    expect(factorText('Reisafstand')).toBe('4,2 / 15 (21 km hemelsbreed, wil maximaal 15 km)');
    expect(factorText('Beschikbaarheid')).toBe('6,7 / 10 (30 dagen te laat beschikbaar)');
  });

  it('hours: a shortfall in hours, and ranges that only touch still fit', () => {
    const { unmount } = render(
      <MatchBreakdownView breakdown={breakdown({ hours: { applicable: true, points: 7.5, maxPoints: 15, overlapHours: 0, shortfallHours: 4 } })} />,
    );
    expect(factorText('Uren')).toBe('7,5 / 15 (4 uur tekort)');
    unmount();
    render(<MatchBreakdownView breakdown={breakdown({ hours: { applicable: true, points: 15, maxPoints: 15, overlapHours: 0, shortfallHours: 0 } })} />);
    expect(factorText('Uren')).toBe('15 / 15 (uren passen)');
  });

  it('a vacancy without talents: the talent factor does not count and no talent lists appear', () => {
    render(
      <MatchBreakdownView
        breakdown={breakdown({ talents: { applicable: false, points: 0, maxPoints: 0, mustHaves: [], niceToHaves: [] }, gaps: [] })}
      />,
    );
    expect(factorText('Talenten')).toBe('telt niet mee');
    expect(screen.queryByText('Vereiste talenten')).not.toBeInTheDocument();
    expect(screen.queryByText('Pluspunten')).not.toBeInTheDocument();
  });
});

describe('MatchGaps', () => {
  it('says every gap in plain Dutch, none dropped', () => {
    render(
      <MatchGaps
        breakdown={breakdown({
          gaps: [
            { kind: 'MISSING_TALENT', talentCode: 'heftruckcertificaat', labelNl: 'Heftruckcertificaat', requiredLevel: '3' },
            { kind: 'TALENT_BELOW_LEVEL', talentCode: 'orderpicken', labelNl: 'Orderpicken', requiredLevel: '4', level: 2 },
            { kind: 'HOURS_MISMATCH' },
            { kind: 'AVAILABLE_LATER', days: 1 },
            { kind: 'TOO_FAR', distanceKm: 32 },
            { kind: 'NO_DRIVING_LICENCE' },
            { kind: 'DUTCH_LEVEL_TOO_LOW', requiredLevel: 'B1' },
          ],
        })}
      />,
    );
    expect(screen.getByText('Aandachtspunten')).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'mist: Heftruckcertificaat',
      'Orderpicken: niveau 2, vereist 4',
      'uren passen niet',
      'pas over 1 dag beschikbaar',
      'te ver weg: 32 km',
      'rijbewijs ontbreekt',
      'Nederlands onder niveau B1',
    ]);
  });

  it('every must-have missing: each one is its own gap', () => {
    render(
      <MatchGaps
        breakdown={breakdown({
          gaps: ['Heftruckcertificaat', 'VCA basis', 'Orderpicken'].map((labelNl) => ({
            kind: 'MISSING_TALENT' as const,
            talentCode: labelNl.toLowerCase(),
            labelNl,
            requiredLevel: '1',
          })),
        })}
      />,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'mist: Heftruckcertificaat',
      'mist: VCA basis',
      'mist: Orderpicken',
    ]);
  });

  it('says so when there is nothing to discuss', () => {
    render(<MatchGaps breakdown={breakdown({ gaps: [] })} />);
    expect(screen.getByText('Geen aandachtspunten.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});

describe('ScoreMeter', () => {
  it('is a meter with a name and its value as text, not only a bar', () => {
    render(<ScoreMeter score={72} label="Score Sanne Verbeek" />);
    const meter = screen.getByRole('meter', { name: 'Score Sanne Verbeek' });
    expect(meter).toHaveAttribute('aria-valuenow', '72');
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '100');
    expect(meter).toHaveAttribute('aria-valuetext', '72 van 100');
  });
});

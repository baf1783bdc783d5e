import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { candidateTalent } from '@/test/fixtures';
import { TalentsByCategory, groupTalentsByCategory } from './candidate/TalentsByCategory';
import { TalentLevel } from './TalentLevel';

function dots(container: HTMLElement) {
  const all = container.querySelectorAll('.level-dot');
  const on = container.querySelectorAll('.level-dot--on');
  return { all: all.length, on: on.length };
}

describe('TalentLevel', () => {
  it('shows the level as text and as five dots that are filled or hollow (not colour alone)', () => {
    const { container } = render(<TalentLevel level={4} />);
    expect(screen.getByText('Niveau 4 van 5')).toBeVisible();
    expect(dots(container)).toEqual({ all: 5, on: 4 });
    // The dots are decoration; the text is what assistive technology reads.
    expect(container.querySelector('.level-dots')).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelector('.level')).toHaveTextContent(/^Niveau 4 van 5$/);
  });

  it('has a compact form for cards that still reads "Niveau 2 van 5"', () => {
    const { container } = render(<TalentLevel level={2} compact />);
    expect(screen.getByText('Niveau 2 van 5')).toHaveClass('visually-hidden');
    expect(screen.getByText('2/5')).toHaveAttribute('aria-hidden', 'true');
    expect(dots(container)).toEqual({ all: 5, on: 2 });
  });

  it('keeps impossible values within 0..5', () => {
    const { container, rerender } = render(<TalentLevel level={9} />);
    expect(screen.getByText('Niveau 5 van 5')).toBeInTheDocument();
    expect(dots(container).on).toBe(5);
    rerender(<TalentLevel level={-1} />);
    expect(screen.getByText('Niveau 0 van 5')).toBeInTheDocument();
    expect(dots(container).on).toBe(0);
  });
});

describe('talents grouped by category', () => {
  const talents = [
    candidateTalent({ code: 'a', labelNl: 'Orderpicken', category: 'VOCATIONAL_SKILL', level: 3 }),
    candidateTalent({ code: 'b', labelNl: 'Heftruckcertificaat', category: 'CERTIFICATE', level: 4 }),
    candidateTalent({ code: 'c', labelNl: 'Kassa', category: 'VOCATIONAL_SKILL', level: 5 }),
    candidateTalent({ code: 'd', labelNl: 'Afwassen', category: 'VOCATIONAL_SKILL', level: 3 }),
    candidateTalent({ code: 'e', labelNl: 'Punctueel', category: 'WORK_ATTITUDE', level: 2, retired: true }),
  ];

  it('orders categories werkhouding, vakvaardigheid, certificaat, taal and levels high to low', () => {
    const groups = groupTalentsByCategory(talents);
    expect(groups.map((g) => g.category)).toEqual(['WORK_ATTITUDE', 'VOCATIONAL_SKILL', 'CERTIFICATE']);
    expect(groups[1].talents.map((t) => t.labelNl)).toEqual(['Kassa', 'Afwassen', 'Orderpicken']);
  });

  it('renders a heading per category and each talent with its level', () => {
    render(<TalentsByCategory talents={talents} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Werkhouding',
      'Vakvaardigheid',
      'Certificaat',
    ]);
    const kassa = screen.getByText('Kassa').closest('li')!;
    expect(within(kassa).getByText('Niveau 5 van 5')).toBeInTheDocument();
    expect(screen.getByText('Punctueel').closest('li')).toHaveTextContent('(vervallen talent)');
  });

  it('says so when a profile has no talents', () => {
    render(<TalentsByCategory talents={[]} />);
    expect(screen.getByText('Geen talenten vastgelegd.')).toBeInTheDocument();
  });
});

import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { VacancyTalent } from '@/lib/api/types';
import { VacancyTalents } from './VacancyTalents';

const talents: VacancyTalent[] = [
  { code: 'heftruckcertificaat', labelNl: 'Heftruckcertificaat', category: 'CERTIFICATE', requirement: 'MUST_HAVE', minLevel: 3, retired: false },
  { code: 'nauwkeurig', labelNl: 'Nauwkeurig', category: 'WORK_ATTITUDE', requirement: 'NICE_TO_HAVE', minLevel: 1, retired: true },
];

describe('VacancyTalents', () => {
  it('groups must-haves and nice-to-haves, each with its minimum level', () => {
    render(<VacancyTalents talents={talents} />);
    const section = screen.getByRole('region', { name: 'Talenten' });
    const [mustHaves, niceToHaves] = within(section).getAllByRole('list');
    expect(mustHaves.previousElementSibling).toHaveTextContent('Vereist');
    expect(within(mustHaves).getByRole('listitem')).toHaveTextContent('Heftruckcertificaatvanaf niveau 3 van 5');
    expect(niceToHaves.previousElementSibling).toHaveTextContent('Pluspunten');
    expect(within(niceToHaves).getByRole('listitem')).toHaveTextContent('Nauwkeurig (vervallen talent)vanaf niveau 1 van 5');
  });

  it('says so when the vacancy asks for no talents', () => {
    render(<VacancyTalents talents={[]} />);
    expect(screen.getByText('Geen talenten opgegeven.')).toBeInTheDocument();
  });
});

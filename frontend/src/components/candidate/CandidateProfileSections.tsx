import type { ReactNode } from 'react';
import { DetailList } from '@/components/DetailList';
import type { Candidate } from '@/lib/api/types';
import { formatDate, formatHours } from '@/lib/format';
import { languageLevelLabels, nl, sectorLabels } from '@/lib/i18n/nl';
import { TalentsByCategory } from './TalentsByCategory';

/** What the consultant view and the municipal view of a profile have in common. */
export type CommonProfile = Pick<
  Candidate,
  | 'talents'
  | 'interests'
  | 'motivation'
  | 'preferredSectors'
  | 'preferredOccupations'
  | 'hoursPerWeekMin'
  | 'hoursPerWeekMax'
  | 'availableFrom'
  | 'maxTravelDistanceKm'
  | 'drivingLicence'
  | 'dutchLevel'
  | 'jobcoach'
>;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Talents, interests and motivation, preferences and availability of a profile (read-only). */
export function CandidateProfileSections({ profile }: { profile: CommonProfile }) {
  const f = nl.candidates.fields;
  const s = nl.candidates.sections;
  const none = nl.app.none;
  return (
    <>
      <Section id="profile-talents" title={s.talents}>
        <TalentsByCategory talents={profile.talents ?? []} />
      </Section>
      <Section id="profile-motivation" title={s.motivation}>
        <DetailList
          items={[
            { label: f.interests, value: profile.interests || none },
            { label: f.motivation, value: profile.motivation || none },
          ]}
        />
      </Section>
      <Section id="profile-preferences" title={s.preferences}>
        <DetailList
          items={[
            {
              label: f.preferredSectors,
              value: profile.preferredSectors?.length
                ? profile.preferredSectors.map((sector) => sectorLabels[sector]).join(', ')
                : none,
            },
            {
              label: f.preferredOccupations,
              value: profile.preferredOccupations?.length ? profile.preferredOccupations.join(', ') : none,
            },
          ]}
        />
      </Section>
      <Section id="profile-availability" title={s.availability}>
        <DetailList
          items={[
            { label: f.hours, value: formatHours(profile.hoursPerWeekMin, profile.hoursPerWeekMax) },
            { label: f.availableFrom, value: formatDate(profile.availableFrom, nl.candidates.availableNow) },
            { label: f.maxTravelDistance, value: nl.candidates.travelDistance(profile.maxTravelDistanceKm) },
            { label: f.drivingLicence, value: profile.drivingLicence ? nl.app.yes : nl.app.no },
            { label: f.dutchLevel, value: profile.dutchLevel ? languageLevelLabels[profile.dutchLevel] : none },
            { label: f.jobcoach, value: profile.jobcoach || nl.candidates.noJobcoach },
          ]}
        />
      </Section>
    </>
  );
}

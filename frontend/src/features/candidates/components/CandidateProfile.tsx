import { CandidateProfileSections } from '@/components/candidate/CandidateProfileSections';
import { DetailList } from '@/components/DetailList';
import { CandidateStatusBadge } from '@/components/StatusBadge';
import type { Candidate } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { nl, targetGroupLabels } from '@/lib/i18n/nl';

/**
 * A profile as consultants and jobcoaches see it: exactly what CandidateResponse carries
 * (never client number, gender, birth date, full postcode or coordinates).
 */
export function CandidateProfile({ candidate }: { candidate: Candidate }) {
  const f = nl.candidates.fields;
  const none = nl.app.none;
  return (
    <>
      <section className="section" aria-labelledby="profile-personal">
        <h2 id="profile-personal">{nl.candidates.sections.personal}</h2>
        <DetailList
          items={[
            { label: f.status, value: <CandidateStatusBadge status={candidate.status} /> },
            { label: f.municipality, value: candidate.municipalityName },
            { label: f.postcodeArea, value: candidate.postcodeArea },
            {
              label: f.email,
              value: candidate.email ? <a href={`mailto:${candidate.email}`}>{candidate.email}</a> : none,
            },
            {
              label: f.phone,
              value: candidate.phone ? <a href={`tel:${candidate.phone.replace(/[^+\d]/g, '')}`}>{candidate.phone}</a> : none,
            },
            {
              label: f.targetGroups,
              value: candidate.targetGroups?.length
                ? candidate.targetGroups.map((g) => targetGroupLabels[g]).join(', ')
                : none,
            },
          ]}
        />
      </section>
      <CandidateProfileSections profile={candidate} />
      <p className="audit">
        {f.updatedAt}: {formatDateTime(candidate.updatedAt)}
      </p>
    </>
  );
}

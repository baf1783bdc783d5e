import { CandidateProfileSections } from '@/components/candidate/CandidateProfileSections';
import { DetailList } from '@/components/DetailList';
import { CandidateStatusBadge } from '@/components/StatusBadge';
import type { MunicipalCandidate } from '@/lib/api/types';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { genderLabels, nl, targetGroupLabels } from '@/lib/i18n/nl';

/** The full profile as the owning municipality sees it (read-only). */
export function MunicipalCandidateProfile({ candidate }: { candidate: MunicipalCandidate }) {
  const f = nl.candidates.fields;
  const m = nl.municipalCandidates.fields;
  const none = nl.app.none;
  const hasCoordinates = typeof candidate.latitude === 'number' && typeof candidate.longitude === 'number';
  return (
    <>
      <section className="section" aria-labelledby="profile-personal">
        <h2 id="profile-personal">{nl.candidates.sections.personal}</h2>
        <DetailList
          items={[
            { label: m.clientNumber, value: candidate.clientNumber },
            { label: f.status, value: <CandidateStatusBadge status={candidate.status} /> },
            {
              label: m.consent,
              value: candidate.consent ? nl.municipalCandidates.consentYesLong : nl.municipalCandidates.consentNoLong,
            },
            { label: m.gender, value: candidate.gender ? genderLabels[candidate.gender] : none },
            { label: m.birthDate, value: formatDate(candidate.birthDate) },
            { label: m.postcode, value: candidate.postcode },
            ...(hasCoordinates
              ? [{ label: m.coordinates, value: `${formatNumber(candidate.latitude)}, ${formatNumber(candidate.longitude)}` }]
              : []),
            {
              label: f.email,
              value: candidate.email ? <a href={`mailto:${candidate.email}`}>{candidate.email}</a> : none,
            },
            { label: f.phone, value: candidate.phone || none },
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
        {nl.municipalCandidates.audit(formatDateTime(candidate.createdAt), formatDateTime(candidate.updatedAt))}
      </p>
    </>
  );
}

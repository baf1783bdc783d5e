import { Link } from 'react-router';
import { AttentionBadges, OutcomeBadge, PlacementStatusBadge } from '@/components/aftercare/Badges';
import { DetailList, type DetailItem } from '@/components/DetailList';
import type { Arrangement, Placement } from '@/lib/api/types';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { arrangementKindLabels, nl, placementEndReasonLabels } from '@/lib/i18n/nl';

function arrangementText(a: Arrangement): string {
  const label = arrangementKindLabels[a.kind];
  if (a.kind === 'OV_TOPUP') return `${label} ${formatMoney(a.amount)}`;
  return a.description ? `${label}: ${a.description}` : label;
}

/**
 * The contract (dates, hours, jobcoach), its status and how it ended, and the arrangements.
 * Links to the candidate and vacancy only for those who may open them.
 */
export function PlacementDetails({ placement: p, linkPeople }: { placement: Placement; linkPeople: boolean }) {
  const f = nl.placements.fields;
  const items: DetailItem[] = [
    {
      label: f.candidate,
      value: linkPeople ? <Link to={`/kandidaten/${p.candidateId}`}>{p.candidateName}</Link> : p.candidateName,
    },
    {
      label: f.vacancy,
      value: linkPeople ? <Link to={`/vacatures/${p.vacancyId}`}>{p.vacancyTitle}</Link> : p.vacancyTitle,
    },
    { label: f.employer, value: p.employerName },
    {
      label: f.status,
      value: (
        <>
          <PlacementStatusBadge status={p.status} /> <AttentionBadges atRisk={p.atRisk} unreachable={p.unreachable} />
        </>
      ),
    },
    { label: f.startDate, value: formatDate(p.startDate) },
    { label: f.endDate, value: p.endDate ? formatDate(p.endDate) : nl.placements.permanent },
    { label: f.hours, value: nl.placements.hours(p.hoursPerWeek) },
    { label: f.jobcoach, value: p.jobcoachName || p.jobcoach },
  ];
  if (p.lastOutcome) items.push({ label: f.lastOutcome, value: <OutcomeBadge outcome={p.lastOutcome} /> });
  if (p.endedOn) items.push({ label: f.endedOn, value: formatDate(p.endedOn) });
  if (p.endReason) items.push({ label: f.endReason, value: placementEndReasonLabels[p.endReason] });
  if (p.endNote) items.push({ label: f.endNote, value: p.endNote });
  items.push({ label: f.placedBy, value: p.placedByName || p.placedBy });

  return (
    <>
      {p.atRisk && <p className="alert alert--error">{nl.placements.atRiskNotice}</p>}
      {p.unreachable && <p className="alert alert--warning">{nl.placements.unreachableNotice}</p>}
      <section className="section" aria-labelledby="placement-contract">
        <h2 id="placement-contract">{nl.placements.contract}</h2>
        <DetailList items={items} />
      </section>
      <section className="section" aria-labelledby="placement-arrangements">
        <h2 id="placement-arrangements">{nl.placements.arrangements}</h2>
        {p.arrangements.length === 0 ? (
          <p>{nl.placements.noArrangements}</p>
        ) : (
          <ul className="arrangement-list">
            {p.arrangements.map((a, i) => (
              <li key={`${a.kind}-${i}`}>{arrangementText(a)}</li>
            ))}
          </ul>
        )}
        <p className="audit">{nl.placements.audit(formatDateTime(p.createdAt), formatDateTime(p.updatedAt))}</p>
      </section>
    </>
  );
}

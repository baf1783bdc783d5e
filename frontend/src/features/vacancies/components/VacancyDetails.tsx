import { DetailList } from '@/components/DetailList';
import { VacancyStatusBadge } from '@/components/StatusBadge';
import type { Vacancy } from '@/lib/api/types';
import { formatDate, formatDateTime, formatHours, formatNumber } from '@/lib/format';
import { contractTypeLabels, languageLevelLabels, nl, sectorLabels } from '@/lib/i18n/nl';
import { VacancyTalents } from './VacancyTalents';

/** Read-only facts of a vacancy, then its talents. */
export function VacancyDetails({ vacancy }: { vacancy: Vacancy }) {
  const f = nl.vacancies.fields;
  const none = nl.app.none;
  const coordinates =
    typeof vacancy.latitude === 'number' && typeof vacancy.longitude === 'number'
      ? ` (${formatNumber(vacancy.latitude)}, ${formatNumber(vacancy.longitude)})`
      : '';
  return (
    <>
      <section className="section" aria-labelledby="vacancy-details-heading">
        <h2 id="vacancy-details-heading">{nl.vacancies.details}</h2>
        <DetailList
          items={[
            { label: f.status, value: <VacancyStatusBadge status={vacancy.status} /> },
            { label: f.employer, value: vacancy.employerName },
            { label: f.sector, value: sectorLabels[vacancy.sector] },
            { label: f.location, value: `${vacancy.postcode}${coordinates}` },
            { label: f.hours, value: formatHours(vacancy.hoursPerWeekMin, vacancy.hoursPerWeekMax) },
            { label: f.contractType, value: contractTypeLabels[vacancy.contractType] },
            { label: f.startDate, value: formatDate(vacancy.startDate) },
            { label: f.positions, value: nl.vacancies.positions(vacancy.positions) },
            { label: f.dutchLevel, value: vacancy.dutchLevel ? languageLevelLabels[vacancy.dutchLevel] : nl.vacancies.noLanguageRequirement },
            { label: f.drivingLicenceRequired, value: vacancy.drivingLicenceRequired ? nl.app.yes : nl.app.no },
            { label: f.owner, value: vacancy.ownerName || none },
            { label: f.description, value: vacancy.description },
          ]}
        />
        <p className="audit">{nl.vacancies.audit(formatDateTime(vacancy.createdAt), formatDateTime(vacancy.updatedAt))}</p>
      </section>
      <VacancyTalents talents={vacancy.talents ?? []} />
    </>
  );
}

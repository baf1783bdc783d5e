import { DetailList } from '@/components/DetailList';
import { EmployerStatusBadge } from '@/components/StatusBadge';
import type { Employer } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { nl, sectorLabels, sizeClassLabels } from '@/lib/i18n/nl';

/** Read-only view of an employer (jobcoaches, or anyone without edit rights). */
export function EmployerDetails({ employer }: { employer: Employer }) {
  const f = nl.employers.fields;
  const none = nl.app.none;
  return (
    <section className="section" aria-labelledby="employer-details-heading">
      <h2 id="employer-details-heading">{nl.employers.details}</h2>
      <DetailList
        items={[
          { label: nl.employers.columns.status, value: <EmployerStatusBadge status={employer.status} /> },
          { label: f.name, value: employer.name },
          { label: f.kvkNumber, value: employer.kvkNumber },
          { label: f.sector, value: sectorLabels[employer.sector] },
          { label: f.sizeClass, value: sizeClassLabels[employer.sizeClass] },
          { label: f.contactPerson, value: employer.contactPerson || none },
          {
            label: f.phone,
            value: employer.phone ? <a href={`tel:${employer.phone.replace(/[\s-]/g, '')}`}>{employer.phone}</a> : none,
          },
          { label: f.email, value: employer.email ? <a href={`mailto:${employer.email}`}>{employer.email}</a> : none },
          { label: f.postcode, value: employer.postcode },
          { label: f.municipalityCode, value: employer.municipalityName ?? employer.municipalityCode },
        ]}
      />
      <p className="audit">{nl.employers.audit(formatDateTime(employer.createdAt), formatDateTime(employer.updatedAt))}</p>
    </section>
  );
}

import { Link, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { MunicipalCandidateProfile, useMunicipalCandidate } from '@/features/municipal-candidates';
import { useSession } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';

/** One of the municipality's own candidates, by client number (all fields, read-only). */
export function MunicipalCandidatePage() {
  const { clientNumber = '' } = useParams();
  const { municipality } = useSession();
  if (!municipality) {
    return (
      <>
        <PageHeader title={nl.municipalCandidates.title} />
        <p className="alert alert--warning">{nl.auth.noMunicipality}</p>
      </>
    );
  }
  return <Profile code={municipality} clientNumber={clientNumber} />;
}

function Profile({ code, clientNumber }: { code: string; clientNumber: string }) {
  const candidate = useMunicipalCandidate(code, clientNumber);
  const back = (
    <p>
      <Link to="/onze-kandidaten">{nl.municipalCandidates.backToList}</Link>
    </p>
  );
  if (candidate.isPending) return <Loading />;
  if (candidate.isError || !candidate.data) {
    return (
      <>
        <PageHeader title={nl.municipalCandidates.title} />
        <ProblemAlert error={candidate.error} />
        {back}
      </>
    );
  }
  const data = candidate.data;
  return (
    <>
      <PageHeader title={`${data.firstName} ${data.lastName}`}>
        <p>
          {nl.municipalCandidates.fields.clientNumber} {data.clientNumber}
        </p>
      </PageHeader>
      {back}
      <MunicipalCandidateProfile candidate={data} />
    </>
  );
}

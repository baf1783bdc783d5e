import { Link, useLocation, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { CandidateProfile, useCandidate } from '@/features/candidates';
import { VacancySuggestionsSection } from '@/features/matching';
import { usePermissions } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';

/** Router state from the search: the search (query string) to go back to. */
export interface FromSearchState {
  search?: string;
}

/** One candidate's profile (the consultant/jobcoach view); consultants also see the vacancies that fit. */
export function CandidatePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { ownCandidatesOnly, canMatch } = usePermissions();
  const candidate = useCandidate(id);
  const from = (location.state as FromSearchState | null)?.search;
  const back = (
    <p>
      <Link to={`/kandidaten${from && from.startsWith('?') ? from : ''}`}>{nl.candidates.backToSearch}</Link>
    </p>
  );

  if (candidate.isPending) return <Loading />;
  if (candidate.isError || !candidate.data) {
    return (
      <>
        <PageHeader title={ownCandidatesOnly ? nl.candidates.titleOwn : nl.candidates.title} />
        <ProblemAlert error={candidate.error} />
        {back}
      </>
    );
  }
  const data = candidate.data;
  return (
    <>
      <PageHeader title={`${data.firstName} ${data.lastName}`}>
        <p>{nl.candidates.profileNotice}</p>
      </PageHeader>
      {back}
      <CandidateProfile candidate={data} />
      {canMatch && <VacancySuggestionsSection candidateId={data.id} />}
    </>
  );
}

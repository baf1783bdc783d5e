import { Link, useLocation, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { CandidateProfile, useCandidate } from '@/features/candidates';
import { VacancySuggestionsSection } from '@/features/matching';
import { usePlacements } from '@/features/placements';
import { PlacementStatusBadge } from '@/components/aftercare/Badges';
import { formatDate } from '@/lib/format';
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
  const { ownCandidatesOnly, canMatch, canSeePlacements } = usePermissions();
  const candidate = useCandidate(id);
  const placements = usePlacements({ candidateId: id, size: 10, sort: 'startDate,desc' }, canSeePlacements && Boolean(id));
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
      {placements.data && placements.data.items.length > 0 && (
        <section className="section" aria-labelledby="candidate-placements">
          <h2 id="candidate-placements">{nl.placements.candidatePlacements}</h2>
          <ul className="arrangement-list">
            {placements.data.items.map((p) => (
              <li key={p.id}>
                <Link to={`/plaatsingen/${p.id}`}>
                  {p.vacancyTitle} · {p.employerName}
                </Link>{' '}
                ({formatDate(p.startDate)}) <PlacementStatusBadge status={p.status} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <CandidateProfile candidate={data} />
      {canMatch && <VacancySuggestionsSection candidateId={data.id} />}
    </>
  );
}

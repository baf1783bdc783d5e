import { Link, useNavigate, useParams } from 'react-router';
import type { FlashState } from '@/components/FlashMessage';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { VacancyForm, useUpdateVacancy, useVacancy } from '@/features/vacancies';
import { nl } from '@/lib/i18n/nl';

export function VacancyEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const vacancy = useVacancy(id);
  const update = useUpdateVacancy(id);

  if (vacancy.isPending) return <Loading />;
  if (vacancy.isError || !vacancy.data) {
    return (
      <>
        <PageHeader title={nl.vacancies.title} />
        <ProblemAlert error={vacancy.error} />
        <Link to="/vacatures">{nl.app.back}</Link>
      </>
    );
  }

  const { data, etag } = vacancy.data;
  return (
    <>
      <PageHeader title={nl.vacancies.editTitle(data.title)} />
      <VacancyForm
        key={`${data.id}:${data.version}`}
        initial={data}
        submitLabel={nl.vacancies.update}
        busy={update.isPending}
        error={update.error}
        cancelTo={`/vacatures/${data.id}`}
        onSubmit={(body) =>
          update.mutate(
            { body, etag },
            {
              onSuccess: () => {
                const state: FlashState = { flash: { text: nl.vacancies.updated } };
                navigate(`/vacatures/${data.id}`, { state });
              },
            },
          )
        }
        onReload={() => {
          update.reset();
          void vacancy.refetch();
        }}
      />
    </>
  );
}

import { useNavigate, useSearchParams } from 'react-router';
import type { FlashState } from '@/components/FlashMessage';
import { PageHeader } from '@/components/PageHeader';
import { VacancyForm, useCreateVacancy } from '@/features/vacancies';
import { isApiProblem } from '@/lib/api/problem';
import { nl } from '@/lib/i18n/nl';

export function VacancyNewPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const create = useCreateVacancy();

  return (
    <>
      <PageHeader title={nl.vacancies.newTitle} />
      <VacancyForm
        defaultEmployerId={searchParams.get('werkgever') ?? undefined}
        offerPublish
        submitLabel={nl.vacancies.create}
        busy={create.isPending}
        error={create.error}
        cancelTo="/vacatures"
        onSubmit={(body, { publish }) =>
          create.mutate(
            { body, publish },
            {
              onSuccess: ({ vacancy, publishError }) => {
                let state: FlashState;
                if (publishError) {
                  const reason = isApiProblem(publishError)
                    ? publishError.detail || nl.problem.heading(publishError.status)
                    : String(publishError);
                  state = { flash: { text: nl.vacancies.createdPublishFailed(reason), tone: 'warning' } };
                } else {
                  state = {
                    flash: {
                      text: vacancy.data.status === 'OPEN' ? nl.vacancies.createdAndPublished : nl.vacancies.created,
                    },
                  };
                }
                navigate(`/vacatures/${vacancy.data.id}`, { state });
              },
            },
          )
        }
      />
    </>
  );
}

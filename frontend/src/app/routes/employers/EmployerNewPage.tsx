import { useNavigate } from 'react-router';
import type { FlashState } from '@/components/FlashMessage';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmployerForm, useCreateEmployer } from '@/features/employers';
import { useMunicipalities } from '@/features/municipalities';
import { nl } from '@/lib/i18n/nl';

export function EmployerNewPage() {
  const navigate = useNavigate();
  const municipalities = useMunicipalities();
  const create = useCreateEmployer();

  return (
    <>
      <PageHeader title={nl.employers.newTitle} />
      <ProblemAlert error={municipalities.error} />
      {municipalities.isPending ? (
        <Loading />
      ) : (
        <EmployerForm
          municipalities={municipalities.data ?? []}
          submitLabel={nl.employers.create}
          busy={create.isPending}
          error={create.error}
          cancelTo="/werkgevers"
          onSubmit={(body) =>
            create.mutate(body, {
              onSuccess: ({ data }) => {
                const state: FlashState = { flash: { text: nl.employers.created(data.name) } };
                navigate(`/werkgevers/${data.id}`, { state });
              },
            })
          }
        />
      )}
    </>
  );
}

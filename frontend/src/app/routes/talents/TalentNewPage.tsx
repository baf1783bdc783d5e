import { useNavigate } from 'react-router';
import type { FlashState } from '@/components/FlashMessage';
import { PageHeader } from '@/components/PageHeader';
import { TalentForm, useCreateTalent } from '@/features/talents';
import { nl } from '@/lib/i18n/nl';

export function TalentNewPage() {
  const navigate = useNavigate();
  const create = useCreateTalent();
  return (
    <>
      <PageHeader title={nl.talents.newTitle} />
      <TalentForm
        submitLabel={nl.talents.create}
        busy={create.isPending}
        error={create.error}
        cancelTo="/talenten"
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: ({ data }) => {
              const state: FlashState = { flash: { text: nl.talents.created(data.labelNl) } };
              navigate(`/talenten/${encodeURIComponent(data.code)}`, { state });
            },
          })
        }
      />
    </>
  );
}

import { Link, useNavigate, useParams } from 'react-router';
import type { FlashState } from '@/components/FlashMessage';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TalentStatusBadge } from '@/components/StatusBadge';
import { TalentForm, useSetTalentRetired, useTalent, useUpdateTalent } from '@/features/talents';
import { nl, talentCategoryLabels } from '@/lib/i18n/nl';

/** One talent (admin): rename / recategorise (PUT with If-Match), retire or reinstate. */
export function TalentPage() {
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const talent = useTalent(code);
  const update = useUpdateTalent(code);
  const setRetired = useSetTalentRetired(code);

  if (talent.isPending) return <Loading />;
  if (talent.isError || !talent.data) {
    return (
      <>
        <PageHeader title={nl.talents.title} />
        <ProblemAlert error={talent.error} />
        <Link to="/talenten">{nl.app.back}</Link>
      </>
    );
  }

  const { data, etag } = talent.data;
  const flash = (text: string): FlashState => ({ flash: { text } });
  const reload = () => {
    update.reset();
    setRetired.reset();
    void talent.refetch();
  };

  return (
    <>
      <PageHeader title={nl.talents.editTitle(data.labelNl)}>
        <p>
          <TalentStatusBadge retired={data.retired} /> · {talentCategoryLabels[data.category]} · <code>{data.code}</code>
        </p>
      </PageHeader>
      {data.retired && <p className="alert alert--info">{nl.talents.retiredNotice}</p>}
      <TalentForm
        // A new version (after save, reload, retire) starts the form afresh.
        key={`${data.code}:${data.version}`}
        initial={data}
        submitLabel={nl.talents.update}
        busy={update.isPending}
        error={update.error}
        cancelTo="/talenten"
        onSubmit={({ labelNl, labelEn, category, escoUri }) =>
          update.mutate(
            { body: { labelNl, labelEn, category, escoUri }, etag },
            { onSuccess: () => navigate('.', { replace: true, state: flash(nl.talents.updated) }) },
          )
        }
        onReload={reload}
      />
      <section className="section" aria-labelledby="talent-usage">
        <h2 id="talent-usage">{nl.talents.usage}</h2>
        <ProblemAlert error={setRetired.error} subject={nl.talents.thisTalent} onReload={reload} />
        <button
          type="button"
          className={data.retired ? 'button button--secondary' : 'button button--danger'}
          disabled={setRetired.isPending}
          onClick={() =>
            setRetired.mutate(
              { retired: !data.retired, etag },
              {
                onSuccess: ({ data: changed }) =>
                  navigate('.', {
                    replace: true,
                    state: flash(changed.retired ? nl.talents.retiredDone : nl.talents.reinstated),
                  }),
              },
            )
          }
        >
          {data.retired ? nl.talents.reinstate : nl.talents.retire}
        </button>
      </section>
    </>
  );
}

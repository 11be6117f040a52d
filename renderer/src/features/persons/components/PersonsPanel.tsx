import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { ConfirmDestructive } from '../../../components/ui/ConfirmDestructive';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { InspectionReport } from '../../retention/components/InspectionReport';
import { useAddPerson, useRemovePerson, useUpdatePerson } from '../mutations';
import { usePersons } from '../queries';
import { PersonCard } from './PersonCard';
import { PersonForm } from './PersonForm';

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string } | { kind: 'remove'; id: string } | { kind: 'report'; id: string };

/** The "Betrokkenen" tab: the list, one form at a time, and a typed confirmation to remove. */
export function PersonsPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const persons = usePersons(caseId);
  const add = useAddPerson(caseId);
  const update = useUpdatePerson();
  const remove = useRemovePerson();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const list = persons.data ?? [];
  const back = () => setMode({ kind: 'list' });

  return (
    <section className="stack" aria-label={t('persons.title')}>
      <div className="heading-row">
        <div className="stack-tight">
          <h2 className="section-title">{t('persons.title')}</h2>
          <p className="muted">{t('persons.intro')}</p>
        </div>
        {mode.kind === 'list' ? <Button onClick={() => setMode({ kind: 'add' })}>{t('persons.add')}</Button> : null}
      </div>
      <ErrorBanner error={persons.error} />
      {mode.kind === 'add' ? (
        <PersonForm title={t('persons.addTitle')} busy={add.isPending} error={add.error} onCancel={back} onSubmit={(fields) => add.mutate(fields, { onSuccess: back })} />
      ) : null}
      {persons.data && list.length === 0 && mode.kind !== 'add' ? <p className="empty-next">{t('persons.empty')}</p> : null}
      <ul className="person-list">
        {list.map((p) => (
          <li key={p.id}>
            {mode.kind === 'edit' && mode.id === p.id ? (
              <PersonForm
                title={t('persons.editTitle')}
                initial={p}
                busy={update.isPending}
                error={update.error}
                onCancel={back}
                onSubmit={(patch) => update.mutate({ personId: p.id, patch }, { onSuccess: back })}
              />
            ) : mode.kind === 'remove' && mode.id === p.id ? (
              <ConfirmDestructive
                title={t('persons.removeTitle', { name: p.name })}
                body={t('persons.removeBody')}
                confirmLabel={t('persons.removeConfirm')}
                busy={remove.isPending}
                onCancel={back}
                onConfirm={() => remove.mutate(p.id, { onSuccess: back })}
              />
            ) : (
              <>
                <PersonCard person={p} onEdit={() => setMode({ kind: 'edit', id: p.id })} onRemove={() => setMode({ kind: 'remove', id: p.id })} onReport={() => setMode({ kind: 'report', id: p.id })} />
                {mode.kind === 'report' && mode.id === p.id ? <InspectionReport personId={p.id} name={p.name} onClose={back} /> : null}
              </>
            )}
          </li>
        ))}
      </ul>
      <ErrorBanner error={remove.error} />
    </section>
  );
}

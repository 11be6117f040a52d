import { Button } from '../../../components/ui/Button';
import { ConfirmDestructive } from '../../../components/ui/ConfirmDestructive';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useDraft } from '../../drafts/use-draft';
import { useAddPerson, useRemovePerson, useUpdatePerson } from '../mutations';
import { useIdentities, usePersons } from '../queries';
import { AccessRequestPanel } from './AccessRequestPanel';
import { KnownPersonForm } from './KnownPersonForm';
import { PersonCard } from './PersonCard';
import { PersonForm } from './PersonForm';

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'add-known' } | { kind: 'edit'; id: string } | { kind: 'remove'; id: string } | { kind: 'report'; id: string };

/**
 * The "Betrokkenen" tab: the list, one form at a time, and a typed confirmation to remove. A
 * person from another case is chosen ("Iemand uit een andere zaak"), never matched by name.
 */
export function PersonsPanel({ caseId, caseRef }: { caseId: string; caseRef: string }) {
  const t = useT();
  const persons = usePersons(caseId);
  const identities = useIdentities();
  const otherCases = (identityId: string) =>
    (identities.data ?? [])
      .find((i) => i.identityId === identityId)
      ?.cases.filter((c) => c.caseId !== caseId)
      .map((c) => c.caseRef) ?? [];
  const add = useAddPerson(caseId);
  const update = useUpdatePerson();
  const remove = useRemovePerson();
  // Which form is open survives a lock, so its draft is seen again after unlock (issue 16 item 1).
  const modeDraft = useDraft<Mode>(`persons:${caseId}:mode`, { kind: 'list' }, caseId);
  const mode = modeDraft.value;
  const setMode = modeDraft.set;
  const back = () => modeDraft.clear();
  const list = persons.data ?? [];
  /** After a save: the form's draft goes, then the list is shown again. */
  const saved = (clearDraft: () => void) => () => {
    clearDraft();
    back();
  };

  return (
    <section className="stack" aria-label={t('persons.title')}>
      <div className="heading-row">
        <div className="stack-tight">
          <h2 className="section-title">{t('persons.title')}</h2>
          <p className="muted">{t('persons.intro')}</p>
        </div>
        {mode.kind === 'list' ? (
          <div className="actions">
            <Button onClick={() => setMode({ kind: 'add' })}>{t('persons.add')}</Button>
            <Button variant="secondary" onClick={() => setMode({ kind: 'add-known' })}>
              {t('persons.addKnown')}
            </Button>
          </div>
        ) : null}
      </div>
      <ErrorBanner error={persons.error} />
      {mode.kind === 'add' ? (
        <PersonForm
          title={t('persons.addTitle')}
          draftKey={`person:${caseId}:new`}
          caseId={caseId}
          busy={add.isPending}
          error={add.error}
          onCancel={back}
          onSubmit={(fields, done) => add.mutate(fields, { onSuccess: saved(done) })}
        />
      ) : null}
      {mode.kind === 'add-known' ? <KnownPersonForm caseId={caseId} busy={add.isPending} error={add.error} onCancel={back} onSubmit={(fields, done) => add.mutate(fields, { onSuccess: saved(done) })} /> : null}
      {persons.data && list.length === 0 && mode.kind !== 'add' && mode.kind !== 'add-known' ? <p className="empty-next">{t('persons.empty')}</p> : null}
      <ul className="person-list">
        {list.map((p) => (
          <li key={p.id}>
            {mode.kind === 'edit' && mode.id === p.id ? (
              <PersonForm
                title={t('persons.editTitle')}
                draftKey={`person:${p.id}:edit`}
                caseId={caseId}
                initial={p}
                otherCases={otherCases(p.identityId)}
                busy={update.isPending}
                error={update.error}
                onCancel={back}
                onSubmit={(patch, done) => update.mutate({ personId: p.id, patch }, { onSuccess: saved(done) })}
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
                <PersonCard
                  person={p}
                  alsoIn={otherCases(p.identityId)}
                  onEdit={() => setMode({ kind: 'edit', id: p.id })}
                  onRemove={() => setMode({ kind: 'remove', id: p.id })}
                  onReport={() => setMode({ kind: 'report', id: p.id })}
                />
                {mode.kind === 'report' && mode.id === p.id ? <AccessRequestPanel person={p} caseRef={caseRef} onClose={back} /> : null}
              </>
            )}
          </li>
        ))}
      </ul>
      <ErrorBanner error={remove.error} />
    </section>
  );
}

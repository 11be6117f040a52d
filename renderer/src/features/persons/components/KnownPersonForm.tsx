import { useState, type FormEvent } from 'react';
import { PERSON_ROLES, type PersonRole } from '../../../../../shared/person-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { useIdentities } from '../queries';
import type { PersonFields } from '../mutations';

/**
 * "Iemand uit een andere zaak" (issue 15 item 2): the same person is chosen from the list of
 * persons in other cases, never matched by how a name is spelled. Their role here is new.
 * The choice and the notes are a draft in the vault until saved or cancelled (issue 16 item 1).
 */
export function KnownPersonForm({
  caseId,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  caseId: string;
  busy: boolean;
  error: unknown;
  onSubmit: (fields: PersonFields, saved: () => void) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const identities = useIdentities(caseId);
  const kept = useDraft<{ identityId: string; role: PersonRole; contactNotes: string }>(`person:${caseId}:known`, { identityId: '', role: 'victim', contactNotes: '' }, caseId);
  const { identityId, role, contactNotes } = kept.value;
  const set = (patch: Partial<typeof kept.value>) => kept.set((d) => ({ ...d, ...patch }));
  const [tried, setTried] = useState(false);
  const list = identities.data ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (identityId) onSubmit({ identityId, role, contactNotes: contactNotes.trim() }, kept.clear);
  };
  return (
    <form className="card stack-tight" onSubmit={submit} noValidate aria-label={t('persons.knownTitle')}>
      <h3 className="subsection-title">{t('persons.knownTitle')}</h3>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <p className="muted">{t('persons.knownIntro')}</p>
      <ErrorBanner error={identities.error} />
      {identities.data && list.length === 0 ? <p className="empty-next">{t('persons.knownEmpty')}</p> : null}
      {list.length ? (
        <>
          <SelectField
            label={t('persons.knownPick')}
            value={identityId}
            onChange={(e) => set({ identityId: e.target.value })}
            options={[
              { value: '', label: t('persons.knownChoose') },
              ...list.map((i) => ({ value: i.identityId, label: t('persons.knownOption', { name: i.name, cases: i.cases.map((c) => `${c.caseRef} (${t(`person.role.${c.role}`).toLowerCase()})`).join(', ') }) })),
            ]}
          />
          {tried && !identityId ? <p className="field-error">{t('persons.knownRequired')}</p> : null}
          <SelectField label={t('persons.role')} options={PERSON_ROLES.map((r) => ({ value: r, label: t(`person.role.${r}`) }))} value={role} onChange={(e) => set({ role: PERSON_ROLES.find((r) => r === e.target.value) ?? 'victim' })} />
          <TextArea label={t('persons.contact')} value={contactNotes} onChange={(e) => set({ contactNotes: e.target.value })} rows={2} />
        </>
      ) : null}
      <ErrorBanner error={error} />
      <div className="actions">
        {list.length ? (
          <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
            {t('persons.knownAdd')}
          </Button>
        ) : null}
        <Button
          variant="secondary"
          onClick={() => {
            kept.clear();
            onCancel();
          }}
        >
          {t('persons.cancel')}
        </Button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { PERSON_ROLES, type PersonRole } from '../../../../../shared/person-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { useIdentities } from '../queries';
import type { PersonFields } from '../mutations';

/**
 * "Iemand uit een andere zaak" (issue 15 item 2): the same person is chosen from the list of
 * persons in other cases, never matched by how a name is spelled. Their role here is new.
 */
export function KnownPersonForm({ caseId, busy, error, onSubmit, onCancel }: { caseId: string; busy: boolean; error: unknown; onSubmit: (fields: PersonFields) => void; onCancel: () => void }) {
  const t = useT();
  const identities = useIdentities(caseId);
  const [identityId, setIdentityId] = useState('');
  const [role, setRole] = useState<PersonRole>('victim');
  const [contactNotes, setContactNotes] = useState('');
  const [tried, setTried] = useState(false);
  const list = identities.data ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (identityId) onSubmit({ identityId, role, contactNotes: contactNotes.trim() });
  };
  return (
    <form className="card stack-tight" onSubmit={submit} noValidate aria-label={t('persons.knownTitle')}>
      <h3 className="subsection-title">{t('persons.knownTitle')}</h3>
      <p className="muted">{t('persons.knownIntro')}</p>
      <ErrorBanner error={identities.error} />
      {identities.data && list.length === 0 ? <p className="empty-next">{t('persons.knownEmpty')}</p> : null}
      {list.length ? (
        <>
          <SelectField
            label={t('persons.knownPick')}
            value={identityId}
            onChange={(e) => setIdentityId(e.target.value)}
            options={[
              { value: '', label: t('persons.knownChoose') },
              ...list.map((i) => ({ value: i.identityId, label: t('persons.knownOption', { name: i.name, cases: i.cases.map((c) => `${c.caseRef} (${t(`person.role.${c.role}`).toLowerCase()})`).join(', ') }) })),
            ]}
          />
          {tried && !identityId ? <p className="field-error">{t('persons.knownRequired')}</p> : null}
          <SelectField label={t('persons.role')} options={PERSON_ROLES.map((r) => ({ value: r, label: t(`person.role.${r}`) }))} value={role} onChange={(e) => setRole(PERSON_ROLES.find((r) => r === e.target.value) ?? 'victim')} />
          <TextArea label={t('persons.contact')} value={contactNotes} onChange={(e) => setContactNotes(e.target.value)} rows={2} />
        </>
      ) : null}
      <ErrorBanner error={error} />
      <div className="actions">
        {list.length ? (
          <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
            {t('persons.knownAdd')}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onCancel}>
          {t('persons.cancel')}
        </Button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { TRISTATE } from '../../../../../shared/case-types';
import { AFFILIATIONS, PERSON_ROLES, type Person } from '../../../../../shared/person-types';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import type { PersonFields } from '../mutations';

/** The fields the form edits, as the person has them (shared/person-types.ts). */
type PersonDraft = Pick<Person, 'role' | 'name' | 'isPseudonym' | 'affiliation' | 'minor' | 'contactNotes' | 'pseudonym'>;

/**
 * Add or edit one person involved; every field labelled, the name is the only required one.
 * What is typed is a draft in the vault (`draftKey`, owned by the case) until saved or
 * cancelled (issue 16 item 1); `onSubmit` gets a `saved` to call once the save succeeded.
 */
export function PersonForm({
  title,
  draftKey,
  caseId,
  initial,
  busy,
  error,
  onSubmit,
  onCancel,
  otherCases = [],
}: {
  title: string;
  draftKey: string;
  caseId: string;
  initial?: Person;
  /** Other cases this person is in: who they are (name, minor, ...) changes there too. */
  otherCases?: readonly string[];
  busy: boolean;
  error: unknown;
  onSubmit: (fields: PersonFields, saved: () => void) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const kept = useDraft<PersonDraft>(
    draftKey,
    {
      role: initial?.role ?? 'victim',
      name: initial?.name ?? '',
      isPseudonym: initial?.isPseudonym ?? false,
      affiliation: initial?.affiliation ?? 'student',
      minor: initial?.minor ?? 'unknown',
      contactNotes: initial?.contactNotes ?? '',
      pseudonym: initial?.pseudonym ?? '',
    },
    caseId,
  );
  const { role, name, isPseudonym, affiliation, minor, contactNotes, pseudonym } = kept.value;
  const set = (patch: Partial<PersonDraft>) => kept.set((d) => ({ ...d, ...patch }));
  const [tried, setTried] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!name.trim()) return;
    onSubmit({ role, name: name.trim(), isPseudonym, affiliation, minor, contactNotes: contactNotes.trim(), pseudonym: pseudonym.trim() }, kept.clear);
  };

  return (
    <form className="card stack-tight" onSubmit={submit} noValidate aria-label={title}>
      <h3 className="subsection-title">{title}</h3>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      {otherCases.length ? <p className="muted">{t('persons.sharedIdentity', { refs: otherCases.join(', ') })}</p> : null}
      <div className="form-grid">
        <SelectField
          label={t('persons.role')}
          options={PERSON_ROLES.map((r) => ({ value: r, label: t(`person.role.${r}`) }))}
          value={role}
          onChange={(e) => set({ role: PERSON_ROLES.find((r) => r === e.target.value) ?? 'victim' })}
        />
        <SelectField
          label={t('persons.affiliation')}
          options={AFFILIATIONS.map((a) => ({ value: a, label: t(`person.affiliation.${a}`) }))}
          value={affiliation}
          onChange={(e) => set({ affiliation: AFFILIATIONS.find((a) => a === e.target.value) ?? 'unknown' })}
        />
      </div>
      <Field label={t('persons.name')} value={name} onChange={(e) => set({ name: e.target.value })} error={tried && !name.trim() ? t('persons.nameRequired') : null} autoComplete="off" />
      <Checkbox label={t('persons.pseudonym')} help={t('persons.pseudonymHelp')} checked={isPseudonym} onChange={(e) => set({ isPseudonym: e.target.checked })} />
      <RadioGroup inline legend={t('persons.minor')} options={TRISTATE.map((v) => ({ value: v, label: t(`tristate.${v}`) }))} value={minor} onChange={(v) => set({ minor: v })} />
      <TextArea label={t('persons.contact')} value={contactNotes} onChange={(e) => set({ contactNotes: e.target.value })} rows={2} />
      <Field label={t('persons.redactedName')} help={t('persons.redactedNameHelp')} value={pseudonym} maxLength={60} onChange={(e) => set({ pseudonym: e.target.value })} autoComplete="off" inputClassName="input-short" />
      <ErrorBanner error={error} />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
          {t('persons.save')}
        </Button>
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

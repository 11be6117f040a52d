import { useState, type FormEvent } from 'react';
import { TRISTATE, type Tristate } from '../../../../../shared/case-types';
import { AFFILIATIONS, PERSON_ROLES, type Affiliation, type Person, type PersonRole } from '../../../../../shared/person-types';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import type { PersonFields } from '../mutations';

/** Add or edit one person involved; every field labelled, the name is the only required one. */
export function PersonForm({
  title,
  initial,
  busy,
  error,
  onSubmit,
  onCancel,
  otherCases = [],
}: {
  title: string;
  initial?: Person;
  /** Other cases this person is in: who they are (name, minor, ...) changes there too. */
  otherCases?: readonly string[];
  busy: boolean;
  error: unknown;
  onSubmit: (fields: PersonFields) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [role, setRole] = useState<PersonRole>(initial?.role ?? 'victim');
  const [name, setName] = useState(initial?.name ?? '');
  const [isPseudonym, setPseudonym] = useState(initial?.isPseudonym ?? false);
  const [affiliation, setAffiliation] = useState<Affiliation>(initial?.affiliation ?? 'student');
  const [minor, setMinor] = useState<Tristate>(initial?.minor ?? 'unknown');
  const [contactNotes, setContactNotes] = useState(initial?.contactNotes ?? '');
  const [pseudonym, setPseudonymLabel] = useState(initial?.pseudonym ?? '');
  const [tried, setTried] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!name.trim()) return;
    onSubmit({ role, name: name.trim(), isPseudonym, affiliation, minor, contactNotes: contactNotes.trim(), pseudonym: pseudonym.trim() });
  };

  return (
    <form className="card stack-tight" onSubmit={submit} noValidate aria-label={title}>
      <h3 className="subsection-title">{title}</h3>
      {otherCases.length ? <p className="muted">{t('persons.sharedIdentity', { refs: otherCases.join(', ') })}</p> : null}
      <div className="form-grid">
        <SelectField
          label={t('persons.role')}
          options={PERSON_ROLES.map((r) => ({ value: r, label: t(`person.role.${r}`) }))}
          value={role}
          onChange={(e) => setRole(PERSON_ROLES.find((r) => r === e.target.value) ?? 'victim')}
        />
        <SelectField
          label={t('persons.affiliation')}
          options={AFFILIATIONS.map((a) => ({ value: a, label: t(`person.affiliation.${a}`) }))}
          value={affiliation}
          onChange={(e) => setAffiliation(AFFILIATIONS.find((a) => a === e.target.value) ?? 'unknown')}
        />
      </div>
      <Field label={t('persons.name')} value={name} onChange={(e) => setName(e.target.value)} error={tried && !name.trim() ? t('persons.nameRequired') : null} autoComplete="off" />
      <Checkbox label={t('persons.pseudonym')} help={t('persons.pseudonymHelp')} checked={isPseudonym} onChange={(e) => setPseudonym(e.target.checked)} />
      <RadioGroup inline legend={t('persons.minor')} options={TRISTATE.map((v) => ({ value: v, label: t(`tristate.${v}`) }))} value={minor} onChange={setMinor} />
      <TextArea label={t('persons.contact')} value={contactNotes} onChange={(e) => setContactNotes(e.target.value)} rows={2} />
      <Field label={t('persons.redactedName')} help={t('persons.redactedNameHelp')} value={pseudonym} maxLength={60} onChange={(e) => setPseudonymLabel(e.target.value)} autoComplete="off" inputClassName="input-short" />
      <ErrorBanner error={error} />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
          {t('persons.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('persons.cancel')}
        </Button>
      </div>
    </form>
  );
}

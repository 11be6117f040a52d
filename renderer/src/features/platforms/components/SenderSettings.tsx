import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../../shared/settings-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useT } from '../../../i18n/i18n-context';
import { refusedFields } from '../../../lib/contract-check';
import { useSaveSender } from '../mutations';

/** "Afzender voor meldingen": part (c) of every notice except for child sexual abuse material. */
export function SenderSettings({ current }: { current: Settings }) {
  const t = useT();
  const save = useSaveSender();
  const [name, setName] = useState(current.senderName);
  const [email, setEmail] = useState(current.senderEmail);
  const [organisation, setOrganisation] = useState(current.senderOrganisation);
  // The contract's own e-mail rule (settings:set), so the core never refuses what the form let through.
  const emailError = refusedFields('settings:set', { senderEmail: email.trim() }).has('senderEmail') ? t('sender.emailInvalid') : null;
  const change = (set: (v: string) => void) => (e: { target: { value: string } }) => {
    set(e.target.value);
    save.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!emailError) save.mutate({ senderName: name.trim(), senderEmail: email.trim(), senderOrganisation: organisation.trim() });
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate>
      <p className="muted">{t('sender.intro')}</p>
      <Field label={t('sender.name')} value={name} onChange={change(setName)} maxLength={200} autoComplete="name" />
      <Field label={t('sender.email')} type="email" value={email} onChange={change(setEmail)} maxLength={320} autoComplete="email" error={emailError} />
      <Field label={t('sender.organisation')} value={organisation} onChange={change(setOrganisation)} maxLength={200} autoComplete="organization" />
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={Boolean(emailError)} busy={save.isPending} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
      </div>
      {save.isSuccess ? <Banner tone="success">{t('sender.saved')}</Banner> : null}
      <ErrorBanner error={save.error} />
    </form>
  );
}

import type { FormEvent } from 'react';
import type { Settings } from '../../../../../shared/settings-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useT } from '../../../i18n/i18n-context';
import { refusedFields } from '../../../lib/contract-check';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { useSaveSender } from '../mutations';

/**
 * "Afzender voor meldingen": part (c) of every notice except for child sexual abuse material.
 * What is typed and not yet saved is a draft in the vault (issue 16 item 1).
 */
export function SenderSettings({ current }: { current: Settings }) {
  const t = useT();
  const save = useSaveSender();
  const kept = useDraft('sender:edit', { name: current.senderName, email: current.senderEmail, organisation: current.senderOrganisation });
  const { name, email, organisation } = kept.value;
  const setName = (v: string) => kept.set((d) => ({ ...d, name: v }));
  const setEmail = (v: string) => kept.set((d) => ({ ...d, email: v }));
  const setOrganisation = (v: string) => kept.set((d) => ({ ...d, organisation: v }));
  // The contract's own e-mail rule (settings:set), so the core never refuses what the form let through.
  const emailError = refusedFields('settings:set', { senderEmail: email.trim() }).has('senderEmail') ? t('sender.emailInvalid') : null;
  const change = (set: (v: string) => void) => (e: { target: { value: string } }) => {
    set(e.target.value);
    save.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const saved = { name: name.trim(), email: email.trim(), organisation: organisation.trim() };
    if (!emailError) save.mutate({ senderName: saved.name, senderEmail: saved.email, senderOrganisation: saved.organisation }, { onSuccess: () => kept.rebase(saved) });
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate>
      <p className="muted">{t('sender.intro')}</p>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
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

import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useT } from '../../../i18n/i18n-context';
import { refusedFields } from '../../../lib/contract-check';
import { usePolicyUrl } from '../mutations';

/**
 * The address of the school's own policy documents (issue 19 item 5): the prevention pointers
 * and the team message link to it. https only, because it is opened through the shell's
 * external-link rule (shared/external-url.ts).
 */
export function PolicyUrlSetting({ current }: { current: string }) {
  const t = useT();
  const [url, setUrl] = useState(current);
  const save = usePolicyUrl();
  const value = url.trim();
  const bad = refusedFields('settings:set', { policyUrl: value }).size > 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!bad) save.mutate(value);
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate data-testid="policy-setting">
      <p>{t('policy.intro')}</p>
      <Field
        label={t('policy.label')}
        help={t('policy.help')}
        type="url"
        inputMode="url"
        spellCheck={false}
        value={url}
        maxLength={2048}
        onChange={(e) => {
          setUrl(e.target.value);
          save.reset();
        }}
        error={bad ? t('policy.invalid') : null}
      />
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={bad} busy={save.isPending} busyLabel={t('common.saving')}>
          {t('policy.save')}
        </Button>
      </div>
      {save.isSuccess ? <Banner tone="success">{value ? t('policy.saved') : t('policy.cleared')}</Banner> : null}
      <ErrorBanner error={save.error} />
    </form>
  );
}

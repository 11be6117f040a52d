import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useT } from '../../../i18n/i18n-context';
import { parseWhole } from '../../backup/paths';
import { useSaveRetention } from '../mutations';

/** Instellingen > Bewaartermijn: years after closing; the school records it in its register. */
export function RetentionSetting({ current }: { current: number }) {
  const t = useT();
  const [text, setText] = useState(String(current));
  const save = useSaveRetention();
  const years = parseWhole(text, 1, 30);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (years !== null) save.mutate(years);
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate>
      <p>{t('retention.intro')}</p>
      <Field
        label={t('retention.label')}
        help={t('retention.help')}
        type="number"
        inputMode="numeric"
        min={1}
        max={30}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          save.reset();
        }}
        error={years === null ? t('retention.invalid') : null}
        inputClassName="input-short"
      />
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={years === null} busy={save.isPending} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
      </div>
      {save.isSuccess ? <Banner tone="success">{t('retention.saved', { years: save.data.retentionYears })}</Banner> : null}
      <ErrorBanner error={save.error} />
    </form>
  );
}

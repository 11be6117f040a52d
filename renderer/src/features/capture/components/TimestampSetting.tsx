import type { FormEvent } from 'react';
import type { Settings } from '../../../../../shared/settings-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { refusedFields } from '../../../lib/contract-check';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { useSaveTimestampSettings } from '../mutations';

/**
 * The RFC 3161 authority for dossier exports (issue 18 item 4): off by default, and the
 * screen says why one would turn it on, what leaves the machine (a hash) and which services
 * exist (free ones and qualified eIDAS ones). A pasted address or certificate not yet saved is
 * a draft in the vault (issue 16 item 1).
 */
export function TimestampSetting({ current }: { current: Settings }) {
  const t = useT();
  const kept = useDraft('tsa:edit', { url: current.tsaUrl, pem: current.tsaCertificates });
  const { url, pem } = kept.value;
  const setUrl = (v: string) => kept.set((d) => ({ ...d, url: v }));
  const setPem = (v: string) => kept.set((d) => ({ ...d, pem: v }));
  const save = useSaveTimestampSettings();
  const input = { tsaUrl: url.trim(), tsaCertificates: pem.trim() };
  const refused = refusedFields('settings:set', input);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (refused.size === 0) save.mutate(input, { onSuccess: () => kept.rebase({ url: input.tsaUrl, pem: input.tsaCertificates }) });
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate data-testid="tsa-setting">
      <p>{t('tsa.intro')}</p>
      <p className="muted">{t('tsa.privacy')}</p>
      <p className="muted">{t('tsa.services')}</p>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <Field
        label={t('tsa.urlLabel')}
        help={t('tsa.urlHelp')}
        type="url"
        inputMode="url"
        spellCheck={false}
        value={url}
        maxLength={4096}
        onChange={(e) => {
          setUrl(e.target.value);
          save.reset();
        }}
        error={refused.has('tsaUrl') ? t('tsa.urlInvalid') : null}
      />
      <TextArea
        label={t('tsa.certLabel')}
        help={t('tsa.certHelp')}
        rows={4}
        spellCheck={false}
        value={pem}
        onChange={(e) => {
          setPem(e.target.value);
          save.reset();
        }}
        error={refused.has('tsaCertificates') ? t('tsa.certInvalid') : null}
      />
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={refused.size > 0} busy={save.isPending} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
      </div>
      {save.isSuccess ? <Banner tone="success">{save.data.tsaUrl ? t('tsa.saved') : t('tsa.savedOff')}</Banner> : null}
      <ErrorBanner error={save.error} />
    </form>
  );
}

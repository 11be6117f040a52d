import { useState, type FormEvent } from 'react';
import type { EvidenceItem } from '../../../../../shared/evidence-types';
import type { Platform } from '../../../../../shared/platform-types';
import type { TakedownChannel, TakedownRequest } from '../../../../../shared/takedown-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { SelectField } from '../../../components/ui/SelectField';
import { useT } from '../../../i18n/i18n-context';
import { platformLabel } from '../platform-label';
import { useCreateTakedown } from '../mutations';
import { ChannelPicker } from './ChannelPicker';

/** The catalogue entry an item's typed platform name points at ('' when none matches). */
export function matchPlatform(name: string, platforms: readonly Platform[]): string {
  const key = name.trim().toLowerCase();
  if (!key) return '';
  return platforms.find((p) => p.id === key || p.name.toLowerCase() === key)?.id ?? '';
}

export function NewTakedownForm({
  caseId,
  item,
  platforms,
  onCreated,
  onCancel,
}: {
  caseId: string;
  item: EvidenceItem | null;
  platforms: Platform[];
  onCreated: (r: TakedownRequest) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const create = useCreateTakedown(caseId);
  const [url, setUrl] = useState(item?.url ?? '');
  const [platform, setPlatform] = useState(item ? matchPlatform(item.platform, platforms) : '');
  const [channel, setChannel] = useState<TakedownChannel | null>('web-form');
  const [tried, setTried] = useState(false);
  const urlError = tried && !url.trim() ? t('newTd.urlRequired') : null;
  const channelError = tried && !channel ? t('newTd.channelRequired') : null;
  const options = [
    { value: '', label: t('newTd.platformAuto') },
    ...platforms.filter((p) => p.kind === 'platform').map((p) => ({ value: p.id, label: platformLabel(t, p) })),
  ];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!url.trim() || !channel) return;
    create.mutate({ itemId: item?.id, url: url.trim(), platform: platform || undefined, channel }, { onSuccess: onCreated });
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <Field label={t('newTd.url')} help={t('newTd.urlHelp')} value={url} onChange={(e) => setUrl(e.target.value)} error={urlError} inputClassName="input-mono" spellCheck={false} autoComplete="off" />
      <SelectField label={t('newTd.platform')} help={t('newTd.platformHelp')} options={options} value={platform} onChange={(e) => setPlatform(e.target.value)} />
      <ChannelPicker value={channel} onChange={setChannel} error={channelError} />
      <ErrorBanner error={create.error} />
      <div className="actions">
        <Button type="submit" busy={create.isPending} busyLabel={t('newTd.submitting')}>
          {t('newTd.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('newTd.cancel')}
        </Button>
      </div>
    </form>
  );
}

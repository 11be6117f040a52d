import { useState, type FormEvent } from 'react';
import type { CaseCategory } from '../../../../../shared/case-types';
import type { EvidenceItem } from '../../../../../shared/evidence-types';
import type { Platform } from '../../../../../shared/platform-types';
import type { TakedownRequest } from '../../../../../shared/takedown-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { platformLabel } from '../platform-label';
import { useCreateTakedown } from '../mutations';
import { aboutChildAbuseMaterial, asksAge, defaultChannel, draftProblems, draftToInput, type RequestDraft, type TargetMode } from '../new-request-draft';
import { ChannelPicker } from './ChannelPicker';
import { ItemPicker } from './ItemPicker';
import { TypedMaterialFields } from './TypedMaterialFields';
import { UrllessTargetFields } from './UrllessTargetFields';

/** The catalogue entry an item's typed platform name points at ('' when none matches). */
export function matchPlatform(name: string, platforms: readonly Platform[]): string {
  const key = name.trim().toLowerCase();
  if (!key) return '';
  return platforms.find((p) => p.id === key || p.name.toLowerCase() === key)?.id ?? '';
}

const MODES: readonly TargetMode[] = ['items', 'urls', 'target'];

/**
 * One request for one or more locations on one platform (issue 14 items 4-5): chosen evidence
 * items, typed URLs (one a line), or an account, group or chat without a URL. What is chosen
 * and typed is a draft in the vault, one per case, until the request is made or cancelled
 * (issue 16 item 1).
 */
export function NewTakedownForm({
  caseId,
  caseCategory,
  items,
  startItem,
  platforms,
  onCreated,
  onCancel,
}: {
  caseId: string;
  caseCategory: CaseCategory;
  items: EvidenceItem[];
  startItem: EvidenceItem | null;
  platforms: Platform[];
  onCreated: (r: TakedownRequest) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const create = useCreateTakedown(caseId);
  const kept = useDraft<RequestDraft>(
    `takedown:${caseId}:new`,
    {
      mode: startItem ? 'items' : items.some((i) => i.url || i.handle) ? 'items' : 'urls',
      itemIds: startItem ? [startItem.id] : [],
      urls: '',
      targetKind: 'group',
      identifier: '',
      inAppRoute: '',
      platform: startItem ? matchPlatform(startItem.platform, platforms) : '',
      category: '',
      minor: 'unknown',
      description: '',
      channel: null,
    },
    caseId,
  );
  // A draft from before a lock may name an item deleted since: only the case's items count.
  const draft: RequestDraft = { ...kept.value, itemIds: kept.value.itemIds.filter((id) => items.some((i) => i.id === id)) };
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<RequestDraft>) => {
    kept.set((d) => ({ ...d, ...patch }));
    create.reset();
  };
  // Until the officer picks a channel, the form proposes one that fits the material.
  const childAbuse = aboutChildAbuseMaterial(draft, caseCategory, items);
  const effective: RequestDraft = { ...draft, channel: draft.channel ?? defaultChannel(draft, caseCategory, items) };
  const problems = tried ? draftProblems(effective) : new Set();
  const platformOptions = [
    ...(draft.mode === 'target' ? [{ value: '', label: t('newTd.platformChoose') }] : [{ value: '', label: t(draft.mode === 'items' ? 'newTd.platformFromItems' : 'newTd.platformAuto') }]),
    ...platforms.filter((p) => p.kind === 'platform').map((p) => ({ value: p.id, label: platformLabel(t, p) })),
  ];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (draftProblems(effective).size > 0) return;
    create.mutate(draftToInput(effective, caseCategory), {
      onSuccess: (r) => {
        kept.clear();
        onCreated(r);
      },
    });
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <RadioGroup
        legend={t('newTd.mode')}
        options={MODES.map((m) => ({ value: m, label: t(`newTd.mode.${m}`), help: t(`newTd.modeHelp.${m}`) }))}
        value={draft.mode}
        onChange={(mode) => set({ mode })}
      />
      {draft.mode === 'items' ? <ItemPicker items={items} selected={draft.itemIds} onChange={(itemIds) => set({ itemIds })} error={problems.has('items') ? t('newTd.itemsRequired') : null} /> : null}
      {draft.mode === 'urls' ? (
        <TextArea
          label={t('newTd.urls')}
          help={t('newTd.urlsHelp')}
          value={draft.urls}
          onChange={(e) => set({ urls: e.target.value })}
          error={problems.has('urls') ? t('newTd.urlRequired') : null}
          rows={3}
          spellCheck={false}
          autoComplete="off"
        />
      ) : null}
      {draft.mode === 'target' ? (
        <UrllessTargetFields kind={draft.targetKind} identifier={draft.identifier} route={draft.inAppRoute} onChange={set} identifierError={problems.has('identifier') ? t('newTd.identifierRequired') : null} />
      ) : null}
      <SelectField label={t('newTd.platform')} help={t(draft.mode === 'target' ? 'newTd.platformHelpTarget' : 'newTd.platformHelp')} options={platformOptions} value={draft.platform} onChange={(e) => set({ platform: e.target.value })} />
      {problems.has('platform') ? <p className="field-error">{t('newTd.platformRequired')}</p> : null}
      {draft.mode !== 'items' ? (
        <TypedMaterialFields caseCategory={caseCategory} category={draft.category} minor={draft.minor} description={draft.description} asksAge={asksAge(draft, caseCategory)} onChange={set} />
      ) : null}
      {childAbuse ? (
        <p className="banner banner-warning" data-testid="csam-channel-note">
          {t(effective.channel === 'offlimits' || effective.channel === 'police' ? 'newTd.csamChannel' : 'newTd.csamChannelOther')}
        </p>
      ) : null}
      <ChannelPicker value={effective.channel} onChange={(channel) => set({ channel })} error={problems.has('channel') ? t('newTd.channelRequired') : null} />
      <ErrorBanner error={create.error} />
      <div className="actions">
        <Button type="submit" busy={create.isPending} busyLabel={t('newTd.submitting')}>
          {t('newTd.submit')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            kept.clear();
            onCancel();
          }}
        >
          {t('newTd.cancel')}
        </Button>
      </div>
    </form>
  );
}

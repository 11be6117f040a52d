import { useState, type FormEvent } from 'react';
import type { Platform } from '../../../../../shared/platform-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { useT } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { platformLabel } from '../../takedowns/platform-label';
import { useSavePlatform } from '../mutations';
import { draftToEntry, emptyDraft, emptyRoute, toDraft, validateDraft, type PlatformDraft } from '../platform-draft';
import { BilingualFields } from './BilingualFields';
import { RouteFields } from './RouteFields';

/**
 * Edit one catalogue entry, or add your own (no platform given). What is typed is a draft in
 * the vault until saved or cancelled (issue 16 item 1).
 */
export function PlatformEditor({ platform, onDone, onCancel }: { platform: Platform | null; onDone: (saved: Platform) => void; onCancel: () => void }) {
  const t = useT();
  const save = useSavePlatform();
  const kept = useDraft<PlatformDraft>(platform ? `platform:${platform.id}:edit` : 'platform:new', platform ? toDraft(platform) : emptyDraft());
  const draft = kept.value;
  const setDraft = kept.set;
  const [tried, setTried] = useState(false);
  const errors = tried ? validateDraft(draft) : {};
  const set = (patch: Partial<PlatformDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const title = platform ? t('pEdit.titleEdit', { name: platformLabel(t, platform) }) : t('pEdit.titleNew');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(validateDraft(draft)).length === 0) save.mutate(draftToEntry(draft), {
        onSuccess: (saved) => {
          kept.clear();
          onDone(saved);
        },
      });
  };

  return (
    <form className="platform-editor stack" onSubmit={submit} noValidate aria-label={title}>
      <h3 className="subsection-title">{title}</h3>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      {Object.keys(errors).length > 0 ? <Banner tone="error">{t('pEdit.fixErrors')}</Banner> : null}
      <Field label={t('pEdit.name')} value={draft.name} onChange={(e) => set({ name: e.target.value })} maxLength={100} error={errors.name ? t('pEdit.nameRequired') : null} />
      <RadioGroup
        inline
        legend={t('pEdit.kind')}
        options={[
          { value: 'platform', label: t('pEdit.kind.platform') },
          { value: 'escalation', label: t('pEdit.kind.escalation') },
          { value: 'helpline', label: t('pEdit.kind.helpline') },
        ]}
        value={draft.kind}
        onChange={(kind) => set({ kind })}
      />
      <Field label={t('pEdit.domains')} help={t('pEdit.domainsHelp')} value={draft.domains} onChange={(e) => set({ domains: e.target.value })} inputClassName="input-mono" spellCheck={false} />
      <Field
        label={t('pEdit.followUp')}
        help={t('pEdit.followUpHelp')}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        value={draft.followUpDays}
        onChange={(e) => set({ followUpDays: e.target.value })}
        error={errors.followUpDays ? t('pEdit.followUpInvalid') : null}
        inputClassName="input-short"
      />
      <Checkbox label={t('pEdit.refReturned')} checked={draft.refReturned} onChange={(e) => set({ refReturned: e.target.checked })} />
      <BilingualFields field={t('pEdit.refLooksLike')} value={draft.refLooksLike} onChange={(refLooksLike) => set({ refLooksLike })} />
      <BilingualFields field={t('pEdit.whoMayFile')} value={draft.whoMayFile} onChange={(whoMayFile) => set({ whoMayFile })} />
      <BilingualFields field={t('pEdit.notes')} value={draft.notes} onChange={(notes) => set({ notes })} rows={3} />
      <section className="stack-tight" aria-labelledby="pedit-routes">
        <h4 id="pedit-routes" className="subsection-title">
          {t('pEdit.routes')}
        </h4>
        {draft.routes.map((r, i) => (
          <RouteFields
            key={i}
            index={i}
            route={r}
            errors={errors}
            onChange={(next) => set({ routes: draft.routes.map((x, j) => (j === i ? next : x)) })}
            onRemove={() => set({ routes: draft.routes.filter((_, j) => j !== i) })}
          />
        ))}
        <div className="actions">
          <Button variant="secondary" onClick={() => set({ routes: [...draft.routes, emptyRoute()] })} disabled={draft.routes.length >= 20}>
            {t('pEdit.addRoute')}
          </Button>
        </div>
      </section>
      <ErrorBanner error={save.error} />
      <div className="actions">
        <Button type="submit" busy={save.isPending} busyLabel={t('pEdit.saving')}>
          {t('pEdit.save')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            kept.clear();
            onCancel();
          }}
        >
          {t('pEdit.cancel')}
        </Button>
      </div>
    </form>
  );
}

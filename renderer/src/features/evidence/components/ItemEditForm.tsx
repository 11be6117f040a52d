import { useState, type FormEvent } from 'react';
import type { CaseCategory } from '../../../../../shared/case-types';
import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { Button } from '../../../components/ui/Button';
import { ConfirmDestructive } from '../../../components/ui/ConfirmDestructive';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { draftToPatch, itemToDraft, metaReady, type MetaDraft } from '../meta-draft';
import { bytesForbidden } from '../minors-rule';
import { useUpdateEvidence } from '../mutations';
import { BatchMetaForm } from './BatchMetaForm';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';

/** The draft of an item's edit form (issue 16 item 1). */
export function itemEditDraftKey(itemId: string): string {
  return `item:${itemId}:edit`;
}

/**
 * Edit an item's details. Invariant: when the edit makes a stored image fall under the
 * minors rule, the core deletes its bytes; the user is told so first and must type the
 * confirmation word before saving.
 */
export function ItemEditForm({ item, category, onDone, onCancel }: { item: EvidenceItem; category: CaseCategory; onDone: () => void; onCancel: () => void }) {
  const t = useT();
  const update = useUpdateEvidence(item.id);
  const kept = useDraft<MetaDraft>(itemEditDraftKey(item.id), itemToDraft(item), item.caseId);
  const draft = kept.value;
  const setDraft = kept.set;
  const done = () => {
    kept.clear();
    onDone();
  };
  const [confirming, setConfirming] = useState(false);
  const [tried, setTried] = useState(false);
  const losesBytes = (item.hasOriginal || item.hasThumbnail) && bytesForbidden(category, draft.sexual, draft.minor);
  const save = () => update.mutate(draftToPatch(draft, item.timeZone), { onSuccess: done });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!metaReady(draft)) return;
    if (losesBytes) setConfirming(true);
    else save();
  };
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="item-edit-title">
      <h2 id="item-edit-title" className="section-title">
        {t('item.editTitle')}
      </h2>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <BatchMetaForm draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} showErrors={tried} />
      <ErrorBanner error={update.error} />
      {confirming ? (
        <ConfirmDestructive title={t('item.removeTitle')} body={t('item.removeBody')} confirmLabel={t('item.removeConfirm')} busy={update.isPending} onConfirm={save} onCancel={() => setConfirming(false)} />
      ) : (
        <div className="actions">
          <Button type="submit" busy={update.isPending} busyLabel={t('common.saving')}>
            {t('item.save')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              kept.clear();
              onCancel();
            }}
          >
            {t('item.cancel')}
          </Button>
        </div>
      )}
    </form>
  );
}

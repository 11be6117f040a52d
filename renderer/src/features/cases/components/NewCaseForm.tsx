import { useState, type FormEvent } from 'react';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import type { CaseDetail } from '../../../../../shared/case-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { draftProblems, EMPTY_CASE_DRAFT, parseTags, type CaseDraft } from '../case-draft';
import { useCreateCase } from '../mutations';
import { CaseFields } from './CaseFields';

// Kept here too: parseTags used to live in this file.
export { parseTags };

/**
 * Title, kind, optional description, behandelaar and tags; on success hands the new case to
 * `onCreated`. What is typed is kept as a draft in the vault until saved or cancelled.
 */
export function NewCaseForm({ onCreated, onCancel }: { onCreated: (c: CaseDetail) => void; onCancel: () => void }) {
  const t = useT();
  const create = useCreateCase();
  const kept = useDraft<CaseDraft>('case:new', EMPTY_CASE_DRAFT);
  const draft = kept.value;
  const setDraft = kept.set;
  const [tried, setTried] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (draftProblems(draft).title || !draft.category) return;
    const description = draft.description.trim();
    // Empty: the core records whoever creates the case as its behandelaar.
    const assignedOfficer = draft.assignedOfficer.trim();
    create.mutate(
      { title: draft.title.trim(), category: draft.category, ...(description ? { description } : {}), ...(assignedOfficer ? { assignedOfficer } : {}), tags: parseTags(draft.tags) },
      {
        onSuccess: (c) => {
          kept.clear();
          onCreated(c);
        },
      },
    );
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <CaseFields draft={draft} onChange={(change) => setDraft((d) => ({ ...d, ...change }))} tried={tried} />
      <ErrorBanner error={create.error} />
      <div className="actions">
        <Button type="submit" busy={create.isPending} busyLabel={t('newCase.submitting')}>
          {t('newCase.submit')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            kept.clear();
            onCancel();
          }}
        >
          {t('newCase.cancel')}
        </Button>
      </div>
    </form>
  );
}

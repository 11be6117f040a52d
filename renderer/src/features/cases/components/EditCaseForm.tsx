import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { SEXUAL_CATEGORIES, type CaseDetail } from '../../../../../shared/case-types';
import { Button } from '../../../components/ui/Button';
import { ConfirmDestructive } from '../../../components/ui/ConfirmDestructive';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { draftFromCase, draftProblems, patchFromDraft, type CaseDraft } from '../case-draft';
import { useUpdateCase } from '../mutations';
import { CaseFields } from './CaseFields';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';

/** The draft of a case's "Gegevens wijzigen" form. */
export function editCaseDraftKey(caseId: string): string {
  return `case:${caseId}:edit`;
}

/**
 * "Gegevens wijzigen": the case's fields prefilled; Save sends only what changed (the core
 * writes a "Zaak gewijzigd" audit entry). `onDone(true)` after a save, `onDone(false)` when
 * there was nothing to save.
 */
export function EditCaseForm({ detail, onDone, onCancel }: { detail: CaseDetail; onDone: (saved: boolean) => void; onCancel: () => void }) {
  const t = useT();
  const update = useUpdateCase(detail.id);
  // Kept in the vault until saved or cancelled (issue 16 item 1).
  const kept = useDraft<CaseDraft>(editCaseDraftKey(detail.id), draftFromCase(detail), detail.id);
  const draft = kept.value;
  const setDraft = kept.set;
  const [tried, setTried] = useState(false);
  // Deleting stored images cannot be undone: asked with the typed word before saving (docs/ux.md "Nothing is lost").
  const [confirming, setConfirming] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  const askedBefore = useRef(false);
  // When the question is cancelled, the keyboard goes back to "Gegevens opslaan", not to the page top.
  useEffect(() => {
    if (askedBefore.current && !confirming) saveButton.current?.focus();
    askedBefore.current = confirming;
  }, [confirming]);
  const titleId = useId();
  // Re-labelling a case as sexual material deletes stored images of (possible) minors.
  const becomesSexual =
    detail.itemCount > 0 && draft.category !== null && SEXUAL_CATEGORIES.includes(draft.category) && !SEXUAL_CATEGORIES.includes(detail.category);

  const save = () => {
    const patch = patchFromDraft(detail, draft);
    if (Object.keys(patch).length === 0) {
      kept.clear();
      onDone(false);
      return;
    }
    update.mutate(patch, {
      onSuccess: () => {
        kept.clear();
        onDone(true);
      },
      onSettled: () => setConfirming(false),
    });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    const problems = draftProblems(draft);
    if (problems.title || problems.category) return;
    if (becomesSexual) setConfirming(true);
    else save();
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} className="subsection-title">
        {t('editCase.title')}
      </h3>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <CaseFields
        draft={draft}
        onChange={(change) => {
          setDraft((d) => ({ ...d, ...change }));
          setConfirming(false);
          update.reset();
        }}
        tried={tried}
        sexualNote={becomesSexual ? t('editCase.sexualWarning') : null}
      />
      <ErrorBanner error={update.error} />
      {confirming ? (
        <ConfirmDestructive
          title={t('editCase.confirmTitle')}
          body={t('editCase.sexualWarning')}
          confirmLabel={t('editCase.confirmSave')}
          busy={update.isPending}
          onConfirm={save}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {confirming ? null : (
        <div className="actions">
          <Button ref={saveButton} type="submit" busy={update.isPending} busyLabel={t('common.saving')}>
            {t('editCase.save')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              kept.clear();
              onCancel();
            }}
          >
            {t('editCase.cancel')}
          </Button>
        </div>
      )}
    </form>
  );
}

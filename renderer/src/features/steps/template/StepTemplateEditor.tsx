import { useEffect, useRef, useState } from 'react';
import type { StepTemplate } from '../../../../../shared/step-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ConfirmChoice } from '../../../components/ui/ConfirmChoice';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { editorDraftOf, emptyStep, isDirty, move, toDraft, toTemplate, type DraftStep, type EditorDraft } from './draft';
import { useDraft } from '../../drafts/use-draft';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useSaveStepTemplate, useStepTemplate } from './queries';
import { TemplateStepForm } from './TemplateStepForm';
import { TemplateStepRow } from './TemplateStepRow';

/** Instellingen > Stappenplan-sjabloon: loads the template, then hands it to the draft editor. */
export function StepTemplateEditor() {
  const t = useT();
  const template = useStepTemplate();
  if (template.error) return <ErrorBanner error={template.error} />;
  if (!template.data) return <p className="muted">{t('template.loading')}</p>;
  return <TemplateDraft saved={template.data} />;
}

type Editing = EditorDraft['editing'];

/** The vault's draft key of this editor (one template per vault, so one draft). */
export const STEP_TEMPLATE_DRAFT_KEY = 'step-template:edit';

/**
 * Add, remove, reorder and edit steps in a draft; "Sjabloon opslaan" saves them all at once.
 * Why a draft: a half-done edit must never reach the template that new cases copy.
 */
function TemplateDraft({ saved }: { saved: StepTemplate }) {
  const t = useT();
  const save = useSaveStepTemplate();
  // The list, the open step and its form are kept in the vault while they differ from what is
  // saved (issue 16 item 1: a lock loses no typed work), and put back after an unlock.
  const [start] = useState<EditorDraft>(() => ({ steps: toDraft(saved.steps), editing: null, form: null }));
  const kept = useDraft<EditorDraft>(STEP_TEMPLATE_DRAFT_KEY, start);
  const { steps: draft, editing, form } = editorDraftOf(kept.value, start);
  /** Back at what is saved, with no form open: nothing to keep. */
  const settle = (next: EditorDraft) => (next.editing === null && !isDirty(next.steps, saved.steps) ? kept.rebase(next) : kept.set(next));
  const setDraft = (steps: DraftStep[]) => kept.rebase({ steps, editing: null, form: null });
  const setEditing = (e: Editing) => {
    const open = e === null ? null : e.key === null ? emptyStep() : (draft.find((d) => d.key === e.key) ?? null);
    settle({ steps: draft, editing: open ? e : null, form: open });
  };
  const [news, setNews] = useState('');
  const [resetting, setResetting] = useState(false);
  const focus = useRef<{ key: string; which: 'up' | 'down' } | null>(null);
  const dirty = isDirty(draft, saved.steps);

  // After a move, keep the keyboard on the moved step (its button may now be disabled).
  useEffect(() => {
    const f = focus.current;
    if (!f) return;
    focus.current = null;
    const row = document.querySelector(`[data-key="${f.key}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-move="${f.which}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-move="${f.which === 'up' ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  });

  const change = (next: DraftStep[], message = '') => {
    settle({ steps: next, editing, form });
    setNews(message);
    save.reset();
  };
  const label = (s: DraftStep) => s.titleNl.trim();
  const moveStep = (i: number, delta: number) => {
    const step = draft[i] as DraftStep;
    change(move(draft, i, delta), t('template.moved', { title: label(step), n: i + 1 + delta }));
    focus.current = { key: step.key, which: delta < 0 ? 'up' : 'down' };
  };
  const done = (s: DraftStep) => {
    settle({ steps: editing?.key ? draft.map((d) => (d.key === s.key ? s : d)) : [...draft, s], editing: null, form: null });
    setNews('');
    save.reset();
  };
  const typed = (s: DraftStep) => kept.set({ steps: draft, editing, form: s });
  const steps = toTemplate(draft);
  const submit = () => {
    if (steps) save.mutate(steps, { onSuccess: (r) => setDraft(toDraft(r.steps)) });
  };
  const editingStep = editing?.key ? draft.find((d) => d.key === editing.key) : null;

  return (
    <div className="stack-tight">
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <p>{t('template.intro')}</p>
      <p className="muted">{saved.edited ? t('template.edited') : t('template.shipped')}</p>
      <ol className="plan-list template-list" aria-label={t('template.list')}>
        {draft.map((s, i) =>
          editingStep?.key === s.key ? (
            <li key={s.key}>
              <TemplateStepForm value={form ?? s} onChange={typed} position={i + 1} onDone={done} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <TemplateStepRow
              key={s.key}
              step={s}
              n={i + 1}
              count={draft.length}
              actions={{
                onUp: () => moveStep(i, -1),
                onDown: () => moveStep(i, 1),
                onEdit: () => setEditing({ key: s.key }),
                onRemove: () => change(draft.filter((d) => d.key !== s.key), t('template.removed', { title: label(s) })),
              }}
            />
          ),
        )}
      </ol>
      <p className="sr-only" role="status">
        {news}
      </p>
      {editing && editing.key === null ? (
        <TemplateStepForm value={form ?? emptyStep()} onChange={typed} position={null} onDone={done} onCancel={() => setEditing(null)} />
      ) : (
        <div className="actions">
          <Button variant="secondary" onClick={() => setEditing({ key: null })} disabled={draft.length >= 50}>
            {t('template.add')}
          </Button>
        </div>
      )}
      {dirty ? <Banner tone="info">{t('template.unsaved')}</Banner> : null}
      {draft.length === 0 ? <p className="field-error">{t('template.needOne')}</p> : null}
      <div className="actions">
        <Button onClick={submit} disabled={!dirty || !steps} busy={save.isPending} busyLabel={t('common.saving')}>
          {t('template.save')}
        </Button>
        {dirty ? (
          <Button variant="secondary" onClick={() => change(toDraft(saved.steps))}>
            {t('template.undo')}
          </Button>
        ) : null}
        {saved.edited && !resetting ? (
          <Button variant="link" onClick={() => setResetting(true)}>
            {t('template.reset')}
          </Button>
        ) : null}
      </div>
      {resetting ? (
        <ConfirmChoice
          title={t('template.resetTitle')}
          body={t('template.resetBody')}
          confirmLabel={t('template.resetConfirm')}
          cancelLabel={t('template.cancelEdit')}
          busy={save.isPending}
          onConfirm={() =>
            save.mutate(null, {
              onSuccess: (r) => {
                setDraft(toDraft(r.steps));
                setResetting(false);
              },
            })
          }
          onCancel={() => setResetting(false)}
        />
      ) : null}
      {save.isSuccess && !dirty && save.variables !== null ? <Banner tone="success">{t('template.saved', { count: save.data.steps.length })}</Banner> : null}
      {save.isSuccess && save.variables === null ? <Banner tone="success">{t('template.resetDone')}</Banner> : null}
      <ErrorBanner error={save.error} />
    </div>
  );
}

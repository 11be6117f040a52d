import { useState } from 'react';
import type { MessageTemplateSet, TemplateAudience } from '../../../../../shared/message-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ConfirmChoice } from '../../../components/ui/ConfirmChoice';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useI18n } from '../../../i18n/i18n-context';
import { useSaveMessageTemplates } from '../mutations';
import { useMessageTemplates } from '../queries';
import { isDirty, newTemplate, templatesDraftOf, toDraft, toTemplates, type DraftTemplate, type TemplatesEditorDraft } from './draft';
import { useDraft } from '../../drafts/use-draft';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { TemplateForm } from './TemplateForm';

/** Instellingen > Communicatie > Berichtsjablonen: loads the templates, then hands them to the draft editor. */
export function MessageTemplateEditor() {
  const { t } = useI18n();
  const templates = useMessageTemplates();
  if (templates.error) return <ErrorBanner error={templates.error} />;
  if (!templates.data) return <p className="muted">{t('msgTemplate.loading')}</p>;
  return <TemplatesDraft saved={templates.data} />;
}

/** The vault's draft key of this editor (one set of templates per vault, so one draft). */
export const MESSAGE_TEMPLATES_DRAFT_KEY = 'message-templates:edit';

/**
 * Edit, add and remove templates in a draft; "Sjablonen opslaan" saves them all at once, like
 * the step-plan template (a half-done edit must never reach a draft of a case). Every template
 * shows its purpose and what it must never contain; a placeholder that is not a case fact is
 * refused before saving.
 */
function TemplatesDraft({ saved }: { saved: MessageTemplateSet }) {
  const { t, language } = useI18n();
  const save = useSaveMessageTemplates();
  // The list, the open form and what is typed in it are kept in the vault while they differ from
  // what is saved (issue 16 item 1: a lock loses no typed work), and put back after an unlock.
  const [start] = useState<TemplatesEditorDraft>(() => ({ templates: toDraft(saved.templates), open: null, form: null }));
  const kept = useDraft<TemplatesEditorDraft>(MESSAGE_TEMPLATES_DRAFT_KEY, start);
  const { templates: draft, open, form } = templatesDraftOf(kept.value, start);
  const editing = open?.key ?? null;
  const adding = open && open.key === null ? form : null;
  /** Back at what is saved, with no form open: nothing to keep. */
  const settle = (next: TemplatesEditorDraft) => (next.open === null && !isDirty(next.templates, saved.templates) ? kept.rebase(next) : kept.set(next));
  const setDraft = (templates: DraftTemplate[]) => kept.rebase({ templates, open: null, form: null });
  const setEditing = (key: string | null) => settle({ templates: draft, open: key === null ? null : { key }, form: key === null ? null : (draft.find((x) => x.key === key) ?? null) });
  const setAdding = (tpl: DraftTemplate | null) => settle({ templates: draft, open: tpl ? { key: null } : null, form: tpl });
  const typed = (d: DraftTemplate) => kept.set({ templates: draft, open, form: d });
  const [resetting, setResetting] = useState(false);
  const dirty = isDirty(draft, saved.templates);
  const list = toTemplates(draft);
  const change = (next: DraftTemplate[]) => {
    settle({ templates: next, open, form });
    save.reset();
  };
  const closeWith = (next: DraftTemplate[]) => {
    settle({ templates: next, open: null, form: null });
    save.reset();
  };
  const text = (d: DraftTemplate, f: 'title' | 'purpose') => (language === 'en' && d.en[f].trim()) || d.nl[f].trim();

  return (
    <div className="stack-tight">
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <p>{t('msgTemplate.intro')}</p>
      <p className="muted">{saved.edited ? t('msgTemplate.edited') : t('msgTemplate.shipped')}</p>
      <ul className="template-list msg-template-list" aria-label={t('msgTemplate.list')}>
        {draft.map((d) =>
          editing === d.key ? (
            <li key={d.key}>
              <TemplateForm
                value={form ?? d}
                onChange={typed}
                onDone={(next) => closeWith(draft.map((x) => (x.key === d.key ? next : x)))}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={d.key} className="plan-step template-step" data-testid="message-template">
              <p className="template-step-title">
                {text(d, 'title')} <span className="badge">{t(`message.audience.${d.audience}`)}</span>
              </p>
              <p className="small muted">{text(d, 'purpose')}</p>
              <div className="actions template-step-actions">
                <Button variant="secondary" onClick={() => setEditing(d.key)} aria-label={t('msgTemplate.editLabel', { title: text(d, 'title') })}>
                  {t('msgTemplate.edit')}
                </Button>
                <Button variant="secondary" disabled={draft.length === 1} onClick={() => change(draft.filter((x) => x.key !== d.key))} aria-label={t('msgTemplate.removeLabel', { title: text(d, 'title') })}>
                  {t('msgTemplate.remove')}
                </Button>
              </div>
            </li>
          ),
        )}
      </ul>
      {adding ? (
        <TemplateForm
          value={adding}
          onChange={typed}
          onDone={(next) => closeWith([...draft, next])}
          onCancel={() => setAdding(null)}
        />
      ) : (
        <div className="actions">
          <Button variant="secondary" disabled={draft.length >= 50} onClick={() => setAdding(newTemplate(draft, 'team' satisfies TemplateAudience))}>
            {t('msgTemplate.add')}
          </Button>
        </div>
      )}
      {dirty ? <Banner>{t('msgTemplate.unsaved')}</Banner> : null}
      <div className="actions">
        <Button onClick={() => list && save.mutate(list, { onSuccess: (r) => setDraft(toDraft(r.templates)) })} disabled={!dirty || !list} busy={save.isPending} busyLabel={t('common.saving')}>
          {t('msgTemplate.save')}
        </Button>
        {dirty ? (
          <Button variant="secondary" onClick={() => change(toDraft(saved.templates))}>
            {t('msgTemplate.undo')}
          </Button>
        ) : null}
        {saved.edited && !resetting ? (
          <Button variant="link" onClick={() => setResetting(true)}>
            {t('msgTemplate.reset')}
          </Button>
        ) : null}
      </div>
      {resetting ? (
        <ConfirmChoice
          title={t('msgTemplate.resetTitle')}
          body={t('msgTemplate.resetBody')}
          confirmLabel={t('msgTemplate.resetConfirm')}
          cancelLabel={t('msgTemplate.cancel')}
          busy={save.isPending}
          onConfirm={() =>
            save.mutate(null, {
              onSuccess: (r) => {
                setDraft(toDraft(r.templates));
                setResetting(false);
              },
            })
          }
          onCancel={() => setResetting(false)}
        />
      ) : null}
      {save.isSuccess && !dirty && save.variables !== null ? <Banner tone="success">{t('msgTemplate.saved', { count: save.data.templates.length })}</Banner> : null}
      {save.isSuccess && save.variables === null ? <Banner tone="success">{t('msgTemplate.resetDone')}</Banner> : null}
      <ErrorBanner error={save.error} />
    </div>
  );
}

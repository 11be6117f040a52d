import { useState } from 'react';
import type { MessageTemplateSet, TemplateAudience } from '../../../../../shared/message-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useI18n } from '../../../i18n/i18n-context';
import { useSaveMessageTemplates } from '../mutations';
import { useMessageTemplates } from '../queries';
import { isDirty, newTemplate, toDraft, toTemplates, type DraftTemplate } from './draft';
import { TemplateForm } from './TemplateForm';

/** Instellingen > Communicatie > Berichtsjablonen: loads the templates, then hands them to the draft editor. */
export function MessageTemplateEditor() {
  const { t } = useI18n();
  const templates = useMessageTemplates();
  if (templates.error) return <ErrorBanner error={templates.error} />;
  if (!templates.data) return <p className="muted">{t('msgTemplate.loading')}</p>;
  return <TemplatesDraft saved={templates.data} />;
}


/**
 * Edit, add and remove templates in a draft; "Sjablonen opslaan" saves them all at once, like
 * the step-plan template (a half-done edit must never reach a draft of a case). Every template
 * shows its purpose and what it must never contain; a placeholder that is not a case fact is
 * refused before saving.
 */
function TemplatesDraft({ saved }: { saved: MessageTemplateSet }) {
  const { t, language } = useI18n();
  const save = useSaveMessageTemplates();
  const [draft, setDraft] = useState<DraftTemplate[]>(() => toDraft(saved.templates));
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<DraftTemplate | null>(null);
  const [resetting, setResetting] = useState(false);
  const dirty = isDirty(draft, saved.templates);
  const list = toTemplates(draft);
  const change = (next: DraftTemplate[]) => {
    setDraft(next);
    save.reset();
  };
  const text = (d: DraftTemplate, f: 'title' | 'purpose') => (language === 'en' && d.en[f].trim()) || d.nl[f].trim();

  return (
    <div className="stack-tight">
      <p>{t('msgTemplate.intro')}</p>
      <p className="muted">{saved.edited ? t('msgTemplate.edited') : t('msgTemplate.shipped')}</p>
      <ul className="template-list msg-template-list" aria-label={t('msgTemplate.list')}>
        {draft.map((d) =>
          editing === d.key ? (
            <li key={d.key}>
              <TemplateForm
                initial={d}
                onDone={(next) => {
                  change(draft.map((x) => (x.key === d.key ? next : x)));
                  setEditing(null);
                }}
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
          initial={adding}
          onDone={(next) => {
            change([...draft, next]);
            setAdding(null);
          }}
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
        <div className="confirm stack-tight" role="group" aria-label={t('msgTemplate.resetTitle')}>
          <h3 className="confirm-title">{t('msgTemplate.resetTitle')}</h3>
          <p>{t('msgTemplate.resetBody')}</p>
          <div className="actions">
            <Button
              variant="danger"
              busy={save.isPending}
              onClick={() =>
                save.mutate(null, {
                  onSuccess: (r) => {
                    setDraft(toDraft(r.templates));
                    setResetting(false);
                  },
                })
              }
            >
              {t('msgTemplate.resetConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setResetting(false)}>
              {t('msgTemplate.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
      {save.isSuccess && !dirty && save.variables !== null ? <Banner tone="success">{t('msgTemplate.saved', { count: save.data.templates.length })}</Banner> : null}
      {save.isSuccess && save.variables === null ? <Banner tone="success">{t('msgTemplate.resetDone')}</Banner> : null}
      <ErrorBanner error={save.error} />
    </div>
  );
}

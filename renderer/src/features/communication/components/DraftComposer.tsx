import { useState } from 'react';
import { buildMailto } from '../../../../../shared/external-url';
import { isGroupAudience, type MessageDraft } from '../../../../../shared/message-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useI18n } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { useStaff } from '../../staff/queries';
import { staffText } from '../../staff/staff-label';
import { useOpenExternal } from '../../takedowns/mutations';
import { useMessageDraft, useMessageTemplates, useNameCheck } from '../queries';
import { NameWarning } from './NameWarning';

/** What the composer hands the log form: the template used and the text as it went out. */
export interface LogPrefill {
  templateId: string;
  audience: MessageDraft['audience'];
  lang: 'nl' | 'en';
  title: string;
  subject: string;
  text: string;
}

interface Composer {
  templateId: string;
  lang: 'nl' | 'en';
  contactStaffId: string;
  /** Which draft the text below was filled from ("template/lang/contact"); '' before the first. */
  source: string;
  subject: string;
  body: string;
}

/**
 * "Bericht opstellen" (issue 19 items 1-3): choose a template and a language, see its purpose
 * and what it must never contain, edit the draft the core filled with the case's facts, and
 * copy it, open it in the mail program (a mailto: through the shell's external-link rule) or
 * log it. The text is kept as a draft in the vault while it is being written (a lock loses
 * nothing). In a message to a group a name of a person in the case blocks all three.
 */
export function DraftComposer({ caseId, onLog }: { caseId: string; onLog: (p: LogPrefill) => void }) {
  const { t, language } = useI18n();
  const templates = useMessageTemplates();
  const staff = useStaff();
  const kept = useDraft<Composer>(`message:${caseId}:compose`, { templateId: '', lang: language, contactStaffId: '', source: '', subject: '', body: '' }, caseId);
  const c = kept.value;
  const set = (patch: Partial<Composer>) => kept.set((old) => ({ ...old, ...patch }));
  const draft = useMessageDraft(caseId, c.templateId || null, c.lang, c.contactStaffId || null);
  const source = `${c.templateId}/${c.lang}/${c.contactStaffId}`;
  const d = draft.data && draft.data.templateId === c.templateId && draft.data.lang === c.lang ? draft.data : null;
  // A new draft from the core (another template, language or contact) replaces the text once.
  if (d && kept.ready && c.source !== source && !draft.isFetching) set({ source, subject: d.subject, body: d.body });
  const check = useNameCheck(caseId, c.templateId ? `${c.subject}\n${c.body}` : '');
  const hits = check.data?.hits ?? [];
  const group = d ? isGroupAudience(d.audience) : false;
  const blocked = group && hits.some((h) => !h.part);
  const open = useOpenExternal();
  const [status, setStatus] = useState<'copied' | 'copy-failed' | 'mail-long' | null>(null);

  const copy = async (text: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  };
  const copyText = async () => setStatus((await copy(c.body)) ? 'copied' : 'copy-failed');
  const mail = async () => {
    const url = buildMailto(c.subject, c.body);
    if (url) {
      setStatus(null);
      open.mutate(url);
      return;
    }
    // Too long for a mail link (shared/external-url.ts): the text goes to the clipboard, the link carries the subject only.
    const copied = await copy(c.body);
    setStatus(copied ? 'mail-long' : 'copy-failed');
    const short = buildMailto(c.subject, '');
    if (short) open.mutate(short);
  };

  const options = [{ value: '', label: t('message.compose.choose') }, ...(templates.data?.templates ?? []).map((m) => ({ value: m.id, label: `${m.title[language]} (${t(`message.audience.${m.audience}`).toLowerCase()})` }))];
  const contacts = [{ value: '', label: t('message.compose.contactDefault') }, ...(staff.data ?? []).map((s) => ({ value: s.id, label: staffText(s) }))];

  return (
    <section className="card stack-tight" aria-labelledby="compose-title" data-testid="composer">
      <h2 id="compose-title" className="section-title">
        {t('message.compose.title')}
      </h2>
      <p className="muted">{t('message.compose.intro')}</p>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <ErrorBanner error={templates.error ?? draft.error} />
      <div className="form-grid">
        <SelectField label={t('message.compose.template')} value={c.templateId} options={options} onChange={(e) => { set({ templateId: e.target.value }); setStatus(null); }} />
        <SelectField label={t('message.compose.contact')} help={t('message.compose.contactHelp')} value={c.contactStaffId} options={contacts} onChange={(e) => set({ contactStaffId: e.target.value })} />
      </div>
      <div className="lang-switch notice-lang" role="group" aria-label={t('message.compose.lang')}>
        {(['nl', 'en'] as const).map((l) => (
          <button key={l} type="button" className={l === c.lang ? 'lang-btn lang-btn-active' : 'lang-btn'} aria-pressed={l === c.lang} aria-label={t('lang.buttonLabel', { code: l.toUpperCase(), name: t(`lang.${l}`) })} onClick={() => set({ lang: l })}>
            {l.toUpperCase()}
          </button>
        ))}
      </div>
      {c.templateId && draft.isPending ? <p className="muted">{t('message.compose.loading')}</p> : null}
      {d ? (
        <>
          <div className="message-guide" data-testid="message-guide">
            <p>
              <strong>{t('message.compose.purpose')}</strong> {d.purpose}
            </p>
            <p>
              <strong>{t('message.compose.never')}</strong> {d.neverContains}
            </p>
            {d.group ? <p className="small">{t('message.compose.groupRule')}</p> : null}
          </div>
          {d.missing.length ? <Banner>{t('message.compose.missing', { facts: d.missing.map((f) => t(`message.fact.${f}`)).join(', ') })}</Banner> : null}
          {d.withheld ? <Banner className="banner-warning">{t('message.compose.withheld', { n: d.withheld })}</Banner> : null}
          <Field label={t('message.compose.subject')} value={c.subject} onChange={(e) => set({ subject: e.target.value })} maxLength={500} />
          <TextArea label={t('message.compose.body')} value={c.body} onChange={(e) => set({ body: e.target.value })} rows={16} maxLength={20_000} className="message-body" />
          <NameWarning hits={hits} group={group} />
          <div className="actions">
            <Button onClick={() => void copyText()} disabled={blocked || !c.body.trim()}>
              {t('message.compose.copy')}
            </Button>
            <Button variant="secondary" onClick={() => void mail()} disabled={blocked || !c.body.trim()} busy={open.isPending}>
              {t('message.compose.mail')}
            </Button>
            <Button variant="secondary" disabled={blocked} onClick={() => onLog({ templateId: d.templateId, audience: d.audience, lang: d.lang, title: d.title, subject: c.subject, text: c.body })}>
              {t('message.compose.log')}
            </Button>
            <span role="status" className="copy-status">
              {status === 'copied' ? t('message.compose.copied') : status === 'mail-long' ? t('message.compose.mailLong') : null}
            </span>
          </div>
          {status === 'copy-failed' ? <Banner tone="error">{t('message.compose.copyFailed')}</Banner> : null}
          <ErrorBanner error={open.error} />
        </>
      ) : null}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { AUDIENCES, CONTACT_WAYS, isGroupAudience, ticksOf, type Audience, type ContactWay } from '../../../../../shared/message-types';
import { isInvalidDateValue } from '../../../../../shared/date-text';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { DateTimeField } from '../../../components/ui/DateTimeField';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { isoToLocalInput, localInputToIso } from '../../../lib/dates';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { usePersons } from '../../persons/queries';
import { useStaff } from '../../staff/queries';
import { staffText } from '../../staff/staff-label';
import { useLogMessage } from '../mutations';
import { useNameCheck } from '../queries';
import type { LogPrefill } from './DraftComposer';
import { NameWarning } from './NameWarning';

interface LogFields {
  to: string;
  audience: Audience;
  how: ContactWay | '';
  at: string;
  personId: string;
  byStaffId: string;
  followUp: boolean;
  note: string;
  subject: string;
  text: string;
  templateId: string;
  templateTitle: string;
  lang: 'nl' | 'en' | '';
}

/**
 * "Vastleggen wie is geïnformeerd" (issue 19 item 3): who was told, when, by whom, how, with
 * which template or text, and what was agreed. A message from the composer arrives here with
 * its template and text; anything said in a conversation is logged the same way. A message to
 * a group that names a person of the case cannot be logged (the core refuses it too). Kept as
 * a draft in the vault until it is logged.
 */
export function LogForm({ caseId, prefill }: { caseId: string; prefill: (LogPrefill & { n: number }) | null }) {
  const t = useT();
  const log = useLogMessage(caseId);
  const persons = usePersons(caseId);
  const staff = useStaff();
  const [now] = useState(() => isoToLocalInput(new Date().toISOString()));
  const empty: LogFields = { to: '', audience: 'other', how: '', at: now, personId: '', byStaffId: '', followUp: false, note: '', subject: '', text: '', templateId: '', templateTitle: '', lang: '' };
  const kept = useDraft<LogFields>(`message:${caseId}:log`, empty, caseId);
  const f = kept.value;
  const set = (patch: Partial<LogFields>) => kept.set((old) => ({ ...old, ...patch }));
  const [applied, setApplied] = useState(0);
  if (prefill && prefill.n !== applied && kept.ready) {
    setApplied(prefill.n);
    set({ audience: prefill.audience, subject: prefill.subject, text: prefill.text, templateId: prefill.templateId, templateTitle: prefill.title, lang: prefill.lang });
  }
  const [tried, setTried] = useState(false);
  const [future, setFuture] = useState(false);
  const group = isGroupAudience(f.audience);
  const check = useNameCheck(caseId, group ? `${f.subject}\n${f.text}` : '');
  const hits = group ? (check.data?.hits ?? []) : [];
  const blocked = hits.some((h) => !h.part);
  const iso = localInputToIso(f.at);
  const atError = isInvalidDateValue(f.at) ? null : !iso || future ? t('message.log.atInvalid') : null;
  const ticks = ticksOf({ audience: f.audience, followUp: f.followUp });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    const inFuture = iso !== null && Date.parse(iso) > Date.now() + 60_000;
    setFuture(inFuture);
    if (!f.to.trim() || !f.how || !iso || inFuture || blocked) return;
    log.mutate(
      {
        to: f.to.trim(),
        audience: f.audience,
        how: f.how,
        at: iso,
        templateId: f.templateId || undefined,
        lang: f.lang || undefined,
        subject: f.subject || undefined,
        text: f.text || undefined,
        note: f.note.trim() || undefined,
        personId: f.personId || undefined,
        byStaffId: f.byStaffId || undefined,
        followUp: f.followUp || undefined,
      },
      {
        onSuccess: () => {
          kept.clear();
          setTried(false);
        },
      },
    );
  };

  const people = [{ value: '', label: t('message.log.nobody') }, ...(persons.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${t(`person.role.${p.role}`).toLowerCase()})` }))];
  const senders = [{ value: '', label: t('message.log.byDefault') }, ...(staff.data ?? []).map((s) => ({ value: s.id, label: staffText(s) }))];

  return (
    <form className="card stack-tight" onSubmit={submit} noValidate aria-labelledby="log-form-title" data-testid="log-form">
      <h2 id="log-form-title" className="section-title" tabIndex={-1}>
        {t('message.log.title')}
      </h2>
      <p className="muted">{t('message.log.intro')}</p>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      {f.templateId ? (
        <p className="small" data-testid="log-template">
          {t('message.log.fromTemplate', { template: f.templateTitle })}{' '}
          <Button variant="link" onClick={() => set({ templateId: '', templateTitle: '', lang: '' })}>
            {t('message.log.unlink')}
          </Button>
        </p>
      ) : null}
      <div className="form-grid">
        <Field label={t('message.log.to')} help={t('message.log.toHelp')} value={f.to} onChange={(e) => set({ to: e.target.value })} maxLength={500} error={tried && !f.to.trim() ? t('message.log.toRequired') : null} />
        <SelectField label={t('message.log.audience')} value={f.audience} options={AUDIENCES.map((a) => ({ value: a, label: t(`message.audience.${a}`) }))} onChange={(e) => set({ audience: e.target.value as Audience })} />
        <SelectField
          label={t('message.log.how')}
          value={f.how}
          options={[{ value: '', label: t('message.log.howChoose') }, ...CONTACT_WAYS.map((w) => ({ value: w, label: t(`message.how.${w}`) }))]}
          onChange={(e) => set({ how: e.target.value as ContactWay | '' })}
        />
        <DateTimeField mode="datetime" label={t('message.log.at')} value={f.at} onChange={(v) => { set({ at: v }); setFuture(false); }} error={atError} showErrors={tried} />
        <SelectField label={t('message.log.person')} help={t('message.log.personHelp')} value={f.personId} options={people} onChange={(e) => set({ personId: e.target.value })} />
        <SelectField label={t('message.log.by')} value={f.byStaffId} options={senders} onChange={(e) => set({ byStaffId: e.target.value })} />
      </div>
      {tried && !f.how ? <p className="field-error">{t('message.log.howRequired')}</p> : null}
      <Checkbox label={t('message.log.followUp')} help={t('message.log.followUpHelp')} checked={f.followUp} onChange={(e) => set({ followUp: e.target.checked })} />
      <TextArea label={t('message.log.note')} help={t('message.log.noteHelp')} value={f.note} onChange={(e) => set({ note: e.target.value })} rows={3} maxLength={5000} />
      <Field label={t('message.log.subject')} value={f.subject} onChange={(e) => set({ subject: e.target.value })} maxLength={500} />
      <TextArea label={t('message.log.text')} help={t('message.log.textHelp')} value={f.text} onChange={(e) => set({ text: e.target.value })} rows={6} maxLength={20_000} />
      <NameWarning hits={hits} group={group} />
      {ticks.length ? <p className="small muted">{t('message.log.willTick', { steps: ticks.map((k) => t(`message.tick.${k}`)).join(', ') })}</p> : null}
      <ErrorBanner error={log.error} />
      {log.isSuccess && !kept.restoredAt && f.to === '' ? (
        <Banner tone="success">
          {log.data.ticked.length ? t('message.log.savedTicked', { steps: log.data.ticked.map((s) => s.title).join('; ') }) : t('message.log.saved')}
        </Banner>
      ) : null}
      <div className="actions">
        <Button type="submit" busy={log.isPending} busyLabel={t('common.saving')} disabled={blocked}>
          {t('message.log.submit')}
        </Button>
      </div>
    </form>
  );
}

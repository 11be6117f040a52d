import { useState, type FormEvent } from 'react';
import type { AccessRequest, Person } from '../../../../../shared/person-types';
import { localDate } from '../../../../../shared/time';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { TextArea } from '../../../components/ui/TextArea';
import { useI18n } from '../../../i18n/i18n-context';
import { reasonOf } from '../../../lib/api-error';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { isAbsolutePath } from '../../backup/paths';
import { PathField } from '../../host-dialog/components/PathField';
import { formatDay } from '../../steps/day';
import { useAccessLetter, useAddAccessRequest, useUpdateAccessRequest } from '../mutations';
import { useAccessRequests } from '../queries';

/**
 * One request: extend (with a reason) or mark answered. The open reason form, the reason and
 * the answer date are a draft in the vault until saved or cancelled (issue 16 item 1), owned
 * by the case the panel was opened from.
 */
function RequestRow({ r, caseId }: { r: AccessRequest; caseId: string }) {
  const { t, language } = useI18n();
  const update = useUpdateAccessRequest();
  const kept = useDraft(`access:${r.id}:answer`, { extending: false, reason: '', answered: localDate(new Date()) }, caseId);
  const { extending, reason, answered } = kept.value;
  const set = (patch: Partial<typeof kept.value>) => kept.set((d) => ({ ...d, ...patch }));
  const day = (d: string) => formatDay(d, language);
  return (
    <li className="access-request stack-tight" data-testid="access-request">
      <p>
        {t('access.received', { date: day(r.receivedOn) })} · <strong>{t('access.due', { date: day(r.dueOn) })}</strong>{' '}
        {r.answeredOn ? <span className="badge">{t('access.answered', { date: day(r.answeredOn) })}</span> : r.overdue ? <span className="badge badge-overdue">{t('access.overdue')}</span> : null}
      </p>
      {r.extensionReason ? <p className="muted">{t('access.extendedBecause', { reason: r.extensionReason })}</p> : null}
      {r.letterAt ? <p className="muted small">{t('access.letterMade', { date: formatDay(localDate(new Date(r.letterAt)), language) })}</p> : null}
      {r.answeredOn === null ? <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} /> : null}
      {r.answeredOn === null ? (
        extending ? (
          <form
            className="stack-tight"
            onSubmit={(e) => {
              e.preventDefault();
              if (reason.trim()) update.mutate({ requestId: r.id, patch: { extensionReason: reason.trim() } }, { onSuccess: kept.clear });
            }}
          >
            <TextArea label={t('access.extendReason')} help={t('access.extendHelp')} value={reason} onChange={(e) => set({ reason: e.target.value })} rows={2} />
            <div className="actions">
              <Button type="submit" variant="secondary" disabled={!reason.trim()} busy={update.isPending}>
                {t('access.extendSave')}
              </Button>
              <Button variant="link" onClick={kept.clear}>
                {t('access.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <div className="actions">
            {r.extensionReason ? null : (
              <Button variant="secondary" onClick={() => set({ extending: true })}>
                {t('access.extend')}
              </Button>
            )}
            <Field label={t('access.answeredOn')} type="date" value={answered} onChange={(e) => set({ answered: e.target.value })} inputClassName="input-short" />
            <Button variant="secondary" busy={update.isPending} onClick={() => update.mutate({ requestId: r.id, patch: { answeredOn: answered } }, { onSuccess: kept.clear })}>
              {t('access.markAnswered')}
            </Button>
          </div>
        )
      ) : null}
      <ErrorBanner error={update.error} />
    </li>
  );
}

/**
 * "Inzageverzoek" (issue 15 item 4): record when a request for access (art. 15 AVG) came in,
 * see the one-month deadline (art. 12(3)), extend it with a reason, and make the letter as a
 * PDF. The letter is about this person in every case where they were chosen as the same person;
 * other people's data and the working notes never go in it. The date of a new request is a
 * draft in the vault (issue 16 item 1); the letter's form is not: its only text is where the
 * file goes, and a path is only used as the dialog granted it (docs/decisions/0006).
 */
export function AccessRequestPanel({ person, caseRef, onClose }: { person: Person; caseRef: string; onClose: () => void }) {
  const { t, language } = useI18n();
  const requests = useAccessRequests({ personId: person.id });
  const add = useAddAccessRequest();
  const letter = useAccessLetter();
  const receivedDraft = useDraft(`access:${person.id}:new`, localDate(new Date()), person.caseId);
  const received = receivedDraft.value;
  const [lang, setLang] = useState<'nl' | 'en'>(language);
  const [path, setPath] = useState('');
  const [fromDialog, setFromDialog] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [tried, setTried] = useState(false);
  // A letter to a suspect could warn them of a police investigation (art. 41 UAVG): off by default for the others.
  const [withholdPolice, setWithholdPolice] = useState(person.role === 'originator' || person.role === 'spreader');
  const list = requests.data ?? [];
  const open = list.find((r) => r.answeredOn === null);
  const problem = !path.trim() ? t('backup.required') : !isAbsolutePath(path) ? t('backup.notAbsolute') : null;
  const exists = reasonOf(letter.error) === 'exists';
  const titleId = `access-${person.id}`;
  const make = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problem) return;
    letter.mutate({ personId: person.id, lang, outPath: path.trim(), ...(open ? { requestId: open.id } : {}), overwrite: overwrite || fromDialog, withholdPolice });
  };
  return (
    <section className="card stack-tight inspection" aria-labelledby={titleId}>
      <h3 id={titleId} className="subsection-title">
        {t('access.title', { name: person.name })}
      </h3>
      <p>{t('access.intro')}</p>
      <ErrorBanner error={requests.error} />
      {list.length ? <ul className="access-list">{list.map((r) => <RequestRow key={r.id} r={r} caseId={person.caseId} />)}</ul> : null}
      <DraftNotice restoredAt={receivedDraft.restoredAt} onDiscard={receivedDraft.clear} />
      <form
        className="actions"
        aria-label={t('access.newTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({ personId: person.id, receivedOn: received }, { onSuccess: receivedDraft.clear });
        }}
      >
        <Field label={t('access.receivedOn')} type="date" value={received} max={localDate(new Date())} onChange={(e) => receivedDraft.set(e.target.value)} inputClassName="input-short" />
        <Button type="submit" variant="secondary" busy={add.isPending}>
          {t('access.record')}
        </Button>
      </form>
      <ErrorBanner error={add.error} />
      <form className="stack-tight" onSubmit={make} noValidate aria-label={t('access.letterTitle')}>
        <h4 className="inspection-case-title">{t('access.letterTitle')}</h4>
        <p className="muted">{t('access.letterIntro')}</p>
        <RadioGroup
          inline
          legend={t('access.letterLang')}
          options={[
            { value: 'nl' as const, label: t('lang.nl') },
            { value: 'en' as const, label: t('lang.en') },
          ]}
          value={lang}
          onChange={setLang}
        />
        <Checkbox label={t('access.withholdPolice')} help={t('access.withholdPoliceHelp')} checked={withholdPolice} onChange={(e) => setWithholdPolice(e.target.checked)} />
        <PathField
          dialog={{ mode: 'save', defaultName: `inzage-${caseRef}.pdf` }}
          value={path}
          onChange={(p, via) => {
            setPath(p);
            setFromDialog(via === 'dialog');
            setOverwrite(false);
            letter.reset();
          }}
          error={tried ? problem : null}
          text={{ label: t('access.saveLabel'), none: t('access.saveNone'), choose: t('access.saveChoose'), chooseAgain: t('access.saveChooseAgain'), manualLabel: t('access.saveManual'), manualHelp: t('access.saveManualHelp', { name: `inzage-${caseRef}.pdf` }) }}
        />
        {exists ? <Checkbox label={t('backup.overwrite')} checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} /> : null}
        <div className="actions">
          <Button type="submit" busy={letter.isPending} busyLabel={t('access.making')}>
            {t('access.make')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('access.close')}
          </Button>
        </div>
        {exists ? null : <ErrorBanner error={letter.error} />}
        {letter.data ? (
          <Banner tone="success">
            <p className="banner-text">{t('access.made', { path: letter.data.path, pages: letter.data.pages, cases: letter.data.cases, items: letter.data.items })}</p>
          </Banner>
        ) : null}
      </form>
    </section>
  );
}

import type { Ref } from 'react';
import { reasonText } from '../../../../../shared/error-reasons';
import { platformOfUrl } from '../../../../../shared/url-rule';
import { TRISTATE } from '../../../../../shared/case-types';
import { CAPTURE_METHODS, WEB_CAPTURE } from '../../../../../shared/evidence-types';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { DateTimeField } from '../../../components/ui/DateTimeField';
import { Field } from '../../../components/ui/Field';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useI18n } from '../../../i18n/i18n-context';
import { usePlatforms } from '../../platforms/queries';
import { isoToLocalInput, userTimeZone } from '../../../lib/dates';
import { seenAtProblem, urlProblem, type MetaDraft } from '../meta-draft';
import { StaffSelect } from '../../staff/components/StaffSelect';
import { useStaff } from '../../staff/queries';

const PLATFORMS = ['Instagram', 'Snapchat', 'TikTok', 'WhatsApp', 'YouTube', 'X', 'Facebook', 'Telegram', 'Discord', 'Reddit'];

/**
 * What the user says about the files (the same for the whole batch, and for the edit form).
 * Where and when first; what it shows (this decides the minors rule); the rest folded away.
 * The URL follows the one URL rule (shared/url-rule.ts), in the app's words, never the
 * browser's English "Please enter a URL." (a `type="url"` input would block the form).
 */
export function BatchMetaForm({
  draft,
  onChange,
  urlRef,
  seenRef,
  showErrors = false,
  askCapturer = false,
}: {
  draft: MetaDraft;
  onChange: (patch: Partial<MetaDraft>) => void;
  urlRef?: Ref<HTMLInputElement>;
  seenRef?: Ref<HTMLInputElement>;
  /** After a save was tried: every problem is shown, not only those of fields left. */
  showErrors?: boolean;
  /** Ask which staff member captured it (the import form; an edit keeps its own). */
  askCapturer?: boolean;
}) {
  const { t, language } = useI18n();
  const staff = useStaff();
  const staffList = staff.data ?? [];
  const platforms = usePlatforms();
  const problem = urlProblem(draft);
  // Shown once a save was tried, not when the field is left: an error appearing on blur moves
  // the fields below while the user clicks one of them (the click then lands on nothing).
  const urlError = problem && showErrors ? reasonText(language, { reason: problem }) : null;
  const seenProblem = seenAtProblem(draft);
  const seenError = showErrors && seenProblem === 'required' ? t('import.seenAtRequired') : null;
  const detected = !problem && draft.url.trim() && !draft.platform.trim() ? platformOfUrl(draft.url, (platforms.data ?? []).filter((p) => p.kind === 'platform')) : null;
  return (
    <div className="stack-tight">
      <fieldset className="plain-fieldset">
        <legend className="subsection-title">{t('import.where')}</legend>
        <div className="form-grid">
          <Field label={t('import.platform')} help={t('import.platformHelp')} value={draft.platform} onChange={(e) => onChange({ platform: e.target.value })} list="bk-platforms" autoComplete="off" />
          <Field
            label={t('import.url')}
            ref={urlRef}
            value={draft.url}
            onChange={(e) => onChange({ url: e.target.value })}
            inputMode="url"
            autoComplete="off"
            help={detected ? t('import.urlDetected', { platform: detected.name }) : t('import.urlHelp')}
            error={urlError}
            inputClassName="input-mono"
            spellCheck={false}
          />
          <Field label={t('import.handle')} value={draft.handle} onChange={(e) => onChange({ handle: e.target.value })} spellCheck={false} autoComplete="off" />
          <DateTimeField
            ref={seenRef}
            className="field-row-wide"
            mode="datetime"
            label={t('import.seenAt')}
            help={draft.seenAtUnknown ? t('import.seenAtUnknownHelp') : t('import.seenAtHelp', { zone: userTimeZone() })}
            value={draft.seenAt}
            onChange={(seenAt) => onChange({ seenAt, seenAtUnknown: false })}
            disabled={draft.seenAtUnknown}
            error={seenError}
            showErrors={showErrors}
            addon={
              <span className="seen-answers" role="group" aria-label={t('import.seenAtAnswers')}>
                <Button variant="secondary" className="field-addon-small" onClick={() => onChange({ seenAt: isoToLocalInput(new Date().toISOString()), seenAtUnknown: false })}>
                  {t('import.seenAtNow')}
                </Button>
                <Button
                  variant="secondary"
                  className="field-addon-small"
                  aria-pressed={draft.seenAtUnknown}
                  onClick={() => onChange(draft.seenAtUnknown ? { seenAtUnknown: false } : { seenAt: '', seenAtUnknown: true })}
                >
                  {t('import.seenAtUnknown')}
                </Button>
              </span>
            }
          />
        </div>
        <datalist id="bk-platforms">
          {PLATFORMS.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </fieldset>
      <fieldset className="plain-fieldset stack-tight">
        <legend className="subsection-title">{t('import.content')}</legend>
        <Checkbox label={t('import.sexual')} checked={draft.sexual} onChange={(e) => onChange({ sexual: e.target.checked })} />
        <Checkbox label={t('import.violence')} checked={draft.violence} onChange={(e) => onChange({ violence: e.target.checked })} />
        <RadioGroup inline legend={t('import.minor')} help={t('import.minorHelp')} options={TRISTATE.map((v) => ({ value: v, label: t(`tristate.${v}`) }))} value={draft.minor} onChange={(minor) => onChange({ minor })} />
      </fieldset>
      <details className="fold">
        <summary>{t('import.more')}</summary>
        <div className="stack-tight fold-body">
          <div className="form-grid">
            {draft.captureMethod === WEB_CAPTURE ? (
              // Recorded by the app itself (issue 18): not for the officer to change.
              <p className="field">
                <span className="field-label">{t('import.captureMethod')}</span>
                <span>{t('capture.web-capture')}</span>
              </p>
            ) : (
              <SelectField
                label={t('import.captureMethod')}
                options={CAPTURE_METHODS.map((m) => ({ value: m, label: t(`capture.${m}`) }))}
                value={draft.captureMethod}
                onChange={(e) => onChange({ captureMethod: CAPTURE_METHODS.find((m) => m === e.target.value) ?? 'other' })}
              />
            )}
            <DateTimeField mode="datetime" label={t('import.postedAt')} value={draft.postedAt} onChange={(postedAt) => onChange({ postedAt })} showErrors={showErrors} />
          </div>
          {askCapturer && staffList.length ? (
            <StaffSelect
              label={t('import.capturedBy')}
              help={t('import.capturedByHelp')}
              value={draft.capturedByStaffId}
              staff={staffList}
              noneLabel={t('import.capturedByDefault')}
              onChange={(capturedByStaffId) => onChange({ capturedByStaffId })}
            />
          ) : null}
          <TextArea label={t('import.description')} help={t('import.descriptionHelp')} value={draft.description} onChange={(e) => onChange({ description: e.target.value })} rows={3} />
        </div>
      </details>
    </div>
  );
}

import type { Ref } from 'react';
import { TRISTATE } from '../../../../../shared/case-types';
import { CAPTURE_METHODS, WEB_CAPTURE } from '../../../../../shared/evidence-types';
import { Checkbox } from '../../../components/ui/Checkbox';
import { Field } from '../../../components/ui/Field';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { userTimeZone } from '../../../lib/dates';
import type { MetaDraft } from '../meta-draft';
import { StaffSelect } from '../../staff/components/StaffSelect';
import { useStaff } from '../../staff/queries';

const PLATFORMS = ['Instagram', 'Snapchat', 'TikTok', 'WhatsApp', 'YouTube', 'X', 'Facebook', 'Telegram', 'Discord', 'Reddit'];

/**
 * What the user says about the files (the same for the whole batch, and for the edit form).
 * Where and when first; what it shows (this decides the minors rule); the rest folded away.
 */
export function BatchMetaForm({ draft, onChange, urlRef, askCapturer = false }: { draft: MetaDraft; onChange: (patch: Partial<MetaDraft>) => void; urlRef?: Ref<HTMLInputElement>; askCapturer?: boolean }) {
  const t = useT();
  const staff = useStaff();
  const staffList = staff.data ?? [];
  return (
    <div className="stack-tight">
      <fieldset className="plain-fieldset">
        <legend className="subsection-title">{t('import.where')}</legend>
        <div className="form-grid">
          <Field label={t('import.platform')} help={t('import.platformHelp')} value={draft.platform} onChange={(e) => onChange({ platform: e.target.value })} list="bk-platforms" autoComplete="off" />
          <Field label={t('import.url')} type="url" ref={urlRef} value={draft.url} onChange={(e) => onChange({ url: e.target.value })} inputClassName="input-mono" spellCheck={false} />
          <Field label={t('import.handle')} value={draft.handle} onChange={(e) => onChange({ handle: e.target.value })} spellCheck={false} autoComplete="off" />
          <Field label={t('import.seenAt')} help={t('import.seenAtHelp', { zone: userTimeZone() })} type="datetime-local" value={draft.seenAt} onChange={(e) => onChange({ seenAt: e.target.value })} />
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
            <Field label={t('import.postedAt')} type="datetime-local" value={draft.postedAt} onChange={(e) => onChange({ postedAt: e.target.value })} />
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

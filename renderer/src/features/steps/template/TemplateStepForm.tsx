import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { Field } from '../../../components/ui/Field';
import { SelectField } from '../../../components/ui/SelectField';
import { STEP_TICKS, type StepTick } from '../../../../../shared/message-types';
import { useT } from '../../../i18n/i18n-context';
import { problems, type DraftStep } from './draft';

/**
 * Adds or edits one template step in the draft (nothing is saved until "Sjabloon opslaan").
 * Dutch first; the English fields may stay empty and then take the Dutch text. Controlled: the
 * editor keeps what is typed here in its draft in the vault, so a lock loses none of it.
 */
export function TemplateStepForm({ value: s, onChange, position, onDone, onCancel }: { value: DraftStep; onChange: (s: DraftStep) => void; position: number | null; onDone: (s: DraftStep) => void; onCancel: () => void }) {
  const t = useT();
  const [tried, setTried] = useState(false);
  const wrong = tried ? problems(s) : [];
  const set = (patch: Partial<DraftStep>) => onChange({ ...s, ...patch });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problems(s).length === 0) onDone(s);
  };
  const title = position === null ? t('template.formTitleNew') : t('template.formTitleEdit', { n: position });
  return (
    <form className="card stack-tight" onSubmit={submit} noValidate aria-label={title}>
      <h3 className="subsection-title">{title}</h3>
      <Field label={t('template.titleNl')} value={s.titleNl} onChange={(e) => set({ titleNl: e.target.value })} error={wrong.includes('title') ? t('template.titleRequired') : null} maxLength={500} autoFocus />
      <Field label={t('template.titleEn')} help={t('template.titleEnHelp')} value={s.titleEn} onChange={(e) => set({ titleEn: e.target.value })} maxLength={500} />
      <div className="form-grid">
        <Field label={t('template.ownerNl')} help={t('template.ownerHelp')} value={s.ownerNl} onChange={(e) => set({ ownerNl: e.target.value })} maxLength={200} />
        <Field label={t('template.ownerEn')} value={s.ownerEn} onChange={(e) => set({ ownerEn: e.target.value })} maxLength={200} />
      </div>
      <Field
        label={t('template.dueDays')}
        help={t('template.dueDaysHelp')}
        inputMode="numeric"
        value={s.dueDays}
        onChange={(e) => set({ dueDays: e.target.value })}
        error={wrong.includes('dueDays') ? t('template.dueInvalid') : null}
        inputClassName="input-short"
      />
      <Checkbox label={t('template.interviewField')} help={t('template.interviewHelp')} checked={s.interview} onChange={(e) => set({ interview: e.target.checked })} />
      <SelectField
        label={t('template.tickField')}
        help={t('template.tickHelp')}
        value={s.tick}
        options={[{ value: '', label: t('template.tickNone') }, ...STEP_TICKS.map((k) => ({ value: k, label: t(`template.tick.${k}`) }))]}
        onChange={(e) => set({ tick: e.target.value as StepTick | '' })}
      />
      <div className="actions">
        <Button type="submit">{t('template.done')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('template.cancelEdit')}
        </Button>
      </div>
    </form>
  );
}

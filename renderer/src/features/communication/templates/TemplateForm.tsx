import { useState, type FormEvent } from 'react';
import { TEMPLATE_AUDIENCES, type TemplateAudience } from '../../../../../shared/message-types';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { FACT_LIST, problems, TEMPLATE_FIELDS, type DraftTemplate, type TemplateField } from './draft';

/**
 * Edits one message template in the editor's draft (nothing is saved until "Sjablonen
 * opslaan"). Dutch first; English may stay empty and then takes the Dutch text. Controlled:
 * the editor keeps what is typed here in its draft in the vault, so a lock loses none of it.
 */
export function TemplateForm({ value: d, onChange, onDone, onCancel }: { value: DraftTemplate; onChange: (d: DraftTemplate) => void; onDone: (d: DraftTemplate) => void; onCancel: () => void }) {
  const t = useT();
  const setD = (f: (old: DraftTemplate) => DraftTemplate) => onChange(f(d));
  const [tried, setTried] = useState(false);
  const wrong = tried ? problems(d) : [];
  const errorOf = (f: TemplateField) => {
    const p = wrong.find((w) => w.field === f);
    if (!p) return null;
    return p.kind === 'unknown' ? t('msgTemplate.unknownFact', { names: (p.names ?? []).map((n) => `{${n}}`).join(', '), facts: FACT_LIST }) : p.kind === 'required' ? t('msgTemplate.required') : t('msgTemplate.tooLong');
  };
  const set = (lang: 'nl' | 'en', f: TemplateField, value: string) => setD((old) => ({ ...old, [lang]: { ...old[lang], [f]: value } }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problems(d).length === 0) onDone(d);
  };
  const title = d.nl.title.trim() || t('msgTemplate.newTitle');
  return (
    <form className="card stack-tight" onSubmit={submit} noValidate aria-label={t('msgTemplate.formLabel', { title })}>
      <h3 className="subsection-title">{t('msgTemplate.formLabel', { title })}</h3>
      <SelectField label={t('msgTemplate.audience')} help={t('msgTemplate.audienceHelp')} value={d.audience} options={TEMPLATE_AUDIENCES.map((a) => ({ value: a, label: t(`message.audience.${a}`) }))} onChange={(e) => setD((old) => ({ ...old, audience: e.target.value as TemplateAudience }))} />
      {TEMPLATE_FIELDS.map((f) => (
        <div key={f} className="form-grid">
          {(['nl', 'en'] as const).map((lang) => {
            const props = {
              label: t(`msgTemplate.field.${f}`, { lang: lang.toUpperCase() }),
              help: lang === 'en' ? t('msgTemplate.enHelp') : f === 'body' || f === 'subject' ? t('msgTemplate.factsHelp', { facts: FACT_LIST }) : undefined,
              value: d[lang][f],
              error: lang === 'nl' ? errorOf(f) : null,
            };
            return f === 'title' || f === 'subject' ? (
              <Field key={lang} {...props} onChange={(e) => set(lang, f, e.target.value)} />
            ) : (
              <TextArea key={lang} {...props} rows={f === 'body' ? 12 : 2} onChange={(e) => set(lang, f, e.target.value)} />
            );
          })}
        </div>
      ))}
      <div className="actions">
        <Button type="submit">{t('msgTemplate.done')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('msgTemplate.cancel')}
        </Button>
      </div>
    </form>
  );
}

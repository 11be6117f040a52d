import type { Bilingual } from '../../../../../shared/platform-types';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';

/** One text in Dutch and English, side by side, each with its own label. */
export function BilingualFields({ field, value, onChange, rows = 2 }: { field: string; value: Bilingual; onChange: (next: Bilingual) => void; rows?: number }) {
  const t = useT();
  return (
    <div className="form-grid">
      <TextArea label={t('pEdit.inDutch', { field })} value={value.nl} onChange={(e) => onChange({ ...value, nl: e.target.value })} rows={rows} maxLength={4000} />
      <TextArea label={t('pEdit.inEnglish', { field })} value={value.en} onChange={(e) => onChange({ ...value, en: e.target.value })} rows={rows} maxLength={4000} lang="en" />
    </div>
  );
}

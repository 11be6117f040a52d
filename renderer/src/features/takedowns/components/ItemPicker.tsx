import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { Checkbox } from '../../../components/ui/Checkbox';
import { useT } from '../../../i18n/i18n-context';
import { shortUrl } from '../logic';

/**
 * "Welke bewijsstukken?": the case's items that say where they are (a URL or an account);
 * several may be chosen for one request, all on one platform (the core refuses a mix, in words).
 */
export function ItemPicker({ items, selected, onChange, error }: { items: EvidenceItem[]; selected: string[]; onChange: (ids: string[]) => void; error?: string | null }) {
  const t = useT();
  const usable = items.filter((i) => i.url || i.handle);
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <fieldset className="radio-group">
      <legend className="field-label">{t('newTd.items')}</legend>
      <p className="field-help">{t('newTd.itemsHelp')}</p>
      {usable.length === 0 ? <p className="muted">{t('newTd.itemsNone')}</p> : null}
      {usable.map((i) => (
        <Checkbox
          key={i.id}
          label={t('newTd.itemLine', { label: i.label, platform: i.platform || t('newTd.itemNoPlatform'), where: i.url ? shortUrl(i.url, 60) : i.handle })}
          checked={selected.includes(i.id)}
          onChange={(e) => toggle(i.id, e.target.checked)}
        />
      ))}
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}

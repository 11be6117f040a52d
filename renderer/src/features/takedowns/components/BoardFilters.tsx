import { Checkbox } from '../../../components/ui/Checkbox';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { SelectField } from '../../../components/ui/SelectField';
import { useT } from '../../../i18n/i18n-context';

export interface BoardSettings {
  view: 'status' | 'platform';
  platform: string;
  onlyOverdue: boolean;
}

export function BoardFilters({ value, onChange, platformNames }: { value: BoardSettings; onChange: (next: BoardSettings) => void; platformNames: string[] }) {
  const t = useT();
  return (
    <fieldset className="board-filters">
      <legend className="sr-only">{t('board.filters')}</legend>
      <RadioGroup
        inline
        legend={t('board.view')}
        options={[
          { value: 'status', label: t('board.view.status') },
          { value: 'platform', label: t('board.view.platform') },
        ]}
        value={value.view}
        onChange={(view) => onChange({ ...value, view })}
      />
      <SelectField
        label={t('board.filter.platform')}
        options={[{ value: '', label: t('board.filter.all') }, ...platformNames.map((n) => ({ value: n, label: n }))]}
        value={value.platform}
        onChange={(e) => onChange({ ...value, platform: e.target.value })}
      />
      <Checkbox label={t('board.filter.overdue')} checked={value.onlyOverdue} onChange={(e) => onChange({ ...value, onlyOverdue: e.target.checked })} />
    </fieldset>
  );
}

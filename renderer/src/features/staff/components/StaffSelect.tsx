import type { StaffMember } from '../../../../../shared/staff-types';
import { SelectField } from '../../../components/ui/SelectField';
import { useT } from '../../../i18n/i18n-context';
import { staffText } from '../staff-label';

/**
 * Choose a staff member (active ones; the current choice stays listed even when archived).
 * '' means nobody; `noneLabel` says what that means here.
 */
export function StaffSelect({ label, help, value, staff, noneLabel, onChange }: { label: string; help?: string; value: string; staff: readonly StaffMember[]; noneLabel: string; onChange: (staffId: string) => void }) {
  const t = useT();
  const options = staff.filter((s) => !s.archived || s.id === value);
  return (
    <SelectField
      label={label}
      help={help}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      options={[{ value: '', label: noneLabel }, ...options.map((s) => ({ value: s.id, label: s.isDefault ? t('staff.optionYou', { name: staffText(s) }) : staffText(s) }))]}
    />
  );
}

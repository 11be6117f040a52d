/** "Sanne Bakker (SLB)": how a staff member reads in lists and selects (the core's staffLabel, for the screen). */
import type { StaffMember } from '../../../../shared/staff-types';

export function staffText(s: Pick<StaffMember, 'name' | 'role'>): string {
  return s.role.trim() ? `${s.name} (${s.role.trim()})` : s.name;
}

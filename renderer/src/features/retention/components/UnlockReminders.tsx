import { BackupReminder } from '../../backup/components/BackupReminder';
import { RetentionBanner } from './RetentionBanner';

/** What the school's protocol asks for after unlock: cases past retention, a due backup. */
export function UnlockReminders() {
  return (
    <>
      <RetentionBanner />
      <BackupReminder />
    </>
  );
}

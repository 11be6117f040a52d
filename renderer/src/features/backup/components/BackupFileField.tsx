import { PathField } from '../../host-dialog/components/PathField';
import { useT } from '../../../i18n/i18n-context';

/** An existing backup file (*.bkbackup) to check or to put back: the same field in both forms. */
export function BackupFileField({ value, onChange, error }: { value: string; onChange: (path: string) => void; error: string | null }) {
  const t = useT();
  return (
    <PathField
      dialog={{ mode: 'open', extensions: ['bkbackup'] }}
      value={value}
      onChange={onChange}
      error={error}
      text={{ label: t('backup.fileLabel'), none: t('backup.fileNone'), choose: t('backup.fileChoose'), chooseAgain: t('backup.fileChooseAgain'), manualLabel: t('backup.fileManual'), manualHelp: t('backup.fileManualHelp') }}
    />
  );
}

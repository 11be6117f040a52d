import { PathField } from '../../host-dialog/components/PathField';
import { useT } from '../../../i18n/i18n-context';
import type { MessageKey } from '../../../i18n/nl';

type Texts = Record<'label' | 'choose' | 'manualLabel' | 'manualHelp', MessageKey>;

// First run puts a new vault into the folder; "another vault" opens one that is already there,
// so the same field speaks of it differently.
const TEXTS = {
  create: { label: 'firstRun.folder.label', choose: 'firstRun.folder.choose', manualLabel: 'firstRun.folder.manualLabel', manualHelp: 'firstRun.folder.manualHelp' },
  open: { label: 'otherVault.current', choose: 'otherVault.choose', manualLabel: 'otherVault.manualLabel', manualHelp: 'otherVault.manualHelp' },
} as const satisfies Record<string, Texts>;

/** The vault folder as it is now, with the host's folder dialog (or a typed path) to change it. */
export function VaultFolderField({ purpose, value, onChange }: { purpose: keyof typeof TEXTS; value: string; onChange: (folder: string) => void }) {
  const t = useT();
  const keys = TEXTS[purpose];
  return (
    <PathField
      dialog={{ mode: 'folder' }}
      value={value}
      onChange={onChange}
      text={{ label: t(keys.label), choose: t(keys.choose), manualLabel: t(keys.manualLabel), manualHelp: t(keys.manualHelp) }}
    />
  );
}

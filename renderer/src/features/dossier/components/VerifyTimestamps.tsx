import type { BundleTimestampReport } from '../../../../../shared/dossier-types';
import { useT } from '../../../i18n/i18n-context';

/** The bundle's RFC 3161 timestamps (issue 18): each one's verdict, time and authority, and the root to compare. */
export function VerifyTimestamps({ timestamps }: { timestamps: readonly BundleTimestampReport[] }) {
  const t = useT();
  if (timestamps.length === 0) return null;
  const roots = [...new Set(timestamps.map((s) => s.rootFingerprint).filter((r): r is string => !!r))];
  return (
    <div className="stack-tight" data-testid="verify-timestamps">
      <ul className="verify-signatures">
        {timestamps.map((s) => (
          <li key={s.file} className={s.state === 'valid' ? 'verify-ok' : 'verify-bad'}>
            {s.state === 'valid' ? t('verify.timestamp.valid', { file: s.file, data: s.data, time: s.genTime ?? '-', tsa: s.tsa ?? '-' }) : t('verify.timestamp.invalid', { file: s.file, data: s.data })}
          </li>
        ))}
      </ul>
      {roots.map((root) => (
        <p key={root} className="muted break">
          {t('verify.timestamp.root', { root: root.replace(/(.{4})(?!$)/g, '$1 ') })}
        </p>
      ))}
    </div>
  );
}

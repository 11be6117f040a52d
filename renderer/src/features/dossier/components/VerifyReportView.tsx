import { shortCode } from '../../../../../shared/short-code';
import type { VerifyFileStatus, VerifyReport } from '../../../../../shared/dossier-types';
import { Banner } from '../../../components/ui/Banner';
import { useT } from '../../../i18n/i18n-context';
import { hexGroups, sortFiles } from '../logic';
import { HashCode } from './HashCode';
import { VerifyTimestamps } from './VerifyTimestamps';
import { VerifyProblems } from './VerifyProblems';

function SignatureLine({ file, state }: { file: string; state: VerifyReport['sumsSignature'] }) {
  const t = useT();
  return (
    <li className={state === 'valid' ? 'verify-ok' : 'verify-bad'}>
      {t(`verify.signature.${state}`, { file })}
    </li>
  );
}

function StatusCell({ status }: { status: VerifyFileStatus }) {
  const t = useT();
  return <td className={status === 'ok' ? 'verify-ok' : 'verify-bad'}>{t(`verify.status.${status}`)}</td>;
}

/** Who signed: confirmed when the reader pinned the key, otherwise in words what to compare. */
function SignerLine({ report }: { report: VerifyReport }) {
  const t = useT();
  if (!report.publicKeyFingerprint) return null;
  if (!report.signer.pinned) {
    return (
      <Banner tone="info">
        <p data-testid="verify-signer">{t('verify.signer.unpinned', { fingerprint: hexGroups(report.publicKeyFingerprint).join(' ') })}</p>
      </Banner>
    );
  }
  // A pinned key that does not match is one of the problems, with both fingerprints.
  return report.signer.matches ? (
    <p className="verify-ok" data-testid="verify-signer">
      {t('verify.signer.matches')}
    </p>
  ) : null;
}

/**
 * The verdict first (calm green or red), then what is wrong in words, the signatures, the
 * signer, the per-file table and the codes. A ZIP refused for its structure was not read:
 * then there are no signatures or files to show.
 */
export function VerifyReportView({ report }: { report: VerifyReport }) {
  const t = useT();
  const bad = report.files.filter((f) => f.status !== 'ok');
  return (
    <div className="stack-tight" data-testid="verify-report">
      {report.ok ? (
        <Banner tone="success" className="verdict">
          <p className="verdict-title">{t('verify.ok.title')}</p>
          <p>{report.signer.pinned ? t('verify.ok.body') : t('verify.ok.bodyUnpinned')}</p>
        </Banner>
      ) : (
        <Banner tone="error" className="verdict">
          <p className="verdict-title">{t('verify.bad.title')}</p>
          <p>{report.contentChecked ? t('verify.bad.body') : t('verify.refused.body')}</p>
          {bad.length ? <p>{t('verify.bad.files', { names: bad.map((f) => f.name).join(', ') })}</p> : null}
        </Banner>
      )}
      <VerifyProblems problems={report.problems} />
      {report.contentChecked ? (
        <ul className="verify-signatures">
          <SignatureLine file="manifest.json" state={report.manifestSignature} />
          <SignatureLine file="SHA256SUMS" state={report.sumsSignature} />
        </ul>
      ) : null}
      <VerifyTimestamps timestamps={report.timestamps} />
      {report.manifestSha256 ? (
        <div className="stack-tight">
          <p className="field-label">{t('verify.code')}</p>
          <p className="short-code" translate="no" data-testid="verify-short-code">
            {t('dossier.result.shortCode', { code: shortCode(report.manifestSha256) })}
          </p>
          <HashCode hex={report.manifestSha256} label={t('verify.code')} testId="verify-hash" />
          <p className="muted">{t('verify.codeHelp')}</p>
        </div>
      ) : null}
      {report.publicKeyFingerprint ? (
        <div className="stack-tight">
          <p className="field-label">{t('verify.fingerprint')}</p>
          <HashCode hex={report.publicKeyFingerprint} label={t('verify.fingerprint')} size="small" testId="verify-fingerprint" />
          <SignerLine report={report} />
        </div>
      ) : null}
      {report.contentChecked ? (
        <table className="table verify-table">
          <caption className="verify-caption">{t('verify.table.caption', { count: report.files.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('verify.table.file')}</th>
              <th scope="col">{t('verify.table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {sortFiles(report.files).map((f) => (
              <tr key={f.name} data-status={f.status}>
                <td className="mono" translate="no">
                  {f.name}
                </td>
                <StatusCell status={f.status} />
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

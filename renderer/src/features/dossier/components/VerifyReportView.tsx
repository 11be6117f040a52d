import type { VerifyFileStatus, VerifyReport } from '../../../../../shared/dossier-types';
import { Banner } from '../../../components/ui/Banner';
import { useT } from '../../../i18n/i18n-context';
import { sortFiles } from '../logic';
import { HashCode } from './HashCode';

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

/** The verdict first (calm green or red), then signatures, the per-file table and the codes. */
export function VerifyReportView({ report }: { report: VerifyReport }) {
  const t = useT();
  const bad = report.files.filter((f) => f.status !== 'ok');
  return (
    <div className="stack-tight" data-testid="verify-report">
      {report.ok ? (
        <Banner tone="success" className="verdict">
          <p className="verdict-title">{t('verify.ok.title')}</p>
          <p>{t('verify.ok.body')}</p>
        </Banner>
      ) : (
        <Banner tone="error" className="verdict">
          <p className="verdict-title">{t('verify.bad.title')}</p>
          <p>{t('verify.bad.body')}</p>
          {bad.length ? <p>{t('verify.bad.files', { names: bad.map((f) => f.name).join(', ') })}</p> : null}
        </Banner>
      )}
      <ul className="verify-signatures">
        <SignatureLine file="manifest.json" state={report.manifestSignature} />
        <SignatureLine file="SHA256SUMS" state={report.sumsSignature} />
      </ul>
      {report.manifestSha256 ? (
        <div className="stack-tight">
          <p className="field-label">{t('verify.code')}</p>
          <HashCode hex={report.manifestSha256} label={t('verify.code')} testId="verify-hash" />
          <p className="muted">{t('verify.codeHelp')}</p>
        </div>
      ) : null}
      {report.publicKeyFingerprint ? (
        <div className="stack-tight">
          <p className="field-label">{t('verify.fingerprint')}</p>
          <HashCode hex={report.publicKeyFingerprint} label={t('verify.fingerprint')} size="small" testId="verify-fingerprint" />
        </div>
      ) : null}
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
      {report.problems.length ? (
        <details className="fold">
          <summary>{t('verify.problems', { count: report.problems.length })}</summary>
          <ul className="verify-problems" translate="no">
            {report.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

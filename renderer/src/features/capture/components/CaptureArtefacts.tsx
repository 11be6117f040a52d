import type { CaptureArtefact } from '../../../../../shared/capture-types';
import { useI18n } from '../../../i18n/i18n-context';
import { formatBytes } from '../../../lib/dates';

/** Every file of a capture with its SHA-256, and whether its bytes were kept or only its hash. */
export function CaptureArtefacts({ artefacts }: { artefacts: readonly CaptureArtefact[] }) {
  const { t, language } = useI18n();
  return (
    <div className="table-scroll">
      <table className="table" data-testid="capture-artefacts">
        <caption className="subsection-title">{t('webcap.details.artefacts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('webcap.details.file')}</th>
            <th scope="col">{t('webcap.details.sha256')}</th>
            <th scope="col">{t('webcap.details.size')}</th>
            <th scope="col">{t('webcap.details.kept')}</th>
          </tr>
        </thead>
        <tbody>
          {artefacts.map((a) => (
            <tr key={a.id}>
              <td>
                {t(`webcap.kind.${a.kind}`)}
                <br />
                <code translate="no">{a.fileName}</code>
              </td>
              <td className="mono hash-cell" translate="no">
                {a.sha256}
              </td>
              <td>{formatBytes(a.size, language)}</td>
              <td>{a.kept ? t('webcap.details.keptYes') : t('webcap.details.keptNo')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

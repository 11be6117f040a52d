import type { CaseSummary } from '../../../../../shared/case-types';
import { hrefForCase } from '../../../app/router';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';

/** The case list: the title links to the case; status is a calm badge, never red. */
export function CaseTable({ cases }: { cases: CaseSummary[] }) {
  const { t, language } = useI18n();
  return (
    <table className="table case-table">
      <caption className="sr-only">{t('cases.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cases.col.ref')}</th>
          <th scope="col">{t('cases.col.title')}</th>
          <th scope="col">{t('cases.col.category')}</th>
          <th scope="col">{t('cases.col.status')}</th>
          <th scope="col" className="num">
            {t('cases.col.items')}
          </th>
          <th scope="col">{t('cases.col.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={c.id}>
            <td className="nowrap mono">{c.ref}</td>
            <td>
              <a href={hrefForCase(c.id)}>{c.title}</a>
            </td>
            <td>{t(`case.category.${c.category}`)}</td>
            <td>
              <span className={`badge badge-${c.status}`}>{t(`case.status.${c.status}`)}</span>
            </td>
            <td className="num">{c.itemCount}</td>
            <td className="nowrap">{formatDateTime(c.updatedAt, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { Platform } from '../../../../../shared/platform-types';
import { Button } from '../../../components/ui/Button';
import { useT } from '../../../i18n/i18n-context';
import { platformLabel } from '../../takedowns/platform-label';

/** One group of the catalogue with an origin badge per entry (standaard / aangepast / eigen). */
export function PlatformTable({ title, platforms, onEdit, onReset }: { title: string; platforms: Platform[]; onEdit: (p: Platform) => void; onReset: (p: Platform) => void }) {
  const t = useT();
  return (
    <table className="table platform-table">
      <caption className="table-caption">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('platforms.col.name')}</th>
          <th scope="col">{t('platforms.col.origin')}</th>
          <th scope="col">{t('platforms.col.followUp')}</th>
          <th scope="col">{t('platforms.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {platforms.map((p) => {
          const name = platformLabel(t, p);
          return (
            <tr key={p.id} data-testid="platform-row" data-platform={p.id}>
              <th scope="row">{name}</th>
              <td>
                <span className={`badge origin-${p.origin}`}>{t(`platforms.origin.${p.origin}`)}</span>
              </td>
              <td className="nowrap">{t('platforms.days', { days: p.followUpDays })}</td>
              <td>
                <div className="actions">
                  <Button variant="link" onClick={() => onEdit(p)} aria-label={t('platforms.editLabel', { name })}>
                    {t('platforms.edit')}
                  </Button>
                  {p.origin === 'edited' ? (
                    <Button variant="link" onClick={() => onReset(p)} aria-label={t('platforms.resetLabel', { name })}>
                      {t('platforms.reset')}
                    </Button>
                  ) : null}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { isMessageKey } from '../../../i18n/catalogues';
import { useT } from '../../../i18n/i18n-context';
import { useCheckVault } from '../../vault/mutations';

/** Runs `vault:check` on request and lists each part as in order or with its problems. */
export function VaultCheckPanel() {
  const t = useT();
  const check = useCheckVault();
  const report = check.data;

  const itemLabel = (name: string) => {
    const key = `settings.check.item.${name}`;
    return isMessageKey(key) ? t(key) : name;
  };

  return (
    <div className="stack-tight">
      <p>{t('settings.check.intro')}</p>
      <div className="actions">
        <Button variant="secondary" onClick={() => check.mutate()} busy={check.isPending} busyLabel={t('settings.check.running')}>
          {t('settings.check.run')}
        </Button>
      </div>
      <ErrorBanner error={check.error} />
      {report ? (
        <>
          <Banner tone={report.ok ? 'success' : 'error'}>{report.ok ? t('settings.check.allOk') : t('settings.check.someBad')}</Banner>
          <ul className="check-list" aria-label={t('settings.check.title')}>
            {report.items.map((item) => (
              <li key={item.name} className={item.ok ? 'check-item check-ok' : 'check-item check-bad'}>
                <span className="check-name">{itemLabel(item.name)}</span>
                <span className="check-state">
                  {item.ok ? t('settings.check.itemOk', { checked: item.checked }) : t('settings.check.itemBad', { count: item.problems.length })}
                </span>
                {item.problems.length > 0 ? (
                  <details className="check-problems">
                    <summary>{t('common.details')}</summary>
                    <ul>
                      {item.problems.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

import { Button } from '../components/ui/Button';
import { useT } from '../i18n/i18n-context';

export function ErrorFallback({ onReload }: { onReload: () => void }) {
  const t = useT();
  return (
    <main className="auth-layout">
      <div className="auth-card stack" role="alert">
        <h1 className="page-title">{t('errorBoundary.title')}</h1>
        <p>{t('errorBoundary.body')}</p>
        <div className="actions">
          <Button onClick={onReload}>{t('errorBoundary.reload')}</Button>
        </div>
      </div>
    </main>
  );
}

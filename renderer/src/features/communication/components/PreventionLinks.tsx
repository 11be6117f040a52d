import { hrefForSettings } from '../../../app/router';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useSettings } from '../../settings/queries';
import { useOpenExternal } from '../../takedowns/mutations';

/**
 * Prevention pointers (issue 19 item 5): the school's own policy (the address it set in
 * Instellingen) and public guidance — Stop Pesten NU, Offlimits, Kennisnet. Each opens through
 * the shell's external-link rule (it asks first); the app fetches nothing itself.
 */
export const PUBLIC_GUIDANCE = [
  { id: 'stoppestennu', url: 'https://www.stoppestennu.nl/' },
  { id: 'offlimits', url: 'https://offlimits.nl/' },
  { id: 'kennisnet', url: 'https://www.kennisnet.nl/' },
] as const;

export function PreventionLinks({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = useT();
  const settings = useSettings();
  const open = useOpenExternal();
  const policy = settings.data?.policyUrl ?? '';
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="stack-tight prevention" aria-labelledby="prevention-title" data-testid="prevention">
      <H id="prevention-title" className={headingLevel === 2 ? 'section-title' : 'subsection-title'}>
        {t('prevention.title')}
      </H>
      <p>{t('prevention.intro')}</p>
      <ul className="prevention-list">
        <li>
          {policy ? (
            <Button variant="link" onClick={() => open.mutate(policy)}>
              {t('prevention.policy')}
            </Button>
          ) : (
            <span className="muted">
              {t('prevention.noPolicy')} <a href={hrefForSettings('communication')}>{t('prevention.setPolicy')}</a>
            </span>
          )}
        </li>
        {PUBLIC_GUIDANCE.map((g) => (
          <li key={g.id}>
            <Button variant="link" onClick={() => open.mutate(g.url)}>
              {t(`prevention.${g.id}`)}
            </Button>{' '}
            <span className="small muted">{t(`prevention.${g.id}.about`)}</span>
          </li>
        ))}
      </ul>
      <ErrorBanner error={open.error} />
    </section>
  );
}

import { hrefFor, ROUTES, type Route } from './router';
import { useT } from '../i18n/i18n-context';

export function MainNav({ current }: { current: Route }) {
  const t = useT();
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="nav-list">
        {ROUTES.map((route) => (
          <li key={route}>
            <a href={hrefFor(route)} className={route === current ? 'nav-link nav-link-active' : 'nav-link'} aria-current={route === current ? 'page' : undefined}>
              {t(`nav.${route}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n-context';

/**
 * Sub-navigation as links (each tab has its own address), marked with aria-current so
 * screen readers announce the open tab. The tabs stay on one row (issue 16 item 8: they
 * wrapped to two rows at 1280 px); where they do not fit, the row scrolls by itself, the open
 * tab is scrolled into view, and arrow buttons at the ends say that there is more. Those
 * buttons are for the mouse only: the keyboard reaches every tab with Tab, which scrolls too.
 */
export function TabNav({ label, tabs, current }: { label: string; tabs: readonly { id: string; href: string; label: string }[]; current: string }) {
  const t = useT();
  const list = useRef<HTMLUListElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  const measure = useCallback(() => {
    const el = list.current;
    if (!el) return;
    const left = el.scrollLeft > 1;
    const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setMore((m) => (m.left === left && m.right === right ? m : { left, right }));
  }, []);
  useEffect(() => {
    const el = list.current;
    if (!el) return;
    el.querySelector<HTMLElement>('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure, current]);
  const scrollBy = (dir: 1 | -1) => list.current?.scrollBy({ left: dir * list.current.clientWidth * 0.6, behavior: 'smooth' });
  return (
    <nav aria-label={label} className={['tabs', more.left ? 'tabs-more-left' : '', more.right ? 'tabs-more-right' : ''].filter(Boolean).join(' ')}>
      {more.left ? (
        <button type="button" className="tabs-scroll tabs-scroll-left" tabIndex={-1} aria-hidden="true" title={t('tabs.scrollLeft')} onClick={() => scrollBy(-1)}>
          ‹
        </button>
      ) : null}
      <ul className="tab-list" ref={list} onScroll={measure}>
        {tabs.map((tab) => (
          <li key={tab.id}>
            <a href={tab.href} className={tab.id === current ? 'tab tab-active' : 'tab'} aria-current={tab.id === current ? 'page' : undefined}>
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
      {more.right ? (
        <button type="button" className="tabs-scroll tabs-scroll-right" tabIndex={-1} aria-hidden="true" title={t('tabs.scrollRight')} onClick={() => scrollBy(1)}>
          ›
        </button>
      ) : null}
    </nav>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's (h1) or a step's (h2) heading. By default it takes focus when it mounts, so
 * keyboard and screen-reader users start at the top of what just appeared; pass
 * `focus={false}` where a field autofocuses instead.
 */
export function PageHeading({ children, focus = true, level = 1 }: { children: ReactNode; focus?: boolean; level?: 1 | 2 }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag ref={ref} tabIndex={-1} className={level === 1 ? 'page-title' : 'step-title'}>
      {children}
    </Tag>
  );
}

import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'error';

/** A calm message box. Errors are announced assertively, the rest politely. */
export function Banner({ tone = 'info', children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return (
    <div className={['banner', `banner-${tone}`, className].filter(Boolean).join(' ')} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

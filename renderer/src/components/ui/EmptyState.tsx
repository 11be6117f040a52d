import type { ReactNode } from 'react';

/** What will appear here, and the next step; used while a screen has no content yet. */
export function EmptyState({ title, body, next, action }: { title: string; body: string; next: string; action?: ReactNode }) {
  return (
    <section className="empty-state">
      <h2 className="empty-title">{title}</h2>
      <p>{body}</p>
      <p className="empty-next">{next}</p>
      {action ? <div className="empty-action">{action}</div> : null}
    </section>
  );
}

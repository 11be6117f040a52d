import { useT } from '../../i18n/i18n-context';

/** "Step 2 of 3" with the step names; the current one is marked for screen readers. */
export function Steps({ labels, current }: { labels: string[]; current: number }) {
  const t = useT();
  return (
    <nav className="steps" aria-label={t('common.stepOf', { step: current + 1, total: labels.length })}>
      <ol>
        {labels.map((label, i) => (
          <li key={label} className={i === current ? 'step step-current' : i < current ? 'step step-done' : 'step'} aria-current={i === current ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="step-label">{label}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

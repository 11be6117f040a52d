import type { VerifyProblem } from '../../../../../shared/dossier-types';
import type { Translate } from '../../../i18n/i18n-context';
import { useT } from '../../../i18n/i18n-context';
import { hexGroups } from '../logic';

/** A budget in bytes as "4 GiB" / "16 MiB". */
function limitText(bytes: number): string {
  return bytes % 1024 ** 3 === 0 ? `${bytes / 1024 ** 3} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
}

/** One problem of the checker as a sentence in the reader's language (the core sends codes, never words). */
export function problemText(t: Translate, p: VerifyProblem): string {
  const vars: Record<string, string | number> = { file: p.file ?? '', other: p.other ?? '', line: p.line ?? 0, count: p.count ?? 0 };
  if (p.limit !== undefined) vars.limit = limitText(p.limit);
  if (p.expected) vars.expected = hexGroups(p.expected).join(' ');
  if (p.actual) vars.actual = hexGroups(p.actual).join(' ');
  return t(`verify.problem.${p.code}`, vars);
}

/** "Wat er niet klopt": every problem in words; below, folded, the codes for a technical reader. */
export function VerifyProblems({ problems }: { problems: VerifyProblem[] }) {
  const t = useT();
  if (!problems.length) return null;
  return (
    <div className="stack-tight">
      <p className="field-label">{t('verify.problemList')}</p>
      <ul data-testid="verify-problems">
        {problems.map((p, i) => (
          <li key={i}>{problemText(t, p)}</li>
        ))}
      </ul>
      <details className="fold">
        <summary>{t('verify.problems', { count: problems.length })}</summary>
        <ul className="verify-problems" translate="no">
          {problems.map((p, i) => (
            <li key={i}>{[p.code, p.file, p.other].filter(Boolean).join(' ')}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

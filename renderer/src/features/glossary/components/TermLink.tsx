import { useId, type ReactNode } from 'react';
import { hrefForTerm } from '../../../app/router';
import { useT } from '../../../i18n/i18n-context';
import type { TermId } from '../terms';

/**
 * A word of the "Begrippen" page where it appears in the app (issue 19 item 4): a link to its
 * explanation, with the one-line explanation as a tooltip on hover and keyboard focus. The
 * tooltip is the link's accessible description (WAI-ARIA Authoring Practices, "Tooltip"
 * pattern), so a screen reader hears it without hovering; Escape is not needed because it
 * hides again when focus or the pointer leaves.
 */
export function TermLink({ term, children }: { term: TermId; children?: ReactNode }) {
  const t = useT();
  const tip = useId();
  return (
    <span className="term">
      <a href={hrefForTerm(term)} className="term-link" aria-describedby={tip} data-term={term}>
        {children ?? t(`glossary.${term}.term`)}
      </a>
      <span role="tooltip" id={tip} className="term-tip">
        {t(`glossary.${term}.short`)}
      </span>
    </span>
  );
}

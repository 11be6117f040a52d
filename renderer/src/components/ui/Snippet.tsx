import { parseSnippet } from '../../lib/snippet';

/** A search snippet with its matches in <mark>; all text goes through React's escaping. */
export function Snippet({ text }: { text: string }) {
  return (
    <span className="snippet">
      {parseSnippet(text).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}

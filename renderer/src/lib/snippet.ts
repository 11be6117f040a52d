/**
 * Search snippets from the core mark matches as "[term]" (FTS5 snippet()). Invariant: the
 * text is split into plain and marked parts only; nothing is ever parsed as HTML, so the
 * renderer shows it through React's escaping.
 */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = /\[([^[\]]*)\]/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), mark: false });
    if (m[1]) parts.push({ text: m[1], mark: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), mark: false });
  return parts;
}

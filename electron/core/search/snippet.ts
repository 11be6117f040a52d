/**
 * Search result snippets built in JavaScript from the indexed text: FTS5's snippet() would
 * need one MATCH per result row. Matching mirrors the index (unicode61, remove_diacritics 2):
 * words are runs of letters and digits, compared case- and accent-insensitively as prefixes;
 * only the matching words are marked [ ], so in "instagram.com/roddelpagina3b" just
 * "roddelpagina3b" is marked, as FTS5 would.
 */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const WORD = /[\p{L}\p{N}]+/gu;

export function makeSnippet(body: string, words: string[], maxTokens = 14): string {
  const terms = words.map(fold).filter((w) => w.length > 0);
  const isHit = (w: string) => terms.some((t) => fold(w).startsWith(t));
  const mark = (token: string) => token.replace(WORD, (w) => (isHit(w) ? `[${w}]` : w));
  const tokens = body.split(/\s+/).filter((t) => t.length > 0);
  const first = Math.max(0, tokens.findIndex((t) => (t.match(WORD) ?? []).some(isHit)));
  const start = Math.max(0, first - Math.floor(maxTokens / 3));
  const slice = tokens.slice(start, start + maxTokens).map(mark);
  return `${start > 0 ? '… ' : ''}${slice.join(' ')}${start + maxTokens < tokens.length ? ' …' : ''}`;
}

export function queryWords(text: string): string[] {
  return text.split(/[\s"'()*:^+\-.,;/\\?!&=<>@#]+/u).filter((w) => w.length > 0).slice(0, 12);
}

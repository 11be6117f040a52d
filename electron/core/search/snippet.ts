/**
 * Search result snippets built in JavaScript from the indexed text: FTS5's snippet() would
 * need one MATCH per result row. Matching mirrors the index (unicode61, remove_diacritics 2):
 * case- and accent-insensitive prefix matches of each query word; matches are marked [ ].
 */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function makeSnippet(body: string, words: string[], maxTokens = 14): string {
  const tokens = body.split(/(\s+)/).filter((t) => t.length > 0);
  const terms = words.map(fold).filter((w) => w.length > 0);
  const isHit = (t: string) => {
    const parts = fold(t).split(/[^\p{L}\p{N}]+/u);
    return terms.some((w) => parts.some((p) => p.startsWith(w)));
  };
  const words_ = tokens.filter((t) => !/^\s+$/.test(t));
  const first = Math.max(0, words_.findIndex(isHit));
  const start = Math.max(0, first - Math.floor(maxTokens / 3));
  const slice = words_.slice(start, start + maxTokens).map((t) => (isHit(t) ? `[${t}]` : t));
  return `${start > 0 ? '… ' : ''}${slice.join(' ')}${start + maxTokens < words_.length ? ' …' : ''}`;
}

export function queryWords(text: string): string[] {
  return text.split(/[\s"'()*:^+\-.,;/\\?!&=<>@#]+/u).filter((w) => w.length > 0).slice(0, 12);
}

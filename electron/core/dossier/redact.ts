/**
 * Replaces known names in a text by a label (issue 15 items 3 and 4): for the coordinator
 * profile and the access letter, the last line of defence behind leaving free text out.
 * Invariants: matching ignores case, accents and runs of whitespace ("ŞÜKRÜ  yilmaz" is
 * "Şükrü Yılmaz"); a name matches only as a whole word (Ann is not replaced inside Annemarie);
 * longer names are replaced first, so "Sanne Bakker" wins over "Sanne"; names shorter than two
 * letters are ignored (they would match everywhere). It cannot find a name it was not given
 * or an abbreviation ("Sanne B."): that is why free text is left out, not only redacted.
 */

const EXTRA: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

/** One character folded for comparison (may become two: ß -> ss; a combining mark becomes nothing). */
function foldChar(ch: string): string {
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return [...base].map((c) => EXTRA[c] ?? c).join('');
}

/** Accent-, case- and space-insensitive form of a name or text. */
export function foldText(x: string): string {
  return [...x.normalize('NFC')].map(foldChar).join('').replace(/\s+/g, ' ').trim();
}

const WORD = /[\p{L}\p{N}]/u;

export interface NameLabel {
  name: string;
  label: string;
}

export type Redactor = (text: string) => string;

interface Prepared {
  folded: string;
  label: string;
  /** Its place in the list given (a finder reports the entries themselves). */
  index: number;
}

/** The names that can be matched (two letters or more), longest first. */
function prepare(entries: readonly NameLabel[]): Prepared[] {
  return entries
    .map((e, index) => ({ folded: foldText(e.name), label: e.label, index }))
    .filter((e) => [...e.folded].filter((c) => WORD.test(c)).length >= 2)
    .sort((a, b) => b.folded.length - a.folded.length);
}

interface Cut {
  start: number;
  end: number;
  name: Prepared;
}

/** Where the names stand in the text, as indexes into its NFC characters, in text order, never overlapping. */
function cutsIn(text: string, names: readonly Prepared[]): { chars: string[]; cuts: Cut[] } {
  // The folded text with, for every folded character, the original index it came from.
  const chars = [...text.normalize('NFC')];
  let folded = '';
  const from: number[] = [];
  chars.forEach((ch, i) => {
    const f = /\s/.test(ch) ? ' ' : foldChar(ch);
    // Runs of whitespace fold to one space, as in the names.
    if (f === ' ' && folded.endsWith(' ')) return;
    for (const c of f) {
      folded += c;
      from.push(i);
    }
  });
  const taken = new Array<boolean>(chars.length).fill(false);
  const cuts: Cut[] = [];
  for (const n of names) {
    let at = folded.indexOf(n.folded);
    while (at >= 0) {
      const endF = at + n.folded.length;
      const before = at > 0 ? folded[at - 1]! : ' ';
      const after = endF < folded.length ? folded[endF]! : ' ';
      const start = from[at]!;
      const end = from[endF - 1]! + 1;
      if (!WORD.test(before) && !WORD.test(after) && !taken.slice(start, end).some(Boolean)) {
        for (let k = start; k < end; k++) taken[k] = true;
        cuts.push({ start, end, name: n });
      }
      at = folded.indexOf(n.folded, at + 1);
    }
  }
  cuts.sort((a, b) => a.start - b.start);
  return { chars, cuts };
}

export function makeRedactor(entries: readonly NameLabel[]): Redactor {
  const names = prepare(entries);
  if (names.length === 0) return (text) => text;
  return (text) => {
    if (!text) return text;
    const { chars, cuts } = cutsIn(text, names);
    if (cuts.length === 0) return text.normalize('NFC');
    let out = '';
    let pos = 0;
    for (const c of cuts) {
      out += chars.slice(pos, c.start).join('') + c.name.label;
      pos = c.end;
    }
    return out + chars.slice(pos).join('');
  };
}

/**
 * Which of the given names a text contains, by the redactor's rules (whole words, case,
 * accents and spacing ignored, longer names first): each entry found once, in the order given.
 * The message templates' minimisation check (message/minimise.ts) warns with it.
 */
export function makeNameFinder<T extends NameLabel>(entries: readonly T[]): (text: string) => { entries: T[]; count: number } {
  const names = prepare(entries);
  return (text) => {
    if (!text || names.length === 0) return { entries: [], count: 0 };
    const { cuts } = cutsIn(text, names);
    const found = new Set(cuts.map((c) => c.name.index));
    return { entries: entries.filter((_, i) => found.has(i)), count: cuts.length };
  };
}

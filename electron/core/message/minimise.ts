/**
 * Minimisation (issue 19 item 2; docs/communication.md "Minimisation"): a message to a group
 * (class, team, press) never names a person of the case. Names are every name and pseudonym
 * the vault holds for the case's persons: the name (or the account name recorded as a
 * pseudonym), the pseudonym the officer chose, and the role label the redacted profiles use
 * ("Slachtoffer A", "Victim A"). Matching is the redactor's (dossier/redact.ts): whole words,
 * case, accents and spacing ignored. The parts of a name (a first name or a surname of three
 * letters or more, not "van" or "der") are found too, but only to warn: "Groot" and "Roos" are
 * Dutch words, so a part alone never refuses a message or changes a draft.
 * Invariant: the contact person (role `contact`) is left out on purpose: a message exists to
 * tell people who that is. Everyone else, whatever their role, counts.
 */
import type { NameHit } from '../../../shared/message-types';
import type { Person } from '../../../shared/person-types';
import type { Db } from '../db/open';
import { letterOf } from '../dossier/case-people';
import { pdfText, label } from '../dossier/pdf/pdf-messages';
import { makeNameFinder, makeRedactor } from '../dossier/redact';
import { listPersons } from '../person/person-repo';

interface CaseName extends NameHit {
  label: string;
}

/** Dutch and other name particles ("tussenvoegsels"): never a name on their own. */
const PARTICLES = new Set(['van', 'der', 'den', 'het', 'ter', 'ten', 'von', 'del', 'della', 'dos', 'das', 'les', 'bin', 'ibn', 'aan', 'uit', 'voor', 'onder', 'over', 'bij']);

/** The parts of a name that could identify on their own: words of three letters or more that are not particles. */
function partsOf(name: string): string[] {
  const words = name.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  if (words.length < 2) return [];
  return words.filter((w) => [...w].filter((c) => /\p{L}/u.test(c)).length >= 3 && !PARTICLES.has(w.toLowerCase()));
}

/** Every name and pseudonym of the case's persons but the contact person's, each with whom it belongs to. */
export function caseNames(db: Db, caseId: string): CaseName[] {
  const persons = listPersons(db, caseId);
  const out: CaseName[] = [];
  persons.forEach((p: Person, i) => {
    if (p.role === 'contact') return;
    const hit = (name: string, part = false) => {
      if (name.trim()) out.push({ name: name.trim(), role: p.role, part, label: '' });
    };
    hit(p.name);
    hit(p.pseudonym);
    const letter = p.pseudonym.trim() || letterOf(i);
    for (const lang of ['nl', 'en'] as const) hit(`${label(pdfText(lang), 'role', p.role)} ${letter}`);
    for (const part of [...partsOf(p.name), ...partsOf(p.pseudonym)]) hit(part, true);
  });
  return out;
}

/** The persons a text names (whole names first, then parts of names), each name once. */
export function namesIn(text: string, names: readonly CaseName[]): NameHit[] {
  const found = makeNameFinder(names)(text).entries.map((n) => ({ name: n.name, role: n.role, part: n.part }));
  const seen = new Set<string>();
  return [...found.filter((h) => !h.part), ...found.filter((h) => h.part)].filter((h) => {
    const key = `${h.role}|${h.name}|${h.part}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The whole names and pseudonyms a text contains: what a group message refuses. */
export function wholeNamesIn(text: string, names: readonly CaseName[]): NameHit[] {
  return namesIn(text, names.filter((n) => !n.part));
}

/** The text with every whole name and pseudonym replaced by `marker`, and how many there were. */
export function withholdNames(text: string, names: readonly CaseName[], marker: string): { text: string; count: number } {
  const whole = names.filter((n) => !n.part);
  const find = makeNameFinder(whole);
  const count = find(text).count;
  if (count === 0) return { text, count };
  // A person called like a word of the marker ("Naam") must not come back through it.
  const safe = find(marker).count === 0 ? marker : '[…]';
  return { text: makeRedactor(whole.map((n) => ({ name: n.name, label: safe })))(text), count };
}

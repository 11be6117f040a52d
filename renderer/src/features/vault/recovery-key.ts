/**
 * Recovery-key text helpers. Keys look like `ABCD-EFGH-...`: groups of 4 joined by '-', in
 * Crockford base32, whose parser folds look-alikes (I/L -> 1, O -> 0). The typed check
 * folds the same way, so what the core would accept is accepted here too.
 */

export function groupsOf(key: string): string[] {
  return key.trim().split('-');
}

function fold(text: string): string {
  return text.trim().toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** Case-, whitespace- and look-alike-insensitive, because people copy keys by hand. */
export function matchesGroup(key: string, index: number, typed: string): boolean {
  const expected = groupsOf(key)[index];
  return !!expected && fold(typed) === fold(expected);
}

/**
 * Which groups to ask back (issue 16 item 7): `count` different positions drawn at random
 * (crypto.getRandomValues in the app; `random` in tests), in reading order, so the check is
 * not the last four characters the user just saw, and differs each time.
 */
export function pickGroups(total: number, count = 2, random: () => number = secureRandom): number[] {
  const pool = Array.from({ length: total }, (_, i) => i);
  const picked: number[] = [];
  while (picked.length < Math.min(count, total)) picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return picked.sort((a, b) => a - b);
}

function secureRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}

/**
 * Splits a key into lines of four groups for display; a line ends with its dash, so the
 * text content (what a screen reader reads or a test copies) is still the exact key.
 */
export function keyLines(key: string, groupsPerLine = 4): string[] {
  const groups = groupsOf(key);
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += groupsPerLine) {
    const end = i + groupsPerLine >= groups.length;
    lines.push(groups.slice(i, i + groupsPerLine).join('-') + (end ? '' : '-'));
  }
  return lines;
}

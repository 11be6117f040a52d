/**
 * Recovery-key text helpers. Keys look like `ABCD-EFGH-...`: groups of 4 joined by '-', in
 * Crockford base32, whose parser folds look-alikes (I/L -> 1, O -> 0). The typed check
 * folds the same way, so what the core would accept is accepted here too.
 */

export function lastGroup(key: string): string {
  const groups = key.trim().split('-');
  return groups[groups.length - 1] ?? '';
}

function fold(text: string): string {
  return text.trim().toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** Case-, whitespace- and look-alike-insensitive, because people copy keys by hand. */
export function matchesLastGroup(key: string, typed: string): boolean {
  const expected = fold(lastGroup(key));
  return expected.length > 0 && fold(typed) === expected;
}

/**
 * Splits a key into lines of four groups for display; a line ends with its dash, so the
 * text content (what a screen reader reads or a test copies) is still the exact key.
 */
export function keyLines(key: string, groupsPerLine = 4): string[] {
  const groups = key.trim().split('-');
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += groupsPerLine) {
    const end = i + groupsPerLine >= groups.length;
    lines.push(groups.slice(i, i + groupsPerLine).join('-') + (end ? '' : '-'));
  }
  return lines;
}

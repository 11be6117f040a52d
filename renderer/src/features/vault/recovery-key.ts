/** Recovery-key text helpers. Keys look like `ABCD-EFGH-...`: groups of 4 joined by '-'. */

export function lastGroup(key: string): string {
  const groups = key.trim().split('-');
  return groups[groups.length - 1] ?? '';
}

/** Case- and whitespace-insensitive, because people copy keys by hand. */
export function matchesLastGroup(key: string, typed: string): boolean {
  const expected = lastGroup(key).toUpperCase();
  return expected.length > 0 && typed.trim().toUpperCase() === expected;
}

/**
 * `{name}` placeholder filling, and `{name|one|other}` for a count with its noun: the number,
 * a space, then the singular when the number is exactly 1, else the plural ("1 bewijsstuk",
 * "2 bewijsstukken"). Invariant: unknown placeholders stay visible, never vanish.
 */
export type Vars = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** The names a template asks for, sorted (both forms), e.g. to check two languages agree. */
export function placeholderNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(PLACEHOLDER, (whole, name: string, one: string | undefined, other: string | undefined) => {
    if (!Object.prototype.hasOwnProperty.call(vars, name)) return whole;
    const value = vars[name]!;
    if (one === undefined || other === undefined) return String(value);
    return `${value} ${Number(value) === 1 ? one : other}`;
  });
}

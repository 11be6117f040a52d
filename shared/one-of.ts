/** Whether `v` is one of a const list's values, as a type guard (for values read from JSON, the URL or a form). */
export function isOneOf<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (list as readonly string[]).includes(v);
}

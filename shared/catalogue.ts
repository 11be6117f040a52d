/**
 * The one format for every text the app prints — the renderer, the dossier PDF, the CLI, the
 * shell's menu and dialogs, the DSA notice and the shared labels: a flat object of message key
 * to template, one per language, next to the code that prints it.
 *
 * Invariants:
 *  - Dutch is the source and defines the keys: `export const xNl = {...} as const satisfies Catalogue`;
 *    every other language is typed `TranslationOf<typeof xNl>`, so a missing or an extra key
 *    is a compile error.
 *  - A template is a string, never a function: values are filled only by shared/interpolate.ts
 *    (`{name}`, and `{n|one|other}` for a count with its noun), so every language can be
 *    checked for the same placeholders and a translator sees the whole sentence.
 *  - Files: Dutch in `<topic>-nl.ts` (the renderer's `nl*.ts`), English in `<topic>-en.ts`;
 *    tests/lint/catalogues.test.ts lists every catalogue, fails when a file that looks like
 *    one is not listed, and checks keys, placeholders and formal "u" for all of them.
 */
import type { Language } from './app-types';
import { interpolate, type Vars } from './interpolate';

/** Message key -> template. */
export type Catalogue = Readonly<Record<string, string>>;

/** Another language's catalogue for the Dutch source `Source`: exactly its keys, every value a string. */
export type TranslationOf<Source extends Catalogue> = Record<keyof Source, string>;

/** The keys of a catalogue, as the string union `t()` accepts. */
export type KeyOf<C extends Catalogue> = keyof C & string;

/** Looks a key up in one language's catalogue and fills its placeholders. */
export type Translate<K extends string> = (key: K, vars?: Vars) => string;

/**
 * `t(key, vars?)` over one language's catalogue. A key the catalogue lacks (only possible for
 * a key built at run time) is returned as itself, so it stays visible instead of printing
 * "undefined" (the same rule interpolate follows for unknown placeholders).
 */
export function translator<C extends Catalogue>(catalogue: C): Translate<KeyOf<C>> {
  return (key, vars) => interpolate((hasKey(catalogue, key) ? catalogue[key] : undefined) ?? key, vars);
}

/** One translator per language, for code that is handed a language (PDF, CLI, shell, notice). */
export function translators<K extends string>(byLanguage: Record<Language, Record<K, string>>): Record<Language, Translate<K>> {
  return { nl: translator(byLanguage.nl), en: translator(byLanguage.en) };
}

/** Whether `key` (built from data, e.g. `role.${value}` for a value read from a vault) is in the catalogue. */
export function hasKey<C extends Catalogue>(catalogue: C, key: string): key is KeyOf<C> {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** `catalogue` with every key behind `prefix`: how one catalogue's entries join another's key space. */
export type Prefixed<P extends string, C extends Catalogue> = { readonly [K in KeyOf<C> as `${P}${K}`]: C[K] };

export function prefixed<P extends string, C extends Catalogue>(prefix: P, catalogue: C): Prefixed<P, C> {
  return Object.fromEntries(Object.entries(catalogue).map(([key, text]) => [`${prefix}${key}`, text])) as Prefixed<P, C>;
}

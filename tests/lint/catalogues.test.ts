/**
 * Every text catalogue in the app, checked alike (the format: shared/catalogue.ts): English has
 * exactly the Dutch keys, each entry uses the same placeholder names in both languages, no
 * text is empty or padded, no number runs into a plural noun ("1 dagen"), and Dutch says "u",
 * never "je"/"jij"/"jouw".
 *
 * A new catalogue cannot be forgotten: CATALOGUES lists each one with its files, and a scan of
 * every source file under electron/, shared/ and renderer/src/ fails when a file is named like
 * a catalogue (`<topic>-nl.ts`, `nl-<part>.ts`), holds catalogue-shaped text (several
 * `key: 'words'` entries) or picks a text by language inline, unless CATALOGUES lists it.
 * The scanners are tested on fixtures first, so a scanner that finds nothing cannot pass.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../../shared/interpolate';
import { auditKindsEn } from '../../shared/i18n/audit-kinds-en';
import { auditKindsNl } from '../../shared/i18n/audit-kinds-nl';
import { errorReasonsEn } from '../../shared/i18n/error-reasons-en';
import { errorReasonsNl } from '../../shared/i18n/error-reasons-nl';
import { en as rendererEn } from '../../renderer/src/i18n/en';
import { nl as rendererNl } from '../../renderer/src/i18n/nl';
import { pdfEn } from '../../electron/core/dossier/pdf/pdf-messages-en';
import { pdfNl } from '../../electron/core/dossier/pdf/pdf-messages-nl';
import { cliEn } from '../../electron/cli/messages-en';
import { cliNl } from '../../electron/cli/messages-nl';
import { shellEn } from '../../electron/main/shell-messages-en';
import { shellNl } from '../../electron/main/shell-messages-nl';
import { noticeEn } from '../../electron/core/takedown/notice-templates-en';
import { noticeNl } from '../../electron/core/takedown/notice-templates-nl';
import { letterEn } from '../../electron/core/person/letter-messages-en';
import { letterNl } from '../../electron/core/person/letter-messages-nl';
import { draftWordsEn } from '../../electron/core/message/draft-words-en';
import { draftWordsNl } from '../../electron/core/message/draft-words-nl';

const ROOT = join(__dirname, '..', '..');

interface Registered {
  name: string;
  nl: Record<string, unknown>;
  en: Record<string, unknown>;
  /** Every file that holds this catalogue's text (relative to the project root). */
  files: string[];
}

const RENDERER_PARTS = ['capture', 'cases', 'communication', 'daily', 'glossary', 'dossier', 'evidence', 'people', 'platforms', 'protocol', 'takedowns', 'template'];

const CATALOGUES: Registered[] = [
  {
    name: 'renderer',
    nl: rendererNl,
    en: rendererEn,
    files: ['nl', 'en', ...RENDERER_PARTS.flatMap((p) => [`nl-${p}`, `en-${p}`])].map((f) => `renderer/src/i18n/${f}.ts`),
  },
  { name: 'audit kinds (shared)', nl: auditKindsNl, en: auditKindsEn, files: ['shared/i18n/audit-kinds-nl.ts', 'shared/i18n/audit-kinds-en.ts'] },
  { name: 'error reasons (shared)', nl: errorReasonsNl, en: errorReasonsEn, files: ['shared/i18n/error-reasons-nl.ts', 'shared/i18n/error-reasons-en.ts'] },
  { name: 'dossier PDF', nl: pdfNl, en: pdfEn, files: ['electron/core/dossier/pdf/pdf-messages-nl.ts', 'electron/core/dossier/pdf/pdf-messages-en.ts', 'electron/core/dossier/pdf/pdf-messages-police-nl.ts', 'electron/core/dossier/pdf/pdf-messages-police-en.ts'] },
  { name: 'CLI', nl: cliNl, en: cliEn, files: ['electron/cli/messages-nl.ts', 'electron/cli/messages-en.ts'] },
  { name: 'shell', nl: shellNl, en: shellEn, files: ['electron/main/shell-messages-nl.ts', 'electron/main/shell-messages-en.ts'] },
  { name: 'DSA notice', nl: noticeNl, en: noticeEn, files: ['electron/core/takedown/notice-templates-nl.ts', 'electron/core/takedown/notice-templates-en.ts'] },
  { name: 'access letter (art. 15 AVG)', nl: letterNl, en: letterEn, files: ['electron/core/person/letter-messages-nl.ts', 'electron/core/person/letter-messages-en.ts'] },
  { name: 'message drafts (issue 19)', nl: draftWordsNl, en: draftWordsEn, files: ['electron/core/message/draft-words-nl.ts', 'electron/core/message/draft-words-en.ts'] },
];

// --- scanners (pure functions over a file's name or text) ---

/** `audit-kinds-nl`, `nl`, `nl-cases`: the naming convention of catalogue files. */
function namedLikeCatalogue(path: string): boolean {
  const base = posix.basename(path).replace(/\.[^.]+$/, '');
  return /(^|-)(nl|en)(-|$)/.test(base);
}

/**
 * A property whose value is a string of words, or a function returning one (the formats this
 * replaced): `'x.y': 'Twee woorden'`, `key: "Zo'n tekst"`, `empty: () => 'Het bestand is leeg.'`.
 */
const PROSE_ENTRY = /^\s*(?:'[^']+'|"[^"]+"|[A-Za-z_$][\w$]*)\s*:\s*(?:\([^()]*\)\s*=>\s*)?(['"`])(?:(?!\1).)*?\p{L}+ \p{L}+/gmu;
/** How many prose entries it takes to look like a catalogue (the app's other files hold at most one or two). */
const CATALOGUE_SHAPE = 3;

function looksLikeCatalogue(source: string): boolean {
  return (source.match(PROSE_ENTRY)?.length ?? 0) >= CATALOGUE_SHAPE;
}

/** Text chosen by language in code: `{ nl: 'Tekst', en: 'Text' }` or `lang === 'nl' ? 'Betrokkene' : 'Person'`. */
const INLINE_BY_LANGUAGE = [
  /\bnl\s*:\s*(['"`])[^'"`\n]*\p{L}{3,}[^'"`\n]*\1\s*,\s*en\s*:/u,
  // Quoted words only: a template literal here is a format ("${day}-${month}"), not text.
  /===\s*'(?:nl|en)'\s*\?\s*(['"])[^'"`\n]*\p{L}{3,}[^'"`\n]*\1\s*:/u,
];

function picksTextByLanguage(source: string): boolean {
  return INLINE_BY_LANGUAGE.some((re) => re.test(source));
}

/** Informal Dutch address, as whole words ("jeugd", "jezus" and "bijeen" are fine). */
const INFORMAL = /(?<![\p{L}\p{N}])(je|jij|jou|jouw|jouwe|jezelf|jullie)(?![\p{L}\p{N}])/iu;

/** A plain placeholder directly followed by a plural noun prints "1 dagen": counts use {n|one|other}. */
const NUMBER_BEFORE_PLURAL = /\{\w+\} (dagen|days|bewijsstukken|evidence items|zaken|cases|regels|lines|stappen|steps|bestanden|files|betrokkenen|verwijderverzoeken|takedown requests|pagina's|pages|afbeeldingen|images)\b/;

function sourceFiles(): string[] {
  const dirs = ['electron', 'shared', join('renderer', 'src')];
  return dirs
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)))
    .filter((f) => /\.(ts|tsx|mts|cts)$/.test(f) && !f.split(sep).includes('node_modules'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

describe('catalogue scanners (fixtures)', () => {
  it('find catalogue-named files, catalogue-shaped text and inline language choices, and pass ordinary code', () => {
    expect(['a/b/help-nl.ts', 'a/nl.ts', 'a/en-cases.ts', 'x/audit-kinds-en.ts'].every(namedLikeCatalogue)).toBe(true);
    expect(['a/token.ts', 'a/screen-recording.ts', 'a/enl.ts', 'a/open-file.ts', 'a/hidden.ts'].some(namedLikeCatalogue)).toBe(false);

    const legacy = "const nl = {\n  title: 'Een titel hier',\n  body: 'Nog een zin',\n  'x.y': \"Zo'n derde zin\",\n};";
    expect(looksLikeCatalogue(legacy)).toBe(true);
    expect(looksLikeCatalogue("const nl = {\n  empty: () => 'Het bestand is leeg.',\n  big: (v) => `Groter dan ${v.mb} MB`,\n  seen: (label: string) => `Het bewijsstuk ${label}`,\n};")).toBe(true);
    const code = "const EXT = { 'image/png': 'png', 'text/plain': 'txt' };\nthrow new AppError('VALIDATION', 'A notice needs a URL.');\nconst o = { message: 'one two' };";
    expect(looksLikeCatalogue(code)).toBe(false);

    expect(picksTextByLanguage("const AVG = {\n  nl: 'De verspreiding van deze gegevens',\n  en: 'Spreading this data',\n};")).toBe(true);
    expect(picksTextByLanguage("name: `${lang === 'nl' ? 'Betrokkene' : 'Person'} ${i + 1}`")).toBe(true);
    expect(picksTextByLanguage("lang: data.lang === 'nl' ? 'nl-NL' : 'en-GB',\nconst blank = () => ({ nl: '', en: '' });\nreturn lang === 'nl' ? `${p.day}-${p.month}` : date;")).toBe(false);

    expect(INFORMAL.test('Heb je de link?')).toBe(true);
    expect(INFORMAL.test('Jouw kluis')).toBe(true);
    expect(INFORMAL.test('Hulp voor de jeugd; bijeen; Heeft u de link?')).toBe(false);
  });
});

describe('the catalogue registry is complete', () => {
  const files = sourceFiles();
  const registered = new Set(CATALOGUES.flatMap((c) => c.files));

  it('lists only files that exist, each named like a catalogue', () => {
    for (const f of registered) {
      expect(files, f).toContain(f);
      expect(namedLikeCatalogue(f), f).toBe(true);
    }
  });

  it('no other source file is named like a catalogue, looks like one or picks a text by language', () => {
    expect(files.length).toBeGreaterThan(100); // the scan really read the source tree
    const unlisted = files
      .filter((f) => !registered.has(f))
      .filter((f) => {
        const text = readFileSync(join(ROOT, f), 'utf8');
        return namedLikeCatalogue(f) || looksLikeCatalogue(text) || picksTextByLanguage(text);
      });
    expect(unlisted, 'text outside a registered catalogue: move it into one and add it to CATALOGUES').toEqual([]);
  });
});

describe.each(CATALOGUES)('catalogue: $name', ({ nl, en }) => {
  it('has the same keys in English as in Dutch, and only string templates', () => {
    const nlKeys = Object.keys(nl).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys.filter((k) => !nlKeys.includes(k)), 'keys only in en').toEqual([]);
    expect(nlKeys.filter((k) => !enKeys.includes(k)), 'keys only in nl').toEqual([]);
    const notText = [...Object.entries(nl), ...Object.entries(en)].filter(([, v]) => typeof v !== 'string').map(([k]) => k);
    expect(notText, 'a template is a string: placeholders, never functions').toEqual([]);
  });

  it('uses the same placeholder names in both languages, entry by entry', () => {
    const differ = Object.keys(nl).filter((key) => placeholderNames(String(nl[key])).join() !== placeholderNames(String(en[key])).join());
    expect(differ).toEqual([]);
  });

  it('has no empty or untrimmed texts, and no number before a plural noun', () => {
    for (const [lang, catalogue] of [['nl', nl], ['en', en]] as const) {
      const texts = Object.entries(catalogue).map(([k, v]) => [k, String(v)] as const);
      expect(texts.filter(([, t]) => t.trim() === '' || t !== t.trim()).map(([k]) => `${lang}:${k}`)).toEqual([]);
      expect(texts.filter(([, t]) => NUMBER_BEFORE_PLURAL.test(t)).map(([k]) => `${lang}:${k}`)).toEqual([]);
    }
  });

  it('addresses the reader as "u" in Dutch, never "je", "jij" or "jouw"', () => {
    const informal = Object.entries(nl).filter(([, v]) => INFORMAL.test(String(v)));
    expect(informal).toEqual([]);
  });
});

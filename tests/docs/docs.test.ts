/**
 * The design pages in docs/ cannot go stale silently (docs/architecture.md "Tests"):
 *  - every repository path a page names in backticks exists; a path with a placeholder or a
 *    glob (`shared/contract-<domain>.ts`, `tests/docs/**`) must match at least one file, and
 *    a path ending in `/` must be a folder;
 *  - every relative link between the pages resolves, anchors included;
 *  - every citation of a page in the sources names a page that exists, and when it quotes a
 *    section right after the page (`docs/ux.md "Privacy on screen"`) that page has exactly that
 *    heading;
 *  - nothing cites the early design notes that lived outside the repository.
 * Each scanner is tried on fixtures first, so a scanner that finds nothing cannot pass.
 * Reads the working tree only (no git), so it runs on any checkout.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const DOCS = join(ROOT, 'docs');

/** Top-level folders whose paths the pages may name (build output such as out/ is not checked). */
const TOP = ['electron', 'shared', 'renderer', 'tests', 'resources', 'scripts', 'bench', 'docs', '.ci', '.github'];
/** Files at the root that the pages may name without a folder. */
const ROOT_FILE = /^(package\.json|package-lock\.json|README\.md|LICENSE|electron-builder\.yml|\.nvmrc|tsconfig[\w.]*\.json|[\w.-]+\.config\.[cm]?[jt]s|eslint\.config\.mjs)$/;
/** Never walked. */
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'release', 'test-results', 'test-reports', 'playwright-report', '.git']);
/** Files whose text may cite a page (comments, strings, seed data, configs). */
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|cjs|mjs|css|html|json|ya?ml|md|sh)$/;

const toPosix = (p: string) => p.split(sep).join('/');

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) walk(full, out);
    else if (st.isFile()) out.push(toPosix(relative(ROOT, full)));
  }
  return out;
}

const filesUnder = new Map<string, string[]>();
function repoFiles(top: string): string[] {
  let files = filesUnder.get(top);
  if (!files) {
    files = walk(join(ROOT, top));
    filesUnder.set(top, files);
  }
  return files;
}

// --- scanners (pure functions over text) ---

/** Text outside fenced code blocks. */
function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '');
}

/** The backticked spans of a page that are repository paths. */
export function repoPathsIn(markdown: string): string[] {
  const out: string[] = [];
  for (const m of prose(markdown).matchAll(/`([^`\n]+)`/g)) {
    const token = m[1]!;
    if (/\s/.test(token)) continue;
    const first = token.split('/')[0]!;
    if ((token.includes('/') && TOP.includes(first)) || ROOT_FILE.test(token)) out.push(token);
  }
  return out;
}

/** `a/{b,c}/d` -> `a/b/d`, `a/c/d` (one level of braces is all the pages use). */
function expandBraces(path: string): string[] {
  const m = /\{([^{}]*)\}/.exec(path);
  if (!m) return [path];
  return m[1]!.split(',').flatMap((alt) => expandBraces(path.slice(0, m.index) + alt + path.slice(m.index + m[0].length)));
}

/** A placeholder (`<domain>`) or glob (`*`, `**`) as a regular expression over repository paths. */
function patternRegex(path: string): RegExp {
  let re = '';
  for (let i = 0; i < path.length; i++) {
    const ch = path[i]!;
    if (ch === '<') {
      const end = path.indexOf('>', i);
      re += '[^/]+';
      i = end < 0 ? path.length : end;
    } else if (ch === '*' && path[i + 1] === '*') {
      // `**/` is any number of folders, none included.
      const folders = path[i + 2] === '/';
      re += folders ? '(?:.*/)?' : '.*';
      i += folders ? 2 : 1;
    } else if (ch === '*') re += '[^/]*';
    else re += ch.replace(/[.+?^$()|[\]\\]/g, '\\$&');
  }
  // A folder pattern (`features/<name>/`) matches any file inside such a folder.
  return new RegExp(`^${re}${path.endsWith('/') ? '.*' : ''}$`);
}

/** Why `path` does not name something in the repository, or null when it does. */
function missing(path: string): string | null {
  for (const p of expandBraces(path)) {
    if (/[<*]/.test(p)) {
      const re = patternRegex(p);
      if (!repoFiles(p.split('/')[0]!).some((f) => re.test(f))) return `${p} matches no file`;
      continue;
    }
    const full = join(ROOT, p.replace(/\/$/, ''));
    if (!existsSync(full)) return `${p} does not exist`;
    if (p.endsWith('/') && !statSync(full).isDirectory()) return `${p} is not a folder`;
  }
  return null;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export function headingsOf(markdown: string): string[] {
  return [...prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]!);
}

/** Relative links of a page: `[text](target)` with no scheme. */
export function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/i.test(t));
}

export interface Citation {
  page: string;
  section: string | null;
}

/**
 * Citations of a page in source text: `docs/<page>.md`, optionally followed by a quoted
 * section. Comment continuations (` * `, `// `, `# `, `-- `) are joined first, so a quote
 * broken over two comment lines is still read whole. A URL ending in docs/x.md is not one.
 */
export function citationsIn(text: string): Citation[] {
  const joined = text.replace(/\n[ \t]*(?:\*(?!\/)|\/\/|#|--)?[ \t]*/g, ' ');
  return [...joined.matchAll(/(?<![\w/.-])docs\/([\w./-]+?\.md)(?:\s+(["'])(.+?)\2)?/g)].map((m) => ({ page: m[1]!, section: m[3] ?? null }));
}

const OLD_NOTES = ['UX', 'DOMAIN', 'PDQ', 'ARCHITECTURE', 'STYLE', 'TOOLCHAIN'];
/** The early notes by name (`UX.md`), or their folder outside the repository. */
const OLD_CITATION = new RegExp(`\\b(?:${OLD_NOTES.join('|')})\\.md\\b|shared/docs\\b`);

/**
 * Files that may still cite the old notes, each with the reason. Another change owns them;
 * once a file here no longer cites the notes the test asks for its removal, so the list only
 * shrinks.
 */
const OLD_CITATION_ALLOWED: Record<string, string> = {};

// --- the scanners on fixtures ---

describe('the docs scanners', () => {
  it('find repository paths in backticks, and only those', () => {
    const page = [
      'See `electron/core/vault/lock.ts`, `shared/contract-<domain>.ts` and `renderer/src/{app,pages}/`.',
      'Also `package.json`, `eslint.config.mjs`, `vitest.config.mts`, `tsconfig.node.json`.',
      'Not paths: `vault:lock`, `vault.json`, `out/renderer`, `blobs/`, `npm run web`, `app://`.',
      '```',
      '`electron/in/a/fence.ts`',
      '```',
    ].join('\n');
    expect(repoPathsIn(page)).toEqual([
      'electron/core/vault/lock.ts',
      'shared/contract-<domain>.ts',
      'renderer/src/{app,pages}/',
      'package.json',
      'eslint.config.mjs',
      'vitest.config.mts',
      'tsconfig.node.json',
    ]);
  });

  it('tell a real path from a stale one', () => {
    expect(missing('electron/core/vault/lock.ts')).toBeNull();
    expect(missing('electron/core/vault/')).toBeNull();
    expect(missing('shared/contract-<domain>.ts')).toBeNull();
    expect(missing('renderer/src/{app,pages}/')).toBeNull();
    expect(missing('tests/core/**/*.test.ts')).toBeNull();
    expect(missing('electron/core/vault/no-such-file.ts')).toMatch(/does not exist/);
    expect(missing('electron/core/vault/lock.ts/')).toMatch(/not a folder/);
    expect(missing('shared/no-such-<domain>.ts')).toMatch(/matches no file/);
    expect(missing('renderer/src/{app,no-such-folder}/')).toMatch(/no-such-folder/);
  });

  it('read headings, anchors and links', () => {
    const page = '# Title\n\n## Where is…\n\n### Step 6: DCT\n\nSee [x](other.md#storage-and-keys) and [y](https://example.org/a.md).\n';
    expect(headingsOf(page)).toEqual(['Title', 'Where is…', 'Step 6: DCT']);
    expect(slug('Where is…')).toBe('where-is');
    expect(slug('Step 6: DCT')).toBe('step-6-dct');
    expect(slug('Storage and keys')).toBe('storage-and-keys');
    expect(relativeLinks(page)).toEqual(['other.md#storage-and-keys']);
  });

  it('read citations with and without a section, also across comment lines, and skip URLs', () => {
    const src = [
      '/**',
      ' * The window title (docs/ux.md "Privacy on screen"); see also docs/architecture.md.',
      ' * Police compare times (docs/domain.md "What police',
      ' * want"), https://example.org/docs/readme.md is a URL.',
      ' */',
      '# The CI entry point (docs/toolchain.md "The CI entry point").',
      '  "source": "... see docs/domain.md \'The step plan\'."',
    ].join('\n');
    expect(citationsIn(src)).toEqual([
      { page: 'ux.md', section: 'Privacy on screen' },
      { page: 'architecture.md', section: null },
      { page: 'domain.md', section: 'What police want' },
      { page: 'toolchain.md', section: 'The CI entry point' },
      { page: 'domain.md', section: 'The step plan' },
    ]);
  });

  it('recognise a citation of the old notes', () => {
    expect(OLD_CITATION.test('(UX.md "Calm by default")')).toBe(true);
    expect(OLD_CITATION.test('docs/TOOLCHAIN.md "Electron"')).toBe(true);
    expect(OLD_CITATION.test('See `../shared/docs/ARCHITECTURE.md`')).toBe(true);
    expect(OLD_CITATION.test('docs/ux.md "Calm by default", docs/pdq.md')).toBe(false);
  });
});

// --- the real pages and sources ---

const pages = walk(DOCS).filter((f) => f.endsWith('.md'));
const pageText = new Map(pages.map((p) => [p, readFileSync(join(ROOT, p), 'utf8')]));

describe('docs/', () => {
  it('has the design pages and the decision records', () => {
    for (const p of ['architecture.md', 'domain.md', 'ux.md', 'pdq.md', 'toolchain.md', 'decisions/README.md']) expect(pages).toContain(`docs/${p}`);
    expect(pages.filter((p) => p.startsWith('docs/decisions/0')).length).toBeGreaterThanOrEqual(7);
  });

  it('names only repository paths that exist', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [page, text] of pageText) {
      for (const path of repoPathsIn(text)) {
        checked++;
        const why = missing(path);
        if (why) problems.push(`${page}: \`${path}\`: ${why}`);
      }
    }
    expect(problems).toEqual([]);
    // The architecture map alone names well over a hundred: guard against a scan that finds nothing.
    expect(checked).toBeGreaterThan(150);
  });

  it('links only to pages and headings that exist', () => {
    const problems: string[] = [];
    for (const [page, text] of pageText) {
      for (const link of relativeLinks(text)) {
        const [target, anchor] = link.split('#') as [string, string | undefined];
        const file = target ? toPosix(relative(ROOT, resolve(join(ROOT, dirname(page)), target))) : page;
        if (!existsSync(join(ROOT, file))) {
          problems.push(`${page}: link ${link}: ${file} does not exist`);
          continue;
        }
        if (anchor && file.endsWith('.md') && !headingsOf(readFileSync(join(ROOT, file), 'utf8')).map(slug).includes(anchor)) {
          problems.push(`${page}: link ${link}: no heading with that anchor in ${file}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every decision record its context, decision and consequences', () => {
    for (const page of pages.filter((p) => /^docs\/decisions\/\d{4}-/.test(p))) {
      expect(headingsOf(pageText.get(page)!), page).toEqual(expect.arrayContaining(['Context', 'Decision', 'Consequences']));
    }
  });
});

const ROOT_ENTRIES = readdirSync(ROOT).filter((n) => !SKIP_DIRS.has(n) && statSync(join(ROOT, n)).isFile());
/** Every text file that may cite a page; this file's own fixtures excepted. */
const SELF = toPosix(relative(ROOT, __filename));
const sources = [...TOP.flatMap((top) => repoFiles(top)), ...ROOT_ENTRIES].filter((f) => f !== SELF && (SOURCE_FILE.test(f) || f === '.ci/run'));

describe('citations of docs/ in the sources', () => {
  it('name pages and sections that exist', () => {
    const problems: string[] = [];
    let cited = 0;
    for (const file of sources) {
      for (const c of citationsIn(readFileSync(join(ROOT, file), 'utf8'))) {
        cited++;
        const text = pageText.get(`docs/${c.page}`);
        if (text === undefined) problems.push(`${file}: docs/${c.page} does not exist`);
        else if (c.section !== null && !headingsOf(text).includes(c.section)) problems.push(`${file}: docs/${c.page} has no section "${c.section}"`);
      }
    }
    expect(problems).toEqual([]);
    expect(cited).toBeGreaterThan(60);
  });

  it('never cite the early notes that lived outside the repository', () => {
    const stale = sources.filter((f) => OLD_CITATION.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(stale.filter((f) => !(f in OLD_CITATION_ALLOWED))).toEqual([]);
    for (const [file, why] of Object.entries(OLD_CITATION_ALLOWED)) {
      expect(stale, `${file} no longer cites the old notes: remove it from OLD_CITATION_ALLOWED (${why})`).toContain(file);
    }
  });
});

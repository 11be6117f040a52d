/**
 * Proves the import boundaries in eslint.config.mjs are enforced: for every side, each kind of
 * refused import (static, export-from, type-only, `import()`, `require()`) is an error from
 * the rule meant to catch it, and the imports the side needs pass with no message at all.
 *
 * Fixtures are source strings linted as if they lived at a path (ESLint's `lintText` with a
 * virtual `filePath`): no fixture file exists, so `npm run lint` never sees them. One ESLint
 * instance is reused; the config has no type-aware rules, so a lint is a few milliseconds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.mjs') });
});

async function lint(code: string, filePath: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  return result.messages;
}

/** The rules this test is about; fixtures may also trip unrelated ones (no-require-imports). */
const BOUNDARY_RULES = new Set(['boundaries/imports', 'boundaries/node-prefix', 'boundaries/computed-import', 'no-restricted-globals', 'no-restricted-properties']);
const boundaryFindings = (messages: Linter.LintMessage[]) =>
  messages.filter((m) => m.fatal || (m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId))).map((m) => `${m.ruleId ?? 'fatal'}/${m.messageId ?? m.message}`);

/** [source, expected `rule/messageId`] */
type Refused = [code: string, finding: string];

// Shorthands for the expected findings.
const PACKAGE = 'boundaries/imports/package';
const AREA = 'boundaries/imports/area';
const FORBIDDEN = 'boundaries/imports/forbidden';
const PREFIX = 'boundaries/node-prefix/bare';
const COMPUTED = 'boundaries/computed-import/computed';
const GLOBAL = 'no-restricted-globals/customMessage';
const PROPERTY = 'no-restricted-properties/restrictedObjectProperty';

interface Side {
  name: string;
  /** Where the fixture pretends to live. */
  file: string;
  refused: Refused[];
  /** Each must lint with no message from any rule. */
  allowed: string[];
}

const SIDES: Side[] = [
  {
    name: 'renderer',
    file: 'renderer/src/features/cases/components/Fixture.tsx',
    refused: [
      ["import 'electron';", PACKAGE],
      ["import { readFile } from 'node:fs';", PACKAGE],
      // A bare built-in is refused as a package on the renderer, not merely asked for a prefix.
      ["import 'fs';", PACKAGE],
      ["import 'sharp';", PACKAGE],
      ["import 'better-sqlite3-multiple-ciphers';", PACKAGE],
      ["import 'pdfkit';", PACKAGE],
      ["import 'yauzl';", PACKAGE],
      ["import 'yazl';", PACKAGE],
      // Not listed means refused: a package nobody thought to forbid.
      ["import 'lodash';", PACKAGE],
      ["import type { BrowserWindow } from 'electron';", PACKAGE],
      ["export type W = import('electron').BrowserWindow;", PACKAGE],
      ["import '../../../../../electron/core/create-core';", AREA],
      ["import '../../../../../electron/main/window';", AREA],
      ["import '../../../../../electron/preload/index';", AREA],
      ["export * from '../../../../../electron/core/errors';", AREA],
      ["export { x } from '../../../../../electron/bridge/server';", AREA],
      ["import '../../../lib/http-bridge';", FORBIDDEN],
      // Dynamic import and require see the same list.
      ["export const m = import('sharp');", PACKAGE],
      ['export const m = import(`node:fs`);', PACKAGE],
      ["export const m = import('../../../../../electron/core/create-core');", AREA],
      ["export const m = require('fs');", PACKAGE],
      ['export const load = (name: string) => import(name);', COMPUTED],
      ['export const load = (name: string) => import(`../${name}`);', COMPUTED],
      ['export const load = (name: string) => require(name);', COMPUTED],
      // Only lib/api.ts reaches the app.
      ["export const r = fetch('/api');", GLOBAL],
      ["export const s = new EventSource('/events');", GLOBAL],
      ['export const a = window.api;', PROPERTY],
    ],
    allowed: [
      "import 'react';",
      "import 'react-dom/client';",
      "import '@tanstack/react-query';",
      "import 'zod';",
      "import '../../../../../shared/contract';",
      "import '../../../lib/api';",
      "import '../../../components/ui/Button';",
      "import '../../dossier/queries';",
      "import './Other.css';",
      "export const m = import('react');",
      "import type { Language } from '../../../../../shared/domain';\nexport type T = Language;",
    ],
  },
  {
    name: 'renderer lib/api.ts (the one place that picks the transport)',
    file: 'renderer/src/lib/api.ts',
    refused: [
      ["import 'electron';", PACKAGE],
      ["import '../../../electron/core/create-core';", AREA],
    ],
    allowed: ["import './http-bridge';", 'export const a = window.api;'],
  },
  {
    name: 'renderer lib/http-bridge.ts (the HTTP transport)',
    file: 'renderer/src/lib/http-bridge.ts',
    refused: [["import 'node:http';", PACKAGE]],
    allowed: ["export const r = fetch('/api');"],
  },
  {
    name: 'components/ui',
    file: 'renderer/src/components/ui/Fixture.tsx',
    refused: [
      ["import { useQuery } from '@tanstack/react-query';", PACKAGE],
      ["import { call } from '../../lib/api';", AREA],
      // A hook over the API is the API.
      ["import { useHostDialog } from '../../lib/host-dialog';", AREA],
      ["import '../../lib/http-bridge';", AREA],
      ["import { useCase } from '../../features/cases/queries';", AREA],
      ["import '../../pages/CasePage';", AREA],
      ["export const m = import('../../lib/api');", AREA],
      ["import 'electron';", PACKAGE],
      ["export const r = fetch('/api');", GLOBAL],
    ],
    allowed: [
      "import 'react';",
      "import './Button';",
      "import '../../i18n/i18n-context';",
      "import '../../lib/api-error';",
      "import '../../lib/snippet';",
      "import '../../../../shared/errors';",
    ],
  },
  {
    name: 'shared/',
    file: 'shared/fixture.ts',
    refused: [
      ["import 'node:crypto';", PACKAGE],
      ["import 'crypto';", PACKAGE],
      ["import 'electron';", PACKAGE],
      ["import 'react';", PACKAGE],
      ["import 'sharp';", PACKAGE],
      ["import '../electron/core/errors';", AREA],
      ["import '../electron/main/window';", AREA],
      ["import '../renderer/src/lib/api';", AREA],
      ["export const m = import('node:crypto');", PACKAGE],
      ["export const m = require('node:crypto');", PACKAGE],
      ['export const load = (name: string) => import(name);', COMPUTED],
    ],
    allowed: ["import 'zod';", "import { z } from 'zod';\nexport const s = z.string();", "import './errors';", "export * from './errors';", "export const m = import('./errors');"],
  },
  {
    name: 'preload',
    file: 'electron/preload/fixture.ts',
    refused: [
      ["import 'node:fs';", PACKAGE],
      ["import 'fs';", PACKAGE],
      ["import 'zod';", PACKAGE],
      ["import '../core/errors';", AREA],
      ["import '../main/window';", AREA],
      ["import '../bridge/server';", AREA],
      ["import '../../renderer/src/lib/api';", AREA],
      ["export const m = require('node:path');", PACKAGE],
      ["export const m = import('../core/errors');", AREA],
      ['export const load = (name: string) => import(name);', COMPUTED],
      ['export const load = (name: string) => require(name);', COMPUTED],
    ],
    allowed: ["import 'electron';", "import '../../shared/transport';", "import type { Result } from '../../shared/errors';\nexport type R = Result<number>;", "import './other';"],
  },
  {
    name: 'core',
    file: 'electron/core/evidence/fixture.ts',
    refused: [
      ["import 'electron';", PACKAGE],
      ["import type { App } from 'electron';", PACKAGE],
      ["import '../../main/window';", AREA],
      ["import '../../bridge/server';", AREA],
      ["import '../../cli/main';", AREA],
      ["import '../../preload/index';", AREA],
      ["import '../../../renderer/src/lib/api';", AREA],
      ["import 'react';", PACKAGE],
      // The engine speaks CDP through an interface; the drivers live in main and the bridge.
      ["import { chromium } from 'playwright-core';", PACKAGE],
      ["export const m = import('electron');", PACKAGE],
      ["export const m = import('../../main/window');", AREA],
      ["export const m = require('electron');", PACKAGE],
      ["import electron = require('electron');\nexport { electron };", PACKAGE],
      // Built-ins take the prefix; the allow-list itself does not report them twice.
      ["import { readFile } from 'fs';\nexport { readFile };", PREFIX],
      ["import 'fs/promises';", PREFIX],
      ["export const m = import('path');", PREFIX],
      ['export const load = (name: string) => import(name);', COMPUTED],
    ],
    allowed: [
      "import 'node:fs';",
      "import 'node:fs/promises';",
      "import 'zod';",
      "import 'sharp';",
      "import 'better-sqlite3-multiple-ciphers';",
      "import 'pdfkit';",
      "import 'yauzl';",
      "import 'yazl';",
      "import './sniff';",
      "import '../db/open';",
      "import '../../../shared/contract';",
      "import '../../../resources/platforms.json';",
      "export const m = import('node:worker_threads');",
    ],
  },
  {
    name: 'main',
    file: 'electron/main/fixture.ts',
    refused: [
      ["import '../bridge/server';", AREA],
      ["import '../cli/main';", AREA],
      ["export const m = import('../bridge/server');", AREA],
      ["export const m = require('../cli/main');", AREA],
      ["import '../preload/index';", AREA],
      ["import '../../renderer/src/lib/api';", AREA],
      ["import 'sharp';", PACKAGE],
      ["import 'path';", PREFIX],
      ['export const load = (name: string) => import(name);', COMPUTED],
    ],
    allowed: ["import 'electron';", "import 'node:path';", "import './window';", "import '../core/create-core';", "import '../../shared/transport';"],
  },
  {
    name: 'bridge',
    file: 'electron/bridge/fixture.ts',
    refused: [
      ["import 'electron';", PACKAGE],
      ["import '../main/window';", AREA],
      ["import '../cli/main';", AREA],
      ["import '../../renderer/src/lib/api';", AREA],
      ["import 'http';", PREFIX],
    ],
    allowed: ["import 'node:http';", "import 'sharp';", "import type { Browser } from 'playwright-core';\nexport type B = Browser;", "export const p = import('playwright-core');", "import './server';", "import '../core/create-core';", "import '../../shared/transport';"],
  },
  {
    name: 'cli',
    file: 'electron/cli/fixture.ts',
    refused: [
      ["import 'electron';", PACKAGE],
      ["import '../main/window';", AREA],
      ["import '../preload/index';", AREA],
      ["import 'readline';", PREFIX],
      ["export const m = import('util');", PREFIX],
    ],
    allowed: ["import 'node:util';", "import './main';", "import '../bridge/server';", "import '../core/create-core';", "import '../../shared/contract';"],
  },
  // The rest of the Node side (tests, bench, scripts, bin) has no allow-list but the prefix rule.
  {
    name: 'tests',
    file: 'tests/core/fixture.test.ts',
    refused: [
      ["import 'os';", PREFIX],
      ["export const m = import('crypto');", PREFIX],
    ],
    allowed: ["import 'node:os';", "import '../../electron/main/window';", "import 'electron';"],
  },
  {
    name: 'scripts (CommonJS)',
    file: 'scripts/fixture.cjs',
    refused: [["require('fs');", PREFIX]],
    allowed: ["require('node:fs');"],
  },
  {
    name: 'bench',
    file: 'bench/fixture.ts',
    refused: [["import 'perf_hooks';", PREFIX]],
    allowed: ["import 'node:perf_hooks';"],
  },
];

describe.each(SIDES)('$name ($file)', ({ file, refused, allowed }) => {
  it.each(refused)('refuses %s', async (code, finding) => {
    expect(boundaryFindings(await lint(code, file))).toEqual([finding]);
  });

  it.each(allowed)('allows %s', async (code) => {
    // No message from any rule: an allowed import is clean, not merely not refused.
    expect(await lint(code, file)).toEqual([]);
  });
});

describe('messages and fixes', () => {
  it('says what the side may import and why', async () => {
    const [message] = await lint("import 'sharp';", 'renderer/src/app/Fixture.tsx');
    expect(message?.message).toContain("'sharp' is not on the allow-list of packages for the renderer (react, react-dom, @tanstack/react-query, zod)");
    expect(message?.message).toContain('window.api');
  });

  it('names the folder a relative import reaches', async () => {
    const [message] = await lint("import '../../main/window';", 'electron/core/vault/fixture.ts');
    expect(message?.message).toContain("'../../main/window' is electron/main/window, outside what the core may import");
  });

  it("fixes a bare built-in to 'node:' keeping the quotes", async () => {
    const [message] = await lint("import { join } from 'path';\nexport { join };", 'electron/core/fixture.ts');
    expect(message?.fix).toEqual({ range: [22, 26], text: 'node:path' });
  });
});

/** Every lintable source file in the tree, relative to ROOT, '/'-separated. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name).slice(ROOT.length + 1).split('\\').join('/'));
}

type ImportsOptions = { side: string; packages: string[]; areas: string[]; forbidden?: { area: string }[] };

async function importsOptions(file: string): Promise<ImportsOptions | undefined> {
  const config = (await eslint.calculateConfigForFile(join(ROOT, file))) as Linter.Config | undefined;
  const entry = config?.rules?.['boundaries/imports'];
  return Array.isArray(entry) && entry[0] === 2 ? (entry[1] as ImportsOptions) : undefined;
}

describe('coverage of the real tree', () => {
  const sided = ['electron', 'shared', 'renderer'].flatMap(sourceFiles);

  it('gives every file under electron/, shared/ and renderer/ a side with an allow-list', async () => {
    expect(sided.length).toBeGreaterThan(100);
    const unsided: string[] = [];
    for (const file of sided) if (!(await importsOptions(file))) unsided.push(file);
    // A new top-level folder (say electron/worker/) must be given a side in eslint.config.mjs.
    expect(unsided).toEqual([]);
  });

  it('allow-lists name only packages the project declares and folders that exist', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies), 'node:*']);
    const sides = new Map<string, ImportsOptions>();
    for (const file of sided) {
      const options = await importsOptions(file);
      if (options) sides.set(options.side, options);
    }
    const stale: string[] = [];
    for (const { side, packages, areas, forbidden = [] } of sides.values()) {
      for (const name of packages) if (!declared.has(name)) stale.push(`${side}: package ${name}`);
      for (const area of [...areas, ...forbidden.map((f) => f.area)]) {
        // A stale entry would let a future file of that name through unreviewed.
        const exists = ['', '.ts', '.tsx'].some((ext) => existsSync(join(ROOT, area + ext)));
        if (!exists) stale.push(`${side}: area ${area}`);
      }
    }
    expect(stale).toEqual([]);
  });
});

// Lint is an error gate, never a warning list (docs/architecture.md "Lint boundaries"). The import boundaries that keep
// the core testable without Electron are enforced here, by machine.
//
// Boundaries are allow-lists, after Signal Desktop's rule that a file's path says where it
// runs and a lint rule checks what it imports: each side names the packages and project
// folders it may import, and anything not named is refused. One local rule
// (`boundaries/imports`) reads every way a module can be named (import, export-from,
// `import()`, `require()`, `import x = require()`, `import('x').T` types), so a dynamic
// import cannot slip past a list that only static imports see (ESLint's
// no-restricted-imports ignores `import()`: https://eslint.org/docs/latest/rules/no-restricted-imports).
// tests/lint/boundaries.test.ts proves every rule below fires and that allowed imports pass.
import { isBuiltin } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The project root: the `files` globs below are relative to it, and so are the areas. */
const ROOT = import.meta.dirname;

/** A string-literal module name (`'x'` or a template literal without `${}`), else null. */
function literalValue(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

function isRequireCall(node) {
  return node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length > 0;
}

/** Calls `check(specifierNode, name)` for every module the file names with a literal. */
function eachModuleName(check) {
  const literal = (node) => {
    const name = literalValue(node);
    if (name !== null) check(node, name);
  };
  return {
    ImportDeclaration: (node) => literal(node.source),
    ExportNamedDeclaration: (node) => node.source && literal(node.source),
    ExportAllDeclaration: (node) => literal(node.source),
    ImportExpression: (node) => literal(node.source),
    CallExpression: (node) => isRequireCall(node) && literal(node.arguments[0]),
    TSImportEqualsDeclaration: (node) => node.moduleReference.type === 'TSExternalModuleReference' && literal(node.moduleReference.expression),
    TSImportType: (node) => literal(node.source ?? node.argument?.literal),
  };
}

const isRelative = (name) => name === '.' || name === '..' || name.startsWith('./') || name.startsWith('../');
const packageOf = (name) => name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/');
const toPosix = (p) => p.split(path.sep).join('/');

/** `area` is a folder or a file without extension, relative to ROOT. */
function inArea(target, area) {
  return target === area || target.startsWith(`${area}/`) || target.replace(/\.[^/.]+$/, '') === area;
}

const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'A side may import only the packages and project folders on its allow-list.' },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['side', 'packages', 'areas', 'why'],
        properties: {
          side: { type: 'string' },
          // Package names; 'node:*' allows every Node built-in (always with the prefix).
          packages: { type: 'array', items: { type: 'string' } },
          // Folders (or files without extension) relative to the project root.
          areas: { type: 'array', items: { type: 'string' } },
          // Inside an allowed area but still refused, each with its own reason.
          forbidden: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['area', 'why'], properties: { area: { type: 'string' }, why: { type: 'string' } } },
          },
          why: { type: 'string' },
        },
      },
    ],
    messages: {
      package: "'{{name}}' is not on the allow-list of packages for {{side}} ({{allowed}}). {{why}}",
      area: "'{{name}}' is {{target}}, outside what {{side}} may import ({{allowed}}). {{why}}",
      forbidden: "'{{name}}' is {{target}}, which {{side}} must not import. {{why}}",
    },
  },
  create(context) {
    const { side, packages, areas, forbidden = [], why } = context.options[0];
    const nodeBuiltins = packages.includes('node:*');
    const allowedPackages = packages.join(', ') || 'none';
    return eachModuleName((node, name) => {
      if (isRelative(name) || path.isAbsolute(name)) {
        // Vite's `?url` / `?raw` suffixes are not part of the path.
        const file = path.resolve(path.dirname(context.filename), name.replace(/\?.*$/, ''));
        const target = toPosix(path.relative(ROOT, file));
        const denied = forbidden.find((f) => inArea(target, f.area));
        if (denied) {
          context.report({ node, messageId: 'forbidden', data: { name, target, side, why: denied.why } });
        } else if (!areas.some((area) => inArea(target, area))) {
          context.report({ node, messageId: 'area', data: { name, target, side, allowed: areas.join(', '), why } });
        }
        return;
      }
      if (isBuiltin(name)) {
        // A bare built-in ('fs') on a Node side is boundaries/node-prefix's to report.
        if (nodeBuiltins || packages.includes(name.startsWith('node:') ? name : `node:${name}`)) return;
        context.report({ node, messageId: 'package', data: { name, side, allowed: allowedPackages, why } });
        return;
      }
      if (!packages.includes(packageOf(name))) {
        context.report({ node, messageId: 'package', data: { name, side, allowed: allowedPackages, why } });
      }
    });
  },
};

const nodePrefixRule = {
  meta: {
    type: 'problem',
    fixable: 'code',
    docs: { description: "Node built-ins are imported as 'node:x', never bare." },
    schema: [],
    messages: {
      bare: "Import the built-in as 'node:{{name}}': the prefix cannot be shadowed by a package in node_modules and says at a glance that this is Node (https://nodejs.org/api/modules.html#built-in-modules).",
    },
  },
  create(context) {
    return eachModuleName((node, name) => {
      if (name.startsWith('node:') || isRelative(name) || !isBuiltin(name)) return;
      context.report({
        node,
        messageId: 'bare',
        data: { name },
        fix: (fixer) => fixer.replaceTextRange([node.range[0] + 1, node.range[1] - 1], `node:${name}`),
      });
    });
  },
};

const computedImportRule = {
  meta: {
    type: 'problem',
    docs: { description: 'import() and require() take a string literal, so the allow-list can read them.' },
    schema: [],
    messages: {
      computed: 'Name the module with a string literal: a computed import() or require() cannot be checked against the allow-list.',
    },
  },
  create(context) {
    const check = (node, source) => {
      if (literalValue(source) === null) context.report({ node, messageId: 'computed' });
    };
    return {
      ImportExpression: (node) => check(node, node.source),
      CallExpression: (node) => isRequireCall(node) && check(node, node.arguments[0]),
    };
  },
};

const boundaries = { rules: { imports: importsRule, 'node-prefix': nodePrefixRule, 'computed-import': computedImportRule } };

/** One side's allow-list as a config block. */
const side = (files, options) => ({ files, rules: { 'boundaries/imports': ['error', options] } });

// Why each side has the list it has (docs/architecture.md "Lint boundaries"). Zod is the contract's validator and
// shared/ is written in it, so every side that imports shared/ may import zod.
const RENDERER_WHY = 'The renderer is a sandboxed web page: it talks to the app only through window.api (renderer/src/lib/api.ts); the shell, the core, Node and native modules stay in main.';
const UI_WHY = 'components/ui holds presentational pieces that never call the API or TanStack Query (docs/architecture.md "Lint boundaries"): data comes in as props from a feature.';
const SHARED_WHY = 'shared/ is bundled into the renderer and the preload too: only zod and shared/ itself.';
const PRELOAD_WHY = "The preload runs sandboxed: its require loads only 'electron' and a few polyfilled built-ins, so everything else must be bundled shared/ code (Electron security checklist #4, https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts).";
const CORE_WHY = 'The core is plain Node that never imports electron, the shell, the bridge, the CLI or the renderer, so it runs and is tested without Electron.';
const MAIN_WHY = 'The packaged app never contains the HTTP bridge or the CLI; main reaches the renderer only over IPC.';
const BRIDGE_WHY = 'The HTTP bridge is the dev/test transport over the core: it never imports electron or the shell. playwright-core is its capture driver (electron/bridge/chromium-capture.ts), for the preview and the CLI only.';
const CLI_WHY = 'The CLI runs under plain Node over the core: it never imports electron or the shell.';

const RENDERER_PACKAGES = ['react', 'react-dom', '@tanstack/react-query', 'zod'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { boundaries },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Everything that runs under Node names built-ins with the prefix. The renderer, shared/
  // and the preload refuse built-ins altogether (their allow-lists).
  {
    ignores: ['renderer/**', 'shared/**', 'electron/preload/**'],
    rules: { 'boundaries/node-prefix': 'error' },
  },
  {
    files: ['electron/**', 'shared/**', 'renderer/**'],
    rules: { 'boundaries/computed-import': 'error' },
  },
  side(['shared/**'], { side: 'shared/', packages: ['zod'], areas: ['shared'], why: SHARED_WHY }),
  side(['electron/preload/**'], { side: 'the preload', packages: ['electron'], areas: ['electron/preload', 'shared'], why: PRELOAD_WHY }),
  side(['electron/core/**'], {
    side: 'the core',
    packages: ['node:*', 'zod', 'sharp', 'better-sqlite3-multiple-ciphers', 'pdfkit', 'yauzl', 'yazl', 'libheif-js'],
    areas: ['electron/core', 'shared', 'resources', 'package.json'],
    why: CORE_WHY,
  }),
  side(['electron/main/**'], { side: 'main', packages: ['node:*', 'electron', 'zod'], areas: ['electron/main', 'electron/core', 'shared'], why: MAIN_WHY }),
  side(['electron/bridge/**'], { side: 'the bridge', packages: ['node:*', 'zod', 'sharp', 'playwright-core'], areas: ['electron/bridge', 'electron/core', 'shared'], why: BRIDGE_WHY }),
  side(['electron/cli/**'], { side: 'the CLI', packages: ['node:*', 'zod'], areas: ['electron/cli', 'electron/bridge', 'electron/core', 'shared'], why: CLI_WHY }),
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  side(['renderer/**'], {
    side: 'the renderer',
    packages: RENDERER_PACKAGES,
    areas: ['renderer/src', 'shared'],
    forbidden: [{ area: 'renderer/src/lib/http-bridge', why: 'Only lib/api.ts chooses the transport (IPC in the app, HTTP in the preview).' }],
    why: RENDERER_WHY,
  }),
  // Later blocks replace the renderer's options for their files.
  side(['renderer/src/lib/api.ts'], { side: 'lib/api.ts', packages: RENDERER_PACKAGES, areas: ['renderer/src', 'shared'], why: RENDERER_WHY }),
  // The ui allow-list names the few lib/ helpers that are pure functions: lib/api and
  // anything over it (lib/host-dialog, lib/http-bridge) are outside it.
  side(['renderer/src/components/ui/**'], {
    side: 'components/ui',
    packages: ['react', 'react-dom'],
    areas: ['renderer/src/components/ui', 'renderer/src/i18n', 'renderer/src/lib/api-error', 'renderer/src/lib/snippet', 'shared'],
    why: UI_WHY,
  }),
  // The transport itself: only lib/api.ts and the HTTP client it picks touch window.api or
  // the network (lib/api.ts module invariant).
  {
    files: ['renderer/**'],
    ignores: ['renderer/src/lib/api.ts', 'renderer/src/lib/http-bridge.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'EventSource', 'XMLHttpRequest', 'WebSocket'].map((name) => ({ name, message: 'The renderer reaches the app only through lib/api.ts.' })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis'].map((object) => ({ object, property: 'api', message: 'Call the app through lib/api.ts, not window.api.' })),
      ],
    },
  },
);

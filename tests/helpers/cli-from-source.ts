import { join, resolve } from 'node:path';

/**
 * Node arguments that run the CLI from its TypeScript source with tsx's loader (the unit
 * tests run before `npm run build`; the built out/cli/bewijskluis.cjs has its own tests in
 * tests/packaging). Spawn with `cwd` at the repository root, where `tsx` resolves.
 */
export const CLI_FROM_SOURCE = ['--import', 'tsx', join(resolve(__dirname, '../..'), 'electron/cli/main.ts')];

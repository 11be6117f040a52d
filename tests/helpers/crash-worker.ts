/**
 * Child process of the crash trials (tests/helpers/crash-trials.ts): unlocks the vault given
 * in argv and runs one long operation, printing a line after each step that is safely done,
 * until the parent kills it with SIGKILL at a random moment.
 *   import <vault> <files-dir>   evidence:import-paths of every file; "stored" per stored file
 *   export <vault> <out-dir>     a police dossier to out-dir/dossier.zip; "progress" per step
 *   backup <vault> <out-dir>     a backup to out-dir/kluis.bkbackup; "progress" when done
 * argv[5]: the case id.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../electron/core/create-core';

async function main(): Promise<void> {
  const [op, vaultDir, dir, caseId] = process.argv.slice(2) as [string, string, string, string];
  const core = createCore({ vaultDir, fontDir: join(__dirname, '../../resources/fonts'), kdf: { N: 2 ** 14, r: 8, p: 1 } });
  const ctx = { transport: 'cli' } as const;
  await core.handlers['vault:unlock']({ passphrase: process.env.BEWIJSKLUIS_PASSPHRASE! }, ctx);
  process.stdout.write('ready\n');
  core.events.onAny((name, payload) => {
    if (name === 'evidence:import-progress' && (payload as { status: string }).status === 'stored') process.stdout.write('stored\n');
    if (name === 'dossier:export-progress') process.stdout.write('progress\n');
  });
  if (op === 'import') {
    const paths = readdirSync(dir).sort().map((f) => join(dir, f));
    await core.handlers['evidence:import-paths']({ caseId, meta: { platform: 'Instagram' }, paths }, ctx);
  } else if (op === 'export') {
    await core.handlers['dossier:export']({ caseId, profile: 'police', lang: 'nl', outPath: join(dir, 'dossier.zip') }, ctx);
  } else {
    await core.handlers['backup:create']({ outPath: join(dir, 'kluis.bkbackup') }, ctx);
  }
  process.stdout.write('done\n');
  await core.close();
}

void main();

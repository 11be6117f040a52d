/**
 * Child process for the crash test: unlocks the vault given in argv and performs 1,000
 * writes, each one encrypted blob plus one row plus one audit entry committed together,
 * printing the write's number after its commit. The parent kills it with SIGKILL midway.
 */
import { createCore } from '../../electron/core/create-core';
import { setSetting } from '../../electron/core/db/kv-store';
import { storeBlob } from './blobs';

async function main(): Promise<void> {
  const vaultDir = process.argv[2]!;
  const core = createCore({ vaultDir });
  await core.handlers['vault:unlock']({ passphrase: process.env.BEWIJSKLUIS_PASSPHRASE! }, { transport: 'test' });
  const s = core.session();
  for (let i = 1; i <= 1000; i++) {
    const { id } = await storeBlob(s, Buffer.from(`write number ${i} `.repeat(200 + i)));
    s.tx(() => {
      setSetting(s.db, `write-${i}`, id);
      s.audit.append({ actor: 'crash-test', kind: 'settings.changed', subject: String(i) });
    });
    process.stdout.write(`${i}\n`);
  }
  await core.close();
}

void main();

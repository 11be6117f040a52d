/**
 * `backup create --vault DIR --out FILE`, `backup verify FILE`, `backup restore FILE --to DIR`.
 * verify and restore need no open vault, only the backup's passphrase
 * (BEWIJSKLUIS_PASSPHRASE or a prompt) or recovery key (BEWIJSKLUIS_RECOVERY_KEY).
 */
import { resolve } from 'node:path';
import type { CliContext } from '../context';
import { UsageError } from '../usage-error';
import { terminalSafe } from '../terminal-text';

async function secret(ctx: CliContext): Promise<{ passphrase?: string; recoveryKey?: string }> {
  const rk = process.env.BEWIJSKLUIS_RECOVERY_KEY;
  if (rk) return { recoveryKey: rk };
  return { passphrase: await ctx.passphrase() };
}

export async function backupCommand(ctx: CliContext, sub: string | undefined): Promise<number> {
  const { t } = ctx;
  const file = ctx.positionals[0];
  switch (sub) {
    case 'create': {
      const out = ctx.str('out');
      if (!out) throw new UsageError(t('backupUsage'));
      await ctx.unlock();
      const r = await ctx.call('backup:create', { outPath: resolve(out), overwrite: ctx.options.force === true });
      ctx.print(t('backupCreated', { path: terminalSafe(r.path), files: r.files, mb: (r.bytes / 1024 / 1024).toFixed(1) }), r);
      return 0;
    }
    case 'verify': {
      if (!file) throw new UsageError(t('backupUsage'));
      const r = await ctx.callWithoutVault('backup:verify', { path: resolve(file), ...(await secret(ctx)) });
      ctx.print(t('backupVerified', { files: r.files, at: terminalSafe(r.createdAt), by: terminalSafe(r.createdBy) }), r);
      return 0;
    }
    case 'restore': {
      const to = ctx.str('to');
      if (!file || !to) throw new UsageError(t('backupUsage'));
      const r = await ctx.callWithoutVault('backup:restore', { path: resolve(file), targetDir: resolve(to), ...(await secret(ctx)) });
      ctx.print(t(r.check.ok ? 'backupRestored' : 'backupRestoredWithProblems', { dir: terminalSafe(r.vaultDir) }), r);
      return r.check.ok ? 0 : 1;
    }
    default:
      throw new UsageError(t('unknownCommand', { cmd: `backup ${sub ?? ''}`.trim() }));
  }
}

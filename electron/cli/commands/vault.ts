/** `vault init | check | passwd | recover` */
import { userInfo } from 'node:os';
import type { CliContext } from '../context';
import { secretFrom } from '../secret-input';
import { UsageError } from '../usage-error';
import { terminalSafe } from '../terminal-text';

export async function vaultCommand(ctx: CliContext, sub: string | undefined): Promise<number> {
  const { t } = ctx;
  switch (sub) {
    case 'init': {
      const dir = ctx.vaultDir();
      const passphrase = process.env.BEWIJSKLUIS_PASSPHRASE ? await ctx.passphrase() : await ctx.newPassphrase();
      const ownerName = ctx.str('name') ?? userInfo().username;
      const created = await ctx.call('vault:create', { vaultDir: dir, passphrase, ownerName });
      ctx.print(`${t('created', { dir: terminalSafe(dir) })}\n\n${t('recoveryKeyOnce')}\n\n    ${created.recoveryKey}\n`, {
        vaultDir: dir,
        recoveryKey: created.recoveryKey,
      });
      return 0;
    }
    case 'check': {
      await ctx.unlock();
      const report = await ctx.call('vault:check', {});
      const lines = report.items.map((i) =>
        [t('checkItem', { status: i.ok ? 'OK  ' : 'FOUT', name: i.name, checked: i.checked }), ...i.problems.map((p) => `      - ${terminalSafe(p)}`)].join('\n'),
      );
      ctx.print([report.ok ? t('checkOk') : t('checkFailed'), ...lines].join('\n'), report);
      return report.ok ? 0 : 1;
    }
    case 'passwd': {
      await ctx.unlock();
      const current = await ctx.passphrase();
      const next = await ctx.newPassphrase();
      await ctx.call('vault:change-passphrase', { currentPassphrase: current, newPassphrase: next });
      ctx.print(t('passwdDone'), { changed: true });
      return 0;
    }
    case 'recover': {
      ctx.vaultDir();
      const recoveryKey = await secretFrom('BEWIJSKLUIS_RECOVERY_KEY', t('promptRecoveryKey'), t('noTty'));
      const next = await ctx.newPassphrase();
      const out = await ctx.call('vault:recover', { recoveryKey, newPassphrase: next });
      ctx.print(`${t('recovered')}\n\n${t('newRecoveryKey')}\n\n    ${out.recoveryKey}\n`, { recovered: true, recoveryKey: out.recoveryKey });
      return 0;
    }
    default:
      throw new UsageError(t('unknownCommand', { cmd: `vault ${sub ?? ''}`.trim() }));
  }
}

/**
 * `sender set | show`: who signs the notices (DSA art. 16(2)(c): name and e-mail address),
 * stored in the vault's settings like the app's Settings > "Afzender voor meldingen". Without
 * a sender a notice cannot be marked sent, except one on child sexual abuse material where the
 * officer chose to leave it out (issue 14 item 2).
 */
import type { CliContext } from '../context';
import { terminalSafe } from '../terminal-text';
import { UsageError } from '../usage-error';

export async function senderCommand(ctx: CliContext, sub: string | undefined): Promise<number> {
  const { t } = ctx;
  switch (sub) {
    case 'set': {
      const name = ctx.str('name')?.trim();
      const email = ctx.str('email')?.trim();
      if (!name || !email) throw new UsageError(t('senderSetUsage'));
      await ctx.unlock();
      const s = await ctx.call('settings:set', { senderName: name, senderEmail: email, senderOrganisation: ctx.str('organisation')?.trim() ?? '' });
      const sender = { name: s.senderName, email: s.senderEmail, organisation: s.senderOrganisation };
      ctx.print(t('senderSaved', { name: terminalSafe(sender.name), email: terminalSafe(sender.email) }), sender);
      return 0;
    }
    case 'show': {
      await ctx.unlock();
      const s = await ctx.call('settings:get', {});
      const sender = { name: s.senderName, email: s.senderEmail, organisation: s.senderOrganisation };
      const set = sender.name !== '' && sender.email !== '';
      const human = set ? t('senderShown', { name: terminalSafe(sender.name), email: terminalSafe(sender.email), organisation: terminalSafe(sender.organisation || '-') }) : t('senderNone');
      ctx.print(human, { ...sender, set });
      return 0;
    }
    default:
      throw new UsageError(t('unknownCommand', { cmd: `sender ${sub ?? ''}`.trim() }));
  }
}

/** `staff add | list` (issue 15 items 1 and 7): the school staff who capture, receive and export. */
import type { StaffMember } from '../../../shared/staff-types';
import type { CliContext } from '../context';
import type { CliTranslate } from '../messages';
import { UsageError } from '../usage-error';
import { terminalSafe } from '../terminal-text';

function line(t: CliTranslate, s: StaffMember): string {
  return `${s.id}  ${s.isDefault ? '*' : ' '} ${terminalSafe(s.name)}${s.role ? ` (${terminalSafe(s.role)})` : ''}${s.phone ? `  ${terminalSafe(s.phone)}` : ''}${s.email ? `  ${terminalSafe(s.email)}` : ''}${s.archived ? `  ${t('archivedTag')}` : ''}`;
}

export async function staffCommand(ctx: CliContext, sub: string | undefined): Promise<number> {
  const { t } = ctx;
  switch (sub) {
    case 'add': {
      const name = ctx.str('name');
      if (!name) throw new UsageError(t('staffAddUsage'));
      await ctx.unlock();
      const s = await ctx.call('staff:add', { name, role: ctx.str('role'), phone: ctx.str('phone'), email: ctx.str('email'), makeDefault: ctx.options.default === true });
      ctx.print(line(t, s), s);
      return 0;
    }
    case 'list': {
      await ctx.unlock();
      const list = await ctx.call('staff:list', {});
      ctx.print(list.map((s) => line(t, s)).join('\n') || t('noStaff'), list);
      return 0;
    }
    default:
      throw new UsageError(t('unknownCommand', { cmd: `staff ${sub ?? ''}`.trim() }));
  }
}

/**
 * `takedown add | set-status | list | notice`. Channel and status names are the contract's
 * (in-app, web-form, email, trusted-flagger, offlimits, police, stopncii, take-it-down, host;
 * to-send, sent, acknowledged, removed, refused, appealed, escalated).
 */
import { CHANNELS_TAKEDOWN, TAKEDOWN_STATUSES, type TakedownChannel, type TakedownRequest, type TakedownStatus } from '../../../shared/takedown-types';
import type { CliContext } from '../context';
import type { CliTranslate } from '../messages';
import { caseByRef, oneOf } from './cases';
import { UsageError } from '../usage-error';
import { terminalSafe } from '../terminal-text';

function line(t: CliTranslate, r: TakedownRequest): string {
  const due = r.nextFollowUpDate ? ` ${t('followUpOn')} ${r.nextFollowUpDate}` : '';
  return `${r.id}  ${r.caseRef}  ${terminalSafe(r.platformName).padEnd(18)} ${r.channel.padEnd(15)} ${r.status.padEnd(12)}${r.overdue ? ` ${t('overdueTag')}` : ''}${due}  ${terminalSafe(r.occurrence.url)}`;
}

export async function takedownCommand(ctx: CliContext, sub: string | undefined): Promise<number> {
  const { t } = ctx;
  const args = ctx.positionals;
  switch (sub) {
    case 'add': {
      const ch = oneOf<TakedownChannel>(ctx, 'channel', CHANNELS_TAKEDOWN, ctx.str('channel'));
      if (!ch) throw new UsageError(t('takedownAddUsage'));
      await ctx.unlock();
      const itemId = ctx.str('item');
      let caseId: string;
      if (itemId) caseId = (await ctx.call('evidence:get', { itemId })).item.caseId;
      else {
        if (!ctx.str('url')) throw new UsageError(t('takedownAddUsage'));
        caseId = (await caseByRef(ctx, ctx.str('case'))).id;
      }
      const r = await ctx.call('takedown:create', { caseId, itemId, url: ctx.str('url'), platform: ctx.str('platform'), channel: ch });
      ctx.print(line(t, r), r);
      return 0;
    }
    case 'set-status': {
      const [id, st] = args;
      const status = oneOf<TakedownStatus>(ctx, 'status', TAKEDOWN_STATUSES, st);
      if (!id || !status) throw new UsageError(t('takedownStatusUsage'));
      await ctx.unlock();
      const r = await ctx.call('takedown:set-status', { requestId: id, status, reference: ctx.str('reference'), note: ctx.str('note') });
      ctx.print(line(t, r), r);
      return 0;
    }
    case 'list': {
      await ctx.unlock();
      const caseId = ctx.str('case') ? (await caseByRef(ctx, ctx.str('case'))).id : undefined;
      const list = await ctx.call('takedown:list', { caseId, overdue: ctx.options.overdue === true ? true : undefined });
      ctx.print(list.map((r) => line(t, r)).join('\n') || t('noTakedowns'), list);
      return 0;
    }
    case 'notice': {
      const [id] = args;
      const lang = oneOf<'nl' | 'en'>(ctx, 'lang', ['nl', 'en'], ctx.str('lang')) ?? ctx.lang;
      if (!id) throw new UsageError(t('takedownNoticeUsage'));
      await ctx.unlock();
      const n = await ctx.call('takedown:get-notice', { requestId: id, lang });
      ctx.print(`${n.subject}\n\n${n.text}`, n);
      return 0;
    }
    default:
      throw new UsageError(t('unknownCommand', { cmd: `takedown ${sub ?? ''}`.trim() }));
  }
}

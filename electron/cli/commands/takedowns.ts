/**
 * `takedown add | set-status | sender | list | notice`. Channel and status names are the
 * contract's (in-app, web-form, email, trusted-flagger, offlimits, helpwanted, police, stopncii,
 * take-it-down, host; to-send, sent, acknowledged, removed, refused, appealed, escalated).
 * `add` makes one request for one or more targets on one platform (issue 14 items 4-5):
 * repeated --item or --url, or --target for an account, group or chat without a URL.
 * Names and URLs from outside are printed through terminal-text.ts.
 */
import { CASE_CATEGORIES, TRISTATE, type CaseCategory, type Tristate } from '../../../shared/case-types';
import { CHANNELS_TAKEDOWN, TAKEDOWN_STATUSES, URLLESS_TARGET_KINDS, targetLabel, type TakedownChannel, type TakedownRequest, type TakedownStatus, type UrllessTargetKind } from '../../../shared/takedown-types';
import type { CliContext } from '../context';
import type { CliTranslate } from '../messages';
import { caseByRef, oneOf } from './cases';
import { UsageError } from '../usage-error';
import { terminalSafe } from '../terminal-text';

function line(t: CliTranslate, r: TakedownRequest): string {
  const due = r.nextFollowUpDate ? ` ${t('followUpOn')} ${r.nextFollowUpDate}` : '';
  const more = r.occurrences.length > 1 ? ` ${t('targetsMore', { n: r.occurrences.length - 1 })}` : '';
  return `${r.id}  ${r.caseRef}  ${terminalSafe(r.platformName).padEnd(18)} ${r.channel.padEnd(15)} ${r.status.padEnd(12)}${r.overdue ? ` ${t('overdueTag')}` : ''}${due}  ${terminalSafe(targetLabel(r.occurrence))}${more}`;
}

async function add(ctx: CliContext): Promise<number> {
  const { t } = ctx;
  const ch = oneOf<TakedownChannel>(ctx, 'channel', CHANNELS_TAKEDOWN, ctx.str('channel'));
  if (!ch) throw new UsageError(t('takedownAddUsage'));
  const itemIds = ctx.list('item');
  const urls = ctx.list('url');
  const target = ctx.str('target');
  const kind = oneOf<UrllessTargetKind>(ctx, 'target-kind', URLLESS_TARGET_KINDS, ctx.str('target-kind'));
  const route = ctx.str('route');
  if (!target && (kind || route)) throw new UsageError(t('takedownTargetOptions'));
  const category = oneOf<CaseCategory>(ctx, 'category', CASE_CATEGORIES, ctx.str('category'));
  const minor = oneOf<Tristate>(ctx, 'minor', TRISTATE, ctx.str('minor'));
  if (itemIds.length === 0 && urls.length === 0 && !target) throw new UsageError(t('takedownAddUsage'));
  if (itemIds.length === 0 && !ctx.str('case')) throw new UsageError(t('takedownAddUsage'));
  await ctx.unlock();
  const caseId = ctx.str('case') ? (await caseByRef(ctx, ctx.str('case'))).id : (await ctx.call('evidence:get', { itemId: itemIds[0]! })).item.caseId;
  const r = await ctx.call('takedown:create', {
    caseId,
    itemIds: itemIds.length ? itemIds : undefined,
    urls: urls.length ? urls : undefined,
    targets: target ? [{ kind: kind ?? 'account', identifier: target, inAppRoute: route }] : undefined,
    platform: ctx.str('platform'),
    channel: ch,
    category,
    minor,
    description: ctx.str('platform-description'),
  });
  ctx.print(line(t, r), r);
  return 0;
}

export async function takedownCommand(ctx: CliContext, sub: string | undefined): Promise<number> {
  const { t } = ctx;
  const args = ctx.positionals;
  switch (sub) {
    case 'add':
      return add(ctx);
    case 'set-status': {
      const [id, st] = args;
      const status = oneOf<TakedownStatus>(ctx, 'status', TAKEDOWN_STATUSES, st);
      if (!id || !status) throw new UsageError(t('takedownStatusUsage'));
      await ctx.unlock();
      const r = await ctx.call('takedown:set-status', { requestId: id, status, reference: ctx.str('reference'), note: ctx.str('note') });
      ctx.print(line(t, r), r);
      return 0;
    }
    case 'sender': {
      // Leave the sender out of a notice on child sexual abuse material (DSA art. 16(2)(c)), or back in.
      const [id, choice] = args;
      const omit = oneOf<'omit' | 'include'>(ctx, 'sender', ['omit', 'include'], choice);
      if (!id || !omit) throw new UsageError(t('takedownSenderUsage'));
      await ctx.unlock();
      const r = await ctx.call('takedown:update', { requestId: id, patch: { omitSender: omit === 'omit' } });
      ctx.print(t(r.omitSender ? 'senderLeftOut' : 'senderIncluded'), r);
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

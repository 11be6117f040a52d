/**
 * `case create | list | hold | release | retention | purge`. A case on legal hold (a police case
 * or complaint runs) is never purged; a purge names the backups that still hold the case and
 * says what to do with them (issue 15 item 5).
 */
import { CASE_CATEGORIES, CASE_STATUSES, HOLD_KINDS, type CaseCategory, type CaseStatus, type CaseSummary, type HoldKind } from '../../../shared/case-types';
import { AppError } from '../../../shared/errors';
import type { CliContext } from '../context';
import { UsageError } from '../usage-error';
import { terminalSafe } from '../terminal-text';

function oneOf<T extends string>(ctx: CliContext, name: string, allowed: readonly T[], value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(ctx.t('badChoice', { option: `--${name}`, value: terminalSafe(value), allowed: allowed.join(', ') }));
  }
  return value as T;
}

/** Finds a case by its reference (e.g. 2026-007). */
export async function caseByRef(ctx: CliContext, ref: string | undefined): Promise<CaseSummary> {
  if (!ref) throw new UsageError(ctx.t('missingCase'));
  const found = (await ctx.call('case:list', {})).find((c) => c.ref === ref);
  if (!found) throw new AppError('NOT_FOUND', ctx.t('caseNotFound', { ref: terminalSafe(ref) }));
  return found;
}

export async function caseCommand(ctx: CliContext, sub: string | undefined): Promise<number> {
  const { t } = ctx;
  switch (sub) {
    case 'create': {
      const title = ctx.str('title');
      const category = oneOf<CaseCategory>(ctx, 'category', CASE_CATEGORIES, ctx.str('category'));
      if (!title || !category) throw new UsageError(t('caseCreateUsage'));
      await ctx.unlock();
      const c = await ctx.call('case:create', { title, category, description: ctx.str('description') });
      ctx.print(c.ref, c);
      return 0;
    }
    case 'list': {
      const status = oneOf<CaseStatus>(ctx, 'status', CASE_STATUSES, ctx.str('status'));
      await ctx.unlock();
      const list = await ctx.call('case:list', status ? { status } : {});
      ctx.print(list.map((c) => `${c.ref}  ${c.status.padEnd(10)} ${c.category.padEnd(18)} ${String(c.itemCount).padStart(4)}  ${terminalSafe(c.title)}`).join('\n') || t('noCases'), list);
      return 0;
    }
    case 'hold': {
      const reason = ctx.str('reason');
      const kind = oneOf<HoldKind>(ctx, 'kind', HOLD_KINDS, ctx.str('kind')) ?? 'police-case';
      if (!reason) throw new UsageError(t('caseHoldUsage'));
      await ctx.unlock();
      const c = await caseByRef(ctx, ctx.str('case'));
      const after = await ctx.call('retention:set-hold', { caseId: c.id, kind, reason });
      ctx.print(t('holdSet', { ref: after.ref, kind: t(`holdKind.${kind}`), by: terminalSafe(after.hold?.setBy ?? '') }), after);
      return 0;
    }
    case 'release': {
      const reason = ctx.str('reason');
      if (!reason) throw new UsageError(t('caseReleaseUsage'));
      await ctx.unlock();
      const c = await caseByRef(ctx, ctx.str('case'));
      const after = await ctx.call('retention:release-hold', { caseId: c.id, reason });
      ctx.print(t('holdReleased', { ref: after.ref }), after);
      return 0;
    }
    case 'retention': {
      const raw = ctx.str('years');
      const years = raw === 'default' ? null : raw !== undefined && /^\d{1,2}$/.test(raw) ? Number(raw) : undefined;
      if (years === undefined) throw new UsageError(t('caseRetentionUsage'));
      await ctx.unlock();
      const c = await caseByRef(ctx, ctx.str('case'));
      const after = await ctx.call('retention:set-case-period', { caseId: c.id, years });
      ctx.print(years === null ? t('retentionDefault', { ref: after.ref }) : t('retentionSet', { ref: after.ref, years }), after);
      return 0;
    }
    case 'purge': {
      const confirm = ctx.str('confirm');
      if (!confirm) throw new UsageError(t('casePurgeUsage'));
      await ctx.unlock();
      const c = await caseByRef(ctx, ctx.str('case'));
      const r = await ctx.call('retention:purge', { caseId: c.id, confirmRef: confirm });
      const lines = [t('purged', { ref: r.ref })];
      if (r.backups.length) {
        lines.push(t('purgedBackups', { count: r.backups.length }), ...r.backups.map((b) => `  ${b.createdAt}  ${b.backupId}${b.fileName ? `  ${terminalSafe(b.fileName)}` : ''}`), t('purgedBackupsAdvice'));
      }
      ctx.print(lines.join('\n'), r);
      return 0;
    }
    default:
      throw new UsageError(t('unknownCommand', { cmd: `case ${sub ?? ''}`.trim() }));
  }
}

export { oneOf };

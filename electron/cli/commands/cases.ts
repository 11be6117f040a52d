/** `case create | list` */
import { CASE_CATEGORIES, CASE_STATUSES, type CaseCategory, type CaseStatus, type CaseSummary } from '../../../shared/case-types';
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
    default:
      throw new UsageError(t('unknownCommand', { cmd: `case ${sub ?? ''}`.trim() }));
  }
}

export { oneOf };

/**
 * `person add | list | report` (issue 15 items 2, 4, 7). A person is chosen, never matched by
 * name: `--same-as ID` puts a person already known from another case into this one; without
 * it `--name` makes a new person, even when someone of that name exists. `person report`
 * writes the access letter (art. 15 AVG) as a PDF.
 */
import { resolve } from 'node:path';
import { TRISTATE, type Tristate } from '../../../shared/case-types';
import { PERSON_ROLES, type Person, type PersonRole } from '../../../shared/person-types';
import type { CliContext } from '../context';
import { caseByRef, oneOf } from './cases';
import { UsageError } from '../usage-error';
import { terminalSafe } from '../terminal-text';

function line(p: Person): string {
  return `${p.id}  ${p.role.padEnd(10)} ${p.minor.padEnd(8)} ${terminalSafe(p.name)}${p.pseudonym ? `  (${terminalSafe(p.pseudonym)})` : ''}`;
}

export async function personCommand(ctx: CliContext, sub: string | undefined): Promise<number> {
  const { t } = ctx;
  switch (sub) {
    case 'add': {
      const role = oneOf<PersonRole>(ctx, 'role', PERSON_ROLES, ctx.str('role'));
      const minor = oneOf<Tristate>(ctx, 'minor', TRISTATE, ctx.str('minor'));
      const sameAs = ctx.str('same-as');
      const name = ctx.str('name');
      if (!role || (!name && !sameAs)) throw new UsageError(t('personAddUsage'));
      await ctx.unlock();
      const c = await caseByRef(ctx, ctx.str('case'));
      const identityId = sameAs ? (await ctx.call('person:list-identities', {})).find((i) => i.cases.some((k) => k.personId === sameAs))?.identityId : undefined;
      if (sameAs && !identityId) throw new UsageError(t('personNotFound', { id: terminalSafe(sameAs) }));
      const p = await ctx.call('person:add', { caseId: c.id, role, name: identityId ? undefined : name, minor, pseudonym: ctx.str('pseudonym'), identityId });
      ctx.print(line(p), p);
      return 0;
    }
    case 'list': {
      await ctx.unlock();
      const ref = ctx.str('case');
      if (ref) {
        const list = await ctx.call('person:list', { caseId: (await caseByRef(ctx, ref)).id });
        ctx.print(list.map(line).join('\n') || t('noPersons'), list);
        return 0;
      }
      const ids = await ctx.call('person:list-identities', {});
      ctx.print(
        ids.map((i) => `${terminalSafe(i.name)}\n${i.cases.map((k) => `  ${k.personId}  ${k.caseRef}  ${k.role}`).join('\n')}`).join('\n') || t('noPersons'),
        ids,
      );
      return 0;
    }
    case 'report': {
      const personId = ctx.str('person');
      const out = ctx.str('out');
      const lang = oneOf<'nl' | 'en'>(ctx, 'lang', ['nl', 'en'], ctx.str('lang')) ?? ctx.lang;
      if (!personId || !out) throw new UsageError(t('personReportUsage'));
      await ctx.unlock();
      const r = await ctx.call('person:report', { personId, lang, outPath: resolve(out), requestId: ctx.str('request'), overwrite: ctx.options.force === true, withholdPolice: ctx.options['withhold-police'] === true });
      ctx.print(t('personReported', { path: terminalSafe(r.path), pages: r.pages, cases: r.cases, items: r.items }), r);
      return 0;
    }
    default:
      throw new UsageError(t('unknownCommand', { cmd: `person ${sub ?? ''}`.trim() }));
  }
}

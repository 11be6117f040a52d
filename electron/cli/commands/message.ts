/**
 * `message templates | draft | log | list` (issue 19 item 6; docs/communication.md): the
 * school's message templates, a draft of one for a case (the message on stdout, what to fill
 * in by hand on stderr, so `> bericht.txt` keeps only the message), the communication log.
 * A message to a group that names a person of the case is refused by the core, as in the app.
 */
import { AUDIENCES, CONTACT_WAYS, type Audience, type CommEntry, type ContactWay } from '../../../shared/message-types';
import { DEFAULT_TIME_ZONE, formatBothCompact } from '../../../shared/time';
import type { CliContext } from '../context';
import { caseByRef, oneOf } from './cases';
import { UsageError } from '../usage-error';
import { terminalSafe } from '../terminal-text';

function entryLine(ctx: CliContext, e: CommEntry): string {
  const when = formatBothCompact(e.at, DEFAULT_TIME_ZONE, ctx.lang).split('\n')[0]!;
  const what = e.templateTitle ? terminalSafe(e.templateTitle) : ctx.t('messageOwnText');
  const ticked = e.ticked.length ? `  ${ctx.t('messageTicked', { steps: e.ticked.map((s) => terminalSafe(s.title)).join('; ') })}` : '';
  return `${when}  ${e.audience.padEnd(16)} ${e.how.padEnd(12)} ${terminalSafe(e.to)}  (${what})${e.followUp ? `  ${ctx.t('messageFollowUp')}` : ''}${ticked}`;
}

export async function messageCommand(ctx: CliContext, sub: string | undefined): Promise<number> {
  const { t } = ctx;
  switch (sub) {
    case 'templates': {
      await ctx.unlock();
      const set = await ctx.call('message:get-templates', {});
      const lines = set.templates.map((m) => `${m.id.padEnd(18)} ${m.audience.padEnd(16)} ${terminalSafe(m.title[ctx.lang])}`);
      ctx.print([...lines, set.edited ? t('messageTemplatesEdited') : t('messageTemplatesShipped')].join('\n'), set);
      return 0;
    }
    case 'draft': {
      const templateId = ctx.str('template');
      if (!templateId || !ctx.str('case')) throw new UsageError(t('messageDraftUsage'));
      const lang = oneOf<'nl' | 'en'>(ctx, 'lang', ['nl', 'en'], ctx.str('lang')) ?? ctx.lang;
      await ctx.unlock();
      const c = await caseByRef(ctx, ctx.str('case'));
      const d = await ctx.call('message:draft', { caseId: c.id, templateId, lang });
      ctx.print(`${t('messageSubject', { subject: d.subject })}\n\n${d.body}`, d);
      // What the officer must do before sending goes to stderr: stdout stays the message.
      if (!ctx.json) {
        if (d.missing.length) process.stderr.write(`${t('messageMissing', { n: d.missing.length })}\n`);
        if (d.withheld) process.stderr.write(`${t('messageWithheld', { n: d.withheld })}\n`);
      }
      return 0;
    }
    case 'log': {
      const to = ctx.str('to');
      const how = oneOf<ContactWay>(ctx, 'how', CONTACT_WAYS, ctx.str('how'));
      const audience = oneOf<Audience>(ctx, 'audience', AUDIENCES, ctx.str('audience'));
      if (!to || !how || !ctx.str('case')) throw new UsageError(t('messageLogUsage'));
      const lang = oneOf<'nl' | 'en'>(ctx, 'lang', ['nl', 'en'], ctx.str('lang')) ?? ctx.lang;
      await ctx.unlock();
      const c = await caseByRef(ctx, ctx.str('case'));
      const r = await ctx.call('message:log', {
        caseId: c.id,
        to,
        how,
        audience,
        templateId: ctx.str('template'),
        lang,
        text: ctx.str('text'),
        note: ctx.str('note'),
        personId: ctx.str('person'),
        followUp: ctx.options['follow-up'] === true,
      });
      ctx.print(`${t('messageLogged', { id: r.entry.id })}${r.ticked.length ? `\n${t('messageTicked', { steps: r.ticked.map((s) => terminalSafe(s.title)).join('; ') })}` : ''}`, r);
      return 0;
    }
    case 'list': {
      await ctx.unlock();
      const c = await caseByRef(ctx, ctx.str('case'));
      const list = await ctx.call('message:list', { caseId: c.id });
      ctx.print(list.map((e) => entryLine(ctx, e)).join('\n') || t('messageNone'), list);
      return 0;
    }
    default:
      throw new UsageError(t('unknownCommand', { cmd: `message ${sub ?? ''}`.trim() }));
  }
}

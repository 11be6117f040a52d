/**
 * Communication (issue 19) on a realistic case (tests/helpers/people-case.ts: an expose account
 * shaming a minor student, six persons, three staff members): every shipped template drafts in
 * both languages with the case's facts and nothing else; a message to a group never names a
 * person of the case, even when a fact would (a contact person spelled like the witness); the
 * officer's typed text is checked; the log ticks the matching steps with a link to the entry,
 * is in the officer's dossier and not in the police one, and in the access letter of the person
 * it concerns only.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAppErrorData } from '../../shared/errors';
import { MESSAGE_FACTS, isGroupAudience, type MessageTemplate } from '../../shared/message-types';
import { shippedTemplates } from '../../electron/core/message/templates';
import { peopleCase, type PeopleCase } from '../helpers/people-case';
import { PASS, newCore, tempDir } from '../helpers/temp';
import { createBridgeHostHandlers } from '../../electron/bridge/host-handlers';
import { createDispatcher } from '../../electron/core/dispatch';
import { PathGrants } from '../../electron/core/files/path-grants';
import { silentLogger } from '../../electron/core/logger';
import { readZipEntries } from '../helpers/zip';

const ctx = { transport: 'test' } as const;

async function refusal(p: Promise<unknown>): Promise<{ code: string; details?: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    const data = (e as { toData?: () => unknown }).toData?.() ?? e;
    if (isAppErrorData(data)) return data;
    throw e;
  }
  throw new Error('expected a refusal');
}

const pdfToText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).normalize('NFC');

async function dossierText(pc: PeopleCase, profile: 'officer' | 'police'): Promise<string> {
  const out = join(tempDir(), `dossier-${profile}.zip`);
  await pc.h['dossier:export']({ caseId: pc.c.id, profile, lang: 'nl', outPath: out, recipient: 'Ontvanger' }, ctx);
  const pdf = join(tempDir(), 'dossier.pdf');
  writeFileSync(pdf, (await readZipEntries(out)).get('dossier.pdf')!);
  return pdfToText(pdf).replace(/\s+/g, ' ');
}

async function letterText(pc: PeopleCase, personId: string, lang: 'nl' | 'en', withholdPolice = false): Promise<string> {
  const out = join(tempDir(), `inzage-${personId}-${lang}-${withholdPolice}.pdf`);
  await pc.h['person:report']({ personId, lang, outPath: out, withholdPolice }, ctx);
  return pdfToText(out).replace(/\s+/g, ' ');
}

type Draft = Awaited<ReturnType<PeopleCase['h']['message:draft']>>;

// Everything is made in beforeAll, while the vault is open (the test helpers lock every core after each test).
describe('message templates and drafts', () => {
  let pc: PeopleCase;
  const drafts = new Map<string, Draft>();
  let templates: MessageTemplate[];
  const missing: Record<'nl' | 'en', Draft> = {} as never;
  const namesake: { team?: Draft; press?: Draft; victim?: Draft } = {};
  const checks = new Map<string, string[]>();
  const TYPED = ['Wij hebben met MILA  DE GROOT gesproken.', 'Het account ROC.EXPOSE.2026 is gemeld.', 'Roos heeft het gemeld.', 'Slachtoffer A is weer op school.', 'Daan Visser en Kevin Jansen', 'Rozen en Milan; vraag Sanne Bakker.', 'Mila is verdrietig, de groep is groot.', 'Over de Groot en van Daan'];

  beforeAll(async () => {
    pc = await peopleCase();
    await pc.h['settings:set']({ policyUrl: 'https://www.rocvoorbeeld.nl/beleid/sociale-veiligheid' }, ctx);
    templates = (await pc.h['message:get-templates']({}, ctx)).templates;
    for (const t of templates) for (const lang of ['nl', 'en'] as const) drafts.set(`${t.id}/${lang}`, await pc.h['message:draft']({ caseId: pc.c.id, templateId: t.id, lang }, ctx));
    // A case without a policy address, with a contact person who has no phone number.
    await pc.h['settings:set']({ policyUrl: '' }, ctx);
    for (const lang of ['nl', 'en'] as const) missing[lang] = await pc.h['message:draft']({ caseId: pc.c.id, templateId: 'team', lang, contactStaffId: pc.staff.coordinator.id }, ctx);
    // A staff member who shares the witness's name, chosen as the contact person.
    const kevin = await pc.h['staff:add']({ name: 'Kevin Jansen', role: 'mentor', phone: '030 999 00 00' }, ctx);
    namesake.team = await pc.h['message:draft']({ caseId: pc.c.id, templateId: 'team', lang: 'nl', contactStaffId: kevin.id }, ctx);
    namesake.press = await pc.h['message:draft']({ caseId: pc.c.id, templateId: 'press', lang: 'en', contactStaffId: kevin.id }, ctx);
    namesake.victim = await pc.h['message:draft']({ caseId: pc.c.id, templateId: 'victim-parents', lang: 'nl', contactStaffId: kevin.id }, ctx);
    await pc.h['person:update']({ personId: pc.persons.reporter.id, patch: { pseudonym: 'Roos' } }, ctx);
    for (const text of TYPED) checks.set(text, (await pc.h['message:check']({ caseId: pc.c.id, text }, ctx)).hits.map((h) => `${h.role}:${h.name}${h.part ? ' (part)' : ''}`));
  });

  it('ships the six templates of the issue, each with its purpose and what it must never contain, in both languages', () => {
    expect(shippedTemplates().templates.map((t) => t.audience)).toEqual(['victim-parents', 'spreader-parents', 'class', 'team', 'press', 'police']);
    for (const t of templates) for (const field of [t.title, t.purpose, t.neverContains, t.subject, t.body]) expect(field.nl.length * field.en.length, t.id).toBeGreaterThan(0);
  });

  it('drafts every template in both languages with the case facts it asks for, and nothing missing on a complete case', () => {
    for (const t of templates) {
      for (const lang of ['nl', 'en'] as const) {
        const d = drafts.get(`${t.id}/${lang}`)!;
        const asked = MESSAGE_FACTS.filter((f) => `${t.subject[lang]}${t.body[lang]}`.includes(`{${f}}`));
        expect(d.missing, `${t.id}/${lang}`).toEqual([]);
        expect(d.filled, `${t.id}/${lang}`).toEqual(asked);
        expect(`${d.subject}\n${d.body}`, `${t.id}/${lang}: a placeholder left`).not.toMatch(/\{[A-Za-z]+\}/);
        expect(d.group).toBe(isGroupAudience(t.audience));
        expect(d.withheld).toBe(0);
        expect(d.title).toBe(t.title[lang]);
        if (asked.includes('ref')) expect(`${d.subject}\n${d.body}`).toContain(pc.c.ref);
        if (asked.includes('organisation')) expect(d.body).toContain('ROC Voorbeeld');
      }
    }
    // The facts themselves, in the draft's language.
    const victimNl = drafts.get('victim-parents/nl')!;
    expect(victimNl.body).toContain('Fatima El Amrani (vertrouwenspersoon)');
    expect(victimNl.body).toContain('030 123 45 67');
    expect(victimNl.body).toContain('Instagram, WhatsApp, Snapchat, TikTok en X (Twitter)');
    expect(victimNl.body).toContain('16-11-2026');
    expect(victimNl.body).toContain('Met vriendelijke groet');
    const victimEn = drafts.get('victim-parents/en')!;
    expect(victimEn.body).toContain('Instagram, WhatsApp, Snapchat, TikTok and X (Twitter)');
    expect(victimEn.body).toContain('2026-11-16');
    expect(victimEn.body).toContain('Kind regards');
    expect(drafts.get('police/nl')!.body).toContain('PL0900-2026-123456');
    expect(drafts.get('team/en')!.body).toContain('https://www.rocvoorbeeld.nl/beleid/sociale-veiligheid');
  });

  it('fills nothing else: no person, title, description or note of the case reaches any draft', () => {
    const never = ['Mila', 'Groot', 'Daan', 'Visser', 'Noor', 'Haddad', 'Kevin', 'Jansen', 'roc.expose', 'Expose-account', 'klas 2B', 'Ingrid', 'huilde', 'Joris'];
    for (const [key, d] of drafts) for (const word of never) expect(`${d.subject}\n${d.body}`.toLowerCase(), `${key} holds ${word}`).not.toContain(word.toLowerCase());
  });

  it('says which facts the case does not have, visibly, instead of guessing', () => {
    expect(missing.nl.missing).toEqual(['contactPhone', 'policyUrl']);
    expect(missing.nl.body).toContain('Joris Mulder (zorgcoördinator), [vul in: telefoonnummer]');
    expect(missing.nl.body).toContain('[vul in: adres van het beleid van de school]');
    expect(missing.en.body).toContain('[fill in: phone number]');
  });

  it('keeps a person’s name out of a group message even when a fact carries it, and says so', () => {
    for (const d of [namesake.team!, namesake.press!]) {
      expect(d.body).not.toMatch(/kevin|jansen/i);
      expect(d.withheld).toBeGreaterThan(0);
    }
    expect(namesake.team!.body).toContain('[naam weggelaten]');
    expect(namesake.press!.body).toContain('[name withheld]');
    // Not a group: the parents of the victim are told who their contact is, whatever the name.
    expect(namesake.victim!.body).toContain('Kevin Jansen (mentor)');
    expect(namesake.victim!.withheld).toBe(0);
  });

  it('finds every name and pseudonym of a person in a typed text, whatever the case, accents or spacing, but not the contact person', () => {
    expect(Object.fromEntries(checks)).toEqual({
      'Wij hebben met MILA  DE GROOT gesproken.': ['victim:Mila de Groot'],
      'Het account ROC.EXPOSE.2026 is gemeld.': ['originator:roc.expose.2026'],
      'Roos heeft het gemeld.': ['reporter:Roos'],
      'Slachtoffer A is weer op school.': ['victim:Slachtoffer A'],
      'Daan Visser en Kevin Jansen': ['spreader:Daan Visser', 'witness:Kevin Jansen'],
      // A whole word only, and the contact person is the one name a message is meant to carry.
      'Rozen en Milan; vraag Sanne Bakker.': [],
      // A first name or a surname alone: found as a part, to warn (groot is also a word).
      'Mila is verdrietig, de groep is groot.': ['victim:Mila (part)', 'victim:Groot (part)'],
      'Over de Groot en van Daan': ['victim:Groot (part)', 'spreader:Daan (part)'],
    });
  });
});

describe('the communication log', () => {
  let pc: PeopleCase;
  const r: Record<string, unknown> = {};
  type Logged = Awaited<ReturnType<PeopleCase['h']['message:log']>>;
  type Steps = Awaited<ReturnType<PeopleCase['h']['step:list']>>;
  let auditBefore = 0;
  let auditAfter: Awaited<ReturnType<PeopleCase['h']['audit:list']>> = [];

  beforeAll(async () => {
    pc = await peopleCase();
    const h = pc.h;
    const c = pc.c.id;
    auditBefore = (await h['audit:list']({ limit: 1000 }, ctx)).length;
    r.refusedClass = await refusal(h['message:log']({ caseId: c, templateId: 'class', to: 'Klas 2B', how: 'letter', text: 'Beste studenten, over Mila de Groot: deel niets.' }, ctx));
    // A group audience with a text of one's own: the same rule.
    r.refusedTeam = await refusal(h['message:log']({ caseId: c, audience: 'team', to: 'Team', how: 'email', subject: 'Over Daan Visser', text: '' }, ctx));
    // What happened is logged afterwards: a time in the future is refused.
    r.future = await refusal(h['message:log']({ caseId: c, audience: 'other', to: 'Mentor', how: 'phone', at: '2027-06-01T10:00:00+02:00' }, ctx));
    r.afterRefusal = await h['message:list']({ caseId: c }, ctx);
    r.auditAfterRefusal = (await h['audit:list']({ limit: 1000 }, ctx)).length;
    r.stepsBefore = await h['step:list']({ caseId: c }, ctx);
    const steps = r.stepsBefore as Steps;
    const byTick = (tick: string) => steps.find((s) => s.tick === tick)!;
    r.parents = await h['message:log']({ caseId: c, templateId: 'victim-parents', to: 'Moeder van Mila', how: 'phone', text: 'Gebeld met de moeder van Mila de Groot.', personId: pc.persons.victim.id }, ctx);
    r.team = await h['message:log']({ caseId: c, templateId: 'team', to: 'Team 2B', how: 'meeting', at: '2026-11-17T14:30:00+01:00', note: 'Mentoren letten op in de les.' }, ctx);
    r.afterTeam = await h['step:list']({ caseId: c }, ctx);
    // The communication step is done by hand first: a press statement later does not touch it.
    await h['step:update']({ stepId: byTick('communication').id, patch: { done: true } }, ctx);
    r.press = await h['message:log']({ caseId: c, templateId: 'press', to: 'RTV Utrecht', how: 'email' }, ctx);
    r.afterPress = await h['step:list']({ caseId: c }, ctx);
    r.teamAgain = await h['message:log']({ caseId: c, audience: 'team', to: 'Docenten', how: 'email' }, ctx);
    r.follow = await h['message:log']({ caseId: c, audience: 'victim-parents', to: 'Mila en haar moeder', how: 'conversation', followUp: true, personId: pc.persons.victim.id, note: 'Over twee weken weer.' }, ctx);
    r.police = await h['message:log']({ caseId: c, audience: 'police', to: 'Wijkagent', how: 'phone', templateId: 'police', personId: pc.persons.victim.id, note: 'Aangifte besproken.' }, ctx);
    auditAfter = await h['audit:list']({ limit: 1000 }, ctx);
    r.caseLog = await h['audit:query']({ caseId: c }, ctx);
    r.officer = await dossierText(pc, 'officer');
    r.policeDossier = await dossierText(pc, 'police');
    r.victimNl = await letterText(pc, pc.persons.victim.id, 'nl');
    r.victimEn = await letterText(pc, pc.persons.victim.id, 'en');
    r.withheld = await letterText(pc, pc.persons.victim.id, 'nl', true);
    r.spreader = await letterText(pc, pc.persons.spreader.id, 'nl');
    // Opening a ticked step by hand drops the link.
    await h['step:update']({ stepId: byTick('team').id, patch: { done: false } }, ctx);
    r.reopened = await h['step:list']({ caseId: c }, ctx);
    r.log = await h['message:list']({ caseId: c }, ctx);
    const stranger = await h['person:add']({ caseId: pc.other.id, role: 'witness', name: 'Iemand Anders' }, ctx);
    r.stranger = await refusal(h['message:log']({ caseId: c, audience: 'other', to: 'X', how: 'phone', personId: stranger.id }, ctx));
  });

  it('refuses a group message that names a person, logs nothing, and accepts it for the parents', () => {
    const cls = r.refusedClass as { code: string; details?: Record<string, unknown> };
    expect(cls.code).toBe('VALIDATION');
    expect(cls.details?.reason).toBe('message-names-person');
    expect((r.refusedTeam as { details?: Record<string, unknown> }).details?.reason).toBe('message-names-person');
    expect((r.future as { code: string }).code).toBe('VALIDATION');
    expect(r.afterRefusal).toEqual([]);
    expect(r.auditAfterRefusal).toBe(auditBefore);
    const ok = r.parents as Logged;
    expect(ok.entry.audience).toBe('victim-parents');
    expect(ok.entry.templateTitle).toBe('Aan de student en de ouders');
    expect(ok.entry.text).toBe('Gebeld met de moeder van Mila de Groot.');
    expect(ok.ticked).toEqual([]);
  });

  it('ticks the team, communication and aftercare steps with a link to the entry, and leaves a step done by hand as it was', () => {
    const steps = r.stepsBefore as Steps;
    const byTick = (tick: string) => steps.find((s) => s.tick === tick)!;
    expect(byTick('team').title).toBe('Het team informeren');
    expect(byTick('communication').title).toBe('Communicatie en antwoorden op persvragen voorbereiden');
    expect(byTick('aftercare').title).toMatch(/^Nazorg/);
    expect(steps.filter((s) => s.tick !== null)).toHaveLength(3);

    const team = r.team as Logged;
    expect(team.ticked.map((s) => s.title)).toEqual(['Het team informeren']);
    expect(team.entry.ticked).toEqual([{ stepId: byTick('team').id, title: 'Het team informeren' }]);
    const teamStep = (r.afterTeam as Steps).find((s) => s.id === byTick('team').id)!;
    expect(teamStep.doneAt).toBe('2026-11-17T13:30:00.000Z');
    expect(teamStep.doneBy).toBe('Fatima El Amrani (vertrouwenspersoon)');
    expect(teamStep.doneByMessageId).toBe(team.entry.id);
    expect(auditAfter.find((a) => a.kind === 'message.logged' && a.subject === team.entry.id)?.details).toMatchObject({ caseId: pc.c.id, audience: 'team', how: 'meeting', ticked: [teamStep.id] });
    expect(auditAfter.find((a) => a.kind === 'step.updated' && a.subject === teamStep.id)?.details).toMatchObject({ done: true, messageId: team.entry.id });
    // The case's log names the entry by its audience, never by who was told.
    const about = (r.caseLog as { kind: string; subject: string | null; about?: unknown }[]).find((e) => e.kind === 'message.logged' && e.subject === team.entry.id)?.about;
    expect(about).toEqual({ kind: 'message', caseRef: pc.c.ref, label: 'team' });

    expect((r.press as Logged).ticked).toEqual([]);
    expect((r.afterPress as Steps).find((s) => s.tick === 'communication')!.doneByMessageId).toBeNull();
    expect((r.teamAgain as Logged).ticked).toEqual([]);
    expect((r.follow as Logged).ticked.map((s) => s.tick)).toEqual(['aftercare']);
    expect((r.reopened as Steps).find((s) => s.id === teamStep.id)!.doneByMessageId).toBeNull();
    expect((r.log as { to: string }[]).map((m) => m.to)).toEqual(['Team 2B', 'Moeder van Mila', 'RTV Utrecht', 'Docenten', 'Mila en haar moeder', 'Wijkagent']);
  });

  it('is in the officer’s dossier, with the steps it ticked, and only counted as left out in the police dossier', () => {
    const officer = r.officer as string;
    expect(officer).toContain('Communicatie');
    expect(officer).toContain('Team: Team 2B');
    expect(officer).toContain('Afspraken: Mentoren letten op in de les.');
    expect(officer).toContain('Vinkte af: Nazorg');
    expect(officer).toContain('Sjabloon: Korte verklaring voor pers en sociale media');
    const police = r.policeDossier as string;
    expect(police).not.toContain('Team 2B');
    expect(police).not.toContain('Mentoren letten op');
    expect(police).toMatch(/regels? van het communicatielog \(geen onderdeel van dit profiel\)/);
  });

  it('is in the access letter of the person it concerns, in both languages, and in nobody else’s; the police line only when not withheld', () => {
    const victimNl = r.victimNl as string;
    expect(victimNl).toContain('Wie de school heeft geïnformeerd');
    expect(victimNl).toContain('telefoon, aan Moeder van Mila: Aan de student en de ouders.');
    expect(victimNl).toContain('Dit was een vervolggesprek. Afspraken: Over twee weken weer.');
    expect(victimNl).toContain('aan Wijkagent');
    expect(victimNl).not.toContain('Team 2B');
    expect(victimNl).not.toContain('Gebeld met de moeder');
    expect(r.victimEn as string).toContain('Whom the school informed');
    // The template's title as it was used: the message went out in Dutch.
    expect(r.victimEn as string).toContain('phone, to Moeder van Mila: Aan de student en de ouders.');
    expect(r.victimEn as string).toContain('conversation, to Mila en haar moeder: without a template. This was a follow-up talk.');
    expect(r.withheld as string).not.toContain('Wijkagent');
    expect(r.withheld as string).toContain('aan Moeder van Mila');
    expect(r.spreader as string).not.toContain('Wie de school heeft geïnformeerd');
    expect(r.spreader as string).not.toContain('Moeder van Mila');
  });

  it('refuses a person of another case', () => {
    expect((r.stranger as { code: string }).code).toBe('VALIDATION');
  });
});

describe('the school edits its templates', () => {
  it('saves them in the vault, drafts from them, refuses a placeholder that is not a fact, and restores the shipped ones', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const h = core.handlers;
    // Through the dispatcher: the contract's schema is what refuses a bad template.
    const dispatch = createDispatcher({ ...core.handlers, ...createBridgeHostHandlers(new PathGrants()) }, silentLogger);
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await h['case:create']({ title: 'Zaak', category: 'other' }, ctx);
    const shipped = await h['message:get-templates']({}, ctx);
    expect(shipped.edited).toBe(false);
    const team = shipped.templates.find((t) => t.id === 'team')!;
    const edited = { ...team, body: { nl: 'Collega’s, zaak {ref}: let op.', en: 'Colleagues, case {ref}: watch out.' } };
    // A placeholder a draft does not fill could only leak something it should not: refused.
    const bad = { ...team, body: { nl: 'Over {caseTitle}', en: 'About {caseTitle}' } };
    const save = (templates: MessageTemplate[]) => dispatch('message:save-templates', { templates }, ctx);
    expect(await save([bad])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await save([team, team])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await h['message:get-templates']({}, ctx)).edited).toBe(false);
    const saved = await h['message:save-templates']({ templates: [edited, { ...team, id: 'eigen-1', title: { nl: 'Tweede teambericht', en: 'Second team message' } }] }, ctx);
    expect(saved.edited).toBe(true);
    expect(saved.templates.map((t) => t.id)).toEqual(['team', 'eigen-1']);
    expect((await h['message:draft']({ caseId: c.id, templateId: 'team', lang: 'en' }, ctx)).body).toBe(`Colleagues, case ${c.ref}: watch out.`);
    expect((await refusal(h['message:draft']({ caseId: c.id, templateId: 'class', lang: 'nl' }, ctx))).code).toBe('NOT_FOUND');
    const restored = await h['message:save-templates']({ templates: null }, ctx);
    expect(restored.edited).toBe(false);
    expect(restored.templates).toHaveLength(6);
    const kinds = (await h['audit:list']({ limit: 100 }, ctx)).filter((e) => e.kind === 'messages.templates_saved').map((e) => e.details);
    expect(kinds).toEqual([{ templates: 6, edited: false }, { templates: 2, edited: true }]);
  });
});

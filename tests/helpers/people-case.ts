/**
 * A realistic case for the people tests (issue 15), made through the real handlers on a vault
 * with a movable clock: an expose account shaming a minor student. Six persons (the minor
 * victim, a pseudonymous originator known only by an account name, a spreader, a minor
 * reporter, a witness, and the SLB as contact person), three staff members (one of them the
 * vault's owner), three screenshots, a video, two URL-only sightings, eight takedown requests
 * with notes that name people (one status stated two days before it was recorded), working
 * notes, step notes, the police page and a legal hold; a second case where the victim is
 * chosen again and a namesake who is someone else. All names are invented.
 */
import { manualClock } from '../../electron/core/clock';
import type { Core } from '../../electron/core/create-core';
import type { CaseDetail } from '../../shared/case-types';
import type { Person } from '../../shared/person-types';
import type { StaffMember } from '../../shared/staff-types';
import { screenshot } from './images';
import { PASS, newCore, tempDir } from './temp';
import { sourceVideo } from './videos';
import { readFileSync } from 'node:fs';

const ctx = { transport: 'test' } as const;

export const OWNER = 'Fatima El Amrani';

/** A short phone-like video (Debian's ffmpeg, into the test's own temp folder): a video item, like a forwarded clip. */
function mp4(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(sourceVideo(tempDir(), { seconds: 2, name: 'clip.mp4' })));
}

export interface PeopleCase {
  core: Core;
  h: Core['handlers'];
  clock: ReturnType<typeof manualClock>;
  c: CaseDetail;
  other: CaseDetail;
  persons: Record<'victim' | 'originator' | 'spreader' | 'reporter' | 'witness' | 'contact', Person>;
  staff: Record<'officer' | 'slb' | 'coordinator', StaffMember>;
  items: { post: string; group: string; story: string; video: string; tiktok: string; x: string };
  note: string;
}

export async function peopleCase(): Promise<PeopleCase> {
  const clock = manualClock('2026-11-16T08:00:00Z');
  // The clock jumps days ahead: the idle lock must not fire on its own (tests call nothing of it).
  const core = newCore({ clock, idleCheckMs: 0 });
  const h = core.handlers;
  await h['vault:create']({ passphrase: PASS, ownerName: OWNER }, ctx);
  await h['settings:set']({ senderName: OWNER, senderEmail: 'vertrouwenspersoon@rocvoorbeeld.nl', senderOrganisation: 'ROC Voorbeeld' }, ctx);
  const officer = await h['staff:add']({ name: OWNER, role: 'vertrouwenspersoon', phone: '030 123 45 67', email: 'vertrouwenspersoon@rocvoorbeeld.nl', makeDefault: true }, ctx);
  const slb = await h['staff:add']({ name: 'Sanne Bakker', role: 'SLB', phone: '030 123 45 68' }, ctx);
  const coordinator = await h['staff:add']({ name: 'Joris Mulder', role: 'zorgcoördinator' }, ctx);

  const c = await h['case:create']({ title: 'Expose-account over Mila de G. (klas 2B)', category: 'expose-account', description: 'Het account roc.expose.2026 plaatst foto’s van Mila de Groot met spottende teksten; Daan Visser deelde ze in de klassenapp. Gemeld door Noor Haddad.', tags: ['klas 2B'] }, ctx);
  const add = (role: Person['role'], name: string, extra: Partial<{ minor: 'yes' | 'no' | 'unknown'; affiliation: Person['affiliation']; isPseudonym: boolean; contactNotes: string }> = {}) =>
    h['person:add']({ caseId: c.id, role, name, ...extra }, ctx);
  const victim = await add('victim', 'Mila de Groot', { minor: 'yes', affiliation: 'student', contactNotes: 'Moeder: Ingrid de Groot, 06-12345678. Contact via Sanne Bakker.' });
  const originator = await add('originator', 'roc.expose.2026', { isPseudonym: true, minor: 'unknown' });
  const spreader = await add('spreader', 'Daan Visser', { minor: 'yes', affiliation: 'student', contactNotes: 'Ouders Visser gesproken samen met Sanne Bakker en Joris Mulder.' });
  const reporter = await add('reporter', 'Noor Haddad', { minor: 'yes', affiliation: 'student' });
  const witness = await add('witness', 'Kevin Jansen', { minor: 'no', affiliation: 'student' });
  const contact = await add('contact', 'Sanne Bakker', { minor: 'no', affiliation: 'staff' });

  clock.advance(3_600_000);
  const shots = await Promise.all([screenshot('roc.expose.2026 over Mila', { hue: 330 }), screenshot('Klassenapp 2B', { hue: 140 }), screenshot('Story', { hue: 40 })]);
  const post = (await h['evidence:import']({ caseId: c.id, meta: { platform: 'Instagram', url: 'https://www.instagram.com/roc.expose.2026/p/Cx1/', handle: '@roc.expose.2026', seenAt: '2026-11-16T08:40:00+01:00', description: 'Foto van Mila de Groot met spottende tekst.' }, files: [{ name: 'IMG_Mila_de_Groot.png', bytes: new Uint8Array(shots[0]!) }] }, ctx)).results[0]!.itemId!;
  const group = (await h['evidence:import']({ caseId: c.id, meta: { platform: 'WhatsApp', url: 'https://chat.whatsapp.com/KlasTweeB', handle: 'Daan Visser (+31 6 11111111)', seenAt: '2026-11-16T08:50:00+01:00', captureMethod: 'from-reporter', receivedFromPersonId: reporter.id, description: 'Doorgestuurd door Noor Haddad.' }, files: [{ name: 'WhatsApp Image Noor.png', bytes: new Uint8Array(shots[1]!) }] }, ctx)).results[0]!.itemId!;
  const story = (await h['evidence:import']({ caseId: c.id, meta: { platform: 'instagram ', url: 'https://www.instagram.com/stories/roc.expose.2026/31/', capturedByStaffId: slb.id, receivedFromStaffId: slb.id, seenAt: '2026-11-16T09:00:00+01:00' }, files: [{ name: 'story.png', bytes: new Uint8Array(shots[2]!) }] }, ctx)).results[0]!.itemId!;
  const video = (await h['evidence:import']({ caseId: c.id, meta: { platform: 'Snapchat', url: 'https://www.snapchat.com/add/daan.v', handle: 'daan.v', captureMethod: 'from-witness', description: 'Video, doorgestuurd door Kevin Jansen.' }, files: [{ name: 'Snapchat-Kevin.mp4', bytes: mp4() }] }, ctx)).results[0]!.itemId!;
  const tiktok = (await h['evidence:add-url']({ caseId: c.id, meta: { platform: 'TikTok', url: 'https://www.tiktok.com/@roc.expose.2026/video/7311', handle: '@roc.expose.2026', seenAt: '2026-11-16T10:00:00+01:00' } }, ctx)).id;
  const x = (await h['evidence:add-url']({ caseId: c.id, meta: { platform: 'X', url: 'https://x.com/daanvisser/status/1', handle: '@daanvisser', description: 'Repost door Daan Visser.' } }, ctx)).id;

  const link = (itemId: string, links: { personId: string; link: 'shown' | 'posted' | 'shared' }[]) => h['person:set-item-people']({ itemId, links }, ctx);
  await link(post, [{ personId: victim.id, link: 'shown' }, { personId: originator.id, link: 'posted' }]);
  await link(group, [{ personId: victim.id, link: 'shown' }, { personId: spreader.id, link: 'shared' }]);
  await link(story, [{ personId: victim.id, link: 'shown' }, { personId: originator.id, link: 'posted' }]);
  await link(video, [{ personId: victim.id, link: 'shown' }, { personId: spreader.id, link: 'posted' }]);
  await link(tiktok, [{ personId: victim.id, link: 'shown' }, { personId: originator.id, link: 'posted' }]);
  await link(x, [{ personId: spreader.id, link: 'shared' }]);
  await h['person:set-item-people']({ itemId: video, receivedFromPersonId: witness.id }, ctx);

  await h['note:add']({ caseId: c.id, body: 'Mila huilde; moeder Ingrid de Groot belt morgen. Vermoeden: Daan Visser zit achter het account.' }, ctx);
  const steps = await h['step:list']({ caseId: c.id }, ctx);
  await h['step:update']({ stepId: steps[0]!.id, patch: { done: true, notes: 'Gesprek met Daan Visser en zijn ouders; Sanne Bakker was erbij.' } }, ctx);

  clock.advance(3_600_000);
  const td = async (itemId: string, channel: 'web-form' | 'in-app' | 'offlimits' | 'police' | 'host') => (await h['takedown:create']({ caseId: c.id, itemId, channel }, ctx)).id;
  const status = (requestId: string, s: 'sent' | 'acknowledged' | 'removed' | 'refused' | 'appealed', extra: { reference?: string; note?: string; at?: string } = {}) => h['takedown:set-status']({ requestId, status: s, ...extra }, ctx);
  const t1 = await td(post, 'web-form');
  await status(t1, 'sent', { note: 'Ingediend door Sanne Bakker via het formulier.' });
  await status(t1, 'acknowledged', { reference: 'IG-55501' });
  await status(t1, 'removed', { reference: 'IG-55501', note: 'Instagram meldt: verwijderd na melding van Fatima El Amrani.' });
  await h['takedown:check-removal']({ requestId: t1, method: 'URL geopend: niet gevonden' }, ctx);
  const t2 = await td(story, 'in-app');
  await status(t2, 'sent', { note: 'Mila de Groot meldde het ook zelf.' });
  await status(t2, 'refused');
  await status(t2, 'appealed', { note: 'Bezwaar door Joris Mulder.' });
  await status(await td(group, 'in-app'), 'sent');
  const t4 = await td(tiktok, 'web-form');
  clock.advance(2 * 86_400_000);
  // Entered today, happened two days ago: the dossier shows both times.
  await status(t4, 'sent', { at: new Date(clock.now().getTime() - 2 * 86_400_000).toISOString(), note: 'Verstuurd door Kevin Jansen zijn mentor.' });
  await td(x, 'web-form');
  await status(await td(post, 'offlimits'), 'sent', { reference: 'OL-2026-77', note: 'Doorgezet door Joris Mulder.' });
  await status(await td(post, 'police'), 'sent');
  const t8 = await td(video, 'host');
  await status(t8, 'sent');
  await status(t8, 'removed');

  await h['case:update-police']({ caseId: c.id, patch: { summary: 'Sinds 16 november plaatst het account roc.expose.2026 foto’s van Mila de Groot (15) met spottende teksten; Daan Visser deelde ze in de klassenapp.', offences: ['sr-266', 'sr-285d'], victimWishes: 'Mila wil dat het verdwijnt en doet aangifte.', reportKind: 'aangifte', reportDate: '2026-11-18', policeReference: 'PL0900-2026-123456', victimAwareOn: '2026-11-16', contactStaffId: officer.id } }, ctx);
  await h['retention:set-hold']({ caseId: c.id, kind: 'police-case', reason: 'Aangifte PL0900-2026-123456, jeugd en zeden' }, ctx);

  // A later case: the victim chosen as the same person; a namesake of the spreader who is someone else.
  const other = await h['case:create']({ title: 'Bewerkte foto in groepsapp', category: 'hurtful-meme' }, ctx);
  await h['person:add']({ caseId: other.id, role: 'victim', identityId: victim.identityId }, ctx);
  await h['person:add']({ caseId: other.id, role: 'witness', name: 'Daan Visser', minor: 'yes' }, ctx);

  return {
    core,
    h,
    clock,
    c: await h['case:get']({ caseId: c.id }, ctx),
    other,
    persons: { victim, originator, spreader, reporter, witness, contact },
    staff: { officer, slb, coordinator },
    items: { post, group, story, video, tiktok, x },
    note: 'Mila huilde',
  };
}

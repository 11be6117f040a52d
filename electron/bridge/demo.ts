/**
 * `npm run web -- --demo`: fills a throw-away vault with fictional sample data — cases,
 * persons, generated screenshots (text and shapes, no real people), URL-only sightings and
 * takedown requests in every status, some overdue — so a newcomer sees a living app.
 * Invariant: only ever used on a fresh temporary folder; every name and URL is invented
 * (example.* domains for sites, handles that do not exist).
 */
import '../core/evidence/vips-env';
import sharp from 'sharp';
import type { Core } from '../core/create-core';
import type { TakedownChannel, TakedownStatus } from '../../shared/takedown-types';

export const DEMO_PASSPHRASE = 'demo kluis voor de rondleiding';

async function screenshot(title: string, hue: number, lines: string[]): Promise<Uint8Array<ArrayBuffer>> {
  const body = lines.map((l, i) => `<rect x="${i % 2 ? 150 : 30}" y="${150 + i * 70}" width="420" height="54" rx="16" fill="${i % 2 ? '#dcf8c6' : '#fff'}"/><text x="${i % 2 ? 170 : 50}" y="${185 + i * 70}" font-size="22" fill="#222">${l}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="${200 + lines.length * 70}"><rect width="100%" height="100%" fill="hsl(${hue},30%,92%)"/><rect width="100%" height="110" fill="hsl(${hue},50%,35%)"/><text x="30" y="70" font-size="34" fill="#fff">${title}</text>${body}</svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

const DAY = 86_400_000;

export async function seedDemo(core: Core, now = new Date()): Promise<void> {
  const h = core.handlers;
  const ctx = { transport: 'http' as const };
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();

  await h['settings:set']({ senderName: 'M. de Vries (vertrouwenspersoon)', senderEmail: 'vertrouwenspersoon@roc-voorbeeld.example', senderOrganisation: 'ROC Voorbeeld' }, ctx);
  // The staff who capture and hand over (issue 15): the demo's officer works with this vault.
  await h['staff:add']({ name: 'M. de Vries', role: 'vertrouwenspersoon', email: 'vertrouwenspersoon@roc-voorbeeld.example', makeDefault: true }, ctx);
  const slb = await h['staff:add']({ name: 'SLB’er Jansen', role: 'SLB' }, ctx);

  const meme = await h['case:create']({ title: 'Meme over docent in klassenapp', category: 'hurtful-meme', description: 'Bewerkte foto van een docent rondgestuurd in een klassenapp en op Instagram.', tags: ['niveau 4'] }, ctx);
  const expose = await h['case:create']({ title: 'Expose-account eerstejaars', category: 'expose-account', description: 'Account plaatst foto’s van eerstejaars met kwetsende teksten.' }, ctx);
  const fight = await h['case:create']({ title: 'Filmpje vechtpartij bij station', category: 'violence-video' }, ctx);
  const nude = await h['case:create']({ title: 'Naaktfoto rondgestuurd (minderjarige)', category: 'nude-photo', description: 'Alleen vindplaatsen vastgelegd; geen beeld opgeslagen. Melding bij politie gedaan.' }, ctx);

  const teacher = await h['person:add']({ caseId: meme.id, role: 'victim', name: 'Docent A.', affiliation: 'staff', minor: 'no' }, ctx);
  const spreader = await h['person:add']({ caseId: meme.id, role: 'spreader', name: 'Leerling 1 (pseudoniem)', isPseudonym: true, affiliation: 'student', minor: 'yes' }, ctx);
  await h['person:add']({ caseId: expose.id, role: 'victim', name: 'Zoë (pseudoniem)', isPseudonym: true, affiliation: 'student', minor: 'yes' }, ctx);
  await h['person:add']({ caseId: expose.id, role: 'contact', name: 'SLB’er Jansen', affiliation: 'staff', minor: 'no' }, ctx);
  await h['person:add']({ caseId: nude.id, role: 'victim', name: 'Leerling B (pseudoniem)', isPseudonym: true, affiliation: 'student', minor: 'yes' }, ctx);

  const memeImg = await screenshot('Klassenapp 2B', 210, ['kijk wat ik heb gemaakt', 'hahaha', 'stuur door!!', 'wie is dat?']);
  const memeCopy = new Uint8Array(await sharp(Buffer.from(memeImg)).resize({ width: 420 }).jpeg({ quality: 60 }).toBuffer());
  const group = await h['evidence:import']({ caseId: meme.id, meta: { platform: 'WhatsApp', handle: 'Klassenapp 2B', seenAt: ago(9), captureMethod: 'from-victim', receivedFromStaffId: slb.id, description: 'Schermafbeelding van de groepsapp.' }, files: [{ name: 'klassenapp.png', bytes: memeImg }] }, ctx);
  const groupItem = group.results[0]?.itemId;
  if (groupItem) await h['person:set-item-people']({ itemId: groupItem, links: [{ personId: teacher.id, link: 'shown' }, { personId: spreader.id, link: 'shared' }] }, ctx);
  await h['evidence:import']({ caseId: meme.id, meta: { platform: 'Instagram', url: 'https://www.instagram.com/p/DEMO123abc/', handle: '@memes.roc.demo', seenAt: ago(7), description: 'Zelfde meme, kleiner, als post.' }, files: [{ name: 'instagram-post.jpg', bytes: memeCopy }] }, ctx);
  const exposeImg = await screenshot('@expose.eerstejaars', 330, ['wie kent haar?', 'make-up fail', 'volg voor meer']);
  await h['evidence:import']({ caseId: expose.id, meta: { platform: 'TikTok', url: 'https://www.tiktok.com/@expose.eerstejaars.demo', handle: '@expose.eerstejaars.demo', seenAt: ago(12) }, files: [{ name: 'tiktok-profiel.png', bytes: exposeImg }] }, ctx);
  await h['evidence:add-url']({ caseId: fight.id, meta: { platform: 'Snapchat', url: 'https://story.snapchat.com/s/demo.vecht', handle: 'vechtvideos.demo', seenAt: ago(3), violence: true, description: 'Video van een vechtpartij; slachtoffer herkenbaar.' } }, ctx);
  await h['retention:set-hold']({ caseId: nude.id, kind: 'police-case', reason: 'Aangifte gedaan; de politie onderzoekt (demo).' }, ctx);
  await h['evidence:add-url']({ caseId: nude.id, meta: { platform: 'Telegram', url: 'https://t.me/demo_kanaal_verwijderd/42', handle: '@demo_kanaal', seenAt: ago(5), sexual: true, minor: 'yes', description: 'Naaktfoto van leerling in Telegramkanaal; niet opgeslagen.' } }, ctx);

  const plan: { caseId: string; url: string; platform: string; channel: TakedownChannel; path: TakedownStatus[]; sentDaysAgo: number }[] = [
    { caseId: meme.id, url: 'https://www.instagram.com/p/DEMO123abc/', platform: 'instagram', channel: 'web-form', path: ['sent', 'acknowledged', 'removed'], sentDaysAgo: 7 },
    { caseId: meme.id, url: 'https://www.instagram.com/p/DEMO456def/', platform: 'instagram', channel: 'in-app', path: ['sent'], sentDaysAgo: 10 },
    { caseId: expose.id, url: 'https://www.tiktok.com/@expose.eerstejaars.demo', platform: 'tiktok', channel: 'web-form', path: ['sent', 'refused', 'appealed'], sentDaysAgo: 12 },
    { caseId: expose.id, url: 'https://www.tiktok.com/@expose.eerstejaars.demo', platform: 'tiktok', channel: 'trusted-flagger', path: ['sent', 'acknowledged'], sentDaysAgo: 4 },
    { caseId: fight.id, url: 'https://story.snapchat.com/s/demo.vecht', platform: 'snapchat', channel: 'in-app', path: ['sent', 'refused'], sentDaysAgo: 3 },
    { caseId: fight.id, url: 'https://forum.example.net/t/vechtvideo', platform: 'Forum (onbekend)', channel: 'host', path: [], sentDaysAgo: 0 },
    { caseId: nude.id, url: 'https://t.me/demo_kanaal_verwijderd/42', platform: 'telegram', channel: 'email', path: ['sent', 'removed'], sentDaysAgo: 5 },
    { caseId: nude.id, url: 'https://t.me/demo_kanaal_verwijderd/42', platform: 'telegram', channel: 'offlimits', path: ['sent', 'escalated'], sentDaysAgo: 6 },
    { caseId: nude.id, url: 'https://t.me/demo_kanaal_verwijderd/42', platform: 'telegram', channel: 'police', path: ['sent'], sentDaysAgo: 2 },
  ];
  for (const p of plan) {
    const r = await h['takedown:create']({ caseId: p.caseId, url: p.url, platform: p.platform, channel: p.channel }, ctx);
    for (let i = 0; i < p.path.length; i++) {
      const status = p.path[i]!;
      const at = ago(Math.max(0, p.sentDaysAgo - i * 2));
      await h['takedown:set-status']({ requestId: r.id, status, at, reference: status === 'acknowledged' ? `DEMO-${1000 + i}` : undefined }, ctx);
    }
  }
}

/**
 * Synthetic DossierData for the PDF renderer tests (no vault, no real people): four persons
 * whose names need glyphs beyond Latin-1, image items backed by sharp-rendered screenshots
 * (one with EXIF rotation, one with transparency), a URL-only and a hash-only item,
 * takedowns with status histories and a custody log. Each item comes with the strings a
 * police reader must find in the PDF, written out by hand (not produced by the renderer's
 * own formatter) so a formatting regression makes the test fail.
 */
import sharp from 'sharp';
import type { CaseDetail } from '../../shared/case-types';
import type { EvidenceItem } from '../../shared/evidence-types';
import type { AuditEntry } from '../../shared/audit-types';
import type { DossierProfile } from '../../shared/dossier-types';
import type { DossierData, DossierItem } from '../../electron/core/dossier/dossier-data';
import { EMPTY_POLICE_FACTS } from '../../shared/case-types';
import { screenshot } from './images';
import { CASE_REF, hex, item, person, plain, takedown, uuid } from './dossier-fixture-parts';

export const NAMES = ['Şükrü Yılmaz', 'Nguyễn Văn An', 'Zoë de Vries', 'Łukasz Nowak'];
export { CASE_REF } from './dossier-fixture-parts';

export interface ItemExpectation {
  label: string;
  url: string;
  platform: string;
  handle: string;
  capturedBy: string;
  sha256: string | null;
  /** Local time (with zone and offset) and UTC, as printed in the NL dossier. */
  times: string[];
  image: boolean;
}


export interface FixtureOptions {
  profile?: DossierProfile;
  lang?: 'nl' | 'en';
  /** Extra phone-sized image items for load tests (1170x2532 PNG each, generated once and shared). */
  extraImages?: number;
}

export interface Fixture {
  data: DossierData;
  expected: ItemExpectation[];
  /** How many items carry an image loader. */
  loaders: number;
}

export async function dossierFixture(o: FixtureOptions = {}): Promise<Fixture> {
  const profile = o.profile ?? 'police';
  const lang = o.lang ?? 'nl';
  const withBytes = profile !== 'coordinator';

  const png1 = await screenshot('Klas 3B groepschat', { width: 720, height: 1280, hue: 210 });
  const png2 = await screenshot('Meme account', { width: 1080, height: 1080, hue: 20 });
  // A landscape JPEG stored sideways with EXIF orientation 6: must be shown upright.
  const rotated = await sharp(await screenshot('Story (gedraaid)', { width: 900, height: 600, hue: 140 }))
    .rotate(-90)
    .jpeg({ quality: 80 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  // Transparent background: must be flattened on white, not black.
  const transparent = await sharp({ create: { width: 640, height: 960, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: await screenshot('Sticker', { width: 500, height: 700, hue: 300 }), top: 130, left: 70 }])
    .png()
    .toBuffer();

  const imgs: { over: Partial<EvidenceItem>; bytes: Buffer; exp: Omit<ItemExpectation, 'label' | 'url' | 'platform' | 'handle' | 'capturedBy' | 'sha256' | 'image'> }[] = [
    {
      bytes: png1,
      over: {
        platform: 'Instagram',
        url: 'https://www.instagram.com/p/Cz8kQ2LrT1x/',
        handle: '@expose.klas3b',
        postedAt: '2026-11-20T18:05:00Z',
        seenAt: '2026-11-20T19:42:10Z',
        capturedAt: '2026-11-20T19:50:33Z',
        capturedBy: 'J. Bakker (vertrouwenspersoon)',
        captureMethod: 'own-screenshot',
        description: 'Bewerkte foto met spottende tekst, geplaatst in een openbaar account.',
        mime: 'image/png',
        fileName: 'Schermafbeelding 2026-11-20 om 20.50.33.png',
        width: 720,
        height: 1280,
      },
      exp: { times: ['20-11-2026 20:42:10 (Europe/Amsterdam, UTC+01:00)', '20-11-2026 19:42:10 UTC', '20-11-2026 20:50:33 (Europe/Amsterdam, UTC+01:00)', '20-11-2026 19:50:33 UTC'] },
    },
    {
      bytes: png2,
      over: {
        platform: 'TikTok',
        // Longer than a line: must wrap, never be cut off.
        url: 'https://www.tiktok.com/@klas3b.memes/video/7301234567890123456?is_from_webapp=1&sender_device=pc&web_id=7301234567890123456&utm_source=copy&utm_campaign=client_share',
        handle: '@klas3b.memes',
        seenAt: '2026-06-14T12:03:04Z',
        capturedAt: '2026-06-14T12:10:00Z',
        capturedBy: 'M. de Jong',
        captureMethod: 'from-witness',
        description: 'Video-still met de naam van de school in beeld.',
        mime: 'image/png',
        fileName: 'IMG_4410.PNG',
        width: 1080,
        height: 1080,
      },
      exp: { times: ['14-06-2026 14:03:04 (Europe/Amsterdam, UTC+02:00)', '14-06-2026 12:03:04 UTC', '14-06-2026 14:10:00 (Europe/Amsterdam, UTC+02:00)', '14-06-2026 12:10:00 UTC'] },
    },
    {
      bytes: rotated,
      over: {
        platform: 'Snapchat',
        url: 'https://story.snapchat.com/p/4f1c2a9e-77b0-4c1e-9e55-0c2d1f6a8b3e',
        handle: 'zz_klas3b',
        seenAt: '2026-11-21T07:15:00Z',
        capturedAt: '2026-11-21T07:20:45Z',
        capturedBy: 'J. Bakker (vertrouwenspersoon)',
        captureMethod: 'from-victim',
        mime: 'image/jpeg',
        fileName: 'snap.jpg',
        // As the import records it: the size after EXIF orientation (decode.ts).
        width: 900,
        height: 600,
      },
      exp: { times: ['21-11-2026 08:15:00 (Europe/Amsterdam, UTC+01:00)', '21-11-2026 07:15:00 UTC', '21-11-2026 08:20:45 (Europe/Amsterdam, UTC+01:00)', '21-11-2026 07:20:45 UTC'] },
    },
    {
      bytes: transparent,
      over: {
        platform: 'WhatsApp',
        url: 'https://chat.whatsapp.com/Kx7QpL2mN9aB3cD4eF5gH6',
        handle: '+31 6 12345678 (groep "3B 💬 chill")',
        seenAt: '2026-11-21T21:59:59Z',
        capturedAt: '2026-11-21T22:01:02Z',
        capturedBy: 'M. de Jong',
        captureMethod: 'from-reporter',
        mime: 'image/png',
        fileName: 'sticker.png',
        width: 640,
        height: 960,
      },
      exp: { times: ['21-11-2026 22:59:59 (Europe/Amsterdam, UTC+01:00)', '21-11-2026 21:59:59 UTC', '21-11-2026 23:01:02 (Europe/Amsterdam, UTC+01:00)', '21-11-2026 22:01:02 UTC'] },
    },
  ];

  const items: DossierItem[] = [];
  const expected: ItemExpectation[] = [];
  let n = 0;
  const addImage = (bytes: Buffer, over: Partial<EvidenceItem>, exp: { times: string[] } | null) => {
    n += 1;
    const sha = hex(1000 + n);
    const it = item(n, { ...over, sha256: sha, pdq: hex(2000 + n), pdqQuality: 88, size: bytes.length, hasOriginal: withBytes, hasThumbnail: true });
    const path = `originals/${it.id}.${it.mime === 'image/jpeg' ? 'jpg' : 'png'}`;
    items.push(
      withBytes
        ? { ...it, ...plain, bundlePath: path, loadImage: async () => bytes }
        : { ...it, ...plain, description: '', fileName: null, bundlePath: null },
    );
    // The PDF font has no emoji: the renderer prints such characters as a code point.
    if (exp) expected.push({ label: it.label, url: it.url, platform: it.platform, handle: it.handle.replace('💬', '[U+1F4AC]'), capturedBy: it.capturedBy, sha256: sha, times: exp.times, image: withBytes });
  };
  for (const i of imgs) addImage(i.bytes, i.over, i.exp);

  n += 1;
  const urlOnly = item(n, {
    kind: 'url',
    platform: 'X',
    url: 'https://x.com/klas3b_expose/status/1859012345678901234',
    handle: '@klas3b_expose',
    seenAt: '2026-11-22T10:00:00Z',
    capturedAt: '2026-11-22T10:04:30Z',
    capturedBy: 'J. Bakker (vertrouwenspersoon)',
    captureMethod: 'other',
    description: 'Bericht met een link naar de Instagram-post.',
  });
  items.push({ ...urlOnly, ...plain, description: withBytes ? urlOnly.description : '', bundlePath: null });
  expected.push({
    label: urlOnly.label,
    url: urlOnly.url,
    platform: 'X',
    handle: urlOnly.handle,
    capturedBy: urlOnly.capturedBy,
    sha256: null,
    times: ['22-11-2026 11:00:00 (Europe/Amsterdam, UTC+01:00)', '22-11-2026 10:00:00 UTC', '22-11-2026 11:04:30 (Europe/Amsterdam, UTC+01:00)', '22-11-2026 10:04:30 UTC'],
    image: false,
  });

  n += 1;
  const hashOnly = item(n, {
    kind: 'hash',
    platform: 'Telegram',
    url: 'https://t.me/c/1987654321/4242',
    handle: 'anon_3b',
    seenAt: '2026-11-22T16:30:00Z',
    capturedAt: '2026-11-22T16:41:12Z',
    capturedBy: 'M. de Jong',
    captureMethod: 'from-reporter',
    sexual: true,
    minor: 'yes',
    description: 'Gemeld door een leerling; niet opgeslagen (minderjarige). Alleen hashes berekend.',
    sha256: hex(3001),
    pdq: hex(3002),
    pdqQuality: 71,
    size: 48213,
  });
  items.push({ ...hashOnly, ...plain, description: withBytes ? hashOnly.description : '', bundlePath: null });
  expected.push({
    label: hashOnly.label,
    url: hashOnly.url,
    platform: 'Telegram',
    handle: hashOnly.handle,
    capturedBy: hashOnly.capturedBy,
    sha256: hashOnly.sha256,
    times: ['22-11-2026 17:30:00 (Europe/Amsterdam, UTC+01:00)', '22-11-2026 16:30:00 UTC', '22-11-2026 17:41:12 (Europe/Amsterdam, UTC+01:00)', '22-11-2026 16:41:12 UTC'],
    image: false,
  });

  if (o.extraImages) {
    const phone = await screenshot('Telefoon-schermafbeelding', { width: 1170, height: 2532, hue: 200 });
    for (let k = 0; k < o.extraImages; k++) {
      addImage(phone, { platform: 'Instagram', url: `https://www.instagram.com/p/Load${k}/`, handle: '@load', seenAt: '2026-11-20T19:42:10Z', mime: 'image/png', fileName: `phone-${k}.png`, width: 1170, height: 2532 }, null);
    }
  }

  const caseDetail: CaseDetail = {
    id: uuid(1),
    ref: CASE_REF,
    title: 'Bewerkte foto’s in expose-account klas 3B',
    category: 'edited-screenshot',
    status: 'open',
    openedAt: '2026-11-20T19:30:00Z',
    statusChangedAt: '2026-11-20T19:30:00Z',
    closedAt: null,
    assignedOfficer: 'J. Bakker',
    tags: ['klas 3B', 'expose'],
    updatedAt: '2026-11-22T16:41:12Z',
    itemCount: items.length,
    personCount: 4,
    description: withBytes ? 'Sinds 20 november circuleren bewerkte foto’s van leerlingen uit 3B via een expose-account.' : '',
    createdBy: 'J. Bakker',
    platforms: ['Instagram', 'TikTok'],
    retentionYears: null,
    hold: null,
    police: EMPTY_POLICE_FACTS,
  };

  const persons = [
    person(1, 'Zoë de Vries', 'victim', 'student', 'yes'),
    person(2, 'Şükrü Yılmaz', 'spreader', 'student', 'yes'),
    person(3, 'Nguyễn Văn An', 'witness', 'student', 'unknown'),
    person(4, 'Łukasz Nowak', 'contact', 'staff', 'no'),
  ].map((p, i) => (profile === 'coordinator' ? { ...p, name: `${lang === 'nl' ? 'Betrokkene' : 'Person'} ${i + 1}`, isPseudonym: true } : p));

  const takedowns = [
    takedown(1, 'Instagram', 'instagram', items[0]?.url ?? '', 'removed', [
      ['2026-11-20T20:10:00Z', null, 'to-send', null, 'Aangemaakt vanuit bewijsstuk 1'],
      ['2026-11-20T20:15:00Z', 'to-send', 'sent', null, 'Via het formulier voor pesten en intimidatie'],
      ['2026-11-21T08:02:00Z', 'sent', 'acknowledged', 'IG-7781-2231', null],
      ['2026-11-22T09:30:00Z', 'acknowledged', 'removed', 'IG-7781-2231', 'Post is niet meer bereikbaar'],
    ]),
    takedown(2, 'TikTok', 'tiktok', items[1]?.url ?? '', 'sent', [
      ['2026-06-14T12:30:00Z', null, 'to-send', null, null],
      ['2026-06-14T12:45:00Z', 'to-send', 'sent', null, 'In-app melding'],
    ], true),
    takedown(3, 'X', 'x', urlOnly.url, 'refused', [
      ['2026-11-22T10:10:00Z', null, 'to-send', null, null],
      ['2026-11-22T10:20:00Z', 'to-send', 'sent', null, null],
      ['2026-11-23T14:00:00Z', 'sent', 'refused', 'X-CASE-0042', 'Geen schending van de regels volgens X'],
    ]),
    // An escalation: addressed to Offlimits, the material itself is on Instagram.
    takedown(4, 'Offlimits Meldpunt', 'offlimits-meldpunt', items[0]?.url ?? '', 'sent', [
      ['2026-11-21T09:00:00Z', null, 'to-send', null, null],
      ['2026-11-21T09:05:00Z', 'to-send', 'sent', 'OL-2026-118', null],
    ], false, { id: 'instagram', name: 'Instagram' }),
  ].map((t) => (profile === 'coordinator' ? { ...t, history: t.history.map((h) => ({ ...h, note: null })) } : t));

  const kinds = ['case.created', 'person.added', 'person.added', 'person.added', 'person.added', 'evidence.added', 'evidence.added', 'evidence.added', 'evidence.added', 'evidence.added', 'evidence.hashed', 'evidence.viewed', 'takedown.created', 'takedown.status_changed', 'takedown.status_changed', 'evidence.original_exported', 'dossier.export_started'];
  const custody: AuditEntry[] = kinds.map((kind, i) => ({
    seq: 40 + i,
    at: new Date(Date.parse('2026-11-20T19:30:00Z') + i * 3_600_000).toISOString(),
    actor: i % 3 === 0 ? 'M. de Jong' : 'J. Bakker',
    kind,
    subject: kind.startsWith('person') ? (persons[i % 4]?.id ?? null) : kind.startsWith('evidence') ? (items[i % items.length]?.id ?? null) : uuid(1),
    details: { case: CASE_REF },
    hash: hex(5000 + i),
  }));

  const data: DossierData = {
    profile,
    lang,
    timeZone: 'Europe/Amsterdam',
    case: caseDetail,
    recipient: profile === 'police' ? 'Politie Midden-Nederland, wijkagent A. Visser' : profile === 'officer' ? 'Dossier vertrouwenspersoon' : 'Zorgcoördinator',
    exportedAt: '2026-11-24T09:00:00Z',
    exportedBy: 'J. Bakker',
    organisation: 'Stedelijk College Voorbeeldstad',
    persons,
    items,
    takedowns,
    custody,
    custodyGaps: [],
    police:
      profile === 'coordinator'
        ? null
        : { summary: '', offences: [], victimWishes: '', reportKind: 'none', reportDate: null, policeReference: '', victimAwareOn: null, complaint: null, contact: null },
    notes:
      profile === 'officer'
        ? [{ id: uuid(900), caseId: uuid(1), body: 'Werknotitie: Zoë wil niet dat haar klas het weet. Gesprek met ouders donderdag.', createdAt: '2026-11-21T12:00:00Z', createdBy: 'J. Bakker', updatedAt: '2026-11-21T12:00:00Z' }]
        : null,
    stepPlan:
      profile === 'officer'
        ? [
            { title: 'Probleem in kaart brengen', owner: 'J. Bakker', dueDate: '2026-11-21', doneAt: '2026-11-21T10:00:00Z', doneBy: 'J. Bakker', notes: 'Contactpersoon: SLB' },
            { title: 'Bewijs veiligstellen en melden bij platforms', owner: 'J. Bakker', dueDate: '2026-11-22', doneAt: null, doneBy: null, notes: '' },
          ]
        : null,
    communication:
      profile === 'officer'
        ? [
            {
              at: '2026-11-23T15:00:00Z',
              by: 'J. Bakker (vertrouwenspersoon)',
              audience: 'team',
              to: 'Team 2B',
              how: 'meeting',
              template: 'Aan het team',
              subject: 'Vertrouwelijk: afspraken over een lopende zaak (2026-014)',
              text: 'Beste collega’s, de school behandelt een zaak over beelden die online rondgaan.',
              note: 'Mentor let op in de les.',
              followUp: false,
              ticked: ['Het team informeren'],
            },
          ]
        : null,
    integrity: {
      manifestSha256: hex(7001),
      manifestSignature: Buffer.from(hex(7002, 128), 'hex').toString('base64'),
      publicKeyFingerprint: `SHA256:${Buffer.from(hex(7003), 'hex').toString('base64').replace(/=+$/, '')}`,
    },
  };
  return { data, expected, loaders: items.filter((i) => i.loadImage).length };
}


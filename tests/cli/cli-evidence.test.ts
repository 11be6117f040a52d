import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jsonLine, terminalSafe, terminalSafeLines } from '../../electron/cli/terminal-text';
import { listFiles } from '../helpers/scan';
import { PASS, tempDir } from '../helpers/temp';
import { screenshot } from '../helpers/images';
import { CLI_FROM_SOURCE } from '../helpers/cli-from-source';
import { sourceVideo } from '../helpers/videos';

const ROOT = join(__dirname, '..', '..');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [...CLI_FROM_SOURCE, ...args], { cwd: ROOT, env: { ...process.env, BEWIJSKLUIS_PASSPHRASE: PASS }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.trim().split('\n').filter(Boolean) };
}

describe('CLI: cases and evidence', { timeout: 180_000 }, () => {
  it('creates a case, adds files with one JSON line each, reports duplicates, lists them, and hashes with pdq', async () => {
    const dir = tempDir();
    const vault = join(dir, 'kluis');
    expect(cli(['vault', 'init', '--vault', vault]).code).toBe(0);
    const created = cli(['case', 'create', '--vault', vault, '--title', 'Meme in groepsapp', '--category', 'hurtful-meme']);
    expect(created.stdout.trim()).toMatch(/^20\d\d-001$/);
    const ref = created.stdout.trim();
    const a = join(dir, 'a.png');
    const b = join(dir, 'b.txt');
    await fs.writeFile(a, await screenshot('CLI'));
    await fs.writeFile(b, 'gewone tekst');
    await fs.writeFile(join(dir, 'nep.png'), 'geen plaatje');
    const add = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--platform', 'TikTok', '--url', 'https://www.tiktok.com/@x/video/1', '--seen-at', '2026-11-20T19:05:00+01:00', a, a, join(dir, 'nep.png'), b]);
    expect(add.code).toBe(1); // one file was rejected
    const lines = add.lines.map((l) => JSON.parse(l) as { file: string; status: string; id: string | null; sha256: string | null; pdq: string | null; quality: number | null; error: { code: string; message: string } | null });
    expect(lines.map((l) => [l.file, l.status])).toEqual([
      ['a.png', 'stored'],
      ['a.png', 'duplicate'],
      ['nep.png', 'rejected'],
      ['b.txt', 'stored'],
    ]);
    expect(Object.keys(lines[0]!)).toEqual(expect.arrayContaining(['file', 'status', 'id', 'sha256', 'pdq', 'quality', 'error']));
    expect(lines[2]!.error).toMatchObject({ code: 'UNSUPPORTED_FILE' });
    expect(lines[2]!.error!.message).toContain('geen afbeelding');

    const list = JSON.parse(cli(['evidence', 'list', '--vault', vault, '--case', ref, '--json']).stdout) as { label: string; seenAt: string }[];
    expect(list.map((i) => i.label)).toEqual([`${ref}/1`, `${ref}/2`]);
    expect(list[0]!.seenAt).toBe('2026-11-20T18:05:00.000Z');

    const pdq = cli(['pdq', a]);
    expect(pdq.stdout).toMatch(new RegExp(`^${lines[0]!.pdq},${lines[0]!.quality},${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`));
  });

  it('refuses an image for a sexual case with an unknown-age person, stores nothing, and explains where to report', async () => {
    const dir = tempDir();
    const vault = join(dir, 'kluis');
    cli(['vault', 'init', '--vault', vault]);
    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Naaktfoto', '--category', 'nude-photo']).stdout.trim();
    const a = join(dir, 'foto.png');
    await fs.writeFile(a, await screenshot('verboden'));
    const add = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--minor', 'unknown', '--lang', 'en', a]);
    expect(add.code).toBe(1);
    const line = JSON.parse(add.lines[0]!) as { status: string; error: { code: string; message: string } };
    expect(line).toMatchObject({ status: 'rejected', error: { code: 'FORBIDDEN_CONTENT' } });
    expect(line.error.message).toMatch(/police 0900-8844/);
    expect(line.error.message).toMatch(/Offlimits/);
    expect(line.error.message).toMatch(/Helpwanted/);
    expect(await listFiles(join(vault, 'blobs'))).toEqual([]);

    const hashOnly = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--hash-only', '--url', 'https://example.org/p/1', a]);
    expect(hashOnly.code).toBe(0);
    expect(JSON.parse(hashOnly.lines[0]!)).toMatchObject({ status: 'stored', error: null });
    expect(await listFiles(join(vault, 'blobs'))).toEqual([]);
  });

  it('follows the one URL rule (issue 16 item 2): a non-URL is refused in words, a pasted link is completed and its platform found', () => {
    const dir = tempDir();
    const vault = join(dir, 'kluis');
    cli(['vault', 'init', '--vault', vault]);
    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Account', '--category', 'expose-account']).stdout.trim();
    const bad = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', 'snap dot com slash djayy']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Dit is geen webadres');
    const good = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', 'snapchat.com/add/djayy']);
    expect(good.code).toBe(0);
    const list = JSON.parse(cli(['evidence', 'list', '--vault', vault, '--case', ref, '--json']).stdout) as { url: string; platform: string }[];
    expect(list).toEqual([expect.objectContaining({ url: 'https://snapchat.com/add/djayy', platform: 'Snapchat' })]);
  });

  it('answers --seen-at as the app does (issue 16 "Seen-at asked, truthfully"): now is the moment of the command, unknown is no time, anything else is refused in words', () => {
    const dir = tempDir();
    const vault = join(dir, 'kluis');
    cli(['vault', 'init', '--vault', vault]);
    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Account', '--category', 'expose-account']).stdout.trim();
    const before = Date.now();
    expect(cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', 'https://www.instagram.com/p/nu1', '--seen-at', 'now']).code).toBe(0);
    const after = Date.now();
    expect(cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', 'https://www.instagram.com/p/onbekend1', '--seen-at', 'unknown']).code).toBe(0);
    expect(cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', 'https://www.instagram.com/p/onbekend2', '--seen-at', 'onbekend']).code).toBe(0);
    const bad = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', 'https://www.instagram.com/p/gisteren', '--seen-at', 'gisteren']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Ongeldige tijd voor --seen-at: gisteren');
    expect(bad.stderr).toContain('now (nu), of unknown (onbekend)');

    const list = JSON.parse(cli(['evidence', 'list', '--vault', vault, '--case', ref, '--json']).stdout) as { url: string; seenAt: string | null }[];
    expect(list.map((i) => i.url)).toEqual(['https://www.instagram.com/p/nu1', 'https://www.instagram.com/p/onbekend1', 'https://www.instagram.com/p/onbekend2']);
    const seen = Date.parse(list[0]!.seenAt!);
    expect(seen).toBeGreaterThanOrEqual(before);
    expect(seen).toBeLessThanOrEqual(after);
    expect(list.slice(1).map((i) => i.seenAt)).toEqual([null, null]);
  });
});

/** The characters of `text` a terminal acts on or reorders: C0 (ESC) but tab and line feed, DEL, C1 (CSI U+009B), bidi controls. */
function unsafe(text: string): string[] {
  return [...text].filter((ch) => {
    const c = ch.codePointAt(0)!;
    return (c <= 0x1f && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f) || [0x061c, 0x200e, 0x200f].includes(c) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  });
}
// ESC [ 2 J clears the screen; U+202E (RIGHT-TO-LEFT OVERRIDE) shows "foto<RLO>gnp.exe" as "fotoexe.png"; U+009B is a one-character CSI.
const HOSTILE = 'foto\u001b[2J\u202egnp\u009b.png';

describe('terminal-safe text', () => {
  it('shows every control and bidi character as a visible escape, keeps line breaks only where asked, and keeps JSON exact', () => {
    expect(terminalSafe(HOSTILE)).toBe('foto\\x1b[2J\\u202egnp\\x9b.png');
    expect(terminalSafe('a\nb\tc\u007fd\u2066e\u061c')).toBe('a\\x0ab\\x09c\\x7fd\\u2066e\\u061c');
    expect(terminalSafeLines('regel 1\n\tregel 2 \u001b[31m')).toBe('regel 1\n\tregel 2 \\x1b[31m');
    // Ordinary text, accents and Windows paths stay as they are.
    expect(terminalSafe('C:\\Users\\Zoë\\Schermafbeelding 2026-11-20 om 19.05.png')).toBe('C:\\Users\\Zoë\\Schermafbeelding 2026-11-20 om 19.05.png');
    const line = jsonLine({ file: HOSTILE, sep: '\u2028' });
    expect(unsafe(line)).toEqual([]);
    expect(line).not.toContain('\u2028');
    expect(JSON.parse(line)).toEqual({ file: HOSTILE, sep: '\u2028' });
  });
});

describe('CLI: hostile file names and special files', { timeout: 180_000 }, () => {
  it.runIf(process.platform !== 'win32')('prints names with escape sequences and bidi overrides escaped, keeps JSON valid and exact, and reports what a folder import skipped', async () => {
    const dir = tempDir();
    const vault = join(dir, 'kluis');
    expect(cli(['vault', 'init', '--vault', vault]).code).toBe(0);
    const ref = cli(['case', 'create', '--vault', vault, '--title', `Meme ${HOSTILE}`, '--category', 'hurtful-meme']).stdout.trim();
    const shot = join(dir, HOSTILE);
    const fake = join(dir, `nep${HOSTILE}`);
    await fs.writeFile(shot, await screenshot('Vreemde naam'));
    await fs.writeFile(fake, 'geen plaatje');
    const folder = join(dir, 'map');
    await fs.mkdir(folder);
    await fs.writeFile(join(folder, 'c.png'), await screenshot('In de map', { hue: 90 }));
    await fs.writeFile(join(folder, '.DS_Store'), 'Bud1');
    await fs.symlink(shot, join(folder, 'link.png'));
    execFileSync('mkfifo', [join(folder, 'pijp.png')]);

    const add = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--lang', 'en', shot, fake, '/dev/zero', folder]);
    expect(add.code).toBe(1);
    for (const out of [add.stdout, add.stderr]) expect(unsafe(out)).toEqual([]);
    const lines = add.lines.map((l) => JSON.parse(l) as { file: string; status: string; error: { code: string; message: string } | null; skip?: { reason: string; message: string } });
    expect(lines.map((l) => [l.file, l.status, l.error?.code ?? l.skip?.reason ?? null])).toEqual([
      [HOSTILE, 'stored', null],
      [`nep${HOSTILE}`, 'rejected', 'UNSUPPORTED_FILE'],
      ['zero', 'rejected', 'UNSUPPORTED_FILE'],
      ['c.png', 'stored', null],
      [join(folder, '.DS_Store'), 'skipped', 'dotfile'],
      [join(folder, 'link.png'), 'skipped', 'symlink'],
      [join(folder, 'pijp.png'), 'skipped', 'not-regular'],
    ]);
    expect(lines[2]!.error!.message).toContain('not a regular file');
    // Human lines on stderr: the name in its visible form, the reason in words.
    const stderr = add.stderr.split('\n');
    expect(stderr).toContain(`nep${terminalSafe(HOSTILE)}: ${lines[1]!.error!.message}`);
    expect(stderr).toContain(`nepfoto\\x1b[2J\\u202egnp\\x9b.png: ${lines[1]!.error!.message}`);
    expect(stderr).toContain(`${join(folder, 'pijp.png')}: Skipped: not a regular file (a pipe, socket or device).`);

    // pdq reads like the import: a FIFO is refused in words (it used to block for ever).
    const pdq = cli(['pdq', '--lang', 'en', join(folder, 'pijp.png'), shot]);
    expect(pdq.code).toBe(1);
    expect(pdq.stderr).toContain(`${join(folder, 'pijp.png')}: This is not a regular file`);
    expect(pdq.stdout).toMatch(new RegExp(`^[0-9a-f]{64},\\d+,${terminalSafe(shot).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`));

    const json = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--json', shot]);
    expect(json.code).toBe(0);
    expect(unsafe(json.stdout)).toEqual([]);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.lines[0]!)).toMatchObject({ file: HOSTILE, status: 'duplicate' });

    const list = cli(['case', 'list', '--vault', vault]);
    expect(unsafe(list.stdout)).toEqual([]);
    expect(list.stdout).toContain(`Meme ${terminalSafe(HOSTILE)}`);
    const listJson = cli(['case', 'list', '--vault', vault, '--json']);
    expect(unsafe(listJson.stdout)).toEqual([]);
    expect((JSON.parse(listJson.stdout) as { title: string }[])[0]!.title).toBe(`Meme ${HOSTILE}`);
  });
});

describe('CLI: the minors rule without bypasses (issue 13)', { timeout: 180_000 }, () => {
  it('known material is refused in another case (exact and resized), a stored copy loses its bytes when the material becomes known, and the refusal says what to do', async () => {
    const dir = tempDir();
    const vault = join(dir, 'kluis');
    expect(cli(['vault', 'init', '--vault', vault]).code).toBe(0);
    const nude = cli(['case', 'create', '--vault', vault, '--title', 'Naaktfoto', '--category', 'nude-photo']).stdout.trim();
    const meme = cli(['case', 'create', '--vault', vault, '--title', 'Meme', '--category', 'hurtful-meme']).stdout.trim();
    const x = join(dir, 'x.png');
    const xSmall = join(dir, 'x-klein.jpg');
    const y = join(dir, 'y.png');
    const png = await screenshot('bekend via CLI', { width: 700, height: 1000 });
    await fs.writeFile(x, png);
    await fs.writeFile(xSmall, await sharp(png).resize({ width: 450 }).jpeg({ quality: 70 }).toBuffer());
    await fs.writeFile(y, await screenshot('eerst opgeslagen via CLI', { hue: 30 }));

    expect(cli(['evidence', 'add', '--vault', vault, '--case', nude, '--hash-only', x]).code).toBe(0);
    for (const file of [x, xSmall]) {
      const r = cli(['evidence', 'add', '--vault', vault, '--case', meme, file]);
      expect(r.code).toBe(1);
      const line = JSON.parse(r.lines[0]!) as { status: string; error: { code: string; message: string } };
      expect(line).toMatchObject({ status: 'rejected', error: { code: 'FORBIDDEN_CONTENT' } });
      expect(line.error.message).toContain('bekend als seksueel beeld van een minderjarige');
      expect(line.error.message).toContain('verwijder het van uw apparaat');
    }
    const stored = cli(['evidence', 'add', '--vault', vault, '--case', meme, y]);
    expect(JSON.parse(stored.lines[0]!)).toMatchObject({ status: 'stored' });
    expect(cli(['evidence', 'add', '--vault', vault, '--case', nude, '--hash-only', y]).code).toBe(0);
    const list = JSON.parse(cli(['evidence', 'list', '--vault', vault, '--case', meme, '--json']).stdout) as { kind: string; hasOriginal: boolean }[];
    expect(list.map((i) => i.kind)).toEqual(['hash', 'hash', 'hash']);
    expect(list.every((i) => !i.hasOriginal)).toBe(true);
    expect(await listFiles(join(vault, 'blobs'))).toEqual([]);

    const refused = cli(['evidence', 'add', '--vault', vault, '--case', nude, x, '--lang', 'en']);
    expect(refused.code).toBe(1);
    expect((JSON.parse(refused.lines[0]!) as { error: { message: string } }).error.message).toContain('WhatsApp +31 6 42834635');
    expect(cli(['evidence', 'held-back', '--vault', vault]).stdout).toContain('Er wordt geen bewijsstuk achtergehouden.');
  });
});

describe('CLI: videos (issue 17)', { timeout: 180_000 }, () => {
  it('a video: evidence add prints its duration and vPDQ frames; pdq prints its vPDQ in ThreatExchange\'s format; a bad video is explained', async () => {
    const dir = tempDir();
    const vault = join(dir, 'kluis');
    cli(['vault', 'init', '--vault', vault]);
    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Vechtpartij', '--category', 'violence-video']).stdout.trim();
    const video = sourceVideo(dir, { seconds: 3, name: 'vecht.mp4' });
    const add = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--platform', 'TikTok', video]);
    expect(add.code).toBe(0);
    const line = JSON.parse(add.lines[0]!) as { status: string; video?: { duration: number; vpdqFrames: number; qualityFrames: number; codec: string; width: number; height: number } };
    expect(line.status).toBe('stored');
    expect(line.video).toMatchObject({ vpdqFrames: 3, qualityFrames: 3, codec: 'h264', width: 640, height: 360 });
    expect(line.video!.duration).toBeCloseTo(3, 0);

    // pdq: per hashed frame `frameNumber,quality,pdqHex,timestampSeconds,file`; --json one line with the reference text.
    const plain = cli(['pdq', video]);
    expect(plain.code).toBe(0);
    expect(plain.lines).toHaveLength(3);
    for (const l of plain.lines) expect(l).toMatch(new RegExp(`^\\d+,\\d+,[0-9a-f]{64},\\d+\\.\\d{3},${video.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const json = JSON.parse(cli(['pdq', '--json', video]).stdout) as { file: string; vpdq: string; frames: number };
    expect(json.frames).toBe(3);
    expect(json.vpdq.split('\n')).toEqual(plain.lines.map((l) => l.split(',').slice(0, 4).join(',')));

    // The same frames as ThreatExchange's reference hashes of its sample video (sampled at one a second).
    const sample = join(ROOT, 'tests/fixtures/vpdq/videos/doorknob-hd-no-bar.mp4');
    const reference = new Map((await fs.readFile(join(ROOT, 'tests/fixtures/vpdq/hashes/doorknob-hd-no-bar.txt'), 'utf8')).trim().split('\n').map((l) => [l.split(',')[0]!, l.split(',')[2]!]));
    const ours = cli(['pdq', sample]).lines.map((l) => l.split(','));
    expect(ours.length).toBeGreaterThan(2);
    for (const [frame, , hex] of ours) expect(hex, `frame ${frame}`).toBe(reference.get(frame!));

    const broken = join(dir, 'kapot.mp4');
    await fs.writeFile(broken, Buffer.concat([(await fs.readFile(video)).subarray(0, 32), Buffer.alloc(2048, 0x55)]));
    const bad = cli(['pdq', '--lang', 'en', broken]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(`${broken}: The video cannot be read`);
  });
});

/**
 * Video evidence in the UI (docs/media.md): a fight video is imported in the preview, its
 * facts are on the item page, its keyframes come blurred and are revealed (logged) like an
 * image, a re-encoded and resized re-upload is flagged at import and grouped in the spread
 * view; in a sexual-video case only the hashes and facts of a video are kept and no frame is
 * shown anywhere, and the same video elsewhere in the vault loses its bytes or is held back. Fixtures are made with Debian's ffmpeg in the test's own temp folder
 * (FFmpeg's synthetic test pattern, no people).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseTab, createCase, dropFiles, importResults, openCapture, seenAt, type TestFile } from './evidence-helpers';
import { checkPart, checkScreen, createVault, expect, previewPerFile, test } from './helpers';

test.describe.configure({ mode: 'serial' });
const server = previewPerFile();

let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bk-e2e-video-'));
});
test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function ffmpeg(args: string[]): void {
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: 'ignore', timeout: 120_000 });
}

/** 6 s of testsrc2, 640x360 at 25 fps, H.264 in MP4, with a recording time in the container. */
function original(): TestFile {
  const out = join(dir, 'vechtpartij.mp4');
  ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-t', '6', '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-metadata', 'creation_time=2026-10-03T14:22:05Z', '-movflags', '+faststart', out]);
  return { name: 'vechtpartij.mp4', mime: 'video/mp4', bytes: readFileSync(out) };
}

/** The same video re-encoded smaller and at a lower quality, as a re-upload does. */
function reupload(src: TestFile): TestFile {
  const out = join(dir, 'doorgestuurd.mp4');
  ffmpeg(['-i', join(dir, src.name), '-vf', 'scale=320:180', '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '32', '-pix_fmt', 'yuv420p', out]);
  return { name: 'doorgestuurd.mp4', mime: 'video/mp4', bytes: readFileSync(out) };
}

test('a video: facts, blurred keyframes revealed with a log entry, a re-upload flagged and grouped', async ({ page }) => {
  const video = original();
  await page.goto(server().url);
  await createVault(page);
  await createCase(page, 'Vechtpartij gefilmd', 'Video van geweld of vernedering');
  await caseTab(page, 'Bewijsstukken').click();
  await page.getByLabel('Platform').fill('TikTok');
  await seenAt(page, '20-11-2026 19:05');
  await dropFiles(page, [video]);
  let results = await importResults(page);
  await expect(results.locator('[data-status="stored"]')).toContainText(/Opgeslagen als \d{4}-001\/1/);
  await page.getByRole('button', { name: 'Resultaat sluiten' }).click();

  // The card: the video's keyframe, blurred, and its duration.
  const card = page.getByTestId('evidence-card');
  await expect(card).toHaveAttribute('data-kind', 'video');
  await expect(card.getByText('Video', { exact: true })).toBeVisible();
  await expect(card.getByTestId('video-duration')).toHaveText('Duur 0:06');
  await expect(card.locator('img')).toHaveAttribute('data-blurred', 'true');
  await checkScreen(page, '60-video-card');

  // The item page: the facts of the container and of the decode, and the vPDQ summary.
  await page.getByRole('link', { name: /^Details van bewijsstuk \d{4}-001\/1$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Bewijsstuk \d{4}-001\/1$/ })).toBeVisible();
  const facts = page.getByTestId('video-details');
  const row = (label: string) => facts.locator('.details-row').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(row('Duur')).toHaveText('0:06');
  await expect(row('Beeldformaat')).toHaveText('640 x 360 pixels');
  await expect(row('Codec en bestandsformaat')).toHaveText(/^H\.264 \(AVC\), \w+ in MP4$/);
  await expect(row('Beelden per seconde')).toHaveText('25 per seconde');
  await expect(row('Opgenomen op (volgens het bestand)')).toContainText('16:22 (Europe/Amsterdam)');
  await expect(row('Opgenomen op (volgens het bestand)')).toContainText('14:22 UTC');
  await expect(row('Geluid')).toHaveText('Geen geluid');
  await expect(row('vPDQ (lijkt-op-hash van de video)')).toHaveText('6 beelden gehasht, één per seconde; daarvan 6 bruikbaar om te vergelijken');

  // The contact sheet: blurred until "Tonen"; the reveal is logged.
  const frames = page.getByTestId('video-frames');
  await expect(frames).toContainText('Een overzicht van 6 beelden verspreid over de video (op 0:00, 0:01, 0:02, 0:03, 0:04, 0:05)');
  const sheet = frames.locator('img');
  await expect(sheet).toHaveAttribute('data-blurred', 'true');
  await expect(sheet).toHaveAttribute('alt', /^Vervaagd overzicht van beelden uit video \d{4}-001\/1$/);
  await checkScreen(page, '61-video-item');
  await frames.getByRole('button', { name: /^Beelden uit video \d{4}-001\/1 tonen$/ }).click();
  await expect(sheet).toHaveAttribute('data-blurred', 'false');
  await expect(sheet).toHaveAttribute('alt', /^Beelden uit video \d{4}-001\/1, niet vervaagd$/);
  // The sheet really is a picture of the keyframes (4 columns of 240 px and 2 rows).
  expect(await sheet.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([4 * 240 + 3 * 4, 2 * 135 + 4]);
  await checkPart(page, frames, '62-video-sheet-revealed');
  await frames.getByRole('button', { name: /^Beelden uit video \d{4}-001\/1 weer verbergen$/ }).click();
  await expect(sheet).toHaveAttribute('data-blurred', 'true');

  // A re-encoded, smaller copy: flagged as a re-upload of the first at import.
  await page.getByRole('link', { name: 'Terug naar Bewijsstukken' }).click();
  // The form folded after the first import (issue 16 item 4): open it again.
  await openCapture(page);
  await page.getByLabel('Platform').fill('Instagram');
  await seenAt(page, '21-11-2026 08:30');
  await dropFiles(page, [reupload(video)]);
  results = await importResults(page);
  const stored = results.locator('[data-status="stored"]');
  await expect(stored).toContainText(/Opgeslagen als \d{4}-001\/2/);
  await expect(stored.getByRole('link', { name: /^Dit lijkt op bewijsstuk \d{4}-001\/1 in zaak \d{4}-001$/ })).toBeVisible();
  await checkScreen(page, '63-video-reupload-flagged');
  await page.getByRole('button', { name: 'Resultaat sluiten' }).click();

  // The first video's page now names the re-upload, and its log holds the reveal.
  await page.getByRole('link', { name: /^Details van bewijsstuk \d{4}-001\/1$/ }).click();
  await expect(page.getByRole('region', { name: 'Lijkt op' }).getByRole('link', { name: /^Dit lijkt op bewijsstuk \d{4}-001\/2 in zaak \d{4}-001$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Logboek van dit bewijsstuk' })).toContainText('Beeld getoond');
  await page.getByRole('link', { name: 'Terug naar Bewijsstukken' }).click();

  // The spread view: both videos in one group, seen on two platforms.
  await caseTab(page, 'Verspreiding').click();
  const groups = page.getByTestId('spread-group');
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toContainText('Beeld 1: 2 bewijsstukken');
  await expect(groups.first()).toContainText('TikTok');
  await expect(groups.first()).toContainText('Instagram');
  await checkScreen(page, '64-video-spread');
});

test('in a sexual-video case a video is kept as hashes and facts only: no frame anywhere', async ({ page }) => {
  const video = original();
  await page.goto(server().url);
  await createCase(page, 'Filmpje rondgestuurd', 'Seksuele video');
  await caseTab(page, 'Bewijsstukken').click();
  const panel = page.getByTestId('minors-rule');
  await panel.getByRole('button', { name: 'Alleen hashes vastleggen' }).click();
  await page.getByRole('button', { name: 'Onbekend', exact: true }).click();
  await dropFiles(page, [video]);
  const results = await importResults(page);
  await expect(results).toContainText(/Hashes vastgelegd als \d{4}-002\/1, het bestand is niet bewaard/);
  // From now on it is known material, vault-wide: the exact copy in the first case loses its
  // bytes, the re-encoded copy is held back for the officer (docs/media.md "The minors rule").
  await expect(page.getByText(/^Beeld verwijderd, hashes bewaard: \d{4}-001\/1\.$/)).toBeVisible();
  await expect(page.getByText(/^Achtergehouden tot u beslist: \d{4}-001\/2\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Resultaat sluiten' }).click();
  const card = page.getByTestId('evidence-card');
  await expect(card).toHaveAttribute('data-kind', 'hash');
  await expect(card.getByTestId('video-duration')).toHaveText('Duur 0:06');
  await expect(page.locator('img')).toHaveCount(0);

  await page.getByRole('link', { name: /^Details van bewijsstuk \d{4}-002\/1$/ }).click();
  await expect(page.getByTestId('video-details')).toContainText('6 beelden gehasht');
  await expect(page.getByText('Dit beeld wordt nooit bewaard of getoond.')).toBeVisible();
  await expect(page.getByTestId('video-frames')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /tonen$/ })).toHaveCount(0);
  await expect(page.locator('img')).toHaveCount(0);
  await checkScreen(page, '65-video-hash-only');
});

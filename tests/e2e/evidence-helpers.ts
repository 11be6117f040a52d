/**
 * Evidence steps for the case specs: synthetic "screenshots" (text and shapes on colour,
 * made with sharp; no real people), and drop / paste the way a browser delivers them
 * (a DataTransfer with File objects, dispatched on the drop zone or the document).
 */
import { expect, type Page } from '@playwright/test';
import sharp from 'sharp';

export interface TestFile {
  name: string;
  mime: string;
  bytes: Buffer;
}

/** A fake screenshot: a coloured background, a few blocks and a caption; same look at any size. */
export async function screenshotPng(name: string, opts: { caption: string; hue: number; width?: number; height?: number; seed?: number }): Promise<TestFile> {
  const w = opts.width ?? 800;
  const h = opts.height ?? 600;
  const s = opts.seed ?? 1;
  const blocks = [0, 1, 2, 3]
    .map((i) => {
      const x = ((i * 173 * s) % 60) + 5 + i * 20;
      const y = ((i * 97 * s) % 50) + 10 + (i % 2) * 30;
      return `<rect x="${x}%" y="${y}%" width="${18 + i * 4}%" height="${14 + (i % 3) * 6}%" rx="2%" fill="hsl(${(opts.hue + i * 70) % 360} 60% ${30 + i * 12}%)"/>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${opts.hue} 55% 78%)"/><stop offset="1" stop-color="hsl(${(opts.hue + 40) % 360} 45% 35%)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${blocks}
    <circle cx="${20 + s * 7}%" cy="75%" r="12%" fill="hsl(${(opts.hue + 180) % 360} 50% 50%)"/>
    <text x="6%" y="12%" font-family="sans-serif" font-size="${Math.round(h / 12)}" fill="#111">${opts.caption}</text>
  </svg>`;
  return { name, mime: 'image/png', bytes: await sharp(Buffer.from(svg)).png().toBuffer() };
}

export function textFile(name: string, text: string): TestFile {
  return { name, mime: 'image/png', bytes: Buffer.from(text, 'utf8') };
}

const toPayload = (files: TestFile[]) => files.map((f) => ({ name: f.name, mime: f.mime, b64: f.bytes.toString('base64') }));

/** dragenter, dragover and drop on the drop zone, carrying the files. */
export async function dropFiles(page: Page, files: TestFile[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bin = atob(f.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new File([bytes], f.name, { type: f.mime }));
    }
    return dt;
  }, toPayload(files));
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

/** A Ctrl+V of an image: a `paste` ClipboardEvent whose clipboardData holds the file. */
export async function pasteFile(page: Page, file: TestFile): Promise<void> {
  await page.evaluate(
    ([f]) => {
      const bin = atob(f!.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], f!.name, { type: f!.mime }));
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    toPayload([file]),
  );
}

/** Waits for the per-file result list of the last import and returns it. */
export async function importResults(page: Page) {
  const results = page.getByTestId('import-results');
  await expect(results).toBeVisible();
  return results;
}

/** From the case list (or anywhere), opens a new case and lands on its overview. */
export async function createCase(page: Page, title: string, category: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + '#/cases');
  await page.getByRole('link', { name: 'Nieuwe zaak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe zaak' })).toBeVisible();
  await page.getByLabel('Korte titel').fill(title);
  await page.getByRole('radio', { name: new RegExp(`^${category}`) }).check();
  await page.getByRole('button', { name: 'Zaak aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Zaak \\d{4}-\\d{3}: ${title}$`) })).toBeVisible();
}

export function caseTab(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Onderdelen van de zaak' }).getByRole('link', { name });
}

/** Opens the capture form when it is folded (issue 16: it folds away after use). */
export async function openCapture(page: Page): Promise<void> {
  const toggle = page.getByTestId('capture').getByRole('button', { name: /^(Nieuw bewijsstuk vastleggen|Formulier inklappen)$/ });
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(page.getByRole('button', { name: 'Formulier inklappen' })).toBeVisible();
}

/** Answers "Gezien op" with a time typed as the officer would (dd-mm-jjjj uu:mm). */
export async function seenAt(page: Page, text: string): Promise<void> {
  await page.getByLabel('Gezien op', { exact: true }).fill(text);
}

/**
 * The rows a web capture adds to its item in the evidence catalogue (issue 18): what the
 * browser saw (address asked for, every redirect, status, title, user agent, whether the page
 * had finished loading) and every artefact with its SHA-256 and its place in the bundle, or
 * "hash only" where its bytes were not kept. Printed in full, like every URL and hash.
 */
import type { DossierCapture } from '../../capture/dossier-artefacts';
import type { Ctx } from './context';
import type { Row } from './layout';

export function captureRows(ctx: Ctx, c: DossierCapture): Row[] {
  const { t } = ctx;
  const rows: Row[] = [];
  if (c.requestedUrl && c.requestedUrl !== c.finalUrl) rows.push({ label: t('capture.requested'), value: c.requestedUrl });
  if (c.redirects.length) rows.push({ label: t('capture.redirects'), value: c.redirects.map((r) => `${r.status} ${r.url}`).join('\n') });
  rows.push({ label: t('capture.status'), value: c.status === null ? '' : String(c.status) }, { label: t('capture.title'), value: c.title });
  rows.push({ label: t('capture.times'), value: `${c.capturedAtUtc} (UTC)\n${c.capturedAtLocal} (Europe/Amsterdam)` });
  rows.push({ label: t('capture.userAgent'), value: c.userAgent });
  if (c.loadState !== 'loaded') rows.push({ label: t('capture.loadState'), value: t(`capture.loadState.${c.loadState}`) });
  if (c.truncated) rows.push({ label: t('capture.page'), value: t('capture.truncated') });
  if (!c.pixels) rows.push({ label: t('capture.page'), value: t('capture.noPixels') });
  for (const a of c.artefacts) {
    rows.push({ label: `${t('capture.artefact')} ${a.fileName}`, value: `${a.sha256}\n${a.bundlePath ?? (a.kept ? t('capture.notInBundle') : t('capture.hashOnly'))}`, mono: true });
  }
  return rows;
}

/**
 * Messages between the exporter and the PDF worker (render-in-worker.ts, pdf-worker.ts).
 * Functions do not cross a thread, so items carry `hasImage` instead of their loader; the
 * worker asks for an image by item id and receives its decrypted bytes (transferred, not
 * copied). Output comes back in chunks, each acknowledged once the consumer took it, so the
 * worker never runs ahead of the disk by more than one chunk.
 */
import type { AppErrorData } from '../../../../shared/errors';
import type { DossierData, DossierItem, PdfProgress, RenderResult } from '../dossier-data';

export type WireItem = Omit<DossierItem, 'loadImage'> & { hasImage: boolean };
export type WireData = Omit<DossierData, 'items'> & { items: WireItem[] };

export interface WorkerInput {
  data: WireData;
  fontDir?: string;
}

export type WireError = AppErrorData;

export type FromWorker =
  | { t: 'chunk'; bytes: Uint8Array }
  | { t: 'image'; seq: number; id: string }
  | { t: 'progress'; p: PdfProgress }
  | { t: 'done'; result: RenderResult }
  | { t: 'error'; error: WireError };

export type ToWorker = { t: 'ack' } | { t: 'image'; seq: number; bytes: Uint8Array } | { t: 'image'; seq: number; error: WireError };

export function toWire(data: DossierData): WireData {
  return { ...data, items: data.items.map(({ loadImage, ...rest }) => ({ ...rest, hasImage: typeof loadImage === 'function' })) };
}

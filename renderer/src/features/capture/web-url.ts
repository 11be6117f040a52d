/** Whether a typed address is one the capture channels take (the contract's own check). */
import { refusedFields } from '../../lib/contract-check';

export function isCaptureUrl(text: string): boolean {
  return text.trim() !== '' && refusedFields('capture:open-window', { url: text.trim() }).size === 0;
}

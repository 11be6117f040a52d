/**
 * Threshold the 16x16 DCT into 256 bits and print them (docs/pdq.md "Step 7: median
 * threshold" and "Step 8: bit layout and hex"; ThreatExchange pdqhashing
 * pdqBuffer16x16ToBits and Hash256::format).
 * Invariants: bit k = i*16 + j is set iff B[i][j] > median(B); bit k lives in 16-bit word
 * k >> 4 at position k & 15; the hex string prints word 15 first and word 0 last, 4
 * lowercase hex digits each, so it is always exactly 64 characters.
 */

/**
 * The lower median (the 128th smallest of 256), which is what Torben's method in the
 * reference returns for an even count. Sorting a copy of 256 doubles is cheap and exact.
 */
export function median256(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[(sorted.length - 1) >> 1]!;
}

/** Bits of `b` above its median, as 16 words of 16 bits (word w holds bits 16w..16w+15). */
export function thresholdToWords(b: Float64Array): Uint16Array {
  const m = median256(b);
  const words = new Uint16Array(16);
  for (let k = 0; k < 256; k++) {
    if (b[k]! > m) words[k >> 4] = words[k >> 4]! | (1 << (k & 15));
  }
  return words;
}

/** Word 15 first, word 0 last (docs/pdq.md "Step 8: bit layout and hex"). */
export function wordsToHex(words: Uint16Array): string {
  let hex = '';
  for (let w = 15; w >= 0; w--) hex += words[w]!.toString(16).padStart(4, '0');
  return hex;
}

/** Hash of a 16x16 DCT matrix: threshold at its own median, then print. */
export function hashFromDct(b: Float64Array): string {
  return wordsToHex(thresholdToWords(b));
}

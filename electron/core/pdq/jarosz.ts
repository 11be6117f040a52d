/**
 * Jarosz blur and decimation (docs/pdq.md "Step 3: Jarosz blur" and "Step 4: decimate";
 * ThreatExchange pdqhashing downscaling.cpp: box1DFloat, jaroszFilterFloat, decimateFloat).
 * Invariants: each box pass writes every output sample exactly once; at the edges the
 * mean is over the samples inside the image only (window grows from about half size and
 * shrinks at the end), in the middle over exactly `window` samples; passes never read
 * outside the buffer because window <= length for every length >= 1.
 */

/** docs/pdq.md "Step 3: Jarosz blur" / computeJaroszFilterWindowSize: floor((old + 2*new - 1) / (2*new)), new = 64. */
export function jaroszWindowSize(oldDimension: number, newDimension = 64): number {
  return Math.floor((oldDimension + 2 * newDimension - 1) / (2 * newDimension));
}

/**
 * Box filter along every row (stride 1), running sum: O(cols) per row whatever the window.
 * The four phases mirror the reference box1DFloat so edge handling matches exactly. Rows are
 * filtered two at a time: each row's running sum is a chain of dependent additions, and two
 * independent chains let the processor overlap them (the import profile, docs/architecture.md
 * "Import speed"); every row sees the same operations in the same order as on its own.
 */
export function boxAlongRows(src: Float32Array, dst: Float32Array, rows: number, cols: number, window: number): void {
  const phases = boxPhases(window, cols);
  let r = 0;
  for (; r + 1 < rows; r += 2) boxTwoRows(src, dst, r * cols, cols, phases);
  if (r < rows) boxOneRow(src, dst, r * cols, phases);
}

/** The reference box1DFloat's four phases for a line of `length` samples: fill, grow, slide, shrink. */
interface BoxPhases {
  phase1: number;
  phase2: number;
  phase3: number;
  phase4: number;
}

function boxPhases(window: number, length: number): BoxPhases {
  const half = (window + 2) >> 1;
  return { phase1: half - 1, phase2: window - half + 1, phase3: length - window, phase4: half - 1 };
}

function boxOneRow(src: Float32Array, dst: Float32Array, base: number, { phase1, phase2, phase3, phase4 }: BoxPhases): void {
  let li = base;
  let ri = base;
  let oi = base;
  let sum = 0;
  let count = 0;
  for (let k = 0; k < phase1; k++) {
    sum += src[ri++]!;
    count++;
  }
  for (let k = 0; k < phase2; k++) {
    sum += src[ri++]!;
    count++;
    dst[oi++] = sum / count;
  }
  const inv = 1 / count;
  for (let k = 0; k < phase3; k++) {
    sum += src[ri++]! - src[li++]!;
    dst[oi++] = sum * inv;
  }
  for (let k = 0; k < phase4; k++) {
    sum -= src[li++]!;
    count--;
    dst[oi++] = sum / count;
  }
}

/** boxOneRow for the rows starting at `base` and `base + cols`, their sums kept side by side. */
function boxTwoRows(src: Float32Array, dst: Float32Array, base: number, cols: number, { phase1, phase2, phase3, phase4 }: BoxPhases): void {
  let li = base;
  let ri = base;
  let oi = base;
  let a = 0;
  let b = 0;
  let count = 0;
  for (let k = 0; k < phase1; k++, ri++) {
    a += src[ri]!;
    b += src[ri + cols]!;
    count++;
  }
  for (let k = 0; k < phase2; k++, ri++, oi++) {
    a += src[ri]!;
    b += src[ri + cols]!;
    count++;
    dst[oi] = a / count;
    dst[oi + cols] = b / count;
  }
  const inv = 1 / count;
  for (let k = 0; k < phase3; k++, ri++, li++, oi++) {
    a += src[ri]! - src[li]!;
    b += src[ri + cols]! - src[li + cols]!;
    dst[oi] = a * inv;
    dst[oi + cols] = b * inv;
  }
  for (let k = 0; k < phase4; k++, li++, oi++) {
    a -= src[li]!;
    b -= src[li + cols]!;
    count--;
    dst[oi] = a / count;
    dst[oi + cols] = b / count;
  }
}

/**
 * Box filter along every column. Same phases as boxAlongRows, but it slides a whole row of
 * column sums down the image so memory is read row by row (cache-friendly) rather than
 * with a stride of `cols`. `sums` is scratch of length >= cols.
 */
export function boxAlongCols(
  src: Float32Array,
  dst: Float32Array,
  rows: number,
  cols: number,
  window: number,
  sums: Float64Array,
): void {
  const { phase1, phase2, phase3, phase4 } = boxPhases(window, rows);
  sums.fill(0, 0, cols);
  let li = 0;
  let ri = 0;
  let oi = 0;
  let count = 0;
  for (let k = 0; k < phase1; k++, ri += cols) {
    for (let c = 0; c < cols; c++) sums[c]! += src[ri + c]!;
    count++;
  }
  for (let k = 0; k < phase2; k++, ri += cols, oi += cols) {
    count++;
    const inv = 1 / count;
    for (let c = 0; c < cols; c++) {
      const s = sums[c]! + src[ri + c]!;
      sums[c] = s;
      dst[oi + c] = s * inv;
    }
  }
  const invFull = 1 / count;
  for (let k = 0; k < phase3; k++, ri += cols, li += cols, oi += cols) {
    for (let c = 0; c < cols; c++) {
      const s = sums[c]! + src[ri + c]! - src[li + c]!;
      sums[c] = s;
      dst[oi + c] = s * invFull;
    }
  }
  for (let k = 0; k < phase4; k++, li += cols, oi += cols) {
    count--;
    const inv = 1 / count;
    for (let c = 0; c < cols; c++) {
      const s = sums[c]! - src[li + c]!;
      sums[c] = s;
      dst[oi + c] = s * inv;
    }
  }
}

/**
 * Two passes of (rows box, then columns box), PDQ_NUM_JAROSZ_XY_PASSES = 2 in the reference.
 * The result ends in `buf`; `tmp` is scratch of the same size.
 */
export function jaroszFilter(buf: Float32Array, tmp: Float32Array, rows: number, cols: number, passes = 2): void {
  const windowAlongRows = jaroszWindowSize(cols);
  const windowAlongCols = jaroszWindowSize(rows);
  const sums = new Float64Array(cols);
  for (let p = 0; p < passes; p++) {
    boxAlongRows(buf, tmp, rows, cols, windowAlongRows);
    boxAlongCols(tmp, buf, rows, cols, windowAlongCols, sums);
  }
}

/** docs/pdq.md "Step 4: decimate": out[i][j] = in[floor((i+0.5)*rows/64)][floor((j+0.5)*cols/64)]. */
export function decimateTo64(src: Float32Array, rows: number, cols: number, out: Float64Array): void {
  for (let i = 0; i < 64; i++) {
    const ini = Math.floor(((i + 0.5) * rows) / 64);
    const rowBase = ini * cols;
    for (let j = 0; j < 64; j++) {
      const inj = Math.floor(((j + 0.5) * cols) / 64);
      out[i * 64 + j] = src[rowBase + inj]!;
    }
  }
}

/**
 * 64x64 -> 16x16 partial DCT (docs/pdq.md "Step 6: DCT"; ThreatExchange pdqhashing dct64To16).
 * Invariants: D is the fixed 16x64 matrix D[i][j] = sqrt(2/64) * cos((pi/128)(i+1)(2j+1)),
 * row 0 of the full DCT (the DC term) being skipped; B = D * A * transpose(D), where A is
 * row-major 64x64 (A[row][col]) and B is row-major 16x16, so B[i][j] has vertical
 * frequency i+1 and horizontal frequency j+1. D is computed once and never written.
 */

const N = 64;
const K = 16;

/** Row-major 16x64 DCT-II basis without the DC row. */
const DCT_MATRIX: Float64Array = (() => {
  const d = new Float64Array(K * N);
  const scale = Math.sqrt(2 / N);
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < N; j++) {
      d[i * N + j] = scale * Math.cos((Math.PI / (2 * N)) * (i + 1) * (2 * j + 1));
    }
  }
  return d;
})();

/**
 * B = D * A * D^T as two matrix products: T = D * A (16x64), then B = T * D^T (16x16).
 * `tmp` is scratch of length 16*64; `out` receives 256 values.
 */
export function dct64To16(a: Float64Array, out: Float64Array, tmp: Float64Array = new Float64Array(K * N)): void {
  const d = DCT_MATRIX;
  tmp.fill(0);
  // T[i][j] = sum_k D[i][k] * A[k][j], accumulated row of A by row of A (sequential reads).
  for (let i = 0; i < K; i++) {
    const tRow = i * N;
    for (let k = 0; k < N; k++) {
      const dik = d[i * N + k]!;
      const aRow = k * N;
      for (let j = 0; j < N; j++) {
        tmp[tRow + j] = tmp[tRow + j]! + dik * a[aRow + j]!;
      }
    }
  }
  // B[i][j] = sum_k T[i][k] * D[j][k].
  for (let i = 0; i < K; i++) {
    const tRow = i * N;
    for (let j = 0; j < K; j++) {
      const dRow = j * N;
      let sum = 0;
      for (let k = 0; k < N; k++) sum += tmp[tRow + k]! * d[dRow + k]!;
      out[i * K + j] = sum;
    }
  }
}

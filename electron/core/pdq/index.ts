/**
 * Public surface of the PDQ module (docs/pdq.md). Invariant: plain Node + sharp, never electron;
 * everything callers need is re-exported here, internals (filters, DCT) stay importable
 * by path for tests and benchmarks only.
 */
export type { PdqResult, RawImage } from './types';
export { PDQ_MATCH_THRESHOLD, PDQ_MIN_QUALITY, PDQ_ZERO_HASH } from './types';
export { pdqFromRaw, PDQ_MIN_DIMENSION } from './pdq';
export { pdqFromBytes, pdqInputFromSharp, PDQ_MAX_SIDE, PDQ_DEFAULT_LIMIT_INPUT_PIXELS } from './sharp-input';
export type { PdqFromBytesOptions } from './sharp-input';
export { hammingDistance, isPdqHex } from './hamming';
export { dihedralHashes, dihedralDct, minDihedralDistance, DIHEDRAL_VARIANTS } from './dihedral';
export type { DihedralVariant, DihedralMatch } from './dihedral';
export { borderCutPdq, contentBox, cropRaw, BORDER_TOLERANCE, BORDER_OUTLIERS, MIN_CUT } from './border-cut';
export type { ContentBox } from './border-cut';

import type { Migration } from './types';

/**
 * PLACEHOLDER on the `notices` branch only: version 7 belongs to another branch's migration
 * (merged separately). It exists here so that version 8 (008-takedown-targets.ts) follows the
 * list's rule "versions increase by exactly one". When merging, replace this entry in index.ts
 * by the real 007 and delete this file; it changes nothing, so no vault depends on it except
 * development vaults made on this branch.
 */
export const m007Reserved: Migration = {
  version: 7,
  name: 'reserved',
  up() {
    // Intentionally empty: see above.
  },
};

/**
 * The explicit, ordered migration list (docs/architecture.md "Conventions", after Signal Desktop). Invariants:
 * versions start at 1 and increase by exactly one; a released migration is never edited,
 * only followed by a new one; all pending migrations run in one transaction.
 */
import type { Migration } from './types';
import { m001Initial } from './001-initial';
import { m002CasesEvidence } from './002-cases-evidence';
import { m003Takedowns } from './003-takedowns';
import { m004SearchIndexes } from './004-search-indexes';
import { m005StepPlans } from './005-step-plans';
import { m006PendingFiles } from './006-pending-files';
import { m009People } from './009-people';

// --- branch 'people' (issue 15): numbers 007 and 008 belong to migrations written on other
// branches at the same time (the minors rule, takedown targets). Until those are merged these
// two stand in for them so the numbering has no gap; on merge, replace each with the real one.
const reserved = (version: number): Migration => ({ version, name: `reserved-${version}`, up: () => undefined });
// --- end branch 'people'

export const MIGRATIONS: readonly Migration[] = [m001Initial, m002CasesEvidence, m003Takedowns, m004SearchIndexes, m005StepPlans, m006PendingFiles, reserved(7), reserved(8), m009People];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

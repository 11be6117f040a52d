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
import { m007KnownMaterial } from './007-known-material';
import { m008TakedownTargets } from './008-takedown-targets';
import { m009Media } from './009-media';
import { m010WebCaptures } from './010-web-captures';
import { m011People } from './011-people';
import { m012Drafts } from './012-drafts';
import { m013BorderCut } from './013-border-cut';
import { m014CommunicationLog } from './014-communication-log';

export const MIGRATIONS: readonly Migration[] = [m001Initial, m002CasesEvidence, m003Takedowns, m004SearchIndexes, m005StepPlans, m006PendingFiles, m007KnownMaterial, m008TakedownTargets, m009Media, m010WebCaptures, m011People, m012Drafts, m013BorderCut, m014CommunicationLog];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

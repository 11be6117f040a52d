/** The step plan: the school's template and each case's own copy. */
import type { StepTick } from './message-types';
import type { Bilingual } from './platform-types';

export interface TemplateStep {
  title: Bilingual;
  owner: Bilingual;
  /** Days after the case opened; null = no due date. */
  dueDays: number | null;
  /** The victim-interview step: its notes warn against leading questions. */
  interview?: boolean;
  /** The communication log ticks this step when it records that kind of message (issue 19 item 3). */
  tick?: StepTick;
}

export interface StepTemplate {
  version: number;
  steps: TemplateStep[];
  /** True when the school edited it (kept when the shipped template changes). */
  edited: boolean;
}

export interface CaseStep {
  id: string;
  caseId: string;
  position: number;
  title: string;
  owner: string;
  dueDate: string | null;
  doneAt: string | null;
  doneBy: string | null;
  notes: string;
  interview: boolean;
  overdue: boolean;
  /** Which log entries tick this step (copied from the template). */
  tick: StepTick | null;
  /** The communication-log entry that ticked it; null when it was ticked by hand or is open. */
  doneByMessageId: string | null;
}

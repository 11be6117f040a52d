/**
 * Communication (issue 19): the school's message templates, drafts made from them, and the
 * log of who was told what. The enum lists are the single source for the zod schemas, the
 * database's CHECK constraints and the UI's translated labels.
 * Invariants: a template addressed to a group (class, team, press) never carries the name or
 * pseudonym of a person in the case (electron/core/message/minimise.ts); a draft fills only
 * the facts listed in MESSAGE_FACTS (docs/communication.md "Templates and drafts").
 */
import type { Bilingual } from './platform-types';
import type { PersonRole } from './person-types';

/** Who a message is for. `other`: a log entry without a template (the mentor, a care partner). */
export const AUDIENCES = ['victim-parents', 'spreader-parents', 'class', 'team', 'press', 'police', 'other'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The audiences a template can be written for (every audience but `other`). */
export const TEMPLATE_AUDIENCES = ['victim-parents', 'spreader-parents', 'class', 'team', 'press', 'police'] as const satisfies readonly Audience[];
export type TemplateAudience = (typeof TEMPLATE_AUDIENCES)[number];

/** Addressed to a group: a name or pseudonym of a person in the case is refused (issue 19 item 2). */
export const GROUP_AUDIENCES: readonly Audience[] = ['class', 'team', 'press'];

export function isGroupAudience(a: Audience): boolean {
  return GROUP_AUDIENCES.includes(a);
}

/** How the message went (issue 19 item 3). */
export const CONTACT_WAYS = ['conversation', 'phone', 'letter', 'email', 'meeting'] as const;
export type ContactWay = (typeof CONTACT_WAYS)[number];

/**
 * Steps of the step plan a log entry can tick (resources/step-plan.json: "Het team
 * informeren", "Communicatie en antwoorden op persvragen voorbereiden", "Nazorg").
 */
export const STEP_TICKS = ['team', 'communication', 'aftercare'] as const;
export type StepTick = (typeof STEP_TICKS)[number];

/**
 * The case's facts a template may ask for, as `{name}` in its subject or body: the reference,
 * dates, the contact person, the platforms, the school. Nothing else is ever filled in; a
 * template with any other `{...}` is refused when it is saved.
 */
export const MESSAGE_FACTS = ['ref', 'openedOn', 'today', 'contactName', 'contactRole', 'contactPhone', 'contactEmail', 'platforms', 'organisation', 'policeReference', 'policyUrl'] as const;
export type MessageFact = (typeof MESSAGE_FACTS)[number];

/** `{ref}` and friends in a template text. */
export const FACT_PATTERN = /\{([A-Za-z]+)\}/g;

/** The placeholders of a text that are not facts (a template with any is refused). */
export function unknownFacts(text: string): string[] {
  return [...text.matchAll(FACT_PATTERN)].map((m) => m[1]!).filter((f) => !(MESSAGE_FACTS as readonly string[]).includes(f));
}

/** Template ids: the shipped ones are their audience; a school's own get "eigen-<n>". */
export const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

export interface MessageTemplate {
  id: string;
  audience: TemplateAudience;
  title: Bilingual;
  /** What the message is for, shown above the draft. */
  purpose: Bilingual;
  /** What it must never contain, shown above the draft. */
  neverContains: Bilingual;
  subject: Bilingual;
  body: Bilingual;
}

export interface MessageTemplateSet {
  version: number;
  templates: MessageTemplate[];
  /** True when the school edited them (kept when the shipped templates change). */
  edited: boolean;
}

/** A template filled with one case's facts, in one language. */
export interface MessageDraft {
  templateId: string;
  audience: TemplateAudience;
  group: boolean;
  lang: 'nl' | 'en';
  title: string;
  purpose: string;
  neverContains: string;
  subject: string;
  body: string;
  /** The facts the template asked for and the case has. */
  filled: MessageFact[];
  /** The facts the template asked for and the case does not have: "[vul in: ...]" in the text. */
  missing: MessageFact[];
  /** How many times a person's name or pseudonym was kept out of a group message. */
  withheld: number;
}

/** A person of the case a text names (message:check). */
export interface NameHit {
  /** The name or pseudonym as the vault holds it, or the part of a name that was found. */
  name: string;
  role: PersonRole;
  /**
   * Only a part of a name ("Mila" of "Mila de Groot"): a warning, since "Groot" or "Roos" are
   * Dutch words too. A whole name or pseudonym is refused in a group message.
   */
  part: boolean;
}

/** One line of a case's communication log: who was told what, when, by whom and how. */
export interface CommEntry {
  id: string;
  caseId: string;
  /** When it happened (the officer may log a conversation afterwards). */
  at: string;
  /** When it was logged. */
  recordedAt: string;
  /** Who told them: a staff member's name and function, or the vault's owner name. */
  by: string;
  byStaffId: string | null;
  audience: Audience;
  /** Who was told, in the officer's words ("ouders van de leerling", "team 2B"). */
  to: string;
  how: ContactWay;
  templateId: string | null;
  /** The template's title when it was used (kept if the template changes later). */
  templateTitle: string | null;
  lang: 'nl' | 'en' | null;
  subject: string;
  /** The text that was sent or said; may be empty for a conversation. */
  text: string;
  /** Agreements made. */
  note: string;
  /** The person of the case it concerns (their access letter lists it). */
  personId: string | null;
  /** A follow-up talk (nazorg). */
  followUp: boolean;
  /** The steps this entry ticked. */
  ticked: { stepId: string; title: string }[];
}

/** Which steps a log entry ticks: the team step for the team, communication for the class and the press, aftercare for a follow-up. */
export function ticksOf(e: { audience: Audience; followUp: boolean }): StepTick[] {
  const out: StepTick[] = [];
  if (e.audience === 'team') out.push('team');
  if (e.audience === 'class' || e.audience === 'press') out.push('communication');
  if (e.followUp) out.push('aftercare');
  return out;
}

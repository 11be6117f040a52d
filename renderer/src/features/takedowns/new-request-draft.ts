/**
 * The new-request form's state and its conversion to a `takedown:create` input (issue 14 items
 * 4-5). Invariants: one request is about one platform; the URLs are taken exactly as typed,
 * one a line (only surrounding white space goes); a target without a URL always has a
 * platform; what is typed carries its own kind of material (default: the case's), the age of
 * the person shown only for sexual material, and a description meant for the platform.
 */
import { SEXUAL_CATEGORIES, type CaseCategory, type Tristate } from '../../../../shared/case-types';
import type { Input } from '../../../../shared/contract';
import type { EvidenceItem } from '../../../../shared/evidence-types';
import type { TakedownChannel, UrllessTargetKind } from '../../../../shared/takedown-types';

export type TargetMode = 'items' | 'urls' | 'target';

export interface RequestDraft {
  mode: TargetMode;
  itemIds: string[];
  urls: string;
  targetKind: UrllessTargetKind;
  identifier: string;
  inAppRoute: string;
  /** '' : recognise from the items or URLs (not allowed for a target without a URL). */
  platform: string;
  /** '' : the case's kind of material. */
  category: CaseCategory | '';
  minor: Tristate;
  description: string;
  /** null: not chosen yet; the form shows defaultChannel() until the officer picks one. */
  channel: TakedownChannel | null;
}

export type DraftProblem = 'items' | 'urls' | 'identifier' | 'platform' | 'channel';

/** The URLs of the text field, one a line, blank lines dropped. */
export function urlLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/** Whether the age question applies: sexual material (the case's kind or the chosen one). */
export function asksAge(d: Pick<RequestDraft, 'category'>, caseCategory: CaseCategory): boolean {
  return SEXUAL_CATEGORIES.includes(d.category || caseCategory);
}

export function draftProblems(d: RequestDraft): Set<DraftProblem> {
  const out = new Set<DraftProblem>();
  if (d.mode === 'items' && d.itemIds.length === 0) out.add('items');
  if (d.mode === 'urls' && urlLines(d.urls).length === 0) out.add('urls');
  if (d.mode === 'target' && !d.identifier.trim()) out.add('identifier');
  if (d.mode === 'target' && !d.platform) out.add('platform');
  if (!d.channel) out.add('channel');
  return out;
}

export function draftToInput(d: RequestDraft, caseCategory: CaseCategory): Omit<Input<'takedown:create'>, 'caseId'> {
  const platform = d.platform || undefined;
  const channel = d.channel ?? 'web-form';
  if (d.mode === 'items') return { itemIds: d.itemIds, platform, channel };
  const typed = {
    category: d.category || undefined,
    minor: asksAge(d, caseCategory) ? d.minor : undefined,
    description: d.description.trim() || undefined,
  };
  if (d.mode === 'urls') return { urls: urlLines(d.urls), platform, channel, ...typed };
  return { targets: [{ kind: d.targetKind, identifier: d.identifier.trim(), inAppRoute: d.inAppRoute.trim() || undefined }], platform, channel, ...typed };
}

/**
 * Whether the request is about a sexual image of someone who is or may be a minor (the age
 * when it was made): for chosen items, any of them (its own kind of material, else the case's);
 * for typed locations, the kind and age typed.
 */
export function aboutChildAbuseMaterial(d: RequestDraft, caseCategory: CaseCategory, items: readonly EvidenceItem[]): boolean {
  if (d.mode === 'items') {
    return items.some((i) => d.itemIds.includes(i.id) && (i.sexual || SEXUAL_CATEGORIES.includes(i.category ?? caseCategory)) && i.minor !== 'no');
  }
  return asksAge(d, caseCategory) && d.minor !== 'no';
}

/**
 * The channel the form proposes. For child sexual abuse material that is the Meldpunt
 * Kinderporno (Offlimits), not the platform's web form: Offlimits has it removed without the
 * school handling the image again, and a platform form often asks to upload it (Offlimits,
 * "Melden", https://www.meldpunt-kinderporno.nl/; politie.nl "Kinderporno melden"; issue 13 item 6).
 */
export function defaultChannel(d: RequestDraft, caseCategory: CaseCategory, items: readonly EvidenceItem[]): TakedownChannel {
  return aboutChildAbuseMaterial(d, caseCategory, items) ? 'offlimits' : 'web-form';
}

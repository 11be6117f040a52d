/**
 * The channel the new-request form proposes (issue 13 item 6): for a sexual image of a minor
 * or of someone whose age is unknown, Offlimits instead of the platform's web form; decided per
 * chosen item by its own kind of material and age, else by the case's kind.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../shared/evidence-types';
import { defaultChannel, type RequestDraft } from '../../renderer/src/features/takedowns/new-request-draft';

const draft = (patch: Partial<RequestDraft>): RequestDraft => ({
  mode: 'items', itemIds: [], urls: '', targetKind: 'group', identifier: '', inAppRoute: '', platform: '', category: '', minor: 'unknown', description: '', channel: null, ...patch,
});
const item = (id: string, patch: Partial<EvidenceItem>) => ({ id, sexual: false, minor: 'unknown', category: null, ...patch }) as EvidenceItem;

describe('defaultChannel', () => {
  const items = [item('meme', {}), item('nude', { category: 'nude-photo' }), item('adult', { sexual: true, minor: 'no' }), item('marked', { sexual: true })];

  it('proposes Offlimits when any chosen item is sexual with a minor or unknown age', () => {
    expect(defaultChannel(draft({ itemIds: ['meme'] }), 'hurtful-meme', items)).toBe('web-form');
    expect(defaultChannel(draft({ itemIds: ['meme', 'nude'] }), 'hurtful-meme', items)).toBe('offlimits');
    expect(defaultChannel(draft({ itemIds: ['marked'] }), 'hurtful-meme', items)).toBe('offlimits');
    expect(defaultChannel(draft({ itemIds: ['adult'] }), 'nude-photo', items)).toBe('web-form');
  });

  it("uses the case's kind for an item without its own", () => {
    expect(defaultChannel(draft({ itemIds: ['meme'] }), 'sexual-video', items)).toBe('offlimits');
  });

  it('for typed locations follows the kind and the age typed', () => {
    expect(defaultChannel(draft({ mode: 'urls', urls: 'https://x.test/1' }), 'nude-photo', items)).toBe('offlimits');
    expect(defaultChannel(draft({ mode: 'urls', minor: 'no' }), 'nude-photo', items)).toBe('web-form');
    expect(defaultChannel(draft({ mode: 'target', category: 'nude-photo' }), 'hurtful-meme', items)).toBe('offlimits');
    expect(defaultChannel(draft({ mode: 'target' }), 'hurtful-meme', items)).toBe('web-form');
  });
});

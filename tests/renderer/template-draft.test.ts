import { describe, expect, it } from 'vitest';
import type { TemplateStep } from '../../shared/step-types';
import { editorDraftOf, emptyStep, isDirty, move, problems, toDraft, toTemplate } from '../../renderer/src/features/steps/template/draft';

const shipped: TemplateStep[] = [
  { title: { nl: 'Probleem vaststellen', en: 'Define the problem' }, owner: { nl: 'Vertrouwenspersoon', en: 'Confidentiality officer' }, dueDays: 0 },
  { title: { nl: 'Het slachtoffer vragen', en: 'Ask the victim' }, owner: { nl: 'Contactpersoon', en: 'Contact person' }, dueDays: 1, interview: true },
  { title: { nl: 'Evalueren', en: 'Evaluate' }, owner: { nl: 'Vertrouwenspersoon', en: 'Confidentiality officer' }, dueDays: null },
];

describe('step-plan template draft', () => {
  it('round-trips the saved template unchanged, so an untouched draft is not dirty', () => {
    const draft = toDraft(shipped);
    expect(toTemplate(draft)).toEqual(shipped);
    expect(isDirty(draft, shipped)).toBe(false);
  });

  // Issue 19: a step the communication log ticks keeps its kind through the editor; changing it is a change.
  it('keeps which log entries tick a step, and counts a changed kind as a change', () => {
    const withTick: TemplateStep[] = [...shipped, { title: { nl: 'Het team informeren', en: 'Inform the team' }, owner: { nl: 'Teamleider', en: 'Team leader' }, dueDays: 3, tick: 'team' }];
    const draft = toDraft(withTick);
    expect(toTemplate(draft)).toEqual(withTick);
    expect(isDirty(draft, withTick)).toBe(false);
    const changed = draft.map((s) => (s.tick === 'team' ? { ...s, tick: 'communication' as const } : s));
    expect(isDirty(changed, withTick)).toBe(true);
    expect(toTemplate(changed)![3]!.tick).toBe('communication');
    expect(toTemplate(draft.map((s) => ({ ...s, tick: '' as const })))!.every((s) => !('tick' in s))).toBe(true);
  });

  it('moves a step up or down and ignores moves past either end', () => {
    const draft = toDraft(shipped);
    const down = move(draft, 0, 1);
    expect(down.map((s) => s.titleNl)).toEqual(['Het slachtoffer vragen', 'Probleem vaststellen', 'Evalueren']);
    expect(isDirty(down, shipped)).toBe(true);
    expect(move(draft, 0, -1)).toBe(draft);
    expect(move(draft, 2, 1)).toBe(draft);
  });

  it('a Dutch-only step gets its Dutch text in English too, and may have no owner or date', () => {
    const s = { ...emptyStep(), titleNl: '  Mentor belt de ouders  ', dueDays: '' };
    expect(toTemplate([s])).toEqual([{ title: { nl: 'Mentor belt de ouders', en: 'Mentor belt de ouders' }, owner: { nl: '', en: '' }, dueDays: null }]);
  });

  it('refuses to save a step without text or with a due day that is not a whole number 0-365', () => {
    const base = { ...emptyStep(), titleNl: 'Stap' };
    expect(problems({ ...base, titleNl: ' ' })).toEqual(['title']);
    for (const bad of ['drie', '-1', '2.5', '366', '1e2']) expect(problems({ ...base, dueDays: bad }), bad).toEqual(['dueDays']);
    for (const ok of ['0', '365', ' 14 ']) expect(problems({ ...base, dueDays: ok }), ok).toEqual([]);
    expect(toTemplate([base, { ...base, dueDays: 'drie' }])).toBeNull();
    expect(toTemplate([])).toBeNull();
  });

  // Issue 16 item 1: the editor's draft comes back from the vault after an unlock; what an older
  // app (or a damaged row) wrote must not break the editor or smuggle in a half-typed form.
  it('takes a stored editor draft back only when every step fits, and keeps a new step apart from the restored ones', () => {
    const start = { steps: toDraft(shipped), editing: null, form: null };
    const edited = { steps: start.steps.slice(0, 2), editing: { key: null }, form: { ...emptyStep(), titleNl: 'Mentor belt terug' } };
    const back = editorDraftOf(JSON.parse(JSON.stringify(edited)), start);
    expect(back).toEqual(edited);
    expect(back.steps.map((s) => s.key)).not.toContain(emptyStep().key);
    expect(editorDraftOf(null, start)).toBe(start);
    expect(editorDraftOf({ steps: 'x' }, start)).toBe(start);
    expect(editorDraftOf({ steps: [{ key: 'a', titleNl: 1 }] }, start)).toBe(start);
    const twice = start.steps[0]!;
    expect(editorDraftOf({ steps: [twice, twice] }, start)).toBe(start);
    // An open form for a step that is no longer in the list is dropped, the list kept.
    const gone = editorDraftOf({ steps: start.steps, editing: { key: 'nope' }, form: start.steps[0] }, start);
    expect(gone).toEqual({ steps: start.steps, editing: null, form: null });
  });
});

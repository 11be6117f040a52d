/**
 * The message-template editor's draft in the vault (issue 16 item 1, issue 19 item 1): what comes
 * back after an unlock is taken only when every template fits, so an older app's or a damaged
 * row cannot break the editor or open a form for a template that is gone.
 */
import { describe, expect, it } from 'vitest';
import { newTemplate, templatesDraftOf, toDraft, toTemplates } from '../../renderer/src/features/communication/templates/draft';
import type { MessageTemplate } from '../../shared/message-types';

const pair = (nl: string) => ({ nl, en: nl });
const shipped: MessageTemplate[] = [
  { id: 'team', audience: 'team', title: pair('Aan het team'), purpose: pair('Collega’s weten waar zij op letten.'), neverContains: pair('Namen.'), subject: pair('Vertrouwelijk ({ref})'), body: pair('Beste collega’s, zaak {ref}.') },
  { id: 'class', audience: 'class', title: pair('Aan de klas'), purpose: pair('Niet delen.'), neverContains: pair('Namen.'), subject: pair('Over beelden'), body: pair('Beste studenten.') },
];

describe('message-template editor draft', () => {
  it('takes a stored draft back when it fits, with the open form and what was typed in it', () => {
    const start = { templates: toDraft(shipped), open: null, form: null };
    expect(toTemplates(start.templates)).toEqual(shipped);
    const adding = { ...newTemplate(start.templates, 'press'), nl: { title: 'Aan de pers', purpose: 'Houding', neverContains: 'Namen', subject: 'Verklaring', body: 'Wij zeggen niets over personen.' } };
    const edited = { templates: start.templates.slice(0, 1), open: { key: null }, form: adding };
    expect(templatesDraftOf(JSON.parse(JSON.stringify(edited)), start)).toEqual(edited);
    // A new template never gets the key of one that came back from the vault.
    expect(start.templates.map((d) => d.key)).not.toContain(newTemplate(start.templates, 'team').key);
  });

  it('falls back to the saved templates for what does not fit', () => {
    const start = { templates: toDraft(shipped), open: null, form: null };
    expect(templatesDraftOf(null, start)).toBe(start);
    expect(templatesDraftOf({ templates: [] }, start)).toBe(start);
    expect(templatesDraftOf({ templates: [{ ...start.templates[0], audience: 'everyone' }] }, start)).toBe(start);
    expect(templatesDraftOf({ templates: [{ ...start.templates[0], nl: { title: 'x' } }] }, start)).toBe(start);
    expect(templatesDraftOf({ templates: [start.templates[0], start.templates[0]] }, start)).toBe(start);
    const gone = templatesDraftOf({ templates: start.templates, open: { key: 'nope' }, form: start.templates[0] }, start);
    expect(gone).toEqual({ templates: start.templates, open: null, form: null });
  });
});

/**
 * The access letter as a PDF (issue 15 item 4), through the dossier's PDF machinery: the same
 * PDF/A-2b document (dossier/pdf/document.ts), embedded DejaVu fonts and layout helpers
 * (dossier/pdf/layout.ts). Invariants: it prints only what gatherLetter gave it (that module
 * keeps other people out); every page carries "pagina X van Y"; a letter is a few pages, so it
 * is laid out in one pass with its pages kept until the end, when the footers are drawn.
 */
import { translators } from '../../../shared/catalogue';
import { addMonths, formatCalendarDate, localDate } from '../../../shared/time';
import { ANSWER_MONTHS } from './access-requests';
import { pdfADocument } from '../dossier/pdf/document';
import { Printable, fontPaths, resolveFontDir } from '../dossier/pdf/fonts';
import type { LayoutCtx } from '../dossier/pdf/context';
import { COLOR, CONTENT_W, MARGIN, PAGE, SIZE, draw, keyValues, newPage, paragraph, rule, subheading, type Row } from '../dossier/pdf/layout';
import { label, pdfText } from '../dossier/pdf/pdf-messages';
import type { LetterCase, LetterData, LetterItem } from './access-letter';
import { letterEn } from './letter-messages-en';
import { letterNl } from './letter-messages-nl';

const text = translators({ nl: letterNl, en: letterEn });

export async function renderLetterPdf(data: LetterData, fontDir: string | undefined): Promise<{ pdf: Buffer; pages: number }> {
  const paths = fontPaths(resolveFontDir(fontDir));
  const t = text[data.lang];
  const labels = pdfText(data.lang);
  const day = (iso: string) => formatCalendarDate(localDate(new Date(iso)), data.lang);
  const date = (d: string) => formatCalendarDate(d, data.lang);
  const doc = pdfADocument({ lang: data.lang, bodyFont: paths.body, compress: true, title: t('title'), subject: t('subject'), keywords: 'AVG, GDPR, art. 15', createdAt: data.generatedAt });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const ctx: LayoutCtx = { doc, t: (k) => t(k), p: new Printable(doc, paths), check: () => undefined, turnPage: () => undefined };

  newPage(ctx);
  let y = MARGIN.top;
  const org = data.organisation.trim();
  y += draw(ctx, org || 'Bewijskluis', MARGIN.left, y, CONTENT_W, { font: 'bold', size: SIZE.h2, color: COLOR.accent }) + 4;
  rule(ctx, y, COLOR.accent);
  doc.y = y + 14;
  paragraph(ctx, [t('date', { date: day(data.generatedAt) }), t('to', { name: data.name })].join('\n'), { size: SIZE.value });
  paragraph(ctx, t('subject'), { font: 'bold', size: SIZE.value });
  paragraph(ctx, t('greeting', { name: data.name }), { size: SIZE.value });
  if (data.request) {
    paragraph(ctx, t('intro.request', { received: date(data.request.receivedOn), due: date(addMonths(data.request.receivedOn, ANSWER_MONTHS)) }), { size: SIZE.value });
    if (data.request.extensionReason) paragraph(ctx, t('intro.extended', { due: date(data.request.dueOn), reason: data.request.extensionReason }), { size: SIZE.value });
  } else {
    paragraph(ctx, t('intro.noRequest', { date: day(data.generatedAt) }), { size: SIZE.value });
  }
  paragraph(ctx, t('intro.what'), { size: SIZE.value });

  subheading(ctx, t('held.title'));
  if (data.cases.length === 0) paragraph(ctx, t('held.none'), { size: SIZE.value });
  for (const c of data.cases) caseBlock(ctx, c);

  subheading(ctx, t('purposes.title'));
  paragraph(ctx, t('purposes.body'), { size: SIZE.value });
  subheading(ctx, t('recipients.title'));
  // Each recipient once: a takedown request to the police and a police dossier are one recipient.
  const fold = (x: string) => x.toLowerCase().replace(/^(de|the)\s+/, '').trim();
  const recipients = [...data.recipients.filter((r) => !data.police || fold(r) !== fold(t('recipients.police'))), ...(data.police ? [t('recipients.police')] : [])];
  paragraph(ctx, recipients.length ? t('recipients.list', { list: recipients.join(', ') }) : t('recipients.none'), { size: SIZE.value });
  subheading(ctx, t('source.title'));
  paragraph(ctx, t('source.body'), { size: SIZE.value });
  subheading(ctx, t('left.title'));
  paragraph(ctx, t('left.body'), { size: SIZE.value });
  subheading(ctx, t('rights.title'));
  paragraph(ctx, t('rights.body'), { size: SIZE.value });
  paragraph(ctx, data.contactEmail ? t('contact', { email: data.contactEmail }) : t('contact.noEmail'), { size: SIZE.value });
  paragraph(ctx, [t('closing'), '', t('closing.role'), org].filter((l, i) => i < 3 || l !== '').join('\n'), { size: SIZE.value });

  function caseBlock(cx: LayoutCtx, c: LetterCase): void {
    subheading(cx, t('case.heading', { ref: c.ref, category: label(labels, 'category', c.category).toLowerCase() }), 120);
    const about = [label(labels, 'affiliation', c.affiliation), t('case.minor', { value: label(labels, 'tristate', c.minor).toLowerCase() }), c.isPseudonym ? t('case.pseudonym') : ''].filter(Boolean).join(', ');
    const rows: Row[] = [
      { label: t('case.role'), value: label(labels, 'role', c.role) },
      { label: t('case.about'), value: about },
      { label: t('case.opened'), value: day(c.openedAt) },
      { label: t('case.status'), value: label(labels, 'caseStatus', c.status) },
      ...(c.closedAt ? [{ label: t('case.closed'), value: day(c.closedAt) }] : []),
      ...(c.contactNotes.trim() ? [{ label: t('case.contactNotes'), value: c.contactNotes }] : []),
      { label: t('case.items'), value: c.items.length ? c.items.map((it) => itemLine(it)).join('\n') : t('case.noItems') },
      { label: t('case.takedowns'), value: c.takedowns.length ? c.takedowns.map((r) => (r.sentAt ? t('case.takedownSent', { platform: r.platform, status: label(labels, 'takedownStatus', r.status).toLowerCase(), date: day(r.sentAt) }) : t('case.takedown', { platform: r.platform, status: label(labels, 'takedownStatus', r.status).toLowerCase() }))).join('\n') : t('case.noTakedowns') },
      ...(c.policeDossiers.length ? [{ label: t('case.police'), value: c.policeDossiers.map((at) => t('case.policeOn', { date: day(at) })).join('\n') }] : []),
      ...(c.messages.length ? [{ label: t('case.messages'), value: c.messages.map((m) => messageLine(m)).join('\n') }] : []),
      { label: t('case.retention'), value: c.retention.hold ? t(c.retention.hold === 'other' ? 'retention.holdOther' : 'retention.hold', { years: c.retention.years }) : c.retention.purgeDate ? t('retention.closed', { date: date(c.retention.purgeDate), years: c.retention.years }) : t('retention.open', { years: c.retention.years }) },
    ];
    keyValues(cx, rows, { labelW: 150 });
    if (c.otherItems > 0 || c.otherPersons > 0) paragraph(cx, t('case.others', { items: c.otherItems, persons: c.otherPersons }), { size: SIZE.small + 0.5, color: COLOR.muted });
  }

  function itemLine(it: LetterItem): string {
    const how = [...it.how.map((h) => t(`item.how.${h}`)), it.seenAt ? t('item.seen', { date: day(it.seenAt) }) : '', t('item.captured', { date: day(it.capturedAt) }), sourceText(it)].filter(Boolean).join(', ');
    const kind = label(labels, 'kind', it.kind).toLowerCase();
    return t('item.line', { label: it.label, what: it.site ? t('item.kindOn', { kind, site: it.site }) : kind, how });
  }

  function messageLine(m: LetterCase['messages'][number]): string {
    const what = m.template ?? t('message.ownText');
    const line = t('message.line', { date: day(m.at), how: label(labels, 'how', m.how), to: m.to, what });
    return [line, m.followUp ? t('message.followUp') : '', m.note.trim() ? t('message.agreed', { note: m.note.trim() }) : ''].filter(Boolean).join(' ');
  }

  function sourceText(it: LetterItem): string {
    if (it.source.from === 'staff') return t('item.source.staff');
    if (it.source.from === 'person') return t('item.source.person', { role: label(labels, 'role', it.source.role).toLowerCase() });
    return t('item.source.school');
  }

  // Footers, now that the page count is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    const footY = PAGE.height - 44;
    rule(ctx, footY - 8);
    draw(ctx, t('frame.confidential'), MARGIN.left, footY, CONTENT_W / 2, { size: SIZE.small, color: COLOR.muted });
    draw(ctx, t('frame.pageXofY', { x: i + 1, y: range.count }), MARGIN.left + CONTENT_W / 2, footY, CONTENT_W / 2, { size: SIZE.small, color: COLOR.muted, align: 'right' });
    doc.page.margins = margins;
  }
  doc.flushPages();
  doc.end();
  await done;
  return { pdf: Buffer.concat(chunks), pages: range.count };
}

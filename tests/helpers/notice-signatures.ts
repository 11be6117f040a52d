/** A phrase only one kind of material's notice template has (notice-templates-nl.ts / -en.ts), per language. */
import type { CaseCategory } from '../../shared/case-types';

/** The case's kind must not leak into an item's notice: each kind's own phrase. */
export const SIGNATURE: Record<CaseCategory, { nl: RegExp; en: RegExp }> = {
  'nude-photo': { nl: /naaktfoto of seksuele afbeelding/, en: /nude or sexual image/ },
  'sexual-video': { nl: /video van seksuele aard/, en: /sexual video/ },
  'violence-video': { nl: /toont geweld/, en: /shows violence/ },
  'hurtful-meme': { nl: /\(meme\)/, en: /\(meme\)/ },
  'edited-screenshot': { nl: /schermafbeelding/, en: /screenshot/ },
  'expose-account': { nl: /expose-account/, en: /"expose" account/ },
  other: { nl: /verspreidt beelden of gegevens/, en: /spreads images or data/ },
};

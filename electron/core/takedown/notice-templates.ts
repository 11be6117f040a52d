/**
 * Text of the DSA notice, Dutch and English side by side. Everything a platform reads is
 * here; notice.ts only assembles it.
 *
 * Invariants:
 * - Every case category has a template in both languages, each 3–6 sentences, factual,
 *   naming the Dutch provisions plainly. Wording stays neutral: no emotional words.
 * - The templates explain part (a) only; URLs, sender and the good-faith statement are
 *   parts (b)–(d) and are never written here.
 *
 * Sources: Regulation (EU) 2022/2065 (Digital Services Act) art. 16(2)(a)–(d);
 * Wetboek van Strafrecht (Sr) art. 139h (sexual images without consent, since 2020),
 * 252 (images of sexual abuse of children; art. 240b until the Wet seksuele misdrijven
 * took effect on 1 July 2024, Stb. 2024, 59), 261 (smaad), 262 (laster),
 * 266 (belediging), 285d (doxing, since 1 January 2024), 131 (opruiing);
 * Auteurswet art. 21 (portrait right); GDPR/AVG art. 6 (lawful processing, with the
 * interests of a child weighing heavier under art. 6(1)(f)).
 */
import type { CaseCategory } from '../../../shared/case-types';
import type { Bilingual } from '../../../shared/platform-types';

export type NoticeLang = 'nl' | 'en';

/** Shared GDPR sentence for categories where personal data of a (possibly minor) student spreads. */
const AVG: Bilingual = {
  nl: 'De verspreiding van deze persoonsgegevens heeft geen rechtsgrond en is in strijd met de AVG (art. 6); als de afgebeelde persoon minderjarig is, weegt diens bescherming extra zwaar.',
  en: 'Spreading this personal data has no legal basis and infringes the GDPR (Article 6); where the person shown is a minor, their protection weighs all the more.',
};

/** Part (a) per category, for content that is not marked as child sexual abuse material. */
export const CATEGORY_EXPLANATIONS: Record<CaseCategory, Bilingual> = {
  // Art. 139h Sr: making public a sexual image of a person, knowing it can harm them.
  'nude-photo': {
    nl: `Deze inhoud is een naaktfoto of seksuele afbeelding van een herkenbare persoon, openbaar gemaakt zonder diens toestemming. Het openbaar maken van een afbeelding van seksuele aard van een persoon, terwijl men weet of redelijkerwijs moet vermoeden dat dit nadelig voor die persoon kan zijn, is strafbaar volgens artikel 139h van het Wetboek van Strafrecht (Sr). ${AVG.nl}`,
    en: `This content is a nude or sexual image of an identifiable person, made public without their consent. Making public a sexual image of a person while knowing or having reason to suspect that this may harm that person is a criminal offence under Article 139h of the Dutch Criminal Code (Wetboek van Strafrecht, Sr). ${AVG.en}`,
  },
  'sexual-video': {
    nl: `Deze inhoud is een video van seksuele aard van een herkenbare persoon, openbaar gemaakt zonder diens toestemming. Het openbaar maken van zo'n afbeelding, terwijl men weet of redelijkerwijs moet vermoeden dat dit nadelig voor die persoon kan zijn, is strafbaar volgens artikel 139h van het Wetboek van Strafrecht (Sr). Ook het zonder toestemming vastleggen van zulke beelden is volgens dat artikel strafbaar. ${AVG.nl}`,
    en: `This content is a sexual video of an identifiable person, made public without their consent. Making such an image public while knowing or having reason to suspect that this may harm that person is a criminal offence under Article 139h of the Dutch Criminal Code (Wetboek van Strafrecht, Sr). Recording such images without consent is also an offence under that article. ${AVG.en}`,
  },
  // Art. 21 Auteurswet: portrait published without consent against a reasonable interest; art. 131 Sr: incitement.
  'violence-video': {
    nl: `Deze video toont geweld tegen een herkenbare persoon en is zonder diens toestemming verspreid. De openbaarmaking schendt het portretrecht van die persoon (art. 21 Auteurswet): hij of zij heeft een redelijk belang om zich hiertegen te verzetten, omdat de beelden hem of haar in een kwetsbare en vernederende situatie tonen. ${AVG.nl} Waar de video gepaard gaat met oproepen tot verder geweld, kan ook sprake zijn van opruiing (art. 131 Sr).`,
    en: `This video shows violence against an identifiable person and was spread without their consent. Publishing it infringes that person's portrait right (Article 21 of the Dutch Copyright Act, Auteurswet): they have a reasonable interest in opposing publication, because the images show them in a vulnerable and degrading situation. ${AVG.en} Where the video comes with calls for further violence, it may also amount to incitement (Article 131 of the Dutch Criminal Code, Sr).`,
  },
  // Art. 261/262/266 Sr: defamation, slander, insult; art. 21 Auteurswet.
  'hurtful-meme': {
    nl: `Deze inhoud is een bewerkte afbeelding (meme) waarin een herkenbare persoon belachelijk wordt gemaakt. Dit is belediging (art. 266 Sr) en kan, waar de persoon een bepaald feit wordt verweten om dat ruchtbaar te maken, smaad of laster zijn (art. 261 en 262 Sr). Het gebruik van het portret zonder toestemming schendt ook het portretrecht (art. 21 Auteurswet). ${AVG.nl}`,
    en: `This content is an edited image (meme) that ridicules an identifiable person. This is insult (Article 266 of the Dutch Criminal Code, Sr) and, where the person is accused of a specific fact in order to make it public, may be defamation or slander (Articles 261 and 262 Sr). Using the person's portrait without consent also infringes their portrait right (Article 21 of the Dutch Copyright Act, Auteurswet). ${AVG.en}`,
  },
  'edited-screenshot': {
    nl: `Deze inhoud is een bewerkte of uit zijn verband gehaalde schermafbeelding die een herkenbare persoon iets toeschrijft wat die niet heeft gezegd of gedaan. Het verspreiden ervan tast de eer en goede naam van die persoon aan en is smaad of laster (art. 261 en 262 Sr), of belediging (art. 266 Sr). Staat er een foto van de persoon in, dan schendt de verspreiding ook het portretrecht (art. 21 Auteurswet). ${AVG.nl}`,
    en: `This content is an edited or out-of-context screenshot that attributes to an identifiable person something they did not say or do. Spreading it damages that person's honour and reputation and is defamation or slander (Articles 261 and 262 of the Dutch Criminal Code, Sr), or insult (Article 266 Sr). Where it contains a photo of the person, spreading it also infringes their portrait right (Article 21 of the Dutch Copyright Act, Auteurswet). ${AVG.en}`,
  },
  // Art. 285d Sr (doxing, in force since 1 January 2024), 261/266 Sr, art. 21 Auteurswet.
  'expose-account': {
    nl: `Dit account is opgezet om herkenbare personen openlijk te schande te maken ('expose-account'), met hun foto's, namen en andere persoonsgegevens. Het verspreiden van persoonsgegevens om iemand vrees aan te jagen, ernstige overlast aan te doen of ernstig te hinderen is strafbaar (doxing, art. 285d Sr, sinds 1 januari 2024). De berichten tasten daarnaast de eer en goede naam van de betrokkenen aan (smaad en belediging, art. 261 en 266 Sr) en gebruiken hun portret zonder toestemming (art. 21 Auteurswet). ${AVG.nl}`,
    en: `This account was set up to shame identifiable people in public (an "expose" account), using their photos, names and other personal data. Spreading personal data in order to frighten a person, cause them serious nuisance or seriously hinder them is a criminal offence (doxing, Article 285d of the Dutch Criminal Code, Sr, since 1 January 2024). The posts also damage the honour and reputation of those shown (defamation and insult, Articles 261 and 266 Sr) and use their portrait without consent (Article 21 of the Dutch Copyright Act, Auteurswet). ${AVG.en}`,
  },
  other: {
    nl: `Deze inhoud verspreidt beelden of gegevens van een herkenbare persoon zonder diens toestemming. Daarmee maakt de inhoud inbreuk op de persoonlijke levenssfeer van die persoon en op diens portretrecht (art. 21 Auteurswet). ${AVG.nl} De vindplaats en een beschrijving staan hieronder.`,
    en: `This content spreads images or data of an identifiable person without their consent. It thereby infringes that person's private life and portrait right (Article 21 of the Dutch Copyright Act, Auteurswet). ${AVG.en} The location and a description follow below.`,
  },
};

/**
 * Part (a) for child sexual abuse material: art. 252 Sr (formerly 240b). Used instead of
 * the sexual templates, and before the category template for other categories.
 */
export const CSAM_EXPLANATION: Bilingual = {
  nl: 'Deze inhoud toont een persoon die jonger is dan 18 jaar, of kennelijk jonger lijkt, in een seksuele gedraging of een seksueel getinte situatie. Zo’n afbeelding is materiaal van seksueel misbruik van kinderen: verspreiden, aanbieden, bezitten en zich toegang verschaffen zijn strafbaar volgens artikel 252 van het Wetboek van Strafrecht (Sr; sinds de Wet seksuele misdrijven van 1 juli 2024, voorheen artikel 240b Sr). Openbare verspreiding is strafbaar, ook als de minderjarige ooit instemde met het maken van het beeld. Het gaat bovendien om persoonsgegevens van een kind die zonder rechtsgrond worden verspreid (AVG, art. 6).',
  en: 'This content shows a person who is under 18, or appears to be, in sexual conduct or a sexualised setting. Such an image is child sexual abuse material: distributing, offering, possessing or accessing it is a criminal offence under Article 252 of the Dutch Criminal Code (Wetboek van Strafrecht, Sr; since the Sexual Offences Act of 1 July 2024, formerly Article 240b Sr). Public distribution is an offence even if the minor once agreed to the image being made. It is moreover personal data of a child spread without a legal basis (GDPR, Article 6).',
};

/** Fixed wording of the notice frame, per language. */
export const NOTICE_TEXT: Record<NoticeLang, {
  subject: string;
  intro: string;
  headings: { explanation: string; location: string; sender: string; goodFaith: string };
  labels: { platform: string; urls: string; handle: string; seenAt: string; description: string; name: string; email: string; organisation: string; role: string };
  localTime: string;
  senderOmittedCsam: string;
  senderMissing: string;
  goodFaith: string;
}> = {
  nl: {
    subject: 'Verzoek tot verwijdering van onrechtmatige inhoud (DSA art. 16)',
    intro: 'Hierbij meld ik inhoud op uw dienst die illegaal is, met het verzoek deze te verwijderen of ontoegankelijk te maken. Deze melding bevat de onderdelen van artikel 16, lid 2, van de Digital Services Act (Verordening (EU) 2022/2065).',
    headings: {
      explanation: '(a) Waarom deze inhoud illegaal is',
      location: '(b) Waar de inhoud staat',
      sender: '(c) Melder',
      goodFaith: '(d) Verklaring te goeder trouw',
    },
    labels: { platform: 'Platform', urls: 'URL(s), precies zoals waargenomen', handle: 'Account', seenAt: 'Waargenomen op', description: 'Beschrijving', name: 'Naam', email: 'E-mail', organisation: 'Organisatie', role: 'Functie' },
    localTime: 'Nederlandse tijd',
    senderOmittedCsam: 'De identiteit van de melder is weggelaten. Artikel 16, lid 2, onder c, van de DSA staat dit toe bij informatie over strafbare feiten als bedoeld in de artikelen 3 tot en met 7 van Richtlijn 2011/93/EU (seksueel misbruik en seksuele uitbuiting van kinderen, en materiaal daarvan).',
    senderMissing: 'Naam en e-mailadres van de melder ontbreken in deze melding.',
    goodFaith: 'Ik verklaar te goeder trouw dat de informatie en beweringen in deze melding juist en volledig zijn.',
  },
  en: {
    subject: 'Notice of illegal content (DSA Article 16)',
    intro: 'I hereby notify you of illegal content on your service and ask you to remove it or disable access to it. This notice contains the elements of Article 16(2) of the Digital Services Act (Regulation (EU) 2022/2065).',
    headings: {
      explanation: '(a) Why this content is illegal',
      location: '(b) Where the content is',
      sender: '(c) Sender',
      goodFaith: '(d) Statement of good faith',
    },
    labels: { platform: 'Platform', urls: 'URL(s), exactly as seen', handle: 'Account', seenAt: 'Seen at', description: 'Description', name: 'Name', email: 'E-mail', organisation: 'Organisation', role: 'Role' },
    localTime: 'Amsterdam time',
    senderOmittedCsam: 'The identity of the sender is left out. Article 16(2)(c) DSA allows this for information considered to involve one of the offences referred to in Articles 3 to 7 of Directive 2011/93/EU (sexual abuse and sexual exploitation of children, and child sexual abuse material).',
    senderMissing: "The sender's name and e-mail address are missing from this notice.",
    goodFaith: 'I confirm in good faith that the information and allegations in this notice are accurate and complete.',
  },
};

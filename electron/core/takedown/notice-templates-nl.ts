/**
 * Text of the DSA notice, Dutch: the source of the keys (English in notice-templates-en.ts), in
 * the app's one catalogue format (shared/catalogue.ts). Everything a platform reads is here;
 * notice.ts only assembles it.
 *
 * Invariants:
 * - Every case category has an explanation in both languages (checked by the `satisfies`
 *   below), each 3–6 sentences, factual, naming the Dutch provisions plainly. Wording stays
 *   neutral: no emotional words.
 * - The explanations cover part (a) only; URLs, sender and the good-faith statement are
 *   parts (b)–(d) and are never written into them.
 *
 * Sources: Regulation (EU) 2022/2065 (Digital Services Act) art. 16(2)(a)–(d);
 * Wetboek van Strafrecht (Sr) art. 139h (sexual images without consent, since 2020),
 * 252 (images of sexual abuse of children; art. 240b until the Wet seksuele misdrijven
 * took effect on 1 July 2024, Stb. 2024, 59), 261 (smaad), 262 (laster),
 * 266 (belediging), 285d (doxing, since 1 January 2024), 131 (opruiing);
 * Auteurswet art. 21 (portrait right); GDPR/AVG art. 6 (lawful processing, with the
 * interests of a child weighing heavier under art. 6(1)(f)).
 */
import type { Catalogue } from '../../../shared/catalogue';
import type { CaseCategory } from '../../../shared/case-types';

export const noticeNl = {
  // Fixed wording of the notice frame: the subject line, the opening, the four headings of art. 16(2)(a)–(d).
  subject: 'Verzoek tot verwijdering van onrechtmatige inhoud (DSA art. 16)',
  intro: 'Hierbij meld ik inhoud op uw dienst die illegaal is, met het verzoek deze te verwijderen of ontoegankelijk te maken. Deze melding bevat de onderdelen van artikel 16, lid 2, van de Digital Services Act (Verordening (EU) 2022/2065).',

  'heading.explanation': '(a) Waarom deze inhoud illegaal is',
  'heading.location': '(b) Waar de inhoud staat',
  'heading.sender': '(c) Melder',
  'heading.goodFaith': '(d) Verklaring te goeder trouw',

  // Labels in parts (b) and (c), each followed by ": " and the value.
  'label.platform': 'Platform',
  'label.urls': 'URL(s), precies zoals waargenomen',
  'label.handle': 'Account',
  'label.seenAt': 'Waargenomen op',
  'label.description': 'Beschrijving',
  'label.name': 'Naam',
  'label.email': 'E-mail',
  'label.organisation': 'Organisatie',
  'label.role': 'Functie',

  // After the local time the content was seen (Europe/Amsterdam).
  localTime: 'Nederlandse tijd',
  // Part (c) when the content is marked as child sexual abuse material: the sender is left out (art. 16(2)(c) DSA).
  'sender.omittedCsam': 'De identiteit van de melder is weggelaten. Artikel 16, lid 2, onder c, van de DSA staat dit toe bij informatie over strafbare feiten als bedoeld in de artikelen 3 tot en met 7 van Richtlijn 2011/93/EU (seksueel misbruik en seksuele uitbuiting van kinderen, en materiaal daarvan).',
  'sender.missing': 'Naam en e-mailadres van de melder ontbreken in deze melding.',
  goodFaith: 'Ik verklaar te goeder trouw dat de informatie en beweringen in deze melding juist en volledig zijn.',

  // Shared GDPR sentence for categories where personal data of a (possibly minor) student spreads;
  // the category explanations below include it where they say {gdpr}.
  'explanation.gdpr': 'De verspreiding van deze persoonsgegevens heeft geen rechtsgrond en is in strijd met de AVG (art. 6); als de afgebeelde persoon minderjarig is, weegt diens bescherming extra zwaar.',
  // Part (a) for child sexual abuse material: art. 252 Sr (formerly 240b). Used instead of the
  // sexual templates, and before the category template for other categories.
  'explanation.csam': 'Deze inhoud toont een persoon die jonger is dan 18 jaar, of kennelijk jonger lijkt, in een seksuele gedraging of een seksueel getinte situatie. Zo’n afbeelding is materiaal van seksueel misbruik van kinderen: verspreiden, aanbieden, bezitten en zich toegang verschaffen zijn strafbaar volgens artikel 252 van het Wetboek van Strafrecht (Sr; sinds de Wet seksuele misdrijven van 1 juli 2024, voorheen artikel 240b Sr). Openbare verspreiding is strafbaar, ook als de minderjarige ooit instemde met het maken van het beeld. Het gaat bovendien om persoonsgegevens van een kind die zonder rechtsgrond worden verspreid (AVG, art. 6).',
  // Part (a) per category, for content that is not marked as child sexual abuse material.
  // Art. 139h Sr: making public a sexual image of a person, knowing it can harm them.
  'explanation.nude-photo': 'Deze inhoud is een naaktfoto of seksuele afbeelding van een herkenbare persoon, openbaar gemaakt zonder diens toestemming. Het openbaar maken van een afbeelding van seksuele aard van een persoon, terwijl men weet of redelijkerwijs moet vermoeden dat dit nadelig voor die persoon kan zijn, is strafbaar volgens artikel 139h van het Wetboek van Strafrecht (Sr). {gdpr}',
  'explanation.sexual-video': "Deze inhoud is een video van seksuele aard van een herkenbare persoon, openbaar gemaakt zonder diens toestemming. Het openbaar maken van zo'n afbeelding, terwijl men weet of redelijkerwijs moet vermoeden dat dit nadelig voor die persoon kan zijn, is strafbaar volgens artikel 139h van het Wetboek van Strafrecht (Sr). Ook het zonder toestemming vastleggen van zulke beelden is volgens dat artikel strafbaar. {gdpr}",
  // Art. 21 Auteurswet: portrait published without consent against a reasonable interest; art. 131 Sr: incitement.
  'explanation.violence-video': 'Deze video toont geweld tegen een herkenbare persoon en is zonder diens toestemming verspreid. De openbaarmaking schendt het portretrecht van die persoon (art. 21 Auteurswet): hij of zij heeft een redelijk belang om zich hiertegen te verzetten, omdat de beelden hem of haar in een kwetsbare en vernederende situatie tonen. {gdpr} Waar de video gepaard gaat met oproepen tot verder geweld, kan ook sprake zijn van opruiing (art. 131 Sr).',
  // Art. 261/262/266 Sr: defamation, slander, insult; art. 21 Auteurswet.
  'explanation.hurtful-meme': 'Deze inhoud is een bewerkte afbeelding (meme) waarin een herkenbare persoon belachelijk wordt gemaakt. Dit is belediging (art. 266 Sr) en kan, waar de persoon een bepaald feit wordt verweten om dat ruchtbaar te maken, smaad of laster zijn (art. 261 en 262 Sr). Het gebruik van het portret zonder toestemming schendt ook het portretrecht (art. 21 Auteurswet). {gdpr}',
  'explanation.edited-screenshot': 'Deze inhoud is een bewerkte of uit zijn verband gehaalde schermafbeelding die een herkenbare persoon iets toeschrijft wat die niet heeft gezegd of gedaan. Het verspreiden ervan tast de eer en goede naam van die persoon aan en is smaad of laster (art. 261 en 262 Sr), of belediging (art. 266 Sr). Staat er een foto van de persoon in, dan schendt de verspreiding ook het portretrecht (art. 21 Auteurswet). {gdpr}',
  // Art. 285d Sr (doxing, in force since 1 January 2024), 261/266 Sr, art. 21 Auteurswet.
  'explanation.expose-account': "Dit account is opgezet om herkenbare personen openlijk te schande te maken ('expose-account'), met hun foto's, namen en andere persoonsgegevens. Het verspreiden van persoonsgegevens om iemand vrees aan te jagen, ernstige overlast aan te doen of ernstig te hinderen is strafbaar (doxing, art. 285d Sr, sinds 1 januari 2024). De berichten tasten daarnaast de eer en goede naam van de betrokkenen aan (smaad en belediging, art. 261 en 266 Sr) en gebruiken hun portret zonder toestemming (art. 21 Auteurswet). {gdpr}",
  'explanation.other': 'Deze inhoud verspreidt beelden of gegevens van een herkenbare persoon zonder diens toestemming. Daarmee maakt de inhoud inbreuk op de persoonlijke levenssfeer van die persoon en op diens portretrecht (art. 21 Auteurswet). {gdpr} De vindplaats en een beschrijving staan hieronder.',
} as const satisfies Catalogue & Record<`explanation.${CaseCategory}`, string>;

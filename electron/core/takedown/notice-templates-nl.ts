/**
 * Text of the DSA notice and of the escalation report, Dutch: the source of the keys (English in
 * notice-templates-en.ts), in the app's one catalogue format (shared/catalogue.ts). Everything a
 * platform or a reporting body reads is here; notice.ts only assembles it.
 *
 * Invariants:
 * - Every case category has an explanation in both languages (checked by the `satisfies`
 *   below), each 3–6 sentences, factual, naming the Dutch provisions plainly. Wording stays
 *   neutral: no emotional words.
 * - The explanations cover part (a) only; URLs, sender and the good-faith statement are
 *   parts (b)–(d) and are never written into them. They never say "uw dienst": the report to
 *   Meldpunt, Helpwanted or the police reuses them, and those bodies host nothing.
 * - Age is stated truthfully (issue 14 item 2): "minderjarig" only when the officer said so
 *   (`explanation.csam.minor`); otherwise "mogelijk minderjarig" (`explanation.csam.possible`).
 *
 * Sources, each checked as far as this environment allows (no web access; stored public pages
 * only; see docs/domain.md "Notices under DSA art. 16"):
 * - Regulation (EU) 2022/2065 (Digital Services Act) art. 16(2)(a)–(d), 16(2)(c) (sender may be
 *   left out for the offences of arts. 3–7 of Directive 2011/93/EU), art. 16(4)–(5) (receipt and
 *   decision go to the sender's contact), art. 20 (complaints), art. 22 (trusted flaggers).
 * - Art. 252 Sr (images of sexual abuse of children): since the Wet seksuele misdrijven of
 *   20 March 2024 (Stb. 2024, 59, in force 1 July 2024), formerly art. 240b Sr. Checked: Stb.
 *   2024, 59 art. I onderdeel C replaces "240b, ..." by "252 en 253" in art. 22b Sr.
 * - Sexual images made public without consent: introduced as art. 139h Sr on 1 January 2020
 *   (Wet herwaardering strafbaarstelling actuele delictsvormen, Kamerstukken 35 080; checked: the
 *   stored NTS 2020-2 article and kst-35080-7). NOT VERIFIED
 *   HERE: whether the Wet seksuele misdrijven renumbered it (possibly to art. 254ba Sr); the
 *   stored copy of Stb. 2024, 59 did not show that part. So the notice names the offence and
 *   cites it as introduced (`law.ncii`), which is correct either way; when the new number is
 *   confirmed, change `law.ncii` (both languages) and nothing else.
 * - Art. 261 (smaad), 262 (laster), 266 (belediging) Sr; art. 269 Sr (prosecuted only on a
 *   complaint) and art. 66(1) Sr (complaint within three months of learning of it): quoted in
 *   HR 9 April 2019, ECLI:NL:HR:2019:564 and the conclusion ECLI:NL:PHR:2023:905.
 * - Art. 285d Sr (doxing), in force since 1 January 2024 (several public sources).
 * - Art. 131 Sr (opruiing); Auteurswet art. 21 (portrait right); GDPR/AVG art. 6.
 */
import type { Catalogue } from '../../../shared/catalogue';
import type { CaseCategory } from '../../../shared/case-types';
import type { TakedownChannel, TakedownStatus } from '../../../shared/takedown-types';

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
  // A target without a URL: what it is, named as the platform identifies it, and how to find it in the app.
  'label.target.account': 'Account of profiel',
  'label.target.group': 'Groep of kanaal',
  'label.target.chat': 'Chat of privébericht',
  'label.inAppRoute': 'Zo vindt u het in de app',
  // Before the targets one paragraph of part (a) is about, when the targets differ in kind of material.
  'label.appliesTo': 'Dit geldt voor',
  // Before the per-target details (account, time seen, description) when they differ per target.
  'label.perTarget': 'Per vindplaats',

  // After the local time the content was seen (Europe/Amsterdam).
  localTime: 'Nederlandse tijd',
  // Part (c) when the officer chose to leave the sender out of a notice on child sexual abuse material (art. 16(2)(c) DSA).
  'sender.omittedCsam': 'De identiteit van de melder is weggelaten. Artikel 16, lid 2, onder c, van de DSA staat dit toe bij informatie over strafbare feiten als bedoeld in de artikelen 3 tot en met 7 van Richtlijn 2011/93/EU (seksueel misbruik en seksuele uitbuiting van kinderen, en materiaal daarvan).',
  // Part (c) when no sender is set: the app refuses to mark such a notice as sent (it is not valid).
  'sender.missing': '[Hier horen uw naam en e-mailadres. Zonder deze gegevens is de melding niet geldig (DSA art. 16, lid 2, onder c). Vul ze in bij Instellingen > Afzender voor meldingen.]',
  // Part (c) of an in-app report without a configured sender: the platform knows the reporting account.
  'sender.inApp': 'De melding wordt gedaan vanuit het eigen account van de melder in de app; het platform kent daarmee de melder.',
  goodFaith: 'Ik verklaar te goeder trouw dat de informatie en beweringen in deze melding juist en volledig zijn.',

  // How the offence of making sexual images public without consent is cited (see the sources above: the
  // renumbering by the Wet seksuele misdrijven is not verified here). Filled into {ncii}.
  'law.ncii': 'het Wetboek van Strafrecht (misbruik van seksueel beeldmateriaal, ingevoerd als artikel 139h Sr)',

  // Shared GDPR sentence for categories where personal data of a (possibly minor) student spreads;
  // the category explanations below include it where they say {gdpr}.
  'explanation.gdpr': 'De verspreiding van deze persoonsgegevens heeft geen rechtsgrond en is in strijd met de AVG (art. 6); als de afgebeelde persoon minderjarig is, weegt diens bescherming extra zwaar.',
  // Part (a) for child sexual abuse material, art. 252 Sr (formerly 240b): the officer said the person is a minor.
  'explanation.csam.minor': 'Deze inhoud toont een minderjarige (iemand die jonger was dan 18 jaar toen het beeld werd gemaakt) in een seksuele gedraging of een seksueel getinte situatie. Zo’n afbeelding is materiaal van seksueel misbruik van kinderen: verspreiden, aanbieden, bezitten en zich toegang verschaffen zijn strafbaar volgens artikel 252 van het Wetboek van Strafrecht (Sr; sinds de Wet seksuele misdrijven van 1 juli 2024, voorheen artikel 240b Sr). Openbare verspreiding is strafbaar, ook als de minderjarige ooit instemde met het maken van het beeld. Het gaat bovendien om persoonsgegevens van een kind die zonder rechtsgrond worden verspreid (AVG, art. 6).',
  // Part (a) when the age is not established: "may be a minor; treat as such", never stated as fact.
  'explanation.csam.possible': 'Deze inhoud toont een persoon in een seksuele gedraging of een seksueel getinte situatie. De leeftijd van deze persoon is niet vastgesteld: hij of zij is mogelijk minderjarig (of was dat toen het beeld werd gemaakt). Behandel de inhoud daarom als mogelijk materiaal van seksueel misbruik van kinderen: als de persoon jonger is dan 18 jaar of kennelijk lijkt, zijn verspreiden, aanbieden, bezitten en zich toegang verschaffen strafbaar volgens artikel 252 van het Wetboek van Strafrecht (Sr; sinds de Wet seksuele misdrijven van 1 juli 2024, voorheen artikel 240b Sr). Is de persoon meerderjarig, dan is het zonder toestemming openbaar maken strafbaar volgens {ncii}. In beide gevallen worden persoonsgegevens zonder rechtsgrond verspreid (AVG, art. 6).',
  // Part (a) per category, for content that is not child sexual abuse material.
  'explanation.nude-photo': 'Deze inhoud is een naaktfoto of seksuele afbeelding van een herkenbare persoon, openbaar gemaakt zonder diens toestemming. Het openbaar maken van een afbeelding van seksuele aard van een persoon, terwijl men weet of redelijkerwijs moet vermoeden dat dit nadelig voor die persoon kan zijn, is strafbaar volgens {ncii}. {gdpr}',
  'explanation.sexual-video': "Deze inhoud is een video van seksuele aard van een herkenbare persoon, openbaar gemaakt zonder diens toestemming. Het openbaar maken van zo'n afbeelding, terwijl men weet of redelijkerwijs moet vermoeden dat dit nadelig voor die persoon kan zijn, is strafbaar volgens {ncii}. Ook het zonder toestemming vastleggen van zulke beelden is daar strafbaar gesteld. {gdpr}",
  // Art. 21 Auteurswet: portrait published without consent against a reasonable interest; art. 131 Sr: incitement.
  'explanation.violence-video': 'Deze video toont geweld tegen een herkenbare persoon en is zonder diens toestemming verspreid. De openbaarmaking schendt het portretrecht van die persoon (art. 21 Auteurswet): hij of zij heeft een redelijk belang om zich hiertegen te verzetten, omdat de beelden hem of haar in een kwetsbare en vernederende situatie tonen. {gdpr} Waar de video gepaard gaat met oproepen tot verder geweld, kan ook sprake zijn van opruiing (art. 131 Sr).',
  // Art. 261/262/266 Sr: defamation, slander, insult; art. 21 Auteurswet.
  'explanation.hurtful-meme': 'Deze inhoud is een bewerkte afbeelding (meme) waarin een herkenbare persoon belachelijk wordt gemaakt. Dit is belediging (art. 266 Sr) en kan, waar de persoon een bepaald feit wordt verweten om dat ruchtbaar te maken, smaad of laster zijn (art. 261 en 262 Sr). Het gebruik van het portret zonder toestemming schendt ook het portretrecht (art. 21 Auteurswet). {gdpr}',
  'explanation.edited-screenshot': 'Deze inhoud is een bewerkte of uit zijn verband gehaalde schermafbeelding die een herkenbare persoon iets toeschrijft wat die niet heeft gezegd of gedaan. Het verspreiden ervan tast de eer en goede naam van die persoon aan en is smaad of laster (art. 261 en 262 Sr), of belediging (art. 266 Sr). Staat er een foto van de persoon in, dan schendt de verspreiding ook het portretrecht (art. 21 Auteurswet). {gdpr}',
  // Art. 285d Sr (doxing, in force since 1 January 2024), 261/266 Sr, art. 21 Auteurswet.
  'explanation.expose-account': "Dit account is opgezet om herkenbare personen openlijk te schande te maken ('expose-account'), met hun foto's, namen en andere persoonsgegevens. Het verspreiden van persoonsgegevens om iemand vrees aan te jagen, ernstige overlast aan te doen of ernstig te hinderen is strafbaar (doxing, art. 285d Sr, sinds 1 januari 2024). De berichten tasten daarnaast de eer en goede naam van de betrokkenen aan (smaad en belediging, art. 261 en 266 Sr) en gebruiken hun portret zonder toestemming (art. 21 Auteurswet). {gdpr}",
  'explanation.other': 'Deze inhoud verspreidt beelden of gegevens van een herkenbare persoon zonder diens toestemming. Daarmee maakt de inhoud inbreuk op de persoonlijke levenssfeer van die persoon en op diens portretrecht (art. 21 Auteurswet). {gdpr} De vindplaats staat hieronder.',

  // The escalation report (issue 14 item 6): to Meldpunt Kinderporno, Helpwanted or the police, who
  // host nothing. What, where and when, what the school did; never "on your service".
  'report.subject': 'Melding door een school: schadelijke inhoud over een student of medewerker online',
  'report.intro': 'Hierbij meldt onze school online inhoud die een student of medewerker van de school schaadt. Hieronder staat wat de inhoud is, waar en wanneer die is gezien, en wat de school al heeft gedaan.',
  'report.heading.what': '1. Wat er is gezien',
  'report.heading.where': '2. Waar en wanneer',
  'report.heading.actions': '3. Wat de school heeft gedaan',
  'report.heading.contact': '4. Contact',
  'report.heading.truth': '5. Verklaring',
  'report.truth': 'Ik verklaar dat deze melding naar waarheid is opgesteld en zo volledig is als de school nu weet.',
  'report.actions.none': 'De school heeft deze inhoud nog niet bij het platform zelf gemeld.',
  // One earlier request: "12 maart 2026: webformulier aan Instagram; status: geweigerd; kenmerk IG-123".
  'report.actions.line': '{date}: {channel} aan {addressee}; status: {status}',
  'report.actions.lineNotSent': 'Klaargezet, nog niet verstuurd: {channel} aan {addressee}',
  'report.actions.reference': 'kenmerk {reference}',
  'report.actions.noMaterial': 'De school heeft het materiaal zelf niet opgeslagen en niet doorgestuurd; alleen de vindplaats en een beschrijving zijn vastgelegd.',
  'report.contact.anonymous': 'De melder blijft anoniem.',
  'report.contact.missing': '[Hier horen uw naam en e-mailadres, zodat u teruggebeld of gemaild kunt worden. Vul ze in bij Instellingen > Afzender voor meldingen.]',

  // Channels and statuses as they appear in the report's list of what the school did.
  'channel.in-app': 'melding in de app',
  'channel.web-form': 'webformulier',
  'channel.email': 'e-mail',
  'channel.host': 'verzoek aan de hostingprovider',
  'channel.trusted-flagger': 'melding via een betrouwbare melder (trusted flagger)',
  'channel.offlimits': 'melding',
  'channel.helpwanted': 'hulpvraag',
  'channel.police': 'melding',
  'channel.stopncii': 'hash via StopNCII',
  'channel.take-it-down': 'hash via Take It Down',
  'status.to-send': 'nog te versturen',
  'status.sent': 'verstuurd, nog geen antwoord',
  'status.acknowledged': 'ontvangst bevestigd',
  'status.removed': 'verwijderd',
  'status.refused': 'geweigerd',
  'status.appealed': 'bezwaar gemaakt',
  'status.escalated': 'doorgezet',
} as const satisfies Catalogue &
  Record<`explanation.${CaseCategory}`, string> &
  Record<`channel.${TakedownChannel}`, string> &
  Record<`status.${TakedownStatus}`, string>;

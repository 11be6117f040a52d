/** English text of the DSA notice; typed by the Dutch source (notice-templates-nl.ts), so a missing key is a compile error. */
import type { TranslationOf } from '../../../shared/catalogue';
import type { noticeNl } from './notice-templates-nl';

export const noticeEn: TranslationOf<typeof noticeNl> = {
  subject: 'Notice of illegal content (DSA Article 16)',
  intro: 'I hereby notify you of illegal content on your service and ask you to remove it or disable access to it. This notice contains the elements of Article 16(2) of the Digital Services Act (Regulation (EU) 2022/2065).',

  'heading.explanation': '(a) Why this content is illegal',
  'heading.location': '(b) Where the content is',
  'heading.sender': '(c) Sender',
  'heading.goodFaith': '(d) Statement of good faith',

  'label.platform': 'Platform',
  'label.urls': 'URL(s), exactly as seen',
  'label.handle': 'Account',
  'label.seenAt': 'Seen at',
  'label.description': 'Description',
  'label.name': 'Name',
  'label.email': 'E-mail',
  'label.organisation': 'Organisation',
  'label.role': 'Role',

  localTime: 'Amsterdam time',
  'sender.omittedCsam': 'The identity of the sender is left out. Article 16(2)(c) DSA allows this for information considered to involve one of the offences referred to in Articles 3 to 7 of Directive 2011/93/EU (sexual abuse and sexual exploitation of children, and child sexual abuse material).',
  'sender.missing': "The sender's name and e-mail address are missing from this notice.",
  goodFaith: 'I confirm in good faith that the information and allegations in this notice are accurate and complete.',

  'explanation.gdpr': 'Spreading this personal data has no legal basis and infringes the GDPR (Article 6); where the person shown is a minor, their protection weighs all the more.',
  'explanation.csam': 'This content shows a person who is under 18, or appears to be, in sexual conduct or a sexualised setting. Such an image is child sexual abuse material: distributing, offering, possessing or accessing it is a criminal offence under Article 252 of the Dutch Criminal Code (Wetboek van Strafrecht, Sr; since the Sexual Offences Act of 1 July 2024, formerly Article 240b Sr). Public distribution is an offence even if the minor once agreed to the image being made. It is moreover personal data of a child spread without a legal basis (GDPR, Article 6).',
  'explanation.nude-photo': 'This content is a nude or sexual image of an identifiable person, made public without their consent. Making public a sexual image of a person while knowing or having reason to suspect that this may harm that person is a criminal offence under Article 139h of the Dutch Criminal Code (Wetboek van Strafrecht, Sr). {gdpr}',
  'explanation.sexual-video': 'This content is a sexual video of an identifiable person, made public without their consent. Making such an image public while knowing or having reason to suspect that this may harm that person is a criminal offence under Article 139h of the Dutch Criminal Code (Wetboek van Strafrecht, Sr). Recording such images without consent is also an offence under that article. {gdpr}',
  'explanation.violence-video': "This video shows violence against an identifiable person and was spread without their consent. Publishing it infringes that person's portrait right (Article 21 of the Dutch Copyright Act, Auteurswet): they have a reasonable interest in opposing publication, because the images show them in a vulnerable and degrading situation. {gdpr} Where the video comes with calls for further violence, it may also amount to incitement (Article 131 of the Dutch Criminal Code, Sr).",
  'explanation.hurtful-meme': "This content is an edited image (meme) that ridicules an identifiable person. This is insult (Article 266 of the Dutch Criminal Code, Sr) and, where the person is accused of a specific fact in order to make it public, may be defamation or slander (Articles 261 and 262 Sr). Using the person's portrait without consent also infringes their portrait right (Article 21 of the Dutch Copyright Act, Auteurswet). {gdpr}",
  'explanation.edited-screenshot': "This content is an edited or out-of-context screenshot that attributes to an identifiable person something they did not say or do. Spreading it damages that person's honour and reputation and is defamation or slander (Articles 261 and 262 of the Dutch Criminal Code, Sr), or insult (Article 266 Sr). Where it contains a photo of the person, spreading it also infringes their portrait right (Article 21 of the Dutch Copyright Act, Auteurswet). {gdpr}",
  'explanation.expose-account': 'This account was set up to shame identifiable people in public (an "expose" account), using their photos, names and other personal data. Spreading personal data in order to frighten a person, cause them serious nuisance or seriously hinder them is a criminal offence (doxing, Article 285d of the Dutch Criminal Code, Sr, since 1 January 2024). The posts also damage the honour and reputation of those shown (defamation and insult, Articles 261 and 266 Sr) and use their portrait without consent (Article 21 of the Dutch Copyright Act, Auteurswet). {gdpr}',
  'explanation.other': "This content spreads images or data of an identifiable person without their consent. It thereby infringes that person's private life and portrait right (Article 21 of the Dutch Copyright Act, Auteurswet). {gdpr} The location and a description follow below.",
};

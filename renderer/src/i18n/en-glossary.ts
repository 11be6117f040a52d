/** English catalogue, part: "Begrippen" / Terms (see nl-glossary.ts for the sources' notes). */
import type { GlossaryKey } from './nl-glossary';

export const enGlossary: Record<GlossaryKey, string> = {
  'nav.glossary': 'Terms',
  'glossary.title': 'Terms explained',
  'glossary.intro': 'The words the protocol, the law and the platforms use, explained briefly. Where such a word appears in the app, hover over it for the explanation or click it to come here.',
  'glossary.list': 'Terms',
  'glossary.sourceLabel': 'Source',
  'glossary.linkLabel': 'Explanation: {term}',

  'glossary.what': 'what is this?',

  'glossary.sexting.term': 'Sexting',
  'glossary.sexting.short': 'Sharing sexual photos, videos or messages one made oneself with someone.',
  'glossary.sexting.body': 'Sexting is sharing sexual images or messages one made oneself, willingly, for example in a relationship. That in itself is not wrong. It goes wrong when the images are passed on without consent. Note: images of anyone under 18 are, in law, images of child sexual abuse, even when the young person made them; having and forwarding them is a crime.',
  'glossary.sexting.source': 'Helpwanted (helpwanted.nl), ‘Sexting’; Dutch Criminal Code, art. 252.',

  'glossary.shame-sexting.term': 'Shame sexting',
  'glossary.shame-sexting.short': 'Forwarding sexual images of someone to humiliate them.',
  'glossary.shame-sexting.body': 'In shame sexting, sexual images of someone are sent round or posted to shame them, often in class or group chats. The blame lies with whoever forwards them, not with the person shown. For the school: get the images removed, talk to the spreaders and support the victim.',
  'glossary.shame-sexting.source': 'Helpwanted (helpwanted.nl); Stop Pesten NU and MBO Raad, protocol for images circulating about students.',

  'glossary.sextortion.term': 'Sextortion',
  'glossary.sextortion.short': 'Extortion with sexual images: pay or send more, or they will be spread.',
  'glossary.sextortion.body': 'In sextortion someone threatens to spread sexual images unless the victim pays or sends new images. The advice: do not pay, send nothing more, stop the contact, keep the conversation as evidence and report it to the police. Extortion and blackmail are crimes.',
  'glossary.sextortion.source': 'Police (politie.nl), ‘Sextortion’; Helpwanted (helpwanted.nl); Dutch Criminal Code, art. 317 and 318.',

  'glossary.expose-account.term': 'Expose account',
  'glossary.expose-account.short': 'An account that posts photos and gossip about students to shame them.',
  'glossary.expose-account.body': 'An expose account (often on Instagram, TikTok or Snapchat) posts photos, clips and texts about students of a school or class, usually anonymously and to humiliate them. Report the account to the platform, record what is there, and talk to whoever is behind it when that is known. It can be insult, defamation or doxing.',
  'glossary.expose-account.source': 'Stop Pesten NU (stoppestennu.nl); Dutch Criminal Code, art. 261, 266 and 285d.',

  'glossary.deepfake.term': 'Deepfake and nudify image',
  'glossary.deepfake.short': 'A fabricated or edited image in which someone appears naked or sexual.',
  'glossary.deepfake.body': 'AI apps (‘nudify’, ‘undress’) or image editing turn an ordinary photo into a naked or sexual image, or put a face on another body. A fabricated image can harm someone badly too, and making or spreading it without consent is a crime. When it shows someone under 18, the app treats it as a sexual image of a minor: it is not stored.',
  'glossary.deepfake.source': 'Dutch Criminal Code, art. 254ba (formerly 139h) and art. 252; Offlimits (offlimits.nl).',

  'glossary.grooming.term': 'Grooming',
  'glossary.grooming.short': 'An adult seeking contact with a child online in order to abuse them sexually.',
  'glossary.grooming.body': 'In grooming an adult, often under a false name, builds up a minor’s trust online, aiming at sexual contact or sexual images. Proposing a meeting with that aim is already a crime. Keep the conversations, stop the contact and involve the police.',
  'glossary.grooming.source': 'Dutch Criminal Code (grooming, former art. 248e, renumbered by the Sexual Offences Act, Stb. 2024, 59); Helpwanted (helpwanted.nl).',

  'glossary.wraakporno.term': 'Revenge porn (and why the app avoids the word)',
  'glossary.wraakporno.short': 'A common but misleading word for sexual images spread without consent.',
  'glossary.wraakporno.body': '‘Revenge porn’ is what people say when someone spreads sexual images of an ex. The word misleads: ‘revenge’ suggests the victim had done something, and ‘porn’ that it is wanted, produced pornography. The app therefore speaks of sexual images spread without consent. That is a crime, even when the images were made with consent.',
  'glossary.wraakporno.source': 'Offlimits (offlimits.nl); Dutch Criminal Code, art. 254ba (formerly 139h).',

  'glossary.csam.term': 'Child sexual abuse material',
  'glossary.csam.short': 'Sexual images of anyone under 18: having, viewing and forwarding them is always a crime.',
  'glossary.csam.body': 'The law often still says ‘child pornography’; help organisations speak of child sexual abuse material, because it is abuse, not pornography. Having, viewing and forwarding it is a crime, for a school too and as evidence too. That is why the app never keeps such an image itself, only its location, a description and hashes. Report it to the Meldpunt Kinderporno of Offlimits or to the police.',
  'glossary.csam.source': 'Dutch Criminal Code, art. 252 (formerly 240b; Sexual Offences Act, Stb. 2024, 59); Offlimits, Meldpunt Kinderporno (meldpunt-kinderporno.nl).',

  'glossary.melding-aangifte.term': 'Report (melding) and formal complaint (aangifte)',
  'glossary.melding-aangifte.short': 'A report informs the police; an aangifte is a formal statement that can lead to prosecution.',
  'glossary.melding-aangifte.body': 'With a report (melding) you let the police know what is going on, without a criminal case starting at once. An aangifte is a formal statement about a crime, recorded by the police, which can lead to investigation and prosecution. For an offence prosecuted on complaint, the victim’s complaint is needed besides the aangifte. The school can make a report; an aangifte is usually made by the victim (with the parents for a minor).',
  'glossary.melding-aangifte.source': 'Police (politie.nl), ‘Aangifte doen’; Dutch Code of Criminal Procedure, art. 161 to 164.',

  'glossary.klachtdelict.term': 'Offence prosecuted on complaint (klachtdelict)',
  'glossary.klachtdelict.short': 'An offence prosecuted only when the victim asks for it, within three months.',
  'glossary.klachtdelict.body': 'Insult, defamation and libel are prosecuted only when the victim files a complaint: an aangifte with the request to prosecute. That must be done within three months of the victim learning of it. After that it is too late. The case page shows the last day once the app knows a start date.',
  'glossary.klachtdelict.source': 'Dutch Criminal Code, art. 64 to 67 and art. 269.',

  'glossary.dsa-notice.term': 'DSA notice',
  'glossary.dsa-notice.short': 'A notice to a platform under the EU Digital Services Act, which the platform must decide on.',
  'glossary.dsa-notice.body': 'The Digital Services Act obliges platforms to have a notice system for illegal content. A notice states where it is (the URL), why it is illegal, who reports it, and that the reporter acts in good faith. The platform must decide carefully and quickly, explain its decision, and allow an appeal. The app drafts such a notice for you.',
  'glossary.dsa-notice.source': 'Regulation (EU) 2022/2065 (Digital Services Act), art. 16, 17 and 20.',

  'glossary.trusted-flagger.term': 'Trusted flagger',
  'glossary.trusted-flagger.short': 'A recognised organisation whose notices platforms must handle with priority.',
  'glossary.trusted-flagger.body': 'A trusted flagger is an organisation the regulator (in the Netherlands the ACM) has recognised because it reports expertly and independently. Platforms must handle notices from a trusted flagger with priority. Offlimits is such an organisation: a notice through Offlimits is dealt with sooner than an ordinary one.',
  'glossary.trusted-flagger.source': 'Regulation (EU) 2022/2065 (Digital Services Act), art. 22; Offlimits (offlimits.nl).',

  'glossary.hash.term': 'Hash (and why a hash is not the image)',
  'glossary.hash.short': 'A fingerprint of a file: a code from which the file cannot be recovered.',
  'glossary.hash.body': 'A hash such as SHA-256 is a short code computed from the bytes of a file. The same file always gives the same code; one pixel different gives a completely different one. The file cannot be recovered from the code: a hash is not an image and shows nothing. That is why the app may keep the hash of images it may not store, and why the police can check with the hash that a file is unchanged.',
  'glossary.hash.source': 'NIST FIPS 180-4, Secure Hash Standard (SHA-256).',

  'glossary.pdq.term': 'PDQ (look-alike hash)',
  'glossary.pdq.short': 'A hash that stays the same when an image changes a little, to recognise copies.',
  'glossary.pdq.body': 'PDQ is a ‘perceptual’ hash developed by Meta: images that look the same to the eye (resized, cropped, saved again) get an almost equal code. The app uses PDQ to recognise an image that turns up again, even where it does not hold the image itself. Programmes such as StopNCII work with such hashes. The image cannot be recovered from a PDQ hash either.',
  'glossary.pdq.source': 'Meta, ThreatExchange: ‘The PDQ and TMK+PDQF algorithms’ (github.com/facebook/ThreatExchange); StopNCII (stopncii.org).',
};

/**
 * Where sexual images of minors are reported (docs/domain.md "The minors rule"): web pages
 * open through the shell's confirmed external-link path, phone numbers are shown to call.
 * Sources: Offlimits (offlimits.nl, meldpunt-kinderporno.nl: the Meldpunt Kinderporno's report
 * form and its WhatsApp line), Helpwanted (helpwanted.nl), politie.nl (0900-8844, 112).
 */
export const MELDPUNT_FORM_URL = 'https://www.meldpunt-kinderporno.nl/';
export const HELPWANTED_URL = 'https://www.helpwanted.nl/';

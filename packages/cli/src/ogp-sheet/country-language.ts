/**
 * The language a member's action plans are written in, by OGP's country code: a feed about Chile
 * is in Spanish, one about Brazil in Portuguese. Members not listed write in English or in a
 * language the CLI does not know; their feeds default to English, OGP's own language, unless
 * `--feed-language` says otherwise.
 */
const LANGUAGES: Record<string, string> = {
  // Spanish
  ARG: 'es',
  CHL: 'es',
  COL: 'es',
  CRI: 'es',
  DOM: 'es',
  ECU: 'es',
  ESP: 'es',
  GTM: 'es',
  HND: 'es',
  MEX: 'es',
  PAN: 'es',
  PRY: 'es',
  PER: 'es',
  SLV: 'es',
  URY: 'es',
  BOL: 'es',
  VEN: 'es',
  NIC: 'es',
  // Portuguese
  BRA: 'pt',
  PRT: 'pt',
  CPV: 'pt',
  AGO: 'pt',
  MOZ: 'pt',
  STP: 'pt',
  GNB: 'pt',
  TLS: 'pt',
  // French
  FRA: 'fr',
  CIV: 'fr',
  SEN: 'fr',
  BFA: 'fr',
  BEN: 'fr',
  TGO: 'fr',
  MLI: 'fr',
  NER: 'fr',
  CMR: 'fr',
  COD: 'fr',
  COG: 'fr',
  GAB: 'fr',
  MDG: 'fr',
  TUN: 'fr',
  MAR: 'fr',
  HTI: 'fr',
};

/** Local members' codes start with their country's two letters: ARBA is Buenos Aires, Argentina. */
const BY_TWO_LETTERS: Record<string, string> = {
  AR: 'es',
  CL: 'es',
  CO: 'es',
  CR: 'es',
  EC: 'es',
  ES: 'es',
  GT: 'es',
  HN: 'es',
  MX: 'es',
  PE: 'es',
  PY: 'es',
  SV: 'es',
  UY: 'es',
  DO: 'es',
  PA: 'es',
  BR: 'pt',
  PT: 'pt',
  CV: 'pt',
  FR: 'fr',
  CI: 'fr',
  SN: 'fr',
  BF: 'fr',
  MA: 'fr',
  TN: 'fr',
};

export function countryLanguage(code: string): string | undefined {
  const key = code.trim().toUpperCase();
  return LANGUAGES[key] ?? (key.length === 4 ? BY_TWO_LETTERS[key.slice(0, 2)] : undefined);
}

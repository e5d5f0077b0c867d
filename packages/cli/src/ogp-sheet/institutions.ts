/**
 * Institutions named in OGP's sheet, deduplicated into the feed's `institutions`.
 *
 * - One institution per country and name: "Ministry of Justice" of Georgia is not Ukraine's.
 *   Names that differ only in case, accents, spacing or final punctuation are the same one.
 * - `Lead Institution` names one lead; when the cell lists several organisations, the first
 *   leads and the others support.
 * - `Supporting Institution(s)` is free text, read by `readOrganisations`: split where a list is
 *   certain, section headings taken as headings.
 * - The kind is read from words in the name (parliament, ministry, court...), else from the
 *   section the name was listed under, `other` when nothing fits; a publisher corrects it in the
 *   exported institutions sheet.
 */
import type { Institution, InstitutionKind } from '@ogp-embed/sdk';
import { isMissing } from './markers.js';

/** Cells that name no institution. */
const NOT_AN_INSTITUTION = new Set(['unclear', 'none', 'n/a', '-', 'tbd', 'various']);

/** Order matters: the first kind whose pattern matches wins. */
const KIND_PATTERNS: ReadonlyArray<readonly [InstitutionKind, RegExp]> = [
  [
    'legislature',
    /\b(parliament|parlament|parlement|congress|congreso|senate|senado|assembl\w*|asamblea|house of (representatives|commons|lords|delegates)|chamber of deputies|camara de (diputad|senador|representantes)|legislat\w*|knesset|riigikogu|seimas|saeima|sejm|rada|jogorku kenesh|storting|folketing|althing|oireachtas|majlis|bundestag|sabor|skupstin|hluttaw|khural|dpr)\b/,
  ],
  ['judiciary', /\b(court|corte|tribunal|judiciary|judicial|poder judicial|juzgado)/],
  ['ministry', /\b(ministry|ministries|minister|ministerio|ministere|ministerstvo|department of)/],
  [
    'municipality',
    /\b(municipal|municipality|municipio|municipalidad|city of|city council|ciudad de|alcaldia|prefeitura|intendencia|county|local government|gobierno regional|regional government|mayor)/,
  ],
  [
    'international',
    /\b(united nations|undp|pnud|unicef|unesco|world bank|banco mundial|oecd|ocde|european union|european commission|usaid|giz|idb|imf|council of europe|osce|cepal|eclac|open government partnership)\b/,
  ],
  [
    'civil-society',
    /\b(ngos?|csos?|osc|civil society|sociedad civil|foundation|fundacion|associations?|asociacion|not-for[- ]profit|non-?profit|non-governmental|transparency international|oxfam|open society)\b/,
  ],
  ['academia', /\b(universit|universidad|academ|college|school of)/],
  [
    'agency',
    /\b(agency|agencia|office|oficina|commission|comision|council|consejo|authority|autoridad|directorate|direccion|department|departamento|bureau|service|servicio|secretariat|secretaria|institute|instituto|unit|unidad|ombudsman|defensor|comptroller|contralor|auditor|inspector|fiscalia|prosecutor|registry|registro|center|centre|centro|administration|board|fund|superintenden|presiden|prime minister|government|gobierno|cabinet)/,
  ],
];

/** Lower case, no accents, single spaces, no final punctuation: the key two spellings share. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:]+$/, '')
    .trim();
}

export function guessInstitutionKind(name: string): InstitutionKind {
  const key = nameKey(name);
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(key)) return kind;
  return 'other';
}

/** `CHL` + `Congreso Nacional de Chile` → `chl-congreso-nacional-de-chile` (at most 64 characters). */
function slug(country: string, name: string): string {
  const words = nameKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const base = `${country.toLowerCase()}-${words || 'institution'}`;
  return base.slice(0, 56).replace(/-+$/, '');
}

/** One institution's name from a piece of a cell: whitespace tidied, list marks removed. */
function cleanName(piece: string): string | undefined {
  const name = piece
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–•·*]+/, '')
    .replace(/[\s,;:]+$/, '')
    .trim();
  if (name === '' || isMissing(name) || NOT_AN_INSTITUTION.has(name.toLowerCase())) return undefined;
  return name;
}

/** What a section heading of a cell says about the organisations listed under it. */
export type Section = 'government' | 'civil-society' | 'private' | 'international' | 'academia' | 'other';

/**
 * Section headings OGP's sheet copies from action plans ("Government • A • B  Civil Society • C"),
 * compared as `nameKey` gives them. They name groups, not institutions.
 */
const HEADINGS: ReadonlyArray<readonly [string, Section]> = (
  [
    ['government', 'government'],
    ['government actors', 'government'],
    ['state actors', 'government'],
    ['state actors involved', 'government'],
    ['public sector', 'government'],
    ['actores de gobierno', 'government'],
    ['actores gubernamentales', 'government'],
    ['gobierno', 'government'],
    ['sector publico', 'government'],
    ['governo', 'government'],
    ['gouvernement', 'government'],
    ['civil society', 'civil-society'],
    ['civil society organizations', 'civil-society'],
    ['civil society organisations', 'civil-society'],
    ['csos', 'civil-society'],
    ['sociedad civil', 'civil-society'],
    ['organizaciones de la sociedad civil', 'civil-society'],
    ['actores de la sociedad civil', 'civil-society'],
    ['sociedade civil', 'civil-society'],
    ['societe civile', 'civil-society'],
    ['private sector', 'private'],
    ['sector privado', 'private'],
    ['setor privado', 'private'],
    ['secteur prive', 'private'],
    ['multilaterals', 'international'],
    ['multilateral organizations', 'international'],
    ['international organizations', 'international'],
    ['organismos internacionales', 'international'],
    ['multilaterales', 'international'],
    ['academia', 'academia'],
    ['academic institutions', 'academia'],
    ['other actors involved', 'other'],
    ['other actors', 'other'],
    ['other participants', 'other'],
    ['others', 'other'],
    ['otros actores', 'other'],
    ['otros actores involucrados', 'other'],
    ['working groups', 'other'],
    ['csos, private sector, multilateral and working groups', 'other'],
    ['csos, private sector, multilaterals, working groups', 'other'],
    ['csos, private sector, multilaterals and working groups', 'other'],
    ['osc, sector privado, organizaciones multilaterales, grupos de trabajo', 'other'],
    ['osc, sector privado, organismos multilaterales, grupos de trabajo', 'other'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Headings that never begin a name, so text after them on the same line is what they head. */
const PREFIX_HEADINGS = new Set([
  'actores de gobierno',
  'actores gubernamentales',
  'actores de la sociedad civil',
  'state actors involved',
  'other actors involved',
  'other participants',
  'otros actores involucrados',
  'csos, private sector, multilateral and working groups',
  'csos, private sector, multilaterals, working groups',
  'csos, private sector, multilaterals and working groups',
  'osc, sector privado, organizaciones multilaterales, grupos de trabajo',
  'osc, sector privado, organismos multilaterales, grupos de trabajo',
]);

/** A heading at the start of `piece`: its section and what follows it. */
function headingOf(piece: string): { section: Section; rest: string } | undefined {
  const key = nameKey(piece);
  for (const [heading, section] of HEADINGS) {
    if (key === heading || key === `${heading}:`) return { section, rest: '' };
    if (key.startsWith(`${heading}:`) || (PREFIX_HEADINGS.has(heading) && key.startsWith(`${heading} `))) {
      // nameKey keeps one character per plain letter, so the heading's length cuts the original.
      const rest = piece
        .trim()
        .replace(/\s+/g, ' ')
        .slice(heading.length)
        .replace(/^\s*:?\s*/, '');
      return { section, rest };
    }
  }
  return undefined;
}

/** One organisation named in a cell, with the section it was listed under. */
export interface NamedOrganisation {
  name: string;
  section?: Section;
}

const BULLET_LINE = /^\s*[-–*·•]\s+/;

/**
 * The organisations in a `Supporting Institution(s)` (or `Lead Institution`) cell. Lists are split
 * where a list is certain (new lines, semicolons, bullets), never at commas, which names contain
 * ("Ministry of Food, Agriculture and Light Industry"). Section headings ("Government",
 * "Civil Society") are not institutions: they tell the kind of what follows. A label ending with
 * ":" ("De la Cámara de Diputadas y Diputados:") names the body the next units belong to. Words
 * broken across lines by a PDF ("Go-\n vernment") are joined.
 */
export function readOrganisations(cell: string): NamedOrganisation[] {
  if (isMissing(cell)) return [];
  const text = cell.replace(/(\p{L})[-‐]\s*\r?\n\s*(\p{Ll})/gu, '$1$2');
  const lines = text.split(/\r?\n/);
  // In a cell whose items are bulleted lines, a line without a bullet continues the item above.
  const bulleted = lines.filter((line) => BULLET_LINE.test(line)).length >= 2;
  const pieces: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const parts = line.split(/[;•·]/);
    if (bulleted && !BULLET_LINE.test(line) && pieces.length && !headingOf(line) && parts.length === 1) {
      pieces[pieces.length - 1] += ` ${line.trim()}`;
      continue;
    }
    pieces.push(...parts);
  }
  const found: NamedOrganisation[] = [];
  let section: Section | undefined;
  let parent: string | undefined;
  for (const raw of pieces) {
    let piece = raw.replace(/^[\s\-–•·*]+/, '').trim();
    const heading = headingOf(piece);
    if (heading) {
      section = heading.section;
      parent = undefined;
      piece = heading.rest;
    }
    if (/:\s*$/.test(piece)) {
      parent = cleanName(piece.replace(/:\s*$/, '').replace(/^(de la|del|de los|de las|de|of the|of)\s+/i, ''));
      continue;
    }
    const name = cleanName(piece);
    if (!name) continue;
    found.push({ name: parent ? `${name} (${parent})` : name, ...(section ? { section } : {}) });
  }
  const seen = new Set<string>();
  return found.filter((o) => !seen.has(nameKey(o.name)) && seen.add(nameKey(o.name)));
}

/** The names in a `Supporting Institution(s)` cell. */
export function splitSupporting(cell: string): string[] {
  return readOrganisations(cell).map((o) => o.name);
}

/** The kind of an organisation: what its name says, else what the section it was listed under says. */
export function institutionKind(name: string, section?: Section): InstitutionKind {
  const guess = guessInstitutionKind(name);
  if (!section || (guess !== 'other' && guess !== 'agency')) return guess;
  switch (section) {
    case 'civil-society':
      return 'civil-society';
    case 'international':
      return 'international';
    case 'academia':
      return 'academia';
    case 'private':
      return 'other';
    case 'government':
      return guess === 'other' ? 'agency' : guess;
    default:
      return guess;
  }
}

/** Collects institutions as rows name them; gives each a stable id. */
export class InstitutionRegistry {
  private readonly byKey = new Map<string, Institution>();
  private readonly usedIds = new Set<string>();

  /** The id of the institution `name` of `country`, registering it on first sight. */
  idFor(country: string, name: string, section?: Section): string {
    const key = `${country}\u0000${nameKey(name)}`;
    const known = this.byKey.get(key);
    if (known) return known.id;
    const base = slug(country, name);
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    this.byKey.set(key, { id, name, kind: institutionKind(name, section) });
    return id;
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Every institution, sorted by id so the feed does not depend on row order. */
  list(): Institution[] {
    return [...this.byKey.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

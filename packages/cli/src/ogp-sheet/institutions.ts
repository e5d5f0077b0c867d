/**
 * Institutions named in OGP's sheet, deduplicated into the feed's `institutions`.
 *
 * - One institution per country and name: "Ministry of Justice" of Georgia is not Ukraine's.
 *   Names that differ only in case, accents, spacing or final punctuation are the same one.
 * - `Lead Institution` is taken whole: a feed names one lead.
 * - `Supporting Institution(s)` is free text. It is split only where a list is certain (new
 *   lines, semicolons, bullets), never at commas, which names contain ("Ministry of Food,
 *   Agriculture and Light Industry").
 * - The kind is a guess from words in the name (parliament, ministry, court...), `other`
 *   when nothing fits; a publisher corrects it in the exported institutions sheet.
 */
import type { Institution, InstitutionKind } from '@ogp-embed/sdk';
import { isMissing } from './markers.js';

/** Cells that name no institution. */
const NOT_AN_INSTITUTION = new Set(['unclear', 'none', 'n/a', '-', 'tbd', 'various']);

/** Order matters: the first kind whose pattern matches wins. */
const KIND_PATTERNS: ReadonlyArray<readonly [InstitutionKind, RegExp]> = [
  ['legislature', /\b(parliament|parlament|parlement|congress|congreso|senate|senado|assembl|asamblea|house of (representatives|commons|lords|delegates)|chamber of deputies|camara de (diputad|senador|representantes)|legislat|knesset|riigikogu|seimas|saeima|sejm|rada|jogorku kenesh|storting|folketing|althing|oireachtas|majlis|bundestag|sabor|skupstin|hluttaw|khural|dpr)\b/],
  ['judiciary', /\b(court|corte|tribunal|judiciary|judicial|poder judicial|juzgado)/],
  ['ministry', /\b(ministry|ministries|minister|ministerio|ministere|ministerstvo|department of)/],
  ['municipality', /\b(municipal|municipality|municipio|municipalidad|city of|city council|ciudad de|alcaldia|prefeitura|intendencia|county|local government|gobierno regional|regional government|mayor)/],
  ['international', /\b(united nations|undp|pnud|unicef|unesco|world bank|banco mundial|oecd|ocde|european union|european commission|usaid|giz|idb|imf|council of europe|osce|cepal|eclac|open government partnership)\b/],
  ['civil-society', /\b(ngos?|csos?|osc|civil society|sociedad civil|foundation|fundacion|associations?|asociacion|not-for[- ]profit|non-?profit|non-governmental|transparency international|oxfam|open society)\b/],
  ['academia', /\b(universit|universidad|academ|college|school of)/],
  ['agency', /\b(agency|agencia|office|oficina|commission|comision|council|consejo|authority|autoridad|directorate|direccion|department|departamento|bureau|service|servicio|secretariat|secretaria|institute|instituto|unit|unidad|ombudsman|defensor|comptroller|contralor|auditor|inspector|fiscalia|prosecutor|registry|registro|center|centre|centro|administration|board|fund|superintenden|presiden|prime minister|government|gobierno|cabinet)/],
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
  const words = nameKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
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

/** The names in a `Supporting Institution(s)` cell. */
export function splitSupporting(cell: string): string[] {
  if (isMissing(cell)) return [];
  const names = cell.split(/\r?\n|;|•/).map(cleanName).filter((n): n is string => n !== undefined);
  return [...new Set(names)];
}

/** The name in a `Lead Institution` cell, if it names one. */
export function leadName(cell: string): string | undefined {
  return isMissing(cell) ? undefined : cleanName(cell);
}

/** Collects institutions as rows name them; gives each a stable id. */
export class InstitutionRegistry {
  private readonly byKey = new Map<string, Institution>();
  private readonly usedIds = new Set<string>();

  /** The id of the institution `name` of `country`, registering it on first sight. */
  idFor(country: string, name: string): string {
    const key = `${country}\u0000${nameKey(name)}`;
    const known = this.byKey.get(key);
    if (known) return known.id;
    const base = slug(country, name);
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    this.byKey.set(key, { id, name, kind: guessInstitutionKind(name) });
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

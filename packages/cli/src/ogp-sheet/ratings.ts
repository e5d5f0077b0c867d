/**
 * The Independent Reporting Mechanism's ratings as OGP's sheet words them, onto the SDK's
 * vocabulary. Each table lists every wording found in the sheet (July 2024 export); a wording
 * not listed is reported and left unknown rather than guessed.
 */
import type {
  IRM_COMPLETION,
  IRM_DID_IT_OPEN_GOVERNMENT,
  IRM_EARLY_RESULTS,
  IRM_POTENTIAL_FOR_RESULTS,
  IRM_POTENTIAL_IMPACT,
  IRM_SPECIFICITY,
  OgpValue,
} from '@ogp-embed/sdk';

type Scale<T extends readonly string[]> = Readonly<Record<string, T[number]>>;

/** `None` is a rating (the IRM found no specificity), not a missing value. */
export const SPECIFICITY: Scale<typeof IRM_SPECIFICITY> = { none: 'none', low: 'low', medium: 'medium', high: 'high' };

export const POTENTIAL_IMPACT: Scale<typeof IRM_POTENTIAL_IMPACT> = {
  none: 'none',
  minor: 'minor',
  moderate: 'moderate',
  transformative: 'transformative',
};

export const POTENTIAL_FOR_RESULTS: Scale<typeof IRM_POTENTIAL_FOR_RESULTS> = {
  unclear: 'unclear',
  modest: 'modest',
  substantial: 'substantial',
};

export const COMPLETION: Scale<typeof IRM_COMPLETION> = {
  withdrawn: 'withdrawn',
  unclear: 'unclear',
  'not started': 'not-started',
  limited: 'limited',
  substantial: 'substantial',
  complete: 'complete',
};

/**
 * `Early Results`. The sheet's `Moderate` carries the numeric twin 1, the step the SDK's scale
 * (and the IRM's later reports) call `marginal`.
 */
export const EARLY_RESULTS: Scale<typeof IRM_EARLY_RESULTS> = {
  'no notable results': 'no-early-results',
  'no early results to report yet': 'no-early-results',
  moderate: 'marginal',
  marginal: 'marginal',
  significant: 'significant',
  outstanding: 'outstanding',
};

/**
 * `Did It Open Government (Overall)`. For plans assessed by the IRM's Results Reports (2023 on)
 * the sheet writes the early-results phrase `No early results to report yet` in this column:
 * that is an early-results rating, not a "did not change".
 */
export const DID_IT_OPEN_GOVERNMENT: Scale<typeof IRM_DID_IT_OPEN_GOVERNMENT> = {
  worsens: 'worsens',
  'did not change': 'did-not-change',
  marginal: 'marginal',
  major: 'major',
  outstanding: 'outstanding',
};
export const EARLY_RESULTS_IN_DIOG_COLUMN = 'no early results to report yet';

/** `Verifiable` is `Yes`/`No`, once its numeric twin `1`; starred and relevance flags are `1`/`0`. */
export const YES_NO: Readonly<Record<string, boolean>> = { yes: true, no: false, '1': true, '0': false };

/** The four `OGP Value ...` flag columns. */
export const OGP_VALUE_COLUMNS: ReadonlyArray<readonly [column: string, value: OgpValue]> = [
  ['OGP Value Access To Information', 'access-to-information'],
  ['OGP Value Civic Participation', 'civic-participation'],
  ['OGP Value Public Accountability', 'public-accountability'],
  ['OGP Value Technology', 'technology-and-innovation'],
];

/** A cell's wording as the tables above key it. */
export function ratingKey(cell: string): string {
  return cell.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * `Commitment Number` went through a spreadsheet that stored `2.2` as a binary float and wrote it
 * back as `2.2000000000000002`. A decimal with more digits than any numbering scheme uses is
 * such an artefact: the shortest decimal that rounds to the same float is what was typed.
 * Anything else (`2.3.1`, `4M3`, `1.6A`) is kept exactly as written.
 */
const FLOAT_ARTEFACT = /^\d+\.\d{12,}$/;

export function repairCommitmentNumber(raw: string): string {
  const value = raw.trim();
  if (!FLOAT_ARTEFACT.test(value)) return value;
  // 12 significant digits drop the float's noise (it sits at the 16th-17th digit).
  return String(Number(Number(value).toPrecision(12)));
}

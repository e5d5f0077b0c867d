/**
 * Writes an OGP-style commitments sheet of any size for the import benchmark: OGP's real header
 * (171 columns) and its real rows, cycled, each with a fresh commitment id, grouped fifteen to a
 * plan. The text is real (titles, full texts, institutions, mixed date forms, ND/NR/NA markers),
 * so the importer does the same work per row as on the real file. Written as a stream.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

export const REAL_SHEET = resolve(import.meta.dirname, '../../data/ogp/open-parliament-commitments-2024-07.csv');
const ROWS_PER_PLAN = 15;

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const line = (cells: readonly string[]) => `${cells.map(quote).join(',')}\r\n`;

export async function writeOgpStyleSheet(path: string, rows: number): Promise<number> {
  const [header, ...real] = parse(readFileSync(REAL_SHEET, 'utf8'), { bom: true }) as string[][];
  const at = (name: string) => header!.indexOf(name);
  const id = at('Commitment Unique Identifier');
  const planColumns = [
    'Action Plan ID',
    'Action Plan Number',
    'Code',
    'Country/Locality',
    'Year Of Submission',
    'Action Plan End Year',
  ].map(at);
  const planId = at('Action Plan ID');
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(line(header!));
  let planRow: string[] = real[0]!;
  for (let i = 0; i < rows; i++) {
    const row = [...real[i % real.length]!];
    if (i % ROWS_PER_PLAN === 0) planRow = row;
    // Every row of a generated plan shares its first row's plan facts, as in OGP's sheet.
    for (const column of planColumns) row[column] = planRow[column]!;
    row[planId] = `${planRow[planId]}_G${Math.floor(i / ROWS_PER_PLAN)}`;
    row[id] = `BX${String(i).padStart(6, '0')}`;
    await write(line(row));
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

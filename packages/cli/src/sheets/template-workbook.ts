/**
 * The spreadsheet template as one workbook (.xlsx) an officer fills in Excel, LibreOffice or
 * Google Sheets: a README sheet in the officer's language, then one sheet per table named like
 * its CSV file (`feed`, `plans`, `commitments`…) with the same headers and the same worked
 * example, each example row marked by a note on its first cell. Full dates are date cells.
 * `import csv book.xlsx` reads it back to the same feed as the CSV template.
 *
 * No drop-down lists: SheetJS Community Edition, which writes the workbook, cannot write data
 * validation. The README lists the values each such column accepts instead.
 *
 * Browser-safe (the studio offers the workbook too); the library is loaded only when called.
 */
import { LABELS, parseFeed } from '@ogp-embed/sdk';
import type { Feed, LabelKind } from '@ogp-embed/sdk';
import type { CliLanguage } from '../i18n/locale.js';
import { EXAMPLE_FEED } from './example-feed.js';
import { flattenFeed } from './flatten.js';
import { FEED_FILE, headerLabel, README_SHEET, SHEETS } from './spec.js';
import type { FieldSpec } from './spec.js';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface ReadmeWords {
  title: string;
  lines: string[];
  example: string;
  valuesHeader: [string, string, string];
}

const EXAMPLE_ROWS: Record<CliLanguage, string> = {
  en: 'Example row (Chile’s 5th plan, commitment CL0069): replace it with yours.',
  es: 'Fila de ejemplo (5° plan de Chile, compromiso CL0069): reemplácela por la suya.',
  pt: 'Linha de exemplo (5.º plano do Chile, compromisso CL0069): substitua-a pela sua.',
  fr: 'Ligne d’exemple (5e plan du Chili, engagement CL0069)\u00a0: remplacez-la par la vôtre.',
};

const README: Record<CliLanguage, ReadmeWords> = {
  en: {
    title: 'OGP embed: the spreadsheet template',
    lines: [
      'One sheet per table (feed, plans, commitments, milestones…): keep the sheet names and the first row (the headers) as they are; one row per plan, commitment, milestone…',
      'The rows already in the sheets are a worked example (Chile’s 5th plan, commitment CL0069); a note on the first cell of each says so. Replace them with yours: while the publisher in the sheet “feed” still says “Ejemplo: …”, the import refuses the workbook.',
      'Dates as much as you know them: 2021-03-01, 2021-03 or 2021. Date cells are read as their day. 03/04/2024 fits two orders: give the order (ogp-embed import csv --date-order dmy or mdy, or the studio’s field).',
      'Lists (supporting institutions, OGP values, policy areas, themes) are separated by “;”. Evidence: one link per line in the cell, the address first, then its title.',
      'This workbook has no drop-down lists: SheetJS Community Edition, the library that writes it, cannot write data validation. The values each such column accepts are below; the words in brackets are accepted too.',
      'Then: ogp-embed import csv this-file.xlsx -o feed.json, or open the file in the studio.',
    ],
    example: EXAMPLE_ROWS.en,
    valuesHeader: ['Sheet', 'Column', 'Values it accepts'],
  },
  es: {
    title: 'OGP embed: plantilla de planillas',
    lines: [
      'Una hoja por tabla (feed, plans, commitments, milestones…): no cambie los nombres de las hojas ni la primera fila (los encabezados); una fila por plan, compromiso, hito…',
      'Las filas que ya están en las hojas son un ejemplo completo (5° plan de Chile, compromiso CL0069); una nota en la primera celda de cada una lo indica. Reemplácelas por las suyas: mientras el publicador de la hoja «feed» diga «Ejemplo: …», la importación rechaza el libro.',
      'Fechas con lo que sepa de ellas: 2021-03-01, 2021-03 o 2021. Las celdas de fecha se leen como su día. 03/04/2024 admite dos órdenes: indique el orden (ogp-embed import csv --date-order dmy o mdy, o el campo del estudio).',
      'Las listas (instituciones de apoyo, valores OGP, áreas de política, temas) se separan con «;». Medios de verificación: un enlace por línea en la celda, primero la dirección y luego su título.',
      'Este libro no tiene listas desplegables: SheetJS Community Edition, la biblioteca que lo escribe, no puede escribir validación de datos. Abajo están los valores que acepta cada una de esas columnas; también se aceptan las palabras entre paréntesis.',
      'Después: ogp-embed import csv este-archivo.xlsx -o feed.json, o abra el archivo en el estudio.',
    ],
    example: EXAMPLE_ROWS.es,
    valuesHeader: ['Hoja', 'Columna', 'Valores que acepta'],
  },
  pt: {
    title: 'OGP embed: o modelo de folhas de cálculo',
    lines: [
      'Uma folha por tabela (feed, plans, commitments, milestones…): não mude os nomes das folhas nem a primeira linha (os cabeçalhos); uma linha por plano, compromisso, marco…',
      'As linhas que já estão nas folhas são um exemplo completo (5.º plano do Chile, compromisso CL0069); uma nota na primeira célula de cada uma indica-o. Substitua-as pelas suas: enquanto o publicador da folha «feed» disser «Ejemplo: …», a importação recusa o livro.',
      'Datas com o que souber delas: 2021-03-01, 2021-03 ou 2021. As células de data são lidas como o seu dia. 03/04/2024 admite duas ordens: indique a ordem (ogp-embed import csv --date-order dmy ou mdy, ou o campo do estúdio).',
      'As listas (instituições de apoio, valores OGP, áreas de política, temas) separam-se com «;». Meios de verificação: uma ligação por linha na célula, primeiro o endereço e depois o título.',
      'Este livro não tem listas pendentes: o SheetJS Community Edition, a biblioteca que o escreve, não consegue escrever validação de dados. Abaixo estão os valores que cada uma dessas colunas aceita; as palavras entre parênteses também são aceites.',
      'Depois: ogp-embed import csv este-ficheiro.xlsx -o feed.json, ou abra o ficheiro no estúdio.',
    ],
    example: EXAMPLE_ROWS.pt,
    valuesHeader: ['Folha', 'Coluna', 'Valores que aceita'],
  },
  fr: {
    title: 'OGP embed\u00a0: le modèle de feuilles de calcul',
    lines: [
      'Une feuille par table (feed, plans, commitments, milestones…)\u00a0: gardez les noms des feuilles et la première ligne (les en-têtes) tels quels\u00a0; une ligne par plan, engagement, jalon…',
      'Les lignes déjà présentes sont un exemple complet (5e plan du Chili, engagement CL0069)\u00a0; une note sur la première cellule de chacune le signale. Remplacez-les par les vôtres\u00a0: tant que l’éditeur de la feuille «\u00a0feed\u00a0» indique «\u00a0Ejemplo: …\u00a0», l’import refuse le classeur.',
      'Les dates avec ce que vous en savez\u00a0: 2021-03-01, 2021-03 ou 2021. Les cellules de date sont lues comme leur jour. 03/04/2024 admet deux ordres\u00a0: indiquez l’ordre (ogp-embed import csv --date-order dmy ou mdy, ou le champ du studio).',
      'Les listes (institutions d’appui, valeurs OGP, domaines d’action, thèmes) sont séparées par «\u00a0;\u00a0». Justificatifs\u00a0: un lien par ligne dans la cellule, l’adresse d’abord, puis son titre.',
      'Ce classeur n’a pas de listes déroulantes\u00a0: SheetJS Community Edition, la bibliothèque qui l’écrit, ne sait pas écrire de validation de données. Les valeurs que chacune de ces colonnes accepte sont ci-dessous\u00a0; les mots entre parenthèses sont acceptés aussi.',
      'Ensuite\u00a0: ogp-embed import csv ce-fichier.xlsx -o feed.json, ou ouvrez le fichier dans le studio.',
    ],
    example: EXAMPLE_ROWS.fr,
    valuesHeader: ['Feuille', 'Colonne', 'Valeurs acceptées'],
  },
};

/** A full date as a spreadsheet's day number, shown as `yyyy-mm-dd`; anything else stays text. */
function cellOf(text: string, isDate: boolean): { t: 'n'; v: number; z: string } | { t: 's'; v: string } {
  const day = isDate ? FULL_DATE.exec(text) : null;
  if (day)
    return {
      t: 'n',
      v: (Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) - EXCEL_EPOCH_MS) / DAY_MS,
      z: 'yyyy-mm-dd',
    };
  return { t: 's', v: text };
}

/** The headers of a sheet's date columns (`Inicio / Start`). */
function dateHeaders(fields: readonly FieldSpec[]): Set<string> {
  return new Set(fields.filter((field) => field.date).map((field) => headerLabel(field)));
}

/** One line per enumerated column: the sheet, the header, and its values with their words in `language`. */
function acceptedValues(language: CliLanguage): string[][] {
  const labels = LABELS[language];
  return SHEETS.flatMap((sheet) =>
    sheet.fields
      .filter((field): field is FieldSpec & { labels: LabelKind } => field.labels !== undefined)
      .map((field) => {
        const words = labels[field.labels] as Readonly<Record<string, string>>;
        return [
          sheet.name,
          headerLabel(field),
          Object.entries(words)
            .map(([value, word]) => `${value} (${word})`)
            .join('; '),
        ];
      }),
  );
}

/** The template workbook's bytes, its README in `language`. */
export async function templateWorkbook(language: CliLanguage): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const parsed = parseFeed(EXAMPLE_FEED, { mode: 'strict' });
  if (!parsed.ok) throw new Error(`the template's example feed is invalid: ${parsed.issues[0]?.message}`);
  const feed: Feed = parsed.feed;
  const words = README[language];
  const book = XLSX.utils.book_new();

  const readme = XLSX.utils.aoa_to_sheet([
    [words.title],
    [],
    ...words.lines.map((line) => [line]),
    [],
    words.valuesHeader,
    ...acceptedValues(language),
  ]);
  readme['!cols'] = [{ wch: 16 }, { wch: 40 }, { wch: 100 }];
  XLSX.utils.book_append_sheet(book, readme, README_SHEET);

  for (const { file, rows } of flattenFeed(feed)) {
    const spec = SHEETS.find((sheet) => sheet.file === file);
    const dates = spec ? dateHeaders(spec.fields) : new Set<string>();
    const [header = [], ...examples] = rows;
    const isDate = header.map((label) => dates.has(label));
    const sheet = XLSX.utils.aoa_to_sheet([
      header,
      ...examples.map((row) => row.map((text, c) => cellOf(text, isDate[c] ?? false))),
    ]);
    // The feed sheet is one fact per row, not an example row each: its note is on the publisher's row, what must change.
    const marked =
      file === FEED_FILE
        ? examples.flatMap((row, r) => (row.some((text) => /^(Ejemplo|Example): /.test(text)) ? [r] : []))
        : examples.map((_, r) => r);
    for (const r of marked) {
      const address = XLSX.utils.encode_cell({ r: r + 1, c: 0 });
      const cell = sheet[address] as { c?: { a: string; t: string }[] } | undefined;
      if (cell) cell.c = [{ a: 'ogp-embed', t: words.example }];
    }
    sheet['!cols'] = header.map((label) => ({ wch: Math.min(Math.max(label.length + 2, 12), 40) }));
    XLSX.utils.book_append_sheet(book, sheet, file.replace(/\.csv$/, ''));
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

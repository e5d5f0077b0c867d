/**
 * Every sentence the CLI says, in English and Spanish here, Portuguese and French in
 * messages-pt.ts and messages-fr.ts. Typed: each catalogue must have every key the English one
 * has. Plain text only (a terminal, never HTML).
 */
import type { RowIssue } from '../ogp-sheet/row-issues.js';
import type { CliLanguage } from './locale.js';
import { fr } from './messages-fr.js';
import { SYSTEM_ALIAS } from './system-alias.js';
import { pt } from './messages-pt.js';
import type { FolderProblemCode } from '../publish/check-folder.js';
import { noun } from './nouns.js';
import type { ChildSheet } from './nouns.js';

const n = (value: number, lang: CliLanguage) => value.toLocaleString(lang === 'es' ? 'es-CL' : 'en-US');
/** Names as a list in the language's words (`a, b and c`), the first eight and how many more. */
const listed = (names: readonly string[], lang: CliLanguage) => {
  const shown = names.slice(0, 8);
  if (names.length > shown.length)
    shown.push(lang === 'es' ? `${n(names.length - 8, lang)} más` : `${n(names.length - 8, lang)} more`);
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(shown);
};
/** Bytes as kilobytes (1 KB = 1,000 bytes), one decimal. */
const kb = (bytes: number, lang: CliLanguage) =>
  `${(bytes / 1000).toLocaleString(lang === 'es' ? 'es-CL' : 'en-US', { maximumFractionDigits: 1 })} KB`;

const en = {
  usage: () => USAGE.en,
  unknownCommand: (command: string) => `unknown command "${command}". Run "ogp-embed --help".`,
  badOptions: (detail: string) => `${detail}. Run "ogp-embed --help".`,
  badValue: (option: string, value: string) => `"${value}" is not a valid value for ${option}. Run "ogp-embed --help".`,
  missingArgument: (what: string) => `missing ${what}. Run "ogp-embed --help".`,
  renamedOption: (old: string, name: string) => `${old} is now ${name}; the old name still works for now.`,
  couldNotRead: (source: string, reason: string) => `could not read ${source}: ${reason}`,
  couldNotWrite: (target: string, reason: string) => `could not write ${target}: ${reason}`,
  httpStatus: (status: number) => `the server answered HTTP ${status}`,
  systemReason: (code: string): string | undefined =>
    SYSTEM_REASON.en[code] ?? SYSTEM_REASON.en[SYSTEM_ALIAS[code] ?? ''],

  valid: (source: string, plans: number, commitments: number) =>
    `✓ ${source} is a valid feed: ${n(plans, 'en')} plan(s), ${n(commitments, 'en')} commitment(s).`,
  invalid: (source: string, errors: number, warnings: number) =>
    `✗ ${source}: ${n(errors, 'en')} error(s), ${n(warnings, 'en')} warning(s).`,
  warningsOnly: (warnings: number) => `${n(warnings, 'en')} warning(s), no errors.`,
  severity: (severity: 'error' | 'warning'): string => (severity === 'error' ? 'error' : 'warning'),
  dropped: (path: string) => `(lenient readers leave out ${path})`,

  notOgpSheet: (missing: string[]) =>
    `this is not OGP's commitments sheet: it has no column ${missing.map((m) => `"${m}"`).join(', ')}.`,
  noCountryMatch: (country: string, available: string[]) =>
    `--country "${country}" matches no row of the sheet; nothing was written. The sheet has: ${available.join('; ')}.`,
  noPlanMatch: (plan: string, country: string | undefined, available: string[]) =>
    `--plan "${plan}" matches no row${country ? ` of ${country}` : ''}; nothing was written. Plans${country ? ` of ${country}` : ''} in the sheet: ${available.join(', ')}.`,
  where: (row: number, column?: string) => (column ? `row ${row}, column "${column}"` : `row ${row}`),
  rowIssue: (issue: RowIssue) => ROW_ISSUE_EN[issue.code](issue),
  imported: (commitments: number, plans: number, institutions: number, target: string) =>
    `✓ ${n(commitments, 'en')} commitment(s) in ${n(plans, 'en')} plan(s), ${n(institutions, 'en')} institution(s) → ${target}`,
  importedPartial: (commitments: number, plans: number, institutions: number, target: string) =>
    `✗ not everything went in: ${n(commitments, 'en')} commitment(s) in ${n(plans, 'en')} plan(s), ${n(institutions, 'en')} institution(s) → ${target}; what was left out is listed above.`,
  droppedRow: (
    file: string,
    row: number,
    id: string | undefined,
    children: ReadonlyArray<readonly [ChildSheet, number]>,
  ) =>
    `${id ? `${id} (${file}, row ${row})` : `${file}, row ${row}`} left out${children.length ? `, and with it ${children.map(([kind, count]) => noun('en', kind, count)).join(', ')}` : ''}`,
  leftOutTotals: (rows: number, cells: number, columns: number, files: number) =>
    `Left out: ${[files && `${n(files, 'en')} file(s) or sheet(s)`, rows && `${n(rows, 'en')} row(s)`, cells && `${n(cells, 'en')} cell(s)`, columns && `${n(columns, 'en')} column(s)`].filter(Boolean).join(', ')}.`,
  skippedRows: (skipped: number, warnings: number) =>
    `${n(skipped, 'en')} row(s) skipped, ${n(warnings, 'en')} warning(s).`,
  moreIssues: (more: number) => `… and ${n(more, 'en')} more (use --json to see all).`,
  progress: (rows: number, percent?: number) =>
    `importing: ${n(rows, 'en')} rows${percent === undefined ? '' : ` (${percent}%)`}`,
  stdout: () => 'standard output',
  stdin: () => 'standard input',
  notUtf8Feed: (source: string, reason: string) =>
    `${source}: ${reason}. Save it as UTF-8 (in a text editor: Save as, encoding "UTF-8").`,

  sheetIssue: (file: string, row: number | undefined, column: string | undefined, text: string) =>
    `${file}${row === undefined ? '' : `, row ${row}`}${column ? `, column "${column}"` : ''}: ${text}`,
  notAFolder: () =>
    'it is neither a folder nor a workbook (.xlsx, .ods); give the folder that holds the CSV files, or the workbook',
  tableNotRead: () => 'a table was not read (see above); nothing was written.',
  stillTheExample: () => "the sheets still hold the template's example (see above); nothing was written.",
  notPublishable: () => 'the sheets do not make a valid feed; nothing was written.',
  notPlatformFormat: (source: string, expected: string) => `${source} is not ${expected}.`,
  nothingImported: (source: string) => `no commitment of ${source} could be imported; nothing was written.`,
  exported: (files: number, folder: string) => `✓ ${n(files, 'en')} CSV files → ${folder}`,
  templateNotEmpty: (folder: string, entries: number) =>
    `${folder} is not empty (${n(entries, 'en')} file(s) or folder(s)): the template would write over sheets you may have filled in. Choose a new folder, or add --force to overwrite.`,
  templateFileExists: (file: string) =>
    `${file} exists already: it may be a workbook you filled in. Choose another name, or add --force to overwrite it.`,
  template: (folder: string) =>
    `✓ template → ${folder}. Fill it in (keep the header rows), then run: ogp-embed import csv ${folder} -o feed.json`,

  previewListening: (url: string) => `Previewing on ${url} (Ctrl+C stops).`,
  previewNoBundle: (path: string) =>
    `The elements bundle was not found (${path}); the page shows the feed's summary only. Run "npm run build" to see the elements.`,
  previewFeed: (errors: number, warnings: number) =>
    errors
      ? `feed changed: ${n(errors, 'en')} error(s), ${n(warnings, 'en')} warning(s)`
      : `feed changed: valid (${n(warnings, 'en')} warning(s))`,
  noPlanInFeed: (plan: string, source: string, plans: string[]) =>
    `--plan "${plan}" is not a plan of ${source}; its plans: ${plans.join(', ') || 'none'}.`,
  readAs1252: (file: string) =>
    `note: ${file} is read as Windows-1252 (Excel's plain "CSV"); next time save it as "CSV UTF-8".`,
  previewStopped: () => 'Preview stopped.',

  publishNotEmpty: (folder: string, entries: readonly string[]) =>
    `${folder} holds files that are neither a published feed nor the host's own (.htaccess, index.html, CNAME, web.config…): ${listed(entries, 'en')}; choose a new or empty folder, or move them out (nothing was written).`,
  publishShrinks: (folder: string, lost: number, before: number, sample: readonly string[]) =>
    `✗ ${n(lost, 'en')} of the ${n(before, 'en')} commitments published in ${folder} would disappear (${sample.join(', ')}${lost > sample.length ? ', …' : ''}); nothing was written. If that is meant, publish again with --allow-shrink.`,
  publishShrank: (lost: number, before: number) =>
    `${n(lost, 'en')} of the ${n(before, 'en')} commitments published before are gone from the feed (--allow-shrink).`,
  publishedChanges: (written: number, unchanged: number, removed: number) =>
    `${n(written, 'en')} file(s) written, ${n(unchanged, 'en')} unchanged (dates kept), ${n(removed, 'en')} removed: "rsync -a --delete" or "aws s3 sync --delete" uploads only what changed (docs/publishing.md).`,
  publishInvalid: () => 'the feed has errors; nothing was published. Fix them, then publish again.',
  hostAdvice: (header: string, text: string) => `host, ${header}: ${text}`,
  hostValid: (url: string) => `✓ ${url}: served as other sites need it (CORS, type, compression).`,
  hostInvalid: (url: string, errors: number) =>
    `✗ ${url}: ${n(errors, 'en')} header(s) stop other sites from using it (see above).`,
  hostWarnings: (warnings: number) => `${n(warnings, 'en')} thing(s) to improve on the host (see above).`,
  published: (folder: string, commitments: number, plans: number, forums: number, whole: number, largest: number) =>
    `✓ ${folder}: feed.json (${kb(whole, 'en')}) and feed.parts/ with ${n(commitments, 'en')} commitment(s), ${n(plans, 'en')} plan(s), ${n(forums, 'en')} forum(s) (largest commitment ${kb(largest, 'en')}).`,
  folderProblem: (code: FolderProblemCode, path: string, part?: string) =>
    `${FOLDER_PROBLEM_EN[code]}: ${path}${part ? ` (${part})` : ''}`,
  folderValid: (folder: string, checked: number) =>
    `✓ ${folder}: every one of ${n(checked, 'en')} published part(s) agrees with feed.json.`,
  folderInvalid: (folder: string, errors: number) =>
    `✗ ${folder}: ${n(errors, 'en')} published part(s) missing, stale or contradicting feed.json. Run "ogp-embed publish" again.`,

  snippetWhich: () =>
    'say what the snippet shows: one of --commitment <id>, --plan <id>, --forum <id>, --timeline <id>. Run "ogp-embed --help".',
  snippetNotFound: (kind: 'commitment' | 'plan' | 'forum' | 'timeline', id: string, source: string, close: string[]) =>
    `no ${{ commitment: 'commitment', plan: 'plan', forum: 'forum', timeline: 'commitment or plan' }[kind]} "${id}" in ${source}${close.length ? `; did you mean ${close.join(', ')}?` : '.'}`,
  snippetUnreadable: (source: string, problem: string) =>
    `${source} cannot be read as a feed: ${problem} Run "ogp-embed validate ${source}".`,
  snippetNoSlices: (source: string) =>
    `no published slices beside ${source}: the element reads the whole feed and looks for none (slices="none", no 404 lines in the console). Give the folder "ogp-embed publish" wrote for the faster slices.`,
  snippetSrc: (src: string) =>
    `no --src: the element reads its live data from "${src}", relative to the page. Give the feed's address as readers reach it with --src.`,
  snippetInlineStyles: (hashes: string[]) =>
    `styles written inline: the card shows without waiting for a style sheet. A page with a Content-Security-Policy allows them with: style-src ${hashes.join(' ')}`,
};

export type Messages = typeof en;

const es: Messages = {
  usage: () => USAGE.es,
  unknownCommand: (command) => `orden desconocida "${command}". Ejecute "ogp-embed --help".`,
  badOptions: (detail) => `${detail}. Ejecute "ogp-embed --help".`,
  badValue: (option, value) => `"${value}" no es un valor válido para ${option}. Ejecute "ogp-embed --help".`,
  missingArgument: (what) => `falta ${what}. Ejecute "ogp-embed --help".`,
  renamedOption: (old, name) => `${old} ahora se llama ${name}; el nombre antiguo todavía funciona.`,
  couldNotRead: (source, reason) => `no se pudo leer ${source}: ${reason}`,
  couldNotWrite: (target, reason) => `no se pudo escribir ${target}: ${reason}`,
  httpStatus: (status) => `el servidor respondió HTTP ${status}`,
  systemReason: (code) => SYSTEM_REASON.es[code] ?? SYSTEM_REASON.es[SYSTEM_ALIAS[code] ?? ''],

  valid: (source, plans, commitments) =>
    `✓ ${source} es un feed válido: ${n(plans, 'es')} plan(es), ${n(commitments, 'es')} compromiso(s).`,
  invalid: (source, errors, warnings) =>
    `✗ ${source}: ${n(errors, 'es')} error(es), ${n(warnings, 'es')} advertencia(s).`,
  warningsOnly: (warnings) => `${n(warnings, 'es')} advertencia(s), ningún error.`,
  severity: (severity) => (severity === 'error' ? 'error' : 'advertencia'),
  dropped: (path) => `(los lectores tolerantes dejan fuera ${path})`,

  notOgpSheet: (missing) =>
    `esta no es la planilla de compromisos de OGP: no tiene la columna ${missing.map((m) => `"${m}"`).join(', ')}.`,
  noCountryMatch: (country, available) =>
    `--country "${country}" no coincide con ninguna fila de la planilla; no se escribió nada. La planilla tiene: ${available.join('; ')}.`,
  noPlanMatch: (plan, country, available) =>
    `--plan "${plan}" no coincide con ninguna fila${country ? ` de ${country}` : ''}; no se escribió nada. Planes${country ? ` de ${country}` : ''} en la planilla: ${available.join(', ')}.`,
  where: (row, column) => (column ? `fila ${row}, columna "${column}"` : `fila ${row}`),
  rowIssue: (issue) => ROW_ISSUE_ES[issue.code](issue),
  imported: (commitments, plans, institutions, target) =>
    `✓ ${n(commitments, 'es')} compromiso(s) en ${n(plans, 'es')} plan(es), ${n(institutions, 'es')} institución(es) → ${target}`,
  importedPartial: (commitments, plans, institutions, target) =>
    `✗ no entró todo: ${n(commitments, 'es')} compromiso(s) en ${n(plans, 'es')} plan(es), ${n(institutions, 'es')} institución(es) → ${target}; lo que quedó fuera se indica arriba.`,
  droppedRow: (file, row, id, children) =>
    `${id ? `${id} (${file}, fila ${row})` : `${file}, fila ${row}`} quedó fuera${children.length ? `, y con él ${children.map(([kind, count]) => noun('es', kind, count)).join(', ')}` : ''}`,
  leftOutTotals: (rows, cells, columns, files) =>
    `Quedaron fuera: ${[files && `${n(files, 'es')} archivo(s) u hoja(s)`, rows && `${n(rows, 'es')} fila(s)`, cells && `${n(cells, 'es')} celda(s)`, columns && `${n(columns, 'es')} columna(s)`].filter(Boolean).join(', ')}.`,
  skippedRows: (skipped, warnings) => `${n(skipped, 'es')} fila(s) omitida(s), ${n(warnings, 'es')} advertencia(s).`,
  moreIssues: (more) => `… y ${n(more, 'es')} más (use --json para verlas todas).`,
  progress: (rows, percent) => `importando: ${n(rows, 'es')} filas${percent === undefined ? '' : ` (${percent} %)`}`,
  stdout: () => 'la salida estándar',
  stdin: () => 'la entrada estándar',
  notUtf8Feed: (source, reason) =>
    `${source}: ${reason}. Guárdelo como UTF-8 (en un editor de texto: Guardar como, codificación "UTF-8").`,

  sheetIssue: (file, row, column, text) =>
    `${file}${row === undefined ? '' : `, fila ${row}`}${column ? `, columna "${column}"` : ''}: ${text}`,
  notAFolder: () =>
    'no es una carpeta ni un libro (.xlsx, .ods); indique la carpeta que contiene los archivos CSV, o el libro',
  tableNotRead: () => 'una tabla no se leyó (vea arriba); no se escribió nada.',
  stillTheExample: () => 'las planillas aún contienen el ejemplo de la plantilla (vea arriba); no se escribió nada.',
  notPublishable: () => 'las planillas no forman un feed válido; no se escribió nada.',
  notPlatformFormat: (source, expected) => `${source} no es ${expected}.`,
  nothingImported: (source) => `no se pudo importar ningún compromiso de ${source}; no se escribió nada.`,
  exported: (files, folder) => `✓ ${n(files, 'es')} archivos CSV → ${folder}`,
  templateNotEmpty: (folder, entries) =>
    `${folder} no está vacía (${n(entries, 'es')} archivo(s) o carpeta(s)): la plantilla escribiría sobre planillas que quizá ya completó. Elija una carpeta nueva, o agregue --force para sobrescribir.`,
  templateFileExists: (file) =>
    `${file} ya existe: puede ser un libro que usted completó. Elija otro nombre, o agregue --force para sobrescribirlo.`,
  template: (folder) =>
    `✓ plantilla → ${folder}. Complétela (sin tocar la fila de encabezados) y ejecute: ogp-embed import csv ${folder} -o feed.json`,

  previewListening: (url) => `Vista previa en ${url} (Ctrl+C la detiene).`,
  previewNoBundle: (path) =>
    `No se encontró el paquete de los elementos (${path}); la página muestra solo el resumen del feed. Ejecute "npm run build" para ver los elementos.`,
  previewFeed: (errors, warnings) =>
    errors
      ? `el feed cambió: ${n(errors, 'es')} error(es), ${n(warnings, 'es')} advertencia(s)`
      : `el feed cambió: válido (${n(warnings, 'es')} advertencia(s))`,
  noPlanInFeed: (plan, source, plans) =>
    `--plan "${plan}" no es un plan de ${source}; sus planes: ${plans.join(', ') || 'ninguno'}.`,
  readAs1252: (file) =>
    `nota: ${file} se lee como Windows-1252 (el "CSV" simple de Excel); la próxima vez guárdelo como "CSV UTF-8".`,
  previewStopped: () => 'Vista previa detenida.',

  publishNotEmpty: (folder, entries) =>
    `${folder} contiene archivos que no son un feed publicado ni del propio servidor (.htaccess, index.html, CNAME, web.config…): ${listed(entries, 'es')}; elija una carpeta nueva o vacía, o sáquelos de ahí (no se escribió nada).`,
  publishShrinks: (folder, lost, before, sample) =>
    `✗ desaparecerían ${n(lost, 'es')} de los ${n(before, 'es')} compromisos publicados en ${folder} (${sample.join(', ')}${lost > sample.length ? ', …' : ''}); no se escribió nada. Si es lo que quiere, vuelva a publicar con --allow-shrink.`,
  publishShrank: (lost, before) =>
    `${n(lost, 'es')} de los ${n(before, 'es')} compromisos publicados antes ya no están en el feed (--allow-shrink).`,
  publishedChanges: (written, unchanged, removed) =>
    `${n(written, 'es')} archivo(s) escrito(s), ${n(unchanged, 'es')} sin cambios (conservan su fecha), ${n(removed, 'es')} eliminado(s): "rsync -a --delete" o "aws s3 sync --delete" suben solo lo que cambió (docs/publishing.md).`,
  publishInvalid: () => 'el feed tiene errores; no se publicó nada. Corríjalos y vuelva a publicar.',
  hostAdvice: (header, text) => `servidor, ${header}: ${text}`,
  hostValid: (url) => `✓ ${url}: se sirve como lo necesitan otros sitios (CORS, tipo, compresión).`,
  hostInvalid: (url, errors) =>
    `✗ ${url}: ${n(errors, 'es')} encabezado(s) impiden que otros sitios lo usen (vea arriba).`,
  hostWarnings: (warnings) => `${n(warnings, 'es')} cosa(s) que mejorar en el servidor (vea arriba).`,
  published: (folder, commitments, plans, forums, whole, largest) =>
    `✓ ${folder}: feed.json (${kb(whole, 'es')}) y feed.parts/ con ${n(commitments, 'es')} compromiso(s), ${n(plans, 'es')} plan(es), ${n(forums, 'es')} foro(s) (el compromiso más grande, ${kb(largest, 'es')}).`,
  folderProblem: (code, path, part) => `${FOLDER_PROBLEM_ES[code]}: ${path}${part ? ` (${part})` : ''}`,
  folderValid: (folder, checked) => `✓ ${folder}: las ${n(checked, 'es')} partes publicadas concuerdan con feed.json.`,
  folderInvalid: (folder, errors) =>
    `✗ ${folder}: ${n(errors, 'es')} parte(s) publicada(s) faltan, están desactualizadas o contradicen feed.json. Vuelva a ejecutar "ogp-embed publish".`,

  snippetWhich: () =>
    'indique qué muestra el fragmento: uno de --commitment <id>, --plan <id>, --forum <id>, --timeline <id>. Ejecute "ogp-embed --help".',
  snippetNotFound: (kind, id, source, close) =>
    `no hay ${{ commitment: 'compromiso', plan: 'plan', forum: 'foro', timeline: 'compromiso ni plan' }[kind]} "${id}" en ${source}${close.length ? `; ¿quiso decir ${close.join(', ')}?` : '.'}`,
  snippetUnreadable: (source, problem) =>
    `${source} no se puede leer como feed: ${problem} Ejecute "ogp-embed validate ${source}".`,
  snippetNoSlices: (source) =>
    `no hay partes publicadas junto a ${source}: el elemento lee el feed entero y no busca ninguna (slices="none", sin líneas 404 en la consola). Indique la carpeta que escribió "ogp-embed publish" para usar las partes, más rápidas.`,
  snippetSrc: (src) =>
    `sin --src: el elemento lee sus datos en vivo de "${src}", relativo a la página. Indique con --src la dirección del feed tal como la ven los lectores.`,
  snippetInlineStyles: (hashes) =>
    `estilos escritos en la página: la tarjeta se muestra sin esperar una hoja de estilos. Una página con Content-Security-Policy los permite con: style-src ${hashes.join(' ')}`,
};

const FOLDER_PROBLEM_EN: Record<FolderProblemCode, string> = {
  missing: 'error: missing',
  unreadable: 'error: not JSON',
  stale: 'error: stale, cut from another version of feed.json',
  contradicts: 'error: contradicts feed.json',
  extra: 'warning: not a part of this feed',
  'no-parts': 'error: no published parts (run "ogp-embed publish")',
};

const FOLDER_PROBLEM_ES: Record<FolderProblemCode, string> = {
  missing: 'error: falta',
  unreadable: 'error: no es JSON',
  stale: 'error: desactualizada, de otra versión de feed.json',
  contradicts: 'error: contradice feed.json',
  extra: 'advertencia: no es parte de este feed',
  'no-parts': 'error: no hay partes publicadas (ejecute "ogp-embed publish")',
};

const SYSTEM_REASON: Record<'en' | 'es', Record<string, string>> = {
  en: {
    ENOENT: 'no such file or folder',
    EISDIR: 'it is a folder, where a file was expected',
    ENOTDIR: 'a part of the path is a file, where a folder was expected',
    EACCES: 'permission denied (check who may read or write it)',
    EEXIST: 'something with that name already exists',
    ENOTEMPTY: 'the folder is not empty',
    ENOSPC: 'the disk is full',
    EROFS: 'the disk is read-only',
    EMFILE: 'too many files are open; close some programs and try again',
    ENAMETOOLONG: 'the name is too long',
    ELOOP: 'the path loops through symbolic links',
    EBUSY: 'another program is using it',
    EXDEV: 'it is on another disk',
    EADDRINUSE: 'another program is already using that port (choose another with --port)',
    EADDRNOTAVAIL: 'this machine has no such network address',
    ECONNREFUSED: 'the server refused the connection (is the address right?)',
    ECONNRESET: 'the connection was cut before the answer was complete',
    ENOTFOUND: 'no server of that name was found (check the address and the network)',
    ETIMEDOUT: 'the server did not answer in time',
    ENETUNREACH: 'the network cannot be reached',
    CERT: "the server's security certificate is not valid",
  },
  es: {
    ENOENT: 'no existe ese archivo o carpeta',
    EISDIR: 'es una carpeta, y se esperaba un archivo',
    ENOTDIR: 'una parte de la ruta es un archivo, y se esperaba una carpeta',
    EACCES: 'permiso denegado (revise quién puede leerlo o escribirlo)',
    EEXIST: 'ya existe algo con ese nombre',
    ENOTEMPTY: 'la carpeta no está vacía',
    ENOSPC: 'el disco está lleno',
    EROFS: 'el disco es de solo lectura',
    EMFILE: 'hay demasiados archivos abiertos; cierre algunos programas y vuelva a intentarlo',
    ENAMETOOLONG: 'el nombre es demasiado largo',
    ELOOP: 'la ruta da vueltas por enlaces simbólicos',
    EBUSY: 'otro programa lo está usando',
    EXDEV: 'está en otro disco',
    EADDRINUSE: 'otro programa ya usa ese puerto (elija otro con --port)',
    EADDRNOTAVAIL: 'esta máquina no tiene esa dirección de red',
    ECONNREFUSED: 'el servidor rechazó la conexión (¿es correcta la dirección?)',
    ECONNRESET: 'la conexión se cortó antes de completar la respuesta',
    ENOTFOUND: 'no se encontró un servidor con ese nombre (revise la dirección y la red)',
    ETIMEDOUT: 'el servidor no respondió a tiempo',
    ENETUNREACH: 'no se puede llegar a la red',
    CERT: 'el certificado de seguridad del servidor no es válido',
  },
};

type RowIssueText = Record<RowIssue['code'], (issue: RowIssue) => string>;

const ROW_ISSUE_EN: RowIssueText = {
  'bad-record': () => 'a quote (") opens this cell and is never closed; row skipped (close the quote, or remove it)',
  'missing-id': () => 'no commitment id; row skipped',
  'invalid-id': (i) => `"${i.value}" is not a valid id (letters, digits, _ . : -); row skipped`,
  'duplicate-id': (i) => `id "${i.value}" is already used by an earlier row; row skipped`,
  'missing-title': () => 'no title; row skipped',
  'missing-plan': (i) => `no action plan id or country code${i.value ? ` ("${i.value}")` : ''}; row skipped`,
  'invalid-plan-number': (i) => `"${i.value ?? ''}" is not an action plan number; row skipped`,
  'invalid-plan-years': (i) => `"${i.value ?? ''}" is not a year of the plan's period; row skipped`,
  'invalid-commitment': (i) => `the commitment does not pass the feed's schema (${i.detail}); row skipped`,
  'unreadable-date': (i) => `"${i.value}" is not a date; left unknown`,
  'unknown-rating': (i) => `"${i.value}" is not a rating this importer knows; left unknown`,
  'unsafe-url': (i) => `"${i.value}" is not an http(s) link; left out`,
  'plan-mismatch': (i) =>
    `plan ${i.value} has another number, country or period in an earlier row; the earlier row's are kept`,
};

const ROW_ISSUE_ES: RowIssueText = {
  'bad-record': () =>
    'una comilla (") abre esta celda y nunca se cierra; se omite la fila (cierre la comilla o quítela)',
  'missing-id': () => 'sin id de compromiso; se omite la fila',
  'invalid-id': (i) => `"${i.value}" no es un id válido (letras, dígitos, _ . : -); se omite la fila`,
  'duplicate-id': (i) => `el id "${i.value}" ya lo usa una fila anterior; se omite la fila`,
  'missing-title': () => 'sin título; se omite la fila',
  'missing-plan': (i) =>
    `sin id de plan de acción o código de país${i.value ? ` ("${i.value}")` : ''}; se omite la fila`,
  'invalid-plan-number': (i) => `"${i.value ?? ''}" no es un número de plan de acción; se omite la fila`,
  'invalid-plan-years': (i) => `"${i.value ?? ''}" no es un año del período del plan; se omite la fila`,
  'invalid-commitment': (i) => `el compromiso no cumple el esquema del feed (${i.detail}); se omite la fila`,
  'unreadable-date': (i) => `"${i.value}" no es una fecha; queda desconocida`,
  'unknown-rating': (i) => `"${i.value}" no es una calificación que este importador conozca; queda desconocida`,
  'unsafe-url': (i) => `"${i.value}" no es un enlace http(s); se deja fuera`,
  'plan-mismatch': (i) =>
    `el plan ${i.value} tiene otro número, país o período en una fila anterior; se mantienen los de esa fila`,
};

const USAGE = {
  en: `ogp-embed: publish the status of Open Government Partnership commitments as a feed.

Usage:
  ogp-embed validate <feed.json | URL | ->      check a feed; every problem with its JSON path
  ogp-embed import ogp-sheet <file.csv | ->    OGP's own commitments sheet → feed
        [--country CHL] [--plan AP_CHL05] [--feed-language en]
  ogp-embed import csv <folder | book.xlsx>    the spreadsheet template's CSV files or workbook → feed
        [--date-order dmy|mdy]                 how to read 03/04/2024: day first or month first
  ogp-embed import decidim <file | ->          Decidim Accountability results (CSV, JSON, 2017 CSV) → feed
  ogp-embed import gobierto <file | ->         a Gobierto Plans CSV → feed
        [--publisher "City of X"] [--country X] [--plan id] [--title "Plan"] [--feed-language es]
  ogp-embed template [folder] [--force]        write the spreadsheet template (default ./ogp-template);
                                               a folder that is not empty needs --force;
                                               book.xlsx: the same as one workbook
  ogp-embed export csv <feed.json> -o <folder> a feed → flat CSV files for open-data portals
  ogp-embed schema                             print the feed's JSON Schema
  ogp-embed preview <feed.json> [--port 8040] [--plan AP_CHL05]
                                               serve a page with the elements on the whole feed, live:
                                               every plan (a picker; --plan opens one), every forum
  ogp-embed publish <feed.json> -o <folder>    the feed and one small file per commitment, plan
                                               and forum, to upload to any static host
        [--allow-shrink]                       even when commitments of the feed already there would disappear
  ogp-embed validate <folder>                  check a published folder: every part agrees with feed.json
  ogp-embed snippet <feed.json | folder> --commitment <id> | --plan <id> | --forum <id> | --timeline <id>
        [--lang es] [--src <feed URL>] [--script <ogp-embed.js URL>] [--variant card] [--live] [--no-slices]
                                               the HTML to paste: the script, and the element with its
                                               snapshot (readable before any script runs, and without)
        [--inline-styles]                      styles in the page, not linked: no wait for a style sheet

Options:
  -o, --output <path>   write here instead of standard output (written atomically)
  --json                machine-readable report (validate, import)
  --quiet               only errors on standard error
  --lang <en|es|pt|fr>  language of messages (default: LC_ALL / LANG)
  -h, --help            this help

Exit status: 0 valid, 1 invalid (problems found), 2 could not read or write, or a wrong command line.`,
  es: `ogp-embed: publica el estado de los compromisos de la Alianza para el Gobierno Abierto como feed.

Uso:
  ogp-embed validate <feed.json | URL | ->      revisa un feed; cada problema con su ruta JSON
  ogp-embed import ogp-sheet <archivo.csv | -> planilla de compromisos de OGP → feed
        [--country CHL] [--plan AP_CHL05] [--feed-language en]
  ogp-embed import csv <carpeta | libro.xlsx>  archivos CSV o libro de la plantilla → feed
        [--date-order dmy|mdy]                 cómo leer 03/04/2024: día primero o mes primero
  ogp-embed import decidim <archivo | ->       resultados de Decidim Accountability (CSV, JSON, CSV de 2017) → feed
  ogp-embed import gobierto <archivo | ->      un CSV de Gobierto Planes → feed
        [--publisher "Ayuntamiento de X"] [--country X] [--plan id] [--title "Plan"] [--feed-language es]
  ogp-embed template [carpeta] [--force]       escribe la plantilla (por omisión ./ogp-template);
                                               una carpeta que no está vacía requiere --force;
                                               libro.xlsx: lo mismo en un solo libro
  ogp-embed export csv <feed.json> -o <carpeta> un feed → archivos CSV planos para portales de datos abiertos
  ogp-embed schema                             imprime el JSON Schema del feed
  ogp-embed preview <feed.json> [--port 8040] [--plan AP_CHL05]
                                               sirve una página con los elementos sobre todo el feed, en vivo:
                                               cada plan (un selector; --plan abre uno), cada instancia
  ogp-embed publish <feed.json> -o <carpeta>   el feed y un archivo pequeño por compromiso, plan
                                               y foro, para subir a cualquier servidor estático
        [--allow-shrink]                       aunque desaparezcan compromisos del feed que ya está allí
  ogp-embed validate <carpeta>                 revisa una carpeta publicada: cada parte concuerda con feed.json
  ogp-embed snippet <feed.json | carpeta> --commitment <id> | --plan <id> | --forum <id> | --timeline <id>
        [--lang es] [--src <URL del feed>] [--script <URL de ogp-embed.js>] [--variant card] [--live] [--no-slices]
                                               el HTML que se pega: el script y el elemento con su
                                               instantánea (se lee antes de todo script, y sin él)
        [--inline-styles]                      estilos en la página, no enlazados: sin esperar una hoja de estilos

Opciones:
  -o, --output <ruta>   escribe aquí en vez de la salida estándar (de forma atómica)
  --json                informe para máquinas (validate, import)
  --quiet               solo errores en la salida de errores
  --lang <en|es|pt|fr>  idioma de los mensajes (por omisión: LC_ALL / LANG)
  -h, --help            esta ayuda

Estado de salida: 0 válido, 1 inválido (hay problemas), 2 no se pudo leer o escribir, o la orden está mal escrita.`,
};

export const MESSAGES: Readonly<Record<CliLanguage, Messages>> = { en, es, pt, fr };

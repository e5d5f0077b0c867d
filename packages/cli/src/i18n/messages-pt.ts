/**
 * Every sentence the CLI says, in Portuguese: formal, as a public administration writes, and
 * worded to read the same in Brazil and Portugal. Typed against English's catalogue (messages.ts).
 */
import type { RowIssue } from '../ogp-sheet/row-issues.js';
import type { Messages } from './messages.js';
import type { FolderProblemCode } from '../publish/check-folder.js';
import { noun } from './nouns.js';
import { SYSTEM_ALIAS } from './system-alias.js';

const n = (value: number) => value.toLocaleString('pt');
const listed = (names: readonly string[]) => {
  const shown = names.slice(0, 8);
  if (names.length > shown.length) shown.push(`mais ${n(names.length - 8)}`);
  return new Intl.ListFormat('pt', { type: 'conjunction' }).format(shown);
};
const kb = (bytes: number) => `${(bytes / 1000).toLocaleString('pt', { maximumFractionDigits: 1 })} KB`;

const SYSTEM_REASON: Record<string, string> = {
  ENOENT: 'o ficheiro ou a pasta não existe',
  EISDIR: 'é uma pasta, e esperava-se um ficheiro',
  ENOTDIR: 'uma parte do caminho é um ficheiro, e esperava-se uma pasta',
  EACCES: 'permissão negada (verifique quem pode lê-lo ou escrevê-lo)',
  EEXIST: 'já existe algo com esse nome',
  ENOTEMPTY: 'a pasta não está vazia',
  ENOSPC: 'o disco está cheio',
  EROFS: 'o disco é só de leitura',
  EMFILE: 'há demasiados ficheiros abertos; feche alguns programas e tente novamente',
  ENAMETOOLONG: 'o nome é demasiado longo',
  ELOOP: 'o caminho dá voltas por ligações simbólicas',
  EBUSY: 'outro programa está a usá-lo',
  EXDEV: 'está noutro disco',
  EADDRINUSE: 'outro programa já usa essa porta (escolha outra com --port)',
  EADDRNOTAVAIL: 'esta máquina não tem esse endereço de rede',
  ECONNREFUSED: 'o servidor recusou a ligação (o endereço está correto?)',
  ECONNRESET: 'a ligação foi cortada antes de a resposta estar completa',
  ENOTFOUND: 'não foi encontrado nenhum servidor com esse nome (verifique o endereço e a rede)',
  ETIMEDOUT: 'o servidor não respondeu a tempo',
  ENETUNREACH: 'a rede não está acessível',
  CERT: 'o certificado de segurança do servidor não é válido',
};

const ROW_ISSUE: Record<RowIssue['code'], (issue: RowIssue) => string> = {
  'bad-record': () =>
    'umas aspas (") abrem esta célula e nunca se fecham; linha ignorada (feche as aspas ou retire-as)',
  'missing-id': () => 'sem id de compromisso; linha ignorada',
  'invalid-id': (i) => `"${i.value}" não é um id válido (letras, algarismos, _ . : -); linha ignorada`,
  'duplicate-id': (i) => `o id "${i.value}" já é usado por uma linha anterior; linha ignorada`,
  'missing-title': () => 'sem título; linha ignorada',
  'missing-plan': (i) =>
    `sem id do plano de ação nem código do país${i.value ? ` ("${i.value}")` : ''}; linha ignorada`,
  'invalid-plan-number': (i) => `"${i.value ?? ''}" não é um número de plano de ação; linha ignorada`,
  'invalid-plan-years': (i) => `"${i.value ?? ''}" não é um ano do período do plano; linha ignorada`,
  'invalid-commitment': (i) => `o compromisso não cumpre o esquema do feed (${i.detail}); linha ignorada`,
  'unreadable-date': (i) => `"${i.value}" não é uma data; fica desconhecida`,
  'unknown-rating': (i) => `"${i.value}" não é uma classificação que este importador reconheça; fica desconhecida`,
  'unsafe-url': (i) => `"${i.value}" não é uma ligação http(s); fica de fora`,
  'plan-mismatch': (i) =>
    `o plano ${i.value} tem outro número, país ou período numa linha anterior; mantêm-se os dessa linha`,
};

const USAGE = `ogp-embed: publica a situação dos compromissos da Parceria para Governo Aberto (OGP) como feed.

Uso:
  ogp-embed validate <feed.json | URL | ->      verifica um feed; cada problema com o seu caminho JSON
  ogp-embed import ogp-sheet <ficheiro.csv | -> planilha de compromissos da OGP → feed
        [--country CHL] [--plan AP_CHL05] [--feed-language en]
  ogp-embed import csv <pasta | livro.xlsx>    ficheiros CSV ou livro do modelo de planilha → feed
        [--date-order dmy|mdy]                 como ler 03/04/2024: dia primeiro ou mês primeiro
  ogp-embed import decidim <ficheiro | ->      resultados do Decidim Accountability (CSV, JSON, CSV de 2017) → feed
  ogp-embed import gobierto <ficheiro | ->     um CSV do Gobierto Plans → feed
        [--publisher "Município de X"] [--country X] [--plan id] [--title "Plano"] [--feed-language es]
  ogp-embed template [pasta] [--force]         escreve o modelo de planilha (por omissão ./ogp-template);
                                               uma pasta que não está vazia requer --force;
                                               livro.xlsx: o mesmo num só livro
  ogp-embed export csv <feed.json> -o <pasta>  um feed → ficheiros CSV simples para portais de dados abertos
  ogp-embed schema                             imprime o JSON Schema do feed
  ogp-embed preview <feed.json> [--port 8040] [--plan AP_CHL05]
                                               serve uma página com os elementos sobre todo o feed, ao vivo:
                                               cada plano (um seletor; --plan abre um), cada fórum
  ogp-embed publish <feed.json> -o <pasta>     o feed e um ficheiro pequeno por compromisso, plano
                                               e fórum, para carregar em qualquer servidor estático
        [--allow-shrink]                       mesmo que desapareçam compromissos do feed que já lá está
  ogp-embed validate <pasta>                   verifica uma pasta publicada: cada parte concorda com feed.json
  ogp-embed snippet <feed.json | pasta> --commitment <id> | --plan <id> | --forum <id> | --timeline <id>
        [--lang pt] [--src <URL do feed>] [--script <URL de ogp-embed.js>] [--variant card] [--live] [--no-slices]
                                               o HTML a colar: o script e o elemento com o seu
                                               instantâneo (legível antes de qualquer script, e sem ele)
        [--inline-styles]                      estilos na página, não ligados: sem esperar por uma folha de estilos

Opções:
  -o, --output <caminho> escreve aqui em vez da saída padrão (de forma atómica)
  --json                relatório legível por máquinas (validate, import)
  --quiet               apenas erros na saída de erros
  --lang <en|es|pt|fr>  idioma das mensagens (por omissão: LC_ALL / LANG)
  -h, --help            esta ajuda

Código de saída: 0 válido, 1 inválido (há problemas), 2 não foi possível ler ou escrever, ou o comando está mal escrito.`;

export const pt: Messages = {
  usage: () => USAGE,
  unknownCommand: (command) => `comando desconhecido "${command}". Execute "ogp-embed --help".`,
  badOptions: (detail) => `${detail}. Execute "ogp-embed --help".`,
  badValue: (option, value) => `"${value}" não é um valor válido para ${option}. Execute "ogp-embed --help".`,
  missingArgument: (what) => `falta ${what}. Execute "ogp-embed --help".`,
  renamedOption: (old, name) => `${old} agora se chama ${name}; o nome antigo ainda funciona.`,
  couldNotRead: (source, reason) => `não foi possível ler ${source}: ${reason}`,
  couldNotWrite: (target, reason) => `não foi possível escrever ${target}: ${reason}`,
  httpStatus: (status) => `o servidor respondeu HTTP ${status}`,
  systemReason: (code) => SYSTEM_REASON[code] ?? SYSTEM_REASON[SYSTEM_ALIAS[code] ?? ''],

  valid: (source, plans, commitments) =>
    `✓ ${source} é um feed válido: ${n(plans)} plano(s), ${n(commitments)} compromisso(s).`,
  invalid: (source, errors, warnings) => `✗ ${source}: ${n(errors)} erro(s), ${n(warnings)} aviso(s).`,
  warningsOnly: (warnings) => `${n(warnings)} aviso(s), nenhum erro.`,
  severity: (severity) => (severity === 'error' ? 'erro' : 'aviso'),
  dropped: (path) => `(os leitores tolerantes deixam de fora ${path})`,

  notOgpSheet: (missing) =>
    `esta não é a planilha de compromissos da OGP: não tem a coluna ${missing.map((m) => `"${m}"`).join(', ')}.`,
  noCountryMatch: (country, available) =>
    `--country "${country}" não corresponde a nenhuma linha da planilha; nada foi escrito. A planilha tem: ${available.join('; ')}.`,
  noPlanMatch: (plan, country, available) =>
    `--plan "${plan}" não corresponde a nenhuma linha${country ? ` de ${country}` : ''}; nada foi escrito. Planos${country ? ` de ${country}` : ''} na planilha: ${available.join(', ')}.`,
  where: (row, column) => (column ? `linha ${row}, coluna "${column}"` : `linha ${row}`),
  rowIssue: (issue) => ROW_ISSUE[issue.code](issue),
  imported: (commitments, plans, institutions, target) =>
    `✓ ${n(commitments)} compromisso(s) em ${n(plans)} plano(s), ${n(institutions)} instituição(ões) → ${target}`,
  importedPartial: (commitments, plans, institutions, target) =>
    `✗ nem tudo entrou: ${n(commitments)} compromisso(s) em ${n(plans)} plano(s), ${n(institutions)} instituição(ões) → ${target}; o que ficou de fora está indicado acima.`,
  droppedRow: (file, row, id, children) =>
    `${id ? `${id} (${file}, linha ${row})` : `${file}, linha ${row}`} ficou de fora${children.length ? `, e com ele ${children.map(([kind, count]) => noun('pt', kind, count)).join(', ')}` : ''}`,
  leftOutTotals: (rows, cells, columns, files) =>
    `Ficaram de fora: ${[files && `${n(files)} ficheiro(s) ou folha(s)`, rows && `${n(rows)} linha(s)`, cells && `${n(cells)} célula(s)`, columns && `${n(columns)} coluna(s)`].filter(Boolean).join(', ')}.`,
  skippedRows: (skipped, warnings) => `${n(skipped)} linha(s) ignorada(s), ${n(warnings)} aviso(s).`,
  moreIssues: (more) => `… e mais ${n(more)} (use --json para ver todos).`,
  progress: (rows, percent) => `a importar: ${n(rows)} linhas${percent === undefined ? '' : ` (${percent} %)`}`,
  stdout: () => 'a saída padrão',
  stdin: () => 'a entrada padrão',
  notUtf8Feed: (source, reason) =>
    `${source}: ${reason}. Guarde-o como UTF-8 (num editor de texto: Guardar como, codificação "UTF-8").`,

  sheetIssue: (file, row, column, text) =>
    `${file}${row === undefined ? '' : `, linha ${row}`}${column ? `, coluna "${column}"` : ''}: ${text}`,
  notAFolder: () =>
    'não é uma pasta nem um livro (.xlsx, .ods); indique a pasta que contém os ficheiros CSV, ou o livro',
  tableNotRead: () => 'uma tabela não foi lida (veja acima); nada foi escrito.',
  stillTheExample: () => 'as folhas ainda contêm o exemplo do modelo (veja acima); nada foi escrito.',
  notPublishable: () => 'as planilhas não formam um feed válido; nada foi escrito.',
  notPlatformFormat: (source, expected) => `${source} não é ${expected}.`,
  nothingImported: (source) => `não foi possível importar nenhum compromisso de ${source}; nada foi escrito.`,
  exported: (files, folder) => `✓ ${n(files)} ficheiros CSV → ${folder}`,
  templateNotEmpty: (folder, entries) =>
    `${folder} não está vazia (${n(entries)} ficheiro(s) ou pasta(s)): o modelo escreveria sobre planilhas que talvez já tenha preenchido. Escolha uma pasta nova, ou acrescente --force para substituir.`,
  templateFileExists: (file) =>
    `${file} já existe: pode ser um livro que já preencheu. Escolha outro nome, ou acrescente --force para o substituir.`,
  template: (folder) =>
    `✓ modelo → ${folder}. Preencha-o (mantendo a linha de cabeçalhos) e execute: ogp-embed import csv ${folder} -o feed.json`,

  previewListening: (url) => `Pré-visualização em ${url} (Ctrl+C termina).`,
  previewNoBundle: (path) =>
    `O pacote dos elementos não foi encontrado (${path}); a página mostra apenas o resumo do feed. Execute "npm run build" para ver os elementos.`,
  previewFeed: (errors, warnings) =>
    errors
      ? `o feed mudou: ${n(errors)} erro(s), ${n(warnings)} aviso(s)`
      : `o feed mudou: válido (${n(warnings)} aviso(s))`,
  noPlanInFeed: (plan, source, plans) =>
    `--plan "${plan}" não é um plano de ${source}; os seus planos: ${plans.join(', ') || 'nenhum'}.`,
  readAs1252: (file) =>
    `nota: ${file} é lido como Windows-1252 (o "CSV" simples do Excel); da próxima vez guarde-o como "CSV UTF-8".`,
  previewStopped: () => 'Pré-visualização terminada.',

  publishNotEmpty: (folder, entries) =>
    `${folder} contém ficheiros que não são um feed publicado nem do próprio servidor (.htaccess, index.html, CNAME, web.config…): ${listed(entries)}; escolha uma pasta nova ou vazia, ou retire-os de lá (nada foi escrito).`,
  publishShrinks: (folder, lost, before, sample) =>
    `✗ desapareceriam ${n(lost)} dos ${n(before)} compromissos publicados em ${folder} (${sample.join(', ')}${lost > sample.length ? ', …' : ''}); nada foi escrito. Se é isso que pretende, publique novamente com --allow-shrink.`,
  publishShrank: (lost, before) =>
    `${n(lost)} dos ${n(before)} compromissos publicados antes já não estão no feed (--allow-shrink).`,
  publishedChanges: (written, unchanged, removed) =>
    `${n(written)} ficheiro(s) escrito(s), ${n(unchanged)} sem alterações (mantêm a data), ${n(removed)} removido(s): "rsync -a --delete" ou "aws s3 sync --delete" carregam só o que mudou (docs/publishing.md).`,
  publishInvalid: () => 'o feed tem erros; nada foi publicado. Corrija-os e publique novamente.',
  hostAdvice: (header, text) => `servidor, ${header}: ${text}`,
  hostValid: (url) => `✓ ${url}: é servido como os outros sites precisam (CORS, tipo, compressão).`,
  hostInvalid: (url, errors) => `✗ ${url}: ${n(errors)} cabeçalho(s) impedem que outros sites o usem (veja acima).`,
  hostWarnings: (warnings) => `${n(warnings)} coisa(s) a melhorar no servidor (veja acima).`,
  published: (folder, commitments, plans, forums, whole, largest) =>
    `✓ ${folder}: feed.json (${kb(whole)}) e feed.parts/ com ${n(commitments)} compromisso(s), ${n(plans)} plano(s), ${n(forums)} fórum(ns) (o maior compromisso, ${kb(largest)}).`,
  folderProblem: (code, path, part) => `${FOLDER_PROBLEM[code]}: ${path}${part ? ` (${part})` : ''}`,
  folderValid: (folder, checked) => `✓ ${folder}: as ${n(checked)} partes publicadas concordam com feed.json.`,
  snippetWhich: () =>
    'indique o que o fragmento mostra: um de --commitment <id>, --plan <id>, --forum <id>, --timeline <id>. Execute "ogp-embed --help".',
  snippetNotFound: (kind, id, source, close) =>
    `não há ${{ commitment: 'compromisso', plan: 'plano', forum: 'fórum', timeline: 'compromisso nem plano' }[kind]} "${id}" em ${source}${close.length ? `; quis dizer ${close.join(', ')}?` : '.'}`,
  snippetUnreadable: (source, problem) =>
    `${source} não pode ser lido como feed: ${problem} Execute "ogp-embed validate ${source}".`,
  snippetNoSlices: (source) =>
    `não há partes publicadas junto a ${source}: o elemento lê o feed inteiro e não procura nenhuma (slices="none", sem linhas 404 no console). Indique a pasta que o "ogp-embed publish" escreveu para usar as partes, mais rápidas.`,
  snippetSrc: (src) =>
    `sem --src: o elemento lê os seus dados em direto de "${src}", relativo à página. Indique com --src o endereço do feed tal como os leitores o alcançam.`,
  snippetInlineStyles: (hashes) =>
    `estilos escritos na página: o cartão aparece sem esperar por uma folha de estilos. Uma página com Content-Security-Policy permite-os com: style-src ${hashes.join(' ')}`,
  folderInvalid: (folder, errors) =>
    `✗ ${folder}: ${n(errors)} parte(s) publicada(s) em falta, desatualizada(s) ou em contradição com feed.json. Execute "ogp-embed publish" novamente.`,
};

const FOLDER_PROBLEM: Record<FolderProblemCode, string> = {
  missing: 'erro: em falta',
  unreadable: 'erro: não é JSON',
  stale: 'erro: desatualizada, de outra versão de feed.json',
  contradicts: 'erro: contradiz feed.json',
  extra: 'aviso: não é parte deste feed',
  'no-parts': 'erro: não há partes publicadas (execute "ogp-embed publish")',
};

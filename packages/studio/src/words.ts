/**
 * The studio's own words in Spanish, English, Portuguese and French. What the data says (the
 * problems of a sheet, what was left out) comes in the CLI's words from the import core; these are
 * the page's. Plain text only: Lit puts them in as text, never as HTML.
 */
import type { CliLanguage } from '@ogp-embed/cli/core';

export type StudioLanguage = CliLanguage;
export const LANGUAGES: readonly StudioLanguage[] = ['es', 'en', 'pt', 'fr'];
/** Each language by its own name, for the switcher. */
export const LANGUAGE_NAMES: Record<StudioLanguage, string> = {
  es: 'Español',
  en: 'English',
  pt: 'Português',
  fr: 'Français',
};

/** The first of the browser's languages the studio speaks; English when none. */
export function pickStudioLanguage(preferred: readonly string[]): StudioLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().slice(0, 2) as StudioLanguage;
    if (LANGUAGES.includes(primary)) return primary;
  }
  return 'en';
}

/** A number and its noun, in the language's digits and plural (`1 plan`, `50.000 compromisos`). */
function count(n: number, lang: string, one: string, other: string): string {
  return `${n.toLocaleString(lang)} ${new Intl.PluralRules(lang).select(n) === 'one' ? one : other}`;
}

export type SourceKind = 'sheets' | 'feed' | 'decidim' | 'gobierto' | 'ogp-sheet';
export type Stage = 'reading' | 'building' | 'checking' | 'done';
export type EntityKind = 'plan' | 'commitment' | 'forum';

const en = {
  title: 'OGP embed studio',
  intro:
    'Open your spreadsheets, a platform’s export or a feed: see its problems, preview every card, copy the embed code and download the folder to upload. Everything happens in this browser; nothing is sent anywhere.',
  language: 'Language',
  openHeading: '1. Open your data',
  openFiles: 'Open files',
  openFolder: 'Open a folder',
  accepted:
    'A workbook (.xlsx, .ods) or the template’s CSV files (or a folder of them), OGP’s commitments sheet (.csv), a Decidim or Gobierto export, or a feed.json.',
  dropHere: 'or drop the files here',
  templateLine:
    'No spreadsheet yet? Start from the template: a workbook with a sheet per table, a worked example and instructions.',
  templateDownload: 'Download the template (.xlsx)',
  templateFile: 'ogp-template.xlsx',
  optionsLegend: 'What the files may not say',
  optionsIntro:
    'Kept in this browser tab until you close it; nothing is sent anywhere. Changing one reads the opened files again.',
  dateOrder: 'Dates such as 03/04/2024',
  dateOrders: {
    ask: 'Neither: show them as problems at their cells',
    dmy: 'Day first: 3 April 2024',
    mdy: 'Month first: March 4, 2024',
  },
  dateOrderHint:
    'For the template’s sheets (“--date-order” in the CLI). OGP’s sheet decides from each plan’s other dates.',
  publisher: 'Publisher',
  publisherHint:
    'Your institution, for a Decidim or Gobierto export or OGP’s sheet (“--publisher”). The template’s sheets give it in feed.csv.',
  country: 'Country',
  countryHint:
    'A country code (CHL) or the place the feed is about (“--country”). For OGP’s sheet: keeps only that country’s rows.',
  feedLanguage: 'Language of the feed',
  feedLanguageHint: 'A language tag such as es or pt-BR (“--feed-language”).',
  plan: 'Plan id',
  planHint: 'The plan’s id for an export (“--plan”). For OGP’s sheet: keeps only that plan’s rows (AP_CHL05).',
  planTitle: 'Plan title',
  planTitleHint: 'For a Decidim or Gobierto export (“--title”).',
  opened: (names: string) => `Opened: ${names}`,
  stage: {
    reading: 'Reading',
    building: 'Building the feed',
    checking: 'Checking the feed',
    done: 'Done',
  } satisfies Record<Stage, string>,
  progressLabel: 'Progress',
  readAs: {
    sheets: 'the template’s spreadsheets',
    feed: 'a feed (feed.json)',
    decidim: 'a Decidim export',
    gobierto: 'a Gobierto export',
    'ogp-sheet': 'OGP’s commitments sheet',
  } satisfies Record<SourceKind, string>,
  readAsLine: (kind: string) => `Read as ${kind}.`,
  unknownFile: (name: string) =>
    `${name}: not a file the studio reads (a workbook or the template’s CSV files, OGP’s commitments sheet, a feed.json, a Decidim or Gobierto export).`,
  problemsHeading: '2. Problems',
  errors: (n: number) => (n === 1 ? '1 error' : `${n} errors`),
  warnings: (n: number) => (n === 1 ? '1 warning' : `${n} warnings`),
  noErrors: 'No errors.',
  noWarnings: 'No warnings.',
  file: 'Sheet',
  row: 'Row',
  column: 'Column',
  value: 'Value',
  problem: 'Problem',
  more: (n: number) => `… and ${n} more.`,
  lostHeading: 'What would be lost',
  nothingLost: 'Nothing is left out: every row went in.',
  noFeed: 'No feed can be made from these files: fix the errors above, then open them again.',
  summary: (plans: number, commitments: number, forums: number) =>
    `The feed holds ${count(plans, 'en', 'plan', 'plans')}, ${count(commitments, 'en', 'commitment', 'commitments')} and ${count(forums, 'en', 'forum', 'forums')}.`,
  previewHeading: '3. Preview and embed code',
  pick: 'Show',
  plans: 'Plans',
  commitments: 'Commitments',
  forums: 'Forums',
  filter: 'Find by id or title',
  noMatch: 'Nothing matches.',
  shown: (shown: number, total: number) => `${shown} of ${total} shown; type to find others.`,
  codeHeading: 'Embed code',
  feedUrl: 'Address where feed.json will be',
  feedUrlHint: 'Where you upload the folder below, followed by feed.json.',
  scriptUrl: 'Address of the script',
  variant: 'Variant',
  variants: { card: 'Card', compact: 'Compact' },
  readerLanguage: 'Language of the card',
  pageLanguage: 'The page’s language',
  live: 'Live: check for changes every minute',
  htmlCode: 'HTML (any site)',
  blockCode: 'WordPress block (with the ogp-embed plugin)',
  shortcode: 'WordPress shortcode',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the text and copy it by hand.',
  downloadHeading: '4. The folder to upload',
  downloadIntro:
    'One .zip with feed.json and its slices folder, the files “ogp-embed publish” writes except the cards’ HTML snapshots (for sites that show a card without JavaScript: “ogp-embed publish” writes them). Unzip it and upload everything, keeping the folders, to the address above.',
  download: 'Download the .zip',
  confirmLoss: 'I know what would be left out, and want the folder without it.',
  invalidFeed: 'The feed has errors: a feed with errors is not published. Fix them first.',
  zipped: (files: number, kb: string) => `${files} files, ${kb} KB.`,
  failed: (message: string) => `Something went wrong: ${message}`,
};

export type StudioWords = typeof en;

const es: StudioWords = {
  title: 'Estudio de OGP embed',
  intro:
    'Abra sus planillas, la exportación de una plataforma o un feed: vea sus problemas, previsualice cada tarjeta, copie el código para insertar y descargue la carpeta para subir. Todo ocurre en este navegador; nada se envía a ninguna parte.',
  language: 'Idioma',
  openHeading: '1. Abra sus datos',
  openFiles: 'Abrir archivos',
  openFolder: 'Abrir una carpeta',
  accepted:
    'Un libro (.xlsx, .ods) o los archivos CSV de la plantilla (o una carpeta con ellos), la planilla de compromisos de OGP (.csv), una exportación de Decidim o Gobierto, o un feed.json.',
  dropHere: 'o suelte los archivos aquí',
  templateLine:
    '¿Aún no tiene planillas? Parta de la plantilla: un libro con una hoja por tabla, un ejemplo completo e instrucciones.',
  templateDownload: 'Descargar la plantilla (.xlsx)',
  templateFile: 'plantilla-ogp.xlsx',
  optionsLegend: 'Lo que los archivos pueden no decir',
  optionsIntro:
    'Se guarda en esta pestaña del navegador hasta que la cierre; nada se envía a ninguna parte. Al cambiar un dato se vuelven a leer los archivos abiertos.',
  dateOrder: 'Fechas como 03/04/2024',
  dateOrders: {
    ask: 'Ninguno: mostrarlas como problemas en su celda',
    dmy: 'Primero el día: 3 de abril de 2024',
    mdy: 'Primero el mes: 4 de marzo de 2024',
  },
  dateOrderHint:
    'Para las planillas de la plantilla («--date-order» en la línea de comandos). La planilla de OGP lo decide con las demás fechas de cada plan.',
  publisher: 'Publicador',
  publisherHint:
    'Su institución, para una exportación de Decidim o Gobierto o la planilla de OGP («--publisher»). Las planillas de la plantilla lo indican en feed.csv.',
  country: 'País',
  countryHint:
    'Un código de país (CHL) o el lugar del que trata el feed («--country»). En la planilla de OGP: deja solo las filas de ese país.',
  feedLanguage: 'Idioma del feed',
  feedLanguageHint: 'Una etiqueta de idioma como es o pt-BR («--feed-language»).',
  plan: 'Id del plan',
  planHint:
    'El id del plan para una exportación («--plan»). En la planilla de OGP: deja solo las filas de ese plan (AP_CHL05).',
  planTitle: 'Título del plan',
  planTitleHint: 'Para una exportación de Decidim o Gobierto («--title»).',
  opened: (names) => `Abiertos: ${names}`,
  stage: { reading: 'Leyendo', building: 'Armando el feed', checking: 'Revisando el feed', done: 'Listo' },
  progressLabel: 'Avance',
  readAs: {
    sheets: 'las planillas de la plantilla',
    feed: 'un feed (feed.json)',
    decidim: 'una exportación de Decidim',
    gobierto: 'una exportación de Gobierto',
    'ogp-sheet': 'la planilla de compromisos de OGP',
  },
  readAsLine: (kind) => `Leído como ${kind}.`,
  unknownFile: (name) =>
    `${name}: no es un archivo que el estudio lea (un libro o los CSV de la plantilla, la planilla de compromisos de OGP, un feed.json, una exportación de Decidim o Gobierto).`,
  problemsHeading: '2. Problemas',
  errors: (n) => (n === 1 ? '1 error' : `${n} errores`),
  warnings: (n) => (n === 1 ? '1 advertencia' : `${n} advertencias`),
  noErrors: 'Sin errores.',
  noWarnings: 'Sin advertencias.',
  file: 'Hoja',
  row: 'Fila',
  column: 'Columna',
  value: 'Valor',
  problem: 'Problema',
  more: (n) => `… y ${n} más.`,
  lostHeading: 'Lo que quedaría fuera',
  nothingLost: 'Nada queda fuera: entraron todas las filas.',
  noFeed: 'Con estos archivos no se puede armar un feed: corrija los errores de arriba y vuelva a abrirlos.',
  summary: (plans, commitments, forums) =>
    `El feed tiene ${count(plans, 'es', 'plan', 'planes')}, ${count(commitments, 'es', 'compromiso', 'compromisos')} y ${count(forums, 'es', 'foro', 'foros')}.`,
  previewHeading: '3. Vista previa y código para insertar',
  pick: 'Mostrar',
  plans: 'Planes',
  commitments: 'Compromisos',
  forums: 'Foros',
  filter: 'Buscar por id o título',
  noMatch: 'Nada coincide.',
  shown: (shown, total) => `Se muestran ${shown} de ${total}; escriba para encontrar otros.`,
  codeHeading: 'Código para insertar',
  feedUrl: 'Dirección donde estará feed.json',
  feedUrlHint: 'Donde suba la carpeta de abajo, seguida de feed.json.',
  scriptUrl: 'Dirección del script',
  variant: 'Variante',
  variants: { card: 'Tarjeta', compact: 'Compacta' },
  readerLanguage: 'Idioma de la tarjeta',
  pageLanguage: 'El idioma de la página',
  live: 'En vivo: buscar cambios cada minuto',
  htmlCode: 'HTML (cualquier sitio)',
  blockCode: 'Bloque de WordPress (con el plugin ogp-embed)',
  shortcode: 'Shortcode de WordPress',
  copy: 'Copiar',
  copied: 'Copiado.',
  copyFailed: 'No se pudo copiar: seleccione el texto y cópielo a mano.',
  downloadHeading: '4. La carpeta para subir',
  downloadIntro:
    'Un .zip con feed.json y su carpeta de fragmentos, los archivos que escribe «ogp-embed publish» salvo las instantáneas HTML de las tarjetas (para sitios que muestran una tarjeta sin JavaScript: las escribe «ogp-embed publish»). Descomprímalo y suba todo, con sus carpetas, a la dirección de arriba.',
  download: 'Descargar el .zip',
  confirmLoss: 'Sé lo que quedaría fuera y quiero la carpeta sin ello.',
  invalidFeed: 'El feed tiene errores: un feed con errores no se publica. Corríjalos primero.',
  zipped: (files, kb) => `${files} archivos, ${kb} KB.`,
  failed: (message) => `Algo salió mal: ${message}`,
};

const pt: StudioWords = {
  title: 'Estúdio do OGP embed',
  intro:
    'Abra as suas folhas de cálculo, a exportação de uma plataforma ou um feed: veja os problemas, pré-visualize cada cartão, copie o código de incorporação e descarregue a pasta para carregar. Tudo acontece neste navegador; nada é enviado para lado nenhum.',
  language: 'Idioma',
  openHeading: '1. Abra os seus dados',
  openFiles: 'Abrir ficheiros',
  openFolder: 'Abrir uma pasta',
  accepted:
    'Um livro (.xlsx, .ods) ou os ficheiros CSV do modelo (ou uma pasta com eles), a folha de compromissos da OGP (.csv), uma exportação do Decidim ou do Gobierto, ou um feed.json.',
  dropHere: 'ou largue os ficheiros aqui',
  templateLine:
    'Ainda não tem folhas de cálculo? Comece pelo modelo: um livro com uma folha por tabela, um exemplo completo e instruções.',
  templateDownload: 'Descarregar o modelo (.xlsx)',
  templateFile: 'modelo-ogp.xlsx',
  optionsLegend: 'O que os ficheiros podem não dizer',
  optionsIntro:
    'Fica guardado neste separador do navegador até o fechar; nada é enviado para lado nenhum. Ao mudar um dado, os ficheiros abertos são lidos de novo.',
  dateOrder: 'Datas como 03/04/2024',
  dateOrders: {
    ask: 'Nenhuma: mostrá-las como problemas na sua célula',
    dmy: 'Primeiro o dia: 3 de abril de 2024',
    mdy: 'Primeiro o mês: 4 de março de 2024',
  },
  dateOrderHint:
    'Para as folhas do modelo («--date-order» na linha de comandos). A folha da OGP decide pelas outras datas de cada plano.',
  publisher: 'Publicador',
  publisherHint:
    'A sua instituição, para uma exportação do Decidim ou do Gobierto ou a folha da OGP («--publisher»). As folhas do modelo indicam-no em feed.csv.',
  country: 'País',
  countryHint:
    'Um código de país (BRA) ou o lugar de que trata o feed («--country»). Na folha da OGP: fica só com as linhas desse país.',
  feedLanguage: 'Língua do feed',
  feedLanguageHint: 'Uma etiqueta de língua como pt ou pt-BR («--feed-language»).',
  plan: 'Id do plano',
  planHint:
    'O id do plano para uma exportação («--plan»). Na folha da OGP: fica só com as linhas desse plano (AP_BRA05).',
  planTitle: 'Título do plano',
  planTitleHint: 'Para uma exportação do Decidim ou do Gobierto («--title»).',
  opened: (names) => `Abertos: ${names}`,
  stage: { reading: 'A ler', building: 'A montar o feed', checking: 'A verificar o feed', done: 'Concluído' },
  progressLabel: 'Progresso',
  readAs: {
    sheets: 'as folhas do modelo',
    feed: 'um feed (feed.json)',
    decidim: 'uma exportação do Decidim',
    gobierto: 'uma exportação do Gobierto',
    'ogp-sheet': 'a folha de compromissos da OGP',
  },
  readAsLine: (kind) => `Lido como ${kind}.`,
  unknownFile: (name) =>
    `${name}: não é um ficheiro que o estúdio leia (um livro ou os CSV do modelo, a folha de compromissos da OGP, um feed.json, uma exportação do Decidim ou do Gobierto).`,
  problemsHeading: '2. Problemas',
  errors: (n) => (n === 1 ? '1 erro' : `${n} erros`),
  warnings: (n) => (n === 1 ? '1 aviso' : `${n} avisos`),
  noErrors: 'Sem erros.',
  noWarnings: 'Sem avisos.',
  file: 'Folha',
  row: 'Linha',
  column: 'Coluna',
  value: 'Valor',
  problem: 'Problema',
  more: (n) => `… e mais ${n}.`,
  lostHeading: 'O que ficaria de fora',
  nothingLost: 'Nada fica de fora: entraram todas as linhas.',
  noFeed: 'Não é possível montar um feed com estes ficheiros: corrija os erros acima e volte a abri-los.',
  summary: (plans, commitments, forums) =>
    `O feed tem ${count(plans, 'pt', 'plano', 'planos')}, ${count(commitments, 'pt', 'compromisso', 'compromissos')} e ${count(forums, 'pt', 'fórum', 'fóruns')}.`,
  previewHeading: '3. Pré-visualização e código de incorporação',
  pick: 'Mostrar',
  plans: 'Planos',
  commitments: 'Compromissos',
  forums: 'Fóruns',
  filter: 'Procurar por id ou título',
  noMatch: 'Nada corresponde.',
  shown: (shown, total) => `${shown} de ${total} mostrados; escreva para encontrar outros.`,
  codeHeading: 'Código de incorporação',
  feedUrl: 'Endereço onde ficará o feed.json',
  feedUrlHint: 'Onde carregar a pasta abaixo, seguido de feed.json.',
  scriptUrl: 'Endereço do script',
  variant: 'Variante',
  variants: { card: 'Cartão', compact: 'Compacta' },
  readerLanguage: 'Idioma do cartão',
  pageLanguage: 'O idioma da página',
  live: 'Em direto: procurar alterações a cada minuto',
  htmlCode: 'HTML (qualquer site)',
  blockCode: 'Bloco do WordPress (com o plugin ogp-embed)',
  shortcode: 'Shortcode do WordPress',
  copy: 'Copiar',
  copied: 'Copiado.',
  copyFailed: 'Não foi possível copiar: selecione o texto e copie-o à mão.',
  downloadHeading: '4. A pasta para carregar',
  downloadIntro:
    'Um .zip com o feed.json e a sua pasta de fragmentos, os ficheiros que o «ogp-embed publish» escreve exceto os instantâneos HTML dos cartões (para sites que mostram um cartão sem JavaScript: escreve-os o «ogp-embed publish»). Descompacte-o e carregue tudo, com as pastas, para o endereço acima.',
  download: 'Descarregar o .zip',
  confirmLoss: 'Sei o que ficaria de fora e quero a pasta sem isso.',
  invalidFeed: 'O feed tem erros: um feed com erros não é publicado. Corrija-os primeiro.',
  zipped: (files, kb) => `${files} ficheiros, ${kb} KB.`,
  failed: (message) => `Algo correu mal: ${message}`,
};

const fr: StudioWords = {
  title: 'Studio OGP embed',
  intro:
    'Ouvrez vos feuilles de calcul, l’export d’une plateforme ou un flux\u00a0: voyez ses problèmes, prévisualisez chaque carte, copiez le code d’intégration et téléchargez le dossier à mettre en ligne. Tout se passe dans ce navigateur\u00a0; rien n’est envoyé nulle part.',
  language: 'Langue',
  openHeading: '1. Ouvrez vos données',
  openFiles: 'Ouvrir des fichiers',
  openFolder: 'Ouvrir un dossier',
  accepted:
    'Un classeur (.xlsx, .ods) ou les fichiers CSV du modèle (ou un dossier qui les contient), la feuille des engagements de l’OGP (.csv), un export Decidim ou Gobierto, ou un feed.json.',
  dropHere: 'ou déposez les fichiers ici',
  templateLine:
    'Pas encore de tableur\u00a0? Partez du modèle\u00a0: un classeur avec une feuille par table, un exemple complet et des instructions.',
  templateDownload: 'Télécharger le modèle (.xlsx)',
  templateFile: 'modele-ogp.xlsx',
  optionsLegend: 'Ce que les fichiers peuvent ne pas dire',
  optionsIntro:
    'Gardé dans cet onglet du navigateur jusqu’à sa fermeture\u00a0; rien n’est envoyé nulle part. Modifier un champ relit les fichiers ouverts.',
  dateOrder: 'Dates comme 03/04/2024',
  dateOrders: {
    ask: 'Aucun\u00a0: les signaler comme problèmes dans leur cellule',
    dmy: 'Le jour d’abord\u00a0: 3 avril 2024',
    mdy: 'Le mois d’abord\u00a0: 4 mars 2024',
  },
  dateOrderHint:
    'Pour les feuilles du modèle («\u00a0--date-order\u00a0» en ligne de commande). La feuille de l’OGP se règle sur les autres dates de chaque plan.',
  publisher: 'Éditeur',
  publisherHint:
    'Votre institution, pour un export Decidim ou Gobierto ou la feuille de l’OGP («\u00a0--publisher\u00a0»). Les feuilles du modèle l’indiquent dans feed.csv.',
  country: 'Pays',
  countryHint:
    'Un code de pays (FRA) ou le lieu dont parle le flux («\u00a0--country\u00a0»). Pour la feuille de l’OGP\u00a0: ne garde que les lignes de ce pays.',
  feedLanguage: 'Langue du flux',
  feedLanguageHint: 'Une étiquette de langue comme fr ou fr-CA («\u00a0--feed-language\u00a0»).',
  plan: 'Identifiant du plan',
  planHint:
    'L’identifiant du plan pour un export («\u00a0--plan\u00a0»). Pour la feuille de l’OGP\u00a0: ne garde que les lignes de ce plan (AP_FRA03).',
  planTitle: 'Titre du plan',
  planTitleHint: 'Pour un export Decidim ou Gobierto («\u00a0--title\u00a0»).',
  opened: (names) => `Ouverts\u00a0: ${names}`,
  stage: { reading: 'Lecture', building: 'Construction du flux', checking: 'Vérification du flux', done: 'Terminé' },
  progressLabel: 'Progression',
  readAs: {
    sheets: 'les feuilles du modèle',
    feed: 'un flux (feed.json)',
    decidim: 'un export Decidim',
    gobierto: 'un export Gobierto',
    'ogp-sheet': 'la feuille des engagements de l’OGP',
  },
  readAsLine: (kind) => `Lu comme ${kind}.`,
  unknownFile: (name) =>
    `${name}\u00a0: ce n’est pas un fichier que le studio lit (un classeur ou les CSV du modèle, la feuille des engagements de l’OGP, un feed.json, un export Decidim ou Gobierto).`,
  problemsHeading: '2. Problèmes',
  errors: (n) => (n <= 1 ? `${n} erreur` : `${n} erreurs`),
  warnings: (n) => (n <= 1 ? `${n} avertissement` : `${n} avertissements`),
  noErrors: 'Aucune erreur.',
  noWarnings: 'Aucun avertissement.',
  file: 'Feuille',
  row: 'Ligne',
  column: 'Colonne',
  value: 'Valeur',
  problem: 'Problème',
  more: (n) => `… et ${n} de plus.`,
  lostHeading: 'Ce qui serait laissé de côté',
  nothingLost: 'Rien n’est laissé de côté\u00a0: toutes les lignes sont entrées.',
  noFeed:
    'Aucun flux ne peut être construit à partir de ces fichiers\u00a0: corrigez les erreurs ci-dessus, puis ouvrez-les à nouveau.',
  summary: (plans, commitments, forums) =>
    `Le flux contient ${count(plans, 'fr', 'plan', 'plans')}, ${count(commitments, 'fr', 'engagement', 'engagements')} et ${count(forums, 'fr', 'forum', 'forums')}.`,
  previewHeading: '3. Aperçu et code d’intégration',
  pick: 'Afficher',
  plans: 'Plans',
  commitments: 'Engagements',
  forums: 'Forums',
  filter: 'Chercher par id ou titre',
  noMatch: 'Aucun résultat.',
  shown: (shown, total) => `${shown} sur ${total} affichés\u00a0; tapez pour trouver les autres.`,
  codeHeading: 'Code d’intégration',
  feedUrl: 'Adresse où sera feed.json',
  feedUrlHint: 'Là où vous mettez en ligne le dossier ci-dessous, suivi de feed.json.',
  scriptUrl: 'Adresse du script',
  variant: 'Variante',
  variants: { card: 'Carte', compact: 'Compacte' },
  readerLanguage: 'Langue de la carte',
  pageLanguage: 'La langue de la page',
  live: 'En direct\u00a0: vérifier les changements chaque minute',
  htmlCode: 'HTML (tout site)',
  blockCode: 'Bloc WordPress (avec l’extension ogp-embed)',
  shortcode: 'Code court WordPress',
  copy: 'Copier',
  copied: 'Copié.',
  copyFailed: 'Copie impossible\u00a0: sélectionnez le texte et copiez-le à la main.',
  downloadHeading: '4. Le dossier à mettre en ligne',
  downloadIntro:
    'Un .zip avec feed.json et son dossier de tranches, les fichiers qu’écrit «\u00a0ogp-embed publish\u00a0» sauf les instantanés HTML des cartes (pour les sites qui affichent une carte sans JavaScript\u00a0: «\u00a0ogp-embed publish\u00a0» les écrit). Décompressez-le et mettez tout en ligne, dossiers compris, à l’adresse ci-dessus.',
  download: 'Télécharger le .zip',
  confirmLoss: 'Je sais ce qui serait laissé de côté et je veux le dossier sans cela.',
  invalidFeed: 'Le flux a des erreurs\u00a0: un flux avec des erreurs n’est pas publié. Corrigez-les d’abord.',
  zipped: (files, kb) => `${files} fichiers, ${kb} Ko.`,
  failed: (message) => `Une erreur est survenue\u00a0: ${message}`,
};

export const WORDS: Readonly<Record<StudioLanguage, StudioWords>> = { en, es, pt, fr };

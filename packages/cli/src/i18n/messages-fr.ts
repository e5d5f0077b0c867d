/**
 * Every sentence the CLI says, in French: formal, as a public administration writes. Typed
 * against English's catalogue (messages.ts). A no-break space before a colon, as French wants.
 */
import type { RowIssue } from '../ogp-sheet/row-issues.js';
import type { Messages } from './messages.js';
import type { FolderProblemCode } from '../publish/check-folder.js';
import { noun } from './nouns.js';
import { SYSTEM_ALIAS } from './system-alias.js';

const n = (value: number) => value.toLocaleString('fr');
const listed = (names: readonly string[]) => {
  const shown = names.slice(0, 8);
  if (names.length > shown.length) shown.push(`${n(names.length - 8)} autre(s)`);
  return new Intl.ListFormat('fr', { type: 'conjunction' }).format(shown);
};
const kb = (bytes: number) => `${(bytes / 1000).toLocaleString('fr', { maximumFractionDigits: 1 })} KB`;

const SYSTEM_REASON: Record<string, string> = {
  ENOENT: 'ce fichier ou ce dossier n’existe pas',
  EISDIR: 'c’est un dossier, alors qu’un fichier était attendu',
  ENOTDIR: 'une partie du chemin est un fichier, alors qu’un dossier était attendu',
  EACCES: 'permission refusée (vérifiez qui peut le lire ou l’écrire)',
  EEXIST: 'un élément de ce nom existe déjà',
  ENOTEMPTY: 'le dossier n’est pas vide',
  ENOSPC: 'le disque est plein',
  EROFS: 'le disque est en lecture seule',
  EMFILE: 'trop de fichiers sont ouverts\u00a0; fermez quelques programmes et réessayez',
  ENAMETOOLONG: 'le nom est trop long',
  ELOOP: 'le chemin tourne en boucle par des liens symboliques',
  EBUSY: 'un autre programme l’utilise',
  EXDEV: 'il se trouve sur un autre disque',
  EADDRINUSE: 'un autre programme utilise déjà ce port (choisissez-en un autre avec --port)',
  EADDRNOTAVAIL: 'cette machine n’a pas cette adresse réseau',
  ECONNREFUSED: 'le serveur a refusé la connexion (l’adresse est-elle correcte\u00a0?)',
  ECONNRESET: 'la connexion a été coupée avant la fin de la réponse',
  ENOTFOUND: 'aucun serveur de ce nom n’a été trouvé (vérifiez l’adresse et le réseau)',
  ETIMEDOUT: 'le serveur n’a pas répondu à temps',
  ENETUNREACH: 'le réseau est inaccessible',
  CERT: 'le certificat de sécurité du serveur n’est pas valide',
};

const ROW_ISSUE: Record<RowIssue['code'], (issue: RowIssue) => string> = {
  'bad-record': () =>
    'un guillemet (") ouvre cette cellule et n’est jamais fermé\u00a0; ligne ignorée (fermez le guillemet ou supprimez-le)',
  'missing-id': () => 'aucun identifiant d’engagement\u00a0; ligne ignorée',
  'invalid-id': (i) =>
    `« ${i.value} » n’est pas un identifiant valide (lettres, chiffres, _ . : -)\u00a0; ligne ignorée`,
  'duplicate-id': (i) => `l’identifiant « ${i.value} » est déjà utilisé par une ligne précédente\u00a0; ligne ignorée`,
  'missing-title': () => 'aucun titre\u00a0; ligne ignorée',
  'missing-plan': (i) =>
    `aucun identifiant de plan d’action ni code de pays${i.value ? ` (« ${i.value} »)` : ''}\u00a0; ligne ignorée`,
  'invalid-plan-number': (i) => `« ${i.value ?? ''} » n’est pas un numéro de plan d’action\u00a0; ligne ignorée`,
  'invalid-plan-years': (i) => `« ${i.value ?? ''} » n’est pas une année de la période du plan\u00a0; ligne ignorée`,
  'invalid-commitment': (i) => `l’engagement n’est pas conforme au schéma du flux (${i.detail})\u00a0; ligne ignorée`,
  'unreadable-date': (i) => `« ${i.value} » n’est pas une date\u00a0; laissée inconnue`,
  'unknown-rating': (i) => `« ${i.value} » n’est pas une note que cet importateur connaît\u00a0; laissée inconnue`,
  'unsafe-url': (i) => `« ${i.value} » n’est pas un lien http(s)\u00a0; laissé de côté`,
  'plan-mismatch': (i) =>
    `le plan ${i.value} a un autre numéro, pays ou période dans une ligne précédente\u00a0; ceux de cette ligne sont conservés`,
};

const USAGE = `ogp-embed : publie l’état des engagements du Partenariat pour un gouvernement ouvert (PGO) sous forme de flux.

Utilisation :
  ogp-embed validate <feed.json | URL | ->      vérifie un flux ; chaque problème avec son chemin JSON
  ogp-embed import ogp-sheet <fichier.csv | -> tableau des engagements du PGO → flux
        [--country CHL] [--plan AP_CHL05] [--feed-language en]
  ogp-embed import csv <dossier | classeur.xlsx> fichiers CSV ou classeur du modèle de tableur → flux
        [--date-order dmy|mdy]                 comment lire 03/04/2024 : jour ou mois d’abord
  ogp-embed import decidim <fichier | ->       résultats de Decidim Accountability (CSV, JSON, CSV de 2017) → flux
  ogp-embed import gobierto <fichier | ->      un CSV de Gobierto Plans → flux
        [--publisher "Ville de X"] [--country X] [--plan id] [--title "Plan"] [--feed-language es]
  ogp-embed template [dossier] [--force]       écrit le modèle de tableur (par défaut ./ogp-template) ;
                                               un dossier qui n’est pas vide exige --force ;
                                               classeur.xlsx : la même chose en un seul classeur
  ogp-embed export csv <feed.json> -o <dossier> un flux → fichiers CSV simples pour les portails de données ouvertes
  ogp-embed schema                             affiche le JSON Schema du flux
  ogp-embed preview <feed.json> [--port 8040] [--plan AP_CHL05]
                                               sert une page avec les éléments sur tout le flux, en direct :
                                               chaque plan (un sélecteur ; --plan en ouvre un), chaque forum
  ogp-embed publish <feed.json> -o <dossier>   le flux et un petit fichier par engagement, plan
                                               et forum, à téléverser sur tout serveur statique
        [--allow-shrink]                       même si des engagements du flux déjà présent disparaissent
  ogp-embed validate <dossier>                 vérifie un dossier publié : chaque partie concorde avec feed.json
  ogp-embed snippet <feed.json | dossier> --commitment <id> | --plan <id> | --forum <id> | --timeline <id>
        [--lang fr] [--src <URL du flux>] [--script <URL de ogp-embed.js>] [--variant card] [--live] [--no-slices]
                                               le HTML à coller : le script et l’élément avec son
                                               instantané (lisible avant tout script, et sans)
        [--inline-styles]                      styles dans la page, non liés : sans attendre de feuille de style

Options :
  -o, --output <chemin> écrit ici plutôt que sur la sortie standard (de façon atomique)
  --json                rapport lisible par machine (validate, import)
  --quiet               seulement les erreurs sur la sortie d’erreur
  --lang <en|es|pt|fr>  langue des messages (par défaut : LC_ALL / LANG)
  -h, --help            cette aide

Code de sortie : 0 valide, 1 non valide (problèmes trouvés), 2 lecture ou écriture impossible, ou commande mal écrite.`;

export const fr: Messages = {
  usage: () => USAGE,
  unknownCommand: (command) => `commande inconnue « ${command} ». Exécutez « ogp-embed --help ».`,
  badOptions: (detail) => `${detail}. Exécutez « ogp-embed --help ».`,
  badValue: (option, value) =>
    `« ${value} » n’est pas une valeur valide pour ${option}. Exécutez « ogp-embed --help ».`,
  missingArgument: (what) => `${what} manquant. Exécutez « ogp-embed --help ».`,
  renamedOption: (old, name) => `${old} s’appelle désormais ${name} ; l’ancien nom fonctionne encore.`,
  couldNotRead: (source, reason) => `impossible de lire ${source}\u00a0: ${reason}`,
  couldNotWrite: (target, reason) => `impossible d’écrire ${target}\u00a0: ${reason}`,
  httpStatus: (status) => `le serveur a répondu HTTP ${status}`,
  systemReason: (code) => SYSTEM_REASON[code] ?? SYSTEM_REASON[SYSTEM_ALIAS[code] ?? ''],

  valid: (source, plans, commitments) =>
    `✓ ${source} est un flux valide\u00a0: ${n(plans)} plan(s), ${n(commitments)} engagement(s).`,
  invalid: (source, errors, warnings) => `✗ ${source}\u00a0: ${n(errors)} erreur(s), ${n(warnings)} avertissement(s).`,
  warningsOnly: (warnings) => `${n(warnings)} avertissement(s), aucune erreur.`,
  severity: (severity) => (severity === 'error' ? 'erreur' : 'avertissement'),
  dropped: (path) => `(les lecteurs tolérants laissent de côté ${path})`,

  notOgpSheet: (missing) =>
    `ce n’est pas le tableau des engagements du PGO\u00a0: il n’a pas de colonne ${missing.map((m) => `« ${m} »`).join(', ')}.`,
  noCountryMatch: (country, available) =>
    `--country "${country}" ne correspond à aucune ligne de la feuille\u00a0; rien n’a été écrit. La feuille contient\u00a0: ${available.join('\u00a0; ')}.`,
  noPlanMatch: (plan, country, available) =>
    `--plan "${plan}" ne correspond à aucune ligne${country ? ` de ${country}` : ''}\u00a0; rien n’a été écrit. Plans${country ? ` de ${country}` : ''} dans la feuille\u00a0: ${available.join(', ')}.`,
  where: (row, column) => (column ? `ligne ${row}, colonne « ${column} »` : `ligne ${row}`),
  rowIssue: (issue) => ROW_ISSUE[issue.code](issue),
  imported: (commitments, plans, institutions, target) =>
    `✓ ${n(commitments)} engagement(s) dans ${n(plans)} plan(s), ${n(institutions)} institution(s) → ${target}`,
  importedPartial: (commitments, plans, institutions, target) =>
    `✗ tout n’a pas été importé\u00a0: ${n(commitments)} engagement(s) dans ${n(plans)} plan(s), ${n(institutions)} institution(s) → ${target}\u00a0; ce qui a été laissé de côté est indiqué ci-dessus.`,
  droppedRow: (file, row, id, children) =>
    `${id ? `${id} (${file}, ligne ${row})` : `${file}, ligne ${row}`} laissé de côté${children.length ? `, et avec lui ${children.map(([kind, count]) => noun('fr', kind, count)).join(', ')}` : ''}`,
  leftOutTotals: (rows, cells, columns, files) =>
    `Laissé de côté\u00a0: ${[files && `${n(files)} fichier(s) ou feuille(s)`, rows && `${n(rows)} ligne(s)`, cells && `${n(cells)} cellule(s)`, columns && `${n(columns)} colonne(s)`].filter(Boolean).join(', ')}.`,
  skippedRows: (skipped, warnings) => `${n(skipped)} ligne(s) ignorée(s), ${n(warnings)} avertissement(s).`,
  moreIssues: (more) => `… et ${n(more)} de plus (utilisez --json pour tout voir).`,
  progress: (rows, percent) =>
    `importation\u00a0: ${n(rows)} lignes${percent === undefined ? '' : ` (${percent}\u00a0%)`}`,
  stdout: () => 'la sortie standard',
  stdin: () => 'l’entrée standard',
  notUtf8Feed: (source, reason) =>
    `${source}\u00a0: ${reason}. Enregistrez-le en UTF-8 (dans un éditeur de texte\u00a0: Enregistrer sous, codage «\u00a0UTF-8\u00a0»).`,

  sheetIssue: (file, row, column, text) =>
    `${file}${row === undefined ? '' : `, ligne ${row}`}${column ? `, colonne « ${column} »` : ''}\u00a0: ${text}`,
  notAFolder: () =>
    'ce n’est ni un dossier ni un classeur (.xlsx, .ods)\u00a0; indiquez le dossier qui contient les fichiers CSV, ou le classeur',
  tableNotRead: () => 'une table n’a pas été lue (voir ci-dessus)\u00a0; rien n’a été écrit.',
  stillTheExample: () =>
    'les feuilles contiennent encore l’exemple du modèle (voir ci-dessus)\u00a0; rien n’a été écrit.',
  notPublishable: () => 'les tableaux ne forment pas un flux valide\u00a0; rien n’a été écrit.',
  notPlatformFormat: (source, expected) => `${source} n’est pas ${expected}.`,
  nothingImported: (source) => `aucun engagement de ${source} n’a pu être importé\u00a0; rien n’a été écrit.`,
  exported: (files, folder) => `✓ ${n(files)} fichiers CSV → ${folder}`,
  templateNotEmpty: (folder, entries) =>
    `${folder} n’est pas vide (${n(entries)} fichier(s) ou dossier(s))\u00a0: le modèle écraserait des feuilles que vous avez peut-être remplies. Choisissez un nouveau dossier, ou ajoutez --force pour écraser.`,
  templateFileExists: (file) =>
    `${file} existe déjà\u00a0: c’est peut-être un classeur que vous avez rempli. Choisissez un autre nom, ou ajoutez --force pour l’écraser.`,
  template: (folder) =>
    `✓ modèle → ${folder}. Remplissez-le (en gardant la ligne d’en-têtes), puis exécutez\u00a0: ogp-embed import csv ${folder} -o feed.json`,

  previewListening: (url) => `Aperçu sur ${url} (Ctrl+C pour arrêter).`,
  previewNoBundle: (path) =>
    `Le paquet des éléments est introuvable (${path})\u00a0; la page n’affiche que le résumé du flux. Exécutez « npm run build » pour voir les éléments.`,
  previewFeed: (errors, warnings) =>
    errors
      ? `le flux a changé\u00a0: ${n(errors)} erreur(s), ${n(warnings)} avertissement(s)`
      : `le flux a changé\u00a0: valide (${n(warnings)} avertissement(s))`,
  noPlanInFeed: (plan, source, plans) =>
    `--plan «\u00a0${plan}\u00a0» n’est pas un plan de ${source}\u00a0; ses plans\u00a0: ${plans.join(', ') || 'aucun'}.`,
  readAs1252: (file) =>
    `remarque\u00a0: ${file} est lu comme Windows-1252 (le «\u00a0CSV\u00a0» simple d’Excel)\u00a0; la prochaine fois, enregistrez-le en «\u00a0CSV UTF-8\u00a0».`,
  previewStopped: () => 'Aperçu arrêté.',

  publishNotEmpty: (folder, entries) =>
    `${folder} contient des fichiers qui ne sont ni un flux publié ni ceux du serveur lui-même (.htaccess, index.html, CNAME, web.config…)\u00a0: ${listed(entries)}\u00a0; choisissez un dossier nouveau ou vide, ou sortez-les-en (rien n’a été écrit).`,
  publishShrinks: (folder, lost, before, sample) =>
    `✗ ${n(lost)} des ${n(before)} engagements publiés dans ${folder} disparaîtraient (${sample.join(', ')}${lost > sample.length ? ', …' : ''})\u00a0; rien n’a été écrit. Si c’est voulu, publiez à nouveau avec --allow-shrink.`,
  publishShrank: (lost, before) =>
    `${n(lost)} des ${n(before)} engagements publiés auparavant ne sont plus dans le flux (--allow-shrink).`,
  publishedChanges: (written, unchanged, removed) =>
    `${n(written)} fichier(s) écrit(s), ${n(unchanged)} inchangé(s) (leur date est gardée), ${n(removed)} supprimé(s)\u00a0: «\u00a0rsync -a --delete\u00a0» ou «\u00a0aws s3 sync --delete\u00a0» ne téléversent que ce qui a changé (docs/publishing.md).`,
  publishInvalid: () => 'le flux contient des erreurs ; rien n’a été publié. Corrigez-les, puis publiez à nouveau.',
  hostAdvice: (header, text) => `serveur, ${header}\u00a0: ${text}`,
  hostValid: (url) => `✓ ${url}\u00a0: servi comme les autres sites en ont besoin (CORS, type, compression).`,
  hostInvalid: (url, errors) =>
    `✗ ${url}\u00a0: ${n(errors)} en-tête(s) empêchent les autres sites de l’utiliser (voir ci-dessus).`,
  hostWarnings: (warnings) => `${n(warnings)} point(s) à améliorer sur le serveur (voir ci-dessus).`,
  published: (folder, commitments, plans, forums, whole, largest) =>
    `✓ ${folder} : feed.json (${kb(whole)}) et feed.parts/ avec ${n(commitments)} engagement(s), ${n(plans)} plan(s), ${n(forums)} forum(s) (le plus gros engagement : ${kb(largest)}).`,
  folderProblem: (code, path, part) => `${FOLDER_PROBLEM[code]} : ${path}${part ? ` (${part})` : ''}`,
  folderValid: (folder, checked) => `✓ ${folder} : les ${n(checked)} parties publiées concordent avec feed.json.`,
  snippetWhich: () =>
    'indiquez ce que montre l’extrait : l’un de --commitment <id>, --plan <id>, --forum <id>, --timeline <id>. Exécutez « ogp-embed --help ».',
  snippetNotFound: (kind, id, source, close) =>
    `aucun ${{ commitment: 'engagement', plan: 'plan', forum: 'forum', timeline: 'engagement ni plan' }[kind]} « ${id} » dans ${source}${close.length ? ` ; vouliez-vous dire ${close.join(', ')} ?` : '.'}`,
  snippetUnreadable: (source, problem) =>
    `${source} ne peut pas être lu comme un flux : ${problem} Exécutez « ogp-embed validate ${source} ».`,
  snippetNoSlices: (source) =>
    `aucune partie publiée à côté de ${source} : l’élément lit le flux entier et n’en cherche aucune (slices="none", pas de lignes 404 dans la console). Donnez le dossier écrit par « ogp-embed publish » pour des parties plus rapides.`,
  snippetSrc: (src) =>
    `sans --src : l’élément lit ses données en direct depuis « ${src} », relatif à la page. Donnez avec --src l’adresse du flux telle que les lecteurs l’atteignent.`,
  snippetInlineStyles: (hashes) =>
    `styles écrits dans la page : la carte s’affiche sans attendre de feuille de style. Une page avec une Content-Security-Policy les autorise avec : style-src ${hashes.join(' ')}`,
  folderInvalid: (folder, errors) =>
    `✗ ${folder} : ${n(errors)} partie(s) publiée(s) manquante(s), périmée(s) ou contredisant feed.json. Relancez « ogp-embed publish ».`,
};

const FOLDER_PROBLEM: Record<FolderProblemCode, string> = {
  missing: 'erreur : manquante',
  unreadable: 'erreur : pas du JSON',
  stale: 'erreur : périmée, d’une autre version de feed.json',
  contradicts: 'erreur : contredit feed.json',
  extra: 'avertissement : ne fait pas partie de ce flux',
  'no-parts': 'erreur : aucune partie publiée (lancez « ogp-embed publish »)',
};

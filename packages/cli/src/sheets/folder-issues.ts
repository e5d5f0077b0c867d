/**
 * Problems of a publisher's folder as a whole, shared by the CLI's folder reader and the studio's:
 * a spreadsheet that is not read, a table given by two files.
 */
import type { TableIssue } from '../io/read-table.js';
import { SHEETS } from './spec.js';

const TABLE_NAMES = [...SHEETS.map((sheet) => sheet.name), 'feed'].join(', ');

export function unreadFileIssue(file: string, reason: 'format' | 'name'): TableIssue {
  return {
    severity: 'warning',
    file,
    leftOut: 'file',
    text:
      reason === 'format'
        ? {
            en: 'a Numbers file cannot be read; export it as Excel (.xlsx) or CSV',
            es: 'un archivo de Numbers no se puede leer; expórtelo como Excel (.xlsx) o CSV',
            pt: 'um ficheiro do Numbers não se pode ler; exporte-o como Excel (.xlsx) ou CSV',
            fr: 'un fichier Numbers ne peut pas être lu\u00a0; exportez-le en Excel (.xlsx) ou en CSV',
          }
        : {
            en: `this spreadsheet is not read: its name is none of the template's tables (${TABLE_NAMES}); rename it if it holds data to publish`,
            es: `esta hoja de cálculo no se lee: su nombre no es ninguna de las tablas de la plantilla (${TABLE_NAMES}); cámbiele el nombre si contiene datos para publicar`,
            pt: `esta folha de cálculo não é lida: o nome não é nenhuma das tabelas do modelo (${TABLE_NAMES}); mude-lhe o nome se contém dados a publicar`,
            fr: `ce tableur n’est pas lu\u00a0: son nom n’est aucune des tables du modèle (${TABLE_NAMES})\u00a0; renommez-le s’il contient des données à publier`,
          },
  };
}

export function conflictIssue(table: string, files: readonly string[]): TableIssue {
  const name = table.replace(/\.csv$/, '');
  const list = files.join(', ');
  return {
    severity: 'error',
    file: list,
    leftOut: 'file',
    text: {
      en: `${files.length} files hold the ${name} table; none is read: keep only the one you edited (move the others out of the folder)`,
      es: `${files.length} archivos contienen la tabla ${name}; no se lee ninguno: deje solo el que editó (saque los demás de la carpeta)`,
      pt: `${files.length} ficheiros contêm a tabela ${name}; nenhum é lido: deixe só o que editou (retire os outros da pasta)`,
      fr: `${files.length} fichiers contiennent la table ${name}\u00a0; aucun n’est lu\u00a0: ne gardez que celui que vous avez modifié (sortez les autres du dossier)`,
    },
  };
}

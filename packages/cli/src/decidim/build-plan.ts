/**
 * Decidim results into one plan: each root result a commitment, its child results milestones.
 * Results deeper down are kept as milestones of the same commitment, listed right after the
 * milestone they belong under and naming it in `partOf`, so no title or date is lost.
 *
 * Progress is Decidim's own figure where the file gives it. Where a result with children has
 * none, it is worked out as Decidim does (`Result#update_progress!`): weighted when the children
 * carry weights (each child's progress times its weight, summed), else the children's average;
 * a result with no figure and no children has none. The status comes from its key and names;
 * when they name no status this importer knows, from the figure, which is reported once.
 */
import type { CommitmentStatus } from '@ogp-embed/sdk';
import type { Origin } from '../sheets/build-feed.js';
import {
  DUPLICATE_ID,
  feedId,
  NO_TITLE,
  NOT_A_DATE,
  NOT_A_PERCENT,
  readPercent,
  UNKNOWN_STATUS,
} from '../platforms/imported-plan.js';
import type { Entity, ImportedPlan, IssueLog, Said } from '../platforms/imported-plan.js';
import { readPlatformDate } from '../platforms/platform-dates.js';
import { toPlainText } from '../platforms/plain-text.js';
import { statusOfNames, statusOfPercent } from '../platforms/status-words.js';
import { readDecidimResults } from './read-results.js';
import type { ResultRow } from './read-results.js';

const DATE_ORDER: Said = {
  en: 'as 2020-05-14 or 20/05/2017 (day first)',
  es: 'como 2020-05-14 o 20/05/2017 (día primero)',
  pt: 'como 2020-05-14 ou 20/05/2017 (dia primeiro)',
  fr: 'comme 2020-05-14 ou 20/05/2017 (jour d’abord)',
};

interface Node {
  result: ResultRow;
  id: string;
  children: Node[];
  parent?: Node;
}

function plainMap(map: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [locale, text] of Object.entries(map)) {
    const plain = toPlainText(text);
    if (plain) out[locale] = plain;
  }
  return out;
}

class ResultReader {
  readonly days: string[] = [];
  private readonly statusReported = new Set<string>();

  constructor(
    private readonly log: IssueLog,
    private readonly today: string,
  ) {}

  date(result: ResultRow, which: 'start' | 'end'): string | undefined {
    const raw = result[which];
    if (!raw) return undefined;
    const day = readPlatformDate(raw, 'iso-or-day-first');
    if (!day) this.log.add('warning', result.row, result.columns[which], NOT_A_DATE(raw, DATE_ORDER));
    else this.days.push(day);
    return day;
  }

  /** Decidim's figure as given; out of 0–100 or not a number is reported and left unknown. */
  givenProgress(result: ResultRow): number | undefined {
    if (!result.progress) return undefined;
    const value = readPercent(result.progress);
    if (value === undefined || value < 0 || value > 100) {
      this.log.addOnce(
        `progress:${result.row}`,
        'warning',
        result.row,
        result.columns.progress,
        NOT_A_PERCENT(result.progress),
      );
      return undefined;
    }
    return value;
  }

  weight(result: ResultRow): number | undefined {
    if (!result.weight) return undefined;
    const value = readPercent(result.weight);
    if (value === undefined || value < 0) {
      this.log.addOnce(`weight:${result.row}`, 'warning', result.row, result.columns.weight, {
        en: `expected a weight (a number, 0.25 for a quarter), found "${result.weight}"; left out`,
        es: `se esperaba un peso (un número, 0.25 para un cuarto), se encontró "${result.weight}"; se deja fuera`,
        pt: `esperava-se um peso (um número, 0.25 para um quarto), encontrou-se "${result.weight}"; deixado de fora`,
        fr: `poids attendu (un nombre, 0.25 pour un quart), trouvé « ${result.weight} » ; écarté`,
      });
      return undefined;
    }
    return value;
  }

  /** As `Result#update_progress!`: weighted when weights are given, else the average. */
  progress(node: Node): number | undefined {
    const given = this.givenProgress(node.result);
    if (given !== undefined || node.children.length === 0) return given;
    const children = node.children.map((child) => ({
      progress: this.progress(child),
      weight: this.weight(child.result),
    }));
    const weights = children.map((c) => c.weight);
    const weighted = !weights.every((w) => w === undefined) && (children.length === 1 || !weights.some((w) => w === 1));
    if (weighted) {
      if (children.every((c) => c.progress === undefined)) return undefined;
      const sum = children.reduce((total, c) => total + (c.progress ?? 0) * (c.weight ?? 1), 0);
      return sum >= 0 && sum <= 100 ? Math.round(sum * 100) / 100 : undefined;
    }
    const known = children.map((c) => c.progress).filter((p): p is number => p !== undefined);
    if (known.length === 0) return undefined;
    return Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 100) / 100;
  }

  status(result: ResultRow, percent: number | undefined): CommitmentStatus | undefined {
    if (result.statusId && result.statusNames.length === 0) {
      this.log.addOnce('status-id', 'warning', result.row, result.columns.status, {
        en: 'a status given by its number names no status by itself: the status is read from the progress where one is given (0 % not started, 100 % completed, else in progress)',
        es: 'un estado dado por su número no nombra ningún estado por sí mismo: el estado se lee del avance si lo hay (0 % sin iniciar, 100 % completado, si no en curso)',
        pt: 'um estado dado pelo seu número não nomeia nenhum estado por si só: o estado lê-se do progresso quando existe (0 % não iniciado, 100 % concluído, senão em curso)',
        fr: 'un statut donné par son numéro ne nomme aucun statut à lui seul : le statut est lu dans l’avancement s’il est donné (0 % non commencé, 100 % terminé, sinon en cours)',
      });
      return percent === undefined ? undefined : statusOfPercent(percent);
    }
    const reading = statusOfNames(result.statusNames);
    if (reading.kind === 'known') return reading.status;
    if (reading.kind === 'unknown' && !this.statusReported.has(reading.shown)) {
      this.statusReported.add(reading.shown);
      this.log.add('warning', result.row, result.columns.status, UNKNOWN_STATUS(reading.shown, reading.conflict));
    }
    return percent === undefined ? undefined : statusOfPercent(percent);
  }

  asOf(result: ResultRow): string {
    return (result.updatedAt && readPlatformDate(result.updatedAt, 'iso-or-day-first')) || this.today;
  }
}

function linkOf(raw: string | undefined): string | undefined {
  return raw && /^https?:\/\/[^\s]+$/i.test(raw) ? raw : undefined;
}

/** Builds the tree; rows with no title, a repeated id or a parent not in the file are left out. */
function buildTree(results: ResultRow[], log: IssueLog): Node[] {
  const byId = new Map<string, Node>();
  const byExternal = new Map<string, Node>();
  const nodes: Node[] = [];
  /** Ids of rows left out: a child of one is left out too, and told why. */
  const leftOut = new Set<string>();
  for (const result of results) {
    const id = feedId(result.id ?? '') ?? `row-${result.row}`;
    if (Object.values(result.title).every((t) => toPlainText(t) === '')) {
      log.add('error', result.row, result.columns.title, NO_TITLE);
      if (!byId.has(id)) leftOut.add(id);
      continue;
    }
    if (byId.has(id)) {
      log.add('error', result.row, result.columns.id, DUPLICATE_ID(id));
      continue;
    }
    const node: Node = { result, id, children: [] };
    byId.set(id, node);
    if (result.externalId) byExternal.set(result.externalId, node);
    nodes.push(node);
  }
  const roots: Node[] = [];
  const placed = new Set<Node>();
  for (const node of nodes) {
    const { parentId, parentExternalId } = node.result;
    if (!parentId && !parentExternalId) {
      roots.push(node);
      placed.add(node);
      continue;
    }
    const parent = parentId ? byId.get(feedId(parentId) ?? '') : byExternal.get(parentExternalId!);
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
    } else if (parentId && leftOut.has(feedId(parentId) ?? '')) {
      log.add('error', node.result.row, node.result.columns.parent, {
        en: `expected a parent that is imported, found "${parentId}", which was left out; row left out`,
        es: `se esperaba un padre que se importe, se encontró "${parentId}", que se dejó fuera; se deja fuera la fila`,
        pt: `esperava-se um pai que seja importado, encontrou-se "${parentId}", que ficou de fora; linha deixada de fora`,
        fr: `parent importé attendu, trouvé « ${parentId} », qui a été écarté ; ligne écartée`,
      });
    } else {
      const ref = parentId ?? parentExternalId!;
      log.add('error', node.result.row, node.result.columns.parent, {
        en: `expected the id of a result in this file, found "${ref}", which no row has; row left out (as Decidim does)`,
        es: `se esperaba el id de un resultado de este archivo, se encontró "${ref}", que ninguna fila tiene; se deja fuera la fila (como hace Decidim)`,
        pt: `esperava-se o id de um resultado deste ficheiro, encontrou-se "${ref}", que nenhuma linha tem; linha deixada de fora (como faz o Decidim)`,
        fr: `identifiant d’un résultat de ce fichier attendu, trouvé « ${ref} », qu’aucune ligne ne porte ; ligne écartée (comme le fait Decidim)`,
      });
    }
  }
  // Whatever is not under a root hangs from a missing parent or a loop: it has no place.
  const reach = (node: Node) => {
    for (const child of node.children) {
      placed.add(child);
      reach(child);
    }
  };
  roots.forEach(reach);
  for (const node of nodes) {
    if (placed.has(node) || !node.parent) continue;
    const loop = isInLoop(node);
    log.add(
      'error',
      node.result.row,
      node.result.columns.parent,
      loop
        ? {
            en: 'expected a chain of parents that ends at a result with none, found a loop; row left out',
            es: 'se esperaba una cadena de padres que termine en un resultado sin padre, se encontró un ciclo; se deja fuera la fila',
            pt: 'esperava-se uma cadeia de pais que termine num resultado sem pai, encontrou-se um ciclo; linha deixada de fora',
            fr: 'chaîne de parents menant à un résultat sans parent attendue, trouvé une boucle ; ligne écartée',
          }
        : {
            en: `expected a parent that is imported, found "${node.parent.id}", which was left out; row left out`,
            es: `se esperaba un padre que se importe, se encontró "${node.parent.id}", que se dejó fuera; se deja fuera la fila`,
            pt: `esperava-se um pai que seja importado, encontrou-se "${node.parent.id}", que ficou de fora; linha deixada de fora`,
            fr: `parent importé attendu, trouvé « ${node.parent.id} », qui a été écarté ; ligne écartée`,
          },
    );
  }
  return roots;
}

function isInLoop(node: Node): boolean {
  const seen = new Set<Node>();
  for (let at: Node | undefined = node; at; at = at.parent) {
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

export interface DecidimImport extends ImportedPlan {
  layout: ReturnType<typeof readDecidimResults>['layout'];
}

export function importDecidim(bytes: Uint8Array, file: string, now: Date): DecidimImport {
  const { layout, results, log } = readDecidimResults(bytes, file);
  const origins = new WeakMap<object, Origin>();
  const reader = new ResultReader(log, now.toISOString().slice(0, 10));
  const roots = buildTree(results, log);
  const languages = new Map<string, number>();
  for (const r of results)
    for (const locale of Object.keys(r.title)) languages.set(locale, (languages.get(locale) ?? 0) + 1);
  const ranked = [...languages.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);

  const texts = (result: ResultRow) => {
    const title = plainMap(result.title);
    const description = plainMap(result.description);
    return { title, ...(Object.keys(description).length ? { description } : {}) };
  };

  const milestonesOf = (node: Node, partOf: string | undefined, into: Entity[]) => {
    for (const child of node.children) {
      const percent = reader.progress(child);
      const status = reader.status(child.result, percent);
      const start = reader.date(child.result, 'start');
      const due = reader.date(child.result, 'end');
      const weight = reader.weight(child.result);
      const milestone: Entity = {
        id: child.id,
        ...texts(child.result),
        ...(start ? { start } : {}),
        ...(due ? { due } : {}),
        ...(status ? { status: status === 'withdrawn' ? 'cancelled' : status } : {}),
        ...(weight ? { weight } : {}),
        ...(partOf ? { partOf } : {}),
      };
      origins.set(milestone, { file, row: child.result.row, fields: [] });
      into.push(milestone);
      milestonesOf(child, child.id, into);
    }
  };

  const commitments = roots.map((root) => {
    const percent = reader.progress(root);
    const status = reader.status(root.result, percent);
    const start = reader.date(root.result, 'start');
    const end = reader.date(root.result, 'end');
    const category = plainMap(root.result.category);
    // Themes are plain strings: the category's name in the file's main language.
    const theme = category[ranked.find((l) => category[l]) ?? ''] ?? Object.values(category)[0];
    const milestones: Entity[] = [];
    milestonesOf(root, undefined, milestones);
    const url = linkOf(root.result.url);
    const commitment: Entity = {
      id: root.id,
      ...texts(root.result),
      ...(theme ? { themes: [theme] } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      milestones,
      ...(status
        ? { reported: { status, ...(percent !== undefined ? { percent } : {}), asOf: reader.asOf(root.result) } }
        : {}),
      ...(url ? { url } : {}),
    };
    origins.set(commitment, { file, row: root.result.row, fields: [] });
    return commitment;
  });

  const site = results.map((r) => linkOf(r.url)).find(Boolean);
  const componentId = results.map((r) => r.componentId).find(Boolean);
  return {
    platform: 'decidim',
    layout,
    commitments,
    origins,
    issues: log.issues,
    days: reader.days,
    languages: ranked,
    ...(site ? { site: new URL(site).origin } : {}),
    ...(componentId && feedId(componentId) ? { planId: `decidim-${feedId(componentId)}` } : {}),
  };
}

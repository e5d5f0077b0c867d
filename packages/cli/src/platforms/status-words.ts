/**
 * Status names as Decidim and Gobierto administrators write them, in Spanish, Catalan and
 * English, to the feed's statuses. Only names whose meaning is plain are listed: "Paused" or
 * "Suspendido" could be delayed or withdrawn, so they are not, and are reported instead.
 */
import type { CommitmentStatus } from '@ogp-embed/sdk';

const WORDS: Record<CommitmentStatus, string[]> = {
  'not-started': [
    'not started',
    'pending',
    'planned',
    'planning',
    'scheduled',
    'to do',
    'to be started',
    'no iniciado',
    'no iniciada',
    'sin iniciar',
    'pendiente',
    'pendiente de iniciar',
    'planificado',
    'planificada',
    'previsto',
    'prevista',
    'programado',
    'programada',
    'en cartera',
    'por iniciar',
    'en planificacion',
    'no iniciat',
    'no iniciada',
    'pendent',
    "pendent d'iniciar",
    'pendent de iniciar',
    'per iniciar',
    'sense iniciar',
    'planificat',
    'previst',
    'programat',
    'programada',
    'en planificacio',
  ],
  'in-progress': [
    'in progress',
    'ongoing',
    'started',
    'active',
    'executing',
    'in execution',
    'under way',
    'underway',
    'in development',
    'en curso',
    'en progreso',
    'en marcha',
    'en ejecucion',
    'iniciado',
    'iniciada',
    'empezado',
    'empezada',
    'activo',
    'activa',
    'activos',
    'en desarrollo',
    'en tramitacion',
    'en proceso',
    'en execucio',
    'executant-se',
    'en marxa',
    'en curs',
    'iniciat',
    'comencat',
    'comencada',
    'actiu',
    'actius',
    'en desenvolupament',
    'en tramit',
    'en proces',
  ],
  delayed: [
    'delayed',
    'behind schedule',
    'late',
    'postponed',
    'retrasado',
    'retrasada',
    'atrasado',
    'atrasada',
    'demorado',
    'demorada',
    'aplazado',
    'aplazada',
    'con retraso',
    'endarrerit',
    'endarrerida',
    'ajornat',
    'ajornada',
    'amb retard',
    'retardat',
    'retardada',
  ],
  completed: [
    'completed',
    'complete',
    'done',
    'finished',
    'executed',
    'achieved',
    'accomplished',
    'fulfilled',
    'finalizado',
    'finalizada',
    'finalizados',
    'completado',
    'completada',
    'terminado',
    'terminada',
    'ejecutado',
    'ejecutada',
    'cumplido',
    'cumplida',
    'realizado',
    'realizada',
    'concluido',
    'concluida',
    'finalitzat',
    'finalitzada',
    'finalitzats',
    'completat',
    'completada',
    'executat',
    'executada',
    'acabat',
    'acabada',
    'assolit',
    'assolida',
    'realitzat',
    'realitzada',
    'complert',
    'complerta',
    'fet',
  ],
  withdrawn: [
    'withdrawn',
    'cancelled',
    'canceled',
    'discarded',
    'dropped',
    'abandoned',
    'rejected',
    'cancelado',
    'cancelada',
    'descartado',
    'descartada',
    'anulado',
    'anulada',
    'desestimado',
    'desestimada',
    'retirado',
    'retirada',
    'cancel·lat',
    'cancel·lada',
    'cancellat',
    'descartat',
    'retirat',
    'anul·lat',
    'anul·lada',
    'desestimat',
  ],
};

export function normalName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[_\s]+/g, ' ')
    .replace(/^\d+[\s.-]+/, '')
    .trim();
}

const INDEX = new Map<string, CommitmentStatus>();
for (const [status, words] of Object.entries(WORDS) as Array<[CommitmentStatus, string[]]>) {
  for (const word of words) INDEX.set(normalName(word), status);
}

/** The status one name means, if any: `En ejecución`, `finished`, `Finalitzats`. */
export function statusOfName(name: string): CommitmentStatus | undefined {
  const key = normalName(name);
  return INDEX.get(key) ?? INDEX.get(key.replace(/-/g, ' '));
}

export type StatusReading =
  | { kind: 'none' }
  | { kind: 'known'; status: CommitmentStatus }
  /** `names` mean nothing this list knows, or (`conflict`) different statuses. */
  | { kind: 'unknown'; shown: string; conflict: boolean };

/** One status from several names of it (its key, its name in each language): they must agree. */
export function statusOfNames(names: readonly string[]): StatusReading {
  const given = names.map((n) => n.trim()).filter(Boolean);
  if (given.length === 0) return { kind: 'none' };
  const found = new Set(given.map(statusOfName).filter((s): s is CommitmentStatus => s !== undefined));
  const shown = [...new Set(given)].join(' / ');
  if (found.size === 1) return { kind: 'known', status: [...found][0]! };
  return { kind: 'unknown', shown, conflict: found.size > 1 };
}

/** What a figure says by itself, when no status name can be read: 0, between, 100. */
export function statusOfPercent(percent: number): CommitmentStatus {
  if (percent >= 100) return 'completed';
  return percent > 0 ? 'in-progress' : 'not-started';
}

/**
 * A short human summary of a feed, read and checked with the SDK: its plans, the commitments
 * of each by status, and the forums' open agreements. The interim `npm start`.
 *
 *   node --conditions=source --import tsx scripts/summary.ts [feed.json | https://...] [--lang es|en] [--now YYYY-MM-DD]
 *
 * Defaults: the real-data sample `examples/feeds/chile.json`, English, today. Exits non-zero
 * when the feed cannot be read at all.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DISPLAY_STATUSES,
  formatPartialDate,
  formatPercent,
  issueMessage,
  label,
  openAgreements,
  parseFeed,
  planSummary,
  resolveText,
} from '@ogp-embed/sdk';
import type { Feed, LocalizedText } from '@ogp-embed/sdk';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(ROOT, 'examples/feeds/chile.json');

const WORDS = {
  en: {
    generated: 'generated',
    institutions: 'institutions',
    plans: 'Action plans',
    commitments: 'commitments',
    progress: 'average known progress',
    progressUnknown: 'progress unknown for all',
    overdue: 'overdue',
    forums: 'Open agreements',
    none: 'none',
    meeting: 'meeting of',
    issues: 'Issues',
    andMore: 'and more',
  },
  es: {
    generated: 'generado',
    institutions: 'instituciones',
    plans: 'Planes de acción',
    commitments: 'compromisos',
    progress: 'avance conocido promedio',
    progressUnknown: 'avance desconocido en todos',
    overdue: 'vencidos',
    forums: 'Acuerdos abiertos',
    none: 'ninguno',
    meeting: 'reunión del',
    issues: 'Observaciones',
    andMore: 'y más',
  },
};

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** The first argument that is not an option or an option's value. */
function source(): string {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i]!.startsWith('--')) i++;
    else return args[i]!;
  }
  return SAMPLE;
}

async function read(from: string): Promise<string> {
  if (/^https?:\/\//i.test(from)) {
    const response = await fetch(from);
    if (!response.ok) throw new Error(`${from}: HTTP ${response.status}`);
    return response.text();
  }
  return readFileSync(from, 'utf8');
}

/** The summary as lines of text. */
export function summaryLines(feed: Feed, lang: string, now: Date, issues: string[] = []): string[] {
  const w = lang.startsWith('es') ? WORDS.es : WORDS.en;
  const text = (t: LocalizedText | undefined) => resolveText(t, lang, feed.defaultLanguage);
  const lines: string[] = [];
  const total = feed.plans.reduce((sum, plan) => sum + plan.commitments.length, 0);
  lines.push(`${text(feed.publisher.name)} (${feed.country})`);
  lines.push(
    `${w.generated} ${feed.generatedAt} · ${feed.institutions.length} ${w.institutions} · ` +
      `${feed.plans.length} ${w.plans.toLowerCase()} · ${total} ${w.commitments}`,
  );

  lines.push('', `${w.plans}:`);
  for (const plan of feed.plans) {
    const summary = planSummary(plan, now);
    const period = `${formatPartialDate(plan.period.start, lang)}–${formatPartialDate(plan.period.end, lang)}`;
    lines.push(`  ${plan.id}  ${text(plan.title)}  ${period}  [${label('planPhase', plan.phase, lang)}]`);
    const byStatus = DISPLAY_STATUSES.filter((status) => summary.byStatus[status] > 0)
      .map((status) => `${label('commitmentStatus', status, lang)} ${summary.byStatus[status]}`)
      .join(', ');
    lines.push(`    ${summary.total} ${w.commitments}: ${byStatus || w.none}`);
    const progress =
      summary.averageProgress === undefined
        ? w.progressUnknown
        : `${w.progress} ${formatPercent(summary.averageProgress, lang)} (${summary.withKnownProgress}/${summary.total})`;
    lines.push(`    ${progress}; ${w.overdue}: ${summary.overdue}`);
  }

  for (const forum of feed.forums) {
    const open = openAgreements(forum, now);
    lines.push('', `${w.forums} — ${text(forum.name)}: ${open.length || w.none}`);
    for (const { agreement, meeting } of open) {
      const due = formatPartialDate(agreement.due, lang);
      lines.push(`  - ${text(agreement.text)}`);
      lines.push(
        `    ${text(agreement.responsible)} · ${due || '—'} · ${w.meeting} ${formatPartialDate(meeting.date, lang)}`,
      );
    }
  }

  if (issues.length > 0) {
    const shown = issues.slice(0, 10);
    lines.push('', `${w.issues} (${issues.length}):`, ...shown.map((issue) => `  ${issue}`));
    if (issues.length > shown.length) lines.push(`  … ${w.andMore}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const lang = option('lang') ?? 'en';
  const nowOption = option('now');
  const now = nowOption ? new Date(`${nowOption}T12:00:00Z`) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--now takes a date written YYYY-MM-DD, not ${nowOption}`);
  const from = source();
  const result = parseFeed(await read(from));
  const issues = result.issues.map((issue) => `${issue.severity}: ${issueMessage(issue, lang)}`);
  if (!result.ok) {
    console.error(`${from}:`);
    for (const issue of issues) console.error(`  ${issue}`);
    process.exitCode = 1;
    return;
  }
  console.log(summaryLines(result.feed, lang, now, issues).join('\n'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

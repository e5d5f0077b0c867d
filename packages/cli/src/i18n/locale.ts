/**
 * The language of the CLI's own messages: `--lang`, else the POSIX locale variables in their
 * order of precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`). Spanish for any `es*`, else English.
 */
export type CliLanguage = 'en' | 'es';

export function pickCliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): CliLanguage {
  const candidates = [flag, env.LC_ALL, env.LC_MESSAGES, env.LANG];
  for (const candidate of candidates) {
    if (!candidate || candidate === 'C' || candidate === 'POSIX') continue;
    return candidate.toLowerCase().startsWith('es') ? 'es' : 'en';
  }
  return 'en';
}

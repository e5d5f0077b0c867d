/**
 * The language of the CLI's own messages: `--lang`, else the POSIX locale variables in their
 * order of precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`). Spanish for any `es*`, Portuguese for
 * `pt*` (`pt_BR.UTF-8`), French for `fr*` (`fr_CA.UTF-8`), else English.
 */
export type CliLanguage = 'en' | 'es' | 'pt' | 'fr';

export function pickCliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): CliLanguage {
  const candidates = [flag, env.LC_ALL, env.LC_MESSAGES, env.LANG];
  for (const candidate of candidates) {
    if (!candidate || candidate === 'C' || candidate === 'POSIX') continue;
    const primary = candidate.toLowerCase().slice(0, 2);
    return primary === 'es' || primary === 'pt' || primary === 'fr' ? primary : 'en';
  }
  return 'en';
}

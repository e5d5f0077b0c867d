/** Browser side of forced-colors-plugin.js. */
import { executeServerCommand } from '@web/test-runner-commands';

export function emulateForcedColors(active: boolean): Promise<unknown> {
  return executeServerCommand('ogp-forced-colors', { active });
}

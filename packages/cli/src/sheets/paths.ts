/** Reading and writing a field of an entity by its dotted key (`irm.specificity`). */
export function getPath(entity: object, key: string): unknown {
  let value: unknown = entity;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

export function setPath(entity: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let target = entity;
  for (const part of parts.slice(0, -1)) {
    const next = target[part];
    if (next === null || typeof next !== 'object') target[part] = {};
    target = target[part] as Record<string, unknown>;
  }
  target[parts.at(-1)!] = value;
}

export function deletePath(entity: Record<string, unknown>, key: string): void {
  const parts = key.split('.');
  let target: unknown = entity;
  for (const part of parts.slice(0, -1)) target = (target as Record<string, unknown> | undefined)?.[part];
  if (target && typeof target === 'object') delete (target as Record<string, unknown>)[parts.at(-1)!];
}

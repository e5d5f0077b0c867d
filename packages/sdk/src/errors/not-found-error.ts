/** The feed loaded, but the plan, commitment, forum or institution asked for is not in it. */
import type { Bilingual } from '../i18n/bilingual.js';
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export type NotFoundKind = 'plan' | 'commitment' | 'forum' | 'institution';

const SENTENCES: Record<NotFoundKind, (id: string) => Bilingual> = {
  plan: (id) => ({ en: `Action plan ${id} is not in this feed`, es: `El plan de acción ${id} no está en este feed` }),
  commitment: (id) => ({ en: `Commitment ${id} is not in this feed`, es: `El compromiso ${id} no está en este feed` }),
  forum: (id) => ({ en: `Forum ${id} is not in this feed`, es: `El foro ${id} no está en este feed` }),
  institution: (id) => ({ en: `Institution ${id} is not in this feed`, es: `La institución ${id} no está en este feed` }),
};

export class NotFoundError extends OgpError {
  override name = 'NotFoundError';
  readonly kind: NotFoundKind;
  readonly id: string;

  constructor(kind: NotFoundKind, id: string, options: OgpErrorOptions = {}) {
    super('not-found', SENTENCES[kind](id), options);
    this.kind = kind;
    this.id = id;
  }
}

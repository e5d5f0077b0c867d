/**
 * Writes a feed as indented JSON one entity at a time: the head, the institutions, then each
 * plan with its commitments as they come. Memory holds one commitment, not the feed.
 */
import type { ActionPlan, Commitment, Feed, Institution } from '@ogp-embed/sdk';

export type FeedHead = Omit<Feed, 'institutions' | 'plans' | 'forums'>;
export type PlanHead = Omit<ActionPlan, 'commitments' | 'cocreation'> & Partial<Pick<ActionPlan, 'cocreation'>>;

/** Where the feed's text goes: a stream on Node (`text-sink.ts`), a string in the browser (`TextParts`). */
export interface FeedSink {
  write(text: string): Promise<void> | void;
  flush(): Promise<void> | void;
}

/** A feed's text kept in memory, for the studio (the browser holds the file whole anyway). */
export class TextParts implements FeedSink {
  private readonly parts: string[] = [];

  write(text: string): void {
    this.parts.push(text);
  }

  flush(): void {}

  text(): string {
    return this.parts.join('');
  }
}

export interface PlanWithCommitments {
  head: PlanHead;
  commitments: Iterable<Commitment>;
}

/** `JSON.stringify(value, null, 2)`, every line but the first shifted right by `depth` levels. */
function indented(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

/** The object's JSON without its closing brace, so more members can follow. */
function openObject(value: object, depth: number): string {
  const text = indented(value, depth);
  return text.slice(0, text.lastIndexOf('}')).replace(/\s+$/, '');
}

export async function writeFeed(
  sink: FeedSink,
  head: FeedHead,
  institutions: readonly Institution[],
  plans: Iterable<PlanWithCommitments>,
): Promise<void> {
  await sink.write(`${openObject(head, 0)},\n  "institutions": [`);
  for (const [i, institution] of institutions.entries()) {
    await sink.write(`${i ? ',' : ''}\n    ${indented(institution, 2)}`);
  }
  await sink.write(`${institutions.length ? '\n  ' : ''}],\n  "plans": [`);
  let p = 0;
  for (const plan of plans) {
    await sink.write(`${p++ ? ',' : ''}\n    ${openObject(plan.head, 2)},\n      "commitments": [`);
    let c = 0;
    for (const commitment of plan.commitments) {
      await sink.write(`${c++ ? ',' : ''}\n        ${indented(commitment, 4)}`);
    }
    await sink.write(`${c ? '\n      ' : ''}]\n    }`);
  }
  await sink.write(`${p ? '\n  ' : ''}],\n  "forums": []\n}\n`);
  await sink.flush();
}

/**
 * Text written to a stream in large chunks, waiting when the stream asks to (backpressure), so
 * a feed of any size goes out without being held whole in memory.
 */
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { FeedSink } from './write-feed.js';

const CHUNK = 256 * 1024;

export class TextSink implements FeedSink {
  private pending = '';

  constructor(private readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}

/**
 * The previewed feed file as the server hands it out: its bytes and a strong ETag from their
 * hash. The file is looked at (stat) on every request and read again only when it changed, so
 * an edit, or an atomic replace by `import ... -o`, shows on the next poll.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

export interface FeedSnapshot {
  body: Buffer;
  etag: string;
}

export class FeedFile {
  private snapshot?: FeedSnapshot;
  private signature = '';

  constructor(
    readonly path: string,
    /** Called with the new bytes each time the file's content changes. */
    private readonly onChange: (body: Buffer) => void = () => {},
  ) {}

  /** The file as it is now; throws when it cannot be read. */
  async current(): Promise<FeedSnapshot> {
    const info = await stat(this.path);
    const signature = `${info.ino}:${info.size}:${info.mtimeMs}`;
    if (this.snapshot && signature === this.signature) return this.snapshot;
    const body = await readFile(this.path);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const changed = this.snapshot?.etag !== etag;
    this.snapshot = { body, etag };
    this.signature = signature;
    if (changed) this.onChange(body);
    return this.snapshot;
  }
}

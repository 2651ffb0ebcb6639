/**
 * Reading a partial result (analysis/partial.ts): its bytes a line at a time, each field
 * checked to be of its kind, and the error a partial that cannot be used ends with,
 * naming its file.
 */
import { AvsimError } from '../errors.js';
import { decodeExact } from '../results/exact-json.js';

/** A partial that cannot be used: the message names the file. Exit 2. */
export class PartialError extends AvsimError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'PartialError';
  }
}

/** What a field of the file must be; throws with its name otherwise. */
export class Reader {
  constructor(readonly file: string) {}

  corrupt(detail: string): PartialError {
    return new PartialError(`${this.file} is corrupt (${detail}); run its shard again`);
  }

  object(value: unknown, field: string): Record<string, unknown> {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw this.corrupt(`${field}: expected an object`);
    return value as Record<string, unknown>;
  }

  array(value: unknown, field: string): unknown[] {
    if (!Array.isArray(value)) throw this.corrupt(`${field}: expected a list`);
    return value;
  }

  string(value: unknown, field: string): string {
    if (typeof value !== 'string') throw this.corrupt(`${field}: expected text`);
    return value;
  }

  whole(value: unknown, field: string, min = 0): number {
    if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= min)) throw this.corrupt(`${field}: expected a whole number of at least ${min}, got ${JSON.stringify(value)}`);
    return value;
  }

  decode(value: unknown, field: string): unknown {
    try {
      return decodeExact(value, field);
    } catch (thrown) {
      throw this.corrupt(thrown instanceof Error ? thrown.message : String(thrown));
    }
  }
}

/** The byte every line ends with. */
const NEWLINE = 10;

/**
 * A partial's bytes, a line at a time: only the line asked for is ever text, so a file
 * longer than a string may be, or than the heap holds as text, reads all the same.
 */
export class Lines {
  /** Where the next line starts. */
  position = 0;
  /** Lines read so far. */
  read = 0;

  constructor(private readonly data: Buffer) {}

  /** Whether the bytes end with a newline, as a whole partial's do. */
  get complete(): boolean {
    return this.data[this.data.length - 1] === NEWLINE;
  }

  /** The next line's text, without its newline; undefined past the end (a final newline ends the last line). */
  line(): string | undefined {
    const start = this.position;
    return this.skip() ? this.data.toString('utf8', start, Math.min(this.position - 1, this.data.length)) : undefined;
  }

  /** Steps over the next line without decoding it; false past the end. */
  skip(): boolean {
    if (this.position >= this.data.length) return false;
    const end = this.data.indexOf(NEWLINE, this.position);
    this.position = (end < 0 ? this.data.length : end) + 1;
    this.read++;
    return true;
  }

  /** The bytes from `from` to where the next line starts (newlines included). */
  since(from: number): Buffer {
    return this.data.subarray(from, Math.min(this.position, this.data.length));
  }

  /** Back to a place read before. */
  seek(position: number, read: number): void {
    this.position = position;
    this.read = read;
  }
}

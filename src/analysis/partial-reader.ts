/**
 * Reading a partial result's fields (analysis/partial.ts): each field checked to be of
 * its kind, and the error a partial that cannot be used ends with, naming its file.
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

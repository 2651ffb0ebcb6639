/**
 * Where records come from: a named source that can be opened (more than once: a file
 * found unsorted is read a second time, see calibrate.ts).
 */
import { createReadStream } from 'node:fs';

/** A records file, or anything that reads like one. */
export interface RecordSource {
  /** Shown in messages (`records.csv:17: ...`). */
  readonly name: string;
  /** A fresh pass over the text, from its first byte. */
  open(): AsyncIterable<string | Uint8Array>;
}

/**
 * A file on disk, read as a UTF-8 stream in 1 MiB pieces.
 *
 * @param path - The file's path, also its name in messages.
 */
export function fileRecordSource(path: string): RecordSource {
  return {
    name: path,
    open: () => createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }),
  };
}

/**
 * Text in memory (tests, small inputs).
 *
 * @param name - Its name in messages.
 * @param text - The whole CSV text.
 */
export function textRecordSource(name: string, text: string): RecordSource {
  return {
    name,
    async *open() {
      yield text;
    },
  };
}

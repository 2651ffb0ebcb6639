/**
 * JSON that gives back exactly what was put in: the serialization of partial results
 * (analysis/partial.ts), whose replication results and workloads must come back bit
 * for bit on another machine, so that merged outputs are byte-identical to one run.
 *
 * Plain JSON loses `-0`, cannot hold `NaN`, `Infinity` or `undefined`, and has no typed
 * arrays. Here every value JSON keeps as it is stays plain (finite numbers print as the
 * shortest text that reads back to the same double, so they round-trip), and the rest
 * becomes a tag, an object with a single key starting with `~`:
 * - `{"~num": "NaN" | "Infinity" | "-Infinity" | "-0"}`;
 * - `{"~undefined": 0}` (a property whose value is `undefined` keeps its place);
 * - `{"~Float64Array": "<base64>"}` (and the other typed arrays by their names): the
 *   array's bytes, little-endian whatever the machine, so NaN payloads, subnormals and
 *   `-0` survive;
 * - `{"~obj": {...}}`: a plain object some key of which starts with `~` (its keys are
 *   then literal), so that no object of the input can be read back as a tag.
 *
 * Only plain data is accepted (objects, arrays, strings, booleans, null, numbers,
 * `undefined` and typed arrays): a Map, a Date or a class instance is an error at
 * encoding time rather than something that silently comes back different.
 */
import { endianness } from 'node:os';

/** What {@link encodeExact} produces: a JSON value. */
export type ExactJson = null | boolean | number | string | ExactJson[] | { [key: string]: ExactJson };

/** Typed arrays by name, as their tags spell them. */
const TYPED_ARRAYS = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
} as const;

type TypedArrayName = keyof typeof TYPED_ARRAYS;
type AnyTypedArray = InstanceType<(typeof TYPED_ARRAYS)[TypedArrayName]>;

const LITTLE_ENDIAN = endianness() === 'LE';
const SPECIAL_NUMBERS: Readonly<Record<string, number>> = { NaN: Number.NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };

/** Sets `record[key]`; an own "__proto__" key (JSON.parse makes one) stays a key, not the object's prototype. */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/** The tag name of a typed array, or undefined for anything else. */
function typedArrayName(value: object): TypedArrayName | undefined {
  if (!ArrayBuffer.isView(value)) return undefined;
  const name = value.constructor.name;
  return name in TYPED_ARRAYS ? (name as TypedArrayName) : undefined;
}

/** Reverses the byte order of each `size`-byte element of `bytes`, in place (big-endian machines only). */
function swapBytes(bytes: Buffer, size: number): void {
  if (size === 2) bytes.swap16();
  else if (size === 4) bytes.swap32();
  else if (size === 8) bytes.swap64();
}

/** A typed array's bytes, little-endian. */
function littleEndianBytes(array: AnyTypedArray): Buffer {
  const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  if (LITTLE_ENDIAN) return bytes;
  const copy = Buffer.alloc(bytes.length);
  bytes.copy(copy);
  swapBytes(copy, array.BYTES_PER_ELEMENT);
  return copy;
}

/**
 * Where in the value a walk is: its root's name and the keys and indices down to here.
 * Kept as a list, pushed and popped, and spelt out (`$.a[0]`) only for a message: a
 * walk over a partial's results passes a million values, and a path text built for
 * each was most of what it allocated.
 */
class Trail {
  private readonly steps: (string | number)[] = [];

  constructor(private readonly root: string) {}

  push(step: string | number): void {
    this.steps.push(step);
  }

  pop(): void {
    this.steps.pop();
  }

  toString(): string {
    return this.root + this.steps.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');
  }
}

/** Each item of a list converted, its index on the trail meanwhile. */
function items<T>(list: readonly unknown[], trail: Trail, convert: (item: unknown, trail: Trail) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) {
    trail.push(i);
    out.push(convert(list[i], trail));
    trail.pop();
  }
  return out;
}

/**
 * `value` as JSON that {@link decodeExact} turns back into an equal value, bit for bit.
 *
 * @throws TypeError naming the path of a value that is not plain data (a Map, a
 *   function, a class instance, a bigint, a typed array of another kind).
 */
export function encodeExact(value: unknown, path = '$'): ExactJson {
  return encode(value, new Trail(path));
}

function encode(value: unknown, trail: Trail): ExactJson {
  switch (typeof value) {
    case 'number':
      if (Number.isFinite(value) && !Object.is(value, -0)) return value;
      return { '~num': Object.is(value, -0) ? '-0' : String(value) };
    case 'string':
    case 'boolean':
      return value;
    case 'undefined':
      return { '~undefined': 0 };
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) return items(value, trail, encode);
      const typed = typedArrayName(value);
      if (typed !== undefined) return { [`~${typed}`]: littleEndianBytes(value as AnyTypedArray).toString('base64') };
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) {
        throw new TypeError(`${trail}: cannot encode a ${(value as object).constructor?.name ?? 'non-plain object'}`);
      }
      const out: { [key: string]: ExactJson } = {};
      let escaped = false;
      for (const [key, item] of Object.entries(value)) {
        if (key.startsWith('~')) escaped = true;
        trail.push(key);
        setOwn(out, key, encode(item, trail));
        trail.pop();
      }
      return escaped ? { '~obj': out } : out;
    }
    default:
      throw new TypeError(`${trail}: cannot encode a ${typeof value}`);
  }
}

/**
 * The value {@link encodeExact} encoded.
 *
 * @throws TypeError naming the path of a tag that is malformed (an unknown tag, a
 *   special number that is none, base64 of a length no array of that kind has).
 */
export function decodeExact(json: unknown, path = '$'): unknown {
  return decode(json, new Trail(path));
}

function decode(json: unknown, trail: Trail): unknown {
  if (json === null || typeof json !== 'object') return json;
  if (Array.isArray(json)) return items(json, trail, decode);
  const record = json as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0]!.startsWith('~')) return decodeTag(keys[0]!.slice(1), record[keys[0]!], trail);
  return decodeEntries(record, trail);
}

function decodeEntries(record: Record<string, unknown>, trail: Trail): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) {
    trail.push(key);
    setOwn(out, key, decode(item, trail));
    trail.pop();
  }
  return out;
}

function decodeTag(tag: string, body: unknown, trail: Trail): unknown {
  if (tag === 'num') {
    if (typeof body === 'string' && body in SPECIAL_NUMBERS) return SPECIAL_NUMBERS[body];
    throw new TypeError(`${trail}: expected "NaN", "Infinity", "-Infinity" or "-0" in a ~num tag, got ${JSON.stringify(body)}`);
  }
  if (tag === 'undefined') return undefined;
  if (tag === 'obj') {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new TypeError(`${trail}: expected an object in a ~obj tag`);
    return decodeEntries(body as Record<string, unknown>, trail);
  }
  if (tag in TYPED_ARRAYS) {
    if (typeof body !== 'string') throw new TypeError(`${trail}: expected base64 text in a ~${tag} tag`);
    const kind = TYPED_ARRAYS[tag as TypedArrayName];
    // Decoded straight into a fresh, aligned buffer of its own (not Node's shared pool).
    const buffer = new ArrayBuffer(Buffer.byteLength(body, 'base64'));
    const length = Buffer.from(buffer).write(body, 'base64');
    if (length % kind.BYTES_PER_ELEMENT !== 0) throw new TypeError(`${trail}: ${length} bytes cannot hold a whole ${tag}`);
    const bytes = length === buffer.byteLength ? buffer : buffer.slice(0, length);
    if (!LITTLE_ENDIAN) swapBytes(Buffer.from(bytes), kind.BYTES_PER_ELEMENT);
    return new kind(bytes);
  }
  throw new TypeError(`${trail}: unknown tag ~${tag}`);
}

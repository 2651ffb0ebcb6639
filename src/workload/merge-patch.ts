/**
 * RFC 7386 JSON merge patch, section 2: objects merge key by key, `null` deletes a key,
 * anything else (arrays included) replaces the target. Written here rather than taken from
 * a library because keys such as `__proto__` or `constructor` must be copied as plain own
 * data (so validation sees and rejects them as unknown keys), never assigned through the
 * prototype chain, where they would vanish or poison objects.
 */

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function define(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Returns the result of applying `patch` to `target`; neither argument is modified. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: JsonObject = {};
  if (isObject(target)) for (const key of Object.keys(target)) define(out, key, target[key]);
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (value === null) delete out[key];
    else define(out, key, applyMergePatch(Object.hasOwn(out, key) ? out[key] : undefined, value));
  }
  return out;
}

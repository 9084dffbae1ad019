/**
 * Four functions of @mongodb-js/ipa-validation-ruleset 11.2.0 throw instead of reporting on valid OpenAPI that
 * this spec uses (test/ipa-ruleset-defects.test.ts shows each throw, and fails once a release fixes it):
 *  - IPA-106/107 "request body is the Get method's response" and IPA-110 "use a Paginated schema" read the
 *    *unresolved* document along the resolved path, so a response written as `$ref: "#/components/responses/…"`
 *    (how this spec shares its 200s) is `null`/`undefined` there, and the function dereferences it;
 *  - IPA-125 "oneOf property same type" calls `Object.keys(schema.properties)` on every object in a oneOf, so an
 *    object schema without `properties` (the envelope's empty object) throws.
 * These wrappers hand the original function the input it expects and keep its verdict: the rules stay on, with
 * their own logic, messages and exceptions.
 */

/** The kinds of component a path may reference that the IPA-106/107/110 functions expect inline. */
const INLINED = ["#/components/responses/", "#/components/requestBodies/"];

const cache = new WeakMap();

/** Copies `value`, replacing each `$ref` to a shared response or request body with the object it names (once). */
function inline(value, components) {
  if (Array.isArray(value)) return value.map((item) => inline(item, components));
  if (value === null || typeof value !== "object") return value;
  const ref = value.$ref;
  if (typeof ref === "string") {
    const kind = INLINED.find((prefix) => ref.startsWith(prefix));
    if (kind !== undefined) {
      const section = kind === INLINED[0] ? components?.responses : components?.requestBodies;
      const target = section?.[ref.slice(kind.length)];
      if (target !== undefined) return inline(target, components);
    }
    return value;
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inline(item, components)]));
}

/** The unresolved document with shared responses and request bodies written out under `paths`. */
export function unresolvedWithInlineResponses(unresolved) {
  if (unresolved === null || typeof unresolved !== "object") return unresolved;
  let copy = cache.get(unresolved);
  if (copy === undefined) {
    copy = { ...unresolved, paths: inline(unresolved.paths, unresolved.components) };
    cache.set(unresolved, copy);
  }
  return copy;
}

/** Wraps an IPA function so that it reads an unresolved document whose operations hold their responses inline. */
export function withInlineResponses(original) {
  return (input, options, context) => {
    const inventory = context.documentInventory;
    const documentInventory = {
      resolved: inventory.resolved,
      unresolved: unresolvedWithInlineResponses(inventory.unresolved),
    };
    return original(input, options, { ...context, documentInventory });
  };
}

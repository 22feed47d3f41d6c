// The record types as the package's users get them: every property and every list
// read-only, as the published records are (the API freezes them). A value the API returns
// is then an `Article`, and passes to any function a user types with `Article`. The
// repository's own scripts keep the writable types of types/index.d.ts: they build records.

/** The declarations with `readonly` on every interface property and every array type. */
export function readonlyTypes(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      // Doc comments stay as they are.
      if (/^\s*(\/\*\*|\*)/.test(line)) return line;
      return line.replace(/^( {2})(\w+\??: )/, '$1readonly $2').replace(/(?<![\w.])(\w+)\[\]/g, 'readonly $1[]');
    })
    .join('\n');
}

// The API's declaration of Frozen, as tsc writes it from scripts/api/index.cts.
const FROZEN = /export type Frozen<T> = T extends readonly \(infer U\)\[\] \? readonly Frozen<U>\[\] : T extends object \? \{\n\s+readonly \[K in keyof T\]: Frozen<T\[K\]>;\n\} : T;/;

/**
 * The API's declarations for users: with the record types already read-only, `Frozen<T>` is
 * `T` itself, so that a value shows, and errors name, `Article`, not the mapped type spelled
 * out over every property. The build fails if the declaration is not where it expects.
 */
export function publishedFrozen(declarations: string): string {
  if (!FROZEN.test(declarations)) throw new Error('the declaration of Frozen<T> in dist/index.d.cts changed; update scripts/publish/readonly-types.ts');
  return declarations.replace(FROZEN, 'export type Frozen<T> = T;');
}

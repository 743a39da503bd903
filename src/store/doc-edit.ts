/** Small edits of a contact's yaml Document that keep the person's comments and layout. */
import { isSeq, type Document } from 'yaml';

/**
 * Append `value` to the list at `path` (a top-level key, or a path like
 * `['meetings', 0, 'takeaways']`), creating the list when it is missing or empty (`doc.addIn`
 * alone would turn a missing key into a mapping, not a list).
 */
export function appendItem(doc: Document, path: string | readonly (string | number)[], value: unknown): void {
  const at = typeof path === 'string' ? [path] : path;
  if (isSeq(doc.getIn(at, true))) doc.addIn(at, doc.createNode(value));
  else doc.setIn(at, doc.createNode([value]));
}

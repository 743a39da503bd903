/** Small edits of a contact's yaml Document that keep the person's comments and layout. */
import { isSeq, type Document } from 'yaml';

/**
 * Append `value` to the list under `key`, creating the list when the key is missing or empty
 * (`doc.addIn` alone would turn a missing key into a mapping, not a list).
 */
export function appendItem(doc: Document, key: string, value: unknown): void {
  if (isSeq(doc.get(key, true))) doc.addIn([key], doc.createNode(value));
  else doc.set(key, doc.createNode([value]));
}

/**
 * The floor of a warm run over a big folder, as a reference figure for `npm run bench`: what any
 * run that trusts the derived index must do before its own work (list the folder, stat every
 * contact file, read the index's header and numbers and check each file's size against it) and
 * nothing else. Usage: node bench/floor.mjs <data dir>
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RECORD = 14; // float64s per file in the index (src/store/contact-index.ts)
const dir = process.argv[2];
const contacts = join(dir, 'contacts');
const fd = openSync(join(dir, '.index', 'contacts.idx'), 'r');
const prefix = Buffer.alloc(39); // `infoview-index <length> <checksum>\n`
readSync(fd, prefix, 0, prefix.length, 0);
const length = Number(prefix.toString('latin1', 15, 27));
const header = Buffer.allocUnsafe(length);
readSync(fd, header, 0, length, prefix.length);
const { format, littleEndian, slugs, numbers: count } = JSON.parse(header.toString('latin1'));
// This copies the layout of src/store/contact-index.ts FORMAT 7 (6 and 7 differ only in the order of the fields part, which it does not read): refuse any other rather than miscount.
if (format !== 7 || littleEndian !== (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1)) {
  process.stderr.write(`bench/floor.mjs reads index format 7, found ${format}: update it with src/store/contact-index.ts\n`);
  process.exit(1);
}
const numbers = new Float64Array(count);
readSync(fd, new Uint8Array(numbers.buffer), 0, count * 8, prefix.length + length);
closeSync(fd);
const at = new Map(slugs.split('\n').map((slug, i) => [slug, i]));
let current = 0;
for (const name of readdirSync(contacts).sort()) {
  const stats = statSync(join(contacts, name), { throwIfNoEntry: false });
  const i = at.get(name.slice(0, -'.yaml'.length));
  if (stats && i !== undefined && numbers[i * RECORD] === stats.size) current += 1;
}
process.stdout.write(`${current}\n`);

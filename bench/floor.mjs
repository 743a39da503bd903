/**
 * The floor of a warm run over a big folder, as a reference figure for `npm run bench`: what any
 * run that trusts the cache must do before its own work (list the folder, stat every contact
 * file, read the cache and check each file's size against its line) and nothing else: no JSON
 * parsed, no facts built. Usage: node bench/floor.mjs <data dir>
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const contacts = join(dir, 'contacts');
// The line layout of src/store/contact-cache.ts: `<name>\t<crc>\t{"key":[size,…],…}`; a later line wins.
const size = new Map();
for (const line of readFileSync(join(dir, '.index', 'contacts.ndjson'), 'latin1').split('\n')) {
  const tab = line.indexOf('\t');
  const key = /^[^\t]*\t[^\t]*\t\{"key":\[(\d+)/.exec(line);
  if (tab > 0 && key) size.set(line.slice(0, tab), Number(key[1]));
}
if (!size.size) {
  process.stderr.write('bench/floor.mjs found no cache lines it can read: update it with src/store/contact-cache.ts\n');
  process.exit(1);
}
let current = 0;
for (const name of readdirSync(contacts).sort()) {
  const stats = statSync(join(contacts, name), { throwIfNoEntry: false });
  if (stats && size.get(name.slice(0, -'.yaml'.length)) === stats.size) current += 1;
}
process.stdout.write(`${current}\n`);

/**
 * Realistic test data for the benchmark: N contacts in infoview's format (profile, outreach,
 * meetings with notes and takeaways) and the same people as vCard 3.0 files for khard, plus a
 * LinkedIn "Connections.csv" export. Deterministic (seeded), so every run times the same data.
 *
 *   node bench/generate.mjs <out-dir> <count>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIRST = ['Maya', 'Dana', 'José', 'Priya', 'Sam', 'Alex', 'Chen', 'Fatima', 'Lars', 'Noor', 'Kofi', 'Ines', 'Yuki', 'Omar', 'Greta', 'Ravi', 'Lena', 'Tomás', 'Aisha', 'Mateo'];
const LAST = ['Chen', 'Ortiz', 'Núñez', 'Patel', 'Rivera', 'Kim', 'Okafor', 'Schmidt', 'Haddad', 'Silva', 'Novak', 'Tanaka', 'Müller', 'Ali', 'Brown', 'Costa', 'Ivanova', 'Dubois', 'Moreau', 'Jensen'];
const COMPANIES = ['Northwind Health', 'Contoso Labs', 'Fabrikam', 'Globex', 'Initech', 'Umbrella Research', 'Stark Design', 'Wayne Analytics', 'Acme Studio', 'Hooli'];
const ROLES = ['Senior UX Researcher', 'Product Designer', 'Data Scientist', 'Engineering Manager', 'Content Strategist', 'Research Lead', 'Policy Analyst', 'Nurse Practitioner'];
const FIELDS = ['UX research', 'product design', 'data science', 'public health', 'policy', 'software'];
const SOURCES = ['linkedin', 'alumni', 'friend', 'family', 'coworker', 'professor', 'event', 'referral', 'cold', 'other'];
const CHANNELS = ['email', 'linkedin', 'phone', 'intro'];
const MEDIUMS = ['coffee', 'call', 'video', 'in-person'];

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms) => {
  const d = new Date(ms - 8 * 3600_000);
  return `${d.toISOString().slice(0, 19)}-08:00`;
};

function person(i, rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const first = pick(FIRST);
  const last = pick(LAST);
  const name = `${first} ${last} ${i}`;
  const slug = `${first}-${last}-${i}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const company = pick(COMPANIES);
  return { i, name, slug, first, last, company, role: pick(ROLES), field: pick(FIELDS), source: pick(SOURCES), email: `${slug}@example.com`, stage: Math.floor(rnd() * 6) };
}

function contactYaml(p, rnd) {
  const base = Date.parse('2026-11-23T18:00:00Z') - Math.floor(rnd() * 60) * 86_400_000;
  const lines = [
    `# ${p.name}: found via ${p.source}`,
    `name: ${p.name}`,
    `role: ${p.role}`,
    `company: ${p.company}`,
    `field: ${p.field}`,
    `email: ${p.email}`,
    `phone: "+1 555 ${String(1000 + (p.i % 9000)).padStart(4, '0')}"`,
    `linkedin: https://www.linkedin.com/in/${p.slug}`,
    `source: ${p.source}`,
    `tags: [${p.field.split(' ')[0]}, ${p.i % 2 ? 'seattle' : 'remote'}]`,
    'notes: |',
    `  Works on ${p.field} at ${p.company}. Asked about the path from a psychology degree.`,
  ];
  if (p.stage >= 1) {
    lines.push('outreach:', `  - at: ${iso(base)}`, `    channel: ${CHANNELS[p.i % CHANNELS.length]}`, '    note: short email, mentioned the alumni panel');
    if (p.stage >= 2) lines.push(`    repliedAt: ${iso(base + 86_400_000)}`);
  }
  if (p.stage >= 3) {
    const at = base + 5 * 86_400_000;
    lines.push('meetings:', `  - at: ${iso(at)}`, '    minutes: 30', `    medium: ${MEDIUMS[p.i % MEDIUMS.length]}`, '    place: Blue Bottle, 5th Ave');
    if (p.stage >= 4) {
      lines.push('    notes: |', '      Portfolio matters more than the degree. Talk to the research guild.', '    takeaways: [Portfolio matters more than the degree, Learn SQL basics]', '    referrals: [Dana Ortiz]');
    }
    if (p.stage >= 5) lines.push(`    thankYouSentAt: ${iso(at + 20 * 3600_000)}`);
  }
  return `${lines.join('\n')}\n`;
}

function vcard(p) {
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `UID:infoview-bench-${p.i}`,
    `FN:${p.name}`,
    `N:${p.last} ${p.i};${p.first};;;`,
    `ORG:${p.company}`,
    `TITLE:${p.role}`,
    `EMAIL;TYPE=WORK:${p.email}`,
    `TEL;TYPE=WORK:+1 555 ${String(1000 + (p.i % 9000)).padStart(4, '0')}`,
    `NOTE:Works on ${p.field} at ${p.company}.`,
    'END:VCARD',
    '',
  ].join('\r\n');
}

const csvCell = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Write `<out>/data/contacts/*.yaml`, `<out>/vcards/*.vcf` and `<out>/Connections.csv`. */
export function generate(out, count, seed = 42) {
  const rnd = random(seed);
  const contactsDir = join(out, 'data', 'contacts');
  const vcardDir = join(out, 'vcards');
  mkdirSync(contactsDir, { recursive: true, mode: 0o700 });
  mkdirSync(vcardDir, { recursive: true });
  const rows = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  const slugs = [];
  for (let i = 1; i <= count; i += 1) {
    const p = person(i, rnd);
    slugs.push(p.slug);
    writeFileSync(join(contactsDir, `${p.slug}.yaml`), contactYaml(p, rnd), { mode: 0o600 });
    writeFileSync(join(vcardDir, `${p.slug}.vcf`), vcard(p));
    rows.push([p.first, `${p.last} ${p.i}`, `https://www.linkedin.com/in/${p.slug}`, p.email, p.company, p.role, '12 Oct 2026'].map(csvCell).join(','));
  }
  // LinkedIn's export starts with a few lines of notes before the header.
  writeFileSync(join(out, 'Connections.csv'), `Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n${rows.join('\n')}\n`);
  return { dataDir: join(out, 'data'), vcardDir, csv: join(out, 'Connections.csv'), slugs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, count] = process.argv.slice(2);
  if (!out || !count) {
    console.error('usage: node bench/generate.mjs <out-dir> <count>');
    process.exitCode = 2;
  } else {
    const { slugs } = generate(out, Number(count));
    console.log(`${slugs.length} contacts in ${out}`);
  }
}

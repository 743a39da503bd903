/**
 * Read the question bank (templates/questions.yaml or the user's override): a YAML list of
 * `{ theme, text, when?, unless?, stage?, referral? }`. Structural errors are UserErrors naming the file and line;
 * a question that invites a yes/no answer is only a warning, so an override still works.
 */
import { isMap, isSeq, type Node } from 'yaml';
import { isOpenQuestion, SLOTS, THEMES, unknownSlots, type BankQuestion, type Theme } from '../domain/questions.js';
import { STAGES } from '../domain/enums.js';
import { DataFileError } from '../errors.js';
import { readYaml } from './yaml-file.js';

export interface LoadedBank {
  questions: BankQuestion[];
  /** `file:line: message` lines for the person to read (yes/no questions in an override). */
  warnings: string[];
}

const HINT = 'Fix the file, or remove it to go back to the bundled questions (`infoview templates show questions`)';

/** `value` as a list of `allowed` values (a single value is a list of one); undefined when absent. */
function listOf<T>(file: string, line: number, key: string, value: unknown, allowed: readonly T[]): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = (Array.isArray(value) ? value : [value]) as T[];
  const wrong = list.find((item) => !allowed.includes(item));
  if (wrong !== undefined) throw new DataFileError(file, `line ${line}: ${key} lists "${String(wrong)}"; expected ${allowed.join(', ')}`, HINT);
  return list;
}

function referralFlag(file: string, line: number, value: unknown): boolean | undefined {
  if (value === undefined || value === null || typeof value === 'boolean') return value ?? undefined;
  throw new DataFileError(file, `line ${line}: referral is "${String(value)}"; expected true or false`, HINT);
}

/** Parse and check a bank file's text. */
export function parseQuestionBank(file: string, text: string): LoadedBank {
  const { doc, lines, value: list } = readYaml(file, text, HINT);
  if (!isSeq(doc.contents) || !Array.isArray(list)) throw new DataFileError(file, 'expected a list of questions (`- theme: … text: …`)', HINT);
  const questions: BankQuestion[] = [];
  const warnings: string[] = [];
  for (const [i, item] of doc.contents.items.entries()) {
    const node = item as Node;
    const line = node.range ? lines.linePos(node.range[0]).line : 0;
    const value = isMap(node) ? (list[i] as Record<string, unknown>) : undefined;
    if (!value || typeof value.text !== 'string' || !value.text.trim()) {
      throw new DataFileError(file, `line ${line}: each question needs a \`text\``, HINT);
    }
    if (!THEMES.includes(value.theme as Theme)) {
      throw new DataFileError(file, `line ${line}: theme "${String(value.theme)}" is not one of ${THEMES.join(', ')}`, HINT);
    }
    const unknown = unknownSlots(value.text);
    if (unknown.length) {
      throw new DataFileError(file, `line ${line}: unknown variable "${unknown[0]}" in a question`, `A question may use {{ role }}, {{ company }} and {{ field }}`);
    }
    const text = value.text.trim();
    if (!isOpenQuestion(text)) {
      warnings.push(`${file}:${line}: "${text}" can be answered with yes or no; ask how, what or why instead`);
    }
    questions.push({
      theme: value.theme as Theme,
      text,
      when: listOf(file, line, 'when', value.when, SLOTS),
      unless: listOf(file, line, 'unless', value.unless, SLOTS),
      stage: listOf(file, line, 'stage', value.stage, STAGES),
      referral: referralFlag(file, line, value.referral),
      line,
    });
  }
  if (!questions.some((q) => q.theme === 'people')) {
    warnings.push(`${file}: has no "people" question, so lists will not ask who else to talk to`);
  } else if (!questions.some((q) => q.referral)) {
    // A bank written before `referral` existed: its people questions were all of that kind.
    for (const q of questions) if (q.theme === 'people') q.referral = true;
  }
  return { questions, warnings };
}

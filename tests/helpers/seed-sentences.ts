// The seed plan's text, split into sentences, with the few corrections plans/2020.yaml makes on purpose.
import fs from 'node:fs';
import path from 'node:path';

/**
 * plans/2020.yaml fills the seed's dotted placeholders for the parent body and the place, numbers "5.3" as
 * "5.3." (the tool numbers headings itself) and adds the space missing in "15/10/2020để". Nothing else changes.
 */
const corrections: Array<[from: string, to: string]> = [
  ['ỦY BAN NHÂN DÂN.........', 'ỦY BAN NHÂN DÂN'],
  ['......, ngày .... tháng 9 năm 2020', 'ngày .... tháng 9 năm 2020'],
  ['5.3 Trung tâm', '5.3. Trung tâm'],
  ['15/10/2020để', '15/10/2020 để'],
];

export function seedSentences(): string[] {
  let text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'seed', 'ke-hoach-2020.txt'), 'utf8').normalize('NFC');
  for (const [from, to] of corrections) {
    if (!text.includes(from)) throw new Error(`seed correction no longer applies: ${from}`);
    text = text.replace(from, to);
  }
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.;:!?])\s+(?=[A-ZĐÀ-Ỹ“(+-])/u))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * Finds each sentence in the text, in order. Spaces are ignored on both sides: a PDF line broken after a
 * hyphen ("GDNN-" / "GDTX") cannot tell a line end from a space, while every other character still counts.
 */
export function missingInOrder(sentences: readonly string[], text: string): string[] {
  const squash = (value: string) => value.replace(/\s+/g, '');
  const haystack = squash(text);
  const missing: string[] = [];
  let from = 0;
  for (const sentence of sentences) {
    const at = haystack.indexOf(squash(sentence), from);
    if (at < 0) missing.push(sentence);
    else from = at + squash(sentence).length;
  }
  return missing;
}

/**
 * The seed read in three parts: the header (two columns), the body (one column, in reading order) and the
 * signature table (two columns). In a PDF the columns of a table share lines, so the order is checked
 * within the body, and the table parts are checked line by line.
 */
export function seedParts(): { header: string[]; body: string[]; signature: string[] } {
  const sentences = seedSentences();
  const bodyStart = sentences.indexOf('KẾ HOẠCH');
  const signatureStart = sentences.indexOf('Nơi nhận:');
  if (bodyStart < 0 || signatureStart < 0) throw new Error('seed does not have its title or Nơi nhận');
  return {
    header: sentences.slice(0, bodyStart),
    body: sentences.slice(bodyStart, signatureStart),
    signature: sentences.slice(signatureStart),
  };
}

// `plan next`: next year's plan from this year's: dates one year on, number and "(Đã ký)" removed, the rest as typed.
import path from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Scalar } from 'yaml';
import { diagnostic, PlanError, type Diagnostic } from '../errors';
import { say, type Bilingual } from '../i18n/language';
import { daysInMonth, lastYear } from '../plan/issue-date';
import { parsePlan } from '../plan/load-plan';
import { formOf } from '../plan/plan-forms';
import { pathText, signersOf } from '../plan/signers';
import { at } from '../plan/yaml-locations';
import { numericDateText, parseCalendarDate, weekdayText } from '../view/date-words';
import { checkNextText, type MovedDate } from './check-next-text';
import { contentChecklist, formDatePaths } from './next-by-form';
import { applyEdits, removePair, replaceScalar, type Edit } from './source-edits';

export interface NextYear {
  text: string;
  /** This year's (the plan's date), for the file name. */
  year: number;
  /** What a person must still review, in order. */
  checklist: Bilingual[];
}

/**
 * One year on, same day and month; 29 February becomes 28 February. The weekday is not kept (a date moves by
 * 365 or 366 days, not by whole weeks): dates that fall on a weekend are listed for review.
 */
export function shiftDate(text: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return text;
  const year = Number(match[1]) + 1;
  if (match[3] === undefined) return `${year}-${match[2]}`;
  // Only 29 February changes: it becomes the 28th in a year that has none.
  const day = String(Math.min(Number(match[3]), daysInMonth(year, Number(match[2])))).padStart(2, '0');
  return `${year}-${match[2]}-${day}`;
}

/** plans/2020.yaml → plans/2021.yaml; a name without the year gets it appended. */
export function nextFileName(file: string, year: number): string {
  const { dir, name, ext } = path.parse(file);
  const renamed = name.includes(String(year)) ? name.replace(String(year), String(year + 1)) : `${name}-${year + 1}`;
  return path.join(dir, `${renamed}${ext || '.yaml'}`);
}

export function nextYear(source: string, file: string): NextYear {
  const { plan } = parsePlan(source, file); // a plan that does not validate is not rolled over
  const bom = source.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const text = source.slice(bom.length);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const edits: Edit[] = [];
  const checklist: Bilingual[] = [];
  const beyond: Diagnostic[] = [];
  const moved: MovedDate[] = [];

  const shift = (node: unknown, name: string) => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    if (Number(/^(\d{4})-/.exec(node.value)?.[1]) >= lastYear) {
      beyond.push(
        diagnostic(
          { file, ...at(node.range![0], lineCounter, text), path: name },
          'error',
          say(`ngày "${node.value}" sang năm sau sẽ là năm ${lastYear + 1}, quá năm ${lastYear}`, `the date "${node.value}" would move to the year ${lastYear + 1}, past ${lastYear}`),
          say(`năm của một ngày từ 1900 đến ${lastYear}; không tạo được kế hoạch năm sau, hãy sửa ngày này`, `a date's year is from 1900 to ${lastYear}; next year's plan cannot be made: correct this date`),
        ),
      );
      return;
    }
    const next = shiftDate(node.value);
    if (next !== node.value) {
      const edit = replaceScalar(text, node as Scalar, next);
      edits.push(edit);
      moved.push({ name, edit, where: at(node.range![0], lineCounter, text) });
    }
    if (node.value.endsWith('-02-29'))
      checklist.push(say(`${name}: 29/02 không có năm sau, đã đổi thành 28/02`, `${name}: 29 February does not exist next year; moved to 28 February`));
    const date = parseCalendarDate(next);
    const weekday = date ? weekdayText(date) : '';
    if (date && (weekday === 'thứ Bảy' || weekday === 'Chủ nhật'))
      checklist.push(say(`${name}: ${numericDateText(date)} rơi vào ${weekday}; xem lại ngày này`, `${name}: ${numericDateText(date)} is a ${weekday === 'Chủ nhật' ? 'Sunday' : 'Saturday'}; check this date`));
  };
  shift(document.get('date', true), 'date');
  const dates = document.get('dates', true);
  if (isMap(dates)) for (const item of dates.items) if (isPair(item) && isScalar(item.key)) shift(item.value, `dates.${String(item.key.value)}`);
  // The form's own dates (validUntil, leave.from…) move with the others, or a paper would expire before it is issued.
  for (const datePath of formDatePaths[formOf(plan)]) shift(document.getIn(datePath, true), datePath.join('.'));

  if (beyond.length > 0) throw new PlanError(beyond);

  if (plan.number !== undefined) {
    const removed = removePair(text, document, ['number']);
    if (removed) edits.push(removed);
    checklist.push(say('số văn bản (number): đã xóa, Văn thư sẽ cấp số mới', 'number: removed, the registry assigns a new one'));
  }
  for (const { signer, path } of signersOf(plan))
    if (signer.note && new RegExp('đã ký', 'i').test(signer.note)) {
      const removed = removePair(text, document, [...path, 'note']);
      if (removed) edits.push(removed);
      checklist.push(say(`ghi chú "(Đã ký)" (${pathText(path)}.note): đã xóa`, `the "(Đã ký)" note (${pathText(path)}.note): removed`));
    }

  // Years typed by hand in the text were not moved: list each line that still has one.
  const year = Number(plan.date.slice(0, 4));
  const typed = new RegExp(`(?<![\\d-])(${year}|${year - 1}|${year + 1})(?!\\d)`);
  // The dates just moved are not typed years (a date may sit on a line of its own, in a block scalar or a flow map).
  const unmoved = applyEdits(text, moved.map(({ edit }) => ({ ...edit, text: ' '.repeat(edit.end - edit.start) })));
  unmoved.split(/\r?\n/).forEach((line, index) => {
    const content = line.replace(/(^|\s)#.*$/, '');
    if (/^\s*(date|[a-z_]+:\s*["']?\d{4}-\d{2})/.test(content) || /^\s*#/.test(line)) return;
    const typedYear = typed.test(content.replace(/\{\{[^}]*\}\}/g, '')) ? typed.exec(content)![1] : undefined;
    if (typedYear)
      checklist.push(say(`dòng ${index + 1}: năm viết tay "${typedYear}" chưa đổi; dùng {{year}} hoặc sửa tay`, `line ${index + 1}: the year "${typedYear}" typed by hand was not changed; use {{year}} or edit it`));
  });

  if ('bases' in plan && plan.bases?.length) checklist.push(say('căn cứ (bases): văn bản căn cứ của năm mới', 'bases: the legal bases for the new year'));
  checklist.push(...contentChecklist(plan));
  const signerKey = plan.signers ? 'signers' : 'signer';
  checklist.push(say(`người ký (${signerKey}): họ tên và chức vụ`, `${signerKey}: name and title`));
  const next = applyEdits(text, edits);
  // The safety net: whatever an edit did, a plan that would not validate is never written.
  checkNextText(next, edits, moved, file);
  return { text: bom + next, year, checklist };
}

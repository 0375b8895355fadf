// Turns a template's tagged lines (see README.md) into the document model.
import { diagnostic, PlanError } from '../errors';
import { say, type Bilingual } from '../i18n/language';
import type { AddresseesBlock, AppendixHeadBlock, DocumentModel, HeaderBlock, ParagraphRole, Section, SignatureBlock, SignerPart, TableBlock, TitleBlock } from './document-model';
import { paragraphRoles } from './document-model';
import { parseInline } from './parse-inline';
import { layGrid } from './table-grid';
import { parseCellTag, parseRowTag, parseTableTag, TagError } from './table-tags';

type Group = 'header' | 'title' | 'addressees' | 'signature' | 'appendix-head';
type GroupBlock = HeaderBlock | TitleBlock | AddresseesBlock | SignatureBlock | AppendixHeadBlock;

const groupOfTag: Record<string, Group> = {
  'parent-agency': 'header',
  agency: 'header',
  'agency-mark': 'header',
  number: 'header',
  subject: 'header',
  nation: 'header',
  motto: 'header',
  'place-date': 'header',
  'draft-mark': 'header',
  'circulation-mark': 'header',
  'secrecy-mark': 'header',
  'urgency-mark': 'header',
  contact: 'header',
  'type-name': 'title',
  summary: 'title',
  'summary-mark': 'title',
  'title-reference': 'title',
  'to-label': 'addressees',
  to: 'addressees',
  'recipients-label': 'signature',
  recipient: 'signature',
  authority: 'signature',
  'signature-note': 'signature',
  'signer-name': 'signature',
  'drafter-mark': 'signature',
  'other-post': 'signature',
  'left-authority': 'signature',
  'left-signature-note': 'signature',
  'left-other-post': 'signature',
  'left-signer-name': 'signature',
  'partner-parent-agency': 'header',
  'partner-agency': 'header',
  'appendix-label': 'appendix-head',
  'appendix-title': 'appendix-head',
  'appendix-reference': 'appendix-head',
};

/** Start a new section, on new pages: an appendix, or an attachment (a document issued with the main one); `landscape` turns its pages. */
const sectionTags = ['appendix', 'attachment'] as const;
const sectionOptions = ['landscape', 'portrait'];

/** The table container: `@table …` opens it, `@row` starts a row, `@cell … | text` adds a cell, `@end-table` closes it. */
const tableTags = ['table', 'row', 'cell', 'end-table'];

const newGroup: { [G in Group]: () => Extract<GroupBlock, { type: G }> } = {
  header: () => ({ type: 'header', parentAgency: [], agency: [], number: '', nation: '', motto: '', placeDate: '' }),
  title: () => ({ type: 'title', name: '', summary: [] }),
  addressees: () => ({ type: 'addressees', label: '', names: [] }),
  signature: () => ({ type: 'signature', recipientsLabel: '', recipients: [], authority: [], note: null, name: null }),
  'appendix-head': () => ({ type: 'appendix-head', label: '', title: [], reference: [] }),
};

/** Fills one field of a group block from a tag; every tag of `groupOfTag` has a case here. */
function setField(block: GroupBlock, tag: string, text: string): void {
  if (block.type === 'header') {
    if (tag === 'parent-agency') block.parentAgency.push(text);
    else if (tag === 'agency') block.agency.push(text);
    else if (tag === 'agency-mark') block.agencyMark = text;
    else if (tag === 'number') block.number = text;
    else if (tag === 'subject') (block.subject ??= []).push(text);
    else if (tag === 'nation') block.nation = text;
    else if (tag === 'motto') block.motto = text;
    else if (tag === 'partner-parent-agency') (block.partner ??= { parentAgency: [], agency: [] }).parentAgency.push(text);
    else if (tag === 'partner-agency') (block.partner ??= { parentAgency: [], agency: [] }).agency.push(text);
    else if (tag === 'place-date') block.placeDate = text;
    else setMark(block, tag, text);
  } else if (block.type === 'title') {
    if (tag === 'type-name') block.name = text;
    else if (tag === 'summary-mark') block.mark = text;
    else if (tag === 'title-reference') (block.reference ??= []).push(text);
    else block.summary.push(text);
  } else if (block.type === 'addressees') {
    if (tag === 'to-label') block.label = text;
    else block.names.push(text);
  } else if (block.type === 'appendix-head') {
    if (tag === 'appendix-label') block.label = text;
    else if (tag === 'appendix-title') block.title.push(text);
    else block.reference.push(text);
  } else {
    if (tag === 'recipients-label') block.recipientsLabel = text;
    else if (tag === 'recipient') block.recipients.push(text);
    else if (tag === 'authority') block.authority.push(text);
    else if (tag === 'signature-note') block.note = text;
    else if (tag === 'drafter-mark') block.drafter = text;
    else if (tag === 'other-post') block.otherPost = text;
    else if (tag.startsWith('left-')) setLeftSigner((block.left ??= { authority: [], note: null, name: null }), tag, text);
    else block.name = text;
  }
}

/** A mark of page 1: the contact block takes one tag per line, the others one tag each. */
function setMark(block: HeaderBlock, tag: string, text: string): void {
  const marks = (block.marks ??= {});
  if (tag === 'contact') (marks.contact ??= []).push(text);
  else if (tag === 'draft-mark') marks.draft = text;
  else if (tag === 'circulation-mark') marks.circulation = text;
  else if (tag === 'secrecy-mark') marks.secrecy = text;
  else marks.urgency = text;
}

/**
 * The tag a block lacks besides its required fields: a second signer's authority, a partner's name, the label of
 * recipients (and recipients under a label), a subject's number.
 */
function lacksPart(block: GroupBlock): string | undefined {
  if (block.type === 'signature') {
    if (block.left?.authority.length === 0) return 'left-authority';
    if (block.recipients.length > 0 && !block.recipientsLabel) return 'recipients-label';
    if (block.recipientsLabel && block.recipients.length === 0) return 'recipient';
  }
  if (block.type === 'header') {
    if (block.partner?.agency.length === 0) return 'partner-agency';
    if (block.subject && !block.number) return 'number';
  }
  return undefined;
}

function setLeftSigner(left: SignerPart, tag: string, text: string): void {
  if (tag === 'left-authority') left.authority.push(text);
  else if (tag === 'left-signature-note') left.note = text;
  else if (tag === 'left-other-post') left.otherPost = text;
  else left.name = text;
}

// The number and place-date may be left out (Biên bản; an attached document), the summary (Giấy giới thiệu), Nơi
// nhận (an agreement): see `lacksPart` for what goes with what.
const requiredFields: Record<Group, string[]> = {
  header: ['agency', 'nation', 'motto'],
  title: ['name'],
  addressees: ['label', 'names'],
  signature: ['authority'],
  'appendix-head': ['label', 'reference'],
};

/** Finds the template line that writes a tag, so messages point into the template, not its output. */
export type TagLocator = (tag: string) => { file: string; line: number } | undefined;

export function parseMarkup(markup: string, meta: DocumentModel['meta'], templateFile: string, locateTag: TagLocator = () => undefined): DocumentModel {
  const sections: Section[] = [{ kind: 'main', landscape: false, blocks: [] }];
  let blocks = sections[0]!.blocks;
  /** The groups of the current section so far: each comes once per section. */
  let seenGroups = new Set<Group>();
  let open: { group: Group; tag: string; block: GroupBlock } | undefined;
  /** The table being read, and the output line of its "@table" (the only container: tables do not nest). */
  let table: { block: TableBlock; line: number } | undefined;
  /** Points at the template line writing `tag` when it can be found, else at the output line. */
  const fail = (outputLine: number, tag: string | undefined, message: Bilingual, hint?: Bilingual): never => {
    const located = tag ? locateTag(tag) : undefined;
    const where = located ?? { file: templateFile, line: undefined };
    const suffix = located ? say('', '') : say(` (dòng ${outputLine} của kết quả mẫu)`, ` (line ${outputLine} of the template's output)`);
    throw new PlanError([diagnostic({ file: where.file, line: where.line }, 'error', say(message.vi + suffix.vi, message.en + suffix.en), hint)]);
  };
  const close = (line: number) => {
    if (!open) return;
    for (const field of requiredFields[open.group]) {
      // A Party or Đoàn header has its mark under the agency and no motto.
      if (field === 'motto' && open.block.type === 'header' && open.block.agencyMark) continue;
      const value = (open.block as unknown as Record<string, unknown>)[field];
      if (value === '' || (Array.isArray(value) && value.length === 0))
        fail(
          line,
          open.tag,
          say(`khối "${open.group}" thiếu phần "${field}"`, `the "${open.group}" block lacks its "${field}"`),
          say('mẫu (template) phải viết đủ các thẻ của khối này liền nhau', 'the template must write all tags of this block together'),
        );
    }
    // A second signer (the "@left-…" tags) needs its authority lines too; a partner agency its name.
    const lacking = lacksPart(open.block);
    if (lacking)
      fail(
        line,
        open.tag,
        say(`khối "${open.group}" thiếu thẻ "@${lacking}"`, `the "${open.group}" block lacks its "@${lacking}"`),
        say('mẫu (template) phải viết đủ các thẻ của khối này liền nhau', 'the template must write all tags of this block together'),
      );
    blocks.push(open.block);
    open = undefined;
  };

  const lines = markup.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '') return;
    const match = /^@([a-z0-9-]+)(?:\s(.*))?$/.exec(line);
    if (!match)
      return fail(
        lineNumber,
        undefined,
        say(`dòng kết quả của mẫu không bắt đầu bằng thẻ "@...": "${line.slice(0, 60)}"`, `a line of the template's output does not start with an "@tag": "${line.slice(0, 60)}"`),
        say('mỗi dòng của mẫu phải là "@thẻ nội dung", xem src/model/README.md', 'each template line must be "@tag text", see src/model/README.md'),
      );
    const tag = match[1]!;
    const text = (match[2] ?? '').trim();
    if (table && !tableTags.includes(tag))
      fail(
        lineNumber,
        tag,
        say(`bảng mở ở dòng ${table.line} chưa đóng bằng "@end-table" trước thẻ "@${tag}"`, `the table opened on line ${table.line} is not closed with "@end-table" before "@${tag}"`),
        say('mỗi "@table" cần một "@end-table" sau hàng cuối', 'every "@table" needs an "@end-table" after its last row'),
      );
    if (tableTags.includes(tag)) {
      close(lineNumber);
      readTableTag(lineNumber, tag, text);
      return;
    }
    if ((sectionTags as readonly string[]).includes(tag)) {
      close(lineNumber);
      const options = text.split(/\s+/).filter(Boolean);
      const unknown = options.find((option) => !sectionOptions.includes(option));
      if (unknown !== undefined)
        fail(
          lineNumber,
          tag,
          say(`thẻ "@${tag}" không có tùy chọn "${unknown}"`, `the tag "@${tag}" has no option "${unknown}"`),
          say(`các tùy chọn: ${sectionOptions.join(', ')}`, `the options: ${sectionOptions.join(', ')}`),
        );
      const section: Section = { kind: tag as (typeof sectionTags)[number], landscape: options.includes('landscape'), blocks: [] };
      sections.push(section);
      blocks = section.blocks;
      seenGroups = new Set();
      return;
    }
    const group = groupOfTag[tag];
    if (group) {
      if (open?.group !== group) {
        close(lineNumber);
        if (seenGroups.has(group))
          fail(
            lineNumber,
            tag,
            say(`khối "${group}" xuất hiện hai lần`, `the "${group}" block appears twice`),
            say('các thẻ của một khối phải viết liền nhau', 'the tags of one block must come together'),
          );
        seenGroups.add(group);
        open = { group, tag, block: newGroup[group]() };
      }
      // An empty field the tag prints: a form without it (a Biên bản's place-date) under a template that writes it anyway.
      if (text === '')
        fail(
          lineNumber,
          tag,
          say(`thẻ "@${tag}" không có nội dung`, `the tag "@${tag}" has no text`),
          say(
            'loại văn bản này không có phần đó; viết thẻ trong {{#if …}} như mẫu có sẵn của plan (ví dụ {{#if placeDate}} ở partials/header.hbs)',
            'this document type has no such part; write the tag inside {{#if …}} as plan\'s built-in templates do (e.g. {{#if placeDate}} in partials/header.hbs)',
          ),
        );
      setField(open!.block, tag, text);
      return;
    }
    close(lineNumber);
    if (!(paragraphRoles as readonly string[]).includes(tag))
    {
      const tags = [...Object.keys(groupOfTag), ...paragraphRoles, ...sectionTags, ...tableTags].join(', ');
      return fail(lineNumber, tag, say(`thẻ "@${tag}" không tồn tại`, `there is no tag "@${tag}"`), say(`các thẻ: ${tags}`, `the tags: ${tags}`));
    }
    if (text === '') return;
    blocks.push({ type: 'paragraph', role: tag as ParagraphRole, runs: parseInline(text) });
  });
  close(lines.length);
  if (table)
    fail(
      lines.length,
      'table',
      say(`bảng mở ở dòng ${table.line} không được đóng bằng "@end-table"`, `the table opened on line ${table.line} is never closed with "@end-table"`),
      say('mỗi "@table" cần một "@end-table" sau hàng cuối', 'every "@table" needs an "@end-table" after its last row'),
    );
  return { meta, sections };

  /** One tag of the table container, read against the table open so far. */
  function readTableTag(lineNumber: number, tag: string, text: string): void {
    const outside = () =>
      fail(lineNumber, tag, say(`thẻ "@${tag}" nằm ngoài bảng`, `the tag "@${tag}" is outside a table`), say('viết nó giữa "@table …" và "@end-table"', 'write it between "@table …" and "@end-table"'));
    try {
      if (tag === 'table') {
        if (table)
          fail(lineNumber, tag, say(`bảng không được nằm trong bảng (bảng mở ở dòng ${table.line})`, `a table cannot stand inside a table (the one opened on line ${table.line})`), say('đóng bảng trước bằng "@end-table"', 'close the first table with "@end-table"'));
        table = { block: parseTableTag(text), line: lineNumber };
      } else if (!table) outside();
      else if (tag === 'row') table.block.rows.push(parseRowTag(text));
      else if (tag === 'cell') {
        const row = table.block.rows.at(-1);
        if (!row) fail(lineNumber, tag, say('thẻ "@cell" đứng trước "@row" đầu tiên', 'the tag "@cell" comes before the first "@row"'), say('mỗi hàng bắt đầu bằng "@row"', 'each row starts with "@row"'));
        row!.cells.push(parseCellTag(text));
      } else {
        checkTable(lineNumber, table);
        blocks.push(table.block);
        table = undefined;
      }
    } catch (error) {
      if (!(error instanceof TagError)) throw error;
      fail(lineNumber, tag, error.text, error.hint);
    }
  }

  /** A closed table has rows, its header rows among them, and every row fills the grid. */
  function checkTable(lineNumber: number, { block, line }: { block: TableBlock; line: number }): void {
    const problem = layGrid(block.rows.map((row) => row.cells), block.columns.length).problems[0];
    const wrong = (message: ReturnType<typeof say>) =>
      fail(lineNumber, 'end-table', say(`bảng mở ở dòng ${line}: ${message.vi}`, `the table opened on line ${line}: ${message.en}`), say('sửa mẫu (template) viết bảng này', 'fix the template that writes this table'));
    if (block.rows.length === 0) wrong(say('không có hàng nào', 'it has no rows'));
    if (block.headerRows >= block.rows.length) wrong(say(`header=${block.headerRows} không để lại hàng nội dung nào`, `header=${block.headerRows} leaves no body row`));
    if (problem) wrong(say(`hàng ${problem.row + 1} không khớp với ${block.columns.length} cột`, `row ${problem.row + 1} does not fit its ${block.columns.length} columns`));
  }
}

// Layout of ô 9a: "Kính gửi:" and the addressees (Công văn, and Tờ trình or Báo cáo sent upward), before the body.
import { textWidth } from '../fonts/font-metrics';
import type { AddresseesBlock } from '../model/document-model';
import { type LayoutContext, paragraph, run } from './paragraph-parts';
import { mm, type ResolvedParagraph } from './resolved-document';

const regular = { bold: false, italic: false };

/**
 * One addressee: "Kính gửi: <name>" on one line, centred (spec §9, as practice sets it). Several: the label and the
 * first name on one line, then each name its own paragraph, the dashes one under another at the theme's distance from
 * the text's left edge (the sample's 45 mm; nearer when the label would not fit before it), each name's wrapped lines
 * hanging under its text, not its dash. Body size, regular, the theme's space above; all kept with the body's start.
 */
export function resolveAddressees(block: AddresseesBlock, ctx: LayoutContext): ResolvedParagraph[] {
  const { theme } = ctx;
  const size = theme.sizesPt.body;
  const options = { keepNext: true, keepLines: true };
  const spaceBeforePt = theme.addresseesSpaceBeforePt;
  if (block.names.length === 1)
    return [paragraph([run(`${block.label} ${block.names[0]}`, size)], size, { ...options, align: 'center', spaceBeforePt })];
  const labelPt = textWidth(`${block.label} `, regular, size);
  const dashPt = Math.max(mm(theme.addresseesDashMm), labelPt);
  return block.names.map((name, index) => {
    const hangPt = /^- /.test(name) ? textWidth('- ', regular, size) : 0;
    const first = index === 0;
    return paragraph([run(first ? `${block.label} ${name}` : name, size)], size, {
      ...options,
      indentLeftPt: dashPt + hangPt,
      firstLinePt: -(hangPt + (first ? labelPt : 0)),
      spaceBeforePt: first ? spaceBeforePt : 0,
    });
  });
}

// Layout of the closing table: Nơi nhận on the left (ô 9b), the signature block on the right (ô 7).
import { ascent, textWidth } from '../fonts/font-metrics';
import type { SignatureBlock } from '../model/document-model';
import { type LayoutContext, paragraph, run } from './paragraph-parts';
import type { ResolvedTable } from './resolved-document';

export function resolveSignature(block: SignatureBlock, ctx: LayoutContext): ResolvedTable {
  const { theme } = ctx;
  const s = theme.sizesPt;
  const leftPt = ctx.textWidthPt * theme.signatureLeftShare;
  const rightPt = ctx.textWidthPt - leftPt;
  const gap = theme.signatureSpaceBeforePt;
  // "Nơi nhận:" (12 pt) sits level with the first signer line (14 pt): same baseline.
  const labelShift = ascent(s.signer) - ascent(s.recipientsLabel);
  const labelStyle = theme.recipientsLabelStyle;
  const label = run(block.recipientsLabel, s.recipientsLabel, labelStyle.bold, labelStyle.italic);
  const left = [
    paragraph([labelStyle.underline ? { ...label, underline: true } : label], s.recipientsLabel, { spaceBeforePt: gap + labelShift, keepNext: true }),
    // A wrapped recipient continues under its text, not under its dash (a hanging indent as wide as "- ").
    ...block.recipients.map((line) => {
      const hang = /^- /.test(line) ? textWidth('- ', { bold: false, italic: false }, s.recipients) : 0;
      return paragraph([run(line, s.recipients)], s.recipients, { keepNext: true, indentLeftPt: hang, firstLinePt: -hang });
    }),
  ];
  const centered = { align: 'center' as const, keepNext: true };
  const right = [
    // The last line is the signer's own title: upright, not bold, on Party documents (theme.signerTitleBold).
    ...block.authority.map((line, index) =>
      paragraph([run(line, s.signer, theme.signerTitleBold || index < block.authority.length - 1)], s.signer, { ...centered, spaceBeforePt: index === 0 ? gap : 0 }),
    ),
    ...(block.note ? [paragraph([run(block.note, s.signer, false, true)], s.signer, { ...centered, spaceBeforePt: theme.signatureNoteGapPt })] : []),
    ...(block.name
      ? [paragraph([run(block.name, s.signer, true)], s.signer, { ...centered, spaceBeforePt: block.note ? theme.signatureGapPt - theme.signatureNoteGapPt : theme.signatureGapPt })]
      : []),
  ];
  return {
    kind: 'table',
    indentPt: 0,
    cellPaddingPt: ctx.paddingPt,
    rows: [{ cantSplit: true, cells: [{ widthPt: leftPt, paragraphs: left }, { widthPt: rightPt, paragraphs: right }] }],
  };
}


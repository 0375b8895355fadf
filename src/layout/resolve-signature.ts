// Layout of the closing table: Nơi nhận on the left (ô 9b), the signature block on the right (ô 7); with two signers
// (a joint document), both blocks side by side in equal columns and Nơi nhận under the left one (Mẫu 1.9).
import { ascent, textWidth } from '../fonts/font-metrics';
import type { SignatureBlock, SignerPart } from '../model/document-model';
import { type LayoutContext, paragraph, run, twipParagraph } from './paragraph-parts';
import type { ResolvedParagraph, ResolvedTable } from './resolved-document';
import { paragraphHeight, setParagraph } from './set-paragraph';

export function resolveSignature(block: SignatureBlock, ctx: LayoutContext): ResolvedTable {
  const { theme } = ctx;
  const s = theme.sizesPt;
  const leftPt = ctx.textWidthPt * (block.left ? theme.twoSignersLeftShare : theme.signatureLeftShare);
  const rightPt = ctx.textWidthPt - leftPt;
  const gap = theme.signatureSpaceBeforePt;
  let right = signerParagraphs(block, ctx);
  let left: ResolvedParagraph[];
  if (block.left) {
    // The shorter block's signature space grows by the difference, so the two names stand level (Mẫu 1.9) and
    // Nơi nhận starts under both signatures.
    const height = (paragraphs: ResolvedParagraph[], widthPt: number) => paragraphs.reduce((sum, p) => sum + paragraphHeight(setParagraph(p, 0, widthPt - 2 * ctx.paddingPt)), 0);
    const difference = height(right, rightPt) - height(signerParagraphs(block.left, ctx), leftPt);
    const leftSigner = signerParagraphs(block.left, ctx, Math.max(0, difference));
    right = signerParagraphs(block, ctx, Math.max(0, -difference));
    // A block with neither name nor other post has nothing to lower: Nơi nhận then goes lower instead.
    const unplaced = block.left.name || block.left.otherPost ? 0 : Math.max(0, difference);
    left = [...leftSigner, ...(block.recipientsLabel ? recipientParagraphs(block, ctx, theme.twoSignersRecipientsGapPt + unplaced) : [])];
  } else if (!block.recipientsLabel) {
    // No Nơi nhận (an agreement): the left cell stays empty; it holds an empty paragraph a twip high.
    left = [twipParagraph()];
  } else {
    // "Nơi nhận:" (12 pt) sits level with the first signer line (14 pt): same baseline.
    left = recipientParagraphs(block, ctx, gap + ascent(s.signer) - ascent(s.recipientsLabel));
  }
  return {
    kind: 'table',
    indentPt: 0,
    cellPaddingPt: ctx.paddingPt,
    rows: [{ cantSplit: true, cells: [{ widthPt: leftPt, paragraphs: left }, { widthPt: rightPt, paragraphs: right }] }],
  };
}

/** "Nơi nhận:" and the recipients, the label `spaceBeforePt` below what is above it. */
function recipientParagraphs(block: SignatureBlock, ctx: LayoutContext, spaceBeforePt: number): ResolvedParagraph[] {
  const s = ctx.theme.sizesPt;
  const labelStyle = ctx.theme.recipientsLabelStyle;
  const label = run(block.recipientsLabel, s.recipientsLabel, labelStyle.bold, labelStyle.italic);
  return [
    paragraph([labelStyle.underline ? { ...label, underline: true } : label], s.recipientsLabel, { spaceBeforePt, keepNext: true }),
    // A wrapped recipient continues under its text, not under its dash (a hanging indent as wide as "- ").
    ...block.recipients.map((line) => {
      const hang = /^- /.test(line) ? textWidth('- ', { bold: false, italic: false }, s.recipients) : 0;
      return paragraph([run(line, s.recipients)], s.recipients, { keepNext: true, indentLeftPt: hang, firstLinePt: -hang });
    }),
    // Ô 12 ("PL.(300)"), on the line under "- Lưu: …", under its text.
    ...(block.drafter ? [paragraph([run(block.drafter, s.recipients)], s.recipients, { keepNext: true, indentLeftPt: textWidth('- ', { bold: false, italic: false }, s.recipients) })] : []),
  ];
}

/**
 * One signature block: the authority and title lines, the note in the signature space, the other post, the name;
 * `extraGapPt` widens the signature space (to level two blocks).
 */
function signerParagraphs(part: SignerPart, ctx: LayoutContext, extraGapPt = 0): ResolvedParagraph[] {
  const { theme } = ctx;
  const s = theme.sizesPt;
  const centered = { align: 'center' as const, keepNext: true };
  // The signature's room ends above the other post (ô 7b) when there is one, else above the name.
  const afterGap = (part.note ? theme.signatureGapPt - theme.signatureNoteGapPt : theme.signatureGapPt) + extraGapPt;
  return [
    // The last line is the signer's own title: upright, not bold, on Party documents (theme.signerTitleBold).
    ...part.authority.map((line, index) =>
      paragraph([run(line, s.signer, theme.signerTitleBold || index < part.authority.length - 1)], s.signer, { ...centered, spaceBeforePt: index === 0 ? theme.signatureSpaceBeforePt : 0 }),
    ),
    ...(part.note ? [paragraph([run(part.note, s.signer, false, true)], s.signer, { ...centered, spaceBeforePt: theme.signatureNoteGapPt })] : []),
    ...(part.otherPost ? [paragraph([run(part.otherPost, s.signer, true)], s.signer, { ...centered, spaceBeforePt: afterGap })] : []),
    ...(part.name ? [paragraph([run(part.name, s.signer, true)], s.signer, { ...centered, spaceBeforePt: part.otherPost ? 0 : afterGap })] : []),
  ];
}

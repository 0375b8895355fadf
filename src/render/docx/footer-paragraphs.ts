// The first page's footer (the contact block, ô 13) as docx paragraphs: docx writes the footer parts.
import { BorderStyle, Footer, LineRuleType, Paragraph, TextRun } from 'docx';
import type { ResolvedParagraph } from '../../layout/resolved-document';
import { docxAlignment } from './alignment';
import { eighths, halfPoints, lineMultiple, twips } from './units';

/** One resolved paragraph as docx writes it (the footer holds only text lines and a rule carrier). */
function footerParagraph(p: ResolvedParagraph): Paragraph {
  return new Paragraph({
    children: p.runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size: halfPoints(r.sizePt) })),
    alignment: docxAlignment[p.align],
    indent: { left: twips(p.indentLeftPt), right: twips(p.indentRightPt) },
    spacing:
      p.lineSpacing.rule === 'exact'
        ? { before: twips(p.spaceBeforePt), after: twips(p.spaceAfterPt), line: twips(p.lineSpacing.pt), lineRule: LineRuleType.EXACT }
        : { before: twips(p.spaceBeforePt), after: twips(p.spaceAfterPt), line: lineMultiple(p.lineSpacing.value), lineRule: LineRuleType.AUTO },
    ...(p.bottomRule ? { border: { bottom: { style: BorderStyle.SINGLE, size: eighths(p.bottomRule.thicknessPt), color: '000000', space: 0 } } } : {}),
    run: { size: halfPoints(p.emptySizePt) },
  });
}

export function footerOf(paragraphs: readonly ResolvedParagraph[]): Footer {
  return new Footer({ children: paragraphs.map(footerParagraph) });
}

/** An empty footer: a section after one with a first-page footer must have its own, or Word repeats the other. */
export const emptyFooter = (): Footer => new Footer({ children: [new Paragraph({ children: [] })] });

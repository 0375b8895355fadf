// A resolved paragraph's alignment as the docx library names it (the page number and the footer use docx's objects).
import { AlignmentType } from 'docx';

export const docxAlignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

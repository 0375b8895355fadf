// The embedded font: Tinos (metric-compatible with Times New Roman), one TTF per style, from the pinned npm package.
import path from 'node:path';

export interface FontStyle {
  bold: boolean;
  italic: boolean;
}

/** The family name the DOCX asks for; Word uses Times New Roman, LibreOffice its metric twin. */
export const documentFontFamily = 'Times New Roman';

const packageDir = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));

const files = {
  regular: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italic: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
} as const;

export type FontKey = keyof typeof files;

export const fontKeys = Object.keys(files) as FontKey[];

export function fontKey(style: FontStyle): FontKey {
  if (style.bold) return style.italic ? 'boldItalic' : 'bold';
  return style.italic ? 'italic' : 'regular';
}

export function fontPath(key: FontKey): string {
  return path.join(packageDir, files[key]);
}

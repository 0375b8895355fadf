// Converts a DOCX to PDF with LibreOffice headless, in a fresh profile per run; fails loudly when it is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const installHint = 'LibreOffice is needed: apt-get install libreoffice-writer-nogui fonts-liberation2';

export function findSoffice(): string {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync(process.platform === 'win32' ? 'where' : 'which', [name], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim().split(/\r?\n/)[0]!;
  }
  throw new Error(installHint);
}

/** Converts `docx` into a PDF in `outDir` and returns its path. */
export function convertWithLibreOffice(docx: string, outDir: string): string {
  const soffice = findSoffice();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-lo-profile-'));
  try {
    execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.parse(docx).name}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
  return pdf;
}

// The preview's page, in the chosen language: a toolbar (page count, zoom, downloads), the plan's problems, the pages.
// Its script and style are served beside it (preview/ in the package); no inline script, so the page's CSP forbids all.
import type { Language } from '../../i18n/language';

const words = {
  vi: {
    title: 'Xem trước',
    zoom: 'Thu phóng',
    zoomOut: 'Thu nhỏ',
    zoomIn: 'Phóng to',
    downloadDocx: 'Tải DOCX',
    downloadPdf: 'Tải PDF',
    pagesRegion: 'Các trang của văn bản',
    script: {
      pages: '{count} trang',
      pageOf: 'Trang {n} trên {count}',
      errors: 'Kế hoạch có lỗi: đang hiện bản dựng tốt gần nhất',
      warnings: 'Cảnh báo',
      building: 'Đang dựng…',
      updating: 'Đang cập nhật…',
      updatedAt: 'Đã cập nhật lúc {time} ({ms} ms)',
      failedAt: 'Dựng lỗi lúc {time}',
      disconnected: 'Mất kết nối với plan preview (đã dừng?)',
      drawFailed: 'Không vẽ được trang:',
    },
  },
  en: {
    title: 'Preview',
    zoom: 'Zoom',
    zoomOut: 'Zoom out',
    zoomIn: 'Zoom in',
    downloadDocx: 'Download DOCX',
    downloadPdf: 'Download PDF',
    pagesRegion: "The document's pages",
    script: {
      pages: '{count} page(s)',
      pageOf: 'Page {n} of {count}',
      errors: 'The plan has errors: showing the last good build',
      warnings: 'Warnings',
      building: 'Building…',
      updating: 'Updating…',
      updatedAt: 'Updated at {time} ({ms} ms)',
      failedAt: 'Build failed at {time}',
      disconnected: 'Lost the connection to plan preview (stopped?)',
      drawFailed: 'Could not draw the pages:',
    },
  },
} as const;

const zooms = [0.5, 0.75, 1, 1.25, 1.5, 2];

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page for the plan named `name` (the outputs' name: 2020 for plans/2020.yaml). */
export function pageHtml(name: string, language: Language): string {
  const w = words[language];
  const n = escape(name);
  // JSON in a data block: "<" escaped so no text can end the element.
  const labels = JSON.stringify(w.script).replace(/</g, '\\u003c');
  const options = zooms.map((zoom) => `<option value="${zoom}"${zoom === 1 ? ' selected' : ''}>${zoom * 100} %</option>`).join('');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${n} · ${w.title} · plan</title>
<link rel="stylesheet" href="/preview.css">
<script type="application/json" id="labels">${labels}</script>
<script src="/pdfjs/pdf.min.js" defer></script>
<script src="/preview.js" defer></script>
</head>
<body>
<header>
<h1>${n}</h1>
<span id="page-count"></span>
<div class="zoom" role="group" aria-label="${w.zoom}">
<button type="button" id="zoom-out" aria-label="${w.zoomOut}" title="${w.zoomOut}">−</button>
<label class="visually-hidden" for="zoom">${w.zoom}</label>
<select id="zoom">${options}</select>
<button type="button" id="zoom-in" aria-label="${w.zoomIn}" title="${w.zoomIn}">+</button>
</div>
<a class="download" href="/document.docx" download="${n}.docx" aria-disabled="true" tabindex="-1">${w.downloadDocx}</a>
<a class="download" href="/document.pdf" download="${n}.pdf" aria-disabled="true" tabindex="-1">${w.downloadPdf}</a>
<span id="status" role="status" aria-live="polite">${w.script.building}</span>
</header>
<main tabindex="-1">
<section id="problems" role="alert" hidden><h2></h2><pre id="problem-text"></pre></section>
<div id="pages" role="region" aria-label="${w.pagesRegion}" tabindex="0"></div>
</main>
</body>
</html>
`;
}

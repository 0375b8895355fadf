// plan preview's page: draws the current PDF with pdf.js (canvas and text layer per page), and on every rebuild the
// server announces (server-sent events) draws the new one in place, page by page, so the scroll position stays.
'use strict';
(() => {
  const labels = JSON.parse(document.getElementById('labels').textContent);
  const pdfjs = window.pdfjsLib;
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/pdf.worker.min.js';
  // One worker for every document: started once, not once per rebuild (loading it is most of a redraw's time).
  const worker = new pdfjs.PDFWorker();
  const pagesEl = document.getElementById('pages');
  const problems = document.getElementById('problems');
  const problemText = document.getElementById('problem-text');
  const status = document.getElementById('status');
  const pageCount = document.getElementById('page-count');
  const zoomSelect = document.getElementById('zoom');
  const downloads = document.querySelectorAll('a.download');
  /** PDF points to CSS pixels, as pdf.js's viewer counts them. */
  const cssPerPoint = 96 / 72;
  let shownVersion = -1;
  /** Bumped by every new drawing: a drawing that is no longer the latest stops at its next step. */
  let drawing = 0;
  let current = null;

  const setStatus = (text) => (status.textContent = text);
  const time = () => new Date().toLocaleTimeString(document.documentElement.lang);

  /** Draws one page into a new element (canvas and text layer), off the page until it is complete. */
  async function drawPage(pdf, number, scale) {
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale: scale * cssPerPoint });
    const ratio = window.devicePixelRatio || 1;
    const element = document.createElement('section');
    element.className = 'page';
    element.dataset.page = String(number);
    element.setAttribute('aria-label', labels.pageOf.replace('{n}', number).replace('{count}', pdf.numPages));
    element.style.width = `${Math.floor(viewport.width)}px`;
    element.style.height = `${Math.floor(viewport.height)}px`;
    element.style.setProperty('--scale-factor', String(viewport.scale));
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    canvas.setAttribute('aria-hidden', 'true');
    const text = document.createElement('div');
    text.className = 'textLayer';
    element.append(canvas, text);
    await Promise.all([
      page.render({ canvasContext: canvas.getContext('2d'), viewport, transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0] }).promise,
      pdfjs.renderTextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).promise,
    ]);
    return element;
  }

  /** Draws the document of `version`, each page put in place of the old one as soon as it is drawn. */
  async function draw(version) {
    const mine = ++drawing;
    const response = await fetch(`/document.pdf?v=${version}`, { cache: 'no-store' });
    if (!response.ok || mine !== drawing) return;
    const data = new Uint8Array(await response.arrayBuffer());
    const pdf = await pdfjs.getDocument({ data, worker, isEvalSupported: false }).promise;
    if (mine !== drawing) return void pdf.destroy();
    const scale = Number(zoomSelect.value);
    for (let number = 1; number <= pdf.numPages; number++) {
      const element = await drawPage(pdf, number, scale);
      if (mine !== drawing) return void pdf.destroy();
      const old = pagesEl.children[number - 1];
      if (old) old.replaceWith(element);
      else pagesEl.append(element);
    }
    while (pagesEl.children.length > pdf.numPages) pagesEl.lastElementChild.remove();
    pageCount.textContent = labels.pages.replace('{count}', pdf.numPages);
    current?.destroy();
    current = pdf;
    shownVersion = version;
    document.body.dataset.version = String(version);
  }

  /** Applies what the server says: new pages, the plan's problems (shown over the last good pages), the status. */
  async function apply(state) {
    const failing = state.messages.length > 0 && !state.ok;
    problems.hidden = state.messages.length === 0;
    problems.querySelector('h2').textContent = failing ? labels.errors : labels.warnings;
    problemText.textContent = state.messages.join('\n\n');
    pagesEl.classList.toggle('stale', failing);
    for (const link of downloads) link.setAttribute('aria-disabled', state.version > 0 ? 'false' : 'true');
    if (state.version > 0 && state.version !== shownVersion) {
      setStatus(labels.updating);
      await draw(state.version);
    }
    if (state.version === 0 && !failing) setStatus(labels.building);
    else setStatus((failing ? labels.failedAt : labels.updatedAt).replace('{time}', time()).replace('{ms}', state.ms));
  }

  let queue = Promise.resolve();
  const events = new EventSource('/events');
  events.onmessage = (event) => {
    const state = JSON.parse(event.data);
    queue = queue.then(() => apply(state)).catch((error) => setStatus(`${labels.drawFailed} ${error.message}`));
  };
  events.onerror = () => setStatus(labels.disconnected);

  /** A new zoom: the pages drawn again at that size, the same place of the document kept in view. */
  function zoomTo(value) {
    const main = pagesEl.parentElement;
    const at = main.scrollHeight > 0 ? main.scrollTop / main.scrollHeight : 0;
    zoomSelect.value = value;
    queue = queue.then(async () => {
      if (shownVersion > 0) await draw(shownVersion);
      main.scrollTop = at * main.scrollHeight;
    });
  }
  zoomSelect.addEventListener('change', () => zoomTo(zoomSelect.value));
  const step = (by) => {
    const options = [...zoomSelect.options];
    const next = options[Math.min(options.length - 1, Math.max(0, zoomSelect.selectedIndex + by))];
    if (next.value !== zoomSelect.value) zoomTo(next.value);
  };
  document.getElementById('zoom-out').addEventListener('click', () => step(-1));
  document.getElementById('zoom-in').addEventListener('click', () => step(1));
})();

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

  const setStatus = (text) => (status.textContent = text);
  const time = () => new Date().toLocaleTimeString(document.documentElement.lang);

  /** Each page element's document, so a page scrolled into view later is drawn from the one it shows. */
  const documentOf = new WeakMap();

  /** Draws the page's pixels into its canvas; the text layer is drawn with every page, for selection and Ctrl+F. */
  async function drawCanvas(element) {
    const pdf = documentOf.get(element);
    const page = await pdf.getPage(Number(element.dataset.page));
    const viewport = page.getViewport({ scale: Number(element.dataset.scale) * cssPerPoint });
    const ratio = window.devicePixelRatio || 1;
    const canvas = element.querySelector('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    element.dataset.drawn = 'pixels';
    await page.render({ canvasContext: canvas.getContext('2d'), viewport, transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0] }).promise;
  }

  /**
   * Makes one page's element, off the page until it is complete: its text layer always, its pixels only when it is
   * near the view (a long document would otherwise hold hundreds of canvases); the others are drawn when scrolled to.
   */
  async function drawPage(pdf, number, scale, withPixels) {
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale: scale * cssPerPoint });
    const element = document.createElement('section');
    element.className = 'page';
    element.dataset.page = String(number);
    element.dataset.scale = String(scale);
    element.setAttribute('aria-label', labels.pageOf.replace('{n}', number).replace('{count}', pdf.numPages));
    element.style.width = `${Math.floor(viewport.width)}px`;
    element.style.height = `${Math.floor(viewport.height)}px`;
    element.style.setProperty('--scale-factor', String(viewport.scale));
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 0;
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    canvas.setAttribute('aria-hidden', 'true');
    const text = document.createElement('div');
    text.className = 'textLayer';
    element.append(canvas, text);
    documentOf.set(element, pdf);
    await Promise.all([
      withPixels ? drawCanvas(element) : null,
      pdfjs.renderTextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).promise,
    ]);
    return element;
  }

  const main = pagesEl.parentElement;
  /** Whether the element is within a screen's height of the view. */
  const nearView = (element) => {
    const box = element.getBoundingClientRect();
    const view = main.getBoundingClientRect();
    return box.bottom > view.top - view.height && box.top < view.bottom + view.height;
  };
  // Pages coming near the view get their pixels; pages far from it give them up (their text stays).
  const sight = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (isIntersecting && target.dataset.drawn !== 'pixels') drawCanvas(target).catch(() => undefined);
        else if (!isIntersecting && target.dataset.drawn === 'pixels') {
          const canvas = target.querySelector('canvas');
          canvas.width = canvas.height = 0;
          target.dataset.drawn = 'text';
        }
      }
    },
    { root: main, rootMargin: '100% 0px' },
  );

  /** Documents whose pages may still be on screen: let go once a newer one is wholly drawn. */
  const documents = new Set();

  /** Draws the document of `version`: the pages near the view first, each put in place of the old one when drawn. */
  async function draw(version) {
    const mine = ++drawing;
    const response = await fetch(`/document.pdf?v=${version}`, { cache: 'no-store' });
    if (!response.ok || mine !== drawing) return;
    const data = new Uint8Array(await response.arrayBuffer());
    const pdf = await pdfjs.getDocument({ data, worker, isEvalSupported: false }).promise;
    documents.add(pdf);
    if (mine !== drawing) return;
    const scale = Number(zoomSelect.value);
    const numbers = Array.from({ length: pdf.numPages }, (_, index) => index + 1);
    const near = (number) => {
      const old = pagesEl.children[number - 1];
      return old ? nearView(old) : number <= 2;
    };
    const order = [...numbers.filter(near), ...numbers.filter((number) => !near(number))];
    const nearOnes = new Set(order.slice(0, numbers.filter(near).length));
    for (const number of order) {
      const element = await drawPage(pdf, number, scale, nearOnes.has(number));
      if (mine !== drawing) return;
      // Pages beyond the old count are added in order (a page drawn early waits for those before it).
      while (pagesEl.children.length < number - 1) pagesEl.append(placeholder(element));
      const old = pagesEl.children[number - 1];
      if (old) {
        sight.unobserve(old);
        old.replaceWith(element);
      } else pagesEl.append(element);
      sight.observe(element);
    }
    while (pagesEl.children.length > pdf.numPages) {
      sight.unobserve(pagesEl.lastElementChild);
      pagesEl.lastElementChild.remove();
    }
    pageCount.textContent = labels.pages.replace('{count}', pdf.numPages);
    for (const other of documents) if (other !== pdf) other.destroy();
    documents.clear();
    documents.add(pdf);
    shownVersion = version;
    document.body.dataset.version = String(version);
  }

  /** An empty page of the same size, holding the place of one not drawn yet. */
  function placeholder(like) {
    const element = document.createElement('section');
    element.className = 'page';
    element.style.width = like.style.width;
    element.style.height = like.style.height;
    return element;
  }

  /** Applies what the server says: new pages, the plan's problems (shown over the last good pages), the status. */
  async function apply(state) {
    const failing = state.messages.length > 0 && !state.ok;
    problems.hidden = state.messages.length === 0;
    problems.querySelector('h2').textContent = failing ? labels.errors : labels.warnings;
    problemText.textContent = state.messages.join('\n\n');
    pagesEl.classList.toggle('stale', failing);
    // Before the first good build there is nothing to download: the links are off, for the keyboard too.
    for (const link of downloads) {
      link.setAttribute('aria-disabled', state.version > 0 ? 'false' : 'true');
      link.tabIndex = state.version > 0 ? 0 : -1;
    }
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

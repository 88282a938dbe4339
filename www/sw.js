// Offline support for the Claimcheck page: precaches the page, its code and the
// WebAssembly package; serves from the network when it can (so updates show at once)
// and from the cache when it cannot. Only same-origin GET requests are touched.

const CACHE = 'claimcheck-v2';
const PRECACHE = [
  './',
  'index.html',
  'app.js',
  'claim-check.js',
  'element/claim-check.js',
  'element/compat.js',
  'element/diff.js',
  'element/dom.js',
  'element/engine.js',
  'element/geometry.js',
  'element/i18n.js',
  'element/panel.js',
  'element/styles.js',
  'element/text.js',
  'element/tooltip.js',
  'element/paragraphs.js',
  'element/worker.js',
  'element/worker-core.js',
  'element/adapters/index.js',
  'element/adapters/textarea.js',
  'element/adapters/contenteditable.js',
  'element/adapters/iframe.js',
  'element/adapters/scale.js',
  'element/adapters/moves.js',
  'i18n/en.json',
  'i18n/nl.json',
  'i18n/vi.json',
  'element/dismissals.js',
  'panel/csv.js',
  'panel/dismissal-tools.js',
  'panel/draft-panel.js',
  'panel/style.js',
  'i18n/workflow/en.json',
  'i18n/workflow/nl.json',
  'i18n/workflow/vi.json',
  'style.css',
  'pkg/claimcheck.js',
  'pkg/claimcheck_bg.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // One entry per file: `?instance=n` (a fresh copy of the module after a trap) is the same file.
    const key = url.origin + url.pathname;
    try {
      const response = await fetch(request);
      if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
      return response;
    } catch (error) {
      const cached = (await cache.match(key)) ??
        (request.mode === 'navigate' ? await cache.match(new URL('./', self.location).href) : undefined);
      if (cached) return cached;
      throw error;
    }
  })());
});

// Offline support for the Claimcheck page: precaches the page, its code and the
// WebAssembly package; serves from the network when it can (so updates show at once)
// and from the cache when it cannot. Only same-origin GET requests are touched.

const CACHE = 'claimcheck-v3';
// Every file the page loads: its script is one bundle (dist/page.js, built by
// build-single.mjs: the page, the element, the wording and the wasm-bindgen glue), which
// is also the checking worker, and the wasm, gzipped (dist/claimcheck_bg.wasm.gz).
const PRECACHE = [
  './',
  'index.html',
  'style.css',
  'dist/page.js',
  'dist/claimcheck_bg.wasm.gz',
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

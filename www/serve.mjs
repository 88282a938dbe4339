#!/usr/bin/env node
// A tiny static server for www/ (no dependencies), bound to 127.0.0.1.
//
//   node serve.mjs [PORT]        PORT from argv, else $PORT, else 8080; 0 = a free port
//
// Serves www/ with the page's Content-Security-Policy as a header, and Quill's
// distribution files (for embed-demo.html) from node_modules/quill/dist at /vendor/quill/.

import { createServer } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const WWW = dirname(fileURLToPath(import.meta.url));

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  // The page's gzipped wasm (dist/claimcheck_bg.wasm.gz), inflated by the page itself:
  // a file, not a Content-Encoding.
  '.gz': 'application/gzip',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** URL path prefixes served from outside www/'s own files. */
const ALIASES = [['/vendor/quill/', join(WWW, 'node_modules', 'quill', 'dist')]];

function resolvePath(pathname, root, modules) {
  for (const [prefix, dir] of ALIASES) {
    if (pathname.startsWith(prefix)) return inside(dir, pathname.slice(prefix.length));
  }
  // Dependencies are not part of the site, apart from the aliases above (the package
  // tests serve a scratch project's node_modules on purpose: `modules`).
  if (!modules && (pathname === '/node_modules' || pathname.startsWith('/node_modules/'))) return null;
  return inside(root, pathname.slice(1));
}

function inside(dir, relative) {
  if (relative.split('/').some((part) => part.startsWith('.'))) return null; // dotfiles, ..
  const file = resolve(dir, relative);
  return file === dir || file.startsWith(dir + sep) ? file : null;
}

function send(res, code, message) {
  res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP });
  res.end(`${message}\n`);
}

export function createStaticServer({ root = WWW, modules = false } = {}) {
  return createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'Method not allowed');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      send(res, 400, 'Bad request');
      return;
    }
    if (pathname.includes('\0')) {
      send(res, 400, 'Bad request');
      return;
    }
    let file = resolvePath(pathname, root, modules);
    if (!file) {
      send(res, 404, 'Not found');
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${pathname}/` });
          res.end();
          return;
        }
        file = join(file, 'index.html');
        info = await stat(file);
      }
      res.writeHead(200, {
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      send(res, 404, 'Not found');
    }
  });
}

/** Starts the server; resolves to { server, url }. */
export function serve({ port = 8080, host = '127.0.0.1', root = WWW, modules = false } = {}) {
  const server = createStaticServer({ root, modules });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolveStart({ server, url: `http://${host}:${actual}/` });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const raw = process.argv[2] ?? process.env.PORT ?? '8080';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve.mjs: "${raw}" is not a port number (0-65535; 0 picks a free port)`);
    process.exit(2);
  }
  if (!existsSync(join(WWW, 'pkg', 'claimcheck.js'))) {
    console.warn('serve.mjs: www/pkg/ is missing: build it first with scripts/build-wasm.sh');
  }
  serve({ port }).then(({ server, url }) => {
    console.log(`Serving Claimcheck at ${url}`);
    const stop = () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }, (error) => {
    console.error(`serve.mjs: cannot listen on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
  });
}

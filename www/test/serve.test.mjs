// serve.mjs: address, MIME types, the CSP header, and what it refuses to serve.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { useBrowser } from '../test-lib/harness.mjs';
import { CSP } from '../serve.mjs';

const env = useBrowser({ browser: false });

/** A raw GET (fetch would normalise `..` away before sending). */
function get(path, method = 'GET') {
  const { hostname, port } = new URL(env.server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('it listens on 127.0.0.1 on the port it prints', () => {
  assert.match(env.server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.notEqual(new URL(env.server.url).port, '0');
});

test('pages, scripts, styles and wasm get their MIME types and the CSP', async () => {
  const expected = {
    '/': 'text/html; charset=utf-8',
    '/app.js': 'text/javascript; charset=utf-8',
    '/serve.mjs': 'text/javascript; charset=utf-8',
    '/style.css': 'text/css; charset=utf-8',
    '/pkg/claimcheck_bg.wasm': 'application/wasm',
    '/vendor/quill/quill.js': 'text/javascript; charset=utf-8',
  };
  for (const [path, type] of Object.entries(expected)) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers['content-type'], type, path);
    assert.equal(res.headers['content-security-policy'], CSP, path);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  }
  assert.match((await get('/')).body, /<claim-check id="checker" for="#draft">/);
  assert.equal(CSP, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'");
});

test('it refuses paths outside www/, dotfiles, node_modules and other methods', async () => {
  for (const path of ['/../Cargo.toml', '/%2e%2e/Cargo.toml', '/..%2fCargo.toml', '/node_modules/quill/package.json', '/vendor/quill/../package.json', '/.gitignore', '/nope.html']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
  }
  assert.equal((await get('/', 'POST')).status, 405);
  assert.equal((await get('/test', 'GET')).status, 301);
});

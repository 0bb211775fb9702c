import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticleUrl, isPrivateAddress, type FetchRules } from '../../../src/refresh/url-fetch.ts';

const ARTICLE = '<html><head><title>Rally in Lisbon</title></head><body><p>LISBON, May 3, 2024 — Hundreds rallied.</p></body></html>';

let server: Server;
let base: string;
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const path = req.url ?? '/';
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (path === '/lisbon-rally.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    } else if (path === '/notes') {
      res.writeHead(200, { 'content-type': 'text/markdown' }).end('# Notes\n\nA rally was held.');
    } else if (hop) {
      const n = Number(hop[1]);
      if (n === 0) res.writeHead(302, { location: '/lisbon-rally.html' }).end();
      else res.writeHead(301, { location: `/hop/${n - 1}` }).end();
    } else if (path === '/slow') {
      // Never answers: the client's time limit must end it.
    } else if (path === '/missing') {
      res.writeHead(404, { 'content-type': 'text/html' }).end('not found');
    } else if (path === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    } else if (path === '/untyped') {
      res.writeHead(200).end('some text');
    } else if (path === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '50000' }).end('x'.repeat(50_000));
    } else if (path === '/big-streamed') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('x'.repeat(3_000));
      res.end('x'.repeat(3_000));
    } else if (path === '/to-ftp') {
      res.writeHead(302, { location: 'ftp://example.org/a.txt' }).end();
    } else {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const rules: FetchRules = { maxBytes: 4_000, timeoutMs: 400, allowPrivate: true };

describe('fetchArticleUrl', () => {
  it('GIVEN an HTML article link THEN returns its bytes and a file name from the path', async () => {
    const r = await fetchArticleUrl(`${base}/lisbon-rally.html`, rules);
    expect(r).toMatchObject({ ok: true, contentType: 'text/html', suggestedName: 'lisbon-rally.html' });
    if (r.ok) expect(Buffer.from(r.bytes).toString()).toBe(ARTICLE);
  });

  it('GIVEN a markdown link without extension THEN the name gets .md', async () => {
    expect(await fetchArticleUrl(`${base}/notes`, rules)).toMatchObject({ ok: true, suggestedName: 'notes.md' });
  });

  it('GIVEN three redirects THEN follows them; GIVEN four THEN refuses as too many redirects', async () => {
    expect(await fetchArticleUrl(`${base}/hop/2`, rules)).toMatchObject({ ok: true, finalUrl: `${base}/lisbon-rally.html` });
    const r = await fetchArticleUrl(`${base}/hop/3`, rules);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/redirects too often/) });
  });

  it('GIVEN a server that never answers THEN gives up at the time limit', async () => {
    const started = Date.now();
    const r = await fetchArticleUrl(`${base}/slow`, rules);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/timed out after 400 ms/) });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it.each([
    ['/missing', /HTTP 404/],
    ['/report.pdf', /not text: content type "application\/pdf"/],
    ['/untyped', /not text: content type "none"/],
    ['/big-declared', /over the 4000-byte limit/],
    ['/big-streamed', /over the 4000-byte limit/],
    ['/to-ftp', /only http and https/],
  ])('GIVEN %s THEN refuses with a reason', async (path, reason) => {
    const r = await fetchArticleUrl(`${base}${path}`, rules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('GIVEN a non-http scheme or garbage THEN refuses without a request', async () => {
    expect(await fetchArticleUrl('file:///etc/passwd', rules)).toMatchObject({ ok: false, reason: expect.stringMatching(/only http and https/) });
    expect(await fetchArticleUrl('not a url', rules)).toMatchObject({ ok: false, reason: expect.stringMatching(/not a URL/) });
  });

  it('GIVEN private addresses are not allowed THEN loopback by IP and by name are refused before any request reaches the server', async () => {
    const strict = { ...rules, allowPrivate: false };
    const before = hits;
    const byIp = await fetchArticleUrl(`${base}/lisbon-rally.html`, strict);
    expect(byIp).toMatchObject({ ok: false, reason: expect.stringMatching(/refused: 127\.0\.0\.1 is a private or loopback address/) });
    const port = new URL(base).port;
    const byName = await fetchArticleUrl(`http://localhost:${port}/lisbon-rally.html`, strict);
    expect(byName).toMatchObject({ ok: false, reason: expect.stringMatching(/resolves to a private or loopback address/) });
    expect(hits).toBe(before);
  });
});

describe('isPrivateAddress', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1'])(
    'GIVEN %s THEN it is private',
    (a) => expect(isPrivateAddress(a)).toBe(true),
  );
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('GIVEN %s THEN it is public', (a) =>
    expect(isPrivateAddress(a)).toBe(false),
  );
});

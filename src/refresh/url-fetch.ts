import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';

/** Limits for fetching an article from a link or an attachment URL. */
export interface FetchRules {
  maxBytes: number;
  timeoutMs: number;
  /** Allow loopback, private and link-local addresses (tests only). */
  allowPrivate: boolean;
  maxRedirects?: number;
}

export type FetchResult =
  | { ok: true; finalUrl: string; bytes: Uint8Array; contentType: string; suggestedName: string }
  | { ok: false; reason: string };

/** Media types an article may come as. */
const TEXT_TYPES = new Map([
  ['text/html', '.html'],
  ['application/xhtml+xml', '.html'],
  ['text/markdown', '.md'],
  ['text/x-markdown', '.md'],
  ['text/plain', '.txt'],
]);

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** True for loopback, private, link-local, multicast and unspecified addresses (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return true;
}

class FetchRefused extends Error {}

function safeLookup(allowPrivate: boolean) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number },
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    dnsLookup(hostname, { all: true, ...(options.family ? { family: options.family } : {}) }, (err, addresses) => {
      if (err) return callback(err, '');
      // Checked here, at connect time, so a DNS answer cannot change between the check and the request.
      const bad = addresses.find((a) => isPrivateAddress(a.address));
      if (!allowPrivate && bad) {
        return callback(new FetchRefused(`${hostname} resolves to a private or loopback address (${bad.address})`) as NodeJS.ErrnoException, '');
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`no address for ${hostname}`) as NodeJS.ErrnoException, '');
      return callback(null, first.address, first.family);
    });
  };
}

function nameFromUrl(url: URL, contentType: string): string {
  const ext = TEXT_TYPES.get(contentType) ?? '.txt';
  const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
  const base = (last || url.hostname).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 80) || 'article';
  return /\.(txt|md|markdown|html?)$/i.test(base) ? base : `${base.replace(/\.[A-Za-z0-9]{1,5}$/, '')}${ext}`;
}

interface Hop {
  status: number;
  location?: string;
  contentType: string;
  bytes?: Uint8Array;
}

function requestOnce(url: URL, rules: FetchRules, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.get(url, { lookup: safeLookup(rules.allowPrivate) as never, signal, headers: { 'user-agent': 'Archivist/0.1', accept: 'text/html, text/markdown, text/plain' } }, (res) => {
      const status = res.statusCode ?? 0;
      const contentType = (res.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (status >= 300 && status < 400) {
        res.resume();
        resolve({ status, contentType, ...(res.headers.location ? { location: res.headers.location } : {}) });
        return;
      }
      if (status < 200 || status >= 300 || !TEXT_TYPES.has(contentType)) {
        res.resume();
        resolve({ status, contentType });
        return;
      }
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (declared > rules.maxBytes) {
        res.destroy();
        reject(new FetchRefused(`it is ${declared} bytes, over the ${rules.maxBytes}-byte limit`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > rules.maxBytes) {
          res.destroy();
          reject(new FetchRefused(`it is over the ${rules.maxBytes}-byte limit`));
          return;
        }
        chunks.push(c);
      });
      res.on('end', () => resolve({ status, contentType, bytes: new Uint8Array(Buffer.concat(chunks)) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/**
 * Fetches an article by URL under the upload rules: http(s) only, no private addresses (resolved and checked
 * on every hop), at most `maxRedirects` (3) redirects followed by hand, a size cap and an overall time limit,
 * and a text content type. Never rejects: failures are reasons.
 */
export async function fetchArticleUrl(raw: string, rules: FetchRules): Promise<FetchResult> {
  const maxRedirects = rules.maxRedirects ?? 3;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), rules.timeoutMs);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    clearTimeout(timer);
    return { ok: false, reason: `upload: "${raw}" is not a URL` };
  }
  try {
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return { ok: false, reason: `upload: only http and https links are fetched, not ${url.protocol}` };
      }
      const host = url.hostname.replace(/^\[|\]$/g, '');
      if (isIP(host) && !rules.allowPrivate && isPrivateAddress(host)) {
        return { ok: false, reason: `upload: ${url.href} is refused: ${host} is a private or loopback address` };
      }
      const hop = await requestOnce(url, rules, controller.signal);
      if (hop.status >= 300 && hop.status < 400) {
        if (!hop.location) return { ok: false, reason: `upload: ${url.href} answered HTTP ${hop.status} without a location` };
        if (redirects >= maxRedirects) return { ok: false, reason: `upload: ${raw} redirects too often (more than ${maxRedirects} redirects)` };
        url = new URL(hop.location, url);
        continue;
      }
      if (hop.status < 200 || hop.status >= 300) return { ok: false, reason: `upload: ${url.href} answered HTTP ${hop.status}` };
      if (!hop.bytes) {
        return { ok: false, reason: `upload: ${url.href} is not text: content type "${hop.contentType || 'none'}" (html, markdown or plain text only)` };
      }
      return { ok: true, finalUrl: url.href, bytes: hop.bytes, contentType: hop.contentType, suggestedName: nameFromUrl(url, hop.contentType) };
    }
  } catch (err) {
    if (controller.signal.aborted) return { ok: false, reason: `upload: ${raw} timed out after ${rules.timeoutMs} ms` };
    if (err instanceof FetchRefused || (err as { cause?: unknown }).cause instanceof FetchRefused) {
      return { ok: false, reason: `upload: ${url.href} is refused: ${(err as Error).message}` };
    }
    return { ok: false, reason: `upload: ${url.href} could not be fetched: ${(err as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}

import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/ingest/index.ts';

const enc = new TextEncoder();
const BODY = 'Protesters gathered in front of the city hall of Lyon on Sunday to demand the release of jailed teachers, organisers said.\n';

function reason(name: string, bytes: Uint8Array, maxBytes?: number): string {
  const r = parseArticleFile({ name, bytes }, maxBytes === undefined ? undefined : { maxBytes });
  expect(r.ok).toBe(false);
  if (r.ok) return '';
  expect(r.file).toBe(name.split('/').pop());
  return r.reason;
}

describe('bad input is a value with a human reason, never a throw', () => {
  it('GIVEN a zero-byte file THEN "empty file"', () => {
    expect(reason('empty.txt', new Uint8Array(0))).toBe('empty file');
  });

  it('GIVEN a file of only whitespace THEN it is reported empty', () => {
    expect(reason('blank.txt', enc.encode(' \n\n\t \n'))).toMatch(/^empty file/);
  });

  it('GIVEN NUL bytes THEN "binary file"', () => {
    expect(reason('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]))).toMatch(/^binary file/);
  });

  it('GIVEN valid UTF-8 that is mostly control characters THEN "binary file"', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)));
    expect(reason('blob.txt', bytes)).toMatch(/^binary file/);
  });

  it('GIVEN bytes that are not UTF-8 (Latin-1 "é") THEN "invalid UTF-8"', () => {
    const bytes = new Uint8Array([...enc.encode('Caf'), 0xe9, ...enc.encode(' in Paris where the rally ended.\n')]);
    expect(reason('latin1.txt', bytes)).toBe('invalid UTF-8');
  });

  it('GIVEN UTF-16 with a byte-order mark (either byte order) THEN it is decoded and read like UTF-8', () => {
    const text = `A Rally in Lyon for Jailed Teachers\r\n\r\n${BODY.trim()}\r\n`;
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    for (const bytes of [le, be]) {
      const r = parseArticleFile({ name: 'utf16.txt', bytes });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.article.title).toBe('A Rally in Lyon for Jailed Teachers');
      expect(r.article.text).toBe(BODY.trim());
    }
  });

  it('GIVEN UTF-16 with a byte-order mark but an odd byte count THEN "invalid UTF-16LE", not binary', () => {
    expect(reason('utf16-odd.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]))).toMatch(/^invalid UTF-16LE/);
  });

  it('GIVEN UTF-16 without a byte-order mark THEN it is binary (NUL bytes): its byte order cannot be known', () => {
    expect(reason('utf16-nobom.txt', new Uint8Array(Buffer.from(BODY, 'utf16le')))).toMatch(/^binary file/);
  });

  it('GIVEN a file over the limit THEN the reason names the limit and the size', () => {
    const big = new Uint8Array(Math.round(6.1 * 1024 * 1024)).fill(0x61);
    expect(reason('huge.txt', big)).toBe('over the 5 MB limit (6.1 MB)');
    expect(reason('small-limit.txt', enc.encode(BODY), 10)).toBe(`over the 10 bytes limit (${enc.encode(BODY).length} bytes)`);
  });

  it('GIVEN an unsupported extension or none THEN it is skipped with the extension named', () => {
    expect(reason('report.pdf', enc.encode(BODY))).toMatch(/unsupported file type \(\.pdf\)/);
    expect(reason('README', enc.encode(BODY))).toMatch(/no extension/);
  });

  it('GIVEN a page that is nothing but clutter THEN "no article text after removing page clutter"', () => {
    const page = '728 x 90\n\nShare\n\nFacebook Twitter Email\n\nLatest news\n\nSome Other Story Title\n\nA teaser that stops...\n';
    expect(reason('clutter.txt', enc.encode(page))).toBe('no article text after removing page clutter');
  });

  it('GIVEN an HTML page with no text THEN it is skipped, not thrown', () => {
    expect(reason('empty.html', enc.encode('<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>'))).toMatch(/no article text/);
  });

  it('GIVEN an .html file with no element at all ("!", found by the property test) THEN it is skipped with a reason, not thrown', () => {
    expect(reason('bang.html', enc.encode('!'))).toBe('no article text after removing page clutter');
  });

  it('GIVEN malformed YAML front matter THEN the file is skipped with the YAML error (decision: not read as article text)', () => {
    const page = `---\ntitle: [unclosed\ndate: 2020-01-01\n---\n${BODY}`;
    expect(reason('broken.md', enc.encode(page))).toMatch(/^malformed YAML front matter/);
    expect(reason('scalar.md', enc.encode(`---\njust a sentence\n---\n${BODY}`))).toMatch(/^malformed YAML front matter/);
  });

  it('GIVEN an unreadable front matter date THEN the article is kept, the date unknown and the bad value noted', () => {
    const r = parseArticleFile({ name: 'odd-date.md', bytes: enc.encode(`---\ntitle: A Rally in Lyon for Jailed Teachers\ndate: sometime last spring\n---\n${BODY}`) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.date.precision).toBe('unknown');
    expect(r.article.ignoredDates?.[0]?.text).toBe('sometime last spring');
  });

  it('GIVEN a leading "---" rule with no closing line THEN it is plain text, not front matter', () => {
    const r = parseArticleFile({ name: 'rule.txt', bytes: enc.encode(`---\n${BODY}`) });
    expect(r.ok).toBe(true);
  });

  it('GIVEN a UTF-8 BOM and Windows line ends THEN the text is read cleanly', () => {
    const r = parseArticleFile({ name: 'bom.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(`A Rally in Lyon for Jailed Teachers\r\n\r\n${BODY.trim()}\r\n`)]) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.title).toBe('A Rally in Lyon for Jailed Teachers');
    expect(r.article.text).toBe(BODY.trim());
  });
});

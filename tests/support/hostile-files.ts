import { Rng } from '../../bench/prng.ts';

/**
 * Hostile archive files, generated (never committed): each shape that once made reading a report slow or fail,
 * plus the bad files a folder may hold. Seeded, so every run writes the same bytes.
 */

const WORDS = 'rally supporters people thousands police freedom democracy Paris Iran called attended said the of in and by for while who was about'.split(' ');
const FIRST = ['Anna', 'Bert', 'Carl', 'Dora', 'Emil', 'Frida', 'Goran', 'Hanna', 'Ivar', 'Jonas', 'Karin', 'Lars'];
const LAST = ['Berg', 'Dahl', 'Lund', 'Holm', 'Strand', 'Ek', 'Sjöberg', 'Nyqvist', 'Wall', 'Falk'];

export interface HostileFile {
  name: string;
  bytes: Uint8Array;
  /** What the build must say: indexed, or skipped with a reason matching this. */
  expect: 'indexed' | RegExp;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function repeatTo(bytes: number, make: (i: number) => string, joiner = ' '): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = make(i);
    parts.push(p);
    size += p.length + joiner.length;
  }
  return parts.join(joiner);
}

/** Each hostile shape the reader must get through in time, and each bad file it must report. `scale` shrinks the big ones. */
export function hostileFiles(scale = 1): HostileFile[] {
  const rng = new Rng(12);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
  const mb = (n: number): number => Math.round(n * 1024 * 1024 * scale);
  const name = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  return [
    // Shapes that must be read, in time.
    { name: 'one-line.txt', expect: 'indexed', bytes: utf8(`Supporters rally in Paris\n\n${repeatTo(mb(3), (i) => (i % 37 === 0 ? `${(i % 9000) + 100}` : pick(WORDS)))}`) },
    {
      name: 'deep-divs.html',
      expect: 'indexed',
      bytes: utf8(`<html><head><title>Deep page</title></head><body>${'<div>'.repeat(50_000 * scale)}<p>Thousands of supporters rallied in Paris on Saturday, organisers said.</p>${'</div>'.repeat(50_000 * scale)}</body></html>`),
    },
    { name: 'many-quotes.txt', expect: 'indexed', bytes: utf8(`Quotes from the rally\n\n${repeatTo(mb(0.55), (i) => `“We want freedom number ${i},” said ${name()}.`)}`) },
    { name: 'many-numbers.txt', expect: 'indexed', bytes: utf8(`Figures of the uprising\n\n${repeatTo(mb(0.5), (i) => `Police said ${i + 10} people were arrested, ${i % 500} injured and ${i % 70} killed in ${i % 90} cities on ${1 + (i % 28)} November 2019.`)}`) },
    { name: 'many-names.txt', expect: 'indexed', bytes: utf8(`Speakers at the conference\n\n${repeatTo(mb(0.5), () => `Speakers included ${name()}, ${name()} and ${name()} of ${pick(LAST)} ${pick(['Council', 'Committee', 'Forum'])}.`)}`) },
    { name: 'prose.txt', expect: 'indexed', bytes: utf8(`A long report\n\n${repeatTo(mb(4.9), (i) => `On day ${i} of the campaign, ${name()} told ${i % 1000} supporters in ${pick(['Paris', 'Berlin', 'London', 'Oslo'])} that the rally would go on.${i % 6 === 5 ? '\n' : ''}`)}`) },
    {
      name: 'utf16.txt',
      expect: 'indexed',
      bytes: new Uint8Array([0xff, 0xfe, ...Buffer.from('A rally in Lyon\n\nAbout 300 people gathered in Lyon on Sunday, organisers said.\n', 'utf16le')]),
    },
    // Files that must be reported, each with its reason.
    { name: 'one-word.txt', expect: /^no readable text \(a run of 100,000 characters/, bytes: utf8('x'.repeat(100_000)) },
    { name: 'empty.txt', expect: /^empty file/, bytes: new Uint8Array() },
    { name: 'picture.txt', expect: /^binary file/, bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) },
    { name: 'latin1.txt', expect: /^invalid UTF-8/, bytes: new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' on the square where the rally ended.\n')]) },
    { name: 'nuls.txt', expect: /^binary file \(contains NUL bytes\)/, bytes: utf8('A rally in Paris.\u0000\u0000\u0000 Thousands attended.\n') },
    { name: 'too-big.txt', expect: /^over the 5 MB limit/, bytes: new Uint8Array(Math.round(5.2 * 1024 * 1024)).fill(0x61) },
  ];
}

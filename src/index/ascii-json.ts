/**
 * `JSON.stringify` with every character past ASCII written as a `\uXXXX` escape: the same JSON value, read back
 * by `JSON.parse` to the same strings. A text of ASCII characters only is decoded from UTF-8 on the fast path and held
 * as one byte a character; one character past Latin-1 anywhere in a 50 MB snapshot made the whole string two bytes a
 * character (100 MB held while it is parsed) and its decoding four times slower.
 */
export function asciiJson(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) return json as unknown as string;
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, escape) : json;
}

const NON_ASCII = /[^\x00-\x7e]/;
const NON_ASCII_ALL = /[^\x00-\x7e]/g;
const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

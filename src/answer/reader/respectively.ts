/**
 * "A, B, C et D, respectivement maires de W, de X, de Y et de Z" / "A and B, respectively mayors of X and Y": a list
 * of names whose roles a second list gives in the same order. Each name holds only the item at its own place.
 */

/** One name's share of a "respectively" list: the role noun with that name's own item ("maire de Y"). */
export interface RespectiveRole {
  role: string;
  item: string;
  index: number;
  names: number;
}

const MARK = /,\s*(?:respectivement|respectively|jeweils)\s+/iu;
/** Lower-case words that may stand inside a place's or body's name ("Jouy le Moutiers", "Magny en Vexin"). */
const NAME_LINKS = /^(?:le|la|les|en|sur|sous|lès|lez|de|du|des|d[’']|am|an|der|im|of|the|upon|on)$/iu;

/** The items of the second list: "maires d’A, de B et de C …" → role "maires", items ["A", "B", "C"]. */
function itemsAfter(tail: string): { head: string; items: string[] } | undefined {
  const first = /^((?:[\p{Ll}\p{M}-]+\s+){0,3}?[\p{Ll}\p{M}-]+)\s+(?:(?:de|du|des|of|von|der)\s+(?:la\s+|l[’']\s*|the\s+)?|d[’']\s*)(?=\p{Lu})/u.exec(tail);
  if (!first?.[1]) return undefined;
  const head = first[1];
  const items: string[] = [];
  let rest = tail.slice(first[0].length);
  for (;;) {
    const words = rest.split(/(\s+)/);
    let name = '';
    let taken = '';
    for (let i = 0; i < words.length; i += 2) {
      const w = words[i] ?? '';
      const bare = w.replace(/[,;.:]+$/, '');
      if (/^\p{Lu}/u.test(bare)) {
        taken = `${taken}${bare}`;
        name = taken;
        if (bare !== w) break;
        taken += words[i + 1] ?? ' ';
      } else if (name && NAME_LINKS.test(bare) && bare === w) taken += `${w}${words[i + 1] ?? ' '}`;
      else break;
    }
    if (!name) break;
    items.push(name.trim());
    rest = rest.slice(rest.indexOf(name) + name.length);
    const next = /^\s*(?:,\s*(?:and\s+|et\s+|und\s+)?|\s+(?:and|et|und)\s+)(?:(?:de|du|des|of|von|der)\s+(?:la\s+|l[’']\s*|the\s+)?|d[’']\s*)?(?=\p{Lu})/u.exec(rest);
    if (!next) break;
    rest = rest.slice(next[0].length);
  }
  return items.length >= 2 ? { head, items } : undefined;
}

/**
 * The names of the first list, as [start, end) offsets: comma- or "and"-joined runs of capitalised words right before
 * the mark, read backwards from it.
 */
function namesBefore(text: string, markAt: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let end = markAt;
  for (;;) {
    const seg = /((?:\p{Lu}[\p{L}\p{M}’'.-]*)(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,4})\s*$/u.exec(text.slice(Math.max(0, end - 80), end));
    if (!seg?.[1]) break;
    const start = end - seg[0].length;
    out.unshift({ start, end: start + seg[1].length });
    const joint = /(?:,\s*|\s+(?:and|et|und)\s+|,\s*(?:and|et|und)\s+)$/u.exec(text.slice(Math.max(0, start - 8), start));
    if (!joint) break;
    end = start - joint[0].length;
  }
  return out;
}

/**
 * The share of a "respectively" list held by the name at [start, end) of a sentence; `null` when the name stands in
 * such a list whose two sides do not pair up (no role can be read for it); `undefined` when it stands in none.
 */
export function respectiveRole(text: string, start: number, end: number): RespectiveRole | null | undefined {
  const m = MARK.exec(text);
  if (!m || m.index < end) return undefined;
  const names = namesBefore(text, m.index);
  const index = names.findIndex((n) => n.start <= start && n.end >= end);
  if (index < 0) return undefined;
  const tail = itemsAfter(text.slice(m.index + m[0].length));
  if (!tail || tail.items.length !== names.length) return null;
  const item = tail.items[index] as string;
  // ("maires" for one mayor: the plural noun of the list is made singular for one name's share.)
  const head = tail.head.replace(/(\p{L}{3,})s(?=$|\s|-)/gu, '$1');
  const linker = /^respectively$/i.test(m[0].replace(/[\s,]/g, '')) ? 'of' : /^jeweils$/i.test(m[0].replace(/[\s,]/g, '')) ? 'von' : 'de';
  const joined = linker === 'de' && /^[AEIOUYÉÈÊÂÎÔ]/u.test(item) ? `${head} d’${item}` : `${head} ${linker} ${item}`;
  return { role: joined, item, index, names: names.length };
}

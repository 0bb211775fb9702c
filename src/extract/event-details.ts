/** Organisers and purpose of an event, read from the sentences that describe it. */
import { readProperPhrase, type Phrase } from './orgs.ts';

/** The acronym of a name when it gives one ("National Council of Resistance of Iran (NCRI)" → "NCRI"). */
function shortName(p: Phrase): string {
  const acr = /\(([\p{Lu}\p{N}/&.-]{2,})\)\s*$/u.exec(p.text);
  return acr?.[1] ?? p.text.replace(/^[“"‘«]|[”"’»]$/gu, '');
}

/** Splits "PMOI/MEK and the NCRI" into its groups; a name such as "Council for Peace and Justice" stays whole. */
function splitGroups(p: Phrase): string[] {
  // "the NCRI in Paris": a place after an acronym says where the group is, not its name.
  const parts = p.text.split(/\s+and\s+(?:the\s+)?(?=\p{Lu})/u).map((x) => x.replace(/^([\p{Lu}\p{N}/&.-]{2,}(?:\s*\([^)]*\))?)\s+in\s+\p{Lu}[\p{L}-]+$/u, '$1'));
  if (parts.length === 1) return [shortName({ text: parts[0]!, start: 0, end: 0 })];
  if (parts.length > 1 && parts.every((x) => /^[\p{Lu}\p{N}/&.-]+(?:\s*\([^)]*\))?$/u.test(x) || /\([\p{Lu}/]+\)$/u.test(x))) {
    return parts.map((x) => shortName({ text: x, start: 0, end: 0 }));
  }
  return [shortName(p)];
}

const GAP_STOP = new Set('at in on to a an the of for by with from and or held was were is are has have had will would rally rallies protest'.split(' '));

/** The organisation named at `from`, skipping a short lowercase description ("the Iranian opposition People's Mojahedin …"). */
export function readOrganisation(text: string, from: number): Phrase | undefined {
  const windowEnd = Math.min(text.length, from + 90);
  let best: Phrase | undefined;
  let pos = from;
  for (let hops = 0; hops < 4 && pos < windowEnd; hops++) {
    const p = readProperPhrase(text, pos);
    if (p && p.start < windowEnd) {
      const isBetter = !best || /\)$/.test(p.text) || p.text.split(/\s+/).length > best.text.split(/\s+/).length + 1;
      if (isBetter && !(best && /\)$/.test(best.text))) best = p;
      pos = p.end;
    }
    // "the German wing of the National Council …", "the Swiss branch of X": the body is the one after "of".
    const part = /^\s*(?:branch|wing|chapter|section|arm|division|affiliate|office)\s+of\s+(?:the\s+)?(?=\p{Lu})/u.exec(text.slice(pos));
    if (part) {
      best = undefined;
      pos += part[0].length;
      continue;
    }
    // Skip a short description between names ("the Iranian opposition People's Mojahedin …"), never a verb or preposition.
    const gapMatch = /^\s*(?:[\p{Ll}][\p{L}-]*\s+){1,2}/u.exec(text.slice(pos));
    if (!gapMatch || /[,.;:]/.test(text.slice(pos, pos + 2))) break;
    // ("organised by the platforms X and Y": an article may lead the first description, as it leads a name.)
    const gapWords = gapMatch[0].trim().split(/\s+/);
    if (hops === 0 && gapWords.length === 2 && /^(?:the|a|an)$/.test(gapWords[0]!)) gapWords.shift();
    if (gapWords.some((w) => /(?:ed|ing)$/.test(w) || GAP_STOP.has(w))) break;
    pos += gapMatch[0].length;
  }
  return best;
}

/** Organisers stated outright: "at the invitation of X", "organised by X", "called by X". */
export function findOrganisers(text: string): string[] {
  const out: string[] = [];
  // ("The organisers, the Coalition for a Free Valdor, said …": a body named in apposition to the organisers.)
  const re = /\b(?:at the invitation of|(?:organi[sz]ed|called|sponsored|hosted|convened|initiated|co-organi[sz]ed)\s+by|organi[sz]ers?\s+(?:were|was|included)|organi[sz]ers?,\s+(?=(?:the\s+)?\p{Lu}))\s*/giu;
  for (const m of text.matchAll(re)) {
    let p = readOrganisation(text, m.index + m[0].length);
    // ("organised by the Tarn Council: Friends of Vell; the Oslen League, East and West; and the Kessa Circle":
    // bodies listed by semicolons, whatever follows each name up to its semicolon, are each an organiser.)
    for (let k = 0; p && k < 8; k++) {
      // (A name that runs on in lower case, "Ligue pour la paix (LPP)", is read to its acronym in brackets; cut short
      // without one, it is no name.)
      const runsOn = k > 0 && /^\s+\p{Ll}/u.test(text.slice(p.end));
      const whole = runsOn ? /^[^;,.“”"()]{1,100}\([\p{Lu}\p{N}/&.-]{2,10}\)/u.exec(text.slice(p.start)) : null;
      if (whole) out.push(whole[0].trim());
      else if (!runsOn) out.push(...splitGroups(p));
      const next = /^[^;.“”"]{0,80};\s*(?:and\s+)?/.exec(text.slice(p.end));
      p = next ? readOrganisation(text, p.end + next[0].length) : undefined;
    }
  }
  return out;
}

/**
 * Bodies that held the event themselves: "The Iranian Democratic Youth Forum held a conference", "the Council of
 * Exiles organised a rally". The holder is a name of two or more capitalised words right before the verb.
 */
export function findHolders(text: string): string[] {
  const out: string[] = [];
  // ("The Weavers' Circle sponsored an international conference in …": the sponsor of a meeting held it.)
  const re = /\b(?:held|organi[sz]ed|hosted|staged|convened|sponsored)\s+(?:a|an|its|their)\s/g;
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index - 90), m.index);
    const name = /((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|the|and|a|de|du|des|für))*(?:\s+\([\p{Lu}]{2,8}\))?)\s+$/u.exec(before);
    if (!name) continue;
    // Its first word starts the name only after "the", a dash or the start of a clause ("Berlin, May 2 – The …").
    const lead = before.slice(0, name.index);
    if (lead && !/(?:\b[Tt]he|[—–:,;]|^)\s*$/.test(lead)) continue;
    const holder = name[1]!.replace(/^The\s+/, '');
    // "Paris Mayor Anne Hidalgo hosted a reception": a person's title says a person, not a body, held it.
    if (/\b(?:Mayor|President|Senator|Minister|Dr|Mr|Mrs|Ms|MP|Councillor|Professor)\b/.test(holder)) continue;
    const words = holder.split(/\s+/);
    if (words.filter((w) => /^\p{Lu}/u.test(w)).length < 2 || !/^\p{Lu}/u.test(words[words.length - 1]!.replace(/^\(/, ''))) continue;
    out.push(...splitGroups({ text: holder, start: 0, end: 0 }));
  }
  return out;
}

/** Groups whose supporters held the event: "Supporters of the NCRI … rallied" → "NCRI supporters". */
export function findSupporterGroups(text: string): string[] {
  const out: string[] = [];
  const re = /\b(supporters|members|followers|activists|sympathi[sz]ers)\s+of\s+/gi;
  for (const m of text.matchAll(re)) {
    const p = readOrganisation(text, m.index + m[0].length);
    if (!p) continue;
    // "members and supporters of the Iranian Resistance participated": they joined; "Supporters of X rallied": they held it.
    const head = m[1]!.toLowerCase();
    if (head !== 'supporters' && head !== 'sympathisers' && head !== 'sympathizers') continue;
    for (const g of splitGroups(p)) out.push(`${g} supporters`);
  }
  return out;
}

/** Why the event was held: "to mark …", "in solidarity with …", "declaring support for …", "to condemn …", "in protest of …". */
export function findPurpose(text: string): { text: string; start: number; end: number } | undefined {
  const re =
    /\b(?:to\s+(?:mark|commemorate|condemn|protest|denounce|support|demand|call for|express|show|honou?r|celebrate|remember|voice|urge|oppose|highlight|draw attention to|pay tribute to|mourn|defend|amplify|echo|stand with|back|raise awareness of)|in\s+(?:solidarity|support)\s+(?:with|of|for)|(?:declar|express|voic|show|pledg)\w*\s+(?:their\s+|its\s+)?(?:full\s+)?(?:support|solidarity)\s+(?:for|with|to)|(?:in\s+)?protest\s+(?:of|against|at|over)|against\s+(?:the\s+)?(?:wave\s+of\s+)?(?:executions?|crackdown|regime|war|killings?|repression|bombardments?|massacres?|death\s+sentences?))\b/i;
  const m = re.exec(text);
  if (!m) return undefined;
  let end = text.length;
  const stop = /[.;!?](?:\s|$)|,\s+(?!and\b)(?=[\p{Ll}\p{Lu}])/u.exec(text.slice(m.index + m[0].length));
  if (stop) end = m.index + m[0].length + stop.index;
  let phrase = text.slice(m.index, end).trim();
  if (phrase.length > 220) phrase = phrase.slice(0, 220).replace(/\s+\S*$/, '') + '…';
  return { text: phrase, start: m.index, end };
}

import { escapeRe } from '../understand/text.ts';
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "Which Harbour Party MP …", "which Greens leader …": a person asked by a party and a post. */
const PARTY_POST = /\b[Ww]hich\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)(MP|lawmaker|senator|deputy|politician|leader|party leader|minister|councillor|MEP)\b/u;

/**
 * "Which Harbour Party MP led the march?" answered "Greens" from "Harbour Party MP Ida Moll and former Greens leader
 * Jon Vale led …": a person is asked, and a lone name of a body is none. The person the sentence writes right after the
 * party and post asked answers; with none, declined.
 */
export function partyForPerson(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'who' || !given.citations.length) return given;
  const m = PARTY_POST.exec(intent.question ?? '');
  if (!m) return given;
  const party = (m[1] ?? '').trim();
  const post = m[2] ?? '';
  const lead = given.text.split(/ \(according| —|[:“(]/)[0]?.trim() ?? '';
  if (!lead || /\s/.test(lead) || lead === party) return given;
  const named = new RegExp(`\\b${escapeRe(party)}\\s+${escapeRe(post)}\\s+((?:\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})`, 'u');
  for (const c of given.citations) {
    const who = named.exec(c.excerpt ?? '')?.[1];
    if (who) return { ...given, text: `${who}${given.text.slice(given.text.indexOf(lead) + lead.length)}` };
  }
  return notAnswered(intent, `The archive has nothing that answers this. No sentence names a ${party} ${post}.`, suggestionsFor(intent, index));
}

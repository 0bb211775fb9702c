/** Answers about people: who spoke or organised, who someone is, what they said. */
import { titleAskedOf, titledAs } from './title-asked.ts';
import { holdsPoliticalOffice, POLITICAL_HEADS } from './political-office.ts';
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, EventRecord, Intent, Provenance, Quote, Sentence, Speaker } from '../domain/types.ts';
import { dateSpan } from '../dates/index.ts';
import { lexiconOf } from '../understand/lexicon.ts';
import { tokenize } from '../understand/vocabulary.ts';
import { contentStems, escapeRe, fold, foldedKeyWord, normalizeNumberWord, stem, unaccentLower, words } from '../understand/text.ts';
import { clip, eventPhrase, joinList, overlap, personWithRole, sentenceAt, sourceOf, StemSet } from './evidence.ts';
import { rankEvents, SCAFFOLD_STEMS, topEvents, type RankedEvent } from './event-match.ts';
import { peopleInSentence, pickPassages, salientStems, stemSet } from './passages.ts';
import { eventsOfArticle, memo, memoFor, quotesOfSpeaker, speakersInArticles } from './memo.ts';
import { eventQueryOf } from './reply.ts';
import { citeAll, provOf, answered, notAnswered, suggestionsFor, quoteSentence, answerFromPassages, matchedEvents, capitalise } from './reply.ts';
import { asksPostToo } from '../understand/compound.ts';
import { POST_NOUNS } from '../understand/understand.ts';
import { describedAsAttendee, tellsSpeechMade } from '../extract/event-links.ts';
import { OBJECT_OF_VERB } from './reader/subject.ts';

const WHO_IGNORE = stemSet(['who', 'which', 'spoke', 'speak', 'speaker', 'speakers', 'name', 'names', 'attend', 'address', 'list']);
const HARM = /\b(kill|killed|die|died|dead|murder|murdered|martyr|martyred|execut|executed|arrest|arrested|detain|detained|injur|injured|wound|wounded|shot|hang|hanged|jail|jailed|imprison|imprisoned|abduct|kidnap)\w*\b/;
const ORGANISER = /\b(organi[sz]\w*|behind|host\w*|sponsor\w*|call(ed)? for the|called (the|a) (rally|demonstration|protest|gathering|meeting|conference|vigil|march)|convened?|initiat\w*|invit\w*)\b/;
const ORGANISER_CUE = /\b(organi[sz]\w*|invitation|invited|initiative|hosted|sponsored|convened|called by|at the call|on the call|coordinat\w*)\b/i;
/**
 * "…, selon les organisateurs", "according to the organisers", "organisers said": the organisers told something (a
 * route, a count) without being named; such a sentence names no organiser.
 */
const ORGANISERS_AS_SOURCE = /\b(?:selon|d['’]après)\s+(?:les|des)\s+organisat(?:eurs|rices)\b|\baccording to (?:the\s+)?organi[sz]ers\b|\b(?:the\s+)?organi[sz]ers\s+(?:said|say|says|estimated?|claimed?|put|counted)\b/giu;

function speakersOf(index: ArchiveIndex, e: EventRecord): Speaker[] {
  return e.speakers.map((id) => index.speaker(id)).filter((s): s is Speaker => !!s);
}

function mentionIn(s: Speaker, articleIds: Set<string>): Provenance | undefined {
  return s.roles.find((r) => articleIds.has(r.source.articleId))?.source ?? s.mentions.find((m) => articleIds.has(m.articleId));
}

/** Who spoke at, organised or was named in connection with an event. */
export function answerWho(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const q = fold(intent.question);
  if (ORGANISER.test(q)) return answerOrganiser(intent, index);
  if ((HARM.test(q) || NOT_SPEAKING.test(q)) && !SPEAKING.test(q)) return answerNamed(intent, index);
  const ranked = matchedEvents(intent, index, 2);
  const withSpeakers = matchedEvents(intent, index, 2, (e) => e.speakers.length > 0);
  if (withSpeakers.length) {
    const qStems = contentStems(intent.question).filter((s) => !SCAFFOLD_STEMS.has(s) || s === stem('former'));
    let evs = withSpeakers.slice(0, 3).map((r) => r.event);
    // "Which former senator spoke…": keep the speakers whose stated role carries the question's role words.
    const all = evs.flatMap((e) => speakersOf(index, e));
    const eventWords = new StemSet(evs.map((e) => `${e.label} ${e.venue ?? ''} ${e.city ?? ''}`).join(' '));
    const roleWords = qStems.filter((st) => !eventWords.has(st) && all.some((p) => p.roles.some((r) => new StemSet(r.text).has(st))));
    const roleScore = (p: Speaker) => p.roles.reduce((m, r) => Math.max(m, overlap(roleWords, r.text)), 0);
    const bestRole = roleWords.length ? all.reduce((m, p) => Math.max(m, roleScore(p)), 0) : 0;
    // "Which American politicians spoke…": a nationality asked must be in the speaker's stated role ("US Senator").
    const nations = intent.analysis?.agent?.modifiers.filter((m) => m.startsWith('@')) ?? [];
    const ofNation = (p: Speaker) => !nations.length || p.roles.some((r) => tokenize(r.text).some((t) => nations.includes(t.key)));
    // "Who spoke … apart from Lea Tamm?": the people the question sets aside are not listed.
    const setAside = intent.analysis?.excluded ?? [];
    // (By surname: "apart from Lea Tamm" does not set aside Lea Borg.)
    const excluded = (p: Speaker) => setAside.length > 0 && setAside.includes(fold(p.name).split(' ').at(-1) ?? '');
    // "Which politicians addressed the crowd?": a speaker whose stated role holds no office of politics (a marcher
    // quoted, an exile leader who only called the day) is not one of them.
    const political = POLITICAL_HEADS.test(intent.analysis?.agent?.head ?? '');
    const ofPolitics = (p: Speaker) => !political || p.roles.some((r) => holdsPoliticalOffice(r.text));
    // "Who was the police spokesperson at the rally?", "who was the mayor there?": an office asked that no speaker's
    // stated role holds is not answered by the list of speakers.
    const office = officeAsked(intent, index);
    const holdsOffice = (p: Speaker) => !office || office(p);
    const keep = (p: Speaker) => (bestRole === 0 || roleScore(p) === bestRole) && ofNation(p) && ofPolitics(p) && !excluded(p) && holdsOffice(p);
    if (bestRole > 0 || nations.length || political || office) evs = evs.filter((e) => speakersOf(index, e).some(keep));
    // None of them: the structured index cannot tell; the reader may, from the sentences.
    if (!evs.length) return undefined;
    const blocks: string[] = [];
    const perEvent: Provenance[][] = [];
    for (const e of evs) {
      const provs: Provenance[] = [];
      perEvent.push(provs);
      const listedAll = listedParticipants(index, e).filter((p) => !e.speakers.includes(p.s.id));
      // People the report shows addressing this gathering (by video, or quoted right after it) whom extraction did not link.
      const addressing = addressedAt(index, e).filter((p) => !e.speakers.includes(p.s.id) && !listedAll.some((l) => l.s.id === p.s.id));
      const listed = [...listedAll, ...addressing];
      provs.push(...listed.map((l) => l.prov));
      const people = [...speakersOf(index, e), ...listed.map((l) => l.s)].filter(keep);
      const articleIds = new Set(e.sources.map((s) => s.articleId));
      provs.push(...people.map((p) => mentionIn(p, articleIds)).filter((p): p is Provenance => !!p));
      provs.push(...e.sources.slice(0, 1));
      if (!people.length) {
        perEvent.pop();
        continue;
      }
      const names = joinList(people.map(personWithRole));
      blocks.push(people.length === 1 ? `${names} spoke at ${eventPhrase(e)}.` : `Speakers at ${eventPhrase(e)}: ${names}.`);
    }
    if (!blocks.length) return undefined;
    const lead = blocks.length > 1 ? `${blocks.length} events match. ` : '';
    // Each event's sources in turn: the first event's speakers must not use up the citations of the others.
    return answered(intent, `${lead}${blocks.join(' ')}`, citeAll(index, takingTurns(perEvent)));
  }
  const articleIds = ranked.length ? [...new Set(ranked.flatMap((r) => r.event.sources.map((s) => s.articleId)))] : undefined;
  // An event matched: answer from its own report, never from a sentence about another event.
  if (articleIds) return quotedAtEvent(intent, index, ranked) ?? answerNames(intent, index, articleIds) ?? unnamedSpeakers(intent, index, ranked);
  return answerNames(intent, index);
}

/** The items of several lists taking turns: the first of each, then the second of each, and so on. */
function takingTurns<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i] as T);
  return out;
}

const GATHERINGS: ReadonlySet<string> = new Set(['rally', 'demonstration', 'protest', 'gathering', 'conference', 'meeting', 'commemoration']);

/**
 * Whether another event in the same report could be where a speech took place instead: a gathering at another
 * place around the same days. A bare "Rally" with no place is another mention of this one; a months-old protest
 * the report recalls is background.
 */
function competes(x: EventRecord, e: EventRecord): boolean {
  if (x.id === e.id || !GATHERINGS.has(x.kind) || !(x.venue || x.city)) return false;
  if (fold(`${x.venue ?? ''} ${x.city ?? ''}`) === fold(`${e.venue ?? ''} ${e.city ?? ''}`)) return false;
  const a = x.date ? dateSpan(x.date) : undefined;
  const b = e.date ? dateSpan(e.date) : undefined;
  // An undated "rally in <city>" with no venue is most often a place the report mentions, not a second gathering.
  if (!a && !x.venue) return false;
  if (!a || !b) return true;
  const gap = Math.abs(Date.parse(a.from) - Date.parse(b.from)) / 86_400_000;
  return gap <= 7;
}

const LIST_HEAD = /^(participants|speakers|attendees|guests|panelists|panellists|those (present|attending|taking part)|among (the )?(speakers|participants|guests)|the (speakers|participants|panel) (included|were))\b[^.]*:\s*$/i;

/** People named in a "Participants included:" list in the event's report (the lines under the heading). */
function listedParticipants(index: ArchiveIndex, e: EventRecord): Array<{ s: Speaker; prov: Provenance }> {
  const out: Array<{ s: Speaker; prov: Provenance }> = [];
  const articles = [...new Set(e.sources.map((p) => p.articleId))];
  for (const articleId of articles) {
    // Only a report about this one gathering: otherwise the list may belong to another.
    if (eventsOfArticle(index, articleId).some((x) => competes(x, e))) continue;
    const sents = index.sentencesOf(articleId);
    const head = sents.findIndex((x) => LIST_HEAD.test(x.text.trim()));
    if (head < 0) continue;
    for (let i = head + 1; i < sents.length && i <= head + 30; i++) {
      const line = sents[i] as Sentence;
      if (line.text.split(/\s+/).length > 16 || /[“"”]/.test(line.text)) break;
      const people = peopleInSentence(index, articleId, line);
      if (!people.length) break;
      for (const sp of people) if (!out.some((o) => o.s.id === sp.id)) out.push({ s: sp, prov: provOf(articleId, line) });
    }
  }
  return out;
}

/** Speakers of the event's own report (one gathering only) who addressed it or are quoted in person near its sentences. */
function addressedAt(index: ArchiveIndex, e: EventRecord): Array<{ s: Speaker; prov: Provenance }> {
  const out: Array<{ s: Speaker; prov: Provenance }> = [];
  const articles = new Set(e.sources.map((p) => p.articleId));
  if ([...articles].some((a) => eventsOfArticle(index, a).some((x) => competes(x, e)))) return out;
  const near = (p: Provenance) => e.sources.some((src) => src.articleId === p.articleId && p.sentence >= src.sentence - 1 && p.sentence <= src.sentence + 12);
  // Only people the report names can match: the others have no mention or quote in it.
  for (const sp of speakersInArticles(index, articles)) {
    if (sp.events.some((id) => id !== e.id) || inTheCrowd(index, sp, articles)) continue;
    const m = sp.mentions.find((x) => articles.has(x.articleId) && ADDRESSED.test(sentenceAt(index, x)?.text ?? ''));
    const q = quotesOfSpeaker(index, sp.id).find(
      (x) => x.speakerId === sp.id && x.kind === 'direct' && (!x.eventId || x.eventId === e.id) && articles.has(x.source.articleId) && near(x.source),
    );
    const prov = m ?? (q ? sp.mentions.find((x) => x.articleId === q.source.articleId && x.sentence <= q.source.sentence) ?? q.source : undefined);
    if (prov) out.push({ s: sp, prov });
  }
  return out.sort((a, b) => a.prov.start - b.prov.start);
}

/**
 * Someone the reports describe only as one of the crowd ("Mina Roe, 34, a nurse who travelled from Brenn, said …"):
 * words given to the reporter, not a speech at the gathering.
 */
function inTheCrowd(index: ArchiveIndex, sp: Speaker, articles: Set<string>): boolean {
  let described = false;
  for (const m of sp.mentions) {
    if (!articles.has(m.articleId)) continue;
    const s = sentenceAt(index, m);
    if (!s) continue;
    if (tellsSpeechMade(s.text)) return false;
    described ||= describedAsAttendee(s.text, m.start - s.start, m.end - s.start);
  }
  return described;
}

const ADDRESSED = /\b(told (the|a) (rally|crowd|gathering|demonstrat\w*|protesters|conference|audience|participants|meeting|commemoration)|addressed|spoke at|in (his|her) speech|took the floor|took the (microphone|podium|stage)|(via|by|in a) video( message)?|sent a (video )?message)\b/i;

/** Heads of "which …" that name no office a person must hold ("which people", "which speakers"). */
const ANY_PERSON_HEADS: ReadonlySet<string> = new Set(['people', 'person', 'persons', 'individuals', 'speakers', 'speaker', 'figures', 'figure', 'guests', 'guest', 'members', 'member', 'women', 'men']);

/**
 * "Which foreign minister spoke …", "which lawyer …": the office the question asks of the person, as a test of a
 * speaker's stated roles; undefined when the question asks of anyone.
 */
function officeAsked(intent: Intent, index: ArchiveIndex): ((p: Speaker) => boolean) | undefined {
  const agent = intent.analysis?.agent;
  const head = agent?.kind === 'person' ? agent.head : undefined;
  if (!head || ANY_PERSON_HEADS.has(head)) return undefined;
  // ("Which MP …": a member of parliament is written in words as often as short.)
  if (POLITICAL_HEADS.test(head) || /^(?:mps?|meps?|mpps?)$/.test(head)) return (p) => p.roles.some((r) => holdsPoliticalOffice(r.text));
  const st = stem(head);
  // (Held by a stated role, or by a speaker with none whom a sentence names right after the office: "The spokesperson
  // for the ministry Lessan Varo".)
  const before = new RegExp(`\\b${escapeRe(head.replace(/s$/, ''))}s?\\b[^.,;:“”"]{0,60}$`, 'i');
  return (p) =>
    p.roles.some((r) => new StemSet(r.text).has(st)) ||
    (!p.roles.length && p.mentions.some((m) => {
      const text = sentenceAt(index, m)?.text ?? '';
      const at = text.indexOf(p.name);
      return at >= 0 && before.test(text.slice(0, at));
    }));
}

/** The people the event's own report quotes in person (not banners or tweets), when extraction linked nobody to it. */
function quotedAtEvent(intent: Intent, index: ArchiveIndex, ranked: RankedEvent[]): Answer | undefined {
  const top = ranked[0];
  if (!top || top.score < 3 || ranked.length > 1) return undefined;
  const e = top.event;
  const articles = new Set(e.sources.map((p) => p.articleId));
  // A report about several gatherings cannot tell whose speech belongs where.
  if ([...articles].some((a) => eventsOfArticle(index, a).some((x) => competes(x, e)))) return undefined;
  const found: Array<{ s: Speaker; prov: Provenance }> = [];
  // A speaker who holds no office of the kind asked is not the one asked, however much the report quotes them.
  const office = officeAsked(intent, index);
  for (const sp of speakersInArticles(index, articles)) {
    if (inTheCrowd(index, sp, articles)) continue;
    if (office && !office(sp)) continue;
    const q = quotesOfSpeaker(index, sp.id).find(
      (x) => x.speakerId === sp.id && articles.has(x.source.articleId) && (x.kind === 'direct' || x.kind === 'indirect'),
    );
    const m = sp.mentions.find((x) => articles.has(x.articleId) && ADDRESSED.test(sentenceAt(index, x)?.text ?? ''));
    const prov = m ?? q?.source;
    if (prov) found.push({ s: sp, prov });
  }
  if (!found.length) return undefined;
  found.sort((a, b) => a.prov.start - b.prov.start);
  const names = joinList(found.map((f) => personWithRole(f.s)));
  const text = `${sourceOf(index.article(found[0]!.prov.articleId))} quotes these speakers at ${eventPhrase(e)}: ${names}.`;
  return answered(intent, text, citeAll(index, [...found.map((f) => f.prov), ...e.sources.slice(0, 1)]));
}

const SPEECH_CUE = /\b(speech|speeches|speakers?|spoke|addressed|address|remarks|message|took the floor|participated|attended)\b/i;

/** A matched event whose report names no individual speaker: say so, with the sentence that describes who took part. */
function unnamedSpeakers(intent: Intent, index: ArchiveIndex, ranked: RankedEvent[]): Answer | undefined {
  const top = ranked[0];
  if (!top || top.score < 3 || ranked.length > 1) return undefined;
  // "Which American politicians spoke …": who took part in general does not tell which of them were those asked.
  if (intent.analysis?.agent?.modifiers.some((m) => m.startsWith('@'))) return undefined;
  const e = top.event;
  for (const src of e.sources.slice(0, 3)) {
    const sents = index.sentencesOf(src.articleId);
    for (let i = Math.max(0, src.sentence - 1); i <= src.sentence + 5 && i < sents.length; i++) {
      const s = sents[i];
      if (!s || !SPEECH_CUE.test(s.text)) continue;
      const text = `The archive names no individual speaker at ${eventPhrase(e)}; ${sourceOf(index.article(src.articleId))} says: “${clip(s.text, 360)}”`;
      return answered(intent, text, citeAll(index, [provOf(src.articleId, s), src]));
    }
  }
  return undefined;
}

// "organised by the German wing of X": X organised it. ("the Association to Defend Rights & Freedom": a body named by
// its aim keeps "to" after its noun, and "&".)
const ORGANISED_BY =
  /\b(?:organi[sz]ed by|organi[sz]ers?,|at the invitation of|on the invitation of|invited by|hosted by|called by|sponsored by|convened by|at the call of|on the initiative of|an initiative of)\s+(?:the\s+)?(?:(?:[A-Z][\p{L}'’.-]*|local|regional|national|youth|women's)\s+(?:branch|wing|chapter|section|arm|division|affiliate|office)\s+of\s+(?:the\s+)?)?(“|")?([A-Z][\p{L}'’.-]*(?:\s+(?:(?:d’|&\s+|(?:of|for|a|an|the|and|in|de|du|des)\s+|(?<=(?:Association|Committee|Campaign|Coalition|Society|Alliance|Council|Movement|League|Foundation|Network|Initiative)\s)to\s+)){0,2}[A-Z][\p{L}'’.-]*)*)/u;

/** The organiser a sentence near the event names ("at the invitation of the X", "organised by X"). */
function organiserFromText(index: ArchiveIndex, e: EventRecord): { name: string; prov: Provenance } | undefined {
  for (const src of e.sources.slice(0, 3)) {
    const sents = index.sentencesOf(src.articleId);
    for (let i = src.sentence; i <= src.sentence + 4 && i < sents.length; i++) {
      const s = sents[i];
      if (!s) continue;
      const m = ORGANISED_BY.exec(s.text);
      // ("organised by “Friends of a Free Country”": a name in quotation marks is read whole, to its closing mark.)
      const quoted = m?.[1] ? /^([^“”"]{2,120})[”"]/.exec(s.text.slice((m.index ?? 0) + m[0].length - (m[2]?.length ?? 0))) : null;
      const name = (quoted?.[1] ?? m?.[2])?.replace(/[’'.,]+$/, '').trim();
      if (name && name.split(/\s+/).length <= 12) return { name, prov: provOf(src.articleId, s) };
    }
  }
  return undefined;
}

function answerOrganiser(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const ranked = matchedEvents(intent, index, 2);
  // A sentence that says "organised by X" outranks an organiser pieced together by extraction.
  const stated = ranked.slice(0, 2).map((r) => ({ e: r.event, o: organiserFromText(index, r.event) })).filter((x) => x.o);
  if (stated.length) {
    // ("organised by the Tarn Council; the Vell Foundation; and …": the bodies a sentence lists by semicolons are all
    // the event's organisers, not only the first.)
    const listed = (e: EventRecord, o: { name: string; prov: Provenance }) =>
      e.organisers.length > 1 && e.organisers[0] === o.name && new RegExp(`${escapeRe(o.name)}[^;.]{0,80};`).test(index.sentencesOf(o.prov.articleId)[o.prov.sentence]?.text ?? '');
    const parts = stated.map(({ e, o }) => `${capitalise(eventPhrase(e))} was organised by ${listed(e, o!) ? joinList(e.organisers) : `${/^the\b/i.test(o!.name) ? '' : 'the '}${o!.name}`}.`);
    return answered(intent, parts.join(' '), citeAll(index, stated.flatMap(({ e, o }) => [o!.prov, ...e.sources.slice(0, 1)])));
  }
  const withOrg = matchedEvents(intent, index, 2, (e) => e.organisers.length > 0);
  if (withOrg.length) {
    const evs = withOrg.slice(0, 2).map((r) => r.event);
    const parts = evs.map((e) => `${capitalise(eventPhrase(e))} was organised by ${joinList(e.organisers)}.`);
    return answered(intent, parts.join(' '), citeAll(index, evs.flatMap((e) => e.sources.slice(0, 2))));
  }
  const articleIds = ranked.length ? [...new Set(ranked.flatMap((r) => r.event.sources.map((s) => s.articleId)))] : undefined;
  const ignore = stemSet(['who', 'organized', 'organised', 'organize', 'organise', 'organizer', 'organiser', 'behind', 'hosted', 'host', 'invitation']);
  const must = (s: Sentence) => ORGANISER_CUE.test(s.text.replace(ORGANISERS_AS_SOURCE, ''));
  const picks = pickPassages(index, intent.question, { ignore, must, minCoverage: 0.5, ...(articleIds ? { articleIds } : {}) });
  const top = picks[0];
  if (!top) return undefined;
  // "Which colonel ordered the raid?": a passage naming nobody by that title ("the officer who ordered the raid
  // denied …") does not answer.
  const title = titleAskedOf(intent.question);
  if (title && !namesInText(index, top.sentence.text).some((n) => titledAs(top.sentence.text, n, title))) return undefined;
  return answered(intent, quoteSentence(index, top, intent.question), citeAll(index, [provOf(top.articleId, top.sentence)]));
}

const SPEAKING = /\b(spoke|speak|speaks|speaking|speakers?|addressed|address|talked|attended|attend|took part|participated|present)\b/;
/** Who-questions about something other than speaking: a death, a leader, a cause ("whose death sparked…", "who led the march"). */
const NOT_SPEAKING =
  /\b(whose|led|lead|leads|leading|headed|founded|sparked|spark|triggered|caused|death|funeral|buried|victims?|freed|released|sentenced|won|awarded|shot)\b/;
const WHO_WORDS = stemSet(['who', 'whom', 'whose', 'which', 'name', 'names', 'person', 'people', 'one']);
const KIND_STEMS = stemSet(['rally', 'rallies', 'demonstration', 'protest', 'protests', 'gathering', 'march', 'vigil', 'event', 'attack', 'uprising', 'shelling', 'bombardment']);

/**
 * A who-question about a deed or fate: the sentence that holds all of the question's own words (those of the
 * place and the kind of event may stand in a neighbour), and the person it names, stated first.
 */
function answerNamed(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const placeStems = new Set((intent.slots.places ?? []).flatMap((p) => contentStems(p)));
  // Numbers, years and names may stand in a neighbouring sentence or the title (checked by the passage search).
  const salient = new Set(salientStems(intent.question));
  // "Which PMOI leaders were killed…": the asked kind of person is what the sentence answers with, not a word it must hold.
  const asked = /^(?:which|what)\s+(.+?)\s+(?:were|was|are|is|have|has|had|did)\b/i.exec(intent.question)?.[1] ?? '';
  for (const st of contentStems(asked)) salient.add(st);
  const key = [...new Set(contentStems(intent.question))].filter(
    (st) => !WHO_WORDS.has(st) && !placeStems.has(st) && !KIND_STEMS.has(st) && !salient.has(st) && !/^\d+$/.test(st),
  );
  if (!key.length) return answerNames(intent, index);
  const must = (s: Sentence) => {
    const set = new StemSet(s.text);
    return key.every((st) => set.has(st));
  };
  const picks = pickPassages(index, intent.question, {
    ignore: stemSet(['who', 'whom', 'whose', 'which', 'name', 'names']),
    minCoverage: 0.55,
    must,
    bonus: (articleId, s) => (peopleInSentence(index, articleId, s).length || namesInText(index, s.text).length ? 2 : -3),
  });
  const title = titleAskedOf(intent.question);
  for (const pick of picks.slice(0, 5)) {
    const people = peopleInSentence(index, pick.articleId, pick.sentence).map((p) => p.name);
    let names = people.length ? people : namesInText(index, pick.sentence.text).slice(0, 1);
    // "Which former senator told the crowd …": of the people the sentence names, those it gives that title.
    if (title) names = names.filter((n) => titledAs(pick.sentence.text, n, title));
    names = names.filter((n) => !namedByQuestion(intent.question, n));
    if (!names.length) continue;
    const text = `${joinList(names)} — according to ${sourceOf(index.article(pick.articleId))}: “${clip(pick.sentence.text, 400)}”`;
    const provs = [provOf(pick.articleId, pick.sentence)];
    if (pick.neighbour) provs.push(provOf(pick.articleId, pick.neighbour));
    return answered(intent, text, citeAll(index, provs));
  }
  return undefined;
}

/** "Which MEP said he had pushed to hear from Aron Sallis?": a person the question names is given, never the answer. */
function namedByQuestion(question: string, name: string): boolean {
  const asked = new Set(fold(question).split(/[^\p{L}\p{N}]+/u));
  const words = fold(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  return words.length > 0 && words.every((w) => asked.has(w));
}

const TITLE_WORD = /^(Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sheikh|Imam|Ayatollah|General|Gen|Col|Colonel|Captain|Capt|Sir|Lady|Lord|Judge|Justice|Mayor|Senator|Sen|Rep|President|Minister)\.?$/;
const NOT_NAME_WORD =
  /^(Council|Party|Union|Organi[sz]ation|Ministry|Guards?|Republic|Assembly|Committee|Office|Association|International|News|Wire|Agency|Defen[cs]e|Forces?|Army|Police|Court|University|Nations|Watch|Observatory|Front|Coalition|Network|Resistance|Movement|Society|Foundation|Institute|Centre|Center|Square|Street|Avenue|Park|Parliament|Embassy|Camp|Prison|Province|City|Day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Islamic|Revolution|Revolutionary|Government|State|States|Kingdom|European|United|National|General|Supreme|Leader|Among|The|In|On|At|After|Before|When|While|Later|According)$/;

/** Person names in a sentence the extraction did not record: runs of two to four capitalised words that are no place, body or date. */
export function namesInText(index: ArchiveIndex, text: string): string[] {
  const places = lexiconOf(index).places;
  const out: string[] = [];
  const tokens = text.split(/\s+/);
  let run: string[] = [];
  const flush = () => {
    const ws = run.filter((w) => !TITLE_WORD.test(w));
    run = [];
    if (ws.length < 2 || ws.length > 4) return;
    if (ws.some((w) => NOT_NAME_WORD.test(w) || places.has(fold(w)))) return;
    const name = ws.join(' ');
    if (places.has(fold(name))) return;
    if (!out.includes(name)) out.push(name);
  };
  for (const raw of tokens) {
    const w = raw.replace(/^[“"‘'(]+/, '');
    const core = w.replace(/[,;:.!?”"’')]+$/, '').replace(/[’']s$/, '');
    const capital = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(core) || TITLE_WORD.test(core);
    if (capital) run.push(core);
    else flush();
    // Punctuation after a word ends the name ("Parisa Ahmadi, the…").
    if (capital && core !== w) flush();
  }
  flush();
  return out;
}

/** People a passage names in answer to "which … were killed / who was arrested …". */
function answerNames(intent: Intent, index: ArchiveIndex, articleIds?: string[]): Answer | undefined {
  const picks = pickPassages(index, intent.question, {
    ignore: WHO_IGNORE,
    minCoverage: 0.55,
    bonus: (articleId, s) => (peopleInSentence(index, articleId, s).length ? 2 : -3),
    ...(articleIds ? { articleIds } : {}),
  });
  const title = titleAskedOf(intent.question);
  for (const pick of picks.slice(0, 5)) {
    const people = peopleInSentence(index, pick.articleId, pick.sentence).filter((p) => (!title || titledAs(pick.sentence.text, p.name, title)) && !namedByQuestion(intent.question, p.name));
    if (!people.length) continue;
    const text = `${joinList(people.map((p) => p.name))} — according to ${sourceOf(index.article(pick.articleId))}: “${clip(pick.sentence.text, 400)}”`;
    const provs = [provOf(pick.articleId, pick.sentence)];
    if (pick.neighbour) provs.push(provOf(pick.articleId, pick.neighbour));
    return answered(intent, text, citeAll(index, provs));
  }
  return undefined;
}

function distinctRoles(s: Speaker): Speaker['roles'] {
  const seen = new Set<string>();
  return s.roles.filter((r) => {
    const k = fold(r.text);
    // "Two senior members" describes a group the person is in, not their role.
    if (/^(two|three|four|five|several|many|some|\d+)\b/.test(k)) return false;
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function roleSentence(index: ArchiveIndex, s: Speaker): { text: string; provs: Provenance[] } | undefined {
  const roles = distinctRoles(s);
  if (!roles.length) return undefined;
  const first = roles[0] as Speaker['roles'][number];
  const more = roles.slice(1, 3).map((r) => r.text);
  const whose = bodyOfPossessiveRole(index, first);
  const firstText = whose ? `${whose.noun} of ${/^(?:the|le|la|les|l['’]|der|die|das)\s*/i.test(whose.body) ? '' : 'the '}${whose.body}` : first.text;
  const text = `${s.name} is ${firstText}${more.length ? `; also described as ${joinList(more)}` : ''} (according to ${sourceOf(index.article(first.source.articleId))}).`;
  return { text, provs: [...(whose ? [whose.source] : []), ...roles.slice(0, 3).map((r) => r.source)] };
}

/** "Son président", "its chairman", "sein Vorsitzender": a post told by a possessive, a body's (not "his lawyer"). */
const POSSESSIVE_ROLE = /^(?:son|sa|ses|leur|its|their|sein|seine|ihr|ihre)\s+(\p{L}[\p{L}-]*)$/iu;
/** Words inside a body's name that give it no initial ("of", "des", "l'"). */
const NAME_GLUE_WORDS = /^(?:of|for|the|and|de|du|des|la|le|les|l['’]\p{L}*|d['’]\p{L}*|der|die|das|für|von|und|et)$/iu;
/** A body named with its initials in brackets: "… des membres du Conseil varnien de l'exil (CVE)". */
const BODY_WITH_INITIALS = /(?<![\p{L}])(\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,6}?\s+\(\p{Lu}{2,8}\))/gu;

/**
 * "… members of the Varnian Exile Council (VEC). Son président, X, …": a post told by a possessive is of the body the
 * sentence before (or the same sentence, before it) names with its initials; that body and the sentence naming it.
 * Undefined when no such body is named there (the role is then given as written).
 */
function bodyOfPossessiveRole(index: ArchiveIndex, role: Speaker['roles'][number]): { noun: string; body: string; source: Provenance } | undefined {
  const noun = POSSESSIVE_ROLE.exec(role.text.trim())?.[1];
  if (!noun) return undefined;
  const sentences = index.sentencesOf(role.source.articleId);
  const own = sentences[role.source.sentence];
  const before = sentences[role.source.sentence - 1];
  for (const s of [own, before]) {
    if (!s) continue;
    const upTo = s === own ? s.text.slice(0, Math.max(0, role.source.start - s.start)) : s.text;
    const named = [...upTo.matchAll(BODY_WITH_INITIALS)].at(-1)?.[1];
    if (!named) continue;
    // ("Members of the National Council (NC)": the name starts where as many of its words as it has initials begin,
    // the first starting with the first initial; "Cercle varnien des Citoyens (CVC)" is all three words.)
    const initials = /\((\p{Lu}+)\)/u.exec(named)?.[1] ?? '';
    const words = named.split(/\s+/);
    const named_ = (i: number) => words.slice(i, -1).filter((w) => !NAME_GLUE_WORDS.test(w)).length;
    const fits = words.findIndex((w, i) => i < words.length - 1 && w.startsWith(initials.charAt(0)) && named_(i) === initials.length);
    const at = fits >= 0 ? fits : words.findIndex((w, i) => i < words.length - 1 && w.startsWith(initials.charAt(0)));
    const body = words.slice(Math.max(0, at)).join(' ');
    return { noun, body, source: provOf(role.source.articleId, s) };
  }
  return undefined;
}

function numberTokens(text: string): string[] {
  return words(text).map(normalizeNumberWord).filter((w) => /^\d+$/.test(w));
}

/** Posts that head a body, any of which answers "who is the head of …" ("Who heads the League?" of its director). */
const HEADING_POSTS = /^(?:head|heads|director|chief|leader|chair|chairman|chairwoman|chairperson|president|commander)$/;

/** Who someone is (their stated role), or who holds a stated role. */
export function answerRole(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const people = (intent.slots.people ?? []).map((id) => index.speaker(id)).filter((s): s is Speaker => !!s);
  if (people.length) {
    const s = people[0] as Speaker;
    const r = roleSentence(index, s);
    if (r) return answered(intent, r.text, citeAll(index, r.provs));
    if (s.affiliations.length) {
      return answered(intent, `${s.name} is named in the archive as part of ${joinList(s.affiliations)}.`, citeAll(index, s.mentions.slice(0, 2)));
    }
    const m = s.mentions[0];
    const sent = m ? sentenceAt(index, m) : undefined;
    if (m && sent) {
      return answered(intent, `The archive gives no role for ${s.name}; ${sourceOf(index.article(m.articleId))} mentions them: “${clip(sent.text, 300)}”`, citeAll(index, [m]));
    }
    return undefined;
  }
  const topic = intent.slots.topic;
  if (!topic) return answerFromPassages(intent, index, { ignore: stemSet(['who', 'what', 'role', 'title', 'job', 'position', 'tell', 'about']) });
  // "Who is the mayor of the 1st district of Paris?": find the stated role, numbers must agree.
  const tStems = contentStems(topic).map(normalizeNumberWord);
  const tNums = numberTokens(topic);
  if (!tStems.length) return undefined;
  // ("a charity's head of mission" is not its country director: the post itself must be told, and a lower-case noun
  // after its "of" belongs to it, where a body's name does not.)
  const posted = new RegExp(`\\b(${POST_NOUNS})s?\\b(?:\\s+of\\s+(?!(?:the|a|an|his|her|its|their)\\b)(\\p{Ll}+)\\b)?`, 'iu').exec(topic);
  const postWords = posted ? [posted[1], posted[2]].filter((w): w is string => !!w).map((w) => w.toLowerCase()) : [];
  let best: { s: Speaker; role: Speaker['roles'][number]; score: number } | undefined;
  for (const s of index.data.speakers) {
    for (const role of s.roles) {
      if (postWords.length && !postWords.every((p) => words(role.text).some((w) => w === p || w === `${p}s` || (p === 'head' && HEADING_POSTS.test(w))))) continue;
      const rStems = new StemSet(words(role.text).map(normalizeNumberWord).join(' '));
      const rNums = numberTokens(role.text);
      if (tNums.some((n) => !rNums.includes(n))) continue;
      const score = overlap(tStems, rStems) / tStems.length;
      if (!best || score > best.score) best = { s, role, score };
    }
  }
  if (!best || best.score < 0.6) return undefined;
  const text = `${best.s.name} is ${best.role.text} (according to ${sourceOf(index.article(best.role.source.articleId))}).`;
  return answered(intent, text, citeAll(index, [best.role.source]));
}

interface QuoteCandidate {
  text: string;
  prov: Provenance;
  kind: Quote['kind'] | 'statement' | 'sentence';
  eventId?: string;
  score: number;
  order: number;
}

const SPEECH_VERBS =
  'said|says|urged|urges|called|calls|stressed|affirmed|announced|added|told|wrote|tweeted|declared|warned|expressed|demanded|insisted|argued|noted|emphasi[sz]ed|condemned|praised|explained|asked|appealed|implored|pledged|promised|vowed|stated|reiterated|recalled|welcomed|denounced|described|offered';
const SAY_STEMS = stemSet(['say', 'said', 'says', 'tell', 'told', 'state', 'speak', 'talk', 'quote', 'statement', 'word', 'words', 'speech', 'message', 'anything', 'mention']);


/** Sentences where the person is the subject of a speech verb ("Mrs. X urged France to…", "X: Aleppo is…"). */
/** What a speaker is reported saying in the sentences naming them, read once per index (callers copy, never change, them). */
function statementsBy(index: ArchiveIndex, s: Speaker): readonly QuoteCandidate[] {
  return memoFor(index, 'statements-by', s, () => readStatementsBy(index, s));
}

function readStatementsBy(index: ArchiveIndex, s: Speaker): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const names = [s.name, ...s.aliases].filter((n) => n.trim().length >= 3).sort((a, b) => b.length - a.length);
  const re = new RegExp(`(${names.map(escapeRe).join('|')})(\\s*:\\s*|,?\\s+(?:[^.!?"“”,]{0,40}?\\s+)?(?:${SPEECH_VERBS})\\b)`, 'i');
  const seen = new Set<string>();
  for (const m of s.mentions) {
    const key = `${m.articleId}#${m.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sent = sentenceAt(index, m);
    if (!sent) continue;
    const hit = re.exec(sent.text);
    if (!hit) continue;
    // A name inside someone else's quotation ("…Rouhani has praised the forces,” she added) is not their statement.
    const before = sent.text.slice(0, hit.index);
    const opens = (before.match(/[“«]/g) ?? []).length;
    const closes = (before.match(/[”»]/g) ?? []).length;
    if (opens > closes || (before.match(/"/g) ?? []).length % 2 === 1) continue;
    const after = sent.text.slice(hit.index);
    const nextClose = after.search(/[”»]/);
    const nextOpen = after.search(/[“«]/);
    if (nextClose >= 0 && (nextOpen < 0 || nextClose < nextOpen)) continue;
    const from = hit.index + (hit[1]?.length ?? 0);
    const rest = sent.text.slice(from).replace(/^\s*:\s*/, ': ').trim();
    const prov = { articleId: m.articleId, sentence: sent.index, start: sent.start, end: sent.end };
    // '"…," X stressed.': the statement is the quoted part before the name, so the whole sentence is shown.
    if (rest.split(/\s+/).length < 4) {
      if (hit.index > 20) out.push({ text: sent.text, prov, kind: 'sentence', score: 0, order: 0 });
      continue;
    }
    const text = rest.startsWith(':') ? `${s.name}${rest}` : `${s.name} ${rest.replace(/^,\s*/, '')}`;
    out.push({ text, prov, kind: 'statement', score: 0, order: 0 });
  }
  return out;
}

function quoteLine(index: ArchiveIndex, c: QuoteCandidate, name: string): string {
  const src = sourceOf(index.article(c.prov.articleId));
  const body = clip(c.text, 420);
  switch (c.kind) {
    case 'statement':
      return `According to ${src}, ${body.replace(/[.!]?$/, '.')}`;
    case 'sentence':
      return `According to ${src}: “${body}”`;
    case 'indirect':
      // ("said solidarity is growing" already says it: no "said that said".)
      return /^(?:[a-z]+(?:ed|s)|said|told|wrote|spoke|warned|urged)\b/.test(body)
        ? `According to ${src}, ${name} ${body.replace(/[.!]?$/, '.')}`
        : `According to ${src}, ${name} said that ${body.replace(/[.!]?$/, '.')}`;
    case 'banner':
      return `According to ${src}, a banner quoted ${name}: “${body}”`;
    case 'tweet':
      return `According to ${src}, ${name} tweeted: “${body}”`;
    case 'written':
      return `According to ${src}, ${name} wrote: “${body}”`;
    case 'slogan':
      return `According to ${src}, ${name} chanted: “${body}”`;
    default:
      return `According to ${src}, ${name} said: “${body}”`;
  }
}

/** What someone said, optionally about a topic, attributed and cited. */
/** The kind of words a question asks for when its verb names one: tweets, writings, banners. */
function quoteKindsAsked(question: string): { kinds: Array<Quote['kind']>; label: string } | undefined {
  const q = question.toLowerCase();
  if (/\b(tweet|tweets|tweeted|tweeting|post on x)\b/.test(q)) return { kinds: ['tweet'], label: 'tweet' };
  if (/\b(banners?|placards?)\b/.test(q)) return { kinds: ['banner'], label: 'banner' };
  if (/\b(write|wrote|written)\b/.test(q)) return { kinds: ['written', 'tweet'], label: 'written statement' };
  return undefined;
}

/** Each quote's position in the archive's list (once per index). */
function quoteOrder(index: ArchiveIndex): Map<string, number> {
  return memo(index, 'quote-order', () => new Map(index.data.quotes.map((q, i) => [q.id, i])));
}

/** Builds the per-index tables quote answers read (see `warmIndex`). */
export function warmQuoteTables(index: ArchiveIndex): void {
  quoteOrder(index);
  unattributedQuotesIn(index, '', 0);
}

/** The quotes with no speaker in one sentence of a report (grouped once per index). */
function unattributedQuotesIn(index: ArchiveIndex, articleId: string, sentence: number): readonly Quote[] {
  const by = memo(index, 'unattributed-quotes', () => {
    const m = new Map<string, Map<number, Quote[]>>();
    for (const q of index.data.quotes) {
      if (q.speakerId) continue;
      let inArticle = m.get(q.source.articleId);
      if (!inArticle) m.set(q.source.articleId, (inArticle = new Map()));
      const list = inArticle.get(q.source.sentence);
      if (list) list.push(q);
      else inArticle.set(q.source.sentence, [q]);
    }
    return m;
  });
  return by.get(articleId)?.get(sentence) ?? [];
}

/** Whether a mention of someone stands right after a verb of which they are the object. */
function spokenOf(index: ArchiveIndex, m: Provenance): boolean {
  const sent = sentenceAt(index, m);
  if (!sent) return false;
  return OBJECT_OF_VERB.test(sent.text.slice(0, Math.max(0, m.start - sent.start)));
}

/**
 * Whether the person named before a quote is acted on by someone else between them ("X was sanctioned by the United
 * States for … and “…”"): the quoted words after that passive verb are the other side's, or the charge, not X's.
 */
function actedOnBefore(index: ArchiveIndex, m: Provenance, quote: Provenance): boolean {
  const sent = sentenceAt(index, m);
  if (!sent) return false;
  const between = sent.text.slice(Math.max(0, m.end - sent.start), Math.max(0, quote.start - sent.start));
  return /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\s+by\b/u.test(between) || ADDRESSED_BETWEEN.test(between);
}

/**
 * Words between a person and a quote that turn to that person ("met X to ask him “…”", "s'est entretenu avec X pour
 * lui demander « … »"): the quoted words are put to X by the sentence's subject, not said by X.
 */
const ADDRESSED_BETWEEN =
  /(?<![\p{L}])(?:(?:to\s+)?(?:ask|asking|asked|urge|urging|urged|tell|telling|told|request|requesting|requested)\s+(?:him|her|them)|(?:pour\s+)?(?:lui|leur)\s+(?:a\s+|ont\s+)?(?:demander|demandé|demande|réclamer|réclamé|dire|dit|exhorter|exhorté|proposer|proposé))(?![\p{L}])/iu;

/** Stems of words of time, which place a topic in a period and name none ("April 2011", "the first half"). */
const PERIOD_STEM = /^(?:\d.*|jan\w*|feb\w*|march|april|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|first|second|third|last|past|half|quarter|year|month|week|day)$/;

export function answerQuote(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const people = (intent.slots.people ?? []).map((id) => index.speaker(id)).filter((s): s is Speaker => !!s);
  if (!people[0]) return answerCrowdQuote(intent, index);
  if (people.length > 1 && intent.slots.topic) {
    // Several people fit "the coordinator": the one who spoke about the topic is meant.
    const topicStems = contentStems(intent.slots.topic);
    const fit = (sp: Speaker) =>
      quotesOfSpeaker(index, sp.id).reduce((m, x) => Math.max(m, overlap(topicStems, `${x.text} ${sentenceAt(index, x.source)?.text ?? ''}`)), 0);
    people.sort((a, b) => fit(b) - fit(a));
  }
  const speaker = people[0] as Speaker;
  const lexNames = new Set((lexiconOf(index).names.get(speaker.id) ?? []).flatMap((v) => v.split(' ')).map(stem));
  const topic = intent.slots.topic;
  const topicStems = topic ? contentStems(topic).filter((s) => !lexNames.has(s)) : [];
  // Where and at what the words were said picks the occasion, not the content: those words are weighed separately.
  const qf = ` ${fold(intent.question)} `;
  const occasionPlaces = (intent.slots.places ?? []).filter((p) => new RegExp(` (at|in|near|outside|during) (the )?(\\w+ ){0,3}${fold(p)} `).test(qf));
  const occasion = new Set([...occasionPlaces.flatMap((p) => contentStems(p)), ...SCAFFOLD_STEMS]);
  const rel = contentStems(intent.question).filter((s) => !lexNames.has(s) && !SAY_STEMS.has(s) && !topicStems.includes(s) && !occasion.has(s));
  const order = quoteOrder(index);
  const cands: QuoteCandidate[] = quotesOfSpeaker(index, speaker.id).map((q) => ({ text: q.text, prov: q.source, kind: q.kind, ...(q.eventId ? { eventId: q.eventId } : {}), score: 0, order: order.get(q.id) ?? 0 }));
  // Quotes no speaker was found for, in a sentence that mentions this one (in archive order); a name inside the
  // quotation is someone addressed or spoken of ("« Monsieur X, assez ! »"), not its speaker.
  const unattributed = new Set<Quote>();
  for (const m of speaker.mentions) {
    const here = unattributedQuotesIn(index, m.articleId, m.sentence);
    // (A name only inside quoted words, « Libérez-les ! », « Monsieur X, assez ! », speaks none of the sentence's quotes.)
    if (here.some((uq) => uq.source.start <= m.start && m.end <= uq.source.end)) continue;
    // ("A man described X as the only alternative, adding: « … »", "she thanked X, saying: « … »": X is spoken of, the
    // object of someone else's verb, not the one whose words follow.)
    if (here.length && spokenOf(index, m)) continue;
    for (const uq of here) if ((m.end <= uq.source.start && !actedOnBefore(index, m, uq.source)) || m.start >= uq.source.end) unattributed.add(uq);
  }
  for (const uq of [...unattributed].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))) {
    if (uq.kind === 'slogan') continue;
    cands.push({ text: uq.text, prov: uq.source, kind: uq.kind, score: 0, order: (order.get(uq.id) ?? 0) + 1e5 });
  }
  const quotedSentences = new Set(cands.map((c) => `${c.prov.articleId}#${c.prov.sentence}`));
  for (const st of statementsBy(index, speaker)) {
    if (!quotedSentences.has(`${st.prov.articleId}#${st.prov.sentence}`)) cands.push({ ...st, order: 1e6 + cands.length });
  }
  if (!cands.length) {
    const where = speaker.mentions[0];
    const hint = where ? ` ${speaker.name} is only mentioned (${sourceOf(index.article(where.articleId))}).` : '';
    return notAnswered(intent, `The archive holds no statement by ${speaker.name}.${hint}`, suggestionsFor(intent, index));
  }
  const events = topEvents(rankEvents(index, { ...eventQueryOf(intent), reportPlaces: true }), 2).map((r) => r.event.id);
  const foldedPlaces = (intent.slots.places ?? []).map(fold);
  const placedIn = new Map<string, boolean>();
  const reportNamesPlace = (articleId: string): boolean => {
    let found = placedIn.get(articleId);
    if (found === undefined) {
      const text = index.article(articleId)?.text ?? '';
      // Folded only when its unfolded text holds the place's key word (see `foldedKeyWord`).
      const mayHold = (fp: string) => {
        const key = foldedKeyWord(fp);
        return key === undefined || (rough ??= unaccentLower(text)).includes(key);
      };
      let rough: string | undefined;
      let folded: string | undefined;
      found = foldedPlaces.some((fp) => mayHold(fp) && (folded ??= ` ${fold(text)} `).includes(` ${fp} `));
      placedIn.set(articleId, found);
    }
    return found;
  };
  // (Each candidate's words and its sentence's, stemmed once: the words joined are the two texts' words together.)
  const stemsOf = new Map<QuoteCandidate, StemSet>();
  for (const c of cands) {
    const own = contentStems(c.text);
    const inSentence = contentStems(sentenceAt(index, c.prov)?.text ?? '');
    const set = StemSet.of(own, inSentence);
    stemsOf.set(c, set);
    const sents = index.sentencesOf(c.prov.articleId);
    const around = new StemSet([index.article(c.prov.articleId)?.title, sents[c.prov.sentence - 1]?.text, sents[c.prov.sentence - 2]?.text].filter(Boolean).join(' . '));
    const direct = overlap(rel, set);
    const contextual = rel.filter((st) => !set.has(st) && around.has(st)).length;
    const placed = reportNamesPlace(c.prov.articleId) ? 1.5 : 0;
    c.score = direct + 0.5 * contextual + placed + (c.eventId && events.includes(c.eventId) ? 1 : 0) + (c.kind === 'direct' ? 0.2 : 0);
    if (topicStems.length) c.score += overlap(topicStems, StemSet.of(own)) * 3 + overlap(topicStems, StemSet.of(inSentence));
  }
  let pool = cands;
  if (topicStems.length) {
    // ("What did X say about the Osk raid?": words X said in a report whose headline and lead tell of that raid are
    // about it, whatever the quote itself names.)
    const aboutTopic = new Map<string, boolean>();
    // (Its words of time aside; a period alone, "the first half of 2023", is no topic: a report on it holds words on
    // many things.)
    const topicCore = topicStems.filter((st) => !PERIOD_STEM.test(st));
    const reportAbout = (articleId: string): boolean => {
      if (!topicCore.length) return false;
      let v = aboutTopic.get(articleId);
      if (v === undefined) {
        const sents = index.sentencesOf(articleId);
        const lead = new StemSet([index.article(articleId)?.title, sents[0]?.text, sents[1]?.text].filter(Boolean).join(' . '));
        // (Or a lead that tells all but one of them, the report naming the last further down: "protests over water"
        // in the lead and the province named three paragraphs on are "the Dornia water protests".)
        const inLead = topicCore.filter((st) => lead.has(st)).length;
        let whole: StemSet | undefined;
        v = inLead === topicCore.length || (topicCore.length >= 3 && inLead === topicCore.length - 1 && topicCore.every((st) => (whole ??= new StemSet(sents.map((x) => x.text).join(' . '))).has(st)));
        aboutTopic.set(articleId, v);
      }
      return v;
    };
    pool = cands.filter((c) => overlap(topicStems, stemsOf.get(c) as StemSet) > 0 || reportAbout(c.prov.articleId));
    if (!pool.length) {
      return notAnswered(intent, `The archive holds no statement by ${speaker.name} about ${topic}.`, [
        ...cands.slice(0, 2).map((c) => `${speaker.name}: “${clip(c.text, 80)}”`),
      ]);
    }
  }
  const asked = quoteKindsAsked(intent.question);
  if (asked) {
    // "What did X tweet?" is not answered with a speech or a banner.
    const ofKind = pool.filter((c) => (asked.kinds as string[]).includes(c.kind));
    if (!ofKind.length) {
      return notAnswered(intent, `The archive holds no ${asked.label} by ${speaker.name}.`, [
        ...pool.slice(0, 2).map((c) => `${speaker.name}: “${clip(c.text, 80)}”`),
      ]);
    }
    pool = ofKind;
  }
  pool.sort((a, b) => b.score - a.score || a.order - b.order);
  const top = pool[0] as QuoteCandidate;
  const best = continued(index, top, cands);
  const chosen = [best];
  // "X said the crowd would pass 2,000 and that this was the third such march." then "“I think this one is the loudest
  // yet,” X told reporters.": the speaker's own words right after words told in the reporter's phrasing go on with them.
  if (best.kind !== 'direct') {
    const sents = index.sentencesOf(best.prov.articleId);
    const follow = cands.find((c) => c.kind === 'direct' && c.prov.articleId === best.prov.articleId && c.prov.sentence === best.prov.sentence + 1);
    if (follow && sents[follow.prov.sentence]?.paragraph === sents[best.prov.sentence]?.paragraph) chosen.push(follow);
  }
  // (A quote joined onto the best one is not given again as the second.)
  const joined = best !== top ? (c: QuoteCandidate) => c.prov.articleId === top.prov.articleId && c.prov.sentence === top.prov.sentence + 1 : () => false;
  const second = pool.slice(1).find((c) => !joined(c));
  if (second && second.score >= best.score && best.score > 0 && chosen.length < 2) chosen.push(second);
  const text = chosen.map((c) => quoteLine(index, c, speaker.name)).join(' ');
  // "What did X say, and what was his old job?": the post the reports give X is asked too (the quoting report's first).
  const role = asksPostToo(intent.question) ? (speaker.roles.find((r) => r.source.articleId === best.prov.articleId) ?? speaker.roles[0]) : undefined;
  if (role) return answered(intent, `${text} ${speaker.name}'s post, as reported: ${role.text.replace(/[.,;:]+$/, '')}.`, citeAll(index, [...chosen.map((c) => c.prov), role.source]));
  return answered(intent, text, citeAll(index, chosen.map((c) => c.prov)));
}

/**
 * "“Women there fight for more than a scarf,” said X. “They fight to sing in the street.”": the speaker's quote in the
 * next sentence of the paragraph, with no attribution of its own, goes on with the same words; both are given.
 */
function continued(index: ArchiveIndex, best: QuoteCandidate, cands: QuoteCandidate[]): QuoteCandidate {
  if (best.kind !== 'direct') return best;
  const sents = index.sentencesOf(best.prov.articleId);
  const here = sents[best.prov.sentence];
  const next = cands.find((c) => c !== best && c.kind === 'direct' && c.prov.articleId === best.prov.articleId && c.prov.sentence === best.prov.sentence + 1);
  const there = sents[best.prov.sentence + 1];
  if (!next || !here || !there || here.paragraph !== there.paragraph) return best;
  // (Only a quote that the speaker's name closes: "“…,” said X." or "“…,” X told the council." then "“…”".)
  if (!/[”"]\s*,?\s*(?:(?:[\p{L}'’.-]+\s+){1,6}?)?(?:said|says|added|told|continued)\b[^“”"]*\.?$/u.test(here.text) || !/^[“"]/.test(there.text.trim())) return best;
  return { ...best, text: `${best.text}” … “${next.text.replace(/[.]$/, '')}`, prov: { ...best.prov, end: there.end } };
}

/** "What did the NCRI say about…": sentences where the named body is the subject of a speech verb. */
function answerBodyStatement(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const m = /^(?:and\s+)?what\s+(?:did|does|do|has|have)\s+(?:the\s+)?(.+?)\s+(?:say|said|call|urge|state|announce|demand|ask|write|declare|warn|report|claim|condemn|describe|stress)\b/i.exec(intent.question);
  const subject = m?.[1]?.trim();
  if (!subject || subject.length < 2) return undefined;
  const re = new RegExp(`\\b${escapeRe(subject)}\\b[^.!?"“]{0,50}?\\b(${SPEECH_VERBS}|reported|condemned|announced|stated)\\b|\\b${escapeRe(subject)}\\s*(statement|:)|according to (the )?${escapeRe(subject)}\\b`, 'i');
  const topicStems = intent.slots.topic ? contentStems(intent.slots.topic) : [];
  let best: { articleId: string; s: Sentence; score: number } | undefined;
  for (const a of index.data.articles) {
    for (const s of index.sentencesOf(a.id)) {
      if (!re.test(s.text)) continue;
      const score = topicStems.length ? overlap(topicStems, s.text) : 1;
      if (topicStems.length && score === 0) continue;
      if (!best || score > best.score) best = { articleId: a.id, s, score };
    }
  }
  if (!best) return undefined;
  return answered(intent, `According to ${sourceOf(index.article(best.articleId))}: “${clip(best.s.text, 420)}”`, citeAll(index, [provOf(best.articleId, best.s)]));
}

const CHANT_CUE = /\b(chant\w*|shout\w*|slogans?|banners?|placards?|signs? reading|read(ing)?)\b/i;

/** What the crowd chanted or carried at the events asked about: the slogans and banners, attributed to the report. */
function answerCrowdQuote(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const q = fold(intent.question);
  const crowdSubject = /^(and )?what (did|do|does|were) (the )?(protesters|demonstrators|crowd|participants|people|supporters|marchers|banners?|placards?|signs?)\b/.test(q);
  if (!crowdSubject && !/\b(banners?|placards?|slogans?|chant\w*|shout\w*)\b/.test(q)) return answerBodyStatement(intent, index);
  const kinds: Array<Quote['kind']> = /\b(banners?|placards?|signs?)\b/.test(q) ? ['banner'] : ['slogan', 'banner'];
  // A place or day alone pins the gathering: "what slogans were chanted in <city>" names no kind of event.
  const events = matchedEvents(intent, index, intent.slots.places?.length || intent.slots.range ? 1.5 : 2);
  const eventIds = new Set(events.map((r) => r.event.id));
  const articleIds = new Set(events.flatMap((r) => r.event.sources.map((s) => s.articleId)));
  let pool = index.data.quotes.filter((x) => kinds.includes(x.kind));
  if (events.length) pool = pool.filter((x) => (x.eventId && eventIds.has(x.eventId)) || (!x.eventId && articleIds.has(x.source.articleId)));
  else if (intent.slots.places?.length || intent.slots.range) return undefined;
  if (!pool.length) {
    // Slogans extraction missed: the sentence of the event's report that states them, quoted whole.
    for (const articleId of articleIds) {
      const s = index.sentencesOf(articleId).find((x) => CHANT_CUE.test(x.text) && /[“"«]/.test(x.text));
      if (s) return answered(intent, `According to ${sourceOf(index.article(articleId))}: “${clip(s.text, 400)}”`, citeAll(index, [provOf(articleId, s)]));
    }
    return undefined;
  }
  const chosen = pool.slice(0, 4);
  const said = (list: Quote[]) => joinList(list.map((c) => `“${clip(c.text, 200)}”`));
  const slogans = chosen.filter((c) => c.kind !== 'banner');
  const banners = chosen.filter((c) => c.kind === 'banner');
  const parts: string[] = [];
  if (slogans.length) parts.push(`${capitalise(slogans[0]?.speakerName?.trim() || 'protesters')} chanted ${said(slogans)}`);
  if (banners.length) parts.push(`${parts.length ? 'banners' : 'Banners'} read ${said(banners)}`);
  // Several gatherings matched: say which one the words were heard at.
  const at = events.length > 1 && chosen[0]?.eventId ? index.event(chosen[0].eventId) : undefined;
  const lead = at ? `At ${eventPhrase(at)}, ${parts.join('; ').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}` : parts.join('; ');
  const text = `${lead} (according to ${sourceOf(index.article(chosen[0]?.source.articleId ?? ''))}).`;
  return answered(intent, text, citeAll(index, chosen.map((c) => c.source)));
}

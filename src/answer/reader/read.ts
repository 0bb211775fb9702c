/**
 * The reader: one path from an analysed question to an answer that works on any report of the genre.
 * Reports that fit the question's constraints → their sentences scored as evidence → typed candidates (counts,
 * agents, places, dates, statements, roles) → the best candidate, checked: its report must hold the question's
 * names and constraints, its sentence the question's focus, and the candidate must fit the type asked. Otherwise
 * nothing is answered, and the caller says so.
 */
import { titleAskedOf, titleBeforeName, titledAs } from '../title-asked.ts';
import { holdsPoliticalOffice, POLITICAL_HEADS } from '../political-office.ts';
import type { Answer, Article, Citation, IntentKind } from '../../domain/types.ts';
import { MONTH_NAMES } from '../../dates/calendar.ts';
import type { ArchiveIndex } from '../../index/archive-index.ts';
import type { AnswerType, QuestionAnalysis, QuestionTerm } from '../../understand/analyse-question.ts';
import { acronymAskedFor, claimIsAcronym, creditsSourceAsked, sourceAskedFor, TOWN_FAMILY } from '../../understand/analyse-question.ts';
import { escapeRe, fold } from '../../understand/text.ts';
import { inVocab, lexiconOf } from '../../understand/lexicon.ts';
import { COUNTRIES, keyOf, MONTH_WORDS, tokenize, WEEKDAY_WORDS } from '../../understand/vocabulary.ts';
import { asksChange, asksRate, isRate } from '../rate.ts';
import { findDates, formatDate } from '../../dates/index.ts';
import { dateMatchesRange } from '../../understand/question-dates.ts';
import { reportDate } from './candidates-date.ts';
import { clip, clipAroundName, sourceOf } from '../evidence.ts';
import { eventsOfArticle, keepLast, memo } from '../memo.ts';
import { datesInSentence } from '../lookups.ts';
import { agentCandidates, inCrowdOfReport, lastNameOf, speakersOfReport } from './candidates-agent.ts';
import { changeTold, countCandidates, figuresBySentence } from './candidates-count.ts';
import { dateCandidates } from './candidates-date.ts';
import { baseAsked, placeCandidates } from './candidates-place.ts';
import { roleCandidates } from './candidates-role.ts';
import { statementCandidates } from './candidates-statement.ts';
import { sentenceText, type Candidate, type ExtractContext } from './candidate.ts';
import { sinceFit } from './since-clause.ts';
import { voteTurnoutFit } from './vote-turnout.ts';
import { writesNumber, writtenWhole } from '../numbers-stated.ts';
import { figuresWhoseSourceIsAsked } from '../source-of-a-figure.ts';
import { foreignName, score, scoreWindows, selectReports, sentenceDates, tokensHold, type EvidenceWindow, type ReportMatch } from './evidence-windows.ts';
import { nameSpans, ORG_WORDS, PLACE_WORDS, type SpanJudge } from './spans.ts';
import { subjectSentences } from './subject.ts';
import type { ReportProfile } from './report-profile.ts';

/** The intent kind each expected answer type reports as (what the CLI prints and the scorer reads). */
export const INTENT_OF: Record<AnswerType, IntentKind> = {
  count: 'howmany',
  agent: 'who',
  place: 'where',
  date: 'when',
  statement: 'quote',
  role: 'role',
  fact: 'search',
};

/** What the reader found: an answer, or why there is none (with the closest report, for suggestions). */
export interface ReadOutcome {
  answer?: Answer;
  /** Why nothing was answered, in words for the user. */
  reason?: string;
  /** The candidate chosen, with its overall score (for comparing with another path). */
  best?: { candidate: Candidate; score: number };
}

/** Thresholds of the evidence check, set on the development set so that wrong answers stay rare. */
export const EVIDENCE = {
  /** Minimum share of the question's weighted terms the chosen report must hold. */
  reportCoverage: 0.55,
  /** The same for a report in another language than the question. */
  foreignReportCoverage: 0.4,
  /** Minimum share of the focus terms the evidence sentence (or its neighbour) must hold. */
  focus: 0.5,
  /** The same for who-questions: the deed asked must be told whole. */
  agentFocus: 0.7,
  /** Minimum type-and-focus fit of the candidate. */
  fit: 0.45,
  /** Minimum overall score (evidence × fit). */
  total: 0.4,
  /** The same for a report in another language than the question. */
  foreignTotal: 0.25,
} as const;

/** Builds the per-index tables the reader reads on a first question (see `warmIndex`). */
export function warmReaderTables(index: ArchiveIndex): void {
  judgeOf(index);
  archiveKeys(index);
  figuresBySentence(index);
}

function judgeOf(index: ArchiveIndex): SpanJudge {
  return memo(index, 'reader-judge', () => {
    const knownPeople = new Set<string>();
    const quoted = new Set(index.data.quotes.map((q) => q.speakerId).filter(Boolean));
    for (const s of index.data.speakers) {
      const name = fold(s.name);
      const parts = name.split(' ');
      if (parts.length < 2) continue;
      // Only people the extraction has evidence for (a role, a quote, an event spoken at): its bare name guesses
      // also catch places and slogans ("Los Angeles", "Women Life").
      if (!(s.roles.length || quoted.has(s.id) || s.events.length)) continue;
      knownPeople.add(name);
      knownPeople.add(parts[parts.length - 1] as string);
    }
    const lex = lexiconOf(index);
    return { knownPeople, cities: lex.cities, places: new Set([...lex.placeWords, ...lex.cities, ...lex.datelines, ...lex.places.keys()]) };
  });
}

function candidatesOf(ctx: ExtractContext, w: EvidenceWindow): Candidate[] {
  switch (ctx.analysis.expects) {
    case 'count':
      return countCandidates(ctx, w);
    case 'date':
      return dateCandidates(ctx, w);
    case 'place':
      return placeCandidates(ctx, w);
    case 'agent':
      return agentCandidates(ctx, w);
    case 'statement':
      return statementCandidates(ctx, w);
    case 'role':
      return roleCandidates(ctx, w);
    case 'fact': {
      // "Which general ordered the raid?": a sentence giving nobody that title ("the general who ordered the raid
      // denied …") tells no one's name.
      const title = titleAskedOf(ctx.analysis.question);
      if (title && !titleBeforeName(sentenceText(w), title)) return [];
      // "By what percentage did executions go up?": a sentence stating no change ("91% of all executions") tells none.
      // ("A 43% rise in executions in 2023" asked of 2024 is another year's change.)
      if (asksChange(ctx.analysis.question) && !changeTold(ctx.analysis, w)) return [];
      // "What share of the vote did Tam Orly win?": a sentence giving no share beside the name asked ("… 50% of the
      // vote, so Tam Orly and Ivo Brandt meet in a runoff") tells someone else's share, or none.
      if (!voteShareBesideName(ctx.analysis, sentenceText(w))) return [];
      return [{ type: 'fact', text: '', window: w, sentences: [w.si], fit: w.coverage >= 0.6 ? 0.8 : 0.4 }];
    }
  }
}


/** The windows to read: the best-scored sentences, plus every sentence naming the subject of a role or statement question. */
function windowsToRead(a: QuestionAnalysis, index: ArchiveIndex, reports: ReportMatch[]): EvidenceWindow[] {
  const all = scoreWindows(a, index, reports);
  const top = all.slice(0, 40);
  if (a.expects === 'role' || a.expects === 'statement') {
    for (const r of reports) {
      for (const s of subjectSentences(a, r.profile)) {
        const w = all.find((x) => x.report === r && x.si === s.si);
        if (w && !top.includes(w)) top.push(w);
      }
    }
  }
  return top;
}

/**
 * Places the question puts the event at ("a rally in Rome") that a report does not name. A report in another
 * language may spell an acronym its own way ("CNRI" for "NCRI"), so acronyms are not required of it.
 */
function missingPlaces(r: ReportMatch): QuestionTerm[] {
  const foreign = (r.profile.article.language ?? 'en') !== 'en';
  return r.missing.filter((t) => t.sort === 'name' && t.locative && !(foreign && /^[A-Z]{2,7}$/.test(t.text)));
}

/**
 * "kastel harbour rally - police estimate?", "orvel protest, how many showed up": a town the question names, even
 * with no "in" before it, is where the counted crowd or toll was; a report that never writes it counts another.
 * (A country is not checked: a national figure need not repeat its name.)
 */
function townsUnwritten(index: ArchiveIndex, r: ReportMatch): QuestionTerm[] {
  const cities = judgeOf(index).cities;
  return r.missing.filter((t) => (t.sort === 'name' || t.sort === 'word') && !COUNTRIES.has(t.fold) && (cities.has(t.fold) || TOWN_FAMILY.test(t.key)));
}

/**
 * Names the question gives that a report in English never writes: for who did a deed, any person's or body's (not a
 * country's); for where or when an event was, a person the archive knows by full name ("the rally with Ana Holm":
 * a report without her tells of another gathering).
 */
function namesMissing(a: QuestionAnalysis, index: ArchiveIndex, r: ReportMatch): QuestionTerm[] {
  if ((r.profile.article.language ?? 'en') !== 'en') return [];
  if (a.expects === 'agent') return r.missing.filter((t) => t.sort === 'name' && !t.locative && !COUNTRIES.has(t.fold));
  // "What did the crowd chant at the Paris vigil for Aleppo?": a report that never names the city the occasion was
  // for (or held in) tells of words said at another one.
  if (a.expects === 'statement') return r.missing.filter((t) => t.sort === 'name' && judgeOf(index).cities.has(t.fold));
  // ("how many marched on the anniversary of Ana Holm's death": a report that never names her counts another crowd.)
  if (a.expects !== 'place' && a.expects !== 'date' && a.expects !== 'count') return [];
  const known = judgeOf(index).knownPeople;
  return r.missing.filter((t) => {
    if (t.sort !== 'name') return false;
    // "When was the Vellmar vigil?": a town the archive writes as a place ("… in Vellmar") names the occasion asked;
    // a report that never writes it dates another one.
    if (a.expects === 'date' && judgeOf(index).places.has(t.fold) && !COUNTRIES.has(t.fold) && !CALENDAR_NAME.test(t.fold)) return true;
    const first = a.terms.find((x) => x.sort === 'name' && x.at === t.at - 1);
    return !!first && known.has(`${first.fold} ${t.fold}`);
  });
}

/** Month and weekday names, which "in May" makes look like places. */
const CALENDAR_NAME = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;

/** The keys of every word the archive uses (memoised per index). */
function archiveKeys(index: ArchiveIndex): Set<string> {
  return memo(index, 'reader-archive-keys', () => {
    const keys = new Set<string>();
    const vocab = lexiconOf(index).vocab;
    for (const w of vocab) keys.add(keyOf(w));
    // The lexicon is folded to lower case; "UN" and "US" are written capitalised in reports.
    if (vocab.has('un')) keys.add(keyOf('unitednations'));
    if (vocab.has('us')) keys.add(keyOf('usa'));
    return keys;
  });
}

/**
 * Question words that tell the archive cannot hold the answer: a name it never uses ("Rome", "al-Sukkari"; an
 * acronym counts when a report spells it out), or, for a count or a date, a word describing the event it never uses
 * ("the sarin attack").
 */
export function unknownToArchive(a: QuestionAnalysis, index: ArchiveIndex, reports: ReportMatch[]): QuestionTerm[] {
  const keys = archiveKeys(index);
  const lex = lexiconOf(index);
  return a.terms.filter((t) => {
    // A word describing the event is a gate for a count or a date, which belong to one occasion ("the sarin attack");
    // for a place, a person or words said, a paraphrase ("the delisting rally") is weighed like any other word.
    const describingGate = t.sort === 'word' && t.describesEvent && (a.expects === 'count' || a.expects === 'date');
    if (t.sort !== 'name' && !describingGate) return false;
    if (keys.has(t.key) || inVocab(lex, t.fold)) return false;
    // "the Belgian parliament" in an archive that writes "Belgium": a people's adjective of a name it holds.
    if (adjectiveOfKnownName(t.fold, lex.byInitial.get(t.fold[0] ?? '') ?? [])) return false;
    // "the gas price protests" in an archive that writes "gasoline": a word shortened as users do.
    if (t.sort === 'word' && t.fold.length >= 3 && (lex.byInitial.get(t.fold[0] ?? '') ?? []).some((w) => w.length > t.fold.length && w.startsWith(t.fold))) return false;
    if (reports.some((r) => r.profile.allAcronyms.has(t.fold))) return false;
    // ("according to Hands Against the Death Penalty": a name whose words the question reads as one phrase, "death
    // penalty", is known when a report kept writes that phrase.)
    if (/\s/.test(t.text.trim())) {
      const phrase = ` ${fold(t.text)} `;
      if (reports.some((r) => r.profile.sentences.some((s) => ` ${fold(s.text)} `.includes(phrase)))) return false;
    }
    // A report in another language may name the event in its own words, and a place by its own common noun
    // ("Brandenburger Tor" for "the Brandenburg Gate").
    const foreign = reports.filter((r) => (r.profile.article.language ?? 'en') !== 'en');
    if ((t.sort === 'word' || PLACE_WORDS.has(t.fold)) && foreign.length) return false;
    if (foreign.some((r) => foreignName(r.profile, t))) return false;
    return true;
  });
}

/**
 * Whether a word is a people's adjective ("belgian", "italian", "iranian", "german") of a name the archive writes
 * ("belgium", "italy", "iran", "germany"): its stem without the ending begins a word at most three letters longer.
 */
function adjectiveOfKnownName(word: string, sameInitial: readonly string[]): boolean {
  const stem = /^(.{4,}?)(?:ian|ean|ese|ish|an)$/.exec(word)?.[1];
  // (A German adjective of the same people counts too: "belgische", "iranischen".)
  return !!stem && sameInitial.some((w) => w !== word && w.startsWith(stem) && (w.length <= stem.length + 3 || (w.length <= stem.length + 7 && /isch(?:e|en|er|es)?$/.test(w))));
}

/** Reads the archive for a question: an answer that passes the evidence check, or a reason. */
export function readAnswer(a: QuestionAnalysis, index: ArchiveIndex): ReadOutcome {
  if (!a.terms.length) return { reason: 'The question has no words to look for.' };
  const reports = selectReports(a, index);
  const unknown = unknownToArchive(a, index, reports);
  if (unknown.length) return { reason: `The archive has nothing on ${unknown.map((t) => t.text).join(', ')}.` };
  const ctx: ExtractContext = { index, analysis: a, judge: judgeOf(index) };
  if (!reports.length) {
    const absentYears = a.years.filter((y) => !lexiconOf(index).years.has(y));
    if (absentYears.length) return { reason: `The archive has nothing from ${absentYears.join(' or ')}.` };
    const places = a.terms.filter((t) => t.locative);
    return { reason: places.length ? `No report tells of it at ${places.map((t) => t.text).join(', ')}.` : 'No report holds the words of the question.' };
  }
  let best: { candidate: Candidate; score: number } | undefined;
  const all: Candidate[] = [];
  const scored: Array<{ candidate: Candidate; score: number }> = [];
  let bestRank = 0;
  // (The figure whose source the question asks, if any, read once for every candidate.)
  const sourceFigures = a.expects === 'agent' ? figuresWhoseSourceIsAsked(a.question, a.numbers) : [];
  for (const w of windowsToRead(a, index, reports)) {
    for (const c of candidatesOf(ctx, w)) {
      // The words the question quotes as said pick the sentence: no other sentence is read for the answer.
      if (a.quoted?.length && !writesQuoted(a, c)) continue;
      // Nor is a doer read from a report that never names the person or body the question says the deed involves.
      if (namesMissing(a, index, w.report).length) continue;
      // (Nor from a sentence that never tells the deed asked: the next sentence that does is read instead.)
      if (a.expects === 'agent' && deedUntold(a, c)) continue;
      // (Nor from a sentence that never writes the figure the question states: "who said 900 were killed?" is not
      // answered by the body that said 300.)
      if (sourceFigures.length && figureUnsaid(sourceFigures, c)) continue;
      // (Nor a day of another month than the one asked: the next day told is read instead.)
      if (c.type === 'date' && dateOfAnotherMonth(a, c)) continue;
      all.push(c);
      // (A report that never writes a figure the question states tells of another toll: one that does comes first.)
      const figuresFit = figuresUnwritten(a, w.report).length ? 0.5 : 1;
      // (A count its sentence puts in another town than the one asked, "À Toulouse, 250 personnes …" for Paris, is
      // that town's: it weighs less, so that the asked town's own count, if any, answers.)
      const elsewhere = (c.type === 'count' && otherPlace(a, c)) || (c.type === 'agent' && gatheringElsewhere(a, c)) ? 0.5 : townOnlyInPassing(a, c) ? 0.3 : 1;
      // ("Varga: “That should be the stated policy …”": words that open by pointing back say what they point to only
      // with the sentence before, which tells it in the reporter's words, and weigh less than a sentence that does.)
      const pointsBack = c.type === 'statement' && POINTS_BACK.test(c.text) ? 0.85 : 1;
      // ("how many were at the silent march the day before the Lindau march": a figure whose sentence names the other
      // occasion, "1 800 ont défilé du parc Lindau …", is that occasion's.)
      const otherOccasion = a.reference?.length && c.type !== 'statement' && w.tokens.some((t) => a.reference!.includes(t.fold)) ? 0.5 : 1;
      // (A count told "since" another start than the question's, "since December" for "since the convoys entered", is
      // of another span: see `sinceFit`.)
      const since = c.type === 'count' ? sinceFit(a.question, sentenceText(w)) : 1;
      const day = c.type === 'count' ? weekdaySentenceFit(a, w) : 1;
      // (A vote's turnout asked is told as a share: a head count of voters or a winner's tally weighs less.)
      const share = c.type === 'count' ? voteTurnoutFit(a.question, c.text) : 1;
      const s = (c.focus !== undefined ? score({ ...w, focus: Math.max(w.focus, c.focus) }) : score(w)) * (0.35 + 0.65 * c.fit) * ownersFit(a, c) * claimantFit(a, c) * postBodyFit(a, c) * figuresFit * elsewhere * pointsBack * otherOccasion * since * day * share * weekdayFit(a, w.report);
      scored.push({ candidate: c, score: s });
      // Of two places as good, the one told in the event's own sentence ("the rally began near the Gate") before one
      // in a sentence that only sits next to it ("X described Iranians in A and in B as …"); the score kept is the
      // evidence's own.
      // (A sentence telling the very end of the route asked is the event's own sentence, "zogen … zum X"; a start told
      // by "from" is not always a route's: "exiles from X will rally … to stand with …".)
      const rank = c.type === 'place' ? s * (0.9 + 0.1 * (a.route === 'end' ? Math.max(w.focus, c.focus ?? 0) : w.focus)) : s;
      if (!best || rank > bestRank) {
        best = { candidate: c, score: s };
        bestRank = rank;
      }
    }
  }
  if (!best) return { reason: 'No sentence of the closest reports states that.' };
  if (best.candidate.type === 'role') best = { ...best, candidate: withAllRoles(best.candidate, all) };
  // (A crowd's other words are its other chants: quotes it was matched to by a word of gathering inside them, "We
  // gather …", are a speaker's.)
  if (best.candidate.type === 'statement' && !a.topic?.length) {
    const speaker = best.candidate.attribution;
    best = { ...best, candidate: withOtherQuotes(best.candidate, scored.filter((x) => !a.subject?.group || x.candidate.attribution === speaker), best.score) };
  }
  if (best.candidate.type === 'statement') best = { ...best, candidate: withQuoteThatFollows(best.candidate, scored) };
  // (Not for the end of a route asked, told as such: "zogen … zum Postplatz" is the answer, no venue's part.)
  // (Nor for a body's base: "a Britain-based group" is based in Britain, not in the venue of the sentence before.)
  if (best.candidate.type === 'place') best = placeInTownAsked(a, best, scored);
  if (best.candidate.type === 'place' && !(a.route === 'end' && best.candidate.focus === 1) && !baseAsked(a)) best = venueNearby(best, scored);
  // (A report whose best count tells of the event asked tells of it in its other counts too: see `ownTownCount`.)
  const eventReport = best.candidate.type === 'count' && a.expects === 'count' && countsTheEvent(a, best.candidate) ? best.candidate.window.report : undefined;
  if (best.candidate.type === 'count') best = sourceNearby(a, claimantNearby(a, ownTownCount(a, index, shareOfPlace(a, best, scored), scored), scored), scored);
  if (best.candidate.type === 'count') best = exactOverRound(best, scored);
  // "What toll did the Harbour Monitor give?": a figure neither its sentence (nor the one before) nor its report's
  // head and lead credit to the body named is someone else's, whatever else the report says of that body. (A body
  // asked in common words, "the organisers", may be named in other words by the sentence.)
  // (A name counts however it is written: "did gen hajizadeh say".)
  if (best.candidate.type === 'count' && a.terms.some((t) => t.sort === 'name' && a.claimant?.includes(t.text)) && !namesClaimant(a, best.candidate) && !leadNamesClaimant(a, best.candidate)) {
    return { reason: `No figure in the archive is credited to ${a.claimant?.join(' ')}.`, best };
  }
  if (best.candidate.type === 'count') best = byPlaceInBreakdown(a, ctx, best, scored);
  if (best.candidate.type === 'count') best = countOfReportOfMonth(a, best, scored);
  if (best.candidate.type === 'agent') best = namedHolderNearby(best, scored);
  if (best.candidate.type === 'agent') best = organisingBodyNearby(a, best, scored);
  if (best.candidate.type === 'agent') best = alsoSpeakingNearby(a, best, scored);
  if (best.candidate.type === 'agent') best = { ...best, candidate: withAllSpeakers(ctx, best.candidate) };
  const c = best.candidate;
  const problem = evidenceProblem(a, index, c, best.score, c.window.report === eventReport);
  if (problem) return { reason: problem, best };
  const answer = compose(a, index, c);
  if (c.type === 'count') withOtherFigures(a, index, answer, best, scored);
  if (c.type === 'statement' || c.type === 'date') withOtherOccasions(a, index, answer, best, scored);
  if (c.type === 'date') withTitleDisagreeing(answer, c);
  return { answer, best };
}

/** A candidate's share of a vote asked: "what share of the vote did X win", "what percentage of the votes went to X". */
const VOTE_SHARE_ASKED = /\b(?:what|which)\s+(?:share|percentage|proportion|percent)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:votes?|ballots?)\b/i;

/** Whether a sentence gives a share within a few words of a name the question asks (true when no such share is asked). */
function voteShareBesideName(a: QuestionAnalysis, text: string): boolean {
  if (!VOTE_SHARE_ASKED.test(a.question)) return true;
  const names = a.terms.filter((t) => t.sort === 'name' && /^\p{Lu}/u.test(t.text));
  if (!names.length) return true;
  return names.some((t) => {
    const last = t.text.split(/\s+/).at(-1) ?? t.text;
    return [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRe(last)}(?![\\p{L}])`, 'gu'))].some((m) => {
      const at = m.index ?? 0;
      return /\d\s*(?:%|per\s*cent\b|percent\b)/i.test(text.slice(Math.max(0, at - 30), at + last.length + 60));
    });
  });
}

/** Quoted words opening with a pointer back and a verb ("“That should be …", "“Those were …"; not "“This is no longer …"). */
const POINTS_BACK = /^[^“"]{0,80}[“"](?:That|Those)\s+(?:is|was|are|were|should|would|must|means|meant)\b/;

/**
 * "… rally on the Saturday after …": a report that tells its gathering on another weekday ("on Sunday", "dimanche") and
 * never on the one asked ("samedi" is Saturday) is likely about another gathering.
 */
function weekdayFit(a: QuestionAnalysis, r: ReportMatch): number {
  const asked = new Set(a.terms.map((t) => WEEKDAY_WORDS.get(t.fold)).filter((d) => d !== undefined));
  if (asked.size !== 1) return 1;
  const told = [...WEEKDAY_WORDS].filter(([word]) => r.profile.words.has(word)).map(([, day]) => day);
  return told.length && !told.some((d) => asked.has(d)) ? 0.6 : 1;
}

/**
 * "How many rallied there on the Friday?" against a report telling "around 100 gathered" (on the day it opens with,
 * Saturday) and "Around 50 had rallied at the same place on Friday": a count whose sentence names the weekday asked
 * answers before one whose sentence names none, when another sentence of its report gives a number on that weekday as
 * an earlier occasion.
 */
function weekdaySentenceFit(a: QuestionAnalysis, w: EvidenceWindow): number {
  const asked = a.terms.map((t) => t.fold).filter((f) => WEEKDAY_WORDS.has(f));
  if (asked.length !== 1) return 1;
  const day = weekdayPattern(asked[0] as string);
  const anyDay = ANY_WEEKDAY;
  const sentences = w.report.profile.sentences;
  const own = sentences[w.si]?.text ?? '';
  if (day.test(own)) return 1.1;
  // (Only an earlier occasion told apart, "had rallied … on Friday", in a report whose lead names another weekday: a
  // report telling one day names it once, and its other sentences tell the same day.)
  if (anyDay.test(own)) return 1;
  const earlier = sentences.some((x, i) => i !== w.si && day.test(x.text) && /\bhad\s+(?:been\s+)?\p{L}+ed\b/iu.test(x.text) && /\d|\b(?:dozens|hundreds|thousands)\b/i.test(x.text));
  const otherDay = sentences.some((x) => anyDay.test(x.text.replace(day, ' ')));
  return earlier && otherDay ? 0.6 : 1;
}

/** Any weekday's name, and the pattern of the one a question asks (made once per weekday, not per candidate). */
const ANY_WEEKDAY = new RegExp(`\\b(?:${[...WEEKDAY_WORDS.keys()].join('|')})\\b`, 'i');
const weekdayPattern = keepLast((day: string) => new RegExp(`\\b${day}\\b`, 'i'));

/** Whether a count's sentence (or the one before) names the claimant asked, by its head word ("the Observatory"). */
function namesClaimant(a: QuestionAnalysis, c: Candidate): boolean {
  const p = c.window.report.profile;
  const head = a.terms.filter((t) => a.claimant?.includes(t.text)).at(-1);
  if (!head) return true;
  // (The sentence before counts only when the count's own sentence credits no one else: "… Free Voices claims that
  // 390 …" is Free Voices' count, whoever the sentence before quoted.)
  if ((creditedElsewhere(c, head) ? [c.window.si] : [c.window.si - 1, c.window.si]).some((i) => tokensHold(p.tokens[i] ?? [], head, p.acronyms[i]))) return true;
  // "A reformist lawmaker said Tuesday that some 900 …" then "The parliament's site quoted Ilan Brekke as saying …": a
  // count credited to someone described, not named, is the one a sentence after it names as saying it.
  // (The naming sentence may come a paragraph later; the first one that quotes someone "as saying" is it.)
  if (!UNNAMED_CLAIMANT.test(p.sentences[c.window.si]?.text ?? '')) return false;
  for (let i = c.window.si + 1; i <= c.window.si + 4 && i < p.sentences.length; i++) {
    if (/\bquot(?:ed|ing)\s+(?:[^.;]{1,60}?\s+)?as\s+saying\b/i.test(p.sentences[i]?.text ?? '')) return tokensHold(p.tokens[i] ?? [], head, p.acronyms[i]);
  }
  return false;
}

/** A claimant described but not named ("An Iranian reformist lawmaker said", "a senior official told"). */
const UNNAMED_CLAIMANT = /\b(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,3}(?:lawmaker|legislator|mp|official|spokes(?:man|woman|person)|minister|member of parliament|deputy|source|officer|doctor|activist|judge|prosecutor)\s+(?:said|says|told|stated|claimed|estimated)\b/iu;

/** Whether a count's report names the claimant asked in its head or lead (its publisher, title, first sentences). */
function leadNamesClaimant(a: QuestionAnalysis, c: Candidate): boolean {
  const head = a.terms.filter((t) => a.claimant?.includes(t.text)).at(-1);
  if (!head) return true;
  // (Not for a count its own sentence credits to someone else.)
  return !creditedElsewhere(c, head) && c.window.report.profile.lead.has(head.key);
}

/** Whether a count's own sentence credits it to a body other than the one asked. */
function creditedElsewhere(c: Candidate, head: QuestionTerm): boolean {
  return !!c.attribution && !` ${fold(c.attribution)} `.includes(` ${head.fold}`);
}

/**
 * "What death toll did the White Helmets give?": when the best figure's sentence does not name the claimant asked
 * and another figure nearly as good does, that one is the answer ("Six, according to SAMS" against "the White
 * Helmets put the death toll as high as 150").
 */
function claimantNearby(a: QuestionAnalysis, best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): { candidate: Candidate; score: number } {
  if (!a.claimant?.length || namesClaimant(a, best.candidate)) return best;
  const other = scored
    .filter((x) => x.candidate.type === 'count' && x.score >= best.score * 0.6 && namesClaimant(a, x.candidate))
    .sort((x, y) => y.score - x.score)[0];
  return other ? { ...other, score: best.score } : best;
}

/** An office with no name ("the United Nations chief", "a police spokesman"): its last word is a lower-case office. */
const UNNAMED_OFFICE = /(?:^|\s)(?:chief|head|spokes(?:man|woman|person)|official|officials|director|secretary|minister|president|leader|envoy|commander|governor|mayor|prosecutor|judge|rapporteur|commissioner)$/;

/**
 * "Who told the assembly that …?" against "…, the federation's chief said. … Secretary-General Ilse Marrow told the
 * assembly …": of a doer named only by an office and a person the next sentences name doing it nearly as well, the
 * person is who is asked.
 */
/** "Also taking to the podium are …", "Also speaking were …": a sentence adding speakers to those told before it. */
const ALSO_SPEAKING = /^\s*(?:also|among\s+the\s+other)\b[^.]{0,40}\b(?:podium|stage|floor|microphone|speak\w*|spoke|address\w*|speeches?|speakers?)\b/i;
/** A people's word alone ("British", "Iranian"), read as a name in "former British hostage X": nobody. */
const PEOPLES_WORD = /^(?:\p{Lu}\p{Ll}+(?:ish|ian|ese|ean|ic|ch|i))(?:\s*\(.*\))?$/u;

/**
 * "Who spoke at the rally?" against "…, where speeches from several campaigners, including X, are planned." then
 * "Also taking to the stage this evening are A, son of B, and C.": the speakers the next sentences add ("also") are
 * speakers too; the list answered holds them all.
 */
function alsoSpeakingNearby(a: QuestionAnalysis, best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): { candidate: Candidate; score: number } {
  if (!a.terms.some((t) => t.part === 'focus' && t.key === '@speak')) return best;
  const c = best.candidate;
  const p = c.window.report.profile;
  const last = (name: string) => fold(name.replace(/\s*\(.*$/, '')).split(' ').at(-1) ?? '';
  const items = [...(c.items ?? [c.text])];
  const sentences = [...c.sentences];
  for (const x of scored) {
    const o = x.candidate;
    if (o.type !== 'agent' || o === c || o.window.report !== c.window.report) continue;
    const gap = o.window.si - Math.max(...c.sentences, c.window.si);
    if (gap < 1 || gap > 2 || !ALSO_SPEAKING.test(p.sentences[o.window.si]?.text ?? '')) continue;
    for (const item of o.items ?? [o.text]) {
      if (PEOPLES_WORD.test(item.trim())) continue;
      const i = items.findIndex((n) => last(n) === last(item));
      // (A surname read alone, "Pell", is the full name the added sentence gives.)
      if (i >= 0) {
        if (!/\s/.test((items[i] as string).trim()) && /\s/.test(item.replace(/\s*\(.*$/, '').trim())) items[i] = item;
        continue;
      }
      items.push(item);
    }
    if (!sentences.includes(o.window.si)) sentences.push(o.window.si);
  }
  if (items.length === (c.items ?? [c.text]).length && items.every((n, i) => n === (c.items ?? [c.text])[i])) return best;
  return { ...best, candidate: { ...c, items, text: items.join(', '), sentences } };
}

/** "…, said X, one of the organisers of the walk": a person told as one among the organisers. */
const ONE_OF_ORGANISERS = /\bone\s+of\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}?organi[sz]ers\b/u;

/**
 * "Who organised the walk?" against "…, said X, one of the organisers" and, in the same report, "the walk
 * organised by the Harbour Centre for Civic Rights": the body the walk is told as organised by is who organised it;
 * one of its organisers, quoted, is not the answer before it (when its evidence is nearly as good).
 */
function organisingBodyNearby(a: QuestionAnalysis, best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): { candidate: Candidate; score: number } {
  const c = best.candidate;
  if (!a.terms.some((t) => t.part === 'focus' && t.key === '@organise') || (c.items?.length ?? 0) > 1) return best;
  if (!ONE_OF_ORGANISERS.test(sentenceText(c.window))) return best;
  const p = c.window.report.profile;
  const other = scored
    .filter((x) => x.candidate.type === 'agent' && x.candidate !== c && x.candidate.window.report === c.window.report && x.score >= best.score * 0.8)
    .filter((x) => new RegExp(`\\borgani[sz]ed\\s+by\\s+(?:the\\s+)?${escapeRe(x.candidate.text.replace(/^the\s+/i, ''))}`, 'i').test(p.sentences[x.candidate.window.si]?.text ?? ''))
    .sort((x, y) => y.score - x.score)[0];
  return other ? { ...other, score: best.score } : best;
}

function namedHolderNearby(best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): { candidate: Candidate; score: number } {
  const c = best.candidate;
  if (c.items && c.items.length > 1) return best;
  if (!UNNAMED_OFFICE.test(c.text.trim())) return best;
  const other = scored
    .filter((x) => x.candidate.type === 'agent' && x.candidate !== c && x.candidate.window.report === c.window.report && x.score >= best.score * 0.85)
    .filter((x) => Math.abs(x.candidate.window.si - c.window.si) <= 2 && !UNNAMED_OFFICE.test(x.candidate.text.trim()))
    .filter((x) => /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s*\([^()]*\))?$/u.test(x.candidate.text.trim()))
    .sort((x, y) => y.score - x.score)[0];
  return other ? { ...other, score: best.score } : best;
}

/**
 * "According to the UN, how many …": when the best figure's sentence credits no one or someone else and another figure
 * nearly as good is credited to the source asked, that one is the answer.
 */
function sourceNearby(a: QuestionAnalysis, best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): { candidate: Candidate; score: number } {
  const c = best.candidate;
  // (A share of the place asked, read from a breakdown, is that place's count: "210 in Ostrov, 150 in Belmark".)
  if (c.type !== 'count' || c.share || creditsSourceAsked(a.question, c.attribution) !== false) return best;
  // ("They also said that …": a pronoun may well stand for the source asked.)
  if (c.attribution && /^(?:they|he|she|it|we|the group|the organi[sz]ation)$/i.test(c.attribution.trim())) return best;
  if (/^(?:They|He|She|It|We)\b[^.;]{0,30}?\b(?:said|say|says|added|reported|noted|stated|told)\b/.test(c.window.report.profile.sentences[c.window.si]?.text ?? '')) return best;
  // (Nor is a figure of the place asked given up for one from a report that does not name it.)
  const places = a.terms.filter((t) => t.locative && tokensHold(c.window.tokens, t));
  const other = scored
    .filter((x) => x.candidate.type === 'count' && x.score >= best.score * 0.6 && creditsSourceAsked(a.question, x.candidate.attribution) === true)
    .filter((x) => places.every((t) => !x.candidate.window.report.missing.includes(t)))
    .sort((x, y) => y.score - x.score)[0];
  return other ? { ...other, score: best.score } : best;
}


/** "who is the head of the Kell Inmates' League": a post asked of a body named with capitals (its words, as asked). */
const POST_OF_BODY_ASKED = /^\s*who\s+(?:is|was)\s+the\s+(?:head|director|chair(?:man|woman|person)?|president|leader|chief)\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s*(?:for\s+|of\s+|and\s+)?){2,6})/iu;

/**
 * A holder of a post asked of a named body ("who is the head of the Kell Inmates' League") is told by a sentence that
 * names that body; a sentence naming the head of another ("X, head of the Civil Guard") weighs less.
 */
function postBodyFit(a: QuestionAnalysis, c: Candidate): number {
  if (c.type !== 'agent') return 1;
  const body = POST_OF_BODY_ASKED.exec(a.question)?.[1];
  const words = body?.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => fold(w)) ?? [];
  if (words.length < 2) return 1;
  const said = ` ${fold(sentenceText(c.window))} `;
  return words.every((w) => said.includes(` ${w} `)) ? 1 : 0.5;
}
/**
 * "What toll did the Relief League give?": a count its own clause credits to another body ("and the Council claimed
 * that more than 900 …") is that body's, not the one asked.
 */
function claimantFit(a: QuestionAnalysis, c: Candidate): number {
  if (c.type !== 'count') return 1;
  if (!a.claimant?.length) return acronymClaimantFit(a, c);
  if (!c.attribution) return 1;
  const by = ` ${fold(c.attribution)} `;
  return a.claimant.some((w) => w.length >= 3 && !COUNTRIES.has(fold(w)) && by.includes(` ${fold(w)}`)) ? 1 : 0.6;
}

/** Whether a count is credited to the body a question asks by its acronym ("…, according to UOSSM?"). */
export function creditedToAcronymAsked(a: QuestionAnalysis, c: Candidate): boolean {
  return c.type === 'count' && !a.claimant?.length && !!c.attribution && !!acronymAskedFor(a.question) && acronymClaimantFit(a, c) === 1;
}

/**
 * "…, according to UOSSM?": a body asked by its acronym. A count credited to another body, or in a report that never
 * names the one asked (by its acronym, or by a name whose initials it is or that the acronym follows in brackets),
 * weighs less. The body is the one asked when every capitalised word of the credit is a word of that name ("the
 * Observatory" for SOHR, "Union of Medical Care and Relief Organizations (UOSSM)"); the credit itself is read by
 * `claimIsAcronym` first, as the structured answer and `creditsSourceAsked` read it.
 */
function acronymClaimantFit(a: QuestionAnalysis, c: Candidate): number {
  const acronym = acronymAskedFor(a.question);
  if (!acronym) return 1;
  const p = c.window.report.profile;
  const expansion = expansionOf(p, acronym);
  const named = expansion.size > 0 || p.tokens.some((ts) => ts.some((t) => t.raw === acronym));
  if (!c.attribution) return named ? 1 : 0.6;
  if (claimIsAcronym(c.attribution, acronym) === true) return 1;
  const words = c.attribution.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|US|UK|UN)$/.test(w) && !/-based$/.test(w));
  return words.length > 0 && words.every((w) => expansion.has(fold(w))) ? 1 : 0.6;
}

const EXPANSIONS = new WeakMap<ReportProfile, Map<string, Set<string>>>();

/** The folded words of the name a report gives an acronym: the name before "(ACR)", or one whose initials it is. */
function expansionOf(p: ReportProfile, acronym: string): Set<string> {
  let byAcronym = EXPANSIONS.get(p);
  if (!byAcronym) EXPANSIONS.set(p, (byAcronym = new Map()));
  const known = byAcronym.get(acronym);
  if (known) return known;
  const out = new Set<string>();
  const initials = acronym.toLowerCase();
  for (const s of p.sentences) {
    for (const m of s.text.matchAll(/(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|the|and|on|de|des|du|pour|la|le)\s+|\s+)){1,8}\p{Lu}[\p{L}'’-]*(\s*\((\p{Lu}{2,8})\))?/gu)) {
      const caps = m[0].replace(/\s*\([^)]*\)$/, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      const spelt = m[2] === acronym;
      if (!spelt && caps.map((w) => (w[0] ?? '').toLowerCase()).join('') !== initials) continue;
      for (const w of caps) out.add(fold(w));
    }
  }
  // (The acronyms are what users type: a profile keeps the last few, not every one ever asked.)
  if (byAcronym.size >= 16) byAcronym.clear();
  byAcronym.set(acronym, out);
  return out;
}
/**
 * "How many IS fighters …": a count whose sentence (or the one before) does not name whose the counted are weighs
 * half as much as one that does ("90 fighters from another group" against "1796 fighters from the IS").
 */
function ownersFit(a: QuestionAnalysis, c: Candidate): number {
  if (c.type !== 'count' || !a.countedOf?.length) return 1;
  const p = c.window.report.profile;
  const near = [c.window.si - 1, c.window.si].map((i) => p.tokens[i] ?? []);
  const owners = a.terms.filter((t) => a.countedOf!.includes(t.text));
  return owners.some((t) => near.some((ts) => tokensHold(ts, t, p.acronyms[c.window.si]))) ? 1 : 0.5;
}

/** Groups a count may single out of everyone ("426 children", "31 women"). */
// (Keys as the vocabulary cuts them: "students" is "student", "minors" are children.)
const GROUP_KEYS = new Set(['children', 'minors', 'women', 'men', 'students', 'journalists', 'teenagers', 'girls', 'boys'].map(keyOf));

/** Whether a count of a group ("426 children") and another count name different groups ("200 people"). */
export function countsOtherGroup(best: string, other: string): boolean {
  const noun = (t: string) => tokenize(t).filter((x) => x.value === undefined).at(-1)?.key;
  const b = noun(best);
  return !!b && GROUP_KEYS.has(b) && noun(other) !== b;
}

/** A count told as a running total ("since the siege began", "so far", "to date"). */
const RUNNING_TOTAL = /\b(?:since|so far|to date|thus far|in (?:the )?(?:past|last) (?:\w+ )?(?:days|weeks|months|years))\b/i;

/** One attack told by its target or its day ("strikes on a market", "on Sunday"). */
const ONE_ATTACK = /\b(?:on|at)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:market|marketplace|school|hospital|clinic|mosque|church|bakery|convoy|bus|village|house|building|checkpoint|wedding|funeral)\b|\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/iu;

/** Whether the words after a count's number single out a group among those counted ("12 deaths among the guards"). */
function amongGroupAfter(sentence: string, c: Candidate): boolean {
  const value = c.text.match(/\d[\d,.]*/)?.[0];
  if (!value) return false;
  const at = sentence.indexOf(value);
  return at >= 0 && /^\s+(?:[\p{L}-]+\s+){0,2}among\s+(?!them\b|those\b|the dead\b|the victims\b)/iu.test(sentence.slice(at + value.length));
}

/**
 * "the January 2031 motion: how many votes in favour?" against an undated report that never writes January ("voted on
 * Thursday … 301 votes") and one that does ("On January 12, the Assembly adopted … 288 votes"): of close counts, the
 * one whose report writes the month asked answers; the other is of another occasion.
 */
function countOfReportOfMonth(a: QuestionAnalysis, best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): { candidate: Candidate; score: number } {
  const month = monthOfRange(a);
  if (!month || month(best.candidate.window.report.profile.article)) return best;
  const other = scored
    .filter((x) => x.candidate.type === 'count' && x.candidate.window.report !== best.candidate.window.report && x.candidate.fit >= 0.55 && x.score >= best.score * 0.75)
    .filter((x) => month(x.candidate.window.report.profile.article))
    // (Nor a count of someone else than the source asked, when the best one is that source's: "according to the
    // commission" is not answered by a monitor's figure because the monitor's report writes the month.)
    .filter((x) => !sourceWordsTold(a, best.candidate) || sourceWordsTold(a, x.candidate))
    .sort((x, y) => y.score - x.score)[0];
  return other ? { candidate: other.candidate, score: best.score } : best;
}

/** Whether a count's sentence, or the one before, writes every word of the source the question asks ("according to the interior minister"). */
function sourceWordsTold(a: QuestionAnalysis, c: Candidate): boolean {
  const words = sourceAskedFor(a.question) ?? [];
  if (!words.length) return false;
  const p = c.window.report.profile;
  return [c.window.si - 1, c.window.si].some((i) => words.every((w) => (p.tokens[i] ?? []).some((t) => t.fold === w)));
}

/**
 * Whether a report writes the month a question's period is ("in March 2031", "the jan 2025 vote"): its name, beside
 * the year asked or beside no other year; undefined when the period is no whole month (a day asked, "on November 27",
 * is the report dates' to weigh, whatever month name its text writes).
 */
function monthOfRange(a: QuestionAnalysis): ((article: Article) => boolean) | undefined {
  const r = a.range;
  if (!r || r.from === r.to || r.from.slice(0, 7) !== r.to.slice(0, 7)) return undefined;
  const name = MONTH_NAMES[Number(r.from.slice(5, 7)) - 1];
  if (!name) return undefined;
  const year = /^\d{4}/.exec(r.from)?.[0];
  const month = new RegExp(`\\b${name}\\b`);
  // ("the April 2031 protests" is not told by a report of "the April 2030 protests".)
  const withYear = year ? new RegExp(`\\b${name}\\b[^.;]{0,12}\\b${year}\\b|\\b${year}\\b[^.;]{0,12}\\b${name}\\b`) : undefined;
  const withOtherYear = year ? new RegExp(`\\b${name}\\s+(?:of\\s+)?(?!${year})(?:19|20)\\d\\d\\b`) : undefined;
  return (article) => month.test(article.text) && (!year || !!withYear?.test(article.text) || !withOtherYear?.test(article.text));
}

/**
 * Attribute, don't adjudicate: when another report gives a different figure for the same thing about as well, the
 * answer states both, each with its source.
 */
function withOtherFigures(a: QuestionAnalysis, index: ArchiveIndex, answer: Answer, best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): void {
  const shown = new Set([best.candidate.value]);
  const seenReports = new Set([best.candidate.window.report.profile.article.id]);
  // Another report's figure is another answer only when that report holds every name the best one holds (a toll in
  // Syria is no other figure for Iran) and, when a source is asked, credits that source.
  const bestMissing = new Set(best.candidate.window.report.missing.filter((t) => t.sort === 'name').map((t) => t.key));
  // Nor when the question states a number the best report writes ("among the 81 civilians killed") and the other
  // report writes none: that report tells of another toll.
  const stated = a.numbers.map(String).filter((n) => writesNumber(best.candidate.window.report.profile.article.text, n));
  // Nor when the best count is one place's in a sentence counting place by place ("400 in Lisk Province, another 320
  // in Varn, 270 in Dunmarsh" asked "… by province - dunmarsh?") and the other's sentence does not name that place: it
  // counts somewhere else, or everywhere.
  const bestSentence = sentenceText(best.candidate.window);
  const byPlace = (bestSentence.match(/(?<![\p{L}])(?:in|at)\s+\p{Lu}/gu) ?? []).length >= 2;
  const placesTold = a.terms.filter((t) => byPlace && t.sort === 'name' && !COUNTRIES.has(t.fold) && new RegExp(`(?<![\\p{L}])(?:in|at|near|outside)\\s+(?:the\\s+)?${escapeRe(t.text)}(?![\\p{L}])`, 'iu').test(bestSentence));
  const monthAsked = monthOfRange(a);
  const p0 = (c: Candidate) => c.window.report.profile;
  const others = scored
    .filter((x) => x.candidate.type === 'count' && x.candidate.value !== undefined && x.candidate.fit >= 0.55 && x.score >= best.score * 0.75)
    .filter((x) => x.candidate.window.report.missing.every((t) => t.sort !== 'name' || bestMissing.has(t.key)))
    .filter((x) => creditsSourceAsked(a.question, x.candidate.attribution) !== false)
    .filter((x) => !stated.length || stated.some((n) => writesNumber(x.candidate.window.report.profile.article.text, n)))
    .filter((x) => placesTold.every((t) => tokensHold(x.candidate.window.tokens, t)))
    .sort((x, y) => y.score - x.score);
  for (const o of others) {
    const c = o.candidate;
    const id = c.window.report.profile.article.id;
    if (seenReports.has(id) || shown.has(c.value) || evidenceProblem(a, index, c, o.score)) continue;
    // "426 children" against "at least 200 people, including many children": a count of everyone is no other figure
    // for the children counted.
    if (countsOtherGroup(best.candidate.text, c.text)) continue;
    const otherSentence = c.window.report.profile.sentences[c.window.si]?.text ?? '';
    // "12 deaths among the guards" against a toll of the unrest: a count of one group among the dead is no
    // other figure for the toll (unless that group is asked).
    if (amongGroupAfter(otherSentence, c) && !amongGroupAfter(bestSentence, best.candidate)) continue;
    // "140 villagers … dead since the siege began" against "8 villagers died when shells hit a bakery": a running
    // total and one attack's toll count different things.
    // (Only one attack told as such, by its target or its day: two running totals, one written with "since", still
    // differ as figures do.)
    if (RUNNING_TOTAL.test(bestSentence) && !RUNNING_TOTAL.test(otherSentence) && ONE_ATTACK.test(otherSentence)) continue;
    // "the March 2031 motion" against a report that writes March and one that never does: the other report's count is
    // of another occasion, no other figure for the one asked.
    if (monthAsked && monthAsked(best.candidate.window.report.profile.article) && !monthAsked(p0(c).article)) continue;
    // "…, according to UOSSM?": another body's figure answers another question.
    if (a.claimant?.length ? !namesClaimant(a, c) : claimantFit(a, c) < 1) continue;
    seenReports.add(id);
    shown.add(c.value);
    const p = c.window.report.profile;
    const sentence = clip(p.sentences[c.window.si]?.text ?? '', 300);
    answer.text += ` Another report gives a different figure: ${c.text}${c.attribution ? `, according to ${c.attribution}` : ''} (reported by ${sourceOf(p.article)}): “${sentence}”`;
    const s = p.sentences[c.window.si];
    if (s) answer.citations.push(index.citation({ articleId: p.article.id, sentence: c.window.si, start: s.start, end: s.end }));
    if (seenReports.size >= 3) break;
  }
}

/**
 * "What did X say at the rally in Bern?" or "When did the Council rally on Cathedral Square?" when two reports each
 * tell of such an occasion, on days the question does not tell apart: the answer gives both, each with its report,
 * rather than pick one.
 */
function withOtherOccasions(a: QuestionAnalysis, index: ArchiveIndex, answer: Answer, best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): void {
  if (a.range || a.topic?.length || a.subject?.group) return;
  const c = best.candidate;
  const dayOf = (x: Candidate) => x.date?.iso ?? x.text;
  const other = scored
    .filter((x) => x.candidate.type === c.type && x.candidate.window.report !== c.window.report && x.candidate.fit >= c.fit * 0.85 && x.score >= best.score * OCCASION_MARGIN)
    .filter((x) => c.type !== 'date' || (x.candidate.date?.precision === 'day' && dayOf(x.candidate) !== dayOf(c)))
    .sort((x, y) => y.score - x.score)[0];
  if (!other || evidenceProblem(a, index, other.candidate, other.score)) return;
  const o = other.candidate;
  const p = o.window.report.profile;
  const sentence = clip(p.sentences[o.window.si]?.text ?? '', 300);
  answer.text +=
    c.type === 'date'
      ? ` Another report tells of another occasion: ${o.text} (according to ${sourceOf(p.article)}): “${sentence}”`
      : ` Another report tells of another occasion: according to ${sourceOf(p.article)}, ${o.text}`;
  for (const si of o.sentences) {
    const s = p.sentences[si];
    if (s) answer.citations.push(index.citation({ articleId: p.article.id, sentence: si, start: s.start, end: s.end }));
  }
}

/** How close another report's words must come to the best to be shown beside them. */
const OCCASION_MARGIN = 0.93;

/**
 * "How many deaths in Latakia?" against "12,480 deaths in northern Syria" and, next to it, "… and Latakia (1,355)":
 * a total whose own sentence does not name the place asked yields to that place's share of it in the same report.
 */
function shareOfPlace(a: QuestionAnalysis, best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): { candidate: Candidate; score: number } {
  const c = best.candidate;
  const places = a.terms.filter((t) => t.locative);
  if (c.share || !places.length) return best;
  // ("64 civils tués, 50 à Varn et 14 à Kessa": a total whose own sentence names the town asked still yields to the
  // town's share told in that sentence.)
  const held = places.some((t) => tokensHold(c.window.tokens, t));
  const share = scored
    .filter((x) => x.candidate.share && x.candidate.window.report === c.window.report && x.score >= best.score * 0.6 && (!held || x.candidate.window.si === c.window.si))
    .sort((x, y) => y.score - x.score)[0];
  return share ?? best;
}

/** A count told by a round noun ("une centaine d'enfants", "a dozen", "des dizaines de"), not in figures. */
const ROUND_COUNT = /^(?:(?:près d['’]|plus d['’]|environ\s+)?une?\s+(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)|(?:des|plusieurs|quelques)\s+(?:dizaines|centaines|milliers)|(?:about|around|some)?\s*(?:a|one)\s+(?:dozen|hundred|thousand)\b|dozens|hundreds|thousands)/iu;

/**
 * "Quelque 300 blessés dont une quarantaine d'enfants" after "300 blessés, dont 41 enfants": of two counts of one report as
 * good as each other, the one in figures says it exactly; the round noun only says about how many.
 */
function exactOverRound(best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): { candidate: Candidate; score: number } {
  const c = best.candidate;
  const round = c.value ?? 0;
  if (!ROUND_COUNT.test(c.text.trim()) || !round) return best;
  const exact = scored
    .filter((x) => x.candidate.type === 'count' && x.candidate.window.report === c.window.report && x.candidate !== c && x.score >= best.score * 0.8 && /\d/.test(x.candidate.text) && !ROUND_COUNT.test(x.candidate.text.trim()) && x.candidate.value !== undefined && x.candidate.value >= round * 0.5 && x.candidate.value <= round * 2)
    .sort((x, y) => y.score - x.score)[0];
  return exact ?? best;
}

/**
 * "toulouse rally - how many showed up?" against "… 700 people in the capital, according to the police" and, further
 * on, "In Toulouse, about 250 people gathered …": asked of a town the report writes as a place, a count whose own
 * sentence does not name it yields to a count of the same report whose sentence does.
 */
function ownTownCount(a: QuestionAnalysis, index: ArchiveIndex, best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): { candidate: Candidate; score: number } {
  const c = best.candidate;
  const p = c.window.report.profile;
  // (A town the title names is the report's own: every count of it is that town's, "Exiles in Lund march …".)
  const title = ` ${fold(p.article.title)} `;
  // (The town where the count is asked: "in Lund", or the topic a terse question opens with, "lund rally - …"; not a
  // town that only names another occasion, "before the Lund market bombing".)
  const opening = fold(a.question).split(' ')[0];
  const towns = a.terms.filter((t) => t.sort === 'name' && (t.locative || t.fold === opening) && !COUNTRIES.has(t.fold) && !title.includes(` ${t.fold} `) && writesAsPlace(p, t.text));
  if (c.share || !towns.length || towns.some((t) => tokensHold(c.window.tokens, t))) return best;
  // (Only a count that could answer on its own: a weak one would turn an answer into a refusal. Nor, when the best
  // count's sentence names no other place, one whose sentence holds far fewer of the question's focus words: "the organisers
  // initially expected 50,000 participants" answers what they expected, not "80,000 people gathered in Kastel". The
  // event asked is shown to be the report's by the count it replaces: "Three deaths have been recorded in Lund" after
  // "the crackdown on protests … has left 76 dead" needs no word of the protests beside it.)
  // (The count may be another report's: "in Velden waren es gegen 450" names the town its count is of, where "3000 met
  // on the Linden Square" in a report of Velden's demos leaves the square's town to be guessed.)
  const placesOther = /(?<![\p{L}])(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Àà])\s+(?:the\s+)?\p{Lu}/u.test(sentenceText(c.window));
  const eventShown = a.expects === 'count' && countsTheEvent(a, c);
  // (The question's own focus words, past the crowd's: "organizers", "expect", not "people" or "rally".)
  const wordsHeld = (x: Candidate) => a.terms.filter((t) => t.sort === 'word' && t.part === 'focus' && !/^@(?:rally|attend|people|protester)$/.test(t.key) && tokensHold(x.window.tokens, t)).length;
  const own = scored
    .filter((x) => x.candidate.type === 'count' && x.score >= best.score * 0.6 && (placesOther || wordsHeld(c) - wordsHeld(x.candidate) < 2) && towns.some((t) => tokensHold(x.candidate.window.tokens, t)) && !evidenceProblem(a, index, x.candidate, x.score, eventShown))
    .sort((x, y) => y.score - x.score)[0];
  return own ?? best;
}

/** Deeds a count is of (killed, injured, arrested …), as the question's focus words say them. */
const COUNTED_DEEDS = new Set(['@kill', '@injure', '@arrest', '@execute', '@flee', '@release', '@attend']);

/**
 * "How many children were killed in Marrow?" against "… the death of five civilians in Marrow" and, in another
 * sentence, "the toll rose to 300 including 90 children": a report that tells the deed asked in the town asked, with a
 * number, in a sentence of its own, counts that town there; a count whose own sentence names no such town is the
 * report's total or another town's, never the town's (the report's own town, named in its title, excepted).
 */
function countedInTownApart(a: QuestionAnalysis, c: Candidate): boolean {
  const p = c.window.report.profile;
  const deeds = a.terms.filter((t) => t.part === 'focus' && COUNTED_DEEDS.has(t.key));
  if (!deeds.length) return false;
  const title = ` ${fold(p.article.title)} `;
  const towns = a.terms.filter((t) => t.sort === 'name' && t.locative && t.fold.length >= 3 && !COUNTRIES.has(t.fold) && !title.includes(` ${t.fold} `) && writesAsPlace(p, t.text));
  // (A count whose sentence names another place the question gives, "the attack on Adra, … the bombs that killed 36
  // in Aleppo", is that place's.)
  const own = c.sentences.flatMap((si) => p.tokens[si] ?? []);
  if (!towns.length || a.terms.some((t) => t.sort === 'name' && !COUNTRIES.has(t.fold) && tokensHold(own, t))) return false;
  // (A sentence naming the town that gives the same number, "killing six people" near the town, tells the same count.)
  return p.sentences.some(
    (s, i) =>
      !c.sentences.includes(i) &&
      /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\b/i.test(s.text) &&
      !(c.value !== undefined && writesCount(s.text, c.value)) &&
      towns.some((t) => namesAsPlace(s.text, t.text)) &&
      deeds.every((d) => tokensHold(p.tokens[i] ?? [], d)),
  );
}

/**
 * Whether a sentence writes a name as where something happened ("in Lund,", "in Lund and …", "in Lund province"), not
 * as a word describing something else ("in the Lund civil war").
 */
function namesAsPlace(text: string, name: string): boolean {
  const at = new RegExp(`(?<![\\p{L}])(?:in|at|near|outside)\\s+(?:the\\s+)?${escapeRe(name)}(?![\\p{L}])`, 'giu');
  for (const m of text.matchAll(at)) {
    // (Case matters after the name: "in Lund Old Town" goes on with the place's name, "in the Lund civil war" does not.)
    const rest = text.slice(m.index + m[0].length).replace(/^(?:\s+\p{Lu}[\p{L}'’-]*)+/u, '');
    if (/^(?:\s*(?:[,.;:)!?]|$)|\s+(?:and|or|on|in|at|during|after|before|when|with|since|between|by|for|as|which|who|while|from|to|of|province|city|town|village|district|prison|area|region)\b)/.test(rest)) return true;
  }
  return false;
}

/** Whether a report writes a name as a place ("in Lund", "à Lund", "A Lund,", "nach Lund"). */
function writesAsPlace(p: ReportProfile, name: string): boolean {
  const re = new RegExp(`(?<![\\p{L}])(?:in|at|near|outside|to|from|à|a|dans|en|nach|aus)\\s+(?:the\\s+)?${escapeRe(name)}(?![\\p{L}])`, 'iu');
  return p.sentences.some((s) => re.test(s.text));
}

/**
 * "How many children were killed in Ehsim?" against "19 people, including six children, outside Saraqeb, and another
 * 23, among them 10 children, in Ehsim": a sentence that counts the same thing place by place gives each place its
 * own part (from its count to the next count of the same thing; back to the count before when places come first,
 * "in A, 19 …, and in B 23 …"). The count whose part names the place asked
 * answers; asked of several places the parts name apart, each place is given with its own count.
 */
function byPlaceInBreakdown(
  a: QuestionAnalysis,
  ctx: ExtractContext,
  best: { candidate: Candidate; score: number },
  scored: Array<{ candidate: Candidate; score: number }>,
): { candidate: Candidate; score: number } {
  const c = best.candidate;
  const places = a.terms.filter((t) => t.sort === 'name' && (t.locative || ctx.judge.cities.has(t.fold)) && !COUNTRIES.has(t.fold));
  if (!places.length || c.share) return best;
  const text = sentenceText(c.window);
  const noun = (x: Candidate) => x.text.split(/\s+/).at(-1)?.toLowerCase();
  const sameSentence = (x: Candidate) => x.window.report === c.window.report && x.window.si === c.window.si;
  const counts: Array<{ x: { candidate: Candidate; score: number }; at: number }> = [];
  for (const x of scored) {
    if (x.candidate.type !== 'count' || !sameSentence(x.candidate) || noun(x.candidate) !== noun(c)) continue;
    const at = text.indexOf(x.candidate.text);
    // (A rate told beside the count, "at least 21 people – nearly two people a day –", is no place's part of it.)
    if (at >= 0 && x.candidate !== c && isRate(text, at, at + x.candidate.text.length) && !asksRate(a.question)) continue;
    if (at >= 0 && !counts.some((y) => y.at === at)) counts.push({ x, at });
  }
  if (counts.length < 2) return best;
  counts.sort((x, y) => x.at - y.at);
  // "In Dornas, 19 were killed, and in Velbeck 23": when a place is told before the first count, each count's part
  // runs back to the count before it instead.
  const placeFirst = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ff]rom)\s+(?:the\s+)?(?:(?:city|town|village|province)\s+of\s+)?\p{Lu}/u.test(text.slice(0, (counts[0] as { at: number }).at));
  const parts = counts.map((k, i) =>
    tokenize(placeFirst ? text.slice(counts[i - 1]?.at ?? 0, k.at) : text.slice(k.at, counts[i + 1]?.at ?? text.length)),
  );
  const named = parts.map((part) => places.filter((t) => tokensHold(part, t)));
  const naming = named.filter((n) => n.length).length;
  if (naming === 0) return best;
  const own = counts.findIndex((k) => k.x.candidate === c || k.at === text.indexOf(c.text));
  // "… the deaths of 613 civilians, including …, as follows: 221 civilians … in the old town of A, …": a count before a
  // colon is the total the counts after it break down. Asked about the place the report (or the total's own words)
  // is about, the total answers, not the one part that happens to name the place again.
  const colon = text.indexOf(':', (counts[0] as { at: number }).at);
  if (own === 0 && colon > 0 && colon < (counts[1] as { at: number }).at) {
    const p = c.window.report.profile;
    const head = tokenize(text.slice(0, colon));
    if (places.every((t) => p.lead.has(t.key) || tokensHold(head, t))) return best;
  }
  if (naming === 1 && places.length === 1) {
    const j = named.findIndex((n) => n.length);
    return j === own ? best : { candidate: (counts[j] as { x: { candidate: Candidate } }).x.candidate, score: best.score };
  }
  if (naming === 1) return best;
  // "members from the Lower Chamber" against "118 members of the Lower Chamber and 203 members of the Upper Chamber":
  // a part that names more of the words asked than every other names the place asked; the others share a word of it.
  const most = Math.max(...named.map((n) => n.length));
  if (named.filter((n) => n.length === most).length === 1) {
    const j = named.findIndex((n) => n.length === most);
    return j === own ? best : { candidate: (counts[j] as { x: { candidate: Candidate } }).x.candidate, score: best.score };
  }
  // Each place asked with its own count, as the report names the place ("six children in Saraqeb and 10 children in Ehsim").
  const told = counts.flatMap((k, i) => {
    const part = parts[i] ?? [];
    const names = (named[i] ?? []).map((t) => part.find((x) => x.key === t.key)?.raw ?? t.text);
    return names.length ? [`${k.x.candidate.text} in ${names.join(' and ')}`] : [];
  });
  const { value: _, ...rest } = c;
  return { candidate: { ...rest, text: told.join(' and ') }, score: best.score };
}

/**
 * "rallied in Paris on Tuesday …" then "This gathering, held outside the French National Assembly": when the best
 * place is a bare city and the next sentences of the same report name a venue, the venue answers where.
 */
function venueNearby(best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): { candidate: Candidate; score: number } {
  const c = best.candidate;
  if (c.text.split(/\s+/).length > 1 || /\d/.test(c.text)) return best;
  const venue = scored
    .filter((x) => x.candidate.type === 'place' && x.candidate.window.report === c.window.report && Math.abs(x.candidate.window.si - c.window.si) <= 2 && x.candidate !== c)
    // ("Hama and Aleppo provinces" is a region, no venue in the city.)
    .filter((x) => x.candidate.text.split(/\s+/).length >= 2 && !/\b(?:provinces?|regions?|countryside|districts?|areas?)$/i.test(x.candidate.text) && x.candidate.fit >= 0.55 && x.score >= best.score * 0.75)
    .sort((x, y) => y.score - x.score)[0];
  if (!venue) return best;
  const words = venue.candidate.text.includes(c.text) ? venue.candidate.text : `${venue.candidate.text}, ${c.text}`;
  return { candidate: { ...venue.candidate, text: words, sentences: [venue.candidate.window.si, ...(c.window.si !== venue.candidate.window.si ? [c.window.si] : [])] }, score: best.score };
}

/** A "name" of initials alone, a title before them at most ("Former U.", "U.N."). */
const INITIALS_ONLY = /^(?:(?:former|ex|then|late|the)\s+)?(?:\p{Lu}\.\s*)+$/iu;

/** "Who spoke at …": everyone the chosen report shows speaking, not only the people of one sentence. */
function withAllSpeakers(ctx: ExtractContext, c: Candidate): Candidate {
  const f = ctx.analysis.agent;
  if (!f?.plural || f.kind === 'organisation' || !ctx.analysis.terms.some((t) => (t.part === 'focus' || t.fold === f.head) && (t.key === '@speak' || t.key === '@say'))) return c;
  const away = spokeElsewhere(ctx, c.window.report.profile.article.id);
  // ("Former U.S. Vice President X": the abbreviation's stop cut "Former U." off as a name; initials name nobody.)
  // ("Which politicians spoke?": only those the report gives an office of politics.)
  const political = POLITICAL_HEADS.test(f.head ?? '');
  // ("Which former senators spoke?": only those a sentence of the report gives that title.)
  const title = titleAskedOf(ctx.analysis.question);
  const sentencesOf = c.window.report.profile.sentences;
  const titled = (name: string, sis: number[]) => !title || sis.some((si) => titledAs(sentencesOf[si]?.text ?? '', name.replace(/\s*\(.*$/, '').trim(), title));
  const found = speakersOfReport(ctx, c.window.report).filter((sp) => !away(sp.name) && !INITIALS_ONLY.test(sp.name.trim()) && (!political || holdsPoliticalOffice(sp.role ?? '')) && titled(sp.name, [sp.si]));
  // (Nor someone the report shows only as one of the crowd: "X, 34, a nurse who travelled from Brenn, said …".)
  // "Hélène Marchetti-Roux (Deputy Mayor of Lyon)": compare names without the role after them.
  const lastOf = lastNameOf;
  const inCrowd = (c.items ?? [c.text]).filter((i) => inCrowdOfReport(c.window.report, i)).map(lastOf);
  const items = [...(c.items ?? [c.text])].filter((i) => !away(i.replace(/\s*\(.*$/, '')) && !inCrowd.includes(lastOf(i)) && titled(i, c.sentences));
  // (The best-read name spoke at another town's gathering: the ones who spoke at the town asked answer instead.)
  let sentences = items.length ? [...c.sentences] : [];
  if (!items.length && !found.length) return c;
  // (A sentence read for someone of the crowd only is no longer cited.)
  if (inCrowd.length) {
    const lower = (si: number) => c.window.report.profile.sentences[si]?.text.toLowerCase() ?? '';
    const kept = sentences.filter((si) => !inCrowd.some((n) => lower(si).includes(n)) || items.some((i) => lower(si).includes(lastOf(i))));
    if (kept.length) sentences = kept;
  }
  for (const sp of found) {
    if (items.some((i) => lastOf(i) === lastOf(sp.name))) continue;
    items.push(sp.role ? `${sp.name} (${sp.role})` : sp.name);
    if (!sentences.includes(sp.si) && sentences.length < 6) sentences.push(sp.si);
  }
  // (Then its sentence is theirs, not the one the other town's speaker was read from.)
  if (items.length && !sentences.includes(c.window.si)) {
    const si = sentences[0] as number;
    const p = c.window.report.profile;
    return { ...c, items, text: items.join(', '), sentences, window: { ...c.window, si, tokens: p.tokens[si] ?? [] } };
  }
  const before = c.items ?? [c.text];
  return items.length !== before.length || items.some((item, i) => item !== before[i]) ? { ...c, items, text: items.join(', '), sentences } : c;
}

/**
 * "Who spoke at the Melbourne rally?" in a report on rallies in several towns: whether a person the report shows
 * speaking spoke only at its gatherings in other towns than the one asked (as the extraction linked them).
 */
function spokeElsewhere(ctx: ExtractContext, articleId: string): (name: string) => boolean {
  const never = () => false;
  const asked = ctx.analysis.terms.filter((t) => t.sort === 'name' && t.locative).map((t) => t.fold);
  if (!asked.length) return never;
  const events = eventsOfArticle(ctx.index, articleId).filter((e) => e.speakers.length);
  if (new Set(events.map((e) => fold(e.city ?? ''))).size < 2) return never;
  const at = (e: (typeof events)[number]) => asked.some((w) => fold(e.city ?? '') === w || ` ${fold(e.venue ?? '')} `.includes(` ${w} `));
  const here = new Set(events.filter(at).map((e) => e.id));
  if (!here.size) return never;
  return (name) => {
    const last = fold(name).split(' ').pop() ?? '';
    const sp = ctx.index.data.speakers.find((x) => fold(x.name).split(' ').pop() === last && x.events.some((id) => events.some((e) => e.id === id)));
    return !!sp && !sp.events.some((id) => here.has(id));
  };
}

/** "What did X say at the rally?" with no topic: the speaker's other quoted words in the same report follow. */
/**
 * "X said the crowd would pass 2,000 and that this was the third such march." then "“I think this one is the loudest
 * yet,” X told reporters.": words told in the reporter's own phrasing, next to the same speaker's own quoted words
 * (right after them, or right before words whose speaker only a pronoun tells), are one statement; the quote joins
 * the answer.
 */
function withQuoteThatFollows(c: Candidate, scored: Array<{ candidate: Candidate; score: number }>): Candidate {
  if (/[“"]/.test(c.text) || !c.attribution) return c;
  const last = (name: string) => fold(name).split(' ').at(-1) ?? '';
  const who = last(c.attribution);
  const next = Math.max(c.window.si, ...c.sentences) + 1;
  const p = c.window.report.profile;
  const sameSpeakerAt = (si: number) => scored.find((x) => x.candidate.type === 'statement' && x.candidate.window.report === c.window.report && x.candidate.window.si === si && !!x.candidate.attribution && last(x.candidate.attribution) === who);
  // ("“We will not stop,” X said. Three of the wounded were nurses, she said.": words whose speaker only a pronoun
  // tells go on from the speaker's own quoted words just before them, which come first.)
  const prev = Math.min(c.window.si, ...c.sentences) - 1;
  if (prev >= 0 && PRONOUN_TELLS.test(p.sentences[c.window.si]?.text ?? '') && p.sentences[prev]?.paragraph === p.sentences[c.window.si]?.paragraph) {
    const before = sameSpeakerAt(prev);
    const q = before && /“([^”]+?)[,.]?”/.exec(before.candidate.text)?.[1];
    if (before && q) return { ...c, text: `“${q}” Also: ${c.text}`, sentences: [...before.candidate.sentences.filter((si) => !c.sentences.includes(si)), ...c.sentences] };
  }
  if (p.sentences[next]?.paragraph !== p.sentences[c.window.si]?.paragraph) return c;
  const m = sameSpeakerAt(next);
  const q = m && /“([^”]+?)[,.]?”/.exec(m.candidate.text)?.[1];
  if (!m || !q) return c;
  return { ...c, text: `${c.text} Also: “${q}”`, sentences: [...c.sentences, ...m.candidate.sentences.filter((si) => !c.sentences.includes(si))] };
}

/** A sentence whose speaker only a pronoun at its end tells: "…, she said.", "…, he told reporters." */
const PRONOUN_TELLS = /,?\s+(?:he|she)\s+(?:said|says|added|told\s+[^.,;“”"]{1,40})\.?\s*$/;

function withOtherQuotes(c: Candidate, scored: Array<{ candidate: Candidate; score: number }>, top: number): Candidate {
  const more = scored
    .filter((x) => x.candidate.type === 'statement' && x.candidate !== c && x.candidate.window.report === c.window.report && x.candidate.fit >= 0.9 && x.score >= top * 0.7)
    .filter((x) => !x.candidate.sentences.some((si) => c.sentences.includes(si)))
    .sort((x, y) => x.candidate.window.si - y.candidate.window.si);
  if (!more.length) return c;
  const texts = [c.text];
  const sentences = [...c.sentences];
  for (const m of more.slice(0, 2)) {
    const q = /“(.+)”\s*$/s.exec(m.candidate.text)?.[1];
    if (!q || texts.some((t) => t.includes(q.slice(0, 40)))) continue;
    texts.push(`“${q}”`);
    sentences.push(...m.candidate.sentences.filter((si) => !sentences.includes(si)));
  }
  return { ...c, text: texts.join(' Also: '), sentences };
}

/**
 * "How many were killed in the October 2022 protests" against "… killed during the September 2022 protests": a
 * sentence that dates what it tells to a month or day the question's period excludes is about another period.
 */
function otherPeriod(a: QuestionAnalysis, c: Candidate): boolean {
  const r = a.range;
  // A month asked ("in the October 2022 protests") is weighed against months and days the sentence writes with
  // their year; a day asked is left to the report's dates (a weekday read against the wrong day would mislead).
  if (!r || r.from.startsWith('--') || r.from === r.to || r.from.slice(0, 7) !== r.to.slice(0, 7)) return false;
  const p = c.window.report.profile;
  const s = p.sentences[c.window.si];
  if (!s) return false;
  const dates = datesInSentence(s, reportDate(p)).filter((f) => {
    if (f.date.precision !== 'month' && f.date.precision !== 'day') return false;
    if (f.date.year === undefined || !/\b(?:19|20)\d{2}\b/.test(f.date.text)) return false;
    // Not the dateline or a live post's time stamp ("1/6/2018 4:43 p.m. --"), nor the day someone spoke.
    if (f.start <= 40 && /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*)?(?:[-–—]|,)/i.test(s.text.slice(f.end, f.end + 20))) return false;
    // "1/6/2018" may be January 6 or June 1: a day written in figures only, both orders possible, contradicts nothing.
    const figures = /^(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}$/.exec(f.date.text.trim());
    if (figures && Number(figures[1]) <= 12 && Number(figures[2]) <= 12) return false;
    return !/\b(?:said|says|reported|announced|told)\s+(?:on\s+)?$/i.test(s.text.slice(Math.max(0, f.start - 20), f.start));
  });
  if (!dates.length || dates.some((f) => dateMatchesRange(f.date, r))) return false;
  // "in November and December 2022": a month the sentence names with another's year is still the month asked.
  // ("during the April 2030 protests" asked April 2031: not the month named with a year of its own, another.)
  const asked = Number(r.from.slice(5, 7));
  const ownOtherYear = new RegExp(`^\\s+(?:\\d{1,2},?\\s+)?(?!${r.from.slice(0, 4)}\\b)(?:19|20)\\d\\d\\b`);
  return !tokenize(s.text).some((t) => t.cap && MONTH_WORDS.get(t.fold) === asked && t.key !== 'may-verb' && !ownOtherYear.test(s.text.slice(t.end, t.end + 14)));
}

/**
 * "When is the march called for January 2031?" against "(photo of the December 10 march)": a day or month whose
 * month is not the one month the question asks is another occasion's, with or without its year written.
 */
function dateOfAnotherMonth(a: QuestionAnalysis, c: Candidate): boolean {
  const r = a.range;
  const d = c.date;
  if (!r || !d || d.month === undefined || d.precision === 'year' || d.precision === 'unknown') return false;
  const monthOf = (iso: string) => Number(iso.startsWith('--') ? iso.slice(2, 4) : iso.slice(5, 7));
  const asked = monthOf(r.from);
  // (Only one month asked: "in 2031" or "between March and May" bound no single month.)
  if (!asked || asked !== monthOf(r.to) || (!r.from.startsWith('--') && r.from.slice(0, 4) !== r.to.slice(0, 4))) return false;
  // ("the March 2031 protests": a month naming another thing of the question, the day of whose telling is asked, bounds
  // nothing; "when did X give the toll" asks the day of the saying, not of what was said.)
  const monthName = (MONTH_NAMES[asked - 1] as string).toLowerCase();
  if (new RegExp(`\\b(?:the|of|for|after|before|since|during)\\s+(?:\\d{1,2}\\s+)?${monthName}\\b`, 'i').test(a.question)) return false;
  if (/\b(?:say|said|give|gave|given|announce[ds]?|report(?:ed)?|state[ds]?|publish(?:ed)?|release[ds]?)\b/i.test(a.question)) return false;
  // (A day of another year is another occasion's, the question's month dating something else: "the raid he recalled
  // during his April 2030 visit" asks a day of years before; the years are weighed elsewhere.)
  if (d.year !== undefined && !r.from.startsWith('--') && d.year !== Number(r.from.slice(0, 4))) return false;
  return d.month !== asked;
}

/**
 * "How many, according to the organisers?" against "about 6,000 people according to the police prefecture, while the
 * organisers put forward 20,000": a count credited to the police is not the organisers' (nor the other way round),
 * whether the credit stands before the count or right after it in its clause ("… personnes selon la préfecture").
 */
function crowdSourceOther(a: QuestionAnalysis, c: Candidate): boolean {
  // (The source asked anywhere in the question: "how many according to the organisers at the rally after …".)
  const named = /(?:according to|\bper|selon|d['’]après|laut)\s+(?:the\s+|les\s+|la\s+|le\s+|l['’]\s*|der\s+|den\s+|die\s+)?(organi[sz]ers?|organisateurs?|veranstalter\p{L}*|police|polizei|pr[ée]fecture)(?![\p{L}])/iu.exec(a.question)?.[1]?.toLowerCase();
  const asked = [...(sourceAskedFor(a.question) ?? []), ...(named ? [named] : [])];
  const askedOrganisers = asked.some((w) => /^(?:organi[sz](?:ers?|ateurs?)|veranstalter\p{L}*)$/u.test(w));
  const askedPolice = asked.some((w) => /^(?:police|polizei|pr[ée]fecture)$/.test(w));
  if (!askedOrganisers && !askedPolice) return false;
  const sentence = c.window.report.profile.sentences[c.window.si]?.text ?? '';
  const at = sentence.toLowerCase().indexOf(c.text.toLowerCase());
  const after = at >= 0 ? /^[^,;.]{0,60}/.exec(sentence.slice(at + c.text.length))?.[0] ?? '' : '';
  const credit = `${c.attribution ?? ''} ${/(?:selon|d['’]après|according to|laut|per)\s[^,;.]{0,50}/iu.exec(after)?.[0] ?? ''}`;
  const police = /(?<![\p{L}])(?:police|polizei\p{L}*|pr[ée]fecture)(?![\p{L}])/iu.test(credit);
  const organisers = /(?<![\p{L}])(?:organi[sz](?:ers?|ateurs?|atrices?)|veranstalter\p{L}*)(?![\p{L}])/iu.test(credit);
  return (askedOrganisers && police && !organisers) || (askedPolice && organisers && !police);
}

/**
 * "How many were executed in 2022?" against a report that opens on "executions … during 2023" and never writes 2022:
 * a figure whose own sentence writes no year is of the year the report's lead tells, not of the one asked.
 */
function leadYearOther(a: QuestionAnalysis, c: Candidate): boolean {
  if (a.expects !== 'count' || a.years.length !== 1) return false;
  const asked = a.years[0] as number;
  const p = c.window.report.profile;
  if (p.years.has(asked) || p.article.date.year === asked) return false;
  const yearsIn = (text: string) => [...text.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  if (yearsIn(p.sentences[c.window.si]?.text ?? '').length) return false;
  // (Its first two sentences tell it, the title line and the lead when the page opens on its title, one year only: "between 2018 and 2020" later is history, and "one of
  // 40 killed in 2024" further down recalls another year.)
  const lead = p.sentences.slice(0, 2).map((x) => yearsIn(x.text)).find((ys) => ys.length > 0) ?? [];
  // (Only a later year: a report that tells of "October 22" and recalls 1989 is not a report on 1989.)
  return lead.length > 0 && lead.every((y) => y === lead[0]) && (lead[0] as number) > asked;
}

/**
 * "How many were executed in 2023?" against "Iran executed 975 people last year" in a report that tells of early
 * 2025: "last year" (or "this year") is counted from when the report was written — its own year, or, undated, at
 * least the latest year it tells of — so it cannot be a year before that.
 */
function relativeYearOff(a: QuestionAnalysis, c: Candidate): boolean {
  if (a.years.length !== 1) return false;
  const asked = a.years[0] as number;
  const p = c.window.report.profile;
  const text = p.sentences[c.window.si]?.text ?? '';
  const rel = /\b(last|this|past) year\b/i.exec(text);
  if (!rel || new RegExp(`\\b${asked}\\b`).test(text)) return false;
  const back = (rel[1] as string).toLowerCase() === 'this' ? 0 : 1;
  const own = p.article.date.year;
  if (own !== undefined) return own - back !== asked;
  // Undated: written in the latest year it names or later (years far ahead are plans, not the time of writing).
  const told = [...p.years].filter((y) => y <= new Date().getUTCFullYear());
  return told.length > 0 && asked < Math.max(...told) - back;
}

/**
 * "How many victims has the Youth Forum identified?" against "The Association of Exiles has identified 132": when the
 * question names a body whole, a figure whose sentence (and the one before) never name it but name another body is that
 * other body's.
 */
function anotherBodys(a: QuestionAnalysis, c: Candidate): boolean {
  if (!a.bodies?.length) return false;
  // ("How many senators took part in the event launching the Friends of Varnia Committee?": a body the question
  // names as what was done or held, not as the one who counts or tells, makes no figure another body's.)
  const q = ` ${fold(a.question)} `;
  const asTeller = a.bodies.some((b) => new RegExp(`\\b(?:has|have|had|did|does|do|according to|by|from|per)\\s+(?:the\\s+)?${b.map(escapeRe).join('\\s+')}\\b|\\b${b.map(escapeRe).join('\\s+')}\\s+(?:say|says|said|count|counted|report|reported|record|recorded|estimate|estimated|put|puts|gave|give|identified|documented|tally|figure|toll|count)\\b`).test(q));
  if (!asTeller && a.bodies.every((b) => new RegExp(`\\b(?:launching|launch|launched|founding|founded|forming|formed|creating|created|establishing|established|setting up|presenting|presented|of|for|on|about|against)\\s+(?:the\\s+|a\\s+)?${b.map(escapeRe).join('\\s+')}\\b`).test(q))) return false;
  const p = c.window.report.profile;
  const around = [c.window.si - 1, c.window.si].map((i) => p.tokens[i] ?? []);
  const folded = around.map((ts) => ` ${ts.map((t) => t.fold).join(' ')} `);
  if (a.bodies.some((b) => folded.some((f) => f.includes(` ${b.join(' ')} `)))) return false;
  const text = p.sentences[c.window.si]?.text ?? '';
  return nameSpans(c.window.tokens, text).some((n) => n.to - n.from >= 2 && c.window.tokens.slice(n.from, n.to).some((t) => ORG_WORDS.has(t.fold)));
}

/**
 * "How many were arrested in Shiraz?" against "In Isfahan, security forces arrested 40 students" in a report on
 * both cities: a sentence that puts what it tells in another town than the one asked, in a report that uses both
 * as places, is about that other town. A country contains its towns and never contradicts them.
 */
function otherPlace(a: QuestionAnalysis, c: Candidate): string | undefined {
  // One town asked for ("in Shiraz"); a venue ("outside the French National Assembly") lies in a town, so a town
  // named with it is no contradiction.
  const p = c.window.report.profile;
  const asked = placesAsked(a, p);
  if (!asked.length) return undefined;
  const tokens = c.window.tokens;
  if (asked.some((t) => tokensHold(tokens, t))) return undefined;
  const text = p.sentences[c.window.si]?.text ?? '';
  const isAsked = (x: string) => asked.some((t) => keyOf(fold(x)) === t.key);
  // "in the provinces of Kermanshah, Kurdistan and Ilam": the sentence itself says where its figure holds. Only
  // provinces or regions, which a town asked cannot hold ("the town of X" may lie in the province asked).
  const scope = /\b(?:in|across|throughout)\s+the\s+(?:provinces|regions)\s+of\s+((?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*(?:,\s*|,?\s+and\s+)?)+)/u.exec(text);
  const scoped = scope ? (scope[1] as string).split(/,\s*|\s+and\s+/).map((x) => x.trim()).filter(Boolean) : [];
  const named = a.terms.filter((t) => t.sort === 'name');
  const askedRegion = /\b(?:province|provinces|region|regions|state)\b/i.test(a.question);
  if (scoped.length && !askedRegion && !scoped.some((x) => x.split(/\s+/).some((w) => named.some((t) => keyOf(fold(w)) === t.key)))) return scoped[0];
  // "in November" names a month, not a place.
  // (French and German too: "À Toulouse, environ 250 personnes …", "A Lyon", "in Kellburg"; not "im", which heads
  // German nouns: "im Jahr", "im Rahmen".)
  const here = [...text.matchAll(/(?<![\p{L}])(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Àà]|A(?=\s+\p{Lu}[\p{L}'’-]+,))\s+(\p{Lu}[\p{L}'’-]+)/gu)]
    .map((m) => m[1] as string)
    .filter((x) => !/^(?:The|A|An)$/.test(x) && !MONTH_WORDS.has(fold(x)) && !WEEKDAY_WORDS.has(fold(x)));
  // (A place the question names too, "kastel hospital - how many wounded in the brenn raid", is no other place.)
  const other = here.find((x) => !COUNTRIES.has(fold(x)) && !isAsked(x) && !named.some((t) => keyOf(fold(x)) === t.key));
  if (!other) return undefined;
  // The report must use the asked place as a place too ("… spread to Shiraz", "in Shiraz").
  const placedAsked = asked.map((t) => new RegExp(`(?<![\\p{L}])(?:in|at|near|outside|to|from|à|dans)\\s+(?:the\\s+)?${escapeRe(t.text)}\\b`, 'iu'));
  const usesAsked = p.sentences.some((s) => placedAsked.some((re) => re.test(s.text)));
  return usesAsked ? other : undefined;
}

/**
 * "Who organised the Kastel demo?" against "X, one of the organizers, said … this was the fifth such rally in
 * Port Alden": a doer whose sentence puts its gathering in another town than the one asked, and never names that
 * town, did it there (it weighs less, so that the asked town's own doer answers).
 */
function gatheringElsewhere(a: QuestionAnalysis, c: Candidate): string | undefined {
  const asked = a.terms.filter((t) => t.locative && t.sort === 'name' && !COUNTRIES.has(t.fold));
  if (!asked.length || asked.some((t) => tokensHold(c.window.tokens, t))) return undefined;
  const text = sentenceText(c.window);
  const other = [...text.matchAll(GATHERING_IN)].find((m) => !COUNTRIES.has(fold(m[1] as string)) && !asked.some((t) => fold(m[1] as string).split(' ').includes(t.fold)));
  return other?.[1];
}
const GATHERING_IN = /\b(?:rally|rallies|march|marches|demonstration|demonstrations|protest|protests|vigil|gathering|demo)\s+(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;

/**
 * The one town a count is asked for: a name the question puts the event at ("in Shiraz"), or else a name before the
 * event ("the Kastel Bay march") that the report writes as a place ("In Kastel Bay, …"). One town of several words
 * is one place; none when several towns are asked.
 */
function placesAsked(a: QuestionAnalysis, p: ReportProfile): QuestionTerm[] {
  let asked = PLACES_ASKED.get(a);
  if (!asked) {
    asked = placeRunsAsked(a);
    PLACES_ASKED.set(a, asked);
  }
  if (asked.locative) return asked.runs.length === 1 ? (asked.runs[0] as QuestionTerm[]) : [];
  // (Worked out once per report and question: the count reader asks it of every count candidate.)
  let byReport = asked.placedIn.get(p.article.id);
  if (!byReport) {
    byReport = asked.runs.filter((run) => {
      const re = new RegExp(`(?<![\\p{L}])(?:in|at)\\s+(?:the\\s+)?${run.map((t) => escapeRe(t.text)).join('\\s+')}(?![\\p{L}])`, 'iu');
      return p.sentences.some((s) => re.test(s.text));
    });
    asked.placedIn.set(p.article.id, byReport);
  }
  return byReport.length === 1 ? (byReport[0] as QuestionTerm[]) : [];
}

/** The question's runs of names that may be the town asked: its locative ones, or else those before a gathering. */
function placeRunsAsked(a: QuestionAnalysis): { locative: boolean; runs: QuestionTerm[][]; placedIn: Map<string, QuestionTerm[][]> } {
  const runs = (terms: QuestionTerm[]) => {
    const out: QuestionTerm[][] = [];
    for (const t of terms) {
      const last = out.at(-1);
      if (last && (last.at(-1) as QuestionTerm).at + 1 === t.at) last.push(t);
      else out.push([t]);
    }
    return out;
  };
  const locative = runs(a.terms.filter((t) => t.locative));
  if (locative.length) return { locative: true, runs: locative, placedIn: new Map() };
  // (Right before a gathering's noun: "the Port Alden march", not "port alden plot - how much explosive …".)
  const qTokens = tokenize(a.question);
  const beforeGathering = (run: QuestionTerm[]) => /^@(?:rally|attend)$/.test(qTokens[(run.at(-1) as QuestionTerm).at + 1]?.key ?? '');
  return { locative: false, runs: runs(a.terms.filter((t) => t.sort === 'name' && !COUNTRIES.has(t.fold))).filter(beforeGathering), placedIn: new Map() };
}
const PLACES_ASKED = new WeakMap<QuestionAnalysis, ReturnType<typeof placeRunsAsked>>();

/**
 * "955 casualties … in March 2019" in the title, "documented the death of 955 people in January 2019" in the text: when
 * the title gives the same count another month or year than the date answered, the answer says so (the report
 * contradicts itself; the reader is not the one to choose).
 */
function withTitleDisagreeing(answer: Answer, c: Candidate): void {
  const p = c.window.report.profile;
  const sentence = p.sentences[c.window.si]?.text ?? '';
  const counts = (t: string) => new Set([...t.matchAll(/\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b/g)].map((m) => m[0].replace(/,/g, '')).filter((n) => !/^(?:19|20)\d\d$/.test(n)));
  const own = counts(sentence);
  // The title, or a heading line under it ("955 casualties on Norland territory in March 2019").
  const heads = [p.article.title, ...p.sentences.slice(0, 2).filter((s, i) => i !== c.window.si && !/[.!?”"]\s*$/.test(s.text)).map((s) => s.text)];
  for (const head of heads) {
    if (![...own].some((n) => counts(head).has(n))) continue;
    const other = findDates(head).map((d) => d.date).find((d) => c.date && d.iso.slice(0, 7) !== c.date.iso.slice(0, 7) && (d.precision === 'month' || d.precision === 'day'));
    if (!other) continue;
    answer.text += ` The report's ${head === p.article.title ? 'title' : 'heading'} gives ${formatDate(other)} instead: “${head}”.`;
    return;
  }
}

/**
 * "How many were killed in April?" against "More than 6,000 people were killed … last month" in a report with no date:
 * the month it counts cannot be told, and giving it would guess the period.
 */
function monthUnknown(a: QuestionAnalysis, c: Candidate): boolean {
  const r = a.range;
  if (!r || r.from === r.to || r.from.slice(0, -3) !== r.to.slice(0, -3)) return false;
  const p = c.window.report.profile;
  const text = p.sentences[c.window.si]?.text ?? '';
  if (!/\b(?:last|this|next|previous|past) month\b/i.test(text) || reportDate(p)) return false;
  // ("Monthly Report December 2024 … This month, 125 …": a report that names the month asked tells it.)
  const told = [...findDates(p.article.title), ...sentenceDates(p).flat().map((date) => ({ date }))];
  return !told.some((d) => dateMatchesRange(d.date, r));
}

/**
 * "kastel rally - any arrests?" against "reports … inside the country indicate … 9,000 arrested" in a report on a
 * Kastel rally: a count its own sentence puts across the whole country is the country's, not the asked town's
 * (nor its gathering's), unless the sentence names that town too.
 */
function countrywide(a: QuestionAnalysis, c: Candidate): boolean {
  const asked = a.terms.filter((t) => t.locative && t.sort === 'name' && !COUNTRIES.has(t.fold));
  if (!asked.length) return false;
  const text = c.window.report.profile.sentences[c.window.si]?.text ?? '';
  if (!/\b(?:inside|across|throughout|all over)\s+the\s+(?:whole\s+|entire\s+)?country\b|\b(?:nationwide|countrywide)\b/i.test(text)) return false;
  return !asked.some((t) => tokensHold(c.window.tokens, t));
}

/**
 * "How many were killed in Tehran province alone?" against "over 1500 protesters were killed last month": a count
 * answers for a town only where the town is named next to it or the report is about it (its title, dateline and
 * lead). A country is not checked: national figures rarely repeat its name.
 */
function placeUntold(a: QuestionAnalysis, index: ArchiveIndex, c: Candidate): string | undefined {
  const asked = a.terms.filter((t) => t.locative && !COUNTRIES.has(t.fold));
  if (!asked.length) return undefined;
  const p = c.window.report.profile;
  const near = [c.window.si - 1, c.window.si, c.window.si + 1].map((i) => p.tokens[i] ?? []);
  if (asked.some((t) => p.lead.has(t.key) || near.some((ts) => tokensHold(ts, t)))) return undefined;
  // "Approximately 60 people gathered on Parliament Hill" in a report whose every event the index places in Ottawa: a
  // crowd counts the gathering itself (a toll may be the country's, whatever city the report's protest was in).
  const gathering = c.window.tokens.some((t) => t.key === '@attend' || t.key === '@rally');
  const cities = gathering ? reportCities(index).get(p.article.id) : undefined;
  if (cities?.size === 1 && asked.some((t) => cities.has(t.fold))) return undefined;
  return asked.map((t) => t.text).join(', ');
}

const MONTH_OR_DAY = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b';

/** One item of a list of places ("Idlib city", "Maarat Misrin"), and the group word before a run of them. */
const LIST_ITEM = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?(?:\s+(?:city|town|village))?`;
const LIST_GROUP = String.raw`(?:the\s+(?:towns?|villages?|cities|city|districts?|areas?)\s+of\s+)?`;
/** Text ending where a place follows others in a list: "A and the towns of ", "A, B, ". */
const LISTED_BEFORE = [new RegExp(String.raw`${LIST_ITEM},?\s+and\s+${LIST_GROUP}$`, 'u'), new RegExp(String.raw`${LIST_ITEM},\s*${LIST_ITEM},\s*${LIST_GROUP}$`, 'u')];
/** Text after a place that other places follow in a list: " and B", " city and the towns of B", ", B, C". */
const LISTED_AFTER = [
  new RegExp(String.raw`^(?:\s+(?:city|town|village))?,?\s+and\s+${LIST_GROUP}(?!${MONTH_OR_DAY})\p{Lu}`, 'u'),
  new RegExp(String.raw`^(?:\s+(?:city|town|village))?,\s*(?!${MONTH_OR_DAY})${LIST_ITEM},\s*(?!${MONTH_OR_DAY})\p{Lu}`, 'u'),
];

/**
 * "How many of the 19 died in Binnish?" against "killed in the raids on Idlib city and the towns of Binnish and Maarat
 * Misrin": a place the report names only as one of a list of places has no count of its own there; the count is the
 * list's. Returns the place asked, or undefined when the report names it alone somewhere (or does not name it).
 */
function placeOnlyListed(a: QuestionAnalysis, c: Candidate): string | undefined {
  const asked = a.terms.filter((t) => t.locative && t.sort === 'name' && !COUNTRIES.has(t.fold));
  const p = c.window.report.profile;
  const sentence = p.sentences[c.window.si]?.text ?? '';
  if (listAskedWhole(a.terms.filter((t) => t.sort === 'name' && !COUNTRIES.has(t.fold)), sentence)) return undefined;
  for (const t of asked) {
    const re = new RegExp(`(?<![\\p{L}])${escapeRe(t.text)}(?![\\p{L}])`, 'giu');
    if (!sentence.match(re)) continue;
    let alone = false;
    for (const s of p.sentences) {
      for (const m of s.text.matchAll(re)) {
        const at = m.index ?? 0;
        const before = s.text.slice(Math.max(0, at - 40), at);
        const after = s.text.slice(at + m[0].length, at + m[0].length + 40);
        const listedBefore = LISTED_BEFORE.some((r) => r.test(before));
        // ("Dorvan, June 9, 2031 –", "Washington, DC, March 8": a dateline's place and date are no list.)
        const listedAfter = LISTED_AFTER.some((r) => r.test(after));
        if (!listedBefore && !listedAfter) alone = true;
      }
    }
    if (!alone) return t.text;
  }
  return undefined;
}

/**
 * "How many left Ostel and Virna?" against "400 were moved out of Ostel and Virna": the names the question writes that
 * the sentence writes are the whole list it counts together (nothing listed before or after them), so its count is of
 * the towns asked.
 */
function listAskedWhole(named: readonly QuestionTerm[], sentence: string): boolean {
  const spans = named
    .map((t) => new RegExp(`(?<![\\p{L}])${escapeRe(t.text)}(?![\\p{L}])`, 'iu').exec(sentence))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .sort((x, y) => x.start - y.start);
  if (spans.length < 2) return false;
  for (let i = 1; i < spans.length; i++) {
    if (!/^\s*(?:,|,?\s+and|&)\s*$/.test(sentence.slice(spans[i - 1]!.end, spans[i]!.start))) return false;
  }
  const before = sentence.slice(Math.max(0, spans[0]!.start - 3), spans[0]!.start);
  const after = sentence.slice(spans.at(-1)!.end, spans.at(-1)!.end + 6);
  return !/,\s*$/.test(before) && !/^\s*(?:,\s*\p{Lu}|(?:and|&)\s+\p{Lu})/u.test(after);
}

/** Words after a town that make it part of a paper's name: "the New York Times", "the Harbour Post". */
const OUTLET_AFTER = /^\s+(?:Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Observer|Courier|Daily|Star|Telegraph|Independent|Guardian|Globe|Examiner|Standard)\b/u;

/** Text ending in a list of places after "in" or "at": "were held in Morrow, Tallis, and ". */
const PLACES_LISTED_BEFORE = new RegExp(String.raw`\b(?:in|at)\s+(?:${LIST_ITEM},\s*)+(?:${LIST_ITEM},?\s+and\s+)?$`, 'u');

/** Per report, the towns (folded) it names only in passing, worked out once per report and town. */
const PASSING_TOWNS = new WeakMap<ReportProfile, Map<string, boolean>>();

/**
 * "Where did the Dunmere march start?" against a report that names Dunmere only in a list ("Similar events were held
 * in Morrow, Tallis and Dunmere") or only in a paper's name ("the Port Alden Herald reported"), and tells its places,
 * organisers and words of another town ("In the city of Lusk, … at the Embassy"): such a report tells nothing of its
 * own of the town asked, so no place, doer or words are read from it for that town. Returns the town, or undefined.
 * (Counts have their own reading, `placeOnlyListed`; dates are often shared, "similar events were held" that day.)
 */
function townOnlyInPassing(a: QuestionAnalysis, c: Candidate): string | undefined {
  if (a.expects !== 'place' && a.expects !== 'agent' && a.expects !== 'statement') return undefined;
  let asked = a.terms.filter((t) => t.locative && t.sort === 'name' && !COUNTRIES.has(t.fold));
  // ("the Dunmere march": a name right before a gathering, which a list names as a place, "held in A, B and Dunmere".)
  const beforeGathering = !asked.length;
  if (beforeGathering) {
    const runs = placeRunsAsked(a).runs;
    asked = runs.length === 1 ? (runs[0] as QuestionTerm[]) : [];
  }
  if (!asked.length) return undefined;
  const p = c.window.report.profile;
  let known = PASSING_TOWNS.get(p);
  if (!known) PASSING_TOWNS.set(p, (known = new Map()));
  // (A town of several words is asked whole: "New York".)
  const town = asked.map((t) => t.text).join(' ');
  const key = `${beforeGathering ? '~' : ''}${fold(town)}`;
  let passing = known.get(key);
  if (passing === undefined) {
    const re = new RegExp(`(?<![\\p{L}])${asked.map((t) => escapeRe(t.text)).join('\\s+')}(?![\\p{L}])`, 'giu');
    let seen = false;
    passing = true;
    for (const text of [p.article.title ?? '', ...p.sentences.map((s) => s.text)]) {
      for (const m of text.matchAll(re)) {
        seen = true;
        const at = m.index ?? 0;
        const before = text.slice(Math.max(0, at - 40), at);
        const after = text.slice(at + m[0].length, at + m[0].length + 40);
        const listed = beforeGathering ? PLACES_LISTED_BEFORE.test(text.slice(Math.max(0, at - 160), at)) : LISTED_BEFORE.some((r) => r.test(before)) || LISTED_AFTER.some((r) => r.test(after));
        if (!OUTLET_AFTER.test(after) && !listed) passing = false;
      }
    }
    passing = seen && passing;
    known.set(key, passing);
  }
  return passing ? town : undefined;
}

/** The folded cities the index places each report's events in (reports whose events have none are left out). */
function reportCities(index: ArchiveIndex): Map<string, Set<string>> {
  return memo(index, 'reader-report-cities', () => {
    const out = new Map<string, Set<string>>();
    for (const e of index.data.events) {
      if (!e.city) continue;
      for (const id of new Set(e.sources.map((s) => s.articleId))) {
        let set = out.get(id);
        if (!set) out.set(id, (set = new Set()));
        set.add(fold(e.city));
      }
    }
    return out;
  });
}


/** Event families a question and a report use for one another ("the uprising" / "the protests"). */
// An offensive is told as its assaults, strikes and raids ("launched a deadly assault on Idlib").
const EVENT_ALIKE: Record<string, string[]> = { '@uprising': ['@rally'], '@rally': ['@uprising', '@protester'], offensiv: ['@attack', 'assault', 'campaign', 'onslaught'] };

/**
 * "How many … over the 2022 protests": a figure counts the event the asking clause names only when that event (or a
 * word describing it) is named in the figure's sentence, next to it, or in the report's title.
 */
function countsTheEvent(a: QuestionAnalysis, c: Candidate): boolean {
  const events = a.terms.filter((t) => t.inAsk && t.sort === 'word' && EVENT_NOUNS.has(t.key) && !a.counted?.includes(t.key));
  if (!events.length) return true;
  const describing = a.terms.filter((t) => t.describesEvent && t.sort === 'word');
  const p = c.window.report.profile;
  const near = [c.window.si - 1, c.window.si, c.window.si + 1].flatMap((i) => p.tokens[i] ?? []);
  const keys = new Set(near.flatMap((t) => [t.key, ...(t.parts ?? [])]));
  for (const t of tokenize(p.article.title)) keys.add(t.key);
  return [...events, ...describing].some((t) => keys.has(t.key) || (EVENT_ALIKE[t.key] ?? []).some((k) => keys.has(k)));
}
const EVENT_NOUNS = new Set(['@rally', '@attack', '@uprising', '@conference', 'ceremony', 'crackdown', 'offensiv']);

/** A role answer gathers every description the same report gives of the person ("a 22-year-old woman"; "from Saqqez, Kurdistan"). */
function withAllRoles(c: Candidate, all: Candidate[]): Candidate {
  const items = [...(c.items ?? [c.text])];
  const sentences = [...c.sentences];
  for (const o of all) {
    if (o === c || o.type !== 'role' || o.window.report !== c.window.report) continue;
    for (const r of o.items ?? [o.text]) if (!items.some((x) => x.toLowerCase() === r.toLowerCase())) items.push(r);
    for (const si of o.sentences) if (!sentences.includes(si)) sentences.push(si);
  }
  return { ...c, items, text: items.join('; '), sentences };
}

/**
 * For a question other than a count, the numbers it states that a report never writes ("its first toll of 106 dead").
 * (Only a number the question writes in digits and whole: "the 191k toll", "the 2017-18 offensive" are told otherwise.)
 */
function figuresUnwritten(a: QuestionAnalysis, r: ReportMatch): QuestionTerm[] {
  // ("Who is X, who spoke when the toll hit 215?": a person's role is theirs on any occasion.)
  if (a.expects === 'count' || a.expects === 'role') return [];
  // (Asked for every candidate of the report: its text is read once per question.)
  let unwritten = UNWRITTEN.get(r);
  if (!unwritten) {
    unwritten = r.missing.filter((t) => t.sort === 'number' && writtenWhole(a.question, t.fold) && !writesNumber(r.profile.article.text, t.fold));
    UNWRITTEN.set(r, unwritten);
  }
  return unwritten;
}

const UNWRITTEN = new WeakMap<ReportMatch, QuestionTerm[]>();

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The toll a question states by its deed: "the attack that killed six", "the raid that left 14 dead". */
function tollStated(question: string): number | undefined {
  const m = /\b(?:killed|kill(?:ing)?|left)\s+(?:at least\s+|some\s+)?(\d{1,5}(?![\d,.]\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:years?|months?|days?|percent|%))/i.exec(question);
  if (!m) return undefined;
  const w = (m[1] as string).toLowerCase();
  return /^\d/.test(w) ? Number(w) : NUMBER_WORDS.indexOf(w) + 1;
}

/** Whether a sentence writes the number at all, in digits or in words (a sentence that never does may date it still). */
function writesCount(text: string, n: number): boolean {
  return new RegExp(`(?<![\\d,.])${n}(?![\\d,.]\\d)${n <= NUMBER_WORDS.length ? `|\\b${NUMBER_WORDS[n - 1]}\\b` : ''}`, 'i').test(text);
}

/** Whether a sentence writes that number as people killed ("killed six people", "six were killed", "six dead"). */
function sentenceCountsDeath(text: string, n: number): boolean {
  const num = `(?:${n}${n <= NUMBER_WORDS.length ? `|${NUMBER_WORDS[n - 1]}` : ''})`;
  return new RegExp(`\\b(?:killed|killing|left|kill)\\s+(?:at least\\s+|some\\s+)?${num}\\b|\\b${num}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:were|was|are|have been|had been)?\\s*(?:killed|dead|died|deaths)\\b`, 'iu').test(text);
}

/** Why a candidate's evidence does not cover the question, or undefined when it does (`eventShown`: the report is known to count the event asked). */
export function evidenceProblem(a: QuestionAnalysis, index: ArchiveIndex, c: Candidate, total: number, eventShown = false): string | undefined {
  const w = c.window;
  const foreign = (w.report.profile.article.language ?? 'en') !== 'en';
  const places = missingPlaces(w.report);
  if (places.length) return `The closest report does not mention ${places.map((t) => t.text).join(', ')}.`;
  const towns = a.expects === 'count' ? townsUnwritten(index, w.report) : [];
  if (towns.length) return `The closest report does not mention ${towns.map((t) => t.text).join(', ')}.`;
  // "Who gave Reuters the toll?": a report that never names the person or body the deed involves cannot tell who did it.
  const names = namesMissing(a, index, w.report);
  if (names.length) return `The closest report does not mention ${names.map((t) => t.text).join(', ')}.`;
  // "When did Amnesty give its first toll of 106 dead?": a report that never writes the figure the question states
  // tells of another toll (its date, its source or its place is not the one asked).
  const figures = figuresUnwritten(a, w.report);
  if (figures.length) return `The closest report does not give the figure ${figures.map((t) => t.text).join(', ')}.`;
  // "When was the camp hit, the attack that killed six?": a date read from a sentence where six kills no one ("six
  // women and one man are on hunger strike") is another event's.
  const toll = tollStated(a.question);
  if (c.type === 'date' && toll && writesCount(sentenceText(w), toll) && !sentenceCountsDeath(sentenceText(w), toll)) return 'The closest sentence does not tell of that toll.';
  // A report in another language shares fewer of an English question's words: its names and numbers carry it. One
  // that neither writes the year asked nor is dated in it ("dimanche 1er février" asked as "the 2009 rally") has
  // lost one of those, and must cover the question as a report in English would.
  const yearUnwritten = a.years.length > 0 && !a.years.some((y) => w.report.profile.years.has(y));
  if (w.report.coverage < (foreign && !yearUnwritten ? EVIDENCE.foreignReportCoverage : EVIDENCE.reportCoverage)) return 'No report covers enough of the question.';
  // A place or a date is often told in the sentence next to the event's own; the report must be about the event.
  // In a report in another language the event's words are translated: its names and numbers must carry it.
  // Who did a deed is asked of a sentence that tells the whole deed ("whose arrest sparked …" is not "whose death").
  const focusNeeded = a.expects === 'place' || a.expects === 'date' ? EVIDENCE.focus / 2 : a.expects === 'agent' ? EVIDENCE.agentFocus : EVIDENCE.focus;
  if (Math.max(w.focus, c.focus ?? 0) < focusNeeded && !(foreign && (a.expects === 'place' || a.expects === 'date' || a.expects === 'agent'))) return 'No sentence states what the question asks.';
  if (c.fit < EVIDENCE.fit) return 'No sentence gives an answer of the kind asked.';
  if (c.type === 'place' && placeNotInWordsAsked(a, c)) return 'No sentence gives the places in the words of the one asked.';
  if (a.expects === 'agent' && deedUntold(a, c)) return 'No sentence tells who did what the question asks.';
  if (a.quoted?.length && !writesQuoted(a, c)) return 'No sentence says the words the question quotes.';
  if (a.expects === 'count' && !foreign && !eventShown && !countsTheEvent(a, c)) return 'No figure in the archive is given for that event.';
  // "…, per Kastelfeed?": a report in English that never writes the source asked by a single name (in its text, title
  // or publisher) gives no figure of that source's. (A source described, "the National Review piece", "police", may be
  // written otherwise.)
  const source = a.expects === 'count' && !foreign ? sourceAskedFor(a.question) : undefined;
  if (source?.length === 1 && new RegExp(`\\b(?:according to|per)\\s+(?:the\\s+)?\\p{Lu}\\p{L}*\\s*(?:[?,.;]|$)`, 'u').test(a.question) && !w.report.profile.keys.has(keyOf(source[0] as string))) return `The closest report does not mention ${source[0]}.`;
  if (a.expects === 'count' && countedInTownApart(a, c)) return 'The report gives no figure of what is asked in the town asked.';
  if (a.expects === 'count' && anotherBodys(a, c)) return 'The figure the archive holds is another body’s.';
  if (a.expects === 'count' && crowdSourceOther(a, c)) return 'The figure the archive holds is another source’s: the police’s and the organisers’ counts differ.';
  if (a.expects !== 'date' && (otherPeriod(a, c) || relativeYearOff(a, c) || leadYearOther(a, c))) return 'What the archive holds on it is for another period.';
  if (c.type === 'date' && dateOfAnotherMonth(a, c)) return 'The closest date is of another month than the one asked.';
  if (a.expects === 'count' && monthUnknown(a, c)) return 'The report does not say which month its figure is for.';
  const elsewhere = a.expects === 'count' ? otherPlace(a, c) : c.type === 'agent' ? gatheringElsewhere(a, c) : undefined;
  if (elsewhere) return `What the archive holds on it is for ${elsewhere}.`;
  const passing = townOnlyInPassing(a, c);
  if (passing) return `The closest report names ${passing} only in passing.`;
  const listed = a.expects === 'count' && !c.share ? placeOnlyListed(a, c) : undefined;
  if (listed) return `No figure in the archive is given for ${listed} alone.`;
  if (a.expects === 'count' && countrywide(a, c)) return 'The figure the archive holds is the whole country’s, not the town’s asked.';
  const untold = a.expects === 'count' ? placeUntold(a, index, c) : undefined;
  if (untold) return `No figure in the archive is given for ${untold}.`;
  if (total < (foreign ? EVIDENCE.foreignTotal : EVIDENCE.total)) return 'The evidence is too weak to answer.';
  if (c.type === 'fact' && notYetDone(a, c)) return 'The archive tells only that it was still to come.';
  const unsaid = c.type === 'fact' ? namesUnsaid(a, c) : [];
  if (unsaid.length) return `No sentence of the closest report tells of ${unsaid.map((t) => t.text).join(', ')}.`;
  return undefined;
}

/**
 * "and Norland's refugee count a year before?" answered by a passage on refugees in general: a passage states nothing
 * typed, so it answers only when it (or the sentence before it) or the report's lead names every person, place or
 * body the question names; else it tells of them in general, not of the one asked.
 */
function namesUnsaid(a: QuestionAnalysis, c: Candidate): QuestionTerm[] {
  const p = c.window.report.profile;
  const near = [c.window.si - 1, c.window.si, c.window.si + 1];
  return a.terms.filter((t) => t.sort === 'name' && !p.lead.has(t.key) && !near.some((i) => tokensHold(p.tokens[i] ?? [], t, p.acronyms[i])));
}

/**
 * Whether the sentences a doer is read from (its own, and those it spans) never write the figure whose source the
 * question asks ("who gave the toll of 900?"): they tell of another figure. (A number the report never writes is
 * weighed by `figuresUnwritten`; a number that only names the occasion, "the raid that killed 11", asks no source.)
 */
function figureUnsaid(asked: readonly number[], c: Candidate): boolean {
  const p = c.window.report.profile;
  const stated = asked.filter((n) => writesNumber(p.article.text, String(n)));
  if (!stated.length) return false;
  const told = [c.window.si, ...c.sentences].map((i) => p.sentences[i]?.text ?? '').join(' ');
  return !stated.some((n) => writesNumber(told, String(n)));
}

/**
 * "Who drafted the 20-day ceasefire?" against "The Council demanded a 20-day ceasefire": the doer asked is read from a
 * sentence that tells the deed (the verb the question writes, or one of its family); a name in a sentence that
 * shares only the question's other words did something else.
 */
function deedUntold(a: QuestionAnalysis, c: Candidate): boolean {
  // (A report in another language tells the deed in its own words; "which site reported it" is told by "according to".)
  const p = c.window.report.profile;
  if ((p.article.language ?? 'en') !== 'en') return false;
  const deeds = a.terms.filter((t) => t.part === 'focus' && t.sort === 'word' && t.inAsk && (/ed$/.test(t.fold) || WRITING.test(t.fold)) && !/^(?:reported|announced|said|stated|claimed)$/.test(t.fold));
  if (!deeds.length) return false;
  const told = [c.window.si, ...c.sentences].map((i) => p.tokens[i] ?? []);
  // "Who wrote the song?": writing is told by writing words ("wrote", "songwriter", "penned", "composed"), not by
  // "said", which shares its word family for the words a statement gives.
  return !deeds.some((t) => told.some((ts) => (WRITING.test(t.fold) ? ts.some((x) => WRITTEN_BY.test(x.fold)) : tokensHold(ts, t))));
}

/** "Where in Brindle …", "where exactly in Korvik …": the town inside which a place is asked. */
const WHERE_IN = /\b[Ww]here\s+(?:exactly\s+)?in\s+(\p{Lu}[\p{L}'’-]+)/u;

/**
 * "Where in Brindle did the crowd gather?": a place told in a sentence that never names the town asked ("vigils
 * across the globe and in the Northern Coast") may be the wide region around it, not a place in it; a place of the
 * same report whose own sentence puts it in the town ("the steps in front of the Old Mint in Brindle"), scored nearly
 * as well, answers instead.
 */
function placeInTownAsked(a: QuestionAnalysis, best: { candidate: Candidate; score: number }, scored: Array<{ candidate: Candidate; score: number }>): { candidate: Candidate; score: number } {
  const town = WHERE_IN.exec(a.question)?.[1];
  if (!town || COUNTRIES.has(fold(town))) return best;
  const f = fold(town);
  const inTown = (c: Candidate) => fold(c.text).split(' ').includes(f) || [c.window.si, ...c.sentences].some((i) => (c.window.report.profile.tokens[i] ?? []).some((t) => t.fold === f));
  if (inTown(best.candidate)) return best;
  const other = scored
    .filter((x) => x.candidate.type === 'place' && x.candidate.window.report === best.candidate.window.report && fold(x.candidate.text) !== f && inTown(x.candidate) && x.score >= best.score * 0.8)
    .sort((x, y) => y.score - x.score)[0];
  // (The score kept is the evidence's own: the place in the town answers with what its sentence proves.)
  return other ?? best;
}

/** A question's verb of writing ("who wrote …", "who has written …"). */
const WRITING = /^(?:wrote|written)$/;
/** Words telling who wrote or made a text or a song. */
const WRITTEN_BY = /^(?:wr[io]t\w*|\w+writers?|authors?|authored|penn?ed|compos\w*|lyrics?|lyricists?)$/;

/** "Which cities did X name …": a question asking the places a person named, listed or mentioned (their words). */
const PLACES_NAMED_BY = /\b(?:did|does|do|has|had)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:name|list|mention|cite|designate|call|pick|choose|single out)\b/u;

/**
 * "Which cities did Vell name as the main gathering points?" against "The rally in Kastel is one of many …, as
 * part of what Vell labelled a global day of action": the places a person named are in that person's words, after
 * the name in the sentence ("Vell said Orvel, …") or inside a quotation; a place told before the name is the
 * report's own.
 */
function placeNotInWordsAsked(a: QuestionAnalysis, c: Candidate): boolean {
  const m = PLACES_NAMED_BY.exec(a.question);
  if (!m) return false;
  const last = fold((m[1] as string).trim()).split(' ').at(-1) ?? '';
  const text = c.window.report.profile.sentences[c.window.si]?.text ?? '';
  const at = ` ${fold(text)} `.indexOf(` ${last} `);
  if (at < 0) return true;
  const place = fold(c.text.replace(/^the\s+/i, '')).split(' ')[0] ?? '';
  const placeAt = ` ${fold(text)} `.indexOf(` ${place} `);
  if (placeAt > at) return false;
  // (Inside a quotation told before the name: "“Meet us in A,” X said.")
  const quoted = /[“"«][^”"»]*$/.test(text.slice(0, Math.max(0, text.indexOf(c.text.replace(/^the\s+/i, '')))));
  return !quoted;
}

/**
 * "Who called Iranians 'the resistance of our age'?": the words the question quotes as said must stand in the
 * answer's own sentences ("X also addressed the rally", told next to them, says nothing of them).
 */
function writesQuoted(a: QuestionAnalysis, c: Candidate): boolean {
  const p = c.window.report.profile;
  const at = new Set([c.window.si, ...c.sentences]);
  const text = ` ${[...at].map((i) => fold(p.sentences[i]?.text ?? '')).join(' ')} `;
  return (a.quoted ?? []).every((q) => text.includes(` ${q} `));
}

/**
 * "What ruling did the court deliver?" against "the court, which is due to deliver its ruling later this year": a
 * sentence that puts the deed asked in the future does not tell that it was done.
 */
function notYetDone(a: QuestionAnalysis, c: Candidate): boolean {
  if (!/\b(did|has|have|had|was|were)\b/i.test(a.question)) return false;
  const text = c.window.report.profile.sentences[c.window.si]?.text ?? '';
  const deeds = a.terms.filter((t) => t.part === 'focus' && t.sort === 'word');
  return deeds.some((t) =>
    new RegExp(`\\b(?:will|would|(?:is|are|was|were) (?:due|expected|set|scheduled|going|planning|hoping) to|plans? to|intends? to)\\s+(?:\\w+\\s+){0,2}?${escapeRe(t.fold.slice(0, Math.max(4, t.fold.length - 2)))}`, 'i').test(text),
  );
}

function capitalise(s: string): string {
  return s ? (s[0] as string).toUpperCase() + s.slice(1) : s;
}

/** The answer: the fact stated first, then the sentence it rests on, with its report's source and date. */
function compose(a: QuestionAnalysis, index: ArchiveIndex, c: Candidate): Answer {
  const w = c.window;
  const p = w.report.profile;
  const src = sourceOf(p.article);
  const sentence = clip(p.sentences[w.si]?.text ?? '', 400);
  let text: string;
  switch (c.type) {
    case 'count':
      text = `${capitalise(c.text)}${c.attribution ? `, according to ${c.attribution}` : ''} (reported by ${src}): “${sentence}”`;
      break;
    case 'agent':
      text = `${c.items ? c.items.join(', ') : c.text} (according to ${src}): “${sentence}”${c.sentences.length > 1 ? ' …' : ''}`;
      break;
    case 'place':
      text = `${capitalise(c.text)} (according to ${src}): “${sentence}”`;
      break;
    case 'date':
      text = `${capitalise(c.text)} (according to ${src}): “${sentence}”`;
      break;
    case 'statement':
      text = `According to ${src}, ${c.text}`;
      break;
    case 'role':
      text = `${c.attribution ?? a.subject?.text ?? 'They'}: ${c.text} (according to ${src}).`;
      break;
    case 'fact': {
      // "What happened …": the sentence and the one after it in the same paragraph tell the event.
      const next = p.sentences[w.si + 1];
      const same = next && next.paragraph === p.sentences[w.si]?.paragraph;
      // (A list run over two sentences, asked of one name in it: the part holding that name is shown.)
      const held = (x: string) => [...a.question.matchAll(/(?<![\p{L}])\p{Lu}[\p{Ll}'’-]{3,}(?:\s+\p{Lu}[\p{Ll}'’-]{2,})+/gu)].some((m) => x.includes(m[0]));
      const own = p.sentences[w.si]?.text ?? '';
      text = same && held(next.text) && !held(own) ? `According to ${src}: “${clipAroundName(next.text, a.question, 400)}”` : `According to ${src}: “${clipAroundName(own, a.question, 400)}${same ? ` ${clip(next.text, 300)}` : ''}”`;
      if (same) c.sentences.push(w.si + 1);
      break;
    }
  }
  const citations: Citation[] = [];
  for (const si of c.sentences) {
    const s = p.sentences[si];
    if (s) citations.push(index.citation({ articleId: p.article.id, sentence: si, start: s.start, end: s.end }));
  }
  return { question: a.question, answered: true, intent: INTENT_OF[a.expects], text, citations };
}

/** Answers to how-many questions: attributed figures, disagreeing sources shown together. */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Figure, Intent } from '../domain/types.ts';
import { isMeasureWord, measureOf, measurePhrase } from '../understand/measures.ts';
import { questionYears, dateMatchesRange } from '../understand/question-dates.ts';
import { contentStems, fold, words } from '../understand/text.ts';
import { claimantIn, eventPhrase, figureSource, joinList, midSentence, sentenceAt, sourceOf, StemSet } from './evidence.ts';
import { placeConflict, SCAFFOLD_STEMS } from './event-match.ts';
import { figureContext, figureDates } from './lookups.ts';
import { memo } from './memo.ts';
import { pickPassages, stemSet } from './passages.ts';
import { citeAll, provOf, answered, quoteSentence, answerFromPassages, matchedEvents, capitalise } from './reply.ts';
import { answerTimeline } from './answer-events.ts';

const COUNTED_NOUNS = stemSet([
  'people', 'person', 'persons', 'protesters', 'protester', 'protest', 'demonstrators', 'member', 'members', 'supporters', 'civilians',
  'individuals', 'citizens', 'youths', 'youth', 'victims', 'part', 'take', 'took', 'total', 'figure', 'figures', 'far', 'so', 'many',
  'were', 'number', 'estimate', 'estimated', 'according', 'reported', 'report',
]);

/** "Number of injured: 4,000": a counted noun that only repeats the measure reads as "people". */
const COUNTED_AS_MEASURE = /^(the )?(killed|dead|deaths?|martyrs?|injured|wounded|injuries|detainees?|arrested|detained|arrests|executed|executions|missing|displaced|identified|damaged|casualties|victims)$/i;

function figureParts(index: ArchiveIndex, f: Figure): { src: string; body: string } {
  let amount = midSentence(f.text.trim());
  if (/^(hundreds|thousands|dozens|scores|tens of thousands|hundreds of thousands|millions)$/i.test(amount) && f.counted?.trim()) amount = `${amount} of`;
  const counted = f.counted?.trim();
  const countedIsMeasure = counted ? COUNTED_AS_MEASURE.test(counted) : false;
  const noun = counted && !countedIsMeasure && !fold(amount).includes(fold(counted)) ? ` ${counted}` : counted && !countedIsMeasure ? '' : ' people';
  const phrase = measurePhrase(f.measure);
  let scope = f.scope?.trim() ?? '';
  if (scope && fold(`${amount} ${counted ?? ''}`).includes(fold(scope))) scope = '';
  const scopeText = scope ? (/^(in|during|at|on|since|after|by|of|across|from)\b/i.test(scope) ? ` ${scope}` : ` in ${scope}`) : '';
  return { src: figureSource(index, f, sentenceAt(index, f.source)?.text), body: `${amount}${noun}${phrase ? ` ${phrase}` : ''}${scopeText}` };
}

function sameFigure(a: Figure, b: Figure): boolean {
  const va = a.value ?? a.lower ?? a.upper;
  const vb = b.value ?? b.lower ?? b.upper;
  const claim = (f: Figure) => fold(f.claimant ?? '');
  if (va !== undefined && va === vb && claim(a) === claim(b)) return true;
  return fold(a.text) === fold(b.text) && a.source.articleId === b.source.articleId;
}

const NUMBER_WORDS = /\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands|scores|several)\b/i;

/** A sentence that states a count of the measure asked for, when no extracted figure answers (figures missed by extraction). */
function countFromPassages(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const measure = intent.slots.measure;
  if (!measure) return undefined;
  const ignore = stemSet(['how', 'many', 'much', 'number', 'people', 'were', 'total', 'toll']);
  const picks = pickPassages(index, intent.question, {
    ignore,
    minCoverage: 0.6,
    must: (s) => NUMBER_WORDS.test(s.text) && words(s.text).some((w) => isMeasureWord(w) && measureOf(w) === measure),
  });
  const top = picks[0];
  if (!top) return undefined;
  return answered(intent, quoteSentence(index, top), citeAll(index, [provOf(top.articleId, top.sentence)]));
}

/** A count, attributed to its sources, with disagreeing figures shown together. */
export function answerHowMany(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const a = countFigures(intent, index);
  if (a) return a;
  // Places and dates carried over from the previous question narrow softly: without them the figure may still be the one meant.
  const q = ` ${fold(intent.question)} `;
  const carriedPlaces = (intent.slots.places ?? []).filter((p) => !q.includes(` ${fold(p)} `));
  const carriedRange = intent.slots.range && !q.includes(` ${fold(intent.slots.range.text)} `) ? intent.slots.range : undefined;
  if (!carriedPlaces.length && !carriedRange) return countFromPassages(intent, index);
  const slots = { ...intent.slots };
  if (carriedPlaces.length) {
    const own = (intent.slots.places ?? []).filter((p) => !carriedPlaces.includes(p));
    if (own.length) slots.places = own;
    else delete slots.places;
  }
  if (carriedRange) delete slots.range;
  return countFigures({ ...intent, slots }, index) ?? countFromPassages(intent, index);
}

function countFigures(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const measure = intent.slots.measure;
  if (!measure) {
    if (intent.slots.eventKinds?.length) return answerTimeline(intent, index, true);
    return answerFromPassages(intent, index, { ignore: stemSet(['how', 'many', 'much', 'number']) });
  }
  const range = intent.slots.range;
  const rangeStems = new Set(range ? contentStems(range.text) : []);
  // The period is checked against the figure's dates; its words only count when no date can be read.
  const scopeStems = [...new Set(contentStems(intent.question))].filter(
    (s) => !COUNTED_NOUNS.has(s) && !isMeasureWord(s) && !SCAFFOLD_STEMS.has(s) && !rangeStems.has(s),
  );
  const qYears = questionYears(intent.question).map(String);
  const scored: Array<{ f: Figure; score: number }> = [];
  for (const f of index.data.figures) {
    if (f.measure !== measure) continue;
    const { primaryText, primary, secondary } = memo(index, `figure:${f.id}`, () => {
      const text = [f.scope, f.counted, sentenceAt(index, f.source)?.text, f.eventId ? index.event(f.eventId)?.label : undefined].filter(Boolean).join(' . ');
      return { primaryText: text, primary: new StemSet(text), secondary: new StemSet(figureContext(index, f)) };
    });
    let score = 0;
    for (const st of scopeStems) score += primary.has(st) ? 1 : secondary.has(st) ? 0.6 : 0;
    if (range) {
      const dates = figureDates(index, f);
      const inRange = dates.some((d) => dateMatchesRange(d, range));
      const exactDay = range.from === range.to;
      if (inRange) score += 1;
      else if (dates.length && exactDay && dates.some((d) => d.precision === 'day')) continue;
      else {
        const words = [...rangeStems];
        const hits = words.filter((st) => primary.has(st) || secondary.has(st)).length;
        if (words.length && hits === words.length) score += 0.8;
        else if (exactDay) continue;
      }
    }
    // A figure explicitly about another year is not about the year asked for.
    const ownYears = primaryText.match(/\b(19|20)\d{2}\b/g) ?? [];
    if (qYears.length && ownYears.length && !ownYears.some((y) => qYears.includes(y))) continue;
    const ev = f.eventId ? index.event(f.eventId) : undefined;
    if (ev && intent.slots.places?.length && placeConflict(index, ev, intent.slots.places)) continue;
    if (intent.slots.range && ev?.date && ev.date.precision !== 'unknown' && !dateMatchesRange(ev.date, intent.slots.range)) continue;
    scored.push({ f, score });
  }
  if (measure === 'attendance') {
    const sized = matchedEvents(intent, index, 2).filter((r) => r.event.size);
    if (sized.length) {
      const evs = sized.slice(0, 2).map((r) => r.event);
      const text = evs
        .map((e) => `According to ${sourceOf(index.article(e.sources[0]?.articleId ?? ''))}, ${midSentence(e.size!.text)} took part in ${eventPhrase(e)}.`)
        .join(' ');
      return answered(intent, text, citeAll(index, evs.flatMap((e) => e.sources.slice(0, 1))));
    }
  }
  if (measure === 'attendance') {
    const stated = attendanceFromText(intent, index);
    if (stated) return stated;
  }
  if (!scored.length) return undefined;
  // When some figures are about the place or the period asked for, the others are about something else.
  const places = (intent.slots.places ?? []).map(fold);
  if (places.length) {
    const here = scored.filter(({ f }) => {
      const ctx = ` ${fold(figureContext(index, f))} `;
      const ev = f.eventId ? index.event(f.eventId) : undefined;
      return places.every((p) => ctx.includes(` ${p} `) || (ev ? !placeConflict(index, ev, [p]) && !!(ev.venue || ev.city) : false));
    });
    if (here.length) scored.splice(0, scored.length, ...here);
  }
  if (range) {
    const inPeriod = scored.filter(({ f }) => figureDates(index, f).some((d) => dateMatchesRange(d, range)));
    if (inPeriod.length) scored.splice(0, scored.length, ...inPeriod);
  }
  scored.sort((a, b) => b.score - a.score);
  const best = (scored[0] as { score: number }).score;
  const need = scopeStems.length + (range ? 1 : 0);
  if (need && best < Math.max(0.6, need * 0.5)) return undefined;
  const picked = scored.filter((x) => x.score >= Math.max(best * 0.5, need ? 0.6 : 0));
  // Disagreeing figures about the same thing are shown together.
  const ids = new Set(picked.map((x) => x.f.id));
  for (const c of index.data.conflicts) {
    if (c.measure !== measure || !c.figureIds.some((id) => ids.has(id))) continue;
    for (const id of c.figureIds) {
      const other = scored.find((x) => x.f.id === id);
      if (other && !ids.has(id)) {
        picked.push(other);
        ids.add(id);
      }
    }
  }
  const unique: Figure[] = [];
  const repeats: Figure[] = [];
  for (const { f } of picked) (unique.some((u) => sameFigure(u, f)) ? repeats : unique).push(f);
  const shown = unique.slice(0, 4);
  const values = new Set(shown.map((f) => f.value ?? f.lower ?? f.text));
  // Figures of one source are stated under it once: repeating its name would read as sources that disagree.
  const groups: Array<{ src: string; bodies: string[] }> = [];
  for (const f of shown) {
    const { src, body } = figureParts(index, f);
    const g = groups.find((x) => fold(x.src) === fold(src));
    if (g) g.bodies.push(body);
    else groups.push({ src, bodies: [body] });
  }
  const lines = groups.map((g) => `according to ${g.src}, ${joinList(g.bodies)}`);
  const differ = values.size > 1 ? (groups.length > 1 ? ' The sources give different figures.' : ' The report gives more than one figure.') : '';
  const text = `${capitalise(lines.join('; '))}.${shown.length > 1 ? differ : ''}`;
  // The same figure repeated by other reports is stated once and cited from each of them.
  const again = repeats.filter((r) => shown.some((f) => sameFigure(f, r)));
  return answered(intent, text, citeAll(index, [...shown.map((f) => f.source), ...again.map((f) => f.source)]));
}

const CROWD =
  /\b((?:at least|more than|over|nearly|almost|about|around|some|up to|an estimated|several|a few)?\s*(?:\d[\d,.]*|hundreds|thousands|dozens|tens of thousands|hundreds of thousands|several hundred|several thousand|a few hundred|a few thousand|a crowd of \d[\d,]*))\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(supporters|people|protesters|iranians|demonstrators|participants|members|activists|exiles|marchers|residents|students|women|compatriots|attendees|delegates)\b/iu;

/** "450 supporters of X held a demonstration…": the crowd size as the event's own sentence states it. */
function attendanceFromText(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const evs = matchedEvents(intent, index, 2.5).slice(0, 2).map((r) => r.event);
  for (const e of evs) {
    for (const src of e.sources.slice(0, 3)) {
      const s = sentenceAt(index, src);
      const m = s ? CROWD.exec(s.text) : null;
      if (!s || !m) continue;
      const amount = `${m[1]?.trim()} ${m[2]}`;
      const text = `According to ${sourceOf(index.article(src.articleId))}, ${midSentence(amount)} took part in ${eventPhrase(e)}.`;
      return answered(intent, text, citeAll(index, [src]));
    }
  }
  return undefined;
}


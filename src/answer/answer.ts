import { asksVoteTurnout } from './reader/vote-turnout.ts';
import { partyForPerson } from './party-for-person.ts';
import { sourceOfAFigure } from './source-of-a-figure.ts';
import { dateOfAnotherCity, dateOfTheOtherPlace } from './date-of-the-other-place.ts';
import { eligibleForVoted } from './eligible-for-voted.ts';
import { voteOfAnotherSide, voteTallyUntold } from './vote-side.ts';
import { findAmounts } from '../extract/figure-numbers.ts';
import { harmUntold } from './harm-untold.ts';
import { bodyOfAnotherCountry } from './body-of-another-country.ts';
import { lengthUntold } from './length-untold.ts';
import { placeAskedUnwritten } from './place-asked-unwritten.ts';
import { placeOnlyAsBase } from './place-only-as-base.ts';
import { placeInAnotherCountry } from './place-in-another-country.ts';
import { placeOfAnotherPerson } from './place-of-another-person.ts';
import { placesAskedInPlural } from './places-asked-in-plural.ts';
import { termOfAnotherPerson } from './term-of-another-person.ts';
import { victimUntold } from './victim-untold.ts';
import { placesCountedForAnotherDeed } from './places-counted-for-another-deed.ts';
import { institutionNamedUntold } from './institution-named-untold.ts';
import { countOfThoseOnBoard } from './count-of-those-on-board.ts';
import { demonymCountedOther } from './demonym-counted-other.ts';
import { countAcrossManyPlaces } from './count-across-many-places.ts';
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold, normalizeNumberWord, similarWord, stem } from '../understand/text.ts';
import { ROLE_NOUNS, TITLE_WORDS } from '../extract/names-lexicon.ts';
import { COUNTRIES, isFunctionWord, keyOf, tokenize, type Token } from '../understand/vocabulary.ts';
import { ORG_WORDS, PLACE_WORDS } from './reader/spans.ts';
import { answered, citeAll, notAnswered, provOf, suggestionsFor } from './reply.ts';
import { peopleInSentence, pickPassages, stemSet } from './passages.ts';
import { clip, sourceOf } from './evidence.ts';
import { askedWithoutWords, structuredAnswer } from './structured-answer.ts';
import { creditedToAcronymAsked, INTENT_OF, readAnswer, type ReadOutcome } from './reader/read.ts';
import { sentenceText, type Candidate } from './reader/candidate.ts';
import { bodyOnlyRole, OCCUPATIONS } from './reader/candidates-role.ts';
import { checkAnswer } from './reader/check.ts';
import { ALL_CAPS, tokensHold } from './reader/evidence-windows.ts';
import { CLOCK_TIME, SINCE_WHEN_ASKED } from './reader/candidates-date.ts';
import { profileOf, reportHas } from './reader/report-profile.ts';
import { acronymAskedFor, claimIsAcronym, partOfNamedAsked, sourceAskedFor, type QuestionTerm } from '../understand/analyse-question.ts';
import { inVocab, isProperInArchive, lexiconOf } from '../understand/lexicon.ts';
import { memo } from './memo.ts';
import { knownCities } from './event-match.ts';
import { titleCountYears, YEAR_WRITTEN } from './count-year.ts';
import { countOfAnotherYear } from './count-of-another-year.ts';
import { officeHeldWhenUntold } from './office-held-when.ts';
import { placeCountedApart } from './place-counted-apart.ts';
import { placeOfTheOtherOne } from './place-of-the-other-one.ts';
import { spanOfAnotherPerson } from './span-of-another-person.ts';
import { countOfAnotherMonth } from './count-of-another-month.ts';
import { countCreditedElsewhere, sourceWordsUnwritten } from './count-credited-elsewhere.ts';
import { countOfAnotherSourceStated, sourceNameUnwritten, sourceNamedOnlyAfter } from './source-unwritten.ts';
import { countCreditedBefore } from './count-credited-before.ts';
import { countOfTheOtherCounter } from './count-of-the-other-counter.ts';
import { countOfANamedCounter } from './count-of-a-named-counter.ts';
import { chargeUntold } from './charge-untold.ts';
import { outskirtsUntold } from './outskirts-untold.ts';
import { placeNamedNoPlace } from './place-named-no-place.ts';
import { priceWithoutAmount } from './price-without-amount.ts';
import { chairUntold } from './chair-untold.ts';
import { successorUntold } from './successor-untold.ts';
import { wordsCutOff } from './words-cut-off.ts';
import { countAimedUntold } from './count-aimed-untold.ts';
import { sexUntold } from './sex-untold.ts';
import { describedPersonUntold } from './described-person-untold.ts';
import { initialForAName } from './initial-for-a-name.ts';
import { institutionOfAnotherCity } from './institution-of-another-city.ts';
import { sideOfConflict } from './side-of-conflict.ts';
import { monthUnwritten } from './month-unwritten.ts';
import { ordinalAskedUntold } from './ordinal-asked.ts';
import { seriesCountTold } from './series-count-told.ts';
import { monthOfAnotherDatedReport } from './month-of-another-dated-report.ts';
import { sinceAskedUntold } from './since-asked-untold.ts';
import { dateOfAnotherPerson } from './date-of-another-person.ts';
import { placeInAList } from './place-in-a-list.ts';
import { hoursUntold, sinceUntold, spanUntold } from './span-untold.ts';
import { countAsOfAnotherDay } from './count-as-of-another-day.ts';
import { partForTotal } from './part-for-total.ts';
import { countAmongAGroup } from './count-among-a-group.ts';
import { minorsUntold } from './minors-untold.ts';
import { partOfPeopleForAll } from './part-of-people-for-all.ts';
import { countOfAnotherDeed } from './count-of-another-deed.ts';
import { countOfATownUnwritten } from './count-of-a-town-unwritten.ts';
import { describedObjectGivenBack, objectGivenBack } from './object-given-back.ts';
import { sourceOfficeUntold } from './source-office-untold.ts';
import { describedAgeOther } from './described-age-other.ts';
import { titleNotHeld } from './title-not-held.ts';
import { namedPersonUntold } from './named-person-untold.ts';
import { venueForCity } from './venue-for-city.ts';
import { deedUntoldAbroad, speechUntoldAbroad } from './speech-untold-abroad.ts';
import { landmarkAbroad } from './landmark-abroad.ts';
import { rankedSpeakerUntold } from './ranked-speaker.ts';
import { undatedOtherYearsUntold } from './undated-other-years.ts';
import { relativeUnnamed } from './relative-unnamed.ts';
import { bodyInWordsUntold, countDeedUntold, countTownUntold, postBodyUntold, figureOfOtherClause, thingCountedOther } from './count-told.ts';
import { attendanceOfAnotherDeed } from './attendance-of-another-deed.ts';
import { countAskedByAnotherVerb, tollForAnotherVerb } from './count-asked-by-another-verb.ts';
import { holderOfAnotherTime } from './holder-of-another-time.ts';
import { onlyPlaceUntold, superlativeUntold } from './superlative-untold.ts';
import { originUntold } from './origin-untold.ts';
import { residentsUntold } from './residents-untold.ts';
import { titleUntold } from './title-untold.ts';
import { dateOfAnotherYear } from './date-of-another-year.ts';
import { quoteTopicUntold } from './quote-topic-untold.ts';
import { quoteRecipientUntold } from './quote-recipient-untold.ts';
import { wordsOfAnAide } from './words-of-an-aide.ts';
import { wordsInAnotherPlace } from './words-in-another-place.ts';
import { verbAskedUnwritten } from './verb-asked-unwritten.ts';
import { objectPlacedUntold } from './object-placed-untold.ts';
import { tellerOfOutlet } from './teller-of-outlet.ts';
import { mottoUnwritten } from './motto-unwritten.ts';
import { otherCityOfTheSentence } from './other-city-of-the-sentence.ts';
import { placeInAnotherTown } from './place-in-another-town.ts';
import { venueUnheld } from './venue-unheld.ts';
import { harmAtAGathering } from './harm-at-a-gathering.ts';
import { meetingKindUntold } from './meeting-kind-untold.ts';
import { namedBodyUntold } from './named-body-untold.ts';
import { placeOfDeedUntold } from './place-of-deed-untold.ts';
import { dateGivenBack } from './date-given-back.ts';
import { weekdayAsked } from './weekday-asked.ts';
import { endTimeTold } from './end-time-told.ts';
import { bylineAuthor } from './byline-author.ts';
import { nationalityCountedOther } from './nationality-counted-other.ts';
import { rateAskedTotalGiven } from './rate-asked-total.ts';
import { placeOfTheAttacker } from './place-of-the-attacker.ts';
import { doerAskedUntold } from './doer-asked-untold.ts';
import { earlierTollGiven } from './earlier-toll.ts';
import { whereOfTheUnnamed } from './where-of-the-unnamed.ts';
import { policeCountUncredited } from './police-count-uncredited.ts';
import { countExpectedUntold } from './count-expected.ts';
import { countForeseenUntold } from './count-foreseen.ts';
import { countOfTheSourceElsewhere } from './count-of-the-source-elsewhere.ts';
import { partCountAsked } from './part-count-asked.ts';
import { countOfOneAlone } from './count-of-one-alone.ts';
import { dateInARelativeClause } from './date-in-a-relative-clause.ts';
import { organiserUntold } from './organiser-untold.ts';
import { countBesideAnotherNoun } from './count-beside-another-noun.ts';
import { countOfTheIdentified, countOfTheWordsAsked } from './count-of-the-words-asked.ts';
import { listUnderTheHeadingAsked } from './list-under-the-heading-asked.ts';
import { officeOfAnotherBody } from './office-of-another-body.ts';
import { subjectGivenBack } from './subject-given-back.ts';
import { placesCountedForPeople } from './places-counted-for-people.ts';
import { tollOfATownInPassing } from './toll-of-a-town-in-passing.ts';
import { countOfTheYearSoFar } from './count-of-the-year-so-far.ts';
import { countOfAnotherState } from './count-of-another-state.ts';
import { deedOnlyInWordsQuoted } from './deed-only-in-words-quoted.ts';
import { speakerNamedOnlyInPassing } from './speaker-named-only-in-passing.ts';
import { WHO_SAID } from './reader/candidates-agent.ts';
import { wordsOfNoOne } from './words-of-no-one.ts';
import { postAskedUntold } from './post-asked-untold.ts';
import { countOfANamedPart } from './count-of-a-named-part.ts';
import { regimeOfAnotherCountry } from './regime-of-another-country.ts';
import { placeAmidUntold } from './place-amid-untold.ts';
import { countRegisteredUntold } from './count-registered-untold.ts';
import { dateOfAnotherDeedAsked, eventDateOfAnotherDeed, eventDateOfAPersonsDeed } from './event-date-of-another-deed.ts';
import { dateOfTheOccasionAfter } from './date-of-the-occasion-after.ts';
import { suburbOfAnotherCity } from './suburb-of-another-city.ts';
import { titleOfAnotherPerson } from './title-of-another-person.ts';
import { roleOfAnotherPerson } from './role-of-another-person.ts';
import { bodyOfAnotherPerson } from './body-of-another-person.ts';
import { namesAskedUntold } from './names-asked-untold.ts';
import { dateOfTheSceneDeed } from './date-of-the-scene-deed.ts';
import { dateOfWordsUnheld } from './date-of-words-unheld.ts';
import { wordsOfAPostAsked } from './words-of-a-post-asked.ts';
import { deedWishedUntold } from './deed-wished-untold.ts';
import { personAskedGivenBack } from './person-asked-given-back.ts';
import { dateOfAnotherApposition } from './date-of-another-apposition.ts';
import { dateOfAnotherParticiple } from './date-of-another-participle.ts';

/** How much stronger the structured answer's evidence must be to win over a reader's answer it disagrees with. */
const STRUCTURED_MARGIN = 0.05;

/**
 * Answers an intent from the index: one or two sentences stating the fact, then the supporting sentences as
 * citations; `answered: false` with suggestions when the archive does not hold the answer.
 *
 * Every question is read (reports that fit the question → evidence sentences → typed candidates → evidence check).
 * The structured index (events, speakers, figures, quotes) answers too; its answer must pass the same evidence
 * check on the sentences it cites. When both answer and agree, the structured answer is given (it states the fact
 * from its records, with roles and every source's figure); when they disagree, the reader's stands unless the
 * structured answer rests on clearly stronger evidence; when only one answers, that one.
 */
export function answerIntent(intent: Intent, index: ArchiveIndex): Answer {
  return ANSWER_CHECKS.reduce((given, check) => check(intent, index, given), chooseAnswer(intent, index));
}

/**
 * "Who is Ana Brook's wife?", "who was the mayor's lawyer?": the person standing in that part to the one named is
 * told only by a sentence that writes the part ("his wife, Mira", "Lena Vost, the mayor's lawyer"); an answer whose
 * sentences never write it names someone else (a speaker beside them, a body they support). Declined.
 */
function partUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  const part = partOfNamedAsked(intent.question ?? '');
  if (!part) return given;
  const said = [given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  if (new RegExp(`\\b${escapeRe(part)}s?\\b`, 'i').test(said)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence tells of that person's ${part}.`, suggestionsFor(intent, index));
}

/**
 * The checks every answer passes after it is chosen, in order: each returns the answer as given, or declines it
 * (saying why) when the question asks something its sentences do not tell; a few give a better answer instead.
 */
const ANSWER_CHECKS: ReadonlyArray<(intent: Intent, index: ArchiveIndex, given: Answer) => Answer> = [
  partUntold,
  listUnderTheHeadingAsked,
  bodySpokenForUntold,
  crowdTownUntold,
  crowdWordsOfAPerson,
  personsPlaceUntold,
  titleYearUntold,
  countOfAnotherYear,
  countOfAnotherMonth,
  countOfTheYearSoFar,
  spanUntold,
  hoursUntold,
  sinceUntold,
  countAsOfAnotherDay,
  countBesideAnotherNoun,
  countOfThoseOnBoard,
  institutionNamedUntold,
  placesCountedForAnotherDeed,
  countOfTheWordsAsked,
  countOfTheIdentified,
  partForTotal,
  countAmongAGroup,
  minorsUntold,
  sexUntold,
  eligibleForVoted,
  voteOfAnotherSide,
  voteTallyUntold,
  partOfPeopleForAll,
  countOfANamedPart,
  countCreditedElsewhere,
  countOfOneAlone,
  countOfTheSourceElsewhere,
  countCreditedBefore,
  sourceWordsUnwritten,
  sourceNameUnwritten,
  countOfAnotherSourceStated,
  sourceNamedOnlyAfter,
  policeCountUncredited,
  countOfTheOtherCounter,
  countOfANamedCounter,
  chargeUntold,
  sourceOfficeUntold,
  statedNumberUntold,
  occasionUntold,
  rankUntold,
  numberUntold,
  ordinalUntold,
  ordinalAskedUntold,
  seriesCountTold,
  meansUntold,
  bodyUntold,
  groupUntold,
  countryUntold,
  ageUntold,
  describedAgeOther,
  spanOfAnotherPerson,
  titleNotHeld,
  titleUntold,
  deedUntold,
  doerAskedUntold,
  chairUntold,
  successorUntold,
  officeOfAnotherBody,
  outletUntold,
  nationalityUntold,
  nationalityCountedOther,
  demonymCountedOther,
  countAcrossManyPlaces,
  sourceUntold,
  homeUntold,
  unnamedWhich,
  placeInAnotherTown,
  placeInAnotherCountry,
  placeOfAnotherPerson,
  placesAskedInPlural,
  placeOfTheAttacker,
  whereOfTheUnnamed,
  placeGivenBack,
  placeNamedNoPlace,
  objectGivenBack,
  describedObjectGivenBack,
  deedOnlyInWordsQuoted,
  speakerNamedOnlyInPassing,
  subjectGivenBack,
  otherCityUntold,
  otherCityOfTheSentence,
  placeOfTheOtherOne,
  institutionOfAnotherCity,
  sideOfConflict,
  partyForPerson,
  nobodyNamed,
  landmarkUnheld,
  venueUnheld,
  meetingKindUntold,
  namedBodyUntold,
  harmAtAGathering,
  roleQualifiedOnly,
  roleOfAnotherPerson,
  bodyOfAnotherPerson,
  namesAskedUntold,
  dateOfTheSceneDeed,
  dateOfWordsUnheld,
  countedUntold,
  rankedMeasureUntold,
  unitUntold,
  rateAskedTotalGiven,
  earlierTollGiven,
  priceWithoutAmount,
  occasionDateUntold,
  namedPersonUntold,
  venueForCity,
  outskirtsUntold,
  speechUntoldAbroad,
  deedUntoldAbroad,
  organiserUntold,
  landmarkAbroad,
  rankedSpeakerUntold,
  undatedOtherYearsUntold,
  monthUnwritten,
  monthOfAnotherDatedReport,
  sinceAskedUntold,
  countDeedUntold,
  countOfAnotherState,
  countOfAnotherDeed,
  attendanceOfAnotherDeed,
  countAskedByAnotherVerb,
  holderOfAnotherTime,
  countExpectedUntold,
  countForeseenUntold,
  countAimedUntold,
  countRegisteredUntold,
  residentsUntold,
  originUntold,
  superlativeUntold,
  onlyPlaceUntold,
  bodyInWordsUntold,
  countTownUntold,
  countOfATownUnwritten,
  tollOfATownInPassing,
  placeCountedApart,
  placeInAList,
  postBodyUntold,
  figureOfOtherClause,
  thingCountedOther,
  placesCountedForPeople,
  relativeUnnamed,
  dateOfAnotherYear,
  dateOfTheOtherPlace,
  dateOfAnotherCity,
  dateOfAnotherPerson,
  dateOfAnotherApposition,
  dateOfAnotherParticiple,
  dateInARelativeClause,
  officeHeldWhenUntold,
  quoteTopicUntold,
  wordsOfNoOne,
  wordsCutOff,
  postAskedUntold,
  wordsOfAPostAsked,
  personAskedGivenBack,
  describedPersonUntold,
  initialForAName,
  quoteRecipientUntold,
  wordsOfAnAide,
  wordsInAnotherPlace,
  verbAskedUnwritten,
  deedWishedUntold,
  objectPlacedUntold,
  tellerOfOutlet,
  mottoUnwritten,
  victimUntold,
  termOfAnotherPerson,
  placeOnlyAsBase,
  placeOfDeedUntold,
  placeAmidUntold,
  eventDateOfAnotherDeed,
  eventDateOfAPersonsDeed,
  dateOfAnotherDeedAsked,
  dateOfTheOccasionAfter,
  suburbOfAnotherCity,
  titleOfAnotherPerson,
  dateGivenBack,
  weekdayAsked,
  endTimeTold,
  bylineAuthor,
  placeAskedUnwritten,
  lengthUntold,
  bodyOfAnotherCountry,
  regimeOfAnotherCountry,
  harmUntold,
  yearUnstatedNoted,
  partCountAsked,
];

/** Something done at, after or during an occasion held on a day of its own: "at the funeral", "after the verdict". */
const OCCASION_NOUNS = /\b(?:at|after|following|during)\s+(?:[\p{L}'’-]+\s+){0,3}?(funeral|burial|trial|hearing|verdict|sentencing|wedding|memorial)s?\b/iu;

/**
 * "When did the mourners march after the funeral in Kell?": the date of something done at an occasion the question
 * names is told with that occasion; a date read from a sentence that never names it (the day another report was
 * published) is of something else. Declined.
 */
function occasionDateUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'date' || !given.citations.length) return given;
  const occasion = OCCASION_NOUNS.exec(intent.question ?? '')?.[1]?.toLowerCase();
  if (!occasion) return given;
  const said = [given.text, ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  if (new RegExp(`\\b${occasion}`, 'i').test(said)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence giving a date tells of the ${occasion} asked.`, suggestionsFor(intent, index));
}

/**
 * Nouns a figure can be of that count no happening nor people: a population, money, a distance, a weight, a share,
 * the vehicles people came in ("in 17 coaches", "mit 17 Reisebussen").
 */
const UNIT_AFTER = /^\s*(inhabitants|population|dollars|euros|rials|tomans|pounds|litres|liters|kilometres|kilometers|km|miles|hectares|tonnes|tons|barrels|percent|per\s+cent|coaches|buses|busses|(?:reise)?bussen|(?:reise)?busse|autocars)\b/i;

/**
 * "How many executions did Varn carry out?": a figure the sentence gives of another measure ("Varn (40 million
 * inhabitants)") counts no executions, though the sentence speaks of them. A count asked in that measure's own word
 * ("how many inhabitants", "what population") is another question. Declined.
 */
function unitUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  const lead = /^(?:about |around |some |over |more than |at least |nearly |almost )?(\d[\d,.]*(?:\s+(?:thousand|million|billion))?)\b/i.exec(given.text)?.[1];
  if (!lead) return given;
  const units = given.citations.flatMap((c) => {
    const ex = c.excerpt ?? '';
    return [...ex.matchAll(new RegExp(`(?<![\\d.,])${escapeRe(lead)}`, 'gi'))].map((m) => UNIT_AFTER.exec(ex.slice((m.index ?? 0) + m[0].length))?.[1]);
  });
  if (!units.length || units.some((u) => !u)) return given;
  const q = fold(intent.question ?? '');
  // (A vote's turnout is a share: "what was the turnout of the election?" asks one.)
  if (units.some((u) => q.includes(fold(u as string).slice(0, 5))) || /\bhow much\b|\bpopulation\b|\bpercent|\bshare\b/.test(q) || asksVoteTurnout(intent.question ?? '')) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The figure the sentence gives is of ${units[0]}, not of what is asked.`, suggestionsFor(intent, index));
}

/** "the highest number of arrests", "the most deaths", "the largest share of the dead": what a ranking is by. */
const RANKED_BY = /\b(?:highest|largest|biggest|greatest|lowest|fewest|smallest|most)\s+(?:(?:number|count|share|toll|tally)\s+of\s+)?(?:the\s+)?([\p{L}-]+)/giu;

/**
 * "Which district saw the most arrests?": a place ranked first by one measure is not the first by another; a sentence
 * that ranks by another measure only ("the highest number of deaths was in Kell") does not tell which came first in
 * the one asked. Declined.
 */
function rankedMeasureUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  const keyOf = (w: string) => tokenize(w)[0]?.key ?? fold(w);
  // (Only a measure of a happening, "arrests", "deaths", "executions": not "the most recent", "most of the crowd".)
  const asked = [...(intent.question ?? '').matchAll(RANKED_BY)].map((m) => keyOf(m[1] as string)).filter((k) => k.startsWith('@'));
  if (asked.length !== 1) return given;
  const said = [...given.citations.map((c) => c.excerpt ?? '').join(' ').matchAll(RANKED_BY)].map((m) => keyOf(m[1] as string)).filter((k) => k.startsWith('@'));
  if (!said.length || said.includes(asked[0] as string)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The sentences rank by another measure than the one asked.', suggestionsFor(intent, index));
}

/** The doer of a deed on a figure, up to its verb: "security forces killed 92 …", "the police arrested over 40 …". */
const DOER_OF_COUNT = /[^,.;:“”()]{1,60}?\b(?:killed|shot|arrested|detained|wounded|injured|executed|hanged|abducted)\s+(?=(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+|around\s+)?\d)/giu;

/**
 * "How many nurses were hurt in the Vell clashes?": a count asked of people of a kind (a trade, a rank, a walk of
 * life) is answered by a figure of that kind; a sentence that never writes it ("over 300 others were hurt") counts
 * everyone, and is no answer. (Named groups are groupUntold's; people at large, "civilians", "people", are not held.)
 */
function countedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  const counted = intent.analysis.counted ?? [];
  // ("members of the security forces": the members are people at large, however the key is cut.)
  const atLarge = (t: QuestionTerm) => PEOPLE_AT_LARGE.has(t.key) || /^members?$/.test(t.fold);
  const kinds = intent.analysis.terms.filter((t) => counted.includes(t.key) && t.sort === 'word' && !t.key.startsWith('@') && !atLarge(t) && t.fold.length >= 4);
  if (!kinds.length) return given;
  // (Written in the answer or in the sentence it quotes for its figure: "601 people" from "601 of the martyrs".)
  // ("security forces killed 92 people": the kind doing the deed to the figure is not the kind it counts.)
  const said = tokenize([given.text, given.citations[0]?.excerpt ?? ''].join(' ').replace(DOER_OF_COUNT, ' '));
  if (kinds.every((k) => said.some((w) => w.key === k.key || w.fold.startsWith(k.key.slice(0, 5)) || w.key.startsWith(k.key.slice(0, 5))))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No figure counts the ${kinds.map((k) => k.text).join(' ')} asked.`, suggestionsFor(intent, index));
}

/** Words that make a post another one: the deputy of a commander is not the commander, nor the former mayor the mayor. */
// (An adviser, aide or assistant to the governor serves the post, and a co-president shares it with others.)
const ROLE_QUALIFIER = /\b(?:deputy|vice|assistant|acting|interim|former|ex|co|(?:advis[eo]r|aide|assistant|counsell?or)\s+to(?:\s+the)?)[-\s]+(?:[a-z]+\s+)?$/i;
/** Posts one person holds, asked "who is the … of …". */
const POST_WORDS = ['commander', 'mayor', 'governor', 'minister', 'director', 'chairman', 'chairwoman', 'chair', 'president', 'head', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'prosecutor', 'editor', 'chief', 'ambassador', 'coordinator', 'speaker', 'principal', 'rector', 'dean', 'warden', 'commissioner', 'superintendent'];
const POST_ASKED = new RegExp(`^\\s*who\\s+(?:is|was|are|were)\\b.*?\\b(${POST_WORDS.join('|')})\\b`, 'i');

/**
 * "Who is the warden of Kell prison?": a post asked without "deputy", "vice", "former", "adviser to", "co-" is not
 * answered by a person the sentences call only the deputy warden, the former warden or an adviser to the warden;
 * that is another post, and who holds the one asked is not told. Declined.
 */
function roleQualifiedOnly(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  const q = intent.question ?? '';
  const post = POST_ASKED.exec(q)?.[1]?.toLowerCase();
  // (A question asking the qualified post itself, "who is the adviser to the governor", "the co-president", is not.)
  if (!post || /\b(?:deputy|vice|assistant|acting|interim|former|ex|co|advis[eo]r|aide|counsell?or)\b/i.test(q)) return given;
  // (Folded: "vice-président" is a vice-president.)
  const said = fold([given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' '));
  const at = [...said.matchAll(new RegExp(`\\b${post}s?\\b`, 'gi'))].map((m) => m.index ?? 0);
  if (!at.length || at.some((i) => !ROLE_QUALIFIER.test(said.slice(Math.max(0, i - 40), i)))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The sentences name only a deputy, an adviser or a former ${post}, not the ${post} asked.`, suggestionsFor(intent, index));
}

/**
 * "what was the turnout at the kessel gate demo?": a count is of the occasion the question places by a name (a
 * word between "at the" and the occasion's noun that the archive writes, only ever capitalised), and a count from
 * reports none of which writes that name (not even with a typo: "Kesseler") is of another occasion.
 */
function landmarkUnheld(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const m = LANDMARK_ASKED.exec(fold(intent.question ?? ''));
  if (!m) return given;
  const lex = lexiconOf(index);
  const named = (m[1] as string).split(' ').filter((w) => w.length >= 5 && !isFunctionWord(w) && inVocab(lex, w) && !lex.lowerSeen.has(w) && !COUNTRIES.has(w));
  if (!named.length) return given;
  const held = (w: string) =>
    given.citations.some((c) => {
      const p = profileOf(index, c.articleId);
      const key = tokenize(w)[0]?.key ?? w;
      return !!p && reportHas(p, key, w, true);
    });
  if (named.every(held)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No report giving a figure names “${named.filter((w) => !held(w)).join(' ')}”.`, suggestionsFor(intent, index));
}
/** "at the kessel gate demo", "outside the arno hall rally": the words placing an occasion, before its noun. */
const LANDMARK_ASKED = /\b(?:at|outside|near|in front of)\s+the\s+((?:[a-z]+\s+){1,3}?)(?:demo|demonstration|rally|protest|march|vigil|gathering|sit-in)s?\b/;

/**
 * "did anyone from the senate speak at the Kastel rally?", "did anybody get arrested?": asked whether someone did, a
 * sentence quoted that names no one of the archive answers neither yes nor who.
 */
function nobodyNamed(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !PASSAGE_ANSWER.test(given.text) || !ANYONE_ASKED.test(intent.question ?? '')) return given;
  const names = given.citations.some((c) => {
    const sentence = index.sentencesOf(c.articleId)[c.sentence];
    return !!sentence && peopleInSentence(index, c.articleId, sentence).length > 0;
  });
  return names ? given : notAnswered(intent, 'The archive has nothing that answers this. No sentence names who did it.', suggestionsFor(intent, index));
}
/** "did anyone …", "was anybody …", "has someone …": a question whether someone did something. */
const ANYONE_ASKED = /^(?:and\s+|so\s+)?(?:did|does|do|was|were|has|have|had|is|are)\s+(?:any\s*(?:one|body)|some\s*(?:one|body))\b/i;

/** Head nouns of venues inside a town (not of the town, its province or country). */
const VENUE_HEADS = /^(?:hall|square|plaza|park|street|avenue|boulevard|embassy|consulate|building|gate|bridge|station|church|mosque|stadium|arena|parliament|palace|monument|memorial|museum|library|courthouse|capitol)$/;

/** Head nouns of places in French and German names ("Brenner Tor", "rue de Varnia"), kin to the question's "Gate", "Street". */
const PLACE_HEADS_ABROAD = new Set(['tor', 'rue', 'porte', 'pont', 'gare', 'quai', 'parvis', 'markt', 'brucke', 'ufer']);

/**
 * "From where did the police take injured protesters during the Kestrin strikes?": a place answer that names only the
 * place the question itself gives (however the report spells it: "Kestrin Province" for "Kestrin") tells nothing
 * new; it is the place of the whole affair, read from a sentence about something else. Declined.
 */
function placeGivenBack(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where' || PASSAGE_ANSWER.test(given.text)) return given;
  const lead = given.text.split(/ \(according|[:“]/)[0] ?? '';
  const names = tokenize(lead).filter((t) => t.cap && !PLACE_WORDS.has(t.fold) && !PLACE_HEADS_ABROAD.has(t.fold) && !isFunctionWord(t.fold)).map((t) => t.fold);
  if (!names.length) return given;
  const tokens = tokenize(intent.question ?? '');
  const asked = tokens.filter((t) => t.cap).map((t) => t.fold);
  // ("Where did the Kestrin court move to?" answered "Kestrin District Court": the place's own name is the question's,
  // and its common words, "court", stand in the question too.)
  const written = new Set(tokens.filter((t) => !t.cap).map((t) => t.fold));
  const own = names.filter((n) => asked.some((q) => similarWord(q, n)));
  if (!own.length || !names.every((n) => own.includes(n) || written.has(n))) return given;
  // ("where in Kessel was the rally?" → "Kessel City Hall": a venue named after the town asked is what was asked.)
  const words = new Set(tokens.map((t) => t.fold));
  if (tokenize(lead).some((t) => t.cap && VENUE_HEADS.test(t.fold) && !words.has(t.fold))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The only place the closest sentence gives is the one the question names.', suggestionsFor(intent, index));
}

/** "outside which university …", "which embassy …": the noun a question asks to be named. */
const WHICH_NOUN = /\b(?:which|what)\s+(\p{Ll}{4,})\b/u;
/** Kinds of body a which-question may ask to be named. */
const BODY_ASKED = /^(?:court|courts|tribunal|committee|council|ministry|agency|embassy|university|newspaper|organi[sz]ation|union|commission)$/;
/** Other words a report names a body of the kind asked by ("which union" of a syndicate, "which court" of a tribunal). */
const BODY_KIN: Readonly<Record<string, RegExp>> = {
  union: /\b(?:syndicate|guild|association|federation|confederation)\b/,
  court: /\btribunal\b/,
  tribunal: /\bcourt\b/,
  committee: /\bcommission\b/,
  commission: /\bcommittee\b/,
  newspaper: /\b(?:daily|paper|journal|weekly|gazette)\b/,
  organisation: /\b(?:group|association|network|league|society|foundation|institute)\b/,
  organization: /\b(?:group|association|network|league|society|foundation|institute)\b/,
  agency: /\b(?:office|service|bureau)\b/,
  ministry: /\b(?:minister|department)\b/,
};
/** A passage answer: the quoted sentence alone, with no typed answer before it. */
const PASSAGE_ANSWER = /^According to (?:“[^”]*”|[^:“,(]+)(?: \([^)]*\))?: “/;

/**
 * "Outside which university did the protesters gather?": a passage that writes the noun asked only after "a" ("outside
 * a university in Arlen") says the report leaves it unnamed there; given as the answer, it names nothing.
 */
function unnamedWhich(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !PASSAGE_ANSWER.test(given.text)) return given;
  // ("Which court …": the question's opening word is written capitalised.)
  const noun = WHICH_NOUN.exec((intent.question ?? '').replace(/\b(?:Which|What)\b/g, (w) => w.toLowerCase()))?.[1];
  if (!noun || isFunctionWord(noun)) return given;
  const said = given.text.slice(given.text.indexOf('“')).toLowerCase();
  let at = said.indexOf(noun);
  // ("Which court upheld the verdict?" answered "“The verdict is upheld.”": a passage that never writes the kind of
  // body asked names none.)
  // ("Which union called the strike?" of "the Cane Workers Syndicate called …": a body of the kind asked, named by
  // another word for it, is named.)
  if (at < 0) return BODY_ASKED.test(noun) && !BODY_KIN[noun.replace(/s$/, '')]?.test(said) ? notAnswered(intent, `The archive has nothing that answers this. The sentence closest to it does not name the ${noun}.`, suggestionsFor(intent, index)) : given;
  const written = given.text.slice(given.text.indexOf('“'));
  for (; at >= 0; at = said.indexOf(noun, at + noun.length)) {
    if (!/\b(?:a|an|one|another)\s+(?:[\p{L}-]+\s+)?$/u.test(said.slice(Math.max(0, at - 30), at))) return given;
    // ("Ghezel Vale, a prison west of the capital": a name and a comma before "a prison" name it.)
    if (/\p{Lu}[\p{L}'’-]*,\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?$/u.test(written.slice(Math.max(0, at - 60), at))) return given;
  }
  return notAnswered(intent, `The archive has nothing that answers this. The sentence closest to it does not name the ${noun}.`, suggestionsFor(intent, index));
}

/** "where does X live", "where is the family staying": a question asking where someone lives. */
const HOME_ASKED = /\bwhere\b.*\b(?:live|lives|living|lived|reside|resides|resided|residing|stay|stays|staying|stayed|settle|settled)\b/i;
/** Words telling where someone lives ("he lives in a garage in Arlen", "their home in Brisk", "sheltering in a school"). */
const HOME_TOLD = /\b(?:live|lives|living|lived|reside|resides|resided|residing|residents?|stay|stays|staying|stayed|settled|home|homes|house|housed|shelter(?:s|ed|ing)?|sleep(?:s|ing)?|slept|rent(?:s|ed|ing)?|moved)\b/i;

/** "Where is the Observatory based / headquartered?": the seat of a body, which a sentence tells in those words. */
const SEAT_ASKED = /\bwhere\b.*(?<![\p{L}])(?:based|headquartered|headquarters|hq|seated|bas[ée]e?s?|install[ée]e?s?)(?![\p{L}])/iu;
/** Words telling where a body is based ("a group based in Kessa", "the Kessa-based monitor", "its head office in …"). */
// (In French: "l'ONG basée à Lisbonne", "installée à Lisbonne", "dont le siège est à …".)
const SEAT_TOLD = /\b(?:based|headquartered|headquarters|head\s+office|(?:its|their|whose)\s+(?:seat|offices?))\b|-based\b|(?<![\p{L}])(?:bas|install)[ée]e?s?\s+(?:à|en|au)(?![\p{L}])|(?<![\p{L}])siège(?![\p{L}])/iu;

/** The kinds of place a where-question may ask of someone, each told only in its own words. */
const OWN_PLACES_ASKED: ReadonlyArray<{ asked: RegExp; told: RegExp; untold: string }> = [
  { asked: HOME_ASKED, told: HOME_TOLD, untold: 'No sentence tells where the person asked lives.' },
  { asked: SEAT_ASKED, told: SEAT_TOLD, untold: 'No sentence tells where the body asked is based.' },
];

/**
 * "where does the hundredth refugee live?", "where is the monitor based?": a place read from a sentence that tells of
 * no one living anywhere (the centre where refugees queue to register), or of no body's seat, is where something else
 * happened; only evidence telling of a home, or of a seat, answers.
 */
function homeUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where') return given;
  const kind = OWN_PLACES_ASKED.find((k) => k.asked.test(intent.question ?? ''));
  if (!kind || given.citations.some((c) => kind.told.test(c.excerpt ?? ''))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. ${kind.untold}`, suggestionsFor(intent, index));
}

/**
 * "When did the strikes begin, according to CHRI's report?", "which provinces, according to Iran Human Rights?": a
 * body the question names as its source (an acronym, or a name with a body's head word) that the archive writes is
 * written in the report the answer stands on; a day or a place read from a report that never names it is another
 * source's account, and no answer. (Counts have their own, finer check: `bodyAskedUnwritten`.)
 */
function sourceUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects === 'count') return given;
  const first = given.citations[0];
  if (!first) return given;
  const named = intent.analysis.terms.filter((t) => t.sort === 'source' && /^\p{Lu}/u.test(t.text) && t.fold.length >= 3 && !COUNTRIES.has(t.fold));
  if (!named.some((t) => ORG_WORDS.has(t.fold) || ALL_CAPS.test(t.text))) return given;
  // (A source no report writes, an outlet the asker read elsewhere, tells nothing of which report answers.)
  if (!named.every((t) => index.documentFrequency(t.fold).df > 0)) return given;
  const p = profileOf(index, first.articleId);
  const publisher = ` ${fold(index.article(first.articleId)?.publisher ?? '')} `;
  if (!p || named.every((t) => reportHas(p, t.key, t.fold, false) || publisher.includes(` ${t.fold} `))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The report that tells it does not name the source asked.', suggestionsFor(intent, index));
}

/** "Which news agency reported …", "what paper covered …": a question asking the outlet a report came from. */
const OUTLET_ASKED =
  /^(?:which|what)\s+(?:news\s+|press\s+|wire\s+)?(?:agency|agencies|newspapers?|papers?|outlets?|media|publications?|wires?|websites?|sites?|broadcasters?|channels?)\b.*\b(?:report|reports|reported|covered|covers|cover|broke|published|publish|quoted|quotes|quote|cited|cites|cite)\b/i;

/**
 * "Which news agency reported that the court lifted the ban?": only an outlet answers — one a quoted sentence
 * credits ("…, Harbour Wire reports", "according to Harbour Wire", "(Harbour Wire)") or the cited report's own
 * publisher. A body or a person the sentence merely names, or a list of reports that mention the topic, is none.
 */
function outletUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!OUTLET_ASKED.test(intent.question ?? '')) return given;
  if (!given.answered) return outletFromPassages(intent, index) ?? given;
  const lead = given.text.split('“')[0] ?? '';
  const names = lead.match(/\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*)*/gu) ?? [];
  const said = ` ${given.citations.map((c) => fold(c.excerpt ?? '')).join(' ')} `;
  const publishers = given.citations.map((c) => ` ${fold(index.article(c.articleId)?.publisher ?? '')} `);
  const credited = names.some((raw) => {
    const n = fold(raw);
    if (n.length < 2 || /^(?:according|the|a|an)$/.test(n)) return false;
    if (publishers.some((p) => p.includes(` ${n} `))) return true;
    return [`${n} report`, `reported by ${n}`, `according to ${n} `, `reports ${n} `, `reported ${n} `, `quoted by ${n} `, `quoted by the ${n} `, `cited by ${n} `, `cited by the ${n} `].some((k) => said.includes(k));
  });
  if (credited) return given;
  return outletFromPassages(intent, index) ?? notAnswered(intent, 'The archive has nothing that answers this. No sentence credits an outlet with that report.', suggestionsFor(intent, index));
}

/** Words of a question asking an outlet that no sentence telling the report needs to hold. */
const OUTLET_WORDS = stemSet(['which', 'what', 'news', 'press', 'wire', 'agency', 'agencies', 'newspaper', 'newspapers', 'paper', 'papers', 'outlet', 'outlets', 'media', 'publication', 'website', 'site', 'broadcaster', 'channel', 'report', 'reported', 'reports', 'covered', 'cover', 'broke', 'published', 'quoted', 'quote', 'cited']);

/**
 * An outlet the sentence credits with what it tells: "…, Harbour Wire reports.", "…, reported Harbour Wire.", or
 * the one that quoted whoever said it: "…, quoted by the Harbour Wire news agency."
 */
const OUTLET_CREDITED = /,\s*(?:the\s+)?(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\s+(?:reports|reported)\s*[.;]|,\s*(?:reported|reports)\s+(?:the\s+)?(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\s*[.;]|,\s*(?:quoted|cited)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})/u;

/** The outlet the best sentence telling what the question asks credits with it, if that sentence credits one. */
function outletFromPassages(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const pick = pickPassages(index, intent.question ?? '', { ignore: OUTLET_WORDS })[0];
  const m = pick ? OUTLET_CREDITED.exec(pick.sentence.text) : null;
  const outlet = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!pick || !outlet) return undefined;
  return answered(intent, `${outlet} (according to ${sourceOf(index.article(pick.articleId))}): “${clip(pick.sentence.text, 400)}”`, citeAll(index, [provOf(pick.articleId, pick.sentence)]));
}

/** "Which Canadians spoke …", "what Norlandic lawmaker attended …": a people named where the asking word points. */
const PEOPLE_ASKED = /^(?:which|what)\s+(\p{Lu}[\p{L}-]+)\s/u;

/**
 * "Which Canadians spoke at the congress?": the people a who-answer names must each be told as of that country
 * (their role or their words saying it: "former Prime Minister of Canada"); a list of every speaker, or one speaker
 * nothing ties to the country, is declined.
 */
function nationalityUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || (intent.kind !== 'who' && intent.kind !== 'role')) return given;
  const m = PEOPLE_ASKED.exec(intent.question ?? '');
  const people = m ? tokenize(m[1] as string)[0] : undefined;
  if (!people || !people.key.startsWith('@') || !COUNTRIES.has(people.key.slice(1))) return given;
  const lead = given.text.split('“')[0] ?? '';
  // (A passage quoted whole names no one itself: it stands when it writes the country.)
  if (/^According to (?:“[^”]*”|[^:“]*)(?: \([^)]*\))?: “/.test(given.text)) return given.citations.some((c) => tokenize(c.excerpt ?? '').some((t) => t.key === people.key)) ? given : notAnswered(intent, `The archive has nothing that answers this. No sentence tells which people were ${m?.[1]}.`, suggestionsFor(intent, index));
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < lead.length; i++) {
    const ch = lead[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';')) {
      items.push(lead.slice(from, i));
      from = i + 1;
    }
  }
  items.push(lead.replace(/\s*\((?:according to|reported by)[^)]*\)\s*[:.]?\s*$/, '').slice(from));
  const told = items.filter((x) => /\p{Lu}/u.test(x)).every((x) => tokenize(x).some((t) => t.key === people.key));
  if (told) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence tells which of the people named are ${m?.[1]}.`, suggestionsFor(intent, index));
}

/** An answer whose reports never name the body the question asks the count of is refused (`bodyAskedUnwritten`). */
function bodyUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!bodyAskedUnwritten(intent, index, given)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No report that gives the figure names the source asked.', suggestionsFor(intent, index));
}

/**
 * The means of an attack a question names ("the chemical attack", "the drone strike", "the car bombing"): a word of
 * the genre's weapons and means right before a noun of attack.
 */
const MEANS_OF_ATTACK =
  /\b(chemical|gas|sarin|chlorine|nerve|toxic|suicide|car|truck|bomb|barrel|drone|missile|rocket|mortar|artillery|air|aerial|knife|gun|arson|sniper|grenade|cluster|incendiary|phosphorus|napalm|nuclear|acid)[\s-]+(?:attacks?|strikes?|bombings?|raids?|assaults?|shelling|massacres?|explosions?|blasts?)\b/i;

/** Means written in other words for the same attack ("a gas attack" is a chemical one; an air raid is by warplanes). */
const MEANS_FAMILIES: readonly (readonly string[])[] = [
  ['chemical', 'gas', 'sarin', 'chlorine', 'nerve', 'toxic', 'poison'],
  ['air', 'aerial', 'warplane', 'jet', 'helicopter', 'plane', 'bomber'],
];

/**
 * "How many were killed in the chemical attack in Dervan?": an answer whose report tells of the means asked neither in
 * its head (title and first sentences) nor in the sentences it quotes (an air raid on the town's market, in a report
 * that only recalls another town's chemical attack) is about another attack, and is refused.
 */
function meansUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const means = MEANS_OF_ATTACK.exec(intent.question)?.[1]?.toLowerCase();
  if (!means) return given;
  const family = MEANS_FAMILIES.find((f) => f.includes(means)) ?? [means];
  // (Whole words, and the compounds they open: "airstrike", "warplanes"; "car" is not in "carried".)
  const written = new RegExp(`\\b(?:${family.join('|')})(?:s|es|strikes?|raids?|borne|planes?|craft)?\\b`);
  const excerpts = given.citations.map((c) => c.excerpt ?? '').join(' ');
  const writes = (articleId: string) => {
    const head = [index.article(articleId)?.title ?? '', ...index.sentencesOf(articleId).slice(0, 2).map((x) => x.text), excerpts].join(' ');
    return written.test(fold(head).replace(/[^\p{L}\p{N}]+/gu, ' '));
  };
  if (given.citations.some((c) => writes(c.articleId))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No report that answers tells of a ${means} attack.`, suggestionsFor(intent, index));
}

/** Ordinals in words, by their value. */
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** Ordinals in French and German words, by their value ("premier anniversaire", "zweiten Jahrestag"). */
const FOREIGN_ORDINALS: Readonly<Record<string, number>> = {
  premier: 1, première: 1, deuxième: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10,
  erste: 1, ersten: 1, erster: 1, zweite: 2, zweiten: 2, zweiter: 2, dritte: 3, dritten: 3, dritter: 3, vierte: 4, vierten: 4, fünfte: 5, fünften: 5, sechste: 6, sechsten: 6, siebte: 7, siebten: 7, achte: 8, achten: 8, neunte: 9, neunten: 9, zehnte: 10, zehnten: 10,
};

/** Nouns a report in French or German numbers, as the English question says them (folded, singular). */
const NUMBERED_NOUN_IN_ENGLISH: Readonly<Record<string, string>> = { anniversaire: 'anniversary', jahrestag: 'anniversary', jahrestage: 'anniversary', tour: 'round', wahlgang: 'round', runde: 'round' };

/**
 * An ordinal and the noun it numbers: "the second round", "the 17th arrondissement", "the 26th anniversary", "17e
 * arrondissement", "deuxième anniversaire", "26. Jahrestag".
 */
const ORDINAL_NOUN = new RegExp(`(?<![\\p{L}\\d])(${[...ORDINAL_WORDS, ...Object.keys(FOREIGN_ORDINALS)].join('|')}|\\d{1,3}(?:st|nd|rd|th|e|er|ème|eme|\\.))\\s+(\\p{L}{3,})`, 'giu');

/** The ordinals a text writes before each noun (folded, singular). */
function ordinalsByNoun(text: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const m of text.matchAll(ORDINAL_NOUN)) {
    const word = (m[1] as string).toLowerCase();
    const n = /^\d/.test(word) ? parseInt(word, 10) : (FOREIGN_ORDINALS[word] ?? Number(normalizeNumberWord(word)));
    const folded = fold(m[2] as string).replace(/s$/, '');
    // ("26. Jahrestag" is German's ordinal; "killed 300. Police …" ends a sentence: a number and a full stop number
    // only the German nouns known.)
    if (word.endsWith('.') && !(folded in NUMBERED_NOUN_IN_ENGLISH)) continue;
    const noun = NUMBERED_NOUN_IN_ENGLISH[folded] ?? folded;
    const set = out.get(noun) ?? new Set<number>();
    set.add(n);
    out.set(noun, set);
  }
  return out;
}

/**
 * "… after the second round of the election?", "… at the 16th arrondissement town hall?": an answer from reports that
 * number that thing only otherwise (the first round, the 17th arrondissement) tells of another one, and is refused. A
 * report that never numbers it cannot say.
 */
function ordinalUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const asked = ordinalsByNoun(intent.question);
  if (!asked.size) return given;
  for (const [noun, ns] of asked) {
    // (The report the answer rests on, its first citation: another report it adds "of another occasion" does not
    // make its words the ones asked.)
    const lead = given.citations[0];
    const told = lead ? ordinalsByNoun(index.article(lead.articleId)?.text ?? '').get(noun) : undefined;
    const other = !!told && (![...ns].some((n) => told.has(n)) || (!!lead && nearestNumbersOtherwise(index, lead.articleId, lead.sentence, noun, ns)));
    if (other) return notAnswered(intent, `The archive has nothing that answers this. The reports that answer tell of another ${noun} than the ${[...ns].map(ordinal).join(' or ')}.`, suggestionsFor(intent, index));
  }
  return given;
}

/**
 * "Thousands rallied after the first round …; … the second round is set for July 5": a report that numbers the thing
 * both ways tells of the one its answering sentence stands by. The sentence nearest the cited one that numbers it (the
 * earlier of two as near) numbering it only otherwise, the answer is of that other one.
 */
function nearestNumbersOtherwise(index: ArchiveIndex, articleId: string, at: number | undefined, noun: string, asked: ReadonlySet<number>): boolean {
  if (at === undefined) return false;
  const numbering = index
    .sentencesOf(articleId)
    // (Less the ordinals of an office a person holds: "Mayor of the 1st District Ana Brook" numbers her district.)
    .map((s) => ({ s, told: ordinalsByNoun(s.text.replace(OFFICE_OF_ORDINAL, ' ')).get(noun) }))
    .filter((x): x is { s: (typeof x)['s']; told: Set<number> } => !!x.told);
  if (!numbering.length) return false;
  const nearest = numbering.reduce((best, x) => (Math.abs(x.s.index - at) < Math.abs(best.s.index - at) ? x : best));
  return ![...asked].some((n) => nearest.told.has(n));
}

/** An office held of a numbered place: "Mayor of Paris's 1st District", "deputy for the 3rd constituency", "maire du 5e". */
const OFFICE_OF_ORDINAL = /\b(?:mayor|maire|deputy|mp|councill?or|conseill[eè]re?|representative|member|president|head|chair(?:man|woman)?|governor|senator|b[uü]rgermeister(?:in)?)\s+(?:of|for|du|de\s+la|de|des)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?(?:\d{1,3}(?:st|nd|rd|th|e|er|ème|eme)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+\p{L}+/giu;

/** 1 → "1st", 17 → "17th". */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * "Where did the barrel bombs fall in Dervan?": a place answer naming only another city the archive knows (the
 * northern city of Kessab), from sentences that never name the city asked, tells of something else there. Declined.
 */
function otherCityUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where' || !given.citations.length) return given;
  const known = knownCities(index);
  const asked = intent.analysis.terms.filter((t) => t.locative && known.has(t.fold)).map((t) => t.fold);
  if (!asked.length) return given;
  const lead = given.text.split(/ \(according|[:“]/)[0] ?? '';
  const named = [...lead.matchAll(/\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)*/gu)].map((m) => fold(m[0])).filter((n) => known.has(n));
  if (!named.length || named.some((n) => asked.includes(n))) return given;
  const said = ` ${fold(given.citations.map((c) => c.excerpt ?? '').join(' '))} `;
  if (asked.some((c) => said.includes(` ${c} `))) return given;
  // ("Where in the Dornia protests …" answered "Velk" by a report that writes "Dornia province": a province, region
  // or state asked holds the town its own report names.)
  const reports = given.citations.map((c) => ` ${fold(index.article(c.articleId)?.text ?? '')} `);
  if (asked.some((c) => reports.some((r) => new RegExp(` ${escapeRe(c)} (?:province|region|county|state) | (?:province|region|county|state) of ${escapeRe(c)} `).test(r)))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The sentence that answers tells of another city than the one asked.', suggestionsFor(intent, index));
}

/**
 * "How many attended the Kessa rally in 2030?" answered from a report that writes no year at all and is not dated:
 * the answer stands (the reports of a community's archive often leave the year to the page around them), but says
 * the year asked is not confirmed, rather than let it pass for that year's.
 */
/** A year as a report writes it (1900–2099), standing alone. */

function yearUnstatedNoted(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  const years = intent.analysis.years;
  if (!given.answered || !years.length || !given.citations.length || /\byear not stated\b/.test(given.text)) return given;
  // (Read off the report's own text and fields: a report's profile, built on its first reading, would cost a first
  // question more than the rest of its checks.)
  const undated = given.citations.every((c) => {
    const a = index.article(c.articleId);
    return !!a && !a.date.year && !YEAR_WRITTEN.test([a.title, a.publisher ?? '', a.dateline ?? '', a.url ?? '', a.storedOn ?? '', a.text].join(' '));
  });
  if (!undated) return given;
  return { ...given, text: `${given.text} (The report states no year, so this may not be from ${years.join(' or ')}.)` };
}

/** Keys of counted nouns that name people at large, whatever else they say ("Iranians", "protesters", "members"). */
// (Family keys, "@people", "@attend", are never a kind asked; "members" is read by its word, see `countedUntold`.)
const PEOPLE_AT_LARGE = new Set(['exiles', 'civilians', 'activists', 'residents', 'citizens', 'person'].map(keyOf));

/**
 * "how many orlans got executed?": a count asked of a group the question names by a name (a people, a faith, a
 * party) is answered by a figure of that group; one that never names the group ("266 prisoners were executed") counts
 * everyone, and is no answer.
 */
function groupUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  const counted = intent.analysis.counted ?? [];
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  // (Asked in lower case, "how many orlans", a word the archive only ever writes capitalised is a name too.)
  const lex = lexiconOf(index);
  const named = (t: QuestionTerm) => t.sort === 'name' || isProperInArchive(lex, t.key) || isProperInArchive(lex, t.fold.replace(/s$/, ''));
  const groups = intent.analysis.terms.filter((t) => counted.includes(t.key) && named(t) && !t.key.startsWith('@') && !PEOPLE_AT_LARGE.has(t.key) && !COUNTRIES.has(t.fold) && t.fold.length >= 4);
  if (!groups.length) return given;
  const said = tokenize(given.text).map((t) => t.fold);
  if (groups.every((g) => said.some((w) => w.startsWith(g.fold.slice(0, 4))))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No figure counts the group asked.', suggestionsFor(intent, index));
}

/** "how old is X?", "what age were they?": an age is asked. */
const AGE_ASKED = /\bhow old\b|\bwhat age\b|\bhow young\b/i;

/**
 * An age as reports write it: "aged between 40 and 60", "a 49-year-old", "49 years old", "X, 28, …", "49 ans", "âgé de
 * 49 ans", "the two thirty-somethings", "in her fifties".
 */
const AGE_SAID =
  /\baged?\s+(?:between\s+|about\s+|around\s+|from\s+)?\d|\b\d{1,3}[- ]years?[- ]old\b|\b\d{1,3}\s+ans\b|\b[âa]g[ée]e?s?\s+de\s+\d|\p{Lu}[\p{L}.'’-]*,\s*\d{1,3}\s*,|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)-somethings?\b|\bin (?:his|her|their) (?:early |mid-|late )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/iu;

/**
 * "london hunger strikers, how old r they": an answer asked for an age says one; a passage that merely shares a word
 * of the question ("the old camp") gives none.
 */
function ageUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  const asked = AGE_ASKED.test(intent.question ?? '') || AGE_ASKED_TERSE.test(intent.question ?? '');
  if (!asked) return given;
  const person = personAsked(intent, index);
  if (!person) return !given.answered || !AGE_ASKED.test(intent.question ?? '') || AGE_SAID.test(given.text) ? given : notAnswered(intent, 'The archive has nothing that answers this. No sentence gives the age asked.', suggestionsFor(intent, index));
  const ageBy = ageByName(person.last);
  // "how old was X according to the Monitor?": the age a report crediting the Monitor gives, before another report's
  // (a source no report writes, the site a report came from, leaves every report's age).
  const sources = intent.analysis.terms.filter((t) => t.sort === 'source');
  const credited = (id: string) => sources.every((t) => ` ${fold(index.article(id)?.text ?? '')} `.includes(` ${t.fold} `));
  if (given.answered && ageBy.test(given.text) && given.citations.every((c) => credited(c.articleId))) return given;
  const fromSource = sources.length ? ageOfNamed(intent, index, person, ageBy, credited) : undefined;
  if (fromSource) return fromSource;
  if (given.answered && ageBy.test(given.text)) return given;
  return ageOfNamed(intent, index, person, ageBy, () => true) ?? (given.answered && AGE_ASKED.test(intent.question ?? '') ? notAnswered(intent, 'The archive has nothing that answers this. No sentence gives the age of the person asked.', suggestionsFor(intent, index)) : given);
}

/**
 * A person a question names: two names side by side, neither a place ("Tavo Renn", "ilse varga"); in a question
 * written in lower case, words the archive only ever writes capitalised.
 */
function personAsked(intent: Intent, index: ArchiveIndex): { last: QuestionTerm; names: QuestionTerm[] } | undefined {
  const lex = lexiconOf(index);
  const names = intent.analysis.terms.filter((t) => (t.sort === 'name' || (t.sort === 'word' && isProperInArchive(lex, t.fold))) && !t.locative && !COUNTRIES.has(t.fold) && t.fold.length >= 3);
  const k = names.findIndex((t, i) => names[i + 1]?.at === t.at + 1);
  if (k < 0) return undefined;
  // (The last of the names side by side: "Lior Ben-Avram" is written "Ben-Avram, 31,", and "Ben, 31," never.)
  let j = k + 1;
  while (names[j + 1] && names[j + 1]!.at === names[j]!.at + 1) j++;
  const last = names[j];
  return last ? { last, names: [names[k] as QuestionTerm, last] } : undefined;
}

/** An age written right by a last name: "Renn, 27, …", "the 24-year-old protester Ilse Varga". */
function ageByName(last: QuestionTerm): RegExp {
  const name = escapeRe(last.text);
  // ("X, a 31-year-old nursing student", "X, 31 years old": an age in the apposition after the name too.)
  // ("Leyla Varo (22) starb …", "the student X (23) died": the age in brackets right after the name, as German and
  // many headlines write it.)
  return new RegExp(
    `(?<![\\p{L}])${name},\\s*(?:aged\\s+)?(\\d{1,3})\\s*,|(?<![\\p{L}])${name}\\s+\\((\\d{1,3})\\)|(\\d{1,3})-year-old\\s+(?:[\\p{L}'’-]+\\s+){0,4}?${name}(?![\\p{L}])|(?<![\\p{L}])${name},\\s*(?:(?:a|an|the)\\s+(\\d{1,3})[- ]years?[- ]old\\b|(\\d{1,3})\\s+years?\\s+old\\b)`,
    'iu',
  );
}

/** "mohsen vell age?": a terse question for a person's age. */
const AGE_ASKED_TERSE = /\bage\s*\??\s*$/i;

/**
 * "How old was Tavo Renn?": the age a sentence writes right by the person's last name ("Renn, 27, …", "the
 * 24-year-old protester Tavo Renn"), in a report that writes every name the question gives; none when no sentence does.
 */
function ageOfNamed(intent: Intent, index: ArchiveIndex, person: { last: QuestionTerm; names: QuestionTerm[] }, ageBy: RegExp, credited: (articleId: string) => boolean): Answer | undefined {
  const { last, names } = person;
  for (const pick of pickPassages(index, last.text, { must: (s) => ageBy.test(s.text), minCoverage: 0 })) {
    if (!credited(pick.articleId)) continue;
    const text = ` ${fold(index.article(pick.articleId)?.text ?? '')} `;
    if (!names.every((t) => text.includes(` ${t.fold} `))) continue;
    const m = ageBy.exec(pick.sentence.text);
    const age = m?.slice(1).find((g) => g !== undefined);
    if (!age || Number(age) > 110) continue;
    return answered(intent, `${age} years old (according to ${sourceOf(index.article(pick.articleId))}): “${clip(pick.sentence.text, 400)}”`, citeAll(index, [provOf(pick.articleId, pick.sentence)]));
  }
  return undefined;
}

/**
 * "Who spoke for the harbour police at the march?": a person stands for the body asked only when the answer says so —
 * the body named before the quoted evidence (in the person's stated role) or in a cited sentence next to a word of
 * speaking for it ("police spokesman", "on behalf of the police"). A speaker with another role speaks for another.
 */
function bodySpokenForUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'agent') return given;
  const body = SPOKE_FOR.exec(intent.analysis.question)?.[1];
  if (!body || body.length < 3) return given;
  const b = fold(body);
  if (` ${fold(given.text.split('“')[0] ?? '')} `.includes(` ${b} `)) return given;
  const forBody = new RegExp(`\\b${escapeRe(b)}\\s+(?:spokes\\w*|representatives?|officials?|officers?|chiefs?|heads?|leaders?)\\b|\\b(?:spokes\\w*|representatives?|on behalf)\\s+(?:for|of)\\s+(?:the\\s+)?${escapeRe(b)}\\b`);
  if (given.citations.some((c) => forBody.test(fold(c.excerpt ?? '')))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No report names someone speaking for the body asked.', suggestionsFor(intent, index));
}

/** A crowd asked for its words ("what did the protesters chant", "what did the crowd shout", "slogans of the marchers"). */
const CROWD_ASKED = /\b(?:protest[eo]rs|demonstrators|crowds?|marchers|participants|rally-goers|supporters)\b/i;
const CROWD_WORDS_ASKED = /\b(?:chant\w*|shout\w*|sang|sing\w*|slogans?|banners?|placards?)\b/i;

/**
 * "What did the Dunmere protesters chant?": a crowd's words are told of the town asked when the quoted sentence or
 * the cited report's title and lead name it; a report on another town's march that names the town asked only among
 * "other rallies" quotes words heard elsewhere. The sentence before the quote counts too: a quote refers back to the
 * crowd it names ("Those gathered at the Old Bridge …" then "« … », ont-ils lancé").
 */
function crowdTownUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  // (Whoever the crowd's description was matched to by role, "organizers of the protest", the crowd is asked.)
  const q = intent.question ?? '';
  if (!given.answered || intent.analysis.expects !== 'statement' || !CROWD_ASKED.test(q) || !CROWD_WORDS_ASKED.test(q)) return given;
  const towns = intent.analysis.terms.filter((t) => t.sort === 'name' && /^\p{Lu}/u.test(t.text) && t.fold.length >= 3 && !COUNTRIES.has(t.fold));
  if (!towns.length) return given;
  const told = given.citations.some((c) => {
    const excerpt = tokenize(c.excerpt ?? '');
    const p = profileOf(index, c.articleId);
    // (And the sentence just before, whose crowd a quote refers back to: "The marchers gathered at the Old Bridge …"
    // then "« … », ont-ils lancé".)
    const before = p && c.sentence > 0 ? (p.tokens[c.sentence - 1] ?? []) : [];
    return towns.every((t) => tokensHold(excerpt, t) || tokensHold(before, t) || !!p?.lead.has(t.key));
  });
  return told ? given : notAnswered(intent, 'The archive has nothing that answers this. No report quotes the crowd of the place asked.', suggestionsFor(intent, index));
}

/**
 * "What did the crowd shout back after X spoke?": the crowd's words are asked; a quote the answer gives as one named
 * person's ("X said: “…”") is that person's speech, not the crowd's chant. Declined.
 */
function crowdWordsOfAPerson(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  const q = intent.question ?? '';
  if (!given.answered || intent.analysis.expects !== 'statement' || !CROWD_ASKED.test(q) || !CROWD_WORDS_ASKED.test(q)) return given;
  // (Only the crowd is asked: not "what did X tell the protesters", nor "which slogans did X lead".)
  if (!/^\s*(?:and\s+|so\s+)?what\s+did\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?(?:protest[eo]rs|demonstrators|crowds?|marchers|participants|rally-goers|supporters)\b/iu.test(q)) return given;
  // (The first quote the answer gives: its attribution, "…, Nadia Kerrow said: “", follows a title's quotes.)
  const person = /(?:^|[,)]\s*)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)\s+(?:said|told|added|stated)\b[^“:]{0,40}:\s*“/u.exec(given.text);
  if (!person) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The words found are ${person[1]}'s, not the crowd's.`, suggestionsFor(intent, index));
}

/** "Which country's embassy …", "in what country …": a country is asked. */
const COUNTRY_ASKED = /\b(?:which|what)\s+country(?:['’]s)?\b/i;

/** Words for a country's people or state that name it as well as its name does ("French", "US"). */
const COUNTRY_ADJECTIVE = /^(?:french|british|dutch|swiss|danish|swedish|finnish|polish|spanish|greek|turkish|irish|german|us|uk|united|\p{L}+(?:ian|ican|ese|ish))$/u;

/**
 * "At which country's embassy was X posted?": an answer that names no country (the town of the rally the report tells
 * of) does not say which; only a country, or its people's word, before the quoted evidence answers.
 */
function countryUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !COUNTRY_ASKED.test(intent.question ?? '')) return given;
  const lead = tokenize(given.text.split('“')[0] ?? '');
  if (lead.some((t) => COUNTRIES.has(t.fold) || (t.cap && COUNTRY_ADJECTIVE.test(t.fold)))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence names the country asked.', suggestionsFor(intent, index));
}

/**
 * "Which city did X travel from?", "where did X come from?": a place asked of what a person did is read from a
 * sentence naming that person; a place of the march X joined, told in a sentence that never names X, is not where X
 * came from.
 */
function personsPlaceUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where' || !intent.slots.people?.length) return given;
  const q = intent.question ?? '';
  // (Only where the person came or travelled from is asked: "where did X speak?" may be told by "She spoke at …".)
  if (!/\b(?:from|come|came|travel(?:l?ed)?|arrive[ds]?|flew|fled)\b/i.test(q)) return given;
  const cited = ` ${fold(given.citations.map((c) => c.excerpt ?? '').join(' '))} `;
  const missing = intent.slots.people.some((id) => {
    const last = fold(index.speaker(id)?.name ?? '').split(' ').at(-1);
    if (!last || last.length < 3) return false;
    const subject = new RegExp(`\\b(?:did|does|do|has|had|was|is|were)\\s+(?:[\\p{L}'’.-]+\\s+){0,2}?${escapeRe(last)}\\b`, 'iu').test(fold(q));
    return subject && !cited.includes(` ${last} `);
  });
  return missing ? notAnswered(intent, 'The archive has nothing that answers this. No sentence tells it of the person asked.', suggestionsFor(intent, index)) : given;
}

/**
 * A question that asks for a number, however it is worded ("…, amnesty number?", "what share of …", "the toll?",
 * "what did the group put the death toll at?").
 */
const NUMBER_ASKED =
  /\b(?:how many|how much|what (?:number|figure|share|percentage|proportion|percent|total|toll|tally|count)|which (?:number|figure|toll|total))\b|\b(?:number|figure|count|total|toll|tally|estimate|percentage|share)\s*\??\s*$|\b(?:put|puts|putting|place|placed|places|placing|set|sets|setting|estimate|estimated|estimates)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:toll|number|figure|count|total|tally|dead|casualties)\s+at\b/iu;

/**
 * A question with no word that asks, naming something counted ("…rally, arrests in iran so far?", "…strikes - dead
 * overnight?"): it asks for that number, however the words after it run on.
 */
const COUNT_ASKED_TERSELY =
  /^(?!.*\b(?:who|whom|whose|what|whats|when|where|which|how|why)\b)(?=.*\b(?:arrests|detentions|deaths|dead|toll|executions|casualties|fatalities|turnout|crowd size|head ?count)\b)/is;

/** A number in words or figures ("12,000", "hundreds", "a dozen", "half", "56 percent"). */
const NUMBER_SAID =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores|half|third|quarter|tens)\b/i;

/**
 * "Iran executions 2023 for drug offences, amnesty number?": an answer asked for a number states one; a passage
 * that merely shares the question's words ("these numbers likely underestimate …") gives none.
 */
function numberUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  // ("Which figure addressed the crowd?", "who was the leading opposition figure?" ask a person.)
  if (!given.answered || intent.analysis.expects === 'agent' || intent.analysis.expects === 'role' || !(NUMBER_ASKED.test(intent.question ?? '') || COUNT_ASKED_TERSELY.test(intent.question ?? ''))) return given;
  // (What the answer says, not the date of its source in brackets nor the title it is credited to.)
  const said = given.text.replace(/\([^)]*\)/g, ' ').replace(/^According to “[^”]*”/, ' ');
  // (In French or German words too: "un millier", "Tausende", "cinquante mille".)
  if (NUMBER_SAID.test(said) || findAmounts(said).length > 0) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence gives the number asked.', suggestionsFor(intent, index));
}

/** "Second", "third", … as a question asks a rank ("which province came second", "the third-largest crowd"). */
const RANK_ASKED =
  /\b(?:came|comes|ranked|ranks|ranking|placed|finished|stood|was|were|is|are)\s+(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\b|\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)[-\s](?:highest|largest|biggest|most|lowest|smallest|deadliest|worst|hardest[-\s]hit)\b/i;

/**
 * "Which province came second in the count?": a rank other than the first is read from an order the reader does
 * not follow (a list "A (39,393), followed by B (31,932)"), so an answer stands only when what it quotes says
 * that rank in words; else the first of the list would be given for the second.
 */
function rankUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  const m = given.answered ? RANK_ASKED.exec(intent.question ?? '') : null;
  if (!m) return given;
  const rank = (m[1] ?? m[2] ?? '').toLowerCase();
  const said = given.citations.map((c) => c.excerpt ?? '').join(' ');
  if (new RegExp(`\\b${rank}\\b`, 'i').test(said)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No report says which came ${rank}.`, suggestionsFor(intent, index));
}

/** "Where was the funeral held", "where did the vigil … take place": the words of the occasion a place is asked of. */
const OCCASION_HELD = /^\s*where\s+(?:was|were|is|are|did|does|do|will|would)\s+(.+?)\s+(?:be\s+)?(?:held|staged|take\s+place|took\s+place|taking\s+place)\b/i;

/**
 * "Where was Lena Varo's funeral held?": a place read from a sentence that never tells of the occasion asked (the
 * country a sentence on her death names) is where something else happened; the place of the funeral is told with it.
 * Any word of the occasion's phrase will do ("the funeral of the poet": the funeral, or the poet).
 */
function occasionUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where') return given;
  const phrase = OCCASION_HELD.exec(intent.question ?? '')?.[1];
  if (!phrase) return given;
  const words = intent.analysis.terms.filter((t) => t.sort === 'word' && !isFunctionWord(t.fold) && new RegExp(`(?<![\\p{L}])${escapeRe(t.text)}(?![\\p{L}])`, 'u').test(phrase));
  // (A gathering — a rally, a march, a protest — is told in many words, "took to the streets", "filled the square": only
  // an occasion of another kind, a funeral, a trial, a ceremony, is held to its word.)
  if (!words.length || words.some((w) => w.key.startsWith('@'))) return given;
  const said = given.citations.flatMap((c) => tokenize(c.excerpt ?? ''));
  if (words.some((w) => said.some((t) => t.key === w.key || t.parts?.includes(w.key)))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence tells where the ${words.map((w) => w.text).join(' ')} was.`, suggestionsFor(intent, index));
}

/**
 * "How many minors were among the 241 dead?", "who announced the 730 arrests?": a number the question states names the
 * figure it is about. A count read from a report that never writes that number is of another figure (another group's
 * toll, another day's); a person or body read from a sentence that neither writes it nor follows one that does
 * ("This was announced by …" after another count) is who told something else.
 */
function statedNumberUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  // (A number as written, "241", "1,500": not "9k" nor "a 40-day report", which reports write otherwise.)
  const numbers = intent.analysis.terms.filter((t) => t.sort === 'number' && Number(t.key) >= 10 && /^\d[\d,]*$/.test(t.text) && new RegExp(`(?<![\\w.,-])${escapeRe(t.text)}(?![\\w-]|[.,]\\d)`).test(intent.question ?? ''));
  const first = given.citations[0];
  if (!numbers.length || !first) return given;
  const p = profileOf(index, first.articleId);
  if (!p) return given;
  const pointsBack = intent.analysis.expects === 'agent' && /^(?:This|That|These|Those|It)\s+(?:was|were|is|are|had|has)\b/.test(first.excerpt ?? '');
  const near = pointsBack ? [first.sentence - 1, first.sentence] : p.tokens.map((_, i) => i);
  const title = pointsBack ? [] : tokenize(p.article.title ?? '');
  if (numbers.every((t) => tokensHold(title, t) || near.some((i) => tokensHold(p.tokens[i] ?? [], t)))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest answer is not about the ${numbers.map((t) => t.text).join(', ')} the question names.`, suggestionsFor(intent, index));
}

/** Measures whose counts a report's period dates (a toll, a tally of hangings), unlike a crowd, which is its own day's. */
const PERIOD_MEASURES: ReadonlySet<string> = new Set(['killed', 'injured', 'arrested', 'executed', 'missing', 'displaced']);

/**
 * "How many were hanged in 2031?" against a report titled "Final tally of hangings in 2030", published in January 2031:
 * a count whose sentence writes no year, in a report whose title names only other years, is of the title's year (the
 * report's own date, the next year, tells when the tally was made, not what it counts).
 */
function titleYearUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || intent.analysis.years.length !== 1) return given;
  if (!PERIOD_MEASURES.has(intent.slots.measure ?? '')) return given;
  const asked = String(intent.analysis.years[0]);
  const first = given.citations[0];
  if (!first || (first.excerpt ?? '').includes(asked)) return given;
  const titleYears = titleCountYears(index.article(first.articleId)?.title ?? '').map(String);
  if (!titleYears.length || titleYears.includes(asked)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The report giving the closest count is about ${titleYears.join(', ')}, not ${asked}.`, suggestionsFor(intent, index));
}

/** The answer the reader or the structured index gives, before the checks every answer passes. */
function chooseAnswer(intent: Intent, index: ArchiveIndex): Answer {
  const q = intent.question ?? '';
  const wordless = askedWithoutWords(intent, index);
  if (wordless) return wordless;
  // "Who gave the figure of 900 dead?": the bodies the index credits with that figure.
  const source = sourceOfAFigure(intent, index);
  if (source) return source;
  const records = hourUntold(intent, index, structuredAnswer(intent, index));
  if (intent.kind === 'timeline' || intent.kind === 'mentions') return records;

  const read = readAnswer(intent.analysis, index);
  // "What time did the vigil end?": the records hold days, no time of day; only a time the reader reads answers.
  if (intent.analysis.clock) return read.answer ?? notAnswered(intent, `The archive gives no time of day for this. ${read.reason ?? ''}`.trim(), suggestionsFor(intent, index));
  // A structured answer that only quotes a passage states nothing typed: the reader's answer says more.
  const passage = /^According to [^:“,(]+(?: \([^)]*\))?: “/.test(records.text) || /^According to “[^”]*”(?: \([^)]*\))?: “/.test(records.text);
  // Only an answer to the kind of question the analysis reads is comparable ("who is the deputy mayor" is a who
  // and a role question alike).
  const expected = INTENT_OF[intent.analysis.expects];
  const comparable = records.answered && (expected === intent.kind || (expected === 'who' && intent.kind === 'role') || (expected === 'role' && intent.kind === 'who'));
  const checked = comparable && !onlyRepeatsTheQuestion(intent, index, records) && !listForOne(intent, records) && !speakersForOtherDeed(intent, records) && !(/\btook place on\b/.test(records.text.split('“')[0] ?? '') && deedAsked(intent)) && !claimantUntold(intent, records) && !speechUntold(q, records) && !tollForAnotherVerb(intent, records) ? checkAnswer(intent.analysis, index, records) : undefined;
  // Asked who spoke after someone, a name read from a sentence that tells no order answers nothing asked.
  if (read.answer && read.best && read.best.candidate.type === 'agent' && speakerOrderAsked(intent) && !read.best.candidate.sentences.some((si) => ORDER_TOLD.test(sentenceText(read.best!.candidate.window, si)))) {
    return checked && !passage && !listForOne(intent, records) ? records : refusal(intent, index, records, { reason: read.reason ?? 'No sentence tells who spoke in that order.' });
  }
  // "Who wasn't allowed to speak at the rally?": a name read from a sentence that tells of no speaking answers nothing
  // asked (a ban on the rally itself, on a group's flags, is no ban on someone's speech).
  if (read.answer && read.best && read.best.candidate.type === 'agent' && SPEAKING_DENIED.test(q) && !read.best.candidate.sentences.some((si) => tokenize(sentenceText(read.best!.candidate.window, si)).some((t) => t.key === '@speak'))) {
    return refusal(intent, index, records, { reason: 'No sentence tells who was kept from speaking.' });
  }
  // "Who were the local politicians who spoke at the rally?": a name read from sentences that tell of no speech, no
  // saying and no words of theirs (someone who only "left the hall to join the rally") answers nothing asked.
  if (read.answer && read.best && read.best.candidate.type === 'agent' && speakerAsked(q) && !read.best.candidate.sentences.some((si) => TELLS_SPEECH(sentenceText(read.best!.candidate.window, si)))) {
    return checked && !passage && !listForOne(intent, records) ? records : refusal(intent, index, records, { reason: 'No sentence tells that person spoke.' });
  }
  // "How many executions in the first seven months of 2031?": a count of seven, of whatever, only gives back the span
  // the question states ("seven men were hanged in public").
  if (read.answer && read.best && read.best.candidate.type === 'count' && read.best.candidate.value !== undefined && spanNumbersStated(q).includes(read.best.candidate.value)) {
    return checked && !passage ? records : refusal(intent, index, records, { reason: 'No figure in the archive counts what is asked over that span.' });
  }
  if (read.answer && read.best) {
    // "Who spoke for the Union there?": of the reader's list, only those whose stated role names the body speak for
    // it; a record naming just those says it, the list beside it does not.
    if (checked && !passage && read.best.candidate.type === 'agent' && (read.best.candidate.items?.length ?? 0) > 1 && spokeForBodyNamed(intent, records, read.best.candidate)) return records;
    // "How many turned out in Brisbane?": a place the archive never names is no place any report tells of, whatever
    // else the reader's report shares with the question.
    if (placeNeverNamed(intent, records, read.best.candidate)) return records;
    // "Where did the march in Orvel start?": a square the archive's events place in another town (the report telling
    // of marches in two towns) is where the other town's march started.
    if (read.best.candidate.type === 'place' && placeOfOtherTown(intent, index, read.best.candidate)) {
      return refusal(intent, index, records, { reason: `No sentence tells that place of ${(intent.slots.places ?? []).filter((p) => !COUNTRIES.has(fold(p))).join(', ')}.` });
    }
    // "The archive gives no role for X; … mentions them" is no answer against a role the reader reads in the text.
    if (read.best.candidate.type === 'role' && /^The archive gives no role for /.test(records.text) && credibleRole(intent, read.best.candidate)) return read.answer;
    // "Whose brother was executed?": one person, the one the reader reads as the owner ("…, whose brother …"), not the
    // list a structured answer gives around them.
    if (read.best.candidate.type === 'agent' && read.best.candidate.fit >= 0.9 && /^\s*(?:and\s+)?whose\s/i.test(q)) return read.answer;
    // "Since when had Ivo Brant been held?": the day the reader reads after "since" tells it; a record's day dates
    // another deed of the sentence (another person's arrest).
    if (read.best.candidate.type === 'date' && SINCE_WHEN_ASKED.test(q) && new RegExp(`\\bsince\\s+(?:the\\s+)?${escapeRe(read.best.candidate.text.split(/[\s,]/)[0] ?? '')}`, 'i').test(sentenceText(read.best.candidate.window))) return read.answer;
    // "…, according to UOSSM?": the figure credited to that body, not every body's figures beside it.
    if (creditedToAcronymAsked(intent.analysis, read.best.candidate)) return read.answer;
    // "in its December 2 assessment": of one report's several figures the reader read the one of the day asked.
    if (read.best.candidate.type === 'count' && /gives more than one figure/.test(records.text) && DAY_STATED.test(intent.question ?? '')) return read.answer;
    // "how many died in Kelmor itself?": the same for the count whose own sentence names the town asked.
    if (read.best.candidate.type === 'count' && /gives more than one figure/.test(records.text) && townInOwnSentence(intent, read.best.candidate)) return read.answer;
    // "kelmor mosque shooting after friday prayers - how many killed?": a figure the structured answer adds from the
    // reader's own report, in a sentence holding far fewer of the question's words ("more than 500 … in the response
    // to protests"), counts another occasion; the reader's figure, told of the occasion asked, answers alone.
    if (read.best.candidate.type === 'count' && agrees(read.best.candidate, records) && otherOccasionCounted(intent, read.best.candidate, records)) return read.answer;
    if (checked && !passage && agrees(read.best.candidate, records)) return records;
    // A passage that quotes the very sentence the reader names its person from says less than the name itself.
    // (Only a name read with full confidence, such as a person whose own stated role is the deed asked.)
    if (passage && read.best.candidate.type === 'agent' && read.best.candidate.fit >= 0.9 && agrees(read.best.candidate, records)) return read.answer;
    // The reader's share of the place asked ("Latakia (1,355)") is more precise than a total for the region.
    // A passage quoted for a place, a date or a count states none: the reader's typed answer stands against it.
    const typed = read.best.candidate.type === 'place' || read.best.candidate.type === 'date' || read.best.candidate.type === 'count';
    // "What did X call the women life freedom slogan?": of two of X's statements, the one holding the words the
    // question says X spoke of ("women", "life", "freedom"), when the other holds less than half as many.
    if (checked && !passage && read.best.candidate.type === 'statement' && topicHeld(intent, records.text) >= 2 && 2 * topicHeld(intent, read.answer.text) < topicHeld(intent, records.text)) return records;
    if (checked && !(passage && typed) && !read.best.candidate.share && !sourceOnlyReaderGives(intent, read.best.candidate, records) && !countsOnlyReaderNames(intent, read.best.candidate, records) && !townOnlyReaderNames(intent, read.best.candidate, records) && checked.score > read.best.score + STRUCTURED_MARGIN) return records;
    return read.answer;
  }
  // Nor does it answer alone: a sentence that merely shares the question's words is no answer ("what ruling did
  // the court deliver" against "the court, which is due to deliver its ruling later this year").
  if (checked && !passage) return records;
  return refusal(intent, index, records, read);
}

/**
 * "What time did the demo start?" asks the hour: a day, however well it fits the event, does not answer it (the
 * reader gives only hours when one is asked).
 */
function hourUntold(intent: Intent, index: ArchiveIndex, records: Answer): Answer {
  if (!records.answered || !intent.analysis.clock || CLOCK_TIME.test(records.text.split('“')[0] ?? '')) return records;
  return notAnswered(intent, 'The archive has nothing that answers this. No report gives the hour asked.', suggestionsFor(intent, index));
}

/** Words that make a phrase a role: titles, offices, occupations, kinds of person ("a former political prisoner"). */
const ROLE_WORDS = new Set([...ROLE_NOUNS, ...TITLE_WORDS, 'partisan', 'magistrat', 'co-fondateur', 'co-fondatrice', 'teacher', 'host', 'sec-gen', 'gen', 'sec', 'spokesperson', 'commissioner', 'activiste', 'membre', 'mitglied', 'conseiller', 'conseillere', 'depute', 'deputee', 'avocat', 'avocate', 'maire', 'porte-parole', 'sprecher', 'sprecherin', 'vorsitzender', 'vorsitzende']);

/**
 * Whether a role the reader read stands against "The archive gives no role": it is told of the very person asked
 * (every word of the name, not a namesake's surname) and says what the person is — a word of office, occupation or
 * kind of person, not a list it was cut from ("and X", "including …", "Two Vice-Presidents …") nor a country.
 */
function credibleRole(intent: Intent, c: Candidate): boolean {
  const asked = fold(intent.analysis.subject?.text ?? '').split(' ').filter((w) => w.length >= 3);
  const named = fold(c.attribution ?? '').split(' ');
  if (!asked.length || !asked.every((w) => named.some((n) => similarWord(n, w)))) return false;
  return (c.items ?? [c.text]).every((r) => {
    const words = fold(r).split(' ');
    if (/^(?:and|or|including|with|as well as|among|two|three|four|five|several|many|some|\d)/i.test(r.trim())) return false;
    // ("of the FWA", read from "The FWA's X said": the body the person belongs to.)
    // (Folding splits "porte-parole" in two: the spokesperson's noun is read whole.)
    return words.some((w) => ROLE_WORDS.has(w) || ROLE_WORDS.has(w.replace(/s$/, ''))) || / porte parole /.test(` ${words.join(' ')} `) || words.some((w) => OCCUPATIONS.test(w)) || /\bin charge of\b/i.test(r) || bodyOnlyRole(r);
  });
}

/**
 * Whether the structured answer found a word the archive never uses where the question puts a place ("in brisbane")
 * and the reader's report does not write it either (not even with a typo).
 */
function placeNeverNamed(intent: Intent, records: Answer, c: Candidate): boolean {
  const unknown = /^The archive has nothing on (.+?)\.(?: |$)/.exec(records.answered ? '' : records.text)?.[1];
  if (!unknown) return false;
  const q = ` ${fold(intent.question ?? '')} `;
  const p = c.window.report.profile;
  return unknown.split(/, | and /).some((u) => {
    const f = fold(u);
    const held = tokenize(u).every((t) => reportHas(p, t.key, t.fold, true));
    return !!f && new RegExp(`\\b(?:in|at|near|outside|from) ${escapeRe(f)} `).test(q) && !held;
  });
}

/** The numbers of spans of time a question states ("the first seven months", "in 3 days", "over two years"). */
function spanNumbersStated(question: string): number[] {
  return [...question.matchAll(/\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?|years?|yrs?|hours?|decades?)\b/gi)].map((m) => Number(normalizeNumberWord((m[1] as string).toLowerCase())));
}

/**
 * Whether a place answer is a venue the archive's events hold in a town other than the one the question names, while
 * the answer's own sentences name none of the towns asked ("Where did the march in Orvel start?" against "… began at
 * Lantern Square", a square of the Kastel rallies, from a report telling of both towns).
 */
function placeOfOtherTown(intent: Intent, index: ArchiveIndex, c: Candidate): boolean {
  const towns = (intent.slots.places ?? []).map((p) => fold(p)).filter((p) => p.length >= 3 && !COUNTRIES.has(p));
  if (!towns.length) return false;
  const own = ` ${fold(c.sentences.map((si) => sentenceText(c.window, si)).join(' '))} `;
  if (towns.some((t) => own.includes(` ${t} `))) return false;
  const place = fold(c.text).replace(/^the /, '');
  if (place.length < 4) return false;
  const held = index.data.events.filter((e) => e.venue && e.city && ` ${fold(e.venue)} `.includes(` ${place} `)).map((e) => fold(e.city as string));
  return held.length > 0 && !held.some((city) => towns.includes(city));
}

/**
 * "How many protesters were among those executed?", "how many Kurdish prisoners …": the reader's count names the
 * people asked ("five protesters", "61 Kurdish prisoners") and the structured answer's figures do not (totals of
 * people executed): the reader's count stands.
 */
function countsOnlyReaderNames(intent: Intent, c: Candidate, records: Answer): boolean {
  if (c.type !== 'count') return false;
  const asked = (intent.analysis.counted ?? []).filter((k) => k !== '@people' && !MEASURE_KEYS.has(k));
  if (!asked.length) return false;
  const mine = new Set(tokenize(c.text).map((t) => t.key));
  const given = new Set(tokenize(records.text.split('“')[0] ?? '').map((t) => t.key));
  return asked.every((k) => mine.has(k)) && !asked.every((k) => given.has(k));
}

/**
 * "dallin rally - how many showed up?": a count whose own sentence names the town the question names ("In Dallin, some
 * 250 people …") stands against a structured answer that names that town nowhere (the report's main march elsewhere).
 */
function townOnlyReaderNames(intent: Intent, c: Candidate, records: Answer): boolean {
  if (c.type !== 'count') return false;
  const own = ` ${fold(c.window.report.profile.sentences[c.window.si]?.text ?? '')} `;
  const given = ` ${fold([records.text, ...records.citations.map((x) => x.excerpt ?? '')].join(' '))} `;
  return intent.analysis.terms.some((t) => t.sort === 'name' && t.fold.length >= 3 && !COUNTRIES.has(t.fold) && own.includes(` ${t.fold} `) && !given.includes(` ${t.fold} `));
}

/** Whether an answer cites a sentence of a count's report that holds at least three fewer of the question's words. */
function otherOccasionCounted(intent: Intent, c: Candidate, records: Answer): boolean {
  const p = c.window.report.profile;
  const terms = intent.analysis.terms.filter((t) => t.sort === 'word' || t.sort === 'name');
  const held = (si: number) => terms.filter((t) => tokensHold(p.tokens[si] ?? [], t)).length;
  const own = Math.max(...c.sentences.map(held));
  return records.citations.some((x) => x.articleId === p.article.id && !c.sentences.includes(x.sentence) && own - held(x.sentence) >= 3);
}

/** Whether a count's own sentence names a town the question asks it in ("in Kelmor"; not a country). */
function townInOwnSentence(intent: Intent, c: Candidate): boolean {
  const own = ` ${fold(c.window.report.profile.sentences[c.window.si]?.text ?? '')} `;
  return intent.analysis.terms.some((t) => t.sort === 'name' && t.locative && t.fold.length >= 3 && !COUNTRIES.has(t.fold) && own.includes(` ${t.fold} `));
}

/** Keys of words that tell of the occasion or the saying, not of what was said. */
const NOT_TOPIC_KEYS = new Set(['@rally', '@attend', '@speak', '@say', '@call', '@chant', '@protester', '@uprising']);

/** How many of the question's plain words (what was spoken of, not the occasion) a text holds. */
function topicHeld(intent: Intent, text: string): number {
  const tokens = tokenize(text);
  // (By the word itself where the text writes one of its family, "massacres" asked is not held by "death toll", a word
  // of the same deed; nor a word by a name that holds another form of it, "new" by "Lowland News".)
  const held = (t: QuestionTerm) => tokens.some((x) => x.key === t.key && (!x.cap || x.fold === t.fold) && (!t.key.startsWith('@') || stem(x.fold) === stem(t.fold)));
  return intent.analysis.terms.filter((t) => t.sort === 'word' && t.part === 'context' && !NOT_TOPIC_KEYS.has(t.key) && held(t)).length;
}

/** A day of a month the question states ("December 2", "2 December"). */
const DAY_STATED = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?\b(?!,?\s*\d{4}\s*(?:to|-|–))|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** Keys of what a figure measures rather than who it counts ("toll" → killed, "turnout" → attended). */
const MEASURE_KEYS = new Set(['@kill', '@injure', '@arrest', '@execute', '@flee', '@release', '@attend']);

/**
 * "…, according to the police?": a count the reader credits to the source the question names stands against a
 * structured answer that never names that source (a figure of the organisers, or of no one).
 */
function sourceOnlyReaderGives(intent: Intent, c: Candidate, records: Answer): boolean {
  if (c.type !== 'count' || !c.attribution) return false;
  // "…, according to UOSSM?": a count the reader credits to the body of that acronym, against figures credited to others.
  if (creditedToAcronymAsked(intent.analysis, c)) return !` ${fold(records.text.split('“')[0] ?? '')} `.includes(` ${fold(c.attribution)} `);
  const sources = sourceAskedFor(intent.question);
  if (!sources) return false;
  const credited = ` ${fold(c.attribution)} `;
  const given = ` ${fold(records.text.split('“')[0] ?? '')} `;
  return sources.every((w) => credited.includes(` ${w} `)) && !sources.every((w) => given.includes(` ${w} `));
}

/** "Who spoke for the NUF?", "who spoke on behalf of the union": the body a speaker is asked to stand for. */
const SPOKE_FOR = /\b(?:spoke|speaks|speaking|talked|appeared)\s+(?:for|on behalf of)\s+(?:the\s+)?([\p{L}][\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u;

/** Whether the record names the body asked before its "spoke", and some of the reader's list hold no role naming it. */
function spokeForBodyNamed(intent: Intent, records: Answer, c: Candidate): boolean {
  const body = SPOKE_FOR.exec(intent.analysis.question)?.[1];
  if (!body || body.length < 3) return false;
  const b = ` ${fold(body)} `;
  if (!/^[^“:]*\bspoke at\b/.test(records.text)) return false;
  const lead = records.text.split(/\bspoke at\b/)[0] ?? '';
  if (!` ${fold(lead)} `.includes(b)) return false;
  return (c.items ?? []).some((item) => !` ${fold(item)} `.includes(b));
}

/** "Who spoke after X?", "who came before the first speaker?": one place in the order of speakers is asked. */
function speakerOrderAsked(intent: Intent): boolean {
  const q = intent.analysis.question;
  const personAsked = !!intent.slots.people?.length || !!intent.slots.unknownPeople?.length;
  return /\b(?:after|before|following|followed|preceded)\s+(?:by\s+)?the\s+(?:first|last|opening|keynote)\b/.test(q) || (personAsked && /\b(?:after|before|following|followed|preceded)\s+(?:by\s+)?\p{Lu}\p{Ll}/u.test(q));
}

/** Words telling the order in which people spoke: "He was followed by …", "then …", "after him". */
const ORDER_TOLD = /\b(?:followed|preceded|after|before|then|next|succeeded)\b/i;

/**
 * "Who was the first speaker?", "which minister called the exiles 'the conscience of the coast'?": one person picked
 * out of the speakers by rank or by words quoted is not answered by the list of everyone who spoke, nor by any one
 * speaker the records hold: only a sentence saying so answers.
 */
function listForOne(intent: Intent, records: Answer): boolean {
  const a = intent.analysis;
  if (!a.agent || !/^(?:\d+ events match\. )?Speakers at |^[^“:]*\bspoke at\b/.test(records.text)) return false;
  // ("who spoke after X?", "who came before the senator?": one place in the order of speakers, which a list does not tell.)
  if (speakerOrderAsked(intent)) return true;
  if (a.agent.plural) return false;
  // (Nor "who argued at the rally that the future lies in free elections?": what one of them said, told in a clause.)
  const saidThat = /\b(?:said|says|argued|argues|claimed|claims|warned|warns|stated|states|insisted|insists|declared|declares|stressed|stresses)\b(?:\s+[^?]*?)?\s+that\s+\S+\s+\S+/i.test(a.question);
  return !!a.quoted?.length || saidThat || /\b(?:first|last|final|opening|closing|keynote|guest|main|principal|featured)\s+(?:speaker|speech|address)/i.test(a.question);
}

/**
 * "What death toll did the Relief League give?", "how many … according to the Relief League?": figures of other
 * claimants, however well they fit the event, do not answer; the structured answer must credit a figure to the one
 * asked (its name outside the sentences it quotes).
 */
function claimantUntold(intent: Intent, records: Answer): boolean {
  const a = intent.analysis;
  if (a.expects !== 'count') return false;
  // ("…, according to the police?": the police and the organisers are asked in common words, and their count is
  // theirs only where the answer credits them.)
  const asked = a.claimant?.length ? a.claimant : sourceAskedFor(intent.question)?.filter((w) => /^(?:police|organi[sz]ers?)$/.test(w));
  // ("…, according to the UN?": a body asked by its acronym is credited by an "according to" naming it, in full or short.)
  const acronym = asked?.length ? undefined : acronymAskedFor(intent.question);
  if (acronym) {
    const lead = records.text.replace(/“[^”]*”/g, ' ');
    return ![...lead.matchAll(/\baccording to ([^,;:()]+)/g)].some((m) => claimIsAcronym(m[1] as string, acronym) === true);
  }
  if (!asked?.length) return false;
  const head = asked.find((w) => w.length >= 3 && !COUNTRIES.has(fold(w)));
  if (!head) return false;
  const said = ` ${fold(records.text.replace(/“[^”]*”/g, ' '))} `;
  return !said.includes(` ${fold(head)}`);
}

/**
 * "How many were arrested, according to Amnesty International?": a body the question names as the source (a name
 * with a body's head word, "… International", "… Watch", "… Committee") gives its count only in a report that writes
 * its name; figures of reports that never name it are other sources' (an outlet, "per France 24", may not print
 * its own name, so only bodies are checked).
 */
function bodyAskedUnwritten(intent: Intent, index: ArchiveIndex, records: Answer): boolean {
  if (intent.analysis.expects !== 'count' || !records.answered || !records.citations.length) return false;
  const body = intent.analysis.terms.filter((t) => t.sort === 'source' && /^\p{Lu}/u.test(t.text) && t.fold.length >= 3 && !COUNTRIES.has(t.fold));
  if (!body.some((t) => ORG_WORDS.has(t.fold))) return false;
  const writes = (articleId: string) => {
    const a = index.article(articleId);
    const text = ` ${fold([a?.title ?? '', a?.publisher ?? '', a?.text ?? ''].join(' '))} `;
    // (Or in full: "per HRANA" is written "the Human Rights Activists News Agency", "per the UN" "the United Nations".)
    const p = profileOf(index, articleId);
    return body.every((t) => text.includes(` ${t.fold} `) || (!!p && reportHas(p, t.key, t.fold, false)));
  };
  return !records.citations.some((c) => writes(c.articleId));
}

/**
 * "Who overturned the police ban on the rally?" is not answered by "X spoke at the rally": who spoke answers a
 * question whose deed is speaking (or names none), not another deed done about the event.
 */
function speakersForOtherDeed(intent: Intent, records: Answer): boolean {
  if (!/^(?:\d+ events match\. )?Speakers at |^[^“:]*\bspoke at\b/.test(records.text)) return false;
  // "Who was barred from speaking at the rally?", "who wasn't allowed to speak?": those who did speak are not the
  // ones kept from it.
  if (SPEAKING_DENIED.test(intent.question ?? '')) return true;
  // "Who gave AFP the figure of 80,000?": who a figure the question states came from is no list of the speakers.
  if (intent.analysis.expects === 'agent' && intent.analysis.terms.some((t) => t.part === 'focus' && t.sort === 'number')) return true;
  const deeds = intent.analysis.terms.filter((t) => t.part === 'focus' && t.sort === 'word' && /(?:ed|en)$/.test(t.fold));
  return deeds.length > 0 && !deeds.some((t) => SPEAKING_KEYS.has(t.key));
}
const SPEAKING_KEYS = new Set(['@speak', '@say', '@attend']);
/** "Who spoke at …", "which MP addressed …", "who gave a speech": the people asked are those who spoke. */
function speakerAsked(q: string): boolean {
  return /^\s*(?:who|which\b[^?]{0,60}?)\s+(?:\w+\s+){0,8}?(?:spoke|speak|addressed|gave\s+(?:a\s+)?speech|delivered)\b/i.test(q) && !SPEAKING_DENIED.test(q) && !/\bspoke\s+(?:for|on\s+behalf\s+of|to)\b/i.test(q) && !SPEECH_NAMES_OCCASION.test(q);
}
/**
 * "Which groups organised the forum where Ana Brook spoke?": a speech told in a clause on the occasion ("where",
 * "at which", "when" and its speaker) only says which occasion; the deed asked is the one before it.
 */
const SPEECH_NAMES_OCCASION = /^\s*(?:who|which|what)\b[^?]*?\s(?:organi[sz]ed|held|hosted|sponsored|invited|chaired|moderated|opened|called|staged|convened|ran)\b[^?]*?\b(?:where|at which|in which|during which|when)\s+(?:[\p{L}'’.-]+\s+){1,5}?(?:spoke|speak|addressed|gave|delivered)\b/iu;
/** A structured answer naming who spoke, none of whose sentences tells of a speech, a saying or words quoted. */
function speechUntold(q: string, records: Answer): boolean {
  return speakerAsked(q) && records.citations.length > 0 && !records.citations.some((c) => TELLS_SPEECH(c.excerpt ?? ''));
}
/**
 * A sentence telling someone spoke: a word of speaking or saying, or words quoted. (A figure's word of reckoning or
 * reporting, "according to police estimates", "the group reported", tells of no one speaking.)
 */
function TELLS_SPEECH(text: string): boolean {
  return /[“"«]/.test(text) || tokenize(text).some((t) => (t.key === '@speak' || t.key === '@say') && !RECKONED.test(t.fold));
}
const RECKONED = /^(?:estimat\w*|claim\w*|reported|revealed|wr[io]t\w*)$/;
/** A question about speaking kept from someone: barred, banned, stopped from it, not allowed or not let to speak. */
const SPEAKING_DENIED =
  /\b(?:barred|banned|prevented|stopped|blocked|forbidden|prohibited|kept|excluded)\s+from\s+(?:speaking|addressing|talking|taking\s+the\s+(?:stage|floor))\b|(?:\bnot|\b(?:was|were|is|are|could|can|did|do|does|would|had|has|have|wasn|weren|isn|aren|couldn|didn|doesn|wouldn|hadn|hasn|haven)n?['’]?t|\bnever)\s+(?:be\s+)?(?:allowed|permitted|let|able)\s+to\s+(?:speak|address|talk)\b|\b(?:couldn['’]?t|could\s+not|cannot|can['’]?t|wasn['’]?t\s+able\s+to)\s+(?:speak|address|talk)\b/i;

/**
 * "On what date did the court lift the ban on the march?": the day the march took place does not date a deed someone
 * else did about it (a court, a prefect, a ministry); only a sentence telling that deed does. The deed is a verb of
 * no word family of the genre (those of gathering, starting, speaking, organising, attacking … are done at the event),
 * and its doer is no crowd nor the event itself; an answer whose sentences never write that verb is declined.
 */
function deedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  const deed = deedDateAsked(intent);
  if (!deed) return given;
  const { verb } = deed;
  // (The day an event took place is never the answer; a sentence quoted must write the deed.)
  const lead = given.text.split('“')[0] ?? '';
  const said = [given.text, ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  const past = IRREGULAR_PAST.get(verb.fold);
  // ("When was Tamsin Orel released?" is not told by "Keller was released in May": the one named must be written too.)
  const name = deed.named ? deed.who.match(/\p{Lu}[\p{L}'’-]+/gu)?.at(-1) : undefined;
  const named = !name || tokenize(said).some((t) => t.fold === fold(name));
  if (named && !/\btook place on\b/.test(lead) && tokenize(said).some((t) => t.key === verb.key || t.fold === past) && !dateOfAnEvent(lead, given)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence tells when that was done (“${verb.raw}”).`, suggestionsFor(intent, index));
}

/**
 * "convicted in March … for the planned August 9, 2029 attack": a date written before an event's noun (an attack, a
 * rally, an uprising) dates that event, not the deed the question asks of the sentence.
 */
function dateOfAnEvent(lead: string, given: Answer): boolean {
  const day = /^(.+?)\s+\(/.exec(lead)?.[1];
  if (!day) return false;
  return given.citations.some((c) => {
    const at = (c.excerpt ?? '').indexOf(day);
    if (at < 0) return false;
    const next = /^\s+([\p{L}-]+)/u.exec((c.excerpt ?? '').slice(at + day.length))?.[1];
    return !!next && /^\p{Ll}/u.test(next) && EVENT_NOUN_KEYS.has(tokenize(next)[0]?.key ?? '');
  });
}
/** Irregular past forms a sentence tells a deed in ("when did X leave Iran" against "who left Iran in 1987"). */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(
  'leave left|give gave|send sent|win won|lose lost|seek sought|buy bought|sell sold|bring brought|fight fought|build built|choose chose|come came|go went|find found|keep kept|write wrote|break broke|tell told|throw threw|strike struck|shut shut|set set|put put|uphold upheld|withhold withheld|overthrow overthrew|take took|begin began|meet met|speak spoke|flee fled|shoot shot|lead led|pay paid|hear heard|draw drew|forbid forbade'
    .split('|')
    .map((pair) => pair.split(' ') as [string, string]),
);
/** Families of an event's own noun ("attack", "rally", "uprising"). */
const EVENT_NOUN_KEYS = new Set(['@attack', '@rally', '@uprising', '@conference']);

/** The verb of a deed done about an event by others that a when-question asks the day of, if it asks one. */
function deedAsked(intent: Intent): Token | undefined {
  return deedDateAsked(intent)?.verb;
}

/** The deed a when-question dates and who it was done by (or, in the passive, to), as written ("the court", "Tamsin Orel"). */
function deedDateAsked(intent: Intent): { verb: Token; who: string; named: boolean } | undefined {
  if (intent.kind !== 'when') return undefined;
  const q = intent.question ?? '';
  const m = DEED_DATE_ASKED.exec(q) ?? DEED_DATE_ASKED_OF_NAMED.exec(q);
  // ("When was Tamsin Orel released?": a deed done to someone, told in the passive.)
  const passive = m ? undefined : DEED_DATE_ASKED_PASSIVE.exec(q);
  const found = m ?? passive;
  if (!found) return undefined;
  const verb = tokenize(found[2] as string)[0];
  // ("die" is a German article, and an English verb of the genre.)
  if (!verb || HAPPENING_VERBS.has(verb.fold) || (isFunctionWord(verb.fold) && !verb.key.startsWith('@')) || PARTICLES.has(verb.fold) || tokenize(found[1] as string).some((t) => t.key.startsWith('@') && !t.cap)) return undefined;
  // (A doer named with a capital, "the Vorland exiles", is a group or a people, not a crowd nor an event, whatever
  // word family the name falls in.)
  // (Verbs of the genre's word families are done at the event its day dates, except deeds done to a person, asked in
  // the passive: "when was X released / arrested / executed?".)
  // ("When did Tamsin Orel die in custody?": a named person's own death is such a deed too.)
  const who = (found[1] as string).trim();
  const toSomeone = DONE_TO_SOMEONE.has(verb.key) && (!!passive || /\p{Lu}/u.test(who));
  if (verb.key.startsWith('@') && !toSomeone) return undefined;
  if (passive && PASSIVE_HAPPENING.has(verb.fold)) return undefined;
  return { verb, who, named: !!passive || toSomeone };
}
/** How a when-question opens: "when", "on what date", "what day", "which date". */
// ("In what year did …", "which month did …": a year or month asked of a deed is its date too.)
const WHEN_ASKED = String.raw`^(?:[Ww]hen|[Oo]n what (?:date|day)|[Ww]hat (?:date|day)|[Ww]hich (?:date|day)|(?:[Ii]n )?(?:[Ww]hat|[Ww]hich) (?:year|month))`;
/** "When was X released?", "on what date were the two men freed?": the one a deed was done to and the deed, in the passive. */
// ("When was X arrested while on holiday in Tessa?": a clause of where or when may follow the deed; not in "when were
// the men executed in June by the court arrested?", where the deed asked comes last.)
const DEED_DATE_ASKED_PASSIVE = new RegExp(`${WHEN_ASKED}\\s+(?:was|were)\\s+((?:[\\p{L}'’.-]+\\s+){1,4}?)(\\p{Ll}{3,}(?:ed|en|t))(?:\\s*(?:\\?|$)|\\s+(?:in|at|on|during|after|before|while|near|outside|inside)\\s(?![^?]*\\b\\p{Ll}{3,}(?:ed|en)\\s*[,?]))`, 'u');
/** Word families of deeds done to a person, which a report dates apart from the gatherings it tells. */
const DONE_TO_SOMEONE = new Set(['@release', '@arrest', '@execute', '@kill', '@elect']);
/** Passive forms of an event's own happening or holding ("when was the rally staged?"), which its day dates. (Short
 * irregular ones, "held", "set", never read as a passive deed.) */
const PASSIVE_HAPPENING = new Set(['staged', 'organised', 'organized', 'hosted', 'opened', 'closed', 'marked', 'celebrated', 'commemorated', 'founded', 'formed', 'called', 'convened', 'launched', 'inaugurated', 'scheduled', 'planned', 'attended', 'built', 'established', 'created', 'started', 'ended', 'finished', 'written', 'published', 'given', 'sent', 'broadcast', 'filmed', 'recorded', 'taken']);
/** "When did the court lift the …": the doer (up to four words) and the verb of the deed a when-question dates. */
// (Or a person named right after the verb: "On what day did the court convict Arvel?". Case-sensitive, so that the verb
// is a lowercase word and the name a capitalised one.)
// ("When did the exiles move to Vorland?": a deed of going somewhere, its place after "to", "from", "into".)
const DEED_DATE_ASKED = new RegExp(`${WHEN_ASKED}\\s+did\\s+((?:[\\p{L}'’.-]+\\s+){1,4}?)(\\p{Ll}{3,})\\s+(?:(?:to|from|into|out\\s+of)\\s+)?(?:(?:[Tt]he|an?|its|their|his|her)\\s|\\p{Lu}\\p{Ll})`, 'u');
/**
 * "When did Tamsin Orel die in police custody?", "when did X die?": a named person's deed, followed by a place or time or
 * by nothing (a plural after the name is no verb: "when did MEK supporters in …").
 */
const DEED_DATE_ASKED_OF_NAMED = new RegExp(`${WHEN_ASKED}\\s+did\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}?)(\\p{Ll}{3,}(?<![^s]s))(?:\\s+(?:in|at|on|during|after|before|while)\\s|\\s*\\?|$)`, 'u');
/** Particles of a phrasal verb ("put out its report"): the verb stands before them. */
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'in', 'on', 'over', 'back', 'away', 'forward']);
/** Verbs of an event's own happening or holding, which its day dates. */
const HAPPENING_VERBS = new Set(['hold', 'take', 'happen', 'occur', 'end', 'finish', 'stage', 'host', 'mark', 'celebrate', 'commemorate', 'open', 'close', 'visit', 'join', 'form', 'walk', 'meet', 'see', 'have', 'make', 'get']);

/**
 * "Who phoned Nasrin Sotudeh?" is not answered by "Nasrin Sotudeh spoke at the protest": a who-answer that names only
 * people the question itself names tells nothing new.
 */
function onlyRepeatsTheQuestion(intent: Intent, index: ArchiveIndex, records: Answer): boolean {
  // "Where will the march end?": where an event was held is not where its route ends or starts.
  // Nor where a speaker who joined from afar was ("from where did X address the rally?").
  if (intent.kind === 'where' && (intent.analysis.route || intent.analysis.speakerFrom || intent.analysis.pressAt) && /\b(?:held|took place|was|were) (?:at|in|on|outside|near) /.test(records.text)) return true;
  // "Where was X shot, the first speaker at the rally?": where a gathering was held is not where a deed done to or by
  // someone happened.
  if (intent.kind === 'where' && DEED_ON_SOMEONE.test(intent.question ?? '') && /\bwas held (?:at|in|on|outside|near) /.test(records.text)) return true;
  if (intent.kind === 'where') return placeOnlyTheAsked(intent, records);
  if (intent.analysis.expects === 'count') return countOnlyTheAsked(intent, records);
  if (intent.kind !== 'who' || !intent.slots.people?.length) return false;
  const asked = new Set(intent.slots.people);
  const lead = fold(records.text.split(/[:(]/)[0] ?? '');
  const named = foldedSpeakerNames(index).filter(([, name]) => lead.includes(name));
  // ("Who told the crowd that the strikers loosened Vost's grip?": a person the words asked are about said none of them.)
  if (WHO_SAID.test(intent.question ?? '')) return named.some(([id]) => asked.has(id));
  return named.length > 0 && named.every(([id]) => asked.has(id));
}

/**
 * "In how many of Iran's 31 provinces …?" is not answered by "31 people took part": a count answer whose every number
 * (titles aside) is one the question states tells nothing new.
 */
function countOnlyTheAsked(intent: Intent, records: Answer): boolean {
  const stated = intent.analysis.numbers;
  if (!stated.length) return false;
  const lead = records.text.replace(/“[^”]*”/g, '').split(/\.\s/)[0] ?? '';
  const numbers = [...lead.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, '')));
  return numbers.length > 0 && numbers.every((n) => stated.includes(n));
}

/** Every speaker's id and folded name, worked out once per index (this runs on every who-question). */
function foldedSpeakerNames(index: ArchiveIndex): Array<[string, string]> {
  return memo(index, 'answer-folded-speaker-names', () => index.data.speakers.map((sp): [string, string] => [sp.id, fold(sp.name)]));
}

/** Deeds done to or by a person that no gathering's venue locates. */
const DEED_ON_SOMEONE = /\b(?:shot|killed|murdered|assassinated|stabbed|attacked|wounded|injured|arrested|detained|jailed|imprisoned|kidnapped|abducted|executed|hanged|born|buried|died|raised|educated)\b/i;

/**
 * "Where did marchers meet before walking to Trafalgar Square?" is not answered by "held at Trafalgar Square,
 * London": a place answer whose names the question already gives tells nothing new.
 */
function placeOnlyTheAsked(intent: Intent, records: Answer): boolean {
  // ("2 events match: the rally … was held in Washington; the march … was held in Washington": each event's place.)
  const body = records.text.replace(/^\d+ events match:\s*/, '');
  const places = body
    .split(/[:“]/)[0]!
    .split(/;\s*/)
    .map((part) => /\b(?:held|took place|was|were) (?:at|in|on|outside|near) (.+?)(?: \(according|\.|$)/.exec(part)?.[1])
    .filter((x): x is string => !!x);
  if (!places.length) return false;
  return places.every((place) => placeNamesOnlyAsked(intent, place));
}

function placeNamesOnlyAsked(intent: Intent, place: string): boolean {
  // The venue before its town ("Trafalgar Square, London"): the town is the answer's context, not its news.
  const names = [...(place.split(',')[0] ?? '').matchAll(/\p{Lu}[\p{L}'’-]+/gu)].map((m) => fold(m[0]));
  const asked = ` ${fold(intent.question)} `;
  return names.length > 0 && names.every((n) => asked.includes(` ${n} `));
}

/**
 * Whether the structured answer states what the reader found: the reader's answer (for a list, most of its names,
 * compared without the roles after them) is in its text.
 */
function agrees(c: Candidate, records: Answer): boolean {
  const text = ` ${fold(records.text)} `;
  // A count agrees when the structured answer gives the same number, however it words it ("over 1,800 protesters"
  // against "nearly 1,800 protesters … about 1600 according to …").
  if (c.type === 'count' && c.value !== undefined) {
    const digits = records.text.replace(/(\d)[,.\u202f\u00a0](?=\d{3}\b)/g, '$1');
    return new RegExp(`(?<![\\d.,])${c.value}(?![\\d]|[.,]\\d)`).test(digits);
  }
  // A quoted question is not the speaker's point: a reader's answer that goes on past it ("X asked: “Why …?” We
  // must …") agrees only with an answer that holds what follows too.
  const point = c.type === 'statement' ? /^[^“]*“[^”]*\?”\s+(\S.{11,})$/s.exec(c.text)?.[1] : undefined;
  if (point && !text.includes(fold(point).split(' ').slice(0, 6).join(' '))) return false;
  // The same for a quote that runs on in the next sentences ("“…,” she told the radio. “We are …”"): what the
  // reader gives past the first quote must be there too.
  if (c.type === 'statement' && !c.text.includes(' Also: “')) {
    const parts = [...c.text.matchAll(/“([^”]{8,})/g)].slice(1).map((m) => fold((m[1] as string).split(/\s+/).slice(0, 6).join(' ')));
    if (parts.some((x) => x.length >= 8 && !text.includes(x))) return false;
  }
  // A person is the same person with or without the title the reader found before the name ("Former French Senator
  // Jean-Pierre Michel" against "Jean-Pierre Michel (Former French Senator)"): names are compared by their last two words.
  const items = c.type === 'statement' ? [quoted(c.text)] : (c.items ?? [c.text]).map((i) => (c.type === 'agent' ? nameEnd(i.replace(/\s*\(.*\)\s*$/, '')) : i));
  const parts = items.map((i) => fold(i)).filter((i) => i.length >= 2);
  if (!parts.length) return false;
  const found = parts.filter((p) => text.includes(` ${p} `) || text.includes(p)).length;
  return c.type === 'agent' && parts.length > 2 ? found / parts.length >= 0.6 : found === parts.length;
}

/** The last two words of a name as the reader gives it, titles before it left out (when both are capitalised). */
function nameEnd(name: string): string {
  const end = name.split(/\s+/).slice(-2).join(' ');
  return /^\p{Lu}\S*\s\p{Lu}\S*$/u.test(end) ? end : name;
}

/** The first words of the quote a statement candidate gives ("X: “We demand …”" → "We demand …"). */
function quoted(s: string): string {
  const m = /“([^”]{8,})/.exec(s);
  return (m?.[1] ?? s).split(/\s+/).slice(0, 8).join(' ');
}

/**
 * "Not in the archive": the structured index's specific reason (a year the archive lacks, a person with no
 * statement) when it gives one and the reader found no name missing, else the reader's.
 */
function refusal(intent: Intent, index: ArchiveIndex, records: Answer, read: ReadOutcome): Answer {
  const readerSpecific = !!read.reason && /^(The archive has nothing (on|from)|No report tells of it at)/.test(read.reason);
  if (!records.answered && !readerSpecific && !/^The archive has nothing on /.test(records.text)) return records;
  const reason = read.reason && /^The archive has nothing (on|from) /.test(read.reason) ? read.reason : `The archive has nothing that answers this. ${read.reason ?? ''}`.trim();
  return notAnswered(intent, reason, suggestionsFor(intent, index));
}

/**
 * Statement candidates: the words of the person or body asked about. Quoted words in a sentence that names them
 * (or continues them with "she said"), running on across sentences until the quote closes or the paragraph ends,
 * with the unattributed quotes that follow; failing quotes, the sentence that reports their words ("X pointed out
 * that …", "Amnesty said that …"). A crowd's words are its chants and banners.
 */
import { chantOfTheRulingSide } from '../../extract/chant-of-the-ruling-side.ts';
import { clip } from '../evidence.ts';
import { NAMED_AS, TITLE_BEFORE_QUOTE } from '../../extract/quote-spans.ts';
import { FOREIGN_QUOTE_VERBS } from '../../extract/names-lexicon.ts';
import { tokenize } from '../../understand/vocabulary.ts';
import { fold } from '../../understand/text.ts';
import type { QuestionAnalysis } from '../../domain/types.ts';
import type { EvidenceWindow } from './evidence-windows.ts';
import type { ReportProfile } from './report-profile.ts';
import { sentenceText, type Candidate, type ExtractContext } from './candidate.ts';
import { continuesWithPronoun, findSubject, speaksAt, subjectSentences, subjectWords } from './subject.ts';

/**
 * A sentence that names who said its quote, someone other than a pronoun: "“…,” said X", "«…», ajoute X", "„…“, sagte X"
 * (a quote that follows another speaker's words is that speaker's, not the one asked about).
 */
// ("réagit le député X", "a pour sa part estimé X": a French role and its article, or an aside, before the name.)
const SAID_BY_OTHER = new RegExp(String.raw`(?<![\p{L}])(?:said|says|told|added|stated|(?:a|ont)\s+(?:pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté)\s+\p{Ll}+|${FOREIGN_QUOTE_VERBS.join('|')})\s+(?:(?:le|la|l['’])\s*(?:\p{Ll}[\p{L}'’-]*\s+){1,3})?(?!(?:s?he|they|il|elle|ils|elles|er|sie)(?![\p{L}]))\p{Lu}`, 'u');

/**
 * A quote closed, then a name (a title of a few words may stand before it, or a role between commas) and its verb of
 * saying: "“…,” retired ferry captain X told the crowd", "“…,” the town's treasurer, X, told reporters" — that name's
 * words.
 */
const NAMED_AFTER_QUOTE = /[”"»]\s*,?\s*(?:[\p{L}'’-]+,?\s+){0,6}?\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|el-)?\p{Lu}[\p{L}'’-]+)+,?\s+(?:also\s+|later\s+)?(?:said|says|told|added|stated|declared|insisted|warned)(?![\p{L}])/u;

/** A verb of saying before a speech set apart under its sentence ("X said in his speech:", "X a déclaré :"). */
const BLOCK_SAID = new RegExp(String.raw`(?<![\p{L}])(?:said|says|told|stated|declared|added|called|urged|warned|demanded|argued|wrote|${FOREIGN_QUOTE_VERBS.join('|')})(?![\p{L}])`, 'u');

/** Words of a speaker addressing an audience: first and second person, in English, French and German. */
const SPEAKER_VOICE = /(?<![\p{L}])(?:I|we|our|us|you|your|je|j[’']|nous|notre|nos|vous|votre|vos|ich|wir|unser|unsere|ihr|Sie)(?![\p{L}])/u;

/** The last word of an office asked for by its title ("Varnia's UN ambassador", "the city's police spokesman"). */
const OFFICE_WORD = /^(?:ambassador|envoy|minister|spokes(?:man|woman|person)|president|mayor|chief|head|director|secretary|commissioner|governor|senator|coordinator|representative|chair(?:man|woman|person)?|prosecutor|judge|commander)$/;

const OPEN = '“"«„‘';
const CLOSE_FOR: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“', '‘': '’' };

/**
 * Whether the mark at i opens a quotation. A closing mark typed where an opening one belongs (”We will win,” she
 * said) opens one too: it stands at the start of the text or after a space and before a word.
 */
function opensAt(text: string, i: number): boolean {
  const ch = text[i] as string;
  // A straight mark opens and closes alike: it opens at the start of the text or after a space or a bracket, before a
  // word ("…de masse", ajoute X" closes at the first).
  if (ch === '"') return (i === 0 || /[\s([—–-]/u.test(text[i - 1] as string)) && /[^\s,.;:!?]/u.test(text[i + 1] ?? ' ');
  if (OPEN.includes(ch)) return true;
  return (ch === '”' || ch === '»') && (i === 0 || /\s/.test(text[i - 1] as string)) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** The words naming what a sign-bearer carried, as a question asks of them. */
const SIGN_WORD = /^(?:signs?|banners?|placards?|posters?)$/;
/** Text ending where a banner, sign or shirt's words are given: "a banner … that said ", "a placard reading ". */
const BANNER_SAID = /\b(?:banners?|placards?|signs?|posters?|shirts?|t-shirts?|flags?)\b[^“”"«».;]{0,60}?(?:\b(?:that|which)\s+(?:said|says|read|reads|bore)|\b(?:reading|bearing|saying))\s*[:,]?\s*$/iu;

/** Quoted spans starting in [from, to) of the article text, each running to its closing mark or the paragraph's end. */
function quotesIn(text: string, from: number, to: number, paragraphEnd: number): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let i = from;
  while (i < to) {
    const ch = text[i] as string;
    if (!opensAt(text, i)) {
      i++;
      continue;
    }
    // An apostrophe-like ‘ inside a word is not a quote.
    if (ch === '‘' && /\p{L}/u.test(text[i - 1] ?? '')) {
      i++;
      continue;
    }
    const close = CLOSE_FOR[ch] ?? ch;
    let j = text.indexOf(close, i + 1);
    if (ch === '"' && j < 0) j = -1;
    if (j < 0 || j > paragraphEnd) j = paragraphEnd;
    const inner = text.slice(i + 1, j).trim();
    // "The conference, titled, “…”": a name given in quotation marks is nobody's words.
    if (inner.length >= 3 && !TITLE_BEFORE_QUOTE.test(text.slice(Math.max(from - 40, i - 40), i))) out.push({ start: i, end: Math.min(j + 1, paragraphEnd), text: inner });
    i = j + 1;
  }
  return out;
}

function paragraphEndOf(w: EvidenceWindow, si: number): number {
  const p = w.report.profile;
  const s = p.sentences[si];
  const para = s ? p.article.paragraphs[s.paragraph] : undefined;
  return para?.end ?? s?.end ?? 0;
}

/** Whether an offset sits inside a quotation opened earlier in its paragraph. */
function insideQuote(text: string, from: number, at: number): boolean {
  let open = false;
  for (let i = from; i < at; i++) {
    const ch = text[i] as string;
    if (ch === '“' || ch === '«' || ch === '„' || ((ch === '”' || ch === '»') && opensAt(text, i))) open = true;
    else if (ch === '”' || ch === '»') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

/**
 * A quote closing inside a sentence ("… democracy,” affirmed X.") that opened in an earlier sentence of the same
 * paragraph: the whole quoted span.
 */
function openedBefore(text: string, paraStart: number, start: number, end: number): { start: number; end: number; text: string } | undefined {
  if (!insideQuote(text, paraStart, start)) return undefined;
  const close = text.slice(start, end).search(/[”»"]/);
  if (close < 0) return undefined;
  let i = start - 1;
  while (i >= paraStart && !/[“«„"]/.test(text[i] as string) && !opensAt(text, i)) i--;
  if (i < paraStart) return undefined;
  const inner = text.slice(i + 1, start + close).trim();
  return inner.length >= 3 ? { start: i, end: start + close + 1, text: inner } : undefined;
}

/** How the report writes the subject's name in the sentence a pronoun sentence continues ("he asked" → "David Zimmer"). */
function namedBefore(a: ExtractContext['analysis'], p: ReportProfile, si: number): string | undefined {
  const named = subjectSentences(a, p).filter((x) => !x.pronoun && x.si < si).at(-1);
  if (!named) return undefined;
  const s = p.sentences[named.si];
  const from = p.tokens[named.si]?.[named.from];
  const to = p.tokens[named.si]?.[named.to - 1];
  return s && from && to ? s.text.slice(from.start, to.end) : undefined;
}

/** A line that is only a name, maybe with a title before and a party or office in brackets after it. */
function nameLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || /[.!?:;,"“”«»]$/.test(t.replace(/\)$/, '').trim())) return false;
  // "Rep. Brad Sherman (D-CA)", and a caption line with the role after a comma ("Mr. X Y, MP from the Z party").
  return /^(?:(?:Rep|Sen|Dr|Mr|Mrs|Ms|Prof|Lord|Sir|Hon)\.?\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|du|da|di|al|el|bin|ibn)\s+){1,5}\p{Lu}[\p{L}'’.-]*(?:\s*\([^)]{1,40}\)|,\s+[^.!?:;"“”«»]{2,80})?$/u.test(t) && (t.length <= 70 || t.includes(','));
}

/** The speech in the paragraphs under a speaker's name line, up to the next name line (at most three paragraphs). */
function speechUnderHeading(p: ReportProfile, si: number): { text: string; sentences: number[] } | undefined {
  const s = p.sentences[si];
  if (!s || !nameLine(s.text) || p.sentences.some((x) => x.paragraph === s.paragraph && x.index !== si)) return undefined;
  const parts: string[] = [];
  const sentences: number[] = [];
  for (let para = s.paragraph + 1; para < p.article.paragraphs.length && parts.length < 3; para++) {
    const inPara = p.sentences.filter((x) => x.paragraph === para);
    if (!inPara.length) continue;
    if (inPara.length === 1 && nameLine((inPara[0] as { text: string }).text)) break;
    // "In his speech to the supporters, he said:": the line that introduces the speech is no part of it.
    const joined = inPara.map((x) => x.text).join(' ');
    if (!parts.length && /:\s*$/.test(joined) && joined.length < 200) continue;
    parts.push(inPara.map((x) => x.text).join(' ').replace(/^[—–-]\s*/, ''));
    sentences.push(...inPara.map((x) => x.index));
  }
  const text = parts.join(' ');
  return text.length >= 40 ? { text, sentences } : undefined;
}

/** Whether a word key is the adjective of a name key ("@iranian" of "iran", "@syrian" of "@syria"). */
export function adjectiveOf(word: string, name: string): boolean {
  const w = word.replace('@', '');
  const n = name.replace('@', '');
  return n.length >= 4 && w.length > n.length && w.length - n.length <= 3 && w.startsWith(n) && /(?:n|an|ian|ese|ish|i)$/.test(w);
}

/** Whether a quote of at most three words sits inside a longer sentence that goes on after it. */
function markedTerm(sentence: string, quote: string): boolean {
  if (quote.split(/\s+/).length > 3) return false;
  const at = sentence.indexOf(quote);
  if (at < 0) return false;
  const rest = sentence.slice(at + quote.length + 1);
  const words = sentence.split(/\s+/).length;
  return words >= 8 && /^\s+\p{Ll}/u.test(rest) && /\p{L}/u.test(sentence.slice(0, Math.max(0, at - 1)));
}

/**
 * The sentence after a quoted question that carries on the same speaker's words in its paragraph ("There is a need
 * to …, he continued."; "“We must …,” she said."), past a bare "he asked." standing alone.
 */
function pointAfterQuestion(p: ReportProfile, after: number, paragraph: number, from: number): { text: string; sentences: number[] } | undefined {
  const sentences: number[] = [];
  for (let k = after + 1; k < Math.min(p.sentences.length, after + 4); k++) {
    const n = p.sentences[k];
    if (!n || n.paragraph !== paragraph) return undefined;
    const t = n.text.trim();
    if (n.end <= from) continue;
    if (/^(?:s?he|they|it)\s+\p{L}+(?:\s+\p{L}+)?[.!]?$/iu.test(t)) {
      sentences.push(k);
      continue;
    }
    const quoted = opensAt(t, 0) && !SAID_BY_OTHER.test(t);
    if (!continuesWithPronoun(t) && !quoted) return undefined;
    // A further question is still no point.
    if (/\?\s*[”"»]?\s*$/.test(t.replace(/,?\s*(?:s?he|they)\s+\p{L}+\.?$/iu, ''))) return undefined;
    return { text: t, sentences: [...sentences, k] };
  }
  return undefined;
}

/** Whether the words after a quote's close give it to someone other than the one asked about ("», estime Y"). */
function closedOnOther(a: QuestionAnalysis, text: string, closesAt: number): boolean {
  const closing = text.slice(closesAt, closesAt + 120).split(/(?<=[.!?])\s/)[0] ?? '';
  return SAID_BY_OTHER_FOREIGN.test(closing) && !subjectWords(a).some((x) => fold(closing).includes(x));
}
/** `SAID_BY_OTHER` in French and German only ("…, she told CBC Toronto" names whom she told, not another sayer). */
const SAID_BY_OTHER_FOREIGN = new RegExp(String.raw`(?<![\p{L}])(?:(?:a|ont)\s+(?:pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté)\s+\p{Ll}+|${FOREIGN_QUOTE_VERBS.join('|')})\s+(?:(?:le|la|l['’])\s*(?:\p{Ll}[\p{L}'’-]*\s+){1,3})?(?!(?:il|elle|ils|elles|er|sie)(?![\p{L}]))\p{Lu}`, 'u');

/** A crowd asked as the speaker: its words are its chants, slogans and banners. */
const CROWD_ASKED = /\b(?:crowds?|protesters|protestors|demonstrators|marchers|participants|people|rally|gathering|exiles|iranians)\b/i;

/** A sentence that calls the quotes it gives slogans, chants or banners, or says they were chanted ("slogans such as “…”", "some chanted “…”"). */
const SLOGANS = /\b(?:slogans?|chants?|chanted|chanting|shouting|banners?|placards?)\b[^“”"«».;]{0,40}[“"«„]/i;

/** The words of a sentence up to its first quotation mark (who is said to chant what follows). */
function chantLead(text: string): string {
  const at = text.search(/[“"«„]/);
  return at < 0 ? '' : text.slice(0, at);
}

/** A slogan named without quotation marks at the end of a sentence ("… with the slogan of bread, work, freedom."). */
const UNQUOTED_SLOGAN = /\b(?:the|a|their)\s+slogans?\s+(?:of\s+)?[^“”"«».;:]{5,80}[.;]?\s*$/i;

const SPEECH = /\b(said|say|says|told|urged|called|warned|stated|declared|pointed out|stressed|added|noted|promised|described|wrote|demanded|argued|asked|appealed|a déclaré|sagte)\b|\b(?:continued|went on)(?=\s*[.,;:])/i;

/** A call told in French or German, with the report's own verb ("forderte", "verlangt", "a réclamé", "appelle à"). */
const CALL_ABROAD = String.raw`(?:fordert|forderte|forderten|fordern|verlangt|verlangte|verlangten|appelliert|appellierte|appellierten|plädiert|plädierte|plädierten|drängt|drängte|exhort(?:e|ent|é|ée|ait|aient)|exig(?:e|ent|é|ée|eait|eaient)|réclam(?:e|ent|é|ée|ait|aient)|demand(?:e|ent|é|ée|ait|aient)|appel(?:le|lent|é|ée|ait|aient)\s+(?:à|au|aux|les?|la|l['’]))(?![\p{L}])`;
const CALL_BY_NAME_ABROAD = new RegExp(String.raw`^\s*(?:,[^.;:“”"«»]{0,80}?,\s*)?(?:(?:a|ont|avait|avaient|auch|aussi|également|hat|haben)\s+)*${CALL_ABROAD}`, 'iu');
const CALL_TOLD_ABROAD = new RegExp(String.raw`(?<![\p{L}])${CALL_ABROAD}`, 'iu');
/** A call told right after a name, in its own clause: "X, who called for …", "X, the senator, urged …", "X demanded". */
const CALL_BY_NAME_EN = /^\s*(?:,\s*(?:who|which)\s+|,[^.;:“”"]{0,80}?,\s*)?(?:(?:has|had|also|then)\s+)*(?:call(?:s|ed)?\s+(?:for|on|upon)|urge[sd]|demand(?:s|ed)|appeal(?:s|ed)\s+(?:to|for))\b/i;
const CALL_EN = /\b(?:call(?:s|ed|ing)?\s+(?:for|on|upon)|urge[sd]?|urging|demand(?:s|ed|ing)?|appeal(?:s|ed)?\s+(?:to|for)|need(?:s|ed)?\s+to)\b/i;
/** Words right after a speaker's name that tell their call, in English, French or German. */
const CALL_BY_NAME = { test: (after: string): boolean => CALL_BY_NAME_EN.test(after) || CALL_BY_NAME_ABROAD.test(after) };
/** Words that call for something, in English, French or German. */
const CALL = { test: (text: string): boolean => CALL_EN.test(text) || CALL_TOLD_ABROAD.test(text) };

/** "How did X describe …", "how has X characterised …", "what did X call the crackdown": a description asked. */
const DESCRIBE_ASKED = /\bhow\s+(?:did|does|do|has|have|had|would)\s+.{1,80}?\s+(?:describe|characteri[sz]e|portray|depict|sum\s+up)\b|\bwhat\s+(?:did|does|has|have)\s+.{1,80}?\s+call\s+(?!for\b|on\b|upon\b)/i;
/** Whether a question asks how someone described something (words said of it, not a demand). */
function asksDescription(question: string): boolean {
  return DESCRIBE_ASKED.test(question);
}

/** Statement candidates of one window. */
export function statementCandidates(ctx: ExtractContext, w: EvidenceWindow): Candidate[] {
  const a = ctx.analysis;
  if (!a.subject) return [];
  const p = w.report.profile;
  const text = p.article.text;
  const s = p.sentences[w.si];
  if (!s) return [];
  const at = findSubject(a, w.tokens, p);
  // An embedded post: "— Maryam Rajavi (@Maryam_Rajavi) December 2, 2019" signs the line above it.
  if (at && /^\s*[—–-]\s*\p{Lu}[^(]{1,60}\(@\w+\)/u.test(s.text) && w.si > 0) {
    const before = p.sentences[w.si - 1];
    const para = before ? p.article.paragraphs[before.paragraph] : undefined;
    const post = para ? text.slice(para.start, para.end).trim() : '';
    if (before && post.length >= 12) {
      const name = s.text.replace(/^\s*[—–-]\s*/, '').replace(/\s*\(@.*$/, '').trim();
      const asksPost = a.terms.some((t) => t.part === 'focus' && /^(tweet|post|wrote|write|written)/.test(t.fold));
      const sentences = p.sentences.filter((x) => x.paragraph === before.paragraph).map((x) => x.index);
      return [{ type: 'statement', text: `${name} tweeted: “${clip(post, 600)}”`, window: w, sentences: [...sentences, w.si], fit: 1, attribution: name, ...(asksPost ? { focus: 1 } : {}) }];
    }
  }
  const pronoun = !at && subjectSentences(a, p).some((x) => x.si === w.si && x.pronoun);
  // "The main slogans were “…”": quotes the sentence itself calls slogans or chants are a crowd's words, whoever is
  // named.
  // A crowd named in the sentence too ("a message from the crowd: … under the slogan “…”") chants them as well.
  // (A crowd, not any body asked as a group: "the police" carry no banners and chant no slogans.)
  const crowd = !!a.subject.group && CROWD_ASKED.test(a.subject.text);
  const slogans = !pronoun && crowd && SLOGANS.test(s.text) && !chantOfTheRulingSide(chantLead(s.text), new Set(subjectWords(a)));
  if (!at && !pronoun && !slogans) return [];
  // The person asked about must be the one speaking ("X said", "…, said X", "X: “…”"), not someone spoken of
  // ("speakers criticised President X"). A crowd speaks by chanting, carrying banners, singing.
  // "What did Varnia's UN ambassador say?" against "…,” Varnian UN Ambassador Oleg Drask told the council": asked by
  // office, the holder's name stands between the office and the verb.
  const office = at && OFFICE_WORD.test(w.tokens[at.to - 1]?.fold ?? '') ? /^(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}/u.exec(s.text.slice(w.tokens[at.to - 1]?.end ?? 0)) : null;
  const speaks = pronoun || slogans || (at ? speaksAt(s.text, w.tokens[at.from]?.start ?? 0, (w.tokens[at.to - 1]?.end ?? 0) + (office?.[0].length ?? 0), a.subject.group) : false);
  // Someone named inside another person's quote ("I call on President Emmanuel Macron …") is not its speaker,
  // unless the quote opens with the name and a colon, as banners do (“Maryam Rajavi: Aleppo is the icon …”).
  let banner: { start: number; end: number; text: string } | undefined;
  if (at) {
    const subjectAt = s.start + (w.tokens[at.from]?.start ?? 0);
    const subjectEnd = s.start + (w.tokens[at.to - 1]?.end ?? 0);
    const paraStart = p.article.paragraphs[s.paragraph]?.start ?? s.start;
    // (A crowd matched inside a body's quoted name, "membres du «Comité de soutien aux manifestants»", in a
    // sentence that calls its quote a slogan: the slogan is still the crowd's.)
    if (insideQuote(text, paraStart, subjectAt) && !(a.subject.group && slogans)) {
      const opensWithName = /[“"«„]\s*(?:(?:Mrs?|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u.test(text.slice(Math.max(paraStart, subjectAt - 40), subjectAt));
      const colon = /^\s*:\s*/.exec(text.slice(subjectEnd, subjectEnd + 4));
      if (!opensWithName || !colon) return [];
      const from = subjectEnd + colon[0].length;
      const close = text.slice(from).search(/[”»"]/);
      const upto = close < 0 ? paragraphEndOf(w, w.si) : from + close;
      banner = { start: from, end: upto, text: text.slice(from, upto).trim() };
    }
  }
  const end = paragraphEndOf(w, w.si);
  // "Rep. Brad Sherman (D-CA)" on a line of its own, then the speech in the paragraphs under it, without quotation
  // marks: a transcript's speaker heading.
  const underHeading = at && !banner ? speechUnderHeading(p, w.si) : undefined;
  if (underHeading) {
    const speakerName = s.text.replace(/\s*\([^)]*\)\s*$/, '').split(',')[0]?.trim() ?? s.text;
    const keys = new Set(tokenize(underHeading.text).flatMap((t) => [t.key, ...(t.parts ?? [])]));
    const topic = a.topic ?? [];
    const topicFit = topic.length ? topic.filter((k) => keys.has(k) || [...keys].some((x) => adjectiveOf(x, k))).length / topic.length : 1;
    return [{ type: 'statement', text: `${speakerName}: “${clipToTopic(underHeading.text, topic, 700)}”`, window: w, sentences: [w.si, ...underHeading.sentences], fit: 0.6 + 0.4 * topicFit, attribution: speakerName }];
  }
  // A word or two set in quotation marks inside a sentence that reports the speech ("There is a need to “amplify”
  // their voices, he said") marks a term, not the words said: the sentence is the statement.
  // "X held a banner with friends that said “…”": the banner's words, not the holder's (a crowd's, asked as such).
  // "… the rally was part of what X described as a “day of action”": a name X gave, never the crowd's chant.
  // "What did X's sign read?": the words on the sign X carried, never what X said.
  const signAsked = a.terms.some((t) => t.part === 'focus' && SIGN_WORD.test(t.fold));
  const own = banner
    ? []
    : quotesIn(text, s.start, s.end, end)
        .filter((q) => (signAsked ? BANNER_SAID.test(text.slice(Math.max(s.start, q.start - 80), q.start)) : crowd || !BANNER_SAID.test(text.slice(Math.max(s.start, q.start - 80), q.start))))
        .filter((q) => !(crowd && NAMED_AS.test(text.slice(Math.max(s.start, q.start - 60), q.start))))
        // ("« Nous sommes … là. Mais … », a pour sa part jugé Y": a quote closing in a later sentence that
        // gives it to someone else is not the one asked about's.)
        .filter((q) => !(q.end > s.end && closedOnOther(a, text, q.end)));
  const termsOnly = own.length > 0 && (slogans || own.every((q) => markedTerm(s.text, q.text)));
  const quotes = banner ? [banner] : termsOnly ? [] : own;
  // "X said in his speech to the rally: We support … The revolution was stolen …": a speech given after a colon
  // without quotation marks runs to the end of its paragraph.
  if (!quotes.length && at && speaks) {
    const afterName = (w.tokens[at.to - 1]?.end ?? 0);
    const colon = /^[^:“”"«»]{0,90}?\b(?:said|says|told|stated|declared|added|noted|stressed|underlined|affirmed)\b[^:“”"«».]{0,80}:\s+(?=\p{Lu})/u.exec(s.text.slice(afterName));
    if (colon) {
      const from = s.start + afterName + colon[0].length;
      const speech = text.slice(from, end).trim();
      if (speech.length >= 12 && !/[“”"«»]/.test(speech)) quotes.push({ start: from, end, text: speech });
    }
  }
  // "X called for a boycott of the firms that still trade with Y:" closing its paragraph, then the speech set apart in
  // the next one without quotation marks: a block quote, the speaker's words.
  let blockSentences: number[] = [];
  // ("Le député X a déclaré dans son intervention:", "X sagte in seiner Rede:": in French and German too.)
  if (!quotes.length && at && /:\s*$/.test(s.text) && w.si + 1 < p.sentences.length && BLOCK_SAID.test(s.text.slice(w.tokens[at.to - 1]?.end ?? 0))) {
    const nextPara = p.article.paragraphs[s.paragraph + 1];
    const inNext = p.sentences.map((x, k) => ({ x, k })).filter(({ x }) => x.paragraph === s.paragraph + 1);
    const speech = nextPara ? text.slice(nextPara.start, nextPara.end).trim() : '';
    if (nextPara && inNext.length && speech.length >= 20 && /^\p{Lu}/u.test(speech) && !/[“”"«»]/.test(speech)) {
      // The speech runs on over the next paragraphs while they still speak to an audience in the first or second
      // person, unquoted and credited to no one else ("Je voulais remercier …", "We stand with you …"); one paragraph
      // without such words is part of it when the one after it speaks so again.
      let endPara = s.paragraph + 1;
      for (let k = s.paragraph + 2; k < Math.min(p.article.paragraphs.length, s.paragraph + 10); k++) {
        const para = p.article.paragraphs[k];
        const body = para ? text.slice(para.start, para.end).trim() : '';
        if (!para || body.length < 20 || /[“”"«»]/.test(body) || SAID_BY_OTHER.test(body)) break;
        if (SPEAKER_VOICE.test(body)) endPara = k;
        else if (k - endPara >= 2) break;
      }
      const last = p.article.paragraphs[endPara] ?? nextPara;
      quotes.push({ start: nextPara.start, end: last.end, text: text.slice(nextPara.start, last.end).trim() });
      blockSentences = p.sentences.map((x, k) => ({ x, k })).filter(({ x }) => x.paragraph > s.paragraph && x.paragraph <= endPara).map(({ k }) => k);
    }
  }
  // "…,” affirmed Jacques Boutault": the quote opened in an earlier sentence of the paragraph.
  const opener = banner ? undefined : openedBefore(text, p.article.paragraphs[s.paragraph]?.start ?? s.start, s.start, s.end);
  if (opener) {
    quotes.unshift(opener);
  }
  const sentences = [w.si, ...blockSentences];
  // Quotes that follow in the next paragraphs with no other attribution continue the same speaker.
  let lastEnd = Math.max(s.end, ...quotes.map((q) => q.end));
  if (quotes.length) {
    for (let k = w.si + 1; k < Math.min(p.sentences.length, w.si + 6); k++) {
      const n = p.sentences[k];
      if (!n) continue;
      // A sentence the quote runs into holds its words and often its attribution ("…,” she told the radio.").
      if (n.start < lastEnd) {
        if (!sentences.includes(k)) sentences.push(k);
        continue;
      }
      const t = n.text.trim();
      const startsQuote = opensAt(t, 0);
      const attributedToOther = (SAID_BY_OTHER.test(t) || NAMED_AFTER_QUOTE.test(t)) && !findSubject(a, p.tokens[k] ?? [], p);
      if (!startsQuote || attributedToOther) break;
      const more = quotesIn(text, n.start, n.end, paragraphEndOf(w, k));
      if (!more.length) break;
      // ("« Nous sommes … là. Mais … dures », a pour sa part jugé Y": a quote that closes in a later sentence
      // is given there to someone else.)
      const closesAt = Math.max(...more.map((q) => q.end));
      if (closesAt > n.end && closedOnOther(a, text, closesAt)) break;
      quotes.push(...more);
      sentences.push(k);
      lastEnd = Math.max(...more.map((q) => q.end), n.end);
    }
  } else if (at || pronoun) {
    // "X promised that …" followed by "“…”, she said.": take the next sentence's quote too.
    const n = p.sentences[w.si + 1];
    if (n && continuesWithPronoun(n.text)) {
      const more = quotesIn(text, n.start, n.end, paragraphEndOf(w, w.si + 1));
      if (more.length) {
        quotes.push(...more);
        sentences.push(w.si + 1);
      }
    }
  }
  // "“Why does this matter?” he asked. We must be their voice, he went on.": a question the speaker puts is not
  // the point made; the sentence that continues it in the paragraph is.
  const point = quotes.length && quotes.every((q) => /\?\s*$/.test(q.text)) ? pointAfterQuestion(p, Math.max(...sentences), s.paragraph, lastEnd) : undefined;
  if (point) sentences.push(...point.sentences);
  const speaker = at ? sentenceText(w).slice((w.tokens[at.from] ?? { start: 0 }).start, (w.tokens[at.to - 1] ?? { end: 0 }).end + (office?.[0].length ?? 0)) : (namedBefore(a, p, w.si) ?? a.subject.text);
  let said: string;
  let fit: number;
  const quoteText = quotes.map((q) => q.text).join('” … “');
  // "what did X say about the protesters in Iran": the words asked about should be in what was said.
  const topic = a.topic ?? [];
  const topicFit = (said: string) => {
    if (!topic.length) return 1;
    const keys = new Set(tokenize(said).flatMap((t) => [t.key, ...(t.parts ?? [])]));
    // A country's adjective speaks of it too ("Iran" / "an Iranian republic").
    const holds = (k: string) => keys.has(k) || [...keys].some((x) => adjectiveOf(x, k));
    return topic.filter(holds).length / topic.length;
  };
  if (point) {
    said = `${speaker} asked: “${clip(quoteText, 300)}” ${clip(point.text, 600)}`;
    fit = 0.6 + 0.4 * Math.max(topicFit(`${quoteText} ${point.text}`), 0.5 * topicFit(s.text));
  } else if (a.demand && quotes.length && !termsOnly && !CALL.test(quoteText) && CALL.test(s.text) && sentences.length === 1) {
    // "What did X call for?" against "X said the Union had “looked away for too long” and called for a tribunal":
    // the call is told around the words quoted; the whole sentence answers, not the fragment.
    said = clip(s.text, 600);
    fit = 0.6 + 0.4 * Math.max(topicFit(s.text), 0.5);
  } else if (quotes.length && quoteText.length >= 12 && !termsOnly) {
    // (Of a quotation running over many paragraphs, only the words given count: a topic named past the cut is shown
    // from its sentence on.)
    const shown = clipToTopic(quoteText, topic, 700);
    // ("X told AFP the marches were reaching “a wider public …”": the clause leading into the quote is the speaker's
    // words too, and says what the quote is about.)
    const into = leadInToQuote(s.text);
    said = into ? `${speaker}: ${into} “${shown}”` : `${speaker}: “${shown}”`;
    fit = 0.6 + 0.4 * Math.max(topicFit(into ? `${into} ${shown}` : shown), 0.5 * topicFit(s.text));
    // "What did X say about elections?": words on something else are no answer.
    if (topic.length && topicFit(shown) === 0 && topicFit(s.text) === 0 && !personToldBefore(a, p, w.si, `${shown} ${s.text}`, topicFit)) fit = 0.3;
    // Nor, to "what did X say the toll would reach?", words that speak of no toll.
    if (saysOfNone(a, `${quoteText} ${s.text}`)) fit = 0.3;
  } else if (termsOnly) {
    // "… et scandé le slogan «Pain, dignité»": the words the sentence names a slogan come first, the sentence after.
    const named = slogans ? own.filter((q) => /\b(?:slogans?|chants?|banners?|placards?)\b[^“”"«».;]{0,40}$/i.test(text.slice(Math.max(s.start, q.start - 60), q.start))) : [];
    said = named.length ? `“${named.map((q) => q.text).join('”, “')}” (${clip(s.text, 600)})` : `${clip(s.text, 600)}${quotes.length ? ` “${clip(quoteText, 400)}”` : ''}`;
    fit = 0.6 + 0.4 * topicFit(said);
  } else {
    said = clip(s.text, 600);
    fit = (/\b(said|say|says|told|urged|called|warned|stated|declared|pointed out|stressed|added|noted|promised|described|wrote|demanded|argued|dismissed|rejected|denied|responded|replied|a déclaré|sagte)\b|\b(?:continued|went on)(?=\s*[.,;:])/i.test(s.text) ? 0.75 : 0.45) * (0.7 + 0.3 * topicFit(s.text));
    if (topic.length && topicFit(s.text) === 0) fit = 0.3;
    if (quotes.length) said = `${clip(s.text, 600)}${sentences.length > 1 ? ` “${clip(quoteText, 400)}”` : ''}`;
  }
  // "X set out the demands as follows:" and the list under it: the items are what was said.
  if (!quotes.length && /:\s*$/.test(s.text)) {
    const items = listAfter(p, w.si);
    if (items.length) {
      said = `${said} ${items.map((k) => (p.sentences[k] as { text: string }).text.trim()).join(' ')}`;
      sentences.push(...items);
    }
  }
  // "What did X call for?": words that call for something answer it better than the rest of the speech.
  if (a.demand && !CALL.test(quotes.length ? quoteText : s.text)) fit *= 0.85;
  // … and a sentence telling X's own call ("Senator X, who called for the Guard to be listed …", "X urged …") best.
  else if (a.demand && at && !quotes.length && CALL_BY_NAME.test(s.text.slice(w.tokens[at.to - 1]?.end ?? 0))) fit = Math.max(fit, 0.9);
  // "How did X describe the situation?": words X said of it, not a demand X made ("X called for an inquiry into …").
  if (asksDescription(a.question) && CALL.test(s.text)) fit *= 0.8;
  if (!speaks) fit = Math.min(fit, 0.3);
  // "What did X tell CBC Toronto?": the words the report says were told to them ("…,” she told CBC Toronto) fit
  // best; a pronoun that tells them is sure of its speaker.
  const told = a.addressee?.length ? sentences.some((si) => a.addressee!.every((k) => (p.tokens[si] ?? []).some((t) => t.key === k))) : undefined;
  if (told === false) fit *= 0.9;
  // "What slogan did the crowd use?": only words set apart as a slogan answer — quoted, or named by "the slogan
  // (of) …" without quotation marks; what the crowd called for in other words is not its slogan.
  if (a.terms.some((t) => t.part === 'focus' && t.key === '@chant' && /^slogan/.test(t.fold))) {
    const quoted = quotes.length > 0 || own.length > 0;
    if (UNQUOTED_SLOGAN.test(s.text) && !quoted) {
      said = clip(s.text, 600);
      fit = Math.max(fit, 0.85);
    } else if (!quoted) fit = Math.min(fit, 0.3);
  }
  const c: Candidate = { type: 'statement', text: said, window: w, sentences, fit: fit * (pronoun && !told ? 0.9 : 1) };
  c.attribution = speaker;
  const out = [c];
  // "Rajavi urged France to lead a European initiative …" followed by a quote on something else: the sentence's own
  // reported speech answers "what did she urge France to do" better than the quote after it.
  const ownQuotes = quotesIn(text, s.start, s.end, end);
  if (at && !ownQuotes.length && quotes.length && topic.length && SPEECH.test(s.text)) {
    // The quote that follows by pronoun ("“…,” he says.") is the same speaker's words on it: both are given, as written.
    const next = sentences.length > 1 && !banner ? p.sentences[sentences[1] as number] : undefined;
    const withNext = next && continuesWithPronoun(next.text) ? `${s.text} ${next.text}` : s.text;
    out.push({ type: 'statement', text: clip(withNext, 700), window: w, sentences: next && withNext !== s.text ? [w.si, next.index] : [w.si], fit: 0.55 + 0.45 * topicFit(s.text), attribution: speaker });
  }
  return out;
}

/** Whether a text holds none of what the question says the words said something of ("say the death toll would …"). */
function saysOfNone(a: QuestionAnalysis, text: string): boolean {
  if (!a.saidOf?.length) return false;
  const keys = new Set(tokenize(text).flatMap((t) => [t.key, ...(t.parts ?? [])]));
  return !a.saidOf.some((k) => keys.has(k));
}

/** The numbered or bulleted items right after a sentence that ends with a colon (the first four or so). */
function listAfter(p: ReportProfile, si: number): number[] {
  const out: number[] = [];
  for (let k = si + 1; k < p.sentences.length && out.length < 8; k++) {
    const t = (p.sentences[k] as { text: string }).text.trim();
    if (/^(?:\d{1,2}[.)]|[•*–-])\s+\S/u.test(t)) out.push(k);
    // ("1." may stand as a sentence of its own before the item's words.)
    else if (/^\d{1,2}[.)]$/.test(t) && k + 1 < p.sentences.length) out.push(k, ++k);
    else break;
  }
  return out;
}

/** A pronoun for a person ("She was …", "her teacher"). */
const PERSON_PRONOUN = /\b(?:she|her|hers|he|him|his)\b/i;

/**
 * The reported clause a quote continues, mid-sentence: "X told AFP the marches were reaching “…”" → "the marches were
 * reaching" (none when the quote follows a comma or a colon, or the clause is not in lower case).
 */
function leadInToQuote(text: string): string | undefined {
  const open = text.search(/[“"«]/);
  if (open <= 0) return undefined;
  const before = text.slice(0, open).trimEnd();
  if (!/\p{Ll}$/u.test(before)) return undefined;
  const m = /\b(?:told|tells|said|says|added|explained|insisted|stressed)\s+(?:(?:\p{Lu}[\p{L}.]*|reporters|journalists)\s+)?(?:that\s+)?([^,;:“”"«»]{4,160})$/u.exec(before);
  const clause = m?.[1]?.trim();
  return clause && /^\p{Ll}/u.test(clause) ? clause : undefined;
}

/**
 * "What did Tomas Reyl say about Lina?" against "“She was always the first to help,” said her neighbour Tomas Reyl",
 * the paragraph before telling of Lina: a person the question asks about, named in one of the two sentences before
 * and spoken of by a pronoun in the words said, is who they are about.
 */
function personToldBefore(a: QuestionAnalysis, p: ReportProfile, si: number, said: string, topicFit: (text: string) => number): boolean {
  const topic = a.topic ?? [];
  if (!topic.length || !PERSON_PRONOUN.test(said)) return false;
  // (Only a person asked by name: every topic word is a name the question writes capitalised.)
  if (!topic.every((k) => a.terms.some((t) => t.key === k && t.sort === 'name' && /^\p{Lu}/u.test(t.text)))) return false;
  return [si - 1, si - 2].some((k) => k >= 0 && topicFit(p.sentences[k]?.text ?? '') === 1);
}

/**
 * A long speech clipped to its length from the part the question asks about: when the words of the topic asked
 * ("the bill", "the embassy") stand late in it, the excerpt opens at that sentence ("… Now the bill …"), so what
 * follows them is shown too.
 */
function clipToTopic(text: string, topic: readonly string[], max: number): string {
  if (text.trim().length <= max || !topic.length) return clip(text, max);
  const sentences = text.trim().split(/(?<=[.!?])\s+(?=[\p{Lu}“"«])/u);
  // (The sentence holding most of the topic's words, the first of equals: "the bill on the Guards" is where both stand.)
  let best = -1;
  let bestHits = 0;
  let bestAt = 0;
  let at = 0;
  for (const [i, sentence] of sentences.entries()) {
    const keys = new Set(tokenize(sentence).flatMap((t) => [t.key, ...(t.parts ?? [])]));
    const hits = topic.filter((k) => keys.has(k)).length;
    if (hits > bestHits) [best, bestHits, bestAt] = [i, hits, at];
    at += sentence.length + 1;
  }
  // (Not found, or standing in the first half of the cut, with what follows it shown: nothing to move.)
  if (best < 0 || bestAt + (sentences[best]?.length ?? 0) <= max / 2) return clip(text, max);
  return `… ${clip(sentences.slice(best).join(' '), max)}`;
}

import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * Verbs a question can ask words or a deed by that are no verb of saying: what someone was charged with or accused
 * of, what they hope or fear. Each with the words a sentence tells it by, and (for a charge) the words that say the
 * opposite ("held without charge").
 */
const VERBS_ASKED: ReadonlyArray<{ asked: RegExp; told: RegExp; not?: RegExp; cited?: boolean }> = [
  { asked: /\b(?:charged|indicted)\s+with\b/i, told: /\b(?:charg(?:e|ed|es|ing)|indict(?:ed|ment)?|accus(?:e|ed|es|ing|ation))\b/gi, not: /\bwithout\s+(?:any\s+)?(?:formal\s+)?charge/gi },
  { asked: /\baccused\s+of\b/i, told: /\b(?:accus(?:e|ed|es|ing|ation)|charg(?:e|ed|es|ing))\b/gi, not: /\bwithout\s+(?:any\s+)?(?:formal\s+)?charge/gi },
  // (Hope and fear only as the question's own verb, "what does X hope …", "what did X fear …", not as nouns: "what did
  // Amnesty say about fears of new executions?" asks what was said.)
  { asked: /\b(?:do|does|did|is|are|was|were)\s+(?:\S+\s+){1,4}?(?:hope|hoping|hoped)\b(?!\s+(?:of|for)\b)/i, told: /\bhop(?:e|es|ed|ing|eful)\b/gi },
  { asked: /\b(?:do|does|did|is|are|was|were)\s+(?:\S+\s+){1,4}?(?:fear|fearing|feared)\b(?!\s+(?:of|for)\b)/i, told: /\b(?:fear(?:s|ed|ing|ful)?|afraid|scared|worried|worry|concern(?:s|ed)?|warn(?:s|ed|ing)?|risk)\b/gi },
  // ("How did X describe the raid?": words X gave it, told by a verb of naming or in X's own quoted words; a sentence
  // giving only a figure X reported describes nothing.)
  // ("What did X call the vote?": the name X gave it; X calling for something, "called for “calm”", names nothing.)
  { asked: /\bwhat\s+(?:do|does|did|has|had|have)\s+(?:\S+\s+){1,5}?call\s+(?!for\b|on\b|upon\b)(?:the|this|that|his|her|their|its)\b/i, told: /\b(?:describ\w*|call(?:s|ed|ing)?|dubb?(?:ed|s|ing)?|brand(?:s|ed|ing)?|term(?:s|ed)?|label(?:s|led|ed|ling)?)\b|[“"«]/gi, not: /\b(?:call(?:s|ed|ing)?\s+(?:for|on|upon)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?)\b[^.;]*(?:[.;!?]\s*[”"»]+)?/gi, cited: true },
  { asked: /\bhow\s+(?:do|does|did|has|had|have|would)\s+(?:\S+\s+){1,5}?(?:describe|characteri[sz]e|portray|label)\b/i, told: /\b(?:describ\w*|call(?:s|ed|ing)?|dubb?(?:ed|s|ing)?|brand(?:s|ed|ing)?|term(?:s|ed)?|label(?:s|led|ed|ling)?|characteri[sz]\w*|portray\w*)\b|[“"«]/gi },
];

/**
 * "What were the three men charged with?" answered with a sentence on people arrested "without charge", "what does X
 * hope the protests become?" with other words of X's: a question asking by a verb that is no verb of saying (charged
 * with, accused of, hope, fear) is answered only by sentences that write that verb's family (or the quote itself
 * does). Declined otherwise.
 */
export function verbAskedUnwritten(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  if (intent.analysis.expects !== 'statement' && intent.analysis.expects !== 'fact') return given;
  const question = intent.question ?? '';
  const verb = VERBS_ASKED.find((v) => v.asked.test(question));
  if (!verb) return given;
  // (A report's title the answer names as its source, "According to “Three held, accused of …”: …", is no sentence
  // telling it.)
  const own = given.text.replace(/^According to “[^”]*”(?:\s*\([^)]*\))?[:,]\s*/, '');
  // (The answer's own text may retell a call as "X said: “…”"; only the sentences cited show how the words were told.)
  const said = [...(verb.cited ? [] : [own]), ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  const kept = verb.not ? said.replace(verb.not, ' ') : said;
  if (new RegExp(verb.told.source, 'i').test(kept)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence found tells of what the question asks in those words.', suggestionsFor(intent, index));
}

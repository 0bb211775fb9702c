/**
 * A title the question asks a person by ("which former senator", "which Dornish colonel") and whether a sentence
 * gives someone that title, written whole or short ("Sen. Arno Tesk", "Lt. Col. Edric Vantablack").
 */

/** A title the question asks the person by ("which former senator", "which Dornish colonel"). */
// (Only words describing the title between: "what was the general message", "what did the mayor say" ask no title,
// and "general" before a noun is no rank: "which general election", "the general assembly".)
const TITLE_ASKED =
  /^(?:which|what)\s+(?:(?!(?:was|were|is|are|did|does|do|has|had|the|a|an)\b)[\p{L}-]+\s+){0,3}?((?:vice\s+)?president|senator|general|colonel|governor|representative|ambassador|mayor|minister|judge|commander|admiral|captain|lieutenant|congressman|congresswoman|councilmember|councilman|councilwoman|councillor|councilor)s?\b(?!\s+(?:assembly|election|elections|message|secretary|strike|public|population|consul|manager|director|staff|idea|prosecutor|council|amnesty|view|sense|public)\b)/iu;

/**
 * "Who was the presiding judge at the trial?", "who is the prosecutor in the case?": the title of the one person
 * asked, held at an occasion or a body named after it; "who was the Kessan ambassador arrested in Osk?": or the one
 * a deed was done to; "who was the police colonel who gave the toll?": or the one a relative clause tells a deed of.
 */
const WHO_TITLE_ASKED =
  /^who\s+(?:is|was|were|are)\s+(?:the\s+)?(?:(?!(?:of|for|at|in|on)\b)[\p{L}-]+\s+){0,2}?(senator|general|colonel|governor|ambassador|mayor|minister|judge|prosecutor|lawyer|attorney|magistrate|commander|admiral|captain|lieutenant|spokes(?:person|man|woman))s?\s+(?:of|for|at|in|on|to|(?:who|that|arrested|detained|held|expelled|summoned|released|killed|shot|wounded|kidnapped|abducted|injured)\b)\b/iu;

export function titleAskedOf(question: string): string | undefined {
  const q = question.trim();
  return (TITLE_ASKED.exec(q) ?? WHO_TITLE_ASKED.exec(q))?.[1]?.toLowerCase().replace(/\s+/g, ' ');
}

/** The short forms titles take before a name ("Sen.", "Gen.", "Col."). */
const TITLE_SHORT: Readonly<Record<string, string>> = {
  senator: 'sen', general: 'gen', colonel: 'col', governor: 'gov', representative: 'rep', ambassador: 'amb', commander: 'cmdr', admiral: 'adm', captain: 'capt', lieutenant: 'lt',
};

/**
 * Whether a sentence gives a person the title asked, before the name ("former Dornish Sen. Arno Tesk", "Lt. Col.
 * Edric Vantablack") or in an apposition after it ("Arno Tesk, a former senator,").
 */
export function titledAs(sentence: string, name: string, title: string): boolean {
  const at = sentence.indexOf(name);
  if (at < 0) return false;
  const before = sentence.slice(Math.max(0, at - 40), at);
  const words = titleWords(title);
  // (No "i" flag: with it \p{Lu} would match any letter.)
  if (new RegExp(`\\b(?:${words})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}$`, 'u').test(before)) return true;
  return new RegExp(`^,\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${words})\\b`, 'u').test(sentence.slice(at + name.length, at + name.length + 60));
}

/** Whether a sentence writes the title asked right before a capitalised name ("Col. Edric Vantablack", "Senator Ana Holm"). */
export function titleBeforeName(sentence: string, title: string): boolean {
  return new RegExp(`\\b(?:${titleWords(title)})\\s+\\p{Lu}`, 'u').test(sentence);
}

/** The title and its short form as a pattern, either capitalised or not ("[Ss]enators?|[Ss]en\\."). */
function titleWords(title: string): string {
  // (Each word of a title of two, "vice president", either way: "Vice President", "vice-president".)
  const either = (w: string) => w.split(' ').map((x) => `[${x[0]!.toUpperCase()}${x[0]}]${x.slice(1)}`).join('[\\s-]+');
  const short = TITLE_SHORT[title];
  return `${either(title)}s?${short ? `|${either(short)}\\.` : ''}`;
}

/** Removes mentions of the bot (`<@id>`, `<@!id>`) from a message; what remains is the question. */
export function stripBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

const QUESTION_START =
  /^(who|whom|whose|what|when|where|which|why|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|tell me|show me|list|give me)\b/i;

/** True when a channel message reads like a question (ends with "?" or starts like one), so chatter is left alone. */
export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 500) return false;
  return t.endsWith('?') || QUESTION_START.test(t);
}

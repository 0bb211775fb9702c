/**
 * One reply to a question that asks several things ("who spoke at the Velmar rally and when was it?"): each part's
 * answer under the part it answers, every part's sources, each cited once.
 */
import type { Answer, Citation } from '../domain/types.ts';

/** The parts' answers as one: answered when any part is, each part's text under its own question, sources once. */
export function combineAnswers(question: string, parts: ReadonlyArray<{ question: string; answer: Answer }>): Answer {
  const first = parts.find((p) => p.answer.answered) ?? parts[0];
  if (!first) throw new Error('combineAnswers: no parts');
  const citations: Citation[] = [];
  const seen = new Set<string>();
  for (const { answer } of parts) {
    for (const c of answer.citations) {
      const key = `${c.articleId}#${c.sentence}#${c.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      citations.push(c);
    }
  }
  const answered = parts.some((p) => p.answer.answered);
  const text = parts.map((p) => `${upperFirst(p.question)} — ${p.answer.text.trim()}`).join('\n\n');
  const out: Answer = { question, answered, intent: first.answer.intent, text, citations };
  // Nothing answered: what the archive holds that is closest, as each part found it (each suggestion once).
  const suggestions = answered ? undefined : parts.flatMap((p) => p.answer.suggestions ?? []);
  if (suggestions?.length) out.suggestions = [...new Set(suggestions)];
  return out;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

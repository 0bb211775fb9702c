import { readFile } from 'node:fs/promises';
import type { Answer, Citation } from '../domain/types.ts';
import type { ask as askFn } from '../engine.ts';
import type { ArchiveIndex } from '../index/archive-index.ts';
import { ARCHIVE_OPTION, CliUsageError, type CliCommand, type CliIo } from './command.ts';
import { loadArchive } from './load-archive.ts';

/** The JSON shape of one answer, as the scorer reads it (one line per question in batch mode). */
export interface AnswerJson {
  question: string;
  answered: boolean;
  intent: string;
  text: string;
  suggestions?: string[];
  citations: Array<{ file: string; title: string; date: string | null; source: string | null; excerpt: string; url?: string }>;
}

/** Turns an answer into the CLI's JSON object. */
export function answerToJson(question: string, answer: Answer): AnswerJson {
  const json: AnswerJson = {
    question,
    answered: answer.answered,
    intent: answer.intent,
    text: answer.text,
    citations: answer.citations.map((c) => {
      const cite: AnswerJson['citations'][number] = {
        file: c.file,
        title: c.title,
        date: c.date ?? null,
        source: c.source ?? null,
        excerpt: c.excerpt,
      };
      if (c.url) cite.url = c.url;
      return cite;
    }),
  };
  if (answer.suggestions?.length) json.suggestions = answer.suggestions;
  return json;
}

function citationLines(c: Citation, n: number): string[] {
  const meta = [c.source, c.date].filter(Boolean).join(', ');
  return [`[${n}] "${c.excerpt.replace(/\s+/g, ' ').trim()}"`, `    ${c.title}${meta ? ` — ${meta}` : ''} (${c.file})`];
}

/** The human-readable answer: the text, then the numbered citations or the suggestions. */
export function renderAnswerText(answer: Answer): string {
  const lines = [answer.text];
  if (answer.citations.length) {
    lines.push('', 'Sources:');
    answer.citations.forEach((c, i) => lines.push(...citationLines(c, i + 1)));
  }
  // The answer text often names the suggestions already; list only the ones it does not.
  const extra = answer.answered ? [] : (answer.suggestions ?? []).filter((s) => !answer.text.includes(s));
  if (extra.length) {
    lines.push('', 'The archive does hold:');
    for (const s of extra) lines.push(`  - ${s}`);
  }
  return lines.join('\n');
}

function unanswered(question: string, text: string): AnswerJson {
  return { question, answered: false, intent: 'search', text, citations: [] };
}

function answerOne(ask: typeof askFn, index: ArchiveIndex, question: string, io: CliIo): AnswerJson {
  if (!question.trim()) return unanswered(question, 'Empty question: ask something about the archive.');
  try {
    return answerToJson(question, ask(index, question).answer);
  } catch (err) {
    // In a batch one failing question must not shift or drop the answers that follow it.
    io.err(`cli: could not answer "${question}": ${(err as Error).stack ?? String(err)}`);
    return unanswered(question, 'Sorry, this question could not be answered (internal error).');
  }
}

/** `ask [--archive DIR] [--json] "question"` and `ask --batch FILE` (JSON Lines). */
export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'answer a question (or every line of --batch FILE) from the archive',
  usage: '[--archive DIR] [--json] "question" | --archive DIR --json --batch FILE',
  options: { ...ARCHIVE_OPTION, json: { type: 'boolean' }, batch: { type: 'string' } },
  async run({ values, positionals }, io) {
    const batch = values['batch'];
    if (typeof batch === 'string') {
      if (positionals.length) throw new CliUsageError('cli: ask: give either a question or --batch FILE, not both');
      const content = await readFile(batch, 'utf8').catch(() => undefined);
      if (content === undefined) throw new CliUsageError(`cli: ask: batch file not found: ${batch}`);
      const questions = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
      if (questions.length > 0 && questions[questions.length - 1] === '') questions.pop();
      const { index } = await loadArchive(values['archive'], io);
      const { ask } = await import('../engine.ts');
      for (const q of questions) {
        const a = answerOne(ask, index, q.trim(), io);
        io.out(values['json'] ? JSON.stringify(a) : `Q: ${q}\n${a.text}\n`);
      }
      return 0;
    }
    const question = positionals.join(' ').trim();
    if (!question) throw new CliUsageError('cli: ask: missing question (ask "who spoke at the rally?")');
    const { index } = await loadArchive(values['archive'], io);
    const { ask } = await import('../engine.ts');
    if (values['json']) {
      io.out(JSON.stringify(answerOne(ask, index, question, io)));
      return 0;
    }
    io.out(renderAnswerText(ask(index, question).answer));
    return 0;
  },
};

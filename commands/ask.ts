import { SlashCommandBuilder } from 'discord.js';
import { ask } from '../src/engine.ts';
import { type Command, textReply } from '../src/discord/command.ts';
import { answerRecordOf } from '../src/discord/feedback.ts';
import { renderAnswer } from '../src/discord/render-answer.ts';

/** /ask: the engine's answer, with follow-up context kept per user and channel. */
export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the archive')
    .addStringOption((o) => o.setName('question').setDescription('e.g. who spoke at the rally in Lisbon?').setRequired(true).setMaxLength(500))
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer'))
    .toJSON(),
  // Answering is synchronous CPU work: a timer cannot interrupt it, so defer before starting.
  defer: true,
  async execute(input) {
    const question = String(input.options.question ?? '').trim();
    if (!question) return textReply('Ask a question, for example: who spoke at the rally?', { ephemeral: true });
    const previous = await input.stores.contexts.get(input.user.id, input.channelId);
    const { answer, context } = ask(input.archive.index, question, previous);
    await input.stores.contexts.set(input.user.id, input.channelId, context, input.config.CONTEXT_TTL_SECONDS * 1000);
    // The answer record makes the adapters add the feedback buttons and log what the archive could not answer.
    return { ...renderAnswer(answer, { version: input.archive.version }), answer: answerRecordOf(answer) };
  },
} satisfies Command;

import { describe, expect, it } from 'vitest';
import { answerToJson, renderAnswerText } from '../../../src/cli/ask-command.ts';
import type { Answer } from '../../../src/domain/types.ts';

const cited: Answer = {
  question: 'Who spoke at the vigil in Oslo?',
  answered: true,
  intent: 'who',
  text: 'Ingrid Solberg spoke at the rally outside the Storting on April 8, 2022.',
  citations: [
    {
      file: 'oslo-vigil.txt',
      articleId: 'abc',
      title: 'Exiles Hold Rally Outside Parliament in Oslo',
      source: 'Nordic Exile News',
      date: '2022-04-09',
      excerpt: 'Ingrid Solberg, a member of the Norwegian Parliament,\n told the rally.',
      sentence: 1,
      start: 10,
      end: 60,
    },
  ],
};

describe('cli answer rendering', () => {
  it('GIVEN an answer with a citation THEN text mode shows the answer, then [1] with the excerpt on one line, title, publisher, date and file', () => {
    expect(renderAnswerText(cited).split('\n')).toEqual([
      'Ingrid Solberg spoke at the rally outside the Storting on April 8, 2022.',
      '',
      'Sources:',
      '[1] "Ingrid Solberg, a member of the Norwegian Parliament, told the rally."',
      '    Exiles Hold Rally Outside Parliament in Oslo — Nordic Exile News, 2022-04-09 (oslo-vigil.txt)',
    ]);
  });

  it('GIVEN an unanswered question with suggestions THEN only suggestions the text does not already name are listed', () => {
    const text = renderAnswerText({
      question: 'Who spoke in Lima?',
      answered: false,
      intent: 'who',
      text: 'The archive has nothing on Lima. Closest: Rally in Oslo.',
      citations: [],
      suggestions: ['Rally in Oslo', 'Conference in Vienna'],
    });
    expect(text).toContain('  - Conference in Vienna');
    expect(text).not.toContain('  - Rally in Oslo');
  });

  it('GIVEN a citation without publisher or date THEN the JSON has null source and date, as the scorer expects', () => {
    const { source: _s, date: _d, ...bare } = cited.citations[0]!;
    const json = answerToJson(cited.question, { ...cited, citations: [bare] });
    expect(json.citations[0]).toEqual({ file: 'oslo-vigil.txt', title: 'Exiles Hold Rally Outside Parliament in Oslo', date: null, source: null, excerpt: bare.excerpt });
  });
});

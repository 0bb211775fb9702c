import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Questions whose wording hid what they ask (found on a probe of diaspora rallies in North America and Australia);
// each case is a small archive of the genre in invented words.
const report = (title: string, date: string, body: string): string => `${title}\nPublished: ${date} | Lantern Wire\n\n${body}\n`;

async function answerOf(files: Record<string, string>, question: string) {
  const index = await archiveOfTexts(files);
  return ask(index, question).answer;
}

const vigil = report(
  'Exiles protest envoy outside the Kessel Assembly',
  '14 March 2031',
  'Hundreds of exiles gathered outside the Kessel Assembly on Tuesday to protest the visit of the Varn envoy.\n\n“His hands are stained with the blood of prisoners,” former Lindmark senator Oren Vasko said. “The envoy must face a court, not a podium,” said Talia Brunn, deputy director of the Freedom Office of the Varn Council.',
);

describe('a post asked of the person the question names', () => {
  it('GIVEN "X, who spoke at …, what office did he hold?" THEN the office of X answers, not another speaker', async () => {
    const answer = await answerOf({ 'k.txt': vigil }, 'Oren Vasko, who spoke at the 2031 protest in Kessel - what office did he hold?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/senator/);
    expect(answer.text).not.toMatch(/Talia Brunn/);
  });
});

describe('what the asker knows of a person, in brackets, asks who the person is', () => {
  it('GIVEN "who is talia brunn (speaker at the Kessel protest)" THEN her role answers, not a list of speakers', async () => {
    const answer = await answerOf({ 'k.txt': vigil }, 'who is talia brunn (speaker at the Kessel protest)');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/deputy director/);
    expect(answer.text).not.toMatch(/Oren Vasko/);
  });
});

describe('"who else spoke" asks the speakers', () => {
  it('GIVEN a list of other speakers and an administration named by a surname WHEN "who else spoke … besides X" THEN the listed speakers answer, no administration', async () => {
    const answer = await answerOf(
      {
        'b.txt': report(
          'Exiles protest the sham vote in Brenner',
          '20 June 2031',
          'About 300 exiles demonstrated against the Varn government outside the Civic Court on Brenner Square on 13 June.\n\n“We are here to say no to the sham vote,” Dela Moss, who helped organise the demonstration, told the Courier.\n\nMoss also spoke out against the Hallam administration easing sanctions on Varn, calling the Varn government a “criminal gang.”\n\nOther speakers included poet Pavo Lind, Rasmus Oy, who heads the Lantern Party of Varn, and Ida Venn, all of whom spoke in Norn.',
        ),
      },
      'Who else spoke at the Brenner Square protest besides Moss?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Rasmus Oy/);
    expect(answer.text).toMatch(/Ida Venn/);
    expect(answer.text).not.toMatch(/Hallam/);
  });
});

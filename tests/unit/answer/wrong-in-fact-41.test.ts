import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Answers the scorer's keys would pass but that say something false (found by reading every answer of the
// development set and a new probe against its report): each case is a small archive of the genre in invented words.
const report = (title: string, date: string, body: string): string => `${title}\nPublished: ${date} | Lantern Wire\n\n${body}\n`;

async function answerOf(files: Record<string, string>, question: string) {
  const index = await archiveOfTexts(files);
  return ask(index, question).answer;
}

const lead = (text: string): string => text.split('“')[0] ?? '';

describe('another number of the same sentence is not the answer', () => {
  it('GIVEN "police said about 3,000 …, while organisers had registered 11,000" WHEN the police’s figure is asked THEN 3,000 answers, credited to the police', async () => {
    const answer = await answerOf(
      { 'r.txt': report('Exiles rally in Karsten for the uprising', '14 March 2031', 'Exiles rallied at the Lantern Gate in Karsten on Saturday to back the uprising.\n\nKarsten police said about 3,000 people stood at the Lantern Gate by noon, while organisers had registered 11,000 participants.\n\nSpeakers called for a firm policy.') },
      'Karsten rally at the Lantern Gate - what did the police say the crowd was?',
    );
    expect(answer.answered).toBe(true);
    expect(lead(answer.text)).toMatch(/3,000/);
    expect(lead(answer.text)).not.toMatch(/11,000/);
  });

  it('GIVEN "of the 144 victims …, 17 may have been under 18" WHEN how many may have been under 18 is asked THEN 17 answers, not the total', async () => {
    const answer = await answerOf(
      { 'r.txt': report('Protest toll rises to at least 144', '3 October 2031', 'Vardan Rights said that of the 144 victims in the protests, 17 may have been under 18.\n\nThe group said deaths were recorded in nine provinces.') },
      'How many of the victims may have been under 18, per Vardan Rights?',
    );
    expect(answer.answered).toBe(true);
    expect(lead(answer.text)).toMatch(/^17\b/);
    expect(lead(answer.text)).toMatch(/Vardan Rights/);
  });

  it('GIVEN "an estimated 9,400 arrested together with the identity of 1,150 arrested citizens" WHEN how many were arrested is asked THEN the estimate answers, not those identified', async () => {
    const answer = await answerOf(
      { 'r.txt': report('Monitor publishes 60-day report on the protests', '2 December 2031', 'The Varn Rights Monitor published its 60-day report on the protests on Friday.\n\nIn this report, besides maps and tables, the identity of 210 deceased, including 31 children, an estimated 9,400 arrested together with the identity of 1,150 arrested citizens, 402 students and 19 journalists is compiled.') },
      "The monitor's 60-day report on the protests - roughly how many people had been arrested?",
    );
    expect(answer.answered).toBe(true);
    expect(lead(answer.text)).toMatch(/9,400/);
    expect(lead(answer.text)).not.toMatch(/1,150/);
  });
});

describe('another report’s figure beside the answer counts the same thing', () => {
  it('GIVEN a toll of the protests and, in another report, "19 deaths among security personnel" WHEN the toll is asked THEN the security forces’ count is not given as a different figure', async () => {
    const answer = await answerOf(
      {
        'a.txt': 'Death toll in Varn protests rises to 88: rights group\nKELM, Varn (WN) – The toll of the Varn protests over the death of a 19-year-old student held by police has climbed to 88, according to a Lisbon-based rights group.\n\nIn a statement, Varn Rights Watch said 30 protesters were killed in the eastern town of Dalta on Friday.\n',
        'b.txt': ' date 2031-10-21 Varn protests death toll rises to 170, over 6,000 detained: Rights group\nVarn’s security forces have killed 170 protesters and arrested over 6,000 others in protests over the student’s death in detention, a monitoring group reported on Friday.\n\nThere have been 19 deaths among security personnel, according to the Varn Rights Monitor.\n',
      },
      'What did the toll of the Varn protests over the student’s death rise to, per the Lisbon-based group (WN report)?',
    );
    expect(answer.answered).toBe(true);
    expect(lead(answer.text)).toMatch(/^88\b/);
    expect(answer.text).not.toMatch(/19 deaths/);
  });

  it('GIVEN children counted since an offensive began and, in another report, the children of one market strike WHEN the running count is asked THEN the strike’s count is not given as a different figure', async () => {
    const answer = await answerOf(
      {
        'c.txt': 'Beirut - Lantern Today\nSeventy civilians, including 21 children, have been killed in government or allied air strikes on Varn province since the offensive began, said the Kelm-based Lantern Monitor for Human Rights.\n\nThe fighting has seen 40,000 civilians flee southern Varn, the UN said.\n',
        'd.txt': " date 2031-10-08 Government airstrike on Varn market kills children\nAt least nine civilians, including three children, were killed in government airstrikes on a market in Varn province's Dalta, the Lantern Monitor for Human Rights said.\n\nAlmost a dozen civilians, including three children, died on Sunday after raids on a marketplace, a monitor has said.\n",
      },
      'How many kids were among the civilians LMHR counted as killed in government and allied bombing of Varn since the offensive kicked off at the end of 2031?',
    );
    expect(answer.answered).toBe(true);
    expect(lead(answer.text)).toMatch(/^21 children/);
    expect(answer.text).not.toMatch(/three children, according/);
  });
});

describe('who a report credits is a body or a person, never a page widget', () => {
  it('GIVEN a page opening with a "News Ticker" label above its headline WHEN the conference’s date is asked THEN no answer is “according to News Ticker”', async () => {
    const answer = await answerOf(
      { 'r.txt': 'News Ticker\n\nKarsten: Conference on policy at the Freedonian parliament\n\nFreedonian Parliament, Karsten 17/01/2031 - A conference at the Amber Hall of the Freedonian Parliament to address regional developments.\n\nOn Tuesday, January 17, 2031, a conference took place at the Freedonian Parliament to discuss the region.\n\nLena Voss, the keynote speaker, was joined by Freedonian deputies including Marc Ober, Tilde Rasmus and Petra Hollen.\n' },
      'when was the conference at the Freedonian parliament in january 2031?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/January 17, 2031/);
    expect(answer.text).not.toMatch(/News Ticker/);
    expect(answer.citations[0]?.source ?? '').not.toMatch(/Ticker/);
  });
});

const gathering = report(
  'A Historic Gathering in Karsten',
  '28 August 2031',
  'On August 26, 2031, the municipality of Karsten\'s 9th district hosted a major conference, “Stop the Executions”.\n\nThe event brought together Lena Voss, Freedonian political figures, jurists and former ministers.\n\nFreedonian Officials Express Support\n\nMarc Ober, Mayor of the 9th district, called the wave of executions “unacceptable,” adding: “Her plan is a clear vision.”\n\nTilde Rasmus noted: “This gathering honors the victims.”\n\nInternational Figures Call for Accountability\n\nIn her speech, Lena Voss declared: “Neither war nor appeasement.”\n\nOskar Brand, former Ruritanian Minister of Justice, said: “The world cannot stay silent.”',
);

describe('a "where" answer is a place, and a list holds the people of the kind asked', () => {
  it('GIVEN "Marc Ober, Mayor of the 9th district, called …" WHEN which part of the town hosted is asked THEN the answer is the district that hosted it, not the mayor’s post', async () => {
    const answer = await answerOf({ 'r.txt': gathering }, 'which part of Karsten hosted the Aug 2031 conference on the wave of executions?');
    expect(answer.answered).toBe(true);
    expect(lead(answer.text)).toMatch(/^(?:The )?9th district/);
    expect(lead(answer.text)).not.toMatch(/Mayor/);
    // (Read from the sentence telling that the district hosted it, not from the post of the district's mayor.)
    expect(answer.citations[0]?.excerpt).toMatch(/hosted/);
  });

  it('GIVEN "inaugurated today the Velo Camp 2, near Darsk, 25 km from Karsten" WHEN where Velo 2 lies is asked THEN the answer is where it lies, not the camp’s own name given back', async () => {
    const answer = await answerOf(
      { 'r.txt': report('Exiles open their new town in Ruritania', '12 May 2031', 'Some 2,000 Varnish exiles, living in Ruritania with the help of its allies, have inaugurated today the Velo Camp 2, near Darsk, 25 km from Karsten.\n\nMany guests from abroad attended the ceremony.') },
      'where exactly is velo 2 located in ruritania, going by the lantern wire report on its 2031 inauguration?',
    );
    expect(answer.answered).toBe(true);
    expect(lead(answer.text)).toMatch(/^Darsk/);
    expect(lead(answer.text)).not.toMatch(/Velo Camp/);
  });

  it('GIVEN a heading "Freedonian Officials Express Support" over two officials, then a keynote speaker and a foreign minister under another heading WHEN which Freedonian officials spoke is asked THEN only the two are listed', async () => {
    const answer = await answerOf({ 'r.txt': gathering }, 'which Freedonian officials spoke at the August 2031 Karsten conference against executions?');
    expect(answer.answered).toBe(true);
    expect(lead(answer.text)).toMatch(/Marc Ober/);
    expect(lead(answer.text)).toMatch(/Tilde Rasmus/);
    expect(lead(answer.text)).not.toMatch(/Lena Voss|Oskar Brand|Ruritanian/);
    expect(answer.text).toMatch(/according to A Historic Gathering in Karsten\)/);
  });
});

describe('a site’s list of sections is no report of past gatherings, nor its publisher', () => {
  const sections = ['Activities', 'Announcements', 'Annual Summer Assembly', 'Summer Assembly 2029', 'Summer Assembly 2030', 'Briefs', 'Culture', 'Exiles Abroad', 'Harbour Summit 2031', 'Human Rights', 'Opinion', 'Prisoners', 'Videos', 'Women'];
  const page = `Lanterns for a Free Varn\n\n${sections.join('\n')}\n\nTwo Karsten Rallies Follow the Ruler’s Fall\n\nTwo rallies in Karsten on May 3, 2031—exiles first gathered at Varn’s consulate, then at the foreign ministry—backing the transition after the ruler’s fall.\n\nKarsten, Ruritania – May 3, 2031 — In the early hours of May 3, shortly after the fall of the ruler was confirmed, exiles gathered in front of the Varnish consulate in Karsten, waving flags and chanting for a free vote, and later walked to the foreign ministry to hand over a letter asking the government to back the transition.\n`;

  it('GIVEN a dozen section names one per line above the headline WHEN where exiles gathered first is asked THEN the answer is credited to the report, not to a section ("Activities"), and no gathering is named after a section', async () => {
    const index = await archiveOfTexts({ 'r.txt': page });
    const answer = ask(index, 'Karsten, after the ruler fell: where did the exiles gather first?').answer;
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/consulate/);
    expect(answer.text).not.toMatch(/according to Activities|Summer Assembly|Harbour Summit/);
    expect(index.data.events.map((e) => e.label).join(' | ')).not.toMatch(/Harbour Summit|Summer Assembly/);
  });
});

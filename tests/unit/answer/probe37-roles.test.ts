import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Roles read from a court report (probe 37), pinned with a report written for the tests: invented people, towns and
// courts. Where a person was ("was outside Kessland on the day he was detained") is no role; "according to his lawyer, X" makes X the
// lawyer, not "according to his lawyer"; "who was the judge at X's trial" asks for someone other than X.
describe('roles told around a trial', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'marrow-trial.txt': `Envoy jailed over harbour plot

Envoy Tobin Vell, who had been posted to Kessland, was sentenced to 12 years by the district court in Marrow on Tuesday, at the end of a trial held behind closed doors.
Vell refuses to recognise the court and is claiming immunity, according to his lawyer, Pol Verre.
Lawyers for the victims said immunity did not apply, as Vell was outside Kessland on the day he was detained.
The presiding judge rejected the claim in a short ruling.
The other two defendants on trial, drivers from Ostrel, were sentenced to nine and ten years.
`,
    });
  });

  it('GIVEN "according to his lawyer, Pol Verre" THEN Pol Verre is the lawyer, with no "according to" in the role', () => {
    const a = ask(index, 'Who is Pol Verre?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/lawyer/);
    expect(a.text).not.toMatch(/according to his lawyer/);
  });

  it('GIVEN "Vell was outside Kessland on the day he was detained" THEN where he was is never given as his role', () => {
    const a = ask(index, "What was Vell's role?").answer;
    expect(a.text).not.toMatch(/outside Kessland/);
    expect(a.text).toMatch(/Envoy/);
  });

  it('GIVEN no judge is named THEN "who was the presiding judge at Vell\'s trial" is not answered with who Vell is', () => {
    const a = ask(index, "Who was the presiding judge at Vell's trial in Marrow?").answer;
    // (The report tells of the judge but never names them.)
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/outside Kessland|Envoy/);
  });

  it('GIVEN the other defendants are unnamed THEN "who was the co-defendant sentenced alongside Vell" is not Vell', () => {
    const a = ask(index, 'Who was the co-defendant sentenced alongside Vell?').answer;
    expect(a.text).not.toMatch(/^(?:Tobin )?Vell\b/);
    expect(a.text).not.toMatch(/outside Kessland/);
  });
});

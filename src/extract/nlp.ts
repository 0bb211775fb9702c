import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink-nlp instance type; create one with `createNlp()` and pass it to the extractors. */
export type Nlp = ReturnType<typeof winkNLP>;

/** Creates the wink-nlp pipeline used by every extractor (about 1 s: do it once per process). */
export function createNlp(): Nlp {
  return winkNLP(model);
}

/**
 * Numbers a question states in digits ("at the time IHR counted 76 dead", "its first toll of 106") and whether a report
 * writes them: a report that never does tells of another moment or another toll.
 */

/** Whether a question writes a number in digits as a word of its own ("a toll of 106", not "191k" or "2017-18"). */
export function writtenWhole(question: string, digits: string): boolean {
  const plain = question.replace(/(\d)[,.\u202f\u00a0](?=\d{3}\b)/g, '$1');
  return new RegExp(`(?<![\\w.,-])${digits}(?![\\w-]|[.,]\\d)`).test(plain);
}

/** Whether a text writes a number, however it groups the digits ("1,500", "1.500", "1500"). */
export function writesNumber(text: string, digits: string): boolean {
  if (!/^\d+$/.test(digits)) return true;
  const plain = text.replace(/(\d)[,.\u202f\u00a0 ](?=\d{3}\b)/g, '$1');
  return new RegExp(`(?<![\\d.,])${digits}(?![\\d]|[.,]\\d)`).test(plain);
}

/**
 * A report on the shelling of a refugee camp, in invented words, read by the tests of what a count or an amount
 * question asks (`amount-asked`, `things-counted`).
 */
export const DORVAN_CAMP: Record<string, string> = {
  'dorvan-camp.txt': `Two dead in shelling of Dorvan camp

March 3, 2031

Shells struck the Dorvan refugee camp outside Kelmar before dawn on Sunday, the camp's residents said.

But Ilan Matz, a spokesman for the residents at Dorvan, said two people were killed -- one woman and one man -- and more than 20 wounded.

Police said the two thirty-somethings arrested near the camp on Saturday had a detonator and 300 grams of explosives in their van.
`,
};

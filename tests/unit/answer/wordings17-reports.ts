// Reports in invented words for the checks found by the wordings17 set (chat wordings and near misses): camps, a
// French rally, two rights groups, a smuggling trial, a verdict, executions counted with and without the UN.
export const WORDINGS17_REPORTS: Record<string, string> = {
  'dorvel.txt': `Shells strike exile camp near Kessa airport
Published: 12 March 2034 | Levant Courier

Mortar shells struck Camp Dorvel near Kessa airport before dawn on Sunday, killing four residents and wounding about 30, officials said.
Camp spokesman Tarek Yusni said 22 mortar shells landed inside the camp. By his count, upwards of 60 residents were hurt.
The camp is home to about 2,400 exiles waiting to be resettled abroad.
`,
  'harnos.txt': `UN rights office urges inquiry into camp deaths
Published: 3 June 2033 | Geneva Desk

The UN rights office called on Friday for an inquiry into the raid on Camp Harnos, where soldiers stormed the residents' quarters at dawn.
Rights monitors said Iraqi investigators had never published their findings on an earlier raid, in May 2031, on the same site, in which eleven residents died.
`,
  'tarvel.txt': `Rassemblement pour les détenus à Tarvel
Publié le 9 avril 2034 | Le Courrier du Sud

Environ 400 personnes ont manifesté samedi à Tarvel pour demander la libération des prisonniers politiques.
`,
  'varnia.txt': `Crackdown in Varnia widens
Published: 20 January 2034 | Northern Wire

At least 90 people have been arrested in the past week, according to the group Rights Watch Volunteers in Varnia.
`,
  'varnia-toll.txt': `Death toll rises in Varnia
Published: 22 January 2034 | Exile Voice

Varnia Rights Watch says at least 40 people have been killed since the unrest began.
`,
  'smugglers.txt': `Four men convicted over smuggling ring
Published: 14 May 2034 | Harbour Courier

A court in Ostrel convicted four men of running a smuggling ring on Tuesday. All four were stripped of their trading licences, the Harbour Courier reported.
`,
  'verdict.txt': `Former guard gets life term in Ostrel
Published: 2 September 2033 | Northern Wire

The Ostrel District Court, in Norland, sentenced former prison guard Emil Varga to life on Monday for his part in the killing of detainees in 1991. Norwegian prosecutors had brought the case after his arrest at a ferry port.
Dorin Vash, a diplomat at the Kessan embassy in Ostrel, watched the hearing from the gallery.
`,
  'ostrel-march.txt': `Ostrel marchers condemn hangings
Published: 18 June 2033 | Northern Wire

Thousands marched through Ostrel on Sunday, furious that Kessia had hanged three young protesters days before.
`,
  'un-count.txt': `UN alarmed by surge in Kessian executions
Published: 4 December 2034 | Geneva Desk

The United Nations says Kessia executed at least 140 people in 2034, the highest number in a decade.
`,
  'cologne-talk.txt': `Exiled poet speaks in Cologne
Published: 2 March 2034 | Northern Wire

The exiled poet Lian Osk read from her new book at a packed hall in Cologne on Thursday evening.
`,
  'koeln-feier.txt': `Feier in Köln
Veröffentlicht: 9 March 2034 | Rheinblatt

In Köln feierten am Sonntag rund 800 Menschen auf dem Domplatz das Ende der Belagerung von Tarsa.
`,
  'tarsa.txt': `Rockets hit refugee camp outside Tarsa
Published: 11 August 2034 | Northern Wire

Rockets struck a refugee camp beside the Tarsa airport early on Monday, leaving five people dead and wounding some 25, police and UN staff reported.
Camp spokesman Idris Malon said 41 rockets and shells landed in the camp. By his count at least 90 residents were hurt, whereas UN staff and police counted roughly 25 injured.
`,
  'varn-clinic.txt': `Clashes near Varn leave dozens hurt
Published: 7 September 2034 | Northern Wire

Officials at the main hospital in Varn said 12 soldiers were treated for injuries after the clashes on Friday.
`,
  'brisk-clash.txt': `Clash at a checkpoint near Brisk
Published: 3 October 2034 | Northern Wire

Two nurses at the Brisk clinic said four guards and one driver had also been injured in the clash at the checkpoint.
`,
};

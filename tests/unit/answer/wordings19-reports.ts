// Reports in invented words for the checks found by the wordings19 set (chat wordings and near misses): rallies in
// two German towns, a court case abroad, a rights group's toll beside an official one, executions by charge.
export const WORDINGS19_REPORTS: Record<string, string> = {
  'kesselburg-rallies.txt': `Zwei Kundgebungen für Varnia in Kesselburg

Am Samstag demonstrierten in Kesselburg mehrere hundert Menschen gegen die Regierung in Varnia. Nach Polizeiangaben standen rund 900 Menschen auf dem Lindenhof vor dem alten Rathaus.
Ein paar Straßen weiter am Morgenplatz protestierten gleichzeitig linke Gruppen aus dem Exil. Zu dieser Versammlung kamen laut Polizei 40 Menschen.
`,
  'harlingen-rally.txt': `Exil-Varnier ziehen durch Kesselburg

Bei einer Kundgebung auf dem Hafener Platz in Kesselburg haben am Sonntag mehrere hundert Exil-Varnier für Freiheit in ihrer Heimat demonstriert. Der Veranstalter der Kundgebung, Tomas Brenner vom Exilverein Varnia, sprach von etwa 2.400 Teilnehmern. Zahlen der Polizei gab es zunächst nicht. Mit 12 Bussen seien Menschen aus Lorsch, Emden und weiteren Städten angereist, sagte Brenner. Auch in Emden wurde am Sonntag demonstriert.
`,
  'varnia-hearing.txt': `Varnia court upholds sentences on two students
Published: 9 May 2033 | Northern Wire

Photo caption: the courtroom in Orsk during the hearing of Daran Olvik and Mira Sendt, who were sentenced over a street protest last winter.
The supreme court in Orsk upheld the prison terms on Tuesday. A third student, Ilan Dusk, was freed on bail. Dusk's lawyer, Petra Hain, said he would appeal his own conviction abroad.
`,
  'lormont-marche.txt': `Marche pour Varnia à Lormont
Publié le 3 mars 2033 | Gazette de l'Estuaire

Dimanche, 1 500 personnes, selon la police, ont défilé de la place Kléber jusqu'au port de Lormont, soutenues notamment par la Ligue des droits varniens (LDV). Les marcheurs portaient des drapeaux verts.
`,
  'varnia-toll.txt': `Rights group doubles Varnia toll
Published: 18 April 2033 | Northern Wire

At least 120 people were killed when troops fired on protesters in Varnia last month, the rights group Free Varnia Watch said on Monday.
Officials in the capital have so far confirmed only nine deaths, including three police officers they say were killed by rioters.
`,
  'varnia-hangings.txt': `Hangings in Varnia reach a ten-year high
Published: 2 February 2032 | Northern Wire

Varnia hanged at least 310 people in 2031, a monitoring group said in its yearly report.
Five of them were put to death in town squares, in front of crowds.
Drug cases made up 61 per cent of the hangings, and rape cases 3 per cent. Another 44 people were hanged for murder.
`,
  'envoy-verdict.txt': `Envoy jailed over plot against exile congress in Italy
Published: 11 March 2033 | Lowlands Post

The criminal court of Maastricht on Wednesday gave a Varnian envoy, Oren K., 19 years in prison for planning an attack on an exile congress near Turin in Italy. His two helpers, Lina V. and Joss V., were given 11 years each.
Lina V. and Joss V., a couple from Delft, were arrested in Venlo on 2 May 2032 with a bag of explosives in their van. A third man, Sem D., was said to have passed them the plans.
`,
  'smuggler-verdict.txt': `Smuggler sentenced in Genoa
Published: 4 June 2033 | Riviera Daily

An Italian court in Genoa sentenced Piero T., who ran arms to Varnian militias, to nine years in prison on Friday.
`,
  'kessel-consulate.txt': `Hundreds rally outside Varnian consulate in Kessel
Published: 8 October 2033 | Evening Post

Several hundred people rallied outside the Varnian consulate in Kessel on Saturday.
Kessel resident Ana Brook, 47, told the Evening Post: "My brother is in jail there and we have heard nothing for weeks."
Maro Tesh, who heads the Kessel Varnian Women's Forum, said: "The mayor should close the consulate now and send its staff home."
`,
};

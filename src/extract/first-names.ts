/**
 * Common given names of the languages an archive of the genre holds (English, French, German, Italian, Spanish,
 * Dutch, Nordic, Polish, Persian, Arabic, Kurdish, Turkish), folded. A capitalised pair starting with one of these
 * is evidence of a person's name; absence is evidence of nothing. A general lexicon, not names from any report.
 */
const NAMES = `
aaron abbas abdel abdul abdullah abolfazl adam adel adrian agnes ahmad ahmed akbar alain alan albert alberto alejandro alejo
alexander alexandra alexandre alexis alfred ali alice alicia alireza amal amanda amelie amin amir amira amy ana anders andre andrea
andreas andrew andrzej angela angelika anna anne annette annick anthony antoine anton antonio arash arman armin arnaud arthur ashraf
astrid azadeh azar babak baha barbara barack barry bashar bassam beatrice behrouz ben benjamin benoit bernard bernd bertrand bettina
bijan birgit bob boris brad brian bridget brigitte bruno camille carl carla carlos carmen caroline catherine cecile celine charles
charlotte chantal chirinne chloe christian christiane christina christine christoph christophe christopher claire clara claude
claudia colin corinne cyrus damien daniel daniela danielle dariush david dean denis diana didier dieter dimitri dirk dominique donald
dorothee ebrahim eduardo edward elena eli elias elisabeth elizabeth ellen emil emily emma emmanuel enrico eric erich erik ernst
esther eva evelyne fabian fabien fabrice farah farhad farid farideh fariba farzad fatemeh fatima federico felix fernando florence
florian francesca francesco francis francisco franck francois francoise frank franz frederic frederique friedrich gabriel gabriele
gael georg george georges gerald gerard gerhard gilbert gilles giovanni giulia giuseppe golnaz gordon guido guilda guillaume
gunter gustav hadi hadis hamid hans harald harry hassan heinz helen helena helene helga helmut henri henrik henry herbert herta
hossein hugo hussein ibrahim ingrid irene isaac isabel isabelle jack jacqueline jacques jakob james jan jane janet jasmin javad
javier jean jeanne jennifer jens jerome jessica jim joachim joanna joe johann johanna johannes john jonas jonathan jorg jorge jose
joseph josef juan judith julia julian julie julien jurgen justin kamal kamran karim karin karl karsten kate katharina katherine
kathrin kaveh kazem khaled klaus kurt lars laura laurence laurent lea leila lena leon leonie lincoln linda lisa lord louis louise
luc luca lucas lucie ludwig luis lukas madeleine magali mahmoud mahnaz mahsa majid malik manon manuel marc marcel marco margaret
maria marianne marie marina mario marion mark marta martin martina maryam masoud massoud mathias mathieu matteo matthew matthias
maurice max maxime maximilian mehdi mehran melanie michael michal michel michele michelle miguel mike mina mitra mohammad mohammed
mojtaba monika morteza moritz mostafa mousa muhammad munther mustafa nadia nahid nancy narges nasrin natalie nathalie navi neda
nelly nicholas nicolas nicole niels nikolaus nina noor nour nouri olaf olga olivier omar oscar pablo parisa parviz pascal patricia
patrick paul paula paulo pedro peter petra philip philipp philippe pierre pietro piotr rachel rafael rainer rami ramin raphael
reza richard rita robert roberto roger roland rolf roman ronald rosa rudolf rudy ruth saeed sahar said salah salim sam samir sandra
sandrine sara sarah saeid sebastian sebastien sepideh sergio shahin shahram shirin siamak simon simone sofia sophie stefan stefanie
steinar stephane stephanie steve steven struan susan susanne suzanne sven sylvie tahereh tanja tarek theodor theresa thierry thomas
tim tobias tom tomas toura ulrich ursula valentin valerie vanessa vera veronique victor vincent viktor virginie walter werner
wilhelm william wolfgang xavier yannick yasmin yousef youssef yves zahar zahra zainab zeynep
`;

/** Folded common given names. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

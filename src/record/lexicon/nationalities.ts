/** Nationality adjectives (masculine, feminine) → country, and role words that name one office. */

/** Used for a participant's country and to tell a nationality word from a name. */
export const NATIONALITIES: ReadonlyArray<readonly [string, string, string]> = [
  ['iranien', 'iranienne', 'Iran'], ['chinois', 'chinoise', 'Chine'], ['français', 'française', 'France'],
  ['marocain', 'marocaine', 'Maroc'], ['algérien', 'algérienne', 'Algérie'], ['tunisien', 'tunisienne', 'Tunisie'],
  ['russe', 'russe', 'Russie'], ['turc', 'turque', 'Turquie'], ['allemand', 'allemande', 'Allemagne'],
  ['italien', 'italienne', 'Italie'], ['espagnol', 'espagnole', 'Espagne'], ['portugais', 'portugaise', 'Portugal'],
  ['belge', 'belge', 'Belgique'], ['suisse', 'suisse', 'Suisse'], ['canadien', 'canadienne', 'Canada'],
  ['américain', 'américaine', 'États-Unis'], ['britannique', 'britannique', 'Royaume-Uni'],
  ['japonais', 'japonaise', 'Japon'], ['coréen', 'coréenne', 'Corée'], ['sud-coréen', 'sud-coréenne', 'Corée du Sud'],
  ['indien', 'indienne', 'Inde'], ['pakistanais', 'pakistanaise', 'Pakistan'], ['afghan', 'afghane', 'Afghanistan'],
  ['irakien', 'irakienne', 'Irak'], ['syrien', 'syrienne', 'Syrie'], ['libanais', 'libanaise', 'Liban'],
  ['égyptien', 'égyptienne', 'Égypte'], ['saoudien', 'saoudienne', 'Arabie saoudite'], ['qatari', 'qatarie', 'Qatar'],
  ['émirati', 'émiratie', 'Émirats arabes unis'], ['omanais', 'omanaise', 'Oman'], ['koweïtien', 'koweïtienne', 'Koweït'],
  ['jordanien', 'jordanienne', 'Jordanie'], ['israélien', 'israélienne', 'Israël'], ['palestinien', 'palestinienne', 'Palestine'],
  ['libyen', 'libyenne', 'Libye'], ['mauritanien', 'mauritanienne', 'Mauritanie'], ['sénégalais', 'sénégalaise', 'Sénégal'],
  ['malien', 'malienne', 'Mali'], ['nigérien', 'nigérienne', 'Niger'], ['nigérian', 'nigériane', 'Nigeria'], ['ghanéen', 'ghanéenne', 'Ghana'], ['ougandais', 'ougandaise', 'Ouganda'],
  ['tanzanien', 'tanzanienne', 'Tanzanie'], ['zimbabwéen', 'zimbabwéenne', 'Zimbabwe'], ['angolais', 'angolaise', 'Angola'],
  ['mozambicain', 'mozambicaine', 'Mozambique'], ['soudanais', 'soudanaise', 'Soudan'], ['somalien', 'somalienne', 'Somalie'],
  ['centrafricain', 'centrafricaine', 'Centrafrique'], ['comorien', 'comorienne', 'Comores'], ['cap-verdien', 'cap-verdienne', 'Cap-Vert'],
  ['yéménite', 'yéménite', 'Yémen'], ['bahreïni', 'bahreïnie', 'Bahreïn'], ['azéri', 'azérie', 'Azerbaïdjan'], ['singapourien', 'singapourienne', 'Singapour'],
  ['néo-zélandais', 'néo-zélandaise', 'Nouvelle-Zélande'], ['péruvien', 'péruvienne', 'Pérou'], ['bolivien', 'bolivienne', 'Bolivie'],
  ['équatorien', 'équatorienne', 'Équateur'], ['uruguayen', 'uruguayenne', 'Uruguay'], ['paraguayen', 'paraguayenne', 'Paraguay'],
  ['nicaraguayen', 'nicaraguayenne', 'Nicaragua'], ['guatémaltèque', 'guatémaltèque', 'Guatemala'], ['dominicain', 'dominicaine', 'République dominicaine'],
  ['slovène', 'slovène', 'Slovénie'], ['estonien', 'estonienne', 'Estonie'], ['letton', 'lettone', 'Lettonie'], ['lituanien', 'lituanienne', 'Lituanie'],
  ['islandais', 'islandaise', 'Islande'], ['maltais', 'maltaise', 'Malte'], ['chypriote', 'chypriote', 'Chypre'], ['albanais', 'albanaise', 'Albanie'],
  ['macédonien', 'macédonienne', 'Macédoine du Nord'], ['bosnien', 'bosnienne', 'Bosnie-Herzégovine'], ['monténégrin', 'monténégrine', 'Monténégro'],
  ['moldave', 'moldave', 'Moldavie'], ['birman', 'birmane', 'Birmanie'], ['sri lankais', 'sri lankaise', 'Sri Lanka'], ['taïwanais', 'taïwanaise', 'Taïwan'],
  ['burundais', 'burundaise', 'Burundi'], ['libérien', 'libérienne', 'Liberia'], ['sierra-léonais', 'sierra-léonaise', 'Sierra Leone'],
  ['gambien', 'gambienne', 'Gambie'], ['bissau-guinéen', 'bissau-guinéenne', 'Guinée-Bissau'], ['équato-guinéen', 'équato-guinéenne', 'Guinée équatoriale'],
  ['namibien', 'namibienne', 'Namibie'], ['botswanais', 'botswanaise', 'Botswana'], ['zambien', 'zambienne', 'Zambie'], ['malawite', 'malawite', 'Malawi'],
  ['mauricien', 'mauricienne', 'Maurice'], ['seychellois', 'seychelloise', 'Seychelles'], ['érythréen', 'érythréenne', 'Érythrée'],
  ['ivoirien', 'ivoirienne', "Côte d'Ivoire"], ['burkinabè', 'burkinabè', 'Burkina Faso'], ['guinéen', 'guinéenne', 'Guinée'],
  ['camerounais', 'camerounaise', 'Cameroun'], ['gabonais', 'gabonaise', 'Gabon'], ['congolais', 'congolaise', 'Congo'],
  ['tchadien', 'tchadienne', 'Tchad'], ['béninois', 'béninoise', 'Bénin'], ['togolais', 'togolaise', 'Togo'],
  ['rwandais', 'rwandaise', 'Rwanda'], ['kényan', 'kényane', 'Kenya'], ['éthiopien', 'éthiopienne', 'Éthiopie'],
  ['sud-africain', 'sud-africaine', 'Afrique du Sud'], ['malgache', 'malgache', 'Madagascar'], ['djiboutien', 'djiboutienne', 'Djibouti'],
  ['vietnamien', 'vietnamienne', 'Vietnam'], ['cambodgien', 'cambodgienne', 'Cambodge'], ['laotien', 'laotienne', 'Laos'],
  ['thaïlandais', 'thaïlandaise', 'Thaïlande'], ['indonésien', 'indonésienne', 'Indonésie'], ['malaisien', 'malaisienne', 'Malaisie'],
  ['philippin', 'philippine', 'Philippines'], ['australien', 'australienne', 'Australie'], ['brésilien', 'brésilienne', 'Brésil'],
  ['argentin', 'argentine', 'Argentine'], ['mexicain', 'mexicaine', 'Mexique'], ['chilien', 'chilienne', 'Chili'],
  ['colombien', 'colombienne', 'Colombie'], ['vénézuélien', 'vénézuélienne', 'Venezuela'], ['cubain', 'cubaine', 'Cuba'],
  ['haïtien', 'haïtienne', 'Haïti'], ['kazakh', 'kazakhe', 'Kazakhstan'], ['ouzbek', 'ouzbèke', 'Ouzbékistan'],
  ['tadjik', 'tadjike', 'Tadjikistan'], ['kirghiz', 'kirghize', 'Kirghizistan'], ['turkmène', 'turkmène', 'Turkménistan'],
  ['azerbaïdjanais', 'azerbaïdjanaise', 'Azerbaïdjan'], ['arménien', 'arménienne', 'Arménie'], ['géorgien', 'géorgienne', 'Géorgie'],
  ['ukrainien', 'ukrainienne', 'Ukraine'], ['biélorusse', 'biélorusse', 'Biélorussie'], ['polonais', 'polonaise', 'Pologne'],
  ['hongrois', 'hongroise', 'Hongrie'], ['tchèque', 'tchèque', 'Tchéquie'], ['slovaque', 'slovaque', 'Slovaquie'],
  ['roumain', 'roumaine', 'Roumanie'], ['bulgare', 'bulgare', 'Bulgarie'], ['serbe', 'serbe', 'Serbie'],
  ['croate', 'croate', 'Croatie'], ['grec', 'grecque', 'Grèce'], ['autrichien', 'autrichienne', 'Autriche'],
  ['néerlandais', 'néerlandaise', 'Pays-Bas'], ['luxembourgeois', 'luxembourgeoise', 'Luxembourg'], ['irlandais', 'irlandaise', 'Irlande'],
  ['danois', 'danoise', 'Danemark'], ['suédois', 'suédoise', 'Suède'], ['norvégien', 'norvégienne', 'Norvège'],
  ['finlandais', 'finlandaise', 'Finlande'], ['québécois', 'québécoise', 'Québec'], ['monégasque', 'monégasque', 'Monaco'],
  ['nord-coréen', 'nord-coréenne', 'Corée du Nord'], ['mongol', 'mongole', 'Mongolie'],
  ['sri-lankais', 'sri-lankaise', 'Sri Lanka'], ['bangladais', 'bangladaise', 'Bangladesh'], ['népalais', 'népalaise', 'Népal'],
];

/**
 * Role words that name the same office: "le chef du gouvernement" is the Premier ministre,
 * "le chef de l'État" the président, "le chef de la diplomatie" the ministre des Affaires étrangères.
 * Lets a later role designate a person introduced with the other word.
 */
export const ROLE_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['chef du gouvernement', 'premier ministre', 'première ministre'],
  ["chef de l'état", 'président', 'présidente'],
  ['chef de la diplomatie', 'ministre des affaires étrangères', 'affaires étrangères'],
  ['dirigeant', 'dirigeante', 'président', 'présidente', 'premier ministre', 'première ministre'],
];

/** Countries named after "de/d'/du" in a role: "ambassadeur de France", "ambassadrice d'Italie". */
export const COUNTRY_NAMES: readonly string[] = [...new Set(NATIONALITIES.map(([, , country]) => country))];

// Twenty-fifth blind set — its own name pools (invented combinations; no gazetteer was read). Swedish majority with
// middle names, hyphens and particles; Finnish, Sami, Arabic, Somali, Persian, Kurdish, Bosnian, Polish, Tigrinya /
// Eritrean, Turkish, Vietnamese, Chinese, Ukrainian, Spanish / Latin American, Thai, Hungarian, Greek, Estonian, English.
// Plus the look-alikes this set writes as near-misses: lone first names, places / firms / products / dogs named
// like people.
const P = (firsts, lasts, middles = '') => ({
  firsts: firsts.split(',').map((s) => s.normalize('NFC')),
  lasts: lasts.split(',').map((s) => s.normalize('NFC')),
  middles: middles ? middles.split(',').map((s) => s.normalize('NFC')) : [],
});

export const POOLS = {
  swedish: P('Alva,Vilgot,Ingegerd,Sixten,Hedvig,Folke,Ragnhild,Ture,Signe,Alfons,Majken,Gunnar,Elvira,Arvid,Britt-Marie,Lars-Göran,Eva-Lena,Kerstin,Roland,Inger,Stellan,Barbro,Leif,Ann-Sofi,Pernilla,Tobias,Jonna,Felicia,Malte,Saga,Ludvig,Elin,Oskar,Wilma,Alvar,Tilde,Melker,Ronja,Otto,Viggo,Majvor,Dagny,Berit,Conny,Kent,Jessica,Magnus,Camilla,Fredrik,Therese,Mikael,Helena,Stina,Rasmus,Jonatan,Hanna,Klara,Jakob,Isak,Vera,Nils,Tyra,Axel,Idun,Holger,Yngve,Åke,Ann-Charlotte,Carl-Johan,Sven-Erik,Märit,Göte,Lennart,Gudrun,Marianne,Pontus,Alice,Moa,Elton,Ines,Edvin,Lykke',
    'Ljungqvist,Forsgren,Sundin,Hellgren,Wiklund,Blomberg,Nyman,Strandberg,Axelsson,Hedlund,Edström,Rosén,Törnqvist,Månsson,Ågren,Öhman,Isaksson,Jonsson,Pettersson,Mattsson,Hansson,Berglund,Lundberg,Sjögren,Norberg,Granlund,Vikström,Bäckström,Ek,Falk,Lind,Holm,Sandström,Kvist,Grahn,Löfgren,Åström,Nordqvist,Tengvall,Wahlberg,af Ugglas,von Platen,Lilja-Berg,Stjernberg,Kullberg-Ek,Håkansson,Ringström,Fjällström,Segerstedt,Boström,Almqvist,Ahlin,Dahlberg,Enqvist,Frisk,Gyllenhammar,Hjelm,Jernberg,Kronqvist,Lagerwall,de Wahl,Nordenskiöld,Rehn,Sjöholm,Thunberg,Westin,Zetterlund,Åkesson,Öquist',
    'f:Maria,f:Johanna,f:Elisabeth,f:Kristina,m:Erik,m:Olof,m:Gustaf,m:Albin,f:Sofia,f:Linnea,m:Alexander,m:Ingemar,f:Birgitta,f:Viktoria,m:Fredrik,f:Ulrika,f:Louise,f:Charlotta,m:Wilhelm,m:Teodor'),
  finnish: P('Eero,Hanna-Leena,Jari,Marjatta,Teemu,Outi,Ilkka,Tiina,Antti,Kaisa,Lauri,Sanna', 'Laaksonen,Salminen,Kinnunen,Turunen,Savolainen,Pelkonen,Jokinen,Hyvärinen,Räsänen,Kärkkäinen,Mäkelä,Väisänen', 'm:Juhani,f:Annikki,m:Tapani,f:Kristiina'),
  sami: P('Ánne,Mikkal,Sárá,Johttá,Ingá,Niillas,Elen,Heaika,Ristin,Ovllá', 'Nutti,Omma,Pittja,Tuorda,Spik,Länta,Kemi,Partapuoli,Niia,Poggats'),
  arabic: P('Mustafa,Amira,Hassan,Zainab,Ibrahim,Salma,Khalid,Dina,Tariq,Yasmin,Nadia,Bilal', 'al-Jaberi,Darwish,El-Sayed,Barakat,Qasim,al-Najjar,Hamdan,al-Shammari,Aziz,Ghanem,Suleiman,Abu Zeid', 'm:Ali,m:Mahmoud'),
  somali: P('Abdullahi,Khadra,Hamza,Ifrah,Mahad,Sagal,Bashir,Ubah,Abshir,Deeqa,Ilhan,Yahye', 'Gedi,Samatar,Adan,Elmi,Hussein,Jibril,Warfa,Nuur,Mohamud,Ismail,Dirie,Geele', 'm:Ahmed,m:Abdi'),
  persian: P('Ladan,Farhad,Mahsa,Omid,Setareh,Kaveh,Roya,Siavash,Nazanin,Behrouz,Yalda,Pejman', 'Rostami,Ghorbani,Mohammadi,Shirazi,Najafi,Esfahani,Azizi,Kiani,Safavi,Zand,Mirzaei,Tabrizi'),
  kurdish: P('Soran,Nishtiman,Aras,Bahar,Hawre,Sozan,Dilshad,Roj,Avan,Ciwan,Helin,Sherzad', 'Xoshnaw,Muradi,Shwani,Jaff,Dizayee,Mukri,Hamawand,Baziani,Sorani,Qaradaghi'),
  bosnian: P('Adnan,Edina,Haris,Merima,Kenan,Aida,Senad,Lamija,Damir,Alma,Nermin,Azra', 'Hadžić,Mehmedović,Ibrahimović,Softić,Karić,Čaušević,Omerović,Džaferović,Hasanbegović,Alić,Kurtović,Zukić'),
  polish: P('Magdalena,Grzegorz,Ewa,Łukasz,Beata,Marek,Zofia,Michał,Dorota,Wojciech', 'Szymańska,Woźniak,Kaczmarek,Mazur,Krawczyk,Grabowski,Pawłowska,Michalski,Jabłoński,Zając', 'f:Anna,m:Jan'),
  tigrinya: P('Aster,Mussie,Rahel,Yohannes,Saba,Kibrom,Winta,Mebrahtu,Hiwet,Tekie,Feven,Natnael', 'Andemariam,Gebreyesus,Tsegay,Weldemichael,Okbay,Negash,Fitwi,Zerai,Mehari,Kahsay,Abraha,Teklehaimanot'),
  turkish: P('Hatice,Murat,Selin,Oğuz,Esra,Kaan,Gül,Serkan,Tuba,Volkan', 'Kaya,Yıldız,Doğan,Kılıç,Aksoy,Güneş,Polat,Erdem,Özdemir,Karataş'),
  vietnamese: P('Thi Mai,Van Long,Hương,Tuấn,Phương,Đức,Linh,Bảo Anh', 'Hoàng,Vũ,Đỗ,Ngô,Dương,Lý,Trịnh,Phan'),
  chinese: P('Xiaoming,Jing,Hao,Ling,Zhiwei,Yan,Qing,Ruolan', 'Zhao,Sun,Wu,Guo,He,Ma,Luo,Gao'),
  ukrainian: P('Oksana,Andrii,Iryna,Taras,Olena,Bohdan,Kateryna,Mykola,Yuliia,Dmytro', 'Shevchenko,Bondarenko,Kovalenko,Tkachuk,Melnyk,Kravchenko,Hrytsenko,Lysenko,Savchuk,Moroz'),
  spanish: P('Valentina,Mateo,Camila,Joaquín,Sofía,Andrés,Ximena,Rodrigo', 'Sánchez Rojas,Morales,Castillo,Vargas Díaz,Herrera,Muñoz,de los Santos,Fuentes', 'f:Isabel,m:Antonio'),
  thai: P('Pimchanok,Arthit,Rungnapa,Chaiwat,Nattaya,Kittisak,Wanida', 'Phromma,Saetang,Kaewkla,Sombat,Intharat,Chanthawong,Boonyarit'),
  hungarian: P('Zsófia,Balázs,Réka,Gábor,Eszter,Levente,Ildikó', 'Kovács,Szabó,Tóth,Nagy-Horváth,Farkas,Varga,Molnár'),
  greek: P('Eleni,Giorgos,Dimitra,Kostas,Vasiliki,Nikos', 'Papadopoulou,Georgiou,Antoniou,Nikolaidis,Karamanlis,Vlachou'),
  estonian: P('Kadri,Rein,Liis,Tõnu,Maarja,Priit', 'Tamm,Saar,Kask,Põder,Mägi,Rebane'),
  english: P('Fiona,Gareth,Imogen,Rupert,Siobhan,Callum,Bethany', 'Thornton,McAllister,Pritchard,Featherstone,Goodwin,Llewellyn,Ashby', 'f:Rose,m:James'),
};

/** Given names read as female (for a matching middle name); the rest are taken as male. */
export const FEMALE = new Set('Alva,Ingegerd,Hedvig,Ragnhild,Signe,Majken,Elvira,Britt-Marie,Eva-Lena,Kerstin,Inger,Barbro,Ann-Sofi,Pernilla,Jonna,Felicia,Saga,Elin,Wilma,Tilde,Ronja,Majvor,Dagny,Berit,Jessica,Camilla,Therese,Helena,Stina,Hanna,Klara,Vera,Tyra,Idun,Ann-Charlotte,Märit,Gudrun,Marianne,Alice,Moa,Ines,Lykke,Hanna-Leena,Marjatta,Outi,Tiina,Kaisa,Sanna,Amira,Zainab,Salma,Dina,Yasmin,Nadia,Khadra,Ifrah,Sagal,Ubah,Deeqa,Ilhan,Magdalena,Ewa,Beata,Zofia,Dorota,Valentina,Camila,Sofía,Ximena,Fiona,Imogen,Siobhan,Bethany'.split(','));

export const ORIGINS = [['swedish', 46], ['finnish', 5], ['sami', 2], ['arabic', 6], ['somali', 4], ['persian', 4], ['kurdish', 3],
  ['bosnian', 4], ['polish', 4], ['tigrinya', 3], ['turkish', 3], ['vietnamese', 2], ['chinese', 2], ['ukrainian', 3], ['spanish', 2],
  ['thai', 2], ['hungarian', 1], ['greek', 1], ['estonian', 1], ['english', 2]];

/** Lone given names as they appear in greetings (near-misses). */
export const LONE = 'Alva,Sixten,Hedvig,Folke,Signe,Majken,Gunnar,Arvid,Kerstin,Roland,Inger,Barbro,Leif,Pernilla,Tobias,Malte,Ludvig,Elin,Oskar,Wilma,Otto,Viggo,Berit,Magnus,Camilla,Fredrik,Helena,Rasmus,Hanna,Klara,Jakob,Nils,Axel,Lennart,Gudrun,Amira,Hassan,Aster,Oksana,Murat,Eero,Khadra'.split(',');
/** Surnames written alone (near-misses). */
export const SURNAMES = 'Ljungqvist,Forsgren,Hellgren,Wiklund,Blomberg,Strandberg,Hedlund,Törnqvist,Berglund,Sjögren,Granlund,Bäckström,Sandström,Löfgren,Nordqvist,Wahlberg,Stjernberg,Håkansson,Fjällström,Boström'.split(',');

/** Places, firms, products and events named like people (near-misses, kind by group). */
export const LOOKALIKE = {
  street: ['Anna Lindhs plats', 'Selma Lagerlöfs väg', 'Karl Johans torg', 'Evert Taubes terrass', 'Birger Jarlsgatan', 'Hilma af Klints gata', 'Nils Ferlins torg', 'Greta Garbos väg', 'Olof Palmes gata', 'Per Albins väg', 'Fredrika Bremers gata', 'Dag Hammarskjölds väg'],
  place: ['Gustav Vasa-kyrkan', 'Astrid Lindgrens värld', 'Carl Larsson-gården', 'Ebba Brahe-skolan', 'Engelbrektsparken', 'Karl XI:s bro', 'Kristina Nilsson-salen', 'Sankt Eriks ishall', 'Johannes Kyrkskola', 'Sofia Magdalena-parken'],
  company: ['Anders Petterssons Måleri AB', 'Bröderna Lindqvist Bygg', 'Karin & Co Städ', 'Gustafssons Cykel & Sport', 'Johansson Åkeri', 'Hedins Bil', 'Lisa Larsson Design', 'Erikssons Trädgård', 'Ahlséns Järn'],
};

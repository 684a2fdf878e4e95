// Twentyfirst blind set — its own name pools (invented combinations of common given and family names of many
// origins), lone given names used as near-misses, and places / institutions / brands / breeds named like people.
// Written blind: not derived from gdpr-scan's gazetteers or from the other blind sets' pools.
const P = (firsts, lasts, middles = '') => ({
  firsts: firsts.split(',').map((s) => s.normalize('NFC')),
  lasts: lasts.split(',').map((s) => s.normalize('NFC')),
  middles: middles ? middles.split(',').map((s) => s.normalize('NFC')) : [],
});

export const POOLS = {
  swedish: P('Alva,Bertil,Cecilia,Dag,Eivor,Fredrik,Gunilla,Hjalmar,Ida,Jonas,Kerstin,Leif,Malin,Nils,Olivia,Pontus,Ragnhild,Sven-Erik,Therese,Ulla-Britt,Vilgot,Wilma,Axel,Britt-Marie,Conny,Doris,Edvin,Felicia,Greta,Hugo,Inger,Jessica,Klara,Lars-Göran,Majken,Noah,Ove,Pia,Rasmus,Saga,Tage,Ulrika,Valter,Yvonne,Ella,Liam,Alice,Elias,Tuva,Melvin,Stina,Bo,Per,Kent,Lotta,Signe,Arvid,Ebbe,Hedvig,Joel,Love,Svea,Isak,Ines,Karl-Johan,Eva-Lena,Åke,Östen,Märit,Gun,Roger,Camilla,Sixten,Agnes',
    'Lindahl,Forsberg,Holm,Ek,Strand,Nyström,Sundqvist,Hedlund,Wikström,Blom,Åkesson,Öhman,Berglund,Lundin,Sjögren,Hellström,Mattsson,Jakobsson,Axelsson,Isaksson,Falk,Norberg,Wallin,Håkansson,Borg,Grahn,Sandström,Lind-Öhman,Thorsell,Ljungberg,af Ugglas,von Platen,de Vylder,Kjellberg,Segerström,Bäckman,Ahlqvist,Tornberg,Wennerholm,Rosén,Stenmark,Dahl,Edlund,Hammar,Säfström,Pålsson,Nordqvist-Berg,Lilja,Ström,Magnusson,Petersson,Jonsson,Grönlund,Sjödin,Vikander,Lövgren,Enqvist,Bergkvist',
    'Maria,Elisabeth,Johan,Erik,Ingemar,Kristina,Margareta,Louise,Alexander,Viktoria,Gustav,Sofie,Linnea,Olof'),
  finnish: P('Eero,Hanna-Leena,Ilkka,Kaisa,Markku,Outi,Raili,Teemu,Tuula,Veikko,Anneli,Jarmo',
    'Salminen,Laaksonen,Kettunen,Hyvönen,Pitkänen,Toivonen,Räsänen,Väisänen,Lindroos,Kärkkäinen,Heiskanen', 'Johannes,Kaarina,Tapani'),
  sami: P('Ánne,Mihkkal,Sárá,Piera,Elen,Ovllá,Máhtte,Ristin,Nils-Piera', 'Nutti,Omma,Pittja,Spiik,Partapuoli,Länta,Jannok,Tuorda'),
  arabic: P('Mustafa,Amira,Khalid,Salma,Tariq,Yasmin,Bilal,Dalia,Hamza,Zainab,Nour,Ibrahim',
    'al-Sabri,Darwish,Qasim,Barakat,al-Jaber,Shami,El-Khatib,Hamdan,Issa,Mahmoud,Abu-Ghazaleh,Suleiman'),
  somali: P('Abdullahi,Hawa,Ilhan,Sagal,Mahad,Khadra,Bashir,Ubah,Yasin,Muna,Abdiwali', 'Mohamud,Gedi,Haji,Elmi,Samatar,Ismail,Guleid,Warfa,Aweys'),
  persian: P('Alireza,Fereshteh,Mehdi,Leila,Navid,Sanaz,Omid,Mahsa,Behrouz,Yasaman', 'Mohammadi,Rezaei,Kazemi,Shahidi,Ghorbani,Nouri,Azizi,Esfahani,Pourmand'),
  kurdish: P('Soran,Nazdar,Bahar,Hemin,Lana,Sherko,Zhiyar,Avin,Rebin', 'Khoshnaw,Jaff,Qaradaghi,Rasul,Pirot,Dizayee,Hamawandi'),
  tigrinya: P('Aman,Ruta,Semhar,Tesfay,Winta,Kibrom,Saba,Yohannes,Adiam,Mussie', 'Tesfaye,Ghebremichael,Mebrahtu,Yemane,Zerai,Andemariam,Okbay,Weldeab'),
  polish: P('Magdalena,Łukasz,Ewa,Grzegorz,Aleksandra,Michał,Dorota,Jakub', 'Kowalski,Szymańska,Wróbel,Mazur,Krawczyk,Jabłoński,Pawlak,Grabowska'),
  bosnian: P('Edin,Aida,Haris,Merima,Senad,Alma,Kenan,Emina,Damir,Nermina', 'Hadžić,Omerović,Halilović,Karić,Mehmedović,Suljić,Avdić,Čaušević'),
  turkish: P('Hakan,Gül,Serkan,Fatma,Oğuz,Esra,Kaan,Selin', 'Kaya,Doğan,Yıldız,Kılıç,Özdemir,Aksoy,Güneş,Polat'),
  chinese: P('Jing,Hao,Xin,Lei,Yue,Zhiwei', 'Zhao,Wu,Sun,Guo,Luo,Tang'),
  vietnamese: P('Thảo,Tuấn,Hương,Đức,Linh,Văn Hải,Mai Anh', 'Hoàng,Huỳnh,Phan,Vũ,Đỗ,Dương,Ngô'),
  ukrainian: P('Oksana,Taras,Iryna,Bohdan,Olena,Yurii,Nataliia,Andrii', 'Shevchenko,Kovalenko,Bondarenko,Tkachenko,Kravchuk,Melnyk,Hnatiuk,Lysenko'),
  spanish: P('Valentina,Mateo,Camila,Sebastián,Daniela,Andrés,Ximena', 'Rodríguez,Pérez Soto,Gómez,Vargas,Castillo,Muñoz,del Río'),
  thai: P('Suda,Chaiwat,Ploy,Anan,Wanida,Kittisak', 'Chaiyaporn,Saetang,Phromma,Kaewkla,Intharat,Sombat'),
  hungarian: P('Zsófia,Gábor,Réka,László,Eszter,Bence', 'Nagy,Szabó,Kovács,Tóth,Horváth,Fekete'),
  english: P('Fiona,Gareth,Siobhan,Callum,Imogen,Rhys', 'Davies,McAllister,Thornton,Kavanagh,Pritchard,Lockwood'),
  greek: P('Dimitris,Eleni,Nikos,Katerina', 'Papadakis,Georgiou,Christodoulou,Karalis'),
};

export const ORIGINS = [['swedish', 44], ['finnish', 5], ['sami', 2], ['arabic', 6], ['somali', 5], ['persian', 4], ['kurdish', 3], ['tigrinya', 3],
  ['polish', 3], ['bosnian', 3], ['turkish', 3], ['chinese', 2], ['vietnamese', 2], ['ukrainian', 3], ['spanish', 2], ['thai', 2], ['hungarian', 2],
  ['english', 2], ['greek', 1]];

/** Given names written alone (`Hej Malin,`, `pratat m Jonas`): near-misses. */
export const LONE = ['Malin', 'Jonas', 'Kerstin', 'Leif', 'Ida', 'Hugo', 'Pia', 'Ove', 'Amira', 'Khalid', 'Oksana', 'Eero', 'Sagal', 'Greta', 'Stina', 'Arvid', 'Camilla', 'Roger', 'Navid', 'Edin'];

/** Places, institutions, streets named after people (near-misses, kind by use). */
export const LOOKALIKE = {
  street: ['Anna Lindhs plats', 'Olof Palmes gata', 'Selma Lagerlöfs väg', 'Karl Johans väg', 'Dag Hammarskjölds väg', 'Greta Garbos torg', 'Jenny Linds gata', 'Alfred Nobels allé', 'Evert Taubes terrass', 'Birger Jarlsgatan', 'Fredrika Bremers gata', 'Nils Ferlins torg'],
  school: ['Astrid Lindgrens skola', 'Elsa Beskows förskola', 'Carl Linnés skola', 'Katarina Taikons skola', 'Hildur Hansens förskola', 'Ellen Keys gymnasium'],
  church: ['Gustav Vasa-kyrkan', 'Sankt Görans kyrka', 'Sofia Magdalena kapell', 'Engelbrektskyrkan'],
  place: ['Carl Larsson-gården', 'Sankt Eriks sjukhus', 'Lars Kaggs park', 'Per Albins hem', 'Axel Danielssons park'],
};

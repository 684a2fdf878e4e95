// Twenty-third blind set — its own name pools (invented combinations; no list was copied from the project, the rules
// or another blind set). Swedish majority with middle names, hyphens and particles; many other origins.
const P = (firsts, lasts, middles = '') => ({ firsts: firsts.split(','), lasts: lasts.split(','), middles: middles ? middles.split(',') : [] });

export const POOLS = {
  swedish: P('Agnes,Alva,Annelie,Arvid,Barbro,Bengt-Åke,Berit,Carina,Dagny,Edvin,Elin,Folke,Gun-Britt,Gunvor,Hanna,Harriet,Holger,Ida,Inger,Ivar,Jenny,Jonatan,Kerstin,Klas,Leif,Liselott,Lollo-Marie,Magnus,Malin,Mona,Natanael,Nellie,Ove,Pernilla,Ragnar,Rebecka,Sixten,Stina,Sture,Therese,Tilda,Torvald,Ulla-Britt,Valdemar,Vendela,Åke,Östen,Gullvi,Evert,Lars-Göran',
    'Axelsson,Bengtsson,Blomqvist,Boström,Dahlberg,Ekdahl,Falk,Forsberg,Granlund,Gyllenhammar,Hallberg,Hedlund,Hellström,Isaksson,Jakobsson,Jönsson,Kjellberg,Lagerqvist,Lindahl,Ljungberg,Lundmark,Mattsson,Mellberg,Nordqvist,Norén,Nyberg,Palmqvist,Rosén,Rehnberg,Sandström,Sjölander,Skoglund,Strand,Ström,Sundqvist,Thorén,Wahlberg,Westerlund,Wikström,Åkesson,Öhman,af Wetterstedt,von Platen,de la Motte,Ek-Lindgren,Berg-Nyström,Hammarskiöld,Tegnér,Ålund,Grönvall',
    'Maria,Elisabet,Johan,Kristina,Erik,Louise,Gustav,Sofie,Ingemar,Charlotte,Axel,Margit'),
  finnish: P('Eeva,Heikki,Jaana,Kari,Marjatta,Olli,Raili,Seppo,Tarja,Veikko,Anneli,Esa', 'Aaltonen,Halonen,Ikonen,Kallio,Laaksonen,Niskanen,Pesonen,Salminen,Tuominen,Väisänen,Ylönen,Kärkkäinen'),
  sami: P('Ingá,Máhtte,Sárá,Niillas,Elle,Ánte,Risten,Jon-Mikkel', 'Nutti,Spik,Omma,Simma,Tuuri,Kroik,Baer,Länta'),
  arabic: P('Ali,Amira,Bilal,Dalia,Hassan,Jamila,Khalid,Lina,Mustafa,Nadia,Tariq,Yasmin,Zainab,Hamza', 'Haddad,al-Jaberi,Mahmoud,Suleiman,El-Khatib,Qasim,Darwish,al-Obaidi,Najjar,Ibrahim,Aziz,Hamdan'),
  somali: P('Asad,Deqa,Farhiya,Hamdi,Ilhan,Mahad,Qamar,Sagal,Yasin,Zakariye', 'Ali Nur,Mohamud,Said,Abdullahi,Ismail,Hassan,Gelle,Samatar,Barre,Hersi'),
  persian: P('Ali-Reza,Bahar,Cyrus,Fariba,Hamid,Leila,Mehdi,Nazanin,Omid,Roya,Sahar,Yalda', 'Ghorbani,Hashemi,Kazemi,Mohammadi,Nouri,Rostami,Safavi,Shirazi,Tavakoli,Zand,Esfahani,Rezaei'),
  kurdish: P('Aram,Bêrîvan,Dara,Gulistan,Hejar,Jiyan,Karwan,Lana,Rêzan,Soran,Zozan', 'Barzani,Goran,Hawez,Kakayi,Mahwi,Qadir,Sarhang,Talabani,Xoshnaw,Dizayi'),
  bosnian: P('Adnan,Alma,Damir,Edina,Haris,Jasna,Kenan,Merima,Nermin,Samira,Zlatan', 'Alić,Bešlić,Čolić,Dedić,Hadžić,Imamović,Karić,Omerović,Salihović,Zukić,Hasanović'),
  polish: P('Bartosz,Dorota,Grzegorz,Iwona,Jakub,Magdalena,Marek,Renata,Szymon,Wiktoria', 'Jabłoński,Kaczmarek,Mazur,Pawlak,Sikora,Szymańska,Wróbel,Zając,Krawczyk,Głowacka'),
  tigrinya: P('Abraham,Aster,Bereket,Eden,Ghirmay,Hiwet,Kibrom,Rahel,Semhar,Tsega,Yohannes', 'Abraha,Ghebremariam,Kahsay,Mehari,Negash,Okbamichael,Tewelde,Zerai,Weldemichael,Yemane'),
  turkish: P('Ahmet,Aylin,Can,Deniz,Ebru,Hakan,Kübra,Murat,Selin,Tolga', 'Akgül,Bozkurt,Doğan,Erdoğan,Güneş,Kaya,Özdemir,Polat,Tekin,Yıldız'),
  vietnamese: P('Bảo,Hương,Khánh,Linh,Phúc,Thảo,Tuấn,Vy', 'Hoàng,Huỳnh,Phan,Trương,Vũ,Đỗ,Ngô,Dương'),
  chinese: P('Fang,Hao,Jing,Lei,Na,Qiang,Ting,Yan,Zhiwei', 'Guo,He,Luo,Ma,Sun,Tang,Wu,Zhao,Yu'),
  ukrainian: P('Bohdan,Halyna,Ivanna,Mykola,Oksana,Taras,Vasyl,Yuliia,Dmytro,Olena', 'Bondarenko,Hnatyuk,Kovalenko,Melnyk,Shevchuk,Tkachenko,Kravets,Oliinyk,Boiko,Savchenko'),
  spanish: P('Andrés,Camila,Fernanda,Gabriel,Isabel,Joaquín,Mateo,Valentina,Ximena', 'Castillo,Herrera,Morales,Navarro,Rojas,Salazar,Vega,Muñoz,Pérez Ortiz,del Río'),
  thai: P('Arunee,Chanida,Kittisak,Nattapong,Pornthip,Supaporn,Wichai', 'Kongkaew,Phromma,Saelim,Siriwat,Thongchai,Wattana,Jaidee'),
  hungarian: P('Balázs,Eszter,Gábor,Katalin,László,Zsófia,Péter', 'Farkas,Horváth,Kiss,Molnár,Szabó,Tóth,Varga,Németh'),
  greek: P('Dimitris,Eleni,Giorgos,Katerina,Nikos,Sofia,Yannis', 'Alexiou,Georgiou,Karalis,Papadakis,Stavrou,Vlachos,Economou'),
  english: P('Fiona,George,Imogen,Liam,Megan,Patrick,Rhys,Siobhan', 'Armstrong,Gallagher,Henderson,McAllister,Thornton,Wainwright,Quigley,Ellison'),
  german: P('Dieter,Heike,Jürgen,Katrin,Lukas,Ulrike,Wolfgang', 'Brandt,Hoffmann,Krüger,Schäfer,Vogel,Zimmermann,von Arnim'),
  eritrean_it: P('Filmon,Mebrat,Natnael,Saba', 'Tesfay,Andemariam,Berhe,Fesehaye'),
};
export const ORIGINS = [['swedish', 44], ['finnish', 5], ['sami', 2], ['arabic', 6], ['somali', 4], ['persian', 4], ['kurdish', 3], ['bosnian', 4], ['polish', 3],
  ['tigrinya', 3], ['turkish', 3], ['vietnamese', 2], ['chinese', 2], ['ukrainian', 4], ['spanish', 3], ['thai', 2], ['hungarian', 2], ['greek', 1], ['english', 2], ['german', 1], ['eritrean_it', 1]];

/** First names written alone (`Hej Kerstin,`): near-misses. */
export const LONE = 'Kerstin,Magnus,Jenny,Leif,Malin,Ali,Elin,Hassan,Ove,Stina,Amira,Deniz,Oksana,Berit,Arvid'.split(',');
/** Places, companies, products and things named like people: near-misses (kind 'lookalike-*'). */
export const LOOKALIKE = {
  street: ['Anna Lindhs plats', 'Olof Palmes gata', 'Gustav Adolfs torg', 'Karl Johans väg', 'Fredrika Bremers gata', 'Selma Lagerlöfs väg', 'Dag Hammarskjölds väg', 'Evert Taubes terrass', 'Nils Ericsons gata', 'Birger Jarlsgatan'],
  building: ['Gustav Vasa-kyrkan', 'Sankt Görans sjukhus', 'Astrid Lindgrens barnsjukhus', 'Karl Gustavs skola', 'Ingrid Marie-hallen', 'Sven Hedins sporthall'],
  company: ['Lindahl & Strand Fastigheter AB', 'Sjölander Bygg AB', 'Hedlunds Åkeri AB', 'Forsberg Lås & Larm HB', 'Mattssons Buss AB', 'Axelssons Taxi i Norrmark AB'],
  trophy: ['Gunnar Gren-pokalen', 'Lisa Lindqvist-priset', 'Ulla Stenbergs minnesfond'],
};

// Seventeenth blind set — name pools of its own (invented combinations of common given and family names from many
// origins), written without reading any other set's pools or any gazetteer. `middles`: second given names.
const P = (firsts, lasts, middles = '') => ({ firsts: firsts.split(','), lasts: lasts.split(','), middles: middles ? middles.split(',') : [] });

export const POOLS = {
  swedish: P('Alva,Ture,Signe,Hugo,Majken,Arvid,Elin,Gunnar,Ronja,Sixten,Barbro,Leif,Ida,Sten,Wilma,Jonas,Helena,Oskar,Ingegerd,Lars-Göran,Mia,Kerstin,Nils,Ellinor,Tobias,Ann-Sofie,Mikael,Saga,Roger,Ulla-Britt,Linus,Malin,Ragnar,Therese,Stina,Bengt,Matilda,Fredrik,Märit,Rasmus,Sune,Charlotta,Pontus,Agnes,Tomas,Ebbe,Jenny,Valter,Maud,Anneli',
    'Bergqvist,Lindholm,Sundqvist,Wikström,Forsberg,Hellström,Nyberg,Strand,Åkesson,Ödman,Blomqvist,Granberg,Hedlund,Isaksson,Jönsson,Kvist,Lundberg,Magnusson,Nordström,Palm,Rosén,Sjögren,Thörn,Vesterlund,Wahlberg,Zetterberg,Edlund,Fransson,Grahn,Holmberg,Kronqvist,Löfgren,Mattsson,Nordqvist,Öhrn,Backman,Carlén,Dahlström,Ekholm,Falk,Ahlgren,Björkman,Stenberg,Rudberg,Sahlin,af Ugglas,von Platen,de Verdier,Lind-Ahlberg,Berg Nyström,Östman,Viklund,Sörensen,Hammar',
    'Maria,Elisabet,Johanna,Louise,Sofie,Erik,Johan,Gustav,Karl,Viktoria,Ingrid,Albin,Margareta,Olof'),
  finnish: P('Eeva,Matti,Hanna,Janne,Tiina,Antti,Mirja,Petri,Leena,Sami,Kaisa,Jari', 'Laaksonen,Salminen,Väisänen,Kinnunen,Turunen,Ahonen,Lappalainen,Pöyhönen,Räsänen,Öhman,Kettunen,Siltanen', 'Kristiina,Johannes,Helena'),
  sami: P('Ánne,Mihkkal,Elle,Jon Ante,Sárá,Niillas,Kárin,Heaika', 'Länta,Omma,Påve,Spik,Kroik,Baer,Nutti,Fankki'),
  arabic: P('Khaled,Amira,Tariq,Salma,Hassan,Leila,Mustafa,Yasmin,Ibrahim,Dina,Bilal,Hiba,Nabil,Zainab', 'Al-Khatib,Darwish,Hamdan,Jaber,Suleiman,Ayoub,el-Masri,Qasim,Barakat,Habib,Shalabi,al-Obeidi'),
  somali: P('Hamza,Ifrah,Yasin,Sagal,Abdullahi,Hibo,Mahad,Ubah,Faysal,Kowsar', 'Ali Hassan,Mohamud,Nur,Ismail,Gedi,Samatar,Elmi,Abdulle,Hussein,Warfa'),
  persian: P('Neda,Kamran,Sara,Farhad,Leyla,Omid,Roya,Behnam,Taraneh,Payam', 'Mousavi,Rezaei,Nazari,Ghorbani,Kazemi,Shirazi,Zand,Esfahani,Alavi,Hashemi'),
  kurdish: P('Soran,Avan,Dara,Nishtiman,Hawre,Jwan,Sherko,Ronak', 'Barzani,Talabani,Hawezi,Khoshnaw,Mukriyani,Ezidi,Goran,Sorani'),
  bosnian: P('Adnan,Merima,Haris,Edina,Kenan,Amela,Damir,Sanela,Tarik,Alma', 'Hadžić,Softić,Omerović,Husić,Karić,Mehmedović,Zukić,Alić,Čaušević,Bešlić'),
  polish: P('Marta,Łukasz,Ewa,Grzegorz,Anna Maria,Michał,Zofia,Jakub,Dorota,Wojciech', 'Kaczmarek,Mazur,Krawczyk,Szymańska,Woźniak,Grabowski,Pawlak,Jabłoński,Michalska,Zając'),
  tigrinya: P('Aron,Feven,Meron,Biniam,Saba,Robel,Eden,Natnael,Rahwa,Henok', 'Tewelde,Mebrahtu,Ghirmay,Andemariam,Weldemichael,Kahsay,Yemane,Fesshaye,Zerai,Okbazghi'),
  turkish: P('Murat,Ebru,Serkan,Gül,Okan,Esra,Tolga,Melike,Kerem,Sibel', 'Kaya,Yıldız,Özdemir,Kılıç,Doğan,Erdem,Korkmaz,Güneş,Aksoy,Polat'),
  vietnamese: P('Hương,Tuấn,Mai Anh,Đức,Linh,Phương,Bảo,Thảo', 'Hoàng,Vũ,Huỳnh,Phan,Ngô,Dương,Đỗ,Lý'),
  chinese: P('Jing,Hao,Xiaomei,Lei,Fang,Zhiwei,Yan,Bo', 'Zhao,Wu,Sun,Guo,He,Ma,Luo,Gao'),
  ukrainian: P('Oksana,Taras,Iryna,Bohdan,Olena,Dmytro,Nataliia,Andrii,Yuliia,Serhii', 'Shevchenko,Bondarenko,Kovalenko,Tkachenko,Kravchuk,Melnyk,Oliinyk,Savchenko,Marchenko,Lysenko'),
  spanish: P('Sofía,Mateo,Valentina,Andrés,Camila,Joaquín,Isabel,Rodrigo', 'Vargas Peña,Castillo,Morales,Herrera Díaz,Rojas,Navarro,Salazar,Mendoza'),
  thai: P('Ploy,Chaiwat,Nattaya,Kittisak,Wanida,Surachai', 'Saelim,Phromma,Kaewkong,Inthong,Sombat,Chantarasri'),
  hungarian: P('Zsófia,László,Katalin,Gábor,Eszter,Zoltán', 'Nagy,Szabó,Kovács,Tóth,Horváth,Varga'),
  greek: P('Eleni,Giorgos,Dimitra,Nikos,Sofia,Kostas', 'Papadopoulos,Georgiou,Nikolaidou,Karagiannis,Vlachos,Antoniou'),
  lithuanian: P('Rūta,Tomas,Jurgita,Mindaugas,Aistė,Darius', 'Kazlauskas,Petrauskaitė,Jankauskas,Žukauskas,Butkus,Vasiliauskienė'),
  english: P('Liam,Chloe,Ryan,Megan,Callum,Sophie,Nathan,Abigail', "Fletcher,Harrington,McAllister,O'Sullivan,Thornton,Whitaker,Gallagher,Blackwood"),
  german: P('Jürgen,Annika,Felix,Henrike,Moritz,Ute', 'Schröder,Vogel,Krämer,Hoffmann,Weiß,Schulze'),
  filipino: P('Maricel,Jomar,Rowena,Arnel,Liezl', 'Dela Cruz,Bautista,Villanueva,Mendoza Reyes,Santos'),
};
export const ORIGINS = [['swedish', 44], ['finnish', 5], ['sami', 2], ['arabic', 6], ['somali', 5], ['persian', 4], ['kurdish', 3], ['bosnian', 4], ['polish', 4],
  ['tigrinya', 3], ['turkish', 3], ['vietnamese', 2], ['chinese', 2], ['ukrainian', 4], ['spanish', 2], ['thai', 1], ['hungarian', 1], ['greek', 1], ['lithuanian', 1],
  ['english', 2], ['german', 1], ['filipino', 1]];

/** Given names alone (near-misses: `Hej Ronja,`). */
export const LONE = ['Alva', 'Hugo', 'Signe', 'Khaled', 'Ifrah', 'Oksana', 'Tobias', 'Malin', 'Murat', 'Elin', 'Sixten', 'Feven', 'Jonas', 'Amira', 'Leif', 'Saga', 'Taras', 'Neda', 'Haris', 'Stina'];
/** Places, streets, stops, venues, garages and products named like people. */
export const LOOKALIKE = {
  street: ['Anna Lindhs plats', 'Olof Palmes gata', 'Selma Lagerlöfs väg', 'Karl Johans torg', 'Hjalmar Brantings gata', 'Birger Jarls gata', 'Gustav Adolfs torg', 'Evert Taubes terrass', 'Astrid Lindgrens väg', 'Nils Ericsons plan', 'Greta Garbos väg', 'Carl Larssons gata'],
  stop: ['Anders Zorns väg', 'Gustav Vasa-kyrkan', 'Kung Karls torg', 'Drottning Kristinas väg', 'Sankt Eriks plan', 'Fredrika Bremers gata', 'John Ericssons väg', 'Jenny Linds park'],
  venue: ['Kung Oscars arena', 'Sofia Nilssons hall', 'Ebbe Linde-scenen', 'Margareta Krook-salen', 'Bertil Malmberg-teatern', 'Ingrid Bergmans sal'],
  garage: ['P-hus Greta', 'P-hus Kung Oscar', 'P-hus Anna Lind', 'Garage Carl Gustaf', 'P-hus Tornet'],
  company: ['Lindqvist & Dotter Fastigheter AB', 'Bröderna Holm Åkeri AB', 'Karin Boyes Bokhandel AB'],
};

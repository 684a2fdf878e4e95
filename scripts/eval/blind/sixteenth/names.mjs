// Sixteenth blind set — name pools of its own (invented combinations; no real person is meant). Given names, middle
// names and family names per origin, with hyphens, particles (af, von, de, al-, van der), diacritics; look-alikes
// (streets, squares, churches, companies, products named like people) used as near-misses.
const P = (firsts, middles, lasts) => ({ firsts: firsts.split(','), middles: middles ? middles.split(',') : [], lasts: lasts.split(',') });

export const POOLS = {
  swedish: P('Agnes,Alvar,Annika,Arvid,Barbro,Bengt,Camilla,Dagny,Edvin,Elin,Esbjörn,Folke,Gerd,Gunilla,Hedda,Hjalmar,Ida,Inger,Jonatan,Katarina,Kerstin,Lars-Göran,Leif,Liv,Magnus,Malin,Mikael,Monica,Nils,Oskar,Pernilla,Ragnar,Rebecka,Sixten,Stina,Sture,Therese,Tobias,Ulla-Britt,Valdemar,Vera,Wilma,Åke,Östen,Märit,Siv,Lennart,Ann-Sofie,Karl-Johan,Greta,Harald,Tyra,Fredrik,Josefin,Linus,Moa,Patrik,Signe,Ture',
    'Maria,Elisabet,Johan,Erik,Linnea,Ingeborg,Axel,Kristina,Gustav,Alexander,Louise,Viktoria',
    'Ahlqvist,Berglund,Blomqvist,Boström,Carlsson,Dahlberg,Ek,Ekholm,Falk,Forsberg,Granlund,Grönberg,Hallberg,Hedlund,Holmberg,Isaksson,Jakobsson,Jönsson,Kvist,Lindahl,Lindell,Ljungberg,Löfgren,Magnusson,Mattsson,Norberg,Nyström,Palm,Rosén,Sjödin,Skog,Strand,Sundqvist,Tornberg,Wallin,Westerberg,Wiklund,Åström,Öhman,Östberg,af Ugglas,von Platen,de la Gardie,Lind-Hägg,Ström Sjölander,Björk-Nilsson,Fjällström,Kronqvist,Lundin,Nordqvist,Rask,Sahlin,Törnqvist,Vikström'),
  finnish: P('Eeva,Jari,Kaisa,Mikko,Outi,Raimo,Tarja,Veikko,Hannele,Janne,Marjatta,Tapio', 'Johanna,Kristian', 'Aaltonen,Hakala,Kinnunen,Laaksonen,Peltonen,Salminen,Tuominen,Väisänen,Räsänen,Ylönen,Kärkkäinen,Östman'),
  sami: P('Ánne,Biret,Jon-Ánde,Máhtte,Sunná,Nils-Per,Ristin,Ovllá', '', 'Päiviö,Utsi,Nutti,Omma,Kemi,Spiik,Tuolja,Länta'),
  arabic: P('Abdullah,Amal,Bilal,Dalia,Hamza,Jamila,Khalid,Lina,Mahmoud,Nadia,Rami,Salma,Tariq,Yasmin,Ziad,Hiba', 'Ali,Mohammed', 'al-Jaber,al-Qasimi,Darwish,Ezzeddine,Habib,Ibrahim,Kassem,Makdisi,Nassar,Obeid,Sabbagh,Shami,el-Khatib'),
  somali: P('Abdiwali,Faadumo,Hamdi,Ilhaan,Khadar,Muna,Said,Ubah,Warsan,Yusuf', '', 'Abdullahi,Ahmed Nur,Elmi,Gedi,Hassan,Ismail,Mohamud,Nuur,Samatar,Warfa'),
  persian: P('Ali-Reza,Azadeh,Behnaz,Farhad,Hooman,Leila,Mehdi,Mina,Navid,Roya,Sepideh,Siavash', '', 'Afshar,Ebrahimi,Ghorbani,Hashemi,Kazemi,Mirzaei,Najafi,Rostami,Shahbazi,Zand'),
  kurdish: P('Aram,Bahar,Diyar,Hozan,Jiyan,Lavin,Roza,Serwan,Soran,Zhilwan', '', 'Barzani,Goran,Hamadamin,Jaff,Mahmud,Rasul,Shwani,Talabani,Xoshnaw'),
  bosnian: P('Adnan,Alma,Damir,Edina,Haris,Lamija,Nermin,Senada,Tarik,Zlatan', '', 'Alić,Bešić,Čaušević,Dedić,Hadžić,Kurtović,Mehmedović,Omerović,Softić'),
  polish: P('Bartosz,Dorota,Grzegorz,Iwona,Jakub,Magdalena,Michał,Zofia,Łukasz,Ewa', '', 'Adamczyk,Grabowski,Jabłońska,Kaczmarek,Mazur,Pawlak,Szymański,Woźniak,Krawczyk'),
  tigrinya: P('Abrehet,Aklilu,Eden,Feven,Habtom,Kiflom,Merhawi,Rahel,Saba,Yohannes', '', 'Andemariam,Debesay,Fissehaye,Ghebremichael,Mehari,Negash,Tewelde,Yemane'),
  turkish: P('Ahmet,Büşra,Deniz,Emine,Hakan,Kemal,Merve,Murat,Özge,Serkan', '', 'Akın,Bulut,Doğan,Erdem,Güneş,Kaya,Kılıç,Polat,Yıldız,Özdemir'),
  vietnamese: P('Bảo,Hương,Khánh,Linh,Phương,Tuấn,Văn Hải,Thị Mai', '', 'Đỗ,Hồ,Huỳnh,Ngô,Phan,Trương,Vũ,Dương'),
  chinese: P('Chen Jie,Fang,Hao,Lei,Ming,Qing,Xiuying,Yan,Zhiwei', '', 'Guo,He,Luo,Ma,Song,Tang,Wu,Zhao'),
  ukrainian: P('Bohdan,Iryna,Kateryna,Mykola,Oksana,Olena,Serhiy,Taras,Yulia', '', 'Bondarenko,Hrytsenko,Kovalenko,Melnyk,Savchuk,Shevchuk,Tkachenko,Zinchenko'),
  spanish: P('Andrés,Camila,Ignacio,Isabel,Mateo,Valentina,Pablo,Rocío', 'José,Luis', 'Álvarez,Castillo Vega,de los Santos,Herrera,Morales,Navarro,Pérez Soto,Vargas'),
  thai: P('Apinya,Kittisak,Nattaya,Pornthip,Sakda,Wanida', '', 'Chanthara,Kaewmanee,Phromma,Saetang,Srisawat,Thammasat'),
  hungarian: P('Bence,Eszter,Gábor,Katalin,Levente,Réka,Zoltán', '', 'Balogh,Farkas,Horváth,Kiss,Molnár,Szabó,Tóth'),
  german: P('Birgit,Dieter,Franziska,Jürgen,Katrin,Lukas,Matthias,Sabine,Uwe,Heike,Jörg,Anke', 'Maria,Peter', 'Becker,Fischer,Hoffmann,Krüger,Lehmann,Müller,Schäfer,Schröder,Wagner,Weiß,von Arnim,Zimmermann'),
  dutch: P('Anouk,Bram,Daan,Femke,Joost,Lieke,Maarten,Sanne,Wouter,Ilse', '', 'de Vries,van Dijk,Bakker,Visser,Smit,van der Berg,Mulder,de Jong,Jansen,Bosman'),
  norwegian: P('Ingvild,Håkon,Sigrun,Torstein,Kari,Øyvind,Ragnhild,Eirik,Solveig,Trond', '', 'Haugen,Bakken,Solberg,Kristiansen,Dahl,Bråthen,Halvorsen,Nygård,Aasen,Lie'),
  danish: P('Mette,Søren,Rasmus,Pernille,Jesper,Louise', '', 'Jørgensen,Rasmussen,Mortensen,Thomsen,Kjær,Østergaard'),
  english: P('Alice,George,Hannah,Liam,Megan,Rory,Sophie,William', '', "Atkinson,Barlow,Doyle,Fletcher,Kavanagh,McAllister,O'Sullivan,Pritchard"),
  greek: P('Dimitris,Eleni,Giorgos,Katerina,Nikos,Sofia', '', 'Papadopoulos,Georgiou,Nikolaidis,Konstantinou,Alexiou,Vlachos'),
};

/** Origin weights for residents of a Swedish municipality. */
export const ORIGINS = [['swedish', 46], ['finnish', 5], ['sami', 2], ['arabic', 6], ['somali', 4], ['persian', 4], ['kurdish', 3], ['bosnian', 3],
  ['polish', 3], ['tigrinya', 3], ['turkish', 3], ['vietnamese', 2], ['chinese', 2], ['ukrainian', 3], ['spanish', 2], ['thai', 2], ['hungarian', 1],
  ['greek', 1], ['english', 2], ['german', 1]];
/** Camping guests: many from Germany, the Netherlands, Norway and Denmark. */
export const GUEST_ORIGINS = [['swedish', 34], ['german', 20], ['dutch', 16], ['norwegian', 12], ['danish', 7], ['finnish', 3], ['polish', 3], ['english', 3], ['arabic', 2]];

/** Lone given names used as near-misses (greetings, chat speakers without a family name). */
export const LONE = 'Agnes,Arvid,Elin,Folke,Hedda,Ida,Jonatan,Malin,Nils,Oskar,Stina,Tobias,Vera,Wilma,Khalid,Leila,Ahmet,Mikko,Sanne,Håkon,Mette,Iryna,Said,Rahel'.split(',');
/** Family names alone (`Fam. Lindahl`, `Lindahls`) — near-misses. */
export const SURNAMES = 'Lindahl,Hedlund,Forsberg,Nyström,Sjödin,Wallin,Westerberg,Palm,Rosén,Kvist'.split(',');
/** Places, squares, churches, companies and products named like people — near-misses. */
export const LOOKALIKE = {
  street: ['Anna Lindhs plats', 'Olof Palmes gata', 'Karl Johans torg', 'Selma Lagerlöfs väg', 'Dag Hammarskjölds väg', 'Greta Garbos gränd', 'Evert Taubes terrass', 'Birger Jarlsgatan', 'Drottning Kristinas väg', 'Prins Eugens väg'],
  church: ['Gustav Vasa-kyrkan', 'Sankt Olofs kyrka', 'Sofia kyrka', 'Hedvig Eleonora kyrka', 'Engelbrektskyrkan'],
  company: ['Lindahl & Sjödin Bygg AB', 'Hallbergs Måleri AB', 'Nyströms Rör & VVS', 'Berglund Arkitekter AB', 'Sjödins Golv AB', 'Granlunds Bageri', 'Westerbergs Taxi', 'Magnussons Åkeri HB'],
  place: ['Gustavsberg', 'Karlstad', 'Kristinehamn', 'Fredrikshov', 'Ulriksdal', 'Sofielund', 'Mariehäll', 'Johanneshov', 'Kristineberg', 'Annedal'],
  product: ['Tempur Elin', 'Billy bokhylla', 'Ivar hylla', 'Malm byrå', 'Stina Trädgårdsstol'],
};

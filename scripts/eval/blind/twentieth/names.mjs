// Twentieth blind set — name pools of its own (invented combinations; no gazetteer was read). Swedish majority with
// middle names, hyphenated given names, double family names and particles; then many other origins. LONE holds first
// names used alone as near-misses; LOOKALIKE holds churches, streets, products, companies and places named like people.
const P = (firsts, lasts, middles = '') => ({ firsts: firsts.split(','), lasts: lasts.split(','), middles: middles ? middles.split(',') : [] });

export const POOLS = {
  swedish: P('Ingela,Tord,Märit,Halvar,Sanna,Joakim,Gunvor,Lennart,Cecilia,Ragnar,Elin,Arvid,Kerstin,Sixten,Therese,Yngve,Hillevi,Oskar,Louise,Folke,Marianne,Albin,Ebba-Lena,Carl-Johan,Britt-Marie,Ann-Sofi,Per-Anders,Svea,Tilde,Douglas,Ronja,Vilgot,Majken,Torsten,Idun,Einar,Josefin,Mattias,Gerd,Alvar,Tyra,Leif,Nellie,Valdemar,Ulrika,Sten-Åke,Mirjam,Hugo,Katarina,Edvin',
    'Wikström,Holmgren,Bergqvist,Fransson,Lindahl,Nyberg,Sundqvist,Åkesson,Öhman,Ljungberg,Hallberg,Strömberg,Wennerholm,Blomqvist,Ekdahl,Palmér,Rosén,Forsberg,Sjöstedt,Granlund,Tornberg,Dahlén,Hedlund,Norrman,Bäckström,Löfgren,Ståhl,Kjellberg,Ahlin,Mattsson,Westerlund,Enqvist,Grönvall,Lilja,Skoglund,af Wetterstedt,von Platen,de Laval,Ljung-Berglund,Nord-Ahlström,Tegnér,Hammarsten,Björling,Wahlberg,Rudolfsson',
    'Maria,Elisabet,Johan,Kristina,Gustav,Linnea,Viktor,Margareta,Olof,Sofie'),
  finnish: P('Eija,Markku,Tuula,Jari,Leena,Sami,Hannele,Ilkka,Marjatta,Teemu', 'Kettunen,Laaksonen,Savolainen,Hyvärinen,Pitkänen,Salminen,Väisänen,Tuominen,Ahonen,Kärkkäinen', 'Johannes,Kaarina'),
  sami: P('Ánne,Mihkkal,Sárá,Heaika,Ingá,Niillas,Elen,Ásllat', 'Nutti,Påve,Omma,Länta,Tuorda,Spik,Kemi,Sikku'),
  arabic: P('Mariam,Khalid,Amal,Tariq,Salma,Bilal,Dina,Hamza,Lina,Nabil', 'al-Jabouri,Hamdan,el-Sayed,Darwish,Qasim,al-Sudani,Barakat,Aziz,Yassin,Shammari', 'Ali,Hassan'),
  somali: P('Hamdi,Abdullahi,Sagal,Mustafe,Ilhan,Khadar,Ubah,Said,Deeqa,Yasin', 'Mohamud,Ismail,Nur,Hassan Ali,Gedi,Samatar,Elmi,Barre,Warfaa,Ahmed Omar'),
  persian: P('Ladan,Behrouz,Nazanin,Farhad,Shabnam,Ramin,Azadeh,Omid,Mahsa,Siavash', 'Rostami,Mahmoudi,Kazemi,Najafi,Golzari,Esfandiari,Shirazi,Akbari,Zand,Mirzaei'),
  kurdish: P('Soran,Jiyan,Hawre,Nazdar,Serdar,Viyan,Baran,Helin', 'Qadir,Barzani,Jaff,Hawezi,Botani,Zaxoyi,Sorani,Mukriyani'),
  bcs: P('Edin,Aida,Senad,Mirela,Haris,Sanela,Dženan,Alma,Zoran,Vesna', 'Hadžić,Omerović,Karić,Softić,Ibrahimović,Nikolić,Halilović,Čolić,Mehmedović,Tomić'),
  polish: P('Zofia,Marek,Ewa,Grzegorz,Beata,Łukasz,Dorota,Jakub', 'Szymańska,Kaczmarek,Mazur,Pawłowski,Jankowska,Grabowski,Sikora,Woźniak'),
  tigrinya: P('Aster,Berhane,Eden,Kibrom,Rahwa,Yohannes,Saba,Tekle', 'Abraha,Gebreyesus,Mehari,Tsegay,Weldemichael,Kahsay,Negash,Zerai'),
  turkish: P('Hatice,Murat,Gül,Serkan,Esra,Onur,Fatma,Kemal', 'Kaya,Doğan,Kılıç,Özdemir,Aksoy,Erdoğan,Güneş,Polat'),
  vietnamese: P('Thị Mai,Văn Hùng,Thu Trang,Đức Anh,Hương,Bảo Long,Phương Linh', 'Hoàng,Huỳnh,Phan,Vũ,Đỗ,Ngô,Dương'),
  chinese: P('Jing,Hao,Ying,Zhiwei,Xiaomei,Bo Yang,Lihua', 'Zhao,Sun,Ma,Gao,Guo,He,Luo'),
  ukrainian: P('Oksana,Andriy,Iryna,Taras,Olena,Bohdan,Nataliia,Mykola', 'Shevchenko,Bondarenko,Kovalenko,Tkachenko,Kravchuk,Melnyk,Lysenko,Hrytsenko'),
  spanish: P('Valentina,Mateo,Camila,Sebastián,Ximena,Joaquín,Florencia', 'Rodríguez,Castillo,Vargas Soto,Muñoz,Herrera,Reyes Pino,del Valle'),
  thai: P('Ratana,Wichai,Pimchanok,Sakda,Nittaya,Chaiwat', 'Saetang,Phromma,Kaewkanya,Intarasuk,Srisawat,Boonyarit'),
  hungarian: P('Zsófia,Gábor,Réka,Levente,Ildikó,Balázs', 'Szabó,Tóth,Varga,Horváth,Kiss,Farkas'),
  greek: P('Eleni,Dimitris,Katerina,Giorgos,Sofia,Nikos', 'Papadopoulos,Georgiou,Konstantinidis,Alexiou,Vlachou,Economou'),
  estonian: P('Kadri,Rein,Triin,Margus,Liis,Toomas', 'Tamm,Saar,Sepp,Kask,Rebane,Ilves'),
  english: P('Fiona,Gareth,Rosalind,Callum,Imogen,Rupert,Siobhan,Declan', "McAllister,Thornton,Whitaker,Brennan,Holloway,O'Sullivan,Kingsley,Radcliffe"),
  lithuanian: P('Rūta,Darius,Aušra,Tomas,Giedrė', 'Kazlauskas,Petrauskienė,Jankauskas,Stankevičiūtė,Vasiliauskas'),
  icelandic: P('Guðrún,Sigurður,Hildur,Þórður', 'Jónsdóttir,Sigurðsson,Ólafsdóttir,Magnússon'),
};

export const ORIGINS = [['swedish', 46], ['finnish', 5], ['sami', 2], ['arabic', 6], ['somali', 4], ['persian', 4], ['kurdish', 3], ['bcs', 3],
  ['polish', 3], ['tigrinya', 3], ['turkish', 3], ['vietnamese', 2], ['chinese', 2], ['ukrainian', 3], ['spanish', 2], ['thai', 1], ['hungarian', 1],
  ['greek', 1], ['estonian', 1], ['english', 2], ['lithuanian', 1], ['icelandic', 1]];

/** First names written alone (greetings, SMS, chat) — near-misses. Not all of them are in the pools. */
export const LONE = 'Ingela,Tord,Sanna,Joakim,Kerstin,Oskar,Elin,Hugo,Mariam,Khalid,Eija,Ladan,Aida,Zofia,Aster,Murat,Oksana,Mateo,Soran,Hamdi,Ronja,Tyra,Leif'.split(',');

/** Names of places, churches, products and firms that look like people — near-misses. kind → values. */
export const LOOKALIKE = {
  church: ['Gustav Vasa kyrka', 'Oscar Fredriks kyrka', 'Sofia kyrka', 'Maria Magdalena kyrka', 'Hedvig Eleonora kyrka', 'Adolf Fredriks kyrka', 'Karl Johans kyrka', 'Engelbrektskyrkan', 'Katarina kyrka', 'Ulrika Eleonora kyrka'],
  street: ['Anna Lindhs plats', 'Olof Palmes gata', 'Selma Lagerlöfs väg', 'Evert Taubes terrass', 'Greta Garbos väg', 'Birger Jarlsgatan', 'Karl Gerhards plats', 'Astrid Lindgrens väg', 'Dag Hammarskjölds väg', 'Nils Ferlins torg'],
  company: ['Ljungberg & Söner Bygg AB', 'Axel Johnson AB', 'Wiklunds El & Sol', 'Bröderna Hallberg Tak AB', 'Petra Nord Consulting AB', 'Erik Olsson Fastighetsförmedling', 'Jan Ek Revision KB', 'Hanna Berg Design HB'],
  product: ['Huawei SUN2000', 'Fronius Symo', 'SolarEdge HD-Wave', 'Elsa 2 hjälm', 'Atomic Redster', 'Salomon Brigade', 'Rossignol Experience', 'Jesper Hybrid inverter'],
  place: ['Kung Oscars stuga', 'Stora Anna-liften', 'Per-Olofs backe', 'Lisas fäbod', 'Karl-Gustavs vik', 'Prinsessan Estelles park', 'Svartberget', 'Tottliften'],
  room: ['Rum Greta', 'Rum Alfred Nobel', 'Sal Kristina', 'Mötesrum Selma', 'Booth Hedda', 'Sal Astrid'],
};

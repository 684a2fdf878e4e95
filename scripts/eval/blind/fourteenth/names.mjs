// Fourteenth blind set — its own name pools (invented combinations; no real people intended) and look-alikes.
const P = (firsts, lasts, middles = '') => ({ firsts: firsts.split(','), lasts: lasts.split(','), middles: middles ? middles.split(',') : [] });
export const POOLS = {
  swedish: P('Agnes,Alvar,Annika,Arvid,Barbro,Bertil,Cecilia,Dagny,Edvin,Elin,Ellen,Folke,Greta,Gunnar,Hedvig,Helmer,Ingegerd,Ivar,Jenny,Joel,Kerstin,Lars-Göran,Leif,Lisbeth,Magnus,Marianne,Nils,Olle,Pernilla,Ragnar,Ronja,Signe,Stina,Sune,Svea,Tage,Therese,Tyra,Ulla-Britt,Valdemar,Vera,Wilma,Åke,Östen,Ann-Sofie,Karl-Johan,Matilda,Sixten,Hjalmar,Linnea',
    'Almqvist,Backlund,Blomgren,Dahlberg,Edlund,Ekholm,Falk,Forsberg,Granqvist,Hammarström,Hedlund,Holm,Isaksson,Jonsson,Kvist,Lindahl,Ljungberg,Lundell,Modig,Mårtensson,Norberg,Nyström,Ohlsson,Palm,Rosén,Rydberg,Sandström,Sjögren,Strand,Söderlund,Tjernberg,Wahlberg,Westin,Åkesson,Åström,Öhman,Berg-Lundqvist,Stjernfeldt,af Sillén,von Hallwyl,de Laval-Ek,Grip,Sköld,Wikström,Ågren,Hellström-Nord',
    'Marie,Johan,Elisabet,Erik,Kristina,Gustav,Louise,Axel'),
  finnish: P('Eero,Hanna-Leena,Jari,Kaisa,Markku,Outi,Seppo,Tuula,Veikko,Irja', 'Salminen,Laaksonen,Kinnunen,Pitkänen,Väisänen,Huttunen,Ojala,Kärkkäinen,Savolainen,Turunen'),
  arabic: P('Hassan,Amira,Tariq,Salma,Bilal,Yasmin,Khalid,Dalia,Nabil,Rima', 'Aziz,al-Khatib,Darwish,Hamdan,Ibrahim,el-Sayed,Qasim,Shami,Zaidan,Barakat'),
  somali: P('Abdullahi,Faadumo,Hamse,Idil,Muna,Said,Shukri,Yasin,Hibaaq,Bashir', 'Ali,Hassan,Nuur,Ismail,Cumar,Gedi,Mahamud,Xasan,Samatar,Elmi'),
  persian: P('Ali-Reza,Bahar,Farhad,Leila,Mahsa,Omid,Roya,Siavash,Ziba,Kaveh', 'Ghorbani,Mousavi,Najafi,Rostami,Shirazi,Kazemi,Yazdani,Esfahani,Abbasi,Mirzaei'),
  kurdish: P('Aram,Bêrîvan,Dersim,Hejar,Jiyan,Kamiran,Lavin,Renas,Sozdar,Zinar', 'Barzani,Hawramani,Sorani,Xoshnaw,Bradosti,Jaff,Kaki,Mukri,Shexani,Zaxoyi'),
  bosnian: P('Adnan,Aida,Edin,Elma,Haris,Merima,Nermin,Sanela,Tarik,Vesna', 'Hadžić,Mehmedović,Softić,Ćosić,Alić,Hasanović,Kurtović,Omerović,Salihović,Zukić'),
  polish: P('Bartosz,Ewa,Grzegorz,Halina,Jakub,Magdalena,Marek,Zofia,Łukasz,Dorota', 'Kaczmarek,Mazur,Krawczyk,Piotrowski,Grabowska,Pawlak,Michalski,Szymańska,Wróbel,Jabłoński'),
  tigrinya: P('Aklilu,Eden,Ghidey,Hiwet,Kibrom,Milena,Natnael,Rahwa,Saba,Tedros', 'Araya,Mebrahtu,Negash,Okbazghi,Tesfay,Weldemichael,Yohannes,Zeray,Abraha,Gebreyesus'),
  turkish: P('Ahmet,Buse,Deniz,Gökhan,Hülya,Kaan,Selin,Tuncay,Yasemin,Ömer', 'Kaya,Yıldız,Özdemir,Aksoy,Erdoğan,Polat,Karaca,Güneş,Tekin,Bulut'),
  vietnamese: P('Bảo,Hương,Khánh,Linh,Phương,Thảo,Tuấn,Vy', 'Hoàng,Huỳnh,Phan,Vũ,Dương,Ngô,Đỗ,Trương'),
  chinese: P('Bo,Fang,Jing,Lei,Ming,Qian,Xin,Yu', 'Zhao,Sun,Wu,Ma,Guo,He,Gao,Luo'),
  ukrainian: P('Andrii,Iryna,Mykola,Oksana,Olena,Taras,Yuliia,Serhii', 'Shevchenko,Bondarenko,Kovalenko,Tkachenko,Kravchenko,Melnyk,Boiko,Marchenko'),
  chilean: P('Catalina,Felipe,Ignacio,Javiera,Matías,Valentina,Rodrigo,Constanza', 'Muñoz,Rojas,Soto,Contreras,Sepúlveda,Araya Díaz,Fuentes,Valenzuela'),
  hungarian: P('Bence,Csilla,Gábor,Ildikó,Lajos,Réka,Zoltán,Erzsébet', 'Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár'),
  nigerian: P('Adaeze,Chinedu,Emeka,Folake,Ngozi,Oluwaseun,Tunde,Yetunde', 'Okafor,Adeyemi,Eze,Nwosu,Balogun,Okonkwo,Adebayo,Obi'),
  greek: P('Eleni,Giorgos,Katerina,Nikos,Sofia,Yannis', 'Papadopoulos,Georgiou,Nikolaidis,Karagianni,Dimitriou,Vlachos'),
  english: P('Harriet,Oscar,Imogen,Rupert,Fiona,Duncan', 'Ashby,Hartley,Kingsley,McAllister,Thornton,Whitaker'),
};
export const ORIGINS = [['swedish', 46], ['finnish', 5], ['arabic', 5], ['somali', 4], ['persian', 4], ['kurdish', 3], ['bosnian', 4], ['polish', 4],
  ['tigrinya', 3], ['turkish', 3], ['vietnamese', 2], ['chinese', 2], ['ukrainian', 3], ['chilean', 2], ['hungarian', 2], ['nigerian', 2], ['greek', 1], ['english', 2]];
// Lone given names for greetings (near-misses 'lone-first-name').
export const LONE = 'Anna,Olof,Karin,Maria,Erik,Sara,Ali,Johan,Fatima,Lena,Mikael,Eva,Ahmed,Kim,Per,Ingrid'.split(',');
// Look-alikes: streets, places, churches, companies, products named like people.
export const LOOKALIKE = {
  street: ['Karin Boyes gata', 'Olof Palmes plats', 'Selma Lagerlöfs väg', 'Nils Ericsons gata', 'Gustaf Dalénsgatan', 'Fredrika Bremers gata', 'Evert Taubes terrass', 'Anders Celsius väg', 'Sven Hedins gata', 'Elsa Beskows gränd', 'Vilhelm Mobergs gata', 'Astrid Lindgrens väg'],
  church: ['Sankt Olofs kyrka', 'Sankta Birgittas kapell', 'Heliga Korsets kyrka', 'Sankt Petri kyrka', 'Mariakyrkan', 'Sankt Mikaels kapell', 'Sankta Ragnhilds kyrka', 'Gustav Vasa kyrka'],
  company: ['Lindgrens Begravningsbyrå', 'Fonus Olsson & Son', 'Bergmans Elektronik AB', 'Hedins Bil', 'Johanssons Måleri', 'Eriksson & Holm Advokatbyrå', 'Petterssons Rör AB', 'Salong Annika', 'Maria Nilsson Design AB', 'Frisör Lisa & Co'],
  product: ['Marshall Emberton', 'Philips Sonicare', 'Bose QuietComfort', 'Harman Kardon Onyx', 'Dyson Supersonic', 'Jabra Elite', 'Samsung Galaxy Tab', 'Sony Bravia', 'Elvis Presley-vinyl', 'Moccamaster KBG'],
  place: ['Sankt Olof', 'Kristinehamn', 'Karlshamn', 'Gustavsberg', 'Fredrikshov', 'Mariefred', 'Sigtuna', 'Eriksberg', 'Ulriksdal', 'Sofielund', 'Annedal', 'Kristineberg'],
};

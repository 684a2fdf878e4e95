// Twenty-fourth blind set — name pools, written for this set (invented combinations of common names of many origins).
// Not derived from gdpr-scan's rules or gazetteers, nor from the other blind sets' pools.
const P = (firsts, lasts, middles = '') => ({ firsts: firsts.split(','), lasts: lasts.split(','), middles: middles ? middles.split(',') : [] });

export const POOLS = {
  swedish: P('Agnes,Alva,Alvar,Anneli,Arvid,Barbro,Bengt,Berit,Carina,Christer,Dagny,Edvin,Einar,Elin,Elof,Evelina,Fredrik,Gerd,Greta,Gunnar,Hanna,Harald,Helmer,Ida,Inger,Isak,Jenny,Joakim,Jonna,Kerstin,Kristoffer,Lars-Göran,Leif,Linnea,Lisbeth,Magnus,Malin,Marianne,Mattias,Mikael,Moa,Nils,Olle,Oskar,Pernilla,Ragnar,Rebecka,Robin,Siv,Sixten,Stina,Sture,Svea,Tage,Therese,Tilda,Ture,Ulla-Britt,Valdemar,Vera,Vilgot,Viveka,Yngve,Åke,Ann-Sofie,Eva-Lena,Karl-Johan,Britt-Marie,Ines,Hjalmar,Ingemar,Kajsa,Majken,Nora,Otto,Ronja,Saga,Tyra,Wilma,Östen,Dan-Ove,Gun-Britt',
    'Ahlgren,Backlund,Bergkvist,Blomqvist,Boström,Dahlberg,Ekholm,Forsberg,Fransson,Grahn,Gunnarsson,Hedlund,Hellström,Isaksson,Jakobsson,Jonsson,Kvist,Lindahl,Lundberg,Lundin,Löfgren,Magnusson,Mattsson,Månsson,Norberg,Nyberg,Nyström,Ottosson,Pettersson,Rosén,Sandström,Selander,Sjögren,Ström,Sundqvist,Thörn,Tornberg,Wahlström,Wikström,Åkesson,Öhman,Hammar,Vikander,af Ugglas,von Platen,de Laval,Ek-Lindgren,Berg-Hansson,Stenhammar,Granlund,Kronqvist,Söderlund,Vinberg,Zetterlund,Östergren,Åström,Edlund,Hultgren,Jernberg,Krantz,Lagerqvist,Nordqvist,Qvarnström,Rudberg,Sellberg,Strand,Björk,Lilja,Palm,Falk,Wennerholm,Ljungqvist,Carlsson-Rydh,Törnqvist,Brandt',
    'Maria,Louise,Johan,Erik,Elisabeth,Kristina,Olof,Fredrik,Viktoria,Gustav,Ingrid,Alexander,Charlotte,Emanuel'),
  finnish: P('Eero,Hanna-Leena,Jari,Kaisu,Markku,Minna,Outi,Seppo,Tuula,Veikko,Aulikki,Ilkka,Sanna,Timo', 'Halonen,Kinnunen,Laaksonen,Miettinen,Pitkänen,Salminen,Turunen,Väisänen,Ylönen,Kärkkäinen,Ahonen,Hyvönen,Rautio,Peltola', 'Johannes,Kaarina,Tapani'),
  sami: P('Ánte,Elle,Inga-Márjá,Jon Ánde,Mihkkal,Nils-Henrik,Sáráhkká,Vuokko,Risten,Nilla', 'Baer,Fankki,Jannok,Kalla,Omma,Påve,Sikku,Spik,Tuorda,Nutti'),
  arabic: P('Abdullah,Amal,Bilal,Dalia,Hamza,Jamila,Khalid,Lina,Mustafa,Nadia,Rami,Salma,Tariq,Yasmin,Zainab', 'Al-Sayed,al-Jabouri,Darwish,Fakhoury,Hamdan,Ibrahim,Issa,Jaber,Khalil,Qasim,Shami,Suleiman,al-Obaidi,Haddad', 'Mohammed,Ali'),
  somali: P('Abdiwali,Amina,Bashir,Deeqa,Faisal,Hibo,Ismail,Khadra,Muse,Ubah,Zamzam,Sagal', 'Barre,Dirie,Elmi,Gedi,Hassan,Mohamud,Nur,Samatar,Xasan,Cali,Guuleed,Ahmed'),
  persian: P('Azadeh,Behrouz,Farzaneh,Hamid,Leila,Mahnaz,Navid,Roya,Sara,Shahram,Soraya,Yasaman,Kian', 'Alavi,Esfahani,Ghorbani,Hashemi,Kazemi,Mahmoudi,Najafi,Rostami,Shirazi,Zand,Safavi,Mirzaei'),
  kurdish: P('Aram,Bahar,Dara,Evîn,Hejar,Jiyan,Kamaran,Lana,Newroz,Serdar,Şîrîn,Rezan', 'Barzani,Hawramani,Jaff,Kakayi,Mukriyani,Xoshnaw,Zêbarî,Şemdîn,Rashid,Qadir'),
  bosnian: P('Adnan,Alma,Edin,Enisa,Haris,Jasmin,Merima,Nermin,Sanela,Tarik,Vedran,Lejla', 'Alić,Bešić,Čolić,Dedić,Hadžić,Imamović,Karić,Mehmedović,Osmanović,Softić,Zukić,Husić'),
  polish: P('Bartosz,Dorota,Ewa,Grzegorz,Jakub,Magdalena,Marek,Natalia,Sławomir,Urszula,Wojciech,Zofia', 'Grabowski,Jankowska,Kaczmarek,Krawczyk,Mazur,Nowicki,Pawlak,Szymańska,Woźniak,Wróbel,Zając,Łukasik', 'Anna,Jan'),
  tigrinya: P('Abraham,Aster,Biniam,Eden,Feven,Goitom,Hagos,Mebrahtu,Rahel,Semhar,Tsega,Yohannes', 'Araya,Berhe,Ghebremariam,Mengis,Negash,Okbamichael,Russom,Tewelde,Zerai,Fisehaye,Andemariam,Kahsay'),
  turkish: P('Ahmet,Büşra,Deniz,Esra,Furkan,Gökhan,Hatice,Kemal,Merve,Onur,Selin,Tuğba', 'Aksoy,Bulut,Doğan,Güneş,Kaya,Kılıç,Korkmaz,Özdemir,Polat,Tekin,Yavuz,Karataş'),
  vietnamese: P('An,Bảo,Duy,Hương,Khánh Linh,Mai Anh,Phúc,Thảo,Tuấn,Văn Long', 'Hoàng,Huỳnh,Ngô,Phan,Trương,Vũ,Đỗ,Dương'),
  chinese: P('Fang,Hao,Jing,Lei,Ming,Qiang,Xiu,Yan,Zhiwei,Ruolan', 'Guo,Hu,Luo,Sun,Zhao,Zheng,Gao,Tang'),
  ukrainian: P('Andrii,Bohdan,Halyna,Iryna,Mykola,Oksana,Olena,Serhii,Taras,Yuliia,Vasyl,Kateryna', 'Bondarenko,Hrytsenko,Kovalenko,Kravchuk,Melnyk,Petrenko,Shevchuk,Tkachenko,Moroz,Lysenko,Savchenko,Marchenko'),
  spanish: P('Alba,Andrés,Beatriz,Camila,Eduardo,Gabriela,Ignacio,Luis Miguel,Marisol,Rodrigo,Valentina', 'Castillo,Díaz,Herrera,Morales,Navarro,Ramos Vega,Sánchez,Torres,Vargas,del Río,Muñoz'),
  thai: P('Apinya,Chanida,Kittisak,Nattapong,Pimchanok,Sompong,Suda,Wanida,Arthit', 'Kaewmanee,Phromma,Saengthong,Srisawat,Thammasak,Intharasuk,Boonyarat,Jaidee'),
  hungarian: P('Attila,Csilla,Dániel,Erzsébet,Gábor,Ildikó,Krisztina,László,Réka,Zoltán', 'Balogh,Farkas,Horváth,Molnár,Szabó,Tóth,Varga,Fekete,Lakatos,Bíró'),
  english: P('Aidan,Bethany,Callum,Eleanor,Fiona,Gareth,Imogen,Rhys,Siobhan,Declan', "Atherton,Blackwood,Crawley,Donnelly,Fitzgerald,Hargreaves,McAllister,Thornton,O'Brien,Whitaker"),
};

export const ORIGINS = [['swedish', 46], ['finnish', 5], ['sami', 2], ['arabic', 6], ['somali', 4], ['persian', 4], ['kurdish', 3], ['bosnian', 4],
  ['polish', 4], ['tigrinya', 3], ['turkish', 3], ['vietnamese', 2], ['chinese', 2], ['ukrainian', 4], ['spanish', 2], ['thai', 2], ['hungarian', 2], ['english', 2]];

/** Lone first names (near-misses: `Hej Malin,`). */
export const LONE = [...new Set(Object.values(POOLS).flatMap((p) => p.firsts))].filter((n) => !n.includes(' '));

/** Places, streets and institutions named after people (near-misses). */
export const LOOKALIKE = ['Anna Lindhs plats', 'Gustav Vasa-kyrkan', 'Karl Johans väg', 'Birger Jarlsgatan', 'Olof Palmes gata', 'Selma Lagerlöfs väg',
  'Hugo Alfvéns väg', 'Carl Larssons väg', 'Evert Taubes terrass', 'Fredrika Bremers gata', 'Dag Hammarskjölds väg', 'Per Albin Hanssons väg',
  'Ellen Keys gata', 'Nils Ericson-terminalen', 'Kristina Nilssons gata', 'Jenny Linds gata', 'Axel Danielssons väg', 'Sven Hedins gata'];

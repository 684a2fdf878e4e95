// Twenty-second blind set — name pools of its own (invented combinations; no list was copied from the project or
// from other blind sets). Swedish majority with middle names, hyphens and particles; twenty other origins.
const P = (firsts, lasts, middles = '') => ({ firsts: firsts.split(','), lasts: lasts.split(','), middles: middles ? middles.split(',') : [] });

export const POOLS = {
  swedish: P('Agnes,Alvar,Annika,Arvid,Barbro,Bengt,Berit,Cecilia,Disa,Ebbe,Edvin,Elin,Eivor,Filippa,Fredrik,Gunilla,Gustaf,Hanna,Harald,Hedvig,Hjalmar,Inger,Isak,Jenny,Jonatan,Kajsa,Katarina,Kristoffer,Lars-Göran,Lisbeth,Ludvig,Magnus,Malin,Mikael,Nils,Olle,Ottilia,Pontus,Ragnhild,Rasmus,Siv,Stina,Sune,Svante,Tekla,Thea,Tyra,Ulla-Britt,Valdemar,Vera,Wilma,Åke,Östen,Ellinor,Gun-Britt,Carl-Johan,Marie-Louise,Leif,Monika,Helén,Birgitta,Sixten,Greta,Alfons,Ingela,Torsten',
    'Almqvist,Bergkvist,Blomberg,Boström,Ekman,Forsberg,Granlund,Hallberg,Hedlund,Holmberg,Isaksson,Jakobsson,Jonsson,Lindahl,Lindberg,Ljungqvist,Lundin,Magnusson,Mattsson,Norberg,Nyström,Palmgren,Pettersson,Rosén,Sandström,Sjögren,Sundberg,Törnqvist,Wahlberg,Wikström,Åström,Öhman,Östberg,Ågren,Hellström,Kjellberg,Nordqvist,Stenmark,Sjödin,Lindgren-Åkesson,af Ugglas,von Platen,Cederholm,Grönwall,Hammarström,Eklöf,Ahlgren,Berglund,Fransson,Gunnarsson,Håkansson,Ivarsson,Lennartsson,Wennerholm,Zetterlund,Strömberg-Nilsson,Rehnberg,Tjäder,Wiklander,Engdahl',
    'Maria,Elisabeth,Johan,Erik,Louise,Kristina,Alexander,Sofia,Axel,Ingegerd,Viktoria,Gustav'),
  finnish: P('Eero,Hanna-Leena,Jari,Kaisa,Matti,Outi,Sanna,Timo,Tiina,Veikko,Arja,Juho', 'Laaksonen,Salminen,Kärkkäinen,Väisänen,Turunen,Seppälä,Huttunen,Pelkonen,Räsänen,Ahonen,Kettunen', 'Johannes,Maria'),
  sami: P('Ánne,Mihkkal,Sárá,Ovllá,Jovsset,Heaika,Marja,Nilla', 'Kuhmunen,Nutti,Pokka,Länta,Tuorda,Partapuoli,Omma,Valkeapää'),
  arabic: P('Ali,Amira,Bilal,Dalia,Hassan,Jamila,Khalid,Mariam,Nabil,Salma,Tariq,Yasmin,Zainab', 'al-Jaber,Aziz,Barakat,Darwish,El-Sayed,Ibrahim,Kassem,Mahmoud,Najjar,Rahman,Shalabi,al-Zubaidi,Abu Zaid', 'Mohammed,Ahmad'),
  somali: P('Abdullahi,Amina,Bashir,Faduma,Hamdi,Ismail,Khadra,Mustafe,Ubah,Yahye', 'Mohamud,Abdulle,Gedi,Samatar,Ugas,Warfa,Nur,Elmi,Qasim,Diriye'),
  persian: P('Ali-Reza,Behnaz,Farhad,Leila,Mahsa,Navid,Roya,Sahar,Siamak,Ziba', 'Ghorbani,Habibi,Kazemi,Mohammadi,Najafi,Rostami,Shirazi,Tavakoli,Yazdani,Zand'),
  kurdish: P('Aram,Avin,Bahoz,Dilovan,Jiyan,Newroz,Rezan,Sherzad,Soran,Zilan', 'Barzani,Hasso,Sleman,Xoshnaw,Mizuri,Herki,Jaff,Barwari'),
  bosnian: P('Admir,Alma,Damir,Edina,Haris,Merima,Senad,Vesna,Zlatan,Mirela', 'Alić,Avdić,Husić,Karić,Memić,Nikolić,Omerović,Pašić,Softić,Zukić'),
  polish: P('Agata,Bartosz,Dorota,Grzegorz,Jadwiga,Łukasz,Magdalena,Michał,Wojciech,Zofia', 'Borkowski,Chmielewska,Grabowski,Jabłońska,Kaczmarek,Mazur,Pawlak,Szymańska,Wróbel,Zając'),
  eritrean: P('Abeba,Eden,Feven,Mussie,Natnael,Rahwa,Semhar,Tedros,Yordanos,Kibrom', 'Abraha,Fessehaye,Ghebremichael,Kahsay,Mebrahtu,Negash,Okbazghi,Tesfay,Weldemariam,Yohannes'),
  turkish: P('Ahmet,Büşra,Deniz,Emine,Gökhan,Hakan,Merve,Oğuz,Selin,Tuğba', 'Aksoy,Bulut,Doğan,Erdoğan,Güneş,Kaya,Kılıç,Özdemir,Polat,Yıldız'),
  vietnamese: P('Thị Mai,Văn Long,Hương,Tuấn,Phương Linh,Đức Anh,Bảo Ngọc', 'Hoàng,Huỳnh,Vũ,Đỗ,Ngô,Dương,Lý'),
  chinese: P('Jing,Lei,Ming,Xiaoyu,Hao,Yan,Zhiwei,Qing', 'Zhao,Wu,Guo,Gao,Luo,Deng,Tang,Feng'),
  ukrainian: P('Oksana,Andrii,Iryna,Taras,Olena,Dmytro,Nataliia,Bohdan', 'Shevchenko,Bondarenko,Kovalenko,Tkachenko,Melnyk,Kravchuk,Oliinyk,Hnatiuk'),
  spanish: P('Camila,Mateo,Valentina,Sebastián,Rocío,Andrés,Ximena,Joaquín', 'Gutiérrez,Morales,Castillo Vega,Rojas,Fuentes,Navarro,Herrera,de la Fuente'),
  thai: P('Pimchanok,Somsak,Wanida,Kittisak,Ratana,Supaporn', 'Phongsri,Saetang,Chanthara,Kaewkla,Intharasuk,Srisawat'),
  hungarian: P('Zsófia,Gábor,Katalin,László,Réka,Bence', 'Nagy,Kovács,Szabó,Tóth,Horváth,Varga'),
  greek: P('Eleni,Giorgos,Dimitra,Nikos,Vasiliki,Stavros', 'Papadopoulos,Georgiou,Konstantinidis,Alexiou,Christodoulou'),
  lithuanian: P('Rūta,Mindaugas,Eglė,Darius,Aušra,Vytautas', 'Kazlauskas,Petrauskienė,Jankauskas,Žukauskas,Stankevičius'),
  ethiopian: P('Tigist,Bereket,Meseret,Kidist,Abel,Hiwot', 'Tadesse,Girma,Alemu,Bekele,Wolde'),
  filipino: P('Maricel,Jericho,Rowena,Arnel,Lorna', 'dela Cruz,Santos,Villanueva,Bautista,Manalo'),
  nigerian: P('Chinedu,Ngozi,Oluwaseun,Adaeze,Emeka', 'Okafor,Adeyemi,Eze,Okonkwo,Balogun'),
  english: P('Fiona,Gareth,Imogen,Callum,Rosalind,Hamish', 'Whitaker,McAllister,Pritchard,Sinclair,Fairweather,Lockhart'),
};

export const ORIGINS = [['swedish', 44], ['finnish', 5], ['sami', 2], ['arabic', 6], ['somali', 4], ['persian', 4], ['kurdish', 3], ['bosnian', 3],
  ['polish', 3], ['eritrean', 3], ['turkish', 3], ['vietnamese', 2], ['chinese', 2], ['ukrainian', 3], ['spanish', 2], ['thai', 1], ['hungarian', 1],
  ['greek', 1], ['lithuanian', 1], ['ethiopian', 2], ['filipino', 1], ['nigerian', 1], ['english', 2]];

/** Lone first names (near-misses when written alone: `Hej Kajsa,`). */
export const LONE = ['Kajsa', 'Nils', 'Amina', 'Olle', 'Hedvig', 'Farhad', 'Tiina', 'Mateo', 'Greta', 'Sixten', 'Eden', 'Ludvig', 'Roya', 'Åke'];
/** Places, streets, firms and products named like people (near-misses). */
export const LOOKALIKE = {
  street: ['Anna Lindhs plats', 'Olof Palmes gata', 'Fredrika Bremers väg', 'Selma Lagerlöfs torg', 'Carl Larssons väg', 'Evert Taubes terrass', 'Greta Garbos väg', 'Karin Boyes gata'],
  place: ['Gustav Vasa-kyrkan', 'Sankt Görans gymnasium', 'Kristina Nilssons park', 'Engelbrektskyrkan', 'Astrid Lindgrens Värld', 'Birger Jarls torn'],
  firm: ['Lars Eriksson Bygg AB', 'Jonssons Hiss & El', 'Bertil Svenssons Åkeri', 'Maria Anderssons Blomsterhandel', 'Tage Erlanders Stiftelse', 'Nils Holgersson Resor'],
};

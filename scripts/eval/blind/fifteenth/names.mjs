// Fifteenth blind set — its own name pools (invented combinations; no real people intended) and look-alikes.
// Written for this set; not copied from any other set's pools or from gdpr-scan's gazetteers.
const P = (firsts, lasts, middles = '') => ({ firsts: firsts.split(','), lasts: lasts.split(','), middles: middles ? middles.split(',') : [] });
export const POOLS = {
  swedish: P('Albin,Alice,Alma,Anders,Ann-Sofie,Axel,Beata,Bengt,Berit,Carina,Charlotta,Dan,Ebbe,Eivor,Elias,Elvira,Esbjörn,Evelina,Filippa,Fredrik,Gertrud,Gun-Britt,Gustav,Hanna,Harald,Helena,Hilding,Ida,Inger,Isak,Jessica,Jonas,Kajsa,Karl-Johan,Kristina,Lage,Lilian,Linus,Louise,Lucas,Malin,Mattias,Moa,Nanna,Niklas,Ninni,Oskar,Otto,Pernilla,Ragnar,Rebecka,Roger,Rut,Sebastian,Signe,Siv,Stina,Sune,Svea,Tage,Therese,Tilda,Torsten,Ulla,Valter,Vera,Vilgot,Wilma,Yngve,Åke,Ärla,Östen',
    'Abrahamsson,Alm,Arvidsson,Bergkvist,Boström,Brandt,Carlberg,Dahlin,Edström,Ekberg,Ek,Engdahl,Fransson,Frisk,Gråberg,Grönlund,Hallberg,Hansson,Hedberg,Hellström,Hjort,Holmberg,Håkansson,Jakobsson,Jönsson,Kihlberg,Lagerkvist,Lind,Lundqvist,Löfgren,Magnusson,Malmberg,Mattsson,Nordqvist,Norén,Nyberg,Ottosson,Palm,Rask,Rosén,Sandström,Sellberg,Sjödin,Skoglund,Stenberg,Strand,Sundin,Sävström,Thorén,Tornberg,Wahlberg,Westerlund,Wikström,Åhlin,Ödman,Öhrn,af Ugglas,von Platen,de Laval,Berg-Nyman,Hed-Olsson',
    'Maria,Elisabet,Johan,Erik,Louise,Kristina,Gustaf,Viktoria,Alexander,Ingeborg,Olof,Linnea'),
  finnish: P('Eeva,Hannu,Heikki,Ilona,Jari,Kaisa,Marjatta,Mikko,Outi,Sami,Tarja,Teemu,Veikko,Anneli,Jyrki', 'Aaltonen,Halonen,Hiltunen,Ikonen,Jokinen,Kettunen,Laaksonen,Miettinen,Peltonen,Räsänen,Salminen,Toivonen,Väisänen,Ylönen,Östman', 'Johannes,Kaarina,Ilmari,Annikki'),
  norwegian: P('Bjørn,Eirik,Gro,Håkon,Ingvild,Kari,Knut,Marit,Ragnhild,Sigrun,Torstein,Øystein,Åse,Trond,Solveig', 'Bakken,Berge,Dahle,Fjeld,Haugen,Hovland,Kvam,Lie,Moen,Nygård,Rønning,Solberg,Strømme,Tveit,Aas', 'Marie,Olav,Elise'),
  danish: P('Anders,Birgitte,Jens,Lærke,Mette,Mads,Rasmus,Søren,Signe,Trine,Frederik,Kirsten,Ulrik,Pernille', 'Bech,Christensen,Dalsgaard,Fogh,Holst,Juhl,Kjær,Lauridsen,Mikkelsen,Nørgaard,Overgaard,Skov,Thygesen,Østergaard', 'Marie,Kristian'),
  icelandic: P('Guðrún,Sigurður,Hrafnhildur,Þórður,Ásdís,Einar,Kristín', 'Jónsdóttir,Gunnarsson,Þorsteinsdóttir,Magnússon,Björnsdóttir,Ólafsson'),
  sami: P('Ánne,Biehtár,Gáddjá,Issát,Mággá,Niillas,Sárá,Ovllá,Elle,Juhán', 'Bientie,Länta,Nutti,Spik,Omma,Partapuoli,Tuorda,Valkeapää,Jannok,Inga'),
  arabic: P('Amira,Bilal,Dalia,Faris,Ghada,Hamza,Imad,Jamila,Khaled,Lina,Marwan,Nadia,Rami,Salma,Tariq,Yasmin,Ziad', 'al-Obaidi,Barakat,Darwish,el-Khatib,Fakhoury,Ghanem,Hamdan,Issa,al-Jabouri,Kassab,Matar,Najjar,al-Qadi,Shaheen,Zaher', 'Mohammed,Ali,Hassan'),
  somali: P('Amina,Bashir,Deeqa,Faisal,Hibo,Idil,Khadar,Muna,Omar,Qamar,Sagal,Yasin,Zamzam', 'Ali,Barre,Dirie,Elmi,Gedi,Hassan,Ismail,Kahin,Mohamud,Nur,Samatar,Shire,Warsame'),
  persian: P('Afsaneh,Bahram,Dorsa,Farhad,Homa,Kamran,Leila,Mehdi,Negar,Omid,Roya,Siavash,Taraneh,Yasaman', 'Abbasi,Bagheri,Daneshvar,Ebrahimi,Ghasemi,Hashemi,Kazemi,Mirzaei,Navabi,Pourmand,Rostami,Shirazi,Vahidi,Zand'),
  dari: P('Ahmad Shah,Farida,Habibullah,Mariam,Nasir,Parwana,Sultan,Zarghona,Wahid,Freshta', 'Ahmadzai,Hakimi,Karimzada,Noorzai,Popal,Rahimi,Safi,Wardak,Yousufzai,Stanikzai'),
  kurdish: P('Aram,Bawan,Chiya,Delal,Goran,Hana,Jwan,Lana,Rebin,Sherzad,Soma,Zhilwan', 'Barzani,Dizayee,Goran,Hamarash,Jaff,Khoshnaw,Mamand,Pirot,Rasul,Talabany,Xalid,Zangana'),
  bosnian: P('Adnan,Alma,Damir,Edina,Haris,Jasna,Kemal,Merima,Nermin,Sanela,Tarik,Vesna,Zlatan', 'Alić,Bešić,Čaušević,Dedić,Fazlić,Hadžić,Karić,Mehmedović,Omerović,Salihović,Tahirović,Zukić,Dizdar,Softa,Zec,Mujezin'),
  polish: P('Anna,Bartosz,Dorota,Grzegorz,Iwona,Jakub,Magdalena,Marek,Renata,Szymon,Wojciech,Żaneta', 'Adamczyk,Błaszczyk,Dudek,Górski,Jabłońska,Kaczmarek,Krawczyk,Mazur,Pawłowski,Szczepańska,Wróbel,Zając'),
  tigrinya: P('Abrehet,Aklilu,Eden,Fikre,Ghenet,Kibrom,Mebrat,Natnael,Rahwa,Semhar,Tekie,Yohannes,Ariam', 'Abraha,Berhe,Desta,Fessehaye,Gebreyesus,Hagos,Kahsay,Mehari,Negash,Russom,Tewelde,Yemane,Zerai'),
  turkish: P('Ahmet,Büşra,Can,Deniz,Ebru,Fatih,Gül,Hakan,İrem,Kaan,Merve,Onur,Serkan,Tuğba', 'Akgül,Balcı,Ceylan,Doğan,Erdem,Güneş,Kaya,Kılıç,Özdemir,Polat,Sarı,Tekin,Uçar,Yıldız'),
  vietnamese: P('Anh Thư,Bảo,Duy,Hạnh,Khánh Linh,Long,Mai Phương,Phúc,Quốc Huy,Thảo,Trung,Văn Hải', 'Nguyễn,Trương,Hoàng,Huỳnh,Phan,Vũ,Đỗ,Ngô,Dương,Lý'),
  chinese: P('Chen,Fang,Hao,Jing,Lei,Ming,Na,Qiang,Shu,Xin,Yan,Zhen', 'Cai,Deng,Feng,Gao,Guo,He,Luo,Ma,Song,Tang,Wu,Zheng'),
  ukrainian: P('Andrii,Bohdana,Dmytro,Halyna,Ihor,Kateryna,Mykola,Oksana,Olena,Serhii,Taras,Yuliia,Vasyl', 'Bondarenko,Hnatiuk,Kovalenko,Kravchuk,Lysenko,Melnyk,Oliinyk,Petrenko,Shevchuk,Tkachenko,Yatsenko,Zinchenko'),
  spanish: P('Andrés,Camila,Fernando,Gabriela,Ignacio,Jimena,Mateo,Rocío,Sebastián,Valentina,José Luis', 'Alvarado,Benítez,Castillo,Domínguez,Espinoza,Fuentes,Guzmán,Herrera,Morales,Navarro,Pérez Soto,del Río'),
  thai: P('Apinya,Chatchai,Kannika,Narong,Pimchanok,Sakda,Wanida,Thitima', 'Charoenrat,Inthachai,Kaewkla,Phromma,Sangthong,Wattana,Yodsuwan,Rungrueang'),
  hungarian: P('Ágnes,Balázs,Csaba,Erzsébet,Gábor,Katalin,Levente,Zsófia', 'Balogh,Farkas,Horváth,Kovács,Molnár,Szabó,Tóth,Varga'),
  amharic: P('Abebe,Bethlehem,Dawit,Hirut,Meseret,Selamawit,Tadesse,Yeshi', 'Alemu,Bekele,Girma,Haile,Mengistu,Tadesse,Wolde,Tesfaye'),
  russian: P('Aleksandr,Natalia,Sergei,Svetlana,Yelena,Pavel,Irina,Maksim', 'Ivanova,Kuznetsov,Morozova,Orlov,Popova,Sokolov,Volkova,Zaitsev'),
  english: P('Alan,Bridget,Colin,Fiona,Gareth,Imogen,Nigel,Rosalind,Stuart,Tamsin', 'Atkinson,Blackwood,Cartwright,Doyle,Fenwick,Gallagher,Kingsley,McAllister,Prescott,Thornton'),
  german: P('Dieter,Franziska,Jürgen,Katrin,Matthias,Sabine,Ulrike,Wolfgang', 'Bauer,Fischer,Hoffmann,Krüger,Schäfer,Schröder,Wagner,Weiß'),
  lithuanian: P('Aistė,Darius,Gintarė,Mindaugas,Rūta,Tomas', 'Kazlauskas,Jankauskaitė,Petrauskas,Stankevičiūtė,Žukauskas,Vaitkus'),
};
export const ORIGINS = [['swedish', 44], ['finnish', 4], ['norwegian', 2], ['danish', 2], ['icelandic', 1], ['sami', 2], ['arabic', 6], ['somali', 4], ['persian', 4], ['dari', 3],
  ['kurdish', 3], ['bosnian', 3], ['polish', 3], ['tigrinya', 3], ['turkish', 3], ['vietnamese', 2], ['chinese', 2], ['ukrainian', 3], ['spanish', 2], ['thai', 1],
  ['hungarian', 1], ['amharic', 2], ['russian', 1], ['english', 2], ['german', 1], ['lithuanian', 1]];
/** Nordic mix for the cross-border desk. */
export const NORDIC = [['norwegian', 30], ['danish', 26], ['finnish', 24], ['icelandic', 4], ['swedish', 14], ['sami', 2]];

/** Lone first names used in greetings (near-misses when alone). */
export const LONE = ['Hanna', 'Oskar', 'Amira', 'Bjørn', 'Mette', 'Kaisa', 'Jonas', 'Leila', 'Dmytro', 'Ida', 'Khaled', 'Signe', 'Teemu', 'Yohannes', 'Malin'];
/** Things written like people: streets, squares, churches, schools, products, ships, companies. */
export const LOOKALIKE = [
  ['street', 'Anna Lindhs plats'], ['street', 'Olof Palmes gata'], ['street', 'Karl Johans gate'], ['street', 'Selma Lagerlöfs väg'], ['street', 'Evert Taubes terrass'],
  ['street', 'Pelle Molins gata'], ['church', 'Gustav Vasa kyrka'], ['church', 'Sofia kyrka'], ['school', 'Katarina Södra skola'], ['school', 'Astrid Lindgrens skola'],
  ['company', 'Lindqvist Bygg AB'], ['company', 'Hjort & Palm Revision'], ['product', 'Samsung Galaxy A55'], ['product', 'iPhone 15 Pro'], ['ship', 'M/S Birger Jarl'],
  ['place', 'Sankt Eriksplan'], ['place', 'Gustav Adolfs torg'], ['building', 'Carl Milles-huset'], ['prize', 'Jenny Lind-stipendiet'], ['place', 'Kungsholmen'],
];

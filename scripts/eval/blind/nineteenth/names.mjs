// Nineteenth blind set — name pools of its own (invented combinations; no list was copied from the project or from
// another blind set). Swedish majority with middle names, hyphenated given and family names and particles; then
// Finnish, Sami, Arabic, Somali, Persian, Kurdish, Bosnian/Serbian/Croatian, Polish, Tigrinya/Eritrean, Turkish,
// Vietnamese, Chinese, Ukrainian, Spanish/Latin American, Thai, Hungarian, German, Greek, Lithuanian, English.
const P = (firsts, lasts, middles = '') => ({
  firsts: firsts.split(',').map((s) => s.normalize('NFC')),
  lasts: lasts.split(',').map((s) => s.normalize('NFC')),
  middles: middles ? middles.split(',').map((s) => s.normalize('NFC')) : [],
});

export const POOLS = {
  swedish: P('Agnes,Alva,Annika,Arvid,Axel,Barbro,Berit,Camilla,Dagny,Edvin,Elin,Eskil,Folke,Gunilla,Gustav,Hanna,Harald,Hedvig,Ingemar,Ingela,Isak,Jenny,Jonas,Kerstin,Kristoffer,Leif,Linnea,Lisbeth,Ludvig,Magnus,Malin,Marianne,Mikael,Monica,Nils,Oskar,Pernilla,Ragnar,Rebecka,Roger,Sanna,Sixten,Stina,Sture,Svante,Tage,Therese,Tilda,Ulla,Vera,Verner,Viola,Åke,Ängla,Östen,Lars-Göran,Ann-Sofie,Karl-Johan,Eva-Lena,Per-Anders,Britt-Marie,Sven-Erik,Mia-Lotta,Hugo,Ronja,Valter,Meja,Ture,Siv',
    'Lindqvist,Bergkvist,Sundström,Hellberg,Wikström,Forsberg,Granlund,Åkesson,Ekholm,Sjödin,Nyberg,Lundin,Strand,Holmberg,Blomqvist,Fransson,Hedlund,Ivarsson,Jonsson,Karlberg,Lindgren,Mattsson,Nordqvist,Olofsson,Pettersson,Rosén,Sandström,Törnqvist,Wahlberg,Zetterlund,Öhman,Ådahl,Backlund,Dahlberg,Edlund,Ferm,Grahn,Hammar,Isaksson,Jakobsson,Kullberg,Lundh,Melin,Norén,Palm,Rask,Sjölander,Thorén,Ulander,Vikström,af Ugglas,von Platen,de Laval,Berg-Lindahl,Nord-Ekberg,Ek,Wall,Frisk,Lind,Holm,Sköld,Björkman,Engdahl,Hultgren,Qvarnström',
    'Maria,Elisabet,Johan,Erik,Ingrid,Kristina,Anders,Louise,Fredrik,Margareta,Gustaf,Sofia,Viktor,Linnéa'),
  finnish: P('Eero,Hannele,Ilkka,Kaisa,Lauri,Minna,Onni,Pirjo,Raili,Teemu,Tarja,Veikko', 'Lahtinen,Salminen,Kettunen,Hyvönen,Kärkkäinen,Laitinen,Räsänen,Tuominen,Väisänen,Peltola,Saarinen,Mäkelä', 'Johannes,Marjatta,Tapio'),
  sami: P('Ánne,Niillas,Máhtte,Sárá,Jon-Ánte,Elle,Ovllá,Gáren,Ristin,Heaika', 'Nutti,Spiik,Omma,Länta,Kitti,Tuorda,Påve,Sarri,Bientie,Fjellström'),
  arabic: P('Amira,Bilal,Dalia,Hamza,Jamal,Lina,Mahmoud,Nadia,Rami,Salma,Tariq,Yasmin,Zainab,Khalid', 'al-Sayed,Haddad,Darwish,al-Masri,Kanaan,Issa,El-Khatib,Abu Zaid,Suleiman,Nassar,Barakat,al-Jabouri', 'Mohammed,Ali'),
  somali: P('Abdiwali,Amina,Cawo,Deeqa,Faysal,Hibo,Ilhan,Khadar,Muna,Sagal,Yusra,Bashir', 'Gedi,Nur,Elmi,Mohamud,Ismail,Samatar,Hassan,Gurey,Qalinle,Ibrahim,Adan,Shire'),
  persian: P('Ali-Reza,Behnaz,Cyrus,Darya,Farhad,Golnaz,Hamid,Leila,Mahsa,Navid,Roya,Sohrab', 'Ghorbani,Mousavi,Rostami,Najafi,Shirazi,Kazemi,Azimi,Esfahani,Mirzaei,Nikpour,Sadri,Zand'),
  kurdish: P('Avin,Bêrîvan,Dilovan,Hezar,Jiyan,Kardo,Lavin,Rebwar,Sozdar,Zhilwan', 'Barzani,Goran,Hamaamin,Karim,Mahmoudi,Qadir,Rashid,Shwani,Talabani,Xoshnaw'),
  bcs: P('Adnan,Alma,Branka,Damir,Edina,Haris,Jelena,Kenan,Mersiha,Milan,Sanela,Zoran', 'Avdić,Bešić,Čolić,Dedić,Hadžić,Ibrahimović,Kovač,Mehmedović,Nikolić,Pavlović,Softić,Tomić'),
  polish: P('Aleksandra,Bartosz,Dorota,Grzegorz,Jakub,Magdalena,Marek,Zofia,Łukasz,Ewa', 'Szymański,Woźniak,Kaczmarek,Mazur,Krawczyk,Piotrowska,Grabowski,Pawlak,Michalska,Zając'),
  tigrinya: P('Abrehet,Berhane,Eden,Ghirmay,Kibrom,Letebrhan,Merhawi,Ruta,Semhar,Tsega,Yohannes,Mussie', 'Gebreyesus,Tewolde,Mehari,Andemariam,Fessehaye,Ghebremichael,Kahsay,Negash,Sebhatu,Weldemichael,Zerai,Teklehaimanot'),
  turkish: P('Ahmet,Buse,Can,Deniz,Ebru,Gökhan,Hakan,Melike,Murat,Selin,Tuğba,Volkan', 'Kaya,Doğan,Kılıç,Aslan,Çetin,Kara,Korkmaz,Özdemir,Polat,Şimşek,Yıldız,Erdoğan'),
  vietnamese: P('Anh Thư,Bảo,Duy,Hải Yến,Khánh,Linh,Minh Châu,Phúc,Thảo,Tuấn', 'Hoàng,Huỳnh,Phan,Vũ,Đỗ,Ngô,Dương,Lý,Trương,Đinh'),
  chinese: P('Chen Jie,Fang,Hao,Jing,Lei,Ming,Qiang,Xin,Yan,Zhiwei', 'Zhao,Wu,Sun,Zhu,Guo,He,Gao,Ma,Luo,Song'),
  ukrainian: P('Andrii,Bohdana,Dmytro,Iryna,Mykola,Oksana,Olena,Serhii,Taras,Yuliia', 'Shevchenko,Bondarenko,Kovalenko,Tkachenko,Kravchenko,Oliinyk,Melnyk,Boiko,Moroz,Lysenko'),
  spanish: P('Alejandra,Camila,Eduardo,Francisco,Gabriela,Ignacio,Mariana,Pablo,Valentina,Rodrigo', 'Castillo,Morales,Herrera,Vargas,Rojas,Muñoz,Sánchez Díaz,de los Santos,Gutiérrez,Navarro'),
  thai: P('Arthit,Chanida,Kittipong,Nattaya,Pimchanok,Supachai,Wanida,Jiraporn', 'Saetang,Phromma,Kaewkla,Thongchai,Srisawat,Buranasiri,Chaiwong,Inthara'),
  hungarian: P('Balázs,Csilla,Eszter,Gábor,Judit,Levente,Réka,Zoltán', 'Nagy,Tóth,Szabó,Horváth,Varga,Kiss,Molnár,Farkas'),
  german: P('Dieter,Friederike,Jürgen,Katrin,Matthias,Ute,Wolfgang,Sabine', 'Müller,Schröder,Becker,Hoffmann,Krüger,Neumann,Schwarz,von Bülow'),
  greek: P('Dimitris,Eleni,Giorgos,Katerina,Nikos,Sofia-Maria,Vasilis,Xanthi', 'Papadopoulos,Georgiou,Konstantinidis,Pappas,Vlachos,Oikonomou,Karras,Alexiou'),
  lithuanian: P('Aurimas,Dalia,Gintarė,Jonas,Rūta,Tomas,Vytautas,Eglė', 'Kazlauskas,Petrauskienė,Jankauskas,Stankevičius,Vasiliauskas,Žukauskas,Butkus,Paulauskaitė'),
  english: P('Alistair,Bethany,Callum,Fiona,Gareth,Imogen,Rhys,Siobhan,Megan,Declan', "Fletcher,Gallagher,Holloway,McIntyre,O'Neill,Pritchard,Thornton,Winslow,Davies,Kennedy"),
};

export const ORIGINS = [['swedish', 46], ['finnish', 5], ['sami', 2], ['arabic', 5], ['somali', 4], ['persian', 4], ['kurdish', 3],
  ['bcs', 4], ['polish', 4], ['tigrinya', 3], ['turkish', 3], ['vietnamese', 2], ['chinese', 2], ['ukrainian', 3], ['spanish', 2],
  ['thai', 2], ['hungarian', 1], ['german', 2], ['greek', 1], ['lithuanian', 1], ['english', 2]];
/** Passengers of a Baltic ferry: more Finnish, German, Estonian-looking and English names. */
export const FERRY_ORIGINS = [['swedish', 36], ['finnish', 14], ['german', 8], ['english', 7], ['polish', 6], ['lithuanian', 4], ['ukrainian', 4],
  ['arabic', 3], ['somali', 2], ['persian', 3], ['bcs', 3], ['turkish', 2], ['hungarian', 2], ['greek', 2], ['chinese', 2], ['thai', 2], ['spanish', 2], ['tigrinya', 2]];

/** Places, streets, buildings, ships, products and works named after people: near-misses (kind in the second field). */
export const LOOKALIKE = [
  ['Anna Lindhs plats', 'street'], ['Gustav Vasa-kyrkan', 'church'], ['Karl Johans torg', 'street'], ['Selma Lagerlöfs väg', 'street'],
  ['Evert Taubes terrass', 'street'], ['Hjalmar Brantings gata', 'street'], ['Olof Palmes gata', 'street'], ['Fredrika Bremers gata', 'street'],
  ['Jenny Linds gata', 'street'], ['Dag Hammarskjölds väg', 'street'], ['Alfred Nobels allé', 'street'], ['Ellen Keys gata', 'street'],
  ['Nils Ericson-terminalen', 'building'], ['Carl Larsson-gården', 'building'], ['Sven Hedins väg', 'street'], ['Drottning Kristinas väg', 'street'],
];
export const SHIPS = ['M/S Ebba Brahe', 'M/S Karin Boye', 'M/S Viking Sundet', 'M/S Östersjöstjärnan', 'M/S Sofia Gyllenhielm'];
export const BOATS = ['Sjöbris', 'Ellinor', 'Vindil', 'Lady Margareta', 'Kajsa II', 'Tre Bröder', 'Havsörn', 'Solvik', 'Frida af Vaxholm', 'Blå Måsen', 'Tärnan', 'Skumma', 'Gunhild', 'Svala', 'Linnea III', 'Rosita', 'Nordstjärnan', 'Lilla My', 'Signe', 'Vågspel'];
export const BOAT_MODELS = ['Albin Vega', 'Albin 25', 'Maxi 77', 'Vindö 40', 'Laurin Koster 28', 'Hallberg-Rassy 31', 'Arcona 340', 'Linjett 33', 'Buster XL', 'Ryds 535', 'Nimbus 26', 'IF-båt', 'Folkbåt', 'Scanmar 33', 'Joker 20'];
export const COMPOSERS = ['Wilhelm Stenhammar', 'Hugo Alfvén', 'Elfrida Andrée', 'Wilhelm Peterson-Berger', 'Lars-Erik Larsson', 'Edvard Grieg', 'Jean Sibelius', 'Astor Piazzolla', 'Joseph Haydn', 'Alice Tegnér', 'Evert Taube', 'Benny Andersson'];
export const PIECES = ['Frösöblomster', 'Midsommarvaka', 'Pastoralsvit', 'Morgonstämning', 'Gabriels oboe', 'Libertango', 'Trumpetvoluntary', 'Dansen på Sunnanö', 'Sommarpsalm', 'Vem kan segla förutan vind', 'Ack Värmeland du sköna', 'Vårvindar friska', 'Kalle Anka-marschen', 'Rondo alla turca'];
export const CAR_MODELS = ['Volvo V60', 'Volvo XC40', 'Skoda Octavia', 'Toyota Corolla', 'Kia Niro', 'Tesla Model Y', 'VW ID.4', 'Saab 9-3', 'Mercedes-Benz Sprinter', 'Ford Transit', 'Renault Zoe', 'Volvo 240', 'Peugeot 3008', 'Hyundai Ioniq 5', 'Audi A4', 'BMW 320d'];
export const TYRES = ['Nokian Hakkapeliitta R5', 'Continental VikingContact 8', 'Michelin X-Ice Snow', 'Goodyear UltraGrip Ice', 'Bridgestone Blizzak', 'Nokian Hakkapeliitta 10 dubb', 'Pirelli Ice Zero 2', 'Gislaved Nord*Frost 200'];
export const STOVES = ['Jøtul F 163', 'Contura 556', 'Nibe Contura 35', 'Handöl 51', 'Morsø 7110', 'Kakelugn (rund)', 'Gjutjärnskamin Ulefos', 'Vedpanna CTC', 'Pelletsbrännare BioComfort', 'Öppen spis'];
export const INSTRUMENTS = ['Yamaha YAS-280 altsaxofon', 'Trumpet Bach TR300', 'Fiol 3/4 Stentor', 'Fiol 1/2 Gliga', 'Cello 3/4 Hidersine', 'Tvärflöjt Pearl 505', 'Klarinett Buffet B12', 'Kornett Yamaha YCR-2330', 'Gitarr Admira Alba', 'Elbas Squier', 'Valthorn Jupiter', 'Keyboard Casio CT-S1'];

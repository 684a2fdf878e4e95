// Eighteenth blind set — its own name pools (invented combinations; no gazetteer was read). Each origin has given
// names, family names and (some) middle names. LONE: given names written alone (near-misses). LOOKALIKE: streets,
// places, companies, products and events named after people (near-misses).
const P = (firsts, lasts, middles = '') => ({ firsts: firsts.split(','), lasts: lasts.split(','), middles: middles ? middles.split(',') : [] });

export const POOLS = {
  swedish: P('Alva,Bertil,Cecilia,Dagny,Einar,Fredrika,Gunnar,Hedvig,Ivar,Jenny,Klara,Leif,Matilda,Nils,Oskar,Pernilla,Ragnar,Saga,Tage,Ulrika,Vera,Wilhelm,Yngve,Ängla,Ölvir,Annelie,Bengt-Åke,Carl-Johan,Eva-Lena,Folke,Greta,Harald,Inger,Jonatan,Kerstin,Lars-Göran,Majvor,Nellie,Ottilia,Signe,Stellan,Tyra,Valdemar,Åke,Malin,Sixten,Elin,Ronja,Linus,Tilde',
    'Ahlqvist,Berglund,Carlgren,Dahlberg,Edlund,Frisk,Granqvist,Hallberg,Isaksson,Jonsson,Kvist,Lidén,Månsson,Norberg,Ottosson,Palmqvist,Rosén,Strand,Thorén,Uddling,Vikström,Wennberg,Zetterlund,Åström,Örnberg,Sundqvist,Blomgren,Hedlund,Ljungberg,Forsberg,af Ugglas,von Platen,de Laval,Stenhammar,Kjellberg-Roos,Nyberg,Lind-Ahlin,Mörner,Ståhl,Tengvall,Ågren,Eklöf,Fröberg,Grahn,Hjort',
    'Maria,Elisabet,Kristina,Johan,Erik,Linnea,Sofia,Olof,Karl,Ingegerd,Marie,Gustav,Louise'),
  finnish: P('Eero,Hanna,Juha,Kaisa,Lauri,Minna,Olli,Pirjo,Seppo,Tiina,Väinö,Outi', 'Laaksonen,Salminen,Tuominen,Kinnunen,Leppänen,Väisänen,Honkanen,Räsänen,Peltola,Karjalainen,Ylönen', 'Johannes,Elina,Kalevi'),
  sami: P('Ánne,Máhtte,Sárá,Piera,Elle,Nilla,Ristin,Jon-Ánde,Mihkkal', 'Omma,Spiik,Nutti,Länta,Partapuoli,Pittsa,Huuva,Simma,Tuorda'),
  arabic: P('Amal,Bilal,Dalia,Hamza,Ibrahim,Jamila,Khalid,Lina,Mustafa,Nadia,Tariq,Yasmin,Zainab,Walid', 'al-Khatib,Barakat,Darwish,El-Sayed,Hamdan,Issa,al-Jabouri,Kanaan,Mahmoud,Qasim,Suleiman,Zaher,Abu-Eid', 'Ali,Hassan'),
  somali: P('Asad,Deeqa,Faisal,Hibaaq,Ilhan,Khadar,Maryan,Sagal,Yasin,Ubah,Bashir', 'Ahmed,Dirie,Gedi,Hassan,Ismail,Mohamud,Nur,Samatar,Ali,Barre,Elmi', 'Abdi'),
  persian: P('Ali-Reza,Bahar,Farhad,Golshifteh,Hamid,Leila,Mehdi,Nazanin,Omid,Roya,Siavash,Taraneh', 'Ghorbani,Kazemi,Mousavi,Najafi,Rostami,Sharifi,Zand,Esfahani,Rezaei,Akbari,Shirazi', 'Sadat'),
  kurdish: P('Aram,Bahoz,Dilovan,Gulan,Jiyan,Lavin,Newroz,Ronahi,Sherwan,Viyan,Welat', 'Barzani,Goran,Hamawandi,Jaff,Khoshnaw,Mukriani,Rashid,Talabani,Zangana,Bamarni'),
  bosnian: P('Adnan,Belma,Edin,Haris,Lamija,Merima,Nermin,Sanela,Tarik,Zlatan,Aida', 'Alić,Bešlić,Čaušević,Dizdarević,Hadžić,Imamović,Kurtović,Omerović,Softić,Zukić,Mehmedović'),
  polish: P('Bartosz,Ewa,Grzegorz,Iwona,Jakub,Magdalena,Marek,Wojciech,Zofia,Łukasz,Beata', 'Grabowski,Jabłońska,Kaczmarek,Mazur,Pawlak,Sikora,Szymańska,Woźniak,Krawczyk,Górecki,Michalska', 'Maria,Jan'),
  tigrinya: P('Abrehet,Berhe,Eden,Feven,Goitom,Hagos,Kibrom,Medhanie,Rahwa,Simret,Tsega,Yohannes', 'Andemariam,Bereket,Fesshaye,Ghebremichael,Kahsay,Mebrahtu,Negash,Okbamichael,Tesfay,Weldemariam,Zerai'),
  turkish: P('Ahmet,Büşra,Deniz,Fatih,Gül,Hakan,Kübra,Murat,Nihan,Serkan,Tuğba,Ömer', 'Acar,Bozkurt,Erdoğan,Güneş,Kaplan,Özdemir,Polat,Tekin,Uçar,Yıldız,Kılıç'),
  vietnamese: P('Anh Thư,Bảo,Duy,Hương,Khánh,Linh,Mai Anh,Phương,Tuấn,Văn Long', 'Hoàng,Huỳnh,Ngô,Phan,Trương,Vũ,Đỗ,Dương,Lý,Hồ'),
  chinese: P('Chen Yu,Fang,Hao,Jing,Lei,Ming,Qing,Xin,Yan,Zhen', 'Gao,Guo,He,Luo,Ma,Sun,Tang,Wu,Zhao,Zheng'),
  ukrainian: P('Andrii,Bohdana,Dmytro,Iryna,Kateryna,Mykola,Oksana,Serhii,Taras,Yuliia,Olena', 'Bondarenko,Hnatiuk,Kovalenko,Melnyk,Petrenko,Shevchuk,Tkachenko,Yatsenko,Kravets,Lysenko', 'Oleksandrivna,Petrovych'),
  spanish: P('Alba,Carlos,Elena,Gonzalo,Inés,Marisol,Pablo,Rocío,Sebastián,Valentina', 'Castillo,Domínguez,Herrera,Muñoz,Navarro,Rojas,Vargas,Peña,de los Santos,Gutiérrez Soto', 'José,Isabel'),
  thai: P('Achara,Kittipong,Nattaya,Pornthip,Sakda,Supaporn,Wanida,Chaiwat', 'Charoenrat,Kaewmanee,Phromphan,Saetang,Srisawat,Wongchai,Inthanon'),
  hungarian: P('Ádám,Eszter,Gábor,Judit,László,Réka,Zsófia,Bence', 'Balogh,Farkas,Horváth,Kovács,Molnár,Szabó,Tóth,Varga', 'Anna'),
  afghan: P('Ahmad,Farzana,Habib,Khatera,Mirwais,Nilofar,Shabnam,Zahir,Parwana', 'Ahmadzai,Hakimi,Karimzada,Nazari,Popal,Rahmani,Sultani,Wardak,Stanikzai'),
  english: P('Alistair,Bethany,Callum,Eleanor,Fiona,Gareth,Imogen,Rhys,Siobhan', "Carver,Dunmore,Ellison,Fletcher,Hargreaves,McAllister,O'Neill,Prescott,Wainwright"),
  german: P('Anke,Dieter,Friederike,Jürgen,Lukas,Sabine,Uwe,Henrike', 'Bäcker,Dreßler,Hoffmann,Krüger,Neumann,Schäfer,von Arnim,Weiß'),
  greek: P('Dimitra,Georgios,Ioanna,Nikos,Eleni,Stavros', 'Papadopoulos,Karagiannis,Oikonomou,Vlachos,Georgiou,Antoniou'),
};

/** Weights for a Swedish customer base; the language school uses SFI_ORIGINS. */
export const ORIGINS = [['swedish', 46], ['finnish', 5], ['sami', 2], ['arabic', 6], ['somali', 4], ['persian', 4], ['kurdish', 3], ['bosnian', 3],
  ['polish', 4], ['tigrinya', 3], ['turkish', 3], ['vietnamese', 2], ['chinese', 2], ['ukrainian', 3], ['spanish', 2], ['thai', 2], ['hungarian', 1],
  ['afghan', 2], ['english', 2], ['german', 1], ['greek', 1]];
export const SFI_ORIGINS = [['arabic', 12], ['somali', 9], ['persian', 7], ['kurdish', 6], ['bosnian', 3], ['polish', 5], ['tigrinya', 9], ['turkish', 5],
  ['vietnamese', 5], ['chinese', 4], ['ukrainian', 12], ['spanish', 5], ['thai', 6], ['hungarian', 2], ['afghan', 8], ['english', 2], ['german', 1], ['greek', 1]];

export const LONE = 'Alva,Bertil,Cecilia,Einar,Greta,Harald,Ivar,Klara,Leif,Nils,Oskar,Saga,Tyra,Åke,Hanna,Amal,Bilal,Deeqa,Farhad,Jiyan,Belma,Ewa,Feven,Murat,Linh,Iryna,Elena,Achara,Réka,Shabnam,Fiona,Sabine,Eleni'.split(',');
export const LOOKALIKE = {
  street: ['Anna Lindhs plats', 'Olof Palmes gata', 'Selma Lagerlöfs väg', 'Fredrika Bremers gata', 'Karl Johans torg', 'Raoul Wallenbergs torg', 'Greta Garbos väg', 'Hjalmar Brantingsgatan', 'Prins Eugens väg', 'Evert Taubes terrass', 'Nils Ericsons plan', 'Kristina Nilssons gata'],
  place: ['Gustav Vasa-kyrkan', 'Astrid Lindgrens Värld', 'Carl Larsson-gården', 'Sofia Albertina-skolan', 'Sankt Eriks-sjukhuset', 'Engelbrektskyrkan', 'Drottning Silvias barnsjukhus'],
  company: ['Bröderna Ahlqvist Åkeri AB', 'Familjen Nybergs Bageri', 'Gunnar & Greta Café', 'Hedvig Eleonora Församling', 'Mäster Olofsgården', 'Oskar & Vera Design AB', 'Fru Kvists Blommor'],
  product: ['Kalle Anka-tårta', 'Prinsesstårta', 'Pippi Långstrump-bröd', 'Karl-Johan-svamp', 'Janssons frestelse', 'Emil i Lönneberga-ram', 'Alfons Åberg-kalender', 'Greve Turekaka', 'Oskars Smörbakelse'],
};

// Twenty-sixth blind set — name pools of its own (invented combinations; no gazetteer was read), and look-alikes:
// streets, parks, halls, horses, hospitals and products named like people (near-misses), lone first names.
const P = (firsts, lasts, middles = '') => ({
  firsts: firsts.split(',').map((s) => s.normalize('NFC')),
  lasts: lasts.split(',').map((s) => s.normalize('NFC')),
  middles: middles ? middles.split(',').map((s) => s.normalize('NFC')) : [],
});

export const POOLS = {
  swedish: P('Agnes,Alva,Arvid,Axel,Barbro,Bengt,Berit,Britt-Marie,Carina,Dagny,Ebbe,Edvin,Elin,Ellinor,Evert,Folke,Gunvor,Hanna,Harald,Helga,Hilding,Ines,Inger,Isak,Jonna,Kerstin,Klas,Lage,Lars-Göran,Leif,Linnea,Lisbet,Ludvig,Malin,Marianne,Mikael,Nils,Ola,Otto,Pernilla,Ragnar,Rut,Sixten,Siv,Stina,Sune,Tage,Tilda,Ture,Ulla,Valter,Vera,Viola,Åke,Ester,Gun-Britt,Karl-Axel,Maj-Lis,Signe,Egon',
    'Ahlgren,Almqvist,Backlund,Bergkvist,Blomberg,Boström,Dahlberg,Edlund,Ekman,Falk,Forsberg,Granath,Grönlund,Hallberg,Hedlund,Holmberg,Isaksson,Jonsson,Kjellberg,Lidén,Lindahl,Ljungberg,Lundin,Magnusson,Mattsson,Norberg,Nordström,Nyberg,Palm,Pettersson,Rosén,Sandström,Selander,Sjögren,Strand,Sundberg,Svahn,Tornberg,Wahlström,Westerberg,Wikström,Ågren,Öhman,Åkesson,Ståhl,af Ugglas,von Platen,de Laval,Berg-Ahlgren,Nilsson Lidén,Häggström,Kvist',
    'Maria,Louise,Elisabet,Kristina,Johan,Erik,Gustav,Linnéa,Marie,Olof,Ingeborg,Fredrik'),
  finnish: P('Eeva,Heikki,Jaana,Kari,Leena,Matti,Outi,Sami,Tarja,Veikko', 'Aaltonen,Halonen,Kallio,Laaksonen,Lindroos,Peltonen,Salminen,Tuominen,Väisänen,Ylönen', 'Johanna,Tapio'),
  sami: P('Ánne,Per-Ánte,Máhtte,Ristin,Niillas,Sárá,Ovllá,Gáhte', 'Omma,Pirak,Nutti,Spiik,Jannok,Kråik,Sarri,Ruong'),
  arabic: P('Amal,Bilal,Dalia,Hamza,Jamila,Khaled,Lina,Mustafa,Nadia,Tariq,Yasmin,Zainab', 'al-Jaberi,al-Saadi,Darwish,Haddad,Ibrahim,Jaber,Khalil,Mahmoud,Nassar,Shammari,el-Sayed,Qasim'),
  somali: P('Asha,Bashir,Deeqa,Faisal,Hamdi,Ismail,Khadra,Mahad,Ubah,Yasin', 'Ali Nur,Barre,Dirie,Elmi,Gedi,Hassan,Ismail,Mohamud,Roble,Samatar'),
  persian: P('Ali,Azadeh,Farhad,Laleh,Mehdi,Negin,Omid,Roya,Sepideh,Siavash', 'Amini,Ebrahimi,Ghorbani,Hashemi,Kazemi,Mousavi,Najafi,Rezaei,Shirazi,Zand'),
  kurdish: P('Aram,Baran,Dilshad,Hana,Jiyan,Karwan,Lana,Rebin,Sozan,Srwa', 'Barzani,Goran,Hamawandi,Jaff,Khoshnaw,Mukriyani,Piroti,Shwani,Talabani,Zangana'),
  bosnian: P('Adnan,Alma,Edin,Elma,Haris,Lamija,Nermin,Sabina,Tarik,Vesna', 'Alić,Avdić,Dedić,Hadžić,Husić,Karić,Mehmedović,Omerović,Softić,Zukić'),
  polish: P('Aleksandra,Bartosz,Ewa,Grzegorz,Magdalena,Marek,Natalia,Wojciech,Zofia,Łukasz', 'Grabowski,Jankowska,Kaczmarek,Mazur,Pawlak,Szymański,Wróbel,Zając,Król,Michalska'),
  tigrinya: P('Abrham,Eden,Feven,Girmay,Hiwet,Kibrom,Merhawi,Ruta,Saba,Yohannes', 'Andemariam,Bahta,Fessehaye,Ghebremichael,Kahsay,Mebrahtu,Negash,Tewolde,Weldemichael,Zerai'),
  turkish: P('Ahmet,Canan,Deniz,Esra,Hakan,Kemal,Selin,Serkan,Tuba,Volkan', 'Aksoy,Bulut,Doğan,Erdem,Güneş,Kaya,Kılıç,Özdemir,Polat,Yıldız'),
  vietnamese: P('Anh Thư,Bảo,Duy,Hương,Khánh,Linh,Phúc,Thảo,Trung,Vy', 'Đỗ,Hồ,Huỳnh,Lý,Ngô,Phan,Trịnh,Vũ,Dương,Mai'),
  chinese: P('Chen,Fang,Hao,Jing,Lei,Na,Qiang,Xin,Yan,Zihan', 'Gao,Guo,He,Hu,Luo,Ma,Sun,Tang,Wu,Zhao'),
  ukrainian: P('Andrii,Iryna,Kateryna,Mykola,Oksana,Olena,Serhii,Taras,Viktoriia,Yurii', 'Bondarenko,Hrytsenko,Kovalenko,Kravchenko,Melnyk,Moroz,Savchenko,Shevchuk,Tkachenko,Zhuk'),
  spanish: P('Andrés,Beatriz,Camila,Francisco,Isabel,Joaquín,Marta,Pablo,Rocío,Sergio', 'Castillo,Domínguez,Gómez Ortiz,Herrera,Molina,Navarro,Ramos,Sánchez Vidal,Torres,Vega'),
  thai: P('Arthit,Chalerm,Kannika,Lamai,Nattapong,Pornthip,Supaporn,Wichai', 'Chantarasri,Jaidee,Kaewkong,Phromma,Saengthong,Srisawat,Thepsiri,Wongchai'),
  hungarian: P('Bence,Csilla,Dóra,Gábor,Judit,Levente,Réka,Zoltán', 'Balogh,Farkas,Horváth,Kiss,Lakatos,Mészáros,Szabó,Varga'),
  greek: P('Dimitris,Eleni,Giorgos,Katerina,Nikos,Sofia,Yannis,Zoe', 'Alexiou,Georgiou,Karagiannis,Nikolaidis,Papadopoulos,Stavrou,Vlachos,Zervas'),
  english: P('Aidan,Chloe,Fiona,Gareth,Imogen,Neil,Rosie,Stuart', "Blackwood,Carmichael,Doyle,Gallagher,Hawthorne,McKenzie,O'Neill,Sutherland"),
  icelandic: P('Guðrún,Hrafn,Sigríður,Þórir,Katrín,Einar', 'Jónsdóttir,Sigurðsson,Magnúsdóttir,Gunnarsson,Þorsteinsson,Ólafsdóttir'),
};

export const ORIGINS = [['swedish', 46], ['finnish', 5], ['sami', 2], ['arabic', 6], ['somali', 4], ['persian', 4], ['kurdish', 3], ['bosnian', 4],
  ['polish', 4], ['tigrinya', 3], ['turkish', 3], ['vietnamese', 2], ['chinese', 2], ['ukrainian', 4], ['spanish', 2], ['thai', 2], ['hungarian', 1],
  ['greek', 1], ['english', 1], ['icelandic', 1]];

/** Streets, squares and parks named after people (genitive or compound): not persons. */
export const STREETS_P = ['Selma Lagerlöfs väg', 'Evert Taubes gata', 'Karin Boyes gata', 'Fredrika Bremers gata', 'Nils Ferlins torg', 'Ellen Keys park',
  'Vilhelm Mobergs gata', 'Alfred Nobels allé', 'Sven Hedins gata', 'Hjalmar Brantingsgatan', 'Dag Hammarskjölds väg', 'Birger Jarlsgatan',
  'Kung Oscars väg', 'Drottning Kristinas esplanad', 'Anna Whitlocks park', 'Carl Larssons väg', 'Gustav Adolfs torg', 'Moa Martinsons plats',
  'Jenny Linds gata', 'Elsa Beskows gränd', 'Harry Martinsons park', 'Olof Rudbecks väg', 'Hasse Alfredsons backe', 'Greta Garbos torg'];
export const STREETS = ['Storgatan', 'Bruksgatan', 'Kvarngatan', 'Parkvägen', 'Skogsbrynet', 'Lärkstigen', 'Granvägen', 'Idrottsvägen', 'Södra Vägen',
  'Hamngatan', 'Ringvägen', 'Industrigatan', 'Tingshusgatan', 'Ängsvägen', 'Kyrkbacken', 'Verkstadsgatan', 'Åvägen', 'Östra Allén'];
export const PLACES = ['Norrvik', 'Sälgåsen', 'Kvarnbo', 'Östra Hamnen', 'Lillmossen', 'Björkdalen', 'Torpa', 'Sjöviken', 'Västra Berga', 'Ekeby'];
/** Horses — several named like people on purpose. */
export const HORSES = ['Lady Madonna', 'Sir Oliver', 'Prins Valiant', 'Don Carlos', 'Miss Marple', 'Fröken Fräken', 'Kapten Klänning', 'Greta',
  'Silvermåne', 'Bamse', 'Rosa Lind', 'Herr Nilsson', 'Stella Polaris', 'Doktor Glas', 'Lilla My', 'Karl Alfred', 'Bella Donna', 'Ronja',
  'Tindra', 'Smilla', 'Mister Moon', 'Pippi', 'Lord Byron', 'Queen Elsa', 'Gustav', 'Molly Brown', 'Astor', 'Viking', 'Florentina', 'Junker Jörgen'];
export const HOSPITALS = ['Hospital Universitario Virgen de la Victoria', 'Clínica San Roque', 'Hospital Quirónsalud Marbella', 'Bangkok Hospital Phuket',
  'Vejthani Hospital', 'Hospital São Francisco Xavier', 'Klinikum Maria Hilf', 'St Thomas\' Hospital', 'Hygeia Hospital Athens', 'Ospedale San Raffaele',
  'Hospital San Juan de Dios', 'Clinique Sainte-Anne', 'Memorial Ataşehir', 'Mount Sinai Beth Israel', 'Vinmec Times City'];
export const LONE = ['Ingrid', 'Maja', 'Lennart', 'Sara', 'Ahmed', 'Mona', 'Pelle', 'Lotta', 'Kim', 'Eva', 'Jonas', 'Fatima', 'Elsa', 'Olle', 'Sanna'];

// Thirteenth blind set — name pools of its own (invented combinations; no real people intended), look-alikes
// (streets, places, companies, artists and brands named like people) and words that are also first names.
const P = (firsts, lasts) => ({ firsts: firsts.split(','), lasts: lasts.split(',') });

export const POOLS = {
  swedish: P('Alva,Agnes,Albin,Alfred,Alice,Anders,Ann-Sofie,Arvid,Barbro,Bengt,Berit,Cecilia,Christer,Dag,Disa,Edvin,Eivor,Elin,Ellen,Elof,Eskil,Evelina,Fredrik,Folke,Gerd,Greta,Gunilla,Gustav,Hanna,Harald,Hedvig,Hjalmar,Holger,Ida,Inger,Isak,Jenny,Joel,Jonna,Josefin,Kerstin,Kristoffer,Lage,Lars-Göran,Leif,Liv,Ludvig,Magnus,Malin,Maud,Mikael,Moa,Nils,Noah,Oskar,Otto,Pernilla,Ragnar,Rebecka,Rolf,Saga,Siv,Stina,Sune,Svea,Tage,Therese,Tilda,Tore,Ulla-Britt,Valdemar,Vera,Wilma,Yngve,Åke,Ebbe,Majken,Lisen,Hugo,Selma,Britt-Marie,Karl-Erik,Eva-Lena,Nanna,Sten,Bo,Per,Rut',
    'Lindholm,Berglund,Forsberg,Hedlund,Sundqvist,Wikström,Nyberg,Blom,Holmberg,Strand,Lundin,Hellström,Sjögren,Åström,Ågren,Öhman,Bäckström,Lindell,Edlund,Granath,Hallberg,Isaksson,Jakobsson,Kvist,Lööf,Mattsson,Norén,Palm,Rask,Sandström,Stenberg,Thörn,Ullberg,Vesterlund,Westin,Zetterberg,Alm,Brink,Dahl,Ek,Frid,Grahn,Hjort,Lund,Moberg,Nord,Rosén,Sjöstedt,Tell,Wahlberg,Fransson,Axelsson,Bengtsson,Danielsson,Håkansson,Ivarsson,Jönsson,Månsson,Ottosson,Pålsson,Törnqvist,Lindahl Berg,Strand Öberg,von Rosenhielm,af Sillén,de Wahl,Ahlgren-Kvist,Sjöholm,Carlberg,Fager'),
  finnish: P('Eino,Tarja,Onni,Hilkka,Jari,Kaarina,Mikko,Tuula,Lauri,Outi', 'Salminen,Laaksonen,Karjalainen,Peltonen,Turunen,Kettunen,Lindroos,Väisänen,Räsänen,Ahonen'),
  arabic: P('Ali,Mariam,Hassan,Zainab,Khaled,Amira,Mustafa,Salma,Tariq,Dalia', 'Al-Khatib,Darwish,Hamdan,Jaber,Qasim,Suleiman,Al-Obaidi,Ibrahim,Kanaan,al-Shammari'),
  somali: P('Abdullahi,Khadra,Mukhtar,Hamdi,Said,Ifrah,Bashir,Sagal,Istahil,Warsan', 'Mohamud,Ismail,Nur,Gedi,Omar,Elmi,Warfa,Samatar,Abdulle,Hussein'),
  persian: P('Mehdi,Leila,Farhad,Nazanin,Kamran,Setareh,Omid,Roya,Payam,Mina', 'Mousavi,Rezaei,Ghorbani,Nazari,Kazemi,Sharifi,Heidari,Akbari,Esfahani,Rostami'),
  kurdish: P('Shwan,Hana,Karwan,Avin,Sherko,Nishtiman,Aram,Zhila,Dilshad,Roza', 'Mahmoud,Sabir,Rashid,Hawleri,Kakayi,Jaff,Qadir,Shwani,Bamarni,Duhoki'),
  bosnian: P('Adnan,Amela,Haris,Edina,Kenan,Merima,Senad,Aida,Damir,Lamija', 'Hadžić,Mehmedović,Alić,Husić,Karić,Osmanović,Softić,Hasanović,Ramić,Čaušević'),
  polish: P('Marta,Jakub,Wojciech,Beata,Łukasz,Ewa,Grzegorz,Dorota,Michał,Zofia', 'Kowalski,Wróbel,Mazur,Krawczyk,Grabowska,Pawlak,Szymański,Jabłońska,Majewski,Górecka'),
  tigrinya: P('Abraham,Tsega,Mebrahtu,Saba,Robel,Feven,Kibrom,Hiwet,Natnael,Rahel', 'Tesfay,Gebreyesus,Negash,Andemariam,Russom,Yohannes,Mengisteab,Ghirmay,Weldemichael,Okbay'),
  turkish: P('Hakan,Gül,Murat,Esra,Serkan,Büşra,Volkan,Aylin,Oğuz,Selin', 'Kaya,Yıldız,Doğan,Kılıç,Aksoy,Erdem,Güneş,Polat,Tekin,Korkmaz'),
  thai: P('Suda,Chaiwat,Nattaya,Somsak,Pranee,Wichai,Ratana,Kittisak', 'Saetang,Phromma,Kaewkanya,Srisawat,Chanthavong,Intharat,Buasri,Pongpanich'),
  chinese: P('Jing,Hao,Xiaomei,Yun,Zhiwei,Lihua,Ming,Qiang', 'Zhao,Wu,Sun,Ma,Guo,He,Luo,Gao'),
  ukrainian: P('Oleksandr,Iryna,Taras,Olena,Andrii,Nataliia,Bohdan,Yuliia,Mykola,Oksana', 'Shevchuk,Bondarenko,Kovalenko,Tkachenko,Melnyk,Kravchenko,Savchenko,Lysenko,Moroz,Hnatiuk'),
  spanish: P('Andrés,Valentina,Pablo,Camila,Jorge,Isabel,Mateo,Ximena', 'Rodríguez,Sánchez Vidal,Morales,Castillo,Herrera,Vargas Ríos,del Valle,Navarro,Guerrero,Moreno'),
  greek: P('Dimitrios,Eleni,Giorgos,Katerina,Nikos,Sofia', 'Papadopoulos,Georgiou,Nikolaidis,Konstantinou,Alexiou,Vlachou'),
  vietnamese: P('Duc,Hoa,Tuan,Linh,Phuong,Khanh', 'Hoang,Vu,Do,Ngo,Dinh,Truong'),
  english: P('Rebecca,Jack,Sophie,William,Matthew,Lucy', "Thompson,Walsh,Fletcher,Harrington,McAllister,O'Brien"),
  afghan: P('Farid,Zarghona,Naveed,Mursal,Hamid,Shabnam', 'Popal,Sultani,Wardak,Noorzai,Hakimi,Safi'),
  indian: P('Priya,Rahul,Ananya,Vikram,Deepa,Arjun', 'Sharma,Iyer,Patel,Nair,Reddy,Menon'),
};

export const ORIGINS = [['swedish', 50], ['finnish', 4], ['arabic', 5], ['somali', 4], ['persian', 4], ['kurdish', 3], ['bosnian', 3], ['polish', 3],
  ['tigrinya', 3], ['turkish', 3], ['thai', 2], ['chinese', 2], ['ukrainian', 3], ['spanish', 2], ['greek', 1], ['vietnamese', 1], ['english', 2], ['afghan', 2], ['indian', 2]];
export const INTL = ['english', 'spanish', 'greek', 'polish', 'ukrainian', 'finnish', 'indian', 'chinese'];

/** Streets, squares and places named after people (near-misses, kind 'street' / 'place'). */
export const STREETS = ['Anna Lindhs plats', 'Gustav Adolfs torg', 'Karl Johans gata', 'Kristina Nilssons väg', 'Sankt Eriksgatan', 'Birger Jarlsgatan',
  'Selma Lagerlöfs väg', 'Fredrik Bajers gata', 'Olof Palmes gata', 'Carl Gustafs väg', 'Drottning Kristinas väg', 'Hertig Johans torg', 'Erik Dahlbergsgatan',
  'Margareta Hanssons gränd', 'Per Albins väg', 'Elsa Borgs gata', 'Magnus Ladulåsgatan', 'Vasagatan', 'Linnégatan', 'Tegnérgatan'];
export const PLACES = ['Karl Gustav', 'Sankt Olof', 'Sofielund', 'Kristinehamn', 'Fredrikshov', 'Gustavsberg', 'Annedal', 'Johanneberg', 'Elinelund', 'Ulriksdal', 'Mariefred', 'Oskarshamn'];
export const COMPANIES = ['Karl Johans Bil AB', 'Bröderna Holmberg Bygg AB', 'Lindqvist & Söner Måleri AB', 'Nilssons Glas i Umeå AB', 'Hedlunds Plåt & Lack AB',
  'Familjen Ekströms Stiftelse', 'Anders Petterssons Rör AB', 'Greta Bergs Konditori', 'Axel Johnsons Verkstad HB', 'Ove Svenssons Åkeri AB', 'Marias Städ & Fönster AB',
  'Erikssons Flytt & Bud AB', 'Stina Holms Bilglas AB', 'Oskar Lunds Elektriska AB'];
/** Artists, designers and brands (auction item descriptions, frames): kind 'artist-or-brand'. */
export const ARTISTS = ['Carl Larsson', 'Anders Zorn', 'Bruno Liljefors', 'Georg Jensen', 'Stig Lindberg', 'Lisa Larson', 'Wilhelm Kåge', 'Berndt Friberg',
  'Bruno Mathsson', 'Josef Frank', 'Alvar Aalto', 'Arne Jacobsen', 'Hans J. Wegner', 'Tapio Wirkkala', 'Sigurd Persson', 'Gunnar Nylund', 'Carl Malmsten', 'Piet Hein',
  'Eugène Jansson', 'Helene Schjerfbeck', 'Isaac Grünewald', 'Sven Markelius', 'Vicke Lindstrand', 'Edward Hald'];
export const SITTERS = ['Porträtt av Gustav Vasa', 'Porträtt av Karl XII', 'Drottning Kristina till häst', 'Kung Oscar II i uniform', 'Portrait of Queen Victoria', 'Carl von Linné i lappdräkt'];
export const FRAME_BRANDS = ['Tom Ford', 'Ray-Ban', 'Hugo Boss', 'Ralph Lauren', 'Carolina Herrera', 'Marc Jacobs', 'Victoria Beckham', 'Paul Smith', 'Oliver Peoples', 'Kate Spade', 'Lindberg', 'Max Mara'];
/** Lower-case Swedish words that are also first names, for sloppy notes (near-misses, kind 'word-also-name'). */
export const WORDS = ['per telefon', 'bo kvar', 'stig in', 'dag för dag', 'liv och hälsa', 'vi ses', 'saga om', 'rut-avdrag', 'per post'];

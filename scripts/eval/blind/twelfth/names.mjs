// Twelfth blind set — name pools written for this set (invented combinations; no real people intended).
// Origins follow Sweden's population: a Swedish majority, then Finnish, Sami and the larger immigrant groups.
const P = (firsts, lasts) => ({ firsts: firsts.split('|').map((s) => s.normalize('NFC')), lasts: lasts.split('|').map((s) => s.normalize('NFC')) });

export const POOLS = {
  swedish: P('Agnes|Alva|Axel|Bengt|Britt-Marie|Carl-Johan|Dagny|Ebbe|Folke|Gun-Britt|Hedvig|Ingemar|Jonna|Kerstin|Leif|Malin|Nils|Oskar|Pia|Ragnar|Siv|Sune|Tyra|Valter|Vera|Wilma|Åke|Ottilia|Stina|Hjalmar|Lars-Göran|Ann-Sofie|Mona|Ture|Elof|Signe|Sixten|Ellinor|Lennart|Ingela|Jöns|Märit|Edvin|Katarina|Rut|Anders|Solveig|Mikael',
    'Lindahl|Forsberg|Hedlund|Nyström|Blomqvist|Sundin|Wikström|Ågren|Bäckström|Strandberg|Hellberg|Lundmark|Nordqvist|Sjögren|Östman|Granlund|Ljungberg|Melin|Rosén|Thörnqvist|Vikström|Åkesson|Boström|Dahlén|Edlund|Holmström|Kihlberg|Hammarlund|Enqvist|Wennerholm|Sörensson|Grahn|Tidblad|Alm|Lilja|af Sillén|von Knorring|de Vylder|Berg-Åström|Hedlund Sjö|Mårtensson|Öhrvall|Tegnér|Palmqvist|Frisk|Ekwall'),
  finnish: P('Eero|Hannele|Jarmo|Kaisa|Marjatta|Olli|Tarja|Veikko|Anneli|Timo|Tuula|Seppo',
    'Laaksonen|Salminen|Kallio|Tuominen|Leinonen|Väisänen|Räsänen|Hyvärinen|Ojala|Peltonen|Kivelä|Mattila'),
  sami: P('Ánne|Niillas|Sire|Máhtte|Ánte|Risten-Ánne|Mikkal|Ovllá|Elle|Jon-Ánte',
    'Länta|Spik|Nutti|Omma|Partapuoli|Simma|Tuorda|Jannok|Kemi|Pirttijärvi'),
  polish: P('Bartosz|Zofia|Grzegorz|Ewa|Łukasz|Dorota|Marek|Beata|Wojciech|Aleksandra',
    'Kowalski|Szymańska|Wróbel|Mazur|Krawczyk|Pawłowski|Grabowska|Jabłoński|Michalak|Zając'),
  bcs: P('Adnan|Mersiha|Dženana|Vesna|Zoran|Tijana|Haris|Snježana|Dario|Aida|Edin',
    'Hadžić|Nikolić|Husić|Đorđević|Tomić|Karić|Jurić|Mehmedović|Stanić|Pavlović|Alić'),
  kurdish: P('Soran|Hana|Jiyan|Baran|Narin|Serwan|Lana|Diyar|Avin|Hozan',
    'Rasul|Hamakarim|Qadir|Sharif|Jalal|Othman|Barzinji|Hawezi|Salih|Dizayee'),
  arabic: P('Mahmoud|Reem|Bassam|Dalia|Tarek|Hiba|Wael|Souad|Jamal|Nadia|Ziad|Rasha',
    'Al-Khatib|Darwish|Khalil|Sabbagh|al-Jubouri|Hamdan|Zein|Aziz|Shami|Barakat|Kassab|Haidar'),
  persian: P('Navid|Leila|Farhad|Mina|Siavash|Azadeh|Kaveh|Roya|Behnam|Setareh',
    'Mohammadi|Rostami|Esfahani|Shirazi|Zand|Kazemi|Najafi|Ghorbani|Mirzaei|Tavakoli'),
  somali: P('Abdullahi|Hibo|Mahad|Ifrah|Yasin|Nasra|Bashir|Ubah|Khadar|Deeqa',
    'Abdulle|Gedi|Ismail|Hussein|Musse|Sheikh|Barre|Mohamud|Nur|Elmi'),
  eritrean: P('Kibrom|Rahel|Mussie|Ruta|Biniam|Eden|Aron|Saba|Yohannes|Feven',
    'Tsegay|Mehari|Andemariam|Ghebremichael|Yemane|Okbay|Weldemichael|Tewelde|Negash|Fitwi'),
  turkish: P('Hakan|Gülşen|Murat|Esra|Serkan|Büşra|Oğuz|Tuğba|Volkan|Sibel',
    'Kaya|Doğan|Kılıç|Aksoy|Özdemir|Güneş|Polat|Tekin|Yıldız|Erbaş'),
  greek: P('Dimitris|Eleni|Giorgos|Katerina|Nikos|Vasilis|Ioanna|Stavros',
    'Papadopoulos|Georgiou|Konstantinidou|Oikonomou|Karagiannis|Vlachou|Christodoulou|Pappas'),
  thai: P('Kittisak|Ratana|Suda|Worawut|Pimchanok|Chanida|Apinya',
    'Saetang|Phromma|Sangthong|Kaewkla|Intharat|Siripong|Chaiwong'),
  vietnamese: P('Thị Mai|Văn Đức|Phương|Tuấn|Hạnh|Bảo Ngọc|Minh Khoa',
    'Hoàng|Vũ|Đỗ|Ngô|Dương|Huỳnh|Trương'),
  chinese: P('Xiaomei|Jian|Yuting|Haoran|Lei|Qingyu|Zhiwei',
    'Zhao|Wu|Sun|Ma|Guo|Luo|Tang'),
  indian: P('Priya|Arjun|Ananya|Rohit|Deepika|Vikram|Sneha|Karthik',
    'Sharma|Iyer|Patel|Reddy|Nair|Gupta|Menon|Krishnan'),
  chilean: P('Camila|Matías|Valentina|Sebastián|Constanza|Ignacio|Javiera',
    'González Muñoz|Rojas|Díaz Soto|Contreras|Sepúlveda|Fuentes Araya|Riquelme'),
  english: P('Jack|Sophie|William|Lucy|George|Hannah|Edward|Imogen',
    "Thompson|Walker|Robinson|Fletcher|Harrison|Gallagher|Sutherland|O'Neill"),
  german: P('Jürgen|Ute|Matthias|Sabine|Lukas|Anke|Florian|Heike',
    'Müller|Schröder|Weiß|Becker|von der Heide|Hoffmann|Krüger|Neumann'),
};

export const ORIGINS = [['swedish', 46], ['finnish', 5], ['sami', 2], ['polish', 4], ['bcs', 4], ['kurdish', 3], ['arabic', 6], ['persian', 4],
  ['somali', 4], ['eritrean', 3], ['turkish', 3], ['greek', 2], ['thai', 2], ['vietnamese', 2], ['chinese', 2], ['indian', 3], ['chilean', 2],
  ['english', 2], ['german', 2]];
/** Travellers abroad / international subscribers. */
export const INTL = ['english', 'german', 'greek', 'chilean', 'indian', 'thai', 'finnish', 'polish'];

/** Lone first names used as near-misses (greetings, "fråga efter …"). */
export const LONE = ['Anna', 'Maria', 'Johan', 'Sara', 'Ali', 'Elin', 'Leo', 'Nora', 'Hugo', 'Saga', 'Omar', 'Ida', 'Emir', 'Mira'];
/** Streets, places, companies, hotels and gym classes that look like names. */
export const LOOKALIKE = {
  street: ['Drottning Kristinas väg', 'Karl Johans gata', 'Birger Jarlsgatan', 'Fredrika Bremers gata', 'Sankt Eriksgatan', 'Gustav Adolfs torg', 'Selma Lagerlöfs väg', 'Erik Dahlbergsgatan', 'Olof Rudbecks väg', 'Linnés gata'],
  place: ['San José', 'Santa Cruz', 'Alice Springs', 'Port Elizabeth', 'Saint Lucia', 'Victoria Falls', 'San Sebastián', 'Santa Maria', 'Marie-Galante', 'Charlotte Amalie', 'Kristinehamn', 'Fredrikstad', 'Karlskrona'],
  hotel: ['Hotel Maria Cristina', 'Casa Isabel', 'Villa Margareta', 'Hotel Carlos V', 'Pension Helga', 'Hotel Victoria Palace', 'Residence Sofia', 'Hotel Elisabeth Park'],
  company: ['Greta Kök & Bar', 'Café Margareta', 'Ellen Städ AB', 'Bröderna Lindqvist Cykel AB', 'Hugo Persson Åkeri AB', 'Astrid Bageri', 'Nils Holgersson Resor'],
  gymClass: ['Body Balance', 'Yin Yoga', 'Indoor Cycling', 'Core Express', 'BodyAttack', 'Zumba Gold', 'Kettlebell Flow', 'Spin & Stretch', 'Aqua Fit', 'Cirkelträning'],
};

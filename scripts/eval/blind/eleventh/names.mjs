// Eleventh blind set — name pools of its own (invented combinations; no pool copied from another set).
// Origins reflect who lives in Sweden: Swedish (hyphenated given names, particles, double surnames), Finnish, Sami,
// Norwegian/Danish, Polish, Bosnian/Serbian/Croatian, Kurdish, Syrian/Iraqi Arabic, Persian, Somali, Eritrean,
// Turkish, Greek, Thai, Vietnamese, Chinese, Indian, Chilean/Spanish, English, Dutch and German.
// Given names that are also pet names used in the corpus (Ture, Sixten, Molly …) and surnames that occur in the
// person-like street and company names of lists.mjs are kept out of the pools.
const P = (f, l) => ({ f: f.split('|'), l: l.split('|') });

export const POOLS = {
  sv: P('Agnes|Alva|Anna-Karin|Ann-Sofie|Arvid|Axel|Barbro|Britt-Marie|Dagny|Edvin|Ellinor|Eva-Lena|Folke|Gunilla|Hjalmar|'
    + 'Ingela|Ivar|Jessica|Kerstin|Lars-Göran|Lisbeth|Magnus|Maj-Britt|Mikael|Nils-Erik|Olle|Pernilla|Ragnar|Siv|Sture|'
    + 'Svea|Tage|Therese|Ulla|Valdemar|Vilgot|Viveka|Åke|Östen|Eskil|Hedvig|Josefin|Kristoffer|Linn|Märit|Oskar|Rut|'
    + 'Sven-Åke|Tuva|Amelie|Ludvig|Matilda|Vera|Wilma|Elvira|Gustav|Ebba-Li|Klas|Signe|Thorvald|Irené|Léa|Carl-Fredrik',
  'Ahlgren|Alm|Backlund|Berglöf|Blomqvist|Boström|Dahlberg|Edlund|Ekholm|Forsberg|Granath|Hammarström|Hedlund|'
    + 'Hellström|Holmberg|Isaksson|Jakobsson|Jonsson|Kjellberg|Lindahl|Lindholm|Ljungqvist|Lundberg|Magnusson|Mattsson|'
    + 'Modig|Norberg|Nyström|Palmqvist|Rosén|Sandström|Sjögren|Skoglund|Strand|Sundqvist|Wikström|Wästberg|Åström|'
    + 'Öhman|Ölund|Hagström-Ek|Berg Lindqvist|von Ekenfelt|af Sillstorp|de Vall|Lövgren|Grönwall|Wennerholm|Ek|Qvarnström|'
    + 'Törnblom|Fällman|Ståhl|Zetterlund|Ärlebrand|Nordqvist Amini'),
  fi: P('Aila|Eero|Hannele|Ilkka|Jari|Kaisa|Leena|Mikko|Outi|Raimo|Sanna|Tapani|Tuula|Veikko|Kyösti|Ritva',
    'Aaltonen|Hakkarainen|Kettunen|Laaksonen|Manninen|Pesonen|Räsänen|Salminen|Tuominen|Väisänen|Ylönen|Hyvärinen'),
  sami: P('Ánná|Áilu|Ingá|Jouni|Lemet|Máhtte|Ravdna|Sáve|Ristin|Elle-Sofe|Niillas|Ánte',
    'Pirak|Kuhmunen|Omma|Jannok|Sparrok|Tuolja|Nutti|Länta|Huuva|Parfa|Marainen|Blind-Kitok'),
  no: P('Sigrun|Torstein|Ingvild|Eirik|Håkon|Mette|Søren|Kirsten|Rasmus|Bjørg|Jørgen|Turid|Asbjørn|Maren',
    'Haugen|Bakke|Solberg|Strømme|Kristoffersen|Rasmussen|Sørensen|Østergaard|Mikkelsen|Brekke|Lunde|Fjeldstad'),
  pl: P('Bartosz|Dorota|Grzegorz|Halina|Jacek|Magdalena|Michał|Ewa|Łukasz|Wojciech|Zofia|Kinga|Przemysław|Urszula',
    'Kowalska|Mazur|Krawczyk|Szymański|Woźniak|Pawłowski|Grabowska|Jabłoński|Król|Wieczorek|Sikora|Ćwikła|Łęcka|Zając'),
  bcs: P('Admir|Aida|Branko|Danijela|Edin|Jelena|Marko|Mirela|Nermin|Sanja|Tarik|Vesna|Željko|Dženana|Haris|Snježana',
    'Hadžić|Kovač|Nikolić|Popović|Radić|Salihović|Tomić|Vuković|Zukić|Čolić|Đurić|Šarić|Mehmedović|Karić|Softić'),
  ku: P('Aram|Ciwan|Dilovan|Evîn|Gulistan|Hozan|Jiyan|Kejal|Newroz|Peshraw|Sherko|Şirin|Bêrîvan|Rizgar',
    'Bradosti|Dizayi|Jaff|Khoshnaw|Mizuri|Piroti|Rawanduzi|Sorani|Zaxoyi|Hewrami|Shwani|Qaradaghi'),
  ar: P('Amal|Dana|Fadi|Ghada|Hamza|Jamila|Khaled|Lina|Mahmoud|Nour|Rami|Salma|Tareq|Waleed|Zainab|Yara|Mustafa|Rasha',
    'Al-Jaber|Al-Obaidi|Darwish|Hamdan|Jabbour|Kassab|Al-Khatib|Najjar|Qasim|Sabbagh|Al-Shammari|Tahan|Zubaidi|'
    + 'Abu Saleh|al-Dulaimi|Hilal'),
  fa: P('Ashkan|Bahar|Farid|Haleh|Kaveh|Laleh|Mehdi|Mina|Navid|Roya|Sahar|Siavash|Yasaman|Omid',
    'Afshar|Behzadi|Ebrahimi|Ghorbani|Kazemi|Mirzaei|Najafi|Rostami|Shahbazi|Zand|Nouri|Sharifi|Mohammadi Lind'),
  so: P('Abdiwali|Asad|Deeqa|Faisal|Halimo|Khadra|Mahad|Najma|Qamar|Ubah|Yasin|Sagal|Hamdi',
    'Ali Nur|Bile|Dirie|Elmi|Gedi|Ismail|Mohamud|Samatar|Xirsi|Cabdi|Shire|Guleed|Jimcaale'),
  ti: P('Aklilu|Eden|Feven|Kibrom|Merhawi|Natnael|Ruta|Saba|Tsega|Winta|Yohannes|Semhar',
    'Andemariam|Berhe|Fesehaye|Ghebremichael|Habtemariam|Kahsay|Mebrahtu|Negash|Tewelde|Weldemichael|Yemane|Zerai'),
  tr: P('Ahmet|Büşra|Deniz|Erkan|Gökhan|Hatice|İbrahim|Kerem|Merve|Onur|Selin|Tuğba|Yusuf|Çağla',
    'Acar|Bulut|Doğan|Güneş|Kaya|Kurt|Özdemir|Polat|Şimşek|Tekin|Yıldız|Karaca|Öztürk-Berg'),
  el: P('Anastasia|Christos|Dimitra|Georgios|Ioanna|Konstantinos|Nikos|Panagiota|Sotiris|Vasiliki|Yiannis|Eleni',
    'Papadopoulos|Georgiou|Karagiannis|Konstantinidou|Nikolaidis|Oikonomou|Papadaki|Stavrou|Vlachos|Christodoulou'),
  th: P('Apinya|Chaiwat|Duangjai|Kittisak|Naree|Pornthip|Sompong|Supaporn|Wanida|Thanawat|Ratana',
    'Intharasuk|Kaewmanee|Phromma|Saelim|Srisawat|Thongchai|Wongsuwan|Yodkaew|Boonyarat|Pattanapong|Sirikul'),
  vi: P('Anh Thư|Bảo|Đức Minh|Hải Yến|Khánh Linh|Mai Phương|Phúc|Quốc Huy|Thảo|Văn Long|Thị Hồng',
    'Hoàng|Huỳnh|Phan|Vũ|Dương|Ngô|Đỗ|Trương|Lý|Hồ|Nguyễn Văn|Tạ'),
  zh: P('Fang|Hao|Jing|Lei|Ming|Qiang|Shu|Tao|Xin|Yan|Zhen|Xiaoyu|Jiahui',
    'Guo|Luo|Song|Sun|Tang|Zheng|Gao|Deng|Feng|Cao|Xie|Jiang'),
  in: P('Aarav|Ananya|Deepika|Harpreet|Kavya|Nikhil|Priya|Rahul|Rohan|Sanjay|Shreya|Vikram|Lakshmi',
    'Agarwal|Bhatia|Chaudhary|Iyer|Kapoor|Menon|Nair|Patel|Reddy|Sharma|Venkatesan|Krishnamurthy|Gill'),
  es: P('Camila|Catalina|Cristóbal|Francisca|Gonzalo|Ignacio|Javiera|Matías|Constanza|Rodrigo|Valentina|José Miguel',
    'Muñoz Rojas|Contreras|Díaz Soto|Fuentes|González Pérez|Morales|Núñez|Sepúlveda|Silva Araya|Valenzuela|Vergara|de la Fuente'),
  en: P('Alistair|Beatrice|Callum|Eleanor|Fiona|Gareth|Imogen|Rhys|Sophie|Toby|Declan|Niamh',
    "Atherton|Blackwood|Cartwright|Dunmore|Fletcher|Gallagher|Holloway|Kingsley|McAllister|Pritchard|Rowntree|O'Sullivan"),
  nl: P('Joost|Femke|Sanne|Ruud|Maartje|Pieter|Willemijn|Bram',
    'van der Meer|van Dijk|de Vries|Bakker|van den Broek|Visser|van der Linden|de Groot'),
  de: P('Jürgen|Sabine|Ulrike|Matthias|Dörte|Jörg|Anke|Günter',
    'Schäfer|Weiß|Krüger|Böhm|Hoffmann|Müller-Lund|von Brenken|Kößler'),
};

/** Origin weights for a Swedish customer base. */
export const ORIGINS = [['sv', 36], ['fi', 5], ['sami', 2], ['no', 3], ['pl', 4], ['bcs', 5], ['ku', 4], ['ar', 6], ['fa', 4],
  ['so', 4], ['ti', 3], ['tr', 4], ['el', 2], ['th', 2], ['vi', 3], ['zh', 2], ['in', 3], ['es', 3], ['en', 2], ['nl', 1], ['de', 2]];

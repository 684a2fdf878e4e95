// Fabricated word pools for the accuracy corpus. Kept here on purpose, independent of rules/: the benchmark
// must not share blind spots with the detectors' own lists. Names are common given names and surnames in
// Sweden (many origins); every combination the generator builds is invented.

export const FIRST_NAMES = [
  // Swedish / Nordic
  'Anna', 'Eva', 'Maria', 'Karin', 'Kristina', 'Lena', 'Sara', 'Emma', 'Ingrid', 'Elin', 'Ida', 'Linnéa',
  'Märta', 'Åsa', 'Britt-Marie', 'Ann-Sofie', 'Anna-Karin', 'Agneta', 'Gunilla', 'Maja', 'Ebba', 'Saga',
  'Astrid', 'Signe', 'Tove', 'Malin', 'Johanna', 'Frida', 'Hedvig', 'Sofia', 'Wilma', 'Elsa', 'Alva',
  'Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per-Olof', 'Mikael', 'Nils', 'Gustav', 'Björn', 'Sven',
  'Olof', 'Jan-Erik', 'Fredrik', 'Mattias', 'Henrik', 'Oskar', 'Axel', 'Hugo', 'Linus', 'Måns', 'Örjan',
  'Göran', 'Håkan', 'Ulf', 'Tomas', 'Magnus', 'Pontus', 'Viktor', 'Elias', 'Isak', 'Torbjörn', 'Jöns',
  'André', 'René', 'Noé', 'Joel', 'Lukas', 'Kent', 'Rasmus', 'Birgitta', 'Solveig', 'Ylva', 'Jonna',
  // Finnish / Sami
  'Aino', 'Päivi', 'Sirpa', 'Jukka', 'Mikko', 'Tuomas', 'Riitta', 'Heikki', 'Niila', 'Áile',
  // Arabic / Middle East
  'Mohammed', 'Ahmed', 'Fatima', 'Aisha', 'Omar', 'Yusuf', 'Layla', 'Hassan', 'Noor', 'Rania', 'Khalid',
  'Amira', 'Zainab', 'Mustafa', 'Ibrahim', 'Samir', 'Yasmin', 'Ali', 'Hiba', 'Tariq',
  // Persian / Kurdish / Turkish
  'Reza', 'Shirin', 'Dariush', 'Parisa', 'Arash', 'Azadeh', 'Kawa', 'Rojda', 'Dilan', 'Zana', 'Mehmet',
  'Elif', 'Emre', 'Ayşe', 'Zeynep', 'Burak',
  // Somali / Eritrean / Ethiopian
  'Abdirahman', 'Hodan', 'Faduma', 'Abdi', 'Sahra', 'Ifrah', 'Mulugeta', 'Senait', 'Yonas', 'Helen',
  // Balkan / Polish / Baltic / Eastern Europe
  'Amra', 'Emir', 'Selma', 'Jasmina', 'Dragan', 'Milica', 'Nikola', 'Ivana', 'Goran', 'Mirza', 'Agnieszka',
  'Katarzyna', 'Piotr', 'Tomasz', 'Łukasz', 'Małgorzata', 'Oksana', 'Dmitrij', 'Olena', 'Andrej', 'Jelena',
  'Zoltán', 'Réka', 'Vesna', 'Dženana',
  // Latin America / Southern Europe
  'José', 'María José', 'Carlos', 'Lucía', 'Valentina', 'Mateo', 'Ana', 'Giulia', 'Marco', 'Nikos',
  'Eleni', 'Dimitra', 'João', 'Inês',
  // Asia
  'Wei', 'Li', 'Xiaoming', 'Mei', 'Thanh', 'Linh', 'Minh', 'Somchai', 'Ploy', 'Priya', 'Rahul', 'Arjun',
  'Ananya', 'Hiroshi', 'Yuki', 'Jin-woo', 'Seo-yeon',
  // English / international
  'James', 'Emily', 'Oliver', 'Charlotte', 'Daniel', 'Sophie', 'Liam', 'Chloé', 'Noah', 'Olivia',
];

export const LAST_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg',
  'Jakobsson', 'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson',
  'Bergström', 'Lundberg', 'Lundgren', 'Lind', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson',
  'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson',
  'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson',
  'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg',
  'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson', 'Lundström', 'Ekström', 'Åberg', 'Öberg', 'Ström',
  'Hedlund', 'Sundberg', 'Strand', 'Falk', 'Dahl', 'Hellström', 'Åkesson', 'Hermansson', 'Sjögren',
  'Grönlund', 'Wennerström', 'Ljungberg', 'Ekholm', 'Rydén', 'Nordén', 'Lindén', 'Engdahl', 'Zetterlund',
  // Finnish / Sami
  'Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Heikkinen', 'Koskinen', 'Järvinen', 'Niemi', 'Sara',
  'Kuoljok', 'Labba',
  // Arabic / Middle East / Persian / Kurdish / Turkish
  'Ali', 'Mohammed', 'Ahmed', 'Hassan', 'Hussein', 'Abdullah', 'Al-Sayed', 'Haddad', 'Khalil', 'Mansour',
  'Saleh', 'Karimi', 'Hosseini', 'Rahimi', 'Moradi', 'Tehrani', 'Barzani', 'Amedi', 'Yilmaz', 'Demir',
  'Öztürk', 'Kaya', 'Şahin', 'Çelik',
  // Somali / Eritrean
  'Abdi', 'Farah', 'Warsame', 'Osman', 'Jama', 'Tesfaye', 'Haile', 'Gebremedhin', 'Berhane',
  // Balkan / Polish / Eastern Europe
  'Hodžić', 'Hadžić', 'Begić', 'Kovačević', 'Petrović', 'Jovanović', 'Nikolić', 'Marković', 'Popović',
  'Kowalski', 'Nowak', 'Wiśniewska', 'Zieliński', 'Kamińska', 'Lewandowski', 'Shevchenko', 'Ivanova',
  'Novák', 'Horváth', 'Kuznetsov',
  // Southern Europe / Latin America
  'García', 'Rodríguez', 'Martínez', 'Fernández', 'López', 'González', 'Rossi', 'Ferrari', 'Esposito',
  'Papadopoulos', 'Georgiou', 'Silva', 'Pereira', 'Costa',
  // Asia
  'Wang', 'Zhang', 'Chen', 'Liu', 'Nguyen', 'Tran', 'Pham', 'Le', 'Kim', 'Park', 'Lee', 'Sharma', 'Patel',
  'Singh', 'Gupta', 'Tanaka', 'Suzuki', 'Srisuk',
  // English / German / Dutch
  'Smith', 'Brown', 'Taylor', 'Wilson', 'Müller', 'Schmidt', 'Fischer', 'Jensen', 'Hansen', 'Nielsen',
  'O\'Brien', 'McAllister', 'de Vries', 'van Dijk',
];

/** Noble/foreign particles, used as `Johan af Ekström`, `Maria von Essen`, `Lucas de la Cruz`. */
export const PARTICLE_SURNAMES = [
  'af Ekström', 'af Wetterstedt', 'af Sandeberg', 'von Essen', 'von Platen', 'von Knorring', 'de Geer',
  'af Klercker', 'von Arbin', 'de la Gardie', 'van der Berg', 'de la Cruz', 'von Schantz', 'af Rosenborg',
];

export const COMMON_WORD_SENTENCES = [
  'Per månad kostar abonnemanget 299 kr.',
  'Priset är 149 kr Per månad och Per användare.',
  'Bo i lägenheten under renoveringen går bra.',
  'Stig på och ta en kaffe medan du väntar!',
  'Dag två av leveransen startar kl 08.',
  'Liv och hälsa är viktigast, skriver kunden.',
  'Liv & Pension är den produkt kunden frågar om.',
  'Tor och Fre har vi stängt i växeln.',
  'Sten och grus levererades till fel adress.',
  'Vera Bradley-väskan var skadad vid leverans.',
  'Rut-avdrag gäller för städtjänsten.',
  'Rot och Rut ska framgå av fakturan.',
  'Bo Klok-serien är slutsåld.',
  'Björk och Gran är namnen på mötesrummen.',
  'Signe avtalet digitalt via länken.',
  'Per telefon eller Per e-post går bra.',
  'Ring oss Per telefon så hjälper vi dig.',
  'Care of Vasagatan 3 fungerar inte som leveransadress.',
  'Hope you are well, Grace period ends on Friday.',
  'Will you confirm the address, Rose Garden apartments?',
];

export const COMPANIES = [
  'Nordhandel AB', 'Lindqvist Bygg AB', 'Svensson & Söner AB', 'Fjällbete Ekonomisk Förening', 'Berg Logistik AB',
  'Åkesson Fastigheter AB', 'Kustlinjen Transport AB', 'Östgöta Elservice HB', 'Nilssons Måleri AB',
  'Skärgårdsbolaget i Roslagen AB', 'Hassan Import & Export AB', 'Familjen Petrović Restaurang AB',
  'Karlsson Kök och Bad AB', 'Norrsken Energi AB', 'Gröna Gården Trädgård AB', 'Vättern Marin AB',
];

export const STREETS = [
  'Storgatan', 'Drottninggatan', 'Kungsgatan', 'Birger Jarlsgatan', 'Sankt Eriksgatan', 'Karl Johans gata',
  'Vasagatan', 'Götgatan', 'Linnégatan', 'Östra Hamngatan', 'Kyrkogatan', 'Skolvägen', 'Björkvägen',
  'Ringvägen', 'Gustav Adolfs torg', 'Erik Dahlbergsgatan', 'Stora Nygatan', 'Parkvägen', 'Ekvägen',
  'Hantverkargatan', 'Fredsgatan', 'Signe Perssons väg', 'Elsa Borgs plats', 'Margaretavägen',
];

export const PLACES = [
  ['114 55', 'Stockholm'], ['411 36', 'Göteborg'], ['211 22', 'Malmö'], ['753 20', 'Uppsala'],
  ['582 24', 'Linköping'], ['702 11', 'Örebro'], ['721 30', 'Västerås'], ['903 26', 'Umeå'],
  ['972 31', 'Luleå'], ['352 30', 'Växjö'], ['421 31', 'Västra Frölunda'], ['136 40', 'Haninge'],
  ['831 30', 'Östersund'], ['981 38', 'Kiruna'], ['621 55', 'Visby'], ['553 18', 'Jönköping'],
  ['00100', 'Helsinki'], ['0150', 'Oslo'],
];

export const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
  'oktober', 'november', 'december'];
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
export const WEEKDAYS_SV = ['Måndag', 'Tisdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lördag', 'Söndag'];
export const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const FREE_MAIL = ['gmail.com', 'hotmail.com', 'outlook.com', 'live.se', 'yahoo.se', 'icloud.com',
  'telia.com', 'bredband.net', 'comhem.se', 'spray.se', 'hotmail.se', 'protonmail.com', 'gmail.com',
  'outlook.com', 'gmail.com'];
export const WORK_DOMAINS = ['nordhandel.se', 'lindqvistbygg.se', 'kustlinjen.se', 'norrskenenergi.se',
  'vatternmarin.se', 'exempelkommun.se', 'region-exempel.se', 'fjallbete.coop', 'berglogistik.com'];
/** Internationalised domains (written in Unicode; the scorer compares them in punycode). */
export const IDN_DOMAINS = ['räksmörgås.se', 'blåbär.nu', 'åkeri-söder.se', 'müller-bau.de'];
export const OWN_DOMAIN = 'kundservice-exempel.se';

export const ROLE_LOCALS = ['support', 'info', 'noreply', 'no-reply', 'kundtjanst', 'faktura', 'order',
  'kundservice', 'admin', 'postmaster'];

export const PRODUCTS = ['router XR-500', 'värmepump Optima 9', 'mobilabonnemang Fri Surf', 'diskmaskin DM-44',
  'bredband 250/250', 'elavtal Rörligt', 'soffa Lindö 3-sits', 'cykel Urban 7', 'försäkring Hem Bas'];

export const AGENT_TEAM = ['Team Nord', 'Kundservice Syd', 'Tier 2', 'Fakturering', 'Tekniksupport'];

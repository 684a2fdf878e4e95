// Eleventh blind set — vocabulary for near-misses and filler: streets, companies, places and book titles named like
// people, pet names, medicines, products, greetings and sign-offs. Nothing here is a person of the corpus.
const S = (s) => s.split('|');

/** Streets and squares named after people (near-miss kind 'street'). */
export const STREETS_PERSON = S('Karl Johansgatan|Anna Lindhs plats|Olof Palmes gata|Birger Jarlsgatan|Drottning Kristinas väg|'
  + 'Sankt Eriksgatan|Fredrika Bremers gata|Selma Lagerlöfs väg|Evert Taubes terrass|Gustav Adolfs torg|Per Albin Hanssons väg|'
  + 'Erik Dahlbergsgatan|Hertig Johans torg|Jenny Linds gata|Carl Larssons väg|Elsa Brändströms gata|Nils Ferlins gränd|'
  + 'Kung Oscars väg|Prinsessan Estelles park|Greta Garbos väg|Alfred Nobels allé|Pelle Molins väg');
/** Ordinary streets. */
export const STREETS = S('Storgatan|Skolgatan|Ringvägen|Tallbacken|Björkallén|Hamngatan|Kvarngatan|Lingonstigen|Åkervägen|'
  + 'Östra Vallgatan|Bruksgatan|Sjövägen|Granitvägen|Mjölnarstigen|Parkgatan|Norra Järnvägsgatan|Vitsippsvägen|Ängsvägen');
/** Companies named after people (near-miss kind 'company'). */
export const COMPANIES_PERSON = S('Eriksson Bygg AB|Lindqvists Måleri AB|Jansson & Berg Fastighetsbyrå|Bröderna Nilsson Åkeri|'
  + 'Svea Hansson Redovisning AB|Elsa Berg Interiör|Karlsson Rör & Värme AB|Hedbergs Djurfoder|Gunnar Ek Bil AB|'
  + 'Maria Holm Städ & Fönster|Frans Wiklund Elektriska AB|Petterssons Cykel & Motor|Astrid Sundin Design AB|'
  + 'Olssons Järn i Ljusdal AB|Johan Fors Trädgård HB|Lars Bergs Plåtslageri');
/** Ordinary companies (creditors, suppliers, banks). */
export const COMPANIES = S('Norrsken Energi AB|Telekompaniet Sverige AB|Byggvaruhuset Kvisten AB|Gymkedjan Puls AB|'
  + 'Möbelhuset Sova Gott AB|Bilverkstan i Mälardalen AB|Fjällbanken AB|Kreditkassan Nord AB|Vattenfallet Hem AB|'
  + 'Nätbutiken Lådan AB|Tandvården Lyktan AB|Hyrbilen Sverige AB');
/** Places and institutions named after people (near-miss kind 'place'). */
export const PLACES_PERSON = S('Hedvig Eleonora församling|Adolf Fredriks kyrka|Oscar Fredriks kyrka|Kristinehamn|Karlskoga|'
  + 'Sankt Görans gymnasium|Mariatorget|Gustavsberg|Sofielund|Karl Johans torg|Gustav Vasa kyrka|Ulrika Eleonora kyrka|'
  + 'Kristineberg|Fredrikshov|Carl Malmstens skola|Margretelund');
export const CITIES = S('Solna|Uppsala|Västerås|Örebro|Linköping|Norrköping|Gävle|Sundsvall|Umeå|Luleå|Kiruna|Jönköping|Växjö|'
  + 'Kalmar|Karlstad|Falun|Östersund|Halmstad|Borås|Eskilstuna|Haparanda|Visby|Malmö|Göteborg|Lund|Trollhättan');
/** Pet names, a few also human given names (near-miss kind 'pet-name'). */
export const PETS = S('Molly|Sixten|Ture|Doris|Bamse|Sigge|Nisse|Majken|Elvis|Luna|Zorro|Frasse|Tussan|Morris|Pelle|Ronja|'
  + 'Egon|Vilma|Harry|Bella|Charlie|Lady|Kajsa|Smulan|Gösta|Findus|Otto|Selma-Lo|Nala|Prinsen|Kurre|Milo');
/** Registered pedigree names (near-miss kind 'pedigree-name'). */
export const PEDIGREE = S("Lövhagens Ture Tjabo|Kennel Fjällsippans Astrid|Silverbäckens Greta Garbo|Vargtassens Kung Oscar|"
  + "Solgläntans Lady Linnea|Ekebackens Sir Winston|Mossgårdens Fröken Elsa|Stjärnbäckens Karl-Alfred");
/** Species with their breeds. */
export const ANIMALS = [['hund', S('Labrador retriever|Golden retriever|Border collie|Jämthund|Chihuahua|Norrbottenspets|Tax|Svensk lapphund|Blandras')],
  ['hund', S('Cavalier king charles spaniel|Schäfer|Pudel|Dansk-svensk gårdshund|Whippet')], ['katt', S('Helig birma|Maine coon|Huskatt|Perser|Norsk skogkatt|Ragdoll')],
  ['katt', S('Huskatt|Bengal|Brittisk korthår')], ['kanin', S('Dvärgvädur|Lejonhuvud|Hermelin')], ['marsvin', S('Slätthårigt|Rosett|Skinny')], ['häst', S('Nordsvensk brukshäst|Islandshäst|Gotlandsruss|Svenskt varmblod')]];
export const VET_DRUGS = S('Metacam|Rimadyl|Bravecto|Frontline Combo|Milbemax|Clavubactin|Prednisolon Vet|Synulox|Apoquel|Librela');
/** Medicines (brand + strength; near-miss kind 'medicine') with their ATC codes (kind 'atc-code'). */
export const MEDS = [['Alvedon 500 mg', 'N02BE01'], ['Ipren 400 mg', 'M01AE01'], ['Omeprazol 20 mg', 'A02BC01'], ['Sertralin 50 mg', 'N06AB06'],
  ['Levaxin 75 mikrog', 'H03AA01'], ['Waran 2,5 mg', 'B01AA03'], ['Eliquis 5 mg', 'B01AF02'], ['Seloken ZOC 50 mg', 'C07AB02'],
  ['Atorvastatin 20 mg', 'C10AA05'], ['Metformin 500 mg', 'A10BA02'], ['Symbicort Turbuhaler', 'R03AK07'], ['Lergigan 25 mg', 'R06AD02'],
  ['Imovane 7,5 mg', 'N05CF01'], ['Kåvepenin 800 mg', 'J01CE02'], ['Desloratadin 5 mg', 'R06AX27'], ['Losartan 50 mg', 'C09CA01'],
  ['Citalopram 20 mg', 'N06AB04'], ['Bisoprolol 5 mg', 'C07AB07'], ['Estradot 50', 'G03CA03'], ['Ventoline Evohaler', 'R03AC02']];
/** Pharmacy products (near-miss kind 'product'). */
export const PRODUCTS = S('ACO Hudkräm Parfymfri|Nicorette Fruit 4 mg|Bepanthen Salva|Decubal Clinic|Vårdkasen Handsprit 500 ml|'
  + 'Idomin Barnkräm|Flux Fluorskölj|Solkräm SPF 50 Junior|Resorb Sport|Liniment Apotekets|Reseapoteket Bas');
/** Book titles, some with person-like names in them (near-miss kind 'book-title'). */
export const BOOKS = S('Vinterljus över Norrviken|Huset vid Älvkröken|Systrarna Ekman|Fröken Ingrids hemlighet|Morfar Eriks båt|'
  + 'Kaffe med Karin|Nils och sjöormen|Den sista sommaren på Gåsholmen|Kökets kemi|Svampar i norr|Programmering för nybörjare|'
  + 'Att odla tomater|Anton Berg och stormen|Doktor Hedlunds dagbok|Släktforska steg för steg|Fågelboken|Mormors kakor|'
  + 'Vägen till Kiruna|Lilla Greta och månen|Kapten Holms sista resa|Surdeg för alla|Stickat för små');
export const CAR_MODELS = S('VW Golf|Toyota Yaris|Volvo V60|Kia Ceed|Skoda Octavia|Renault Clio|Volvo XC40');
export const APPS = S('Outlook|Teams|SAP GUI|Cisco AnyConnect|Citrix Workspace|Visma Lön|OneDrive|Jira|Adobe Acrobat|Chrome|'
  + 'Excel|Zebra-skrivare|BankID|Lagerappen|Tidrapport');
/** Lower-case words that follow name labels in chats but are no names (near-miss kind 'lower-words'). */
export const LOWER_WORDS = S('ny kund|vet ej|samma som ovan|se tidigare|ingen uppgift|okänd|anhörig|kund');
export const GREET = S('Hej|Hej hej|Hejsan|Hallå|God morgon|Tjena|Hej igen');
export const SIGN = S('Mvh|Med vänliga hälsningar|Vänliga hälsningar|Hälsningar|MVH|Tack på förhand|Ha det bra|Bästa hälsningar');
export const WEEKDAYS = S('måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag');
export const MONTHS = S('januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december');

// Free text in many writers' voices (formal, sloppy, English, on behalf of someone else), with every planted
// value recorded through the file recorder `f` as it is written.
import { formatPnr, formatSwedishPhone, formatSwedishPhoneWithoutPlus, emailVariant } from './values.mjs';
import { distractor, loneFirstName } from './nearmiss.mjs';
import { PRODUCTS, STREETS, PLACES } from './pools.mjs';

export function nameText(f, rng, person, { forms = ['plain'] } = {}) {
  const form = forms.length === 1 ? forms[0] : rng.pick(forms);
  const text = {
    plain: person.full,
    upper: person.full.toUpperCase(),
    lower: person.full.toLowerCase(),
    reversed: `${person.last}, ${person.middle ? `${person.first} ${person.middle}` : person.first}`,
  }[form];
  return f.name(text, form === 'plain' ? person.subtype : form);
}

/** How often a name typed into a slot that holds one (a label, a signature, a name field) is all lower case. */
const LOWER_NAME_RATE = 0.05;

/** A name in a slot that says it is one (`Namn: …`, a signature line, a name column): now and then in lower case. */
export function slotNameText(f, rng, person, { forms = ['plain'] } = {}) {
  const form = forms.length === 1 ? forms[0] : rng.pick(forms); // the draw nameText makes
  return nameText(f, rng, person, { forms: [rng.styles.chance(LOWER_NAME_RATE) ? 'lower' : form] });
}

/** How often a customer introducing themself in a message types their name in lower case. */
const LOWER_INTRO_RATE = 0.08;
/** How they then put it, per language: the phrases people open a chat or a mail with. */
const INTRODUCTIONS = {
  sv: [[40, (n) => `Jag heter ${n}`], [25, (n) => `Mitt namn är ${n}`], [15, (n) => `Det är ${n} som skriver`],
    [12, (n) => `jag heter ${n}`], [8, (n) => `Namnet är ${n}`]],
  en: [[60, (n) => `My name is ${n}`], [40, (n) => `This is ${n}`]],
};

/** `Jag heter Anna Svensson` / `My name is …`; now and then (drawn from rng.styles alone) another phrase and a lower-case name. */
export function introduction(f, rng, person, lang = 'sv') {
  if (!rng.styles.chance(LOWER_INTRO_RATE)) return `${lang === 'en' ? 'My name is' : 'Jag heter'} ${nameText(f, rng, person)}`;
  return rng.styles.weighted(INTRODUCTIONS[lang])(nameText(f, rng, person, { forms: ['lower'] }));
}

export function pnrText(f, rng, person, form) {
  return f.pnr(formatPnr(rng, person.pnr, form), person.pnr.samordning ? 'samordningsnummer' : 'personnummer');
}

export function phoneText(f, rng, person) {
  if (person.foreignPhone && rng.chance(0.6)) return f.phone(person.foreignPhone, 'international');
  return f.phone(formatSwedishPhone(rng, person.phone), person.phone.kind);
}

/** How often a number under a phone label or in a phone column is E.164 without its `+` (46701234567). */
const WITHOUT_PLUS_RATE = 0.04;

/** A number right after a phone keyword (`Tel:`, `ring`, `Mobil:`) or in a phone column. */
export function labelledPhoneText(f, rng, person) {
  if (!rng.styles.chance(WITHOUT_PLUS_RATE)) return phoneText(f, rng, person);
  // The draws phoneText makes, so the rest of the corpus stays as it was.
  if (person.foreignPhone && rng.chance(0.6)) return f.phone(person.foreignPhone, 'international');
  formatSwedishPhone(rng, person.phone);
  return f.phone(formatSwedishPhoneWithoutPlus(rng.styles, person.phone), person.phone.kind);
}

export function emailText(f, rng, person) {
  const v = emailVariant(rng, person);
  return f.email(v.text, v.subtype);
}

const SIGNOFFS_SV = ['Mvh', 'Med vänliga hälsningar', 'Vänliga hälsningar', 'Hälsningar', 'MVH', 'Tack på förhand!'];
const SIGNOFFS_EN = ['Best regards,', 'Kind regards,', 'Thanks,', 'Regards,', 'Cheers,'];

/** `Mvh\nAnna Svensson\n070-123 45 67` and friends; sometimes only the first name (a distractor). */
export function signature(f, rng, person, lang = 'sv') {
  const off = rng.pick(lang === 'en' ? SIGNOFFS_EN : SIGNOFFS_SV);
  if (rng.chance(0.15)) return `${off}\n${loneFirstName(f, rng, person.first)}`;
  const lines = [off, slotNameText(f, rng, person)];
  if (rng.chance(0.6)) lines.push(rng.chance(0.5) ? `Tel: ${labelledPhoneText(f, rng, person)}` : phoneText(f, rng, person));
  if (rng.chance(0.25)) lines.push(emailText(f, rng, person));
  return lines.join('\n');
}

function sv(f, rng, c, agentFirst) {
  const product = rng.pick(PRODUCTS);
  return rng.pick([
    () => `Hej ${loneFirstName(f, rng, agentFirst)}!\n\n${introduction(f, rng, c, 'sv')} och mitt personnummer är ${pnrText(f, rng, c)}. `
      + `Min ${product} har slutat fungera. ${distractor(f, rng)}\nRing mig gärna på ${labelledPhoneText(f, rng, c)} efter kl 16.`,
    () => `hej\nmin order har inte kommit än.. ${distractor(f, rng)} ring mig ${labelledPhoneText(f, rng, c)} `
      + `eller maila ${emailText(f, rng, c)}\n/${loneFirstName(f, rng, c.first)}`,
    () => `Hej,\nJag ringer för min mamma ${nameText(f, rng, c)} (${pnrText(f, rng, c)}) som inte kan själv. `
      + `Hon nås på ${labelledPhoneText(f, rng, c)}. ${distractor(f, rng)}`,
    () => `Hej! Ny e-post: ${emailText(f, rng, c)}, nytt nummer ${phoneText(f, rng, c)}. ${distractor(f, rng)} `
      + `Personnr ${pnrText(f, rng, c)} om ni behöver verifiera.`,
    () => `Hej ${loneFirstName(f, rng, agentFirst)},\ntack för snabbt svar. ${distractor(f, rng)}\n${distractor(f, rng)}`,
    () => `Jag vill säga upp mitt ${product}. pnr: ${pnrText(f, rng, c, rng.pick(['YYMMDDNNNN', 'YYYYMMDDNNNN', 'YYMMDD-NNNN']))} `
      + `namn ${nameText(f, rng, c, { forms: ['plain', 'lower'] })}`,
  ])();
}

function en(f, rng, c, agentFirst) {
  return rng.pick([
    () => `Hi ${loneFirstName(f, rng, agentFirst)},\n\n${introduction(f, rng, c, 'en')} and I am writing about my order. `
      + `${distractor(f, rng)} Please call me at ${labelledPhoneText(f, rng, c)} or email ${emailText(f, rng, c)}.`,
    () => `Hello, I moved to Sweden and got a coordination number ${pnrText(f, rng, c)}. `
      + `Can you update my account (${emailText(f, rng, c)})? ${distractor(f, rng)}`,
    () => `Dear support,\nthe invoice is wrong. ${distractor(f, rng)}\n${distractor(f, rng)}`,
  ])();
}

/** A message from a customer, with a signature most of the time. */
export function customerMessage(f, rng, { customer, agentFirst, lang = rng.chance(0.25) ? 'en' : 'sv' }) {
  const body = lang === 'en' ? en(f, rng, customer, agentFirst) : sv(f, rng, customer, agentFirst);
  return rng.chance(0.7) ? `${body}\n\n${signature(f, rng, customer, lang)}` : body;
}

/** An agent's reply: greets the customer by first name, may mention a colleague, signs with a full name. */
export function agentReply(f, rng, { agent, customer, colleague }) {
  const parts = [`Hej ${loneFirstName(f, rng, customer.first)}!`, 'Tack för att du hörde av dig.'];
  if (colleague && rng.chance(0.4)) {
    parts.push(`Jag har lämnat över ärendet till min kollega ${nameText(f, rng, colleague)} som återkommer.`);
  }
  if (rng.chance(0.5)) parts.push(distractor(f, rng));
  if (rng.chance(0.2)) parts.push(`Vi har noterat ditt nummer ${phoneText(f, rng, customer)}.`);
  return `${parts.join(' ')}\n\n${signature(f, rng, agent, 'sv')}\n${agent.team ?? 'Kundservice'}`;
}

/** Terse internal notes as agents type them. */
export function agentNote(f, rng, customer, other) {
  const [zip, city] = rng.pick(PLACES);
  return rng.pick([
    () => `Kund ${nameText(f, rng, customer)} ringde, verifierad m. pnr ${pnrText(f, rng, customer)}. ${distractor(f, rng)}`,
    () => `Ny adress: ${f.near('street', `${rng.pick(STREETS)} ${rng.int(1, 99)}`, 'name')}, ${f.near('postal_code', zip, 'phone')} ${f.near('place', city, 'name')}. tel ${labelledPhoneText(f, rng, customer)}`,
    () => `Återkoppling till ${nameText(f, rng, customer, { forms: ['plain', 'lower', 'upper'] })} ${emailText(f, rng, customer)} senast fredag. ${distractor(f, rng)}`,
    () => `Kunden vill att vi pratar med sambon ${nameText(f, rng, other)} ${phoneText(f, rng, other)}. Fullmakt saknas!`,
    () => `${distractor(f, rng)} ${distractor(f, rng)}`,
    () => `Customer ${nameText(f, rng, customer)} (SSN ${pnrText(f, rng, customer, 'YYYYMMDD-NNNN')}) called about refund.`,
  ])() + (rng.styles.chance(0.15) ? `\n${contactLine(f, rng.styles, customer)}` : '');
}

/** `Kontaktperson: anna andersson, mobil 46701234567`: the customer's details as agents note them, drawn from `rng` alone. */
function contactLine(f, rng, customer) {
  return `${rng.pick(['Namn', 'Kund', 'Kontaktperson'])}: ${slotNameText(f, rng, customer)}, ${rng.pick(['tel', 'mobil'])} ${labelledPhoneText(f, rng, customer)}`;
}

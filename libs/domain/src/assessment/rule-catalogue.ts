import { type FiredRule } from './assessment-outcome';
import { type RuleCode } from './rule-codes';

interface RuleText {
  legalReference: string;
  nl: string;
  en: string;
}

/*
 * One entry per rule code: the legal source and a self-contained explanation an officer can paste
 * into the register (art. 33(5)) or a notice. Placeholders in {braces} are filled when the rule
 * fires, so the trace records the numbers the decision was made on.
 */
const WP250_RISK = 'WP250rev.01 §IV.B; AP: Hoe beoordeel ik de risico’s van een datalek?';

const RULE_TEXTS: Readonly<Record<RuleCode, RuleText>> = {
  ENISA_SEVERITY: {
    legalReference: 'ENISA-methodiek ernst datalekken (2013); WP250rev.01 §IV.B',
    nl: 'ENISA-ernst SE = DPC × EI + CB = {dpc} × {eiNl} + {cbNl} = {scoreNl}: {bandNl}. De score ondersteunt de beoordeling; de meldplichten volgen uit de risicoregels hieronder.',
    en: 'ENISA severity SE = DPC × EI + CB = {dpc} × {eiEn} + {cbEn} = {scoreEn}: {bandEn}. The score supports the assessment; the duties follow from the risk rules below.',
  },
  RISK_NO_IMPACT: {
    legalReference: WP250_RISK,
    nl: 'Na de genomen en aanwezige maatregelen is er geen verlies van vertrouwelijkheid, integriteit of beschikbaarheid dat betrokkenen kan raken.',
    en: 'After the measures in place and taken, no loss of confidentiality, integrity or availability remains that could affect the data subjects.',
  },
  RISK_CONFIDENTIALITY_EXPOSED: {
    legalReference: WP250_RISK,
    nl: 'De gegevens waren blootgesteld zonder aanwijzing dat onbevoegden ze hebben ingezien. Onrechtmatige verwerking is niet uit te sluiten; het risico hangt af van hoe gevoelig en herleidbaar de gegevens zijn.',
    en: 'The data were exposed with no evidence that anyone unauthorised saw them. Unlawful processing cannot be ruled out; the risk depends on how sensitive and identifiable the data are.',
  },
  RISK_CONFIDENTIALITY_DISCLOSED: {
    legalReference: WP250_RISK,
    nl: 'De gegevens zijn bij een of meer onbevoegde ontvangers terechtgekomen (verlies van vertrouwelijkheid). Het risico hangt af van de gevoeligheid, de herleidbaarheid en de bedoelingen van de ontvanger.',
    en: 'The data reached one or more unauthorised recipients (loss of confidentiality). The risk depends on sensitivity, identifiability and the recipient’s intent.',
  },
  RISK_CONFIDENTIALITY_PUBLISHED: {
    legalReference: WP250_RISK,
    nl: 'De gegevens zijn bij een onbekend aantal ontvangers terechtgekomen of openbaar geworden; betrokkenen hebben er geen controle meer over.',
    en: 'The data reached an unknown number of recipients or became public; the data subjects have lost control over them.',
  },
  RISK_INTEGRITY: {
    legalReference: WP250_RISK,
    nl: 'De gegevens zijn gewijzigd (verlies van integriteit). Onjuiste gegevens kunnen tot verkeerde beslissingen over betrokkenen leiden, zwaarder als ze mogelijk misbruikt zijn of niet te herstellen.',
    en: 'The data were altered (loss of integrity). Incorrect data can lead to wrong decisions about the data subjects, more so when possibly misused or not recoverable.',
  },
  RISK_AVAILABILITY_BRIEF: {
    legalReference: `${WP250_RISK}; WP250rev.01 bijlage B`,
    nl: 'De gegevens waren kort of zonder moeite herstelbaar onbeschikbaar. Zo’n beschikbaarheidsverlies leidt op zichzelf waarschijnlijk niet tot een risico; wel registreren.',
    en: 'The data were unavailable briefly or recoverable without difficulty. Such a loss of availability by itself is unlikely to result in a risk; it is still recorded.',
  },
  RISK_AVAILABILITY_LOSS: {
    legalReference: `${WP250_RISK}; WP250rev.01 bijlage B`,
    nl: 'De gegevens zijn tijdelijk met schadelijke vertraging of blijvend onbeschikbaar. Betrokkenen die op deze gegevens rekenen kunnen daar nadeel van hebben, des te meer naarmate de gegevens belangrijker zijn (bijvoorbeeld zorg).',
    en: 'The data are unavailable with harmful delay or permanently. Data subjects who rely on these data can suffer from it, the more so the more important the data are (e.g. care).',
  },
  RISK_MALICIOUS: {
    legalReference: `${WP250_RISK}; ENISA 2013 (CB: kwade opzet)`,
    nl: 'Het datalek is opzettelijk veroorzaakt (diefstal, hacking, misbruik). Een kwaadwillende heeft de gegevens mogelijk in handen; dat verhoogt de kans op misbruik.',
    en: 'The breach was caused intentionally (theft, hacking, misuse). Someone with harmful intent may hold the data, which increases the likelihood of misuse.',
  },
  RISK_EXFILTRATION: {
    legalReference: WP250_RISK,
    nl: 'Er is bewijs dat gegevens zijn weggenomen; het verlies van vertrouwelijkheid is daarom als vaststaand beoordeeld.',
    en: 'There is evidence that data were taken; the loss of confidentiality is therefore assessed as established.',
  },
  RISK_SPECIAL_CATEGORY: {
    legalReference: `AVG art. 9 en 10; AVG overweging 75; ${WP250_RISK}`,
    nl: 'Er zijn bijzondere persoonsgegevens of strafrechtelijke gegevens betrokken. Uitlekken daarvan kan leiden tot discriminatie, stigmatisering of reputatieschade; de AP noemt gelekte medische gegevens een duidelijk risico.',
    en: 'Special-category or criminal-offence data are involved. Their disclosure can lead to discrimination, stigmatisation or reputational damage; the AP calls leaked medical files a clear risk.',
  },
  RISK_FRAUD_SENSITIVE_DATA: {
    legalReference: `AVG overweging 85; ${WP250_RISK}`,
    nl: 'Er zijn financiële gegevens, inloggegevens, kopieën van identiteitsbewijzen of BSN’s betrokken: gegevens die misbruikt kunnen worden voor (identiteits)fraude, financiële schade of het overnemen van accounts.',
    en: 'Financial data, login credentials, identity-document copies or national ID numbers are involved: data that can be misused for (identity) fraud, financial loss or account takeover.',
  },
  RISK_IDENTIFIABILITY_LIMITED: {
    legalReference: `${WP250_RISK}; ENISA 2013 (EI)`,
    nl: 'Betrokkenen zijn uit deze gegevens alleen met veel moeite of extra gegevens te identificeren (EI {eiNl}); dat verlaagt het risico.',
    en: 'The data subjects can be identified from these data only with significant effort or extra data (EI {eiEn}), which lowers the risk.',
  },
  RISK_VULNERABLE_SUBJECTS: {
    legalReference: `AVG overweging 75; ${WP250_RISK}`,
    nl: 'Onder de betrokkenen zijn kwetsbare personen (bijvoorbeeld kinderen of patiënten); zij zijn minder goed in staat zich tegen de gevolgen te beschermen. Het risico is één stap hoger beoordeeld.',
    en: 'The data subjects include vulnerable people (e.g. children or patients), who are less able to protect themselves against the consequences. The risk was assessed one step higher.',
  },
  RISK_VOLUME: {
    legalReference: WP250_RISK,
    nl: 'Het datalek raakt {count} personen (meer dan {threshold}). Bij dit aantal is een risico voor ten minste een deel van hen niet onwaarschijnlijk.',
    en: 'The breach affects {count} people (more than {threshold}). At this number a risk to at least some of them is not unlikely.',
  },
  RISK_LARGE_SCALE: {
    legalReference: WP250_RISK,
    nl: 'Het datalek raakt {count} personen (ten minste {threshold}): grootschalig. Gegevens die zijn misbruikt of in verkeerde handen zijn gekomen, leiden bij deze omvang tot een hoog risico wanneer ze gevoelig zijn of opzettelijk zijn buitgemaakt.',
    en: 'The breach affects {count} people (at least {threshold}): large scale. At this scale, data that were misused or reached the wrong hands result in a high risk when they are sensitive or were taken deliberately.',
  },
  RISK_SUBJECTS_UNKNOWN: {
    legalReference: 'AVG art. 33 lid 3 sub a en lid 4',
    nl: 'Het aantal betrokkenen is nog onbekend en is daarom niet meegewogen. Beoordeel opnieuw zodra het (bij benadering) bekend is.',
    en: 'The number of data subjects is not known yet and was therefore not weighed. Reassess once it is known (approximately).',
  },
  RISK_UNINTELLIGIBLE: {
    legalReference: 'AVG art. 34 lid 3 sub a; WP250rev.01 bijlage B',
    nl: 'De gegevens zijn volgens de stand van de techniek versleuteld of anderszins onbegrijpelijk gemaakt en de sleutel is niet gecompromitteerd: wie ze heeft, kan ze niet lezen. Het verlies van vertrouwelijkheid vormt daardoor geen risico.',
    en: 'The data are encrypted to the state of the art or otherwise unintelligible and the key was not compromised: whoever holds them cannot read them. The loss of confidentiality therefore poses no risk.',
  },
  RISK_TRUSTED_RECIPIENT: {
    legalReference: `${WP250_RISK}; EDPB-richtsnoeren 01/2021`,
    nl: 'De gegevens zijn per vergissing bij een bekende, betrouwbare ontvanger terechtgekomen die de verwijdering heeft bevestigd; de kans op misbruik is daardoor verwaarloosbaar.',
    en: 'The data reached a known, trusted recipient by mistake, who confirmed deletion; the likelihood of misuse is therefore negligible.',
  },
  RISK_TRUSTED_RECIPIENT_NOT_APPLIED: {
    legalReference: WP250_RISK,
    nl: 'Een betrouwbare ontvanger verlaagt het risico alleen bij een onopzettelijke verstrekking aan bekende ontvangers. Hier zijn de ontvangers onbekend of was er opzet; de bevestigde verwijdering is niet als risicoverlagend meegewogen.',
    en: 'A trusted recipient lowers the risk only for an accidental disclosure to known recipients. Here the recipients are unknown or the breach was intentional; the confirmed deletion was not weighed as lowering the risk.',
  },
  RISK_BACKUP_AVAILABLE: {
    legalReference: `${WP250_RISK}; WP250rev.01 bijlage B`,
    nl: 'Er is een back-up waarmee de gegevens hersteld kunnen worden; blijvend verlies is daarom hooguit vertraging. Wordt tijdig hersteld, dan leidt het beschikbaarheidsverlies waarschijnlijk niet tot een risico.',
    en: 'A backup can restore the data, so a permanent loss is at most a delay. If restored in good time, the loss of availability is unlikely to result in a risk.',
  },
  ART33_RISK: {
    legalReference: 'AVG art. 33 lid 1',
    nl: 'Het datalek leidt waarschijnlijk tot een risico voor de rechten en vrijheden van natuurlijke personen. Melden bij de Autoriteit Persoonsgegevens is verplicht, zonder onredelijke vertraging en zo mogelijk binnen 72 uur na ontdekking.',
    en: 'The breach is likely to result in a risk to the rights and freedoms of natural persons. Notifying the Dutch DPA (AP) is required, without undue delay and where feasible within 72 hours of becoming aware.',
  },
  ART33_UNLIKELY_RISK: {
    legalReference: 'AVG art. 33 lid 1 en lid 5',
    nl: 'Het datalek leidt waarschijnlijk niet tot een risico voor de rechten en vrijheden van natuurlijke personen; melden bij de AP is niet verplicht. Leg het datalek en deze onderbouwing vast in het register; beoordeel opnieuw als er nieuwe feiten zijn.',
    en: 'The breach is unlikely to result in a risk to the rights and freedoms of natural persons; notifying the AP is not required. Record the breach and this reasoning in the register; reassess when new facts emerge.',
  },
  ART33_2_PROCESSOR: {
    legalReference: 'AVG art. 33 lid 2; AVG art. 28 lid 3 sub f',
    nl: 'Wij zijn verwerker voor deze klant. Wij melden niet zelf bij de AP, maar informeren de verwerkingsverantwoordelijke (de klant) zonder onredelijke vertraging, met alle informatie die zij nodig heeft voor haar eigen beoordeling en melding.',
    en: 'We are processor for this customer. We do not notify the AP ourselves but inform the controller (the customer) without undue delay, with everything it needs for its own assessment and notification.',
  },
  ART34_HIGH_RISK: {
    legalReference: 'AVG art. 34 lid 1',
    nl: 'Het datalek leidt waarschijnlijk tot een hoog risico voor de betrokkenen en geen uitzondering van art. 34 lid 3 is van toepassing. Informeer de betrokkenen onverwijld, in duidelijke taal (art. 34 lid 2).',
    en: 'The breach is likely to result in a high risk to the data subjects and no art. 34(3) exception applies. Inform the data subjects without undue delay, in clear and plain language (art. 34(2)).',
  },
  ART34_NO_HIGH_RISK: {
    legalReference: 'AVG art. 34 lid 1',
    nl: 'Het datalek leidt waarschijnlijk niet tot een hoog risico voor de betrokkenen; informeren van de betrokkenen is niet verplicht.',
    en: 'The breach is unlikely to result in a high risk to the data subjects; informing them is not required.',
  },
  ART34_CONTROLLER_DECIDES: {
    legalReference: 'AVG art. 34 lid 1; AVG art. 33 lid 2; WP250rev.01 §II.A.4',
    nl: 'Of de betrokkenen geïnformeerd moeten worden, beslist de verwerkingsverantwoordelijke (de klant). Wij informeren hen alleen in opdracht van de klant.',
    en: 'Whether the data subjects must be informed is for the controller (the customer) to decide. We inform them only on the customer’s instruction.',
  },
  ART34_3A_UNINTELLIGIBLE: {
    legalReference: 'AVG art. 34 lid 3 sub a',
    nl: 'Zonder de versleuteling zou het datalek waarschijnlijk tot een hoog risico leiden, maar de gegevens zijn voor onbevoegden onbegrijpelijk. Informeren van de betrokkenen is daarom niet vereist.',
    en: 'Without the encryption the breach would likely result in a high risk, but the data are unintelligible to anyone unauthorised. Informing the data subjects is therefore not required.',
  },
  ART34_3B_SUBSEQUENT_MEASURES: {
    legalReference: 'AVG art. 34 lid 3 sub b',
    nl: 'Zonder de achteraf genomen maatregelen (bevestigde verwijdering door een betrouwbare ontvanger, herstel uit back-up) zou het datalek waarschijnlijk tot een hoog risico leiden; door die maatregelen zal dat hoge risico zich waarschijnlijk niet meer voordoen. Informeren van de betrokkenen is daarom niet vereist.',
    en: 'Without the subsequent measures (deletion confirmed by a trusted recipient, restoring from backup) the breach would likely result in a high risk; thanks to them that high risk is no longer likely to materialise. Informing the data subjects is therefore not required.',
  },
  ART34_3C_DISPROPORTIONATE: {
    legalReference: 'AVG art. 34 lid 3 sub c',
    nl: 'Er moeten {count} betrokkenen geïnformeerd worden. Als hen afzonderlijk bereiken een onevenredige inspanning vergt, mag in plaats daarvan een openbare mededeling of een even doeltreffende maatregel; dat is een afweging van de functionaris met schriftelijke onderbouwing, niet automatisch toegepast.',
    en: '{count} data subjects must be informed. If reaching them individually would involve disproportionate effort, a public communication or an equally effective measure may be used instead; that is a decision for the officer with a written justification, not applied automatically.',
  },
  UAVG_42_FINANCIAL: {
    legalReference: 'UAVG art. 42',
    nl: 'De verwerkingsverantwoordelijke is een financiële onderneming in de zin van de Wft: art. 34 AVG is niet van toepassing. Er is geen AVG-plicht om betrokkenen te informeren; de zorgplicht en meldingen onder de Wft (DNB/AFM) blijven gelden. Melden bij de AP (art. 33) blijft nodig bij een risico.',
    en: 'The controller is a financial undertaking under the Wft: GDPR art. 34 does not apply. There is no GDPR duty to inform the data subjects; the duty of care and reporting under the Wft (DNB/AFM) still apply. Notifying the AP (art. 33) is still required when there is a risk.',
  },
  PROCESSOR_ADVICE_UNLIKELY_RISK: {
    legalReference: 'AVG art. 33 lid 2; AVG art. 28 lid 3 sub f',
    nl: 'Advies aan de verwerkingsverantwoordelijke: op basis van deze feiten leidt het datalek waarschijnlijk niet tot een risico.',
    en: 'Advice to the controller: on these facts the breach is unlikely to result in a risk.',
  },
  PROCESSOR_ADVICE_RISK: {
    legalReference: 'AVG art. 33 lid 2; AVG art. 28 lid 3 sub f',
    nl: 'Advies aan de verwerkingsverantwoordelijke: op basis van deze feiten leidt het datalek waarschijnlijk tot een risico; melding bij de toezichthouder door de verwerkingsverantwoordelijke ligt voor de hand.',
    en: 'Advice to the controller: on these facts the breach is likely to result in a risk; the controller will likely have to notify its supervisory authority.',
  },
  PROCESSOR_ADVICE_HIGH_RISK: {
    legalReference: 'AVG art. 33 lid 2; AVG art. 28 lid 3 sub f',
    nl: 'Advies aan de verwerkingsverantwoordelijke: op basis van deze feiten leidt het datalek waarschijnlijk tot een hoog risico; melding bij de toezichthouder en het informeren van de betrokkenen door de verwerkingsverantwoordelijke liggen voor de hand.',
    en: 'Advice to the controller: on these facts the breach is likely to result in a high risk; the controller will likely have to notify its supervisory authority and inform the data subjects.',
  },
};

export type RuleParams = Readonly<Record<string, string | number>>;

function fill(template: string, params: RuleParams): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

export function fireRule(code: RuleCode, params: RuleParams = {}): FiredRule {
  const text = RULE_TEXTS[code];
  return {
    code,
    legalReference: text.legalReference,
    explanation: { nl: fill(text.nl, params), en: fill(text.en, params) },
  };
}

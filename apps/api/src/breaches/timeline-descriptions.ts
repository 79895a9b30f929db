interface Described {
  nl: string;
  en: string;
}

type Describe = (after: Record<string, unknown> | null, before: Record<string, unknown> | null) => Described;

const KIND_NL: Record<string, string> = { authority: 'melding aan de AP', customer: 'kennisgeving aan klant', data_subjects: 'informeren van betrokkenen' };
const KIND_EN: Record<string, string> = { authority: 'notification to the AP', customer: 'notice to customer', data_subjects: 'informing data subjects' };
const kind = (v: Record<string, unknown> | null) => String(v?.['kind'] ?? '');

/** "Beoordeling versie 2: melden aan AP vereist" from an `assessment.created` event. */
const describeAssessment: Describe = (a) => {
  const final = (a?.['final'] ?? {}) as { authority?: { required?: boolean; notifyController?: boolean } };
  const version = String(a?.['version'] ?? '');
  const overridden = a?.['override'] ? { nl: ' (handmatig aangepast)', en: ' (overridden)' } : { nl: '', en: '' };
  const outcome = final.authority?.required
    ? { nl: 'melden aan AP vereist', en: 'AP notification required' }
    : final.authority?.notifyController
      ? { nl: 'verwerkingsverantwoordelijke informeren', en: 'notify the controller' }
      : { nl: 'melden aan AP niet vereist', en: 'AP notification not required' };
  return {
    nl: `Beoordeling versie ${version}: ${outcome.nl}${overridden.nl}`,
    en: `Assessment version ${version}: ${outcome.en}${overridden.en}`,
  };
};

/** Human-readable timeline lines per audit action, in Dutch and English. */
const DESCRIPTIONS: Record<string, Describe> = {
  'breach.registered': (a) => ({ nl: `Datalek ${String(a?.['reference'] ?? '')} geregistreerd`, en: `Breach ${String(a?.['reference'] ?? '')} registered` }),
  'breach.updated': () => ({ nl: 'Gegevens van het datalek bijgewerkt', en: 'Breach facts updated' }),
  'breach.discovered_at_corrected': (a) => ({
    nl: `Ontdekkingsmoment gecorrigeerd: ${String(a?.['reason'] ?? '')}`,
    en: `Discovery time corrected: ${String(a?.['reason'] ?? '')}`,
  }),
  'breach.closed': () => ({ nl: 'Datalek gesloten', en: 'Breach closed' }),
  'obligation.created': (a) => ({ nl: `Verplichting aangemaakt: ${KIND_NL[kind(a)] ?? kind(a)}`, en: `Obligation created: ${KIND_EN[kind(a)] ?? kind(a)}` }),
  'obligation.removed': (_, b) => ({ nl: `Verplichting vervallen: ${KIND_NL[kind(b)] ?? kind(b)}`, en: `Obligation removed: ${KIND_EN[kind(b)] ?? kind(b)}` }),
  'obligation.due_at_recomputed': (a) => ({
    nl: `Termijn herberekend: ${KIND_NL[kind(a)] ?? kind(a)}`,
    en: `Deadline recomputed: ${KIND_EN[kind(a)] ?? kind(a)}`,
  }),
  'assessment.created': describeAssessment,
  'obligation.required_set': (a) => ({
    nl: `${a?.['required'] ? 'Vereist' : 'Niet vereist'} volgens beoordeling: ${KIND_NL[kind(a)] ?? kind(a)}`,
    en: `${a?.['required'] ? 'Required' : 'Not required'} per assessment: ${KIND_EN[kind(a)] ?? kind(a)}`,
  }),
};

export function describeAuditEvent(action: string, after: Record<string, unknown> | null, before: Record<string, unknown> | null): Described {
  const describe = DESCRIPTIONS[action];
  return describe ? describe(after, before) : { nl: action, en: action };
}

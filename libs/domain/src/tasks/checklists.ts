/** One line of a checklist template: becomes a task when a breach of its kind is registered. */
export interface ChecklistItem {
  title: string;
  /** Due this many hours after registration; null: no due date. */
  dueAfterHours: number | null;
}

/** Per kind of breach (its cause, as in @lekwacht/contracts' BREACH_CAUSES). */
export type Checklists = Record<string, ChecklistItem[]>;

export const MAX_TASK_TITLE = 200;
export const MAX_CHECKLIST_ITEMS = 30;
/** A year: a checklist step due later than that is not a step of breach handling. */
export const MAX_DUE_AFTER_HOURS = 24 * 365;

/**
 * The first checklists, in Dutch (the vendor's working language); admins rewrite them. The steps
 * follow what the AP and the ENISA method ask of a handler: contain, secure evidence, establish
 * who and what is affected, and record it.
 */
export const DEFAULT_CHECKLISTS: Checklists = {
  lost_or_stolen_device: [
    { title: 'Apparaat op afstand wissen of blokkeren', dueAfterHours: 4 },
    { title: 'Wachtwoorden en tokens op het apparaat intrekken', dueAfterHours: 4 },
    { title: 'Aangifte doen bij de politie en het proces-verbaal uploaden', dueAfterHours: 24 },
    { title: 'Vaststellen of de schijf versleuteld was', dueAfterHours: 24 },
    { title: 'Vaststellen welke klantgegevens op het apparaat stonden', dueAfterHours: 24 },
  ],
  misdirected_mail: [
    { title: 'Ontvanger vragen het bericht te verwijderen en dat te bevestigen', dueAfterHours: 4 },
    { title: 'Vaststellen welke gegevens in het bericht stonden', dueAfterHours: 24 },
    { title: 'Adresboek of verzendlijst corrigeren', dueAfterHours: 48 },
  ],
  malware: [
    { title: 'Besmette systemen isoleren', dueAfterHours: 2 },
    { title: 'Forensisch onderzoek starten en rapport uploaden', dueAfterHours: 48 },
    { title: 'Back-ups controleren op besmetting', dueAfterHours: 24 },
    { title: 'Vaststellen of gegevens zijn weggesluisd', dueAfterHours: 48 },
  ],
  hacking: [
    { title: 'Toegang van de aanvaller afsluiten', dueAfterHours: 2 },
    { title: 'Logbestanden veiligstellen', dueAfterHours: 4 },
    { title: 'Forensisch onderzoek starten en rapport uploaden', dueAfterHours: 48 },
  ],
  social_engineering: [
    { title: 'Gebruikte inloggegevens intrekken', dueAfterHours: 2 },
    { title: 'Vaststellen welke accounts en gegevens zijn ingezien', dueAfterHours: 24 },
    { title: 'Collega’s waarschuwen voor de phishingcampagne', dueAfterHours: 24 },
  ],
  employee_error: [
    { title: 'Fout herstellen en toegang beperken', dueAfterHours: 4 },
    { title: 'Vaststellen welke gegevens zijn betrokken', dueAfterHours: 24 },
  ],
  insider_misuse: [
    { title: 'Toegang van de betrokken medewerker blokkeren', dueAfterHours: 2 },
    { title: 'Logbestanden veiligstellen', dueAfterHours: 4 },
    { title: 'HR en juridische zaken inschakelen', dueAfterHours: 24 },
  ],
  other: [],
};

/** Problems with a checklist as an admin sent it, each naming its field (`items.<n>.title`…). */
export function checklistProblems(items: readonly ChecklistItem[]): string[] {
  if (items.length > MAX_CHECKLIST_ITEMS) return [`items must contain at most ${MAX_CHECKLIST_ITEMS} steps`];
  return items.flatMap((item, i) => {
    const problems: string[] = [];
    const title = typeof item.title === 'string' ? item.title.trim() : '';
    if (!title) problems.push(`items.${i}.title must not be empty`);
    else if ([...title].length > MAX_TASK_TITLE)
      problems.push(`items.${i}.title must be at most ${MAX_TASK_TITLE} characters`);
    const hours = item.dueAfterHours;
    if (hours !== null && !(Number.isInteger(hours) && hours >= 0 && hours <= MAX_DUE_AFTER_HOURS))
      problems.push(`items.${i}.dueAfterHours must be a whole number from 0 to ${MAX_DUE_AFTER_HOURS}, or null`);
    return problems;
  });
}

/** The tasks a checklist gives a breach registered at `registeredAt`, in checklist order. */
export function tasksFromChecklist(
  items: readonly ChecklistItem[],
  registeredAt: Date,
): { title: string; dueAt: Date | null; position: number }[] {
  return items.map((item, position) => ({
    title: item.title.trim(),
    dueAt: item.dueAfterHours === null ? null : new Date(registeredAt.getTime() + item.dueAfterHours * 3_600_000),
    position,
  }));
}

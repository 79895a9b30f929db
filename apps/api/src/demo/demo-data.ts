import type { UserRole } from '@lekwacht/contracts';

export const DEMO_USERS: { email: string; name: string; role: UserRole }[] = [
  { email: 'officer@lekwacht.test', name: 'Olga Officier', role: 'officer' },
  { email: 'manager@lekwacht.test', name: 'Maarten Manager', role: 'manager' },
  { email: 'manager2@lekwacht.test', name: 'Mirjam de Directeur', role: 'manager' },
  { email: 'admin@lekwacht.test', name: 'Ada Beheerder', role: 'admin' },
];

export const DEMO_CUSTOMERS = [
  {
    name: 'Gemeente Waterland',
    contactPersonName: 'Sanne de Vries',
    contactPersonEmail: 'privacy@waterland.example',
    managementName: 'Directie Waterland',
    managementEmail: 'directie@waterland.example',
    language: 'nl' as const,
  },
  {
    name: 'Zorggroep Noord',
    contactPersonName: null,
    contactPersonEmail: null,
    managementName: 'Raad van Bestuur Zorggroep Noord',
    managementEmail: 'bestuur@zorggroepnoord.example',
    language: 'nl' as const,
  },
  {
    name: 'Brightside Logistics B.V.',
    contactPersonName: 'James Carter',
    contactPersonEmail: 'dpo@brightside.example',
    managementName: 'Brightside Management',
    managementEmail: 'management@brightside.example',
    language: 'en' as const,
  },
  {
    name: 'Fietsenmakerij Hollands Glorie',
    contactPersonName: null,
    contactPersonEmail: null,
    managementName: 'Eigenaar Hollands Glorie',
    managementEmail: 'eigenaar@hollandsglorie.example',
    language: 'nl' as const,
  },
];

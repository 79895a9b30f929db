import type { UserRole } from '@lekwacht/contracts';

export const DEMO_USERS: { email: string; name: string; role: UserRole }[] = [
  { email: 'officer@lekwacht.test', name: 'Olga Officier', role: 'officer' },
  { email: 'manager@lekwacht.test', name: 'Maarten Manager', role: 'manager' },
  { email: 'manager2@lekwacht.test', name: 'Mirjam de Directeur', role: 'manager' },
  { email: 'admin@lekwacht.test', name: 'Ada Beheerder', role: 'admin' },
];

import { BREACH_CAUSES, CUSTOMER_ROLES } from './breaches';
import { USER_ROLES } from './users';

describe('shared enums match API.md', () => {
  it('lists the breach causes of API.md in order', () => {
    expect(BREACH_CAUSES).toEqual([
      'hacking',
      'malware',
      'lost_or_stolen_device',
      'misdirected_mail',
      'employee_error',
      'insider_misuse',
      'social_engineering',
      'other',
    ]);
  });

  it('has the three user roles and both processing roles', () => {
    expect(USER_ROLES).toEqual(['officer', 'manager', 'admin']);
    expect(CUSTOMER_ROLES).toEqual(['controller', 'processor']);
  });
});

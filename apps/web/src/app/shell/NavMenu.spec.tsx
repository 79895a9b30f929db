import { AppShell } from '@mantine/core';
import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { User, UserRole } from '../../api/types';
import { renderWithProviders } from '../../testing/render-with-providers';
import { NavMenu } from './NavMenu';

const userWith = (role: UserRole): User => ({
  id: 'u1',
  email: `${role}@lekwacht.test`,
  name: 'Test Persoon',
  role,
  language: 'nl',
  active: true,
});

const inShell = (nav: ReactElement) => (
  <AppShell navbar={{ width: 240, breakpoint: 'sm' }}>
    <AppShell.Navbar>{nav}</AppShell.Navbar>
  </AppShell>
);

const linkNames = () => screen.getAllByRole('link').map((link) => link.textContent);

describe('NavMenu', () => {
  it.each<[UserRole, string[]]>([
    ['officer', ['Klokbord', 'Mijn werk', 'Datalekken', 'Rapportages', 'Mailbox', 'Mijn account']],
    ['manager', ['Klokbord', 'Mijn werk', 'Datalekken', 'Rapportages', 'Auditlog', 'Mijn account']],
    [
      'admin',
      [
        'Gebruikers',
        'Klanten',
        'Escalatiebeleid',
        'Checklists',
        'Sjablonen kennisgeving',
        'Organisatie',
        'Webhooks',
        'Mijn werk',
        'Mailbox',
        'Auditlog',
        'Mijn account',
      ],
    ],
  ])('shows %s their sections', (role, expected) => {
    renderWithProviders(inShell(<NavMenu user={userWith(role)} />));
    expect(linkNames()).toEqual(expected);
  });

  it('marks the current page', () => {
    renderWithProviders(inShell(<NavMenu user={userWith('admin')} />), { route: '/admin/customers' });
    expect(screen.getByRole('link', { current: 'page' }).textContent).toBe('Klanten');
  });
});

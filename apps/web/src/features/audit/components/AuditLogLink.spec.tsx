import { screen } from '@testing-library/react';
import type { User } from '../../../api/types';
import { renderWithProviders, testQueryClient } from '../../../testing/render-with-providers';
import { meQueryKey } from '../../../shared/session/auth-api';
import { AuditLogLink } from './AuditLogLink';

const BREACH = '5f0c2d1e-7a3b-4c5d-8e9f-0a1b2c3d4e5f';

function renderAs(role: User['role']) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, { id: 'u1', role, language: 'nl', email: 'x@y', name: 'X', active: true });
  return renderWithProviders(<AuditLogLink breachId={BREACH} />, { queryClient });
}

describe('AuditLogLink', () => {
  it("takes a manager to the breach's events in the audit log", () => {
    renderAs('manager');
    expect(screen.getByRole('link', { name: 'Alle gebeurtenissen in de auditlog' }).getAttribute('href')).toBe(
      `/audit?breachId=${BREACH}`,
    );
  });

  it('is not shown to officers, who may not read the audit log', () => {
    renderAs('officer');
    expect(screen.queryByRole('link')).toBeNull();
  });
});

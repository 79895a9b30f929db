import type { ProcessingRole } from '../assessment/assessment-input';

/**
 * Our role for the breach as a whole follows from the customers' slices: controller as soon as we
 * are controller for some of the data (then the AP and data-subject duties are ours), processor
 * when every affected customer's data is processed on its behalf (then each customer decides, and
 * our duty is to tell it, art. 33(2)). With no affected customer the data is our own, so the
 * officer's stated role stands.
 */
export function deriveBreachRole(
  slices: readonly { role: ProcessingRole }[],
  stated: ProcessingRole = 'controller',
): ProcessingRole {
  if (slices.length === 0) return stated;
  return slices.some((s) => s.role === 'controller') ? 'controller' : 'processor';
}

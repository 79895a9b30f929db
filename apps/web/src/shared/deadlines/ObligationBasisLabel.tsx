import { Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { type BasisInput, type BasisKind, basisOf } from './basis';

/** Statutory, contractual and our own commitment each in their own colour (text stays the carrier). */
export const BASIS_COLOR: Record<BasisKind, string> = {
  statutory: 'blue.8',
  contractual: 'grape.8',
  commitment: 'dimmed',
};

/**
 * What a duty rests on, in words: "Wettelijk · AVG art. 33" (the AP), "Contractueel ·
 * verwerkersovereenkomst" (a customer's agreement) or "Afspraak · 48 uur" (the privacy
 * statement's default), so statutory and contractual duties read as different kinds side by side.
 * Plain text (no badge). The clock board renders the same text from its rows' own `t` (see
 * BasisText there), so 1,000 rows do not each subscribe to the language.
 */
export const ObligationBasisLabel = memo(function ObligationBasisLabel({
  obligation,
  size = 'xs',
}: {
  obligation: BasisInput;
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  const basis = basisOf(obligation);
  return (
    <Text
      span
      size={size}
      c={BASIS_COLOR[basis.kind]}
      fw={500}
      data-basis={basis.kind}
      style={{ whiteSpace: 'nowrap' }}
    >
      {t(basis.key, basis.params)}
    </Text>
  );
});

import {
  createTheme,
  defaultVariantColorsResolver,
  type MantineColorsTuple,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/** Deep teal: calm, trustworthy, clearly not the scaffold blue. */
const lekwacht: MantineColorsTuple = [
  '#e7f6f4',
  '#d3ebe8',
  '#a8d6d0',
  '#79c0b7',
  '#53ada3',
  '#3aa196',
  '#2b9a8e',
  '#1b8579',
  '#0b6e64',
  '#005e55',
];

/** Muted slate for neutral text and surfaces. */
const slate: MantineColorsTuple = [
  '#f3f5f7',
  '#e6e9ed',
  '#cbd2da',
  '#adb8c5',
  '#94a3b3',
  '#8394a7',
  '#7a8ca2',
  '#68798e',
  '#5b6b80',
  '#4b5c72',
];

const fontStack = 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Light and filled variants with Mantine's default shades fail WCAG AA contrast for small text
 * (e.g. green text on pale green, white on red-6); use the darkest shade for light-variant text
 * and a darker fill, so badges and chips pass axe.
 */
const DARK_LIGHT_TEXT: Record<string, string> = { green: '#1d5b2b', teal: '#0b5247' };

const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  if (!parsed.isThemeColor) return resolved;
  if (input.variant === 'light') {
    // shade 9 of yellow, lime and orange (and, barely, green and teal: 3.8:1 and 4.3:1) is
    // still too light on their pale background
    const text = ['yellow', 'lime', 'orange'].includes(parsed.color)
      ? '#5c3a00'
      : (DARK_LIGHT_TEXT[parsed.color] ?? `var(--mantine-color-${parsed.color}-9)`);
    return { ...resolved, color: text };
  }
  if (
    input.variant === 'filled' &&
    parsed.shade === undefined &&
    [
      'red',
      'green',
      'orange',
      'yellow',
      'teal',
      'cyan',
      'lime',
      'grape',
      'pink',
      'violet',
      'blue',
      'indigo',
      'gray',
    ].includes(parsed.color)
  ) {
    const dark = ['yellow', 'lime', 'orange'].includes(parsed.color);
    return {
      ...resolved,
      background: `var(--mantine-color-${parsed.color}-9)`,
      hover: `var(--mantine-color-${parsed.color}-8)`,
      color: dark ? 'var(--mantine-color-black)' : 'var(--mantine-color-white)',
    };
  }
  return resolved;
};

export const theme = createTheme({
  variantColorResolver,
  primaryColor: 'lekwacht',
  primaryShade: { light: 8, dark: 6 },
  colors: { lekwacht, slate },
  fontFamily: fontStack,
  headings: { fontFamily: fontStack, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', shadow: 'xs' } },
    Paper: { defaultProps: { radius: 'md' } },
    Badge: { defaultProps: { radius: 'sm' } },
    Modal: {
      defaultProps: {
        centered: true,
        radius: 'md',
        overlayProps: { backgroundOpacity: 0.45, blur: 2 },
      },
      styles: {
        title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' },
      },
    },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
  },
});

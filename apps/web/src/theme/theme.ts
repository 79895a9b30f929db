import { createTheme, type MantineColorsTuple } from '@mantine/core';

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

const fontStack =
  'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
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
      defaultProps: { centered: true, radius: 'md', overlayProps: { backgroundOpacity: 0.45, blur: 2 } },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
  },
});

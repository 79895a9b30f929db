interface LogoMarkProps {
  size?: number;
}

/** Lekwacht's mark: a shield with a watchful eye. Decorative; the name is always next to it. */
export function LogoMark({ size = 32 }: LogoMarkProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path
        d="M16 2 4 6.5v8.2c0 7.4 5.1 13.3 12 15.3 6.9-2 12-7.9 12-15.3V6.5L16 2Z"
        fill="var(--mantine-color-lekwacht-8)"
      />
      <path
        d="M7.5 16c2.2-3.4 5.1-5.2 8.5-5.2s6.3 1.8 8.5 5.2c-2.2 3.4-5.1 5.2-8.5 5.2s-6.3-1.8-8.5-5.2Z"
        fill="#fff"
      />
      <circle cx="16" cy="16" r="3.1" fill="var(--mantine-color-lekwacht-8)" />
      <circle cx="17.1" cy="14.9" r="0.9" fill="#fff" />
    </svg>
  );
}

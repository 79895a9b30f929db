import { useEffect } from 'react';

/** "<page> · Lekwacht" in the browser tab, announced by screen readers on navigation. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Lekwacht`;
  }, [title]);
}

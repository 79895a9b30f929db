import { LOGO_MEDIA_TYPES, MAX_LOGO_BYTES } from '@lekwacht/domain';

export type LogoFileProblem = 'type' | 'size';

/** Checked before upload so the admin learns at once; the API checks the same (and the bytes). */
export function logoFileProblem(file: Pick<File, 'type' | 'size'>): LogoFileProblem | null {
  if (!(LOGO_MEDIA_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > MAX_LOGO_BYTES) return 'size';
  return null;
}

export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

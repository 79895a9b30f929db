import { type EntityManager, IsNull } from 'typeorm';
import { EvidenceFileEntity } from './evidence-file.entity';

/** An evidence file's name and hash, as the AP form's attachments list them. */
export interface EvidenceReference {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
}

/** The breach's evidence that is still there (not deleted), oldest first; never the bytes. */
export function evidenceReferences(m: EntityManager, breachId: string): Promise<EvidenceReference[]> {
  return m.find(EvidenceFileEntity, {
    select: { fileName: true, mediaType: true, sizeBytes: true, sha256: true, uploadedAt: true },
    where: { breachId, deletedAt: IsNull() },
    order: { uploadedAt: 'ASC', id: 'ASC' },
  });
}

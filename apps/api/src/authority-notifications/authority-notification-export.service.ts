import type { FormLanguage } from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { type AuthorityNotificationExport, buildAuthorityNotificationExport } from './authority-notification-export';
import { renderAuthorityNotificationPdf } from './authority-notification-pdf';
import { AuthorityNotificationsService } from './authority-notifications.service';

/** The content for the AP's form, by section: as JSON, or as a PDF to sign off. */
@Injectable()
export class AuthorityNotificationExportService {
  constructor(private readonly notifications: AuthorityNotificationsService) {}

  async json(breachId: string, language: FormLanguage): Promise<AuthorityNotificationExport> {
    const snapshot = await this.notifications.snapshotOf(breachId);
    return buildAuthorityNotificationExport(snapshot, language, new Date());
  }

  /** The PDF with the file name it is downloaded as ("DL-2026-0001-melding-AP-nl.pdf"). */
  async pdf(breachId: string, language: FormLanguage): Promise<{ fileName: string; pdf: Buffer }> {
    const model = await this.json(breachId, language);
    const pdf = await renderAuthorityNotificationPdf(model);
    return { fileName: `${model.breach.reference}-melding-AP-${language}.pdf`, pdf };
  }
}

import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { contentDisposition } from './evidence-type';
import { EVIDENCE_FIELD, EvidenceUploadInterceptor } from './evidence-upload.interceptor';
import { DeleteEvidenceDto, EvidenceFileDto, EvidenceSettingsDto } from './evidence.dto';
import { EvidenceService, type UploadedEvidence } from './evidence.service';

/**
 * Evidence files of a breach. Listed, uploaded and downloaded by those who may read the breach
 * (officers and managers, as GET /api/breaches/{id}); deleted only by a manager, with a reason.
 */
@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  /** The upload limit and the accepted media types. */
  @Roles('officer', 'manager')
  @Get('evidence/settings')
  settings(): EvidenceSettingsDto {
    return this.evidence.settings();
  }

  @Roles('officer', 'manager')
  @Get('breaches/:id/evidence')
  @ApiOkResponse({ type: [EvidenceFileDto] })
  list(@Param('id', new ParseUUIDPipe()) id: string): Promise<EvidenceFileDto[]> {
    return this.evidence.list(id);
  }

  /**
   * Uploads one file (multipart/form-data, field `file`): 413 over EVIDENCE_MAX_BYTES, 415 for
   * content off the allow-list (read from the bytes, not the name); nothing is stored then.
   */
  @Roles('officer', 'manager')
  @Post('breaches/:id/evidence')
  @UseInterceptors(EvidenceUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [EVIDENCE_FIELD],
      properties: { [EVIDENCE_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  upload(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @UploadedFile() file: UploadedEvidence | undefined,
  ): Promise<EvidenceFileDto> {
    return this.evidence.upload({ ...actorOf(user), id: user.id }, id, file);
  }

  /**
   * The file itself, always as an attachment with its stored media type, `nosniff` and a
   * sandboxing CSP, so no upload is ever rendered as a page of this site.
   */
  @Roles('officer', 'manager')
  @Get('breaches/:id/evidence/:evidenceId/content')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, as an attachment' })
  async content(
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('evidenceId', new ParseUUIDPipe()) evidenceId: string,
  ): Promise<void> {
    const { file, bytes } = await this.evidence.content(id, evidenceId);
    const text = file.mediaType.startsWith('text/');
    res.setHeader('Content-Type', text ? `${file.mediaType}; charset=utf-8` : file.mediaType);
    res.setHeader('Content-Disposition', contentDisposition(file.fileName));
    res.setHeader('Content-Length', String(bytes.length));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    // RFC 9530: the receiver can check what it got against the hash in the audit trail.
    res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);
    res.end(bytes);
  }

  /** Deletes the bytes; the row stays as a tombstone and the audit keeps name, hash and reason. */
  @Roles('manager')
  @Delete('breaches/:id/evidence/:evidenceId')
  @ApiOkResponse({ type: EvidenceFileDto })
  delete(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('evidenceId', new ParseUUIDPipe()) evidenceId: string,
    @Body() body: DeleteEvidenceDto,
  ): Promise<EvidenceFileDto> {
    return this.evidence.delete({ ...actorOf(user), id: user.id }, id, evidenceId, body.reason);
  }
}

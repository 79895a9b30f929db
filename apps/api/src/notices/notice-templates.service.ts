import { LANGUAGES, type Language } from '@lekwacht/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../audit/actor';
import { UnitOfWork } from '../database/unit-of-work';
import { InvalidInputError, NotFoundError } from '../errors/domain-errors';
import {
  type CompiledNoticeTemplate,
  compileNoticeTemplate,
  DEFAULT_TEMPLATES,
  noticeTemplateFields,
  type NoticeTemplateSource,
  sampleContext,
  TemplateError,
} from './notice-rendering';
import {
  type NoticePreviewDto,
  type NoticeTemplateDto,
  type PreviewNoticeTemplateDto,
  type PutNoticeTemplateDto,
  toTemplateDto,
} from './notice.dto';
import { NoticeTemplateEntity } from './notice-template.entity';
import type { NoticeTemplateFieldsDto } from './notice-template-fields.dto';

export const isLanguage = (l: string): l is Language => (LANGUAGES as readonly string[]).includes(l);

/** Reads, validates and compiles the notice templates (compiled once per language and version). */
@Injectable()
export class NoticeTemplatesService {
  private readonly cache = new Map<string, CompiledNoticeTemplate>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** Sample values come from the Dutch processor sample: every field has one there. */
  fields(): NoticeTemplateFieldsDto {
    const { leaves, conditions } = noticeTemplateFields();
    const sample = sampleContext('nl', true) as unknown as Record<string, unknown>;
    const valueAt = (path: string): unknown =>
      path
        .split('.')
        .reduce<unknown>(
          (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
          sample,
        );
    return {
      fields: [...leaves].sort().map((path) => {
        const v = valueAt(path);
        return { path, sample: v === null || v === undefined ? '' : String(v) };
      }),
      conditions: [...conditions].sort(),
    };
  }

  async list(): Promise<NoticeTemplateDto[]> {
    const rows = await this.dataSource.getRepository(NoticeTemplateEntity).find();
    return LANGUAGES.map((language) =>
      toTemplateDto(rows.find((r) => r.language === language) ?? this.defaultRow(language)),
    );
  }

  /** The template sources in force, read through the caller's manager (safe inside a transaction). */
  async sources(manager: EntityManager): Promise<Map<Language, NoticeTemplateEntity>> {
    const rows = await manager.find(NoticeTemplateEntity);
    return new Map(LANGUAGES.map((l) => [l, rows.find((r) => r.language === l) ?? this.defaultRow(l)]));
  }

  /** Compiled once per (language, source); cheap to call per notice. */
  compiled(t: NoticeTemplateSource & { language: Language }): CompiledNoticeTemplate {
    const key = `${t.language}\u0000${t.subject}\u0000${t.body}`;
    let c = this.cache.get(key);
    if (!c) {
      c = compileNoticeTemplate(t);
      if (this.cache.size > 20) this.cache.clear();
      this.cache.set(key, c);
    }
    return c;
  }

  put(actor: Actor, language: string, dto: PutNoticeTemplateDto): Promise<NoticeTemplateDto> {
    const lang = this.language(language);
    this.validate(lang, dto);
    return this.uow.run(actor, async (tx) => {
      const existing = await tx.manager.findOneBy(NoticeTemplateEntity, { language: lang });
      const before = existing ? toTemplateDto(existing) : null;
      const row = existing ?? tx.manager.create(NoticeTemplateEntity, { language: lang });
      row.subject = dto.subject;
      row.body = dto.body;
      row.updatedBy = actor.label;
      await tx.manager.save(row);
      const after = toTemplateDto(row);
      tx.audit({ action: 'notice_template.updated', entityType: 'notice_template', entityId: lang, before, after });
      return after;
    });
  }

  async preview(language: string, dto: PreviewNoticeTemplateDto): Promise<NoticePreviewDto> {
    const lang = this.language(language);
    const stored = (await this.sources(this.dataSource.manager)).get(lang) ?? this.defaultRow(lang);
    const source = {
      language: lang,
      subject: dto.subject ?? stored.subject,
      body: dto.body ?? stored.body,
    };
    const compiled = this.checked(source);
    const ctx = sampleContext(lang);
    return this.invalidOnTemplateError(() => ({
      subject: compiled.subject(ctx),
      text: compiled.text(ctx),
      html: compiled.html(ctx),
    }));
  }

  /** 400 naming the part when a template may not be used, does not compile or fails on sample data. */
  private validate(language: Language, src: NoticeTemplateSource): void {
    const compiled = this.checked({ ...src, language });
    const processor = sampleContext(language, true);
    const samples = [
      processor,
      sampleContext(language, false),
      {
        ...processor,
        kind: 'supplementary' as const,
        supplementary: true,
        previousSentAt: processor.breach.discoveredAt,
      },
    ];
    for (const ctx of samples) {
      this.invalidOnTemplateError(() => [compiled.subject(ctx), compiled.text(ctx), compiled.html(ctx)]);
    }
  }

  private checked(src: NoticeTemplateSource & { language: Language }): CompiledNoticeTemplate {
    return this.invalidOnTemplateError(() => compileNoticeTemplate(src));
  }

  private invalidOnTemplateError<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof TemplateError) throw new InvalidInputError([err.message]);
      throw err;
    }
  }

  private language(language: string): Language {
    if (!isLanguage(language)) throw new NotFoundError('notice template', language);
    return language;
  }

  private defaultRow(language: Language): NoticeTemplateEntity {
    const d = DEFAULT_TEMPLATES[language];
    return Object.assign(new NoticeTemplateEntity(), {
      language,
      ...d,
      updatedBy: null,
      updatedAt: null as unknown as Date,
    });
  }
}

import {
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_PRESETS,
  type WebhookEventType,
  type WebhookLanguage,
  type WebhookPreset,
} from '@lekwacht/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Trim } from '../http/trim.decorator';
import { WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryStatus } from './webhook-delivery.entity';

const LANGUAGES = ['nl', 'en'] as const;

export class CreateWebhookDto {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  /** http:// or https:// only; any host (internal chat servers too). */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  url!: string;

  @ApiProperty({ enum: WEBHOOK_PRESETS })
  @IsIn(WEBHOOK_PRESETS)
  preset!: WebhookPreset;

  @ApiProperty({ enum: LANGUAGES, required: false, description: 'language of chat messages (default nl)' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: WebhookLanguage;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events!: WebhookEventType[];

  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateWebhookDto {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  url?: string;

  @ApiProperty({ enum: WEBHOOK_PRESETS, required: false })
  @IsOptional()
  @IsIn(WEBHOOK_PRESETS)
  preset?: WebhookPreset;

  @ApiProperty({ enum: LANGUAGES, required: false })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: WebhookLanguage;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, required: false })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events?: WebhookEventType[];

  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class WebhookDeliveryDto {
  id!: string;
  @ApiProperty({ enum: [...WEBHOOK_EVENT_TYPES, 'webhook.test'] })
  eventType!: string;
  @ApiProperty({ enum: WEBHOOK_DELIVERY_STATUSES })
  status!: WebhookDeliveryStatus;
  attempts!: number;
  @ApiProperty({ type: Number, nullable: true })
  lastStatusCode!: number | null;
  @ApiProperty({ type: Number, nullable: true })
  lastDurationMs!: number | null;
  @ApiProperty({ type: String, nullable: true })
  lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastAttemptAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'next try while queued' })
  nextAttemptAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the breach reference, when about a breach' })
  breachReference!: string | null;
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
}

export class WebhookDto {
  id!: string;
  name!: string;
  /** Masked: no query, user info or token-like path segments (chat URLs carry their credential). */
  url!: string;
  @ApiProperty({ enum: WEBHOOK_PRESETS })
  preset!: WebhookPreset;
  @ApiProperty({ enum: LANGUAGES })
  language!: WebhookLanguage;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  events!: WebhookEventType[];
  enabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: string;
  /** Deliveries given up on; the log shows which. */
  failedDeliveries!: number;
  @ApiProperty({ type: WebhookDeliveryDto, nullable: true })
  lastDelivery!: WebhookDeliveryDto | null;
}

export class WebhookWithSecretDto extends WebhookDto {
  /** Shown once: the receiver checks X-Lekwacht-Signature with it. */
  secret!: string;
}

export class WebhookSecretDto {
  /** Shown once. */
  secret!: string;
}

export class WebhookDeliveriesQuery {
  @ApiProperty({ required: false, minimum: 1, default: 1 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiProperty({ required: false, minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class WebhookDeliveriesPageDto {
  @ApiProperty({ type: [WebhookDeliveryDto] })
  items!: WebhookDeliveryDto[];
  total!: number;
  page!: number;
  pageSize!: number;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsISO8601, Matches, Max, Min } from 'class-validator';

const HEX64 = /^[0-9a-f]{64}$/;

export class BrokenLinkDto {
  seq!: string;
  reason!: string;
}

/** GET /api/audit/verify: whether the chain holds, and the head it reached. */
export class AuditVerificationDto {
  ok!: boolean;
  /** Events verified (up to the break when broken). */
  events!: number;
  /** The head as stored: last seq and its hash (0 and 64 zeros on an empty chain). */
  seq!: number;
  headHash!: string;
  /** Events in the log. */
  count!: number;
  @ApiProperty({ required: false, type: BrokenLinkDto })
  brokenAt?: BrokenLinkDto;
}

/** A signed checkpoint, as downloaded and as posted back to be checked. */
export class AuditCheckpointDto {
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  seq!: number;

  @Matches(HEX64, { message: 'headHash must be 64 lowercase hex characters' })
  headHash!: string;

  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  count!: number;

  @IsISO8601({ strict: true })
  createdAt!: string;

  @Matches(/^[0-9a-f]{16}$/, { message: 'keyId must be 16 lowercase hex characters' })
  keyId!: string;

  @Matches(HEX64, { message: 'signature must be 64 lowercase hex characters' })
  signature!: string;
}

export class CheckpointVerificationDto {
  ok!: boolean;
  @ApiProperty({ enum: ['valid', 'invalid', 'unknown-key'] })
  signature!: 'valid' | 'invalid' | 'unknown-key';
  @ApiProperty({ nullable: true, type: Boolean })
  chainVerified!: boolean | null;
  @ApiProperty({ nullable: true, type: Boolean })
  databaseMatches!: boolean | null;
  @ApiProperty({ required: false, type: BrokenLinkDto })
  brokenAt?: BrokenLinkDto;
  reason!: string;
}

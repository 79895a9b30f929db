import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One problem of an error body (see field-error.ts), documented for the generated client. */
export class FieldErrorDto {
  @ApiProperty({ description: 'The input field, dot-separated ("affectedCustomers.0.role"); "" for the whole request' })
  path!: string;

  @ApiProperty({ description: 'The check that failed, e.g. required, maxLength, isInstant, notInFuture, conflict' })
  rule!: string;

  @ApiProperty({ description: 'The same problem in English, for people' })
  message!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Values the rule was checked against, e.g. { "limit": 300 } or { "other": "occurredAt" }',
  })
  params?: Record<string, string | number>;
}

/** Every 4xx/5xx answer of the API. */
export class ErrorBodyDto {
  @ApiProperty()
  statusCode!: number;

  @ApiProperty({ description: 'The HTTP reason phrase' })
  error!: string;

  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] })
  message!: string | string[];

  @ApiProperty({
    type: [FieldErrorDto],
    required: false,
    description: 'Present on 400, 403, 404, 409, 413 and 429: each problem with its field path and rule',
  })
  errors?: FieldErrorDto[];
}

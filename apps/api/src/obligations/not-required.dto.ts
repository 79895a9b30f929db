import { IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../http/trim.decorator';

export class ProposeNotRequiredDto {
  /** Why the duty does not apply (e.g. "unlikely to result in a risk", art. 33(1)); kept in the register. */
  @Trim()
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  rationale!: string;
}

export class RejectNotRequiredDto {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  reason!: string;
}

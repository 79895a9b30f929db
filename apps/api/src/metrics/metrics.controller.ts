import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { UnauthenticatedError } from '../errors/domain-errors';
import { MetricsService } from './metrics.service';

/**
 * Prometheus scrape endpoint (docs/operations.md § Metrics). No session: the METRICS_TOKEN bearer
 * token protects it, and without that setting the route answers 404 as if it did not exist.
 */
@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Public()
  @Get()
  @ApiBearerAuth()
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format 0.0.4', schema: { type: 'string' } })
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    try {
      this.metrics.authorize(authorization);
    } catch (err) {
      if (err instanceof UnauthenticatedError) res.setHeader('WWW-Authenticate', 'Bearer realm="lekwacht-metrics"');
      throw err;
    }
    const { contentType, body } = await this.metrics.scrape();
    res.setHeader('Content-Type', contentType);
    res.setHeader('Cache-Control', 'no-store');
    return body;
  }
}

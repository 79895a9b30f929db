import { Module } from '@nestjs/common';
import { BreachesModule } from '../breaches/breaches.module';
import { MyWorkController } from './my-work.controller';
import { MyWorkService } from './my-work.service';

/** Issue #18 point 5: the "my work" page's one request. Reads only; changes happen where each item links. */
@Module({
  imports: [BreachesModule],
  controllers: [MyWorkController],
  providers: [MyWorkService],
})
export class MyWorkModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CustomerEntity } from './customer.entity';
import { CustomersController } from './customers.controller';
import { CustomersService } from './customers.service';
import { CustomerClocksService } from './customer-clocks.service';
import { NotificationTermsController } from './notification-terms.controller';
import { NotificationTermsService } from './notification-terms.service';

@Module({
  imports: [TypeOrmModule.forFeature([CustomerEntity])],
  controllers: [CustomersController, NotificationTermsController],
  providers: [CustomersService, NotificationTermsService, CustomerClocksService],
  exports: [CustomersService],
})
export class CustomersModule {}

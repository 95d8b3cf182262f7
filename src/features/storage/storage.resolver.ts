import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { LocalDateScalar } from '../../graphql/local-date';
import { Customer } from '../customers/customer.entity';
import { StorageAreaNotice } from './storage-area-notice.entity';
import { StorageOccupancy } from './storage-occupancy.entity';

@Resolver(() => StorageOccupancy)
export class StorageResolver {
  @Mutation(() => StorageOccupancy, { description: 'Records the warehouse area a customer occupies (ORDER_CLERK, MANAGER, DIRECTOR) and writes the notice that tells the customer.' })
  recordStorageOccupancy(
    @Arg('customerId', () => ID, { description: 'The warehouse customer occupying the area.' }) customerId: string,
    @Arg('areaSquareMeters', () => Float, { description: 'Area in m², at most two decimals.' }) area: number,
    @Arg('from', () => LocalDateScalar, { description: 'First day occupied.' }) from: string,
    @Arg('to', () => LocalDateScalar, { nullable: true, description: 'Last day occupied; omit while open.' }) to: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.storage.record(ctx.actor!, customerId, area, from, to ?? null);
  }

  @Query(() => [StorageAreaNotice], { description: 'Storage area notices to pass on to customers, newest first (a salesperson sees own customers\' only).' })
  storageAreaNotices(@Arg('customerId', () => ID, { description: 'Only the notices of this customer.', nullable: true }) customerId: string | null, @Ctx() ctx: Context) {
    return ctx.services.storage.notices(ctx.actor!, customerId);
  }

  @FieldResolver(() => Float, { description: 'Area in m².' })
  areaSquareMeters(@Root() o: StorageOccupancy) {
    return o.areaCentiSquareMeters / 100;
  }

  @FieldResolver(() => Customer, { description: 'The customer occupying the area.' })
  customer(@Root() o: StorageOccupancy, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(o.customerId);
  }
}

@Resolver(() => StorageAreaNotice)
export class StorageAreaNoticeResolver {
  @FieldResolver(() => Customer, { description: 'The customer told.' })
  customer(@Root() n: StorageAreaNotice, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(n.customerId);
  }
}

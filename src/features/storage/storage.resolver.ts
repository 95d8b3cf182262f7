import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { LocalDateScalar } from '../../graphql/local-date';
import { Customer } from '../customers';
import { StorageAreaNotice } from './storage-area-notice.entity';
import { StorageOccupancy } from './storage-occupancy.entity';
import { signedIn } from '../../auth/actor';

@Resolver(() => StorageOccupancy)
export class StorageResolver {
  @Mutation(() => StorageOccupancy, {
    description:
      'Records the warehouse area a customer occupies from a day (ORDER_CLERK, MANAGER, DIRECTOR) and writes the notice that tells the customer. On any day a customer occupies one area: an open occupancy begun earlier ends the day before `from`; any other occupancy sharing a day is BAD_USER_INPUT (end or shorten it first). Days inside the period of a live (ISSUED or CONFIRMED) statement never change: CONFLICT.',
  })
  recordStorageOccupancy(
    @Arg('customerId', () => ID, { description: 'The warehouse customer occupying the area.' }) customerId: string,
    @Arg('areaSquareMeters', () => Float, { description: 'Area in m², at most two decimals.' }) area: number,
    @Arg('from', () => LocalDateScalar, { description: `First day occupied. ${WINDOW_TEXT.any}` }) from: string,
    @Arg('to', () => LocalDateScalar, {
      nullable: true,
      description: `Last day occupied, not before from; omit while open. ${WINDOW_TEXT.any}`,
    })
    to: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.storage.record(signedIn(ctx), customerId, area, from, to ?? null);
  }

  @Mutation(() => StorageOccupancy, {
    description:
      'Ends an occupancy (ORDER_CLERK, MANAGER, DIRECTOR): its last occupied day becomes lastDay (storage is charged up to and including it), and a notice tells the customer. Moving the end later may not reach another occupancy (BAD_USER_INPUT); days inside the period of a live (ISSUED or CONFIRMED) statement never change: CONFLICT.',
  })
  endStorageOccupancy(
    @Arg('id', () => ID, { description: 'The storage occupancy (仓储占用) to end.' }) id: string,
    @Arg('lastDay', () => LocalDateScalar, {
      description: `The last day occupied, not before the occupancy's first day. ${WINDOW_TEXT.any}`,
    })
    lastDay: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.storage.end(signedIn(ctx), id, lastDay);
  }

  @Query(() => [StorageAreaNotice], {
    description: "Storage area notices to pass on to customers, newest first (a salesperson sees own customers' only).",
  })
  storageAreaNotices(
    @Arg('customerId', () => ID, { description: 'Only the notices of this customer.', nullable: true })
    customerId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.storage.notices(signedIn(ctx), customerId);
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

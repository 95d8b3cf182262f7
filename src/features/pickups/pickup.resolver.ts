import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { LocalDateScalar } from '../../graphql/local-date';
import { Customer } from '../customers';
import { NoticeStatus } from '../signoffs';
import { Staff } from '../staff';
import { PickupNotice } from './pickup-notice.entity';
import { signedIn } from '../../auth/actor';

@Resolver(() => PickupNotice)
export class PickupResolver {
  @Mutation(() => PickupNotice, {
    description:
      'Fills a pickup notice (the owner or a leader) after checking the pickup conditions: PICKUP_CONDITIONS_NOT_MET with extensions.reason when they fail.',
  })
  createPickupNotice(
    @Arg('customerId', () => ID, { description: 'The customer whose goods are to be picked up (提货通知单).' })
    customerId: string,
    @Arg('pickupDate', () => LocalDateScalar, {
      description: `The day the goods are to be picked up. ${WINDOW_TEXT.upcoming}`,
    })
    pickupDate: string,
    @Arg('goods', { description: 'The goods to pick up, as written on the pickup notice.' }) goods: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.pickups.create(signedIn(ctx), customerId, pickupDate, goods);
  }

  @Mutation(() => PickupNotice, { description: 'Signs a pending pickup notice (DISPATCHER); decided once.' })
  signPickupNotice(
    @Arg('id', () => ID, { description: 'The pending pickup notice (提货通知单) to sign.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.pickups.sign(signedIn(ctx), id);
  }

  @Mutation(() => PickupNotice, {
    description: 'Rejects a pending pickup notice with a reason (DISPATCHER); decided once.',
  })
  rejectPickupNotice(
    @Arg('id', () => ID, { description: 'The pending pickup notice (提货通知单) to reject.' }) id: string,
    @Arg('reason', { description: 'Why the pickup is refused, shown to the handler.' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.pickups.reject(signedIn(ctx), id, reason);
  }

  @Query(() => [PickupNotice], {
    description: "Pickup notices, newest first (a salesperson sees own customers' only).",
  })
  pickupNotices(
    @Arg('status', () => NoticeStatus, {
      description: 'Only pickup notices (提货通知单) in this state.',
      nullable: true,
    })
    status: NoticeStatus | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.pickups.list(signedIn(ctx), status ?? null);
  }

  @FieldResolver(() => Customer, { description: 'The customer whose goods are picked up.' })
  customer(@Root() p: PickupNotice, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(p.customerId);
  }

  @FieldResolver(() => Staff, { description: 'The handler who filled it.' })
  handler(@Root() p: PickupNotice, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(p.handlerId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The dispatcher who decided it.' })
  decidedBy(@Root() p: PickupNotice, @Ctx() ctx: Context) {
    return p.decidedById === null ? null : ctx.loaders.staff.load(p.decidedById);
  }
}

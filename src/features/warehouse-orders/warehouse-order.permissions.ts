import { rule } from 'graphql-shield';
import { hasRole as actorHasRole } from '../../auth/actor';
import { hasRole } from '../../auth/rules';
import type { Context } from '../../context';
import { ForbiddenError, UnauthenticatedError } from '../../errors';
import { Department, Role } from '../../domain/roles';
import { MANAGEMENT } from '../../domain/role-sets';

/** Roles that read warehouse orders and sheets. */
const ORDER_READER_ROLES: Role[] = [Role.ORDER_CLERK, ...MANAGEMENT];

/** Order organizing sheets go to the warehouse: its head reads them too, besides the order readers. */
const readsOrderSheets = rule('readsOrderSheets', { cache: 'contextual' })(async (_parent, _args, ctx: Context) => {
  if (!ctx.actor) return new UnauthenticatedError();
  if (actorHasRole(ctx.actor, ...ORDER_READER_ROLES)) return true;
  const headed = await ctx.services.staff.departmentsHeadedBy(ctx.actor.id);
  return headed.includes(Department.WAREHOUSE)
    ? true
    : new ForbiddenError(
        `Order organizing sheets are read by ${ORDER_READER_ROLES.join(', ')} and the head of WAREHOUSE.`,
      );
});

export const warehouseOrderPermissions = {
  Query: {
    warehouseOrders: hasRole(...ORDER_READER_ROLES),
    orderSheets: readsOrderSheets,
  },
  Mutation: {
    recordWarehouseOrder: hasRole(Role.ORDER_CLERK),
    verifyWarehouseOrder: hasRole(Role.ORDER_CLERK),
    sendOrderSheetToWarehouse: hasRole(Role.ORDER_CLERK),
  },
};

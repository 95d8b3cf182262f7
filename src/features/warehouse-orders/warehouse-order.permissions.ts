import { hasRole } from '../../auth/rules';
import { Role } from '../staff/role';

export const warehouseOrderPermissions = {
  Query: {
    warehouseOrders: hasRole(Role.ORDER_CLERK, Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR),
    // DEPARTMENT_HEAD passes here; the service lets only the head of WAREHOUSE through.
    orderSheets: hasRole(Role.ORDER_CLERK, Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR, Role.DEPARTMENT_HEAD),
  },
  Mutation: {
    recordWarehouseOrder: hasRole(Role.ORDER_CLERK),
    verifyWarehouseOrder: hasRole(Role.ORDER_CLERK),
    sendOrderSheetToWarehouse: hasRole(Role.ORDER_CLERK),
  },
};

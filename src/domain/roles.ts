import { registerEnumType } from 'type-graphql';

/** Staff roles, as the department's management rules name them (docs/rules.md, "Staff, roles and departments"). */
export enum Role {
  DIRECTOR = 'DIRECTOR',
  MANAGER = 'MANAGER',
  ASSISTANT_MANAGER = 'ASSISTANT_MANAGER',
  SALESPERSON = 'SALESPERSON',
  COLLECTOR = 'COLLECTOR',
  ORDER_CLERK = 'ORDER_CLERK',
  DISPATCHER = 'DISPATCHER',
  DEPARTMENT_HEAD = 'DEPARTMENT_HEAD',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a staff member may do; a staff member has one or more roles.',
  valuesConfig: {
    DIRECTOR: {
      description: 'Sales director / general manager (销售总监): final approver, manages staff, sees everything.',
    },
    MANAGER: {
      description:
        'Market department manager (市场部经理), the department leader: approves fee changes, arrears, deductions; reassigns customers.',
    },
    ASSISTANT_MANAGER: {
      description:
        'Deputy manager / assistant (副经理、助理): attendance, workload, payroll summary, reports; approves nothing involving money.',
    },
    SALESPERSON: {
      description:
        'Salesperson (业务员): develops and maintains the customers they own; files requests beyond their authority.',
    },
    COLLECTOR: {
      description: 'Collector (收款员): statements, invoices, payments, claims and deductions, receivables report.',
    },
    ORDER_CLERK: {
      description: 'Warehouse order clerk (仓储订单整理员): reconciles warehouse orders and delivery notes.',
    },
    DISPATCHER: { description: 'Dispatcher (调度员): signs pickup notices.' },
    DEPARTMENT_HEAD: {
      description: 'Head of another department (dispatch, warehouse, finance, operations): signs forms for it.',
    },
  },
});

/** Leaders: may approve requests and act for any customer. */
export const LEADER_ROLES: readonly Role[] = [Role.DIRECTOR, Role.MANAGER];

export enum Department {
  MARKET = 'MARKET',
  DISPATCH = 'DISPATCH',
  WAREHOUSE = 'WAREHOUSE',
  FINANCE = 'FINANCE',
  OPERATIONS = 'OPERATIONS',
}

registerEnumType(Department, {
  name: 'Department',
  description: "The company's departments; each has one head who signs forms for it.",
  valuesConfig: {
    MARKET: { description: 'Market department (市场部), headed by the MANAGER.' },
    DISPATCH: { description: 'Dispatch (调度).' },
    WAREHOUSE: { description: 'Warehouse (仓储).' },
    FINANCE: { description: 'Finance (财务).' },
    OPERATIONS: { description: 'Operations (运营).' },
  },
});

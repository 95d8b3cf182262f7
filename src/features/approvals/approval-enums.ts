import { registerEnumType } from 'type-graphql';

export enum ApprovalKind {
  RATE_CHANGE = 'RATE_CHANGE',
  FREE_SHIPMENT = 'FREE_SHIPMENT',
  SETTLEMENT_CHANGE = 'SETTLEMENT_CHANGE',
  ARREARS = 'ARREARS',
  DEDUCTION = 'DEDUCTION',
  SPECIAL_OPERATION = 'SPECIAL_OPERATION',
  TERMS_CHANGE = 'TERMS_CHANGE',
  EXPENSE = 'EXPENSE',
}

registerEnumType(ApprovalKind, {
  name: 'ApprovalKind',
  description: 'What a request asks a leader (MANAGER or DIRECTOR) to approve.',
  valuesConfig: {
    RATE_CHANGE: {
      description: 'A new freight rate for a customer; applies to consignments shipped from the approval day on.',
    },
    FREE_SHIPMENT: { description: 'Free shipment of one recorded consignment: its freight becomes zero.' },
    SETTLEMENT_CHANGE: {
      description: 'A change of settlement method; applies once its operation notice is completed too.',
    },
    ARREARS: {
      description:
        'Consent for the customer to owe an amount until a promised date (同意欠费通知单), signed by departments.',
    },
    DEDUCTION: { description: "A claim or deduction (理赔/扣款): a negative line on the customer's next statement." },
    SPECIAL_OPERATION: {
      description:
        'A special operating need on an inter-department liaison form (部门信息联络处理单), signed by departments.',
    },
    TERMS_CHANGE: {
      description:
        'New payment terms (days after statement confirmation) and/or storage rate for a customer; applies from the approval day, and due dates already set never move.',
    },
    EXPENSE: {
      description:
        "An expense claim (费用报销) filed by the spender: the details are on `expense`. A MANAGER may approve it within the spender's remaining monthly and yearly budget and the per-claim limit; beyond either only a DIRECTOR. Approved, it counts against the spender's budget.",
    },
  },
});

export enum ApprovalStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(ApprovalStatus, {
  name: 'ApprovalStatus',
  description: 'Where a request stands; it is decided once.',
  valuesConfig: {
    PENDING: { description: "Waiting for a leader's decision." },
    APPROVED: { description: 'Approved; its effect was applied in the same transaction.' },
    REJECTED: { description: 'Rejected with a note.' },
  },
});

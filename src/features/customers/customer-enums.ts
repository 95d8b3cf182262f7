import { registerEnumType } from 'type-graphql';

export enum CustomerStatus {
  PROSPECT = 'PROSPECT',
  INTENT = 'INTENT',
  ACTIVE = 'ACTIVE',
  LOST = 'LOST',
}

registerEnumType(CustomerStatus, {
  name: 'CustomerStatus',
  description: 'Where a customer stands: PROSPECT -> INTENT -> ACTIVE -> LOST, and LOST -> ACTIVE when won back.',
  valuesConfig: {
    PROSPECT: { description: 'Registered after first contact; not yet intending to do business.' },
    INTENT: { description: 'Intends to do business; the owner has filed an intent report to the department leader.' },
    ACTIVE: { description: 'Doing business (after its new-customer operation notice is signed by all departments).' },
    LOST: { description: 'Stopped doing business; a lost-customer analysis (流失客户分析表) records why.' },
  },
});

export enum SettlementMethod {
  CASH = 'CASH',
  MONTHLY = 'MONTHLY',
}

registerEnumType(SettlementMethod, {
  name: 'SettlementMethod',
  description: 'How a customer pays.',
  valuesConfig: {
    CASH: { description: 'Cash per shipment.' },
    MONTHLY: {
      description: 'Monthly settlement against a confirmed statement (needs approval and a signed operation notice).',
    },
  },
});

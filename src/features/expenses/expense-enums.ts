import { registerEnumType } from 'type-graphql';

/** What an expense was spent on (销售费用的类别). */
export enum ExpenseCategory {
  TRAVEL = 'TRAVEL',
  ENTERTAINMENT = 'ENTERTAINMENT',
  SAMPLES = 'SAMPLES',
  GIFTS = 'GIFTS',
  COMMUNICATION = 'COMMUNICATION',
  OTHER = 'OTHER',
}

registerEnumType(ExpenseCategory, {
  name: 'ExpenseCategory',
  description: 'What an expense claim was spent on.',
  valuesConfig: {
    TRAVEL: { description: 'Travel (差旅费): fares, fuel, tolls, lodging on a business trip or customer visit.' },
    ENTERTAINMENT: { description: 'Entertaining customers (业务招待费): meals and the like.' },
    SAMPLES: { description: 'Samples and materials given to customers or prospects (样品、资料).' },
    GIFTS: { description: 'Gifts to customers (礼品).' },
    COMMUNICATION: { description: 'Phone and data costs for the work (通讯费).' },
    OTHER: { description: 'Anything else; say what in the description.' },
  },
});

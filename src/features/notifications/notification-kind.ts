import { registerEnumType } from 'type-graphql';

/** What a notification tells its recipient; each kind goes to the people a rule makes wait on it. */
export enum NotificationKind {
  APPROVAL_REQUESTED = 'APPROVAL_REQUESTED',
  APPROVAL_DECIDED = 'APPROVAL_DECIDED',
  SIGNATURE_REQUESTED = 'SIGNATURE_REQUESTED',
  FORM_COMPLETED = 'FORM_COMPLETED',
  VISIT_REQUESTED = 'VISIT_REQUESTED',
  CUSTOMER_REASSIGNED = 'CUSTOMER_REASSIGNED',
  STATEMENT_CONFIRMED = 'STATEMENT_CONFIRMED',
  PAYMENT_RECEIVED = 'PAYMENT_RECEIVED',
  ARREARS_OVERDUE = 'ARREARS_OVERDUE',
  COMPLAINT_ASSIGNED = 'COMPLAINT_ASSIGNED',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about, and so who receives it.',
  valuesConfig: {
    APPROVAL_REQUESTED: {
      description: 'A request waits for a decision: sent to the leaders who may decide it (never its filer).',
    },
    APPROVAL_DECIDED: { description: 'A request was approved or rejected: sent to the person who filed it.' },
    SIGNATURE_REQUESTED: {
      description:
        "A form (operation notice, arrears consent, liaison form) waits for a department's signature: sent to the head of each department it names.",
    },
    FORM_COMPLETED: { description: 'Every department named on a form has signed: sent to the person who filed it.' },
    VISIT_REQUESTED: {
      description: "A customer asked for a visit, which cannot be refused: sent to the customer's owner.",
    },
    CUSTOMER_REASSIGNED: { description: 'A customer moved to another salesperson: sent to the old and the new owner.' },
    STATEMENT_CONFIRMED: { description: "A customer confirmed a statement (对账单): sent to the customer's owner." },
    PAYMENT_RECEIVED: { description: "A customer's payment was recorded: sent to the customer's owner." },
    ARREARS_OVERDUE: {
      description:
        'An arrears consent passed its promised date with money still owed: sent once, to its handler and the leaders.',
    },
    COMPLAINT_ASSIGNED: { description: 'A complaint was assigned to a handler: sent to the handler.' },
  },
});

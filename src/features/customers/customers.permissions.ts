import { rule } from 'graphql-shield';
import { hasRole, isAuthenticated } from '../../auth/rules';
import type { Context } from '../../context';
import { ForbiddenError, UnauthenticatedError } from '../../errors';
import { Role } from '../../domain/roles';
import { canSeeContacts } from './customer-access';
import { Customer } from './customer.entity';
import { LEADERS, MANAGEMENT, SALES_AND_LEADERS } from '../../domain/role-sets';

/**
 * Contact privacy on the Customer type: the owner and the contact roles see contact details;
 * anyone else gets null and FORBIDDEN on that path, with the rest of the answer intact.
 * Depends on the parent customer, so it is never cached across rows.
 */
export const canSeeCustomerContacts = rule('canSeeCustomerContacts', { cache: 'no_cache' })((
  customer: Customer,
  _args,
  ctx: Context,
) => {
  if (!ctx.actor) return new UnauthenticatedError();
  return canSeeContacts(ctx.actor, customer)
    ? true
    : new ForbiddenError('Contact details of a customer are visible only to its owner and the roles that need them.');
});

const leadersAndAssistant = hasRole(...MANAGEMENT);
const salesAndLeaders = hasRole(...SALES_AND_LEADERS);

export const customersPermissions = {
  Query: {
    customers: isAuthenticated,
    customer: isAuthenticated,
    checkProspect: isAuthenticated,
    intentReports: leadersAndAssistant,
    lostCustomerAnalyses: leadersAndAssistant,
    satisfactionSurveys: leadersAndAssistant,
    satisfactionAverages: leadersAndAssistant,
    contactLog: isAuthenticated,
    contactAccessLog: hasRole(...LEADERS),
  },
  Mutation: {
    registerCustomer: salesAndLeaders,
    reassignCustomer: hasRole(...LEADERS),
    addContactPerson: salesAndLeaders,
    updateCustomerDetails: salesAndLeaders,
    reportCustomerIntent: hasRole(Role.SALESPERSON),
    markCustomerLost: salesAndLeaders,
    recordSatisfactionSurvey: salesAndLeaders,
    recordContact: salesAndLeaders,
  },
  Customer: {
    contacts: canSeeCustomerContacts,
    address: canSeeCustomerContacts,
    notes: canSeeCustomerContacts,
    latitude: canSeeCustomerContacts,
    longitude: canSeeCustomerContacts,
  },
};

import { isPublic } from '../../auth/rules';

export const authPermissions = {
  Mutation: {
    login: isPublic,
  },
};

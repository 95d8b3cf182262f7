import { serve } from '../../server';

export const importsServer = serve;

import { Context, createContext } from '../../context';

export const runtimeContext: Context = createContext();

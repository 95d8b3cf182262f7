export interface Context {
  caller: number;
}
export const createContext = (): Context => ({ caller: 0 });

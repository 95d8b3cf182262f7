import { Fen } from '../../graphql/money';

/**
 * The settlement rule, without the database: `amount` goes to the open amounts in the order given
 * (the caller orders them oldest first), each taking as much as it still has open, until the
 * amount is used up. Returns what each takes (0 for one it does not reach or that has nothing
 * open) and what is left (a payment's credit, or what a receivable still owes).
 */
export function spreadOldestFirst(amount: Fen, open: readonly Fen[]): { taken: Fen[]; left: Fen } {
  let left = Math.max(amount, 0);
  const taken = open.map((o) => {
    const take = Math.min(left, Math.max(o, 0));
    left -= take;
    return take;
  });
  return { taken, left };
}

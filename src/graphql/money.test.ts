import { formatMoney, parseMoney, roundHalfUpBig } from './money';

describe('Money', () => {
  it.each([
    ['1280.50', 128050],
    ['0.1', 10],
    ['0', 0],
    [12, 1200],
    [0.29, 29],
    ['9999999999999.99', 999999999999999],
  ])('parses %p exactly', (input, fen) => expect(parseMoney(input)).toBe(fen));

  it.each([
    '10.005',
    '1e3',
    'abc',
    ' 10',
    '10 ',
    '10,00',
    '0x10',
    'NaN',
    '-1',
    '',
    '.5',
    '1.',
    10.005,
    -3,
    Infinity,
    NaN,
    '99999999999999',
  ])('refuses %p with BAD_USER_INPUT', (input) => {
    expect(() => parseMoney(input)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });

  it('formats fen with exactly two decimals', () => {
    expect([0, 5, 10, 128050, -2550].map(formatMoney)).toEqual(['0.00', '0.05', '0.10', '1280.50', '-25.50']);
  });

  it('sums many small amounts without drift', () => {
    let total = 0;
    for (let i = 0; i < 10_000; i++) total += parseMoney('0.10') + parseMoney('0.20');
    expect(formatMoney(total)).toBe('3000.00');
  });

  it('rounds half up to the fen', () => {
    expect(roundHalfUpBig(12345n, 1000n)).toBe(12n);
    expect(roundHalfUpBig(12500n, 1000n)).toBe(13n);
    expect(roundHalfUpBig(12499n, 1000n)).toBe(12n);
  });
});

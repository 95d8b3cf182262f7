import { BOM, csvCell, toCsv } from './csv';

describe('CSV cells and files', () => {
  it('quotes per RFC 4180: commas, quotes and line breaks inside a cell', () => {
    expect(csvCell('上海, 浦东')).toBe('"上海, 浦东"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('两行\n文字')).toBe('"两行\n文字"');
    expect(csvCell('普通')).toBe('普通');
    expect(csvCell(null)).toBe('');
  });

  it('neutralises formulas but keeps plain numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('-12.50')).toBe('-12.50');
    expect(csvCell('1280.50')).toBe('1280.50');
  });

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(toCsv(['客户', '金额'], [['甲', '1.00']])).toBe(`${BOM}客户,金额\r\n甲,1.00\r\n`);
  });
});

describe('CSV through csv-stringify', () => {
  it('also neutralises full-width formula starts, and writes booleans and numbers as text', () => {
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell('＠A1')).toBe("'＠A1");
    expect(csvCell(true)).toBe('true');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes a lone carriage return and a cell made only of a formula character', () => {
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('-')).toBe("'-");
    expect(
      toCsv(
        ['a', 'b'],
        [
          [null, '-0.01'],
          ['x,y', ''],
        ],
      ),
    ).toBe(`${BOM}a,b\r\n,-0.01\r\n"x,y",\r\n`);
  });
});

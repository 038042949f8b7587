import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, toCsv } from './csv.js';

describe('CSV', () => {
  it('writes RFC 4180 with a BOM, CRLF and quoting only where needed', () => {
    const csv = toCsv(
      ['id', 'title', 'count'],
      [
        ['p1', 'Право на «захист», і "суд"', 3],
        ['p2', 'Рядок\nз переносом', null],
        ['p3', ' пробіл', true],
      ],
    );
    expect(csv).toBe(
      `${BOM}id,title,count\r\np1,"Право на «захист», і ""суд""",3\r\np2,"Рядок\nз переносом",\r\np3," пробіл",true\r\n`,
    );
    expect(toCsv(['a'], [['б']], { bom: false })).toBe('a\r\nб\r\n');
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.array(
            fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), {
              minLength: width,
              maxLength: width,
            }),
            {
              minLength: 1,
              maxLength: 8,
            },
          ),
        ),
        (rows) => {
          const [header, ...body] = rows;
          expect(parseCsv(toCsv(header!, body))).toEqual(rows);
        },
      ),
    );
  });
});

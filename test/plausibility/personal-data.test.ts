import { describe, expect, test } from 'vitest';
import {
  findPersonalData,
  maskPersonalData,
  maskPersonName,
} from '../../schema/identifiers/personal-data.js';

describe('personal data in free text', () => {
  test.each([
    ['身份证11010519491231002X，电话13812345678', '身份证1101**********002X，电话138****5678'],
    ['联系人王师傅 138-1234-5678。', '联系人王师傅 138****5678。'],
    ['+86 138 1234 5678', '138****5678'],
    ['小写x结尾 11010519491231002x', '小写x结尾 1101**********002X'],
    // A wrong check character still identifies the person: masked all the same.
    ['11010519491231002Y 不是, 110105194912310021 是', '11010519491231002Y 不是, 1101**********0021 是'],
    // Not personal data: an account number, a landline, a long order number, a date.
    ['账号6222021001234567890123', '账号6222021001234567890123'],
    ['座机021-12345678', '座机021-12345678'],
    ['订单号 A13812345678B', '订单号 A13812345678B'],
    ['2024年1月31日', '2024年1月31日'],
  ])('%s → %s', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  test('hits name their kind and position', () => {
    expect(findPersonalData('ID 11010519491231002X tel 13912345678').map((h) => [h.kind, h.start])).toEqual([
      ['resident-id', 3],
      ['mobile', 26],
    ]);
  });

  test.each([
    ['李四', '李*'],
    ['张三丰', '张**'],
    ['欧阳秘密', '欧***'],
    [' 李 ', '李*'],
  ])('the name %s is published as %s', (name, masked) => {
    expect(maskPersonName(name)).toBe(masked);
  });
});

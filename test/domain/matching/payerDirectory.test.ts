import { PayerDirectory } from '../../../src/domain/matching';
import type { Customer } from '../../../src/domain/ledger';

function customer(id: string, name: string, variants: string[] = []): Customer {
  return { id, name, nameVariants: [name, ...variants], currency: 'CNY' };
}

const CUSTOMERS = [
  customer('C1', '深圳市华强电子有限公司', ['华强电子（深圳）']),
  customer('C2', 'Northwind Supplies Ltd'),
  customer('C3', '北方贸易'),
  customer('C4', '北方贸易'),
];

const directory = new PayerDirectory(CUSTOMERS, {
  aliases: new Map([['老王五金店', 'C3']]),
  accounts: new Map([
    ['6222000000000001', 'C1'],
    ['6222000000000004', 'C4'],
  ]),
});

describe('recognising the payer', () => {
  it.each([
    ['the name as written', '深圳市华强电子有限公司', undefined, 'C1', 'name'],
    ['a name variant with full-width brackets', '华强电子(深圳)', undefined, 'C1', 'name'],
    ['spacing and case', '  NORTHWIND  supplies ltd ', undefined, 'C2', 'name'],
    ['full-width letters', 'Ｎｏｒｔｈｗｉｎｄ　Ｓｕｐｐｌｉｅｓ　Ｌｔｄ', undefined, 'C2', 'name'],
    ['a confirmed alias', '老王五金店', undefined, 'C3', 'alias'],
    ['an account that paid before, with no name', '', '6222000000000001', 'C1', 'account'],
    [
      'an account that settles two customers of one name',
      '北方贸易',
      '6222000000000004',
      'C4',
      'account',
    ],
  ])('by %s', (_, payer, account, customerId, rule) => {
    expect(directory.identify(payer, account)).toMatchObject({ found: true, customerId, rule });
  });

  it.each([
    ['two customers of one name', '北方贸易', undefined, 'shared-name', ['C3', 'C4']],
    [
      'the name and the account disagree',
      '深圳市华强电子有限公司',
      '6222000000000004',
      'conflict',
      ['C1', 'C4'],
    ],
    ['the company form left out', '深圳市华强电子', undefined, 'near', ['C1']],
    ['a one-letter typo', 'Northwind Suplies Ltd', undefined, 'near', ['C2']],
    ['a short name inside the full one', '华强电子', undefined, 'near', ['C1']],
    ['a stranger', '陈先生', undefined, 'unknown', []],
  ])('only proposes, never decides, for %s', (_, payer, account, why, ids) => {
    const identity = directory.identify(payer, account);

    expect(identity).toMatchObject({ found: false, why });
    expect(identity.found ? [] : identity.proposals.map((p) => p.customerId)).toEqual(ids);
  });
});

import {
  currencyFromWord,
  kindFromMemo,
  kindFromTypeWord,
  paymentMethodFromWord,
  readDispute,
} from '../../../src/workbook/structure/entryWords';

describe('entry words', () => {
  it.each([
    ['销售', 'invoice'],
    ['应收', 'invoice'],
    ['开票', 'invoice'],
    ['Invoice', 'invoice'],
    ['收款', 'receipt'],
    ['回款', 'receipt'],
    ['Payment', 'receipt'],
    ['退货', 'credit-note'],
    ['销售折让', 'credit-note'],
    ['红字发票', 'credit-note'],
    ['Credit Memo', 'credit-note'],
    ['坏账核销', 'write-off'],
    ['期初', 'opening'],
    ['上年结转', 'opening'],
    ['调整', 'adjustment'],
    ['General Journal', 'adjustment'],
  ])('reads the type %s as %s', (word, kind) => {
    expect(kindFromTypeWord(word)).toBe(kind);
  });

  it('knows no kind for a type word it was not taught', () => {
    expect(kindFromTypeWord('借款')).toBeUndefined();
  });

  it('takes only unmistakable words from a memo', () => {
    expect(kindFromMemo('上年结转余额')).toBe('opening');
    expect(kindFromMemo('质量问题退货')).toBe('credit-note');
    expect(kindFromMemo('销售收款')).toBeUndefined();
  });

  it.each([
    ['银行转账', 'bank-transfer'],
    ['网银', 'bank-transfer'],
    ['支付宝', 'alipay'],
    ['微信', 'wechat-pay'],
    ['现金', 'cash'],
    ['银行承兑汇票', 'bank-acceptance-bill'],
    ['银承', 'bank-acceptance-bill'],
    ['商业承兑', 'other'],
    ['支票', 'other'],
  ])('reads the payment method %s as %s', (word, method) => {
    expect(paymentMethodFromWord(word)).toBe(method);
  });

  it('reads dispute cells as yes, no or a described dispute', () => {
    expect(readDispute('是')).toEqual({ disputed: true });
    expect(readDispute('No')).toEqual({ disputed: false });
    expect(readDispute(true)).toEqual({ disputed: true });
    expect(readDispute('客户称质量问题')).toEqual({ disputed: true, note: '客户称质量问题' });
  });

  it('reads currency words and ISO codes', () => {
    expect(['人民币', 'RMB', '美元', 'usd', 'EUR', '元'].map(currencyFromWord)).toEqual([
      'CNY',
      'CNY',
      'USD',
      'USD',
      'EUR',
      'CNY',
    ]);
    expect(currencyFromWord('待定')).toBeUndefined();
  });
});

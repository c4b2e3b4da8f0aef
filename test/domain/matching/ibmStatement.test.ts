import { scoreIbmStatement } from '../../fixtures/statements/scoreIbmStatement';

describe('a bank statement generated from the IBM sample settlements', () => {
  it('matches at least 95% of 2,044 payments automatically and none wrongly', () => {
    const score = scoreIbmStatement();

    expect(score.lines).toBe(2044);
    expect(score.automatic / score.lines).toBeGreaterThanOrEqual(0.95);
    expect(score.wrong).toBe(0);
    expect(score.byReason['match.invoice-set']).toBeGreaterThan(100);
    expect(score.byReason['match.exact-amount']).toBeGreaterThan(500);
  });

  it('makes no wrong automatic match even when no memo names an invoice and many payments cover several', () => {
    const score = scoreIbmStatement({ noMemoShare: 1, groupShare: 0.4, seed: 7 });

    expect(score.wrong).toBe(0);
    expect(score.automatic / score.lines).toBeGreaterThanOrEqual(0.9);
  });
});

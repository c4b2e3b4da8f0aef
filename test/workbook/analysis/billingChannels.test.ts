import { readChannel } from '../../../src/workbook/analysis';

describe('reading a billing-channel cell', () => {
  it.each([
    ['纸质', 'paper'],
    ['Paper', 'paper'],
    [' 纸质发票 ', 'paper'],
    ['电子', 'electronic'],
    ['Electronic', 'electronic'],
    ['数电票', 'electronic'],
    ['e-Invoice', 'electronic'],
    ['快递', 'unknown'],
    [12, 'unknown'],
    ['', undefined],
    [null, undefined],
    [{ error: '#N/A' }, undefined],
  ])('reads %j as %s', (cell, expected) => {
    expect(readChannel(cell)).toBe(expected);
  });
});

/** Matching statement receipts to customers and invoices: the public face. */
export type * from './statementReceipt';
export { keyReceipts, receiptIdentity } from './receiptKeys';
export { PayerDirectory } from './payerDirectory';
export type { PayerIdentity, PayerMemory, PayerProposal, PayerRule } from './payerDirectory';
export { DEFAULT_SUBSET_LIMITS, findInvoiceSets } from './invoiceSets';
export type { SubsetLimits, SubsetSearch } from './invoiceSets';
export { DEFAULT_INVOICE_MATCH_SETTINGS, matchInvoices } from './matchInvoices';
export type * from './matchInvoices';
export { invoiceList, matchReceipts, receiptEntries } from './matchReceipts';
export type { MatchInput, MatchOutcome, MatchStatus, ReceiptMatch } from './matchReceipts';

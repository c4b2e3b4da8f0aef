/**
 * Errors the twin throws, shaped like OfficeExtension.Error: a `code` from Excel.ErrorCodes (or the
 * core codes), Excel's own message text, and debugInfo naming the failing statement.
 */
export class TwinOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: {
    readonly code: string;
    readonly message: string;
    readonly errorLocation?: string;
  };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

const LIMITS_DOC =
  'https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins';

/** Message texts as Office.js words them (en-US resource strings). */
export const officeMessages = {
  propertyNotLoaded: (property: string) =>
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  invalidArgument: (argument: string) =>
    `The argument '${argument}' doesn't work for this situation, is missing, or isn't in the right format.`,
  requestTooLarge: `The request payload size has exceeded the limit. Please refer to the documentation: "${LIMITS_DOC}".`,
  responseTooLarge: `The response payload size has exceeded the limit. Please refer to the documentation: "${LIMITS_DOC}".`,
  cellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  itemNotFound: "The requested resource doesn't exist.",
  itemAlreadyExists: 'A resource with the same name or identifier already exists.',
  invalidOperation: "The operation isn't valid for this object.",
  tooManyCells: 'The range has more cells than Excel can return in one request (5,000,000).',
  tooManyMergedAreas: 'The range has more than 512 merged areas; ask for a smaller range.',
} as const;

/**
 * Import: pick the sheets, check the header row and column mapping Cashier Desk found (with the
 * first rows to look at), correct them, confirm or leave the proposed customer merges, run, and
 * read the report. A rejected row's link selects its cell in Excel; standalone, it highlights the
 * row in the preview.
 */
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Link,
  Select,
  Subtitle2,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import type { DateSystem } from '../../domain/isoDay';
import { parseDateSerial } from '../../domain/parseDate';
import type { ColumnRole } from '../../workbook/structure/columnRoles';
import { COLUMN_ROLES } from '../../workbook/structure/columnRoles';
import { columnLetters } from '../../workbook/structure/mapColumns';
import type {
  ConfirmedMerge,
  MappingOverrides,
  SheetReport,
  StructureResult,
} from '../../workbook/structure/structureTypes';
import { LEFT_OUT_SHEETS_STORE_KEY } from '../../workbook/structure/structureTypes';
import { isDateFormat } from '../../workbook/structure/cellText';
import { structureWorkbook } from '../../workbook/structure/structureWorkbook';
import type { CellValue, SheetInfo, WorkbookPort } from '../../workbook/workbookPort';
import { isCellError } from '../../workbook/workbookPort';
import { useDesk } from '../desk/DeskProvider';
import { money } from '../format';
import { wordsOf } from '../strings';
import { IMPORT_WORDS, roleWords } from './importWords';
import { useScreenStyles } from './screenStyles';

const REASON_WORDS = {
  'looks-alike': 'reasonLooksAlike',
  'company-suffix': 'reasonSuffix',
  'near-spelling': 'reasonSpelling',
} as const;

const PREVIEW_ROWS = 6;

interface Preview {
  readonly startRow: number;
  readonly rows: readonly (readonly CellValue[])[];
  /** Number formats, same shape as rows: a serial under a date format is shown as a date. */
  readonly formats: readonly (readonly string[])[];
  readonly dateSystem: DateSystem;
}

export function ImportScreen(): ReactElement {
  const styles = useScreenStyles();
  const desk = useDesk();
  const w = wordsOf(IMPORT_WORDS, desk.language);
  const [sheets, setSheets] = useState<readonly SheetInfo[]>([]);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [detected, setDetected] = useState<StructureResult>();
  const [mapping, setMapping] = useState<MappingOverrides>({});
  const [merges, setMerges] = useState<readonly ConfirmedMerge[]>([]);
  const [previews, setPreviews] = useState<Readonly<Record<string, Preview>>>({});
  const [highlight, setHighlight] = useState<{ sheet: string; row: number }>();
  const [result, setResult] = useState<StructureResult>();

  const port = desk.host.current();
  useEffect(() => {
    let live = true;
    setDetected(undefined);
    setResult(undefined);
    if (!port) return;
    void Promise.all([port.describe(), port.readStoredValues()]).then(([facts, stored]) => {
      if (!live) return;
      const own = facts.sheets.filter((s) => !s.owned && s.visibility !== 'very-hidden');
      setSheets(own);
      // Ticked as at the last import; before any import, the visible sheets.
      const leftOut = leftOutSheets(stored[LEFT_OUT_SHEETS_STORE_KEY]);
      setChosen(
        own
          .filter((s) => (leftOut ? !leftOut.includes(s.name) : s.visibility === 'visible'))
          .map((s) => s.name),
      );
    });
    return () => {
      live = false;
    };
  }, [port, desk.workbookVersion]);

  const detect = async (overrides: MappingOverrides = mapping): Promise<void> => {
    const found = await desk.run('taskDetect', async (workbook, signal, progress) => {
      const structure = await structureWorkbook(workbook, {
        sheets: chosen,
        mapping: overrides,
        signal,
        onProgress: progress,
      });
      const shown: Record<string, Preview> = {};
      for (const sheet of structure.report.sheets) {
        const from = sheet.headerRow ?? 1;
        shown[sheet.sheet] = await firstRows(
          workbook,
          sheet.sheet,
          from + PREVIEW_ROWS,
          signal,
          from,
        );
      }
      setPreviews(shown);
      return structure;
    });
    if (found) setDetected(found);
  };

  const override = (sheet: string, change: (current: MappingOverrides[string]) => object): void => {
    const next = { ...mapping, [sheet]: { ...mapping[sheet], ...change(mapping[sheet] ?? {}) } };
    setMapping(next);
    void detect(next);
  };

  const run = async (): Promise<void> => {
    const done = await desk.importWorkbook({ sheets: chosen, mapping, confirmedMerges: merges });
    if (done) {
      setResult(done);
      desk.setNotice({ intent: 'success', text: w('written') });
    }
  };

  const show = async (sheet: string, row: number, column: number): Promise<void> => {
    const selected = await desk.host.selectCell(sheet, row, column).catch(() => false);
    if (selected) return;

    // Standalone: show the row with its neighbours, highlighted, in place of Excel's selection.
    setHighlight({ sheet, row });
    const from = Math.max(1, row - 2);
    const rows = await desk.run('taskDetect', (workbook, signal) =>
      firstRows(workbook, sheet, row + 2, signal, from),
    );
    if (rows) setPreviews((current) => ({ ...current, [`source:${sheet}`]: rows }));
  };

  if (!port) return <Body1>{desk.t('noWorkbookYet')}</Body1>;

  return (
    <section className={styles.screen} aria-labelledby="import-title">
      <Subtitle2 as="h2" id="import-title">
        {w('heading')}
      </Subtitle2>
      <fieldset className={styles.section}>
        <legend>
          <Body1Strong>{w('sheets')}</Body1Strong>
        </legend>
        {sheets.length === 0 ? <Body1>{w('noSheets')}</Body1> : null}
        {sheets.map((sheet) => (
          <Checkbox
            key={sheet.name}
            label={`${sheet.name} (${sheet.rowCount} ${w('row')})`}
            checked={chosen.includes(sheet.name)}
            onChange={(_event, data) =>
              setChosen(
                data.checked
                  ? [...chosen, sheet.name]
                  : chosen.filter((name) => name !== sheet.name),
              )
            }
          />
        ))}
      </fieldset>
      <div className={styles.row}>
        <Button
          disabled={chosen.length === 0 || desk.task !== undefined}
          onClick={() => void detect()}
        >
          {w('detect')}
        </Button>
        <Button
          appearance="primary"
          disabled={chosen.length === 0 || desk.task !== undefined}
          onClick={() => void run()}
        >
          {w('run')}
        </Button>
      </div>

      {detected?.report.sheets.map((sheet) => (
        <SheetMapping
          key={sheet.sheet}
          sheet={sheet}
          preview={previews[sheet.sheet]}
          highlightRow={highlight?.sheet === sheet.sheet ? highlight.row : undefined}
          onHeaderRow={(headerRow) => override(sheet.sheet, () => ({ headerRow }))}
          onColumn={(role, column) =>
            override(sheet.sheet, (current) => ({
              columns: { ...current.columns, [role]: column },
            }))
          }
        />
      ))}

      {detected ? (
        <fieldset className={styles.section}>
          <legend>
            <Body1Strong>{w('merges')}</Body1Strong>
          </legend>
          {detected.mergeProposals.length === 0 ? <Body1>{w('noMerges')}</Body1> : null}
          {detected.mergeProposals.map((proposal) => {
            const key = proposal.keys.join('|');
            const checked = merges.some((m) => m.keys.join('|') === key);
            return (
              <Checkbox
                key={key}
                checked={checked}
                label={`${proposal.names[0]} ↔ ${proposal.names[1]} (${w(
                  REASON_WORDS[proposal.reason],
                )})`}
                onChange={(_event, data) =>
                  setMerges(
                    data.checked
                      ? [...merges, { keys: proposal.keys }]
                      : merges.filter((m) => m.keys.join('|') !== key),
                  )
                }
              />
            );
          })}
        </fieldset>
      ) : null}

      {result ? (
        <ImportReportView result={result} onShow={(s, r, c) => void show(s, r, c)} />
      ) : null}
      {highlight && previews[`source:${highlight.sheet}`] ? (
        <PreviewTable
          label={`${highlight.sheet} ${w('row')} ${highlight.row}`}
          preview={previews[`source:${highlight.sheet}`] as Preview}
          highlightRow={highlight.row}
        />
      ) : null}
    </section>
  );
}

async function firstRows(
  workbook: WorkbookPort,
  sheet: string,
  lastRow: number,
  signal: AbortSignal,
  fromRow: number,
): Promise<Preview> {
  const rows: CellValue[][] = [];
  const formats: string[][] = [];
  const { dateSystem } = await workbook.describe();
  for await (const block of workbook.readSheet(sheet, { blockRows: lastRow, signal })) {
    block.values.forEach((values, index) => {
      const row = block.startRow + index;
      if (row < fromRow || row > lastRow) return;
      rows.push([...values]);
      formats.push([...(block.numberFormats[index] ?? [])]);
    });
    break;
  }
  return { startRow: fromRow, rows, formats, dateSystem };
}

/** A cell as the cashier sees it in Excel: a serial under a date format reads as its day. */
function cellText(value: CellValue | undefined, format?: string, dateSystem?: DateSystem): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'number' && dateSystem && isDateFormat(format)) {
    const day = parseDateSerial(value, dateSystem);
    if (day.ok) return day.value;
  }
  return String(value);
}

interface SheetMappingProps {
  readonly sheet: SheetReport;
  readonly preview: Preview | undefined;
  readonly highlightRow: number | undefined;
  readonly onHeaderRow: (row: number) => void;
  readonly onColumn: (role: ColumnRole, column: number) => void;
}

function SheetMapping({
  sheet,
  preview,
  highlightRow,
  onHeaderRow,
  onColumn,
}: SheetMappingProps): ReactElement {
  const styles = useScreenStyles();
  const desk = useDesk();
  const w = wordsOf(IMPORT_WORDS, desk.language);
  const headers = preview?.rows[0] ?? [];
  const kindWord =
    sheet.kind === 'ledger'
      ? w('kindLedger')
      : sheet.kind === 'customers'
        ? w('kindCustomers')
        : w('kindUnrecognized');
  const mapped = new Map(sheet.mapping.columns.map((c) => [c.role, c]));
  const roles = COLUMN_ROLES.filter(
    (role) => mapped.has(role) || ['customer', 'date', 'amount', 'dueDate', 'type'].includes(role),
  );

  return (
    <div className={styles.section} data-testid={`mapping-${sheet.sheet}`}>
      <Body1Strong as="h3">
        {sheet.sheet} · {kindWord}
      </Body1Strong>
      <Field label={w('headerRow')}>
        <Input
          type="number"
          min={1}
          value={String(sheet.headerRow ?? '')}
          onChange={(_event, data) => {
            const row = Number(data.value);
            if (Number.isInteger(row) && row >= 1) onHeaderRow(row);
          }}
        />
      </Field>
      <Caption1>{w('mapping')}</Caption1>
      {roles.map((role) => (
        <Field key={role} label={roleWords(role, desk.language)} orientation="horizontal">
          <Select
            value={String(mapped.get(role)?.column ?? 0)}
            onChange={(_event, data) => onColumn(role, Number(data.value))}
          >
            <option value="0">{w('notUsed')}</option>
            {headers.map((header, index) => (
              <option key={index} value={String(index + 1)}>
                {`${columnLetters(index + 1)}: ${cellText(header)}`}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {preview ? (
        <PreviewTable
          label={`${w('preview')} ${sheet.sheet}`}
          preview={preview}
          highlightRow={highlightRow}
        />
      ) : null}
    </div>
  );
}

function PreviewTable({
  label,
  preview,
  highlightRow,
}: {
  label: string;
  preview: Preview;
  highlightRow: number | undefined;
}): ReactElement {
  const styles = useScreenStyles();
  return (
    // Focusable so keyboard users can scroll a wide sheet sideways.
    <div
      className={styles.scroll}
      data-testid="source-preview"
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      <table className={styles.table} aria-label={label}>
        <tbody>
          {preview.rows.map((values, index) => {
            const row = preview.startRow + index;
            const marked = row === highlightRow;
            return (
              <tr
                key={row}
                className={marked ? styles.highlighted : undefined}
                aria-current={marked ? 'true' : undefined}
              >
                <th scope="row">{row}</th>
                {values.map((value, column) => (
                  <td key={column}>
                    {cellText(value, preview.formats[index]?.[column], preview.dateSystem)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const LISTED_ROWS = 30;

function ImportReportView({
  result,
  onShow,
}: {
  result: StructureResult;
  onShow: (sheet: string, row: number, column: number) => void;
}): ReactElement {
  const styles = useScreenStyles();
  const desk = useDesk();
  const w = wordsOf(IMPORT_WORDS, desk.language);
  const report = result.report;
  const rejected = report.sheets.flatMap((s) => s.rejected);
  const skipped = report.sheets.flatMap((s) => s.skipped);

  return (
    <div className={styles.section} data-testid="import-report">
      <Body1Strong as="h3">{w('report')}</Body1Strong>
      <Body1>
        {w('rowsIn')} {report.rowsIn} = {w('imported')} {report.imported} + {w('skipped')}{' '}
        {report.skipped} + {w('rejected')} {report.rejected} · {result.customers.length}{' '}
        {w('customers')}
      </Body1>
      {report.totals.map((total) => (
        <Body1 key={total.currency}>
          {w('totals')} {total.currency}: {w('source')} {money(total.source, total.currency)} ={' '}
          {w('imported')} {money(total.imported, total.currency)} + {w('rejected')}{' '}
          {money(total.rejected, total.currency)}
        </Body1>
      ))}
      {report.problems.map((problem, index) => (
        <Body1 key={index}>{desk.describe(problem)}</Body1>
      ))}
      {rejected.length > 0 ? <Caption1>{w('rejectedRows')}</Caption1> : null}
      <ul className={styles.list}>
        {rejected.slice(0, LISTED_ROWS).map((row) => (
          <li key={`${row.sheet}-${row.row}`}>
            <Link as="button" onClick={() => onShow(row.sheet, row.row, row.column ?? 0)}>
              {row.sheet} {w('row')} {row.row}
              {row.column ? ` ${columnLetters(row.column)}` : ''}
            </Link>
            : {desk.describe(row.problem)}
          </li>
        ))}
      </ul>
      {rejected.length > LISTED_ROWS ? (
        <Caption1>{w('moreRows').replace('{n}', String(rejected.length - LISTED_ROWS))}</Caption1>
      ) : null}
      {skipped.length > 0 ? <Caption1>{w('skippedRows')}</Caption1> : null}
      <ul className={styles.list}>
        {skipped.slice(0, LISTED_ROWS).map((row) => (
          <li key={`${row.sheet}-${row.row}`}>
            <Link as="button" onClick={() => onShow(row.sheet, row.row, 0)}>
              {row.sheet} {w('row')} {row.row}
            </Link>
            : {w(row.reason)}
            {row.text ? ` (${row.text})` : ''}
          </li>
        ))}
      </ul>
      {skipped.length > LISTED_ROWS ? (
        <Caption1>{w('moreRows').replace('{n}', String(skipped.length - LISTED_ROWS))}</Caption1>
      ) : null}
    </div>
  );
}

/** The stored left-out sheet names, or undefined when none are stored or they cannot be read. */
function leftOutSheets(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  try {
    const names: unknown = JSON.parse(text);
    return Array.isArray(names)
      ? names.filter((n): n is string => typeof n === 'string')
      : undefined;
  } catch {
    return undefined;
  }
}

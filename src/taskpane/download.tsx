/**
 * Files the pane gives the cashier: add-ins cannot write to disk, so every file (the letters'
 * .zip, the saved workbook) is a download from an object URL, inside Excel as in a browser.
 */
import { Link } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import type { ReactElement } from 'react';
import type { DownloadFile } from './host/workbookHost';

/** A link that downloads `file`; the object URL is released when the link goes away. */
export function DownloadLink({ file, label }: { file: DownloadFile; label: string }): ReactElement {
  const url = useMemo(
    () => URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type })),
    [file],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);

  return (
    <Link href={url} download={file.name}>
      {label} {file.name}
    </Link>
  );
}

/** Starts a download at once, for the button that saves the workbook. */
export function downloadNow(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser has taken the file by the next task; the URL is then no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

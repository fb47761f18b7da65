import { useId, useState } from 'preact/hooks';
import type { ExportFormat, ImportReport } from '../../utils/notes/note-types';
import type { ImportProgress } from '../../utils/notes/import/import-in-batches';
import { errorMessage } from './error-message';
import { checkImportFileSize } from '../../utils/notes/import/parse-export';
import { EXPORT_TYPES } from './export-file';
import { plural } from './labels';

export interface ExportImportProps {
  /** True when a search or filter narrows the list, so "export the notes shown" means something. */
  filtered: boolean;
  /** Resolves once the file is handed over; `onProgress` hears how many notes are written so far. */
  onExport(format: ExportFormat, onlyShown: boolean, onProgress?: (notes: number) => void): Promise<void>;
  onImport(fileText: string, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport>;
}

type ImportOutcome = { ok: true; text: string } | { ok: false; text: string };

/** Export all or the shown notes in a chosen format, and import a Newsmark JSON-LD file. */
export function ExportImport({ filtered, onExport, onImport }: ExportImportProps) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('jsonld');
  const [busy, setBusy] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [progress, setProgress] = useState<string | null>(null);

  async function runExport(onlyShown: boolean) {
    setBusy(true);
    setExportError(null);
    try {
      // A large library takes seconds: say how far the export is.
      await onExport(format, onlyShown, (notes) => setProgress(`Exporting: ${notes.toLocaleString('en')} ${notes === 1 ? 'note' : 'notes'} written…`));
    } catch (failure) {
      setExportError(`Export failed: ${errorMessage(failure)}`);
    } finally {
      setProgress(null);
      setBusy(false);
    }
  }

  async function runImport(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await importFile(file, (fileText) => onImport(fileText, (step) => setProgress(describeProgress(step)))));
    } finally {
      setProgress(null);
      input.value = '';
      setBusy(false);
    }
  }

  return (
    <section class="nm-transfer" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Export and import</h2>
      <div class="nm-transfer__row">
        <div class="nm-field">
          <label for={`${id}-format`}>Export format</label>
          <select id={`${id}-format`} name="export-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
            {(Object.keys(EXPORT_TYPES) as ExportFormat[]).map((key) => (
              <option key={key} value={key}>
                {EXPORT_TYPES[key].label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="nm-button nm-button--primary nm-export-all" disabled={busy} onClick={() => runExport(false)}>
          Export all notes
        </button>
        <button type="button" class="nm-button nm-export-shown" disabled={busy || !filtered} onClick={() => runExport(true)}>
          Export notes shown
        </button>
      </div>
      {exportError && (
        <p class="nm-error" role="alert">
          {exportError}
        </p>
      )}
      <div class="nm-transfer__row">
        <div class="nm-field">
          <label for={`${id}-file`}>Import a Newsmark JSON-LD file</label>
          <input
            id={`${id}-file`}
            name="import-file"
            type="file"
            accept=".jsonld,.json,application/ld+json,application/json"
            disabled={busy}
            onChange={(event) => runImport(event.currentTarget)}
          />
        </div>
      </div>
      <div role="status" aria-live="polite" class="nm-transfer__outcome">
        {progress && <p class="nm-muted">{progress}</p>}
        {outcome && <p class={outcome.ok ? 'nm-success' : 'nm-error'}>{outcome.text}</p>}
      </div>
    </section>
  );
}

async function importFile(file: File, onImport: (fileText: string) => Promise<ImportReport>): Promise<ImportOutcome> {
  try {
    // Refused before reading, so a 100 MB file never reaches memory or the message channel.
    checkImportFileSize(file.size);
    return { ok: true, text: describeReport(file.name, await onImport(await file.text())) };
  } catch (failure) {
    return { ok: false, text: `Import of "${file.name}" failed: ${sentence(errorMessage(failure))} Nothing was imported.` };
  }
}

/** A large file takes a while: say how far the check and the hand-over are. */
function describeProgress({ step, done, total }: ImportProgress): string {
  const count = `${done.toLocaleString('en')} of ${total.toLocaleString('en')} notes`;
  return step === 'checking' ? `Checking the file: ${count}…` : `Importing: ${count} handed over…`;
}

function describeReport(fileName: string, report: ImportReport): string {
  const parts = [`Imported ${plural(report.added, 'new note')} from "${fileName}"`];
  if (report.updated) parts.push(`${plural(report.updated, 'note')} updated to a newer version`);
  if (report.unchanged) parts.push(`${plural(report.unchanged, 'note')} already in your library`);
  return `${parts.join('; ')}.`;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

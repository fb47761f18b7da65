import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/notes/notes.css';
import './library.css';
import { downloadTextFile } from '../../components/notes/export-file';
import { Library } from '../../components/notes/Library';
import { createMessengerNotesSource } from '../../components/notes/messenger-notes-source';
import { removeOldExportFilesInWorker } from '../../components/notes/worker-export';

render(
  <Library
    source={createMessengerNotesSource()}
    openPage={(url) => void browser.tabs.create({ url })}
    saveFile={downloadTextFile}
  />,
  document.getElementById('app')!,
);

// Files of earlier exports, which their downloads have long read, once the library has drawn its notes. A
// private window has none.
setTimeout(() => void removeOldExportFilesInWorker().catch(() => undefined), 3000);

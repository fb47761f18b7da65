import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/notes/notes.css';
import './library.css';
import { downloadTextFile } from '../../components/notes/export-file';
import { Library } from '../../components/notes/Library';
import { createMessengerNotesSource } from '../../components/notes/messenger-notes-source';

render(
  <Library
    source={createMessengerNotesSource()}
    openPage={(url) => void browser.tabs.create({ url })}
    saveFile={downloadTextFile}
  />,
  document.getElementById('app')!,
);

import { defineBackground } from 'wxt/utils/define-background';
import { registerNoteCommands } from '../utils/background/note-commands';

export default defineBackground(() => {
  registerNoteCommands();
  // The notes service is registered here by the notes store (utils/notes).
});

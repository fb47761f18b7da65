import { defineBackground } from 'wxt/utils/define-background';
import { registerNoteCommands } from '../utils/background/note-commands';
import { registerNotesService } from '../utils/background/notes-service';

export default defineBackground(() => {
  registerNoteCommands();
  registerNotesService();
});

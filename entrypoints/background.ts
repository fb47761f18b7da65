import { defineBackground } from 'wxt/utils/define-background';
import { createClaimsHandlers } from '../utils/background/claims-service';
import { registerNoteCommands } from '../utils/background/note-commands';
import { registerNotesService } from '../utils/background/notes-service';

export default defineBackground(() => {
  registerNoteCommands();
  registerNotesService(undefined, createClaimsHandlers());
});

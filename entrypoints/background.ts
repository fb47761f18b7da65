import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The notes service is registered here by the notes store (utils/notes).
});

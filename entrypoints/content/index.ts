import { defineContentScript } from 'wxt/utils/define-content-script';
import { runNewsmark } from '../../utils/page/newsmark-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // After the page's own load: Newsmark never delays it.
  runAt: 'document_idle',
  main(ctx) {
    runNewsmark(ctx.signal);
  },
});

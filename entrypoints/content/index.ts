import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzeDocument } from '../../utils/analysis/analyze-document';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    analyzeDocument(document, { url: location.href });
  },
});

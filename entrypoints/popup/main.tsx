import { render } from 'preact';
import themeCss from '../../components/theme.css?inline';
import notesCss from '../../components/notes/notes.css?inline';
import popupCss from './popup.css?inline';
import { createBrowserPopupHost } from '../../components/notes/browser-popup-host';
import { Popup } from '../../components/notes/Popup';
import { POPUP_START_MARK } from '../../components/notes/popup-marks';

performance.mark(POPUP_START_MARK);
// The styles travel in the script: a stylesheet link would hold the script until it loaded (and let the
// browser paint an empty frame meanwhile), in a popup that has 100 ms to show the page's notes.
const style = document.createElement('style');
style.textContent = themeCss + notesCss + popupCss;
document.head.append(style);
render(<Popup host={createBrowserPopupHost(location)} />, document.getElementById('app')!);

import { render } from 'preact';
import '../../components/theme.css';
import '../../components/notes/notes.css';
import './popup.css';
import { createBrowserPopupHost } from '../../components/notes/browser-popup-host';
import { Popup } from '../../components/notes/Popup';
import { POPUP_START_MARK } from '../../components/notes/popup-marks';

performance.mark(POPUP_START_MARK);
render(<Popup host={createBrowserPopupHost(location)} />, document.getElementById('app')!);

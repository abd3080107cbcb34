/** The app's name, the window title's last part (index.html's `<title>`). */
export const APP_TITLE = 'Crosscheck';

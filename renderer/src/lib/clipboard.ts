/**
 * Puts `text` on the clipboard as plain text. The Clipboard API first (browser mode); where it is
 * refused, a copy command answering with the text.
 *
 * NB: the desktop app denies every permission request (electron/main/security.ts), the
 * clipboard's included, so `navigator.clipboard.writeText` rejects there; a `copy` command run
 * from the click that asked for it is allowed, as Edit → Copy is.
 *
 * @throws Error with a sentence for the user when neither way could copy.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Refused (no permission, or the window lost focus): the copy command below.
  }
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    if (!document.execCommand('copy')) throw new Error('Could not copy to the clipboard. Click the window and try again.');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}

// The bell in the header and the notifications page read the same data: when the page marks some
// read, the bell counts again (a window event: no state library for one number).
const EVENT = 'sunshine:notifications-changed';

export const announceNotificationsChanged = () => window.dispatchEvent(new Event(EVENT));

export function onNotificationsChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}

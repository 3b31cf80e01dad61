import { readSession } from './token';

/** Downloads a file that needs the bearer token (a plain link cannot send it). */
export async function downloadWithToken(url: string, fallbackName: string): Promise<void> {
  const session = readSession();
  const response = await fetch(url, { headers: session ? { authorization: `Bearer ${session.token}` } : {} });
  if (!response.ok) throw new Error(`download failed: ${response.status}`);
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : fallbackName;
  const href = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

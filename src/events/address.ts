import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { DomainError } from '../errors.js';

// Loopback, private, link-local, CGNAT, unique-local and unspecified addresses: a subscriber URL
// pointing there would let a signed-in user make the server call its own network (SSRF).
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

const refused = (zh: string, en: string, url: string) =>
  new DomainError('BAD_USER_INPUT', { zh, en }, { argument: 'url', url });

export const isPrivateAddress = (address: string) => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  return PRIVATE.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
};

/**
 * A subscriber URL must be http(s), carry no credentials, and — unless configuration allows it —
 * resolve only to public addresses. Checked at registration and again before each delivery, as a
 * name may later resolve elsewhere.
 */
export async function checkSubscriberUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw refused(`地址无效：${raw}`, `Not a URL: ${raw}`, raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw refused('只接受 http 或 https 地址', 'Only http and https URLs are accepted', raw);
  if (url.username || url.password)
    throw refused('地址中不能包含用户名或密码', 'The URL must not carry credentials', raw);
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await resolve(host, raw);
  if (host === 'localhost' || addresses.some(isPrivateAddress))
    throw refused(
      '不能订阅内网、本机或保留地址',
      'Private, loopback and reserved addresses are not allowed',
      raw,
    );
  return url;
}

async function resolve(host: string, raw: string): Promise<string[]> {
  try {
    return (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    throw refused(`无法解析主机名：${host}`, `Cannot resolve host ${host}`, raw);
  }
}

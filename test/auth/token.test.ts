import { describe, expect, test } from 'vitest';
import { createTokenSigner } from '../../src/auth/token.js';

const SECRET = 'test-secret-test-secret-test-secret!';
const USER = '6f1c2a4e-0000-4000-8000-000000000001';

describe('token signer', () => {
  test('a token verified once is refused once its expiry has passed', async () => {
    let clock = Date.parse('2026-12-03T10:00:00Z');
    const signer = createTokenSigner(SECRET, 60, () => new Date(clock));
    const { token } = await signer.sign({ userId: USER, version: 3 });
    expect(await signer.verify(token)).toEqual({ userId: USER, version: 3 });
    clock += 59_000;
    expect(await signer.verify(token)).toEqual({ userId: USER, version: 3 });
    clock += 1_000;
    expect(await signer.verify(token)).toBeNull();
    expect(await signer.verify(token)).toBeNull();
  });

  test('a token altered after a verification is checked afresh and refused', async () => {
    const signer = createTokenSigner(SECRET, 60);
    const { token } = await signer.sign({ userId: USER, version: 1 });
    expect(await signer.verify(token)).not.toBeNull();
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: USER, ver: 9, exp: 4e9, iat: 1 })).toString(
      'base64url',
    );
    expect(await signer.verify(`${header}.${payload}.${signature}`)).toBeNull();
    expect(await createTokenSigner('another-secret-another-secret-123', 60).verify(token)).toBeNull();
  });
});

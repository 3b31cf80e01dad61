import { DEMO_PASSWORD, demoEnterprises, demoRegulators, demoUsers } from './demo-data.js';

/** Prints the demo accounts so a newcomer knows how to sign in. */
export function printDemoAccounts(write: (line: string) => void = console.log): void {
  const orgName = (u: (typeof demoUsers)[number]) =>
    demoEnterprises.find((e) => e.key === u.enterprise)?.name ??
    demoRegulators.find((r) => r.key === u.regulator)?.name ??
    '';
  write(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const u of demoUsers) write(`  ${u.username.padEnd(14)} ${u.role.padEnd(19)} ${orgName(u)}`);
}

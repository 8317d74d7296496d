import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  assertNever,
  bankAccountDecider,
  evolveAccount,
  fold,
  initialAccount,
  type BankEvent,
} from '../../../playground/engine/index.ts';

test('the example domain: open, deposit, withdraw, close', () => {
  const events: BankEvent[] = [
    { type: 'AccountOpened', data: { accountId: '1', owner: 'Ada' } },
    { type: 'MoneyDeposited', data: { amount: 100 } },
    { type: 'MoneyWithdrawn', data: { amount: 40 } },
    { type: 'AccountClosed', data: { reason: 'done' } },
  ];
  const state = fold(evolveAccount, initialAccount(), events);
  assert.deepEqual(state, { status: 'closed', accountId: '1', owner: 'Ada', balance: 60, transactions: 2 });
  assert.equal(bankAccountDecider.isTerminal?.(state), true);
});

test('at run time, an event type the switch does not know is reported by assertNever', () => {
  const unknown = { type: 'MoneyTeleported', data: {} } as unknown as BankEvent;
  assert.throws(() => evolveAccount(initialAccount(), unknown), /Unhandled case: .*MoneyTeleported/);
  assert.throws(() => assertNever('x' as never), /Unhandled case: "x"/);
});

test('at compile time, a switch that misses an event type fails with a `never` error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exhaustive-'));
  const engine = resolve('playground/engine/index.ts');
  try {
    const source = `import { assertNever, type BankEvent } from ${JSON.stringify(engine)};
export function describe(event: BankEvent): string {
  switch (event.type) {
    case 'AccountOpened': return 'opened';
    case 'MoneyDeposited': return 'in';
    case 'MoneyWithdrawn': return 'out';
    default: return assertNever(event); // AccountClosed is missing
  }
}
`;
    writeFileSync(join(dir, 'missing-case.ts'), source);
    writeFileSync(join(dir, 'complete.ts'), source.replace("case 'MoneyWithdrawn': return 'out';", "case 'MoneyWithdrawn': return 'out';\n    case 'AccountClosed': return 'closed';"));
    const tsc = resolve('node_modules/typescript/bin/tsc');
    const check = (file: string) => {
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: {
          noEmit: true, strict: true, target: 'ES2022', lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext',
          allowImportingTsExtensions: true, skipLibCheck: true, types: [],
        },
        files: [file],
      }));
      return spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    };
    const missing = check('missing-case.ts');
    assert.notEqual(missing.status, 0);
    assert.match(missing.stdout, /AccountClosed.*is not assignable to parameter of type 'never'/s);
    const complete = check('complete.ts');
    assert.equal(complete.status, 0, complete.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

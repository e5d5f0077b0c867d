/**
 * The mocha globals @web/test-runner provides in the browser (`@types/mocha` is not installed;
 * these are the few the element tests use), so `npx tsc -p .` checks the tests too.
 */
type MochaDone = (error?: unknown) => void;
type MochaFn = (this: { timeout(ms: number): void }, done: MochaDone) => void | Promise<unknown>;

declare function describe(title: string, fn: () => void): void;
declare function it(title: string, fn: MochaFn): void;
declare function before(fn: MochaFn): void;
declare function after(fn: MochaFn): void;
declare function beforeEach(fn: MochaFn): void;
declare function afterEach(fn: MochaFn): void;

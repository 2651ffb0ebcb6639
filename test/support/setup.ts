/**
 * Run by vitest before every test file (`setupFiles`), including where test files share
 * their modules: what each test file leaves behind goes when it is done.
 */
import { afterAll } from 'vitest';
import { closeKeptPool } from './pool.js';
import { removeTempDirs } from './temp.js';

afterAll(async () => {
  await closeKeptPool();
  removeTempDirs();
});

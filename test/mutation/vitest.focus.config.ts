import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

/** The suite's configuration with only the test files named in MUTATION_TESTS (comma-separated). */
const named = (process.env.MUTATION_TESTS ?? '').split(',').filter((f) => f.trim() !== '');
if (named.length === 0) throw new Error('MUTATION_TESTS: name the test files to run, separated by commas');

export default defineConfig({ ...base, test: { ...base.test, include: named } });

// FOR TESTS ONLY. With UNREPORT_TEST_THROWING_RULE=1 in its environment the server adds a rule
// that always throws, so tests can show over JSON-RPC that a failing rule becomes a single
// internal-error diagnostic while the other rules, and the server, carry on. Never set it otherwise.
import { RULES, type Rule } from '../core';

export const THROWING_RULE_ENV = 'UNREPORT_TEST_THROWING_RULE';

const throwingRule: Rule = {
  code: 'test-throwing-rule',
  defaultSeverity: 'error',
  description: 'Test only: always throws.',
  check() {
    throw new Error('test-throwing-rule always throws (UNREPORT_TEST_THROWING_RULE=1)');
  },
};

/** The rules this server process runs. */
export function activeRules(env: NodeJS.ProcessEnv = process.env): readonly Rule[] {
  return env[THROWING_RULE_ENV] === '1' ? [...RULES, throwingRule] : RULES;
}

import { describe, expect, it } from 'vitest';
import { REQUEST_LIMITS, requestShapeProblem } from './request-shape.js';
import { domainError } from './errors.js';
import { errorText } from './errors/catalogue.js';

function nested(depth: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { a: value };
  return value;
}

describe('request shape', () => {
  it('takes what forms send', () => {
    const report = {
      action: 'intake',
      report: { title: 'Назва', violator: { name: 'Відділ', kind: 'police' }, rights: ['liberty'] },
      personalData: { victims: [{ name: 'Особа', contact: { phone: '+380501234567' } }] },
    };
    expect(requestShapeProblem({ data: report })).toBeNull();
    expect(requestShapeProblem(null)).toBeNull();
    expect(requestShapeProblem(nested(REQUEST_LIMITS.maxDepth))).toBeNull();
  });

  it('refuses nesting past the limit, however deep, without overflowing the stack', () => {
    expect(requestShapeProblem(nested(REQUEST_LIMITS.maxDepth + 1))?.code).toBe('REQUEST.TOO_DEEP');
    // Deeper than any recursive walk survives (the callable protocol's own decode fails at ~5,000).
    const deep = JSON.parse(`${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`) as unknown;
    expect(requestShapeProblem(deep)?.code).toBe('REQUEST.TOO_DEEP');
  });

  it('refuses large bodies by their bytes, their text or their number of values', () => {
    expect(requestShapeProblem({}, REQUEST_LIMITS.maxBytes + 1)?.code).toBe('REQUEST.TOO_LARGE');
    expect(requestShapeProblem({ text: 'я'.repeat(REQUEST_LIMITS.maxBytes + 1) })?.code).toBe(
      'REQUEST.TOO_LARGE',
    );
    expect(requestShapeProblem({ items: new Array(REQUEST_LIMITS.maxNodes).fill(0) })?.code).toBe(
      'REQUEST.TOO_LARGE',
    );
    expect(requestShapeProblem({ text: 'я'.repeat(50_000) })).toBeNull();
  });

  it('refuses the callable protocol’s reserved `@type` key anywhere', () => {
    expect(requestShapeProblem({ data: { x: [{ '@type': 'foo' }] } })).toEqual({
      code: 'REQUEST.RESERVED_KEY',
    });
    expect(errorText('REQUEST.RESERVED_KEY', 'en')).toContain('@type');
  });

  it('says each refusal in Ukrainian and English', () => {
    const problem = requestShapeProblem(nested(100));
    expect(problem).toEqual({ code: 'REQUEST.TOO_DEEP', params: { maxDepth: 32 } });
    if (problem?.code !== 'REQUEST.TOO_DEEP') throw new Error('not refused as too deep');
    const refused = domainError(problem.code, problem.params);
    expect(refused.message).toMatch(/вкладених рівнів \(більше 32\)/);
    expect(refused.messageEn).toMatch(/nested too deeply/);
  });
});

import { describe, expect, it } from 'vitest';
import { shortVersionLabel } from './catalog';

describe('shortVersionLabel', () => {
  it.each([
    ["2023-1 / 'Version 1'", 'Version 1'],
    ["2025 (presumably 'Version 2'; never used in a draw)", '2025'],
    ['2026-Version 3', '2026-Version 3'],
    ['2026-Version 1 (label assumed; no round in feed up to #437)', '2026-Version 1'],
  ])('shortens %s to %s', (label, short) => {
    expect(shortVersionLabel(label)).toBe(short);
  });
});

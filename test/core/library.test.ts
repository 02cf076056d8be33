import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp.js';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, validateText } from '../../src/index.js';

const QOM = join(import.meta.dirname, '..', '..', 'examples', 'valid', 'qom-social-security.yaml');

describe('the library', () => {
  it('loadConfig is synchronous, and its result configures validateText', () => {
    const dir = tempDir('pishnevis-lib-');
    writeFileSync(join(dir, 'draft.config.yaml'), 'lang: en\nrules:\n  zwnj: off\n');
    const config = loadConfig(dir, { env: {} });
    expect(config).not.toBeInstanceOf(Promise);
    expect(config.lang).toBe('en');
    const text = readFileSync(QOM, 'utf8').replace(/^title: (.*)$/m, 'title: $1 که اجرا می شود');
    const withRule = validateText(text, { lang: 'en' });
    const withConfig = validateText(text, { config });
    expect(withRule.findings.map((f) => f.ruleId)).toContain('zwnj');
    expect(withConfig.findings.map((f) => f.ruleId)).not.toContain('zwnj');
  });

  it('a broken configuration is a ConfigError with its position', () => {
    const dir = tempDir('pishnevis-lib-');
    writeFileSync(join(dir, 'draft.config.yaml'), 'lang: en\nrules:\n  zwnj: sometimes\n');
    expect(() => loadConfig(dir, { env: {} })).toThrow(ConfigError);
    try {
      loadConfig(dir, { env: {} });
    } catch (e) {
      expect((e as ConfigError).line).toBe(3);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { CLAUSE_LABELS, clauseLabel, clauseLabelIndex, normalizeLabel } from '../../src/persian/alphabet.js';

// Copied from FORMAT.md (articles[].clauses).
const FORMAT_SEQUENCE =
  'الف، ب، پ، ت، ث، ج، چ، ح، خ، د، ذ، ر، ز، ژ، س، ش، ص، ض، ط، ظ، ع، غ، ف، ق، ک، گ، ل، م، ن، و، هـ، ی';

describe('CLAUSE_LABELS', () => {
  it('is the sequence of FORMAT.md', () => {
    expect(CLAUSE_LABELS.join('، ')).toBe(FORMAT_SEQUENCE);
    expect(CLAUSE_LABELS).toHaveLength(32);
  });

  it('writes heh with a tatweel and uses Persian letters', () => {
    expect(CLAUSE_LABELS[30]).toBe('\u0647\u0640');
    expect(CLAUSE_LABELS[24]).toBe('\u06A9');
    expect(CLAUSE_LABELS[31]).toBe('\u06CC');
  });

  it('cannot be modified', () => {
    expect(Object.isFrozen(CLAUSE_LABELS)).toBe(true);
  });
});

describe('clauseLabel and clauseLabelIndex', () => {
  it.each([
    [0, 'الف'],
    [1, 'ب'],
    [2, 'پ'],
    [13, 'ژ'],
    [30, 'هـ'],
    [31, 'ی'],
  ])('%s ↔ %s', (i, label) => {
    expect(clauseLabel(i)).toBe(label);
    expect(clauseLabelIndex(label)).toBe(i);
  });

  it.each([32, -1, 1.5])('has no label at %s', (i) => {
    expect(clauseLabel(i)).toBeUndefined();
  });

  it.each(['ه', 'ي', 'الف)', 'a', ''])('%j is not a normalized label', (label) => {
    expect(clauseLabelIndex(label)).toBe(-1);
  });
});

describe('normalizeLabel', () => {
  it.each([
    ['الف', 'الف'],
    ['  الف  ', 'الف'],
    ['الف)', 'الف'],
    ['الف -', 'الف'],
    ['الف–', 'الف'],
    ['ب.', 'ب'],
    ['(پ)', 'پ'],
    ['ت )', 'ت'],
    ['ه', 'هـ'],
    ['ه)', 'هـ'],
    ['ه-', 'هـ'],
    ['ه\u200D', 'هـ'],
    ['هـ', 'هـ'],
    ['هـ.', 'هـ'],
    ['ي', 'ی'],
    ['ى', 'ی'],
    ['ك', 'ک'],
    ['ك)', 'ک'],
    ['\u200Fد\u200F', 'د'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  it('removes one trailing mark only', () => {
    expect(normalizeLabel('الف).')).toBe('الف)');
  });

  it('leaves what is not a label for the caller to reject', () => {
    expect(normalizeLabel('الفب')).toBe('الفب');
    expect(clauseLabelIndex(normalizeLabel('الفب'))).toBe(-1);
  });

  it('normalizes every label to itself', () => {
    for (const label of CLAUSE_LABELS) expect(normalizeLabel(`${label})`)).toBe(label);
  });
});

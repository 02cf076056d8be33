import { describe, expect, it } from 'vitest';
import { ListCounter, paragraphList, readNumberingDefs } from '../../src/core/word/numbering.js';

// numbering.xml as Word writes it, with the formats Word offers for Persian and Arabic lists.
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
// Word 2010+ writes a custom sequence this way, with a decimal fallback for older readers.
const custom = (ilvl: number, format: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="${format}"/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="${text}"/></w:lvl>`;
const lvl = (ilvl: number, fmt: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">${lvl(0, 'arabicAlpha', '%1-')}${lvl(1, 'decimal', '%2-')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${lvl(0, 'arabicAbjad', '%1)')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${lvl(0, 'decimal', 'ماده %1 -')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="3">${lvl(0, 'hindiNumbers', '%1ـ')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="4">${lvl(0, 'bullet', '•')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="5">${custom(0, 'ا, ب, پ, ...', '%1-')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="6">${custom(0, 'أ, ب, ج, ...', '%1)')}</w:abstractNum>
  <w:num w:numId="8"><w:abstractNumId w:val="5"/></w:num>
  <w:num w:numId="9"><w:abstractNumId w:val="6"/></w:num>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="4"/></w:num>
  <w:num w:numId="7"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`;
const styles = `<w:styles ${W}>
  <w:style w:type="paragraph" w:styleId="Clause"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="ClauseChild"><w:basedOn w:val="Clause"/></w:style>
</w:styles>`;

describe("Word's list numbering", () => {
  const defs = readNumberingDefs(numbering, styles);

  it('arabicAlpha counts in the Persian alphabet, with nested decimal items restarting under each letter', () => {
    const c = new ListCounter(defs);
    const labels = [[0], [1], [1], [0], [1]].map(([l]) => c.next('1', l!)!.text);
    expect(labels).toEqual(['الف-', '۱-', '۲-', 'ب-', '۱-']);
  });

  it('arabicAbjad counts الف، ب، ج، د، هـ، و', () => {
    const c = new ListCounter(defs);
    expect(Array.from({ length: 6 }, () => c.next('2', 0)!.text)).toEqual(['الف)', 'ب)', 'ج)', 'د)', 'هـ)', 'و)']);
  });

  it('a pattern around the number («ماده %1 -») and digits in Persian', () => {
    const c = new ListCounter(defs);
    expect([c.next('3', 0)!.text, c.next('3', 0)!.text]).toEqual(['ماده ۱ -', 'ماده ۲ -']);
    expect(c.next('4', 0)).toMatchObject({ text: '۱ـ', kind: 'digits', value: 1 });
  });

  it('list instances of one list continue its count; a restart starts again', () => {
    const c = new ListCounter(defs);
    c.next('1', 0);
    c.next('1', 0);
    expect(c.next('5', 0)!.text).toBe('الف-');
    expect(c.next('7', 0)!.text).toBe('ماده ۵ -');
  });

  it("Word 2010's custom sequences («ا, ب, پ, ...», «أ, ب, ج, ...») in mc:AlternateContent", () => {
    const c = new ListCounter(defs);
    expect([c.next('8', 0)!.text, c.next('8', 0)!.text, c.next('8', 0)!.text]).toEqual(['الف-', 'ب-', 'پ-']);
    expect([c.next('9', 0)!.text, c.next('9', 0)!.text, c.next('9', 0)!.text]).toEqual(['الف)', 'ب)', 'ج)']);
  });

  it('bullets have no label; unknown lists none', () => {
    const c = new ListCounter(defs);
    expect(c.next('6', 0)).toMatchObject({ text: '', kind: 'bullet' });
    expect(c.next('99', 0)).toBeUndefined();
  });

  it("a paragraph style's numbering, through basedOn; numId 0 switches it off", () => {
    expect(paragraphList(defs, {}, 'ClauseChild')).toEqual({ numId: '2', ilvl: 0 });
    expect(paragraphList(defs, { numId: '0' }, 'Clause')).toBeUndefined();
    expect(paragraphList(defs, { numId: '3', ilvl: 1 }, undefined)).toEqual({ numId: '3', ilvl: 1 });
  });
});

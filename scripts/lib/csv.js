// RFC 4180 CSV parsing that keeps each record's raw text, so callers can hash a row exactly
// as it appears in the file.

/**
 * Parses CSV `text` into `{ header, records }`. Each record is `{ fields, raw, line }`, where
 * `raw` is the record's text without its line break and `line` its 1-based line number.
 * Quoted fields may contain commas, doubled quotes and line breaks. Throws on an unterminated
 * quote or a record whose field count differs from the header's.
 */
export function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records = [];
  let fields = [];
  let field = '';
  let quoted = false;
  let start = 0;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = (end) => {
    fields.push(field);
    records.push({ fields, raw: text.slice(start, end), line: recordLine });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      endRecord(i);
      i += 2;
      line += 1;
      start = i;
      recordLine = line;
      continue;
    } else if (char === '\n') {
      endRecord(i);
      line += 1;
      start = i + 1;
      recordLine = line;
    } else {
      field += char;
    }
    i += 1;
  }
  if (quoted) throw new Error(`unterminated quoted field in the record starting on line ${recordLine}`);
  if (start < text.length) endRecord(text.length);

  const nonEmpty = records.filter((record) => record.raw.trim() !== '');
  if (nonEmpty.length === 0) throw new Error('the CSV file is empty');
  const [headerRecord, ...rows] = nonEmpty;
  const header = headerRecord.fields.map((name) => name.trim());
  for (const row of rows) {
    if (row.fields.length !== header.length) {
      throw new Error(
        `line ${row.line} has ${row.fields.length} fields, expected ${header.length} as in the header`,
      );
    }
  }
  return { header, records: rows };
}

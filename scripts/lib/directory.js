// Maps rows of a digital health application directory (columns: name, manufacturer,
// manufacturer_country, kind, category, indication, listing_status, listed_on, price_eur,
// source_url) onto product registry records.

import { blake2AsHex } from '@polkadot/util-crypto';
import { parseCsv } from './csv.js';

/** Columns the loader needs. */
export const REQUIRED_COLUMNS = [
  'name', 'manufacturer', 'manufacturer_country', 'kind', 'category', 'listing_status',
  'listed_on', 'source_url',
];

/**
 * Chain category of each medical area of the German DiGA directory. Areas the chain has no
 * category for map to `Other`.
 */
export const CATEGORY_BY_AREA = {
  Psyche: 'MentalHealth',
  Stoffwechsel: 'Metabolism',
  Nervensystem: 'NervousSystem',
  'Muskeln, Knochen und Gelenke': 'Musculoskeletal',
  Krebs: 'Cancer',
  Urogenitalsystem: 'Urogenital',
  'Herz und Kreislauf': 'Cardiovascular',
  Ohren: 'Hearing',
  Atemwege: 'Respiratory',
  Verdauung: 'Digestion',
};

/** Chain product kind of each directory kind. */
export const KIND_BY_DIRECTORY_KIND = {
  app: 'MobileApp',
  web: 'WebApplication',
  device: 'Device',
};

/** Company-name suffixes that mark a company, compared without dots and case. */
const COMPANY_SUFFIXES = ['gmbh', 'ag', 'sro', 'bv', 'srl', 'se', 'ug', 'kg', 'ltd', 'inc'];

/** Returns `Company` if the name carries a company suffix (GmbH, AG, s.r.o., B.V., SRL, …). */
export function legalFormOf(name) {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/[.,]/g, '').toLowerCase())
    .filter(Boolean);
  return words.some((word) => COMPANY_SUFFIXES.includes(word)) ? 'Company' : null;
}

/** Key that identifies a manufacturer however its name is capitalised or spaced. */
export function manufacturerKey(name) {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Returns the chain category for a directory medical area. */
export function categoryOf(area) {
  return CATEGORY_BY_AREA[area.trim()] ?? 'Other';
}

/**
 * Reads a directory CSV text into products and manufacturers.
 *
 * Returns `{ products, manufacturers }`: each product has the row's fields, its chain `kind`
 * and `category`, `metadataHash` (blake2-256 of the row as it appears in the file), and
 * `manufacturerKey` (`null` without a manufacturer). `manufacturers` maps each key to the
 * first spelling seen, its country and its legal form.
 */
export function readDirectory(text) {
  const { header, records } = parseCsv(text);
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new Error(`the CSV file lacks the columns: ${missing.join(', ')}`);

  const manufacturers = new Map();
  const products = records.map((record) => {
    const row = Object.fromEntries(header.map((column, index) => [column, record.fields[index].trim()]));
    const kind = KIND_BY_DIRECTORY_KIND[row.kind];
    if (!kind) throw new Error(`line ${record.line}: unknown kind "${row.kind}", expected app, web or device`);
    if (!['permanent', 'provisional', 'removed'].includes(row.listing_status)) {
      throw new Error(`line ${record.line}: unknown listing_status "${row.listing_status}"`);
    }
    if (!row.name) throw new Error(`line ${record.line}: the name is empty`);
    let key = null;
    if (row.manufacturer) {
      key = manufacturerKey(row.manufacturer);
      if (!manufacturers.has(key)) {
        manufacturers.set(key, {
          key,
          name: row.manufacturer,
          country: /^[A-Z]{2}$/.test(row.manufacturer_country) ? row.manufacturer_country : null,
          legalForm: legalFormOf(row.manufacturer),
          spellings: new Set([row.manufacturer]),
        });
      } else {
        const manufacturer = manufacturers.get(key);
        manufacturer.spellings.add(row.manufacturer);
        if (!manufacturer.country && /^[A-Z]{2}$/.test(row.manufacturer_country)) {
          manufacturer.country = row.manufacturer_country;
        }
      }
    }
    return {
      ...row,
      line: record.line,
      kind,
      category: categoryOf(row.category),
      metadataHash: blake2AsHex(record.raw, 256),
      manufacturerKey: key,
    };
  });
  return { products, manufacturers };
}

import { describe, expect, it } from 'vitest';
import { closestCompanies, companyKey, sameCompany } from '../../src/domain/company.js';

describe('companyKey', () => {
  const cases: [string, string][] = [
    ['Northwind Health', 'northwind health'],
    ['Northwind Health, Inc.', 'northwind health'],
    ['NORTHWIND HEALTH INC', 'northwind health'],
    ['Northwind Health LLC', 'northwind health'],
    ['Contoso Ltd.', 'contoso'],
    ['Contoso Ltd', 'contoso'],
    ['Contoso Pty Ltd', 'contoso'],
    ['Fabrikam GmbH', 'fabrikam'],
    ['Fabrikam Corp.', 'fabrikam'],
    ['Fabrikam Co.', 'fabrikam'],
    ['Fabrikam Corporation', 'fabrikam'],
    ['Société Générale S.A.', 'societe generale'],
    ['Smith & Co.', 'smith'],
    ['Johnson & Johnson', 'johnson and johnson'],
    ['The Walt Disney Company', 'walt disney'],
    ['Coca-Cola', 'coca cola'],
    ['  Zürich   Insurance  ', 'zurich insurance'],
    ['Ann\u200bCo Labs', 'annco labs'],
    // A name that is only a legal form keeps it: nothing folds to an empty key.
    ['Co', 'co'],
    ['The', 'the'],
  ];
  for (const [name, key] of cases) it(`${JSON.stringify(name)} → ${JSON.stringify(key)}`, () => expect(companyKey(name)).toBe(key));
});

describe('sameCompany', () => {
  const cases: [string | undefined, string | undefined, boolean][] = [
    ['Northwind Health, Inc.', 'northwind health', true],
    ['Nörthwind Health', 'Northwind Health Ltd', true],
    ['Northwind', 'Northwind Health', false],
    ['Contoso', 'Contoso Labs', false],
    [undefined, 'Contoso', false],
    ['', '', false],
    ['  ', 'Co', false],
  ];
  for (const [a, b, same] of cases) it(`${String(a)} / ${String(b)}: ${same}`, () => expect(sameCompany(a, b)).toBe(same));
});

describe('closestCompanies', () => {
  const listed = ['Northwind Health', 'Contoso Ltd', 'Fabrikam GmbH', 'Tailspin Toys'];
  it('names the listed employers a typo is close to, closest first', () => {
    expect(closestCompanies('Northwnd Helth', listed)).toEqual(['Northwind Health']);
    expect(closestCompanies('contosso', listed)).toEqual(['Contoso Ltd']);
    expect(closestCompanies('Fabri', listed)).toEqual(['Fabrikam GmbH']);
  });
  it('names none when nothing is close', () => expect(closestCompanies('Adventure Works', listed)).toEqual([]));
});

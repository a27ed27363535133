import { describe, expect, it } from 'vitest';
import { extractEntities } from '../functions/pipeline/extract/entities.ts';

const names = (list: Array<{ name: string }>): string[] => list.map((e) => e.name);
const lists = (t: string): { people: string[]; organizations: string[]; places: string[] } => {
  const e = extractEntities(t, [0]);
  return { people: names(e.people), organizations: names(e.organizations), places: names(e.places) };
};

describe('the Organisations and Places lists', () => {
  it('reads a lone word before "area", "district" or "region" as a place, not an organisation', () => {
    const r = lists('Police were called to the Hollins area of Barnford on Sunday night. Residents of the Elmsby district said the road was shut.');
    expect(r.places).toEqual(expect.arrayContaining(['Hollins', 'Elmsby']));
    expect(r.organizations).not.toContain('Hollins');
    expect(r.organizations).not.toContain('Elmsby');
  });

  it('keeps an organisation word in a name before "area" an organisation ("the Labour council area")', () => {
    const r = lists('Turnout in the Hollins Council area rose, officials said.');
    expect(r.places).not.toContain('Hollins Council');
  });

  it('moves a run the People list rejects to Organisations on organisation evidence', () => {
    const r = lists('Shares in investment bank Pellow Brant fell 4% on Monday. A spokesman for Kessler Marsh declined to comment. She works at Tobin Greaves in the city.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Pellow Brant', 'Kessler Marsh', 'Tobin Greaves']));
    for (const o of ['Pellow Brant', 'Kessler Marsh', 'Tobin Greaves']) expect(r.people).not.toContain(o);
  });

  it('reads an organisation suffix ("Watch", "Inc") as organisation evidence for a rejected run', () => {
    const r = lists('The dossier came from the campaigners of Ocean Rights Watch, and shares in Harlow Pine Inc rose.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Ocean Rights Watch', 'Harlow Pine Inc']));
  });

  it('reads an organisation word after a rejected run ("the X movement") and ", from X," as organisation evidence', () => {
    const r = lists('Marchers aligned with the Green Streets Matter movement gathered. Alma Reyes, from Clean Harbour Watchers, said the march was peaceful.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Green Streets Matter', 'Clean Harbour Watchers']));
  });

  it('leaves a rejected run without evidence out of both lists', () => {
    const r = lists('Fans of the Velvet Morning Parade queued for hours.');
    expect(r.organizations).not.toContain('Velvet Morning Parade');
    expect(r.places).not.toContain('Velvet Morning Parade');
  });

  it('drops a lone word after "the" that nothing shows to be an organisation (a work), keeps one that speaks', () => {
    const r = lists('The final of the Showmaker drew five million viewers. Critics at the Chronicle newspaper were unkind, and the Courier said the format was tired.');
    expect(r.organizations).not.toContain('Showmaker');
    expect(r.organizations).toEqual(expect.arrayContaining(['Chronicle', 'Courier']));
  });

  it('keeps plural party names after "the" ("the Whigs")', () => {
    expect(lists('Voters turned to the Whigs in the north.').organizations).toContain('Whigs');
  });

  it('drops a participle or plural swept in before an inner "the", but keeps names built that way', () => {
    const r = lists('Regarding the Harlow Foundation, nothing was said. It delivered Whigs the Guild House. Stop the Mill Coalition said no.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Harlow Foundation', 'Guild House', 'Stop the Mill Coalition']));
    expect(r.organizations).not.toContain('Regarding the Harlow Foundation');
  });

  it('keeps nationalities, a monarch and words that only end in s out of Organisations', () => {
    const r = lists('Police said the Belgians had found him. Other Middle Eastern nations objected. The fund was set up by King Alfred IV, and trade in the Yuletimas rush was slow.');
    for (const o of ['Belgians', 'Other Middle Eastern', 'Middle Eastern', 'King Alfred IV', 'Yuletimas']) expect(r.organizations).not.toContain(o);
  });

  it('keeps acronyms of things out of Organisations, but not those of organisations', () => {
    const r = lists('The charity funds HIV research and sells a DVD of its concert, the NRFU said.');
    expect(r.organizations).not.toContain('HIV');
    expect(r.organizations).not.toContain('DVD');
    expect(r.organizations).toContain('NRFU');
  });

  it('leaves a title in quotation marks out of Organisations', () => {
    const r = lists('Her new show, “The Glass Harbour Club”, opens in May. The Glass Harbour Club plays nightly.');
    expect(r.organizations).toContain('Glass Harbour Club');
    const q = lists('She starred in “Harbour Lights Society” last year.');
    expect(q.organizations).not.toContain('Harbour Lights Society');
    // Some newswires print quotation marks as two apostrophes.
    expect(lists("The island was paraded as a ''Showcase of Progress Society'' abroad.").organizations).not.toContain('Showcase of Progress Society');
  });

  it('does not list a person the People list shows as an organisation too', () => {
    const r = lists('Senator Maria Okafor spoke on Monday. Later the Okafor said nothing.');
    expect(r.people).toContain('Maria Okafor');
    expect(r.organizations).not.toContain('Okafor');
  });
});

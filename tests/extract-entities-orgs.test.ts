import { describe, expect, it } from 'vitest';
import { extractEntities } from '../functions/pipeline/extract/entities.ts';

const orgs = (text: string): string[] => extractEntities(text, [0]).organizations.map((e) => e.name);
const people = (text: string): string[] => extractEntities(text, [0]).people.map((e) => e.name);

describe('organisation names holding "and", "of the", "for"', () => {
  it('joins a list closed by a word for a body into one name', () => {
    const text = 'The papers were sent to the House Oversight and Government Reform Committee on Tuesday, aides said.';
    expect(orgs(text)).toEqual(['House Oversight and Government Reform Committee']);
    expect(orgs('Inspectors from the Food and Drug Administration visited the plant last week.')).toEqual(['Food and Drug Administration']);
    expect(orgs('He signed for Dagenham and Redbridge Football Club in the summer.')).toEqual(['Dagenham and Redbridge Football Club']);
    expect(orgs('Ms Okafor sits on the Health, Education, Labor and Pensions Committee in the Senate.')).toContain('Health, Education, Labor and Pensions Committee');
  });

  it('joins the field of a body headed by "Department of", "Bureau of", "Centers for"', () => {
    expect(orgs('A spokesman for the Department of Health and Human Services said the rule would change.')).toEqual(['Department of Health and Human Services']);
    expect(orgs('Agents from the Bureau of Alcohol, Tobacco, Firearms and Explosives searched the house.')).toEqual(['Bureau of Alcohol, Tobacco, Firearms and Explosives']);
    expect(orgs('Officials at the Centers for Disease Control and Prevention issued new advice.')).toEqual(['Centers for Disease Control and Prevention']);
  });

  it('keeps a body headed by "of" whose field reads like a title ("Department of Justice")', () => {
    expect(orgs('The Department of Justice opened an inquiry, and the Ministry of Defence declined to comment.')).toEqual(['Department of Justice', 'Ministry of Defence']);
    // A title with "of" is still no body.
    expect(orgs('The Secretary of State flew to Brussels on Monday.')).toEqual([]);
  });

  it('reads "of the" inside a body\'s name, or before one who speaks for it', () => {
    expect(orgs('She studied at the University of the West of England in Bristol.')).toEqual(['University of the West of England']);
    expect(orgs('A Top of the Pops spokesperson said the show would return in the spring.')).toEqual(['Top of the Pops']);
    expect(orgs('The report came from the Office for the Coordination of Humanitarian Affairs in Geneva.')).toEqual(['Office for the Coordination of Humanitarian Affairs']);
  });

  it('leaves two people, two places and two bodies side by side apart', () => {
    const text = 'Hillary Clinton and Donald Trump met voters. Britain and France agreed. Ofcom and the BBC Trust said so.';
    expect(people(text)).toEqual(['Hillary Clinton', 'Donald Trump']);
    expect(orgs(text)).toEqual(['BBC Trust']);
    expect(orgs('The bill passed the Senate and House of Representatives on Friday.')).toEqual(['House of Representatives']);
    expect(orgs('Rates were set by the Treasury and Bank of England together.')).toEqual(['Bank of England']);
  });

  it('leaves a list of names apart even when its last item ends in a word for a body', () => {
    expect(orgs('Last month, Paramount, Universal and Warner Brothers backed the rival format.')).toContain('Warner Brothers');
    expect(orgs('Last month, Paramount, Universal and Warner Brothers backed the rival format.')).not.toContain('Universal and Warner Brothers');
    // A serial comma is a list's.
    expect(orgs('Its rivals include Cigna, Aetna, Humana, and UnitedHealth Group.').some((n) => n.includes(' and '))).toBe(false);
    // Two names of one shape: "Denver Broncos and Carolina Panthers".
    expect(orgs('The Denver Broncos and Carolina Panthers met in the final.').some((n) => n.includes(' and '))).toBe(false);
  });

  it('leaves the parts apart where the article uses one alone as a name', () => {
    const text = 'Shares in Continental and American Airlines fell. Continental said its costs had risen sharply.';
    expect(orgs(text)).toContain('American Airlines');
    expect(orgs(text)).not.toContain('Continental and American Airlines');
  });

  it('joins a list closed by "Hall of Fame", or by a body word after a rank and a plural ("General Dockers Union")', () => {
    expect(orgs('The singer was inducted into the Jazz and Blues Hall of Fame in 1998.')).toEqual(['Jazz and Blues Hall of Fame']);
    expect(orgs('Members of the Transport and General Dockers Union (TGDU) voted to strike.')).toContain('Transport and General Dockers Union');
    // A rank before a body word with nothing between is a body of its own, not part of the first.
    expect(orgs('Sales at Ford and General Motors fell in May, the Commerce Department said.').some((n) => n.includes(' and '))).toBe(false);
    // A rank before a name is a person's.
    expect(orgs('The Defence Committee and General Stanton disagreed.').some((n) => n.includes(' and '))).toBe(false);
  });

  it('joins a body named after two people, however often the first is named alone', () => {
    const text = 'She and Omar, her husband, back many causes. Her work is paid for by the Omar and Lena Haddad Foundation, she said.';
    expect(orgs(text)).toEqual(['Omar and Lena Haddad Foundation']);
  });

  it('keeps a plural possessive inside a body\'s name ("Dockers\' Union"), not a person\'s or a team\'s', () => {
    expect(orgs('A spokesman for the National Dockers\u2019 Union said the vote was close.')).toEqual(['National Dockers\u2019 Union']);
    expect(orgs("He was cleared at Leeds Magistrates' Court on Friday.")).toEqual(["Leeds Magistrates' Court"]);
    expect(orgs("She joined the Reserve Officers' Training Corps at college.")).toEqual(["Reserve Officers' Training Corps"]);
    // A person's possessive, and a team's before a competition, stay outside the name.
    expect(orgs("Rep. Dana Jenkins' College Access Act passed the House.").some((n) => n.includes('Jenkins'))).toBe(false);
    expect(orgs("He is needed for the Falcons' Celtic League match with Munster.").some((n) => n.includes("Falcons'"))).toBe(false);
  });

  it('joins no work or place named with "of the" after a word that heads no body', () => {
    expect(orgs('He starred in The Lord of the Rings and later in other films.')).not.toContain('Lord of the Rings');
    expect(orgs('The romantic drama was set in the Centre of the World, a seaside town.')).not.toContain('Centre of the World');
  });
});

describe('a person and where they are from, read as one run ("X of Greece")', () => {
  it('names the person and leaves the Organisations list', () => {
    const text = 'Third seed Marta Kovalenko of Ukraine beat Ines Ferreira of Portugal 6-2 6-4. Kovalenko said her serve was better.';
    expect(orgs(text)).toEqual([]);
    expect(people(text)).toContain('Marta Kovalenko');
    const hill = 'Representative Joan T. Ames of Oregon, the panel chairwoman, said the vote would wait. Ames said so again on Friday.';
    expect(orgs(hill)).toEqual([]);
    expect(people(hill)).toContain('Joan T. Ames');
  });

  it('drops "a Democrat of Ohio", a description and no name', () => {
    expect(orgs('Sherrod Lane, a Democrat of Ohio, voted against the measure.')).toEqual([]);
  });

  it('keeps bodies named "of" a place', () => {
    expect(orgs('The Communications Workers of America endorsed him, and so did the Royal Bank of Scotland.')).toEqual(['Communications Workers of America', 'Royal Bank of Scotland']);
    expect(orgs('The Recording Industry of America picked the song.')).toEqual(['Recording Industry of America']);
    expect(orgs('Profits at SK Telecom of South Korea rose 4%, the company said.')).toEqual(['SK Telecom of South Korea']);
  });
});

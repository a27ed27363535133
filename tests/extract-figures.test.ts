import { describe, expect, it } from 'vitest';
import { extractFigures, figureMentions } from '../functions/pipeline/extract/figures.ts';
import { splitSentences } from '../functions/pipeline/extract/sentences.ts';

const figures = (text: string) => extractFigures(text, splitSentences(text));
const find = (text: string, figText: string) => figures(text).find((f) => f.text === figText);

describe('extractFigures', () => {
  it('reads a measure and what it measures: "aid weighing 36 tons"', () => {
    const text = 'Earlier, the ministry delivered the third batch of humanitarian aid weighing 36 tons, consisting of food and medicine.';
    const f = find(text, '36 tons');
    expect(f).toMatchObject({ value: 36, unit: 'tons', context: 'humanitarian aid' });
    expect(text.slice(f!.start, f!.end)).toBe('36 tons');
  });

  it('reads a count with what happened to it: "770 citizens … were evacuated"', () => {
    const text = 'In the period from August 26 to December 1, 770 citizens of the republic (and of its neighbours) were evacuated by air, and more than 100 tons of cargo were delivered.';
    expect(find(text, '770 citizens')).toMatchObject({ value: 770, unit: 'citizens', context: 'citizens evacuated' });
    expect(find(text, 'more than 100 tons')).toMatchObject({ value: 100, unit: 'tons', context: 'cargo' });
    // The dates are not figures.
    expect(figures(text).map((f) => f.text)).toEqual(['770 citizens', 'more than 100 tons']);
  });

  it('reads money with scale and currency, and percentages, with the subject that changed', () => {
    const text = 'Quarterly profits at the media group jumped 76% to $1.13bn (£600m) for the three months to December.';
    expect(find(text, '76%')).toMatchObject({ value: 76, unit: '%', context: 'Quarterly profits' });
    // The conversion in brackets is part of the figure, not a figure of its own.
    expect(find(text, '$1.13bn (£600m)')).toMatchObject({ value: 1.13e9, unit: 'USD', context: 'Quarterly profits' });
    expect(find(text, '£600m')).toBeUndefined();
  });

  it('keeps a range with its converted range as one figure: "$2.1m to $3.4m (£1.5m to £2.4m)"', () => {
    const text = 'The retailer said the closures would reduce its earnings by $2.1m to $3.4m (£1.5m to £2.4m) this year.';
    expect(figures(text).map((f) => f.text)).toEqual(['$2.1m to $3.4m (£1.5m to £2.4m)']);
    expect(find(text, '$2.1m to $3.4m (£1.5m to £2.4m)')).toMatchObject({ value: 2.1e6, unit: 'USD' });
  });

  it('reads "per annum" as a rate, with the conversion after it: "$20 billion per annum (£11bn)"', () => {
    const text = 'The charity says $20 billion per annum (£11bn) is needed to vaccinate children in poorer countries.';
    expect(figures(text).map((f) => [f.text, f.unit])).toEqual([['$20 billion per annum (£11bn)', 'USD per year']]);
  });

  it('names the subject of the change verb, never the month or the place after the figure', () => {
    const text = 'The price of shipping a container climbed by 25% in March, to about $9,000 per box, while ferry fares from Dover to Calais reached £120 per car in Kent.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['25%', 'price of shipping a container'],
      ['about $9,000', 'price of shipping a container'],
      ['£120', 'ferry fares from Dover to Calais'],
    ]);
  });

  it('a specific head stands alone; an "of" phrase after a measure ends before a particle', () => {
    const text = 'Annual sales at the bakery chain fell 8% on Tuesday. The barges moved 4.5 million tonnes of coal out of the northern mines.';
    expect(find(text, '8%')?.context).toBe('Annual sales');
    expect(find(text, '4.5 million tonnes')?.context).toBe('coal');
  });

  it('an earning verb names its subject; conversions share the context; an age; no time word or bare place', () => {
    const text = 'The ferry line has raked in $12m (£9.5m) in the first month of its summer season. The board approved 4bn euros ($4.4bn; £3.5bn) of upgrades. Its founder was just 41 years old. The yard took about $2m in Bergen alone over the next 3 years.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['$12m (£9.5m)', 'ferry line'],
      ['4bn euros ($4.4bn; £3.5bn)', 'upgrades'],
      ['41 years', 'age'],
      ['about $2m', 'yard'],
      // "over the next 3 years" bounds the sum in time, as a date would: no figure.
    ]);
  });

  it('a cost verb names what costs: "every week of delay costs farmers £40 million"', () => {
    const text = 'Every month of closure costs the town £2 million. The new bridge will cost $3bn.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['£2 million', 'closure'],
      ['$3bn', 'new bridge'],
    ]);
  });

  it('a count says what happened to it: the verb after it, across asides and prepositions', () => {
    const text = 'The river rose overnight, with at least 4,000 homes flooded. Some 52 members out of 90 - among them 12 lawyers - opposed the plan. About 9,000 tenants in the district will also benefit from the scheme. The lorry carried 300 crates, with each crate packed by hand. Officials moved 1,200 residents who were later housed in schools. The party won 49 out of the 54 seats for the lower house of parliament. The charity sorted 300 parcels containing used clothes.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['at least 4,000 homes', 'homes flooded'],
      ['Some 52 members', 'members opposed the plan'],
      ['12 lawyers', 'lawyers'],
      ['About 9,000 tenants', 'tenants will benefit'],
      ['300 crates', 'crates carried'],
      // A relative clause right after the count says what happened to it; an -ing modifier or a noun does not.
      ['1,200 residents', 'residents housed'],
      ['54 seats', 'seats'],
      ['300 parcels', 'parcels sorted'],
    ]);
  });

  it('a state named right after a count says what it is: "12 handsets available", "384 delegates at stake"', () => {
    const text = 'There will be 12 handsets available at launch. In all, 384 delegates are in play and 40 seats at stake. At least 20 hikers missing since Friday were found.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['12 handsets', 'handsets available'],
      ['384 delegates', 'delegates in play'],
      ['40 seats', 'seats at stake'],
      ['At least 20 hikers', 'hikers missing'],
    ]);
  });

  it('a figure in brackets ends with them; a share phrase ends at an aside; a measure takes only a known verb', () => {
    const text = 'Jones (who has 40 seats) must win 12 more. For the mayor, a member of Council, 21% would be angry -- including 30% of traders. The crash happened 200 yards from the gate. The tug carried 300 tonnes to port.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['40 seats', 'seats'],
      ['21%', 'would be angry'],
      ['30%', 'traders'],
      ['200 yards', 'crash happened'],
      ['300 tonnes', 'tonnes carried'],
    ]);
  });

  it('a count as the object of a verb: "collected 40,000 signatures", with a named place kept; a reporting verb is not the action', () => {
    const text = 'The charity has collected 40,000 signatures. The brewer shipped 12,000 barrels to Norway last year. A survey showed 48 managers feared cuts. A club must sell 3,000 tickets to survive. The carrier ordered 30 Boeing 737 jets.';
    expect(figures(text).map((f) => [f.text, f.unit, f.context])).toEqual([
      ['40,000 signatures', 'signatures', 'signatures collected'],
      ['12,000 barrels', 'barrels', 'barrels shipped to Norway'],
      ['48 managers', 'managers', 'managers feared'],
      ['3,000 tickets', 'tickets', 'tickets to sell'],
      ['30 Boeing 737 jets', 'jets', 'Boeing 737 jets ordered'],
    ]);
  });

  it('a change named after the figure: "a 4.1% drop in bus fares", "a 6% wage increase", "a 3 point rise"', () => {
    const text = 'The 4.1% drop in bus fares surprised riders. Staff were offered a 6% wage increase. The poll showed a 3 point rise from June.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['4.1%', 'drop in bus fares'],
      ['6%', 'wage increase'],
      ['3 point', 'rise from June'],
    ]);
  });

  it('"up 4% on 2002" after a figure measures the change of what that figure measured', () => {
    const text = 'The ferry firm carried 1.2 million passengers in Norway last year, up 4% on 2002. Exports were flat, down 2% from March.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['1.2 million passengers', 'passengers carried in Norway'],
      ['4%', 'passengers carried in Norway up on 2002'],
      ['2%', 'Exports down from March'],
    ]);
  });

  it('a percentage of people is read with what they said, and its subject through "won", "had", an aside or a verb group', () => {
    const text = 'Another 12% said they were undecided. Among farmers, 41%, say prices are too low. The layoffs hit 15% of the 2,400 staff at the plant. The Greens won 14 percent and Labour had 31 percent. Youth unemployment is currently stuck at 18%. Inflation is forecast to fall below 3% next year. The index has gained 7% since the election.';
    expect(figures(text).filter((f) => f.unit === '%').map((f) => [f.text, f.context])).toEqual([
      ['12%', 'said they were undecided'],
      ['41%', 'farmers say prices are too low'],
      ['15%', '2,400 staff'],
      ['14 percent', 'Greens'],
      ['31 percent', 'Labour'],
      ['18%', 'Youth unemployment'],
      ['3%', 'Inflation'],
      ['7%', 'index'],
    ]);
  });

  it('reads past an aside, a possessive owner, "an increase of", "as high as", and what a count is needed for or belongs to', () => {
    const text = 'Ferry bookings - a rough guide to demand - were £3bn, down from £3.4bn. Labour’s 41 percent led the poll on Friday night. For a small farm that is an increase of about £900. The true jobless rate could be as high as 30 percent. It takes 218 votes to pass a bill. The final drew an audience of 9 million viewers after the replay. The port spent 9 trillion rupiah ($600m) on dredging.';
    expect(figures(text).map((f) => [f.text, f.unit, f.context])).toEqual([
      ['£3bn', 'GBP', 'Ferry bookings'],
      ['£3.4bn', 'GBP', 'Ferry bookings'],
      ['41 percent', '%', 'Labour'],
      ['about £900', 'GBP', 'increase'],
      ['as high as 30 percent', '%', 'true jobless rate'],
      ['218 votes', 'votes', 'votes needed to pass'],
      ['9 million viewers', 'viewers', 'audience of viewers'],
      ['9 trillion rupiah ($600m)', 'IDR', 'port'],
    ]);
  });

  it('a -ly noun is not an adverb ("the Lowry family"), and a verb with no named subject keeps where the money went', () => {
    const text = 'The Lowry family will donate $2m. He said he had raised about $900m from the Harbour Fund. Tax cuts worth 6bn rand ($330m) were passed.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['$2m', 'Lowry family'],
      ['about $900m', 'raised from Harbour Fund'],
      ['6bn rand ($330m)', 'Tax cuts'],
    ]);
  });

  it('money: "sold for £4m" names what was sold, "200m euros" is money, with no named subject the verb stays, with what follows it; a margin keeps its clause', () => {
    const text = 'The depot was eventually sold for £4m. The fund will spend 200m euros on roads. She said he had raised $3m. The port did well and spends 2 billion dollars on dredging. Smith led Jones by 9 points in the count.';
    expect(figures(text).map((f) => [f.text, f.value, f.unit, f.context])).toEqual([
      ['£4m', 4e6, 'GBP', 'depot sold'],
      ['200m euros', 2e8, 'EUR', 'fund'],
      ['$3m', 3e6, 'USD', 'raised'],
      ['2 billion dollars', 2e9, 'USD', 'spends on dredging'],
      ['9 points', 9, 'points', 'Smith led Jones'],
    ]);
  });

  it('units: degrees with their scale, a duration in two units as one figure', () => {
    const text = 'It was 40 degrees Celsius (104 degrees Fahrenheit) in the shade. She swam the course in 4 minutes 12 seconds.';
    expect(figures(text).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['40 degrees Celsius (104 degrees Fahrenheit)', 40, '°C'],
      ['4 minutes 12 seconds', 4.2, 'minutes'],
    ]);
  });

  it('age groups, races and titles are not figures', () => {
    const text = 'He coaches under 12 girls on Saturdays. She won the 200m and the 800m title. She starred in 12 Hours last spring.';
    expect(figures(text)).toEqual([]);
  });

  it('reads ranges as one figure', () => {
    const text = 'Between 5 and 10 people were hurt. Prices rose 5-7% in the spring. The wall runs 3 to 4 kilometres.';
    expect(figures(text).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['Between 5 and 10 people', 5, 'people'],
      ['5-7%', 5, '%'],
      ['3 to 4 kilometres', 3, 'kilometres'],
    ]);
  });

  it('reads spelled scales and currency words: "5 million dollars", "2.5 per cent"', () => {
    const text = 'The repairs cost 5 million dollars and rates rose 2.5 per cent.';
    expect(figures(text).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['5 million dollars', 5e6, 'USD'],
      ['2.5 per cent', 2.5, '%'],
    ]);
  });

  it('ignores years, dates, times, ordinals, reference numbers and bare numbers', () => {
    const text = 'In 2003 the firm, founded on 5 March 1990 some 12 years ago, came 3rd at 10:30 in Windows 7 trials at No. 10 and scored 45.';
    expect(figures(text)).toEqual([]);
  });

  it('works on lower-cased, tokenised text', () => {
    const text = 'profits jumped 76 % to $ 1.13bn in the quarter .';
    expect(figures(text).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['76 %', 76, '%'],
      ['$ 1.13bn', 1.13e9, 'USD'],
    ]);
  });

  it('reads a range as one figure, valued at its low end, when both ends carry the same unit', () => {
    const text = 'Engineers put the cost of the new lock gates at between £190m and £265m, while turnout at the harbour ballot rose from 10% to 15% in the county.';
    expect(figures(text).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['between £190m and £265m', 1.9e8, 'GBP'],
      ['from 10% to 15%', 10, '%'],
    ]);
    expect(find(text, 'from 10% to 15%')!.context).not.toBe('county');
    const dashed = 'The board priced the dredging at £5-6bn and said 10 to 15% of the berths would close.';
    expect(figures(dashed).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['£5-6bn', 5e9, 'GBP'],
      ['10 to 15%', 10, '%'],
    ]);
  });

  it('keeps two figures with different units apart, and "and" joins a range only after "between"', () => {
    expect(figures('Ferry profits jumped 76% to $1.13bn last year.').map((f) => f.text)).toEqual(['76%', '$1.13bn']);
    expect(figures('The port spent £4m and £6m on two cranes.').map((f) => f.text)).toEqual(['£4m', '£6m']);
    // A falling pair without "from" is a score.
    expect(figures('The mayor leads her rival among pensioners, 49% to 41%, in the harbour poll.').map((f) => f.text)).toEqual(['49%', '41%']);
  });

  it('counts -men plurals: "300 fishermen"', () => {
    expect(find('About 300 fishermen gathered at the quay on Friday.', 'About 300 fishermen')).toMatchObject({ value: 300, unit: 'fishermen' });
  });

  it('a list item with nothing of its own measures what the item before it measured, in the same unit', () => {
    const text = 'The harbour board expects ferry revenue growth of 1.5% in Kent next year and 2.2% in Essex, with 300 berths and 40 cranes.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['1.5%', 'ferry revenue growth'],
      ['2.2%', 'ferry revenue growth'],
      ['300 berths', 'berths'],
      ['40 cranes', 'cranes'],
    ]);
  });

  it('"with £11.8m" belongs to the clause subject; ", valued at $500m" to the noun before the comma', () => {
    expect(figures('The regional museum led the visitor rankings with £11.8m ($15m), ahead of the aquarium.').map((f) => [f.text, f.context])).toEqual([
      ['£11.8m ($15m)', 'regional museum'],
    ]);
    expect(find('The port is seeking to award contracts for three berths, valued at $500m.', '$500m')!.context).toBe('three berths');
  });

  it('a count with nothing said of it keeps the named place it is in', () => {
    expect(find('“Tell that to the 44,000 nurses in the NHS,” the minister said.', '44,000 nurses')!.context).toBe('nurses in the NHS');
  });

  it('takes a subject across a comma only after a linking participle, and a place only when it is one', () => {
    expect(find('Demand for cider in the region is still low, at just 0.4 litres a head.', '0.4 litres')!.context).not.toBe('low');
    expect(find('The mayor won all 40 delegates in the Kent primary on Tuesday.', '40 delegates')!.context).not.toMatch(/Kent$/);
    // A price per unit is part of the figure and its unit.
    expect(find('Fishermen could claim between 150 euros and 300 euros a day.', 'between 150 euros and 300 euros a day')).toMatchObject({ value: 150, unit: 'EUR per day' });
  });
  it('a conversion in brackets is part of the figure, and still counts as a mention for the ranking', () => {
    const text = 'The canal authority earned £40m ($52m; 47m euros) from tolls. The towpath runs 12 miles (19km) along the canal. Tickets rose to £9 (a record) this spring. The stake fell to 4% (12 seats).';
    const found = figures(text);
    expect(found.map((f) => [f.text, f.value, f.unit, f.context])).toEqual([
      ['£40m ($52m; 47m euros)', 4e7, 'GBP', 'canal authority'],
      ['12 miles (19km)', 12, 'miles', 'towpath runs'],
      ['£9', 9, 'GBP', 'Tickets'],
      ['4%', 4, '%', 'stake'],
      ['12 seats', 12, 'seats', 'seats'],
    ]);
    // Three mentions in "£40m ($52m; 47m euros)", as when each was a figure of its own.
    expect(figureMentions(found).map((m) => text.slice(m.start, m.start + 4))).toEqual(['£40m', '$52m', '47m ', '12 m', '19km', '£9 (', '4% (', '12 s']);
  });

  it('a change "from X to Y" says what changed, with its verb: the subject before it or the object after it', () => {
    const text = 'Membership fees at the rowing club rose from £80 to £95 in March. The council has lowered the speed limit on the harbour road from 40 to 30 miles. The mill cut its workforce from 300 to 220 staff, while dock charges were reduced from 6% to 4.5%. It said that output is forecast to fall from 2.1% to 1.7% next year.';
    expect(figures(text).map((f) => [f.text, f.value, f.context])).toEqual([
      ['from £80 to £95', 80, 'Membership fees at the rowing club rose'],
      ['from 40 to 30 miles', 40, 'speed limit on the harbour road lowered'],
      ['from 300 to 220 staff', 300, 'workforce cut'],
      ['from 6% to 4.5%', 6, 'dock charges were reduced'],
      ['from 2.1% to 1.7%', 2.1, 'output is forecast to fall'],
    ]);
  });

  it('a duration after for, over, in or within measures how long what comes before it lasted', () => {
    const text = 'The ferry company, which has been running the island route for 40 years, is for sale. Rents collected over the past 15 years paid for the pier. Talks with the unions have been taking place for 6 months. The mill lost 4m euros (£3m) in the 12 months to June. Trade grew faster in May than at any time in 20 months. Hotel bookings are at their highest level in 9 years.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['40 years', 'running the island route'],
      ['15 years', 'Rents collected'],
      ['6 months', 'Talks with the unions taking place'],
      ['4m euros (£3m)', 'mill'],
      // After a figure's own unit, or with no event named ("any time"), nothing is said of what lasted: "the 12
      // months to June" and "at any time in 20 months" are time frames, no figures.
      ['9 years', 'Hotel bookings at their highest level'],
    ]);
  });
  it('a bare verb before money gets its subject ("managers could get", "the firm, which owes"), never a pronoun', () => {
    const text = 'Night porters could get $300 to $400 a month. Lenders fear a default could sink the ferry firm, which owes about $8.2bn. A levy would enable it to save $40m. The mill faces a fine of £2m.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['$300 to $400 a month', 'Night porters get'],
      ['about $8.2bn', 'ferry firm owes'],
      ['$40m', 'save'],
      ['£2m', 'fine'],
    ]);
  });

  it('a present verb right after a count, with its object, says what the counted do; "cast" is a past form', () => {
    const text = 'About 3 million anglers own a rod licence in the north. Only 9,000 members cast a vote at the meeting. Of the 640 ballots cast in the March 3 poll, 410 were valid.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['About 3 million anglers', 'anglers own a rod licence'],
      ['9,000 members', 'members cast a vote'],
      // A month after "in the" is a time, not a place where the ballots were cast.
      ['640 ballots', 'ballots cast'],
    ]);
  });
  it('a price per unit is part of the figure ("$53 a barrel"); "worth of", "more" and a match minute', () => {
    const text = 'Brent crude futures climbed to $61.20 a barrel in London. The statutory wage of £6.10 ($7.90) an hour was raised. The navy cancelled $2bn worth of frigates. The dairy agreed to pay 15% more for milk. Harriers took the lead on 62 minutes through a header.';
    expect(figures(text).map((f) => [f.text, f.unit, f.context])).toEqual([
      ['$61.20 a barrel', 'USD per barrel', 'Brent crude futures'],
      ['£6.10 ($7.90) an hour', 'GBP per hour', 'statutory wage'],
      ['$2bn', 'USD', 'frigates'],
      // "more" is never what a figure measures: the payer is.
      ['15%', '%', 'dairy'],
      // A match minute dates the goal: no figure.
    ]);
  });
  it('a share of a group says what the group says or does; in a score each share is its own side’s', () => {
    const text = 'Some 64 percent of anglers in the county survey said they would fish less. The poll showed Mary Hale leading Tom Price among members, 52 percent to 41 percent. About 12% of the delegates will abstain.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['Some 64 percent', 'anglers said they would fish less'],
      ['52 percent', 'Mary Hale'],
      ['41 percent', 'Tom Price'],
      ['About 12%', 'delegates will abstain'],
    ]);
  });
  it('a relative pronoun stands for the phrase before its comma; a four-letter -ed word is a verb ("sued")', () => {
    const text = 'Exports fell because of the weak Danish krone, which slipped 3% in May. The council has sued 12 landlords over repairs.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['3%', 'weak Danish krone'],
      ['12 landlords', 'landlords sued'],
    ]);
  });
  it('a count with nothing said of it but a named holder is that holder’s ("Ted Cruz has 11 delegates")', () => {
    const text = 'Jane Hale has 14 delegates and Rivers has 9 delegates. The Greens have 24 council seats. Dover had 115 cases of theft. The firm has 5,000 staff.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['14 delegates', 'Jane Hale’s delegates'],
      ['9 delegates', 'Rivers’ delegates'],
      ['24 council seats', 'Greens’ council seats'],
      // An of-phrase says more than the holder; "The firm" is no name.
      ['115 cases', 'cases of theft'],
      ['5,000 staff', 'staff'],
    ]);
  });
  it('a duration before "before" is still one after "for"; a state after a duration is what lasted', () => {
    const text = 'She was harbour master for 6 years before she retired. After 3 months at the helm, he quit. He served 4 years in prison. The pier shut 2 weeks before the storm.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['6 years', 'harbour master'],
      ['3 months', 'at the helm'],
      ['4 years', 'in prison'],
    ]);
  });
  it('a count after a verb with a particle or a ranking word is its object: "laid off", "a record", "another"', () => {
    const text = 'The mill laid off more than 300 weavers last spring. Its appeal has reached a record 41,000 signatures, and the town plans to acquire 12 buses and add another 9 vans.';
    expect(find(text, 'more than 300 weavers')?.context).toBe('weavers laid off');
    expect(find(text, '41,000 signatures')?.context).toBe('signatures reached');
    // After "to", a lower-case word is a verb even when the table does not list it.
    expect(find(text, '12 buses')?.context).toBe('buses to acquire');
    expect(find(text, '9 vans')?.context).toBe('vans added');
    // A determiner after "to" is no verb: the count keeps only its noun.
    expect(find('They hope to visit all 40 parishes.', '40 parishes')?.context).toBe('parishes');
  });

  it('a count governed by a preposition belongs to the phrase before it, not to a ratio or a number', () => {
    const text = 'The bishop gave a sermon to about 4,000 pilgrims. Overall, Hart leads with 312 delegates. The cooperative has depots in 17 provinces. One in 8 farmers sold up, and the books went into 12 languages in 30 markets.';
    expect(find(text, 'about 4,000 pilgrims')?.context).toBe('sermon to pilgrims');
    expect(find(text, '312 delegates')?.context).toBe('Hart leads with delegates');
    expect(find(text, '17 provinces')?.context).toBe('depots in provinces');
    // "one in 8" is a ratio, whose base is no count of farmers, and "12 languages in 30 markets" a phrase after a number:
    // neither is a governing phrase.
    expect(find(text, '8 farmers')).toBeUndefined();
    expect(find(text, '30 markets')?.context).toBe('markets');
    // A bare participle takes the subject of its verb group.
    expect(find('The gala is expected to be attended by 900 donors.', '900 donors')?.context).toBe('gala attended by donors');
  });

  it('says what the counted do after the count: a progressive, "expected to", a relative clause, an -ing verb', () => {
    const text = 'Some 41,000 patients were waiting for surgery in the region. About 9,000 fans are expected to attend the cup final. Of the 3 million farmers who own tractors, half are over 60. There are 2.1m people needing home care.';
    expect(find(text, 'Some 41,000 patients')?.context).toBe('patients waiting for surgery');
    expect(find(text, 'About 9,000 fans')?.context).toBe('fans expected to attend the cup final');
    expect(find(text, '3 million farmers')?.context).toBe('farmers own tractors');
    // "2.1m" before people is millions, not metres.
    expect(find(text, '2.1m people')).toMatchObject({ value: 2.1e6, unit: 'people', context: 'people needing home care' });
    expect(find('He won the 100m hurdles.', '100m')).toBeUndefined();
    // A perfect is active: what they did, with its object.
    expect(find('Over 5 million viewers have watched the series.', 'Over 5 million viewers')?.context).toBe('viewers have watched the series');
  });

  it('a count in brackets restates the figure before it; a rate base names what is rated', () => {
    const text = 'Independents received 12.4 percent (61,207 votes) in the county. There were 7 burglaries for every 1,000 households.';
    expect(find(text, '61,207 votes')?.context).toBe('votes received');
    expect(find(text, '1,000 households')?.context).toBe('burglaries per households');
  });

  it('reads the -ing forms of verbs ending in a double letter ("killing", not "killling")', () => {
    expect(find('The storm was killing 30 cattle a day.', '30 cattle')?.context).toBe('cattle killed');
  });
  it('reads spelt-out counts that say something, and a unit joined by a hyphen; neither changes the ranking’s count', () => {
    const text = 'Five miners were trapped and twenty-two others escaped. The club gave him a 10-year contract after a two-year ban. About two million households bought the set.';
    const found = figures(text);
    expect(find(text, 'Five miners')).toMatchObject({ value: 5, unit: 'miners', context: 'miners trapped' });
    expect(find(text, '10-year')).toMatchObject({ value: 10, unit: 'years', context: 'contract' });
    expect(find(text, 'two-year')).toMatchObject({ value: 2, unit: 'years', context: 'ban' });
    expect(find(text, 'About two million households')).toMatchObject({ value: 2e6, unit: 'households', context: 'households bought the set' });
    // "others" counts nothing worth a figure; the ranking sees none of the new figures.
    expect(found.some((f) => f.text.includes('twenty-two'))).toBe(false);
    expect(figureMentions(found)).toEqual([]);
    // Beside a figure in digits, only that one is a mention.
    const mixed = figures('Seven nurses were hired and 40 beds were added.');
    expect(mixed.map((f) => f.text)).toEqual(['Seven nurses', '40 beds']);
    expect(figureMentions(mixed)).toEqual([{ start: mixed[1]!.start }]);
  });

  it('a spelt-out number that names things, a ratio, a title or an age is not a figure', () => {
    const text = 'The two companies have two sons. One in four voters agreed. He joined Four Seasons as a 34-year-old chef, three years ago, with the three biggest rivals.';
    expect(figures(text)).toEqual([]);
  });
  it('a bare verb before money takes the subject a pronoun stands for after "said", and keeps "for"', () => {
    const text = 'The brewer also said it planned to spend 300m euros on new plants. On Monday, Ms Hale announced that she had raised $4 million. Retailers expect the new console to sell for £199 in the UK.';
    expect(find(text, '300m euros')?.context).toBe('brewer spend on new plants');
    expect(find(text, '$4 million')?.context).toBe('Ms Hale raised');
    expect(find(text, '£199')?.context).toBe('new console sell for');
    // With no reporting verb the pronoun is still nobody: the verb stays bare.
    expect(find('It hopes the move will let it save $40m.', '$40m')?.context).toBe('save');
  });

  it('money after a verb and a name: whom it was paid or fined; a stake or a loan keeps what it is in or from', () => {
    const text = 'The league fined Harlow coach Dan Moss £3,000 on Friday. Vantel holds a 12% stake in Norrland Power and took a $700m loan from the state bank in March.';
    expect(find(text, '£3,000')?.context).toBe('Harlow coach Dan Moss fined');
    expect(find(text, '12%')?.context).toBe('stake in Norrland Power');
    expect(find(text, '$700m')?.context).toBe('loan from state bank');
    // "in return" says nothing of the loan.
    expect(find('They accepted a $9bn loan in return for cuts.', '$9bn')?.context).toBe('loan');
  });
  it('a figure alone in brackets measures the common noun phrase before them; a repeated "by" continues a list; "which" without a comma', () => {
    const text = 'Most of the farmers polled (61%) backed the plan. The buys are in Leeds (around £9,000). Coal prices rose by 6% in March and by 11% in Wales. It lifted bonds which have gained 3% since May.';
    expect(find(text, '61%')?.context).toBe('farmers polled');
    expect(find(text, 'around £9,000')?.context).toBe('');
    expect(find(text, '11%')?.context).toBe(find(text, '6%')?.context);
    expect(find(text, '6%')?.context).toBe('Coal prices');
    expect(find(text, '3%')?.context).toBe('bonds');
  });
  it('"a total of" is passed over to the verb or holder before it, and no phrase before a total is what it totals', () => {
    expect(find('Three Bank of Ireland units agreed to pay a total of $40m (£21m) to settle the claims.', '$40m (£21m)')?.context).toBe('Bank of Ireland units');
    expect(find('The market stall made a total of £12,000 (€14,000) over the summer.', '£12,000 (€14,000)')?.context).toBe('market stall');
    const cuts = find('The union expects 120 posts to go this month, the first round in a total of 300 job cuts at the plant.', '300 job cuts');
    expect(cuts?.context).not.toMatch(/round/);
  });

  it('a bare verb before a sum says what the sum went on or to when no subject can be named', () => {
    expect(find('He spent $3m on radio adverts in the spring, aides said.', '$3m')?.context).toBe('spent on radio adverts');
    expect(find('She is paying $90,000 to buy the old depot on Mill Road.', '$90,000')?.context).toBe('paying to buy the old depot');
    // A time or a place after the sum is not what it went on.
    expect(find('They raised $2m in March.', '$2m')?.context).toBe('raised');
    expect(find('They raised $2m in Ohio.', '$2m')?.context).toBe('raised');
    // After a modal any verb is one: its subject is named.
    expect(find('Members of the cooperative will share £3m, with most getting about £50.', '£3m')?.context).toBe('Members share');
    expect(find('Previously, tenants could claim £400 if the heating failed.', '£400')?.context).toBe('tenants claim');
  });

  it('a frequency ("every 40 minutes") measures how often what comes before it happens', () => {
    expect(find('A new coffee shop opens every 40 minutes, according to the survey.', '40 minutes')?.context).toBe('new coffee shop opens');
    expect(find('Mr Hale said reporters were ringing "every 10 minutes".', '10 minutes')?.context).toBe('reporters ringing');
  });

  it('a poll share named for its side is that side’s: "41 percent for Dana Ruiz", "shows Ruiz with 44 percent"', () => {
    expect(find('Some 48 percent backed the mayor, versus 41 percent for Dana Ruiz.', '41 percent')?.context).toBe('Dana Ruiz');
    expect(find('It found 30 percent for independent candidate Lee Park.', '30 percent')?.context).toBe('Lee Park');
    expect(find('A poll by the Gazette shows Ruiz with 44 percent and Okafor on 40 percent.', '44 percent')?.context).toBe('Ruiz');
    // A share of something, a place or the side a verb is done to is not the side's.
    expect(find('Okafor trailed Ruiz with 90 percent of precincts reporting.', '90 percent')?.context).not.toBe('Ruiz');
    expect(find('Okafor follows Ruiz with 16 percent.', '16 percent')?.context).not.toBe('Ruiz');
    expect(find('Growth was 2.1% for the US and 1.4% for the year.', '2.1%')?.context).not.toBe('US');
  });
  it('after a pronoun or an auxiliary a word before a sum is a verb; its subject or what the sum went on is named', () => {
    expect(find('The charity said it was seeking $4.2m for flood relief.', '$4.2m')?.context).toBe('charity seeking');
    expect(find('It moved $9m into two Swiss bank accounts last year.', '$9m')?.context).toBe('moved into two Swiss bank accounts');
    expect(find('It provided more than $80,000 annually for office space.', 'more than $80,000')?.context).toBe('provided for office space');
    expect(find('The appeal has so far received almost £3 million, organisers said.', 'almost £3 million')?.context).toBe('appeal received');
    expect(find('The plan is backed by councillors, under rules which the auditors say would save at least £12m.', 'at least £12m')?.context).toBe('rules');
    // A pronoun says nothing of what a figure is.
    expect(find('"It doesn\'t matter if it\'s £10m, we will not sell."', '£10m')?.context).toBe('');
  });

  it('a figure in brackets after a name’s noun phrase measures it; a fronted "In … trade" is not the subject', () => {
    expect(find("Nearly half of Ruiz's support (48 percent) comes from older voters.", '48 percent')?.context).toBe("Ruiz's support");
    expect(find("In late morning trade in Tokyo the group's share price was up 3%.", '3%')?.context).toBe("group's share price");
  });
  it('a sum as the subject of a passive is what was done with it; an aside set off by commas is not the subject', () => {
    expect(find('Officials said just £2.1m was spent on local advertising last year.', '£2.1m')?.context).toBe('spent on local advertising');
    expect(find("The remaining $14m will be paid by the firm's insurers.", '$14m')?.context).toBe("paid by firm's insurers");
    // A noun linked before the sum already names it.
    expect(find('He said fines of up to £900 would be levied on landlords.', 'up to £900')?.context).toBe('fines');
    expect(find('The Riverside Trust, which backed the plan, spent at least $34,000 on leaflets.', 'at least $34,000')?.context).toBe('Riverside Trust spent on leaflets');
  });

  it('"that" before a verb is a relative pronoun: "a depot fire that destroyed 40 buses"', () => {
    expect(find('It was the third blaze this year at a depot that destroyed 40 buses.', '40 buses')?.context).toBe('buses destroyed');
  });

  it('a duration that opens its sentence lasts as long as the main clause after its comma', () => {
    expect(find('For 16 hours, nine councillors in the chamber refused to leave.', '16 hours')?.context).toBe('nine councillors in the chamber refused');
    expect(find('Over the last 8 years, I have seen a lot of shops close and it hurts.', '8 years')?.context).toBe('seen a lot of shops close');
    // No main clause to name ("he had what …"): a duration that says nothing of what lasted is left off.
    expect(find('For 12 years, he had what is often called the best job.', '12 years')).toBeUndefined();
  });
  it('a list item that names its own year measures what the item before did; ", or" restates the figure before', () => {
    expect(find('In 2001/02, for example, fees rose by 3.1% and in 2003/04 by 6.2%.', '6.2%')?.context).toBe('fees');
    expect(find('Northgate fell $2.10, or 1.8 percent, to $114.50.', '1.8 percent')?.context).toBe('Northgate');
  });
  it('an aside, brackets or a relative clause between a subject and its change verb are passed over', () => {
    expect(find('Junk texts, offering ways to win a free phone, have declined by 35%.', '35%')?.context).toBe('Junk texts');
    expect(find('The five largest northern ports (Hull, Leeds, York and Tyne) grew by more than 4% last year.', 'more than 4%')?.context).toBe('five largest northern ports');
    expect(find('The volume of mail that can be sorted has fallen by 60% since 2010.', '60%')?.context).toBe('volume of mail');
    // "that" after a verb opens what was said, not a clause inside the subject.
    expect(find('The mayor claimed that crime has gone down 12 percent.', '12 percent')?.context).not.toBe('mayor');
  });
  it('"which it sold for £2m": the noun before "which" is what the pronoun sold; "that" is left alone', () => {
    expect(find('The council has regretted the loss of the old bus depot which it sold for £2m in 2010.', '£2m')?.context).toBe('old bus depot sold for');
    expect(find('The charity told the news agency that it was seeking $3m for flood relief.', '$3m')?.context).not.toMatch(/agency/);
  });
});

describe('extractFigures: a pronoun subject named from the people and organisations', () => {
  const names = {
    people: [{ name: 'Maria Olsen' }, { name: 'Peter Grant' }, { name: 'Dana Frey' }],
    organizations: [{ name: 'Norland Power' }, { name: 'Harbour Trust' }],
  };
  const withNames = (text: string, figText: string) => extractFigures(text, splitSentences(text), names).find((f) => f.text === figText)?.context;

  it('"he"/"she" is the one person of that gender named in the sentences before', () => {
    expect(withNames('Maria Olsen entered the mayoral race in May. By September she had raised $2.4m from small donors.', '$2.4m')).toMatch(/^Maria Olsen raised/);
    expect(withNames('Mr Grant toured the port on Friday. He won 58% in the county primary.', '58%')).toMatch(/^Peter Grant won/);
    // A progressive keeps its doer: "she was earning".
    expect(withNames('Maria Olsen left the bank in 2009. At the time she was earning $90,000 a year.', '$90,000 a year')).toMatch(/^Maria Olsen earning/);
  });

  it('leaves the verb bare when two people fit, none is named, the verb is passive or the pronoun is quoted', () => {
    // Peter and Dana: Dana's gender is unknown, so "he" may be either.
    expect(withNames('Peter Grant debated Dana Frey on Monday. He raised $1.2m the next day.', '$1.2m')).toBe('raised');
    expect(withNames('The race tightened in the autumn. She raised $1.2m in October.', '$1.2m')).toBe('raised');
    expect(withNames('Peter Grant met the board. He was paid $40,000 for the talk.', '$40,000')).not.toMatch(/Grant/);
    expect(withNames('Peter Grant was blunt. “If they ask, he raised $3m for us,” a donor said.', '$3m')).not.toMatch(/Grant/);
    // A name the People list lacks still counts: "Hale" may be the one meant, so Peter Grant is not named.
    expect(withNames('Peter Grant led early on. Hale, 22, took the lead at the turn, where he broke clear in 21.4 seconds.', '21.4 seconds')).not.toMatch(/Grant/);
    // The same lower-cased, where no capital marks "hale" as a name: the age after it does.
    const lower = 'peter grant led early on. hale, 22, took the lead at the turn, where he broke clear in 21.4 seconds.';
    expect(extractFigures(lower, splitSentences(lower), { people: [{ name: 'peter grant' }], organizations: [] }).find((f) => f.text === '21.4 seconds')?.context).not.toMatch(/grant/);
    // A party word opening a sentence is no name, even when the article writes it mid-sentence too.
    expect(withNames('Peter Grant addressed the rally. Democratic leaders watched from the stage. He raised $1.2m for the Democratic side that night.', '$1.2m')).toMatch(/^Peter Grant raised/);
    // A person of unknown gender is never named ("Robin" may be either).
    expect(extractFigures('Robin Vale joined in 2001. He raised $2m in a year.', splitSentences('Robin Vale joined in 2001. He raised $2m in a year.'), { people: [{ name: 'Robin Vale' }], organizations: [] }).find((f) => f.text === '$2m')?.context).toBe('raised');
    // A firm the name finder may take for a person is no one "he" could be.
    expect(withNames('Peter Grant advises Lanford Capital on its deals. He earns $50,000 for the work.', '$50,000')).toMatch(/^Peter Grant earns/);
    // A woman described after the one named may be the one meant.
    expect(withNames('Maria Olsen sits on the board. The firm employed the wife of a director, and she earned $2m a year.', '$2m a year')).not.toMatch(/Olsen/);
    // "She" cannot be Mr Grant, the only person named.
    expect(withNames('Mr Grant toured the port on Friday. She won 58% in the county primary.', '58%')).not.toMatch(/Grant/);
  });

  it('"it"/"they" opening a sentence is the organisation that opened the sentence before', () => {
    expect(withNames('Norland Power reported a loss for the year. It spent £3m on new turbines.', '£3m')).toMatch(/^Norland Power spent/);
    expect(withNames('The Harbour Trust has appealed for donors. They raised $800,000 last winter.', '$800,000')).toMatch(/^Harbour Trust raised/);
    // Not after a clause of its own, nor when the sentence before opens with something else.
    expect(withNames('Norland Power reported a loss. In 2010, it spent £3m on turbines.', '£3m')).not.toMatch(/Norland/);
    expect(withNames('Shares in Norland Power fell. It spent £3m on turbines.', '£3m')).not.toMatch(/Norland/);
  });
});

describe('extractFigures: what is no figure, and what a figure compares', () => {
  it('leaves time frames off the figures, as it does dates, while the ranking still counts them', () => {
    const text =
      'Sales at the bakery chain fell 4% over the past 12 months. Flour prices were at their highest for 9 years in May. ' +
      'It was the first time in 30 years the mill had closed. Home United took the lead on 62 minutes. ' +
      'The strike lasted 3 years, and the 15 year lease ends in 2030.';
    const found = figures(text);
    expect(found.map((f) => f.text)).toEqual(['4%', '9 years', '3 years', '15 year']);
    // What lasted is said, or what was at its highest, or the unit is singular (a modifier of "lease"): kept.
    expect(find(text, '3 years')?.context).toMatch(/strike/);
    expect(find(text, '9 years')?.context).toMatch(/^Flour prices/);
    // The four dropped durations are still mentions for the ranking's fact density, in text order.
    const starts = figureMentions(found).map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts.map((s) => text.slice(s, s + 2))).toEqual(['4%', '12', '9 ', '30', '62', '3 ', '15']);
    expect(figureMentions(found)).toHaveLength(found.length + 3);
  });

  it('how long since a bare superlative is no figure: "their lowest level in 22 years", "a seven-year high"', () => {
    const text =
      'Spending held up, helped by mortgage rates which are at their lowest level in 22 years. Copper rose to a seven-year high, and the index hit four-month lows. ' +
      'She won her first final in 48 minutes and ran the 200m in 22.04 seconds.';
    expect(figures(text).map((f) => f.text)).toEqual(['48 minutes', '22.04 seconds']);
  });

  it('a falling hyphenated pair is a score, no figure, while the ranking still counts it: "3-3 winners"', () => {
    const text = 'Rovers sealed a 4-2 Premier League win and were 3-3 winners on aggregate. The club sold 10-15 players last year.';
    const found = figures(text);
    expect(found.map((f) => f.text)).toEqual(['10-15 players']);
    expect(figureMentions(found)).toHaveLength(2);
  });

  it('a whole track distance names its event, no figure: "10,000m hope", "world 100m and 200m titles"', () => {
    const text =
      'The 5,000m hope Ana Reis was stripped of her world 100m and 200m titles. She jumped 6.42m, and the new tunnel is 400m long. ' +
      'Imports reached 110m tons.';
    const found = figures(text);
    expect(found.map((f) => f.text)).toEqual(['6.42m', '400m', '110m']);
    // The two dropped here stay mentions for the ranking ("The 5,000m" was never one: the race rule before reads it).
    expect(figureMentions(found)).toHaveLength(5);
  });

  it('keeps a tenure, an age and time spent, which measure someone: "his 14 years as mayor"', () => {
    const text =
      'During his 14 years as mayor he built a bridge. She spent the past 20 years as a nurse. The singer, despite his 71 years, still tours.';
    expect(figures(text).map((f) => f.text)).toEqual(['14 years', '20 years', '71 years']);
  });

  it('leaves a number inside a name off: "Radio 4 listeners", "FTSE 250 firms", "the Olympic 400m"', () => {
    const text =
      'The show is popular with Radio 4 listeners and with FTSE 250 firms. She won the Olympic 400m in 2012. ' +
      'About 40 people marched, and in Leeds, 25 protesters were held. Earlier on Friday 15 marchers were freed.';
    expect(figures(text).map((f) => f.text)).toEqual(['About 40 people', '25 protesters', '15 marchers']);
    // After a colon a capital opens a clause, and a past verb is no name.
    expect(figures('CAREER: Played 118 matches for his county.').map((f) => f.text)).toEqual(['118 matches']);
  });

  it('after "one in" any number is the base of a rate: "one in 45 children", "1 in 4 residents"', () => {
    const text = 'About one in 45 children has asthma, and 1 in 4 residents lives alone. Jo was one of 20 pupils hurt.';
    expect(figures(text).map((f) => f.text)).toEqual(['20 pupils']);
  });

  it('the base of a proportion is no count: "eight in 10 voters", "one of 100 pupils"', () => {
    const text = 'Nearly 8 in 10 voters say they will watch. Only one of 100 pupils failed. Two of 16 dancers were injured.';
    // 16 dancers is how many there are; 10 and 100 only say how large a share is.
    expect(figures(text).map((f) => f.text)).toEqual(['16 dancers']);
  });

  it('"a year ago" dates a money figure, "a year" after it otherwise makes it a rate', () => {
    const text = 'Revenue rose to $5.1bn from $4.8bn a year earlier. The scheme will cost £30m a year.';
    expect(figures(text).map((f) => [f.text, f.unit])).toEqual([
      ['$5.1bn', 'USD'],
      ['$4.8bn', 'USD'],
      ['£30m a year', 'GBP per year'],
    ]);
  });

  it('a count followed by an auxiliary the verb tables miss says what its predicate says', () => {
    const text =
      'A further 8,000 cottages are yet to be surveyed, the council said. Some 2.1 million homes have fibre lines. ' +
      'Only three of the 40 members were women. Around 600 posts had gone while others were moved.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['8,000 cottages', 'cottages are yet to be surveyed'],
      ['Some 2.1 million homes', 'homes have fibre lines'],
      // What follows "three of the 40 members" is said of the three.
      ['40 members', 'members'],
      ['Around 600 posts', 'posts had gone'],
    ]);
  });

  it('a verb read as the counted noun is no figure: "the 737 does not", "Doom 3 feels"', () => {
    const text = 'Flying the 737 does not save fuel. At times Doom 3 feels slow. Some 300 workers gathered outside.';
    expect(figures(text).map((f) => f.text)).toEqual(['Some 300 workers']);
  });

  it('a multiple says what it compares: "10 times faster than copper lines"', () => {
    const text = 'The new link is 10 times faster than copper lines. Drivers were 2.5 times more likely to be fined in the previous year. He hit the post 3 times.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['10 times', 'faster than copper lines'],
      ['2.5 times', 'more likely to be fined'],
      ['3 times', expect.not.stringMatching(/^(?:more|faster)/)],
    ]);
  });

  it('a count with a state after its verb: "are up for grabs", "were in play"', () => {
    const text = 'In all, 210 delegates are up for grabs in four states. Nine seats were in play last night.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['210 delegates', 'delegates up for grabs'],
      ['Nine seats', 'seats in play'],
    ]);
  });
});

describe('extractFigures: session 10 (subjects behind a period, a relative or a comma; windows and bare durations)', () => {
  it('a period closing the subject says when, not what: "Operating profit for 2004 was £12.1m"', () => {
    expect(find('Operating profit for 2004 was £12.1m, the firm said.', '£12.1m')?.context).toBe('Operating profit');
    expect(find('The average rent for a student in 2019 was about $900.', 'about $900')?.context).toBe('average rent');
    expect(find('Net sales for the first quarter rose 12% to $4bn.', '12%')?.context).toBe('Net sales');
  });

  it('a change in -ing after a comma is said of the subject of the clause before it', () => {
    expect(find('Hotel chains also performed well, rising 3.1%.', '3.1%')?.context).toBe('Hotel chains');
    expect(find('However, coffee prices have recovered in Brazil, climbing to $1.90 a pound.', '$1.90 a pound')?.context).toBe('coffee prices');
    // A pronoun is no subject to name.
    expect(find('They did well, rising 3.1%.', '3.1%')?.context ?? '').not.toMatch(/They/);
  });

  it('"the comedy, which took $12.5m": the thing before the comma took it', () => {
    expect(find('Critics panned the comedy, which took $12.5m (£6.6m).', '$12.5m (£6.6m)')?.context).toBe('comedy took');
    // "has" is no earning of the thing before the comma.
    expect(find('The poll shows Ruiz with 41 percent versus Hale, who has 38 percent.', '38 percent')?.context ?? '').not.toMatch(/has$/);
  });

  it('"up nearly $2bn from 2003 - while": a dash ends the base of a change', () => {
    expect(find('Net income was $4.1bn - up nearly $2bn from 2003 - while turnover rose.', 'nearly $2bn')?.context).toBe('Net income up from 2003');
  });

  it('leaves off a window ("over the past 18 months") and a duration that says nothing of what lasted', () => {
    const text = 'Bus fares have soared over the past 18 months. She left the paper after 11 years. Rents collected over the past 15 years paid for the pier. He won the 800m in 1 minute, 47.12 seconds.';
    const found = figures(text);
    expect(found.map((f) => f.text)).toEqual(['15 years', '47.12 seconds']);
    // The dropped durations still count as mentions for the ranking's fact density.
    const starts = figureMentions(found).map((m) => m.start);
    expect(starts).toEqual(expect.arrayContaining([text.indexOf('18 months'), text.indexOf('11 years')]));
  });

  it('"raise the minimum wage to $12 an hour": what the verb brings to the sum', () => {
    expect(find('The mayor wants to raise the city minimum wage to $12 an hour.', '$12 an hour')?.context).toBe('city minimum wage');
    expect(find('The budget increased spending on rural roads to 40bn rupees.', '40bn rupees')?.context).toBe('spending on rural roads');
    expect(find('He hopes to double it to $5bn.', '$5bn')?.context ?? '').not.toBe('it');
  });

  it('"£30bn in spending cuts", "12 percent fewer visitors": the change or comparison the figure sizes', () => {
    expect(find('The party promised £30bn in spending cuts by 2010.', '£30bn')?.context).toBe('spending cuts');
    expect(find('The museum had 12 percent fewer visitors this year.', '12 percent')?.context).toBe('fewer visitors');
  });

  it('"rose 20 cents, to $18.10 an ounce": a unit-only context is not passed on to the next figure', () => {
    expect(find('Platinum rose 20 cents, to $18.10 an ounce.', '$18.10 an ounce')?.context).not.toBe('cents');
  });
});

describe('extractFigures: poll sides named before the share, when the article names that person', () => {
  const names = { people: [{ name: 'Maria Ruiz' }, { name: 'Tom Hale' }, { name: 'Ann Ode' }], organizations: [] };
  const sides = (text: string) => extractFigures(text, splitSentences(text), names).map((f) => [f.text, f.context]);
  it('"comes in third with", "follows X with", ", who has", a list line "Name, N percent."', () => {
    expect(sides('Maria Ruiz comes in second with 31 percent. Tom Hale follows Ruiz with 12 percent.')).toEqual([
      ['31 percent', 'Maria Ruiz'],
      ['12 percent', 'Tom Hale'],
    ]);
    expect(sides('The survey shows Ann Ode ahead, while Ruiz, who has 28 percent, is second.')).toEqual([['28 percent', 'Ruiz']]);
    expect(sides('Tom Hale, 9 percent.')).toEqual([['9 percent', 'Tom Hale']]);
  });
  it('not a name the article does not know as a person: "Unemployment comes in at 5 percent"', () => {
    expect(sides('Unemployment comes in at 5 percent.')[0]?.[1]).not.toBe('Unemployment');
  });
});

describe('extractFigures: counts that only repeated their unit', () => {
  it('"412 attacks against shelters", "61 cases of suspected fraud": what the counted are of or against', () => {
    expect(find('Police reported 412 attacks against migrant shelters, ranging from arson to threats.', '412 attacks')?.context).toBe('attacks against migrant shelters');
    expect(find('Auditors said there were 61 cases of suspected fraud in the scheme.', '61 cases')?.context).toBe('cases of suspected fraud');
    // Not a place or a time: "18 players on the pitch" keeps to the unit rules.
    expect(find('They had 18 players on the pitch.', '18 players')?.context ?? '').not.toMatch(/pitch/);
  });

  it('"raised its capacity by 8.1% to 120,500 megawatts": the level reached measures what changed', () => {
    expect(find('The grid raised its generating capacity by 8.1% to 120,500 megawatts.', '120,500 megawatts')?.context).toBe('generating capacity');
  });

  it('"£12m has already been spent on leaflets": an adverb inside the passive', () => {
    expect(find('More than £12m has already been spent on leaflets this year.', 'More than £12m')?.context).toBe('spent on leaflets');
  });

  it('a name given or charged the sum reads "given to" it, not as the giver: "who gave Morton $2,500"', () => {
    expect(find('A retired nurse from Leeds, who gave Morton $2,500, said she liked his plans.', '$2,500')?.context).toBe('given to Morton');
    expect(find('The council has signed a land deal with Hale which could cost the Treasury £3bn.', '£3bn')?.context).toBe('cost to Treasury');
    expect(find('The league fined Harlow coach Dan Moss £3,000 on Friday.', '£3,000')?.context).toBe('Harlow coach Dan Moss fined');
  });

  it('"Ann Ode has been fined £4,000": who was fined, and the verb', () => {
    expect(find('Coach Ann Ode has been fined £4,000 for her remarks.', '£4,000')?.context).toBe('Coach Ann Ode fined');
    expect(find('He was fined £4,000.', '£4,000')?.context ?? '').not.toMatch(/^He/);
  });
});

describe('extractFigures: a name alone before its own verb group', () => {
  it('"Acme Freight Corp plans to raise $40m", "Bellmont earned $92m": who, with the verb that says what the sum is', () => {
    expect(find('Acme Freight Corp plans to raise $40m (£21m) from the share sale.', '$40m (£21m)')?.context).toBe('Acme Freight Corp plans to raise');
    expect(find('During the same period, Bellmont earned $92m, helped by strong demand.', '$92m')?.context).toBe('Bellmont earned');
    expect(find('Stock markets were mixed, while the Tovex lost 2.1%.', '2.1%')?.context).toBe('Tovex lost');
    expect(find('In March, Harlow Metals had agreed to pay $3m to settle the claim.', '$3m')?.context).toBe('Harlow Metals had agreed to pay');
  });

  it('not a name that is only part of the subject, nor one a bare "to" follows', () => {
    // After an owner, "of", or "X and": the verb's subject is a longer phrase.
    expect(find('Sales of shares in groups including Norway\'s Fjell Energy raised 2bn kroner.', '2bn kroner')?.context ?? '').not.toMatch(/raised/);
    expect(find('Farm output in the North and Westmoor fell by 1.2% last year.', '1.2%')?.context ?? '').not.toMatch(/fell/);
    expect(find('The Return of the Jedi took nearly £9m on its first weekend.', 'nearly £9m')?.context ?? '').not.toBe('Jedi took');
    // "a loan with the bank to borrow $8m": the town borrows, not the bank.
    expect(find('The town agreed a loan with the Regional Development Bank to borrow $8m.', '$8m')?.context ?? '').not.toMatch(/Bank to borrow/);
    // "; and X was paid" opens a clause of its own.
    expect(find('Ridge Hotels was paid $9,000; and Ridge Catering LLC was paid $12,500, records show.', '$12,500')?.context).toBe('Ridge Catering LLC was paid');
  });
});

describe('extractFigures: a sum in an "after …ing" clause', () => {
  it('is taken by the subject that opens the sentence, past an aside', () => {
    expect(find('The Lantern, starring Ada Moss as a lighthouse keeper, ended up in second place after taking $8.4m (£4.5m).', '$8.4m (£4.5m)')?.context).toBe('Lantern taking');
    expect(find('Comedy Big Wally - written by Tom Reece - slipped to fifth place after taking $6.1m.', '$6.1m')?.context).toBe('Comedy Big Wally taking');
    expect(find('"We are thrilled." Meanwhile, animated film Snowfall has become the top film abroad after taking $20m over the weekend.', '$20m')?.context).toBe('animated film Snowfall taking');
  });

  it('not a pronoun or an opening clause', () => {
    expect(find('After collecting $90m this year, it has just $4m left.', '$90m')?.context ?? '').not.toMatch(/^(?:it|After)\b/i);
    expect(find('It ended the week in third place after taking $3m.', '$3m')?.context ?? '').not.toMatch(/^It\b/);
  });
});

describe('extractFigures: a sum in a closing ", …ing" clause', () => {
  it('is taken by the subject that opens the sentence, not by the nearest noun', () => {
    expect(find('Animated film Gears has opened at the top of the North American box office chart, taking $24.5m (£13m) on its first weekend.', '$24.5m (£13m)')?.context).toBe('Animated film Gears taking');
    expect(find('The Long Road, starring Ada Moss, was the biggest import in Italy last year, earning 9.2m euros.', '9.2m euros')?.context).toBe('Long Road earning');
  });

  it('a second clause gives its own subject; not past a report', () => {
    expect(find('Last week’s top film, Harbour Lights, slipped to second with $11m, while Tin Drum fell two places, taking $6m.', '$6m')?.context).toBe('Tin Drum taking');
    expect(find('The Daily Courier said the trade was growing fast, making more than 30bn yuan last year.', 'more than 30bn yuan')?.context ?? '').not.toMatch(/Courier/);
  });
});

import { describe, expect, it } from 'vitest';
import { extractEntities, type Entity, type EntityType } from './index.ts';

const find = (entities: Entity[], type: EntityType, name: string): Entity | undefined =>
  entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));

const surfaces = (e: Entity | undefined): string[] => (e ? [e.name, ...e.aliases] : []);

describe('extractEntities', () => {
  it('strips titles and roles from person names', () => {
    const text =
      'Prime Minister Jane Okafor met Deputy Minister of Foreign Affairs Pavel Drozdov in the capital. Mr. Drozdov said little.';
    const entities = extractEntities(text);
    const okafor = find(entities, 'person', 'Jane Okafor');
    expect(okafor?.mentions.map((m) => m.text)).toEqual(['Jane Okafor']);
    const drozdov = find(entities, 'person', 'Pavel Drozdov');
    expect(drozdov?.name).toBe('Pavel Drozdov');
    expect(drozdov?.mentions.map((m) => m.text)).toEqual(['Pavel Drozdov', 'Drozdov']);
    expect(entities.some((e) => /Minister|Affairs|Mr/.test(e.name))).toBe(false);
  });

  it("strips a member of parliament's title, with the party before it", () => {
    const text =
      'Labour MP Tomas Okafor has insisted on a vote. Mr Okafor said the row was over, Tory MEP Ada Brenvik agreed.';
    const entities = extractEntities(text);
    expect(surfaces(find(entities, 'person', 'Tomas Okafor'))).toEqual(['Tomas Okafor', 'Okafor']);
    expect(find(entities, 'person', 'Ada Brenvik')?.mentions.map((m) => m.text)).toEqual(['Ada Brenvik']);
    expect(entities.some((e) => /\bMEP?\b/.test(e.name))).toBe(false);
  });

  it('strips local titles of office, but not a given name that is also a title elsewhere', () => {
    const text = 'Sheriff Tomas Reyes met Cllr Ada Holm and Dean Okafor. Reyes and Holm agreed; Okafor did not.';
    const entities = extractEntities(text);
    expect(surfaces(find(entities, 'person', 'Tomas Reyes'))).toEqual(['Tomas Reyes', 'Reyes']);
    expect(surfaces(find(entities, 'person', 'Ada Holm'))).toEqual(['Ada Holm', 'Holm']);
    expect(surfaces(find(entities, 'person', 'Dean Okafor'))).toEqual(['Dean Okafor', 'Okafor']);
  });

  it("takes a company's first word that only speaks for its short form, not for a person", () => {
    const text =
      'Veltrix Capital prepped for the strike. Later, Veltrix said it was ready. ' +
      'Jane Okafor runs the Okafor Foundation; Okafor said little.';
    const entities = extractEntities(text);
    expect(surfaces(find(entities, 'organization', 'Veltrix Capital'))).toEqual(['Veltrix Capital', 'Veltrix']);
    expect(surfaces(find(entities, 'person', 'Jane Okafor'))).toEqual(['Jane Okafor', 'Okafor']);
    expect(find(entities, 'person', 'Veltrix')).toBeUndefined();
  });

  it("keeps a party's plain first word when it opens the sentence before a title and a name", () => {
    const text = 'Harbour Party leader Tomas Okafor spoke first. Later the Harbour Party met.';
    const entities = extractEntities(text);
    expect(find(entities, 'organization', 'Harbour Party')?.mentions.map((m) => m.text)).toEqual([
      'Harbour Party',
      'Harbour Party',
    ]);
    expect(find(entities, 'person', 'Tomas Okafor')).toBeDefined();
  });

  it('strips every form of title: hyphenated, two-word, with a portfolio at the start, a party, letters after', () => {
    const cases: [string, string][] = [
      ['Secretary of State Ada Holm said the talks went well.', 'Ada Holm'],
      ['Chief Executive Tomas Okafor said the talks went well.', 'Tomas Okafor'],
      ['Vice-President Tomas Okafor said the talks went well.', 'Tomas Okafor'],
      ['The vote passed, Tomas Okafor MSP said.', 'Tomas Okafor'],
      ['Lib Dem Tomas Okafor said the talks went well.', 'Tomas Okafor'],
      ['The talks went well, Democrat Ada Holm said.', 'Ada Holm'],
      ['Airman Tomas Okafor said the talks went well.', 'Tomas Okafor'],
    ];
    for (const [text, name] of cases) {
      const people = extractEntities(text).filter((e) => e.type !== 'date');
      expect(
        people.map((e) => [e.type, e.name]),
        text,
      ).toEqual([['person', name]]);
    }
    // A title's last word may also open an organisation's name, which stays whole.
    const orgs = extractEntities('General Motors said so. The Scottish Executive agreed.');
    expect(orgs.map((e) => [e.type, e.name])).toEqual([
      ['organization', 'General Motors'],
      ['organization', 'Scottish Executive'],
    ]);
  });

  it("splits a person from the organisation after 'of the', and keeps an 'of' name that opens a sentence", () => {
    const text =
      'Bank of Ruritania figures show a rise. Department of Health staff agreed. ' +
      'The figures are right, Ada Holm of the Kestrava Refugee Council said.';
    const entities = extractEntities(text).filter((e) => e.type !== 'date');
    expect(entities.map((e) => [e.type, e.name])).toEqual([
      ['organization', 'Bank of Ruritania'],
      ['organization', 'Department of Health'],
      ['person', 'Ada Holm'],
      ['organization', 'Kestrava Refugee Council'],
    ]);
  });

  it('splits a title off after an organisation possessive', () => {
    const text = "The Ruritanian Interior Ministry's Spokesperson Elena Varga said the plan would go ahead.";
    const entities = extractEntities(text);
    expect(find(entities, 'organization', 'Ruritanian Interior Ministry')).toBeDefined();
    expect(find(entities, 'person', 'Elena Varga')?.mentions[0]?.text).toBe('Elena Varga');
  });

  it('splits an organisation off the title and name that follow it', () => {
    const text = 'Nordic Council President Anna Lindqvist spoke. Analysts at Zentara Vosk said Lindqvist was right.';
    const entities = extractEntities(text);
    expect(find(entities, 'organization', 'Nordic Council')?.mentions[0]?.text).toBe('Nordic Council');
    expect(surfaces(find(entities, 'person', 'Anna Lindqvist'))).toEqual(['Anna Lindqvist', 'Lindqvist']);
    expect(find(entities, 'organization', 'Zentara Vosk')).toBeDefined();
  });

  it('splits coordinated lists into one place each', () => {
    const text = 'Delegates from Norway, Chile and Vietnam met in Oslo.';
    const places = extractEntities(text)
      .filter((e) => e.type === 'place')
      .map((e) => e.name);
    expect(places).toEqual(['Norway', 'Chile', 'Vietnam', 'Oslo']);
  });

  it('keeps an organisation whose name contains "and" or "for" whole', () => {
    const text = 'The report came from the Council for Science and Technology in Geneva.';
    const org = find(extractEntities(text), 'organization', 'Council for Science and Technology');
    expect(org?.mentions).toHaveLength(1);
  });

  it('links an acronym to the name it is defined for', () => {
    const text = 'The Coastal Research Institute (CRI) published data. Later, CRI said the sea had risen.';
    const org = find(extractEntities(text), 'organization', 'Coastal Research Institute');
    expect(org?.aliases).toContain('CRI');
    expect(org?.mentions).toHaveLength(3);
  });

  it('links an undefined acronym whose letters are the initials of a name', () => {
    const text = 'Members of the Northern Farmers Union gathered. The NFU wants lower taxes.';
    const entities = extractEntities(text);
    expect(surfaces(find(entities, 'organization', 'Northern Farmers Union'))).toContain('NFU');
    expect(entities.filter((e) => e.type === 'organization')).toHaveLength(1);
  });

  it('merges surnames into the full name used elsewhere', () => {
    const text = 'Tomasz Wielicki arrived on Monday. Wielicki said the talks went well, and Wielicki left.';
    const entities = extractEntities(text);
    const person = find(entities, 'person', 'Tomasz Wielicki');
    expect(person?.aliases).toEqual(['Wielicki']);
    expect(person?.mentions).toHaveLength(3);
    expect(entities.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('merges a surname that speaks into the full name over a stray organisation cue', () => {
    const text =
      'Jennifer Talvik won the prize in May. Several researchers at Talvik moved on later. ' +
      'Talvik said the work was shared. Talvik declined to say more.';
    const talvik = find(extractEntities(text), 'person', 'Jennifer Talvik');
    expect(surfaces(talvik)).toEqual(['Jennifer Talvik', 'Talvik']);
    expect(talvik?.mentions).toHaveLength(4);
  });

  it('types a name whose surname is an ordinary word as a person when it speaks', () => {
    const text = 'Dylann Roof was tried in May. In court, Roof said little. Later, Roof told the court he was sorry.';
    expect(find(extractEntities(text), 'person', 'Dylann Roof')?.mentions).toHaveLength(3);
  });

  it('merges a surname that is also a region’s name into the full name', () => {
    const text =
      'Clark Kent wrote the story. Kent said the mayor had resigned. Kent added that the council would meet.';
    const entities = extractEntities(text);
    expect(find(entities, 'person', 'Clark Kent')?.mentions).toHaveLength(3);
    expect(find(entities, 'place', 'Kent')).toBeUndefined();
  });

  it('types a given name before a surname that is also a place word as a person', () => {
    const entities = extractEntities(
      'Jane Marsh testified on Monday. Later, Anna Field agreed. Victoria Park was closed.',
    );
    expect(find(entities, 'person', 'Jane Marsh')).toBeDefined();
    expect(find(entities, 'person', 'Anna Field')?.mentions[0]?.text).toBe('Anna Field');
    expect(find(entities, 'place', 'Victoria Park')).toBeDefined();
  });

  it('types names with initials, or a country’s name used as a given name, as people', () => {
    const text =
      'Director J.C. Varnell said it would work. Later, T.J. Ostrander and E.B. Kellam met in the hall. ' +
      'Farmer Chad Ostrom said the harvest was poor. Chad is a country in Africa.';
    const entities = extractEntities(text);
    for (const name of ['J.C. Varnell', 'T.J. Ostrander', 'E.B. Kellam', 'Chad Ostrom'])
      expect(find(entities, 'person', name), name).toBeDefined();
    expect(find(entities, 'place', 'Chad')?.mentions).toHaveLength(1);
  });

  it('merges a particle surname into the full name', () => {
    const text = 'Omar Hassan al-Rashidi spoke first. Later, Mr. Rashidi left the room.';
    expect(surfaces(find(extractEntities(text), 'person', 'Omar Hassan al-Rashidi'))).toContain('Rashidi');
  });

  it('merges country names, codes and demonyms into one place', () => {
    const text =
      'The United States said on Friday that U.S. troops would stay. US officials agreed. Americans were divided.';
    const entities = extractEntities(text);
    const us = find(entities, 'place', 'United States');
    expect(us?.name).toBe('United States');
    expect(new Set(us?.aliases)).toEqual(new Set(['U.S.', 'US', 'Americans']));
    expect(entities.filter((e) => e.type === 'place')).toHaveLength(1);
  });

  it('drops possessives and trailing punctuation from mentions', () => {
    const text = "Kenya's president visited Ghana, then Nigeria.";
    const entities = extractEntities(text);
    expect(find(entities, 'place', 'Kenya')?.mentions[0]).toEqual({ start: 0, end: 5, text: 'Kenya' });
    expect(find(entities, 'place', 'Ghana')?.mentions[0]?.text).toBe('Ghana');
    expect(find(entities, 'place', 'Nigeria')?.mentions[0]?.text).toBe('Nigeria');
  });

  it('keeps the name from a hyphenated modifier ("US-led", "London-based")', () => {
    const text = 'A London-based group criticised the US-led coalition in Iraq and the United States.';
    const entities = extractEntities(text);
    expect(find(entities, 'place', 'London')?.mentions[0]?.text).toBe('London');
    expect(surfaces(find(entities, 'place', 'United States'))).toContain('US');
  });

  it('keeps dotted codes and elided articles inside names', () => {
    const text = "The U.S.-backed talks brought delegates from Côte d'Ivoire and the United States to Lima.";
    const entities = extractEntities(text);
    expect(surfaces(find(entities, 'place', 'United States'))).toContain('U.S.');
    expect(find(entities, 'place', "Côte d'Ivoire")?.mentions[0]?.text).toBe("Côte d'Ivoire");
  });

  it('types unknown names from their context', () => {
    const text =
      'Fighters loyal to the Zorvani Front attacked. Rebels in Kestrava fled to the city of Imrath, and aid left from Kestrava late. Talla Brenvik, 42, said she stayed.';
    const entities = extractEntities(text);
    expect(find(entities, 'organization', 'Zorvani Front')).toBeDefined();
    expect(find(entities, 'place', 'Kestrava')).toBeDefined();
    expect(find(entities, 'place', 'Imrath')).toBeDefined();
    expect(find(entities, 'person', 'Talla Brenvik')).toBeDefined();
  });

  it('does not take sentence-initial common words or group plurals for names', () => {
    const text = 'Analysts said the vote was close. Credit Mara Quell for the photo. Islamists protested.';
    const names = extractEntities(text).map((e) => e.name);
    expect(names).toEqual(['Mara Quell']);
  });

  it('finds explicit dates, one entity per distinct date, and normalises what it can', () => {
    const text =
      'The deal was signed on Friday. Talks began in June 2015 and resumed in the mid-1990s style on Friday. In 2011, little changed.';
    const dates = extractEntities(text).filter((e) => e.type === 'date');
    expect(dates.map((d) => d.name)).toEqual(['Friday', 'June 2015', 'mid-1990s', '2011']);
    expect(dates.find((d) => d.name === 'Friday')?.mentions).toHaveLength(2);
    expect(dates.find((d) => d.name === 'June 2015')?.normalized).toBe('2015-06');
    expect(dates.find((d) => d.name === '2011')?.normalized).toBe('2011');
  });

  it("resolves weekdays and month-days against the article's own date", () => {
    const text = 'March 4, 2015\n\nThe minister resigned on Friday. Elections follow on June 3.';
    const dates = extractEntities(text).filter((e) => e.type === 'date');
    expect(dates.find((d) => d.name === 'Friday')?.normalized).toBe('2015-03-06');
    expect(dates.find((d) => d.name === 'June 3')?.normalized).toBe('2015-06-03');
  });

  it('resolves against the published date from the metadata, before any date in the text', () => {
    const text = 'The minister resigned on Friday, a week after the 2014 vote.';
    const friday = (publishedAt?: string) =>
      extractEntities(text, { publishedAt }).find((e) => e.name === 'Friday')?.normalized;
    expect(friday('2015-03-04T09:30:00Z')).toBe('2015-03-06');
    expect(friday()).toBeUndefined();
  });

  it('leaves relative time phrases out', () => {
    const text = 'Last week the council met; four years ago it did not.';
    expect(extractEntities(text).filter((e) => e.type === 'date')).toEqual([]);
  });

  it('orders mentions by start and entities by first appearance, with unique ids', () => {
    const text = 'Lena Ortiz met Sam Keller in Lisbon. Keller later told Ortiz about Lisbon.';
    const entities = extractEntities(text);
    const firsts = entities.map((e) => e.mentions[0]!.start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    for (const e of entities) {
      const starts = e.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    expect(entities.map((e) => e.id)).toEqual(['person:lena ortiz', 'person:sam keller', 'place:lisbon']);
  });
});

describe('extractEntities on names without cues', () => {
  const names = (text: string, type?: EntityType): string[] =>
    extractEntities(text)
      .filter((e) => type === undefined || e.type === type)
      .map((e) => e.name);

  it('keeps a single word capitalised in running text, as an organisation unless a cue says otherwise', () => {
    const text = 'The deal was announced by Veltrix on Monday, and investors said Quorvia would follow.';
    expect(names(text, 'organization')).toEqual(['Veltrix', 'Quorvia']);
  });

  it('does not take an ordinary word written with a capital for a name, but does take an institution', () => {
    expect(names('You agree to our Terms when you use our Services daily.')).toEqual([]);
    expect(names('The bill stalled after Parliament voted it down.', 'organization')).toEqual(['Parliament']);
  });

  it('types an unknown longer name as a person only when it is shaped like one, and drops one of ordinary words', () => {
    expect(names('The story was first reported by Quorvia Insight last spring.', 'organization')).toEqual([
      'Quorvia Insight',
    ]);
    expect(names('Fill in the Placement Packet before you start.')).toEqual([]);
    expect(names('The plan was drafted by Talla Brenvik last spring.', 'person')).toEqual(['Talla Brenvik']);
    expect(names('Montana State won the final.', 'person')).toEqual([]);
  });

  it('ends a name at a tab between table cells', () => {
    expect(
      names('Offices of the firm are listed below.\n\nCity\tCountry\nOslo\tNorway\nLima\tPeru\n', 'place'),
    ).toEqual(['Oslo', 'Norway', 'Lima', 'Peru']);
  });

  it('takes the word after a full stop for a sentence start even where the parser does not', () => {
    expect(names('It costs less than 100. If you look closer, it costs more.')).toEqual([]);
  });

  it('drops titles of works and headline fragments made with pronouns or verbs', () => {
    expect(names('She sang We Were Strangers on a Silver Coast at the gala.')).toEqual([]);
    expect(names('Rates on Loans May Soon Rise Past Cost of Wars')).toEqual([]);
  });

  it('keeps only the name from a title-case headline run, as the article writes it', () => {
    const text =
      'Okafor Shares Photo of Ex Tomas Reyes Hanging Out\n\n' +
      'The singer Jane Okafor posted a photo of Tomas Reyes on Monday. Fans of Okafor were pleased.';
    expect(names(text, 'person')).toEqual(['Jane Okafor', 'Tomas Reyes']);
    const okafor = extractEntities(text).find((e) => e.name === 'Jane Okafor');
    expect(okafor?.mentions.map((m) => m.text)).toEqual(['Okafor', 'Jane Okafor', 'Okafor']);
  });

  it('types a lone surname as a person by a title opening the sentence or by saying "I"', () => {
    expect(names('Lord Veldhaven, leader of the council, spoke. Veldhaven left.', 'person')).toEqual(['Veldhaven']);
    const text = 'Kestrow firm over the deal\n\nKestrow said: "I will not sell." Later Kestrow met the board.';
    expect(names(text, 'person')).toEqual(['Kestrow']);
    expect(names('Analyst Nick Van den Brul spoke.', 'person')).toEqual(['Nick Van den Brul']);
  });

  it('joins "Mr X" to the person X is the surname of, and a clipped party name to the full one', () => {
    const text =
      'Veltrix Steel grew. Its founder Anders Veltrix spoke. Mr Veltrix said so. ' +
      'The Liberal Democrats want change. The Lib Dems said so too.';
    const entities = extractEntities(text);
    expect(surfaces(find(entities, 'person', 'Anders Veltrix'))).toEqual(['Anders Veltrix', 'Veltrix']);
    expect(surfaces(find(entities, 'organization', 'Liberal Democrats'))).toEqual(['Liberal Democrats', 'Lib Dems']);
    expect(names('"Parasite" director Kim Joon Ho spoke backstage.', 'person')).toEqual(['Kim Joon Ho']);
    // The last item before a title is the next person's organisation, not a person like the first.
    const staff = extractEntities(
      'Talks between Kestrava chief Jane Okafor and Arsenal vice-chairman Tomas Reyes ended.',
    );
    expect(staff.find((e) => e.name === 'Arsenal')?.type).not.toBe('person');
  });

  it('names nothing with a determiner that a quotation left unsplit from its sentence', () => {
    const text = 'Jane Okafor said: "We must pay those who are due." The agency\'s former chief Tomas Reyes quit.';
    expect(names(text)).toEqual(['Jane Okafor', 'Tomas Reyes']);
  });

  it('reads clock times, photo credits and party members', () => {
    expect(names('Updated 1:39 PM ET')).toEqual([]);
    const credit = 'A lamp on a quiet street. Jane Okafor/Wirepress';
    expect(names(credit, 'organization')).toEqual(['Wirepress']);
    expect(names(credit, 'person')).toEqual(['Jane Okafor']);
    expect(names('The bill was backed by an Ohio Democrat and opposed by others.', 'place')).toEqual(['Ohio']);
  });
});

describe('extractEntities on nationalities', () => {
  it('counts every nationality toward a country the article names, and none toward one it does not', () => {
    const text =
      'Norway closed its border. Norwegian President Jane Okafor said Norwegian troops would stay. Swedish ships waited.';
    const entities = extractEntities(text);
    const norway = entities.find((e) => e.name === 'Norway');
    expect(norway?.mentions.map((m) => m.text)).toEqual(['Norway', 'Norwegian', 'Norwegian']);
    expect(entities.find((e) => e.type === 'person')?.name).toBe('Jane Okafor');
    expect(entities.some((e) => /Swed/.test(e.name))).toBe(false);
    // "the Dutchman" is a person of the Netherlands, not a name of its own.
    const dutch = extractEntities('The Netherlands lost. The Dutchman was unhappy.');
    expect(dutch.map((e) => e.name)).toEqual(['Netherlands']);
  });
});

describe('extractEntities on titled surnames', () => {
  it('keeps "Mr. Okafor" apart from "Ada Okafor", and "Ms. Okafor" with her', () => {
    const people = (text: string): string[] =>
      extractEntities(text)
        .filter((e) => e.type === 'person')
        .map((e) => [e.name, ...e.aliases].join(' | '));
    expect(people('Ada Okafor spoke first. Mr. Okafor said she did well. Mr. Okafor left early.')).toEqual([
      'Ada Okafor',
      'Okafor',
    ]);
    expect(people('Ada Okafor spoke first. Ms. Okafor said it went well.')).toEqual(['Ada Okafor | Okafor']);
  });
});

describe('extractEntities on page labels', () => {
  it('names nothing for a label in capitals made of ordinary words', () => {
    const names = extractEntities('READ MORE: Talla Brenvik wins the vote').map((e) => e.name);
    expect(names).toEqual(['Talla Brenvik']);
  });
});

describe('extractEntities on the people of a place', () => {
  it('names no one for "New Yorkers" or "Londoners", but keeps a team named after its city', () => {
    const names = extractEntities(
      'Many New Yorkers and Londoners stayed home. The New York Rangers won, and Texans cheered.',
    ).map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(['organization:New York Rangers']);
  });
});

describe('extractEntities on bodies named with ordinary words', () => {
  const typed = (text: string): string[] =>
    extractEntities(text)
      .filter((e) => e.type !== 'date')
      .map((e) => `${e.type}:${e.name}`);

  it('keeps a capital before an ordinary word as one body, and a capital before a person as two names', () => {
    expect(typed('Crews from the Oslo Harbour Brigade arrived first.')).toEqual(['organization:Oslo Harbour Brigade']);
    expect(typed('Delegates included Peru Ana Quispe.')).toEqual(['place:Peru', 'person:Ana Quispe']);
  });

  it('reads "X for <place>" as an organisation, and a sentence-opening ordinary noun before a head as its start', () => {
    expect(typed('A spokesman for Ferries for Oslo apologised.')).toEqual(['organization:Ferries for Oslo']);
    expect(typed('The flight was late. Falcon Air Lines apologised.')).toEqual(['organization:Falcon Air Lines']);
  });

  it('types a person by their occupation, and not by "their company"', () => {
    expect(typed("The label belongs to talent manager Brix Holloway. Brix Holloway's company denied it.")).toEqual([
      'person:Brix Holloway',
    ]);
  });

  it('reads no name into a clause opener or a book title before an opening comma', () => {
    const text =
      'Tomas Okafor wrote novels. When Okafor visited the city, he signed books. ' +
      'In Glass Tide, a woman hides a letter.';
    expect(typed(text).filter((n) => !n.startsWith('place:'))).toEqual(['person:Tomas Okafor']);
  });
});

describe('extractEntities on dates', () => {
  const dates = (text: string): string[] =>
    extractEntities(text)
      .filter((e) => e.type === 'date')
      .map((e) => [e.name, ...e.aliases].join(' | '));

  it('finds centuries, decades with a modifier, seasons of a year and year ranges', () => {
    const text =
      'Art of the 19th century and 19th-century design, in the early 1990s, the summer of 1898 and in 2008-9.';
    expect(dates(text)).toEqual(['19th century | 19th-century', 'early 1990s', 'summer of 1898', '2008-9']);
  });

  it('reads a month after a given name as a surname, and a month after "in" as a date', () => {
    expect(dates('Theresa Okafor met Brian May. The talks ended in May.')).toEqual(['May']);
    const may = extractEntities('Brian May said so in May.').find((e) => e.type === 'person');
    expect(may?.name).toBe('Brian May');
  });

  it('finds possessive holidays and leaves numbers in dimensions and given names alone', () => {
    expect(dates("Sales peaked on Valentine's Day.")).toEqual(["Valentine's Day"]);
    expect(dates('The screen has 1800 x 1920 pixels.')).toEqual([]);
    expect(dates('The study was led by Jan Smit in Utrecht.')).toEqual([]);
  });
});

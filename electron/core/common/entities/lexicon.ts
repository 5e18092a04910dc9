/**
 * Small generic word lists about English news text: titles that precede
 * names, the words that end organisation and place names, and the context
 * words that hint at a type. Nothing here names a particular entity.
 * All entries are lowercase.
 */
import { lexicon, orgWords, placeWords } from './nlp.ts';
import { isEnglishWord } from './english-words.ts';

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Words that head a title before a person's name ("Prime Minister X"). */
export const TITLE_WORDS = words(`
  mr mrs ms miss mx dr prof professor sir dame lord lady madam
  president vice-president premier chancellor minister secretary secretary-general
  spokesperson spokesman spokeswoman ambassador envoy governor senator sen rep
  representative congressman congresswoman mayor councillor councilman speaker mp mep msp cllr
  assemblyman assemblywoman alderman treasurer comptroller auditor sheriff marshal constable coroner magistrate
  baroness duchess countess viscount provost taoiseach coach cfo coo cto
  king queen prince princess sheikh sheik emir sultan crown
  judge justice prosecutor attorney commissioner inspector superintendent detective officer
  general gen lt lieutenant colonel col major maj captain capt sergeant sgt admiral adm commander cmdr
  gov det supt cpl pvt airman seaman corporal brigadier commodore ensign
  chief director chairman chairwoman chair ceo founder
  pope cardinal bishop archbishop rabbi imam mullah ayatollah pastor rev reverend father
  leader deputy editor correspondent reporter analyst
`);

/** Words that may precede a title inside the same title phrase ("Deputy Foreign Minister"). */
export const TITLE_MODIFIERS = words(`
  deputy vice acting interim former ex foreign prime defence defense interior finance home
  junior senior special assistant associate executive press chief first second supreme
  national regional state federal general principal managing lead grand high
`);

/** Words that end a ministry portfolio in "Minister of Foreign Affairs". */
export const PORTFOLIO_ENDS = words(`
  affairs state defense defence security justice finance interior health education
  energy trade commerce agriculture labor labour transport transportation treasury
  environment information culture economy development services defence
`);

/** Lowercase words allowed inside a name ("Ahmed bin Zayed", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = words(
  `al el bin ibn bint abu de da di du del della der den van von la le dos das ter ten`,
);

/** Lowercase words allowed inside organisation names ("Council on Urban Affairs"). */
export const NAME_CONNECTORS = words(`of for on and & the`);

/** Members of a party, after the place they represent: "an Ohio Democrat". */
export const PARTY_MEMBERS = words(`democrat democrats republican republicans`);

/** A party member's word before a name with no title: "Democrat Jane Doe", "Lib Dem Tomas Reyes". */
export const PARTY_PREFIXES = words(`democrat republican tory labour conservative liberal lib dem`);

/** Words that end a title after its head ("Chief Executive", "Attorney General"), not begin a name. */
export const TITLE_TAILS = words(`executive general`);

/** Letters after a name that are not part of it ("Jane Doe MP", "Tomas Reyes QC"), as they are written. */
export const POST_NOMINALS = words(`MP MSP MEP MLA QC KC OBE MBE CBE KBE DBE PhD`);

/** Conjunctions that coordinate names into lists. */
export const COORDINATORS = words(`and & or`);

/** Extra organisation heads compromise's list lacks, common in news. */
const EXTRA_ORG_WORDS = words(`
  party congress parliament senate assembly court ministry agency images photos pictures
  front movement brotherhood alliance league forces army navy council commission
  organisation organization institution federation command brigade battalion regiment squadron
  lines railways
`);

/**
 * Ordinary nouns that news capitalises when they name one institution:
 * "Congress passed", "the Navy said", "Parliament voted".
 */
export const INSTITUTION_NOUNS = words(`
  congress parliament senate assembly legislature cabinet government administration
  court judiciary army navy marines military police house
`);

/** Place heads that come first: "Mount Erebus", "Lake Tana", "Boulevard Haussmann". */
export const PLACE_PREFIXES = words(`mount mt lake fort port cape isle boulevard rue`);

/** First words that make a region of a place: "South Ruritania", "Central Asia", "Upper Volta". */
export const PLACE_LEADERS = words(
  `north south east west northern southern eastern western central upper lower greater`,
);

/** Extra place heads compromise's list lacks. */
const EXTRA_PLACE_WORDS = words(`
  embassy consulate square museum harbour harbor port sea ocean strait passage canal locks wall
  terminal station strip boardwalk promenade plaza cinema casino cabaret prison jail base checkpoint
  mall bazaar cemetery
`);

/**
 * "State" ends places, groups and titles alike ("Secretary of State"); "House" ends
 * buildings, legislatures and publishers: no evidence either way.
 */
const AMBIGUOUS_HEADS = words(`state house`);

/** Shared heads (museum, centre, memorial) are buildings first. */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  [...placeWords, ...EXTRA_PLACE_WORDS].filter((w) => !AMBIGUOUS_HEADS.has(w)),
);
/** Place heads that are common surnames too: after a given name, "Jane Marsh" is a person. */
export const SURNAME_HEADS = words(
  `hill marsh ward field fields wood woods ford brook brooks lane banks moor moore dale green heath wells cliff`,
);
export const ORG_HEADS: ReadonlySet<string> = new Set(
  [...orgWords, ...EXTRA_ORG_WORDS].filter((w) => !PLACE_HEADS.has(w)),
);

/** Last words of event names ("Arab Spring", "Gulf War"): events are not entities here. */
export const EVENT_HEADS = words(
  `spring war wars revolution uprising summit games olympics cup championship festival election elections crisis accord treaty talks
   exposition expo exhibition fair show conference medal prize award awards trophy marathon`,
);

/** A lowercase word right after a name that says what it is ("the X party", "the Y museum"). */
export const ORG_CUES_AFTER = words(
  `party group movement militia organisation organization faction network outfit outfits coalition alliance company firm agency`,
);
export const PLACE_CUES_AFTER = words(
  `city province region river museum district village town county cabaret theatre theater cinema stadium arena airport station`,
);
/** "the city of X". */
export const PLACE_CUES_OF = words(`city town village province region capital state county district island`);
/** A lowercase word right before a name that says it is a group ("the militant X"). */
export const ORG_CUES_BEFORE = words(
  `militant militants jihadist extremist terror terrorist rebel insurgent outlawed banned
   journal magazine newspaper broadcaster publisher website retailer startup carrier airline`,
);
/** Head nouns of an appositive right after a name: "X, a rights group", "Y, a desert region". */
export const ORG_APPOSITIVES = words(
  `organization organisation group movement party agency company firm militia faction network franchise affiliate offshoot wing alliance coalition body union`,
);
export const PLACE_APPOSITIVES = words(
  `region city town province country capital village district island area territory state`,
);
export const PERSON_APPOSITIVES = words(`
  fellow member spokesman spokeswoman spokesperson official analyst professor researcher
  minister leader director author journalist activist lawyer commander founder chairman
  resident veteran elder father mother son daughter wife husband brother sister man woman
  boy girl student teacher doctor farmer worker owner expert scientist president senator
  colleague friend chief executive editor reporter correspondent
  manager coach singer actor actress rapper musician producer entrepreneur businessman businesswoman
  billionaire investor designer artist
`);
/** Prepositions of location: weak evidence for a place. */
export const PLACE_PREPOSITIONS = words(`in near across inside outside throughout around`);
/** Speech verbs right after a name: weak evidence for a person. */
export const SPEECH_VERBS = words(
  `said says told tells added adds declared vowed argued noted insisted insists stated wrote asked asks replied explains
  explained recalls recalled admitted admits claimed claims countered warned`,
);

/**
 * Is this lowercase word ordinary English (or a regular plural of one)? Used
 * to tell a sentence-initial "Credit" from a name. compromise's lexicon
 * decides for the words it knows (so "Mark" stays a name), SCOWL's word
 * list for the rest.
 */
export function isCommonWord(lower: string): boolean {
  const tag = lexicon[lower] ?? lexicon[singular(lower)];
  if (tag !== undefined) {
    const tags = Array.isArray(tag) ? tag : [tag];
    return !tags.some((t) =>
      /Name|ProperNoun|Person|Place|Country|City|Region|Organization|Acronym|Demonym|Month|WeekDay|Honorific/.test(t),
    );
  }
  return isEnglishWord(lower) || isEnglishWord(singular(lower));
}

/** Naive English singular, good enough for lexicon look-ups. */
export function singular(lower: string): string {
  if (lower.endsWith('ies') && lower.length > 4) return lower.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s') && !/(ss|us|is)$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

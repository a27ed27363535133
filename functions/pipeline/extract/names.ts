/**
 * Small word lists the rule-based extractors share. Kept short on purpose: each list exists because a rule
 * needs it, and a word is in a list because leaving it out produced a wrong answer on real articles.
 * All entries are lower-case; callers compare lower-cased words.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s*\|\s*|\s*\n\s*/).filter(Boolean));

/** How names and words are compared: lower case, a typographic apostrophe as a plain one ("O’Neill" = "o'neill"). */
/** A plural noun, not a word ending in "ss" ("Broncos", "Services"; not "Congress"). */
export const PLURAL = /[^s]s$/;

export const nameKey = (s: string): string => {
  const l = s.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
};

const isLetter = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : /\p{L}/u.test(c);
};

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\u00a0' || ch === '\n' || ch === '\t';

/**
 * The word that ends right before `pos`, past spaces (and a comma when `comma`), or '' (letters and, when
 * `dots`, full stops: "Mr."). A backward scan: an end-anchored regex would retry from every character.
 */
export function wordBefore(text: string, pos: number, comma = false, dots = false): string {
  let i = pos - 1;
  let spaces = 0;
  while (i >= 0 && isSpace(text[i])) {
    i--;
    spaces++;
  }
  if (spaces === 0) return '';
  if (comma && text[i] === ',') i--;
  const end = i + 1;
  while (i >= 0 && end - i <= 30 && (isLetter(text[i] as string) || (dots && text[i] === '.'))) i--;
  return text.slice(i + 1, end);
}

/**
 * Prepositions after which a capitalised run says where something is, not who ("300 homes in County Durham",
 * "at Rugby Park", "outside the Old Bailey"). The one definition the mention finder, the People and Places
 * lists and the speaker rules share. "from" and "with" are not here: "a call from Mary Jones", "an interview
 * with John Smith" name people.
 */
export const LOCATIVE_PREPOSITIONS = set('in|at|near|across|outside|inside|around|throughout');

/** Whether a locative preposition, alone or with "the", stands right before `pos` ("in", "at the"). */
export function afterLocative(text: string, pos: number): boolean {
  let w = wordBefore(text, pos);
  if (w.toLowerCase() === 'the') {
    // The word before "the": "the" ends where the spaces before `pos` begin.
    let end = pos;
    while (end > 0 && isSpace(text[end - 1])) end--;
    w = wordBefore(text, end - w.length);
  }
  return LOCATIVE_PREPOSITIONS.has(w.toLowerCase());
}

/** Verbs that attribute speech, every inflection spelled out (cheaper and safer than stemming). */
export const SPEECH_VERBS = set(`
assert|asserts|asserted|asserting|proclaim|proclaims|proclaimed|accuse|accuses|accused|accusing|blast|blasts|blasted
slam|slams|slammed|criticize|criticizes|criticized|criticise|criticised|praise|praises|praised|mock|mocks|mocked
dismiss|dismisses|dismissed|label|labels|labeled|labelled|brand|branded|decry|decries|decried|denounce|denounces|denounced
condemn|condemns|condemned|hail|hails|hailed|lambaste|lambasted|tout|touts|touted|hint|hints|hinted|pledged|vowing
say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|note|notes|noted|noting
states|stated|stating|explain|explains|explained|explaining|write|writes|wrote|writing
ask|asks|asked|asking|insist|insists|insisted|insisting|argue|argues|argued|arguing
claim|claims|claimed|claiming|assure|assures|assured|assuring|recall|recalls|recalled|recalling
mention|mentions|mentioned|mentioning|tweet|tweets|tweeted|tweeting|declare|declares|declared|declaring
warn|warns|warned|continues|continued|reply|replies|replied|replying
responded|responding|remark|remarks|remarked|remarking
acknowledge|acknowledges|acknowledged|acknowledging|admit|admits|admitted|admitting
concede|concedes|conceded|conceding|announce|announces|announced|announcing
suggest|suggests|suggested|suggesting|quip|quips|quipped|quipping|joke|jokes|joked|joking
emphasize|emphasizes|emphasized|emphasizing|emphasise|emphasises|emphasised|emphasising
stress|stresses|stressed|stressing|observe|observes|observed|observing|complain|complains|complained|complaining
urge|urges|urged|urging|predict|predicts|predicted|predicting|promised|promising
vow|vows|vowed|vowing|boast|boasts|boasted|boasting|charged|contend|contends|contended|contending
confirm|confirms|confirmed|confirming|denied|denying|recount|recounts|recounted|recounting
shouted|shouting|yell|yells|yelled|scream|screamed|cried|exclaim|exclaimed|yelling|screaming|screams|exclaiming|chanted|chanting
answered|answering|countered|countering|retort|retorted
reported|reporting|reiterate|reiterates|reiterated|reiterating
concluded|concludes|conclude|told|read|reads|posted|wrote|echoed
whisper|whispered|mutter|muttered|testify|testified|testifies|lament|lamented|laments
agreed|disagreed|demanded|pledged
call|calls|called|describe|describes|described|dub|dubbed|brag|bragged|brags|thunder|thundered
maintain|maintains|maintained|allege|alleged|alleges|cautioned|chimed
opine|opined|mused|scoff|scoffed|sighed|laughed|smiled|interject|interjects|interjected
recalled|offered|advise|advised|advises|summarize|summarized|summed
found|finds|calling|labeling|labelling|branding|dubbing
`);

/** Verbs that introduce a quote only with a following object ("called it 'x'") and so do not own a
 *  quote that comes after a full stop; also weak verbs that rarely attribute by themselves. */
export const WEAK_SPEECH_VERBS = set('call|calls|called|describe|describes|described|dub|dubbed|read|reads|put|puts|offer|offered|offers|sum|summed|agree|agrees|agreed');

/** Words between a subject and its verb that do not change who speaks ("he also said"). */
export const AUXILIARIES = set(`
also|later|then|has|had|have|was|were|is|are|would|will|could|should|might|may|must|previously|once|again
repeatedly|recently|quickly|simply|further|first|often|reportedly|publicly|privately|flatly|bluntly
frankly|angrily|proudly|earlier|famously|memorably|just|even|only|had|did|does|do|not|never|still|finally
`);

/** Honorifics and short titles that precede a name and are not part of it. */
export const HONORIFICS = set(`
mr|mr.|mrs|mrs.|ms|ms.|miss|dr|dr.|prof|prof.|sir|dame|lord|lady|rev|rev.|fr.|sen|sen.|rep|rep.|gov|gov.
gen|gen.|lt|lt.|col|col.|sgt|sgt.|capt|capt.|adm|adm.|maj|maj.|cmdr|cmdr.|st.|hon.|pres.|amb.|atty.|supt.
`);

/** Job titles and ranks that precede or describe a person ("Foreign Minister", "the spokesman"). */
export const TITLE_WORDS = set(`
president|vice|prime|minister|secretary|foreign|deputy|chief|executive|chairman|chairwoman|chair|director
senator|congressman|congresswoman|governor|mayor|ambassador|general|spokesman|spokeswoman|spokesperson
king|queen|prince|princess|pope|emperor|chancellor|premier|leader|speaker|judge|justice|attorney
commissioner|councillor|councilor|councilman|councilwoman|alderman|commander|colonel|captain|sergeant|lieutenant|admiral|officer|official|representative
candidate|nominee|frontrunner|front-runner|diplomat|envoy|adviser|advisor|aide|strategist|manager
founder|ceo|cfo|chairperson|professor|doctor|sheriff|chief|head|counsel|coach|player|striker|defender
economist|analyst|pastor|bishop|cardinal|rabbi|imam|reverend|activist|lawmaker|legislator|delegate
majority|minority|whip|assistant|associate|senior|junior|former|acting|interim|top|state|defense|defence
interior|finance|trade|health|education|justice|energy|homeland|security|national|campaign|press
democratic|republican|presidential|gubernatorial|supreme|federal|first|lady|rep.|sen.|gov.|u.s.
`);

/** Head nouns of a description that can stand for a person ("the minister", "the top Russian diplomat"). */
export const PERSON_NOUNS = set(`
president|minister|secretary|diplomat|senator|congressman|congresswoman|governor|mayor|ambassador|general
spokesman|spokeswoman|spokesperson|king|queen|prince|princess|pope|chancellor|premier|leader|speaker|judge|councillor|councilor|councilman|councilwoman
chairman|chairwoman|director|official|officer|candidate|nominee|frontrunner|front-runner|envoy|adviser
advisor|aide|strategist|manager|founder|ceo|executive|professor|doctor|sheriff|commissioner|commander
businessman|businesswoman|billionaire|mogul|lawmaker|legislator|politician|economist|analyst|author
writer|reporter|journalist|historian|expert|lawyer|attorney|prosecutor|activist|woman|man|source
student|teacher|father|mother|son|daughter|wife|husband|veteran|voter|resident|owner|victim|witness
democrat|republican|independent|senator-elect|president-elect|host|anchor|pastor|bishop|preacher
star|actor|actress|singer|coach|player|striker|captain|chief|head|boss|entrepreneur|investor|official
friend|employee|narrator|neighbor|neighbour|colleague|relative|worker|member|fan|supporter|critic|organizer
volunteer|parent|child|nurse|soldier|agent|trader|customer|user|viewer|caller|participant|attendee|protester
demonstrator|delegate|representative|commentator|pundit|columnist|editor|producer|director|pollster|surrogate
partner|consultant|moderator|interviewer|narrator|questioner|heckler|chairman|president-elect|nominee
correspondent|editor-in-chief|researcher|scientist|spokesperson|presenter|broadcaster|chef|designer|architect
person|commenter|poster|blogger|listener|reader|onlooker|bystander|passenger|patient|student|teen|teenager|lobbyist
`);

/** Nouns that stand for several people, or for a group: they never resolve to one person. */
export const GROUP_NOUNS = set(`
officials|spokesmen|critics|supporters|experts|analysts|sources|people|residents|voters|protesters
democrats|republicans|leaders|members|authorities|police|administration|campaign|government|ministry
committee|party|team|group|aides|advisers|advisors|organizers|officers|lawmakers|observers|reports|polls|percent
town|city|county|country|nation|village|state|district|school|university|company|firm|agency|department
`);

/** Words in a capitalised run that make it an organisation. */
export const ORG_WORDS = set(`
party|ministry|council|committee|commission|department|agency|office|bureau|service|services|network
news|post|times|press|journal|tribune|herald|gazette|telegraph|guardian|magazine|daily|radio|tv|television
channel|broadcasting|express|corporation|corp|corp.|inc|inc.|ltd|ltd.|llc|plc|co.|company|group|bank|fund
university|college|institute|institution|school|academy|foundation|association|union|federation|league|guild|corps
organization|organisation|alliance|coalition|movement|front|army|navy|force|forces|guard|police|court
congress|senate|parliament|assembly|house|administration|government|cabinet|club|church|board|authority
centre|center|society|trust|reserve|exchange|airlines|airways|motors|industries|holdings|systems|labs
caucus|campaign|pac|super|secretariat|nations|convention|command|brigade|regiment|division|tribunal|commission|chamber
fc|afc|rfc|rovers|wanderers|athletic|sharks|tigers|lions|bears|saints|warriors|giants|eagles|rangers|chiefs|bulls|falcons
wolves|hawks|knights|raiders|dragons|panthers|jets|patriots|quins|harlequins|partners|brothers|airline|group|records|studios|entertainment|pharmaceuticals
`);

/** Organisation words that usually mean a news outlet (for `sources`). */
export const OUTLET_WORDS = set(`
news|post|times|press|journal|tribune|herald|gazette|telegraph|guardian|magazine|daily|radio|tv|television
channel|broadcasting|network|agency|newspaper|reporter|chronicle|observer|review|weekly|wire|media|today|express|mail|star|sun|mirror|tribune|courier|dispatch|bulletin|examiner|inquirer|monitor|standard|record
`);

/** Well-known outlets whose names carry no outlet word. */
export const KNOWN_OUTLETS = set(`
tass|reuters|ap|afp|bloomberg|xinhua|ria novosti|interfax|cnn|bbc|msnbc|cnbc|abc|nbc|cbs|npr|pbs|politico
axios|breitbart|buzzfeed|vox|slate|salon|the hill|the atlantic|the economist|al jazeera|sputnik|rt
newsweek|forbes|fortune|time|the independent|the guardian|the new york times|the washington post|yonhap
kyodo|anadolu|efe|dpa|ansa|pti|ani|irna|wafa|fox|fox news|cbs news|nbc news|abc news|the intercept|usa today
huffington post|the huffington post|daily mail|the sun|the mirror|le monde|der spiegel|izvestia|kommersant
`);

/** Acronyms known to be organisations (all-caps words not in this list are still treated as organisations
 *  unless they are places). */
export const PLACE_ACRONYMS = set('us|u.s.|usa|u.s.a.|uk|u.k.|uae|ussr|drc|prc|dprk|eu');

/** Countries, a few regions, capitals and large cities, US states. */
export const PLACES = set(`
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain
bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria
burkina faso|burundi|cambodia|cameroon|canada|chad|chile|china|colombia|congo|costa rica|croatia|cuba
cyprus|czech republic|czechia|denmark|djibouti|dominican republic|ecuador|egypt|el salvador|eritrea|estonia
ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|guatemala|guinea|guyana|haiti
honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan
kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania
luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|moldova|monaco
mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nepal|netherlands|holland|new zealand
nicaragua|niger|nigeria|north korea|south korea|korea|north macedonia|macedonia|norway|oman|pakistan
palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia
russian federation|rwanda|saudi arabia|senegal|serbia|sierra leone|singapore|slovakia|slovenia|somalia
south africa|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania
thailand|togo|tunisia|turkey|turkmenistan|uganda|ukraine|united arab emirates|united kingdom|britain
great britain|england|scotland|wales|northern ireland|united states|america|united states of america
uruguay|uzbekistan|venezuela|vietnam|yemen|zambia|zimbabwe|gaza|west bank|crimea|donbas|kashmir|tibet
europe|asia|africa|latin america|south america|north america|middle east|central asia|balkans|caucasus
midlands|east midlands|west midlands|south wales|north wales|mid wales|west country|home counties
soviet union|yugoslavia|czechoslovakia|east germany|west germany|caribbean|scandinavia|mediterranean|antarctica
kabul|moscow|washington|london|paris|berlin|beijing|tokyo|delhi|new delhi|islamabad|tehran|baghdad|damascus
kyiv|kiev|minsk|ankara|istanbul|cairo|riyadh|doha|dubai|abu dhabi|jerusalem|tel aviv|beirut|amman|rome
madrid|lisbon|brussels|amsterdam|vienna|prague|warsaw|budapest|bucharest|sofia|athens|stockholm|oslo
helsinki|copenhagen|dublin|ottawa|toronto|montreal|vancouver|mexico city|havana|caracas|bogota|lima
santiago|buenos aires|brasilia|rio de janeiro|sao paulo|canberra|sydney|melbourne|wellington|seoul
pyongyang|manila|jakarta|bangkok|hanoi|singapore|kuala lumpur|dhaka|kathmandu|colombo|karachi|lahore
mumbai|kolkata|chennai|bangalore|shanghai|hong kong|tashkent|dushanbe|bishkek|astana|almaty|ashgabat|baku
yerevan|tbilisi|kandahar|herat|mazar-i-sharif|new york|los angeles|chicago|houston|philadelphia|boston
miami|atlanta|dallas|san francisco|seattle|detroit|denver|las vegas|new orleans|st. louis|cleveland
milwaukee|phoenix|san diego|baltimore|pittsburgh|orlando|charlotte|nashville|des moines|manchester
liverpool|birmingham|glasgow|edinburgh|cardiff|belfast|alabama|alaska|arizona|arkansas|california
colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine
maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire
new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island
south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming
silicon valley|wall street|capitol hill|the kremlin|kremlin|white house|pentagon|downing street
`);

/** Capitalised words that start sentences or headings and are not names on their own. */
export const NON_NAME_WORDS = set(`
the|a|an|this|that|these|those|he|she|it|they|we|i|you|his|her|its|their|our|my|your|him|them|us|me
in|on|at|by|for|from|with|without|to|of|as|and|but|or|nor|so|yet|if|when|while|after|before|since|until
because|although|though|however|meanwhile|moreover|further|furthermore|also|still|then|there|here|now
today|yesterday|tomorrow|tonight|earlier|later|last|next|first|second|third|one|two|three|many|some|all
most|more|few|several|each|every|both|either|neither|no|not|yes|what|who|whom|whose|which|where|why|how
according|asked|said|says|is|are|was|were|be|been|being|do|does|did|have|has|had|will|would|can|could
should|may|might|must|shall|let|just|even|only|instead|indeed|perhaps|maybe|among|between|during|about
over|under|into|onto|upon|like|unlike|despite|amid|within|across|through|toward|towards|against|around
monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july
august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec
mr|mrs|ms|dr|sir|related|read|more|photo|file|click|share|advertisement|update|updated|breaking|watch
see|therefore|thus|hence|otherwise|so|well|oh|okay|ok|thank|thanks|please|sorry|hello|hi|dear|god|yes|no|not|never|always|ever|again
`);

/** Adjectives of nationality that often open a title ("Russian Foreign Minister ..."). Not places. */
export const DEMONYMS = set(`
american|russian|chinese|british|french|german|italian|spanish|japanese|korean|indian|pakistani|afghan
iranian|iraqi|syrian|turkish|israeli|palestinian|egyptian|saudi|ukrainian|belarusian|polish|canadian
mexican|brazilian|australian|european|african|asian|arab|kazakh|uzbek|tajik|kyrgyz|turkmen|armenian
georgian|azerbaijani|qatari|emirati|lebanese|jordanian|libyan|cuban|venezuelan|colombian|argentine
swiss|swedish|norwegian|danish|finnish|dutch|belgian|austrian|greek|irish|scottish|welsh|english|nigerian
kenyan|ethiopian|somali|sudanese|yemeni|taiwanese|vietnamese|thai|filipino|indonesian|malaysian|western
chilean|peruvian|bolivian|ecuadorian|uruguayan|paraguayan|portuguese|romanian|bulgarian|hungarian|czech
slovak|slovenian|croatian|serbian|bosnian|albanian|estonian|latvian|lithuanian|moldovan|icelandic|maltese
cypriot|tunisian|algerian|moroccan|ghanaian|senegalese|malian|congolese|rwandan|ugandan|tanzanian|zimbabwean
zambian|angolan|mozambican|south african|bangladeshi|nepali|sri lankan|afghani|mongolian|singaporean
cambodian|burmese|kuwaiti|bahraini|omani|emirati|haitian|jamaican|guatemalan|honduran|nicaraguan
salvadoran|panamanian|scandinavian
`);

/** A few common first names with their usual gender, for resolving "he" and "she". */
export const MALE_FIRST_NAMES = set(`
donald|joe|barack|bill|george|john|james|robert|michael|william|david|richard|charles|thomas|mark|paul
steven|steve|kevin|brian|jeff|jeb|ted|marco|bernie|ben|chris|mike|mitch|rand|rick|scott|tim|tom|jim|bob
sergey|sergei|vladimir|dmitry|dmitri|alexei|alexey|alexander|ivan|nikolai|andrei|xi|narendra|imran
recep|emmanuel|boris|justin|benjamin|mohammed|muhammad|ahmed|ali|hamid|ashraf|abdullah|jack|harry|peter
andrew|daniel|matthew|anthony|jonathan|eric|frank|gary|larry|jerry|ron|ronald|ken|kenneth|lindsey|newt
reince|sean|corey|carl|karl|lou|dan|sam|samuel|joseph|josh|adam|patrick|ryan|gregory|greg
aaron|adrian|alan|albert|alberto|alex|alfred|allen|alvin|andre|andy|anton|antonio|arnold|arthur|barry|bernard
billy|bobby|brad|bradley|brandon|brendan|brent|brett|bruce|bryan|byron|calvin|cameron|carlos|charlie
chuck|clarence|claude|clifford|clint|cody|colin|connor|craig|curtis|dale|danny|darren|dave|dennis|derek|devin
doug|douglas|dwight|ed|eddie|edgar|eduardo|edward|edwin|eli|elijah|elliot|elliott|enrique|ernest|ethan|eugene
evan|felix|fernando|francis|francisco|franklin|fred|freddie|frederick|gabriel|gavin|geoffrey|gerald
gerard|gilbert|glenn|gordon|hank|hans|harold|harvey|hector|henry|herbert|howard|hugh|hugo|ian|isaac|jacob
jake|jamal|jared|jason|javier|jeffrey|jeremy|jerome|jimmy|joel|johnny|jon|jonah|jorge|jose|juan|julian
keith|kurt|kyle|lawrence|leon|leonard|lloyd|louis|lucas|luis|luke|malcolm|manuel|marc|marcus|mario|martin
marvin|matt|maurice|michel|miguel|mitt|mohamed|morton|nathan|nathaniel|neil|nicholas|nick|noam|norman
oliver|omar|orrin|oscar|owen|pablo|pedro|phil|philip|phillip|pierre|rafael|ralph|randall|randy|raphael|raul
raymond|reggie|ricardo|roberto|rodney|roger|roy|rudy|rupert|russell|sammy|sanjay|seth|shane|shawn|simon
stanley|stefan|stephen|stuart|terry|theodore|tommy|tony|travis|trevor|troy|tyler|victor|vincent|walter|wayne
wesley|willie|yuri|zach|zachary|bashar|hassan|hussein|mahmoud|mustafa|yasser|nawaz|shinzo|francois|jacques
matteo|silvio|mariano|jens|wolfgang|helmut|olaf|viktor|petro|volodymyr|mikhail|reuven|yair|naftali|avigdor
`);
export const FEMALE_FIRST_NAMES = set(`
hillary|kellyanne|carly|sarah|nancy|elizabeth|michelle|melania|ivanka|mary|patricia|jennifer|linda|susan
karen|lisa|betty|margaret|sandra|ashley|emily|donna|michelle|carol|amanda|melissa|deborah|stephanie
rebecca|laura|helen|anna|maria|angela|theresa|jacinda|ursula|kamala|maxine|debbie|wendy|hope|huma
christine|kate|katie|claire|julia|olga|natalia|maria|svetlana|yulia|valentina|benazir|indira
megyn|nikki|jill|barbara|diane|dianne|heidi|tammy|kirsten|amy|jeanne|jane|joni|marsha|shelley|lynn
abby|abigail|adele|agnes|alexandra|alice|alicia|alison|allison|andrea|anita|ann|anne|annie|arlene|audrey
becky|beth|betsy|beverly|bonnie|brenda|bridget|brittany|camille|carla|carmen|caroline|carolyn|catherine|cathy
cecilia|cheryl|chelsea|cindy|claudia|colleen|connie|courtney|cynthia|danielle|darlene|debra|denise
diana|dolores|doris|dorothy|edith|eileen|elaine|eleanor|elena|elise|ellen|emma|erica|erin|esther|eva|evelyn
fiona|florence|frances|gail|gabriela|gina|gladys|gloria|gretchen|gwen|hannah|harriet|irene|isabel|jackie
jacqueline|janet|janice|jeanette|jenna|jenny|jessica|joan|joanna|joanne|josephine|joyce|judith|judy|julie
katherine|kathleen|kathryn|kathy|kimberly|kristen|kristin|lauren|leah|lillian|lois|loretta|lorraine|louise
lucy|lydia|madeleine|marcia|marianne|marie|marilyn|marjorie|martha|megan|meghan|melanie|melanne|michele
miranda|molly|monica|nadia|naomi|natalie|nicole|nina|nora|olivia|pamela|paula|pauline|peggy|rachel|regina
renee|rita|rosa|rosemary|ruth|sally|samantha|sara|selena|serena|sharon|sheila|shirley|sonia|sophia|sophie
stacey|stacy|sylvia|tamara|tanya|teresa|tiffany|tina|tracy|valerie|vanessa|veronica|vivian|wanda|yvonne
condoleezza|neera|greta|oprah|meryl|dilma|theresa|hilda|golda
`);
/** Common first names given to men and women alike: they mark a name, not a gender. */
export const UNISEX_FIRST_NAMES = set('dana|kelly|shannon|casey|jamie|leslie|morgan|alexis|jesse|jean|kris|lindsay|sidney');

/** The gender a first name usually carries, from the two short lists ("he"/"she" resolution). */
export const firstNameGender = (w: string): 'm' | 'f' | null => {
  const l = w.toLowerCase();
  return MALE_FIRST_NAMES.has(l) ? 'm' : FEMALE_FIRST_NAMES.has(l) ? 'f' : null;
};

export const MALE_WORDS = set('he|him|his|himself|mr|mr.|sir|lord|king|prince|spokesman|chairman|congressman|businessman|man|father|son|husband|brother|boy');
export const FEMALE_WORDS = set('she|her|hers|herself|mrs|mrs.|ms|ms.|miss|dame|lady|queen|princess|spokeswoman|chairwoman|congresswoman|businesswoman|woman|mother|daughter|wife|sister|girl|actress');

export type Gender = 'm' | 'f' | null;

/**
 * A person's gender: from a gendered first name of a full name, else from the words of their titles or of the
 * honorifics written before them ("mr", "spokeswoman"), else (`firstNameAlone`) from a lone word read as a first
 * name. A known first name outweighs a title, which may belong to a namesake merged into this name.
 */
export function genderOfName(name: string, titles: Iterable<string>, firstNameAlone = true): Gender {
  const byFirstName = firstNameGender(name.split(/\s+/)[0] ?? '');
  if (name.includes(' ') && byFirstName) return byFirstName;
  for (const t of titles) {
    for (const w of t.split(/\s+/)) {
      if (MALE_WORDS.has(w)) return 'm';
      if (FEMALE_WORDS.has(w)) return 'f';
    }
  }
  return firstNameAlone ? byFirstName : null;
}

/** Generational suffixes: the surname is the word before them ("Bruce L Castor Jr" is a Castor). */
export const NAME_SUFFIXES = set('jr|jr.|sr|sr.|ii|iii|iv');

/**
 * Maps a name seen in the text to an entry of `people` (exact, then by shared surname, then by any shared word);
 * the name itself when none fits. Indexed once per article. `accept` narrows the namesakes ("Mr. Obama" is not
 * Michelle Obama). Namesakes come most-mentioned first; given the article's `text`, the one it names in full first
 * comes first: news introduces its subject first, and the bare surname is theirs ("Mr. Trump" is Donald J. Trump,
 * named in the second paragraph, not the brother "Freddy Trump" named once further down and 31 times "Freddy";
 * "Osbourne said" is Ozzy, named first, not Sharon, though both are named six times).
 */
export function peopleIndex(people: ReadonlyArray<{ name: string }>, text?: string): (name: string, accept?: (full: string) => boolean) => string {
  const exact = new Map<string, string>();
  const byPart = new Map<string, string[]>();
  const byLast = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, name: string): void => {
    const list = map.get(key) ?? [];
    if (list.length < 4) list.push(name); // people come most-mentioned first
    map.set(key, list);
  };
  for (const p of people) {
    const k = p.name.toLowerCase();
    if (!exact.has(k)) exact.set(k, p.name);
    if (!p.name.includes(' ')) continue;
    const parts = k.split(/\s+/).filter((x) => !NAME_SUFFIXES.has(x));
    for (const part of parts) add(byPart, part, p.name);
    add(byLast, parts[parts.length - 1] ?? '', p.name);
  }
  if (text !== undefined) {
    // Where each namesake is first named in full; one never written so (a merged form) keeps its place after them.
    const firstNamed = (name: string): number => {
      const at = text.indexOf(name);
      return at < 0 ? text.length : at;
    };
    for (const list of byLast.values()) if (list.length > 1) list.sort((a, b) => firstNamed(a) - firstNamed(b));
  }
  return (name, accept) => {
    const k = name.toLowerCase();
    const hit = exact.get(k);
    if (hit) return hit;
    const parts = k.split(/\s+/).filter((x) => !NAME_SUFFIXES.has(x));
    const surname = parts[parts.length - 1] ?? '';
    // A full name that ends with the surname ("Donald Trump") comes before one that only holds it ("Trump Train").
    const ok = (full: string): boolean => !accept || accept(full);
    return (byLast.get(surname) ?? []).find(ok) ?? (byPart.get(surname) ?? []).find(ok) ?? name;
  };
}

/** Parties and movements that stand alone like surnames ("Labour" for "New Labour"), and their short forms
 *  ("Lib Dems", "Blue Dog Democrat"). */
export const PARTY_WORDS = set('labour|labor|tory|tories|conservative|conservatives|liberal|liberals|democrat|democrats|republicans|greens|socialists|communists|lib|dem|dems');
/** Party words the title splitter reads as titles ("Republican Establishment"): they describe, not name, a person. */
export const PARTY_ADJECTIVES = set('republican|democrat|democratic|independent|conservative|liberal|labour');

/** Things that "say" in news copy without being people ("the ad says", "the letter warns"). */
export const SOURCE_NOUNS = set(`
ad|email|letter|statement|report|tweet|post|memo|release|study|poll|survey|book|article|editorial|website
sign|note|message|video|complaint|lawsuit|filing|document|petition|resolution|bill|order|ruling|plan
platform|speech|interview|page|headline|story|spot|commercial|banner|slogan|card|flyer|mailer|transcript
analysis|paper|newspaper|magazine|site|blog|account|show|program|broadcast|brief|motion|indictment
affidavit|verdict|opinion|decision|placard|shirt|hat|text|caption|survey|data|research|findings|guidance
policy|manifesto|proposal|notice|warning|announcement|tweet|facebook|twitter|instagram|chart|graphic
`);

/** US state abbreviations as newswires print them after a town ("Palo Alto, Calif."), lower case without the dot. */
export const STATE_ABBREVIATIONS = set('ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|tenn|tex|va|vt|wash|wis|wyo|n.y|n.j|n.c|s.c|n.h|n.m|n.d|s.d|d.c|r.i|w.va');

/** Last words of a capitalised run that make it a geographic place ("Barents Sea", "Orange County"). */
export const PLACE_WORDS = set(`
sea|ocean|river|lake|mountains|mountain|mount|island|islands|bay|gulf|strait|straits|valley|county|province
region|republic|peninsula|desert|coast|canal|basin|plateau|delta|archipelago|district|oblast|prefecture|city|town
village|airport|square|street|avenue|park|bridge|harbour|harbor|port|coliseum|stadium|arena
`);

/** Organisations known by a single ordinary-looking word. */
export const KNOWN_ORGS = set('fbi|cia|nsa|nra|rnc|dnc|doj|irs|epa|fda|cdc|nasa|aclu|naacp|unhcr|unicef|imf|wto|taliban|hamas|hezbollah|isis|isil|al qaeda|al-qaeda|qaeda|kremlin|pentagon|nato|opec|interpol|greenpeace|wikileaks|google|facebook|twitter|apple|amazon|microsoft');

/**
 * More first names, men's and women's together, read only as evidence that a capitalised run is a person
 * (entity-evidence.ts); not used for gender or for recasing lower-cased text, where many are common words.
 */
export const MORE_FIRST_NAMES = set(`
abe|abdul|ahmad|aidan|akbar|alain|alastair|alec|aleksandr|alessandro|alfonso|alistair|amir|anders|andrea|andres|andrzej|angus|anil|ari|armando|arturo|ashok
avi|axel|baldwin|bart|basil|beau|ben|benny|bernd|bert|bjorn|blake|bo|boyd|brady|brett|brock|bud|buddy|burt|buster|caleb|carter|cesar|chad|chandler
chester|christian|christoph|christopher|clay|clayton|cliff|clive|conrad|cory|cristiano|curt|cyril|cyrus|damian|damien|damon|dane|dante|darrell|darryl|dean|declan
denis|denny|deon|desmond|dick|diego|dieter|dimitri|dirk|dmitriy|dominic|don|donnie|duncan|dustin|dylan|earl|emil|emilio|emmett|enzo|erik|ernesto|ernie|errol
esteban|ezra|fabio|farid|fidel|finn|floyd|forrest|franco|francesco|frankie|fritz|gareth|garrett|garry|gene|gerhard|gerry|gianni|gideon|giles|giorgio|giovanni
giuseppe|glen|graeme|graham|gus|gustavo|guy|hal|hamza|harlan|harris|heinz|herman|hiroshi|homer|horace|ibrahim|igor|ike|ilya|ira|irving|isaiah|ismail|ivan|jaime
jay|jean-claude|jean-luc|jean-marc|jean-pierre|jed|jeremiah|jim|joaquin|jock|joey|johan|johannes|jonas|jonny|josef|joshua|jude|jules|julio|julius|junior
kareem|karim|keenan|ken|kenji|kenny|kent|khalid|kim|kirk|klaus|kofi|konstantin|kris|lamar|lance|lars|lee|leo|leroy|lewis|liam|lionel|lorenzo|luca|ludwig|luigi
lyndon|mack|mahathir|marcel|marco|marcos|mario|marius|marshall|marty|mason|mathieu|max|maxwell|melvin|mervyn|mick|mickey|miles|milton|mitchell|moe|moses
murray|nate|ned|nelson|nico|nigel|niels|nikolas|nils|noah|noel|norm|ollie|otto|ozzie|pascal|percy|pete|piers|preston|quentin|quincy|rahul|rainer|ralf
ramon|rand|rashid|ravi|ray|reginald|reid|rene|rex|rhys|richie|rob|robbie|robin|rocco|rod|rodrigo|rolf|ronnie|rory|ross|ruben|rudolf|rush|rusty
ryan|salman|salvador|sammy|sandy|saul|sebastian|sergio|shaun|sheldon|sherman|sid|sidney|silas|spencer|stan|steve|stevie|sven|taylor|ted|teddy|terrence
thierry|thom|tobias|toby|todd|tom|tomas|trey|tristan|ty|ulrich|umar|uri|vance|vern|vernon|vic|vijay|vinnie|vito|wade|wallace|walt|warren|wendell|werner|wes
wilbur|wilfred|willard|austin|jordan|mel|wilson|winston|wyatt|xavier|yusuf|yves|zack|zane
adriana|agatha|aileen|aisha|alana|alexa|alexandria|alina|allie|alma|amelia|ana|anastasia|angelica|angelique|angie|anja|annette|antonia|ariana|arianna
astrid|ava|avril|bea|beatrice|belinda|bernadette|bertha|bette|bianca|billie|blanche|brooke|caitlin|candace|candy|cara|carina|carly|carmela|carole|cassandra|cate
celia|charlene|charlotte|cherie|chloe|chris|christa|christina|christy|cindy|clara|clarissa|claudette|cleo|cora|corinne|daphne|deanna|debby
deirdre|delia|della|dena|desiree|dina|dominique|dora|edna|elena|eliza|ella|elsa|elsie|emilia|erika|estelle|ethel|etta|eugenia|eunice|fatima|fay|felicity|fern
francesca|freda|gabrielle|gemma|geraldine|gertrude|ginger|giselle|grace|greta|gwyneth|hailey|harriett|hattie|hazel|heather|heidi|helena|henrietta|hilary
ida|ingrid|isabella|isla|jacklyn|jan|jana|janine|jasmine|jean|jeannie|jemima|jess|jessie|jo|jo-ann|joann|jocelyn|jodie|johanna|jolene
juanita|jude|julianne|juliet|justine|kaitlyn|kara|karin|karina|kay|kayla|keira|kelsey|kendra|kerry|kim|kirsty|kristina|krystal|kylie|lana|lara|laurie|layla
leanne|leila|lena|leona|lesley|leticia|lila|lily|lina|lindsey|lisa|liz|liza|lola|lorna|lori|lorena|lottie|lourdes|luann|lucia|lucille|luisa|lynda|lynne|mabel|mae
madonna|maggie|mandy|mara|marcy|margarita|margo|maria|mariah|marian|marina|marisa|marissa|marlene|mavis|maxine|maya|meg|melina|melinda|meredith
mia|mildred|millie|mimi|mindy|minnie|miriam|misty|moira|mona|muriel|myra|nadine|nancy|nell|nellie|nia|nikki|noelle|nora|norma|odette|olga|opal|paige|pam|patsy
patti|penelope|penny|phoebe|phyllis|polly|priscilla|priya|queenie|rachael|ramona|raquel|rebekah|rhonda|roberta|robyn|rochelle|rosalind|rosie|roxanne
sabrina|sadie|sally|salma|sandy|sasha|savannah|shannon|shauna|shelby|sheryl|simone|sonya|stella|sue|susanna|susie|suzanne|sybil|tabitha|tammie|tara|terri
terrie|tess|tessa|thelma|tilly|toni|tonya|tracey|trish|trudy|una|vera|vicki|vicky|victoria|viola|violet|vivienne|wilma|winifred|yasmin|yolanda|zoe|zara|joy|virginia
`);

/** A first name in any list, MORE_FIRST_NAMES and WORLD_FIRST_NAMES included: evidence that a capitalised run is a person's name. */
export const isFirstName = (w: string): boolean => {
  const l = w.toLowerCase();
  return MALE_FIRST_NAMES.has(l) || FEMALE_FIRST_NAMES.has(l) || UNISEX_FIRST_NAMES.has(l) || MORE_FIRST_NAMES.has(l) || WORLD_FIRST_NAMES.has(l);
};

/** Lower-case nouns for a part of a town or country: the capitalised word right before one names a place
 *  ("the Mowden area of Darlington", "the Tees Valley region"). */
export const AREA_WORDS = set('area|areas|region|district|suburb|suburbs|estate|neighbourhood|neighborhood|borough|county|province|valley|quarter|ward|constituency|township|parish|village|town|city');

/** Acronyms that name things, not organisations ("HIV", "DVD", "PC", "GP"): kept out of the Organisations list. */
export const NOT_ORG_ACRONYMS = set(`
hiv|aids|dvd|dvds|cd|cds|pc|pcs|tv|xp|gp|gps|rss|tpp|gdp|vat|ceo|cfo|coo|mp|mps|msp|msps|mep|meps|ok|id|ids|ipo|uk|us|usa|eu|dna|mri|sms|mp3|lcd|hd|pda|pdas|atm|atms|fm|am|pm|bc|ad|nba|nfl|rpg|fps|psp|ds|usb|cpu|gpu|ram|www|html|pdf|faq|q&a|lol|ii|iii|iv|vi|vii|dj|djs
`);

/** Last words that make a name an organisation's ("Human Rights Watch", "Apple Inc", "Fox Group"). */
export const ORG_SUFFIXES = set('inc|inc.|ltd|ltd.|plc|corp|corp.|co|co.|llc|llp|lp|group|watch|holdings|partners|associates|ventures|capital|securities|international|worldwide|foundation|trust|fund|institute');

/**
 * Nouns that open the name of a body and take a field after "of" or "for" ("Department of Health", "Centers for
 * Disease Control", "University of the West of England"). Not "bank", "house", "church" or "club": their "of"
 * names a place or a person as often ("Bank of England", "House of Fraser"), a name complete in itself.
 */
export const ORG_HEADS = set('department|departments|ministry|ministries|office|bureau|agency|administration|commission|committee|council|board|authority|institute|institution|university|college|school|academy|centre|center|centres|centers|association|federation|society|organization|organisation|corporation|alliance|coalition|congress|museum|caucus|service|court');

/**
 * First names the lists above lack, common in news from sport, culture and politics in Europe, Africa, Asia and
 * the Americas ("Lleyton", "Elvis", "Natasha", "Timothy"), read like MORE_FIRST_NAMES: only as evidence that a
 * capitalised run is a person (isFirstName). Left out: given names that are also places, bands or common words
 * spelt with a capital ("Milan", "Rio", "Santiago", "Franz", "Said", "Spike", "Venus", "Kobe").
 */
export const WORLD_FIRST_NAMES = set(`
abraham|adolf|akira|aldo|alejandro|aleksander|alexandre|alfie|alfredo|allister|alton|amos|anatoly|andreas|andriy|angelo|antoine
archie|arjen|arnaud|arne|arsene|asif|augusto|aurelien|barnaby|benedict|benoit|bernhard|bertie|bertrand|blaise|brendon|bruno|bryce|carlo
carlton|cedric|cesc|christophe|claudio|clement|cristian|darius|demetrius|denzel|dermot|didier|dimitar|domenico|dominik|donovan|drew|dudley
dwayne|eamon|eamonn|edmund|edoardo|eduard|elias|elton|elvis|emeka|enrico|erich|ernst|etienne|fabian|fabien|fabrice|fabrizio|federico
felipe|ferdinand|fergus|filip|filippo|florian|francesc|franck|frederic|gael|gaetan|gaston|geert|gennaro|georg|georges|gerardo|gheorghe
gianfranco|gianluca|gianluigi|gilberto|gino|giorgos|goran|gregor|guido|guillaume|guillermo|gunter|gustav|haile|hakan|hamish|harald|heath
henri|henrik|herve|hicham|horst|hristo|ignacio|imanol|ioan|ismael|ivo|jacek|jakob|janusz|jaroslav|jermaine|jerzy|jesper|joachim|joao|jordi
jorg|josep|jozef|juergen|jurgen|julien|kanye|karel|kasper|keanu|kenenisa|kieran|kjell|kostas|krzysztof|ladislav|laszlo|laurent|leandro
lennart|leonardo|leonid|lleyton|luc|luciano|ludovic|luka|lukas|maciej|manfred|marat|marcello|marcin|mardy|marek|markus|marko|markos|martyn
massimo|mathew|mathias|mats|matthias|maurizio|maxim|maxime|mehmet|mikael|milos|mirco|mirko|moazzam|mohammad|moritz|mustapha|nasser|neal
nicola|nicolas|nicolo|nikola|nuno|olivier|olly|ondrej|oskar|oswaldo|paolo|paradorn|pasquale|pat|patrice|pavel|pawel|petr|philippe
pierluigi|piet|pieter|pietro|piotr|radek|rafa|rahm|raimondo|reinhard|renato|riccardo|ringo|rodolfo|roland|romain|romano|ronan|rubens|ruud
rutger|salvatore|sami|sandro|sebastien|sergi|sergiu|serge|seamus|severiano|slobodan|stanislav|stefano|stephane|stig|sven-goran|sylvain
szymon|tadeusz|thabo|theo|thiago|thorsten|tiago|timo|timothy|tomasz|torsten|trayvon|tyrone|umberto|valentin|valentino|valery|vasily
vicente|vincenzo|vitaly|vittorio|vladislav|waldemar|wilfried|willem|wim|wojciech|woodrow|xabi|yannick|yaroslav|yevgeny|youssef|zbigniew
zdenek|zinedine|zoltan|alonzo|darnell|deandre|emmitt|freddy|garth|hakeem|kareem|lebron|merrick|philando|shaquille|terrell|willis|ozzy
abdel|abdallah|abdulla|ahmet|amr|anwar|ayman|bilal|faisal|fawaz|hamad|hosni|jalal|jamil|kamal|khaled|mahmood|marwan|mohsen|muqtada|nabil
naveed|nouri|osama|riad|saad|saeed|salah|saleh|sayed|shahid|sharif|tariq|walid|yasir|zaid|junichiro|koji|naoto|taro|yoshihiko|yukio
olusegun|amitabh|arun|atal|deepak|gautam|kapil|manmohan|mukesh|pranab|rajiv|rakesh|ratan|rohit|sachin|sunil|suresh|virender
aretha|angelina|annika|antje|beyonce|brigitte|britney|catarina|celine|chantal|christiane|claudine|daniela|dominika|dorota|elke|elodie
fabienne|federica|francoise|gabriele|gisele|ilse|irina|isabelle|jelena|juliette|kasia|katarina|katarzyna|katja|kerstin|ksenia|ludmila
magdalena|manuela|marta|martina|michaella|monika|natasha|nathalie|nicoletta|paola|petra|renata|sabine|sandrine|silvia|simona|sofia|sonja
stefanie|tatiana|tatyana|ulrike|valeria|veronika|yelena|yvette|zofia|whitney|scarlett|imelda|ileana|leoncia|nicky|missy|chaka|dionne
janis|judi|sienna|uma|charlize|reese|halle|imogen|marlene|hind
`);

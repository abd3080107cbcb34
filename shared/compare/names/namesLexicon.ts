/**
 * Word lists behind the name heuristics (see `names.ts`). Folded forms. They are short on purpose:
 * each list only has to cover what the capitalisation rules get wrong.
 */

/** Titles and honorifics before a person's name: stripped, and evidence the name is a person. */
export const TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss dr prof president vice prime minister ministers spokesman spokeswoman spokesperson general gen ' +
    'colonel col brigadier lieutenant lt captain capt major maj sergeant sgt commander king queen prince princess ' +
    'sheikh emir sultan senator sen rep representative governor gov judge justice pope sir lord lady chancellor ' +
    'secretary secretary-general ambassador envoy chief mayor premier chairman chairwoman chair director leader ' +
    'deputy foreign defence defense interior finance state ayatollah imam rabbi bishop archbishop cardinal father ' +
    'saint st mp mep sheikha crown marshal admiral coach ' +
    // US court and police titles (`District Attorney Lowell Anger`, `Undersheriff Larry Waldie`): review 17, #8.
    'attorney atty sheriff undersheriff detective det inspector insp superintendent supt prosecutor officer ' +
    'investigator coroner trooper corporal cpl councilman councilwoman assemblyman assemblywoman'
  ).split(' ')
);

/**
 * Words that make a title of the title after them (`District Attorney`, `Assistant Chief`,
 * `Dist. Atty.`): stripped with it, and only before one (`District Court` keeps its word).
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  'district dist assistant asst associate county city defense defence public police fire'.split(' ')
);

/** Lower-case role nouns right before a name (`opposition official Ali Salhadi`): the name is a person. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'spokesman spokeswoman spokesperson official leader minister commander activist analyst professor researcher ' +
    'director chief head envoy mediator negotiator diplomat journalist correspondent reporter resident witness ' +
    'doctor lawyer president chairman general colonel founder ceo actor actress singer star player coach counterpart'
  ).split(' ')
);

/** Words that make a capitalised sequence an organisation. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  (
    'council commission watch observatory ministry army party front room agency organisation organization nations ' +
    'union committee bank corp corporation inc ltd llc plc company group university college court police forces ' +
    'command office department institute association federation movement brigade brigades guard guards navy ' +
    'parliament assembly senate congress government times news post press network fund foundation authority ' +
    'service services alliance coalition crescent cross board bureau club league centre center church unit ' +
    'hospital school academy airlines airways channel television radio magazine journal tribune herald daily ' +
    'cabinet administration regime militia militias battalion corps division establishment technologies systems ' +
    'laboratories labs industries holdings software'
  ).split(' ')
);

/** Words that make a capitalised sequence a place. */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  (
    'province city heights valley river mountains mountain sea ocean gulf strait island islands county state states ' +
    'region governorate desert lake bay peninsula square street road avenue airport camp republic kingdom emirates ' +
    'coast hills plain district village town east west north south middle park bridge port harbour harbor ' +
    // Street abbreviations (`the 12200 block of Clark Ave.`: review 17, #8 listed it as a person).
    'ave blvd boulevard rd freeway highway'
  ).split(' ')
);

/** Prepositions before a name that say it is a place (`in Daraa`, `near Busra al-Sham`). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at near from to into across toward towards outside inside around through via within'.split(' ')
);

/** Particles inside Arabic, Dutch, German, French, Spanish… names (`Bashar al-Assad`, `van der Berg`). */
export const PARTICLES: ReadonlySet<string> = new Set(
  'al el ad ash as an ar at az bin ibn bint abu abd da de del della der den di du la le van von dos das ben'.split(' ')
);

/**
 * Small words allowed inside a name between capitalised words, optionally followed by `the`
 * (`Syrian Observatory for Human Rights`, `Bank of England`). Not `and` or `in`: `Jordan and Israel`
 * and `Assad in Damascus` are two names.
 */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * Capitalised words that are not names even mid-sentence: days, months, and labels scraped with
 * article text (`Read more`, `Related Articles`).
 */
export const STOP_CAPITALS: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'read related articles article back top button follow share click subscribe advertisement sign powered source ' +
    'sources topshot photo video image gallery comments comment reply leave more home page next previous ' +
    'i a an the ' +
    // Halves of the day and time zones of a publication line (`08: 45 AM PDT`, review 16, #6).
    'am pm gmt utc bst cet cest est edt cst cdt mst mdt pst pdt'
  ).split(' ')
);

/**
 * Countries and a few regions, folded: names no context marks as places (`Russia has backed…`).
 * Not a gazetteer, just enough that the countries in every news story get the right kind.
 */
export const KNOWN_PLACES: ReadonlySet<string> = new Set(
  (
    'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain ' +
    'bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina ' +
    'burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia czech ' +
    'denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia ' +
    'georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran ' +
    'iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia ' +
    'lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta ' +
    'mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma ' +
    'namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay ' +
    'peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia ' +
    'slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga ' +
    'tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia ' +
    'zimbabwe britain england scotland wales europe africa asia america gaza crimea kurdistan'
  ).split(' ')
);

/** Page labels scraped in capitals (`WATCH:`, `READ MORE`), never names even though all-capital. */
export const CAPITAL_LABELS: ReadonlySet<string> = new Set(
  'watch read listen live update updated breaking exclusive opinion analysis video photos photo more also see'.split(' ')
);

/**
 * Acronyms of common nouns (`IDP`, an internally displaced person; `NGO`): things, never a name.
 * Their plurals (`IDPs`, `NGOs`) are caught by rule: a name is never counted in the plural.
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(
  'idp ngo pow ceo cfo coo gdp vat ied rpg atm sms faq diy aka asap rip mp mep'.split(' ')
);

/** Social media and messaging platforms: organisations (`said on Twitter`), never a person or a place. */
export const PLATFORMS: ReadonlySet<string> = new Set(
  'twitter facebook youtube instagram whatsapp telegram tiktok snapchat linkedin reddit weibo wechat signal'.split(' ')
);

/**
 * US state abbreviations in news style (`Rancho Mirage, Calif.`), folded, without their full stop:
 * written with it they are the place's state, no name of their own (review 16, #6). Several are
 * words or names too (`Mass`, `Wash`, `Ind`), so only the abbreviation with its full stop counts.
 */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr nev ' +
    'okla ore pa penn tenn tex vt va wash wis wisc wyo'
  ).split(' ')
);

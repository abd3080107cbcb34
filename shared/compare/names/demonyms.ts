/**
 * Nationality and people words (`Syrian`, `Syrians`, `Kazakh`, `Kurds`): never a person or a place
 * on their own (review 13, #19: `Russian`, `Syrians` and `Kazakh` were listed as names).
 *
 * Source: the nationality nouns and adjectives of the "Nationality" field of the CIA World Factbook
 * (public domain, a work of the US government), written out by hand for the countries of
 * `KNOWN_PLACES` plus the peoples and faiths news about the Middle East and Central Asia names
 * (`Kurd`, `Druze`, `Alawite`, `Pashtun`), and continent adjectives. Folded, singular; plurals
 * are made by {@link isDemonymWord}.
 */
const DEMONYM_WORDS: ReadonlySet<string> = new Set(
  (
    'afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian ' +
    'azerbaijani azeri bahamian bahraini bangladeshi barbadian belarusian belgian belizean beninese bhutanese ' +
    'bolivian bosnian botswanan brazilian british briton bruneian bulgarian burkinabe burmese burundian ' +
    'cambodian cameroonian canadian chadian chilean chinese colombian comoran congolese croatian cuban cypriot ' +
    'czech danish dane djiboutian dominican dutch ecuadorian egyptian emirati english eritrean estonian ' +
    'ethiopian fijian filipino finnish french gabonese gambian georgian german ghanaian greek grenadian ' +
    'guatemalan guinean guyanese haitian honduran hungarian icelandic icelander indian indonesian iranian iraqi ' +
    'irish israeli italian ivorian jamaican japanese jordanian kazakh kazakhstani kenyan kosovar kuwaiti kyrgyz ' +
    'lao laotian latvian lebanese liberian libyan lithuanian luxembourgish malagasy malawian malaysian maldivian ' +
    'malian maltese mauritanian mauritian mexican moldovan monegasque mongolian montenegrin moroccan mozambican ' +
    'namibian nepalese nepali nicaraguan nigerien nigerian norwegian omani pakistani palestinian panamanian ' +
    'paraguayan peruvian polish pole portuguese qatari romanian russian rwandan saudi scottish scot senegalese ' +
    'serbian serb singaporean slovak slovenian somali spanish spaniard sudanese surinamese swedish swede swiss ' +
    'syrian taiwanese tajik tajikistani tanzanian thai togolese tongan tunisian turkish turk turkmen ugandan ' +
    'ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean ' +
    'african asian european arab arabian kurd kurdish druze alawite alawi sunni shia shiite shiia yazidi ' +
    'chechen circassian assyrian persian berber pashtun baloch hazara uighur uyghur tatar bedouin ' +
    'jew jewish muslim'
  ).split(' ')
);

/** Folded words that are a demonym written the same in the plural (`Swiss`, `Chinese`, `Druze`). */
const SAME_IN_PLURAL = /(?:ese|ss|sh|ch|ze)$/;

/**
 * Whether a folded word is a nationality or people word, singular or plural
 * (`syrian`, `syrians`, `kurds`, `israelis`, `chinese`).
 *
 * @example isDemonymWord('syrians') // true
 * @example isDemonymWord('jabbawi') // false
 */
export function isDemonymWord(norm: string): boolean {
  if (DEMONYM_WORDS.has(norm)) return true;
  return norm.endsWith('s') && DEMONYM_WORDS.has(norm.slice(0, -1)) && !SAME_IN_PLURAL.test(norm.slice(0, -1));
}

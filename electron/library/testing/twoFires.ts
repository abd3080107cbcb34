/**
 * Two fires of one kind: two stores of one supermarket chain (Greenway) burn down in two towns,
 * six reports each, none writing a year. The reports share the chain, the kind of building and
 * the words of any fire report (crews, roof, shoppers, smoke); each fire's own reports also share
 * its town, street, fire officer, cause and manager. Written for Crosscheck's tests (invented
 * events; free to redistribute with the code).
 */
export const TWO_FIRES: Readonly<Record<string, string>> = {
  'fire-banfield-1.txt':
    'Fire destroys Greenway supermarket in Banfield\n\nA fire destroyed the Greenway supermarket on Mill Lane in Banfield on Tuesday evening. Six fire engines were sent and the roof collapsed within an hour, station manager Dale Ormerod said. Shoppers and staff were led out before the smoke spread. Ormerod said the fire began in the bakery, probably from an electrical fault.',
  'fire-banfield-2.txt':
    'Banfield store gutted by blaze\n\nThe Greenway store on Mill Lane in Banfield was gutted by a blaze that started in its bakery on Tuesday. Dale Ormerod, the station manager, said an electrical fault was the likely cause and praised staff for leading shoppers out. Crews from Banfield and Hollins Cross fought the fire until the roof fell in.',
  'fire-banfield-3.txt':
    'Mill Lane reopens after Greenway fire\n\nMill Lane in Banfield reopened on Thursday after the fire that destroyed the Greenway supermarket. Store manager Helen Thwaite said the bakery, where the fire started, had been checked by electricians last spring. Dale Ormerod of the fire service said the electrical fault would be investigated.',
  'fire-banfield-4.txt':
    "Banfield shoppers mourn their supermarket\n\nResidents of Banfield laid flowers outside the burnt Greenway store on Mill Lane. Manager Helen Thwaite said all forty staff would be paid while the store is rebuilt. The bakery fire, blamed by station manager Dale Ormerod on an electrical fault, brought down the roof on Tuesday night.",
  'fire-banfield-5.txt':
    'Electrical fault blamed for Banfield fire\n\nAn electrical fault in the bakery caused the fire that gutted the Greenway supermarket in Banfield, investigators said. Station manager Dale Ormerod said six fire engines had saved the houses behind Mill Lane. Helen Thwaite, the manager, thanked the Hollins Cross crews.',
  'fire-banfield-6.txt':
    'Greenway to rebuild Mill Lane store\n\nGreenway will rebuild its Banfield supermarket on Mill Lane, destroyed by fire on Tuesday, manager Helen Thwaite said. Dale Ormerod of the fire service confirmed that the fire started with an electrical fault in the bakery and that the roof collapsed as six engines fought it.',
  'fire-kenwick-1.txt':
    'Arson suspected as Greenway supermarket burns in Kenwick\n\nPolice suspect arson after a fire destroyed the Greenway supermarket on Station Road in Kenwick early on Sunday. Twelve crews fought the blaze, watch commander Priya Lennox said, and the roof collapsed before dawn. Nobody was inside; smoke closed the railway station for hours.',
  'fire-kenwick-2.txt':
    'Teenager arrested over Kenwick supermarket fire\n\nPolice arrested a seventeen-year-old on suspicion of arson after the fire that gutted the Greenway store on Station Road in Kenwick. Watch commander Priya Lennox said the fire was started at the loading bay. CCTV from the railway station showed two people running from the store.',
  'fire-kenwick-3.txt':
    'Kenwick counts the cost of Station Road fire\n\nTraders on Station Road in Kenwick reopened on Tuesday after Sunday’s arson attack on the Greenway supermarket. Manager Omar Fairley said sixty staff had been offered work at other stores. Priya Lennox of the fire service said twelve crews had kept the blaze from the railway station.',
  'fire-kenwick-4.txt':
    'Second arrest over Greenway arson in Kenwick\n\nA second teenager was arrested over the arson attack that destroyed the Greenway supermarket in Kenwick. Police said the fire was set at the loading bay on Station Road. Watch commander Priya Lennox said the roof had collapsed within two hours.',
  'fire-kenwick-5.txt':
    'Kenwick supermarket fire: what we know\n\nThe Greenway store on Station Road in Kenwick burned down early on Sunday. Police say it was arson, started at the loading bay; two teenagers have been arrested. Priya Lennox, the watch commander, said twelve crews fought the fire, and manager Omar Fairley said staff would be paid.',
  'fire-kenwick-6.txt':
    'Greenway promises new Kenwick store after arson\n\nGreenway will build a new supermarket on Station Road in Kenwick, manager Omar Fairley said, after Sunday’s arson attack. Watch commander Priya Lennox said the loading bay, where the fire was set, had no cameras; police used footage from the railway station.'
};

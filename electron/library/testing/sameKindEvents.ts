/**
 * Two events of one kind in one place, four years apart: two earthquakes in Peru's Arequipa region,
 * reported by the same agencies in much the same words, told apart by their dates, towns,
 * governors and tolls. Their dates are written in numbers (14/03/2019), which the importer does not
 * read as publication dates (day and month are ambiguous), as many saved pages do. Written for
 * Crosscheck's tests (invented events; free to redistribute with the code).
 */
export const TWO_QUAKES: Readonly<Record<string, string>> = {
  'quake2019-1.txt':
    'Earthquake kills three in southern Peru\n\nLast updated 14/03/2019 13:26\nA magnitude 6.2 earthquake shook the Arequipa region on Thursday, killing three people in the highland town of Chuquibamba, according to the Instituto Geofisico del Peru. Mud-brick houses collapsed and a landslide buried part of the highway to the coast. Governor Elmer Caceres asked the national government for helicopters.',
  'quake2019-2.txt':
    "Chuquibamba buries its dead as Peru sends aid\n\nPosted 3/15/2019 9:10 AM\nHundreds of mourners followed three coffins through Chuquibamba on Friday. The town lost a school wall, the market roof and dozens of mud-brick houses in Thursday's earthquake, and 41 people were hurt. Elmer Caceres, who governs the Arequipa region, said army engineers had reopened the highway.",
  'quake2019-3.txt':
    "Why the Andes keep shaking: Thursday's 6.2 quake explained\n\n16.03.2019 08:45\nSeismologists at the Instituto Geofisico del Peru said the earthquake that struck near Chuquibamba came from a shallow fault beneath the Condesuyos highlands, which explains the damage to adobe buildings so far from the coast. Dozens of aftershocks were recorded in the Arequipa region.",
  'quake2023-1.txt':
    "Two killed as magnitude 5.8 quake rocks Caraveli\n\nLast updated 09/10/2023 17:02\nTwo people died in Caraveli on Monday when a magnitude 5.8 earthquake brought down adobe walls across the town, Peru's civil defence agency reported. Landslides blocked the mountain road to the provincial capital for several hours. Regional governor Rohel Sanchez travelled to Caraveli province with civil defence teams and tents.",
  'quake2023-2.txt':
    'Peru: emergency declared in Caraveli after earthquake\n\nPosted 10/10/2023 7:55 AM\nRegional authorities declared a state of emergency in Caraveli province on Tuesday, a day after an earthquake killed two people and injured 25 in Caraveli. Governor Rohel Sanchez said engineers were inspecting the church and the school, both damaged, and that more than thirty aftershocks had been felt.',
  'quake2023-3.txt':
    "Aftershocks keep Caraveli residents outdoors\n\n11.10.2023 10:20\nResidents of Caraveli spent a third night outdoors as aftershocks followed Monday's earthquake, which destroyed 80 adobe homes in the Andean town and killed two. Arequipa sent water, blankets and tents by road, and Rohel Sanchez, the regional governor, promised money to rebuild with reinforced brick instead of adobe."
};

/**
 * A wire report of the 2019 earthquake of {@link TWO_QUAKES} that writes no year, only the hour in
 * the 24-hour form of wire copy: `at 2023 GMT` (20:23), which reads like the year of the other
 * earthquake.
 */
export const QUAKE_2019_WIRE: Readonly<Record<string, string>> = {
  'quake2019-wire.txt':
    'Strong earthquake hits southern Peru, three dead\n\nLIMA (Reuters) - A magnitude 6.2 earthquake struck the Arequipa region of southern Peru at 2023 GMT on Thursday, killing three people in the town of Chuquibamba, the Instituto Geofisico del Peru said. Regional governor Elmer Caceres said mud-brick houses had collapsed and a landslide had cut the highway to the coast.'
};

/** Two files that are no news: a folder of articles often holds them. */
export const README_AND_LICENSE: Readonly<Record<string, string>> = {
  'README.md':
    '# Press clippings\n\nArticles collected for the seminar on disaster reporting. Each file is one article as published, saved as plain text. See LICENSE.md for the terms under which the notes in this folder may be shared.\n\n## Layout\n\n- One article a file, named after its event and outlet.\n- Notes on sources are kept in a separate spreadsheet.\n',
  'LICENSE.md':
    'MIT License\n\nCopyright (c) 2026 The seminar\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.\n'
};

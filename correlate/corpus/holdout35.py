"""A thirty-sixth hand-written set (90 tips), holdout35, a blind set written after holdout34, written blind: its author
read only the corpus README (its conventions; its table also carries the earlier sets' published scores, read there and
nowhere else, none of them about this set), config/demo/README.md, town.py and make_corpus.py in full (the record
format, the geometry and place truth helpers and hand_place, the priority helper `adjust` and `still_happening`, the
base priorities, hand_records and how main() serialises its files), the docstrings of holdout33.py and holdout34.py in
full and every tip of holdout34.py (for the label conventions and the comment style, and the convention that an event
said to have "just" happened is labelled now), the opening of hand.py (its docstring, P, V and W and its first tips),
and the "set in" / "It is set in" phrases of the docstrings of every holdout and train set (to pick an unused week). The
written text and labels of every earlier tip in hand.py, holdouts 1-34 and train1-6 (4,074 tips) were gathered into one
list by importing the modules, counted by label value (the days, months and years of their "at" times, to find the
emptiest week of the year and an unused year; person counts, ages and clothing words, vehicle types, makes, models and
colours, weapon types, and how flannels, Carhartt and puffer vests, Bruins caps, cowboy hats, e-bikes and the bikes of
people of the event, and shots with no weapon seen are labelled) and searched by keyword before and after each situation
was drafted (the Day of the Dead, ofrendas, altars, candles, marigolds, papel picado, puppets, luminarias, pan de
muerto, face paint, sugar skulls, cemeteries and headstones, clocks falling back, dark and daylight, Election Day,
hiring fairs and recruiters, Social Security numbers, parent-teacher conferences, kilns, pickup lines, the SAT, Adderall
and focus pills, proctors, Fill the Boot and boot drives, donation jars and buckets, food shelves and food drives, Stuff
the Bus, 5Ks, runners and race courses, armbands, boardwalks, docks and boat launches, antique shows and display cases,
sword canes and razors, pocket watches, coin shops, alarm companies, storage units, realtors and lockboxes, model
railroads, mustaches and Movember, pint glasses, patio heaters, grills, electric cars and batteries, garbage trucks,
wood stoves, chimneys, ashes, baseboard heaters and curtains, storm windows and storm doors, ladders, frost,
windshields, hypothermia, plows and plow blades, jacks, squalls, e-scooters, school buses, sun glare, stop signs,
traffic signals, shopping carts, firewood, heat pumps, snow tires, horse blankets, paddocks, bike-share, e-bikes, gas
cans, tip jars, coat piles, trophies, laundromats, home aides, bow hunters and posted land, deer, poaching and
spotlights, crossbows, bows and arrows, geese, eggs, clocks, slingshots and BB guns, glue and locks, murals, stakes,
marquees and sign letters, poster cases, lamp posts, scaffolding, plywood, refrigerators, brick chimneys, power lines,
claw machines, children up trees, diapers, missing children, game chats, runaways, scam texts, water bills, jury duty,
parking bans, road closures, Scout popcorn, trading cards, French bulldogs, gold chains, earrings, trumpets and tubas,
roosters, bagpipes, megaphones, marching bands, car washes, log splitters and the like). The module make_corpus.py was
imported too, to resolve every place label through hand_records and to run `still_happening` over the drafts (its main()
never run). It never opened the extractor's source, its tests, examples or benches, nor the gateway, telephony, ASR,
vision, ONNX or fuzz code, the tests, scripts or .ci directories, nor the repository README, nor any .jsonl file
(listings of /work, the repository root, correlate and correlate/corpus showed their names, nothing more; this set's own
records were checked in memory and never written), nor ran git, cargo, the extractor, `tipline` or any evaluation, nor
saw any score or miss list of this set; its scratch scripts lived outside the repository (in a scratch directory of its
own), and Python was run with PYTHONDONTWRITEBYTECODE=1 (a `find` for __pycache__ under correlate/corpus at the end
found none). It is meant as an honest estimate for phrasing the extractor has never seen.

It is set in Monday 2 to Sunday 8 November 2048, early November, the emptiest week of the year that no set has used as
its week: only 10 earlier tips fall on 2-8 November (train4, train5 and train6 spreading 3, 4 and 3 over their years),
fewer than on any other seven days of the calendar (19-25 October and 1-7 November come next with 11, and 1 November is
the last day of holdout11's week), and it sits in the gap between holdout11's Halloween week (26 October - 1 November
2026) and holdout27's week of 9-15 November 2037. No set is in 2048 (nor 2042, 2045 or 2047); 2 November 2048 is a
Monday, the day after the clocks fall back, and the Tuesday is the presidential election. The town's week: the clocks
went back an hour on the Sunday morning before, so it is dark by a quarter to five and the low sun sits in westbound
drivers' eyes around four; the Monday is the Day of the Dead, with ofrendas in the library lobby, on a table under the
Corner Cafe's awning and in homes, the graves in the cemetery behind the Old Mill Brewery decorated with marigolds and
candles, pan de muerto at Rosie's Bakery, face painting and a supper in Maple Square, and a candlelit procession at 6
from the library east on Elm and up 6th to Maple Square with a brass band, drummers and giant papier-mache skeleton
puppets; the Tuesday is Election Day (the polls at City Hall), mild and rainy; the Wednesday has Northgate Mall's
holiday hiring fair in center court from 10 to 4 (a queue from 6 in the morning), the first of Lincoln Elementary's two
parent-teacher conference days with noon dismissal, and a cold front's gusty evening; the Thursday dawns at about 19
degrees, the first hard freeze, with frosted windshields, cars left running to defrost, storm windows going up, the
season's first wood stove fires and the town garage on Station Road hanging the plows; the Friday brings the first snow
squall in mid-afternoon, the Grand Cinema's 90th birthday at 1958 prices (50-cent tickets, a line round the block, a
swing band in the lot behind until nearly 1) and the Old Mill Brewery's Mustache Bash starting Movember; the Saturday
has the SAT at Oakford High, Fire Station Number 2's Fill the Boot at Main and 3rd, the Stuff the Bus food drive in the
FreshMart lot (through the Sunday, its donations sorted at the food shelf at 180 Church Street), an antique show in City
Hall (through the Sunday) and the Headlamp 5K on the Riverside Park river trail at 5:30, after dark; and the Sunday has
the new bike-share dock at Central Station and the new winter timetable's last train, the 11:05 from Boston. All week it
is bow season in the woods at the edge of town, the Community Pool is drained for the winter and the town's docks are
hauled out at Riverside Park.

New situations: a man turned away at the hiring fair aiming a handgun at a recruiter (mall security), shots fired from
the pickup lane as the last train unloaded (dispatch), a father jabbing a folding knife at his son's teacher across a
conference table, a rifle held up in a pickup's window at the procession (a NATO plate), a revolver in a shoulder
holster shown to line-cutters at the Grand Cinema's 50-cent show, a sword cane half drawn at the antique show (a web
form the next day), a poacher with a spotlight whose rifle round went through a garage; a real candle lighting the
library's ofrenda, the art room kiln during conferences, a chimney fire with a grandmother in a wheelchair in the attic,
a garbage truck's load lit by stove ashes and dumped in the street (its driver), a skeleton puppet lit by a luminaria
against the supper's food tent, a baseboard heater and the curtains the night before; a mechanic crushed by a plow blade
at the town garage (the foreman), a father off a ladder on the frost putting up storm windows, a diabetic girl
unresponsive at the SAT (the supervisor), a baker's arm burned by a pan de muerto rack (Rosie), a pregnant woman
fainting in the hiring fair queue, a runner's wrist broken open on the Headlamp 5K boardwalk, a face-paint rash the
morning after; the Fill the Boot boot ripped from a firefighter by a teenager on a bike, the antique show's cash bag
taken at revolver point (dispatch), a trumpet torn from a bandsman at the procession's end (non-native), a bag of
prescriptions torn through the pharmacy's drive-up window (a plate letter by letter), two men who came to set a
grandmother's clocks back pulling a knife (her grandson), a Cub Scout's popcorn money snatched at dusk the day before; a
pint glass driven into a neck at the Mustache Bash, a mother pushed down the basement stairs (an 11-year-old's text), a
beating in the hiring fair queue, a bow hunter kicking a landowner down a bank (his wife), a late SAT taker's mother
slapping and shoving a proctor (a plate spelled "as in"), a woman scratching a face in the food shelf line (non-native),
a neighbour boy's frozen dirt clod (a web form two days on); a vacant listing with somebody upstairs (the realtor),
storage units opened without a gate code (an alarm company), the antique show's cases emptied overnight, a family's own
ofrenda robbed during the procession, brass locomotives from a model railroad club's basement, a house entered while a
family visited a college (a web form); donated cans wheeled off from Stuff the Bus (a partial plate), the Corner Cafe's
ofrenda frames and mezcal, a wallet in the hiring fair crush, a new heat pump rolled off its pallet (on a doorbell
camera from work), horse blankets taken from a paddock, an e-bike cut off the library rack (a web form with a date),
bike-share e-bikes pried out of their dock into a box truck; a car into the procession's drummers, a sun-blinded SUV
into a stopped school bus, an e-scooter rider under a turning city bus in the squall, a driver peering through a hole in
his frosted windshield among walking children, shopping carts blown into 9th Street, a plow truck's new blade tearing
off a mirror, a hit-and-run in the conference lot the day before (a partial plate); "focus pills" sold to students
waiting for the SAT, two men selling by the library's book drop (dispatch), a man buying customers' prescriptions behind
the pharmacy, baggies in a donated cereal box, a mushroom grow in a garage (non-native), THC pan de muerto at the supper
(a web tip); eggs thrown from bikes at houses with ofrendas, a drunk breaking the bank's street clock, the park's stored
docks pushed into the river, the decorated graves torn up, mustaches drawn on the cinema's birthday posters, old lamp
globes smashed in the squall (a web form); a van backed against the Stuff the Bus bus at night, a cargo van
photographing the antique dealers' cash boxes (dispatch), an SUV idling in a pull-off every dusk since the clocks
changed, an Impala abandoned across a hydrant since Election Day, a "gutter cleaning" pickup stopping at dark houses, a
Tesla outside an old mother's house; a man in a skull mask leading a 7-year-old off at the supper, a faucet "winterizer"
trying back doors, a fake recruiter taking Social Security numbers, a man ringing every buzzer at 3:20, a man peering
into cars left running to defrost, a man on the cafe's back steps every morning, a flashlight at the back windows with a
gas-meter excuse; scalpers reselling the 50-cent tickets, a man holding a young woman in her car and threatening her
life, Mustache Bash guys banging on car hoods at 1:20, a log splitter under floodlights every night, the cinema's swing
band until 1, a driver squaring up to the Fill the Boot firefighters; a Headlamp 5K runner carried off by the river, a
14-year-old on the station platform to meet a man from a game chat, a scaffold swaying over a bus stop in the wind, a
drained pool's gate open by a playground, a question about Stuff the Bus and a water-bill text scam.

Registers: calm, frightened and angry callers; the elderly and their families ("My grandmother just called me
whispering", "She's 88", "My mother is 90 and lives alone", "My dad was up the ladder", "My husband told a bow hunter");
children and teenagers typing in lower case without apostrophes ("my moms boyfriend", "shes not moving", "hes in the
kitchen now", "im under my bed", "im 11 pls hurry"); non-native ("When we arrive to Maple Square a man grab my trumpet",
"It was of my father, he die last year", "It just happen", "A woman say I take two bags, she pull my hair", "Hello, is
about my neighbor", "He grow the magic mushrooms", "the machine for the white fog"); second-hand (a grandson for his
grandmother, an 11-year-old for her mother, mothers for a Cub Scout, for a son hit by a clod and for a 14-year-old gone
to the station, a wife for her husband, a child for a father off a ladder, a daughter for her mother, a parent for what
a daughter saw before the SAT, a neighbour for a family whose grandmother is in the attic, a mother for what her son
says of a neighbour, a caller for a brother-in-law); web forms and tips ("Web form:", "Web tip:"); workplace callers
(mall security, a teacher, the library's front desk and, through dispatch, its circulation desk, an art teacher, a trash
route driver, the town garage's foreman, an SAT supervisor and a proctor, Rosie of Rosie's Bakery, a realtor, an alarm
company's operator, an antique dealer and, through dispatch, the show's manager and treasurer, a model railroad club's
treasurer, a Stuff the Bus volunteer, the Corner Cafe and its opener, the pharmacy's drive-up clerk, the Grand Cinema's
box office and manager, a station agent) and dispatch and alarm shorthand ("approx 2314", "RP", "Unk", "2 M susps",
"#1", "#2", "EB", "W/M 30s", "2 M subjs", "approx 1805"). Spoken forms, written by hand, lower case with no punctuation,
add fillers ("um", "uh", "uh hi", "yeah hi", "hello", "oh god", "oh my god"), split words ("hand gun", "pick up", "every
body", "table cloth", "peg board", "hall way", "base ment", "wheel chair", "bed room", "back yard", "back yards", "head
lamp", "board walk", "cross walk", "side walk", "dart board", "up stairs", "lock box", "bath room", "mini van", "wind
shield", "drive way", "drive up", "door bell", "e bike", "e bikes", "e scooters", "bike share", "pony tail", "who ever",
"grown ups", "brother in law", "flag pole", "rain coat", "down stream", "spot light", "hay field", "play ground", "back
pack", "sweat pants", "sweat shirt", "heavy set", "paper mache", "de frost", "west bound", "east bound", "flood lights",
"every thing", "every where", "cub scout"), spelled shorthand ("r p", "s a t", "s u v", "t v", "t h c", "a m", "p m")
and mishearings (maine, wall nut, chesnut, ceder, burch, willo, spruse, hawthorne, kingsly, lincon, river side, north
gate, fresh mart, "shimmying" for shinnying), and plates in the NATO alphabet ("echo lima foxtrot two nine one six"),
letter by letter ("k r v two zero eight one"), with "as in" ("m as in mary d as in david q six six two zero") and
partial ("starts with four k", "seven seven three"). Numbers that are not addresses: "room 14", "approx 5 rounds", "the
11:05 from Boston", "the 6:10 to Boston", "50-cent", "90th", "1958", "section 2", "Room 118", "the 2-mile sign", "5K",
"three days", "$10 a pill", "$20 apiece", "$40", "$50", "$89", "$140", "$300 apiece", "two thousand dollars", "eleven
thousand dollars", "eleven brass locomotives", "unit 214" and "215", "Truck number 14", "six or seven", "about 40 little
baggies", "Maybe eight cases", "4 sales", "two bags", "three lines", "ten feet", "three stitches", "Four nights",
"twice", "all six", "four of the old 1920s-style lamp posts", "18 degrees", "a 12 foot drop", "Route 9" (a bridge), "the
8 o'clock bus", "at 9 tonight", "at 8", "at 7", "at 6", "my 5:30 showing", "around 5" and "By 6" (schedules, plans and
habits), "since 6", "since 4" and "since about 1700", "Election Day", "Civil War", and ages of callers, victims,
children and relatives ("She's 88", "My mother is 90", "He's 9", "im 11", "my 7-year-old", "My son is 14", "My son is
16", none annotated; "maybe 50", a suspect's estimated age, and "W/M 30s", a suspect's shorthand decade, are).

Same format and conventions as hand.py and holdouts 4-34 (to be written to extraction_holdout35.jsonl with ids "aq01" to
"aq90" by hand_records(HOLDOUT35, "aq"), one JSON object per line serialised as main() does, `json.dumps(record,
ensure_ascii=False)`; make_corpus.py itself was not edited, so its main() does not write this file until the set is
registered there), with the choices holdouts 26-34 list: every person other than the caller annotated once, also one
named through a possessive; a described member of a group a separate person only with their own attributes (the group
kept too; the member given the group's sex and age); people away, absent or dead not annotated; partial plates as said;
"last night" 23:00 the day before, "overnight" 02:00, "yesterday afternoon" 14:00 the day before, a clock time after
midnight the same date; habits, durations, weekdays, dates without the event, schedule and future times, spans and times
when all was still well are not times; "maybe N" years N-3..N+3, teens and teenagers 13-19, old and older 60-90, young
18-29; victims', relatives', children's and callers' stated or estimated ages not annotated, a descriptive age word, a
decade or a shorthand decade for a victim is; a vehicle's type only when a type word is in its description and not when
a model describes it; base priorities weapon, fire, medical, robbery, assault high, burglary, theft, traffic medium, the
rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen, low to medium for
children at risk, one step (not above high) for an event still happening (a said time within 15 minutes, or with no time
said a present progressive for a low call, as `still_happening` defines it), one step lower when more than six hours old
(weapons and robberies included); raises do not stack; child luring, a girl or woman in danger and a missing or
endangered vulnerable person high; "other" is not lifted for being recent or for children; an event said to have "just"
happened is now, not where "just" means "only" or "simply" ("The photos were just dumped on the sidewalk"), where the
telling is what was just ("My grandmother just called me whispering", "My daughter just got back in our car and told
me") or where the tip times it otherwise ("Yesterday around 4:50 ... the driver just pulled away"). As in holdouts
30-34, every tip labelled now from a "just" is already high or critical for another reason or also says "right now" or
"now" of a person of the event, so its priority is the same whichever reading of the recency lift is taken.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. In use (critical): "a handgun" aimed at a recruiter (handgun), "a folding knife" jabbed across a
  table at a teacher kept between it and the cubbies (knife: a weapon cornering someone), a rifle fired at deer from a
  pickup in a hayfield behind houses, a round through a garage (rifle: shots where people are), the antique show
  robbery's "silver revolver" pointed at a face and the clock-setters' "a knife" in a grandmother's house (handgun,
  knife; armed robberies in progress or just over). Shots heard with no weapon seen (approx 5 rounds by the station's
  pickup lane) critical with no weapon, as holdout29's. Seen (high): "a rifle" held up in a pickup's window at the
  procession with a threat about 10 minutes before (rifle; a said time within 15 minutes does not lift a high call), "a
  revolver in a shoulder holster" shown to line-cutters (handgun, as holdout33's revolver). "a sword cane" half drawn
  with a threat the afternoon before, told the next morning: seen, lowered to medium (sword, the type holdout9 added).
  Not weapons: a broken pint glass, fists, an elbow, kicks and shoves, a clod of frozen dirt, a hammer on lamp globes (a
  tool used on things), a bow left up in a tree stand, a long bar prying e-bikes, a plow blade.
- Categories and priorities: fire critical only where someone cannot get out (a grandmother in a wheelchair in an
  attic); high for fires burning with everyone out or going out (an ofrenda in the library lobby, the wall behind a kiln
  during conferences, a garbage truck's load dumped in the street, a puppet against a food tent); a curtain fire put out
  the night before medium. Medical critical for a chest crushed with blue lips and blood, a fall from a second floor
  with a stare and vomiting, and a diabetic past answering or swallowing; high for a burn, a faint with a split eyebrow
  in pregnancy (the baby moving) and an open wrist fracture; a face-paint rash from the evening before medium. Robbery
  critical for the revolver and the knife; high for snatches with force and injuries (a firefighter's head, a bandsman's
  mouth, a clerk's arm); a Cub Scout's money snatched with a shove the evening before medium. Assault critical for a
  glass in a neck and a mother not moving at the foot of the stairs; high for injuries (an eye swollen shut, ribs, a
  wrist, a scratched face); a clod that split an eyebrow two days before medium. Burglaries "right now" and an alarm
  eleven minutes old high; "Sometime overnight" five and a half hours before and no time said medium; "Last night" ten
  hours on and a span days before low. Thefts "right now" (three times) high; "About half an hour ago", "About 40
  minutes ago" and no time said medium; a date days before low. Traffic critical for a drummer pinned and not moving;
  high for injuries (a girl on a school bus and a driver's head, a foot under a bus) and for a driver "right now" among
  walking children (raised); carts in the lanes with no time said and a mirror torn off 25 minutes before medium; a
  hit-and-run on a parked car the day before low. Drugs: "right now" (children too), a said time eight minutes before
  and a present progressive ("has been stopping") medium; a find, a habit and bread handed out days before low.
  Vandalism: "right now" (twice) and "It's 1:15" medium; a find with no time, "Last night" and "Yesterday afternoon"
  low. Suspicious vehicles: "right now" and "approx 1805" medium; a nightly habit, a car left since Election Day, "Last
  night around 8" and "Yesterday afternoon" low. Suspicious persons: a 7-year-old led off by the hand with a story about
  the band's banner high (child luring); present progressives ("has been walking", "who's been stopping", "keeps walking
  up") and "It's 3:20" medium; a habit and the evening before low. Disturbances: a man holding a young woman in her car,
  screaming that she is not leaving him alive, high (a woman in danger); "right now", "It's 1:20" and "now" of a person
  of the event medium; a nightly habit and a span over low. Other: a runner in the river critical (a rescue); a
  14-year-old gone to meet a stranger from a game chat high (an endangered missing child); a swaying scaffold over a bus
  stop and a drained pool's open gate by a playground medium (hazards over people); a question and a scam text low.
- Vehicles: "Black Ford F-150" f-150 with its plate in the NATO alphabet (ELF2916) going west ("a pickup" no type, a
  model describing it); "A dark sedan" sedan and "a pickup" ("Dark pickup") pickup, with no colours (as holdout31's
  "dark car"); "a bike" and "on bikes" bicycle (the bikes of people of the event, as the earlier sets'); "a dark grey
  Hyundai Tucson" grey tucson going east ("EB"); "a maroon Chevy Silverado" silverado with its plate letter by letter
  (KRV2081); "a red Kia Telluride" telluride with its plate spelled "as in" (MDQ6620); "Grey Honda Odyssey" odyssey with
  its partial plate ("starts with 4 K" 4K); "a white Ford Transit Connect" transit connect; "a white pickup" white
  pickup; "my e-bike" black bicycle (the thing taken); the bike-share "e-bikes" bicycle and "a white box truck" white
  truck; "White Kia Forte" forte; "a silver Hyundai Palisade" palisade going west ("westbound"; "SUV" no type, a model
  describing it) and "a stopped school bus" bus (the vehicle hit); "one of the rental e-scooters" scooter and "a turning
  city bus" bus; "Dark green minivan" green minivan ("dark green" green); "a town plow truck" truck; "a black Subaru
  Ascent" ascent with its partial plate ("7 7 3" 773); "a dark blue Ford Transit" blue transit; "a grey cargo van" grey
  van ("no front plate" no plate); "a silver Jeep Cherokee" cherokee; "a tan Chevy Impala" impala; "a grey Ford
  Maverick" maverick; "a black Tesla" tesla (a make alone); "a grey Ram 1500" 1500. Not vehicles: the callers' own cars
  (one whose mirror a plow tore off, one crumpled in the conference lot, a treasurer's car in a robbery), the Stuff the
  Bus school bus standing in a lot, parked and passing cars (by a burning trash pile, left running to defrost, hit by
  carts, banged on by a crowd, backed up behind a Ram), the garbage truck (its driver the caller), trains, horses, a
  dolly and a shopping cart.
- Persons: the caller and "we" / "us" / "our families" not annotated (nor "everybody" of a procession that includes the
  caller, "the crowd" a man went into, or hypothetical somebodies, "Somebody's going to get hurt"); groups "People" (a
  food court), "Passengers", "the little kids", "my kids" (three times), "everybody" (a library), "the parents", "the
  kids" (three times), "The family", "People" (a supper), "The guys", "his parents", "the drummers", "people" (lifting a
  car, at a pharmacy's back door, leaving the hiring fair, at a bus stop), "kids" (walking to school), "the kids waiting
  to go in", "the Ortizes", "The volunteers", "dealers", "My neighbors", "The people who've waited", "the new owners",
  "a swing band", "the firefighters", "Little kids" and "Their parents" 2+; "teens" (13-19) and "many young people"
  (18-29) 2+; "about eight guys" 3+ male; "Two guys" (three times), "2 M susps", "2 M subjs" and "Two men" 2 male; "Two
  teenagers" 2 (13-19); "Two nurses" and "2 occupants" 2. "Somebody" / "someone" who did a thing is a person (a shooter
  no one saw, burglars and vandals no one saw, whoever lit the ofrenda's candle, threw hot ashes in a bin or sat in a
  van), annotated once when a description follows (the woman who kept bumping the caller in the hiring fair crush, the
  "Tall guy" ringing the buzzers); a member of a group described apart is a person of their own with the group's sex
  ("#1" and "#2"), and so is a member told of with a sex of their own and a hurt of their own (the drummer pinned under
  the wheel, "he isn't moving"; the girl on the school bus, "one girl's nose is pouring blood"), while one with nothing
  of his own is not (the one dancing on a car roof, the firefighter a driver squares up to). A recruiter, a teacher and
  her pupil, a grandmother in an attic, a woman who carried a puppet, a wife, a mechanic, a father, a diabetic student,
  a baker (by her name), a pregnant woman and a security guard, a runner (twice) and two nurses, a son and a face
  painter, a firefighter, a bandsman's attacker, a grandmother and her two visitors, a Cub Scout and his friend, a
  bartender, a mother and her boyfriend, a young man beaten and a guard, a husband and a bow hunter, a late SAT taker
  and his mother, a woman in a food shelf line, the boy next door and a son, a custodian and "the postcard man" (through
  a possessive), a husband checking upstairs, a driver of a plow and a teacher who read a plate, a senior and a
  daughter, a woman with THC bread and a brother-in-law, a neighbour who saw a lamp smasher, an old mother and a woman
  in a Tesla, a passenger walking up to side doors, a 14-year-old and the man from his game chat are persons. Not
  persons: the owner and customers named only as absent ("somebody's bag of prescriptions", "Nobody from the facility"),
  a son away at college, dead parents, a dead grandmother, dead regulars, a late father and a late grandfather, a
  grandfather who saved a poster long ago, the installers who left a heat pump, the town as a body, "Mall management",
  the Historical Society, horses, "our kids" asleep under a window. Ages: "maybe 50" 47-53, "W/M 30s" 30-39, "an older
  man" and "Older man" 60-90, "a young guy", "a young woman" and "many young people" 18-29, "A teenager" (twice), "a
  teenage girl", "Two teenagers" and "teens" 13-19; "a senior", "second graders", "the boy next door" and "Little kids"
  no age range. "Tall" and "tall" (five times) tall, "short" (twice) short; "Heavyset", "Heavy", "big" and "Big guy"
  heavy; "thin" and "skinny" thin.
- Clothing: "tan coat" (twice), "black beanie"; "grey Carhartt vest" -> "grey vest"; "grey tweed jacket" -> "grey
  jacket"; "black hoodie" (twice), "white helmet"; "black puffer coat" -> "black coat"; "red beanie" (twice); "blue
  flannel" -> "blue shirt" (as the earlier sets' flannels); "brown work jacket" -> "brown jacket"; "orange vest" (twice)
  and "camo pants"; "pink sweatshirt"; "pink coat"; "purple coat"; "yellow vest"; "white Oakford Lacrosse hoodie" ->
  "white hoodie"; "orange beanie"; "grey hoodie" (twice); "red cap"; "yellow raincoat"; "long black coat" -> "black
  coat"; "red puffer vest" -> "red vest" (as the earlier sets' puffer vests); "grey sweatpants", "black backpack";
  "brown canvas coat" -> "brown coat"; "camo hat"; "red Oakford Soccer jacket" -> "red jacket". Not clothing: face
  paint, a skull mask, a fake handlebar mustache, "hood up", "White hair", "curly red hair", "Blond", "bald", "grey
  ponytail", a caller's leggings, a sneaker torn under a bus wheel.
- Times: "approx 2314", "approx 1705", "approx 1710" and "approx 1805" clock times minutes before the tip; the alarm's
  "at 2:47 this morning" 02:47; "It's 1:15", "It's 3:20 in the morning" and "It's 1:20 in the morning" said during the
  event, those times (a narrative "now he's hanging off it" under "It's 1:15" no second time); "About 10 minutes ago",
  "About half an hour ago", "About 40 minutes ago" and "About 25 minutes ago" minutes ago; "Last night about 11" 23:00,
  "Last night around 8" 20:00 and "Last night" (twice) 23:00 the day before; "Yesterday around 5:30", "Yesterday around
  4:50", "yesterday around 4:45" and "Yesterday around 5" those times the day before; "Yesterday afternoon" (three
  times) 14:00 the day before; "On Monday around 6:30 pm" 18:30 on that date; "Sometime overnight" 02:00; "right now",
  "Right now", "just" and, where a person of the event is, "hes in the kitchen now", "has the man who did it sitting by
  the fountain now", "The hunter's back out in the woods now", "She's sitting in her car ... now" and "now he's out of
  the truck" now, while a narrative "now" ("now the marigolds and the tablecloth are burning", "now the shingles around
  it are burning", "now it's lying there burning", "now she's slumped over her desk", "She's awake now", "now my cheek
  is bleeding", "It's a big pile going good now", "so now I can't even apply", "That's twice now", "Four nights now") is
  not. Not times: "this morning", "tonight", "this afternoon", "this weekend", "today", "on Monday" (of the supper), "On
  Thursday after school", "since Election Day", "since 6", "since 4", "since about 1700", "from Friday afternoon until
  late Sunday" and "From about 10 until almost 1 last night" (spans), "Every night this week ... until about 11", "every
  evening ... around 5 ... By 6", "All week, at about 5:30" and "Every Friday night" (habits), "the 11:05 from Boston",
  "the 6:10 to Boston", "the 8 o'clock bus", "at 6", "at 7", "at 8", "at 9 tonight" and "my 5:30 showing" (schedules,
  plans and deadlines), "By bedtime", "at breakfast", "until 3 am", "the first time we ran the heat", "twenty minutes
  away", "three days".
- Places: parts of a landmark are the landmark (center court, the food court, the old department store doors, the
  queue's railing and the fountain, and the lot of Northgate Mall; the pickup lane, the parking lot, the waiting room,
  the platform and the bike-share dock of Central Station; room 14, the art room and the conference parking of Lincoln
  Elementary; the line round the block, the box office and the poster cases of the Grand Cinema; the stage, the booths,
  the back hallway and the rear lot of City Hall; the testing room, the student lot, the flagpole, the front steps and
  the front lot of Oakford High; the lobby, the Elm Street doors and the side lot by the book drop of the library; the
  deck, the bar and the dartboard of the Old Mill Brewery; the food tent, the face-painting table, the dessert table and
  the supper of Maple Square; the boardwalk, the river trail, the old boat launch and the boat ramp of Riverside Park;
  the lot and the cart corrals of FreshMart; the drive-up window and the back lot of the Main Street Pharmacy; the table
  under the awning and the back steps of the Corner Cafe; the gate and the deep end of the Community Pool; the oven of
  Rosie's Bakery); "outside the library" (its bike rack), "the cemetery behind the Old Mill Brewery" and "the lot
  behind" the Grand Cinema relative; the hayfield "behind our houses on Birch between 11th and 12th" relative to the
  block, and "the woods behind our house at 1175 Birch", "the paddock fence behind my place at 320 Old Mill Road",
  "across from our house at 1190 Spruce", "in front of 705 Oak" and "outside my mother's house at 1134 Willow" relative
  to the addresses. "Elm at 5th", "Main and 3rd" (twice), "6th at Oak", "Main at 10th", "Elm at 9th", "Maple ... at
  5th", "Birch onto 2nd" and "Main at 4th" intersections; "Pine between 8th and 9th", "Walnut between 6th and 7th",
  "Walnut between 3rd and 4th", "Walnut between 2nd and 3rd", "Elm between 9th and 10th", "Oak between 8th and 9th" and
  "Pine between 2nd and 3rd" blocks; addresses on named streets, two on Station Road ("140 Station Road", a town garage,
  and "190 Station Road", a storage place) and two on Church Street ("180 Church Street", the food shelf, twice, and
  "170 Church Street"). Streets alone name no place ("toward 5th", "west on Elm", "EB on Elm", "toward Pine", "onto
  Main", "toward 11th", "toward Oak", "up 5th", "along Church Street", "toward River Rd", "the Route 9 bridge", "on
  Walnut" of bedroom windows), nor a neighbourhood the way something went ("toward Millbrook"), nor Lincoln Elementary
  where a driver was heading. Look-alikes that name no place: the Day of the Dead, Movember and the Mustache Bash, Fill
  the Boot, Stuff the Bus, the Headlamp 5K, the SAT, Election Day, Ridgeline Alarm, the Oakford Model Railroad Club, the
  Historical Society, Oakford Water and Sewer, Oakford Lacrosse and Oakford Soccer, Carhartt, Boston, Florida, a power
  company named in a ruse, "the food shelf" in a question. Two tips have no place (lamp globes smashed along Church
  Street, a scam text).

Overlap with the earlier sets: every draft was compared with all 4,074 earlier tips by shared four-word runs and by
content-word overlap (Jaccard of the sets of words of three letters or more outside a small stop list), and with the
other drafts of this set; the nearest earlier tip, overall and in the same category, was printed beside each draft, the
three nearest in the same category were read for every draft, and every pair at 0.16 or more or sharing three runs was
read, as were the earlier tips found by keyword for each situation's core. About seventy situations were dropped before
or after drafting because an earlier tip had them: a skateboarder hurt in the drained Community Pool (holdout11), a
mother's hot-fat burn told in a non-native caller's words (holdout17), a limb hanging by a strip of bark over a bus loop
(holdouts 11 and 24), a parent punched through a car window in a school's drop-off line (holdout15), a driver struck
changing a tire in bad weather on River Road (holdout17), a chimney "roaring like a jet engine" (holdout8), smoke from a
basement whose occupant does not hear the banging (holdout14), a neighbour found icy in the frost (holdout11), a
projection booth fire at the Grand Cinema (train1), a patio heater tipped over (holdout19), a grill setting a brewery
tent alight (holdout21), an electric car burning in the mall lot (holdout17), a chicken coop's heat lamp (holdout11), a
wood stove and a grandmother in a wheelchair (train6), a dog taken at knifepoint (holdout10), a gold chain torn from a
neck (holdout32), a runner's phone ripped from an armband (holdout16), a coin and stamp shop's alarm (holdout27),
neighbours away with a flashlight upstairs (holdout31), eggs thrown from a Jeep (holdout10), superglued locks
(holdout8), a trophy and prize envelopes taken while everyone watched (holdout28), Christmas lights pulled off the trees
on Main between 5th and 6th (holdout12), gas cans filled at pump 6 and driven off (holdout7), a stop sign lying flat at
Cedar (train4), dark signals with drivers blowing through (holdout6), firewood taken off a porch on camera (holdout12),
a shove off the curb at a parade (holdout27), a home aide pinching a grandmother (holdout8), a laundromat fight over a
dryer (holdout21), a crossbow at squirrels among dog walkers (holdout8), a daughter not home from a friend's house
(holdout17), a boy up a tree after his drone (holdout27), a toddler in a diaper on the street (train1), a child in a
curbside refrigerator (holdout20), an old brick chimney leaning over a sidewalk (holdout30), a man motionless in a yard
at night (holdout25), a man walking into the women's locker room (holdout24), candy offered from a van (holdout5), and,
before drafting, a barber's straight razor (train5), snow tires stacked by a garage (holdout13, train6), a rooster at
dawn (holdout9), a mural tagged (holdout17, train3), course markers pulled up (holdout24), sign letters rearranged
(train3), memorial plaques (holdout27, train6), a memorial tree sawn down (holdout14), hay bales burned (train6), a
boat's shrink wrap on fire (train5), a fall from a tree stand (holdout11), bus shelter glass (train5), words scratched
into glass doors (train3), names carved in benches (train2), tires let down (holdout10, train4, train5), paint stripper
on a hood (holdout27), a water department impostor (train2), a storm door (holdout30), a trading card binder (train5), a
buck taken from a garage (train5), coats gone through (holdouts 26 and 29), donation jars (holdout33, train5), parking
ban and jury duty calls (holdouts 19 and 7, train4), cows on River Road (holdout8), plow stakes pulled up (holdout13,
train5), and marching band practice, car wash dryers, bagpipes and a megaphone as nuisances (holdouts 11, 27 and 29,
train5). About thirty more were reworded where they shared four or more runs or their wording with an earlier tip
("pointing it at", "backed into the corner", "is the manager at the Grand Cinema", "his eyes are open but", "hit her
face on", "displayed a black handgun", "I want to report something from yesterday", "the one who did it", "her face is
going purple", "somebody's going to get killed there tonight", "one of the town's plow trucks", "going car to car",
"Excuse me, I want to tell", "filming each other doing it", "want it on record", "None of the neighbors recognize it",
"a white pickup with a ladder rack", "he let go and walked", "he'll break her neck", "is there a noise ordinance",
"trying to lift the car", "under the front bumper", "came around the barricade", "a report number for the insurance",
"Susp veh, City Hall rear lot", "with the door locked", "swerving all over to miss", a dark red Dodge Durango's
hit-and-run made a Subaru Ascent's). The final drafts share at most four four-word runs with any earlier tip (seven
share four, all place, clock and stock phrases: "houses on birch between 11th and 12th", "going door to door on pine",
"on the edge of the bar", "i think it's broken", "in the northgate mall lot with a", "it's 3 20 in the morning", "it's 1
20 in the morning"; 17 share three) and at most 0.23 content-word overlap (the food shelf scratching against holdout17's
delivery driver punched, both non-native; next, at 0.23 and 0.22, the poacher against holdout16's half-built houses on
the same block of Birch and the bow hunter against train4's bow hunter crossing posted land); with one another at most
four runs ("at the Day of the Dead supper") and 0.17.
"""
from hand import P, V, W

HOLDOUT35 = [
    # ---------------------------------------------------------------- weapon
    # Northgate Mall security on the Wednesday of the holiday hiring fair: a man turned away at a booth came back and is
    # aiming a handgun at the recruiter "right now", people running: a gun pointed at a person (critical). The man
    # ("Heavyset" heavy, "maybe 50" 47-53, "tan coat", "black beanie"), the recruiter and "People" (2+) persons; "a
    # handgun" handgun; "right now" now; center court and the food court are Northgate Mall's.
    dict(written="Northgate Mall security, center court. At the holiday hiring fair a man who got told no at the warehouse booth came back with a handgun, and right now he's aiming it at the recruiter and yelling that she ruined his life. People are running for the exits and the food court's emptying out. Heavyset, tan coat, black beanie, maybe 50.",
         spoken="northgate mall security center court at the holiday hiring fair a man who got told no at the warehouse booth came back with a hand gun and right now he's aiming it at the recruiter and yelling that she ruined his life people are running for the exits and the food court's emptying out heavy set tan coat black beanie maybe fifty",
         at="2048-11-04 13:40", entities=[P(count="1", sex="male", age="47-53", build="heavy", clothing=["tan coat", "black beanie"]), W("handgun"), ("now",), P(count="1", sex="female"), P(count="2+")],
         places=[("landmark", "Northgate Mall")], category="weapon", priority="critical"),
    # Dispatch, the Sunday night: approx 2314, as the last train of the new winter timetable unloaded, someone by the
    # pickup lane fired about five rounds toward the lot, passengers running back inside: shots where people are
    # (critical). No weapon seen, so no weapon (as holdout29's shots out back of the QuickStop); "someone" who fired and
    # "Passengers" (2+) persons; the RP (the station agent) the caller; "A dark sedan" sedan with no colour (as
    # holdout31's "dark car"); "the 11:05 from Boston" a train named by its time, no time; "toward River Rd" a street
    # alone.
    dict(written="Shots fired, Central Station, approx 2314. RP is the station agent: as the 11:05 from Boston was unloading, someone standing by the pickup lane fired approx 5 rounds toward the parking lot. Passengers ran back into the waiting room and RP has the doors locked. Unk if anyone was struck. A dark sedan left the lot fast toward River Rd with no lights.",
         spoken="shots fired central station approximately twenty three fourteen r p is the station agent as the eleven oh five from boston was unloading someone standing by the pick up lane fired approximately five rounds toward the parking lot passengers ran back into the waiting room and r p has the doors locked unknown if anyone was struck a dark sedan left the lot fast toward river road with no lights",
         at="2048-11-08 23:19", entities=[("local", "2048-11-08 23:14"), P(count="1"), P(count="2+"), V(type="sedan")],
         places=[("landmark", "Central Station")], category="weapon", priority="critical"),
    # Parent-teacher conferences at Lincoln Elementary, the Wednesday afternoon: a father "just" pulled a folding knife
    # and is pointing it across the little table at his son's teacher, who is pinned between the table and the cubbies:
    # a weapon used to corner someone (critical). The father ("Tall" tall, "thin" thin, "grey Carhartt vest" -> "grey
    # vest"), the teacher and the boy persons; "a folding knife" knife; "just" now; "room 14" no number of a place.
    dict(written="Lincoln Elementary, please hurry. A father at his parent-teacher conference in room 14 just flicked open a folding knife and he's jabbing it across the little table at my colleague, saying she's failing his son on purpose. The boy's sitting right there. She's stuck between the table and the cubbies and I'm in the hall with the door cracked. Tall, thin, grey Carhartt vest.",
         spoken="lincon elementary please hurry a father at his parent teacher conference in room fourteen just flicked open a folding knife and he's jabbing it across the little table at my colleague saying she's failing his son on purpose the boy's sitting right there she's stuck between the table and the cubbies and i'm in the hall with the door cracked tall thin grey carhartt vest",
         at="2048-11-04 14:50", entities=[P(count="1", sex="male", height="tall", build="thin", clothing=["grey vest"]), W("knife"), ("now",), P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("landmark", "Lincoln Elementary School")], category="weapon", priority="critical"),
    # The Day of the Dead procession on the Monday evening: "About 10 minutes ago" a pickup stopped at the head of the
    # marchers going down Elm at 5th and the driver held up a rifle in his window with a threat, then drove off west: a
    # weapon shown with a threat, seen (high; a said time within 15 minutes does not lift a high call). "Black Ford
    # F-150" f-150 (its model, so no type from "a pickup") going west with its plate in the NATO alphabet (ELF2916); the
    # driver and "the little kids" (2+) persons; "us" the caller's group, not annotated; "a rifle" rifle; "Elm at 5th"
    # the intersection.
    dict(written="About 10 minutes ago, while the Day of the Dead procession was going down Elm at 5th, a pickup came up 5th and stopped right in front of us, and the driver held a rifle up in his window so everybody could see it and yelled at us to go back where we came from. Then he took off west on Elm. Black Ford F-150, plate Echo Lima Foxtrot 2916. Nobody's hurt but the little kids are terrified.",
         spoken="about ten minutes ago while the day of the dead procession was going down elm at fifth a pick up came up fifth and stopped right in front of us and the driver held a rifle up in his window so every body could see it and yelled at us to go back where we came from then he took off west on elm black ford f one fifty plate echo lima foxtrot two nine one six nobody's hurt but the little kids are terrified",
         at="2048-11-02 18:35", entities=[("ago", 10), V(colour="black", make="ford", model="f-150", plate="ELF2916", direction="west"), P(count="1", sex="male"), W("rifle"), P(count="2+")],
         places=[("intersection", "Elm Street", "5th Street")], category="weapon", priority="high"),
    # The Grand Cinema's 90th birthday on the Friday, 1958 prices: in the line round the block an older man opened his
    # coat to show two line-cutters a revolver in a shoulder holster with a warning, and he is still in line by the
    # caller's children: a weapon shown with a threat, seen (high; children about, raises do not stack). "Two guys" (2
    # male), the man ("an older man" 60-90, "tan coat"; "White hair" no clothing) and "my kids" (2+) persons; "a
    # revolver" handgun (as holdout33's); "50-cent" no number of a place; the line outside is the Grand Cinema's.
    dict(written="I'm in the line for the Grand Cinema's 50-cent birthday show, it wraps all the way around the block. Two guys tried to cut in ahead of an older man in front of me, and he opened his coat, showed them a revolver in a shoulder holster and said 'back of the line, boys.' They went. He's still standing in line right in front of my kids and me. White hair, tan coat.",
         spoken="um i'm in the line for the grand cinema's fifty cent birthday show it wraps all the way around the block two guys tried to cut in ahead of an older man in front of me and he opened his coat showed them a revolver in a shoulder holster and said back of the line boys they went he's still standing in line right in front of my kids and me white hair tan coat",
         at="2048-11-06 18:35", entities=[P(count="2", sex="male"), P(count="1", sex="male", age="60-90", clothing=["tan coat"]), W("handgun"), P(count="2+")],
         places=[("landmark", "Grand Cinema")], category="weapon", priority="high"),
    # A web form on the Sunday: "Yesterday afternoon" (14:00 the day before) an antique dealer at the show in City Hall
    # drew the blade of a sword cane halfway out at a haggling customer with a threat: a weapon shown with a threat,
    # seen (high), lowered to medium (hours old). The dealer ("Older man" 60-90, "grey tweed jacket" -> "grey jacket") a
    # person; "a sword cane" sword (the type holdout9 added); "today" a plan, no time; the stage and the booths are City
    # Hall's.
    dict(written="Web form: Yesterday afternoon at the antique show at City Hall I told a dealer his price on a railroad pocket watch was a joke, and he slid the blade of a sword cane halfway out of the handle, held it there and said 'walk away while you still can.' I walked away. His booth is by the stage and the show is open again today. Older man, grey tweed jacket.",
         spoken="web form yesterday afternoon at the antique show at city hall i told a dealer his price on a railroad pocket watch was a joke and he slid the blade of a sword cane half way out of the handle held it there and said walk away while you still can i walked away his booth is by the stage and the show is open again today older man grey tweed jacket",
         at="2048-11-08 09:40", entities=[("local", "2048-11-07 14:00"), P(count="1", sex="male", age="60-90", clothing=["grey jacket"]), W("sword")],
         places=[("landmark", "City Hall")], category="weapon", priority="medium"),
    # The Wednesday night: somebody in a pickup in the hayfield behind the houses on a block of Birch shining a
    # spotlight about and shooting at deer with a rifle, a round "just" through the side of the caller's garage, the
    # children's bedroom on that side, still out there: shots where people are (critical). The somebody and "my kids"
    # (2+) persons; "a pickup" pickup ("Dark pickup" no colour, as holdout33's dark pickup); "a rifle" rifle; "just"
    # now; behind the houses of "Birch between 11th and 12th" relative to the 1100 block of Birch.
    dict(written="Somebody in a pickup is out in the hayfield behind our houses on Birch between 11th and 12th shining a spotlight around and shooting at deer with a rifle. One shot just went through the side of our garage, and my kids' bedroom is on that side of the house. He's still out there swinging the light. Dark pickup, that's all I can see.",
         spoken="oh my god somebody in a pick up is out in the hay field behind our houses on burch between eleventh and twelfth shining a spot light around and shooting at deer with a rifle one shot just went through the side of our garage and my kids bed room is on that side of the house he's still out there swinging the light dark pick up that's all i can see",
         at="2048-11-04 22:10", entities=[P(count="1", sex="male"), V(type="pickup"), W("rifle"), ("now",), P(count="2+")],
         places=[("relative", ("block", 1100, "Birch Street"))], category="weapon", priority="critical"),

    # ---------------------------------------------------------------- fire
    # The library's front desk on the Monday afternoon, before the procession: somebody lit a real candle on the Day of
    # the Dead ofrenda in the lobby and the paper banners, marigolds and tablecloth are burning, everyone going out:
    # fire, high. The somebody and "everybody" (2+) persons; "at 6" the procession's start, a schedule; the lobby and
    # the Elm Street doors are the library's.
    dict(written="Oakford Library front desk. Somebody lit a real candle on the Day of the Dead altar in our lobby and the papel picado caught, and now the marigolds and the tablecloth are burning up the photo wall. We're getting everybody out the Elm Street doors. The procession was supposed to start here at 6.",
         spoken="oakford library front desk somebody lit a real candle on the day of the dead altar in our lobby and the papel picado caught and now the marigolds and the table cloth are burning up the photo wall we're getting every body out the elm street doors the procession was supposed to start here at six",
         at="2048-11-02 16:10", entities=[P(count="1"), P(count="2+")],
         places=[("landmark", "Oakford Public Library")], category="fire", priority="high"),
    # Parent-teacher conferences, the Thursday afternoon: the art room kiln firing the children's clay pumpkins set the
    # wall behind it burning, smoke in the hall, parents and children being walked out: fire, high (everyone going out).
    # "the parents" and "the kids" (2+ each) persons; the art teacher the caller; the art room is Lincoln Elementary's.
    dict(written="Lincoln Elementary, I'm the art teacher. The kiln was firing the second graders' clay pumpkins during conferences and the wall behind it caught, there's flames up the pegboard and smoke pouring into the hallway. We pulled the alarm and we're walking the parents and the kids out the back to the field.",
         spoken="lincoln elementary i'm the art teacher the kiln was firing the second graders clay pumpkins during conferences and the wall behind it caught there's flames up the peg board and smoke pouring into the hall way we pulled the alarm and we're walking the parents and the kids out the back to the field",
         at="2048-11-05 13:45", entities=[P(count="2+"), P(count="2+")],
         places=[("landmark", "Lincoln Elementary School")], category="fire", priority="high"),
    # Dawn of the first hard freeze: the season's first wood stove fire has set the chimney of 614 Pine burning and the
    # shingles round it alight; the family is out but the grandmother, who uses a wheelchair, is still in the attic
    # bedroom: someone who cannot get out (critical). "The family" (2+) and the grandmother persons; "614 Pine" the
    # address.
    dict(written="The chimney at 614 Pine has fire blowing out the top of it like a torch and now the shingles around it are burning. It's their first fire of the year in the wood stove. The family all got out, but the grandmother sleeps in the attic bedroom and she's in a wheelchair, they can't get her down the stairs.",
         spoken="the chimney at six fourteen pine has fire blowing out the top of it like a torch and now the shingles around it are burning it's their first fire of the year in the wood stove the family all got out but the grandmother sleeps in the attic bed room and she's in a wheel chair they can't get her down the stairs",
         at="2048-11-05 05:40", entities=[P(count="2+"), P(count="1", sex="female")],
         places=[("address", 614, "Pine Street")], category="fire", priority="critical"),
    # The Thursday, the first week of wood stoves: a garbage truck's load caught from hot stove ashes thrown in a trash
    # bin, and its driver dumped the burning load in the street on a block of Walnut, up against parked cars and a pole:
    # fire, high (no one in it). The somebody who threw the ashes a person (the driver the caller; the parked cars and
    # his truck no vehicles of the event); "Walnut between 6th and 7th" the 600 block of Walnut.
    dict(written="I drive the trash route for the town. Somebody threw hot wood stove ashes in their bin and my load caught, so I dumped it in the street like they train us, Walnut between 6th and 7th. It's a big pile going good now, right up against two parked cars and the telephone pole, and the wind's pushing it.",
         spoken="i drive the trash route for the town somebody threw hot wood stove ashes in their bin and my load caught so i dumped it in the street like they train us wall nut between sixth and seventh it's a big pile going good now right up against two parked cars and the telephone pole and the wind's pushing it",
         at="2048-11-05 08:45", entities=[P(count="1")],
         places=[("block", 600, "Walnut Street")], category="fire", priority="high"),
    # The Day of the Dead supper in Maple Square: a giant papier-mache skeleton puppet brushed a luminaria and burned,
    # its carrier out from under it, now lying against the food tent whose roof is catching: fire, high (no one under it
    # now). The woman who carried it, "People" (2+) and "the kids" (2+) persons; the food tent is Maple Square's.
    dict(written="Maple Square, at the Day of the Dead supper. One of the giant papier-mache skeleton puppets brushed a luminaria and went up like a torch. The woman carrying it got out from under it, but now it's lying there burning against the food tent and the tent roof is catching. People are pulling the kids back.",
         spoken="maple square at the day of the dead supper one of the giant paper mache skeleton puppets brushed a luminaria and went up like a torch the woman carrying it got out from under it but now it's lying there burning against the food tent and the tent roof is catching people are pulling the kids back",
         at="2048-11-02 19:20", entities=[P(count="1", sex="female"), P(count="2+"), P(count="2+")],
         places=[("landmark", "Maple Square")], category="fire", priority="high"),
    # The morning after the heat first came on: "Last night about 11" (23:00 the day before, ten hours on) a baseboard
    # heater set the living room curtains burning, pulled down and smothered by the wife: fire lowered to medium (hours
    # old). The wife a person; "1126 Willow" the address.
    dict(written="Last night about 11, the first time we ran the heat this fall, the baseboard heater under the living room window caught the curtains. My wife tore them down and smothered it with the couch blanket, but the wall's scorched up to the ceiling and the heater still gives off a burnt smell. We're at 1126 Willow. Can someone check the wiring before we use it again?",
         spoken="last night about eleven the first time we ran the heat this fall the baseboard heater under the living room window caught the curtains my wife tore them down and smothered it with the couch blanket but the wall's scorched up to the ceiling and the heater still gives off a burnt smell we're at eleven twenty six willo can someone check the wiring before we use it again",
         at="2048-11-05 09:15", entities=[("local", "2048-11-04 23:00"), P(count="1", sex="female")],
         places=[("address", 1126, "Willow Street")], category="fire", priority="medium"),

    # ---------------------------------------------------------------- medical
    # The town garage on the Thursday, the plows going on for the season: a plow blade slipped off the jack onto a
    # mechanic's chest, and lifted off he is gasping, lips going blue, coughing blood: a life at risk (critical). The
    # mechanic and "the guys" (2+) persons; the foreman the caller; "140 Station Road" the garage's address.
    dict(written="Town garage, 140 Station Road, this is the foreman. We're hanging the plows for the season and a blade slid off the jack right onto one of our mechanics' chest. The guys got it off him but he can barely get a breath, his lips are going blue and he's coughing up blood. Send the ambulance to the big bay door.",
         spoken="town garage one forty station road this is the foreman we're hanging the plows for the season and a blade slid off the jack right onto one of our mechanics chest the guys got it off him but he can barely get a breath his lips are going blue and he's coughing up blood send the ambulance to the big bay door",
         at="2048-11-05 13:20", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("address", 140, "Station Road")], category="medical", priority="critical"),
    # The frost morning: the caller's father was on a ladder putting on the storm windows when its feet slid on the
    # frost, and he fell from the second floor onto the patio; he stares, does not answer and has vomited: a head
    # injury, a life at risk (critical). The father a person; "823 Maple" the address.
    dict(written="My dad was up the ladder putting the storm windows on and the feet slid out on the frost. He came down from the second floor onto the patio. He's staring straight up and doesn't answer when I say his name, and he threw up. 823 Maple, I'm in the backyard with him.",
         spoken="oh god my dad was up the ladder putting the storm windows on and the feet slid out on the frost he came down from the second floor onto the patio he's staring straight up and doesn't answer when i say his name and he threw up eight twenty three maple i'm in the back yard with him",
         at="2048-11-05 07:50", entities=[P(count="1", sex="male")],
         places=[("address", 823, "Maple Avenue")], category="medical", priority="critical"),
    # The SAT on the Saturday morning: a diabetic student slumped over her desk, not answering or swallowing, her
    # insulin pump beeping: a low blood sugar past answering, a life at risk (critical). The student a person; the
    # supervisor the caller; "section 2" and "Room 118" no numbers of a place; the testing room is Oakford High's.
    dict(written="I'm the SAT supervisor at Oakford High. A girl in my testing room, she's diabetic, got shaky and sweaty in section 2, and now she's slumped over her desk and won't answer us. Her insulin pump keeps beeping. We put a juice box to her lips but she isn't swallowing. Room 118, first floor.",
         spoken="i'm the s a t supervisor at oakford high a girl in my testing room she's diabetic got shaky and sweaty in section two and now she's slumped over her desk and won't answer us her insulin pump keeps beeping we put a juice box to her lips but she isn't swallowing room one eighteen first floor",
         at="2048-11-07 09:25", entities=[P(count="1", sex="female")],
         places=[("landmark", "Oakford High School")], category="medical", priority="critical"),
    # Rosie's Bakery before dawn on the Monday, the owner: the rolling rack of pan de muerto tipped as a baker pulled it
    # from the oven and a tray of melted butter and sugar went down her forearm, skin white and blistering: a burn
    # (high). The baker a person; "three days" no time; the kitchen is Rosie's Bakery's.
    dict(written="Rosie's Bakery, this is Rosie. We're three days into pan de muerto and the rolling rack tipped when Marisol was pulling it out of the oven, a whole tray of melted butter and sugar went down her forearm. It's gone white and blistered from her wrist to her elbow. We've got it under the cold tap. She's shaking.",
         spoken="rosies bakery this is rosie we're three days into pan de muerto and the rolling rack tipped when marisol was pulling it out of the oven a whole tray of melted butter and sugar went down her forearm it's gone white and blistered from her wrist to her elbow we've got it under the cold tap she's shaking",
         at="2048-11-02 05:20", entities=[P(count="1", sex="female")],
         places=[("landmark", "Rosie's Bakery")], category="medical", priority="high"),
    # The hiring fair's line on the Wednesday morning: a pregnant woman fainted and split her eyebrow on the tile, awake
    # and bleeding, the baby moving: an injury (high). The woman and the security guard persons; "the old department
    # store doors" are Northgate Mall's.
    dict(written="I'm waiting outside the old department store doors at Northgate Mall for the hiring fair. The woman ahead of me fainted, she's pregnant, and her face smacked the tile. She's awake now, but her eyebrow's split open and the blood's running into her eye. She says the baby's moving. The security guard went for the first aid kit.",
         spoken="i'm waiting outside the old department store doors at north gate mall for the hiring fair the woman ahead of me fainted she's pregnant and her face smacked the tile she's awake now but her eyebrow's split open and the blood's running into her eye she says the baby's moving the security guard went for the first aid kit",
         at="2048-11-04 09:55", entities=[P(count="1", sex="female"), P(count="1")],
         places=[("landmark", "Northgate Mall")], category="medical", priority="high"),
    # The Headlamp 5K on the Saturday evening: a runner caught a toe on the boardwalk and a wrist bone is through the
    # skin: an injury (high). The runner and "Two nurses who were running" (2) persons; "the 2-mile sign" no number of a
    # place; the boardwalk along the river trail is Riverside Park's.
    dict(written="Headlamp 5K, on the boardwalk past the 2-mile sign in Riverside Park. A runner caught his toe on a board and landed on his hand, and the bone's poking out of his wrist. He's pale and shaking but talking. Two nurses who were running stopped and are holding it still. We need someone to bring a stretcher in.",
         spoken="head lamp five k on the board walk past the two mile sign in river side park a runner caught his toe on a board and landed on his hand and the bone's poking out of his wrist he's pale and shaking but talking two nurses who were running stopped and are holding it still we need someone to bring a stretcher in",
         at="2048-11-07 17:55", entities=[P(count="1", sex="male"), P(count="2")],
         places=[("landmark", "Riverside Park")], category="medical", priority="high"),
    # The Tuesday morning: "Yesterday around 5:30" (17:30 the day before) a boy had his face painted as a sugar skull at
    # a table in Maple Square; this morning his eyelids are swollen nearly shut, breathing fine: a reaction from the day
    # before, lowered to medium (hours old). The son and the face painter ("that woman") persons; "By bedtime" no time;
    # "more kids" said of what may come, no persons.
    dict(written="Yesterday around 5:30, before the procession, my son got his face painted like a sugar skull at a table in Maple Square. By bedtime his face broke out in a rash, and this morning his eyelids are so swollen he can hardly see. He's breathing fine. I'd like someone to find out what paint that woman was using before she does more kids.",
         spoken="yesterday around five thirty before the procession my son got his face painted like a sugar skull at a table in maple square by bedtime his face broke out in a rash and this morning his eyelids are so swollen he can hardly see he's breathing fine i'd like someone to find out what paint that woman was using before she does more kids",
         at="2048-11-03 08:10", entities=[("local", "2048-11-02 17:30"), P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("landmark", "Maple Square")], category="medical", priority="medium"),

    # ---------------------------------------------------------------- robbery
    # Fire Station Number 2's Fill the Boot on the Saturday: a teenager on a bike "just" ripped the boot of money out of
    # a firefighter's hands and knocked her down, her head hit on the curb; he is riding off "right now": force to take
    # property, robbery, high (an injury). The teenager ("A teenager" 13-19, "black hoodie", "white helmet") and the
    # firefighter persons; "a bike" bicycle (his, a vehicle of the event); "just" and "right now" one now; "toward 5th"
    # a street alone; "Main and 3rd" the intersection.
    dict(written="Fill the Boot at Main and 3rd! A teenager on a bike just ripped the boot full of money out of our firefighter's hands and knocked her down in the crosswalk, she cracked her head on the curb. He's pedaling down Main toward 5th right now. Black hoodie, white helmet.",
         spoken="fill the boot at maine and third a teenager on a bike just ripped the boot full of money out of our firefighter's hands and knocked her down in the cross walk she cracked her head on the curb he's pedaling down maine toward fifth right now black hoodie white helmet",
         at="2048-11-07 12:05", entities=[P(count="1", sex="male", age="13-19", clothing=["black hoodie", "white helmet"]), V(type="bicycle"), ("now",), P(count="1", sex="female")],
         places=[("intersection", "Main Street", "3rd Street")], category="robbery", priority="high"),
    # Dispatch, the antique show's last afternoon, the Sunday: approx 1705 two men stopped a dealer carrying the show's
    # cash bag across City Hall's rear lot, one pointing a silver revolver, and left east in an SUV: an armed robbery
    # (critical). "2 M susps" (2 male) and each described apart ("#1" "W/M 30s" 30-39, "black puffer coat" -> "black
    # coat"; "#2" "short", "red beanie"; given the group's sex) persons; the RP the caller; "a silver revolver" handgun;
    # "a dark grey Hyundai Tucson" grey tucson going east ("EB on Elm"; "dark grey" grey); the rear lot is City Hall's.
    dict(written="Armed robbery, City Hall rear lot, approx 1705. RP is the antique show's treasurer, was walking the weekend's cash bag to her car: 2 M susps cut her off between the cars, #1 pointed a silver revolver at her face, #2 pulled the bag off her shoulder. Susps left EB on Elm in a dark grey Hyundai Tucson. RP uninjured, shaken. #1 W/M 30s, black puffer coat. #2 short, red beanie.",
         spoken="armed robbery city hall rear lot approximately seventeen oh five r p is the antique show's treasurer was walking the weekend's cash bag to her car two male suspects cut her off between the cars number one pointed a silver revolver at her face number two pulled the bag off her shoulder suspects left east bound on elm in a dark grey hyundai tucson r p uninjured shaken number one white male thirties black puffer coat number two short red beanie",
         at="2048-11-08 17:11", entities=[("local", "2048-11-08 17:05"), P(count="2", sex="male"), W("handgun"), V(colour="grey", make="hyundai", model="tucson", direction="east"), P(count="1", sex="male", age="30-39", clothing=["black coat"]), P(count="1", sex="male", height="short", clothing=["red beanie"])],
         places=[("landmark", "City Hall")], category="robbery", priority="critical"),
    # Non-native, the procession's end in Maple Square: a man grabbed the caller's trumpet, his late father's, and when
    # he held on elbowed him in the mouth, splitting his lip, and ran off with it: force to take property, robbery, high
    # (an injury). The man ("skinny" thin, "black hoodie"; a face painted like a skull no clothing) a person; the father
    # dead, not annotated; "It just happen" now; "toward Pine" a street alone.
    dict(written="I play in the band for the procession. When we arrive to Maple Square a man grab my trumpet from my hands. I hold it, and he hit me in the mouth with his elbow, my lip is open and one tooth is moving, and he run with the trumpet toward Pine. It was of my father, he die last year. He is skinny, face painted like a skull, black hoodie. It just happen.",
         spoken="i play in the band for the procession when we arrive to maple square a man grab my trumpet from my hands i hold it and he hit me in the mouth with his elbow my lip is open and one tooth is moving and he run with the trumpet toward pine it was of my father he die last year he is skinny face painted like a skull black hoodie it just happen",
         at="2048-11-02 19:10", entities=[P(count="1", sex="male", build="thin", clothing=["black hoodie"]), ("now",)],
         places=[("landmark", "Maple Square")], category="robbery", priority="high"),
    # The Main Street Pharmacy's drive-up window on the Sunday: a man in a pickup "just" reached in, tore a customer's
    # bag of prescriptions out of the clerk's hand and dragged the clerk's arm across the window track, cutting it, and
    # is pulling out "right now": force to take property, robbery, high (an injury). The man a person; the clerk the
    # caller; "a maroon Chevy Silverado" silverado with its plate letter by letter (KRV2081); "just" and "right now" one
    # now; "onto Main" a street alone; the drive-up window is the Main Street Pharmacy's.
    dict(written="Main Street Pharmacy drive-up. A man in a maroon Chevy Silverado just reached in the window, ripped somebody's bag of prescriptions out of my hand and dragged my arm across the window track, it's cut open and bleeding. He's pulling out onto Main right now. Plate K R V 2081.",
         spoken="main street pharmacy drive up a man in a maroon chevy silverado just reached in the window ripped somebody's bag of prescriptions out of my hand and dragged my arm across the window track it's cut open and bleeding he's pulling out onto maine right now plate k r v two zero eight one",
         at="2048-11-08 16:50", entities=[P(count="1", sex="male"), V(colour="maroon", make="chevrolet", model="silverado", plate="KRV2081"), ("now",)],
         places=[("landmark", "Main Street Pharmacy")], category="robbery", priority="high"),
    # A grandson, the Monday after the clocks went back: two men who came to his grandmother's door offering to set her
    # clocks back for the power company pulled a knife inside and are going through her jewelry and making her write
    # down her card numbers "right now": a robbery with a weapon in use (critical). The grandmother (her stated age not
    # annotated) and "Two men" (2 male) persons; the late grandfather dead, not annotated; "a knife" knife; "right now"
    # now; "twenty minutes away" no time; "518 Chestnut" the address.
    dict(written="My grandmother just called me whispering. Two men came to her door at 518 Chestnut saying the power company sent them to set her clocks back for the time change, and once they were inside one of them pulled a knife. Right now they're dumping out her jewelry box and making her write down her bank card numbers. She's 88. I'm twenty minutes away.",
         spoken="my grandmother just called me whispering two men came to her door at five eighteen chesnut saying the power company sent them to set her clocks back for the time change and once they were inside one of them pulled a knife right now they're dumping out her jewelry box and making her write down her bank card numbers she's eighty eight i'm twenty minutes away",
         at="2048-11-02 10:35", entities=[P(count="1", sex="female"), P(count="2", sex="male"), W("knife"), ("now",)],
         places=[("address", 518, "Chestnut Street")], category="robbery", priority="critical"),
    # The Thursday morning: "yesterday around 4:45" (16:45 the day before, at dusk) a teenager grabbed a Cub Scout's
    # envelope of popcorn-order money and shoved him off the curb, his hands skinned: robbery, high lowered to medium
    # (hours old). The son (his stated age not annotated), his friend and the teenager ("A teenager" 13-19, "red
    # beanie") persons; "$140" no number of a place; "at breakfast" no time; "Pine between 8th and 9th" the 800 block of
    # Pine.
    dict(written="My son's a Cub Scout, and yesterday around 4:45, just as it got dark, he was going door to door on Pine between 8th and 9th with his friend selling popcorn. A teenager on the sidewalk snatched the envelope with $140 of order money out of his hands and shoved him off the curb, his palms are all scraped. He's 9. He only told me at breakfast. Red beanie.",
         spoken="my son's a cub scout and yesterday around four forty five just as it got dark he was going door to door on pine between eighth and ninth with his friend selling popcorn a teenager on the side walk snatched the envelope with a hundred forty dollars of order money out of his hands and shoved him off the curb his palms are all scraped he's nine he only told me at breakfast red beanie",
         at="2048-11-05 07:40", entities=[("local", "2048-11-04 16:45"), P(count="1", sex="male"), P(count="1"), P(count="1", age="13-19", clothing=["red beanie"])],
         places=[("block", 800, "Pine Street")], category="robbery", priority="medium"),

    # ---------------------------------------------------------------- assault
    # The Mustache Bash at the Old Mill Brewery: a man "just" snapped his pint glass on the bar and drove it into
    # another man's neck over the contest, the wound spurting: a life at risk (critical). The attacker ("blue flannel"
    # -> "blue shirt"; a fake handlebar mustache no clothing), the man cut and the bartender persons; a broken glass no
    # weapon type (as holdout34 leaves a chunk of ice); "just" now; the bar and the dartboard are the Old Mill
    # Brewery's.
    dict(written="Old Mill Brewery, the Mustache Bash. A guy just snapped his pint glass on the edge of the bar and drove it into another guy's neck over who won the contest. It's spurting, our bartender's got both hands and a towel on it. The guy with the glass sat down on the floor by the dartboard with his hands up. Fake handlebar mustache, blue flannel.",
         spoken="old mill brewery the mustache bash a guy just snapped his pint glass on the edge of the bar and drove it into another guy's neck over who won the contest it's spurting our bartender's got both hands and a towel on it the guy with the glass sat down on the floor by the dart board with his hands up fake handlebar mustache blue flannel",
         at="2048-11-06 22:15", entities=[P(count="1", sex="male", clothing=["blue shirt"]), ("now",), P(count="1", sex="male"), P(count="1")],
         places=[("landmark", "Old Mill Brewery")], category="assault", priority="critical"),
    # An 11-year-old typing on the Tuesday night: her mother's boyfriend pushed her mother down the basement stairs and
    # she is not moving, blood by her head; "hes in the kitchen now": a life at risk (critical). The boyfriend and the
    # mother persons; "now" of a person of the event; "im 11" the caller's age; "936 birch" the address.
    dict(written="my moms boyfriend pushed her down the basement stairs and shes not moving and theres blood by her head. hes in the kitchen now yelling at the tv like nothing happened. im under my bed. 936 birch. im 11 pls hurry",
         spoken="my mom's boyfriend pushed her down the base ment stairs and she's not moving and there's blood by her head he's in the kitchen now yelling at the t v like nothing happened i'm under my bed nine thirty six burch i'm eleven please hurry",
         at="2048-11-03 21:30", entities=[P(count="1", sex="male"), P(count="1", sex="female"), ("now",)],
         places=[("address", 936, "Birch Street")], category="assault", priority="critical"),
    # The hiring fair's queue on the Wednesday morning: a man waiting since 6 beat a young man who slid in ahead of him,
    # an eye swollen shut and spitting blood; a guard holds the attacker "now": an injury (high). The attacker ("brown
    # work jacket" -> "brown jacket"; "bald" no clothing), the young man ("a young guy" 18-29) and the security guard
    # persons; "since 6" when his waiting began, no time; "now" of a person of the event; the railing and the fountain
    # are Northgate Mall's.
    dict(written="Fight in the hiring fair queue at Northgate Mall. A man who'd been waiting since 6 caught a young guy sliding in ahead of him and beat him against the railing, and the young guy's eye is swollen shut and he's spitting blood. A security guard has the man who did it sitting by the fountain now. Brown work jacket, bald.",
         spoken="fight in the hiring fair queue at north gate mall a man who'd been waiting since six caught a young guy sliding in ahead of him and beat him against the railing and the young guy's eye is swollen shut and he's spitting blood a security guard has the man who did it sitting by the fountain now brown work jacket bald",
         at="2048-11-04 10:20", entities=[P(count="1", sex="male", clothing=["brown jacket"]), P(count="1", sex="male", age="18-29"), P(count="1"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="assault", priority="high"),
    # Bow season, the Friday afternoon: a hunter told to get off the family's posted land shoved the caller's husband
    # down the bank and kicked him, his ribs hurting to breathe; the hunter back in the woods "now": an injury (high).
    # The hunter ("orange vest", "camo pants"; his bow left in the stand, no weapon) and the husband persons; "now" of a
    # person of the event; "behind our house at 1175 Birch" relative to the address.
    dict(written="My husband told a bow hunter to get off our posted land in the woods behind our house at 1175 Birch, and the guy shoved him down the bank into the brook and kicked him in the side twice. He left his bow up in his stand to do it. My husband's ribs hurt every time he breathes. The hunter's back out in the woods now. Orange vest, camo pants.",
         spoken="my husband told a bow hunter to get off our posted land in the woods behind our house at eleven seventy five burch and the guy shoved him down the bank into the brook and kicked him in the side twice he left his bow up in his stand to do it my husband's ribs hurt every time he breathes the hunter's back out in the woods now orange vest camo pants",
         at="2048-11-06 15:20", entities=[P(count="1", sex="male"), P(count="1", sex="male", clothing=["orange vest", "camo pants"]), ("now",)],
         places=[("relative", ("address", 1175, "Birch Street"))], category="assault", priority="high"),
    # A proctor at the SAT on the Saturday: a mother whose son came late slapped the proctor and shoved the proctor down
    # the front steps, a wrist swelling; the mother sitting in her car with him "now": an injury (high). The mother and
    # the son persons; "a red Kia Telluride" telluride with its plate spelled "as in" (MDQ6620); "at 8" the doors'
    # closing, a schedule; "now" of a person of the event; the front steps and the front lot are Oakford High's.
    dict(written="I'm proctoring the SAT at Oakford High. Doors closed at 8, and a mother whose son showed up late slapped me across the face when I wouldn't let him in, then shoved me down the front steps. My wrist is swelling up and I think it's broken. She's sitting in her car in the front lot with him now, a red Kia Telluride, M as in Mary, D as in David, Q 6620.",
         spoken="i'm proctoring the s a t at oakford high doors closed at eight and a mother whose son showed up late slapped me across the face when i wouldn't let him in then shoved me down the front steps my wrist is swelling up and i think it's broken she's sitting in her car in the front lot with him now a red kia telluride m as in mary d as in david q six six two zero",
         at="2048-11-07 08:05", entities=[P(count="1", sex="female"), P(count="1", sex="male"), ("now",), V(colour="red", make="kia", model="telluride", plate="MDQ6620")],
         places=[("landmark", "Oakford High School")], category="assault", priority="high"),
    # Non-native, the Tuesday: in the line at the food shelf a woman who said the caller took two bags pulled her hair
    # and scratched her face, her cheek bleeding in three lines; the woman still there: an injury (high). The woman
    # ("big" heavy, "pink sweatshirt") a person; "two bags" no number of a place; "She is still here" no time; "180
    # Church Street" the food shelf's address.
    dict(written="Hello, I am in the line at the food shelf on Church Street, number 180. A woman say I take two bags, she pull my hair and scratch my face with her nails, now my cheek is bleeding in three lines. She is still here in the line like nothing. She is big, pink sweatshirt.",
         spoken="hello i am in the line at the food shelf on church street number one eighty a woman say i take two bags she pull my hair and scratch my face with her nails now my cheek is bleeding in three lines she is still here in the line like nothing she is big pink sweat shirt",
         at="2048-11-03 11:00", entities=[P(count="1", sex="female", build="heavy", clothing=["pink sweatshirt"])],
         places=[("address", 180, "Church Street")], category="assault", priority="high"),
    # A web form on the Saturday: "On Thursday after school" (a weekday, no time) the boy next door threw a frozen chunk
    # of dirt at the caller's son's face on purpose, splitting his eyebrow (three stitches): an injury two days before,
    # high lowered to medium. The boy next door, the son (no age words) and "his parents" (2+) persons; "ten feet" and
    # "three stitches" no numbers of a place; "1053 Hawthorn" the family's address.
    dict(written="Web form: On Thursday after school the boy next door threw a frozen chunk of dirt from his yard straight at my son's face, on purpose, from about ten feet. It split his eyebrow open and he needed three stitches. When I went over, his parents laughed it off. We're at 1053 Hawthorn and I want this on file.",
         spoken="web form on thursday after school the boy next door threw a frozen chunk of dirt from his yard straight at my son's face on purpose from about ten feet it split his eyebrow open and he needed three stitches when i went over his parents laughed it off we're at ten fifty three hawthorne and i want this on file",
         at="2048-11-07 10:40", entities=[P(count="1", sex="male"), P(count="1", sex="male"), P(count="2+")],
         places=[("address", 1053, "Hawthorn Avenue")], category="assault", priority="medium"),

    # ---------------------------------------------------------------- burglary
    # A realtor at dusk on the Tuesday: arriving for a showing at an empty listing she finds the lockbox smashed and
    # somebody upstairs "right now", pulling cabinets open: burglary raised to high. The somebody (a "him") a person;
    # "5:30" a showing's schedule, no time; "1015 Cedar" the address.
    dict(written="I'm a realtor at 1015 Cedar, it's a vacant listing. I pulled up for my 5:30 showing and the lockbox is smashed on the front steps, and right now somebody's upstairs, I can hear him yanking the bathroom cabinets open and dropping things. I backed out to my car and locked it.",
         spoken="i'm a realtor at ten fifteen ceder it's a vacant listing i pulled up for my five thirty showing and the lock box is smashed on the front steps and right now somebody's up stairs i can hear him yanking the bath room cabinets open and dropping things i backed out to my car and locked it",
         at="2048-11-03 17:25", entities=[("now",), P(count="1", sex="male")],
         places=[("address", 1015, "Cedar Street")], category="burglary", priority="high"),
    # An alarm company's operator at 02:58 on the Friday: at a self-storage place on Station Road, unit 214's door
    # opened "at 2:47 this morning" (02:47) with no gate code used, then unit 215: burglary raised to high (a said time
    # within 15 minutes). No persons (the facility not reached); "214" and "215" no numbers of a place; "190 Station
    # Road" the address.
    dict(written="Hi, this is Ridgeline Alarm monitoring for Oakford Self Storage, 190 Station Road. The door sensor on unit 214 opened at 2:47 this morning with no gate code entered, and unit 215 opened at 2:51. Their gate camera's showing black. Nobody from the facility is answering. Can you send a unit?",
         spoken="hi this is ridgeline alarm monitoring for oakford self storage one ninety station road the door sensor on unit two fourteen opened at two forty seven this morning with no gate code entered and unit two fifteen opened at two fifty one their gate camera's showing black nobody from the facility is answering can you send a unit",
         at="2048-11-06 02:58", entities=[("local", "2048-11-06 02:47")],
         places=[("address", 190, "Station Road")], category="burglary", priority="high"),
    # A dealer at the antique show on its Sunday morning: "Sometime overnight" (02:00, five and a half hours before) a
    # back hallway window of City Hall was forced and three locked cases emptied: burglary, medium. The somebody, the
    # "postcard man" (a dealer named through a possessive) and the custodian persons; "at 7" a schedule; "Civil War" no
    # time.
    dict(written="I'm one of the dealers at the antique show in City Hall. Sometime overnight somebody forced a window in the back hallway and emptied three of our locked display cases, my estate jewelry and the postcard man's whole Civil War collection. The custodian found the window up when he unlocked at 7.",
         spoken="i'm one of the dealers at the antique show in city hall sometime over night somebody forced a window in the back hallway and emptied three of our locked display cases my estate jewelry and the postcard man's whole civil war collection the custodian found the window up when he unlocked at seven",
         at="2048-11-08 07:30", entities=[("local", "2048-11-08 02:00"), P(count="1"), P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("landmark", "City Hall")], category="burglary", priority="medium"),
    # Home from the procession on the Monday night: a back window broken and the rings and watch of the caller's dead
    # parents taken from the family's own ofrenda (no time said): burglary, medium. The somebody and the husband
    # persons; the parents dead, not annotated; "412 Spruce" the address.
    dict(written="We came home from the procession and our back window is broken, 412 Spruce. Somebody went straight to the ofrenda in our living room and took my mother's rings and my father's watch that we put there for them, and the money envelope. Everything else is thrown on the floor. My husband is checking upstairs.",
         spoken="we came home from the procession and our back window is broken four twelve spruse somebody went straight to the ofrenda in our living room and took my mother's rings and my father's watch that we put there for them and the money envelope everything else is thrown on the floor my husband is checking up stairs",
         at="2048-11-02 20:35", entities=[P(count="1"), P(count="1", sex="male")],
         places=[("address", 412, "Spruce Street")], category="burglary", priority="medium"),
    # The model railroad club's treasurer on the Tuesday: "Last night" (23:00 the day before, ten hours on) somebody
    # pried the basement window and took eleven brass locomotives off the layout: burglary lowered to low. The somebody
    # a person; "eleven" and "two thousand dollars" no numbers of a place; "170 Church Street" the address.
    dict(written="I'm the treasurer of the Oakford Model Railroad Club, we have the basement at 170 Church Street. Last night somebody pried the basement window and took eleven brass locomotives off the layout, some of them worth two thousand dollars apiece. They stepped right through the mountain to get to them.",
         spoken="i'm the treasurer of the oakford model railroad club we have the base ment at one seventy church street last night somebody pried the base ment window and took eleven brass locomotives off the layout some of them worth two thousand dollars apiece they stepped right through the mountain to get to them",
         at="2048-11-03 09:05", entities=[P(count="1"), ("local", "2048-11-02 23:00")],
         places=[("address", 170, "Church Street")], category="burglary", priority="low"),
    # A web form on the Tuesday: while a family was away "from Friday afternoon until late Sunday" (a span, no time) the
    # porch screen was slit and the kitchen door forced: burglary days old, lowered to low. The somebody a person; the
    # son away at college, not annotated; "my coin collection" the caller's; "1096 Walnut Street" the address.
    dict(written="Web form: We were away at our son's college from Friday afternoon until late Sunday. When we got back, the back porch screen had been slit and the kitchen door forced with something flat. Someone took the TV off the wall, two laptops and my coin collection. I've already called the insurance. 1096 Walnut Street.",
         spoken="web form we were away at our son's college from friday afternoon until late sunday when we got back the back porch screen had been slit and the kitchen door forced with something flat someone took the t v off the wall two laptops and my coin collection i've already called the insurance ten ninety six wall nut street",
         at="2048-11-03 19:00", entities=[P(count="1")],
         places=[("address", 1096, "Walnut Street")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # Stuff the Bus on its Sunday afternoon: while the volunteers are on break a woman "keeps wheeling" the donated
    # cases of cans from beside the bus to her car in a shopping cart, loading the trunk "right now": theft raised to
    # high. The woman ("pink coat") a person; "grey Honda Odyssey" odyssey with its partial plate ("starts with 4 K"
    # 4K); "right now" now; "maybe eight" no age; the school bus not a vehicle of the event; the lot is FreshMart's.
    dict(written="FreshMart lot, I'm with Stuff the Bus. While we're on our break a woman keeps wheeling cases of the donated cans from beside the bus over to her car in a shopping cart, and right now she's filling her trunk. Maybe eight cases so far. Grey Honda Odyssey, plate starts with 4 K. Pink coat.",
         spoken="fresh mart lot i'm with stuff the bus while we're on our break a woman keeps wheeling cases of the donated cans from beside the bus over to her car in a shopping cart and right now she's filling her trunk maybe eight cases so far grey honda odyssey plate starts with four k pink coat",
         at="2048-11-08 15:30", entities=[P(count="1", sex="female", clothing=["pink coat"]), ("now",), V(colour="grey", make="honda", model="odyssey", plate="4K")],
         places=[("landmark", "FreshMart Supermarket")], category="theft", priority="high"),
    # The Corner Cafe opening on the Monday: the ofrenda set out on the table under the front awning for regulars who
    # died had its silver frames and a bottle of mezcal taken (no time said): theft, medium. The somebody a person; the
    # regulars dead, not annotated; "this morning" no time; out front is the Corner Cafe's.
    dict(written="This is the Corner Cafe. We set up a Day of the Dead ofrenda on the table out front under our awning for the regulars we lost this year, and when I came to open this morning somebody had taken the silver picture frames and the bottle of mezcal. The photos were just dumped on the sidewalk.",
         spoken="uh hi this is the corner cafe we set up a day of the dead ofrenda on the table out front under our awning for the regulars we lost this year and when i came to open this morning somebody had taken the silver picture frames and the bottle of mezcal the photos were just dumped on the side walk",
         at="2048-11-02 06:50", entities=[P(count="1")],
         places=[("landmark", "Corner Cafe")], category="theft", priority="medium"),
    # The hiring fair on the Wednesday: "About half an hour ago" in the crush somebody unzipped the caller's purse and
    # took her wallet; a woman kept bumping her from behind: theft, medium. The woman ("short", "purple coat"; "curly
    # red hair" no clothing) the one person (the somebody and the woman annotated once); "About half an hour ago" 30
    # minutes; the line is Northgate Mall's.
    dict(written="About half an hour ago, in the crush for the hiring fair at Northgate Mall, somebody unzipped my purse and took my wallet. I only noticed at the booth when they asked for my license, so now I can't even apply. A woman kept bumping into me from behind in line, short, curly red hair, purple coat.",
         spoken="about half an hour ago in the crush for the hiring fair at north gate mall somebody unzipped my purse and took my wallet i only noticed at the booth when they asked for my license so now i can't even apply a woman kept bumping into me from behind in line short curly red hair purple coat",
         at="2048-11-04 12:40", entities=[("ago", 30), P(count="1", sex="female", height="short", clothing=["purple coat"])],
         places=[("landmark", "Northgate Mall")], category="theft", priority="medium"),
    # The Thursday: the new heat pump condenser the installers left on a pallet in the driveway that morning is being
    # rolled up a ramp into a stranger's van "right now", seen on the doorbell camera from work: theft raised to high.
    # The man a person; "a white Ford Transit Connect" transit connect; "right now" now; "1166 Pine" the address.
    dict(written="The installers left our new heat pump unit on a pallet in the driveway at 1166 Pine this morning, and right now a guy in a white Ford Transit Connect is rolling it up a ramp into his van on a dolly. I'm at work watching him on the doorbell camera. That thing cost us eleven thousand dollars.",
         spoken="the installers left our new heat pump unit on a pallet in the drive way at eleven sixty six pine this morning and right now a guy in a white ford transit connect is rolling it up a ramp into his van on a dolly i'm at work watching him on the door bell camera that thing cost us eleven thousand dollars",
         at="2048-11-05 16:30", entities=[("now",), P(count="1", sex="male"), V(colour="white", make="ford", model="transit connect")],
         places=[("address", 1166, "Pine Street")], category="theft", priority="high"),
    # The Thursday evening before the hard freeze: "About 40 minutes ago" a man stopped a pickup at the caller's paddock
    # fence, climbed over and took the winter blankets off both the caller's horses: theft, medium (past the 15
    # minutes). The man a person; "a white pickup" pickup (a type word); the horses no persons; "toward Millbrook" the
    # way it went, no place of the event; "$300" and "18 degrees" no numbers of a place; behind "320 Old Mill Road"
    # relative to the address.
    dict(written="About 40 minutes ago a white pickup stopped at the paddock fence behind my place at 320 Old Mill Road, a guy hopped over, unbuckled the winter blankets off both my horses and drove off with them toward Millbrook. Those are $300 apiece and it's supposed to hit 18 degrees tonight. I was in the barn and couldn't get out in time.",
         spoken="um about forty minutes ago a white pick up stopped at the paddock fence behind my place at three twenty old mill road a guy hopped over unbuckled the winter blankets off both my horses and drove off with them toward millbrook those are three hundred dollars apiece and it's supposed to hit eighteen degrees tonight i was in the barn and couldn't get out in time",
         at="2048-11-04 18:40", entities=[("ago", 40), V(colour="white", type="pickup"), P(count="1", sex="male")],
         places=[("relative", ("address", 320, "Old Mill Road"))], category="theft", priority="medium"),
    # A web form on the Friday: "On Monday around 6:30 pm" (18:30 on that date) during the procession an e-bike was cut
    # off the rack outside the library: theft, days old, lowered to low. "my e-bike" ("black", "e-bike") bicycle (the
    # thing taken, a vehicle of the event, as the earlier sets' stolen bikes); no person said (the cutting told in the
    # passive); outside the library relative.
    dict(written="Web form: On Monday around 6:30 pm, while I was walking in the procession, my e-bike was cut off the rack outside the library. It's black with a yellow rear rack and a child seat, and I have the serial number on the receipt. I waited to see if it turned up. It hasn't.",
         spoken="web form on monday around six thirty p m while i was walking in the procession my e bike was cut off the rack outside the library it's black with a yellow rear rack and a child seat and i have the serial number on the receipt i waited to see if it turned up it hasn't",
         at="2048-11-06 10:20", entities=[("local", "2048-11-02 18:30"), V(colour="black", type="bicycle")],
         places=[("relative", ("landmark", "Oakford Public Library"))], category="theft", priority="low"),
    # The Sunday: a man prying the new bike-share e-bikes out of their dock at Central Station one after another and
    # rolling them into a box truck "right now": theft raised to high. The man ("yellow vest") a person; "a white box
    # truck" white truck (a type word); the e-bikes, the things taken, bicycle; "right now" now; the dock is Central
    # Station's.
    dict(written="There's a guy at the new bike-share dock at Central Station prying the e-bikes out of the stands with a long bar, one after another, and rolling them up a ramp into a white box truck right now. He's got a yellow vest on so people think he works for them, but the app says all six are still docked.",
         spoken="there's a guy at the new bike share dock at central station prying the e bikes out of the stands with a long bar one after another and rolling them up a ramp into a white box truck right now he's got a yellow vest on so people think he works for them but the app says all six are still docked",
         at="2048-11-08 11:45", entities=[P(count="1", sex="male", clothing=["yellow vest"]), V(type="bicycle"), V(colour="white", type="truck"), ("now",)],
         places=[("landmark", "Central Station")], category="theft", priority="high"),

    # ---------------------------------------------------------------- traffic
    # The procession on the Monday evening: a car turning onto 6th at Oak "just" drove into the drummers at the back of
    # the marchers, one pinned under a front wheel and not moving: a life at risk (critical). "White Kia Forte" forte;
    # "the drummers" (2+), the one pinned (a person of his own, "he" his own), "people" lifting (2+) and the driver ("a
    # teenage girl", female 13-19) persons; "just" now; "6th at Oak" the intersection.
    dict(written="A car turning onto 6th at Oak just drove right into the drummers at the back of the Day of the Dead procession! One of them is pinned under the front wheel and he isn't moving, people are heaving on the bumper. The driver's a teenage girl, she's out of the car screaming. White Kia Forte.",
         spoken="oh my god a car turning onto sixth at oak just drove right into the drummers at the back of the day of the dead procession one of them is pinned under the front wheel and he isn't moving people are heaving on the bumper the driver's a teenage girl she's out of the car screaming white kia forte",
         at="2048-11-02 18:40", entities=[("now",), P(count="2+"), P(count="1", sex="male"), P(count="2+"), P(count="1", sex="female", age="13-19"), V(colour="white", make="kia", model="forte")],
         places=[("intersection", "6th Street", "Oak Street")], category="traffic", priority="critical"),
    # The first Monday of early dark, the sun low in the west: a westbound SUV blinded by it "just" rear-ended a stopped
    # school bus on Main at 10th; a girl on the bus has a bleeding nose and the driver's head starred the windshield:
    # injuries (high). "a silver Hyundai Palisade" palisade going west ("westbound"); the school bus hit (a vehicle of
    # the event: "a stopped school bus" bus, "yellow" not said); "the kids" (2+), the girl (a person of her own, hurt,
    # with her own sex) and the driver persons; "just" now; "Main at 10th" the intersection.
    dict(written="A westbound SUV with the sun right in the driver's eyes just slammed into the back of a stopped school bus on Main at 10th. The kids on the bus are all crying and one girl's nose is pouring blood, and the SUV driver's head starred his windshield, he's holding it. Silver Hyundai Palisade.",
         spoken="a west bound s u v with the sun right in the driver's eyes just slammed into the back of a stopped school bus on maine at tenth the kids on the bus are all crying and one girl's nose is pouring blood and the s u v driver's head starred his wind shield he's holding it silver hyundai palisade",
         at="2048-11-02 16:05", entities=[V(colour="silver", make="hyundai", model="palisade", direction="west"), ("now",), V(type="bus"), P(count="2+"), P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("intersection", "Main Street", "10th Street")], category="traffic", priority="high"),
    # The Friday's snow squall: a woman on a rental e-scooter "just" slid out under the side of a turning city bus on
    # Elm at 9th, its back wheels over her foot: an injury (high). "a turning city bus" bus and "one of the rental
    # e-scooters" scooter (vehicles of the event); the woman and the bus driver persons; "just" now; "Elm at 9th" the
    # intersection.
    dict(written="The squall came in all at once and a woman on one of the rental e-scooters just slid out on Elm at 9th, right under the side of a turning city bus. The back wheels went over her foot, her sneaker's torn open and she's screaming. The bus driver stopped. You can't see across the street in this.",
         spoken="the squall came in all at once and a woman on one of the rental e scooters just slid out on elm at ninth right under the side of a turning city bus the back wheels went over her foot her sneaker's torn open and she's screaming the bus driver stopped you can't see across the street in this",
         at="2048-11-06 15:45", entities=[P(count="1", sex="female"), V(type="scooter"), ("now",), V(type="bus"), P(count="1")],
         places=[("intersection", "Elm Street", "9th Street")], category="traffic", priority="high"),
    # The frost morning: a driver with a little hole scraped in his frosted windshield "just" ran up over the curb at
    # Maple and 5th and is creeping on toward the school among walking children "right now": traffic raised to high
    # (children about; raises do not stack). The driver and "kids" (2+) persons; "Dark green minivan" green minivan
    # ("dark green" green); "right now" now; Lincoln Elementary the way he is going, no place of the event; "Maple and
    # 5th" the intersection.
    dict(written="There's a guy driving down Maple toward Lincoln Elementary with only a little hole scraped in the frost on his windshield. He just ran up over the curb at 5th and flattened a recycling bin, and right now he's creeping on toward the school with kids walking everywhere. Dark green minivan.",
         spoken="there's a guy driving down maple toward lincon elementary with only a little hole scraped in the frost on his wind shield he just ran up over the curb at fifth and flattened a recycling bin and right now he's creeping on toward the school with kids walking every where dark green mini van",
         at="2048-11-05 07:35", entities=[P(count="1", sex="male"), ("now",), P(count="2+"), V(colour="green", type="minivan")],
         places=[("intersection", "Maple Avenue", "5th Street")], category="traffic", priority="high"),
    # The Wednesday evening's wind: the shopping carts blowing out of FreshMart's corrals and rolling across 9th Street
    # into the traffic, cars swerving round them (no time said): a road hazard, traffic, medium (the present progressive
    # lifts only a low call). No persons (passing drivers, as holdout33's); "six or seven" no number of a place; the lot
    # is FreshMart's.
    dict(written="This wind is pulling the shopping carts right out of the corrals in the FreshMart lot and rolling them down the slope into 9th Street, there's six or seven out in the lanes and cars are jerking around them. One already bounced off a windshield. The store's closed so nobody's out there.",
         spoken="this wind is pulling the shopping carts right out of the corrals in the fresh mart lot and rolling them down the slope into ninth street there's six or seven out in the lanes and cars are jerking around them one already bounced off a wind shield the store's closed so nobody's out there",
         at="2048-11-04 21:05", entities=[],
         places=[("landmark", "FreshMart Supermarket")], category="traffic", priority="medium"),
    # The Friday morning: "About 25 minutes ago" a town plow truck, its blade just mounted for the season, swung wide at
    # Birch and 2nd and tore the mirror off the caller's parked car and kept going: traffic, medium (no one hurt). "a
    # town plow truck" truck (a type word in its description, as holdout33's plow trucks); its driver a person; the
    # caller's car no vehicle; "Truck number 14" no number of a place; "toward Oak" a street alone; "Birch onto 2nd" the
    # intersection.
    dict(written="About 25 minutes ago a town plow truck, with the new blade just bolted on for winter, swung wide turning off Birch onto 2nd and ripped the mirror off my parked car and gouged the whole side. The driver kept right on going toward Oak. Truck number 14 on the door.",
         spoken="about twenty five minutes ago a town plow truck with the new blade just bolted on for winter swung wide turning off burch onto second and ripped the mirror off my parked car and gouged the whole side the driver kept right on going toward oak truck number fourteen on the door",
         at="2048-11-06 09:30", entities=[("ago", 25), V(type="truck"), P(count="1")],
         places=[("intersection", "Birch Street", "2nd Street")], category="traffic", priority="medium"),
    # The Friday morning: "Yesterday around 4:50" (16:50 the day before, at dusk) an SUV backing out at Lincoln
    # Elementary's conference parking crumpled the front of the caller's parked car and drove off: a hit-and-run on a
    # parked car, traffic lowered to low (hours old). "a black Subaru Ascent" ascent with its partial plate ("7 7 3"
    # 773); its driver and the teacher who read the plate persons; the caller's car no vehicle; the lot is Lincoln
    # Elementary's.
    dict(written="Yesterday around 4:50, right at dark, a black Subaru Ascent backing out of a space at Lincoln Elementary after conferences crumpled the whole front corner of my parked car, and the driver just pulled away. One of the teachers caught the last of the plate, 7 7 3. My insurance company says they need a report from you first.",
         spoken="yesterday around four fifty right at dark a black subaru ascent backing out of a space at lincon elementary after conferences crumpled the whole front corner of my parked car and the driver just pulled away one of the teachers caught the last of the plate seven seven three my insurance company says they need a report from you first",
         at="2048-11-06 08:20", entities=[("local", "2048-11-05 16:50"), V(colour="black", make="subaru", model="ascent", plate="773"), P(count="1"), P(count="1")],
         places=[("landmark", "Lincoln Elementary School")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- drugs
    # The SAT morning: a senior moving between the cars in the Oakford High student lot selling "focus pills" to the
    # students waiting to go in; "right now" by the flagpole: selling to children (low to medium; recency, raises do not
    # stack). The senior ("white Oakford Lacrosse hoodie" -> "white hoodie"; "a senior" no age word), "the kids waiting"
    # (2+) and the daughter persons; "$10" no number of a place; "just came back" the telling, no time; the lot is
    # Oakford High's.
    dict(written="It's SAT morning at Oakford High and a senior is knocking on car windows in the student lot selling 'focus pills' to the kids waiting to go in, $10 a pill. My daughter just got back in our car and told me. He's by the flagpole right now in a white Oakford Lacrosse hoodie.",
         spoken="it's s a t morning at oakford high and a senior is knocking on car windows in the student lot selling focus pills to the kids waiting to go in ten dollars a pill my daughter just got back in our car and told me he's by the flag pole right now in a white oakford lacrosse hoodie",
         at="2048-11-07 07:35", entities=[P(count="1", sex="male", clothing=["white hoodie"]), P(count="2+"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Oakford High School")], category="drugs", priority="medium"),
    # Dispatch at dusk on the Wednesday: approx 1710 two men selling in the library's side lot by the book drop, one
    # keeping the stash in a chip bag and one taking cash from teenagers coming out: drugs raised to medium (a said time
    # within 15 minutes; teenagers about, raises do not stack). "2 M subjs" (2 male) and each described apart ("#1"
    # "orange beanie"; "#2" "tall", "grey hoodie") and "teens" (2+, 13-19) persons; "4 sales" no number of a place; the
    # side lot is the library's.
    dict(written="Drug complaint, library side lot by the book drop, approx 1710. RP (circulation desk) states 2 M subjs by the book drop, #1 keeping the stash in a chip bag in his jacket, #2 taking cash from teens coming out of the library. RP has watched 4 sales. Subjs still on scene. #1 orange beanie. #2 tall, grey hoodie.",
         spoken="drug complaint library side lot by the book drop approximately seventeen ten r p circulation desk states two male subjects by the book drop number one keeping the stash in a chip bag in his jacket number two taking cash from teens coming out of the library r p has watched four sales subjects still on scene number one orange beanie number two tall grey hoodie",
         at="2048-11-04 17:18", entities=[("local", "2048-11-04 17:10"), P(count="2", sex="male"), P(count="2+", age="13-19"), P(count="1", sex="male", clothing=["orange beanie"]), P(count="1", sex="male", height="tall", clothing=["grey hoodie"])],
         places=[("landmark", "Oakford Public Library")], category="drugs", priority="medium"),
    # Behind the Main Street Pharmacy on the Thursday: a man "has been" buying customers' prescriptions at the back door
    # as they come out and selling the pills on (no time said): a present progressive lifts low to medium. The man ("red
    # cap"; "grey ponytail" no clothing) and "people" (2+) persons; the back lot is the Main Street Pharmacy's.
    dict(written="I work the drive-up window at the Main Street Pharmacy. A man in our back lot has been stopping people as they come out with their prescriptions and buying the bottles off them for cash, and then he sells the pills to whoever pulls up to his car. He's out there again this afternoon. Grey ponytail, red cap.",
         spoken="i work the drive up window at the main street pharmacy a man in our back lot has been stopping people as they come out with their prescriptions and buying the bottles off them for cash and then he sells the pills to who ever pulls up to his car he's out there again this afternoon grey pony tail red cap",
         at="2048-11-05 15:10", entities=[P(count="1", sex="male", clothing=["red cap"]), P(count="2+")],
         places=[("landmark", "Main Street Pharmacy")], category="drugs", priority="medium"),
    # Sorting the Stuff the Bus donations at the food shelf on the Sunday: a cereal box held about 40 baggies of white
    # powder and a stack of twenties: a find, drugs, low. No persons (the donor unknown); "about 40" no number of a
    # place; the bus no vehicle; "180 Church Street" the food shelf's address.
    dict(written="We're sorting the Stuff the Bus donations at the food shelf at 180 Church Street, and one of the boxes of Cheerios had a bag inside with about 40 little baggies of white powder and a stack of twenties. No idea who gave it, it came off the bus with everything else. What do we do with it?",
         spoken="we're sorting the stuff the bus donations at the food shelf at one eighty church street and one of the boxes of cheerios had a bag inside with about forty little baggies of white powder and a stack of twenties no idea who gave it it came off the bus with every thing else what do we do with it",
         at="2048-11-08 16:20", entities=[],
         places=[("address", 180, "Church Street")], category="drugs", priority="low"),
    # Non-native, the Tuesday: the neighbour grows mushrooms in plastic tubs with a fog machine in his garage, and young
    # people come every Friday night and leave with small bags (a habit): drugs, low. The neighbour, "many young people"
    # (2+, "young" 18-29) and the son (his stated age not annotated) persons; "1033 Spruce" the neighbour's address.
    dict(written="Hello, is about my neighbor at 1033 Spruce. He grow the magic mushrooms in his garage, in plastic boxes with the machine for the white fog. Every Friday night many young people come, go inside ten minutes and leave with small bags. My son is 16 and he tell me this is what they buy.",
         spoken="hello is about my neighbor at ten thirty three spruse he grow the magic mushrooms in his garage in plastic boxes with the machine for the white fog every friday night many young people come go inside ten minutes and leave with small bags my son is sixteen and he tell me this is what they buy",
         at="2048-11-03 14:00", entities=[P(count="1", sex="male"), P(count="2+", age="18-29"), P(count="1", sex="male")],
         places=[("address", 1033, "Spruce Street")], category="drugs", priority="low"),
    # A web tip on the Thursday: "on Monday" (a weekday, no time) at the Day of the Dead supper a woman handed out pan
    # de muerto with THC in it to adults who asked; the caller's brother-in-law was high until 3: days old, drugs, low.
    # The woman and the brother-in-law persons; "until 3 am" no time; the dessert table is Maple Square's.
    dict(written="Web tip: At the Day of the Dead supper in Maple Square on Monday, a woman at the end of the dessert table was handing out 'special' pan de muerto to grown-ups who asked for it, the kind with THC baked in. My brother-in-law ate two and was on our couch seeing things until 3 am. Nobody warned him.",
         spoken="web tip at the day of the dead supper in maple square on monday a woman at the end of the dessert table was handing out special pan de muerto to grown ups who asked for it the kind with t h c baked in my brother in law ate two and was on our couch seeing things until three a m nobody warned him",
         at="2048-11-05 12:00", entities=[P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("landmark", "Maple Square")], category="drugs", priority="low"),

    # ---------------------------------------------------------------- vandalism
    # The Monday evening: two teenagers on bikes riding down Walnut throwing eggs at the windows of the houses with
    # ofrendas lit in them, the caller's "just" hit, doing the next family's "right now": vandalism raised to medium.
    # "Two teenagers" (2, 13-19), the Ortizes (a family named through a possessive, 2+) and "my kids" (2+) persons; "on
    # bikes" bicycle (one vehicle, as the earlier sets' bikes of the event); "just" and "right now" one now; "Walnut
    # between 3rd and 4th" the 300 block of Walnut.
    dict(written="Two teenagers on bikes are going slow down Walnut between 3rd and 4th throwing eggs at the front windows of every house that has an ofrenda lit up in it. They just got ours and they're doing the Ortizes' right now. The whole window's dripping and my kids are scared.",
         spoken="two teenagers on bikes are going slow down wall nut between third and fourth throwing eggs at the front windows of every house that has an ofrenda lit up in it they just got ours and they're doing the ortizes right now the whole window's dripping and my kids are scared",
         at="2048-11-02 20:50", entities=[P(count="2", age="13-19"), V(type="bicycle"), ("now",), P(count="2+"), P(count="2+")],
         places=[("block", 300, "Walnut Street")], category="vandalism", priority="medium"),
    # "It's 1:15" on the Saturday morning (01:15, said during the event): a man climbing the post of the bank's big
    # clock on Main, the glass face already smashed, bending the hands: vandalism raised to medium. The man ("yellow
    # raincoat") a person; "Main at 4th" the intersection.
    dict(written="It's 1:15 and there's a guy shinnying up the post of the big clock in front of the bank on Main at 4th. He already smashed the glass face with something and now he's hanging off it bending the hands around. Yellow raincoat. I think he's drunk.",
         spoken="it's one fifteen and there's a guy shimmying up the post of the big clock in front of the bank on maine at fourth he already smashed the glass face with something and now he's hanging off it bending the hands around yellow rain coat i think he's drunk",
         at="2048-11-07 01:17", entities=[("local", "2048-11-07 01:15"), P(count="1", sex="male", clothing=["yellow raincoat"])],
         places=[("intersection", "Main Street", "4th Street")], category="vandalism", priority="medium"),
    # The Sunday afternoon: two men rolling the park's dock sections, hauled out and stacked on the shore for the
    # winter, back down the boat ramp into the river "right now": vandalism raised to medium. "Two guys" (2 male)
    # persons; "right now" now; the boat ramp is Riverside Park's.
    dict(written="Two guys are dragging the dock sections the town just pulled out for the winter back down the boat ramp at Riverside Park and pushing them into the river right now. Two are already floating away downstream and they're cheering. Somebody's going to get hurt when those hit the bridge.",
         spoken="two guys are dragging the dock sections the town just pulled out for the winter back down the boat ramp at river side park and pushing them into the river right now two are already floating away down stream and they're cheering somebody's going to get hurt when those hit the bridge",
         at="2048-11-08 14:35", entities=[P(count="2", sex="male"), ("now",)],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="medium"),
    # The Tuesday morning: in the cemetery behind the Old Mill Brewery the candles and marigolds on the graves families
    # decorated for the Day of the Dead were kicked over and torn up and a word sprayed on a headstone (no time said): a
    # find, vandalism, low. The somebody a person; the grandmother dead, not annotated; "this morning" no time; behind
    # the brewery relative.
    dict(written="When I went to the cemetery behind the Old Mill Brewery this morning, somebody had kicked over the candles and torn up the marigolds on every grave our families decorated for Dia de los Muertos, and spray-painted a word on my grandmother's headstone that I won't repeat.",
         spoken="when i went to the cemetery behind the old mill brewery this morning somebody had kicked over the candles and torn up the marigolds on every grave our families decorated for dia de los muertos and spray painted a word on my grandmother's headstone that i won't repeat",
         at="2048-11-03 08:45", entities=[P(count="1")],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="vandalism", priority="low"),
    # The Grand Cinema's manager on the Saturday morning: "Last night" (23:00 the day before, ten hours on) somebody
    # forced the glass poster cases out front and drew mustaches and horns in marker on every face in the 90th-birthday
    # posters: vandalism, low. The somebody a person (the grandfather, who saved a poster long ago, no person of the
    # event); "90th" and "1958" no numbers of a place; the poster cases are the Grand Cinema's.
    dict(written="Grand Cinema, the manager. Last night somebody jimmied open the glass poster cases out front and drew mustaches and devil horns in black marker on every face in our 90th birthday posters, including the original 1958 one-sheet my grandfather saved. The locks are bent. I'd like it written up.",
         spoken="grand cinema the manager last night somebody jimmied open the glass poster cases out front and drew mustaches and devil horns in black marker on every face in our ninetieth birthday posters including the original nineteen fifty eight one sheet my grandfather saved the locks are bent i'd like it written up",
         at="2048-11-07 09:05", entities=[("local", "2048-11-06 23:00"), P(count="1")],
         places=[("landmark", "Grand Cinema")], category="vandalism", priority="low"),
    # A web form on the Saturday: "Yesterday afternoon" (14:00 the day before), in the squall, somebody broke the glass
    # globes of four of the old-style lamp posts along Church Street with a hammer: vandalism, low. The somebody (a
    # "him") and the neighbour who saw him persons; "four" and "1920s" no numbers of a place; "along Church Street" a
    # street alone and "the Historical Society" no place: no place.
    dict(written="Web form: Yesterday afternoon, right in the middle of the squall, somebody went along Church Street with a hammer and broke the glass globes on four of the old 1920s-style lamp posts. Our neighbor saw him from her window but thought he was a town worker. The Historical Society paid for those globes.",
         spoken="web form yesterday afternoon right in the middle of the squall somebody went along church street with a hammer and broke the glass globes on four of the old nineteen twenties style lamp posts our neighbor saw him from her window but thought he was a town worker the historical society paid for those globes",
         at="2048-11-07 08:10", entities=[("local", "2048-11-06 14:00"), P(count="1", sex="male"), P(count="1", sex="female")],
         places=[], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # The Saturday night: a van backed tight against the Stuff the Bus school bus in the FreshMart lot, lights off,
    # someone inside shining a phone light about "right now", the bus locked up at 8: raised to medium. "a dark blue
    # Ford Transit" blue transit ("dark blue" blue); the somebody inside and "The volunteers" (2+) persons; the school
    # bus no vehicle of the event; "at 8" when the bus was locked, no time; the lot is FreshMart's.
    dict(written="Right now there's a dark blue Ford Transit van backed up tight against the back door of the Stuff the Bus school bus in the FreshMart lot, dark, and whoever's in the van keeps waving a phone light around. The volunteers locked the bus up at 8 with all the food in it.",
         spoken="right now there's a dark blue ford transit van backed up tight against the back door of the stuff the bus school bus in the fresh mart lot dark and whoever's in the van keeps waving a phone light around the volunteers locked the bus up at eight with all the food in it",
         at="2048-11-07 23:10", entities=[("now",), V(colour="blue", make="ford", model="transit"), P(count="1"), P(count="2+")],
         places=[("landmark", "FreshMart Supermarket")], category="suspicious_vehicle", priority="medium"),
    # Dispatch on the antique show's Saturday: approx 1805 a grey cargo van with no front plate backed into a corner of
    # City Hall's rear lot since 1700, two occupants photographing the dealers carrying their cash boxes and cases out:
    # raised to medium (a said time within 15 minutes). "a grey cargo van" grey van; "2 occupants" (2) and "dealers"
    # (2+) persons; the RP (the show's manager) the caller; "since 1700" when it came, no time; the rear lot is City
    # Hall's.
    dict(written="Suspicious vehicle in the rear lot of City Hall, approx 1805. RP (antique show manager) states a grey cargo van with no front plate has been backed into the far corner since about 1700, 2 occupants photographing dealers as they carry cash boxes and cases out to their vehicles. Van has not moved.",
         spoken="suspicious vehicle in the rear lot of city hall approximately eighteen oh five r p antique show manager states a grey cargo van with no front plate has been backed into the far corner since about seventeen hundred two occupants photographing dealers as they carry cash boxes and cases out to their vehicles van has not moved",
         at="2048-11-07 18:12", entities=[("local", "2048-11-07 18:05"), V(colour="grey", type="van"), P(count="2"), P(count="2+")],
         places=[("landmark", "City Hall")], category="suspicious_vehicle", priority="medium"),
    # Since the clocks went back, every evening around 5 an SUV has sat in the gravel pull-off across from the caller's
    # house with its engine running and lights off, gone by 6 (a habit): low. "a silver Jeep Cherokee" cherokee; "around
    # 5" and "By 6" part of the habit; "four nights" no time; "across from our house at 1190 Spruce" relative to the
    # address.
    dict(written="Ever since the clocks went back, every evening when I get home around 5 there's a silver Jeep Cherokee sitting in the gravel pull-off across from our house at 1190 Spruce, engine running, lights off. By 6 it's gone. Four nights now. I can't see who's in it.",
         spoken="ever since the clocks went back every evening when i get home around five there's a silver jeep cherokee sitting in the gravel pull off across from our house at eleven ninety spruse engine running lights off by six it's gone four nights now i can't see who's in it",
         at="2048-11-05 18:30", entities=[V(colour="silver", make="jeep", model="cherokee")],
         places=[("relative", ("address", 1190, "Spruce Street"))], category="suspicious_vehicle", priority="low"),
    # An abandoned car across a hydrant on Oak since Election Day, a tyre flat, a ticket on the windshield and a
    # sleeping bag in the back: low. "a tan Chevy Impala" impala; "since Election Day" no time; "in front of 705 Oak"
    # relative to the address.
    dict(written="A tan Chevy Impala has sat across the hydrant in front of 705 Oak ever since Election Day. One front tire's gone flat, there's a parking ticket flapping under the wiper, and a sleeping bag is balled up in the back. It doesn't belong to anybody on this block.",
         spoken="yeah hi a tan chevy impala has sat across the hydrant in front of seven oh five oak ever since election day one front tire's gone flat there's a parking ticket flapping under the wiper and a sleeping bag is balled up in the back it doesn't belong to anybody on this block",
         at="2048-11-06 13:15", entities=[V(colour="tan", make="chevrolet", model="impala")],
         places=[("relative", ("address", 705, "Oak Street"))], category="suspicious_vehicle", priority="low"),
    # The Thursday morning: "Last night around 8" (20:00 the day before) a small pickup with a magnetic sign crept along
    # a block of Elm stopping at every house with its porch light off, the passenger walking up to the side doors: low
    # (hours old). "a grey Ford Maverick" maverick; the passenger a person; "Elm between 9th and 10th" the 900 block of
    # Elm.
    dict(written="Last night around 8 a grey Ford Maverick with a 'gutter cleaning' magnet on the door crept down Elm between 9th and 10th and stopped in front of every house that had its porch light off, and the passenger got out and walked up to the side doors. It did the whole block twice before it left.",
         spoken="last night around eight a grey ford maverick with a gutter cleaning magnet on the door crept down elm between ninth and tenth and stopped in front of every house that had its porch light off and the passenger got out and walked up to the side doors it did the whole block twice before it left",
         at="2048-11-05 09:00", entities=[("local", "2048-11-04 20:00"), V(colour="grey", make="ford", model="maverick"), P(count="1")],
         places=[("block", 900, "Elm Street")], category="suspicious_vehicle", priority="low"),
    # A web form on the Tuesday: "Yesterday afternoon" (14:00 the day before) a car sat two hours outside the caller's
    # mother's house with a woman in it on her phone, who drove off when asked: low (hours old). "a black Tesla" tesla
    # (a make, no model); the woman and the mother (her stated age not annotated) persons; "outside my mother's house at
    # 1134 Willow" relative to the address.
    dict(written="Web form: Yesterday afternoon a black Tesla sat outside my mother's house at 1134 Willow for about two hours with a woman in it talking on her phone. My mother is 90 and lives alone. When I went out to ask, the woman drove off without a word. I'd like it noted in case it's tied to the scam calls she's been getting.",
         spoken="web form yesterday afternoon a black tesla sat outside my mother's house at eleven thirty four willo for about two hours with a woman in it talking on her phone my mother is ninety and lives alone when i went out to ask the woman drove off without a word i'd like it noted in case it's tied to the scam calls she's been getting",
         at="2048-11-03 08:30", entities=[("local", "2048-11-02 14:00"), V(colour="black", make="tesla"), P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("relative", ("address", 1134, "Willow Street"))], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # The Day of the Dead supper in Maple Square: a man in a skull mask "just" told the caller's 7-year-old the band
    # needed a kid to carry its banner and started walking her off by the hand toward Pine; she pulled away: child
    # luring (high). The man ("Tall" tall, "long black coat" -> "black coat"; the mask no clothing) and the daughter
    # (her stated age not annotated) persons; "just" now; "toward Pine" a street alone.
    dict(written="At the supper in Maple Square a man in a skull mask just told my 7-year-old the band needed a kid to carry their banner and started walking her by the hand toward Pine, away from everybody. She pulled loose and ran back to our table crying. He's gone into the crowd by the food tent. Tall, long black coat.",
         spoken="at the supper in maple square a man in a skull mask just told my seven year old the band needed a kid to carry their banner and started walking her by the hand toward pine away from every body she pulled loose and ran back to our table crying he's gone into the crowd by the food tent tall long black coat",
         at="2048-11-02 19:00", entities=[P(count="1", sex="male", height="tall", clothing=["black coat"]), ("now",), P(count="1", sex="female")],
         places=[("landmark", "Maple Square")], category="suspicious_person", priority="high"),
    # The Thursday after the first freeze: a man working a block of Oak offering to winterize outdoor faucets for $50
    # cash, who "has been walking around" to the backyards where nobody answers: a present progressive lifts low to
    # medium. The man ("orange vest"; "no truck" no vehicle) and the neighbours ("My neighbors", 2+) persons; "$50" no
    # number of a place; "Oak between 8th and 9th" the 800 block of Oak.
    dict(written="A man's working his way along Oak between 8th and 9th offering to 'winterize your outside faucets' for $50 cash, and where nobody answers he has been walking around to the backyards and trying the back doors. My neighbors saw him do it at two houses. No truck, no tools, orange vest.",
         spoken="uh a man's working his way along oak between eighth and ninth offering to winterize your outside faucets for fifty dollars cash and where nobody answers he has been walking around to the back yards and trying the back doors my neighbors saw him do it at two houses no truck no tools orange vest",
         at="2048-11-05 10:40", entities=[P(count="1", sex="male", clothing=["orange vest"]), P(count="2+")],
         places=[("block", 800, "Oak Street")], category="suspicious_person", priority="medium"),
    # The hiring fair's afternoon: a woman at a folding table in the Northgate Mall lot "who's been stopping" people
    # leaving the fair to take their Social Security numbers and a $40 "background check fee": a present progressive
    # lifts low to medium (a fake recruiter, as holdout33's fake heating survey, a suspicious person). The woman ("red
    # puffer vest" -> "red vest"; "Blond" no clothing) and "people" (2+) persons; "$40" no number of a place; the lot is
    # Northgate Mall's.
    dict(written="There's a woman in the Northgate Mall lot with a folding table and a 'Holiday Jobs Hiring Today' sign who's been stopping people coming out of the hiring fair and taking down their Social Security numbers and a $40 'background check fee' in cash. Mall management says she's nothing to do with them. Blond, red puffer vest.",
         spoken="there's a woman in the north gate mall lot with a folding table and a holiday jobs hiring today sign who's been stopping people coming out of the hiring fair and taking down their social security numbers and a forty dollar background check fee in cash mall management says she's nothing to do with them blond red puffer vest",
         at="2048-11-04 15:20", entities=[P(count="1", sex="female", clothing=["red vest"]), P(count="2+")],
         places=[("landmark", "Northgate Mall")], category="suspicious_person", priority="medium"),
    # "It's 3:20 in the morning" (03:20, said during the event) on the Friday: a man ringing every apartment's buzzer at
    # 1109 Maple and stepping back to see which windows light up, twice now: raised to medium. The man ("Tall" tall;
    # "hood up" no clothing) a person; "1109 Maple" the building's address.
    dict(written="It's 3:20 in the morning and somebody keeps ringing the buzzers for every apartment in our building at 1109 Maple, then stepping back onto the sidewalk to watch which windows light up. That's twice now. Tall guy, hood up. Nobody's letting him in.",
         spoken="it's three twenty in the morning and somebody keeps ringing the buzzers for every apartment in our building at eleven oh nine maple then stepping back onto the side walk to watch which windows light up that's twice now tall guy hood up nobody's letting him in",
         at="2048-11-06 03:22", entities=[("local", "2048-11-06 03:20"), P(count="1", sex="male", height="tall")],
         places=[("address", 1109, "Maple Avenue")], category="suspicious_person", priority="medium"),
    # The frost morning: a man "keeps walking up" to the cars left running to defrost along a block of Pine and looking
    # in their windows (no time said): a present progressive lifts low to medium. The man ("grey sweatpants", "black
    # backpack") a person; the warming cars no vehicles of the event; "Pine between 2nd and 3rd" the 200 block of Pine.
    dict(written="Half the cars on Pine between 2nd and 3rd are sitting out front running with the defrost on, and a man keeps walking up to each one, cupping his hands on the driver's window and looking in, then moving on to the next. Nobody's out with their cars yet. Grey sweatpants, black backpack.",
         spoken="half the cars on pine between second and third are sitting out front running with the de frost on and a man keeps walking up to each one cupping his hands on the driver's window and looking in then moving on to the next nobody's out with their cars yet grey sweat pants black back pack",
         at="2048-11-05 07:10", entities=[P(count="1", sex="male", clothing=["grey sweatpants", "black backpack"])],
         places=[("block", 200, "Pine Street")], category="suspicious_person", priority="medium"),
    # The Corner Cafe's opener on the Friday: every morning this week around 5:30 the same man is already on the back
    # steps and trails the opener to the car when the trash goes out (a habit): low. The man ("Tall" tall, "brown canvas
    # coat" -> "brown coat") a person; "around 5:30" part of the habit; the back steps are the Corner Cafe's.
    dict(written="I open the Corner Cafe. All week, at about 5:30 in the morning, the same man has already been sitting on our back steps when I pull in, and when I take the trash out he trails me to my car, a few steps behind, without a word. He's gone by the time we open. Tall, brown canvas coat.",
         spoken="i open the corner cafe all week at about five thirty in the morning the same man has already been sitting on our back steps when i pull in and when i take the trash out he trails me to my car a few steps behind without a word he's gone by the time we open tall brown canvas coat",
         at="2048-11-06 08:15", entities=[P(count="1", sex="male", height="tall", clothing=["brown coat"])],
         places=[("landmark", "Corner Cafe")], category="suspicious_person", priority="low"),
    # The Saturday morning: "Yesterday around 5" (17:00 the day before, just after dark) a man came down the side of the
    # house and shone a flashlight into the back windows one after another, then said he was reading the gas meter and
    # left fast: low (hours old). The man ("Heavy" heavy, "camo hat") a person; "toward 11th" a street alone; "1041
    # Chestnut" the address.
    dict(written="Yesterday around 5, just after it got dark, a man came down the side of our house at 1041 Chestnut and shined a flashlight in our back windows, one after another. I knocked on the glass and he said he was reading the gas meter, but the meter's on the other side, and he left fast toward 11th. Heavy, camo hat.",
         spoken="yesterday around five just after it got dark a man came down the side of our house at ten forty one chesnut and shined a flashlight in our back windows one after another i knocked on the glass and he said he was reading the gas meter but the meter's on the other side and he left fast toward eleventh heavy camo hat",
         at="2048-11-07 09:30", entities=[("local", "2048-11-06 17:00"), P(count="1", sex="male", build="heavy", clothing=["camo hat"])],
         places=[("address", 1041, "Chestnut Street")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- disturbance
    # The Grand Cinema's box office on its 90th birthday: two men who bought a stack of the 50-cent tickets are selling
    # them for $20 along the line "right now", people shoving and screaming at them: raised to medium. "Two guys" (2
    # male) and "the people" (2+) persons; "right now" now; "since 4" when the waiting began, no time; "50-cent" and
    # "$20" no numbers of a place; the line outside is the Grand Cinema's.
    dict(written="Grand Cinema box office. Two guys bought a stack of the 50-cent birthday tickets before we put a limit on, and right now they're working the line outside selling them for $20 apiece. The people who've waited since 4 are screaming at them and starting to shove. Somebody's going to get hurt out there.",
         spoken="grand cinema box office two guys bought a stack of the fifty cent birthday tickets before we put a limit on and right now they're working the line outside selling them for twenty dollars apiece the people who've waited since four are screaming at them and starting to shove somebody's going to get hurt out there",
         at="2048-11-06 18:50", entities=[P(count="2", sex="male"), ("now",), P(count="2+")],
         places=[("landmark", "Grand Cinema")], category="disturbance", priority="medium"),
    # The Thursday evening: a man who took a young woman's keys is holding her car door shut in the lot behind the
    # apartments at 820 Elm, screaming she will not leave him alive: a woman in danger (high). The man ("Big guy" heavy,
    # "grey hoodie") and the woman ("a young woman" 18-29) persons; "820 Elm" the address.
    dict(written="Out in the lot behind the apartments at 820 Elm a man snatched a young woman's car keys and he's leaning on her driver's door so she can't get out, screaming that she's not leaving him alive. She's in there crying and pressing on the horn. Big guy, grey hoodie.",
         spoken="out in the lot behind the apartments at eight twenty elm a man snatched a young woman's car keys and he's leaning on her driver's door so she can't get out screaming that she's not leaving him alive she's in there crying and pressing on the horn big guy grey hoodie",
         at="2048-11-05 19:25", entities=[P(count="1", sex="male", build="heavy", clothing=["grey hoodie"]), P(count="1", sex="female", age="18-29")],
         places=[("address", 820, "Elm Street")], category="disturbance", priority="high"),
    # "It's 1:20 in the morning" (01:20, said during the event) after the Mustache Bash: about eight men walking down a
    # block of Walnut singing and banging on every car hood, setting off alarms, one dancing on a car: raised to medium.
    # "about eight guys" (3+ male) persons (the one on a car no attributes of his own); "Walnut between 2nd and 3rd" the
    # 200 block of Walnut.
    dict(written="It's 1:20 in the morning and about eight guys with fake mustaches from the brewery party are walking down Walnut between 2nd and 3rd singing at the top of their lungs and banging on every car hood they pass, so the alarms keep going off. One of them climbed up and is dancing on the roof of a car.",
         spoken="it's one twenty in the morning and about eight guys with fake mustaches from the brewery party are walking down wall nut between second and third singing at the top of their lungs and banging on every car hood they pass so the alarms keep going off one of them climbed up and is dancing on the roof of a car",
         at="2048-11-07 01:22", entities=[("local", "2048-11-07 01:20"), P(count="3+", sex="male")],
         places=[("block", 200, "Walnut Street")], category="disturbance", priority="medium"),
    # Every night this week the new owners at 1010 Oak split firewood with a gas log splitter in the driveway under
    # floodlights until about 11 (a habit, the simple present): disturbance, low. "the new owners" (2+) persons; "until
    # about 11" part of the habit; "1010 Oak" their address.
    dict(written="Not an emergency. Every night this week the new owners at 1010 Oak run a gas log splitter in their driveway under floodlights until about 11, the engine roaring and the wood cracking right under our kids' bedroom windows. I went over once and they laughed. What are the town's quiet hours?",
         spoken="not an emergency every night this week the new owners at ten ten oak run a gas log splitter in their drive way under flood lights until about eleven the engine roaring and the wood cracking right under our kids bedroom windows i went over once and they laughed what are the town's quiet hours",
         at="2048-11-05 08:40", entities=[P(count="2+")],
         places=[("address", 1010, "Oak Street")], category="disturbance", priority="low"),
    # The Saturday morning: "From about 10 until almost 1 last night" (a span, over) the Grand Cinema's birthday party
    # had a swing band in the lot behind it, the horns through the caller's windows: disturbance, low. "a swing band"
    # (2+) persons; "last night" inside the span, no time; the lot behind the Grand Cinema relative.
    dict(written="From about 10 until almost 1 last night the Grand Cinema had a swing band blasting in the lot behind it for their birthday party, and the horns came straight through our bedroom windows on Walnut. I know it's a big anniversary, but did they have a permit for that?",
         spoken="from about ten until almost one last night the grand cinema had a swing band blasting in the lot behind it for their birthday party and the horns came straight through our bed room windows on wall nut i know it's a big anniversary but did they have a permit for that",
         at="2048-11-07 10:30", entities=[P(count="2+")],
         places=[("relative", ("landmark", "Grand Cinema"))], category="disturbance", priority="low"),
    # Fill the Boot at Main and 3rd: a driver stopped in the middle of the intersection leaning on his horn and
    # screaming at the firefighters, "now" out of his truck chest to chest with one: raised to medium. The driver and
    # "the firefighters" (2+) persons (the one he faces no attributes of his own); "a grey Ram 1500" 1500; "now" of a
    # person of the event; "to the bank" no place; "Main at 3rd" the intersection.
    dict(written="A guy in a grey Ram 1500 is stopped in the middle of Main at 3rd leaning on his horn and screaming at the firefighters doing Fill the Boot that they're blocking traffic, and now he's out of the truck chest to chest with one of them. Cars are backed up past the bank.",
         spoken="a guy in a grey ram fifteen hundred is stopped in the middle of maine at third leaning on his horn and screaming at the firefighters doing fill the boot that they're blocking traffic and now he's out of the truck chest to chest with one of them cars are backed up past the bank",
         at="2048-11-07 13:30", entities=[V(colour="grey", make="ram", model="1500"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("intersection", "Main Street", "3rd Street")], category="disturbance", priority="medium"),

    # ---------------------------------------------------------------- other
    # The Headlamp 5K at dusk on the Saturday: a runner went off the river trail into the river by the old boat launch,
    # his headlamp bobbing away in the current, calling out and going quiet: a rescue (other, critical). The runner a
    # person; "the Route 9 bridge" where he is carried, a street's name alone, no place; the river trail is Riverside
    # Park's.
    dict(written="Headlamp 5K, we need a rescue! A runner went off the edge of the river trail in the dark by the old boat launch and he's in the river. I can see his headlamp bobbing out in the current heading for the Route 9 bridge. He's yelling and then going quiet. We're running along the bank with him.",
         spoken="head lamp five k we need a rescue a runner went off the edge of the river trail in the dark by the old boat launch and he's in the river i can see his head lamp bobbing out in the current heading for the route nine bridge he's yelling and then going quiet we're running along the bank with him",
         at="2048-11-07 18:05", entities=[P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="other", priority="critical"),
    # The Sunday evening: a 14-year-old left a note that he is going to meet a man from a game chat who is "giving him a
    # job", and his phone's location shows him on the Central Station platform "right now" for the 6:10 to Boston: an
    # endangered missing child (other, high; "other" is not lifted for recency). The son ("red Oakford Soccer jacket" ->
    # "red jacket"; his stated age not annotated) and the man from the chat persons; "right now" now; "the 6:10 to
    # Boston" a train named by its time; the platform is Central Station's.
    dict(written="My son is 14 and he left a note that he's going to meet a guy from his game chat who's 'giving him a job,' and his phone location shows him at Central Station right now, out on the platform for the 6:10 to Boston. He won't pick up. We've never met this man. He's in his red Oakford Soccer jacket.",
         spoken="my son is fourteen and he left a note that he's going to meet a guy from his game chat who's giving him a job and his phone location shows him at central station right now out on the platform for the six ten to boston he won't pick up we've never met this man he's in his red oakford soccer jacket",
         at="2048-11-08 17:58", entities=[P(count="1", sex="male", clothing=["red jacket"]), P(count="1", sex="male"), ("now",)],
         places=[("landmark", "Central Station")], category="other", priority="high"),
    # The Wednesday evening's wind: the plastic wrap on the scaffolding across the new apartments at 1045 Main torn
    # loose and sailing into the street, the scaffold's top section swaying out over the bus stop where people wait: a
    # hazard over people (other, medium). "people" (2+) persons; "1045 Main" the address.
    dict(written="The plastic wrap on the scaffolding across the front of the new apartments at 1045 Main has torn loose in this wind, whole sheets of it are sailing out into the street, and the top section of the scaffold is swaying out over the bus stop. There's people standing right under it waiting for the 8 o'clock bus.",
         spoken="the plastic wrap on the scaffolding across the front of the new apartments at ten forty five maine has torn loose in this wind whole sheets of it are sailing out into the street and the top section of the scaffold is swaying out over the bus stop there's people standing right under it waiting for the eight o'clock bus",
         at="2048-11-04 19:40", entities=[P(count="2+")],
         places=[("address", 1045, "Main Street")], category="other", priority="medium"),
    # The Saturday afternoon: the drained Community Pool's gate standing open and little children from the playground
    # running in to look over the 12-foot deep end: a hazard over people (other, medium). "Little kids" and "Their
    # parents" (2+ each) persons; "12 foot" no number of a place; the gate and the deep end are the Community Pool's.
    dict(written="The gate to the Community Pool is standing wide open, and they drained it for the winter. Little kids from the playground next door keep running in to look over the edge of the deep end, it's a 12 foot drop onto concrete. Their parents are on the benches looking at their phones. Can somebody come lock it?",
         spoken="the gate to the community pool is standing wide open and they drained it for the winter little kids from the play ground next door keep running in to look over the edge of the deep end it's a twelve foot drop onto concrete their parents are on the benches looking at their phones can somebody come lock it",
         at="2048-11-07 15:00", entities=[P(count="2+"), P(count="2+")],
         places=[("landmark", "Community Pool")], category="other", priority="medium"),
    # A question on the Friday: does the Stuff the Bus drive at FreshMart take coats and blankets as well as food, and
    # does anybody ride with the bus to the food shelf: other, low. No persons; "this weekend" no time; FreshMart (where
    # the drive is) the place.
    dict(written="Quick question, nothing's wrong. Is the Stuff the Bus at FreshMart this weekend only taking food, or can I bring winter coats and blankets too? And does somebody actually ride along with the bus over to the food shelf, or do we just leave things by it?",
         spoken="quick question nothing's wrong is the stuff the bus at fresh mart this weekend only taking food or can i bring winter coats and blankets too and does somebody actually ride along with the bus over to the food shelf or do we just leave things by it",
         at="2048-11-06 12:30", entities=[],
         places=[("landmark", "FreshMart Supermarket")], category="other", priority="low"),
    # A text message posing as the town's water and sewer department, saying the water will be shut off at 9 tonight
    # unless $89 is paid through a link: a scam (other, low). No persons; "at 9 tonight" no time; "$89" no number of a
    # place; no place.
    dict(written="I got a text saying it's from Oakford Water and Sewer, that my account is past due and my water gets shut off at 9 tonight unless I pay $89 through their link. I'm on autopay and they've never texted me before. Is this real or is it a scam?",
         spoken="um i got a text saying it's from oakford water and sewer that my account is past due and my water gets shut off at nine tonight unless i pay eighty nine dollars through their link i'm on autopay and they've never texted me before is this real or is it a scam",
         at="2048-11-04 19:10", entities=[],
         places=[], category="other", priority="low"),
]

"""A thirty-seventh hand-written set (90 tips), holdout36, a blind set written after holdout35, written blind: its
author read only the corpus README (its conventions; its table also carries the earlier sets' published scores, read
there and nowhere else, none of them about this set), config/demo/README.md, town.py and make_corpus.py in full (the
record format, the geometry and place truth helpers and hand_place, the priority helper `adjust` and `still_happening`,
the base priorities, hand_records and how main() serialises its files), the docstrings of holdout34.py and holdout35.py
in full and every tip of holdout35.py (for the label conventions and the comment style, and the convention that an event
said to have "just" happened is labelled now), the opening of hand.py (its docstring, P, V and W and its first tips),
and the "set in" / "It is set in" phrases of the docstrings of every holdout and train set (found by a regular
expression over the docstrings, which printed each phrase with the words after it up to its sentence's end or a hundred-
odd characters, to pick an unused week). The written text and labels of every earlier tip in hand.py, holdouts 1-35 and
train1-6 (4,164 tips) were gathered into one list by importing the modules, counted by label value (the days, months and
years of their "at" times, to find the emptiest week of the year and an unused year; categories and priorities of
holdouts 34 and 35; person counts, sexes, ages, heights, builds and clothing words; vehicle types, makes, models and
colours, and whether any bicycle carries a make; weapon types; directions) and searched by keyword before and after each
situation was drafted (pumpkins and regattas, jack-o'-lanterns, scarecrows, cornstalks, hay wagons and hayrides, haunted
houses and trails, scare actors, costumes, Grim Reapers, clowns, strobes and seizures, fog machines, zombies, bites,
moose, deer, leaf peepers, tour buses and coaches, pull-offs and overlooks, orchards, cider and donut fryers, ladders,
yellow jackets and stings, mushrooms, asthma and inhalers, choking, throats, blood thinners, flu shots and clinics, the
Take Back Day, pills bought for cash, drop boxes, Xanax and Percocet, vapes, fanny packs, candidates, forums and
debates, ballots, polls and pollsters, surveys, campaign signs and offices, the World Series, Senior Night, bleachers,
ankle holsters, guns in backpacks, compound bows and arrows, axes, belts, head-butts, poker and card games, carjackings,
ATMs, cameras torn from necks, "take our picture", raffles and 50/50s, trail cameras, kayaks and canoes, mums, bike
makes, flaggers, roundabouts, trenches and excavators, dump trucks, jackhammers, manholes, wrong-way drivers,
motorcycles on leaves, rollovers, school buses in ditches and on fire, trees down across roads, e-bike batteries,
dumpsters, dryers, curtains and stages, bonfires and fire pits, catalytic converters and leaf piles, chainsaws, leaf
blowers, house numbers written down, florists, mailboxes, playground swings, ballots collected at doors, dogs in hot
cars and the like). The module make_corpus.py was imported too, to resolve every place label through hand_records and
`intersections`, and to run `still_happening` over the drafts (its main() never run). It never opened the extractor's
source, its tests, examples or benches, nor the gateway, telephony, ASR, vision, ONNX or fuzz code, the tests, scripts
or .ci directories, nor the repository README, nor any .jsonl file (a listing of correlate/corpus showed their names,
nothing more; this set's own records were checked in memory and never written), nor ran git, cargo, the extractor,
`tipline` or any evaluation, nor saw any score or miss list of this set; its scratch scripts lived outside the
repository (in a scratch directory of its own), and Python was always run with PYTHONDONTWRITEBYTECODE=1 (a `find` for
__pycache__ under correlate at the end found none). A `find` for files newer than the brief, run at the end to confirm
that nothing but this file had been written in the repository, also printed the names of four files outside the corpus
changed meanwhile by others (three under correlate/src and one example), their names only, nothing opened. Beyond the
brief it listed the folder of its brief and correlate/corpus (names only), and ran one small script of its own to work out the
moon's phases for October 2042 (no network, no package). It is meant as an honest estimate for phrasing the extractor
has never seen.

It is set in Sunday 19 to Saturday 25 October 2042, late October, the emptiest week of the calendar that no set has used
as its week: only 11 earlier tips fall on 19-25 October (train4, train5 and train6 spreading 4, 3 and 4 over their
years), fewer than on any other seven days once holdout35's 2-8 November is counted (18-24 October has 12, 17-23 October
13, 9-15 and 11-17 July 14), and it sits in the gap between holdout21's week of 8-14 October 2029 and holdout11's
Halloween week (26 October - 1 November 2026). No set is in 2042 (nor 2045 or 2047); 19 October 2042 is a Sunday, so the
week runs Sunday to Saturday (as holdouts 18 and 19 ran Tuesday to Monday), and 2042 is a midterm year, the election on
Tuesday 4 November. The town's week: the Sunday is the last weekend of peak foliage, mild and sunny, with leaf peepers'
tour coaches on Old Mill Road and at Maple Square, pick-your-own and cider donuts at Hillcrest Orchard (60 Old Mill
Road, out west past the brewery), and the Giant Pumpkin Regatta on the river at Riverside Park at 1 (growers paddling
hollowed-out 900-pound pumpkins from the boat ramp to finish buoys above the footbridge); the Monday Public Works starts
building a roundabout at Kingsley and 6th, with flaggers, a detour and some night work; the Tuesday brings a cold,
wind-driven rain all day that strips the leaves, floods the storm drains and brings down limbs and an oak that night;
the Wednesday has a drive-through flu shot clinic for seniors in City Hall's rear lot in the morning and the candidates'
forum for the November election in the library's community room at 7; the Thursday dawns clear and frosty and the
Rotary's Haunted Trail opens in Riverside Park (Thursday to Saturday, 6 to 10, with a graveyard scene, a strobe tunnel
and scare actors), and the scarecrow contest stands in Maple Square; the Friday is a warm Indian-summer day near 75,
with Oakford High's Senior Night football game against Cold River and the World Series on the big screen at the Old Mill
Brewery; the Saturday is the national Prescription Drug Take Back Day at the police station (10 to 2), Make a Difference
Day with volunteers raking old people's yards, a costume swap at the library and the Zombie Crawl along Main from 7. All
week the first-quarter moon sets before midnight, sunrise is after 7 so children wait for school buses in the dark, it
is bow season and the deer rut, campaign signs stand in the yards, cornstalks are tied round the lamp posts on Main, and
Fright Depot, a pop-up Halloween store, fills an empty store in Northgate Mall.

New situations: a farmer's shotgun on a tour coach's passengers in his field, a knife on a scare actor in a werewolf
suit at the Haunted Trail, a pistol in an ankle holster shown in the Senior Night bleachers, an arrow on the string of a
compound bow between houses past a school bus stop in the dark, a long knife gripped at the candidates' forum (a web
form two days on), a rifle from a grower's truck at the pumpkin regatta, shots into the air at the Zombie Crawl; a porch
scarecrow lit by a jack-o'-lantern with a 94-year-old inside, the cornstalks on Main's lamp posts, a fallen wire burning
a hedge in the storm, the orchard's cider donut kettle, Halloween porch lights melting a plastic skeleton the night
before, a portable toilet burning into a maple at the roundabout job; a regatta paddler's cold hands, an older man
fainting at the wheel at the flu clinic, a picker's broken hip off an orchard ladder, a fan over the back rail of the
bleachers, a flu shot arm the next morning, a seizure in the Haunted Trail's strobe tunnel, a heart attack at a Make a
Difference yard; keys and a wallet taken from a rental car at the River Road pull-off, costumes taken from Fright Depot
with pepper spray, a widow's bag of her husband's pills torn away in the Take Back Day line, a shotgun robbery of a
basement card game after the World Series game, a bike pushed from under a boy on the footbridge at the regatta (a web
form), an election canvasser's tablet taken and her push down the steps (non-native); a real bite at the Zombie Crawl, a
school board candidate shoved down the library steps, a brother's punch (a 14-year-old's text), a boy kicked in the head
in the student lot after the game, a flagger punched at the roundabout, an umbrella at the flu clinic, a can of soup
thrown at a cashier; a doorbell camera during the Haunted Trail, a campaign office's laptops, an aunt's house while she
was in St. Mary's, the orchard's cider barn, a bathroom window next door (non-native), a hunter's garage; a Make a
Difference crew's leaf blowers, a 912-pound pumpkin off its trailer, prescriptions lifted from a pharmacy's will-call
bin, masks and a fog machine from Fright Depot, a kayak during the regatta (a web form with a date), potted mums and a
hay bale, a car rifled during the game; drivers going round a half-built roundabout the wrong way, a tour bus parked in
a lane over a crest, a giant pumpkin off a farm truck and a car into the guardrail, an oak across Willow, a boy hit in a
crosswalk in the dark, a camper's hit-and-run on a mailbox, a zombie under a pickup; cash offered for pills at Take Back
Day, molly in a bar's bathroom line, vape carts sold at a dark bus stop, a needle in the Haunted Trail's coffin, a
father's find of his son's texts, a car dealing in the FreshMart lot (dispatch, a NATO plate); the scarecrow contest
beheaded, "Yes on the School Budget" signs slashed, sugar in the excavator's tank, the Haunted Trail's headstones
stomped, a golf club on mirrors, a tour coach's tyres slashed; a van watching the Haunted Trail line, a Subaru trailing
a school bus route, a Tahoe photographing the Take Back Day line (dispatch), a pickup idling at a candidate's house, a
Jeep creeping along campaign signs at 2 am, a "Storm Cleanup" pickup shining a light on roofs; a man in a reflective
vest asking children their names in the dark, a fake volunteer in an old woman's bedroom, a fake election volunteer
photographing licenses, a flashlight in the orchard rows, a Grim Reaper leading a girl toward the woods, a man from "the
town clerk's office" collecting an old woman's mail-in ballot; fans fighting in the brewery lot, a man threatening to
kill his girlfriend through her door, the Haunted Trail's recorded screams, a shouting match at the forum, night
jackhammering, a short-term rental's regatta party, a homeowner screaming at teenage volunteers; a regatta paddler
carried down the river, a question about a late father's guns for Take Back Day, a tour passenger with dementia missing
at Maple Square, a manhole geyser, a ballot text scam and a dog in a shut SUV on the warm Friday.

Registers: calm, frightened and angry callers; the elderly and their families ("I'm 83 and I live alone", "She's 94",
"He's 81, he's on blood thinners", "My mother ... She's 86", "I'm calling for my aunt"); children and teenagers typing
in lower case without apostrophes ("hes 19 and hes drunk", "im 14 please come fast"); non-native ("I knock the doors on
Birch Street", "my wrist is very pain", "the family go to Florida for two weeks", "Now a man climb in the window");
second-hand (a wife for her husband, a mother for a son, a daughter for a mother and for a father, a niece for an aunt,
a father for a son, a wife for a candidate husband, a crew for a homeowner); web forms ("Web form:"); workplace callers
(a tour guide, a tour escort, a coach company's owner, the Rotary's volunteers, a nurse at the flu clinic, the orchard,
mall security, Fright Depot's manager, a FreshMart front end manager, the pharmacy, a roundabout foreman, a bus driver,
a campaign office, the brewery) and dispatch shorthand ("approx 1438", "approx 1218", "RP", "2 subjs", "W/F 30s", "reg",
"Veh", "Susp veh", "2 occupants", "M 20s"). Spoken forms, written by hand, lower case with no punctuation, add fillers
("uh hi", "um", "oh my god"), split words ("shot gun", "split rail", "sweat shirt", "back yards", "heavy set", "every
body", "corn stalks", "round about", "porta john", "half way", "drive through", "pick up", "kick off", "side line",
"over night", "pick your own", "three legged", "hatch back", "north gate", "foot bridge", "bulk head", "base ment",
"make up", "pony tail", "door bell", "flash light", "back pack", "self check out", "rain coat", "pad lock", "walk in",
"bath room", "drive way", "work bench", "suit cases", "tooth brushes", "will call", "weigh off", "guard rail", "flat
bed", "cross walk", "tail light", "head stones", "side walls", "head lights", "up stairs", "clip board", "wind breaker",
"farm house", "chain saws", "jack hammer", "man hole", "mail in", "north bound", "clean up", "spot light"), spelled
shorthand ("r p", "c p r", "a e d", "t v", "c r v", "p m") and mishearings (maine, wall nut, chesnut, burch, ceder,
willo, spruse, hawthorne, kingsly, lincon, river side, north gate, fresh mart), and plates in the NATO alphabet ("kilo
juliet mike three three nine zero"), letter by letter ("v x e four four one seven"), with "as in" ("h as in henry k")
and partial ("starts six t something"). Numbers that are not addresses: "about thirty people", "like three times", "912
pounds", "like fifteen feet", "$20 a cap", "bring 60", "101", "six so far", "six tires", "forty cars", "Forty-two
people", "Forty dollars apiece", "thirty gallons", "eight ... mums", "bus 12", "24 hours", "75", "two weeks", "Two weeks
of work", "Three times", "the third weekend", "Third pass", "like five minutes", "forty minutes", "twenty minutes",
"about ten minutes", "at 6", "at 9", "at 8", "Thursday at 8" (schedules and plans), "since 1000", "past 10:30", "from
about 9 till 2", "between about 1 and 3 pm" (spans) and ages of callers, victims, children and relatives ("She's 94",
"He's 70", "He's 76", "He's 78", "She's 86", "He's 81", "I'm 83", "He's 84", "She's 88", "hes 19", "im 14", "He's 12",
"My daughter's 12", "my 8-year-old", none annotated; "maybe 20", "maybe 70", "M 20s", "W/F 30s", "White male, 50s",
"Older", "older" and "An older man", a suspect's or a driver's estimated age or decade, are).

Same format and conventions as hand.py and holdouts 4-35 (to be written to extraction_holdout36.jsonl with ids "ar01" to
"ar90" by hand_records(HOLDOUT36, "ar"), one JSON object per line serialised as main() does, `json.dumps(record,
ensure_ascii=False)`; make_corpus.py itself was not edited, so its main() does not write this file until the set is
registered there), with the choices holdouts 26-35 list: every person other than the caller annotated once, also one
named through a possessive; a described member of a group a separate person only with their own attributes (the group
kept too; the member given the group's sex and age); people away, absent or dead not annotated; partial plates as said;
"last night" 23:00 the day before, "overnight" 02:00, a clock time after midnight the same date; habits, durations,
weekdays, dates without the event, schedule and future times, spans and times when all was still well are not times;
"maybe N" years N-3..N+3, teens and teenagers 13-19, old and older 60-90, young 18-29; victims', relatives', children's
and callers' stated ages not annotated; a vehicle's type only when a type word is in its description and not when a
model describes it; base priorities weapon, fire, medical, robbery, assault high, burglary, theft, traffic medium, the
rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen, low to medium for
children at risk, one step (not above high) for an event still happening (a said time within 15 minutes, or with no time
said a present progressive for a low call, as `still_happening` defines it), one step lower when more than six hours old
(weapons and robberies included); raises do not stack; child luring, a woman in danger and a missing vulnerable person
high; "other" is not lifted for being recent or for children; an event said to have "just" happened is now, not where
"just" means "only", "almost" or "right" ("just standing there", "just about hit head-on", "just past the line", "just
over the crest", "just kept on going") or where the telling is what was just ("my phone just pinged", "The World Series
game just ended" of a fight still going on); no tip here times a "just" otherwise. As in holdouts 30-35, every tip
labelled now from a "just" is already high or critical for another reason or also says "right now" or "now" of a person
of the event, so its priority is the same whichever reading of the recency lift is taken.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. In use (critical): "a shotgun" pointed at a coach's passengers, "a knife" slashing at an actor
  backed against a fence (knife: a weapon cornering someone), "a rifle" pointed at a grower, "a gun" fired into the air
  on a crowded street (gun: its kind not said), the card game's "sawed-off shotgun" (an armed robbery just over) and
  Fright Depot's "pepper spray" sprayed in a manager's face to get away with costumes (pepper spray, the type holdout8
  added; a robbery with a weapon used on a person, critical as the sets' armed robberies are, though the spray is not
  deadly: the least certain label of the set). Seen (high): "a little pistol in an ankle holster" shown with a threat
  (handgun), "a compound bow" with an arrow on the string near a bus stop (bow). "a long knife" gripped at the forum,
  told two days on: seen, lowered to medium (knife). Not weapons: a bottle in a hand, a cane's and an umbrella's blows
  (the umbrella kept as no weapon type), a golf club on mirrors (a tool on things), keys swung at a face, a can of soup,
  a stolen compound bow, a late father's revolvers asked about (owned, no event).
- Categories and priorities: fire critical only where someone may not get out (a 94-year-old not answering behind a
  burning porch); high for fires burning with no one in them (cornstalks, a hedge under a wire, a donut kettle with the
  store emptied, a portable toilet); porch lights that melted a skeleton the night before medium. Medical critical for a
  seizure past five minutes with blue lips, a fall from the bleachers with snoring breath and no waking, and a crushing
  chest with a numb arm; high for cold hands after the river, a faint at the wheel (awake), a broken hip; a flu shot
  reaction the next morning medium. Robbery critical for the shotgun and the pepper spray; high for snatches with force
  and injuries (a cut cheek, a widow on the curb, a canvasser's wrist); a bike pushed out from under a boy five days
  before medium. Assault critical for a boy kicked in the head and not moving; high for injuries (a bite, a head on the
  library steps, a bleeding nose twice, a split eyebrow); an umbrella's welt the day before medium. Burglaries "right
  now" and "Now" high; "Sometime overnight" five and a half hours before and no time said medium; "last night" nine and
  a half hours on and a span of days low. Thefts "right now" (three times) high; "About half an hour ago" and no time
  said medium; "last night" ten hours on and a date days before low. Traffic critical for a man under a pickup snoring
  and not moving; high for injuries (a driver's forehead, a boy's leg); a wrong-way roundabout, a tour bus in a lane and
  an oak across a street with no time said medium; a hit-and-run on a parked car nine hours before low. Drugs: "right
  now" (children once), a said time seven minutes before and a present progressive ("keeps stopping") medium; a find and
  a parent's report of texts low. Vandalism: "right now" and "It's 1:40" medium; finds and "last night" low. Suspicious
  vehicles: a present progressive ("has been watching", children too), "approx 1218" and "It's 2 in the morning" medium;
  a habit, "Last night around 10:45" and a weekday night low. Suspicious persons: a Grim Reaper leading an 8-year-old
  off high (child luring); children asked their names in the dark (children), "right now" and "It's quarter past 2"
  medium; "This afternoon" and "Yesterday afternoon" low. Disturbances: a man screaming he will kill his girlfriend at
  her door high (a woman in danger); a present progressive ("are screaming"), "right now" (twice) and "It's 1:30"
  medium; a habit and a span over low. Other: a paddler in the current critical (a rescue); a tour passenger with
  dementia missing high; a manhole geyser in a lane medium (a hazard); a question, a ballot scam text and a dog in a
  shut car low (as hand.py's dog).
- Vehicles: "Black Chevy Silverado" silverado (a grower's, the rifle's rack); "a little red hatchback" red hatchback
  going north; "a white minivan" white minivan with its partial plate ("6 T something" 6T); "blue Trek mountain bike"
  blue bicycle (no make, as every earlier bicycle); "Silver Toyota Tundra" tundra with its plate letter by letter
  (VXE4417); "white Buick LaCrosse" lacrosse (the attacker's car); "A white van" white van; "Brown Ford F-150" f-150; "a
  grey van" grey van; "a dark blue Subaru Forester" blue forester; "a black Chevy Tahoe" tahoe ("no front plate" no
  plate); "a black pickup", "a red pickup", "a white pickup" and "a pickup towing a camper" ("Dark green, Ford maybe":
  green ford, the camper towed not a vehicle of its own) pickups; "a black Jeep" jeep (a make alone); "A big tour bus"
  bus; "Old green Ford flatbed" green ford truck (a "farm truck"); "the car behind it" and "a car" car (vehicles in
  crashes); "Blue Honda CR-V" cr-v; "a black Dodge Charger" charger; "a silver Nissan Altima" altima with its plate in
  the NATO alphabet (KJM3390); "a black Toyota Highlander" highlander (the dog's). Not vehicles: callers' own coaches,
  cars and rental cars, the truck of a driver who only idled, a rescue boat, a kayak, "forty cars" on lawns, passing
  cars, a school bus's route, a coach with slashed tyres (the caller's).
- Persons: the caller and "we" / "us" / "Everybody" with the caller not annotated; groups "about thirty people" 3+;
  "some teenagers" 2+ (13-19); "the Cold River parents", "the kids" (several), "the candidates", "people" (several),
  "The family", "the customers", "His friends", "Her friends", "his buddies", "a bunch of Cold River kids", "the middle
  school kids", "the people" (a rental's party), "two groups of fans", "Our door guys", "the crew", "the volunteers" and
  "the high school kids", the Kowalskis 2+; "three kids" 3; "three guys" 3 male; "two guys", "Two men", "two older boys"
  2 male; "two teenage boys" 2 male 13-19; "2 subjs", "2 occupants", "her two kids" 2. "Somebody" / "someone" /
  "whoever" who did a thing is a person (burglars, thieves and vandals no one saw), annotated once. A member of a group
  described apart is a person of their own with the group's sex and age (the big kid with the knife, the boy in a hockey
  hoodie and the short one, the one in a baseball hoodie, the driver "W/F 30s"). Not persons: a hypothetical smoker, the
  Rotary and Public Works as bodies, the kids who made the scarecrows, dead husbands, uncles and fathers, a family in
  Florida, passing drivers, the owner of a dog in a car. Ages as in the list above; "a young man" 18-29; "A teenage
  girl" 13-19. "Tall" and "tall" tall, "short" short (twice); "big", "Heavyset" and "heavy" heavy; "Skinny" (twice) and
  "thin" thin.
- Clothing: "green coveralls"; "black North Face jacket" -> "black jacket"; "red Oakford Football sweatshirt" -> "red
  sweatshirt"; "tan Carhartt jacket" -> "tan jacket"; "red plaid jacket" -> "red jacket"; "ripped white shirt" -> "white
  shirt"; "green army jacket" -> "green jacket" (twice); "grey hoodie"; "ski masks" -> "ski mask"; "grey
  overalls"; "yellow raincoat"; "black ski mask", "backpack"; "orange beanie"; "camo jacket"; "green Oakford Hockey
  hoodie" -> "green hoodie"; "black hoodie" (twice), "grey sweatpants"; "Red Patriots cap" -> "red cap"; "white Oakford
  Baseball hoodie" -> "white hoodie"; "yellow reflective vest" -> "yellow vest"; "blue windbreaker" -> "blue jacket";
  "grey suit"; "tan raincoat", "plaid cap" -> "cap". Not clothing: "full camo" (no garment named), "Bald", "white
  beard", "grey beard", "grey ponytail", fake blood, "no shoes", zombie makeup, a skull-painted face, a werewolf suit
  and a Grim Reaper costume (costumes), braces, a lanyard, "red hair".
- Times: "approx 1438" and "approx 1218" clock times minutes before the tip; "It's 2 in the morning", "It's 1:40 in the
  morning", "It's 1:30 in the morning" and "It's quarter past 2" said during the event, those times; "Last night around
  10" 22:00, "Last night around 11:30" 23:30 and "Last night around 10:45" 22:45 the day before; "Yesterday afternoon"
  14:00 the day before; "last night" and "Last night" 23:00 the day before (a campaign office "had to be last night");
  "yesterday ... around 10" of a flu shot 10:00 the day before; "Sometime overnight" (twice) 02:00; "About five minutes
  ago", "maybe two minutes ago" and "About half an hour ago" minutes ago; "right now", "Right now", "just", "Just now"
  and, where a person of the event is, "Now he's laughing about it", "now hes in the garage", "Now he's sitting back in
  his truck", "Now a man climb in", "Now he's standing back by the entrance" now, while a narrative "now" ("now the
  porch posts ... are burning", "it's into the ceiling tiles now", "He's on the bank in a blanket now", "It's quiet
  now", "a baby who's up screaming now", "Third pass now") is not. Not times: "Yesterday" alone, "this morning", "This
  afternoon", "today", "tonight", "tomorrow", "On Sunday", "on Wednesday night", "On Tuesday night", "On Sunday, October
  19, between about 1 and 3 pm", "from last Monday till today", "since Thursday", "since 1000", "from about 9 till 2",
  "Every morning", "Every night", "All this week", "at 6" of a finding, "at 9", "Thursday at 8", "within 24 hours", "a
  few minutes after his shot", "about ten minutes", "for forty minutes", "twenty minutes", "for like an hour".
- Places: parts of a landmark are the landmark (the graveyard scene, the strobe tunnel, the line and the entrance of the
  Haunted Trail, the boat ramp, the footbridge, the finish line and the boat launch of Riverside Park; the home
  bleachers, the field, the visitors' bleachers and the student lot of Oakford High; the community room, the front steps
  and the Elm Street doors of the library; the rear lot's clinic of City Hall; the Take Back Day line, table and
  sidewalk of the police station; Fright Depot and its lot in Northgate Mall; the self-checkout and the lot of
  FreshMart; the pickup counter and the bus stop out front of the Main Street Pharmacy; the scarecrow contest and a
  coach's stop at Maple Square; the lot of Central Station; the parking lot of the Old Mill Brewery); "outside the
  pharmacy" on Main, "across from the police station's ... drop-off" and "the lot behind the Old Mill Brewery" relative;
  the field "behind 150 Old Mill Road", the lane "in front of Hillcrest Orchard, number 60", the rows "behind our
  farmhouse at Hillcrest Orchard, 60 Old Mill Road" and "in front of our house at 1151 Birch" relative to the addresses.
  "Kingsley and 6th" (five times), "Main ... at 8th", "Main by 7th", "Chestnut at 9th", "Chestnut by 4th", "River Road
  by 10th", "River Road by 8th", "7th and Maple", "4th and Walnut", "Willow and 10th" and "2nd and Chestnut"
  intersections; "Maple between 9th and 10th", "Main between 6th and 7th", "3rd between Hawthorn and Willow", "Willow
  between 8th and 9th", "Chestnut between 5th and 6th", "Pine between 10th and 11th", "Oak between 10th and 11th",
  "Walnut between 10th and 11th", "Birch between 5th and 6th" and "Spruce between 6th and 7th" blocks; addresses on
  named and numbered streets and on Old Mill Road ("60 Old Mill Road" the orchard, "812 5th Street",
  "412 Main" a campaign office, "815 Main" a bar); a flu shot's clinic (City Hall) and the mother's house ("1047
  Willow") both places. Streets alone name no place ("toward Walnut", "toward Elm", "toward 5th", "toward Main", "toward
  11th", "toward 12th", "north on 10th"), nor "the QuickStop" a truck kept going toward. Look-alikes that name no place:
  Maple Leaf Coach Tours, Birchwood Coach Lines, Fright Depot, the Tap Room (its address is), Cold River, Ashby, Ohio,
  Florida, Connecticut, the Patriots, North Face, Carhartt, Trek, Old Town, "Oakford Town Clerk" in a scam text, "Dana
  for State Rep", the World Series, Make a Difference Day, Take Back Day, the Zombie Crawl. One tip has no place (a
  ballot scam text).

Overlap with the earlier sets: every draft was compared with all 4,164 earlier tips by shared four-word runs and by
content-word overlap (Jaccard of the sets of words of three letters or more outside a small stop list), and with the
other drafts of this set; the nearest earlier tip, overall and in the same category, was printed beside each draft, and
every earlier tip at 0.22 or more, or sharing five runs or more, was read, as were the earlier tips found by keyword for
each situation's core. About forty situations were dropped before or after drafting because an earlier tip had them:
before drafting a yellow-jacket swarm (holdout31), an axe chase (holdout29, train5), a moose in the road (holdout19,
train4), campaign signs stolen (train2), shots by meteor watchers (holdout31), a car parked on a burning leaf pile
(holdout21, train5), a chainsaw cut to a leg (holdout9), a farm stand's cash can (holdout21), a chainsaw actor at a
haunted house (train5), a carjacking (holdouts 5, 16, 17), a clown at a bus stop (holdout11), a stage-light fire at an
Oakford High show (holdout20), a school bus fire (train2), fire-pit embers on a shed (holdout27), a belt beating
(holdouts 22 and 27, train3), asthma (holdouts 8 and 22), foraged mushrooms (train4), a deer strike (train3, train4), a
car into a trench (holdout24), a head-butt (holdout13, train1, train4), a gun in a backpack at a school (holdout6), a
leaf blower every Saturday at 7 (holdout8), a throat swelling (holdouts 5 and 7), a motorcycle down on wet leaves on
Kingsley (holdout27), a dump truck backing over a road worker (holdout20), a phone taken after "take our picture"
(holdout34); and after drafting a tour coach's luggage bay emptied (holdout21), a leaf peeper's camera torn from her
neck (holdout21), a school bus in a ditch with its children kept aboard (train5), a non-native caller's short visits to
the apartment below (holdout17), a man taking only some things from recycling bins (holdout33), a rollover with the
driver hanging in his belt (train2), a booster club's concession stand pried after a game (holdout27), a teenage
athlete's collapse with CPR and an AED (holdout10), a stranger at the library saying a mother sent him (holdout17), a
man writing down house numbers (train2), neighbours chest to chest over blown leaves (holdout11), a man on a car roof in
the brewery lot (train1), a clipboard man asking when people leave (holdout10), a box truck at a back door with
flashlights (holdout15), a man asking a shopkeeper at closing whether she works alone (holdout10), a man on the swings
of a dark playground (holdout22), mailboxes gone through (holdout4, train1). About a dozen more were reworded where they
shared four or more runs or their wording with an earlier tip ("fell off the top onto", "and somebody ran for the AED",
"red and hot", "can somebody come take a look", "crawling up and down Cedar between 9th and 10th", "That's the fourth
time past my house", "stopped dead in the", "cars are swerving around it in the rain", "didn't tell me until last
night", "the side door of our garage", "right now she's loading it into", "he went up on the hood", a man walking down
the middle of a block at every parked car, a Honda Pilot like train2's car seat tip). The final drafts share at most
four four-word runs with any earlier tip (twelve share four, all place, clock and stock phrases such as "pulled up his
pant leg", "where the kids wait for the bus", "on Main between 6th and", "cut the cable lock", "sitting on the curb
holding his leg", "up over the hood", "1 30 in the morning"; thirty share three) and at most 0.22 content-word overlap
(the boy in the crosswalk against train1's boy on his bike, and the excavator's sugared tank against train2's sugared
gas tank); with one another at most four runs ("candidates' forum in the library community room", and "right now he's
pointing it at" of the two guns pointed) and 0.18.
"""
from hand import P, V, W

HOLDOUT36 = [
    # ---------------------------------------------------------------- weapon
    # The Sunday afternoon of the last peak-foliage weekend: a tour guide whose coach stopped on Old Mill Road for
    # pictures of the maples; a farmer came out of his barn and is pointing a shotgun at the passengers in his field
    # "right now": a gun pointed at people (critical). The farmer ("an old farmer" 60-90, "green coveralls") and "about
    # thirty people" (3+) persons; "a shotgun" shotgun; "right now" now; the caller's own coach no vehicle of the event;
    # the field "behind 150 Old Mill Road" relative to the address.
    dict(written="I'm the guide on a Maple Leaf Coach Tours bus. We pulled over on Old Mill Road so people could photograph the red maples, and a farmer came out of his barn with a shotgun and right now he's pointing it at my passengers out in his field behind 150 Old Mill Road, screaming at them to get off his land. There's about thirty people, some of them can barely walk. Old farmer, green coveralls.",
         spoken="uh hi i'm the guide on a maple leaf coach tours bus we pulled over on old mill road so people could photograph the red maples and a farmer came out of his barn with a shot gun and right now he's pointing it at my passengers out in his field behind one fifty old mill road screaming at them to get off his land there's about thirty people some of them can barely walk old farmer green coveralls",
         at="2042-10-19 14:40", entities=[P(count="1", sex="male", age="60-90", clothing=["green coveralls"]), W("shotgun"), ("now",), P(count="3+")],
         places=[("relative", ("address", 150, "Old Mill Road"))], category="weapon", priority="critical"),
    # Opening night of the Rotary's Haunted Trail in Riverside Park, the Thursday: a boy in a group of teenagers pulled
    # a knife on a scare actor in a werewolf suit who jumped out at them and has him backed against the fence, slashing
    # at him: a weapon used to corner someone (critical). "a group of teenagers" (2+, 13-19), the boy described apart
    # (the group's age; "big" heavy, "Tall" tall, "black North Face jacket" -> "black jacket") and the actor persons; "a
    # knife" knife; no time said; the graveyard scene is Riverside Park's.
    dict(written="Rotary Haunted Trail in Riverside Park, by the graveyard scene. One of our scare actors jumped out at some teenagers and a big kid in the group pulled a knife, and he's got our guy backed up against the split-rail fence slashing at him. Our actor's in a werewolf suit, he can hardly see out of the head. The kid's tall, black North Face jacket.",
         spoken="rotary haunted trail in river side park by the graveyard scene one of our scare actors jumped out at some teenagers and a big kid in the group pulled a knife and he's got our guy backed up against the split rail fence slashing at him our actor's in a werewolf suit he can hardly see out of the head the kid's tall black north face jacket",
         at="2042-10-23 20:15", entities=[P(count="2+", age="13-19"), P(count="1", sex="male", age="13-19", height="tall", build="heavy", clothing=["black jacket"]), W("knife"), P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="weapon", priority="critical"),
    # Oakford High's Senior Night game on the Friday: a father in the home bleachers, arguing with the visitors' parents
    # over a late hit, pulled up his pant leg to show a small pistol in an ankle holster with a threat, and is still
    # sitting there: a weapon shown with a threat, seen (high). The father ("Bald" no clothing, "red Oakford Football
    # sweatshirt" -> "red sweatshirt"), "the Cold River parents" (2+) and his kid persons; "a little pistol" handgun;
    # "Cold River" a team, no place; the bleachers are Oakford High's.
    dict(written="Home bleachers at the Oakford High game. A dad two rows below me got into it with the Cold River parents over a late hit, and he pulled up his pant leg and showed them a little pistol in an ankle holster and said 'keep talking.' He's still sitting right there with his kid like nothing happened. Bald, red Oakford Football sweatshirt.",
         spoken="home bleachers at the oakford high game a dad two rows below me got into it with the cold river parents over a late hit and he pulled up his pant leg and showed them a little pistol in an ankle holster and said keep talking he's still sitting right there with his kid like nothing happened bald red oakford football sweat shirt",
         at="2042-10-24 20:05", entities=[P(count="1", sex="male", clothing=["red sweatshirt"]), P(count="2+"), W("handgun"), P(count="1")],
         places=[("landmark", "Oakford High School")], category="weapon", priority="high"),
    # The Monday, before sunrise: a man in camouflage walking between the houses on a block of Maple with an arrow on
    # the string of a compound bow, past the children waiting for the school bus: a weapon seen (high; children about,
    # raises do not stack). The man ("full camo" no garment named) and "the kids" (2+) persons; "a compound bow" bow
    # (the type holdout10 added); "It's still dark" no time; "Maple between 9th and 10th" the 900 block of Maple.
    dict(written="It's still dark out and there's a man in full camo walking between the houses on Maple between 9th and 10th with a compound bow, and he's got an arrow on the string. He went right past the corner where the kids wait for the bus. Nobody hunts in town. He cut through toward the backyards on the north side.",
         spoken="it's still dark out and there's a man in full camo walking between the houses on maple between ninth and tenth with a compound bow and he's got an arrow on the string he went right past the corner where the kids wait for the bus nobody hunts in town he cut through toward the back yards on the north side",
         at="2042-10-20 06:55", entities=[P(count="1", sex="male"), W("bow"), P(count="2+")],
         places=[("block", 900, "Maple Avenue")], category="weapon", priority="high"),
    # A web form on the Friday: at the candidates' forum in the library on the Wednesday night a heckler stood shouting
    # at the candidates with a long knife in a leather sheath on his hip, his hand on its handle: a weapon shown with a
    # threat, seen (high), two days old, lowered to medium. The man ("Heavyset" heavy, "tan Carhartt jacket" -> "tan
    # jacket"; "grey beard" no clothing) and "the candidates" (2+) persons; "a long knife" knife; "on Wednesday night" a
    # weekday, no time; "the election" no time; the community room is the library's.
    dict(written="Web form: At the candidates' forum in the library community room on Wednesday night, a man in the back row stood up during the school budget question and shouted at the candidates for a good five minutes with a long knife in a leather sheath on his hip, and the whole time he kept his hand wrapped around the handle. Nobody did anything and he left before the end. I'd like someone to know who he is before the election. Heavyset, grey beard, tan Carhartt jacket.",
         spoken="web form at the candidates forum in the library community room on wednesday night a man in the back row stood up during the school budget question and shouted at the candidates for a good five minutes with a long knife in a leather sheath on his hip and the whole time he kept his hand wrapped around the handle nobody did anything and he left before the end i'd like someone to know who he is before the election heavy set grey beard tan carhartt jacket",
         at="2042-10-24 09:30", entities=[P(count="1", sex="male", build="heavy", clothing=["tan jacket"]), P(count="2+"), W("knife")],
         places=[("landmark", "Oakford Public Library")], category="weapon", priority="medium"),
    # The Giant Pumpkin Regatta on the Sunday: a grower whose pumpkin boat was rammed and sunk climbed out, took a rifle
    # off the rack of his pickup and "right now" is pointing it at the grower who rammed him, still sitting in his
    # pumpkin by the ramp: a gun pointed at a person (critical). The grower ("older" 60-90, "red plaid jacket" -> "red
    # jacket"; "white beard" no clothing) and the other grower persons; the crowd includes the caller ("Everybody"), not
    # annotated; "a rifle" rifle; "Black Chevy Silverado" silverado (his, a vehicle of the event); "right now" now; the
    # boat ramp is Riverside Park's.
    dict(written="Pumpkin regatta at Riverside Park, at the boat ramp! A guy whose pumpkin got rammed and sunk climbed out soaking wet, went up to his truck, took a rifle off the rack, and right now he's pointing it at the guy who rammed him, who's still sitting in his pumpkin by the ramp with his hands up. Everybody's backing up the bank screaming. Older, white beard, red plaid jacket. Black Chevy Silverado.",
         spoken="pumpkin regatta at river side park at the boat ramp a guy whose pumpkin got rammed and sunk climbed out soaking wet went up to his truck took a rifle off the rack and right now he's pointing it at the guy who rammed him who's still sitting in his pumpkin by the ramp with his hands up every body's backing up the bank screaming older white beard red plaid jacket black chevy silverado",
         at="2042-10-19 13:25", entities=[P(count="1", sex="male", age="60-90", clothing=["red jacket"]), W("rifle"), ("now",), P(count="1", sex="male"), V(colour="black", make="chevrolet", model="silverado")],
         places=[("landmark", "Riverside Park")], category="weapon", priority="critical"),
    # The Zombie Crawl on the Saturday night: a man in zombie makeup "just" fired a gun into the air three times on Main
    # by a bar at 8th, people running into the shops, and walked off: shots where people are (critical). The man
    # ("Skinny" thin, "ripped white shirt" -> "white shirt"; fake blood and bare feet no clothing) and "people" (2+)
    # persons; "a gun" gun (its kind not said); "just" now; "toward Walnut" a street alone; "Main ... at 8th" the
    # intersection.
    dict(written="Oh my god, some guy in zombie makeup just shot a gun in the air like three times on Main outside the bar at 8th, people are running into the stores. I don't think anybody's hit. He stuck it in his pants and walked off down 8th toward Walnut. Skinny, ripped white shirt with fake blood on it, no shoes.",
         spoken="oh my god some guy in zombie make up just shot a gun in the air like three times on maine outside the bar at eighth people are running into the stores i don't think anybody's hit he stuck it in his pants and walked off down eighth toward wall nut skinny ripped white shirt with fake blood on it no shoes",
         at="2042-10-25 21:40", entities=[P(count="1", sex="male", build="thin", clothing=["white shirt"]), W("gun"), ("now",), P(count="2+")],
         places=[("intersection", "Main Street", "8th Street")], category="weapon", priority="critical"),

    # ---------------------------------------------------------------- fire
    # The Monday night: a jack-o'-lantern set the scarecrow on an old woman's porch burning, and the posts and railing
    # are burning up toward the roof; she lives alone, her lights are on and she is not coming to the door: someone who
    # may not get out (critical). The woman (her stated age not annotated) a person; "we" the caller's household; "417
    # Oak" the address.
    dict(written="The scarecrow on the porch at 417 Oak caught from the jack-o'-lantern next to it and now the porch posts and the railing are burning up toward the roof. Mrs. Dufresne lives there by herself, she's 94, her lights are on but she's not coming to the door, and we can't get up the steps for the flames.",
         spoken="the scarecrow on the porch at four seventeen oak caught from the jack o lantern next to it and now the porch posts and the railing are burning up toward the roof mrs dufresne lives there by herself she's ninety four her lights are on but she's not coming to the door and we can't get up the steps for the flames",
         at="2042-10-20 21:10", entities=[P(count="1", sex="female")],
         places=[("address", 417, "Oak Street")], category="fire", priority="critical"),
    # The Thursday night: the cornstalk bundles the merchants tied round the lamp posts on a block of Main are burning,
    # two of them, the flames at a shop's awning; everything closed: fire, high. No persons (a cigarette guessed at, no
    # one seen); "Main between 6th and 7th" the 600 block of Main.
    dict(written="The cornstalks the shops tied around the lamp posts on Main between 6th and 7th are on fire, two of them, and the flames are licking up at the nail salon's awning. Must have been a cigarette. Everything's closed, there's nobody on the street but me.",
         spoken="the corn stalks the shops tied around the lamp posts on maine between sixth and seventh are on fire two of them and the flames are licking up at the nail salon's awning must have been a cigarette everything's closed there's nobody on the street but me",
         at="2042-10-23 22:30", entities=[],
         places=[("block", 600, "Main Street")], category="fire", priority="high"),
    # The Tuesday night's storm: a limb brought a wire down across the hedge of a corner house at Chestnut and 9th, and
    # the hedge is burning and sparking in the rain; the family out on the porch: fire, high. "The family" (2+) persons;
    # "Chestnut at 9th" the intersection.
    dict(written="A big limb came down on the wires on Chestnut at 9th in this rain and one of them's lying across the hedge of the corner house, and the hedge is on fire, popping and sparking, the rain isn't putting it out. The family's standing out on their porch watching it. Power's out on the whole street.",
         spoken="a big limb came down on the wires on chesnut at ninth in this rain and one of them's lying across the hedge of the corner house and the hedge is on fire popping and sparking the rain isn't putting it out the family's standing out on their porch watching it power's out on the whole street",
         at="2042-10-21 20:50", entities=[P(count="2+")],
         places=[("intersection", "Chestnut Street", "9th Street")], category="fire", priority="high"),
    # Hillcrest Orchard on the Saturday morning: the cider-donut kettle in the farm store boiled over onto its burner
    # and the wall behind is burning into the ceiling; the customers are out in the lot: fire, high (everyone out). "all
    # the customers" (2+) persons; the caller the orchard's; "60 Old Mill Road" the address.
    dict(written="Hillcrest Orchard, 60 Old Mill Road. The cider donut kettle in our farm store boiled over onto the burner and the wall behind it's burning, it's into the ceiling tiles now. We got all the customers out into the parking lot, it's packed with leaf peepers. Have the trucks come up the back farm lane, the front's jammed with cars.",
         spoken="hillcrest orchard sixty old mill road the cider donut kettle in our farm store boiled over onto the burner and the wall behind it's burning it's into the ceiling tiles now we got all the customers out into the parking lot it's packed with leaf peepers have the trucks come up the back farm lane the front's jammed with cars",
         at="2042-10-25 11:30", entities=[P(count="2+")],
         places=[("address", 60, "Old Mill Road")], category="fire", priority="high"),
    # The Wednesday morning: "Last night around 10" (22:00 the day before, ten and a half hours on) a string of porch
    # lights shorted in the rain and melted through a plastic skeleton, scorching the porch ceiling; put out by
    # unplugging: fire lowered to medium (hours old). The husband a person; "233 Spruce" the address.
    dict(written="Last night around 10 the orange Halloween lights on our porch shorted out in the rain and melted right through the plastic skeleton hanging there, and the porch ceiling's scorched black above it. My husband yanked the plug and it went out. Could someone from the fire department look at that outlet before we plug anything in? 233 Spruce.",
         spoken="last night around ten the orange halloween lights on our porch shorted out in the rain and melted right through the plastic skeleton hanging there and the porch ceiling's scorched black above it my husband yanked the plug and it went out could someone from the fire department look at that outlet before we plug anything in two thirty three spruse",
         at="2042-10-22 08:40", entities=[("local", "2042-10-21 22:00"), P(count="1", sex="male")],
         places=[("address", 233, "Spruce Street")], category="fire", priority="medium"),
    # The Saturday evening: the portable toilet at the roundabout job at Kingsley and 6th is burning down and the flames
    # are in the maple over it; three kids ran off: fire, high. "three kids" (3) persons; "toward Elm" a street alone;
    # "Kingsley and 6th" the intersection.
    dict(written="The porta-john at the roundabout construction at Kingsley and 6th is on fire, it's melting down into a puddle and the flames are climbing into the big maple over it. I saw three kids running off toward Elm right before.",
         spoken="the porta john at the round about construction at kingsly and sixth is on fire it's melting down into a puddle and the flames are climbing into the big maple over it i saw three kids running off toward elm right before",
         at="2042-10-25 19:05", entities=[P(count="3")],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # The regatta on the Sunday: a paddler who tipped out of his pumpkin was in the cold river some ten minutes before
    # the rescue boat got him; on the bank in a blanket he is shaking too hard to hold a cup and cannot feel his hands:
    # cold exposure, an injury (high). The paddler (his stated age not annotated) a person; "about ten minutes" a
    # duration, no time; the finish line is Riverside Park's.
    dict(written="Pumpkin regatta, down by the finish line at Riverside Park. One of the paddlers tipped out of his pumpkin halfway across and he was in the river about ten minutes before the rescue boat got to him. He's on the bank in a blanket now, shaking so hard he can't hold the cup of cocoa and he says he can't feel his hands. He's 70.",
         spoken="pumpkin regatta down by the finish line at river side park one of the paddlers tipped out of his pumpkin half way across and he was in the river about ten minutes before the rescue boat got to him he's on the bank in a blanket now shaking so hard he can't hold the cup of cocoa and he says he can't feel his hands he's seventy",
         at="2042-10-19 13:50", entities=[P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="medical", priority="high"),
    # The Wednesday's drive-through flu clinic behind City Hall: an older man passed out at the wheel in the waiting
    # area a few minutes after his shot and his car rolled into the cones and the fence; he is awake and talking, grey
    # and sweaty: a faint with a car rolling, an injury call (high). The man ("An older man" 60-90) and his wife
    # persons; the nurse the caller; his car no vehicle described; the rear lot is City Hall's.
    dict(written="I'm one of the nurses at the drive-through flu clinic behind City Hall. An older man passed out at the wheel in the waiting area a few minutes after his shot and his car rolled into the cones and bumped the fence. He's awake again and talking but he's grey and sweaty and his pulse is all over the place. His wife's in the passenger seat.",
         spoken="i'm one of the nurses at the drive through flu clinic behind city hall an older man passed out at the wheel in the waiting area a few minutes after his shot and his car rolled into the cones and bumped the fence he's awake again and talking but he's grey and sweaty and his pulse is all over the place his wife's in the passenger seat",
         at="2042-10-22 10:20", entities=[P(count="1", sex="male", age="60-90"), P(count="1", sex="female")],
         places=[("landmark", "City Hall")], category="medical", priority="high"),
    # Pick-your-own at Hillcrest Orchard on the Sunday: a man reaching from a picking ladder tipped it and landed on his
    # hip on the roots, and cannot get up, his leg turned out and shorter: an injury (a broken hip, high). The man (his
    # stated age not annotated) and his wife persons; the rows out back of "60 Old Mill Road" the address.
    dict(written="I'm at Hillcrest Orchard on Old Mill Road, number 60, out in the pick-your-own rows. A man on one of the three-legged picking ladders reached too far for an apple and the whole thing went over, and he landed on his hip on the roots. He can't get up, his leg's turned out to the side and it looks shorter than the other one. He's 76, his wife's kneeling with him. We're in the Macoun rows way at the back.",
         spoken="i'm at hillcrest orchard on old mill road number sixty out in the pick your own rows a man on one of the three legged picking ladders reached too far for an apple and the whole thing went over and he landed on his hip on the roots he can't get up his leg's turned out to the side and it looks shorter than the other one he's seventy six his wife's kneeling with him we're in the macoun rows way at the back",
         at="2042-10-19 15:10", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 60, "Old Mill Road")], category="medical", priority="high"),
    # Senior Night on the Friday: a man standing on the top row of the visitors' bleachers to see the field went over
    # the back rail and fell some fifteen feet onto the asphalt; he is breathing but will not wake up: a life at risk
    # (critical). The man and "his friends" (2+) persons; "the Cold River side" a team's, no place; "fifteen feet" no
    # number of a place; the bleachers and the lot behind them are Oakford High's.
    dict(written="Oakford High football field, behind the visitors' bleachers. A man was standing up on the top row yelling at the refs and he went backwards over the rail and fell like fifteen feet down onto the asphalt. He's breathing, kind of snoring, but he won't wake up and there's blood under his head. His friends are trying to roll him over, I told them not to.",
         spoken="oakford high football field behind the visitors bleachers a man was standing up on the top row yelling at the refs and he went backwards over the rail and fell like fifteen feet down onto the asphalt he's breathing kind of snoring but he won't wake up and there's blood under his head his friends are trying to roll him over i told them not to",
         at="2042-10-24 20:50", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="medical", priority="critical"),
    # The Thursday morning: the caller's mother had her flu shot "yesterday ... around 10" (10:00 the day before) at the
    # clinic behind City Hall, and overnight the arm swelled hard past the elbow with a fever of 101: a reaction from
    # the day before, high lowered to medium (hours old). The mother (her stated age not annotated) a person; City Hall
    # (where the shot was given) and "1047 Willow" (where she is) both places.
    dict(written="My mother got her flu shot yesterday at the drive-through behind City Hall, around 10, and overnight her arm swelled up hard as a rock from the shoulder past the elbow, it's angry purple-red and she's got a fever of 101. She's 86 and lives with me at 1047 Willow. I want to know if anybody else from that clinic is calling in with this.",
         spoken="my mother got her flu shot yesterday at the drive through behind city hall around ten and over night her arm swelled up hard as a rock from the shoulder past the elbow it's angry purple red and she's got a fever of a hundred and one she's eighty six and lives with me at ten forty seven willo i want to know if anybody else from that clinic is calling in with this",
         at="2042-10-23 09:15", entities=[("local", "2042-10-22 10:00"), P(count="1", sex="female")],
         places=[("landmark", "City Hall"), ("address", 1047, "Willow Street")], category="medical", priority="medium"),
    # The Haunted Trail's Thursday: a teenage girl went into a seizure when the strobes in the tunnel started and has
    # been seizing some five minutes, blue round the mouth: a life at risk (critical). The girl ("A teenage girl" 13-19)
    # and "Her friends" (2+) persons; the strobe tunnel is Riverside Park's.
    dict(written="Haunted Trail at Riverside Park, inside the strobe tunnel. A teenage girl went down having a seizure as soon as the strobes kicked on and it's been going like five minutes, she's turning blue around her mouth. We killed the lights and the fog. Her friends are with her, they're all crying.",
         spoken="haunted trail at river side park inside the strobe tunnel a teenage girl went down having a seizure as soon as the strobes kicked on and it's been going like five minutes she's turning blue around her mouth we killed the lights and the fog her friends are with her they're all crying",
         at="2042-10-23 20:40", entities=[P(count="1", sex="female", age="13-19"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="medical", priority="critical"),
    # Make a Difference Day on the Saturday: the old man whose yard the volunteers are raking went grey, sat down
    # sweating, with a weight on his chest and a numb left arm: signs of a heart attack, a life at risk (critical). The
    # man (by his name; his stated age not annotated) a person; "our crew" the caller's; "1138 Pine" the address.
    dict(written="I'm with the Make a Difference Day crew raking at 1138 Pine. Mr. Okafor, who lives here, was bagging leaves with us and he went grey, sat down on his steps sweating right through his shirt, and he says it feels like somebody's standing on his chest and his left arm's gone numb. He's 78.",
         spoken="i'm with the make a difference day crew raking at eleven thirty eight pine mr okafor who lives here was bagging leaves with us and he went grey sat down on his steps sweating right through his shirt and he says it feels like somebody's standing on his chest and his left arm's gone numb he's seventy eight",
         at="2042-10-25 11:45", entities=[P(count="1", sex="male")],
         places=[("address", 1138, "Pine Street")], category="medical", priority="critical"),

    # ---------------------------------------------------------------- robbery
    # A leaf peeper on the Sunday afternoon: at the pull-off on River Road by 10th a man reached into the caller's
    # rental car, took the keys from the ignition and a wallet off the dash, and "just now" hit her husband in the face
    # with the keys when he grabbed him, cutting his cheek, then drove off north on 10th: force to take property,
    # robbery, high (an injury). The man and the husband persons; "a little red hatchback" red hatchback going north;
    # the rental car the caller's, no vehicle of the event; "just now" now; "Ohio" no place; "River Road by 10th" the
    # intersection.
    dict(written="We're visiting from Ohio and we stopped at the pull-off on River Road by 10th to look at the leaves. Just now a man walked up to our rental car, reached in the open window, yanked the keys out of the ignition and grabbed my husband's wallet off the dash. My husband got hold of his jacket and the man hit him in the face with the keys, his cheek's cut open. He threw the keys in the weeds and drove off north on 10th in a little red hatchback.",
         spoken="we're visiting from ohio and we stopped at the pull off on river road by tenth to look at the leaves just now a man walked up to our rental car reached in the open window yanked the keys out of the ignition and grabbed my husband's wallet off the dash my husband got hold of his jacket and the man hit him in the face with the keys his cheek's cut open he threw the keys in the weeds and drove off north on tenth in a little red hatch back",
         at="2042-10-19 16:20", entities=[("now",), P(count="1", sex="male"), P(count="1", sex="male"), V(colour="red", type="hatchback", direction="north")],
         places=[("intersection", "River Road", "10th Street")], category="robbery", priority="high"),
    # Northgate Mall security, the Saturday: "about five minutes ago" a man who filled a duffel with costumes at the
    # Fright Depot pop-up store pepper-sprayed the manager in the face when she stopped him at the door: a robbery with
    # a weapon used on a person (critical, as the sets' armed robberies just over). The man ("M 20s" 20-29, "tall" tall,
    # "green army jacket" -> "green jacket") and the manager persons; "pepper spray" pepper spray (the type holdout8
    # added); "a white minivan" white minivan with its partial plate ("6 T something" 6T); "about five minutes ago" 5
    # minutes; the Halloween store is inside Northgate Mall.
    dict(written="Northgate Mall security. About five minutes ago at the Fright Depot Halloween store a guy stuffed a duffel bag with costumes and masks, and when the manager stepped in front of him at the door he pepper-sprayed her right in the face and ran out to the lot. She can't open her eyes. He got in a white minivan, plate starts 6 T something. M 20s, tall, green army jacket.",
         spoken="north gate mall security about five minutes ago at the fright depot halloween store a guy stuffed a duffel bag with costumes and masks and when the manager stepped in front of him at the door he pepper sprayed her right in the face and ran out to the lot she can't open her eyes he got in a white mini van plate starts six t something male twenties tall green army jacket",
         at="2042-10-25 17:40", entities=[("ago", 5), P(count="1", sex="male", age="20-29", height="tall", clothing=["green jacket"]), W("pepper spray"), P(count="1", sex="female"), V(colour="white", type="minivan", plate="6T")],
         places=[("landmark", "Northgate Mall")], category="robbery", priority="critical"),
    # Take Back Day at the police station on the Saturday: a young man "just" ripped a widow's bag of her late husband's
    # pills out of her hands in the line and shoved her down on the curb, her elbow bleeding: robbery, high (an injury).
    # The young man ("Skinny" thin, "grey hoodie", "maybe 20" 17-23) a person; the husband dead, not annotated; "just"
    # now; "toward Main" a street alone; the drop-off line is the police station's.
    dict(written="I was in line to drop off my late husband's pills for Take Back Day at the police station and a young guy just ripped the bag right out of my hands and shoved me, I went down on the curb. My elbow's bleeding and my hip hurts. He ran toward Main with it, all his oxycodone was in there. Skinny, grey hoodie, maybe 20.",
         spoken="i was in line to drop off my late husband's pills for take back day at the police station and a young guy just ripped the bag right out of my hands and shoved me i went down on the curb my elbow's bleeding and my hip hurts he ran toward maine with it all his oxycodone was in there skinny grey hoodie maybe twenty",
         at="2042-10-25 10:50", entities=[P(count="1", sex="male", age="17-23", build="thin", clothing=["grey hoodie"]), ("now",)],
         places=[("landmark", "Oakford Police Department")], category="robbery", priority="high"),
    # After the World Series game, past midnight into the Saturday: two men in ski masks came into a basement card game
    # through the bulkhead with a sawed-off shotgun, took the cash and phones, struck the caller's brother with it and
    # left "maybe two minutes ago": an armed robbery just over (critical). "two guys" (2 male, "ski masks" -> "ski
    # mask") and the brother persons; "everybody" the players with the caller, not annotated; "a sawed-off shotgun"
    # shotgun; "maybe two minutes ago" 2 minutes; "1128 Chestnut" the address.
    dict(written="We had a card game going in the basement at 1128 Chestnut after the World Series game and two guys in ski masks came in the bulkhead with a sawed-off shotgun, made everybody lie on the floor and took all the cash and our phones. One of them cracked my brother in the head with the gun, he's bleeding pretty bad. They left maybe two minutes ago. I'm on my neighbor's phone.",
         spoken="we had a card game going in the base ment at eleven twenty eight chesnut after the world series game and two guys in ski masks came in the bulk head with a sawed off shot gun made every body lie on the floor and took all the cash and our phones one of them cracked my brother in the head with the gun he's bleeding pretty bad they left maybe two minutes ago i'm on my neighbor's phone",
         at="2042-10-25 00:40", entities=[P(count="2", sex="male", clothing=["ski mask"]), W("shotgun"), P(count="1", sex="male"), ("ago", 2)],
         places=[("address", 1128, "Chestnut Street")], category="robbery", priority="critical"),
    # A web form on the Friday: "On Sunday during the pumpkin regatta" (a weekday, no time) two older boys pushed the
    # caller's son off his bike on the footbridge and rode off on it; he was scraped up: force to take property,
    # robbery, high, days old, lowered to medium. The son (his stated age not annotated) and "two older boys" (2 male)
    # persons; "blue Trek mountain bike" blue bicycle (the thing taken; a bicycle's make not labelled, as the earlier
    # sets' Treks); "yesterday at dinner" the telling, no time; the footbridge is Riverside Park's.
    dict(written="Web form: On Sunday during the pumpkin regatta my son was watching from the footbridge in Riverside Park with his bike, and two older boys shoved him off it and rode away on it toward the skate park. His arm and chin got scraped on the boards. It's a blue Trek mountain bike. He's 12 and he was too embarrassed to say anything until yesterday at dinner.",
         spoken="web form on sunday during the pumpkin regatta my son was watching from the foot bridge in river side park with his bike and two older boys shoved him off it and rode away on it toward the skate park his arm and chin got scraped on the boards it's a blue trek mountain bike he's twelve and he was too embarrassed to say anything until yesterday at dinner",
         at="2042-10-24 12:10", entities=[P(count="1", sex="male"), P(count="2", sex="male"), V(colour="blue", type="bicycle")],
         places=[("landmark", "Riverside Park")], category="robbery", priority="medium"),
    # Non-native, an election canvasser on the Thursday: a man at a door took her tablet and, when she asked for it,
    # pushed her down his steps, her wrist perhaps broken: force to take property, robbery, high (an injury). The man a
    # person; "the blue door, number 948" on Birch, the address.
    dict(written="Hello, I am volunteer for the election, I knock the doors on Birch Street. A man open the door, he take my tablet from my hand, I say please give it back, he push me down the stairs. My wrist is very pain, I think is broken. He close the door and lock. Is the house with the blue door, number 948.",
         spoken="hello i am volunteer for the election i knock the doors on burch street a man open the door he take my tablet from my hand i say please give it back he push me down the stairs my wrist is very pain i think is broken he close the door and lock is the house with the blue door number nine forty eight",
         at="2042-10-23 16:45", entities=[P(count="1", sex="male")],
         places=[("address", 948, "Birch Street")], category="robbery", priority="high"),

    # ---------------------------------------------------------------- assault
    # The Zombie Crawl on the Saturday: a drunk man in zombie makeup bit the caller's girlfriend on the shoulder through
    # her shirt, bleeding, and is laughing with his friends by a bench: an injury (high). The man ("heavy" heavy, "grey
    # overalls"), the girlfriend and "his buddies" (2+) persons; outside the pharmacy relative.
    dict(written="Zombie Crawl, on Main outside the pharmacy. A drunk guy in zombie makeup grabbed my girlfriend from behind and bit her on the shoulder, for real, hard, it went through her shirt and she's bleeding, you can see the teeth marks. Now he's laughing about it with his buddies by the bench. He's heavy, grey overalls, fake blood all down the front.",
         spoken="zombie crawl on maine outside the pharmacy a drunk guy in zombie make up grabbed my girlfriend from behind and bit her on the shoulder for real hard it went through her shirt and she's bleeding you can see the teeth marks now he's laughing about it with his buddies by the bench he's heavy grey overalls fake blood all down the front",
         at="2042-10-25 20:30", entities=[P(count="1", sex="male", build="heavy", clothing=["grey overalls"]), P(count="1", sex="female"), ("now",), P(count="2+")],
         places=[("relative", ("landmark", "Main Street Pharmacy"))], category="assault", priority="high"),
    # The candidates' forum's end on the Wednesday night: a heckler followed a school board candidate down the library's
    # front steps and shoved her from behind, her head bleeding; he is walking off down Elm: an injury (high). The man
    # ("grey ponytail" no clothing, "green army jacket" -> "green jacket") and the candidate persons; "toward 5th" a
    # street alone; the front steps are the library's.
    dict(written="Out front of the library, after the candidates' forum. A man who was heckling all night followed one of the school board candidates down the front steps and shoved her from behind, she went down the last three steps and her head's bleeding, she's sitting up. He's walking off down Elm toward 5th. Grey ponytail, green army jacket.",
         spoken="out front of the library after the candidates forum a man who was heckling all night followed one of the school board candidates down the front steps and shoved her from behind she went down the last three steps and her head's bleeding she's sitting up he's walking off down elm toward fifth grey pony tail green army jacket",
         at="2042-10-22 21:05", entities=[P(count="1", sex="male", clothing=["green jacket"]), P(count="1", sex="female")],
         places=[("landmark", "Oakford Public Library")], category="assault", priority="high"),
    # A 14-year-old typing on the Monday night: her brother punched their mother in the face, her nose will not stop
    # bleeding; "now hes in the garage smashing stuff": an injury (high). The brother (his stated age not annotated) and
    # the mother persons; "now" of a person of the event; "812 5th street" the address.
    dict(written="my brother punched my mom in the face and her nose wont stop bleeding. hes 19 and hes drunk. now hes in the garage smashing stuff. we are at 812 5th street. im 14 please come fast",
         spoken="my brother punched my mom in the face and her nose won't stop bleeding he's nineteen and he's drunk now he's in the garage smashing stuff we are at eight twelve fifth street i'm fourteen please come fast",
         at="2042-10-20 22:15", entities=[P(count="1", sex="male"), P(count="1", sex="female"), ("now",)],
         places=[("address", 812, "5th Street")], category="assault", priority="high"),
    # After Senior Night on the Friday: a group of the visiting school's kids jumped an Oakford boy in the student lot
    # and are kicking him in the head, and he has stopped moving: a life at risk (critical). "a bunch of Cold River
    # kids" (2+) and the boy persons; "Somebody" yelling no person of the event; the student lot is Oakford High's.
    dict(written="Fight in the student lot at Oakford High after the game. A bunch of Cold River kids jumped one of our boys and he's on the ground and they're kicking him in the head, he's not moving anymore. Somebody's yelling they're getting in a car. Please hurry.",
         spoken="fight in the student lot at oakford high after the game a bunch of cold river kids jumped one of our boys and he's on the ground and they're kicking him in the head he's not moving any more somebody's yelling they're getting in a car please hurry",
         at="2042-10-24 22:10", entities=[P(count="2+"), P(count="1", sex="male")],
         places=[("landmark", "Oakford High School")], category="assault", priority="critical"),
    # The roundabout job's first day, the Monday: a driver tired of waiting got out and punched the flagger in the face,
    # her glasses broken and her nose bleeding; "now" back in his car in the line: an injury (high). The driver and the
    # flagger persons; "Silver Toyota Tundra" tundra with its plate letter by letter (VXE4417); "now" of a person of the
    # event; "Kingsley and 6th" the intersection.
    dict(written="Kingsley and 6th, the new roundabout site. A guy in the line who didn't want to wait got out and punched our flagger in the face, knocked her stop sign out of her hand and broke her glasses, her nose is bleeding pretty good. Now he's sitting back in his truck in line like nothing happened. Silver Toyota Tundra, plate V X E 4417.",
         spoken="kingsly and sixth the new round about site a guy in the line who didn't want to wait got out and punched our flagger in the face knocked her stop sign out of her hand and broke her glasses her nose is bleeding pretty good now he's sitting back in his truck in line like nothing happened silver toyota tundra plate v x e four four one seven",
         at="2042-10-20 15:30", entities=[P(count="1", sex="male"), P(count="1", sex="female"), ("now",), V(colour="silver", make="toyota", model="tundra", plate="VXE4417")],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="assault", priority="high"),
    # The Thursday morning: "Yesterday" (a whole day, no time) in the flu clinic's line of cars a woman who thought the
    # caller's father had cut in hit his forearm twice through his window with her umbrella, leaving a long welt: an
    # injury a day old, high lowered to medium. The woman ("maybe 70" 67-73) and the father (his stated age not
    # annotated) persons; "White Buick LaCrosse" lacrosse (hers, a vehicle of the event); the umbrella no weapon type;
    # the line behind City Hall is City Hall's.
    dict(written="Yesterday in the line of cars for the flu shots behind City Hall, the woman in the car behind my father got out, marched up to his window yelling that he'd cut in, and whacked his forearm twice with her umbrella. He's got a long welt and it's split open in one spot. He's 81, he's on blood thinners and it bled all evening. She was maybe 70, white Buick LaCrosse.",
         spoken="yesterday in the line of cars for the flu shots behind city hall the woman in the car behind my father got out marched up to his window yelling that he'd cut in and whacked his forearm twice with her umbrella he's got a long welt and it's split open in one spot he's eighty one he's on blood thinners and it bled all evening she was maybe seventy white buick lacrosse",
         at="2042-10-23 10:00", entities=[P(count="1", sex="female", age="67-73"), P(count="1", sex="male"), V(colour="white", make="buick", model="lacrosse")],
         places=[("landmark", "City Hall")], category="assault", priority="medium"),
    # FreshMart on the Tuesday: a man asked to show his receipt "just" threw a can of soup at the cashier's face, her
    # eyebrow split, and is in the lot "right now": an injury (high). The man ("W/M 50s" 50-59 in a store manager's
    # words, "yellow raincoat") and the cashier persons; "just" and "right now" one now; the self-checkout and the lot
    # are FreshMart's.
    dict(written="FreshMart, I'm the front end manager. A man at the self-checkout got mad when our cashier asked to see his receipt and he just threw a can of soup at her face, it split her eyebrow open and she's bleeding down her cheek. He's walking out to the lot right now. White male, 50s, yellow raincoat.",
         spoken="fresh mart i'm the front end manager a man at the self check out got mad when our cashier asked to see his receipt and he just threw a can of soup at her face it split her eyebrow open and she's bleeding down her cheek he's walking out to the lot right now white male fifties yellow rain coat",
         at="2042-10-21 17:35", entities=[P(count="1", sex="male", age="50-59", clothing=["yellow raincoat"]), ("now",), P(count="1", sex="female")],
         places=[("landmark", "FreshMart Supermarket")], category="assault", priority="high"),

    # ---------------------------------------------------------------- burglary
    # Opening night of the Haunted Trail, the Thursday: the family's doorbell camera shows a man inside their front hall
    # with a flashlight "right now", going up the stairs: burglary raised to high. The man ("black ski mask",
    # "backpack") a person; "right now" now; "624 Hawthorn" the address.
    dict(written="We're at the Haunted Trail and my phone just pinged. Our doorbell camera at 624 Hawthorn shows a man inside our front hall right now with a flashlight, he's going up the stairs. Nobody's supposed to be home. Black ski mask and a backpack.",
         spoken="we're at the haunted trail and my phone just pinged our door bell camera at six twenty four hawthorne shows a man inside our front hall right now with a flash light he's going up the stairs nobody's supposed to be home black ski mask and a back pack",
         at="2042-10-23 20:25", entities=[P(count="1", sex="male", clothing=["black ski mask", "backpack"]), ("now",)],
         places=[("address", 624, "Hawthorn Avenue")], category="burglary", priority="high"),
    # A state rep campaign's office on the Saturday morning: "last night" (23:00 the day before, nine and a half hours
    # on) somebody came in through the back window and took two laptops with the volunteer lists and the donation jar:
    # burglary lowered to low. The somebody a person; "412 Main" the office's address.
    dict(written="I run the volunteers at the Dana for State Rep office, 412 Main. When I opened up this morning the back window over the sink was pushed in and both campaign laptops are gone, the ones with all our volunteer lists, and the donation jar off the front counter. The TV and the printer are still here. It had to be last night, we locked up at 9.",
         spoken="i run the volunteers at the dana for state rep office four twelve maine when i opened up this morning the back window over the sink was pushed in and both campaign laptops are gone the ones with all our volunteer lists and the donation jar off the front counter the t v and the printer are still here it had to be last night we locked up at nine",
         at="2042-10-25 08:30", entities=[("local", "2042-10-24 23:00")],
         places=[("address", 412, "Main Street")], category="burglary", priority="low"),
    # The Wednesday: the caller brought her aunt home after a week in St. Mary's ("from last Monday till today", a span)
    # to find the back door unlocked and a jewelry box, a coin jar and a TV gone: burglary days old, low. The aunt and
    # the "Somebody" who must have had a key persons; the late husband not annotated; St. Mary's where the aunt was, no
    # place of the event; "908 Willow" the address.
    dict(written="I'm calling for my aunt at 908 Willow. She was in St. Mary's from last Monday till today, and when I brought her home the back door was unlocked and her jewelry box, my late uncle's coin jar and the little TV from the kitchen are gone. No broken glass anywhere. Somebody must have had a key.",
         spoken="i'm calling for my aunt at nine oh eight willo she was in saint mary's from last monday till today and when i brought her home the back door was unlocked and her jewelry box my late uncle's coin jar and the little t v from the kitchen are gone no broken glass anywhere somebody must have had a key",
         at="2042-10-22 16:00", entities=[P(count="1", sex="female"), P(count="1")],
         places=[("address", 908, "Willow Street")], category="burglary", priority="low"),
    # Hillcrest Orchard on the Tuesday morning: "Sometime overnight" (02:00, five and a half hours before) somebody cut
    # the cider barn's padlock, took the weekend's cash from the office and about thirty gallons of cider: burglary,
    # medium. The somebody a person; "60 Old Mill Road" the address.
    dict(written="Hillcrest Orchard, 60 Old Mill Road. Sometime overnight somebody cut the padlock on our cider barn, cleaned out the weekend's cash from the office drawer and loaded up about thirty gallons of cider out of the walk-in. There's tire ruts through the wet grass from the barn door to the road.",
         spoken="hillcrest orchard sixty old mill road sometime over night somebody cut the pad lock on our cider barn cleaned out the weekend's cash from the office drawer and loaded up about thirty gallons of cider out of the walk in there's tire ruts through the wet grass from the barn door to the road",
         at="2042-10-21 07:30", entities=[("local", "2042-10-21 02:00"), P(count="1")],
         places=[("address", 60, "Old Mill Road")], category="burglary", priority="medium"),
    # Non-native, the Wednesday: "Now" a man is climbing through the back bathroom window of the house next door while
    # its family is in Florida, a white van in the drive: burglary raised to high. The man a person; the family away,
    # not annotated; "Now" of a person of the event; "A white van" white van; "Florida" no place; "1147 Cedar" the
    # address.
    dict(written="Please, the house next to me, 1147 Cedar, the family go to Florida for two weeks. Now a man climb in the window of the bathroom in the back, I see his legs go inside. He is still inside. A white van is in the driveway, no name on it.",
         spoken="please the house next to me eleven forty seven ceder the family go to florida for two weeks now a man climb in the window of the bath room in the back i see his legs go inside he is still inside a white van is in the drive way no name on it",
         at="2042-10-22 13:40", entities=[P(count="1", sex="male"), ("now",), V(colour="white", type="van")],
         places=[("address", 1147, "Cedar Street")], category="burglary", priority="high"),
    # The Monday evening: home from work, the caller found the back window of the garage smashed and her husband's
    # hunting gear gone (no time said; "Came home" the finding): burglary, medium. The husband and "whoever it was"
    # persons; the bow taken no weapon of the event; "315 Elm" the address.
    dict(written="Came home from work and the back window of our garage at 315 Elm is smashed out, glass all over the workbench. My husband's compound bow, his climbing tree stand and both his trail cameras are gone, and whoever it was left the chest freezer standing open. All his deer season stuff, the week before he goes up north.",
         spoken="came home from work and the back window of our garage at three fifteen elm is smashed out glass all over the work bench my husband's compound bow his climbing tree stand and both his trail cameras are gone and who ever it was left the chest freezer standing open all his deer season stuff the week before he goes up north",
         at="2042-10-20 18:10", entities=[P(count="1", sex="male"), P(count="1")],
         places=[("address", 315, "Elm Street")], category="burglary", priority="medium"),

    # ---------------------------------------------------------------- theft
    # Make a Difference Day on the Saturday: while the volunteers rake round the back of a house a man pulled up and is
    # tossing their leaf blowers and the church's new rakes into his pickup "right now": theft raised to high. The man
    # ("orange beanie") a person; "a brown Ford F-150" f-150 (a model, no type); "right now" now; "418 Cedar" the
    # address.
    dict(written="We're raking for Make a Difference Day at 418 Cedar and while we're all around back a guy pulled up out front, and right now he's tossing our leaf blowers and the church's brand new rakes into the bed of his truck. Brown Ford F-150, orange beanie. One of our kids is yelling at him from the porch.",
         spoken="we're raking for make a difference day at four eighteen ceder and while we're all around back a guy pulled up out front and right now he's tossing our leaf blowers and the church's brand new rakes into the bed of his truck brown ford f one fifty orange beanie one of our kids is yelling at him from the porch",
         at="2042-10-25 13:50", entities=[("now",), P(count="1", sex="male", clothing=["orange beanie"]), V(colour="brown", make="ford", model="f-150"), P(count="1")],
         places=[("address", 418, "Cedar Street")], category="theft", priority="high"),
    # The Tuesday morning: "last night" (23:00 the day before, ten hours on) a 912-pound pumpkin was taken off its
    # trailer in the driveway, equipment needed: theft lowered to low. The somebody and "they" one person; "912 pounds"
    # and "Saturday" no numbers or times of the event; "Ashby" no place; "1012 Maple" the address.
    dict(written="Somebody stole our giant pumpkin off the trailer in our driveway at 1012 Maple last night. It weighs 912 pounds, it took a tractor to load it, so whoever did it brought equipment. We were hauling it to the weigh-off in Ashby on Saturday. There's drag marks and a broken pallet in the grass.",
         spoken="somebody stole our giant pumpkin off the trailer in our drive way at ten twelve maple last night it weighs nine hundred twelve pounds it took a tractor to load it so who ever did it brought equipment we were hauling it to the weigh off in ashby on saturday there's drag marks and a broken pallet in the grass",
         at="2042-10-21 09:00", entities=[P(count="1"), ("local", "2042-10-20 23:00")],
         places=[("address", 1012, "Maple Avenue")], category="theft", priority="low"),
    # The Main Street Pharmacy on the Wednesday: while the pharmacist was in back a man reached over the counter, took
    # two bagged prescriptions from the pickup bin and walked out; he is at the bus stop out front "right now" going
    # through the bags: theft raised to high. The man ("Tall" tall, "camo jacket") and the pharmacist persons; "right
    # now" now; the bus stop out front is the Main Street Pharmacy's.
    dict(written="Main Street Pharmacy, the pickup counter. While our pharmacist was in the back a man leaned over the counter, pulled two of the bagged prescriptions out of the will-call bin and walked out the door with them. He's sitting at the bus stop out front right now tearing the bags open to see what he got. Tall, camo jacket.",
         spoken="main street pharmacy the pick up counter while our pharmacist was in the back a man leaned over the counter pulled two of the bagged prescriptions out of the will call bin and walked out the door with them he's sitting at the bus stop out front right now tearing the bags open to see what he got tall camo jacket",
         at="2042-10-22 16:45", entities=[P(count="1", sex="male", height="tall", clothing=["camo jacket"]), P(count="1"), ("now",)],
         places=[("landmark", "Main Street Pharmacy")], category="theft", priority="high"),
    # The Fright Depot's manager on the Thursday: "About half an hour ago" two teenage boys filled a backpack with masks
    # and a fog machine and ran out toward the food court: theft, medium. "two teenage boys" (2 male, 13-19) and each
    # described apart (the group's sex and age; "green Oakford Hockey hoodie" -> "green hoodie"; "short") persons; the
    # clerk a person; "About half an hour ago" 30 minutes; the store is in Northgate Mall.
    dict(written="This is the manager at Fright Depot, the Halloween store in Northgate Mall. About half an hour ago two teenage boys filled a backpack with masks and a fog machine and walked right out past the registers, and when my clerk yelled after them they ran toward the food court. One had a green Oakford Hockey hoodie, the other one's short with braces.",
         spoken="this is the manager at fright depot the halloween store in north gate mall about half an hour ago two teenage boys filled a back pack with masks and a fog machine and walked right out past the registers and when my clerk yelled after them they ran toward the food court one had a green oakford hockey hoodie the other one's short with braces",
         at="2042-10-23 19:00", entities=[("ago", 30), P(count="2", sex="male", age="13-19"), P(count="1", sex="male", age="13-19", clothing=["green hoodie"]), P(count="1", sex="male", age="13-19", height="short"), P(count="1")],
         places=[("landmark", "Northgate Mall")], category="theft", priority="medium"),
    # A web form on the Friday with a date: "On Sunday, October 19, between about 1 and 3 pm" (a span, no time) someone
    # cut the cable lock on a kayak at the Riverside Park boat launch during the regatta: theft days old, lowered to
    # low. The someone a person; the kayak no vehicle; the boat launch is Riverside Park's.
    dict(written="Web form: On Sunday, October 19, between about 1 and 3 pm, while I was up on the bank watching the pumpkin regatta, someone cut the cable lock and took my red Old Town kayak off the rack at the Riverside Park boat launch. The paddle was bungeed inside it. I have the serial number if you need it.",
         spoken="web form on sunday october nineteenth between about one and three p m while i was up on the bank watching the pumpkin regatta someone cut the cable lock and took my red old town kayak off the rack at the river side park boat launch the paddle was bungeed inside it i have the serial number if you need it",
         at="2042-10-24 11:00", entities=[P(count="1")],
         places=[("landmark", "Riverside Park")], category="theft", priority="low"),
    # The Saturday morning: the eight potted mums and the hay bale the caller set out on her front steps for fall are
    # gone (no time said; "this morning" the finding): theft, medium. No person said (the taking told in the passive);
    # "1160 Elm" the address.
    dict(written="All eight of the big potted mums and the hay bale I had out on my front steps at 1160 Elm are gone, and so is the little wooden scarecrow sign my granddaughter painted. They were there when I went to bed. Forty dollars apiece for those mums.",
         spoken="all eight of the big potted mums and the hay bale i had out on my front steps at eleven sixty elm are gone and so is the little wooden scarecrow sign my granddaughter painted they were there when i went to bed forty dollars apiece for those mums",
         at="2042-10-25 08:10", entities=[],
         places=[("address", 1160, "Elm Street")], category="theft", priority="medium"),
    # Senior Night on the Friday: a man going down the cars parked along 3rd by the high school trying every door is
    # inside one "right now", pulling things out: theft raised to high. The man ("black hoodie", "grey sweatpants") a
    # person; the car he is in not described, no vehicle; "right now" now; "3rd between Hawthorn and Willow" the 200
    # block of 3rd Street.
    dict(written="During the game there's a guy going down the row of cars parked on 3rd between Hawthorn and Willow trying every door handle, and right now he's inside somebody's car with the dome light on pulling stuff out of the console. Black hoodie, grey sweatpants. I'm across the street on my porch.",
         spoken="during the game there's a guy going down the row of cars parked on third between hawthorne and willo trying every door handle and right now he's inside somebody's car with the dome light on pulling stuff out of the console black hoodie grey sweat pants i'm across the street on my porch",
         at="2042-10-24 20:30", entities=[P(count="1", sex="male", clothing=["black hoodie", "grey sweatpants"]), ("now",)],
         places=[("block", 200, "3rd Street")], category="theft", priority="high"),

    # ---------------------------------------------------------------- traffic
    # The Tuesday's rain, before the flaggers are out: drivers are going round the half-built roundabout at Kingsley and
    # 6th the wrong way, two nearly head-on (no time said): traffic, medium (the present progressive lifts only a low
    # call). No persons (passing drivers); "just about" a near miss, no time; "Kingsley and 6th" the intersection.
    dict(written="The new roundabout at Kingsley and 6th has the cones all moved around in this rain and people are going around it the wrong way, two cars just about hit head-on in front of me. The flagger isn't out yet. Somebody's going to get killed there before the crew shows up.",
         spoken="the new round about at kingsly and sixth has the cones all moved around in this rain and people are going around it the wrong way two cars just about hit head on in front of me the flagger isn't out yet somebody's going to get killed there before the crew shows up",
         at="2042-10-21 07:50", entities=[],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="traffic", priority="medium"),
    # The Sunday morning: a tour bus parked with its flashers on in the lane of Old Mill Road in front of the orchard so
    # its passengers can photograph the trees from the road, cars braking hard over the crest (no time said): a road
    # hazard, traffic, medium. "A big tour bus" bus (a vehicle of the event); "people" (2+) persons; "in front of
    # Hillcrest Orchard, number 60" relative to the address.
    dict(written="A big tour bus is parked with its flashers going in the northbound lane of Old Mill Road right in front of Hillcrest Orchard, number 60, just over the crest of the hill, so its people can get pictures of the trees, and they're standing out in the road with their phones. Everybody coming over the top has to stand on their brakes and go around it blind.",
         spoken="a big tour bus is parked with its flashers going in the north bound lane of old mill road right in front of hillcrest orchard number sixty just over the crest of the hill so its people can get pictures of the trees and they're standing out in the road with their phones every body coming over the top has to stand on their brakes and go around it blind",
         at="2042-10-19 11:40", entities=[V(type="bus"), P(count="2+")],
         places=[("relative", ("address", 60, "Old Mill Road"))], category="traffic", priority="medium"),
    # The Sunday morning before the regatta: a farm truck took the curve on River Road by 8th too fast, a giant pumpkin
    # rolled off and burst, and the car behind "just" hit it and spun into the guardrail, its driver's forehead
    # bleeding: an injury (high). "Old green Ford flatbed" green ford truck ("flatbed" a type word of a truck; its
    # driver no person said); "the car behind it" car; the driver a person; "just" now; "toward the QuickStop" the way
    # it went, no place of the event; "River Road by 8th" the intersection.
    dict(written="A farm truck hauling giant pumpkins took the curve on River Road by 8th way too fast and one rolled off the back and burst all over the road, and the car behind it just hit it and spun into the guardrail. The lady driving is bleeding from her forehead, she's talking to me. The truck kept going toward the QuickStop. Old green Ford flatbed.",
         spoken="a farm truck hauling giant pumpkins took the curve on river road by eighth way too fast and one rolled off the back and burst all over the road and the car behind it just hit it and spun into the guard rail the lady driving is bleeding from her forehead she's talking to me the truck kept going toward the quick stop old green ford flat bed",
         at="2042-10-19 09:40", entities=[V(colour="green", make="ford", type="truck"), V(type="car"), ("now",), P(count="1", sex="female")],
         places=[("intersection", "River Road", "8th Street")], category="traffic", priority="high"),
    # The Tuesday evening's wind and rain: an oak came down across Willow between 8th and 9th and a car ran into its top
    # in the dark; the driver is out and unhurt, the car stuck in the branches, the road blocked (no time said):
    # traffic, medium. "a car" car (the vehicle of the event) and the driver persons; "Willow between 8th and 9th" the
    # 800 block of Willow.
    dict(written="A big oak came down across Willow between 8th and 9th in this wind and a car drove right into the top of it in the dark. The driver's OK, she climbed out the passenger side, but the car's wedged in the branches and the whole street's blocked both ways. The wires look like they're still up.",
         spoken="a big oak came down across willo between eighth and ninth in this wind and a car drove right into the top of it in the dark the driver's ok she climbed out the passenger side but the car's wedged in the branches and the whole street's blocked both ways the wires look like they're still up",
         at="2042-10-21 18:25", entities=[V(type="car"), P(count="1", sex="female")],
         places=[("block", 800, "Willow Street")], category="traffic", priority="medium"),
    # The Thursday before sunrise: a car "just" hit a boy in the crosswalk at 7th and Maple on his way to the bus, his
    # leg swelling; the driver stopped: an injury (high). The boy and the driver persons; "Blue Honda CR-V" cr-v; "just"
    # now; "7th and Maple" the intersection.
    dict(written="A car just hit a boy in the crosswalk at 7th and Maple on his way to the bus, it's still pitch dark out. He's sitting on the curb holding his leg and crying and it's swelling up already. The driver stopped, she's with him. Blue Honda CR-V.",
         spoken="a car just hit a boy in the cross walk at seventh and maple on his way to the bus it's still pitch dark out he's sitting on the curb holding his leg and crying and it's swelling up already the driver stopped she's with him blue honda c r v",
         at="2042-10-23 07:05", entities=[("now",), P(count="1", sex="male"), P(count="1", sex="female"), V(colour="blue", make="honda", model="cr-v")],
         places=[("intersection", "7th Street", "Maple Avenue")], category="traffic", priority="high"),
    # The Thursday morning: "Last night around 11:30" (23:30 the day before, nine hours on) a pickup towing a camper
    # took out the caller's mailbox and the fender of the parked car and kept going: a hit-and-run on a parked car,
    # traffic lowered to low. "Dark green, Ford maybe" green ford pickup ("a pickup" a type word; "maybe" said, the make
    # kept as said); its driver a person; "toward 11th" a street alone; "1033 Walnut" the address.
    dict(written="Last night around 11:30 a pickup towing a camper took out my mailbox and the whole front fender of my car parked at 1033 Walnut. I heard the bang and ran out and he just kept on going toward 11th. Pieces of the camper's taillight are still in the road. Dark green, Ford maybe.",
         spoken="last night around eleven thirty a pick up towing a camper took out my mailbox and the whole front fender of my car parked at ten thirty three wall nut i heard the bang and ran out and he just kept on going toward eleventh pieces of the camper's tail light are still in the road dark green ford maybe",
         at="2042-10-23 08:30", entities=[("local", "2042-10-22 23:30"), V(colour="green", make="ford", type="pickup"), P(count="1", sex="male")],
         places=[("address", 1033, "Walnut Street")], category="traffic", priority="low"),
    # The Zombie Crawl on the Saturday night: a man in zombie makeup staggered off the curb on Main by 7th into a
    # pickup, went up on its hood and lies in the road not moving, breathing like snoring: a life at risk (critical).
    # The man and "The pickup's driver" persons ("Everybody", the crowd with the caller, not annotated); "a white
    # pickup" white pickup; "Main by 7th" the intersection.
    dict(written="Zombie Crawl, Main by 7th! A guy in zombie makeup staggered off the curb right in front of a white pickup, he rolled up over the hood and came down on his head. He's flat on the pavement, not moving, and his breathing sounds like snoring. Everybody thought he was acting at first. The pickup's driver is out, he's sobbing.",
         spoken="zombie crawl maine by seventh a guy in zombie make up staggered off the curb right in front of a white pick up he rolled up over the hood and came down on his head he's flat on the pavement not moving and his breathing sounds like snoring every body thought he was acting at first the pick up's driver is out he's sobbing",
         at="2042-10-25 22:05", entities=[P(count="1", sex="male"), V(colour="white", type="pickup"), P(count="1", sex="male")],
         places=[("intersection", "Main Street", "7th Street")], category="traffic", priority="critical"),

    # ---------------------------------------------------------------- drugs
    # Take Back Day on the Saturday: a man on the sidewalk past the line at the police station "keeps stopping" people
    # with their bags and offering cash for their old pain pills (no time said): a present progressive lifts low to
    # medium. The man ("Red Patriots cap" -> "red cap"; "grey beard" no clothing) and "people" (2+) persons; "Patriots"
    # a team, no place; the sidewalk by the line is the police station's.
    dict(written="I'm at the Take Back Day drop-off at the police station, and there's a guy on the sidewalk just past the line who keeps stopping people walking up with their bags and offering them cash for their old pain pills before they get to the box. He's got a roll of twenties. Red Patriots cap, grey beard.",
         spoken="i'm at the take back day drop off at the police station and there's a guy on the side walk just past the line who keeps stopping people walking up with their bags and offering them cash for their old pain pills before they get to the box he's got a roll of twenties red patriots cap grey beard",
         at="2042-10-25 11:20", entities=[P(count="1", sex="male", clothing=["red cap"]), P(count="2+")],
         places=[("landmark", "Oakford Police Department")], category="drugs", priority="medium"),
    # The Zombie Crawl on the Saturday: a man with a skull-painted face selling molly from a fanny pack in a bar's
    # bathroom line "right now": drugs raised to medium. The man ("short" short, "black hoodie"; face paint no clothing)
    # a person; "anybody who asks" no person; "$20" no number of a place; "815 Main" the bar's address.
    dict(written="Zombie Crawl, I'm in the bathroom line at the Tap Room, 815 Main. There's a guy with his face painted like a skull selling molly out of a fanny pack to anybody who asks, right now, $20 a cap, he's not even hiding it. Short, black hoodie.",
         spoken="zombie crawl i'm in the bath room line at the tap room eight fifteen maine there's a guy with his face painted like a skull selling molly out of a fanny pack to anybody who asks right now twenty dollars a cap he's not even hiding it short black hoodie",
         at="2042-10-25 21:15", entities=[P(count="1", sex="male", height="short", clothing=["black hoodie"]), ("now",)],
         places=[("address", 815, "Main Street")], category="drugs", priority="medium"),
    # The Wednesday morning, in the dark: at the bus stop at 4th and Walnut a man sells vape carts through his car
    # window to middle schoolers every morning (a habit) and is there "right now": selling to children (low to medium;
    # recency, raises do not stack). The man, "the middle school kids" (2+) and the daughter (her stated age not
    # annotated) persons; "a black Dodge Charger" charger; "right now" now; "4th and Walnut" the intersection.
    dict(written="Every morning at the bus stop at 4th and Walnut a guy pulls up in a black Dodge Charger and sells vape carts to the middle school kids through his window while they wait in the dark. He's there right now. My daughter's 12, she finally told me.",
         spoken="every morning at the bus stop at fourth and wall nut a guy pulls up in a black dodge charger and sells vape carts to the middle school kids through his window while they wait in the dark he's there right now my daughter's twelve she finally told me",
         at="2042-10-22 07:10", entities=[P(count="1", sex="male"), V(colour="black", make="dodge", model="charger"), P(count="2+"), ("now",), P(count="1", sex="female")],
         places=[("intersection", "4th Street", "Walnut Street")], category="drugs", priority="medium"),
    # A Haunted Trail volunteer on the Thursday afternoon, setting up: a needle, a burnt spoon and a baggie found inside
    # the prop coffin: a find, drugs, low. No persons; "tonight" a plan, no time; the graveyard scene is Riverside
    # Park's.
    dict(written="I'm one of the Rotary volunteers setting up the Haunted Trail in Riverside Park for tonight. We opened up the coffin in the graveyard scene and there's a needle, a burnt spoon and a little baggie with brown stuff in the corner tucked inside it. Can somebody come get it? We're not touching it.",
         spoken="i'm one of the rotary volunteers setting up the haunted trail in river side park for tonight we opened up the coffin in the graveyard scene and there's a needle a burnt spoon and a little baggie with brown stuff in the corner tucked inside it can somebody come get it we're not touching it",
         at="2042-10-23 15:00", entities=[],
         places=[("landmark", "Riverside Park")], category="drugs", priority="low"),
    # The Tuesday: a father found texts on his 19-year-old son's phone arranging Xanax bars from a man who meets him in
    # the Central Station lot (no event time; "Thursday at 8" a plan): drugs, low. The son (his stated age not
    # annotated) and the man ("a guy he calls Dre") persons; the station's lot the place named.
    dict(written="I found texts on my son's phone, he's 19, and he's been buying Xanax bars off a guy he calls Dre who meets him in the Central Station lot. The last text says Thursday at 8, same spot, bring 60. I don't know what else to do. He doesn't know I'm calling.",
         spoken="i found texts on my son's phone he's nineteen and he's been buying xanax bars off a guy he calls dre who meets him in the central station lot the last text says thursday at eight same spot bring sixty i don't know what else to do he doesn't know i'm calling",
         at="2042-10-21 13:00", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("landmark", "Central Station")], category="drugs", priority="low"),
    # Dispatch on the Monday: approx 1438 two subjects in a car in the FreshMart lot passing small bags out the window
    # to people walking up, still on scene: drugs raised to medium (a said time within 15 minutes). "2 subjs" (2) and
    # the driver described apart ("W/F 30s", female 30-39) and "people" (2+) persons; the RP (the store manager) the
    # caller; "a silver Nissan Altima" altima with its plate in the NATO alphabet (KJM3390); "approx 20 min" a duration;
    # the lot is FreshMart's.
    dict(written="Narcotics complaint, FreshMart lot by the cart return, approx 1438. RP (store manager) states 2 subjs in a silver Nissan Altima, reg Kilo Juliet Mike 3390, passing small bags out the driver's window to people walking up. Driver W/F 30s. Veh still on scene, there approx 20 min.",
         spoken="narcotics complaint fresh mart lot by the cart return approximately fourteen thirty eight r p store manager states two subjects in a silver nissan altima registration kilo juliet mike three three nine zero passing small bags out the driver's window to people walking up driver white female thirties vehicle still on scene there approximately twenty minutes",
         at="2042-10-20 14:45", entities=[("local", "2042-10-20 14:38"), P(count="2"), V(colour="silver", make="nissan", model="altima", plate="KJM3390"), P(count="2+"), P(count="1", sex="female", age="30-39")],
         places=[("landmark", "FreshMart Supermarket")], category="drugs", priority="medium"),

    # ---------------------------------------------------------------- vandalism
    # The Thursday night: three men knocking the heads off the entries in Maple Square's scarecrow contest "right now"
    # and kicking the pumpkin heads about: vandalism raised to medium. "three guys" (3 male) and the one described apart
    # (the group's sex; "white Oakford Baseball hoodie" -> "white hoodie") persons; "The kids" who made them no persons
    # of the event; "right now" now.
    dict(written="There's three guys knocking the heads off the scarecrows in the scarecrow contest in Maple Square right now, they're kicking the pumpkin heads across the grass like footballs and laughing. The kids from Lincoln made half of those. One of them's in a white Oakford Baseball hoodie.",
         spoken="there's three guys knocking the heads off the scarecrows in the scarecrow contest in maple square right now they're kicking the pumpkin heads across the grass like footballs and laughing the kids from lincon made half of those one of them's in a white oakford baseball hoodie",
         at="2042-10-23 21:30", entities=[P(count="3", sex="male"), ("now",), P(count="1", sex="male", clothing=["white hoodie"])],
         places=[("landmark", "Maple Square")], category="vandalism", priority="medium"),
    # The Wednesday morning: every "Yes on the School Budget" sign along a block of Chestnut slashed and LIAR sprayed on
    # them, found at dawn (no time said): vandalism, low. The somebody a person; "at 6" the finding, no time of the
    # event; "Chestnut between 5th and 6th" the 500 block of Chestnut.
    dict(written="Every one of the 'Yes on the School Budget' signs on Chestnut between 5th and 6th got slashed down the middle, including the big one on my fence, and somebody sprayed LIAR across them in orange paint. The 'No' signs weren't touched. I found it when I walked the dog at 6.",
         spoken="every one of the yes on the school budget signs on chesnut between fifth and sixth got slashed down the middle including the big one on my fence and somebody sprayed liar across them in orange paint the no signs weren't touched i found it when i walked the dog at six",
         at="2042-10-22 07:40", entities=[P(count="1")],
         places=[("block", 500, "Chestnut Street")], category="vandalism", priority="low"),
    # The roundabout's foreman on the Tuesday morning: "Sometime overnight" (02:00, five and a quarter hours before)
    # somebody poured sugar or sand into the excavator's fuel tank and smashed its cab window: vandalism, low. The
    # somebody a person; "Kingsley and 6th" the intersection.
    dict(written="Foreman on the roundabout job, Kingsley and 6th. Sometime overnight somebody pried the fuel cap on our excavator and poured what looks like sugar or sand in the tank, there's granules all around the neck, and they smashed out the cab's side window. That machine's not going anywhere today.",
         spoken="foreman on the round about job kingsly and sixth sometime over night somebody pried the fuel cap on our excavator and poured what looks like sugar or sand in the tank there's granules all around the neck and they smashed out the cab's side window that machine's not going anywhere today",
         at="2042-10-21 07:15", entities=[("local", "2042-10-21 02:00"), P(count="1")],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="vandalism", priority="low"),
    # The Friday morning: "Last night" (23:00 the day before, ten hours on) after the Haunted Trail closed somebody
    # smashed its foam headstones and tore the wiring out of the talking skeleton: vandalism, low. The somebody a
    # person; "tonight" a plan; the graveyard scene is Riverside Park's.
    dict(written="Rotary Haunted Trail. Last night after we closed up somebody went through the graveyard scene in Riverside Park and stomped every one of the foam headstones flat and ripped the wiring out of the talking skeleton. Two weeks of work. We'll patch it for tonight but I want it on the record.",
         spoken="rotary haunted trail last night after we closed up somebody went through the graveyard scene in river side park and stomped every one of the foam head stones flat and ripped the wiring out of the talking skeleton two weeks of work we'll patch it for tonight but i want it on the record",
         at="2042-10-24 09:00", entities=[("local", "2042-10-23 23:00"), P(count="1")],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="low"),
    # "It's 1:40 in the morning" (01:40, said during the event) on the Saturday: a man on a block of Pine swinging a
    # golf club at the side mirrors of the parked cars, six gone: vandalism raised to medium. The man a person; "a golf
    # club" a tool used on things, no weapon; "Pine between 10th and 11th" the 1000 block of Pine.
    dict(written="It's 1:40 in the morning, Pine between 10th and 11th. Some man is out there with a golf club teeing off on the side mirrors of the parked cars, whack, one after the other, six so far. I've got my lights off so he won't see me at the window.",
         spoken="it's one forty in the morning pine between tenth and eleventh some man is out there with a golf club teeing off on the side mirrors of the parked cars whack one after the other six so far i've got my lights off so he won't see me at the window",
         at="2042-10-25 01:42", entities=[("local", "2042-10-25 01:40"), P(count="1", sex="male")],
         places=[("block", 1000, "Pine Street")], category="vandalism", priority="medium"),
    # A coach company's owner on the Monday: its coach parked overnight in the lot behind the Old Mill Brewery has all
    # six tyres on one side slashed (no time said; "this morning" the finding): vandalism, low. The somebody a person;
    # the coach the caller's, no vehicle of the event; the lot behind the Old Mill Brewery relative.
    dict(written="I own Birchwood Coach Lines. Our coach was parked overnight in the lot behind the Old Mill Brewery, they let us use it, and this morning all six tires on the driver's side are slashed. Somebody did it with a blade, you can see the cuts in the sidewalls. Forty-two people were supposed to go to the orchards today.",
         spoken="i own birchwood coach lines our coach was parked over night in the lot behind the old mill brewery they let us use it and this morning all six tires on the driver's side are slashed somebody did it with a blade you can see the cuts in the side walls forty two people were supposed to go to the orchards today",
         at="2042-10-20 08:10", entities=[P(count="1")],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # The Haunted Trail's Thursday: a grey van with no back windows at the edge of the line, its side door ajar, a man
    # in it who "has been watching" the children in line for an hour and photographing them (no time said): a present
    # progressive lifts low to medium (children about too; raises do not stack). "a grey van" grey van ("out of state"
    # no plate); the man and "the kids" (2+) persons; the line is Riverside Park's.
    dict(written="There's a grey van with no back windows parked at the edge of the Haunted Trail line in Riverside Park, the side door's slid open a crack and the man in it has been watching the kids in line for like an hour, holding up his phone like he's taking pictures. The plate's out of state, I couldn't read it in the dark.",
         spoken="there's a grey van with no back windows parked at the edge of the haunted trail line in river side park the side door's slid open a crack and the man in it has been watching the kids in line for like an hour holding up his phone like he's taking pictures the plate's out of state i couldn't read it in the dark",
         at="2042-10-23 19:40", entities=[V(colour="grey", type="van"), P(count="1", sex="male"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="suspicious_vehicle", priority="medium"),
    # A bus driver's habit report on the Thursday: all week a dark blue Subaru Forester has followed the morning school
    # bus route, hanging back at each stop while children board (a habit; "This morning" no time): low. "a dark blue
    # Subaru Forester" blue forester ("dark blue" blue); its driver and "the kids" (2+) persons; "Willow and 10th" the
    # intersection.
    dict(written="I drive the morning run on bus 12. All this week a dark blue Subaru Forester follows my route, hangs back half a block at every stop while the kids get on and then pulls out behind me to the next one. The driver won't look at me when I stop. This morning it was there again at Willow and 10th.",
         spoken="i drive the morning run on bus twelve all this week a dark blue subaru forester follows my route hangs back half a block at every stop while the kids get on and then pulls out behind me to the next one the driver won't look at me when i stop this morning it was there again at willo and tenth",
         at="2042-10-23 08:00", entities=[V(colour="blue", make="subaru", model="forester"), P(count="1"), P(count="2+")],
         places=[("intersection", "Willow Street", "10th Street")], category="suspicious_vehicle", priority="low"),
    # Dispatch on Take Back Day, the Saturday: approx 1218 an SUV with no front plate across from the police station's
    # drop-off since 1000, two occupants photographing people dropping off medicines: raised to medium (a said time
    # within 15 minutes). "a black Chevy Tahoe" tahoe ("no front plate" no plate); "2 occupants" (2) and "people" (2+)
    # persons; the RP (a volunteer) the caller; "since 1000" when it came, no time; across from the police station
    # relative.
    dict(written="Susp veh across from the police station's Take Back Day drop-off, approx 1218. RP (volunteer) states a black Chevy Tahoe, no front plate, parked across the street since 1000, 2 occupants photographing people as they drop off meds and writing in a notebook. Veh still there.",
         spoken="suspicious vehicle across from the police station's take back day drop off approximately twelve eighteen r p volunteer states a black chevy tahoe no front plate parked across the street since ten hundred two occupants photographing people as they drop off meds and writing in a notebook vehicle still there",
         at="2042-10-25 12:25", entities=[("local", "2042-10-25 12:18"), V(colour="black", make="chevrolet", model="tahoe"), P(count="2"), P(count="2+")],
         places=[("relative", ("landmark", "Oakford Police Department"))], category="suspicious_vehicle", priority="medium"),
    # A web form on the Thursday: "Last night around 10:45" (22:45 the day before, ten hours on) a black pickup with its
    # lights off idled in front of a state rep candidate's house twenty minutes and crept off when the porch light came
    # on: low (hours old). "a black pickup" black pickup; its driver no person said; the husband (the candidate) a
    # person; "twenty minutes" a duration; "toward 12th" a street alone; "in front of our house at 1151 Birch" relative
    # to the address.
    dict(written="Web form: Last night around 10:45 a black pickup with its lights off sat idling in front of our house at 1151 Birch for twenty minutes, the night after my husband's name ran in the paper for the state rep race. When I flipped on the porch light it crept away slowly toward 12th. I'd like this on file in case it happens again.",
         spoken="web form last night around ten forty five a black pick up with its lights off sat idling in front of our house at eleven fifty one burch for twenty minutes the night after my husband's name ran in the paper for the state rep race when i flipped on the porch light it crept away slowly toward twelfth i'd like this on file in case it happens again",
         at="2042-10-23 08:45", entities=[("local", "2042-10-22 22:45"), V(colour="black", type="pickup"), P(count="1", sex="male")],
         places=[("relative", ("address", 1151, "Birch Street"))], category="suspicious_vehicle", priority="low"),
    # "It's 2 in the morning" (02:00, said during the event) on the Monday: a black Jeep with its headlights off
    # creeping along a block of Birch, stopping under each streetlight by the campaign signs, its third pass: raised to
    # medium. "a black Jeep" black jeep (a make alone); its driver no person said; "Birch between 5th and 6th" the 500
    # block of Birch.
    dict(written="It's 2 in the morning and a black Jeep with no headlights on is creeping along Birch between 5th and 6th, stopping under every streetlight where people have campaign signs in the yard and sitting there a minute, then rolling on. Third pass now, I've been watching from the upstairs window.",
         spoken="it's two in the morning and a black jeep with no head lights on is creeping along burch between fifth and sixth stopping under every street light where people have campaign signs in the yard and sitting there a minute then rolling on third pass now i've been watching from the up stairs window",
         at="2042-10-20 02:03", entities=[("local", "2042-10-20 02:00"), V(colour="black", make="jeep")],
         places=[("block", 500, "Birch Street")], category="suspicious_vehicle", priority="medium"),
    # A web form on the Thursday: "On Tuesday night in the storm" (a weekday, no time) a pickup with ladders and a
    # "Storm Cleanup" magnet circled a block of Oak three times shining a light on each roof, then parked while the man
    # wrote: days old, low. "a red pickup" red pickup; the man a person; "Oak between 10th and 11th" the 1000 block of
    # Oak.
    dict(written="Web form: On Tuesday night in the storm a red pickup with ladders on top and a 'Storm Cleanup' magnet on the door went slowly around our block on Oak between 10th and 11th three times, stopping to shine a spotlight up at each roof. Then it parked at the end and the man sat writing on a clipboard. Nobody on the street called anyone for cleanup.",
         spoken="web form on tuesday night in the storm a red pick up with ladders on top and a storm clean up magnet on the door went slowly around our block on oak between tenth and eleventh three times stopping to shine a spot light up at each roof then it parked at the end and the man sat writing on a clip board nobody on the street called anyone for clean up",
         at="2042-10-23 12:30", entities=[V(colour="red", type="pickup"), P(count="1", sex="male")],
         places=[("block", 1000, "Oak Street")], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # The Monday before sunrise: a man in a yellow reflective vest on a corner stopping children on their way to the bus
    # and asking their names and houses, "from the bus company"; "He's still there": children at risk (low to medium).
    # The man ("yellow reflective vest" -> "yellow vest") and "the kids" (2+) persons; "2nd and Chestnut" the
    # intersection.
    dict(written="It's still dark and there's a man in a yellow reflective vest on the corner of 2nd and Chestnut stopping the kids walking to the bus stop and asking them their names and which house they live in, he says he's from the bus company. The bus company doesn't do that. He's still standing there.",
         spoken="it's still dark and there's a man in a yellow reflective vest on the corner of second and chesnut stopping the kids walking to the bus stop and asking them their names and which house they live in he says he's from the bus company the bus company doesn't do that he's still standing there",
         at="2042-10-20 06:50", entities=[P(count="1", sex="male", clothing=["yellow vest"]), P(count="2+")],
         places=[("intersection", "2nd Street", "Chestnut Street")], category="suspicious_person", priority="medium"),
    # Make a Difference Day's afternoon: a young man with a rake who said he was a volunteer asked to use an old woman's
    # bathroom and was found coming out of her bedroom; the real volunteers do not know him ("This afternoon" no time):
    # low. The young man ("a young man" 18-29) and "The real volunteers" (2+) persons; "an hour later" no time; "1120
    # Hawthorn" the caller's address.
    dict(written="This afternoon a young man with a rake came to my door saying he was with the Make a Difference Day volunteers and asked to use my bathroom. He was gone a long time and I found him coming out of my bedroom instead. I don't see anything missing yet. The real volunteers came an hour later and said they don't know him. I'm 83 and I live alone at 1120 Hawthorn.",
         spoken="this afternoon a young man with a rake came to my door saying he was with the make a difference day volunteers and asked to use my bath room he was gone a long time and i found him coming out of my bed room instead i don't see anything missing yet the real volunteers came an hour later and said they don't know him i'm eighty three and i live alone at eleven twenty hawthorne",
         at="2042-10-25 16:30", entities=[P(count="1", sex="male", age="18-29"), P(count="2+")],
         places=[("address", 1120, "Hawthorn Avenue")], category="suspicious_person", priority="low"),
    # The Wednesday: a man with a lanyard and a tablet knocking at every house on a block of Walnut as an "election
    # volunteer" and asking to photograph people's driver's licenses "to confirm their registration"; "right now" on a
    # neighbour's porch: raised to medium. The man ("older" 60-90, "blue windbreaker" -> "blue jacket"), "people" (2+)
    # and the Kowalskis (a family named through a possessive, 2+) persons; "right now" now; "Walnut between 10th and
    # 11th" the 1000 block of Walnut.
    dict(written="A man with a lanyard and a tablet is knocking at every house on Walnut between 10th and 11th saying he's an election volunteer, and he's asking people to let him photograph their driver's license 'to confirm their registration.' That's not a thing. He's on the Kowalskis' porch right now. Older, blue windbreaker, no name on the lanyard.",
         spoken="a man with a lanyard and a tablet is knocking at every house on wall nut between tenth and eleventh saying he's an election volunteer and he's asking people to let him photograph their driver's license to confirm their registration that's not a thing he's on the kowalskis porch right now older blue wind breaker no name on the lanyard",
         at="2042-10-22 11:30", entities=[P(count="1", sex="male", age="60-90", clothing=["blue jacket"]), P(count="2+"), ("now",), P(count="2+")],
         places=[("block", 1000, "Walnut Street")], category="suspicious_person", priority="medium"),
    # "It's quarter past 2" (02:15, said during the event) on the Friday: somebody with a flashlight walking the apple
    # rows behind the orchard's farmhouse and trying the shed door: raised to medium. The somebody and the husband
    # persons; "behind our farmhouse at Hillcrest Orchard, 60 Old Mill Road" relative to the address.
    dict(written="It's quarter past 2 and there's somebody with a flashlight walking in the apple rows behind our farmhouse at Hillcrest Orchard, 60 Old Mill Road. They stopped at the equipment shed and tried the door. My husband wants to go out there with the dog and I don't want him to.",
         spoken="it's quarter past two and there's somebody with a flash light walking in the apple rows behind our farm house at hillcrest orchard sixty old mill road they stopped at the equipment shed and tried the door my husband wants to go out there with the dog and i don't want him to",
         at="2042-10-24 02:17", entities=[("local", "2042-10-24 02:15"), P(count="1"), P(count="1", sex="male")],
         places=[("relative", ("address", 60, "Old Mill Road"))], category="suspicious_person", priority="medium"),
    # The Haunted Trail's Friday night: a man in a Grim Reaper costume told the caller's 8-year-old she could skip the
    # line by a secret side path and was leading her by the wrist toward the woods when the caller caught up; "now" he
    # is back by the entrance: child luring (high). The man (a costume, no clothing; "Tall" tall) and the daughter (her
    # stated age not annotated) persons; "now" of a person of the event; the line and the entrance are Riverside Park's.
    dict(written="I'm at the Haunted Trail in Riverside Park. A man in a Grim Reaper costume told my 8-year-old she could skip the whole line if she came with him down a secret side path, and he had her by the wrist walking toward the woods when I caught up. He let go and said it was part of the show. It's not, I asked the Rotary people. Now he's standing back by the entrance. Tall.",
         spoken="i'm at the haunted trail in river side park a man in a grim reaper costume told my eight year old she could skip the whole line if she came with him down a secret side path and he had her by the wrist walking toward the woods when i caught up he let go and said it was part of the show it's not i asked the rotary people now he's standing back by the entrance tall",
         at="2042-10-24 19:25", entities=[P(count="1", sex="male", height="tall"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Riverside Park")], category="suspicious_person", priority="high"),
    # The Thursday morning: "Yesterday afternoon" (14:00 the day before) a man at the caller's mother's door said he was
    # from the town clerk's office and took her mail-in ballot "to mail it for her"; the clerk's office sends no one:
    # low (hours old). The man ("thin" thin, "grey suit") and the mother (her stated age not annotated) persons; "the
    # town clerk's office" no place; "1088 Maple" the mother's address.
    dict(written="Yesterday afternoon a man came to my mother's door at 1088 Maple and said he was from the town clerk's office, collecting mail-in ballots so the seniors wouldn't have to walk to the post office. She filled hers out right there and gave it to him. I called the clerk this morning and they don't send anybody. She's 88. He was thin, grey suit, had a clipboard with the town seal on it.",
         spoken="yesterday afternoon a man came to my mother's door at ten eighty eight maple and said he was from the town clerk's office collecting mail in ballots so the seniors wouldn't have to walk to the post office she filled hers out right there and gave it to him i called the clerk this morning and they don't send anybody she's eighty eight he was thin grey suit had a clip board with the town seal on it",
         at="2042-10-23 10:40", entities=[("local", "2042-10-22 14:00"), P(count="1", sex="male", build="thin", clothing=["grey suit"]), P(count="1", sex="female")],
         places=[("address", 1088, "Maple Avenue")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- disturbance
    # The Old Mill Brewery after the World Series game on the Friday: two groups of fans are screaming at each other in
    # the lot and throwing cans (no time said; "just ended" the game's, no time of the event): a present progressive
    # lifts low to medium. "two groups of fans" (2+) and "Our door guys" (2+) persons; the lot is the Old Mill
    # Brewery's.
    dict(written="Old Mill Brewery. The World Series game just ended and two groups of fans are screaming at each other out in our parking lot and throwing empty cans back and forth over the cars. Our door guys can't get between them. It's getting worse, one side's all wearing the other team's hats turned backwards.",
         spoken="old mill brewery the world series game just ended and two groups of fans are screaming at each other out in our parking lot and throwing empty cans back and forth over the cars our door guys can't get between them it's getting worse one side's all wearing the other team's hats turned backwards",
         at="2042-10-24 23:05", entities=[P(count="2+"), P(count="2+")],
         places=[("landmark", "Old Mill Brewery")], category="disturbance", priority="medium"),
    # The Tuesday night: a man on the porch of 310 Walnut kicking at the door and screaming he will kill his girlfriend
    # when he gets in; she and her two children inside: a woman in danger (high). The man, the girlfriend and "her two
    # kids" (2) persons; a bottle in his hand no weapon; "310 Walnut" the address.
    dict(written="The guy who lives at 310 Walnut is out on the porch kicking the front door and screaming he's going to kill her when he gets in. His girlfriend and her two kids are inside, she's yelling through the door for him to go away. He's got a bottle in his hand. I'm across the street.",
         spoken="the guy who lives at three ten wall nut is out on the porch kicking the front door and screaming he's going to kill her when he gets in his girlfriend and her two kids are inside she's yelling through the door for him to go away he's got a bottle in his hand i'm across the street",
         at="2042-10-21 23:20", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="2")],
         places=[("address", 310, "Walnut Street")], category="disturbance", priority="high"),
    # The Saturday: every night since the Thursday the Haunted Trail's chainsaw and scream recordings run past 10:30,
    # right behind the caller's house (a habit and a span): disturbance, low. No persons ("they" the Rotary, a body);
    # "past 10:30" and "Thursday" no times; "tonight" a plan; the trail is Riverside Park's.
    dict(written="Not an emergency. Every night since Thursday the Haunted Trail in Riverside Park blasts recorded chainsaws and women screaming until past 10:30, and the speakers point right at the back of our house. My kids can't sleep and my mother thinks someone's being murdered. Can they turn it toward the river at least tonight?",
         spoken="not an emergency every night since thursday the haunted trail in river side park blasts recorded chain saws and women screaming until past ten thirty and the speakers point right at the back of our house my kids can't sleep and my mother thinks someone's being murdered can they turn it toward the river at least tonight",
         at="2042-10-25 09:10", entities=[],
         places=[("landmark", "Riverside Park")], category="disturbance", priority="low"),
    # The candidates' forum on the Wednesday night: two men in the audience standing on their chairs screaming at each
    # other "right now", one "just" threw a water bottle at the stage: raised to medium. "Two men" (2 male) and the
    # moderator persons; "just" and "right now" one now; the community room is the library's.
    dict(written="Candidates' forum in the library community room. Two men in the audience are standing on their chairs screaming at each other about the school budget right now, one of them just threw a water bottle at the stage. The moderator's trying to shut it down. Please send somebody over.",
         spoken="candidates forum in the library community room two men in the audience are standing on their chairs screaming at each other about the school budget right now one of them just threw a water bottle at the stage the moderator's trying to shut it down please send somebody over",
         at="2042-10-22 20:15", entities=[P(count="2", sex="male"), ("now",), P(count="1")],
         places=[("landmark", "Oakford Public Library")], category="disturbance", priority="medium"),
    # "It's 1:30 in the morning" (01:30, said during the event) on the Tuesday: the roundabout crew at Kingsley and 6th
    # running a jackhammer and a backing truck's alarm under the caller's windows: raised to medium. "the crew" (2+)
    # persons; the baby a person; the truck not described as a vehicle of the event; "Kingsley and 6th" the
    # intersection.
    dict(written="It's 1:30 in the morning and the crew at the roundabout at Kingsley and 6th is running a jackhammer and a truck that's been beeping backing up for an hour, right under our bedroom windows. Nobody told us there'd be night work. We've got a baby who's up screaming now.",
         spoken="it's one thirty in the morning and the crew at the round about at kingsly and sixth is running a jack hammer and a truck that's been beeping backing up for an hour right under our bed room windows nobody told us there'd be night work we've got a baby who's up screaming now",
         at="2042-10-21 01:33", entities=[("local", "2042-10-21 01:30"), P(count="2+"), P(count="1")],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="disturbance", priority="medium"),
    # The Monday morning: "Last night from about 9 till 2" (a span, over) a short-term rental at 1126 Cedar had a party
    # for the regatta crowd, forty cars on the lawns and people yelling in the street: disturbance, low. "people" (2+)
    # persons; "forty cars" no vehicles of the event; "It's quiet now" a narrative now; "1126 Cedar" the address.
    dict(written="Last night from about 9 till 2 the Airbnb at 1126 Cedar had a party for the regatta crowd, forty cars parked all over everybody's lawns, people peeing in our hedges and yelling in the street. It's quiet now, but it's the third weekend in a row. Who do I talk to about the owner?",
         spoken="last night from about nine till two the airbnb at eleven twenty six ceder had a party for the regatta crowd forty cars parked all over every body's lawns people peeing in our hedges and yelling in the street it's quiet now but it's the third weekend in a row who do i talk to about the owner",
         at="2042-10-20 09:15", entities=[P(count="2+")],
         places=[("address", 1126, "Cedar Street")], category="disturbance", priority="low"),
    # Make a Difference Day on the Saturday: a homeowner on a block of Spruce screaming at the teenage volunteers for
    # raking the wrong yard, calling them names and throwing their leaf bags back into the street "right now": raised to
    # medium. The man and "the high school kids" (2+, "high school" no age range, as the earlier sets' "the high school
    # boys") persons; "right now" now; "Spruce between 6th and 7th" the 600 block of Spruce.
    dict(written="The man at the corner house on Spruce between 6th and 7th has come out into the street and right now he's screaming at the high school kids from Make a Difference Day because they raked his yard instead of his neighbor's, calling them every name there is and ripping their leaf bags open and throwing them back in the road. The kids are just standing there. It's a volunteer thing, for God's sake.",
         spoken="the man at the corner house on spruse between sixth and seventh has come out into the street and right now he's screaming at the high school kids from make a difference day because they raked his yard instead of his neighbor's calling them every name there is and ripping their leaf bags open and throwing them back in the road the kids are just standing there it's a volunteer thing for god's sake",
         at="2042-10-25 13:20", entities=[P(count="1", sex="male"), ("now",), P(count="2+")],
         places=[("block", 600, "Spruce Street")], category="disturbance", priority="medium"),

    # ---------------------------------------------------------------- other
    # The regatta on the Sunday: a paddler whose pumpkin split and sank is in the river clinging to a piece of it,
    # carried past the finish buoys toward the rocks, no life jacket, the rescue boat's motor dead: a rescue (other,
    # critical). The paddler a person; the finish buoys are Riverside Park's.
    dict(written="Pumpkin regatta, we need the fire department on the river! One of the pumpkins split open and sank in the middle and the man in it is hanging onto a chunk of it, the current's carrying him past the finish buoys toward the rocks below the footbridge. He's got no life jacket and our rescue boat's motor won't start.",
         spoken="pumpkin regatta we need the fire department on the river one of the pumpkins split open and sank in the middle and the man in it is hanging onto a chunk of it the current's carrying him past the finish buoys toward the rocks below the foot bridge he's got no life jacket and our rescue boat's motor won't start",
         at="2042-10-19 13:05", entities=[P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="other", priority="critical"),
    # A question on the Friday: can a late father's two old revolvers and a box of insulin needles be brought with his
    # pills to Take Back Day at the police station: other, low. No persons (the father dead); the revolvers no weapons
    # of an event (owned, asked about); "tomorrow" no time; the police station (where the drop-off is) the place.
    dict(written="Quick question about Take Back Day tomorrow at the police station. My father passed in August and he had two old revolvers and a box of insulin needles in his closet along with all his pills. Can I bring all of it to the table, or is there some other way you take the guns?",
         spoken="quick question about take back day tomorrow at the police station my father passed in august and he had two old revolvers and a box of insulin needles in his closet along with all his pills can i bring all of it to the table or is there some other way you take the guns",
         at="2042-10-24 14:30", entities=[],
         places=[("landmark", "Oakford Police Department")], category="other", priority="low"),
    # A tour escort on the Sunday afternoon: a passenger with early dementia did not come back to the coach at Maple
    # Square and has not been found in forty minutes: a missing vulnerable person (other, high). The passenger (by his
    # name; his stated age not annotated; "tan raincoat", "plaid cap" -> "cap"; the cane no weapon) a person; "forty
    # minutes" a duration, no time.
    dict(written="I'm the escort on a foliage tour. Our coach stopped at Maple Square for an hour and one of our passengers, Mr. Harold Beck, never came back to the bus. He's 84 and he has early dementia, he wanders. We've been searching the square and the shops for forty minutes. Tan raincoat, plaid cap, walks with a cane.",
         spoken="i'm the escort on a foliage tour our coach stopped at maple square for an hour and one of our passengers mr harold beck never came back to the bus he's eighty four and he has early dementia he wanders we've been searching the square and the shops for forty minutes tan rain coat plaid cap walks with a cane",
         at="2042-10-19 16:45", entities=[P(count="1", sex="male", clothing=["tan raincoat", "cap"])],
         places=[("landmark", "Maple Square")], category="other", priority="high"),
    # The Tuesday evening's storm: the water pushed a manhole cover off on Chestnut by 4th, a geyser over an open hole
    # in the lane in the dark: a road hazard (other, medium; a hole in a street, as holdout34's hidden hole). No persons
    # (passing drivers); "Chestnut by 4th" the intersection.
    dict(written="The storm water blew the manhole cover clean off on Chestnut by 4th. There's a fountain of water shooting up out of the hole, knee high, and the cover's lying over in the other lane. In the dark with all this rain you can't see it till your headlights are on it, somebody's going to drop a wheel in there.",
         spoken="the storm water blew the man hole cover clean off on chesnut by fourth there's a fountain of water shooting up out of the hole knee high and the cover's lying over in the other lane in the dark with all this rain you can't see it till your head lights are on it somebody's going to drop a wheel in there",
         at="2042-10-21 19:10", entities=[],
         places=[("intersection", "Chestnut Street", "4th Street")], category="other", priority="medium"),
    # A text on the Thursday posing as the town clerk: a mail-in ballot "rejected", identity to be verified through a
    # link asking for a Social Security number: a scam (other, low). No persons; "within 24 hours" no time; "Oakford
    # Town Clerk" a sender's name, no place: no place.
    dict(written="I got a text that says 'Oakford Town Clerk: your mail-in ballot was rejected, verify your identity within 24 hours' with a link that asks for my Social Security number. I haven't even mailed my ballot yet, it's still on my kitchen table. This is a scam, right? Who should know about it?",
         spoken="um i got a text that says oakford town clerk your mail in ballot was rejected verify your identity within twenty four hours with a link that asks for my social security number i haven't even mailed my ballot yet it's still on my kitchen table this is a scam right who should know about it",
         at="2042-10-23 13:00", entities=[],
         places=[], category="other", priority="low"),
    # The warm Friday: a small dog panting and scratching in a shut SUV in the Central Station lot for twenty minutes
    # and more: an animal at risk (other, low, as hand.py's dog in a hot car). "a black Toyota Highlander" highlander (a
    # vehicle of the event; "Connecticut" plates no plate); its owner no person said; "twenty minutes" a duration; the
    # lot is Central Station's.
    dict(written="It's like 75 out today and there's a little dog shut in a black Toyota Highlander in the Central Station lot with the windows all the way up, it's panting hard and scratching at the glass. I've been standing here twenty minutes and nobody's come back to it. Connecticut plates.",
         spoken="it's like seventy five out today and there's a little dog shut in a black toyota highlander in the central station lot with the windows all the way up it's panting hard and scratching at the glass i've been standing here twenty minutes and nobody's come back to it connecticut plates",
         at="2042-10-24 14:50", entities=[V(colour="black", make="toyota", model="highlander")],
         places=[("landmark", "Central Station")], category="other", priority="low"),
]

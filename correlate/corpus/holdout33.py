"""A thirty-fourth hand-written set (90 tips), holdout33, a blind set written after holdout32, written blind: its author
read only the corpus README (its conventions; its table also carries the earlier sets' published scores, read there and
nowhere else, none of them about this set), config/demo/README.md, town.py and make_corpus.py in full (the record
format, the geometry and place truth helpers and hand_place, the priority helper `adjust` and `still_happening`, the
base priorities, hand_records and how main() serialises its files), the docstrings of holdout31.py and holdout32.py in
full and every tip of holdout32.py (for the label conventions and the comment style, and the convention that an event
said to have "just" happened is labelled now), the opening of hand.py (its docstring, P, V and W and its first tips),
and the "set in" / "It is set in" phrases of the docstrings of every holdout and train set (to pick an unused week). The
written text and labels of every earlier tip in hand.py, holdouts 1-32 and train1-6 (3,894 tips) were gathered into one
list by importing the modules, counted by label value (the days, months and years of their "at" times, to find the
emptiest week of the year; person counts, sexes, heights, builds and clothing words, vehicle types and colours, weapon
types, a person's direction of flight, and how parkas, fleeces, flannels, puffer coats, ski jackets, knit and Santa
hats, ski masks, hatchets, "a few minutes ago", "yesterday morning" and "yesterday evening", "this afternoon" and
"tonight" are labelled) and searched by keyword before and after each situation was drafted (Santas, tree lots, rinks,
skating, toy drives, premieres, parking bans, polar plunges, ugly sweaters, winter concerts, gingerbread, light
displays, wreaths, kettles, gift wrap, exams, recitals, ballet, carols, cookies, menorahs, meteors, blood drives, coat
drives, snowmobiles, ice shanties, sleds, snowmen, snowballs and iceballs, frozen pipes, space heaters, chimneys, wood
and pellet stoves, ice dams, roof rakes, nativities, inflatables, reindeer, raffles, craft fairs, hoverboards, sneakers,
gift cards, pawn shops, excursion trains, hockey, warming centers, delivery drivers, packages, select boards, holiday
shops, flu, propane, drive-throughs, cocoa, stout, company parties, costumes, trivia, dance studios, curling, frostbite
and hypothermia, stabbings, muzzleloaders, deer, coyotes, custody, road rage, snowbanks, snowblowers, pepper spray,
hatchets, backpacks, counters, props, heat tape, stage curtains, block heaters, seizures, batteries, swallowing, falls
through ice, tongues, roof slides, rock salt, cars left warming up, train crossings, school buses, jackknifed trucks,
walkers and wheelchairs, suitcases, tutus, mailboxes, wipers, idling, cider, keying, manholes, tree stars, choking,
overdoses, ladders, window wells, car alarms, book drops, bird feeders, plows, candy canes, drums, elevators, forged
prescriptions, pseudoephedrine, the blind, Down syndrome, diabetes, insurance cards, flu shots, slapshots, headsets,
warming huts, donation bins, donuts and the like). The module make_corpus.py was imported too, to resolve every place
label through hand_records and to run `still_happening` over the drafts (its main() never run). It never opened the
extractor's source, its tests, examples or benches, nor the gateway, telephony, ASR, vision, ONNX or fuzz code, the
tests, scripts or .ci directories, nor the repository README, nor any .jsonl file (a listing of correlate/corpus showed
their names, nothing more; this set's own records were checked in memory), nor ran git, cargo, the extractor, `tipline`
or any evaluation, nor saw any score or miss list of this set; its scratch scripts lived outside the repository. Python
was run with PYTHONDONTWRITEBYTECODE=1; a `find` for files newer than the brief, run at the end to confirm that no
__pycache__ had landed in the repository, also printed the hashed names of some objects under .git written meanwhile by
others (names only, nothing opened). It is meant as an honest estimate for phrasing the extractor has never seen.

It is set in Monday 12 to Sunday 18 December 2044, mid-December, the emptiest week of the year that no set has used as
its week: only 10 earlier tips fall on 12-18 December (train4, train5 and train6 spreading 3, 3 and 4 over their years;
4-10 January also has 10, but 12-18 December sits in the middle of the emptiest stretch of the year, 7-23 December, no
day of it with more than three earlier tips, between holdout12's first week of December 2026 and holdout30's Christmas
week 2040); no set is in 2044. The town's week: old snow on the ground and a freezing drizzle the Saturday before; an
arctic cold snap from the Monday night to the Thursday morning (fifteen below on the Tuesday morning, nineteen below and
wind chills near minus thirty-five on the Wednesday, black ice on the Wednesday and Thursday mornings, the community
room at City Hall open overnight as a warming room, the muzzleloader deer season still on); the Lincoln Elementary PTO's
Holiday Shop in the gym from the Monday to the Wednesday (children buying one- to five-dollar presents from donated and
new stock); the Festival of Lights, a drive-through light show on the loop road of Riverside Park every evening from 5
to 9 (a gate off River Road at ten dollars a car run by volunteers, the line backing up River Road and Spruce, light-up
candy canes and a reindeer display along the drive; the Saturday cancelled for the snow); company holiday parties in the
Old Mill Brewery's upstairs party room; the second half of the property tax due at the treasurer's window at City Hall
on the Thursday; the Grand Cinema's sold-out Thursday 7 o'clock costume preview of "Starfall: Part Two" (props checked
at the door) and its shows all weekend; a gingerbread house contest on display in the library lobby all week, judged on
the Saturday morning; the Oakford Dance Academy (rehearsing at 512 Elm) dancing the Nutcracker in the Oakford High
auditorium on the Friday at 7, the Saturday at 2 (the Saturday evening show cancelled for the snow) and the Sunday at 2;
the Oakford High band's holiday concert planned for the Thursday; the college students home on the Friday evening trains
at Central Station; a snowstorm from about 9 on the Friday night into the Saturday (about a foot, plow ridges and
digging out, a gusty Saturday); the Rotary's holiday food basket pickup in the FreshMart lot on the Saturday morning; a
holiday market of wooden huts in Maple Square on the Saturday and Sunday (a fire pit, wreath, ornament and cider huts, a
walk-in inflatable snow globe, the town tree with its lit star); the Holiday Express, an excursion train with a cocoa
car, out of Central Station on the Sunday at 10 and 2; and Northgate Mall open until 11 every night, with the Oakford
High band boosters' gift-wrap table by the food court.

New situations: a neighbour firing a muzzleloader at a coyote through a kitchen window and reloading, a kitchen knife
held to a woman's neck on the Central Station platform (dispatch), a revolver pointed at an usher at the Starfall prop
check, a handgun set on the dashboard at the Festival of Lights gate (a partial plate), a loaded pistol in a donated box
at the Holiday Shop, a kitchen knife laid on the food basket table, a dance mom's handgun shown in her purse after the
Nutcracker (a web form two days on); the heat tape in a crawlspace burning under a mother who cannot walk, a minivan
burning in the Festival of Lights line, the holiday market's wreath hut lit by the fire pit, a stage light setting the
Nutcracker's snow backdrop burning, a block heater's plug setting a car burning by a garage, a tea light lit inside a
gingerbread house the night before; a husband buried by the snow sliding off a garage's metal roof, a young dancer
seizing backstage, a 2-year-old who drank lamp oil, frostbite in a stranded delivery driver (non-native), a first
grader's tongue torn off a frozen railing (the school nurse), a cider urn tipped onto a girl's legs, snow and ice off
the cinema roof onto a husband (a web form the next morning); the Festival's cash box taken at rifle point (dispatch),
the band boosters' donation jar and a shoved band kid, an old woman's tax payment grabbed on the City Hall steps, a
package torn from a caller's arms at a porch hand-off (a plate letter by letter), a purse yanked as a woman boarded the
Holiday Express, gloves, phone and hat taken at a bus stop (non-native, two days on); a driver kicked senseless in the
Festival line, a coworker punched down the stairs at a company party (dispatch), a teenager punched for filming the
screen, a wife hit over the cost of the presents (non-native), a neighbour throwing a man down on the ice over
snowblower snow, snowboarders kicking a boy at the sledding hill (a 14-year-old's text), a man slammed into a trophy
case at the Nutcracker's intermission (a web form the next day); a house whose owners are away on an alarm company's
board, a TV carried out of a student's parents' house (a corrected house number), the holiday market's ornament hut, a
house kicked in during the Nutcracker, Oakford High's band room, an attached garage and mudroom entered while a family
sledded (a web form); light-up candy canes pulled from the Festival loop, the first-place gingerbread house, a suitcase
off a train's rack, the Sugar Plum Fairy's tutu, two propane cylinders in the cold snap, a bag of toys from an unlocked
car (non-native), skis off a roof rack (a web form with a date); a crossing guard hit on the ice, a mail truck T-boned
at a red (a corrected cross street), an old woman with a walker knocked down in the pharmacy lot, a man walking in the
road thrown by a plow's wing blade, glare ice on the Old Mill Road curve, a drunk partygoer driving off (a NATO plate),
a box truck backing the wrong way down a block (the next day); pseudoephedrine bought again with a second ID (the
pharmacist), a seller on the Central Station platform, hand-offs into cars leaving the Festival (dispatch), a backpack
with a scale and a brick in City Hall's warming room, sales through a basement window (non-native), gingerbread-man
edibles at Oakford High (the nurse's web tip); inflatables kicked over and stabbed, windshields greased and wipers bent
in the Nutcracker's lot, swear words spray-painted on the snowbanks, rocks through the Holiday Express's coaches, wiper
blades snapped along a block (a web form), the warming hut's boards ridden down the sledding hill; a man filming the
dancers outside the dance academy, a minivan circling a block of porches with packages at 2:10, a pickup with a ladder
rack at the treasurer's window (dispatch), a spotlight pickup in the West End every night, a Jetta stuck since the
storm, a minivan filming a house with a big light display; an "elf" luring a 10-year-old to see reindeer (a child's
text), an uninvited shoveller demanding $80, a man in a children's playhouse at 2:40, a man hanging round the
Nutcracker's dressing rooms, a fake winter heating survey, a man taking TV boxes from the recycling bins; a man chasing
a young woman in the mall lot (mall security), a man screaming and banging on the market huts at ten past one, a drunk
on the Holiday Express's cocoa car, a mother screaming at the Holiday Shop, slapshots against a garage door every night,
the Festival line blocking driveways (a span); two children under a collapsed inflatable snow globe, a 6-year-old dancer
missing from the stage door, a man in a power wheelchair stuck in a plow ridge, a sidewalk of ice in front of an empty
store, the tree's star hanging by one cable, a question about the Festival after the snow and a tax-payment phone scam.

Registers: calm, frightened and angry callers; the elderly and their families ("My mother is 86 and lives alone", "My
neighbor's 85 and she paid him", "My mother's 96 and hasn't walked in two years"); children and teenagers typing in
lower case without apostrophes ("theres", "hes", "theyre", "didnt", "im 14", "im 10", "santas helpers"); non-native ("I
am driver for delivery, my van break down", "What I must do?", "I want to make report", "a man come behind me and say
give me your gloves", "he is angry I spend so much money for the presents of the children", "he say when he come back
inside I will see", "The man who rent the basement sell drugs", "money go in, something come out", "I forget to lock",
"Maybe the camera of the store see who take it?"); second-hand (a daughter for her mother, a student for his parents'
house, wives for husbands hurt the day before, a 14-year-old for her brother, a neighbour for an 85-year-old neighbour,
a mother for two kids nearly hit); web tips and forms ("Web form:", "Web tip:"); workplace callers (a cinema manager,
Festival of Lights volunteers, a PTO president, the Rotary's volunteers, a stage manager, a children's librarian and the
library's front desk, two school nurses, a treasurer's clerk, the band boosters, a conductor, a band director, a costume
mistress, a pharmacist, a bar manager, Parks and Rec, a parent volunteer, the dance academy, Lincoln Elementary's front
office, City Hall's custodian, mall security, an alarm company) and dispatch and alarm shorthand ("approx 1741", "RP",
"M subj", "F passenger", "W/M 20s", "6'2\"", "F 20s", "2 M susps", "#1", "#2", "WB", "Vic M 60s", "NB", "0316 hrs",
"Requesting PD", "Susp veh", "1 occupant"). Spoken forms, written by hand, lower case with no punctuation, add fillers
("oh my god", "uh"), split words ("muzzle loader", "sweat shirt", "hand gun", "dash board", "crawl space", "bed room",
"snow bank", "back drop", "drive way", "ginger bread", "table cloth", "back stage", "mini van", "play ground", "mud
room", "key holder", "lap top", "t v", "snow blower", "head lights", "spot light", "back pack", "wheel chair", "walk
way", "side walk", "play house", "slap shots", "hall way", "up stairs", "base ment", "over night", "walk through", "walk
in", "every body", "light up", "hand blown", "hard shell", "hand beaded", "pseudo ephedrine", "pick up", "t boned", "la
crosse", "rav four", "q x eighty"), spelled shorthand ("r p", "p t o", "g m c", "p d", "t v", "a m", "p m") and
mishearings (maine, wall nut, ceder, burch, chesnut, willo, spruse, hawthorne, lincon, river side, north gate, fresh
mart), and plates in the NATO alphabet ("kilo delta tango five five one two"), letter by letter ("f k r two two nine
zero") and partial ("seven h"). Numbers that are not addresses: "Approx 30 passengers", "theater 3", "theater 1", "row
F", "ten feet", "three feet", "two houses", "$400", "$3,000", "$4,000", "$1,200", "$80", "$500", "$10", "100-pound",
"like twenty", "4 cars", "3 stairs", "eleven cars", "seven windows", "fifteen below", "10 degrees", "about zero", "the
5:30 from Boston", "the 9 o'clock", "the 2 o'clock", "at 2 today", "at 10", "at noon", "at 6", "at 5", "by noon", "the
20th", "two years", "five minutes", "fifteen minutes", "twenty minutes", "half an hour", "about an hour", and ages of
callers, victims, children and relatives ("She's 13", "She's 6", "hes 8", "im 14", "im 10", "My 2-year-old", "Our girls
are 11", "My mother is 86", "My neighbor's 85", "My mother's 96", none annotated; "maybe 35" a suspect's estimated age,
"W/M 20s" a suspect's shorthand decade, and "F 20s" and "Vic M 60s", victims' shorthand decades, are).

Same format and conventions as hand.py and holdouts 4-32 (to be written to extraction_holdout33.jsonl with ids "ao01" to
"ao90" by hand_records(HOLDOUT33, "ao"), one JSON object per line serialised as main() does, `json.dumps(record,
ensure_ascii=False)`; make_corpus.py itself was not edited, so its main() does not write this file until the set is
registered there), with the choices holdouts 26-32 list: every person other than the caller annotated once, also one
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
(weapons and robberies included); raises do not stack; child luring, a girl or woman in danger and a missing vulnerable
person high; "other" is not lifted for being recent or for children; an event said to have "just" happened is now, not
where "just" means "only" ("just to make him leave", "one just like it"), where the finding or the telling is what was
just ("I just got home from the train") or where the tip times it otherwise. As in holdouts 30-32, every tip labelled
now from a "just" is already high or critical for another reason or also says "right now" or "now" of a person of the
event, so its priority is the same whichever reading of the recency lift is taken.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. In use (critical): "his muzzleloader" fired at a coyote from a deck through the next house's
  kitchen window and being loaded again (rifle: a muzzle-loading rifle), "a kitchen knife" held to a woman's neck
  (knife), "a real revolver" pointed at an usher's face (handgun), and the armed robbery's "black rifle" levelled at two
  volunteers approx 2104. Seen (high): "a handgun" taken out of a console and set on a dashboard with a threat
  (handgun), "a small black pistol" found loaded in a donated box with first graders ten feet away (handgun, as
  holdout4's and holdout32's found guns), and "a big kitchen knife" laid on a table with a threat and a hand kept beside
  it (knife). "a black handgun" shown in a purse with a threat on a Friday night, told on the Sunday: seen, lowered to
  medium. Not weapons: a plastic blaster (a toy), a knife stabbing holes in inflatables (a tool on property), a plow's
  wing blade, fists, kicks and shoves.
- Categories and priorities: fire critical only where someone cannot get out (a mother who cannot walk); high for fires
  burning with everyone out (a minivan in the Festival line, the wreath hut, a stage backdrop, a car by a garage); a tea
  light fire put out the evening before medium. Medical critical for a man dug out of a roof's snow who will not wake, a
  seizure over five minutes with blue lips, and a toddler breathing fast with grey lips after lamp oil; high for
  frostbite, a torn tongue and a scalded girl; snow off a roof the afternoon before medium. Robbery critical for the
  armed robbery; high for snatches with force and injuries (a band kid, an old woman, a porch hand-off, a woman boarding
  a train); gloves and a phone taken with a push two days before medium. Assault critical for a man kicked till he
  stopped moving and a man unresponsive with snoring breaths; high for injuries (a teenager's nose, a wife's eye, a
  wrist, a boy's nose); a shove into a trophy case the afternoon before medium. Burglaries "right now" and an alarm
  eight minutes old high; "Sometime overnight" five hours before and a span during a show medium; "Last night" told
  eight hours on and "Yesterday afternoon" told the next morning low. Thefts "right now" (twice) and "about five minutes
  ago" high; "about 40 minutes ago", "Sometime overnight" five hours before and no time said medium; a date two days
  before low. Traffic critical for a crossing guard not moving; high for injuries (a mail carrier, an old woman, a man
  thrown by a plow); glare ice with no time and an impaired driver half an hour before medium; a near miss the afternoon
  before low. Drugs: "right now" (a second ID for pseudoephedrine), a present progressive ("who's been selling") and
  children with a said time six minutes before (dispatch) medium; a find, a daily habit, and edibles sold to freshmen on
  a weekday three days before (children lift it to medium, the days lower it back) low. Vandalism: "right now" and "now"
  medium; finds after the night and the afternoon before low. Suspicious vehicles: a present progressive ("keeps pulling
  up", girls about too), "It's 2:10" and "approx 0235" medium; a nightly habit, a car left since the storm and the
  evening before low. Suspicious persons: a 10-year-old told she could see the reindeer with a stranger high (child
  luring); a present progressive ("who's been going", "keeps coming back", little girls about too) and "It's 2:40 a.m."
  medium; the afternoon before and a daily habit low. Disturbances: a man chasing a young woman and threatening to kill
  her high (a woman in danger); "It's ten past one", a present progressive ("is screaming", children about) and "right
  now" with children medium; a nightly habit and a span over low. Other: two children under a collapsed inflatable
  critical (a rescue); a 6-year-old missing from a stage door in the cold and a man in a power wheelchair stuck and
  shaking in the cold high (missing or endangered vulnerable people); a sheet of ice three people fell on and a star
  hanging over a walkway medium (hazards over people); a question and a scam low.
- Vehicles: "a silver GMC Sierra" sierra with its partial plate ("7 H" 7H); "A minivan" minivan (burning, not the
  caller's); "a dark blue Chevy Equinox" blue equinox going west; "a black Honda Accord" accord with its plate letter by
  letter (FKR2290) going east; "the black Dodge Charger" charger; "a white van" white van (a burglar's); "Blue Hyundai
  Sonata" sonata; "a green Subaru Forester" forester; "a black Toyota RAV4" rav4; "a white Nissan Sentra" sentra and "a
  mail truck" truck; "Tan Buick LaCrosse" lacrosse; "the town's plow trucks" truck (the one whose wing blade struck a
  man, a type word in its description); "a red Jeep Grand Cherokee" grand cherokee with its plate in the NATO alphabet
  (KDT5512); "A white box truck" white truck; "a grey Dodge Caravan" caravan; "a black Nissan Maxima" maxima; "A dark
  grey Infiniti QX80" grey qx80 ("dark grey" grey, as "dark green" is green); "A silver Chrysler Pacifica" pacifica; "a
  blue Ford F-250" f-250; "a dark pickup" pickup with no colour (as holdout31's "dark car"); "A grey Volkswagen Jetta"
  jetta; "a white Toyota Sienna" sienna ("no front plate" no plate). Not vehicles: the callers' own cars (one burning
  from its block heater, one a bag was taken from, one with a ski rack, one among eleven with wipers snapped), a
  stranded driver's own van, parked and passing cars (in the Festival line behind a gun and a fire, buried in the
  snowbanks, greased in a lot, sliding into a ditch, on a block of Hawthorn, a neighbour's snowed-on car), the Holiday
  Express and its coaches, snowblowers, sleds and boards.
- Persons: the caller and "we" / "us" / "We're all out" / "Half of us" not annotated; groups "lots of kids", "kids",
  "The first graders", "Our volunteers", "families", "Families", "The vendors", "the dancers", "the audience", "His
  kids", "the children", "the little kids", "little kids", "the kids waiting to cross", "His buddies", "the college
  kids", "Kids" in cars, "people" (twice), "our Holiday Shop volunteers", "The second graders" and "their parents" 2+;
  "the girls" and "the little girls" 2+ female; "some teenagers" (twice) and "the teenagers next door" 2+ (13-19);
  "Approx 30 passengers" 3+; "three kids", "three people" and "Three guys" (male) 3; "2 volunteers", "2 M susps" (male),
  "my two kids", "two little kids" and "two freshman girls" (female) 2. "Somebody" / "someone" who did a thing is a
  person (burglars, thieves and vandals no one saw, a somebody who lit a tea light), annotated once when a description
  of the same person follows (the woman in a purple parka on a neighbour's camera, the guy in a yellow knit hat); a
  member of a group described apart is a person of their own with the group's sex and age ("#1" and "#2", "One's in a
  white hoodie", "the one who kicked him"). A daughter, an usher, a volunteer, a dance mom and two daughters (one named
  through a possessive), a mother who cannot walk, a mom with three kids, a custodian, a husband and a son digging, a
  dancer, her mother and another mother, a toddler, a first grader and her friend, a little girl and her dad, a band
  kid, a delivery guy, a mom boarding a train, a driver kicked, a coworker, a teenager punched, a neighbour and his
  wife, a little brother, a crossing guard, a mail carrier, a woman who knocked down an old woman, a plow driver, a
  woman waiting in a minivan, a junior, a dog walker, a man in a passenger seat, a mother in the cider line, an
  85-year-old neighbour, a mother living alone, a conductor and a Sugar Plum Fairy (named through a possessive) are
  persons. Not persons: owners and families away (for the winter, "away for the holidays", at the Nutcracker), the
  keyholder, a mother only to be called, a family coming at noon, "everybody's inside", families to board at 10, the
  high school kids who use a crossing, passing drivers, a coyote and a dog. Ages: "maybe 35" 32-38, "W/M 20s" 20-29, "F
  20s" and "Vic M 60s" 20-29 and 60-69 (victims' shorthand decades), "An old woman", "an old lady" and "Older guy"
  60-90, "a young woman" 18-29, "A teenager", "a teenager", "a teenage boy", "some teenagers" and "the teenagers next
  door" 13-19; "a junior", "freshman girls", "a first grader", "The first graders", "The second graders", "little kids"
  and "the college kids" no age range. "Tall" and "tall" tall, "short" short; "Skinny" (twice) and "thin" thin; "Heavy
  guy", "Big man" and "He's big" heavy; heights "6'2\"" and "5'9\"" as said.
- Clothing: "Orange hunting coat" -> "orange coat"; "grey Oakford Hockey sweatshirt" -> "grey sweatshirt", "jeans" (of a
  suspect, twice); "red parka" -> "red coat" (as the earlier sets' parkas); "Brown leather jacket" -> "brown jacket",
  "white scarf"; "Red plaid coat" and "red plaid coat" -> "red coat"; "long white puffer coat" -> "white coat"; "white
  ski jacket" -> "white jacket", "black ski mask"; "black puffer coat" -> "black coat", "red scarf"; "grey hoodie",
  "black backpack"; "Red ski jacket" -> "red jacket", "white beanie"; "black coat with fur on the hood" -> "black coat";
  "white dress shirt" -> "white shirt"; "black Starfall hoodie" -> "black hoodie"; "yellow jacket"; "green sweater";
  "purple parka" -> "purple coat"; "yellow knit hat" -> "yellow hat"; "Green parka" -> "green coat"; "Orange hat" and
  "Orange hat, green coat"; "white hoodie"; "Black coat"; "orange beanie"; "green elf hat" -> "green hat"; "Black
  hoodie"; "Grey fleece" -> "grey jacket" (as the earlier sets' fleeces); "black beanie"; "a grey sweatshirt" and
  "ballet slippers" -> "slippers". Not clothing: "no hat", "no coat", "no boots", goggles, a grey beard, "bald",
  "Blond", "hood up", glasses, a costume under a sweatshirt, a caller's own jeans.
- Times: "approx 1741", "approx 2104", "approx 2210", "0316 hrs", "approx 1950" and "approx 0235" clock times minutes
  before the tip; "It's 2:10 in the morning", "It's 2:40 a.m." and "It's ten past one in the morning" said during the
  event, those times; "Last night around 7:45" 19:45 the day before; "Yesterday around 3" 15:00, "Yesterday around 4"
  16:00 and "Yesterday evening around 6" 18:00, the day before; "Yesterday afternoon" (four times) 14:00 the day before;
  "On Tuesday, December 13, around 5 pm" 17:00 on that date; "Last night" (twice) 23:00 the day before; "Sometime
  overnight" (twice) 02:00; "About ten minutes ago", "two minutes ago", "about five minutes ago", "about 40 minutes ago"
  and "about half an hour ago" minutes ago; "right now", "Right now", "just" and, where a person of the event is, "He's
  sitting in there now", "Now the Charger guy's getting back in his car", "The man's walking out to the lobby now", "Now
  he is outside shoveling" and "He's over by the gym doors now" now, while a narrative "now" ("now the man's not
  moving", "now the whole front of the car's on fire", "now the ornament hut next to it is catching", "Now my fingers
  are white", "I sit in a store now", "It's locked in the office now", "it's a sheet of ice now", "hanging by one cable
  now") is not. Not times: "this morning", "This morning", "tonight", "Friday night", "Tuesday night", "Sometime
  Saturday night", "Sunday morning", "on Monday", "on Tuesday", "Sunday", "since the storm", "since the storm Friday
  night", "until the 20th", "that morning", "this week", "last night" of a night's cold, "yesterday" (a bare day), "from
  7 until about 9:40" and "from 4:30 until after 9" (spans), "Every night this week" (twice) and "Every morning this
  week" (habits), "the 5:30 from Boston", "the 9 o'clock", "the 2 o'clock", "at 2 today", "at 10", "at noon", "by noon"
  and "at 6" (schedules, plans and deadlines), "since about 5" (when the evening's selling began), "in the last half
  hour", "more than five minutes", "for fifteen minutes", "for like fifteen minutes", "twenty minutes", "about an hour",
  "more than one hour", "two years".
- Places: parts of a landmark are the landmark (the Festival gate, its ticket shed, loop, reindeer display and exit, the
  sledding hill and the pond's warming hut of Riverside Park; the platform and a train's door of Central Station;
  theaters 1 and 3, the lobby and the ticket line out front of the Grand Cinema; the gym, playground and front office of
  Lincoln Elementary; the auditorium, stage door, dressing rooms, lobby, band room and parking lot of Oakford High; the
  lobby, the Elm Street doors and out front of the library; the upstairs party room and lot of the Old Mill Brewery; the
  front steps, rear lot, treasurer's window and warming room of City Hall; the food court and lots of Northgate Mall;
  the lot and counter of the Main Street Pharmacy; the lot of FreshMart; the market's huts, fire pit, cider hut, snow
  globe, big tree and walkway of Maple Square); "in front of his house at 1047 Birch", "outside the dance academy at 512
  Elm" and "on the siding behind Central Station" relative. "River Road by 8th", "River Road by 7th", "Birch by 3rd",
  "Chestnut and 7th", "Walnut and 8th, sorry, Walnut and 9th" (taken back, Walnut and 9th), "the crossing at 3rd" of a
  car "coming down Hawthorn", "Old Mill Road by Oak", "Cedar and 4th" and "Main and 3rd" intersections; "Pine between
  5th and 6th", "Oak between 3rd and 4th", "Maple between 2nd and 3rd", "Main between 8th and 9th", "Hawthorn between
  6th and 7th", "Pine between 11th and 12th", "Willow between 7th and 8th", "Oak between 10th and 11th" and "Main
  between 6th and 7th" blocks; addresses on named streets, one corrected ("826 Oak, no sorry, 828"), one on a numbered
  street ("604 6th Street"); "the streets of the West End" the neighbourhood. Streets alone name no place ("on River
  Road", "toward Main", "east on Elm" after an address, "NB toward Old Mill Rd", "toward Mill Road", "toward Pine", "up
  Spruce" before an address, "WB on River Rd"). Look-alikes that name no place: the Festival of Lights, the Holiday
  Shop, the Holiday Express, the Nutcracker, Starfall, the Rotary, Oakford Hockey on a sweatshirt, Summit Alarm
  Monitoring, Parks and Rec, "a store" a stranded driver sits in, Boston, Florida, City Hall as a scammer's claim. Two
  tips have no place (a drunk on the moving Holiday Express, a phone scam).

Overlap with the earlier sets: every draft was compared with all 3,894 earlier tips by shared four-word runs and by
content-word overlap (Jaccard of the sets of words of three letters or more outside a small stop list), and with the
other drafts of this set; the nearest earlier tip, overall and in the same category, was printed beside each draft, and
every pair at 0.18 or more or sharing three runs was read (as were the earlier tips found by keyword). About forty
situations were dropped before or after drafting, a dozen slots two or three times, because an earlier tip had them:
Santa photo lines, tree lots, kettles and ugly sweater parties (holdouts 12 and 30), a hunting knife worn in a sheath
(holdout13), a pallet of rock salt loaded into a pickup at the QuickStop (holdout26), a neighbour's diesel pickup idling
at 5 (holdout13), a fall through the river ice at the boat launch (holdout12), an old neighbour behind an unshovelled
walk (holdout26), a child caught in a clothing donation bin (holdout10), donuts in a lot into a cart pusher (holdout26),
gift sets swept off a pharmacy shelf (holdout19), forged oxycodone prescriptions (train1, holdout27), a church's new
electronic bells (train5), cars keyed down a row (train5, holdout27), iceballs at passing cars (train6), the pool
bathhouse's glass (holdout20), a book drop's contents (train5, holdout30), a snow pile tunnel caving in (holdout13), a
neighbour stuck in a window well (train6), a missing brother with Down syndrome (train1), a missing diabetic teenager
(holdout23), a nearly blind father out shovelling (holdout30), a child left on the platform (train3), an abandoned car
with frost inside its windows (train4), a man stiff in the snow behind a building (train4), a husband collapsing as he
shovelled (holdout12), a swallowed button battery (train3), a new coat stripped off a teenager (holdout26), a car taken
while warming up (holdout11), a car passing a stopped school bus (holdout7), pills in a melting snowbank (holdout26), a
plow pile blinding a corner (holdout19), a train hitting a car on the Station Road crossing (holdout22), kids towed on a
tube behind a pickup (holdout19), a mother smoking a pipe with children in the car (holdout27), vapes sold to teenagers
from a vehicle at the sledding hill (holdout20, train5), a visitor asking for insurance cards for flu shots (holdout11),
a dog shut in a car (hand, holdout4), a man staring from the end of a driveway (holdout8), a vehicle creeping with its
headlights off at 2:15 (holdout20) and a crossing child struck in front of Lincoln Elementary (train6). About fifteen
more were reworded where they shared four or more runs or their wording with an earlier tip ("flames coming out from
under the hood", "I'd like the fire department to look at it", "the block heater on my car", "out of my hands and shoved
me", "in the face because I", "I can see a flashlight moving around", "Quick question, not an emergency", "Armed robbery
just occurred ... approached by 2 M", "hospital bed in the", "back of a green Subaru"). The final drafts share at most
four four-word runs with any earlier tip (five share four, all stock phrases: "the big sledding hill at riverside park",
"is there a noise ordinance for this", "every night this week around 1", "in the northgate mall lot", "going down the
rows in the"; 23 share three) and at most 0.25 content-word overlap (snowboarders kicking a little brother at the
sledding hill against holdout28's big kid sitting on a little brother on the basketball court; next 0.22, the
gingerbread tea light fire against train2's car fire told for insurance); with one another at most three runs (the
Festival of Lights line's name) and 0.20.
"""
from hand import P, V, W

HOLDOUT33 = [
    # ---------------------------------------------------------------- weapon
    # The coldest morning of the week, in the muzzleloader season: a neighbour "just" fired his muzzleloader at a coyote
    # from his back deck and the ball came through the caller's kitchen window over her daughter's head; he is loading
    # it again "right now": a weapon fired at a house with people in it and being readied again (critical). The
    # neighbour ("orange hunting coat" -> "orange coat"; "no hat" no clothing) and the daughter persons (the coyote an
    # animal); "his muzzleloader" rifle (a muzzle-loading rifle, no new type); "just" and "right now" one now; "1088
    # Cedar" the neighbour's address, where it happens.
    dict(written="My neighbor at 1088 Cedar just fired his muzzleloader at a coyote from his back deck and the ball came through our kitchen window, right over my daughter's head at the breakfast table. He's out on the deck loading it again right now, yelling that the coyote's still under our hedge. Orange hunting coat, no hat. We're lying on the hall floor.",
         spoken="oh my god my neighbor at ten eighty eight ceder just fired his muzzle loader at a coyote from his back deck and the ball came through our kitchen window right over my daughter's head at the breakfast table he's out on the deck loading it again right now yelling that the coyote's still under our hedge orange hunting coat no hat we're lying on the hall floor",
         at="2044-12-13 07:35", entities=[P(count="1", sex="male", clothing=["orange coat"]), ("now",), W("rifle"), P(count="1", sex="female")],
         places=[("address", 1088, "Cedar Street")], category="weapon", priority="critical"),
    # Dispatch on the Friday evening the college students come home: approx 1741 on the Central Station platform a man
    # met a woman off the 5:30 from Boston and is holding a kitchen knife to her neck: held on a person, in use
    # (critical). The subject ("W/M 20s" 20-29, "6'2\"", "grey Oakford Hockey sweatshirt" -> "grey sweatshirt",
    # "jeans"), the woman ("F 20s" 20-29, a victim's shorthand decade; "red parka" -> "red coat", as the earlier sets'
    # parkas) and "Approx 30 passengers" (3+) persons; the RP (the conductor) the caller; "a kitchen knife" knife; "the
    # 5:30 from Boston" a train named by its time, no time; the platform is Central Station's.
    dict(written="Weapons call, Central Station, outbound platform at the foot of the stairs, approx 1741. RP is the conductor of the 5:30 from Boston: M subj met a F passenger as she stepped off and is holding a kitchen knife to her neck, yelling that she's coming home with him. Approx 30 passengers still on the platform, train held. Subj W/M 20s, 6'2\", grey Oakford Hockey sweatshirt, jeans. F 20s, red parka.",
         spoken="weapons call central station outbound platform at the foot of the stairs approximately seventeen forty one r p is the conductor of the five thirty from boston male subject met a female passenger as she stepped off and is holding a kitchen knife to her neck yelling that she's coming home with him approximately thirty passengers still on the platform train held subject white male twenties six foot two grey oakford hockey sweat shirt jeans female twenties red parka",
         at="2044-12-16 17:45", entities=[("local", "2044-12-16 17:41"), P(count="1", sex="male", age="20-29", height="6'2\"", clothing=["grey sweatshirt", "jeans"]), P(count="1", sex="female", age="20-29", clothing=["red coat"]), W("knife"), P(count="3+")],
         places=[("landmark", "Central Station")], category="weapon", priority="critical"),
    # The Starfall preview at the Grand Cinema: at the costume prop check an usher told a man his plastic blaster had to
    # go in the bin and he pointed a real revolver at her face, then walked into theater 3, where he sits "now" with a
    # full house: pointed at a person, in use (critical). The man ("brown leather jacket" -> "brown jacket", "white
    # scarf"; goggles no clothing), the usher and "lots of kids" (2+) persons; "a real revolver" handgun; the plastic
    # blaster a toy, no weapon; "He's sitting in there now" now (a person of the event); "theater 3" no number of a
    # place.
    dict(written="Grand Cinema, this is the manager. We're checking costume props at the door for the Starfall preview, and my usher told a man dressed as the pilot that his plastic blaster had to go in the bin. He pulled a real revolver out of his jacket, pointed it at her face and said 'this one's real, want to check it?' Then he walked into theater 3. He's sitting in there now, and it's a full house with lots of kids. Brown leather jacket, white scarf, goggles on his head.",
         spoken="grand cinema this is the manager we're checking costume props at the door for the starfall preview and my usher told a man dressed as the pilot that his plastic blaster had to go in the bin he pulled a real revolver out of his jacket pointed it at her face and said this one's real want to check it then he walked into theater three he's sitting in there now and it's a full house with lots of kids brown leather jacket white scarf goggles on his head",
         at="2044-12-15 19:10", entities=[P(count="1", sex="male", clothing=["brown jacket", "white scarf"]), P(count="1", sex="female"), W("handgun"), ("now",), P(count="2+")],
         places=[("landmark", "Grand Cinema")], category="weapon", priority="critical"),
    # A Festival of Lights volunteer at the gate: "About ten minutes ago" a man told the loop was full took a handgun
    # out of his console and set it on his dashboard, and sits in the gate lane with it: shown with a threat, never
    # pointed, a weapon seen (high; a said time within 15 minutes does not lift a high call). The man and the kids in
    # the cars behind (2+) persons; "a silver GMC Sierra" sierra with its partial plate ("7 H" 7H); "a handgun" handgun;
    # "on River Road" a street alone; the gate is Riverside Park's.
    dict(written="I'm a volunteer at the Festival of Lights gate in Riverside Park. About ten minutes ago I told a man in a silver GMC Sierra the loop was full and he'd have to go back around and get in line on River Road, and he took a handgun out of his console, set it on his dashboard and said 'then I'll wait right here.' He's still sitting in the gate lane with it on the dash, and the cars behind him are full of kids. Plate starts with 7 H.",
         spoken="i'm a volunteer at the festival of lights gate in river side park about ten minutes ago i told a man in a silver g m c sierra the loop was full and he'd have to go back around and get in line on river road and he took a hand gun out of his console set it on his dash board and said then i'll wait right here he's still sitting in the gate lane with it on the dash and the cars behind him are full of kids plate starts with seven h",
         at="2044-12-12 19:25", entities=[("ago", 10), P(count="1", sex="male"), V(colour="silver", make="gmc", model="sierra", plate="7H"), W("handgun"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="weapon", priority="high"),
    # The PTO at Lincoln Elementary's Holiday Shop: a volunteer pricing a donated box found a loaded pistol rolled in a
    # sock, with first graders lined up nearby; locked in the office: a weapon found with children about (high, as
    # holdout4's handgun in the bushes and holdout32's revolver in a bathroom bin). The volunteer and "The first
    # graders" (2+) persons; "a small black pistol" handgun; "ten feet" no number of a place; the gym is Lincoln
    # Elementary's.
    dict(written="This is the PTO president at Lincoln Elementary, we're running the Holiday Shop in the gym this week. One of our volunteers was pricing a donated box of 'gently used' stuff and found a small black pistol rolled up in a sock at the bottom, and it's loaded. The first graders were lined up at the tables ten feet away. It's locked in the office now and nobody's touched it since.",
         spoken="this is the p t o president at lincon elementary we're running the holiday shop in the gym this week one of our volunteers was pricing a donated box of gently used stuff and found a small black pistol rolled up in a sock at the bottom and it's loaded the first graders were lined up at the tables ten feet away it's locked in the office now and nobody's touched it since",
         at="2044-12-12 10:15", entities=[P(count="1"), W("handgun"), P(count="2+")],
         places=[("landmark", "Lincoln Elementary School")], category="weapon", priority="high"),
    # The Rotary's holiday food basket pickup in the FreshMart lot on the snowy Saturday: a man not on the list took a
    # big kitchen knife out of his coat, laid it on the volunteers' table and said he would stand there till his name
    # was found; his hand beside it: shown with a threat, not picked back up, a weapon seen (high). The man ("red plaid
    # coat" -> "red coat"; a grey beard no clothing), "our volunteers" (2+; "retirees" no age range, as holdout31's
    # "seniors") and "families" (2+) persons; "a big kitchen knife" knife; the lot is FreshMart's.
    dict(written="FreshMart lot, the Rotary's holiday food basket pickup. A man we couldn't find on the list pulled a big kitchen knife out of his coat, laid it on our folding table and said he'll stand right there till we find his name. He hasn't picked it back up, but he keeps his hand right next to it. Our volunteers are mostly retirees and the line's full of families. Red plaid coat, grey beard.",
         spoken="fresh mart lot the rotary's holiday food basket pickup a man we couldn't find on the list pulled a big kitchen knife out of his coat laid it on our folding table and said he'll stand right there till we find his name he hasn't picked it back up but he keeps his hand right next to it our volunteers are mostly retirees and the line's full of families red plaid coat grey beard",
         at="2044-12-17 10:15", entities=[P(count="1", sex="male", clothing=["red coat"]), W("knife"), P(count="2+"), P(count="2+")],
         places=[("landmark", "FreshMart Supermarket")], category="weapon", priority="high"),
    # A web form the Sunday morning: "Friday night" (a weekday, no time) after the Nutcracker another dance mom opened
    # her purse at the caller's car window to show a black handgun and threatened her over a daughter's solo: shown with
    # a threat, never taken out, a weapon seen (high), lowered to medium (two days old). The woman ("long white puffer
    # coat" -> "white coat"; "Blond" no clothing), the caller's daughter and the woman's daughter (named through a
    # possessive) persons; "at 2 today" a schedule; their ages (11) not annotated; the parking lot is Oakford High's.
    dict(written="Web form: Friday night after the Nutcracker at Oakford High, another dance mom walked up to my car window in the parking lot, opened her purse so I could see a black handgun inside and told me that if my daughter takes her daughter's solo again she'll 'handle it.' She never took it out. Our girls are 11. They dance again at 2 today and she'll be there. Blond, long white puffer coat.",
         spoken="web form friday night after the nutcracker at oakford high another dance mom walked up to my car window in the parking lot opened her purse so i could see a black hand gun inside and told me that if my daughter takes her daughter's solo again she'll handle it she never took it out our girls are eleven they dance again at two today and she'll be there blond long white puffer coat",
         at="2044-12-18 10:05", entities=[P(count="1", sex="female", clothing=["white coat"]), W("handgun"), P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("landmark", "Oakford High School")], category="weapon", priority="medium"),

    # ---------------------------------------------------------------- fire
    # The cold snap: the heat tape on the pipes in a crawlspace caught, smoke through the heat registers, and the
    # caller's mother, who has not walked in two years, is in her bed at the far end of the house and cannot be got out:
    # someone who cannot get out (critical). The mother (her stated age not annotated) a person; "two years" a duration;
    # "237 Birch" the address.
    dict(written="Fire at 237 Birch! The heat tape on the pipes in our crawlspace caught, smoke's pouring up through the heat registers and I can see orange through the crawlspace hatch. My mother's 96 and hasn't walked in two years, she's in her bed at the far end of the house and I can't get her out on my own, the hall's full of smoke already. Please hurry.",
         spoken="fire at two thirty seven burch the heat tape on the pipes in our crawl space caught smoke's pouring up through the heat registers and i can see orange through the crawl space hatch my mother's ninety six and hasn't walked in two years she's in her bed at the far end of the house and i can't get her out on my own the hall's full of smoke already please hurry",
         at="2044-12-13 06:20", entities=[P(count="1", sex="female")],
         places=[("address", 237, "Birch Street")], category="fire", priority="critical"),
    # The Festival of Lights line on River Road: a minivan's engine burning, the mother and three kids out and standing
    # in the snowbank, the cars behind it boxed in: fire, high (everyone out). "A minivan" minivan (the one burning, not
    # the caller's); the mom and "three kids" (3) persons; the cars behind no vehicles; "River Road by 8th" the
    # intersection.
    dict(written="A minivan in the Festival of Lights line on River Road by 8th is on fire, flames are coming up through the gap at the back of the hood. The mom and three kids got out and they're standing in the snowbank, but the line can't move and the cars behind it are right on its bumper. The smoke's black and it smells like burning plastic.",
         spoken="uh a mini van in the festival of lights line on river road by eighth is on fire flames are coming up through the gap at the back of the hood the mom and three kids got out and they're standing in the snow bank but the line can't move and the cars behind it are right on its bumper the smoke's black and it smells like burning plastic",
         at="2044-12-15 18:40", entities=[V(type="minivan"), P(count="1", sex="female"), P(count="3")],
         places=[("intersection", "River Road", "8th Street")], category="fire", priority="high"),
    # The holiday market's first afternoon: sparks from the fire pit lit the dried-greens roof of the wreath hut and the
    # ornament hut beside it is catching, a propane heater in the cider hut on the other side; the vendors out: fire,
    # high. "The vendors" (2+) persons; "somebody needs to" names no one; the market is Maple Square's.
    dict(written="Maple Square, the holiday market. Sparks from the fire pit got into the roof of the wreath hut, it's all dried greens and it went up like a torch, and now the ornament hut next to it is catching. The vendors got out. The cider hut on the other side has a propane heater in it, somebody needs to get that out of there.",
         spoken="maple square the holiday market sparks from the fire pit got into the roof of the wreath hut it's all dried greens and it went up like a torch and now the ornament hut next to it is catching the vendors got out the cider hut on the other side has a propane heater in it somebody needs to get that out of there",
         at="2044-12-17 16:30", entities=[P(count="2+")],
         places=[("landmark", "Maple Square")], category="fire", priority="high"),
    # The Nutcracker's last matinee: a stage light set the snow scene backdrop burning, the flames climbing the fabric;
    # dancers out the back, the audience out the front, no sprinklers yet: fire, high (everyone going out). "the
    # dancers" (2+) and "the audience" (2+) persons; the auditorium is Oakford High's.
    dict(written="I'm the stage manager for the Nutcracker in the Oakford High auditorium. One of the lights over the stage set the snow scene backdrop on fire, and the flames are going up the fabric toward the ceiling. We're getting the dancers out the back and the audience is leaving by the front doors. The sprinklers haven't come on.",
         spoken="i'm the stage manager for the nutcracker in the oakford high auditorium one of the lights over the stage set the snow scene back drop on fire and the flames are going up the fabric toward the ceiling we're getting the dancers out the back and the audience is leaving by the front doors the sprinklers haven't come on",
         at="2044-12-18 15:05", entities=[P(count="2+"), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="fire", priority="high"),
    # The coldest morning: the cord to a car's block heater melted at the plug and the front of the car is burning in
    # the driveway three feet from the garage door; the household out: fire, high. The car is the caller's own, no
    # vehicle (as the earlier sets leave callers' own cars); "We're all out" the caller's household, not annotated;
    # "three feet" no number of a place; "1033 Pine" the address.
    dict(written="The plug on my car's block heater cord melted and now the whole front of the car's on fire in the driveway, and it's maybe three feet from the garage door. 1033 Pine. We're all out of the house and standing across the street.",
         spoken="the plug on my car's block heater cord melted and now the whole front of the car's on fire in the drive way and it's maybe three feet from the garage door ten thirty three pine we're all out of the house and standing across the street",
         at="2044-12-14 06:10", entities=[],
         places=[("address", 1033, "Pine Street")], category="fire", priority="high"),
    # The children's librarian the next morning: "Last night around 7:45" (19:45 the day before) a tea light somebody
    # lit inside a gingerbread house in the contest display burned two more houses and the tablecloth, smothered by the
    # custodian; the paneling scorched: fire, high lowered to medium (hours old). The somebody and the custodian
    # persons; the lobby is the library's.
    dict(written="Oakford Public Library, the children's librarian. Last night around 7:45, right before closing, somebody lit a tea light inside one of the gingerbread houses in our contest display in the lobby, and its roof caught and burned the tablecloth and the two houses beside it. Our custodian smothered it with his coat. Nobody was hurt, but the paneling behind the table is scorched. Could somebody from the fire department check it?",
         spoken="oakford public library the children's librarian last night around seven forty five right before closing somebody lit a tea light inside one of the ginger bread houses in our contest display in the lobby and its roof caught and burned the table cloth and the two houses beside it our custodian smothered it with his coat nobody was hurt but the paneling behind the table is scorched could somebody from the fire department check it",
         at="2044-12-13 09:30", entities=[("local", "2044-12-12 19:45"), P(count="1"), P(count="1", sex="male")],
         places=[("landmark", "Oakford Public Library")], category="fire", priority="medium"),

    # ---------------------------------------------------------------- medical
    # The morning after the storm: the snow on a garage's metal roof slid off at once and buried a husband shovelling
    # the door; dug out to the face, breathing, not waking, lips grey: a life at risk (critical). The husband and the
    # son (still digging) persons; "1126 Maple" the address.
    dict(written="Please hurry, 1126 Maple! All the snow on the metal roof of our garage slid off at once while my husband was shoveling out the door and it buried him. We dug his face out and he's breathing but he won't wake up, and his lips are grey. My son's still digging his legs out.",
         spoken="please hurry eleven twenty six maple all the snow on the metal roof of our garage slid off at once while my husband was shoveling out the door and it buried him we dug his face out and he's breathing but he won't wake up and his lips are grey my son's still digging his legs out",
         at="2044-12-17 11:50", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("address", 1126, "Maple Avenue")], category="medical", priority="critical"),
    # Backstage at the Nutcracker matinee: a young dancer (a snowflake) has been seizing more than five minutes, lips
    # turning blue: a life at risk (critical). The dancer (her stated age not annotated), her mother in the audience and
    # "one of the moms" who went for her persons; "five minutes" a duration; the stage door is Oakford High's.
    dict(written="Oakford High auditorium, backstage at the Nutcracker. One of our snowflakes is having a seizure on the dressing room floor and it's been going more than five minutes, her lips are turning blue. She's 13. Her mom is out in the audience, one of the moms went to get her. Come to the stage door on the side.",
         spoken="oakford high auditorium back stage at the nutcracker one of our snowflakes is having a seizure on the dressing room floor and it's been going more than five minutes her lips are turning blue she's thirteen her mom is out in the audience one of the moms went to get her come to the stage door on the side",
         at="2044-12-17 14:35", entities=[P(count="1", sex="female"), P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("landmark", "Oakford High School")], category="medical", priority="critical"),
    # A toddler drank lamp oil from a table lamp and is coughing, breathing fast, lips greyish: a poisoning with trouble
    # breathing, a life at risk (critical). The boy (his stated age not annotated) a person; "314 Spruce" the address.
    dict(written="My 2-year-old drank lamp oil out of the little oil lamp on our dinner table, I don't know how much. He's coughing and coughing and breathing really fast, and his lips look kind of grey. We're at 314 Spruce. Do I make him throw up?",
         spoken="my two year old drank lamp oil out of the little oil lamp on our dinner table i don't know how much he's coughing and coughing and breathing really fast and his lips look kind of grey we're at three fourteen spruse do i make him throw up",
         at="2044-12-18 18:15", entities=[P(count="1", sex="male")],
         places=[("address", 314, "Spruce Street")], category="medical", priority="critical"),
    # Non-native, a delivery driver whose van broke down waited over an hour in the cold with the hood up; his fingers
    # white and hard, no feeling, ears too: frostbite, an injury (high). The caller himself, no persons (the tow not
    # come); the van his own, no vehicle; "a store" names no place; "Birch by 3rd" the intersection.
    dict(written="Hello, I am driver for delivery, my van break down on Birch by 3rd and I wait more than one hour outside with the hood open for the tow. Now my fingers are white and hard like wood and I cannot feel them, also my ears. I sit in a store now but they start to burn very much. What I must do?",
         spoken="hello i am driver for delivery my van break down on burch by third and i wait more than one hour outside with the hood open for the tow now my fingers are white and hard like wood and i cannot feel them also my ears i sit in a store now but they start to burn very much what i must do",
         at="2044-12-14 08:40", entities=[],
         places=[("intersection", "Birch Street", "3rd Street")], category="medical", priority="high"),
    # The school nurse: at recess a first grader's tongue froze to the playground railing on a dare and tore when a
    # friend pulled her off; bleeding, swallowing blood: an injury to a child (high). The first grader and the friend
    # persons; "her mother" only to be called, not annotated; the playground is Lincoln Elementary's.
    dict(written="This is the school nurse at Lincoln Elementary. At recess a first grader put her tongue on the metal railing by the playground on a dare, and when her friend yanked her off it tore the skin off the tip. It's bleeding a lot and she's swallowing blood and crying. I have gauze on it. Do I send her by ambulance or call her mother?",
         spoken="this is the school nurse at lincon elementary at recess a first grader put her tongue on the metal railing by the play ground on a dare and when her friend yanked her off it tore the skin off the tip it's bleeding a lot and she's swallowing blood and crying i have gauze on it do i send her by ambulance or call her mother",
         at="2044-12-14 12:20", entities=[P(count="1", sex="female"), P(count="1")],
         places=[("landmark", "Lincoln Elementary School")], category="medical", priority="high"),
    # The holiday market: a little girl pulled the cord of the hot cider urn and it tipped onto her legs, her shins
    # blistering; her father packing snow on them: a burn, an injury to a child (high). The girl and her dad persons;
    # the cider hut is Maple Square's.
    dict(written="Maple Square, at the cider hut in the holiday market. A little girl pulled on the cord of the hot cider urn and it tipped over onto her legs. It soaked right through to her shins and they're red and blistering. Her dad's holding snow on them. She's screaming.",
         spoken="maple square at the cider hut in the holiday market a little girl pulled on the cord of the hot cider urn and it tipped over onto her legs it soaked right through to her shins and they're red and blistering her dad's holding snow on them she's screaming",
         at="2044-12-18 15:20", entities=[P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("landmark", "Maple Square")], category="medical", priority="high"),
    # A web form the Sunday: "Yesterday around 3" (15:00 the day before) a sheet of snow and ice slid off the Grand
    # Cinema's roof onto the caller's husband in the ticket line; this morning he cannot lift his arm, neck stiff: an
    # injury lowered to medium (hours old). The husband a person; "this morning" no time; the ticket line out front is
    # the Grand Cinema's.
    dict(written="Web form: Yesterday around 3 we were standing in the ticket line out front of the Grand Cinema for the Starfall matinee and a whole sheet of snow and ice slid off the roof onto my husband. He said he was fine and we watched the movie, but this morning he can't lift his right arm above his shoulder and his neck is stiff. Who is responsible for clearing that roof?",
         spoken="web form yesterday around three we were standing in the ticket line out front of the grand cinema for the starfall matinee and a whole sheet of snow and ice slid off the roof onto my husband he said he was fine and we watched the movie but this morning he can't lift his right arm above his shoulder and his neck is stiff who is responsible for clearing that roof",
         at="2044-12-18 09:10", entities=[("local", "2044-12-17 15:00"), P(count="1", sex="male")],
         places=[("landmark", "Grand Cinema")], category="medical", priority="medium"),

    # ---------------------------------------------------------------- robbery
    # Dispatch, the Festival of Lights' Sunday night: approx 2104 two men walked up on the volunteers counting the
    # weekend's gate money in the ticket shed, one levelling a black rifle at them, and took the cash box: an armed
    # robbery, critical (the clock time the event's). "2 volunteers" (2), "2 M susps" (2 male) and each described apart
    # ("#1 tall, white ski jacket" -> "white jacket"; "#2 short, black ski mask"; given the group's sex) persons; "a
    # black rifle" rifle; "a dark blue Chevy Equinox" blue equinox going west; "$3,000" no number of a place; "on River
    # Rd" a street alone; the gate and its ticket shed are Riverside Park's.
    dict(written="Armed robbery, Riverside Park, Festival of Lights gate off River Rd, occurred approx 2104. 2 volunteers counting the weekend's gate money in the ticket shed; 2 M susps walked up on foot, #1 leveled a black rifle at them, #2 grabbed the cash box (approx $3,000). Susps left WB on River Rd in a dark blue Chevy Equinox. #1 tall, white ski jacket. #2 short, black ski mask. Volunteers unhurt.",
         spoken="armed robbery river side park festival of lights gate off river road occurred approximately twenty one oh four two volunteers counting the weekend's gate money in the ticket shed two male suspects walked up on foot number one leveled a black rifle at them number two grabbed the cash box approximately three thousand dollars suspects left west bound on river road in a dark blue chevy equinox number one tall white ski jacket number two short black ski mask volunteers unhurt",
         at="2044-12-18 21:10", entities=[("local", "2044-12-18 21:04"), P(count="2"), P(count="2", sex="male"), W("rifle"), V(colour="blue", make="chevrolet", model="equinox", direction="west"), P(count="1", sex="male", height="tall", clothing=["white jacket"]), P(count="1", sex="male", height="short", clothing=["black ski mask"])],
         places=[("landmark", "Riverside Park")], category="robbery", priority="critical"),
    # The band boosters' gift-wrap table at Northgate Mall: a man "just" grabbed the donation jar and shoved a band kid
    # who held his sleeve backward over the table, her hand cut: force to take property, robbery, high (an injury too).
    # The man ("Tall", "black puffer coat" -> "black coat", "red scarf") and the band kid persons; "just" now; "$400" no
    # number of a place; the food court is Northgate Mall's.
    dict(written="Northgate Mall, the band boosters' gift-wrap table by the food court. A man just grabbed our donation jar, about $400 in it, and when one of our band kids held on to his sleeve he shoved her backward over the table and she cut her hand open on the tape dispenser. He went out the food court doors toward the lot. Tall, black puffer coat, red scarf.",
         spoken="north gate mall the band boosters gift wrap table by the food court a man just grabbed our donation jar about four hundred dollars in it and when one of our band kids held on to his sleeve he shoved her backward over the table and she cut her hand open on the tape dispenser he went out the food court doors toward the lot tall black puffer coat red scarf",
         at="2044-12-13 20:15", entities=[P(count="1", sex="male", height="tall", clothing=["black coat", "red scarf"]), ("now",), P(count="1", sex="female")],
         places=[("landmark", "Northgate Mall")], category="robbery", priority="high"),
    # The tax bills' last day at City Hall: an old woman's envelope of cash for her bill "just" grabbed on the front
    # steps by a man who knocked her down, her wrist swelling: robbery, high (an injury). The old woman ("old" 60-90, a
    # descriptive age word) and the man ("Skinny" thin, "grey hoodie", "black backpack") persons; "just" now; "toward
    # Main" a street alone; the front steps are City Hall's.
    dict(written="I work in the treasurer's office at City Hall, it's the last day for the tax bills. An old woman coming up the front steps with her payment in an envelope, cash, just had it grabbed out of her hand by a man who knocked her down doing it. She's sitting on the steps holding her wrist, it's swelling. He ran toward Main. Skinny, grey hoodie, black backpack.",
         spoken="i work in the treasurer's office at city hall it's the last day for the tax bills an old woman coming up the front steps with her payment in an envelope cash just had it grabbed out of her hand by a man who knocked her down doing it she's sitting on the steps holding her wrist it's swelling he ran toward maine skinny grey hoodie black back pack",
         at="2044-12-15 11:50", entities=[P(count="1", sex="female", age="60-90"), ("now",), P(count="1", sex="male", build="thin", clothing=["grey hoodie", "black backpack"])],
         places=[("landmark", "City Hall")], category="robbery", priority="high"),
    # "two minutes ago" a man tore a package out of the caller's arms as the delivery driver handed it over on her porch
    # and shoved her down the icy steps, her knee bleeding: robbery, high (an injury). The delivery guy and the man
    # persons; "a black Honda Accord" accord with its plate letter by letter (FKR2290) going east; "on Elm" after the
    # address adds no place; "417 Elm" the address.
    dict(written="The delivery guy was handing me a package on my front porch at 417 Elm two minutes ago and another guy ran up the steps, tore it out of my arms and gave me a shove. I went down the icy steps and my knee's bleeding through my jeans. He jumped into a black Honda Accord that went east on Elm, plate F K R 2290. The delivery guy saw the whole thing.",
         spoken="the delivery guy was handing me a package on my front porch at four seventeen elm two minutes ago and another guy ran up the steps tore it out of my arms and gave me a shove i went down the icy steps and my knee's bleeding through my jeans he jumped into a black honda accord that went east on elm plate f k r two two nine zero the delivery guy saw the whole thing",
         at="2044-12-13 15:30", entities=[P(count="1", sex="male"), ("ago", 2), P(count="1", sex="male"), V(colour="black", make="honda", model="accord", plate="FKR2290", direction="east")],
         places=[("address", 417, "Elm Street")], category="robbery", priority="high"),
    # Boarding the Holiday Express: a teenager "just" yanked the caller's mother's purse off her shoulder as she climbed
    # aboard, and she fell back and split her eyebrow on the step: robbery, high (an injury). The mother and the
    # teenager ("A teenager" 13-19, "He"; "red ski jacket" -> "red jacket", "white beanie") persons; "just" now; the
    # platform is Central Station's.
    dict(written="We're at Central Station for the Holiday Express. A teenager just yanked my mom's purse off her shoulder while she was climbing onto the train, and she fell back onto the platform and split her eyebrow open on the step. He jumped down and ran across the tracks toward the lot. Red ski jacket, white beanie.",
         spoken="we're at central station for the holiday express a teenager just yanked my mom's purse off her shoulder while she was climbing onto the train and she fell back onto the platform and split her eyebrow open on the step he jumped down and ran across the tracks toward the lot red ski jacket white beanie",
         at="2044-12-18 09:55", entities=[P(count="1", sex="female"), P(count="1", sex="male", age="13-19", clothing=["red jacket", "white beanie"]), ("now",)],
         places=[("landmark", "Central Station")], category="robbery", priority="high"),
    # Non-native, two days on: "Tuesday night" (a weekday, no time) a man demanded the caller's gloves and phone at a
    # bus stop, pushed him into the snow and took them and his hat: force to take property, robbery, high lowered to
    # medium (days old; no injury). The man ("tall", "black coat with fur on the hood" -> "black coat") a person;
    # "Chestnut and 7th" the intersection.
    dict(written="Hello, I want to make report. Tuesday night I walk home from the bus stop at Chestnut and 7th, it is so cold, and a man come behind me and say give me your gloves and your phone. I say no and he push me down in the snow and take them both, also my hat. I am okay, only very cold when I get home. He is tall, black coat with fur on the hood.",
         spoken="hello i want to make report tuesday night i walk home from the bus stop at chesnut and seventh it is so cold and a man come behind me and say give me your gloves and your phone i say no and he push me down in the snow and take them both also my hat i am okay only very cold when i get home he is tall black coat with fur on the hood",
         at="2044-12-15 10:30", entities=[P(count="1", sex="male", height="tall", clothing=["black coat"])],
         places=[("intersection", "Chestnut Street", "7th Street")], category="robbery", priority="medium"),

    # ---------------------------------------------------------------- assault
    # The Festival of Lights line on River Road: a man from a black Dodge Charger dragged the driver behind him onto the
    # road and kicked him in the head until he stopped moving; "Now" he is getting back into his car: a life at risk
    # (critical). The Charger's driver, the man kicked and "His kids" (2+) persons; "the black Dodge Charger" charger;
    # "Now the Charger guy's" now (a person of the event), while "now the man's not moving" narrates; "River Road by
    # 7th" the intersection.
    dict(written="Please hurry, River Road by 7th, in the Festival of Lights line! The guy in the black Dodge Charger got out, dragged the driver behind him out onto the road and kept kicking him in the head, and now the man's not moving. His kids are screaming in the back seat. Now the Charger guy's getting back in his car.",
         spoken="please hurry river road by seventh in the festival of lights line the guy in the black dodge charger got out dragged the driver behind him out onto the road and kept kicking him in the head and now the man's not moving his kids are screaming in the back seat now the charger guy's getting back in his car",
         at="2044-12-12 18:20", entities=[P(count="1", sex="male"), V(colour="black", make="dodge", model="charger"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("intersection", "River Road", "7th Street")], category="assault", priority="critical"),
    # Dispatch from a company holiday party at the brewery: approx 2210 a man punched an older coworker, who fell back
    # down the stairs, struck his head and lies unresponsive with snoring respirations: a life at risk (critical). The
    # subject ("W/M 20s" 20-29, "5'9\"", "thin", "white dress shirt" -> "white shirt", fled on foot north) and the
    # victim ("Vic M 60s" 60-69, a victim's shorthand decade) persons; "3 stairs" no number of a place; "toward Old Mill
    # Rd" a street alone; the upstairs party room is the Old Mill Brewery's.
    dict(written="Assault just occurred, Old Mill Brewery, upstairs party room, approx 2210. During a company holiday party M subj struck a coworker with a closed fist; vic fell backward down 3 stairs and struck his head, unresponsive, snoring respirations. Vic M 60s. Subj W/M 20s, 5'9\", thin, white dress shirt, fled on foot NB toward Old Mill Rd.",
         spoken="assault just occurred old mill brewery upstairs party room approximately twenty two ten during a company holiday party male subject struck a coworker with a closed fist victim fell backward down three stairs and struck his head unresponsive snoring respirations victim male sixties subject white male twenties five foot nine thin white dress shirt fled on foot north bound toward old mill road",
         at="2044-12-13 22:13", entities=[("local", "2044-12-13 22:10"), P(count="1", sex="male", age="20-29", height="5'9\"", build="thin", clothing=["white shirt"], direction="north"), P(count="1", sex="male", age="60-69")],
         places=[("landmark", "Old Mill Brewery")], category="assault", priority="critical"),
    # The Friday 9 o'clock Starfall: a man "just" punched a teenager two seats over for filming the screen, the kid's
    # nose pouring blood; the man walking out to the lobby "now": assault, high (an injury). The man ("Heavy guy" heavy,
    # "black Starfall hoodie" -> "black hoodie") and the teenager ("a teenager" 13-19, "his phone") persons; "just" and
    # "now" one now; "the 9 o'clock" a schedule; "row F" and "theater 1" no place; the lobby is the Grand Cinema's.
    dict(written="Grand Cinema, theater 1, the 9 o'clock Starfall. A man in row F just got up and punched a teenager two seats over for filming the screen with his phone, and the kid's nose is pouring blood all over the seats. The man's walking out to the lobby now like nothing happened. Heavy guy, black Starfall hoodie.",
         spoken="grand cinema theater one the nine o'clock starfall a man in row f just got up and punched a teenager two seats over for filming the screen with his phone and the kid's nose is pouring blood all over the seats the man's walking out to the lobby now like nothing happened heavy guy black starfall hoodie",
         at="2044-12-16 21:40", entities=[P(count="1", sex="male", build="heavy", clothing=["black hoodie"]), ("now",), P(count="1", sex="male", age="13-19")],
         places=[("landmark", "Grand Cinema")], category="assault", priority="high"),
    # Non-native: a husband hit his wife in the face over the money spent on the children's presents, her eye closing
    # and lip bleeding; "Now he is outside shoveling" and threatening; she is locked in the bathroom with the children:
    # an injury and a woman in danger (high). The husband and "the children" (2+) persons; "Now he is outside" now (a
    # person of the event); "412 Willow" the address.
    dict(written="Please, my husband hit me across the face, he is angry I spend so much money for the presents of the children. My eye is closing and my lip is bleeding. Now he is outside shoveling and he say when he come back inside I will see. I am with the children in the bathroom with the door locked. 412 Willow, the upstairs.",
         spoken="please my husband hit me across the face he is angry i spend so much money for the presents of the children my eye is closing and my lip is bleeding now he is outside shoveling and he say when he come back inside i will see i am with the children in the bath room with the door locked four twelve willo the up stairs",
         at="2044-12-17 12:30", entities=[P(count="1", sex="male"), ("now",), P(count="2+")],
         places=[("address", 412, "Willow Street")], category="assault", priority="high"),
    # The morning after the storm: a neighbour "just" threw the caller down on the ice because his snowblower threw snow
    # on the neighbour's car, the caller's wrist bent wrong; the neighbour still standing over him: assault, high (an
    # injury). The neighbour and his wife persons; "just" now; the neighbour's parked car and the caller's snowblower no
    # vehicles; "in front of his house at 1047 Birch" relative to the address.
    dict(written="My neighbor just threw me down on the ice in front of his house at 1047 Birch because my snowblower threw snow on his car. I landed on my wrist and it's bent the wrong way. He's still standing over me yelling that next time it'll be worse. His wife's trying to pull him back inside.",
         spoken="my neighbor just threw me down on the ice in front of his house at ten forty seven burch because my snow blower threw snow on his car i landed on my wrist and it's bent the wrong way he's still standing over me yelling that next time it'll be worse his wife's trying to pull him back inside",
         at="2044-12-17 10:20", entities=[P(count="1", sex="male"), ("now",), P(count="1", sex="female")],
         places=[("relative", ("address", 1047, "Birch Street"))], category="assault", priority="high"),
    # A 14-year-old texting from the sledding hill: teenagers on snowboards shoving little kids off their sleds, one of
    # whom kicked the caller's brother in the face, his nose bleeding badly: an injury to a child (high). "some
    # teenagers" (2+, 13-19), the one who kicked him ("yellow jacket"; given the group's age, no sex said), "the little
    # kids" (2+) and the brother (his stated age not annotated) persons; the sledding hill is Riverside Park's.
    dict(written="theres some teenagers on snowboards at the top of the big sledding hill at riverside park shoving the little kids off their sleds and one of them kicked my little brother in the face. his nose is bleeding really bad and hes 8. the one who kicked him has a yellow jacket. theyre still up there. im 14",
         spoken="there's some teenagers on snowboards at the top of the big sledding hill at river side park shoving the little kids off their sleds and one of them kicked my little brother in the face his nose is bleeding really bad and he's eight the one who kicked him has a yellow jacket they're still up there i'm fourteen",
         at="2044-12-18 14:10", entities=[P(count="2+", age="13-19"), P(count="2+"), P(count="1", sex="male"), P(count="1", age="13-19", clothing=["yellow jacket"])],
         places=[("landmark", "Riverside Park")], category="assault", priority="high"),
    # A web form the Sunday: "Yesterday afternoon" (14:00 the day before) at the Nutcracker matinee's intermission a man
    # who had kicked the caller's husband's seat slammed him into the trophy case, a bump and a scrape: assault with an
    # injury, high lowered to medium (hours old). The man ("Big man" heavy, "green sweater"; glasses no clothing) and
    # the husband persons; the lobby is Oakford High's.
    dict(written="Web form: Yesterday afternoon at the Nutcracker matinee at Oakford High, the man behind us kicked the back of my husband's seat through the whole first act, and at intermission he grabbed my husband by the collar in the lobby and slammed him into the trophy case. He has a bump on the back of his head and a scrape on his cheek. We'd like it on record. Big man, green sweater, glasses.",
         spoken="web form yesterday afternoon at the nutcracker matinee at oakford high the man behind us kicked the back of my husband's seat through the whole first act and at intermission he grabbed my husband by the collar in the lobby and slammed him into the trophy case he has a bump on the back of his head and a scrape on his cheek we'd like it on record big man green sweater glasses",
         at="2044-12-18 09:30", entities=[("local", "2044-12-17 14:00"), P(count="1", sex="male", build="heavy", clothing=["green sweater"]), P(count="1", sex="male")],
         places=[("landmark", "Oakford High School")], category="assault", priority="medium"),

    # ---------------------------------------------------------------- burglary
    # An alarm company at 03:24: a house whose owners are away, the garage entry door at 0316 hrs, then motion in the
    # mudroom and upstairs: burglary raised to high (a said time within 15 minutes). No persons (the owners away, the
    # keyholder not answering); "until the 20th" a date without the event, no time; "1141 Elm St" the address.
    dict(written="Summit Alarm Monitoring, residential burglary at 1141 Elm St. Garage entry door 0316 hrs, then mudroom motion, then second floor hall motion. Account notes owners away until the 20th. Keyholder is a neighbor, no answer. Requesting PD.",
         spoken="summit alarm monitoring residential burglary at eleven forty one elm street garage entry door zero three sixteen hours then mud room motion then second floor hall motion account notes owners away until the twentieth key holder is a neighbor no answer requesting p d",
         at="2044-12-13 03:24", entities=[("local", "2044-12-13 03:16")],
         places=[("address", 1141, "Elm Street")], category="burglary", priority="high"),
    # A college student home for break finds a man carrying his parents' TV out of their side door to a van "right now":
    # burglary raised to high. The man a person; "a white van" white van (the burglar's); the parents and sister away at
    # the Nutcracker not annotated; "just got home" the finding, "just went back in" within "right now" (one now); "826
    # Oak, no sorry, 828" corrected, 828 the address.
    dict(written="I just got home from the train for break and there's a guy carrying my parents' TV out their side door to a white van in the driveway right now. 826 Oak, no sorry, 828, the blue one. My parents and my sister are at the Nutcracker. I'm across the street behind a parked car. He just went back in for more.",
         spoken="i just got home from the train for break and there's a guy carrying my parents t v out their side door to a white van in the drive way right now eight twenty six oak no sorry eight twenty eight the blue one my parents and my sister are at the nutcracker i'm across the street behind a parked car he just went back in for more",
         at="2044-12-16 21:10", entities=[P(count="1", sex="male"), V(colour="white", type="van"), ("now",)],
         places=[("address", 828, "Oak Street")], category="burglary", priority="high"),
    # A holiday market vendor: "Sometime overnight" (02:00, five hours before) somebody pried the shutter off her hut
    # and took the hand-blown ornaments and the cash drawer's money: burglary, medium. The somebody a person; "$4,000"
    # no number of a place; "toward Pine" a street alone; the market is Maple Square's.
    dict(written="I'm one of the vendors at the Maple Square holiday market. Sometime overnight somebody pried the shutter off my hut, the glass ornament one at the end, and took most of the hand-blown ornaments, about $4,000 worth, plus the cash I stupidly left in the drawer. There's footprints in the new snow going off toward Pine.",
         spoken="i'm one of the vendors at the maple square holiday market sometime over night somebody pried the shutter off my hut the glass ornament one at the end and took most of the hand blown ornaments about four thousand dollars worth plus the cash i stupidly left in the drawer there's footprints in the new snow going off toward pine",
         at="2044-12-18 07:10", entities=[("local", "2044-12-18 02:00"), P(count="1")],
         places=[("landmark", "Maple Square")], category="burglary", priority="medium"),
    # Home from the Nutcracker, "from 7 until about 9:40" (a span, no time), to a kicked-in back door, the hidden
    # presents, two piggy banks and a laptop gone: burglary, medium. The somebody a person; "415 Pine" the address.
    dict(written="We were at the Nutcracker from 7 until about 9:40 and came home to our back door kicked in, 415 Pine. Somebody took the presents we had hidden in the hall closet, the two piggy banks and my laptop off the kitchen table. The snow on the back steps has big boot prints in it.",
         spoken="we were at the nutcracker from seven until about nine forty and came home to our back door kicked in four fifteen pine somebody took the presents we had hidden in the hall closet the two piggy banks and my lap top off the kitchen table the snow on the back steps has big boot prints in it",
         at="2044-12-16 22:15", entities=[P(count="1")],
         places=[("address", 415, "Pine Street")], category="burglary", priority="medium"),
    # Oakford High's band director: "Last night" (23:00 the day before, told eight hours on) somebody broke the band
    # room window and took tubas, snare drums and a cymbal rack: burglary lowered to low. The somebody a person;
    # "tomorrow night" a plan, no time; the band room is Oakford High's.
    dict(written="This is the band director at Oakford High. Last night somebody broke the window of the band room and took two tubas, four snare drums and the drumline's whole cymbal rack. Our holiday concert is supposed to be tomorrow night. There's glass all over the risers and a trail where something got dragged through the snow to the road.",
         spoken="this is the band director at oakford high last night somebody broke the window of the band room and took two tubas four snare drums and the drum line's whole cymbal rack our holiday concert is supposed to be tomorrow night there's glass all over the risers and a trail where something got dragged through the snow to the road",
         at="2044-12-14 07:15", entities=[("local", "2044-12-13 23:00"), P(count="1")],
         places=[("landmark", "Oakford High School")], category="burglary", priority="low"),
    # A web form the Monday: "Yesterday afternoon" (14:00 the day before) somebody walked into an attached garage
    # through an unlocked side door, into the mudroom, and took the day's delivered presents and ski boots: burglary
    # lowered to low (hours old). The somebody, the woman on the camera next door, annotated once with her description
    # ("purple parka" -> "purple coat"); "that morning" no time; "1116 Hawthorn" the address.
    dict(written="Web form: Yesterday afternoon, while we were out sledding, somebody walked into our attached garage at 1116 Hawthorn through the side door we never lock, came into the mudroom and took the two boxes of Christmas presents that had been delivered that morning, and a new pair of ski boots. The camera next door shows a woman in a purple parka carrying boxes out to the street.",
         spoken="web form yesterday afternoon while we were out sledding somebody walked into our attached garage at eleven sixteen hawthorne through the side door we never lock came into the mud room and took the two boxes of christmas presents that had been delivered that morning and a new pair of ski boots the camera next door shows a woman in a purple parka carrying boxes out to the street",
         at="2044-12-12 09:00", entities=[("local", "2044-12-11 14:00"), P(count="1", sex="female", clothing=["purple coat"])],
         places=[("address", 1116, "Hawthorn Avenue")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # A Festival of Lights volunteer on the loop: a man pulling the light-up candy canes out of the snow along the drive
    # and loading them into his trunk "right now": theft raised to high. The man a person; "a blue Hyundai Sonata"
    # sonata; "like twenty" no number of a place; the loop and the reindeer display are Riverside Park's.
    dict(written="Riverside Park, I'm a Festival of Lights volunteer out on the loop. Right now a man is walking along the edge of the drive pulling the light-up candy canes out of the snow and loading them into the trunk of his car, he's got like twenty in there. Blue Hyundai Sonata, parked on the shoulder by the reindeer display.",
         spoken="river side park i'm a festival of lights volunteer out on the loop right now a man is walking along the edge of the drive pulling the light up candy canes out of the snow and loading them into the trunk of his car he's got like twenty in there blue hyundai sonata parked on the shoulder by the reindeer display",
         at="2044-12-13 20:40", entities=[("now",), P(count="1", sex="male"), V(colour="blue", make="hyundai", model="sonata")],
         places=[("landmark", "Riverside Park")], category="theft", priority="high"),
    # Judging day of the gingerbread contest: a woman "just" walked out of the library with the first-place house and is
    # putting it in her car "right now": theft raised to high. The woman a person (the family coming at noon not there);
    # "a green Subaru Forester" forester; "just" and "right now" one now; "at noon" a schedule; the Elm Street doors and
    # out front are the library's.
    dict(written="Oakford Public Library, front desk. A woman just lifted the first-place gingerbread house off the display table in the lobby and walked out the Elm Street doors with it, and right now she's loading it into the hatch of a green Subaru Forester out front. The family that made it is coming at noon to pick it up.",
         spoken="oakford public library front desk a woman just lifted the first place ginger bread house off the display table in the lobby and walked out the elm street doors with it and right now she's loading it into the hatch of a green subaru forester out front the family that made it is coming at noon to pick it up",
         at="2044-12-17 11:25", entities=[P(count="1", sex="female"), ("now",), V(colour="green", make="subaru", model="forester")],
         places=[("landmark", "Oakford Public Library")], category="theft", priority="high"),
    # Off the 5:30 on the Friday: "about five minutes ago" the caller's suitcase was taken off the rack by the train
    # door at Central Station, and a man was seen carrying one like it toward the lot: theft raised to high (a said time
    # within 15 minutes). The somebody, the guy in the "yellow knit hat" (-> "yellow hat"), annotated once; the station
    # the place.
    dict(written="Somebody took my suitcase off the rack by the door of the train about five minutes ago, while I was getting off at Central Station. It's a big purple hard-shell one with a red ribbon on the handle. A guy in a yellow knit hat was walking toward the lot with one just like it.",
         spoken="somebody took my suitcase off the rack by the door of the train about five minutes ago while i was getting off at central station it's a big purple hard shell one with a red ribbon on the handle a guy in a yellow knit hat was walking toward the lot with one just like it",
         at="2044-12-16 17:55", entities=[("ago", 5), P(count="1", sex="male", clothing=["yellow hat"])],
         places=[("landmark", "Central Station")], category="theft", priority="high"),
    # The Nutcracker's costume mistress: the Sugar Plum Fairy's hand-beaded tutu taken off the dressing room rack "about
    # 40 minutes ago": theft, medium. The somebody and the dancer (named through a possessive, "she has to go on in it")
    # persons; "$1,200" no number of a place; the dressing room is Oakford High's.
    dict(written="I'm the costume mistress for the Nutcracker at Oakford High. Somebody took the Sugar Plum Fairy's tutu off the rack in the dressing room during the first act, about 40 minutes ago. It's hand-beaded and it cost $1,200, and she has to go on in it in the second act.",
         spoken="i'm the costume mistress for the nutcracker at oakford high somebody took the sugar plum fairy's tutu off the rack in the dressing room during the first act about forty minutes ago it's hand beaded and it cost twelve hundred dollars and she has to go on in it in the second act",
         at="2044-12-17 15:20", entities=[P(count="1"), P(count="1", sex="female"), ("ago", 40)],
         places=[("landmark", "Oakford High School")], category="theft", priority="medium"),
    # "Sometime overnight" (02:00, five hours before) somebody unhooked and took the two 100-pound propane cylinders
    # from behind a house, the furnace and stove out in the cold: theft, medium. The somebody a person; "100-pound" and
    # "fifteen below" no numbers of a place; "last night" the night's cold, not the event's time; "1109 Walnut" the
    # address.
    dict(written="Sometime overnight somebody unhooked both 100-pound propane cylinders from the back of my house at 1109 Walnut and took them. My furnace and my stove are out and it was fifteen below last night. There's tire tracks backed right up to the pad.",
         spoken="sometime over night somebody unhooked both one hundred pound propane cylinders from the back of my house at eleven oh nine wall nut and took them my furnace and my stove are out and it was fifteen below last night there's tire tracks backed right up to the pad",
         at="2044-12-13 07:00", entities=[("local", "2044-12-13 02:00"), P(count="1")],
         places=[("address", 1109, "Walnut Street")], category="theft", priority="medium"),
    # Non-native, at FreshMart: while the caller walked the cart back, somebody took the bag of toys from the unlocked
    # car's back seat (no time said): theft, medium. The somebody a person; the caller's car no vehicle; "FreshMart
    # parking" the store's lot.
    dict(written="Hello, I am at FreshMart parking. I put the bags of Christmas gifts in my car and I walk the cart back to the corral, I forget to lock. When I come back somebody take the big bag with the toys from the back seat. Maybe the camera of the store see who take it?",
         spoken="hello i am at fresh mart parking i put the bags of christmas gifts in my car and i walk the cart back to the corral i forget to lock when i come back somebody take the big bag with the toys from the back seat maybe the camera of the store see who take it",
         at="2044-12-17 13:00", entities=[P(count="1")],
         places=[("landmark", "FreshMart Supermarket")], category="theft", priority="medium"),
    # A web form for insurance: "On Tuesday, December 13, around 5 pm" (17:00 on that date, two days before) somebody
    # cut the lock of the ski rack on the caller's car in the Northgate Mall lot and took two pairs of skis: theft
    # lowered to low. The somebody a person; the caller's car no vehicle; "about an hour" a duration.
    dict(written="Web form: I need a report number for insurance. On Tuesday, December 13, around 5 pm, somebody cut the lock on the ski rack on my car in the Northgate Mall lot and took two pairs of skis and the poles. I was inside for about an hour.",
         spoken="web form i need a report number for insurance on tuesday december thirteen around five p m somebody cut the lock on the ski rack on my car in the north gate mall lot and took two pairs of skis and the poles i was inside for about an hour",
         at="2044-12-15 09:00", entities=[("local", "2044-12-13 17:00"), P(count="1")],
         places=[("landmark", "Northgate Mall")], category="theft", priority="low"),

    # ---------------------------------------------------------------- traffic
    # The Thursday morning walk to school: a car coming down Hawthorn too fast on the ice "just" skidded across the
    # crossing at 3rd where the high school students cross and hit the crossing guard, who lies in the road not moving:
    # a life at risk (critical). The crossing guard, "the kids waiting to cross" (2+) and the driver persons; "a black
    # Toyota RAV4" rav4; "just" now; "the high school kids" only name the crossing, no persons and no place; the
    # crossing of Hawthorn and 3rd the intersection.
    dict(written="A car coming down Hawthorn way too fast on the ice just skidded across the crossing at 3rd where the high school kids cross and hit our crossing guard. She's lying in the road and she isn't moving, and the kids waiting to cross saw all of it. It's a black Toyota RAV4, the driver's still sitting in it.",
         spoken="a car coming down hawthorne way too fast on the ice just skidded across the crossing at third where the high school kids cross and hit our crossing guard she's lying in the road and she isn't moving and the kids waiting to cross saw all of it it's a black toyota rav four the driver's still sitting in it",
         at="2044-12-15 07:35", entities=[("now",), P(count="1", sex="female"), P(count="2+"), V(colour="black", make="toyota", model="rav4"), P(count="1")],
         places=[("intersection", "Hawthorn Avenue", "3rd Street")], category="traffic", priority="critical"),
    # The coldest morning: a car "just" slid through a red on black ice and T-boned a mail truck; the carrier bleeding
    # from her head but talking: an injury, high. "a white Nissan Sentra" sentra and "a mail truck" truck (a type word
    # in its description); the carrier and the driver ("a teenage boy" 13-19) persons; "just" now; "Walnut and 8th,
    # sorry, Walnut and 9th" corrected, Walnut and 9th the intersection.
    dict(written="A car just slid through the red on the black ice at Walnut and 8th, sorry, Walnut and 9th, and T-boned a mail truck. The mail carrier's bleeding from her head but she's talking, she's still sitting in the truck. The car's a white Nissan Sentra, and the driver's a teenage boy, he's out walking around.",
         spoken="a car just slid through the red on the black ice at wall nut and eighth sorry wall nut and ninth and t boned a mail truck the mail carrier's bleeding from her head but she's talking she's still sitting in the truck the car's a white nissan sentra and the driver's a teenage boy he's out walking around",
         at="2044-12-14 07:50", entities=[("now",), V(colour="white", make="nissan", model="sentra"), V(type="truck"), P(count="1", sex="female"), P(count="1", sex="male", age="13-19")],
         places=[("intersection", "Walnut Street", "9th Street")], category="traffic", priority="high"),
    # A woman backing out of a space in the Main Street Pharmacy lot "just" knocked over an old woman with a walker,
    # down on the ice holding her hip: an injury, high. The old lady ("an old lady" 60-90) and the driver ("A woman")
    # persons; "Tan Buick LaCrosse" lacrosse (the driver's "her car"); "just" now; the lot is the pharmacy's.
    dict(written="A woman backing out of a space in the Main Street Pharmacy lot just knocked over an old lady with a walker. The old lady's down on the ice holding her hip and crying, and the woman's out of her car kneeling with her. Tan Buick LaCrosse.",
         spoken="a woman backing out of a space in the main street pharmacy lot just knocked over an old lady with a walker the old lady's down on the ice holding her hip and crying and the woman's out of her car kneeling with her tan buick la crosse",
         at="2044-12-12 11:30", entities=[P(count="1", sex="female"), ("now",), P(count="1", sex="female", age="60-90"), V(colour="tan", make="buick", model="lacrosse")],
         places=[("landmark", "Main Street Pharmacy")], category="traffic", priority="high"),
    # The morning after the storm, with the sidewalks buried: the wing blade of a town plow truck "just" caught a man
    # walking in the road and threw him into the bank, his leg gashed open; the plow driver stopped and is with him: an
    # injury, high. The man and the plow driver persons; "the town's plow trucks" truck (a type word in its description;
    # the one that struck him); "just" now; "Pine between 5th and 6th" the 500 block of Pine.
    dict(written="One of the town's plow trucks just caught a man walking in the road on Pine between 5th and 6th with the wing blade and threw him into the snowbank. He had to walk in the road, the sidewalks are buried. His leg's cut wide open and it's bleeding a lot. The plow driver stopped and he's with him.",
         spoken="one of the town's plow trucks just caught a man walking in the road on pine between fifth and sixth with the wing blade and threw him into the snow bank he had to walk in the road the side walks are buried his leg's cut wide open and it's bleeding a lot the plow driver stopped and he's with him",
         at="2044-12-17 09:40", entities=[V(type="truck"), ("now",), P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("block", 500, "Pine Street")], category="traffic", priority="high"),
    # The coldest evening: Old Mill Road by Oak glare ice, three cars spun into the ditch on the curve in the last half
    # hour, nobody hurt, no sander yet: a road hazard with no time said, traffic, medium. No persons ("nobody hurt"; the
    # drivers undescribed) and no vehicles (the cars that spun out undescribed, as holdout32's cars sliding on an oil
    # slick); "in the last half hour" a span, no time; "Old Mill Road by Oak" the intersection.
    dict(written="Old Mill Road by Oak is glare ice. Three cars have spun off into the ditch on that curve in the last half hour, nobody hurt so far, and the sander hasn't been by. Somebody's going to get killed there tonight.",
         spoken="old mill road by oak is glare ice three cars have spun off into the ditch on that curve in the last half hour nobody hurt so far and the sander hasn't been by somebody's going to get killed there tonight",
         at="2044-12-14 18:50", entities=[],
         places=[("intersection", "Old Mill Road", "Oak Street")], category="traffic", priority="medium"),
    # The brewery's bar manager: a man from a company party who could barely stand drove off "about half an hour ago" on
    # a spare key: an impaired driver, traffic, medium (half an hour is past the recency lift). The man a person; "a red
    # Jeep Grand Cherokee" grand cherokee with its plate in the NATO alphabet (KDT5512); "toward Mill Road" a street
    # alone; the lot is the Old Mill Brewery's.
    dict(written="This is the bar manager at the Old Mill Brewery. One of the guys from a company party upstairs could barely stand, we took his keys but he must have had a spare, because about half an hour ago he drove out of the lot in a red Jeep Grand Cherokee toward Mill Road. Plate Kilo Delta Tango 5512. He almost took out our sign on the way.",
         spoken="this is the bar manager at the old mill brewery one of the guys from a company party upstairs could barely stand we took his keys but he must have had a spare because about half an hour ago he drove out of the lot in a red jeep grand cherokee toward mill road plate kilo delta tango five five one two he almost took out our sign on the way",
         at="2044-12-16 23:30", entities=[P(count="1", sex="male"), ("ago", 30), V(colour="red", make="jeep", model="grand cherokee", plate="KDT5512")],
         places=[("landmark", "Old Mill Brewery")], category="traffic", priority="medium"),
    # The Monday: "yesterday around 4" (16:00 the day before) a white box truck backed fast the wrong way down a block
    # of Oak and the caller's two kids had to jump into a snowbank: a near miss, nobody hurt, traffic lowered to low
    # (hours old). "A white box truck" white truck; "my two kids" (2) and the driver persons; "Oak between 3rd and 4th"
    # the 300 block of Oak.
    dict(written="Yesterday around 4 a white box truck came backing the wrong way down Oak between 3rd and 4th, the whole block, fast, and my two kids had to jump into the snowbank off the sidewalk so it didn't hit them. The driver never even looked. It had a big orange arrow on the side.",
         spoken="yesterday around four a white box truck came backing the wrong way down oak between third and fourth the whole block fast and my two kids had to jump into the snow bank off the side walk so it didn't hit them the driver never even looked it had a big orange arrow on the side",
         at="2044-12-12 08:15", entities=[("local", "2044-12-11 16:00"), V(colour="white", type="truck"), P(count="2"), P(count="1")],
         places=[("block", 300, "Oak Street")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- drugs
    # The pharmacist: a man who bought the day's limit of pseudoephedrine this morning is back at the counter "right
    # now" with another ID and name, a woman waiting in a minivan, his friends in three times this week, the pharmacist
    # sure it is for a meth lab: buying a meth ingredient (drugs raised to medium). The man ("orange hat"), the woman in
    # the car and "his buddies" (2+) persons; "a grey Dodge Caravan" caravan; "this morning" and "this week" no times;
    # the counter is the Main Street Pharmacy's.
    dict(written="Main Street Pharmacy, I'm the pharmacist. A man who bought his limit of the pseudoephedrine cold pills this morning is back at my counter right now with a different driver's license and a different name, asking for two more boxes. There's a woman waiting for him in a grey Dodge Caravan by the door. His buddies have been in three times this week doing the same thing. I'm pretty sure it's all for a meth lab. Orange hat.",
         spoken="main street pharmacy i'm the pharmacist a man who bought his limit of the pseudo ephedrine cold pills this morning is back at my counter right now with a different driver's license and a different name asking for two more boxes there's a woman waiting for him in a grey dodge caravan by the door his buddies have been in three times this week doing the same thing i'm pretty sure it's all for a meth lab orange hat",
         at="2044-12-14 17:40", entities=[P(count="1", sex="male", clothing=["orange hat"]), ("now",), P(count="1", sex="female"), V(colour="grey", make="dodge", model="caravan"), P(count="2+")],
         places=[("landmark", "Main Street Pharmacy")], category="drugs", priority="medium"),
    # The Friday the college students come home: a man on the Central Station platform "who's been selling" to them off
    # every train: a present progressive with no time said lifts low to medium. The man ("Green parka" -> "green coat",
    # "maybe 35" 32-38; a beard no clothing) and "the college kids" (2+) persons; "since about 5" when it began, no
    # time; the platform is Central Station's.
    dict(written="There's a guy on the Central Station platform who's been selling to the college kids coming off every train since about 5. He waits by the bottom of the stairs, they hand him cash and he pulls little bags out of his coat. Green parka, beard, maybe 35.",
         spoken="there's a guy on the central station platform who's been selling to the college kids coming off every train since about five he waits by the bottom of the stairs they hand him cash and he pulls little bags out of his coat green parka beard maybe thirty five",
         at="2044-12-16 19:30", entities=[P(count="1", sex="male", age="32-38", clothing=["green coat"]), P(count="2+")],
         places=[("landmark", "Central Station")], category="drugs", priority="medium"),
    # Dispatch from the Festival of Lights: approx 1950 the driver of a sedan parked on the shoulder at the loop's exit
    # doing hand-offs through the windows of cars leaving, most with kids in them: drugs, medium (a said time within 15
    # minutes; raises do not stack). The driver and "kids" (2+) persons; "a black Nissan Maxima" maxima; "4 cars" no
    # number of a place; the loop's exit is Riverside Park's.
    dict(written="Drug complaint, Riverside Park, Festival of Lights exit, approx 1950. RP (volunteer) states the driver of a black Nissan Maxima parked on the shoulder at the loop exit is leaning out and passing baggies into the windows of cars as they come out, cash going back. RP observed 4 cars. Kids in most of the cars leaving.",
         spoken="drug complaint river side park festival of lights exit approximately nineteen fifty r p volunteer states the driver of a black nissan maxima parked on the shoulder at the loop exit is leaning out and passing baggies into the windows of cars as they come out cash going back r p observed four cars kids in most of the cars leaving",
         at="2044-12-15 19:56", entities=[("local", "2044-12-15 19:50"), P(count="1"), V(colour="black", make="nissan", model="maxima"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="drugs", priority="medium"),
    # City Hall's custodian: folding up the cots of the overnight warming room, he found a backpack left behind with a
    # digital scale, a box of baggies and a plastic-wrapped brick: a find, drugs, low. No persons (whoever left it
    # unknown, named by no "somebody"); "this morning" no time; the warming room is City Hall's.
    dict(written="I'm the custodian at City Hall. Folding up the cots in the overnight warming room this morning I found a backpack shoved under one of them, and inside there's a digital scale, a box of little baggies and a brick of something wrapped tight in plastic. Nobody's claimed it. I locked it in my closet.",
         spoken="i'm the custodian at city hall folding up the cots in the over night warming room this morning i found a back pack shoved under one of them and inside there's a digital scale a box of little baggies and a brick of something wrapped tight in plastic nobody's claimed it i locked it in my closet",
         at="2044-12-15 07:50", entities=[],
         places=[("landmark", "City Hall")], category="drugs", priority="low"),
    # Non-native: the man who rents the basement sells through his little window at the sidewalk all day, people tapping
    # on the glass (a habit, the simple present): drugs, low. The man and "people" (2+) persons; "516 Chestnut" the
    # address.
    dict(written="Hello, I live at 516 Chestnut, upstairs. The man who rent the basement sell drugs through his little window at the sidewalk. All day people stop and bend down and tap on the glass, the window open, money go in, something come out. Even in this cold they come.",
         spoken="hello i live at five sixteen chesnut up stairs the man who rent the base ment sell drugs through his little window at the side walk all day people stop and bend down and tap on the glass the window open money go in something come out even in this cold they come",
         at="2044-12-15 14:00", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("address", 516, "Chestnut Street")], category="drugs", priority="low"),
    # A web tip from Oakford High's nurse: "On Monday" (a weekday, no time) two freshman girls came to her sick after
    # eating gingerbread-man edibles a junior sells at lunch: children lift low to medium, days old lower it back to low
    # (as holdout31's acid and holdout32's vape pens). "two freshman girls" (2 female) and the junior ("a junior" no age
    # word) persons; "$10" no number of a place; Oakford High the place.
    dict(written="Web tip: I'm the nurse at Oakford High. On Monday two freshman girls came to me sick in gym class and said they'd eaten edibles shaped like little gingerbread men that a junior sells at lunch for $10 each. He brings them in a holiday tin. I'm reporting it because the girls were too scared to.",
         spoken="web tip i'm the nurse at oakford high on monday two freshman girls came to me sick in gym class and said they'd eaten edibles shaped like little ginger bread men that a junior sells at lunch for ten dollars each he brings them in a holiday tin i'm reporting it because the girls were too scared to",
         at="2044-12-15 20:00", entities=[P(count="2", sex="female"), P(count="1", sex="male")],
         places=[("landmark", "Oakford High School")], category="drugs", priority="low"),

    # ---------------------------------------------------------------- vandalism
    # Three men going down a block of Maple "right now" kicking over and stabbing the inflatable snowmen and reindeer on
    # the lawns: vandalism raised to medium. "Three guys" (3 male) and the one "in a white hoodie" (given the group's
    # sex) persons; "a knife" used on decorations, a tool on property, no weapon; "just" within "right now"; "Maple
    # between 2nd and 3rd" the 200 block of Maple.
    dict(written="Three guys are going down Maple between 2nd and 3rd right now kicking over the inflatable snowmen and reindeer on people's lawns and stabbing holes in them with a knife. They just did the big Grinch on the corner. One's in a white hoodie.",
         spoken="three guys are going down maple between second and third right now kicking over the inflatable snowmen and reindeer on people's lawns and stabbing holes in them with a knife they just did the big grinch on the corner one's in a white hoodie",
         at="2044-12-12 22:40", entities=[P(count="3", sex="male"), ("now",), P(count="1", sex="male", clothing=["white hoodie"])],
         places=[("block", 200, "Maple Avenue")], category="vandalism", priority="medium"),
    # The Nutcracker's opening night: a man going down the rows of the Oakford High lot smearing something greasy on the
    # windshields and bending the wipers up while the audience is inside, by the gym doors "now": vandalism raised to
    # medium. The man ("Black coat" -> "black coat"; "hood up" no clothing) a person; "everybody's inside" no persons of
    # the tip (away inside); "now" now; the lot is Oakford High's.
    dict(written="A man is going down the rows in the Oakford High lot while everybody's inside at the Nutcracker, smearing something greasy all over the windshields and bending the wipers straight up. He's done a whole row. He's over by the gym doors now. Black coat, hood up.",
         spoken="a man is going down the rows in the oakford high lot while every body's inside at the nutcracker smearing something greasy all over the windshields and bending the wipers straight up he's done a whole row he's over by the gym doors now black coat hood up",
         at="2044-12-16 19:40", entities=[P(count="1", sex="male", clothing=["black coat"]), ("now",)],
         places=[("landmark", "Oakford High School")], category="vandalism", priority="medium"),
    # The afternoon after the storm: a man spray painting swear words on the snowbanks along Main and on the cars buried
    # in them "right now": vandalism raised to medium. The man ("Skinny" thin, "orange beanie") a person; the buried
    # cars no vehicles; "Main between 8th and 9th" the 800 block of Main.
    dict(written="A guy is spray painting swear words in huge red letters on the snowbanks along Main between 8th and 9th right now, and on the cars that are buried in them. He's got a shopping bag full of cans. Skinny, orange beanie.",
         spoken="a guy is spray painting swear words in huge red letters on the snow banks along maine between eighth and ninth right now and on the cars that are buried in them he's got a shopping bag full of cans skinny orange beanie",
         at="2044-12-17 14:15", entities=[P(count="1", sex="male", build="thin", clothing=["orange beanie"]), ("now",)],
         places=[("block", 800, "Main Street")], category="vandalism", priority="medium"),
    # The Holiday Express's conductor: "Last night" (23:00 the day before) somebody threw rocks through seven windows of
    # the excursion coaches on the siding: vandalism, low. The somebody a person; the coaches no vehicles of the kinds
    # annotated; "families boarding at 10" a schedule, no persons present; behind Central Station relative.
    dict(written="This is the conductor for the Holiday Express. Last night somebody threw rocks through the windows of our two coaches parked on the siding behind Central Station, seven windows, and there's glass all over the seats of the cocoa car. We have families boarding at 10.",
         spoken="this is the conductor for the holiday express last night somebody threw rocks through the windows of our two coaches parked on the siding behind central station seven windows and there's glass all over the seats of the cocoa car we have families boarding at ten",
         at="2044-12-18 07:30", entities=[("local", "2044-12-17 23:00"), P(count="1")],
         places=[("relative", ("landmark", "Central Station"))], category="vandalism", priority="low"),
    # A web form the Monday: "Sometime Saturday night" (a weekday, no time) somebody snapped the wiper blades off eleven
    # parked cars on a block of Hawthorn: vandalism, low. The somebody a person; the parked cars no vehicles; "Half of
    # us" the caller's neighbours with the caller, not annotated; "Hawthorn between 6th and 7th" the 600 block of
    # Hawthorn.
    dict(written="Web form: Sometime Saturday night somebody snapped the wiper blades off every car parked along our side of Hawthorn between 6th and 7th, eleven cars including mine, right before the freezing drizzle. Half of us couldn't clear our windshields Sunday morning.",
         spoken="web form sometime saturday night somebody snapped the wiper blades off every car parked along our side of hawthorne between sixth and seventh eleven cars including mine right before the freezing drizzle half of us couldn't clear our windshields sunday morning",
         at="2044-12-12 08:20", entities=[P(count="1")],
         places=[("block", 600, "Hawthorn Avenue")], category="vandalism", priority="low"),
    # Parks and Rec: "Yesterday afternoon" (14:00 the day before) teenagers at the sledding hill pried the plank benches
    # and half the wall boards off the warming hut by the pond and rode them down the hill, leaving them splintered at
    # the bottom: vandalism, low (hours old). The teenagers (2+, 13-19) and "a dog walker" persons; "this morning" no
    # time; the warming hut is Riverside Park's.
    dict(written="Parks and Rec at Riverside Park. Yesterday afternoon some teenagers pried the plank benches and half the wall boards off the warming hut by the pond and rode them down the sledding hill like toboggans. A dog walker saw them but didn't want to say anything. This morning the boards are lying busted at the bottom of the hill and the hut's open to the wind.",
         spoken="parks and rec at river side park yesterday afternoon some teenagers pried the plank benches and half the wall boards off the warming hut by the pond and rode them down the sledding hill like toboggans a dog walker saw them but didn't want to say anything this morning the boards are lying busted at the bottom of the hill and the hut's open to the wind",
         at="2044-12-15 08:00", entities=[("local", "2044-12-14 14:00"), P(count="2+", age="13-19"), P(count="1")],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # An SUV "keeps pulling up" outside the dance academy as the girls come out of rehearsal, its driver filming them
    # through his window: a present progressive with no time said lifts low to medium (girls about too; raises do not
    # stack). "A dark grey Infiniti QX80" grey qx80 ("dark grey" grey, as "dark green" is green); the man and "the
    # girls" (2+ female) persons; "twenty minutes" a duration; "outside the dance academy at 512 Elm" relative to the
    # address.
    dict(written="A dark grey Infiniti QX80 keeps pulling up outside the dance academy at 512 Elm when the girls come out from rehearsal, and the man driving rolls his window down and films them with his phone, then drives around the block and comes back. That's three times in twenty minutes.",
         spoken="a dark grey infiniti q x eighty keeps pulling up outside the dance academy at five twelve elm when the girls come out from rehearsal and the man driving rolls his window down and films them with his phone then drives around the block and comes back that's three times in twenty minutes",
         at="2044-12-14 17:50", entities=[V(colour="grey", make="infiniti", model="qx80"), P(count="1", sex="male"), P(count="2+", sex="female")],
         places=[("relative", ("address", 512, "Elm Street"))], category="suspicious_vehicle", priority="medium"),
    # "It's 2:10 in the morning" (02:10, said during the event): a minivan with no headlights has come around the block
    # four times, slowing at the house with the delivery boxes on its porch: raised to medium. "A silver Chrysler
    # Pacifica" pacifica; no persons (no one seen in it); "the fourth time" no number of a place; "Pine between 11th and
    # 12th" the 1100 block of Pine.
    dict(written="It's 2:10 in the morning. A silver Chrysler Pacifica has come around our block on Pine between 11th and 12th for the fourth time with no headlights, and every time it crawls past the house across the street, the one with the stack of delivery boxes on the porch. I'm watching it from my bedroom window.",
         spoken="it's two ten in the morning a silver chrysler pacifica has come around our block on pine between eleventh and twelfth for the fourth time with no head lights and every time it crawls past the house across the street the one with the stack of delivery boxes on the porch i'm watching it from my bed room window",
         at="2044-12-15 02:12", entities=[("local", "2044-12-15 02:10"), V(colour="silver", make="chrysler", model="pacifica")],
         places=[("block", 1100, "Pine Street")], category="suspicious_vehicle", priority="medium"),
    # Dispatch the night after the tax deadline: approx 0235 a pickup with a ladder rack backed up to the treasurer's
    # office window at City Hall, lights off, one occupant: raised to medium (a said time within 15 minutes). "a blue
    # Ford F-250" f-250; "1 occupant" (1) a person; the RP (the night custodian) the caller; "yesterday" a bare day, no
    # time; the rear lot is City Hall's.
    dict(written="Susp veh, City Hall rear lot. RP (night custodian) states a blue Ford F-250 with a ladder rack backed up to the treasurer's office window at approx 0235, lights off, 1 occupant, still there. Tax payments were due yesterday.",
         spoken="suspicious vehicle city hall rear lot r p night custodian states a blue ford f two fifty with a ladder rack backed up to the treasurer's office window at approximately zero two thirty five lights off one occupant still there tax payments were due yesterday",
         at="2044-12-16 02:42", entities=[V(colour="blue", make="ford", model="f-250"), ("local", "2044-12-16 02:35"), P(count="1")],
         places=[("landmark", "City Hall")], category="suspicious_vehicle", priority="medium"),
    # Every night this week around 1 a pickup with a spotlight shining it on the side windows of the houses of the West
    # End (a habit, the simple present): low. "a dark pickup" pickup with no colour (as holdout31's "dark car"); "around
    # 1" part of the habit, no time; "three nights" no time; the West End the neighbourhood.
    dict(written="Every night this week around 1 a dark pickup with a spotlight on the driver's mirror drives slow through the streets of the West End and shines it on the side windows of the houses. I've seen it three nights running from my porch. It never stops and nobody gets out.",
         spoken="every night this week around one a dark pick up with a spot light on the driver's mirror drives slow through the streets of the west end and shines it on the side windows of the houses i've seen it three nights running from my porch it never stops and nobody gets out",
         at="2044-12-15 10:00", entities=[V(type="pickup")],
         places=[("neighbourhood", "West End")], category="suspicious_vehicle", priority="low"),
    # A car stuck in the snowbank at Cedar and 4th since the storm on the Friday night, its hazards died, nobody back
    # for it: an abandoned vehicle, low. "A grey Volkswagen Jetta" jetta; "since the storm Friday night" no time; "this
    # morning" no time; "Cedar and 4th" the intersection.
    dict(written="A grey Volkswagen Jetta has been stuck in the snowbank at Cedar and 4th with its hazards on since the storm Friday night. Nobody's come back for it, the hazards finally died this morning and every pass of the plow buries it deeper.",
         spoken="a grey volkswagen jetta has been stuck in the snow bank at ceder and fourth with its hazards on since the storm friday night nobody's come back for it the hazards finally died this morning and every pass of the plow buries it deeper",
         at="2044-12-18 13:00", entities=[V(colour="grey", make="volkswagen", model="jetta")],
         places=[("intersection", "Cedar Street", "4th Street")], category="suspicious_vehicle", priority="low"),
    # "Yesterday evening around 6" (18:00 the day before) a minivan drove down a block twice while a man in it filmed
    # the house with the big light display and its neighbours, then parked at the corner: low (hours old). "a white
    # Toyota Sienna" sienna ("no front plate" no plate); the man in the passenger seat a person; "ten minutes" a
    # duration; "728 Oak" the address.
    dict(written="Yesterday evening around 6 a white Toyota Sienna with no front plate drove down our block twice, slow, while a man in the passenger seat filmed our house and the houses on either side with a phone on a stick. We're the ones with the big light display at 728 Oak. Then it parked at the corner for ten minutes.",
         spoken="yesterday evening around six a white toyota sienna with no front plate drove down our block twice slow while a man in the passenger seat filmed our house and the houses on either side with a phone on a stick we're the ones with the big light display at seven twenty eight oak then it parked at the corner for ten minutes",
         at="2044-12-18 09:40", entities=[("local", "2044-12-17 18:00"), V(colour="white", make="toyota", model="sienna"), P(count="1", sex="male")],
         places=[("address", 728, "Oak Street")], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # A 10-year-old texting from the holiday market: a man in an elf hat "just" told her he is one of Santa's helpers
    # and could take her to see real reindeer behind the huts, and that her mother had said yes: child luring (high).
    # The man ("green elf hat" -> "green hat") and the mother (in the cider line) persons; "just" now; "im 10" the
    # caller's age; the huts and the big tree are Maple Square's.
    dict(written="a man in a green elf hat just told me hes one of santas helpers and he can take me to see the real reindeer out back behind the huts at maple square. i said no and he said my mom already said yes. she didnt, she is in the cider line. hes still standing by the big tree. im 10",
         spoken="a man in a green elf hat just told me he's one of santa's helpers and he can take me to see the real reindeer out back behind the huts at maple square i said no and he said my mom already said yes she didn't she is in the cider line he's still standing by the big tree i'm ten",
         at="2044-12-17 16:10", entities=[P(count="1", sex="male", clothing=["green hat"]), ("now",), P(count="1", sex="female")],
         places=[("landmark", "Maple Square")], category="suspicious_person", priority="high"),
    # The morning after the storm: a man "who's been going" door to door shovelling a strip of people's walks unasked
    # and then pounding on the doors for $80: a present progressive with no time said lifts low to medium. The man
    # ("orange hat", "green coat") and the neighbour (her stated age not annotated) persons; "since the storm" no time;
    # "$80" no number of a place; "Willow between 7th and 8th" the 700 block of Willow.
    dict(written="There's a guy who's been going door to door on Willow between 7th and 8th since the storm, shoveling a little strip of people's walks without asking and then pounding on the doors demanding $80. My neighbor's 85 and she paid him just to make him leave. He's two houses down from me. Orange hat, green coat.",
         spoken="there's a guy who's been going door to door on willo between seventh and eighth since the storm shoveling a little strip of people's walks without asking and then pounding on the doors demanding eighty dollars my neighbor's eighty five and she paid him just to make him leave he's two houses down from me orange hat green coat",
         at="2044-12-17 13:30", entities=[P(count="1", sex="male", clothing=["orange hat", "green coat"]), P(count="1", sex="female")],
         places=[("block", 700, "Willow Street")], category="suspicious_person", priority="medium"),
    # "It's 2:40 a.m." (02:40, said during the event): a man inside the children's playhouse in the yard next door, a
    # light bobbing in it, the family away: raised to medium. The man ("Black hoodie"; "no coat" no clothing) a person;
    # the family away not annotated; "1043 Walnut" the address of the yard.
    dict(written="It's 2:40 a.m. and a man's inside the kids' playhouse in the backyard next door at 1043 Walnut, I can see a light bobbing around in there. The family's away for the holidays. I don't know if he's trying to get out of the cold or watching the houses. Black hoodie, no coat.",
         spoken="it's two forty a m and a man's inside the kids play house in the backyard next door at ten forty three wall nut i can see a light bobbing around in there the family's away for the holidays i don't know if he's trying to get out of the cold or watching the houses black hoodie no coat",
         at="2044-12-16 02:44", entities=[("local", "2044-12-16 02:40"), P(count="1", sex="male", clothing=["black hoodie"])],
         places=[("address", 1043, "Walnut Street")], category="suspicious_person", priority="medium"),
    # Backstage on the Nutcracker's opening night: a man from the audience "keeps coming back" to the dressing room
    # doors where the little girls change: a present progressive lifts low to medium (children too; raises do not
    # stack). The man ("Grey fleece" -> "grey jacket", as the earlier sets' fleeces; bald no clothing) and "the little
    # girls" (2+ female) persons; "somebody's uncle" names no one; the side hallway is Oakford High's.
    dict(written="Oakford High auditorium, I'm a parent volunteer backstage for the Nutcracker. There's a man from the audience who keeps coming back through the side hallway to the dressing room doors where the little girls change, and every time we send him back he comes again a few minutes later. He says he's somebody's uncle but no one knows him. Grey fleece, bald.",
         spoken="oakford high auditorium i'm a parent volunteer back stage for the nutcracker there's a man from the audience who keeps coming back through the side hall way to the dressing room doors where the little girls change and every time we send him back he comes again a few minutes later he says he's somebody's uncle but no one knows him grey fleece bald",
         at="2044-12-16 19:30", entities=[P(count="1", sex="male", clothing=["grey jacket"]), P(count="2+", sex="female")],
         places=[("landmark", "Oakford High School")], category="suspicious_person", priority="medium"),
    # A daughter: "Yesterday afternoon" (14:00 the day before) a man with a clipboard claiming a town "winter heating
    # survey" asked her mother whether she lives alone and tried to step in: low (hours old). The mother (her stated age
    # not annotated) and the man persons; "604 6th Street" the mother's address.
    dict(written="My mother is 86 and lives alone at 604 6th Street. Yesterday afternoon a man with a clipboard knocked on her door and said he was doing a 'winter heating survey' for the town, asked if she lives by herself, what kind of furnace she has and where she keeps the thermostat, and tried to step inside. She shut the door on him. The town says they have no survey.",
         spoken="my mother is eighty six and lives alone at six oh four sixth street yesterday afternoon a man with a clip board knocked on her door and said he was doing a winter heating survey for the town asked if she lives by herself what kind of furnace she has and where she keeps the thermostat and tried to step inside she shut the door on him the town says they have no survey",
         at="2044-12-13 09:15", entities=[P(count="1", sex="female"), ("local", "2044-12-12 14:00"), P(count="1", sex="male")],
         places=[("address", 604, "6th Street")], category="suspicious_person", priority="low"),
    # Every morning this week a man goes through the recycling bins on a block of Oak before the truck, keeping only the
    # boxes of televisions and game systems and photographing the houses (a habit, the simple present): low. The man
    # ("Older guy" 60-90, "red plaid coat" -> "red coat") a person; "Oak between 10th and 11th" the 1000 block of Oak.
    dict(written="Every morning this week, before the recycling truck comes, a man walks down Oak between 10th and 11th and goes through all the recycling bins, and he only takes the boxes from TVs and game systems and things like that. Then he writes something in a notebook and takes a picture of the house. Older guy, red plaid coat.",
         spoken="every morning this week before the recycling truck comes a man walks down oak between tenth and eleventh and goes through all the recycling bins and he only takes the boxes from t vs and game systems and things like that then he writes something in a notebook and takes a picture of the house older guy red plaid coat",
         at="2044-12-16 08:30", entities=[P(count="1", sex="male", age="60-90", clothing=["red coat"])],
         places=[("block", 1000, "Oak Street")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- disturbance
    # Mall security in the north lot at the late closing: a man chasing a young woman between the cars "right now"
    # screaming that he will kill her, grabbing at her coat: a woman in danger (high). The man ("big" heavy, "black
    # beanie", "jeans") and the young woman ("a young woman" 18-29) persons; "right now" now; the north lot is Northgate
    # Mall's.
    dict(written="Northgate Mall security, north lot. A man is chasing a young woman between the parked cars right now, screaming that he'll kill her, and she's crying and trying to get her keys out and he keeps grabbing at her coat. I'm running over there. He's big, black beanie, jeans.",
         spoken="north gate mall security north lot a man is chasing a young woman between the parked cars right now screaming that he'll kill her and she's crying and trying to get her keys out and he keeps grabbing at her coat i'm running over there he's big black beanie jeans",
         at="2044-12-15 22:45", entities=[P(count="1", sex="male", build="heavy", clothing=["black beanie", "jeans"]), P(count="1", sex="female", age="18-29"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="disturbance", priority="high"),
    # "It's ten past one in the morning" (01:10, said during the event): a man screaming by the big tree in Maple Square
    # and banging on the market huts' shutters with his fists: raised to medium. The man ("No coat" no clothing) a
    # person; "like fifteen minutes" a duration; the square the place.
    dict(written="It's ten past one in the morning. A man in Maple Square is screaming his head off by the big tree and banging on the shutters of the market huts with his fists. He's been at it for like fifteen minutes and every light on our side of the square is on. No coat.",
         spoken="it's ten past one in the morning a man in maple square is screaming his head off by the big tree and banging on the shutters of the market huts with his fists he's been at it for like fifteen minutes and every light on our side of the square is on no coat",
         at="2044-12-18 01:15", entities=[("local", "2044-12-18 01:10"), P(count="1", sex="male")],
         places=[("landmark", "Maple Square")], category="disturbance", priority="medium"),
    # On board the Holiday Express's 2 o'clock run: a drunk man "is screaming" at the conductor for not selling him beer
    # and knocking cups off the counter, little kids crying: a present progressive with no time said lifts low to medium
    # (children too; raises do not stack). The man, the conductor and "little kids" (2+) persons; "the 2 o'clock" a
    # schedule; a moving train names no place: no place.
    dict(written="I'm in the cocoa car on the Holiday Express, the 2 o'clock. A drunk man is screaming at the conductor because they won't sell him a beer, and he's knocking cups off the counter, and there's little kids in here crying. The conductor's asked him to sit down three times.",
         spoken="i'm in the cocoa car on the holiday express the two o'clock a drunk man is screaming at the conductor because they won't sell him a beer and he's knocking cups off the counter and there's little kids in here crying the conductor's asked him to sit down three times",
         at="2044-12-18 14:30", entities=[P(count="1", sex="male"), P(count="1"), P(count="2+")],
         places=[], category="disturbance", priority="medium"),
    # Lincoln Elementary's front office: a mother screaming at the Holiday Shop volunteers over sold-out mugs and
    # sweeping things off the tables, the second graders in the gym "right now": raised to medium. The mother, the
    # volunteers (2+) and "The second graders" (2+) persons; "right now" now; the gym is Lincoln Elementary's.
    dict(written="Lincoln Elementary, the front office. There's a mom in the gym screaming at our Holiday Shop volunteers because the 'World's Best Dad' mugs sold out before the second grade got to shop, and she's sweeping stuff off the tables onto the floor. The second graders are in there right now and some of them are crying.",
         spoken="lincon elementary the front office there's a mom in the gym screaming at our holiday shop volunteers because the world's best dad mugs sold out before the second grade got to shop and she's sweeping stuff off the tables onto the floor the second graders are in there right now and some of them are crying",
         at="2044-12-12 13:20", entities=[P(count="1", sex="female"), P(count="2+"), P(count="2+"), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="disturbance", priority="medium"),
    # Every night this week the teenagers next door take slapshots at their garage door from their driveway rink until
    # after midnight (a habit): disturbance, low. "the teenagers next door" (2+, 13-19) and "their parents" (2+, named
    # through a possessive) persons; "after midnight" and "at 6" part of the habit and a schedule, no times; "1031
    # Hawthorn" their address.
    dict(written="Every night this week the teenagers next door at 1031 Hawthorn have flooded a rink in their driveway and they take slapshots against their garage door until after midnight, bang, bang, bang, right under our bedroom. I've asked their parents twice. I get up at 6. Is there a noise ordinance for this?",
         spoken="every night this week the teenagers next door at ten thirty one hawthorne have flooded a rink in their drive way and they take slap shots against their garage door until after midnight bang bang bang right under our bed room i've asked their parents twice i get up at six is there a noise ordinance for this",
         at="2044-12-15 09:00", entities=[P(count="2+", age="13-19"), P(count="2+")],
         places=[("address", 1031, "Hawthorn Avenue")], category="disturbance", priority="low"),
    # The morning after: "from 4:30 until after 9" (a span, over) the Festival of Lights line backed up Spruce past the
    # caller's house, idling in the driveways and leaning on horns: disturbance, low. "people" (2+) persons; the cars in
    # the line no vehicles; "every night" a habit; "545 Spruce" the caller's address.
    dict(written="Yesterday from 4:30 until after 9 the line of cars for the Festival of Lights backed all the way up Spruce past our house at 545 Spruce, sitting there idling across every driveway on the block, and people were leaning on their horns the whole time. I couldn't get out of my own driveway for work. Is this going to be every night until Christmas?",
         spoken="yesterday from four thirty until after nine the line of cars for the festival of lights backed all the way up spruse past our house at five forty five spruse sitting there idling across every drive way on the block and people were leaning on their horns the whole time i couldn't get out of my own drive way for work is this going to be every night until christmas",
         at="2044-12-13 08:30", entities=[P(count="2+")],
         places=[("address", 545, "Spruce Street")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # The holiday market's Sunday: the big walk-in inflatable snow globe lost its blower and collapsed on two little
    # kids inside, the plastic flat on them and no zipper found, the kids gone quiet: a rescue (other, critical). "two
    # little kids" (2) and their mom persons; the market is Maple Square's.
    dict(written="Maple Square, hurry! The big walk-in snow globe at the holiday market lost its blower and the whole thing came down with two little kids inside. The plastic's lying flat on top of them, we can't find the zipper, and they've stopped crying. Their mom's tearing at it with her hands.",
         spoken="maple square hurry the big walk in snow globe at the holiday market lost its blower and the whole thing came down with two little kids inside the plastic's lying flat on top of them we can't find the zipper and they've stopped crying their mom's tearing at it with her hands",
         at="2044-12-18 16:40", entities=[P(count="2"), P(count="1", sex="female")],
         places=[("landmark", "Maple Square")], category="other", priority="critical"),
    # The Nutcracker's opening night: one of the youngest dancers, a mouse, went out the stage door at intermission and
    # has not been seen for fifteen minutes, no coat, in the cold: a missing child (other, high). The girl ("grey
    # sweatshirt", "ballet slippers" -> "slippers"; her stated age not annotated) a person; "fifteen minutes" a
    # duration; "tonight" no time; "10 degrees" no number of a place; the stage door is Oakford High's.
    dict(written="I run the dance academy, we're doing the Nutcracker at Oakford High tonight. One of our littlest mice slipped out the stage door at intermission and nobody has seen her for fifteen minutes. She's 6. She's got a grey sweatshirt on over her costume and ballet slippers, no coat, no boots, and it's 10 degrees. We've searched the whole building and the lot.",
         spoken="i run the dance academy we're doing the nutcracker at oakford high tonight one of our littlest mice slipped out the stage door at intermission and nobody has seen her for fifteen minutes she's six she's got a grey sweat shirt on over her costume and ballet slippers no coat no boots and it's ten degrees we've searched the whole building and the lot",
         at="2044-12-16 20:20", entities=[P(count="1", sex="female", clothing=["grey sweatshirt", "slippers"])],
         places=[("landmark", "Oakford High School")], category="other", priority="high"),
    # A man in a power wheelchair stuck in the plow ridge at a curb cut on Main, bare hands purple, shaking too hard to
    # talk, and the caller cannot lift the chair: a vulnerable person in danger in the cold (other, high, as holdout31's
    # 88-year-old unreachable in the heat). The man a person; "about zero" no number of a place; "Main and 3rd" the
    # intersection.
    dict(written="There's a man in a power wheelchair stuck in the plow ridge at the curb cut at Main and 3rd. I don't know how long he's been there, his hands are bare and purple and he's shaking so hard he can barely talk. I can't lift the chair by myself and it's about zero out.",
         spoken="there's a man in a power wheel chair stuck in the plow ridge at the curb cut at maine and third i don't know how long he's been there his hands are bare and purple and he's shaking so hard he can barely talk i can't lift the chair by myself and it's about zero out",
         at="2044-12-17 17:20", entities=[P(count="1", sex="male")],
         places=[("intersection", "Main Street", "3rd Street")], category="other", priority="high"),
    # A sheet of ice in front of an empty storefront on Main that nobody clears, three people down this morning: a
    # hazard over people (other, medium). "three people" (3) persons; "this morning" no time; "Main between 6th and 7th"
    # the 600 block of Main.
    dict(written="The sidewalk in front of the empty store on Main between 6th and 7th hasn't been shoveled or salted all week and it's a sheet of ice now. I've watched three people fall on it this morning. Whoever owns that building needs to be told.",
         spoken="the side walk in front of the empty store on maine between sixth and seventh hasn't been shoveled or salted all week and it's a sheet of ice now i've watched three people fall on it this morning whoever owns that building needs to be told",
         at="2044-12-14 11:30", entities=[P(count="3")],
         places=[("block", 600, "Main Street")], category="other", priority="medium"),
    # The wind after the storm: the big lit star on top of the Maple Square tree hanging by one cable over the market's
    # walkway, swinging, families walking under it: a hazard over people (other, medium). "families" (2+) persons; the
    # market walkway is Maple Square's.
    dict(written="The big lit star on top of the Maple Square tree is hanging by one cable now, right over the walkway between the market huts, and it swings every time the wind gusts. Families are walking right under it with strollers. Somebody should rope that path off.",
         spoken="the big lit star on top of the maple square tree is hanging by one cable now right over the walk way between the market huts and it swings every time the wind gusts families are walking right under it with strollers somebody should rope that path off",
         at="2044-12-17 13:30", entities=[P(count="2+")],
         places=[("landmark", "Maple Square")], category="other", priority="medium"),
    # A question after the storm: whether the Festival of Lights is open tonight and whether Sunday is a walk-through
    # night: other, low. No persons; "tonight" and "Sunday" no times; Riverside Park the place.
    dict(written="Sorry, this isn't an emergency. After all this snow, is the Festival of Lights in Riverside Park open tonight? And I heard Sunday is a walk-through night instead of cars, is that true, and do they plow the path?",
         spoken="sorry this isn't an emergency after all this snow is the festival of lights in river side park open tonight and i heard sunday is a walk through night instead of cars is that true and do they plow the path",
         at="2044-12-17 10:00", entities=[],
         places=[("landmark", "Riverside Park")], category="other", priority="low"),
    # A man called "this morning" claiming to be from City Hall, saying the caller's tax payment bounced and demanding
    # gift cards by noon: a scam (other, low). The man a person; "this morning", "by noon" and "on Tuesday" no times;
    # "$500" no number of a place; City Hall named only as the scammer's claim: no place.
    dict(written="A man called me this morning saying he was from City Hall and my property tax payment bounced, and I'd get a $500 penalty unless I paid over the phone with gift cards by noon. I paid with a check on Tuesday and it already cleared. This is a scam, right? I didn't give him anything.",
         spoken="a man called me this morning saying he was from city hall and my property tax payment bounced and i'd get a five hundred dollar penalty unless i paid over the phone with gift cards by noon i paid with a check on tuesday and it already cleared this is a scam right i didn't give him anything",
         at="2044-12-16 10:30", entities=[P(count="1", sex="male")],
         places=[], category="other", priority="low"),
]

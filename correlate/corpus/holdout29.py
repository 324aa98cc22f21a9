"""A thirtieth hand-written set (90 tips), holdout29, a blind set written after holdout28, written blind: its author
read only the corpus README (its conventions; its table also carries the earlier sets' published scores, read there and
nowhere else, none of them about this set), config/demo/README.md, town.py and make_corpus.py in full (the record
format, the geometry and place truth helpers and hand_place, the priority helper `adjust` and `still_happening`, the
base priorities, hand_records and how main() serialises its files), the docstrings of holdout27.py and holdout28.py in
full and every tip of holdout28.py (for the label conventions and the comment style), the opening of hand.py (its
docstring, P, V and W and its first tips), and the "set in" / "It is set in" phrases of the docstrings of every holdout
and train set (to pick an unused week). The written text and labels of every earlier tip in hand.py, holdouts 1-28 and
train1-6 (3,534 tips) were gathered into one list by importing the modules, counted by label value (the months and
years of their "at" times, vehicle makes, models and types, weapon types, person counts, heights, builds and clothing
words, how "ski mask", "fleece", "like N", "fled on foot NB", a Harley and a school bus are labelled) and searched by
keyword before and after each situation was drafted (St. Patrick's, bagpipes, kilts, corned beef, soda bread, Pi Day,
pies, science fairs, dry ice, robots, batteries, sugarhouses, sap, syrup, log trucks, weight limits, frost heaves,
plows, tow lots, parking bans, snow loads, roof rakes, demolition, copper, crossing guards, bus stops, school buses,
switchblades, pawn shops, vapes, grow houses, mailboxes, pickup lines, donation jars and bins, drones, spotlights,
tankers and storm drains, dementia, welfare checks, dog bites, choking, electrocution, allergies and the like). It
never opened the extractor's source, its tests, examples or benches, nor the gateway, telephony, ASR, vision or ONNX
code, the tests, fuzz, scripts or .ci directories, nor the repository README, nor any .jsonl file but its own output (a
listing of correlate/corpus showed their names and sizes, nothing more), nor ran git, cargo, the extractor, `tipline`
or any evaluation, nor saw any score or miss list of this set. Python was run with PYTHONDONTWRITEBYTECODE=1. It is
meant as an honest estimate for phrasing the extractor has never seen.

It is set in Monday 14 to Sunday 20 March 2039, mid-March, a stretch no set has used as its week (holdout16 is the last
full week of March 2027, holdout26 the turn of February and March 2036; train4-6 spread a few tips over every month of
2028, 2030 and 2035; no set is in 2039), the first week after the clocks went forward on the Sunday before, in mud
season: dark mornings at the bus stops on the Monday; Old Mill Road posted for heavy loads all week (orange "Heavy
Loads Limited" signs, the town road agent turning back a log truck, an oil company that will not send its truck, a
propane truck through the thawed shoulder); the demolition of the old Ashby Shoe building at 150 Station Road all week
(an excavator, torch cutting, a debris pile, a site office trailer, a night guard, copper thieves, dust over the houses
across the road); Pi Day on the Monday (a pie-a-teacher fundraiser in the Oakford High gym); a late nor'easter from the
Tuesday evening into the Wednesday (heavy wet snow, a snow-emergency parking ban with Ashby Towing hauling cars to its
lot at 30 Station Road, town and private plows, a two-hour school delay, walks to shovel, slush at the lights); the
Lincoln Elementary science fair in the gym on the Wednesday evening; St. Patrick's Day on the Thursday (soda bread and
a rented inflatable leprechaun at Rosie's Bakery, the firefighters' corned beef supper at Fire Station Number 2, an
Irish step school's show, a cover charge at the Old Mill Brewery's party, a bagpiper after midnight, green beads and
plastic top hats, a drunk driver on Main); the college basketball tournament's first games at the end of the week
(jerseys on display at Northgate Mall); the Oakford High robotics regional on the Saturday (visiting teams, robots left
overnight in the robotics lab, a pit area, team trailers in the back lot); the maple open house weekend at Hadley Farm,
262 Old Mill Road (an evaporator, a syrup tent), sugarhouses and an honour-system syrup shelf along the road; and the
first warm day of spring on the Sunday (windy, brush piles burning, the river over the Riverside Park path, a motorhome
uncovered, a parrot out of a storm door).

New situations: a log truck driver pointing a pistol at the road agent who turned him back at the posting sign, two
brothers fighting with a splitting axe in a sugarhouse over the evaporator (dispatch), copper thieves swinging a
crowbar at the demolition's night guard (non-native), a neighbour with a deer rifle slung threatening the excavator
operator over the dust (a web tip the next morning), a high school kid flicking a switchblade at a dark bus stop (a
12-year-old's text), shots behind the QuickStop by the air pump (its clerk), a father showing a pistol in his belt to
another robotics team's parents; a brush pile fire running through dry grass in the wind, a pharmacy's heat detector in
the storm night (alarm company), a deaf tenant who cannot hear the smoke alarm upstairs, a demolition debris pile lit
by torch slag (the foreman), a science fair incubator's scorch found by the custodian, a Subaru burning by the road; a
teacher's asthma attack from a pie-a-teacher's whipped cream, a robot battery flashing over a 15-year-old's hands
(EMS), a boy passed out from a dry-ice fog experiment in a shut bedroom, elephant-toothpaste peroxide in a boy's eyes
at the science fair, a step dancer's ankle the next morning, a tow driver pinned by a car rolling off a flatbed (signs
of shock), boiling sap over a boy's arm at the evaporator; a town plow taken at gunpoint at a buried hydrant, the
brewery's St. Patrick's cover charge box at knifepoint, earbuds and $40 taken in a school bathroom (a student's text),
a worker's pay envelope taken in his stairwell (non-native), a man going down the station platform demanding phones, a
phone snatched through a car window in the school car line (the next morning); a driver knocked out on the pavement
after a fender bender, a school bus driver throwing a boy off the bus (a student's text), a shopping cart rammed into a
woman's legs over a place in line (non-native), a cane across a face in the soda bread line (dispatch), a robotics
mother shoving a boy off the bleachers (the next day), a rock thrown from the Riverside Park bridge at a 6-year-old (a
child's text); the young man paid to shovel an 86-year-old's walk carrying her late husband's tools out of her garage,
a gift shop owner watching a burglar on her store camera from bed, two men carrying a visiting team's robot out of the
robotics lab (the night custodian), a motorhome found entered under its winter cover, the demolition's site office
trailer pried, a house entered during the working day (a web form), a tailor's shop entered overnight (non-native);
basketball jerseys snatched at the mall (mall security), envelopes fished out of a blue mailbox with a sticky bottle in
tax season, a science fair drone project, wallets from coats at the corned beef supper, a boy's bicycle from a yard
fence (non-native), quarts of syrup from an honour shelf every night; a man walking his dog hit in the dark after the
clock change, the town's sidewalk tractor backing into a walker, a Honda skating through a red light on slush, a
propane truck sunk in the thawed shoulder of the posted road, a drunk driver bouncing off snowbanks on St. Patrick's
night (NATO plate), a firewood trailer off its hitch (dispatch), a teenager backing into a fender in the commuter lot
(the next day); THC gummies sold as maple candy at the open house by a man with a pistol on his hip, a stoned crossing
guard waving children in front of a car, two men shooting up behind the Riverside Park bandstand, gummies sold on a
delayed school bus (a student's text), a pawn counter paying for stolen tools in oxycodone (a web tip), a shoebox of
powder and cash in a new house's attic; shamrocks spray-painted on the Corner Cafe's glass, weight-limit signs pulled
up and thrown in the ditch, a snowball with a rock through a 79-year-old's bay window, a visiting team's trailer tyres
cut, Rosie's inflatable leprechaun slashed, a grocer's sign letters pulled off (non-native); an unmarked flatbed
cruising the parking ban that already took a Honda, a minivan rolling into the tow lot at 2:40, a pickup plowing out
driveways unasked and demanding $50, a Jeep walled in since the storm with a purse on the seat, a fake "Town Inspector"
photographing oil fill pipes (the next day), a Navigator that a different young woman gets into each morning (a web
tip), a Versa with blood on the seat left in a restaurant's lot (non-native); a man leading a little girl off a
playground toward the trees, a fake roof inspector collecting snow-load deposits, a man with a ladder at the window of
a house whose owners are in Florida, a stranger asking science fair children for their home addresses, a teenager
selling candy for a robotics team that does not sell door to door (the next day), a fake tow-company man offering to
take cars off the tow list for $40 (the next day); a bagpiper on Elm at 12:45, teenagers shovelling their driveway into
the road and screaming at drivers, a drunk man screaming at a crossing guard and children, a woman heard screaming for
help through a wall (dispatch), upstairs tenants' step dance practice the night before, a dirt bike in a muddy lot
every evening; two boys in the half-demolished factory and a floor that gave way, a mother with dementia out of the
corned beef supper, a baby screaming alone for two hours, a 14-year-old put out of her house in the storm, the river
over the park path with people wading it, a question about heating oil on the posted road and an African grey up a
maple in Maple Square.

Registers: calm, frightened and angry callers; the elderly ("Oh dear. I'm 86 and I live alone", "I'm 79 and I've just
had my front bay window broken") and grown children calling for a mother; children and teenagers typing in lower case
without apostrophes ("its still dark out", "im 12", "rn", "theres", "hes", "dont", "thats", "were stopped", "im texting
from the back seat", "me and my friend snuck into"); non-native ("one swing a crowbar at my head", "I come home from
work with my pay in envelope", "A woman think I cut in front of her", "take my son bicycle", "somebody break the back
window", "What I must do for the police paper?", "a small white car is in the parking of my restaurant", "now the sign
say only TAR MAR"); second-hand (a daughter for her mother, a wife whose husband is in a sugarhouse, a student for a
friend thrown off a bus, a mother for her son's stolen project, a neighbour for a deaf tenant upstairs, a neighbour for
a baby left alone); web tips and forms ("Web tip:", "Web form:"); workplace callers (a town road agent, a night guard,
a demolition foreman and a demolition contractor, a QuickStop clerk, a robotics judge and a visiting coach, an alarm
company, a head custodian and a night custodian, a math teacher and teachers at the science fair and the pie-a-teacher,
a tow yard, the maple open house's host and a volunteer pouring samples, a town plow driver, the brewery's door staff,
a gift shop owner, a tailor, mall security, a syrup maker, Rosie's Bakery, a grocer, a restaurant owner, a crossing
guard) and dispatch and EMS shorthand ("RP", "M 50s", "approx 1638", "15 y/o F", "A&O x4", "w/", "pt", "F 70s", "F
60s", "Vic", "Susp", "EB", "0412 hrs"). Spoken forms, written by hand, lower case with no punctuation, add fillers
("um", "uh", "oh my god", "oh dear", "hi", "hello"), split words ("sweat shirt", "quarter final", "base ment", "bed
room", "up stairs", "flash light", "crow bar", "drive way", "snow bank", "side walk", "fire house", "lap tops", "back
pack", "air pods", "band stand", "foot bridge", "play ground", "motor home", "tri fold", "fire wood", "flat bed", "bulk
heads", "rain coat", "door bell", "ply wood", "mail box", "shoe box", "home made", "pick up", "sugar house", "hall
way", "snow plow", "stock room", "key holder", "eye brows", "tooth paste", "face full", "arm full", "basket ball",
"sweat pants", "t boned", "cross ways", "tie downs", "over night", "some body", "every body", "t shirt", "trail
blazer", "cross trek"), spelled shorthand ("r p", "e m s", "a and o times four", "t h c", "t v", "c r v", "i d"),
mishearings (maine, wall nut, wallnut, ceder, spruse, willo, chesnut, kingsly, lincon, hawthorne, rosies, fresh mart,
river side) and plates letter by letter ("k t w five one two oh"), in the NATO alphabet ("hotel romeo kilo two two nine
one") and partial ("seven k", "charlie lima", "papa x-ray", "oh four four"). Numbers that are not addresses: "$5 a
pie", "$40", "$50", "$60", "$200", "$400", "$600", "$4,000", "team 4414", "team 817", "Truck 14", "bus 7", "2C", "apt
2", "apt 3", "400 kids", "15 y/o", "till 2036" (a year), "four times", "two hours", "forty years", "an eighth of a
tank", and ages of callers, victims and relatives ("im 12", "I'm 86", "I'm 79", "She's 81", "my brother is 6", "maybe
14", "about 10", none annotated).

Same format and conventions as hand.py and holdouts 4-28 (written to extraction_holdout29.jsonl with ids "ak01" to
"ak90" by importing hand_records from make_corpus.py and calling hand_records(HOLDOUT29, "ak"), one JSON object per
line serialised as main() does, `json.dumps(record, ensure_ascii=False)`; make_corpus.py itself was not edited, so its
main() does not regenerate this file until the set is registered there), with the choices holdouts 26-28 list: every
person other than the caller annotated once, also one named through a possessive; a described member of a group a
separate person only with their own attributes (the group kept too); people away, absent or dead not annotated; partial
plates as said; "last night" 23:00 the day before, "overnight" 02:00, "yesterday afternoon" 14:00 the day before, a
clock time after midnight the same date; habits, durations, weekdays, schedule and future times, spans and times when
all was still well are not times; "maybe N" / "about N" / "like N" years N-3..N+3, teens and teenagers 13-19, old and
older 60-90, young 18-29, "late teens" 17-19; victims', relatives' and callers' stated or estimated ages not annotated,
a descriptive age word or a shorthand decade for a victim is; a model without its make given its make; a vehicle's type
only when a type word is in its description and not when a model describes it; base priorities weapon, fire, medical,
robbery, assault high, burglary, theft, traffic medium, the rest low; critical for a weapon in use or a life at risk,
high for an injury or a weapon seen, low to medium for children at risk, one step (not above high) for an event still
happening (a said time within 15 minutes, or with no time said a present progressive for a low call, as
`still_happening` defines it), one step lower when more than six hours old (weapons and robberies included); raises do
not stack; child luring, a girl or woman in danger and a missing vulnerable person high; "other" is not lifted for
being recent or for children.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. "a pistol" (four times, on a seat, in a belt, in the ribs, on a hip) handgun; "a switchblade",
  "a knife under his sleeve" knife; "a splitting axe" axe; "a crowbar"; "a deer rifle" rifle. In use (critical): the
  pistol pointed at the road agent (the driver still sitting there, no time said), the axe swung approx 1638 three
  minutes before, the crowbar swung at the guard (the thieves "inside the fence now"), the shots out back of the
  QuickStop (no gun named, so no weapon entity, as holdouts 15, 26 and 27 have it), and the two armed robberies (the
  plow at gunpoint two minutes before, the cover charge box at knifepoint "just"). Seen (high): the switchblade flicked
  open with a threat (a just-now event and children do not lift a high call), the pistol shown in a belt at the
  regional, the pistol on the hip of the gummy seller (the drugs call high). The deer rifle slung at the demolition
  fence the afternoon before (never unslung) is lowered to medium. A claimed gun "in his pocket" that nobody saw is no
  weapon (the platform robbery high, not critical). Not weapons: a cane across a face and a shopping cart on legs
  (things used on a person, as holdout27's belt and holdout28's pan), a bar used on a trailer door, a roof rake, a
  flashlight, a fishing pole, a ladder, a sticky bottle on a string, a spoon, binoculars, a snowball with a rock in it.
- Categories and priorities: fire critical only where someone cannot get out (a deaf tenant who cannot hear the alarm);
  high for every fire burning with everyone out (the brush pile, the demolition's debris pile, the Subaru, the
  pharmacy's alarm-company call four minutes after its heat detector: high is not lifted); the incubator's scorch
  "sometime last night", told at 07:25, medium (hours old, and more than an hour past the night's end). Medical
  critical for an asthma attack with grey lips that two inhaler doses do not touch, a boy unconscious with slow
  breathing after dry ice in a shut room, and a pinned man who cannot feel his legs and is pale, sweating and repeating
  himself (signs of shock); high for a robot battery's burns, peroxide in a boy's eyes and boiling sap on an arm; a
  dancer's ankle the morning after medium. Robbery critical for the two armed robberies; high for a split chin and a
  broken tooth and for phones demanded "right now" on the platform (no weapon seen); a phone torn from a hand with a
  twisted wrist the afternoon before medium. Assault critical for a man down and not responding after a punch; high for
  injuries (a boy thrown off a bus, legs cut by a cart, a lip split by a cane, a 6-year-old's head cut by a rock); a
  shove off the bleachers the afternoon before medium. Burglaries "right now" (the shoveler in the garage, the robot
  lab) and one on a store camera "just" high; a motorhome found entered ("No idea when") and a site trailer "sometime
  overnight" told at 06:55 (under six hours) medium; a house entered "Yesterday between 8 am and 4:30 pm" (a span) and
  a shop "Last night" low. Thefts "right now" (the mailbox) and approx 0814 three minutes before (the jerseys) high; 40
  minutes and "about an hour ago" medium; a bicycle "Last night" and an honour shelf's nightly quarts (a habit; its
  cash box pried "last night") low. Traffic critical for a man hit and not moving; high for a walker pinned by the
  sidewalk tractor, a T-bone "just" with nobody hurt (a said time within 15 minutes) and a drunk driver "now"; road
  hazards with no time (a propane truck tipped toward a ditch, a firewood trailer across a lane) medium; a fender the
  afternoon before low. Drugs: a pistol shown by the seller high; children (a crossing guard high on weed with little
  kids "right now", gummies on a school bus "rn") and a present progressive ("Two men are sitting ... cooking") medium;
  a pawn counter's habit and a find in an attic low. Vandalism: "right now", "now" and "just" medium (the boys who
  threw the snowball are no children at risk); "sometime overnight", "Sometime last night" and "In the night" finds
  low. Suspicious vehicles: a present progressive ("keeps cruising"), "It's 2:40" two minutes before, and "keeps going"
  with "Right now" medium; a Jeep that "has sat" since the storm, a fake inspector the afternoon before, a habit (the
  Navigator) and a car with blood on its seat found after days low. Suspicious persons: a little girl led by the hand
  toward the trees high (child luring); "right now" (a fake roof inspector, a stranger collecting children's addresses)
  and "It's 11:35" two minutes before (a ladder at an empty house's window: not yet in, so suspicious person, not
  burglary) medium; the afternoon before (a candy seller looking in back windows, a fake tow man collecting $40) low.
  Disturbances: a woman screaming "help me" through a wall high (a woman in danger); "It's 12:45", "Right now" with
  children and a present progressive ("are shoveling") medium; a practice "last night from 9 until past midnight" (a
  span, over) and a nightly dirt bike (a habit) low. Other: two boys and a floor that gave way critical (a rescue, the
  boy below not answering); a mother with dementia gone 20 minutes, a baby screaming alone for two hours and a
  14-year-old put out of her house in the storm high (a missing vulnerable person, a child left alone, a child at
  risk); the river over a path people keep wading medium (a hazard over people, not lifted by "keep"); a question and a
  parrot low.
- Vehicles: "Green log truck" a green truck with its plate (KTW5120); "A dark SUV" an suv with no colour (as holdout8's
  "dark sedan"); "A grey Subaru Crosstrek" crosstrek; the plow taken ("Truck 14, orange") an orange truck; "Silver Kia
  Telluride" telluride; "the black Nissan Frontier" frontier; a bus twice (the bus a driver threw a boy off, the school
  bus the gummies are sold on, as holdout5's "number 4 bus"); "a car on the street" the shoveler's car a car; "a van"
  at the robotics lab; "a silver Nissan Rogue" rogue with its partial plate ("7K"); "a white Nissan Altima" altima with
  a partial plate in the NATO alphabet ("Charlie Lima" CL); "a red mountain bike, Trek" a red bicycle (its brand not
  annotated, as earlier sets leave a bicycle's); "Tan Toyota Avalon" avalon; "A grey Honda Pilot" pilot and "a white
  Jeep Compass" compass; "A propane delivery truck" a truck; "a white Honda CR-V" cr-v with its plate (HRK2291, spoken
  in the NATO alphabet) going west; "a black Toyota Tacoma" tacoma (the trailer owner's, on scene); "a green Chevy
  Trailblazer" trailblazer ("a Maine plate" no plate said); "a green Ford Ranger" ranger; "a flatbed tow truck" a truck
  and "a Honda" it towed away make honda with no type; "A grey Chrysler Pacifica" pacifica with a partial plate ("papa
  x-ray" PX); "A black pickup with a yellow plow blade" a black pickup with a partial plate ("044"); "A silver Jeep
  Patriot" patriot; "a silver Ford Escape" escape; "a black Lincoln Navigator" navigator; "White Nissan Versa" versa;
  "a dirt bike" a motorcycle (as holdout28's). Not vehicles: the callers' own cars and trucks (the road agent's pickup,
  the guard's truck, the demolition's water truck, the caller's van, the car a driver is in behind a drunk driver), the
  car that rolled off a flatbed onto a tow driver, cars towed, parked or passing (a parked car's mirror, "a car" let
  by, "the buses" going around, the cars the plows walled in), a motorhome entered (the place), a team trailer with its
  tyres cut and a firewood trailer (no type word), the town's "sidewalk plow, that little orange tractor" (no type word
  of the list), an excavator, a drone project.
- Persons: the caller and "we" / "us" / "me and my friend" not annotated; groups "people" (five tips), "the kids", "the
  little kids", "the parents from team 4414", "Everybody" (a demolition crew), "his friends", "other tenants", "The
  upstairs tenants", "The firefighters", "a bunch of 6th graders", "commuters" and "a different young woman" each
  morning (2+ female) 2+; "hundreds of kids" 3+; "the high school kids" and "The teenagers" 2+ 13-19; "Two men" and
  "Two guys" 2 male ("green plastic top hats" on both), "two young men" 2 male 18-29, "He and another boy" 2 male, "3
  senior guys" 3 male ("senior", "8th grader" and "6th graders" no age range), "Both drivers", "two people" and "Two
  neighbors" 2. "Somebody" / "someone" who did a thing is a person (the burglars, thieves and vandals no one saw, the
  shooter behind the QuickStop). A husband in a sugarhouse and his brother, an excavator operator, a team mentor, a
  school nurse, a boy's mother, the lady in whose kitchen a plow driver is calling, a lady who handed over her phone, a
  bus driver, a crossing guard (twice), a tow yard's driver, the woman who hit a dog walker, the trailer's owner, the
  driver of a tipped propane truck, a husband at a gummy seller's table, a neighbour who paid a fake inspector, Ms.
  Reyes and a baby screaming alone are persons. Not persons: "jake", away at school; the owners in Florida; a late
  husband and a grandmother whose rings were taken; the last owner's son; the super, the landlord and the parents not
  home; a husband away with the car; a doctor; a customer whose dress was taken; a guard who quit; the oil company; a
  parrot and a dog. Ages: "maybe 45" 42-48, "maybe 50" 47-53, "M 50s" 50-59, "young woman", "young man" and "young men"
  18-29, "high school kid", "teenager" and "teenage boy" 13-19, "M late teens" 17-19, "F 70s" 70-79 and "F 60s" 60-69
  (a suspect's and a victim's shorthand decades); "15 y/o F", "about 10", "maybe 14", "my brother is 6", "She's 81" (a
  victim's, a child's or a relative's) not annotated; "a little girl" no age range. "Tall" tall; "Short" short;
  "skinny" thin; "Big guy" and "heavy" heavy; "tiny" no build.
- Clothing: "red flannel shirt" -> "red shirt", "orange hat", "orange hunting cap" -> "orange cap", "gray hoodie with a
  skull on it" -> "grey hoodie", "red Patriots sweatshirt" -> "red sweatshirt", "black ski mask", "camo pants", "green
  leprechaun hat" -> "green hat", "green hoodie" (twice), "red jacket", "black puffer coat" -> "black coat", "orange
  Carhartt jacket" -> "orange jacket", "blue coat", "purple coat", "orange beanie", "blue hooded sweatshirt" -> "blue
  sweatshirt", "yellow raincoat", "red hoodie", "grey sweatpants", "grey beanie", "grey knit hat" -> "grey hat", "green
  plastic top hats" -> "green hat", "red snow jacket" -> "red jacket", "Camo jacket" -> "camo jacket", "reflective
  vest" -> "vest", "dark coat" -> "coat" (no colour, as "dark sedan"), "grey zip-up fleece" -> "grey jacket" (as
  holdout26's company fleece), "black backpack", "black knit cap" -> "black cap", "kilt", "a shamrock hat" -> "hat",
  "green cardigan", "thin pink coat" -> "pink coat". Not clothing: beards, grey and white hair, "Bald", "no coat",
  "hood up", green beads, a fake orange beard, a clipboard, a fishing pole.
- Times: "approx 1638", "0412 hrs", "approx 1058", "approx 0822", "approx 0814" and "approx 2221" clock times; "It's
  2:40", "It's 11:35" and "It's 12:45" (after midnight, the same date) said during the event, those times; "Yesterday
  around 2:30 pm" 14:30, "Yesterday around 3" 15:00 (twice), "Yesterday around 4 pm" and "Yesterday afternoon around 4"
  16:00, "Yesterday afternoon around 2" 14:00 and "Yesterday around 5:15 pm" 17:15, the day before; "last night around
  7" 19:00 the day before; "Last night", "last night" (a cash box pried) and "Sometime last night" 23:00 the day
  before; "Sometime overnight" 02:00 and "In the night" (a non-native "overnight") 02:00; "Two minutes ago", "Twenty
  minutes ago", "about 40 minutes ago", "about an hour ago" and "maybe 20 minutes ago" minutes ago; "right now", "rn",
  "Right now", "just", "just now" and, where a person of the event is, "inside the fence now", "now in a silver Nissan
  Rogue", "on the fourth one now" and "now he's walking fast" now, while a narrative "now" ("now the whole debris pile
  is going", "by now there's fire showing", "now he's not responding", "now he won't pick up", "now the sign say only",
  "up to the bumpers now", "Now quiet", "now he's way up", "Now it's back" of a truck) is not. Not times: "today",
  "this morning", "tomorrow morning", "tonight", "Wednesday", "Friday", "Since Thursday", "since the storm Tuesday",
  "since November", "till April", "till 2036", "Every night this week", "Every morning this week around 9", "every
  afternoon", "every evening from 5 until dark", "Yesterday between 8 am and 4:30 pm", "last night from 9 until past
  midnight" (spans), "for over two hours", "for forty years", "twice now", "at 6" (work), "the 5:40" (a train), "20
  minutes out", "fifteen minutes away", "since the clocks changed", "last night's" (beads), "till the posting comes
  off".
- Places: parts of a landmark are the landmark (the gym, the bathroom by the gym, the pit area, the back lot and the
  robotics lab of Oakford High; the gym and the car line of Lincoln Elementary; the platform and the commuter lot of
  Central Station; the bandstand, the bridge, the playground and the walking path of Riverside Park; the lot and the
  door table of the Old Mill Brewery; the glass of the Corner Cafe; the sporting goods store and the west lot of
  Northgate Mall; the rear stockroom and the back of the lot of Main Street Pharmacy; out back of the QuickStop; the
  line and the front of Rosie's Bakery; the St. Patrick's supper at Fire Station Number 2; the Oak Street side of Maple
  Square); "outside 150 Church Street" relative to the address. "Mill Road by Maple", "Mill Road at Cedar", "Mill Road
  ... by Pine", "6th and walnut", "Kingsley by 5th", "Kingsley by 4th", "Kingsley by 2nd", "Spruce and 10th", "Chestnut
  and 9th", "hawthorn and 2nd", "Main by 3rd", "Main by 7th", "Main past 6th", "Oak at 10th", "2nd and Elm", "Pine and
  4th", "oak and 3rd", "Maple by 4th", "Spruce and 11th", "Elm and 10th" and "Walnut by 10th" intersections; "Spruce
  between 3rd and 4th", "Pine between 8th and 9th", "Oak between 7th and 8th", "Chestnut between 9th and 10th", "Pine,
  between 9th and 10th" and "Elm between 7th and 8th" blocks; addresses on Old Mill Road ("188", "262" twice, "96 Mill
  Road", "340"), on Station Road ("150" five times, "30" twice), on numbered streets ("1106 7th Street", "612 6th
  Street", "822 8th Street", "624 3rd Street") and on the named streets. Streets alone name no place ("toward River
  Road", "toward 12th", "to Spruce", "toward Old Mill Road", "down Maple toward 9th", "over on Walnut", "cruising Pine
  during the parking ban", "along the river path downstream"). Look-alikes that name no place: Ashby Shoe, Ashby Towing
  (its lot's address does), Hadley Farm (its address does), Emerald Isle Gifts, Star Market, "the vape shop", "the
  Oakford High robotics team" a candy seller claimed, "Lincoln" as where children are coming from, "Town Hall" as whom
  a caller phoned (an alias of City Hall, not the place of the tip), the Central Station vestibule where a girl slept
  the night before (not where she is), the high school bus a boy waits for. Every tip has one place.

Overlap with the earlier sets: every draft was compared with all 3,534 earlier tips by shared four-word runs and by
content-word overlap (Jaccard of the sets of words of three letters or more outside a small stop list), and with the
other drafts of this set; the nearest earlier tips, overall and in the same category, were printed beside each draft
and read. About sixty drafts came too close to a situation already used and were replaced, some slots three or four
times: the whole first plan of a sneaker release with an overnight line at Northgate Mall (holdout24's shoe-drop line
with a gun in a waistband), a choking customer going purple under the Heimlich (holdout21), a fingertip caught in a
machine in EMS shorthand (holdout23), a husband electrocuted and "I'm scared to touch him" (holdout26), a fall at the
pharmacy door on Eliquis (train3), a toddler into pills (holdout5), a punch outside the Grand Cinema and a head on the
curb (holdout6), a burglar in an old woman's basement through the bulkhead (holdout19), a basement fire with a
neighbour on a walker (holdout14), a camper burning with a young man inside (holdout14), a house bare of snow over a
grow (holdout13), pills melting out of a snowbank at a bus stop (holdout26), a sheet of snow off a metal roof burying a
man (train4, holdout26), a little boy alone in pyjamas and rain boots (train4), a welfare check on a walk unshovelled
since the storm (holdout26), dish soap in the Maple Square fountain (holdout10), a knife at a tow operator hooking a
car (holdout13's tow driver punched) and shots at a plow (holdout12), a knife flicked at a pancake supper's volunteer
(holdout26), sneakers sold through an app and robbed in the FreshMart lot (train6), a knifepoint robbery at the impound
lot window (train5), a deposit bag (holdout18), sap buckets (train4), rock salt into a pickup (holdout26), a donation
jar (holdout13, train6), a car taken while warming up (holdout11), a dog taken (holdout8, train3), a man asking women
for rides (train6), a barista asked when she gets off (holdout18), a man shining a light into garages every night
(holdout25), a drone at upstairs windows (holdout11), PINs watched at an ATM (holdout6), plates written down in the
station lot (holdout6), a tanker pumping into a storm drain (holdout13), a spotlighting pickup (train4), a car three
days in front of a house (holdout5), a big car watching a shop every night (train1), a crowd after a game climbing a
bus shelter (holdout19), a party told by web form the next morning (holdout17), a frost heave (train5), plowed snow
blinding a corner (holdout19), crossing arms stuck down (train3), a car stopped dead in a lane (holdout17), a school
bus slid into a ditch (train5), coke dealt in a bar's men's room during the game (holdout19, train3), a mother with a
pipe in a school car line (holdout27, train2), a vape bought from a friend's older brother (train5), a plow driver
selling from his cab (holdout12), a hair-pull at a laundromat (holdout21), a non-native taxi driver (holdout24), a man
punching a woman in a car in a lot (holdout19), "helpers" with bags who take a purse (holdout10), a PTO storage room
(holdout26), a child in a donation bin (holdout10) and a man with Down syndrome off the bus (train1). About twenty more
were reworded where they shared four or more runs with an earlier tip or another draft. The final drafts share at most
three four-word runs with any earlier tip (16 share three, mostly place and stock phrases such as "the bus stop on",
"platform at central station", "the central station commuter", "a man in a") and at most 0.22 content-word overlap (a
Navigator web tip against holdout13's Audi in the pool lot; next a luring at Riverside Park against holdout25's kite, a
rock thrown at a little brother against holdout28's, 0.21); with one another at most two runs and 0.17.
"""
from hand import P, V, W

HOLDOUT29 = [
    # ---------------------------------------------------------------- weapon
    # Mud season: the town road agent stopped a loaded log truck at the weight-limit posting on Old Mill Road and its
    # driver pointed a pistol at him through the window and still sits there: a weapon in use (critical). The driver
    # ("red flannel shirt" -> "red shirt"; a beard no clothing); pistol handgun; "a green log truck" a truck with its
    # plate (KTW5120, spoken letter by letter); the caller's town pickup none; "Mill Road by Maple" the intersection.
    dict(written="Town road agent. I stopped a loaded log truck at the posting sign on Mill Road by Maple and told the driver he has to turn around, the road's posted. He picked up a pistol off the seat and pointed it at me through his window and told me to move my truck. I'm crouched behind my pickup. He hasn't moved, his engine's still going. Green log truck, plate KTW 5120. Red flannel shirt, beard.",
         spoken="uh town road agent i stopped a loaded log truck at the posting sign on mill road by maple and told the driver he has to turn around the road's posted he picked up a pistol off the seat and pointed it at me through his window and told me to move my truck i'm crouched behind my pick up he hasn't moved his engine's still going green log truck plate k t w five one two oh red flannel shirt beard",
         at="2039-03-15 13:10", entities=[V(colour="green", type="truck", plate="KTW5120"), P(count="1", sex="male", clothing=["red shirt"]), W("handgun")],
         places=[("intersection", "Old Mill Road", "Maple Avenue")], category="weapon", priority="critical"),
    # Dispatch, the maple open house weekend: two brothers fighting in a sugarhouse, one swinging a splitting axe at the
    # other approx 1638, the RP (the wife of one) outside: a weapon in use (critical). The husband and his brother ("M
    # 50s" 50-59) persons; "splitting axe" axe; "188 Old Mill Road" the address.
    dict(written="RP states her husband and his brother are fighting in the sugarhouse behind 188 Old Mill Road over the evaporator, brother (M 50s, heavy, orange hat) swinging a splitting axe at husband approx 1638. Husband trapped behind the arch. RP outside, no injuries known yet. Sap fire still going.",
         spoken="r p states her husband and his brother are fighting in the sugar house behind one eighty eight old mill road over the evaporator brother male fifties heavy orange hat swinging a splitting axe at husband approx sixteen thirty eight husband trapped behind the arch r p outside no injuries known yet sap fire still going",
         at="2039-03-19 16:41", entities=[P(count="1", sex="male"), P(count="1", sex="male", age="50-59", build="heavy", clothing=["orange hat"]), W("axe"), ("local", "2039-03-19 16:38")],
         places=[("address", 188, "Old Mill Road")], category="weapon", priority="critical"),
    # Non-native night guard at the demolition of the old shoe factory on Station Road: two copper thieves cut the
    # fence, one swung a crowbar at his head; they are "inside the fence now": a weapon in use (critical). "Two men" 2
    # male (the one who swung it has no attributes of his own); "crowbar"; the caller's truck none; "number 150" the
    # address (150 Station Road).
    dict(written="I am night guard at the old shoe factory they knock down on Station Road, number 150. Two men cut the fence to take the copper. I tell them stop, one swing a crowbar at my head, I jump back and it hit my truck window. I sit in my truck with the doors locked. They are inside the fence now with a flashlight. Please come.",
         spoken="i am night guard at the old shoe factory they knock down on station road number one fifty two men cut the fence to take the copper i tell them stop one swing a crow bar at my head i jump back and it hit my truck window i sit in my truck with the doors locked they are inside the fence now with a flash light please come",
         at="2039-03-15 02:30", entities=[P(count="2", sex="male"), W("crowbar"), ("now",)],
         places=[("address", 150, "Station Road")], category="weapon", priority="critical"),
    # A web tip from the demolition contractor on the Thursday morning: "Yesterday around 2:30 pm" (14:30 the day
    # before) a neighbour walked up to the site fence with a deer rifle slung on his shoulder and threatened the
    # excavator operator over the dust: a weapon seen (never unslung), lowered from high to medium (hours old). The man
    # ("orange hunting cap" -> "orange cap"; a grey beard no clothing) and the operator persons; "deer rifle" rifle;
    # "150 Station Road" the address.
    dict(written="Web tip: Yesterday around 2:30 pm a man from one of the houses across from our demolition at 150 Station Road walked up to the fence with a deer rifle slung on his shoulder, jabbed his finger at our excavator operator and told him that if the dust coats his windows one more time he'll settle it himself. He never took the rifle off his shoulder. Grey beard, orange hunting cap.",
         spoken="web tip yesterday around two thirty p m a man from one of the houses across from our demolition at one fifty station road walked up to the fence with a deer rifle slung on his shoulder jabbed his finger at our excavator operator and told him that if the dust coats his windows one more time he'll settle it himself he never took the rifle off his shoulder grey beard orange hunting cap",
         at="2039-03-17 08:40", entities=[("local", "2039-03-16 14:30"), P(count="1", sex="male", clothing=["orange cap"]), W("rifle"), P(count="1")],
         places=[("address", 150, "Station Road")], category="weapon", priority="medium"),
    # A 12-year-old at a bus stop in the first dark morning after the clocks changed: a high school kid "just" flicked a
    # switchblade open in front of them and said he would stab a boy at school: a weapon seen (high; children lift only
    # low calls, and a just-now event does not lift a call above high). The kid ("high school kid" 13-19, "gray hoodie"
    # -> "grey hoodie"); "us" not annotated; "jake", away at school, not annotated; switchblade knife; "today" no time;
    # "6th and walnut" the intersection.
    dict(written="its still dark out and im at the bus stop at 6th and walnut, im 12. a high school kid just showed us a switchblade, flicked it open like 5 times and said hes gonna stick it in a kid named jake at school today. hes still here waiting for the high school bus. gray hoodie with a skull on it",
         spoken="um it's still dark out and i'm at the bus stop at sixth and wall nut i'm twelve a high school kid just showed us a switch blade flicked it open like five times and said he's gonna stick it in a kid named jake at school today he's still here waiting for the high school bus gray hoodie with a skull on it",
         at="2039-03-14 07:05", entities=[P(count="1", sex="male", age="13-19", clothing=["grey hoodie"]), ("now",), W("knife")],
         places=[("intersection", "6th Street", "Walnut Street")], category="weapon", priority="high"),
    # The QuickStop's clerk on the Sunday night: four or five shots "just" fired out back by the air pump, a dark SUV
    # tearing out: shots fired (critical). Somebody who fired a person; "A dark SUV" an suv with no colour (as
    # holdout8's "dark sedan"); no gun named, no weapon entity (as holdouts 15, 26 and 27); "up River Road toward 12th"
    # streets alone; out back of the store is the QuickStop's (the landmark).
    dict(written="QuickStop on River Road, I'm the clerk. Somebody just fired four or five shots out back by the air pump, real loud, not fireworks. A dark SUV tore out of the lot with no lights and went up River Road toward 12th. Nobody in the store is hurt, I locked the doors. I can't see out back from the register.",
         spoken="quick stop on river road i'm the clerk some body just fired four or five shots out back by the air pump real loud not fire works a dark s u v tore out of the lot with no lights and went up river road toward twelfth nobody in the store is hurt i locked the doors i can't see out back from the register",
         at="2039-03-20 21:50", entities=[P(count="1"), ("now",), V(type="suv")],
         places=[("landmark", "QuickStop Gas")], category="weapon", priority="critical"),
    # A volunteer judge at the robotics regional in the Oakford High gym: a father in the bleachers lifting his
    # sweatshirt to let another team's parents see a pistol stuck in his belt: a weapon seen (high). The father ("maybe
    # 45" 42-48, "red Patriots sweatshirt" -> "red sweatshirt"), the parents (2+) and "hundreds of kids" (3+); pistol
    # handgun; "team 4414" a team number, no number of a place; "twice now" narrates, no time.
    dict(written="I'm a volunteer judge at the robotics regional in the Oakford High gym. After the quarterfinal a dad in the bleachers started screaming at the parents from team 4414, and twice now he's hiked up his sweatshirt to let them see a pistol stuck in his belt. He's still up there, top row, red Patriots sweatshirt, maybe 45. There are hundreds of kids in here.",
         spoken="i'm a volunteer judge at the robotics regional in the oakford high gym after the quarter final a dad in the bleachers started screaming at the parents from team forty four fourteen and twice now he's hiked up his sweat shirt to let them see a pistol stuck in his belt he's still up there top row red patriots sweat shirt maybe forty five there are hundreds of kids in here",
         at="2039-03-19 14:20", entities=[P(count="1", sex="male", age="42-48", clothing=["red sweatshirt"]), P(count="2+"), W("handgun"), P(count="3+")],
         places=[("landmark", "Oakford High School")], category="weapon", priority="high"),

    # ---------------------------------------------------------------- fire
    # The windy first day of spring: a neighbour's brush pile got away into the dry grass between the houses, heading
    # for garages and a propane tank: fire, high (not lifted). The neighbour a person ("somebody's propane tank" names
    # no one); "Spruce between 3rd and 4th" the 300 block of Spruce.
    dict(written="The guy behind us on Spruce was burning his brush pile in this wind and it got away from him. The fire's running through the dry grass in the field between the houses, Spruce between 3rd and 4th, and it's heading for a row of garages and somebody's propane tank. He's out there with a rake. It's moving fast.",
         spoken="the guy behind us on spruse was burning his brush pile in this wind and it got away from him the fire's running through the dry grass in the field between the houses spruce between third and fourth and it's heading for a row of garages and some body's propane tank he's out there with a rake it's moving fast",
         at="2039-03-20 15:10", entities=[P(count="1", sex="male")],
         places=[("block", 300, "Spruce Street")], category="fire", priority="high"),
    # Alarm company in the storm night: the pharmacy's heat detector at 0412 hrs and two smoke heads, a plow driver who
    # stopped sees smoke from the roof vent: fire, high (a said time within 15 minutes does not lift a high call). The
    # plow driver a person (his plow no vehicle of the event); "20 minutes out" a duration.
    dict(written="Alarm company with a fire signal: Main Street Pharmacy, heat detector in the rear stockroom at 0412 hrs followed by two smoke heads. Keyholder is 20 minutes out. A snowplow driver who stopped says there's grey smoke pushing out of the roof vent over the back.",
         spoken="alarm company with a fire signal main street pharmacy heat detector in the rear stock room at oh four twelve hours followed by two smoke heads key holder is twenty minutes out a snow plow driver who stopped says there's grey smoke pushing out of the roof vent over the back",
         at="2039-03-16 04:16", entities=[("local", "2039-03-16 04:12"), P(count="1")],
         places=[("landmark", "Main Street Pharmacy")], category="fire", priority="high"),
    # The day after the storm: smoke from the upstairs flat of a two-family house whose tenant is deaf and cannot hear
    # the pounding or the alarm, his car in the driveway: someone left inside (critical). The tenant a person; "we" the
    # caller's household; his car no vehicle of the event; "734 Chestnut" the address.
    dict(written="Grey smoke is leaking from the upstairs window frames at 734 Chestnut and the smoke detector's screaming up there. The man who rents the top floor is deaf, he can't hear the alarm or us pounding on his door, and his car's in the driveway so he's home. The stairs door is locked. Please hurry!",
         spoken="grey smoke is leaking from the up stairs window frames at seven thirty four chesnut and the smoke detector's screaming up there the man who rents the top floor is deaf he can't hear the alarm or us pounding on his door and his car's in the drive way so he's home the stairs door is locked please hurry",
         at="2039-03-16 11:20", entities=[P(count="1", sex="male")],
         places=[("address", 734, "Chestnut Street")], category="fire", priority="critical"),
    # The demolition foreman: slag from a torch cut set the debris pile burning, crew pulled back: fire, high.
    # "Everybody" (the crew) 2+ ("one of my guys" a member without attributes of his own); the water truck the caller's,
    # no vehicle; "Ashby Shoe" names no place, "150 Station Road" the address.
    dict(written="Foreman on the demo job at the old Ashby Shoe building, 150 Station Road. One of my guys was torch-cutting a steel beam and the slag dropped into the pile of old floorboards and roofing, and now the whole debris pile is going, thick smoke rolling across the tracks. Everybody's pulled back to the trailer. Our water truck can't keep up.",
         spoken="foreman on the demo job at the old ashby shoe building one fifty station road one of my guys was torch cutting a steel beam and the slag dropped into the pile of old floor boards and roofing and now the whole debris pile is going thick smoke rolling across the tracks every body's pulled back to the trailer our water truck can't keep up",
         at="2039-03-14 13:40", entities=[P(count="2+")],
         places=[("address", 150, "Station Road")], category="fire", priority="high"),
    # Lincoln Elementary's head custodian on the Thursday morning: a science fair incubator left plugged in burned
    # through its board "sometime last night" (23:00 the day before), out and cold: fire, lowered to medium (hours old;
    # told after 07:00, so more than an hour past the night's end too). No persons ("400 kids" who will come in are not
    # there); "this morning" no time.
    dict(written="This is the head custodian over at Lincoln Elementary. The gym stank of smoke when I unlocked it this morning. One of the science fair projects, a homemade egg incubator with a heat lamp, got left plugged in, and sometime last night it burned through the tri-fold board and scorched the table and the floor under it. It's out, cold. The sprinklers never went. Can the fire department come look before 400 kids walk in?",
         spoken="this is the head custodian over at lincon elementary the gym stank of smoke when i unlocked it this morning one of the science fair projects a home made egg incubator with a heat lamp got left plugged in and sometime last night it burned through the tri fold board and scorched the table and the floor under it it's out cold the sprinklers never went can the fire department come look before four hundred kids walk in",
         at="2039-03-17 07:25", entities=[("local", "2039-03-16 23:00")],
         places=[("landmark", "Lincoln Elementary School")], category="fire", priority="medium"),
    # A car burning by the road on Kingsley by 5th, the driver out but too close: fire, high. "A grey Subaru Crosstrek"
    # crosstrek (no type word), the driver ("a young woman" 18-29); "Kingsley by 5th" the intersection.
    dict(written="A grey Subaru Crosstrek is on fire on Kingsley by 5th. She pulled over when the engine started pouring smoke, and by now there's fire showing in both front tire wells. The driver's a young woman, she got out with her dog and she's standing way too close trying to get her bag out of the back. Traffic's stopped both ways.",
         spoken="a grey subaru cross trek is on fire on kingsly by fifth she pulled over when the engine started pouring smoke and by now there's fire showing in both front tire wells the driver's a young woman she got out with her dog and she's standing way too close trying to get her bag out of the back traffic's stopped both ways",
         at="2039-03-18 17:25", entities=[V(colour="grey", make="subaru", model="crosstrek"), P(count="1", sex="female", age="18-29")],
         places=[("intersection", "Kingsley Avenue", "5th Street")], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # Pi Day at Oakford High: a teacher hit with a whipped-cream pie at the "pie a teacher" fundraiser is having an
    # asthma attack, her inhaler not helping, lips going grey: critical. The teacher and the students (2+); the gym is
    # Oakford High's; "$5 a pie" no number of a place.
    dict(written="Oakford High gym, we need an ambulance. We were doing pie-a-teacher for Pi Day, $5 a pie, and Ms. Reyes breathed in a bunch of the whipped cream and went into an asthma attack. She's used her inhaler twice, it's not doing anything, she can barely get a word out and her lips are going grey. The kids are all standing around her.",
         spoken="oakford high gym we need an ambulance we were doing pie a teacher for pi day five dollars a pie and miss reyes breathed in a bunch of the whipped cream and went into an asthma attack she's used her inhaler twice it's not doing anything she can barely get a word out and her lips are going grey the kids are all standing around her",
         at="2039-03-14 12:35", entities=[P(count="1", sex="female"), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="medical", priority="critical"),
    # EMS at the robotics regional: a robot's battery pack vented and flashed on a 15-year-old's hands approx 1058,
    # burns to both hands and the face, alert: an injury (high). The patient ("15 y/o F", a patient's age in numbers,
    # not annotated) and the team mentor persons; the pit area is Oakford High's gym.
    dict(written="EMS to Oakford High gym, robotics regional, pit area: 15 y/o F, robot battery pack vented and flashed while she was swapping it approx 1058. Partial thickness burns to both palms, singed eyebrows, redness to face, A&O x4, airway clear. Team mentor w/ pt, hands in cool water.",
         spoken="e m s to oakford high gym robotics regional pit area fifteen year old female robot battery pack vented and flashed while she was swapping it approx ten fifty eight partial thickness burns to both palms singed eye brows redness to face a and o times four airway clear team mentor with patient hands in cool water",
         at="2039-03-19 11:05", entities=[P(count="1", sex="female"), ("local", "2039-03-19 10:58"), P(count="1")],
         places=[("landmark", "Oakford High School")], category="medical", priority="high"),
    # The night before the science fair: a mother finds her son passed out on his bedroom floor beside a cooler of dry
    # ice he was using with the door and window shut, barely breathing: critical. The son a person; "1106 7th Street"
    # the address.
    dict(written="My son was doing a fog experiment with dry ice for the science fair in his bedroom with the door and the window shut, and I just found him passed out on the floor next to the cooler. He's breathing but it's slow and funny and he won't open his eyes for me. I dragged him into the hall. 1106 7th Street.",
         spoken="oh my god my son was doing a fog experiment with dry ice for the science fair in his bed room with the door and the window shut and i just found him passed out on the floor next to the cooler he's breathing but it's slow and funny and he won't open his eyes for me i dragged him into the hall eleven oh six seventh street",
         at="2039-03-15 20:30", entities=[P(count="1", sex="male"), ("now",)],
         places=[("address", 1106, "7th Street")], category="medical", priority="critical"),
    # A teacher at the science fair: a boy's eyes were splashed by another student's "elephant toothpaste" (strong
    # peroxide), he is screaming, one eye swollen shut, being rinsed: an injury (high). The boy and the school nurse
    # persons; the gym is Lincoln Elementary's.
    dict(written="Lincoln Elementary science fair, in the gym. One of the elephant toothpaste demos foamed over and a boy in the front row got a faceful of the strong peroxide. He's screaming that his eyes burn, the left one's already swollen shut. The school nurse has him at the sink rinsing.",
         spoken="lincoln elementary science fair in the gym one of the elephant tooth paste demos foamed over and a boy in the front row got a face full of the strong peroxide he's screaming that his eyes burn the left one's already swollen shut the school nurse has him at the sink rinsing",
         at="2039-03-16 18:55", entities=[P(count="1", sex="male"), P(count="1")],
         places=[("landmark", "Lincoln Elementary School")], category="medical", priority="high"),
    # A mother on the Friday morning: her daughter landed wrong at her step dance school's St. Patrick's show "last
    # night around 7" (19:00 the day before), the ankle now black and swollen: an injury, lowered to medium (hours old).
    # The daughter a person; the husband away with the car not annotated; the show's hall is not said; "612 6th Street"
    # the address.
    dict(written="Not an emergency exactly. My daughter was dancing with her Irish step school at their St. Patrick's show last night around 7 and came down wrong off a jump. Today the ankle's black and blue, twice the size, and she can't stand on it at all. I don't drive and my husband has the car. Can an ambulance take her in? We're at 612 6th Street.",
         spoken="not an emergency exactly my daughter was dancing with her irish step school at their saint patrick's show last night around seven and came down wrong off a jump today the ankle's black and blue twice the size and she can't stand on it at all i don't drive and my husband has the car can an ambulance take her in we're at six twelve sixth street",
         at="2039-03-18 08:50", entities=[P(count="1", sex="female"), ("local", "2039-03-17 19:00")],
         places=[("address", 612, "6th Street")], category="medical", priority="medium"),
    # The Ashby Towing yard in the ban's clean-up: a car rolled back off the flatbed and pinned a driver at the hips;
    # freed, he cannot feel his legs, is pale and sweating and repeats himself: critical (signs of shock). The driver a
    # person; the car no vehicle of a description; "Ashby Towing" names no place, "30 Station Road" the address.
    dict(written="Ashby Towing yard, 30 Station Road. One of our drivers was winching a car up onto the flatbed and it broke loose and rolled back down on him, he was pinned between the bumper and the fence post at the hips. We got the car off him but he can't feel his legs, he's white as paper and sweating and he keeps asking the same thing over and over.",
         spoken="ashby towing yard thirty station road one of our drivers was winching a car up onto the flat bed and it broke loose and rolled back down on him he was pinned between the bumper and the fence post at the hips we got the car off him but he can't feel his legs he's white as paper and sweating and he keeps asking the same thing over and over",
         at="2039-03-16 12:15", entities=[P(count="1", sex="male")],
         places=[("address", 30, "Station Road")], category="medical", priority="critical"),
    # The maple open house's host: boiling sap splashed over a boy's arm at the evaporator "just now", blistering: an
    # injury (high). The boy ("about 10", a victim's estimated age, not annotated) and his mother; "just now" now;
    # "Hadley Farm" names no place, "262 Old Mill Road" the address.
    dict(written="We're running the maple open house at Hadley Farm, 262 Old Mill Road. A boy about 10 leaned over the rail at the evaporator just now and the pan boiled over onto his arm and hand. The skin's already bubbling up in big blisters from his wrist to his elbow. We've got it under cold water. His mother's with him, she's pretty frantic.",
         spoken="we're running the maple open house at hadley farm two sixty two old mill road a boy about ten leaned over the rail at the evaporator just now and the pan boiled over onto his arm and hand the skin's already bubbling up in big blisters from his wrist to his elbow we've got it under cold water his mother's with him she's pretty frantic",
         at="2039-03-20 11:40", entities=[P(count="1", sex="male"), ("now",), P(count="1", sex="female")],
         places=[("address", 262, "Old Mill Road")], category="medical", priority="high"),

    # ---------------------------------------------------------------- robbery
    # The storm night: a man stepped out from behind a snowbank at Spruce and 10th, pushed a pistol into a town plow
    # driver's ribs and drove off in the plow "Two minutes ago": an armed robbery (critical). The man ("black ski mask",
    # "camo pants") and the lady in whose kitchen the driver is (there) persons; pistol handgun; the plow a truck
    # ("Truck 14, orange"; "14" a truck number, no number of a place); "toward River Road" a street alone.
    dict(written="This is a town plow driver, I'm calling from a lady's kitchen on Spruce. I climbed down to clear a buried hydrant at Spruce and 10th and a guy came out from behind the snowbank, shoved a pistol in my ribs, made me hand him the keys and drove off in my plow, blade still down, toward River Road. Two minutes ago. Truck 14, orange. Black ski mask, camo pants.",
         spoken="this is a town plow driver i'm calling from a lady's kitchen on spruce i climbed down to clear a buried hydrant at spruce and tenth and a guy came out from behind the snow bank shoved a pistol in my ribs made me hand him the keys and drove off in my plow blade still down toward river road two minutes ago truck fourteen orange black ski mask camo pants",
         at="2039-03-16 03:20", entities=[P(count="1", sex="male", clothing=["black ski mask", "camo pants"]), W("handgun"), V(colour="orange", type="truck"), ("ago", 2), P(count="1", sex="female")],
         places=[("intersection", "Spruce Street", "10th Street")], category="robbery", priority="critical"),
    # The brewery's door staff on St. Patrick's night: a man in a leprechaun hat showed a knife under his sleeve and
    # took the cover charge box "just": an armed robbery (critical). The man (tall, "Skinny" thin, "green leprechaun
    # hat" -> "green hat", "green hoodie"; a fake beard no clothing); "$600" no number of a place; "toward Old Mill
    # Road" a street alone; nobody inside (no one) annotated.
    dict(written="Old Mill Brewery door staff. A guy in a green leprechaun hat and a fake orange beard just walked up to my door table, showed me a knife under his sleeve and took the cover charge box, about $600, then ran out across the lot toward Old Mill Road. Tall, skinny, green hoodie. The music's so loud nobody inside even noticed.",
         spoken="old mill brewery door staff a guy in a green leprechaun hat and a fake orange beard just walked up to my door table showed me a knife under his sleeve and took the cover charge box about six hundred dollars then ran out across the lot toward old mill road tall skinny green hoodie the music's so loud nobody inside even noticed",
         at="2039-03-17 22:50", entities=[P(count="1", sex="male", height="tall", build="thin", clothing=["green hat", "green hoodie"]), ("now",), W("knife")],
         places=[("landmark", "Old Mill Brewery")], category="robbery", priority="critical"),
    # A student's text at lunch: three senior boys "just" took his earbuds and $40 in the bathroom by the gym and shoved
    # him so his chin split on a sink: robbery, high (an injury). "3 senior guys" 3 male ("senior" no age range); "pi
    # day lunch" no time; the bathroom and the nurse's office are Oakford High's.
    dict(written="3 senior guys just boxed me in the bathroom by the gym at oakford high and took my airpods and $40 out of my wallet. when i grabbed for my wallet one of them shoved me and i hit my chin on the sink and its split open. i dont know their names. im hiding in the nurses office",
         spoken="three senior guys just boxed me in the bath room by the gym at oakford high and took my air pods and forty dollars out of my wallet when i grabbed for my wallet one of them shoved me and i hit my chin on the sink and it's split open i don't know their names i'm hiding in the nurse's office",
         at="2039-03-14 12:10", entities=[P(count="3", sex="male"), ("now",)],
         places=[("landmark", "Oakford High School")], category="robbery", priority="high"),
    # Non-native worker: two young men waiting in his stairwell held him to the wall and took his pay envelope and
    # phone, a tooth broken, "Twenty minutes ago": robbery, high (an injury). "two young men" 2 male 18-29, the one in a
    # "red jacket" a person of his own; "to the back, to Spruce" a street alone; "1015 Hawthorn" the address.
    dict(written="Please send police. I come home from work with my pay in envelope, two young men wait in the stairs of my building at 1015 Hawthorn. They hold me to the wall and take the envelope and my phone. I fight, one hit me in the mouth, my tooth is broken. They run to the back, to Spruce. Twenty minutes ago. One have red jacket.",
         spoken="please send police i come home from work with my pay in envelope two young men wait in the stairs of my building at ten fifteen hawthorne they hold me to the wall and take the envelope and my phone i fight one hit me in the mouth my tooth is broken they run to the back to spruce twenty minutes ago one have red jacket",
         at="2039-03-15 18:30", entities=[P(count="2", sex="male", age="18-29"), ("ago", 20), P(count="1", sex="male", clothing=["red jacket"])],
         places=[("address", 1015, "Hawthorn Avenue")], category="robbery", priority="high"),
    # Central Station on the storm evening: a man "right now" going along the platform demanding commuters' phones,
    # saying he has a gun though none is seen (a claimed gun no weapon entity): robbery, high (a high call is not
    # lifted). The man ("black puffer coat" -> "black coat"), the commuters (2+) and "a lady" who handed hers over.
    dict(written="I'm on the platform at Central Station waiting for the 5:40 and a guy is going down the line of commuters right now telling people to hand over their phones, he says he's got a gun in his pocket. I haven't seen one. A lady in front of me already gave him hers. Black puffer coat, hood up, skinny.",
         spoken="i'm on the platform at central station waiting for the five forty and a guy is going down the line of commuters right now telling people to hand over their phones he says he's got a gun in his pocket i haven't seen one a lady in front of me already gave him hers black puffer coat hood up skinny",
         at="2039-03-15 17:35", entities=[P(count="1", sex="male", build="thin", clothing=["black coat"]), P(count="2+"), ("now",), P(count="1", sex="female")],
         places=[("landmark", "Central Station")], category="robbery", priority="high"),
    # The Friday morning: "Yesterday around 3" (15:00 the day before) in the Lincoln Elementary car line a mother the
    # caller was filming for cutting in pulled the phone from her hand through the window, twisting her wrist, and drove
    # off with it: a robbery with an injury (high), lowered to medium (hours old). The mother a person; "Silver Kia
    # Telluride" telluride; "every afternoon" a habit; the car line is Lincoln Elementary's.
    dict(written="I want this written up. Yesterday around 3 in the car line at Lincoln Elementary I was filming a mom who keeps cutting in, and she got out of her car, grabbed my phone out of my hand through the window, twisted my wrist back doing it and drove off with it. My wrist is in a brace today. Silver Kia Telluride, she's there every afternoon.",
         spoken="i want this written up yesterday around three in the car line at lincoln elementary i was filming a mom who keeps cutting in and she got out of her car grabbed my phone out of my hand through the window twisted my wrist back doing it and drove off with it my wrist is in a brace today silver kia telluride she's there every afternoon",
         at="2039-03-18 08:40", entities=[("local", "2039-03-17 15:00"), P(count="1", sex="female"), V(colour="silver", make="kia", model="telluride")],
         places=[("landmark", "Lincoln Elementary School")], category="robbery", priority="medium"),

    # ---------------------------------------------------------------- assault
    # Two drivers out of their cars after a fender bender at Chestnut and 9th: one punched the other, who fell and
    # struck his head on the pavement and is not responding: a life at risk (critical). The puncher ("Big guy" heavy,
    # "orange Carhartt jacket" -> "orange jacket") and the man down persons; "a black Nissan Frontier" frontier; the man
    # down's car no description, no vehicle; "just" now.
    dict(written="Two guys just got out of their cars after a fender bender at Chestnut and 9th and the one from the black Nissan Frontier punched the other one square in the face. He went straight back and cracked his head on the pavement and now he's not responding, just lying there with his eyes half open. Big guy, orange Carhartt jacket, he's pacing by his truck.",
         spoken="two guys just got out of their cars after a fender bender at chesnut and ninth and the one from the black nissan frontier punched the other one square in the face he went straight back and cracked his head on the pavement and now he's not responding just lying there with his eyes half open big guy orange carhartt jacket he's pacing by his truck",
         at="2039-03-18 16:50", entities=[("now",), V(colour="black", make="nissan", model="frontier"), P(count="1", sex="male", build="heavy", clothing=["orange jacket"]), P(count="1", sex="male")],
         places=[("intersection", "Chestnut Street", "9th Street")], category="assault", priority="critical"),
    # A student's text from the bus: the driver "just" threw the caller's friend off the bus at Hawthorn and 2nd by his
    # hoodie, a bleeding nose on the pole, and drove on: assault, high (an injury). The driver (no sex said) and the
    # friend (male) persons; the bus a bus; "all of us" the caller's group, not annotated.
    dict(written="our bus driver just grabbed my friend by the back of his hoodie and threw him off the bus at hawthorn and 2nd because he wouldnt sit down. he hit his face on the pole and his nose is bleeding everywhere and the driver just shut the door and drove off with all of us still on. im texting from the back seat",
         spoken="our bus driver just grabbed my friend by the back of his hoodie and threw him off the bus at hawthorne and second because he wouldn't sit down he hit his face on the pole and his nose is bleeding every where and the driver just shut the door and drove off with all of us still on i'm texting from the back seat",
         at="2039-03-18 15:10", entities=[P(count="1"), ("now",), P(count="1", sex="male"), V(type="bus")],
         places=[("intersection", "Hawthorn Avenue", "2nd Street")], category="assault", priority="high"),
    # Non-native shopper in FreshMart: a woman who thought she had cut in line struck her legs again and again with a
    # shopping cart, a cut bleeding into her sock; the woman still in the store: assault, high (an injury). The woman
    # ("blue coat"; grey hair no clothing) a person; a cart used on a person no weapon; a narrative "now" ("I am in
    # FreshMart now") of the caller, no time.
    dict(written="I am in FreshMart now, by the bread. A woman think I cut in front of her at the register and she start to hit me with her cart, again and again on my legs, and she pull my bag off my shoulder to the floor. My leg is cut and bleeding in my sock. She is still in the store with her cart, blue coat, grey hair. Please.",
         spoken="i am in fresh mart now by the bread a woman think i cut in front of her at the register and she start to hit me with her cart again and again on my legs and she pull my bag off my shoulder to the floor my leg is cut and bleeding in my sock she is still in the store with her cart blue coat grey hair please",
         at="2039-03-19 11:10", entities=[P(count="1", sex="female", clothing=["blue coat"])],
         places=[("landmark", "FreshMart Supermarket")], category="assault", priority="high"),
    # Dispatch, St. Patrick's morning: in the line at Rosie's Bakery a woman in her 70s struck a woman in her 60s across
    # the face with her cane over the last loaf of soda bread approx 0822, a split lip: assault, high (an injury). The
    # victim ("F 60s" 60-69, a victim's shorthand decade) and the suspect ("F 70s" 70-79, "purple coat"); a cane used on
    # a person no weapon (as holdout27's belt and holdout28's pan).
    dict(written="Assault w/ injury, Rosie's Bakery, approx 0822: F 70s struck F 60s across the face w/ her cane during an argument in line over the last loaf of Irish soda bread. Vic has a split lip, bleeding controlled, declining transport so far. Susp still inside, seated by the window, purple coat.",
         spoken="assault with injury rosies bakery approx oh eight twenty two female seventies struck female sixties across the face with her cane during an argument in line over the last loaf of irish soda bread victim has a split lip bleeding controlled declining transport so far suspect still inside seated by the window purple coat",
         at="2039-03-17 08:26", entities=[("local", "2039-03-17 08:22"), P(count="1", sex="female", age="70-79", clothing=["purple coat"]), P(count="1", sex="female", age="60-69")],
         places=[("landmark", "Rosie's Bakery")], category="assault", priority="high"),
    # The Sunday morning: "yesterday around 3" (15:00 the day before) at the robotics regional a mother from another
    # team shoved the caller's son off the bleachers, an elbow perhaps fractured: assault with an injury (high), lowered
    # to medium (hours old). The mother and the son persons; the doctor (not there) not annotated; "team 817" no number
    # of a place; "the high school" Oakford High.
    dict(written="I want to report something from yesterday around 3 at the robotics regional at the high school. A mother from another team shoved my son off the bottom row of the bleachers because his team's robot knocked theirs over in the match. He landed on his elbow and it's swollen and purple today, the doctor thinks it's a fracture. I know which team she's with, team 817.",
         spoken="i want to report something from yesterday around three at the robotics regional at the high school a mother from another team shoved my son off the bottom row of the bleachers because his team's robot knocked theirs over in the match he landed on his elbow and it's swollen and purple today the doctor thinks it's a fracture i know which team she's with team eight seventeen",
         at="2039-03-20 10:15", entities=[("local", "2039-03-19 15:00"), P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("landmark", "Oakford High School")], category="assault", priority="medium"),
    # A child's text from Riverside Park: a teenager on the bridge over the river threw a rock that cut the caller's
    # 6-year-old brother's head: a child injured (high; "is laughing" does not lift a high call). The teenager (male,
    # 13-19, "orange beanie"), the brother (his stated age not annotated) and the teenager's friends (2+); the bridge is
    # the park's.
    dict(written="a teenager up on the bridge in riverside park threw a big rock down at my brother and it hit his head and theres blood all down his face. my brother is 6. the teenager is laughing with his friends up there. hes got a orange beanie",
         spoken="a teenager up on the bridge in river side park threw a big rock down at my brother and it hit his head and there's blood all down his face my brother is six the teenager is laughing with his friends up there he's got a orange beanie",
         at="2039-03-20 14:05", entities=[P(count="1", sex="male", age="13-19", clothing=["orange beanie"]), P(count="1", sex="male"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="assault", priority="high"),

    # ---------------------------------------------------------------- burglary
    # An 86-year-old on the storm's morning: the young man she paid to shovel her walk came back and is in her garage
    # "right now" carrying out her late husband's tools to a car: burglary, high. The young man ("young man" 18-29,
    # "blue hooded sweatshirt" -> "blue sweatshirt") a person; "a car on the street" a car (his, loaded); the late
    # husband not annotated; "1029 Oak Street" the address.
    dict(written="Oh dear. I'm 86 and I live alone at 1029 Oak Street. The young man I paid to shovel my walk this morning came back, and he's in my garage right now carrying my late husband's tools out to a car on the street. I'm watching him from the kitchen window. Blue hooded sweatshirt. I don't want him to see me.",
         spoken="oh dear i'm eighty six and i live alone at ten twenty nine oak street the young man i paid to shovel my walk this morning came back and he's in my garage right now carrying my late husband's tools out to a car on the street i'm watching him from the kitchen window blue hooded sweat shirt i don't want him to see me",
         at="2039-03-16 10:50", entities=[P(count="1", sex="male", age="18-29", clothing=["blue sweatshirt"]), ("now",), V(type="car")],
         places=[("address", 1029, "Oak Street")], category="burglary", priority="high"),
    # The owner of a gift shop the night after St. Patrick's: her phone "just" showed the alarm and the camera shows a
    # man behind the counter pulling the register drawer: burglary, high. The man ("green hoodie") a person; "Emerald
    # Isle Gifts" names no place, "514 Main Street" the address.
    dict(written="I own Emerald Isle Gifts at 514 Main Street. My phone just went off with the alarm and I'm watching the store camera from my bed: there's a man behind my counter yanking at the register drawer, green hoodie, and the front door glass is smashed. I'm fifteen minutes away.",
         spoken="hi i own emerald isle gifts at five fourteen main street my phone just went off with the alarm and i'm watching the store camera from my bed there's a man behind my counter yanking at the register drawer green hoodie and the front door glass is smashed i'm fifteen minutes away",
         at="2039-03-18 03:15", entities=[("now",), P(count="1", sex="male", clothing=["green hoodie"])],
         places=[("address", 514, "Main Street")], category="burglary", priority="high"),
    # Oakford High's night custodian on the eve of the regional: two men "just" climbed in the robotics lab window and
    # are carrying a visiting team's robot to a van "right now": burglary, high. "Two guys" 2 male, the one in a "yellow
    # raincoat" a person of his own; "a van" van; "tomorrow morning" no time.
    dict(written="Night custodian at Oakford High. Two guys just climbed in the robotics lab window on the back side of the school and they're carrying one of the visiting teams' robots out to a van right now. The teams left them in the lab overnight for the regional tomorrow morning. One has a yellow raincoat. I'm watching from the hallway, they don't see me.",
         spoken="night custodian at oakford high two guys just climbed in the robotics lab window on the back side of the school and they're carrying one of the visiting teams robots out to a van right now the teams left them in the lab over night for the regional tomorrow morning one has a yellow rain coat i'm watching from the hall way they don't see me",
         at="2039-03-18 22:40", entities=[P(count="2", sex="male"), ("now",), V(type="van"), P(count="1", sex="male", clothing=["yellow raincoat"])],
         places=[("landmark", "Oakford High School")], category="burglary", priority="high"),
    # The warm Sunday: taking the winter cover off a motorhome in a side yard, the owners find it entered, lock drilled,
    # a TV, a microwave, propane tanks and bikes gone, "No idea when" (no time): burglary, medium. Somebody a person;
    # the motorhome (the place entered) no vehicle; "since November" no time; "1155 Willow" the address.
    dict(written="We just pulled the cover off our motorhome in the side yard at 1155 Willow to get it ready for spring, and somebody's been in it. The door lock is drilled out, the TV and the microwave are gone, and they took both propane tanks and the bikes off the back rack. No idea when, it's been covered since November.",
         spoken="we just pulled the cover off our motor home in the side yard at eleven fifty five willo to get it ready for spring and somebody's been in it the door lock is drilled out the t v and the microwave are gone and they took both propane tanks and the bikes off the back rack no idea when it's been covered since november",
         at="2039-03-20 11:50", entities=[P(count="1")],
         places=[("address", 1155, "Willow Street")], category="burglary", priority="medium"),
    # The demolition contractor: the site office trailer pried "sometime overnight" (02:00), told at 06:55 (under six
    # hours: not lowered): burglary, medium. Somebody a person; the excavator (not taken) and the guard who quit no
    # entities; "150 Station Road" the address.
    dict(written="Demo contractor on the old Ashby Shoe job, 150 Station Road. Somebody got into our site office trailer sometime overnight, popped the door with a bar and took two laptops, the survey gear and the keys to the excavator. The excavator's still here, thank God. The guard we had quit on Wednesday.",
         spoken="demo contractor on the old ashby shoe job one fifty station road some body got into our site office trailer sometime over night popped the door with a bar and took two lap tops the survey gear and the keys to the excavator the excavator's still here thank god the guard we had quit on wednesday",
         at="2039-03-18 06:55", entities=[("local", "2039-03-18 02:00"), P(count="1")],
         places=[("address", 150, "Station Road")], category="burglary", priority="medium"),
    # A web form: a house entered "Yesterday between 8 am and 4:30 pm" (a span, no time; a bare yesterday is a whole
    # day) while the owners worked: burglary, lowered to low (an earlier day's). Someone a person; the neighbours who
    # heard nothing and the grandmother whose rings they were not annotated; "822 8th Street" the address.
    dict(written="Web form: Burglary at 822 8th Street. Yesterday between 8 am and 4:30 pm while we were both at work, someone kicked in the side door off the driveway and took a TV, my grandmother's rings from the bedroom and a jar of quarters. The neighbors didn't hear anything with the plows going by. Police report needed for insurance.",
         spoken="web form burglary at eight twenty two eighth street yesterday between eight a m and four thirty p m while we were both at work someone kicked in the side door off the drive way and took a t v my grandmother's rings from the bed room and a jar of quarters the neighbors didn't hear anything with the plows going by police report needed for insurance",
         at="2039-03-17 08:20", entities=[P(count="1")],
         places=[("address", 822, "8th Street")], category="burglary", priority="low"),
    # Non-native tailor: "Last night" (23:00 the day before) somebody broke the back window of the shop and took the
    # cash, two sewing machines and a customer's wedding dress, found at opening: burglary, lowered to low. Somebody a
    # person; the customer (not there) not annotated; "$200" no number of a place; "305 Walnut" the address.
    dict(written="Good morning. Last night somebody break the back window of my tailor shop, 305 Walnut, and go inside. They take the money from the drawer, maybe $200, and two sewing machines and the wedding dress of a customer that I fix. I see this when I come to open. What I must do for the police paper?",
         spoken="good morning last night some body break the back window of my tailor shop three oh five wall nut and go inside they take the money from the drawer maybe two hundred dollars and two sewing machines and the wedding dress of a customer that i fix i see this when i come to open what i must do for the police paper",
         at="2039-03-20 08:05", entities=[("local", "2039-03-19 23:00"), P(count="1")],
         places=[("address", 305, "Walnut Street")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # Mall security on the tournament's Saturday: a young man grabbed an armful of basketball jerseys approx 0814 and is
    # "now" leaving the lot in a Nissan Rogue: theft raised to high (a said time within 15 minutes). "M late teens"
    # 17-19 ("red hoodie", "grey sweatpants"); "a silver Nissan Rogue" rogue with its partial plate ("7K"); "approx
    # 0814" and "now" (a person of the event) both times; the sporting goods store and the west lot are Northgate
    # Mall's.
    dict(written="Northgate Mall security: theft at the sporting goods store approx 0814. M late teens grabbed an armful of college basketball jerseys off the tournament display and ran out the west doors, now in a silver Nissan Rogue leaving the west lot, partial plate 7K. Red hoodie, grey sweatpants.",
         spoken="northgate mall security theft at the sporting goods store approx oh eight fourteen male late teens grabbed an arm full of college basket ball jerseys off the tournament display and ran out the west doors now in a silver nissan rogue leaving the west lot partial plate seven k red hoodie grey sweat pants",
         at="2039-03-19 08:17", entities=[("local", "2039-03-19 08:14"), P(count="1", sex="male", age="17-19", clothing=["red hoodie", "grey sweatpants"]), ("now",), V(colour="silver", make="nissan", model="rogue", plate="7K")],
         places=[("landmark", "Northgate Mall")], category="theft", priority="high"),
    # Tax season: a man "right now" fishing envelopes out of the blue collection mailbox on Main by 3rd with a sticky
    # bottle on a string: theft, high. The man ("grey beanie") a person; "a white Nissan Altima" altima with a partial
    # plate said in the NATO alphabet ("Charlie Lima" CL); "Main by 3rd" the intersection.
    dict(written="There's a guy at the blue mailbox on Main by 3rd right now dropping a little bottle on a string down the slot and pulling envelopes back up stuck to it. He's got a pile of them on the hood of a white Nissan Altima, plate starts Charlie Lima. It's tax season, people mail checks in there. Grey beanie.",
         spoken="there's a guy at the blue mail box on maine by third right now dropping a little bottle on a string down the slot and pulling envelopes back up stuck to it he's got a pile of them on the hood of a white nissan altima plate starts charlie lima it's tax season people mail checks in there grey beanie",
         at="2039-03-19 06:45", entities=[P(count="1", sex="male", clothing=["grey beanie"]), ("now",), V(colour="white", make="nissan", model="altima", plate="CL")],
         places=[("intersection", "Main Street", "3rd Street")], category="theft", priority="high"),
    # A parent at the science fair: a drone project taken off a table "about 40 minutes ago" during the awards: theft,
    # medium. The son (at the fair), the other parent and the man ("grey hat") persons; a drone no vehicle; "$400" no
    # number of a place; the gym is Lincoln Elementary's.
    dict(written="My son's science fair project was stolen off his table in the Lincoln Elementary gym about 40 minutes ago, while the awards were going on up front. It's a little white drone with a camera he built the sensor for, worth about $400. Another parent saw a man in a grey knit hat walk out the side door with a box.",
         spoken="my son's science fair project was stolen off his table in the lincon elementary gym about forty minutes ago while the awards were going on up front it's a little white drone with a camera he built the sensor for worth about four hundred dollars another parent saw a man in a grey knit hat walk out the side door with a box",
         at="2039-03-16 20:30", entities=[P(count="1", sex="male"), ("ago", 40), P(count="1"), P(count="1", sex="male", clothing=["grey hat"])],
         places=[("landmark", "Lincoln Elementary School")], category="theft", priority="medium"),
    # The firefighters' corned beef supper: coats on chair backs gone through "about an hour ago", a wallet and $60
    # taken: theft, medium. Somebody and the neighbour at the table persons; "the firehouse, Fire Station Number 2" the
    # landmark.
    dict(written="I'm at the corned beef supper at the firehouse, Fire Station Number 2. Somebody went through the coats on the back of our chairs while we were up at the buffet about an hour ago. My wallet's gone, and my neighbor at the table lost $60 out of her purse. Nobody saw anything.",
         spoken="i'm at the corned beef supper at the fire house fire station number two some body went through the coats on the back of our chairs while we were up at the buffet about an hour ago my wallet's gone and my neighbor at the table lost sixty dollars out of her purse nobody saw anything",
         at="2039-03-17 19:40", entities=[P(count="1"), ("ago", 60), P(count="1", sex="female")],
         places=[("landmark", "Fire Station Number 2")], category="theft", priority="medium"),
    # Non-native parent on the Monday: "Last night" (23:00 the day before) somebody cut the lock and took the son's
    # bicycle from the yard fence: theft, lowered to low. Somebody and the son (at home) persons; "a red mountain bike,
    # Trek" a red bicycle (the brand not annotated); "519 Cedar Street" the address.
    dict(written="Last night somebody cut the lock and take my son bicycle from the fence in our yard, 519 Cedar Street. Is a red mountain bike, Trek, he get it for birthday. I see the lock cut on the grass this morning. My son is crying, he need it for school.",
         spoken="last night some body cut the lock and take my son bicycle from the fence in our yard five nineteen ceder street is a red mountain bike trek he get it for birthday i see the lock cut on the grass this morning my son is crying he need it for school",
         at="2039-03-14 07:50", entities=[("local", "2039-03-13 23:00"), P(count="1"), P(count="1", sex="male"), V(colour="red", type="bicycle")],
         places=[("address", 519, "Cedar Street")], category="theft", priority="low"),
    # A syrup maker's honour-system shelf: every night this week somebody takes quarts (a habit, the simple present) and
    # "last night" (23:00 the day before) pried the cash box: theft, low. Somebody a person; "96 Mill Road" the address
    # on Old Mill Road.
    dict(written="This is small but it keeps happening. I sell syrup from a self-serve shelf at the bottom of my driveway, 96 Mill Road, with a cash box on the honor system. Every night this week somebody takes two or three quarts and leaves nothing, and last night they pried the cash box too. Could you put it on file, and maybe have a car go by once in a while?",
         spoken="this is small but it keeps happening i sell syrup from a self serve shelf at the bottom of my drive way ninety six mill road with a cash box on the honor system every night this week some body takes two or three quarts and leaves nothing and last night they pried the cash box too could you put it on file and maybe have a car go by once in a while",
         at="2039-03-17 08:30", entities=[P(count="1"), ("local", "2039-03-16 23:00")],
         places=[("address", 96, "Old Mill Road")], category="theft", priority="low"),

    # ---------------------------------------------------------------- traffic
    # The first dark morning after the clocks changed: a car "just" hit a man walking his dog across Oak at 10th, he is
    # not moving: critical. The man and the driver (a woman, kneeling by him) persons; "Tan Toyota Avalon" avalon; "the
    # clocks changed" no time; "Oak at 10th" the intersection.
    dict(written="A car just hit a man walking his dog across Oak at 10th! It's still pitch black out since the clocks changed and the driver never saw him. He's flat on the pavement and isn't moving at all, the dog's standing over him. The woman who hit him is kneeling next to him screaming. Tan Toyota Avalon. Send an ambulance!",
         spoken="oh my god a car just hit a man walking his dog across oak at tenth it's still pitch black out since the clocks changed and the driver never saw him he's flat on the pavement and isn't moving at all the dog's standing over him the woman who hit him is kneeling next to him screaming tan toyota avalon send an ambulance",
         at="2039-03-14 06:55", entities=[("now",), P(count="1", sex="male"), P(count="1", sex="female"), V(colour="tan", make="toyota", model="avalon")],
         places=[("intersection", "Oak Street", "10th Street")], category="traffic", priority="critical"),
    # The storm morning: the town's sidewalk plow, a small tractor, "just" clipped a woman walking on the sidewalk on
    # Main by 7th and pinned her leg against a snowbank: an injury (high). The woman and the operator persons; "a little
    # orange sidewalk tractor" no type word of the list, so no vehicle (as earlier sets leave what has none).
    dict(written="The town's sidewalk plow, that little orange tractor, just backed into a woman walking on the sidewalk on Main by 7th and pinned her leg against the snowbank. She's sitting in the snow holding her shin and crying, there's blood through her pants. The operator got off and is with her.",
         spoken="the town's side walk plow that little orange tractor just backed into a woman walking on the side walk on maine by seventh and pinned her leg against the snow bank she's sitting in the snow holding her shin and crying there's blood through her pants the operator got off and is with her",
         at="2039-03-16 07:45", entities=[("now",), P(count="1", sex="female"), P(count="1")],
         places=[("intersection", "Main Street", "7th Street")], category="traffic", priority="high"),
    # The storm morning: a Honda Pilot "just" slid through a red light on the slush and T-boned a Jeep Compass, no one
    # hurt: traffic raised to high (a just-now event). "A grey Honda Pilot" pilot and "a white Jeep Compass" compass;
    # both drivers 2; the buses going around no vehicles of the event; "2nd and Elm" the intersection.
    dict(written="A grey Honda Pilot just skated through the red light at 2nd and Elm on the slush and T-boned a white Jeep Compass. Both drivers are out yelling at each other, nobody looks hurt, but the two cars are stuck crossways blocking all four directions and the buses can't get by. Roads are glass this morning.",
         spoken="a grey honda pilot just skated through the red light at second and elm on the slush and t boned a white jeep compass both drivers are out yelling at each other nobody looks hurt but the two cars are stuck cross ways blocking all four directions and the buses can't get by roads are glass this morning",
         at="2039-03-16 08:05", entities=[V(colour="grey", make="honda", model="pilot"), ("now",), V(colour="white", make="jeep", model="compass"), P(count="2")],
         places=[("intersection", "2nd Street", "Elm Street")], category="traffic", priority="high"),
    # Mud season: a propane delivery truck's right wheels sank through the thawed shoulder of Old Mill Road at Cedar and
    # it leans toward the ditch, one lane blocked, no leak smelled: a road hazard, traffic, medium (no time; nobody
    # hurt). The truck a truck ("a propane delivery truck"); the driver a person; "at Cedar" the intersection.
    dict(written="A propane delivery truck pulled over to let a car by on Mill Road at Cedar and its right side wheels sank right through the thawed shoulder. It's tipped over toward the ditch at a scary angle with the tank on the low side and it's blocking the northbound lane. The driver got out, says he doesn't smell gas. Someone has to close the road.",
         spoken="a propane delivery truck pulled over to let a car by on mill road at ceder and its right side wheels sank right through the thawed shoulder it's tipped over toward the ditch at a scary angle with the tank on the low side and it's blocking the north bound lane the driver got out says he doesn't smell gas someone has to close the road",
         at="2039-03-15 10:20", entities=[V(type="truck"), P(count="1", sex="male")],
         places=[("intersection", "Old Mill Road", "Cedar Street")], category="traffic", priority="medium"),
    # St. Patrick's night: a drunk driver bouncing off the snowbanks along Main, over the centre line, a parked car's
    # mirror clipped at 8th, "now" going west past 6th: traffic raised to high. "a white Honda CR-V" cr-v with its plate
    # (HRK2291, spoken in the NATO alphabet) going west; the driver a person; a shamrock flag no clothing; "Main past
    # 6th" the intersection ("at 8th" where the mirror was clipped a cross street of the same run, no second place).
    dict(written="I'm behind a white Honda CR-V that's bouncing off the snowbanks all along Main, it's drifting over the center line and it clipped a parked car's mirror at 8th without even slowing down. We're going west on Main past 6th now. Plate is HRK 2291. The driver's head keeps dropping to the wheel. Green shamrock flag on the antenna.",
         spoken="i'm behind a white honda c r v that's bouncing off the snow banks all along maine it's drifting over the center line and it clipped a parked car's mirror at eighth without even slowing down we're going west on main past sixth now plate is hotel romeo kilo two two nine one the driver's head keeps dropping to the wheel green shamrock flag on the antenna",
         at="2039-03-17 22:10", entities=[V(colour="white", make="honda", model="cr-v", plate="HRK2291", direction="west"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Main Street", "6th Street")], category="traffic", priority="high"),
    # Dispatch on the Saturday: a firewood trailer came off a pickup's hitch on Kingsley by 4th, rolled into a parked
    # car and lies across the lane, no injuries: traffic, medium (no time said). "a black Toyota Tacoma" tacoma (the
    # owner's, on scene); the owner a person; the trailer (no type word) and the parked car no vehicles; "EB" a lane, no
    # direction of travel.
    dict(written="Utility trailer separated from a pickup on Kingsley by 4th, rolled across the EB lane and into a parked car. No injuries. Trailer's loaded with firewood, lying on its side blocking the lane, wood across both lanes. Owner on scene with a black Toyota Tacoma. Requesting Public Works for the wood.",
         spoken="utility trailer separated from a pick up on kingsley by fourth rolled across the east bound lane and into a parked car no injuries trailer's loaded with fire wood lying on its side blocking the lane wood across both lanes owner on scene with a black toyota tacoma requesting public works for the wood",
         at="2039-03-19 09:35", entities=[V(colour="black", make="toyota", model="tacoma"), P(count="1")],
         places=[("intersection", "Kingsley Avenue", "4th Street")], category="traffic", priority="medium"),
    # The Sunday: "Yesterday around 5:15 pm" (17:15 the day before) a teenager picking up his father backed a
    # Trailblazer into the caller's fender in the station's commuter lot; the father promised cash and no longer
    # answers: traffic, low. The teenager (male, 13-19) and the father persons; "a green Chevy Trailblazer" trailblazer;
    # "a Maine plate" no plate said (and no place); the caller's car none; the commuter lot is Central Station's.
    dict(written="Yesterday around 5:15 pm in the Central Station commuter lot, a teenager picking up his dad backed a green Chevy Trailblazer into my front fender. The dad came over, apologized and promised to pay cash for the body shop, gave me a number, and now he won't pick up. I'd like a report. I have a photo of the plate, it's a Maine plate.",
         spoken="yesterday around five fifteen p m in the central station commuter lot a teenager picking up his dad backed a green chevy trail blazer into my front fender the dad came over apologized and promised to pay cash for the body shop gave me a number and now he won't pick up i'd like a report i have a photo of the plate it's a maine plate",
         at="2039-03-20 11:30", entities=[("local", "2039-03-19 17:15"), P(count="1", sex="male", age="13-19"), V(colour="green", make="chevrolet", model="trailblazer"), P(count="1", sex="male")],
         places=[("landmark", "Central Station")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- drugs
    # The maple open house on the Sunday: a man selling THC gummies as maple candy to high school kids by the syrup tent
    # showed a pistol on his hip when told to pack up, "still at it": drugs, high (a weapon seen). The man, the high
    # school kids (2+, 13-19) and the caller's husband persons; pistol handgun; "Hadley Farm" names no place, "262 Old
    # Mill Road" the address.
    dict(written="I'm pouring syrup samples at Hadley Farm's open house on Old Mill Road, number 262. A man set up a card table by the syrup tent selling maple candy that's really THC gummies, he's telling the high school kids. When my husband told him to pack up he pulled his jacket back to show a pistol on his hip and said he'd leave when he's sold out. He's still at it.",
         spoken="i'm pouring syrup samples at hadley farm's open house on old mill road number two sixty two a man set up a card table by the syrup tent selling maple candy that's really t h c gummies he's telling the high school kids when my husband told him to pack up he pulled his jacket back to show a pistol on his hip and said he'd leave when he's sold out he's still at it",
         at="2039-03-20 13:20", entities=[P(count="1", sex="male"), P(count="2+", age="13-19"), P(count="1", sex="male"), W("handgun")],
         places=[("address", 262, "Old Mill Road")], category="drugs", priority="high"),
    # After school: the crossing guard at Pine and 4th smells of weed, half-shut eyes, swaying, "just" waved children
    # out in front of a moving car and "right now" still crossing them: drugs, medium (children; raises do not stack).
    # The crossing guard (male) and the little kids (2+); "Lincoln" (where the kids come from) names the school loosely,
    # no place of the tip; "Pine and 4th" the intersection.
    dict(written="The crossing guard at Pine and 4th smells like weed, his eyes are half shut and he's swaying in the middle of the street with his sign while the little kids are crossing. He just waved a line of them out right in front of a moving car. The kids are still coming from Lincoln right now. Somebody needs to take his place.",
         spoken="the crossing guard at pine and fourth smells like weed his eyes are half shut and he's swaying in the middle of the street with his sign while the little kids are crossing he just waved a line of them out right in front of a moving car the kids are still coming from lincoln right now somebody needs to take his place",
         at="2039-03-18 15:05", entities=[P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("intersection", "Pine Street", "4th Street")], category="drugs", priority="medium"),
    # The warm Sunday: two men "are sitting" on the back of the Riverside Park bandstand cooking something in a spoon
    # and tying off their arms in mid-afternoon: a present progressive with no time lifts low to medium. "two men" 2
    # male ("One" of them nodded off, no attributes of his own) and the people walking dogs (2+); the bandstand is the
    # park's.
    dict(written="Two men are sitting on the back of the bandstand at Riverside Park in the middle of the afternoon cooking something in a spoon with a lighter and tying off their arms. People are walking their dogs right past. One already nodded off against the railing.",
         spoken="two men are sitting on the back of the band stand at riverside park in the middle of the afternoon cooking something in a spoon with a lighter and tying off their arms people are walking their dogs right past one already nodded off against the railing",
         at="2039-03-20 14:50", entities=[P(count="2", sex="male"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="drugs", priority="medium"),
    # A student's text on the delayed school bus: an eighth grader selling THC gummies to sixth graders "rn": drugs,
    # medium (children; raises do not stack). The eighth grader (male; a grade no age range), the sixth graders (2+) and
    # the driver persons; the school bus a bus (as holdout5's "number 4 bus"); "bus 7" and "5 bucks" no numbers of a
    # place; "oak and 3rd" the intersection.
    dict(written="theres an 8th grader selling thc gummies out of his backpack on our school bus rn. hes charging 5 bucks each and a bunch of 6th graders already bought some. the bus driver cant see cause hes in the back. were stopped at oak and 3rd. bus 7",
         spoken="there's an eighth grader selling t h c gummies out of his back pack on our school bus right now he's charging five bucks each and a bunch of sixth graders already bought some the bus driver can't see cause he's in the back we're stopped at oak and third bus seven",
         at="2039-03-16 10:05", entities=[P(count="1", sex="male"), V(type="bus"), ("now",), P(count="2+"), P(count="1")],
         places=[("intersection", "Oak Street", "3rd Street")], category="drugs", priority="medium"),
    # A web tip: the man at the pawn counter in the back of a vape shop pays for stolen tools in pills (a habit, the
    # simple present): drugs, low. The man and the people who bring him tools (2+); "all winter" a span; "the vape shop"
    # names no place, "Kingsley by 2nd" the intersection.
    dict(written="Web tip: The man who runs the pawn counter in the back of the vape shop on Kingsley by 2nd pays for stolen tools with pills instead of cash. People bring him drills and saws off job sites and walk out with a bottle of oxy. It's been going on all winter and everybody on my crew knows about it.",
         spoken="web tip the man who runs the pawn counter in the back of the vape shop on kingsly by second pays for stolen tools with pills instead of cash people bring him drills and saws off job sites and walk out with a bottle of oxy it's been going on all winter and every body on my crew knows about it",
         at="2039-03-16 14:00", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("intersection", "Kingsley Avenue", "2nd Street")], category="drugs", priority="low"),
    # New owners: a shoebox of baggies of white powder, a scale and about $4,000 found in the attic crawl space of the
    # house they just bought (a find, no time): drugs, low. The husband (there) a person; the last owner's son (long
    # gone) not annotated; "last week" and "till 2036" (a year) no times; "1088 Willow" the address.
    dict(written="We closed on the house at 1088 Willow last week and today my husband found a shoebox shoved back in the attic crawl space with baggies of white powder, a little scale and a rubber-banded stack of cash, maybe $4,000. The last owner's son lived up in that room till 2036. We haven't touched the bags. Who comes to get something like this?",
         spoken="we closed on the house at ten eighty eight willow last week and today my husband found a shoe box shoved back in the attic crawl space with baggies of white powder a little scale and a rubber banded stack of cash maybe four thousand dollars the last owner's son lived up in that room till twenty thirty six we haven't touched the bags who comes to get something like this",
         at="2039-03-20 10:30", entities=[P(count="1", sex="male")],
         places=[("address", 1088, "Willow Street")], category="drugs", priority="low"),

    # ---------------------------------------------------------------- vandalism
    # The night after St. Patrick's: two men in plastic top hats spray painting shamrocks and swear words on the Corner
    # Cafe's windows "right now": vandalism, medium. "Two guys" 2 male ("green plastic top hats" -> "green hat"); the
    # windows are the Corner Cafe's (the landmark).
    dict(written="Two guys in green plastic top hats are spray painting shamrocks and swear words on the big glass of the Corner Cafe right now, green paint dripping down onto the sill. One's holding the can and the other one is laughing and filming it. They're weaving, probably from one of the bars.",
         spoken="two guys in green plastic top hats are spray painting shamrocks and swear words on the big glass of the corner cafe right now green paint dripping down onto the sill one's holding the can and the other one is laughing and filming it they're weaving probably from one of the bars",
         at="2039-03-18 01:10", entities=[P(count="2", sex="male", clothing=["green hat"]), ("now",)],
         places=[("landmark", "Corner Cafe")], category="vandalism", priority="medium"),
    # A man in a Ford Ranger pulling up the road's weight-limit posting signs and throwing them in the ditch, "on the
    # fourth one now": vandalism raised to medium. The man a person; "a green Ford Ranger" ranger; "Friday" a weekday;
    # "Mill Road ... by Pine" the intersection.
    dict(written="There's a man in a green Ford Ranger going along Mill Road pulling up the orange Heavy Loads Limited posting signs and throwing them in the ditch. He's on the fourth one now, by Pine. The highway department put those up Friday so the road doesn't break apart in mud season.",
         spoken="there's a man in a green ford ranger going along mill road pulling up the orange heavy loads limited posting signs and throwing them in the ditch he's on the fourth one now by pine the highway department put those up friday so the road doesn't break apart in mud season",
         at="2039-03-14 15:30", entities=[P(count="1", sex="male"), V(colour="green", make="ford", model="ranger"), ("now",)],
         places=[("intersection", "Old Mill Road", "Pine Street")], category="vandalism", priority="medium"),
    # A 79-year-old: a snowball with a rock packed in it "just" broke her bay window, two boys running off: vandalism,
    # medium (the boys doing the damage are no children at risk). "He and another boy" 2 male, the one in a "red snow
    # jacket" -> "red jacket" a person of his own; "down Maple toward 9th" a street alone; "824 Maple Avenue" the
    # address.
    dict(written="I'm 79 and I've just had my front bay window broken. A boy threw a snowball with a rock packed in it, I found the rock on my living room rug in the glass. He and another boy are running off down Maple toward 9th, one in a red snow jacket. 824 Maple Avenue. I'm all right, just shaken.",
         spoken="i'm seventy nine and i've just had my front bay window broken a boy threw a snowball with a rock packed in it i found the rock on my living room rug in the glass he and another boy are running off down maple toward ninth one in a red snow jacket eight twenty four maple avenue i'm all right just shaken",
         at="2039-03-16 15:20", entities=[("now",), P(count="2", sex="male"), P(count="1", sex="male", clothing=["red jacket"])],
         places=[("address", 824, "Maple Avenue")], category="vandalism", priority="medium"),
    # A visiting team's coach on the regional's morning: all four tyres of the team trailer cut "sometime overnight"
    # (02:00) in Oakford High's back lot: vandalism, low. Somebody a person; the trailer (a thing damaged, no type word)
    # no vehicle; "tonight" no time.
    dict(written="I coach a visiting team at the robotics regional. Sometime overnight somebody knifed every tire on our team trailer in the Oakford High back lot and wrote GO HOME on the side in marker. We need to load out tonight after the finals. The school's camera might have caught it.",
         spoken="i coach a visiting team at the robotics regional sometime over night some body knifed every tire on our team trailer in the oakford high back lot and wrote go home on the side in marker we need to load out tonight after the finals the school's camera might have caught it",
         at="2039-03-19 06:50", entities=[("local", "2039-03-19 02:00"), P(count="1")],
         places=[("landmark", "Oakford High School")], category="vandalism", priority="low"),
    # Rosie's Bakery the morning after St. Patrick's: "Sometime last night" (23:00 the day before) somebody cut loose
    # and slashed the rented inflatable leprechaun out front and smashed its blower: vandalism, low. Somebody a person;
    # "$400" no number of a place; the alley's dumpster is the bakery's.
    dict(written="Rosie's Bakery. Sometime last night somebody cut the tie-downs on the giant inflatable leprechaun we had out front for St. Patrick's and slashed it open down the back, then stuffed it in the dumpster in the alley. The blower's smashed too. It was rented, $400.",
         spoken="rosies bakery sometime last night somebody cut the tie downs on the giant inflatable leprechaun we had out front for saint patrick's and slashed it open down the back then stuffed it in the dumpster in the alley the blower's smashed too it was rented four hundred dollars",
         at="2039-03-18 07:30", entities=[("local", "2039-03-17 23:00"), P(count="1")],
         places=[("landmark", "Rosie's Bakery")], category="vandalism", priority="low"),
    # Non-native grocer at dawn: "In the night" (taken as overnight, 02:00) somebody pried letters off the shop's sign
    # and broke the lit box: vandalism, low. Somebody a person; "Star Market" names no place; "1020 Chestnut" the
    # address.
    dict(written="Hello, I have small grocery at 1020 Chestnut, Star Market. In the night somebody climb up and pull off the letters from my sign and break the light box, now the sign say only TAR MAR. The letters are in the snow. I need report for the sign company.",
         spoken="hello i have small grocery at ten twenty chesnut star market in the night somebody climb up and pull off the letters from my sign and break the light box now the sign say only tar mar the letters are in the snow i need report for the sign company",
         at="2039-03-15 06:20", entities=[("local", "2039-03-15 02:00"), P(count="1")],
         places=[("address", 1020, "Chestnut Street")], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # The parking ban night: an unmarked flatbed tow truck that "keeps cruising" Pine, has already hooked a Honda and
    # driven off, back idling now: a present progressive with no time lifts low to medium. The flatbed a truck, the
    # Honda taken (make honda, no type word) a vehicle of the tip, the driver a person; "Ashby Towing" names no place; a
    # "now" said of the truck, not of a person, no time; "Pine between 8th and 9th" the 800 block of Pine.
    dict(written="There's a flatbed tow truck with no company name on the doors that keeps cruising Pine during the parking ban. It already hooked a Honda and drove off with it, and the town's tow trucks all have the orange Ashby Towing decals. Now it's back, idling on Pine between 8th and 9th, with the driver looking over the cars still on the street.",
         spoken="there's a flat bed tow truck with no company name on the doors that keeps cruising pine during the parking ban it already hooked a honda and drove off with it and the town's tow trucks all have the orange ashby towing decals now it's back idling on pine between eighth and ninth with the driver looking over the cars still on the street",
         at="2039-03-15 23:45", entities=[V(type="truck"), V(make="honda"), P(count="1")],
         places=[("block", 800, "Pine Street")], category="suspicious_vehicle", priority="medium"),
    # "It's 2:40", two minutes before: a grey Chrysler Pacifica with its lights off rolled in through the impound lot's
    # open gate and stopped beside a car towed in the ban, two people shining phones into it: raised to medium. "a grey
    # Chrysler Pacifica" pacifica with a partial plate in the NATO alphabet ("papa x-ray" PX); "two people" 2; the towed
    # car no vehicle of the description; "Ashby Towing" names no place, "30 Station Road" the address.
    dict(written="It's 2:40 and I'm across the street from the Ashby Towing lot at 30 Station Road. A grey Chrysler Pacifica with its lights off just rolled in through the gate, which was standing open, and stopped next to one of the cars they towed in the ban. Two people are walking around it shining their phones in the windows. Its plate starts papa x-ray.",
         spoken="it's two forty and i'm across the street from the ashby towing lot at thirty station road a grey chrysler pacifica with its lights off just rolled in through the gate which was standing open and stopped next to one of the cars they towed in the ban two people are walking around it shining their phones in the windows its plate starts papa x-ray",
         at="2039-03-16 02:42", entities=[("local", "2039-03-16 02:40"), V(colour="grey", make="chrysler", model="pacifica", plate="PX"), P(count="2")],
         places=[("address", 30, "Station Road")], category="suspicious_vehicle", priority="medium"),
    # The storm morning: a man in a pickup with a plow blade "keeps" plowing out driveways on Oak nobody asked him to
    # and demanding $50 at the door, "right now" honking at the caller's: medium (a present progressive and "right now";
    # raises do not stack). "A black pickup with a yellow plow blade" a black pickup with its partial plate ("044"); the
    # driver and the two neighbours who paid (2) persons; "Oak between 7th and 8th" the 700 block of Oak.
    dict(written="A black pickup with a yellow plow blade keeps going up and down Oak between 7th and 8th plowing out people's driveways nobody asked him to, then the driver goes and bangs on the door for $50. Two neighbors paid him. Plate ends in 044. Right now he's parked across my driveway leaning on the horn because I won't come out.",
         spoken="a black pick up with a yellow plow blade keeps going up and down oak between seventh and eighth plowing out people's drive ways nobody asked him to then the driver goes and bangs on the door for fifty dollars two neighbors paid him plate ends in oh four four right now he's parked across my drive way leaning on the horn because i won't come out",
         at="2039-03-16 09:45", entities=[V(colour="black", type="pickup", plate="044"), P(count="1", sex="male"), P(count="2"), ("now",)],
         places=[("block", 700, "Oak Street")], category="suspicious_vehicle", priority="medium"),
    # A silver Jeep Patriot left outside 150 Church Street since the storm, walled in by the plows, the window down and
    # a purse and phone on the seat ("has sat", no present progressive, as holdout27's dumped Mazda): low. "A silver
    # Jeep Patriot" patriot; "since the storm Tuesday" no time; "outside 150 Church Street" relative to the address.
    dict(written="A silver Jeep Patriot has sat outside 150 Church Street since the storm Tuesday. The plows have walled it in, the driver's window is down and the seat's full of snow, and there's a purse and a phone on the passenger seat. None of the neighbors have any idea who owns it.",
         spoken="a silver jeep patriot has sat outside one fifty church street since the storm tuesday the plows have walled it in the driver's window is down and the seat's full of snow and there's a purse and a phone on the passenger seat none of the neighbors have any idea who owns it",
         at="2039-03-18 11:00", entities=[V(colour="silver", make="jeep", model="patriot")],
         places=[("relative", ("address", 150, "Church Street"))], category="suspicious_vehicle", priority="low"),
    # The Friday morning: "Yesterday around 4 pm" (16:00 the day before) a man with a "TOWN INSPECTOR" magnet on his car
    # photographed the oil fill pipes and cellar bulkheads of the houses on Walnut by 10th; the town has no inspectors
    # out: low (hours old). "a silver Ford Escape" escape (an out-of-state plate, none said); the man a person; "Walnut
    # by 10th" the intersection.
    dict(written="Yesterday around 4 pm a silver Ford Escape with a TOWN INSPECTOR magnet on the door parked on Walnut by 10th, and the driver walked up four of our driveways taking pictures of the oil tank fill pipes and the cellar bulkheads. I called Town Hall this morning and they have no inspectors out. Out-of-state plate.",
         spoken="yesterday around four p m a silver ford escape with a town inspector magnet on the door parked on wall nut by tenth and the driver walked up four of our drive ways taking pictures of the oil tank fill pipes and the cellar bulk heads i called town hall this morning and they have no inspectors out out of state plate",
         at="2039-03-18 09:00", entities=[("local", "2039-03-17 16:00"), V(colour="silver", make="ford", model="escape"), P(count="1")],
         places=[("intersection", "Walnut Street", "10th Street")], category="suspicious_vehicle", priority="low"),
    # A web tip: every morning this week a black Lincoln Navigator idles at the back of the pharmacy lot and a different
    # young woman gets in the back for ten minutes (a habit; "around 9" a habit's hour, no time): low. "a black Lincoln
    # Navigator" navigator; the young women (2+ female) and the driver persons; the lot is Main Street Pharmacy's.
    dict(written="Web tip: Every morning this week around 9 a black Lincoln Navigator with tinted windows parks in the back of the Main Street Pharmacy lot with the engine running, and a different young woman walks over from the bus stop and gets in the back for ten minutes, then gets out and walks off. The driver never gets out.",
         spoken="web tip every morning this week around nine a black lincoln navigator with tinted windows parks in the back of the main street pharmacy lot with the engine running and a different young woman walks over from the bus stop and gets in the back for ten minutes then gets out and walks off the driver never gets out",
         at="2039-03-19 12:00", entities=[V(colour="black", make="lincoln", model="navigator"), P(count="2+", sex="female"), P(count="1")],
         places=[("landmark", "Main Street Pharmacy")], category="suspicious_vehicle", priority="low"),
    # Non-native restaurant owner: a white Nissan Versa left since Thursday in the restaurant's lot, the driver's window
    # broken, blood on the seat and wheel, a phone on the floor (found, no time; "Since Thursday" a weekday): low.
    # "White Nissan Versa" versa; no persons ("somebody" who may be hurt is not seen); "928 Hawthorn" the address.
    dict(written="Since Thursday a small white car is in the parking of my restaurant at 928 Hawthorn and nobody come for it. Today I look inside, the window of the driver is broken and there is blood on the seat and on the wheel, and a phone on the floor. Maybe somebody is hurt? White Nissan Versa.",
         spoken="hello since thursday a small white car is in the parking of my restaurant at nine twenty eight hawthorne and nobody come for it today i look inside the window of the driver is broken and there is blood on the seat and on the wheel and a phone on the floor maybe somebody is hurt white nissan versa",
         at="2039-03-19 10:40", entities=[V(colour="white", make="nissan", model="versa")],
         places=[("address", 928, "Hawthorn Avenue")], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # The warm Sunday at Riverside Park: a man "just" took a little girl by the hand off the playground toward the trees
    # promising to show her a beaver lodge, and let go when her mother yelled: child luring (high). The man ("maybe 50"
    # 47-53, "Camo jacket"; a fishing pole no weapon), the girl ("a little girl", no age range) and her mom persons;
    # "along the river path downstream" no place.
    dict(written="A man at Riverside Park just took a little girl by the hand off the playground and started walking her toward the trees, telling her he'd show her a beaver lodge past the footbridge. Her mom screamed and he let go, and now he's walking fast along the river path downstream. Camo jacket, fishing pole, maybe 50.",
         spoken="a man at riverside park just took a little girl by the hand off the play ground and started walking her toward the trees telling her he'd show her a beaver lodge past the foot bridge her mom screamed and he let go and now he's walking fast along the river path down stream camo jacket fishing pole maybe fifty",
         at="2039-03-20 15:45", entities=[P(count="1", sex="male", age="47-53", clothing=["camo jacket"]), ("now",), P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("landmark", "Riverside Park")], category="suspicious_person", priority="high"),
    # After the storm: a man in a reflective vest going house to house collecting $200 "deposits" for snow-load roof
    # checks the town never ordered, at the house across "right now" ("is working his way" a present progressive too):
    # medium. The man ("reflective vest" -> "vest"), the people he tells (2+) and the neighbour who paid persons; a
    # clipboard no clothing; "Chestnut between 9th and 10th" the 900 block of Chestnut.
    dict(written="A guy in a reflective vest is working his way down Chestnut between 9th and 10th, telling people the town ordered every roof inspected for snow load after the storm and he needs a $200 deposit to put you on the list. My neighbor already wrote him a check. Clipboard, no town ID. He's at the house facing mine right now.",
         spoken="a guy in a reflective vest is working his way down chesnut between ninth and tenth telling people the town ordered every roof inspected for snow load after the storm and he needs a two hundred dollar deposit to put you on the list my neighbor already wrote him a check clip board no town i d he's at the house facing mine right now",
         at="2039-03-16 13:50", entities=[P(count="1", sex="male", clothing=["vest"]), P(count="2+"), P(count="1"), ("now",)],
         places=[("block", 900, "Chestnut Street")], category="suspicious_person", priority="medium"),
    # "It's 11:35", said during the event: a man carrying a ladder around the side of the house next door, whose owners
    # are away in Florida, setting it under a back bedroom window: raised to medium (not yet in: a suspicious person).
    # The man (tall, "dark coat" -> "coat" with no colour, as holdout8's "dark sedan"); the owners away not annotated;
    # "till April" no time; "624 3rd Street" the address.
    dict(written="It's 11:35 and a man carrying a ladder is going around the side of the house next door, 624 3rd Street. The people who live there are in Florida till April, I've got their key. He's standing the ladder up under the back bedroom window. Tall, dark coat.",
         spoken="it's eleven thirty five and a man carrying a ladder is going around the side of the house next door six twenty four third street the people who live there are in florida till april i've got their key he's standing the ladder up under the back bed room window tall dark coat",
         at="2039-03-14 23:37", entities=[("local", "2039-03-14 23:35"), P(count="1", sex="male", height="tall", clothing=["coat"])],
         places=[("address", 624, "3rd Street")], category="suspicious_person", priority="medium"),
    # A teacher at the science fair: a man nobody knows going table to table asking the children for their home
    # addresses "for a newsletter", "right now" by the bleachers: medium (children; raises do not stack). The man (bald
    # no clothing, "grey zip-up fleece" -> "grey jacket", as holdout26's company fleece) and the kids (2+); the gym is
    # Lincoln Elementary's.
    dict(written="I'm a teacher at Lincoln Elementary, we're in the middle of the science fair in the gym. There's a man none of us knows going from table to table asking the kids their names and home addresses and writing them in a notebook, says it's for a science newsletter. There's no such thing. He's over by the bleachers right now. Bald, grey zip-up fleece.",
         spoken="i'm a teacher at lincoln elementary we're in the middle of the science fair in the gym there's a man none of us knows going from table to table asking the kids their names and home addresses and writing them in a notebook says it's for a science newsletter there's no such thing he's over by the bleachers right now bald grey zip up fleece",
         at="2039-03-16 19:05", entities=[P(count="1", sex="male", clothing=["grey jacket"]), P(count="2+"), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="suspicious_person", priority="medium"),
    # The Friday morning: "Yesterday afternoon around 4" (16:00 the day before) a teenage boy rang every bell selling
    # candy for a robotics team that does not sell door to door and looked in back windows where nobody answered: low.
    # The boy ("teenage boy" 13-19, "Green hoodie", "black backpack"); the son (not there) not annotated; "the Oakford
    # High robotics team" names a team, no place; "717 Walnut" the address.
    dict(written="Yesterday afternoon around 4 a teenage boy came down our street ringing every doorbell with a box of candy bars, saying he was raising money for the Oakford High robotics team. My son is on that team and they don't sell door to door. At the houses where nobody answered he walked around back and looked in the windows. Green hoodie, black backpack. We're at 717 Walnut.",
         spoken="yesterday afternoon around four a teenage boy came down our street ringing every door bell with a box of candy bars saying he was raising money for the oakford high robotics team my son is on that team and they don't sell door to door at the houses where nobody answered he walked around back and looked in the windows green hoodie black back pack we're at seven seventeen wall nut",
         at="2039-03-18 09:40", entities=[("local", "2039-03-17 16:00"), P(count="1", sex="male", age="13-19", clothing=["green hoodie", "black backpack"])],
         places=[("address", 717, "Walnut Street")], category="suspicious_person", priority="low"),
    # The Thursday morning: "Yesterday afternoon around 2" (14:00 the day before) a man in a tow company jacket went
    # door to door on Pine telling people their cars were on the ban's tow list and taking $40 to "take them off": low
    # (hours old). The man (short, "black knit cap" -> "black cap"; a red beard no clothing), the people (2+) and the
    # neighbour who paid persons; "Ashby Towing" names no place; "Pine, between 9th and 10th" the 900 block of Pine.
    dict(written="Yesterday afternoon around 2 a man in an Ashby Towing jacket walked down our block of Pine, between 9th and 10th, knocking on doors and telling people their cars were on the tow list from the ban but he could take them off for $40 cash. My neighbor paid him. Ashby Towing says nobody by that description works there. Short, red beard, black knit cap.",
         spoken="yesterday afternoon around two a man in an ashby towing jacket walked down our block of pine between ninth and tenth knocking on doors and telling people their cars were on the tow list from the ban but he could take them off for forty dollars cash my neighbor paid him ashby towing says nobody by that description works there short red beard black knit cap",
         at="2039-03-17 09:50", entities=[("local", "2039-03-16 14:00"), P(count="1", sex="male", height="short", clothing=["black cap"]), P(count="2+"), P(count="1")],
         places=[("block", 900, "Pine Street")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- disturbance
    # "It's 12:45" said during the event (after midnight, the same date): a man in a kilt marching Elm between 7th and
    # 8th with bagpipes: raised to medium. The man ("kilt"); "four times" a count; "Elm between 7th and 8th" the 700
    # block of Elm.
    dict(written="It's 12:45 and there's a man in a kilt marching up and down Elm between 7th and 8th playing the bagpipes at full blast. He's done the block four times. Half the street's lights are on. I get St. Patrick's, but it's a work night.",
         spoken="it's twelve forty five and there's a man in a kilt marching up and down elm between seventh and eighth playing the bag pipes at full blast he's done the block four times half the street's lights are on i get saint patrick's but it's a work night",
         at="2039-03-18 00:48", entities=[("local", "2039-03-18 00:45"), P(count="1", sex="male", clothing=["kilt"])],
         places=[("block", 700, "Elm Street")], category="disturbance", priority="medium"),
    # The storm afternoon: teenagers next door "are shoveling" their driveway's snow out into the road and screaming at
    # drivers who honk, a speaker blasting: a present progressive with no time lifts low to medium (a narrative "now",
    # "up to the bumpers now", no time). The teenagers (2+, 13-19); the parents away not annotated; "1140 Pine" the
    # address.
    dict(written="The teenagers next door at 1140 Pine are shoveling all the snow from their driveway out into the middle of the road, it's up to the bumpers now, and they're screaming at every driver who honks. They've got a speaker blasting on the porch too. Their parents aren't home.",
         spoken="the teenagers next door at eleven forty pine are shoveling all the snow from their drive way out into the middle of the road it's up to the bumpers now and they're screaming at every driver who honks they've got a speaker blasting on the porch too their parents aren't home",
         at="2039-03-16 14:40", entities=[P(count="2+", age="13-19")],
         places=[("address", 1140, "Pine Street")], category="disturbance", priority="medium"),
    # The morning after St. Patrick's: a drunk man at a bus stop screaming at the crossing guard and the children and
    # throwing a coffee cup, "Right now": medium (children; raises do not stack). The man ("a shamrock hat" -> "hat";
    # green beads no clothing), the crossing guard (her) and the kids (2+); "last night's" no time; "Maple by 4th" the
    # intersection.
    dict(written="There's a drunk guy at the bus stop on Maple by 4th screaming at the crossing guard and the kids waiting for the bus, calling them names and throwing his coffee cup at them. He's still wearing last night's green beads and a shamrock hat. The crossing guard's trying to keep the kids behind her. Right now.",
         spoken="there's a drunk guy at the bus stop on maple by fourth screaming at the crossing guard and the kids waiting for the bus calling them names and throwing his coffee cup at them he's still wearing last night's green beads and a shamrock hat the crossing guard's trying to keep the kids behind her right now",
         at="2039-03-18 07:35", entities=[P(count="1", sex="male", clothing=["hat"]), P(count="1", sex="female"), P(count="2+"), ("now",)],
         places=[("intersection", "4th Street", "Maple Avenue")], category="disturbance", priority="medium"),
    # Dispatch: a woman heard through the wall screaming "help me, somebody call the police", a man yelling, something
    # heavy against the wall approx 2221: a woman in danger (high). The woman, the man and the other tenants (2+); "apt
    # 2", "apt 3" no numbers of a place; "Now quiet" narrates, no time; "1103 Maple Ave" the address.
    dict(written="RP at 1103 Maple Ave apt 2 reports a F in apt 3 next door screaming 'help me, somebody call the police' and a M yelling, then something heavy hitting the shared wall approx 2221. Now quiet. RP and other tenants afraid to knock.",
         spoken="r p at eleven oh three maple avenue apartment two reports a female in apartment three next door screaming help me somebody call the police and a male yelling then something heavy hitting the shared wall approx twenty two twenty one now quiet r p and other tenants afraid to knock",
         at="2039-03-15 22:24", entities=[P(count="1", sex="female"), P(count="1", sex="male"), ("local", "2039-03-15 22:21"), P(count="2+")],
         places=[("address", 1103, "Maple Avenue")], category="disturbance", priority="high"),
    # The Thursday morning: the upstairs tenants practised Irish step dancing on a plywood board "last night from 9
    # until past midnight" (a span, no time) and laughed at a knock: disturbance, low (over). The tenants (2+); "I work
    # at 6" a schedule; "536 Oak" the address.
    dict(written="Not urgent. The upstairs tenants at 536 Oak practiced their Irish step dancing on a plywood board last night from 9 until past midnight, every light fixture in my ceiling was shaking. When I knocked they laughed and turned the fiddle music up. I work at 6. Could an officer have a word with them before their next show?",
         spoken="not urgent the up stairs tenants at five thirty six oak practiced their irish step dancing on a ply wood board last night from nine until past midnight every light fixture in my ceiling was shaking when i knocked they laughed and turned the fiddle music up i work at six could an officer have a word with them before their next show",
         at="2039-03-17 08:30", entities=[P(count="2+")],
         places=[("address", 536, "Oak Street")], category="disturbance", priority="low"),
    # Mud season: a kid on a dirt bike ripping around an empty lot every evening since the snow went (a habit, the
    # simple present; "from 5 until dark" a habit's hours): disturbance, low. The kid (male) and his dirt bike a
    # motorcycle (as holdout28's); "Spruce and 11th" the intersection.
    dict(written="Ever since the snow went, a kid on a dirt bike rips around the empty lot behind the houses at Spruce and 11th every evening from 5 until dark, spraying mud on our fences and revving right under the windows. I don't need him arrested, somebody just has to talk to his parents. Is that a police thing or a town thing?",
         spoken="ever since the snow went a kid on a dirt bike rips around the empty lot behind the houses at spruce and eleventh every evening from five until dark spraying mud on our fences and revving right under the windows i don't need him arrested somebody just has to talk to his parents is that a police thing or a town thing",
         at="2039-03-19 10:00", entities=[P(count="1", sex="male"), V(type="motorcycle")],
         places=[("intersection", "Spruce Street", "11th Street")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # Two boys went into the half-demolished shoe factory on the Sunday and a floor gave way; one fell through to the
    # basement and does not answer: a life at risk (other, critical, a rescue). The caller's friend (the boy who fell) a
    # person ("me and my friend": the caller not annotated); the caller's text in lower case; "150 station road" the
    # address.
    dict(written="me and my friend snuck into the old shoe factory on station road thats half torn down, 150, and the floor broke under him and he fell all the way through to the basement. i can see his flashlight down there but hes not answering me. i cant get down. please hurry",
         spoken="me and my friend snuck into the old shoe factory on station road that's half torn down one fifty and the floor broke under him and he fell all the way through to the base ment i can see his flash light down there but he's not answering me i can't get down please hurry",
         at="2039-03-20 17:20", entities=[P(count="1", sex="male")],
         places=[("address", 150, "Station Road")], category="other", priority="critical"),
    # The corned beef supper: a mother with dementia slipped out "maybe 20 minutes ago" with no coat at dusk: a missing
    # vulnerable person (high). The mother ("green cardigan"; "tiny" no build, white hair no clothing; her stated age
    # not annotated) and the firefighters (2+); "over on Walnut" a street alone; "the firehouse" Fire Station Number 2.
    dict(written="Mom's got dementia and she wandered out of the firehouse St. Patrick's supper while I was getting our plates, maybe 20 minutes ago. She's 81, tiny, white hair, green cardigan, no coat, and it's getting dark and cold. She lived over on Walnut for forty years and sometimes tries to walk back there. The firefighters are checking the building.",
         spoken="mom's got dementia and she wandered out of the fire house saint patrick's supper while i was getting our plates maybe twenty minutes ago she's eighty one tiny white hair green cardigan no coat and it's getting dark and cold she lived over on wallnut for forty years and sometimes tries to walk back there the firefighters are checking the building",
         at="2039-03-17 18:50", entities=[P(count="1", sex="female", clothing=["green cardigan"]), ("ago", 20), P(count="2+")],
         places=[("landmark", "Fire Station Number 2")], category="other", priority="high"),
    # A neighbour: a baby screaming nonstop for over two hours in the flat across the hall, no answer at the door or the
    # phone, the car gone from the lot: a child left alone (other, high). The baby a person; the super (not answering,
    # not there) not annotated; "2C" no number of a place; "1126 Main" the address.
    dict(written="There's a baby screaming in the apartment across the hall from me, 2C at 1126 Main, and it's been going nonstop for over two hours. Nobody answers the door or the phone and the car's gone from the lot. I can hear it through the door, it's getting hoarse. The super's not answering either.",
         spoken="there's a baby screaming in the apartment across the hall from me two c at eleven twenty six main and it's been going nonstop for over two hours nobody answers the door or the phone and the car's gone from the lot i can hear it through the door it's getting hoarse the super's not answering either",
         at="2039-03-19 20:40", entities=[P(count="1")],
         places=[("address", 1126, "Main Street")], category="other", priority="high"),
    # A crossing guard: a girl of about 14 at the bus stop, crying, says her mother's boyfriend put her out of the house
    # in the storm and she slept in the Central Station vestibule: a child at risk (other, high). The girl ("about 14",
    # a child's estimated age, not annotated; "pink coat") and the boyfriend (not there) not annotated; the station
    # where she slept names no place of this tip; "Elm and 10th" the intersection.
    dict(written="I'm the crossing guard at Elm and 10th. There's a girl, maybe 14, at the bus stop in a thin pink coat, crying and shivering. She says her mom's boyfriend put her out of the house during the storm and she slept in the Central Station vestibule. She won't give me her address. I've got her in the booth with my heater.",
         spoken="i'm the crossing guard at elm and tenth there's a girl maybe fourteen at the bus stop in a thin pink coat crying and shivering she says her mom's boyfriend put her out of the house during the storm and she slept in the central station vestibule she won't give me her address i've got her in the booth with my heater",
         at="2039-03-16 07:30", entities=[P(count="1", sex="female", clothing=["pink coat"])],
         places=[("intersection", "Elm Street", "10th Street")], category="other", priority="high"),
    # The warm, windy Sunday: the river is over the walking path at Riverside Park with fast brown water, and people
    # keep wading their dogs and strollers through it: a hazard over people, other, medium ("other" is not lifted by
    # "keep"). The people (2+); "about a foot" no number of a place.
    dict(written="The river's come up over the walking path at Riverside Park past the playground, about a foot of fast brown water running across it, and people keep wading through it with their dogs and even a stroller because the path's the only way around. One lady already went down on her knees in it. Shouldn't somebody rope it off?",
         spoken="the river's come up over the walking path at river side park past the play ground about a foot of fast brown water running across it and people keep wading through it with their dogs and even a stroller because the path's the only way around one lady already went down on her knees in it shouldn't somebody rope it off",
         at="2039-03-20 12:10", entities=[P(count="2+"), P(count="1", sex="female")],
         places=[("landmark", "Riverside Park")], category="other", priority="medium"),
    # A question: the oil company will not send its truck down the posted road; is there an exception for heating oil?:
    # other, low. No persons (the oil company's drivers not there); "an eighth of a tank" no number; "340 Old Mill Road"
    # the address.
    dict(written="I'm not calling about an emergency, I have a question. I'm at 340 Old Mill Road and the road's posted for heavy loads now. My oil company says their truck can't come till the posting comes off, and I'm down to an eighth of a tank. Is there an exception for heating oil, and who do I ask?",
         spoken="i'm not calling about an emergency i have a question i'm at three forty old mill road and the road's posted for heavy loads now my oil company says their truck can't come till the posting comes off and i'm down to an eighth of a tank is there an exception for heating oil and who do i ask",
         at="2039-03-15 09:15", entities=[],
         places=[("address", 340, "Old Mill Road")], category="other", priority="low"),
    # A lost parrot: an African grey out through a storm door the wind caught, high in a maple in Maple Square on the
    # Oak Street side: other, low. No persons ("us" the caller's household); "on the Oak Street side" part of the
    # square.
    dict(written="Our African grey parrot, Mango, flew out when the wind caught the storm door, and now he's way up in one of the big maples in Maple Square, on the Oak Street side. He says hello and whistles the Andy Griffith song. He won't come down for us. Does animal control or the fire department do birds?",
         spoken="our african grey parrot mango flew out when the wind caught the storm door and now he's way up in one of the big maples in maple square on the oak street side he says hello and whistles the andy griffith song he won't come down for us does animal control or the fire department do birds",
         at="2039-03-20 16:10", entities=[],
         places=[("landmark", "Maple Square")], category="other", priority="low"),
]

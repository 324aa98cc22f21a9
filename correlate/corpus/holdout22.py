"""A twenty-third hand-written set (90 tips), holdout22, a blind set written after holdout21, written blind: its author
read only the corpus README, make_corpus.py in full (the record format, the geometry and place truth helpers and
hand_place, the priority helper `adjust` and `still_happening`, hand_records and the set registration), the opening of
hand.py (P, V, W), holdout20.py (its docstring in full and most of its tips, for the label conventions and the comment
style), the docstrings of holdout21.py and train5.py and nothing else of those two files, the sentences of the other
sets' docstrings that name their period, town.py and config/demo/README.md (streets, house number ranges, landmarks,
neighbourhoods). The written text and labels of every earlier tip in hand.py, holdouts 1-20 and train1-4 were gathered
into one list by importing the modules, counted by label value (to keep to the category, priority, person, vehicle,
weapon, clothing and place vocabulary) and searched by keyword before and after each situation was drafted; a few of
their tips were read in full to settle a convention (holdout18's vape pens sold to junior guards, holdout19's pot
brownies, holdout14's vape carts, train4's mushrooms), the openings of their critical weapon tips were skimmed for
situations already used, and the nearest earlier tips the comparison found for each draft were read. Every draft was
compared with every earlier tip by shared four-word runs and content-word overlap, and with the other drafts of this
set. Holdout21 and train5 entered that comparison only as numbers: for them the script printed how many four-word runs a
draft shared and its content-word overlap, never their text, so none of their tips was read (the final drafts share at
most two four-word runs and 0.19 content-word overlap with any of them, and at most four runs and 0.26 with any readable
tip). About sixty planned or drafted tips came too close to an earlier situation or sentence and were dropped, replaced
or reworded, some twice: a pistol fired at the feet of a cornhole tournament's winners in the brewery beer garden, a
homeowner's shotgun on a work crew, rifles moved between car trunks in the FreshMart lot, a fanny-pack dealer with a
pistol, THC pens and gummies sold to younger teens, Xanax at the mall arcade, a lemonade stand's cash box, diesel
siphoned from a work site, a pizza delivery robbed at gunpoint, earrings torn out, a car taken at a cart corral, a boy
knocked off an e-bike on a river path, a dance studio, a food pantry shed, an athletic shed entered after a game,
someone in the basement through the bulkhead, alarms at the pharmacy and at Rosie's, a trail camera, mail dumped on Old
Mill Road, envelopes from recycling bins, a water-department impostor, dish soap in the fountain, weed killer on a lawn,
headstones, a bus shelter smashed, parking meters, street trees cut down, car mirrors, fireworks every night, an ice
cream truck's song, a karaoke party, a moose, a gas smell, a deer in a fence, a riverbank caving in, a power line
sparking by a school walk, a child swept down the river, a hot-air balloon, digging on a ball field at night, a rental
truck at an empty house, crossing arms stuck down, a boy on a bike hit at Oak, a driver hanging in his seatbelt, an
older driver's foot on the gas at the Corner Cafe, a mailbox run over, a clipped mirror, a stripped car at the mall, a
driveway blocked, a church potluck, a fall from the monkey bars, a fishhook, a fall in a tub, a camper's generator, a
car moved a few feet at a time, a corner hidden by plow piles, a note left on a dented car and a City Hall office. It
never opened the extractor's source, its tests, examples or benches, nor the gateway, the ASR, vision, telephony or ONNX
code, nor the fuzz targets, nor the repository README, nor any .jsonl file but its own output, nor read the commit
history, nor ran cargo, the extractor, `tipline` or any evaluation, nor saw any score or miss list. It is meant as an
honest estimate for phrasing the extractor has never seen.

It is set in the second week of June 2031 (Monday 9 to Sunday 15 June) in Oakford, at the start of summer: the railroad
rebuilding the Station Road crossing at night from the Monday to the Wednesday (the crossing closed and barricaded, a
work train, light towers and generators, a guard, copper signal cable stacked by the fence, drivers going around the
barricades); smoke from wildfires in Canada under an air quality alert on the Tuesday and Wednesday (an orange sky, a
child's asthma, false air-quality inspectors); Downtown Sidewalk Days from the Thursday to the Saturday (merchants'
tables and a big tent on the Main Street sidewalks, a beer garden in the lot by City Hall, a quilter and a jewellery
maker, a street preacher, extension cords across the sidewalk); a thunderstorm on the Thursday evening that knocks the
power out (a generator filled in a garage, a wet curve on Old Mill Road the next morning); Oakford High's graduation on
the football field on the Friday evening (the band parents' parking, the stands, the cap toss, a reception in the
cafeteria, Project Graduation overnight inside Northgate Mall, a senior prank on the school roof, graduation parties and
cards full of cash); Flag Day on the Saturday (the American Legion's flag retirement at Riverside Park, the library's
summer reading kickoff, grad signs on the lawns); and Father's Day on the Sunday (a pancake breakfast at Fire Station
Number 2, brunch while a room at the Oakford Inn is entered, a charity bike ride on River Road, a man and his dog at the
boat launch), with the strawberry farm on Old Mill Road, the Community Pool, lawn mowers, lilacs, swimming holes and
Vacation Bible School. No earlier set is set in 2031 (train5 spreads over 2030, holdout20 is April 2029, holdout21
October 2029) or in a June week (holdout14 is the last week of May 2027, holdout18 the Fourth of July week 2027), and
none has a railroad rebuilding a crossing, wildfire smoke, a Sidewalk Days, a graduation ceremony itself, a Flag Day or
a Father's Day.

New situations: a pocketknife slashed and waved in Project Graduation at the mall, a revolver pointed at a parking
officer writing a ticket, a farmer's shotgun fired over swimmers at a swimming hole (second-hand), a rifle on a sling
and a pistol carried through Sidewalk Days, a machete chopping hedges (dispatch), a scoped rifle watching a street from
a garage roof, a pistol shown over a dog on a lawn the evening before; a treehouse burning with a boy on its platform, a
car burning in a pharmacy drive-thru with its driver jammed in, a grass fire from a flag retirement barrel, a garage
fire from a generator being filled (the neighbour's arms burned), a vacant house's eaves smoking (dispatch), a rail
crew's light tower generator burning, a mower's grass bag that burned the back steps the evening before; an asthma
attack in the smoke, a man pulled from the river after going in for his dog, a stroke in the graduation stands, a cap
toss's corner in a graduate's eye, chest tightness in a mall walker (EMS), a fall over a vendor's extension cord, poison
ivy from the Saturday; a jewellery maker robbed at knifepoint at her table, a car wash held up with a sawed-off shotgun,
the band parents' parking cash box snatched with a volunteer dragged, a sign-up iPad kept with an elbow to a librarian's
face, a store robbed with a gun claimed in a bag, graduation money taken behind the cinema the afternoon before; a woman
strangled on a lawn, a boy whipped with a belt at the pool, a railroad guard punched at the barricade, a street preacher
shoved off his crate, a punch at a graduation reception, a beer can thrown at a party two nights before, a sleeping man
stomped and hit with a skateboard; a railroad signal shed entered at night, an alarm company's video of a hospital gift
shop, a house entered during a graduation, a room at an inn, a studio shed after weeks away, a farm store at dawn; cars
gone through in the Sidewalk Days lot, a quilt walked off with, a school bell off its post (a web report), hanging
flower baskets twice, a bike ridden off on a test ride, a phone off a cart tracked to a house, bags gone through at the
pool; a car hit by the work train at the closed crossing, a car in a farm pond, a charity rider clipped by a towing
mirror, a car carrier unloading in the street, a fender bender left in an intersection, a roll of chain-link across a
lane, delivery trucks unloading in a lane every morning (a web tip); a pickup watching the rail crew's copper at 1:30, a
car creeping past the covered Sidewalk Days tables at 3:25, a Jetta left since Sunday, a camper van lived in at a dead
end (a web tip), a minivan with no plates circling grad-party houses (dispatch), a for-sale car left on a grass strip; a
man who followed a woman off the train to her window, false air-quality inspectors, a false railroad worker in the
backyards, a man in the lilacs at 11:40, a man on a dark playground's swings the night before, gate latches tried most
nights (a web tip); dealing from a minivan at the air pump (a web tip), a cafe's restroom key handed out, mushroom
chocolate sold to kids from a Tahoe with a pistol on the seat, a buzzer apartment over a barbershop (a web tip), pills
sold to freshmen from a trombone case (a web tip), crack on a church's steps before Bible school; grad signs torn up
from a pickup, a welcome sign smashed, picnic tables thrown in the river, a rainbow crosswalk painted over, church vans'
valve stems cut, a senior prank painted on the school; a threat to shoot the principal from the bleachers, a DJ on a
flatbed at 1:20, a drunk at the beer garden, a couple smashing things with a child crying, night work noise (a web tip),
a neighbour's boat trailer and his swearing; a man lying on the tracks with a train due, a man with dementia gone from a
pancake breakfast, a nesting hawk at the library, a tent lifting with people under it, a question about the smoke, a
drinking fountain stuck on.

Registers: calm, frightened, angry, hesitant ("I'd like this on record", "I want this on record", "Not an emergency",
"Not an emergency at all", "Quick question, it's not an emergency", "Probably nothing", "I don't know if I should be
calling an ambulance or not", "I want to make a report about Friday night", "Nothing's burning now"), elderly ("I'm
78"), texts in lower case without apostrophes ("dont", "theyre", "hes", "like 10", "like 5 houses"), non-native ("they
are screaming very loud", "things are breaking on the wall", "Already twenty minutes like this", "I don't hear somebody
is hit"), web forms ("Web report:", "Web tip:"), second-hand (a son on the phone from a swimming hole, a daughter's
word, a son back from a matinee, a husband told by a false worker), workplace callers (a chaperone, a parking officer, a
vendor at Sidewalk Days, a quilter, a jewellery maker, a car wash owner, a band parent, the library, a night clerk, a
teacher, an usher, an alarm company, an inn's front desk, a strawberry farmer, a pool manager, a ride marshal, the
Rotary president, the parks department, a church custodian, the American Legion, the Main Street Pharmacy, a Bible
school), dispatch and EMS shorthand ("Subj w/ machete", "RP states", "W/M 20s", "NB", "Approx 1410", "Structure fire",
"200 blk", "approx 2145", "EMS to", "M approx 70", "c/o", "6/10", "A&O x4", "hx", "pt", "Susp veh", "x3", "15 min",
"Occupants 2 M", "WB"). Three self-corrections (a house number, a cross street, a plate), annotated as corrected. Spoken
forms add fillers ("um", "yeah", "hi", "oh my god"), split words ("pick up", "mini van", "side walk", "drive way", "back
yard", "tree house", "waist band", "back pack", "head lamp", "crow bar", "lap top", "door bell", "spot light", "cross
walk", "flag pole", "head light", "collar bone", "grand kids", "skate board", "fast food", "sun dress", "voice mail",
"flat bed", "back up", "bed rooms", "kick off", "i pad", "t v", "a r", "c r v", "v w", "c p r", "e m s", "r p", "d j",
"c o p d"), the usual mishearings (maine, mabel, ceder, chesnut, wall nut, wallnut, spruse, burch, willo, hawthorne,
kingsly, lincon, grant cinema, rosies, old meal road, oak ford high, north gate, river side, fresh mart, quick stop) and
plates letter by letter ("k r w six six one seven sorry k r w six six seven one"), in the NATO alphabet ("papa x-ray
romeo two two nine zero") and partial ("four t", "five eight"). Numbers that are not addresses: "twenty minutes", "about
150 kids", "30 years", "fifty feet", "four times", "6/10", "x4", "$5", "$15", "$20", "$40", "$150", "$650", "ten feet",
"the 1950s", "60 pounds", "operator 14", "Room 14", "apartment 2B", "like 5 houses", "like 10 in the last hour", "I'm
78", "three weeks", "about thirty people", "two days", "eight minutes", "Class of 2031", "CLASS OF 31", and ages of
victims, relatives and callers. Look-alike words that are not places or entities: "the Station Road crossing", "the
houses on 12th" and "the dead end of Station Road" (streets alone), "the sub shop", "the vape shop", "the hardware
store", "the barbershop", "the Ford dealer", "Trinity Lutheran" and "the Oakford Inn" (their cross streets decide),
"Welcome to Oakford" on a sign, "American Legion", "Lakeside Alarm Monitoring", "Parks", "the Rotary", "Canada", "New
Hampshire plates", "Harley" on a vest, "Red Sox", "Bruins" and "Patriots" on caps and hats, "Cannondale" (no make), "the
9:40 train", "the 6:52", "the matinee", "story time at 10", "Memorial Day", "Flag Day", "Father's Day", "a hard hat", "a
scope", a crowbar used on a safe, a skateboard swung, a work train, a riding mower, a boat trailer, a flatbed trailer.
Tips with no place (a light tower's generator and a car hit by the work train "at the Station Road crossing", night work
noise behind "our bedrooms on 12th", a camper van at "the dead end of Station Road", a question about the smoke) and
places given only by a street ("toward Walnut", "toward Chestnut", "toward Hawthorn", "toward Market Street", "toward
3rd", "toward 10th", "all the way to 8th", "up 9th", "toward town").

Same format and conventions as hand.py and holdouts 4-21 (written to extraction_holdout22.jsonl with ids "ac01" to
"ac90"), with the choices holdout20.py and holdout21.py list: every person other than the caller annotated once, also
one named through a possessive; a described member of a group a separate person only with their own attributes; people
said to be away, absent or dead not annotated; partial plates as said; "last night" 23:00 the day before, "overnight"
02:00, "yesterday afternoon" 14:00; habits, durations, weekdays, dates, schedule and future times are not times; "about
N" / "maybe N" years N-3..N+3, a decade its ten years, teens and high school 13-19, old/older 60-90, young 18-29;
victims', relatives' and callers' stated or estimated ages not annotated, a descriptive age word for a victim is; a
vehicle's type only when a type word is in its description and not when a model describes the same vehicle; base
priorities weapon, fire, medical, robbery, assault high, burglary, theft, traffic medium, the rest low; critical for a
weapon in use or a life at risk, high for an injury or a weapon seen, low to medium for children at risk, one step (not
above high) for an event still happening (a said time within 15 minutes, or with no time said a present progressive for
a low call), one step lower when more than six hours old (weapons and robberies used hours or days ago included); raises
do not stack; child luring and a missing vulnerable person high; "other" is not lifted for being recent.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. A pocketknife is "knife", a revolver and a pistol "handgun", an AR-style rifle and a scoped
  rifle "rifle", a sawed-off shotgun "shotgun". A knife slashed and then waved at anyone near, a revolver pointed at a
  parking officer and a shotgun fired over swimmers' heads are in use (critical, weapon calls); a shotgun held on a car
  wash owner and a knife pushed into a vendor's ribs to take cash are robberies, critical. A rifle and a pistol carried
  through a street fair, a machete chopping hedges, a scoped rifle watching a street from a roof and a pistol on a
  dealer's seat are weapons seen (high; the pistol makes the drugs call high, as holdout14's dealers); a pistol shown
  with a threat the evening before is lowered to medium. Not weapons: a gun claimed in a bag and never seen (robbery,
  high, as holdout7's note), a threat to shoot with no gun seen (a disturbance), a crowbar used on a safe, a skateboard
  swung at a man (improvised, as train5's paddle).
- Categories: a treehouse with a boy trapped on it and a car burning with its driver jammed in are fire, critical; a
  grass fire from a ceremony, a garage fire with a man burned, a vacant house and a light tower's generator are fire,
  high; a mower fire out since the evening before is lowered to medium. An asthma attack with retractions, a man pulled
  from the river not breathing and signs of a stroke are medical, critical; an eye hit by a cap, chest tightness in a
  man who is talking and a fall onto a curb are high; poison ivy from two days before is judged by the exposure and
  lowered to medium. A cash box snatched with a volunteer dragged and an iPad kept with an elbow to a face are robbery,
  high (force); money taken with a shove the afternoon before is lowered to medium. A woman strangled and a man stomped
  until he no longer answers are assault, critical; a boy whipped with a belt (the child is the victim), a guard
  punched, a preacher shoved onto a curb and a punch that knocked out a tooth are high; a beer can thrown two nights
  before is lowered to medium. Somebody in a locked signal shed "right now" and an alarm company's video three minutes
  old are burglary, high; an inn room, a house during a graduation and a farm store an hour before are medium; a shed
  after weeks away is low. Cars gone through and bags at a pool "right now" are theft, high; a quilt, a bike on a test
  ride and a phone are medium; a bell over two weeks and baskets taken overnight, told in the afternoon, are low. A car
  hit by a train with its driver not moving is traffic, critical; a car in a pond with a bleeding driver and a rider
  clipped by a mirror are high; a car carrier, a fender bender and a roll of fencing are medium hazards; delivery trucks
  every morning are a habit, low. A pickup watching copper cable at 1:30, a car creeping past covered tables at 3:25 and
  a minivan circling now are suspicious vehicles, medium; a parked Jetta, a camper van and a for-sale car (a state) are
  low. A man who followed a woman to her window is a suspicious person, high (a woman in danger); false inspectors and a
  false railroad worker going on and a man in the lilacs at 11:40 are medium; a man on the swings the night before and
  gate latches most nights are low. Pills to freshmen all week (a habit) are drugs, medium for the children, as
  holdout18's vape pens to junior guards; a cafe's restroom key handed out now and crack on church steps now are medium;
  dealing at an air pump most evenings and a buzzer apartment are habits, low. Grad signs torn up, a crosswalk painted
  over and a senior prank at 2:10 are vandalism, medium (teenagers doing the damage are no children at risk); a sign,
  picnic tables and valve stems found done are low. A threat to shoot a principal is a disturbance, high; a DJ at 1:20,
  a drunk throwing a chair that missed and a couple smashing things with a child crying are medium; night work noise (a
  habit) and a neighbour's swearing the day before are low. A man lying on the tracks with a train due is other,
  critical; a man with dementia gone twenty minutes is high (a missing vulnerable person); a hawk diving at people and a
  tent lifting over thirty people are medium; a smoke question and a stuck drinking fountain are low.
- Vehicles: "black Jeep Grand Cherokee" grand cherokee ("the Jeep" the same vehicle) with its plate read in the NATO
  alphabet (PXR2290), "a tan Buick" make buick (no type word), "dark green pickup" green pickup going east with a
  partial plate ("4T"), "a silver minivan", "white Ford Explorer" explorer, "red Ford Ranger" ranger ("his truck" the
  same vehicle) with its corrected plate (KRW6671), "grey Honda CR-V" cr-v, "an orange Cannondale" orange bicycle, "a
  little blue car" blue car, "Little white Kia" white kia, "A white pickup" with the end of its plate ("58"), "a car
  carrier truck" truck, "A minivan" and "a pickup" of a fender bender, "A dark pickup" pickup with no colour, "black
  Nissan Maxima" maxima, "green VW Jetta" volkswagen jetta, "an old camper van" van, "green Honda Odyssey" odyssey going
  west, "red Chevy Cobalt" chevrolet cobalt, "a grey minivan", "black Chevy Tahoe" chevrolet tahoe, "Blue Dodge Ram"
  dodge ram. Not vehicles: the caller's car, cars in general ("Cars pull up", "three cars", "Cars are swerving", the new
  pickups on a carrier, the church vans, the delivery trucks), the work train, the rail crew's trucks, a riding mower, a
  boat trailer, a flatbed trailer, "somebody's trailer", the kids' bikes.
- Persons: "about 150 kids", "like eight kids", "a bunch of kids" and "about thirty people" are 3+; "Everybody", "the
  crowd", "little kids", "people on the sidewalk", "the neighbors", "the vendors", "everybody who was there", "our
  group", "the crew", "People around him", "the lifeguards", "the kids" and "the merchants" are "2+"; "Two of the boys",
  "two guys", "A couple of fishermen", "two older boys", "Two of our coaches", "Two men", "Two people", "The couple", "A
  couple", "both drivers" and "my two little girls" are counts, "Four teenagers" and "three kids" counts; "He's in a
  white Class of 2031 t-shirt", "one's got a white hat", "one in red swim trunks" and "one in a black t-shirt" are
  persons of their own; "The one going in now" with a camo jacket a person of his own. "somebody" who did a thing is a
  person; a son, a friend, a husband, a wife, a daughter, a mom, a dad, a neighbour, a girlfriend, an ex-wife and her
  new husband, a farmer, a guard, a preacher, a shop owner, a librarian, a guest, a DJ, a principal, a security guard
  and a driver are persons. Not persons: grandparents not there, a gift shop manager on her way, Parks, the Rotary, the
  American Legion, "anybody", "nobody", the owner of a trailer, a dog, a hawk. Ages: "W/M 20s" 20-29, "Maybe 19" 16-22,
  "maybe 25" 22-28, "maybe 50" 47-53, "Maybe 14" 11-17, "A teenage boy", "Four teenagers", "a senior at Oakford High"
  and "freshmen" 13-19, "the old man" (a victim) 60-90; "M approx 70", "My boy's 15", "She's 9", "My 15-year-old" and
  "The boy's maybe 10" not annotated. Clothing: "Harley vest" -> "vest", "black tactical vest" -> "black vest", "camo
  pants", "orange shorts", "white hoodie", "black basketball shorts" -> "black shorts", "ski masks" -> "ski mask", "Red
  Sox cap" -> "red cap", "grey t-shirt", "black beanie", "green army jacket" -> "green jacket", "tan suit", "white hat",
  "dark hoodies" -> "hoodie", "black hoodie", "Green sundress" -> "green dress", "straw hat" -> "hat", "grey
  sweatpants", "red swim trunks" -> "red trunks", "black t-shirt", "long black coat" -> "black coat", "orange safety
  vests" -> "orange vest", "yellow vest", "grey hoodie", "camo jacket", "grey work shirt" -> "grey shirt", "Bruins cap"
  -> "cap", "Grey polo shirt" -> "grey shirt", "blue Patriots hat" -> "blue hat", "camo hat", "grey sweatshirt",
  "jeans", "Blue plaid shirt" -> "blue shirt", "khaki pants"; a white beard, a grey beard, sunglasses, a hard hat,
  suspenders, neck tattoos, a cane, "All in black", "shirtless" and a graduation cap are not clothing.
- Times: "Approx 1410", "approx 2145" and "approx 1015" (when a nitro was taken) are clock times; "It's 1:30", "It's
  3:25", "It's 2:10", "It's 11:40" and "It's 1:20 in the morning" said during the event are those times; "Yesterday
  around 7:30 pm" 19:30, "Yesterday afternoon around 3" 15:00, "Yesterday evening around 7" 19:00 and "Last night around
  10:30" 22:30 the day before, "Last night" alone 23:00, "Overnight" 02:00, "around 4:30 this morning" 04:30; "like a
  minute ago", "A minute ago", "like two minutes ago", "about five minutes ago", "about 20 minutes ago", "About half an
  hour ago", "about 40 minutes ago" and "about an hour ago" minutes ago; "right now" and, where a person of the event
  is, "now he's backed up against the arcade wall", "He's standing by the Jeep now", "now he's standing up on the bank",
  "now he's standing across the street", "They're at the blue house now", "The one going in now" are now, while a
  narrative "now" ("now there's flames", "now the ladder's burning", "Now I won't go out", "A couple of us are walking
  over there now", "I'm locked in now") is not. Not times: "left around 1" (when all was still well), "the 9:40 train",
  "the 6:52", "story time at 10", "in ten minutes", "Saturday morning" (a future time), "Most nights this week, around 2
  a.m.", "Most evenings around 9", "Every morning around 6" and "works at 5" (habits), "Saturday night", "on Saturday",
  "since Sunday", "Friday night", "Friday", "sometime in the last two weeks", "since Memorial Day", "over the weekend",
  "since the winter", "this morning" alone, "yesterday" alone, "since lunch", "like 10 in the last hour", "Already
  twenty minutes like this", "twenty minutes", "ten minutes", "for the last hour", "for about three weeks", "two days",
  "all night every night this week", "March".
- Places: parts of a landmark are the landmark (the arcade wall and center court of Northgate Mall, the pharmacy
  drive-thru, the pavilion, the boat launch at Riverside Park, the stands, the football field, the lot, the cafeteria,
  the bleachers and the roof of Oakford High, the library's front lawn and front walk, the Community Pool's lot and
  lounge chairs, the QuickStop's air pump, St. Mary's gift shop, the drinking fountain in Maple Square, the FreshMart
  lot, the Lincoln Elementary playground, the Corner Cafe's register); "in front of Rosie's Bakery", "behind the Grand
  Cinema", "in front of the Grand Cinema", "the lot behind City Hall", "the lot next to City Hall", "behind Central
  Station", and the delivery trucks "in the right lane of 9th by the store" (the FreshMart) are relative; "right behind
  30 Station Road", "behind my house at 1138 Elm Street" and "in front of 1092 Birch Street" are relative to addresses.
  "Main by 8th", "River Road by 8th ... No, by 7th" (River Road and 7th), "Kingsley Ave & 6th", "River Road by 9th",
  "River Road by 11th", "River Road just past 10th", "Main by 4th", "Main by 9th", "Main and 5th", "Main and 6th", "Old
  Mill Road by Oak", "Old Mill Road by Cedar", "Old Mill Road and 1st", "Oak by 2nd", "Walnut by 8th", "Pine and 10th",
  "Kingsley by 7th", "the Oakford Inn on Main by 11th" and "right where Station Road meets 12th" / "12th by the Station
  Road crossing" are intersections; "Main between 5th and 6th", "Main between 6th and 7th", "Main between 7th and 8th",
  "Main between 4th and 5th", "Pine between 5th and 6th", "Hawthorn between 7th and 8th", "Spruce between 8th and 9th",
  "the alley off 10th between Chestnut and Walnut" (the 400 block of 10th), "200 blk Willow St" and "300 blk Cedar St"
  are blocks; addresses on numbered streets ("634 9th Street", "725 12th Street"), on Station Road ("62"), on Old Mill
  Road ("204") and on Church Street ("150") are used. "over in Riverside" beside a block, "up in Northgate" beside an
  address and "out in the West End" beside an address on Old Mill Road are neighbourhoods. The FreshMart lot (where a
  phone was taken) and 1140 Spruce Street (where it shows now) are both places of the tip; St. Mary's, where a boy was
  stitched, is not.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 13, 16, 20, 23, 30, 31, 32, 48, 49, 50 and 81 (1-based, in file order) gained
("now",).
"""
from hand import P, V, W

HOLDOUT22 = [
    # ---------------------------------------------------------------- weapon
    # A knife slashed at a boy and waved at anyone near at an all-night graduation party: in use (critical). "Two of the
    # boys" 2 male; the one with the knife, "in a white Class of 2031 t-shirt" ("white t-shirt"), a person of his own;
    # "now he's backed up" is where he is (now); "about 150 kids" 3+; "Class of 2031" no number of a place; the arcade
    # wall is Northgate Mall's.
    dict(written="Chaperone at Project Graduation inside Northgate Mall. Two of the boys got into it over the raffle for the TV and one pulled a pocketknife and slashed at the other one's arm. He missed, but now he's backed up against the arcade wall waving it at anybody who comes near him. We've got about 150 kids in here. He's in a white Class of 2031 t-shirt.",
         spoken="chaperone at project graduation inside north gate mall two of the boys got into it over the raffle for the t v and one pulled a pocket knife and slashed at the other one's arm he missed but now he's backed up against the arcade wall waving it at anybody who comes near him we've got about a hundred and fifty kids in here he's in a white class of twenty thirty one t shirt",
         at="2031-06-14 01:45", entities=[P(count="2", sex="male"), W("knife"), ("now",), P(count="3+"), P(count="1", clothing=["white t-shirt"])],
         places=[("landmark", "Northgate Mall")], category="weapon", priority="critical"),
    # A revolver pointed at a parking officer over a ticket: in use (critical). "a revolver" "handgun"; "black Jeep
    # Grand Cherokee" grand cherokee (his Jeep the same vehicle) with the plate read in the NATO alphabet (PXR2290);
    # "now" where he stands (now); "Big guy" heavy, "Harley vest" -> "vest" (Harley a print, no vehicle), a grey beard
    # no clothing; "Main by 8th" the intersection; "the sub shop" no place.
    dict(written="I'm parking enforcement for the town, on Main by 8th. I was writing a ticket on a black Jeep Grand Cherokee at an expired meter and the owner came out of the sub shop, pulled a revolver out of his waistband, pointed it at my chest and told me to tear it up. I tore it up. He's standing by the Jeep now putting it back in his pants. Plate Papa X-ray Romeo 2290. Big guy, grey beard, Harley vest.",
         spoken="i'm parking enforcement for the town on maine by eighth i was writing a ticket on a black jeep grand cherokee at an expired meter and the owner came out of the sub shop pulled a revolver out of his waist band pointed it at my chest and told me to tear it up i tore it up he's standing by the jeep now putting it back in his pants plate papa x-ray romeo two two nine zero big guy gray beard harley vest",
         at="2031-06-12 11:50", entities=[V(colour="black", make="jeep", model="grand cherokee", plate="PXR2290"), P(count="1", sex="male", build="heavy", clothing=["vest"]), W("handgun"), ("now",)],
         places=[("intersection", "Main Street", "8th Street")], category="weapon", priority="critical"),
    # Second-hand: a shotgun fired over swimming children by a landowner: in use (critical). "now he's standing up on
    # the bank" is where the actor is (now); the boy and the farmer are persons; "like eight kids" 3+; "My boy's 15" not
    # annotated; a self-corrected cross street: "River Road by 8th ... No, by 7th" is River Road and 7th.
    dict(written="My boy's on the phone with me from the swimming hole off River Road by 8th, crying. No, by 7th, past the bend. The farmer who owns the hayfield above it came down the bank and fired a shotgun over the kids' heads, and now he's standing up on the bank hollering that the next ones won't be over their heads. There's like eight kids still in the water hiding behind the big rocks. My boy's 15, he's in there with them.",
         spoken="my boy's on the phone with me from the swimming hole off river road by eighth crying no by seventh past the bend the farmer who owns the hay field above it came down the bank and fired a shotgun over the kids' heads and now he's standing up on the bank hollering that the next ones won't be over their heads there's like eight kids still in the water hiding behind the big rocks my boy's fifteen he's in there with them",
         at="2031-06-12 15:40", entities=[P(count="1", sex="male"), P(count="1", sex="male"), W("shotgun"), ("now",), P(count="3+")],
         places=[("intersection", "River Road", "7th Street")], category="weapon", priority="critical"),
    # A rifle on a sling and a pistol on a hip carried through a street fair, pointed at nobody: weapons seen (high;
    # children do not stack). "AR-style rifle" "rifle", "pistol" "handgun"; "camo pants" kept, "black tactical vest" ->
    # "black vest", sunglasses no clothing; the crowd and the little kids two "2+" groups; "Main between 7th and 8th"
    # the 700 block.
    dict(written="I've got a table at Sidewalk Days on Main between 7th and 8th. There's a man walking up and down through the crowd with an AR-style rifle on a sling across his chest and a pistol on his hip. He hasn't pointed anything at anybody, he just stops at the tables and stares at people until they look away. Strollers and little kids everywhere. Camo pants, black tactical vest, mirrored sunglasses.",
         spoken="hi i've got a table at sidewalk days on maine between seventh and eighth there's a man walking up and down through the crowd with an a r style rifle on a sling across his chest and a pistol on his hip he hasn't pointed anything at anybody he just stops at the tables and stares at people until they look away strollers and little kids everywhere camo pants black tactical vest mirrored sunglasses",
         at="2031-06-12 17:30", entities=[P(count="1", sex="male", clothing=["camo pants", "black vest"]), P(count="2+"), W("rifle"), W("handgun"), P(count="2+")],
         places=[("block", 700, "Main Street")], category="weapon", priority="high"),
    # Dispatch: a man chopping hedges with a machete and yelling at people, going after nobody: a weapon seen (high;
    # within 15 minutes, not above high). "W/M 20s" 20-29; "orange shorts" kept; "NB on 6th" his direction (north);
    # "Approx 1410" the time; "Kingsley Ave & 6th" the intersection.
    dict(written="Subj w/ machete, Kingsley Ave & 6th. RP states W/M 20s, shirtless, orange shorts, walking NB on 6th w/ a machete, chopping at hedges and yelling at people on the sidewalk. Has not gone after anyone. Approx 1410.",
         spoken="subject with machete kingsley avenue and sixth r p states white male twenties shirtless orange shorts walking northbound on sixth with a machete chopping at hedges and yelling at people on the side walk has not gone after anyone approximately fourteen ten",
         at="2031-06-10 14:14", entities=[W("machete"), P(count="1", sex="male", age="20-29", clothing=["orange shorts"], direction="north"), P(count="2+"), ("local", "2031-06-10 14:10")],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="weapon", priority="high"),
    # A scoped rifle watched over a street from a garage roof, fired at nobody: a weapon seen (high; children do not
    # stack). The neighbour, the husband and the kids ("2+") are persons; "1129 Pine" the address.
    dict(written="My neighbor at 1129 Pine is lying up on his garage roof with a rifle with a scope on it, watching the street through it. He told my husband he's guarding the block because of all the car break-ins. He hasn't fired it, but kids ride their bikes past here all day long.",
         spoken="my neighbor at eleven twenty nine pine is lying up on his garage roof with a rifle with a scope on it watching the street through it he told my husband he's guarding the block because of all the car break ins he hasn't fired it but kids ride their bikes past here all day long",
         at="2031-06-12 19:10", entities=[P(count="1", sex="male"), W("rifle"), P(count="1", sex="male"), P(count="2+")],
         places=[("address", 1129, "Pine Street")], category="weapon", priority="high"),
    # Elderly: "Yesterday around 7:30 pm" 19:30 the day before, told at 09:15: a pistol shown with a threat, a weapon
    # seen hours ago (medium). "the man at 1127 Cedar" his address, the place; "I'm 78" not annotated; "30 years" no
    # number of a place; "Now I won't go out" a narrative now, no time.
    dict(written="I'd like this on record. Yesterday around 7:30 pm I asked the man at 1127 Cedar to stop letting his dog do its business on my lawn, and he pulled up the side of his shirt so I'd see the pistol stuck in his pants and said next time he wouldn't just show it. I'm 78 and I've lived on this street 30 years. Now I won't go out to my mailbox when he's on his porch.",
         spoken="i'd like this on record yesterday around seven thirty p m i asked the man at eleven twenty seven ceder to stop letting his dog do its business on my lawn and he pulled up the side of his shirt so i'd see the pistol stuck in his pants and said next time he wouldn't just show it i'm seventy eight and i've lived on this street thirty years now i won't go out to my mailbox when he's on his porch",
         at="2031-06-11 09:15", entities=[("local", "2031-06-10 19:30"), P(count="1", sex="male"), W("handgun")],
         places=[("address", 1127, "Cedar Street")], category="weapon", priority="medium"),

    # ---------------------------------------------------------------- fire
    # A treehouse burning with a boy trapped on its platform: a life at risk (critical). The son, his friend and the
    # husband are persons ("The boys" adds nothing to them); "1062 Pine" the address.
    dict(written="The treehouse in our backyard at 1062 Pine is on fire! The boys had a candle up there and it tipped over, and now the ladder's burning so my son's friend can't get down, he's up on the platform screaming. My son got down. My husband's running for the extension ladder in the garage. Please hurry!!",
         spoken="the tree house in our back yard at ten sixty two pine is on fire the boys had a candle up there and it tipped over and now the ladder's burning so my son's friend can't get down he's up on the platform screaming my son got down my husband's running for the extension ladder in the garage please hurry",
         at="2031-06-14 19:50", entities=[P(count="1", sex="male"), P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("address", 1062, "Pine Street")], category="fire", priority="critical"),
    # A car burning at a drive-thru window with its old driver unable to get out: a life at risk (critical). "the old
    # man" (the victim, a descriptive word) 60-90; "a tan Buick" make buick, no type word; the drive-thru is the Main
    # Street Pharmacy's.
    dict(written="Main Street Pharmacy, drive-thru window. The car at our window is smoking out from under the hood and now there's flames coming through the grille, and the old man driving can't get out, his door's jammed up against the post and the passenger door won't open. He's banging on the glass. We're spraying our extinguisher at the front. It's a tan Buick.",
         spoken="main street pharmacy drive through window the car at our window is smoking out from under the hood and now there's flames coming through the grill and the old man driving can't get out his door's jammed up against the post and the passenger door won't open he's banging on the glass we're spraying our extinguisher at the front it's a tan buick",
         at="2031-06-09 11:25", entities=[P(count="1", sex="male", age="60-90"), V(colour="tan", make="buick")],
         places=[("landmark", "Main Street Pharmacy")], category="fire", priority="critical"),
    # A grass fire from a flag retirement ceremony's barrel, everybody out of the way: fire, high. "everybody" "2+";
    # "Flag Day" no time; the pavilion is Riverside Park's; "a tennis court" no place.
    dict(written="American Legion, we were doing the Flag Day flag retirement down at Riverside Park and the wind lifted burning pieces out of the barrel into the dry grass behind the pavilion. It's running up the slope toward the trees, bigger than a tennis court already. We got everybody back to the parking lot, nobody's hurt.",
         spoken="american legion we were doing the flag day flag retirement down at river side park and the wind lifted burning pieces out of the barrel into the dry grass behind the pavilion it's running up the slope toward the trees bigger than a tennis court already we got everybody back to the parking lot nobody's hurt",
         at="2031-06-14 20:25", entities=[P(count="2+")],
         places=[("landmark", "Riverside Park")], category="fire", priority="high"),
    # A garage fire from a generator being filled, the neighbour out with burned arms: fire, high (an injury; nobody
    # inside). The neighbour and his wife are persons.
    dict(written="My neighbor at 1118 Hawthorn was filling his generator in the garage with the power out and the gas lit off. The whole garage is burning and he ran out with his hands and arms burned, the skin's hanging off. His wife's got him under the garden hose. That garage is attached to the house.",
         spoken="my neighbor at eleven eighteen hawthorne was filling his generator in the garage with the power out and the gas lit off the whole garage is burning and he ran out with his hands and arms burned the skin's hanging off his wife's got him under the garden hose that garage is attached to the house",
         at="2031-06-12 23:50", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 1118, "Hawthorn Avenue")], category="fire", priority="high"),
    # Dispatch: smoke from a vacant house, nobody believed inside: fire, high. "approx 2145" the time; "200 blk Willow
    # St" the block; the neighbours "2+"; "since the winter" no time.
    dict(written="Structure fire, 200 blk Willow St, approx 2145. RP reports heavy smoke from the eaves of the vacant two-story with plywood over the windows. Power's been off there since the winter per RP, nobody seen going in or out. Neighbors wetting down the house next door.",
         spoken="structure fire two hundred block willo street approximately twenty one forty five r p reports heavy smoke from the eaves of the vacant two story with plywood over the windows power's been off there since the winter per r p nobody seen going in or out neighbors wetting down the house next door",
         at="2031-06-09 21:52", entities=[("local", "2031-06-09 21:45"), P(count="2+")],
         places=[("block", 200, "Willow Street")], category="fire", priority="high"),
    # No place ("by the Station Road crossing" and "the houses on 12th" streets alone). A light tower's generator
    # burning over its fuel tank near houses: fire, high. The crew "2+"; their trucks are trucks in general; "fifty
    # feet" no number of a place.
    dict(written="The generator on one of the railroad crew's light towers by the Station Road crossing just caught fire, flames are coming out of the engine and the fuel tank's right under it. The crew's pulling their trucks back. It's maybe fifty feet from the back fences of the houses on 12th.",
         spoken="the generator on one of the railroad crew's light towers by the station road crossing just caught fire flames are coming out of the engine and the fuel tank's right under it the crew's pulling their trucks back it's maybe fifty feet from the back fences of the houses on twelfth",
         at="2031-06-11 02:30", entities=[P(count="2+"), ("now",)],
         places=[], category="fire", priority="high"),
    # "Yesterday evening around 7" 19:00 the day before, told at 09:10: a mower fire that is out, hours old: fire
    # lowered to medium. The riding mower is no vehicle of the event (a machine that burned, as holdout20's grill).
    dict(written="Nothing's burning now, I'd just like somebody from the fire department to take a look. Yesterday evening around 7 the grass bag on my riding mower caught fire while I was cutting, and before I got the hose on it, it burned a big patch of lawn and scorched the back steps and the bottom of the screen door. 349 Birch Street.",
         spoken="nothing's burning now i'd just like somebody from the fire department to take a look yesterday evening around seven the grass bag on my riding mower caught fire while i was cutting and before i got the hose on it it burned a big patch of lawn and scorched the back steps and the bottom of the screen door three forty nine burch street",
         at="2031-06-15 09:10", entities=[("local", "2031-06-14 19:00")],
         places=[("address", 349, "Birch Street")], category="fire", priority="medium"),

    # ---------------------------------------------------------------- medical
    # An asthma attack in wildfire smoke, only a word or two at a time and retractions: a life at risk (critical). A
    # self-corrected house number: 864 Walnut (846 would also be a house on Walnut; the correction decides). "She's 9"
    # not annotated; "since lunch" and "four times" no time.
    dict(written="My daughter has asthma and with all the smoke outside she's used her inhaler four times since lunch and it isn't helping. She can only get out one or two words at a time, the skin between her ribs sucks in every breath and she's sitting bent over the table. 846 Walnut Street, no, 864, second floor. She's 9.",
         spoken="my daughter has asthma and with all the smoke outside she's used her inhaler four times since lunch and it isn't helping she can only get out one or two words at a time the skin between her ribs sucks in every breath and she's sitting bent over the table eight forty six wall nut street no eight sixty four second floor she's nine",
         at="2031-06-11 13:20", entities=[P(count="1", sex="female")],
         places=[("address", 864, "Walnut Street")], category="medical", priority="critical"),
    # A man pulled from the river not breathing: critical. "A couple of fishermen" 2 male ("One of them" adds nothing);
    # his little girl a person; the boat launch is Riverside Park's; the dog is no person.
    dict(written="Riverside Park, down at the boat launch! A man went in after his dog when the current took it and he went under. A couple of fishermen just dragged him up onto the ramp and he isn't breathing, his lips are blue. One of them's doing CPR. His little girl's standing there screaming for her daddy.",
         spoken="oh my god river side park down at the boat launch a man went in after his dog when the current took it and he went under a couple of fishermen just dragged him up onto the ramp and he isn't breathing his lips are blue one of them's doing c p r his little girl's standing there screaming for her daddy",
         at="2031-06-15 10:05", entities=[P(count="1", sex="male"), P(count="2", sex="male"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Riverside Park")], category="medical", priority="critical"),
    # Signs of a stroke at a graduation: critical (train4's stroke). "about five minutes ago" minutes ago; the stands
    # and the football field are Oakford High's; "the gate by the concession stand" no place of its own.
    dict(written="We're in the stands at the Oakford High graduation on the football field and my grandfather just slumped over sideways in his seat. The left side of his face is drooping, he can't squeeze my hand with his left hand and his words are all mushed together. It started about five minutes ago, right when they started reading names. Come in the gate by the concession stand.",
         spoken="we're in the stands at the oak ford high graduation on the football field and my grandfather just slumped over sideways in his seat the left side of his face is drooping he can't squeeze my hand with his left hand and his words are all mushed together it started about five minutes ago right when they started reading names come in the gate by the concession stand",
         at="2031-06-13 18:40", entities=[P(count="1", sex="male"), ("ago", 5)],
         places=[("landmark", "Oakford High School")], category="medical", priority="critical"),
    # An eye struck by a falling graduation cap, bleeding, no sight in it: an injury (high). The girl and her mom are
    # persons; "the north end of the field" part of Oakford High.
    dict(written="Right after the cap toss at the Oakford High graduation one of the graduates, a girl, got hit straight in the eye by the corner of a cap coming down. She's holding her hand over it and blood's coming out under her fingers, she says she can't see anything out of it. Her mom's with her by the fence at the north end of the field.",
         spoken="right after the cap toss at the oakford high graduation one of the graduates a girl got hit straight in the eye by the corner of a cap coming down she's holding her hand over it and blood's coming out under her fingers she says she can't see anything out of it her mom's with her by the fence at the north end of the field",
         at="2031-06-13 19:35", entities=[P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("landmark", "Oakford High School")], category="medical", priority="high"),
    # EMS: chest tightness in a mall walker, awake and oriented: high (as train5's chest pain in a man still talking).
    # "M approx 70" a patient's estimate (not annotated); "approx 1015" the time he took his nitro, a clock time of the
    # event; "pain 6/10" and "x4" no numbers of a place; the security guard a person; "center court" part of Northgate
    # Mall.
    dict(written="EMS to Northgate Mall, center court by the fountain. M approx 70, morning mall walker, c/o chest tightness after his second lap, pain 6/10, pale and sweaty, A&O x4, hx angina, took one of his own nitro approx 1015. Security guard with pt.",
         spoken="e m s to north gate mall center court by the fountain male approximately seventy morning mall walker complaining of chest tightness after his second lap pain six out of ten pale and sweaty alert and oriented times four history of angina took one of his own nitro approximately ten fifteen security guard with patient",
         at="2031-06-10 10:22", entities=[P(count="1", sex="male"), ("local", "2031-06-10 10:15"), P(count="1")],
         places=[("landmark", "Northgate Mall")], category="medical", priority="high"),
    # A fall over a vendor's extension cord, broken teeth and a bent wrist, sitting up: an injury (high). The vendors
    # who ran the cords "2+"; "Somebody" holding napkins a person; "in front of Rosie's Bakery" relative.
    dict(written="A lady just tripped over one of the extension cords the vendors ran across the sidewalk for Sidewalk Days and went face first into the curb in front of Rosie's Bakery. Her front teeth are broken off and her mouth's bleeding a lot, and her right wrist is bent funny. She's sitting up and talking. Somebody's holding napkins on her mouth.",
         spoken="a lady just tripped over one of the extension cords the vendors ran across the side walk for sidewalk days and went face first into the curb in front of rosies bakery her front teeth are broken off and her mouth's bleeding a lot and her right wrist is bent funny she's sitting up and talking somebody's holding napkins on her mouth",
         at="2031-06-13 11:10", entities=[P(count="1", sex="female"), P(count="2+"), P(count="1"), ("now",)],
         places=[("relative", ("landmark", "Rosie's Bakery"))], category="medical", priority="high"),
    # Poison ivy from the Saturday, face swollen and a fever on the Monday, breathing fine: judged by the exposure, days
    # old, high lowered to medium (as holdout20's fumes). "on Saturday" a weekday, no time.
    dict(written="I don't know if I should be calling an ambulance or not. My husband was pulling vines off the back fence on Saturday and it turned out to be poison ivy. Now his face is so swollen his eyes are almost shut, the rash is weeping all down his arms and neck, and he's running a fever. He's breathing fine. He won't let me drive him. 1165 Chestnut Street.",
         spoken="i don't know if i should be calling an ambulance or not my husband was pulling vines off the back fence on saturday and it turned out to be poison ivy now his face is so swollen his eyes are almost shut the rash is weeping all down his arms and neck and he's running a fever he's breathing fine he won't let me drive him eleven sixty five chesnut street",
         at="2031-06-09 16:45", entities=[P(count="1", sex="male")],
         places=[("address", 1165, "Chestnut Street")], category="medical", priority="medium"),

    # ---------------------------------------------------------------- robbery
    # A street-fair vendor robbed at knifepoint: critical. "like a minute ago" one minute; "Maybe 19" 16-22; "skinny"
    # thin; "white hoodie" kept, "black basketball shorts" -> "black shorts"; "Main between 5th and 6th" the 500 block;
    # "toward Walnut" a street alone.
    dict(written="I sell handmade jewelry at Sidewalk Days, my table's on Main between 5th and 6th. A kid came around behind the table, pushed a knife into my ribs and told me to hand him the cash bag, and I did. He ran off toward Walnut with it like a minute ago. Maybe 19, skinny, white hoodie, black basketball shorts.",
         spoken="i sell handmade jewelry at sidewalk days my table's on main between fifth and sixth a kid came around behind the table pushed a knife into my ribs and told me to hand him the cash bag and i did he ran off toward wallnut with it like a minute ago maybe nineteen skinny white hoodie black basketball shorts",
         at="2031-06-13 15:05", entities=[P(count="1", sex="male", age="16-22", build="thin", clothing=["white hoodie", "black shorts"]), W("knife"), ("ago", 1)],
         places=[("block", 500, "Main Street")], category="robbery", priority="critical"),
    # A car wash office robbed with a sawed-off shotgun: critical. "Two guys in ski masks" 2 male with "ski mask"; "a
    # dark green pickup" green pickup, going east, with a partial plate as said ("4T"); "River Road by 9th" the
    # intersection; "I'm locked in now" the caller, no time.
    dict(written="I run the car wash on River Road by 9th. Two guys in ski masks just came in the office, one stuck a sawed-off shotgun in my face and the other filled a backpack with the quarter bags and the cash drawer. They took off east in a dark green pickup with a ladder rack, plate started with 4T. I'm okay, I'm locked in now.",
         spoken="i run the car wash on river road by ninth two guys in ski masks just came in the office one stuck a sawed off shotgun in my face and the other filled a back pack with the quarter bags and the cash drawer they took off east in a dark green pick up with a ladder rack plate started with four t i'm okay i'm locked in now",
         at="2031-06-10 20:50", entities=[P(count="2", sex="male", clothing=["ski mask"]), W("shotgun"), V(colour="green", type="pickup", direction="east", plate="4T"), ("now",)],
         places=[("intersection", "River Road", "9th Street")], category="robbery", priority="critical"),
    # A cash box grabbed through a car window, the parent volunteer dragged: robbery, high (force to take it; an
    # injury). "a silver minivan" silver minivan, part of the event; "$5" and "ten feet" no address or place; the
    # graduation parking lot is Oakford High's; "toward Hawthorn" a street alone.
    dict(written="I'm one of the band parents taking $5 a car for graduation parking in the Oakford High lot. A guy in a silver minivan held out a bill, and when I reached in he grabbed our whole cash box out of my other hand and took off. My arm was still in his window and he dragged me about ten feet. My hip and elbow are all torn up. He went out toward Hawthorn.",
         spoken="i'm one of the band parents taking five dollars a car for graduation parking in the oakford high lot a guy in a silver mini van held out a bill and when i reached in he grabbed our whole cash box out of my other hand and took off my arm was still in his window and he dragged me about ten feet my hip and elbow are all torn up he went out toward hawthorne",
         at="2031-06-13 17:35", entities=[V(colour="silver", type="minivan"), P(count="1", sex="male")],
         places=[("landmark", "Oakford High School")], category="robbery", priority="high"),
    # A tablet kept with an elbow to a librarian's face: robbery, high (force to keep it, as holdout20's busker). "A
    # teenage boy" male 13-19; "Red Sox cap" -> "red cap" (train5), "grey t-shirt" kept; the front lawn is the
    # library's; "toward Market Street" a street alone.
    dict(written="Oakford Public Library, we're doing the summer reading kickoff on the front lawn. A teenage boy grabbed the iPad we use for sign-ups off the table, and when our children's librarian got hold of his backpack he threw his elbow back into her face. Her nose is bleeding and her glasses are broken. He ran toward Market Street with it. Red Sox cap, grey t-shirt.",
         spoken="oakford public library we're doing the summer reading kick off on the front lawn a teenage boy grabbed the i pad we use for sign ups off the table and when our children's librarian got hold of his back pack he threw his elbow back into her face her nose is bleeding and her glasses are broken he ran toward market street with it red sox cap gray t shirt",
         at="2031-06-14 10:40", entities=[P(count="1", sex="male", age="13-19", clothing=["red cap", "grey t-shirt"]), P(count="1", sex="female")],
         places=[("landmark", "Oakford Public Library")], category="robbery", priority="high"),
    # A store robbed with a gun claimed but never seen: robbery, high (no weapon annotated, as holdout7's note). "like
    # two minutes ago" two minutes; "black beanie" kept, "green army jacket" -> "green jacket" (train5), a beard no
    # clothing; "toward Chestnut" a street alone.
    dict(written="QuickStop, night clerk. A man just came around behind my counter, said there was a gun in his bag and he'd use it, and made me fill the bag with cartons of cigarettes and the scratch tickets out of the case. The bag never opened, I couldn't tell you if there's really a gun. He walked out toward Chestnut like two minutes ago. Beard, black beanie, green army jacket.",
         spoken="quick stop night clerk a man just came around behind my counter said there was a gun in his bag and he'd use it and made me fill the bag with cartons of cigarettes and the scratch tickets out of the case the bag never opened i couldn't tell you if there's really a gun he walked out toward chestnut like two minutes ago beard black beanie green army jacket",
         at="2031-06-12 23:25", entities=[P(count="1", sex="male", clothing=["black beanie", "green jacket"]), ("ago", 2)],
         places=[("landmark", "QuickStop Gas")], category="robbery", priority="high"),
    # "Yesterday afternoon around 3" 15:00 the day before, told at 09:40: money taken with a shove, more than six hours
    # old, high lowered to medium. "two older boys" 2 male; the grandparents (not there) not annotated; "$150" no
    # address; "behind the Grand Cinema" relative.
    dict(written="My son didn't tell me until this morning. Yesterday afternoon around 3 two older boys cornered him behind the Grand Cinema and took the $150 in graduation cards from his grandparents, and one of them shoved him into the wall when he tried to leave. He's got a scrape down his cheek. He knows one of them from school.",
         spoken="my son didn't tell me until this morning yesterday afternoon around three two older boys cornered him behind the grant cinema and took the hundred and fifty dollars in graduation cards from his grandparents and one of them shoved him into the wall when he tried to leave he's got a scrape down his cheek he knows one of them from school",
         at="2031-06-15 09:40", entities=[P(count="1", sex="male"), ("local", "2031-06-14 15:00"), P(count="2", sex="male")],
         places=[("relative", ("landmark", "Grand Cinema"))], category="robbery", priority="medium"),

    # ---------------------------------------------------------------- assault
    # A woman being strangled on a lawn: a life at risk (critical). The neighbour and his girlfriend are persons; "634
    # 9th Street" an address on a numbered street.
    dict(written="My neighbor's got his girlfriend pinned down on the front lawn at 634 9th Street with both hands around her throat! She's kicking and her face is going purple and he won't let go! I'm screaming at him from my porch. Please hurry!",
         spoken="my neighbor's got his girlfriend pinned down on the front lawn at six thirty four ninth street with both hands around her throat she's kicking and her face is going purple and he won't let go i'm screaming at him from my porch please hurry",
         at="2031-06-10 22:15", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 634, "9th Street")], category="assault", priority="critical"),
    # A boy beaten with a belt in a parking lot, welts: assault, high (an injury; the child is the victim). "The boy's
    # maybe 10" a victim's estimate (not annotated); "a white Ford Explorer" explorer, part of the event; "A couple of
    # us" the caller's group; "now" narrates the caller, no time; the lot is the Community Pool's.
    dict(written="There's a man whipping a boy with his belt in the Community Pool parking lot, over and over on the backs of his legs. The boy's screaming and he's got red welts all over him. The man's yelling something about lost goggles. A couple of us are walking over there now. They're next to a white Ford Explorer. The boy's maybe 10.",
         spoken="there's a man whipping a boy with his belt in the community pool parking lot over and over on the backs of his legs the boy's screaming and he's got red welts all over him the man's yelling something about lost goggles a couple of us are walking over there now they're next to a white ford explorer the boy's maybe ten",
         at="2031-06-14 14:50", entities=[P(count="1", sex="male"), P(count="1", sex="male"), V(colour="white", make="ford", model="explorer")],
         places=[("landmark", "Community Pool")], category="assault", priority="high"),
    # A self-corrected plate: KRW6671. A railroad guard punched by a driver at a closed crossing, bleeding: assault,
    # high. "red Ford Ranger" ranger ("his truck" the same vehicle); "right where Station Road meets 12th" the
    # intersection.
    dict(written="The Station Road crossing's closed for the track work, and a guy in a red Ford Ranger, plate KRW 6617, sorry, KRW 6671, who wanted through just got out and punched the railroad's security guard in the face for not moving the barricade. The guard's sitting on the rail holding his face, bleeding from the nose. The guy's back in his truck, just sitting there. This is right where Station Road meets 12th.",
         spoken="the station road crossing's closed for the track work and a guy in a red ford ranger plate k r w six six one seven sorry k r w six six seven one who wanted through just got out and punched the railroad's security guard in the face for not moving the barricade the guard's sitting on the rail holding his face bleeding from the nose the guy's back in his truck just sitting there this is right where station road meets twelfth",
         at="2031-06-09 17:20", entities=[V(colour="red", make="ford", model="ranger", plate="KRW6671"), P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Station Road", "12th Street")], category="assault", priority="high"),
    # A street preacher shoved off a crate, his head split on the curb, awake: assault, high. The preacher and the shop
    # owner are persons; "Main by 4th" the intersection; "a milk crate" no place.
    dict(written="Sidewalk Days, Main by 4th. The street preacher who stands on a milk crate out here just got shoved off it by the guy who owns the vape shop, who's been yelling at him all morning to move. The preacher went over backwards and cracked the back of his skull on the curb, there's blood all over the sidewalk. He's awake. The vape shop guy went back inside his store.",
         spoken="sidewalk days maine by fourth the street preacher who stands on a milk crate out here just got shoved off it by the guy who owns the vape shop who's been yelling at him all morning to move the preacher went over backwards and cracked the back of his skull on the curb there's blood all over the side walk he's awake the vape shop guy went back inside his store",
         at="2031-06-12 13:15", entities=[P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Main Street", "4th Street")], category="assault", priority="high"),
    # A punch that knocked out a tooth at a graduation reception: assault, high. The dad ("tan suit" kept), his ex-wife
    # (named through a possessive) and her new husband are persons; "Two of our coaches" 2 male; the cafeteria is
    # Oakford High's.
    dict(written="I'm a teacher chaperoning the graduation reception in the Oakford High cafeteria. One of the dads just punched his ex-wife's new husband in the mouth right in front of the cake table and knocked out a tooth. Two of our coaches are holding them apart in the hallway. The dad's the one in the tan suit.",
         spoken="i'm a teacher chaperoning the graduation reception in the oakford high cafeteria one of the dads just punched his ex wife's new husband in the mouth right in front of the cake table and knocked out a tooth two of our coaches are holding them apart in the hallway the dad's the one in the tan suit",
         at="2031-06-13 20:40", entities=[P(count="1", sex="male", clothing=["tan suit"]), P(count="1", sex="female"), P(count="1", sex="male"), P(count="2", sex="male"), ("now",)],
         places=[("landmark", "Oakford High School")], category="assault", priority="high"),
    # A head cut by a thrown beer can on the Friday night, told on the Sunday: an injury days old, high lowered to
    # medium. "Friday night" no time; the son, the other boy and "everybody who was there" ("2+") are persons; St.
    # Mary's is where he was stitched, not the event's place.
    dict(written="I want to make a report about Friday night. My son was at a graduation party at 817 Oak Street and another boy hit him in the side of the head with a full can of beer, he needed six stitches over his ear at St. Mary's. We know who the boy is and so does everybody who was there.",
         spoken="i want to make a report about friday night my son was at a graduation party at eight seventeen oak street and another boy hit him in the side of the head with a full can of beer he needed six stitches over his ear at saint mary's we know who the boy is and so does everybody who was there",
         at="2031-06-15 11:30", entities=[P(count="1", sex="male"), P(count="1", sex="male"), P(count="2+")],
         places=[("address", 817, "Oak Street")], category="assault", priority="medium"),
    # A sleeping man beaten, bleeding from an ear and not answering: a life at risk (critical). "Four teenagers" 4
    # 13-19; a skateboard swung is no weapon (improvised, as train5's paddle); "one's got a white hat" a person of their
    # own ("All in black" no clothing; "Another one's filming" adds nothing); "the alley off 10th between Chestnut and
    # Walnut" the 400 block of 10th.
    dict(written="Four teenagers are stomping on a man who was asleep on a bench in the alley off 10th between Chestnut and Walnut. One of them hit him with a skateboard and now he's lying there bleeding from his ear and he won't answer them. Another one's filming on his phone. All in black, one's got a white hat.",
         spoken="four teenagers are stomping on a man who was asleep on a bench in the alley off tenth between chestnut and wall nut one of them hit him with a skate board and now he's lying there bleeding from his ear and he won't answer them another one's filming on his phone all in black one's got a white hat",
         at="2031-06-14 23:40", entities=[P(count="4", age="13-19"), P(count="1", sex="male"), P(count="1", clothing=["white hat"])],
         places=[("block", 400, "10th Street")], category="assault", priority="critical"),

    # ---------------------------------------------------------------- burglary
    # Somebody inside a railroad signal shed "right now": burglary, medium raised to high (a locked structure, as
    # holdout20's job trailer). "left around 1" when all was still well, no time; "right behind 30 Station Road"
    # relative to an address.
    dict(written="Somebody's inside the little metal railroad signal shed by the Station Road crossing, right behind 30 Station Road. The door's hanging open and there's a light bobbing around in there right now, like a headlamp. The track crew packed up and left around 1.",
         spoken="somebody's inside the little metal railroad signal shed by the station road crossing right behind thirty station road the door's hanging open and there's a light bobbing around in there right now like a head lamp the track crew packed up and left around one",
         at="2031-06-11 03:20", entities=[P(count="1"), ("now",)],
         places=[("relative", ("address", 30, "Station Road"))], category="burglary", priority="high"),
    # An alarm company's glass-break and video three minutes old: burglary, high. "at 2:14" the time; "two people in
    # dark hoodies" 2 with "hoodie" ("dark" no colour); the gift shop manager (on her way, not there) is no person;
    # "operator 14" no number of a place; the gift shop is St. Mary's Hospital's.
    dict(written="Lakeside Alarm Monitoring, operator 14. We have a glass-break on the gift shop door at St. Mary's Hospital at 2:14 and then motion inside, and the camera shows two people in dark hoodies stuffing the cash drawer and the phone chargers off the rack into a laundry bag. We've called the gift shop manager and she's on her way in.",
         spoken="lakeside alarm monitoring operator fourteen we have a glass break on the gift shop door at saint mary's hospital at two fourteen and then motion inside and the camera shows two people in dark hoodies stuffing the cash drawer and the phone chargers off the rack into a laundry bag we've called the gift shop manager and she's on her way in",
         at="2031-06-12 02:17", entities=[("local", "2031-06-12 02:14"), P(count="2", clothing=["hoodie"])],
         places=[("landmark", "St. Mary's Hospital")], category="burglary", priority="high"),
    # A house entered during a graduation, found on coming home (no time said): burglary, medium. The daughter and the
    # husband (named through possessives) and "somebody" are persons; a crowbar used on a safe is a tool, no weapon.
    dict(written="We just got home from my daughter's graduation and somebody's been in the house. The slider off the back deck is pried, every one of the graduation cards on the dining room table is torn open and the cash is gone, and they went at my husband's gun safe with a crowbar but it held. 1043 Maple Avenue.",
         spoken="we just got home from my daughter's graduation and somebody's been in the house the slider off the back deck is pried every one of the graduation cards on the dining room table is torn open and the cash is gone and they went at my husband's gun safe with a crow bar but it held ten forty three mabel avenue",
         at="2031-06-13 21:20", entities=[P(count="1", sex="female"), P(count="1"), P(count="1", sex="male")],
         places=[("address", 1043, "Maple Avenue")], category="burglary", priority="medium"),
    # A room at an inn entered while its guest was out, no time said: burglary, medium. The guest and her husband (named
    # through a possessive) are persons; "the Oakford Inn on Main by 11th" the intersection; "Room 14" no number of a
    # place; "Father's Day" no time.
    dict(written="Front desk at the Oakford Inn on Main by 11th. A guest just came back from Father's Day brunch and found her room door pried at the latch, and her laptop and her husband's watch are gone. Room 14's on the ground floor right by the side door.",
         spoken="front desk at the oakford inn on maine by eleventh a guest just came back from father's day brunch and found her room door pried at the latch and her lap top and her husband's watch are gone room fourteen's on the ground floor right by the side door",
         at="2031-06-15 13:20", entities=[P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("intersection", "Main Street", "11th Street")], category="burglary", priority="medium"),
    # A web report of a shed entered while its owner was away for weeks: burglary, low. "since Memorial Day" no time;
    # "behind my house at 1138 Elm Street" relative to an address; nobody seen, so no person.
    dict(written="Web report: I've been away since Memorial Day and came home to find the lock broken on the studio shed behind my house at 1138 Elm Street. My pottery wheel, two boxes of glazes and my good tools are gone. Nobody on the street saw anything.",
         spoken="web report i've been away since memorial day and came home to find the lock broken on the studio shed behind my house at eleven thirty eight elm street my pottery wheel two boxes of glazes and my good tools are gone nobody on the street saw anything",
         at="2031-06-10 19:30", entities=[],
         places=[("relative", ("address", 1138, "Elm Street"))], category="burglary", priority="low"),
    # "around 4:30 this morning" 04:30, told at 05:25: a farm store entered an hour before, burglary, medium. "one
    # person" a person; "Old Mill Road by Cedar" the intersection.
    dict(written="I own the strawberry farm on Old Mill Road by Cedar. The alarm on our farm store went off around 4:30 this morning, and by the time I got down here the front window was smashed in. They took the cash drawer, the jam and maple syrup off the shelves and my good scale. Looks like one person, muddy boot prints all over.",
         spoken="i own the strawberry farm on old meal road by ceder the alarm on our farm store went off around four thirty this morning and by the time i got down here the front window was smashed in they took the cash drawer the jam and maple syrup off the shelves and my good scale looks like one person muddy boot prints all over",
         at="2031-06-09 05:25", entities=[("local", "2031-06-09 04:30"), P(count="1")],
         places=[("intersection", "Old Mill Road", "Cedar Street")], category="burglary", priority="medium"),

    # ---------------------------------------------------------------- theft
    # Thieves going through unlocked cars in a lot "right now": theft, medium raised to high. "a guy and a girl" two
    # persons, his "black hoodie" kept; "grey Honda CR-V" cr-v, part of the event; "the lot behind City Hall" relative.
    dict(written="While Sidewalk Days is going on there's a guy and a girl working their way down the rows in the lot behind City Hall trying car doors, and they're pulling purses and shopping bags out of the ones that open. They're loading it all into a grey Honda CR-V at the end of the row right now. He's in a black hoodie.",
         spoken="while sidewalk days is going on there's a guy and a girl working their way down the rows in the lot behind city hall trying car doors and they're pulling purses and shopping bags out of the ones that open they're loading it all into a gray honda c r v at the end of the row right now he's in a black hoodie",
         at="2031-06-13 14:25", entities=[P(count="1", sex="male", clothing=["black hoodie"]), P(count="1", sex="female"), V(colour="grey", make="honda", model="cr-v"), ("now",)],
         places=[("relative", ("landmark", "City Hall"))], category="theft", priority="high"),
    # "About half an hour ago": a quilt walked off with, theft, medium. "Green sundress" -> "green dress", "straw hat"
    # -> "hat"; "$650" no address; "Main by 9th" the intersection; "toward 10th" a street alone.
    dict(written="Sidewalk Days, I'm the quilter with the table outside the hardware store on Main by 9th. About half an hour ago a woman picked up one of my queen quilts, the blue and yellow star one, and walked off with it while I was making change. It's $650. Green sundress, straw hat, she went toward 10th.",
         spoken="sidewalk days i'm the quilter with the table outside the hardware store on main by ninth about half an hour ago a woman picked up one of my queen quilts the blue and yellow star one and walked off with it while i was making change it's six hundred fifty dollars green sun dress straw hat she went toward tenth",
         at="2031-06-14 12:10", entities=[("ago", 30), P(count="1", sex="female", clothing=["green dress", "hat"])],
         places=[("intersection", "Main Street", "9th Street")], category="theft", priority="medium"),
    # A web report: a bell taken some time in two weeks, theft lowered to low. "somebody" a person; "the 1950s" and "60
    # pounds" no times or numbers of a place; "204 Old Mill Road" an address on a diagonal, "out in the West End" the
    # neighbourhood.
    dict(written="Web report: Sometime in the last two weeks somebody took the old cast-iron school bell off the post next to our mailbox at 204 Old Mill Road, out in the West End. It's been bolted there since the 1950s and weighs about 60 pounds. The bolts were cut.",
         spoken="web report sometime in the last two weeks somebody took the old cast iron school bell off the post next to our mailbox at two oh four old mill road out in the west end it's been bolted there since the nineteen fifties and weighs about sixty pounds the bolts were cut",
         at="2031-06-09 20:15", entities=[P(count="1")],
         places=[("address", 204, "Old Mill Road"), ("neighbourhood", "West End")], category="theft", priority="low"),
    # Flower baskets taken twice, the last some time overnight, told in the afternoon: hours old, theft lowered to low.
    # "Saturday night" and "this morning" no times; "somebody" and the neighbour (named through a possessive) are
    # persons; "$40" no address.
    dict(written="Somebody's stealing my hanging flower baskets. Two disappeared off my front porch at 523 Oak Street Saturday night, and the new ones I hung up Sunday were gone again when I got up this morning. My neighbor's doorbell camera points the wrong way. They're $40 apiece.",
         spoken="somebody's stealing my hanging flower baskets two disappeared off my front porch at five twenty three oak street saturday night and the new ones i hung up sunday were gone again when i got up this morning my neighbor's door bell camera points the wrong way they're forty dollars apiece",
         at="2031-06-10 14:30", entities=[P(count="1"), P(count="1")],
         places=[("address", 523, "Oak Street")], category="theft", priority="low"),
    # "about 40 minutes ago": a bike ridden off on a test ride, theft, medium. The son (named through a possessive) a
    # person; "an orange Cannondale" orange bicycle (Cannondale no make, as train1's Trek); "maybe 25" 22-28; "skinny"
    # thin; "grey sweatpants" kept.
    dict(written="I listed my son's mountain bike online and a guy came by to look at it, asked to take it for a spin around the block and never came back. That was about 40 minutes ago. It's an orange Cannondale with a black seat. He was maybe 25, skinny, grey sweatpants, and he walked here. 1034 Walnut Street.",
         spoken="i listed my son's mountain bike online and a guy came by to look at it asked to take it for a spin around the block and never came back that was about forty minutes ago it's an orange cannondale with a black seat he was maybe twenty five skinny gray sweatpants and he walked here ten thirty four walnut street",
         at="2031-06-09 18:50", entities=[P(count="1", sex="male"), ("ago", 40), V(colour="orange", type="bicycle"), P(count="1", sex="male", age="22-28", build="thin", clothing=["grey sweatpants"])],
         places=[("address", 1034, "Walnut Street")], category="theft", priority="medium"),
    # "about an hour ago": a phone lifted off a cart, theft, medium. Both the FreshMart lot (where it was taken) and
    # 1140 Spruce Street (where it shows now) are places of the tip (as holdout21's bicycle seen again); "it's showing"
    # is the phone, no time.
    dict(written="A woman swiped my phone off the handle of my cart while I was putting bags in my trunk in the FreshMart lot, about an hour ago. I didn't even see her do it. I just tracked it on my laptop and it's showing at 1140 Spruce Street. I'm not going over there myself.",
         spoken="yeah a woman swiped my phone off the handle of my cart while i was putting bags in my trunk in the fresh mart lot about an hour ago i didn't even see her do it i just tracked it on my lap top and it's showing at eleven forty spruse street i'm not going over there myself",
         at="2031-06-11 17:30", entities=[P(count="1", sex="female"), ("ago", 60)],
         places=[("landmark", "FreshMart Supermarket"), ("address", 1140, "Spruce Street")], category="theft", priority="medium"),
    # Two boys going through bags at a pool "right now": theft, medium raised to high (boys doing the stealing are no
    # children at risk). "maybe 14" 11-17; "red swim trunks" -> "red trunks" (train5) and "black t-shirt" persons of
    # their own; "everybody" in the water and the lifeguards two "2+" groups.
    dict(written="Community Pool manager. Two boys are going down the row of lounge chairs right now while everybody's in the water, taking phones and wallets out of people's bags and stuffing them in a towel. The lifeguards are watching them from the chair. Maybe 14, one in red swim trunks, one in a black t-shirt.",
         spoken="community pool manager two boys are going down the row of lounge chairs right now while everybody's in the water taking phones and wallets out of people's bags and stuffing them in a towel the lifeguards are watching them from the chair maybe fourteen one in red swim trunks one in a black t shirt",
         at="2031-06-14 15:30", entities=[P(count="2", sex="male", age="11-17"), ("now",), P(count="2+"), P(count="2+"), P(count="1", clothing=["red trunks"]), P(count="1", clothing=["black t-shirt"])],
         places=[("landmark", "Community Pool")], category="theft", priority="high"),

    # ---------------------------------------------------------------- traffic
    # No place ("the Station Road crossing" a street alone). A car struck by a work train after going around the
    # barricades, its driver not moving: a life at risk (critical). "a little blue car" blue car; the train is no
    # vehicle of the vocabulary; the driver and the crew ("2+") are persons.
    dict(written="The work train just hit a car at the Station Road crossing! The guy drove right around the barricades and the train caught his passenger side and shoved him down the track. The car's folded in and the driver's slumped over, he isn't moving. The crew's running to it. It's a little blue car.",
         spoken="the work train just hit a car at the station road crossing the guy drove right around the barricades and the train caught his passenger side and shoved him down the track the car's folded in and the driver's slumped over he isn't moving the crew's running to it it's a little blue car",
         at="2031-06-10 01:40", entities=[V(colour="blue", type="car"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[], category="traffic", priority="critical"),
    # A car into a farm pond, the driver out with a bleeding forehead: traffic, high. "Little white Kia" white kia (no
    # type word); "Old Mill Road by Oak" the intersection; "nobody else" no person.
    dict(written="A car just slid off Old Mill Road by Oak on the wet curve and went nose first into the farm pond. The driver got himself out the window and waded to the bank, he's sitting in the grass soaked with a cut across his forehead pouring blood. He says nobody else was in the car. Little white Kia, only the back end's sticking out.",
         spoken="a car just slid off old mill road by oak on the wet curve and went nose first into the farm pond the driver got himself out the window and waded to the bank he's sitting in the grass soaked with a cut across his forehead pouring blood he says nobody else was in the car little white kia only the back end's sticking out",
         at="2031-06-13 06:50", entities=[P(count="1", sex="male"), V(colour="white", make="kia"), ("now",)],
         places=[("intersection", "Old Mill Road", "Oak Street")], category="traffic", priority="high"),
    # A rider in a charity ride knocked down by a pickup's mirror, hurt and talking: traffic, high. "A white pickup"
    # white pickup, part of the event, with the end of its plate ("58"); "Somebody" who read it a person; "our group"
    # "2+"; "River Road by 11th" the intersection; "toward town" no place.
    dict(written="I'm a marshal on the Father's Day charity bike ride. A white pickup with those big towing mirrors just passed our group way too close on River Road by 11th and the mirror clipped one of our riders in the shoulder. He went down hard on the pavement, his collarbone's sticking up and his arm's all torn up, but he's talking. The truck never stopped, it kept going toward town. Somebody got the end of the plate, 58.",
         spoken="i'm a marshal on the father's day charity bike ride a white pick up with those big towing mirrors just passed our group way too close on river road by eleventh and the mirror clipped one of our riders in the shoulder he went down hard on the pavement his collar bone's sticking up and his arm's all torn up but he's talking the truck never stopped it kept going toward town somebody got the end of the plate five eight",
         at="2031-06-15 08:45", entities=[V(colour="white", type="pickup", plate="58"), P(count="2+"), P(count="1", sex="male"), P(count="1"), ("now",)],
         places=[("intersection", "River Road", "11th Street")], category="traffic", priority="high"),
    # A car carrier blocking a street while it unloads, no time said: traffic, medium (a present progressive lifts only
    # a low call). "a car carrier truck" truck; the driver and the people driving around it are persons; the new pickups
    # on it are vehicles in general; "twenty minutes" no time; "Kingsley by 7th" the intersection.
    dict(written="There's a car carrier truck unloading new pickups right in the middle of Kingsley by 7th in front of the Ford dealer, both lanes blocked at rush hour, and people are driving up on the sidewalk to get around it. The driver told me twenty minutes.",
         spoken="there's a car carrier truck unloading new pick ups right in the middle of kingsly by seventh in front of the ford dealer both lanes blocked at rush hour and people are driving up on the side walk to get around it the driver told me twenty minutes",
         at="2031-06-10 08:05", entities=[V(type="truck"), P(count="2+"), P(count="1")],
         places=[("intersection", "Kingsley Avenue", "7th Street")], category="traffic", priority="medium"),
    # A fender bender left in an intersection, nobody hurt, no time said: traffic, medium. "a minivan" and "a pickup"
    # part of the event; the two drivers "2" ("both drivers"); "Main and 5th" the intersection; "back to 8th" a street
    # alone.
    dict(written="Fender bender at Main and 5th in all the Sidewalk Days traffic. A minivan tapped the back of a pickup, nobody's hurt, but both drivers left their cars sitting in the middle of the intersection and they're on the sidewalk screaming about whose fault it is. Traffic's backed up all the way to 8th.",
         spoken="fender bender at main and fifth in all the sidewalk days traffic a mini van tapped the back of a pick up nobody's hurt but both drivers left their cars sitting in the middle of the intersection and they're on the side walk screaming about whose fault it is traffic's backed up all the way to eighth",
         at="2031-06-13 16:20", entities=[V(type="minivan"), V(type="pickup"), P(count="2")],
         places=[("intersection", "Main Street", "5th Street")], category="traffic", priority="medium"),
    # A roll of fencing across a lane, no time said: traffic, medium (a hazard); "somebody's trailer" an owner not
    # there, no person or vehicle. "River Road just past 10th" the intersection; the swerving cars are cars in general.
    dict(written="A whole roll of chain-link fence must've bounced off somebody's trailer, it's unrolled across the left lane of River Road just past 10th. Cars are swerving into the other lane to get around it and I almost got clipped.",
         spoken="a whole roll of chain link fence must've bounced off somebody's trailer it's unrolled across the left lane of river road just past tenth cars are swerving into the other lane to get around it and i almost got clipped",
         at="2031-06-14 08:30", entities=[],
         places=[("intersection", "River Road", "10th Street")], category="traffic", priority="medium"),
    # A web tip about a habit ("every morning"): traffic, low. The delivery trucks are trucks in general; "around 6" is
    # part of the habit, no time; "9th by the FreshMart" the street beside the landmark (relative).
    dict(written="Web tip: Every morning around 6 the delivery trucks for the FreshMart park in the right lane of 9th by the store and unload there instead of pulling around to the dock. Cars coming up 9th have to swing out into the oncoming lane to get past them, right on the curve. Somebody's going to get hurt.",
         spoken="web tip every morning around six the delivery trucks for the fresh mart park in the right lane of ninth by the store and unload there instead of pulling around to the dock cars coming up ninth have to swing out into the oncoming lane to get past them right on the curve somebody's going to get hurt",
         at="2031-06-12 10:00", entities=[],
         places=[("relative", ("landmark", "FreshMart Supermarket"))], category="traffic", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # "It's 1:30" said while the pickup sits there is that time: low raised to medium. "A dark pickup" pickup with no
    # colour (holdout18's dark sedan); the man in it a person; the crew "2+"; "12th by the Station Road crossing" the
    # corner of Station Road and 12th.
    dict(written="A dark pickup's been sitting on the shoulder of 12th by the Station Road crossing for the last hour with its lights off. Every time the rail crew walks down the track, the guy in it gets out and goes over to the pile of old copper signal cable they stacked by the fence, then gets back in. It's 1:30.",
         spoken="a dark pick up's been sitting on the shoulder of twelfth by the station road crossing for the last hour with its lights off every time the rail crew walks down the track the guy in it gets out and goes over to the pile of old copper signal cable they stacked by the fence then gets back in it's one thirty",
         at="2031-06-11 01:33", entities=[V(type="pickup"), P(count="1", sex="male"), P(count="2+"), ("local", "2031-06-11 01:30")],
         places=[("intersection", "Station Road", "12th Street")], category="suspicious_vehicle", priority="medium"),
    # "It's 3:25" is that time (03:25, said at night): low raised to medium. "black Nissan Maxima" maxima; "Two people"
    # a count ("the passenger" adds nothing); "Main between 6th and 7th" the 600 block.
    dict(written="It's 3:25 and a black Nissan Maxima with one headlight out keeps crawling past the Sidewalk Days tables the shops left out under tarps on Main between 6th and 7th. That's four times now. Two people in it, and the passenger had his window down looking under the tarps.",
         spoken="it's three twenty five and a black nissan maxima with one head light out keeps crawling past the sidewalk days tables the shops left out under tarps on maine between sixth and seventh that's four times now two people in it and the passenger had his window down looking under the tarps",
         at="2031-06-13 03:27", entities=[("local", "2031-06-13 03:25"), V(colour="black", make="nissan", model="maxima"), P(count="2")],
         places=[("block", 600, "Main Street")], category="suspicious_vehicle", priority="medium"),
    # A parked car that has not moved since Sunday, a state: low. "green VW Jetta" volkswagen jetta; "New Hampshire
    # plates" no plate said; "since Sunday" no time; "in front of 1092 Birch Street" relative to the address and "up in
    # Northgate" the neighbourhood.
    dict(written="Probably nothing, but there's a green VW Jetta with New Hampshire plates that hasn't moved from in front of 1092 Birch Street, up in Northgate, since Sunday. It's yellow with pollen, there's a sleeping bag and a pile of fast-food bags on the back seat and a stack of mail on the dash. None of the neighbors has any idea who it belongs to.",
         spoken="probably nothing but there's a green v w jetta with new hampshire plates that hasn't moved from in front of ten ninety two burch street up in north gate since sunday it's yellow with pollen there's a sleeping bag and a pile of fast food bags on the back seat and a stack of mail on the dash none of the neighbors has any idea who it belongs to",
         at="2031-06-12 10:15", entities=[V(colour="green", make="volkswagen", model="jetta")],
         places=[("relative", ("address", 1092, "Birch Street")), ("neighbourhood", "Northgate")], category="suspicious_vehicle", priority="low"),
    # No place ("the dead end of Station Road" a street alone). A web tip about a camper van lived in for a week: low.
    # "an old camper van" van; "A couple" 2; "yesterday" no time.
    dict(written="Web tip: There's an old camper van that's been parked at the dead end of Station Road behind the warehouses for over a week. A couple lives in it, and yesterday I watched them empty a bucket of something into the storm drain. No plate on the front, a cardboard one in the back window.",
         spoken="web tip there's an old camper van that's been parked at the dead end of station road behind the warehouses for over a week a couple lives in it and yesterday i watched them empty a bucket of something into the storm drain no plate on the front a cardboard one in the back window",
         at="2031-06-11 12:30", entities=[V(type="van"), P(count="2")],
         places=[], category="suspicious_vehicle", priority="low"),
    # Dispatch: a minivan with no plates circling a block ("has circled ... x3 in the past 15 min", going on): low
    # raised to medium. "green Honda Odyssey" odyssey, last seen west; "Occupants 2 M" 2 male; "300 blk Cedar St" the
    # block; "toward 3rd" a street alone.
    dict(written="Susp veh, 300 blk Cedar St: green Honda Odyssey, no plates, has circled the block x3 in the past 15 min, slowing at each house w/ a grad party sign out front. Occupants 2 M, one taking photos. Last seen WB on Cedar toward 3rd.",
         spoken="suspicious vehicle three hundred block ceder street green honda odyssey no plates has circled the block three times in the past fifteen minutes slowing at each house with a grad party sign out front occupants two males one taking photos last seen west bound on ceder toward third",
         at="2031-06-14 13:25", entities=[V(colour="green", make="honda", model="odyssey", direction="west"), P(count="2", sex="male")],
         places=[("block", 300, "Cedar Street")], category="suspicious_vehicle", priority="medium"),
    # A car with a for-sale sign left on a grass strip for weeks, a state: low. "red Chevy Cobalt" chevrolet cobalt;
    # "about three weeks" a duration, "March" no time; "Pine and 10th" the intersection; the number on the sign is no
    # address.
    dict(written="Not an emergency. There's a beat-up red Chevy Cobalt with a FOR SALE sign in the window that's been sitting on the grass strip at Pine and 10th for about three weeks. The inspection sticker ran out in March and the number on the sign goes to a voicemail that's full.",
         spoken="not an emergency there's a beat up red chevy cobalt with a for sale sign in the window that's been sitting on the grass strip at pine and tenth for about three weeks the inspection sticker ran out in march and the number on the sign goes to a voice mail that's full",
         at="2031-06-12 12:40", entities=[V(colour="red", make="chevrolet", model="cobalt")],
         places=[("intersection", "Pine Street", "10th Street")], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # A man who followed a woman home and stands watching her window: a woman in danger (high, as train5's following
    # SUV). "now he's standing" is where the actor is (now); "Tall" tall, "long black coat" -> "black coat", bald no
    # clothing; "the 9:40 train" a schedule; "twenty minutes" a duration.
    dict(written="A man followed me off the 9:40 train and all the way home, and now he's standing across the street from my apartment at 725 12th Street just staring up at my window. He's been there twenty minutes. I've never seen him before. Tall, bald, long black coat even though it's warm out.",
         spoken="a man followed me off the nine forty train and all the way home and now he's standing across the street from my apartment at seven twenty five twelfth street just staring up at my window he's been there twenty minutes i've never seen him before tall bald long black coat even though it's warm out",
         at="2031-06-09 22:05", entities=[("now",), P(count="1", sex="male", height="tall", clothing=["black coat"])],
         places=[("address", 725, "12th Street")], category="suspicious_person", priority="high"),
    # False inspectors knocking on doors ("are knocking", going on): low raised to medium. "Two men" 2 male with "orange
    # safety vests" -> "orange vest"; the neighbour a person; "They're at the blue house now" where they are (now);
    # "Hawthorn between 7th and 8th" the 700 block and "over in Riverside" the neighbourhood.
    dict(written="Two men in orange safety vests are knocking on every door on Hawthorn between 7th and 8th over in Riverside, saying they're from the state air quality office and need to come in and check our vents because of the smoke. They showed my neighbor some laminated card, but there's no car with any markings. They're at the blue house now.",
         spoken="two men in orange safety vests are knocking on every door on hawthorne between seventh and eighth over in river side saying they're from the state air quality office and need to come in and check our vents because of the smoke they showed my neighbor some laminated card but there's no car with any markings they're at the blue house now",
         at="2031-06-11 11:05", entities=[P(count="2", sex="male", clothing=["orange vest"]), P(count="1"), ("now",)],
         places=[("block", 700, "Hawthorn Avenue"), ("neighbourhood", "Riverside")], category="suspicious_person", priority="medium"),
    # A man posing as a railroad worker looking in back windows "right now": low raised to medium. "yellow vest" kept, a
    # hard hat no clothing (as a helmet); the husband a person; "62 Station Road" the address where he is.
    dict(written="There's somebody in a hard hat and a yellow vest walking through the backyards along Station Road looking in the back windows of the houses. He told my husband he's with the railroad, but the track crew only works at night and only at the crossing. He's in the yard at 62 Station Road right now.",
         spoken="there's somebody in a hard hat and a yellow vest walking through the back yards along station road looking in the back windows of the houses he told my husband he's with the railroad but the track crew only works at night and only at the crossing he's in the yard at sixty two station road right now",
         at="2031-06-10 15:30", entities=[P(count="1", sex="male", clothing=["yellow vest"]), P(count="1", sex="male"), ("now",)],
         places=[("address", 62, "Station Road")], category="suspicious_person", priority="medium"),
    # "It's 11:40" said while he is there is that time: low raised to medium (the girls too; raises do not stack). "my
    # two little girls" 2 female; "ten minutes" a duration; "1103 Maple Ave" the address.
    dict(written="There's a man crouched down in the lilac bushes along the side of my house, I can see him from the bathroom window. He's just sitting there, he hasn't moved in ten minutes. It's 11:40. 1103 Maple Ave. I'm home with my two little girls.",
         spoken="um there's a man crouched down in the lilac bushes along the side of my house i can see him from the bath room window he's just sitting there he hasn't moved in ten minutes it's eleven forty eleven oh three maple avenue i'm home with my two little girls",
         at="2031-06-12 23:42", entities=[P(count="1", sex="male"), ("local", "2031-06-12 23:40"), P(count="2", sex="female")],
         places=[("address", 1103, "Maple Avenue")], category="suspicious_person", priority="medium"),
    # "Last night around 10:30" 22:30 the day before: a man sitting in a dark playground watching houses, gone when
    # approached: low. The husband a person; the playground is Lincoln Elementary's.
    dict(written="Last night around 10:30 there was a grown man sitting on the swings at the Lincoln Elementary playground in the dark, just staring at the houses across the street. He got up and left when my husband flipped on the porch light and started walking over. We'd never seen him before.",
         spoken="last night around ten thirty there was a grown man sitting on the swings at the lincon elementary playground in the dark just staring at the houses across the street he got up and left when my husband flipped on the porch light and started walking over we'd never seen him before",
         at="2031-06-12 08:15", entities=[("local", "2031-06-11 22:30"), P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("landmark", "Lincoln Elementary School")], category="suspicious_person", priority="low"),
    # A web tip about a habit ("Most nights this week, around 2 a.m."): low; the clock time is part of the habit, no
    # time. "grey hoodie" kept; "Spruce between 8th and 9th" the 800 block.
    dict(written="Web tip: Most nights this week, around 2 a.m., a man in a grey hoodie has been cutting behind the houses on Spruce between 8th and 9th trying the gate latches. When a motion light comes on he just walks on to the next one. Nothing's been taken that we know of.",
         spoken="web tip most nights this week around two a m a man in a gray hoodie has been cutting behind the houses on spruse between eighth and ninth trying the gate latches when a motion light comes on he just walks on to the next one nothing's been taken that we know of",
         at="2031-06-13 08:00", entities=[P(count="1", sex="male", clothing=["grey hoodie"])],
         places=[("block", 800, "Spruce Street")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- drugs
    # A web tip about a habit ("Most evenings around 9"): low; the clock time is part of the habit, no time. "a grey
    # minivan" grey minivan; "Somebody" a person; the cars pulling up are cars in general; the air pump is the
    # QuickStop's.
    dict(written="Web tip: Most evenings around 9 somebody deals out of a grey minivan parked at the air pump at the QuickStop. Cars pull up next to it, a hand comes out the side window with a little bag, cash goes in, and the next car pulls up. Some nights there's three cars waiting in line behind it and nobody ever puts air in anything.",
         spoken="web tip most evenings around nine somebody deals out of a gray mini van parked at the air pump at the quick stop cars pull up next to it a hand comes out the side window with a little bag cash goes in and the next car pulls up some nights there's three cars waiting in line behind it and nobody ever puts air in anything",
         at="2031-06-11 12:35", entities=[P(count="1"), V(colour="grey", type="minivan")],
         places=[("landmark", "QuickStop Gas")], category="drugs", priority="low"),
    # A text: a cafe's register kid handing out the restroom key to people who buy nothing ("keeps handing", going on):
    # low raised to medium. The kid ("The kid", no sex), the people ("2+") and the one in a "camo jacket" (kept) are
    # persons; "The one going in now" is where he is (now); "like 10 in the last hour" no time.
    dict(written="the kid working the register at the corner cafe keeps handing the bathroom key to people who dont buy anything, one at a time, theyre in there like a minute and leave. like 10 in the last hour and one left a needle cap on the sink. the one going in now has a camo jacket",
         spoken="the kid working the register at the corner cafe keeps handing the bath room key to people who don't buy anything one at a time they're in there like a minute and leave like ten in the last hour and one left a needle cap on the sink the one going in now has a camo jacket",
         at="2031-06-14 15:15", entities=[P(count="1"), P(count="2+"), ("now",), P(count="1", clothing=["camo jacket"])],
         places=[("landmark", "Corner Cafe")], category="drugs", priority="medium"),
    # Mushroom chocolate sold to kids "right now" by a man with a pistol on his seat: drugs with a weapon seen (high, as
    # holdout14's dealers; children and recency do not stack). "black Chevy Tahoe" chevrolet tahoe; "My 15-year-old" a
    # son ("he"), age not annotated; "a pistol" "handgun"; "a bunch of kids" 3+; "$20" no address; "in front of the
    # Grand Cinema" relative.
    dict(written="A man's selling what he calls mushroom chocolate bars out of the back of a black Chevy Tahoe in front of the Grand Cinema. My 15-year-old came out of the matinee with one he paid $20 for, and he says there's a pistol lying on the seat right next to the cooler. There's a bunch of kids around the car right now.",
         spoken="a man's selling what he calls mushroom chocolate bars out of the back of a black chevy tahoe in front of the grant cinema my fifteen year old came out of the matinee with one he paid twenty dollars for and he says there's a pistol lying on the seat right next to the cooler there's a bunch of kids around the car right now",
         at="2031-06-14 16:15", entities=[P(count="1", sex="male"), V(colour="black", make="chevrolet", model="tahoe"), P(count="1", sex="male"), W("handgun"), P(count="3+"), ("now",)],
         places=[("relative", ("landmark", "Grand Cinema"))], category="drugs", priority="high"),
    # A web tip about a habit ("at all hours", "keep finding"): low. "Last night" 23:00 the day before; the people
    # buzzing up "2+" and the man on the steps persons; "Walnut by 8th" the intersection.
    dict(written="Web tip: The apartment over the barbershop on Walnut by 8th has people buzzing up at all hours, they go up and come back down two minutes later. Last night a guy sat on our front steps and shot up before he went up. We keep finding burnt spoons on top of our mailbox.",
         spoken="web tip the apartment over the barber shop on wall nut by eighth has people buzzing up at all hours they go up and come back down two minutes later last night a guy sat on our front steps and shot up before he went up we keep finding burnt spoons on top of our mailbox",
         at="2031-06-10 13:00", entities=[P(count="2+"), ("local", "2031-06-09 23:00"), P(count="1", sex="male")],
         places=[("intersection", "Walnut Street", "8th Street")], category="drugs", priority="low"),
    # A web tip about pills sold to freshmen all week (a habit, no time): low raised to medium for the children (as
    # holdout18's vape pens sold to junior guards). The daughter, "a senior at Oakford High" (high school, 13-19) and
    # the freshmen ("2+", 13-19) are persons; "$15" no address; "Friday" no time.
    dict(written="Web tip: My daughter says a senior at Oakford High has been selling Percocets to freshmen out of his trombone case at graduation practice all week, $15 a pill. She doesn't want her name on anything. Graduation's Friday.",
         spoken="web tip my daughter says a senior at oakford high has been selling percocets to freshmen out of his trombone case at graduation practice all week fifteen dollars a pill she doesn't want her name on anything graduation's friday",
         at="2031-06-11 19:40", entities=[P(count="1", sex="female"), P(count="1", sex="male", age="13-19"), P(count="2+", age="13-19")],
         places=[("landmark", "Oakford High School")], category="drugs", priority="medium"),
    # Crack smoked on church steps "right now" with children due: low raised to medium (raises do not stack). "Two guys"
    # 2 male; the Bible school kids "2+"; "in ten minutes" a future time; "150 Church Street" an address on a short
    # street.
    dict(written="Two guys are smoking crack on the side steps of the Baptist church at 150 Church Street right now, pipe and lighter right out in the open, and our Vacation Bible School kids start lining up at the front doors in ten minutes. I run the Bible school. I don't want to go out there.",
         spoken="two guys are smoking crack on the side steps of the baptist church at one fifty church street right now pipe and lighter right out in the open and our vacation bible school kids start lining up at the front doors in ten minutes i run the bible school i don't want to go out there",
         at="2031-06-10 08:50", entities=[P(count="2", sex="male"), ("now",), P(count="2+")],
         places=[("address", 150, "Church Street")], category="drugs", priority="medium"),

    # ---------------------------------------------------------------- vandalism
    # A text: graduation signs torn up lawn by lawn ("is going down", going on): low raised to medium. "Blue Dodge Ram"
    # dodge ram (model ram, train5), part of the event; "like 5 houses" no number of a place; "Pine between 5th and 6th"
    # the 500 block.
    dict(written="some guy in a pickup is going down pine between 5th and 6th yanking the congrats grad signs out of the front lawns and ripping them in half and throwing them in the street. hes done like 5 houses already. blue dodge ram, he leaves the door open and hops back in",
         spoken="some guy in a pick up is going down pine between fifth and sixth yanking the congrats grad signs out of the front lawns and ripping them in half and throwing them in the street he's done like five houses already blue dodge ram he leaves the door open and hops back in",
         at="2031-06-14 09:50", entities=[P(count="1", sex="male"), V(colour="blue", make="dodge", model="ram")],
         places=[("block", 500, "Pine Street")], category="vandalism", priority="medium"),
    # A town sign smashed "over the weekend", told on the Monday: vandalism, low. "somebody" a person; "Welcome to
    # Oakford" names no place; "Old Mill Road and 1st" the intersection.
    dict(written="I'm the Rotary president. Somebody smashed the new Welcome to Oakford sign we put up at Old Mill Road and 1st, the wood's split right down the middle and the solar spotlight on it is gone. Must have been over the weekend. The club's insurance wants a police report before they'll pay.",
         spoken="i'm the rotary president somebody smashed the new welcome to oakford sign we put up at old mill road and first the wood's split right down the middle and the solar spot light on it is gone must have been over the weekend the club's insurance wants a police report before they'll pay",
         at="2031-06-09 08:20", entities=[P(count="1")],
         places=[("intersection", "Old Mill Road", "1st Street")], category="vandalism", priority="low"),
    # "Overnight" 02:00, told at 07:40: picnic tables thrown in a river, vandalism, low. "Parks department" no person;
    # "somebody" a person; the pavilion and the boat launch are Riverside Park's.
    dict(written="Parks department. Overnight somebody dragged three of the picnic tables from the pavilion at Riverside Park down the bank and into the river. One's jammed against the rocks by the boat launch, the other two are gone downstream. They knocked over the grill stand too.",
         spoken="parks department overnight somebody dragged three of the picnic tables from the pavilion at river side park down the bank and into the river one's jammed against the rocks by the boat launch the other two are gone down stream they knocked over the grill stand too",
         at="2031-06-11 07:40", entities=[("local", "2031-06-11 02:00"), P(count="1")],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="low"),
    # A rainbow crosswalk painted over "right now": low raised to medium. "maybe 50" 47-53; "grey work shirt" -> "grey
    # shirt", "Bruins cap" -> "cap" (holdout21); "Main and 6th" the intersection; the cars going around him are cars in
    # general.
    dict(written="A man's out in the middle of Main and 6th rolling black paint over the new rainbow crosswalk right now, he's got a paint tray and a roller on a pole and he's already done half of it. Cars are going around him. White guy, maybe 50, grey work shirt, Bruins cap.",
         spoken="a man's out in the middle of main and sixth rolling black paint over the new rainbow cross walk right now he's got a paint tray and a roller on a pole and he's already done half of it cars are going around him white guy maybe fifty gray work shirt bruins cap",
         at="2031-06-10 06:15", entities=[P(count="1", sex="male", age="47-53", clothing=["grey shirt", "cap"]), ("now",)],
         places=[("intersection", "Main Street", "6th Street")], category="vandalism", priority="medium"),
    # "Overnight" 02:00, told at 07:05: tires let down on a church's vans, vandalism, low. "both our church vans" are
    # vehicles in general (two, undescribed); "somebody" a person; "Saturday morning" a future time; "Oak by 2nd" the
    # intersection.
    dict(written="Custodian at Trinity Lutheran on Oak by 2nd. Overnight somebody cut the valve stems on every tire of both our church vans, they're sitting flat on the rims in the lot. The youth group's supposed to leave for camp in them Saturday morning.",
         spoken="custodian at trinity lutheran on oak by second overnight somebody cut the valve stems on every tire of both our church vans they're sitting flat on the rims in the lot the youth group's supposed to leave for camp in them saturday morning",
         at="2031-06-10 07:05", entities=[("local", "2031-06-10 02:00"), P(count="1")],
         places=[("intersection", "Oak Street", "2nd Street")], category="vandalism", priority="low"),
    # "It's 2:10" said while they are at it is that time: low raised to medium (teenagers doing the damage are no
    # children at risk). "three kids" 3; the roof and the brick are Oakford High's; "CLASS OF 31" no number of a place.
    dict(written="It's 2:10 and there's three kids up on the roof over the front doors of Oakford High spray painting CLASS OF 31 in huge letters down the brick. They've got a ladder up on the flagpole side. Must be the senior prank, but that's the brand new brick.",
         spoken="it's two ten and there's three kids up on the roof over the front doors of oakford high spray painting class of thirty one in huge letters down the brick they've got a ladder up on the flag pole side must be the senior prank but that's the brand new brick",
         at="2031-06-13 02:12", entities=[("local", "2031-06-13 02:10"), P(count="3")],
         places=[("landmark", "Oakford High School")], category="vandalism", priority="medium"),

    # ---------------------------------------------------------------- disturbance
    # A threat to shoot a principal with no gun seen: a disturbance, high (a man in danger, as holdout20's threat; no
    # weapon annotated). "Grey polo shirt" -> "grey shirt", "blue Patriots hat" -> "blue hat"; the principal, the son
    # and the people around him are persons; the bleachers are Oakford High's.
    dict(written="I'm an usher at the Oakford High graduation. A man in the top row of the home bleachers keeps screaming that he'll shoot the principal if his son doesn't get to walk with his class. I haven't seen any gun on him. People around him are moving away. Grey polo shirt, blue Patriots hat.",
         spoken="i'm an usher at the oakford high graduation a man in the top row of the home bleachers keeps screaming that he'll shoot the principal if his son doesn't get to walk with his class i haven't seen any gun on him people around him are moving away gray polo shirt blue patriots hat",
         at="2031-06-13 18:55", entities=[P(count="1", sex="male", clothing=["grey shirt", "blue hat"]), P(count="1"), P(count="1", sex="male"), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="disturbance", priority="high"),
    # "It's 1:20 in the morning" is that time: low raised to medium. The DJ, the kids ("2+") and the dad are persons; "a
    # block away" no place; the flatbed trailer is no vehicle of the event.
    dict(written="It's 1:20 in the morning and the graduation party at 1148 Oak has a DJ set up on a flatbed trailer in the driveway. The bass is rattling my windows a block away and kids are screaming on the lawn. I called the house and the dad laughed at me.",
         spoken="it's one twenty in the morning and the graduation party at eleven forty eight oak has a d j set up on a flat bed trailer in the drive way the bass is rattling my windows a block away and kids are screaming on the lawn i called the house and the dad laughed at me",
         at="2031-06-15 01:23", entities=[("local", "2031-06-15 01:20"), P(count="1"), P(count="2+"), P(count="1", sex="male")],
         places=[("address", 1148, "Oak Street")], category="disturbance", priority="medium"),
    # A drunk knocking over tables and throwing a chair that missed ("knocking over", going on): low raised to medium
    # (no one hurt, as holdout20's bottles). "camo hat" kept; the vendors "2+" and the girl pouring persons; "in the lot
    # next to City Hall" relative.
    dict(written="There's a drunk guy at the Sidewalk Days beer garden in the lot next to City Hall knocking over tables and screaming at the vendors because they cut him off. He just threw a chair at the girl pouring. It missed. Shirtless, sunburned, camo hat.",
         spoken="there's a drunk guy at the sidewalk days beer garden in the lot next to city hall knocking over tables and screaming at the vendors because they cut him off he just threw a chair at the girl pouring it missed shirtless sunburned camo hat",
         at="2031-06-14 16:40", entities=[P(count="1", sex="male", clothing=["camo hat"]), P(count="2+"), P(count="1", sex="female"), ("now",)],
         places=[("relative", ("landmark", "City Hall"))], category="disturbance", priority="medium"),
    # Non-native: a couple screaming and throwing things with a child crying ("they are screaming", going on): low
    # raised to medium (the child too; raises do not stack). "The couple" 2; "apartment 2B" no number of a place;
    # "Already twenty minutes" a duration.
    dict(written="Excuse me, the couple across from my door, apartment 2B at 1010 Walnut, they are screaming very loud at each other and things are breaking on the wall, and the little boy is crying and crying. Already twenty minutes like this. I don't hear somebody is hit.",
         spoken="excuse me the couple across from my door apartment two b at ten ten wall nut they are screaming very loud at each other and things are breaking on the wall and the little boy is crying and crying already twenty minutes like this i don't hear somebody is hit",
         at="2031-06-10 23:30", entities=[P(count="2"), P(count="1", sex="male")],
         places=[("address", 1010, "Walnut Street")], category="disturbance", priority="medium"),
    # No place ("the Station Road crossing" and "on 12th" streets alone). A web tip about night work noise every night
    # (a habit): low. The crew "2+" and the wife persons; "works at 5" a habit and "since Sunday" no times.
    dict(written="Web tip: The railroad crew at the Station Road crossing has been running generators and those backup beepers all night every night this week, right behind our bedrooms on 12th. My wife works at 5 and she hasn't slept since Sunday. Is that even allowed? Nobody warned us.",
         spoken="web tip the railroad crew at the station road crossing has been running generators and those back up beepers all night every night this week right behind our bed rooms on twelfth my wife works at five and she hasn't slept since sunday is that even allowed nobody warned us",
         at="2031-06-11 08:45", entities=[P(count="2+"), P(count="1", sex="female")],
         places=[], category="disturbance", priority="low"),
    # A neighbour who swore at the caller "yesterday", no threat of harm: a disturbance, low. The neighbour and the
    # grandkids ("2+") are persons; the boat trailer is no vehicle (a trailer undescribed); "ten minutes" a duration.
    dict(written="I want this on record. My neighbor at 919 Chestnut keeps backing his boat trailer over my lawn to get it into his driveway, and yesterday when I asked him to stop he stood on my porch swearing at me for ten minutes in front of my grandkids. He didn't touch me.",
         spoken="i want this on record my neighbor at nine nineteen chestnut keeps backing his boat trailer over my lawn to get it into his drive way and yesterday when i asked him to stop he stood on my porch swearing at me for ten minutes in front of my grand kids he didn't touch me",
         at="2031-06-12 17:45", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("address", 919, "Chestnut Street")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # A man lying across railroad tracks with a train due in minutes: a life at risk (other, critical, as train3's rock
    # on the tracks). "grey sweatshirt" and "jeans" kept; "the 6:52" a schedule; "eight minutes" no time; "behind
    # Central Station" relative; the platform is where the caller is.
    dict(written="There's a man lying across the railroad tracks behind Central Station with his head right on the rail, and the board inside says the 6:52 is due in eight minutes. I yelled at him and he won't move, he just waved me off. Grey sweatshirt, jeans. I'm up on the platform, I can't get down there.",
         spoken="there's a man lying across the railroad tracks behind central station with his head right on the rail and the board inside says the six fifty two is due in eight minutes i yelled at him and he won't move he just waved me off gray sweatshirt jeans i'm up on the platform i can't get down there",
         at="2031-06-11 06:44", entities=[P(count="1", sex="male", clothing=["grey sweatshirt", "jeans"])],
         places=[("relative", ("landmark", "Central Station"))], category="other", priority="critical"),
    # A man with dementia gone from a pancake breakfast "about 20 minutes ago": a missing vulnerable person (high).
    # "Blue plaid shirt" -> "blue shirt", "khaki pants" kept, a cane no clothing; the breakfast is at Fire Station
    # Number 2.
    dict(written="We're at the Father's Day pancake breakfast at Fire Station Number 2 and my dad, he has dementia, went to the men's room about 20 minutes ago and never came back. He's not anywhere in the station. Blue plaid shirt, khaki pants, walks with a cane. He doesn't have a phone and he doesn't know this part of town.",
         spoken="we're at the father's day pancake breakfast at fire station number two and my dad he has dementia went to the men's room about twenty minutes ago and never came back he's not anywhere in the station blue plaid shirt khaki pants walks with a cane he doesn't have a phone and he doesn't know this part of town",
         at="2031-06-15 09:25", entities=[P(count="1", sex="male", clothing=["blue shirt", "khaki pants"]), ("ago", 20)],
         places=[("landmark", "Fire Station Number 2")], category="other", priority="high"),
    # A nesting hawk diving at passers-by at a library, nobody hurt: other, medium (an animal with people close, as
    # holdout21's deer; "other" is not lifted for being recent). "A minute ago" one minute; the lady and the kids ("2+")
    # are persons, "anybody" is not; "at 10" a schedule, no time; the front walk is the library's.
    dict(written="There's a hawk nesting in the big oak on the front walk of the Oakford Public Library and it keeps dive-bombing anybody who walks under it. A minute ago it swooped at a lady and knocked her glasses off. Kids are coming for story time at 10. Can somebody close off that side?",
         spoken="there's a hawk nesting in the big oak on the front walk of the oakford public library and it keeps dive bombing anybody who walks under it a minute ago it swooped at a lady and knocked her glasses off kids are coming for story time at ten can somebody close off that side",
         at="2031-06-10 09:35", entities=[("ago", 1), P(count="1", sex="female"), P(count="2+")],
         places=[("landmark", "Oakford Public Library")], category="other", priority="medium"),
    # A tent lifting in a storm with people under it: other, medium (a hazard over people, as holdout20's canopy). The
    # merchants who put it up "2+"; "about thirty people" 3+; "Main between 4th and 5th" the 400 block.
    dict(written="The big white tent the merchants put up for Sidewalk Days on Main between 4th and 5th is lifting in this wind, two of the stakes already pulled out and one pole is swinging. There's still about thirty people under it at the tables waiting out the rain. The storm's right on top of us.",
         spoken="the big white tent the merchants put up for sidewalk days on maine between fourth and fifth is lifting in this wind two of the stakes already pulled out and one pole is swinging there's still about thirty people under it at the tables waiting out the rain the storm's right on top of us",
         at="2031-06-12 18:20", entities=[P(count="2+"), P(count="3+")],
         places=[("block", 400, "Main Street")], category="other", priority="medium"),
    # No place. A question about wildfire smoke: other, low. The mother a person; "Canada" and "the radio" no place or
    # person.
    dict(written="Quick question, it's not an emergency. The sky's orange and my whole street smells like a campfire. Is something burning here in town, or is that the smoke from the fires up in Canada they were talking about on the radio? My mother has COPD and I'm trying to decide whether to keep her inside.",
         spoken="quick question it's not an emergency the sky's orange and my whole street smells like a campfire is something burning here in town or is that the smoke from the fires up in canada they were talking about on the radio my mother has c o p d and i'm trying to decide whether to keep her inside",
         at="2031-06-10 08:10", entities=[P(count="1", sex="female")],
         places=[], category="other", priority="low"),
    # A drinking fountain running for two days: other, low (nothing in danger; "other" is not raised for the little
    # kids, "2+"). "two days" a duration; the fountain is Maple Square's; "Parks" talked of, no person.
    dict(written="Not an emergency at all. The drinking fountain by the playground in Maple Square has been stuck on and running full blast for two days now, the whole path's a mud puddle and the little kids are splashing in it. I left a message for Parks but nobody's called back.",
         spoken="not an emergency at all the drinking fountain by the playground in maple square has been stuck on and running full blast for two days now the whole path's a mud puddle and the little kids are splashing in it i left a message for parks but nobody's called back",
         at="2031-06-11 15:50", entities=[P(count="2+")],
         places=[("landmark", "Maple Square")], category="other", priority="low"),
]

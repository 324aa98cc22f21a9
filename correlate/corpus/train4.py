"""A fourth training set (200 tips) for the statistical category and priority models, written blind: its author read
only the corpus README, the corpus scripts (train3.py, holdout18.py, holdout17.py, hand.py and make_corpus.py's geometry
helpers, priority helper, hand_records and set registration in full for the format, the place truth and the label
conventions; the docstrings (in full, or their openings) of every other holdout and train set for the situations,
periods and choices they add; town.py; and the written text of every earlier tip in hand.py, holdouts 1-18 and train1-3,
gathered into one list by importing the modules, searched by keyword before each situation was drafted (about forty
planned situations were dropped there because an earlier set already had them) and compared draft by draft by shared
four-word runs and content-word overlap, after which about thirty drafted tips that came too close to an earlier
situation or sentence were replaced and about twenty more reworded) and the town data (config/demo/README.md and
town.py, from which config/demo/town.geojson is made), and never opened the extractor's source, its tests, examples or
benches, nor the gateway, the ASR, vision, telephony or ONNX code, nor the fuzz targets, nor the repository README, nor
any .jsonl file but its own output, nor read the commit history, nor ran cargo, the extractor, `tipline` or any
evaluation, nor saw any score or miss list. Like train1-3 it is meant to be learned from, so it aims at breadth and at
the everyday run of calls a tip line gets as much as at emergencies.

It is spread over the whole of 2028 (a leap year; no earlier set is set in 2028: holdouts 11-18 are set in single weeks
of 2026 and 2027, train3 in February to October 2026), 14 to 19 tips in every month and every hour but 4 a.m., no single
week themed: New Year's Day just after midnight; January cold, outdoor hockey and ice fishing on the river; a party on
the night of the big game (Sunday 13 February); Valentine's Day; Leap Day (Tuesday 29 February); Town Meeting Day
(Tuesday 7 March) in the Oakford High gym; sugaring season on Old Mill Road; 20 April at a dispensary; spring Little
League signups; tulip beds; summer heat, the Community Pool, thunderstorms and a moose; leaf-peepers at an orchard in
October and deer and bow season in October and November; the presidential election (Tuesday 7 November) and its night;
the Thanksgiving weekend and the Christmas-tree lots; snow-emergency parking, Christmas Eve and the week after
Christmas. Each of the 14 categories has 14 tips (medical, theft, traffic and other 15), and every category has tips at
each priority its base and the raises and lowers allow: weapon (a pistol fired into a television at a party, a box
cutter on a florist, a rifle from a duplex window at traffic (dispatch), a small child with a handgun in a yard, a
shotgun on a repossession driver, a hunting knife on a car window in road rage, a pistol on a trivia-night table, a
rifle in a guitar case on a bus, a revolver shown to two boys on a platform, a machete worn on a belt (a web tip), a
pistol found in a laundromat dryer, a pistol aimed from a Ram the afternoon before (a web report), a knife shown at a
bus stop two days before, a gun shown at a door the night before); fire (an ice-fishing shack, a group-home kitchen with
a resident hiding, a three-storey building (dispatch), a storage unit someone sleeps in, pallets lit by a grinder, a
patio pizza oven and pergola, an air fryer, stove ashes on a deck, smoke from a library's electrical room, straw bales
at a corn maze, a porch planter, a microwave, a burn barrel, a bathroom fan); medical (a stroke at town meeting, a man
stiff in the snow, chest pain and collapse, an overdose in a car-wash line, a Tylenol overdose, a kidney stone, a hip at
a leap-day birthday, a skate blade, a fall from a ladder (EMS), a sudden headache, a fishhook in an eyelid, a panic
attack, mushrooms from the yard, a fish bone, a burned palm); robbery (a motel desk at knifepoint, a dispensary with
long guns (dispatch), a home invasion told by text from a closet, a parking booth, a car taken at gunpoint on a test
drive, a borrowed phone, scratch-ticket winnings, a boy's shovelling money, earrings torn out, a bus-shelter chokehold,
a night cleaner's phone, wallets at a bowling alley, a mountain bike, earbuds at the courts); assault (a man shoved down
an escalator, a boy beaten with a hockey stick, a pool cue to the head, a mug thrown by a girlfriend, nail-polish
remover thrown at a technician, a shove into rose bushes, a head-butt at a ticket window (dispatch), girls fighting at a
bus shelter, a child punched by a stepfather (typed), a slap in a checkout line, a bus monitor, an election-night punch,
a substitute teacher, a shove off a squat rack); burglary (a church office, a daycare on a monitoring centre's audio, a
window screen cut while a woman hides, a garage on a camera, a boarded-up ice cream stand, a house in the hour its owner
shopped, a house found open after school (typed), a detached garage overnight, a house during church, a flat during a
work day, a school art room over the winter break, a Little League shed since October, a vacant rental's water heater,
money going from a sugar bowl); theft (sap buckets and spouts, koi from a pond, a bottle-return room, a violin from a
car in a pickup line, plywood from a site, hearing aids, deck screws carried out, a father's pain pills, a purse from a
Jeep (dispatch), a guitar from a band room, a bike from the station, a ring in a hospital room, apples picked by
leaf-peepers, an outboard motor, an egg stand's cash box); traffic (a pickup through the river ice, a plow backing over
a man, a burning rollover (dispatch), an old man driving along a square's sidewalk, a deer through a windshield, gravel
dumped on a car, heating oil leaking across a street, a tree across a street, Christmas trees off a flatbed, a moose, a
flattened stop sign, freezing rain on a hill, a light pole backed into, a trailer parked at a corner for weeks, a driver
run into a ditch the day before); drugs (pills and a pistol in a mall arcade, dealing from a Rogue with a machete
(dispatch), vapes sold from a porch to middle schoolers, a couple shooting up with a toddler in the car, a pipe at a
mother's flat, a daycare worker nodding off, edibles sold to a 16-year-old, a THC vape at a middle-school dance, a
grandson's scale, needles in a cart corral, mushrooms under a market table (a web tip), a backpack passed between cars,
a line cook, cars at a neighbour's at night); vandalism (a dumpster rolled down a hill toward children crossing, a
manhole cover pried off, glass glued in a slide, a truck's windows smashed with a golf club, a water tower painted,
school-bus tyres let down, shopping carts into the river, paint across windshields, a speed sign, tulips pulled, the
town's welcome sign, a pink hydrant, etched shop windows, paint over a car); suspicious vehicles (the car in an Amber
Alert, a man exposing himself from a minivan by a rink, a handgun on a dashboard facing a store's doors, a man luring a
boy to a car at a school fence, a septic truck emptying into a storm drain, a car passing children again and again,
masked men idling by a jeweller's, a hit-and-run car in a garage, a pickup jacking deer, an abandoned car with an empty
car seat, a taco truck slept in, a sedan watching a house, a car with an "IN TRANSIT" paper tag, a car at a trailhead
for days); suspicious people (a man reaching for a little girl's hand in a store, a man offering sunscreen at the kiddie
pool, a teenage girl mouthing "help me", a very drunk young woman put into a stranger's car, a man trying the doors of
ice-fishing shacks, photographs in an ER waiting room, a ski mask in the heat by a pharmacy's back door, a man standing
still facing a building at 1:10, a metal detector at 2 a.m., a man sleeping in an ATM vestibule, a boy who looks in an
85-year-old's windows, a man camping behind houses, a bow hunter crossing posted land, a man asking a girl for pictures
(typed)); disturbances (an ex with a gas can, a father on the ice threatening a teenage referee, a threat to come back
with a rifle at the tax office, a New Year's party in the street, neighbours over a campaign sign, a man kicking a
laundry machine (non-native), a man kicking cinema seats, a woman in crisis slapping car hoods, a preacher at a
Christmas Eve service, pickleball at dawn, a treadmill at 3 a.m., students banging on car roofs, a man yelling at a bus
shelter, a bar's patio DJ) and "other" (a carport collapsed on a man, a power line on a minivan with a family inside, a
worker in a compactor, a grandfather with a bad heart missing in the cold, a boy stuck up a pine, someone stuck in a
chimney, huskies that killed chickens growling at children, a girl alone outside the library after closing, a small boy
alone at the QuickStop, a bat over a crib, a deer with an arrow in it, a snow parking-ban question, a wallet found at a
cafe, a tax return filed in the caller's name, old ammunition in a late father's basement).

Registers: calm, frightened ("I'm hiding in the bathroom", "I'm banging on it and he doesn't answer", "Please go now,
don't call her phone"), angry, hesitant ("This might be nothing", "This is a small thing", "Not an emergency now",
"Quick question, not an emergency", "Kind of embarrassing", "Please keep this anonymous", "I'm not trying to get anybody
arrested, I just want it on file", "I don't want to get a child in trouble"), elderly ("I'm 80, I got out with the cat",
"I'm 74", "I'm 83 and I live across from", "I'm 85 and I live alone", "I'm 88"), texts in lower case without apostrophes
("theres", "im locked in the bathroom upstairs", "please dont call back, text", "my moms ipad", "its not in the eye
itself i dont think", "he had a grey beard", "hes a process server"), a child typing (the stepfather's punch),
non-native ("the air fryer in my kitchen make fire and the fire go up in the cupboard", "A customer don't like her nails
and she throw the bowl of the remover in my face", "he grab my phone from my hand and push me on the wall", "I come home
from my work at 4", "Now I come back and is only the lock, cut", "because she take his clothes out of the machine", "Two
days before, Saturday night ... one young man take out a knife"), second-hand (a mother's text from a closet, a sister
on the phone, a son's photo from his mother's flat, a mother's call about a headache, a son's word about a bus monitor,
a daughter's word about a porch seller, a fifteen-year-old's story), workplace callers (a flower shop, a bartender, a
night clerk, a parking booth attendant, a group-home worker, a site foreman and a superintendent, a library front desk,
a pool lifeguard, a hospital security officer, a lumber yard, a store manager, a clerk, a cinema manager, a tax
collector's office, a sexton, a custodian, a Little League board, a chaperone, a youth hockey coach, a nail technician,
a night cleaner, a skating mom, a donut shop), web-form notes ("Web tip:", "Web report:"), dispatch, EMS and alarm
shorthand ("Shots fired, 300 blk Kingsley Ave", "Multiple RPs", "M subj", "WB", "NB", "3-story multi-family", "2nd alarm
requested", "EMS to", "M 40s", "approx 10 ft", "C/o", "A&O x4", "c-spine", "Per RP", "2 M subjs ... w/ long guns", "Susp
veh", "approx 0815", "F ticket agent", "possible fx", "W/M 50s", "1-veh rollover w/ fire", "FD and EMS en route", "Theft
from vehicle ... approx 1330", "No susp info", "Narcotics in progress"), a monitoring centre's call, and six
self-corrections (a cross street, a plate, a colour, a house number, a count, a clock time), annotated as corrected.
Spoken forms add fillers ("um", "uh", "yeah so", "okay so", "hi", "yes hello", "oh my god", "oh god", "please"), split
words ("walk in", "drive way", "side walk", "shot gun", "hand gun", "pick up", "mini van", "back yard", "bed room",
"bath room", "head lamp", "lap top", "ply wood", "out board", "snow mobile", "car port", "man hole", "crow bar", "trail
head", "tread mill", "pickle ball", "e m s", "t v", "c r v", "r p", "f d", "t h c", "a t m", "d j", "x box", "i pad"),
the usual mishearings (kingsly, willo, ceder, burch, wallnut, wall nut, chest nut, maine, spruse, hawthorne, lincon, oak
ford, north gate, fresh mart, quick stop, rosies bakery, river side, mill brook) and new ones ("kings lee" for Kingsley,
"fresh mark" for FreshMart, "see der" for Cedar, "haw thorn" for Hawthorn), plates letter by letter ("k d l five two oh
eight", "four r t one one nine", "seven a b three eight one", "o r r two two"), in the NATO alphabet ("lima tango x ray
four oh nine two", "victor kilo five five eight one"), as "as in" ("g v b as in boy"), corrected ("g v r no g v b") and
partial ("h q", "five m z", "plate ends in four four").

Numbers that are not addresses: "like twelve of us", "2nd floor", "the number 3 bus", "platform 2", "the 5:52", "dryer
6", "Ram 1500", "two days before", "3-story", "unit 14", "ten feet tall", "about 20 minutes", "her 20th" and "turning
80" on Leap Day, "He's 12", "approx 10 ft", "20 minutes away", "apartment 3", "She's 67", "She's 22", "She's 70", "the
size of an egg", "$500", "$40", "the 5:50 bus", "bus 12", "He's 7", "4th grade", "200 pounds", "from 9 to 11",
"apartment 2", "since the 22nd", "two hundred dollars of buckets", "ten trees", "40 sheets", "$6,000", "He's 10", "three
times this week", "30 are missing", "fifteen people", "a 15 horse Yamaha", "around $60", "six years", "like thirty
trees", "three weeks", "at least a dozen cars", "about a dozen used needles", "about twenty vape cartridges", "eleven"
cars, "He's 19", "theater 3", "2B", "40 feet", "8 a.m.", "maybe eight" college kids, "30 feet", "about 10 degrees",
"like 90 degrees", "$150", "$400", "$3,200", "four days", "level 2", "pump 4", and ages of victims, relatives and
callers. Look-alike words that are not places or entities: "the Pines Motel" (not Pine Street), "maple trees", "a big
oak", "the big white pine" (trees, not Maple Avenue, Oak or Pine Street), "Bloom and Stem", "Green Leaf", "Rack 'Em",
"Sunny Days Daycare", "Little Acorns daycare", "Bishop Lumber", "Orr Builders", "Oakford Fuel" and "WELCOME TO OAKFORD"
(names), "Northline Security", "Quick Flush", "the Lantern", "St. Anne's", "the historical society", "the garden club",
"the IRS", "the power company", "the town", "Mall security", "the fire department", "4th grade" (not 4th Street),
"Patriots hoodie", "Quebec plates", "Massachusetts plates", "Ohio plate", "Ashby" on a license, "Daniel Ruiz", "Danny",
"the Elm Street doors" and "the Elm Street side" (a door of a landmark), "the donut shop" (not "the bakery", which would
name Rosie's), "the station" the caller's bike was at (Central Station), "Trek", "Fender", "Yamaha", "Xanax", "Tylenol".
Tips with no place (wallets outside "the bowling alley on Station Road", screws at "Bishop Lumber on Station Road",
edibles from "the dispensary on Market Street", mushrooms at "the Thursday market on Market Street", the welcome sign
"on Route 9", a car "at the little trailhead pull-off on Old Mill Road", a preacher "outside St. Anne's on Church
Street", a bus monitor) and places given only by a street ("toward Pine", "onto Pine", "down Oak toward 12th", "the Elm
Street doors", "north on 5th").

Same format and conventions as hand.py, holdouts 4-18 and train1-3 (written to extraction_train4.jsonl), with the
choices their docstrings list (holdout18, then holdout17, then train3, then earlier sets where they differ): every
person other than the caller annotated once, also one named through a possessive; a described member of a group a
separate person only with their own attributes; people said to be away, absent or dead not annotated; partial plates as
said; corrected values as corrected; "last night" 23:00 the day before, "overnight" 02:00, "this afternoon" / "yesterday
afternoon" 14:00, "since ..." the start; habits, durations, weekdays, dates, schedule and future times are not times;
"about N" / "maybe N" / "like N" years N-3..N+3, a decade its ten years, teens 13-19, old/older 60-90, young 18-29;
victims', relatives' and callers' stated or estimated ages not annotated, a descriptive age word for a victim is; a
vehicle's type only when a type word is in its description and not when a model describes the same vehicle; base
priorities weapon, fire, medical, robbery, assault high, burglary, theft, traffic medium, the rest low; critical for a
weapon in use or a life at risk, high for an injury or a weapon seen, low to medium for children at risk, one step (not
above high) for an event still happening (a said time within 15 minutes, or with no time said a present progressive for
a low call), one step lower when more than six hours old (weapons and robberies used hours or days ago included, as a
weapon seen); raises do not stack; child luring and a missing vulnerable person high.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type; a box cutter, a steak knife, a hunting knife and a folding knife are "knife" (train3), a
  revolver and a pistol "handgun", "long guns" "rifle", "a gun" "gun". A pistol fired into a television and waved at a
  room, a rifle fired at traffic, a shotgun pointed at a tow driver, a hunting knife banged on a car window with
  children inside and a box cutter held on a woman backed into a cooler are in use (critical); a small child holding a
  handgun is critical (train2's child with a gun). A pistol laid on a bar table, a rifle in an open guitar case on a
  bus, a revolver shown to two boys, a machete worn on a belt, a handgun on a dashboard and the pistol and machete
  beside drug sellers are weapons seen (high); a loaded pistol found in a dryer is high (as holdout4's and holdout13's
  found handguns). A pistol aimed the afternoon before, a knife shown two days before and a gun shown at a door the
  night before are weapons used hours or days ago, lowered to medium. Not weapons: a hockey stick and a pool cue swung
  at heads (improvised, as train3's bike lock), a coffee mug, a golf club and a crowbar used on things (tools on
  property, train2), a gas can, a grinder, ammunition with no gun, and "A bow hunter" whose bow is not said to be in his
  hands.
- Categories: the pistol in the dryer, the machete on the belt and the rifle on the bus are weapon calls (the weapon is
  the event). A group-home resident hiding from the smoke and a man in a smoking storage unit are fire, critical. A
  stroke, a man stiff in the snow, chest pain and collapse, an overdose at the wheel and an intentional overdose in a
  girl who is awake (a mental-health crisis present and reachable, train2's ledge) are medical, critical; a kidney
  stone, a sudden worst-ever headache and a panic attack are medical, high; mushrooms eaten at 07:00, a fish bone since
  dinner and a burn the night before are judged by the event and lowered to medium (as holdout17's concussion). A home
  invasion at gunpoint is robbery (train1), critical; earrings torn out and a phone taken with a shove into a wall are
  robbery, high. An older man shoved down an escalator and not moving, a boy beaten about the head with a hockey stick
  and a man seizing after a pool cue are assault, critical; a slap by a substitute teacher on the Friday is assault
  lowered to medium. Burglaries: a daycare's voices at 02:45 told at 02:47 and a church office now are high; a house
  entered at an unknown time the same day (train2), a house entered during church and a flat entered during a work day
  (the middle of the window under six hours old) are medium; an art room over the winter break, a shed since October, a
  vacant rental since the Sunday and money going from a sugar bowl over a month are low. Theft: koi netted from a pond
  and sap buckets taken off trees are theft (nothing entered), high while going on; a contractor walking out with screws
  three times a week is medium (a habit, as holdout15's power drawn all summer); a van of leaf-peepers picking apples on
  the Sunday is low. Traffic: a pickup through the river ice and a plow pinning a man are traffic, critical (crashes,
  not the rescue category); an old man driving along a sidewalk now and heating oil leaking across a street now are high
  (medium raised for now); a tree across a street, trees off a flatbed, a moose, a flattened stop sign and freezing rain
  on a hill are medium (hazards, no time said); a trailer parked at a corner for weeks is low (a parking matter, as
  train1's car on a hydrant). Drugs: sales to middle schoolers, a couple shooting up with a toddler watching, a pipe
  where two children stay, a daycare worker nodding off over toddlers, edibles sold to a 16-year-old and a vape at a
  middle-school dance are medium (children; raises do not stack). Vandalism: a dumpster rolled toward children crossing
  is critical (lives at risk, as train2's footbridge); a manhole cover pried off (a boy's ankle broken in it) and glass
  glued in a slide (a girl cut) are high (an injury, as train1's brick). Suspicious vehicles: the car in an Amber Alert
  with a small girl in it is critical (a child taken, as train3's girl pushed into a car); a man exposing himself to two
  girls from a minivan and a man luring a boy to his car at a school fence are high (danger to children from a car, as
  train3's ride offered from a car, although holdout5 filed a van's luring under suspicious person); a handgun on a
  dashboard is high (a weapon seen, train3's Tahoe); a septic truck emptying into a drain is medium (dumping seen from a
  vehicle, train2, now); a hit-and-run car seen parked now is medium (low raised for now). Suspicious people: a man
  reaching for a little girl's hand, a man offering sunscreen to small girls, a teenage girl held by the arm who mouths
  "help me" and a very drunk young woman put into a stranger's car are high (a child or a woman in danger now); a boy
  looking in an 85-year-old's windows, a man camping behind houses and a bow hunter crossing posted land are low
  (habits). Disturbances: an ex with a gas can threatening to burn a house with a woman in it, a father threatening a
  teenage referee on the ice and a man threatening to come back with a rifle are high (threats, no blow and no weapon
  seen, as holdout14's and train2's threats); a woman screaming in the road and slapping car hoods is a disturbance,
  medium (no one hurt; the conventions do not decide between a disturbance and a mental-health crisis). Other: a carport
  collapsed on a man, a power line across a minivan with a family inside and a worker in a compactor are critical
  (rescues); a grandfather with a bad heart gone three hours in the cold is high (a missing vulnerable person); a boy
  stuck thirty feet up a tree, someone stuck in a chimney and dogs growling at children on a slide are high (a rescue,
  or animals menacing children, nobody hurt yet); a girl alone after closing, a small boy alone at a store, a bat over a
  crib and a deer with an arrow in it are medium (going on, as holdout16's goose and holdout18's fox); a question, found
  property, a fraud and old ammunition are low.
- Vehicles: "Dodge Charger" dodge charger (twice), "Ram 1500" ram 1500 (holdout7), "Honda CR-V" cr-v, "Dodge Durango"
  durango (twice), "Honda Accord" accord (twice), "Jeep Cherokee" cherokee (twice), "Ford F-250" f-250, "Ford F-150"
  f-150, "Subaru Forester" forester (twice), "Honda Odyssey" odyssey, "Honda Civic" civic, "Nissan Rogue" rogue,
  "Hyundai Elantra" elantra, "Chevy Malibu" chevrolet malibu, "Nissan Altima" altima, "Toyota Sienna" sienna, "Chevy
  Impala" chevrolet impala, "Ford Focus" focus ("dark blue" blue), "maybe a Tacoma" toyota tacoma ("Dark green" green),
  "Nissan Sentra" sentra, "Subaru Outback" outback; "his white Jeep" make jeep, "a gold Buick" gold buick, "a little
  silver Kia" silver kia and "a black Acura" black acura (a make, no type); "a white minivan", "a maroon minivan", "a
  silver minivan", "a blue minivan", "a white pickup", "his red pickup", "a grey van", "a white tour van", "a black
  sedan" and the taco truck's "Orange truck" as said; a tow truck, a plow truck, a dump truck, a flatbed, an oil truck
  and a septic truck "truck"; school buses one "bus" entity and two kids' bikes one "bicycle" entity (holdout8), a
  scooter ridden into an open manhole "scooter", a stolen mountain bike and a commuter's bike "bicycle", a boat trailer
  a vehicle with only its plate (as holdout10's cargo trailer). Annotated as part of the event: the minivan struck by
  rifle fire, the repossessed Charger and the tow truck, the knife man's pickup, the Ram, the ex's Jeep, the overdosing
  man's Accord, the robbers' Durango, the test-drive CR-V, the robber's minivan at the bowling alley, the Jeep a purse
  was taken from, the sap thief's pickup, the cans van, the contractor's F-250, the tour van, the pickup through the
  ice, the plow, the Forester on its roof, the Buick on the sidewalk, the two cars of the deer crash, the dump truck and
  the Kia, the oil truck, the flatbed, the cars slid together on ice (one "car"), the caller's Odyssey that hit a pole,
  the Civic that ran a driver off the road, the dealers' Rogue, Malibu and Charger, the Elantra, the F-150 smashed with
  a golf club, the Altima painted, the minivan under a power line. Not vehicles: a snowmobile, a boat, a drone, a hand
  truck, shopping carts, the car a violin was taken from (not described), cars in general ("passing vehicles", "cars are
  sliding", "all the parked cars", windshields in a lot, "cars pulling into that driveway"), the caller's car a caller
  sits in or watches from, the car a family stands beside.
- Persons: "people" a pistol is waved at ("like twelve of us" with the caller), "like twenty drunk people", "A bunch of
  kids", "A bunch of the kids", "about fifteen people" and "maybe eight drunk college kids" are "3+"; the audience of a
  late movie, "customers", "all the families", "Staff" and the "people" led out of a library, "my kids", "my children",
  "the kids", "the lifeguards", "the nurses", "the cashiers", "the other chaperones", the "people" jumping aside,
  "bystanders", "the owners" of shops, "the neighbors" a teenager waits with, "Customers", "Drivers", "the families" and
  "the kids" at a church, "people" at pickleball, "Kids" on bikes, "the kids from the after-school program", "her
  friends", "the little girls" (female) and "their parents", "the waitstaff", "Different guys" (male), "teenagers"
  (13-19) in an arcade are "2+"; "four of the residents", "Two guys", "two men in masks", "two teenage boys", "Two
  girls", "Two teenagers", "three big kids", "Three guys, no, four", "Two kids", "two little kids", "both kids", "Two
  other dads", "Their wives" (female), "Two of my neighbors" (male), "2 M subjs", "two people" and "two of the little
  girls" are counts; "One had a pink puffer coat" and "One's got a red beanie" are persons of their own, as is the boy
  among "both kids". "somebody" who did a thing is a person ("Somebody must have left it", "somebody flicked a
  cigarette", "Whoever took it", "Somebody just threw up"), and the neighbour, the cousin, the employee, the sister and
  the daughter named through possessives are persons, as are "the neighbor's" a caller waits at and "his buddy". Not
  persons: parents at work, a mother who is not answering, a grandpa a lost boy cannot find, the owners of ice shacks at
  work, a neighbour away at her daughter's, the director gone for the day, an ex who is not home, a late father and a
  late grandfather, the keyholder, "Multiple RPs", "Mall security", "the fire department", "the town", "the IRS", "the
  garden club", "the historical society", "the power company". Ages: "maybe 25" 22-28, "maybe 30" 27-33, "maybe 40"
  37-43 (twice), "like 40" 37-43, "maybe 50" 47-53, "maybe 16" 13-19, "in his 60s" 60-69, "W/M 50s" 50-59, "young" 18-29
  (two actors and a victim), "teenage", "teenagers" and "two teenage boys" 13-19, "The old guy", "an elderly F", "An
  older lady", "an older man", "the old lady", "An old man", "Older guy" and "An older man with no kids here" 60-90 (a
  descriptive word, actors and victims alike); "maybe 3", "He's 12", "She's 67", "She's 22", "She's 70", "turning 80",
  "my 16 year old" (twice), "He's 7", "He's 8", "He's 10", "He's 19", "He's 88", "I'm 88", "about 5", "She says she's
  10", "The 11 year old", "my 15 year old", "a 16 year old kid" (a referee, a victim), "M 40s" (a patient, as
  holdout17's "Driver W/F 20s") and "None of them can be older than 14" are not annotated. Clothing: "green flannel
  shirt" -> "green shirt", "Red flannel" -> "red shirt", "puffy black coat" -> "black coat", "black puffer vest" ->
  "black vest", "pink puffer coat" -> "pink coat", "Green army jacket" and "a green army jacket" -> "green jacket",
  "brown work jacket" -> "brown jacket", "grey work jacket" -> "grey jacket", "tan overcoat" -> "tan coat", "grey wool
  coat" -> "grey coat", "black cap with earflaps" -> "black cap", "red ball cap" -> "red cap", "black knit hat" ->
  "black hat", "Patriots hoodie" -> "blue hoodie" (train2), "orange hunting vest" -> "orange vest", "black hoodies" ->
  "black hoodie", "ski masks" -> "ski mask" and "masks" -> "mask", "Dark jacket" -> "jacket"; "white hoodie", "grey
  sweatpants", "camo jacket", "jeans", "black tracksuit", "grey sweatshirt", "blue coat", "blue gloves", "red hat",
  "orange hoodie", "camo pants", "red beanie", "tan jacket", "black ski mask", "gloves", "orange hat", "pink coat",
  "black jacket" and "red jacket" kept; glasses, sunglasses, a beard, a shaved head, a bald head, a neck tattoo, a
  headlamp, bare feet, "camo" alone, "Both in black", "in a suit", "Hood up" and a hat lying on a bench are not
  clothing.
- Times: "It's 11:30 at night", "It's 12:35", "It's 1:10 in the morning", "It's 2 in the morning" and "It's 2:15 in the
  morning" during the event are those times; "approx 0815", "approx 1330" and a monitoring centre's "at 2:45" are clock
  times; "Around 9 last night" 21:00, "last night around 10" and "around 10 last night" 22:00, "Last night around 11"
  23:00 and "Last night around 11:30" 23:30 the day before; "Around 2 last night, no, closer to 3" 03:00 of the received
  day (holdout8's "1:30 last night", corrected); "Yesterday afternoon" 14:00 and "Yesterday around 4" 16:00 the day
  before; "Around 7 this morning", "for breakfast around 7 this morning" and "Around 6 this morning" those hours; "at
  dinner last night around 7" 19:00 the day before; "last night" alone (a speed sign, paint poured with a bucket seen
  "around 11") 23:00 the day before; "Overnight" and "sometime overnight" 02:00; "this afternoon" 14:00; "about an hour
  ago" and "three hours ago" (a grandfather last seen leaving, as holdout17's "she left at 6:30") minutes ago; "right
  now" and, where a person of the event is, "He's walking fast toward Pine right now", "The neighbor's back in his
  garage now", "She's locked herself in the bathroom now", "now hes asleep on the couch", "He's home now" (a boy
  robbed), "he's out now" (a plow driver), "He's still out there now", "They're sitting by the pretzel place now", "He's
  got her in the passenger seat now" and "It is happening now" are now, while a narrative "now" ("it's all flames now",
  "now the whole stack is burning", "now the deck is on fire", "now there's a blister", "now the one who got hit is on
  the floor") is not, and neither is the caller's ("I'm at my sister's now", "im at the neighbors now", "Now I come
  back", "too shaken up to call until now") nor a request ("Please send someone to 1108 Oak right now", "Please go
  now"). Not times: "Saturday night", "Two days before", "Saturday", "on Friday", "Friday evening", "Tuesday evening",
  "Last Sunday afternoon", "Monday", "I was last there Sunday", "last week", "since Friday", "since Sunday", "since
  spring", "since the 22nd", "the end of October", "from 9 to 11", "between Saturday evening and this morning", "at 4"
  and "at 7 in the morning" (a tenant's comings and goings), "at 5" (a library's closing), "at 6" (an opening), "at 3",
  "at 6:30" and "at 10" (schedules), "the 5:52" and "the 5:50 bus", "till 11", "till 1 a.m.", "at 3 in the morning every
  night", "6 a.m. every single day", "Every Monday night around 9", "every afternoon", "every morning this week", "every
  night this week", "three times this week", "for about 20 minutes", "for twenty minutes", "for about an hour", "for
  almost an hour", "for three weeks", "for four days", "For about a week", "this morning" alone, "yesterday" alone,
  "tonight" (a question), "in half an hour", "any minute".
- Places: "the pond", "the outdoor rink", "the rink", "the ball field", "the basketball courts", "the boat launch", "the
  footbridge", "the bike path" and "the pickleball courts" at Riverside Park, "the Oakford High gym", "the art room" and
  "the band room" at Oakford High, "the bottle return room at FreshMart", "the cart corral at the far end of the lot",
  "the FreshMart loading dock", "the checkout line at FreshMart", "the fire lane facing the FreshMart entrance" and "the
  lot at FreshMart" (a flatbed's destination), "the exit booth of the St. Mary's parking garage", "the ER waiting room"
  and a patient's room at St. Mary's, "level 2 of the Northgate Mall parking garage", "the gym", "the food court", "the
  arcade", the escalator and the lot at Northgate Mall, "the Central Station ticket office", "the Central Station
  commuter lot", "platform 2 at Central Station" and "the station" a commuter's bike was at, "the back patio at the
  Corner Cafe", "the Community Pool lot", "the boys' changing room" and "the kiddie pool" at the Community Pool, "the
  Main Street Pharmacy lot", "the rear lot of Rosie's Bakery", "the pickup line at Lincoln Elementary", "the back fence
  of the Lincoln Elementary playground", "the Maple Square playground", "the lawn in Maple Square", "the Oakford Public
  Library lot", "the back door" of the Grand Cinema and "the tax collector's office at City Hall", "the Old Mill Brewery
  parking lot", "the QuickStop counter", "pump 4 at the QuickStop" and "the sidewalk at Maple Square" are the landmark;
  "the river behind the Old Mill Brewery", "the river ice behind the QuickStop", "the river path behind the QuickStop",
  "the bike racks outside Central Station", "the bus yard behind Lincoln Elementary", "the field behind Lincoln
  Elementary", "outside the Oakford Public Library", "the back door of the Main Street Pharmacy", "the beds around Maple
  Square", "in front of 632 3rd Street", "across from our house at 524 hawthorn", "across from 1121 Oak", "behind 316
  Pine" and "behind 1192 Cedar" are relative; "Elm by 7th", "Route 9 by Chestnut, sorry, by Walnut" (River Road and
  Walnut), "Kingsley near 5th", "8th and Oak", "down Maple ... coming up on 6th", "Walnut by 2nd", "Chestnut by 11th",
  "Old Mill Road by Pine", "10th and Pine", "Walnut by 9th", "Kingsley by 2nd", "Birch by 5th", "Hawthorn by 7th", "11th
  and Oak", "Hawthorn by 10th", "Cedar by 8th", "7th and Maple", "River Road by Hawthorn", "Old Mill Road by Cedar",
  "Old Mill Road by Birch", "Walnut by 11th", "River Rd by 11th", "Route 9 by Willow", "Kingsley and 6th", "Kingsley by
  7th", "Old Mill Road by Maple", "Cedar and 4th", "the bottom by Oak" of Church Street (twice), "the corner of Elm and
  2nd", "Old Mill Road by Oak", "Cedar by 10th", "Main by 8th", "Kingsley by 3rd", "the corner of Pine and 6th", "Spruce
  by 9th", "Main by 5th", "Main by 3rd", "4th and hawthorn", "Elm by 5th", "Elm and 10th", "Main by 11th" and "Hawthorn
  by 2nd" are intersections; "300 blk Kingsley Ave" (a diagonal), "pine between 7th and 8th", "Cedar between 5th and
  6th", "Pine between 9th and 10th", "Maple between 8th and 9th", "Main between 8th and 9th", "the 400 block of
  Chestnut", "Willow between 6th and 7th", "Hawthorn between 3rd and 4th", "Willow between 9th and 10th" and "Pine
  between 3rd and 4th" are blocks; "toward downtown" (a destination), "up in Northgate" (not the mall), "in Millbrook",
  "in the Station Quarter" and "over in Riverside" (not the park) are neighbourhoods; "473 Pine, no, 437 Pine" is 437
  Pine Street; "632 3rd Street", "522 6th Street", "640 11th Street", "826 9th Street", "1011 3rd street", "422 10th
  Street", "627 8th Street" and "417 12th Street" are addresses on numbered streets, "120 Station Road" and "180 Station
  Road" on Station Road, "100 Market Street" on Market Street and "110 Church Street" and "164 Church Street" on Church
  Street. Places where the caller only was or works are not the event's ("I was only at FreshMart for an hour", "I'm a
  nurse at St. Mary's", "the senior center"), while FreshMart where a man who showed a knife was seen again, the
  QuickStop where stolen cards were used and the FreshMart a missing grandfather walked to are places of the tip.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 1, 2, 7, 23, 29, 31, 44, 48, 50, 58, 60, 65, 101, 106, 108, 112, 131, 145, 150,
158, 173, 174, 186, 187 and 194 (1-based, in file order) gained a "now" time label.
"""
from hand import P, V, W

TRAIN4 = [
    # ---------------------------------------------------------------- weapon
    # A handgun fired into a television and waved at a room of guests: in use (critical). The cousin is named through a
    # possessive (female from "Her boyfriend"); "like twelve of us" is the caller's group, the people he waves it at
    # "3+"; "the game" names no place.
    dict(written="I'm hiding in the bathroom at my cousin's game-day party at 418 Pine. Her boyfriend lost a bunch of money on the game and he just shot the TV with a pistol, and he's walking around the living room waving it at people and saying nobody leaves. There's like twelve of us here.",
         spoken="oh my god i'm hiding in the bathroom at my cousin's game day party at four eighteen pine her boyfriend lost a bunch of money on the game and he just shot the t v with a pistol and he's walking around the living room waving it at people and saying nobody leaves there's like twelve of us here",
         at="2028-02-13 22:20", entities=[P(count="1", sex="female"), P(count="1", sex="male"), W("handgun"), P(count="3+"), ("now",)],
         places=[("address", 418, "Pine Street")], category="weapon", priority="critical"),
    # A box cutter held on a worker in a shop: in use (critical); a box cutter is "knife" (train3). "Bloom and Stem" is
    # a shop's name, no place; "Everybody else" is "2+".
    dict(written="This is Bloom and Stem, the flower shop on Elm by 7th. My employee's ex just came in with a box cutter out, he's got her backed into the walk-in cooler and he's screaming at her. Everybody else ran out the front. Please hurry.",
         spoken="this is bloom and stem the flower shop on elm by seventh my employee's ex just came in with a box cutter out he's got her backed into the walk in cooler and he's screaming at her everybody else ran out the front please hurry",
         at="2028-02-14 12:35", entities=[P(count="1", sex="female"), P(count="1", sex="male"), W("knife"), P(count="2+"), ("now",)],
         places=[("intersection", "Elm Street", "7th Street")], category="weapon", priority="critical"),
    # Dispatch: a rifle fired from a window at traffic, still at the window: in use (critical). "RPs" are callers; the
    # minivan struck is part of the event (westbound); its driver a person; "2nd floor" no number of a place.
    dict(written="Shots fired, 300 blk Kingsley Ave. Multiple RPs report a M subj in a 2nd floor window of a yellow duplex firing a rifle toward passing vehicles. A white minivan was struck, driver uninjured, continued WB. Subj still in the window.",
         spoken="shots fired three hundred block kingsly avenue multiple r p's report a male subject in a second floor window of a yellow duplex firing a rifle toward passing vehicles a white mini van was struck driver uninjured continued west bound subject still in the window",
         at="2028-06-22 19:45", entities=[P(count="1", sex="male"), W("rifle"), V(colour="white", type="minivan", direction="west"), P(count="1")],
         places=[("block", 300, "Kingsley Avenue")], category="weapon", priority="critical"),
    # A small child holding a handgun in a yard with no adult: critical (a child with a gun, train2). The neighbours are
    # named through a possessive ("2+"); "maybe 3" is a child's estimated age (not annotated); "right now" in "Please
    # send someone ... right now" is a request, no time (as holdout15's requests).
    dict(written="Please send someone to 1108 Oak right now. My neighbors' little boy, he's maybe 3, is sitting in their front yard holding a handgun with both hands and looking down the barrel. I don't see any grown-up out there. I'm across the street and I'm scared if I run over he'll pull the trigger.",
         spoken="please send someone to eleven oh eight oak right now my neighbors' little boy he's maybe three is sitting in their front yard holding a hand gun with both hands and looking down the barrel i don't see any grown up out there i'm across the street and i'm scared if i run over he'll pull the trigger",
         at="2028-06-03 16:50", entities=[P(count="2+"), P(count="1", sex="male"), W("handgun")],
         places=[("address", 1108, "Oak Street")], category="weapon", priority="critical"),
    # A shotgun pointed at a repossession driver: in use (critical). The neighbour named through a possessive is the man
    # with the shotgun (one person); the Charger (make from the model) and the tow truck are part of the event.
    dict(written="The repo guy is trying to hook up my neighbor's Dodge Charger in front of 632 3rd Street and my neighbor came out with a shotgun and he's pointing it right at him, telling him to drop it off the hook. The tow truck's still running in the street.",
         spoken="the repo guy is trying to hook up my neighbor's dodge charger in front of six thirty two third street and my neighbor came out with a shot gun and he's pointing it right at him telling him to drop it off the hook the tow truck's still running in the street",
         at="2028-04-11 07:50", entities=[P(count="1", sex="male"), P(count="1", sex="male"), V(make="dodge", model="charger"), W("shotgun"), V(type="truck")],
         places=[("relative", ("address", 632, "3rd Street"))], category="weapon", priority="critical"),
    # A self-corrected cross street: River Road by Walnut (Route 9). A hunting knife banged on a driver's window with
    # children in the car: in use (critical). "Big guy" build heavy; "orange hunting vest" -> "orange vest"; "the
    # highway" no place.
    dict(written="A guy is banging a big hunting knife on my driver's window at the light on Route 9 by Chestnut, sorry, by Walnut! He followed me off the highway because I honked at him. Big guy, orange hunting vest, his red pickup's stopped right in front of me. My kids are in the back seat.",
         spoken="uh a guy is banging a big hunting knife on my driver's window at the light on route nine by chest nut sorry by wall nut he followed me off the highway because i honked at him big guy orange hunting vest his red pick up's stopped right in front of me my kids are in the back seat",
         at="2028-10-14 16:30", entities=[P(count="1", sex="male", build="heavy", clothing=["orange vest"]), W("knife"), V(colour="red", type="pickup"), P(count="2+")],
         places=[("intersection", "River Road", "Walnut Street")], category="weapon", priority="critical"),
    # A pistol laid on a table at trivia night, pointed at nobody: a weapon seen (high). The server a person; "green
    # flannel shirt" -> "green shirt"; a beard is no clothing.
    dict(written="I'm tending bar at the Old Mill Brewery. A guy at trivia night just set a pistol down on the table next to his beer, and when my server asked him to put it away he laughed and left it there. He's not pointing it at anyone. Grey beard, green flannel shirt, table by the dartboards.",
         spoken="i'm tending bar at the old mill brewery a guy at trivia night just set a pistol down on the table next to his beer and when my server asked him to put it away he laughed and left it there he's not pointing it at anyone gray beard green flannel shirt table by the dart boards",
         at="2028-03-22 20:40", entities=[P(count="1", sex="male", clothing=["green shirt"]), W("handgun"), P(count="1"), ("now",)],
         places=[("landmark", "Old Mill Brewery")], category="weapon", priority="high"),
    # A rifle in an open guitar case on a bus, pointed at nobody: a weapon seen (high). The bus is part of the event;
    # "the number 3 bus" no place; "on Maple coming up on 6th" the intersection (as train3's bus on Main).
    dict(written="I'm on the number 3 bus going down Maple and the guy in the back row has a rifle lying in an open guitar case across his knees, I can see the whole barrel and the scope. He's just staring out the window. We're coming up on 6th. I'm getting off at the next stop.",
         spoken="yeah hi um i'm on the number three bus going down maple and the guy in the back row has a rifle lying in an open guitar case across his knees i can see the whole barrel and the scope he's just staring out the window we're coming up on sixth i'm getting off at the next stop",
         at="2028-05-16 08:05", entities=[V(type="bus"), P(count="1", sex="male"), W("rifle")],
         places=[("intersection", "Maple Avenue", "6th Street")], category="weapon", priority="high"),
    # A revolver shown to two teenagers as if for sale: a weapon seen (high). "puffy black coat" -> "black coat";
    # "platform 2" and "the 5:52" (a train) are no place or time.
    dict(written="On platform 2 at Central Station a guy in a puffy black coat is showing a revolver to two teenage boys, he keeps sliding it out of a paper bag like he's trying to sell it to them. The 5:52 comes in any minute and the platform's full.",
         spoken="on platform two at central station a guy in a puffy black coat is showing a revolver to two teenage boys he keeps sliding it out of a paper bag like he's trying to sell it to them the five fifty two comes in any minute and the platform's full",
         at="2028-01-19 17:40", entities=[P(count="1", sex="male", clothing=["black coat"]), W("handgun"), P(count="2", sex="male", age="13-19")],
         places=[("landmark", "Central Station")], category="weapon", priority="high"),
    # A web tip: a machete worn on a belt, no threat yet: a weapon seen (high); "has started wearing" a habit (no time).
    dict(written="Web tip: My downstairs neighbor at 903 Cedar has started wearing a machete on his belt when he takes the trash out, and he stands by the mailboxes staring at people till they go inside. He hasn't threatened anybody yet but my kids won't walk past him.",
         spoken="web tip my down stairs neighbor at nine oh three ceder has started wearing a machete on his belt when he takes the trash out and he stands by the mail boxes staring at people till they go inside he hasn't threatened anybody yet but my kids won't walk past him",
         at="2028-09-06 21:10", entities=[P(count="1", sex="male"), W("machete"), P(count="2+"), P(count="2+")],
         places=[("address", 903, "Cedar Street")], category="weapon", priority="high"),
    # A loaded pistol found in a laundromat dryer: a weapon found, nobody armed (high, as holdout4's and holdout13's
    # found handguns). "somebody" who left it is a person; "dryer 6" no number of a place.
    dict(written="There's a loaded pistol in dryer 6 at the laundromat on Walnut by 2nd. Somebody must have left it in their jeans, it went round with a load of towels and it's just lying in the drum. I put an out of order sign on it and I'm standing here so nobody opens it.",
         spoken="there's a loaded pistol in dryer six at the laundromat on wallnut by second somebody must have left it in their jeans it went round with a load of towels and it's just lying in the drum i put an out of order sign on it and i'm standing here so nobody opens it",
         at="2028-07-26 10:05", entities=[W("handgun"), P(count="1")],
         places=[("intersection", "Walnut Street", "2nd Street")], category="weapon", priority="high"),
    # A web report: a pistol aimed from a truck the afternoon before: a weapon used hours ago, lowered to medium
    # (holdout9). "Yesterday afternoon" 14:00 the day before; "Ram 1500" make ram model 1500 (holdout7); the partial
    # plate as said; "onto Pine" a street alone.
    dict(written="Web report: Yesterday afternoon on Kingsley near 5th a man in a silver Ram 1500 pulled alongside me at the light and aimed a black pistol at me through his open window, then turned onto Pine. I was too shaken up to call until now. Plate started with H Q.",
         spoken="web report yesterday afternoon on kingsly near fifth a man in a silver ram fifteen hundred pulled alongside me at the light and aimed a black pistol at me through his open window then turned onto pine i was too shaken up to call until now plate started with h q",
         at="2028-11-02 09:30", entities=[("local", "2028-11-01 14:00"), P(count="1", sex="male"), V(colour="silver", make="ram", model="1500", plate="HQ"), W("handgun")],
         places=[("intersection", "Kingsley Avenue", "5th Street")], category="weapon", priority="medium"),
    # Non-native: a knife shown with a threat two days before (no time), the man seen again today: a weapon seen days
    # ago, lowered to medium; nothing taken, so weapon, not robbery. "young" 18-29; FreshMart, where he was seen again,
    # is a place of the tip.
    dict(written="Hello, I want to make a report. Two days before, Saturday night, at the bus stop on 8th and Oak, one young man take out a knife and show me, he say don't look at me or I cut you. I don't look and he go. Today I see him again in the FreshMart, same red jacket.",
         spoken="hello yes i want to make uh a report two days before saturday night at the bus stop on eighth and oak one young man take out a knife and show me he say don't look at me or i cut you i don't look and he go today i see him again in the fresh mart same red jacket",
         at="2028-12-04 10:40", entities=[P(count="1", sex="male", age="18-29", clothing=["red jacket"]), W("knife")],
         places=[("intersection", "8th Street", "Oak Street"), ("landmark", "FreshMart Supermarket")], category="weapon", priority="medium"),
    # A gun shown with a threat at a door the night before: a weapon used hours ago, lowered to medium. "around 9 last
    # night" 21:00 the day before; the white Jeep is his (part of the event); the sister named through a possessive;
    # "I'm at my sister's now" is the caller, no time.
    dict(written="Around 9 last night my ex showed up at my apartment door at 214 Willow holding a gun and said if he sees me with anybody he'll use it. Then he left in his white Jeep. I didn't sleep there, I'm at my sister's now. I want to know how to get a protection order.",
         spoken="around nine last night my ex showed up at my apartment door at uh two fourteen willo holding a gun and said if he sees me with anybody he'll use it then he left in his white jeep i didn't sleep there i'm at my sister's now i want to know how to get a protection order",
         at="2028-03-09 08:15", entities=[("local", "2028-03-08 21:00"), P(count="1", sex="male"), W("gun"), V(colour="white", make="jeep"), P(count="1", sex="female")],
         places=[("address", 214, "Willow Street")], category="weapon", priority="medium"),

    # ---------------------------------------------------------------- fire
    # An ice-fishing shack burning with its fisherman not seen out: a life at risk (critical). "the river behind the Old
    # Mill Brewery" is relative; a snowmobile is no road vehicle (as holdout16's ATVs).
    dict(written="One of the ice fishing shacks out on the river behind the Old Mill Brewery is on fire, it's all flames now. The old guy who fishes out there every morning had his propane heater going and there's no sign of him. His snowmobile's still parked next to it.",
         spoken="um one of the ice fishing shacks out on the river behind the old mill brewery is on fire it's all flames now the old guy who fishes out there every morning had his propane heater going and there's no sign of him his snow mobile's still parked next to it",
         at="2028-01-08 05:20", entities=[P(count="1", sex="male", age="60-90")],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="fire", priority="critical"),
    # A workplace caller at a group home: a resident hiding in his room in a smoke-filled house: a life at risk
    # (critical). "four of the residents" a count; "Danny" a person named (male).
    dict(written="I work overnights at the group home at 1122 Birch. The kitchen's on fire and smoke is filling the hallway. I got four of the residents out on the lawn but Danny won't come out of his room, he's hiding under his bed and screaming at me. I can't breathe in there anymore.",
         spoken="i work over nights at the group home at eleven twenty two burch the kitchen's on fire and smoke is filling the hall way i got four of the residents out on the lawn but danny won't come out of his room he's hiding under his bed and screaming at me i can't breathe in there anymore",
         at="2028-12-29 03:10", entities=[P(count="4"), P(count="1", sex="male")],
         places=[("address", 1122, "Birch Street")], category="fire", priority="critical"),
    # Dispatch: an elderly woman on a walker not seen out of a burning building: critical. "elderly F" 60-90; "3-story",
    # "2nd floor", "3rd floor" and "2nd alarm" are no places.
    dict(written="Working structure fire, 1040 Spruce, 3-story multi-family, fire showing from the 2nd floor rear. Per RP an elderly F on the 3rd floor uses a walker and has not been seen outside. 2nd alarm requested.",
         spoken="working structure fire ten forty spruse three story multi family fire showing from the second floor rear per r p an elderly female on the third floor uses a walker and has not been seen outside second alarm requested",
         at="2028-03-03 02:50", entities=[P(count="1", sex="female", age="60-90")],
         places=[("address", 1040, "Spruce Street")], category="fire", priority="critical"),
    # Smoke from a storage unit a man has been living in, the door pulled down: a life at risk (critical). "unit 14" no
    # number of a place; "the storage place at 180 Station Road" an address on a short street.
    dict(written="Thick smoke is seeping out around the roll-up door of unit 14 at the storage place at 180 Station Road. There's a guy who's been sleeping in that unit, I saw him go in earlier with a little camp stove, and the door's pulled down. I'm banging on it and he doesn't answer.",
         spoken="thick smoke is seeping out around the roll up door of unit fourteen at the storage place at one eighty station road there's a guy who's been sleeping in that unit i saw him go in earlier with a little camp stove and the door's pulled down i'm banging on it and he doesn't answer",
         at="2028-07-18 13:10", entities=[P(count="1", sex="male")],
         places=[("address", 180, "Station Road")], category="fire", priority="critical"),
    # Sparks from a grinder lighting a stack of pallets against a building: fire, high (nobody trapped). The man
    # grinding is a person; "ten feet tall" no number of a place; "the tire shop on Chestnut by 11th" the intersection.
    dict(written="A guy cutting metal with a grinder behind the tire shop on Chestnut by 11th threw sparks into the stack of wooden pallets, and now the whole stack is burning, it's ten feet tall and right up against the back wall. He's spraying it with a little extinguisher, it's not doing anything.",
         spoken="yeah so a guy cutting metal with a grinder behind the tire shop on chest nut by eleventh threw sparks into the stack of wooden pallets and now the whole stack is burning it's ten feet tall and right up against the back wall he's spraying it with a little extinguisher it's not doing anything",
         at="2028-04-20 15:30", entities=[P(count="1", sex="male")],
         places=[("intersection", "Chestnut Street", "11th Street")], category="fire", priority="high"),
    # A patio pizza oven setting a pergola and its vines alight, customers out: fire, high (nobody trapped). "the patio
    # at the Corner Cafe" the landmark (as holdout18's brewery patio); the customers and the cook are persons.
    dict(written="The wood-fired pizza oven on the back patio at the Corner Cafe set the wooden pergola over it on fire and the flames are running along the grapevines on top toward the building. We got all the customers out to the sidewalk. The cook's spraying it with the hose but it's not doing much.",
         spoken="the wood fired pizza oven on the back patio at the corner cafe set the wooden pergola over it on fire and the flames are running along the grape vines on top toward the building we got all the customers out to the side walk the cook's spraying it with the hose but it's not doing much",
         at="2028-10-21 19:40", entities=[P(count="2+"), P(count="1")],
         places=[("landmark", "Corner Cafe")], category="fire", priority="high"),
    # Non-native: a kitchen appliance fire spreading into the cupboards, the family out: fire, high. "my children" are
    # "2+"; "522 6th Street" an address on a numbered street.
    dict(written="Hello, the air fryer in my kitchen make fire and the fire go up in the cupboard, it is very big now. Me and my children are outside on the grass. The address is 522 6th Street. Please send the firemen.",
         spoken="hello the air fryer in my kitchen make fire and the fire go up in the cupboard it is very big now me and my children are outside on the grass the address is um five twenty two sixth street please send the fire men",
         at="2028-05-25 18:10", entities=[P(count="2+")],
         places=[("address", 522, "6th Street")], category="fire", priority="high"),
    # Elderly: ashes in a paper bag set a deck alight, the caller out: fire, high. "this morning" alone no time; "I'm
    # 80" not annotated; the cat no person.
    dict(written="I emptied the wood stove ashes into a paper bag on my back deck this morning and now the deck is on fire and it's starting up the siding. I'm 80, I got out with the cat and I'm at the neighbor's. 1150 Hawthorn Avenue.",
         spoken="hello i uh i emptied the wood stove ashes into a paper bag on my back deck this morning and now the deck is on fire and it's starting up the siding i'm eighty i got out with the cat and i'm at the neighbor's eleven fifty hawthorne avenue",
         at="2028-01-27 10:20", entities=[P(count="1")],
         places=[("address", 1150, "Hawthorn Avenue")], category="fire", priority="high"),
    # A librarian: smoke from an electrical room, the building being emptied: fire, high. Staff and patrons are two
    # groups; "the children's room" no place of its own; "the Elm Street doors" no place beside the landmark.
    dict(written="This is the front desk at the Oakford Public Library. There's smoke coming out from under the electrical room door by the children's room and a strong hot plastic smell, and the fire alarm just went off. Staff are walking people out the Elm Street doors.",
         spoken="this is the front desk at the oak ford public library there's smoke coming out from under the electrical room door by the children's room and a strong hot plastic smell and the fire alarm just went off staff are walking people out the elm street doors",
         at="2028-09-12 11:25", entities=[P(count="2+"), P(count="2+"), ("now",)],
         places=[("landmark", "Oakford Public Library")], category="fire", priority="high"),
    # Straw bales burning into a dry corn maze, everyone out: fire, high. "the farm stand on Old Mill Road by Pine" the
    # intersection; the owner and the families are persons.
    dict(written="The straw bales at the entrance to the corn maze at the farm stand on Old Mill Road by Pine are on fire and it's running into the dry corn. The owner counted everybody and all the families are out in the parking field, but the wind's blowing it toward the barn.",
         spoken="the straw bales at the entrance to the corn maze at the farm stand on old mill road by pine are on fire and it's running into the dry corn the owner counted everybody and all the families are out in the parking field but the wind's blowing it toward the barn",
         at="2028-10-07 15:45", entities=[P(count="1"), P(count="2+")],
         places=[("intersection", "Old Mill Road", "Pine Street")], category="fire", priority="high"),
    # A porch planter lit by a cigarette, nobody home: fire, high. The people away are not annotated; "somebody" who
    # tossed the cigarette is a person.
    dict(written="The big planter on the front porch of 409 Chestnut is burning and it's caught the porch railing. I think somebody flicked a cigarette into it walking by. Nobody's home over there, their car's gone.",
         spoken="the big planter on the front porch of four oh nine chest nut is burning and it's caught the porch railing i think somebody flicked a cigarette into it walking by nobody's home over there their car's gone",
         at="2028-06-15 16:20", entities=[P(count="1")],
         places=[("address", 409, "Chestnut Street")], category="fire", priority="high"),
    # A microwave fire put out at about 07:00, told at 14:10: more than six hours old, high lowered to medium. The son
    # is a person; "around 7 this morning" 07:00.
    dict(written="Not an emergency now. Around 7 this morning my son put a foil takeout container in the microwave and it caught fire inside, we unplugged it and it went out. But the outlet behind it is scorched black and the breaker keeps tripping. Should someone look at it? 844 Maple.",
         spoken="hi um not an emergency now around seven this morning my son put a foil take out container in the microwave and it caught fire inside we unplugged it and it went out but the outlet behind it is scorched black and the breaker keeps tripping should someone look at it eight forty four maple",
         at="2028-09-21 14:10", entities=[P(count="1", sex="male"), ("local", "2028-09-21 07:00")],
         places=[("address", 844, "Maple Avenue")], category="fire", priority="medium"),
    # A site foreman: a burn barrel that got away around 22:00 the night before, out now: fire lowered to medium. "120
    # Station Road" an address on a short street; the site trailer no vehicle.
    dict(written="Site foreman at the new apartments going up at 120 Station Road. Somebody lit a fire in the burn barrel after we left, and around 10 last night it tipped and scorched the side of our site trailer and a pallet of insulation. It's out. The fire marshal should probably see it.",
         spoken="site foreman at the new apartments going up at one twenty station road somebody lit a fire in the burn barrel after we left and around ten last night it tipped and scorched the side of our site trailer and a pallet of insulation it's out the fire marshal should probably see it",
         at="2028-04-27 07:15", entities=[P(count="1"), ("local", "2028-04-26 22:00")],
         places=[("address", 120, "Station Road")], category="fire", priority="medium"),
    # A bathroom fan fire the night before, put out by the husband: fire lowered to medium. "last night around 10" 22:00
    # the day before; the landlord is a person.
    dict(written="Last night around 10 the exhaust fan in our bathroom started smoking and then flames came out of it, my husband put it out with baking soda. The cover melted and the ceiling around it is brown. Our landlord isn't answering. Is it safe to sleep here? 217 Oak.",
         spoken="last night around ten the exhaust fan in our bathroom started smoking and then flames came out of it my husband put it out with baking soda the cover melted and the ceiling around it is brown our landlord isn't answering is it safe to sleep here two seventeen oak",
         at="2028-11-19 09:50", entities=[("local", "2028-11-18 22:00"), P(count="1", sex="male"), P(count="1")],
         places=[("address", 217, "Oak Street")], category="fire", priority="medium"),

    # ---------------------------------------------------------------- medical
    # A stroke at the town meeting: critical (as holdout8's). "the Oakford High gym" the landmark; "town meeting" names
    # no place; the moderator is a person.
    dict(written="We're at town meeting in the Oakford High gym and the man sitting next to me just slumped sideways in his chair. One side of his face is hanging down and when he tries to talk it's just noise. He's awake and looking at me. The moderator stopped the meeting.",
         spoken="um we're at town meeting in the oakford high gym and the man sitting next to me just slumped sideways in his chair one side of his face is hanging down and when he tries to talk it's just noise he's awake and looking at me the moderator stopped the meeting",
         at="2028-03-07 19:35", entities=[P(count="1", sex="male"), P(count="1"), ("now",)],
         places=[("landmark", "Oakford High School")], category="medical", priority="critical"),
    # A man found stiff in the snow, barely breathing: a life at risk (critical). "behind the bus shelter on 10th and
    # Pine" is the intersection (the shelter is no landmark).
    dict(written="There's a man lying in the snow behind the bus shelter on 10th and Pine. He's stiff and kind of grey, there's ice in his beard, and I can barely see him breathing. Shaking him doesn't do anything. I put my coat over him.",
         spoken="there's a man lying in the snow behind the bus shelter on tenth and pine he's stiff and kind of gray there's ice in his beard and i can barely see him breathing shaking him doesn't do anything i put my coat over him",
         at="2028-01-22 06:40", entities=[P(count="1", sex="male")],
         places=[("intersection", "10th Street", "Pine Street")], category="medical", priority="critical"),
    # Elderly: chest pain then collapse, breathing but not answering: critical. "about 20 minutes" is a duration (no
    # time); "I'm 74" not annotated.
    dict(written="My husband's had a pressure in his chest for about 20 minutes, he said it was heartburn, and now he's all sweaty and grey and he just slumped over at the kitchen table. He's breathing but he's not answering me. I'm 74. 1033 Walnut, the door's open.",
         spoken="please my husband's had a pressure in his chest for about twenty minutes he said it was heartburn and now he's all sweaty and gray and he just slumped over at the kitchen table he's breathing but he's not answering me i'm seventy four ten thirty three wall nut the door's open",
         at="2028-02-18 06:55", entities=[P(count="1", sex="male"), ("now",)],
         places=[("address", 1033, "Walnut Street")], category="medical", priority="critical"),
    # A driver unconscious and blue in a car wash line, the car in drive: an overdose, a life at risk (critical). The
    # car is his, part of the event ("a black Honda Accord"); "the car wash on Walnut by 9th" the intersection.
    dict(written="The guy in the car in front of me in line at the car wash on Walnut by 9th is passed out with his foot on the brake and the car in drive. His lips are blue and his head's back. I'm banging on the window and nothing. Black Honda Accord.",
         spoken="the guy in the car in front of me in line at the car wash on wallnut by ninth is passed out with his foot on the brake and the car in drive his lips are blue and his head's back i'm banging on the window and nothing black honda accord",
         at="2028-06-10 12:20", entities=[P(count="1", sex="male"), V(colour="black", make="honda", model="accord")],
         places=[("intersection", "Walnut Street", "9th Street")], category="medical", priority="critical"),
    # An overdose taken on purpose, the girl awake: a mental-health crisis present and reachable, critical (train2's
    # ledge). "about an hour ago" is 60 minutes ago; "my 16 year old" not annotated; the boyfriend is a person.
    dict(written="My 16 year old daughter just told me she swallowed a whole bottle of Tylenol about an hour ago because of her boyfriend. She's awake and crying and says she feels fine, but I know that doesn't mean anything. 622 Chestnut. Please.",
         spoken="oh god my sixteen year old daughter just told me she swallowed a whole bottle of tylenol about an hour ago because of her boyfriend she's awake and crying and says she feels fine but i know that doesn't mean anything six twenty two chest nut please",
         at="2028-11-14 21:05", entities=[P(count="1", sex="female"), ("ago", 60), P(count="1", sex="male")],
         places=[("address", 622, "Chestnut Street")], category="medical", priority="critical"),
    # A kidney stone, the man on the bathroom floor vomiting: medical, high (pain, no life at risk said). A
    # self-corrected house number: "473 Pine, no, 437 Pine" is 437 Pine Street (corrected values as corrected).
    dict(written="My husband has had kidney stones before but never like this. He's curled up on the bathroom floor with pain in his side and back, he's thrown up three times and he's soaked in sweat. He can't even stand to get to the car. 473 Pine, no, 437 Pine, the side door.",
         spoken="my husband has had kidney stones before but never like this he's curled up on the bathroom floor with pain in his side and back he's thrown up three times and he's soaked in sweat he can't even stand to get to the car four seventy three pine no four thirty seven pine the side door",
         at="2028-05-09 03:40", entities=[P(count="1", sex="male")],
         places=[("address", 437, "Pine Street")], category="medical", priority="high"),
    # Leap day: "her 20th birthday" and "80" are no ages of an actor (a victim's age is not annotated); a hip hurt in a
    # fall, awake: high. "the Corner Cafe" the landmark.
    dict(written="We're at the Corner Cafe for my grandmother's leap day birthday, she's turning 80 but we call it her 20th. She stood up to hug somebody, her foot caught the chair leg and she went down hard. Her right leg is turned out funny and she can't get up, she's in a lot of pain.",
         spoken="hi uh we're at the corner cafe for my grandmother's leap day birthday she's turning eighty but we call it her twentieth she stood up to hug somebody her foot caught the chair leg and she went down hard her right leg is turned out funny and she can't get up she's in a lot of pain",
         at="2028-02-29 12:45", entities=[P(count="1", sex="female"), P(count="1")],
         places=[("landmark", "Corner Cafe")], category="medical", priority="high"),
    # A skate blade across a boy's wrist at the outdoor rink: high (bleeding, held with pressure). "the outdoor rink at
    # Riverside Park" the landmark; "a 12 year old" a victim's age (not annotated).
    dict(written="Youth hockey at the outdoor rink at Riverside Park. There was a pileup in front of the net and a skate went across one of our players' wrists, it's cut deep and bleeding a lot. He's 12, he's awake, his dad is holding a towel on it hard. We need an ambulance at the rink.",
         spoken="youth hockey at the outdoor rink at riverside park there was a pile up in front of the net and a skate went across one of our players' wrists it's cut deep and bleeding a lot he's twelve he's awake his dad is holding a towel on it hard we need an ambulance at the rink",
         at="2028-01-15 10:10", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="medical", priority="high"),
    # EMS shorthand: a fall from a ladder with numb legs: high (a serious injury, breathing and talking). "M 40s" is the
    # patient's decade (a victim's age, not annotated, as holdout17's "Driver W/F 20s"); "approx 10 ft" no number of a
    # place; the wife a person.
    dict(written="EMS to 826 9th Street: M 40s fell approx 10 ft from a ladder while hanging Christmas lights, landed on his back on the driveway. C/o severe back pain and numbness in both legs. A&O x4. Wife on scene holding c-spine.",
         spoken="e m s to eight twenty six ninth street male forties fell approximately ten feet from a ladder while hanging christmas lights landed on his back on the drive way complaining of severe back pain and numbness in both legs alert and oriented times four wife on scene holding c spine",
         at="2028-12-02 15:50", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 826, "9th Street")], category="medical", priority="high"),
    # Second-hand: a mother's sudden severe headache and vomiting, reported by her son: high. "640 11th Street" an
    # address on a numbered street; "apartment 3" and "20 minutes away" no place or time.
    dict(written="My mom just called me from her apartment and she says she has the worst headache of her life, it came on all at once, and she's thrown up twice. She sounded confused. I'm 20 minutes away. She's at 640 11th Street, apartment 3. She's 67.",
         spoken="yeah so my mom just called me from her apartment and she says she has the worst headache of her life it came on all at once and she's thrown up twice she sounded confused i'm twenty minutes away she's at six forty eleventh street apartment three she's sixty seven",
         at="2028-04-04 16:35", entities=[P(count="1", sex="female")],
         places=[("address", 640, "11th Street")], category="medical", priority="high"),
    # A fishhook in a boy's eyelid at the pond: high. "the pond at Riverside Park" the landmark; "my nephew" a person.
    dict(written="my nephew got a fishhook stuck through his eyelid at the pond at riverside park, his buddy cast and it swung back. its not in the eye itself i dont think but its bleeding and hes freaking out. were by the little dock",
         spoken="my nephew got a fish hook stuck through his eye lid at the pond at riverside park his buddy cast and it swung back it's not in the eye itself i don't think but it's bleeding and he's freaking out we're by the little dock",
         at="2028-05-20 17:30", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="medical", priority="high"),
    # A panic attack mistaken for a heart problem: medical, high. "She's 22" not annotated; the roommate is the patient.
    dict(written="My roommate can't catch her breath, she's breathing really fast and says her chest is being crushed and her hands are tingling and curling up. She's 22 and she's never had heart problems. We're at 1102 Elm, the upstairs unit. I don't know if it's a panic attack.",
         spoken="my room mate can't catch her breath she's breathing really fast and says her chest is being crushed and her hands are tingling and curling up she's twenty two and she's never had heart problems we're at eleven oh two elm the upstairs unit i don't know if it's a panic attack",
         at="2028-10-03 23:50", entities=[P(count="1", sex="female")],
         places=[("address", 1102, "Elm Street")], category="medical", priority="high"),
    # Wild mushrooms eaten at about 07:00, cramps since lunch, told at 15:30: judged by the meal, high lowered to
    # medium. The mother-in-law is the patient; "She's 70" not annotated; "around 7 this morning" 07:00.
    dict(written="My mother-in-law picked some mushrooms growing by the back fence and fried them up for breakfast around 7 this morning. Since lunch she's had awful cramps and diarrhea. She's 70, she's talking fine and says she's not dying, but I don't know what those mushrooms were. 918 Hawthorn.",
         spoken="my mother in law picked some mushrooms growing by the back fence and fried them up for breakfast around seven this morning since lunch she's had awful cramps and diarrhea she's seventy she's talking fine and says she's not dying but i don't know what those mushrooms were nine eighteen hawthorne",
         at="2028-09-16 15:30", entities=[P(count="1", sex="female"), ("local", "2028-09-16 07:00")],
         places=[("address", 918, "Hawthorn Avenue")], category="medical", priority="medium"),
    # A fish bone stuck since dinner the night before, breathing and talking: judged by the dinner, lowered to medium.
    # "at dinner last night around 7" 19:00 the day before.
    dict(written="My husband got a fish bone stuck in his throat at dinner last night around 7. He can breathe and talk fine but he says it's still stuck, he couldn't sleep and it hurts every time he swallows, even water. He won't let me drive him. 1064 Oak.",
         spoken="um hi my husband got a fish bone stuck in his throat at dinner last night around seven he can breathe and talk fine but he says it's still stuck he couldn't sleep and it hurts every time he swallows even water he won't let me drive him ten sixty four oak",
         at="2028-07-07 08:20", entities=[P(count="1", sex="male"), ("local", "2028-07-06 19:00")],
         places=[("address", 1064, "Oak Street")], category="medical", priority="medium"),
    # The caller's own burn from the night before: no person; "last night around 10" 22:00 the day before, high lowered
    # to medium; "the size of an egg" no number.
    dict(written="I burned my palm on the wood stove door last night around 10 and now there's a blister the size of an egg and the skin around it is bright red and throbbing. I live alone at 1125 Spruce and I can't drive with this hand. Is this something you send someone for?",
         spoken="i burned my palm on the wood stove door last night around ten and now there's a blister the size of an egg and the skin around it is bright red and throbbing i live alone at eleven twenty five spruse and i can't drive with this hand is this something you send someone for",
         at="2028-11-26 08:40", entities=[("local", "2028-11-25 22:00")],
         places=[("address", 1125, "Spruce Street")], category="medical", priority="medium"),

    # ---------------------------------------------------------------- robbery
    # A motel clerk robbed at knifepoint, the robber still in the lot: critical. "the Pines Motel" is a business's name,
    # not Pine Street; "Kingsley by 2nd" the intersection; "a steak knife" knife.
    dict(written="Night clerk at the Pines Motel on Kingsley by 2nd. A man just came to the desk with a steak knife, held it over the counter at my face and made me empty the drawer. He's still out in the lot walking between the cars. White hoodie, grey sweatpants.",
         spoken="uh night clerk at the pines motel on kings lee by second a man just came to the desk with a steak knife held it over the counter at my face and made me empty the drawer he's still out in the lot walking between the cars white hoodie gray sweat pants",
         at="2028-03-18 02:40", entities=[P(count="1", sex="male", clothing=["white hoodie", "grey sweatpants"]), W("knife"), ("now",)],
         places=[("intersection", "Kingsley Avenue", "2nd Street")], category="robbery", priority="critical"),
    # Dispatch: an armed robbery in progress at a dispensary: critical. "100 Market Street" an address on a short
    # street; "Green Leaf" a shop's name; two subjects with long guns are one group ("2 M subjs"), the weapon type rifle
    # once; "1 employee" a person.
    dict(written="Armed robbery in progress, Green Leaf cannabis dispensary, 100 Market Street. Per RP hiding in the back office, 2 M subjs in ski masks w/ long guns holding 1 employee at the register. Susp veh black Dodge Durango running out front, no front plate.",
         spoken="armed robbery in progress green leaf cannabis dispensary one hundred market street per r p hiding in the back office two male subjects in ski masks with long guns holding one employee at the register suspect vehicle black dodge durango running out front no front plate",
         at="2028-04-20 16:55", entities=[P(count="2", sex="male", clothing=["ski mask"]), W("rifle"), P(count="1"), V(colour="black", make="dodge", model="durango")],
         places=[("address", 100, "Market Street")], category="robbery", priority="critical"),
    # Second-hand: a home invasion at gunpoint (occupants threatened at home is robbery, train1): critical. The mother
    # texting from a closet, the two men and the father are persons; "masks" -> "mask".
    dict(written="My mom just texted me from her bedroom closet that two men in masks kicked in the back door at 1119 Maple and one of them has a gun, they're making my dad open the safe in the basement. I'm across town. Please go now, don't call her phone.",
         spoken="my mom just texted me from her bed room closet that two men in masks kicked in the back door at eleven nineteen maple and one of them has a gun they're making my dad open the safe in the basement i'm across town please go now don't call her phone",
         at="2028-09-30 23:15", entities=[P(count="1", sex="female"), P(count="2", sex="male", clothing=["mask"]), W("gun"), P(count="1", sex="male")],
         places=[("address", 1119, "Maple Avenue")], category="robbery", priority="critical"),
    # A parking booth robbed at gunpoint: critical. "the exit booth of the St. Mary's parking garage" the landmark;
    # "toward Pine" a street alone; "Dark jacket" no colour.
    dict(written="I work the exit booth of the St. Mary's parking garage. A man just stuck a little black pistol through my window and told me to pass him the cash tray, so I did. He's walking fast toward Pine right now. Dark jacket, red ball cap.",
         spoken="i work the exit booth of the saint mary's parking garage a man just stuck a little black pistol through my window and told me to pass him the cash tray so i did he's walking fast toward pine right now dark jacket red ball cap",
         at="2028-11-09 22:05", entities=[P(count="1", sex="male", clothing=["jacket", "red cap"]), W("handgun"), ("now",)],
         places=[("landmark", "St. Mary's Hospital")], category="robbery", priority="critical"),
    # A car taken at gunpoint on a test drive, the plate corrected: GVB 7716 (corrected values as corrected). The car is
    # the caller's, taken (part of the event), northbound; "Birch by 5th" the intersection.
    dict(written="I was selling my car and the guy test-driving it just pulled a gun on me at the stop sign on Birch by 5th, made me get out and drove off north on 5th. Silver Honda CR-V, plate GVR, no, GVB 7716. He was maybe 25, skinny, black puffer vest.",
         spoken="i was selling my car and the guy test driving it just pulled a gun on me at the stop sign on burch by fifth made me get out and drove off north on fifth silver honda c r v plate g v r no g v b as in boy seven seven one six he was maybe twenty five skinny black puffer vest",
         at="2028-05-21 15:40", entities=[P(count="1", sex="male", age="22-28", build="thin", clothing=["black vest"], direction="north"), W("gun"), V(colour="silver", make="honda", model="cr-v", plate="GVB7716", direction="north"), ("now",)],
         places=[("intersection", "Birch Street", "5th Street")], category="robbery", priority="critical"),
    # A phone borrowed, then a punch and a run: robbery, high (an injury). "said his ride left him" names nobody of the
    # event; "the Central Station bike racks" relative; "toward downtown" the neighbourhood (a destination, holdout14).
    dict(written="A guy asked to borrow my phone by the bike racks outside Central Station, said his ride left him. When I handed it over he punched me in the mouth and ran off with it toward downtown. My lip's split open. Tall, camo jacket, maybe 30.",
         spoken="a guy asked to borrow my phone by the bike racks outside central station said his ride left him when i handed it over he punched me in the mouth and ran off with it toward downtown my lip's split open tall camo jacket maybe thirty",
         at="2028-07-29 21:50", entities=[P(count="1", sex="male", height="tall", clothing=["camo jacket"], age="27-33")],
         places=[("relative", ("landmark", "Central Station")), ("neighbourhood", "Downtown")], category="robbery", priority="high"),
    # Scratch-ticket winnings yanked from an older woman who falls: robbery, high. "an older lady" (a victim, a
    # descriptive word) 60-90; "$500" no address; "the QuickStop" the landmark.
    dict(written="An older lady just cashed a $500 scratch ticket at the QuickStop counter and a guy who was hanging around followed her out and yanked the envelope out of her hand. She fell on the curb and her knee's bleeding. He ran behind the car wash. Green army jacket, jeans.",
         spoken="hi an older lady just cashed a five hundred dollar scratch ticket at the quick stop counter and a guy who was hanging around followed her out and yanked the envelope out of her hand she fell on the curb and her knee's bleeding he ran behind the car wash green army jacket jeans",
         at="2028-08-19 11:30", entities=[P(count="1", sex="female", age="60-90"), P(count="1", sex="male", clothing=["green jacket", "jeans"]), ("now",)],
         places=[("landmark", "QuickStop Gas")], category="robbery", priority="high"),
    # Second-hand: a boy's shovelling money taken under a threat of a beating: robbery, high (its base). "three big
    # kids" a count; "$40" no place; "Hawthorn by 7th" the intersection; "He's home now" (where the boy is, as
    # holdout17's "she's sitting with him now") is now.
    dict(written="My son's been shoveling driveways all day and three big kids just stopped him on Hawthorn by 7th and said hand over the money or we'll beat you up. He gave them the $40. They're still hanging around the corner throwing snow at cars. He's home now, crying.",
         spoken="yeah um my son's been shoveling drive ways all day and three big kids just stopped him on hawthorne by seventh and said hand over the money or we'll beat you up he gave them the forty dollars they're still hanging around the corner throwing snow at cars he's home now crying",
         at="2028-01-09 14:10", entities=[P(count="1", sex="male"), P(count="3"), ("now",)],
         places=[("intersection", "Hawthorn Avenue", "7th Street")], category="robbery", priority="high"),
    # Earrings torn out by two girls in a mall restroom: robbery (force to take property), high (an injury). "my
    # daughter" a person; "Two girls" a count; the one described apart a person of her own.
    dict(written="Two girls cornered my daughter in the bathroom by the food court at Northgate Mall and pulled her gold hoop earrings right out of her ears. One earlobe is torn and bleeding. They walked out toward the movie theater end laughing. One had a pink puffer coat.",
         spoken="two girls cornered my daughter in the bathroom by the food court at north gate mall and pulled her gold hoop earrings right out of her ears one ear lobe is torn and bleeding they walked out toward the movie theater end laughing one had a pink puffer coat",
         at="2028-12-17 15:20", entities=[P(count="2", sex="female"), P(count="1", sex="female"), P(count="1", clothing=["pink coat"])],
         places=[("landmark", "Northgate Mall")], category="robbery", priority="high"),
    # An arm around the neck at a bus shelter, a wallet demanded and taken: robbery, high (scratches). "the bus shelter
    # on 11th and Oak" the intersection; "5:50 bus" a schedule.
    dict(written="I was waiting for the 5:50 bus at the shelter on 11th and Oak and a man came up behind me, put his arm around my neck and said give me your wallet. I gave it to him and he ran off down Oak toward 12th. My neck is scratched up. He smelled like beer, black knit hat.",
         spoken="i was waiting for the five fifty bus at the shelter on eleventh and oak and a man came up behind me put his arm around my neck and said give me your wallet i gave it to him and he ran off down oak toward twelfth my neck is scratched up he smelled like beer black knit hat",
         at="2028-10-25 06:15", entities=[P(count="1", sex="male", clothing=["black hat"])],
         places=[("intersection", "11th Street", "Oak Street")], category="robbery", priority="high"),
    # Non-native: a night cleaner's phone taken with a shove into a wall: robbery, high (her head hurts). "the back
    # door" of the Grand Cinema is the landmark; "after the last movie" no time.
    dict(written="Hello, I am cleaning at the Grand Cinema in the night, after the last movie. A man come in by the back door that was open for the garbage and he grab my phone from my hand and push me on the wall very hard. My head is hurting and I have blood on my hair. He run out the same door. I call from the office phone.",
         spoken="hello i am cleaning at the grand cinema in the night after the last movie a man come in by the back door that was open for the garbage and he grab my phone from my hand and push me on the wall very hard my head is hurting and i have blood on my hair he run out the same door i call from the office phone",
         at="2028-06-06 00:50", entities=[P(count="1", sex="male")],
         places=[("landmark", "Grand Cinema")], category="robbery", priority="high"),
    # A knife shown to take a wallet the night before: a robbery weapon used hours ago, lowered to medium. "Last night
    # around 11:30" 23:30 the day before; "the bowling alley on Station Road" no address (a street alone).
    dict(written="Last night around 11:30 outside the bowling alley on Station Road a guy flashed a folding knife at me and my buddy and just said wallets. We gave them up. He took off in a maroon minivan. I didn't want to deal with it last night, my buddy says I should report it.",
         spoken="last night around eleven thirty outside the bowling alley on station road a guy flashed a folding knife at me and my buddy and just said wallets we gave them up he took off in a maroon mini van i didn't want to deal with it last night my buddy says i should report it",
         at="2028-02-26 10:00", entities=[("local", "2028-02-25 23:30"), P(count="1", sex="male"), W("knife"), P(count="1", sex="male"), V(colour="maroon", type="minivan")],
         places=[], category="robbery", priority="medium"),
    # A bike taken with a shove two days before (no time): robbery, days old, lowered to medium. The bike is a bicycle
    # taken (part of the event); "the river path behind the QuickStop" relative; "Saturday" no time.
    dict(written="My mom's making me call. Saturday a guy on the river path behind the QuickStop shoved me off my mountain bike and rode away on it. I scraped up my hands. It's a blue Trek, I have the serial number. He was older, like 40, with a grey beard.",
         spoken="um my mom's making me call saturday a guy on the river path behind the quick stop shoved me off my mountain bike and rode away on it i scraped up my hands it's a blue trek i have the serial number he was older like forty with a gray beard",
         at="2028-06-12 16:00", entities=[P(count="1", sex="female"), P(count="1", sex="male", age="37-43"), V(colour="blue", type="bicycle")],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="robbery", priority="medium"),
    # A web report: earbuds handed over under a threat on the Tuesday evening (no time): robbery days old, lowered to
    # medium. "two teenagers" 13-19; "the basketball courts at Riverside Park" the landmark.
    dict(written="Web report: Tuesday evening my son was shooting hoops at the basketball courts at Riverside Park and two teenagers told him to give them his earbuds or they'd jump him. He handed them over. He only told us tonight. He says one of them goes to Oakford High.",
         spoken="web report tuesday evening my son was shooting hoops at the basketball courts at riverside park and two teenagers told him to give them his ear buds or they'd jump him he handed them over he only told us tonight he says one of them goes to oak ford high",
         at="2028-09-28 20:10", entities=[P(count="1", sex="male"), P(count="2", age="13-19")],
         places=[("landmark", "Riverside Park")], category="robbery", priority="medium"),

    # ---------------------------------------------------------------- assault
    # A man pushed down a mall escalator, lying at the bottom not moving: assault, critical (a life at risk). "an older
    # man" 60-90 for the victim (a descriptive word); "young" 18-29 for the man who shoved him.
    dict(written="A young guy just shoved an older man down the escalator at Northgate Mall because he was standing on the left, and the man went all the way down head first. He's lying at the bottom not moving and there's blood under his head. The guy is walking toward the food court. Black tracksuit.",
         spoken="a young guy just shoved an older man down the escalator at north gate mall because he was standing on the left and the man went all the way down head first he's lying at the bottom not moving and there's blood under his head the guy is walking toward the food court black track suit",
         at="2028-04-15 18:55", entities=[P(count="1", sex="male", age="18-29", clothing=["black tracksuit"]), P(count="1", sex="male", age="60-90"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="assault", priority="critical"),
    # A hockey stick swung at a boy's head (an improvised object, no weapon entity, as train3's bike lock): assault,
    # critical (blows to the head of someone down). "teenage" 13-19 for the son (a descriptive word for a victim).
    dict(written="My neighbor is beating his teenage son with a hockey stick in their driveway at 1153 Willow. The boy's down on the ground covering his head and there's blood on the snow. His mother's screaming from the porch. Please hurry, he won't stop.",
         spoken="oh my god my neighbor is beating his teenage son with a hockey stick in their drive way at eleven fifty three willo the boy's down on the ground covering his head and there's blood on the snow his mother's screaming from the porch please hurry he won't stop",
         at="2028-01-25 17:45", entities=[P(count="1", sex="male"), P(count="1", sex="male", age="13-19"), P(count="1", sex="female")],
         places=[("address", 1153, "Willow Street")], category="assault", priority="critical"),
    # A pool cue to the head, the man seizing: assault, critical. A pool cue is improvised (no weapon entity); "Rack
    # 'Em" a business's name; "Hawthorn by 10th" the intersection.
    dict(written="Fight at Rack 'Em, the billiards place on Hawthorn by 10th, a guy just cracked another guy over the head with a pool cue and now the one who got hit is on the floor shaking all over and blood's coming out of his ear. The guy with the cue walked out the back. Red flannel, shaved head.",
         spoken="fight at rack 'em the billiards place on hawthorne by tenth a guy just cracked another guy over the head with a pool cue and now the one who got hit is on the floor shaking all over and blood's coming out of his ear the guy with the cue walked out the back red flannel shaved head",
         at="2028-03-11 00:35", entities=[P(count="1", sex="male", clothing=["red shirt"]), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Hawthorn Avenue", "10th Street")], category="assault", priority="critical"),
    # A coffee mug thrown at a man's head by his girlfriend, a cut that keeps bleeding: assault, high. "She's locked
    # herself in the bathroom now" (where the actor is) is now.
    dict(written="My girlfriend threw a coffee mug at my head during a fight and I've got a cut over my eye that won't stop bleeding. She's locked herself in the bathroom now and she's yelling through the door. I don't want her arrested, I just need this looked at. 1127 Spruce.",
         spoken="uh yeah my girlfriend threw a coffee mug at my head during a fight and i've got a cut over my eye that won't stop bleeding she's locked herself in the bath room now and she's yelling through the door i don't want her arrested i just need this looked at eleven twenty seven spruse",
         at="2028-08-27 23:20", entities=[P(count="1", sex="female"), ("now",)],
         places=[("address", 1127, "Spruce Street")], category="assault", priority="high"),
    # Non-native: nail polish remover thrown in a technician's face by a customer: assault, high (eye burning). The
    # owner is a person; "the nail salon on Cedar by 8th" the intersection.
    dict(written="I work at the nail salon on Cedar by 8th. A customer don't like her nails and she throw the bowl of the remover in my face and scratch my cheek with her nails. My eye is burning very much, I wash it. She is still here shouting at my boss.",
         spoken="i work at the nail salon on ceder by eighth a customer don't like her nails and she throw the bowl of the remover in my face and scratch my cheek with her nails my eye is burning very much i wash it she is still here shouting at my boss",
         at="2028-05-13 14:35", entities=[P(count="1", sex="female"), P(count="1")],
         places=[("intersection", "Cedar Street", "8th Street")], category="assault", priority="high"),
    # A neighbour shoving a husband into rose bushes over blown leaves: assault, high (cuts to the face). "The
    # neighbor's back in his garage now" (where the actor is) is now.
    dict(written="Our neighbor at 1019 Oak just shoved my husband backwards into our rose bushes because he blew leaves onto his lawn. My husband's face and arms are all cut up from the thorns and he twisted his knee. The neighbor's back in his garage now yelling that he'll do it again.",
         spoken="hi our neighbor at ten nineteen oak just shoved my husband backwards into our rose bushes because he blew leaves onto his lawn my husband's face and arms are all cut up from the thorns and he twisted his knee the neighbor's back in his garage now yelling that he'll do it again",
         at="2028-10-29 11:40", entities=[P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[("address", 1019, "Oak Street")], category="assault", priority="high"),
    # Dispatch: a head-butt at a ticket window: assault, high. "approx 0815" the time; "M subj" and "F vic" persons;
    # "the Central Station ticket office" the landmark; "NB" the subject's direction (north).
    dict(written="Assault just occurred, Central Station ticket office, approx 0815. M subj head-butted the F ticket agent through the service window after being refused a refund. Vic's nose bleeding, possible fx. Subj W/M 50s, tan overcoat, left on foot NB.",
         spoken="assault just occurred central station ticket office approximately oh eight fifteen male subject head butted the female ticket agent through the service window after being refused a refund victim's nose bleeding possible fracture subject white male fifties tan overcoat left on foot north bound",
         at="2028-03-27 08:19", entities=[("local", "2028-03-27 08:15"), P(count="1", sex="male", age="50-59", clothing=["tan coat"], direction="north"), P(count="1", sex="female")],
         places=[("landmark", "Central Station")], category="assault", priority="high"),
    # Girls fighting at a bus shelter, a head slammed into the glass while others film: assault, high. "a bunch of kids"
    # "3+"; "None of them can be older than 14" gives no age; "the bus shelter on 7th and Maple" the intersection.
    dict(written="Two girls are fighting at the bus shelter on 7th and Maple and one just slammed the other one's head into the glass, the glass cracked and she's bleeding from her forehead. A bunch of kids are standing around filming instead of helping. None of them can be older than 14.",
         spoken="two girls are fighting at the bus shelter on seventh and maple and one just slammed the other one's head into the glass the glass cracked and she's bleeding from her forehead a bunch of kids are standing around filming instead of helping none of them can be older than fourteen",
         at="2028-11-16 15:05", entities=[P(count="2", sex="female"), P(count="3+"), ("now",)],
         places=[("intersection", "7th Street", "Maple Avenue")], category="assault", priority="high"),
    # A child typing: a punch by a stepfather, ribs hurting: assault, high (children do not stack on a high base). The
    # mother at work is away (not annotated); "till 11" no time; "now hes asleep on the couch" (where the actor is) is
    # now.
    dict(written="my stepdad punched me in the stomach because i didnt do the dishes and now hes asleep on the couch. it hurts on my side when i breathe. my mom is at work till 11. i live at 530 willow",
         spoken="my step dad punched me in the stomach because i didn't do the dishes and now he's asleep on the couch it hurts on my side when i breathe my mom is at work till eleven i live at um five thirty willow",
         at="2028-07-12 19:25", entities=[P(count="1", sex="male"), ("now",)],
         places=[("address", 530, "Willow Street")], category="assault", priority="high"),
    # A man slapping his wife in a checkout line and dragging her out: assault, high (a bloody nose, now). "right now"
    # is now; the FreshMart the landmark.
    dict(written="A man just slapped his wife across the face in the checkout line at FreshMart, her nose is bleeding, and now he's dragging her out to the parking lot by her arm right now. She keeps saying it's fine. Grey sweatshirt, she's in a blue coat.",
         spoken="a man just slapped his wife across the face in the check out line at fresh mart her nose is bleeding and now he's dragging her out to the parking lot by her arm right now she keeps saying it's fine gray sweatshirt she's in a blue coat",
         at="2028-02-03 17:25", entities=[P(count="1", sex="male", clothing=["grey sweatshirt"]), P(count="1", sex="female", clothing=["blue coat"]), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="assault", priority="high"),
    # A school bus monitor who squeezed a boy's face on the afternoon run, about an hour ago: assault, high. "about an
    # hour ago" 60 minutes ago; "bus 12" no place; the monitor a person.
    dict(written="My son just got off the afternoon bus, bus 12, and he has fingernail marks on both cheeks. He says the bus monitor grabbed his face and squeezed it hard because he was turned around in his seat, about an hour ago. He's 7. Who do I even report this to?",
         spoken="my son just got off the afternoon bus bus twelve and he has finger nail marks on both cheeks he says the bus monitor grabbed his face and squeezed it hard because he was turned around in his seat about an hour ago he's seven who do i even report this to",
         at="2028-09-19 16:10", entities=[P(count="1", sex="male"), P(count="1"), ("ago", 60)],
         places=[], category="assault", priority="high"),
    # Election night: a punch at a watch party "last night around 11" (23:00 the day before), a black eye: assault
    # lowered to medium. "the Old Mill Brewery" the landmark; "yard sign" no place.
    dict(written="About the election night party at the Old Mill Brewery. Last night around 11, when the results came in, a guy punched my husband in the face over an argument about a yard sign. My husband's got a black eye and a cut on his cheekbone. Somebody there knows the guy.",
         spoken="okay so about the election night party at the old mill brewery last night around eleven when the results came in a guy punched my husband in the face over an argument about a yard sign my husband's got a black eye and a cut on his cheek bone somebody there knows the guy",
         at="2028-11-08 10:20", entities=[("local", "2028-11-07 23:00"), P(count="1", sex="male"), P(count="1", sex="male"), P(count="1")],
         places=[("landmark", "Old Mill Brewery")], category="assault", priority="medium"),
    # A slap by a substitute teacher on the Friday, told on the Monday: assault, days old, lowered to medium. "4th
    # grade" names no street; "Lincoln Elementary" the landmark.
    dict(written="My daughter is in 4th grade at Lincoln Elementary and on Friday the substitute slapped her across the face for talking back. She didn't tell me until last night because the sub said she'd get in trouble. She had a red mark all weekend. The principal isn't calling me back.",
         spoken="my daughter is in fourth grade at lincon elementary and on friday the substitute slapped her across the face for talking back she didn't tell me until last night because the sub said she'd get in trouble she had a red mark all weekend the principal isn't calling me back",
         at="2028-09-25 08:10", entities=[P(count="1", sex="female"), P(count="1"), P(count="1")],
         places=[("landmark", "Lincoln Elementary School")], category="assault", priority="medium"),
    # A shove off a squat rack at about 06:00, told at 13:30 with a headache: assault lowered to medium. "around 6 this
    # morning" 06:00; "the gym at Northgate Mall" the landmark (train3).
    dict(written="Around 6 this morning at the gym at Northgate Mall a guy who wanted the squat rack shoved me off it and I hit my head on the weight tree. I finished my workout but I've had a headache all day and I'm kind of nauseous. He's there every morning, big guy, neck tattoo.",
         spoken="around six this morning at the gym at north gate mall a guy who wanted the squat rack shoved me off it and i hit my head on the weight tree i finished my work out but i've had a headache all day and i'm kind of nauseous he's there every morning big guy neck tattoo",
         at="2028-12-12 13:30", entities=[("local", "2028-12-12 06:00"), P(count="1", sex="male", build="heavy")],
         places=[("landmark", "Northgate Mall")], category="assault", priority="medium"),

    # ---------------------------------------------------------------- burglary
    # Someone inside a church office at night now: burglary, high (going on, "right now"). "St. Anne's" a church's name;
    # "110 Church Street" an address on a short street; "choir practice" no time.
    dict(written="I'm the sexton at St. Anne's, 110 Church Street. I came over to lock up after choir practice and the side door to the office has its glass punched out. Somebody's in there going through the desk drawers right now, I can hear them. I backed off across the street.",
         spoken="i'm the sexton at saint anne's one ten church street i came over to lock up after choir practice and the side door to the office has its glass punched out somebody's in there going through the desk drawers right now i can hear them i backed off across the street",
         at="2028-08-03 21:40", entities=[P(count="1"), ("now",)],
         places=[("address", 110, "Church Street")], category="burglary", priority="high"),
    # A monitoring centre: a door and motion at a daycare at 2:45, voices on the two-way audio, told at 02:47: burglary,
    # high (a said time within 15 minutes). "at 2:45" a clock time (02:45); the voices "2+"; "Northline Security" a
    # company; nobody at the daycare (not annotated).
    dict(written="This is Northline Security monitoring. We have a burglary signal at Sunny Days Daycare, 1008 Maple Ave. The back door opened at 2:45 and then the hallway and office motion sensors tripped. Our operator listened in on the two-way audio and heard at least two people talking. Nobody at the daycare is answering.",
         spoken="this is northline security monitoring we have a burglary signal at sunny days daycare ten oh eight maple avenue the back door opened at two forty five and then the hall way and office motion sensors tripped our operator listened in on the two way audio and heard at least two people talking nobody at the daycare is answering",
         at="2028-10-10 02:47", entities=[("local", "2028-10-10 02:45"), P(count="2+")],
         places=[("address", 1008, "Maple Avenue")], category="burglary", priority="high"),
    # A text in lower case from a woman hiding in her bathroom while someone comes in a window: burglary, high (now).
    dict(written="someone is cutting my kitchen window screen and climbing in right now, i can hear him knocking stuff off the counter. im locked in the bathroom upstairs. im alone. 1011 3rd street. please dont call back, text",
         spoken="someone is cutting my kitchen window screen and climbing in right now i can hear him knocking stuff off the counter i'm locked in the bathroom upstairs i'm alone ten eleven third street please don't call back text",
         at="2028-07-02 01:15", entities=[P(count="1", sex="male"), ("now",)],
         places=[("address", 1011, "3rd Street")], category="burglary", priority="high"),
    # A camera alert: a man filling a hockey bag with tools in a garage now, the owner at work: burglary, high. "St.
    # Mary's" named only to say where the caller works is no place of the event.
    dict(written="My garage camera just pinged me at work. There's a guy in my garage at 309 Chestnut right now filling a hockey bag with my power tools. Hood up, blue gloves. I'm a nurse at St. Mary's, I can't leave. The side door must be open.",
         spoken="my garage camera just pinged me at work there's a guy in my garage at three oh nine chest nut right now filling a hockey bag with my power tools hood up blue gloves i'm a nurse at saint mary's i can't leave the side door must be open",
         at="2028-05-30 10:35", entities=[P(count="1", sex="male", clothing=["blue gloves"]), ("now",)],
         places=[("address", 309, "Chestnut Street")], category="burglary", priority="high"),
    # Two teenagers climbing into an ice cream stand closed for the winter, now: burglary, high. "River Road by
    # Hawthorn" the intersection.
    dict(written="Two teenagers just smashed the order window on the ice cream stand on River Road by Hawthorn, the one that's boarded up for the winter, and one of them's climbing in right now while the other one holds the board back. Both in black hoodies.",
         spoken="two teenagers just smashed the order window on the ice cream stand on river road by hawthorne the one that's boarded up for the winter and one of them's climbing in right now while the other one holds the board back both in black hoodies",
         at="2028-02-20 20:15", entities=[P(count="2", age="13-19", clothing=["black hoodie"]), ("now",)],
         places=[("intersection", "River Road", "Hawthorn Avenue")], category="burglary", priority="high"),
    # A house entered in the hour its owner was shopping: burglary, medium (no time said, base). "FreshMart" is where
    # the caller was, not the event's place; the dog is no person.
    dict(written="I was only at FreshMart for an hour and when I got back the back door was kicked in and my dog was loose in the yard. My laptop, my husband's watches and the jar of change from the bedroom are gone. 518 Birch. Nobody on the street saw anything.",
         spoken="um i was only at fresh mart for an hour and when i got back the back door was kicked in and my dog was loose in the yard my lap top my husband's watches and the jar of change from the bed room are gone five eighteen burch nobody on the street saw anything",
         at="2028-03-30 18:45", entities=[P(count="1", sex="male")],
         places=[("address", 518, "Birch Street")], category="burglary", priority="medium"),
    # A teenager typing after school: a house entered at an unknown time the same day: burglary, medium (train2's
    # break-in of unknown time found the same day). "Pine between 7th and 8th" the 700 block; the parents at work (the
    # mom too, named through a possessive) are away, not annotated; "the neighbors" the caller is with "2+".
    dict(written="i just got home from school and the screen on our back window is sliced and the window is wide open. my xbox and my moms ipad are gone and theres dirt on the carpet. my parents are both at work. we live on pine between 7th and 8th, im at the neighbors now",
         spoken="i just got home from school and the screen on our back window is sliced and the window is wide open my x box and my mom's i pad are gone and there's dirt on the carpet my parents are both at work we live on pine between seventh and eighth i'm at the neighbors now",
         at="2028-09-08 14:55", entities=[P(count="2+")],
         places=[("block", 700, "Pine Street")], category="burglary", priority="medium"),
    # A detached garage entered "sometime overnight" (02:00), told at 07:00, five hours on: medium. The son is named
    # through a possessive; "Whoever took it" is a person.
    dict(written="Our detached garage at 1138 Cedar got broken into sometime overnight. The padlock on the side door is cut and lying in the driveway, and my son's drum kit and our generator are gone. Whoever took it must have had a truck, the generator weighs 200 pounds.",
         spoken="our detached garage at eleven thirty eight ceder got broken into some time over night the padlock on the side door is cut and lying in the drive way and my son's drum kit and our generator are gone whoever took it must have had a truck the generator weighs two hundred pounds",
         at="2028-12-08 07:00", entities=[("local", "2028-12-08 02:00"), P(count="1", sex="male"), P(count="1")],
         places=[("address", 1138, "Cedar Street")], category="burglary", priority="medium"),
    # A house entered while the family was at church from 9 to 11 (the middle of the window under six hours old):
    # medium. "from 9 to 11" a span, no time.
    dict(written="While we were at church this morning from 9 to 11 somebody came in through our basement window at 245 Willow. They went through the whole upstairs, took my wife's jewelry box and the kids' tablets. The window's off its track and there's muddy footprints on the dryer.",
         spoken="yeah hi while we were at church this morning from nine to eleven somebody came in through our basement window at two forty five willow they went through the whole upstairs took my wife's jewelry box and the kids' tablets the window's off its track and there's muddy foot prints on the dryer",
         at="2028-04-23 11:20", entities=[P(count="1"), P(count="1", sex="female"), P(count="2+")],
         places=[("address", 245, "Willow Street")], category="burglary", priority="medium"),
    # Non-native: a flat entered between 7 and 4 (the middle under six hours old): medium. "at 4" and "at 7 in the
    # morning" are the caller's comings and goings, no times of the event.
    dict(written="Hello. I come home from my work at 4 and the door of my apartment is open, the lock is broken. My TV is not here and my passport and the money in the drawer also. I go to work at 7 in the morning and all is normal. 422 10th Street, apartment 2.",
         spoken="hello i come home from my work at four and the door of my apartment is open the lock is broken my t v is not here and my passport and the money in the drawer also i go to work at seven in the morning and all is normal four twenty two tenth street apartment two",
         at="2028-10-17 16:20", entities=[],
         places=[("address", 422, "10th Street")], category="burglary", priority="medium"),
    # A school art room entered over the winter break (days or weeks old): low. "the art room at Oakford High" the
    # landmark; the custodian is the caller; "since the 22nd" a date, no time.
    dict(written="Custodian at Oakford High, first day back after winter break. Somebody got in through a window in the art room sometime over the break. Two tablets and the good cameras are gone, and they spray-painted the kiln. Not sure how long ago, the room's been shut since the 22nd.",
         spoken="custodian at oakford high first day back after winter break somebody got in through a window in the art room some time over the break two tablets and the good cameras are gone and they spray painted the kiln not sure how long ago the room's been shut since the twenty second",
         at="2028-01-03 07:40", entities=[P(count="1")],
         places=[("landmark", "Oakford High School")], category="burglary", priority="low"),
    # The Little League equipment shed entered some time since October: low. "the ball field at Riverside Park" the
    # landmark.
    dict(written="Little League board member. We went to open the equipment shed at the ball field at Riverside Park for spring signups and the back wall's been pried apart. All the catcher's gear, the pitching machine and the field chalker are gone. Last time anybody was in there was the end of October.",
         spoken="little league board member we went to open the equipment shed at the ball field at riverside park for spring sign ups and the back wall's been pried apart all the catcher's gear the pitching machine and the field chalker are gone last time anybody was in there was the end of october",
         at="2028-03-25 10:15", entities=[],
         places=[("landmark", "Riverside Park")], category="burglary", priority="low"),
    # A vacant rental stripped of its water heater some time since the Sunday: low (days old).
    dict(written="Landlord. I went to show my vacant rental at 1176 Main and somebody's been in there, the basement door's pried and the water heater and the copper lines off it are gone. There's water all over the floor. I was last there Sunday.",
         spoken="land lord i went to show my vacant rental at eleven seventy six maine and somebody's been in there the basement door's pried and the water heater and the copper lines off it are gone there's water all over the floor i was last there sunday",
         at="2028-08-24 13:00", entities=[P(count="1")],
         places=[("address", 1176, "Main Street")], category="burglary", priority="low"),
    # Elderly, hesitant: money going missing over a month while she is out: burglary (entry into an empty home), low.
    # "I'm 88" not annotated; "the senior center" no place of the event; "$200" no address.
    dict(written="This might be nothing. I'm 88 and I think somebody's been coming into my house while I'm at the senior center on Tuesdays. Things are moved around, and over the past month about $200 has gone out of the sugar bowl where I keep my cash. 627 8th Street.",
         spoken="hello this might be uh nothing i'm eighty eight and i think somebody's been coming into my house while i'm at the senior center on tuesdays things are moved around and over the past month about two hundred dollars has gone out of the sugar bowl where i keep my cash six twenty seven eighth street",
         at="2028-05-05 11:00", entities=[P(count="1")],
         places=[("address", 627, "8th Street")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # Sap buckets and taps taken off maple trees now: theft, high (going on, "right now"). The pickup is part of the
    # event; "Old Mill Road by Cedar" the intersection; "maple trees" are trees, not Maple Avenue.
    dict(written="A guy is going down the row of maple trees I tap along Old Mill Road by Cedar pulling the spouts and the sap buckets and throwing them in the back of a white pickup right now. That's two hundred dollars of buckets. He's got maybe ten trees to go.",
         spoken="a guy is going down the row of maple trees i tap along old mill road by ceder pulling the spouts and the sap buckets and throwing them in the back of a white pick up right now that's two hundred dollars of buckets he's got maybe ten trees to go",
         at="2028-03-14 16:40", entities=[P(count="1", sex="male"), V(colour="white", type="pickup"), ("now",)],
         places=[("intersection", "Old Mill Road", "Cedar Street")], category="theft", priority="high"),
    # Koi netted out of a backyard pond into a cooler now: theft, high (nothing entered, so not burglary). "It's 11:30"
    # during the event is that time.
    dict(written="There's a man in my backyard at 1046 Hawthorn with a big net scooping the koi out of my pond into a cooler. It's 11:30 at night, I'm watching him from the upstairs window with the lights off. Those fish are worth thousands. He's got a headlamp on.",
         spoken="um there's a man in my back yard at ten forty six hawthorne with a big net scooping the koi out of my pond into a cooler it's eleven thirty at night i'm watching him from the upstairs window with the lights off those fish are worth thousands he's got a head lamp on",
         at="2028-06-18 23:31", entities=[P(count="1", sex="male"), ("local", "2028-06-18 23:30")],
         places=[("address", 1046, "Hawthorn Avenue")], category="theft", priority="high"),
    # A bottle-return room emptied now by two men with a hand truck: theft, high. "the bottle return room at FreshMart"
    # the landmark; their van (grey, no make) is part of the event.
    dict(written="Two guys just wheeled the full bins of returnable cans out of the bottle return room at FreshMart on a hand truck and they're tipping them into the back of a grey van by the side door right now. That's the whole week's deposits.",
         spoken="two guys just wheeled the full bins of returnable cans out of the bottle return room at fresh mark on a hand truck and they're tipping them into the back of a gray van by the side door right now that's the whole week's deposits",
         at="2028-07-10 21:05", entities=[P(count="2", sex="male"), V(colour="grey", type="van"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="theft", priority="high"),
    # A violin taken from an unlocked car in a school pickup line, the man walking off with it now: theft, high. "the
    # pickup line at Lincoln Elementary" the landmark (train2); "toward Pine" a street alone; the daughter a person.
    dict(written="I'm in the pickup line at Lincoln Elementary and a man just opened my back door and took my daughter's violin case off the seat. He's walking toward Pine with it right now, red hat, brown work jacket. She's crying in the car.",
         spoken="i'm in the pick up line at lincoln elementary and a man just opened my back door and took my daughter's violin case off the seat he's walking toward pine with it right now red hat brown work jacket she's crying in the car",
         at="2028-10-18 15:10", entities=[P(count="1", sex="male", clothing=["red hat", "brown jacket"]), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="theft", priority="high"),
    # Plywood and a generator taken from a building site "overnight" (02:00), told at 06:45: medium. "40 sheets" no
    # number of a place; the site (not a building) makes it theft.
    dict(written="Superintendent on the job at 1060 Elm. Overnight somebody drove onto the site and took about 40 sheets of plywood and the site generator. You can see the tire tracks through the mud right up to where the stack was. The chain on the gate's cut.",
         spoken="superintendent on the job at ten sixty elm over night somebody drove onto the site and took about forty sheets of ply wood and the site generator you can see the tire tracks through the mud right up to where the stack was the chain on the gate's cut",
         at="2028-05-02 06:45", entities=[("local", "2028-05-02 02:00"), P(count="1")],
         places=[("address", 1060, "Elm Street")], category="theft", priority="medium"),
    # Hearing aids taken from a gym bag "this afternoon" (14:00), told at 17:30: medium. "the boys' changing room at the
    # Community Pool" the landmark; "$6,000" no address.
    dict(written="Somebody unzipped my son's swim bag in the boys' changing room at the Community Pool this afternoon and took his hearing aids out of their case. They're $6,000 and he can't hear much without them. He's 10. The lifeguards said nobody turned them in.",
         spoken="somebody unzipped my son's swim bag in the boys' changing room at the community pool this afternoon and took his hearing aids out of their case they're six thousand dollars and he can't hear much without them he's ten the lifeguards said nobody turned them in",
         at="2028-07-21 17:30", entities=[P(count="1"), P(count="1", sex="male"), ("local", "2028-07-21 14:00"), P(count="2+")],
         places=[("landmark", "Community Pool")], category="theft", priority="medium"),
    # A store manager: a contractor carrying out boxes without paying, three times this week (a habit, no time): theft,
    # medium (its base; a habit neither raises nor lowers). The plate as said; "Orr Builders" and "Bishop Lumber" are
    # names; "on Station Road" a street alone (no place).
    dict(written="Yard manager at Bishop Lumber on Station Road. One of our contractor regulars has walked out with boxes of deck screws under his arm without paying three times this week, it's all on camera. He drives a white Ford F-250 that says Orr Builders on the door, plate ORR 22.",
         spoken="yard manager at bishop lumber on station road one of our contractor regulars has walked out with boxes of deck screws under his arm without paying three times this week it's all on camera he drives a white ford f two fifty that says orr builders on the door plate uh o r r two two",
         at="2028-05-26 12:15", entities=[P(count="1", sex="male"), V(colour="white", make="ford", model="f-250", plate="ORR22")],
         places=[], category="theft", priority="medium"),
    # A caregiver taking a father's pain pills over a week (no time): theft, medium. The father and the caregiver are
    # persons; "30" and "the count" are no numbers of a place.
    dict(written="My dad's home health aide has been taking his pain pills. I count them every Sunday and this week 30 are missing, and it's only the days she's there. She comes Monday, Wednesday and Friday. I don't want to confront her myself. He lives at 1015 Pine.",
         spoken="hi so my dad's home health aide has been taking his pain pills i count them every sunday and this week thirty are missing and it's only the days she's there she comes monday wednesday and friday i don't want to confront her myself he lives at ten fifteen pine",
         at="2028-08-20 18:40", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 1015, "Pine Street")], category="theft", priority="medium"),
    # Dispatch: a purse taken from an unlocked Jeep at about 13:30, told at 14:15 (within six hours, not within 15
    # minutes): medium. "approx 1330" the time; the Jeep is part of the event.
    dict(written="Theft from vehicle, Community Pool lot, approx 1330. RP's purse taken from the front seat of her unlocked red Jeep Cherokee while she was at the pool with her kids. Cards already used at the QuickStop per her bank app. No susp info.",
         spoken="theft from vehicle community pool lot approximately thirteen thirty reporting party's purse taken from the front seat of her unlocked red jeep cherokee while she was at the pool with her kids cards already used at the quick stop per her bank app no suspect info",
         at="2028-08-05 14:15", entities=[("local", "2028-08-05 13:30"), V(colour="red", make="jeep", model="cherokee"), P(count="2+")],
         places=[("landmark", "Community Pool"), ("landmark", "QuickStop Gas")], category="theft", priority="medium"),
    # A guitar taken from a school band room at an unknown time the same day: medium. "the band room at Oakford High"
    # the landmark; the band teacher a person; the late grandfather not annotated.
    dict(written="My son left his electric guitar in its case in the band room at Oakford High during lunch like he always does, and when he went back after last period it was gone. The band teacher says the room isn't locked during the day. It's a red Fender, it was his late grandfather's.",
         spoken="yeah my son left his electric guitar in its case in the band room at oak ford high during lunch like he always does and when he went back after last period it was gone the band teacher says the room isn't locked during the day it's a red fender it was his late grandfather's",
         at="2028-11-29 15:40", entities=[P(count="1", sex="male"), P(count="1")],
         places=[("landmark", "Oakford High School")], category="theft", priority="medium"),
    # Non-native: a bike taken from the station rack during the day, the lock cut: medium (unknown time, the same day).
    # "this morning" and "now" are the caller's comings and goings; the bicycle is the stolen thing.
    dict(written="Hello. I put my bicycle at the station this morning with the lock, like every day, and I take the train to work. Now I come back and is only the lock, cut, on the ground. The bicycle is green, big basket in the front. Is this possible to find?",
         spoken="hello i put my bicycle at the station this morning with the lock like every day and i take the train to work now i come back and is only the lock cut on the ground the bicycle is green big basket in the front is this possible to find",
         at="2028-04-06 18:30", entities=[V(colour="green", type="bicycle")],
         places=[("landmark", "Central Station")], category="theft", priority="medium"),
    # A second-hand report: a ring gone from a hospital room "yesterday" (a whole day, no time): more than six hours
    # old, theft lowered to low. The mother is the patient, a person; "St. Mary's" the landmark.
    dict(written="My mother's in St. Mary's after her hip surgery and her engagement ring went missing from her room sometime yesterday. She took it off for a scan and put it in the bedside drawer. The nurses say they'll look but nobody seems worried. It's a gold band with three little diamonds.",
         spoken="my mother's in saint mary's after her hip surgery and her engagement ring went missing from her room some time yesterday she took it off for a scan and put it in the bedside drawer the nurses say they'll look but nobody seems worried it's a gold band with three little diamonds",
         at="2028-02-10 10:25", entities=[P(count="1", sex="female"), P(count="2+")],
         places=[("landmark", "St. Mary's Hospital")], category="theft", priority="low"),
    # Apples picked off an orchard's trees by a van of leaf-peepers on the Sunday (told on the Wednesday, days old):
    # theft, low. "Last Sunday afternoon" a weekday, no time; "about fifteen people" "3+"; the white tour van is part of
    # the event.
    dict(written="Last Sunday afternoon a white tour van full of leaf peepers pulled over along my orchard on Old Mill Road by Birch and about fifteen people just walked in and filled shopping bags with my apples like it was a pick-your-own. I've got signs up. I'm not trying to get anybody arrested, I just want it on file before next weekend.",
         spoken="last sunday afternoon a white tour van full of leaf peepers pulled over along my orchard on old mill road by burch and about fifteen people just walked in and filled shopping bags with my apples like it was a pick your own i've got signs up i'm not trying to get anybody arrested i just want it on file before next weekend",
         at="2028-10-11 09:15", entities=[V(colour="white", type="van"), P(count="3+")],
         places=[("intersection", "Old Mill Road", "Birch Street")], category="theft", priority="low"),
    # An outboard motor taken off a boat at the launch some time since the Friday: low (days old). A boat is no vehicle;
    # "the boat launch at Riverside Park" the landmark.
    dict(written="Somebody unbolted the outboard motor off my aluminum boat tied up at the boat launch at Riverside Park. It was there Friday evening when I left, I came back this morning and it's gone, just the bolts on the transom. It's a 15 horse Yamaha.",
         spoken="uh somebody unbolted the out board motor off my aluminum boat tied up at the boat launch at riverside park it was there friday evening when i left i came back this morning and it's gone just the bolts on the transom it's a fifteen horse yamaha",
         at="2028-09-04 08:05", entities=[P(count="1")],
         places=[("landmark", "Riverside Park")], category="theft", priority="low"),
    # A web report: an honesty-box egg stand's cash box taken between the Saturday evening and the Monday morning: low
    # (days old). "1190 Birch" the address; "around $60" no number of a place.
    dict(written="Web report: we run a little honor-system egg stand at the end of our driveway at 1190 Birch. Sometime between Saturday evening and this morning somebody took the whole cash box, the lock and all, around $60. We've had the stand for six years and never had a problem.",
         spoken="web report we run a little honor system egg stand at the end of our drive way at eleven ninety burch some time between saturday evening and this morning somebody took the whole cash box the lock and all around sixty dollars we've had the stand for six years and never had a problem",
         at="2028-06-26 08:30", entities=[P(count="1")],
         places=[("address", 1190, "Birch Street")], category="theft", priority="low"),

    # ---------------------------------------------------------------- traffic
    # A pickup through the river ice with its driver on the cab roof as it sinks: traffic, critical (a vehicle in a
    # crash with a life at risk, as holdout16's flooded ditch). "the river ice behind the QuickStop" relative; the
    # snowmobile is no road vehicle.
    dict(written="A guy drove his pickup out on the river ice behind the QuickStop to tow out a stuck snowmobile and it just broke through! The front end's under and he climbed up on the roof of the cab, it's going down slow. Nobody can get out to him, the ice is cracking all around it.",
         spoken="a guy drove his pick up out on the river ice behind the quick stop to tow out a stuck snow mobile and it just broke through the front end's under and he climbed up on the roof of the cab it's going down slow nobody can get out to him the ice is cracking all around it",
         at="2028-02-05 08:30", entities=[P(count="1", sex="male"), V(type="pickup"), ("now",)],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="traffic", priority="critical"),
    # A town plow backing over a man shovelling: traffic, critical (pinned under a vehicle). "Walnut by 11th" the
    # intersection; the plow is a truck; "he's out now" (where the driver is) is now.
    dict(written="The town plow truck was backing up on Walnut by 11th and it just ran over a man who was shoveling out the end of his driveway! His leg's pinned under the rear tire and he's screaming. The driver didn't see him, he's out now and he's losing it.",
         spoken="oh my god the town plow truck was backing up on wall nut by eleventh and it just ran over a man who was shoveling out the end of his drive way his leg's pinned under the rear tire and he's screaming the driver didn't see him he's out now and he's losing it",
         at="2028-12-20 06:20", entities=[V(type="truck"), P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Walnut Street", "11th Street")], category="traffic", priority="critical"),
    # Dispatch: a rollover on fire with a driver still inside: traffic, critical. A self-corrected colour: green
    # (corrected values as corrected). "River Rd by 11th" the intersection; "bystanders" "2+".
    dict(written="1-veh rollover w/ fire, River Rd by 11th. Blue, correction, green Subaru Forester on its roof in the median, smoke and flames from the engine compartment. Driver still inside per bystanders, bystanders attempting to pull him out. FD and EMS en route.",
         spoken="one vehicle rollover with fire river road by eleventh blue correction green subaru forester on its roof in the median smoke and flames from the engine compartment driver still inside per bystanders bystanders attempting to pull him out f d and e m s en route",
         at="2028-09-09 23:40", entities=[V(colour="green", make="subaru", model="forester"), P(count="1", sex="male"), P(count="2+")],
         places=[("intersection", "River Road", "11th Street")], category="traffic", priority="critical"),
    # An old man driving along the sidewalk of Maple Square now: traffic, high (medium raised, "right now"). "An old
    # man" 60-90; "a gold Buick" gold buick; the people jumping aside "2+".
    dict(written="An old man in a gold Buick just drove up over the curb onto the sidewalk at Maple Square and he's still rolling slowly along it right now, people are jumping out of his way. I don't think he even knows he's on the sidewalk. He's headed for the bandstand.",
         spoken="an old man in a gold buick just drove up over the curb onto the side walk at maple square and he's still rolling slowly along it right now people are jumping out of his way i don't think he even knows he's on the side walk he's headed for the band stand",
         at="2028-05-18 11:50", entities=[P(count="1", sex="male", age="60-90"), V(colour="gold", make="buick"), ("now",), P(count="2+")],
         places=[("landmark", "Maple Square")], category="traffic", priority="high"),
    # A deer struck by one car thrown through another's windshield, the driver's face cut: traffic, high (an injury).
    # "Route 9 by Willow" is River Road and Willow; the caller's car is no part of what she describes.
    dict(written="The car ahead of me on Route 9 by Willow hit a deer and it flew right through the windshield of the car coming the other way. The lady driving that one has glass all in her face and she's bleeding a lot, but she's talking. The deer's dead in the road.",
         spoken="yeah um the car ahead of me on route nine by willo hit a deer and it flew right through the windshield of the car coming the other way the lady driving that one has glass all in her face and she's bleeding a lot but she's talking the deer's dead in the road",
         at="2028-11-05 17:35", entities=[V(type="car"), V(type="car"), P(count="1", sex="female")],
         places=[("intersection", "River Road", "Willow Street")], category="traffic", priority="high"),
    # A dump truck dropping its gravel onto a car at a light, the driver stuck but talking: traffic, high (trapped, not
    # said to be hurt badly). "Kingsley and 6th" the intersection; "a little silver Kia" make kia.
    dict(written="A dump truck turning at Kingsley and 6th just dumped half its load of gravel onto a little silver Kia waiting at the light! The roof's caved in some and the driver's stuck, she says her arm hurts but she's talking to me through the window. The truck driver's trying to dig her out with his hands.",
         spoken="a dump truck turning at kingsly and sixth just dumped half its load of gravel onto a little silver kia waiting at the light the roof's caved in some and the driver's stuck she says her arm hurts but she's talking to me through the window the truck driver's trying to dig her out with his hands",
         at="2028-08-31 07:55", entities=[V(type="truck"), V(colour="silver", make="kia"), P(count="1", sex="female"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="traffic", priority="high"),
    # A heating-oil truck leaking a trail across a road now: traffic, high (a road hazard with a said time, "right
    # now"). The truck is part of the event; "Cedar between 5th and 6th" the 500 block; "Oakford Fuel" a company's name.
    dict(written="An Oakford Fuel oil truck is parked on Cedar between 5th and 6th making a delivery and it's leaking heating oil out of the bottom right now, there's a slick running down the whole block into the storm drain and cars are sliding in it. The driver's inside the house.",
         spoken="an oak ford fuel oil truck is parked on ceder between fifth and sixth making a delivery and it's leaking heating oil out of the bottom right now there's a slick running down the whole block into the storm drain and cars are sliding in it the driver's inside the house",
         at="2028-03-01 10:50", entities=[V(type="truck"), ("now",), P(count="1")],
         places=[("block", 500, "Cedar Street")], category="traffic", priority="high"),
    # A tree down across a street after a storm, no wires: traffic, medium (a road hazard, no time said). "Pine between
    # 9th and 10th" the 900 block, "up in Northgate" the neighbourhood (not the mall).
    dict(written="That thunderstorm just brought a big oak down across Pine between 9th and 10th up in Northgate, it's blocking both lanes curb to curb. No wires on it that I can see. Cars are coming around the corner fast and having to slam on the brakes, somebody's going to hit it in the dark.",
         spoken="that thunderstorm just brought a big oak down across pine between ninth and tenth up in north gate it's blocking both lanes curb to curb no wires on it that i can see cars are coming around the corner fast and having to slam on the brakes somebody's going to hit it in the dark",
         at="2028-07-24 20:50", entities=[("now",)],
         places=[("block", 900, "Pine Street"), ("neighbourhood", "Northgate")], category="traffic", priority="medium"),
    # Christmas trees spilled off a flatbed across a road: traffic, medium (a hazard). "Christmas trees" are trees;
    # "Kingsley by 7th" the intersection and "the lot at FreshMart" the landmark (a destination, as "toward the park");
    # the flatbed a truck, part of the event.
    dict(written="A flatbed hauling Christmas trees to the lot at FreshMart took the corner at Kingsley by 7th too fast and like thirty trees slid off into the road. The driver's out picking them up by himself and cars are driving over the ones he hasn't gotten to.",
         spoken="a flatbed hauling christmas trees to the lot at fresh mart took the corner at kingsly by seventh too fast and like thirty trees slid off into the road the driver's out picking them up by himself and cars are driving over the ones he hasn't gotten to",
         at="2028-11-24 15:15", entities=[V(type="truck"), P(count="1", sex="male")],
         places=[("intersection", "Kingsley Avenue", "7th Street"), ("landmark", "FreshMart Supermarket")], category="traffic", priority="medium"),
    # A moose standing in the road: traffic, medium (a road hazard, as train3's geese; no time said). "Old Mill Road by
    # Maple" the intersection; "Maple" here is the street.
    dict(written="A big bull moose has planted himself on Old Mill Road by Maple, right on the center line. It won't move for anything, people are stopping in both directions and one guy got out to take pictures. Somebody coming over the hill isn't going to see it.",
         spoken="a big bull moose has planted himself on old mill road by maple right on the center line it won't move for anything people are stopping in both directions and one guy got out to take pictures somebody coming over the hill isn't going to see it",
         at="2028-06-01 21:10", entities=[P(count="2+"), P(count="1", sex="male")],
         places=[("intersection", "Old Mill Road", "Maple Avenue")], category="traffic", priority="medium"),
    # A knocked-down stop sign with cars running through: traffic, medium (a hazard). "Cedar and 4th" the intersection.
    dict(written="The stop sign at Cedar and 4th is lying flat in the grass, somebody must've hit it, and cars coming up 4th are just blowing right through into Cedar. I watched two almost hit each other in the last five minutes. Can the town come put something up?",
         spoken="the stop sign at see der and fourth is lying flat in the grass somebody must've hit it and cars coming up fourth are just blowing right through into ceder i watched two almost hit each other in the last five minutes can the town come put something up",
         at="2028-04-13 08:25", entities=[P(count="1")],
         places=[("intersection", "Cedar Street", "4th Street")], category="traffic", priority="medium"),
    # Freezing rain: two cars slid together at the bottom of a hill, nobody hurt: traffic, medium (a hazard and a crash,
    # no injury). "the bottom of Church Street by Oak" the intersection (a short street).
    dict(written="Freezing rain's turned the hill on Church Street into a skating rink. Two cars just slid down it into each other at the bottom by Oak, nobody's hurt, but more cars keep trying to come down. Somebody needs to close it or sand it.",
         spoken="freezing rain's turned the hill on church street into a skating rink two cars just slid down it into each other at the bottom by oak nobody's hurt but more cars keep trying to come down somebody needs to close it or sand it",
         at="2028-12-14 16:05", entities=[V(type="car"), ("now",)],
         places=[("intersection", "Church Street", "Oak Street")], category="traffic", priority="medium"),
    # A light pole backed into the night before, no one hurt: traffic, low (hours old). "last night" 23:00 the day
    # before; "the Northgate Mall lot" the landmark; "mall security" no person; the caller's own car is part of it.
    dict(written="Kind of embarrassing. I backed my Honda Odyssey into one of the light poles in the Northgate Mall lot last night and bent it pretty good. Nobody was hurt. Mall security told me to call and get a report number for my insurance.",
         spoken="uh hi kind of embarrassing i backed my honda odyssey into one of the light poles in the north gate mall lot last night and bent it pretty good nobody was hurt mall security told me to call and get a report number for my insurance",
         at="2028-01-12 09:40", entities=[V(make="honda", model="odyssey"), ("local", "2028-01-11 23:00")],
         places=[("landmark", "Northgate Mall")], category="traffic", priority="low"),
    # A boat trailer parked at a corner for three weeks, blocking the view: traffic, low (a parking matter weeks old, as
    # train1's car on a hydrant). The trailer has no type (holdout10's cargo trailer with a plate); "the corner of Elm
    # and 2nd" the intersection.
    dict(written="Someone's left a big boat trailer with no boat on it parked right at the corner of Elm and 2nd for three weeks now. You can't see around it pulling out onto Elm, I almost got hit twice. Plate on it is Victor Kilo 5 5 8 1.",
         spoken="someone's left a big boat trailer with no boat on it parked right at the corner of elm and second for three weeks now you can't see around it pulling out onto elm i almost got hit twice plate on it is victor kilo five five eight one",
         at="2028-08-10 18:20", entities=[P(count="1"), V(plate="VK5581")],
         places=[("intersection", "Elm Street", "2nd Street")], category="traffic", priority="low"),
    # Run off the road the afternoon before, no damage: traffic, low (hours old). "Yesterday around 4" 16:00 the day
    # before (holdout16's "Yesterday around 5"); the partial plate as said; the caller's car in the ditch undescribed.
    dict(written="Yesterday around 4 a kid in a black Honda Civic passed me on the double yellow on Old Mill Road by Oak and cut back in so close I went into the ditch. No damage, I drove out. Plate started with 5 M Z. He was laughing out the window. I want him talked to.",
         spoken="yeah so yesterday around four a kid in a black honda civic passed me on the double yellow on old mill road by oak and cut back in so close i went into the ditch no damage i drove out plate started with five m z he was laughing out the window i want him talked to",
         at="2028-10-01 09:00", entities=[("local", "2028-09-30 16:00"), P(count="1"), V(colour="black", make="honda", model="civic", plate="5MZ")],
         places=[("intersection", "Old Mill Road", "Oak Street")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- drugs
    # Pills sold from a tackle box in an arcade with a pistol on the bench beside the seller: drugs, high (a weapon
    # seen; children as buyers do not stack). "the arcade at Northgate Mall" the landmark; the teenagers "2+" 13-19; a
    # hat lying on the bench is no clothing.
    dict(written="There's a guy sitting in the back corner of the arcade at Northgate Mall selling Xanax bars out of a tackle box, teenagers keep going back there one at a time. He's got a pistol sitting right on the bench next to him under a hat. Orange hoodie, camo pants.",
         spoken="there's a guy sitting in the back corner of the arcade at north gate mall selling xanax bars out of a tackle box teenagers keep going back there one at a time he's got a pistol sitting right on the bench next to him under a hat orange hoodie camo pants",
         at="2028-02-12 13:15", entities=[P(count="1", sex="male", clothing=["orange hoodie", "camo pants"]), P(count="2+", age="13-19"), W("handgun")],
         places=[("landmark", "Northgate Mall")], category="drugs", priority="high"),
    # Dispatch: dealing from an SUV with a machete on the seat: drugs, high (a weapon seen). "the rear lot of Rosie's
    # Bakery" the landmark; "Nissan Rogue" rogue; the plate in the NATO alphabet.
    dict(written="Narcotics in progress, rear lot of Rosie's Bakery. RP observing a M subj selling from the driver's seat of a white Nissan Rogue, multiple walk-up buyers. Machete visible on the passenger seat. Plate Lima Tango X-ray 4 0 9 2.",
         spoken="narcotics in progress rear lot of rosies bakery r p observing a male subject selling from the driver's seat of a white nissan rogue multiple walk up buyers machete visible on the passenger seat plate lima tango x ray four oh nine two",
         at="2028-04-08 22:20", entities=[P(count="1", sex="male"), V(colour="white", make="nissan", model="rogue", plate="LTX4092"), P(count="2+"), W("machete")],
         places=[("landmark", "Rosie's Bakery")], category="drugs", priority="high"),
    # Vapes and nicotine pouches sold from a porch to middle schoolers walking home: drugs, medium (children; raises do
    # not stack). The man's age "maybe 40" 37-43.
    dict(written="The man who lives at 515 Maple sits on his porch every afternoon when the middle school lets out and sells vapes and nicotine pouches to the kids walking by. He keeps them in a cooler. He's maybe 40, always in a Patriots hoodie. My daughter says everybody knows.",
         spoken="um the man who lives at five fifteen maple sits on his porch every afternoon when the middle school lets out and sells vapes and nicotine pouches to the kids walking by he keeps them in a cooler he's maybe forty always in a patriots hoodie my daughter says everybody knows",
         at="2028-04-26 15:45", entities=[P(count="1", sex="male", age="37-43", clothing=["blue hoodie"]), P(count="2+"), P(count="1", sex="female")],
         places=[("address", 515, "Maple Avenue")], category="drugs", priority="medium"),
    # A couple shooting up in a parked car with a toddler in the back seat now: drugs, medium (children at risk; now;
    # raises do not stack). "the Main Street Pharmacy lot" the landmark; "a blue Hyundai Elantra" elantra.
    dict(written="There's a couple in a blue Hyundai Elantra in the Main Street Pharmacy lot and the guy is tying off the woman's arm and putting a needle in it right now, and there's a toddler in a car seat in the back watching. They're parked by the drive-up window.",
         spoken="there's a couple in a blue hyundai elantra in the main street pharmacy lot and the guy is tying off the woman's arm and putting a needle in it right now and there's a toddler in a car seat in the back watching they're parked by the drive up window",
         at="2028-05-31 11:05", entities=[P(count="1", sex="male"), P(count="1", sex="female"), V(colour="blue", make="hyundai", model="elantra"), ("now",), P(count="1")],
         places=[("landmark", "Main Street Pharmacy")], category="drugs", priority="medium"),
    # Second-hand: a boy's photo of a meth pipe at his mother's flat while she has the children: drugs, medium (children
    # at risk). The ex, her boyfriend and "both kids" (a count of 2, the boy among them described apart) are persons;
    # "he's 8" not annotated.
    dict(written="My son just texted me a picture of a glass pipe and a torch lighter on the coffee table at his mom's apartment at 215 Elm. She has both kids this weekend and he says she and her boyfriend keep going in the bathroom and coming out weird. He's 8. I don't know what to do.",
         spoken="my son just texted me a picture of a glass pipe and a torch lighter on the coffee table at his mom's apartment at two fifteen elm she has both kids this weekend and he says she and her boyfriend keep going in the bath room and coming out weird he's eight i don't know what to do",
         at="2028-08-12 20:25", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="2"), P(count="1", sex="male")],
         places=[("address", 215, "Elm Street")], category="drugs", priority="medium"),
    # A daycare worker smelling of weed and nodding off over toddlers: drugs, medium (children at risk). "Little Acorns"
    # a daycare's name (no place); "Cedar by 10th" the intersection; the director is away (not annotated).
    dict(written="I just picked my daughter up from Little Acorns daycare on Cedar by 10th and the woman in the toddler room smelled like weed and kept nodding off in the rocking chair while the kids climbed on her. This is the second time I've seen it. The director's gone for the day.",
         spoken="i just picked my daughter up from little acorns daycare on ceder by tenth and the woman in the toddler room smelled like weed and kept nodding off in the rocking chair while the kids climbed on her this is the second time i've seen it the director's gone for the day",
         at="2028-02-23 17:40", entities=[P(count="1", sex="female"), P(count="1", sex="female"), P(count="2+")],
         places=[("intersection", "Cedar Street", "10th Street")], category="drugs", priority="medium"),
    # Edibles sold to a 16-year-old at a dispensary with no ID check: drugs, medium (a child sold to). "the dispensary
    # on Market Street" a street alone (no place); "Green Leaf" not named here; the budtender a person.
    dict(written="My 16 year old came home from the dispensary on Market Street with two packs of edibles. He says the guy at the counter didn't even ask for an ID, just took his cash. He's done it twice. I have the receipt with the time on it if you need it.",
         spoken="my sixteen year old came home from the dispensary on market street with two packs of edibles he says the guy at the counter didn't even ask for an id just took his cash he's done it twice i have the receipt with the time on it if you need it",
         at="2028-11-21 19:10", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[], category="drugs", priority="medium"),
    # A THC vape passed around at a middle school dance now: drugs, medium (children; now; raises do not stack). "the
    # Oakford High gym" the landmark; "A bunch of the kids" "3+"; the other chaperones "2+".
    dict(written="Chaperone at the middle school dance in the Oakford High gym. A bunch of the kids are passing a THC vape around under the bleachers right now, one girl's already throwing up in the bathroom. The other chaperones didn't believe me.",
         spoken="chaperone at the middle school dance in the oak ford high gym a bunch of the kids are passing a t h c vape around under the bleachers right now one girl's already throwing up in the bath room the other chaperones didn't believe me",
         at="2028-03-24 20:35", entities=[P(count="3+"), ("now",), P(count="1", sex="female"), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="drugs", priority="medium"),
    # A grandparent finding a scale and cartridges in a grandson's room: drugs, low (found, no one at risk).
    dict(written="I'm not sure who to tell. My grandson lives with me and I was putting his laundry away and found a little digital scale, a roll of baggies and about twenty vape cartridges in his sock drawer. He's 19. I don't want him in jail, I want him to stop. 1087 Spruce.",
         spoken="hello i'm not sure uh who to tell my grandson lives with me and i was putting his laundry away and found a little digital scale a roll of baggies and about twenty vape cartridges in his sock drawer he's nineteen i don't want him in jail i want him to stop ten eighty seven spruse",
         at="2028-10-05 13:30", entities=[P(count="1", sex="male")],
         places=[("address", 1087, "Spruce Street")], category="drugs", priority="low"),
    # Needles dumped in a cart corral (found, no time): drugs, low. "the FreshMart lot" the landmark; the cart collector
    # is a person (the caller's coworker).
    dict(written="Store manager at FreshMart. Our cart guy found about a dozen used needles and a burnt spoon dumped in the cart corral at the far end of the lot, by the recycling bins. Second time this month. We taped it off so nobody grabs a cart from there.",
         spoken="store manager at fresh mart our cart guy found about a dozen used needles and a burnt spoon dumped in the cart corral at the far end of the lot by the recycling bins second time this month we taped it off so nobody grabs a cart from there",
         at="2028-06-29 09:20", entities=[P(count="1", sex="male")],
         places=[("landmark", "FreshMart Supermarket")], category="drugs", priority="low"),
    # Mushrooms sold under a vendor's table at the Thursday market (a habit): drugs, low. "Market Street" a street
    # alone; "the Thursday market" no place; "$40" no address.
    dict(written="Web tip: one of the vendors at the Thursday market on Market Street, the honey stand, sells magic mushrooms under the table. You ask for the 'special raw honey' and he hands you a paper bag from a cooler under the table, $40. Older guy, long white ponytail.",
         spoken="web tip one of the vendors at the thursday market on market street the honey stand sells magic mushrooms under the table you ask for the special raw honey and he hands you a paper bag from a cooler under the table forty dollars older guy long white pony tail",
         at="2028-07-14 10:05", entities=[P(count="1", sex="male", age="60-90")],
         places=[], category="drugs", priority="low"),
    # A backpack swapped between two cars in a closed pool's lot every Monday night (a habit): drugs, low. "the empty
    # Community Pool lot" the landmark; "around 9" a habit's hour, no time; the Malibu and the Charger are part of it.
    dict(written="Every Monday night around 9 a silver Chevy Malibu with Massachusetts plates pulls into the empty Community Pool lot next to a black Dodge Charger, the Charger guy gets out, hands a backpack through the window and they both leave. Took a picture of the plate: 7 A B, 3 8 1.",
         spoken="every monday night around nine a silver chevy malibu with massachusetts plates pulls into the empty community pool lot next to a black dodge charger the charger guy gets out hands a back pack through the window and they both leave took a picture of the plate seven a b three eight one",
         at="2028-01-18 19:30", entities=[V(colour="silver", make="chevrolet", model="malibu", plate="7AB381"), V(colour="black", make="dodge", model="charger"), P(count="1", sex="male")],
         places=[("landmark", "Community Pool")], category="drugs", priority="low"),
    # A line cook selling cocaine to the staff in the walk-in (a habit): drugs, low. "the restaurant on Main by 8th" the
    # intersection; the waitstaff "2+".
    dict(written="Please keep this anonymous. One of the line cooks at the restaurant where I work, the Italian place on Main by 8th, sells coke to the waitstaff in the walk-in during dinner rush. He keeps it in a protein powder tub on the top shelf.",
         spoken="please keep this anonymous one of the line cooks at the restaurant where i work the italian place on maine by eighth sells coke to the wait staff in the walk in during dinner rush he keeps it in a protein powder tub on the top shelf",
         at="2028-09-02 23:45", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("intersection", "Main Street", "8th Street")], category="drugs", priority="low"),
    # Elderly: cars coming and going at a neighbour's house while she is away at her daughter's on weekends: drugs, low.
    # The neighbour is away (not annotated); her grandson a person; the cars in general no vehicles.
    dict(written="I'm 83 and I live across from 1121 Oak. My neighbor goes to her daughter's every weekend, and her grandson has cars pulling into that driveway all night long, they stay two minutes and go. Last night I counted eleven. He's a nice boy but I wasn't born yesterday.",
         spoken="yes hello i'm eighty three and i live across from eleven twenty one oak my neighbor goes to her daughter's every weekend and her grandson has cars pulling into that drive way all night long they stay two minutes and go last night i counted eleven he's a nice boy but i wasn't born yesterday",
         at="2028-05-07 10:10", entities=[P(count="1", sex="male")],
         places=[("relative", ("address", 1121, "Oak Street"))], category="drugs", priority="low"),

    # ---------------------------------------------------------------- vandalism
    # A dumpster pushed down a hill and rolling toward a crossing full of children: vandalism, critical (lives at risk,
    # going on). "the top of Church Street" and "the bottom by Oak" place it at Church and Oak; "some teenagers" 13-19.
    dict(written="Some teenagers just shoved the big dumpster from behind the church at the top of Church Street and it's rolling down the hill right now picking up speed, straight toward the bottom by Oak where the kids from the after-school program are crossing! I'm running after it!",
         spoken="some teenagers just shoved the big dumpster from behind the church at the top of church street and it's rolling down the hill right now picking up speed straight toward the bottom by oak where the kids from the after school program are crossing i'm running after it",
         at="2028-06-24 15:15", entities=[P(count="2+", age="13-19"), ("now",), P(count="2+")],
         places=[("intersection", "Church Street", "Oak Street")], category="vandalism", priority="critical"),
    # A manhole cover pried off by teenagers, a boy fallen in with a broken ankle: vandalism, high (an injury, as
    # train1's brick). "Maple between 8th and 9th" the 800 block; "teenagers" 13-19.
    dict(written="Some teenagers pried the cover off the storm drain manhole on Maple between 8th and 9th and left it open, and my son just stepped in it riding his scooter home. His ankle's broken, you can see it. I saw the kids running off laughing with the crowbar.",
         spoken="some teenagers pried the cover off the storm drain man hole on maple between eighth and ninth and left it open and my son just stepped in it riding his scooter home his ankle's broken you can see it i saw the kids running off laughing with the crow bar",
         at="2028-09-15 16:25", entities=[P(count="2+", age="13-19"), P(count="1", sex="male"), V(type="scooter"), ("now",)],
         places=[("block", 800, "Maple Avenue")], category="vandalism", priority="high"),
    # Broken glass glued along a playground slide, a girl cut: vandalism, high (an injury). "the Maple Square
    # playground" the landmark; "stitches" no entity.
    dict(written="Somebody glued broken bottle glass along the inside of the big slide at the Maple Square playground. My daughter went down it and her legs are all cut up, a couple of them look like they need stitches. There's still glass stuck on there and kids are lining up for it.",
         spoken="somebody glued broken bottle glass along the inside of the big slide at the maple square play ground my daughter went down it and her legs are all cut up a couple of them look like they need stitches there's still glass stuck on there and kids are lining up for it",
         at="2028-05-06 10:40", entities=[P(count="1"), P(count="1", sex="female"), P(count="2+")],
         places=[("landmark", "Maple Square")], category="vandalism", priority="high"),
    # A woman smashing her ex's truck windows with a golf club (a present progressive): vandalism, raised to medium. A
    # golf club on property is no weapon (train2's tools on property); the ex, not home, is not annotated; his truck (a
    # red Ford F-150) is part of the event.
    dict(written="The woman next door is in her ex-boyfriend's driveway at 432 Chestnut smashing out the windows of his red Ford F-150 with a golf club. She's already done the windshield and both mirrors and she's screaming his name. He's not home, I don't think.",
         spoken="um the woman next door is in her ex boyfriend's drive way at four thirty two chest nut smashing out the windows of his red ford f one fifty with a golf club she's already done the windshield and both mirrors and she's screaming his name he's not home i don't think",
         at="2028-01-29 01:40", entities=[P(count="1", sex="female"), V(colour="red", make="ford", model="f-150")],
         places=[("address", 432, "Chestnut Street")], category="vandalism", priority="medium"),
    # Two people on a water tower painting it now: vandalism, medium (now; teenagers doing damage are no children at
    # risk). "the water tower on Station Road" a street alone, "in the Station Quarter" the neighbourhood; "a ladder
    # cage" no entity.
    dict(written="There are two people up on the catwalk of the water tower on Station Road in the Station Quarter right now spray-painting something huge on the tank. They climbed the ladder cage. It's dark, I can just see their headlamps and hear the cans rattling. Looks like teenagers.",
         spoken="there are two people up on the catwalk of the water tower on station road in the station quarter right now spray painting something huge on the tank they climbed the ladder cage it's dark i can just see their head lamps and hear the cans rattling looks like teenagers",
         at="2028-06-16 23:10", entities=[P(count="2", age="13-19"), ("now",)],
         places=[("neighbourhood", "Station Quarter")], category="vandalism", priority="medium"),
    # Air let out of school buses' tyres now: vandalism, medium (going on, "right now"). "the bus yard behind Lincoln
    # Elementary" relative (holdout15's); "Two kids on bikes" a count, the bikes they ride part of the event.
    dict(written="Two kids on bikes are in the bus yard behind Lincoln Elementary letting the air out of the school bus tires right now, they're going bus to bus with something and you can hear the hiss. Morning runs start at 6:30.",
         spoken="two kids on bikes are in the bus yard behind lincoln elementary letting the air out of the school bus tires right now they're going bus to bus with something and you can hear the hiss morning runs start at six thirty",
         at="2028-10-04 22:30", entities=[P(count="2"), V(type="bicycle"), V(type="bus"), ("now",)],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="vandalism", priority="medium"),
    # Shopping carts thrown off a footbridge into the river (a present progressive): vandalism, medium. A self-corrected
    # count: "Three guys, no, four" is 4 (corrected as corrected). "the footbridge at Riverside Park" the landmark;
    # "about ten" carts no persons.
    dict(written="Three guys, no, four, are lining up FreshMart shopping carts on the footbridge at Riverside Park and shoving them over the rail into the river. There's already like ten of them sticking up out of the water by the rocks. They're filming each other doing it. One's got a red beanie.",
         spoken="three guys no four are lining up fresh mart shopping carts on the foot bridge at riverside park and shoving them over the rail into the river there's already like ten of them sticking up out of the water by the rocks they're filming each other doing it one's got a red beanie",
         at="2028-04-29 17:20", entities=[P(count="4", sex="male"), P(count="1", clothing=["red beanie"])],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="medium"),
    # Orange paint sprayed across windshields in a commuter lot now: vandalism, medium. "the Central Station commuter
    # lot" the landmark; the cars in general no vehicles.
    dict(written="Two kids with spray cans are walking through the Central Station commuter lot painting orange stripes across windshields right now. They've hit at least a dozen cars. Both in black, one's got a skateboard.",
         spoken="two kids with spray cans are walking through the central station commuter lot painting orange stripes across windshields right now they've hit at least a dozen cars both in black one's got a skateboard",
         at="2028-08-22 14:50", entities=[P(count="2"), ("now",)],
         places=[("landmark", "Central Station")], category="vandalism", priority="medium"),
    # A radar speed sign painted over and smashed, found this morning: vandalism, low. "Kingsley by 3rd" the
    # intersection; "the town" no person.
    dict(written="The solar speed sign the town just put up on Kingsley by 3rd got spray-painted black and the solar panel on top is smashed. Must've happened last night, it was working when I drove home. It's the only thing that slowed people down on this stretch.",
         spoken="the solar speed sign the town just put up on kingsly by third got spray painted black and the solar panel on top is smashed must've happened last night it was working when i drove home it's the only thing that slowed people down on this stretch",
         at="2028-07-05 07:50", entities=[("local", "2028-07-04 23:00")],
         places=[("intersection", "Kingsley Avenue", "3rd Street")], category="vandalism", priority="low"),
    # Tulip bulbs pulled out of the Maple Square beds overnight: vandalism, low. "Overnight" 02:00; the garden club a
    # club (no person).
    dict(written="Web report: Overnight somebody pulled up almost every tulip in the beds around Maple Square, the ones the garden club planted last fall. They're just lying all over the paths with the bulbs attached. Three weeks before the spring festival.",
         spoken="web report over night somebody pulled up almost every tulip in the beds around maple square the ones the garden club planted last fall they're just lying all over the paths with the bulbs attached three weeks before the spring festival",
         at="2028-04-18 07:30", entities=[("local", "2028-04-18 02:00"), P(count="1")],
         places=[("relative", ("landmark", "Maple Square"))], category="vandalism", priority="low"),
    # Letters pried off the town's welcome sign on Route 9 some time this week: vandalism, low. "WELCOME TO OAKFORD"
    # names the town, no place; "on Route 9" a street alone (no place); "the historical society" no person.
    dict(written="Somebody pried letters off the big wooden WELCOME TO OAKFORD sign on Route 9 so now it says WELCOME TO OAF. I noticed it Monday, could've been any time this week. It's kind of funny but the historical society paid for that sign.",
         spoken="somebody pried letters off the big wooden welcome to oak ford sign on route nine so now it says welcome to oaf i noticed it monday could've been any time this week it's kind of funny but the historical society paid for that sign",
         at="2028-08-16 12:30", entities=[P(count="1")],
         places=[], category="vandalism", priority="low"),
    # A hydrant painted pink (found): vandalism, low. "the corner of Pine and 6th" the intersection.
    dict(written="This is a small thing. Somebody painted the fire hydrant on the corner of Pine and 6th bright pink with glitter, sometime since Sunday. The fire department might not be able to find it in the snow now. The kids on the street think it's great.",
         spoken="hi this is a small thing somebody painted the fire hydrant on the corner of pine and sixth bright pink with glitter some time since sunday the fire department might not be able to find it in the snow now the kids on the street think it's great",
         at="2028-12-06 11:45", entities=[P(count="1"), P(count="2+")],
         places=[("intersection", "Pine Street", "6th Street")], category="vandalism", priority="low"),
    # Initials etched into shop windows along a block overnight: vandalism, low. "overnight" 02:00; "Main between 8th
    # and 9th" the 800 block; the shop owners "2+".
    dict(written="Somebody etched initials and a little crown into the front windows of every shop on Main between 8th and 9th overnight, like with acid or a glass cutter. It doesn't wash off. The owners are all standing out front looking at it. It's the same tag on every one.",
         spoken="somebody etched initials and a little crown into the front windows of every shop on maine between eighth and ninth over night like with acid or a glass cutter it doesn't wash off the owners are all standing out front looking at it it's the same tag on every one",
         at="2028-03-16 09:05", entities=[P(count="1"), ("local", "2028-03-16 02:00"), P(count="2+")],
         places=[("block", 800, "Main Street")], category="vandalism", priority="low"),
    # A neighbour's paint poured over a car the night before in a parking dispute: vandalism, low. "last night" 23:00
    # the day before (the caller saw the neighbour with a bucket then); the car is part of the event.
    dict(written="My downstairs neighbor poured a whole can of white house paint over the hood and windshield of my black Nissan Altima last night because I parked in front of his place again. I saw him out there with a bucket around 11 and didn't think anything of it. 607 Birch.",
         spoken="yeah my down stairs neighbor poured a whole can of white house paint over the hood and windshield of my black nissan altima last night because i parked in front of his place again i saw him out there with a bucket around eleven and didn't think anything of it six oh seven burch",
         at="2028-05-28 08:10", entities=[P(count="1", sex="male"), V(colour="black", make="nissan", model="altima"), ("local", "2028-05-27 23:00")],
         places=[("address", 607, "Birch Street")], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- suspicious_vehicle
    # The car in an Amber Alert seen at a pump with a small girl in the back: suspicious vehicle, critical (a child
    # taken, as train3's girl pushed into a car). The plate as said, in full; "pump 4" no place; "the QuickStop" the
    # landmark.
    dict(written="The car from the Amber Alert that just came on my phone is at pump 4 at the QuickStop right now! Grey Toyota Sienna, the plate matches, K D L 5 2 0 8. There's a little girl in a pink coat in the back seat and a man pumping gas, bald, black jacket. I'm in my car across the lot.",
         spoken="the car from the amber alert that just came on my phone is at pump four at the quick stop right now grey toyota sienna the plate matches k d l five two oh eight there's a little girl in a pink coat in the back seat and a man pumping gas bald black jacket i'm in my car across the lot",
         at="2028-07-31 18:05", entities=[V(colour="grey", make="toyota", model="sienna", plate="KDL5208"), ("now",), P(count="1", sex="female", clothing=["pink coat"]), P(count="1", sex="male", clothing=["black jacket"])],
         places=[("landmark", "QuickStop Gas")], category="suspicious_vehicle", priority="critical"),
    # A man in a parked minivan exposing himself to two little girls he called over, still there: suspicious vehicle,
    # high (a danger to children from a car, as train3's ride offered from a car). "the outdoor rink at Riverside Park"
    # the landmark.
    dict(written="A man in a silver minivan parked right by the outdoor rink at Riverside Park just called two of the little girls over to his window and he had his pants down. They came running to us. He's still sitting there with the engine running. I'm one of the skating moms.",
         spoken="a man in a silver mini van parked right by the outdoor rink at riverside park just called two of the little girls over to his window and he had his pants down they came running to us he's still sitting there with the engine running i'm one of the skating moms",
         at="2028-01-06 16:15", entities=[P(count="1", sex="male"), V(colour="silver", type="minivan"), P(count="2", sex="female"), ("now",)],
         places=[("landmark", "Riverside Park")], category="suspicious_vehicle", priority="high"),
    # A man in a car watching a store entrance with a handgun on the dashboard: suspicious vehicle, high (a weapon seen,
    # as train3's Tahoe). "for about an hour" a duration; "the FreshMart entrance" the landmark.
    dict(written="A man has been parked in a black Chevy Impala in the fire lane facing the FreshMart entrance for about an hour. When I walked past I saw a handgun lying on his dashboard. He's just watching the doors. The cashiers are getting nervous.",
         spoken="a man has been parked in a black chevy impala in the fire lane facing the fresh mart entrance for about an hour when i walked past i saw a hand gun lying on his dashboard he's just watching the doors the cashiers are getting nervous",
         at="2028-03-28 19:20", entities=[P(count="1", sex="male"), V(colour="black", make="chevrolet", model="impala"), W("handgun"), P(count="2+")],
         places=[("landmark", "FreshMart Supermarket")], category="suspicious_vehicle", priority="high"),
    # A man in a car at a school fence trying to get a boy to his window: suspicious vehicle, high (luring from a car,
    # as train3's ride offered from a car; holdout5 filed a van's luring under suspicious person). "the back fence of
    # the Lincoln Elementary playground" the landmark; the teacher on duty a person.
    dict(written="My son says a man in a green Subaru Forester parked by the back fence of the Lincoln Elementary playground at recess kept holding up a video game and calling him over to the window, saying he could keep it. The teacher on duty told him to leave and he just moved down the fence. He's still out there now.",
         spoken="my son says a man in a green subaru forester parked by the back fence of the lincon elementary play ground at recess kept holding up a video game and calling him over to the window saying he could keep it the teacher on duty told him to leave and he just moved down the fence he's still out there now",
         at="2028-10-20 12:30", entities=[P(count="1", sex="male"), P(count="1", sex="male"), V(colour="green", make="subaru", model="forester"), P(count="1"), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="suspicious_vehicle", priority="high"),
    # A septic truck pumping into a storm drain now: suspicious vehicle, medium (dumping seen from a vehicle, train2;
    # now). "Spruce by 9th" the intersection; the truck part of the event; "Quick Flush" a company's name.
    dict(written="A septic pumping truck just pulled over on Spruce by 9th and the guy ran his hose right into the storm drain and he's emptying the tank into it right now. The smell is unbelievable. The truck says Quick Flush on the side, I don't think they're from around here.",
         spoken="a septic pumping truck just pulled over on spruse by ninth and the guy ran his hose right into the storm drain and he's emptying the tank into it right now the smell is unbelievable the truck says quick flush on the side i don't think they're from around here",
         at="2028-08-08 10:10", entities=[V(type="truck"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Spruce Street", "9th Street")], category="suspicious_vehicle", priority="medium"),
    # A car passing slowly by children playing, a fourth time (a present progressive, with children): suspicious
    # vehicle, medium (raises do not stack). "the 400 block of Chestnut" the block and "in Millbrook" the neighbourhood
    # beside it; "a dark blue Ford Focus" blue focus.
    dict(written="The same dark blue Ford Focus keeps driving by really slow while my kids are playing in the front yard, that's the fourth time in half an hour. The driver's a man with sunglasses and he slows right down at our house. We're on the 400 block of Chestnut in Millbrook. I brought the kids in.",
         spoken="um the same dark blue ford focus keeps driving by really slow while my kids are playing in the front yard that's the fourth time in half an hour the driver's a man with sunglasses and he slows right down at our house we're on the four hundred block of chest nut in mill brook i brought the kids in",
         at="2028-07-09 17:05", entities=[V(colour="blue", make="ford", model="focus"), P(count="2+"), P(count="1", sex="male")],
         places=[("block", 400, "Chestnut Street"), ("neighbourhood", "Millbrook")], category="suspicious_vehicle", priority="medium"),
    # Two masked men idling outside a jewellery shop before opening (a present progressive): suspicious vehicle, medium.
    # "Main by 5th" the intersection; "ski masks" -> "ski mask"; the owner is a person; "the donut shop" is no landmark
    # ("the bakery" would name Rosie's).
    dict(written="I run the donut shop across from the jewelry store on Main by 5th. There's a black Acura that's been idling at the curb in front of it for twenty minutes with two guys in it, and they both just pulled ski masks down over their faces. The jewelry store opens at 10, the owner's inside setting up.",
         spoken="i run the donut shop across from the jewelry store on maine by fifth there's a black acura that's been idling at the curb in front of it for twenty minutes with two guys in it and they both just pulled ski masks down over their faces the jewelry store opens at ten the owner's inside setting up",
         at="2028-12-21 09:40", entities=[V(colour="black", make="acura"), P(count="2", sex="male", clothing=["ski mask"]), P(count="1"), ("now",)],
         places=[("intersection", "Main Street", "5th Street")], category="suspicious_vehicle", priority="medium"),
    # A car from a hit-and-run seen parked now, the front smashed: suspicious vehicle, medium (low raised for now). "the
    # Northgate Mall parking garage" the landmark; "the news" no place; the boy hit is a person.
    dict(written="I think the car that hit that boy crossing Pine last week is parked on level 2 of the Northgate Mall parking garage right now. Red Honda Accord, the whole front passenger side is smashed in and the headlight's gone, just like they said on the news. Plate 4 R T 1 1 9.",
         spoken="i think the car that hit that boy crossing pine last week is parked on level two of the north gate mall parking garage right now red honda accord the whole front passenger side is smashed in and the headlight's gone just like they said on the news plate um four r t one one nine",
         at="2028-05-24 13:45", entities=[P(count="1", sex="male"), V(colour="red", make="honda", model="accord", plate="4RT119"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="suspicious_vehicle", priority="medium"),
    # A pickup shining a spotlight into the woods from a park path at night (jacking deer, going on): suspicious
    # vehicle, medium. "the bike path in Riverside Park" the landmark; "Dark green, maybe a Tacoma" a green toyota
    # tacoma.
    dict(written="There's a pickup driving slow along the bike path in Riverside Park with its lights off, and somebody in the passenger seat is sweeping a big spotlight across the woods. I think they're jacking deer. They stop every time the light hits something. Dark green, maybe a Tacoma.",
         spoken="there's a pick up driving slow along the bike path in riverside park with its lights off and somebody in the passenger seat is sweeping a big spot light across the woods i think they're jacking deer they stop every time the light hits something dark green maybe a tacoma",
         at="2028-11-12 22:35", entities=[V(colour="green", make="toyota", model="tacoma"), P(count="1")],
         places=[("landmark", "Riverside Park")], category="suspicious_vehicle", priority="medium"),
    # A car left for three days with an empty car seat and a diaper bag: suspicious vehicle, low (a state). "Willow
    # between 6th and 7th" the 600 block; nobody in the car.
    dict(written="There's a tan Nissan Sentra that's been parked on Willow between 6th and 7th since Friday with the passenger window smashed. There's an empty car seat in the back and a diaper bag on the floor. None of the neighbors recognize it. Kind of worried somebody's in trouble.",
         spoken="there's a tan nissan sentra that's been parked on willow between sixth and seventh since friday with the passenger window smashed there's an empty car seat in the back and a diaper bag on the floor none of the neighbors recognize it kind of worried somebody's in trouble",
         at="2028-03-20 08:55", entities=[V(colour="tan", make="nissan", model="sentra")],
         places=[("block", 600, "Willow Street")], category="suspicious_vehicle", priority="low"),
    # A food truck parked overnight in a library lot for three nights, someone sleeping in it (a state): suspicious
    # vehicle, low. "the Oakford Public Library lot" the landmark; "with its generator running" no progressive of the
    # event.
    dict(written="A taco truck has been parked overnight in the Oakford Public Library lot three nights in a row now, with its generator running all night and somebody sleeping inside. It's gone during the day. The library opens at 9 and staff can't park. Orange truck, Ohio plate.",
         spoken="yeah so a taco truck has been parked overnight in the oak ford public library lot three nights in a row now with its generator running all night and somebody sleeping inside it's gone during the day the library opens at nine and staff can't park orange truck ohio plate",
         at="2028-06-20 08:25", entities=[V(colour="orange", type="truck"), P(count="1")],
         places=[("landmark", "Oakford Public Library")], category="suspicious_vehicle", priority="low"),
    # A text in lower case: a sedan with a man in a suit outside a house for three hours the afternoon before (a state,
    # a day old): suspicious vehicle, low. "yesterday afternoon" 14:00 the day before; the husband a person.
    dict(written="yesterday afternoon a black sedan sat across from our house at 524 hawthorn for like 3 hours with a guy in a suit in it, just sitting. my husband thinks hes a process server or a repo guy but we dont owe anybody. he drove by again this morning real slow",
         spoken="yesterday afternoon a black sedan sat across from our house at five twenty four hawthorne for like three hours with a guy in a suit in it just sitting my husband thinks he's a process server or a repo guy but we don't owe anybody he drove by again this morning real slow",
         at="2028-04-01 10:30", entities=[("local", "2028-03-31 14:00"), V(colour="black", type="sedan"), P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("relative", ("address", 524, "Hawthorn Avenue"))], category="suspicious_vehicle", priority="low"),
    # A web tip: a car with a paper "in transit" tag for a month at one address: suspicious vehicle, low. "841 Walnut"
    # the address; the tag's writing no plate.
    dict(written="Web tip: black Dodge Durango parked at 841 Walnut for about a month with a handwritten paper tag taped in the back window that just says IN TRANSIT, no plate at all. Different guys drive it at night. It never goes anywhere during the day.",
         spoken="web tip black dodge durango parked at eight forty one wall nut for about a month with a handwritten paper tag taped in the back window that just says in transit no plate at all different guys drive it at night it never goes anywhere during the day",
         at="2028-09-11 08:40", entities=[V(colour="black", make="dodge", model="durango"), P(count="2+", sex="male")],
         places=[("address", 841, "Walnut Street")], category="suspicious_vehicle", priority="low"),
    # A car at a trailhead for four days with frost inside: suspicious vehicle, low (a state). "the trailhead on Old
    # Mill Road" a street alone; "Quebec plates" no place.
    dict(written="There's a red Subaru Outback with Quebec plates that's been at the little trailhead pull-off on Old Mill Road for four days now, frost on the inside of the windows, a jacket on the seat. I hike there every morning. Probably a camper, but it's been cold at night.",
         spoken="hi uh there's a red subaru outback with quebec plates that's been at the little trail head pull off on old mill road for four days now frost on the inside of the windows a jacket on the seat i hike there every morning probably a camper but it's been cold at night",
         at="2028-10-23 08:15", entities=[V(colour="red", make="subaru", model="outback")],
         places=[], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious_person
    # A man following a small girl in a store and reaching for her hand while her mother is at the deli counter:
    # suspicious person, high (child luring). The mother, in the store, is a person; "the cereal aisle" no place.
    dict(written="There's a man in FreshMart who's been following a little girl up and down the aisles while her mom's at the deli counter, and in the cereal aisle he just crouched down and tried to take her hand. She pulled away and ran. He's still walking around. Tan jacket, glasses, maybe 50.",
         spoken="um there's a man in fresh mart who's been following a little girl up and down the aisles while her mom's at the deli counter and in the cereal aisle he just crouched down and tried to take her hand she pulled away and ran he's still walking around tan jacket glasses maybe fifty",
         at="2028-03-12 11:20", entities=[P(count="1", sex="male", clothing=["tan jacket"], age="47-53"), P(count="1", sex="female"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="suspicious_person", priority="high"),
    # An older man offering sunscreen to small girls at the kiddie pool: suspicious person, high (children in danger,
    # now). "Older" 60-90; "the kiddie pool at the Community Pool" the landmark; the parents "2+".
    dict(written="Lifeguard at the Community Pool. An older man with no kids here keeps going over to the little girls in the kiddie pool and offering to put sunscreen on them while their parents are on their phones. One dad already told him off. He's over there again right now.",
         spoken="lifeguard at the community pool an older man with no kids here keeps going over to the little girls in the kiddie pool and offering to put sunscreen on them while their parents are on their phones one dad already told him off he's over there again right now",
         at="2028-07-16 14:40", entities=[P(count="1", sex="male", age="60-90"), P(count="2+", sex="female"), P(count="2+"), P(count="1", sex="male"), ("now",)],
         places=[("landmark", "Community Pool")], category="suspicious_person", priority="high"),
    # A teenage girl with an older man who speaks for her, mouthing "help me": suspicious person, high (a signal of a
    # girl held against her will). "teenage" 13-19; "maybe 40" 37-43; "the food court at Northgate Mall" the landmark.
    dict(written="In the food court at Northgate Mall there's a teenage girl with a man maybe 40 who answers for her every time anyone talks to her and holds her by the back of the arm. When he went to the counter she looked right at me and mouthed help me. They're sitting by the pretzel place now.",
         spoken="in the food court at north gate mall there's a teenage girl with a man maybe forty who answers for her every time anyone talks to her and holds her by the back of the arm when he went to the counter she looked right at me and mouthed help me they're sitting by the pretzel place now",
         at="2028-12-23 16:50", entities=[P(count="1", sex="female", age="13-19"), P(count="1", sex="male", age="37-43"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="suspicious_person", priority="high"),
    # A very drunk young woman steered to a car by a man she does not know: suspicious person, high (a woman in danger).
    # "young" 18-29 (a descriptive word); her friends "2+"; "the Old Mill Brewery lot" the landmark.
    dict(written="A guy is half carrying a really drunk young woman across the Old Mill Brewery parking lot toward his car and she can hardly keep her feet. Her friends inside say they've never seen him before tonight. He's got her in the passenger seat now. Silver Jeep Cherokee, plate ends in 44.",
         spoken="a guy is half carrying a really drunk young woman across the old mill brewery parking lot toward his car and she can hardly keep her feet her friends inside say they've never seen him before tonight he's got her in the passenger seat now silver jeep cherokee plate ends in four four",
         at="2028-08-26 23:55", entities=[P(count="1", sex="male"), P(count="1", sex="female", age="18-29"), P(count="2+"), ("now",), V(colour="silver", make="jeep", model="cherokee", plate="44")],
         places=[("landmark", "Old Mill Brewery")], category="suspicious_person", priority="high"),
    # A man going from ice shack to ice shack trying the doors (a present progressive): suspicious person, medium. "the
    # shacks out past the boat launch at Riverside Park" the landmark; the owners away at work are not annotated.
    dict(written="There's a guy walking across the river ice from one fishing shack to the next out past the boat launch at Riverside Park and trying every door. Most of the owners are at work this time of day. He's got a sled he's dragging behind him with a tarp over it.",
         spoken="there's a guy walking across the river ice from one fishing shack to the next out past the boat launch at riverside park and trying every door most of the owners are at work this time of day he's got a sled he's dragging behind him with a tarp over it",
         at="2028-02-24 13:35", entities=[P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="suspicious_person", priority="medium"),
    # Hospital security: a man photographing patients' faces in the ER waiting room (a present progressive): medium.
    # "the ER waiting room at St. Mary's" the landmark.
    dict(written="Security officer at St. Mary's. A man in the ER waiting room is going seat to seat taking close-up pictures of patients' faces with his phone and asking their names. He isn't a patient or with one. He's refusing to leave and we can't hold him.",
         spoken="security officer at saint mary's a man in the e r waiting room is going seat to seat taking close up pictures of patients' faces with his phone and asking their names he isn't a patient or with one he's refusing to leave and we can't hold him",
         at="2028-02-27 02:30", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("landmark", "St. Mary's Hospital")], category="suspicious_person", priority="medium"),
    # A man in a ski mask in the heat by a pharmacy's back door (a present progressive): suspicious person, medium. "the
    # back door of the Main Street Pharmacy" relative; "90 degrees" and "20 minutes" no place or time.
    dict(written="It's like 90 degrees and there's a guy in a black ski mask and gloves standing by the back door of the Main Street Pharmacy, he's been pacing back and forth there for 20 minutes checking his phone. Every time the door opens he turns away. The pharmacy closes in half an hour.",
         spoken="it's like ninety degrees and there's a guy in a black ski mask and gloves standing by the back door of the main street pharmacy he's been pacing back and forth there for twenty minutes checking his phone every time the door opens he turns away the pharmacy closes in half an hour",
         at="2028-08-14 20:30", entities=[P(count="1", sex="male", clothing=["black ski mask", "gloves"])],
         places=[("relative", ("landmark", "Main Street Pharmacy"))], category="suspicious_person", priority="medium"),
    # A man standing still on a square's lawn at night facing a building, now walking toward its door: suspicious
    # person, medium (a said time within 15 minutes). "It's 1:10" that time; "Maple Square" the landmark.
    dict(written="A man has been standing perfectly still in the middle of the lawn in Maple Square for almost an hour, just facing our apartment building. It's 1:10 in the morning. He just started walking toward our front door. I'm on the third floor watching from behind the curtain.",
         spoken="uh a man has been standing perfectly still in the middle of the lawn in maple square for almost an hour just facing our apartment building it's one ten in the morning he just started walking toward our front door i'm on the third floor watching from behind the curtain",
         at="2028-11-30 01:12", entities=[P(count="1", sex="male"), ("local", "2028-11-30 01:10")],
         places=[("landmark", "Maple Square")], category="suspicious_person", priority="medium"),
    # A man with a metal detector digging in a school field at night (a present progressive): suspicious person, medium.
    # "It's 2 in the morning" during the event is that time; "the field behind Lincoln Elementary" relative; "the kids
    # play soccer there" (a habit) names a group, "2+".
    dict(written="There's a man with a metal detector and a shovel digging holes all over the field behind Lincoln Elementary. It's 2 in the morning. He's using a headlamp and he's dug like ten holes. Maybe harmless but it's weird, and the kids play soccer there.",
         spoken="there's a man with a metal detector and a shovel digging holes all over the field behind lincon elementary it's two in the morning he's using a head lamp and he's dug like ten holes maybe harmless but it's weird and the kids play soccer there",
         at="2028-09-23 02:05", entities=[P(count="1", sex="male"), ("local", "2028-09-23 02:00"), P(count="2+")],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="suspicious_person", priority="medium"),
    # A man sleeping in a bank's ATM vestibule every night (a state, a habit): suspicious person, low. "the bank on Main
    # by 3rd" the intersection; "at 6" the caller's opening, no time.
    dict(written="There's a man who's been sleeping in the ATM vestibule at the bank on Main by 3rd every night this week. When I come to open at 6 he's curled up on the floor with a shopping cart full of bags against the door. He's never rude. Customers are afraid to use the machine.",
         spoken="there's a man who's been sleeping in the a t m vestibule at the bank on maine by third every night this week when i come to open at six he's curled up on the floor with a shopping cart full of bags against the door he's never rude customers are afraid to use the machine",
         at="2028-01-14 09:15", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("intersection", "Main Street", "3rd Street")], category="suspicious_person", priority="low"),
    # Elderly: a boy offering to shovel who looks in the windows (habit, no time): suspicious person, low. "I'm 85" not
    # annotated; "a boy, maybe 16" 13-19 (the actor's estimated age, N-3..N+3).
    dict(written="I'm 85 and I live alone at 1174 Maple. A boy, maybe 16, keeps ringing my bell after every snow asking if I want my walk shoveled, and when I say no he goes around the side and looks in my windows. He's done it three times. I don't want to get a child in trouble.",
         spoken="hello i'm eighty five and i live alone at eleven seventy four maple a boy maybe sixteen keeps ringing my bell after every snow asking if i want my walk shoveled and when i say no he goes around the side and looks in my windows he's done it three times i don't want to get a child in trouble",
         at="2028-02-02 11:05", entities=[P(count="1", sex="male", age="13-19")],
         places=[("address", 1174, "Maple Avenue")], category="suspicious_person", priority="low"),
    # A man camping in the woods behind a house, seen watching the yard (a state over a week): suspicious person, low.
    # "the woods behind 316 Pine" relative; "a blue tarp" no entity.
    dict(written="For about a week somebody's been camping in the woods behind 316 Pine, there's a blue tarp strung up and a little fire ring. A couple of times I've seen a man standing at the edge of the trees just watching our yard while my wife's out gardening. He leaves when I go out.",
         spoken="for about a week somebody's been camping in the woods behind three sixteen pine there's a blue tarp strung up and a little fire ring a couple of times i've seen a man standing at the edge of the trees just watching our yard while my wife's out gardening he leaves when i go out",
         at="2028-09-18 18:30", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("relative", ("address", 316, "Pine Street"))], category="suspicious_person", priority="low"),
    # A bow hunter crossing posted land near a house (a habit): suspicious person, low. "A bow hunter" names what the
    # man is, not a bow seen in his hands: no weapon entity (as a knife only claimed); "camo" alone no garment.
    dict(written="A bow hunter keeps cutting across my land behind 1192 Cedar to get to the woods, right past my kids' swing set, even though it's posted all along the tree line. Same guy every morning this week, camo and an orange hat. I told him once and he just shrugged.",
         spoken="a bow hunter keeps cutting across my land behind eleven ninety two ceder to get to the woods right past my kids' swing set even though it's posted all along the tree line same guy every morning this week camo and an orange hat i told him once and he just shrugged",
         at="2028-10-26 08:50", entities=[P(count="1", sex="male", clothing=["orange hat"]), P(count="2+")],
         places=[("relative", ("address", 1192, "Cedar Street"))], category="suspicious_person", priority="low"),
    # A text in lower case: a man asking a teenage girl for her number and photos at a bus stop the afternoon before:
    # suspicious person, low (a day old). "yesterday afternoon" 14:00 the day before; "my 15 year old" not annotated.
    dict(written="my 15 year old said a grown man at the bus stop on 4th and hawthorn yesterday afternoon asked for her snapchat and told her she should send him pictures. she didnt but she was scared. he had a grey beard and a green army jacket. just want it on file",
         spoken="my fifteen year old said a grown man at the bus stop on fourth and haw thorn yesterday afternoon asked for her snapchat and told her she should send him pictures she didn't but she was scared he had a gray beard and a green army jacket just want it on file",
         at="2028-05-11 08:20", entities=[P(count="1", sex="female"), P(count="1", sex="male", clothing=["green jacket"]), ("local", "2028-05-10 14:00")],
         places=[("intersection", "4th Street", "Hawthorn Avenue")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- disturbance
    # An ex outside a house at night with a gas can, threatening to burn it with a woman inside, nothing poured:
    # disturbance, high (a woman in danger, no blow and no fire, as holdout16's threat at a car). "It's 2:15" that time;
    # a gas can is no weapon.
    dict(written="My sister's ex is out on her front lawn at 1079 Willow holding a red gas can and screaming that he'll burn the house down with her in it. It's 2:15 in the morning. He hasn't poured anything yet. She's inside with the door locked and she's on the phone with me crying.",
         spoken="my sister's ex is out on her front lawn at ten seventy nine willow holding a red gas can and screaming that he'll burn the house down with her in it it's two fifteen in the morning he hasn't poured anything yet she's inside with the door locked and she's on the phone with me crying",
         at="2028-03-05 02:17", entities=[P(count="1", sex="female"), P(count="1", sex="male"), ("local", "2028-03-05 02:15")],
         places=[("address", 1079, "Willow Street")], category="disturbance", priority="high"),
    # A father on the ice threatening to break a teenage referee's neck, held back: disturbance, high (a threat to a
    # boy, no blow). "the rink at Riverside Park" the landmark; "16 year old" a victim's age (not annotated).
    dict(written="Youth hockey at the rink at Riverside Park. A dad just climbed over the boards onto the ice and he's screaming in the referee's face that he'll break his neck, and the ref is a 16 year old kid. Two other dads are holding him back by his jacket. He hasn't hit him yet.",
         spoken="youth hockey at the rink at riverside park a dad just climbed over the boards onto the ice and he's screaming in the referee's face that he'll break his neck and the ref is a sixteen year old kid two other dads are holding him back by his jacket he hasn't hit him yet",
         at="2028-12-09 10:45", entities=[P(count="1", sex="male"), P(count="1", sex="male"), P(count="2", sex="male"), ("now",)],
         places=[("landmark", "Riverside Park")], category="disturbance", priority="high"),
    # A threat to come back with a rifle at a tax office, no gun seen: disturbance, high (a threat to fetch a gun,
    # train2). "the tax collector's office at City Hall" the landmark; the clerk a person.
    dict(written="Tax collector's office at City Hall. A man whose house is going to tax sale just told my clerk he's going home to get his rifle and he'll be back to settle it. He walked out toward the Elm Street side. He's in his 60s, grey work jacket. We've locked the office door.",
         spoken="tax collector's office at city hall a man whose house is going to tax sale just told my clerk he's going home to get his rifle and he'll be back to settle it he walked out toward the elm street side he's in his sixties gray work jacket we've locked the office door",
         at="2028-06-13 14:20", entities=[P(count="1", sex="male", age="60-69", clothing=["grey jacket"]), P(count="1"), ("now",)],
         places=[("landmark", "City Hall")], category="disturbance", priority="high"),
    # New Year's: a party spilled into the street at 00:35 (the said time within 15 minutes): disturbance, medium.
    # "twenty" people "3+"; "845 Oak" the address.
    dict(written="Happy new year I guess. It's 12:35 and the party at 845 Oak has spilled out into the street, there's like twenty drunk people screaming and throwing snowballs at cars, and they're standing in the road so nobody can get through. Somebody just threw up on my steps.",
         spoken="yeah happy new year i guess it's twelve thirty five and the party at eight forty five oak has spilled out into the street there's like twenty drunk people screaming and throwing snowballs at cars and they're standing in the road so nobody can get through somebody just threw up on my steps",
         at="2028-01-01 00:37", entities=[("local", "2028-01-01 00:35"), P(count="3+"), P(count="1")],
         places=[("address", 845, "Oak Street")], category="disturbance", priority="medium"),
    # Two neighbours screaming nose to nose over a campaign sign, no blow (a present progressive): disturbance, medium.
    # "Hawthorn between 3rd and 4th" the 300 block.
    dict(written="Two of my neighbors are out in the middle of Hawthorn between 3rd and 4th screaming nose to nose over a campaign sign that got knocked down. One of them keeps poking the other in the chest. Their wives are yelling too. No punches yet but it's getting close.",
         spoken="um two of my neighbors are out in the middle of hawthorne between third and fourth screaming nose to nose over a campaign sign that got knocked down one of them keeps poking the other in the chest their wives are yelling too no punches yet but it's getting close",
         at="2028-10-30 18:10", entities=[P(count="2", sex="male"), P(count="2", sex="female")],
         places=[("block", 300, "Hawthorn Avenue")], category="disturbance", priority="medium"),
    # Non-native: a man shouting at a woman in a laundry room and kicking the machine, now: disturbance, medium (now).
    # "2B" and "the lady of the laundry" no places; "1013 Pine" the address.
    dict(written="Excuse me. In my building at 1013 Pine the man from 2B is shouting very loud at the old lady in the laundry room because she take his clothes out of the machine. He kick the machine and hit the wall with his hand. She is crying. It is happening now.",
         spoken="excuse me in my building at ten thirteen pine the man from two b is shouting very loud at the old lady in the laundry room because she take his clothes out of the machine he kick the machine and hit the wall with his hand she is crying it is happening now",
         at="2028-08-01 19:45", entities=[P(count="1", sex="male"), P(count="1", sex="female", age="60-90"), ("now",)],
         places=[("address", 1013, "Pine Street")], category="disturbance", priority="medium"),
    # A cinema manager: a man kicking seats and swearing at teenagers, refusing to leave (a present progressive):
    # disturbance, medium. "theater 3" no place; "the Grand Cinema" the landmark.
    dict(written="Manager at the Grand Cinema. A man in theater 3 keeps kicking the seats in front of him and swearing at the teenagers sitting there, and when my usher asked him to stop he threw his popcorn at her. He's refusing to leave and the movie's still going.",
         spoken="manager at the grand cinema a man in theater three keeps kicking the seats in front of him and swearing at the teenagers sitting there and when my usher asked him to stop he threw his pop corn at her he's refusing to leave and the movie's still going",
         at="2028-04-02 20:15", entities=[P(count="1", sex="male"), P(count="2+", age="13-19"), P(count="1", sex="female")],
         places=[("landmark", "Grand Cinema")], category="disturbance", priority="medium"),
    # A woman in the road screaming and slapping car hoods (a present progressive, nobody hurt): disturbance, medium.
    # "Elm by 5th" the intersection; the drivers "2+".
    dict(written="There's a woman standing in the middle of Elm by 5th screaming at the cars and slapping their hoods when they stop, she's barefoot and keeps yelling that they're following her. Drivers are just sitting there. I don't think she's drunk, I think something's wrong.",
         spoken="there's a woman standing in the middle of elm by fifth screaming at the cars and slapping their hoods when they stop she's barefoot and keeps yelling that they're following her drivers are just sitting there i don't think she's drunk i think something's wrong",
         at="2028-07-19 12:55", entities=[P(count="1", sex="female"), P(count="2+")],
         places=[("intersection", "Elm Street", "5th Street")], category="disturbance", priority="medium"),
    # Christmas Eve: a street preacher following families to a church door screaming (a present progressive):
    # disturbance, medium. "St. Anne's" a church's name (its address not said); "Church Street" a street alone.
    dict(written="There's a man with a sign outside St. Anne's on Church Street screaming at the families going in for the Christmas Eve service, he's following them right up the steps and yelling in the kids' faces. The usher asked him to move to the sidewalk and he spit at him.",
         spoken="there's a man with a sign outside saint anne's on church street screaming at the families going in for the christmas eve service he's following them right up the steps and yelling in the kids' faces the usher asked him to move to the side walk and he spit at him",
         at="2028-12-24 16:35", entities=[P(count="1", sex="male"), P(count="2+"), P(count="2+"), P(count="1")],
         places=[], category="disturbance", priority="medium"),
    # Pickleball at dawn under the caller's windows every day (a habit): disturbance, low. "the pickleball courts at
    # Riverside Park" the landmark; "6 a.m." a habit's hour, no time.
    dict(written="Web report: the new pickleball courts at Riverside Park are about 40 feet from my bedroom window and people start playing at 6 a.m. every single day, that pop pop pop noise for hours. There's a sign that says 8 a.m. Nobody enforces it. I'd like somebody to talk to them.",
         spoken="web report the new pickle ball courts at riverside park are about forty feet from my bed room window and people start playing at six a m every single day that pop pop pop noise for hours there's a sign that says eight a m nobody enforces it i'd like somebody to talk to them",
         at="2028-06-05 09:30", entities=[P(count="2+")],
         places=[("landmark", "Riverside Park")], category="disturbance", priority="low"),
    # A treadmill upstairs at 3 a.m. every night (a habit): disturbance, low.
    dict(written="The guy upstairs from me at 708 Maple runs on his treadmill at 3 in the morning every night, thud thud thud right over my bed for an hour. I've left him two notes and the landlord won't do anything. I work early. Can somebody knock on his door?",
         spoken="hi uh the guy upstairs from me at seven oh eight maple runs on his tread mill at three in the morning every night thud thud thud right over my bed for an hour i've left him two notes and the landlord won't do anything i work early can somebody knock on his door",
         at="2028-03-31 07:10", entities=[P(count="1", sex="male"), P(count="1")],
         places=[("address", 708, "Maple Avenue")], category="disturbance", priority="low"),
    # Drunk students banging on car roofs at about 03:00, told at 09:40: disturbance, low (hours old). A self-corrected
    # clock time: "Around 2 last night, no, closer to 3" is 03:00 of the received day (holdout8's "1:30 last night");
    # the cars in general no vehicles.
    dict(written="Around 2 last night, no, closer to 3, a group of maybe eight drunk college kids came up Willow between 9th and 10th singing and banging on the roofs of all the parked cars and setting off alarms. Nothing's broken that I can see. They've done this before on their way back from the bars.",
         spoken="around two last night no closer to three a group of maybe eight drunk college kids came up willow between ninth and tenth singing and banging on the roofs of all the parked cars and setting off alarms nothing's broken that i can see they've done this before on their way back from the bars",
         at="2028-09-17 09:40", entities=[("local", "2028-09-17 03:00"), P(count="3+")],
         places=[("block", 900, "Willow Street")], category="disturbance", priority="low"),
    # A man at a bus shelter yelling at passers-by every morning (a habit): disturbance, low. "the bus shelter at Elm
    # and 10th" the intersection; the schoolchildren "2+".
    dict(written="There's a man who sits in the bus shelter at Elm and 10th every morning and yells at everybody who walks by, mostly nonsense, sometimes swearing. He's never touched anyone. But the little kids waiting for the school bus are scared of him. Could somebody check on him?",
         spoken="there's a man who sits in the bus shelter at elm and tenth every morning and yells at everybody who walks by mostly nonsense sometimes swearing he's never touched anyone but the little kids waiting for the school bus are scared of him could somebody check on him",
         at="2028-11-15 08:35", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("intersection", "Elm Street", "10th Street")], category="disturbance", priority="low"),
    # A bar's patio music past closing every weekend (a habit): disturbance, low. "the Lantern" a bar's name; "Main by
    # 11th" the intersection; "1 a.m." a habit's hour.
    dict(written="The Lantern on Main by 11th has started putting a DJ on their back patio on weekends and the bass goes till 1 a.m. I'm two houses behind it and my windows buzz. I've called the bar, they laugh. It's every Friday and Saturday now.",
         spoken="the lantern on maine by eleventh has started putting a d j on their back patio on weekends and the bass goes till one a m i'm two houses behind it and my windows buzz i've called the bar they laugh it's every friday and saturday now",
         at="2028-05-15 10:15", entities=[],
         places=[("intersection", "Main Street", "11th Street")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # A carport collapsed under snow onto a man clearing it, pinned and not answering: other, critical (a rescue of a
    # man trapped, as train2's man pinned under a car). a carport is no vehicle.
    dict(written="The carport at 1108 Spruce just came down under all this snow and my neighbor was under it raking the roof off. I can see his legs sticking out from the metal and he's not answering me. I can't lift it by myself. Please hurry, it's so heavy.",
         spoken="please the car port at eleven oh eight spruse just came down under all this snow and my neighbor was under it raking the roof off i can see his legs sticking out from the metal and he's not answering me i can't lift it by myself please hurry it's so heavy",
         at="2028-02-11 15:25", entities=[P(count="1", sex="male"), ("now",)],
         places=[("address", 1108, "Spruce Street")], category="other", priority="critical"),
    # A power line down across a car with a mother and children inside: other, critical (a live wire, people trapped: a
    # rescue). The car (a blue minivan) is part of the event; "Hawthorn by 2nd" the intersection.
    dict(written="The storm just dropped a power line across a blue minivan at Hawthorn by 2nd and there's a mom and two little kids inside. It's sparking on the hood and the grass around it is smoking. I yelled at her to stay in the car. She's screaming, the kids are crying. Please send the power company too.",
         spoken="the storm just dropped a power line across a blue mini van at hawthorne by second and there's a mom and two little kids inside it's sparking on the hood and the grass around it is smoking i yelled at her to stay in the car she's screaming the kids are crying please send the power company too",
         at="2028-08-03 17:50", entities=[V(colour="blue", type="minivan"), P(count="1", sex="female"), P(count="2"), ("now",)],
         places=[("intersection", "Hawthorn Avenue", "2nd Street")], category="other", priority="critical"),
    # A worker fallen into a running trash compactor's hopper at a store: other, critical (a rescue, a life at risk).
    # "the FreshMart loading dock" the landmark; "my coworker" a person; "the button" no entity.
    dict(written="My coworker fell into the hopper of the cardboard compactor at the FreshMart loading dock trying to unjam it, and I hit the stop but I don't know if it stopped in time. He's wedged down in there and he's making noises but he's not talking. We can't reach him.",
         spoken="my co worker fell into the hopper of the cardboard compactor at the fresh mart loading dock trying to unjam it and i hit the stop but i don't know if it stopped in time he's wedged down in there and he's making noises but he's not talking we can't reach him",
         at="2028-10-13 06:40", entities=[P(count="1", sex="male")],
         places=[("landmark", "FreshMart Supermarket")], category="other", priority="critical"),
    # A grandfather with a bad heart missing three hours in the cold: other, high (a missing vulnerable person). "three
    # hours ago" 180 minutes ago (last seen leaving); "the FreshMart" where he went; "He's 88" not annotated.
    dict(written="My grandfather walked down to the FreshMart three hours ago to get milk and he hasn't come back, and he's not answering his phone. He doesn't have dementia but he has a bad heart and it's about 10 degrees out. He's 88, grey wool coat, black cap with earflaps. He lives at 1049 Elm.",
         spoken="hi um my grandfather walked down to the fresh mart three hours ago to get milk and he hasn't come back and he's not answering his phone he doesn't have dementia but he has a bad heart and it's about ten degrees out he's eighty eight gray wool coat black cap with ear flaps he lives at uh ten forty nine elm",
         at="2028-01-24 17:30", entities=[P(count="1", sex="male", clothing=["grey coat", "black cap"]), ("ago", 180)],
         places=[("landmark", "FreshMart Supermarket"), ("address", 1049, "Elm Street")], category="other", priority="high"),
    # A boy stuck 30 feet up a tree, no adult home: other, high (a rescue, not yet hurt). "30 feet" no number of a
    # place.
    dict(written="The 11 year old next door climbed way up the big white pine in their yard at 331 Oak and he's stuck about 30 feet up, crying and hugging the trunk. He says his legs are shaking. His parents aren't home. I don't have a ladder that goes anywhere near that high.",
         spoken="the eleven year old next door climbed way up the big white pine in their yard at three thirty one oak and he's stuck about thirty feet up crying and hugging the trunk he says his legs are shaking his parents aren't home i don't have a ladder that goes anywhere near that high",
         at="2028-05-27 16:05", entities=[P(count="1", sex="male")],
         places=[("address", 331, "Oak Street")], category="other", priority="high"),
    # Someone stuck in the chimney of a vacant house, heard yelling: other, high (a rescue). "the empty house at 1133
    # Maple" the address; "white pine" above a tree, not Pine Street.
    dict(written="I can hear somebody yelling for help from inside the chimney of the empty house at 1133 Maple. I think somebody tried to get in through the top and got stuck halfway down, I can hear him knocking on the bricks. He sounds out of breath. The house has been empty since spring.",
         spoken="i can hear somebody yelling for help from inside the chimney of the empty house at eleven thirty three maple i think somebody tried to get in through the top and got stuck half way down i can hear him knocking on the bricks he sounds out of breath the house has been empty since spring",
         at="2028-09-27 07:35", entities=[P(count="1", sex="male")],
         places=[("address", 1133, "Maple Avenue")], category="other", priority="high"),
    # Two loose huskies that killed chickens and now growl at children on a swing set: other, high (animals menacing
    # children, as train1's animal attacks). The neighbour named through a possessive; "my kids" "2+".
    dict(written="My neighbor's two huskies got out again and came through our fence and killed all four of our chickens, and they're standing by the swing set growling at my kids, who are up at the top of the slide. I'm at the back door and I can't get to them. 826 Birch.",
         spoken="my neighbor's two huskies got out again and came through our fence and killed all four of our chickens and they're standing by the swing set growling at my kids who are up at the top of the slide i'm at the back door and i can't get to them eight twenty six burch",
         at="2028-04-19 16:15", entities=[P(count="1"), P(count="2+")],
         places=[("address", 826, "Birch Street")], category="other", priority="high"),
    # A girl alone outside the library hours after closing: other, medium (a child alone, as holdout7's lost girl). "she
    # says she's 10" not annotated; "outside the Oakford Public Library" relative; the mother is away (not annotated).
    dict(written="A little girl is sitting all alone outside the Oakford Public Library on the book return bench. The library closed at 5 and she says she's been waiting since then for her mom, who isn't answering. She says she's 10. It's getting dark. I'll wait here with her.",
         spoken="a little girl is sitting all alone outside the oak ford public library on the book return bench the library closed at five and she says she's been waiting since then for her mom who isn't answering she says she's ten it's getting dark i'll wait here with her",
         at="2028-10-16 18:10", entities=[P(count="1", sex="female")],
         places=[("relative", ("landmark", "Oakford Public Library"))], category="other", priority="medium"),
    # A clerk: a small boy who walked into the store alone looking for his grandfather: other, medium (a found child).
    # "about 5" a child's estimated age (not annotated); the grandfather is not there (not annotated).
    dict(written="This is the clerk at the QuickStop. A little boy, about 5, just walked in by himself in his pajamas and rain boots. He says he can't find his grandpa and he doesn't know his address. Nobody's come looking. I've got him behind the counter with a juice.",
         spoken="this is the clerk at the quick stop a little boy about five just walked in by himself in his pajamas and rain boots he says he can't find his grandpa and he doesn't know his address nobody's come looking i've got him behind the counter with a juice",
         at="2028-07-08 07:20", entities=[P(count="1", sex="male"), ("now",)],
         places=[("landmark", "QuickStop Gas")], category="other", priority="medium"),
    # A bat loose in a flat where a baby was asleep, now on a curtain: other, medium (an animal in a home, going on; a
    # possible bite to a sleeping child, as holdout16's goose and holdout18's fox). "the baby" and the sister (a nurse)
    # are persons.
    dict(written="We woke up and there's a bat in the apartment, it was flying around the baby's room and it's hanging on the curtain over her crib. I got her out. My sister's a nurse and she says if it was in the room while the baby slept she might need rabies shots and we should catch it. 941 Oak, 2nd floor.",
         spoken="okay so we woke up and there's a bat in the apartment it was flying around the baby's room and it's hanging on the curtain over her crib i got her out my sister's a nurse and she says if it was in the room while the baby slept she might need rabies shots and we should catch it nine forty one oak second floor",
         at="2028-08-29 05:50", entities=[P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("address", 941, "Oak Street")], category="other", priority="medium"),
    # A deer with an arrow in its side walking through back yards: other, medium (an injured animal among houses, as
    # holdout7's deer in a fence). "the back yards on Pine between 3rd and 4th" the 300 block.
    dict(written="There's a deer walking through the back yards on Pine between 3rd and 4th with an arrow sticking out of its side. It keeps lying down and getting up again. Kids are out on their bikes and one of them's trying to get close to it. Who do I call for this?",
         spoken="there's a deer walking through the back yards on pine between third and fourth with an arrow sticking out of its side it keeps lying down and getting up again kids are out on their bikes and one of them's trying to get close to it who do i call for this",
         at="2028-11-18 15:40", entities=[P(count="2+")],
         places=[("block", 300, "Pine Street")], category="other", priority="medium"),
    # A question about a snow parking ban: other, low. "tonight" no time; "Spruce" a street alone, "over in Riverside"
    # the neighbourhood (not the park).
    dict(written="Quick question, not an emergency. Is the overnight parking ban on tonight for the snow? My street is Spruce, over in Riverside, and there's no sign up, and last time my car got towed and it cost me $150. I don't want to move it if I don't have to.",
         spoken="hi uh quick question not an emergency is the over night parking ban on tonight for the snow my street is spruce over in river side and there's no sign up and last time my car got towed and it cost me a hundred fifty dollars i don't want to move it if i don't have to",
         at="2028-12-19 16:25", entities=[],
         places=[("neighbourhood", "Riverside")], category="other", priority="low"),
    # Found property: a wallet with cash and ID left at a cafe: other, low. "$400" no address; "somebody" who left it is
    # a person (the license's "Daniel Ruiz", the same one); "Ashby" no place of the tip.
    dict(written="I work at the Corner Cafe and somebody left a wallet on one of the tables this morning with about $400 cash and a license for a Daniel Ruiz in Ashby. Nobody's come back for it. Should somebody come get it, or do I hang on to it in our safe?",
         spoken="i work at the corner cafe and somebody left a wallet on one of the tables this morning with about four hundred dollars cash and a license for a daniel ruiz in ashby nobody's come back for it should somebody come get it or do i hang on to it in our safe",
         at="2028-03-23 14:45", entities=[P(count="1")],
         places=[("landmark", "Corner Cafe")], category="other", priority="low"),
    # A tax return filed in the caller's name: other, low (fraud, as train3's tolls). "somebody" who filed it is a
    # person; "the IRS" an agency, no person.
    dict(written="I went to file my taxes online and it got rejected because somebody already filed a return with my Social Security number and took a $3,200 refund. The IRS said to file a police report. I live at 417 12th Street. I have no idea how they got my number.",
         spoken="i went to file my taxes online and it got rejected because somebody already filed a return with my social security number and took a thirty two hundred dollar refund the i r s said to file a police report i live at four seventeen twelfth street i have no idea how they got my number",
         at="2028-04-10 11:30", entities=[P(count="1")],
         places=[("address", 417, "12th Street")], category="other", priority="low"),
    # Old ammunition found while clearing a late father's basement: other, low (no weapon entity: nobody armed; "shotgun
    # shells" ammunition, no gun). The late father is not annotated.
    dict(written="We're cleaning out my late father's house at 164 Church Street and found a couple of ammo cans in the basement full of old rifle rounds and shotgun shells, some of them green and crusty. No guns. How do we get rid of it safely? I don't want it in the trash.",
         spoken="we're cleaning out my late father's house at one sixty four church street and found a couple of ammo cans in the basement full of old rifle rounds and shot gun shells some of them green and crusty no guns how do we get rid of it safely i don't want it in the trash",
         at="2028-07-03 10:10", entities=[],
         places=[("address", 164, "Church Street")], category="other", priority="low"),
]

"""A twenty-sixth hand-written set (90 tips), holdout25, a blind set written after holdout24, written blind: its author
read only the corpus README, config/demo/README.md, town.py, make_town.py and make_corpus.py in full (the record format,
the geometry and place truth helpers and hand_place, the priority helper `adjust` and `still_happening`, hand_records
and the set registration in main()), holdout24.py in full (its docstring and every tip, for the label conventions and
the comment style), the opening of hand.py (its docstring, P, V and W and its first tips), the docstring of holdout23.py
and the conventions and choices paragraphs of holdout22.py's, and the paragraphs of the docstrings of holdouts 11-24
that name their periods (to pick an unused week and unused happenings). The written text and labels of every earlier tip
in hand.py, holdouts 1-24 and train1-5 (2,974 tips) were gathered into one list by importing the modules, counted by
label value (clothing items, makes and models, plates, weapon types, vehicle types, ages, person counts, and the
category and priority pairs of holdouts 22-24) and searched by keyword before and after each situation was drafted,
printing the matching tips with their labels (proms, Mother's Day, plant sales, mulch, lilacs, trout, kites, bolt
cutters, bee stings, choking, overdoses, flags, jackhammers, dirt bikes, clipboards, purses, shovels, sinkholes,
trenches, ponds and the like, to settle a convention or find a situation already used). Every draft was compared with
every earlier tip by shared four-word runs and content-word overlap (Jaccard of the sets of words of three letters or
more outside a stop list), and with the other drafts of this set; the final drafts share at most four four-word runs
with any earlier tip (one draft, and only a landmark phrase: "in the lot behind the Grand Cinema"), and every draft
sharing three or four runs with an earlier tip shares only street or landmark phrases ("on Elm between 4th and 5th",
"Old Mill Road by Maple", "the corner of Birch and", "at the Old Mill Brewery", "the hill at Riverside Park"); the
content-word overlap is at most 0.22 (an alarm company's call against holdout15's); with one another at most four runs
("at the River Road pull-off by") and 0.23 (two tips at the plant sale). About twenty drafted tips came too close to an
earlier situation or sentence and were replaced, three of them twice: a girl unresponsive on a restroom floor at the
after-prom (holdout19's dance) and then a boy choking while a father tries the Heimlich (holdout21's pie contest), a bee
sting with no EpiPen (train1), a concrete saw kicking back into a thigh (holdout9's chainsaw), a caller hiding upstairs
while drawers open below (holdouts 14 and 19), bolt cutters at the library's bike racks (train1), Adderall sold in a
school bathroom (holdout15) and then a driver using in a pharmacy drive-thru with a toddler aboard (train4), an
after-prom party filling a street at 1:20 (holdout17), a boy swept downstream with his father going in after him
(train1) and then a boy hanging by his hands from a roof's gutter (train5's balcony), a sinkhole with a bin put over it
(train2), a bakery's register grabbed with a shove to the clerk (holdout8), dirt bikes tearing up turf (holdout8),
marking flags pulled up (holdout14's Scouts' flags), a jackhammer before the noise rule (train1), a kiln fire (train5),
a shovel to a head (holdout12), a tackle-box dealer with a pistol (train4), a florist's van taken in a dispatch report
shaped like holdout24's parcel van, and a walk home from the brewery (holdout14); candidate replacements were checked
the same way and set aside when the search found them used (a trench caving in on a worker, train2; a child's head
caught in a bandstand railing, holdout10; an overdose of pills at home, holdouts 5 and 6 and train4; a cardiac arrest
with an AED fetched, holdout10), as were, before drafting, cash boxes snatched at events, false inspectors and workers
at doors, a kite in the wires, a bear, fresh concrete written in and a fishing rod taken at knifepoint; about forty more
drafts were reworded where they shared a run of words with an earlier tip or another draft. It never opened the
extractor's source, its tests, examples or benches, nor the gateway, telephony, ASR, vision or ONNX code, the tests or
fuzz directories, nor the repository README, nor read any .jsonl file but its own output (one command typed by mistake
while checking that output piped the first 300 bytes of extraction_holdout24.jsonl into `head -c 0`, which prints
nothing; none of its content was seen), nor ran git, cargo, the extractor, `tipline` or any evaluation, nor saw any
score or miss list. It is meant as an honest estimate for phrasing the extractor has never seen.

It is set in the second week of May 2034 (Monday 8 to Sunday 14 May) in Oakford, in planting season: the town rebuilding
the sidewalk and curbs on Elm between 3rd and 6th all week (the walk torn out past the library, plywood and boards over
the dirt, orange fencing and concrete-block barriers, a little Bobcat loader, a rubble pile, wooden forms set on the
Wednesday and the pour on the Thursday); a fiber-optic crew boring under the tree lawns of Northgate all week (drill
rigs, bore pits, spools of cable and orange conduit, locate marks and a cable locator, night drilling to finish a
block); AP exams at Oakford High all week (the gym, the school library, a vault room for the booklets); the state
stocking the river with trout on the Tuesday and the anglers who come after (the deep pool under the Riverside Park
footbridge, pull-offs along River Road, bait at the QuickStop, trucks on the shoulders at dawn); a frost warning on the
Wednesday night (heaters in greenhouses); Bike to Work Day on the Friday (full racks at Central Station, a cyclist at
Main and 9th); the Garden Club's plant sale in the Lincoln Elementary lot on the Saturday morning (flats, hanging
baskets, a woman with "heirloom tomatoes"), its planting of the City Hall beds and the community garden plots on
Hawthorn by 2nd in Millbrook; the Oakford High prom on the Saturday (pictures on the Maple Square bandstand and the City
Hall steps, a party bus, the promenade in front of the school, the dance in the Old Mill Brewery's event barn, an
after-prom lock-in at the Grand Cinema until morning, a rollover and a prank after it); and Mother's Day on the Sunday
(pancakes in bed, brunch crowds at the Corner Cafe, flowers at the FreshMart garden center, a florist's delivery van,
lilacs, family dinners, a mother who does not answer) with the Riverside Park kite festival that afternoon (stunt kites,
a forty-foot show kite, face painting, food trucks on the hill). No earlier set is set in 2034 or in an early- or
mid-May week (holdout14 is the last week of May 2027, holdout20 the third week of April 2029, holdout22 the second week
of June 2031), and none has a fiber crew, AP exams, a trout stocking, a frost warning, a Bike to Work Day, a plant sale,
a prom, a Mother's Day or a kite festival (holdout14 has one tip about a new sidewalk's fresh concrete, holdout9 one
about an after-prom party the night before).

New situations: an angler jabbing a fillet knife at an old man backed into the river, a man turned away from the prom
aiming a handgun at the vice principal, a homeowner holding a shotgun over a fiber crew, a .22 fired at woodchucks near
gardeners (dispatch), a butterfly knife flipped at an AP exam break (a text), a hunting knife held up over seedlings the
day before (a web tip), a pistol pointed through a windshield over a brunch parking spot; a prom party bus burning by
City Hall, a hoop greenhouse lit by a frost heater, a Mother's Day pan fire with a boy gone back upstairs, a fire out of
a bore pit, a laptop charging cart in a school library, a hanging basket lit by a cigar the night before, a sidewalk
crew's loader; an angler collapsing on a bank, a forearm put through a cinema's glass door, signs of a stroke at the
plant sale, knees burned by wet concrete (EMS), a fainting senior who broke his teeth at an AP exam, a hand cut by a
stunt kite's line, a palm burned on a rototiller's muffler the evening before; prom pictures robbed at gunpoint, a
florist's van taken at gunpoint with its Mother's Day orders, a gold chain torn off at the plant sale, a food-delivery
rider pushed off his bike (non-native), a stringer of trout taken with a shove into the river, tips taken with a claimed
gun; a worker hit with a chunk of sidewalk, a punch at a Mother's Day dinner, a father punching a teenager over crossed
kite lines, a mother's head slammed into a fridge (a text from her 14-year-old), a girl dragged down the school steps by
her hair at the promenade, a woman with a walker shoved off the plywood two days before (a web report), dirt thrown and
a shove by a church's mower (elderly); a flashlight in the closed library, an alarm in the AP exam vault room, a window
entry seen by a fiber crew, a kite festival's snack shack, a garage during Mother's Day brunch, a house entered while
its owner was in Ohio; hanging baskets loaded into a minivan, an e-bike's lock ground off at the station racks, a dragon
kite, seedlings and a fuchsia basket from a porch, a fiber crew's cable locator, lilacs cut every dawn, a rented tuxedo
from a car; an old man run over in the FreshMart lot, a cyclist under a box truck's turn on Bike to Work Day, an
after-prom rollover, a van dragging the sidewalk barriers into a lane, a brunch-traffic fender bender, anglers' trucks
in the lane every morning (a web tip); a dark pickup at cable spools at 3:20, a car that followed a girl to the prom, a
mulch pickup scouting shrubs, an SUV idling behind the cinema at 1:10, a plateless Jeep with a sleeping bag, a hatchback
at a river pull-off every night (a web tip); a man leading a girl toward the river with her lost kite, a man in the
vegetable beds at 2:50, a man cupping his hands at anglers' truck windows, a stranger photographing girls arriving at
the prom, a woman "collecting for the nursing home" who tries back doors, a man lighting garage windows down an alley (a
web tip); a dealer in a bait cooler with a pistol, marijuana plants sold as heirloom tomatoes, baggies with bags of
mulch, weed sold to small children at a bus stop (non-native), needles in the City Hall beds, short visits over a flower
shop (a web tip); conduit sawn into a storm drain, a house egged and a tree papered after the prom at 12:15, a
sidewalk's forms stomped, locate marks painted out, three garden plots pulled up, a mother's flower pots smashed; a
threat to kill a girl going to the prom with somebody else, a drilling rig under a bedroom window at 11:30, a man
screaming at a brunch hostess, a couple screaming in a pickup with a baby aboard, a man kicking boys' bait bucket into
the river the day before, anglers' noise every dawn (a web tip); a riding mower upside down in a pond with its driver
under it, a boy at the bottom of a bore pit, a Mother's Day welfare check from Albany, boys at the levers of a loader
left running, a show kite dragging its anchor through a crowd, a question about the after-prom lock-in and a purse found
by the pool fence.

Registers: calm, frightened, angry and rambling callers, the elderly ("I'm 82 and I want this written down", "I've a
bruise on my arm the size of a plum"), texts in lower case without apostrophes ("im", "were", "hes", "bc", "10 ft",
"dont"), non-native ("I am delivery for the food app", "one ride and one run beside", "I must tell something", "He wear
always the white headphones"), second-hand (a mother relaying her daughter's texts, a daughter calling from Albany, a
fiber crew lead relaying what one of his men saw), web forms ("Web tip:", "Web report:"), workplace callers (a fiber
crew foreman and lead, a chaperone, a head custodian, a school nurse, the prom's door, the Garden Club, a florist's
driver, a kite festival committee, an alarm company, a flower shop owner, the Corner Cafe) and dispatch, EMS and alarm
shorthand ("blk", "approx 0915", "RP", "W/M 60s", "Subj", "EMS to", "M 40s", "since approx 1030", "c/o", "A&O x4", "w/",
"0251 hrs", "ETA 20 min"). Spoken forms add fillers, split words ("foot bridge", "side walk", "green house", "back
yard", "down stairs", "up stairs", "drive way", "hand gun", "pick up", "wind breaker", "back pack", "rain coat", "flash
light", "lap top", "roto tiller", "tail gate", "waist band", "hatch back", "head light", "head phones", "sand bag",
"clip board", "heavy set", "bed room", "flood light", "foot path"), spelled shorthand ("a p", "e m s", "v p", "r p", "c
p r", "p a", "e t a", "b m x", "s u v", "q seven", "e bike"), the usual mishearings (maine, mabel, ceder, chesnut,
willo, spruse, burch, hawthorne, kingsly, lincon, river side, north gate, fresh mart, quick stop, mill brook) and plates
letter by letter ("t k v five two nine one", "h d w four four seven two"), with a partial ("nine n"). Numbers that are
not addresses: ".22", "approx 10 people", "10 ft", "$35", "$180", "$260", "8/10", "about twenty feet", "six feet",
"forty-foot", "thirty-foot", "ten bucks", "maybe fifty", "Eight cars", "six used needles", "about 300 kids", "apartment
2", "about $200", "eleven times", and ages of victims, relatives and callers ("He's 71", "He's 12", "She's 9", "He's
14", "She's 17", "I'm 82", "she's 88", "She's 84", "I'm 14", "he's 76").

Same format and conventions as hand.py and holdouts 4-24 (written to extraction_holdout25.jsonl with ids "af01" to
"af90"), with the choices holdout22.py to holdout24.py list: every person other than the caller annotated once, also one
named through a possessive; a described member of a group a separate person only with their own attributes; people away,
absent or dead not annotated; partial plates as said; "last night" 23:00 the day before, "overnight" 02:00, a clock time
after midnight the same date, "since" with a clock time that time; habits, durations, weekdays, schedule and future
times and times when all was still well are not times; "maybe N" years N-3..N+3, a decade its ten years, teens, a senior
and teenagers 13-19, old and older 60-90, young 18-29; victims', relatives' and callers' stated or estimated ages not
annotated, a descriptive age word for a victim is; a vehicle's type only when a type word is in its description and not
when a model describes it; base priorities weapon, fire, medical, robbery, assault high, burglary, theft, traffic
medium, the rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen, low to medium
for children at risk, one step (not above high) for an event still happening (a said time within 15 minutes, or with no
time said a present progressive for a low call), one step lower when more than six hours old (weapons and robberies
included); raises do not stack; child luring, a girl or woman in danger and a missing vulnerable person high; "other" is
not lifted for being recent or for children.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. A fillet knife, a butterfly knife and a hunting knife are "knife", a pistol and "a handgun"
  "handgun", "a gun" and "a silver gun" "gun", a .22 "rifle". A fillet knife jabbed at an old man, a handgun aimed at a
  vice principal, a .22 fired near gardeners and a pistol pointed through a windshield are in use (critical); a shotgun
  held across a chest at a crew and a butterfly knife flipped with a threat at a classmate ten feet away are seen
  (high); a hunting knife held up with a threat the evening before is lowered to medium; a pistol in a dealer's
  waistband makes the drugs call high. Not weapons: a gun claimed in a pocket and never seen (the robbery's, as
  holdout22's), a chunk of broken sidewalk swung at a head (improvised, the assault's), a hacksaw on conduit, an angle
  grinder and bolt cutters on locks, a menu thrown.
- Categories and priorities: a pan fire with a boy gone back upstairs is fire, critical; a party bus, a greenhouse, a
  bore pit, a charging cart (a burned hand within "high") and a loader are high; a hanging basket out since the night
  before is lowered to medium. An angler grey and gurgling, a forearm spurting past a belt and signs of a stroke are
  medical, critical; wet-concrete burns, a faint with broken teeth and confusion, and a palm cut to the bone are high; a
  burn from the evening before is lowered to medium. Prom pictures at gunpoint and a van taken at gunpoint are robbery,
  critical; a chain torn off with a cut neck, a rider pushed off his bike and trout taken with a shove into the river
  are high; tips taken with a claimed gun at 1 a.m., told at 10, are lowered to medium. A worker not waking after a blow
  to the head is assault, critical; a broken nose, a split mouth, a head slammed into a fridge and a girl dragged down
  steps are high; a shove two days before and a shove the evening before are lowered to medium. A flashlight in the
  library at 10:40, an alarm seven minutes old and a man seen climbing in "right now" are burglary, high; a shack pried
  overnight (five and a half hours) and a garage entered around noon are medium; a house entered during two weeks away
  is low. Hanging baskets and an e-bike "right now" are theft, high; a kite, seedlings and a locator are medium; lilacs
  every dawn (a habit) and a tux taken the night before are low. An old man under a car, not moving, is traffic,
  critical; a broken shin and a rollover with injuries are high; barriers in a lane and a fender bender are medium;
  trucks in the lane every morning are a habit, low. A pickup at 3:20, a follower "now" in the lot, a crawling pickup
  and an SUV at 1:10 are suspicious vehicles, medium; a plateless Jeep (a state) and a hatchback every night (a habit)
  are low. A man leading a girl away by the wrist is a suspicious person, high (child luring); a man in the garden at
  2:50, a man at truck windows "now", a stranger photographing girls "now" and a woman trying back doors "now" are
  medium; a man at garage windows every night is low. Pot plants on sale, baggies with mulch and weed to small children
  every morning (a habit raised for the children, as holdout22's pills to freshmen) are drugs, medium; needles found and
  short visits every night are low. Conduit being sawn, eggs at 12:15 and forms being stomped are vandalism, medium
  (teenagers doing the damage are no children at risk); locate marks painted out, plots pulled up and flower pots
  smashed are low. A threat to kill a 17-year-old girl is a disturbance, high (a girl in danger, as holdout24's threat);
  a rig at 11:30, a man screaming at a hostess and a couple screaming with a baby aboard (the baby does not stack) are
  medium; a man shouting at boys the day before and noise every dawn (a habit) are low. A man under a mower in a pond is
  other, critical; a boy in a bore pit and an 88-year-old not answering are high; a loader worked by boys and a show
  kite loose over a crowd are medium (hazards over people, as holdout24's trench); a question and a found purse are low.
- Vehicles: "black Ram pickup" make ram, pickup, with its plate (TKV5291); "red Genesis sedan" genesis sedan; "White
  Ford Transit" ford transit (no type: the model describes it) with its plate (HDW4472) going east; "black Jeep
  Cherokee" cherokee (a kayak rack no vehicle); "his silver pickup" silver pickup; "grey Honda Accord" accord; "a road
  bike" and "on a bike" bicycles, "a red e-bike" red bicycle and "a black BMX bike" black bicycle; "a tan minivan";
  "blue Subaru Crosstrek" crosstrek; "White Isuzu box truck" white isuzu truck; "silver Toyota Camry" camry; "A white
  delivery van"; "A green Kia Soul" soul and "a black Lexus SUV" lexus suv; "Older Ford, dark color" ford pickup with no
  colour; "grey Nissan Altima" altima with a partial plate ("9N"); "Green Chevy" pickup green chevrolet; "dark blue Audi
  Q7" blue audi q7; "blue Jeep Compass" compass; "a little hatchback"; "a tan pickup"; "White Dodge Ram" dodge ram (no
  type); "white Jeep Wrangler" wrangler; "red Chevy pickup" red chevrolet pickup; "blue Toyota Tacoma" tacoma; the party
  bus "a black bus". Not vehicles: the callers' own cars and bikes (the delivery rider's bike, even ridden off), a son's
  car left unlocked, the victim's car at the brunch lot, a Bobcat loader, a drill rig, trailers, cars in general (cars
  crossing the yellow line, "Eight cars", anglers' trucks, the trucks at a pull-off).
- Persons: "Two guys in camo jackets", "two men in ski masks", "two boys", "Two men inside", "two men", "Two people",
  "Two teenagers", "my two kids", "my boys, both of them", "my two little kids" and "the two drivers" are counts; "four
  of them" 4; "approx 10 people", "about 300 kids", "a bunch of dads", "a bunch of teenagers" and "maybe forty" are 3+
  where said; "My crew", "the kids", "their parents", "the crew", "the proctors", "people", "Everybody in line", "the
  boy's friends", "the people waiting", "their kids", "small kids", "the club ladies", "the fishermen", "the girls",
  "some guys", "The guys who run it" and "the crowd" "2+"; the one with the gun in a red hoodie, and the boy and the
  girl hurt in the rollover, are persons of their own. "somebody" who did a thing is a person; a vice principal, an
  ex-girlfriend, a buddy, a wife, a husband, a son, a daughter, a date, a girlfriend, a sister, a brother, a stepdad, a
  mom, a clerk, a hostess, a librarian, a foreman, a driver, a lady next door, a neighbour and "one of my guys" are
  persons. Not persons: teachers inside, a family at work, a keyholder on the way, a daughter in Ohio, a late wife, a
  nephew, a husband at work, a crew gone home, a mom not there, a date not there yet, an owner from Hadley, a neighbour
  who only owns the porch tried, a dog. Ages: "W/M 60s" 60-69, "maybe 22" 19-25, "maybe 25" 22-28, "maybe 50" 47-53,
  "maybe 16" 13-19, "a senior", "A teenage boy", "Two teenagers", "a bunch of teenagers" and "The teenage boy" 13-19,
  "old", "older" and "An older man" 60-90, "Young", "the young fellow" and "a young woman" 18-29; "M 40s" (a patient),
  "He's 71", "He's 12", "She's 9", "He's 14", "maybe 7", "maybe 10 years", "10 and 12", "She's 17", "She's 84", "she's
  88", "he's 76", "I'm 82" and "im 14" not annotated.
- Clothing: "orange beanie", "grey sweatshirt", "black pants", "camo cap", "grey joggers", "red hoodie", "grey hoodie",
  "jeans", "khaki shorts", "black hoodie", "black beanie", "black jacket", "pink jacket", "white sneakers", "brown
  jacket", "yellow raincoat" and a backpack kept; "ski masks" -> "ski mask", "camo jackets" -> "camo jacket", "long tan
  coat" -> "tan coat", "Red flannel" -> "red shirt", "white dress shirt" -> "white shirt", "brown Carhartt jacket" ->
  "brown jacket", "black puffer vest" -> "black vest", "green windbreaker" -> "green jacket", "black windbreaker" ->
  "black jacket", "backwards Red Sox cap" -> "red cap", "blue work shirt" -> "blue shirt", "grey work pants" -> "grey
  pants", "Patriots jersey" -> "jersey", "black tux" -> "black suit", "green gown" -> "green dress", "purple fleece" ->
  "purple jacket", "blue bucket hat" -> "blue hat", "dark green raincoat" -> "green raincoat"; a white beard, a grey
  beard, sunglasses, "all in black", "hood pulled up", short grey hair, white headphones, a duffel bag, a cyclist's
  cracked helmet and a stolen tuxedo jacket and vest are not clothing.
- Times: "approx 0915", "0251 hrs" and "since approx 1030" are clock times; "It's 10:40", "It's 3:20 in the morning",
  "It's 1:10", "It's 2:50", "It's 12:15" (after midnight, the same date) and "It's 11:30 at night" said during the event
  are those times; "Yesterday around 5:30 pm" 17:30, "Yesterday evening around 7" 19:00 and "Yesterday evening about 6"
  18:00 the day before, "Monday around 5:15 pm" 17:15 that Monday, "Around 11 last night", "last night" and "Sometime
  last night" 23:00 the day before, "Around 1 this morning" 01:00, "around noon" 12:00, "Overnight" and "sometime
  overnight" 02:00; "about 20 minutes ago", "about 40 minutes ago" and "maybe a minute ago" minutes ago; "right now"
  and, where a person of the event is, "now hes out in the garage", "he's sitting in a grey Honda Accord in the bus
  circle now", "now it's pulled into the last row of the brewery lot", "He's got her by the wrist now", "He's at the
  sixth truck now", "He's still out there now by the hedge", "now she's at the blue one at the end" and "He's kicking
  the bottom of the door now" are now, while a narrative "now" ("now there's fire shooting", "Now the cabinets", "now
  the whole thing is melting", "now it flickers", "it's purple now", "now his words are coming out") is not. Not times:
  "yesterday" alone, "this morning" alone, "tonight", "tomorrow", "tomorrow's pour", "Saturday night", "Tuesday", "since
  Wednesday", "since yesterday", "over the weekend", "last Thursday", "last month", "all week", "this morning" (eleven
  calls), "the last three nights", "every morning", "every night", "every evening after work", "before 6", "from about 5
  to 9", "around 5" every morning, "around 11 each night", "after midnight", "until 3 or so", "at 8", "at 11", "at
  noon", "at 7", "ETA 20 min", "fine ten minutes ago" (when all was still well), "for half an hour", "for maybe an hour"
  and "five minutes".
- Places: parts of a landmark are the landmark (the deep pool under the footbridge, the bank, the trout pool, the snack
  shack and footpath, the food trucks on the hilltop, the hill, the river path and the festival field of Riverside Park;
  the event barn, the lot, the walkway and the hedge of the Old Mill Brewery; the gym, the halls, the school library and
  the vault room of Oakford High; the parking lot, the hanging basket racks and the playground of Lincoln Elementary;
  the Corner Cafe's back lot, back steps and brunch line; the bandstand steps of Maple Square; the children's room and
  side door of the library; the FreshMart lot by the garden center; the lobby of the Grand Cinema; the QuickStop's lot;
  the City Hall beds; the Community Pool's fence; the far row of the Northgate Mall lot); "right in front of City Hall",
  "in front of Oakford High", "right in front of the library", "outside Central Station", "in the lot behind the Grand
  Cinema" and "in the lot behind the Main Street Pharmacy" are relative, and "in front of 1027 Pine", "in front of 1141
  Cedar", "in front of 1072 Birch" and "out behind 1190 Spruce" relative to addresses. "Elm between 3rd and 4th", "Elm
  between 4th and 5th", "Elm between 5th and 6th", "Maple between 9th and 10th", "Cedar between 9th and 10th", "Pine
  between 10th and 11th", "Spruce between 6th and 7th", "Willow between 8th and 9th", "Chestnut between 1st and 2nd" and
  "200 blk Hawthorn Ave" are blocks; "Hawthorn by 2nd" and "the Hawthorn and 2nd community garden", "Cedar by 8th", "Elm
  & 4th", "Kingsley by 4th", "off Main onto 9th", "Old Mill Road by Maple", "Elm and 7th", "River Road by 6th", "River
  Road by 7th", "River Road by 9th", "River Road by 10th", "where River Road meets 11th", "the corner of Birch and 9th",
  "Birch by 5th", "the corner of Spruce and 5th" and "7th and Chestnut" are intersections; addresses on numbered streets
  ("712 9th Street", "622 11th Street") and on Church Street ("172") are used. "up in Northgate" beside an address and
  "in Millbrook" beside a block are neighbourhoods. Streets alone name no place: "on 6th Street", "on River Road",
  "toward Pine", "toward 12th", "toward 3rd", "toward 10th", "toward 11th", "toward Main", "toward Old Mill Road",
  "along Maple". Look-alikes that name no place of the tip: the school library (Oakford High's, not the Oakford Public
  Library), the Garden Club sale where seedlings were bought, the nursing home, Albany, Ohio and Hadley; a tip with no
  place at all asks about the after-prom lock-in.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 3, 11, 15, 16, 17, 23, 24, 26, 28, 30, 48, 49, 51, 52, 56, 80 and 88 (1-based, in
file order) gained ("now",).
"""
from hand import P, V, W

HOLDOUT25 = [
    # ---------------------------------------------------------------- weapon
    # The morning after the state stocked the river: a man jabbing a fillet knife at an old angler who has backed out
    # into the water, "right now": a weapon in use (critical). The old man (60-90) and the man with the knife ("Skinny"
    # thin, "orange beanie" and "grey sweatshirt" kept) persons; "a fillet knife" "knife"; "yesterday" no time; the pool
    # under the footbridge is Riverside Park's.
    dict(written="Riverside Park, at the deep pool under the footbridge where the state stocked the trout yesterday. An old man and another guy were arguing over a spot and the guy pulled a fillet knife, and he's jabbing it at the old man right now. The old man's backed out into the river up to his waist in his waders and the guy keeps wading in after him. Skinny, orange beanie, grey sweatshirt.",
         spoken="riverside park at the deep pool under the foot bridge where the state stocked the trout yesterday an old man and another guy were arguing over a spot and the guy pulled a fillet knife and he's jabbing it at the old man right now the old man's backed out into the river up to his waist in his waders and the guy keeps wading in after him skinny orange beanie gray sweatshirt",
         at="2034-05-10 06:50", entities=[P(count="1", sex="male", age="60-90"), P(count="1", sex="male", build="thin", clothing=["orange beanie", "grey sweatshirt"]), W("knife"), ("now",)],
         places=[("landmark", "Riverside Park")], category="weapon", priority="critical"),
    # A prom chaperone: a young man turned away from the prom pointing a handgun at the vice principal in the lot: in
    # use (critical). "maybe 22" 19-25, "white dress shirt" -> "white shirt", "black pants" kept; the ex-girlfriend, the
    # vice principal and "the kids" ("2+") persons; "red Genesis sedan" make genesis, type sedan (no model said); the
    # lot and the event barn are the Old Mill Brewery's.
    dict(written="Chaperone at the Oakford High prom, in the event barn at the Old Mill Brewery. This guy who's not a student, maybe 22, kept trying to get in to see his ex-girlfriend, and when our vice principal walked him out to the lot he reached in through his car window, came up holding a handgun and aimed it at him. The VP's standing there with his hands up. White dress shirt, black pants, red Genesis sedan. Please hurry, the kids are right inside.",
         spoken="chaperone at the oakford high prom in the event barn at the old mill brewery this guy who's not a student maybe twenty two kept trying to get in to see his ex girlfriend and when our vice principal walked him out to the lot he reached in through his car window came up holding a hand gun and aimed it at him the v p's standing there with his hands up white dress shirt black pants red genesis sedan please hurry the kids are right inside",
         at="2034-05-13 20:50", entities=[P(count="1", sex="male", age="19-25", clothing=["white shirt", "black pants"]), P(count="1", sex="female"), P(count="1", sex="male"), W("handgun"), V(colour="red", make="genesis", type="sedan"), P(count="2+")],
         places=[("landmark", "Old Mill Brewery")], category="weapon", priority="critical"),
    # A fiber crew foreman: a homeowner holding a shotgun across his chest and ordering the crew off his tree lawn,
    # pointed at nobody: a weapon seen (high; still holding it, but a high call is not raised). "Older guy" 60-90,
    # "brown Carhartt jacket" -> "brown jacket", a white beard no clothing; "My crew" "2+"; "in front of 1027 Pine"
    # relative to the address and "up in Northgate" the neighbourhood beside it.
    dict(written="Foreman on the fiber crew boring under the tree lawns up in Northgate. We're set up in front of 1027 Pine and the homeowner just came out with a shotgun, held it across his chest and told us to get our drill off his grass or we'd find out. He's not aiming it at anyone, he's up on his porch steps with it. Older guy, white beard, brown Carhartt jacket. My crew's taking cover behind our rig.",
         spoken="foreman on the fiber crew boring under the tree lawns up in north gate we're set up in front of ten twenty seven pine and the homeowner just came out with a shotgun held it across his chest and told us to get our drill off his grass or we'd find out he's not aiming it at anyone he's up on his porch steps with it older guy white beard brown carhartt jacket my crew's taking cover behind our rig",
         at="2034-05-09 13:30", entities=[P(count="1", sex="male", age="60-90", clothing=["brown jacket"]), W("shotgun"), P(count="2+"), ("now",)],
         places=[("relative", ("address", 1027, "Pine Street")), ("neighbourhood", "Northgate")], category="weapon", priority="high"),
    # Dispatch: a man firing a .22 rifle at woodchucks from his deck with rounds landing near gardeners: in use
    # (critical). "approx 0915" the time; "W/M 60s" 60-69; "approx 10 people" 3+; the RP is the caller; "200 blk
    # Hawthorn Ave" the block and "in Millbrook" the neighbourhood; ".22" no number of a place.
    dict(written="Shots fired, 200 blk Hawthorn Ave, approx 0915. RP at the community garden plots in Millbrook reports W/M 60s on the back deck of the yellow house firing a .22 rifle at woodchucks in the garden, rounds kicking up dirt near approx 10 people planting. Subj has been yelled at to stop, continues firing.",
         spoken="shots fired two hundred block hawthorne avenue approximately zero nine fifteen r p at the community garden plots in mill brook reports white male sixties on the back deck of the yellow house firing a twenty two rifle at woodchucks in the garden rounds kicking up dirt near approximately ten people planting subject has been yelled at to stop continues firing",
         at="2034-05-13 09:20", entities=[("local", "2034-05-13 09:15"), P(count="1", sex="male", age="60-69"), W("rifle"), P(count="3+")],
         places=[("block", 200, "Hawthorn Avenue"), ("neighbourhood", "Millbrook")], category="weapon", priority="critical"),
    # A text from an AP exam break: a senior flipping a butterfly knife and threatening a classmate ten feet away: a
    # weapon seen (high; not used on anyone). "a senior" 13-19 ("hes" male), "black puffer vest" -> "black vest", "grey
    # joggers" kept; the kid he threatens a person; the teachers (inside, away) no persons; "10 ft" no number of a
    # place; the hall outside the school library is Oakford High's (the school's library, not the Oakford Public
    # Library).
    dict(written="im at the ap bio exam at oakford high and were on break in the hall outside the school library. a senior is out here flipping a butterfly knife around saying hes gonna cut the kid who told on him for cheating, and that kid is standing like 10 ft away. teachers are all inside. hes in a black puffer vest and grey joggers",
         spoken="i'm at the a p bio exam at oakford high and we're on break in the hall outside the school library a senior is out here flipping a butterfly knife around saying he's gonna cut the kid who told on him for cheating and that kid is standing like ten feet away teachers are all inside he's in a black puffer vest and gray joggers",
         at="2034-05-09 12:05", entities=[P(count="1", sex="male", age="13-19", clothing=["black vest", "grey joggers"]), W("knife"), P(count="1")],
         places=[("landmark", "Oakford High School")], category="weapon", priority="high"),
    # A web tip on the Thursday: "Yesterday around 5:30 pm" (17:30 the day before) a garden-plot neighbour held up a
    # hunting knife with a threat: a weapon seen, hours old (high lowered to medium). "Bald, heavy, maybe 50" heavy,
    # 47-53; "my two kids" 2 (their ages not annotated); "every evening after work" a habit; "Hawthorn by 2nd" the
    # intersection.
    dict(written="Web tip: Yesterday around 5:30 pm at the community garden plots on Hawthorn by 2nd, the man who has the plot next to mine pulled a hunting knife off his belt, held it up and told me that if my two kids stepped on his seedlings one more time he'd use it on me. They were standing right behind me. He's out there every evening after work. Bald, heavy, maybe 50.",
         spoken="web tip yesterday around five thirty p m at the community garden plots on hawthorne by second the man who has the plot next to mine pulled a hunting knife off his belt held it up and told me that if my two kids stepped on his seedlings one more time he'd use it on me they were standing right behind me he's out there every evening after work bald heavy maybe fifty",
         at="2034-05-11 08:40", entities=[("local", "2034-05-10 17:30"), P(count="1", sex="male", build="heavy", age="47-53"), W("knife"), P(count="2")],
         places=[("intersection", "Hawthorn Avenue", "2nd Street")], category="weapon", priority="medium"),
    # Mother's Day: a driver pointing a pistol through a windshield over a parking spot: in use (critical). "black Ram
    # pickup" make ram, pickup, with its plate (TKV5291); the gunman ("tall", "camo cap"), the other driver ("her") and
    # the old lady (60-90) persons, "Everybody in line" "2+"; the back lot is the Corner Cafe's.
    dict(written="Corner Cafe's back lot, it's packed for Mother's Day brunch and two drivers went for the same spot. The guy driving a black Ram pickup got out with a pistol and he's pointing it through the other car's windshield at the driver, and there's an old lady in her passenger seat. Everybody in line on the back steps is ducking down. He's tall, camo cap. Plate on the Ram is TKV 5291.",
         spoken="corner cafe's back lot it's packed for mother's day brunch and two drivers went for the same spot the guy driving a black ram pick up got out with a pistol and he's pointing it through the other car's windshield at the driver and there's an old lady in her passenger seat everybody in line on the back steps is ducking down he's tall camo cap plate on the ram is t k v five two nine one",
         at="2034-05-14 11:40", entities=[V(colour="black", make="ram", type="pickup", plate="TKV5291"), P(count="1", sex="male", height="tall", clothing=["camo cap"]), W("handgun"), P(count="1", sex="female"), P(count="1", sex="female", age="60-90"), P(count="2+")],
         places=[("landmark", "Corner Cafe")], category="weapon", priority="critical"),

    # ---------------------------------------------------------------- fire
    # A prom party bus burning at the kerb by City Hall, everyone off: fire, high (nobody trapped). "a black bus" black
    # bus (the event's vehicle); "prom kids" / "the kids" and "their parents" "2+", the driver a person; "right in front
    # of City Hall" relative; "6th Street" a street alone.
    dict(written="The party bus that's been taking prom kids around for pictures is on fire on 6th Street right in front of City Hall. Fire's pouring out of the engine grate at the back and the smoke's rolling across the steps where the kids and their parents were posing. The driver got everybody off and counted them. It's a black bus with purple lights along the roof.",
         spoken="the party bus that's been taking prom kids around for pictures is on fire on sixth street right in front of city hall fire's pouring out of the engine grate at the back and the smoke's rolling across the steps where the kids and their parents were posing the driver got everybody off and counted them it's a black bus with purple lights along the roof",
         at="2034-05-13 17:35", entities=[V(colour="black", type="bus"), P(count="2+"), P(count="2+"), P(count="1")],
         places=[("relative", ("landmark", "City Hall"))], category="fire", priority="high"),
    # On the night of the frost warning, a backyard hoop greenhouse burning from a propane heater and catching a garage
    # and a fence: fire, high (nobody inside). The neighbour a person; "tonight" no time; "1124 Oak" the address.
    dict(written="My neighbor's plastic hoop greenhouse in his backyard at 1124 Oak is on fire. He put a propane heater in there for the frost tonight and now the whole thing is melting and dripping, and the flames are up against the side of his garage. The fence is starting to go toward my shed. He's spraying it from a hose that barely reaches. Nobody's in the greenhouse.",
         spoken="my neighbor's plastic hoop green house in his back yard at eleven twenty four oak is on fire he put a propane heater in there for the frost tonight and now the whole thing is melting and dripping and the flames are up against the side of his garage the fence is starting to go toward my shed he's spraying it from a hose that barely reaches nobody's in the green house",
         at="2034-05-10 23:10", entities=[P(count="1", sex="male")],
         places=[("address", 1124, "Oak Street")], category="fire", priority="high"),
    # Mother's Day pancakes: a pan fire in the cabinets with a 12-year-old gone back upstairs into the smoke: a life at
    # risk (critical). The son, the daughter and the baby persons (the son's age not annotated); the dog no person; "712
    # 9th Street" an address on a numbered street.
    dict(written="Fire at 712 9th Street! My son and daughter were making me pancakes for Mother's Day and the oil in the pan went up. Now the cabinets over the stove are burning and the whole downstairs is black smoke. I got the baby and my daughter out on the lawn but my son ran back upstairs for the dog and he's not coming down. He's 12. The smoke's too thick for me to go in.",
         spoken="fire at seven twelve ninth street my son and daughter were making me pancakes for mother's day and the oil in the pan went up now the cabinets over the stove are burning and the whole down stairs is black smoke i got the baby and my daughter out on the lawn but my son ran back up stairs for the dog and he's not coming down he's twelve the smoke's too thick for me to go in",
         at="2034-05-14 07:50", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="1")],
         places=[("address", 712, "9th Street")], category="fire", priority="critical"),
    # A fiber crew's drill hitting a buried cable, fire out of the bore pit and the tree lawn burning: fire, high. "The
    # crew" "2+"; "Cedar by 8th" the intersection.
    dict(written="The fiber crew drilling on Cedar by 8th just hit something underground. There was a bang, and now there's fire shooting from the pit they dug in the tree lawn and the tree lawn grass is catching. The crew ran back to their truck. The power's out in all the houses on the block. There's a smell like hot tires, not gas.",
         spoken="the fiber crew drilling on ceder by eighth just hit something underground there was a bang and now there's fire shooting from the pit they dug in the tree lawn and the tree lawn grass is catching the crew ran back to their truck the power's out in all the houses on the block there's a smell like hot tires not gas",
         at="2034-05-09 14:45", entities=[P(count="2+"), ("now",)],
         places=[("intersection", "Cedar Street", "8th Street")], category="fire", priority="high"),
    # A laptop charging cart burning in a school library's back room during the AP exams, the building being emptied:
    # fire, high (nobody trapped; a burned hand within "high"). "about 300 kids" 3+, "the proctors" "2+", the librarian
    # a person; "we're walking ... out" the caller's narrative, no time; the school library is Oakford High's (not the
    # Oakford Public Library).
    dict(written="Head custodian at Oakford High. The laptop charging cart in the back room of the school library caught fire, the batteries are popping like firecrackers and smoke's pouring into the second-floor hall. We pulled the alarm in the middle of the AP exams and we're walking about 300 kids and the proctors out to the football field. The librarian burned her hand trying to pull the plug.",
         spoken="head custodian at oakford high the lap top charging cart in the back room of the school library caught fire the batteries are popping like firecrackers and smoke's pouring into the second floor hall we pulled the alarm in the middle of the a p exams and we're walking about three hundred kids and the proctors out to the football field the librarian burned her hand trying to pull the plug",
         at="2034-05-11 10:30", entities=[P(count="3+"), P(count="2+"), P(count="1", sex="female")],
         places=[("landmark", "Oakford High School")], category="fire", priority="high"),
    # "Around 11 last night" 23:00 the day before, told at 09:15: a hanging basket's moss liner lit by a cigar that
    # scorched a porch ceiling, out since: fire lowered to medium (hours old). The husband a person; "now it flickers" a
    # light, no time; "1018 Birch Street" the address.
    dict(written="Not an emergency anymore, but I'd like a firefighter to come check it. Around 11 last night the moss liner of the hanging basket on our porch caught from my husband's cigar, and before he got it down and stomped it out it scorched the porch ceiling black. The porch light is mounted right there and now it flickers. 1018 Birch Street.",
         spoken="not an emergency anymore but i'd like a firefighter to come check it around eleven last night the moss liner of the hanging basket on our porch caught from my husband's cigar and before he got it down and stomped it out it scorched the porch ceiling black the porch light is mounted right there and now it flickers ten eighteen burch street",
         at="2034-05-09 09:15", entities=[("local", "2034-05-08 23:00"), P(count="1", sex="male")],
         places=[("address", 1018, "Birch Street")], category="fire", priority="medium"),
    # The sidewalk crew's skid-steer loader burning beside bagged concrete and gas cans in front of the library: fire,
    # high. The operator and "people" ("2+") persons; the loader no vehicle (construction equipment, as holdout24's
    # excavator); "Elm between 4th and 5th" the 400 block and "right in front of the library" relative.
    dict(written="The little Bobcat loader the sidewalk crew uses on Elm between 4th and 5th is on fire, right in front of the library. The engine compartment behind the seat is pouring black smoke, and there's fire under the hood panel. The operator jumped off, he's okay. It's parked next to a pallet of bagged concrete and the crew's gas cans, and people coming out of the library are standing around filming it.",
         spoken="the little bobcat loader the side walk crew uses on elm between fourth and fifth is on fire right in front of the library the engine compartment behind the seat is pouring black smoke and there's fire under the hood panel the operator jumped off he's okay it's parked next to a pallet of bagged concrete and the crew's gas cans and people coming out of the library are standing around filming it",
         at="2034-05-08 16:10", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("block", 400, "Elm Street"), ("relative", ("landmark", "Oakford Public Library"))], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # An old angler collapsed on a riverbank with a heavy arm, grey, gurgling and not answering: a life at risk
    # (critical). The buddy a person ("He's 71" not annotated); the bank and the pull-off path are Riverside Park's;
    # "River Road" a street alone.
    dict(written="My fishing buddy just went down on the bank at Riverside Park, down the path from the pull-off on River Road. He said his left arm felt heavy, sat down on a rock and tipped right over. He's grey and sweaty, he's making a gurgling noise and he won't answer me. He's 71 and he's got stents. I don't know CPR, please hurry.",
         spoken="my fishing buddy just went down on the bank at riverside park down the path from the pull off on river road he said his left arm felt heavy sat down on a rock and tipped right over he's gray and sweaty he's making a gurgling noise and he won't answer me he's seventy one and he's got stents i don't know c p r please hurry",
         at="2034-05-10 07:30", entities=[P(count="1", sex="male"), ("now",)],
         places=[("landmark", "Riverside Park")], category="medical", priority="critical"),
    # At the after-prom lock-in a boy who punched through a glass door panel, his forearm spurting blood past a belt and
    # him growing pale: a life at risk (critical). The boy and his girlfriend persons; the lobby door is the Grand
    # Cinema's.
    dict(written="Parent chaperone at the after-prom lock-in at the Grand Cinema. A boy just put his fist through the glass panel of the lobby door after a fight with his girlfriend, and his forearm is laid open, blood's spurting out with every heartbeat. We've got a belt cinched above it and it's still coming, and he's getting pale and shaky. Please hurry.",
         spoken="parent chaperone at the after prom lock in at the grand cinema a boy just put his fist through the glass panel of the lobby door after a fight with his girlfriend and his forearm is laid open blood's spurting out with every heartbeat we've got a belt cinched above it and it's still coming and he's getting pale and shaky please hurry",
         at="2034-05-14 01:35", entities=[P(count="1", sex="male"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Grand Cinema")], category="medical", priority="critical"),
    # At the plant sale an old man's words garbled, the right side of his face slack and his hand dropping a flat: signs
    # of a stroke (critical). "An older man" 60-90 and his wife persons ("he's 76" not annotated); "fine ten minutes
    # ago" when all was still well, no time; the lot is Lincoln Elementary's.
    dict(written="Garden Club plant sale in the Lincoln Elementary parking lot. An older man loading flats into his trunk just dropped one, and now his words are coming out all garbled, the right corner of his mouth is hanging and his right hand won't grip anything. His wife says he's 76 and he was fine ten minutes ago. He's sitting on his bumper.",
         spoken="garden club plant sale in the lincon elementary parking lot an older man loading flats into his trunk just dropped one and now his words are coming out all garbled the right corner of his mouth is hanging and his right hand won't grip anything his wife says he's seventy six and he was fine ten minutes ago he's sitting on his bumper",
         at="2034-05-13 09:40", entities=[P(count="1", sex="male", age="60-90"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="medical", priority="critical"),
    # EMS: a laborer's knees burned by kneeling in wet concrete "since approx 1030" (that time): an injury (high). "M
    # 40s" a patient's estimate (not annotated); the foreman a person; "8/10" no number of a place; "Elm & 4th" the
    # intersection.
    dict(written="EMS to the Elm St sidewalk project, Elm & 4th. M 40s, laborer, kneeling in wet concrete finishing the new walk since approx 1030, now both knees blistered and skin sloughing through his pants, c/o burning pain 8/10. A&O x4. Foreman on scene flushing w/ water.",
         spoken="e m s to the elm street side walk project elm and fourth male forties laborer kneeling in wet concrete finishing the new walk since approximately ten thirty now both knees blistered and skin sloughing through his pants complains of burning pain eight out of ten alert and oriented times four foreman on scene flushing with water",
         at="2034-05-11 13:40", entities=[P(count="1", sex="male"), ("local", "2034-05-11 10:30"), P(count="1")],
         places=[("intersection", "Elm Street", "4th Street")], category="medical", priority="high"),
    # A school nurse: a senior who fainted at an AP exam, broke two teeth and keeps asking what day it is: high (a fall
    # with confusion, as holdout23's). "A senior" 13-19 male; the friend a person; "since yesterday" no time; the gym is
    # Oakford High's.
    dict(written="School nurse at Oakford High. A senior taking the AP Calculus exam in the gym passed out at his desk and caught his mouth on the edge going down. He came to and he's sitting up, but two front teeth snapped and he keeps asking what happened and what day it is. His friend says he hasn't eaten since yesterday.",
         spoken="school nurse at oakford high a senior taking the a p calculus exam in the gym passed out at his desk and caught his mouth on the edge going down he came to and he's sitting up but two front teeth snapped and he keeps asking what happened and what day it is his friend says he hasn't eaten since yesterday",
         at="2034-05-08 08:55", entities=[P(count="1", sex="male", age="13-19"), P(count="1")],
         places=[("landmark", "Oakford High School")], category="medical", priority="high"),
    # A stunt kite's line slicing a girl's palm and fingers to the bone: an injury (high). The daughter a person ("She's
    # 9" not annotated); the food trucks and the hill are Riverside Park's.
    dict(written="At the kite festival in Riverside Park a big stunt kite came diving down and when my daughter grabbed for it the line sliced across her palm and two fingers. The cuts are deep, I can see white, and it's bleeding through all the napkins we have. She's 9. We're up by the food trucks on the hilltop.",
         spoken="at the kite festival in river side park a big stunt kite came diving down and when my daughter grabbed for it the line sliced across her palm and two fingers the cuts are deep i can see white and it's bleeding through all the napkins we have she's nine we're up by the food trucks on the hill top",
         at="2034-05-14 14:20", entities=[P(count="1", sex="female")],
         places=[("landmark", "Riverside Park")], category="medical", priority="high"),
    # "Yesterday evening around 7" 19:00 the day before, told at 09:45: a palm burned on a rototiller's muffler,
    # blistered and weeping: an injury hours old, judged by the burn (high lowered to medium). The son a person ("He's
    # 14" not annotated); "This morning" no time; "914 Chestnut" the address.
    dict(written="Is this something for an ambulance or should I just take him in? Yesterday evening around 7 my son grabbed the muffler of the rototiller to drag it back into the shed and burned his whole palm. This morning it's covered in big blisters, some of them broke and it's weeping, and he can't close his hand. He's 14. We're at 914 Chestnut.",
         spoken="is this something for an ambulance or should i just take him in yesterday evening around seven my son grabbed the muffler of the roto tiller to drag it back into the shed and burned his whole palm this morning it's covered in big blisters some of them broke and it's weeping and he can't close his hand he's fourteen we're at nine fourteen chesnut",
         at="2034-05-12 09:45", entities=[("local", "2034-05-11 19:00"), P(count="1", sex="male")],
         places=[("address", 914, "Chestnut Street")], category="medical", priority="medium"),

    # ---------------------------------------------------------------- robbery
    # Prom pictures robbed at gunpoint on a bandstand: critical. "two men in ski masks" 2 male ("ski mask"), the one
    # with the gun a person of his own ("red hoodie"; "all in black" no clothing); the son and his date persons; "a gun"
    # "gun"; the bandstand steps are Maple Square's; "toward Pine" a street alone.
    dict(written="We're taking prom pictures on the bandstand steps in Maple Square and two men in ski masks came up on us, one held a gun on my son and his date and the other one took her clutch, my son's phone and his wallet. They ran off toward Pine. The one with the gun is in a red hoodie, the other's all in black. Please hurry, I can still see them.",
         spoken="we're taking prom pictures on the band stand steps in maple square and two men in ski masks came up on us one held a gun on my son and his date and the other one took her clutch my son's phone and his wallet they ran off toward pine the one with the gun is in a red hoodie the other's all in black please hurry i can still see them",
         at="2034-05-13 16:40", entities=[P(count="2", sex="male", clothing=["ski mask"]), P(count="1", sex="male"), P(count="1", sex="female"), W("gun"), P(count="1", clothing=["red hoodie"])],
         places=[("landmark", "Maple Square")], category="robbery", priority="critical"),
    # A florist's driver whose van full of Mother's Day orders was taken at gunpoint on a doorstep: robbery, critical.
    # "Black guy, maybe 25" male 22-28, "grey sweatshirt" and "jeans" kept; "a silver gun" "gun"; "White Ford Transit"
    # transit (no type: the model describes it) with its plate (HDW4472), going east; "1142 Maple" the address; "toward
    # 12th" a street alone.
    dict(written="I drive for Larkspur Flowers. I just walked up the steps at 1142 Maple with a bouquet and a man came around the hedge, pointed a silver gun at my stomach and said keys. He took my van with all the Mother's Day orders in it! White Ford Transit, our name on the sides, plate HDW 4472. He went east on Maple toward 12th. Black guy, maybe 25, grey sweatshirt, jeans.",
         spoken="i drive for larkspur flowers i just walked up the steps at eleven forty two mabel with a bouquet and a man came around the hedge pointed a silver gun at my stomach and said keys he took my van with all the mother's day orders in it white ford transit our name on the sides plate h d w four four seven two he went east on maple toward twelfth black guy maybe twenty five gray sweatshirt jeans",
         at="2034-05-13 11:05", entities=[P(count="1", sex="male", age="22-28", clothing=["grey sweatshirt", "jeans"]), W("gun"), V(colour="white", make="ford", model="transit", plate="HDW4472", direction="east"), ("now",)],
         places=[("address", 1142, "Maple Avenue")], category="robbery", priority="critical"),
    # A gold chain torn off a shopper at the plant sale with a shove, the neck cut by the clasp: robbery, high (force;
    # an injury). "Young" 18-29, "green windbreaker" -> "green jacket", "backwards Red Sox cap" -> "red cap"; the lot
    # and the playground are Lincoln Elementary's.
    dict(written="A guy just ripped the gold chain off my neck while I was bent over the tomato flats at the Garden Club sale at Lincoln Elementary. When I grabbed for it he shoved me into the table, and the clasp cut the side of my neck, it's bleeding. He ran across the parking lot toward the playground. Young, green windbreaker, backwards Red Sox cap.",
         spoken="a guy just ripped the gold chain off my neck while i was bent over the tomato flats at the garden club sale at lincoln elementary when i grabbed for it he shoved me into the table and the clasp cut the side of my neck it's bleeding he ran across the parking lot toward the playground young green wind breaker backwards red sox cap",
         at="2034-05-13 10:15", entities=[P(count="1", sex="male", age="18-29", clothing=["green jacket", "red cap"]), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="robbery", priority="high"),
    # Non-native: a food-delivery rider pushed off his bike, his chin cut and a tooth loose, the bike and phone taken:
    # robbery, high (force; an injury). "two boys" 2 male; the caller's own bike no vehicle; the lady whose phone he
    # uses a person; "Kingsley by 4th" the intersection; "toward Pine" a street alone.
    dict(written="Hello, I am delivery for the food app. On Kingsley by 4th two boys push me off my bike, I fall on my face, and they take the bike with the food bag and my phone on it. My chin is cut open and one tooth is loose. They go on my bike toward Pine, one ride and one run beside. I call from the phone of the lady in this house.",
         spoken="hello i am delivery for the food app on kingsly by fourth two boys push me off my bike i fall on my face and they take the bike with the food bag and my phone on it my chin is cut open and one tooth is loose they go on my bike toward pine one ride and one run beside i call from the phone of the lady in this house",
         at="2034-05-10 21:20", entities=[P(count="2", sex="male"), P(count="1", sex="female")],
         places=[("intersection", "Kingsley Avenue", "4th Street")], category="robbery", priority="high"),
    # Two men taking an angler's stringer of trout and shoving him off the bank into the river, his wrist swelling:
    # robbery, high (force; an injury). "Two guys in camo jackets" 2 male ("camo jacket"); "black Jeep Cherokee"
    # cherokee (a kayak rack no vehicle); "the River Road pull-off by 6th" the intersection.
    dict(written="Two guys just took my stringer of trout off the rock at the River Road pull-off by 6th, and when I grabbed it back one of them shoved me backwards into the river. I got out, but I'm soaked through and shaking and my wrist's swelling up fast. They drove off in a black Jeep Cherokee with a kayak rack. Both in camo jackets.",
         spoken="two guys just took my stringer of trout off the rock at the river road pull off by sixth and when i grabbed it back one of them shoved me backwards into the river i got out but i'm soaked through and shaking and my wrist's swelling up fast they drove off in a black jeep cherokee with a kayak rack both in camo jackets",
         at="2034-05-10 08:10", entities=[P(count="2", sex="male", clothing=["camo jacket"]), V(colour="black", make="jeep", model="cherokee"), ("now",)],
         places=[("intersection", "River Road", "6th Street")], category="robbery", priority="high"),
    # "Around 1 this morning" 01:00, told at 10:05: tips taken with a gun claimed and never seen: robbery, high (as
    # holdout7's and holdout22's claimed guns, no weapon) lowered to medium (hours old). The man a person; "Chestnut
    # between 1st and 2nd" the 100 block; "toward Old Mill Road" a street alone; "$260" no address.
    dict(written="I'm reporting a hold-up. Around 1 this morning I was on foot coming back from the bus after my shift, on Chestnut between 1st and 2nd, and a man stepped up beside me with his hand in his hoodie pocket and told me there was a gun in there and to hand over my tips. I didn't see any gun. He took about $260 and ran toward Old Mill Road. My phone was dead, that's why I'm only calling now.",
         spoken="i'm reporting a hold up around one this morning i was on foot coming back from the bus after my shift on chesnut between first and second and a man stepped up beside me with his hand in his hoodie pocket and told me there was a gun in there and to hand over my tips i didn't see any gun he took about two hundred sixty dollars and ran toward old mill road my phone was dead that's why i'm only calling now",
         at="2034-05-08 10:05", entities=[("local", "2034-05-08 01:00"), P(count="1", sex="male")],
         places=[("block", 100, "Chestnut Street")], category="robbery", priority="medium"),

    # ---------------------------------------------------------------- assault
    # A sidewalk worker hit over the head with a chunk of broken sidewalk, down, not waking and breathing badly: a life
    # at risk (critical). The worker and the man ("Heavyset" heavy, "blue work shirt" -> "blue shirt", "jeans" kept)
    # persons; the chunk of concrete no weapon (improvised, as holdout22's skateboard); "Elm between 4th and 5th" the
    # 400 block; "toward Main" a street alone.
    dict(written="One of the sidewalk guys on Elm between 4th and 5th just got hit over the head with a chunk of the old sidewalk. A man who was mad he had to wait to get across the boards they laid over the dirt picked it up off the rubble pile and swung it. The worker's flat out in the dirt, not waking up, and his breathing sounds deep and rattly. The man walked off toward Main. Heavyset, blue work shirt, jeans.",
         spoken="one of the side walk guys on elm between fourth and fifth just got hit over the head with a chunk of the old side walk a man who was mad he had to wait to get across the boards they laid over the dirt picked it up off the rubble pile and swung it the worker's flat out in the dirt not waking up and his breathing sounds deep and rattly the man walked off toward maine heavy set blue work shirt jeans",
         at="2034-05-10 16:20", entities=[P(count="1", sex="male"), P(count="1", sex="male", build="heavy", clothing=["blue shirt", "jeans"]), ("now",)],
         places=[("block", 400, "Elm Street")], category="assault", priority="critical"),
    # A sister's ex-husband breaking a brother's nose at a Mother's Day dinner, now revving his pickup out front:
    # assault, high (an injury). The ex, the brother, the sister and the mother persons; "his silver pickup" silver
    # pickup; "916 Cedar" the address.
    dict(written="My sister's ex-husband showed up at our mom's Mother's Day dinner at 916 Cedar without being invited, and when my brother told him to leave he punched him in the face. My brother's nose is crooked and bleeding all down his shirt. My sister ran upstairs. The ex is sitting out front in his silver pickup revving the engine. Mom's crying on the porch.",
         spoken="my sister's ex husband showed up at our mom's mother's day dinner at nine sixteen ceder without being invited and when my brother told him to leave he punched him in the face my brother's nose is crooked and bleeding all down his shirt my sister ran up stairs the ex is sitting out front in his silver pick up revving the engine mom's crying on the porch",
         at="2034-05-14 17:45", entities=[P(count="1", sex="male"), P(count="1", sex="male"), P(count="1", sex="female"), V(colour="silver", type="pickup"), P(count="1", sex="female")],
         places=[("address", 916, "Cedar Street")], category="assault", priority="high"),
    # A father punching a teenager in the mouth over crossed kite lines: assault, high. The dad ("Patriots jersey" ->
    # "jersey", "khaki shorts" kept), the boy (teenage, 13-19), the little girl and the boy's friends ("2+") persons;
    # the festival field is Riverside Park.
    dict(written="A dad at the Riverside Park kite festival just punched a teenage boy in the mouth because the boy's kite line crossed his little girl's and cut it loose. The kid's spitting blood and a tooth. The dad's still standing over him yelling, and the boy's friends are trying to pull him away. Dad's got a Patriots jersey and khaki shorts.",
         spoken="a dad at the riverside park kite festival just punched a teenage boy in the mouth because the boy's kite line crossed his little girl's and cut it loose the kid's spitting blood and a tooth the dad's still standing over him yelling and the boy's friends are trying to pull him away dad's got a patriots jersey and khaki shorts",
         at="2034-05-14 15:10", entities=[P(count="1", sex="male", clothing=["jersey", "khaki shorts"]), P(count="1", sex="male", age="13-19"), P(count="1", sex="female"), P(count="2+"), ("now",)],
         places=[("landmark", "Riverside Park")], category="assault", priority="high"),
    # A text from a 14-year-old: a stepfather slamming the mother's head into a fridge door, bleeding and dizzy:
    # assault, high (an injury). The stepfather and the mother persons; "now hes out in the garage" where he is (now);
    # "im 14" the caller's age; "518 hawthorn ave" the address.
    dict(written="my stepdad just slammed my moms head into the fridge door bc she didnt get him up in time for work and now hes out in the garage. theres blood running from her eyebrow and she says shes dizzy. im 14. 518 hawthorn ave, side door is unlocked. please dont call this phone he will hear it",
         spoken="my stepdad just slammed my mom's head into the fridge door because she didn't get him up in time for work and now he's out in the garage there's blood running from her eyebrow and she says she's dizzy i'm fourteen five eighteen hawthorne avenue side door is unlocked please don't call this phone he will hear it",
         at="2034-05-11 06:40", entities=[P(count="1", sex="male"), P(count="1", sex="female"), ("now",)],
         places=[("address", 518, "Hawthorn Avenue")], category="assault", priority="high"),
    # At the prom promenade a boy dragging a girl down the school steps by her hair: assault, high (injuries). The boy
    # ("Tall" tall, "black tux" -> "black suit"), the girl ("green gown" -> "green dress") and "a bunch of dads" (3+
    # male) persons; "grey Honda Accord" accord; "in the bus circle now" where he is (now); "in front of Oakford High"
    # relative.
    dict(written="At the prom promenade in front of Oakford High a boy grabbed a girl in a green gown by the hair and dragged her down the front steps because she wouldn't go to prom with him. Her knees are scraped raw and bleeding and her gown's ripped. He let go when a bunch of dads came running, and he's sitting in a grey Honda Accord in the bus circle now. Tall, black tux.",
         spoken="at the prom promenade in front of oakford high a boy grabbed a girl in a green gown by the hair and dragged her down the front steps because she wouldn't go to prom with him her knees are scraped raw and bleeding and her gown's ripped he let go when a bunch of dads came running and he's sitting in a gray honda accord in the bus circle now tall black tux",
         at="2034-05-13 17:05", entities=[P(count="1", sex="male", height="tall", clothing=["black suit"]), P(count="1", sex="female", clothing=["green dress"]), P(count="3+", sex="male"), V(colour="grey", make="honda", model="accord"), ("now",)],
         places=[("relative", ("landmark", "Oakford High School"))], category="assault", priority="high"),
    # A web report on the Wednesday about "Monday around 5:15 pm" (17:15 two days before): a woman with a walker shoved
    # off a plywood walkway by a cyclist, a bruised hip: assault, high lowered to medium (days old). The man ("yellow
    # raincoat" kept, a white beard no clothing) a person and "on a bike" a bicycle; "Elm between 3rd and 4th" the 300
    # block; "toward 3rd" a street alone.
    dict(written="Web report: Monday around 5:15 pm, where the sidewalk's torn out on Elm between 3rd and 4th, a man on a bike rang at me to move, and when I couldn't get my walker off the plywood fast enough he shoved me off it into the dirt. I landed on my hip and it's purple now. He rode off toward 3rd. White beard, yellow raincoat.",
         spoken="web report monday around five fifteen p m where the side walk's torn out on elm between third and fourth a man on a bike rang at me to move and when i couldn't get my walker off the plywood fast enough he shoved me off it into the dirt i landed on my hip and it's purple now he rode off toward third white beard yellow rain coat",
         at="2034-05-10 08:20", entities=[("local", "2034-05-08 17:15"), P(count="1", sex="male", clothing=["yellow raincoat"]), V(type="bicycle")],
         places=[("block", 300, "Elm Street")], category="assault", priority="medium"),
    # Elderly: "Yesterday evening about 6" 18:00 the day before: a young man who mows for a church threw dirt at an
    # 82-year-old caller and pushed the caller against a car, a bruise: assault, high lowered to medium. "the young
    # fellow" 18-29; the caller's own car no vehicle; "172 Church Street" an address on a short street.
    dict(written="I'm 82 and I want this written down. Yesterday evening about 6 the young fellow who mows for the church next door blew grass clippings all over my new seedlings, and when I said quit it, he threw a clod of dirt at me and pushed me back against my car. I've a bruise on my arm the size of a plum. 172 Church Street.",
         spoken="i'm eighty two and i want this written down yesterday evening about six the young fellow who mows for the church next door blew grass clippings all over my new seedlings and when i said quit it he threw a clod of dirt at me and pushed me back against my car i've a bruise on my arm the size of a plum one seventy two church street",
         at="2034-05-12 10:00", entities=[("local", "2034-05-11 18:00"), P(count="1", sex="male", age="18-29")],
         places=[("address", 172, "Church Street")], category="assault", priority="medium"),

    # ---------------------------------------------------------------- burglary
    # "It's 10:40" said while a flashlight moves through the closed library is that time: burglary, medium raised to
    # high (a said time within 15 minutes). "Somebody" a person; "they close at 8" a schedule; the side door by the
    # construction is the library's.
    dict(written="I'm walking my dog past the Oakford Public Library and there's a flashlight beam sweeping across the children's room. It's 10:40 and they close at 8. The side door by the sidewalk construction is propped open with a chunk of concrete and the orange fence is pulled back from it. Somebody's in there, I just saw them cross in front of the window.",
         spoken="i'm walking my dog past the oakford public library and there's a flash light beam sweeping across the children's room it's ten forty and they close at eight the side door by the side walk construction is propped open with a chunk of concrete and the orange fence is pulled back from it somebody's in there i just saw them cross in front of the window",
         at="2034-05-09 22:42", entities=[("local", "2034-05-09 22:40"), P(count="1")],
         places=[("landmark", "Oakford Public Library")], category="burglary", priority="high"),
    # An alarm company: a door contact at "0251 hrs" then motion in the room where the AP exam booklets are kept, told
    # at 02:58: burglary, high (within 15 minutes). Nobody seen, so no person; the keyholder (en route) no person; "ETA
    # 20 min" no time.
    dict(written="Northeast Alarm Services for Oakford High School. Door contact on the main office at 0251 hrs, followed by motion in the vault room where the AP exam booklets are stored. No audio. Keyholder is the assistant principal, en route, ETA 20 min. Zone sequence indicates entry from the courtyard side.",
         spoken="northeast alarm services for oakford high school door contact on the main office at zero two fifty one hours followed by motion in the vault room where the a p exam booklets are stored no audio key holder is the assistant principal en route e t a twenty minutes zone sequence indicates entry from the courtyard side",
         at="2034-05-10 02:58", entities=[("local", "2034-05-10 02:51")],
         places=[("landmark", "Oakford High School")], category="burglary", priority="high"),
    # A fiber crew lead: one of his men saw a man climb in a back window of a house whose family is at work, and he is
    # still inside "right now": burglary, medium raised to high. "One of my guys" and the man ("Skinny" thin, "grey
    # hoodie" kept, the backpack kept) persons; the family (away) no persons; "at 7" a habit; "1063 Maple" the address
    # ("Maple" alone, where the crew is, no place).
    dict(written="Fiber crew lead. We're boring along Maple today and one of my guys just watched a man pull the screen off a back window at 1063 Maple and climb in. The family that lives there leaves for work at 7. He's still inside right now, we can hear stuff getting knocked over. Skinny guy, grey hoodie, backpack.",
         spoken="fiber crew lead we're boring along maple today and one of my guys just watched a man pull the screen off a back window at ten sixty three maple and climb in the family that lives there leaves for work at seven he's still inside right now we can hear stuff getting knocked over skinny guy gray hoodie back pack",
         at="2034-05-11 14:15", entities=[P(count="1"), P(count="1", sex="male", build="thin", clothing=["grey hoodie", "backpack"]), ("now",)],
         places=[("address", 1063, "Maple Avenue")], category="burglary", priority="high"),
    # "sometime overnight" 02:00, told at 07:30 (five and a half hours): a park snack shack pried open and a kite
    # festival's sound system and raffle baskets taken: burglary, medium. "somebody" a person; "at noon" a schedule; the
    # snack shack and the footpath are Riverside Park's.
    dict(written="Kite festival committee. We just got to Riverside Park to set up, and sometime overnight somebody pried the door of the snack shack off its hinges, where we'd stored the raffle prizes and the PA system. The speakers, the mixer and both raffle baskets are gone. They drove right up the footpath, the grass is rutted from tires. The festival starts at noon.",
         spoken="kite festival committee we just got to river side park to set up and sometime overnight somebody pried the door of the snack shack off its hinges where we'd stored the raffle prizes and the p a system the speakers the mixer and both raffle baskets are gone they drove right up the foot path the grass is rutted from tires the festival starts at noon",
         at="2034-05-14 07:30", entities=[("local", "2034-05-14 02:00"), P(count="1")],
         places=[("landmark", "Riverside Park")], category="burglary", priority="medium"),
    # A garage kicked in during Mother's Day brunch, "around noon" (12:00, an hour and twenty minutes before): burglary,
    # medium. The husband and the kids (through possessives, "2+") and the neighbour persons; "a white pickup" white
    # pickup (a trailer no vehicle); "1167 Pine" the address.
    dict(written="We just got home from Mother's Day brunch and our garage's side door at 1167 Pine got kicked in. My husband's new mower, his chainsaw and the kids' bikes are gone. The neighbor across the street saw a white pickup with a trailer backed up to it around noon and figured it was the landscapers.",
         spoken="we just got home from mother's day brunch and our garage's side door at eleven sixty seven pine got kicked in my husband's new mower his chainsaw and the kids bikes are gone the neighbor across the street saw a white pick up with a trailer backed up to it around noon and figured it was the landscapers",
         at="2034-05-14 13:20", entities=[P(count="1", sex="male"), P(count="2+"), P(count="1"), V(colour="white", type="pickup"), ("local", "2034-05-14 12:00")],
         places=[("address", 1167, "Pine Street")], category="burglary", priority="medium"),
    # A house entered while its owner was away two weeks, found on his return: burglary lowered to low (days old). The
    # lady next door a person; the daughter (in Ohio), the late wife and the nephew no persons; "over the weekend" no
    # time; "1031 Chestnut" the address.
    dict(written="I'm home after two weeks at my daughter's in Ohio and the slider off my deck at 1031 Chestnut has been pried. The bed in the spare room's been slept in, and my late wife's jewelry box and my good fly rods are gone. The lady next door says she saw the slider standing open over the weekend and figured my nephew was staying here.",
         spoken="i'm home after two weeks at my daughter's in ohio and the slider off my deck at ten thirty one chestnut has been pried the bed in the spare room's been slept in and my late wife's jewelry box and my good fly rods are gone the lady next door says she saw the slider standing open over the weekend and figured my nephew was staying here",
         at="2034-05-12 18:30", entities=[P(count="1", sex="female")],
         places=[("address", 1031, "Chestnut Street")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # Before the plant sale opens, a woman loading its hanging baskets into her minivan "right now": theft, medium
    # raised to high. "She's older" 60-90, "purple fleece" -> "purple jacket", short grey hair no clothing; "a tan
    # minivan"; "at 8" a schedule; "$35" no address; the racks are Lincoln Elementary's.
    dict(written="Garden Club, we're setting up our plant sale at Lincoln Elementary before we open at 8. A woman just backed a tan minivan up to our hanging basket racks and she's loading them into the back right now as fast as she can, she's got maybe ten in already. They're $35 apiece. She's older, short grey hair, purple fleece. I'm going to try to get the plate.",
         spoken="garden club we're setting up our plant sale at lincoln elementary before we open at eight a woman just backed a tan minivan up to our hanging basket racks and she's loading them into the back right now as fast as she can she's got maybe ten in already they're thirty five dollars apiece she's older short gray hair purple fleece i'm going to try to get the plate",
         at="2034-05-13 07:15", entities=[P(count="1", sex="female", age="60-90", clothing=["purple jacket"]), V(colour="tan", type="minivan"), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="theft", priority="high"),
    # On Bike to Work Day, a man grinding the lock off a red e-bike at the station racks "right now": theft, high. The
    # man ("Black hoodie" kept, "grey work pants" -> "grey pants", "hood pulled up" no clothing; a duffel bag no
    # clothing) a person, "everybody" watching "2+"; "a red e-bike" red bicycle; "outside Central Station" relative.
    dict(written="It's Bike to Work Day and the racks outside Central Station are packed, and some guy's cutting the lock off a red e-bike with a cordless angle grinder right now, sparks flying everywhere, in front of everybody. Nobody's stopping him. Black hoodie, hood pulled up, grey work pants, big duffel bag.",
         spoken="it's bike to work day and the racks outside central station are packed and some guy's cutting the lock off a red e bike with a cordless angle grinder right now sparks flying everywhere in front of everybody nobody's stopping him black hoodie hood pulled up gray work pants big duffel bag",
         at="2034-05-12 08:40", entities=[P(count="1", sex="male", clothing=["black hoodie", "grey pants"]), V(colour="red", type="bicycle"), ("now",), P(count="2+")],
         places=[("relative", ("landmark", "Central Station"))], category="theft", priority="high"),
    # "about 20 minutes ago": a boy's dragon kite carried off at the kite festival: theft, medium. The son, the lady who
    # saw it and the man ("blue bucket hat" -> "blue hat") persons; "thirty-foot" and "$180" no numbers of a place; the
    # lemonade truck and the lot are Riverside Park's.
    dict(written="Someone took my son's big dragon kite at the Riverside Park kite festival, the one with the thirty-foot tail, while we were in line at the lemonade truck, about 20 minutes ago. A lady saw a man carrying it rolled up under his arm toward the parking lot. Blue bucket hat, she said. It was $180 and my son's in tears.",
         spoken="someone took my son's big dragon kite at the riverside park kite festival the one with the thirty foot tail while we were in line at the lemonade truck about twenty minutes ago a lady saw a man carrying it rolled up under his arm toward the parking lot blue bucket hat she said it was a hundred eighty dollars and my son's in tears",
         at="2034-05-14 13:10", entities=[P(count="1", sex="male"), ("ago", 20), P(count="1", sex="female"), P(count="1", sex="male", clothing=["blue hat"])],
         places=[("landmark", "Riverside Park")], category="theft", priority="medium"),
    # Seedling flats and a fuchsia basket taken off a porch while the caller weeded out back (no time said): theft,
    # medium. "Somebody" a person; "this morning" (when she bought them) no time; "for maybe an hour" a duration; the
    # Garden Club sale no place of the tip; "1049 Oak" the address.
    dict(written="Somebody took the two flats of tomato and pepper seedlings I bought at the Garden Club sale this morning right off my front porch at 1049 Oak, and the fuchsia basket that was hanging over the steps. I was out back weeding for maybe an hour. On the day before Mother's Day, too.",
         spoken="somebody took the two flats of tomato and pepper seedlings i bought at the garden club sale this morning right off my front porch at ten forty nine oak and the fuchsia basket that was hanging over the steps i was out back weeding for maybe an hour on the day before mother's day too",
         at="2034-05-13 16:30", entities=[P(count="1")],
         places=[("address", 1049, "Oak Street")], category="theft", priority="medium"),
    # "about 40 minutes ago": a cable locator taken from a fiber crew's truck, seen going off under a boy's arm: theft,
    # medium. The lady and the kid ("skinny" thin) persons; "a black BMX bike" black bicycle; "Maple between 9th and
    # 10th" the 900 block; "toward 10th" a street alone.
    dict(written="Fiber crew lead, we're working Maple between 9th and 10th today. While we were down in the bore pit our truck got opened and the cable locator's gone, the yellow case with the wand, about 40 minutes ago. A lady across the street saw a skinny kid on a black BMX bike riding off toward 10th with a big yellow case under his arm.",
         spoken="fiber crew lead we're working maple between ninth and tenth today while we were down in the bore pit our truck got opened and the cable locator's gone the yellow case with the wand about forty minutes ago a lady across the street saw a skinny kid on a black b m x bike riding off toward tenth with a big yellow case under his arm",
         at="2034-05-12 11:40", entities=[("ago", 40), P(count="1", sex="female"), P(count="1", sex="male", build="thin"), V(colour="black", type="bicycle")],
         places=[("block", 900, "Maple Avenue")], category="theft", priority="medium"),
    # Lilacs cut from a front fence every morning before 6 (a habit): theft, low. The woman seen "Yesterday" a person;
    # "before 6" and "every morning" a habit, "Yesterday" no time; "1110 Maple Ave" the address; "toward 11th" a street
    # alone.
    dict(written="This is silly, but it's every morning now. Somebody's been coming by before 6 and cutting armfuls of lilacs off the bushes along my front fence at 1110 Maple Ave, the whole street side is stripped. Yesterday I caught sight of a woman with garden shears and a bucket heading off toward 11th. I'd bet she's selling them for Mother's Day.",
         spoken="this is silly but it's every morning now somebody's been coming by before six and cutting armfuls of lilacs off the bushes along my front fence at eleven ten maple avenue the whole street side is stripped yesterday i caught sight of a woman with garden shears and a bucket heading off toward eleventh i'd bet she's selling them for mother's day",
         at="2034-05-12 07:20", entities=[P(count="1", sex="female")],
         places=[("address", 1110, "Maple Avenue")], category="theft", priority="low"),
    # "Sometime last night" 23:00 the day before, told at 09:40: a rented tux jacket, vest and wallet taken from an
    # unlocked car: theft lowered to low (hours old). "somebody" and the son persons; the son's car (the family's own,
    # undescribed) no vehicle; "tomorrow" no time; "622 11th Street" an address on a numbered street.
    dict(written="Sometime last night somebody got into my son's car in our driveway at 622 11th Street and took the tuxedo jacket and vest he rented for prom, plus his wallet from the console. He left it unlocked, I know. The tux has to go back to the rental place tomorrow or we pay for it.",
         spoken="sometime last night somebody got into my son's car in our drive way at six twenty two eleventh street and took the tuxedo jacket and vest he rented for prom plus his wallet from the console he left it unlocked i know the tux has to go back to the rental place tomorrow or we pay for it",
         at="2034-05-14 09:40", entities=[("local", "2034-05-13 23:00"), P(count="1"), P(count="1", sex="male")],
         places=[("address", 622, "11th Street")], category="theft", priority="low"),

    # ---------------------------------------------------------------- traffic
    # An old man run over by a backing car and pinned under its bumper, not moving: a life at risk (critical). The old
    # man (60-90), the young woman driving (18-29) and "some guys" ("2+" male) persons; "blue Subaru Crosstrek"
    # crosstrek; the lot by the garden center is FreshMart's.
    dict(written="A car reversing out of a space in the FreshMart lot by the garden center just ran over an old man pushing a cart of flowers. He's under the back bumper and he's not moving or talking. The driver's a young woman in a blue Subaru Crosstrek and she's screaming. Some guys are trying to lift the back of the car off him. Send everybody.",
         spoken="a car reversing out of a space in the fresh mart lot by the garden center just ran over an old man pushing a cart of flowers he's under the back bumper and he's not moving or talking the driver's a young woman in a blue subaru crosstrek and she's screaming some guys are trying to lift the back of the car off him send everybody",
         at="2034-05-08 10:20", entities=[P(count="1", sex="male", age="60-90"), P(count="1", sex="female", age="18-29"), V(colour="blue", make="subaru", model="crosstrek"), P(count="2+", sex="male"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="traffic", priority="critical"),
    # On Bike to Work Day a cyclist clipped by a right-turning box truck, a shin broken, talking: traffic, high. The
    # cyclist a person and "a road bike" a bicycle; "White Isuzu box truck" white isuzu truck; "off Main onto 9th" the
    # intersection of Main and 9th.
    dict(written="Bike to Work Day and a guy on a road bike just got clipped by a box truck turning right off Main onto 9th. He's on the pavement holding his leg, his shin's bent in the middle, his helmet's cracked but he's talking. The truck stopped. White Isuzu box truck with a linen company's name on it.",
         spoken="bike to work day and a guy on a road bike just got clipped by a box truck turning right off maine onto ninth he's on the pavement holding his leg his shin's bent in the middle his helmet's cracked but he's talking the truck stopped white isuzu box truck with a linen company's name on it",
         at="2034-05-12 07:50", entities=[P(count="1", sex="male"), V(type="bicycle"), V(colour="white", make="isuzu", type="truck"), ("now",)],
         places=[("intersection", "Main Street", "9th Street")], category="traffic", priority="high"),
    # After the prom, a car on its side in a ditch with kids climbing out, one bleeding from the head: traffic, high
    # (injuries). "four of them" 4, the boy and the girl with their own injuries persons of their own; "silver Toyota
    # Camry" camry; "Old Mill Road by Maple" the intersection.
    dict(written="There's a car tipped over in the ditch off Old Mill Road by Maple and kids in prom clothes are climbing out the top window. One boy's got blood all down the side of his face, and a girl's sitting in the road holding her arm against her chest. I think there's four of them. It's a silver Toyota Camry, the wheels are still spinning.",
         spoken="there's a car tipped over in the ditch off old mill road by maple and kids in prom clothes are climbing out the top window one boy's got blood all down the side of his face and a girl's sitting in the road holding her arm against her chest i think there's four of them it's a silver toyota camry the wheels are still spinning",
         at="2034-05-14 00:40", entities=[P(count="4"), P(count="1", sex="male"), P(count="1", sex="female"), V(colour="silver", make="toyota", model="camry")],
         places=[("intersection", "Old Mill Road", "Maple Avenue")], category="traffic", priority="high"),
    # A van dragging the sidewalk job's barrier fence and blocks across a lane, gone on (no time said): traffic, medium
    # (a hazard). "A white delivery van" white van; cars swerving are cars in general; "Elm between 5th and 6th" the 500
    # block.
    dict(written="A white delivery van just clipped the end of the barrier for the sidewalk job on Elm between 5th and 6th and dragged it into the street, and now the concrete blocks and the orange fencing are lying across the whole eastbound lane. The van kept going. Cars are crossing the yellow line to get past. No crew here yet.",
         spoken="a white delivery van just clipped the end of the barrier for the side walk job on elm between fifth and sixth and dragged it into the street and now the concrete blocks and the orange fencing are lying across the whole east bound lane the van kept going cars are crossing the yellow line to get past no crew here yet",
         at="2034-05-09 08:10", entities=[V(colour="white", type="van"), ("now",)],
         places=[("block", 500, "Elm Street")], category="traffic", priority="medium"),
    # Two cars bumping in the brunch traffic, nobody hurt, both drivers blocking the intersection: traffic, medium. "A
    # green Kia Soul" soul and "a black Lexus SUV" lexus suv; "both drivers" 2; "Elm and 7th" the intersection.
    dict(written="Two cars just bumped at Elm and 7th, everybody's fighting for brunch parking down here. A green Kia Soul and a black Lexus SUV. No injuries, but the two drivers are standing out in the intersection screaming at each other, and traffic's stuck both ways.",
         spoken="two cars just bumped at elm and seventh everybody's fighting for brunch parking down here a green kia soul and a black lexus s u v no injuries but the two drivers are standing out in the intersection screaming at each other and traffic's stuck both ways",
         at="2034-05-14 12:30", entities=[V(colour="green", make="kia", model="soul"), V(colour="black", make="lexus", type="suv"), P(count="2"), ("now",)],
         places=[("intersection", "Elm Street", "7th Street")], category="traffic", priority="medium"),
    # A web tip about anglers' trucks jutting into River Road every morning since the stocking (a habit): traffic, low.
    # The trucks are vehicles in general; "Tuesday", "every morning" and "from about 5 to 9" no times; "River Road by
    # 10th" the intersection.
    dict(written="Web tip: Since the state stocked the river on Tuesday, every morning from about 5 to 9 there's trucks parked on both shoulders of River Road by 10th for the fishing, and the ones on the river side stick a couple feet out into the lane. I ride my bike to work that way and I have to go right out into traffic around them. Can somebody ticket them?",
         spoken="web tip since the state stocked the river on tuesday every morning from about five to nine there's trucks parked on both shoulders of river road by tenth for the fishing and the ones on the river side stick a couple feet out into the lane i ride my bike to work that way and i have to go right out into traffic around them can somebody ticket them",
         at="2034-05-11 13:00", entities=[],
         places=[("intersection", "River Road", "10th Street")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # "It's 3:20" said while two people with flashlights look over a fiber company's cable spools is that time: low
    # raised to medium. "a pickup" / "Older Ford, dark color" ford pickup with no colour; "Two people" 2; "the corner of
    # Birch and 9th" the intersection.
    dict(written="It's 3:20 in the morning and a pickup running dark just pulled up next to the big spools of cable the fiber company left on the corner of Birch and 9th. Two people hopped out holding flashlights and are circling the spools, checking them over. Older Ford, dark color. I'm watching from my upstairs window.",
         spoken="it's three twenty in the morning and a pick up running dark just pulled up next to the big spools of cable the fiber company left on the corner of burch and ninth two people hopped out holding flash lights and are circling the spools checking them over older ford dark color i'm watching from my up stairs window",
         at="2034-05-10 03:22", entities=[("local", "2034-05-10 03:20"), V(make="ford", type="pickup"), P(count="2")],
         places=[("intersection", "Birch Street", "9th Street")], category="suspicious_vehicle", priority="medium"),
    # A mother relaying a text: a car that followed her daughter and her date to the prom, "now" in the last row of the
    # lot, lights out, with somebody in it: low raised to medium. The daughter, the date and "somebody" persons; "grey
    # Nissan Altima" altima with a partial plate as said ("9N"); the brewery lot is the Old Mill Brewery's.
    dict(written="My daughter's at the prom at the Old Mill Brewery and she just texted me that the same grey Nissan Altima followed her and her date all the way from our house, and now it's pulled into the last row of the brewery lot, lights out, with somebody sitting in it. None of her friends know the car. She could see the plate starts with 9 N.",
         spoken="my daughter's at the prom at the old mill brewery and she just texted me that the same gray nissan altima followed her and her date all the way from our house and now it's pulled into the last row of the brewery lot lights out with somebody sitting in it none of her friends know the car she could see the plate starts with nine n",
         at="2034-05-13 19:05", entities=[P(count="1", sex="female"), P(count="1"), V(colour="grey", make="nissan", model="altima", plate="9N"), ("now",), P(count="1")],
         places=[("landmark", "Old Mill Brewery")], category="suspicious_vehicle", priority="medium"),
    # A pickup towing mulch bags crawling a block for half an hour, its two men eyeing new shrubs and a garage ("has
    # been crawling", "keep stopping": going on): low raised to medium. "Green Chevy" green chevrolet pickup; "Two men
    # inside" 2 male; a trailer no vehicle; "Cedar between 9th and 10th" the 900 block.
    dict(written="A pickup pulling a trailer of mulch bags has been crawling up and down Cedar between 9th and 10th for half an hour. Two men inside keep pulling over in front of houses with new shrubs and hanging baskets, and one just walked up a driveway and looked in a garage window. No company name on the truck. Green Chevy, older, rust on the doors.",
         spoken="a pick up pulling a trailer of mulch bags has been crawling up and down ceder between ninth and tenth for half an hour two men inside keep pulling over in front of houses with new shrubs and hanging baskets and one just walked up a drive way and looked in a garage window no company name on the truck green chevy older rust on the doors",
         at="2034-05-12 14:10", entities=[V(colour="green", make="chevrolet", type="pickup"), P(count="2", sex="male"), ("now",)],
         places=[("block", 900, "Cedar Street")], category="suspicious_vehicle", priority="medium"),
    # "It's 1:10" said while an SUV idles by a cinema's emergency exit during the after-prom lock-in is that time: low
    # raised to medium. "dark blue Audi Q7" blue audi q7; "two men" 2 male; "at 11" a schedule; "in the lot behind the
    # Grand Cinema" relative.
    dict(written="I'm one of the chaperones for the after-prom. It's 1:10 and there's a dark blue Audi Q7 backed into a spot in the lot behind the Grand Cinema by the emergency exit, engine running, two men in the front seats, and it's been there since the lock-in started at 11. They're not parents, we've checked every name on our list.",
         spoken="i'm one of the chaperones for the after prom it's one ten and there's a dark blue audi q seven backed into a spot in the lot behind the grand cinema by the emergency exit engine running two men in the front seats and it's been there since the lock in started at eleven they're not parents we've checked every name on our list",
         at="2034-05-14 01:12", entities=[("local", "2034-05-14 01:10"), V(colour="blue", make="audi", model="q7"), P(count="2", sex="male")],
         places=[("relative", ("landmark", "Grand Cinema"))], category="suspicious_vehicle", priority="medium"),
    # A plateless Jeep with a sleeping bag inside sitting behind a pharmacy since the Wednesday (a state): low. "blue
    # Jeep Compass" compass; "since Wednesday" no time; "in the lot behind the Main Street Pharmacy" relative.
    dict(written="There's a blue Jeep Compass with no plates on it sitting in the lot behind the Main Street Pharmacy since Wednesday. The windows are down a couple inches, there's a sleeping bag across the back and takeout wrappers piled on the dash. I haven't seen anybody come or go from it. Probably nothing.",
         spoken="there's a blue jeep compass with no plates on it sitting in the lot behind the main street pharmacy since wednesday the windows are down a couple inches there's a sleeping bag across the back and take out wrappers piled on the dash i haven't seen anybody come or go from it probably nothing",
         at="2034-05-12 16:00", entities=[V(colour="blue", make="jeep", model="compass")],
         places=[("relative", ("landmark", "Main Street Pharmacy"))], category="suspicious_vehicle", priority="low"),
    # A web tip about a hatchback sitting dark at a river pull-off after midnight three nights running (a habit): low.
    # "a little hatchback" hatchback; "after midnight" and "until 3 or so" a habit; "where River Road meets 11th" the
    # intersection.
    dict(written="Web tip: The last three nights, a little hatchback with one headlight out has pulled into the gravel pull-off where River Road meets 11th after midnight and sat there with its lights off until 3 or so. My kitchen window looks right at it. Nobody gets out. Probably kids, but it's right where the anglers leave their trucks at dawn.",
         spoken="web tip the last three nights a little hatch back with one head light out has pulled into the gravel pull off where river road meets eleventh after midnight and sat there with its lights off until three or so my kitchen window looks right at it nobody gets out probably kids but it's right where the anglers leave their trucks at dawn",
         at="2034-05-11 09:20", entities=[V(type="hatchback")],
         places=[("intersection", "River Road", "11th Street")], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # A man at the kite festival luring a little girl toward the river with her lost kite, "now" holding her wrist:
    # child luring (high). The man ("black windbreaker" -> "black jacket"; a grey beard and sunglasses no clothing), the
    # girl ("maybe 7" not annotated) and her mother persons; the river path is Riverside Park's.
    dict(written="A man at the kite fest in Riverside Park keeps telling a little girl, maybe 7, that her kite came down in the trees by the river and he'll take her to find it. I've heard him say it twice, and her mom's over at the face painting tent. He's got her by the wrist now and he's walking her toward the river path. Grey beard, black windbreaker, sunglasses.",
         spoken="a man at the kite fest in riverside park keeps telling a little girl maybe seven that her kite came down in the trees by the river and he'll take her to find it i've heard him say it twice and her mom's over at the face painting tent he's got her by the wrist now and he's walking her toward the river path gray beard black wind breaker sunglasses",
         at="2034-05-14 14:50", entities=[P(count="1", sex="male", clothing=["black jacket"]), P(count="1", sex="female"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Riverside Park")], category="suspicious_person", priority="high"),
    # "It's 2:50" said while a man stands in a backyard garden shining a light at the bedroom windows is that time: low
    # raised to medium. The man a person; the husband (at work) no person; "five minutes" a duration; "1145 Hawthorn"
    # the address.
    dict(written="It's 2:50 and there's a man standing in the middle of my vegetable beds in the backyard at 1145 Hawthorn, just shining a flashlight at the back of the house, at the bedroom windows. He hasn't moved in five minutes. My husband's working nights. I've got every light off up here.",
         spoken="it's two fifty and there's a man standing in the middle of my vegetable beds in the back yard at eleven forty five hawthorne just shining a flash light at the back of the house at the bedroom windows he hasn't moved in five minutes my husband's working nights i've got every light off up here",
         at="2034-05-12 02:52", entities=[("local", "2034-05-12 02:50"), P(count="1", sex="male")],
         places=[("address", 1145, "Hawthorn Avenue")], category="suspicious_person", priority="medium"),
    # A man cupping his hands at the windows of anglers' trucks at a river pull-off while they fish, "now" at the sixth
    # truck: low raised to medium. The man ("brown jacket" and "jeans" kept) a person; the anglers ("2+"); the trucks
    # are vehicles in general; "the River Road pull-off by 9th" the intersection.
    dict(written="There's a man at the River Road pull-off by 9th going truck to truck, cupping his hands on the windows and looking inside, while all the fishermen are down at the water. He's at the sixth truck now. Every so often he looks back down the bank. Brown jacket, jeans, no fishing gear on him at all.",
         spoken="there's a man at the river road pull off by ninth going truck to truck cupping his hands on the windows and looking inside while all the fishermen are down at the water he's at the sixth truck now every so often he looks back down the bank brown jacket jeans no fishing gear on him at all",
         at="2034-05-10 07:05", entities=[P(count="1", sex="male", clothing=["brown jacket", "jeans"]), P(count="2+", sex="male"), ("now",)],
         places=[("intersection", "River Road", "9th Street")], category="suspicious_person", priority="medium"),
    # A stranger photographing girls close up as they arrive at the prom, "still out there now": low raised to medium.
    # The man ("long tan coat" -> "tan coat") and the girls ("2+" female) persons; the walkway and the hedge are the Old
    # Mill Brewery's.
    dict(written="Old Mill Brewery, I'm working the door for the Oakford High prom. Some stranger in a long tan coat, nobody's parent, has parked himself where the walkway meets the lot, photographing the girls up close as they walk in. We asked him twice who he's with and he just smiles and moves a few feet. He's still out there now by the hedge.",
         spoken="old mill brewery i'm working the door for the oakford high prom some stranger in a long tan coat nobody's parent has parked himself where the walk way meets the lot photographing the girls up close as they walk in we asked him twice who he's with and he just smiles and moves a few feet he's still out there now by the hedge",
         at="2034-05-13 18:20", entities=[P(count="1", sex="male", clothing=["tan coat"]), P(count="2+", sex="female"), ("now",)],
         places=[("landmark", "Old Mill Brewery")], category="suspicious_person", priority="medium"),
    # A woman collecting "for Mother's Day flowers" who tries back doors where nobody answers, "now" at the blue house:
    # low raised to medium. "Pink jacket" and "white sneakers" kept; the nursing home no place; "Spruce between 6th and
    # 7th" the 600 block.
    dict(written="A woman with a clipboard is working her way along Spruce between 6th and 7th, saying she's collecting for Mother's Day flowers for the nursing home. When nobody answers she goes around back and tries the back door. She just did it at my neighbor's and now she's at the blue one at the end. Pink jacket, white sneakers.",
         spoken="a woman with a clip board is working her way along spruse between sixth and seventh saying she's collecting for mother's day flowers for the nursing home when nobody answers she goes around back and tries the back door she just did it at my neighbor's and now she's at the blue one at the end pink jacket white sneakers",
         at="2034-05-08 13:30", entities=[P(count="1", sex="female", clothing=["pink jacket", "white sneakers"]), ("now",)],
         places=[("block", 600, "Spruce Street")], category="suspicious_person", priority="medium"),
    # A web tip about a man shining a phone light into garages along an alley every night around 11 (a habit): low.
    # "Tall" tall, "dark green raincoat" -> "green raincoat"; "the alley behind my house on Willow between 8th and 9th"
    # the 800 block.
    dict(written="Web tip: For about a week now, around 11 each night, a man walks down the alley behind my house on Willow between 8th and 9th and stops at each garage to shine his phone light through the windows. I've never seen him try a door. Tall, always the same dark green raincoat.",
         spoken="web tip for about a week now around eleven each night a man walks down the alley behind my house on willow between eighth and ninth and stops at each garage to shine his phone light through the windows i've never seen him try a door tall always the same dark green rain coat",
         at="2034-05-10 10:10", entities=[P(count="1", sex="male", height="tall", clothing=["green raincoat"])],
         places=[("block", 800, "Willow Street")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- drugs
    # A man dealing from a bait cooler to anglers in a gas station lot, a pistol in his waistband: drugs with a weapon
    # seen (high, as holdout24's dealer). The man ("red flannel" -> "red shirt", "jeans" kept) and the buyers ("2+")
    # persons; "a black pistol" "handgun"; "a tan pickup" tan pickup; the lot is the QuickStop's.
    dict(written="There's a guy in the QuickStop lot where everybody stops for bait, dealing out of a bait cooler to the guys coming back from fishing, worms on top and little bags underneath, cash every few minutes. When he leaned into the tailgate the back of his flannel hiked up and there's a black pistol tucked in his waistband. Red flannel, jeans, a tan pickup.",
         spoken="there's a guy in the quick stop lot where everybody stops for bait dealing out of a bait cooler to the guys coming back from fishing worms on top and little bags underneath cash every few minutes when he leaned into the tail gate the back of his flannel hiked up and there's a black pistol tucked in his waist band red flannel jeans a tan pick up",
         at="2034-05-11 17:30", entities=[P(count="1", sex="male", clothing=["red shirt", "jeans"]), P(count="2+", sex="male"), W("handgun"), V(colour="tan", type="pickup")],
         places=[("landmark", "QuickStop Gas")], category="drugs", priority="high"),
    # A woman who is not with the Garden Club selling marijuana plants as "heirloom tomatoes" at the end of its sale
    # ("is selling", going on): low raised to medium. The woman and "The club ladies" ("2+" female) persons; "maybe
    # fifty" and "ten bucks" no numbers of a place; the lot is Lincoln Elementary's.
    dict(written="There's a woman with a folding table down past the last row of the Lincoln Elementary plant sale who isn't with the Garden Club, and she's selling little potted heirloom tomatoes that are very obviously pot plants, you can see the leaves from here. She's telling people ten bucks each and she's got maybe fifty left. The club ladies are furious.",
         spoken="there's a woman with a folding table down past the last row of the lincoln elementary plant sale who isn't with the garden club and she's selling little potted heirloom tomatoes that are very obviously pot plants you can see the leaves from here she's telling people ten bucks each and she's got maybe fifty left the club ladies are furious",
         at="2034-05-13 11:30", entities=[P(count="1", sex="female"), P(count="2+", sex="female")],
         places=[("landmark", "Lincoln Elementary School")], category="drugs", priority="medium"),
    # A man selling mulch from a pickup who "keeps slipping" baggies to drivers who take no mulch: low raised to medium.
    # The man and "people" ("2+") persons; "White Dodge Ram" dodge ram (no type: the model describes the pickup); "Eight
    # cars" cars in general; "the corner of Spruce and 5th" the intersection.
    dict(written="There's a guy selling mulch and loam out of a pickup on the corner of Spruce and 5th, and he keeps slipping little baggies to people along with a bag of mulch, except half of them drive off without taking any mulch at all. Eight cars since I got home. White Dodge Ram with a plow mount.",
         spoken="there's a guy selling mulch and loam out of a pick up on the corner of spruce and fifth and he keeps slipping little baggies to people along with a bag of mulch except half of them drive off without taking any mulch at all eight cars since i got home white dodge ram with a plow mount",
         at="2034-05-09 16:30", entities=[P(count="1", sex="male"), P(count="2+"), V(colour="white", make="dodge", model="ram")],
         places=[("intersection", "Spruce Street", "5th Street")], category="drugs", priority="medium"),
    # Non-native: a teenager who sells weed to small children at a bus stop every morning (a habit raised for the
    # children to medium, as holdout22's pills to freshmen). The teenage boy (13-19, "black jacket" kept; white
    # headphones no clothing), the small kids ("2+") and the boy "maybe 10" (not annotated) persons; "7th and Chestnut"
    # the intersection.
    dict(written="Sorry for calling, I must tell something. The teenage boy from upstairs in my building sells the weed to the small kids at the bus stop at 7th and Chestnut, every morning. Today I see him give a little bag to a boy maybe 10 years, and the boy give him money. I am afraid to say my name. He wear always the white headphones and a black jacket.",
         spoken="sorry for calling i must tell something the teenage boy from up stairs in my building sells the weed to the small kids at the bus stop at seventh and chesnut every morning today i see him give a little bag to a boy maybe ten years and the boy give him money i am afraid to say my name he wear always the white head phones and a black jacket",
         at="2034-05-11 08:05", entities=[P(count="1", sex="male", age="13-19", clothing=["black jacket"]), P(count="2+"), P(count="1", sex="male")],
         places=[("intersection", "7th Street", "Chestnut Street")], category="drugs", priority="medium"),
    # Garden Club volunteers finding used needles and a blackened spoon in a flower bed, nobody around: drugs, low. The
    # volunteers are the callers ("We"); the beds are City Hall's.
    dict(written="We're the Garden Club, putting in the annuals along the front of City Hall, and we've turned up six used needles and a spoon blackened on the bottom in the bark under the yews. Nobody's around. We've stopped digging and put a cone over the spot. Can somebody come collect them?",
         spoken="we're the garden club putting in the annuals along the front of city hall and we've turned up six used needles and a spoon blackened on the bottom in the bark under the yews nobody's around we've stopped digging and put a cone over the spot can somebody come collect them",
         at="2034-05-11 09:10", entities=[],
         places=[("landmark", "City Hall")], category="drugs", priority="low"),
    # A web tip from a flower shop owner about short visits up a tenant's back stairs every evening (a habit): low. The
    # woman and the visitors ("2+") persons; "last month" no time; "818 Main" the address.
    dict(written="Web tip: The woman renting the apartment over the flower shop at 818 Main has people coming up her back stairs all evening, two or three minutes each, every night since she moved in last month. The stairwell smells like vinegar. I run the shop, and now customers are finding foil and little baggies by our back door.",
         spoken="web tip the woman renting the apartment over the flower shop at eight eighteen maine has people coming up her back stairs all evening two or three minutes each every night since she moved in last month the stairwell smells like vinegar i run the shop and now customers are finding foil and little baggies by our back door",
         at="2034-05-09 11:30", entities=[P(count="1", sex="female"), P(count="2+")],
         places=[("address", 818, "Main Street")], category="drugs", priority="low"),

    # ---------------------------------------------------------------- vandalism
    # A teenager sawing a fiber company's conduit into pieces and dropping them down a storm drain "right now": low
    # raised to medium. "skinny kid, maybe 16" thin, 13-19 ("black beanie" kept); "Birch by 5th" the intersection.
    dict(written="There's a skinny kid, maybe 16, sitting on the curb at Birch by 5th with a hacksaw, cutting the fiber company's orange conduit into short pieces and dropping them down the storm drain one at a time. He's doing it right now, he's gone through about twenty feet of it already. Black beanie.",
         spoken="there's a skinny kid maybe sixteen sitting on the curb at burch by fifth with a hacksaw cutting the fiber company's orange conduit into short pieces and dropping them down the storm drain one at a time he's doing it right now he's gone through about twenty feet of it already black beanie",
         at="2034-05-08 19:30", entities=[P(count="1", sex="male", build="thin", age="13-19", clothing=["black beanie"]), ("now",)],
         places=[("intersection", "Birch Street", "5th Street")], category="vandalism", priority="medium"),
    # "It's 12:15" said while teenagers toilet-paper a tree and egg a house after the prom is that time (after midnight,
    # the same date): low raised to medium. "a bunch of teenagers" 3+ 13-19; "white Jeep Wrangler" wrangler; "in front
    # of 1141 Cedar" relative to the address.
    dict(written="It's 12:15 and there's a bunch of teenagers, some still in their prom clothes, toilet papering the big maple in front of 1141 Cedar and throwing eggs at the house. They've got a whole carton each. Their car's idling in the street with the doors open, a white Jeep Wrangler.",
         spoken="it's twelve fifteen and there's a bunch of teenagers some still in their prom clothes toilet papering the big maple in front of eleven forty one ceder and throwing eggs at the house they've got a whole carton each their car's idling in the street with the doors open a white jeep wrangler",
         at="2034-05-14 00:17", entities=[("local", "2034-05-14 00:15"), P(count="3+", age="13-19"), V(colour="white", make="jeep", model="wrangler")],
         places=[("relative", ("address", 1141, "Cedar Street"))], category="vandalism", priority="medium"),
    # Two teenagers stomping the sidewalk crew's concrete forms "right now": low raised to medium. "Two teenagers" 2
    # 13-19; "tomorrow's pour" no time; "Elm between 3rd and 4th" the 300 block.
    dict(written="Two teenagers are stomping the wooden forms the sidewalk crew set up for tomorrow's pour on Elm between 3rd and 4th, and pulling the stakes out and flinging them into the street. They're at it right now, and one's filming on a phone.",
         spoken="two teenagers are stomping the wooden forms the side walk crew set up for tomorrow's pour on elm between third and fourth and pulling the stakes out and flinging them into the street they're at it right now and one's filming on a phone",
         at="2034-05-10 21:15", entities=[P(count="2", age="13-19"), ("now",)],
         places=[("block", 300, "Elm Street")], category="vandalism", priority="medium"),
    # "Overnight" 02:00, told at 07:00: the fiber company's locate marks painted over and a rude word sprayed on its
    # drill rig: vandalism, low. "somebody" a person; the rig no vehicle; "Pine between 10th and 11th" the 1000 block.
    dict(written="Overnight somebody went down our side of Pine between 10th and 11th with a can of black spray paint and blotted out every one of the fiber company's locate marks on the sidewalk and the curbs, and then sprayed a rude word down the side of the crew's drill rig. Digging's stopped until the utilities come back and re-mark.",
         spoken="overnight somebody went down our side of pine between tenth and eleventh with a can of black spray paint and blotted out every one of the fiber company's locate marks on the side walk and the curbs and then sprayed a rude word down the side of the crew's drill rig digging's stopped until the utilities come back and re mark",
         at="2034-05-11 07:00", entities=[("local", "2034-05-11 02:00"), P(count="1")],
         places=[("block", 1000, "Pine Street")], category="vandalism", priority="low"),
    # Seedlings yanked from three garden plots "sometime over the weekend", found on the Monday: vandalism, low.
    # "somebody" a person; "last Thursday" no time; "Hawthorn by 2nd" the intersection.
    dict(written="In my plot at the Hawthorn and 2nd community garden, somebody yanked out every tomato and pepper plant, mine and the two plots next to it, sometime over the weekend, and stomped them into the paths. The name stakes are snapped in half. We only put them in last Thursday.",
         spoken="in my plot at the hawthorne and second community garden somebody yanked out every tomato and pepper plant mine and the two plots next to it sometime over the weekend and stomped them into the paths the name stakes are snapped in half we only put them in last thursday",
         at="2034-05-08 17:00", entities=[P(count="1")],
         places=[("intersection", "Hawthorn Avenue", "2nd Street")], category="vandalism", priority="low"),
    # "last night" 23:00 the day before, told on Mother's Day at 08:50: a mother's flower pots smashed and window boxes
    # torn off: vandalism, low. "Somebody" and the mother persons ("She's 84" not annotated); "1088 Spruce" the address.
    dict(written="Somebody smashed every flower pot on my mother's front steps at 1088 Spruce last night, and tore her two window boxes off the railing. Geraniums and dirt everywhere. We were coming over to take her out for Mother's Day and found her out there sweeping it up, crying. She's 84.",
         spoken="somebody smashed every flower pot on my mother's front steps at ten eighty eight spruse last night and tore her two window boxes off the railing geraniums and dirt everywhere we were coming over to take her out for mother's day and found her out there sweeping it up crying she's eighty four",
         at="2034-05-14 08:50", entities=[P(count="1"), ("local", "2034-05-13 23:00"), P(count="1", sex="female")],
         places=[("address", 1088, "Spruce Street")], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- disturbance
    # A daughter's ex-boyfriend pounding on the door and threatening to kill her if she goes to the prom, "now" kicking
    # the door, no weapon: a disturbance, high (a girl in danger, as holdout24's threat). The ex and the daughter
    # ("She's 17" not annotated) persons; "tonight" and the date (not there yet) no time and no person; "1061 Willow"
    # the address.
    dict(written="My daughter's ex-boyfriend is outside our front door at 1061 Willow pounding on it and yelling that he'll kill her if she goes to prom tonight with somebody else. She's 17, she's upstairs crying. He's kicking the bottom of the door now. No weapon that I can see. Please send somebody before her date gets here.",
         spoken="my daughter's ex boyfriend is outside our front door at ten sixty one willo pounding on it and yelling that he'll kill her if she goes to prom tonight with somebody else she's seventeen she's up stairs crying he's kicking the bottom of the door now no weapon that i can see please send somebody before her date gets here",
         at="2034-05-13 15:30", entities=[P(count="1", sex="male"), P(count="1", sex="female"), ("now",)],
         places=[("address", 1061, "Willow Street")], category="disturbance", priority="high"),
    # "It's 11:30 at night" said while a fiber crew's drilling rig runs under a bedroom window is that time: low raised
    # to medium. The crew "2+", the newborn a person; "Pine between 10th and 11th" the 1000 block.
    dict(written="It's 11:30 at night and the fiber crew has their drilling rig running on Pine between 10th and 11th, right under my bedroom window. The whole house is humming and the floodlight's pointed at my windows. They told me they're trying to finish the block. I have a newborn.",
         spoken="it's eleven thirty at night and the fiber crew has their drilling rig running on pine between tenth and eleventh right under my bed room window the whole house is humming and the flood light's pointed at my windows they told me they're trying to finish the block i have a newborn",
         at="2034-05-09 23:32", entities=[("local", "2034-05-09 23:30"), P(count="2+"), P(count="1")],
         places=[("block", 1000, "Pine Street")], category="disturbance", priority="medium"),
    # A man screaming at a hostess over a lost reservation and throwing a menu at her head ("is screaming", going on):
    # low raised to medium. The man, the hostess, "The people waiting" and "their kids" ("2+" each) persons; the brunch
    # line is the Corner Cafe's.
    dict(written="Corner Cafe. There's a man at the front of the Mother's Day brunch line screaming at our hostess and slamming his hand on her stand because his reservation isn't in the book. He just threw a menu at her head. The people waiting are pulling their kids back out the door.",
         spoken="corner cafe there's a man at the front of the mother's day brunch line screaming at our hostess and slamming his hand on her stand because his reservation isn't in the book he just threw a menu at her head the people waiting are pulling their kids back out the door",
         at="2034-05-14 10:55", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="2+"), P(count="2+"), ("now",)],
         places=[("landmark", "Corner Cafe")], category="disturbance", priority="medium"),
    # A man and a woman screaming at each other in a pickup in a mall lot, him punching the dashboard with a baby in the
    # back ("keeps punching", going on): low raised to medium (the baby does not stack). The man, the woman and the baby
    # persons; "red Chevy pickup" red chevrolet pickup; the lot is Northgate Mall's.
    dict(written="Out at Northgate Mall, in the far row of the lot, there's a man and a woman in a red Chevy pickup screaming at each other with the windows down, and he keeps punching the dashboard so hard the whole truck rocks. She's crying, and there's a baby buckled in behind them. I haven't seen him hit her.",
         spoken="out at north gate mall in the far row of the lot there's a man and a woman in a red chevy pick up screaming at each other with the windows down and he keeps punching the dashboard so hard the whole truck rocks she's crying and there's a baby buckled in behind them i haven't seen him hit her",
         at="2034-05-12 19:20", entities=[P(count="1", sex="male"), P(count="1", sex="female"), V(colour="red", make="chevrolet", type="pickup"), P(count="1")],
         places=[("landmark", "Northgate Mall")], category="disturbance", priority="medium"),
    # "Yesterday" (no time) a man screamed at two boys at the trout pool and kicked their bait bucket into the river, no
    # touching: a disturbance, low. The man and "my boys, both of them" (2 male; "10 and 12" not annotated) persons;
    # "blue Toyota Tacoma" tacoma; the trout pool is Riverside Park's.
    dict(written="Just so it's on record. Yesterday at the trout pool in Riverside Park a grown man yelled at my boys, both of them, to get off his rock, called them little rats and kicked their bait bucket into the river. They're 10 and 12. He didn't touch them, but they don't want to go back. He drives a blue Toyota Tacoma with a fish sticker.",
         spoken="just so it's on record yesterday at the trout pool in riverside park a grown man yelled at my boys both of them to get off his rock called them little rats and kicked their bait bucket into the river they're ten and twelve he didn't touch them but they don't want to go back he drives a blue toyota tacoma with a fish sticker",
         at="2034-05-11 10:30", entities=[P(count="1", sex="male"), P(count="2", sex="male"), V(colour="blue", make="toyota", model="tacoma")],
         places=[("landmark", "Riverside Park")], category="disturbance", priority="low"),
    # A web tip about anglers slamming doors, playing music and shouting at a pull-off every morning since the stocking
    # (a habit): a disturbance, low. The fishermen ("2+" male) and the caller's two kids (2) persons; "Tuesday", "every
    # morning" and "around 5" no times; "River Road by 7th" the intersection.
    dict(written="Web tip: Ever since the trout stocking on Tuesday, every morning around 5 the fishermen who park at the pull-off across from my house on River Road by 7th slam their doors, crank their truck radios and holler back and forth for half an hour before they go down to the water. My two little kids are up every day now. Is there any quiet rule out here?",
         spoken="web tip ever since the trout stocking on tuesday every morning around five the fishermen who park at the pull off across from my house on river road by seventh slam their doors crank their truck radios and holler back and forth for half an hour before they go down to the water my two little kids are up every day now is there any quiet rule out here",
         at="2034-05-12 09:50", entities=[P(count="2+", sex="male"), P(count="2")],
         places=[("intersection", "River Road", "7th Street")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # A riding mower rolled upside down into a backyard pond with its driver pinned under the water "maybe a minute
    # ago": a life at risk (other, critical; "other" is not raised, the time is still labelled). The neighbour and the
    # husband persons; "out behind 1190 Spruce" relative to the address.
    dict(written="My neighbor was mowing the bank of his pond out behind 1190 Spruce and the riding mower rolled down into the water upside down with him under it. We can see bubbles coming up, and my husband's in the water but he can't lift it by himself. He went under maybe a minute ago. Please, please hurry!",
         spoken="my neighbor was mowing the bank of his pond out behind eleven ninety spruse and the riding mower rolled down into the water upside down with him under it we can see bubbles coming up and my husband's in the water but he can't lift it by himself he went under maybe a minute ago please please hurry",
         at="2034-05-08 17:40", entities=[P(count="1", sex="male"), P(count="1", sex="male"), ("ago", 1)],
         places=[("relative", ("address", 1190, "Spruce Street"))], category="other", priority="critical"),
    # A small boy at the bottom of a six-foot bore pit in muddy water: a child in danger (other, high). The boy a
    # person; his mom (not there) and the crew (gone) no persons; "six feet" no number of a place; "in front of 1072
    # Birch" relative to the address.
    dict(written="A little boy fell down into one of the holes the fiber crew dug in front of 1072 Birch, it's about six feet deep and he can't climb out. He's standing in muddy water up to his knees crying for his mom. The crew isn't here, the plywood cover was just leaning on the fence. I'm lying on the grass holding his hand.",
         spoken="a little boy fell down into one of the holes the fiber crew dug in front of ten seventy two burch it's about six feet deep and he can't climb out he's standing in muddy water up to his knees crying for his mom the crew isn't here the plywood cover was just leaning on the fence i'm lying on the grass holding his hand",
         at="2034-05-11 15:30", entities=[P(count="1", sex="male")],
         places=[("relative", ("address", 1072, "Birch Street"))], category="other", priority="high"),
    # A welfare check on Mother's Day: an 88-year-old living alone not answering eleven calls or her door, her car home
    # and a light on: other, high (a life possibly at risk, as holdout24's). The mother and the neighbour persons;
    # Albany no place; "this morning" no time; "1126 Main" the address ("apartment 2" no number of a place).
    dict(written="I'm calling from Albany. My mother lives alone at 1126 Main, apartment 2, she's 88, and she always picks up on Mother's Day, she's been waiting for my call all week. I've rung eleven times this morning. Her neighbor says her car's in the lot and her kitchen light's on, but she won't come to the door.",
         spoken="i'm calling from albany my mother lives alone at eleven twenty six maine apartment two she's eighty eight and she always picks up on mother's day she's been waiting for my call all week i've rung eleven times this morning her neighbor says her car's in the lot and her kitchen light's on but she won't come to the door",
         at="2034-05-14 11:10", entities=[P(count="1", sex="female"), P(count="1")],
         places=[("address", 1126, "Main Street")], category="other", priority="high"),
    # A loader left running at lunch with two boys in its seat pulling the levers over a walkway: other, medium (a
    # hazard over people; "other" is not raised for children). "two boys" 2 male, "people" "2+"; "right now" now; "Elm
    # between 3rd and 4th" the 300 block.
    dict(written="The sidewalk crew went to lunch and left their little loader running on Elm between 3rd and 4th with the keys in it, and two boys are climbing up into the seat right now pulling the levers. The bucket just jerked up. There's people walking right past on the boards. Somebody needs to shut it off.",
         spoken="the side walk crew went to lunch and left their little loader running on elm between third and fourth with the keys in it and two boys are climbing up into the seat right now pulling the levers the bucket just jerked up there's people walking right past on the boards somebody needs to shut it off",
         at="2034-05-08 12:15", entities=[P(count="2", sex="male"), ("now",), P(count="2+")],
         places=[("block", 300, "Elm Street")], category="other", priority="medium"),
    # A giant show kite torn loose and dragging its sandbag anchor through the crowd on a hill: other, medium (a hazard
    # over people, as holdout24's limb). "the crowd" "2+", the stroller's baby (okay) a person, "The guys who run it"
    # ("2+" male); "forty-foot" no number of a place; the hill is Riverside Park's.
    dict(written="At the kite festival one of the giant show kites, a forty-foot octopus, snapped its tether and it's dragging its sandbag anchor across the crowd on the hill at Riverside Park. It just flipped over a stroller, the baby's okay. The guys who run it are chasing it but the wind keeps lifting it. Somebody's going to get hurt.",
         spoken="at the kite festival one of the giant show kites a forty foot octopus snapped its tether and it's dragging its sand bag anchor across the crowd on the hill at river side park it just flipped over a stroller the baby's okay the guys who run it are chasing it but the wind keeps lifting it somebody's going to get hurt",
         at="2034-05-14 15:45", entities=[P(count="2+"), P(count="1"), P(count="2+", sex="male"), ("now",)],
         places=[("landmark", "Riverside Park")], category="other", priority="medium"),
    # No place. A question about police at the after-prom lock-in: other, low. The daughter a person; "Saturday night" a
    # future time.
    dict(written="Just a question, nothing's wrong. My daughter's going to the after-prom lock-in Saturday night, and the flyer says there'll be a police officer there all night. Is that true? And are parents allowed to stop in to check on things, or is it students only?",
         spoken="just a question nothing's wrong my daughter's going to the after prom lock in saturday night and the flyer says there'll be a police officer there all night is that true and are parents allowed to stop in to check on things or is it students only",
         at="2034-05-09 19:00", entities=[P(count="1", sex="female")],
         places=[], category="other", priority="low"),
    # Found property: a beaded purse with a prom ticket, a licence and cash in the grass by a pool fence: other, low.
    # The owner (not there) no person; Hadley no place of the tip; "$200" no address; the fence is the Community Pool's.
    dict(written="I found a little beaded purse in the grass along the Community Pool fence, with a prom ticket in it, a driver's license for a girl from Hadley, a lipstick and about $200. Somebody's daughter is missing this. Do I drop it off with you, or is there a lost and found?",
         spoken="i found a little beaded purse in the grass along the community pool fence with a prom ticket in it a driver's license for a girl from hadley a lipstick and about two hundred dollars somebody's daughter is missing this do i drop it off with you or is there a lost and found",
         at="2034-05-14 09:30", entities=[],
         places=[("landmark", "Community Pool")], category="other", priority="low"),
]

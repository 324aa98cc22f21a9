"""A twenty-fifth hand-written set (90 tips), holdout24, a blind set written after holdout23, written blind: its author
read only the corpus README, config/demo/README.md, town.py and make_corpus.py in full (the record format, the geometry
and place truth helpers and hand_place, the priority helper `adjust` and `still_happening`, hand_records and the set
registration in main()), holdout23.py and holdout22.py in full (their docstrings and every tip, for the label
conventions and the comment style), the opening of hand.py (its docstring, P, V and W) and the docstrings of the other
holdouts and train sets (for their periods, situations and choices). The written text and labels of every earlier tip in
hand.py, holdouts 1-23 and train1-5 (2,884 tips) were gathered into one list by importing the modules, counted by label
value (weapon types, vehicle types, makes and models, colours, clothing items, person counts, and the category and
priority pairs of holdouts 21-23) and searched by keyword before and after each situation was drafted, printing the
matching tips with their labels (drones, hatchets, U-Hauls and box trucks, hot cars, luring, hydrants, dirt bikes,
laundromats, seizures, heat stroke, overdoses, stroller shoplifting, AED cabinets, murals and the like, to settle a
convention or find a situation already used). Every draft was compared with every earlier tip by shared four-word runs
and content-word overlap (Jaccard of the sets of words of three letters or more outside a stop list), and with the other
drafts of this set; the final drafts share at most four four-word runs with any earlier tip (one draft, and only a
landmark phrase: "the food court at Northgate Mall"), at most three with any other (mostly street or landmark phrases
such as "on Oak between 3rd", "the boat launch in Riverside Park", "the Northgate Mall parking lot", or a dispatch
opening, "armed robbery just occurred"), and at most 0.23 content-word overlap (a dispatch armed robbery against
holdout18's); with one another at most four runs ("the bluegrass festival in Maple Square") and 0.24. About thirty
planned or drafted tips came too close to an earlier situation or sentence and were replaced, some twice: a drone shot
at with a shotgun over a pool (holdout10), tiki torches lighting a hedge (holdout18), a gas line torn by a backhoe
(train2), a child locked in a hot car (train1), a child stuck in a clothing-donation bin (holdout10), a fall into a
cistern (train3), an autistic boy wandering off from a party (holdouts 7 and 21, train3), an ice cream truck selling to
kids (holdout20), THC gummies handed to children (holdouts 8 and 11), a runner down with a watching nurse doing CPR
(holdout16), heat stroke (holdout10, train1, train5), a man climbing in an absent neighbour's window (train1), a
stranger at the pool fence saying he was sent to drive a girl home (train3), a woman trailing a delivery truck for porch
boxes (holdout12), a delivery driver punched over a cold order (holdout17), a car seller forced out on a test drive
(train4), a laptop bag grabbed off a moving-day tailgate (holdout15), a load fallen off a pickup across a lane
(holdout10), a tour bus hung up on a corner (holdout21), kids opening a hydrant with a wrench (holdout21), a mural
tagged (holdout17), an AED cabinet emptied (holdout21), a solar sign painted black (train4), an inflatable slashed
(holdout18), goods hidden in a stroller (holdout12), a cut with red streaks (train2), an intruder watched on a home
camera (train1), a girl lured through a game app (holdouts 8 and 14, train3), a porta-potty set afire (holdout19) and
kids ringing a doorbell at night (train2); about fifteen more were reworded where they shared a run of words with an
earlier tip. It never opened the extractor's source, its tests, examples or benches, nor the gateway, telephony, ASR,
vision or ONNX code, the tests or fuzz directories, nor the repository README, nor any .jsonl file but its own output,
nor ran git, cargo, the extractor, `tipline` or any evaluation, nor saw any score or miss list. It is meant as an honest
estimate for phrasing the extractor has never seen.

It is set in the first week of August 2033 (Monday 1 to Sunday 7 August) in Oakford, in a dry high summer: moving day on
the Monday, the first of the month, when leases turn over (rental trucks and box trucks at the curbs, hired movers,
move-out walkthroughs, emptied apartments, doors propped open, a piano on the front steps); a drought, with the town's
ban on outdoor watering from the Monday (rain barrels, spigots, sprinkler heads, neighbours reporting neighbours, a
rental truck painted, the river low enough to leave mud flats below the Riverside Park footbridge); a blue-green algae
advisory that closes the beach at Riverside Park from the Wednesday (warning signs, a toddler who drank the water,
families swimming anyway); the gas company replacing the main under Walnut Street between 6th and 9th all week (a trench
with one lane open and a flagger, an excavator, a storage container on a corner lot, a worker overcome in the
excavation, a car in the trench, lost parking); National Night Out on the Tuesday evening (block parties on Oak between
3rd and 4th and on Birch between 6th and 7th, an open house at the police station with a dunk tank and a snow cone
table, cruisers on display); the last week of the Lincoln Elementary summer day camp (walks to the Community Pool); a
patio concert at the Old Mill Brewery on the Thursday; the back-to-school tax-free weekend at Northgate Mall (a sneaker
release line at dawn on the Saturday, fitting rooms, a packed lot); the Oakford Bluegrass Festival in Maple Square on
the Saturday (jam tents, a kettle corn stand, the wristband gate, a storage room under the bandstand, festival camping
in the field behind the Old Mill Brewery, parking on the grass at Pine and 7th); and the Riverside duathlon on the
Sunday morning (run, bike, run, its swim dropped for the algae; parking in a hayfield across River Road, the bike course
on River Road, a transition area in the park). No earlier set is set in 2033 or in an early-August week (holdout15 is
the week before Labor Day 2027, holdout18 the Fourth of July week 2027, holdout23 late September 2032; train4 and train5
spread over 2028 and 2030 with no week themed), and none has a moving day, a watering ban, an algae advisory, a gas main
job, a National Night Out, a tax-free weekend, a bluegrass festival or a duathlon.

New situations: a driver pumping a shotgun at fathers holding a block party's sawhorses, movers holding a family's
furniture for more money with a knife at the caller's face (non-native), a revolver taken out of a banjo case in a jam
circle, a gun shown in a waistband in a sneaker line (a text), a man loading a magazine at his trunk as day campers walk
by (dispatch), a hatchet held up over a parking spot two days before (a web tip), a roommate's boyfriend with a pistol
going room to room (whispered from a closet); a kettle corn burner lighting a festival canopy, a rental truck burning
while loaded, a window air conditioner burning in an empty apartment, a grill fire cutting off a mother and two children
on a third-floor porch, a grass fire lit by exhaust under parked cars, a shed's solar panel burned the evening before, a
toaster oven at a day camp; a teenager caught on a pool fence's spike, a toddler who drank algae water, a piano down the
front steps onto a helper's legs, a gas worker overcome in an excavation (EMS), a diabetic husband in the sun, a seizure
that will not stop (non-native), a dog bite from moving day gone bad; back-to-school bags taken at gunpoint from a car
with children in it, a festival's wristband cash box, a parcel van emptied at gunpoint (dispatch), a block party's 50/50
bag, a jogger's watch torn off by two men on dirt bikes that morning, a sweet corn seller held up at knifepoint
(dispatch); a folding chair swung at a block party, a landlord shoved off porch steps over a deposit, a punch at the
dunk tank line two days before, a girl shoved off a dock onto rocks (a text), a taxi driver choked over a seatbelt
(non-native), an old woman pushed into her flower bed over the watering ban (elderly); pipes sawn out of an emptied
apartment, an alarm company's video of a mall sneaker store, a house entered during a block party, a gas crew's
container, a child care centre closed for its summer week, a festival's storage room; a fitting room, rain barrels,
water from a spigot (a web report), a fiddle from a jam circle, a racer's bike from a transition rack, hydrangeas dug
up, a flatbed of bottled water; a car onto a bike course, a head-on in a one-lane work zone, a moving truck over a
streetlight pole, a scooter rider hit at a mall exit, drivers using a sidewalk around a barricade, a car in a trench, a
car across a curb ramp every weekday (a web tip); a tanker pumping the river at night, a car photographing police cars,
a stranger's car in one's own driveway, a hatchback creeping through festival tents at 2:40, a car packed with moving
boxes, an SUV at a closed store's dock (dispatch); a man following a 15-year-old around a mall, a man walking into
propped-open apartments, a man crouching at car bumpers at 3:10, a man collecting moved-out tenants' mail (a web tip), a
false maintenance man in a pool's locker room, a stranger on an old woman's porch swing at 11:20; dealing from a garage
while the police are at the parties, moonshine and pills behind a festival stage, a dealer with an ankle holster on a
platform, a camp counselor's THC pen, crack smoke into a baby's room (non-native), short visits to a new tenant;
sprinkler heads smashed over the ban, rocks at an excavator, algae signs thrown in the river, a police cruiser spray
painted at a block party, words painted on a moving truck, race signs thrown in the river at 5:10; a threat to kill over
sprinklers, movers at 1:40, a drunk at the police open house, a man screaming at children in a sprinkler, a man thrown
out of a concert at 10:40, a car alarm set off by the gas crew's trucks (a web tip); a toddler in an open third-floor
window, an old woman unseen for three days in the heat, a boy stuck in river mud, a kiddie-pool question, families
swimming at a closed beach, an open trench at a crosswalk, a cracked limb over a festival crowd.

Registers: calm, frightened and angry callers, the elderly ("I'm 79 and I live alone", "This is Dorothy Keane at 205
Church Street", "I'm on the cordless phone"), whispered ("I'm whispering, I'm in the closet"), texts in lower case
without apostrophes ("im", "theres", "ppl", "bc", "rn", "2 guys", "a orange hat"), non-native ("I move today", "the
moving men say now I must pay", "she has the epilepsy but never so long like this", "he become angry", "I cannot breathe
some seconds", "it come up through the floor"), second-hand (a mother relaying her daughter's texts, a volunteer
relaying a kid's sighting, a neighbour relaying what he was told), web forms ("Web tip:", "Web report:"), workplace
callers (block party hosts, a pool manager, a foreman, a day camp, loss prevention, an assistant manager, a child care
director, festival security and wristband sellers, a duathlon parking volunteer, timing tent and course marshal, the
Parks department, a bartender, a parent volunteer, a taxi driver) and dispatch, EMS and alarm shorthand ("RP", "W/M
30s", "w/", "Susp", "EMS to", "M 30s", "approx 1115", "x2", "1000 blk Cedar St", "2 susp", "B/M late teens", "NB",
"Vic", "WB", "0340 hrs", "Susp veh", "since approx 0230"). Spoken forms add fillers ("um", "oh my god"), split words
("saw horses", "side walk", "drive way", "head lamp", "pick up", "wrist bands", "smart watch", "guard rail", "down
spouts", "band stand", "pad lock", "look out", "flat bed", "tail gate", "moon shine", "pony tail", "rest room", "cook
out", "hay field", "walk way", "lap top", "mail box", "back pack", "track suit", "do rag", "t v", "e m s", "r p", "t h
c", "j k r"), the usual mishearings (maine, mabel, ceder, chesnut, wallnut and wall nut, willo, spruse, burch,
hawthorne, kingsly, lincon, river side, north gate, fresh mart) and plates letter by letter ("l n e three three oh
eight"), with a word for a letter ("three k as in king m nine oh five") and partial ("j k r"). Numbers that are not
addresses: "$1,900", "like 200 ppl", "maybe 45", "$22,000", "about twenty cases", "55 gallons", "$180", "1938", "the
5:32", "7 to 5", "four months", "five feet", "a fever of 102", "I'm 79", "she's 81", "My 15-year-old", "the 12-year-old
campers", "50/50" and ages of victims, relatives and callers.

Same format and conventions as hand.py and holdouts 4-23 (written to extraction_holdout24.jsonl with ids "ae01" to
"ae90"), with the choices holdout20.py to holdout23.py list: every person other than the caller annotated once, also one
named through a possessive; a described member of a group a separate person only with their own attributes; people away,
absent or dead not annotated; partial plates as said; "last night" 23:00 the day before, "overnight" 02:00, "since" with
a clock time that time; habits, durations, weekdays, schedule and future times are not times; "maybe N" / "about N"
years N-3..N+3, a decade its ten years, teens 13-19, old and older 60-90, young 18-29; victims', relatives' and callers'
stated or estimated ages not annotated; a vehicle's type only when a type word is in its description and not when a
model describes it; base priorities weapon, fire, medical, robbery, assault high, burglary, theft, traffic medium, the
rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen, low to medium for
children at risk, one step (not above high) for an event still happening (a said time within 15 minutes, or with no time
said a present progressive for a low call), one step lower when more than six hours old (weapons and robberies
included); raises do not stack; child luring, a girl or woman in danger and a missing vulnerable person high; "other" is
not lifted for being recent or for children.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. A hatchet is "axe" (as holdout12's and holdout18's), a revolver and a pistol "handgun", a
  folding knife "knife", "a gun" "gun". A shotgun pumped and pointed at two fathers, a knife held near a face by a
  mover, a revolver pointed in a jam circle and a pistol carried room to room after a shot are in use (critical); a gun
  shown in a waistband and a handgun on a car roof while a magazine is loaded are seen (high; children do not stack); a
  hatchet held up two days before is lowered to medium; a pistol in a dealer's ankle holster makes the drugs call high.
  Not weapons: a folding chair swung (the assault's), an iron fence spike, rocks at an excavator, a saw through pipes, a
  dunk tank.
- Categories and priorities: a window air conditioner burning where the couple are believed at work (nobody answered) is
  fire, high, where a mother and two children cut off on a porch is critical; a rental truck, a kettle corn canopy, a
  grass fire under parked cars and a day camp's toaster oven (children already out) are high; a solar panel out since
  the evening before is lowered to medium. A spike wound bleeding in spurts, a diabetic hard to rouse and a seizure past
  five minutes with blue lips are medical, critical; a toddler vomiting after drinking algae water, a crushed shin with
  numb toes and a worker confused after the excavation are high; a dog bite from the Monday, infected on the Thursday,
  is judged by the bite and lowered to medium. A parcel van emptied at gunpoint, bags at gunpoint and corn money at
  knifepoint are robbery, critical; a cash box kept with a punch and a raffle bag with a shove are high; a watch torn
  off that morning is lowered to medium. A landlord not answering after a fall onto his head is assault, critical; a
  chair to the head, a girl shoved onto rocks, a choking that is over and an old woman pushed down are high; a punch two
  days before is medium. A festival storage room and an emptied apartment "right now" and an alarm four minutes old are
  burglary, high; a house found entered after a party and a container overnight (five hours) are medium; a child care
  centre closed for the week is low. A fitting room and bottled water "right now" are theft, high; rain barrels, a
  fiddle and a bike are medium; water from a spigot (a habit) and plants taken the night before are low. A rider not
  moving is traffic, critical; a head-on with a bleeding driver and a scooter rider hurt are high; a fallen pole, a
  sidewalk used around a barricade (children raise only a low call) and a car in a trench are medium hazards; a curb
  ramp blocked every weekday is a habit, low. A tanker pumping the river, a car photographing police, a hatchback at
  2:40 and an SUV at a dock since 02:30 (told at 02:40) are suspicious vehicles, medium; a stranger's car in a driveway
  and a packed car (states) are low. A man following a 15-year-old and waiting at her restroom is a suspicious person,
  high (a girl in danger); a man walking into open apartments, a man at car bumpers at 3:10, a false maintenance man and
  a stranger on a porch swing at 11:20 are medium; a man collecting others' mail (a habit) is low. Dealing from a
  garage, moonshine behind a stage and a counselor's THC pen going on are drugs, medium; crack smoke into a baby's room
  every night is a habit raised for the child (medium, as holdout22's pills to freshmen); short visits and a baggie is
  low. Rocks at an excavator, a cruiser being painted and race signs at 5:10 are vandalism, medium (teenagers doing the
  damage are no children at risk); sprinkler heads, algae signs and a painted moving truck found afterwards are low. A
  threat to kill over sprinklers is a disturbance, high (as holdout22's threat); movers at 1:40, a drunk at the open
  house and a thrown-out man at 10:40 are medium; a man screaming at children the day before and a car alarm every
  twenty minutes (a habit) are low. A toddler sitting in an open third-floor window is other, critical; an old woman
  unseen for three days in the heat (a welfare check) and a boy stuck in river mud are other, high; an open trench at a
  campers' crosswalk and a cracked limb over a crowd are other, medium (hazards over people, as holdout23's crane); a
  kiddie-pool question and swimmers at a closed beach are other, low.
- Vehicles: "green Ford F-150" f-150, "silver Hyundai Tucson" tucson, "gold Nissan Sentra" sentra, "tan Ford Escape"
  escape with a partial plate ("JKR"), "blue Kia Sorento" sorento with its plate (LNE3308), "grey Chevy Express van"
  chevrolet express (the model, no type), "grey Toyota RAV4" rav4, "black Chevy Colorado" chevrolet colorado, "a tan
  Lexus" lexus (no type word), "white Kia Forte" forte, "blue Ford Escape" escape, "dark grey Chrysler 300" grey
  chrysler 300, "maroon Buick LaCrosse" lacrosse with its plate read with a word for a letter (3KM905), "silver Nissan
  Rogue" rogue, "grey Honda Pilot" pilot, "black Honda Civic" civic, "black Jeep Wrangler" wrangler, "red Subaru
  Outback" outback (the car the grass fire burns under); "white box truck", "the rental truck", "a big white moving
  truck", "a tanker truck" and "the rental moving truck" are trucks (the two rental trucks the event's own, as
  holdout23's spraying truck), "his van" and "a white church van" vans, "a red pickup" and "a grey pickup" pickups, "a
  dark hatchback" a hatchback with no colour, "two guys on dirt bikes" one motorcycle, "a stand-up electric scooter"
  scooter, "on a bike" and "a white Cannondale" bicycles (Cannondale no make, as holdout22's). Not vehicles: the
  callers' own cars and taxi, the sweet corn seller's pickup (his own, undescribed), cars in general (cars pulling in,
  cars on the grass, the drivers hopping a curb, the cruisers and a police cruiser being painted, as holdout22's church
  vans), the gas crew's excavator and dump trucks, a parcel truck, trailers, "Florida plates".
- Persons: "Two of the pickers", "2 guys", "Two men", "2 susp", "two guys", "2 occupants" and "Two teenagers" are
  counts, "3 of them", "three subjects" counts; "like 200 ppl", "40 or so kids", "a bunch of kids", "three or four of
  the 12-year-old campers", "a bunch of families" and "a couple hundred people" are 3+; "Everybody in the circle",
  "everybody" watching, "People", "Day camp kids", "the counselors", "the crew", "the officers", "the little kids", "His
  friends", "the band" and "The old folks" are "2+"; the older picker with overalls, the one with the gun in a white
  tracksuit, "the big one" and "one young" among the movers, the one "in a black tank top" and the one with "a orange
  hat" are persons of their own. "somebody" who did a thing is a person; a husband, a wife, a son, a daughter, a
  mother-in-law, a buddy, a brother-in-law, a landlord, a tenant, a treasurer, a vendor, a flagger, a cook, a chief, a
  bouncer, a parcel driver and a friend are persons. Not persons: a roommate at work, a couple at work, a landlord in
  Florida, a sister on a train, a camp director gone home, the owner of a car on vacation, a dog, a cat. Ages: "W/M 30s"
  30-39, "W/M 20s" 20-29, "maybe 45" 42-48, "About 25" 22-28, "maybe 19" 16-22, "B/M late teens" 17-19, "A teenager" and
  "Two teenagers" 13-19, "older", "old" and "The old folks" 60-90, "The young man" and "one young" 18-29; "M 30s" (a
  patient), "She's 81", "He's maybe 15", "maybe 10", "maybe 2", "She's in her 80s", "My 15-year-old", "My 3-year-old"
  and "I'm 79" not annotated.
- Clothing: "grey tank top", "camo shorts", "white tracksuit", "black durag", "blue tank top", "black shorts", "red
  bandana", "black t-shirt", "white hoodie", "black tank top", "pink tank top", "black leggings", "khaki shorts", "black
  joggers", "camo hat", "red tank top", "white shirt", "jeans", "overalls" kept, "red cap" and an empty "backpack" kept
  (as hand's); "straw cowboy hat" -> "cowboy hat", "straw hat" -> "hat", "Bruins t-shirt" -> "t-shirt", "black Harley
  t-shirt" -> "black t-shirt", "Yankees jersey" -> "jersey", "orange volunteer vest" -> "orange vest", "orange safety
  shirt" -> "orange shirt", "face masks" -> "mask", "cargo shorts" -> "shorts"; a red beard, white hair, a grey beard, a
  grey ponytail, a bun, bald, flip flops, "no shirt", "dark clothing", "hood up" and a name badge are not clothing.
- Times: "approx 1115", "approx 1700", "approx 1610", "0340 hrs" and "since approx 0230" are clock times; "It's 2:40",
  "It's 3:10", "It's 11:20 at night", "It's 1:40 in the morning", "It's 10:40" and "It's 5:10 in the morning" said
  during the event are those times; "Around 6 yesterday evening" 18:00 the day before, "Around 6" (this morning) 06:00,
  "sometime last night" 23:00 the day before, "Overnight" and "sometime overnight" 02:00; "maybe half an hour", "about
  half an hour ago", and "about 20 minutes ago" minutes ago; "right now", "rn" and, where a person of the event is,
  "He's back behind his open truck door now", "Now they sit in the truck", "He's back in his yard now", "He's up on the
  third floor now", "He's in the pump room now" and "now he's standing right outside the restroom door" are now, while a
  narrative "now" ("I'm walking away from him now", "now flames are licking up", "Now it's swollen") is not. Not times:
  "left twenty minutes ago" (the police, gone before the event), "from 6:30 until just now" (when a family was away),
  "The stage wrapped at 10", "The crew left at 5", "The race starts at 7", "I have to be up at 5" and "7 to 5" (habits),
  "the 5:32" (a schedule), "this weekend", "Monday", "Monday evening", "Tuesday night", "on Friday", "Friday", "this
  afternoon", "this morning" alone, "Yesterday" alone, "yesterday afternoon" (when signs went up), "Every weekday
  morning", "Every afternoon", "every night", "three nights running", "all week", "for the last hour", "twenty minutes",
  "already five minutes", "three days", "four days", "an hour", "1938".
- Places: parts of a landmark are the landmark (the jam tents, the stage, the gate, the bandstand's storage room and the
  jam circle of Maple Square; the shoe store, the food court's restroom, the fitting rooms, the parking lot and the lot
  exit of Northgate Mall; the Community Pool's parking lot, fence, back gate, front desk and locker room; the boat
  launch, the dock, the beach, the transition area and the footbridge of Riverside Park; the day camp's kitchen and
  portable classroom at Lincoln Elementary; the long-term lot and the inbound platform of Central Station; the
  FreshMart's loading dock, lot and front doors; the Old Mill Brewery's lot; the police station's lot and open house);
  "across River Road from Riverside Park", "across the street from the police station", "the field behind the Old Mill
  Brewery" and "the Riverside Park boat ramp" (the park's) are relative or parts, and "in front of 1152 Elm" and "in
  front of 621 10th Street" relative to addresses. "Oak between 3rd and 4th" (the 300 block) and "Oak and 3rd" are both
  places of the first tip; "Birch between 6th and 7th" and "the 600 block of Birch", "Walnut between 7th and 8th", "1000
  blk Cedar St" and "Willow between 2nd and 3rd" are blocks; "Walnut & 7th", "Walnut by 7th", "Walnut by 8th", "Walnut
  by 9th", "Walnut and 6th", "Walnut by 6th", "River Road by 7th", "River Road by 9th", "River Road by 10th", "River
  Road by 11th", "Kingsley by 6th", "Elm and 2nd" and "Oak and 4th" are intersections; addresses on numbered streets
  ("614 11th Street", "807 2nd Street", "822 12th Street", "621 10th Street") and on Church Street ("205") are used.
  Streets alone name no place: "toward Birch", "down Pine", "toward Cedar", "toward Main", "onto Cedar" and "toward the
  road". The bluegrass festival and the Night Out parties name no place by themselves (their streets and landmarks do);
  a tip with no place at all asks about the watering ban.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 7, 10, 22, 25, 28, 29, 47, 49, 50, 51, 52 and 90 (1-based, in file order) gained
("now",).
"""
from hand import P, V, W

HOLDOUT24 = [
    # ---------------------------------------------------------------- weapon
    # A driver who wanted through a National Night Out street closure pumping a shotgun and pointing it at two fathers
    # at the sawhorses: a weapon in use (critical). "Big guy" heavy, "grey tank top" and "camo shorts" kept; "green Ford
    # F-150" f-150; the husband and "another dad" persons, the kids "2+"; "now" where he stands (now); "Oak between 3rd
    # and 4th" the 300 block and "Oak and 3rd" the intersection, both places of the tip.
    dict(written="We're doing the National Night Out party on Oak between 3rd and 4th and we've got the street blocked with sawhorses at Oak and 3rd. A man in a green Ford F-150 wanted through, and when my husband and another dad wouldn't move the sawhorses he got out with a shotgun, pumped it and pointed it right at them. He's back behind his open truck door now, still holding it on them. There's kids everywhere. Big guy, grey tank top, camo shorts.",
         spoken="we're doing the national night out party on oak between third and fourth and we've got the street blocked with saw horses at oak and third a man in a green ford f one fifty wanted through and when my husband and another dad wouldn't move the saw horses he got out with a shotgun pumped it and pointed it right at them he's back behind his open truck door now still holding it on them there's kids everywhere big guy gray tank top camo shorts",
         at="2033-08-02 18:25", entities=[V(colour="green", make="ford", model="f-150"), P(count="1", sex="male"), P(count="1", sex="male"), W("shotgun"), ("now",), P(count="2+"), P(count="1", sex="male", build="heavy", clothing=["grey tank top", "camo shorts"])],
         places=[("block", 300, "Oak Street"), ("intersection", "Oak Street", "3rd Street")], category="weapon", priority="critical"),
    # Non-native: movers holding a family's furniture for more money, one holding a knife near the caller's face: in use
    # (critical). "The moving men" / "Two men" 2 male; "the big one" with the knife a person of his own (heavy; a red
    # beard no clothing), "one young" a person of his own (18-29); the wife and daughter persons; "Now they sit in the
    # truck" where they are (now); "white box truck" white truck; "$1,900" no address; "842 Maple Avenue" the address.
    dict(written="Please help, I move today to 842 Maple Avenue. The moving men say now I must pay $1,900 more or they keep all my furniture in the truck. I say no, and the big one pull out a knife and he hold it close to my face and say pay now. My wife and my daughter are inside the apartment. Now they sit in the truck in front, white box truck, they not leave. Two men, one big with red beard, one young.",
         spoken="please help i move today to eight forty two maple avenue the moving men say now i must pay nineteen hundred dollars more or they keep all my furniture in the truck i say no and the big one pull out a knife and he hold it close to my face and say pay now my wife and my daughter are inside the apartment now they sit in the truck in front white box truck they not leave two men one big with red beard one young",
         at="2033-08-01 16:40", entities=[P(count="2", sex="male"), P(count="1", build="heavy"), W("knife"), P(count="1", sex="female"), P(count="1", sex="female"), ("now",), V(colour="white", type="truck"), P(count="1", age="18-29")],
         places=[("address", 842, "Maple Avenue")], category="weapon", priority="critical"),
    # A picker at the bluegrass festival taking a revolver out of his banjo case and pointing it at another: in use
    # (critical). "Two of the pickers" 2; the older one, with his own attributes ("older" 60-90, "overalls" kept, "straw
    # cowboy hat" -> "cowboy hat", white hair no clothing), a person of his own; "Everybody in the circle" "2+"; "right
    # now" now; "a revolver" "handgun"; the jam tents are Maple Square's.
    dict(written="Bluegrass festival in Maple Square, by the jam tents behind the stage. Two of the pickers have been arguing about a song all afternoon and the older one just took a revolver out of his banjo case and pointed it at the other guy's chest. Everybody in the circle dove behind the hay bales. He's standing there with it right now. White hair, overalls, straw cowboy hat.",
         spoken="bluegrass festival in mabel square by the jam tents behind the stage two of the pickers have been arguing about a song all afternoon and the older one just took a revolver out of his banjo case and pointed it at the other guy's chest everybody in the circle dove behind the hay bales he's standing there with it right now white hair overalls straw cowboy hat",
         at="2033-08-06 15:20", entities=[P(count="2"), P(count="1", age="60-90", clothing=["overalls", "cowboy hat"]), W("handgun"), P(count="2+"), ("now",)],
         places=[("landmark", "Maple Square")], category="weapon", priority="critical"),
    # A text from a sneaker line on the tax-free weekend: a gun shown in a waistband during an argument, pointed at
    # nobody: a weapon seen (high). "2 guys" 2 male; the one with the gun a person of his own ("white tracksuit", "black
    # durag"); "like 200 ppl" 3+; "a gun" "gun"; the shoe store is Northgate Mall's.
    dict(written="im in the line outside the shoe store at northgate mall for the tax free weekend drop and 2 guys behind us started beefing about cutting. one lifted his shirt and theres a gun in his waistband, he keeps touching it. like 200 ppl in line. hes in a white tracksuit and a black durag",
         spoken="i'm in the line outside the shoe store at north gate mall for the tax free weekend drop and two guys behind us started beefing about cutting one lifted his shirt and there's a gun in his waist band he keeps touching it like two hundred people in line he's in a white track suit and a black do rag",
         at="2033-08-06 06:10", entities=[P(count="2", sex="male"), W("gun"), P(count="3+"), P(count="1", clothing=["white tracksuit", "black durag"])],
         places=[("landmark", "Northgate Mall")], category="weapon", priority="high"),
    # Dispatch: a man loading a magazine at his trunk with a handgun on the car roof as day campers walk past, no
    # threat: a weapon seen (high; children do not stack). "W/M 30s" 30-39, "blue tank top" and "black shorts" kept;
    # "silver Hyundai Tucson" tucson; "Day camp kids" "2+"; the RP (the pool manager) is the caller; the lot is the
    # Community Pool's.
    dict(written="Community Pool, RP is the pool manager. W/M 30s in the parking lot standing at the open trunk of a silver Hyundai Tucson, loading rounds into a magazine w/ a black handgun sitting on the roof of the car. Day camp kids walking past him to the gate. Has not threatened anyone. Susp wearing a blue tank top and black shorts.",
         spoken="community pool r p is the pool manager white male thirties in the parking lot standing at the open trunk of a silver hyundai tucson loading rounds into a magazine with a black hand gun sitting on the roof of the car day camp kids walking past him to the gate has not threatened anyone suspect wearing a blue tank top and black shorts",
         at="2033-08-04 13:35", entities=[P(count="1", sex="male", age="30-39", clothing=["blue tank top", "black shorts"]), V(colour="silver", make="hyundai", model="tucson"), W("handgun"), P(count="2+")],
         places=[("landmark", "Community Pool")], category="weapon", priority="high"),
    # A web tip on the Wednesday about the Monday evening: a new neighbour holding up a hatchet over a parking spot, a
    # weapon seen two days before (high lowered to medium). "hatchet" "axe" (as holdout12's and holdout18's); "Heavy
    # guy" heavy, "maybe 45" 42-48, "Bruins t-shirt" -> "t-shirt"; "Monday" and "Monday evening" no times; "417
    # Chestnut" the address.
    dict(written="Web tip: The guy who moved into the upstairs unit at 417 Chestnut on Monday parked his trailer across my spot. Monday evening when I asked him to move it he went inside, came back out with a hatchet and held it up over his shoulder and told me to get back in my house if I wanted to keep my hands. He hasn't said a word to me since. Heavy guy, maybe 45, Bruins t-shirt.",
         spoken="web tip the guy who moved into the upstairs unit at four seventeen chesnut on monday parked his trailer across my spot monday evening when i asked him to move it he went inside came back out with a hatchet and held it up over his shoulder and told me to get back in my house if i wanted to keep my hands he hasn't said a word to me since heavy guy maybe forty five bruins t shirt",
         at="2033-08-03 11:15", entities=[P(count="1", sex="male", build="heavy", age="42-48", clothing=["t-shirt"]), W("axe")],
         places=[("address", 417, "Chestnut Street")], category="weapon", priority="medium"),
    # Whispered from a closet: a roommate's boyfriend walking through an apartment with a pistol, a shot already fired
    # into the TV: in use (critical). The boyfriend a person; the roommate (at work, away) no person; "a pistol"
    # "handgun"; "614 11th Street" an address on a numbered street.
    dict(written="I'm whispering, I'm in the closet. My roommate's boyfriend just kicked in our door at 614 11th Street and he's walking through the apartment with a pistol looking for her, he already shot the TV. She's at work. He doesn't know I'm home. Please hurry.",
         spoken="i'm whispering i'm in the closet my room mate's boyfriend just kicked in our door at six fourteen eleventh street and he's walking through the apartment with a pistol looking for her he already shot the t v she's at work he doesn't know i'm home please hurry",
         at="2033-08-05 23:30", entities=[P(count="1", sex="male"), W("handgun"), ("now",)],
         places=[("address", 614, "11th Street")], category="weapon", priority="critical"),

    # ---------------------------------------------------------------- fire
    # A kettle corn stand's propane burner setting its canopy alight in a festival crowd: fire, high (nobody trapped;
    # the vendor's singed arm is within "high"). The vendor a person, "People" pulling back "2+"; the stand is in Maple
    # Square.
    dict(written="Fire at the bluegrass festival in Maple Square! The kettle corn stand's propane burner flared up under the canopy and now the whole canopy and the sugar bags are burning, flames taller than the tent. The vendor ran out with his arm singed. People are dragging their lawn chairs back away from it.",
         spoken="fire at the bluegrass festival in maple square the kettle corn stand's propane burner flared up under the canopy and now the whole canopy and the sugar bags are burning flames taller than the tent the vendor ran out with his arm singed people are dragging their lawn chairs back away from it",
         at="2033-08-06 13:10", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("landmark", "Maple Square")], category="fire", priority="high"),
    # A rental truck burning from the wheel well on moving day: fire, high. "the rental truck" truck (the event's
    # vehicle, as holdout23's burning car); the brother-in-law a person; "1134 Pine Street" the address.
    dict(written="We're moving out of 1134 Pine Street and the rental truck we've been loading all morning started pouring smoke from under the cab, and now flames are licking up out of the wheel well by the gas tank. All our stuff is in the back. My brother-in-law emptied the little extinguisher on it and it did nothing. It's nosed in tight against the neighbor's hedge.",
         spoken="um we're moving out of eleven thirty four pine street and the rental truck we've been loading all morning started pouring smoke from under the cab and now flames are licking up out of the wheel well by the gas tank all our stuff is in the back my brother in law emptied the little extinguisher on it and it did nothing it's nosed in tight against the neighbor's hedge",
         at="2033-08-01 11:20", entities=[V(type="truck"), P(count="1", sex="male")],
         places=[("address", 1134, "Pine Street")], category="fire", priority="high"),
    # A window air conditioner burning in an upstairs apartment whose couple are at work (nobody answered): fire, high
    # (no one believed inside). The couple (away) and the cat no persons; "1021 Willow" the address.
    dict(written="The window air conditioner in the upstairs apartment next door at 1021 Willow is on fire, there's sparks and flames shooting out the back of it and the curtain inside just went up. The couple up there both work days, I banged on their door and nobody answered. Their cat's sitting in the other window.",
         spoken="the window air conditioner in the upstairs apartment next door at ten twenty one willo is on fire there's sparks and flames shooting out the back of it and the curtain inside just went up the couple up there both work days i banged on their door and nobody answered their cat's sitting in the other window",
         at="2033-08-03 15:45", entities=[("now",)],
         places=[("address", 1021, "Willow Street")], category="fire", priority="high"),
    # A grill fire climbing a three-decker's back porches with a mother and two children cut off on the third floor: a
    # life at risk (critical). The mother and "two small children" (2) persons; "the guy on the first floor" a person;
    # "214 Willow" the address.
    dict(written="The back porches on the three-decker at 214 Willow are on fire from the bottom up, the guy on the first floor had his grill going out there. There's a mother with two small children out on the third-floor porch and the stairs under them are burning, they can't get down. She's screaming for a ladder. Please, please hurry.",
         spoken="oh my god the back porches on the three decker at two fourteen willow are on fire from the bottom up the guy on the first floor had his grill going out there there's a mother with two small children out on the third floor porch and the stairs under them are burning they can't get down she's screaming for a ladder please please hurry",
         at="2033-08-02 19:50", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="2")],
         places=[("address", 214, "Willow Street")], category="fire", priority="critical"),
    # A grass fire lit by a car's exhaust in a dry hayfield used as race parking, under a parked car and spreading down
    # the row: fire, high. "red Subaru Outback" outback (the car it burns under, part of the event); the other cars are
    # cars in general; the racers (away) no persons; "across River Road from Riverside Park" relative.
    dict(written="Duathlon parking volunteer. We've got everybody parking in the hayfield across River Road from Riverside Park and it's so dry somebody's exhaust lit the grass. The fire's already under a red Subaru Outback and it's spreading down the row toward the other cars. We're beating at it with our vests. Nobody's in the cars, they're all out on the course.",
         spoken="duathlon parking volunteer we've got everybody parking in the hay field across river road from river side park and it's so dry somebody's exhaust lit the grass the fire's already under a red subaru outback and it's spreading down the row toward the other cars we're beating at it with our vests nobody's in the cars they're all out on the course",
         at="2033-08-07 08:40", entities=[V(colour="red", make="subaru", model="outback")],
         places=[("relative", ("landmark", "Riverside Park"))], category="fire", priority="high"),
    # "Around 6 yesterday evening" 18:00 the day before, told at 09:30: a shed's solar panel that threw sparks and
    # burned through the shingles, out since: fire lowered to medium (hours old, as holdout22's mower). The neighbour a
    # person; "312 Cedar" the address.
    dict(written="I'd like the fire department to look at something when they get a chance, it's out now. Around 6 yesterday evening the solar panel on the roof of my neighbor's shed at 312 Cedar started popping and throwing sparks, and it burned a hole through the shingles before he doused it with a watering can. The back of my fence is scorched black and I don't trust that wiring.",
         spoken="i'd like the fire department to look at something when they get a chance it's out now around six yesterday evening the solar panel on the roof of my neighbor's shed at three twelve ceder started popping and throwing sparks and it burned a hole through the shingles before he doused it with a watering can the back of my fence is scorched black and i don't trust that wiring",
         at="2033-08-04 09:30", entities=[("local", "2033-08-03 18:00"), P(count="1", sex="male")],
         places=[("address", 312, "Cedar Street")], category="fire", priority="medium"),
    # A toaster oven burning in a day camp's kitchen, the children already out on the field: fire, high (nobody trapped;
    # children raise only a low call). "40 or so kids" 3+, "the counselors" "2+", "The cook" a person; the kitchen is
    # Lincoln Elementary's.
    dict(written="Summer day camp at Lincoln Elementary. The toaster oven in the cafeteria kitchen caught fire and it's spread into the cabinet above it, there's black smoke rolling out into the hall. We pulled the alarm and all 40 or so kids are out on the ball field with the counselors, we've counted them twice. The cook burned her fingers but she's fine.",
         spoken="summer day camp at lincon elementary the toaster oven in the cafeteria kitchen caught fire and it's spread into the cabinet above it there's black smoke rolling out into the hall we pulled the alarm and all forty or so kids are out on the ball field with the counselors we've counted them twice the cook burned her fingers but she's fine",
         at="2033-08-05 11:50", entities=[P(count="3+"), P(count="2+"), P(count="1", sex="female")],
         places=[("landmark", "Lincoln Elementary School")], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # A teenager who slipped climbing out over a closed pool's fence, an iron spike through his thigh, bleeding in
    # spurts and growing pale and drowsy: a life at risk (critical). The friend a person; the back gate is the Community
    # Pool's.
    dict(written="Please hurry, we snuck into the Community Pool after it closed because it's so hot, and my friend slipped climbing back over the fence and one of the iron spikes went into the back of his thigh. We got him off it but blood squirts out every time his heart beats and he's getting really pale and sleepy. We're in the grass by the back gate. I'm pressing my shirt on it.",
         spoken="please hurry we snuck into the community pool after it closed because it's so hot and my friend slipped climbing back over the fence and one of the iron spikes went into the back of his thigh we got him off it but blood squirts out every time his heart beats and he's getting really pale and sleepy we're in the grass by the back gate i'm pressing my shirt on it",
         at="2033-08-06 00:40", entities=[P(count="1", sex="male")],
         places=[("landmark", "Community Pool")], category="medical", priority="critical"),
    # A toddler who drank river water during a blue-green algae advisory, vomiting and unsteady but awake: high (an
    # illness with her awake, as holdout23's shock). "maybe half an hour" ago, when she drank; the daughter a person
    # ("my 3-year-old", age not annotated); the boat launch and the lot are Riverside Park's.
    dict(written="I didn't see the algae sign until after. My 3-year-old was splashing at the edge by the boat launch in Riverside Park and she drank some of that green water. It's been maybe half an hour and now she's throwing up over and over, drooling, and she's wobbly when she tries to stand. We're still in the parking lot.",
         spoken="i didn't see the algae sign until after my three year old was splashing at the edge by the boat launch in river side park and she drank some of that green water it's been maybe half an hour and now she's throwing up over and over drooling and she's wobbly when she tries to stand we're still in the parking lot",
         at="2033-08-03 14:30", entities=[P(count="1", sex="female"), ("ago", 30)],
         places=[("landmark", "Riverside Park")], category="medical", priority="high"),
    # An upright piano slid down front steps onto a helper's legs, a shin split open and numb toes, talking: an injury
    # (high). The buddy a person; "516 Elm" the address.
    dict(written="We were bringing an upright piano down the front steps at 516 Elm and the strap snapped. It slid down and pinned my buddy's legs against the bottom step. We got it off him but his shin is split open and he says he can't feel the toes on that foot. He's lying on the sidewalk, he's talking to us.",
         spoken="we were bringing an upright piano down the front steps at five sixteen elm and the strap snapped it slid down and pinned my buddy's legs against the bottom step we got it off him but his shin is split open and he says he can't feel the toes on that foot he's lying on the side walk he's talking to us",
         at="2033-08-01 10:40", entities=[P(count="1", sex="male")],
         places=[("address", 516, "Elm Street")], category="medical", priority="high"),
    # EMS: a gas crew worker pulled out of an excavation, now responsive but confused and vomiting: high (as holdout23's
    # fall with confusion). "M 30s" a patient's estimate (not annotated); "approx 1115" the time; the crew "2+"; "x2" no
    # number of a place; "Walnut & 7th" the intersection.
    dict(written="EMS to the gas main job, Walnut & 7th. M 30s, worker found down in the excavation, pulled out by crew approx 1115, now responsive but confused, vomiting x2. Crew reports a gas odor in the trench. Gas company supervisor on scene.",
         spoken="e m s to the gas main job walnut and seventh male thirties worker found down in the excavation pulled out by crew approximately eleven fifteen now responsive but confused vomiting times two crew reports a gas odor in the trench gas company supervisor on scene",
         at="2033-08-02 11:21", entities=[P(count="1", sex="male"), P(count="2+"), ("local", "2033-08-02 11:15"), P(count="1")],
         places=[("intersection", "Walnut Street", "7th Street")], category="medical", priority="high"),
    # A diabetic husband sweating, talking nonsense and hard to rouse after a day in the sun: a life at risk (critical).
    # The husband a person; the blanket by the stage is in Maple Square.
    dict(written="My husband's a diabetic and we've been out at the bluegrass festival in Maple Square all day in this sun. He's pouring sweat, he's talking nonsense and now I can barely get him to open his eyes. I gave him my orange soda but he can't hold the cup. We're on a blue blanket by the big oak near the stage.",
         spoken="my husband's a diabetic and we've been out at the bluegrass festival in maple square all day in this sun he's pouring sweat he's talking nonsense and now i can barely get him to open his eyes i gave him my orange soda but he can't hold the cup we're on a blue blanket by the big oak near the stage",
         at="2033-08-06 16:45", entities=[P(count="1", sex="male")],
         places=[("landmark", "Maple Square")], category="medical", priority="critical"),
    # Non-native: a mother-in-law seizing for five minutes or more, her lips turning blue: critical. "already five
    # minutes" a duration; "1126 Hawthorn Avenue" the address, "first floor" no number of a place.
    dict(written="Hello, emergency, my mother-in-law she is shaking on the floor, whole body, already five minutes, maybe more, it does not stop. Her lips are going blue. She has the epilepsy but never so long like this. Address 1126 Hawthorn Avenue, first floor. Please fast.",
         spoken="hello emergency my mother in law she is shaking on the floor whole body already five minutes maybe more it does not stop her lips are going blue she has the epilepsy but never so long like this address eleven twenty six hawthorne avenue first floor please fast",
         at="2033-08-04 20:10", entities=[P(count="1", sex="female")],
         places=[("address", 1126, "Hawthorn Avenue")], category="medical", priority="critical"),
    # A bite from the Monday's move, swollen, oozing and feverish on the Thursday: an injury days old, judged by the
    # bite (high lowered to medium, as holdout22's poison ivy). The husband a person; the dog no person; "Monday" no
    # time; "807 2nd Street" an address on a numbered street.
    dict(written="Probably not 911 stuff, but when we were carrying our couch in on Monday the dog next door got through the fence and bit my husband on the back of the calf. Now it's swollen up tight, there's yellow stuff oozing out of the holes and he's running a fever of 102. He says it's nothing. We're at 807 2nd Street. Should somebody come look at it?",
         spoken="probably not nine one one stuff but when we were carrying our couch in on monday the dog next door got through the fence and bit my husband on the back of the calf now it's swollen up tight there's yellow stuff oozing out of the holes and he's running a fever of a hundred and two he says it's nothing we're at eight oh seven second street should somebody come look at it",
         at="2033-08-04 10:05", entities=[P(count="1", sex="male")],
         places=[("address", 807, "2nd Street")], category="medical", priority="medium"),

    # ---------------------------------------------------------------- robbery
    # Back-to-school bags and a purse taken at gunpoint at a car with children in it: critical. The kids "2+"; "Tall,
    # skinny" tall, thin, "red bandana" kept; "gold Nissan Sentra" sentra (waiting, part of the event); "a gun" "gun";
    # the lot is Northgate Mall's; "toward Birch" a street alone.
    dict(written="I just got robbed out in the Northgate Mall parking lot. I was putting the back-to-school stuff in my trunk with my kids already buckled in, and a guy came up with a gun down by his leg and said give me the bags and your purse. I gave him everything. He jumped in a gold Nissan Sentra that was waiting and they went out toward Birch. Tall, skinny, red bandana over his face.",
         spoken="i just got robbed out in the north gate mall parking lot i was putting the back to school stuff in my trunk with my kids already buckled in and a guy came up with a gun down by his leg and said give me the bags and your purse i gave him everything he jumped in a gold nissan sentra that was waiting and they went out toward burch tall skinny red bandana over his face",
         at="2033-08-06 14:20", entities=[P(count="2+"), P(count="1", sex="male", height="tall", build="thin", clothing=["red bandana"]), W("gun"), V(colour="gold", make="nissan", model="sentra"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="robbery", priority="critical"),
    # A festival's wristband cash box grabbed and a treasurer hit in the face: robbery, high (force; an injury). The man
    # ("grey beard" no clothing, "black t-shirt" kept, "cargo shorts" -> "shorts") and the treasurer persons; the gate
    # is Maple Square's; "down Pine" a street alone.
    dict(written="I'm selling wristbands at the Maple Square gate for the bluegrass festival. A man walked up like he was buying one, grabbed the whole cash box off the card table, and when our treasurer caught his arm he hit her in the face with his fist. Her lip's cut open and bleeding. He went running down Pine. Grey beard, black t-shirt, cargo shorts.",
         spoken="i'm selling wrist bands at the maple square gate for the bluegrass festival a man walked up like he was buying one grabbed the whole cash box off the card table and when our treasurer caught his arm he hit her in the face with his fist her lip's cut open and bleeding he went running down pine gray beard black t shirt cargo shorts",
         at="2033-08-06 11:30", entities=[P(count="1", sex="male", clothing=["black t-shirt", "shorts"]), P(count="1", sex="female")],
         places=[("landmark", "Maple Square")], category="robbery", priority="high"),
    # Dispatch: a parcel driver's van emptied at gunpoint: critical. "approx 1700" the time; "2 susp, B/M late teens" 2
    # male 17-19, fled north; the driver a person, "his van" van (part of the event); "approx 15" no address; "1000 blk
    # Cedar St" the block; "toward Birch" a street alone.
    dict(written="Armed robbery just occurred, 1000 blk Cedar St, approx 1700. Parcel driver states 2 susp approached his van while he was at a door, one displayed a black handgun and ordered him to open the cargo area, took approx 15 packages. Susps B/M late teens, fled on foot NB toward Birch. Driver uninjured.",
         spoken="armed robbery just occurred ten hundred block ceder street approximately seventeen hundred parcel driver states two suspects approached his van while he was at a door one displayed a black hand gun and ordered him to open the cargo area took approximately fifteen packages suspects black males late teens fled on foot north bound toward burch driver uninjured",
         at="2033-08-04 17:05", entities=[("local", "2033-08-04 17:00"), P(count="1", sex="male"), P(count="2", sex="male", age="17-19", direction="north"), V(type="van"), W("handgun")],
         places=[("block", 1000, "Cedar Street")], category="robbery", priority="critical"),
    # A teenager snatching a block party's 50/50 raffle bag and shoving an old woman over a cooler: robbery, high
    # (force; an injury). "A teenager" 13-19 ("he" male), "Skinny" thin, "white hoodie" kept; Mrs. Alvarez a person
    # ("she's 81" not annotated); "Birch between 6th and 7th" the 600 block; "toward Cedar" a street alone.
    dict(written="Night Out block party on Birch between 6th and 7th. A teenager just grabbed the zipper bag with the 50/50 raffle money off the table, and when Mrs. Alvarez held on he shoved her backwards over a cooler. She's on the ground holding her wrist, she's 81. He ran off through the yards toward Cedar. Skinny, white hoodie even in this heat.",
         spoken="night out block party on burch between sixth and seventh a teenager just grabbed the zipper bag with the fifty fifty raffle money off the table and when missus alvarez held on he shoved her backwards over a cooler she's on the ground holding her wrist she's eighty one he ran off through the yards toward cedar skinny white hoodie even in this heat",
         at="2033-08-02 20:15", entities=[P(count="1", sex="male", age="13-19", build="thin", clothing=["white hoodie"]), P(count="1", sex="female"), ("now",)],
         places=[("block", 600, "Birch Street")], category="robbery", priority="high"),
    # "Around 6" this morning (06:00), told at 14:30: a jogger's watch torn off with a shove into a guardrail by two men
    # on dirt bikes, more than six hours old: robbery lowered to medium. "two guys" 2 male; "dirt bikes" one motorcycle
    # entry (the riders' bikes, as holdout6's and holdout8's); "River Road by 10th" the intersection.
    dict(written="I want to report a robbery from this morning. Around 6 I was running on River Road by 10th and two guys on dirt bikes cut in front of me, one jumped off and yanked my smartwatch off my wrist and shoved me into the guardrail. I've got a big scrape down my hip. I went to work after, I was too rattled to call. No plates on the bikes.",
         spoken="i want to report a robbery from this morning around six i was running on river road by tenth and two guys on dirt bikes cut in front of me one jumped off and yanked my smart watch off my wrist and shoved me into the guard rail i've got a big scrape down my hip i went to work after i was too rattled to call no plates on the bikes",
         at="2033-08-03 14:30", entities=[("local", "2033-08-03 06:00"), P(count="2", sex="male"), V(type="motorcycle")],
         places=[("intersection", "River Road", "10th Street")], category="robbery", priority="medium"),
    # Dispatch: a sweet corn seller robbed at knifepoint at his truck on a road shoulder: critical. "approx 1610" the
    # time; "2 susp" 2 male, the one with the knife ("W/M 20s" 20-29, "black tank top" kept) a person of his own; "tan
    # Ford Escape" escape with a partial plate as said ("JKR"), going west; the victim and his pickup (undescribed, his
    # own) a person and no vehicle; "approx $600" no address; "River Road by 7th" the intersection.
    dict(written="Robbery w/ knife just occurred, River Road by 7th, approx 1610. Vic was selling sweet corn off the tailgate of his pickup on the shoulder when 2 susp pulled up, one W/M 20s in a black tank top held a folding knife to his stomach and took the cash box, approx $600. Fled WB in a tan Ford Escape, partial plate JKR. Vic uninjured, shaken.",
         spoken="robbery with knife just occurred river road by seventh approximately sixteen ten victim was selling sweet corn off the tail gate of his pick up on the shoulder when two suspects pulled up one white male twenties in a black tank top held a folding knife to his stomach and took the cash box approximately six hundred dollars fled west bound in a tan ford escape partial plate j k r victim uninjured shaken",
         at="2033-08-05 16:18", entities=[("local", "2033-08-05 16:10"), P(count="1", sex="male"), P(count="2", sex="male"), P(count="1", sex="male", age="20-29", clothing=["black tank top"]), W("knife"), V(colour="tan", make="ford", model="escape", plate="JKR", direction="west")],
         places=[("intersection", "River Road", "7th Street")], category="robbery", priority="critical"),

    # ---------------------------------------------------------------- assault
    # A neighbour hitting another over the head with a folding chair at a block party, bleeding: assault, high. Both men
    # persons; "twenty minutes ago" is when the police left, no time of the event; "Oak between 3rd and 4th" the 300
    # block.
    dict(written="Still out on Oak for the block party, between 3rd and 4th. The guy from the green house just swung a folding chair into the head of the guy from across the street, all because his dog got into the food table. He's sitting on the curb with blood running down his face. The cops who came by for the party left twenty minutes ago.",
         spoken="still out on oak for the block party between third and fourth the guy from the green house just swung a folding chair into the head of the guy from across the street all because his dog got into the food table he's sitting on the curb with blood running down his face the cops who came by for the party left twenty minutes ago",
         at="2033-08-02 19:30", entities=[P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[("block", 300, "Oak Street")], category="assault", priority="high"),
    # A departing tenant shoving a landlord off porch steps, eyes open but not answering and bleeding from an ear: a
    # life at risk (critical). The landlord and the tenant (no sex said) persons; "blue Kia Sorento" sorento with its
    # plate (LNE3308); "1014 Chestnut" the address.
    dict(written="My landlord came to do the move-out walkthrough at 1014 Chestnut and the tenant who's leaving got mad about the deposit and shoved him backwards off the top of the porch steps. He hit the walkway with his head. His eyes are open but he's not answering me or moving, and his ear is bleeding. The tenant just drove off in a blue Kia Sorento, plate LNE 3308.",
         spoken="my landlord came to do the move out walk through at ten fourteen chestnut and the tenant who's leaving got mad about the deposit and shoved him backwards off the top of the porch steps he hit the walk way with his head his eyes are open but he's not answering me or moving and his ear is bleeding the tenant just drove off in a blue kia sorento plate l n e three three oh eight",
         at="2033-08-01 12:30", entities=[P(count="1", sex="male"), P(count="1"), V(colour="blue", make="kia", model="sorento", plate="LNE3308"), ("now",)],
         places=[("address", 1014, "Chestnut Street")], category="assault", priority="critical"),
    # A boy punched in the stomach and face at the Tuesday Night Out, told on the Thursday: an injury days old, high
    # lowered to medium. The son, the older boy, the chief (in the dunk tank) and "everybody" watching ("2+") are
    # persons; "Tuesday night" no time; the lot is the police station's.
    dict(written="I want to report something from Tuesday night at the National Night Out at the police station. While everybody was watching the chief in the dunk tank, an older boy punched my son in the stomach and then in the face behind the snow cone table because my son wouldn't give up his spot in line. His nose has been bleeding on and off since. We know the boy's name.",
         spoken="i want to report something from tuesday night at the national night out at the police station while everybody was watching the chief in the dunk tank an older boy punched my son in the stomach and then in the face behind the snow cone table because my son wouldn't give up his spot in line his nose has been bleeding on and off since we know the boy's name",
         at="2033-08-04 17:20", entities=[P(count="2+"), P(count="1"), P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("landmark", "Oakford Police Department")], category="assault", priority="medium"),
    # A text: a girl shoved off a dock onto rocks left bare by the low river, mouth bleeding and an ankle maybe broken:
    # assault, high. The friend a person; "3 of them" 3 male; "one has a orange hat" a person of his own; "rn" where
    # they are (now); the boat launch is Riverside Park's.
    dict(written="some older guys on the dock at riverside park just shoved my friend off the end of it as a joke and the water's super low bc theres been no rain so she landed on the rocks. her mouths bleeding and she thinks her ankle is broken. theyre laughing in the parking lot rn. 3 of them, one has a orange hat",
         spoken="some older guys on the dock at river side park just shoved my friend off the end of it as a joke and the water's super low because there's been no rain so she landed on the rocks her mouth's bleeding and she thinks her ankle is broken they're laughing in the parking lot right now three of them one has a orange hat",
         at="2033-08-04 16:15", entities=[P(count="3", sex="male"), P(count="1", sex="female"), ("now",), P(count="1", clothing=["orange hat"])],
         places=[("landmark", "Riverside Park")], category="assault", priority="high"),
    # Non-native: a taxi driver choked from the back seat over a seatbelt, breathing again with a hurt neck and a bitten
    # lip: assault, high (an injury; the choking is over, unlike holdout22's strangling). "big man" heavy, "white shirt"
    # kept; the caller's own taxi no vehicle; "some seconds" no time; "Kingsley by 6th" the intersection; "toward Main"
    # a street alone.
    dict(written="Hello, I am taxi driver. The passenger in the back, I ask him please wear the seatbelt, he become angry and he put his arm around my neck from behind and squeeze, I cannot breathe some seconds. Then he jump out and run toward Main. My neck is very hurt and I have blood on my lip where I bite it. I am stopped on Kingsley by 6th. He is big man, white shirt.",
         spoken="hello i am taxi driver the passenger in the back i ask him please wear the seat belt he become angry and he put his arm around my neck from behind and squeeze i cannot breathe some seconds then he jump out and run toward maine my neck is very hurt and i have blood on my lip where i bite it i am stopped on kingsly by sixth he is big man white shirt",
         at="2033-08-05 01:15", entities=[P(count="1", sex="male", build="heavy", clothing=["white shirt"])],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="assault", priority="high"),
    # Elderly: a new neighbour knocking an old woman's cane away and pushing her into a flower bed over the watering
    # ban, her arm cut and unable to get up: assault, high. "The young man" 18-29; "now" where he is (now); "205 Church
    # Street" an address on a short street.
    dict(written="This is Dorothy Keane at 205 Church Street. The young man who moved in next door Monday just came over while I was watering my tomatoes with the can, called me a snitch about the water ban, knocked my cane out of my hand and pushed me down into my own flower bed. I've cut my arm on the edging and I can't get up off the ground, I'm on the cordless phone. He's back in his yard now.",
         spoken="this is dorothy keane at two oh five church street the young man who moved in next door monday just came over while i was watering my tomatoes with the can called me a snitch about the water ban knocked my cane out of my hand and pushed me down into my own flower bed i've cut my arm on the edging and i can't get up off the ground i'm on the cordless phone he's back in his yard now",
         at="2033-08-03 09:20", entities=[P(count="1", sex="male", age="18-29"), ("now",)],
         places=[("address", 205, "Church Street")], category="assault", priority="high"),

    # ---------------------------------------------------------------- burglary
    # Somebody in an apartment emptied on moving day, sawing pipe "right now": burglary, medium raised to high.
    # "somebody" a person; the landlord (in Florida) no person; "318 Hawthorn Avenue" the address.
    dict(written="The apartment next to mine at 318 Hawthorn Avenue has been empty since the tenants moved out Monday, and there's a headlamp moving around in there right now. Through my wall I hear somebody sawing through the pipes in the bathroom. The back window's been pried open. The landlord's in Florida.",
         spoken="the apartment next to mine at three eighteen hawthorne avenue has been empty since the tenants moved out monday and there's a head lamp moving around in there right now through my wall i hear somebody sawing through the pipes in the bath room the back window's been pried open the landlord's in florida",
         at="2033-08-02 22:50", entities=[("now",), P(count="1")],
         places=[("address", 318, "Hawthorn Avenue")], category="burglary", priority="high"),
    # An alarm company's glass-break and stockroom motion at a mall shoe store, video of three people filling bags:
    # burglary, high (a said time within 15 minutes). "0340 hrs" the time; "three subjects" 3 ("dark clothing" no
    # clothing); mall security and the keyholder no persons; the store is inside Northgate Mall.
    dict(written="Pinnacle Security monitoring, calling for Sole Street Sneakers inside Northgate Mall. Glass break on the storefront gate at 0340 hrs, then motion in the stockroom. Our video shows three subjects in dark clothing filling duffel bags off the shelves. Mall security has been notified, no keyholder reached yet.",
         spoken="pinnacle security monitoring calling for sole street sneakers inside north gate mall glass break on the store front gate at zero three forty hours then motion in the stock room our video shows three subjects in dark clothing filling duffel bags off the shelves mall security has been notified no key holder reached yet",
         at="2033-08-07 03:44", entities=[("local", "2033-08-07 03:40"), P(count="3")],
         places=[("landmark", "Northgate Mall")], category="burglary", priority="high"),
    # A house entered while the family was at a block party, found on coming back (no time said): burglary, medium.
    # "from 6:30 until just now" when they were away, no time; the son and the wife (through possessives) persons; "1108
    # Oak" the address.
    dict(written="We were down the street at the Night Out party from 6:30 until just now, and when we walked back in at 1108 Oak the back slider was off its track and my son's gaming laptop and my wife's purse are gone. They went through every drawer in our bedroom. Every cop in town was a block away, that's the part that gets me.",
         spoken="we were down the street at the night out party from six thirty until just now and when we walked back in at eleven oh eight oak the back slider was off its track and my son's gaming lap top and my wife's purse are gone they went through every drawer in our bed room every cop in town was a block away that's the part that gets me",
         at="2033-08-02 22:15", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 1108, "Oak Street")], category="burglary", priority="medium"),
    # "Overnight" 02:00, told at 07:10 (five hours): a gas crew's storage container cut open and tools taken: burglary,
    # medium. "somebody" a person; "$22,000" no address; "Walnut between 7th and 8th" the 700 block.
    dict(written="Foreman for the gas main replacement on Walnut between 7th and 8th. Overnight somebody cut the lock on the storage container we keep on the corner lot and took the pipe fusion machine, two demo saws and a generator. That fusion machine alone is $22,000. We can't tie in any services today without it.",
         spoken="foreman for the gas main replacement on wallnut between seventh and eighth overnight somebody cut the lock on the storage container we keep on the corner lot and took the pipe fusion machine two demo saws and a generator that fusion machine alone is twenty two thousand dollars we can't tie in any services today without it",
         at="2033-08-02 07:10", entities=[("local", "2033-08-02 02:00"), P(count="1")],
         places=[("block", 700, "Walnut Street")], category="burglary", priority="medium"),
    # A child care centre closed for its summer week, found pried days later: burglary lowered to low (days old). Nobody
    # seen, so no person; "Friday" and "Monday" no times; "640 Main Street" the address.
    dict(written="Director at Bright Beginnings Child Care, 640 Main Street. We're closed for our summer break week and I just came in to set up for Monday. The back window by the infant room is pried out of its frame and the two office iPads, the petty cash tin and a case of diapers are gone. The last person in here was me, on Friday.",
         spoken="director at bright beginnings child care six forty main street we're closed for our summer break week and i just came in to set up for monday the back window by the infant room is pried out of its frame and the two office i pads the petty cash tin and a case of diapers are gone the last person in here was me on friday",
         at="2033-08-04 07:40", entities=[],
         places=[("address", 640, "Main Street")], category="burglary", priority="low"),
    # Somebody moving about "right now" in a festival's padlocked storage room under a bandstand: burglary, medium
    # raised to high (a locked structure, as holdout22's signal shed). "somebody" a person; "at 10" when the stage
    # wrapped, no time; "everybody" (gone) no person; the bandstand is Maple Square's.
    dict(written="Festival security, Maple Square. The storage room under the bandstand where we lock up the festival's cash bags and the t-shirt boxes has its padlock cut off and the door's cracked open. Somebody's in there right now, boxes are scraping across the floor. The stage wrapped at 10 and everybody's gone home. I'm back by the gate.",
         spoken="festival security maple square the storage room under the band stand where we lock up the festival's cash bags and the t shirt boxes has its pad lock cut off and the door's cracked open somebody's in there right now boxes are scraping across the floor the stage wrapped at ten and everybody's gone home i'm back by the gate",
         at="2033-08-06 23:35", entities=[P(count="1"), ("now",)],
         places=[("landmark", "Maple Square")], category="burglary", priority="high"),

    # ---------------------------------------------------------------- theft
    # Mall security watching a woman layer new jeans under her own clothes in a fitting room "right now": theft, medium
    # raised to high. "Pink tank top" and "black leggings" kept, a bun no clothing; the friend keeping watch a person;
    # the store is in Northgate Mall.
    dict(written="Loss prevention at Northgate Mall, the department store on the east end. We've got a woman in our fitting rooms right now pulling on new jeans under her own leggings, that's her third pair, and her friend is standing lookout at the curtain with an empty shopping bag. Tax-free weekend, so we're slammed. Pink tank top, black leggings, hair in a bun.",
         spoken="loss prevention at north gate mall the department store on the east end we've got a woman in our fitting rooms right now pulling on new jeans under her own leggings that's her third pair and her friend is standing look out at the curtain with an empty shopping bag tax free weekend so we're slammed pink tank top black leggings hair in a bun",
         at="2033-08-06 12:15", entities=[P(count="1", sex="female", clothing=["pink tank top", "black leggings"]), ("now",), P(count="1")],
         places=[("landmark", "Northgate Mall")], category="theft", priority="high"),
    # Two full rain barrels taken off a house's downspouts "this afternoon" (no time), found on coming home: theft,
    # medium. Nobody seen, "somebody" a person; "55-gallon" and "$180" no numbers of a place; "537 Willow Street" the
    # address.
    dict(written="Somebody stole both of my rain barrels right off the downspouts at 537 Willow Street sometime this afternoon during my shift, and they were full, 55 gallons each. They must have drained them or had a truck, those things weigh a ton full. That's the only water I've had for my garden since the ban. They were $180 apiece.",
         spoken="somebody stole both of my rain barrels right off the down spouts at five thirty seven willow street sometime this afternoon during my shift and they were full fifty five gallons each they must have drained them or had a truck those things weigh a ton full that's the only water i've had for my garden since the ban they were a hundred and eighty apiece",
         at="2033-08-05 17:40", entities=[P(count="1")],
         places=[("address", 537, "Willow Street")], category="theft", priority="medium"),
    # A web report of water taken from an outside spigot three nights running (a habit): theft, low. The woman a person;
    # "Monday" and "three nights running" no times; "409 Birch Street" the address.
    dict(written="Web report: Since the town banned outdoor watering on Monday, somebody has been coming into my side yard at 409 Birch Street after dark and filling jugs from my outside spigot. My camera shows a woman with a wagon full of gallon jugs three nights running, and my water bill is going to be ridiculous. I've taken the handle off for now.",
         spoken="web report since the town banned outdoor watering on monday somebody has been coming into my side yard at four oh nine burch street after dark and filling jugs from my outside spigot my camera shows a woman with a wagon full of gallon jugs three nights running and my water bill is going to be ridiculous i've taken the handle off for now",
         at="2033-08-05 10:20", entities=[P(count="1", sex="female")],
         places=[("address", 409, "Birch Street")], category="theft", priority="low"),
    # "about half an hour ago": a fiddle taken from behind a chair in a jam circle, theft, medium. The lady and the tall
    # man ("straw hat" -> "hat") persons; the grandfather (dead) no person; "1938" no time; the jam circle is Maple
    # Square's.
    dict(written="Somebody walked off with my fiddle at the bluegrass festival. I set the case down behind my chair in the jam circle at the back of Maple Square, and when I turned around about half an hour ago it was gone. It was my grandfather's, from 1938. A lady next to me remembers a tall man in a straw hat standing right behind us.",
         spoken="somebody walked off with my fiddle at the bluegrass festival i set the case down behind my chair in the jam circle at the back of maple square and when i turned around about half an hour ago it was gone it was my grandfather's from nineteen thirty eight a lady next to me remembers a tall man in a straw hat standing right behind us",
         at="2033-08-06 17:10", entities=[("ago", 30), P(count="1", sex="female"), P(count="1", sex="male", height="tall", clothing=["hat"])],
         places=[("landmark", "Maple Square")], category="theft", priority="medium"),
    # "about 20 minutes ago": a racer's bike wheeled out of a duathlon transition area by a man in a volunteer vest,
    # theft, medium. "white Cannondale" white bicycle (Cannondale no make, as holdout22's); "orange volunteer vest" ->
    # "orange vest"; the racer (back from the run) and the kid handing out water persons, the volunteers no persons; the
    # transition area is Riverside Park's.
    dict(written="Duathlon timing tent at Riverside Park. One of our racers just came in off the second run and his bike's gone from the transition rack. A kid handing out water says a man in an orange volunteer vest wheeled a white Cannondale out the back of the transition area about 20 minutes ago and rode it off toward the road. None of our volunteers took it.",
         spoken="duathlon timing tent at river side park one of our racers just came in off the second run and his bike's gone from the transition rack a kid handing out water says a man in an orange volunteer vest wheeled a white cannondale out the back of the transition area about twenty minutes ago and rode it off toward the road none of our volunteers took it",
         at="2033-08-07 09:50", entities=[P(count="1", sex="male"), P(count="1"), P(count="1", sex="male", clothing=["orange vest"]), V(colour="white", type="bicycle"), ("ago", 20)],
         places=[("landmark", "Riverside Park")], category="theft", priority="medium"),
    # "sometime last night" 23:00 the day before, told at 08:55: new hydrangeas dug up and taken, hours old, theft
    # lowered to low. "Somebody" a person; "617 Elm Street" the address.
    dict(written="Somebody dug up the three new hydrangeas I planted along my front walk at 617 Elm Street sometime last night and took them, holes and all. I'd been hand-watering them with a can every evening because of the ban. Who steals plants?",
         spoken="somebody dug up the three new hydrangeas i planted along my front walk at six seventeen elm street sometime last night and took them holes and all i'd been hand watering them with a can every evening because of the ban who steals plants",
         at="2033-08-04 08:55", entities=[P(count="1"), ("local", "2033-08-03 23:00")],
         places=[("address", 617, "Elm Street")], category="theft", priority="low"),
    # A man wheeling a flatbed of bottled water out of a supermarket unpaid and loading a van "right now": theft, medium
    # raised to high. "Heavy set" heavy, "orange safety shirt" -> "orange shirt", "jeans" kept; "grey Chevy Express van"
    # chevrolet express (no type: the model describes it); "about twenty cases" no address; the store is FreshMart.
    dict(written="FreshMart, assistant manager. A man just pushed a flatbed cart stacked with about twenty cases of bottled water straight out the front doors without paying, and he's stacking them in the back of a grey Chevy Express van at the curb right now. Since the water ban people are buying it by the pallet, he's the second one this week to try this. Heavy set, orange safety shirt, jeans.",
         spoken="fresh mart assistant manager a man just pushed a flat bed cart stacked with about twenty cases of bottled water straight out the front doors without paying and he's stacking them in the back of a gray chevy express van at the curb right now since the water ban people are buying it by the pallet he's the second one this week to try this heavy set orange safety shirt jeans",
         at="2033-08-03 13:40", entities=[P(count="1", sex="male", build="heavy", clothing=["orange shirt", "jeans"]), V(colour="grey", make="chevrolet", model="express"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="theft", priority="high"),

    # ---------------------------------------------------------------- traffic
    # A car driven around the cones onto a duathlon course into a cyclist, the rider not moving: a life at risk
    # (critical). "grey Toyota RAV4" rav4; the rider and "the lady driving" persons; "River Road by 11th" the
    # intersection.
    dict(written="A car just drove around the cones onto the bike course on River Road by 11th and hit one of the duathlon riders from behind. He flew up over the hood and he's face down on the pavement, not moving at all. The lady driving is out of the car screaming she didn't see the cones. It's a grey Toyota RAV4.",
         spoken="a car just drove around the cones onto the bike course on river road by eleventh and hit one of the duathlon riders from behind he flew up over the hood and he's face down on the pavement not moving at all the lady driving is out of the car screaming she didn't see the cones it's a gray toyota rav four",
         at="2033-08-07 10:05", entities=[P(count="1", sex="male"), P(count="1", sex="female"), V(colour="grey", make="toyota", model="rav4"), ("now",)],
         places=[("intersection", "River Road", "11th Street")], category="traffic", priority="critical"),
    # A head-on in a one-lane work zone when the flagger waved both ends through, the van driver bleeding and holding
    # her chest: traffic, high (injuries). "a white church van" white van and "a black Chevy Colorado" colorado (no
    # type: the model describes it); the flagger, the van driver and "The old folks" ("2+", 60-90) persons; "Walnut by
    # 8th" the intersection.
    dict(written="The flagger at the gas job on Walnut by 8th waved cars through from both ends at once and a white church van and a black Chevy Colorado hit head-on in the one open lane. The van driver's got blood running down from her forehead and she's holding her chest where the belt was. The old folks in the back of the van seem okay, just shaken up.",
         spoken="the flagger at the gas job on wall nut by eighth waved cars through from both ends at once and a white church van and a black chevy colorado hit head on in the one open lane the van driver's got blood running down from her forehead and she's holding her chest where the belt was the old folks in the back of the van seem okay just shaken up",
         at="2033-08-02 15:20", entities=[P(count="1"), V(colour="white", type="van"), V(colour="black", make="chevrolet", model="colorado"), P(count="1", sex="female"), P(count="2+", age="60-90")],
         places=[("intersection", "Walnut Street", "8th Street")], category="traffic", priority="high"),
    # A moving truck backing over a streetlight pole that now lies across a sidewalk with wires out of its base, no time
    # said: traffic, medium (a hazard). "a big white moving truck" white truck; the driver a person; "Elm and 2nd" the
    # intersection.
    dict(written="A big white moving truck backing into a driveway at Elm and 2nd just knocked over the streetlight pole on the corner. The pole's lying across the whole sidewalk and the wires are hanging out of the base. The driver hopped out and he's making a call. People are walking their dogs right by it.",
         spoken="a big white moving truck backing into a drive way at elm and second just knocked over the street light pole on the corner the pole's lying across the whole side walk and the wires are hanging out of the base the driver hopped out and he's making a call people are walking their dogs right by it",
         at="2033-08-01 09:10", entities=[V(colour="white", type="truck"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("intersection", "Elm Street", "2nd Street")], category="traffic", priority="medium"),
    # A scooter rider hit by a car leaving a mall lot, his arm bleeding, sitting up: traffic, high. "a stand-up electric
    # scooter" scooter; "a tan Lexus" lexus (no type word); the kid and "an older lady" (60-90) persons; "maybe 15" a
    # victim's estimate (not annotated); the lot exit is Northgate Mall's.
    dict(written="A kid on one of those stand-up electric scooters just got hit by a car pulling out of the Northgate Mall lot onto Cedar. He's up on the grass holding his arm, it's torn up and bleeding pretty bad and his wrist is bent wrong. He's maybe 15. The driver's an older lady in a tan Lexus, she stopped and she's crying.",
         spoken="a kid on one of those stand up electric scooters just got hit by a car pulling out of the north gate mall lot onto ceder he's up on the grass holding his arm it's torn up and bleeding pretty bad and his wrist is bent wrong he's maybe fifteen the driver's an older lady in a tan lexus she stopped and she's crying",
         at="2033-08-06 16:30", entities=[V(type="scooter"), P(count="1", sex="male"), P(count="1", sex="female", age="60-90"), V(colour="tan", make="lexus"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="traffic", priority="high"),
    # Drivers hopping the curb and using a sidewalk to get around a block party's barricade, a stroller nearly hit, no
    # time said: traffic, medium (a hazard; children raise only a low call). The drivers "2+", the mom with the stroller
    # a person; "a black Honda Civic" civic; "Oak and 4th" the intersection.
    dict(written="Drivers keep hopping the curb and cutting across the sidewalk to get around our block party barricade at Oak and 4th instead of going around the block. A black Honda Civic just came through fast and missed a mom pushing a stroller by about a foot. Can somebody come stand at this end?",
         spoken="drivers keep hopping the curb and cutting across the side walk to get around our block party barricade at oak and fourth instead of going around the block a black honda civic just came through fast and missed a mom pushing a stroller by about a foot can somebody come stand at this end",
         at="2033-08-02 18:50", entities=[P(count="2+"), V(colour="black", make="honda", model="civic"), P(count="1", sex="female"), ("now",)],
         places=[("intersection", "Oak Street", "4th Street")], category="traffic", priority="medium"),
    # A car nose down in a gas-main trench at night, its driver out and fine, no time said: traffic, medium. "white Kia
    # Forte" forte; the driver a person; "Walnut by 9th" the intersection.
    dict(written="Somebody just plowed a car through the cones on Walnut by 9th and the front wheels went down into the gas company's trench. It's a white Kia Forte, it's stuck nose down with the back end up in the air. The driver climbed out the back door and says he's fine. The cones and the blinking lights are all knocked over so nobody can see the hole.",
         spoken="somebody just plowed a car through the cones on walnut by ninth and the front wheels went down into the gas company's trench it's a white kia forte it's stuck nose down with the back end up in the air the driver climbed out the back door and says he's fine the cones and the blinking lights are all knocked over so nobody can see the hole",
         at="2033-08-03 23:20", entities=[V(colour="white", make="kia", model="forte"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Walnut Street", "9th Street")], category="traffic", priority="medium"),
    # A web tip about a car parked across a curb ramp every weekday morning (a habit): traffic, low. "a blue Ford
    # Escape" escape; the mother a person; "Every weekday morning" and "since Monday" no times; "Walnut and 6th" the
    # intersection.
    dict(written="Web tip: Every weekday morning since the gas crew took the parking on Walnut, a blue Ford Escape parks across the curb ramp at Walnut and 6th. My mother's in a wheelchair and she can't get down to the crosswalk, she has to go out into the street. I left a note on it and it's still there every day.",
         spoken="web tip every weekday morning since the gas crew took the parking on walnut a blue ford escape parks across the curb ramp at walnut and sixth my mother's in a wheel chair and she can't get down to the cross walk she has to go out into the street i left a note on it and it's still there every day",
         at="2033-08-05 08:30", entities=[V(colour="blue", make="ford", model="escape"), P(count="1", sex="female")],
         places=[("intersection", "Walnut Street", "6th Street")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # A tanker truck pumping water out of the river at a closed boat launch at night during the drought ("is pumping",
    # going on): low raised to medium. "a tanker truck" truck; "two guys" 2 male; "an hour" a duration; the boat ramp is
    # Riverside Park's.
    dict(written="There's a tanker truck sitting at the bottom of the Riverside Park boat ramp with a fat hose out into the river, and it's pumping water out with the engine roaring. No company name on it, no lights. Two guys are sitting on the tailgate smoking. It's been going an hour, with the river this low and the park closed.",
         spoken="there's a tanker truck sitting at the bottom of the riverside park boat ramp with a fat hose out into the river and it's pumping water out with the engine roaring no company name on it no lights two guys are sitting on the tail gate smoking it's been going an hour with the river this low and the park closed",
         at="2033-08-04 22:40", entities=[V(type="truck"), P(count="2", sex="male")],
         places=[("landmark", "Riverside Park")], category="suspicious_vehicle", priority="medium"),
    # A car parked across from a Night Out cookout, its two men photographing the police cars and officers ("keep
    # taking", going on): low raised to medium. "dark grey Chrysler 300" grey chrysler 300; "Two men" 2 male; the
    # officers "2+" and the cop who walked over persons; "across the street from the police station" relative.
    dict(written="There's a dark grey Chrysler 300 with tinted windows parked across the street from the police station while the Night Out cookout's going on. Two men inside keep taking pictures of the cruisers' plates and the officers' faces with a long lens. When a cop walked toward them they rolled up the windows.",
         spoken="there's a dark gray chrysler three hundred with tinted windows parked across the street from the police station while the night out cook out's going on two men inside keep taking pictures of the cruisers' plates and the officers' faces with a long lens when a cop walked toward them they rolled up the windows",
         at="2033-08-02 19:10", entities=[V(colour="grey", make="chrysler", model="300"), P(count="2", sex="male"), P(count="2+"), P(count="1")],
         places=[("relative", ("landmark", "Oakford Police Department"))], category="suspicious_vehicle", priority="medium"),
    # A stranger's car found parked in the caller's own driveway, empty and its hood cold (a state, no time said): low.
    # "maroon Buick LaCrosse" lacrosse with its plate read with a word for a letter (3KM905); the neighbours no persons
    # of the event; "822 12th Street" an address on a numbered street.
    dict(written="There's a car I've never seen parked in MY driveway at 822 12th Street, I just got home from work and had to park on the street. Maroon Buick LaCrosse, plate 3 K as in king M 905, nobody in it, the hood's cold so it's been there a while. None of my neighbors know whose it is. Can somebody run the plate?",
         spoken="there's a car i've never seen parked in my drive way at eight twenty two twelfth street i just got home from work and had to park on the street maroon buick lacrosse plate three k as in king m nine oh five nobody in it the hood's cold so it's been there a while none of my neighbors know whose it is can somebody run the plate",
         at="2033-08-04 18:45", entities=[V(colour="maroon", make="buick", model="lacrosse", plate="3KM905")],
         places=[("address", 822, "12th Street")], category="suspicious_vehicle", priority="low"),
    # "It's 2:40" said while the car creeps through a festival campers' field is that time: low raised to medium. "a
    # dark hatchback" hatchback (no colour); "somebody" with the flashlight a person; "the field behind the Old Mill
    # Brewery" relative.
    dict(written="It's 2:40 and a dark hatchback with its lights off is creeping through the field behind the Old Mill Brewery where all of us festival people are camping. Somebody's leaning out the passenger window shining a flashlight into the tents and onto the coolers. It's gone around twice.",
         spoken="it's two forty and a dark hatch back with its lights off is creeping through the field behind the old mill brewery where all of us festival people are camping somebody's leaning out the passenger window shining a flash light into the tents and onto the coolers it's gone around twice",
         at="2033-08-07 02:42", entities=[("local", "2033-08-07 02:40"), V(type="hatchback"), P(count="1")],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="suspicious_vehicle", priority="medium"),
    # A car parked four days in a supermarket lot, packed to the roof with boxes and clothes (a state): low. "silver
    # Nissan Rogue" rogue; "Florida plates" no plate said; "four days" a duration; the lot is FreshMart's.
    dict(written="Not urgent. There's a silver Nissan Rogue with Florida plates that's been parked at the far end of the FreshMart lot for four days now, packed to the roof with moving boxes and clothes on hangers. The windows are cracked an inch. Nobody's ever in it when I come in for my shift.",
         spoken="not urgent there's a silver nissan rogue with florida plates that's been parked at the far end of the fresh mart lot for four days now packed to the roof with moving boxes and clothes on hangers the windows are cracked an inch nobody's ever in it when i come in for my shift",
         at="2033-08-02 11:30", entities=[V(colour="silver", make="nissan", model="rogue")],
         places=[("landmark", "FreshMart Supermarket")], category="suspicious_vehicle", priority="low"),
    # Dispatch: an occupied SUV backed into a closed store's loading dock with its lights off "since approx 0230", told
    # at 02:40: within 15 minutes, low raised to medium. "grey Honda Pilot" pilot; "2 occupants" 2 ("face masks" ->
    # "mask"); the RP (a stocker) is the caller; the dock is FreshMart's.
    dict(written="Susp veh, FreshMart loading dock: grey Honda Pilot backed in w/ lights off since approx 0230, engine running, 2 occupants w/ face masks. Store closed. RP is an overnight stocker on a smoke break out back.",
         spoken="suspicious vehicle fresh mart loading dock gray honda pilot backed in with lights off since approximately zero two thirty engine running two occupants with face masks store closed r p is an overnight stocker on a smoke break out back",
         at="2033-08-05 02:40", entities=[V(colour="grey", make="honda", model="pilot"), ("local", "2033-08-05 02:30"), P(count="2", clothing=["mask"])],
         places=[("landmark", "FreshMart Supermarket")], category="suspicious_vehicle", priority="medium"),

    # ---------------------------------------------------------------- suspicious person
    # A text relayed by a parent: a man who has followed a 15-year-old and her friend around a mall for an hour, now
    # waiting outside the restroom she hides in: a girl in danger (high, as holdout22's follower). The daughter ("My
    # 15-year-old", age not annotated) and her friend persons; "old" 60-90, "black Harley t-shirt" -> "black t-shirt", a
    # grey ponytail no clothing; "now he's standing" where he is (now); "for the last hour" a duration, "ten minutes
    # out" no time; the food court is Northgate Mall's.
    dict(written="My 15-year-old is texting me from a stall in the ladies' room by the food court at Northgate Mall. A man's been following her and her friend from store to store for the last hour, and now he's standing right outside the restroom door waiting. I'm driving over, I'm ten minutes out. She says he's old, grey ponytail, black Harley t-shirt.",
         spoken="my fifteen year old is texting me from a stall in the ladies room by the food court at north gate mall a man's been following her and her friend from store to store for the last hour and now he's standing right outside the rest room door waiting i'm driving over i'm ten minutes out she says he's old gray pony tail black harley t shirt",
         at="2033-08-06 15:45", entities=[P(count="1", sex="female"), P(count="1"), P(count="1", sex="male", age="60-90", clothing=["black t-shirt"]), ("now",)],
         places=[("landmark", "Northgate Mall")], category="suspicious_person", priority="high"),
    # On moving day, a man walking into apartments whose doors are propped open while people carry boxes ("keeps
    # walking", going on): low raised to medium. "red cap" kept; the neighbour a person; "He's up on the third floor
    # now" where he is (now); "1005 Elm" the address.
    dict(written="Half our building at 1005 Elm is moving today so all the doors are propped open, and a guy nobody knows keeps walking into people's apartments while they're down at the trucks. He told my neighbor he's looking for his cat. He's up on the third floor now. Red cap, no shirt, carrying an empty backpack.",
         spoken="half our building at ten oh five elm is moving today so all the doors are propped open and a guy nobody knows keeps walking into people's apartments while they're down at the trucks he told my neighbor he's looking for his cat he's up on the third floor now red cap no shirt carrying an empty back pack",
         at="2033-08-01 13:20", entities=[P(count="1", sex="male", clothing=["red cap", "backpack"]), P(count="1"), ("now",)],
         places=[("address", 1005, "Elm Street")], category="suspicious_person", priority="medium"),
    # "It's 3:10" said while he is there is that time: a man with a headlamp crouching at the back bumper of each parked
    # car: low raised to medium. The man a person; the sister (on a train, not there) no person; the long-term lot is
    # Central Station's.
    dict(written="It's 3:10 and there's a guy with a headlamp walking slow down the rows of the long-term lot at Central Station, crouching down at the back bumper of every car for a few seconds and then moving on. He's got a bag over one shoulder. I'm waiting on my sister's train.",
         spoken="it's three ten and there's a guy with a head lamp walking slow down the rows of the long term lot at central station crouching down at the back bumper of every car for a few seconds and then moving on he's got a bag over one shoulder i'm waiting on my sister's train",
         at="2033-08-03 03:12", entities=[("local", "2033-08-03 03:10"), P(count="1", sex="male")],
         places=[("landmark", "Central Station")], category="suspicious_person", priority="medium"),
    # A web tip about a man going through a building's shared mailbox every afternoon since moving day (a habit): low.
    # "Every afternoon" and "since Monday" no times; the man a person; the tenants who moved out (gone) no persons;
    # "1120 Main" the address.
    dict(written="Web tip: Every afternoon since Monday a man I don't recognize has been opening the shared mailbox in the lobby of 1120 Main with a key and pulling out the mail for the two apartments that moved out. When I asked, he said he's forwarding it for them. Neither of them left a forwarding address with anybody.",
         spoken="web tip every afternoon since monday a man i don't recognize has been opening the shared mail box in the lobby of eleven twenty main with a key and pulling out the mail for the two apartments that moved out when i asked he said he's forwarding it for them neither of them left a forwarding address with anybody",
         at="2033-08-05 12:00", entities=[P(count="1", sex="male")],
         places=[("address", 1120, "Main Street")], category="suspicious_person", priority="low"),
    # A man claiming to be maintenance wandering into a pool's women's locker room, now in the pump room ("keeps
    # coming", going on): low raised to medium. "khaki shorts" kept; the girls "2+"; "He's in the pump room now" where
    # he is (now); the maintenance guy (off today) no person; the locker room is the Community Pool's.
    dict(written="Community Pool front desk. A man who says he's maintenance keeps coming into the women's locker room with a clipboard while girls are changing, he's been in there three times this hour. Our maintenance guy is off today and nobody here knows him. He's in the pump room now. Khaki shorts, no name badge.",
         spoken="community pool front desk a man who says he's maintenance keeps coming into the women's locker room with a clip board while girls are changing he's been in there three times this hour our maintenance guy is off today and nobody here knows him he's in the pump room now khaki shorts no name badge",
         at="2033-08-06 12:40", entities=[P(count="1", sex="male", clothing=["khaki shorts"]), P(count="2+", sex="female"), ("now",)],
         places=[("landmark", "Community Pool")], category="suspicious_person", priority="medium"),
    # Elderly: "It's 11:20" said while a stranger sits on her porch swing talking to himself is that time: low raised to
    # medium. The man a person; "I'm 79" not annotated; "twenty minutes" a duration; "1132 Cedar" the address.
    dict(written="I'm 79 and I live alone at 1132 Cedar. There's a man I don't know sitting on my porch swing, he's been out there twenty minutes rocking and talking to himself. It's 11:20 at night. I turned the porch light on and off and he just waved at the window. I'm afraid to open the door.",
         spoken="i'm seventy nine and i live alone at eleven thirty two ceder there's a man i don't know sitting on my porch swing he's been out there twenty minutes rocking and talking to himself it's eleven twenty at night i turned the porch light on and off and he just waved at the window i'm afraid to open the door",
         at="2033-08-04 23:22", entities=[P(count="1", sex="male"), ("local", "2033-08-04 23:20")],
         places=[("address", 1132, "Cedar Street")], category="suspicious_person", priority="medium"),

    # ---------------------------------------------------------------- drugs
    # Dealing out of a garage while the police are at the block parties ("are dealing", going on): low raised to medium.
    # "The two guys" 2 male; the cars pulling in are cars in general; "913 Chestnut" the address.
    dict(written="While every cop in town is at the Night Out parties, the two guys who rent the garage at 913 Chestnut are dealing out of it with the door halfway up. Cars pull in the driveway, somebody ducks under the door for a minute and comes back out. That's six cars since I sat down on my steps.",
         spoken="while every cop in town is at the night out parties the two guys who rent the garage at nine thirteen chesnut are dealing out of it with the door halfway up cars pull in the drive way somebody ducks under the door for a minute and comes back out that's six cars since i sat down on my steps",
         at="2033-08-02 19:45", entities=[P(count="2", sex="male"), P(count="1")],
         places=[("address", 913, "Chestnut Street")], category="drugs", priority="medium"),
    # A man selling moonshine and pills from a cooler behind a festival stage ("is selling", going on): low raised to
    # medium. The man ("Skinny" thin, "camo hat" kept, a ponytail no clothing) and "People" ("2+") persons; the stage is
    # Maple Square's.
    dict(written="There's a man behind the main stage at the bluegrass festival in Maple Square selling moonshine out of a cooler in little mason jars, and he's got a pill bottle he shakes at people when they buy. People keep going back there between sets. Skinny, long grey ponytail, camo hat.",
         spoken="there's a man behind the main stage at the bluegrass festival in maple square selling moon shine out of a cooler in little mason jars and he's got a pill bottle he shakes at people when they buy people keep going back there between sets skinny long gray pony tail camo hat",
         at="2033-08-06 18:30", entities=[P(count="1", sex="male", build="thin", clothing=["camo hat"]), P(count="2+")],
         places=[("landmark", "Maple Square")], category="drugs", priority="medium"),
    # A man dealing on a station platform with a pistol in an ankle holster: drugs with a weapon seen (high, as
    # holdout14's and holdout22's dealers). "a pistol" "handgun"; "black joggers" kept; the commuters "2+"; "the 5:32" a
    # schedule; "now" the caller's narrative, no time; the platform is Central Station's.
    dict(written="Inbound platform at Central Station. A guy in black joggers has been doing hand-to-hands with commuters coming off the 5:32, and when he sat down to count his money his pant leg rode up and there's a pistol in an ankle holster. He's on the bench by the stairs. I'm walking away from him now.",
         spoken="inbound platform at central station a guy in black joggers has been doing hand to hands with commuters coming off the five thirty two and when he sat down to count his money his pant leg rode up and there's a pistol in an ankle holster he's on the bench by the stairs i'm walking away from him now",
         at="2033-08-05 17:50", entities=[P(count="1", sex="male", clothing=["black joggers"]), P(count="2+"), W("handgun")],
         places=[("landmark", "Central Station")], category="drugs", priority="high"),
    # A day camp counselor sharing a THC pen with 12-year-old campers ("is passing", going on): low raised to medium for
    # the children. "maybe 19" 16-22; "three or four of the 12-year-old campers" 3+ (their stated age not annotated);
    # the director (gone home) no person; the portable classroom is Lincoln Elementary's.
    dict(written="I'm a parent volunteer at the Lincoln Elementary day camp. One of the counselors, maybe 19, is behind the portable classroom passing his THC pen to three or four of the 12-year-old campers, I can see the vapor from the field. The camp director went home sick.",
         spoken="i'm a parent volunteer at the lincoln elementary day camp one of the counselors maybe nineteen is behind the portable classroom passing his t h c pen to three or four of the twelve year old campers i can see the vapor from the field the camp director went home sick",
         at="2033-08-02 14:50", entities=[P(count="1", age="16-22"), P(count="3+")],
         places=[("landmark", "Lincoln Elementary School")], category="drugs", priority="medium"),
    # Non-native: crack smoke from downstairs coming into a baby's room every night (a habit): low raised to medium for
    # the child. The people downstairs "2+"; the baby a person; "every night" no time; "1033 Willow" the address.
    dict(written="Excuse me, I live upstairs at 1033 Willow. Every night the people downstairs smoke the crack, I know the smell, and it come up through the floor into the room where my baby sleep. She is four months. I knock to tell them and they laugh. What can I do?",
         spoken="excuse me i live upstairs at ten thirty three willow every night the people down stairs smoke the crack i know the smell and it come up through the floor into the room where my baby sleep she is four months i knock to tell them and they laugh what can i do",
         at="2033-08-03 22:10", entities=[P(count="2+"), P(count="1", sex="female")],
         places=[("address", 1033, "Willow Street")], category="drugs", priority="medium"),
    # A new tenant with short visits all week and a baggie with residue found that morning: a habit, low. The tenant and
    # the visitors ("2+") persons; "Monday" and "this morning" no times; "228 Spruce" the address.
    dict(written="The new tenant who moved into the bottom floor of 228 Spruce on Monday has had people in and out all week, five-minute visits at all hours, a lot of them on bikes. This morning I found a little baggie with white residue in it on our shared steps. I'm not okay with this on my steps.",
         spoken="the new tenant who moved into the bottom floor of two twenty eight spruce on monday has had people in and out all week five minute visits at all hours a lot of them on bikes this morning i found a little baggie with white residue in it on our shared steps i'm not okay with this on my steps",
         at="2033-08-07 11:15", entities=[P(count="1"), P(count="2+")],
         places=[("address", 228, "Spruce Street")], category="drugs", priority="low"),

    # ---------------------------------------------------------------- vandalism
    # "Overnight" 02:00, told at 07:50: a hose cut and sprinkler heads smashed by someone who thought the caller broke
    # the watering ban: vandalism, low. "somebody" a person; "1046 Oak" the address.
    dict(written="Overnight somebody cut my garden hose into pieces and stomped every one of my sprinkler heads flat at 1046 Oak, and left a note in my mailbox that says OBEY THE BAN. I'm on a private well, I'm allowed to water! That's about $300 of sprinkler heads.",
         spoken="overnight somebody cut my garden hose into pieces and stomped every one of my sprinkler heads flat at ten forty six oak and left a note in my mail box that says obey the ban i'm on a private well i'm allowed to water that's about three hundred dollars of sprinkler heads",
         at="2033-08-03 07:50", entities=[("local", "2033-08-03 02:00"), P(count="1")],
         places=[("address", 1046, "Oak Street")], category="vandalism", priority="low"),
    # Kids throwing rocks at a parked excavator's windows "right now": low raised to medium (kids doing the damage are
    # no children at risk). "a bunch of kids" 3+; "Walnut by 7th" the intersection.
    dict(written="A bunch of kids are throwing rocks at the gas company's excavator parked on Walnut by 7th right now, they've already broken out the side window of the cab and now they're climbing up on the bucket. The crew left at 5.",
         spoken="a bunch of kids are throwing rocks at the gas company's excavator parked on walnut by seventh right now they've already broken out the side window of the cab and now they're climbing up on the bucket the crew left at five",
         at="2033-08-01 19:40", entities=[P(count="3+"), ("now",)],
         places=[("intersection", "Walnut Street", "7th Street")], category="vandalism", priority="medium"),
    # The algae warning signs at a park beach pulled up and thrown in the river, found in the morning: vandalism, low.
    # "somebody" a person; "Parks" no person; "yesterday afternoon" when they were put up, no time; the beach is
    # Riverside Park's.
    dict(written="Parks department. Somebody pulled up all four of the blue-green algae warning signs we posted at the beach at Riverside Park yesterday afternoon and threw them in the river, we can see two of them stuck in the weeds. People are going to let their kids and dogs in that water without knowing.",
         spoken="parks department somebody pulled up all four of the blue green algae warning signs we posted at the beach at river side park yesterday afternoon and threw them in the river we can see two of them stuck in the weeds people are going to let their kids and dogs in that water without knowing",
         at="2033-08-05 08:10", entities=[P(count="1")],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="low"),
    # Two teenagers spray painting a police cruiser parked for a block party's display "right now": low raised to
    # medium. "Two teenagers" 2 13-19; the officers "2+"; the cruiser no vehicle (a car in general, undescribed, as
    # holdout22's church vans); "the 600 block of Birch" the block.
    dict(written="Two teenagers are spray painting the police cruiser that's parked at the end of the Night Out party on the 600 block of Birch. They're doing it right now, big green letters across both doors. The two officers are all the way down at the grill with their backs turned. Should I go tell them or is calling faster?",
         spoken="two teenagers are spray painting the police cruiser that's parked at the end of the night out party on the six hundred block of burch they're doing it right now big green letters across both doors the two officers are all the way down at the grill with their backs turned should i go tell them or is calling faster",
         at="2033-08-02 20:05", entities=[P(count="2", age="13-19"), ("now",), P(count="2")],
         places=[("block", 600, "Birch Street")], category="vandalism", priority="medium"),
    # "sometime overnight" 02:00, told at 07:20: words spray painted on a rental moving truck parked on a street:
    # vandalism, low. The rental truck "truck" (the event's vehicle, as holdout23's spraying truck); "somebody" a
    # person; "Monday" and "Friday" no times; "in front of 1152 Elm" relative to the address.
    dict(written="Somebody spray painted GO BACK TO BOSTON in big red letters down both sides of the rental moving truck we've got parked in front of 1152 Elm sometime overnight. We only moved in Monday. The rental company's going to charge us for it and we have to return it Friday.",
         spoken="somebody spray painted go back to boston in big red letters down both sides of the rental moving truck we've got parked in front of eleven fifty two elm sometime overnight we only moved in monday the rental company's going to charge us for it and we have to return it friday",
         at="2033-08-02 07:20", entities=[P(count="1"), V(type="truck"), ("local", "2033-08-02 02:00")],
         places=[("relative", ("address", 1152, "Elm Street"))], category="vandalism", priority="low"),
    # "It's 5:10" said while two men tear up race signs and throw them in the river is that time: low raised to medium.
    # "two guys" 2 male; "a grey pickup" grey pickup; "River Road by 9th" the intersection.
    dict(written="It's 5:10 in the morning and two guys in a grey pickup are going along River Road by 9th ripping out the duathlon's course signs and the mile markers and throwing them over the guardrail into the river. The race starts at 7. I'm a course marshal and I'm not going near them.",
         spoken="it's five ten in the morning and two guys in a gray pick up are going along river road by ninth ripping out the duathlon's course signs and the mile markers and throwing them over the guard rail into the river the race starts at seven i'm a course marshal and i'm not going near them",
         at="2033-08-07 05:12", entities=[("local", "2033-08-07 05:10"), P(count="2", sex="male"), V(colour="grey", type="pickup")],
         places=[("intersection", "River Road", "9th Street")], category="vandalism", priority="medium"),

    # ---------------------------------------------------------------- disturbance
    # A neighbour on the caller's lawn screaming he will kill him for reporting his sprinklers, no weapon: a
    # disturbance, high (a man in danger, as holdout22's threat). "right now" now; the wife and the baby persons; "1109
    # Maple Ave" the address.
    dict(written="My neighbor is standing on my front lawn at 1109 Maple Ave right now screaming that he's going to kill me because he thinks I reported his sprinklers to the water department. He's pounding on my storm door with his fist. I didn't even call anybody. I've got the door locked, my wife's upstairs with the baby.",
         spoken="my neighbor is standing on my front lawn at eleven oh nine maple avenue right now screaming that he's going to kill me because he thinks i reported his sprinklers to the water department he's pounding on my storm door with his fist i didn't even call anybody i've got the door locked my wife's upstairs with the baby",
         at="2033-08-03 18:20", entities=[P(count="1", sex="male"), ("now",), P(count="1", sex="female"), P(count="1")],
         places=[("address", 1109, "Maple Avenue")], category="disturbance", priority="high"),
    # "It's 1:40" said while a moving crew bangs furniture and shouts is that time: low raised to medium. "a crew of
    # guys" "2+" male and the "somebody" they move out persons; "up at 5" a habit; "1057 Pine" the address.
    dict(written="It's 1:40 in the morning and a crew of guys is moving somebody out of 1057 Pine, banging dressers down the outside stairs and shouting back and forth across the street with the truck's ramp clanging every two minutes. I've asked them once already. I have to be up at 5.",
         spoken="it's one forty in the morning and a crew of guys is moving somebody out of ten fifty seven pine banging dressers down the outside stairs and shouting back and forth across the street with the truck's ramp clanging every two minutes i've asked them once already i have to be up at five",
         at="2033-08-02 01:42", entities=[("local", "2033-08-02 01:40"), P(count="2+", sex="male"), P(count="1")],
         places=[("address", 1057, "Pine Street")], category="disturbance", priority="medium"),
    # A drunk man heckling officers at a Night Out open house and kicking over children's chalk drawings ("is yelling",
    # going on): low raised to medium. The man ("Yankees jersey" -> "jersey", flip flops no clothing), the officers
    # ("2+") and the little kids ("2+") persons; the lot is the police station's.
    dict(written="There's a drunk guy at the Night Out open house in the police station lot yelling at the officers that they're all crooks and kicking over the kids' sidewalk chalk buckets. The cops are mostly in the dunk tank line and ignoring him. The little kids are scared of him. Yankees jersey, flip flops.",
         spoken="there's a drunk guy at the night out open house in the police station lot yelling at the officers that they're all crooks and kicking over the kids side walk chalk buckets the cops are mostly in the dunk tank line and ignoring him the little kids are scared of him yankees jersey flip flops",
         at="2033-08-02 20:30", entities=[P(count="1", sex="male", clothing=["jersey"]), P(count="2+"), P(count="2+")],
         places=[("landmark", "Oakford Police Department")], category="disturbance", priority="medium"),
    # A man who yelled at the caller's children for a sprinkler "yesterday" (no time), no threat of harm: a disturbance,
    # low. The man and the kids ("2+") persons; "yesterday" no time; "Willow between 2nd and 3rd" the 200 block.
    dict(written="I'd like it on record. Yesterday a man from down the block on Willow between 2nd and 3rd stood at the end of my driveway screaming at my kids for playing in a little sprinkler, calling them water thieves and worse, till they were crying. We fill it from our rain barrel. He didn't touch anybody.",
         spoken="i'd like it on record yesterday a man from down the block on willo between second and third stood at the end of my drive way screaming at my kids for playing in a little sprinkler calling them water thieves and worse till they were crying we fill it from our rain barrel he didn't touch anybody",
         at="2033-08-04 10:40", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("block", 200, "Willow Street")], category="disturbance", priority="low"),
    # "It's 10:40" said while a thrown-out man bangs on a brewery's windows and screams at the band is that time: low
    # raised to medium. The man, the band ("2+") and the bouncer persons; the patio is the Old Mill Brewery's.
    dict(written="Bartender at the Old Mill Brewery. It's 10:40 and a guy we threw out of the patio concert is out in the lot banging on the windows with both hands and screaming at the band, he's already knocked over a row of bikes. Our bouncer's keeping the door shut. Bald, sunburned, red tank top.",
         spoken="bartender at the old mill brewery it's ten forty and a guy we threw out of the patio concert is out in the lot banging on the windows with both hands and screaming at the band he's already knocked over a row of bikes our bouncer's keeping the door shut bald sunburned red tank top",
         at="2033-08-04 22:42", entities=[("local", "2033-08-04 22:40"), P(count="1", sex="male", clothing=["red tank top"]), P(count="2+"), P(count="1")],
         places=[("landmark", "Old Mill Brewery")], category="disturbance", priority="medium"),
    # A web tip about a car alarm set off by every passing gas crew truck since Monday, the owner away (a habit): low.
    # "black Jeep Wrangler" wrangler; the owner (away) no person; "since Monday" no time; "in front of 621 10th Street"
    # relative to an address on a numbered street.
    dict(written="Web tip: The black Jeep Wrangler parked in front of 621 10th Street has an alarm that goes off every time one of the gas crew's dump trucks rumbles past, which has been every twenty minutes since Monday, 7 to 5. The owner's on vacation, the neighbors say. Can somebody tow it or disconnect it?",
         spoken="web tip the black jeep wrangler parked in front of six twenty one tenth street has an alarm that goes off every time one of the gas crew's dump trucks rumbles past which has been every twenty minutes since monday seven to five the owner's on vacation the neighbors say can somebody tow it or disconnect it",
         at="2033-08-05 15:30", entities=[V(colour="black", make="jeep", model="wrangler")],
         places=[("relative", ("address", 621, "10th Street"))], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # A toddler sitting in an open third-floor window with the screen pushed out, nobody answering the door: a life at
    # risk (other, critical, as holdout22's man on the tracks). The boy a person ("maybe 2" not annotated); "416 Willow"
    # the address.
    dict(written="There's a little boy sitting in the open third-floor window at 416 Willow with the screen pushed out, his legs are hanging over the edge. He's maybe 2. I've been pounding on the front door and nobody answers. I'm standing underneath in case he falls. Please hurry.",
         spoken="there's a little boy sitting in the open third floor window at four sixteen willo with the screen pushed out his legs are hanging over the edge he's maybe two i've been pounding on the front door and nobody answers i'm standing underneath in case he falls please hurry",
         at="2033-08-01 17:55", entities=[P(count="1", sex="male")],
         places=[("address", 416, "Willow Street")], category="other", priority="critical"),
    # A welfare check: an old woman unseen for three days in the heat with her air conditioner broken: other, high (a
    # life possibly at risk). Mrs. Kowalski a person ("in her 80s" not annotated); "three days" a duration; "1183
    # Spruce" the address.
    dict(written="Can someone check on Mrs. Kowalski at 1183 Spruce? She's in her 80s and lives alone and nobody's seen her in three days, her newspapers are piling up on the step. Her air conditioner broke last week and it's been over 90 every day. I can hear her TV through the door but she won't answer and the door's locked.",
         spoken="can someone check on missus kowalski at eleven eighty three spruse she's in her eighties and lives alone and nobody's seen her in three days her newspapers are piling up on the step her air conditioner broke last week and it's been over ninety every day i can hear her t v through the door but she won't answer and the door's locked",
         at="2033-08-03 18:05", entities=[P(count="1", sex="female")],
         places=[("address", 1183, "Spruce Street")], category="other", priority="high"),
    # A boy stuck to his thighs in river mud left by the drought, tiring: a child in danger (other, high). "The kid" a
    # person, "His friends" "2+"; "maybe 10" not annotated; "below the footbridge" part of Riverside Park.
    dict(written="There's a kid stuck in the mud where the river dried up below the footbridge in Riverside Park, he's in past his thighs and every time he pulls he sinks more. His friends tried to grab him and now they're scared to go out there. He's maybe 10 and he's getting tired and crying. There's still water running a few feet from him.",
         spoken="there's a kid stuck in the mud where the river dried up below the foot bridge in riverside park he's in past his thighs and every time he pulls he sinks more his friends tried to grab him and now they're scared to go out there he's maybe ten and he's getting tired and crying there's still water running a few feet from him",
         at="2033-08-05 16:20", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="other", priority="high"),
    # No place. A question about the watering ban: other, low. The grandkids "2+"; "this weekend" a future time.
    dict(written="Just a question, not an emergency. With the watering ban that started today, am I allowed to fill a little kiddie pool for my grandkids this weekend, or does that count as outdoor watering? The notice on the door doesn't say.",
         spoken="just a question not an emergency with the watering ban that started today am i allowed to fill a little kiddie pool for my grand kids this weekend or does that count as outdoor watering the notice on the door doesn't say",
         at="2033-08-01 09:40", entities=[P(count="2+")],
         places=[], category="other", priority="low"),
    # Families swimming past closed-beach signs in an algae advisory: other, low (a health rule broken, nobody ill;
    # "other" is not raised for children). "a bunch of families" 3+, their kids "2+"; the beach is Riverside Park's.
    dict(written="Not an emergency but somebody should know. The beach at Riverside Park is closed for the algae and there's signs everywhere, and there's still a bunch of families out in the water with little kids, and a couple of dogs. The water's bright green at the edges. The lifeguard chair's empty.",
         spoken="not an emergency but somebody should know the beach at riverside park is closed for the algae and there's signs everywhere and there's still a bunch of families out in the water with little kids and a couple of dogs the water's bright green at the edges the life guard chair's empty",
         at="2033-08-04 13:15", entities=[P(count="3+"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="other", priority="low"),
    # A trench left open with no fence or plates at a crosswalk that day campers use: other, medium (a hazard over
    # people, as holdout23's crane). The campers "2+"; "Walnut by 6th" the intersection; the pool (where they walk) no
    # place of the tip.
    dict(written="The gas crew left their trench on Walnut by 6th wide open for lunch, no fence, no plates, no cones, right at the crosswalk. It's five feet deep with water in the bottom. The day camp kids walk through that crosswalk to the pool in a line every day around now.",
         spoken="the gas crew left their trench on wall nut by sixth wide open for lunch no fence no plates no cones right at the cross walk it's five feet deep with water in the bottom the day camp kids walk through that cross walk to the pool in a line every day around now",
         at="2033-08-02 12:10", entities=[P(count="2+")],
         places=[("intersection", "Walnut Street", "6th Street")], category="other", priority="medium"),
    # A dried-out oak limb cracked and hanging over a festival crowd: other, medium (a hazard over people, as
    # holdout22's tent). "a couple hundred people" 3+, the band "2+"; the stage is Maple Square's.
    dict(written="A huge limb on the dead-looking oak next to the stage in Maple Square just cracked loud, and now it's hanging down by a strip of bark right over the crowd on their blankets, maybe a couple hundred people. The band's still playing, nobody up front heard it. Somebody needs to clear that area.",
         spoken="a huge limb on the dead looking oak next to the stage in maple square just cracked loud and now it's hanging down by a strip of bark right over the crowd on their blankets maybe a couple hundred people the band's still playing nobody up front heard it somebody needs to clear that area",
         at="2033-08-06 14:00", entities=[P(count="3+"), P(count="2+"), ("now",)],
         places=[("landmark", "Maple Square")], category="other", priority="medium"),
]

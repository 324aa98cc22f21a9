"""A seventeenth hand-written set (90 tips), the blind set after holdout15, written blind: its author read only the
corpus README, the corpus scripts (holdout15.py, holdout14.py, holdout13.py, hand.py and make_corpus.py's geometry
helpers, hand_records and set registration in full for the format, the place truth and the label conventions, with
make_corpus's priority helper seen in passing; the docstrings (or their openings) of holdouts 1-12 and train1-3 for the
situations, periods and choices they add; town.py; and the written text of every earlier tip in hand.py, holdouts 1-15
and train1-3, searched by keyword (with the labels of some of them) and compared by shared five-word runs and word
overlap, after which about twenty drafted tips that came too close to an earlier one were rewritten or replaced) and the
town data (config/demo/README.md and town.py, from which config/demo/town.geojson is made), and never opened the
extractor's source, its tests, examples or benches, nor the gateway, the ASR, vision, telephony or ONNX code, nor the
fuzz targets, nor the repository README, nor any .jsonl file but its own output, nor read the commit history, nor ran
cargo, the extractor, `tipline` or any evaluation, nor saw any score or miss list. It is the next honest estimate for
phrasing the extractor has never seen.

It is set in the last full week of March 2027 (Monday 22 to Sunday 28 March), early spring in Oakford: a thaw on the
Monday that melts the last snowbanks, opens potholes and starts the ice going out on the river; spring break for Lincoln
Elementary and Oakford High all week; the town election (select board) on the Tuesday, with polls at the Lincoln
Elementary gym, City Hall and the firehouse until 8; two days of heavy rain on the Wednesday and Thursday that flood
River Road, basements and the low streets of Riverside (Spruce, Hawthorn, Willow and Chestnut east of 8th), with an
evacuation on the Thursday, a flood shelter in the Oakford High gym and sandbags by the firehouse, the water going down
on the Friday; the Oakford Half Marathon on the Saturday morning (start 8:30 by City Hall, along Main, Kingsley and
Hawthorn, finish and bag check in Maple Square) and egg hunts that afternoon; the Easter vigil on the Saturday night and
Easter Sunday (a sunrise service on the hill at Riverside Park, brunch at the Old Mill Brewery, family dinners). No
earlier set is set in March 2027, and none has a thaw, a flood evacuation, an election day's polls, a half marathon or
Easter. New situations: a rifle slung at a polling place, a bat swung at a marathon volunteer by a driver at a
barricade, a shotgun pointed at a man in a kayak on a flooded street, a pistol shown from a glovebox to a ballot counter
two days before (a web tip), a pistol laid on a pharmacy counter by a man waiting for his prescription, shots at a
fleeing car (dispatch), a carving knife at a sister's neck at Easter dinner; dead grass burning on the hill behind
Oakford High, a flooded basement sparking with a husband silent in it, a sugarhouse roof, a brewery fryer into the
ductwork during Easter brunch, a car torched overnight in the commuter lot, lightning into an attic; a runner in cardiac
arrest, carbon monoxide from a gas pump run in a basement, an 81-year-old lying in the mud of her own backyard, a
toddler with a plastic egg stuck in her mouth, a foot caught between a train and the platform (EMS), danger signs in
late pregnancy (non-native), a foot infected two days after wading in the flood; a phone ripped from a runner's armband,
an armed robbery of the Corner Cafe, a fishing rod and phone taken at knifepoint from an 11-year-old, a fake pump-out
man who shoves a 77-year-old for her purse, a carjacking at a light, a Girl Scout cookie cash box; a punch at the polls,
two dads over the golden egg, a man stomped outside a pub after a basketball watch party, a U-lock to a pedestrian's
head (dispatch), a boyfriend the night before, a non-native caller's son kicked over a bike that touched a car, a
firefighter punched at a Road Closed barrier; looters with a raft at an evacuated house, a house sitter's discovery, a
jeweller's grate pried at the mall (a night guard), a garage and laundry room during the Easter vigil, a tax office over
the weekend (a web report), copper pipes from a half-built house; phones lifted from a shelter's charging table,
sandbags taken with a trailer, a wallet at a marathon bag check, Easter lilies from church steps, a trash pump from a
flooded basement, razor cartridges swept into a duffel bag (loss prevention), a tax refund check from a mailbox; a
pothole with a car stuck in it, a minivan through the cones into a runner, a rollover in a flooded ditch (dispatch),
drivers dragging Road Closed barriers aside, a power wheelchair in the lane of Route 9, a section of dock left across a
street by the flood, a pothole claim; a Suburban filming voters, a pickup with a trailer and a spotlight in the
evacuated streets, a car dumping bags at a closed school, a van filming women runners, an ex's car circling under a
protection order, a Beetle revealed by the melted snowbanks; a man in an Easter bunny costume leading a little girl
away, a man wading house to house trying back doors, someone living in a press box over spring break, a man trying doors
at 3:20 a.m. on a doorbell camera, a woman tipping something into runners' water cups, a man at a bedroom window many
nights (non-native); cocaine passed to kids at a spring break party, a dealer with a hunting knife on the station bench,
a grow room found by firefighters pumping a basement, nitrous balloons sold to 13-year-olds, a bike repairman who deals
(a web tip), vape carts in the back row of a matinee (a text); cherry trees snapped along Market Street, Road Closed
signs thrown into the river, timing vans' tires slashed, rude pictures painted around potholes, 600 egg-hunt eggs
stomped, a greenhouse shot out with a BB gun; a man who is not on the voter list, beer pong on a garage roof at 2:10
a.m. (a text), a drunk father pounding on the car his wife is locked in, drunk spectators tripping runners, a generator
and pump run all night, ATVs around a sunrise service, weekend garage parties (non-native); two boys on an ice floe, an
84-year-old on oxygen gone back into the flood zone for his cat, a goose charging commuters, a flood-relief text scam, a
safe left in a backyard by the flood, a riverbank caving under a deck children run out on.

Registers: calm, frightened, angry, hesitant ("Not sure if this is a 911 thing", "Not sure this is my business", "idk
who to tell", "Excuse me for calling", "Just so it's on record", "Just want to warn you", "Not an emergency", "I feel
like a fool"), elderly ("I'm 81 and I'm calling from the ground in my own backyard", "I'm 77"), texts in lower case
without apostrophes ("idk", "theres", "been like 20 min", "its 2:10 am", "theyve"), non-native ("he push my son down in
the mud and kick him two times", "since one hour she has very strong headache and she see lights flashing", "Many nights
a man come to the back of our building", "every weekend they make a party in the garage"), second-hand (a firefighter's
word through a husband, a neighbour who saw the mailboxes searched, a neighbour who saw the pump loaded, a grandchild
about a grandfather), workplace callers (a poll worker, a half-marathon volunteer, a pharmacist, a kitchen manager, a
night guard, a shelter volunteer, the bag check, loss prevention, a sexton, a course marshal, a race director, a
groundskeeper), web-form notes ("Web tip:", "Web report:"), dispatch and EMS shorthand ("1100 blk", "approx 0140", "RP",
"W/M, 20s", "EB", "Susp", "ran S", "Unk", "M approx 45", "L foot", "A&O x4", "pain 9/10", "M cyclist", "w/ a U-lock",
"Vic", "lac to scalp", "NB", "W/M 40s", "1-veh rollover", "Blk", "per caller", "FD and EMS requested"), and three
self-corrections (a house number, a cross street, a plate), annotated as corrected. Spoken forms add fillers, split
words ("glove box", "co volunteer", "sugar house", "stove pipe", "wood pile", "duct work", "back yard", "arm band",
"rain coat", "wind breaker", "door bell", "head lamp", "flash light", "spot light", "pick up", "mini van", "tail gate",
"snow banks", "pot hole", "t shirt", "half built", "a t vs", "b b gun", "u lock", "e m s", "g m c", "m k z", "r p", "i r
s", "f d"), the usual mishearings (hawthorne, river side, north gate, quick stop, oak ford high, chest nut, burch,
mabel, wall nut, kingsly, seeder) and new ones ("old meal road" for Old Mill Road, "quick shop" for the QuickStop,
"fresh mark" for FreshMart), plates letter by letter ("four w v eight eight three"), in the NATO alphabet ("kilo romeo
tango four four one nine", "delta kilo mike seven seven three no delta kilo mike seven eight three"), as "v as in
victor" and "r as in robert", and partial ("Partial plate on the Rio 8JD", "Plate ends in 47", "Partial plate RJ2").
Numbers that are not addresses: "mile 11", "mile 8", "Mile 10", "unit 14", "apartment 3", "4-5 rounds", "pain 9/10",
"about $400 worth", "$500", "like 60 of them", "40 of them in pots", "about 600 filled plastic eggs", "all 12 of them",
"eight flat tires", "like 50 high school kids", "like 13 and 14", "five bucks each", "three feet high", "two feet
across", "at 45" (a speed), "the 2:00 movie", "at least four", ages of victims, relatives and callers. Look-alike words
that are not places or entities: "a grey Lincoln MKZ" at the Lincoln Elementary bus loop, "Oakford Lacrosse" on a
hoodie, "the Oakford flood relief fund", "the select board", "the town", "the IRS", "the fire department", "Ashby Tax
Services", "Bellini Jewelers", "Murphy's Pub", "St. Luke's", "First Methodist", "the Nguyens", "cherry trees", "the Girl
Scout cookie table". Tips with no place (an infected foot from "our street", a tax refund check "on Pine Street", cherry
trees "along Market Street", a text scam) and places given only by a street ("toward Market Street", "toward River
Road", "toward Pine", "come up 8th", "the backyards on Hawthorn", "north on 6th" beside an intersection).

Same format and conventions as hand.py and holdouts 4-15 (written to extraction_holdout16.jsonl), with the choices
holdout6.py to holdout15.py, train1.py and train2.py list (holdout15, then holdout14, then holdout13, then earlier sets
where they differ): every person other than the caller annotated once, also one named through a possessive; a described
member of a group a separate person only with their own attributes; people said to be away, absent or dead not
annotated; partial plates as said; corrected values as corrected; "last night" 23:00 the day before, "overnight" 02:00,
"this afternoon" / "yesterday afternoon" 14:00, "since ..." the start; habits, durations, weekdays, dates, schedule and
future times are not times; "about N" / "maybe N" / "like N" years N-3..N+3, a decade ("20s", "30s", "40s") its ten
years, teens 13-19, old/older 60-90, young 18-29; victims', relatives' and callers' stated or estimated ages not
annotated, a descriptive age word for a victim is; a vehicle's type only when a type word is in its description and not
when a model describes the same vehicle; base priorities weapon, fire, medical, robbery, assault high, burglary, theft,
traffic medium, the rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen, low
to medium for children at risk, one step (not above high) for an event still happening (a said time within 15 minutes,
or with no time said a present progressive for a low call), one step lower when more than six hours old (weapons and
robberies used hours or days ago included, as a weapon seen); raises do not stack; child luring and a missing vulnerable
person high.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. A rifle slung at a polling place, a pistol laid on a pharmacy counter and a hunting knife lying
  by a dealer's hand are weapons seen (high); a bat swung at a volunteer's head (it missed), a shotgun pointed at a man
  in a kayak, a handgun fired at a fleeing car and a carving knife held at a woman's neck are in use (critical), and so
  are a handgun pointed at a barista and a knife held up at an 11-year-old in robberies. A pistol shown from a glovebox
  as a threat on the Tuesday night, told on the Thursday, is a weapon seen days ago, lowered to medium. Not weapons: a
  U-lock swung at a head (improvised, as train3's bike lock), a BB gun on greenhouse windows (holdout8), a saw cutting
  pipes, a firecracker.
- Categories: the rifle at the polls, the pistol on the counter and the pistol in the glovebox are weapon calls (the
  weapon is the event). A basement sparking and smoking with a husband silent in it is fire, critical; a car torched
  overnight and still smoking at 08:20 is fire lowered to medium (as holdout13's tree pile). Carbon monoxide from a gas
  pump is medical, critical; a toddler with a plastic egg stuck but still moving air is medical, high; late-pregnancy
  danger signs are medical, high; a foot infected from a wound two days before is medical, medium (judged by the wound,
  as holdout12's fall). A phone ripped from a runner's armband with a shove that injures her, and a cash box torn away
  from a troop leader who falls, are robbery (high), not theft. A U-lock to a head and a firefighter punched at a
  barrier are assault, high. A house under construction entered to strip its pipes is burglary (high, now); someone
  sleeping in a press box behind a cut padlock, nothing taken, is a suspicious person (medium, now), not burglary; a
  house sitter's discovery in the morning is medium (the middle of the window under six hours old); a tax office entered
  between a Friday evening and the Monday morning is low. Drivers dragging Road Closed barriers aside is traffic,
  medium; a power wheelchair in the lane of Route 9 now is traffic, high; a rollover in a flooded ditch with the driver
  trapped is traffic, critical (a crash, not the rescue category other). A car dumping bags at a closed school is a
  suspicious vehicle (dumping seen from a vehicle, train2), low; an ex's car circling a woman under a protection order
  is a suspicious vehicle, high (a woman in danger, as holdout11's ex). A man in a bunny costume leading a little girl
  away is child luring (high); a woman tipping something into runners' cups is a suspicious person, high (the
  conventions do not decide tampering: a danger to many people, now); a man at a bedroom window many nights is low (a
  habit). Cocaine passed to high school kids, nitrous sold to 13-year-olds and vape carts sold to kids in a cinema are
  drugs, medium (children; raises do not stack). Road Closed signs thrown into the river by teenagers are vandalism,
  medium (kids doing damage are not children at risk). A drunk father pounding on the car his wife hides in while
  threatening to kill her is a disturbance, high (no blow, a woman in danger); drunk spectators throwing beer and trying
  to trip runners are a disturbance, medium, not assault (no injury told). Boys on an ice floe are other, critical (a
  rescue); an 84-year-old on oxygen unreachable in the flood zone is other, high (a missing vulnerable person); a goose
  charging commuters and a riverbank caving under a deck children run out on are other, medium; a flood-relief text scam
  and a safe left by the flood are other, low.
- Vehicles: "Hyundai Palisade" palisade, "GMC Canyon" gmc canyon, "Kia Rio" rio, "Dodge Neon" neon (the car said to be
  it takes no type, train1), "Toyota Venza" venza, "Nissan Titan" titan, "Buick Rendezvous" rendezvous, "Mitsubishi
  Mirage" mirage, "Jeep Liberty" liberty, "Ford Taurus" taurus, "Chevy Suburban" chevrolet suburban, "Lincoln MKZ" mkz,
  "Chevy Blazer" chevrolet blazer, "Volkswagen Beetle" beetle, "Toyota Corolla" corolla, "Toyota Sequoia" sequoia,
  "Subaru Legacy" legacy, "Mercury Sable" sable; "a blue minivan" blue minivan, "a tan van" tan van, "a white van" white
  van, "a white pickup" white pickup, "a pickup ... dark color" pickup with no colour, "a dark sedan" sedan with no
  colour, "A little white car" white car, "a rental truck" truck, "the car" a drunk father pounds on car. Annotated as
  part of the event: the Palisade the bat-swinger left in the lane, the Rio shot at, the Canyon the pistol was shown
  from, the torched Neon, the robber's black bike, the suspect's bike in the U-lock assault (with the direction, as
  holdout14's biker), the carjacked Venza, the fake pump-out man's van, the Titan driven around the barrier, the two
  bikes the looters took (one bicycle entity), the sedan at the mall doors, the pickup at the half-built house, the
  Legacy the pump went into, the Rendezvous the razors went into, the Mirage stuck in the pothole, the minivan that hit
  a runner, the Jeep in the ditch, the stalled white car, the pickup that clipped the dock, the Taurus with the cracked
  rim, the buyers' bikes and the seller's Sequoia, the Corolla nitrous is sold from, the grandfather's Sable. Not
  vehicles: a kayak, an inflatable raft, ATVs, a power wheelchair, a trailer with no type, the cars a pothole flattened,
  "the next car", a car used as a table, the caller's car beside a torched one, a van or car only talked of ("in his
  van", "his car"), "our cars" the cups land on.
- Persons: "people coming in to vote", "Runners", "My parents", "The kids", "The whole Easter brunch crowd", "my cooks",
  "my techs", "The girls" (female), "all the little kids", "People" screaming, "clients'", "people's phones", "every
  voter", "the women runners" (female), "kids" buying, "People" riding up, "the poll workers", "the people in line",
  "the runners", "the families", "The neighbors", "People in town", "every commuter" and "Their kids" are "2+"; "A bunch
  of commuters", "like 50 high school kids" (13-19), "a bunch of guys" (male) and "A porch full of drunk guys" (male)
  are "3+"; "two dads", "Two older boys", "two guys in waders", "two boys", "two guys on ATVs", "three teenagers"
  (13-19), "Two kids" (10-16), "my two kids" and "Two guys" are counts; "One's tall in a red Nike hoodie" and "the other
  one's chubby", "One's in a yellow raincoat", "The kicker's ... red vest" and "White Oakford Lacrosse hoodie on one of
  them" are persons of their own, while "One pulled a knife", "one keeps running out" and "one of the kids" add nothing.
  The evacuated neighbours, the Nguyens at a shelter, a sister's family in Florida, the parents in Florida, the
  builders, a candidate named on flyers and the scam's senders are not annotated; "RP" and "per caller" are the caller.
  Ages: "maybe 60" 57-63, "like 20" 17-23, "maybe 30" 27-33, "maybe 50" 47-53, "maybe 13" of the actors 10-16, "W/M,
  20s" 20-29, "30s" 30-39, "W/M 40s" 40-49, "Older man" 60-90, "a young guy" (a victim) 18-29, "an older man" and "an
  older lady" (in danger) 60-90, "A teenage boy" and "a teenage boy" 13-19; "He's maybe 40", "She's maybe 3", "M approx
  45", "They're maybe 10", "like 13 and 14", "he's 11", "He's 12", "My son is 9", "I'm 81", "I'm 77", "84" are not
  annotated. Clothing: "orange hunting hat" -> "orange hat", "grey windbreaker" and "blue windbreaker" -> "grey jacket"
  and "blue jacket", "yellow rain jacket" and "black rain jacket" -> "yellow jacket" and "black jacket", "black puffer
  jacket" -> "black jacket", "brown Carhartt jacket" -> "brown jacket", "black knit cap" -> "black cap", "backwards
  white cap" -> "white cap", "red Nike hoodie" -> "red hoodie", "white Oakford Lacrosse hoodie" -> "white hoodie", "red
  flannel shirt" -> "red shirt", "Red Adidas tracksuit" -> "red tracksuit", "Long black coat" -> "black coat", "Carhartt
  overalls" -> "overalls", "dark poncho" -> "poncho"; "green raincoat", "yellow raincoat", "grey beanie", "white
  beanie", "waders", "camo jacket", "white hoodie", "grey t-shirt", "grey leggings", "purple jacket", "red vest", "camo
  hoodie", "orange hoodie", "black joggers", "grey hoodie", "jeans", "red jacket", "red hat", "tan jacket", "backpack"
  and "gloves" kept; a bunny costume (holdout11), glasses, sunglasses, a gold chain, a bandage, pink braids, a beard, a
  headlamp, a helmet and a hood up are not.
- Times: "Tuesday night around 9:30" and "On Tuesday around 7:40 in the morning" are those weekdays' clock times
  (holdout10); "Yesterday around 5" is 17:00 the day before; "Last night around 11" 23:00 the day before; "This morning
  around 6:15" 06:15; "At 3:20 this morning" on a camera 03:20; "approx 0140", "approx 0750", "approx 1725" and "approx
  2150" are clock times; "It's 11:40" and "its 2:10 am" during the event are those times; "also last night" 23:00 the
  day before; "overnight" and "sometime overnight" 02:00; "maybe a minute ago", "maybe two minutes ago", "about 4
  minutes ago", "about five minutes ago", "about an hour ago" and "maybe two hours ago" are minutes ago; "right now",
  "He's sitting ... now", "The man is in his garden now", "He's at the yellow house on the corner now", "Right now he's
  heading for the side door" and "now it's sitting at the corner" (where the actor is) are now, while a narrative "now"
  ("now there's smoke pouring out", "now the one on the ground isn't moving", "now he's lying in the road", "Now she
  vomit two times", "now theyre throwing the cups") is not. Not times: "Tuesday", "on Thursday", "Monday", "that
  afternoon", "this morning" alone, "yesterday", "since yesterday", "since early this morning", "since one hour", "since
  the thaw", "since the snow melted", "since the first big snow", "since the start", "since the flood", "between Friday
  6 pm and this morning", "from 7:30 till 10:15", "at 9 last night" (a last visit, a closing), "in the last half hour",
  "for like an hour", "been like 20 min", "in three hours", "For three nights", "six times tonight", "Many nights",
  "Always after midnight", "every weekend", "until 3 or 4", "at 4", "at 6", "at 7", "at 8:30", "at 1", "in 25 minutes",
  "the 2:00 movie", "next week".
- Places: "the Lincoln Elementary gym", "the field at Lincoln Elementary", "the Lincoln Elementary bus loop", "the
  parking lot" after "town hall", "the polls at City Hall", "the polling place at the firehouse", "the Central Station
  commuter lot", "the Central Station doors", "the train station", "the flood shelter in the Oakford High gym", "the
  press box at the football field" of Oakford High, "the half marathon finish in Maple Square", "the boat launch lot at
  Riverside Park", "the hill at Riverside Park", "the grand cinema" and Northgate Mall with a tenant unit are the
  landmark, and so is "the QuickStop" as a destination; "behind Oakford High", "in front of the QuickStop", "on the
  rocks behind the QuickStop", "just past the QuickStop", "on River Road by Riverside Park", "behind the Old Mill
  Brewery", "by the firehouse", "behind Lincoln School", "behind City Hall" and "behind 1188 Spruce" are relative; "Main
  and 9th", "Hawthorn by 8th", "Kingsley near 3rd", "Kingsley and 6th", "Kingsley and 7th", "Kingsley by 5th", "Church
  Street by Maple", "Church Street by Pine", "Main by 7th", "Main & 11th", "Main and 4th", "Old Mill Rd & Cedar", "River
  Road at Willow", "Hawthorn at 12th", "Willow and 9th", "Hawthorn and 3rd", "Hawthorn and 5th" and "the corner of Cedar
  and 2nd" are intersections; "Spruce between 9th and 10th", "1100 blk Birch", "Birch between 11th and 12th", "Walnut
  between 6th and 7th, no, 7th and 8th" (700), "Chestnut between 11th and 12th", "Spruce between 10th and 11th" and
  "Cedar between 8th and 9th" are blocks; "in Riverside" beside an address or a block, "Riverside's been evacuated" and
  "the evacuated part of Riverside" are the neighbourhood and "toward Northgate" the neighbourhood (a destination);
  "1118 Hawthorn Ave, no, 1181" is 1181 Hawthorn Avenue; "318 Old Mill Road", "312 3rd Street" and "227 9th Street" are
  addresses on a diagonal and on numbered streets; "the man in 1027 Elm" (non-native) is the address.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 11, 13, 14, 15, 21, 23, 25, 33, 48, 50, 52, 60 and 87 (1-based, in file order)
gained ("now",).
"""
from hand import P, V, W

HOLDOUT16 = [
    # ---------------------------------------------------------------- weapon
    # A rifle carried slung at a polling place, pointed at nobody: a weapon seen (high); the weapon is the event.
    # "orange hunting hat" -> "orange hat" (as holdout12's "orange hunting cap" -> "orange cap").
    dict(written="I'm a poll worker at the Lincoln Elementary gym. A man is standing right by the entrance with a rifle slung over his shoulder, telling people coming in to vote that it's rigged and they should go home. He hasn't pointed it at anyone, but people are turning around in the parking lot. Camo jacket, orange hunting hat, grey beard, maybe 60.",
         spoken="um i'm a poll worker at the lincoln elementary gym a man is standing right by the entrance with a rifle slung over his shoulder telling people coming in to vote that it's rigged and they should go home he hasn't pointed it at anyone but people are turning around in the parking lot camo jacket orange hunting hat gray beard maybe sixty",
         at="2027-03-23 10:40", entities=[P(count="1", sex="male", age="57-63", clothing=["camo jacket", "orange hat"]), W("rifle"), P(count="2+")],
         places=[("landmark", "Lincoln Elementary School")], category="weapon", priority="high"),
    # A bat swung at a head is a weapon in use (critical) though it missed. "his car" and the Palisade are one vehicle,
    # described by its model (no type).
    dict(written="Half marathon volunteer at the barricade at Main and 9th. A driver who wanted to get through jumped out of his car with an aluminum bat and swung it at my co-volunteer's head, she ducked, and he's smashing our barricade and the water table right now. Runners are still coming through! Silver Hyundai Palisade, he left it running in the lane.",
         spoken="half marathon volunteer at the barricade at main and ninth a driver who wanted to get through jumped out of his car with an aluminum bat and swung it at my co volunteer's head she ducked and he's smashing our barricade and the water table right now runners are still coming through silver hyundai palisade he left it running in the lane",
         at="2027-03-27 09:25", entities=[P(count="1", sex="male"), W("bat"), P(count="1", sex="female"), ("now",), P(count="2+"), V(colour="silver", make="hyundai", model="palisade")],
         places=[("intersection", "Main Street", "9th Street")], category="weapon", priority="critical"),
    # "a young guy" (the man threatened) is 18-29, "the kid" the same man; a kayak is not a vehicle.
    dict(written="My neighbor across the street is on his porch pointing a shotgun at a young guy paddling a kayak down our flooded street, screaming that he's a looter and he'll blow his head off. The kid's got his hands up and he's just drifting. Spruce between 9th and 10th, in Riverside. The water's up to the mailboxes.",
         spoken="my neighbor across the street is on his porch pointing a shotgun at a young guy paddling a kayak down our flooded street screaming that he's a looter and he'll blow his head off the kid's got his hands up and he's just drifting spruce between ninth and tenth in river side the water's up to the mailboxes",
         at="2027-03-25 15:50", entities=[P(count="1", sex="male"), W("shotgun"), P(count="1", sex="male", age="18-29")],
         places=[("block", 900, "Spruce Street"), ("neighbourhood", "Riverside")], category="weapon", priority="critical"),
    # A pistol shown as a threat on the Tuesday night, told on the Thursday: a weapon seen days ago, lowered to medium.
    # "town hall" is City Hall's alias and "the parking lot" after it is the landmark; the Canyon holds the pistol.
    dict(written="Web tip: Tuesday night around 9:30, after they posted the results at town hall, one of the candidates who lost the select board race followed me out to the parking lot, opened his glovebox so I could see a pistol in it, and said I should count again. I was one of the ballot counters. I didn't report it right away because I was scared. He drives a tan GMC Canyon.",
         spoken="web tip tuesday night around nine thirty after they posted the results at town hall one of the candidates who lost the select board race followed me out to the parking lot opened his glove box so i could see a pistol in it and said i should count again i was one of the ballot counters i didn't report it right away because i was scared he drives a tan g m c canyon",
         at="2027-03-25 08:15", entities=[("local", "2027-03-23 21:30"), P(count="1", sex="male"), W("handgun"), V(colour="tan", make="gmc", model="canyon")],
         places=[("landmark", "City Hall")], category="weapon", priority="medium"),
    # A pistol laid on a counter, pointed at nobody: a weapon seen (high). "He's sitting ... now" is where the actor is
    # (now). "Older man" 60-90; "grey windbreaker" -> "grey jacket"; glasses are not clothing.
    dict(written="This is the pharmacist at Main Street Pharmacy. A customer who was angry his prescription wasn't ready set a black pistol down on the counter and said he'd wait. He hasn't pointed it at anybody, but my techs are hiding in the back. He's sitting in the waiting chairs with it in his lap now. Older man, grey windbreaker, glasses.",
         spoken="this is the pharmacist at main street pharmacy a customer who was angry his prescription wasn't ready set a black pistol down on the counter and said he'd wait he hasn't pointed it at anybody but my techs are hiding in the back he's sitting in the waiting chairs with it in his lap now older man gray windbreaker glasses",
         at="2027-03-25 11:05", entities=[P(count="1", sex="male", age="60-90", clothing=["grey jacket"]), W("handgun"), P(count="2+"), ("now",)],
         places=[("landmark", "Main Street Pharmacy")], category="weapon", priority="high"),
    # Dispatch: "RP" (the reporting party) is the caller and not annotated; the people in the fleeing Rio are not said.
    dict(written="Shots fired, 1100 blk Birch, approx 0140. RP heard 4-5 rounds and saw a W/M, 20s, white hoodie, fire a handgun at a red Kia Rio as it fled EB on Birch. Susp then ran S between the houses. Unk if anyone was hit. Partial plate on the Rio 8JD.",
         spoken="shots fired eleven hundred block birch approximately oh one forty r p heard four to five rounds and saw a white male twenties white hoodie fire a hand gun at a red kia rio as it fled eastbound on birch suspect then ran south between the houses unknown if anyone was hit partial plate on the rio eight j d",
         at="2027-03-26 01:47", entities=[("local", "2027-03-26 01:40"), P(count="1", sex="male", age="20-29", clothing=["white hoodie"], direction="south"), W("handgun"), V(colour="red", make="kia", model="rio", plate="8JD", direction="east")],
         places=[("block", 1100, "Birch Street")], category="weapon", priority="critical"),
    dict(written="Please send someone to 408 Chestnut. My sister's husband is drunk at Easter dinner and he's got her pinned against the fridge with the carving knife at her neck, saying he'll cut her if she leaves him. My parents are begging him. The kids are out in the yard. Hurry please.",
         spoken="please send someone to four oh eight chest nut my sister's husband is drunk at easter dinner and he's got her pinned against the fridge with the carving knife at her neck saying he'll cut her if she leaves him my parents are begging him the kids are out in the yard hurry please",
         at="2027-03-28 16:10", entities=[P(count="1", sex="female"), P(count="1", sex="male"), W("knife"), P(count="2+"), P(count="2+")],
         places=[("address", 408, "Chestnut Street")], category="weapon", priority="critical"),

    # ---------------------------------------------------------------- fire
    # "behind Oakford High" is relative; "the backyards on Hawthorn" a street alone. The kids who ran are "2+" ("one of
    # the kids" adds nothing of his own).
    dict(written="The dead grass on the big hill behind Oakford High is on fire, the wind's pushing it toward the bleachers and the backyards on Hawthorn, and the flames are like three feet high. I think one of the kids who were up there set off a firecracker, they all ran. Nobody's trying to put it out.",
         spoken="yeah the dead grass on the big hill behind oak ford high is on fire the wind's pushing it toward the bleachers and the back yards on hawthorne and the flames are like three feet high i think one of the kids who were up there set off a firecracker they all ran nobody's trying to put it out",
         at="2027-03-22 14:35", entities=[P(count="2+")],
         places=[("relative", ("landmark", "Oakford High School"))], category="fire", priority="high"),
    # "overnight" is when the basement flooded, not when the fire began: no time. A man gone silent in a smoking, live
    # basement: a life at risk (critical).
    dict(written="Our basement flooded overnight and the water's up over the outlets, there's sparks and smoke coming up the stairs, and my husband went down to flip the breaker and he's not answering me! I can smell burning. 1031 Willow, in Riverside.",
         spoken="our basement flooded overnight and the water's up over the outlets there's sparks and smoke coming up the stairs and my husband went down to flip the breaker and he's not answering me i can smell burning ten thirty one willow in river side",
         at="2027-03-25 06:50", entities=[P(count="1", sex="male")],
         places=[("address", 1031, "Willow Street"), ("neighbourhood", "Riverside")], category="fire", priority="critical"),
    dict(written="We were boiling sap in our sugarhouse at 318 Old Mill Road and the stovepipe set the roof on fire, the whole roof's going, and the woodpile's stacked right up against the barn. My son and I got out. It's the red farmhouse.",
         spoken="we were boiling sap in our sugar house at three eighteen old meal road and the stove pipe set the roof on fire the whole roof's going and the wood pile's stacked right up against the barn my son and i got out it's the red farmhouse",
         at="2027-03-23 19:20", entities=[P(count="1", sex="male")],
         places=[("address", 318, "Old Mill Road")], category="fire", priority="high"),
    dict(written="Old Mill Brewery, kitchen manager. The fryer just flared up into the hood and the suppression system didn't go off, there's flames in the ductwork and smoke rolling into the dining room. The whole Easter brunch crowd is walking out the front and my cooks are out back.",
         spoken="old mill brewery kitchen manager the fryer just flared up into the hood and the suppression system didn't go off there's flames in the duct work and smoke rolling into the dining room the whole easter brunch crowd is walking out the front and my cooks are out back",
         at="2027-03-28 11:10", entities=[P(count="2+"), P(count="2+"), ("now",)],
         places=[("landmark", "Old Mill Brewery")], category="fire", priority="high"),
    # Set overnight (02:00), still smoking at 08:20: more than six hours, fire lowered to medium (as holdout13's tree
    # pile). "a car ... a Dodge Neon" is one vehicle without a type (train1); the caller's car beside it is not part of
    # the event; "A bunch of commuters" is "3+".
    dict(written="Somebody torched a car in the Central Station commuter lot overnight, it's burned down to the frame and the tires are still smoking and popping. Looks like it was a Dodge Neon. It's parked right next to mine. A bunch of commuters are standing around taking pictures.",
         spoken="somebody torched a car in the central station commuter lot overnight it's burned down to the frame and the tires are still smoking and popping looks like it was a dodge neon it's parked right next to mine a bunch of commuters are standing around taking pictures",
         at="2027-03-22 08:20", entities=[P(count="1"), V(make="dodge", model="neon"), ("local", "2027-03-22 02:00"), P(count="3+")],
         places=[("landmark", "Central Station")], category="fire", priority="medium"),
    # Lightning into an attic, the family out: fire, high.
    dict(written="Lightning just hit our house, there was a huge bang and now there's smoke pouring out of the attic vent and I can see flames at the peak of the roof. Me and the kids are out in the rain. 1126 Walnut.",
         spoken="lightning just hit our house there was a huge bang and now there's smoke pouring out of the attic vent and i can see flames at the peak of the roof me and the kids are out in the rain eleven twenty six wall nut",
         at="2027-03-24 17:30", entities=[P(count="2+"), ("now",)],
         places=[("address", 1126, "Walnut Street")], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # "He's maybe 40" is a victim's estimate, not annotated; "mile 11" is not an address; "come up 8th" a street alone.
    dict(written="Runner down at mile 11 of the half marathon, Hawthorn by 8th! He just dropped and he's not breathing. A nurse who was watching started compressions and a volunteer's running to get the defibrillator from the first aid tent. He's maybe 40. The course is closed, so come up 8th.",
         spoken="runner down at mile eleven of the half marathon hawthorne by eighth he just dropped and he's not breathing a nurse who was watching started compressions and a volunteer's running to get the defibrillator from the first aid tent he's maybe forty the course is closed so come up eighth",
         at="2027-03-27 09:55", entities=[P(count="1", sex="male"), P(count="1"), P(count="1"), ("now",)],
         places=[("intersection", "Hawthorn Avenue", "8th Street")], category="medical", priority="critical"),
    # Carbon monoxide from a gas pump run indoors, the father confused and vomiting: a poisoning, critical (as
    # holdout9's and holdout13's). A self-corrected house number: 1181.
    dict(written="My dad's been running a gas pump in the basement since early this morning to get the flood water out, and I just found him sitting on the bottom step confused and throwing up, he keeps asking me what day it is. I've got a headache too. We're at 1118 Hawthorn Ave, no, 1181, sorry. I shut the pump off.",
         spoken="my dad's been running a gas pump in the basement since early this morning to get the flood water out and i just found him sitting on the bottom step confused and throwing up he keeps asking me what day it is i've got a headache too we're at eleven eighteen hawthorne avenue no eleven eighty one sorry i shut the pump off",
         at="2027-03-25 11:30", entities=[P(count="1", sex="male"), ("now",)],
         places=[("address", 1181, "Hawthorn Avenue")], category="medical", priority="critical"),
    # The caller is the patient (no person); an injury an hour old, talking: high.
    dict(written="I'm 81 and I'm calling from the ground in my own backyard. I went out to look at the crocuses and slipped in the mud about an hour ago, I think my leg's broken, I can't get up and I'm getting cold. 725 Cedar Street. The side gate's open.",
         spoken="hello i'm eighty one and i'm calling from the ground in my own back yard i went out to look at the crocuses and slipped in the mud about an hour ago i think my leg's broken i can't get up and i'm getting cold seven twenty five seeder street the side gate's open",
         at="2027-03-22 12:40", entities=[("ago", 60)],
         places=[("address", 725, "Cedar Street")], category="medical", priority="high"),
    # A partly blocked airway, the child still moving air and coughing: high, not critical. "She's maybe 3" is a
    # victim's estimate, not annotated.
    dict(written="At the egg hunt on the field at Lincoln Elementary, a little girl put a whole jelly bean egg in her mouth, the tiny plastic kind, and it's stuck. She's coughing and wheezing and drooling but she can get some air. Her dad's patting her back. She's maybe 3.",
         spoken="at the egg hunt on the field at lincoln elementary a little girl put a whole jelly bean egg in her mouth the tiny plastic kind and it's stuck she's coughing and wheezing and drooling but she can get some air her dad's patting her back she's maybe three",
         at="2027-03-27 13:25", entities=[P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("landmark", "Lincoln Elementary School")], category="medical", priority="high"),
    # EMS shorthand: "M approx 45" is a victim's estimate, not annotated; "approx 0750" is the event's time.
    dict(written="EMS to Central Station, inbound platform: M approx 45, L foot caught between train and platform edge approx 0750, freed by the conductor, obvious deformity L ankle, A&O x4, pain 9/10.",
         spoken="e m s to central station inbound platform male approximately forty five left foot caught between train and platform edge approximately oh seven fifty freed by the conductor obvious deformity left ankle alert and oriented times four pain nine out of ten",
         at="2027-03-24 08:05", entities=[P(count="1", sex="male"), ("local", "2027-03-24 07:50"), P(count="1")],
         places=[("landmark", "Central Station")], category="medical", priority="high"),
    # "since one hour" is a duration; warning signs in late pregnancy, no life at risk said yet: high.
    dict(written="Hello, please. My wife is pregnant, eight months, and since one hour she has very strong headache and she see lights flashing, her face and her hands are very swollen. Now she vomit two times. She is lying on the bed. 614 Oak Street, the blue door.",
         spoken="hello please my wife is pregnant eight months and since one hour she has very strong headache and she see lights flashing her face and her hands are very swollen now she vomit two times she is lying on the bed six fourteen oak street the blue door",
         at="2027-03-26 20:15", entities=[P(count="1", sex="female")],
         places=[("address", 614, "Oak Street")], category="medical", priority="high"),
    # Judged by the wound two days before (as holdout12's fall, holdout14's tick bite): high lowered to medium. "on
    # Thursday" is a weekday (no time); "our street" names no place.
    dict(written="Not sure if this is a 911 thing. My son waded around in the flood water on our street on Thursday and stepped on something sharp, and now his whole foot's swollen and hot, there's a red streak going up his leg and he's got a fever. He's 12. We don't have a car right now. Can an ambulance take him?",
         spoken="um not sure if this is a nine one one thing my son waded around in the flood water on our street on thursday and stepped on something sharp and now his whole foot's swollen and hot there's a red streak going up his leg and he's got a fever he's twelve we don't have a car right now can an ambulance take him",
         at="2027-03-27 10:10", entities=[P(count="1", sex="male")],
         places=[], category="medical", priority="medium"),

    # ---------------------------------------------------------------- robbery
    # Ripped from her armband with a shove that injures her: robbery, high. "yellow rain jacket" -> "yellow jacket" (as
    # "green windbreaker" -> "green jacket"); the robber's bike is annotated; "toward Northgate" the neighbourhood.
    dict(written="A guy on a bike just rode up beside a woman running the half marathon on Kingsley near 3rd, ripped the phone out of her armband and shoved her into the curb. Her knee's all torn up and bleeding. He went up 3rd toward Northgate. Black bike, yellow rain jacket.",
         spoken="a guy on a bike just rode up beside a woman running the half marathon on kingsly near third ripped the phone out of her arm band and shoved her into the curb her knee's all torn up and bleeding he went up third toward north gate black bike yellow rain jacket",
         at="2027-03-27 09:10", entities=[P(count="1", sex="male", clothing=["yellow jacket"]), V(colour="black", type="bicycle"), P(count="1", sex="female"), ("now",)],
         places=[("intersection", "Kingsley Avenue", "3rd Street"), ("neighbourhood", "Northgate")], category="robbery", priority="high"),
    # "green raincoat" kept (as holdout11's "yellow raincoat"); a bandage is not clothing.
    dict(written="Corner Cafe, we just got robbed! A man came in out of the rain, pointed a black handgun at my barista and made her empty the register into his bag, then ran out toward Market Street, maybe a minute ago. White guy, 30s, green raincoat, grey beanie, bandage on his left hand.",
         spoken="corner cafe we just got robbed a man came in out of the rain pointed a black hand gun at my barista and made her empty the register into his bag then ran out toward market street maybe a minute ago white guy thirties green rain coat gray beanie bandage on his left hand",
         at="2027-03-24 07:20", entities=[P(count="1", sex="male", age="30-39", clothing=["green raincoat", "grey beanie"]), W("handgun"), P(count="1", sex="female"), ("ago", 1)],
         places=[("landmark", "Corner Cafe")], category="robbery", priority="critical"),
    # A knife held up to make a boy hand things over is a robbery weapon in use (critical). "One's tall ... the other
    # one's chubby" are persons of their own ("chubby" build heavy); "the kids" who fish there are a habit, not
    # annotated.
    dict(written="Two older boys just took my son's new fishing rod and his phone on the rocks behind the QuickStop where the kids fish. One pulled a knife out of his pocket, held it up and said hand it over. My son ran home, he's 11, he's not hurt. They went up toward River Road. One's tall in a red Nike hoodie, the other one's chubby.",
         spoken="two older boys just took my son's new fishing rod and his phone on the rocks behind the quick stop where the kids fish one pulled a knife out of his pocket held it up and said hand it over my son ran home he's eleven he's not hurt they went up toward river road one's tall in a red nike hoodie the other one's chubby",
         at="2027-03-22 15:45", entities=[P(count="2", sex="male"), P(count="1", sex="male"), W("knife"), P(count="1", height="tall", clothing=["red hoodie"]), P(count="1", build="heavy"), ("now",)],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="robbery", priority="critical"),
    # "Yesterday around 5" is 17:00 the day before; a purse pulled from her with a shove that bruises her, 17 hours
    # before: high for the injury, lowered to medium. "the town" is not a person.
    dict(written="I'm 77 and I feel like a fool. Yesterday around 5 a man knocked and said the town sent him to pump out flooded basements for free. He went down, came back up, grabbed my purse off the kitchen chair, and when I wouldn't let go he shoved me into the counter. My side's black and blue. He drove off in a white van with a pump in the back. 1144 Chestnut, in Riverside.",
         spoken="yes hello i'm seventy seven and i feel like a fool yesterday around five a man knocked and said the town sent him to pump out flooded basements for free he went down came back up grabbed my purse off the kitchen chair and when i wouldn't let go he shoved me into the counter my side's black and blue he drove off in a white van with a pump in the back eleven forty four chestnut in river side",
         at="2027-03-27 10:30", entities=[("local", "2027-03-26 17:00"), P(count="1", sex="male"), V(colour="white", type="van")],
         places=[("address", 1144, "Chestnut Street"), ("neighbourhood", "Riverside")], category="robbery", priority="medium"),
    # "black puffer jacket" -> "black jacket" (holdout12); "like 20" 17-23; the car taken is the Venza.
    dict(written="I just got carjacked! I was stopped at the light at Kingsley and 6th and a guy yanked my door open, dragged me out onto the road and took off north on 6th in my grey Toyota Venza. Plate KRT 4419. My hands and knee are all scraped up. Skinny, like 20, black puffer jacket.",
         spoken="i just got carjacked i was stopped at the light at kingsley and sixth and a guy yanked my door open dragged me out onto the road and took off north on sixth in my gray toyota venza plate kilo romeo tango four four one nine my hands and knee are all scraped up skinny like twenty black puffer jacket",
         at="2027-03-23 18:40", entities=[P(count="1", sex="male", age="17-23", build="thin", clothing=["black jacket"]), V(colour="grey", make="toyota", model="venza", plate="KRT4419", direction="north"), ("now",)],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="robbery", priority="high"),
    # A cash box torn away with a shove that cuts the troop leader's head: robbery, high; "a teenage boy" 13-19; "in
    # front of the QuickStop" is relative; "black joggers" kept as said (holdout8).
    dict(written="A teenage boy just grabbed the cash box off the Girl Scout cookie table in front of the QuickStop and knocked the troop leader over, she hit her head on the pavement and it's bleeding. The girls are all crying. He ran toward River Road with it maybe two minutes ago. Skinny, orange hoodie, black joggers.",
         spoken="a teenage boy just grabbed the cash box off the girl scout cookie table in front of the quick stop and knocked the troop leader over she hit her head on the pavement and it's bleeding the girls are all crying he ran toward river road with it maybe two minutes ago skinny orange hoodie black joggers",
         at="2027-03-24 15:30", entities=[P(count="1", sex="male", age="13-19", build="thin", clothing=["orange hoodie", "black joggers"]), P(count="1", sex="female"), P(count="2+", sex="female"), ("ago", 2)],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="robbery", priority="high"),

    # ---------------------------------------------------------------- assault
    # The candidate the flyers are for is not there (not annotated). "blue windbreaker" -> "blue jacket".
    dict(written="Fight at the polls at City Hall. A guy handing out flyers for one of the candidates got into it with a voter about standing too close to the door and punched him in the face, the voter's nose is bleeding all over his shirt. The guy who punched him is still out front with his flyers. Bald, blue windbreaker.",
         spoken="fight at the polls at city hall a guy handing out flyers for one of the candidates got into it with a voter about standing too close to the door and punched him in the face the voter's nose is bleeding all over his shirt the guy who punched him is still out front with his flyers bald blue wind breaker",
         at="2027-03-23 12:15", entities=[P(count="1", sex="male", clothing=["blue jacket"]), P(count="1", sex="male")],
         places=[("landmark", "City Hall")], category="assault", priority="high"),
    # "two dads" are a count; "One ... The kicker's ... red vest" has clothing of his own, "the other" nothing of his
    # own. "Church Street by Maple" is an intersection; his car, not described, is not annotated.
    dict(written="At the church egg hunt on Church Street by Maple two dads got into it over the golden egg. One shoved the other down in the mud and kicked him in the ribs while he was on the ground, right in front of all the little kids. The one on the ground is holding his side and can't get up. The kicker's walking to his car with his kid, red vest, sunglasses on his head.",
         spoken="at the church egg hunt on church street by maple two dads got into it over the golden egg one shoved the other down in the mud and kicked him in the ribs while he was on the ground right in front of all the little kids the one on the ground is holding his side and can't get up the kicker's walking to his car with his kid red vest sunglasses on his head",
         at="2027-03-27 13:50", entities=[P(count="2", sex="male"), P(count="2+"), P(count="1", clothing=["red vest"]), P(count="1")],
         places=[("intersection", "Church Street", "Maple Avenue")], category="assault", priority="high"),
    # "now the one on the ground isn't moving" is a narrative "now" (no time). "backwards white cap" -> "white cap";
    # Murphy's Pub is no landmark of the town: "on Main by 7th" is the intersection.
    dict(written="There's a guy stomping on another guy's head outside Murphy's Pub on Main by 7th, they came out of the basketball watch party swinging, and now the one on the ground isn't moving at all and his face is covered in blood. People are screaming at him to stop. The stomper's huge, grey t-shirt, backwards white cap.",
         spoken="there's a guy stomping on another guy's head outside murphy's pub on main by seventh they came out of the basketball watch party swinging and now the one on the ground isn't moving at all and his face is covered in blood people are screaming at him to stop the stomper's huge gray t shirt backwards white cap",
         at="2027-03-26 23:10", entities=[P(count="1", sex="male", clothing=["grey t-shirt", "white cap"]), P(count="1", sex="male"), P(count="2+")],
         places=[("intersection", "Main Street", "7th Street")], category="assault", priority="critical"),
    # A bike lock swung at a head is improvised, not a weapon (train3's bike lock, holdout14's rake handle): assault,
    # high for the injury. The suspect fled on his bike: the direction is the bike's (as holdout14's biker). "brown
    # Carhartt jacket" -> "brown jacket", "black knit cap" -> "black cap" (as "green knit hat" -> "green hat").
    dict(written="Assault just occurred, Main & 11th, approx 1725. M cyclist struck M pedestrian in the head w/ a U-lock after a dispute in the crosswalk. Vic conscious, A&O, lac to scalp. Susp fled on bike NB on 11th. W/M 40s, heavy, brown Carhartt jacket, black knit cap.",
         spoken="assault just occurred main and eleventh approximately seventeen twenty five male cyclist struck male pedestrian in the head with a u lock after a dispute in the crosswalk victim conscious alert and oriented laceration to scalp suspect fled on bike northbound on eleventh white male forties heavy brown carhartt jacket black knit cap",
         at="2027-03-25 17:31", entities=[("local", "2027-03-25 17:25"), P(count="1", sex="male", age="40-49", build="heavy", clothing=["brown jacket", "black cap"]), P(count="1", sex="male"), V(type="bicycle", direction="north")],
         places=[("intersection", "Main Street", "11th Street")], category="assault", priority="high"),
    # "Last night around 11" is 23:00 the day before; an injury ten hours old, lowered to medium. Grabbed by the neck
    # and thrown, not choked. "apartment 3" is not a house number, "at 4" a schedule.
    dict(written="I want to report my boyfriend. Last night around 11 he came home drunk, grabbed me by the neck and threw me into the bathroom door. I've got a cut on my head and bruises on my neck. He left for work this morning. I'm at 905 Pine, apartment 3, and I want him out before he gets back at 4.",
         spoken="hi um i want to report my boyfriend last night around eleven he came home drunk grabbed me by the neck and threw me into the bathroom door i've got a cut on my head and bruises on my neck he left for work this morning i'm at nine oh five pine apartment three and i want him out before he gets back at four",
         at="2027-03-27 09:20", entities=[("local", "2027-03-26 23:00"), P(count="1", sex="male")],
         places=[("address", 905, "Pine Street")], category="assault", priority="medium"),
    # "The man is in his garden now" is where the actor is (now). The son's bike and the man's car are the cause, not
    # part of the event.
    dict(written="Hello, I call because my neighbor, the man in 1027 Elm, he push my son down in the mud and kick him two times because my son's bike touch his car. My son is 9, he have blood in the mouth and he is crying very much. The man is in his garden now, he is still shouting to us. I am next door.",
         spoken="hello i call because my neighbor the man in ten twenty seven elm he push my son down in the mud and kick him two times because my son's bike touch his car my son is nine he have blood in the mouth and he is crying very much the man is in his garden now he is still shouting to us i am next door",
         at="2027-03-22 17:05", entities=[P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[("address", 1027, "Elm Street")], category="assault", priority="high"),
    # A helmet is not clothing; "heading toward the QuickStop" is the landmark (a destination).
    dict(written="A guy in a lifted black Nissan Titan just got out at the Road Closed barrier on River Road by Riverside Park and punched the firefighter who told him to turn around, knocked his helmet right off. The firefighter's up but his mouth is bleeding. Then the guy drove around the barrier into the water, heading toward the QuickStop.",
         spoken="a guy in a lifted black nissan titan just got out at the road closed barrier on river road by river side park and punched the firefighter who told him to turn around knocked his helmet right off the firefighter's up but his mouth is bleeding then the guy drove around the barrier into the water heading toward the quick stop",
         at="2027-03-25 10:20", entities=[P(count="1", sex="male"), V(colour="black", make="nissan", model="titan"), P(count="1", sex="male"), ("now",)],
         places=[("relative", ("landmark", "Riverside Park")), ("landmark", "QuickStop Gas")], category="assault", priority="high"),

    # ---------------------------------------------------------------- burglary
    # The evacuated families and the Nguyens are away (not annotated); a raft is not a vehicle; the bikes taken are one
    # bicycle entity (holdout14); waders are clothing (as holdout14's wetsuit).
    dict(written="Everybody on our end of Hawthorn got evacuated yesterday, but I stayed upstairs, and right now two guys in waders are wheeling the Nguyens' generator and two bikes out of their garage at 1036 Hawthorn and loading them onto an inflatable raft. The Nguyens are at a shelter. One's in a yellow raincoat.",
         spoken="everybody on our end of hawthorne got evacuated yesterday but i stayed upstairs and right now two guys in waders are wheeling the nguyens generator and two bikes out of their garage at ten thirty six hawthorne and loading them onto an inflatable raft the nguyens are at a shelter one's in a yellow rain coat",
         at="2027-03-26 08:10", entities=[("now",), P(count="2", sex="male", clothing=["waders"]), V(type="bicycle"), P(count="1", clothing=["yellow raincoat"])],
         places=[("address", 1036, "Hawthorn Avenue")], category="burglary", priority="high"),
    # "at 9 last night" is when the caller was last there, not the event's time; found the same morning, the middle of
    # the window under six hours old: medium (as holdout14's garden shed). The sister's family is away.
    dict(written="I'm house sitting for my sister while they're in Florida for spring break and I just came over to feed the cat. Somebody kicked in the basement window, there's mud tracked up the stairs and all through the house, and the big TV and the kids' Xbox are gone. It wasn't like this at 9 last night. 842 Maple.",
         spoken="hi i'm house sitting for my sister while they're in florida for spring break and i just came over to feed the cat somebody kicked in the basement window there's mud tracked up the stairs and all through the house and the big tv and the kids xbox are gone it wasn't like this at nine last night eight forty two mabel",
         at="2027-03-22 07:20", entities=[P(count="1")],
         places=[("address", 842, "Maple Avenue")], category="burglary", priority="medium"),
    # A night guard's call told four minutes after the grate went: still happening (high). The guard calling is the
    # caller; "a dark sedan" is type sedan without a colour; "unit 14" is not an address.
    dict(written="Night guard at Northgate Mall. Somebody just pried up the grate on Bellini Jewelers, unit 14, I heard it go about 4 minutes ago and now I can hear glass breaking inside. There's a dark sedan running at the east doors with nobody in it. I'm staying in the security office.",
         spoken="night guard at north gate mall somebody just pried up the grate on bellini jewelers unit fourteen i heard it go about four minutes ago and now i can hear glass breaking inside there's a dark sedan running at the east doors with nobody in it i'm staying in the security office",
         at="2027-03-24 03:16", entities=[P(count="1"), ("ago", 4), V(type="sedan")],
         places=[("landmark", "Northgate Mall")], category="burglary", priority="high"),
    # "from 7:30 till 10:15" is the window they were out, no event time; found within the hour: medium. The husband is
    # annotated through "My husband's".
    dict(written="Our garage door was wide open when we pulled in from the Easter vigil, and somebody's been through the garage into the laundry room. My husband's golf bag and the purse I left on the dryer are gone, and the door into the kitchen is standing open. We were only gone from 7:30 till 10:15. 322 Birch Street. Should we go in?",
         spoken="our garage door was wide open when we pulled in from the easter vigil and somebody's been through the garage into the laundry room my husband's golf bag and the purse i left on the dryer are gone and the door into the kitchen is standing open we were only gone from seven thirty till ten fifteen three twenty two burch street should we go in",
         at="2027-03-27 22:40", entities=[P(count="1"), P(count="1", sex="male")],
         places=[("address", 322, "Birch Street")], category="burglary", priority="medium"),
    # Entered any time from the Friday evening to the Monday morning: plainly days old, low. "clients'" is "2+" (as
    # holdout14's "the tenants'").
    dict(written="Web report: Ashby Tax Services, 640 Main St. Office entered sometime between Friday 6 pm and this morning through the rear window. Two laptops and a locked file box of clients' tax returns missing. Security camera was unplugged. Please send an officer to take a report.",
         spoken="web report ashby tax services six forty main street office entered sometime between friday six p m and this morning through the rear window two laptops and a locked file box of clients tax returns missing security camera was unplugged please send an officer to take a report",
         at="2027-03-22 09:05", entities=[P(count="2+")],
         places=[("address", 640, "Main Street")], category="burglary", priority="low"),
    # A house being built, entered to strip its pipes: burglary (a building entered), high (now). "dark color" gives no
    # colour; the builders are not there.
    dict(written="Right now there's somebody inside one of the half-built houses on Birch between 11th and 12th. No lights, but I can hear a saw going and metal clanging, I think they're cutting out the copper pipes. There's a pickup backed up to the garage with the tailgate down, dark color, I can't see the make.",
         spoken="right now there's somebody inside one of the half built houses on birch between eleventh and twelfth no lights but i can hear a saw going and metal clanging i think they're cutting out the copper pipes there's a pick up backed up to the garage with the tail gate down dark color i can't see the make",
         at="2027-03-23 21:15", entities=[P(count="1"), ("now",), V(type="pickup")],
         places=[("block", 1100, "Birch Street")], category="burglary", priority="high"),

    # ---------------------------------------------------------------- theft
    # "the flood shelter in the Oakford High gym" is the landmark; "right now he's heading for the side door" is where
    # the actor is (now). "red flannel shirt" -> "red shirt"; the people whose phones charge and those in line are one
    # group.
    dict(written="I'm a volunteer at the flood shelter in the Oakford High gym. A man in a red flannel shirt is walking along the charging table unplugging people's phones and sliding them into his coat while everybody's in the lunch line. He's taken at least four. Right now he's heading for the side door.",
         spoken="i'm a volunteer at the flood shelter in the oak ford high gym a man in a red flannel shirt is walking along the charging table unplugging people's phones and sliding them into his coat while everybody's in the lunch line he's taken at least four right now he's heading for the side door",
         at="2027-03-26 12:20", entities=[P(count="1", sex="male", clothing=["red shirt"]), P(count="2+"), ("now",)],
         places=[("landmark", "Oakford High School")], category="theft", priority="high"),
    # "last night" 23:00 the day before, told at 09:30: lowered to low. A trailer has no type; "by the firehouse" is
    # relative to Fire Station Number 2; "the town" and "anybody" are no persons.
    dict(written="The town left a big pile of sandbags by the firehouse for anybody whose basement was flooding, and last night somebody backed a trailer up to it and took like 60 of them, you can see the tire tracks in the mud. Now there's none left and they say more rain's coming next week. Not an emergency.",
         spoken="the town left a big pile of sandbags by the fire house for anybody whose basement was flooding and last night somebody backed a trailer up to it and took like sixty of them you can see the tire tracks in the mud now there's none left and they say more rain's coming next week not an emergency",
         at="2027-03-26 09:30", entities=[("local", "2027-03-25 23:00"), P(count="1")],
         places=[("relative", ("landmark", "Fire Station Number 2"))], category="theft", priority="low"),
    # Five minutes ago is still happening: high. The wallet's owner is annotated through "somebody's".
    dict(written="Bag check tent at the half marathon finish in Maple Square. A woman who isn't a runner has been unzipping bags in the back row, and about five minutes ago she walked off with somebody's wallet and car keys toward Pine. Purple jacket, grey leggings, black hair in a bun, maybe 30.",
         spoken="bag check tent at the half marathon finish in maple square a woman who isn't a runner has been unzipping bags in the back row and about five minutes ago she walked off with somebody's wallet and car keys toward pine purple jacket gray leggings black hair in a bun maybe thirty",
         at="2027-03-27 10:35", entities=[P(count="1", sex="female", age="27-33", clothing=["purple jacket", "grey leggings"]), ("ago", 5), P(count="1")],
         places=[("landmark", "Maple Square")], category="theft", priority="high"),
    # Overnight (02:00) told at 06:40: under six hours, medium. "at 7" is a schedule; St. Luke's is no landmark of the
    # town.
    dict(written="Somebody took all the Easter lilies off the front steps of St. Luke's overnight, there were 40 of them in pots for the Easter services and they're all gone, pots and all. I'm the sexton. Church Street by Pine. First service is at 7.",
         spoken="somebody took all the easter lilies off the front steps of saint luke's overnight there were forty of them in pots for the easter services and they're all gone pots and all i'm the sexton church street by pine first service is at seven",
         at="2027-03-28 06:40", entities=[P(count="1"), ("local", "2027-03-28 02:00")],
         places=[("intersection", "Church Street", "Pine Street")], category="theft", priority="medium"),
    # "Somebody" and the guy the neighbour saw are one person.
    dict(written="Somebody stole the gas trash pump that was draining my basement, they just unhooked the hoses and carried it off, maybe two hours ago while I was at work. My neighbor saw a guy put something orange in the back of a green Subaru Legacy. 1048 Willow. Now the basement's filling back up.",
         spoken="somebody stole the gas trash pump that was draining my basement they just unhooked the hoses and carried it off maybe two hours ago while i was at work my neighbor saw a guy put something orange in the back of a green subaru legacy ten forty eight willow now the basement's filling back up",
         at="2027-03-25 14:30", entities=[P(count="1", sex="male"), ("ago", 120), P(count="1"), V(colour="green", make="subaru", model="legacy")],
         places=[("address", 1048, "Willow Street")], category="theft", priority="medium"),
    # A corrected plate, annotated as corrected.
    dict(written="Loss prevention at FreshMart. A man just swept a whole shelf of razor cartridges and whitening strips into a duffel bag, about $400 worth, and walked straight out past the registers. He's loading it into a maroon Buick Rendezvous in the lot right now. Plate DKM 773, no, DKM 783. Heavyset, camo hoodie, white beard.",
         spoken="loss prevention at fresh mark a man just swept a whole shelf of razor cartridges and whitening strips into a duffel bag about four hundred dollars worth and walked straight out past the registers he's loading it into a maroon buick rendezvous in the lot right now plate delta kilo mike seven seven three no delta kilo mike seven eight three heavy set camo hoodie white beard",
         at="2027-03-26 18:20", entities=[P(count="1", sex="male", build="heavy", clothing=["camo hoodie"]), V(colour="maroon", make="buick", model="rendezvous", plate="DKM783"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="theft", priority="high"),
    # "Tuesday" and "that afternoon" give no time; two days old: low. "on Pine Street" is a street alone; the IRS is not
    # a person; "a teenage boy" 13-19.
    dict(written="My tax refund check was supposed to come Tuesday and the IRS says it was delivered, but it never got to me, and my neighbor says she saw a teenage boy going through the mailboxes on our street that afternoon. I live on Pine Street. How do I report mail theft?",
         spoken="my tax refund check was supposed to come tuesday and the i r s says it was delivered but it never got to me and my neighbor says she saw a teenage boy going through the mailboxes on our street that afternoon i live on pine street how do i report mail theft",
         at="2027-03-25 16:00", entities=[P(count="1", sex="female"), P(count="1", sex="male", age="13-19")],
         places=[], category="theft", priority="low"),

    # ---------------------------------------------------------------- traffic
    # A self-corrected cross street: the 700 block. The cars that pulled over are generic; the Mirage stuck in the hole
    # is the event's. No time said ("in the last half hour" is a duration).
    dict(written="There's a pothole on Walnut between 6th and 7th, no, 7th and 8th, that's like two feet across and a foot deep, and it's full of water so you can't see it. Three cars have pulled over with flat tires in the last half hour and a little Mitsubishi Mirage is stuck with its front wheel in it, blocking the lane.",
         spoken="there's a pot hole on walnut between sixth and seventh no seventh and eighth that's like two feet across and a foot deep and it's full of water so you can't see it three cars have pulled over with flat tires in the last half hour and a little mitsubishi mirage is stuck with its front wheel in it blocking the lane",
         at="2027-03-22 17:45", entities=[V(make="mitsubishi", model="mirage")],
         places=[("block", 700, "Walnut Street")], category="traffic", priority="medium"),
    dict(written="A woman in a blue minivan just drove right through the cones onto the half marathon course at Main and 4th and hit a runner. He went up on the hood and now he's lying in the road holding his leg, it's bent the wrong way. She stopped. Plate ends in 47.",
         spoken="a woman in a blue mini van just drove right through the cones onto the half marathon course at main and fourth and hit a runner he went up on the hood and now he's lying in the road holding his leg it's bent the wrong way she stopped plate ends in four seven",
         at="2027-03-27 09:05", entities=[P(count="1", sex="female"), V(colour="blue", type="minivan", plate="47"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Main Street", "4th Street")], category="traffic", priority="high"),
    # A crash with the driver trapped unresponsive under water: traffic, critical (as holdout14's maple on a car).
    dict(written="1-veh rollover, Old Mill Rd & Cedar, approx 2150. Blk Jeep Liberty on its roof in the flooded ditch, water up to the windows, driver trapped and unresponsive per caller. Passerby in the water trying to get the door open. FD and EMS requested.",
         spoken="one vehicle rollover old mill road and cedar approximately twenty one fifty black jeep liberty on its roof in the flooded ditch water up to the windows driver trapped and unresponsive per caller passerby in the water trying to get the door open f d and e m s requested",
         at="2027-03-25 21:55", entities=[V(colour="black", make="jeep", model="liberty"), P(count="1"), P(count="1"), ("local", "2027-03-25 21:50")],
         places=[("intersection", "Old Mill Road", "Cedar Street")], category="traffic", priority="critical"),
    # Drivers moving barriers into floodwater: traffic, medium (a hazard going on, no time said). The stalled car is the
    # event's; "the next car" is generic.
    dict(written="They put ROAD CLOSED barriers across River Road at Willow because of the water, and people keep getting out and dragging them aside and driving through anyway. A little white car just stalled out in the middle and the guy waded back out, and the next car's already going around him. Can you put an officer there?",
         spoken="they put road closed barriers across river road at willow because of the water and people keep getting out and dragging them aside and driving through anyway a little white car just stalled out in the middle and the guy waded back out and the next car's already going around him can you put an officer there",
         at="2027-03-25 08:15", entities=[P(count="2+"), V(colour="white", type="car"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "River Road", "Willow Street")], category="traffic", priority="medium"),
    # A man in a wheelchair in the lane of Route 9 now: traffic raised to high. "an older man" (the one in danger)
    # 60-90; "dark poncho" has no colour; a wheelchair is not a vehicle; "at 45" is a speed.
    dict(written="There's an older man in a power wheelchair going down the middle of Route 9 in the pouring rain, right in the travel lane, right now, and cars are swerving around him at 45. He's just past the QuickStop heading out of town. He's got a dark poncho on, I don't think they can see him.",
         spoken="there's an older man in a power wheelchair going down the middle of route nine in the pouring rain right in the travel lane right now and cars are swerving around him at forty five he's just past the quick shop heading out of town he's got a dark poncho on i don't think they can see him",
         at="2027-03-24 16:40", entities=[P(count="1", sex="male", age="60-90", clothing=["poncho"]), ("now",)],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="traffic", priority="high"),
    # A road hazard left by the flood, a pickup already glancing off it: traffic, medium. The driver's sex is not said.
    dict(written="When the water went down it left a whole section of wooden dock lying across Hawthorn at 12th, both lanes, nails sticking up. A pickup just clipped the end of it and spun it around, the driver kept going. It's dark down here, somebody's going to hit it head on.",
         spoken="when the water went down it left a whole section of wooden dock lying across hawthorne at twelfth both lanes nails sticking up a pick up just clipped the end of it and spun it around the driver kept going it's dark down here somebody's gonna hit it head on",
         at="2027-03-26 21:05", entities=[V(type="pickup"), P(count="1"), ("now",)],
         places=[("intersection", "Hawthorn Avenue", "12th Street")], category="traffic", priority="medium"),
    # "On Tuesday around 7:40 in the morning" is that weekday's clock time (holdout10); three days old: low.
    dict(written="I need a police report for a claim against the town. On Tuesday around 7:40 in the morning I hit the pothole at Kingsley and 7th, the one that's been there since the thaw, and it cracked my rim and blew out my tire. Silver Ford Taurus. Nobody was hurt.",
         spoken="yeah i need a police report for a claim against the town on tuesday around seven forty in the morning i hit the pot hole at kingsley and seventh the one that's been there since the thaw and it cracked my rim and blew out my tire silver ford taurus nobody was hurt",
         at="2027-03-26 11:50", entities=[("local", "2027-03-23 07:40"), V(colour="silver", make="ford", model="taurus")],
         places=[("intersection", "Kingsley Avenue", "7th Street")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # "the polling place at the firehouse" is the landmark; "has been filming" with no time said lifts a low call to
    # medium.
    dict(written="There's a black Chevy Suburban with dark tinted windows parked facing the door of the polling place at the firehouse, and somebody inside has been filming every voter going in, phone held right up to the glass, for like an hour. When I walked over they rolled the window up. Plate 4WV 883, V as in Victor.",
         spoken="there's a black chevy suburban with dark tinted windows parked facing the door of the polling place at the fire house and somebody inside has been filming every voter going in phone held right up to the glass for like an hour when i walked over they rolled the window up plate four w v eight eight three v as in victor",
         at="2027-03-23 14:20", entities=[V(colour="black", make="chevrolet", model="suburban", plate="4WV883"), P(count="1"), P(count="2+")],
         places=[("landmark", "Fire Station Number 2")], category="suspicious_vehicle", priority="medium"),
    dict(written="Half of Willow's been evacuated and there's a white pickup towing an empty flatbed trailer creeping up and down the block with its headlights off, stopping in front of every dark house and shining a spotlight in the windows. It's at Willow and 9th right now. I'm one of the only ones still here.",
         spoken="half of willow's been evacuated and there's a white pick up towing an empty flatbed trailer creeping up and down the block with its headlights off stopping in front of every dark house and shining a spot light in the windows it's at willow and ninth right now i'm one of the only ones still here",
         at="2027-03-25 23:30", entities=[V(colour="white", type="pickup"), ("now",)],
         places=[("intersection", "Willow Street", "9th Street")], category="suspicious_vehicle", priority="medium"),
    # Dumping seen from a vehicle is a suspicious vehicle (train2), low. "This morning around 6:15" is the event's time;
    # Lincoln the make is not Lincoln Elementary; "toward Pine" a street alone.
    dict(written="This morning around 6:15 a grey Lincoln MKZ pulled up at the Lincoln Elementary bus loop and the driver threw three big garbage bags and an old TV out on the curb, then drove off toward Pine. The school's closed all week for spring break, so it'll just sit there.",
         spoken="this morning around six fifteen a gray lincoln m k z pulled up at the lincoln elementary bus loop and the driver threw three big garbage bags and an old tv out on the curb then drove off toward pine the school's closed all week for spring break so it'll just sit there",
         at="2027-03-24 10:00", entities=[("local", "2027-03-24 06:15"), V(colour="grey", make="lincoln", model="mkz"), P(count="1")],
         places=[("landmark", "Lincoln Elementary School")], category="suspicious_vehicle", priority="low"),
    # "since the start" (of the race) names no clock time; "keeps pulling over" lifts a low call to medium.
    dict(written="Course marshal at Hawthorn and 3rd. A tan van with no side windows keeps pulling over on Hawthorn ahead of the women runners, and the guy in it films them as they go by, then drives up a block and does it again. He's been at it since the start. Partial plate RJ2, R as in Robert.",
         spoken="course marshal at hawthorne and third a tan van with no side windows keeps pulling over on hawthorne ahead of the women runners and the guy in it films them as they go by then drives up a block and does it again he's been at it since the start partial plate r j two r as in robert",
         at="2027-03-27 08:50", entities=[V(colour="tan", type="van", plate="RJ2"), P(count="2+", sex="female"), P(count="1", sex="male")],
         places=[("intersection", "Hawthorn Avenue", "3rd Street")], category="suspicious_vehicle", priority="medium"),
    # A woman in danger from an ex under a protection order: high (as holdout11's ex). "now it's sitting at the corner"
    # is where the vehicle is (now); "Monday" and "six times tonight" are no times.
    dict(written="My ex got out of jail Monday and I have a protection order against him. His red Chevy Blazer has gone by my house six times tonight, and now it's sitting at the corner of Cedar and 2nd with the lights off. I'm inside with my two kids. I live at 205 Cedar.",
         spoken="my ex got out of jail monday and i have a protection order against him his red chevy blazer has gone by my house six times tonight and now it's sitting at the corner of cedar and second with the lights off i'm inside with my two kids i live at two oh five cedar",
         at="2027-03-26 21:10", entities=[P(count="1", sex="male"), V(colour="red", make="chevrolet", model="blazer"), ("now",), P(count="2")],
         places=[("intersection", "Cedar Street", "2nd Street"), ("address", 205, "Cedar Street")], category="suspicious_vehicle", priority="high"),
    # The "somebody" the caller wonders about is hypothetical, not annotated.
    dict(written="Now that the snowbanks have melted there's a green Volkswagen Beetle at the far end of the Community Pool lot that's obviously been there since the first big snow. Flat tires, no plates, and the back seat's piled with clothes and a sleeping bag. I don't know if somebody's been living in it.",
         spoken="now that the snow banks have melted there's a green volkswagen beetle at the far end of the community pool lot that's obviously been there since the first big snow flat tires no plates and the back seat's piled with clothes and a sleeping bag i don't know if somebody's been living in it",
         at="2027-03-22 10:30", entities=[V(colour="green", make="volkswagen", model="beetle")],
         places=[("landmark", "Community Pool")], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # Child luring (high). A costume is not clothing (holdout11); his van, unseen, is not annotated; "the bandstand" is
    # in Maple Square.
    dict(written="There's a man in a full Easter bunny costume in Maple Square who isn't with the town's event. He's handing kids chocolate eggs and saying they can get a picture in his van, and he just walked off behind the bandstand holding a little girl's hand. Her mom's running around looking for her. Grey costume, pink bow tie.",
         spoken="there's a man in a full easter bunny costume in maple square who isn't with the town's event he's handing kids chocolate eggs and saying they can get a picture in his van and he just walked off behind the bandstand holding a little girl's hand her mom's running around looking for her gray costume pink bow tie",
         at="2027-03-28 14:05", entities=[P(count="1", sex="male"), P(count="2+"), P(count="1", sex="female"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Maple Square")], category="suspicious_person", priority="high"),
    # Trying doors, no entry: a suspicious person, medium (now). "Riverside" is the neighbourhood beside the block;
    # "black rain jacket" -> "black jacket".
    dict(written="Riverside's been evacuated but I came back for my meds, and there's a man wading from house to house on Chestnut between 11th and 12th, trying the back doors and pointing a flashlight through the windows. He's at the yellow house on the corner now. Tall, skinny, black rain jacket.",
         spoken="river side's been evacuated but i came back for my meds and there's a man wading from house to house on chestnut between eleventh and twelfth trying the back doors and pointing a flash light through the windows he's at the yellow house on the corner now tall skinny black rain jacket",
         at="2027-03-25 19:40", entities=[P(count="1", sex="male", height="tall", build="thin", clothing=["black jacket"]), ("now",)],
         places=[("neighbourhood", "Riverside"), ("block", 1100, "Chestnut Street")], category="suspicious_person", priority="medium"),
    # Someone camping in a press box, nothing taken: a suspicious person (as holdout14's woman in a linen closet), not
    # burglary; medium (now). The sleeper and the one moving are one person.
    dict(written="Groundskeeper at Oakford High. With school out for spring break somebody's been sleeping in the press box at the football field, there's a sleeping bag, a camp stove and empty cans, and the padlock's been cut. I can see somebody moving around up there right now. I'm not going up alone.",
         spoken="groundskeeper at oak ford high with school out for spring break somebody's been sleeping in the press box at the football field there's a sleeping bag a camp stove and empty cans and the padlock's been cut i can see somebody moving around up there right now i'm not going up alone",
         at="2027-03-22 08:30", entities=[P(count="1"), ("now",)],
         places=[("landmark", "Oakford High School")], category="suspicious_person", priority="medium"),
    # "3:20 this morning" on a camera is the event's time (under six hours old: low stays low). The neighbour is
    # annotated through "my neighbor's"; a headlamp is not clothing, the backpack and gloves are.
    dict(written="At 3:20 this morning my doorbell camera recorded a man trying my front door handle with a headlamp on, then he cut across the lawn and tried my neighbor's side door too. He had a backpack and gloves. 517 Walnut. Nothing's missing that I can tell, I just want it on record.",
         spoken="at three twenty this morning my door bell camera recorded a man trying my front door handle with a head lamp on then he cut across the lawn and tried my neighbor's side door too he had a backpack and gloves five seventeen wall nut nothing's missing that i can tell i just want it on record",
         at="2027-03-24 07:50", entities=[("local", "2027-03-24 03:20"), P(count="1", sex="male", clothing=["backpack", "gloves"]), P(count="1")],
         places=[("address", 517, "Walnut Street")], category="suspicious_person", priority="low"),
    # Something unknown tipped into cups runners are taking now: the conventions do not decide tampering; a careful
    # dispatcher sends at once (a danger to many people): high. "Long black coat" -> "black coat".
    dict(written="I'm at the water stop at mile 8, Hawthorn and 5th. A woman who isn't a volunteer keeps walking up to our table and tipping something from a little brown bottle into the filled cups, then walking off and coming back. I dumped the ones I saw, but runners are grabbing cups right now. Long black coat, red hat, maybe 50.",
         spoken="i'm at the water stop at mile eight hawthorne and fifth a woman who isn't a volunteer keeps walking up to our table and tipping something from a little brown bottle into the filled cups then walking off and coming back i dumped the ones i saw but runners are grabbing cups right now long black coat red hat maybe fifty",
         at="2027-03-27 09:40", entities=[P(count="1", sex="female", age="47-53", clothing=["black coat", "red hat"]), P(count="2+"), ("now",)],
         places=[("intersection", "Hawthorn Avenue", "5th Street")], category="suspicious_person", priority="high"),
    # A habit ("Many nights", "Always after midnight") gives no time: low. The hood up is not clothing.
    dict(written="Good evening. Many nights a man come to the back of our building and he look in our bedroom window on the ground floor. Always after midnight, always the same, black jacket with the hood up. My wife is afraid to sleep. We are at 312 3rd Street.",
         spoken="good evening many nights a man come to the back of our building and he look in our bedroom window on the ground floor always after midnight always the same black jacket with the hood up my wife is afraid to sleep we are at three twelve third street",
         at="2027-03-22 19:30", entities=[P(count="1", sex="male", clothing=["black jacket"]), P(count="1", sex="female")],
         places=[("address", 312, "3rd Street")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- drugs
    # Cocaine passed to high school kids: medium (children; raises do not stack with the said time). The parents are
    # away; the son is there; the car used as a table is not part of the event; "like 50 high school kids" is "3+".
    dict(written="The people at 418 Willow are in Florida and their son's throwing a spring break party, there's like 50 high school kids, and two older guys are doing lines of coke off the hood of a car in the driveway and passing it around to the kids. Music's blasting. It's 11:40.",
         spoken="the people at four eighteen willow are in florida and their son's throwing a spring break party there's like fifty high school kids and two older guys are doing lines of coke off the hood of a car in the drive way and passing it around to the kids music's blasting it's eleven forty",
         at="2027-03-23 23:42", entities=[P(count="1", sex="male"), P(count="3+", age="13-19"), P(count="2", sex="male"), ("local", "2027-03-23 23:40")],
         places=[("address", 418, "Willow Street")], category="drugs", priority="medium"),
    # A knife kept at hand while dealing: a weapon seen (high, as holdout13's pistol in a door pocket). "the train
    # station" is Central Station; "Red Adidas tracksuit" -> "red tracksuit"; a gold chain is not clothing.
    dict(written="Guy selling pills on the bench at the end of the platform at the train station, people walk up, hand him cash and leave. He's got a big hunting knife lying on the bench next to him, right out in the open, and he keeps his hand on it. He's still there. Red Adidas tracksuit, gold chain.",
         spoken="guy selling pills on the bench at the end of the platform at the train station people walk up hand him cash and leave he's got a big hunting knife lying on the bench next to him right out in the open and he keeps his hand on it he's still there red adidas track suit gold chain",
         at="2027-03-22 13:30", entities=[P(count="1", sex="male", clothing=["red tracksuit"]), P(count="2+"), W("knife")],
         places=[("landmark", "Central Station")], category="drugs", priority="high"),
    # Second-hand and a day old: low. The firefighter and the husband are persons; the rental truck is the event's.
    dict(written="Not sure this is my business. The fire department pumped out the basement at 1059 Hawthorn yesterday and one of the firefighters told my husband it's wall to wall grow lights and plants down there. Today I saw the guy who lives there carry soggy garbage bags out to a rental truck. The whole block smells skunky.",
         spoken="um not sure this is my business the fire department pumped out the basement at ten fifty nine hawthorne yesterday and one of the firefighters told my husband it's wall to wall grow lights and plants down there today i saw the guy who lives there carry soggy garbage bags out to a rental truck the whole block smells skunky",
         at="2027-03-26 12:00", entities=[P(count="1"), P(count="1", sex="male"), P(count="1", sex="male"), V(type="truck")],
         places=[("address", 1059, "Hawthorn Avenue")], category="drugs", priority="low"),
    # Nitrous sold to children: medium (children; raises do not stack). The buyers' estimated ages are not annotated;
    # "the boat launch lot at Riverside Park" is the landmark.
    dict(written="Two guys are selling nitrous balloons out of the trunk of a silver Toyota Corolla in the boat launch lot at Riverside Park, filling them off a big tank, five bucks each, and it's all spring break kids buying, like 13 and 14. There's a line. They're still there.",
         spoken="two guys are selling nitrous balloons out of the trunk of a silver toyota corolla in the boat launch lot at river side park filling them off a big tank five bucks each and it's all spring break kids buying like thirteen and fourteen there's a line they're still there",
         at="2027-03-24 15:10", entities=[P(count="2", sex="male"), V(colour="silver", make="toyota", model="corolla"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="drugs", priority="medium"),
    # A habit, adult buyers: low. The buyers' bikes are one bicycle entity (holdout14); the Sequoia is the seller's.
    dict(written="Web tip: The guy who fixes bikes out of his garage at 227 9th Street sells weed and pills on the side. People ride up on bikes that are fine and leave with a little bag. It's been like that since the snow melted. White Toyota Sequoia always in the driveway.",
         spoken="web tip the guy who fixes bikes out of his garage at two twenty seven ninth street sells weed and pills on the side people ride up on bikes that are fine and leave with a little bag it's been like that since the snow melted white toyota sequoia always in the driveway",
         at="2027-03-23 10:00", entities=[P(count="1", sex="male"), P(count="2+"), V(type="bicycle"), V(colour="white", make="toyota", model="sequoia")],
         places=[("address", 227, "9th Street")], category="drugs", priority="low"),
    # A text: "the 2:00 movie" is a showing, not a time; "been like 20 min" a duration. Children buying: medium.
    dict(written="idk who to tell but theres a guy in the back row of the 2:00 movie at the grand cinema selling vape carts and pills, kids keep going up the aisle and handing him cash and he passes them little baggies. been like 20 min. tan jacket white beanie skinny",
         spoken="i don't know who to tell but there's a guy in the back row of the two o'clock movie at the grand cinema selling vape carts and pills kids keep going up the aisle and handing him cash and he passes them little baggies been like twenty minutes tan jacket white beanie skinny",
         at="2027-03-25 14:40", entities=[P(count="1", sex="male", build="thin", clothing=["tan jacket", "white beanie"]), P(count="2+")],
         places=[("landmark", "Grand Cinema")], category="drugs", priority="medium"),

    # ---------------------------------------------------------------- vandalism
    # No place ("along Market Street" is a street alone); "at 9 last night" is when the shop closed, no event time.
    dict(written="Somebody snapped off every one of the little cherry trees the town just planted along Market Street, all 12 of them, broken right at the stakes. They were fine when I closed up my shop at 9 last night. Just so it's on record.",
         spoken="somebody snapped off every one of the little cherry trees the town just planted along market street all twelve of them broken right at the stakes they were fine when i closed up my shop at nine last night just so it's on record",
         at="2027-03-24 07:45", entities=[P(count="1")],
         places=[], category="vandalism", priority="low"),
    # Teenagers doing the damage are no children at risk; "are yanking" lifts low to medium. The signs are town
    # property.
    dict(written="From my porch on Spruce between 10th and 11th I can see three teenagers yanking out the new ROAD CLOSED signs and the street signs the town just put back up after the flood, and they're throwing them off the bank into the river. White Oakford Lacrosse hoodie on one of them.",
         spoken="from my porch on spruce between tenth and eleventh i can see three teenagers yanking out the new road closed signs and the street signs the town just put back up after the flood and they're throwing them off the bank into the river white oakford lacrosse hoodie on one of them",
         at="2027-03-26 16:20", entities=[P(count="3", age="13-19"), P(count="1", clothing=["white hoodie"])],
         places=[("block", 1000, "Spruce Street")], category="vandalism", priority="medium"),
    # Overnight (02:00) told at 07:15: low. The two vans are one van entity (as holdout15's buses); "at 8:30" a
    # schedule.
    dict(written="Race director for the half marathon. Overnight somebody slashed the tires on both of our timing vans parked behind City Hall, eight flat tires, and the start is at 8:30. Nothing was taken out of them.",
         spoken="race director for the half marathon overnight somebody slashed the tires on both of our timing vans parked behind city hall eight flat tires and the start is at eight thirty nothing was taken out of them",
         at="2027-03-27 07:15", entities=[P(count="1"), V(type="van"), ("local", "2027-03-27 02:00")],
         places=[("relative", ("landmark", "City Hall"))], category="vandalism", priority="low"),
    dict(written="Some guy is going down Cedar between 8th and 9th spray painting rude pictures around every pothole in neon orange. He's on the third one right now. Grey hoodie, orange paint all over his jeans.",
         spoken="some guy is going down cedar between eighth and ninth spray painting rude pictures around every pot hole in neon orange he's on the third one right now gray hoodie orange paint all over his jeans",
         at="2027-03-22 15:10", entities=[P(count="1", sex="male", clothing=["grey hoodie", "jeans"]), ("now",)],
         places=[("block", 800, "Cedar Street")], category="vandalism", priority="medium"),
    # "last night" is when the eggs were hidden; the event is "sometime overnight" (02:00). "The hunt's at 1" a
    # schedule.
    dict(written="We hid about 600 filled plastic eggs on the lawn at First Methodist, Church Street by Maple, last night for this afternoon's egg hunt, and sometime overnight somebody stomped every one of them flat and threw the candy in the street. The hunt's at 1.",
         spoken="we hid about six hundred filled plastic eggs on the lawn at first methodist church street by maple last night for this afternoon's egg hunt and sometime overnight somebody stomped every one of them flat and threw the candy in the street the hunt's at one",
         at="2027-03-27 07:10", entities=[P(count="1"), ("local", "2027-03-27 02:00")],
         places=[("intersection", "Church Street", "Maple Avenue")], category="vandalism", priority="low"),
    # A BB gun is not a weapon (holdout8); kids doing the damage are not children at risk; "are shooting" lifts low to
    # medium. "maybe 13" of the actors is 10-16; "Lincoln School" is Lincoln Elementary's alias.
    dict(written="Two kids are shooting out the windows of the little greenhouse behind Lincoln School with a BB gun, they've been at it ten minutes and there's glass all over the garden beds. School's closed for the week so nobody's there. They're maybe 13, one's in a red jacket.",
         spoken="two kids are shooting out the windows of the little greenhouse behind lincoln school with a b b gun they've been at it ten minutes and there's glass all over the garden beds school's closed for the week so nobody's there they're maybe thirteen one's in a red jacket",
         at="2027-03-24 11:30", entities=[P(count="2", age="10-16"), P(count="1", clothing=["red jacket"])],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="vandalism", priority="medium"),

    # ---------------------------------------------------------------- disturbance
    # "in 25 minutes" is a schedule; "Carhartt overalls" -> "overalls" (brand dropped, as "Carhartt jacket" ->
    # "jacket").
    dict(written="Polls at the firehouse close in 25 minutes and a man who was told he's not on the list is screaming at the poll workers. He knocked the sign-in table over and he's standing in the doorway blocking the people in line. He hasn't hit anyone. Big guy, Carhartt overalls.",
         spoken="polls at the fire house close in twenty five minutes and a man who was told he's not on the list is screaming at the poll workers he knocked the sign in table over and he's standing in the doorway blocking the people in line he hasn't hit anyone big guy carhartt overalls",
         at="2027-03-23 19:35", entities=[P(count="1", sex="male", clothing=["overalls"]), P(count="2+"), P(count="2+")],
         places=[("landmark", "Fire Station Number 2")], category="disturbance", priority="medium"),
    # A text: "its 2:10 am" during the noise is that time (within 15 minutes): low raised to medium. "a bunch of guys"
    # is "3+"; "our cars" are generic.
    dict(written="its 2:10 am and a bunch of guys home on spring break are playing beer pong and blasting music on the flat roof of the garage at 1016 elm, theyve been at it for hours and now theyre throwing the cups down onto our cars",
         spoken="it's two ten a m and a bunch of guys home on spring break are playing beer pong and blasting music on the flat roof of the garage at ten sixteen elm they've been at it for hours and now they're throwing the cups down onto our cars",
         at="2027-03-24 02:12", entities=[("local", "2027-03-24 02:10"), P(count="3+", sex="male")],
         places=[("address", 1016, "Elm Street")], category="disturbance", priority="medium"),
    # A threat to kill a woman, no blow: a disturbance, high (a woman in danger, as holdout14's threat). The car he
    # pounds on is the event's (type car).
    dict(written="My dad's drunk and screaming that he's going to kill my mom. He smashed the TV and he's out in the driveway right now pounding on the car windows, she locked herself in the car with my little sister. He hasn't gotten in. I'm hiding upstairs. 1133 Oak Street.",
         spoken="my dad's drunk and screaming that he's gonna kill my mom he smashed the tv and he's out in the driveway right now pounding on the car windows she locked herself in the car with my little sister he hasn't gotten in i'm hiding upstairs eleven thirty three oak street",
         at="2027-03-28 20:45", entities=[P(count="1", sex="male"), P(count="1", sex="female"), ("now",), V(type="car"), P(count="1", sex="female")],
         places=[("address", 1133, "Oak Street")], category="disturbance", priority="high"),
    # Drunk spectators throwing beer and trying to trip runners, no injury told: a disturbance, medium (going on), not
    # assault. "A porch full of drunk guys" is "3+"; "one" of them has nothing of his own.
    dict(written="Mile 10 of the half marathon, Kingsley by 5th. A porch full of drunk guys is throwing beer on the runners going by, and one keeps running out into the course trying to trip people. A lady already went down. They're still at it.",
         spoken="mile ten of the half marathon kingsley by fifth a porch full of drunk guys is throwing beer on the runners going by and one keeps running out into the course trying to trip people a lady already went down they're still at it",
         at="2027-03-27 10:20", entities=[P(count="3+", sex="male"), P(count="2+"), P(count="1", sex="female")],
         places=[("intersection", "Kingsley Avenue", "5th Street")], category="disturbance", priority="medium"),
    # A habit over three nights: low. "since yesterday" is no time (README).
    dict(written="For three nights my neighbor has run a gas generator and a pump right under our bedroom window all night long, and the exhaust comes in if we open the window. His basement's been dry since yesterday. I asked him to stop and he said tough. 1053 Chestnut.",
         spoken="for three nights my neighbor has run a gas generator and a pump right under our bedroom window all night long and the exhaust comes in if we open the window his basement's been dry since yesterday i asked him to stop and he said tough ten fifty three chestnut",
         at="2027-03-27 08:30", entities=[P(count="1", sex="male")],
         places=[("address", 1053, "Chestnut Street")], category="disturbance", priority="low"),
    # ATVs are not road vehicles (as snowmobiles); "the crowd" and "the families" are one group. Going on: medium.
    dict(written="Easter sunrise service on the hill at Riverside Park, and two guys on ATVs keep tearing around the edge of the crowd, spraying mud on the families and revving right behind the pastor. They've gone around three times. Nobody's been hit yet.",
         spoken="easter sunrise service on the hill at river side park and two guys on a t vs keep tearing around the edge of the crowd spraying mud on the families and revving right behind the pastor they've gone around three times nobody's been hit yet",
         at="2027-03-28 06:35", entities=[P(count="2", sex="male"), P(count="2+"), P(count="1")],
         places=[("landmark", "Riverside Park")], category="disturbance", priority="medium"),
    # "also last night" names one night of the habit: 23:00 the day before (low stays low); "until 3 or 4" and "at 6"
    # are no times; the baby is a person.
    dict(written="Excuse me for calling. The neighbors behind us at 1142 Birch, every weekend they make a party in the garage with the door open and very loud music until 3 or 4 in the morning, also last night. I have a new baby and I work at 6. I knock one time and they shout bad words to me.",
         spoken="excuse me for calling the neighbors behind us at eleven forty two burch every weekend they make a party in the garage with the door open and very loud music until three or four in the morning also last night i have a new baby and i work at six i knock one time and they shout bad words to me",
         at="2027-03-27 10:15", entities=[P(count="2+"), ("local", "2027-03-26 23:00"), P(count="1")],
         places=[("address", 1142, "Birch Street")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # Boys adrift on an ice floe: a rescue (other, critical, as train1). "maybe 10" of victims is not annotated.
    dict(written="The ice is breaking up on the river behind the Old Mill Brewery and two boys are standing on a big slab of it that's floating downstream, it broke off while they were on it. They're maybe 10, they're screaming, and it's moving faster than I can walk along the bank. Hurry!",
         spoken="the ice is breaking up on the river behind the old mill brewery and two boys are standing on a big slab of it that's floating downstream it broke off while they were on it they're maybe ten they're screaming and it's moving faster than i can walk along the bank hurry",
         at="2027-03-22 16:10", entities=[P(count="2", sex="male")],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="other", priority="critical"),
    # An 84-year-old on oxygen gone back into the flooded area, unreachable: a missing vulnerable person (high). "this
    # morning" is no time; the Sable he drove is what to look for (annotated, as holdout10's husband who drove off).
    dict(written="My grandfather's 84 and on oxygen, and this morning he drove back into the evacuated part of Riverside to get his cat out of the house. Nobody's heard from him in three hours and his phone goes to voicemail. His house is 1121 Spruce. He's in a gold Mercury Sable.",
         spoken="my grandfather's eighty four and on oxygen and this morning he drove back into the evacuated part of river side to get his cat out of the house nobody's heard from him in three hours and his phone goes to voicemail his house is eleven twenty one spruce he's in a gold mercury sable",
         at="2027-03-25 14:50", entities=[P(count="1", sex="male"), V(colour="gold", make="mercury", model="sable")],
         places=[("neighbourhood", "Riverside"), ("address", 1121, "Spruce Street")], category="other", priority="high"),
    # An animal charging people, going on: other, medium (as holdout15's steer). "the Central Station doors" are the
    # landmark's own doors (as "the front doors of the Oakford Public Library"). "every commuter" is "2+"; "an older
    # lady" (the one knocked) 60-90.
    dict(written="There's a goose nesting in the planter right by the Central Station doors and it's charging every commuter who walks past, hissing and flapping. It just knocked a coffee out of an older lady's hand and she nearly fell. Somebody's going to get hurt. Is that animal control or you?",
         spoken="there's a goose nesting in the planter right by the central station doors and it's charging every commuter who walks past hissing and flapping it just knocked a coffee out of an older lady's hand and she nearly fell somebody's gonna get hurt is that animal control or you",
         at="2027-03-23 08:10", entities=[P(count="2+"), P(count="1", sex="female", age="60-90"), ("now",)],
         places=[("landmark", "Central Station")], category="other", priority="medium"),
    # A scam with no place and nobody described: other, low. The senders are not described persons; "the Oakford flood
    # relief fund" is no place.
    dict(written="Just want to warn you. People in town are getting texts saying they're from the Oakford flood relief fund and they'll deposit $500 if you log into your bank through their link. My mother almost did it. It's fake, right? Somebody should put it out there.",
         spoken="just want to warn you people in town are getting texts saying they're from the oakford flood relief fund and they'll deposit five hundred dollars if you log into your bank through their link my mother almost did it it's fake right somebody should put it out there",
         at="2027-03-26 19:00", entities=[P(count="2+"), P(count="1", sex="female")],
         places=[], category="other", priority="low"),
    # Found property: other, low.
    dict(written="After the water went down there's a small safe sitting in the mud in my backyard, still locked, and it's definitely not ours. It must have floated from somewhere. I don't want to open it. 1162 Spruce, in Riverside.",
         spoken="after the water went down there's a small safe sitting in the mud in my back yard still locked and it's definitely not ours it must have floated from somewhere i don't want to open it eleven sixty two spruce in river side",
         at="2027-03-27 12:30", entities=[],
         places=[("address", 1162, "Spruce Street"), ("neighbourhood", "Riverside")], category="other", priority="low"),
    # A bank caving in under a deck the children run out on, nobody but them home: other, medium (children at risk).
    # "behind 1188 Spruce" is relative to the address.
    dict(written="The riverbank at the end of Spruce has been caving in since the flood, big chunks keep dropping into the water, and the deck behind 1188 Spruce is hanging out over the river now. Their kids keep running out on it and there's no grown-up home. I yelled at them but they just laugh.",
         spoken="the riverbank at the end of spruce has been caving in since the flood big chunks keep dropping into the water and the deck behind eleven eighty eight spruce is hanging out over the river now their kids keep running out on it and there's no grown up home i yelled at them but they just laugh",
         at="2027-03-27 11:40", entities=[P(count="2+")],
         places=[("relative", ("address", 1188, "Spruce Street"))], category="other", priority="medium"),
]

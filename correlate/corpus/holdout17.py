"""An eighteenth hand-written set (90 tips), the blind set after holdout16, written blind: its author read only the
corpus README, the corpus scripts (holdout16.py, holdout15.py, holdout14.py, hand.py and make_corpus.py's geometry
helpers, priority helper, hand_records and set registration in full for the format, the place truth and the label
conventions; the docstrings of holdouts 1-13 and train1-3 for the situations, periods and choices they add; town.py;
and the written text of every earlier tip in hand.py, holdouts 1-16 and train1-3, gathered into one list, searched by
keyword and compared tip by tip by shared four-word runs and content-word overlap, after which about thirty-five
drafted tips that came too close to an earlier situation or sentence were rewritten or replaced) and the town data
(config/demo/README.md and town.py, from which config/demo/town.geojson is made), and never opened the extractor's
source, its tests, examples or benches, nor the gateway, the ASR, vision, telephony or ONNX code, nor the fuzz
targets, nor the repository README, nor any .jsonl file but its own output, nor read the commit history, nor ran
cargo, the extractor, `tipline` or any evaluation, nor saw any score or miss list. It is the next honest estimate for
phrasing the extractor has never seen.

It is set in Thanksgiving week 2027 (Monday 22 to Sunday 28 November) in Oakford: the food shelf's turkey giveaway in
the FreshMart lot on the Monday; a water main break under Main between 4th and 5th before dawn on the Tuesday, with
water in a basement flat, ice at Main and 6th, a boil-water notice for the West End and a detour that sends trucks
down side streets; the busiest travel day on the Wednesday (sleet in the evening, crowds at Central Station, pie
pickups at Rosie's Bakery, the bar night before Thanksgiving downtown); Thanksgiving Day on the Thursday (turkey
fryers and ovens, family dinners, the Turkey Bowl at Oakford High at 10, the free community dinner at the firehouse,
deer hunters in the fields at the edge of town); Black Friday (Northgate Mall opening at 5, FreshMart's doorbusters at
6, the tree lighting in Maple Square at 6 in the evening); Small Business Saturday downtown; and a dense fog on the
Sunday morning as people travel home. No earlier set is set in late November 2027 or in any Thanksgiving week, and
none has a Black Friday, a turkey fryer, a tree lighting, a water main break's aftermath or a Turkey Bowl. New
situations: a pistol held on a man who called out a line-cutter before the mall opened, a machete sharpened on the
bandstand steps while the tree lights went up, a hunter's bullet through a kitchen window, a knife held to a
roommate's stomach in a brewery lot the night before, shots into a house from an Avalanche (dispatch), a pistol that
slipped out of a waistband in a cinema lobby, a gun shown at a turkey giveaway two days before (a web tip); a turkey
fryer on a wood deck with a grandfather upstairs, the big tree burning at the lighting, an electric car burning in the
mall lot, a pellet smoker on a balcony, an alarm company's smoke and heat detectors, a garage fire flaring hours after
it was put out, a husband silent in a smoke-filled garage; a grandmother unanswering at the foot of the basement
stairs, a fork in an outlet, a woman trampled at the doorbusters, a fall down bleacher stairs (EMS), a hidden
concussion from the game the day before, a head cut on sleety steps, hot turkey fat on a mother's leg (non-native); a
claw hammer on a gas-station counter, a husband jumped outside the bakery with the pie order, a daughter's suitcase
taken at the station the night before, a carjacking at gunpoint in the mall lot, a purse strap that drags an older
woman, a TV taken by threats in a lot (dispatch); a man pushed through a bar window, a punch in the stands at the
Turkey Bowl, a shove into a china cabinet at dinner the day before, a headlock over the last doorbuster TV, a water
bottle to a face at a bus shelter (dispatch), a delivery driver punched over cold food (non-native), a man shoved off
the footbridge into the river; two men in a cafe closed for the holiday, a house entered while the family was at the
sales, a dry cleaner over the holiday (a web report), a pharmacy burglar alarm, the turkeys taken from a garage
fridge, a food shelf in a church basement; propane tanks from a store's cage, a rack of pies from the bakery's back
door, copper downspouts, bags lifted off strollers at the tree lighting, a Christmas tree cut off a car roof, pockets
gone through on a bar's coat hooks, a coat drive box emptied; a man hit while changing a tire in the fog, a
pedestrian hit as the lighting let out, an empty car stopped in the lane in the fog, trucks on a residential detour
that took out a mailbox, a man lying in the road, the main break's water frozen across an intersection, a car into a
pole (dispatch); a sedan tailing a bakery's delivery van, a rental box truck at an empty house at midnight, a car
that followed a shopper home, an RV camped in a closed pool's lot, gift cards scratched in a parked car, deer guts
dumped from an SUV; a stranger leading a boy out of the library, a false collector for the fire department's dinner,
a man ringing doorbells at 4 asking for Kevin, a man offering stranded young women rides at the station, a man at a
9-year-old's window, a man sleeping in an absent neighbour's car (non-native); a dealer under the bleachers, signs of
a drug lab, a pistol shown at a bus stop, a bartender who sells (a web tip), a pipe in a playground tunnel (a text),
an apartment's traffic (non-native); a harvest display wrecked, a new mural tagged, ice thrown off a cinema roof onto
cars, car doors kicked in over a parking spot, porch lights stomped, a neighbour poisoning a maple; a threat to cut a
volunteer with a knife nobody has seen, a college party at 1:30 (a text), a Friendsgiving's leftovers in a driveway,
a drunk pounding on car windows at a light, video games through a wall (non-native), a father and son chest to
chest; a boy hanging from a railroad trestle, a 10-year-old not home after the tree lighting, an old man on a walker
in a flooding basement flat, a lost husky, a boil-water question, wild turkeys going after people.

Registers: calm, frightened, angry, hesitant ("Not sure if this is an ambulance thing", "This is probably not a big
deal", "I don't want to make trouble", "I'm not trying to get anyone in trouble", "This isn't an emergency", "I just
want it on file"), elderly ("I'm 79 and I run the food shelf"), texts in lower case without apostrophes ("pls
hurry", "rn", "2 ppl", "its 1:30 in the morning", "3rd time this month"), non-native ("my mother she take the turkey
out of the oven and the pan tip", "he punch me in my face two times", "the young men play the video games every
night", "I see a man go inside the car of my neighbor in the night", "every day many people come, they stay five
minutes and go"), second-hand (a daughter robbed the night before, a bakery's delivery girl, a 9-year-old at a window,
a son's hidden hit, a daughter not home), workplace callers (a food shelf volunteer, a cinema manager, a bartender, a
bakery, a children's desk, a library board member, a dry cleaner, alarm monitoring), web-form notes ("Web tip:", "Web
report:"), dispatch, EMS and alarm shorthand ("400 blk", "approx 0215", "RP", "W/M, 20s", "Veh fled WB", "unk", "F
approx 60", "R wrist", "lac", "A&O x4", "M subjs", "Susp 1 W/M 30s, 5'9\"", "EB", "w/", "M subj", "F vic", "SB",
"1-veh MVC", "Blk", "c/o", "ETOH", "0309 hrs", "0447 hrs"), and three self-corrections (a house number, a cross
street, a plate), annotated as corrected. Spoken forms add fillers ("um", "uh", "yeah so", "okay so", "you know",
"oh my god"), split words ("band stand", "drive way", "side walk", "flash light", "door bell", "mini van", "pick
up", "rail road", "foot bridge", "s u v", "t v", "g m c", "c x nine", "m v c", "e t o h", "e m s", "r p", "r v"),
the usual mishearings (north gate, fresh mart, quick stop, river side, oak ford high, hawthorne, how thorn, mabel,
wall nut, chess nut, burch, maine, kingsly, rosies bakery) and a new one ("grant cinema" for the Grand Cinema),
plates letter by letter ("two g d five five four zero"), in the NATO alphabet ("lima x ray papa six zero three
eight"), as "g as in george", partial ("plate ends in 94Z") and corrected ("4FT 281, no, 4FT 218"). Numbers that are
not addresses: "till 5", "theater 2", "the 7:15", "like six in there", "24 of them", "20 people", "six stitches",
"about $300", "50 feet", "30 feet", "like fifteen", "two times", "the second floor", "the third floor", "three houses
down", "40 minutes", "four days", "six spaces", "3rd time this month", "until 3", "at 3 in the morning", and ages of
victims, relatives and callers. Look-alike words that are not places or entities: "the main entrance" and "the main
doors" (not Main Street), "my big maple" (a tree), "the train station" a confused man thinks he is at, "the Turkey
Bowl" alone, "Ashby Valley", "Oakford Football", "Bulls", "Eagles" and "Carhartt" on clothing, "the fire department"
as an organisation, "the food shelf", "Kim's Alterations and Dry Cleaning", "St. Paul's", "the Tap Room", "the post
office", "Northeast Alarm", "Texas", "Kevin", "the library board". Tips with no place (copper downspouts "We live on
Spruce", a bartender "at the Tap Room on Elm", a lost husky "outside the coffee place on Market Street", porch lights
"I live on Cedar") and places given only by a street ("toward Kingsley", "toward Market Street", "toward Main",
"down Pine toward 10th", "toward Elm", "toward Old Mill Road", "toward Walnut", "EB on Pine", "SB on 9th", "her
friend's house on Pine", "the houses on elm").

Same format and conventions as hand.py and holdouts 4-16 (written to extraction_holdout17.jsonl), with the choices
holdout6.py to holdout16.py, train1.py and train2.py list (holdout16, then holdout15, then holdout14, then earlier sets
where they differ): every person other than the caller annotated once, also one named through a possessive; a
described member of a group a separate person only with their own attributes; people said to be away, absent or dead
not annotated; partial plates as said; corrected values as corrected; "last night" 23:00 the day before, "overnight"
02:00, "this afternoon" / "yesterday afternoon" 14:00, "since ..." the start; habits, durations, weekdays, dates,
schedule and future times are not times; "about N" / "maybe N" / "like N" years N-3..N+3, a decade its ten years,
teens 13-19, old/older 60-90, young 18-29; victims', relatives' and callers' stated or estimated ages not annotated, a
descriptive age word for a victim is; a vehicle's type only when a type word is in its description and not when a
model describes the same vehicle; base priorities weapon, fire, medical, robbery, assault high, burglary, theft,
traffic medium, the rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen,
low to medium for children at risk, one step (not above high) for an event still happening (a said time within 15
minutes, or with no time said a present progressive for a low call), one step lower when more than six hours old
(weapons and robberies used hours or days ago included, as a weapon seen); raises do not stack; child luring and a
missing vulnerable person high.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type; a claw hammer in a robbery is "hammer" (train2), a pistol "handgun", "a gun" "gun", a
  folding knife "knife". A pistol held inches from a man's face, a rifle still aimed at a house a bullet just went
  through, a handgun fired into a house and a claw hammer banged down with a threat to a clerk's head are in use
  (critical), and so is a gun put to a head in a carjacking. A machete being sharpened in a square, a pistol that
  slipped out of a waistband in a cinema lobby and a pistol shown in a dealer's coat pocket are weapons seen (high).
  A knife held to a stomach the night before and a gun shown from a waistband two days before are weapons used or
  seen hours or days ago, lowered to medium. Not weapons: an electric carving knife, a water bottle swung at a face, a
  knife only claimed ("he's got a knife in his boot", holdout13), a fork in an outlet, a space heater.
- Categories: the hunter's bullet, the pistol in the cinema lobby and the gun at the turkey giveaway are weapon calls
  (the weapon is the event; nothing was taken). A tree burning at the lighting over a crowd is fire, high; a garage
  fire put out at 01:00 flaring again at 09:20 is fire lowered to medium (judged by the fire's time, as holdout13's
  tree pile and holdout16's torched car); a man silent in a smoke-filled garage is fire, critical. A woman trampled in
  a doorbuster rush is medical, critical (nobody attacked her); a concussion from a hit in the game the day before is
  medical, medium (judged by the hit, as holdout15's heat illness). A TV taken from a shopper by threats, no weapon and
  no injury, is robbery, high. A man pushed through a bar window and bleeding in spurts, and a man shoved off a
  footbridge into a cold river, are assault, critical (not the rescue category other). Two men inside a cafe closed
  for the holiday are burglary, high (now); a house entered while the family was out from 4:30 to 07:25 is medium (the
  middle of the window under six hours old); a shop and a food shelf closed from the Wednesday to the Saturday are
  low. Pockets gone through on a bar's coat hooks now, and bags lifted off strollers now, are theft, high. A man hit
  while changing a tire and pinned is traffic, critical; an empty car stopped in the lane in fog and ice from the main
  break across an intersection are traffic, medium (hazards, no time said); trucks on a detour that took out a mailbox
  on the Tuesday are traffic, low (days old). A sedan tailing a delivery van is a suspicious vehicle, medium (going on
  now); an RV camped for days is low. A stranger leading a boy out of the library by the hand is child luring (high);
  a man at a 9-year-old's window now is a suspicious person, high (a child in danger, as holdout14's prowler); a man
  offering rides to young women at the station is medium (adults, going on); a man sleeping in an absent neighbour's
  car two nights is low (a habit). Selling to high school kids at the game and smoking a pipe where small children
  wait are drugs, medium (children; raises do not stack). Ice thrown onto parked cars, car doors kicked in and a tree
  poisoned now are vandalism, medium. A threat to cut a volunteer with a claimed knife, no blow, is a disturbance, high
  (a woman in danger, as holdout14's threat); a father and son shoving chest to chest, no blow landed, is a
  disturbance, medium. A boy hanging from a trestle is other, critical (a rescue); a 10-year-old not home 90 minutes
  after leaving a friend's is other, high (a missing vulnerable person); an old man on a walker in a flooding basement
  flat is other, high (a vulnerable person in danger, not yet a life at risk: the conventions are silent); wild turkeys
  going after a mother and her boy are other, medium (as holdout16's goose); a lost dog and a boil-water question are
  other, low.
- Vehicles: "Nissan Armada" armada, "Chevy Avalanche" chevrolet avalanche ("dark", no colour), "Kia Niro" niro, "Chevy
  Bolt" chevrolet bolt (an "electric car" said to be it takes no type), "Honda Ridgeline" ridgeline ("my truck" said
  to be it takes no type), "Ford Flex" flex, "GMC Terrain" terrain, "Toyota Matrix" matrix, "Mazda CX-9" cx-9,
  "Hyundai Veloster" veloster (a "grey car" said to be it takes no type), "Kia Stinger" stinger, "Volkswagen Atlas"
  atlas; "Dark blue, maybe a Subaru" is make subaru, colour blue, no model; "a green SUV" green suv, "a blue pickup"
  blue pickup, "a silver sedan" silver sedan, "her van" van, "a rental box truck" (Penske, a rental company, no make)
  yellow truck, "tractor trailers" truck, "A minivan" minivan, "An old white RV" a vehicle with its colour and no type
  (train2). Annotated as part of the event: the Armada the knife man drives, the Avalanche shots came from, the Niro
  the gun man left in, the burning Bolt, the carjacked Ridgeline, the robbers' Flex, the Terrain the tanks went into,
  the car a tree was cut off (as holdout14's pickup whose bed was emptied) and the pickup it went into, the car that
  hit a man changing a tire, the Matrix, the empty car in the fog, the truck that took out a mailbox, the minivan that
  slid on the ice, the CX-9, the sedan and the van it tails, the box truck, the Veloster, the RV, the Stinger, the
  dumping SUV, the absent neighbour's car a man sleeps in, the Atlas whose doors were kicked in. Not vehicles: cars in
  general ("the cars in the lot", "Two cars have swerved", "cars pull up", "people's car windows", "other cars"), the
  shopper's car a TV was loaded into, the car a father was shoved into, the car an older woman got out of, a car a man
  says is outside, the caller's car a caller sits in, strollers, a space heater.
- Persons: "Everybody", "people", "the crew", "Shoppers", "little kids", "the kids", "my kids", "some firefighters",
  "Store staff", "the families", "people's coats", "people's car windows", "Customers'", "The Scouts", "the
  regulars", "the buyers", "many people", "kids home from college", "The people at 1163 Maple" and "My children" are
  "2+"; "the young men" 2+ male 18-29; "young women" (the targets) 2+ female 18-29; "high school kids" 2+ 13-19; "two
  or three men" 2+ male (a count the caller is unsure of); "hundreds of people" and "Like six drunk guys" (male) are
  "3+"; "Two guys", "two guys", "Two women", "Two security guards", "his two little kids", "2 juveniles", "2 ppl",
  "Three kids", "two teenagers" (13-19) and "Two M subjs" are counts; "the taller one in a green beanie" and "the
  other one in a red hoodie", "one was really tall", "One's in a yellow coat", "one has a purple coat", "The one who
  pushed him ... Black leather jacket" and "Susp 1 W/M 30s, 5'9\", heavy" are persons of their own, while "one shoved
  her down", "one's got the other one in a headlock" and "Susp 2 unk" add nothing. The friend named through "her
  friend's house" is a person; "somebody" who did a thing is a person, and one "somebody" later seen ("two teenagers",
  "a man") is annotated once. Not persons: neighbours at a hotel, a neighbour in Texas, the owners of cars away for
  the holiday, "20 people" a dinner was for, the families a gift-card box was for, the contact and the owner an alarm
  company cannot reach, "Kevin", "the fire department", "the food shelf", "anybody", "nobody", "RP". Ages: "maybe 50"
  47-53, "Maybe 25" 22-28, "maybe 60" 57-63, "maybe 20" 17-23, "W/M, 20s" 20-29, "40s" 40-49, "W/M 50s" 50-59, "Susp
  1 W/M 30s" 30-39, "A young guy" 18-29, "an older guy" 60-90, and "an older woman", "an older lady", "An older man"
  and "the old man who lives down there" (victims, a descriptive word) 60-90; "F approx 60", "Driver W/F 20s" (a driver
  hurt in a crash, as holdout14's "F 30s"), "a girl who looks about 18", "He's 16", "She's 10", "My 9 year old", "my
  6 year old nephew", "my 17 year old" and "I'm 79" are not annotated. Clothing: "red puffer coat" -> "red coat",
  "Long brown coat" -> "brown coat", "green Carhartt jacket" -> "green jacket", "Red plaid jacket" -> "red jacket",
  "black puffy jacket" -> "black jacket", "Black puffy coat" -> "black coat", "Pink puffy coat" -> "pink coat",
  "white puffer jacket" -> "white jacket", "tan Carhartt coat" -> "tan coat", "Tan overcoat" -> "tan coat", "grey
  parka" -> "grey coat", "Brown corduroy coat" -> "brown coat", "orange hunting coat" -> "orange coat", "Grey work
  jacket" -> "grey jacket", "blue Ashby Valley jacket" -> "blue jacket", "green Eagles jacket" -> "green jacket",
  "brown Carhartt jacket" -> "brown jacket", "black leather jacket" -> "black jacket", "white Oakford Football
  hoodie" -> "white hoodie", "red Bulls hat" -> "red hat", "white hat with a pom pom" -> "white hat", "dark hoodies"
  -> "hoodie", "Dark jacket" -> "jacket", "knit hat" -> "hat"; "grey beanie", "green beanie", "red hoodie", "grey
  hoodie", "black gloves", "black ski mask", "jeans", "black sweatpants", "black scarf" (holdout13's scarf), "tan
  cap", "orange hat", "red coat", "purple coat", "yellow coat", "red backpack" and "black backpack" kept; beards, a
  ponytail, blonde hair, baldness, glasses, bare feet, "in black" and "in orange" are not clothing.
- Times: "Last night around 11:30" and "Last night around 10:15" are those times the day before; "Yesterday at
  Thanksgiving dinner around 4" 16:00 the day before; "On Monday around 4 p.m." and "On Tuesday around 7 a.m." those
  weekdays' clock times (holdout10); "around 1 this morning" (when a fire was put out) 01:00; "At 4 this morning" and
  "Around 7 this morning" 04:00 and 07:00; "last night" alone 23:00 the day before and "overnight" 02:00; "approx
  0215", "approx 1110", "approx 0615", "approx 1850", "approx 0150", "0309 hrs" and "0447 hrs" are clock times; "its
  1:30 in the morning" during the party is that time; "she left at 6:30" (last seen) is the event's time (as
  holdout15's "last seen ... around 1"); "maybe a minute ago", "like a minute ago", "about an hour ago" and "maybe half
  an hour ago" are minutes ago; "right now", "rn", "she's sitting with him now" and "Now it's parked three houses
  down" (where the actor is) are now, while a narrative "now" ("now the whole top of the tree is in flames", "now
  there's smoke coming out", "Now I can't see anything", "now there's blood spurting", "Now there is big water
  bubbles", "now the crows are into them") is not, and neither is "I am in my car on the street now" (the caller).
  Not times: "till 5", "at 4:30 this morning" (when a family went out), "Wednesday 2 pm" (a closing), "Wednesday at 4"
  (a last visit), "the 7:15", "Friday", "Thursday", "yesterday", "it's almost 8" (the call's time), "until almost 3",
  "until 3 in the night", "at 3 in the morning" and "every morning" (habits), "Three nights this week ... around
  midnight", "Two nights now", "twice this week, both times overnight", "for four days", "They've been at it 40
  minutes", "Last time anybody was in".
- Places: "the Northgate Mall lot", "the electronics store inside Northgate Mall", "the bandstand steps in Maple
  Square", "the Old Mill Brewery parking lot", "the FreshMart lot", "the lobby" of the Grand Cinema and "the roof of
  the Grand Cinema", "the front steps of City Hall", "the visitors' bleachers" at Oakford High, "the Central Station
  commuter lot" and "the waiting room at Central Station", "the Main Street Pharmacy lot", "the Community Pool lot",
  "the playground at riverside park", "the side of the Oakford Public Library" and "the community dinner at the
  firehouse" are the landmark, and so is "from Northgate Mall" for a car that followed a shopper home (beside the
  address where it waits); "outside Rosie's Bakery", "outside the main doors of St. Mary's", "the field behind
  lincoln elementary", "in front of City Hall", "outside the QuickStop", "on River Road just past the QuickStop", "the
  river behind the QuickStop", "the footbridge behind the Old Mill Brewery", "outside City Hall" and "the parking
  behind 716 9th Street" are relative; "the Tap Room on Elm by 6th", "Main & 9th", "Elm & 11th", "Oak and 5th, sorry,
  Oak and 6th" (Oak and 6th), "Old Mill Road by 1st", "Old Mill Road by Pine", "Main and 6th", "Main and 10th",
  "Walnut by 3rd", "Kingsley by 6th", "Kingsley and 3rd" and "the post office at Elm and 8th" are intersections; "400
  blk Willow", "Walnut between 2nd and 3rd", "Walnut between 9th and 10th", "Hawthorn between 6th and 7th" and "Cedar
  between 4th and 5th" are blocks; "in the West End" beside an address and "for the West End" are the neighbourhood;
  "418 Maple, no, 481 Maple" is 481 Maple Avenue; "612 5th Street" and "402 12th Street" are addresses on numbered
  streets, "118 Church Street" one on a short street.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 1, 3, 6, 17, 20, 23, 26, 28, 29, 34, 48, 61, 73 and 84 (1-based, in file order)
gained ("now",).
"""
from hand import P, V, W

HOLDOUT17 = [
    # ---------------------------------------------------------------- weapon
    # A pistol held inches from a man's face in a line: in use (critical). "till 5" is a schedule; "the main entrance" is
    # not Main Street; "red puffer coat" -> "red coat" (as "black puffer jacket" -> "black jacket"); "Everybody" is "2+".
    dict(written="Black Friday line at Northgate Mall, by the main entrance. A guy who got called out for cutting in line just yanked a pistol from his coat pocket and he's holding it on the man who called him out, inches from his face. Everybody's running out into the parking lot. Doors don't even open till 5. Short guy, red puffer coat, grey beanie.",
         spoken="black friday line at north gate mall by the main entrance a guy who got called out for cutting in line just yanked a pistol from his coat pocket and he's holding it on the man who called him out inches from his face everybody's running out into the parking lot doors don't even open till five short guy red puffer coat gray beanie",
         at="2027-11-26 04:38", entities=[P(count="1", sex="male", height="short", clothing=["red coat", "grey beanie"]), W("handgun"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="weapon", priority="critical"),
    # A machete being sharpened, pointed at nobody: a weapon seen (high). "the bandstand steps in Maple Square" is the
    # landmark; the lights crew and the people keeping away are two groups; "Long brown coat" -> "brown coat"; bare feet
    # are not clothing.
    dict(written="Down in Maple Square a man's perched on the bandstand steps running a sharpening stone up and down a big machete and muttering to himself, right where the crew is stringing the lights on the big tree. He hasn't gone at anybody, but people are crossing the street to stay away from him. Long brown coat, no shoes, maybe 50.",
         spoken="yeah um down in maple square a man's perched on the band stand steps running a sharpening stone up and down a big machete and muttering to himself right where the crew is stringing the lights on the big tree he hasn't gone at anybody but people are crossing the street to stay away from him long brown coat no shoes maybe fifty",
         at="2027-11-24 15:20", entities=[P(count="1", sex="male", age="47-53", clothing=["brown coat"]), W("machete"), P(count="2+"), P(count="2+")],
         places=[("landmark", "Maple Square")], category="weapon", priority="high"),
    # A text. A hunter firing toward houses, a round through a window: a weapon in use (critical). "the field behind
    # Lincoln Elementary" is relative; "the hunter in orange" and the man the caller saw are one person; the kids are
    # persons; "728 pine" is where the round came in.
    dict(written="somebody's deer hunting in the field behind lincoln elementary and a bullet just came through our kitchen window at 728 pine st and hit the cabinet. i can see a guy in orange out by the tree line with a rifle still aiming this way. my kids are on the floor with me. pls hurry",
         spoken="somebody's deer hunting in the field behind lincoln elementary and a bullet just came through our kitchen window at seven twenty eight pine street and hit the cabinet i can see a guy in orange out by the tree line with a rifle still aiming this way my kids are on the floor with me please hurry",
         at="2027-11-25 15:05", entities=[P(count="1", sex="male"), W("rifle"), P(count="2+"), ("now",)],
         places=[("relative", ("landmark", "Lincoln Elementary School")), ("address", 728, "Pine Street")], category="weapon", priority="critical"),
    # A knife held to a man's stomach eleven hours before the call: a weapon used hours ago, counted as seen and lowered
    # to medium. "the Old Mill Brewery parking lot" is the landmark; "maybe 25" 22-28; "green Carhartt jacket" -> "green
    # jacket"; the Armada he drives is his (annotated, as holdout16's Canyon), and "his car" is the same vehicle.
    dict(written="I want to report something from last night around 11:30. My roommate and I were walking out to the Old Mill Brewery parking lot and a guy said my roommate bumped his car, then he pulled a folding knife, held it right up against my roommate's stomach and told him to say sorry. He said sorry and the guy let us go. We didn't call last night because we'd been drinking. Maybe 25, tall, green Carhartt jacket, drives a black Nissan Armada.",
         spoken="hi i want to report something from last night around eleven thirty my roommate and i were walking out to the old mill brewery parking lot and a guy said my roommate bumped his car then he pulled a folding knife held it right up against my roommate's stomach and told him to say sorry he said sorry and the guy let us go we didn't call last night because we'd been drinking maybe twenty five tall green carhartt jacket drives a black nissan armada",
         at="2027-11-25 10:15", entities=[("local", "2027-11-24 23:30"), P(count="1", sex="male"), P(count="1", sex="male", age="22-28", height="tall", clothing=["green jacket"]), W("knife"), V(colour="black", make="nissan", model="armada")],
         places=[("landmark", "Old Mill Brewery")], category="weapon", priority="medium"),
    # Dispatch: "RP" is the caller; "2 juveniles" a count; "a dark Chevy Avalanche" has no colour; the driver the
    # passenger side implies is not said.
    dict(written="Shots fired into occupied residence, 400 blk Willow, approx 0215. RP states a W/M, 20s, fired a handgun at her front window from the passenger side of a dark Chevy Avalanche, approx 3 rounds. Veh fled WB on Willow. RP and 2 juveniles inside, unk injuries. Window shattered.",
         spoken="shots fired into occupied residence four hundred block willow approximately oh two fifteen r p states a white male twenties fired a hand gun at her front window from the passenger side of a dark chevy avalanche approximately three rounds vehicle fled westbound on willow r p and two juveniles inside unknown injuries window shattered",
         at="2027-11-27 02:21", entities=[("local", "2027-11-27 02:15"), P(count="1", sex="male", age="20-29"), W("handgun"), V(make="chevrolet", model="avalanche", direction="west"), P(count="2")],
         places=[("block", 400, "Willow Street")], category="weapon", priority="critical"),
    # A pistol dropped and picked up in a cinema lobby, pointed at nobody: a weapon seen (high; his kids do not stack).
    # "the lobby" of the Grand Cinema is the landmark; "theater 2" is no address; "the 7:15" a showing, no time; "Red
    # plaid jacket" -> "red jacket".
    dict(written="Manager at the Grand Cinema. A man buying popcorn in the lobby just had a pistol slip out of his waistband onto the carpet, he picked it up, stuck it back in and walked into theater 2 with his two little kids for the 7:15. He didn't point it at anybody. Red plaid jacket, tan cap.",
         spoken="manager at the grand cinema a man buying popcorn in the lobby just had a pistol slip out of his waistband onto the carpet he picked it up stuck it back in and walked into theater two with his two little kids for the seven fifteen he didn't point it at anybody red plaid jacket tan cap",
         at="2027-11-27 19:12", entities=[P(count="1", sex="male", clothing=["red jacket", "tan cap"]), W("handgun"), P(count="2"), ("now",)],
         places=[("landmark", "Grand Cinema")], category="weapon", priority="high"),
    # A gun shown as a threat on the Monday, told on the Wednesday: a weapon seen days ago, lowered to medium; the
    # weapon is the event (nothing was taken). "On Monday around 4 p.m." is 16:00 on that Monday (holdout10); "the
    # FreshMart lot" the landmark; "the food shelf" is no person.
    dict(written="Web tip: I volunteer with the food shelf. On Monday around 4 p.m. at our turkey giveaway in the FreshMart lot, a man who'd already gotten a turkey came back for a second one. When I said one per family he pulled up the front of his sweatshirt so I could see the handle of a gun tucked in his pants and said I'd be sorry. Then he left without one, in a silver Kia Niro. I didn't report it then because the line was so long.",
         spoken="web tip i volunteer with the food shelf on monday around four p m at our turkey giveaway in the fresh mart lot a man who'd already gotten a turkey came back for a second one when i said one per family he pulled up the front of his sweatshirt so i could see the handle of a gun tucked in his pants and said i'd be sorry then he left without one in a silver kia niro i didn't report it then because the line was so long",
         at="2027-11-24 11:30", entities=[("local", "2027-11-22 16:00"), P(count="1", sex="male"), W("gun"), V(colour="silver", make="kia", model="niro")],
         places=[("landmark", "FreshMart Supermarket")], category="weapon", priority="medium"),

    # ---------------------------------------------------------------- fire
    # A self-corrected house number: 481. A man who cannot walk left upstairs in a burning house: a life at risk.
    dict(written="My brother-in-law set the turkey fryer up on the wood deck and it boiled over, the whole deck's on fire and it's going up the back wall of the house! Everybody got out except my grandpa, he's upstairs in his room and he can't do stairs. 418 Maple, no, 481 Maple. Please hurry!",
         spoken="oh my god my brother in law set the turkey fryer up on the wood deck and it boiled over the whole deck's on fire and it's going up the back wall of the house everybody got out except my grandpa he's upstairs in his room and he can't do stairs four eighteen mabel no four eighty one mabel please hurry",
         at="2027-11-25 13:10", entities=[P(count="1", sex="male"), P(count="2+"), P(count="1", sex="male")],
         places=[("address", 481, "Maple Avenue")], category="fire", priority="critical"),
    # A burning tree over a crowd, nobody trapped: fire, high. "hundreds of people" and "the crowd" are one group ("3+");
    # the little kids and the firefighters are groups of their own.
    dict(written="Something shorted out on the big tree right after they lit it in Maple Square and now the whole top of the tree is in flames, sparks are coming down on the crowd. There's hundreds of people and little kids right under it and everybody's shoving back. Some firefighters who were here for the lighting are trying to get a hose on it.",
         spoken="something shorted out on the big tree right after they lit it in maple square and now the whole top of the tree is in flames sparks are coming down on the crowd there's hundreds of people and little kids right under it and everybody's shoving back some firefighters who were here for the lighting are trying to get a hose on it",
         at="2027-11-26 18:25", entities=[P(count="3+"), P(count="2+"), P(count="2+")],
         places=[("landmark", "Maple Square")], category="fire", priority="high"),
    # An electric car burning in a lot, nobody in it: fire, high. "the Northgate Mall lot" is the landmark; a Bolt is a
    # model (no type); the shoppers are "2+".
    dict(written="There's an electric car on fire in the Northgate Mall lot by the food court doors, a white Chevy Bolt, the battery's making popping sounds like fireworks and the smoke's black and thick. Nobody's in it. Shoppers are standing way too close filming it.",
         spoken="there's an electric car on fire in the north gate mall lot by the food court doors a white chevy bolt the battery's making popping sounds like fireworks and the smoke's black and thick nobody's in it shoppers are standing way too close filming it",
         at="2027-11-26 09:45", entities=[V(colour="white", make="chevrolet", model="bolt"), P(count="2+")],
         places=[("landmark", "Northgate Mall")], category="fire", priority="high"),
    # An address on a numbered street; "the second floor" is no number of the address.
    dict(written="The guy on the second floor balcony next to ours had one of those pellet smokers going for his leftovers and it caught fire, now the balcony above his is burning too and the plastic chairs are melting. He's throwing water on it out of a soup pot. 612 5th Street, the brick apartments.",
         spoken="the guy on the second floor balcony next to ours had one of those pellet smokers going for his leftovers and it caught fire now the balcony above his is burning too and the plastic chairs are melting he's throwing water on it out of a soup pot six twelve fifth street the brick apartments",
         at="2027-11-27 17:30", entities=[P(count="1", sex="male")],
         places=[("address", 612, "5th Street")], category="fire", priority="high"),
    # An alarm company: "0309 hrs" is the event's time; the zones are not addresses; the contact is not there.
    dict(written="This is Northeast Alarm monitoring. Fire alarm at a residence, 1016 Cedar Street: smoke detector in the basement, then the heat detector on the first floor, 0309 hrs. Nobody answers at the house or at the contact number. Please dispatch the fire department.",
         spoken="this is northeast alarm monitoring fire alarm at a residence ten sixteen cedar street smoke detector in the basement then the heat detector on the first floor oh three oh nine hours nobody answers at the house or at the contact number please dispatch the fire department",
         at="2027-11-23 03:14", entities=[("local", "2027-11-23 03:09")],
         places=[("address", 1016, "Cedar Street")], category="fire", priority="high"),
    # A fire put out around 01:00 flaring again at 09:20: judged by the fire's time (as holdout13's tree pile and
    # holdout16's torched car), lowered to medium. The neighbours are at a hotel (away, not annotated, though named
    # through "my neighbor's").
    dict(written="The fire department put out my neighbor's garage fire around 1 this morning, and now there's smoke coming out under the eaves again and I can see a little orange glow in the back corner through the window. Nobody's home over there, they're staying at a hotel. 227 Hawthorn Ave.",
         spoken="the fire department put out my neighbor's garage fire around one this morning and now there's smoke coming out under the eaves again and i can see a little orange glow in the back corner through the window nobody's home over there they're staying at a hotel two twenty seven how thorn avenue",
         at="2027-11-28 09:20", entities=[("local", "2027-11-28 01:00")],
         places=[("address", 227, "Hawthorn Avenue")], category="fire", priority="medium"),
    # A man silent in a smoke-filled garage after a flash: a life at risk (critical). A space heater and a dresser are
    # no vehicles.
    dict(written="My husband was stripping an old dresser out in the garage with the space heater on and there was a big whoosh. Now I can't see anything in there for the smoke and he's not answering me, and the side door won't open. 316 Hawthorn Ave. Please hurry!",
         spoken="my husband was stripping an old dresser out in the garage with the space heater on and there was a big whoosh now i can't see anything in there for the smoke and he's not answering me and the side door won't open three sixteen how thorn avenue please hurry",
         at="2027-11-28 14:45", entities=[P(count="1", sex="male")],
         places=[("address", 316, "Hawthorn Avenue")], category="fire", priority="critical"),

    # ---------------------------------------------------------------- medical
    # Unresponsive after a fall, breathing noisily: a life at risk (critical). The folding chairs are the errand, not
    # people.
    dict(written="My grandmother went down to the basement to get the folding chairs and fell all the way down the stairs. She's lying at the bottom on the concrete and she won't answer me, she's breathing but it sounds like snoring. 1029 Elm Street, the door's open. Please.",
         spoken="hello um my grandmother went down to the basement to get the folding chairs and fell all the way down the stairs she's lying at the bottom on the concrete and she won't answer me she's breathing but it sounds like snoring ten twenty nine elm street the door's open please",
         at="2027-11-25 11:55", entities=[P(count="1", sex="female")],
         places=[("address", 1029, "Elm Street")], category="medical", priority="critical"),
    # An electric shock with burnt fingers, the boy awake: high. "215 Elm" is in the West End (the neighbourhood beside
    # the address); "my 6 year old nephew" is not annotated as an age.
    dict(written="My 6 year old nephew stuck a fork in the outlet behind the TV and there was a big pop and it threw him back onto the floor. His fingers are black and blistered and he's crying, he's awake. Should we bring him or wait? We're at 215 Elm, in the West End.",
         spoken="uh my six year old nephew stuck a fork in the outlet behind the t v and there was a big pop and it threw him back onto the floor his fingers are black and blistered and he's crying he's awake should we bring him or wait we're at two fifteen elm in the west end",
         at="2027-11-25 14:20", entities=[P(count="1", sex="male")],
         places=[("address", 215, "Elm Street"), ("neighbourhood", "West End")], category="medical", priority="high"),
    # Trampled and not moving in a crowd rush, nobody attacking her: medical, critical. "an older woman" (the victim)
    # 60-90; "everybody" and "people" are one group; "Store staff" a group.
    dict(written="FreshMart, the doors just opened for the Black Friday sale and everybody rushed in at once, and an older woman got knocked down and people walked right over her. She's lying by the carts not moving and there's blood by her ear. Store staff are kneeling with her.",
         spoken="yeah hi fresh mart the doors just opened for the black friday sale and everybody rushed in at once and an older woman got knocked down and people walked right over her she's lying by the carts not moving and there's blood by her ear store staff are kneeling with her",
         at="2027-11-26 06:03", entities=[P(count="2+"), P(count="1", sex="female", age="60-90"), P(count="2+"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="medical", priority="critical"),
    # EMS shorthand: "F approx 60" is a victim's estimate, not annotated; "approx 1110" is the event's time.
    dict(written="EMS to Oakford High, visitors' bleachers at the Turkey Bowl: F approx 60, fell down the bleacher stairs approx 1110, obvious deformity R wrist, small lac above L eye, A&O x4. Husband on scene.",
         spoken="e m s to oakford high visitors bleachers at the turkey bowl female approximately sixty fell down the bleacher stairs approximately eleven ten obvious deformity right wrist small laceration above left eye alert and oriented times four husband on scene",
         at="2027-11-25 11:16", entities=[P(count="1", sex="female"), ("local", "2027-11-25 11:10"), P(count="1", sex="male")],
         places=[("landmark", "Oakford High School")], category="medical", priority="high"),
    # A blow to the head in the game the day before, symptoms now: judged by the hit (as holdout15's heat illness and
    # holdout12's fall), a day old: high lowered to medium. "yesterday" gives no time; "the Turkey Bowl" alone names no
    # place; "He's 16" is not annotated.
    dict(written="Not sure if this is an ambulance thing. My son took a hard hit to the head in the Turkey Bowl yesterday and didn't tell anybody. Today he's got a pounding headache, he's been sick to his stomach two times and the light hurts his eyes. He's 16. We're at 1062 Chestnut.",
         spoken="um not sure if this is an ambulance thing my son took a hard hit to the head in the turkey bowl yesterday and didn't tell anybody today he's got a pounding headache he's been sick to his stomach two times and the light hurts his eyes he's sixteen we're at ten sixty two chess nut",
         at="2027-11-26 09:30", entities=[P(count="1", sex="male")],
         places=[("address", 1062, "Chestnut Street")], category="medical", priority="medium"),
    # A head wound with confusion, awake: high. "the front steps of City Hall" is the landmark; "the train station" he
    # thinks he is at is no place of the event.
    dict(written="A man just slipped on the sleet on the front steps of City Hall and went down backwards, he cracked his head on the edge of a step and there's blood all over the step. He's awake but he doesn't know where he is, he thinks it's the train station. People are just stepping around him.",
         spoken="a man just slipped on the sleet on the front steps of city hall and went down backwards he cracked his head on the edge of a step and there's blood all over the step he's awake but he doesn't know where he is he thinks it's the train station people are just stepping around him",
         at="2027-11-24 18:40", entities=[P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("landmark", "City Hall")], category="medical", priority="high"),
    # Non-native: a scald with blisters and skin coming off, the woman conscious: high.
    dict(written="Hello, my mother she take the turkey out of the oven and the pan tip and the hot fat go on her leg and her foot. Now there is big water bubbles and the skin is coming off. She cry very much. We put cold water. 733 Spruce Street, please.",
         spoken="hello my mother she take the turkey out of the oven and the pan tip and the hot fat go on her leg and her foot now there is big water bubbles and the skin is coming off she cry very much we put cold water seven thirty three spruce street please",
         at="2027-11-25 12:45", entities=[P(count="1", sex="female")],
         places=[("address", 733, "Spruce Street")], category="medical", priority="high"),

    # ---------------------------------------------------------------- robbery
    # A claw hammer slammed down with a threat to the clerk's head is a robbery weapon in use (critical; type hammer,
    # train2). "toward the river" names no place; "40s" 40-49.
    dict(written="This is the QuickStop on River Road, we were just held up. A guy walked in with a claw hammer, banged it on the counter and said open the drawer or the next one's your head. I gave him everything. He ran out toward the river maybe a minute ago. White guy, 40s, skinny, grey hoodie, black gloves.",
         spoken="this is the quick stop on river road we were just held up a guy walked in with a claw hammer banged it on the counter and said open the drawer or the next one's your head i gave him everything he ran out toward the river maybe a minute ago white guy forties skinny gray hoodie black gloves",
         at="2027-11-22 23:05", entities=[P(count="1", sex="male", age="40-49", build="thin", clothing=["grey hoodie", "black gloves"]), W("hammer"), ("ago", 1)],
         places=[("landmark", "QuickStop Gas")], category="robbery", priority="critical"),
    # A wallet and phone taken with punches that bloody a nose: robbery, high. "Two guys" a count; "the taller one"
    # (tall) and "the other one" (a red hoodie) persons of their own; "toward Market Street" a street alone; broken
    # glasses are not clothing.
    dict(written="My husband just got jumped on the sidewalk outside Rosie's Bakery when he came out with our pie order. Two guys knocked him down, punched him in the face and took his wallet and his phone. His nose is bleeding and his glasses are broken. They ran toward Market Street, the taller one in a green beanie, the other one in a red hoodie.",
         spoken="my husband just got jumped on the side walk outside rosies bakery when he came out with our pie order two guys knocked him down punched him in the face and took his wallet and his phone his nose is bleeding and his glasses are broken they ran toward market street the taller one in a green beanie the other one in a red hoodie",
         at="2027-11-24 16:40", entities=[P(count="1", sex="male"), P(count="2", sex="male"), P(count="1", height="tall", clothing=["green beanie"]), P(count="1", clothing=["red hoodie"]), ("now",)],
         places=[("relative", ("landmark", "Rosie's Bakery"))], category="robbery", priority="high"),
    # "Last night around 10:15" is 22:15 the day before; an injury eleven hours old: high lowered to medium. The
    # caller speaks for the daughter (annotated); "in black" is no clothing; "one was really tall" a person of his own.
    dict(written="I'm calling for my daughter. Last night around 10:15 she got off the train at Central Station and two guys followed her up the stairs to the lot, one shoved her down and the other grabbed her rolling suitcase and her purse. She twisted her ankle bad. She didn't want to call last night. They were both in black, one was really tall.",
         spoken="yeah i'm calling for my daughter last night around ten fifteen she got off the train at central station and two guys followed her up the stairs to the lot one shoved her down and the other grabbed her rolling suitcase and her purse she twisted her ankle bad she didn't want to call last night they were both in black one was really tall",
         at="2027-11-25 09:50", entities=[P(count="1", sex="female"), ("local", "2027-11-24 22:15"), P(count="2", sex="male"), P(count="1", height="tall")],
         places=[("landmark", "Central Station")], category="robbery", priority="medium"),
    # A gun to the head for the keys: a carjacking at weapon point (critical). The Ridgeline is a model (no type);
    # "toward Kingsley" a street alone.
    dict(written="I just got carjacked in the Northgate Mall lot! I was loading my bags in the back and a guy put a gun to the back of my head and took my keys. He drove off toward Kingsley in my truck like a minute ago. It's a grey Honda Ridgeline, plate LXP 6038. Black ski mask, black jacket.",
         spoken="i just got carjacked in the north gate mall lot i was loading my bags in the back and a guy put a gun to the back of my head and took my keys he drove off toward kingsley in my truck like a minute ago it's a gray honda ridgeline plate lima x ray papa six zero three eight black ski mask black jacket",
         at="2027-11-26 19:15", entities=[P(count="1", sex="male", clothing=["black ski mask", "black jacket"]), W("gun"), ("ago", 1), V(colour="grey", make="honda", model="ridgeline", plate="LXP6038")],
         places=[("landmark", "Northgate Mall")], category="robbery", priority="critical"),
    # A purse strap that drags a woman and scrapes her: robbery, high. "outside the main doors of St. Mary's" is
    # relative; "a young guy" 18-29, "an older lady" (the victim) 60-90; "black puffy jacket" -> "black jacket"; her car
    # is not part of the event.
    dict(written="A young guy just grabbed an older lady's purse outside the main doors of St. Mary's as she was getting out of her car, and when the strap caught on her arm he dragged her a few feet across the pavement. Her hands and knees are scraped up and bleeding. He ran down Pine toward 10th. Skinny, jeans, black puffy jacket, red backpack.",
         spoken="uh a young guy just grabbed an older lady's purse outside the main doors of saint mary's as she was getting out of her car and when the strap caught on her arm he dragged her a few feet across the pavement her hands and knees are scraped up and bleeding he ran down pine toward tenth skinny jeans black puffy jacket red backpack",
         at="2027-11-25 14:50", entities=[P(count="1", sex="male", age="18-29", build="thin", clothing=["jeans", "black jacket", "red backpack"]), P(count="1", sex="female", age="60-90"), ("now",)],
         places=[("relative", ("landmark", "St. Mary's Hospital"))], category="robbery", priority="high"),
    # Dispatch: a threat of a beating, no weapon, no injury: robbery, high (the time within 15 minutes cannot lift it
    # above high). "Susp 1 ... 5'9\", heavy" is a person of his own; "Susp 2 unk" adds nothing; the shopper's car is not
    # part of the event.
    dict(written="Robbery just occurred, FreshMart lot, approx 0615. Two M subjs surrounded a shopper loading a TV into his car and said they'd beat him if he didn't hand it over, took the TV. No weapon seen, no injuries. Fled in a red Ford Flex EB on Pine. Susp 1 W/M 30s, 5'9\", heavy. Susp 2 unk.",
         spoken="robbery just occurred fresh mart lot approximately oh six fifteen two male subjects surrounded a shopper loading a t v into his car and said they'd beat him if he didn't hand it over took the t v no weapon seen no injuries fled in a red ford flex eastbound on pine suspect one white male thirties five foot nine heavy suspect two unknown",
         at="2027-11-26 06:22", entities=[("local", "2027-11-26 06:15"), P(count="2", sex="male"), P(count="1", sex="male"), V(colour="red", make="ford", model="flex", direction="east"), P(count="1", sex="male", age="30-39", height="5'9\"", build="heavy")],
         places=[("landmark", "FreshMart Supermarket")], category="robbery", priority="high"),

    # ---------------------------------------------------------------- assault
    # Pushed through a window, blood spurting from an arm: a life at risk (critical). "the Tap Room on Elm by 6th" is
    # the intersection (no landmark of the town); "Everybody" is "2+"; "tan Carhartt coat" -> "tan coat".
    dict(written="Outside the Tap Room on Elm by 6th a guy just shoved another guy backwards through the front window, and now there's blood spurting out of his arm every time his heart beats, somebody's squeezing it with a bar towel. Everybody's screaming. The guy who did it is walking off toward Main, tan Carhartt coat.",
         spoken="outside the tap room on elm by sixth a guy just shoved another guy backwards through the front window and now there's blood spurting out of his arm every time his heart beats somebody's squeezing it with a bar towel everybody's screaming the guy who did it is walking off toward maine tan carhartt coat",
         at="2027-11-25 01:40", entities=[P(count="1", sex="male", clothing=["tan coat"]), P(count="1", sex="male"), P(count="1"), P(count="2+"), ("now",)],
         places=[("intersection", "Elm Street", "6th Street")], category="assault", priority="critical"),
    # A woman punched in the stands: assault, high. "the Turkey Bowl" alone names no place, "Oakford High" does;
    # "Ashby Valley" on a jacket is no place; "a blue ... jacket" kept as said; the kids are a group.
    dict(written="At the Turkey Bowl at Oakford High a man in the stands just punched a woman in the face because she asked him to stop swearing in front of the kids. Her nose is bleeding all over the place. He's still sitting there like nothing happened. Bald, blue Ashby Valley jacket.",
         spoken="at the turkey bowl at oak ford high a man in the stands just punched a woman in the face because she asked him to stop swearing in front of the kids her nose is bleeding all over the place he's still sitting there like nothing happened bald blue ashby valley jacket",
         at="2027-11-25 11:35", entities=[P(count="1", sex="male", clothing=["blue jacket"]), P(count="1", sex="female"), P(count="2+"), ("now",)],
         places=[("landmark", "Oakford High School")], category="assault", priority="high"),
    # "Yesterday at Thanksgiving dinner around 4" is 16:00 the day before (a day part of yesterday with a clock time);
    # an injury nineteen hours old: high lowered to medium. The sister is annotated (through "my sister's").
    dict(written="I want to press charges on my brother-in-law. Yesterday at Thanksgiving dinner around 4 he got drunk and shoved me backwards into my sister's china cabinet, the glass broke and I needed six stitches in my arm at urgent care. He's staying at my sister's, 1019 Birch, through Sunday.",
         spoken="i want to press charges on my brother in law yesterday at thanksgiving dinner around four he got drunk and shoved me backwards into my sister's china cabinet the glass broke and i needed six stitches in my arm at urgent care he's staying at my sister's ten nineteen burch through sunday",
         at="2027-11-26 11:00", entities=[P(count="1", sex="male"), ("local", "2027-11-25 16:00"), P(count="1", sex="female")],
         places=[("address", 1019, "Birch Street")], category="assault", priority="medium"),
    # A fight with a split lip: assault, high. "Two women" and "Two security guards" are counts; "people" a group.
    dict(written="Two women are fighting over the last doorbuster TV at the electronics store inside Northgate Mall, one's got the other one in a headlock and punched her in the mouth, her lip's split open. Two security guards are trying to pull them apart and people are cheering.",
         spoken="two women are fighting over the last doorbuster t v at the electronics store inside north gate mall one's got the other one in a headlock and punched her in the mouth her lip's split open two security guards are trying to pull them apart and people are cheering",
         at="2027-11-26 05:20", entities=[P(count="2", sex="female"), P(count="2"), P(count="2+")],
         places=[("landmark", "Northgate Mall")], category="assault", priority="high"),
    # Dispatch: a water bottle swung is improvised, no weapon; "orange hunting coat" -> "orange coat"; the direction is
    # the suspect's.
    dict(written="Assault w/ injury, bus shelter at Main & 9th, approx 1850: M subj struck F vic in the face w/ a full water bottle after an argument over the bench. Vic conscious, lac to eyebrow. Subj fled on foot SB on 9th. W/M 50s, grey beard, orange hunting coat.",
         spoken="assault with injury bus shelter at main and ninth approximately eighteen fifty male subject struck female victim in the face with a full water bottle after an argument over the bench victim conscious laceration to eyebrow subject fled on foot southbound on ninth white male fifties gray beard orange hunting coat",
         at="2027-11-24 18:56", entities=[("local", "2027-11-24 18:50"), P(count="1", sex="male", age="50-59", clothing=["orange coat"], direction="south"), P(count="1", sex="female")],
         places=[("intersection", "Main Street", "9th Street")], category="assault", priority="high"),
    # Non-native: "I am in my car on the street now" is where the caller is, not the event's time; a red beard is not
    # clothing, "big man" no build.
    dict(written="Hello, I deliver food for the app. The man at 522 Elm say the food is cold and he punch me in my face two times, my nose is bleeding and my eye is closing. He take the food and go inside. I am in my car on the street now. He is big man with red beard.",
         spoken="hello i deliver food for the app the man at five twenty two elm say the food is cold and he punch me in my face two times my nose is bleeding and my eye is closing he take the food and go inside i am in my car on the street now he is big man with red beard",
         at="2027-11-27 20:10", entities=[P(count="1", sex="male")],
         places=[("address", 522, "Elm Street")], category="assault", priority="high"),
    # A man shoved off a footbridge into a cold river, struggling in the current: critical (assault, the act is the
    # event). "Two guys" a count; the one who pushed is a person of his own (clothing); "black leather jacket" ->
    # "black jacket" (as "black leather vest" -> "black vest"); "toward Old Mill Road" a street alone.
    dict(written="Two guys were arguing on the footbridge behind the Old Mill Brewery and one just shoved the other one over the railing into the river! He's in the water, it's freezing, he's trying to grab the rocks and the current keeps pulling him off. The one who pushed him is running up toward Old Mill Road. Black leather jacket.",
         spoken="two guys were arguing on the foot bridge behind the old mill brewery and one just shoved the other one over the railing into the river he's in the water it's freezing he's trying to grab the rocks and the current keeps pulling him off the one who pushed him is running up toward old mill road black leather jacket",
         at="2027-11-28 16:30", entities=[P(count="2", sex="male"), P(count="1", clothing=["black jacket"]), ("now",)],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="assault", priority="critical"),

    # ---------------------------------------------------------------- burglary
    # A closed business entered now: burglary, high. "The Corner Cafe" is the landmark; "two guys" a count; "dark
    # hoodies" have no colour.
    dict(written="The Corner Cafe is closed for Thanksgiving and I just watched two guys go in through the little side window. I can see them behind the counter with a flashlight right now, they're pulling at the register. I'm across the street in my car. Both in dark hoodies.",
         spoken="the corner cafe is closed for thanksgiving and i just watched two guys go in through the little side window i can see them behind the counter with a flash light right now they're pulling at the register i'm across the street in my car both in dark hoodies",
         at="2027-11-25 19:40", entities=[P(count="2", sex="male", clothing=["hoodie"]), ("now",)],
         places=[("landmark", "Corner Cafe")], category="burglary", priority="high"),
    # "at 4:30 this morning" is when the family went out, not the event's time; the window's middle (about 06:00) is
    # under six hours old: medium. The son is annotated through a possessive; no actor is said.
    dict(written="Our back door's been kicked in. We went out at 4:30 this morning for the Black Friday sales and the whole bedroom's torn apart, my son's game console and the envelope of cash we saved for Christmas are gone. 1046 Hawthorn. Should we wait outside?",
         spoken="hi um our back door's been kicked in we went out at four thirty this morning for the black friday sales and the whole bedroom's torn apart my son's game console and the envelope of cash we saved for christmas are gone ten forty six hawthorne should we wait outside",
         at="2027-11-26 07:25", entities=[P(count="1", sex="male")],
         places=[("address", 1046, "Hawthorn Avenue")], category="burglary", priority="medium"),
    # Closed from the Wednesday afternoon to the Saturday morning: plainly days old, low. The shop's name is no person
    # or place; "about $300" is not an address.
    dict(written="Web report: Kim's Alterations and Dry Cleaning, 214 Main St. Closed since Wednesday 2 pm for the holiday. I found the back door glass broken when I came in this morning. Register drawer, a laptop and about $300 in the tip jar missing. Customers' clothes thrown on the floor. No cameras.",
         spoken="web report kim's alterations and dry cleaning two fourteen main street closed since wednesday two p m for the holiday i found the back door glass broken when i came in this morning register drawer a laptop and about three hundred dollars in the tip jar missing customers clothes thrown on the floor no cameras",
         at="2027-11-27 08:50", entities=[P(count="2+")],
         places=[("address", 214, "Main Street")], category="burglary", priority="low"),
    # An alarm company's 0447 told at 04:52: within 15 minutes, still happening (medium raised to high).
    dict(written="Burglar alarm, Main Street Pharmacy: the front door glass sensor tripped, then the motion detector behind the pharmacy counter and the one in the back stockroom, 0447 hrs. No response from the owner yet. Please send a unit.",
         spoken="burglar alarm main street pharmacy the front door glass sensor tripped then the motion detector behind the pharmacy counter and the one in the back stock room oh four forty seven hours no response from the owner yet please send a unit",
         at="2027-11-27 04:52", entities=[("local", "2027-11-27 04:47")],
         places=[("landmark", "Main Street Pharmacy")], category="burglary", priority="high"),
    # Overnight (02:00) told at 07:35: under six hours, medium. The guests the turkeys were for are not in the event.
    dict(written="Somebody got into our garage overnight through the side door and took both turkeys out of the garage fridge, that was Thanksgiving for 20 people, and my husband's snowblower too. There's drag marks in the frost going out to the street. 1175 Willow.",
         spoken="yeah so somebody got into our garage overnight through the side door and took both turkeys out of the garage fridge that was thanksgiving for twenty people and my husband's snowblower too there's drag marks in the frost going out to the street eleven seventy five willow",
         at="2027-11-25 07:35", entities=[P(count="1"), ("local", "2027-11-25 02:00"), P(count="1", sex="male")],
         places=[("address", 1175, "Willow Street")], category="burglary", priority="medium"),
    # Last visited on the Wednesday at 4, found on the Saturday: plainly days old, low ("at 4 on Wednesday" is a last
    # visit, no event time). "I'm 79" is not annotated; St. Paul's is no landmark of the town; the families are not in
    # the event.
    dict(written="I'm 79 and I run the food shelf in the basement of St. Paul's, 118 Church Street. I came in this morning and the side door's been forced, the frozen turkeys we had left are gone, and two cases of canned goods and the box of grocery gift cards for the families. Last time anybody was in was Wednesday at 4.",
         spoken="i'm seventy nine and i run the food shelf in the basement of saint paul's one eighteen church street i came in this morning and the side door's been forced the frozen turkeys we had left are gone and two cases of canned goods and the box of grocery gift cards for the families last time anybody was in was wednesday at four",
         at="2027-11-27 09:10", entities=[],
         places=[("address", 118, "Church Street")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # Tanks taken from a store's outdoor cage now: theft, high. "outside the QuickStop" is relative; a Terrain is a model
    # (no type).
    dict(written="A guy just cut the lock on the propane tank cage outside the QuickStop and he's loading the tanks into the back of a black GMC Terrain right now, he's got like six in there. He never went inside. Grey work jacket, orange hat.",
         spoken="a guy just cut the lock on the propane tank cage outside the quick stop and he's loading the tanks into the back of a black g m c terrain right now he's got like six in there he never went inside gray work jacket orange hat",
         at="2027-11-23 19:30", entities=[P(count="1", sex="male", clothing=["grey jacket", "orange hat"]), V(colour="black", make="gmc", model="terrain"), ("now",)],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="theft", priority="high"),
    # An hour ago is not still happening: medium. "Somebody" and the two teenagers the neighbour saw are the same
    # actors (one entity, as holdout16's pump thief); the neighbour is a person.
    dict(written="Rosie's Bakery here. Somebody walked in our back door while we were all up front with the pie pickup line and carried off a whole rack of pies, 24 of them, about an hour ago. A neighbor saw two teenagers running down the alley toward Walnut with pie boxes stacked up to their chins.",
         spoken="rosies bakery here somebody walked in our back door while we were all up front with the pie pickup line and carried off a whole rack of pies twenty four of them about an hour ago a neighbor saw two teenagers running down the alley toward wall nut with pie boxes stacked up to their chins",
         at="2027-11-24 13:20", entities=[P(count="2", age="13-19"), ("ago", 60), P(count="1")],
         places=[("landmark", "Rosie's Bakery")], category="theft", priority="medium"),
    # "last night" 23:00 the day before, told at 09:30: lowered to low. "We live on Spruce" is a street alone (no place).
    dict(written="This is probably not a big deal, but somebody pulled all four copper downspouts off the back of my garage last night and took them, you can see the ladder marks in the mud. That stuff's not cheap. We live on Spruce.",
         spoken="this is probably not a big deal but somebody pulled all four copper downspouts off the back of my garage last night and took them you can see the ladder marks in the mud that stuff's not cheap we live on spruce",
         at="2027-11-27 09:30", entities=[P(count="1"), ("local", "2027-11-26 23:00")],
         places=[], category="theft", priority="low"),
    # Bags taken from the strollers now: theft, high. The families the strollers belong to are a group; "Brown corduroy
    # coat" -> "brown coat", "black scarf" kept (holdout13's scarf); glasses are not clothing; "maybe 60" 57-63.
    dict(written="At the tree lighting in Maple Square there's a man going along the row of strollers parked by the bandstand and lifting the diaper bags and purses off the handles while the families are watching the tree. He's got three on his arm right now. Brown corduroy coat, black scarf, glasses, maybe 60.",
         spoken="at the tree lighting in maple square there's a man going along the row of strollers parked by the band stand and lifting the diaper bags and purses off the handles while the families are watching the tree he's got three on his arm right now brown corduroy coat black scarf glasses maybe sixty",
         at="2027-11-26 18:15", entities=[P(count="1", sex="male", age="57-63", clothing=["brown coat", "black scarf"]), P(count="2+"), ("now",)],
         places=[("landmark", "Maple Square")], category="theft", priority="high"),
    # Half an hour ago: medium. The car the tree was tied to is the thing taken from (annotated, as holdout14's pickup
    # whose bed was emptied); the thief and the man who saw him are persons; "toward Main" a street alone.
    dict(written="We just bought our Christmas tree and tied it on the roof of the car, and while we ran into the Corner Cafe for coffee somebody cut the twine and took it, maybe half an hour ago. The guy at the next table saw a man throw a tree into a blue pickup and drive off toward Main.",
         spoken="so um we just bought our christmas tree and tied it on the roof of the car and while we ran into the corner cafe for coffee somebody cut the twine and took it maybe half an hour ago the guy at the next table saw a man throw a tree into a blue pick up and drive off toward maine",
         at="2027-11-27 14:40", entities=[V(type="car"), P(count="1", sex="male"), ("ago", 30), P(count="1", sex="male"), V(colour="blue", type="pickup")],
         places=[("landmark", "Corner Cafe")], category="theft", priority="medium"),
    # Pockets gone through now: theft, high. The coat owners are "2+" (through "people's"); "the Old Mill Brewery" is
    # the landmark; "white Oakford Football hoodie" -> "white hoodie" (a name on a hoodie is no place).
    dict(written="Old Mill Brewery, the bartender. There's a guy by the front door going through people's coats on the hooks while they're all at the bar, taking phones and wallets out of the pockets. He's doing it right now, I'm watching him on the camera. Skinny, white Oakford Football hoodie, black backpack.",
         spoken="old mill brewery the bartender there's a guy by the front door going through people's coats on the hooks while they're all at the bar taking phones and wallets out of the pockets he's doing it right now i'm watching him on the camera skinny white oakford football hoodie black backpack",
         at="2027-11-24 22:30", entities=[P(count="1", sex="male", build="thin", clothing=["white hoodie", "black backpack"]), P(count="2+"), ("now",)],
         places=[("landmark", "Old Mill Brewery")], category="theft", priority="high"),
    # A box emptied on two nights this week, nothing going on now: days old, low. "outside City Hall" is relative;
    # "somebody" is a person and "The Scouts" are "2+" (holdout14).
    dict(written="The coat drive box outside City Hall has been emptied twice this week, both times overnight, somebody takes every coat out and leaves the empty bags. The Scouts just filled it again yesterday. Can somebody keep an eye on it?",
         spoken="the coat drive box outside city hall has been emptied twice this week both times overnight somebody takes every coat out and leaves the empty bags the scouts just filled it again yesterday can somebody keep an eye on it",
         at="2027-11-24 10:00", entities=[P(count="1"), P(count="2+")],
         places=[("relative", ("landmark", "City Hall"))], category="theft", priority="low"),

    # ---------------------------------------------------------------- traffic
    # A man pinned under a car and not moving: critical. "on River Road just past the QuickStop" is relative; the car
    # that hit him is the event's; the driver's sex is not said.
    dict(written="In this fog a car just plowed into a guy who was changing a flat on River Road just past the QuickStop, he's pinned under the front bumper and he's not moving. The driver's out screaming. You can't see 50 feet, other cars are still flying by.",
         spoken="in this fog a car just plowed into a guy who was changing a flat on river road just past the quick stop he's pinned under the front bumper and he's not moving the driver's out screaming you can't see fifty feet other cars are still flying by",
         at="2027-11-28 07:05", entities=[V(type="car"), P(count="1", sex="male"), P(count="1"), ("now",)],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="traffic", priority="critical"),
    # A self-corrected cross street: Oak and 6th. "plate ends in 94Z" is partial; a Matrix is a model.
    dict(written="Pedestrian hit at the crosswalk at Oak and 5th, sorry, Oak and 6th, right as everybody was leaving the tree lighting. An older man, he's down in the road holding his hip and yelling. The driver pulled over a little way up. Silver Toyota Matrix, plate ends in 94Z.",
         spoken="pedestrian hit at the crosswalk at oak and fifth sorry oak and sixth right as everybody was leaving the tree lighting an older man he's down in the road holding his hip and yelling the driver pulled over a little way up silver toyota matrix plate ends in nine four z",
         at="2027-11-26 18:50", entities=[P(count="2+"), P(count="1", sex="male", age="60-90"), P(count="1"), V(colour="silver", make="toyota", model="matrix", plate="94Z")],
         places=[("intersection", "Oak Street", "6th Street")], category="traffic", priority="high"),
    # An empty car stopped in the lane in fog, no time said: a road hazard, medium. "Old Mill Road by Pine" is the
    # intersection; "since early this morning" no time; the cars swerving are generic.
    dict(written="There's a car just stopped dead in the lane on Old Mill Road by Pine, no hazards, nobody in it, and with this fog you don't see it till you're right on top of it. Two cars have swerved into the other lane to miss it while I've been sitting here with my flashers on. Dark blue, maybe a Subaru.",
         spoken="uh yeah there's a car just stopped dead in the lane on old mill road by pine no hazards nobody in it and with this fog you don't see it till you're right on top of it two cars have swerved into the other lane to miss it while i've been sitting here with my flashers on dark blue maybe a subaru",
         at="2027-11-28 06:55", entities=[V(colour="blue", make="subaru")],
         places=[("intersection", "Old Mill Road", "Pine Street")], category="traffic", priority="medium"),
    # "Tuesday around 7 a.m." is 07:00 on that Tuesday (holdout10's weekday with a clock time); three days old: low. The
    # truck that clipped the mailbox is the event's (type truck); the others are a habit.
    dict(written="Web report: Since the water main detour went in, tractor trailers have been cutting through Walnut between 2nd and 3rd, which is all houses. On Tuesday around 7 a.m. one of them took out my mailbox and the post, and they're still coming through every morning. Can somebody put up a sign or sit there?",
         spoken="web report since the water main detour went in tractor trailers have been cutting through wall nut between second and third which is all houses on tuesday around seven a m one of them took out my mailbox and the post and they're still coming through every morning can somebody put up a sign or sit there",
         at="2027-11-26 10:40", entities=[("local", "2027-11-23 07:00"), V(type="truck")],
         places=[("block", 200, "Walnut Street")], category="traffic", priority="low"),
    # A man lying in the lane, probably struck, cars going around him: an injury, high (no time said).
    dict(written="There's a man lying in the road on Walnut by 3rd, I think somebody hit him, there's a shoe in the middle of the street. He's moving his arms but he can't get up. Cars are just going around him. I'm putting my flashers on.",
         spoken="um there's a man lying in the road on wall nut by third i think somebody hit him there's a shoe in the middle of the street he's moving his arms but he can't get up cars are just going around him i'm putting my flashers on",
         at="2027-11-24 17:45", entities=[P(count="1", sex="male"), P(count="1")],
         places=[("intersection", "Walnut Street", "3rd Street")], category="traffic", priority="high"),
    # Water from the main break frozen across an intersection, a car already slid: a road hazard, medium (no time
    # said); the car that slid is the event's.
    dict(written="All the water from the main break ran down Main and it's frozen solid across the intersection at Main and 6th, it's one big sheet of ice. A minivan couldn't stop for the light and skated out into the middle and bumped the curb. Somebody needs to salt it before the morning traffic.",
         spoken="all the water from the main break ran down maine and it's frozen solid across the intersection at maine and sixth it's one big sheet of ice a mini van couldn't stop for the light and skated out into the middle and bumped the curb somebody needs to salt it before the morning traffic",
         at="2027-11-23 06:50", entities=[V(type="minivan")],
         places=[("intersection", "Main Street", "6th Street")], category="traffic", priority="medium"),
    # Dispatch: "Driver W/F 20s" is the person hurt in the crash (a victim's decade not annotated, as holdout14's "F
    # 30s"); "approx 0150" the event's time.
    dict(written="1-veh MVC into utility pole, Elm & 11th, approx 0150. Blk Mazda CX-9, heavy front damage, airbags deployed. Driver W/F 20s, ambulatory, c/o head and chest pain, possible ETOH. Pole cracked, lines intact. Requesting EMS.",
         spoken="one vehicle m v c into utility pole elm and eleventh approximately oh one fifty black mazda c x nine heavy front damage air bags deployed driver white female twenties ambulatory complaining of head and chest pain possible e t o h pole cracked lines intact requesting e m s",
         at="2027-11-28 01:58", entities=[("local", "2027-11-28 01:50"), V(colour="black", make="mazda", model="cx-9"), P(count="1", sex="female")],
         places=[("intersection", "Elm Street", "11th Street")], category="traffic", priority="high"),

    # ---------------------------------------------------------------- suspicious vehicle
    # A car trailing a delivery driver from stop to stop, behind her now: low raised to medium (going on). "a silver
    # sedan" is type sedan; the van it follows is the event's (type van); "Cedar between 4th and 5th" the block; the
    # bakery is not named.
    dict(written="I run a little bakery and my delivery girl just called me, a silver sedan with two guys in it has followed her van to every stop this morning. They park a few houses back and wait while she carries the pies in. They're behind her right now on Cedar between 4th and 5th.",
         spoken="i run a little bakery and my delivery girl just called me a silver sedan with two guys in it has followed her van to every stop this morning they park a few houses back and wait while she carries the pies in they're behind her right now on cedar between fourth and fifth",
         at="2027-11-24 10:40", entities=[P(count="1", sex="female"), V(colour="silver", type="sedan"), P(count="2", sex="male"), V(type="van"), ("now",)],
         places=[("block", 400, "Cedar Street")], category="suspicious_vehicle", priority="medium"),
    # A habit ("three nights this week ... around midnight") gives no time: low. "two or three men" is "2+" (a count the
    # caller is unsure of); "Penske" is a rental company, not a make (holdout14); "box truck" is truck.
    dict(written="Web tip: Three nights this week a rental box truck has backed up to the empty house for sale at 1053 Pine around midnight, and two or three men carry furniture in, not out. The For Sale sign is still up and nobody's bought it. Yellow truck, Penske I think.",
         spoken="web tip three nights this week a rental box truck has backed up to the empty house for sale at ten fifty three pine around midnight and two or three men carry furniture in not out the for sale sign is still up and nobody's bought it yellow truck penske i think",
         at="2027-11-24 09:15", entities=[V(colour="yellow", type="truck"), P(count="2+", sex="male")],
         places=[("address", 1053, "Pine Street")], category="suspicious_vehicle", priority="low"),
    # A car that followed the caller from the mall, parked dark three houses down now: medium. "A grey car ... a
    # Hyundai Veloster" is one vehicle described by its model (no type); both places are said.
    dict(written="A grey car followed me all the way home from Northgate Mall, I noticed it in the lot and it took every turn I did. Now it's parked three houses down with its lights off and somebody's still sitting in it. I'm inside with my bags. 1108 Oak Street. I think it's a Hyundai Veloster.",
         spoken="hi um sorry a gray car followed me all the way home from north gate mall i noticed it in the lot and it took every turn i did now it's parked three houses down with its lights off and somebody's still sitting in it i'm inside with my bags eleven oh eight oak street i think it's a hyundai veloster",
         at="2027-11-26 21:05", entities=[V(colour="grey", make="hyundai", model="veloster"), ("now",), P(count="1")],
         places=[("landmark", "Northgate Mall"), ("address", 1108, "Oak Street")], category="suspicious_vehicle", priority="medium"),
    # An RV camped in a closed lot for days, nothing said going on now: low. An RV is a vehicle with its colour and no
    # type (train2); "the Community Pool lot" is the landmark; "four days" a duration.
    dict(written="An old white RV has been parked across six spaces in the Community Pool lot for four days now, with the pool closed for the season. The generator runs all night and the curtains are always shut, and there's a hose running from it into the storm drain. Nobody's ever seen getting in or out.",
         spoken="an old white r v has been parked across six spaces in the community pool lot for four days now with the pool closed for the season the generator runs all night and the curtains are always shut and there's a hose running from it into the storm drain nobody's ever seen getting in or out",
         at="2027-11-28 10:20", entities=[V(colour="white")],
         places=[("landmark", "Community Pool")], category="suspicious_vehicle", priority="low"),
    # Gift-card fraud done in a parked car, going on: a suspicious vehicle, medium (present progressive). "the Main
    # Street Pharmacy lot" is the landmark; "40 minutes" a duration.
    dict(written="Two guys in a white Kia Stinger in the Main Street Pharmacy lot have the dome light on and they're scratching the backs off a big stack of gift cards and reading the numbers into a phone. Another guy keeps walking up to the window with more cards. They've been at it 40 minutes. Plate's 2GD 5540, G as in George.",
         spoken="two guys in a white kia stinger in the main street pharmacy lot have the dome light on and they're scratching the backs off a big stack of gift cards and reading the numbers into a phone another guy keeps walking up to the window with more cards they've been at it forty minutes plate's two g d five five four zero g as in george",
         at="2027-11-26 16:50", entities=[P(count="2", sex="male"), V(colour="white", make="kia", model="stinger", plate="2GD5540"), P(count="1", sex="male")],
         places=[("landmark", "Main Street Pharmacy")], category="suspicious_vehicle", priority="medium"),
    # Dumping seen from a vehicle is a suspicious vehicle (train2), low. "Around 7 this morning" is 07:00; a corrected
    # plate, annotated as corrected; "a green SUV" green suv.
    dict(written="Around 7 this morning a green SUV pulled over on Old Mill Road by 1st and a man threw three big black bags in the ditch, and now the crows are into them and it's deer guts and a hide. I got the plate, 4FT 281, no, 4FT 218.",
         spoken="around seven this morning a green s u v pulled over on old mill road by first and a man threw three big black bags in the ditch and now the crows are into them and it's deer guts and a hide i got the plate four f t two eight one no four f t two one eight",
         at="2027-11-22 09:00", entities=[("local", "2027-11-22 07:00"), V(colour="green", type="suv", plate="4FT218"), P(count="1", sex="male")],
         places=[("intersection", "Old Mill Road", "1st Street")], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # Child luring (high). "a grey parka" -> "grey coat" (train1); a grey ponytail is not clothing; "toward Elm" a
    # street alone.
    dict(written="Oakford Public Library, children's desk. A man I've never seen just told a little boy his mom sent him to bring him outside and took him by the hand. The boy's mom came out of the bathroom screaming and he let go and walked out the front doors toward Elm. Tall, grey parka, grey ponytail.",
         spoken="oakford public library children's desk a man i've never seen just told a little boy his mom sent him to bring him outside and took him by the hand the boy's mom came out of the bathroom screaming and he let go and walked out the front doors toward elm tall gray parka gray ponytail",
         at="2027-11-26 10:35", entities=[P(count="1", sex="male", height="tall", clothing=["grey coat"]), P(count="1", sex="male"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Oakford Public Library")], category="suspicious_person", priority="high"),
    # A false collector door to door, at a house now: medium (as holdout14's fake adjuster). "the fire department" is no
    # place (not "the firehouse"); blonde hair is not clothing.
    dict(written="There's a woman going door to door on Walnut between 9th and 10th with a coffee can, saying she's collecting cash for the fire department's Thanksgiving dinner. I called the fire department and they said nobody's collecting anything. She's at the house with the green shutters right now. Red coat, blonde.",
         spoken="yeah so there's a woman going door to door on wall nut between ninth and tenth with a coffee can saying she's collecting cash for the fire department's thanksgiving dinner i called the fire department and they said nobody's collecting anything she's at the house with the green shutters right now red coat blonde",
         at="2027-11-22 13:40", entities=[P(count="1", sex="female", clothing=["red coat"]), ("now",)],
         places=[("block", 900, "Walnut Street")], category="suspicious_person", priority="medium"),
    # "At 4 this morning" is 04:00, told at 08:15: low stays low. "Hawthorn between 6th and 7th" the block; "Kevin",
    # asked for and not there, names nobody of the tip; "Dark jacket" has no colour, "knit hat" -> "hat".
    dict(written="At 4 this morning a man rang our doorbell over and over, and when I yelled through the door he asked for Kevin. There's no Kevin here. Then he went to the next house and rang that bell too, and the one after that, all down Hawthorn between 6th and 7th. Dark jacket, knit hat.",
         spoken="at four this morning a man rang our door bell over and over and when i yelled through the door he asked for kevin there's no kevin here then he went to the next house and rang that bell too and the one after that all down hawthorne between sixth and seventh dark jacket knit hat",
         at="2027-11-24 08:15", entities=[("local", "2027-11-24 04:00"), P(count="1", sex="male", clothing=["jacket", "hat"])],
         places=[("block", 600, "Hawthorn Avenue")], category="suspicious_person", priority="low"),
    # Adults lured with a false story, going on now: medium (not child luring). "young women" (the targets) 18-29; "a
    # girl who looks about 18" is a victim's estimate (no age); "Tan overcoat" -> "tan coat"; his car, unseen, is not
    # annotated.
    dict(written="There's an older guy in the waiting room at Central Station who keeps going up to young women traveling by themselves, telling them their train's been cancelled and offering to drive them wherever they're going, says his car's right outside. He just did it to a girl who looks about 18 and she's sitting with him now. Tan overcoat.",
         spoken="there's an older guy in the waiting room at central station who keeps going up to young women traveling by themselves telling them their train's been cancelled and offering to drive them wherever they're going says his car's right outside he just did it to a girl who looks about eighteen and she's sitting with him now tan overcoat",
         at="2027-11-24 20:30", entities=[P(count="1", sex="male", age="60-90", clothing=["tan coat"]), P(count="2+", sex="female", age="18-29"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Central Station")], category="suspicious_person", priority="medium"),
    # A man looking into a child's bedroom window now: high (a child in danger, as holdout14's prowler with a
    # 14-year-old at home). "My 9 year old" is not annotated as an age; "right now" is now.
    dict(written="There's a man standing in our side yard looking in my 9 year old's bedroom window right now, she screamed and ran to us, she says he was smiling at her. He's still out there by the fence. We're at 1112 Willow. Tall, white puffer jacket.",
         spoken="there's a man standing in our side yard looking in my nine year old's bedroom window right now she screamed and ran to us she says he was smiling at her he's still out there by the fence we're at eleven twelve willow tall white puffer jacket",
         at="2027-11-23 21:35", entities=[P(count="1", sex="male", height="tall", clothing=["white jacket"]), P(count="1", sex="female"), ("now",)],
         places=[("address", 1112, "Willow Street")], category="suspicious_person", priority="high"),
    # Non-native; a habit over two nights: low. The neighbour is away (not annotated); the car he sleeps in is the
    # event's (type car, as holdout7's Civic someone slept in); "the parking behind 716 9th Street" is relative.
    dict(written="Good afternoon. Two nights now I see a man go inside the car of my neighbor in the night and sleep there, and in the morning he go away. My neighbor is visiting her family in Texas for the holiday, she don't know. The car is in the parking behind 716 9th Street.",
         spoken="good afternoon two nights now i see a man go inside the car of my neighbor in the night and sleep there and in the morning he go away my neighbor is visiting her family in texas for the holiday she don't know the car is in the parking behind seven sixteen ninth street",
         at="2027-11-23 14:00", entities=[P(count="1", sex="male"), V(type="car")],
         places=[("relative", ("address", 716, "9th Street"))], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- drugs
    # Selling to high school kids at a game, going on: medium (children; raises do not stack). "high school kids"
    # 13-19; "maybe 20" 17-23.
    dict(written="There's a guy under the home bleachers at the Turkey Bowl selling something to high school kids, they duck under one at a time and come back out with little baggies. He's still under there. Oakford High. Grey hoodie, black sweatpants, maybe 20.",
         spoken="there's a guy under the home bleachers at the turkey bowl selling something to high school kids they duck under one at a time and come back out with little baggies he's still under there oak ford high gray hoodie black sweatpants maybe twenty",
         at="2027-11-25 10:50", entities=[P(count="1", sex="male", age="17-23", clothing=["grey hoodie", "black sweatpants"]), P(count="2+", age="13-19")],
         places=[("landmark", "Oakford High School")], category="drugs", priority="medium"),
    # Signs of a drug lab, a habit, nobody seen: drugs, low. "at 3 in the morning" is a habit, not a time.
    dict(written="I don't want to make trouble, but the garage at 941 Birch smells like ammonia and nail polish remover all the time now, the windows are covered in foil, and I've seen red-stained coffee filters and tubing in their trash. Different cars in and out at 3 in the morning.",
         spoken="i don't want to make trouble but the garage at nine forty one burch smells like ammonia and nail polish remover all the time now the windows are covered in foil and i've seen red stained coffee filters and tubing in their trash different cars in and out at three in the morning",
         at="2027-11-23 11:10", entities=[],
         places=[("address", 941, "Birch Street")], category="drugs", priority="low"),
    # A pistol shown by a dealer: a weapon seen (high). "the bus stop on Kingsley by 6th" is the intersection; "red
    # Bulls hat" -> "red hat" (colour said), "Black puffy coat" -> "black coat"; the buyers are a group.
    dict(written="Guy dealing at the bus stop on Kingsley by 6th, cars pull up, he leans in the window and hands something over. When one of the buyers argued with him he showed him the handle of a pistol in his coat pocket. He's still out there. Black puffy coat, red Bulls hat.",
         spoken="guy dealing at the bus stop on kingsley by sixth cars pull up he leans in the window and hands something over when one of the buyers argued with him he showed him the handle of a pistol in his coat pocket he's still out there black puffy coat red bulls hat",
         at="2027-11-27 21:40", entities=[P(count="1", sex="male", clothing=["black coat", "red hat"]), P(count="2+"), W("handgun")],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="drugs", priority="high"),
    # No place ("the Tap Room on Elm" is a street alone and no landmark); a habit: low. The bartender and the regulars
    # are persons.
    dict(written="Web tip: The night bartender at the Tap Room on Elm sells coke to the regulars out of the register, they ask for a Tuesday special and he hands it over with their change. Everybody who drinks there knows. Please don't use my name.",
         spoken="web tip the night bartender at the tap room on elm sells coke to the regulars out of the register they ask for a tuesday special and he hands it over with their change everybody who drinks there knows please don't use my name",
         at="2027-11-24 14:00", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[], category="drugs", priority="low"),
    # A text: "rn" is now; smoking a pipe where small children wait: medium (children; raises do not stack). "2 ppl" a
    # count; "the playground tunnel at riverside park" the landmark.
    dict(written="2 ppl smoking something out of a glass pipe inside the tunnel on the playground at riverside park rn, little kids are waiting to go through it. smells like burnt plastic. one has a purple coat",
         spoken="two people smoking something out of a glass pipe inside the tunnel on the playground at river side park right now little kids are waiting to go through it smells like burnt plastic one has a purple coat",
         at="2027-11-28 13:15", entities=[P(count="2"), ("now",), P(count="2+"), P(count="1", clothing=["purple coat"])],
         places=[("landmark", "Riverside Park")], category="drugs", priority="medium"),
    # Non-native; a habit and a sale "Yesterday" (no time): low. "many people" is "2+" (as holdout15's "many children").
    dict(written="Hello. In the apartment under us, every day many people come, they stay five minutes and go, in the night also. The smell is like burning plastic and it come up in our bathroom. Yesterday I see a man give a small bag and take money on the stairs. 1034 Main Street, we are on the third floor.",
         spoken="hello in the apartment under us every day many people come they stay five minutes and go in the night also the smell is like burning plastic and it come up in our bathroom yesterday i see a man give a small bag and take money on the stairs ten thirty four main street we are on the third floor",
         at="2027-11-26 15:00", entities=[P(count="2+"), P(count="1", sex="male")],
         places=[("address", 1034, "Main Street")], category="drugs", priority="low"),

    # ---------------------------------------------------------------- vandalism
    # Drunk men wrecking a display, going on: low raised to medium. "in front of City Hall" is relative; "Like six drunk
    # guys" is "3+".
    dict(written="Like six drunk guys who just came out of the bars are wrecking the harvest display in front of City Hall, they're chucking the hay bales out into the street and kicking the heads off the scarecrows. Still at it.",
         spoken="like six drunk guys who just came out of the bars are wrecking the harvest display in front of city hall they're chucking the hay bales out into the street and kicking the heads off the scarecrows still at it",
         at="2027-11-24 23:50", entities=[P(count="3+", sex="male"), ("now",)],
         places=[("relative", ("landmark", "City Hall"))], category="vandalism", priority="medium"),
    # Overnight (02:00) told at 08:05: low. "on the side of the Oakford Public Library" is the landmark (its own wall);
    # "the library board" the caller's role.
    dict(written="Somebody tagged the new mural on the side of the Oakford Public Library overnight, big black spray paint letters right across the painted handprints. It was just finished last week. I'm on the library board, we'll need a report for the insurance.",
         spoken="somebody tagged the new mural on the side of the oakford public library overnight big black spray paint letters right across the painted handprints it was just finished last week i'm on the library board we'll need a report for the insurance",
         at="2027-11-27 08:05", entities=[P(count="1"), ("local", "2027-11-27 02:00")],
         places=[("landmark", "Oakford Public Library")], category="vandalism", priority="low"),
    # Ice thrown down on parked cars, nobody hurt, going on: vandalism, medium. "Three kids" a count; "One's in a yellow
    # coat" a person of their own; "the roof of the Grand Cinema" the landmark; the cars hit are generic.
    dict(written="Three kids are up on the roof of the Grand Cinema throwing chunks of ice down onto the cars in the lot, they've already cracked two windshields and they're laughing their heads off. One's in a yellow coat.",
         spoken="three kids are up on the roof of the grant cinema throwing chunks of ice down onto the cars in the lot they've already cracked two windshields and they're laughing their heads off one's in a yellow coat",
         at="2027-11-26 16:20", entities=[P(count="3"), P(count="1", clothing=["yellow coat"])],
         places=[("landmark", "Grand Cinema")], category="vandalism", priority="medium"),
    # Kicking in another man's car doors now: vandalism, medium (now); the damaged Atlas is the event's. "behind the
    # post office at Elm and 8th" is the intersection (the post office is no landmark of the town).
    dict(written="In the lot behind the post office at Elm and 8th a guy who got beat to a parking spot is kicking in the doors of the other guy's car, there's dents all down the side and he's going around to the other side right now. White Volkswagen Atlas. The owner's just standing there yelling. Green Eagles jacket.",
         spoken="in the lot behind the post office at elm and eighth a guy who got beat to a parking spot is kicking in the doors of the other guy's car there's dents all down the side and he's going around to the other side right now white volkswagen atlas the owner's just standing there yelling green eagles jacket",
         at="2027-11-27 12:10", entities=[P(count="1", sex="male", clothing=["green jacket"]), P(count="1", sex="male"), ("now",), V(colour="white", make="volkswagen", model="atlas")],
         places=[("intersection", "Elm Street", "8th Street")], category="vandalism", priority="medium"),
    # "last night" 23:00 the day before, told at 08:30: low. The kids are persons; "Friday" no time; "I live on Cedar"
    # a street alone (no place).
    dict(written="Somebody ripped all the Christmas lights off my porch railing last night and stomped the bulbs into the steps, there's glass everywhere. The kids helped me put them up Friday. I live on Cedar. I just want it on file.",
         spoken="somebody ripped all the christmas lights off my porch railing last night and stomped the bulbs into the steps there's glass everywhere the kids helped me put them up friday i live on cedar i just want it on file",
         at="2027-11-28 08:30", entities=[P(count="1"), ("local", "2027-11-27 23:00"), P(count="2+")],
         places=[], category="vandalism", priority="low"),
    # Poisoning a neighbour's tree now: vandalism, medium (now). "my big maple" is a tree, not Maple Avenue; "brown
    # Carhartt jacket" -> "brown jacket".
    dict(written="My neighbor is out there right now drilling holes in the trunk of my big maple that hangs over his driveway and pouring something out of a jug into them, he says the leaves are killing his lawn. The tree's on my side of the line. 623 Oak. He's in a brown Carhartt jacket.",
         spoken="okay so my neighbor is out there right now drilling holes in the trunk of my big maple that hangs over his drive way and pouring something out of a jug into them he says the leaves are killing his lawn the tree's on my side of the line six twenty three oak he's in a brown carhartt jacket",
         at="2027-11-23 14:30", entities=[P(count="1", sex="male", clothing=["brown jacket"]), ("now",)],
         places=[("address", 623, "Oak Street")], category="vandalism", priority="medium"),

    # ---------------------------------------------------------------- disturbance
    # A threat to cut a woman with a knife nobody has seen, no blow: a disturbance, high (a woman in danger, as
    # holdout14's threat); a claimed knife is no weapon (holdout13). "the community dinner at the firehouse" is the
    # landmark; the volunteer is a person.
    dict(written="At the community dinner at the firehouse a man is screaming at the volunteer serving him, saying he's got a knife in his boot and he'll cut her if she doesn't give him more turkey. Nobody's seen a knife. She's crying back in the kitchen and he's still at the table yelling.",
         spoken="at the community dinner at the fire house a man is screaming at the volunteer serving him saying he's got a knife in his boot and he'll cut her if she doesn't give him more turkey nobody's seen a knife she's crying back in the kitchen and he's still at the table yelling",
         at="2027-11-25 13:35", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("landmark", "Fire Station Number 2")], category="disturbance", priority="high"),
    # A text: "its 1:30" during the party is that time (within 15 minutes): low raised to medium. "kids home from
    # college" are "2+" (no age); the baby is a person; "3rd time this month" no time.
    dict(written="its 1:30 in the morning and the house next door at 1016 spruce has a huge party going, kids home from college screaming in the yard and smashing bottles in the street. we have a baby. 3rd time this month",
         spoken="it's one thirty in the morning and the house next door at ten sixteen spruce has a huge party going kids home from college screaming in the yard and smashing bottles in the street we have a baby third time this month",
         at="2027-11-25 01:36", entities=[("local", "2027-11-25 01:30"), P(count="2+"), P(count="1")],
         places=[("address", 1016, "Spruce Street")], category="disturbance", priority="medium"),
    # "last night" 23:00 the day before, told the next morning: low. "until almost 3" is no time; "a Friendsgiving" is
    # no place; the guests are "2+".
    dict(written="The people at 1163 Maple had a Friendsgiving last night that went until almost 3, people yelling in the yard, and this morning there's beer cans and a broken bottle all over my driveway. I'm not trying to get anyone in trouble, I'd just like somebody to talk to them.",
         spoken="the people at eleven sixty three maple had a friendsgiving last night you know that went until almost three people yelling in the yard and this morning there's beer cans and a broken bottle all over my driveway i'm not trying to get anyone in trouble i'd just like somebody to talk to them",
         at="2027-11-28 09:40", entities=[P(count="2+"), ("local", "2027-11-27 23:00")],
         places=[("address", 1163, "Maple Avenue")], category="disturbance", priority="low"),
    # A drunk man stepping into traffic and pounding on car windows, going on: low raised to medium. "the light at Main
    # and 10th" is the intersection; the drivers are "2+" (through "people's").
    dict(written="A guy who's totally wasted keeps stepping out into the road at the light at Main and 10th when it's red and pounding on people's car windows for money, then yelling at them when they don't roll down. He's going to get run over.",
         spoken="a guy who's totally wasted keeps stepping out into the road at the light at maine and tenth when it's red and pounding on people's car windows for money then yelling at them when they don't roll down he's gonna get run over",
         at="2027-11-27 16:15", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("intersection", "Main Street", "10th Street")], category="disturbance", priority="medium"),
    # Non-native; a habit ("every night"): low. "until 3" is no time; the children are persons.
    dict(written="Excuse me. In the apartment next to us, the young men play the video games every night and they shout and hit the wall until 3 in the night. My children cannot sleep and they have school. I ask them one time and they laugh. 402 12th Street.",
         spoken="excuse me in the apartment next to us the young men play the video games every night and they shout and hit the wall until three in the night my children cannot sleep and they have school i ask them one time and they laugh four oh two twelfth street",
         at="2027-11-23 20:00", entities=[P(count="2+", sex="male", age="18-29"), P(count="2+")],
         places=[("address", 402, "12th Street")], category="disturbance", priority="low"),
    # Father and son shoving chest to chest, no blow landed, going on: a disturbance, medium (as holdout16's drunk
    # spectators, no injury). "my 17 year old" is not annotated as an age; the car he is shoved into is not the event's.
    dict(written="My husband and my 17 year old are screaming at each other in the driveway, chest to chest, my son just shoved him into the car and my husband grabbed him by the jacket. Nobody's thrown a punch yet but I'm scared it's going to get bad. 1150 Hawthorn.",
         spoken="um my husband and my seventeen year old are screaming at each other in the drive way chest to chest my son just shoved him into the car and my husband grabbed him by the jacket nobody's thrown a punch yet but i'm scared it's gonna get bad eleven fifty how thorn",
         at="2027-11-26 17:10", entities=[P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[("address", 1150, "Hawthorn Avenue")], category="disturbance", priority="medium"),

    # ---------------------------------------------------------------- other
    # A teenager hanging from a trestle over a river: a rescue (other, critical, as train1). "the railroad trestle over
    # the river behind the QuickStop" is relative.
    dict(written="My son was climbing the old railroad trestle over the river behind the QuickStop to take pictures and he slipped, he's hanging from one of the beams by his arms and he can't pull himself back up! It's like 30 feet down to the water. Please hurry, he's yelling that his arms are giving out.",
         spoken="my son was climbing the old rail road trestle over the river behind the quick stop to take pictures and he slipped he's hanging from one of the beams by his arms and he can't pull himself back up it's like thirty feet down to the water please hurry he's yelling that his arms are giving out",
         at="2027-11-27 15:50", entities=[P(count="1", sex="male")],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="other", priority="critical"),
    # A 10-year-old not home 90 minutes after leaving a friend's in the dark: a missing vulnerable person (high). "she
    # left at 6:30" is when she was last seen, the event's time (as holdout15's "last seen ... around 1"); "She's 10"
    # is not annotated; "on Pine" a street alone; the friend (through "her friend's") and the friend's mom are persons;
    # "it's almost 8" is the time of the call, not the event's; "Pink puffy coat" -> "pink coat", "white hat with a pom
    # pom" -> "white hat".
    dict(written="My daughter was supposed to walk home from her friend's house on Pine after the tree lighting and she's not home. Her friend's mom says she left at 6:30 and it's almost 8. She's 10. Her phone goes straight to voicemail. Pink puffy coat, white hat with a pom pom. We're at 1133 Maple.",
         spoken="hi um my daughter was supposed to walk home from her friend's house on pine after the tree lighting and she's not home her friend's mom says she left at six thirty and it's almost eight she's ten her phone goes straight to voicemail pink puffy coat white hat with a pom pom we're at eleven thirty three mabel",
         at="2027-11-26 19:55", entities=[P(count="1", sex="female", clothing=["pink coat", "white hat"]), P(count="1"), P(count="1", sex="female"), ("local", "2027-11-26 18:30")],
         places=[("address", 1133, "Maple Avenue")], category="other", priority="high"),
    # Water from the broken main flooding a basement flat with an old man on a walker inside: other, high (a
    # vulnerable person in danger, not yet a life at risk). "418 Main" the address; "the water main" no place.
    dict(written="The water from the main break is pouring down the outside steps into the basement apartment at 418 Main, and the old man who lives down there uses a walker. He's sitting on his bed and the water's over his ankles and still coming in. He says he can't get up the steps by himself.",
         spoken="yes hi the water from the main break is pouring down the outside steps into the basement apartment at four eighteen maine and the old man who lives down there uses a walker he's sitting on his bed and the water's over his ankles and still coming in he says he can't get up the steps by himself",
         at="2027-11-23 06:20", entities=[P(count="1", sex="male", age="60-90")],
         places=[("address", 418, "Main Street")], category="other", priority="high"),
    # Found animal: other, low. No place ("the coffee place on Market Street" is a street alone); "the train" is no
    # place.
    dict(written="A big husky with a collar but no tag followed me all the way from the train and now he's lying under my table outside the coffee place on Market Street. He's friendly, just lost I think. Do you guys take lost dogs or is that animal control?",
         spoken="hi uh a big husky with a collar but no tag followed me all the way from the train and now he's lying under my table outside the coffee place on market street he's friendly just lost i think do you guys take lost dogs or is that animal control",
         at="2027-11-28 11:20", entities=[],
         places=[], category="other", priority="low"),
    # A question, nothing to send: other, low. "for the West End" is the neighbourhood; "Thursday" no time.
    dict(written="This isn't an emergency. Is the boil water notice still on for the West End? The text said they'd lift it Thursday but the water in our kitchen is still kind of brown. Who do I even ask?",
         spoken="this isn't an emergency is the boil water notice still on for the west end the text said they'd lift it thursday but the water in our kitchen is still kind of brown who do i even ask",
         at="2027-11-26 10:05", entities=[],
         places=[("neighbourhood", "West End")], category="other", priority="low"),
    # An animal going after people, a child among them, going on: other, medium (as holdout16's goose; not traffic,
    # the birds are on the sidewalk). "Kingsley and 3rd" is the intersection; the mail carrier (no sex said), the mom
    # and her little boy are persons.
    dict(written="There's a flock of like fifteen wild turkeys on the sidewalk at Kingsley and 3rd and the big one keeps going after people. It chased the mail carrier around the corner and it's got a mom and her little boy backed up against a fence, flapping at them. Is that you guys or fish and game?",
         spoken="okay this is gonna sound weird but there's a flock of like fifteen wild turkeys on the sidewalk at kingsly and third and the big one keeps going after people it chased the mail carrier around the corner and it's got a mom and her little boy backed up against a fence flapping at them is that you guys or fish and game",
         at="2027-11-23 11:45", entities=[P(count="2+"), P(count="1"), P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("intersection", "Kingsley Avenue", "3rd Street")], category="other", priority="medium"),
]

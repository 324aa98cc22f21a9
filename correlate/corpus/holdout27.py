"""A twenty-eighth hand-written set (90 tips), holdout27, a blind set written after holdout26, written blind: its
author read only the corpus README, config/demo/README.md, town.py and make_corpus.py in full (the record format, the
geometry and place truth helpers and hand_place, the priority helper `adjust` and `still_happening`, the base
priorities, hand_records and how main() serialises its files), the docstring of holdout26.py in full and its first
twenty-odd tips (for the label conventions and the comment style), the opening of hand.py (P, V and W and its first
tip), and the "set in ..." phrase of the docstrings of holdouts 11-26 and train4 (to pick an unused week). The written
text and labels of every earlier tip in hand.py, holdouts 1-26 and train1-6 (3,354 tips) were gathered into one list
by importing the modules, counted by label value (person heights, vehicle types, weapon types, categories and
priorities) and searched by keyword to settle a convention or to find a situation already used (stun guns, tire irons,
dark sedans, dog doors, fire escapes, downspouts, copper, manholes, ice cream trucks, car seats, metal detectors, paint
cans, pallets, skylights, gutters, storm drains, propane tanks, cafeterias, flags, deer, school buses, binoculars,
charities, drones, mailboxes, chalk and the like). It never opened the extractor's source, its tests, examples or
benches, nor the gateway, telephony, ASR, vision or ONNX code, the tests, fuzz, scripts or .ci directories, nor the
repository README, nor any .jsonl file but its own output (a listing of correlate/corpus showed their names, nothing
more), nor ran git, cargo, the extractor, `tipline` or any evaluation, nor saw any score or miss list. Python was run
with PYTHONDONTWRITEBYTECODE=1. It is meant as an honest estimate for phrasing the extractor has never seen.

It is set in Monday 9 to Sunday 15 November 2037, early November, a season the holdouts use little (holdout11 is the
last week of October, holdout17 Thanksgiving week, holdout12 the first week of December; no set is in 2037 or in the
week of Veterans Day): a windstorm on the Monday night (trees and power lines down, the power out in streets across
town into the Tuesday, traffic signals dark at Main and 9th, one working pump at the QuickStop, generators on porches,
a roof sheet across 10th Street, the road caved in at 3rd and Oak after the rain, men in vests claiming to be the
electric utility); Veterans Day on the Wednesday (the parade down Main with barricades, band buses and floats, the
ceremony at the memorial in Maple Square, a poppy-can veteran outside FreshMart, hometown-hero banners on Main's light
poles, houses empty while families watch); Friday the 13th (a $13 flash-tattoo day at a shop on Elm, a horror double feature at the Grand Cinema, eggs on
Birch, the Oakford High football playoff under the lights with a fight over a referee, shots by the visitors' buses
and a concession stand pried after the game, a crowd celebrating in Maple Square); the holiday craft fair in the
Lincoln Elementary gym on the Saturday (a cash box, earrings, vendors' stock left overnight in the cafeteria); and a
quieter Sunday (a laundromat dryer fire, a kiosk assault at Northgate Mall, a boy stuck in a tree in Riverside Park
after his drone, a store's loss prevention call).

New situations: a pistol waved at band bus drivers by a man boxed in by parade barricades, a fixed-blade knife shown
to a tattoo shop's desk, rounds fired by the visitors' buses after the playoff (dispatch), a rifle across a man's lap
by a playground (an 11-year-old's text), a machete swung over a storm-felled tree (non-native), a pistol set on a door
frame after a honk (a web tip the next morning), a shotgun pointed at a line-cutter at the one working pump; a power
line on a garage roof, a Malibu burning beside parade floats, a space heater with a 93-year-old upstairs (elderly), a
school gym's smoke detector (alarm company), a neighbour's fire pit lighting a shed (the next morning), a cinema
dumpster (a child's text), a laundromat dryer (non-native); a seizure in the library's computer room, a veteran down
at the ceremony with a nurse doing compressions, a stroke at lunch told by an elderly husband, a mother silent behind
a locked bathroom door (a 9-year-old's text), a peanut reaction at the cinema (EMS), a fall while raking reported the
next morning, an arm opened by a tyre machine (non-native); a pharmacy's oxycodone drawer at knifepoint, a boy's phone
taken by two teenagers (his mother calling), a poppy can torn from a veteran, a gunpoint robbery in an alley reported
the next morning, a pizza driver robbed (dispatch), a cash box torn from an old quilter at the craft fair; a father
out of the stands punching a referee, a girlfriend heard being choked through a ceiling, a pickup driver kicking a
cyclist at a dead signal, a mother shoved off the parade curb two days before, a kiosk employee punched (mall
security), a son beaten with a belt (non-native); a burglar in a cafeteria on a custodian's cameras, a coin shop's
alarm (monitoring centre), a veteran's medals taken during the parade, a garage's snowblower and chainsaws, a teenager
watching a man climb into the empty house next door, a booster club's concession stand; earrings at the craft fair, a
catalytic converter sawn off a Prius, a package on a Ring video, hometown-hero banners cut down, a running generator
rolled off a porch, baby formula (loss prevention), brass plaques off memorial benches; a car under a fallen tree, a
boy on a bike hit and left, a garbage truck's hydraulic fluid across an intersection, a motorcycle down on wet leaves,
a parked car reversed into (a witness's plate), a roof sheet across a street; a mother smoking a pipe in a daycare drop-off line, a pill seller in a group chat (a web tip, no place),
needles under a footbridge, forged scripts at a drive-up window, a meth smell with two kids in the unit (dispatch),
crack sold off a porch with a pistol shown; teenagers egging cars on Friday the 13th, the veterans memorial
spray-painted, paint stripper on a car, two teenagers keying cars (mall security), a rock through a nail salon's
window (non-native), a class's new trees pulled out (a child); an unmarked box truck on the parade route, an SUV
looping a school-bus corner with a phone held up at the kids, a fake utility crew's van, an Audi idling behind a
closed cafe at 3:20, a minivan watching the closed pool, a Mazda dumped with its door open; a man with a headlamp
trying doors in the outage, a man luring children to puppies in his van (the children's librarian), a man measuring
basement windows (an 82-year-old), a dispatch prowler in the 1100 block of Oak, a woman leaning into older shoppers'
carts, a man asking for "Dave" (the next day), a man pacing a station platform who followed a woman to her car; a
crowd with air horns after the playoff, a man screaming at his wife with children in the back seat, a party's
fireworks until 3 (the next morning), drumming after midnight (non-native), drag races every Friday (a web form), a
megaphone heckler at the parade; a road caved in by a crosswalk, a 4-year-old lost at the ceremony, a welfare check on
an 88-year-old, a found wallet with a military ID, a black bear in a bakery's dumpster, a question about the parade
closing Main (no place) and a boy stuck thirty feet up a tree.

Registers: calm, frightened and angry callers, the elderly ("Oh dear", "I'm 82 and I've lived on this street fifty
years", a husband calling about his wife), children and teenagers typing in lower case without apostrophes ("im 11",
"i am 9", "rn", "theres", "arent"), non-native ("he come out with a machete and swing it at me", "it come through all of
them", "he spill the milk", "Somebody throw big rock", "play drums now"), second-hand
(a mother relaying her son's robbery, a teenager's parents away, a witness who wrote a plate), web tips and forms,
workplace callers (a tattoo shop's desk, a pharmacy tech and a pharmacist, a children's librarian, a head custodian, a
booster club treasurer, loss prevention, mall security, a pool caretaker) and dispatch, EMS and alarm shorthand ("RP",
"approx 2148", "NB", "Unk", "F 20s", "M 20s", "y/o", "w/", "L eye", "W/M", "blk", "EB", "0214 hrs", "0338 hrs", "ETA
20"). Spoken forms, written by hand, lower case with no punctuation, add fillers ("um", "uh", "oh dear"), split words
("up stairs", "down stairs", "side walk", "drive way", "bath tub", "flash light", "head lamp", "pick up", "mini van",
"snow blower", "chain saws", "foot bridge", "cross walk", "back yard", "fire works", "note book", "clip board"...),
spelled shorthand ("r p", "e m s", "c p r", "a e d", "t v", "b m w", "c x five", "f one fifty", "e t a", "i d"),
mishearings (maine, wall nut, wallnut, burch, ceder, spruse, willo, chesnut, kingsly, lincon, hawthorne, rosies,
fresh mart, river side) and plates letter by letter ("j l m four four oh two", "l r k five five nine zero"), in the
NATO alphabet ("charlie victor x-ray three three one eight", "hotel quebec papa") and partial ("eight k", "g z").
Numbers that are not addresses: "$13", "$600", "$180", "$200", "$40", "3-4 shots", "3 pizzas", "theater 3", "row F",
"2B", "apt 3", "four feet", "like 30 feet", "six or seven", "fifty years", "four times in two weeks", models
("F-150", "CX-5") and ages of callers, victims and relatives ("im 11", "She's 4", "She's 79", "is 93", "is 88",
"80-year-old", "I'm 82", "he is 7", "i am 9", none annotated).

Same format and conventions as hand.py and holdouts 4-26 (written to extraction_holdout27.jsonl with ids "ai01" to
"ai90" by importing hand_records from make_corpus.py and calling hand_records(HOLDOUT27, "ai"), one JSON object per line
serialised as main() does, `json.dumps(record, ensure_ascii=False)`; make_corpus.py itself was not edited, so its main()
does not regenerate this file until the set is registered there), with the choices holdout26 lists: every person other
than the caller annotated once; a described member of a group a separate person only with their own attributes (the
group kept too, as hand.py's first tip); people away, absent or dead not annotated; partial plates as said; "last
night" 23:00 the day before, "overnight" 02:00, "yesterday afternoon" 14:00 the day before, a clock time after midnight
the same date, "since" with a clock time that time; habits, durations, weekdays, schedule and future times and times
when all was still well are not times; "maybe N" years N-3..N+3, teens and teenagers 13-19, old and older 60-90, young
18-29, "late teens" 17-19, "early twenties" 20-23; victims', relatives' and callers' stated ages not annotated; a model
without its make given its make; a vehicle's type only when a type word is in its description; base priorities weapon,
fire, medical, robbery, assault high, burglary, theft, traffic medium, the rest low; critical for a weapon in use or a
life at risk, high for an injury or a weapon seen, low to medium for children at risk, one step (not above high) for an
event still happening (a said time within 15 minutes, or with no time said a present progressive for a low call, as
`still_happening` defines it), one step lower when more than six hours old (weapons and robberies included); raises do
not stack; child luring, a woman in danger and a missing vulnerable person high; "other" not lifted for being recent
or for children.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. "a black pistol", "a pistol" "handgun"; "a fixed-blade knife in a sheath", "a folding knife" and a knife held to ribs "knife"; "a gun" "gun"; a rifle, a machete, a shotgun as named.
  In use (critical): the pistol waved at drivers, the machete swung ten minutes before, the shotgun pointed at a
  windshield, the rounds fired after the game (no gun named, so no weapon entity, as holdouts 15 and 26 have it), the
  knife at a pharmacist's ribs and the pizza driver's robbery. Seen (high): the knife in a sheath, the rifle on a lap,
  the pistol in a dealer's waistband (the drugs call high). The pistol shown after a honk the day before is lowered to
  medium, the gunpoint robbery of the night before to high. Not weapons: a flashlight, a headlamp, a tape measure, a
  megaphone, a belt used on a child (the assault's), paint stripper, a saw under a car, fireworks, air horns.
- Categories and priorities: fire critical only where someone is left inside (a 93-year-old upstairs); fire high for
  every fire burning with everyone out (the alarm-company smoke detector too: high is not lifted for being recent); the
  shed fire that is out, told the next morning, medium. Medical critical for not breathing, a stroke, a silent
  unconscious mother and an arm bleeding through rags with a pale, sleepy face; high for a seizure with a head wound, a
  peanut reaction treated with the patient's EpiPen and talking; a fall told the next morning medium. The belt on a
  7-year-old is assault, high (a child injured). Burglaries "right now" (the cafeteria, the empty house) and an alarm
  three minutes old are high; a house entered during the parade with no time said medium; a garage "sometime
  overnight" told at 10:15 and a concession stand "last night" told at 08:40 low. Thefts "right now" (a converter, the
  banners) high; no time said or 35-40 minutes ago medium; a package the day before low. Traffic with a driver not
  moving critical; injuries high; road hazards (a roof sheet, hydraulic fluid) medium; a bumper the evening before low.
  Drugs: a pistol seen high; children present (a daycare line, kids in a meth-smelling unit) medium; a group chat, forged
  scripts (habits) and needles found low. Suspicious vehicles: children watched (an SUV "keeps looping") and a fake
  crew "knocking" medium, "It's 3:20" two minutes before medium; a box truck "since 6 this morning", a minivan the night
  before and a dumped Mazda (reworded to "has sat", so no present progressive) low. Suspicious persons: child luring
  high; "right now", present progressives ("is measuring", "has been sitting", "keeps pacing") and a time eight minutes
  old medium; a man the morning before low. Disturbances with "now", "right now" or a time five minutes old medium (the
  shouting husband "hasn't touched her", so no woman in danger; children lift it to medium, no more); the party the
  night before and Friday drag races (a habit) low. Other: a lost 4-year-old and a welfare check on an 88-year-old high,
  a boy stuck thirty feet up on a bending branch high (as holdout26's boy on a porch roof); a caved-in road with kids
  looking in and a bear by people walking to their cars medium (hazards over people); a found wallet and a question low.
- Vehicles: "white pickup" with its plate (JLM4402) going west; "dark sedan" a sedan with no colour going north (as
  holdout8's); "a green Ford F-150" f-150; "grey Chevy Malibu" chevrolet malibu; "a red Hyundai Elantra" with its
  partial plate ("8K"); "a silver Ram pickup" ram pickup with its plate spelled in NATO (CVX3318); the cyclist's bicycle;
  "my neighbor's Prius" toyota prius
  (the thing being stolen from, as holdout26's dented Jeep) and "a white Ford Transit" transit; "a silver Kia Sorento"
  sorento; "a black Chevy Tahoe" tahoe; "a tan Honda Odyssey" odyssey going west; "a blue Subaru" subaru with no type;
  "A black BMW" bmw with a partial plate ("HQP") going west, and the kid's bike a bicycle; "a green garbage truck" a
  truck; "Orange Kawasaki" motorcycle; "a grey Toyota Tacoma" tacoma with its plate (LRK5590); "the black Chrysler
  Pacifica" pacifica; "a blue Nissan Sentra" sentra; "An unmarked white box truck" a truck; "A green Ford Escape"
  escape; "A white van" van; "a black Audi sedan" audi sedan with a partial plate ("GZ"); "a silver minivan"; "A red
  Mazda CX-5" cx-5; "his grey van" van. Not vehicles: the callers' own cars (reversed into, paint-stripped), the
  parked cars egged or keyed, "the band bus drivers"' buses, the line of cars at the pump, "a bunch of cars" racing,
  the trailers of the floats, the "big logo trucks" of the real crews, "no truck", "the town truck" that is not there.
- Persons: the caller and "we" not annotated; groups "the kids", "the players", "the float people", "the customers",
  "our artists", "Everybody", "people", "the people at 330" and "the party" 2+; "six or seven people" 3+; "a crowd of
  teenagers" 3+ 13-19; "Four teenagers" 4 13-19; "two little kids", "two little ones", "Two small kids" 2; "two men",
  "two guys", "Two teenage boys" 2 male; "two people" 2. "Somebody"/"someone" who did a thing is a person (the
  burglars, thieves and vandals no one saw); a nurse, a friend, a pharmacist, a witness, a driver, a rider, a father
  in the stands, a referee, a lady who cut a line, a dad who can't reach his boy, a baby asleep, Mrs. Kowalski and Mrs.
  Dunn are persons. Not persons: families away (the neighbours whose Prius or house it is), "my dad" whose watch it was
  and "my grandfather" whose plaque it was, the real crews, the juniors in a group chat, the doctors who signed the
  scripts, "the driver" of a furniture delivery, the officers at the parade. Ages: "in his forties" 40-49, "early
  twenties" 20-23, "maybe 60" 57-63, "Old man", "old veteran", "an older man", "An older woman", "an older lady" 60-90,
  "Thirties" 30-39, "young guy" 18-29, "late teens" 17-19, "Maybe 40" 37-43, "M 20s" and "in his 20s" 20-29, "F 20s"
  20-29, "F 30s" and "in her 30s" 30-39, "in his fifties" 50-59, "Forties" 40-49. "approx 6'" 6'0"; "tall", "short";
  "Heavy", "Big guy" heavy; "thin".
- Clothing: "grey hoodie", "camo jacket", "orange hat", "brown coat", "black cap", "black gloves", "black beanie",
  "green jacket", "black tracksuit", "black hoodie", "green coat", "red coat", "yellow rain jacket" -> "yellow jacket",
  "orange safety vest" -> "orange vest", "blaze orange jacket" -> "orange jacket", "black puffy coat" -> "black coat",
  "white puffer jacket" -> "white jacket", "long purple coat" -> "purple coat", "red Patriots hat" -> "red hat",
  "brown Carhartt coat" -> "brown coat", "pink hat with a pompom" -> "pink hat", "green t-shirt", "pink hoodie",
  "jeans" (torn, on the rider), "yellow vests" -> "yellow vest"; a grey beard, bald, blonde, a
  dress uniform, "no coat" and a headlamp are not clothing.
- Times: "approx 2148", "approx 2110", "approx 1425", "approx 2040", "approx 1535", "approx 0120", "0214 hrs" and
  "0338 hrs" clock times; "It's 3:20" and "It's 11:40 pm" said during the event those times; "Yesterday around 4:30 pm"
  16:30, "yesterday around 2:15 pm" 14:15, "Yesterday evening around 6" 18:00, "Yesterday morning around 10" 10:00 and
  "Last night around 9" 21:00 the day before; "Last night around 11", "last night about 11:30" those times the day
  before; "Last night around 1" 01:00 the same date; "since 6 this morning" 06:00; "last night" 23:00 the day before;
  "sometime overnight" 02:00; "two minutes", "about five minutes", "ten minutes", "about a quarter of an hour", "about
  40 minutes", "about an hour" and "A minute" ago minutes ago; "right now", "rn", "just" (an event just over), "now
  running", "play drums now", "he's jogging back now" now, while a narrative "now" ("now she wont talk", "now he's
  stuck", "Now my husband go to work") is not. Not times: "this morning", "Wednesday", "since Monday", "since open",
  "since supper", "every weekend", "every Sunday night", "Every Friday night", "till 1 am", "until 3",
  "till 8", "at 6" (work), "at noon" (when a family came home), "the 7:45 bus", "at 11" (a delivery), "in like twenty
  minutes" (the ceremony), "They've been closed since 6", "for an hour", "for two hours", "four times in two weeks",
  "after midnight" (with "now" said).
- Places: parts of a landmark are the landmark (the visitors' buses, the bleachers and the concession stand of Oakford
  High; the gym and the cafeteria of Lincoln Elementary; the playground, river walk and footbridge of Riverside Park; the
  computer room of the library; the north lot and food court of Northgate Mall; the platform of Central Station; the lot and back lot of the Corner Cafe; the parking lot of FreshMart and of the Grand Cinema; theater 3;
  the drive-up window of Main Street Pharmacy); "behind", "outside", "near", "in front of" and "by" a landmark relative;
  "Main by 7th", "Main and 9th", "Elm and 3rd", "Maple and 6th", "Kingsley and 4th", "River Road by 11th", "Old Mill Road
  by Oak", "5th and Cedar", "3rd and Oak", "10th Street by Walnut", "Main and 8th" and "Main and 4th" intersections; "Main
  between 4th and 5th", "Birch between 9th and 10th", "Walnut between 2nd and 3rd", "Spruce between 6th and 7th", "Elm
  between 10th and 11th", "on 11th between Oak and Maple" (the 800 block of 11th Street) and "the 1100 blk Oak" blocks;
  addresses on numbered streets ("709 5th street", "1008 8th street i think", "612 2nd Street", "618 3rd Street"), on
  Kingsley ("330"), on Church Street ("203") and on Station Road ("150"). Streets alone name no place ("toward Oak",
  "toward Walnut", "toward Pine", "toward Birch", "toward Cedar", "north on 9th", "NB on 3rd", "west on Elm", "WB on
  Oak", "across Birch", "Main Street" in a question). Look-alikes that name no place: Black Lantern Tattoo, Harbor Coin
  and Stamp, Suds City, Bella Nails, Little Acorns (their addresses do), St. Mary's, City Hall as where an AED was
  fetched, the parade itself. Two tips have no place (a group-chat seller and a question about the parade).

Overlap with the earlier sets: every draft was compared with all 3,354 earlier tips by shared four-word runs and by
content-word overlap (Jaccard of the sets of words of three letters or more outside a small stop list), the nearest
earlier tip printed beside it and read, and with the other drafts of this set. Twenty-one first drafts came too close
and were replaced or rewritten: an EMS call for a player's helmet-to-helmet hit at the Oakford High field (holdout11,
0.52 and thirteen shared runs), slashed tyres along a block (holdout4, 0.48), a bicycle cut from the station rack told
non-natively (train4, 0.41), a stroke told with drooping face and arm (train6, 0.36), pills sold from a car behind the
cinema (holdout7, 0.33), a caller hiding in the upstairs closet (holdout7, 0.32), a driver punching a woman through her
window at a light (train6), a fall on library steps with a purple wrist the next day (holdout8), a fainting blood donor
(train5), a bat pulled from a trunk in a fight (holdout6), dark traffic lights (train5), a drunk driver bouncing off the
curb on Kingsley (train5), a fake water-department man (train2), baggies handed to high school kids on a Maple Square
bench (holdout8), a power line sparking across a sidewalk (holdout7) and an arm cut at a car wash on River Road by 9th
(holdout22, holdout14); and the first replacements were checked the same way and replaced again where they too had been
used: TV carriers while the Hendersons were away (holdout6, even the name), four wheels taken and a car left on bricks
(holdout9), a limb hanging by a strip of bark over a bus shelter (holdout11), THC vapes sold to middle schoolers at skate
ramps (holdout7), a fake census taker (train3), a horse trailer off its hitch (train5's boat trailer) and a man with
binoculars on a parking deck (train3). About twenty more were reworded where they shared four or five runs. The final
drafts share at most three four-word runs with any earlier tip (21 share three, mostly place and stock phrases such as
"between 4th and 5th", "old mill road by", "the grand cinema parking", "not an emergency just") and at most 0.26
content-word overlap (a mall security assault in shorthand against train3's; next a pharmacy robbery and a dumpster
fire at 0.25); with one another at most two runs and 0.20. Time was short, so the check stopped there.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 2 and 29 (1-based, in file order) gained ("now",) (this set already reads "just"
as now; these two had been missed).
"""
from hand import P, V, W

HOLDOUT27 = [
    # ---------------------------------------------------------------- weapon
    # Veterans Day parade: a man waving a pistol at the marching band's drivers, "right now": in use (critical). The man
    # ("in his forties" 40-49, heavy, grey hoodie), "the band bus drivers" 2+ and "kids" 2+; "black pistol" handgun; "Main by 7th" intersection.
    dict(written="Please send police to the parade, Main by 7th! A guy's car got boxed in by the route barricades and he's out in the street waving a black pistol at the band bus drivers right now. There's kids all along the curb. Heavy guy in his forties, grey hoodie.",
         spoken="please send police to the parade maine by seventh a guy's car got boxed in by the route barricades and he's out in the street waving a black pistol at the band bus drivers right now there's kids all along the curb heavy guy in his forties grey hoodie",
         at="2037-11-11 10:42", entities=[P(count="1", sex="male", age="40-49", build="heavy", clothing=["grey hoodie"]), W("handgun"), ("now",), P(count="2+"), P(count="2+")],
         places=[("intersection", "Main Street", "7th Street")], category="weapon", priority="critical"),
    # Friday the 13th flash-tattoo day: a customer angry at the wait lifts his shirt to show a hunting knife on his belt:
    # a weapon seen (high). The man ("early twenties" 20-23, camo jacket), the artists ("our artists" 2+); "a $13
    # tattoo" no number of a place; "412 Elm" the address.
    dict(written="This is the front desk at Black Lantern Tattoo, 412 Elm. We're doing $13 Friday the 13th flash and one guy who's been waiting since open just hiked up his shirt so we'd see a fixed-blade knife in a sheath on his hip and told us nobody leaves till he gets his ink. Early twenties, camo jacket. Our artists locked themselves in the back.",
         spoken="this is the front desk at black lantern tattoo four twelve elm we're doing thirteen dollar friday the thirteenth flash and one guy who's been waiting since open just hiked up his shirt so we'd see a fixed blade knife in a sheath on his hip and told us nobody leaves till he gets his ink early twenties camo jacket our artists locked themselves in the back",
         at="2037-11-13 15:05", entities=[P(count="1", sex="male", age="20-23", clothing=["camo jacket"]), W("knife"), P(count="2+"), ("now",)],
         places=[("address", 412, "Elm Street")], category="weapon", priority="high"),
    # Dispatch after the football playoff: rounds fired by the visitors' buses, no gun named (no weapon entity, as holdout15's
    # and holdout26's); "approx 2148" the time; "dark sedan" a sedan with no colour going north; the crowd 2+.
    dict(written="Caller advises 3-4 rounds fired by the visitors' buses at Oakford High approx 2148 while the playoff crowd dispersed. Dark sedan fled NB on 3rd at speed, plate not obtained. Unk if anyone hit.",
         spoken="caller advises three to four rounds fired by the visitors buses at oakford high approx twenty one forty eight while the playoff crowd dispersed dark sedan fled north bound on third at speed plate not obtained unknown if anyone hit",
         at="2037-11-13 21:51", entities=[("local", "2037-11-13 21:48"), P(count="2+"), V(type="sedan", direction="north")],
         places=[("landmark", "Oakford High School")], category="weapon", priority="critical"),
    # A child's text: a man on a bench by the playground with a rifle across his lap: seen (high). The man (orange hat,
    # brown coat), "the little kids" 2+; the park's playground is Riverside Park.
    dict(written="theres a man on the bench next to the playground at riverside park with a rifle laying across his lap and hes just watching the little kids on the slide. orange hat brown coat. my mom said to text you. im 11",
         spoken="there's a man on the bench next to the playground at riverside park with a rifle laying across his lap and he's just watching the little kids on the slide orange hat brown coat my mom said to text you i'm eleven",
         at="2037-11-14 14:20", entities=[P(count="1", sex="male", clothing=["orange hat", "brown coat"]), W("rifle"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="weapon", priority="high"),
    # Non-native: a neighbour swinging a machete at the caller over a tree the windstorm dropped, ten minutes ago, still
    # in his yard with it: in use (critical). "maybe 60" 57-63; "815 Cedar" the address.
    dict(written="The tree from my neighbor yard fall on my fence in the big wind. I ask him nice to cut it, he come out with a machete and swing it at me, very close to my head. This was ten minutes ago, I run inside, he is still in his yard with it shouting. Old man maybe 60. I live 815 Cedar.",
         spoken="the tree from my neighbor yard fall on my fence in the big wind i ask him nice to cut it he come out with a machete and swing it at me very close to my head this was ten minutes ago i run inside he is still in his yard with it shouting old man maybe sixty i live eight fifteen ceder",
         at="2037-11-10 09:35", entities=[P(count="1", sex="male", age="57-63"), W("machete"), ("ago", 10)],
         places=[("address", 815, "Cedar Street")], category="weapon", priority="critical"),
    # Web tip the next morning: a pickup driver showing a pistol on his seat after a honk, "Yesterday around 4:30 pm":
    # seen, lowered from high to medium (hours old). White pickup with its plate (JLM4402) going west; the driver (black
    # cap; a beard no clothing); the FreshMart lot is FreshMart's; "toward Oak" a street alone.
    dict(written="Web tip: Yesterday around 4:30 pm in the FreshMart parking lot I honked at a white pickup that was backing into me. The driver rolled down his window, picked a pistol up off his seat and set it on the door frame so I could see it, and just stared. Plate JLM 4402. Beard, black cap. He left west toward Oak.",
         spoken="web tip yesterday around four thirty p m in the fresh mart parking lot i honked at a white pick up that was backing into me the driver rolled down his window picked a pistol up off his seat and set it on the door frame so i could see it and just stared plate j l m four four oh two beard black cap he left west toward oak",
         at="2037-11-12 08:05", entities=[("local", "2037-11-11 16:30"), V(colour="white", type="pickup", plate="JLM4402", direction="west"), P(count="1", sex="male", clothing=["black cap"]), W("handgun")],
         places=[("landmark", "FreshMart Supermarket")], category="weapon", priority="medium"),
    # Power outage: a man in the line for the one working pump pointing a shotgun out of his truck at a driver who cut in:
    # in use (critical). The man (bald; "blaze orange jacket" -> "orange jacket"), the driver who cut in; green Ford F-150.
    dict(written="Quick Stop, the only pump that's got power. Some lady cut the line and the bald guy behind her in a green Ford F-150 has a shotgun pointed out his window at her windshield, yelling he'll blow her head off. Blaze orange jacket. Everybody's ducking behind their cars.",
         spoken="quick stop the only pump that's got power some lady cut the line and the bald guy behind her in a green ford f one fifty has a shotgun pointed out his window at her windshield yelling he'll blow her head off blaze orange jacket everybody's ducking behind their cars",
         at="2037-11-10 07:15", entities=[P(count="1", sex="female"), P(count="1", sex="male", clothing=["orange jacket"]), V(colour="green", make="ford", model="f-150"), W("shotgun"), P(count="2+")],
         places=[("landmark", "QuickStop Gas")], category="weapon", priority="critical"),

    # ---------------------------------------------------------------- fire
    # Windstorm night: a power line down on a garage roof, the garage burning against the house, everyone out: fire,
    # high. The husband a person; "1040 Pine" the address.
    dict(written="The wind brought the power line down on our garage roof and the garage is burning, it's attached to the house. We're all out on the front lawn. My husband keeps trying to get close with the hose and I'm screaming at him not to. 1040 Pine Street.",
         spoken="the wind brought the power line down on our garage roof and the garage is burning it's attached to the house we're all out on the front lawn my husband keeps trying to get close with the hose and i'm screaming at him not to ten forty pine street",
         at="2037-11-09 23:25", entities=[P(count="1", sex="male")],
         places=[("address", 1040, "Pine Street")], category="fire", priority="high"),
    # Veterans Day: a parked Malibu's engine burning beside the floats at Maple Square: fire, high. Grey Chevy Malibu
    # (make chevrolet, model malibu); "the float people" 2+.
    dict(written="There's a grey Chevy Malibu with the engine on fire parked right beside the floats at Maple Square, flames coming up through the hood. The float people are trying to push the trailers away from it. The ceremony starts in like twenty minutes.",
         spoken="there's a grey chevy malibu with the engine on fire parked right beside the floats at maple square flames coming up through the hood the float people are trying to push the trailers away from it the ceremony starts in like twenty minutes",
         at="2037-11-11 10:40", entities=[V(colour="grey", make="chevrolet", model="malibu"), P(count="2+")],
         places=[("landmark", "Maple Square")], category="fire", priority="high"),
    # Elderly caller: a space heater lit the curtains; the 93-year-old neighbour upstairs has not come down: a life at
    # risk (critical). The neighbour a person (her stated age not annotated); "906 Chestnut" the address.
    dict(written="Oh dear, my space heater caught the curtains and the whole front room is burning. I got out with my cane. Mrs. Kowalski upstairs is 93 and she hasn't come down, I've been banging on her door. It's 906 Chestnut Street, the green two-family.",
         spoken="oh dear my space heater caught the curtains and the whole front room is burning i got out with my cane missus kowalski up stairs is ninety three and she hasn't come down i've been banging on her door it's nine oh six chesnut street the green two family",
         at="2037-11-12 06:10", entities=[P(count="1", sex="female")],
         places=[("address", 906, "Chestnut Street")], category="fire", priority="critical"),
    # Alarm company: a smoke detector in the Lincoln Elementary gym at 0214 hrs, no keyholder: fire, high (not lifted:
    # only low and medium are raised for being recent). "0214 hrs" the time; the gym is Lincoln Elementary's.
    dict(written="Alarm co calling: fire alarm, smoke detector zone 2, gymnasium, Lincoln Elementary School, received 0214 hrs. Unable to reach keyholder, no callback.",
         spoken="alarm company calling fire alarm smoke detector zone two gymnasium lincon elementary school received oh two fourteen hours unable to reach key holder no call back",
         at="2037-11-14 02:17", entities=[("local", "2037-11-14 02:14")],
         places=[("landmark", "Lincoln Elementary School")], category="fire", priority="high"),
    # A fire pit's embers lit a shed roof "Last night around 11", out since: fire lowered to medium. The neighbours ("the
    # people at 330") 2+; "every weekend" a habit; "330 Kingsley Ave" the address.
    dict(written="Last night around 11 the people at 330 Kingsley Ave had their fire pit going way too big and embers landed on my shed roof and it started burning. My son and I put it out with the hose. It's out, but half the shingles are gone and they do this every weekend. I'd like someone to talk to them.",
         spoken="last night around eleven the people at three thirty kingsly avenue had their fire pit going way too big and embers landed on my shed roof and it started burning my son and i put it out with the hose it's out but half the shingles are gone and they do this every weekend i'd like someone to talk to them",
         at="2037-11-15 09:40", entities=[("local", "2037-11-14 23:00"), P(count="2+"), P(count="1", sex="male")],
         places=[("address", 330, "Kingsley Avenue")], category="fire", priority="medium"),
    # A child's text: a dumpster burning behind the cinema, getting bigger: fire, high. The brother a person; "behind the
    # grand cinema" relative.
    dict(written="the dumpster behind the grand cinema is on fire!! big black smoke and its getting bigger and the flames are licking up the wall. me and my brother are watching from the bike rack",
         spoken="the dumpster behind the grand cinema is on fire big black smoke and it's getting bigger and the flames are licking up the wall me and my brother are watching from the bike rack",
         at="2037-11-14 16:50", entities=[P(count="1", sex="male")],
         places=[("relative", ("landmark", "Grand Cinema"))], category="fire", priority="high"),
    # Non-native attendant: a dryer full of fire in a laundromat, customers out: fire, high. "customers" 2+; "1015 Main"
    # the address.
    dict(written="Fire in laundromat, Suds City, 1015 Main Street. One big dryer is full of fire inside, smoke coming out from the back everywhere. I take all the customers outside. The fire extinguisher I use, not enough.",
         spoken="fire in laundromat suds city ten fifteen main street one big dryer is full of fire inside smoke coming out from the back every where i take all the customers outside the fire extinguisher i use not enough",
         at="2037-11-15 11:20", entities=[P(count="2+")],
         places=[("address", 1015, "Main Street")], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # A man seizing in the library's computer room who struck his head, the seizure over, confused and bleeding: an
    # injury (high). The man ("young guy" 18-29) a person; the computer room is the library's.
    dict(written="Oakford Public Library, the computer room upstairs. A young guy just had a seizure at one of the terminals, fell off the chair and smacked his skull on the desk leg. The shaking's over but he's asking what town this is and there's blood matted in his hair.",
         spoken="oakford public library the computer room up stairs a young guy just had a seizure at one of the terminals fell off the chair and smacked his skull on the desk leg the shaking's over but he's asking what town this is and there's blood matted in his hair",
         at="2037-11-12 13:30", entities=[P(count="1", sex="male", age="18-29"), ("now",)],
         places=[("landmark", "Oakford Public Library")], category="medical", priority="high"),
    # Veterans Day ceremony: an old veteran down, not breathing, a nurse doing compressions: critical. The veteran ("old"
    # 60-90), the nurse and somebody running for the AED persons; "just" now.
    dict(written="One of the old veterans in his dress uniform just went down at the ceremony in Maple Square, no breathing! A nurse from the crowd started compressions. Somebody ran to City Hall for the AED.",
         spoken="one of the old veterans in his dress uniform just went down at the ceremony in maple square no breathing a nurse from the crowd started compressions somebody ran to city hall for the a e d",
         at="2037-11-11 11:08", entities=[P(count="1", sex="male", age="60-90"), P(count="1"), P(count="1"), ("now",)],
         places=[("landmark", "Maple Square")], category="medical", priority="critical"),
    # An elderly husband: his wife dropped her fork, can't find her words and her right hand is weak, "about a quarter of
    # an hour ago": a stroke (a life at risk, critical). The wife a person (her stated age not annotated); "224 Hawthorn
    # Avenue" the address.
    dict(written="My wife dropped her fork at lunch about a quarter of an hour ago and since then she can't find her words, she says window when she means water. Her right hand won't grip and she's confused. She's 79. We're at 224 Hawthorn Avenue, come to the side door.",
         spoken="my wife dropped her fork at lunch about a quarter of an hour ago and since then she can't find her words she says window when she means water her right hand won't grip and she's confused she's seventy nine we're at two twenty four hawthorne avenue come to the side door",
         at="2037-11-10 12:25", entities=[P(count="1", sex="female"), ("ago", 15)],
         places=[("address", 224, "Hawthorn Avenue")], category="medical", priority="critical"),
    # A 9-year-old typing: mom snoring-sounding then silent behind a locked bathroom door: critical. The mom a person;
    # "709 5th street" the address.
    dict(written="my mom fell in the bathtub i heard a big bang. she was making a snoring noise and now she wont talk to me and the door is locked. i am 9. we live at 709 5th street apartment 2",
         spoken="my mom fell in the bath tub i heard a big bang she was making a snoring noise and now she won't talk to me and the door is locked i am nine we live at seven oh nine fifth street apartment two",
         at="2037-11-09 19:45", entities=[P(count="1", sex="female")],
         places=[("address", 709, "5th Street")], category="medical", priority="critical"),
    # EMS at the cinema's Friday the 13th horror double feature: an allergic reaction approx 2110, own EpiPen given,
    # hives and wheezing but talking: high. The patient ("F 20s" 20-29) and her friend persons; theater 3 is the Grand
    # Cinema's ("theater 3" no number of a place).
    dict(written="EMS to Grand Cinema, theater 3: F 20s, ate candy containing peanuts approx 2110, known allergy, self-administered EpiPen. Hives on face and neck, wheezing, speaking in full sentences. Friend on scene.",
         spoken="e m s to grand cinema theater three female twenties ate candy containing peanuts approximately twenty one ten known allergy self administered epi pen hives on face and neck wheezing speaking in full sentences friend on scene",
         at="2037-11-13 21:16", entities=[P(count="1", sex="female", age="20-29"), ("local", "2037-11-13 21:10"), P(count="1")],
         places=[("landmark", "Grand Cinema")], category="medical", priority="high"),
    # "Yesterday afternoon" (14:00 the day before) a mother dizzy while raking fell in her yard; this morning she cannot
    # stand on the ankle: an injury, lowered to medium (hours old). The mother a person; "618 3rd Street" the address.
    dict(written="Yesterday afternoon my mother got lightheaded raking in her yard at 618 3rd Street and went down on her ankle. She told me on the phone it was nothing. I came by this morning and it's black and blue up to the shin and she can't put any weight on it at all.",
         spoken="yesterday afternoon my mother got lightheaded raking in her yard at six eighteen third street and went down on her ankle she told me on the phone it was nothing i came by this morning and it's black and blue up to the shin and she can't put any weight on it at all",
         at="2037-11-13 08:15", entities=[("local", "2037-11-12 14:00"), P(count="1", sex="female")],
         places=[("address", 618, "3rd Street")], category="medical", priority="medium"),
    # Non-native co-worker: an arm opened on a tyre machine, bleeding through towels, pale and sleepy: a life at risk
    # (critical). The co-worker a person; "150 Station Road" the address.
    dict(written="Please come fast to the tire shop, 150 Station Road. My coworker the tire machine catch his arm and open it, so much blood, we press with shop rags and it come through all of them. His face go white like paper and he want to sleep.",
         spoken="please come fast to the tire shop one fifty station road my co worker the tire machine catch his arm and open it so much blood we press with shop rags and it come through all of them his face go white like paper and he want to sleep",
         at="2037-11-14 11:50", entities=[P(count="1", sex="male")],
         places=[("address", 150, "Station Road")], category="medical", priority="critical"),

    # ---------------------------------------------------------------- robbery
    # A knifepoint demand for oxycodone two minutes ago: an armed robbery (critical). The man ("in his thirties" 30-39,
    # grey hoodie, black gloves), the pharmacist persons; "toward Walnut" a street alone.
    dict(written="I'm the tech at Main Street Pharmacy. Two minutes ago a man came over the counter with a knife, put it against our pharmacist's ribs and made her empty the oxycodone drawer into a grocery bag. He ran out toward Walnut on foot. Thirties, grey hoodie, black gloves.",
         spoken="i'm the tech at main street pharmacy two minutes ago a man came over the counter with a knife put it against our pharmacist's ribs and made her empty the oxycodone drawer into a grocery bag he ran out toward wallnut on foot thirties grey hoodie black gloves",
         at="2037-11-12 17:22", entities=[("ago", 2), P(count="1", sex="male", age="30-39", clothing=["grey hoodie", "black gloves"]), W("knife"), P(count="1", sex="female")],
         places=[("landmark", "Main Street Pharmacy")], category="robbery", priority="critical"),
    # A mother relaying her son's robbery an hour before: two teenage boys pushed him off his bike and took his phone:
    # robbery, high. The son and the two boys ("teenagers" 13-19) persons; his bike a bicycle; "about an hour ago" 60
    # minutes; "near Lincoln Elementary" relative.
    dict(written="I need to report that my son got robbed walking his bike home near Lincoln Elementary about an hour ago. Two teenage boys pushed him off the bike and took his phone out of his hand, then ran toward Pine. He has a scraped-up cheek. One of them had a black puffy coat.",
         spoken="i need to report that my son got robbed walking his bike home near lincon elementary about an hour ago two teenage boys pushed him off the bike and took his phone out of his hand then ran toward pine he has a scraped up cheek one of them had a black puffy coat",
         at="2037-11-10 16:30", entities=[P(count="1", sex="male"), V(type="bicycle"), ("ago", 60), P(count="2", sex="male", age="13-19"), P(count="1", sex="male", clothing=["black coat"])],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="robbery", priority="high"),
    # Veterans Day: the poppy donation can torn from an old veteran who was shoved down and bleeding: robbery, high. The
    # thief ("young guy" 18-29, black beanie) and the veteran (old, 60-90) persons; red Hyundai Elantra with a partial
    # plate ("8K"); "ten minutes ago" (not lifted above high); "outside FreshMart" relative.
    dict(written="Ten minutes ago outside FreshMart a young guy in a black beanie grabbed the poppy donation can from the old veteran who sits by the doors and shoved him down, he's bleeding from his elbow. The guy jumped in a red Hyundai Elantra, plate started with 8 K.",
         spoken="ten minutes ago outside fresh mart a young guy in a black beanie grabbed the poppy donation can from the old veteran who sits by the doors and shoved him down he's bleeding from his elbow the guy jumped in a red hyundai elantra plate started with eight k",
         at="2037-11-11 15:10", entities=[("ago", 10), P(count="1", sex="male", age="18-29", clothing=["black beanie"]), P(count="1", sex="male", age="60-90"), V(colour="red", make="hyundai", model="elantra", plate="8K")],
         places=[("relative", ("landmark", "FreshMart Supermarket"))], category="robbery", priority="high"),
    # Told the next morning: two men with a gun took a wallet and a watch "last night about 11:30": armed, lowered from
    # critical to high (hours old). The two men 2 male; "a gun" gun; the caller's dad (absent) not annotated; "the
    # alley behind the Corner Cafe" relative.
    dict(written="Reporting something from last night about 11:30. I took the alley behind the Corner Cafe to my car and two men stepped out from behind the grease bins, one pushed a gun into my stomach. They got my wallet and the watch my dad left me. I was too shaky to phone anyone till now.",
         spoken="reporting something from last night about eleven thirty i took the alley behind the corner cafe to my car and two men stepped out from behind the grease bins one pushed a gun into my stomach they got my wallet and the watch my dad left me i was too shaky to phone anyone till now",
         at="2037-11-14 09:10", entities=[("local", "2037-11-13 23:30"), P(count="2", sex="male"), W("gun")],
         places=[("relative", ("landmark", "Corner Cafe"))], category="robbery", priority="high"),
    # A pizza driver's dispatch report: two males in their late teens took pizzas and the cash bag, one showing a knife,
    # approx 2040: an armed robbery (critical). The driver is the caller (not annotated); "late teens" 17-19; "1112 Willow
    # St" the address.
    dict(written="Robbery just occurred, 1112 Willow St approx 2040. Delivery driver (RP) states 2 M, late teens, met him at the curb, one displayed a folding knife and took 3 pizzas and the cash bag, approx $180. Fled on foot EB through the yards.",
         spoken="robbery just occurred eleven twelve willo street approximately twenty forty delivery driver r p states two males late teens met him at the curb one displayed a folding knife and took three pizzas and the cash bag approximately one hundred eighty dollars fled on foot east bound through the yards",
         at="2037-11-13 20:46", entities=[("local", "2037-11-13 20:40"), P(count="2", sex="male", age="17-19"), W("knife")],
         places=[("address", 1112, "Willow Street")], category="robbery", priority="critical"),
    # The holiday craft fair: a woman yanked a cash box from an old vendor, knocking her into the table, "just now":
    # robbery, high. The woman ("in her forties" 40-49, purple coat) and the vendor (older, 60-90) persons; the gym is
    # Lincoln Elementary's.
    dict(written="Lincoln Elementary craft fair. A woman just yanked the cash box off Mrs. Dunn's quilt table, Mrs. Dunn's an older lady and she held on and got dragged into the table. The woman ran out the side door. Forties, long purple coat.",
         spoken="lincoln elementary craft fair a woman just yanked the cash box off missus dunn's quilt table missus dunn's an older lady and she held on and got dragged into the table the woman ran out the side door forties long purple coat",
         at="2037-11-14 11:35", entities=[P(count="1", sex="female", age="40-49", clothing=["purple coat"]), P(count="1", sex="female", age="60-90"), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="robbery", priority="high"),

    # ---------------------------------------------------------------- assault
    # The playoff game: a father out of the stands punching a referee on the ground, "right now": assault, high. The
    # father ("maybe 40" 37-43, green jacket), the referee and the players (2+) persons.
    dict(written="A father jumped down out of the stands at the Oakford High playoff game and he's on top of the ref punching him right now! The ref's on the ground, the players are trying to pull him off. Maybe 40, green jacket.",
         spoken="a father jumped down out of the stands at the oakford high playoff game and he's on top of the ref punching him right now the ref's on the ground the players are trying to pull him off maybe forty green jacket",
         at="2037-11-13 20:30", entities=[P(count="1", sex="male", age="37-43", clothing=["green jacket"]), P(count="1", sex="male"), ("now",), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="assault", priority="high"),
    # Through the ceiling: a girlfriend screaming "stop choking me": a woman's life at risk (critical). The neighbour and
    # his girlfriend persons; "508 Oak" the address.
    dict(written="My upstairs neighbor is throwing his girlfriend around, the whole ceiling is shaking, and I just heard her scream stop choking me and then nothing. 508 Oak Street, they're in 2B.",
         spoken="my up stairs neighbor is throwing his girlfriend around the whole ceiling is shaking and i just heard her scream stop choking me and then nothing five oh eight oak street they're in two b",
         at="2037-11-10 01:40", entities=[P(count="1", sex="male"), P(count="1", sex="female"), ("now",)],
         places=[("address", 508, "Oak Street")], category="assault", priority="critical"),
    # Road rage at a signal dark from the outage: a pickup driver shoved a cyclist off his bike and "is kicking" him
    # "right now": assault, high. Silver Ram pickup with its plate (CVX3318); the driver (big 'heavy', orange safety vest)
    # and the cyclist persons, his bike a bicycle; "Main and 9th" the intersection.
    dict(written="Main and 9th, the light's out. A guy on a bicycle slapped the hood of a silver Ram pickup that nearly hit him and the driver jumped out, shoved him off the bike and is kicking him on the pavement right now. Big guy, orange safety vest. Plate CVX 3318.",
         spoken="maine and ninth the light's out a guy on a bicycle slapped the hood of a silver ram pick up that nearly hit him and the driver jumped out shoved him off the bike and is kicking him on the pavement right now big guy orange safety vest plate charlie victor x-ray three three one eight",
         at="2037-11-10 08:20", entities=[P(count="1", sex="male"), V(type="bicycle"), V(colour="silver", make="ram", type="pickup", plate="CVX3318"), P(count="1", sex="male", build="heavy", clothing=["orange vest"]), ("now",)],
         places=[("intersection", "Main Street", "9th Street")], category="assault", priority="high"),
    # Told on the Friday: at Wednesday's parade a man shoved an 80-year-old mother off the curb and broke her wrist:
    # assault, lowered to medium (days old). The man (tall, red hat) and the mother persons; "Wednesday" no time; "by
    # Rosie's Bakery" relative.
    dict(written="On Wednesday at the parade a tall man in a red Patriots hat shoved my 80-year-old mother off the curb by Rosie's Bakery so his kids could see. She broke her wrist. He saw her fall and just turned around. I want it reported.",
         spoken="on wednesday at the parade a tall man in a red patriots hat shoved my eighty year old mother off the curb by rosies bakery so his kids could see she broke her wrist he saw her fall and just turned around i want it reported",
         at="2037-11-13 10:05", entities=[P(count="1", sex="male", height="tall", clothing=["red hat"]), P(count="1", sex="female"), P(count="2+")],
         places=[("relative", ("landmark", "Rosie's Bakery"))], category="assault", priority="medium"),
    # Mall security shorthand: a male in his 20s punched a kiosk employee approx 1425: assault, high. The subject ("M
    # 20s" 20-29, black tracksuit) and the employee persons; "toward Birch" a street alone.
    dict(written="Northgate Mall security: M 20s struck a F employee at the phone case kiosk, food court, w/ closed fist approx 1425 after a refund dispute. Vic has swelling L eye. Subj fled on foot toward Birch, black tracksuit.",
         spoken="northgate mall security male twenties struck a female employee at the phone case kiosk food court with closed fist approximately fourteen twenty five after a refund dispute victim has swelling left eye subject fled on foot toward burch black track suit",
         at="2037-11-15 14:31", entities=[P(count="1", sex="male", age="20-29", clothing=["black tracksuit"]), P(count="1", sex="female"), ("local", "2037-11-15 14:25")],
         places=[("landmark", "Northgate Mall")], category="assault", priority="high"),
    # Non-native mother: her husband hit their son with a belt this morning, marks on his back, the husband at work: a
    # child injured (high). The husband and the son persons (the son's stated age not annotated); "this morning" no
    # time; "1017 Spruce" the address.
    dict(written="My husband hit my son with his belt this morning because he spill the milk. Many red marks on his back and on his leg, he is 7. Now my husband go to work and I am scared when he come home. We live 1017 Spruce Street.",
         spoken="my husband hit my son with his belt this morning because he spill the milk many red marks on his back and on his leg he is seven now my husband go to work and i am scared when he come home we live ten seventeen spruse street",
         at="2037-11-09 10:30", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("address", 1017, "Spruce Street")], category="assault", priority="high"),

    # ---------------------------------------------------------------- burglary
    # The craft fair's second day: a custodian watching two people with flashlights in the school cafeteria where the
    # vendors left their stock, "right now" at 4 in the morning: burglary, high. The two people 2 (no sex said), the
    # cafeteria is Lincoln Elementary's.
    dict(written="Head custodian at Lincoln Elementary. I'm watching the cameras from home and right now there's two people with flashlights inside the cafeteria where the craft fair vendors left all their stuff overnight. They're stuffing it into contractor bags. Nobody should be in there till 8.",
         spoken="head custodian at lincoln elementary i'm watching the cameras from home and right now there's two people with flash lights inside the cafeteria where the craft fair vendors left all their stuff over night they're stuffing it into contractor bags nobody should be in there till eight",
         at="2037-11-15 04:10", entities=[("now",), P(count="2")],
         places=[("landmark", "Lincoln Elementary School")], category="burglary", priority="high"),
    # Alarm company: rear door then interior motion at a coin shop, 0338 hrs, three minutes before: burglary raised to
    # high (within 15 minutes). "622 Main St" the address.
    dict(written="Monitoring center: Harbor Coin and Stamp, 622 Main St. Back door opened 0338 hrs, then showroom motion and a glass-break sensor. Owner notified and driving in, ETA 20.",
         spoken="monitoring center harbor coin and stamp six twenty two main street back door opened oh three thirty eight hours then show room motion and a glass break sensor owner notified and driving in e t a twenty",
         at="2037-11-12 03:41", entities=[("local", "2037-11-12 03:38")],
         places=[("address", 622, "Main Street")], category="burglary", priority="high"),
    # Back from the parade: the back door kicked in, a TV and service medals gone; no time of the break-in said ("at
    # noon" is when the family came home): burglary, medium. "340 Maple Avenue" the address.
    dict(written="We went to the Veterans Day parade and when we got home at noon the back door was busted open. Somebody took the TV and my own service medals out of the case on the mantel. The medals are what matter. 340 Maple Avenue.",
         spoken="we went to the veterans day parade and when we got home at noon the back door was busted open somebody took the t v and my own service medals out of the case on the mantel the medals are what matter three forty maple avenue",
         at="2037-11-11 12:25", entities=[P(count="1")],
         places=[("address", 340, "Maple Avenue")], category="burglary", priority="medium"),
    # A garage entered "sometime overnight" (02:00), told at 10:15: lowered to low (hours old). Someone a person; "915
    # Willow" the address.
    dict(written="Sometime overnight someone cut the lock on my detached garage at 915 Willow and took my snowblower and two chainsaws. There's drag marks across the lawn to the alley.",
         spoken="sometime over night someone cut the lock on my detached garage at nine fifteen willow and took my snow blower and two chain saws there's drag marks across the lawn to the alley",
         at="2037-11-10 10:15", entities=[("local", "2037-11-10 02:00"), P(count="1")],
         places=[("address", 915, "Willow Street")], category="burglary", priority="low"),
    # A teenager's text: a man climbing in the window of the empty house next door "rn" (right now): burglary, high. The
    # man (black hoodie; a flashlight no weapon) a person; "1008 8th street" the address (said with "i think").
    dict(written="theres a guy climbing in the side window of the empty house next to us rn, its 1008 8th street i think. he has a flashlight and a black hoodie. my parents arent home",
         spoken="there's a guy climbing in the side window of the empty house next to us right now it's ten oh eight eighth street i think he has a flash light and a black hoodie my parents aren't home",
         at="2037-11-13 21:25", entities=[P(count="1", sex="male", clothing=["black hoodie"]), ("now",)],
         places=[("address", 1008, "8th Street")], category="burglary", priority="high"),
    # The booster club's concession stand entered during or after the game "last night" (23:00), told Saturday morning:
    # lowered to low. Somebody a person; the stand is Oakford High's.
    dict(written="I'm the booster club treasurer. Somebody pried the plywood shutter off the concession stand at the high school field last night after the game and got the cash box, maybe $600 from the playoff crowd. I locked it myself.",
         spoken="i'm the booster club treasurer somebody pried the ply wood shutter off the concession stand at the high school field last night after the game and got the cash box maybe six hundred dollars from the playoff crowd i locked it myself",
         at="2037-11-14 08:40", entities=[P(count="1"), ("local", "2037-11-13 23:00")],
         places=[("landmark", "Oakford High School")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # The craft fair: an older woman slipping earrings into her purse and still walking the booths (no time said; a
    # present progressive does not lift a medium call): theft, medium. The woman (older 60-90, green coat); the gym is
    # Lincoln Elementary's.
    dict(written="At the craft fair at Lincoln Elementary, an older woman in a green coat slipped three pairs of my handmade earrings into her purse while I was wrapping something for another customer. She's still walking around the gym going booth to booth.",
         spoken="at the craft fair at lincoln elementary an older woman in a green coat slipped three pairs of my hand made earrings into her purse while i was wrapping something for another customer she's still walking around the gym going booth to booth",
         at="2037-11-14 12:50", entities=[P(count="1", sex="female", age="60-90", clothing=["green coat"]), P(count="1")],
         places=[("landmark", "Lincoln Elementary School")], category="theft", priority="medium"),
    # A catalytic converter being sawn off "right now": theft, high. The neighbour's Prius (toyota prius), the white Ford
    # Transit; the two men (2 male) and the lookout in a grey hoodie a person of his own; "1120 Oak" the address.
    dict(written="There's a saw screaming under my neighbor's Prius right now, 1120 Oak. Two guys, one's lying under the car and the other one's standing lookout in a grey hoodie. They came in a white Ford Transit parked with its back doors open.",
         spoken="there's a saw screaming under my neighbor's prius right now eleven twenty oak two guys one's lying under the car and the other one's standing look out in a grey hoodie they came in a white ford transit parked with its back doors open",
         at="2037-11-12 04:20", entities=[V(make="toyota", model="prius"), ("now",), P(count="2", sex="male"), P(count="1", sex="male", clothing=["grey hoodie"]), V(colour="white", make="ford", model="transit")],
         places=[("address", 1120, "Oak Street")], category="theft", priority="high"),
    # A doorbell camera: a woman took a package "yesterday around 2:15 pm": theft lowered to low. The woman (red coat);
    # silver Kia Sorento; "1144 Birch" the address.
    dict(written="A woman in a red coat took the box off my front steps yesterday around 2:15 pm, it's all on my Ring video. She climbed into a silver Kia Sorento idling out front. 1144 Birch Street. It was a birthday present for my granddaughter.",
         spoken="a woman in a red coat took the box off my front steps yesterday around two fifteen p m it's all on my ring video she climbed into a silver kia sorento idling out front eleven forty four burch street it was a birthday present for my granddaughter",
         at="2037-11-13 09:30", entities=[P(count="1", sex="female", clothing=["red coat"]), ("local", "2037-11-12 14:15"), V(colour="silver", make="kia", model="sorento")],
         places=[("address", 1144, "Birch Street")], category="theft", priority="low"),
    # The day after the parade: a man on a ladder cutting the hometown-hero banners off the light poles "right now":
    # theft, high. The man (yellow jacket), the black Chevy Tahoe; "Main between 4th and 5th" the block.
    dict(written="There's a man on a ladder cutting down the hometown hero banners from the light poles on Main between 4th and 5th right now and loading them into a black Chevy Tahoe. Those are our veterans' faces. Yellow rain jacket. He's not town, there's no town truck.",
         spoken="there's a man on a ladder cutting down the home town hero banners from the light poles on maine between fourth and fifth right now and loading them into a black chevy tahoe those are our veterans faces yellow rain jacket he's not town there's no town truck",
         at="2037-11-12 06:55", entities=[P(count="1", sex="male", clothing=["yellow jacket"]), ("now",), V(colour="black", make="chevrolet", model="tahoe")],
         places=[("block", 400, "Main Street")], category="theft", priority="high"),
    # The outage: a running generator rolled off the porch about 40 minutes ago: theft, medium. Someone a person; "612
    # 2nd Street" the address.
    dict(written="Someone unplugged my generator while it was running on the porch and rolled it off, about 40 minutes ago. I heard it cut out and thought it ran out of gas. My freezer's on it. 612 2nd Street.",
         spoken="someone unplugged my generator while it was running on the porch and rolled it off about forty minutes ago i heard it cut out and thought it ran out of gas my freezer's on it six twelve second street",
         at="2037-11-10 00:45", entities=[P(count="1"), ("ago", 40)],
         places=[("address", 612, "2nd Street")], category="theft", priority="medium"),
    # Store loss prevention: a woman in her 30s concealed baby formula approx 1535 and left in a tan Odyssey going west:
    # theft, medium (35 minutes before, not lifted). The woman ("F 30s" 30-39), tan Honda Odyssey; "on Oak" a street.
    dict(written="FreshMart loss prevention. F 30s concealed approx $200 in baby formula in a diaper bag, passed all points of sale approx 1535 and left in a tan Honda Odyssey WB on Oak. Did not get the plate.",
         spoken="fresh mart loss prevention female thirties concealed approximately two hundred dollars in baby formula in a diaper bag passed all points of sale approximately fifteen thirty five and left in a tan honda odyssey west bound on oak did not get the plate",
         at="2037-11-15 16:10", entities=[P(count="1", sex="female", age="30-39"), ("local", "2037-11-15 15:35"), V(colour="tan", make="honda", model="odyssey", direction="west")],
         places=[("landmark", "FreshMart Supermarket")], category="theft", priority="medium"),
    # The brass name plaques unscrewed from six memorial benches by the river "since the ceremony Wednesday" (no time):
    # theft, medium. Somebody a person; the river walk is Riverside Park's.
    dict(written="Somebody unscrewed the brass name plaques off six of the memorial benches along the river walk in Riverside Park, they were there at the ceremony Wednesday. My grandfather's was one. You can see the screw holes and scratches where they pried.",
         spoken="somebody unscrewed the brass name plaques off six of the memorial benches along the river walk in river side park they were there at the ceremony wednesday my grandfather's was one you can see the screw holes and scratches where they pried",
         at="2037-11-13 14:40", entities=[P(count="1")],
         places=[("landmark", "Riverside Park")], category="theft", priority="medium"),

    # ---------------------------------------------------------------- traffic
    # Windstorm: a car driven into a fallen tree on River Road, the driver not moving: critical. A blue Subaru (no type
    # word); the driver a person; "River Road by 11th" the intersection.
    dict(written="A big tree's down across River Road by 11th and a blue Subaru drove right into it, the whole front's under the trunk. The driver's not moving and I can't get the door open. Wires are down too so I'm staying back.",
         spoken="a big tree's down across river road by eleventh and a blue subaru drove right into it the whole front's under the trunk the driver's not moving and i can't get the door open wires are down too so i'm staying back",
         at="2037-11-09 21:40", entities=[V(colour="blue", make="subaru"), P(count="1")],
         places=[("intersection", "River Road", "11th Street")], category="traffic", priority="critical"),
    # A hit-and-run on a boy on a bike five minutes ago: an injury (high). Black BMW with a partial plate ("HQP") going
    # west; the kid and his bike; "Elm and 3rd" the intersection.
    dict(written="A black BMW just clipped a kid on a bike at Elm and 3rd about five minutes ago and didn't even slow down, went west on Elm. Plate started H Q P. The kid's on the grass by the stop sign clutching his knee, his bike's folded in half.",
         spoken="a black b m w just clipped a kid on a bike at elm and third about five minutes ago and didn't even slow down went west on elm plate started hotel quebec papa the kid's on the grass by the stop sign clutching his knee his bike's folded in half",
         at="2037-11-11 13:45", entities=[V(colour="black", make="bmw", plate="HQP", direction="west"), P(count="1", sex="male"), V(type="bicycle"), ("ago", 5)],
         places=[("intersection", "Elm Street", "3rd Street")], category="traffic", priority="high"),
    # A garbage truck's burst hydraulic line spraying fluid across Maple and 6th, cars sliding: a road hazard, traffic,
    # medium (no time said; "are sliding" does not lift a medium call). Green garbage truck a truck; its driver a person.
    dict(written="A hydraulic hose burst on a green garbage truck at Maple and 6th and it sprayed slick fluid across the whole intersection. Cars are sliding when they brake. The driver's putting down kitty litter but it's a big area.",
         spoken="a hydraulic hose burst on a green garbage truck at maple and sixth and it sprayed slick fluid across the whole intersection cars are sliding when they brake the driver's putting down kitty litter but it's a big area",
         at="2037-11-14 09:50", entities=[V(colour="green", type="truck"), P(count="1")],
         places=[("intersection", "Maple Avenue", "6th Street")], category="traffic", priority="medium"),
    # A motorcycle down on wet leaves at Kingsley and 4th, the rider limping and the bike leaking fuel: an injury (high).
    # Orange Kawasaki motorcycle; the rider a person; "Kingsley and 4th" the intersection.
    dict(written="Motorcycle just went down on the wet leaves at Kingsley and 4th. Orange Kawasaki, it slid into the curb and gas is running out of it. The rider got up but he's limping bad and his jeans are torn open at the knee.",
         spoken="motorcycle just went down on the wet leaves at kingsly and fourth orange kawasaki it slid into the curb and gas is running out of it the rider got up but he's limping bad and his jeans are torn open at the knee",
         at="2037-11-14 16:15", entities=[V(colour="orange", make="kawasaki", type="motorcycle"), P(count="1", sex="male", clothing=["jeans"]), ("now",)],
         places=[("intersection", "Kingsley Avenue", "4th Street")], category="traffic", priority="high"),
    # A parked car backed into "Yesterday evening around 6", told the next morning: lowered to low. Grey Toyota Tacoma
    # with its plate (LRK5590); the caller's own car no vehicle; the witness a person; the Corner Cafe's lot the cafe.
    dict(written="Yesterday evening around 6 in the Corner Cafe lot a grey Toyota Tacoma reversed out of its spot, crunched my rear bumper and drove off. A girl who works the counter jotted down the plate, LRK 5590.",
         spoken="yesterday evening around six in the corner cafe lot a grey toyota tacoma reversed out of its spot crunched my rear bumper and drove off a girl who works the counter jotted down the plate l r k five five nine zero",
         at="2037-11-15 09:20", entities=[("local", "2037-11-14 18:00"), V(colour="grey", make="toyota", model="tacoma", plate="LRK5590"), P(count="1", sex="female")],
         places=[("landmark", "Corner Cafe")], category="traffic", priority="low"),
    # A roof's metal sheeting blown across 10th by Walnut, cars swerving: a road hazard, traffic, medium. "10th Street by
    # Walnut" the intersection.
    dict(written="The wind peeled a big sheet of metal roofing off somebody's barn and it landed flat across 10th Street by Walnut. Two cars have already run over the edge of it and one has a flat.",
         spoken="uh the wind peeled a big sheet of metal roofing off somebody's barn and it landed flat across tenth street by wall nut two cars have already run over the edge of it and one has a flat",
         at="2037-11-10 06:45", entities=[],
         places=[("intersection", "10th Street", "Walnut Street")], category="traffic", priority="medium"),

    # ---------------------------------------------------------------- drugs
    # A mother in a daycare drop-off line smoking from a glass pipe with two small children strapped in behind her, "right
    # now": drugs, raised once to medium (children; raises do not stack). The woman (pink hoodie), the two children 2;
    # black Chrysler Pacifica; "860 Pine Street" the address.
    dict(written="I'm in the drop-off line at Little Acorns daycare, 860 Pine Street, and the mom in the black Chrysler Pacifica ahead of me is smoking out of a glass pipe right now with two little ones buckled in behind her. Pink hoodie. She's about to walk them inside.",
         spoken="i'm in the drop off line at little acorns daycare eight sixty pine street and the mom in the black chrysler pacifica ahead of me is smoking out of a glass pipe right now with two little ones buckled in behind her pink hoodie she's about to walk them inside",
         at="2037-11-12 07:50", entities=[V(colour="black", make="chrysler", model="pacifica"), P(count="1", sex="female", clothing=["pink hoodie"]), ("now",), P(count="2")],
         places=[("address", 860, "Pine Street")], category="drugs", priority="medium"),
    # A web tip with no place: a seller of pills in a students' group chat (a habit told in the simple present): low.
    dict(written="Web tip: A guy who calls himself Frosty sells Adderall and what he calls study packs through a group chat a lot of the juniors are in. He posts prices every Sunday night and meets people wherever they want. I have screenshots.",
         spoken="web tip a guy who calls himself frosty sells adderall and what he calls study packs through a group chat a lot of the juniors are in he posts prices every sunday night and meets people wherever they want i have screen shots",
         at="2037-11-15 21:30", entities=[P(count="1", sex="male")],
         places=[], category="drugs", priority="low"),
    # Needles found under the footbridge "this morning" (no time): drugs, low. Riverside Park's footbridge is the park.
    dict(written="I walk my dog at Riverside Park and this morning there were about a dozen needles and a burnt spoon under the footbridge by the boat launch. It's the third time this month.",
         spoken="i walk my dog at riverside park and this morning there were about a dozen needles and a burnt spoon under the foot bridge by the boat launch it's the third time this month",
         at="2037-11-14 10:00", entities=[],
         places=[("landmark", "Riverside Park")], category="drugs", priority="low"),
    # A pharmacist: a woman bringing painkiller prescriptions under different names every few days (a habit, no time):
    # drugs, low. The woman (blonde no clothing) a person; blue Nissan Sentra; the drive-up window is the pharmacy's.
    dict(written="Pharmacist at Main Street Pharmacy. The same woman has come to our drive-up window four times in two weeks with oxycodone scripts under four different names from three different doctors. Blonde, drives a blue Nissan Sentra. I held today's. I think the scripts are forged.",
         spoken="pharmacist at main street pharmacy the same woman has come to our drive up window four times in two weeks with oxycodone scripts under four different names from three different doctors blonde drives a blue nissan sentra i held today's i think the scripts are forged",
         at="2037-11-11 19:20", entities=[P(count="1", sex="female"), V(colour="blue", make="nissan", model="sentra")],
         places=[("landmark", "Main Street Pharmacy")], category="drugs", priority="low"),
    # Dispatch: a meth smell from an apartment where two kids live: drugs, medium (children at risk). The two kids 2;
    # "1125 Chestnut" the address.
    dict(written="RP advises ammonia and burning plastic odor seeping under the door of apt 3 at 1125 Chestnut, suspects a meth lab. Two small kids live in the unit. Odor worse at night.",
         spoken="r p advises ammonia and burning plastic odor seeping under the door of apartment three at eleven twenty five chesnut suspects a meth lab two small kids live in the unit odor worse at night",
         at="2037-11-12 20:10", entities=[P(count="2")],
         places=[("address", 1125, "Chestnut Street")], category="drugs", priority="medium"),
    # Crack sold from a porch, one seller showing a pistol in his waistband "right now": drugs, high (a weapon seen). The
    # two men 2 male and the one in a red hoodie a person of his own; "203 Church Street" the address.
    dict(written="They're selling crack off the porch of the blue house at 203 Church Street again, two guys, and the one in the red hoodie just lifted his shirt and there's a pistol in his waistband. Cars pulling up right now.",
         spoken="they're selling crack off the porch of the blue house at two oh three church street again two guys and the one in the red hoodie just lifted his shirt and there's a pistol in his waist band cars pulling up right now",
         at="2037-11-13 18:40", entities=[P(count="2", sex="male"), P(count="1", sex="male", clothing=["red hoodie"]), W("handgun"), ("now",)],
         places=[("address", 203, "Church Street")], category="drugs", priority="high"),

    # ---------------------------------------------------------------- vandalism
    # Friday the 13th: four teenagers egging parked cars "right now": vandalism, medium (teenagers doing the damage are no
    # children at risk). "Birch between 9th and 10th" the 900 block of Birch.
    dict(written="Four teenagers are egging every parked car on Birch between 9th and 10th right now, yelling happy Friday the 13th. They've got a whole carton each.",
         spoken="four teenagers are egging every parked car on burch between ninth and tenth right now yelling happy friday the thirteenth they've got a whole carton each",
         at="2037-11-13 22:05", entities=[P(count="4", age="13-19"), ("now",)],
         places=[("block", 900, "Birch Street")], category="vandalism", priority="medium"),
    # The veterans memorial at Maple Square spray-painted "sometime overnight" (02:00): vandalism, low.
    dict(written="Somebody spray painted the veterans memorial in Maple Square sometime overnight, black paint over the names on the back side. The wreaths from yesterday are ripped apart too.",
         spoken="somebody spray painted the veterans memorial in maple square some time over night black paint over the names on the back side the wreaths from yesterday are ripped apart too",
         at="2037-11-12 07:10", entities=[P(count="1"), ("local", "2037-11-12 02:00")],
         places=[("landmark", "Maple Square")], category="vandalism", priority="low"),
    # Paint stripper poured over the hood and roof of the caller's car "last night" (23:00 the day before): vandalism,
    # low. The caller's own car no vehicle; somebody a person; "Walnut between 2nd and 3rd" the 200 block of Walnut.
    dict(written="Somebody poured paint stripper over the hood and roof of my car last night where I park on Walnut between 2nd and 3rd. The paint is bubbled and peeling off in sheets. There's an empty can in the gutter.",
         spoken="somebody poured paint stripper over the hood and roof of my car last night where i park on wall nut between second and third the paint is bubbled and peeling off in sheets there's an empty can in the gutter",
         at="2037-11-10 07:30", entities=[P(count="1"), ("local", "2037-11-09 23:00")],
         places=[("block", 200, "Walnut Street")], category="vandalism", priority="low"),
    # Mall security shorthand: two male teens keying cars "now running": vandalism, medium. The two (13-19) and the one in
    # a white puffer jacket; the north lot is Northgate Mall's; "toward Cedar" a street alone.
    dict(written="Mall security, north lot of Northgate Mall: 2 M teens keying cars down row F, one in white puffer jacket. Subjects now running toward Cedar.",
         spoken="mall security north lot of northgate mall two male teens keying cars down row f one in white puffer jacket subjects now running toward ceder",
         at="2037-11-14 19:35", entities=[P(count="2", sex="male", age="13-19"), P(count="1", sex="male", clothing=["white jacket"]), ("now",)],
         places=[("landmark", "Northgate Mall")], category="vandalism", priority="medium"),
    # Non-native salon owner: a rock through the shop window found in the morning: vandalism, low. Somebody a person;
    # "1130 Main" the address.
    dict(written="Somebody throw big rock through my shop window, Bella Nails at 1130 Main. I come to open in morning and find glass everywhere on the chairs, the rock is in the middle of floor. Nothing take.",
         spoken="somebody throw big rock through my shop window bella nails at eleven thirty main i come to open in morning and find glass every where on the chairs the rock is in the middle of floor nothing take",
         at="2037-11-14 09:05", entities=[P(count="1")],
         places=[("address", 1130, "Main Street")], category="vandalism", priority="low"),
    # A child typing: a man pulling out the new trees at Lincoln Elementary, told in the present progressive with no time:
    # lifted low to medium. The man a person.
    dict(written="a man is pulling out the little trees our class planted in front of lincoln elementary and throwing them in the road. he already did 4. we can see him from the window",
         spoken="a man is pulling out the little trees our class planted in front of lincoln elementary and throwing them in the road he already did four we can see him from the window",
         at="2037-11-12 10:40", entities=[P(count="1", sex="male")],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="vandalism", priority="medium"),

    # ---------------------------------------------------------------- suspicious vehicle
    # A box truck on the parade route "since 6 this morning" (06:00), nobody in it: low (a time said, hours before). White
    # box truck a truck; "Main and 8th" the intersection.
    dict(written="An unmarked white box truck is parked on the parade route at Main and 8th with nobody in it, it's been there since 6 this morning before they put the barricades up. With everything you hear about, can someone check it before the parade?",
         spoken="an unmarked white box truck is parked on the parade route at maine and eighth with nobody in it it's been there since six this morning before they put the barricades up with everything you hear about can someone check it before the parade",
         at="2037-11-11 08:30", entities=[V(colour="white", type="truck"), ("local", "2037-11-11 06:00")],
         places=[("intersection", "Main Street", "8th Street")], category="suspicious_vehicle", priority="low"),
    # An SUV that "keeps circling" a school bus stop with the driver photographing the kids: medium (children; not lifted
    # twice). Green Ford Escape; the man and the kids 2+; "5th and Cedar" the intersection.
    dict(written="A green Ford Escape keeps looping around 5th and Cedar where the kids wait for the school bus, and the man driving held his phone up at them out the window like he was taking pictures. Third lap.",
         spoken="a green ford escape keeps looping around fifth and ceder where the kids wait for the school bus and the man driving held his phone up at them out the window like he was taking pictures third lap",
         at="2037-11-12 07:40", entities=[V(colour="green", make="ford", model="escape"), P(count="1", sex="male"), P(count="2+")],
         places=[("intersection", "5th Street", "Cedar Street")], category="suspicious_vehicle", priority="medium"),
    # A white van with men in yellow vests "are knocking" door to door claiming to be the power company: a present
    # progressive with no time, low lifted to medium. The two men (yellow vests); "11th between Oak and Maple" the 800
    # block of 11th Street.
    dict(written="A white van with no markings is parked on 11th between Oak and Maple and two guys in yellow vests are knocking on doors claiming to be with the electric utility and wanting to get into basements to check meters. The real line crews all have the big logo trucks.",
         spoken="a white van with no markings is parked on eleventh between oak and maple and two guys in yellow vests are knocking on doors claiming to be with the electric utility and wanting to get into basements to check meters the real line crews all have the big logo trucks",
         at="2037-11-10 14:15", entities=[V(colour="white", type="van"), P(count="2", sex="male", clothing=["yellow vest"])],
         places=[("block", 800, "11th Street")], category="suspicious_vehicle", priority="medium"),
    # "It's 3:20" during the event: a sedan with its lights off behind the closed Corner Cafe: raised to medium (within 15
    # minutes). Black Audi sedan with a partial plate ("GZ"); someone inside a person; the back lot is the cafe's.
    dict(written="It's 3:20 and a black Audi sedan is idling with no headlights in the back lot of the Corner Cafe. They've been closed since 6. Somebody's sitting in it. Plate starts with G Z, couldn't see more.",
         spoken="it's three twenty and a black audi sedan is idling with no headlights in the back lot of the corner cafe they've been closed since six somebody's sitting in it plate starts with g z couldn't see more",
         at="2037-11-14 03:22", entities=[("local", "2037-11-14 03:20"), V(colour="black", make="audi", type="sedan", plate="GZ"), P(count="1")],
         places=[("landmark", "Corner Cafe")], category="suspicious_vehicle", priority="medium"),
    # "Last night around 9" a silver minivan outside the Community Pool for two hours with someone watching: low. "for two
    # hours" a duration; "outside the Community Pool" relative.
    dict(written="Last night around 9 a silver minivan sat outside the Community Pool for two hours with someone in the driver's seat watching the building. The pool's closed for the season. I'm the caretaker and it made me nervous.",
         spoken="last night around nine a silver minivan sat outside the community pool for two hours with someone in the driver's seat watching the building the pool's closed for the season i'm the caretaker and it made me nervous",
         at="2037-11-13 08:50", entities=[("local", "2037-11-12 21:00"), V(colour="silver", type="minivan"), P(count="1")],
         places=[("relative", ("landmark", "Community Pool"))], category="suspicious_vehicle", priority="low"),
    # A red Mazda CX-5 left with its doors open and a window smashed "since Monday": low. "Old Mill Road by Oak" the
    # intersection.
    dict(written="A red Mazda CX-5 has sat on Old Mill Road by Oak since Monday with the driver's door wide open and the back window smashed. No one's come for it. Maybe stolen and dumped?",
         spoken="a red mazda c x five has sat on old mill road by oak since monday with the driver's door wide open and the back window smashed no one's come for it maybe stolen and dumped",
         at="2037-11-12 16:20", entities=[V(colour="red", make="mazda", model="cx-5")],
         places=[("intersection", "Old Mill Road", "Oak Street")], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # The outage: a man with a headlamp trying front doors "right now": suspicious person, medium. The man (tall; a
    # headlamp no clothing); "Spruce between 6th and 7th" the 600 block of Spruce.
    dict(written="Whole street's dark from the outage and there's a tall man with a headlamp going up to the houses on Spruce between 6th and 7th and trying the front doors right now. He just tried mine.",
         spoken="whole street's dark from the outage and there's a tall man with a head lamp going up to the houses on spruse between sixth and seventh and trying the front doors right now he just tried mine",
         at="2037-11-09 23:55", entities=[P(count="1", sex="male", height="tall"), ("now",)],
         places=[("block", 600, "Spruce Street")], category="suspicious_person", priority="medium"),
    # A man offering children money to see puppies in his van outside the library: child luring (high). The man ("in his
    # fifties" 50-59, red jacket), the kids 2+, grey van.
    dict(written="This is the children's librarian. A man in his fifties in a red jacket has been standing outside the library offering kids five dollars to come see the puppies in his grey van. I brought the kids inside. He's still out there.",
         spoken="this is the children's librarian a man in his fifties in a red jacket has been standing outside the library offering kids five dollars to come see the puppies in his grey van i brought the kids inside he's still out there",
         at="2037-11-10 15:40", entities=[P(count="1", sex="male", age="50-59", clothing=["red jacket"]), P(count="2+"), V(colour="grey", type="van")],
         places=[("relative", ("landmark", "Oakford Public Library"))], category="suspicious_person", priority="high"),
    # An elderly caller: a man with a tape measure and a notebook "is measuring" the basement windows of houses on Elm
    # and says the town sent him: a present progressive lifts low to medium. The man ("in his forties" 40-49, orange
    # vest); "Elm between 10th and 11th" the 1000 block of Elm.
    dict(written="I'm 82 and I've lived on this street fifty years. A fellow in an orange vest is measuring the basement windows on every house along Elm between 10th and 11th with a tape measure and writing in a little notebook. When I asked, he said the town sent him, but he had no truck and no badge. Forties, I'd say.",
         spoken="i'm eighty two and i've lived on this street fifty years a fellow in an orange vest is measuring the basement windows on every house along elm between tenth and eleventh with a tape measure and writing in a little note book when i asked he said the town sent him but he had no truck and no badge forties i'd say",
         at="2037-11-11 14:05", entities=[P(count="1", sex="male", age="40-49", clothing=["orange vest"])],
         places=[("block", 1000, "Elm Street")], category="suspicious_person", priority="medium"),
    # Dispatch: a white male about 6 feet, thin, looking into windows approx 0120, eight minutes before: raised to
    # medium. "approx 6'" 6'0"; "black jacket"; "1100 blk Oak" the block.
    dict(written="RP reports W/M approx 6', thin, black jacket, looking into windows of occupied homes in the 1100 blk Oak approx 0120, walking EB. RP's dog alerted.",
         spoken="r p reports white male approximately six foot thin black jacket looking into windows of occupied homes in the eleven hundred block oak approximately oh one twenty walking east bound r p's dog alerted",
         at="2037-11-13 01:28", entities=[P(count="1", sex="male", height="6'0\"", build="thin", clothing=["black jacket"]), ("local", "2037-11-13 01:20")],
         places=[("block", 1100, "Oak Street")], category="suspicious_person", priority="medium"),
    # A woman "has been sitting" in the FreshMart lot and walking over to older shoppers, looking into their purses: a
    # present progressive lifts low to medium. The woman ("in her 30s" 30-39, blue coat), the older shoppers (a habit, generic) not annotated.
    dict(written="A woman in her 30s in a blue coat has been sitting on the cart corral in the FreshMart lot for an hour, and every time an older person is loading groceries she walks over to help and leans into their cart where the purse is. I watched her do it three times.",
         spoken="a woman in her thirties in a blue coat has been sitting on the cart corral in the fresh mart lot for an hour and every time an older person is loading groceries she walks over to help and leans into their cart where the purse is i watched her do it three times",
         at="2037-11-15 11:05", entities=[P(count="1", sex="female", age="30-39", clothing=["blue coat"])],
         places=[("landmark", "FreshMart Supermarket")], category="suspicious_person", priority="medium"),
    # "Yesterday morning around 10" a short man looking in a garage window who asked for a "Dave": low. The man (short,
    # brown Carhartt coat -> brown coat); "427 Pine" the address.
    dict(written="Yesterday morning around 10 a short man in a brown Carhartt coat walked up our driveway at 427 Pine and looked in the garage window. When I opened the door he asked if Dave was home. There's no Dave here. He walked off fast.",
         spoken="yesterday morning around ten a short man in a brown carhartt coat walked up our drive way at four twenty seven pine and looked in the garage window when i opened the door he asked if dave was home there's no dave here he walked off fast",
         at="2037-11-13 11:30", entities=[("local", "2037-11-12 10:00"), P(count="1", sex="male", height="short", clothing=["brown coat"])],
         places=[("address", 427, "Pine Street")], category="suspicious_person", priority="low"),
    # A man who "keeps walking" the station platform looking into bags and followed a lady to her car: a present
    # progressive lifts low to medium. The man ("in his 20s" 20-29, green sweatshirt), the lady; the platform and the
    # lot are Central Station's.
    dict(written="There's a man in his 20s in a green sweatshirt who keeps pacing the platform at Central Station peering into people's bags, he doesn't get on any train. A minute ago he followed a lady out to her car and she locked herself in.",
         spoken="there's a man in his twenties in a green sweatshirt who keeps pacing the platform at central station peering into people's bags he doesn't get on any train a minute ago he followed a lady out to her car and she locked herself in",
         at="2037-11-12 17:50", entities=[P(count="1", sex="male", age="20-29", clothing=["green sweatshirt"]), P(count="1", sex="female"), ("ago", 1)],
         places=[("landmark", "Central Station")], category="suspicious_person", priority="medium"),

    # ---------------------------------------------------------------- disturbance
    # After the playoff win: a crowd of teenagers blasting horns and music at 11:40 pm, five minutes before: raised to
    # medium. "a crowd of teenagers" 3+ 13-19.
    dict(written="It's 11:40 pm and there's a crowd of teenagers in Maple Square blasting air horns and music off a speaker and setting off those popper things, celebrating the playoff win I guess. Some of us have work at 6.",
         spoken="it's eleven forty p m and there's a crowd of teenagers in maple square blasting air horns and music off a speaker and setting off those popper things celebrating the playoff win i guess some of us have work at six",
         at="2037-11-13 23:45", entities=[("local", "2037-11-13 23:40"), P(count="3+", age="13-19")],
         places=[("landmark", "Maple Square")], category="disturbance", priority="medium"),
    # A man screaming at his wife and slamming the car hood with two little kids crying in the back seat "right now":
    # disturbance, medium (children; raises do not stack). The man, the woman and the two kids persons.
    dict(written="In the Corner Cafe parking lot right now a man is screaming at his wife and slamming his fist on the hood of their car, and there's two little kids crying in the back seat. He hasn't touched her that I saw.",
         spoken="in the corner cafe parking lot right now a man is screaming at his wife and slamming his fist on the hood of their car and there's two little kids crying in the back seat he hasn't touched her that i saw",
         at="2037-11-15 10:20", entities=[("now",), P(count="1", sex="male"), P(count="1", sex="female"), P(count="2")],
         places=[("landmark", "Corner Cafe")], category="disturbance", priority="medium"),
    # "Last night around 1" (01:00 the same date) a party with fireworks and screaming until 3: low. The party's people
    # 2+; "until 3" and "every weekend" no times; "128 Cedar" the address.
    dict(written="Last night around 1 the party at 128 Cedar started setting off fireworks in the backyard and screaming, it went on until 3. It's every weekend since they moved in. I'm just putting it on record.",
         spoken="last night around one the party at one twenty eight ceder started setting off fire works in the back yard and screaming it went on until three it's every weekend since they moved in i'm just putting it on record",
         at="2037-11-15 10:00", entities=[("local", "2037-11-15 01:00"), P(count="2+")],
         places=[("address", 128, "Cedar Street")], category="disturbance", priority="low"),
    # Non-native tenant: the man upstairs drumming "now" after midnight and cursing when asked to stop: raised to medium.
    # The man a person; "712 Walnut" the address.
    dict(written="The man upstairs play drums now, it is after midnight. I go up and knock, he open door and scream bad words at me and slam it. I have baby sleeping. Address 712 Walnut Street.",
         spoken="the man up stairs play drums now it is after midnight i go up and knock he open door and scream bad words at me and slam it i have baby sleeping address seven twelve wall nut street",
         at="2037-11-12 00:25", entities=[P(count="1", sex="male"), ("now",), P(count="1")],
         places=[("address", 712, "Walnut Street")], category="disturbance", priority="medium"),
    # A web form about drag races every Friday night after the games: a habit, low. "by Central Station" relative.
    dict(written="Web form: Every Friday night since football season started, after the game lets out, a bunch of cars line up and drag race down Station Road by Central Station. Engines screaming till 1 am. Someone is going to get killed.",
         spoken="web form every friday night since football season started after the game lets out a bunch of cars line up and drag race down station road by central station engines screaming till one a m someone is going to get killed",
         at="2037-11-11 13:15", entities=[],
         places=[("relative", ("landmark", "Central Station"))], category="disturbance", priority="low"),
    # The parade: a man with a megaphone screaming insults at the veterans marching, people getting in his face, "right
    # now": raised to medium. The man (green t-shirt), the veterans 2+ and the people 2+; "Main and 4th" the intersection.
    dict(written="At Main and 4th there's a man with a megaphone screaming insults at the veterans as they march past, and people on the curb are getting in his face. It's about to turn into a fistfight right now. Bald, green t-shirt, no coat.",
         spoken="at maine and fourth there's a man with a mega phone screaming insults at the veterans as they march past and people on the curb are getting in his face it's about to turn into a fist fight right now bald green t shirt no coat",
         at="2037-11-11 10:25", entities=[P(count="1", sex="male", clothing=["green t-shirt"]), P(count="2+"), P(count="2+"), ("now",)],
         places=[("intersection", "Main Street", "4th Street")], category="disturbance", priority="medium"),

    # ---------------------------------------------------------------- other
    # The storm morning: the pavement caved in over a washed-out pipe at 3rd and Oak, a hole filling with water beside the
    # crosswalk kids use: a hazard over people, other, medium. The kids 2+.
    dict(written="After all that rain the road caved in at 3rd and Oak, right by the crosswalk. There's a hole maybe four feet across with water rushing around in the bottom and the asphalt edges are still cracking off. Kids are walking right up to look in it.",
         spoken="after all that rain the road caved in at third and oak right by the cross walk there's a hole maybe four feet across with water rushing around in the bottom and the asphalt edges are still cracking off kids are walking right up to look in it",
         at="2037-11-10 07:35", entities=[P(count="2+")],
         places=[("intersection", "3rd Street", "Oak Street")], category="other", priority="medium"),
    # A 4-year-old lost in the parade crowd ten minutes ago: a missing vulnerable person (high). The daughter (pink coat;
    # her stated age not annotated).
    dict(written="My daughter got separated from us in the crowd at Maple Square about ten minutes ago. She's 4, pink coat, pink hat with a pompom. We've been yelling her name. Please tell the officers at the parade.",
         spoken="my daughter got separated from us in the crowd at maple square about ten minutes ago she's four pink coat pink hat with a pom pom we've been yelling her name please tell the officers at the parade",
         at="2037-11-11 11:20", entities=[P(count="1", sex="female", clothing=["pink coat", "pink hat"]), ("ago", 10), P(count="2+")],
         places=[("landmark", "Maple Square")], category="other", priority="high"),
    # A welfare check: an 88-year-old neighbour not seen, her porch light on three days and papers piled: high (as
    # holdout26's). The neighbour a person; "1162 Birch" the address.
    dict(written="My neighbor at 1162 Birch is 88 and lives alone. Her porch light has been on for three days straight and the newspapers are piling up on her steps. She doesn't answer the phone or the door. Her car hasn't moved.",
         spoken="my neighbor at eleven sixty two burch is eighty eight and lives alone her porch light has been on for three days straight and the news papers are piling up on her steps she doesn't answer the phone or the door her car hasn't moved",
         at="2037-11-14 13:40", entities=[P(count="1", sex="female")],
         places=[("address", 1162, "Birch Street")], category="other", priority="high"),
    # A found wallet with a military ID in the cinema's lot: other, low.
    dict(written="Found a wallet with a military ID and about $40 in it in the Grand Cinema parking lot. I'm holding it at the ticket counter. Not sure who to give it to.",
         spoken="found a wallet with a military i d and about forty dollars in it in the grand cinema parking lot i'm holding it at the ticket counter not sure who to give it to",
         at="2037-11-13 19:15", entities=[],
         places=[("landmark", "Grand Cinema")], category="other", priority="low"),
    # A black bear in the dumpsters behind the bakery with people walking past: other, medium (a hazard over people; not
    # lifted for being recent). "behind Rosie's Bakery" relative.
    dict(written="A black bear is pulling garbage bags out of the dumpster behind Rosie's Bakery right now. People are walking past to their cars and not even noticing it. It's big.",
         spoken="a black bear is pulling garbage bags out of the dumpster behind rosies bakery right now people are walking past to their cars and not even noticing it it's big",
         at="2037-11-12 06:20", entities=[("now",), P(count="2+")],
         places=[("relative", ("landmark", "Rosie's Bakery"))], category="other", priority="medium"),
    # A question with no place: whether the parade closes Main Street and until when (a street alone; "Wednesday" and
    # "11" schedule times): low.
    dict(written="Not an emergency, just a question. Does the Veterans Day parade close Main Street on Wednesday, and until what time? I have a furniture delivery coming at 11 and the driver wants to know.",
         spoken="not an emergency just a question does the veterans day parade close maine street on wednesday and until what time i have a furniture delivery coming at eleven and the driver wants to know",
         at="2037-11-09 16:40", entities=[P(count="1")],
         places=[], category="other", priority="low"),
    # A boy stuck thirty feet up a tree at Riverside Park getting his drone: a child at risk of a fall, other, high (as
    # holdout26's boy on a porch roof). The boy a person.
    dict(written="A boy climbed up the big oak tree at Riverside Park to get his drone and now he's stuck way up, like 30 feet, and the branch he's on is bending. He's crying and won't move. His dad can't reach him.",
         spoken="a boy climbed up the big oak tree at riverside park to get his drone and now he's stuck way up like thirty feet and the branch he's on is bending he's crying and won't move his dad can't reach him",
         at="2037-11-15 13:30", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="other", priority="high"),
]

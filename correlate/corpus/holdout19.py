"""A twentieth hand-written set (90 tips), the blind set after holdout18, written blind: its author read only the corpus
README, the corpus scripts (holdout18.py in full, holdout17.py's docstring and a part of its tips, holdout16.py's
docstring, hand.py's opening and make_corpus.py in full, for the format, the place truth (geometry helpers, hand_place),
the priority helper, hand_records and the set registration; the docstrings of the other holdouts and of train1-3 for the
situations, periods and choices they add, those of holdouts 14 and 15 in full), town.py and config/demo/README.md (the
town data), and the written text of every earlier tip in hand.py, holdouts 1-18 and train1-3, gathered into one list by
importing the modules (with the counts of their label values, to keep to the label vocabulary), searched by keyword and
compared draft by draft by shared four-word runs and content-word overlap, after which about forty-five drafted tips
that came too close to an earlier situation or sentence were rewritten or replaced, some more than once (a
shovelled-walk heart attack, a snowblower fire, a skitching kid, a jackknifed semi on Kingsley by Maple, a sheet of ice
off a truck roof, footprints in the snow to a broken back door, a delivery driver robbed on Hawthorn, a mother who
"sent" a stranger to a bus stop, a man on a garage ledge, and others). It never opened the extractor's source, its
tests, examples or benches, nor the gateway, the ASR, vision, telephony or ONNX code, nor the fuzz targets, nor the
repository README, nor any .jsonl file but its own output, nor read the commit history, nor ran cargo, the extractor,
`tipline` or any evaluation, nor saw any score or miss list. It is the next honest estimate for phrasing the extractor
has never seen.

It is set in the week of the Super Bowl and Valentine's Day 2028 (Tuesday 8 to Monday 14 February) in Oakford: the 100th
day of school at Lincoln Elementary and the free tax-help hours at the Oakford Public Library on the Tuesday; Oakford
High's candy-grams and the Lincoln Elementary PTO's carnation sale; a snow squall with a whiteout at the Thursday
evening rush, a winter parking ban that night and plow piles and unshovelled walks after it; the Sweetheart Dance in the
Oakford High gym on the Friday night; the chili cook-off at the firehouse, a Father-Daughter Dance at City Hall and
skating at Riverside Park on the Saturday; Super Bowl Sunday (the deli and party-sub rush at FreshMart, watch parties at
the Old Mill Brewery, the VFW and in houses, squares pools, wings and pizza, the crowd spilling out of the bars downtown
after the game); and Valentine's Day on the Monday (florists and roses, heart cookies at Rosie's Bakery, dinner seatings
at the Corner Cafe and on Elm and Main, a proposal in Maple Square, the Rotary's lawn hearts). No earlier set is set in
February 2027 or 2028 or in any Valentine's or Super Bowl week, and none has a Super Bowl, a Valentine's Day, a snow
squall or a 100th day of school. New situations: a revolver waved and pointed at a man over a squares pool, a pistol
shown under a coat to an ex-partner at a restaurant window, a handgun fired into the crowd after the game (dispatch),
kitchen knives thrown at a wife over Valentine flowers (non-native), a hunting knife shown to a deli clerk over the last
party sub, a handgun shown at the school dance two days before (a web tip), a scoped rifle carried past children at a
bus stop (a text); a hallway filling with smoke and a family shut in upstairs (non-native), a patio heater in a plastic
dining igloo, a grease fire from frozen wings (a text), a phone charger on a mattress (dispatch), a portable toilet
burned the Friday night (a web report), smoke from a hospital cafeteria ceiling (a text), stove ashes on a porch
(elderly); a girl at the dance who cannot be woken after vodka, an older man going to sleep in the snow, a broken hip on
the pharmacy's ice (EMS), a father fallen off a roof he was clearing (non-native), a grandmother silent after her alert
pendant called, a curling-iron burn infected a day later, a second grader's broken arm on the 100th day; a pistol drawn
from a bouquet at a florist, a tailor elbowed for a customer's coat (non-native), a pocketbook the evening before
(elderly), a revolver at a station ticket window (dispatch), a ring box snatched after a proposal, a scratch ticket's
cash taken by a threat (a text); a face slammed into a bar at a watch party, a woman punched in a car in the mall lot, a
boy shoved down concrete steps after the dance, ice thrown from a car at a crossing guard, a woman punched in the
station waiting room (dispatch), a husband's blows the night before (non-native), an old man shoved into slow cookers at
the chili cook-off (a text); a chocolate shop's alarm (an alarm company), coin boxes pried in a laundry room, somebody
in an old woman's basement, the PTO's carnation money over the weekend (a web report), a noodle shop overnight
(non-native), a house during four nights away (elderly); roses wheeled out of a store, flowers off a porch on a doorbell
camera, an engagement ring grabbed at a jeweller (loss prevention), perfume swept into a bag, a squares board and its
cash at a bar, a clothing donation bin emptied, a boy's bike off a porch (a text); a squall pileup with a driver under a
truck, a drunk driver after the game, a snowbank hiding cross traffic, a car through a bakery's glass front, children
towed on an inner tube behind a pickup, a woman hit crossing Main, a pickup through a fence and a shed that left its
plate behind (a web report); two cars trading boxes in the closed pool's lot, a sedan casing houses nobody shovelled, a
car buried since the squall, an Escalade photographing a cafe's staff (a web tip), a stolen-looking car left running
behind the library, a strange car in a driveway at night; a false modelling scout at the mall, a false flower delivery
man, a false tax helper taking seniors' numbers, a man staring at a house at 1:05 (a text), a false story to draw an old
woman outside (second-hand), a man feeling car hoods for warm engines; pot brownies dressed as candy-grams, coke in a
bar's men's room on game night, weed delivered with pizza (a web tip), teenagers drinking cough syrup behind a gas
station, pills sold from a Charger (a text), powder and a pistol over an old woman's garage (elderly); eggs frozen on a
house that flew the other team's flag, a crowd smashing a bus shelter after the game, the Valentine arches in Maple
Square pulled down, the Rotary's lawn hearts snapped, a truck driven through the third graders' snow village, something
dumped into the town plows' fuel tanks (a text); a bullhorn and a drum at 12:35 (a text), a refused proposal in a full
restaurant, a threat to kill a 13-year-old over a snowball, teenagers holding the library steps (a web tip), drunk men
kicking a door (non-native), a drunk father at the Father-Daughter Dance; a warming hut's roof fallen in on people, a
man with Alzheimer's gone out at 14 degrees, a moose among people taking pictures, a pot-bellied pig in a yard, a
parking-ban question and a romance scam.

Registers: calm, frightened, angry, hesitant ("Not sure who I'm supposed to call", "Not sure who handles this", "Not an
emergency", "Quick question, not an emergency", "Just want it on record", "What can we do?", "Please don't use the
siren", "I'm not going out there", "Really grown up"), elderly ("I'm 86 and I live alone", "I'm 80 years old and my
grandson said I should still call", "I'm 79 and I'm upstairs with my bedroom door locked", "I'm 82", "I'm 77 and I rent
the apartment over my garage"), texts in lower case without apostrophes ("hes not pointing it at anyone", "everybodys
pushing out the exits", "said hed stomp me", "thats all i got", "its 1:05 am", "theyve been at it for like an hour", "my
kids cant sleep", "2 guys"), non-native ("her husband throw a kitchen knife at her and it stick in the door", "it come
under our door", "my father fall from the roof", "take a leather coat of my customer", "Today I arrive 6 o'clock to
open", "I call from my friend house", "they knock on all the doors and shout about the football"), second-hand (a
daughter who saw a gun at the dance, a grandmother's alert pendant, a mother drawn to her door, a father's scam, a
grandson who said to call, tenants who found the laundry room), workplace callers (a hostess, customer service and the
front end at FreshMart, a chaperone, a school nurse, a florist, a tailor, a crossing guard, a VFW bar, a bartender, an
alarm company, a building manager, the PTO, a noodle shop owner, loss prevention, a pharmacy, a bakery counter, a
library director and a reference desk, a cashier, a teacher, Oakford Parks, a front office, a restaurant manager, a
dance volunteer), web-form notes ("Web tip:", "Web report:"), dispatch, EMS and alarm shorthand ("approx 2218", "5-6
rds", "M", "GSW", "200 blk", "3-story", "B side", "RP", "adult F", "F approx 75", "c/o", "L hip", "A&O x4", "w/", "2133
hrs", "M subj", "Subj", "E on Station Rd", "W/M 20s", "5'7\"", "F vic, 20s", "no LOC", "W/M 40s", "6'2\"", "W on Station
Rd", "0248 hrs"), and three self-corrections (a house number, a cross street, a plate), annotated as corrected. Spoken
forms add fillers ("um", "uh", "oh god", "oh my god", "yeah", "hi", "yes hello"), split words ("snow bank", "side walk",
"pick up", "mini van", "drive way", "door bell", "crock pots", "fire house", "cook off", "drop off", "bull horn", "pea
coat", "t boned", "candy grams", "tax help", "e m s", "r p", "p t o", "v f w", "d j"), the usual mishearings (oak ford
high, fresh mart, quick stop, north gate, river side, rosies, maine, hawthorne, willo, ceder, burch, chesnut, wall nut,
mabel, spruse, lincon, old meal road) and a new one ("kings lee" for Kingsley), plates letter by letter ("five h l
nine", "six w"), in the NATO alphabet ("five kilo juliet romeo two two zero"), as "as in" ("k as in king w v three zero
four eight", "d as in david n as in nancy x") and partial ("plate started with 6W", "Plate starts 5HL 9"). Numbers that
are not addresses: "$200", "four kids", "about twenty minutes", "5-6 rds", "register 4", "3-story", "the B side", "40
minutes away", "100th day", "(61)", "the 9:40 to Boston", "5'7\"", "6'2\"", "$500", "about $640", "all six washers and
dryers", "$120", "1.5 carat", "$9,800", "about $1,200", "four whole buckets", "going maybe 30" (a speed, not an age),
"three dozen", "maybe forty people", "six bottles", "the third afternoon", "Number 87", "at least ten cars", "at least
15 min", "Four houses", "ten feet", "14 degrees", "$180", "$11,000", and ages of victims, relatives and callers.
Look-alike words that are not places or entities: "Trattoria Rosa" (not Rosie's Bakery), "the birch logs" (firewood, not
Birch Street), "the bakery counter" at FreshMart (not Rosie's Bakery), "the pay station" (not Central Station), "the
hospital" a husband is in (not the event's place), "Main Street" a father with Alzheimer's used to walk to, "Bloom and
Stem", "Sweet Nothings Chocolates", "Kessler Jewelers", "Donnelly's", "the VFW", "Vigilant Monitoring", "the Rotary",
"Oakford Parks", "the PTO", "the student council", "the Sweetheart Dance", "the Father-Daughter Dance", "the Super
Bowl", "the game", "the football", "Jets" and "Celtics" on clothing, "IKEA", "Boston", "Massachusetts plates", "Army",
"Social Security", "Alzheimer's", "the fire department", "the other team's flag". Tips with no place (a squares board
"at Donnelly's on Market Street", weed with pizza from "the pizza place on Kingsley", a parking-ban question with a car
"on Walnut", a romance scam) and places given only by a street ("toward Walnut", "toward Main", "toward Pine Street",
"up Kingsley", "E on Station Rd", "W on Station Rd", "north on 9th", "toward 10th", "toward 7th", "the curve on
Kingsley", "Main Street" for the paper).

Same format and conventions as hand.py and holdouts 4-18 (written to extraction_holdout19.jsonl), with the choices
holdout6.py to holdout18.py, train1.py and train2.py list (holdout18, then holdout17, then holdout16, then earlier sets
where they differ): every person other than the caller annotated once, also one named through a possessive; a described
member of a group a separate person only with their own attributes; people said to be away, absent or dead not
annotated; partial plates as said; corrected values as corrected; "last night" 23:00 the day before, "overnight" 02:00,
"this afternoon" / "yesterday afternoon" 14:00, "since ..." the start; habits, durations, weekdays, dates, schedule and
future times are not times; "about N" / "maybe N" / "like N" years N-3..N+3, a decade its ten years, teens 13-19,
old/older 60-90, young 18-29; victims', relatives' and callers' stated or estimated ages not annotated, a descriptive
age word for a victim is; a vehicle's type only when a type word is in its description and not when a model describes
the same vehicle; base priorities weapon, fire, medical, robbery, assault high, burglary, theft, traffic medium, the
rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen, low to medium for
children at risk, one step (not above high) for an event still happening (a said time within 15 minutes, or with no time
said a present progressive for a low call), one step lower when more than six hours old (weapons and robberies used
hours or days ago included, as a weapon seen); raises do not stack; child luring and a missing vulnerable person high.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type; a revolver is "handgun" (holdout14), a pistol "handgun", a hunting knife and kitchen knives
  "knife", a scoped rifle "rifle". A revolver pointed at a man's chest, a handgun fired into a crowd, kitchen knives
  thrown at a woman with another in hand and a threat to kill, a pistol pointed at a florist's face and a revolver
  pushed through a ticket window are in use (critical). A pistol shown under an opened coat to a woman at a window, a
  hunting knife shown on a belt to a clerk with a veiled threat, a rifle carried barrel down past children (pointed at
  nobody) and a pistol lying beside drugs on a table are weapons seen (high). A handgun shown in a pocket at the dance
  two days before is a weapon seen days ago, lowered to medium. Not weapons: a shovel pushing snow off a roof, an ice
  scraper smashing a porch light, ice chunks thrown from a car, a bar top a face is slammed into, concrete steps, a
  curling iron, a patio heater.
- Categories: the pistol shown at the restaurant window and the rifle carried past the bus stop are weapon calls (the
  weapon is the event); the pistol by the drugs over a garage is a drugs call with a weapon seen (high, as holdout14's
  dealers). Stove ashes burning a porch with an old woman at her door is fire, high (nobody trapped); a portable toilet
  burned on the Friday night and reported on the Monday is fire lowered to medium (days old, as holdout18's couch). A
  girl who cannot be woken after drinking, an older man going to sleep in the snow and a grandmother silent after her
  alert pendant called are medical, critical; a fall from a roof with fast breathing, awake, is medical, high (no sign
  the conventions name as a life at risk); a burn infected a day later is medical, medium (judged by the burn). A
  customer's coat grabbed with an elbow to the tailor's face is robbery, high (force used to keep it). A boy shoved down
  steps and gurgling is assault, critical. A laundry room's coin boxes pried, no time said, is burglary, medium;
  somebody in an old woman's basement now is high. Children towed on a tube behind a pickup in the road now is traffic,
  high (medium raised for now; children do not stack); a snowbank hiding cross traffic is traffic, medium (a hazard, no
  time said); a pickup through a fence and a shed the night before, nobody hurt, is traffic lowered to low. A sedan
  whose passenger walks up to unshovelled houses is a suspicious vehicle (the car is the circuit), medium; a
  stolen-looking car with "the engine is still running" is medium (a present progressive); a strange car in a driveway
  at 1:40 a.m. is medium (the time said). A false modelling scout trying to get a 13-year-old out to his van is child
  luring (high); a false flower delivery man now knocking next door and a false tax helper taking numbers now are
  suspicious persons, medium; a false story to draw an old woman outside the afternoon before is low. Teenagers drinking
  cough syrup behind a store now and pot brownies sold to students now are drugs, medium (children; raises do not
  stack). Eggs thrown at a house and a car the night before are vandalism, low; hearts snapped and a storm door broken
  now is medium; something dumped into the town plows' fuel tanks now is vandalism (sabotage of property), medium. A
  threat to kill a 13-year-old, no blow, is a disturbance, high (a child in danger, as holdout14's threat); a drunk
  father at a children's dance is medium (children; going on). A warming hut's roof fallen in with a man under the beams
  is other, critical (a rescue, as train2's trench); a man with Alzheimer's out in the cold is other, high (a missing
  vulnerable person); a moose among people is other, medium (as holdout16's goose); a pig in a yard, a parking-ban
  question and a romance scam (as holdout6's gift-card scam) are other, low.
- Vehicles: "Jeep Cherokee" cherokee, "Honda Civic" civic, "Chevy Tahoe" chevrolet tahoe, "Nissan Sentra" sentra,
  "Toyota RAV4" rav4, "Cadillac Escalade" escalade, "Hyundai Elantra" elantra, "Subaru Forester" forester, "silver
  charger" dodge charger (the make from the model, as holdout7's Civic); "a silver Ram pickup" and "a pickup ... dark
  grey Ram" make ram and type pickup (a make and a type word), "a black Audi" make audi, "a yellow Fiat" make fiat, "a
  silver minivan", "a maroon minivan", "a white hatchback", "a silver sedan", "a black pickup", "a little red car" red
  car, "a box truck" truck, "a truck" driven through a snow village truck, "a car I've never seen" car, "a parked car"
  jumped on car, a green mountain bike "bicycle" with its colour; the pickup whose bumper and plate were left behind has
  no colour. Annotated as part of the event: the Cherokee a woman is punched in, the Civic ice was thrown from, the
  Sentra the robber left in, the donation-bin thieves' Ram, the flower thief's getaway hatchback, the roses thief's
  minivan, the car and the box truck in the pileup, the car in the bakery, the towing pickup, the hit-and-run Ram, the
  Tahoe, the Forester that was egged, the parked car jumped on, the truck through the snow village, the dealers' Charger
  and the delivery man's Fiat (as holdout18's LaCrosse). Not vehicles: the town plow trucks in general, a school bus
  that goes through an intersection, "a whole chain of cars", the cars whose hoods are felt, parked cars in general, a
  van or car only talked of ("his van", "his car", "her car"), the caller's car in a lot, the car a mother's story was
  about.
- Persons: "The room's full of people", "the crowd", "the kids at the bus stop", "everybody" at the party, "the people"
  in the next igloo, "the staff", "people waited on the platform", "the line of people picking up roses", "Guys keep
  going in", "Everybody's filming", "the firefighters", "the tenants", "the seniors waiting", "people come out", "Other
  couples", "the girls" at the cafe, "my kids", "Kids are crying" and "people are getting out" are "2+"; "maybe forty
  people", "a group of teenagers" (13-19), "A bunch of the little girls" (female) and "at least three people" are "3+";
  "four kids", "two other boys", "The couple inside", "A couple of our members", "A couple of teenagers" (13-19), "Two
  women", "two guys", "two young men" (18-29), "Four high school kids" (13-19), "two small children", "2 guys" and "two
  people" are counts; "One's in a pink puffer coat" is a person of her own, while "One of them can barely stand up" and
  "two crawled out" add nothing, and the man "still under the beams" is a person of his own. The customer named through
  "of my customer", the friend through "my friend house", the son through "my sons bike" and the husband through "my
  husband's chest" are persons; a husband in the hospital or at work, a late husband, a mother on her way from work, the
  man downstairs who is not home, the woman who already slipped out, the owner an alarm company cannot reach, the
  winners of a squares pool, the woman on a dating site, the Rotary, Oakford Parks and the PTO are not. Ages: "maybe 40"
  37-43, "maybe 30" 27-33, "a young man" 18-29, "White male, 30s" 30-39, "W/M 20s" 20-29, "W/M 40s" 40-49, "Older guy",
  "an older man", "The older man driving" and "the old man" (a victim) 60-90, "a junior", "a sophomore girl", "A senior
  girl" and "A freshman" (role words) 13-19; "my 13 year old", "my 9 year old", "She's 84", "My son's 13", "He's 81",
  "My dad's 79", "the agent (61)", "F approx 75", "F vic, 20s", "I'm 86", "I'm 80", "I'm 79", "I'm 82", "I'm 77" are not
  annotated. Clothing: "grey parka" and "red parka" -> "grey coat" and "red coat", "red knit hat" -> "red hat", "white
  puffer jacket" and "black puffer jacket" -> "white jacket" and "black jacket", "black peacoat" and "tan peacoat" ->
  "black coat" and "tan coat", "long grey coat" and "long black coat" -> "grey coat" and "black coat", "black leather
  jacket" -> "black jacket", "backwards cap" -> "cap", "green Jets jersey" -> "green jersey", "Green Celtics hat" ->
  "green hat", "black hooded sweatshirt" -> "black hoodie", "pink puffer coat" -> "pink coat", "tan work boots" -> "tan
  boots", "green flannel pajamas" (said "flannel pajamas", then "Green pajamas") -> "green pajamas"; "camo jacket",
  "orange beanie", "grey beanie", "grey hoodie", "black hoodie", "green jacket", "black backpack", "green scarf",
  "jeans", "brown boots", "red cardigan", "grey sweatpants" and "brown slippers" kept; "full camo", "no coat", "no
  gloves", "hood up", a beard, white or dark hair, a shaved head, a clipboard and a pig's harness are not clothing.
- Times: "approx 2218", "approx 0310", "approx 0840", "2133 hrs", "approx 1740" and "0248 hrs" are clock times; "It's
  2:20 in the morning", "It's 1:40 a.m.", "its 1:05 am" and "its 12:35" said during the event are those times; "at
  10:42" on a doorbell camera is that time; "Yesterday around 5" 17:00 the day before, "Last night around 10:30" 22:30
  the day before; "Yesterday afternoon" 14:00 the day before; "last night" and "sometime last night" 23:00 the day
  before; "overnight" and "Sometime overnight" 02:00; "About 20 minutes ago", "About half an hour ago" and "About five
  minutes ago" are minutes ago; "right now", "he's out in the lot now", "are sitting on the guy now", "now he's knocking
  on the house next door" and "Now he's standing by the pay station" (where the actor is) are now, while a narrative
  "now" ("now the cabinets and the ceiling are burning", "now the box and the porch boards are burning", "now she isn't
  answering", "now he have another one in his hand", "now she says she needs money") is not. Not times: "on Friday
  night", "Sometime Friday night", "Saturday morning", "Friday at 4" (a last visit), "this morning" alone, "Today I
  arrive 6 o'clock" (a discovery), "Last night I close at 10" and "when I locked up at 8 last night" (a closing, a last
  visit), "during halftime" and "the 9:40 to Boston" (schedules), "around 3" (a request), "tonight", "on a school
  night", "twice this morning", "Every morning this week", "Every afternoon this week", "every weekend", "the third
  afternoon this week", "for about twenty minutes", "at least 15 min", "for like an hour", "sometime in the last hour",
  "since before Thursday's squall", "since the squall", "since Christmas", "for the season", "weeks ago", "40 minutes
  away", "last Thursday", "yesterday" alone.
- Places: "the lot" at FreshMart, "the FreshMart parking lot", "the Oakford High lot" and the gym doors, "the food court
  at Northgate Mall", "the far end of the Northgate Mall lot", "the cafeteria at st marys", "the St. Mary's visitor
  lot", "the Central Station ticket office" and "waiting room", "our back lot" and "the front steps" at the library,
  "the men's room" at the Old Mill Brewery, "the chili cook off at the firehouse", the QuickStop's air pump, "the glass
  front of Rosie's Bakery" and "the Community Pool lot" are the landmark, and so is "the train station" a robber ran
  toward (a destination, holdout17's QuickStop), beside the address he fled; "behind Lincoln Elementary", "in front of
  Main Street Pharmacy", "behind the main street pharmacy", "behind FreshMart", "behind the building" at the QuickStop,
  "across from the Corner Cafe", "the lot behind the police station" and "by the skating pond at Riverside Park" are
  relative; "Elm by 7th", "Main & 9th", "Main by 10th", "walnut by 11th", "River Road at Willow", "Walnut by 6th",
  "Kingsley and 6th", "Old Mill Road by Cedar", "Old Mill Road and Pine", "the corner of Pine and 4th", "Birch ... past
  9th", "Main at 5th, no, at 6th" (Main and 6th) and "Hawthorn and 10th" are intersections; "200 blk Pine", "Elm between
  1st and 2nd", "Main between 4th and 5th", "the 300 block of Oak" and "Cedar between 6th and 7th" are blocks; "in the
  West End" and "up in Northgate" beside a block and "toward downtown" (a destination, holdout14) are neighbourhoods;
  "1031, sorry, 1013 Cedar" is 1013 Cedar Street (both are houses on Cedar; the correction decides); "112 Market Street"
  is an address on a short street, and "623 7th Street", "540 5th st", "618 9th Street" and "316 4th Street" are
  addresses on numbered streets.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 1, 2, 9, 19, 22, 26, 27, 30, 34, 48, 51, 53, 61, 80, 84, 85 and 87 (1-based, in
file order) gained ("now",).
"""
from hand import P, V, W

HOLDOUT19 = [
    # ---------------------------------------------------------------- weapon
    # A revolver waved and pointed at a man's chest over a betting pool: in use (critical); a revolver is "handgun".
    # "The room's full of people" is "2+", "four kids" a count; "$200" and "the board" are no place or address.
    dict(written="My brother-in-law lost the squares pool at our Super Bowl party and he's waving a revolver around the living room, yelling that the board was rigged and he wants his $200 back. He just pointed it right at my husband's chest. The room's full of people and there's four kids upstairs. 1146 Oak Street. Please hurry.",
         spoken="oh god my brother in law lost the squares pool at our super bowl party and he's waving a revolver around the living room yelling that the board was rigged and he wants his two hundred dollars back he just pointed it right at my husband's chest the room's full of people and there's four kids upstairs eleven forty six oak street please hurry",
         at="2028-02-13 21:40", entities=[P(count="1", sex="male"), W("handgun"), P(count="1", sex="male"), P(count="2+"), P(count="4"), ("now",)],
         places=[("address", 1146, "Oak Street")], category="weapon", priority="critical"),
    # A pistol shown under an opened coat to a woman, none drawn or pointed: a weapon seen (high), as holdout17's pistol
    # shown in a coat pocket. "Trattoria Rosa on Elm by 7th" is the intersection (Rosa is not Rosie's Bakery); "about
    # twenty minutes" a duration; "maybe 40" 37-43; "grey parka" -> "grey coat", "red knit hat" -> "red hat".
    dict(written="Hostess at Trattoria Rosa on Elm by 7th. A man has been standing on the sidewalk outside our front window for about twenty minutes staring at a woman having dinner at the window table, and he just opened his coat so she could see a pistol in his belt. She says he's her ex. He's still out there. Grey parka, red knit hat, maybe 40.",
         spoken="hi i'm the hostess at trattoria rosa on elm by seventh a man has been standing on the side walk outside our front window for about twenty minutes staring at a woman having dinner at the window table and he just opened his coat so she could see a pistol in his belt she says he's her ex he's still out there gray parka red knit hat maybe forty",
         at="2028-02-14 19:25", entities=[P(count="1", sex="male", age="37-43", clothing=["grey coat", "red hat"]), P(count="1", sex="female"), W("handgun"), ("now",)],
         places=[("intersection", "Elm Street", "7th Street")], category="weapon", priority="high"),
    # Dispatch: a handgun fired into a crowd with a man hit: critical. "approx 2218" the time; "5-6 rds" no address;
    # "white puffer jacket" -> "white jacket"; the shooter fled south (a person's direction), "toward Walnut" a street
    # alone; the crowd is "2+", the bystander a person.
    dict(written="Shots fired, Main & 9th, approx 2218, as the crowd from the bars spilled into the street after the game. Multiple callers report 5-6 rds. One M with a GSW to the upper leg, conscious, a bystander holding a belt on it as a tourniquet. Shooter described as a M in a white puffer jacket, fired a handgun into the crowd and fled on foot S on 9th toward Walnut.",
         spoken="shots fired main and ninth approximately twenty two eighteen as the crowd from the bars spilled into the street after the game multiple callers report five to six rounds one male with a gunshot wound to the upper leg conscious a bystander holding a belt on it as a tourniquet shooter described as a male in a white puffer jacket fired a hand gun into the crowd and fled on foot southbound on ninth toward wall nut",
         at="2028-02-13 22:24", entities=[("local", "2028-02-13 22:18"), P(count="2+"), P(count="1", sex="male"), P(count="1"), P(count="1", sex="male", clothing=["white jacket"], direction="south"), W("handgun")],
         places=[("intersection", "Main Street", "9th Street")], category="weapon", priority="critical"),
    # Non-native: kitchen knives thrown at a woman, another in hand, with a threat to kill: in use (critical). "now he
    # have another one" a narrative now (no time); "second floor" no number of the address; the flowers name nobody.
    dict(written="Please come fast. My neighbor upstairs, her husband throw a kitchen knife at her and it stick in the door next to her head, now he have another one in his hand and he say he will kill her because of the Valentine flowers she get today. I hear her screaming. 318 Willow Street, second floor.",
         spoken="please come fast my neighbor upstairs her husband throw a kitchen knife at her and it stick in the door next to her head now he have another one in his hand and he say he will kill her because of the valentine flowers she get today i hear her screaming three eighteen willo street second floor",
         at="2028-02-14 20:55", entities=[P(count="1", sex="female"), P(count="1", sex="male"), W("knife")],
         places=[("address", 318, "Willow Street")], category="weapon", priority="critical"),
    # A hunting knife shown on a belt with a veiled threat, never drawn: a weapon seen (high). "register 4" no address;
    # "tonight" no time; "he's out in the lot now" is where the actor is (now); the FreshMart lot is the landmark; the
    # deli clerk is a person.
    dict(written="FreshMart customer service. Our deli clerk told a man the last Super Bowl party sub was already spoken for, and he pulled his jacket open so she could see a big hunting knife on his belt and told her she'd better be careful walking to her car tonight. He paid at register 4 and he's out in the lot now by the cart return. Tall, camo jacket, orange beanie.",
         spoken="hi this is fresh mart customer service our deli clerk told a man the last super bowl party sub was already spoken for and he pulled his jacket open so she could see a big hunting knife on his belt and told her she'd better be careful walking to her car tonight he paid at register four and he's out in the lot now by the cart return tall camo jacket orange beanie",
         at="2028-02-13 15:20", entities=[P(count="1", sex="female"), P(count="1", sex="male", height="tall", clothing=["camo jacket", "orange beanie"]), W("knife"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="weapon", priority="high"),
    # A web tip: a handgun shown at a school dance two days before: a weapon seen days ago, lowered to medium. "on
    # Friday night" a weekday, no time; "a junior" a role word, 13-19 (as holdout15's "a senior"); "two other boys" a
    # count; the daughter is a person.
    dict(written="Web tip: At the Sweetheart Dance at Oakford High on Friday night my daughter saw a junior in the hallway by the boys' bathroom showing two other boys a handgun he had in his jacket pocket. She's scared to have her name on this. He's in her chemistry class and has been bragging about it online since. Please handle it quietly.",
         spoken="web tip at the sweetheart dance at oakford high on friday night my daughter saw a junior in the hallway by the boys bathroom showing two other boys a hand gun he had in his jacket pocket she's scared to have her name on this he's in her chemistry class and has been bragging about it online since please handle it quietly",
         at="2028-02-13 11:10", entities=[P(count="1", sex="female"), P(count="1", sex="male", age="13-19"), P(count="2", sex="male"), W("handgun")],
         places=[("landmark", "Oakford High School")], category="weapon", priority="medium"),
    # A text: a scoped rifle carried past children at a bus stop, pointed at nobody: a weapon seen (high; children do
    # not stack). "full camo" names no garment; "walnut by 11th" the intersection; "weeks ago" no time.
    dict(written="guy in full camo walking down walnut by 11th carrying a rifle with a scope, barrel down, right past the little kids at the bus stop. hunting season ended weeks ago. hes not pointing it at anyone",
         spoken="guy in full camo walking down walnut by eleventh carrying a rifle with a scope barrel down right past the little kids at the bus stop hunting season ended weeks ago he's not pointing it at anyone",
         at="2028-02-08 15:10", entities=[P(count="1", sex="male"), W("rifle"), P(count="2+")],
         places=[("intersection", "Walnut Street", "11th Street")], category="weapon", priority="high"),

    # Non-native: smoke filling a hallway with a family shut in a third-floor flat: a life at risk (critical). The baby and
    # the mother who cannot walk well are persons.
    dict(written="Please help, the hallway of our building is full with black smoke, it come under our door. We put wet towels but it still come. I cannot take my baby and my mother down the stairs, she cannot walk good. Our apartment is on the top, by the front window. 427 Chestnut Street.",
         spoken="please help the hallway of our building is full with black smoke it come under our door we put wet towels but it still come i cannot take my baby and my mother down the stairs she cannot walk good our apartment is on the top by the front window four twenty seven chesnut street",
         at="2028-02-10 06:40", entities=[P(count="1"), P(count="1", sex="female")],
         places=[("address", 427, "Chestnut Street")], category="fire", priority="critical"),
    # A patio heater tipped inside a plastic dining igloo: fire, high. "the bistro on Main by 10th" the intersection;
    # "The couple inside" a count; the diners and the staff "2+".
    dict(written="The bistro on Main by 10th has those clear plastic igloos out on the sidewalk for Valentine's dinners, and the patio heater in one just tipped over. The whole igloo's melting and burning and it's caught the awning. The couple inside got out, but the next igloo still has people in it and the staff are hauling them out.",
         spoken="yeah the bistro on maine by tenth has those clear plastic igloos out on the side walk for valentine's dinners and the patio heater in one just tipped over the whole igloo's melting and burning and it's caught the awning the couple inside got out but the next igloo still has people in it and the staff are hauling them out",
         at="2028-02-14 20:05", entities=[P(count="2"), P(count="2+"), P(count="2+"), ("now",)],
         places=[("intersection", "Main Street", "10th Street")], category="fire", priority="high"),
    # A text: a kitchen grease fire at a party, everyone out: fire, high. "somebody" who did it is a person; "everybody"
    # "2+"; a dog is no person.
    dict(written="grease fire at the super bowl party at 1016 cedar, somebody dumped frozen wings in a pot of hot oil and it went up, now the cabinets and the ceiling are burning. everybody got out, were all on the front lawn. the dog is still inside",
         spoken="grease fire at the super bowl party at ten sixteen ceder somebody dumped frozen wings in a pot of hot oil and it went up now the cabinets and the ceiling are burning everybody got out we're all on the front lawn the dog is still inside",
         at="2028-02-13 19:05", entities=[P(count="1"), P(count="2+")],
         places=[("address", 1016, "Cedar Street")], category="fire", priority="high"),
    # Dispatch: "200 blk Pine" the block; "approx 0310" the time; the coughing woman and the neighbours are persons;
    # "3-story" and "B side" ("bravo side" spoken: no plate) no numbers of the place.
    dict(written="Structure fire, 200 blk Pine, 3-story multi-family, smoke showing from a second-floor window on the B side. RP states a phone charger left on a mattress caught approx 0310. All occupants out per RP; one adult F coughing, being checked by neighbors. Hydrant in front buried in a snowbank.",
         spoken="structure fire two hundred block pine three story multi family smoke showing from a second floor window on the bravo side r p states a phone charger left on a mattress caught approximately oh three ten all occupants out per r p one adult female coughing being checked by neighbors hydrant in front buried in a snow bank",
         at="2028-02-08 03:18", entities=[("local", "2028-02-08 03:10"), P(count="1", sex="female"), P(count="2+")],
         places=[("block", 200, "Pine Street")], category="fire", priority="high"),
    # A web report: a portable toilet burned on the Friday night, out, found on the Saturday, reported on the Monday:
    # fire lowered to medium (days old, as holdout18's couch). "Friday night" and "Saturday morning" no times; "behind
    # Lincoln Elementary" relative; "somebody" and the custodian are persons.
    dict(written="Web report: Sometime Friday night somebody set the portable toilet behind Lincoln Elementary, by the ball field, on fire. It's out, it burned down to a puddle of melted blue plastic, but it's right next to the bus loop. Just want it on record. The custodian found it Saturday morning.",
         spoken="web report sometime friday night somebody set the portable toilet behind lincoln elementary by the ball field on fire it's out it burned down to a puddle of melted blue plastic but it's right next to the bus loop just want it on record the custodian found it saturday morning",
         at="2028-02-14 08:15", entities=[P(count="1"), P(count="1")],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="fire", priority="medium"),
    # A text: smoke from a ceiling in a hospital cafeteria, people being led out: fire, high. "the cafeteria at st marys"
    # the landmark; the staff and "everybody" two groups.
    dict(written="smoke pouring out of the ceiling tiles in the cafeteria at st marys, staff are walking everybody out to the lobby, smells like burning wires and the alarm isnt even going",
         spoken="smoke pouring out of the ceiling tiles in the cafeteria at saint mary's staff are walking everybody out to the lobby smells like burning wires and the alarm isn't even going",
         at="2028-02-11 12:40", entities=[P(count="2+"), P(count="2+")],
         places=[("landmark", "St. Mary's Hospital")], category="fire", priority="high"),
    # Elderly, alone: stove ashes set a porch burning, the caller at her front door: fire, high. "I'm 86" not annotated;
    # "the birch logs" are firewood, not Birch Street; "this morning" no time; "now ... are burning" a narrative now.
    dict(written="I'm 86 and I live alone. I cleaned out the wood stove this morning and set the ashes in a cardboard box on the back porch next to the birch logs, and now the box and the porch boards are burning and it's starting up the siding. I can't do the back steps with my walker. I'm at my front door, 141 Maple Avenue.",
         spoken="yes hello i'm eighty six and i live alone i cleaned out the wood stove this morning and set the ashes in a cardboard box on the back porch next to the birch logs and now the box and the porch boards are burning and it's starting up the siding i can't do the back steps with my walker i'm at my front door one forty one mabel avenue",
         at="2028-02-09 11:30", entities=[],
         places=[("address", 141, "Maple Avenue")], category="fire", priority="high"),

    # A teenager unrousable after drinking, breathing slowly: a life at risk (critical). "a sophomore girl" (the victim,
    # a role word) 13-19; "tonight" no time; the gym doors are part of Oakford High.
    dict(written="I'm a chaperone at the Sweetheart Dance at Oakford High. We found a sophomore girl on the floor of the girls' locker room, she smells like vodka and she's thrown up, and she won't wake up for anything. Her breathing is really slow and her lips look grey. The nurse isn't here tonight. We're by the gym doors on the parking lot side.",
         spoken="hi i'm a chaperone at the sweetheart dance at oak ford high we found a sophomore girl on the floor of the girls locker room she smells like vodka and she's thrown up and she won't wake up for anything her breathing is really slow and her lips look gray the nurse isn't here tonight we're by the gym doors on the parking lot side",
         at="2028-02-11 21:20", entities=[P(count="1", sex="female", age="13-19")],
         places=[("landmark", "Oakford High School")], category="medical", priority="critical"),
    # An older man too cold to stay awake in the snow: a life at risk (critical). "an older man" 60-90; "River Road at
    # Willow" the intersection; the bus shelter no landmark of the town.
    dict(written="There's an older man sitting in the snow against the bus shelter on River Road at Willow. He's barely talking, he's shaking hard, no gloves, his lips are blue and he keeps nodding off while I'm talking to him. I put my coat over him.",
         spoken="there's an older man sitting in the snow against the bus shelter on river road at willo he's barely talking he's shaking hard no gloves his lips are blue and he keeps nodding off while i'm talking to him i put my coat over him",
         at="2028-02-10 18:30", entities=[P(count="1", sex="male", age="60-90")],
         places=[("intersection", "River Road", "Willow Street")], category="medical", priority="critical"),
    # EMS: a broken hip on ice, awake: high. "approx 0840" the time; "F approx 75" a victim's estimate (not annotated);
    # the pharmacist is a person; "the sidewalk in front of Main Street Pharmacy" relative.
    dict(written="EMS to the sidewalk in front of Main Street Pharmacy: F approx 75, slip and fall on ice approx 0840, c/o severe L hip pain, unable to bear weight, L leg shortened and rotated outward. A&O x4, no head strike. Pharmacist on scene w/ blankets.",
         spoken="e m s to the side walk in front of main street pharmacy female approximately seventy five slip and fall on ice approximately oh eight forty complaining of severe left hip pain unable to bear weight left leg shortened and rotated outward alert and oriented times four no head strike pharmacist on scene with blankets",
         at="2028-02-11 08:50", entities=[P(count="1", sex="female"), ("local", "2028-02-11 08:40"), P(count="1")],
         places=[("relative", ("landmark", "Main Street Pharmacy"))], category="medical", priority="high"),
    # Non-native: a fall from a roof while clearing snow, awake, hurting and breathing fast: high (an injury; no sign of a
    # life at risk named by the conventions). The shovel is a tool.
    dict(written="Please, my father fall from the roof, he was pushing the snow off with the shovel and he slip. He land on the ice by the garage. He is awake but he say his side hurt very bad and he breathe very fast, short, he cannot stand up. 1132 Walnut Street, please quick.",
         spoken="please my father fall from the roof he was pushing the snow off with the shovel and he slip he land on the ice by the garage he is awake but he say his side hurt very bad and he breathe very fast short he cannot stand up eleven thirty two wall nut street please quick",
         at="2028-02-11 10:40", entities=[P(count="1", sex="male")],
         places=[("address", 1132, "Walnut Street")], category="medical", priority="high"),
    # Second-hand: a fall, a moan on an alert pendant's speaker, then silence: a life at risk (critical). "40 minutes
    # away" the caller, no time; "the blue pot" no clothing.
    dict(written="My grandmother's medical alert just called me, it says she pushed her button. I could hear her on the speaker moaning that she fell in the bathroom, and now she isn't answering at all. I'm 40 minutes away. She lives alone at 1108 Willow Street, the key's under the blue pot.",
         spoken="um my grandmother's medical alert just called me it says she pushed her button i could hear her on the speaker moaning that she fell in the bathroom and now she isn't answering at all i'm forty minutes away she lives alone at eleven oh eight willow street the key's under the blue pot",
         at="2028-02-12 06:45", entities=[P(count="1", sex="female"), ("now",)],
         places=[("address", 1108, "Willow Street")], category="medical", priority="critical"),
    # A burn "Yesterday afternoon" (14:00 the day before), infected now: judged by the burn (as holdout17's concussion
    # and holdout16's foot), high lowered to medium. "my 9 year old" not annotated; the Father-Daughter Dance is no
    # place of the event.
    dict(written="Not sure who I'm supposed to call. Yesterday afternoon, getting ready for the Father-Daughter Dance, my 9 year old grabbed my hot curling iron by the barrel. The blister covers her whole palm, it broke open, and this morning it's oozing yellow, the skin around it is red and hot, and she's running a fever. We're at 1047 Elm Street.",
         spoken="not sure who i'm supposed to call yesterday afternoon getting ready for the father daughter dance my nine year old grabbed my hot curling iron by the barrel the blister covers her whole palm it broke open and this morning it's oozing yellow the skin around it is red and hot and she's running a fever we're at ten forty seven elm street",
         at="2028-02-13 09:20", entities=[("local", "2028-02-12 14:00"), P(count="1", sex="female")],
         places=[("address", 1047, "Elm Street")], category="medical", priority="medium"),
    # A school nurse: a broken forearm, no head strike: high. "A second grader" gives no age (as holdout14's "a 4th
    # grader"); the mother on her way is not annotated; "100th day" no number of a place.
    dict(written="School nurse at Lincoln Elementary. A second grader fell off the top of the climbing dome at recess and landed on the ice. His arm's got a bend halfway between the wrist and the elbow where there shouldn't be one, and he's screaming, but he didn't hit his head. We've got him on the cot with ice. His mom's on her way from work. It's our 100th day party, so it's chaos.",
         spoken="hi school nurse at lincon elementary a second grader fell off the top of the climbing dome at recess and landed on the ice his arm's got a bend halfway between the wrist and the elbow where there shouldn't be one and he's screaming but he didn't hit his head we've got him on the cot with ice his mom's on her way from work it's our hundredth day party so it's chaos",
         at="2028-02-08 10:35", entities=[P(count="1", sex="male")],
         places=[("landmark", "Lincoln Elementary School")], category="medical", priority="high"),

    # A pistol pulled from a bouquet and pointed at a florist: a robbery weapon in use (critical); a pistol is "handgun".
    # "112 Market Street" an address on a short street; the line of people "2+"; "toward Main" a street alone; "tan
    # work boots" -> "tan boots"; "Bloom and Stem" a business name, no place.
    dict(written="Bloom and Stem, 112 Market Street, we just got held up. A man waited in the line of people picking up roses, and when he got to the counter he pulled a little black pistol out from inside the bouquet he was holding and pointed it at my face till I emptied the register. He walked out toward Main with the flowers. Grey hoodie, tan work boots.",
         spoken="bloom and stem one twelve market street we just got held up a man waited in the line of people picking up roses and when he got to the counter he pulled a little black pistol out from inside the bouquet he was holding and pointed it at my face till i emptied the register he walked out toward maine with the flowers gray hoodie tan work boots",
         at="2028-02-14 17:30", entities=[P(count="2+"), P(count="1", sex="male", clothing=["grey hoodie", "tan boots"]), W("handgun"), ("now",)],
         places=[("address", 112, "Market Street")], category="robbery", priority="critical"),
    # Non-native: a customer's coat grabbed from a rack and an elbow to the tailor's face: robbery, high. The customer is
    # named through "of my customer"; "About five minutes ago" minutes ago; "418 Main" the address; "toward the train station" a destination, the landmark (holdout17's
    # QuickStop as a destination).
    dict(written="Hello, I have the tailor shop at 418 Main. A young man come in, take a leather coat of my customer from the rack, and when I hold his arm he hit me with the elbow in my face, my nose is bleeding. About five minutes ago. He run toward the train station. Thin, green jacket, black backpack.",
         spoken="hello i have the tailor shop at four eighteen maine a young man come in take a leather coat of my customer from the rack and when i hold his arm he hit me with the elbow in my face my nose is bleeding about five minutes ago he run toward the train station thin green jacket black backpack",
         at="2028-02-11 12:30", entities=[P(count="1", sex="male", age="18-29", build="thin", clothing=["green jacket", "black backpack"]), P(count="1"), ("ago", 5)],
         places=[("address", 418, "Main Street"), ("landmark", "Central Station")], category="robbery", priority="high"),
    # Elderly: "Yesterday around 5" is 17:00 the day before; a robbery with a scraped knee sixteen hours old: high
    # lowered to medium. "a young man" 18-29; "black hooded sweatshirt" -> "black hoodie"; the grandson is a person;
    # "I'm 80" not annotated; "behind the store" where he ran, the FreshMart lot the landmark.
    dict(written="I'm 80 years old and my grandson said I should still call. Yesterday around 5 a young man yanked my pocketbook off my arm in the FreshMart parking lot and I went down on the pavement. My knee's all scraped and my wrist is sore. He had on a black hooded sweatshirt and he ran off behind the store. I didn't see a car.",
         spoken="yes i'm eighty years old and my grandson said i should still call yesterday around five a young man yanked my pocketbook off my arm in the fresh mart parking lot and i went down on the pavement my knee's all scraped and my wrist is sore he had on a black hooded sweatshirt and he ran off behind the store i didn't see a car",
         at="2028-02-14 09:45", entities=[P(count="1", sex="male"), ("local", "2028-02-13 17:00"), P(count="1", sex="male", age="18-29", clothing=["black hoodie"])],
         places=[("landmark", "FreshMart Supermarket")], category="robbery", priority="medium"),
    # Dispatch: a revolver pushed through a ticket window: a robbery weapon in use (critical); a revolver is "handgun".
    # "2133 hrs" the time; "the 9:40 to Boston" a schedule; "(61)" the agent's age, not annotated; the people on the
    # platform "2+"; "5'7\"" a height; the suspect left east (a person's direction), "on Station Rd" a street alone.
    dict(written="Holdup at the Central Station ticket office, 2133 hrs. Per the agent (61), a M subj stuck a black revolver through the window slot and demanded the cash drawer while people waited on the platform for the 9:40 to Boston. Cash taken, nobody hurt. Subj left on foot E on Station Rd. W/M 20s, 5'7\", thin, grey beanie, black puffer jacket, jeans.",
         spoken="holdup at the central station ticket office twenty one thirty three hours per the agent sixty one a male subject stuck a black revolver through the window slot and demanded the cash drawer while people waited on the platform for the nine forty to boston cash taken nobody hurt subject left on foot eastbound on station road white male twenties five seven thin gray beanie black puffer jacket jeans",
         at="2028-02-12 21:40", entities=[("local", "2028-02-12 21:33"), P(count="1"), P(count="1", sex="male", age="20-29", height="5'7\"", build="thin", clothing=["grey beanie", "black jacket", "jeans"], direction="east"), W("handgun"), P(count="2+")],
         places=[("landmark", "Central Station")], category="robbery", priority="critical"),
    # A ring box snatched with a shove after a proposal: robbery, high. "Older guy" 60-90; "long grey coat" -> "grey
    # coat"; a beard no clothing; "toward Pine Street" a street alone; the couples he sold roses to are no persons of
    # the event.
    dict(written="My boyfriend just proposed to me in Maple Square, and the man who's been going around selling single roses to couples snatched the ring box from his fingers and knocked him flat on the ice. He ran off toward Pine Street with it. Older guy, long grey coat, big white beard. My boyfriend's wrist is hurt.",
         spoken="oh my god my boyfriend just proposed to me in maple square and the man who's been going around selling single roses to couples snatched the ring box from his fingers and knocked him flat on the ice he ran off toward pine street with it older guy long gray coat big white beard my boyfriend's wrist is hurt",
         at="2028-02-14 18:40", entities=[P(count="1", sex="male"), P(count="1", sex="male", age="60-90", clothing=["grey coat"]), ("now",)],
         places=[("landmark", "Maple Square")], category="robbery", priority="high"),
    # A text: a scratch ticket's cash taken with a threat, no weapon: robbery, high. The robber is a person; a partial
    # plate as said ("6W"); "by the air pump" at the QuickStop the landmark; "$500" no address.
    dict(written="i just cashed a $500 scratch ticket inside the quickstop and the guy behind me in line followed me out and made me hand him the cash by the air pump, said hed stomp me if i yelled. he left in a silver nissan sentra, plate started with 6W thats all i got",
         spoken="i just cashed a five hundred dollar scratch ticket inside the quick stop and the guy behind me in line followed me out and made me hand him the cash by the air pump said he'd stomp me if i yelled he left in a silver nissan sentra plate started with six w that's all i got",
         at="2028-02-12 16:05", entities=[P(count="1", sex="male"), V(colour="silver", make="nissan", model="sentra", plate="6W"), ("now",)],
         places=[("landmark", "QuickStop Gas")], category="robbery", priority="high"),

    # ---------------------------------------------------------------- assault
    # A face slammed into a bar, a broken nose: assault, high. "the VFW on Walnut by 6th" the intersection; "maybe 30" 27-33;
    # "backwards cap" -> "cap"; "A couple of our members" a count; "sitting on the guy now" where the actors are (now).
    dict(written="Super Bowl party at the VFW on Walnut by 6th. A guy who's been riding the other team's fans all night grabbed the man next to him by the back of the head when they scored and slammed his face into the bar, broke his nose, there's blood all down his shirt. A couple of our members are sitting on the guy now. Grey hoodie, backwards cap, maybe 30.",
         spoken="super bowl party at the v f w on walnut by sixth a guy who's been riding the other team's fans all night grabbed the man next to him by the back of the head when they scored and slammed his face into the bar broke his nose there's blood all down his shirt a couple of our members are sitting on the guy now gray hoodie backwards cap maybe thirty",
         at="2028-02-13 20:50", entities=[P(count="1", sex="male", age="27-33", clothing=["grey hoodie", "cap"]), P(count="1", sex="male"), P(count="2"), ("now",)],
         places=[("intersection", "Walnut Street", "6th Street")], category="assault", priority="high"),
    # A woman punched in a parked car now: assault, high (not limp, as holdout15's would be critical). A partial plate as
    # said ("5HL9"); "Jeep Cherokee" cherokee; the caller's car is not part of the event.
    dict(written="There's a man in a black Jeep Cherokee at the far end of the Northgate Mall lot punching the woman in the passenger seat. She's trying to cover her face and he's got her by the hair right now. Plate starts 5HL 9, the rest is caked with slush. I'm two rows over in my car.",
         spoken="there's a man in a black jeep cherokee at the far end of the north gate mall lot punching the woman in the passenger seat she's trying to cover her face and he's got her by the hair right now plate starts five h l nine the rest is caked with slush i'm two rows over in my car",
         at="2028-02-12 17:45", entities=[P(count="1", sex="male"), V(colour="black", make="jeep", model="cherokee", plate="5HL9"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="assault", priority="high"),
    # A boy shoved down concrete steps, unresponsive and gurgling: a life at risk (critical). The caller's daughter, the
    # boy, the kid who shoved him and "Everybody" filming are persons; "across the football field" part of Oakford High.
    dict(written="I'm picking up my daughter from the Sweetheart Dance at Oakford High. A boy just got shoved down the concrete steps outside the gym doors by another kid and landed on the back of his head. He's not responding to anybody and he's making a gurgling sound. The kid who shoved him took off across the football field. Everybody's filming instead of helping.",
         spoken="i'm picking up my daughter from the sweetheart dance at oak ford high a boy just got shoved down the concrete steps outside the gym doors by another kid and landed on the back of his head he's not responding to anybody and he's making a gurgling sound the kid who shoved him took off across the football field everybody's filming instead of helping",
         at="2028-02-11 22:05", entities=[P(count="1", sex="female"), P(count="1", sex="male"), P(count="1"), P(count="2+"), ("now",)],
         places=[("landmark", "Oakford High School")], category="assault", priority="critical"),
    # Ice thrown from a car into a crossing guard's face: assault, high (ice is no weapon). "A couple of teenagers" 2,
    # 13-19; the Civic is part of the event; "up Kingsley" a street alone; "kings lee" a new mishearing.
    dict(written="Crossing guard at Kingsley and 6th. A couple of teenagers in a blue Honda Civic slowed down right in front of me and whipped chunks of ice out the window, one caught me in the mouth, my lip's split and a front tooth is chipped. They went up Kingsley laughing. The back bumper's held on with zip ties.",
         spoken="crossing guard at kings lee and sixth a couple of teenagers in a blue honda civic slowed down right in front of me and whipped chunks of ice out the window one caught me in the mouth my lip's split and a front tooth is chipped they went up kingsley laughing the back bumper's held on with zip ties",
         at="2028-02-09 15:05", entities=[P(count="2", age="13-19"), V(colour="blue", make="honda", model="civic")],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="assault", priority="high"),
    # Dispatch: "approx 1740" the time; "F vic, 20s" a victim's decade (not annotated); "6'2\"" a height; "black peacoat"
    # -> "black coat"; "W on Station Rd" a direction and a street alone; the station agent is a person.
    dict(written="Assault just occurred, Central Station waiting room, approx 1740. F vic, 20s, punched in the face by a M subj after she would not give him her number; nose bleeding, no LOC. Subj W/M 40s, 6'2\", heavy, black peacoat, green scarf. Last seen walking W on Station Rd. Station agent on scene w/ vic.",
         spoken="assault just occurred central station waiting room approximately seventeen forty female victim twenties punched in the face by a male subject after she would not give him her number nose bleeding no loss of consciousness subject white male forties six two heavy black pea coat green scarf last seen walking westbound on station road station agent on scene with victim",
         at="2028-02-08 17:46", entities=[("local", "2028-02-08 17:40"), P(count="1", sex="female"), P(count="1", sex="male", age="40-49", height="6'2\"", build="heavy", clothing=["black coat", "green scarf"], direction="west"), P(count="1")],
         places=[("landmark", "Central Station")], category="assault", priority="high"),
    # Non-native: "Last night" 23:00 the day before, told at 10:30: an injury eleven hours old, high lowered to medium.
    # The friend is named through "my friend house"; "he is still there" is no time; the address is where it happened.
    dict(written="Hello, I call from my friend house. Last night my husband was drunk after the football and he hit me with his fist in my face and in my stomach and push me against the wall. My eye is black and it hurts when I breathe deep. I am afraid to go home, he is still there. Our house is 1017 Birch Street.",
         spoken="hello i call from my friend house last night my husband was drunk after the football and he hit me with his fist in my face and in my stomach and push me against the wall my eye is black and it hurts when i breathe deep i am afraid to go home he is still there our house is ten seventeen burch street",
         at="2028-02-14 10:30", entities=[P(count="1"), ("local", "2028-02-13 23:00"), P(count="1", sex="male")],
         places=[("address", 1017, "Birch Street")], category="assault", priority="medium"),
    # A text: an old man shoved into hot slow cookers: assault, high. "the chili cook off at the firehouse" the landmark;
    # "the old man" (the victim, a descriptive word) 60-90; the firefighters "2+".
    dict(written="drunk guy at the chili cook off at the firehouse just shoved the old man running the cornbread table backwards into the crockpots, his whole arm is burned red and blistering. firefighters have the guy against the wall",
         spoken="drunk guy at the chili cook off at the fire house just shoved the old man running the cornbread table backwards into the crock pots his whole arm is burned red and blistering firefighters have the guy against the wall",
         at="2028-02-12 13:20", entities=[P(count="1", sex="male"), P(count="1", sex="male", age="60-90"), P(count="2+"), ("now",)],
         places=[("landmark", "Fire Station Number 2")], category="assault", priority="high"),

    # An alarm company's 0248 told at 02:53: within 15 minutes, medium raised to high. The owner it cannot reach is no
    # person; "Vigilant Monitoring" and "Sweet Nothings Chocolates" are names, no places.
    dict(written="This is Vigilant Monitoring. We have a rear door alarm followed by motion in the back kitchen at Sweet Nothings Chocolates, 226 Main Street, at 0248 hrs. No answer at the owner's number. Please dispatch.",
         spoken="this is vigilant monitoring we have a rear door alarm followed by motion in the back kitchen at sweet nothings chocolates two twenty six main street at oh two forty eight hours no answer at the owner's number please dispatch",
         at="2028-02-14 02:53", entities=[("local", "2028-02-14 02:48")],
         places=[("address", 226, "Main Street")], category="burglary", priority="high"),
    # A self-corrected house number: 1013 Cedar (1031 would also be a house on Cedar; the correction decides). Coin boxes
    # pried in a building's laundry room, no time said: burglary, medium. "Somebody" and the tenants are persons.
    dict(written="I manage the apartment building at 1031, sorry, 1013 Cedar. Somebody got into the basement laundry room through the outside door and pried open the coin boxes on all six washers and dryers. The tenants told me when they went down to do laundry. The door frame's splintered.",
         spoken="i manage the apartment building at ten thirty one sorry ten thirteen ceder somebody got into the basement laundry room through the outside door and pried open the coin boxes on all six washers and dryers the tenants told me when they went down to do laundry the door frame's splintered",
         at="2028-02-11 09:10", entities=[P(count="1"), P(count="2+")],
         places=[("address", 1013, "Cedar Street")], category="burglary", priority="medium"),
    # Elderly: somebody in the caller's basement "right now" while she hides upstairs: burglary, high. The husband in the
    # hospital is away (not annotated) and "the hospital" where he is is no place of the event; "I'm 79" not annotated.
    dict(written="I'm 79 and I'm upstairs with my bedroom door locked. The bulkhead doors out back were banging, and I can hear somebody down in my basement right now dragging things across the floor. My husband's in the hospital, so it isn't him. 1139 Walnut Street. Please don't use the siren, I don't want him coming up.",
         spoken="i'm seventy nine and i'm upstairs with my bedroom door locked the bulkhead doors out back were banging and i can hear somebody down in my basement right now dragging things across the floor my husband's in the hospital so it isn't him eleven thirty nine wall nut street please don't use the siren i don't want him coming up",
         at="2028-02-13 20:15", entities=[P(count="1"), ("now",)],
         places=[("address", 1139, "Walnut Street")], category="burglary", priority="high"),
    # A web report: a closet opened between the Friday at 4 and the Monday morning: plainly days old, low. "at 4" a last
    # visit; "$640" no address; nobody is named or described.
    dict(written="Web report: Lincoln Elementary PTO. The supply closet off the gym was opened some time after I locked it Friday at 4, and the cash box from our Valentine's carnation sale is gone, about $640. The lock isn't damaged. It was locked again this morning when I got here.",
         spoken="web report lincoln elementary p t o the supply closet off the gym was opened some time after i locked it friday at four and the cash box from our valentine's carnation sale is gone about six hundred forty dollars the lock isn't damaged it was locked again this morning when i got here",
         at="2028-02-14 08:05", entities=[],
         places=[("landmark", "Lincoln Elementary School")], category="burglary", priority="low"),
    # Non-native: a kitchen entered between closing at 22:00 and 06:00: the middle of the window (about 02:00) is under
    # six hours old at 06:20, medium (as holdout14's shed). "6 o'clock" a discovery and "at 10" a closing, no times.
    dict(written="Good morning. I have the small noodle restaurant at 912 Elm Street. Today I arrive 6 o'clock to open and the window in the kitchen in the back is broken, the cash register is on the floor, open, no money. Also two boxes of shrimp from the freezer are gone. Last night I close at 10 and everything is okay.",
         spoken="good morning i have the small noodle restaurant at nine twelve elm street today i arrive six o'clock to open and the window in the kitchen in the back is broken the cash register is on the floor open no money also two boxes of shrimp from the freezer are gone last night i close at ten and everything is okay",
         at="2028-02-12 06:20", entities=[],
         places=[("address", 912, "Elm Street")], category="burglary", priority="medium"),
    # Elderly: a house entered during four nights away: plainly days old, low. The late husband is not annotated; "Army"
    # no place; "I'm 82" not annotated.
    dict(written="I'm 82. I came home this morning after four nights away and my back door was wide open and my bedroom's been turned upside down. My jewelry box is gone and my late husband's Army medals, I don't know what else yet. Even the linen closet's been gone through. 428 Oak Street.",
         spoken="i'm eighty two i came home this morning after four nights away and my back door was wide open and my bedroom's been turned upside down my jewelry box is gone and my late husband's army medals i don't know what else yet even the linen closet's been gone through four twenty eight oak street",
         at="2028-02-11 11:20", entities=[],
         places=[("address", 428, "Oak Street")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # Roses pushed out of a store and loaded now: theft, high. "Green Celtics hat" -> "green hat"; the minivan is part of
    # the event; "four whole buckets" no address.
    dict(written="FreshMart front end. A guy just loaded four whole buckets of our Valentine's roses from the display by the doors into a cart and pushed it straight out to the lot without paying, and he's putting them in a maroon minivan right now. Green Celtics hat, grey sweatpants.",
         spoken="fresh mart front end a guy just loaded four whole buckets of our valentine's roses from the display by the doors into a cart and pushed it straight out to the lot without paying and he's putting them in a maroon mini van right now green celtics hat gray sweatpants",
         at="2028-02-14 16:10", entities=[P(count="1", sex="male", clothing=["green hat", "grey sweatpants"]), V(colour="maroon", type="minivan"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="theft", priority="high"),
    # A porch theft on camera "at 10:42", told at 12:30: medium. "about ten minutes before" is the delivery's time, not
    # the event's; the driver waiting ("somebody at the wheel") is a person; "$120" no address.
    dict(written="Our doorbell camera caught a woman walking up onto our porch at 10:42 and walking off with the flowers that were delivered about ten minutes before. She got into a white hatchback that was waiting at the curb with somebody at the wheel. It was a $120 arrangement. 623 7th Street.",
         spoken="our door bell camera caught a woman walking up onto our porch at ten forty two and walking off with the flowers that were delivered about ten minutes before she got into a white hatchback that was waiting at the curb with somebody at the wheel it was a hundred and twenty dollar arrangement six twenty three seventh street",
         at="2028-02-14 12:30", entities=[("local", "2028-02-14 10:42"), P(count="1", sex="female"), V(colour="white", type="hatchback"), P(count="1")],
         places=[("address", 623, "7th Street")], category="theft", priority="medium"),
    # Loss prevention: a ring grabbed "About 20 minutes ago" (more than 15): medium. "30s" 30-39; "short" a height; "tan
    # peacoat" -> "tan coat"; "brown boots" kept; dark hair no clothing; "1.5 carat" and "$9,800" no numbers of a place;
    # "Kessler Jewelers in Northgate Mall" the landmark.
    dict(written="Loss prevention at Kessler Jewelers in Northgate Mall. About 20 minutes ago a man asked to see a 1.5 carat engagement ring, and as soon as the clerk set it on the counter he grabbed it and ran out the east doors. It's a $9,800 ring. White male, 30s, short, dark hair, tan peacoat, brown boots.",
         spoken="loss prevention at kessler jewelers in north gate mall about twenty minutes ago a man asked to see a one point five carat engagement ring and as soon as the clerk set it on the counter he grabbed it and ran out the east doors it's a ninety eight hundred dollar ring white male thirties short dark hair tan pea coat brown boots",
         at="2028-02-08 14:30", entities=[("ago", 20), P(count="1", sex="male", age="30-39", height="short", clothing=["tan coat", "brown boots"]), P(count="1")],
         places=[("landmark", "Northgate Mall")], category="theft", priority="medium"),
    # Shelves swept into a bag now: theft, high. "Two women" a count; "One's in a pink puffer coat" a person of her own
    # ("pink coat"); the baby is a person; "IKEA" no place.
    dict(written="Main Street Pharmacy. Two women are sweeping the Valentine's perfume gift sets off the shelf into a big IKEA bag right now, they've cleaned out the whole end cap and they're heading for the front door. One's in a pink puffer coat, the other has a baby in a carrier.",
         spoken="main street pharmacy two women are sweeping the valentine's perfume gift sets off the shelf into a big ikea bag right now they've cleaned out the whole end cap and they're heading for the front door one's in a pink puffer coat the other has a baby in a carrier",
         at="2028-02-14 13:15", entities=[P(count="2", sex="female"), ("now",), P(count="1", clothing=["pink coat"]), P(count="1")],
         places=[("landmark", "Main Street Pharmacy")], category="theft", priority="high"),
    # No place: "Donnelly's on Market Street" a bar on a street alone. "during halftime" no clock time: medium. The
    # bartender and the people waiting for their money are persons; "the winners" are nobody there yet.
    dict(written="Somebody took the squares board and the cash envelope off the wall behind the bar at Donnelly's on Market Street during halftime, about $1,200 that was supposed to go to the winners. The bartender was slammed and didn't see who. We've got people here who want their money.",
         spoken="somebody took the squares board and the cash envelope off the wall behind the bar at donnelly's on market street during half time about twelve hundred dollars that was supposed to go to the winners the bartender was slammed and didn't see who we've got people here who want their money",
         at="2028-02-13 22:40", entities=[P(count="1"), P(count="1"), P(count="2+")],
         places=[], category="theft", priority="medium"),
    # "About half an hour ago" (more than 15 minutes): theft, medium. "silver Ram pickup" make ram and type pickup (a make
    # and a type word); the plate with "K as in king"; north a direction, "on 9th" a street alone; "behind FreshMart"
    # relative; "the bakery counter" is FreshMart's, not Rosie's Bakery.
    dict(written="About half an hour ago two guys in a silver Ram pickup cut the lock off the clothing donation bin behind FreshMart and threw every bag into the bed. I work the bakery counter and watched from the back door. Plate was K as in king, W, V 3048. They went north on 9th.",
         spoken="about half an hour ago two guys in a silver ram pick up cut the lock off the clothing donation bin behind fresh mart and threw every bag into the bed i work the bakery counter and watched from the back door plate was k as in king w v three zero four eight they went north on ninth",
         at="2028-02-10 07:50", entities=[("ago", 30), P(count="2", sex="male"), V(colour="silver", make="ram", type="pickup", plate="KWV3048", direction="north")],
         places=[("relative", ("landmark", "FreshMart Supermarket"))], category="theft", priority="medium"),
    # A text: "last night" 23:00 the day before, told at 08:30: theft lowered to low. The son is named through a
    # possessive; the bike is "bicycle" with its colour; "someone" a person.
    dict(written="someone took my sons bike off our front porch last night, its a green mountain bike with a black seat and a bent fender. 1043 maple ave. we didnt hear a thing and theres boot prints in the snow on the steps",
         spoken="someone took my son's bike off our front porch last night it's a green mountain bike with a black seat and a bent fender ten forty three maple avenue we didn't hear a thing and there's boot prints in the snow on the steps",
         at="2028-02-09 08:30", entities=[P(count="1"), P(count="1", sex="male"), ("local", "2028-02-08 23:00"), V(colour="green", type="bicycle")],
         places=[("address", 1043, "Maple Avenue")], category="theft", priority="low"),

    # A pileup in a snow squall with a driver crushed under a truck and not moving: critical. "Old Mill Road by Cedar"
    # the intersection; the little red car and the box truck are part of the event, "a chain of cars" not; the people in
    # the lanes "2+".
    dict(written="Snow squall just came through on Old Mill Road by Cedar and it's a total whiteout, a whole chain of cars slammed into each other. A little red car is jammed under the back of a box truck and the woman driving it isn't moving. People are out walking around in the lanes. I'm in the ditch on the other side.",
         spoken="oh my god snow squall just came through on old mill road by ceder and it's a total white out a whole chain of cars slammed into each other a little red car is jammed under the back of a box truck and the woman driving it isn't moving people are out walking around in the lanes i'm in the ditch on the other side",
         at="2028-02-10 16:55", entities=[V(colour="red", type="car"), V(type="truck"), P(count="1", sex="female"), P(count="2+"), ("now",)],
         places=[("intersection", "Old Mill Road", "Cedar Street")], category="traffic", priority="critical"),
    # A self-corrected plate: DNX 4427 ("D as in David, N as in Nancy"). A drunk driver going on "right now": medium
    # raised to high. "Old Mill Road and Pine" the intersection; "toward downtown" the neighbourhood (a destination,
    # holdout14); the man walking his dog and the driver are persons; "the game" no place.
    dict(written="I'm behind a black Chevy Tahoe that just ran the red at Old Mill Road and Pine, it's all over both lanes and it nearly took out a guy walking his dog. Driver's been drinking at the game for sure. Plate D as in David, N as in Nancy, X 4472, sorry, 4427. He's still going toward downtown right now.",
         spoken="i'm behind a black chevy tahoe that just ran the red at old meal road and pine it's all over both lanes and it nearly took out a guy walking his dog driver's been drinking at the game for sure plate d as in david n as in nancy x four four seven two sorry four four two seven he's still going toward downtown right now",
         at="2028-02-13 22:35", entities=[V(colour="black", make="chevrolet", model="tahoe", plate="DNX4427"), P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Old Mill Road", "Pine Street"), ("neighbourhood", "Downtown")], category="traffic", priority="high"),
    # A snowbank that hides cross traffic, no time said: traffic, medium (a hazard). "Pine and 4th" the intersection; "a
    # school bus goes through there" a habit, no vehicle of the event; "twice this morning" no time.
    dict(written="The plows piled the snow so high on the corner of Pine and 4th that you can't see anything coming until your hood's already in the intersection. I almost got T-boned there twice this morning, and a school bus goes through there. Can somebody get a loader out to knock it down?",
         spoken="the plows piled the snow so high on the corner of pine and fourth that you can't see anything coming until your hood's already in the intersection i almost got t boned there twice this morning and a school bus goes through there can somebody get a loader out to knock it down",
         at="2028-02-11 10:05", entities=[],
         places=[("intersection", "Pine Street", "4th Street")], category="traffic", priority="medium"),
    # A car through a bakery's glass front with a woman cut: traffic, high. "The older man driving" 60-90; "everybody"
    # "2+"; the car is "car".
    dict(written="A car just drove right through the glass front of Rosie's Bakery. The older man driving says his foot slipped off the brake. There was a line out the door for the heart cookies, a woman got knocked into the display case and her arm is cut open pretty bad, and there's glass all over everybody. The car's still half inside.",
         spoken="a car just drove right through the glass front of rosies bakery the older man driving says his foot slipped off the brake there was a line out the door for the heart cookies a woman got knocked into the display case and her arm is cut open pretty bad and there's glass all over everybody the car's still half inside",
         at="2028-02-14 08:20", entities=[V(type="car"), P(count="1", sex="male", age="60-90"), P(count="1", sex="female"), P(count="2+"), ("now",)],
         places=[("landmark", "Rosie's Bakery")], category="traffic", priority="high"),
    # Children towed on a tube behind a pickup in traffic "right now": traffic, medium raised to high (children do not
    # stack). "going maybe 30" a speed, no age; "Birch ... past 9th" the intersection; "toward 10th" a street alone.
    dict(written="A guy in a black pickup is towing two kids on an inner tube behind his truck with a rope, right down the middle of Birch, going maybe 30 and whipping them out into the other lane. They just went past 9th heading toward 10th right now.",
         spoken="a guy in a black pick up is towing two kids on an inner tube behind his truck with a rope right down the middle of burch going maybe thirty and whipping them out into the other lane they just went past ninth heading toward tenth right now",
         at="2028-02-12 14:35", entities=[P(count="1", sex="male"), V(colour="black", type="pickup"), P(count="2"), ("now",)],
         places=[("intersection", "Birch Street", "9th Street")], category="traffic", priority="high"),
    # A self-corrected cross street: Main at 6th. A pedestrian struck, not moving, bleeding from an ear: critical. "dark
    # grey Ram" grey, make ram, with the pickup said before it (a make and a type word); west a direction.
    dict(written="A woman walking her dog just got hit crossing Main at 5th, no, at 6th, by a pickup that didn't even slow down. She's down in the road and not moving, and there's blood coming out of her ear. It never stopped, it headed west on Main, dark grey Ram, it's got to have a dent in the hood.",
         spoken="a woman walking her dog just got hit crossing maine at fifth no at sixth by a pick up that didn't even slow down she's down in the road and not moving and there's blood coming out of her ear it never stopped it headed west on maine dark gray ram it's got to have a dent in the hood",
         at="2028-02-11 18:20", entities=[P(count="1", sex="female"), V(colour="grey", make="ram", type="pickup", direction="west"), ("now",)],
         places=[("intersection", "Main Street", "6th Street")], category="traffic", priority="critical"),
    # A web report: "Last night around 10:30" 22:30 the day before; a pickup that hit a fence and a shed and left, nobody
    # hurt, ten hours old: medium lowered to low. The plate on the bumper left behind ("5KJR 220", in the NATO alphabet
    # when spoken) is the pickup's; "the curve on Kingsley" a street alone; the address is the caller's.
    dict(written="Web report: Last night around 10:30 a pickup coming off the curve on Kingsley slid across my yard, through the fence and into the corner of my shed, then backed out and took off. Nobody was hurt. It left half its front bumper in my yard with the plate still on it, 5KJR 220. 316 4th Street.",
         spoken="web report last night around ten thirty a pick up coming off the curve on kingsley slid across my yard through the fence and into the corner of my shed then backed out and took off nobody was hurt it left half its front bumper in my yard with the plate still on it five kilo juliet romeo two two zero three sixteen fourth street",
         at="2028-02-14 08:40", entities=[("local", "2028-02-13 22:30"), V(type="pickup", plate="5KJR220")],
         places=[("address", 316, "4th Street")], category="traffic", priority="low"),

    # "It's 2:20 in the morning" is that time: low raised to medium. Two cars and two people; "for the season" no time.
    dict(written="Two cars are backed up trunk to trunk in the Community Pool lot, which is chained off for the winter, and two people are moving boxes from one to the other with their headlights off. A black Audi and a silver minivan. It's 2:20 in the morning and the pool's shut for the season, nobody has any business back there.",
         spoken="two cars are backed up trunk to trunk in the community pool lot which is chained off for the winter and two people are moving boxes from one to the other with their headlights off a black audi and a silver mini van it's two twenty in the morning and the pool's shut for the season nobody has any business back there",
         at="2028-02-08 02:22", entities=[P(count="2"), V(colour="black", make="audi"), V(colour="silver", type="minivan"), ("local", "2028-02-08 02:20")],
         places=[("landmark", "Community Pool")], category="suspicious_vehicle", priority="medium"),
    # A car casing houses nobody has shovelled ("has been creeping", going on): low raised to medium; the car is the
    # event, its passenger a person. "Elm between 1st and 2nd" the block, "in the West End" the neighbourhood.
    dict(written="A silver sedan has been creeping along Elm between 1st and 2nd in the West End and stopping in front of every house that hasn't shoveled since the squall. Each time a guy gets out of the passenger side, walks up to the door, looks in the windows and gets back in. Four houses so far.",
         spoken="a silver sedan has been creeping along elm between first and second in the west end and stopping in front of every house that hasn't shoveled since the squall each time a guy gets out of the passenger side walks up to the door looks in the windows and gets back in four houses so far",
         at="2028-02-11 13:40", entities=[V(colour="silver", type="sedan"), P(count="1", sex="male")],
         places=[("block", 100, "Elm Street"), ("neighbourhood", "West End")], category="suspicious_vehicle", priority="medium"),
    # An abandoned car under snow: low. "Toyota RAV4" rav4; "Massachusetts plates" no plate and no place; "since before
    # Thursday's squall" no time.
    dict(written="Not an emergency. A tan Toyota RAV4 with Massachusetts plates has been parked in front of our house since before Thursday's squall. It's the only car on the street nobody's dug out, and there's a parking ticket frozen to the windshield. 1128 Spruce Street.",
         spoken="not an emergency a tan toyota rav four with massachusetts plates has been parked in front of our house since before thursday's squall it's the only car on the street nobody's dug out and there's a parking ticket frozen to the windshield eleven twenty eight spruse street",
         at="2028-02-14 10:10", entities=[V(colour="tan", make="toyota", model="rav4")],
         places=[("address", 1128, "Spruce Street")], category="suspicious_vehicle", priority="low"),
    # A web tip; a habit ("Every morning this week"): low. "across from the Corner Cafe" relative; "the girls" 2+ female;
    # the manager a person; "Cadillac Escalade" escalade; "yesterday" no time.
    dict(written="Web tip: Every morning this week a black Cadillac Escalade has parked across from the Corner Cafe at opening, and the man in it watches our employee door and takes pictures of the girls as they come in. When our manager walked over yesterday he drove off. No front plate.",
         spoken="web tip every morning this week a black cadillac escalade has parked across from the corner cafe at opening and the man in it watches our employee door and takes pictures of the girls as they come in when our manager walked over yesterday he drove off no front plate",
         at="2028-02-10 10:00", entities=[V(colour="black", make="cadillac", model="escalade"), P(count="1", sex="male"), P(count="2+", sex="female"), P(count="1")],
         places=[("relative", ("landmark", "Corner Cafe"))], category="suspicious_vehicle", priority="low"),
    # A stolen-looking car left running ("the engine is still running", going on): low raised to medium. "our back lot"
    # at the library the landmark; "at 8 last night" a last visit, no time.
    dict(written="Library director here, at the Oakford Public Library. There's a grey Hyundai Elantra backed into the snowbank at the far end of our back lot with the driver's window smashed and the steering column cracked open, wires hanging out, and the engine is still running. Nobody in it. It wasn't there when I locked up at 8 last night.",
         spoken="library director here at the oakford public library there's a gray hyundai elantra backed into the snow bank at the far end of our back lot with the driver's window smashed and the steering column cracked open wires hanging out and the engine is still running nobody in it it wasn't there when i locked up at eight last night",
         at="2028-02-09 09:05", entities=[V(colour="grey", make="hyundai", model="elantra")],
         places=[("landmark", "Oakford Public Library")], category="suspicious_vehicle", priority="medium"),
    # "It's 1:40 a.m." is that time: low raised to medium. A strange car in the caller's driveway with two people in it;
    # the husband at work is away (not annotated); "740 Pine Street" the address.
    dict(written="A car I've never seen is backed into my driveway, dark, motor going, and two people are just sitting in it. It's 1:40 a.m. My husband works nights, I'm here with the kids. 740 Pine Street. I'm not going out there.",
         spoken="a car i've never seen is backed into my drive way dark motor going and two people are just sitting in it it's one forty a m my husband works nights i'm here with the kids seven forty pine street i'm not going out there",
         at="2028-02-11 01:42", entities=[V(type="car"), P(count="2"), ("local", "2028-02-11 01:40"), P(count="2+")],
         places=[("address", 740, "Pine Street")], category="suspicious_vehicle", priority="medium"),

    # A false modelling scout trying to get a 13-year-old out to his van without her mother: child luring (suspicious
    # person, high). "my 13 year old" not annotated as an age; "maybe 40" 37-43; "Black leather jacket" -> "black
    # jacket"; the van is only talked of; "the food court at Northgate Mall" the landmark.
    dict(written="I'm at the food court at Northgate Mall. A man just gave my 13 year old a business card saying he scouts for a modeling agency and told her to come out to his van for a 'quick test shoot,' and when I walked up he told her not to bring her mom. He's still by the pretzel place. Black leather jacket, maybe 40.",
         spoken="i'm at the food court at north gate mall a man just gave my thirteen year old a business card saying he scouts for a modeling agency and told her to come out to his van for a quick test shoot and when i walked up he told her not to bring her mom he's still by the pretzel place black leather jacket maybe forty",
         at="2028-02-12 14:10", entities=[P(count="1", sex="male", age="37-43", clothing=["black jacket"]), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="suspicious_person", priority="high"),
    # A false flower delivery man who tried to get the caller out to his car, now at the next house (where the actor
    # is: now): low raised to medium (as holdout14's fake adjuster). His car is only talked of.
    dict(written="A man with a bunch of roses just came to my door saying he had a delivery for 'the lady of the house,' but there was no card and no van. When I opened the storm door he put his foot in it and said I had to come out to his car to sign. I got it closed, and now he's knocking on the house next door. I'm at 1105 Maple.",
         spoken="a man with a bunch of roses just came to my door saying he had a delivery for the lady of the house but there was no card and no van when i opened the storm door he put his foot in it and said i had to come out to his car to sign i got it closed and now he's knocking on the house next door i'm at eleven oh five mabel",
         at="2028-02-14 14:50", entities=[P(count="1", sex="male"), ("now",)],
         places=[("address", 1105, "Maple Avenue")], category="suspicious_person", priority="medium"),
    # A false tax helper taking seniors' numbers now: a suspicious person, medium. "the seniors waiting" 2+; "an older
    # man" 60-90; "Red cardigan" kept, a clipboard no clothing; "the reference desk" part of the library.
    dict(written="Oakford Public Library, reference desk. During our free tax-help hours a woman who is not one of our volunteers has been going up to the seniors waiting and offering to 'get them started.' She's at a back table right now with an older man who's reading his Social Security number and bank card to her. Red cardigan, clipboard.",
         spoken="oakford public library reference desk during our free tax help hours a woman who is not one of our volunteers has been going up to the seniors waiting and offering to get them started she's at a back table right now with an older man who's reading his social security number and bank card to her red cardigan clipboard",
         at="2028-02-08 11:20", entities=[P(count="1", sex="female", clothing=["red cardigan"]), P(count="2+"), ("now",), P(count="1", sex="male", age="60-90")],
         places=[("landmark", "Oakford Public Library")], category="suspicious_person", priority="medium"),
    # A text: "its 1:05 am" during the watching is that time: low raised to medium. "at least 15 min" a duration; "hood
    # up" no clothing; "540 5th st" an address on a numbered street.
    dict(written="theres a guy standing in the snow across the street from our house just staring at our windows, hes been there at least 15 min and hasnt moved. its 1:05 am. hood up, no boot prints behind him so he came from the road. 540 5th st",
         spoken="there's a guy standing in the snow across the street from our house just staring at our windows he's been there at least fifteen minutes and hasn't moved it's one oh five a m hood up no boot prints behind him so he came from the road five forty fifth street",
         at="2028-02-12 01:07", entities=[P(count="1", sex="male"), ("local", "2028-02-12 01:05")],
         places=[("address", 540, "5th Street")], category="suspicious_person", priority="medium"),
    # Second-hand: a false story to draw an old woman outside "Yesterday afternoon" (14:00 the day before): a suspicious
    # person, low. The mother is a person; her car in the garage is only talked of; "she's 84" not annotated.
    dict(written="Calling for my mother, she's 84. Yesterday afternoon a man knocked on her door saying he'd backed into her car and she needed to come outside to look at the damage. Her car's been in the garage all week. She didn't go out, and he went on to the next houses. She's at 915 Chestnut.",
         spoken="calling for my mother she's eighty four yesterday afternoon a man knocked on her door saying he'd backed into her car and she needed to come outside to look at the damage her car's been in the garage all week she didn't go out and he went on to the next houses she's at nine fifteen chesnut",
         at="2028-02-10 09:40", entities=[P(count="1", sex="female"), ("local", "2028-02-09 14:00"), P(count="1", sex="male")],
         places=[("address", 915, "Chestnut Street")], category="suspicious_person", priority="low"),
    # A man feeling car hoods for running engines, now by the pay station (where the actor is): low raised to medium.
    # "the St. Mary's visitor lot" the landmark; "the pay station" is no Central Station; "at least ten cars" no vehicle
    # entity; "no coat" no clothing.
    dict(written="There's a guy walking the rows of the St. Mary's visitor lot putting his bare hand on the hoods of the cars, like he's checking which ones are still warm or left running. He's done it to at least ten cars. Now he's standing by the pay station watching people come out. Black hoodie, no coat.",
         spoken="there's a guy walking the rows of the saint mary's visitor lot putting his bare hand on the hoods of the cars like he's checking which ones are still warm or left running he's done it to at least ten cars now he's standing by the pay station watching people come out black hoodie no coat",
         at="2028-02-08 06:50", entities=[P(count="1", sex="male", clothing=["black hoodie"]), ("now",), P(count="2+")],
         places=[("landmark", "St. Mary's Hospital")], category="suspicious_person", priority="medium"),

    # ---------------------------------------------------------------- drugs
    # Pot brownies sold to students at lunch now: medium (children; raises do not stack). "A senior girl" (the seller, a
    # role word) and "A freshman" (a victim, a role word) 13-19; the nurse is a person; "candy-grams" no place.
    dict(written="I teach at Oakford High. A senior girl has been selling pot brownies wrapped up like the student council's candy-grams, little hearts on them, in the cafeteria. A freshman got sick and dizzy in my class after eating two and told the nurse where she got them. The girl is still going table to table at lunch right now.",
         spoken="i teach at oak ford high a senior girl has been selling pot brownies wrapped up like the student council's candy grams little hearts on them in the cafeteria a freshman got sick and dizzy in my class after eating two and told the nurse where she got them the girl is still going table to table at lunch right now",
         at="2028-02-10 12:10", entities=[P(count="1", sex="female", age="13-19"), P(count="1", sex="female", age="13-19"), P(count="1"), ("now",)],
         places=[("landmark", "Oakford High School")], category="drugs", priority="medium"),
    # Cocaine sold in a bar restroom ("is dealing", going on): low raised to medium. "green Jets jersey" -> "green
    # jersey"; "Number 87" no address; "Guys keep going in" 2+ male; the manager a person; a shaved head no clothing.
    dict(written="Old Mill Brewery, I'm behind the bar. The game's on every screen, and a guy in a green Jets jersey is dealing coke from a stall in the men's room. Guys keep going in two at a time and coming out wiping their noses. Our manager wants him gone but doesn't want a fight. Number 87, shaved head.",
         spoken="old mill brewery i'm behind the bar the game's on every screen and a guy in a green jets jersey is dealing coke from a stall in the men's room guys keep going in two at a time and coming out wiping their noses our manager wants him gone but doesn't want a fight number eighty seven shaved head",
         at="2028-02-13 20:05", entities=[P(count="1", sex="male", clothing=["green jersey"]), P(count="2+", sex="male"), P(count="1")],
         places=[("landmark", "Old Mill Brewery")], category="drugs", priority="medium"),
    # A web tip with no place ("the pizza place on Kingsley" a street alone); a habit: low. The delivery guy, the
    # roommate and the seller's yellow Fiat (as holdout18's LaCrosse) are annotated.
    dict(written="Web tip: If you order from the pizza place on Kingsley and ask for 'extra oregano,' the delivery guy brings a bag of weed along with the pizza. My roommate does it every weekend and he ordered it for the Super Bowl too. Same guy every time, drives a yellow Fiat.",
         spoken="web tip if you order from the pizza place on kingsley and ask for extra oregano the delivery guy brings a bag of weed along with the pizza my roommate does it every weekend and he ordered it for the super bowl too same guy every time drives a yellow fiat",
         at="2028-02-14 10:30", entities=[P(count="1", sex="male"), P(count="1", sex="male"), V(colour="yellow", make="fiat")],
         places=[], category="drugs", priority="low"),
    # Teenagers drinking cough syrup behind a gas station "right now": drugs, medium (children; raises do not stack).
    # "Four high school kids" a count, 13-19; "behind the building" at the QuickStop relative; "one of them" adds nothing.
    dict(written="Afternoon cashier at the QuickStop here. Four high school kids bought six bottles of cough syrup between them, and they're behind the building right now mixing it into soda bottles and passing it around. One of them can barely stand up. This is the third afternoon this week.",
         spoken="afternoon cashier at the quick stop here four high school kids bought six bottles of cough syrup between them and they're behind the building right now mixing it into soda bottles and passing it around one of them can barely stand up this is the third afternoon this week",
         at="2028-02-09 16:20", entities=[P(count="4", age="13-19"), ("now",)],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="drugs", priority="medium"),
    # A text: sales from a car ("are selling", going on, no time said): low raised to medium. "for like an hour" a
    # duration; "behind the main street pharmacy" relative; "charger" a Dodge Charger (make from the model).
    dict(written="the guys in the silver charger parked behind the main street pharmacy are selling pills out the window, cars keep pulling up next to them for like a minute and leaving. theyve been at it for like an hour",
         spoken="the guys in the silver charger parked behind the main street pharmacy are selling pills out the window cars keep pulling up next to them for like a minute and leaving they've been at it for like an hour",
         at="2028-02-10 21:40", entities=[P(count="2+", sex="male"), V(colour="silver", make="dodge", model="charger")],
         places=[("relative", ("landmark", "Main Street Pharmacy"))], category="drugs", priority="medium"),
    # Elderly: drugs and a pistol on a table seen through a window: drugs with a weapon seen (high, as holdout14's
    # dealers). "two young men" 2 male 18-29; "I'm 77" not annotated.
    dict(written="I'm 77 and I rent the apartment over my garage to two young men. I just went up to tell them the plow's coming, and through their kitchen window I could see a big bag of white powder, a scale and those little baggies all over the table, and a pistol lying right next to it. They didn't see me. 309 Birch Street.",
         spoken="i'm seventy seven and i rent the apartment over my garage to two young men i just went up to tell them the plow's coming and through their kitchen window i could see a big bag of white powder a scale and those little baggies all over the table and a pistol lying right next to it they didn't see me three oh nine burch street",
         at="2028-02-09 10:40", entities=[P(count="2", sex="male", age="18-29"), W("handgun")],
         places=[("address", 309, "Birch Street")], category="drugs", priority="high"),

    # "sometime last night" 23:00 the day before, told at 07:40: vandalism, low. The caller's Forester is part of the
    # event; "somebody" a person; "three dozen" no address; "the other team's flag" no place.
    dict(written="We had the other team's flag up on the porch for the game, and sometime last night somebody threw what has to be three dozen eggs at our front windows and my car. It's all frozen solid on the glass and the paint. White Subaru Forester. 1151 Pine Street. Really grown up.",
         spoken="we had the other team's flag up on the porch for the game and sometime last night somebody threw what has to be three dozen eggs at our front windows and my car it's all frozen solid on the glass and the paint white subaru forester eleven fifty one pine street really grown up",
         at="2028-02-14 07:40", entities=[("local", "2028-02-13 23:00"), P(count="1"), V(colour="white", make="subaru", model="forester")],
         places=[("address", 1151, "Pine Street")], category="vandalism", priority="low"),
    # A crowd smashing a bus shelter, "still going on": low raised to medium. "maybe forty people" 3+; "Main between 4th
    # and 5th" the block; the parked car jumped on is part of the event.
    dict(written="After the game there's a crowd of maybe forty people in the middle of Main between 4th and 5th. They tipped over the newspaper boxes, they're kicking in the glass of the bus shelter and jumping on the roof of a parked car. It's still going on.",
         spoken="yeah after the game there's a crowd of maybe forty people in the middle of maine between fourth and fifth they tipped over the newspaper boxes they're kicking in the glass of the bus shelter and jumping on the roof of a parked car it's still going on",
         at="2028-02-13 22:40", entities=[P(count="3+"), V(type="car")],
         places=[("block", 400, "Main Street")], category="vandalism", priority="medium"),
    # "Sometime overnight" 02:00, told at 07:30: vandalism, low. "Oakford Parks" no person; "Valentine's week" no time;
    # "the dry fountain" part of Maple Square.
    dict(written="Oakford Parks. Sometime overnight somebody pulled down the lighted heart arches we put up along the paths in Maple Square for Valentine's week, snapped the frames and threw two of them in the dry fountain. The cords are cut too. The town will want a police report.",
         spoken="this is oakford parks sometime overnight somebody pulled down the lighted heart arches we put up along the paths in maple square for valentine's week snapped the frames and threw two of them in the dry fountain the cords are cut too the town will want a police report",
         at="2028-02-12 07:30", entities=[("local", "2028-02-12 02:00"), P(count="1")],
         places=[("landmark", "Maple Square")], category="vandalism", priority="low"),
    # Fundraiser hearts snapped and a storm door broken "right now": low raised to medium. The Rotary is no person; "the
    # 300 block of Oak" the block; "red parka" -> "red coat"; the yellow house is no place.
    dict(written="A man in a red parka is working his way along the 300 block of Oak snapping the wooden Valentine's hearts the Rotary stuck in the lawns over his knee, and he just threw one through the glass storm door of the yellow house. He's about halfway down the block right now.",
         spoken="a man in a red parka is working his way along the three hundred block of oak snapping the wooden valentine's hearts the rotary stuck in the lawns over his knee and he just threw one through the glass storm door of the yellow house he's about halfway down the block right now",
         at="2028-02-14 21:30", entities=[P(count="1", sex="male", clothing=["red coat"]), ("now",)],
         places=[("block", 300, "Oak Street")], category="vandalism", priority="medium"),
    # "overnight" 02:00, told at 07:55: vandalism, low (the children are not at risk). The truck driven through is part
    # of the event; "Our third graders" and the kids crying one group ("2+"); "100th day" no number of a place.
    dict(written="Lincoln Elementary front office. Our third graders spent the 100th day building a little snow village on the front lawn, and overnight somebody drove a truck right through it. There's tire ruts across the whole lawn and the flagpole base is cracked. Kids are crying at drop-off.",
         spoken="lincoln elementary front office our third graders spent the hundredth day building a little snow village on the front lawn and overnight somebody drove a truck right through it there's tire ruts across the whole lawn and the flagpole base is cracked kids are crying at drop off",
         at="2028-02-09 07:55", entities=[P(count="2+"), ("local", "2028-02-09 02:00"), P(count="1"), V(type="truck")],
         places=[("landmark", "Lincoln Elementary School")], category="vandalism", priority="low"),
    # A text: sabotage of parked town trucks "right now": vandalism, low raised to medium. "2 guys" a count; the plow
    # trucks in general are no vehicle entities of the event; "the lot behind the police station" relative.
    dict(written="2 guys are dumping something from a bag into the fuel tanks of the town plow trucks in the lot behind the police station right now. no lights on back there, they keep looking around",
         spoken="two guys are dumping something from a bag into the fuel tanks of the town plow trucks in the lot behind the police station right now no lights on back there they keep looking around",
         at="2028-02-12 00:40", entities=[P(count="2", sex="male"), ("now",)],
         places=[("relative", ("landmark", "Oakford Police Department"))], category="vandalism", priority="medium"),

    # ---------------------------------------------------------------- disturbance
    # A text: "its 12:35" during the noise is that time: low raised to medium. "on a school night" no time; the people on
    # the deck and the caller's kids are "2+".
    dict(written="the people at 236 hawthorn are still out on their deck with a bullhorn and a drum chanting about the game, its 12:35 on a school night and my kids cant sleep. theyve been told twice",
         spoken="the people at two thirty six hawthorne are still out on their deck with a bull horn and a drum chanting about the game it's twelve thirty five on a school night and my kids can't sleep they've been told twice",
         at="2028-02-14 00:38", entities=[P(count="2+"), ("local", "2028-02-14 00:35"), P(count="2+")],
         places=[("address", 236, "Hawthorn Avenue")], category="disturbance", priority="medium"),
    # A man raging in a restaurant after a refused proposal, nobody touched (going on): medium. The woman has left (not
    # annotated); "Other couples" 2+.
    dict(written="Manager at the Corner Cafe. We're full for our Valentine's dinner seating and a man whose proposal just got turned down is standing on his chair yelling at the whole room that she led him on. He threw his wine glass at the wall and he won't sit down or leave. She already slipped out the back. Other couples are walking out without paying.",
         spoken="manager at the corner cafe we're full for our valentine's dinner seating and a man whose proposal just got turned down is standing on his chair yelling at the whole room that she led him on he threw his wine glass at the wall and he won't sit down or leave she already slipped out the back other couples are walking out without paying",
         at="2028-02-14 19:40", entities=[P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("landmark", "Corner Cafe")], category="disturbance", priority="medium"),
    # A threat to kill a 13-year-old, no blow (an ice scraper used on a light, no weapon): a disturbance, high (a child
    # in danger, as holdout14's threat). The neighbour's car a snowball hit is only talked of; "My son's 13" not
    # annotated.
    dict(written="My neighbor's out on my front steps pounding on the door and yelling he'll kill my son, because a snowball hit his car. He's got an ice scraper in his hand and he's smashing my porch light with it. My son's 13, he's hiding upstairs. 1024 Chestnut.",
         spoken="my neighbor's out on my front steps pounding on the door and yelling he'll kill my son because a snowball hit his car he's got an ice scraper in his hand and he's smashing my porch light with it my son's thirteen he's hiding upstairs ten twenty four chesnut",
         at="2028-02-11 16:10", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("address", 1024, "Chestnut Street")], category="disturbance", priority="high"),
    # A web tip; a habit ("Every afternoon this week"): low. "a group of teenagers" 3+ 13-19; the staff "2+"; "around 3" a
    # request, no time.
    dict(written="Web tip: Every afternoon this week after school lets out, a group of teenagers has taken over the front steps of the Oakford Public Library, swearing at people going in, flicking lit cigarettes at the book drop and blocking the doors. Our staff are tired of it. Could an officer stop by around 3?",
         spoken="web tip every afternoon this week after school lets out a group of teenagers has taken over the front steps of the oakford public library swearing at people going in flicking lit cigarettes at the book drop and blocking the doors our staff are tired of it could an officer stop by around three",
         at="2028-02-10 09:15", entities=[P(count="3+", age="13-19"), P(count="2+")],
         places=[("landmark", "Oakford Public Library")], category="disturbance", priority="low"),
    # Non-native: drunk men kicking a door with small children inside ("they are kicking", going on): medium (children do
    # not stack). "618 9th Street" an address on a numbered street; "two small children" a count.
    dict(written="Excuse me, in my building at 618 9th Street some drunk men are in the hallway on my floor, they knock on all the doors and shout about the football, and they are kicking my door. I have two small children, they are very scared. Please send police.",
         spoken="excuse me in my building at six eighteen ninth street some drunk men are in the hallway on my floor they knock on all the doors and shout about the football and they are kicking my door i have two small children they are very scared please send police",
         at="2028-02-13 23:50", entities=[P(count="2+", sex="male"), P(count="2")],
         places=[("address", 618, "9th Street")], category="disturbance", priority="medium"),
    # A drunk father shoving a table at a children's dance, nobody hurt: medium (children; going on). "A bunch of the
    # little girls" 3+ female; the DJ and his daughter are persons; City Hall the landmark.
    dict(written="I'm one of the volunteers at the Father-Daughter Dance at City Hall. A dad who's obviously been drinking is yelling at the DJ because he won't play his song, and he just shoved a table over and knocked the cupcakes all over the floor. A bunch of the little girls are crying. He won't leave, and his own daughter is trying to pull him out.",
         spoken="hi i'm one of the volunteers at the father daughter dance at city hall a dad who's obviously been drinking is yelling at the d j because he won't play his song and he just shoved a table over and knocked the cupcakes all over the floor a bunch of the little girls are crying he won't leave and his own daughter is trying to pull him out",
         at="2028-02-12 19:15", entities=[P(count="1", sex="male"), P(count="1"), P(count="3+", sex="female"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "City Hall")], category="disturbance", priority="medium"),

    # A roof fallen in on people, a man still under it calling out: a rescue (other, critical, as train2's trench). "at
    # least three people" 3+; the man under the beams a person of his own (his own situation and sex); "by the skating
    # pond at Riverside Park" relative; "the fire department" an organisation.
    dict(written="The roof of the warming hut by the skating pond at Riverside Park just caved in under all the snow. There were at least three people inside warming up, two crawled out, and we can hear a man still under the beams calling for help. Bring the fire department.",
         spoken="the roof of the warming hut by the skating pond at river side park just caved in under all the snow there were at least three people inside warming up two crawled out and we can hear a man still under the beams calling for help bring the fire department",
         at="2028-02-12 13:55", entities=[P(count="3+"), P(count="1", sex="male"), ("now",)],
         places=[("relative", ("landmark", "Riverside Park"))], category="other", priority="critical"),
    # A man with Alzheimer's gone out in the cold: other, high (a missing vulnerable person). "sometime in the last
    # hour" no time; "He's 81" not annotated; "Green pajamas" (the flannel pajamas said before) and "brown slippers"
    # kept, white hair nothing; "14 degrees" no number of a place; "Main Street" a street alone (a habit).
    dict(written="Our dad has Alzheimer's and he got out through the garage while I was on the phone, sometime in the last hour. He's only got flannel pajamas and slippers on, and it's 14 degrees. He's 81. We're at 508 Elm Street. He used to walk to Main Street for the paper every morning. Green pajamas, brown slippers, white hair, very thin.",
         spoken="our dad has alzheimer's and he got out through the garage while i was on the phone sometime in the last hour he's only got flannel pajamas and slippers on and it's fourteen degrees he's eighty one we're at five oh eight elm street he used to walk to main street for the paper every morning green pajamas brown slippers white hair very thin",
         at="2028-02-10 19:30", entities=[P(count="1", sex="male", build="thin", clothing=["green pajamas", "brown slippers"])],
         places=[("address", 508, "Elm Street")], category="other", priority="high"),
    # A moose among people taking pictures, going on: other, medium (as holdout16's goose). "Cedar between 6th and 7th"
    # the block, "up in Northgate" the neighbourhood; "toward 7th" a street alone; "ten feet" no number of a place.
    dict(written="There's a moose walking down the middle of Cedar between 6th and 7th, up in Northgate. Cars are stopping and people are getting out to take pictures way too close, and it just stomped and charged at a guy who got within ten feet. It's heading toward 7th.",
         spoken="uh there's a moose walking down the middle of ceder between sixth and seventh up in north gate cars are stopping and people are getting out to take pictures way too close and it just stomped and charged at a guy who got within ten feet it's heading toward seventh",
         at="2028-02-09 07:20", entities=[P(count="2+"), P(count="1", sex="male"), ("now",)],
         places=[("block", 600, "Cedar Street"), ("neighbourhood", "Northgate")], category="other", priority="medium"),
    # A loose animal, nobody in danger said: other, low. A harness is no clothing; "Hawthorn and 10th" the intersection.
    dict(written="Not sure who handles this. There's a pot-bellied pig in a little pink harness wandering in the front yard at Hawthorn and 10th, rooting around in the snowbank. It's friendly, it let me scratch its back. Nobody around seems to know whose it is.",
         spoken="um not sure who handles this there's a pot bellied pig in a little pink harness wandering in the front yard at hawthorne and tenth rooting around in the snow bank it's friendly it let me scratch its back nobody around seems to know whose it is",
         at="2028-02-13 11:05", entities=[],
         places=[("intersection", "Hawthorn Avenue", "10th Street")], category="other", priority="low"),
    # A question with no place ("on Walnut out front of my building" a street alone): other, low. "tonight" and "last
    # Thursday" no times; "$180" no address.
    dict(written="Quick question, not an emergency. Is the winter parking ban on tonight with this squall coming? My car's on Walnut out front of my building and I got towed last Thursday, that was $180 I don't have.",
         spoken="quick question not an emergency is the winter parking ban on tonight with this squall coming my car's on walnut out front of my building and i got towed last thursday that was a hundred eighty dollars i don't have",
         at="2028-02-10 14:20", entities=[],
         places=[], category="other", priority="low"),
    # A romance scam, no place: other, low (as holdout6's gift-card scam). The father is a person; the woman on the
    # dating site (the scammer) is not annotated; "since Christmas" a date, no time; "$11,000" no address.
    dict(written="My dad's 79 and since Christmas he's sent about $11,000 to a woman he met on a dating site who says she's a nurse on an oil rig and was flying in to meet him for Valentine's Day. She didn't come, and now she says she needs money for customs. He still won't believe it's a scam. What can we do?",
         spoken="my dad's seventy nine and since christmas he's sent about eleven thousand dollars to a woman he met on a dating site who says she's a nurse on an oil rig and was flying in to meet him for valentine's day she didn't come and now she says she needs money for customs he still won't believe it's a scam what can we do",
         at="2028-02-14 16:40", entities=[P(count="1", sex="male")],
         places=[], category="other", priority="low"),
]

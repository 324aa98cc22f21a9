"""A nineteenth hand-written set (90 tips), the blind set after holdout17, written blind: its author read only the
corpus README, the corpus scripts (holdout17.py, holdout16.py, holdout15.py, hand.py and make_corpus.py's geometry
helpers, priority helper, hand_records and set registration in full for the format, the place truth and the label
conventions; the docstrings of holdouts 1-14 and train1-3 for the situations, periods and choices they add; town.py;
and the written text of every earlier tip in hand.py, holdouts 1-17 and train1-3, gathered into one list by importing
the modules, searched by keyword and compared tip by tip by shared four-word runs and content-word overlap, after
which about twenty-five drafted tips that came too close to an earlier situation or sentence were rewritten or
replaced) and the town data (config/demo/README.md and town.py, from which config/demo/town.geojson is made), and
never opened the extractor's source, its tests, examples or benches, nor the gateway, the ASR, vision, telephony or
ONNX code, nor the fuzz targets, nor the repository README, nor any .jsonl file but its own output, nor ran cargo, the
extractor, `tipline` or any evaluation, nor saw any score or miss list. Once, before starting, it listed the one-line
subjects of the three newest commits (a slip, not repeated); they name a few phrases a review of the extractor looked
at, and no tip was written from them. It is the next honest estimate for phrasing the extractor has never seen.

It is set in the week of the Fourth of July 2027 (Tuesday 29 June to Monday 5 July; the Fourth falls on the Sunday and
the holiday is kept on the Monday) in Oakford, in a dry spell with a burn ban: the community band concert at the Maple
Square bandstand on the Tuesday evening; the Rec Department's summer movie nights in Maple Square; fireworks tents in
the QuickStop and FreshMart lots from the Wednesday; the Thursday farmers market on Market Street; getaway traffic on
Route 9 and the Oakford High Class of '07 reunion at the Old Mill Brewery on the Friday; the classic car show in the
Northgate Mall lot, the Firecracker softball tournament at Riverside Park (finals on the Monday), tubing on the river
and a block party on Walnut on the Saturday; the parade along Main on the Sunday morning (staging in the Oakford High
lot, the reviewing stand in front of City Hall), cookouts all afternoon, the town fireworks shot from the launch area
at Riverside Park at 9:30 with the crowd on the hill and cars parked along River Road, and backyard fireworks until
long after midnight; and the Monday of lost dogs, spent shells and the long weekend's discoveries. No earlier set is
set in June or July 2027 or in any Fourth of July week, and none has a parade, a town fireworks show, a car show, a
reunion or a burn ban. New situations: a hatchet chopped into a fence at a cookout with a threat to a man's head, a
round fired into the air coming down through a porch roof, a shotgun aimed from a porch at young teenagers lighting
fountains, a handgun in a waistband on the fireworks hill (dispatch), a machete swung at car windows in the jam
leaving the fireworks the night before (a web tip), stray arrows from a boy's new bow landing by a pool, pepper spray
sprayed into a block-party crowd; a duplex porch set alight by fireworks with a woman in a wheelchair upstairs, a sky
lantern in a spruce, a parade float's generator, a garage full of stored fireworks going off, a deck's string-light
cord (dispatch), a couch burned on the softball infield two nights before (a web report), tiki torches blown into a
hedge on the brewery patio (a text); a firework gone off in a hand, a display shell landing burning on a spectator, a
tubing gash at the rapids, a girl fallen from a Little League float (EMS), a boy's face and eye hit by a firework that
would not go (non-native), an ear hurt by a blast the night before, an 83-year-old fallen from a step stool hanging
bunting; a fireworks tent's cash box taken at knifepoint, a phone snatched by a cyclist from someone filming the
fireworks, an e-bike taken from a 15-year-old, a brewery's night deposit taken at gunpoint (dispatch), a son's wallet
and sneakers taken on the way home the night before, a bag torn off a wheelchair at the parade; a string of lit
firecrackers thrown into teenagers, a father who punches a 17-year-old lifeguard, a man kicked in the head on the
fireworks hill, a sister shoved down deck stairs at a cookout, a cashier slapped and spat on over beer after hours
(non-native), a bottle to a head at the band concert (dispatch), a father slammed into a light pole at the car show
the day before (a web report); the display company's shells taken from a container in the parks maintenance yard,
someone still upstairs when a family comes home from the fireworks, the historical society's case emptied (a web
report), a bedroom window during a cookout, an outdoor store's firearms room (an alarm company), a dentist's office
over the long weekend (a non-native cleaner); saved parade chairs loaded into a truck, gas siphoned from cars parked
for the fireworks, a widow's funeral flag, a cooler and fishing rods taken from a blanket, fireworks run out of a tent
(a text), a kayak cut off a car roof at the farmers market, a firefighters' boot of donations; a pickup onto the
parade route, an ambulance blocked by fireworks parking, a boy driving a golf cart of small children, a motorcycle
down on Route 9, a drunk driver on Old Mill Road, a T-bone with a pinned driver (dispatch), a boat-towing pickup
backing into a parked car on the Friday (a web report); a plateless van left on the parade route, a pickup selling
illegal fireworks from its bed, a dark sedan at the maintenance yard fence at 3:10, a school bus running in summer
with someone walking its aisle, a car full of fireworks left on a sidewalk (non-native), a Jeep on the softball fields
at night with two people digging; a man offering two 8-year-olds sparklers in his garage, a false parking attendant in
a bank's lot, a stranger in a backyard hot tub (a text), a man sleeping under a deck (non-native), a man dressed as a
mail carrier in backyards on a day with no mail, a man waiting by a cafe worker's car (second-hand); pills sold to
high school kids at the block party, vape pens sold by a head lifeguard to junior guards (a web tip), sales at a side
door (dispatch), drugs and a scale under Little League bleachers (a text), baggies hidden in an old woman's planter,
teenagers huffing duster behind FreshMart; show cars keyed at the car show, the Civil War cannon in Maple Square blown
apart with fireworks, roman candles aimed at a house, the inflatable movie screen slashed, a firework in the library's
book return, burnouts on the new turf field; a man threatening a woman over lawn parking, pots, pans and air horns at
12:40 (a text), a drunk man on a roof throwing bottles at people walking home (non-native), an uninvited ex-husband at
the reunion, hecklers throwing a bottle at the library's parade float, nightly fireworks behind a house (a web tip); a
dog bolted at the fireworks, an unexploded shell under a playground slide, a 15-year-old who left the fireworks with a
man she met online, a question whether big fireworks are legal, a pontoon boat drifting toward the dam, a foaming fox
outside the Corner Cafe.

Registers: calm, frightened, angry, hesitant ("This will sound silly to you", "Not an emergency", "Mostly I want it on
record for the league", "I think is dangerous", "Nobody saw anything?", "Please don't say where this came from"),
elderly ("I'm 83 and I'm on my kitchen floor", "I'm 81 and I'm so mad I could spit", "I'm 79 and I don't know what
this is"), texts in lower case without apostrophes ("didnt get the plate", "high school age prob", "its 1:15 am, we
dont know him, hes just sitting there", "its 12:40 am and theres like 10 people", "like 30 people still out there"),
non-native ("he look inside the firework tube to see why it don't go", "A man want to buy beer after 1 o'clock", "I
don't touch nothing", "Since two days a red car is park on the sidewalk", "For one week a man come in the night and
sleep under the deck", "he shout at the people who walk home from the fireworks"), second-hand (a son robbed the night
before, a coworker too scared to call, a son's word about a lifeguard, a daughter's friend, the lady on the next
blanket, a neighbour who watched a car get hit), workplace callers (a parade marshal, the fireworks tent, the
Community Pool manager, a parks director, a bartender, a librarian, the Rec Department, a firefighter at a boot drive,
an assistant manager, an office cleaner, a cashier, alarm monitoring), web-form notes ("Web tip:", "Web report:"),
dispatch, EMS and alarm shorthand ("approx 2135", "RP", "W/M 40s", "Subj", "900 blk", "2-story SFD", "14 y/o F",
"approx 6 ft", "L ankle", "A&O x4", "no LOC", "W/M, 20s", "Susp fled on foot N", "5'11\"", "M vic, 50s", "w/", "F subj
W/F 30s", "3 cm lac above the R eyebrow", "S on 6th", "0322 hrs", "2-veh MVC w/ entrapment", "CR-V driver F", "NB",
"FD and EMS requested", "Narcotics complaint", "1-2 min", "M subj"), and three self-corrections (a house number, a
cross street, a plate), annotated as corrected. Spoken forms add fillers ("um", "uh", "oh my god", "yeah so", "hi",
"yes hello"), split words ("shot gun", "hand gun", "pick up", "mini van", "back yard", "side walk", "drive way",
"flash light", "back pack", "guard rail", "tail gate", "mail bag", "band stand", "e bike", "d j", "s ten", "t shirt",
"e m s", "r p", "m v c", "c r v", "f d", "e r", "t h c"), the usual mishearings (river side, north gate, quick stop,
oak ford high, chess nut, burch, mabel, wall nut, kingsly, ceder, maine, hawthorne, fresh mart, old meal road) and a
new one ("river sight park" for Riverside Park), plates letter by letter ("seven k x three three zero"), in the NATO
alphabet ("kilo delta romeo eight three zero six no eight three six zero") and partly so ("five j w juliet whiskey
something"), and as "as in", partial ("t three one t as in tom"). Numbers that are not addresses: "every few minutes",
"a foot from", "like six of them, 13, 14 years old", "approx 6 ft", "two fingers", "500 gram cakes", "12-foot", "$300
or $400", "$20 a car", "like thirty cars", "like forty", "approx $6,000", "5'11\"", "$10 a pop", "$30", "approx 15
visitors", "1-2 min", "3 cm", "Number 12", "maybe 50 feet", "200 yards", "Class of '07", "like 30 people", "like 10
people", "four cases", "three long cuts", "two weeks", "after 1 o'clock", "until 2 or 3", "until 10", and ages of
victims, relatives and callers. Look-alike words that are not places or entities: "the big spruce" (a tree, not Spruce
Street), "fountains" (fireworks, not the Maple Square fountain), "happy 4th" and "the Fourth" (not 4th Street), "Old
Town" (a kayak maker), "New Hampshire plates" and "Ohio plates", "white Bruins jersey", "Oakford High Class of '07" at
the brewery, "Red Oakford Track sweatshirt", "the library float" on Main, "Green Mountain Security", "Oakford
Outdoors", "Oakford Historical Society", "Oakford Rec Department", "the display company", "the bank", "the burn ban",
"the burn unit", "Ashby", "Navy", "Boston terrier", "Pepper", "Altoids", "the Little League float", "the pavilion",
"center field", "the church" on Birch, "the ER", "Oakford" the town. Tips with no place (pills at "the block party on
Walnut", fireworks from "The house behind us on Cedar", a question about fireworks) and places given only by a street
("toward Main", "toward River Road", "down 4th toward Elm", "toward Old Mill Road", "S on 6th", "NB toward Pine",
"toward Elm", "onto pine", "the farmers market on Market Street").

Same format and conventions as hand.py and holdouts 4-17 (written to extraction_holdout18.jsonl), with the choices
holdout6.py to holdout17.py, train1.py and train2.py list (holdout17, then holdout16, then holdout15, then earlier
sets where they differ): every person other than the caller annotated once, also one named through a possessive; a
described member of a group a separate person only with their own attributes; people said to be away, absent or dead
not annotated; partial plates as said; corrected values as corrected; "last night" 23:00 the day before, "overnight"
02:00, "this afternoon" / "yesterday afternoon" 14:00, "since ..." the start; habits, durations, weekdays, dates,
schedule and future times are not times; "about N" / "maybe N" / "like N" years N-3..N+3, a decade its ten years,
teens 13-19, old/older 60-90, young 18-29; victims', relatives' and callers' stated or estimated ages not annotated, a
descriptive age word for a victim is; a vehicle's type only when a type word is in its description and not when a
model describes the same vehicle; base priorities weapon, fire, medical, robbery, assault high, burglary, theft,
traffic medium, the rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen, low
to medium for children at risk, one step (not above high) for an event still happening (a said time within 15 minutes,
or with no time said a present progressive for a low call), one step lower when more than six hours old (weapons and
robberies used hours or days ago included, as a weapon seen); raises do not stack; child luring and a missing
vulnerable person high.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type; a hatchet is "axe" (train2), a bow "bow" (holdout10), "a gun" fired into the air "gun", a
  handgun in a waistband and one displayed in a robbery "handgun". A hatchet chopped into a fence with a threat to
  split a man's head (as holdout17's claw hammer), a gun fired into the air whose round comes down through a porch
  roof beside a woman, a shotgun aimed at children, arrows from a boy's target practice landing where children swim
  (as holdout17's hunter), pepper spray sprayed into a crowd (holdout8), a knife held to a tent worker's face and a
  handgun displayed to take a deposit are in use (critical). A handgun visible in a waistband on the fireworks hill is
  a weapon seen (high); a machete swung at car windows the night before is a weapon used hours ago, lowered to medium.
  Not weapons: fireworks of any kind (a firework thrown, a string of firecrackers, roman candles, a mortar), a glass
  bottle swung at a head, a water bottle thrown, shovels, a stolen militia sword and the guns in a store's firearms
  room (nobody armed with them), a garden hose, tiki torches.
- Categories: the round through the porch roof and the arrows in the yard are weapon calls (the weapon is the event).
  A couch set alight on a ball field two nights before and out now is fire lowered to medium (as holdout8's recycling
  bin and train1's fence), while a firework set off in a book return and a cannon packed with fireworks are vandalism,
  low (an explosive in a box, as train2's M-80 in a mailbox). A display shell that lands on a spectator is medical,
  high (nobody did it to her); a blast to an ear the night before is medical, medium (judged by the blast, as
  holdout17's hidden concussion). A string of lit firecrackers thrown into teenagers, burning a girl, is assault,
  high. Someone still upstairs when a family comes home is burglary, high (now); shells cut out of a container between
  22:00 and 06:30 are medium (the middle of the window under six hours old, as holdout14's shed); a society closed
  since the Wednesday and an office closed since the Friday are low. A fireworks tent's cash box taken with a knife to
  a worker's face is robbery, critical. A boy driving a golf cart of small children in the road now is traffic, high
  (medium raised for now; children do not stack); a pickup on a parade route now is traffic, high; an ambulance
  blocked by parked cars is traffic, medium (a hazard, no time said); a hit-and-run three days old is low. A pickup
  selling illegal fireworks from its bed is a suspicious vehicle (a vehicle's activity, as train2's dumping), medium;
  a school bus running in summer with someone walking its aisle is a suspicious vehicle, medium (the bus is the
  oddity, as holdout7's Civic someone slept in); a car full of fireworks left on a sidewalk for two days is low. A man
  offering two 8-year-olds sparklers in his garage is child luring (high); a false parking attendant taking money now
  is a suspicious person, medium (as holdout14's fake adjuster); a stranger in a backyard hot tub at 1:15 is a
  suspicious person, medium (no entry, not burglary); a man waiting by a woman's car the night before, no threat said,
  is low. Drugs and a scale left under bleachers where 9-year-olds are about to play are drugs, medium (children);
  teenagers huffing duster now are drugs, medium. Roman candles aimed at a house for twenty minutes are vandalism,
  medium (teenagers doing damage are no children at risk). A threat to break a woman's jaw is a disturbance, high (a
  woman in danger, as holdout14's threat); bottles thrown from a roof and at a parade float that hit nobody are
  disturbances, medium. A pontoon boat with three children drifting toward a dam is other, critical (a rescue); a
  15-year-old who left with an adult she met online and is not home is other, high (a missing vulnerable person); an
  unexploded shell under a slide children climb on is other, medium (as holdout16's riverbank); a sick-acting fox
  among people is other, medium (as holdout16's goose); a lost dog and a question are other, low.
- Vehicles: "Chevy S-10" chevrolet s-10 ("the pickup" it is takes no type; "Dark green" green), "Gold Corvette", "the
  white Corvette" and "a black Camaro" make chevrolet and "a red Mustang" make ford (the make from the model, as
  holdout7's Civic), "Chevy Malibu" malibu, "Honda CR-V" cr-v, "Dodge Charger" charger, "Ford F-150" f-150, "my parked
  Subaru" make subaru, "Jeep Grand Cherokee" grand cherokee, "Tan Buick LaCrosse" lacrosse, "a black Infiniti" make
  infiniti, "a gold buick" gold buick, "A red Dodge pickup" make dodge and type pickup (a make and a type word,
  train2), "a Harley" make harley-davidson with no type (holdout8), a camper a vehicle with its colour and no type
  (holdout14), "a white box truck" white truck, "A black pickup", "a white pickup", "a red minivan", "a white cargo
  van" white van, "a dark sedan" sedan with no colour, "a red car", a school bus "bus", an ambulance "ambulance", the
  e-bike and the robbers' and the thief's bikes "bicycle" (holdout8), a kid's scooter "scooter". Annotated as part of
  the event: the minivan whose mirror was chopped, the car a kayak was cut off (as holdout17's car a tree was cut
  off), the Subaru that was backed into, the minivan being siphoned, the keyed show cars, the pickup doing burnouts,
  the seller's LaCrosse (as holdout16's Sequoia), the car a girl left in. Not vehicles: a golf cart (as holdout16's
  ATVs), a pontoon boat, a parade float and the fire engine far back in the parade, a boat being towed, a wheelchair,
  strollers, the car a family sits in, a car a deposit was carried to, a parked car children hide behind, cars
  stopping or parked in general, "a car goes by", the women's cars in threats and waits.
- Persons: "everybody" and "people" in the jam, "my kids", "the kids over there", "The family", "their parents",
  "staff", "the other guards", "Their kids" and "everybody" at the cookout, the chairs' owners ("People set their lawn
  chairs out", as holdout17's "people's coats"), the people, their kids and the marching band at the parade, "People
  parked for the fireworks", "the kids play in the street", "people are still paying him", "the junior guards",
  "approx 15 visitors", "the 9 year olds", "Their parents", "people who parked", "the people who walk home", "the
  people walking with the library float", her friends, "Little kids", "People on the patio", "People walk by", "kids
  keep walking up" are "2+"; "All the girls" 2+ female; "his buddies" 2+ male; "high school kids" and "The teenagers
  next door" 2+ 13-19; "like six of them", "A whole bunch of people", "like 30 people", "like 10 people" and "A bunch
  of guys" (male) are "3+"; "Two older kids", "Two employees", "three guys" (male), "two guys" (male), "two boys maybe
  12" (male, 9-15), "2 kids ... high school age" (13-19), "four little kids", "Two guys in it", "two people", "Three
  teenagers" (13-19) and "three little kids" are counts; "One had an orange tank top, the other a black bucket hat"
  and "one in a yellow shirt" are persons of their own, while "One shoved him", "one just got out", "one of them keeps
  sitting down", "one just whipped a full water bottle" and "one of her friends" add nothing. "somebody" who did a
  thing is a person, and "somebody" later seen as two boys is annotated once; the neighbour whose son shoots the bow
  and the lady whose dog was lunged at are named through possessives. Not persons: people said to be away (the
  occupants of a burning house, the owners at the food trucks, "everybody" at the fireworks while the cars are
  drained, a daughter on her way from Ashby), a late husband, "their crew", "the crews", "the last of us", the
  keyholder, "the owner" of a pickup, "the parade people", "nobody on the crew", the display company, the town, "RP".
  Ages: "The old man" and "Old white man" 60-90, "W/M 40s" 40-49, "teenage" and "a teenager" 13-19, "W/M, 20s" 20-29,
  "W/F 30s" 30-39, "maybe 12" 9-15, "Maybe 14" 11-17, "maybe 50" 47-53, "high school age" 13-19, "teenagers" 13-19
  (with "They can't be more than 14" no narrower), "in his twenties" 20-29; "13, 14 years old" (victims), "9 years",
  "14 y/o F", "My dad's 74", "She's 88", "She's 17", "my 15 year old", "They're 8", "I'm 83", "I'm 81", "I'm 79", "My
  daughter is 15", "who are 13 and 14", "M vic, 50s" and "the 9 year olds" are not annotated. Clothing: "black bucket
  hat" -> "black hat", "white t-shirts" -> "white t-shirt", "Matching blue t-shirts" -> "blue t-shirt", "stars and
  stripes tank top" -> "tank top" (a print is no colour), "Orange swim trunks" and "Green swim trunks" -> "orange
  trunks" and "green trunks" (as holdout14's "blue swim shirt" -> "blue shirt"), "white Bruins jersey" -> "white
  jersey", "blue shirt with fishes on it" -> "blue shirt", "black sundress" -> "black dress" (holdout9), "blue postal
  shirt and shorts" -> "blue shirt" and "shorts", "tan fishing hat" -> "tan hat", "Red Oakford Track sweatshirt" ->
  "red sweatshirt"; "white tank top", "orange tank top", "grey tank top", "red bandana", "camo shorts", "black
  hoodie", "backpack" (worn by a robber, as hand.py's), "grey t-shirt", "black shorts", "white sneakers", "jeans",
  "orange vest", "blue shorts" and "white shorts" kept; a helmet, a tattoo, a beard, blonde hair, baldness,
  "shirtless", "no shirt" and "dark clothes" are not clothing.
- Times: "It's 12:20", "It's 12:40", "its 12:40 am", "its 1:15 am" and "It's 3:10 in the morning" said during the
  event are those times; "Last night around 10:15", "last night around 11:45" and "last night around 9:15" are those
  times the day before; "Yesterday afternoon" 14:00 the day before; "On Friday around 6 p.m." 18:00 on that Friday
  (holdout10); "last night" alone 23:00 the day before; "approx 2135", "approx 2310", "approx 0105", "approx 2010",
  "approx 2215" and "0322 hrs" are clock times; "around 9:30 when the fireworks started" (a dog bolting) and "left the
  park around 10" (last seen, as holdout17's "she left at 6:30") are the event's; "about five minutes ago", "about ten
  minutes ago" and "About an hour ago" are minutes ago; "right now", "He's at the white Corvette now", "Now he is
  outside by the ice machine" and "now it's over in the wrong lane" (where the actor is) are now, while a narrative
  "now" ("It's up to the second floor now", "now the whole tree's going up") is not. Not times: "every few minutes",
  "Saturday night", "today at 1", "tomorrow", "tonight", "at 6:30", "at 6" and "at 9" (discoveries and openings), "We
  locked up at 10 last night", "She was in her room at 5", "around 11" and "when the crews left at midnight" (last
  visits), "We were last open Wednesday", "closed from Friday", "last night" when parade chairs were set out, "last
  night" when the show was shot, "The parade steps off at 10", "after 1 o'clock", "until 2 or 3", "until 10", "every
  night, since last Friday", "every morning this week", "most evenings", "in the past hour", "Monday morning", "this
  morning", "for the last twenty minutes", "like ten minutes", "Since two days", "For one week", "all afternoon", "all
  week", "two weeks", "Last year", "It's 1 a.m." (the call's time), "I'm only getting to this now" (the caller).
- Places: "the hill above the launch area", "the Riverside Park lot", "the hill at Riverside Park", "the softball
  infield at Riverside Park", "the Riverside Park maintenance yard", "the softball fields at Riverside Park", "the
  playground in Riverside Park" and "the park" a girl left (Riverside Park), "the patio at the old mill brewery",
  "rear lot of the Old Mill Brewery" and the brewery's "back room", "parade staging, Oakford High lot" and "the new
  turf field at Oakford High", "the fireworks tent in the QuickStop lot" and "the edge of the QuickStop lot", "the car
  show in the Northgate Mall lot", "Maple Square by the bandstand" and "the old Civil War cannon in Maple Square",
  "the Central Station commuter lot", "the Lincoln Elementary bus loop", "our back lot" at the Corner Cafe, the
  Community Pool's deck and guard shack, "our fireworks tent in the freshmart lot" and the library's book return are
  the landmark; "the gravel bar across from the boat launch at Riverside Park", "River Road just past the park", "by
  the back fence" of the maintenance yard, "the path along the river behind the QuickStop", "River Road by the
  QuickStop", "the empty lot next to the QuickStop", "in front of City Hall", "the dam below the Old Mill Brewery",
  "outside the Corner Cafe", "behind the store by the dumpsters" at FreshMart, "the little league field behind oakford
  high" and a car "parked by the library" are relative; "Main by 7th", "Main by 4th", "Kingsley by 7th", "Main and
  9th", "Main and 8th", "Main and 6th", Hawthorn "across 9th", "Route 9 by 10th" (River Road), Old Mill Road "by Oak",
  "Kingsley & 4th", "Birch near 4th" and "Walnut near 11th" are intersections; "Walnut between 4th and 5th", "900 blk
  Chestnut", Main "between 6th and 7th", "Oak between 9th and 10th", "chestnut between 10th and 11th" and "Pine
  between 8th and 9th, sorry, 9th and 10th" (900) are blocks; "toward Riverside" and "toward downtown" are
  neighbourhoods (destinations, holdout14); "1214, I mean 1124 Pine" is 1124 Pine Street (1214 is no house on Pine);
  "233 Spruce Street", "615 10th Street" and "130 Church Street" are addresses on a named, a numbered and a short
  street.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 7, 10, 14, 16, 22, 23, 24, 27, 28, 29, 30, 31, 45, 49, 61, 65, 72, 79, 83 and 90
(1-based, in file order) gained ("now",).
"""
from hand import P, V, W

HOLDOUT18 = [
    # ---------------------------------------------------------------- weapon
    # A hatchet chopped into a fence with a threat to split a man's head: in use (critical), as holdout17's claw hammer
    # banged down with a threat; a hatchet is "axe" (train2). "right now" is now; the kids are "2+".
    dict(written="My neighbor and my dad got into it over the property line during our cookout, and the neighbor went and got a hatchet from his shed. He's at the fence right now chopping at the boards and yelling he'll split my dad's head open next. My kids are in the yard. 1018 Elm Street.",
         spoken="um my neighbor and my dad got into it over the property line during our cookout and the neighbor went and got a hatchet from his shed he's at the fence right now chopping at the boards and yelling he'll split my dad's head open next my kids are in the yard ten eighteen elm street",
         at="2027-07-04 15:35", entities=[P(count="1", sex="male"), P(count="1", sex="male"), W("axe"), ("now",), P(count="2+")],
         places=[("address", 1018, "Elm Street")], category="weapon", priority="critical"),
    # Gunfire into the air with a round come down through a porch roof beside a woman: a gun in use (critical). "It's
    # 12:20" during the shooting is that time; "every few minutes" no time; the shooter ("somebody", "They") is one
    # person.
    dict(written="It's 12:20 and somebody a couple of yards over keeps firing a gun straight up in the air, and something just came down through the roof of our screened porch and hit the floor a foot from my wife's chair. It's a bullet, it's still warm. They're still shooting every few minutes. 1137 Birch.",
         spoken="it's twelve twenty and somebody a couple of yards over keeps firing a gun straight up in the air and something just came down through the roof of our screened porch and hit the floor a foot from my wife's chair it's a bullet it's still warm they're still shooting every few minutes eleven thirty seven burch",
         at="2027-07-05 00:23", entities=[("local", "2027-07-05 00:20"), P(count="1"), W("gun"), P(count="1", sex="female")],
         places=[("address", 1137, "Birch Street")], category="weapon", priority="critical"),
    # A shotgun aimed at a group of young teenagers with a threat: in use (critical). "The old man" 60-90; "like six of
    # them" is "3+" with their ages ("13, 14") an estimate of victims (not annotated); "fountains" are fireworks, not
    # the fountain in Maple Square; the car they hide behind is no vehicle of the event.
    dict(written="The old man at 728 Cedar is out on his porch with a shotgun aimed at the kids across the street who were lighting fountains, yelling he'll blow their heads off if they set off one more. There's like six of them, 13, 14 years old, hiding behind a parked car. Please hurry, he's not putting it down.",
         spoken="the old man at seven twenty eight ceder is out on his porch with a shot gun aimed at the kids across the street who were lighting fountains yelling he'll blow their heads off if they set off one more there's like six of them thirteen fourteen years old hiding behind a parked car please hurry he's not putting it down",
         at="2027-07-03 21:40", entities=[P(count="1", sex="male", age="60-90"), W("shotgun"), P(count="3+")],
         places=[("address", 728, "Cedar Street")], category="weapon", priority="critical"),
    # Dispatch: a handgun visible in a waistband, none drawn: a weapon seen (high). "the hill above the launch area" at
    # Riverside Park is the landmark; "approx 2135" the time; "RP" the caller; "shirtless" no clothing.
    dict(written="Weapon complaint, Riverside Park, the hill above the launch area, approx 2135. Per RP a W/M 40s, shirtless, handgun visible in his waistband, arguing loudly with the people behind him over the view. No weapon drawn. Subj still on scene, heavy crowd for the fireworks.",
         spoken="weapon complaint riverside park the hill above the launch area approximately twenty one thirty five per r p a white male forties shirtless hand gun visible in his waistband arguing loudly with the people behind him over the view no weapon drawn subject still on scene heavy crowd for the fireworks",
         at="2027-07-04 21:38", entities=[("local", "2027-07-04 21:35"), P(count="1", sex="male", age="40-49"), W("handgun"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="weapon", priority="high"),
    # A machete swung at car windows in a traffic jam eleven hours before the tip: a weapon used hours ago, lowered to
    # medium (holdout9). "Last night around 10:15" is 22:15 the day before; "everybody" and "people" are one group;
    # the minivan whose mirror was chopped is part of the event; "Dark green Chevy S-10" is the pickup (model s-10,
    # colour green, no type).
    dict(written="Web tip: Last night around 10:15, when everybody was trying to get out of the Riverside Park lot after the fireworks, the guy in the pickup behind us got out with a machete and walked down the line of cars swinging it at windows and screaming at people to move. He chopped the mirror off a minivan. My little kids were in the back seat crying. Dark green Chevy S-10 with a ladder rack.",
         spoken="web tip last night around ten fifteen when everybody was trying to get out of the river side park lot after the fireworks the guy in the pick up behind us got out with a machete and walked down the line of cars swinging it at windows and screaming at people to move he chopped the mirror off a mini van my little kids were in the back seat crying dark green chevy s ten with a ladder rack",
         at="2027-07-05 09:20", entities=[("local", "2027-07-04 22:15"), P(count="2+"), P(count="1", sex="male"), W("machete"), V(type="minivan"), P(count="2+"), V(colour="green", make="chevrolet", model="s-10")],
         places=[("landmark", "Riverside Park")], category="weapon", priority="medium"),
    # Arrows from a bow landing in a yard where children swim, the archer still shooting: in use (critical), as
    # holdout17's hunter firing toward houses. The neighbour is named through a possessive; "teenage" 13-19.
    dict(written="My neighbor's teenage son is out back practicing with his new bow, shooting at a hay bale, and two of his arrows have already sailed over the fence into our yard, where my kids are in the pool. One stuck in the deck right next to the ladder. I yelled over and he's still shooting. 1041 Hawthorn.",
         spoken="my neighbor's teenage son is out back practicing with his new bow shooting at a hay bale and two of his arrows have already sailed over the fence into our yard where my kids are in the pool one stuck in the deck right next to the ladder i yelled over and he's still shooting ten forty one hawthorne",
         at="2027-07-03 15:10", entities=[P(count="1"), P(count="1", sex="male", age="13-19"), W("bow"), P(count="2+")],
         places=[("address", 1041, "Hawthorn Avenue")], category="weapon", priority="critical"),
    # Pepper spray sprayed into a crowd: a weapon in use (critical, holdout8). "Somebody" is the skinny kid (one
    # person); "A whole bunch of people" is "3+"; "toward Main" a street alone.
    dict(written="Somebody just sprayed pepper spray into the crowd in front of the DJ at the block party on Walnut between 4th and 5th! A whole bunch of people are coughing and can't open their eyes and a little girl is screaming that her face is burning. It was a skinny kid in a white tank top, he ran off toward Main laughing with the can still in his hand.",
         spoken="oh my god somebody just sprayed pepper spray into the crowd in front of the d j at the block party on wall nut between fourth and fifth a whole bunch of people are coughing and can't open their eyes and a little girl is screaming that her face is burning it was a skinny kid in a white tank top he ran off toward maine laughing with the can still in his hand",
         at="2027-07-03 21:05", entities=[P(count="1", sex="male", build="thin", clothing=["white tank top"]), W("pepper spray"), P(count="3+"), P(count="1", sex="female"), ("now",)],
         places=[("block", 400, "Walnut Street")], category="weapon", priority="critical"),

    # ---------------------------------------------------------------- fire
    # A self-corrected house number: 1124 (1214 is no house on Pine). A woman in a wheelchair not seen out of a
    # burning duplex: a life at risk (critical). "It's up to the second floor now" is a narrative now (no time).
    dict(written="The back porch of the duplex next door is on fire, the kids over there were setting off fireworks in the yard and one went under the porch. It's up to the second floor now and the lady who lives upstairs is in a wheelchair, I haven't seen her come out. 1214, I mean 1124 Pine. Hurry!",
         spoken="the back porch of the duplex next door is on fire the kids over there were setting off fireworks in the yard and one went under the porch it's up to the second floor now and the lady who lives upstairs is in a wheelchair i haven't seen her come out twelve fourteen i mean eleven twenty four pine hurry",
         at="2027-07-04 22:40", entities=[P(count="2+"), P(count="1", sex="female")],
         places=[("address", 1124, "Pine Street")], category="fire", priority="critical"),
    # A tree set alight by a sky lantern, the family out: fire, high. "the big spruce" is a tree, not Spruce Street;
    # "the burn ban" no place.
    dict(written="One of those paper sky lanterns came down in the big spruce in the front yard at 310 Oak and now the whole tree's going up like a torch, burning needles are dropping on the garage roof. The family's out on the lawn. It's so dry with the burn ban, the next tree's going to catch.",
         spoken="one of those paper sky lanterns came down in the big spruce in the front yard at three ten oak and now the whole tree's going up like a torch burning needles are dropping on the garage roof the family's out on the lawn it's so dry with the burn ban the next tree's gonna catch",
         at="2027-07-04 23:05", entities=[P(count="2+")],
         places=[("address", 310, "Oak Street")], category="fire", priority="high"),
    # A parade float burning, everyone off: fire, high. "on Main by 7th" the intersection; the girls (female) and their
    # parents are groups; a float is no road vehicle and the fire engine far back in the parade is not part of the event.
    dict(written="Parade marshal, on Main by 7th. The generator on the back of the dance studio float just caught fire and it's lighting up the paper skirting, the float's stopped dead in the middle of Main. All the girls got off and their parents have them on the sidewalk, but the flames are inches from the generator's gas can. The fire engine that's in the parade is way back at the end of the line.",
         spoken="parade marshal on maine by seventh the generator on the back of the dance studio float just caught fire and it's lighting up the paper skirting the float's stopped dead in the middle of maine all the girls got off and their parents have them on the side walk but the flames are inches from the generator's gas can the fire engine that's in the parade is way back at the end of the line",
         at="2027-07-04 10:35", entities=[P(count="2+", sex="female"), P(count="2+"), ("now",)],
         places=[("intersection", "Main Street", "7th Street")], category="fire", priority="high"),
    # A garage full of stored fireworks burning and going off, the owner outside: fire, high (nobody inside said). The
    # owner is a person; "rockets" are fireworks.
    dict(written="The garage at 1113 Willow where the guy keeps all the fireworks for his big backyard show is on fire, and stuff keeps going off inside, rockets are shooting out the side window into the street. He's out front with a garden hose and he won't get back. Cars are stopping right in front of it.",
         spoken="the garage at eleven thirteen willow where the guy keeps all the fireworks for his big back yard show is on fire and stuff keeps going off inside rockets are shooting out the side window into the street he's out front with a garden hose and he won't get back cars are stopping right in front of it",
         at="2027-07-04 19:50", entities=[P(count="1", sex="male")],
         places=[("address", 1113, "Willow Street")], category="fire", priority="high"),
    # Dispatch: "900 blk Chestnut" the block; "approx 2310" the time; the occupants are away (not annotated); "SFD" a
    # single-family dwelling.
    dict(written="Structure fire, 900 blk Chestnut, 2-story SFD, heavy smoke showing from the rear and the attic vents. Per RP it started at an extension cord running the string lights on the back deck approx 2310. Occupants away per RP. Exposure risk to the house on the east side.",
         spoken="structure fire nine hundred block chess nut two story single family dwelling heavy smoke showing from the rear and the attic vents per r p it started at an extension cord running the string lights on the back deck approximately twenty three ten occupants away per r p exposure risk to the house on the east side",
         at="2027-07-04 23:16", entities=[("local", "2027-07-04 23:10")],
         places=[("block", 900, "Chestnut Street")], category="fire", priority="high"),
    # A couch set alight on a ball field two nights before, out now: fire lowered to medium (days old), as holdout8's
    # recycling bin set on fire and train1's fence burned by a bonfire. "Saturday night" no time; "today at 1" a
    # schedule; "somebody" is a person.
    dict(written="Web report: Saturday night somebody dragged an old couch out onto the softball infield at Riverside Park and set it on fire with fireworks. It's out now, but the infield's scorched black and there's springs and broken bottles all over it, and the holiday tournament finals are today at 1. Mostly I want it on record for the league.",
         spoken="web report saturday night somebody dragged an old couch out onto the softball infield at riverside park and set it on fire with fireworks it's out now but the infield's scorched black and there's springs and broken bottles all over it and the holiday tournament finals are today at one mostly i want it on record for the league",
         at="2027-07-05 08:10", entities=[P(count="1")],
         places=[("landmark", "Riverside Park")], category="fire", priority="medium"),
    # A text: patio torches blown over into a hedge and umbrellas, people still there: fire, high. "the patio at the old
    # mill brewery" the landmark; "like 30 people" is "3+".
    dict(written="wind just knocked over the tiki torches along the patio at the old mill brewery and the hedge and two of the big umbrellas are on fire. like 30 people still out there and staff throwing pitchers of water on it",
         spoken="wind just knocked over the tiki torches along the patio at the old mill brewery and the hedge and two of the big umbrellas are on fire like thirty people still out there and staff throwing pitchers of water on it",
         at="2027-07-01 20:25", entities=[P(count="3+"), P(count="2+"), ("now",)],
         places=[("landmark", "Old Mill Brewery")], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # A hand blown open, bleeding through a towel, pale and faint: a life at risk (critical). A firework is no weapon.
    dict(written="My brother-in-law was holding a big firework to throw it and it went off in his hand. His hand's torn up, two fingers are just hanging, and it's pumping blood through the towel, we've got a belt around his arm. He's gone white and sweaty and he keeps saying he's going to pass out. 815 Willow, we're in the backyard.",
         spoken="oh my god my brother in law was holding a big firework to throw it and it went off in his hand his hand's torn up two fingers are just hanging and it's pumping blood through the towel we've got a belt around his arm he's gone white and sweaty and he keeps saying he's gonna pass out eight fifteen willow we're in the back yard",
         at="2027-07-04 21:50", entities=[P(count="1", sex="male")],
         places=[("address", 815, "Willow Street")], category="medical", priority="critical"),
    # A display shell landing on a woman, serious burns, awake: medical, high (nobody did it to her). "the hill at
    # Riverside Park" the landmark ("river sight park" a new mishearing); "the pavilion" no place.
    dict(written="One of the shells from the town fireworks just came down still burning on the hill at Riverside Park and landed on a woman a few blankets over. Her hair caught and her neck and shoulder are burned bad, the skin's all white and peeling. Her husband put it out with a cooler of ice water. We're way up by the top near the pavilion.",
         spoken="one of the shells from the town fireworks just came down still burning on the hill at river sight park and landed on a woman a few blankets over her hair caught and her neck and shoulder are burned bad the skin's all white and peeling her husband put it out with a cooler of ice water we're way up by the top near the pavilion",
         at="2027-07-04 21:48", entities=[P(count="1", sex="female"), P(count="1", sex="male"), ("now",)],
         places=[("landmark", "Riverside Park")], category="medical", priority="high"),
    # A deep gash from river rocks, bleeding heavily but talking: high. "the gravel bar across from the boat launch at
    # Riverside Park" is relative; the sister is a person.
    dict(written="We were tubing down the river and my sister got dumped at the rapids and sliced her leg open on the rocks, it's a long deep cut on her calf and it won't stop bleeding through my shirt. She's talking but she's really pale. We're on the gravel bar across from the boat launch at Riverside Park.",
         spoken="we were tubing down the river and my sister got dumped at the rapids and sliced her leg open on the rocks it's a long deep cut on her calf and it won't stop bleeding through my shirt she's talking but she's really pale we're on the gravel bar across from the boat launch at riverside park",
         at="2027-07-03 15:55", entities=[P(count="1", sex="female")],
         places=[("relative", ("landmark", "Riverside Park"))], category="medical", priority="high"),
    # EMS: "14 y/o F" a victim's stated age (not annotated); "approx 6 ft" no number of a place; "parade staging, Oakford
    # High lot" the landmark; "Parent on scene" a person (no sex).
    dict(written="EMS to parade staging, Oakford High lot: 14 y/o F fell approx 6 ft from the top of the Little League float as it started moving. L ankle obvious deformity, abrasions to both palms, A&O x4, no LOC. Parent on scene.",
         spoken="e m s to parade staging oak ford high lot fourteen year old female fell approximately six feet from the top of the little league float as it started moving left ankle obvious deformity abrasions to both palms alert and oriented times four no loss of consciousness parent on scene",
         at="2027-07-04 09:40", entities=[P(count="1", sex="female"), P(count="1")],
         places=[("landmark", "Oakford High School")], category="medical", priority="high"),
    # Non-native: a firework shot into a boy's face, he cannot see from one eye: high. "9 years" not annotated.
    dict(written="Please, my son, 9 years, he look inside the firework tube to see why it don't go and it shoot in his face. His eye is closed and his face is black and he cry he cannot see from this eye. We are at the house 233 Spruce Street. Please come fast.",
         spoken="please my son nine years he look inside the firework tube to see why it don't go and it shoot in his face his eye is closed and his face is black and he cry he cannot see from this eye we are at the house two thirty three spruce street please come fast",
         at="2027-07-04 21:15", entities=[P(count="1", sex="male")],
         places=[("address", 233, "Spruce Street")], category="medical", priority="high"),
    # A blast injury to an ear the night before, symptoms now: judged by the blast (as holdout17's hidden concussion),
    # "last night" 23:00 the day before: high lowered to medium. "tomorrow" no time; "the ER" no place.
    dict(written="My son was standing right next to a mortar tube last night when a shell blew up inside it, and today he can't hear anything out of his left ear, there's dried blood in it, and he gets dizzy when he stands up. Should we go to the ER or wait for his doctor tomorrow? We're at 1052 Spruce.",
         spoken="um my son was standing right next to a mortar tube last night when a shell blew up inside it and today he can't hear anything out of his left ear there's dried blood in it and he gets dizzy when he stands up should we go to the e r or wait for his doctor tomorrow we're at ten fifty two spruce",
         at="2027-07-05 08:45", entities=[P(count="1", sex="male"), ("local", "2027-07-04 23:00")],
         places=[("address", 1052, "Spruce Street")], category="medical", priority="medium"),
    # Elderly, the caller herself hurt: no person (the daughter is on her way, not there); "I'm 83" not annotated;
    # "Ashby" no place of the event.
    dict(written="I'm 83 and I'm on my kitchen floor. I was up on the step stool hanging the red, white and blue bunting over the window and I went over backwards, and I can't get up, my hip hurts something awful. The front door's unlocked. 409 Elm Street. My daughter's on her way but she's coming all the way from Ashby.",
         spoken="yes hello i'm eighty three and i'm on my kitchen floor i was up on the step stool hanging the red white and blue bunting over the window and i went over backwards and i can't get up my hip hurts something awful the front door's unlocked four oh nine elm street my daughter's on her way but she's coming all the way from ashby",
         at="2027-06-29 10:15", entities=[],
         places=[("address", 409, "Elm Street")], category="medical", priority="high"),

    # ---------------------------------------------------------------- robbery
    # A cash box taken with a knife held to a worker's face: a robbery weapon in use (critical). "the fireworks tent in
    # the QuickStop lot" is the landmark; "camo shorts" kept; "no shirt" no clothing.
    dict(written="This is the fireworks tent in the QuickStop lot. A guy just came in, grabbed the cash box off the table, and when my coworker grabbed his arm he pulled a knife and held it up to her face till she let go. He cut out behind the car wash and over the guardrail. Tall, red bandana over his face, camo shorts, no shirt.",
         spoken="this is the fireworks tent in the quick stop lot a guy just came in grabbed the cash box off the table and when my coworker grabbed his arm he pulled a knife and held it up to her face till she let go he cut out behind the car wash and over the guard rail tall red bandana over his face camo shorts no shirt",
         at="2027-07-02 20:30", entities=[P(count="1", sex="male", height="tall", clothing=["red bandana", "camo shorts"]), P(count="1", sex="female"), W("knife"), ("now",)],
         places=[("landmark", "QuickStop Gas")], category="robbery", priority="critical"),
    # A phone ripped away and an elbow that bloodies a nose: robbery, high. The robber's bike is a bicycle entity
    # (holdout14's "a man on a bike"); the backpack he wears is clothing (hand.py), a helmet is not; "the edge of the
    # QuickStop lot" the landmark; "toward River Road" a street alone.
    dict(written="A guy on a bike just snatched my phone right out of my hand while I was filming the fireworks from the edge of the QuickStop lot, and when I grabbed his handlebars he elbowed me in the face. My nose is gushing. He pedaled off toward River Road. Black hoodie, backpack, white helmet.",
         spoken="a guy on a bike just snatched my phone right out of my hand while i was filming the fireworks from the edge of the quick stop lot and when i grabbed his handlebars he elbowed me in the face my nose is gushing he pedaled off toward river road black hoodie back pack white helmet",
         at="2027-07-04 21:45", entities=[P(count="1", sex="male", clothing=["black hoodie", "backpack"]), V(type="bicycle"), ("now",)],
         places=[("landmark", "QuickStop Gas")], category="robbery", priority="high"),
    # An e-bike taken from a boy knocked off it, hurt: robbery, high. The e-bike is a bicycle (holdout8); "Two older
    # kids" a count, each described apart a person of their own ("orange tank top" kept, "black bucket hat" -> "black
    # hat"); "toward Riverside" the neighbourhood (a destination); "the path along the river behind the QuickStop" is
    # relative; "my 15 year old" not annotated as an age.
    dict(written="Two older kids just knocked my 15 year old off his e-bike on the path along the river behind the QuickStop and took it, one riding it and the other running alongside. He's got road rash down his whole arm and his elbow's bleeding. They went toward Riverside. One had an orange tank top, the other a black bucket hat.",
         spoken="two older kids just knocked my fifteen year old off his e bike on the path along the river behind the quick stop and took it one riding it and the other running alongside he's got road rash down his whole arm and his elbow's bleeding they went toward riverside one had an orange tank top the other a black bucket hat",
         at="2027-07-01 16:20", entities=[P(count="2"), P(count="1", sex="male"), V(type="bicycle"), P(count="1", clothing=["orange tank top"]), P(count="1", clothing=["black hat"]), ("now",)],
         places=[("relative", ("landmark", "QuickStop Gas")), ("neighbourhood", "Riverside")], category="robbery", priority="high"),
    # Dispatch: an armed robbery just now is critical (README). "approx 0105" the time; "Two employees" a count; the
    # suspect fled north (a person's direction, as holdout17's); "5'11\"" a height; "approx $6,000" no address; "a
    # car" the deposit was carried to is not part of the event.
    dict(written="Armed robbery just occurred, rear lot of the Old Mill Brewery, approx 0105. Two employees carrying the night deposit to a car were approached by a W/M, 20s, who displayed a black handgun and took the deposit bag, approx $6,000. No injuries. Susp fled on foot N toward Old Mill Road. Slim, 5'11\", grey t-shirt, black shorts, white sneakers.",
         spoken="armed robbery just occurred rear lot of the old mill brewery approximately oh one oh five two employees carrying the night deposit to a car were approached by a white male twenties who displayed a black hand gun and took the deposit bag approximately six thousand dollars no injuries suspect fled on foot north toward old meal road slim five eleven gray t shirt black shorts white sneakers",
         at="2027-07-03 01:11", entities=[("local", "2027-07-03 01:05"), P(count="2"), P(count="1", sex="male", age="20-29", build="thin", height="5'11\"", clothing=["grey t-shirt", "black shorts", "white sneakers"], direction="north"), W("handgun")],
         places=[("landmark", "Old Mill Brewery")], category="robbery", priority="critical"),
    # "last night around 11:45" is 23:45 the day before; a robbery with a scrape ten hours old: high lowered to
    # medium. "three guys" a count, all in white t-shirts; "Kingsley by 7th" the intersection.
    dict(written="I'm calling about my son. Coming back from the fireworks last night around 11:45, he got stopped by three guys on Kingsley by 7th. One shoved him into a hedge and they took his wallet and his new sneakers right off his feet. He walked home in his socks with a scraped-up cheek. He didn't want me to call. All three had on white t-shirts.",
         spoken="yeah i'm calling about my son coming back from the fireworks last night around eleven forty five he got stopped by three guys on kingsly by seventh one shoved him into a hedge and they took his wallet and his new sneakers right off his feet he walked home in his socks with a scraped up cheek he didn't want me to call all three had on white t shirts",
         at="2027-07-05 10:05", entities=[P(count="1", sex="male"), ("local", "2027-07-04 23:45"), P(count="3", sex="male", clothing=["white t-shirt"])],
         places=[("intersection", "Kingsley Avenue", "7th Street")], category="robbery", priority="medium"),
    # A bag torn off a wheelchair, the chair tipped and the woman hurt: robbery, high. "a teenager" 13-19; "stars and
    # stripes tank top" -> "tank top" (a print is no colour); "She's 88" not annotated; "down 4th toward Elm" a street
    # alone; a wheelchair is no vehicle.
    dict(written="At the parade on Main by 4th a teenager just yanked the bag off the back of my mother's wheelchair, and when she held on to the strap he jerked it so hard her chair went over sideways onto the curb. She's 88, her elbow's bleeding and she's crying. He ran down 4th toward Elm with it. Skinny, stars and stripes tank top.",
         spoken="at the parade on maine by fourth a teenager just yanked the bag off the back of my mother's wheelchair and when she held on to the strap he jerked it so hard her chair went over sideways onto the curb she's eighty eight her elbow's bleeding and she's crying he ran down fourth toward elm with it skinny stars and stripes tank top",
         at="2027-07-04 10:20", entities=[P(count="1", sex="male", age="13-19", build="thin", clothing=["tank top"]), P(count="1", sex="female"), ("now",)],
         places=[("intersection", "Main Street", "4th Street")], category="robbery", priority="high"),

    # ---------------------------------------------------------------- assault
    # Lit firecrackers thrown into a group, a girl burned: assault, high (a firework is no weapon). "a group of
    # teenagers" and "The kids" one group (13-19); the girl a person of her own (sex).
    dict(written="A man on the porch at 516 Maple just threw a lit string of firecrackers into a group of teenagers walking by on the sidewalk, it went off all around a girl's legs and she's got burns all over her shins. He's up there laughing with a beer in his hand. The kids are across the street screaming at him.",
         spoken="a man on the porch at five sixteen mabel just threw a lit string of firecrackers into a group of teenagers walking by on the side walk it went off all around a girl's legs and she's got burns all over her shins he's up there laughing with a beer in his hand the kids are across the street screaming at him",
         at="2027-07-03 22:10", entities=[P(count="1", sex="male"), P(count="2+", age="13-19"), P(count="1", sex="female"), ("now",)],
         places=[("address", 516, "Maple Avenue")], category="assault", priority="high"),
    # A lifeguard punched by a father, a bloody nose: assault, high. "She's 17" not annotated; the son and the other
    # guards are persons; "orange swim trunks" -> "orange trunks"; a tattoo is no clothing.
    dict(written="Community Pool manager. A dad just punched one of my lifeguards after she whistled his son off the diving board for doing flips. She's 17 and her nose is pouring blood. He's still out on the deck screaming at the other guards. Orange swim trunks, a big eagle tattoo on his back.",
         spoken="community pool manager a dad just punched one of my lifeguards after she whistled his son off the diving board for doing flips she's seventeen and her nose is pouring blood he's still out on the deck screaming at the other guards orange swim trunks a big eagle tattoo on his back",
         at="2027-07-03 14:30", entities=[P(count="1", sex="male", clothing=["orange trunks"]), P(count="1", sex="female"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("landmark", "Community Pool")], category="assault", priority="high"),
    # A man kicked in the head, not moving and snoring: a life at risk (critical). "white Bruins jersey" -> "white
    # jersey"; "Number 12" no address; "his buddies" 2+ male; the wife a person.
    dict(written="Big fight on the hill at Riverside Park over blanket space, and a guy in a white Bruins jersey just kicked a man in the head while he was down. The man isn't moving and he's making a snoring sound, his wife's screaming. The guy who kicked him and his buddies are pushing out toward the parking lot. Number 12 on the back.",
         spoken="big fight on the hill at river side park over blanket space and a guy in a white bruins jersey just kicked a man in the head while he was down the man isn't moving and he's making a snoring sound his wife's screaming the guy who kicked him and his buddies are pushing out toward the parking lot number twelve on the back",
         at="2027-07-04 21:20", entities=[P(count="1", sex="male", clothing=["white jersey"]), P(count="1", sex="male"), P(count="1", sex="female"), P(count="2+", sex="male"), ("now",)],
         places=[("landmark", "Riverside Park")], category="assault", priority="critical"),
    # A woman shoved down deck stairs, a broken wrist: assault, high (children there do not stack). "everybody" and
    # "Their kids" are groups.
    dict(written="My brother-in-law's had way too much at their cookout and he just shoved my sister down the deck stairs in front of everybody, she landed on the patio and her wrist is swollen up and crooked. He's standing at the grill yelling that she embarrassed him. Their kids are right here. 1190 Walnut.",
         spoken="my brother in law's had way too much at their cookout and he just shoved my sister down the deck stairs in front of everybody she landed on the patio and her wrist is swollen up and crooked he's standing at the grill yelling that she embarrassed him their kids are right here eleven ninety wall nut",
         at="2027-07-04 16:45", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="2+"), P(count="2+"), ("now",)],
         places=[("address", 1190, "Walnut Street")], category="assault", priority="high"),
    # Non-native: a slap and spitting, no injury said: assault, high (its base). "after 1 o'clock" is a rule, no time;
    # "Now he is outside" is where the actor is (now); "Old" 60-90; "blue shirt with fishes on it" -> "blue shirt".
    dict(written="Hello, I work the register at the QuickStop. A man want to buy beer after 1 o'clock and I tell him I cannot sell, it is the law. He slap me in my face and spit on me and throw the beer on the floor. Now he is outside by the ice machine, yelling. Old white man, blue shirt with fishes on it.",
         spoken="hello i work the register at the quick stop a man want to buy beer after one o'clock and i tell him i cannot sell it is the law he slap me in my face and spit on me and throw the beer on the floor now he is outside by the ice machine yelling old white man blue shirt with fishes on it",
         at="2027-07-03 01:15", entities=[P(count="1", sex="male", age="60-90", clothing=["blue shirt"]), ("now",)],
         places=[("landmark", "QuickStop Gas")], category="assault", priority="high"),
    # Dispatch: a glass bottle is no weapon (improvised); "M vic, 50s" a victim's decade (not annotated); "W/F 30s"
    # 30-39; "black sundress" -> "black dress"; blonde hair no clothing; "S on 6th" a direction, 6th a street alone;
    # "3 cm" no number of a place.
    dict(written="Assault just occurred, Maple Square by the bandstand, approx 2010, during the band concert. M vic, 50s, struck in the head w/ a glass bottle by a F subj after a verbal dispute over lawn chair space, 3 cm lac above the R eyebrow, pressure applied, A&O x3. F subj W/F 30s, long blonde hair, black sundress, walked off S on 6th.",
         spoken="assault just occurred maple square by the band stand approximately twenty ten during the band concert male victim fifties struck in the head with a glass bottle by a female subject after a verbal dispute over lawn chair space three centimeter laceration above the right eyebrow pressure applied alert and oriented times three female subject white female thirties long blonde hair black sundress walked off southbound on sixth",
         at="2027-06-29 20:16", entities=[("local", "2027-06-29 20:10"), P(count="1", sex="male"), P(count="1", sex="female", age="30-39", clothing=["black dress"], direction="south")],
         places=[("landmark", "Maple Square")], category="assault", priority="high"),
    # "Yesterday afternoon" is 14:00 the day before; an injury a day old: high lowered to medium. The Corvette leaned on
    # is part of the event (make chevrolet from the model, as holdout7's Civic); "My dad's 74" not annotated.
    dict(written="Web report: Yesterday afternoon at the car show in the Northgate Mall lot my dad leaned on the fender of a man's Corvette to look at the engine, and the man grabbed him by the collar and slammed him back into a light pole. My dad's 74, he's got a bruise the size of my hand on his back and a lump on his head. Gold Corvette, plate 7KX 330.",
         spoken="web report yesterday afternoon at the car show in the north gate mall lot my dad leaned on the fender of a man's corvette to look at the engine and the man grabbed him by the collar and slammed him back into a light pole my dad's seventy four he's got a bruise the size of my hand on his back and a lump on his head gold corvette plate seven k x three three zero",
         at="2027-07-04 12:30", entities=[("local", "2027-07-03 14:00"), P(count="1", sex="male"), P(count="1", sex="male"), V(colour="gold", make="chevrolet", model="corvette", plate="7KX330")],
         places=[("landmark", "Northgate Mall")], category="assault", priority="medium"),

    # ---------------------------------------------------------------- burglary
    # A locked container cut open between 22:00 and 06:30: the middle of the window (about 02:15) is under six hours
    # old at 06:40, medium. "We locked up at 10 last night" is a last visit, no time; "tonight's show" and "at 9" are
    # schedules; "the display company" is no person; "the Riverside Park maintenance yard" the landmark.
    dict(written="Parks director. I came in at 6:30 and the shipping container in the Riverside Park maintenance yard where the display company stored tonight's show has been cut open, the padlock's lying in the grass. At least four cases of the big shells are gone. We locked up at 10 last night. I need somebody here before their crew shows up at 9.",
         spoken="parks director i came in at six thirty and the shipping container in the riverside park maintenance yard where the display company stored tonight's show has been cut open the padlock's lying in the grass at least four cases of the big shells are gone we locked up at ten last night i need somebody here before their crew shows up at nine",
         at="2027-07-04 06:40", entities=[],
         places=[("landmark", "Riverside Park")], category="burglary", priority="medium"),
    # Someone still inside now: burglary, high. The car the family sits in is the caller's, not part of the event; the
    # ladder is no entity.
    dict(written="Pulled in from the fireworks and our back door's wide open, and I can hear somebody moving around upstairs right now, drawers banging. We went back out and we're sitting in the car in the driveway with the doors locked. 1037 Oak. There's a ladder up against the back of the house that isn't ours.",
         spoken="pulled in from the fireworks and our back door's wide open and i can hear somebody moving around upstairs right now drawers banging we went back out and we're sitting in the car in the drive way with the doors locked ten thirty seven oak there's a ladder up against the back of the house that isn't ours",
         at="2027-07-04 22:35", entities=[P(count="1"), ("now",)],
         places=[("address", 1037, "Oak Street")], category="burglary", priority="high"),
    # Closed from the Wednesday to the Saturday morning: plainly days old, low. A stolen sword is no weapon (nobody is
    # armed with it); "130 Church Street" an address on a short street; the society is no person.
    dict(written="Web report: Oakford Historical Society, 130 Church Street. We were last open Wednesday. Dropping off bunting for the parade this morning I found the back window knocked in and the glass case with the old pocket watches and the militia sword had been smashed and emptied. Nobody else has a key.",
         spoken="web report oakford historical society one thirty church street we were last open wednesday dropping off bunting for the parade this morning i found the back window knocked in and the glass case with the old pocket watches and the militia sword had been smashed and emptied nobody else has a key",
         at="2027-07-03 09:30", entities=[],
         places=[("address", 130, "Church Street")], category="burglary", priority="low"),
    # A bedroom entered during a cookout, no time said: medium. "She was in her room at 5" is a last visit, no time; the
    # daughter is named through a possessive.
    dict(written="While we were all out back at our cookout somebody climbed in my daughter's bedroom window on the side of the house and took her laptop and the jar of babysitting money she's been saving all year. The screen's lying in the flower bed. She was in her room at 5. 1105 Chestnut.",
         spoken="while we were all out back at our cookout somebody climbed in my daughter's bedroom window on the side of the house and took her laptop and the jar of babysitting money she's been saving all year the screen's lying in the flower bed she was in her room at five eleven oh five chestnut",
         at="2027-07-04 18:05", entities=[P(count="1", sex="female"), P(count="1")],
         places=[("address", 1105, "Chestnut Street")], category="burglary", priority="medium"),
    # An alarm company's 0322 told at 03:26: within 15 minutes, medium raised to high. Guns in a store's case are no
    # weapon entity; "Green Mountain Security" and "Oakford Outdoors" are names, no places.
    dict(written="Green Mountain Security, monitoring center. Burglar alarm at Oakford Outdoors, 512 Main Street: front door contact, then glass-break in the firearms room, 0322 hrs. Keyholder notified, about 20 minutes out. Requesting a unit.",
         spoken="green mountain security monitoring center burglar alarm at oakford outdoors five twelve main street front door contact then glass break in the firearms room oh three twenty two hours keyholder notified about twenty minutes out requesting a unit",
         at="2027-07-02 03:26", entities=[("local", "2027-07-02 03:22")],
         places=[("address", 512, "Main Street")], category="burglary", priority="high"),
    # Non-native: an office closed since the Friday found on the Monday: days old, low. "at 6" a discovery; "the second
    # floor" no number of the address.
    dict(written="Good morning. I clean the offices at 720 Main. This morning I come at 6 and the door of the dentist office on the second floor is broken, the computers are on the floor and the drawer for the money is open and empty. The office is closed from Friday for the holiday. I don't touch nothing.",
         spoken="good morning i clean the offices at seven twenty main this morning i come at six and the door of the dentist office on the second floor is broken the computers are on the floor and the drawer for the money is open and empty the office is closed from friday for the holiday i don't touch nothing",
         at="2027-07-05 06:25", entities=[],
         places=[("address", 720, "Main Street")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # Saved parade chairs loaded into a truck now: theft, high. "last night" is when the chairs were set out, not the
    # event's time; the chairs' owners are "2+" (as holdout17's "people's coats"); "Main ... between 6th and 7th" the
    # block; "a white box truck" white truck; "like forty" no address.
    dict(written="People set their lawn chairs out along Main last night to save spots for the parade, and right now two guys with a white box truck are going down the curb between 6th and 7th throwing the chairs in the back. They've got like forty in there already. Matching blue t-shirts like they're a crew, but they're not with the town.",
         spoken="yeah so people set their lawn chairs out along maine last night to save spots for the parade and right now two guys with a white box truck are going down the curb between sixth and seventh throwing the chairs in the back they've got like forty in there already matching blue t shirts like they're a crew but they're not with the town",
         at="2027-07-04 06:10", entities=[P(count="2+"), ("now",), P(count="2", sex="male", clothing=["blue t-shirt"]), V(colour="white", type="truck")],
         places=[("block", 600, "Main Street")], category="theft", priority="high"),
    # Gas siphoned from parked cars now: theft, high. The minivan being drained and the thief's bike are part of the
    # event; "everybody" is away at the fireworks (not annotated); "just past the park" on River Road is relative to
    # Riverside Park; "dark clothes" no clothing.
    dict(written="With everybody down at the fireworks there's a guy going along the cars parked on River Road just past the park with a gas can and a hose, I've watched him do three of them. He's at a red minivan right now. He rode up on a bike with a milk crate on the back. Skinny, dark clothes.",
         spoken="with everybody down at the fireworks there's a guy going along the cars parked on river road just past the park with a gas can and a hose i've watched him do three of them he's at a red mini van right now he rode up on a bike with a milk crate on the back skinny dark clothes",
         at="2027-07-04 21:55", entities=[P(count="1", sex="male", build="thin"), V(colour="red", type="minivan"), ("now",), V(type="bicycle")],
         places=[("relative", ("landmark", "Riverside Park"))], category="theft", priority="high"),
    # Elderly: "last night" 23:00 the day before, told at 08:30: low. The late husband is not annotated; "the Fourth" and
    # "Navy" are no places; "I'm 81" not annotated.
    dict(written="This will sound silly to you. Somebody took the flag off my front porch last night, and it's not a cheap one, it's the flag they folded and gave me at my husband's funeral, he was Navy. I only put it out for the Fourth. The bracket's still there. 226 Willow Street. I'm 81 and I'm so mad I could spit.",
         spoken="this will sound silly to you somebody took the flag off my front porch last night and it's not a cheap one it's the flag they folded and gave me at my husband's funeral he was navy i only put it out for the fourth the bracket's still there two twenty six willow street i'm eighty one and i'm so mad i could spit",
         at="2027-07-05 08:30", entities=[P(count="1"), ("local", "2027-07-04 23:00")],
         places=[("address", 226, "Willow Street")], category="theft", priority="low"),
    # Five minutes ago: medium raised to high. "somebody" and the two boys the lady saw are the same actors (one
    # entity, as holdout17's pie thieves); "maybe 12" 9-15; "one in a yellow shirt" a person of their own; the husband is
    # named through a possessive; "like ten minutes" a duration.
    dict(written="We set up our blanket on the hill at Riverside Park and walked down to the water for like ten minutes, and somebody took our cooler, my husband's tackle box and both his fishing rods. The lady next to us says two boys maybe 12 carried it all off toward the ballfields about five minutes ago, one in a yellow shirt.",
         spoken="we set up our blanket on the hill at riverside park and walked down to the water for like ten minutes and somebody took our cooler my husband's tackle box and both his fishing rods the lady next to us says two boys maybe twelve carried it all off toward the ball fields about five minutes ago one in a yellow shirt",
         at="2027-07-04 20:40", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="2", sex="male", age="9-15"), ("ago", 5), P(count="1", clothing=["yellow shirt"])],
         places=[("landmark", "Riverside Park")], category="theft", priority="high"),
    # A text: "just" is no time, so theft stays medium. "our fireworks tent in the freshmart lot" the landmark; "high
    # school age" 13-19; "a gold buick" colour and make; "onto pine" a street alone; "500 gram cakes" are fireworks, no
    # number of a place.
    dict(written="2 kids just ran out of our fireworks tent in the freshmart lot with an armful of the big 500 gram cakes each, jumped in a gold buick and it tore out the exit onto pine. didnt get the plate. high school age prob",
         spoken="two kids just ran out of our fireworks tent in the fresh mart lot with an arm full of the big five hundred gram cakes each jumped in a gold buick and it tore out the exit onto pine didn't get the plate high school age probably",
         at="2027-07-02 19:35", entities=[P(count="2", age="13-19"), V(colour="gold", make="buick"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="theft", priority="medium"),
    # A kayak cut off a car roof, no time said: medium. The car it was taken from is part of the event (as holdout17's
    # car a tree was cut off); "by the library" is relative (where the car is); "the farmers market on Market Street" a
    # street alone; "Old Town" a kayak maker, no place; "12-foot" no number of a place.
    dict(written="Somebody cut the straps and took my kayak off the roof of my car while I was at the farmers market on Market Street. It's a green 12-foot Old Town. I was gone maybe half an hour. The car's parked by the library, right in the open. Nobody saw anything?",
         spoken="somebody cut the straps and took my kayak off the roof of my car while i was at the farmers market on market street it's a green twelve foot old town i was gone maybe half an hour the car's parked by the library right in the open nobody saw anything",
         at="2027-07-01 18:50", entities=[P(count="1"), V(type="car")],
         places=[("relative", ("landmark", "Oakford Public Library"))], category="theft", priority="medium"),
    # An hour ago: medium. "Main and 9th" the intersection; "$300 or $400" no address; "the burn unit" no place.
    dict(written="Firefighter with the boot drive at Main and 9th. About an hour ago, while we were all out in the lanes collecting, somebody grabbed one of the boots off our table on the corner, probably $300 or $400 in it for the burn unit. We just noticed. Nobody on the crew saw who.",
         spoken="firefighter with the boot drive at maine and ninth about an hour ago while we were all out in the lanes collecting somebody grabbed one of the boots off our table on the corner probably three or four hundred dollars in it for the burn unit we just noticed nobody on the crew saw who",
         at="2027-07-03 12:40", entities=[("ago", 60), P(count="1")],
         places=[("intersection", "Main Street", "9th Street")], category="theft", priority="medium"),

    # ---------------------------------------------------------------- traffic
    # A pickup driving among a parade now: traffic medium raised to high. A partial plate as said ("5JW", the letters
    # also in the NATO alphabet); the driver (no sex), the people, their kids and the marching band are persons.
    dict(written="A black pickup just went around the barricade at Main and 8th onto the parade route and it's rolling right behind the marching band right now, the driver's honking and waving a flag out the window and people are grabbing their kids off the curb. Plate's 5JW, Juliet Whiskey, something.",
         spoken="a black pick up just went around the barricade at maine and eighth onto the parade route and it's rolling right behind the marching band right now the driver's honking and waving a flag out the window and people are grabbing their kids off the curb plate's five j w juliet whiskey something",
         at="2027-07-04 10:48", entities=[V(colour="black", type="pickup", plate="5JW"), P(count="2+"), ("now",), P(count="1"), P(count="2+"), P(count="2+")],
         places=[("intersection", "Main Street", "8th Street")], category="traffic", priority="high"),
    # An ambulance blocked by fireworks parking, no time said: a road hazard, medium. "River Road by the QuickStop" is
    # relative (holdout15); the ambulance and the pickup in the lane are part of the event; the owner is not there.
    dict(written="People parked for the fireworks on both sides of River Road by the QuickStop and an ambulance with its lights going just got stuck trying to get through, it can't get past a pickup that's left halfway out in the lane. Traffic's backed up both ways behind it. Somebody needs to find the owner or tow it.",
         spoken="people parked for the fireworks on both sides of river road by the quick stop and an ambulance with its lights going just got stuck trying to get through it can't get past a pick up that's left halfway out in the lane traffic's backed up both ways behind it somebody needs to find the owner or tow it",
         at="2027-07-04 21:10", entities=[P(count="2+"), V(type="ambulance"), V(type="pickup"), ("now",)],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="traffic", priority="medium"),
    # A child driving a golf cart loaded with small children in the road now: traffic medium raised to high (raises do
    # not stack). A golf cart is no road vehicle (as holdout16's ATVs); "a kid maybe 12" 9-15; "four little kids" a
    # count; "down the middle of Hawthorn ... across 9th" the intersection; "toward River Road" a street alone.
    dict(written="There's a kid maybe 12 driving a golf cart down the middle of Hawthorn with four little kids hanging off the back, no lights and it's almost dark, and he just shot across 9th without even slowing down. They're headed toward River Road right now.",
         spoken="there's a kid maybe twelve driving a golf cart down the middle of hawthorne with four little kids hanging off the back no lights and it's almost dark and he just shot across ninth without even slowing down they're headed toward river road right now",
         at="2027-07-03 20:40", entities=[P(count="1", sex="male", age="9-15"), P(count="4"), ("now",)],
         places=[("intersection", "Hawthorn Avenue", "9th Street")], category="traffic", priority="high"),
    # A motorcyclist down with a leg injury: high. "Route 9 by 10th" the intersection (Route 9 is River Road); "a
    # Harley" make harley-davidson, no type (holdout8); the camper a vehicle with its colour and no type (holdout14);
    # "Ohio" no place; "maybe 50 feet" no number of a place.
    dict(written="Motorcycle down on Route 9 by 10th, coming into town. A guy on a Harley got cut off by a camper pulling out of a driveway and laid it down, he slid maybe 50 feet. He's sitting up but his leg's bent under him and his jeans are shredded and bloody. The camper kept going toward town, big white one with Ohio plates.",
         spoken="motorcycle down on route nine by tenth coming into town a guy on a harley got cut off by a camper pulling out of a drive way and laid it down he slid maybe fifty feet he's sitting up but his leg's bent under him and his jeans are shredded and bloody the camper kept going toward town big white one with ohio plates",
         at="2027-07-02 16:05", entities=[P(count="1", sex="male", clothing=["jeans"]), V(make="harley-davidson"), V(colour="white")],
         places=[("intersection", "River Road", "10th Street")], category="traffic", priority="high"),
    # A self-corrected plate in the NATO alphabet: KDR 8360. "now it's over in the wrong lane" is where the car is now:
    # medium raised to high. "Old Mill Road ... by Oak" the intersection, "toward downtown" the neighbourhood (a
    # destination, holdout14).
    dict(written="There's a silver Chevy Malibu weaving all over Old Mill Road coming toward downtown, it just hopped the curb by Oak and almost took out a mailbox, and now it's over in the wrong lane. Plate's Kilo Delta Romeo 8306, no, 8360. I'm behind it with my flashers on.",
         spoken="uh there's a silver chevy malibu weaving all over old mill road coming toward downtown it just hopped the curb by oak and almost took out a mailbox and now it's over in the wrong lane plate's kilo delta romeo eight three zero six no eight three six zero i'm behind it with my flashers on",
         at="2027-07-02 23:35", entities=[V(colour="silver", make="chevrolet", model="malibu", plate="KDR8360"), ("now",)],
         places=[("intersection", "Old Mill Road", "Oak Street"), ("neighbourhood", "Downtown")], category="traffic", priority="high"),
    # Dispatch: a driver pinned with laboured breathing: critical. "approx 2215" the time; the driver who fled north is a
    # person with a direction; "NB toward Pine" Pine a street alone.
    dict(written="2-veh MVC w/ entrapment, Kingsley & 4th, approx 2215. Grey Honda CR-V T-boned on the driver side by a red Dodge Charger that ran the light. CR-V driver F, pinned, conscious, labored breathing. Charger driver M, fled on foot NB toward Pine. FD and EMS requested.",
         spoken="two vehicle m v c with entrapment kingsley and fourth approximately twenty two fifteen gray honda c r v t boned on the driver side by a red dodge charger that ran the light c r v driver female pinned conscious labored breathing charger driver male fled on foot northbound toward pine f d and e m s requested",
         at="2027-07-04 22:21", entities=[("local", "2027-07-04 22:15"), V(colour="grey", make="honda", model="cr-v"), V(colour="red", make="dodge", model="charger"), P(count="1", sex="female"), P(count="1", sex="male", direction="north")],
         places=[("intersection", "Kingsley Avenue", "4th Street")], category="traffic", priority="critical"),
    # A self-corrected cross street: Pine between 9th and 10th (900). "On Friday around 6 p.m." is 18:00 on that Friday
    # (holdout10); three days old: low. The caller's Subaru that was hit is part of the event; the boat is no vehicle;
    # "I'm only getting to this now" is the caller, no time.
    dict(written="Web report: On Friday around 6 p.m. a guy towing a boat backed his blue Ford F-150 right into the front of my parked Subaru on Pine between 8th and 9th, sorry, 9th and 10th, crunched the bumper and the grille and just drove off. My neighbor watched it happen. I'm only getting to this now because of the holiday.",
         spoken="web report on friday around six p m a guy towing a boat backed his blue ford f one fifty right into the front of my parked subaru on pine between eighth and ninth sorry ninth and tenth crunched the bumper and the grille and just drove off my neighbor watched it happen i'm only getting to this now because of the holiday",
         at="2027-07-05 11:00", entities=[("local", "2027-07-02 18:00"), P(count="1", sex="male"), V(colour="blue", make="ford", model="f-150"), V(make="subaru"), P(count="1")],
         places=[("block", 900, "Pine Street")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # A plateless van left on a parade route, its driver gone ten minutes ago: low raised to medium. "in front of City
    # Hall" is relative; "at midnight" is a last visit and "at 10" a schedule, no times; "toward Elm" a street alone.
    dict(written="There's a white cargo van with no plates parked right on the parade route in front of City Hall, where the reviewing stand goes. It wasn't there when the crews left at midnight. A guy got out of it about ten minutes ago and walked off fast toward Elm without looking back. No windows in the back. The parade steps off at 10.",
         spoken="there's a white cargo van with no plates parked right on the parade route in front of city hall where the reviewing stand goes it wasn't there when the crews left at midnight a guy got out of it about ten minutes ago and walked off fast toward elm without looking back no windows in the back the parade steps off at ten",
         at="2027-07-04 07:05", entities=[V(colour="white", type="van"), P(count="1", sex="male"), ("ago", 10)],
         places=[("relative", ("landmark", "City Hall"))], category="suspicious_vehicle", priority="medium"),
    # Illegal fireworks sold from a pickup's bed: a suspicious vehicle (a vehicle's activity, as train2's dumping),
    # medium (going on; children do not stack). "A red Dodge pickup" make and type; "New Hampshire plates" no plate and
    # no place; "the Central Station commuter lot" the landmark.
    dict(written="A red Dodge pickup with New Hampshire plates has been sitting in the Central Station commuter lot all afternoon selling fireworks out of the bed, the big mortar kind that aren't legal here. There's a guy on the tailgate taking cash and kids keep walking up and buying.",
         spoken="a red dodge pick up with new hampshire plates has been sitting in the central station commuter lot all afternoon selling fireworks out of the bed the big mortar kind that aren't legal here there's a guy on the tail gate taking cash and kids keep walking up and buying",
         at="2027-07-03 16:30", entities=[V(colour="red", make="dodge", type="pickup"), P(count="1", sex="male"), P(count="2+")],
         places=[("landmark", "Central Station")], category="suspicious_vehicle", priority="medium"),
    # "It's 3:10 in the morning" is that time: low raised to medium. "by the back fence" of the Riverside Park
    # maintenance yard is relative; "a dark sedan" sedan with no colour; "Two guys" a count ("one" adds nothing).
    dict(written="I'm looking out my back window at the Riverside Park maintenance yard and there's a dark sedan with its lights off idling by the back fence. Two guys in it, and one just got out and walked along the fence shining a flashlight at the shipping container. It's 3:10 in the morning, there's no reason for anybody to be there.",
         spoken="i'm looking out my back window at the riverside park maintenance yard and there's a dark sedan with its lights off idling by the back fence two guys in it and one just got out and walked along the fence shining a flash light at the shipping container it's three ten in the morning there's no reason for anybody to be there",
         at="2027-07-04 03:12", entities=[V(type="sedan"), P(count="2", sex="male"), ("local", "2027-07-04 03:10")],
         places=[("relative", ("landmark", "Riverside Park"))], category="suspicious_vehicle", priority="medium"),
    # A school bus running in summer, dark inside, someone walking its aisle with a flashlight: a suspicious vehicle (the
    # bus is the oddity, as holdout7's Civic someone slept in), medium ("keeps walking", going on). "the Lincoln
    # Elementary bus loop" the landmark; a school bus is type bus; "a car goes by" no vehicle of the event.
    dict(written="School's been out for two weeks but one of the school buses parked in the Lincoln Elementary bus loop is running with its inside lights off, and somebody in it keeps walking up and down the aisle with a flashlight, ducking down whenever a car goes by. I'm across the street walking my dog.",
         spoken="school's been out for two weeks but one of the school buses parked in the lincoln elementary bus loop is running with its inside lights off and somebody in it keeps walking up and down the aisle with a flash light ducking down whenever a car goes by i'm across the street walking my dog",
         at="2027-07-02 23:50", entities=[V(type="bus"), P(count="1")],
         places=[("landmark", "Lincoln Elementary School")], category="suspicious_vehicle", priority="medium"),
    # Non-native: a car full of fireworks left on a sidewalk for two days, nobody with it: low. "Since two days" a
    # duration; "Birch near 4th" the intersection; the church is no landmark of the town.
    dict(written="Hello. Since two days a red car is park on the sidewalk in front of the church on Birch near 4th, the windows is open and inside it is full with big boxes of fireworks, up to the roof. Nobody come for it. People walk by and smoke cigarettes next to it. I think is dangerous.",
         spoken="hello since two days a red car is park on the side walk in front of the church on burch near fourth the windows is open and inside it is full with big boxes of fireworks up to the roof nobody come for it people walk by and smoke cigarettes next to it i think is dangerous",
         at="2027-06-30 11:30", entities=[V(colour="red", type="car"), P(count="2+")],
         places=[("intersection", "Birch Street", "4th Street")], category="suspicious_vehicle", priority="low"),
    # "It's 12:40" is that time: low raised to medium. "A car ... Grey Jeep Grand Cherokee" one vehicle by its model (no
    # type); a partial plate as said ("T31", "T as in Tom"); "the softball fields at Riverside Park" the landmark;
    # "center field" no place; shovels are no weapons.
    dict(written="A car just drove out onto the softball fields at Riverside Park with no headlights on and parked in center field, and two people got out and they're digging a hole by the outfield fence with shovels. It's 12:40. Grey Jeep Grand Cherokee, plate ends in T31, T as in Tom.",
         spoken="a car just drove out onto the softball fields at riverside park with no headlights on and parked in center field and two people got out and they're digging a hole by the outfield fence with shovels it's twelve forty gray jeep grand cherokee plate ends in t three one t as in tom",
         at="2027-07-02 00:43", entities=[V(colour="grey", make="jeep", model="grand cherokee", plate="T31"), P(count="2"), ("local", "2027-07-02 00:40")],
         places=[("landmark", "Riverside Park")], category="suspicious_vehicle", priority="medium"),

    # ---------------------------------------------------------------- suspicious person
    # Child luring (high). "maybe 50" 47-53; "grey tank top" kept; baldness is no clothing; "they're 8" not annotated;
    # the daughter, the girl from next door and the kids in the street are persons.
    dict(written="The man who lives at 1150 Cedar just offered my daughter and the girl from next door a whole box of sparklers if they'd come into his garage and pick them out with him. They're 8. They ran home and told me. He's still out in his driveway watching the kids play in the street. Bald, grey tank top, maybe 50.",
         spoken="the man who lives at eleven fifty ceder just offered my daughter and the girl from next door a whole box of sparklers if they'd come into his garage and pick them out with him they're eight they ran home and told me he's still out in his drive way watching the kids play in the street bald gray tank top maybe fifty",
         at="2027-07-03 19:20", entities=[P(count="1", sex="male", age="47-53", clothing=["grey tank top"]), P(count="1", sex="female"), P(count="1", sex="female"), P(count="2+"), ("now",)],
         places=[("address", 1150, "Cedar Street")], category="suspicious_person", priority="high"),
    # A false parking attendant taking money now: a suspicious person, medium (as holdout14's fake adjuster). "the empty
    # lot next to the QuickStop" is relative; "the bank" no place; "$20" and "like thirty" no numbers of places.
    dict(written="There's a guy in an orange vest waving cars into the empty lot next to the QuickStop and charging $20 a car for fireworks parking. That lot's not his, it belongs to the bank and it's chained off every other day of the year. He's got like thirty cars in there and people are still paying him right now.",
         spoken="there's a guy in an orange vest waving cars into the empty lot next to the quick stop and charging twenty dollars a car for fireworks parking that lot's not his it belongs to the bank and it's chained off every other day of the year he's got like thirty cars in there and people are still paying him right now",
         at="2027-07-04 20:15", entities=[P(count="1", sex="male", clothing=["orange vest"]), P(count="2+"), ("now",)],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="suspicious_person", priority="medium"),
    # A text: a stranger in a backyard hot tub; "its 1:15 am" is that time: low raised to medium; no entry, so not
    # burglary.
    dict(written="some guy just walked into our backyard and got in our hot tub with a beer like he lives here. its 1:15 am, we dont know him, hes just sitting there singing. 1104 birch",
         spoken="some guy just walked into our back yard and got in our hot tub with a beer like he lives here it's one fifteen a m we don't know him he's just sitting there singing eleven oh four burch",
         at="2027-07-05 01:17", entities=[P(count="1", sex="male"), ("local", "2027-07-05 01:15")],
         places=[("address", 1104, "Birch Street")], category="suspicious_person", priority="medium"),
    # Non-native; a habit over a week: low. "For one week" a duration; the wife and the baby are persons.
    dict(written="Excuse me, I want to tell something. For one week a man come in the night and sleep under the deck of our house. In the morning we find a blanket and cigarettes and bottles there. My wife is afraid to go in the yard with the baby. We don't know him. 914 Willow Street.",
         spoken="excuse me i want to tell something for one week a man come in the night and sleep under the deck of our house in the morning we find a blanket and cigarettes and bottles there my wife is afraid to go in the yard with the baby we don't know him nine fourteen willow street",
         at="2027-06-30 09:30", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="1")],
         places=[("address", 914, "Willow Street")], category="suspicious_person", priority="low"),
    # A man dressed as a mail carrier on a day with no mail, going yard to yard: medium ("is walking", going on). "Oak
    # between 9th and 10th" the block; "blue postal shirt" -> "blue shirt", "shorts" kept; a mailbag is no clothing.
    dict(written="It's the holiday, there's no mail today, but a man in a blue postal shirt and shorts, no mailbag, is walking into the backyards on Oak between 9th and 10th and looking in the back windows. He just went around behind the yellow house on the corner. I've never seen him on this route.",
         spoken="it's the holiday there's no mail today but a man in a blue postal shirt and shorts no mail bag is walking into the back yards on oak between ninth and tenth and looking in the back windows he just went around behind the yellow house on the corner i've never seen him on this route",
         at="2027-07-05 10:40", entities=[P(count="1", sex="male", clothing=["blue shirt", "shorts"]), ("now",)],
         places=[("block", 900, "Oak Street")], category="suspicious_person", priority="medium"),
    # Second-hand: "last night around 9:15" is 21:15 the day before, eleven hours old: low (a man waiting by a woman's
    # car, no threat said). "every morning this week" a habit; "our back lot" at the Corner Cafe the landmark; "tan
    # fishing hat" -> "tan hat"; a beard no clothing; her car is not part of the event.
    dict(written="My coworker at the Corner Cafe is too scared to call, so I am. A man who's come in every morning this week keeps asking her what time she gets off, and last night around 9:15 he was waiting next to her car in our back lot when she came out. She ran back inside and he left. Tall, grey beard, tan fishing hat.",
         spoken="my coworker at the corner cafe is too scared to call so i am a man who's come in every morning this week keeps asking her what time she gets off and last night around nine fifteen he was waiting next to her car in our back lot when she came out she ran back inside and he left tall gray beard tan fishing hat",
         at="2027-07-01 08:20", entities=[P(count="1", sex="female"), P(count="1", sex="male", height="tall", clothing=["tan hat"]), ("local", "2027-06-30 21:15")],
         places=[("landmark", "Corner Cafe")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- drugs
    # Pills sold to high school kids now: medium (children; raises do not stack). No place ("the block party on Walnut"
    # a street alone); "$10 a pop" no address; "green swim trunks" -> "green trunks".
    dict(written="The guy running the speakers at the block party on Walnut is selling pills to high school kids, $10 a pop, out of an Altoids tin. There's a line of them by the speaker stack. He's doing it right now, out in the open. Green swim trunks, no shirt.",
         spoken="the guy running the speakers at the block party on wall nut is selling pills to high school kids ten dollars a pop out of an altoids tin there's a line of them by the speaker stack he's doing it right now out in the open green swim trunks no shirt",
         at="2027-07-03 20:50", entities=[P(count="1", sex="male", clothing=["green trunks"]), P(count="2+", age="13-19"), ("now",)],
         places=[], category="drugs", priority="medium"),
    # A web tip: vape pens sold to 13- and 14-year-olds, a habit: medium (children). "who are 13 and 14" not
    # annotated; "$30" no address; the son is a person.
    dict(written="Web tip: One of the head lifeguards at the Community Pool is selling THC vape pens to the junior guards, who are 13 and 14. My son says he charges $30 and does it in the guard shack before they open. Please don't say where this came from.",
         spoken="web tip one of the head lifeguards at the community pool is selling t h c vape pens to the junior guards who are thirteen and fourteen my son says he charges thirty dollars and does it in the guard shack before they open please don't say where this came from",
         at="2027-06-30 21:10", entities=[P(count="1", sex="male"), P(count="2+"), P(count="1", sex="male")],
         places=[("landmark", "Community Pool")], category="drugs", priority="medium"),
    # Dispatch: a habit of sales reported, no time said: low. "approx 15 visitors in the past hour" a count in a span,
    # no time; the car parked there most days is the seller's (annotated, as holdout16's Sequoia); "Tan Buick LaCrosse"
    # tan buick lacrosse.
    dict(written="Narcotics complaint, 214 Spruce. RP reports steady foot traffic to the side door most evenings, approx 15 visitors in the past hour, each staying 1-2 min, and a M subj on the side steps handing small items to each one. Tan Buick LaCrosse parked in front most days. RP requests anonymity.",
         spoken="narcotics complaint two fourteen spruce r p reports steady foot traffic to the side door most evenings approximately fifteen visitors in the past hour each staying one to two minutes and a male subject on the side steps handing small items to each one tan buick lacrosse parked in front most days r p requests anonymity",
         at="2027-07-01 19:30", entities=[P(count="2+"), P(count="1", sex="male"), V(colour="tan", make="buick", model="lacrosse")],
         places=[("address", 214, "Spruce Street")], category="drugs", priority="low"),
    # A text: drugs and a scale left where a children's game is about to start: medium (children in danger). "the little
    # league field behind oakford high" is relative (holdout14); "someone" who left it is a person.
    dict(written="someone left a backpack under the bleachers at the little league field behind oakford high with a scale and a bunch of little baggies of white powder in it. the 9 year olds are warming up for a game right there",
         spoken="someone left a back pack under the bleachers at the little league field behind oak ford high with a scale and a bunch of little baggies of white powder in it the nine year olds are warming up for a game right there",
         at="2027-07-03 09:55", entities=[P(count="1"), P(count="2+")],
         places=[("relative", ("landmark", "Oakford High School"))], category="drugs", priority="medium"),
    # Elderly: bags found, nobody seen: low. "Monday morning" no time; "615 10th Street" an address on a numbered
    # street; "somebody" is a person.
    dict(written="I'm 79 and I don't know what this is. Monday morning I found a little clear bag with white powder in it tucked in the planter by my front steps, and this morning there were two more. Somebody's hiding them there. 615 10th Street. I haven't touched them.",
         spoken="i'm seventy nine and i don't know what this is monday morning i found a little clear bag with white powder in it tucked in the planter by my front steps and this morning there were two more somebody's hiding them there six fifteen tenth street i haven't touched them",
         at="2027-07-01 10:30", entities=[P(count="1")],
         places=[("address", 615, "10th Street")], category="drugs", priority="low"),
    # Teenagers huffing duster behind a store now: drugs, medium (children; raises do not stack). "Three teenagers" a
    # count (13-19); "behind the store by the dumpsters" at FreshMart is relative.
    dict(written="Assistant manager at FreshMart. Three teenagers are behind the store by the dumpsters huffing cans of computer duster they just walked out with, one of them keeps sitting down hard and laughing and the others are filming him. They can't be more than 14.",
         spoken="assistant manager at fresh mart three teenagers are behind the store by the dumpsters huffing cans of computer duster they just walked out with one of them keeps sitting down hard and laughing and the others are filming him they can't be more than fourteen",
         at="2027-06-30 16:10", entities=[P(count="3", age="13-19"), ("now",)],
         places=[("relative", ("landmark", "FreshMart Supermarket"))], category="drugs", priority="medium"),

    # ---------------------------------------------------------------- vandalism
    # Keying show cars now: vandalism, medium (a kid doing damage is no child at risk). The three cars keyed are part of
    # the event (makes from the models, as holdout7's Civic); the kid's scooter is "scooter"; "Maybe 14" 11-17; the
    # owners are away (not annotated); "no shirt" no clothing.
    dict(written="Car show in the Northgate Mall lot: there's a kid going down the row of show cars dragging a key along the paint. He's already done a red Mustang and a black Camaro and he's at the white Corvette now, the owners are all over at the food trucks. Maybe 14, blue shorts, no shirt, riding a scooter.",
         spoken="car show in the north gate mall lot there's a kid going down the row of show cars dragging a key along the paint he's already done a red mustang and a black camaro and he's at the white corvette now the owners are all over at the food trucks maybe fourteen blue shorts no shirt riding a scooter",
         at="2027-07-03 11:20", entities=[P(count="1", sex="male", age="11-17", clothing=["blue shorts"]), V(colour="red", make="ford", model="mustang"), V(colour="black", make="chevrolet", model="camaro"), V(colour="white", make="chevrolet", model="corvette"), ("now",), V(type="scooter")],
         places=[("landmark", "Northgate Mall")], category="vandalism", priority="medium"),
    # "last night" 23:00 the day before, told at 07:45: under six hours, low stays low. "the old Civil War cannon in
    # Maple Square" the landmark; "the parade people" no persons of the event.
    dict(written="Somebody packed the old Civil War cannon in Maple Square full of fireworks last night and set it off. The barrel's split open, the wheel's busted and the bronze plaque got blown right off the base. There's paper and cardboard tubes everywhere. Town should know before the parade people start showing up.",
         spoken="somebody packed the old civil war cannon in maple square full of fireworks last night and set it off the barrel's split open the wheel's busted and the bronze plaque got blown right off the base there's paper and cardboard tubes everywhere town should know before the parade people start showing up",
         at="2027-07-04 07:45", entities=[P(count="1"), ("local", "2027-07-03 23:00")],
         places=[("landmark", "Maple Square")], category="vandalism", priority="low"),
    # Fireworks aimed at a house for twenty minutes ("have been aiming", going on): low raised to medium; teenagers
    # doing damage are no children at risk. "The teenagers" 2+ 13-19; "Their parents" 2+.
    dict(written="The teenagers next door have been aiming roman candles at our house for the last twenty minutes. There's black scorch marks all over our white siding and one melted a hole right through the porch screen. Their parents are sitting out there laughing. We're at 1028 Pine.",
         spoken="the teenagers next door have been aiming roman candles at our house for the last twenty minutes there's black scorch marks all over our white siding and one melted a hole right through the porch screen their parents are sitting out there laughing we're at ten twenty eight pine",
         at="2027-07-04 21:25", entities=[P(count="2+", age="13-19"), P(count="2+")],
         places=[("address", 1028, "Pine Street")], category="vandalism", priority="medium"),
    # A screen slashed between 23:00 and the morning: low (its base; no time said, "around 11" a last visit). "tonight's
    # movie" a schedule; the department is no person.
    dict(written="Oakford Rec Department. Somebody slashed the big inflatable movie screen we leave staked up in Maple Square for the summer movie nights. It's got three long cuts down the middle and it won't hold air, so tonight's movie is off. It was fine when the last of us left around 11.",
         spoken="hi this is oakford rec department somebody slashed the big inflatable movie screen we leave staked up in maple square for the summer movie nights it's got three long cuts down the middle and it won't hold air so tonight's movie is off it was fine when the last of us left around eleven",
         at="2027-07-01 08:05", entities=[P(count="1")],
         places=[("landmark", "Maple Square")], category="vandalism", priority="low"),
    # A firework set off in a book return "last night" (23:00 the day before), told at 09:10: vandalism (an explosive in
    # a box, as train2's M-80 in a mailbox), low. The library is the landmark; "at 9" a discovery.
    dict(written="Librarian at the Oakford Public Library. Somebody stuck a lit firework in the outside book return last night, the whole bin of returns inside is burned black and the metal flap's blown out. I found it when I opened at 9. Can somebody come take pictures for the town?",
         spoken="librarian at the oakford public library somebody stuck a lit firework in the outside book return last night the whole bin of returns inside is burned black and the metal flap's blown out i found it when i opened at nine can somebody come take pictures for the town",
         at="2027-07-03 09:10", entities=[P(count="1"), ("local", "2027-07-02 23:00")],
         places=[("landmark", "Oakford Public Library")], category="vandalism", priority="low"),
    # Burnouts tearing up a turf field now: vandalism, medium (not traffic: no road). "the new turf field at Oakford
    # High" the landmark; the pickup doing it is part of the event.
    dict(written="A guy in a white pickup is doing burnouts on the new turf field at Oakford High right now, he's already torn big black rings into the middle of it and there's chunks of rubber flying. The gate's been left open all week.",
         spoken="a guy in a white pick up is doing burnouts on the new turf field at oak ford high right now he's already torn big black rings into the middle of it and there's chunks of rubber flying the gate's been left open all week",
         at="2027-07-02 22:45", entities=[P(count="1", sex="male"), V(colour="white", type="pickup"), ("now",)],
         places=[("landmark", "Oakford High School")], category="vandalism", priority="medium"),

    # ---------------------------------------------------------------- disturbance
    # A threat to break a woman's jaw, no blow: a disturbance, high (a woman in danger, as holdout14's threat). Kicking
    # tyres damages nothing (no vehicle); the little girl is a person; "the show" no place.
    dict(written="The guy at 1160 Spruce is out in the street screaming at people who parked on the grass strip in front of his house for the fireworks. He's kicking their tires and he just told a woman he'd break her jaw if her car's still there when the show's over. He's got a little girl with him and she's crying.",
         spoken="the guy at eleven sixty spruce is out in the street screaming at people who parked on the grass strip in front of his house for the fireworks he's kicking their tires and he just told a woman he'd break her jaw if her car's still there when the show's over he's got a little girl with him and she's crying",
         at="2027-07-04 20:50", entities=[P(count="1", sex="male"), P(count="2+"), P(count="1", sex="female"), P(count="1", sex="female"), ("now",)],
         places=[("address", 1160, "Spruce Street")], category="disturbance", priority="high"),
    # A text: "its 12:40 am" during the noise is that time: low raised to medium. "like 10 people" is "3+"; "happy 4th"
    # is no street; the newborn is a person.
    dict(written="its 12:40 am and theres like 10 people going up and down chestnut between 10th and 11th banging pots and pans and blowing air horns at every house, yelling happy 4th. we have a newborn. please",
         spoken="it's twelve forty a m and there's like ten people going up and down chestnut between tenth and eleventh banging pots and pans and blowing air horns at every house yelling happy fourth we have a newborn please",
         at="2027-07-04 00:43", entities=[("local", "2027-07-04 00:40"), P(count="3+"), P(count="1")],
         places=[("block", 1000, "Chestnut Street")], category="disturbance", priority="medium"),
    # Non-native: a drunk man on a roof throwing bottles at people walking home, nobody hit: a disturbance, medium (going
    # on). The people walking, the lady and her baby are persons; "1128 Maple" the address.
    dict(written="Please, a man is standing on the roof of the house next to us, he is very drunk, he shout at the people who walk home from the fireworks and throw bottles at them. Already one bottle break on the sidewalk near a lady with a baby. 1128 Maple.",
         spoken="please a man is standing on the roof of the house next to us he is very drunk he shout at the people who walk home from the fireworks and throw bottles at them already one bottle break on the side walk near a lady with a baby eleven twenty eight mabel",
         at="2027-07-04 22:50", entities=[P(count="1", sex="male"), P(count="2+"), P(count="1", sex="female"), P(count="1")],
         places=[("address", 1128, "Maple Avenue")], category="disturbance", priority="medium"),
    # A man barred from a reunion screaming for his ex-wife at the door, held back, no blow: medium (going on). "Oakford
    # High Class of '07" is a name, not the event's place; "our door guy" is a person.
    dict(written="Bartender at the Old Mill Brewery. We've got the Oakford High Class of '07 reunion in the back room and a guy who wasn't invited is at the side door screaming for his ex-wife to come out and talk to him. Our door guy's holding him back and he keeps trying to shove past. She's hiding in the kitchen.",
         spoken="bartender at the old mill brewery we've got the oak ford high class of oh seven reunion in the back room and a guy who wasn't invited is at the side door screaming for his ex wife to come out and talk to him our door guy's holding him back and he keeps trying to shove past she's hiding in the kitchen",
         at="2027-07-02 22:55", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("landmark", "Old Mill Brewery")], category="disturbance", priority="medium"),
    # Hecklers at a parade, a bottle thrown that hit nobody: a disturbance, medium (going on). "A bunch of guys" 3+
    # male; "the library float" is no place (the library is not where it happens); the little kid is a person.
    dict(written="A bunch of guys on the curb at Main and 6th are screaming names at the people walking with the library float and one just whipped a full water bottle at them, it missed a little kid by like a foot. They're still at it and the parade's backing up.",
         spoken="a bunch of guys on the curb at maine and sixth are screaming names at the people walking with the library float and one just whipped a full water bottle at them it missed a little kid by like a foot they're still at it and the parade's backing up",
         at="2027-07-04 10:30", entities=[P(count="3+", sex="male"), P(count="2+"), P(count="1"), ("now",)],
         places=[("intersection", "Main Street", "6th Street")], category="disturbance", priority="medium"),
    # A web tip; a habit ("every night since last Friday until 2 or 3"): low. No place ("behind us on Cedar" a street
    # alone); "until 10" a rule; "the Fourth" no street.
    dict(written="Web tip: The house behind us on Cedar sets off fireworks every night, since last Friday, until 2 or 3 in the morning. We've asked them nicely twice. Can someone remind them the town only allows them until 10 except on the Fourth itself?",
         spoken="web tip the house behind us on cedar sets off fireworks every night since last friday until two or three in the morning we've asked them nicely twice can someone remind them the town only allows them until ten except on the fourth itself",
         at="2027-06-29 09:45", entities=[],
         places=[], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # A lost dog: other, low. "around 9:30 when the fireworks started" is when the dog bolted (the event's time);
    # "Walnut near 11th" the intersection; "Boston terrier" and "Pepper" are no places or persons.
    dict(written="Our dog bolted out the back gate around 9:30 when the fireworks started and we can't find her anywhere. She's a little black and white Boston terrier named Pepper, no collar, just a chip. We're on Walnut near 11th and we've walked every street around here. If somebody turns her in please call us.",
         spoken="hi um our dog bolted out the back gate around nine thirty when the fireworks started and we can't find her anywhere she's a little black and white boston terrier named pepper no collar just a chip we're on wall nut near eleventh and we've walked every street around here if somebody turns her in please call us",
         at="2027-07-04 23:30", entities=[("local", "2027-07-04 21:30")],
         places=[("intersection", "Walnut Street", "11th Street")], category="other", priority="low"),
    # An unexploded shell where small children climb: other, medium (children in danger, as holdout16's riverbank).
    # "last night" is when the show was shot, not the event's time; "the playground in Riverside Park" the landmark.
    dict(written="There's a big unexploded firework shell, like a softball with a fuse hanging off it, lying in the wood chips under the slide at the playground in Riverside Park, right below where they shot the show last night. Little kids are climbing all over the slide. I moved mine away but nobody else is paying attention.",
         spoken="there's a big unexploded firework shell like a softball with a fuse hanging off it lying in the wood chips under the slide at the playground in riverside park right below where they shot the show last night little kids are climbing all over the slide i moved mine away but nobody else is paying attention",
         at="2027-07-05 08:50", entities=[P(count="2+")],
         places=[("landmark", "Riverside Park")], category="other", priority="medium"),
    # A 15-year-old missing after leaving with an adult stranger: other, high (a missing vulnerable person). "around
    # 10" when she left is the event's time (as holdout17's "she left at 6:30"); "It's 1 a.m." the call's time; "the
    # park" is Riverside Park; "in his twenties" 20-29; "Red Oakford Track sweatshirt" -> "red sweatshirt"; the friends
    # are "2+" ("one of her friends" adds nothing).
    dict(written="My daughter is 15 and she went to the fireworks with friends and she isn't home. It's 1 a.m., her phone's off, and one of her friends just told me she left the park around 10 with a guy in his twenties she met online, in a black Infiniti. I don't know who he is. Red Oakford Track sweatshirt, white shorts. We're at 418 Birch.",
         spoken="my daughter is fifteen and she went to the fireworks with friends and she isn't home it's one a m her phone's off and one of her friends just told me she left the park around ten with a guy in his twenties she met online in a black infiniti i don't know who he is red oakford track sweatshirt white shorts we're at four eighteen burch",
         at="2027-07-05 01:00", entities=[P(count="1", sex="female", clothing=["red sweatshirt", "white shorts"]), P(count="2+"), ("local", "2027-07-04 22:00"), P(count="1", sex="male", age="20-29"), V(colour="black", make="infiniti")],
         places=[("landmark", "Riverside Park"), ("address", 418, "Birch Street")], category="other", priority="high"),
    # A question: other, low. No place; "Oakford" the town; "Last year" and "tonight" no times.
    dict(written="Not an emergency. Are the big fireworks, the ones that go up and bang, legal in Oakford, or only sparklers and fountains? Last year we had burnt fireworks junk all over our roof. I'd like to know the rule before tonight.",
         spoken="not an emergency are the big fireworks the ones that go up and bang legal in oakford or only sparklers and fountains last year we had burnt fireworks junk all over our roof i'd like to know the rule before tonight",
         at="2027-07-04 14:10", entities=[],
         places=[], category="other", priority="low"),
    # A boat drifting toward a dam with children aboard: a rescue (other, critical, as train1). "the dam below the Old
    # Mill Brewery" is relative; "three little kids" a count; "200 yards" no number of a place; a pontoon is no vehicle.
    dict(written="A pontoon boat with a dad and three little kids on it has lost its motor and it's drifting toward the dam below the Old Mill Brewery. The kids have life jackets on, the dad's trying to paddle with a cooler lid and it's not doing anything. They're maybe 200 yards from the edge. I'm on the bank behind the brewery.",
         spoken="a pontoon boat with a dad and three little kids on it has lost its motor and it's drifting toward the dam below the old mill brewery the kids have life jackets on the dad's trying to paddle with a cooler lid and it's not doing anything they're maybe two hundred yards from the edge i'm on the bank behind the brewery",
         at="2027-07-03 17:45", entities=[P(count="1", sex="male"), P(count="3")],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="other", priority="critical"),
    # A sick-acting fox among people, going on: other, medium (as holdout16's goose). "outside the Corner Cafe" is
    # relative; the dog's owner (through "a lady's") and the people on the patio are persons.
    dict(written="There's a fox staggering around in circles on the sidewalk outside the Corner Cafe in broad daylight, it's foaming at the mouth and it just lunged at a lady's dog. People on the patio are standing on their chairs. I think it might be rabid.",
         spoken="there's a fox staggering around in circles on the side walk outside the corner cafe in broad daylight it's foaming at the mouth and it just lunged at a lady's dog people on the patio are standing on their chairs i think it might be rabid",
         at="2027-07-05 09:15", entities=[P(count="1", sex="female"), P(count="2+"), ("now",)],
         places=[("relative", ("landmark", "Corner Cafe"))], category="other", priority="medium"),
]

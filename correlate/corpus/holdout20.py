"""A twenty-first hand-written set (90 tips), the blind set after holdout19, written blind: its author read only the corpus
README, the corpus scripts (make_corpus.py in full for the format, the place truth (geometry helpers, hand_place), the
priority helper, hand_records and the set registration; holdout19.py in full; the docstrings of holdout18.py,
holdout17.py, train1.py and train4.py in full and the openings of every other holdout's and train set's docstring for
the situations, periods and choices they add; a handful of holdout17's and holdout18's self-corrected tips; hand.py's
opening), town.py and config/demo/README.md (the town data), and the written text of every earlier tip in hand.py,
holdouts 1-19 and train1-4, gathered into one list by importing the modules (with the counts of their label values, to
keep to the label vocabulary), searched by keyword before and after each situation was drafted and compared draft by
draft by shared four-word runs and content-word overlap, after which about fifty planned or drafted tips that came too
close to an earlier situation or sentence were dropped, replaced or reworded, some more than once (an umpire at a Little
League game, a Marketplace meet-up, a tax office entered overnight, a refund check from a mailbox, a gas-company
impostor, a yard-sale money apron, a machete at a riverside camp, shell casings in a driveway, a gun at the skate park,
oily rags in a garage, a house fire with a man on oxygen, a tick bite, a nail through a foot, a bee sting, a grass fire
by the tracks, a burning camper, a roofer's tar kettle, a mulch fire, a dryer fire at a laundromat, a school bus passed
on its red lights, a cookie-table cash box, a catalytic converter, a gas drive-off, a paintball drive-by, painted
dugouts, snapped saplings, a letter sign rearranged, a daughter trailed home by a car, speeders at rush hour, a man on a
maternity ward, a barista hit with coffee, a boy jumped and filmed, a cook hitting a kitchen worker with a pan, and
others). It never opened the extractor's source, its tests, examples or benches, nor the gateway, the ASR, vision,
telephony or ONNX code, nor the fuzz targets, nor the repository README, nor any .jsonl file but its own output, nor
read the commit history, nor ran cargo, the extractor, `tipline` or any evaluation, nor saw any score or miss list. It
is the next honest estimate for phrasing the extractor has never seen.

It is set in the third week of April 2029 (Monday 16 to Sunday 22 April) in Oakford, in mud season: the town's spring
clean-up week, with bulky items out on the curbs for pickup and scrap pickers working the piles day and night; a paving
job on Kingsley (a flagger, dump trucks, a job trailer at Kingsley and 3rd, traffic cutting through side streets); the
tax deadline on the Tuesday (refund checks cashed at the credit union); a dry, gusty Wednesday under a red flag warning
(grass fires, a wood boiler's sparks, a basketball hoop and a gas-station canopy in the wind, a kite in the wires, a
burn-permit question); kindergarten registration at Lincoln Elementary on the Thursday morning and Oakford High's spring
musical from the Thursday to the Saturday night; 4/20 on the Friday, with a crowd on the Maple Square bandstand; the
Little League's opening day at Riverside Park, the library's used-book sale on its front lawn and an e-waste and
shredding day in the City Hall lot on the Saturday; and Earth Day on the Sunday, with a river clean-up at Riverside
Park, cars parked along Route 9, open houses and the first warm-weather rides. No earlier set is set in 2029 (train4
spreads across 2028; holdouts 6 and 7 are single days in April 2026), and none has a spring clean-up week, a paving job,
a red flag warning, a school musical, a Little League opening day, a book sale, an e-waste day or an Earth Day clean-up.
New situations: a pistol pointed at a paving flagger by a driver tired of waiting, two scrap pickers fighting over a
curbside washer with a knife (non-native), a box cutter waved between two book resellers at the library sale, a handgun
handled in a lap in the kindergarten-registration car line, a drinking man walking his sidewalk with a rifle and yelling
at cars (dispatch), a hand kept on a holstered gun in a bike-shop argument, a folding knife flashed at a brewery's
doorman the night before (on file); a trash-chute fire in a senior building, a curbside bulk pile burning against a
parked car (a text), a grass fire closing around an old man in a power wheelchair on the river path, a stage light and
curtain burning at the musical with a crew girl on the catwalk, batteries flaring in the e-waste roll-off (dispatch), a
grill that melted siding the night before, a wood boiler's sparks setting a woodshed afire; a pitch to a batter's chest
on opening day, a fall through an attic ceiling during a clean-out, a boy cut by an old window in a curb pile, a cast
member's fall from a set platform (EMS), bleach and ammonia fumes two days before, a hedge-trimmer cut bleeding in
spurts (non-native), a painter's two-storey fall from a scaffold; refund cash taken at gunpoint in a driveway after a
car tailed a woman from the credit union, a realtor robbed at knifepoint at an open house, a busker's tip case, a scrap
picker knocking down an old man to keep his compressor (elderly), a phone-app transfer forced with a punch (a text), a
waitress's tip apron taken that morning; a home aide punching an old man out of his wheelchair on a home camera
(second-hand), a cyclist punched by a driver, an e-waste volunteer punched over a $25 fee, two mothers on the Little
League bleachers, a grandson's shove the night before (elderly), a headscarf pulled off and a woman pushed down at a bus
stop (non-native), a bus driver punched over a fare; a garage opened with a stolen opener at 3:25, an alarm company's
video of guitars carried out of a music store, an away couple's house entered and their car gone, squatters found after
five months away (elderly), a rowing club's boathouse (a web report), a paving contractor's job trailer; the book sale's
cash box, a purse from a car at the clean-up parking, a bike from the mall rack, a licence plate unscrewed, a necklace
lifted in a hug (elderly), two concrete urns (a web report), a chain switched for a fake at a mall kiosk; a motorcycle
down on winter sand, a basketball hoop blown across a street, a horse and rider clipped by a pickup, a dump truck over a
road worker's foot, landscapers' trailers blocking sight lines (a web tip), a pickup against a moped (dispatch), a road
plate slid off a trench; a pickup with its lights off working the bulk piles at 2:15, a passenger van dropping men at a
blanketed house every night, a Buick sunk in the mud, a pickup at a closed brewery's delivery door at 12:40, a sedan
that sits behind the station every night, a hatchback watching a bakery's back door at 4:10; a man offering an
8-year-old money to come to his car, a false paving crew selling driveways, a man following older customers to their
cars for money, a man from the bulk piles trying a side door the afternoon before, a woman with a baby asking to use
bathrooms with a driver waiting at the curb, a false surveyor asking which houses are empty by day; a 4/20 crowd of high
school kids on the bandstand, a coffee can of powder and cash in the riverbank mud, a landscaping foreman selling to his
crew (a web tip), hand-to-hand sales at a bus shelter (dispatch), fentanyl smoked in the library's restroom (a text), an
ice cream truck selling vapes to kids with a pistol in the driver's waistband (second-hand); middle schoolers smashing
curbside televisions in the street (a text), windshields smashed at a used-car lot, a pool liner stabbed full of holes,
swing chains cut at a school playground, skylights kicked in on a closed pool's bathhouse, solar trash compactors pried
open; a landlord and tenant over curbside junk, a landscaping crew's blowers at 6:10 on a Sunday, a threat to cripple a
woman at the musical, a garage band every night (a web tip), a party in the street throwing bottles at 1:40
(non-native), a neighbour screaming at two boys over a ball; a boy shut in a curbside refrigerator, a boy climbing a
utility pole for his kite, a grenade in a late grandfather's garage, roofing hanging over gas pumps in the wind, a
burn-permit question on a red-flag day and bones turned up in a garden bed.

Registers: calm, frightened, angry, hesitant ("Not sure if this is even something you handle", "This is probably
nothing", "Not urgent", "Quick question, not an emergency", "I don't know who to ask about this", "I want it on record
before it gets worse", "I want this on file", "Not an emergency, it's out", "Please don't make a big scene", "I'm only
calling now because I just woke up", "I don't want to honk and set him off"), elderly ("I'm 77", "I'm 83", "I'm 79",
"I'm 81 and I feel so foolish"), texts in lower case without apostrophes ("its caught the bumper", "im by the
dumpsters", "cars cant get by", "theres a guy and a girl", "2 guys", "like 20 min"), non-native ("two men with trucks
fight for the old washing machine", "right now he run after the other man", "the blood is jumping out", "a man pull the
scarf off my head", "one break the glass in my door", "Now the clock say 1:40"), second-hand (a father seen on a home
camera, a son's word about an ice cream truck, a son who works for a dealer, an away couple's house, Mrs. Kowalski next
door), workplace callers (a paving foreman and a site super, the library's book sale, a bike shop owner, a brewery
manager and its last one out at night, a senior building's manager, the musical's director, an usher, a Little League
coach, a realtor, a waitress, the e-waste day's organiser, an alarm company, a rowing club, mall security, a baker at
Rosie's, the Main Street Pharmacy, Oakford Public Works, a school), web-form notes ("Web report:", "Web tip:"),
dispatch, EMS and alarm shorthand ("Man w/ gun", "800 blk", "RP", "W/M 60s", "approx 1930", "subj", "approx 1125",
"roll-off", "Main St side", "EMS to", "16 y/o F", "approx 6 ft", "approx 1855", "C/o", "L wrist", "w/", "R ankle", "no
LOC", "A&O x4", "2-veh MVC", "Elm & 8th", "approx 1718", "M approx 20", "approx 15 ft", "Narcotics in progress", "Main &
3rd", "W/F 30s", "hand-to-hand", "approx 6", "Subj", "central station", "0309"), and three self-corrections (a house
number, a cross street, a plate), annotated as corrected. Spoken forms add fillers ("um", "uh", "yeah", "hi", "oh god",
"oh my god"), split words ("side walk", "drive way", "pick up", "back yard", "bed room", "bath room", "bath house",
"snow blower", "lap top", "lock box", "cat walk", "sky lights", "head lights", "tail gate", "hub caps", "rain water",
"rain coat", "work bench", "wood shed", "band stand", "gun shot", "hand gun", "back board", "guard rail", "street
light", "le sabre", "t v", "e waste", "e m s", "r p", "m v c", "w r x", "i d"), the usual mishearings (kings lee,
kingsly, wall nut, spruse, mabel, ceder, chesnut, willo, maine, hawthorne, burch, oak ford high, river side, north gate,
fresh mart, quick stop, lincon, grant cinema, old meal road, rosies) and two new ones ("perch" for Birch, "maples
square" for Maple Square), plates letter by letter ("seven k", "three l", "r k t something", "four nine"), in the NATO
alphabet ("seven x-ray kilo three eight one"), as "as in" ("h as in henry v n two two four five") and partial ("Plate
starts with 7K", "plate starts with 3L", "Plate ended in 49", "plate RKT something"). Numbers that are not addresses:
"twenty minutes", "$25", "$300", "$260", "$900", "$3,000", "$4,000 apiece", "about 400 people", "all 40 residents",
"field 2", "field 3", "the 9-10 dugout", "act one", "16 y/o F", "approx 6 ft", "approx 15 ft", "M approx 20", "15 hp",
"eight oars", "200 pounds", "80 pounds", "a race number plate ... that says 27", "the number 3 bus", "the 3:40 bus",
"approx 6", "20 min", "4/20", "8th grade", "ten feet", "a foot wide", "two feet", "two stories", "eight or nine men",
"five months", "five or six", "about a dozen holes", "all six swings", "three leaf blowers", "ten dollars", "30 minutes
away", and ages of victims, relatives and callers. Look-alike words that are not places or entities: "central station"
(an alarm company's monitoring centre, not Central Station), "Riverbend Music" (not River Road or Riverside), "Keystone
Alarm", "Oakford Rowing Club", "Oakford Public Works", "the credit union", "the old bank building", "the church across
the street" on Church Street, "the diner", "the bike shop", "the used car lot", "the laundromat", "Ohio", "Arizona",
"Cash App", "Trek", "Harley" on a t-shirt, "Yankees" on a cap, "40 kids from Oakford High" (where they go, not where it
happens), "8th grade" (not 8th Street), "4/20", "the River Road gate" (a gate of the park), "bangs like a gunshot" (no
gunfire), "a steel plate", "a plate compactor" and "a race number plate" (no licence plates), "stabbed ... holes" (no
weapon), "the fire warden" and "a red flag warning" (no fire), "Mrs. Kowalski", "Earth Day", "the town". Tips with no
place (a gun at "the bike shop on Market Street", a robbery "behind the diner on Station Road", a purse from a car
"parked along Route 9", a foreman's truck at "the dead end of 11th", windshields at "the used car lot on Station Road",
a brush pile "out on Old Mill Road") and places given only by a street ("toward Pine", "toward 11th", "toward Elm",
"toward main", "toward Main", "toward Oak", "up 6th", "toward 4th", "toward 5th", "crossing Elm", "toward Old Mill
Road", "the Main St side", "the paving job on Kingsley", "half the lawns on Birch").

Same format and conventions as hand.py and holdouts 4-19 (written to extraction_holdout20.jsonl), with the choices
holdout6.py to holdout19.py, train1.py, train2.py and train4.py list (holdout19, then holdout18, then holdout17, then
earlier sets where they differ): every person other than the caller annotated once, also one named through a possessive;
a described member of a group a separate person only with their own attributes; people said to be away, absent or dead
not annotated; partial plates as said; corrected values as corrected; "last night" 23:00 the day before, "overnight"
02:00, "this afternoon" / "yesterday afternoon" 14:00, "since ..." the start; habits, durations, weekdays, dates,
schedule and future times are not times; "about N" / "maybe N" / "like N" years N-3..N+3, a decade its ten years, teens
13-19, old/older 60-90, young 18-29; victims', relatives' and callers' stated or estimated ages not annotated, a
descriptive age word for a victim is; a vehicle's type only when a type word is in its description and not when a model
describes the same vehicle; base priorities weapon, fire, medical, robbery, assault high, burglary, theft, traffic
medium, the rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen, low to medium
for children at risk, one step (not above high) for an event still happening (a said time within 15 minutes, or with no
time said a present progressive for a low call), one step lower when more than six hours old (weapons and robberies used
hours or days ago included, as a weapon seen); raises do not stack; child luring and a missing vulnerable person high.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type; a box cutter is "knife" (holdout5, train4), a folding knife "knife", a pistol "handgun", "the
  gun holstered at his belt" and "a gun" shoved into a stomach "gun", a rifle "rifle". A pistol pointed at a flagger's
  face, a knife carried after a man around a truck ("he try to cut him", no blow landed) and a box cutter waved at a
  man's face are in use (critical; weapon calls, as train1 files a weapon brandished or swung and missed); a gun shoved
  into a stomach and a knife held to a realtor's side to take property are robberies, critical. A handgun handled in a
  lap in a school car line, a rifle carried on a shoulder along a sidewalk and a hand kept on a holstered gun in an
  argument are weapons seen (high; children do not stack); a pistol in an ice cream truck driver's waistband makes a
  drugs call high (as holdout14's dealers). A folding knife held up in a doorman's face the night before is a weapon
  seen hours ago, lowered to medium. Not weapons: a tire iron smashing windshields and a hedge trimmer (tools used on
  things or by accident), a grenade nobody holds (an "other" call, as holdout18's shell), and the holes "stabbed" in a
  pool liner (no weapon named).
- Categories: a trash-chute fire with all the residents out is fire, high; a grass fire closing around a man in a
  wheelchair and a stage fire with a crew girl unaccounted for on the catwalk are fire, critical; a grill flare-up out
  since the night before is fire lowered to medium (as holdout18's couch); a woodshed burning ten feet from a house is
  fire, high. A pitch to the chest with the boy not breathing, a cut bleeding in spurts and snoring breaths after a
  two-storey fall are medical, critical; fumes breathed two days before and still wheezing are medical, medium (judged
  by the exposure, as holdout19's burn). A busker's case and a compressor kept by a shove, and a phone transfer forced
  with a punch, are robbery, high (force to keep or take, train1); a robbery with a hurt shoulder that morning, seven
  hours before, is lowered to medium. A home aide beating a man who is then not moving is assault, critical; a scarf
  pulled off and a woman pushed down ten minutes before is assault, high (recent, not above high). A garage entered at
  3:25 while the family is upstairs and a video alarm five minutes old are burglary, high; a house found entered with
  the away owners' car gone (no time said) and a job trailer on a road site cut open overnight (a locked structure, not
  a vehicle, under six hours old) are burglary, medium; squatters found after five months away and a boathouse not
  visited since early March are low. A licence plate unscrewed from a car is theft (days old, low); a necklace lifted in
  a hug and a chain switched for a fake are theft (no force), medium. A motorcyclist not moving is traffic, critical; a
  horse and rider clipped and a worker's foot run over by a backing dump truck are traffic, high (as train4's plow
  backing over a man); a basketball hoop and a road plate across a street are traffic, medium (hazards, no time said);
  trailers parked on a street every weekday are traffic, low (a habit, as holdout14's pickup line). A van dropping men
  at a house every night is a suspicious vehicle, low (a habit; the van is the event); a pickup at a closed brewery's
  door with a man trying the handle at 12:40 stays a suspicious vehicle (a handle tried and back into the truck, nothing
  opened), medium. A stranger offering an 8-year-old money to come to his car is child luring (high); a false paving
  crew, a man following older customers for money (a grab at a bag, nothing taken) and a woman asking to use bathrooms
  with a driver waiting are suspicious persons, medium (going on); a man trying a side door the afternoon before and a
  false surveyor the afternoon before are low. A 4/20 crowd that includes children is drugs, medium (the time said and
  children; raises do not stack); finds with nobody about and a habit are drugs, low. Middle schoolers smashing
  televisions and teenagers kicking in skylights are vandalism, medium (going on; children doing the damage are no
  children at risk); a pool liner, swing chains and trash compactors found damaged are vandalism, low. A threat to
  cripple a woman after the show, no blow, is a disturbance, high (a woman in danger, as holdout14's threat); a party
  throwing bottles that break a door pane is a disturbance, medium (as holdout18's bottles); a man screaming at two boys
  the day before, no threat of harm, is a disturbance, low. A boy shut in a refrigerator is other, critical (a rescue,
  as train2's trench); a boy climbing a utility pole toward the wires is other, high (a child in danger; critical is
  kept for someone already caught, hanging or in the water); a grenade in a garage and roofing hanging over people at
  the pumps are other, medium (as holdout18's shell under a slide; "other" is not lifted by a present progressive); a
  burn-permit question and bones in a garden are other, low.
- Vehicles: "Ram pickup" make ram and type pickup (a make and a type word, holdout19), "Honda Pilot" pilot, "Nissan
  Altima" altima, "Subaru WRX" wrx, "Chevy Silverado" chevrolet silverado ("his truck" is the same vehicle), "red Kia"
  make kia, "Honda Accord" accord, "Jeep Compass" compass, "somebody's Jeep" make jeep, "Black Harley" with "Motorcycle"
  said of it make harley-davidson and type motorcycle, "Toyota Tacoma" tacoma (the model describes "a pickup", so no
  type), "Dark blue Chevy" pickup blue chevrolet pickup, "Buick LeSabre" lesabre, "a white passenger van" white van, "a
  black pickup", "a dark sedan" sedan with no colour (holdout18), "a grey hatchback", "Rusty white pickup" white pickup,
  "a white dump truck" and the ice cream truck white truck, "A dump truck" truck, "a blue truck" blue truck, "the number
  3 bus" bus, a moped "scooter" (train1), "Pickup" pickup, "a little white car" white car, "a silver car" silver car,
  the car whose bumper caught car, "my car" a plate was taken off car with that plate; the bikes "bicycle" (a kid's seen
  riding off, the caller's own that a punch knocked him off, as holdout8's doored cyclist, a thief's, and a son's "blue
  Trek" blue, Trek no make). Annotated as part of the event: the gunman's Ram at the flagger ("his truck" is the same
  vehicle), the scrap pickers' truck, the Pilot, the robbers' Altima, the Kia of the aide, the WRX, the Silverado, the
  away couple's Accord, the Jeep a purse came out of, the kiosk thief's Compass, the Harley, the Tacoma, the dump
  trucks, the moped and the pickup, the pickups, van, sedan and hatchback of the suspicious-vehicle calls, the false
  paving crew's truck, the bathroom woman's driver's car, the ice cream truck and the bus a driver was punched on. Not
  vehicles: a horse, a power wheelchair and wheelchairs, a shopping cart, a coach launch, its outboard and a boat
  trailer's tire, the caller's car an opener was taken from, "his car" a luring man spoke of, "his truck" a foreman
  sells from (only talked of), "they came with a truck" (inferred), "no truck", cars at the pumps, the row of parked
  cars, the landscapers' trucks and trailers in general, "no car that I can see".
- Persons: the children on the sidewalk, "People" and "their kids", the children in the yards, the volunteers and the
  public, the crew, the landscaping crew and crews, "his own guys" (male), the band and "Everybody on the street", the
  partiers, "the whole block", the kids lined up at a truck, the little kids and their moms (female), the people under
  the canopy, "everybody" out of a garage, "A whole team of little kids", the bus passengers ("We're all"), a climbing
  boy's friends and "every older customer" (60-90, the targets, as holdout18's young women) are "2+"; "about 400
  people", "all 40 residents", "40 kids from Oakford High" (13-19), "a bunch of middle school kids" (no age: the
  conventions give none for middle school) and "eight or nine men" (male) are "3+"; "two men", "Two of the resale guys",
  "Two guys", "2 guys", "two moms" (female), "two people", "two people in hoodies", "the two guys in it", "Two men in a
  white dump truck", "Two teenagers" (13-19) and "my two boys" are counts; "The one with the blade ... a green zip-up
  jacket", "one had a red puffer vest" and "the other one was short" are persons of their own, while "The man from the
  blue truck", "a guy jumped out", "One got out", "one lady" and "One grabbed the other" add nothing. "somebody" who did
  a thing is a person; the coach and the dad at the pitch, the neighbour with a bucket, the husbands, a landlord who
  wants a report, the volunteers, a mechanic, a doorman, the drivers, a custodian, Mrs. Kowalski, a baby and a toddler
  are persons. Not persons: neighbours away in Ohio, a landlord in another state, the owner who pays a crew, a
  keyholder, a late grandfather, a coworker due at 4:30, the water crew that left a plate, the owner of a Jeep (at the
  river), the town, Oakford Public Works, Keystone Alarm, the Oakford Rowing Club, the fire warden. Ages: "W/M 60s"
  60-69, "maybe 35" 32-38, "maybe 45" 42-48, "maybe 50" 47-53, "maybe 11" 8-14, "an old man" (a victim, a descriptive
  word) and "Old man" (an attacker) 60-90, "Older lady" 60-90, "A young woman" 18-29, "W/F 30s" 30-39, "Two teenagers"
  and "40 kids from Oakford High" 13-19; "He's 10", "He's 8", "16 y/o F", "M approx 20" (a victim's estimate), "my
  8-year-old", "My 14-year-old", "I'm 77", "I'm 83", "I'm 79", "I'm 81", "Mrs. Kowalski is 88", "My boys are 7 and 9",
  "a little girl" and "My little boy" are not annotated. Clothing: "green zip-up jacket" -> "green jacket", "navy
  Yankees cap" -> "blue cap" (navy is blue, train2), "grey work jacket" -> "grey jacket", "black Harley t-shirt" ->
  "black t-shirt", "Blue windbreaker" and "Red windbreaker" -> "blue jacket" and "red jacket", "red puffer vest" -> "red
  vest", "white polo shirt" -> "white shirt", "red flannel shirt" -> "red shirt", "orange hunting jacket" -> "orange
  jacket", "white sun hat" -> "white hat", "hoodies" -> "hoodie"; "white tank top", "grey hoodie", "orange beanie",
  "camo shorts", "pink raincoat", "camo jacket", "camo hat", "orange vest", "pink hoodie", "green jacket" and "red
  hoodie" kept; a ponytail, a shaved head, braids, glasses, sunglasses, a white beard, bracelets, "no coat", a camo
  backpack lying in the brush, a helmet and the scarf pulled from a victim are not clothing.
- Times: "approx 1125", "approx 1855", "approx 1718" and "at 0309" are clock times; "since approx 1930" the start; "It's
  3:25 in the morning", "It's 2:15 in the morning", "It's 12:40", "it's 11:20", "it's 4:10", "It's 4:25", "It's 6:10 on
  a Sunday morning" and "Now the clock say 1:40" said during the event are those times; "Last night around 11:45" and
  "Last night around 8:30" are those times the day before, "last night" alone 23:00 the day before, "Overnight" 02:00;
  "Yesterday around 4" 16:00 and "Yesterday afternoon" 14:00 the day before; "This morning around 6:30" 06:30; "About 40
  minutes ago", "About 25 minutes ago", "about an hour ago" and "ten minutes ago" are minutes ago; "right now", "He's
  back in his truck now", "They're at the yellow house now", "She's crossing Elm right now" and "The truck's out there
  right now" (where the actor is) are now, while a narrative "now" ("now the top of the main curtain is burning", "now
  the woodshed next to it is fully on fire", "the fire's on both sides of him now") is not. Not times: "twenty minutes",
  "On Sunday", "since Sunday night", "Over the weekend", "since at least Monday", "Tuesday", "last night" when a couple
  came home (an arrival), "early March", "two weekends ago", "Every night around 10" and "at 5 in the morning" (a
  habit), "Every night for a week", "till 1 or later", "every night until 11 or later", "at lunch every day", "Every
  weekday this month", "I come in at 4" (a habit), "gets here at 4:30" (a future time), "We closed at 11" (a closing),
  "till 8", "before church", "till June", "tonight", "this morning" alone, "like 20 min", "the 3:40 bus" (a schedule),
  "4/20", "act one", "30 minutes away", "this week".
- Places: "the Little League fields" and "diamonds at Riverside Park", "the river path" and "the riverbank" at Riverside
  Park, "the City Hall lot", the library's "front lawn" and "family bathroom", "the food court doors", "the gold kiosk"
  and "the east lot" at Northgate Mall, "the FreshMart parking lot", "the Community Pool lot" and "the bathhouse at the
  Community Pool", "the Lincoln Elementary playground" and its kindergarten-registration car line, the Oakford High
  auditorium, stage door and musical, the Old Mill Brewery's "front door", "back lot" and "delivery door", "the
  bandstand in Maple Square", "the QuickStop canopy" and "outside our doors" at the Main Street Pharmacy are the
  landmark; "behind the grand cinema", "just downstream from the Old Mill Brewery", "behind Central Station", "behind
  the bakery" (Rosie's), "on Main in front of City Hall", "right by the library" (beside an intersection) and "behind
  633 6th Street" (relative to an address) are relative; "Kingsley by 4th", "Kingsley and 3rd", "Kingsley by 5th",
  "Route 9 by 8th, no, by 9th" (River Road and 9th), "Old Mill Road by Maple", "Old Mill Road by Birch", "Old Mill Road
  just past Oak", "Main by 8th", "Pine by 6th", "Elm by 9th", "Elm & 8th", "Elm by 5th", "Main & 3rd", "Chestnut by 9th"
  and "Willow by 9th" are intersections; "800 blk Birch", "Maple between 4th and 5th", "10th Street between Chestnut and
  Walnut", "Oak between 9th and 10th", "Maple between 10th and 11th", "7th Street between Pine and Cedar", "chestnut
  between 5th and 6th" and "Willow between 2nd and 3rd" are blocks; "toward downtown" (a destination, holdout14) beside
  an intersection, "up in Northgate" and "over in riverside" beside blocks are neighbourhoods; "1105 Spruce Street,
  sorry, 1150" is 1150 Spruce Street (both are houses on Spruce; the correction decides); "415 8th Street", "728 3rd
  Street", "306 12th Street", "419 11th Street", "632 11th Street", "621 4th Street" and "732 10th Street" are addresses
  on numbered streets and "145 Church Street" one on a short street; "40 kids from Oakford High" names no place of the
  event.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 21, 22, 23, 26, 28, 50, 51, 61, 65, 79 and 88 (1-based, in file order) gained
("now",).
"""
from hand import P, V, W

HOLDOUT20 = [
    # ---------------------------------------------------------------- weapon
    # A pistol pointed at a road-crew flagger: in use (critical); a pistol is "handgun". "Ram pickup" make ram, type
    # pickup (a make and a type word, holdout19); a partial plate as said ("7K"); "He's back in his truck now" is where
    # the actor is (now); "twenty minutes" a duration; "Kingsley by 4th" the intersection.
    dict(written="This is the foreman on the paving job on Kingsley by 4th. A guy in a black Ram pickup got sick of waiting at our flagger's stop sign, got out and pointed a pistol at her face, screaming he'd been sitting there twenty minutes. He's back in his truck now, still first in line with the gun in his lap. Plate starts with 7K, that's all we could see.",
         spoken="yeah this is the foreman on the paving job on kings lee by fourth a guy in a black ram pick up got sick of waiting at our flagger's stop sign got out and pointed a pistol at her face screaming he'd been sitting there twenty minutes he's back in his truck now still first in line with the gun in his lap plate starts with seven k that's all we could see",
         at="2029-04-16 10:40", entities=[V(colour="black", make="ram", type="pickup", plate="7K"), P(count="1", sex="male"), P(count="1", sex="female"), W("handgun"), ("now",)],
         places=[("intersection", "Kingsley Avenue", "4th Street")], category="weapon", priority="critical"),
    # Non-native: two scrap pickers fighting over a curbside washer, one chasing the other with a knife "right now" (no
    # blow landed): a weapon in use (critical). "The man from the blue truck" adds nothing to "two men"; the truck is
    # part of the event; the children on the sidewalk are "2+".
    dict(written="Please come quick! In front of my house two men with trucks fight for the old washing machine we put on the curb. The man from the blue truck take a knife from his pocket and right now he run after the other man around the truck, he try to cut him. Many children coming home from the school are on the sidewalk. 715 Walnut Street.",
         spoken="please come quick in front of my house two men with trucks fight for the old washing machine we put on the curb the man from the blue truck take a knife from his pocket and right now he run after the other man around the truck he try to cut him many children coming home from the school are on the side walk seven fifteen wall nut street",
         at="2029-04-17 16:20", entities=[P(count="2", sex="male"), V(colour="blue", type="truck"), W("knife"), ("now",), P(count="2+")],
         places=[("address", 715, "Walnut Street")], category="weapon", priority="critical"),
    # Two resellers at the library's book sale, one waving a box cutter at the other's face: in use (critical); a box
    # cutter is "knife" (holdout5, train4). "The one with the blade" is a person of his own (his own clothing: "green
    # zip-up jacket" -> "green jacket"; a ponytail is no clothing); "People" and "their kids" are two "2+" groups; the
    # front lawn is the library.
    dict(written="Oakford Public Library, we're running the used-book sale on the front lawn. Two of the resale guys who line up every year started shoving over a box of old hardcovers, and one of them pulled a box cutter and is waving it at the other one's face across the table. People are grabbing their kids and backing away. The one with the blade has a grey ponytail and a green zip-up jacket.",
         spoken="oakford public library we're running the used book sale on the front lawn two of the resale guys who line up every year started shoving over a box of old hardcovers and one of them pulled a box cutter and is waving it at the other one's face across the table people are grabbing their kids and backing away the one with the blade has a gray pony tail and a green zip up jacket",
         at="2029-04-21 09:20", entities=[P(count="2", sex="male"), W("knife"), P(count="2+"), P(count="2+"), P(count="1", clothing=["green jacket"])],
         places=[("landmark", "Oakford Public Library")], category="weapon", priority="critical"),
    # A handgun handled in a man's lap in a school car line, pointed at nobody: a weapon seen (high; children do not
    # stack). "Honda Pilot" pilot; the Pilot is part of the event; "a little girl" female, no age.
    dict(written="I'm in the car line for kindergarten registration at Lincoln Elementary, and the man in the silver Honda Pilot in front of me has a handgun in his lap. He keeps popping the magazine out and pushing it back in, I can see it through his back window. There's a little girl in a car seat behind him. He hasn't pointed it at anybody and I don't want to honk and set him off.",
         spoken="um i'm in the car line for kindergarten registration at lincon elementary and the man in the silver honda pilot in front of me has a hand gun in his lap he keeps popping the magazine out and pushing it back in i can see it through his back window there's a little girl in a car seat behind him he hasn't pointed it at anybody and i don't want to honk and set him off",
         at="2029-04-19 09:05", entities=[V(colour="silver", make="honda", model="pilot"), P(count="1", sex="male"), W("handgun"), P(count="1", sex="female")],
         places=[("landmark", "Lincoln Elementary School")], category="weapon", priority="high"),
    # Dispatch: a man walking his sidewalk with a rifle on his shoulder, pointed at nobody: a weapon seen (high). "W/M
    # 60s" 60-69; "since approx 1930" the start (a time); "800 blk Birch" the block; the children "2+".
    dict(written="Man w/ gun, 800 blk Birch. RP states neighbor, W/M 60s, has been walking back and forth on the sidewalk in front of his house since approx 1930 w/ a rifle over his shoulder, yelling at cars to slow down. Has not pointed it at anyone. RP believes subj has been drinking. Children playing in the yards on both sides.",
         spoken="man with a gun eight hundred block perch r p states neighbor white male sixties has been walking back and forth on the side walk in front of his house since approximately nineteen thirty with a rifle over his shoulder yelling at cars to slow down has not pointed it at anyone r p believes subject has been drinking children playing in the yards on both sides",
         at="2029-04-20 19:52", entities=[P(count="1", sex="male", age="60-69"), ("local", "2029-04-20 19:30"), W("rifle"), P(count="2+")],
         places=[("block", 800, "Birch Street")], category="weapon", priority="high"),
    # No place ("the bike shop on Market Street" a street alone). A hand kept on a holstered gun in an argument, never
    # drawn: a weapon seen (high); "the gun" is "gun". "Big guy" heavy; "black Harley t-shirt" -> "black t-shirt"
    # (Harley a print, no vehicle); a shaved head no clothing; the mechanic a person.
    dict(written="I own the bike shop on Market Street. A customer whose tune-up wasn't done is yelling at my mechanic at the counter, and every time he raises his voice he rests his hand on the gun holstered at his belt. He hasn't drawn it. Big guy, shaved head, black Harley t-shirt. I'm in the back office.",
         spoken="hi i own the bike shop on market street a customer whose tune up wasn't done is yelling at my mechanic at the counter and every time he raises his voice he rests his hand on the gun holstered at his belt he hasn't drawn it big guy shaved head black harley t shirt i'm in the back office",
         at="2029-04-18 17:10", entities=[P(count="1", sex="male", build="heavy", clothing=["black t-shirt"]), P(count="1"), W("gun")],
         places=[], category="weapon", priority="high"),
    # "Last night around 11:45" 23:45 the day before, told at 11:30: a knife held up at a doorman hours ago, a weapon
    # seen hours ago, lowered to medium (holdout17's knife the night before). "maybe 35" 32-38; "navy Yankees cap" ->
    # "blue cap" (navy is blue, train2); "grey work jacket" -> "grey jacket"; "toward Old Mill Road" a street alone.
    dict(written="Manager at the Old Mill Brewery, I want this on file. Last night around 11:45 a customer we'd cut off flicked open a folding knife at the front door, held it up in our door guy's face and told him he'd see him in the parking lot some night. Then he walked off toward Old Mill Road. He's a regular, maybe 35, navy Yankees cap, grey work jacket.",
         spoken="manager at the old mill brewery i want this on file last night around eleven forty five a customer we'd cut off flicked open a folding knife at the front door held it up in our door guy's face and told him he'd see him in the parking lot some night then he walked off toward old meal road he's a regular maybe thirty five navy yankees cap gray work jacket",
         at="2029-04-21 11:30", entities=[("local", "2029-04-20 23:45"), P(count="1", sex="male", age="32-38", clothing=["blue cap", "grey jacket"]), W("knife"), P(count="1")],
         places=[("landmark", "Old Mill Brewery")], category="weapon", priority="medium"),

    # ---------------------------------------------------------------- fire
    # A trash-room fire in a senior building, everyone out: fire, high (nobody left inside). "all 40 residents" 3+;
    # "1030 Main" the address; "every floor" no number.
    dict(written="Manager at the senior apartments at 1030 Main. Somebody stuffed something hot down the trash chute and the trash room in the basement is burning, smoke's puffing out of the chute doors on every floor. We got all 40 residents out to the sidewalk, some in wheelchairs. The alarm's still going.",
         spoken="manager at the senior apartments at ten thirty maine somebody stuffed something hot down the trash chute and the trash room in the basement is burning smoke's puffing out of the chute doors on every floor we got all forty residents out to the side walk some in wheelchairs the alarm's still going",
         at="2029-04-16 19:35", entities=[P(count="1"), P(count="3+")],
         places=[("address", 1030, "Main Street")], category="fire", priority="high"),
    # A text: a curbside bulk pile burning against a parked car: fire, high. The kid seen riding off is a person and his
    # bike "bicycle"; the car whose bumper caught is part of the event; "toward 4th" a street alone.
    dict(written="the bulk pile on the curb in front of 328 spruce is on fire, couch and a mattress and a bunch of old paint cans, flames are up past the wires and its caught the bumper of the car parked next to it. we saw a kid on a bike ride off toward 4th right before",
         spoken="the bulk pile on the curb in front of three twenty eight spruse is on fire couch and a mattress and a bunch of old paint cans flames are up past the wires and it's caught the bumper of the car parked next to it we saw a kid on a bike ride off toward fourth right before",
         at="2029-04-17 23:10", entities=[V(type="car"), P(count="1"), V(type="bicycle")],
         places=[("address", 328, "Spruce Street")], category="fire", priority="high"),
    # A grass fire closing around an old man in a power wheelchair on a riverside path: a life at risk (critical). "an
    # old man" (the victim, a descriptive word) 60-90; the river path is part of Riverside Park; "the fire's on both
    # sides of him now" a narrative now.
    dict(written="The grass along the river path at Riverside Park is on fire and the wind's pushing it fast. There's an old man in a power wheelchair on the path below the ball fields and the fire's on both sides of him now, he can't get up the bank. I'm up by the parking lot and I can't get to him through the smoke.",
         spoken="oh god the grass along the river path at river side park is on fire and the wind's pushing it fast there's an old man in a power wheelchair on the path below the ball fields and the fire's on both sides of him now he can't get up the bank i'm up by the parking lot and i can't get to him through the smoke",
         at="2029-04-18 15:30", entities=[P(count="1", sex="male", age="60-90")],
         places=[("landmark", "Riverside Park")], category="fire", priority="critical"),
    # A stage light setting the curtain alight with a student unaccounted for on the catwalk: a life at risk (critical).
    # "about 400 people" is "3+"; the crew girl a person of her own; "act one" no number of a place.
    dict(written="I'm the director of the spring musical at Oakford High. One of the big lights over the stage started smoking in the middle of act one and now the top of the main curtain is burning. We're walking the audience out, about 400 people, but one of our stage crew kids was up on the catwalk and nobody's seen her come down, and the smoke's thick up there.",
         spoken="hi i'm the director of the spring musical at oak ford high one of the big lights over the stage started smoking in the middle of act one and now the top of the main curtain is burning we're walking the audience out about four hundred people but one of our stage crew kids was up on the cat walk and nobody's seen her come down and the smoke's thick up there",
         at="2029-04-19 20:10", entities=[P(count="3+"), P(count="1", sex="female")],
         places=[("landmark", "Oakford High School")], category="fire", priority="critical"),
    # Dispatch: batteries burning in a roll-off at a collection day: fire, high (nobody hurt; within 15 minutes, not
    # above high). "approx 1125" the time; "the City Hall lot" the landmark; "toward Elm" and "the Main St side" streets
    # alone; the volunteers and the public two "2+" groups.
    dict(written="Dumpster fire, City Hall lot, e-waste and shredding day, approx 1125. RP states lithium batteries in the e-waste roll-off are popping and flaring, heavy black smoke. Volunteers moving the public back toward Elm. No injuries reported. Nearest hydrant on the Main St side.",
         spoken="dumpster fire city hall lot e waste and shredding day approximately eleven twenty five r p states lithium batteries in the e waste roll off are popping and flaring heavy black smoke volunteers moving the public back toward elm no injuries reported nearest hydrant on the main street side",
         at="2029-04-21 11:31", entities=[("local", "2029-04-21 11:25"), P(count="2+"), P(count="2+")],
         places=[("landmark", "City Hall")], category="fire", priority="high"),
    # "Last night around 8:30" 20:30 the day before, told at 08:40: a grill flare-up that is out, twelve hours old: fire
    # lowered to medium (as holdout18's couch). The husband and the landlord are persons; "a report number" no number.
    dict(written="Not an emergency, it's out. Last night around 8:30 our gas grill flared up on the back deck and melted a whole section of the vinyl siding and the gutter before my husband got the tank shut off. The landlord says he needs a report number for the insurance. 214 Hawthorn Avenue, the downstairs unit.",
         spoken="not an emergency it's out last night around eight thirty our gas grill flared up on the back deck and melted a whole section of the vinyl siding and the gutter before my husband got the tank shut off the landlord says he needs a report number for the insurance two fourteen hawthorne avenue the downstairs unit",
         at="2029-04-16 08:40", entities=[("local", "2029-04-15 20:30"), P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("address", 214, "Hawthorn Avenue")], category="fire", priority="medium"),
    # Sparks from an outdoor wood boiler setting a woodshed ablaze ten feet from a house: fire, high (nobody trapped).
    # The neighbour a person; "ten feet" no number of a place; "behind 633 6th Street" relative to an address on a
    # numbered street.
    dict(written="The outdoor wood boiler behind 633 6th Street was throwing sparks all morning in this wind and now the woodshed next to it is fully on fire, flames higher than the garage, and it's only about ten feet from the back of the house. My neighbor's out there with a bucket.",
         spoken="the outdoor wood boiler behind six thirty three sixth street was throwing sparks all morning in this wind and now the wood shed next to it is fully on fire flames higher than the garage and it's only about ten feet from the back of the house my neighbor's out there with a bucket",
         at="2029-04-18 12:40", entities=[P(count="1")],
         places=[("relative", ("address", 633, "6th Street"))], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # A boy struck in the chest by a pitch and not breathing: critical. "field 2" no address; "He's 10" not annotated;
    # the dad and the coach are persons; "the River Road gate" a gate of the park (no place of its own).
    dict(written="We need an ambulance at the Little League fields at Riverside Park, field 2! A pitch hit one of our batters square in the chest, he took two steps and dropped and he's not breathing. One of the dads started compressions and a coach is sprinting to the snack shack for the defibrillator. He's 10. Come in the River Road gate, it's opening day and the lot's jammed.",
         spoken="we need an ambulance at the little league fields at river side park field two a pitch hit one of our batters square in the chest he took two steps and dropped and he's not breathing one of the dads started compressions and a coach is sprinting to the snack shack for the defibrillator he's ten come in the river road gate it's opening day and the lot's jammed",
         at="2029-04-21 11:20", entities=[P(count="1", sex="male"), P(count="1", sex="male"), P(count="1")],
         places=[("landmark", "Riverside Park")], category="medical", priority="critical"),
    # A self-corrected house number: 1150 Spruce (1105 would also be a house on Spruce; the correction decides). A fall
    # through a ceiling, a leg bent wrong, awake: high.
    dict(written="My husband was up in the attic clearing it out for the bulk pickup and he stepped between the beams and came right down through the ceiling into our bedroom. He landed on the dresser. His lower leg's bent the wrong way and he's got a gash over his eye, but he's awake and swearing at me. 1105 Spruce Street, sorry, 1150, I'm shaking.",
         spoken="my husband was up in the attic clearing it out for the bulk pick up and he stepped between the beams and came right down through the ceiling into our bed room he landed on the dresser his lower leg's bent the wrong way and he's got a gash over his eye but he's awake and swearing at me eleven oh five spruse street sorry eleven fifty i'm shaking",
         at="2029-04-16 15:40", entities=[P(count="1", sex="male")],
         places=[("address", 1150, "Spruce Street")], category="medical", priority="high"),
    # A deep cut from an old window in a curbside pile, bleeding through a towel, the boy talking: high (as holdout14's
    # cut arm). "He's 8" not annotated; the address is the caller's.
    dict(written="My son was climbing on the junk pile on the curb next door and an old window broke under him. He's got a deep cut across the back of his thigh and it's bleeding through the towel I'm holding on it. He's 8, he's crying but he's talking to me. We're at 1012 Elm Street.",
         spoken="my son was climbing on the junk pile on the curb next door and an old window broke under him he's got a deep cut across the back of his thigh and it's bleeding through the towel i'm holding on it he's eight he's crying but he's talking to me we're at ten twelve elm street",
         at="2029-04-17 16:45", entities=[P(count="1", sex="male")],
         places=[("address", 1012, "Elm Street")], category="medical", priority="high"),
    # EMS: a fall from a set platform, awake, a deformed wrist: high (within 15 minutes, not above high). "approx 1855"
    # the time; "16 y/o F" a victim's stated age (not annotated); "approx 6 ft" no number of a place; the teacher a
    # person.
    dict(written="EMS to Oakford High auditorium, stage door: 16 y/o F cast member fell approx 6 ft from a set platform approx 1855. C/o L wrist pain w/ deformity and R ankle pain. No head strike, no LOC, A&O x4. Drama teacher on scene.",
         spoken="e m s to oakford high auditorium stage door sixteen year old female cast member fell approximately six feet from a set platform approximately eighteen fifty five complaining of left wrist pain with deformity and right ankle pain no head strike no loss of consciousness alert and oriented times four drama teacher on scene",
         at="2029-04-20 19:05", entities=[P(count="1", sex="female"), ("local", "2029-04-20 18:55"), P(count="1")],
         places=[("landmark", "Oakford High School")], category="medical", priority="high"),
    # Fumes from mixing bleach and ammonia on the Sunday, still wheezing on the Tuesday: judged by the exposure, days
    # old, high lowered to medium (as holdout19's burn). "On Sunday" a weekday, no time; the husband a person.
    dict(written="Not sure if this is even something you handle. On Sunday my husband was scrubbing out the basement for the bulk pickup and mixed bleach with an ammonia cleaner, and he's still wheezing today, coughing, and he gets winded just doing the stairs. He says it'll pass. We're at 1136 Cedar Street.",
         spoken="not sure if this is even something you handle on sunday my husband was scrubbing out the basement for the bulk pick up and mixed bleach with an ammonia cleaner and he's still wheezing today coughing and he gets winded just doing the stairs he says it'll pass we're at eleven thirty six ceder street",
         at="2029-04-17 10:15", entities=[P(count="1", sex="male")],
         places=[("address", 1136, "Cedar Street")], category="medical", priority="medium"),
    # Non-native: blood "jumping out" of an arm cut by a hedge trimmer, soaking through a towel, the man pale: spurting
    # bleeding is a life at risk (critical, as holdout17's bleeding in spurts). The trimmer is a tool; "the green fence"
    # no place.
    dict(written="Please fast! My husband cut his arm with the electric hedge trimmer and the blood is jumping out, so much blood. I push with the towel but it come through. He is very white and he sit down on the grass. 1071 Maple Avenue, the house with the green fence.",
         spoken="please fast my husband cut his arm with the electric hedge trimmer and the blood is jumping out so much blood i push with the towel but it come through he is very white and he sit down on the grass ten seventy one mabel avenue the house with the green fence",
         at="2029-04-21 15:10", entities=[P(count="1", sex="male")],
         places=[("address", 1071, "Maple Avenue")], category="medical", priority="critical"),
    # A two-storey fall, not moving, snoring breaths: a life at risk (critical). "Main by 8th" the intersection; "the
    # old bank building" no landmark of the town; the buddy a person.
    dict(written="A painter just fell off the scaffolding on the front of the old bank building on Main by 8th, two stories straight down onto the sidewalk. He's out cold and his breathing sounds like snoring. His buddy's kneeling next to him, nobody's moving him.",
         spoken="a painter just fell off the scaffolding on the front of the old bank building on maine by eighth two stories straight down onto the side walk he's out cold and his breathing sounds like snoring his buddy's kneeling next to him nobody's moving him",
         at="2029-04-19 11:35", entities=[P(count="1", sex="male"), P(count="1"), ("now",)],
         places=[("intersection", "Main Street", "8th Street")], category="medical", priority="critical"),

    # ---------------------------------------------------------------- robbery
    # A woman followed home from cashing a refund check and robbed at gunpoint in her driveway: critical. "a gun" "gun";
    # "Two guys" a count ("a guy jumped out" adds nothing); "Nissan Altima" altima, part of the event; "toward Pine" a
    # street alone; "the credit union" no place.
    dict(written="I just cashed my tax refund check at the credit union and a car must have tailed me from there, because when I got out in my driveway it pulled in behind me and a guy jumped out, shoved a gun into my stomach and took the envelope and my purse. Two guys, they just took off toward Pine in a grey Nissan Altima with no front plate. I'm at 415 8th Street.",
         spoken="i just cashed my tax refund check at the credit union and a car must have tailed me from there because when i got out in my drive way it pulled in behind me and a guy jumped out shoved a gun into my stomach and took the envelope and my purse two guys they just took off toward pine in a gray nissan altima with no front plate i'm at four fifteen eighth street",
         at="2029-04-17 16:50", entities=[W("gun"), P(count="2", sex="male"), V(colour="grey", make="nissan", model="altima"), ("now",)],
         places=[("address", 415, "8th Street")], category="robbery", priority="critical"),
    # A realtor robbed at knifepoint at an open house: critical. "maybe 50" 47-53; "Blue windbreaker" -> "blue jacket";
    # glasses no clothing; "toward 11th" a street alone.
    dict(written="I'm a realtor holding an open house at 1021 Oak Street. A man who came through alone got me in the upstairs bedroom, held a knife to my side and made me hand over my phone, my laptop bag and the lockbox key. He just walked out the front and went toward 11th on foot. Blue windbreaker, glasses, maybe 50.",
         spoken="i'm a realtor holding an open house at ten twenty one oak street a man who came through alone got me in the upstairs bedroom held a knife to my side and made me hand over my phone my lap top bag and the lock box key he just walked out the front and went toward eleventh on foot blue windbreaker glasses maybe fifty",
         at="2029-04-22 13:40", entities=[P(count="1", sex="male", age="47-53", clothing=["blue jacket"]), W("knife"), ("now",)],
         places=[("address", 1021, "Oak Street")], category="robbery", priority="critical"),
    # A street musician's tip case taken with a shove that cut his elbow: robbery, high (force to keep it, train1).
    # "Skinny" thin; "white tank top" kept; a shaved head no clothing; "toward Elm" a street alone; the fountain wall is
    # part of Maple Square.
    dict(written="I was playing guitar for tips in Maple Square and a guy kicked my case shut and grabbed it with all the money in it, and when I went after him he shoved me backwards into the fountain wall. My elbow's split open. He ran toward Elm with it. Skinny, white tank top, shaved head.",
         spoken="i was playing guitar for tips in maples square and a guy kicked my case shut and grabbed it with all the money in it and when i went after him he shoved me backwards into the fountain wall my elbow's split open he ran toward elm with it skinny white tank top shaved head",
         at="2029-04-20 17:30", entities=[P(count="1", sex="male", build="thin", clothing=["white tank top"])],
         places=[("landmark", "Maple Square")], category="robbery", priority="high"),
    # Elderly: a scrap picker taking a compressor from an open garage shoves the owner down to keep it: robbery, high
    # (force to keep property, as holdout19's tailor). A partial plate as said ("3L"); "I'm 77" not annotated.
    dict(written="I'm 77. I caught one of those scrap pickers inside my open garage rolling my air compressor out to his truck, and when I hung on to the handle he knocked me flat on the driveway, threw it in the back and took off. My hip and both hands are scraped raw. Rusty white pickup with a plywood rack, plate starts with 3L. 1163 Willow Street.",
         spoken="i'm seventy seven i caught one of those scrap pickers inside my open garage rolling my air compressor out to his truck and when i hung on to the handle he knocked me flat on the drive way threw it in the back and took off my hip and both hands are scraped raw rusty white pick up with a plywood rack plate starts with three l eleven sixty three willo street",
         at="2029-04-18 11:10", entities=[P(count="1", sex="male"), V(colour="white", type="pickup", plate="3L")],
         places=[("address", 1163, "Willow Street")], category="robbery", priority="high"),
    # A text: made to send money from a phone app with a punch: robbery, high. "2 guys" a count; "one had a red puffer
    # vest" ("red vest") and "the other one was short" are persons of their own; braids no clothing; "behind the grand
    # cinema" relative; "toward main" a street alone; "$300" no address.
    dict(written="2 guys just jumped me behind the grand cinema and made me unlock my phone and send them $300 on cash app, one punched me in the ear when i said no. they ran toward main. one had a red puffer vest, the other one was short with braids. im by the dumpsters at the side door",
         spoken="two guys just jumped me behind the grant cinema and made me unlock my phone and send them three hundred dollars on cash app one punched me in the ear when i said no they ran toward maine one had a red puffer vest the other one was short with braids i'm by the dumpsters at the side door",
         at="2029-04-20 21:55", entities=[P(count="2", sex="male"), P(count="1", clothing=["red vest"]), P(count="1", height="short"), ("now",)],
         places=[("relative", ("landmark", "Grand Cinema"))], category="robbery", priority="high"),
    # No place ("behind the diner on Station Road" a street alone). "Around 6:30" this morning told at 13:45: a robbery
    # with a hurt shoulder more than six hours old, high lowered to medium. "grey hoodie" kept; "$260" no address.
    dict(written="I'm only calling now because I just woke up. This morning around 6:30, walking to my car behind the diner on Station Road after my overnight shift, a man came up behind me, twisted my arm up behind my back and yanked off my apron with all my tips in it, about $260. My shoulder's still killing me. I never saw his face, just a grey hoodie.",
         spoken="yeah i'm only calling now because i just woke up this morning around six thirty walking to my car behind the diner on station road after my overnight shift a man came up behind me twisted my arm up behind my back and yanked off my apron with all my tips in it about two hundred sixty dollars my shoulder's still killing me i never saw his face just a gray hoodie",
         at="2029-04-19 13:45", entities=[("local", "2029-04-19 06:30"), P(count="1", sex="male", clothing=["grey hoodie"])],
         places=[], category="robbery", priority="medium"),

    # ---------------------------------------------------------------- assault
    # Second-hand, on a home camera: an aide punching an old man out of his wheelchair, now not moving: a life at risk
    # (critical). The father and the aide are persons; her Kia in the driveway is part of the event; "30 minutes away"
    # the caller, no time.
    dict(written="I'm watching the camera in my dad's living room on my phone and his home aide just punched him in the head twice and pulled him out of his wheelchair onto the floor. He's not moving. I'm 30 minutes away. He's at 728 3rd Street, her car's the red Kia in the driveway. Please hurry, and don't ring first, she'll hear it.",
         spoken="i'm watching the camera in my dad's living room on my phone and his home aide just punched him in the head twice and pulled him out of his wheelchair onto the floor he's not moving i'm thirty minutes away he's at seven twenty eight third street her car's the red kia in the drive way please hurry and don't ring first she'll hear it",
         at="2029-04-22 10:20", entities=[P(count="1", sex="male"), P(count="1", sex="female"), V(colour="red", make="kia"), ("now",)],
         places=[("address", 728, "3rd Street")], category="assault", priority="critical"),
    # A cyclist punched off his bike by a driver: assault, high. The caller's bike is part of the event (as holdout8's
    # doored cyclist); "Subaru WRX" wrx; a partial plate as said ("49"); "toward downtown" the neighbourhood (a
    # destination, holdout14) beside the intersection.
    dict(written="I was riding my bike on Old Mill Road by Maple and a guy in a green Subaru WRX who'd been leaning on his horn behind me cut me off, got out and punched me in the face. I hit the road hard, my nose is bleeding and my helmet's cracked. He drove off toward downtown. Plate ended in 49.",
         spoken="i was riding my bike on old mill road by mabel and a guy in a green subaru w r x who'd been leaning on his horn behind me cut me off got out and punched me in the face i hit the road hard my nose is bleeding and my helmet's cracked he drove off toward downtown plate ended in four nine",
         at="2029-04-22 08:40", entities=[V(type="bicycle"), P(count="1", sex="male"), V(colour="green", make="subaru", model="wrx", plate="49")],
         places=[("intersection", "Old Mill Road", "Maple Avenue"), ("neighbourhood", "Downtown")], category="assault", priority="high"),
    # A volunteer punched over a disposal fee: assault, high. "Chevy Silverado" chevrolet silverado ("his truck" is the
    # same vehicle); a partial plate as said ("RKT"); "up 6th" a street alone; "$25" no address; the TV is no vehicle.
    dict(written="I'm running the e-waste and shredding day in the City Hall lot. We told a guy there's a $25 fee for his big old tube TV, and he got out of his truck and punched one of our volunteers in the jaw, knocked him back into the pallets. The volunteer's bleeding from the mouth and dizzy. The guy dumped the TV on the ground and took off up 6th in a blue Chevy Silverado, plate RKT something.",
         spoken="i'm running the e waste and shredding day in the city hall lot we told a guy there's a twenty five dollar fee for his big old tube t v and he got out of his truck and punched one of our volunteers in the jaw knocked him back into the pallets the volunteer's bleeding from the mouth and dizzy the guy dumped the t v on the ground and took off up sixth in a blue chevy silverado plate r k t something",
         at="2029-04-21 10:50", entities=[P(count="1", sex="male"), P(count="1", sex="male"), V(colour="blue", make="chevrolet", model="silverado", plate="RKT")],
         places=[("landmark", "City Hall")], category="assault", priority="high"),
    # Two mothers in the bleachers, one punched off them with a bleeding head: assault, high. "two moms" a count (the
    # one who punched and the one hurt add nothing); "A whole team of little kids" "2+"; "the 9-10 dugout" an age
    # division, no number of a place.
    dict(written="Opening day on the Little League diamonds at Riverside Park, and two moms in the bleachers behind the 9-10 dugout started screaming over the batting order. One grabbed the other by the hair and punched her in the face, and she fell backwards off the bleachers. She's holding her head and there's blood in her hair. A whole team of little kids watched it.",
         spoken="opening day on the little league diamonds at river side park and two moms in the bleachers behind the nine ten dugout started screaming over the batting order one grabbed the other by the hair and punched her in the face and she fell backwards off the bleachers she's holding her head and there's blood in her hair a whole team of little kids watched it",
         at="2029-04-21 13:15", entities=[P(count="2", sex="female"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="assault", priority="high"),
    # Elderly: "last night" 23:00 the day before, told at 09:30: a shove with a bruised arm ten hours old, high lowered
    # to medium. The grandson asleep upstairs is a person ("He's asleep upstairs" no time); "I'm 83" not annotated.
    dict(written="I'm 83. My grandson's been staying with me since he lost his job, and last night he wanted money again, and when I said no he shoved me into the hutch. My arm's all purple this morning and I'm scared of him. He's asleep upstairs. Please don't make a big scene. 1017 Chestnut Street.",
         spoken="i'm eighty three my grandson's been staying with me since he lost his job and last night he wanted money again and when i said no he shoved me into the hutch my arm's all purple this morning and i'm scared of him he's asleep upstairs please don't make a big scene ten seventeen chesnut street",
         at="2029-04-16 09:30", entities=[P(count="1", sex="male"), ("local", "2029-04-15 23:00")],
         places=[("address", 1017, "Chestnut Street")], category="assault", priority="medium"),
    # Non-native: a scarf pulled off and a woman pushed down at a bus stop "ten minutes ago": assault, high (recent, not
    # above high). "old man" (the attacker, a descriptive word) 60-90; "green jacket" kept; "toward Main" a street
    # alone; the scarf is the caller's, no clothing of his.
    dict(written="Please, ten minutes ago at the bus stop on Pine by 6th a man pull the scarf off my head and push me down on the sidewalk, he say go back to my country. My hand and my knee is bleeding. He walk away toward Main. Old man, white beard, green jacket.",
         spoken="please ten minutes ago at the bus stop on pine by sixth a man pull the scarf off my head and push me down on the side walk he say go back to my country my hand and my knee is bleeding he walk away toward maine old man white beard green jacket",
         at="2029-04-19 14:20", entities=[("ago", 10), P(count="1", sex="male", age="60-90", clothing=["green jacket"])],
         places=[("intersection", "Pine Street", "6th Street")], category="assault", priority="high"),
    # A bus driver punched by a passenger refused without a fare: assault, high. "the number 3 bus" no number of a
    # place; "Elm by 9th" the intersection; the bus "bus" (the driver's, part of the event); the passengers "2+";
    # "toward Oak" a street alone.
    dict(written="I'm on the number 3 bus stopped at Elm by 9th. The driver wouldn't let a guy ride without paying and the guy reached around the plexiglass and punched him twice in the face. The driver's bleeding from over his eye and kind of dazed. The guy got off and ran toward Oak. Short, red hoodie. We're all still sitting here.",
         spoken="i'm on the number three bus stopped at elm by ninth the driver wouldn't let a guy ride without paying and the guy reached around the plexiglass and punched him twice in the face the driver's bleeding from over his eye and kind of dazed the guy got off and ran toward oak short red hoodie we're all still sitting here",
         at="2029-04-18 15:40", entities=[V(type="bus"), P(count="1", sex="male"), P(count="1", sex="male", height="short", clothing=["red hoodie"]), P(count="2+")],
         places=[("intersection", "Elm Street", "9th Street")], category="assault", priority="high"),

    # ---------------------------------------------------------------- burglary
    # "It's 3:25 in the morning" said during the event is that time: burglary, medium raised to high. Two people on the
    # camera a count; the wife and the kids are persons; the caller's car the opener was taken from is not part of the
    # event.
    dict(written="I think somebody took the garage door opener out of my car in the driveway, because our garage door just went up by itself and on the camera there's two people inside going through the shelves. It's 3:25 in the morning. I'm upstairs with my wife and the kids. 1114 Pine Street.",
         spoken="i think somebody took the garage door opener out of my car in the drive way because our garage door just went up by itself and on the camera there's two people inside going through the shelves it's three twenty five in the morning i'm upstairs with my wife and the kids eleven fourteen pine street",
         at="2029-04-17 03:28", entities=[P(count="2"), ("local", "2029-04-17 03:25"), P(count="1", sex="female"), P(count="2+")],
         places=[("address", 1114, "Pine Street")], category="burglary", priority="high"),
    # An alarm company's video of a break-in at 0309, told at 03:14: within 15 minutes, medium raised to high. "central
    # station" is the alarm company's monitoring centre, not Central Station; "Riverbend Music" a name (no River Road or
    # Riverside); "two people" a count; "hoodies" -> "hoodie" (holdout17's dark hoodies).
    dict(written="Keystone Alarm, central station. Our video at Riverbend Music, 536 Main Street, shows two people in hoodies coming in through the broken front display window at 0309 and carrying guitars off the wall. Keyholder's not answering. Requesting a unit.",
         spoken="keystone alarm central station our video at riverbend music five thirty six maine street shows two people in hoodies coming in through the broken front display window at oh three oh nine and carrying guitars off the wall key holder's not answering requesting a unit",
         at="2029-04-16 03:14", entities=[P(count="2", clothing=["hoodie"]), ("local", "2029-04-16 03:09")],
         places=[("address", 536, "Main Street")], category="burglary", priority="high"),
    # A house found entered and the owners' car gone while they are away, no time said: burglary, medium. The neighbours
    # in Ohio are away (not annotated); their Accord is part of the event; "this morning" no time; "Ohio" no place.
    dict(written="I'm keeping an eye on my neighbors' house at 934 Walnut while they're in Ohio. This morning the back slider's off its track and leaning against the deck, and their grey Honda Accord that's been in the driveway all week is gone. They say nobody else has keys. I haven't gone in.",
         spoken="um i'm keeping an eye on my neighbors house at nine thirty four walnut while they're in ohio this morning the back slider's off its track and leaning against the deck and their gray honda accord that's been in the drive way all week is gone they say nobody else has keys i haven't gone in",
         at="2029-04-19 08:20", entities=[V(colour="grey", make="honda", model="accord")],
         places=[("address", 934, "Walnut Street")], category="burglary", priority="medium"),
    # Elderly: a house lived in and robbed over a five-month absence: plainly days old, low. "last night" is when the
    # couple came home, no time of the event; the husband a person; "somebody" a person; "Arizona" no place.
    dict(written="We got back from five months in Arizona last night and somebody's been living in our house. Beer cans and pizza boxes all over the den, the guest bed's been slept in, the basement door's been jimmied, and my husband's coin collection and the snowblower are gone. I'm 79. 1148 Hawthorn Avenue.",
         spoken="we got back from five months in arizona last night and somebody's been living in our house beer cans and pizza boxes all over the den the guest bed's been slept in the basement door's been jimmied and my husband's coin collection and the snow blower are gone i'm seventy nine eleven forty eight hawthorne avenue",
         at="2029-04-16 11:00", entities=[P(count="1"), P(count="1", sex="male")],
         places=[("address", 1148, "Hawthorn Avenue")], category="burglary", priority="low"),
    # A web report: a boathouse pried open at some time since early March: plainly days old, low. "just downstream from
    # the Old Mill Brewery" relative; "15 hp" and "eight oars" no numbers of a place; the outboard, the launch and the
    # trailer's tire are no vehicles.
    dict(written="Web report: Oakford Rowing Club. At our first practice since the ice went out we found the side door of our boathouse, the one just downstream from the Old Mill Brewery, pried off its hinges. Missing: the coach launch's 15 hp outboard, eight oars and the boat trailer's spare tire. Nobody's been down there since early March.",
         spoken="web report oakford rowing club at our first practice since the ice went out we found the side door of our boat house the one just downstream from the old mill brewery pried off its hinges missing the coach launch's fifteen horse power outboard eight oars and the boat trailer's spare tire nobody's been down there since early march",
         at="2029-04-17 18:40", entities=[],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="burglary", priority="low"),
    # "Overnight" 02:00, told at 06:50 (under six hours): a job trailer broken into, burglary, medium (a trailer is a
    # locked structure on a site, as train4's site). "Kingsley and 3rd" the intersection; "a plate compactor" is no
    # licence plate; "200 pounds" no number of a place; "somebody" a person; the truck only inferred.
    dict(written="Site super for the paving contractor on Kingsley. Overnight somebody cut the padlock on our job trailer parked at Kingsley and 3rd and cleaned it out: a plate compactor, two cut-off saws and our laser level. That compactor's 200 pounds, so they came with a truck.",
         spoken="site super for the paving contractor on kingsly overnight somebody cut the padlock on our job trailer parked at kingsley and third and cleaned it out a plate compactor two cut off saws and our laser level that compactor's two hundred pounds so they came with a truck",
         at="2029-04-17 06:50", entities=[("local", "2029-04-17 02:00"), P(count="1")],
         places=[("intersection", "Kingsley Avenue", "3rd Street")], category="burglary", priority="medium"),

    # ---------------------------------------------------------------- theft
    # A cash box walked off with, no force, "right now": theft, medium raised to high. "Older lady" 60-90; "pink
    # raincoat" kept, "white sun hat" -> "white hat"; "toward 5th" and "crossing Elm" streets alone; the volunteer a
    # person.
    dict(written="Library book sale, on our front lawn. A woman just picked up the cash box off the checkout table while our volunteer was bagging books and walked off with it under her arm toward 5th. She's crossing Elm right now. Older lady, pink raincoat, white sun hat.",
         spoken="library book sale on our front lawn a woman just picked up the cash box off the checkout table while our volunteer was bagging books and walked off with it under her arm toward fifth she's crossing elm right now older lady pink rain coat white sun hat",
         at="2029-04-21 10:35", entities=[P(count="1", sex="female", age="60-90", clothing=["pink raincoat", "white hat"]), P(count="1"), ("now",)],
         places=[("landmark", "Oakford Public Library")], category="theft", priority="high"),
    # No place ("parked along Route 9" a street alone). A man on a bike going through parked cars "right now": theft,
    # medium raised to high. His bike "bicycle"; "somebody's Jeep" make jeep, part of the event (its owner, at the
    # river, is away); "orange beanie" and "camo shorts" kept.
    dict(written="We're doing the Earth Day river cleanup and all of us parked along Route 9. A guy riding a bike up the row of our cars is checking doors, and he just pulled a purse out of somebody's Jeep and stuffed it in his bike basket. He's still working his way up the row right now. Orange beanie, camo shorts.",
         spoken="we're doing the earth day river clean up and all of us parked along route nine a guy riding a bike up the row of our cars is checking doors and he just pulled a purse out of somebody's jeep and stuffed it in his bike basket he's still working his way up the row right now orange beanie camo shorts",
         at="2029-04-22 10:05", entities=[P(count="1", sex="male", clothing=["orange beanie", "camo shorts"]), V(type="bicycle"), V(make="jeep"), ("now",)],
         places=[], category="theft", priority="high"),
    # "about an hour ago": theft, medium. "blue Trek mountain bike" blue bicycle (Trek no make, train1); "a white race
    # number plate ... 27" is no licence plate; the food court doors are part of Northgate Mall.
    dict(written="My son's bike got taken off the rack by the food court doors at Northgate Mall while we were inside, about an hour ago. The cable lock was cut clean through and left on the ground. It's a blue Trek mountain bike with a white race number plate on the front that says 27.",
         spoken="my son's bike got taken off the rack by the food court doors at north gate mall while we were inside about an hour ago the cable lock was cut clean through and left on the ground it's a blue trek mountain bike with a white race number plate on the front that says twenty seven",
         at="2029-04-22 16:10", entities=[P(count="1", sex="male"), V(colour="blue", type="bicycle"), ("ago", 60)],
         places=[("landmark", "Northgate Mall")], category="theft", priority="medium"),
    # A licence plate unscrewed some time over two days: plainly old, theft lowered to low. The car it came off is part
    # of the event, with the plate said ("H as in Henry" spoken); "since Sunday night" no time; "somebody" a person.
    dict(written="Somebody took the back license plate off my car sometime since Sunday night, just unscrewed it and left the screws on the ground. It's parked on the street in front of 812 Oak. The plate was HVN 2245. I'm worried someone's driving around with it on another car.",
         spoken="somebody took the back license plate off my car sometime since sunday night just unscrewed it and left the screws on the ground it's parked on the street in front of eight twelve oak the plate was h as in henry v n two two four five i'm worried someone's driving around with it on another car",
         at="2029-04-18 09:30", entities=[P(count="1"), V(type="car", plate="HVN2245")],
         places=[("address", 812, "Oak Street")], category="theft", priority="low"),
    # Elderly: a necklace lifted in a hug "About 40 minutes ago": theft, medium (no force). "maybe 50" 47-53; bracelets
    # no clothing; "a little white car" white car, part of the event; "church" no place.
    dict(written="I'm 81 and I feel so foolish. About 40 minutes ago in the FreshMart parking lot a woman came up saying she knew me from church and gave me a big hug, and after she drove off I realized my gold chain was gone from my neck. She was maybe 50, lots of bracelets, and she left in a little white car.",
         spoken="i'm eighty one and i feel so foolish about forty minutes ago in the fresh mart parking lot a woman came up saying she knew me from church and gave me a big hug and after she drove off i realized my gold chain was gone from my neck she was maybe fifty lots of bracelets and she left in a little white car",
         at="2029-04-19 11:45", entities=[("ago", 40), P(count="1", sex="female", age="47-53"), V(colour="white", type="car")],
         places=[("landmark", "FreshMart Supermarket")], category="theft", priority="medium"),
    # A web report: two urns taken "Over the weekend": days old, theft lowered to low. "145 Church Street" an address on
    # a short street; "the church across the street" is no landmark; "80 pounds" no number of a place; "somebody" a
    # person.
    dict(written="Web report: Over the weekend somebody took both concrete urns off our front steps at 145 Church Street, pansies and all. They're about 80 pounds apiece, so it took a dolly or a strong back. The church across the street has a camera over its doors that might have caught it.",
         spoken="web report over the weekend somebody took both concrete urns off our front steps at one forty five church street pansies and all they're about eighty pounds apiece so it took a dolly or a strong back the church across the street has a camera over its doors that might have caught it",
         at="2029-04-16 08:10", entities=[P(count="1")],
         places=[("address", 145, "Church Street")], category="theft", priority="low"),
    # A self-corrected plate: 7XK381 (said in the NATO alphabet in the spoken form). A chain swapped for a fake "About
    # 25 minutes ago": theft, medium. "Tall, thin"; "white polo shirt" -> "white shirt"; "Jeep Compass" compass; "the
    # east lot" part of Northgate Mall.
    dict(written="Mall security at Northgate Mall. About 25 minutes ago a man at the gold kiosk by the food court asked to hold a chain, switched it for a fake one from his pocket and walked off. We followed him on the cameras out to a red Jeep Compass in the east lot, plate 7XK 318, sorry, 7XK 381. Tall, thin, white polo shirt.",
         spoken="mall security at north gate mall about twenty five minutes ago a man at the gold kiosk by the food court asked to hold a chain switched it for a fake one from his pocket and walked off we followed him on the cameras out to a red jeep compass in the east lot plate seven x-ray kilo three one eight sorry seven x-ray kilo three eight one tall thin white polo shirt",
         at="2029-04-18 13:20", entities=[("ago", 25), P(count="1", sex="male", height="tall", build="thin", clothing=["white shirt"]), V(colour="red", make="jeep", model="compass", plate="7XK381")],
         places=[("landmark", "Northgate Mall")], category="theft", priority="medium"),

    # ---------------------------------------------------------------- traffic
    # A self-corrected cross street: River Road ("Route 9") and 9th. A motorcyclist face down and not moving: critical.
    # "Black Harley" make harley-davidson with "Motorcycle" said of it (a make and a type word); "winter sand" a hazard.
    dict(written="Motorcycle down on the curve on Route 9 by 8th, no, by 9th. There's still winter sand all over the road there and he slid out into the guardrail. He's face down in the ditch and not moving, his helmet came off. Black Harley. I'm stopping traffic with my flashers.",
         spoken="motorcycle down on the curve on route nine by eighth no by ninth there's still winter sand all over the road there and he slid out into the guard rail he's face down in the ditch and not moving his helmet came off black harley i'm stopping traffic with my flashers",
         at="2029-04-22 14:10", entities=[V(colour="black", make="harley-davidson", type="motorcycle"), P(count="1", sex="male")],
         places=[("intersection", "River Road", "9th Street")], category="traffic", priority="critical"),
    # A basketball hoop blown across a street, nobody hurt, no time said: traffic, medium (a hazard). "10th Street
    # between Chestnut and Walnut" the 400 block.
    dict(written="There's a portable basketball hoop lying flat across 10th Street between Chestnut and Walnut, the gusts took it right off somebody's driveway. Backboard in one lane, the water-filled base in the other, and you can't get by without driving on the grass.",
         spoken="uh there's a portable basketball hoop lying flat across tenth street between chesnut and walnut the gusts took it right off somebody's drive way back board in one lane the water filled base in the other and you can't get by without driving on the grass",
         at="2029-04-18 15:05", entities=[],
         places=[("block", 400, "10th Street")], category="traffic", priority="medium"),
    # A rider thrown when a pickup clipped her horse, hurt and talking: traffic, high. "Toyota Tacoma" tacoma (the model
    # describes the pickup, so no type); the driver a person; a horse is no vehicle; "Old Mill Road by Birch" the
    # intersection.
    dict(written="A pickup just clipped a woman riding her horse on the shoulder of Old Mill Road by Birch. The horse went down in the ditch and it's thrashing around, and she's on the ground holding her shoulder, she's talking. The driver stopped, it's a silver Toyota Tacoma.",
         spoken="a pick up just clipped a woman riding her horse on the shoulder of old mill road by burch the horse went down in the ditch and it's thrashing around and she's on the ground holding her shoulder she's talking the driver stopped it's a silver toyota tacoma",
         at="2029-04-21 16:40", entities=[V(colour="silver", make="toyota", model="tacoma"), P(count="1", sex="female"), P(count="1"), ("now",)],
         places=[("intersection", "Old Mill Road", "Birch Street")], category="traffic", priority="high"),
    # A worker's foot run over by a dump truck backing on a road job: traffic, high (as train4's plow backing over a
    # man). "A dump truck" truck; the crew "2+"; "Kingsley by 5th" the intersection.
    dict(written="A dump truck backing up at the road work on Kingsley by 5th just rolled over one of the workers' feet. He's down in the road screaming, his boot's flattened. The crew's with him and traffic's stopped both ways.",
         spoken="a dump truck backing up at the road work on kingsley by fifth just rolled over one of the workers feet he's down in the road screaming his boot's flattened the crew's with him and traffic's stopped both ways",
         at="2029-04-16 13:35", entities=[V(type="truck"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("intersection", "Kingsley Avenue", "5th Street")], category="traffic", priority="high"),
    # A web tip about a habit ("every weekday"): traffic, low (as holdout14's pickup line). "Maple between 4th and 5th"
    # the 400 block; the landscapers' trucks and trailers in general are no vehicles of one event.
    dict(written="Web tip: Every weekday this month the landscaping crews park their trucks and trailers on both sides of Maple between 4th and 5th while they do the big houses, and you can't see a thing pulling out of a driveway. My wife nearly got hit backing out Tuesday. Can someone talk to them?",
         spoken="web tip every weekday this month the landscaping crews park their trucks and trailers on both sides of mabel between fourth and fifth while they do the big houses and you can't see a thing pulling out of a drive way my wife nearly got hit backing out tuesday can someone talk to them",
         at="2029-04-19 20:30", entities=[P(count="2+"), P(count="1", sex="female")],
         places=[("block", 400, "Maple Avenue")], category="traffic", priority="low"),
    # Dispatch: a moped rider thrown with a deformed leg: traffic, high. "approx 1718" the time; a moped is "scooter"
    # (train1); "M approx 20" a victim's estimate (not annotated); "approx 15 ft" no number of a place.
    dict(written="2-veh MVC, Elm & 8th, approx 1718. Pickup vs moped. Moped operator M approx 20, thrown approx 15 ft, c/o L leg pain w/ obvious deformity, conscious, helmet on. Pickup driver on scene, uninjured. EMS requested, fluids in the roadway.",
         spoken="two vehicle m v c elm and eighth approximately seventeen eighteen pick up versus moped moped operator male approximately twenty thrown approximately fifteen feet complaining of left leg pain with obvious deformity conscious helmet on pick up driver on scene uninjured e m s requested fluids in the roadway",
         at="2029-04-20 17:25", entities=[("local", "2029-04-20 17:18"), V(type="pickup"), V(type="scooter"), P(count="1", sex="male"), P(count="1")],
         places=[("intersection", "Elm Street", "8th Street")], category="traffic", priority="high"),
    # A road plate slid off a trench, no time said: traffic, medium (a hazard). "bangs like a gunshot" no gunfire; "a
    # foot wide" no number; the driver who blew a tire a person; "right by the library" relative beside the
    # intersection.
    dict(written="The steel plate the water crew left over their trench on Elm by 5th has slid half off, there's an open gap a foot wide and every car that hits it bangs like a gunshot. One guy already blew a tire on it. It's right by the library.",
         spoken="the steel plate the water crew left over their trench on elm by fifth has slid half off there's an open gap a foot wide and every car that hits it bangs like a gun shot one guy already blew a tire on it it's right by the library",
         at="2029-04-17 07:45", entities=[P(count="1", sex="male")],
         places=[("intersection", "Elm Street", "5th Street"), ("relative", ("landmark", "Oakford Public Library"))], category="traffic", priority="medium"),

    # ---------------------------------------------------------------- suspicious vehicle
    # "It's 2:15 in the morning" is that time: low raised to medium. "Dark blue Chevy ... pickup" blue chevrolet pickup;
    # "the two guys" a count; "Oak between 9th and 10th" the 900 block.
    dict(written="It's 2:15 in the morning and a pickup with its headlights off is creeping down Oak between 9th and 10th stopping at every bulk pile, and the two guys in it keep walking past the piles and up the driveways to look in the garage windows. Dark blue Chevy, ladder rack, no tailgate.",
         spoken="it's two fifteen in the morning and a pick up with its head lights off is creeping down oak between ninth and tenth stopping at every bulk pile and the two guys in it keep walking past the piles and up the drive ways to look in the garage windows dark blue chevy ladder rack no tail gate",
         at="2029-04-17 02:18", entities=[("local", "2029-04-17 02:15"), V(colour="blue", make="chevrolet", type="pickup"), P(count="2", sex="male")],
         places=[("block", 900, "Oak Street")], category="suspicious_vehicle", priority="medium"),
    # A habit ("Every night ... around 10"): low. "a white passenger van" white van, the vehicle of the event; "eight or
    # nine men" 3+ male; "the house at 1122 Chestnut" the address; "at 5 in the morning" part of the habit, no time.
    dict(written="I don't know who to ask about this. Every night around 10 a white passenger van with no name on it drops eight or nine men at the house at 1122 Chestnut, and the same van picks them up at 5 in the morning. The windows are covered with blankets and the landlord lives in another state. They never come out in between.",
         spoken="i don't know who to ask about this every night around ten a white passenger van with no name on it drops eight or nine men at the house at eleven twenty two chesnut and the same van picks them up at five in the morning the windows are covered with blankets and the landlord lives in another state they never come out in between",
         at="2029-04-20 11:15", entities=[V(colour="white", type="van"), P(count="3+", sex="male")],
         places=[("address", 1122, "Chestnut Street")], category="suspicious_vehicle", priority="low"),
    # An abandoned car in the mud, a state ("It's been there"), not an activity: low. "Buick LeSabre" lesabre; "since at
    # least Monday" no time; "Old Mill Road just past Oak" the intersection.
    dict(written="Not urgent. There's a maroon Buick LeSabre sunk up to its hubcaps in the mud off the edge of Old Mill Road just past Oak. It's been there since at least Monday, no plates, windows down and full of rainwater. Nobody's come for it.",
         spoken="uh not urgent there's a maroon buick le sabre sunk up to its hub caps in the mud off the edge of old mill road just past oak it's been there since at least monday no plates windows down and full of rain water nobody's come for it",
         at="2029-04-19 10:40", entities=[V(colour="maroon", make="buick", model="lesabre")],
         places=[("intersection", "Old Mill Road", "Oak Street")], category="suspicious_vehicle", priority="low"),
    # "It's 12:40" is that time: low raised to medium. "a black pickup" black pickup; "Two guys" a count ("One got out"
    # adds nothing); "We closed at 11" a closing, no time; "our delivery door" is the Old Mill Brewery's.
    dict(written="It's 12:40. I'm the last one at the Old Mill Brewery doing the books, we closed at 11, and a black pickup just backed up to our delivery door with no lights on. Two guys in it. One got out, pulled on the door handle, got back in, and they're still sitting there with the engine off.",
         spoken="it's twelve forty i'm the last one at the old mill brewery doing the books we closed at eleven and a black pick up just backed up to our delivery door with no lights on two guys in it one got out pulled on the door handle got back in and they're still sitting there with the engine off",
         at="2029-04-20 00:43", entities=[("local", "2029-04-20 00:40"), V(colour="black", type="pickup"), P(count="2", sex="male")],
         places=[("landmark", "Old Mill Brewery")], category="suspicious_vehicle", priority="medium"),
    # "it's 11:20" said while it sits there is that time: low raised to medium. "a dark sedan" sedan with no colour;
    # "two people" a count; "behind Central Station" relative; "Every night for a week" and "till 1 or later" part of
    # the habit.
    dict(written="Every night for a week or so a dark sedan backs into the last spot behind Central Station with its lights off and sits there till 1 or later with two people in it. Nobody ever gets on a train. It's back there again, it's 11:20.",
         spoken="every night for a week or so a dark sedan backs into the last spot behind central station with its lights off and sits there till one or later with two people in it nobody ever gets on a train it's back there again it's eleven twenty",
         at="2029-04-16 23:22", entities=[V(type="sedan"), P(count="2"), ("local", "2029-04-16 23:20")],
         places=[("relative", ("landmark", "Central Station"))], category="suspicious_vehicle", priority="medium"),
    # "it's 4:10" is that time: low raised to medium. "I come in at 4" a habit and "gets here at 4:30" a future time, no
    # times; the coworker not yet there is not annotated; "hood up" no clothing; "behind the bakery" relative.
    dict(written="I'm the baker at Rosie's, I come in at 4. There's a grey hatchback parked right behind the bakery with the engine running and the lights off, it's 4:10 and it's been there since I pulled in. The guy in it has his hood up and keeps watching our back door. My coworker gets here at 4:30.",
         spoken="i'm the baker at rosies i come in at four there's a gray hatchback parked right behind the bakery with the engine running and the lights off it's four ten and it's been there since i pulled in the guy in it has his hood up and keeps watching our back door my coworker gets here at four thirty",
         at="2029-04-21 04:12", entities=[V(colour="grey", type="hatchback"), ("local", "2029-04-21 04:10"), P(count="1", sex="male")],
         places=[("relative", ("landmark", "Rosie's Bakery"))], category="suspicious_vehicle", priority="medium"),

    # ---------------------------------------------------------------- suspicious person
    # A stranger offering a child money to come to his car away from everyone: child luring (high). "maybe 45" 42-48;
    # "Red windbreaker" -> "red jacket"; sunglasses no clothing; "my 8-year-old" a person (no sex said); "his car" only
    # talked of; "field 3" no address.
    dict(written="A man just offered my 8-year-old ten dollars to help him carry a cooler out to his car at the far end of the lot at the Little League fields in Riverside Park, away from everybody. When I walked over he said never mind and went back to the bleachers by field 3. He's nobody's dad that I know. Red windbreaker, sunglasses, maybe 45.",
         spoken="a man just offered my eight year old ten dollars to help him carry a cooler out to his car at the far end of the lot at the little league fields in river side park away from everybody when i walked over he said never mind and went back to the bleachers by field three he's nobody's dad that i know red windbreaker sunglasses maybe forty five",
         at="2029-04-21 12:05", entities=[P(count="1", sex="male", age="42-48", clothing=["red jacket"]), P(count="1"), ("now",)],
         places=[("landmark", "Riverside Park")], category="suspicious_person", priority="high"),
    # A false paving crew working a street "now": low raised to medium (as holdout14's fake adjuster). "Two men" a
    # count; "a white dump truck" white truck; the neighbour a person; "$900" no address; "Maple between 10th and 11th"
    # the 1000 block and "up in Northgate" the neighbourhood; "the town" no person.
    dict(written="Two men in a white dump truck are going house to house up in Northgate on Maple between 10th and 11th, saying they've got asphalt left over from the town's paving job on Kingsley and they'll do your driveway today for $900 cash. They told my neighbor the town sent them. The town doesn't do that. They're at the yellow house now.",
         spoken="two men in a white dump truck are going house to house up in north gate on mabel between tenth and eleventh saying they've got asphalt left over from the town's paving job on kingsley and they'll do your drive way today for nine hundred dollars cash they told my neighbor the town sent them the town doesn't do that they're at the yellow house now",
         at="2029-04-18 10:30", entities=[P(count="2", sex="male"), V(colour="white", type="truck"), P(count="1"), ("now",)],
         places=[("block", 1000, "Maple Avenue"), ("neighbourhood", "Northgate")], category="suspicious_person", priority="medium"),
    # A man following older customers to their cars for money and grabbing at a bag ("is following", going on): low
    # raised to medium. "every older customer" 2+ 60-90 (the targets, as holdout18's young women); "one lady" adds
    # nothing; "camo hat" kept.
    dict(written="Main Street Pharmacy. There's a man outside our doors who is following every older customer out to their car asking for money, and when one lady said no he grabbed at her bag. He's still out there working the lot. Tall, camo hat, no coat.",
         spoken="main street pharmacy there's a man outside our doors who is following every older customer out to their car asking for money and when one lady said no he grabbed at her bag he's still out there working the lot tall camo hat no coat",
         at="2029-04-19 15:20", entities=[P(count="1", sex="male", height="tall", clothing=["camo hat"]), P(count="2+", age="60-90")],
         places=[("landmark", "Main Street Pharmacy")], category="suspicious_person", priority="medium"),
    # "Yesterday around 4" 16:00 the day before: a man trying a side door the afternoon before, low. "Skinny" thin;
    # "camo jacket" kept; a shopping cart is no vehicle.
    dict(written="Yesterday around 4 a man going through the bulk piles on our street walked right up our driveway, looked in the garage windows and tried the side door, then left when the dog started barking. Skinny, camo jacket, pushing a shopping cart. We're at 1135 Oak Street.",
         spoken="yesterday around four a man going through the bulk piles on our street walked right up our drive way looked in the garage windows and tried the side door then left when the dog started barking skinny camo jacket pushing a shopping cart we're at eleven thirty five oak street",
         at="2029-04-19 10:20", entities=[("local", "2029-04-18 16:00"), P(count="1", sex="male", build="thin", clothing=["camo jacket"])],
         places=[("address", 1135, "Oak Street")], category="suspicious_person", priority="low"),
    # A woman asking to use bathrooms house after house with a driver waiting ("is knocking", going on): low raised to
    # medium. "A young woman" 18-29; the baby, the driver and Mrs. Kowalski (88, not annotated) are persons; "a silver
    # car" part of the event; "7th Street between Pine and Cedar" the 1000 block.
    dict(written="A young woman carrying a baby is knocking at house after house on 7th Street between Pine and Cedar asking if she can use the bathroom, and a guy waits for her in a silver car at the curb with the engine running. She just got into Mrs. Kowalski's. Mrs. Kowalski is 88 and lives alone.",
         spoken="a young woman carrying a baby is knocking at house after house on seventh street between pine and ceder asking if she can use the bath room and a guy waits for her in a silver car at the curb with the engine running she just got into mrs kowalski's mrs kowalski is eighty eight and lives alone",
         at="2029-04-20 14:15", entities=[P(count="1", sex="female", age="18-29"), P(count="1"), P(count="1", sex="male"), V(colour="silver", type="car"), P(count="1", sex="female"), ("now",)],
         places=[("block", 1000, "7th Street")], category="suspicious_person", priority="medium"),
    # "Yesterday afternoon" 14:00 the day before: a man asking which houses are empty by day, low. "orange vest" kept;
    # "Chestnut by 9th" the intersection where the caller lives.
    dict(written="Yesterday afternoon a man in an orange vest knocked and said he was surveying for the paving job, and he asked me which houses on our street are empty during the day. He had no ID and no truck, and he went on down the street knocking. I'm on Chestnut by 9th.",
         spoken="uh yesterday afternoon a man in an orange vest knocked and said he was surveying for the paving job and he asked me which houses on our street are empty during the day he had no i d and no truck and he went on down the street knocking i'm on chesnut by ninth",
         at="2029-04-17 09:40", entities=[("local", "2029-04-16 14:00"), P(count="1", sex="male", clothing=["orange vest"])],
         places=[("intersection", "Chestnut Street", "9th Street")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- drugs
    # "It's 4:25" is that time: low raised to medium (children too; raises do not stack). "40 kids from Oakford High" 3+
    # 13-19 (Oakford High is where they go, not the place); the little kids and their moms two "2+" groups; "4/20" and
    # "8th grade" are no time and no street.
    dict(written="It's 4:25 and there's got to be 40 kids from Oakford High on the bandstand in Maple Square passing joints and a bong around for 4/20, and some of them look like they're in 8th grade. Little kids are on the swings right next to it with their moms.",
         spoken="it's four twenty five and there's got to be forty kids from oak ford high on the band stand in maple square passing joints and a bong around for four twenty and some of them look like they're in eighth grade little kids are on the swings right next to it with their moms",
         at="2029-04-20 16:27", entities=[("local", "2029-04-20 16:25"), P(count="3+", age="13-19"), P(count="2+"), P(count="2+", sex="female")],
         places=[("landmark", "Maple Square")], category="drugs", priority="medium"),
    # A find with nobody about: drugs, low. "a coffee can" and the cash are no place or entity; "maybe $3,000" no
    # address; the riverbank is part of Riverside Park; the volunteer who pulled it out a person ("we" adds nothing).
    dict(written="Earth Day cleanup at Riverside Park. One of our volunteers pulled a coffee can out of the mud along the riverbank and it's got a vacuum-sealed bag of white powder and a roll of cash in it, maybe $3,000. We put it back down and we're standing by it. Can somebody come get it?",
         spoken="earth day clean up at river side park one of our volunteers pulled a coffee can out of the mud along the river bank and it's got a vacuum sealed bag of white powder and a roll of cash in it maybe three thousand dollars we put it back down and we're standing by it can somebody come get it",
         at="2029-04-22 11:10", entities=[P(count="1")],
         places=[("landmark", "Riverside Park")], category="drugs", priority="low"),
    # A web tip, no place ("the dead end of 11th" a street alone); a habit: low. The foreman, "his own guys" (2+ male)
    # and the son are persons; "his truck" only talked of; "half the lawns on Birch" no place.
    dict(written="Web tip: The foreman of the landscaping crew that does half the lawns on Birch sells coke and pills to his own guys out of the cab of his truck at lunch every day. They park at the dead end of 11th most days. My son works for him and came home high twice last week.",
         spoken="web tip the foreman of the landscaping crew that does half the lawns on burch sells coke and pills to his own guys out of the cab of his truck at lunch every day they park at the dead end of eleventh most days my son works for him and came home high twice last week",
         at="2029-04-16 20:15", entities=[P(count="1", sex="male"), P(count="2+", sex="male"), P(count="1", sex="male")],
         places=[], category="drugs", priority="low"),
    # Dispatch: "is still on scene making exchanges" (going on, no time said): low raised to medium. "W/F 30s" 30-39;
    # "pink hoodie" kept; the people off the bus "2+"; "the 3:40 bus" a schedule; "approx 6" and "20 min" no times.
    dict(written="Narcotics in progress, Main & 3rd bus shelter. RP across the street observing a W/F 30s, pink hoodie, making hand-to-hand exchanges w/ people getting off the 3:40 bus, approx 6 in the last 20 min. Subj is still on scene making exchanges.",
         spoken="narcotics in progress main and third bus shelter r p across the street observing a white female thirties pink hoodie making hand to hand exchanges with people getting off the three forty bus approximately six in the last twenty minutes subject is still on scene making exchanges",
         at="2029-04-17 15:50", entities=[P(count="1", sex="female", age="30-39", clothing=["pink hoodie"]), P(count="2+")],
         places=[("intersection", "Main Street", "3rd Street")], category="drugs", priority="medium"),
    # A text: two people smoking fentanyl in a library restroom "right now": low raised to medium. "a guy and a girl"
    # two persons; the mom and the toddler are persons; "like 20 min" a duration.
    dict(written="theres a guy and a girl locked in the family bathroom at the public library smoking fentanyl off foil right now, you can hear them and smell it burning under the door. a mom with a toddler has been waiting to use it for like 20 min",
         spoken="there's a guy and a girl locked in the family bath room at the public library smoking fentanyl off foil right now you can hear them and smell it burning under the door a mom with a toddler has been waiting to use it for like twenty minutes",
         at="2029-04-18 13:05", entities=[P(count="1", sex="male"), P(count="1", sex="female"), ("now",), P(count="1", sex="female"), P(count="1")],
         places=[("landmark", "Oakford Public Library")], category="drugs", priority="medium"),
    # Second-hand: an ice cream truck selling to kids with a pistol in the driver's waistband: drugs with a weapon seen
    # (high, as holdout14's dealers). "The truck's out there right now" is where it is (now); the ice cream truck "white
    # truck"; the son and the driver are persons, the kids "2+"; "the clown" no person.
    dict(written="My 14-year-old says the ice cream truck that parks in the Community Pool lot sells vapes and weed gummies out the back window to kids, and today when he went up to it he saw a pistol stuck in the driver's waistband. The truck's out there right now with kids lined up. It's the white one with the clown on the side.",
         spoken="my fourteen year old says the ice cream truck that parks in the community pool lot sells vapes and weed gummies out the back window to kids and today when he went up to it he saw a pistol stuck in the driver's waistband the truck's out there right now with kids lined up it's the white one with the clown on the side",
         at="2029-04-22 15:30", entities=[P(count="1", sex="male"), V(colour="white", type="truck"), P(count="1"), W("handgun"), ("now",), P(count="2+")],
         places=[("landmark", "Community Pool")], category="drugs", priority="high"),

    # ---------------------------------------------------------------- vandalism
    # A text: kids smashing televisions from curbside piles in the street ("are dragging", going on): low raised to
    # medium (children doing the damage are no children at risk). "a bunch of middle school kids" 3+, no age; "chestnut
    # between 5th and 6th" the 500 block and "over in riverside" the neighbourhood.
    dict(written="a bunch of middle school kids are dragging the old tvs off the bulk piles on chestnut between 5th and 6th over in riverside and smashing them in the middle of the street, glass and junk everywhere and cars cant get by. still going",
         spoken="a bunch of middle school kids are dragging the old t v's off the bulk piles on chesnut between fifth and sixth over in river side and smashing them in the middle of the street glass and junk everywhere and cars can't get by still going",
         at="2029-04-16 16:40", entities=[P(count="3+")],
         places=[("block", 500, "Chestnut Street"), ("neighbourhood", "Riverside")], category="vandalism", priority="medium"),
    # No place ("the used car lot on Station Road" a street alone). Windshields smashed with a tire iron ("There's a guy
    # going", going on): low raised to medium; a tire iron used on cars is no weapon. "Big guy" heavy; "red flannel
    # shirt" -> "red shirt"; "the laundromat" no place.
    dict(written="There's a guy going down the front row at the used car lot on Station Road smashing windshields with a tire iron, he's done five or six already. I'm parked across the street at the laundromat. Big guy, red flannel shirt, no car that I can see.",
         spoken="there's a guy going down the front row at the used car lot on station road smashing windshields with a tire iron he's done five or six already i'm parked across the street at the laundromat big guy red flannel shirt no car that i can see",
         at="2029-04-19 22:15", entities=[P(count="1", sex="male", build="heavy", clothing=["red shirt"])],
         places=[], category="vandalism", priority="medium"),
    # A pool liner holed some time in two weeks: vandalism, low. "stabbed" holes no weapon; "about a dozen" no number of
    # a place; "two weekends ago" no time; "somebody" a person; "732 10th Street" an address on a numbered street.
    dict(written="We just took the winter cover off our above-ground pool and somebody's stabbed about a dozen holes in the liner below the waterline, it's all draining into the yard. Must've been since we checked it two weekends ago. We have no idea who. 732 10th Street.",
         spoken="we just took the winter cover off our above ground pool and somebody's stabbed about a dozen holes in the liner below the water line it's all draining into the yard must've been since we checked it two weekends ago we have no idea who seven thirty two tenth street",
         at="2029-04-16 18:30", entities=[P(count="1")],
         places=[("address", 732, "10th Street")], category="vandalism", priority="low"),
    # "Overnight" 02:00, told at 07:10: swing chains cut, vandalism, low. The custodian a person; "all six swings" no
    # number of a place; "Earth Day" no time.
    dict(written="Somebody cut the chains on all six swings at the Lincoln Elementary playground overnight, they're just lying in the wood chips, and they bent the slide rail too. Our custodian found it when he unlocked. The kids were supposed to plant flowers out there for Earth Day this week.",
         spoken="somebody cut the chains on all six swings at the lincon elementary playground overnight they're just lying in the wood chips and they bent the slide rail too our custodian found it when he unlocked the kids were supposed to plant flowers out there for earth day this week",
         at="2029-04-17 07:10", entities=[P(count="1"), ("local", "2029-04-17 02:00"), P(count="1", sex="male")],
         places=[("landmark", "Lincoln Elementary School")], category="vandalism", priority="low"),
    # Skylights kicked in on a closed pool's bathhouse ("are ... kicking", going on): low raised to medium (teenagers
    # doing damage are no children at risk). "Two teenagers" 2 13-19; "till June" no time; the bathhouse is the
    # Community Pool's.
    dict(written="Two teenagers are up on the roof of the bathhouse at the Community Pool kicking in the skylights, I can hear the glass falling inside. The pool's closed till June, there's nobody in there. They climbed up off the fence by the parking lot.",
         spoken="two teenagers are up on the roof of the bath house at the community pool kicking in the sky lights i can hear the glass falling inside the pool's closed till june there's nobody in there they climbed up off the fence by the parking lot",
         at="2029-04-21 18:25", entities=[P(count="2", age="13-19")],
         places=[("landmark", "Community Pool")], category="vandalism", priority="medium"),
    # "Overnight" 02:00, told at 07:20: vandalism, low. "Oakford Public Works" no person; "$4,000" no address; "on Main
    # in front of City Hall" relative.
    dict(written="Oakford Public Works. Overnight somebody pried the doors off both of the new solar trash compactors on Main in front of City Hall and smashed the panels on top. Trash is blown all up and down the sidewalk. They're $4,000 apiece.",
         spoken="oakford public works overnight somebody pried the doors off both of the new solar trash compactors on maine in front of city hall and smashed the panels on top trash is blown all up and down the side walk they're four thousand dollars apiece",
         at="2029-04-16 07:20", entities=[("local", "2029-04-16 02:00"), P(count="1")],
         places=[("relative", ("landmark", "City Hall"))], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- disturbance
    # A landlord and tenant fighting over curbside junk, no blow ("are out on the sidewalk going at it", going on): low
    # raised to medium. "306 12th Street" an address on a numbered street; "the whole block" watching is "2+".
    dict(written="The landlord at 306 12th Street and his tenant are out on the sidewalk going at it over the pile of junk on the curb. The landlord says every bit of it is the tenant's, and the tenant just heaved a chair off the pile into the street. They're in each other's faces and the whole block's watching. Nobody's swung yet.",
         spoken="the landlord at three oh six twelfth street and his tenant are out on the side walk going at it over the pile of junk on the curb the landlord says every bit of it is the tenant's and the tenant just heaved a chair off the pile into the street they're in each other's faces and the whole block's watching nobody's swung yet",
         at="2029-04-17 17:30", entities=[P(count="1", sex="male"), P(count="1"), P(count="2+"), ("now",)],
         places=[("address", 306, "12th Street")], category="disturbance", priority="medium"),
    # "It's 6:10 on a Sunday morning" is that time: low raised to medium. The crew "2+" ("the guy" adds nothing); the
    # owner (not there) not annotated; the baby a person; "till 8" and "before church" no times.
    dict(written="It's 6:10 on a Sunday morning and the landscaping crew at the big house at 1160 Elm has three leaf blowers and a mower going full blast. I asked them to wait till 8 and the guy said the owner pays them to be done before church. My baby was up half the night.",
         spoken="it's six ten on a sunday morning and the landscaping crew at the big house at eleven sixty elm has three leaf blowers and a mower going full blast i asked them to wait till eight and the guy said the owner pays them to be done before church my baby was up half the night",
         at="2029-04-22 06:12", entities=[("local", "2029-04-22 06:10"), P(count="2+"), P(count="1")],
         places=[("address", 1160, "Elm Street")], category="disturbance", priority="medium"),
    # A threat to cripple a woman after the show, no blow: a disturbance, high (a woman in danger, as holdout14's
    # threat). "Big guy" heavy; "orange hunting jacket" -> "orange jacket"; the woman and her boyfriend are persons.
    dict(written="I'm ushering at the spring musical at Oakford High. A man in the back row keeps standing up and yelling at a woman a few rows down who came with her new boyfriend. He says he'll be waiting at her car after the show and she won't walk right again. He hasn't touched anybody. Big guy, orange hunting jacket. She's crying.",
         spoken="hi i'm ushering at the spring musical at oak ford high a man in the back row keeps standing up and yelling at a woman a few rows down who came with her new boyfriend he says he'll be waiting at her car after the show and she won't walk right again he hasn't touched anybody big guy orange hunting jacket she's crying",
         at="2029-04-20 20:35", entities=[P(count="1", sex="male", build="heavy", clothing=["orange jacket"]), P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("landmark", "Oakford High School")], category="disturbance", priority="high"),
    # A web tip; a habit ("every night until 11 or later"): low. The band and "Everybody on the street" two "2+" groups;
    # "419 11th Street" an address on a numbered street.
    dict(written="Web tip: The band that practices in the garage at 419 11th Street plays with the door wide open every night until 11 or later, drums and all. I've asked them nicely twice. Everybody on the street is fed up.",
         spoken="web tip the band that practices in the garage at four nineteen eleventh street plays with the door wide open every night until eleven or later drums and all i've asked them nicely twice everybody on the street is fed up",
         at="2029-04-16 21:30", entities=[P(count="2+"), P(count="2+")],
         places=[("address", 419, "11th Street")], category="disturbance", priority="low"),
    # Non-native: "Now the clock say 1:40" during the noise is that time: low raised to medium (a broken door pane is
    # part of the party's disturbance). "Willow between 2nd and 3rd" the 200 block; the wife a person.
    dict(written="Excuse me, on my street, Willow between 2nd and 3rd, the people from the party are all outside in the street shouting and they throw bottles at the houses, one break the glass in my door. Now the clock say 1:40. My wife is very afraid.",
         spoken="excuse me on my street willow between second and third the people from the party are all outside in the street shouting and they throw bottles at the houses one break the glass in my door now the clock say one forty my wife is very afraid",
         at="2029-04-22 01:43", entities=[P(count="2+"), ("local", "2029-04-22 01:40"), P(count="1", sex="female")],
         places=[("block", 200, "Willow Street")], category="disturbance", priority="medium"),
    # "Yesterday afternoon" 14:00 the day before: a man screaming at two boys, no threat of harm: a disturbance, low.
    # "my two boys" 2 male; "7 and 9" their ages, not annotated; "all spring" no time.
    dict(written="I want it on record before it gets worse. Yesterday afternoon the man at 621 4th Street screamed at my two boys and called them names because their ball rolled into his tulips, and he kept the ball. My boys are 7 and 9. He's been like this all spring.",
         spoken="i want it on record before it gets worse yesterday afternoon the man at six twenty one fourth street screamed at my two boys and called them names because their ball rolled into his tulips and he kept the ball my boys are seven and nine he's been like this all spring",
         at="2029-04-18 17:00", entities=[("local", "2029-04-17 14:00"), P(count="1", sex="male"), P(count="2", sex="male")],
         places=[("address", 621, "4th Street")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # A child shut inside a curbside refrigerator that cannot be opened: a life at risk (other, critical: a rescue, as
    # train2's trench).
    dict(written="My little boy climbed into the old refrigerator out on the curb next door and the door shut on him! It's the old kind with the latch handle and it won't open from the outside, I can hear him banging and crying in there. 215 Pine Street, please hurry!",
         spoken="oh my god my little boy climbed into the old refrigerator out on the curb next door and the door shut on him it's the old kind with the latch handle and it won't open from the outside i can hear him banging and crying in there two fifteen pine street please hurry",
         at="2029-04-16 16:05", entities=[P(count="1", sex="male")],
         places=[("address", 215, "Pine Street")], category="other", priority="critical"),
    # A boy climbing a utility pole toward the wires for a kite, not yet at them: other, high (a child in danger;
    # critical is kept for someone caught, hanging or in the water). "maybe 11" 8-14; his friends "2+"; "Willow by 9th"
    # the intersection.
    dict(written="There's a boy, maybe 11, climbing the utility pole on Willow by 9th to get his kite out of the power lines. He's already above the streetlight and he won't come down, his friends are cheering him on. The wind's swinging him around up there.",
         spoken="there's a boy maybe eleven climbing the utility pole on willo by ninth to get his kite out of the power lines he's already above the street light and he won't come down his friends are cheering him on the wind's swinging him around up there",
         at="2029-04-18 16:15", entities=[P(count="1", sex="male", age="8-14"), P(count="2+")],
         places=[("intersection", "Willow Street", "9th Street")], category="other", priority="high"),
    # What looks like a live grenade found in a garage, everyone out: other, medium (as holdout18's unexploded shell).
    # The late grandfather is not annotated; "everybody" "2+"; a grenade nobody holds is no weapon.
    dict(written="Cleaning out my late grandfather's garage for the bulk pickup, and in a shoebox on the top shelf there's what looks like a real hand grenade, the pineapple kind, pin still in. I set the box down on the workbench and got everybody out of the garage. 632 11th Street.",
         spoken="cleaning out my late grandfather's garage for the bulk pick up and in a shoebox on the top shelf there's what looks like a real hand grenade the pineapple kind pin still in i set the box down on the work bench and got everybody out of the garage six thirty two eleventh street",
         at="2029-04-16 10:50", entities=[P(count="2+")],
         places=[("address", 632, "11th Street")], category="other", priority="medium"),
    # Roofing hanging over gas pumps in the wind with people under it: other, medium (a hazard over people, as
    # holdout18's shell under a slide). The people under it "2+" (the cars at the pumps are cars in general), the
    # cashier a person.
    dict(written="The wind just ripped a big sheet of metal off the top of the QuickStop canopy and it's hanging by one corner over the pumps, swinging and banging every time it gusts. There's a car at every pump and people standing right under it. The cashier says she can't shut the pumps off from inside.",
         spoken="the wind just ripped a big sheet of metal off the top of the quick stop canopy and it's hanging by one corner over the pumps swinging and banging every time it gusts there's a car at every pump and people standing right under it the cashier says she can't shut the pumps off from inside",
         at="2029-04-18 13:50", entities=[P(count="2+"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "QuickStop Gas")], category="other", priority="medium"),
    # A question with no place ("my brush pile out on Old Mill Road" a street alone): other, low. "the fire warden" and
    # "the radio" are no persons; "today" no time.
    dict(written="Quick question, not an emergency. I've got a burn permit from the fire warden for my brush pile out on Old Mill Road, but the radio says there's a red flag warning today. Does my permit still count, or do I have to wait? I don't want a ticket.",
         spoken="quick question not an emergency i've got a burn permit from the fire warden for my brush pile out on old mill road but the radio says there's a red flag warning today does my permit still count or do i have to wait i don't want a ticket",
         at="2029-04-18 08:30", entities=[],
         places=[], category="other", priority="low"),
    # Bones turned up in a garden bed: other, low (nothing in danger; the caller asks for a look). The husband a person;
    # "two feet" no number of a place.
    dict(written="This is probably nothing. I was digging a new vegetable bed in the backyard at 1121 Spruce Street and about two feet down I hit bones, a lot of them, and one piece looks like part of a jaw with teeth. My husband says it's an old dog, but I'd like somebody to look before I dig any more.",
         spoken="um this is probably nothing i was digging a new vegetable bed in the back yard at eleven twenty one spruse street and about two feet down i hit bones a lot of them and one piece looks like part of a jaw with teeth my husband says it's an old dog but i'd like somebody to look before i dig any more",
         at="2029-04-22 12:30", entities=[P(count="1", sex="male")],
         places=[("address", 1121, "Spruce Street")], category="other", priority="low"),
]

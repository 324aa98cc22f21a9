"""A fifth training set (200 tips) for the statistical category and priority models, written blind: its author read only
the corpus README, the corpus scripts (make_corpus.py in full for the record format, the geometry and place truth
(hand_place), the priority helper, hand_records and the set registration; hand.py's opening and its P/V/W helpers;
train4.py's docstring in full and its first weapon and fire records, for the record layout and the comment style; the
docstrings of holdout17.py, holdout18.py, holdout19.py and holdout20.py and nothing else of those four files), town.py
and config/demo/README.md (the town data). The written text of every earlier tip in hand.py, holdouts 1-16 and train1-4
was gathered into one list by importing the modules (with the counts of their label values, to keep to the label
vocabulary), the opening words of the earlier weapon, fire, medical, robbery, assault, burglary and theft tips were
skimmed, and the list was searched by keyword before each situation was drafted and compared draft by draft by shared
four-word runs and content-word overlap. Holdouts 17-20 were imported into the same comparison but only as numbers: for
them the script printed how many four-word runs a draft shared and its content-word overlap, never their text, so none
of their tips was read. About seventy planned or drafted tips came too close to an earlier situation or sentence and
were dropped, replaced or reworded, some twice (a child in a hot car, a stroller from a lobby, a ladder off a
contractor's van, a wrong-way driver on Route 9, a Buick left with a flat, a sledder hit at the bottom of a hill, a
scooter clipped by a right turn, weed smoke through the vents, a meth smell like cat pee, a tow truck hooking cars at
night, a car following a school bus, a Santa at the windows, a census impostor, a drone over backyards, a diesel warmed
under a window, a rooster, a dog barking all night, stomping upstairs, dirt bikes at midnight, a chainsaw over a fence
line, smoke under a disabled neighbour's door, a night worker asleep in a smoking flat, a parent hitting a referee, a
boy grabbed by the collar by another boy's father, paint poured over a hood, sugar in a tank, glued locks, donuts on a
football field, carved benches, ice sculptures smashed, a slingshot at windows, a driver who will not give his
insurance, a pothole full of water, a grandparent scam, a found wallet, a dead deer, kayaks cut from a rack, a bear in a
dumpster, a coyote, a loose horse, a confused woman at a bus stop, a missing autistic boy, a cistern, a car off a jack,
a window washer, a donation bin, a snow tunnel, a kayak at the dam, a stabbing outside the brewery, a hand in a dough
mixer, a purse torn from an old woman, a bell-ringer's kettle, a Girl Scout cash box, a walk home from the brewery,
rocks off a parking garage, and others). It never opened the extractor's source, its tests, examples or benches, nor the
gateway, the ASR, vision, telephony or ONNX code, nor the fuzz targets, nor the repository README, nor any .jsonl file
but its own output, nor read the commit history, nor ran cargo, the extractor, `tipline` or any evaluation, nor saw any
score or miss list. The spoken forms were written by hand; a small script only checked that they hold no digits or
punctuation and that every number, clock time and ordinal of the written form is said in words. Like train1-4 it is
meant to be learned from, so it aims at breadth and at the everyday run of calls a tip line gets as much as at
emergencies.

It is spread over the whole of 2030 (no earlier set uses 2030: train4 spreads across 2028, holdout20 is a week of April
2029), 14 to 19 tips in every month and most hours of the day, no week themed: New Year's night on Main Street, January
ice storms, plow piles and an ice-fishing derby on the river; Martin Luther King Day with no school (Monday 21 January);
Presidents' Day (Monday 18 February); a St. Patrick's weekend pub (Saturday 16 March); frost heaves in March; a school
spring fair and a spring play; summer heat, thunderstorms, a grad party and the pool; Labor Day's cookout (Monday 2
September); football under the lights; leaf piles; the midterm election (Tuesday 5 November) and its canvassers; rifle
deer season from Saturday 16 November; Veterans Day (Monday 11 November); Thanksgiving Eve (Wednesday 27 November); the
town Christmas tree, Christmas Eve and the last day of the year. Each of the 14 categories has 14 tips (theft, traffic,
suspicious vehicle and other 15), and every category has tips at each priority its base and the raises and lowers allow:
weapon (a pistol fired at a loose dog beside children in a dog park, an axe swung at a tree crew's groundman, a shotgun
held on an election canvasser, a bat swung at a cyclist in road rage, a handgun aimed over a pawn-shop counter, a
straight razor held on a barber; a rifle in a student's pickup rack in deer season, a samurai sword half drawn at a flea
market, a boy's knife on a school bus, a pistol cleaned in a library study room, a revolver flashed at a karaoke DJ; a
knife stabbed into a poker table, a rifle aimed at a gas-meter reader, a crowbar swung in a parking lot); fire (a
basement laundry fire cutting off a stairwell, spray-foam insulation alight with an installer in the attic, an alarm
company's smoke and medical-pendant signals from a bedbound woman, a garage with a son inside; a first fire in a
rental's fireplace, stove ashes in a transfer-station bin, an inflatable slide's blower, a boat's shrink wrap under a
heat gun, a pottery kiln, a car parked on a leaf pile, a deer-jerky smokehouse; a toaster oven, a sky lantern, a
mobility scooter's charger, all out); medical (heat stroke on a mowing crew, a coach struck by lightning, a blood
donor's fall and seizure, a wedding guest with no pulse, a man found in a gym sauna; a neck hurt in a trampoline park's
foam pit, a dog bite through a fence, chlorine gas in a pool's pump room, swallowed magnets, a log-splitter chunk to the
face, chest pain after dragging a deer; a lacrosse ball to the eye, giant hogweed blisters, a fall from ceremony
bleachers); robbery (a tow lot's cash and a towed Camaro at knifepoint, a card binder taken with a gun shown in a
pocket, a laundromat (dispatch), a home health aide's car taken by her client's grandson, a church collection with a box
cutter; a bingo jackpot, a swim team's car-wash bucket, a chess bet, a parcel driver's bag, a photographer's camera, a
phone by threats at a bus stop; a mugging in the snow, a bicycle under a claimed gun (non-native), a phone at a Labor
Day cookout); assault (a bowling pin to the head, a stabbing at a grad party, a chokehold at a car dealer's service
desk; a plow driver's punch, a pint glass, a school secretary pulled by the hair, a landlord's shove down stairs, a
kayak paddle, a middle schooler kicked at a bus stop, a beating on Thanksgiving Eve, a rink attendant punched; an older
man pushed down over a parking space, a softball slide, a haunted-house actor's punch (a web report)); burglary (a car
lot's showroom key board, a rectory, a salvage yard's safe, an auction gallery (an alarm company), a smart lock opened
with an old cleaner's code; a house while a baby was born, a Scout hut, a house during a pool afternoon, a landlord who
took a TV "for rent", a rink's warming hut; a bell tower's copper, a late father's workshop, a bandstand's sound gear, a
coal chute (a web report)); theft (hostas from a library's beds, charging cables cut from car chargers, the lights off
the town tree, a laptop from a cafe table; hydrant caps, an ice-fishing derby's entry money, an insulin delivery off a
porch, a pool's AED, a radar sign's battery, a caregiver's use of a debit card, a load of laundry; beehives, a hung
buck, a pressure washer rented on a fake licence, tomatoes night after night); traffic (a daycare van broadsided, a
motorcycle under a tractor-trailer, a jogger hit in the dark; a taxi in freezing rain, a foot run over by a reversing
minivan, a loose boat trailer, a weaving Explorer; a frost heave, a bakery's awning torn down by a truck, dark traffic
lights, hay bales across a road, a school bus in a ditch; a bike-lane parker, an excavator left on a shoulder, a
parking-lot hit-and-run); drugs (a skate-park dealer who shows a pistol, a drug house with a shotgun lookout; THC
gummies at a sledding hill, lines off a car hood at a school play, cars lining up at night, a lifeguard vaping THC, a
teen selling Adderall in a library, fentanyl smoked in a shared flat; night visitors, syringes in a book drop, a car
detailer's "interior package" (a web tip), a grow tent, nitrous chargers in a school lot, a friend's brother selling
vapes); vandalism (railroad crossing gates dragged onto the tracks, motor oil down a bike-path hill, a cinder block
through a sleeping boy's window; plow stakes thrown at cars, a bus shelter smashed with a skateboard, bleacher seats
pried off, cars keyed down a block, stained glass stoned; plow hydraulics cut, donor bricks thrown in a fountain,
basketball rims bent, tires let down during mass, a slur carved into a fence, nativity statues beheaded); suspicious
vehicles (a van with a woman kicking and yelling inside at the pumps, a van that offered a 12-year-old a ride, a Tahoe
with a rifle across the driver's lap, an SUV like an ex's following a mother through turns; a spotlight swept over yards
at 2:30, laps of a school lot with lights off, a delivery van photographing porches, a car pulling in beside a nurse's,
a car idling fogged in a commuter lot, a minivan pulling up beside women; a car at a closed garden centre every night, a
pickup with a man asleep at a dead end, a tinted sedan in a church lot, foil over a car's windows, a fake security car);
suspicious people (a man in a women's locker room behind two girls, a "lost puppy" at a splash pad, a man trying a
portable classroom's door, a man pressing a 14-year-old to leave a station; a petition asking for Social Security
digits, a man photographing gas meters, a grave being dug at night, a man changing seats in a cinema, a Christmas-light
hanger asking who lives alone; an empty box said to be misdelivered, a man photographing laptop screens, a woman fishing
in coin slots, anonymous notes about a dog, a man noting back fences); disturbances (a threat to kill a vet tech, a
lighter flicked at a food pantry, a waitress followed to her car; a drunk man on New Year's, coaches at a Little League
draft, a bachelor party bus, a man screaming at ice-cream-stand girls, students throwing batteries at a football game, a
drunk brother-in-law on Christmas Eve; a church's electronic bells, a car wash's dryers, a pool party till 2, a man who
swore at a girl at a bus stop, the anthem at 6 every morning since the election) and "other" (a father in a septic tank,
a roommate hanging from a third-floor railing, a teenager stuck in river mud below a dam; a husband with Alzheimer's
whose dog came home alone, a boy frozen on a water tower's ladder, a little boy inside a claw machine, a lost hiker of
71 at dusk; a broken footbridge railing, a dead elm over a bus stop, a man in a hospital gown in the rain, a carbon
monoxide alarm with nobody sick; a house listed for rent by a stranger, a crashed camera drone, a ring lost at the pool,
rabbits left at the curb).

Registers: calm, frightened ("Please!", "Hurry, please!", "I turned off all my lights", "What do I do?"), angry,
hesitant ("Probably nothing", "Could be nothing", "Not an emergency", "This is kind of silly", "I'm just reporting it so
there's a record", "I want it on record before the next game", "I'm not trying to get my son's friend in trouble", "I
don't want a fight", "Is that even legal?"), elderly ("I'm 82 and my daughter said to call", "I'm 84", "I'm 79 and I
live alone"), non-native ("a man tell me give him my bicycle, he say he have a gun in the pocket", "I don't see the gun
but I am afraid so I give"), second-hand (a daughter on a stranger's phone, a mother lost on a hike, a neighbour's
family, a waitress's call to her manager, a friend at the river), workplace callers (a tree crew, a pawn shop, a
barbershop, a teacher on duty, a school bus driver, a library's circulation and teen desks, a transfer station, a
pottery studio, a mowing crew, a blood drive, a gym, a pool manager, a tow lot, a home health aide, a parcel driver, a
photographer, a bowling alley, a car dealer's service desk, a school nurse, a rink attendant, a patrol guard, a parish
secretary, an alarm company, a troop treasurer, Parks and Rec, a sexton, Oakford Public Works, a tool rental, a
custodian, a nurse on break, mall security, a ticket seller, a cinema shift lead, a laundromat counter, an animal
hospital, a food pantry, a bar manager, an athletic director, an organist), web-form notes ("Web report:", "Web tip:"),
dispatch and alarm shorthand ("Robbery w/ firearm", "approx 2245", "W/M in his 30s", "NB on 2nd", "rear door contact at
2:36"), and a monitoring centre's smoke-and-pendant call. Spoken forms add fillers ("um", "uh", "yeah", "hi", "hello",
"oh my god", "yes good morning"), split words ("side walk", "drive way", "back yard", "bed room", "bath room", "pick
up", "mini van", "shot gun", "hand gun", "crow bar", "head lamp", "flash light", "spot light", "lap top", "wind shield",
"card board", "fire place", "smoke house", "land lord", "foot bridge", "stair well", "choke hold", "x box", "t v", "d
j", "c p r", "e r", "a e d", "i v", "t h c", "g m c", "s u v"), the usual mishearings (kingsly, kings lee,
spruse, willo, ceder, see der, burch, chesnut, chest nut, wall nut, wallnut, maine, hawthorne, haw thorn, lincon, oak
ford, north gate, river side, fresh mart, quick stop, rosies, mill brook) and a new one ("car heart" / "car hart" for
Carhartt), and partial plates ("starts with H K", "6KD").

Numbers that are not addresses: "$500", "$250", "$40", "$60", "$600", "$900", "$1,100", "$1,200", "$1,400", "$3,000",
"route 12", "7th grader", "3rd grade", "lane 6", "pump 3", "screen 4", "level 3", "study room B on the 2nd floor", "the
3rd floor", "the 7:30 show", "the 9:52" (a train), "the 10 o'clock mass", "all eight of them", "about twenty pairs",
"about fifteen cars", "six used syringes", "five cars", "90 degrees", "30 degrees", "28 degrees", "5%", "maybe 60 feet",
"six inches", "a foot high", "the last 4 of their social", "AA batteries", "two weeks", "three days", ages of victims,
relatives and callers, and counts of people. Look-alike words that are not places or entities: "Kings Cutz" (not
Kingsley), "Kingsley Motors" (a business on Kingsley, its crossing said), "Chestnut Pawn", "Green Mountain Gas",
"Route 9 Auto", "Ace Towing", "Jump Zone", "Strike Zone Lanes", "Spotless Auto Detailing", "Oakford Rent-All",
"Oakford Animal Hospital", "Oakford Auction Gallery", "Keystone Alarm", "Safeguard Monitoring", "the Green Thumb Garden
Center", "Sunny's Laundromat", "the Tap House", "Lucky's", "Kelly's", "the Grange", "the Elks hall", "the Legion hall",
"St. Joseph's", "St. Luke's", "Trinity Lutheran", "Holy Family", "the Methodist church", "the Baptist church", "the
Friends of the Library", "the Rotary", "Parks and Rec", "Red Sox", "Bruins", "Patriots", "Celtics", "Canadiens", "Ohio"
and "Florida" on plates, "Tyler", "the Nguyens'", "the middle school", "the hospital" where a caller works, "the band in
Maple Square" and "the pool" where a caller had been. Tips with no place (a cemetery "on Church Street", a tow lot and a
trampoline park and a car detailer "on Station Road", a water tower "on Station Road", the town forest, the church
"across from me on Church Street", a dead end "of our street") and places given only by a street ("toward 12th",
"toward Main", "toward Oak", "toward Pine", "toward Spruce", "toward Maple", "toward Cedar", "NB on 2nd", "Route 9").

Same format and conventions as hand.py, holdouts 4-20 and train1-4 (written to extraction_train5.jsonl), with the
choices their docstrings list (holdout20, then holdout19, holdout18, holdout17, train4, then earlier sets where they
differ): every person other than the caller annotated once, also one named through a possessive; a described member of
a group a separate person only with their own attributes; people said to be away, absent or dead not annotated;
partial plates as said; "last night" 23:00 the day before, "overnight" 02:00, "this afternoon" / "yesterday afternoon"
14:00, "since ..." the start; habits, durations, weekdays, dates, schedule and future times are not times; "about N" /
"maybe N" / "probably N" years N-3..N+3, a decade its ten years, "early twenties" 20-23, teens and "high school" 13-19,
old/older/elderly 60-90, young 18-29; victims', relatives' and callers' stated or estimated ages not annotated, a
descriptive age word for a victim is; a vehicle's type only when a type word is in its description and not when a
model describes the same vehicle; base priorities weapon, fire, medical, robbery, assault high, burglary, theft, traffic
medium, the rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen, low to medium
for children at risk, one step (not above high) for an event still happening (a said time within 15 minutes, or with no
time said a present progressive for a low call), one step lower when more than six hours old (weapons and robberies
used hours or days ago included); raises do not stack; child luring and a missing vulnerable person high; "other" is
not lifted for being recent.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type; a straight razor and a box cutter are "knife", a revolver and a pistol "handgun", "a gun"
  "gun", an axe "axe" (train2), an aluminum bat "bat", a samurai sword "sword" (holdout9). A bowling pin, a kayak paddle
  and a pint glass swung or thrown at people are no weapons (improvised, as train4's pool cue), and neither is "a stab
  wound" with no weapon named, a lighter, a tire iron for a car window, bolt cutters or a claimed gun never seen. A
  pistol fired at a dog with children near, an axe swung at a man, a shotgun held on a canvasser, a bat swung at a
  cyclist (no blow landed), a handgun aimed over a counter with no demand for money and a razor held on a barber are
  weapons in use (critical, weapon calls). A rifle in a student's pickup rack, a sword half drawn, a knife shown around
  a bus, a pistol cleaned in a study room and a revolver flashed at a DJ are weapons seen (high). A knife stabbed into a
  poker table at 01:00, a rifle aimed the afternoon before and a crowbar swung the night before are lowered to medium.
  A pistol shown to a boy by a dealer and a shotgun on a drug house's porch make drugs calls high; a rifle across a
  driver's lap makes a suspicious-vehicle call high.
- Categories: a basement fire cutting off a stairwell, an installer silent in a burning attic, a bedbound subscriber
  behind a smoke alarm and a son inside a burning garage are fire, critical; the other fires with everyone out are high;
  fires that are out (a toaster oven, a lantern, a charger) are judged by the fire and lowered to medium. Heat stroke, a
  lightning strike, a seizure with blood from an ear after a head blow, no pulse and a man barely breathing in a sauna
  are medical, critical; a neck hurt with the hands moving, a bite, chlorine gas, swallowed magnets, a face injury and
  chest pain in a man still talking are high; an eye injury the day before, blisters from Monday and a wrist from the
  day before are medium. A card binder taken with a gun shown, a laundromat robbed with a gun in a waistband, a car
  taken at knifepoint, a collection kept with a box cutter and a tow lot's cash at knifepoint are robbery, critical; a
  phone taken by threats alone is robbery, high (holdout17). A landlord who let himself in and carried off a TV is
  burglary, medium (entry without right, the same day). A caregiver's use of a debit card is theft, medium (a habit
  going on). A pickup with a weaving driver now is traffic, high; a school bus tilted in a ditch with nobody hurt is
  traffic, medium (children do not raise a medium call); a frost heave, an awning torn down, dark lights and hay bales
  are medium hazards; an excavator left on a shoulder every night is low. A drug house watched over by a man with a
  shotgun is drugs, high. Railroad gate arms dragged onto the tracks with a train due is vandalism, critical (lives at
  risk); oil on a bike path with a girl hurt and a block through a sleeping boy's window are vandalism, high (injuries).
  A van with a woman kicking inside is a suspicious vehicle, critical; a van offering a girl a ride is one too (child
  luring, high); an SUV following a woman who has a protection order is high (a woman in danger). A man in a women's
  locker room behind two girls, a "lost puppy" lure, a man trying a classroom's door and a man pressing a 14-year-old to
  leave with him are suspicious persons, high. Threats to kill, to burn a hall down and to be waiting at a woman's home
  are disturbances, high (no blow, no weapon, as holdout14's threat). A man in a septic tank, a man hanging from a
  railing and a teenager in river mud with the water rising are other, critical (someone already caught, hanging or in
  the water); a boy frozen on a ladder and a boy inside a claw machine are other, high (children in danger, not yet
  hanging), as are a man with Alzheimer's gone two hours and a lost hiker of 71 (missing vulnerable people); a broken
  railing, a leaning dead tree, a confused man in a hospital gown and a carbon monoxide alarm with nobody sick are
  other, medium; a rental fraud, a found drone, a lost ring and rabbits at the curb are other, low.
- Vehicles: "Camaro" alone chevrolet camaro and "Prius" alone toyota prius (train4's "maybe a Tacoma"), "Silverado"
  chevrolet silverado, "GMC Sierra" gmc sierra, "Nissan Versa" versa, "Honda Fit" fit, "Subaru Crosstrek" crosstrek,
  "Hyundai Tucson" tucson, "Honda Odyssey" odyssey, "Ford Explorer" explorer, "Chevy Equinox" chevrolet equinox with the
  partial plate 6KD, "Dodge Charger" charger, "Jeep Cherokee" cherokee, "Chevy Tahoe" chevrolet tahoe ("dark", no
  colour), "Ford Expedition" expedition, "Subaru Forester" forester, "Nissan Rogue" rogue, "Honda Civic" civic, "Dodge
  Ram" dodge ram (model ram), "Ford Crown Victoria" crown victoria; "a white Lexus SUV" white lexus suv (a make and a
  type word); "Small silver car, maybe a Mazda" silver mazda car; "a dark Ford" pickup make ford and type pickup with no
  colour; "a white cargo van" white van with the partial plate HK; a daycare van, a tractor-trailer ("truck"), a plow
  truck, a farm truck, a beer delivery truck, a party bus, a school bus, a cab ("taxi") and bicycles as said; an
  electric scooter "scooter" (train1). Not vehicles: a snowmobile, a boat, a chipper, an excavator, a mobility scooter,
  a boat trailer with nothing said of it, "my car" a caller sits in or that was hit and not described, cars in general
  ("two cars", "three cars", "about fifteen cars", "every parked car").
- Persons: "Everybody", "People", "their kids", "the kids", "my kids", "the parent volunteers", "the ushers", "the
  girls", "Security", "the staff", "Our phlebotomists", "Parents", "the lifeguards" and "everybody on the block" are
  "2+"; "a bunch of kids", "a bunch of teenagers" (13-19), "about twenty drunk guys" (male), "a couple hundred kids"
  (13-19) and "all eight of them" (a class) are "3+"; "two kids", "Two guys", "two teenagers", "Three high school boys",
  "Two of our techs", "a couple", "like four of them" and "three of them" are counts; "One's in a yellow rain jacket",
  "one had a white ski mask", "One had a green backpack", "one in a yellow hoodie" and "one's got a red hat" are persons
  of their own. A "somebody" later seen ("a man carry a blue laundry bag", "a boy on a bike") is annotated once. Not
  persons: an owner a crew works for, a landlord who "doesn't live here", a priest away on retreat, a son an alarm
  company cannot reach, late fathers and husbands, the town, the fire department, "nobody", "anybody", "somebody should
  know". Ages: "maybe 60" 57-63, "maybe 25" 22-28, "maybe 35" 32-38, "maybe 40" and "probably 40" 37-43, "about 19"
  16-22, "maybe 14" 11-17, "looks about 13" 10-16, "in his 30s" 30-39, "Early twenties" 20-23, "Older guy", "older
  woman", "an older man", "older folks" and "my elderly neighbor" 60-90, "teenage" and "high school" 13-19; "He's 10",
  "He's 4", "He's 8", "He's 80", "She's 15", "She's 71", "He's 74", "My 3 year old", "my 12 year old", "My 15 year old",
  "a 91-year-old woman", "I'm 82", "I'm 84" and "I'm 79" are not annotated. Clothing: "tan Carhartt jacket" -> "tan
  jacket", "tan Carhartt coat" -> "tan coat", "brown Carhartt jacket" -> "brown jacket", "black trench coat" -> "black
  coat", "blue fleece jacket" -> "blue jacket", "Red flannel" -> "red shirt", "trucker hat" -> "hat", "black puffer
  jacket" -> "black jacket", "Blue windbreaker" -> "blue jacket", "navy parka" -> "blue coat", "grey wool hat" -> "grey
  hat", "yellow rain jacket" -> "yellow jacket", "black snow pants" -> "black pants", "red swim trunks" -> "red trunks",
  "Hawaiian shirt" -> "shirt", "Red Sox cap" -> "red cap", "Red Sox hoodie" -> "red hoodie", "black Bruins jersey" ->
  "black jersey", "Patriots jerseys" -> "blue jersey", "red Canadiens jersey" -> "red jersey", "green Celtics jacket" ->
  "green jacket", "Green army jacket" -> "green jacket", "black face mask" -> "black mask", "yellow safety vest" ->
  "yellow vest"; "grey sweatshirt", "white tank top", "red tank top", "grey hoodie", "black hoodie", "yellow hoodie",
  "pink hoodie", "orange t-shirt", "grey t-shirt", "camo shorts", "red snowsuit", "orange vest", "black beanie", "grey
  beanie", "grey coat", "tan coat", "black jacket", "jeans", "backpack", "green backpack", "white ski mask" and "red
  hat" kept; a helmet (holdout20), a green kilt, white slides, ski goggles, a ponytail, a beard, a goatee, a buzz cut, a
  shaved or bald head, glasses, sunglasses, "Both in black" and "no coat" are not clothing.
- Times: "It's 12:40", "It's 1:15", "It's 2:30 in the morning" said during the event are those times; "approx 2245" and
  a monitoring centre's "at 2:36" are clock times; "Around 1 in the morning" 01:00 of the received day; "Yesterday
  around 3:30 pm" 15:30, "Yesterday around 4" 16:00, "yesterday, around 11" 11:00 and "Yesterday afternoon" 14:00 the
  day before; "Last night after the band ..., around 11:40", "last night, around 11:15", "Last night around 10" and
  "Around 10 last night" those times the day before, "last night" alone 23:00 and "overnight" 02:00; "this afternoon"
  when a hiker set out 14:00 (the start); "about an hour ago", "about two hours ago" (last seen), "about half an hour
  ago", "about 40 minutes ago", "5 minutes ago" and "five minutes ago" minutes ago; "right now" and, where a person or
  vehicle of the event is, "He's driving it out the gate right now", "she's screaming in the lobby now", "He's walking
  over to the next portable now", "It's still right behind me now" are now, while a narrative "now" ("now the wall above
  the mantel is hot", "The whole boat's burning now", "Now she's seizing") is not, and neither is a request ("Send
  somebody now"). Not times: "this morning", "yesterday", "Yesterday morning", "Monday", "On Monday night", "On Thursday
  in the night", "Friday night", "Last Tuesday", "Sunday", "over the weekend", "since Christmas", "since the election",
  "since August", "since July", "since Thanksgiving", "sometime between 8 and 11", "all afternoon", "at 6 this morning"
  (an arrival), "from 7:30 to 8" and "from about 7 to 9" (habits), "Every night around 1", "at 7 every morning", "at 6
  every morning", "every night this week", "till 11 every night", "until after 2" (a party's end), "the 7:30 show", "the
  9:52", "the 10 o'clock mass", "in twenty minutes", "tomorrow", "this afternoon" (a plan), "for the last twenty
  minutes", "about five hours", "three days", "two weeks".
- Places: parts of a landmark are the landmark ("the dog park", "the Little League field", "the skate park", "the
  sledding hill", "the boat launch", "the footbridge", "the splash pad", "the bike path", "the courts" and "the river"
  at Riverside Park; "the student lot" and the football game at Oakford High; "study room B", "the outside book drop"
  and "the library on Elm Street"; "the community room at City Hall"; "the pump room" and "the women's locker room" at
  the Community Pool; "the gym", "the arcade", the flea market in its lot and "the back row by the loading docks" at
  Northgate Mall; "level 3" of the St. Mary's garage; the Central Station commuter lot and its benches; "the warming hut
  at the rink", "the locked room under the bandstand", "the tables" and the Labor Day cookout in Maple Square; "the
  FreshMart lot"; "the QuickStop pumps"). "behind the Old Mill Brewery" (a riverbank, a town cemetery, river mud),
  "behind Lincoln Elementary" (a field, portable classrooms), "the river path behind the QuickStop", "the ice cream
  stand next to the QuickStop", "in front of City Hall", "in front of 409 Cedar" and "in front of my house at 1160 Pine"
  are relative. A business or a stop "on X by Y" or "at X and Y" is the intersection ("Kings Cutz ... on Elm by 3rd",
  "Chestnut Pawn on Chestnut by 5th", "Lucky's on Main by 6th", "the Elks hall on Pine by 6th", "Strike Zone Lanes on
  Walnut by 11th", "Kingsley Motors on Kingsley by 6th", "Route 9 Auto on River Road by 10th", "the salvage yard on
  River Road by 11th", "the laundromat on Elm by 11th", "the Tap House on Walnut by 4th", "the Grange on Oak by 11th",
  "the bus stop on 6th and Birch"); "Route 9 by Willow" is River Road and Willow; "Kingsley ... by 2nd" and "Old Mill
  Road by Cedar" intersections too. "Oak between 9th and 10th", "Willow between 5th and 6th", "4th Street between Oak
  and Maple" (the 800 block), "Cedar between 2nd and 3rd", "Oak between 6th and 7th", "Spruce between 4th and 5th", "Elm
  between 8th and 9th", "Oak between 3rd and 4th", "Chestnut between 10th and 11th", "Birch between 5th and 6th" and
  "Hawthorn between 9th and 10th" are blocks, with the address beside two of them where the actor is ("He's at 847",
  "He's behind 1036"); "in Millbrook" is the neighbourhood. Addresses on numbered streets (such as "1016 5th Street",
  "415 3rd St", "1012 12th Street", "311 4th Street"), on Kingsley ("306 Kingsley"), on Station Road ("135 Station
  Road"), on Market Street ("140" and "61") and on Church Street ("172", "160", "190", "140", "205", "95", "50" and
  "30") are used. Places where the caller only was, works or is headed are not the event's ("the hospital", "the diner",
  "the band in Maple Square", "the pool", "parent conferences", "the library" a husband usually walks toward), while the
  QuickStop where a debit card was used and the FreshMart where a stolen bicycle was seen again are places of the tip.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 4, 9, 29, 30, 32, 33, 35, 39, 47, 49, 50, 51, 60, 63, 102, 103, 104, 108, 110,
111, 129, 130, 131, 132, 159, 161, 176, 177, 179 and 186 (1-based, in file order) gained a "now" time label.
  """
from hand import P, V, W

TRAIN5 = [
    # ---------------------------------------------------------------- weapon
    # A pistol fired at a loose dog in a dog park with children near: in use (critical), a weapon call (the shots are
    # the event; the dog is no person). "the dog park in Riverside Park" is the landmark; the lady whose dog got loose,
    # the shooter ("Older guy" 60-90, "tan Carhartt jacket" -> "tan jacket") and "some kids" are persons.
    dict(written="I'm at the dog park in Riverside Park. A pit bull got away from a lady and grabbed a little poodle by the neck, and the poodle's owner pulled out a pistol and shot at it twice. He missed and the second one hit the snow right by some kids. He's still walking around with the gun out yelling whose dog is this. Older guy, tan Carhartt jacket.",
         spoken="um i'm at the dog park in river side park a pit bull got away from a lady and grabbed a little poodle by the neck and the poodle's owner pulled out a pistol and shot at it twice he missed and the second one hit the snow right by some kids he's still walking around with the gun out yelling whose dog is this older guy tan car heart jacket",
         at="2030-02-09 10:40", entities=[P(count="1", sex="female"), P(count="1", sex="male", age="60-90", clothing=["tan jacket"]), W("handgun"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="weapon", priority="critical"),
    # A tree-service foreman: a neighbour swinging an axe at a crew member: in use (critical). The neighbour and the
    # groundman are persons; "the chipper" is a machine, no vehicle; "locked himself in the cab" names no vehicle of
    # its own (a refuge, not described).
    dict(written="I run a tree crew, we're taking down a big maple at 914 Cedar for the owner. The neighbor stormed out of his garage with an axe because a limb cracked his birdbath, and he's swinging it at my groundman! He chased him around the chipper and my guy locked himself in the cab. The neighbor's hacking at the door. Send somebody now.",
         spoken="i run a tree crew we're taking down a big maple at nine fourteen ceder for the owner the neighbor stormed out of his garage with an axe because a limb cracked his bird bath and he's swinging it at my ground man he chased him around the chipper and my guy locked himself in the cab the neighbor's hacking at the door send somebody now",
         at="2030-05-14 11:15", entities=[P(count="1", sex="male"), W("axe"), P(count="1", sex="male")],
         places=[("address", 914, "Cedar Street")], category="weapon", priority="critical"),
    # An election canvasser: a shotgun held on her partner on a porch: in use (critical). "maybe 60" 57-63; "grey
    # sweatshirt" kept; "for the election" names no time.
    dict(written="I'm out knocking doors for the election. The man at 642 Hawthorn opened his door holding a shotgun and he has it aimed at my canvassing partner, he told her to get off his porch or he'll blow her head off. She's frozen on the steps and he still has it on her. White guy maybe 60, grey sweatshirt. I'm across the street.",
         spoken="i'm out knocking doors for the election the man at six forty two hawthorne opened his door holding a shot gun and he has it aimed at my canvassing partner he told her to get off his porch or he'll blow her head off she's frozen on the steps and he still has it on her white guy maybe sixty gray sweatshirt i'm across the street",
         at="2030-11-02 14:20", entities=[P(count="1", sex="male", age="57-63", clothing=["grey sweatshirt"]), W("shotgun"), P(count="1", sex="female")],
         places=[("address", 642, "Hawthorn Avenue")], category="weapon", priority="critical"),
    # Road rage: a bat swung at a cyclist, no blow landed yet: in use (critical, a weapon call as train1 files a weapon
    # swung and missed). The Silverado (make from the model) and the cyclist's bike are part of the event; "white tank
    # top" kept; baldness is no clothing.
    dict(written="A guy in a black Silverado just jumped out at the light on Main by 10th and he's swinging an aluminum bat at a cyclist who slapped his mirror. The cyclist's holding his bike up like a shield, he hasn't hit him yet. Bald, white tank top. Please hurry.",
         spoken="a guy in a black silverado just jumped out at the light on maine by tenth and he's swinging an aluminum bat at a cyclist who slapped his mirror the cyclist's holding his bike up like a shield he hasn't hit him yet bald white tank top please hurry",
         at="2030-07-21 17:50", entities=[P(count="1", sex="male", clothing=["white tank top"]), V(colour="black", make="chevrolet", model="silverado"), W("bat"), P(count="1", sex="male"), V(type="bicycle"), ("now",)],
         places=[("intersection", "Main Street", "10th Street")], category="weapon", priority="critical"),
    # A pawn shop owner's wife in the back office: a handgun aimed over the counter, no demand for money: in use
    # (critical), a weapon call, not robbery. "Chestnut Pawn" a shop's name; "$500" no number of a place.
    dict(written="I'm in the back office of Chestnut Pawn on Chestnut by 5th. A man wanted $500 for a rifle and my husband wouldn't take it, so he went out to his car and came back in with a handgun and he's pointing it at my husband over the counter, screaming that we rip people off. My husband has his hands up. He's not asking for money, he's just screaming.",
         spoken="i'm in the back office of chest nut pawn on chestnut by fifth a man wanted five hundred dollars for a rifle and my husband wouldn't take it so he went out to his car and came back in with a hand gun and he's pointing it at my husband over the counter screaming that we rip people off my husband has his hands up he's not asking for money he's just screaming",
         at="2030-03-16 15:40", entities=[P(count="1", sex="male"), W("handgun"), P(count="1", sex="male")],
         places=[("intersection", "Chestnut Street", "5th Street")], category="weapon", priority="critical"),
    # A barber: a straight razor held out at another barber, backing him into a corner: in use (critical); a straight
    # razor is "knife" (as scissors, holdout9, and a box cutter). "Kings Cutz" is a shop's name, not Kingsley Avenue.
    dict(written="This is Kings Cutz, the barbershop on Elm by 3rd. A customer who came in drunk grabbed the straight razor off my station and he's holding it out at my other barber, he's got him backed into the corner by the sinks saying he nicked his ear on purpose. There's two kids waiting for haircuts, I got them out the front.",
         spoken="yeah this is kings cuts the barber shop on elm by third a customer who came in drunk grabbed the straight razor off my station and he's holding it out at my other barber he's got him backed into the corner by the sinks saying he nicked his ear on purpose there's two kids waiting for hair cuts i got them out the front",
         at="2030-12-13 16:30", entities=[P(count="1", sex="male"), W("knife"), P(count="1", sex="male"), P(count="2")],
         places=[("intersection", "Elm Street", "3rd Street")], category="weapon", priority="critical"),
    # Deer season: a rifle on a rack in a student's pickup in the high school lot, students crowding round: a weapon
    # seen (high; nobody holds it, as the sets' found and displayed guns). The pickup (type and colour) is the event's;
    # the student (a senior, no age annotated) and "a bunch of kids" (3+) are persons; "the student lot at Oakford High"
    # is the landmark.
    dict(written="Teacher on duty at Oakford High. One of the seniors drove in from hunting this morning and there's a rifle on a rack across the back window of his pickup in the student lot, a bunch of kids are standing around it taking pictures. He says it's not loaded. Red pickup, back row by the tennis courts.",
         spoken="teacher on duty at oak ford high one of the seniors drove in from hunting this morning and there's a rifle on a rack across the back window of his pick up in the student lot a bunch of kids are standing around it taking pictures he says it's not loaded red pick up back row by the tennis courts",
         at="2030-11-18 07:50", entities=[P(count="1", sex="male"), W("rifle"), V(colour="red", type="pickup"), P(count="3+")],
         places=[("landmark", "Oakford High School")], category="weapon", priority="high"),
    # A sword carried through a Saturday flea market and half drawn at people: a weapon seen (high, no one threatened
    # by name); "samurai sword" is "sword" (holdout9); "black trench coat" -> "black coat"; a ponytail is no clothing.
    # "the Northgate Mall lot" is the landmark.
    dict(written="Guy walking through the Saturday flea market in the Northgate Mall lot with a samurai sword strapped across his back, and every time somebody looks at him he slides it halfway out. Long grey ponytail, black trench coat. People are moving their kids away from him.",
         spoken="guy walking through the saturday flea market in the north gate mall lot with a samurai sword strapped across his back and every time somebody looks at him he slides it halfway out long gray pony tail black trench coat people are moving their kids away from him",
         at="2030-06-08 13:05", entities=[P(count="1", sex="male", clothing=["black coat"]), W("sword"), P(count="2+"), P(count="2+")],
         places=[("landmark", "Northgate Mall")], category="weapon", priority="high"),
    # A school bus driver: a boy flipping a knife open to show it around, nobody threatened: a weapon seen (high).
    # "route 12" and "7th grader" are no place (not 12th or 7th Street); the bus is part of the event; the kids "2+".
    dict(written="Bus driver for the Oakford schools, route 12. A boy on my bus just flipped open a knife and was showing it around to the kids in the back. I pulled over on Pine by 9th and moved the kids up front with me. He's still sitting in the back seat with it in his lap. He's a 7th grader.",
         spoken="bus driver for the oak ford schools route twelve a boy on my bus just flipped open a knife and was showing it around to the kids in the back i pulled over on pine by ninth and moved the kids up front with me he's still sitting in the back seat with it in his lap he's a seventh grader",
         at="2030-04-03 15:20", entities=[V(type="bus"), P(count="1", sex="male"), W("knife"), P(count="2+"), ("now",)],
         places=[("intersection", "Pine Street", "9th Street")], category="weapon", priority="high"),
    # A librarian: a man cleaning a pistol on a study-room table: a weapon seen (high). "the 2nd floor" no number of a
    # place; "study room B" no place of its own; the man's glasses are no clothing; "blue fleece jacket" -> "blue
    # jacket".
    dict(written="Circulation desk, Oakford Public Library. There's a man in study room B on the 2nd floor has taken a pistol apart on the table and he's cleaning it with a rag, the door's glass so everybody walking by can see it. He's not bothering anybody but we have a story time starting in twenty minutes. Glasses, blue fleece jacket.",
         spoken="circulation desk oak ford public library there's a man in study room b on the second floor has taken a pistol apart on the table and he's cleaning it with a rag the door's glass so everybody walking by can see it he's not bothering anybody but we have a story time starting in twenty minutes glasses blue fleece jacket",
         at="2030-09-19 10:10", entities=[P(count="1", sex="male", clothing=["blue jacket"]), W("handgun")],
         places=[("landmark", "Oakford Public Library")], category="weapon", priority="high"),
    # A karaoke bar: a revolver flashed at the DJ, no one threatened since: a weapon seen (high). "Lucky's on Main by
    # 6th" the intersection; the DJ (female from "her") a person; "It's 12:40" said during the event is that time.
    dict(written="Karaoke night at Lucky's on Main by 6th. A guy who got booed off twice flashed a revolver in his waistband at our DJ when she cut his song. He's back at the end of the bar drinking like nothing happened. It's 12:40. Red flannel, trucker hat.",
         spoken="karaoke night at lucky's on main by sixth a guy who got booed off twice flashed a revolver in his waist band at our d j when she cut his song he's back at the end of the bar drinking like nothing happened it's twelve forty red flannel trucker hat",
         at="2030-08-24 00:42", entities=[P(count="1", sex="male", clothing=["red shirt", "hat"]), W("handgun"), P(count="1", sex="female"), ("local", "2030-08-24 00:40")],
         places=[("intersection", "Main Street", "6th Street")], category="weapon", priority="high"),
    # A knife stabbed into a poker table by a loser at a game hours before, a threat: a weapon used hours ago, lowered
    # to medium. "around 1 in the morning" 01:00 of the received day; the buddy (the dealer) is named through a
    # possessive.
    dict(written="I want to report something from my buddy's poker game at 1117 Maple. Around 1 in the morning a guy lost a big pot and pulled a hunting knife, stabbed it into the table an inch from my buddy's hand and said next time it's his fingers. Then he took off. We all know his name. My buddy doesn't want to call but I do.",
         spoken="i want to report something from my buddy's poker game at eleven seventeen maple around one in the morning a guy lost a big pot and pulled a hunting knife stabbed it into the table an inch from my buddy's hand and said next time it's his fingers then he took off we all know his name my buddy doesn't want to call but i do",
         at="2030-10-27 10:30", entities=[P(count="1", sex="male"), P(count="1", sex="male"), W("knife"), ("local", "2030-10-27 01:00")],
         places=[("address", 1117, "Maple Avenue")], category="weapon", priority="medium"),
    # A web report from a gas-meter reader: a rifle pointed at her the afternoon before: a weapon used hours ago,
    # lowered to medium. "Yesterday around 3:30 pm" 15:30 the day before; "Green Mountain Gas" a company's name.
    dict(written="Web report: I read meters for Green Mountain Gas. Yesterday around 3:30 pm at 1046 Birch Street the homeowner came out of his garage with a rifle and pointed it at me while I was reading the meter on the side of the house. He said get off my land. I left right away. I won't go back there without an officer.",
         spoken="web report i read meters for green mountain gas yesterday around three thirty p m at ten forty six burch street the home owner came out of his garage with a rifle and pointed it at me while i was reading the meter on the side of the house he said get off my land i left right away i won't go back there without an officer",
         at="2030-03-05 09:10", entities=[("local", "2030-03-04 15:30"), P(count="1", sex="male"), W("rifle")],
         places=[("address", 1046, "Birch Street")], category="weapon", priority="medium"),
    # A crowbar swung at the caller the night before in a parking lot, no blow landed: a weapon used hours ago, lowered
    # to medium. "around 11:40" last night 23:40 the day before; the GMC Sierra is the attacker's (part of the event);
    # "the lot on Walnut by 7th" the intersection; "the band in Maple Square" names where the caller had been.
    dict(written="Last night after the band in Maple Square, around 11:40, a guy whose door I tapped with mine came at me in the lot on Walnut by 7th swinging a crowbar. He missed and I got in my car and drove off. He was driving a white GMC Sierra with a ladder rack. I didn't get the plate, I was shaking too much.",
         spoken="last night after the band in maple square around eleven forty a guy whose door i tapped with mine came at me in the lot on wall nut by seventh swinging a crow bar he missed and i got in my car and drove off he was driving a white g m c sierra with a ladder rack i didn't get the plate i was shaking too much",
         at="2030-08-03 08:45", entities=[("local", "2030-08-02 23:40"), P(count="1", sex="male"), W("crowbar"), V(colour="white", make="gmc", model="sierra")],
         places=[("intersection", "Walnut Street", "7th Street")], category="weapon", priority="medium"),

    # ---------------------------------------------------------------- fire
    # A basement laundry fire filling the only stairwell, families cut off on third-floor balconies: a life at risk
    # (critical). "my two kids" "2", the lady next door and her baby persons; "the 3rd floor" no number of a place.
    dict(written="The stairwell in our building at 1016 5th Street is full of smoke, something in the basement laundry room is on fire and we can't get down. I'm out on my 3rd floor balcony with my two kids and the lady next door is on hers with her baby. The smoke's coming out the windows under us.",
         spoken="the stair well in our building at ten sixteen fifth street is full of smoke something in the basement laundry room is on fire and we can't get down i'm out on my third floor balcony with my two kids and the lady next door is on hers with her baby the smoke's coming out the windows under us",
         at="2030-01-23 02:15", entities=[P(count="2"), P(count="1", sex="female"), P(count="1")],
         places=[("address", 1016, "5th Street")], category="fire", priority="critical"),
    # Spray-foam insulation catching fire in an attic with an installer still up there: a life at risk (critical). The
    # two installers are persons ("one of them", "the other"), each his own.
    dict(written="The insulation guys were spraying foam in our attic at 838 2nd Street and it caught fire. One of them is still up there, the other one is on the ladder yelling for him through the hatch and he's not answering. Black smoke's coming out the roof vents. We're all out in the yard.",
         spoken="the insulation guys were spraying foam in our attic at eight thirty eight second street and it caught fire one of them is still up there the other one is on the ladder yelling for him through the hatch and he's not answering black smoke's coming out the roof vents we're all out in the yard",
         at="2030-04-18 14:30", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("address", 838, "2nd Street")], category="fire", priority="critical"),
    # An alarm company: a smoke detector and a medical pendant at a bedbound woman's house, nobody reachable: a life at
    # risk (critical). "a 91-year-old" is the subscriber's stated age (not annotated); her son, who cannot be reached,
    # is no person of the event (absent, as train4's unreachable keyholder).
    dict(written="This is Safeguard Monitoring calling with an alarm at 415 3rd St. We have a smoke detector activation in the kitchen zone and then a medical pendant alert from the same house. The subscriber is a 91-year-old woman who's bedbound. She doesn't answer the two-way voice and we can't reach her son.",
         spoken="yes this is safeguard monitoring calling with an alarm at four fifteen third street we have a smoke detector activation in the kitchen zone and then a medical pendant alert from the same house the subscriber is a ninety one year old woman who's bed bound she doesn't answer the two way voice and we can't reach her son",
         at="2030-08-12 15:40", entities=[P(count="1", sex="female")],
         places=[("address", 415, "3rd Street")], category="fire", priority="critical"),
    # A detached garage burning with a son inside who has not come out: a life at risk (critical). The son and the
    # husband are persons; a snowmobile is no road vehicle (train4).
    dict(written="My son's in our detached garage working on his snowmobile and it's on fire, black smoke's pouring out the side door and he's not coming out! The big door's down and my husband can't get it up. 1123 Willow. Please!",
         spoken="oh my god my son's in our detached garage working on his snow mobile and it's on fire black smoke's pouring out the side door and he's not coming out the big door's down and my husband can't get it up eleven twenty three willo please",
         at="2030-12-27 19:50", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("address", 1123, "Willow Street")], category="fire", priority="critical"),
    # A fireplace lit for the first time in a rental, the wall above the mantel hot and smoking: fire, high, everyone
    # out. "Everybody" is "2+" (holdout17); the landlord who never warned them is a person (not
    # said to be away).
    dict(written="We lit the fireplace for the first time since we moved into this rental and now the wall above the mantel is hot and there's smoke coming out around the outlet next to it. Everybody's out on the sidewalk with the dog. 724 Oak Street. The landlord never said it wasn't safe to use.",
         spoken="we lit the fire place for the first time since we moved into this rental and now the wall above the mantel is hot and there's smoke coming out around the outlet next to it everybody's out on the side walk with the dog seven twenty four oak street the landlord never said it wasn't safe to use",
         at="2030-02-01 18:20", entities=[P(count="2+"), P(count="1")],
         places=[("address", 724, "Oak Street")], category="fire", priority="high"),
    # The town transfer station's attendant: hot ashes dumped in the cardboard bin, spreading: fire, high. "Somebody"
    # who dumped them is a person; "135 Station Road" an address on a short street; residents' cars are no vehicles.
    dict(written="I'm the attendant at the town transfer station, 135 Station Road. Somebody dumped a bag of stove ashes in the cardboard bin and the whole bin is burning, and it's starting into the brush pile next to it. I moved the people who were unloading back to the gate.",
         spoken="i'm the attendant at the town transfer station one thirty five station road somebody dumped a bag of stove ashes in the card board bin and the whole bin is burning and it's starting into the brush pile next to it i moved the people who were unloading back to the gate",
         at="2030-02-20 13:15", entities=[P(count="1"), P(count="2+")],
         places=[("address", 135, "Station Road")], category="fire", priority="high"),
    # An inflatable slide set alight by its blower at a school fair, the children off: fire, high (nobody trapped; the
    # children are out). The parent volunteers and the kids are persons; "the bake sale tent" no place of its own.
    dict(written="The big inflatable slide at the Lincoln Elementary spring fair caught fire from the blower motor, the whole side of it is melting and burning. The parent volunteers got all the kids off and nobody's hurt, but it's right next to the bake sale tent and the wind's pushing it that way.",
         spoken="the big inflatable slide at the lincon elementary spring fair caught fire from the blower motor the whole side of it is melting and burning the parent volunteers got all the kids off and nobody's hurt but it's right next to the bake sale tent and the wind's pushing it that way",
         at="2030-04-27 12:10", entities=[P(count="2+"), P(count="2+")],
         places=[("landmark", "Lincoln Elementary School")], category="fire", priority="high"),
    # A boat's shrink wrap lit by a heat gun in a driveway, burning beside a garage: fire, high. The neighbour is a
    # person; a boat is no vehicle (train4); "306 Kingsley" an address on a diagonal.
    dict(written="My neighbor was taking the shrink wrap off his boat with a heat gun in his driveway at 306 Kingsley and it caught. The whole boat's burning now and it's parked right up against his garage. He's fine, he's spraying it with a garden hose, which isn't touching it.",
         spoken="my neighbor was taking the shrink wrap off his boat with a heat gun in his drive way at three oh six kingsly and it caught the whole boat's burning now and it's parked right up against his garage he's fine he's spraying it with a garden hose which isn't touching it",
         at="2030-05-22 18:20", entities=[P(count="1", sex="male")],
         places=[("address", 306, "Kingsley Avenue")], category="fire", priority="high"),
    # A pottery studio's kiln setting the wall behind it alight, the class out: fire, high. "the class" is "2+"; "812
    # Main" an address.
    dict(written="Fire at the pottery studio at 812 Main. The wall behind the big kiln is burning and the kiln room is filling up with smoke. I got my evening class out onto the sidewalk, all eight of them. I shut the kiln off at the breaker but the wall's still going.",
         spoken="um fire at the pottery studio at eight twelve maine the wall behind the big kiln is burning and the kiln room is filling up with smoke i got my evening class out onto the side walk all eight of them i shut the kiln off at the breaker but the wall's still going",
         at="2030-09-06 19:05", entities=[P(count="3+")],
         places=[("address", 812, "Main Street")], category="fire", priority="high"),
    # A car parked on a curbside leaf pile, the pile burning under it: fire, high. The car (a type word) is part of the
    # event; the neighbour's teenage son (13-19, a descriptive word) is a person, the neighbour named through a
    # possessive another.
    dict(written="My neighbor's teenage son parked his car right on top of the big leaf pile at the curb in front of 409 Cedar and the leaves caught under it, there's flames coming up around the doors. Nobody's in it, he's standing there filming it. The pile runs the whole front of the yard.",
         spoken="my neighbor's teenage son parked his car right on top of the big leaf pile at the curb in front of four oh nine see der and the leaves caught under it there's flames coming up around the doors nobody's in it he's standing there filming it the pile runs the whole front of the yard",
         at="2030-10-18 16:35", entities=[P(count="1"), P(count="1", sex="male", age="13-19"), V(type="car")],
         places=[("relative", ("address", 409, "Cedar Street"))], category="fire", priority="high"),
    # Deer season: a backyard smokehouse burning into a fence: fire, high. The neighbour who smokes jerky in it is a
    # person, the neighbour named through a possessive another; "out back" of an address is the address.
    dict(written="The smokehouse out back of 1105 Spruce is on fire, the guy there smokes deer jerky in it every fall. The roof's gone up and now the stockade fence next to it is burning toward the neighbor's shed. He's trying to knock it down with a rake.",
         spoken="the smoke house out back of eleven oh five spruse is on fire the guy there smokes deer jerky in it every fall the roof's gone up and now the stockade fence next to it is burning toward the neighbor's shed he's trying to knock it down with a rake",
         at="2030-11-23 13:40", entities=[P(count="1", sex="male"), P(count="1")],
         places=[("address", 1105, "Spruce Street")], category="fire", priority="high"),
    # A toaster-oven fire out since the night before, a landlord wanting a report: fire lowered to medium (over, more
    # than six hours old). "Last night around 10" 22:00 the day before; the landlord who asks for a report is a person
    # (holdout20).
    dict(written="Last night around 10 the toaster oven caught fire in our apartment at 221 Willow. We smothered it with a pot lid and unplugged it, but the cabinet above it is charred black and the smell is still awful this morning. The landlord says he needs a fire report before he'll fix anything.",
         spoken="last night around ten the toaster oven caught fire in our apartment at two twenty one willow we smothered it with a pot lid and unplugged it but the cabinet above it is charred black and the smell is still awful this morning the land lord says he needs a fire report before he'll fix anything",
         at="2030-02-04 08:20", entities=[("local", "2030-02-03 22:00"), P(count="1", sex="male")],
         places=[("address", 221, "Willow Street")], category="fire", priority="medium"),
    # A sky lantern from a party the night before that burned a hole in a shed roof, out: fire lowered to medium.
    # "around 10 last night" 22:00 the day before; "the wedding down the road" names no place; the people letting them
    # off are persons.
    dict(written="Around 10 last night one of those paper sky lanterns from the wedding down the road came down on our shed roof at 1012 12th Street and set the shingles smoldering. My husband got up there with a bucket and put it out, but there's a hole burned through. The people letting them off should know better.",
         spoken="around ten last night one of those paper sky lanterns from the wedding down the road came down on our shed roof at ten twelve twelfth street and set the shingles smoldering my husband got up there with a bucket and put it out but there's a hole burned through the people letting them off should know better",
         at="2030-07-08 09:40", entities=[("local", "2030-07-07 22:00"), P(count="1", sex="male"), P(count="2+")],
         places=[("address", 1012, "12th Street")], category="fire", priority="medium"),
    # Elderly: a mobility scooter's charger that melted the afternoon before, unplugged since: fire lowered to medium
    # (judged by the event). "yesterday afternoon" 14:00 the day before; "I'm 82" not annotated; a mobility scooter
    # is no road vehicle (a wheelchair, holdout20); the daughter who said to call a person.
    dict(written="I'm 82 and my daughter said to call. Yesterday afternoon the charger for my mobility scooter started smoking in the front hall and the plug melted into the outlet. I unplugged it at the fuse box and it stopped. But the wall still smells like burning and I'm afraid to plug anything in. 1127 Pine Street.",
         spoken="hello i'm eighty two and my daughter said to call yesterday afternoon the charger for my mobility scooter started smoking in the front hall and the plug melted into the outlet i unplugged it at the fuse box and it stopped but the wall still smells like burning and i'm afraid to plug anything in eleven twenty seven pine street",
         at="2030-10-02 10:15", entities=[("local", "2030-10-01 14:00"), P(count="1", sex="female")],
         places=[("address", 1127, "Pine Street")], category="fire", priority="medium"),

    # ---------------------------------------------------------------- medical
    # A mowing crew member down in the heat, hot and not responding: a life at risk (critical). "the cemetery on Church
    # Street" is a place given only by a street (no place, as holdout17's Tap Room on Elm); "90 degrees" no number of a
    # place; the worker and "the other guy" are persons.
    dict(written="One of my mowing guys just went down at the cemetery on Church Street. He was on the push mower on the hill and he just folded over. His skin is red hot and dry and he's not answering me, he's breathing real fast and shallow. It's like 90 degrees out here. The other guy's pouring water on him.",
         spoken="yeah one of my mowing guys just went down at the cemetery on church street he was on the push mower on the hill and he just folded over his skin is red hot and dry and he's not answering me he's breathing real fast and shallow it's like ninety degrees out here the other guy's pouring water on him",
         at="2030-07-16 13:30", entities=[P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[], category="medical", priority="critical"),
    # A coach struck by lightning at a ball field, not breathing, a parent doing CPR: critical. "the Little League field
    # at Riverside Park" is the landmark; the kids sheltering are "2+".
    dict(written="Lightning just hit by the Little League field at Riverside Park and one of the coaches went down, he's not breathing! A dad is doing CPR on him. We got the kids into the dugouts. Please hurry, it's still thundering.",
         spoken="lightning just hit by the little league field at river side park and one of the coaches went down he's not breathing a dad is doing c p r on him we got the kids into the dug outs please hurry it's still thundering",
         at="2030-06-06 18:10", entities=[P(count="1", sex="male"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("landmark", "Riverside Park")], category="medical", priority="critical"),
    # A blood drive: a donor who fainted, hit her head and is now seizing with blood from an ear: a life at risk
    # (critical). "the community room at City Hall" is the landmark; the phlebotomists are "2+".
    dict(written="Blood drive in the community room at City Hall. One of our donors got up too quick after her pint, fainted and cracked her head on the corner of the snack table. Now she's seizing on the floor and blood is trickling from her ear. Our phlebotomists are with her, we need an ambulance.",
         spoken="blood drive in the community room at city hall one of our donors got up too quick after her pint fainted and cracked her head on the corner of the snack table now she's seizing on the floor and blood is trickling from her ear our phlebotomists are with her we need an ambulance",
         at="2030-03-09 11:50", entities=[P(count="1", sex="female"), P(count="2+")],
         places=[("landmark", "City Hall")], category="medical", priority="critical"),
    # A wedding reception: the bride's grandfather down on the dance floor with no pulse: critical. The bride is named
    # through a possessive; the guest doing compressions and "Somebody" are persons; "the Elks hall on Pine by 6th" the
    # intersection.
    dict(written="We're at a wedding reception at the Elks hall on Pine by 6th and the bride's grandfather just collapsed on the dance floor. There's no pulse. A guest who's a nurse is doing compressions. Somebody said there's a defibrillator by the bar, they're getting it.",
         spoken="we're at a wedding reception at the elks hall on pine by sixth and the bride's grandfather just collapsed on the dance floor there's no pulse a guest who's a nurse is doing compressions somebody said there's a defibrillator by the bar they're getting it",
         at="2030-09-28 21:20", entities=[P(count="1", sex="female"), P(count="1", sex="male"), P(count="1"), P(count="1"), ("now",)],
         places=[("intersection", "Pine Street", "6th Street")], category="medical", priority="critical"),
    # The gym at Northgate Mall: a man found slumped in the sauna, very hot, barely breathing: critical. "the gym at
    # Northgate Mall" is the landmark (train4).
    dict(written="Front desk at the gym in Northgate Mall. A member just found a man slumped over in the sauna, he's bright red and burning hot to the touch and he's barely breathing. We dragged him out onto the tile. He's not waking up. The timer says he's been in there over an hour.",
         spoken="front desk at the gym in north gate mall a member just found a man slumped over in the sauna he's bright red and burning hot to the touch and he's barely breathing we dragged him out onto the tile he's not waking up the timer says he's been in there over an hour",
         at="2030-12-03 06:40", entities=[P(count="1"), P(count="1", sex="male"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="medical", priority="critical"),
    # A trampoline park: a boy landed on by another child, neck pain, moving his hands: an injury (high). "Jump Zone on
    # Station Road" is a place given only by a street (no place); "He's 10" a victim's stated age (not annotated).
    dict(written="I'm at Jump Zone on Station Road with my son's birthday party. A bigger kid came down right on my son's head in the foam pit and now he says his neck really hurts. He's awake and he can move his hands and feet. They told us not to move him. He's 10.",
         spoken="hi i'm at jump zone on station road with my son's birthday party a bigger kid came down right on my son's head in the foam pit and now he says his neck really hurts he's awake and he can move his hands and feet they told us not to move him he's ten",
         at="2030-01-12 15:00", entities=[P(count="1", sex="male"), P(count="1")],
         places=[], category="medical", priority="high"),
    # A dog bite through a fence to a boy's face: an injury (high), a medical call (the dog is the cause, not a person).
    # The neighbour named through a possessive is a person; "right now" where the dog is is no time of the bite.
    dict(written="The neighbor's German shepherd just bit my son in the face through the gap in our fence. His cheek is torn open and it's bleeding a lot, I'm holding a dish towel on it. He's screaming but he's breathing okay. 346 Chestnut. The dog's still out there barking at the fence.",
         spoken="the neighbor's german shepherd just bit my son in the face through the gap in our fence his cheek is torn open and it's bleeding a lot i'm holding a dish towel on it he's screaming but he's breathing okay three forty six chesnut the dog's still out there barking at the fence",
         at="2030-03-31 16:30", entities=[P(count="1"), P(count="1", sex="male"), ("now",)],
         places=[("address", 346, "Chestnut Street")], category="medical", priority="high"),
    # Chlorine fumes from mixed pool chemicals, a worker coughing and burning-eyed: an injury (high). "the pump room at
    # the Community Pool" is the landmark; "Saturday" an opening day, no time.
    dict(written="We're getting the Community Pool ready to open Saturday and our maintenance guy poured the acid into the chlorine tank by mistake in the pump room. A yellow cloud came up and he's outside coughing so hard he's throwing up and his eyes are swollen shut. I shut the door to the pump room. Nobody else went in.",
         spoken="we're getting the community pool ready to open saturday and our maintenance guy poured the acid into the chlorine tank by mistake in the pump room a yellow cloud came up and he's outside coughing so hard he's throwing up and his eyes are swollen shut i shut the door to the pump room nobody else went in",
         at="2030-06-03 08:15", entities=[P(count="1", sex="male")],
         places=[("landmark", "Community Pool")], category="medical", priority="high"),
    # A toddler who swallowed two magnet balls an hour before, well for now: a medical call, high (a swallowed danger,
    # under six hours). "about an hour ago" minutes ago; the brother named through a possessive is a person; "My 3 year
    # old" is not annotated (a relative's stated age).
    dict(written="My 3 year old swallowed two of those tiny magnet balls from his brother's desk toy about an hour ago. He's acting totally fine, playing and eating. But I just read they can stick together through the intestines. Do I bring him in? We're at 944 Maple, I don't drive.",
         spoken="um my three year old swallowed two of those tiny magnet balls from his brother's desk toy about an hour ago he's acting totally fine playing and eating but i just read they can stick together through the intestines do i bring him in we're at nine forty four maple i don't drive",
         at="2030-08-20 10:50", entities=[P(count="1", sex="male"), P(count="1", sex="male"), ("ago", 60)],
         places=[("address", 944, "Maple Avenue")], category="medical", priority="high"),
    # A chunk of wood thrown from a log splitter into a man's face, bleeding and dizzy: an injury (high). The husband is
    # a person; "out back by the woodpile" of an address is the address.
    dict(written="My husband was splitting wood and a chunk flew off the log splitter and hit him square in the face. His nose is flattened and his cheek is all cut open and bleeding, and he's dizzy, he had to sit down on the stump. He's talking to me. 1180 Hawthorn, we're out back by the woodpile.",
         spoken="my husband was splitting wood and a chunk flew off the log splitter and hit him square in the face his nose is flattened and his cheek is all cut open and bleeding and he's dizzy he had to sit down on the stump he's talking to me eleven eighty haw thorn we're out back by the wood pile",
         at="2030-10-08 14:20", entities=[P(count="1", sex="male")],
         places=[("address", 1180, "Hawthorn Avenue")], category="medical", priority="high"),
    # Deer season: an uncle with chest pain and a tingling arm after dragging a deer, talking: a medical call, high (a
    # heart sign, not yet a collapse). "the woods off Old Mill Road by Cedar" is the intersection; the deer is no
    # person; the uncle is.
    dict(written="My uncle just dragged a deer out of the woods off Old Mill Road by Cedar and he's sitting on the tailgate saying his chest is tight and his left arm is tingling. He's sweating buckets and it's 30 degrees. He's still talking to me. He's got a heart stent.",
         spoken="my uncle just dragged a deer out of the woods off old mill road by ceder and he's sitting on the tail gate saying his chest is tight and his left arm is tingling he's sweating buckets and it's thirty degrees he's still talking to me he's got a heart stent",
         at="2030-11-16 09:30", entities=[P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Old Mill Road", "Cedar Street")], category="medical", priority="high"),
    # A lacrosse ball to the eye the afternoon before, blurry with blood this morning: a medical call judged by the
    # injury (more than six hours old), lowered to medium. "yesterday afternoon" 14:00 the day before; "at practice at
    # Oakford High" where it happened.
    dict(written="My son took a lacrosse ball to the eye at practice at Oakford High yesterday afternoon. It seemed okay last night but this morning his vision in that eye is blurry and there's a line of blood in the bottom of it. Should I take him to the ER or can it wait for the eye doctor tomorrow?",
         spoken="my son took a lacrosse ball to the eye at practice at oakford high yesterday afternoon it seemed okay last night but this morning his vision in that eye is blurry and there's a line of blood in the bottom of it should i take him to the e r or can it wait for the eye doctor tomorrow",
         at="2030-04-14 09:30", entities=[P(count="1", sex="male"), ("local", "2030-04-13 14:00")],
         places=[("landmark", "Oakford High School")], category="medical", priority="medium"),
    # A plant burn days old (a weekday, no time): a medical call, medium. "the river path behind the QuickStop" is
    # relative (train4); "Monday" no time.
    dict(written="My son brushed against some huge weeds on the river path behind the QuickStop on Monday, I think it was giant hogweed. Now he's got big blisters all up his arm and they're getting worse in the sun. Someone should put a sign up there. Is this something for the ER?",
         spoken="my son brushed against some huge weeds on the river path behind the quick stop on monday i think it was giant hog weed now he's got big blisters all up his arm and they're getting worse in the sun someone should put a sign up there is this something for the e r",
         at="2030-06-20 08:00", entities=[P(count="1", sex="male")],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="medical", priority="medium"),
    # Elderly: a fall from bleachers at a ceremony the day before, a swollen wrist: medical lowered to medium (more than
    # six hours old). "yesterday at the Veterans Day ceremony ... around 11" 11:00 the day before; "I'm 84" not
    # annotated; Maple Square is the place of the fall.
    dict(written="I'm 84 and I took a tumble off the bleachers at the Veterans Day ceremony in Maple Square yesterday, around 11. This morning my wrist has swelled up like a grapefruit and I can't turn a doorknob. I don't have anybody to drive me. Is there someone who can take me to get it looked at?",
         spoken="yes good morning i'm eighty four and i took a tumble off the bleachers at the veterans day ceremony in maple square yesterday around eleven this morning my wrist has swelled up like a grape fruit and i can't turn a door knob i don't have anybody to drive me is there someone who can take me to get it looked at",
         at="2030-11-12 09:00", entities=[("local", "2030-11-11 11:00")],
         places=[("landmark", "Maple Square")], category="medical", priority="medium"),

    # ---------------------------------------------------------------- robbery
    # A tow lot attendant robbed at knifepoint of the cash drawer and a towed car's keys, the car leaving now: critical.
    # "Camaro" alone is make chevrolet, model camaro (as train4's "maybe a Tacoma"); "He's driving it out the gate
    # right now" is where the robber is (now); "Ace Towing's impound lot on Station Road" is a place given only by a
    # street (no place).
    dict(written="I'm the night guy at Ace Towing's impound lot on Station Road. A man came to get his car and didn't want to pay the fees, so he pulled a knife on me and made me open the cash drawer and hand over his keys. He's driving it out the gate right now, a red Camaro, heading toward 12th. Skinny guy, black puffer jacket.",
         spoken="i'm the night guy at ace towing's impound lot on station road a man came to get his car and didn't want to pay the fees so he pulled a knife on me and made me open the cash drawer and hand over his keys he's driving it out the gate right now a red camaro heading toward twelfth skinny guy black puffer jacket",
         at="2030-01-31 20:15", entities=[P(count="1", sex="male", build="thin", clothing=["black jacket"]), W("knife"), V(colour="red", make="chevrolet", model="camaro"), ("now",)],
         places=[], category="robbery", priority="critical"),
    # A card sale met in a parking lot: a gun shown from a hoodie pocket and the binder taken: critical (a weapon used
    # to take property). "$3,000" no number of a place; "the Main Street Pharmacy lot" is the landmark; the grey Nissan
    # Versa is the robber's (part of the event).
    dict(written="I met a guy from an app to sell my Pokemon card binder in the Main Street Pharmacy lot. He got in my passenger seat to look at it, then pulled his hoodie pocket open so I could see a gun and said he was taking it. He walked off with the binder, about $3,000 of cards, and got into a grey Nissan Versa. That was five minutes ago.",
         spoken="i met a guy from an app to sell my pokemon card binder in the main street pharmacy lot he got in my passenger seat to look at it then pulled his hoodie pocket open so i could see a gun and said he was taking it he walked off with the binder about three thousand dollars of cards and got into a gray nissan versa that was five minutes ago",
         at="2030-03-23 19:30", entities=[P(count="1", sex="male"), W("gun"), V(colour="grey", make="nissan", model="versa"), ("ago", 5)],
         places=[("landmark", "Main Street Pharmacy")], category="robbery", priority="critical"),
    # Dispatch: an armed robbery at a laundromat five minutes before: critical (a gun shown to take property). "approx
    # 2245" a clock time; "W/M in his 30s" 30-39; "black face mask" -> "black mask"; the attendant a person; "NB on 2nd"
    # a getaway direction (north).
    dict(written="Robbery w/ firearm at Sunny's Laundromat, 206 Walnut St, occurred approx 2245. Attendant reports a W/M in his 30s, grey hoodie, black face mask, showed a black handgun in his waistband and emptied the change machine and the register. Left on foot NB on 2nd. No injuries.",
         spoken="robbery with firearm at sunny's laundromat two oh six walnut street occurred approximately twenty two forty five attendant reports a white male in his thirties gray hoodie black face mask showed a black hand gun in his waist band and emptied the change machine and the register left on foot north bound on second no injuries",
         at="2030-05-30 22:50", entities=[("local", "2030-05-30 22:45"), P(count="1", sex="male", age="30-39", clothing=["grey hoodie", "black mask"], direction="north"), W("handgun"), P(count="1")],
         places=[("address", 206, "Walnut Street")], category="robbery", priority="critical"),
    # A home health aide robbed at knifepoint by her client's grandson, driving off in her car: critical. The client is
    # named through a possessive; the aide's silver Honda Fit is part of the event (taken).
    dict(written="I'm a home health aide at 618 Elm. My client's grandson just put a kitchen knife against my side and took my purse and my car keys, and he's pulling away in my car right now, a silver Honda Fit. My client's in her bed, she's okay. He went toward Main.",
         spoken="i'm a home health aide at six eighteen elm my client's grandson just put a kitchen knife against my side and took my purse and my car keys and he's pulling away in my car right now a silver honda fit my client's in her bed she's okay he went toward maine",
         at="2030-08-15 13:10", entities=[P(count="1", sex="female"), P(count="1", sex="male"), W("knife"), V(colour="silver", make="honda", model="fit"), ("now",)],
         places=[("address", 618, "Elm Street")], category="robbery", priority="critical"),
    # A church service: a man grabbing the collection plates and slashing at an usher with a box cutter: critical (a
    # weapon used to keep property). "Church Street by Pine" is the intersection; the ushers are "2+" and "one of the
    # ushers" adds nothing; a box cutter is "knife".
    dict(written="Somebody just robbed the collection at the Methodist church on Church Street by Pine. A man walked up the aisle during the offering, grabbed both plates out of the ushers' hands, and when one of the ushers held onto his arm he pulled a box cutter and slashed at him. He ran out the side door toward Pine. Blue windbreaker, jeans.",
         spoken="somebody just robbed the collection at the methodist church on church street by pine a man walked up the aisle during the offering grabbed both plates out of the ushers' hands and when one of the ushers held onto his arm he pulled a box cutter and slashed at him he ran out the side door toward pine blue wind breaker jeans",
         at="2030-10-06 10:50", entities=[P(count="1", sex="male", clothing=["blue jacket", "jeans"]), P(count="2+"), W("knife"), ("now",)],
         places=[("intersection", "Church Street", "Pine Street")], category="robbery", priority="critical"),
    # A bingo jackpot envelope torn away, the grandmother dragged and hurt: robbery, high (an injury, no weapon). The
    # two teenagers (13-19) are one person entity; "$250" no number of a place; "172 Church Street" an address on a
    # short street.
    dict(written="My grandmother won the $250 jackpot at bingo at the Legion hall, 172 Church Street, and two teenagers were waiting outside. They grabbed the envelope as she came down the ramp and she wouldn't let go, so they dragged her across the lot. She's bleeding from both elbows and her knee. They ran toward Oak with it.",
         spoken="my grandmother won the two hundred fifty dollar jackpot at bingo at the legion hall one seventy two church street and two teenagers were waiting outside they grabbed the envelope as she came down the ramp and she wouldn't let go so they dragged her across the lot she's bleeding from both elbows and her knee they ran toward oak with it",
         at="2030-02-21 20:45", entities=[P(count="1", sex="female"), P(count="2", age="13-19")],
         places=[("address", 172, "Church Street")], category="robbery", priority="high"),
    # A fundraiser's cash bucket yanked from a swimmer with a shove: robbery, high (force, scraped knees). The girl and
    # the team ("2+") are persons; "the FreshMart lot" the landmark; "toward Maple" a street alone.
    dict(written="The swim team's car wash fundraiser in the FreshMart lot just got robbed. A guy walked up, yanked the cash bucket away from one of the girls and shoved her down on the wet pavement when she hung on. He ran off behind the store toward Maple with it. Shaved head, orange t-shirt. Her knees are scraped up.",
         spoken="the swim team's car wash fund raiser in the fresh mart lot just got robbed a guy walked up yanked the cash bucket away from one of the girls and shoved her down on the wet pavement when she hung on he ran off behind the store toward maple with it shaved head orange t shirt her knees are scraped up",
         at="2030-09-21 11:40", entities=[P(count="1", sex="male", clothing=["orange t-shirt"]), P(count="2+"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="robbery", priority="high"),
    # A lost chess bet taken back with a punch: robbery, high (force, an injury). The father is a person, the man with
    # the punch another; "$40" no number of a place; "the chess tables in Maple Square" the landmark.
    dict(written="My dad plays chess for money at the tables in Maple Square. He just beat this guy and the guy punched him in the mouth, grabbed the $40 they'd put down and took off toward Pine. My dad's lip is split open. Heavyset, Red Sox cap, probably 40.",
         spoken="my dad plays chess for money at the tables in maple square he just beat this guy and the guy punched him in the mouth grabbed the forty dollars they'd put down and took off toward pine my dad's lip is split open heavy set red sox cap probably forty",
         at="2030-06-15 16:00", entities=[P(count="1", sex="male"), P(count="1", sex="male", build="heavy", age="37-43", clothing=["red cap"]), ("now",)],
         places=[("landmark", "Maple Square")], category="robbery", priority="high"),
    # A parcel driver punched for his bag of packages: robbery, high (force, injury). The van stays the driver's (the
    # caller's; not the robbers'); the two men are a count; "on Oak between 9th and 10th" a block.
    dict(written="Parcel driver here, I just got jumped on Oak between 9th and 10th carrying a stack of boxes up to a porch. One guy boxed my ear and the other ripped the parcel bag off my shoulder, then they cut through a backyard toward Maple. My ear's ringing. Both in black, one had a white ski mask.",
         spoken="parcel driver here i just got jumped on oak between ninth and tenth carrying a stack of boxes up to a porch one guy boxed my ear and the other ripped the parcel bag off my shoulder then they cut through a back yard toward maple my ear's ringing both in black one had a white ski mask",
         at="2030-12-16 17:10", entities=[P(count="2", sex="male"), P(count="1", clothing=["white ski mask"]), ("now",)],
         places=[("block", 900, "Oak Street")], category="robbery", priority="high"),
    # A wedding photographer knocked down for her camera on a footbridge: robbery, high (force). "the footbridge at
    # Riverside Park" the landmark; the couple she was shooting "2"; the thief's bike part of the event.
    dict(written="I'm a photographer and I was shooting a couple on the footbridge at Riverside Park. A kid on a bike rode right at me, knocked me down and grabbed my camera off my neck, then rode off toward River Road. The strap cut my neck and I hit my head on the railing. The couple's with me.",
         spoken="i'm a photographer and i was shooting a couple on the foot bridge at riverside park a kid on a bike rode right at me knocked me down and grabbed my camera off my neck then rode off toward river road the strap cut my neck and i hit my head on the railing the couple's with me",
         at="2030-09-14 17:40", entities=[P(count="1"), V(type="bicycle"), P(count="2")],
         places=[("landmark", "Riverside Park")], category="robbery", priority="high"),
    # A phone taken from a girl by threats at a bus stop, no weapon shown, no injury: robbery, high (holdout17's TV
    # taken by threats). "Three high school boys" 3 male 13-19; the stranger named through a possessive a person; "at
    # the bus stop on 4th and Willow" the intersection.
    dict(written="My daughter just called me from a stranger's phone. Three high school boys surrounded her at the bus stop on 4th and Willow and said they'd hurt her if she didn't give them her phone, so she did. They didn't touch her. They walked off toward Spruce laughing. One had a green backpack.",
         spoken="my daughter just called me from a stranger's phone three high school boys surrounded her at the bus stop on fourth and willo and said they'd hurt her if she didn't give them her phone so she did they didn't touch her they walked off toward spruse laughing one had a green backpack",
         at="2030-04-10 15:45", entities=[P(count="1", sex="female"), P(count="3", sex="male", age="13-19"), P(count="1", clothing=["green backpack"]), P(count="1")],
         places=[("intersection", "4th Street", "Willow Street")], category="robbery", priority="high"),
    # A mugging the night before, a scraped hand, reported in the morning: robbery lowered to medium (more than six
    # hours old). "around 11:15" last night 23:15 the day before; "Hawthorn by 3rd" the intersection; the diner is where
    # the caller works (no place).
    dict(written="Coming back from my shift at the diner last night, around 11:15, a guy came up behind me on Hawthorn by 3rd, pushed me face down in the snowbank and took my wallet and my phone. I'm okay, just a scraped-up hand. I couldn't call last night because he had my phone. He was short, in a tan Carhartt coat.",
         spoken="coming back from my shift at the diner last night around eleven fifteen a guy came up behind me on hawthorne by third pushed me face down in the snow bank and took my wallet and my phone i'm okay just a scraped up hand i couldn't call last night because he had my phone he was short in a tan car hart coat",
         at="2030-01-06 10:20", entities=[("local", "2030-01-05 23:15"), P(count="1", sex="male", height="short", clothing=["tan coat"])],
         places=[("intersection", "Hawthorn Avenue", "3rd Street")], category="robbery", priority="medium"),
    # Non-native: a bike taken days before under a claimed gun never seen: robbery lowered to medium (days old); no
    # weapon (only claimed, holdout13). "Thursday" no time; the bike is part of the event.
    dict(written="Excuse me, I call about my bicycle. On Thursday in the night, near the bus shelter at 11th and Pine, a man tell me give him my bicycle, he say he have a gun in the pocket. I don't see the gun but I am afraid so I give. It is black bicycle with a basket. Today I see the same man ride it by the FreshMart.",
         spoken="excuse me i call about my bicycle on thursday in the night near the bus shelter at eleventh and pine a man tell me give him my bicycle he say he have a gun in the pocket i don't see the gun but i am afraid so i give it is black bicycle with a basket today i see the same man ride it by the fresh mart",
         at="2030-07-27 09:00", entities=[P(count="1", sex="male"), V(colour="black", type="bicycle")],
         places=[("intersection", "11th Street", "Pine Street"), ("landmark", "FreshMart Supermarket")], category="robbery", priority="medium"),
    # A phone taken out of a girl's hand with a shove at a cookout the afternoon before: robbery lowered to medium.
    # "Yesterday around 4" 16:00 the day before; the daughter is a person; "the Labor Day cookout in Maple Square" the
    # landmark.
    dict(written="Yesterday around 4 at the Labor Day cookout in Maple Square a man snatched my daughter's phone right out of her hand while she was taking a video, and when she grabbed his shirt he shoved her into the grill table. She burned her arm a little. He went toward the library. Older guy, white hair, Hawaiian shirt.",
         spoken="yesterday around four at the labor day cookout in maple square a man snatched my daughter's phone right out of her hand while she was taking a video and when she grabbed his shirt he shoved her into the grill table she burned her arm a little he went toward the library older guy white hair hawaiian shirt",
         at="2030-09-03 08:30", entities=[("local", "2030-09-02 16:00"), P(count="1", sex="male", age="60-90", clothing=["shirt"]), P(count="1", sex="female")],
         places=[("landmark", "Maple Square")], category="robbery", priority="medium"),

    # ---------------------------------------------------------------- assault
    # A man struck on the head with a bowling pin, not moving: assault, critical (a life at risk). A bowling pin is no
    # weapon type (improvised, as train4's pool cue); "Strike Zone Lanes on Walnut by 11th" the intersection; "lane 6"
    # no place.
    dict(written="Strike Zone Lanes on Walnut by 11th. Two guys were arguing over the score on lane 6 and one of them grabbed a pin off the rack and swung it into the other guy's head. He's lying on the approach and not moving, there's blood coming from his ear. The guy who did it is sitting at the bar like nothing happened, black Bruins jersey.",
         spoken="strike zone lanes on wall nut by eleventh two guys were arguing over the score on lane six and one of them grabbed a pin off the rack and swung it into the other guy's head he's lying on the approach and not moving there's blood coming from his ear the guy who did it is sitting at the bar like nothing happened black bruins jersey",
         at="2030-02-02 22:30", entities=[P(count="1", sex="male", clothing=["black jersey"]), P(count="1", sex="male")],
         places=[("intersection", "Walnut Street", "11th Street")], category="assault", priority="critical"),
    # A boy with a stab wound in his back at a graduation party in a field, gasping: assault, critical. "a stab wound"
    # names no weapon (as holdout20's "stabbed ... holes"); "the field behind Lincoln Elementary" is relative; his
    # friends ("2+") and the boy who did it are persons.
    dict(written="Grad party in the field behind Lincoln Elementary, there's a boy lying next to the fire pit with a stab wound in his back and he's gasping like he can't get air. His friends are pressing towels on it. The one who did it took off running toward Oak, a white kid with a buzz cut and a red tank top.",
         spoken="grad party in the field behind lincon elementary there's a boy lying next to the fire pit with a stab wound in his back and he's gasping like he can't get air his friends are pressing towels on it the one who did it took off running toward oak a white kid with a buzz cut and a red tank top",
         at="2030-06-22 23:50", entities=[P(count="1", sex="male"), P(count="2+"), P(count="1", sex="male", clothing=["red tank top"])],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="assault", priority="critical"),
    # A car dealership: a customer choking a service writer from behind, the man turning purple: assault, critical (a
    # life at risk). "Kingsley Motors on Kingsley by 6th" is the intersection (a shop's name and its street).
    dict(written="Service department at Kingsley Motors on Kingsley by 6th. A customer who's mad about his bill came around the counter and he's got our service writer in a chokehold on the floor, the guy's turning purple! Two of our techs are trying to pull him off. Hurry!",
         spoken="service department at kingsly motors on kings lee by sixth a customer who's mad about his bill came around the counter and he's got our service writer in a choke hold on the floor the guy's turning purple two of our techs are trying to pull him off hurry",
         at="2030-10-24 16:40", entities=[P(count="1", sex="male"), P(count="1", sex="male"), P(count="2")],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="assault", priority="critical"),
    # A plow driver punching a neighbour who shovels snow back into the street: assault, high (an injury). The plow is
    # part of the event (a truck); "Willow and 10th" the intersection.
    dict(written="The town plow just stopped at Willow and 10th and the driver got out and punched my neighbor in the face, because my neighbor keeps throwing his driveway snow back into the road. My neighbor's down on the sidewalk with his nose pouring blood. The plow truck's still sitting there running and the driver's yelling at him.",
         spoken="the town plow just stopped at willow and tenth and the driver got out and punched my neighbor in the face because my neighbor keeps throwing his drive way snow back into the road my neighbor's down on the side walk with his nose pouring blood the plow truck's still sitting there running and the driver's yelling at him",
         at="2030-01-19 07:30", entities=[V(type="truck"), P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Willow Street", "10th Street")], category="assault", priority="high"),
    # St. Patrick's weekend: a pint glass thrown at a bartender, a cut over the eye: assault, high. "green kilt" is no
    # clothing the sets use (left out); the bartender (female) a person; "the Irish pub on Main by 4th" the
    # intersection.
    dict(written="St. Patrick's weekend at the Irish pub on Main by 4th. A guy in a green kilt got cut off and threw his pint glass at our bartender, it broke on her forehead and she's got a gash over her eye that won't stop bleeding. Security's holding him by the door but he's fighting them.",
         spoken="saint patrick's weekend at the irish pub on main by fourth a guy in a green kilt got cut off and threw his pint glass at our bartender it broke on her forehead and she's got a gash over her eye that won't stop bleeding security's holding him by the door but he's fighting them",
         at="2030-03-16 22:40", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="2+")],
         places=[("intersection", "Main Street", "4th Street")], category="assault", priority="high"),
    # A school office: a parent pulling the secretary over the counter by her hair: assault, high (going on, an injury
    # not said; the base). "the front office at Lincoln Elementary" is the landmark; the principal a person.
    dict(written="I'm the school nurse at Lincoln Elementary, calling from the office. A mother who's upset about the pickup rules just reached over the counter and grabbed our secretary by the hair and yanked her halfway across it. The principal got between them and she's screaming in the lobby now. There are kids coming in for breakfast.",
         spoken="i'm the school nurse at lincon elementary calling from the office a mother who's upset about the pick up rules just reached over the counter and grabbed our secretary by the hair and yanked her halfway across it the principal got between them and she's screaming in the lobby now there are kids coming in for breakfast",
         at="2030-04-22 08:10", entities=[P(count="1", sex="female"), P(count="1", sex="female"), P(count="1"), P(count="2+"), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="assault", priority="high"),
    # A landlord shoving a tenant down the back stairs, a hurt ankle: assault, high (an injury). The landlord a person;
    # "311 4th Street" an address on a numbered street.
    dict(written="My landlord just shoved me down the back stairs at 311 4th Street because I asked him again when the hot water's getting fixed. I landed wrong and my ankle's already the size of a softball, I can't stand on it. He's gone back into his place on the first floor. I'm sitting in the yard.",
         spoken="my land lord just shoved me down the back stairs at three eleven fourth street because i asked him again when the hot water's getting fixed i landed wrong and my ankle's already the size of a softball i can't stand on it he's gone back into his place on the first floor i'm sitting in the yard",
         at="2030-05-18 11:00", entities=[P(count="1", sex="male"), ("now",)],
         places=[("address", 311, "4th Street")], category="assault", priority="high"),
    # Kayakers at a boat launch: a man hitting another with a paddle, a cut head: assault, high. A paddle is no weapon
    # type (improvised); "the boat launch at Riverside Park" the landmark.
    dict(written="Two guys at the boat launch at Riverside Park got into it over who was blocking the ramp and one of them swung his kayak paddle and hit the other one across the head. He's got a big cut over his ear and he's sitting on the dock. The one with the paddle is loading his kayak onto a blue Subaru Crosstrek.",
         spoken="two guys at the boat launch at river side park got into it over who was blocking the ramp and one of them swung his kayak paddle and hit the other one across the head he's got a big cut over his ear and he's sitting on the dock the one with the paddle is loading his kayak onto a blue subaru crosstrek",
         at="2030-07-30 18:15", entities=[P(count="2", sex="male"), V(colour="blue", make="subaru", model="crosstrek")],
         places=[("landmark", "Riverside Park")], category="assault", priority="high"),
    # A high school girl kicking a middle schooler at a bus stop: assault, high (going on; children; raises do not
    # stack). The two girls are persons ("middle school" gives no age, holdout20); "the bus stop on 6th and Birch" the
    # intersection.
    dict(written="At the bus stop on 6th and Birch a high school girl is kicking a little middle school girl who's on the ground, she pulled her down by her backpack. Some of the other kids are filming. I'm yelling from my porch but she won't stop. Tall, pink hoodie.",
         spoken="at the bus stop on sixth and burch a high school girl is kicking a little middle school girl who's on the ground she pulled her down by her back pack some of the other kids are filming i'm yelling from my porch but she won't stop tall pink hoodie",
         at="2030-09-10 07:25", entities=[P(count="1", sex="female", age="13-19", height="tall", clothing=["pink hoodie"]), P(count="1", sex="female"), P(count="2+")],
         places=[("intersection", "6th Street", "Birch Street")], category="assault", priority="high"),
    # The night before Thanksgiving: two brothers beating a man in a bar: assault, high. "Kelly's on Elm by 10th" the
    # intersection; "home for Thanksgiving" no time; "everybody" "2+" (holdout17); "matching Patriots jerseys" ->
    # "blue jersey" (train2's Patriots hoodie); the bouncer a person.
    dict(written="Kelly's on Elm by 10th, it's packed with everybody home for Thanksgiving. Two brothers have a guy pinned against the jukebox and they're taking turns hitting him, his face is all bloody. Our bouncer can't get them off him. They're both huge, matching Patriots jerseys.",
         spoken="kelly's on elm by tenth it's packed with everybody home for thanksgiving two brothers have a guy pinned against the juke box and they're taking turns hitting him his face is all bloody our bouncer can't get them off him they're both huge matching patriots jerseys",
         at="2030-11-27 23:30", entities=[P(count="2+"), P(count="2", sex="male", build="heavy", clothing=["blue jersey"]), P(count="1", sex="male"), P(count="1")],
         places=[("intersection", "Elm Street", "10th Street")], category="assault", priority="high"),
    # A skater punching the rink attendant who told him to leave the ice: assault, high (an injury). "the rink in Maple
    # Square" the landmark; an injury; "red Canadiens jersey" -> "red jersey"; a helmet is no clothing (holdout20);
    # "maybe 35" 32-38.
    dict(written="Rink attendant, the outdoor rink in Maple Square. A grown man was body-checking little kids during public skate, I waved him off the ice, and he glided over and smashed me in the nose with his fist. I'm dripping blood on the boards. He went right back to doing laps. Black helmet, red Canadiens jersey, maybe 35.",
         spoken="uh rink attendant the outdoor rink in maple square a grown man was body checking little kids during public skate i waved him off the ice and he glided over and smashed me in the nose with his fist i'm dripping blood on the boards he went right back to doing laps black helmet red canadiens jersey maybe thirty five",
         at="2030-12-21 15:20", entities=[P(count="1", sex="male", age="32-38", clothing=["red jersey"]), P(count="2+")],
         places=[("landmark", "Maple Square")], category="assault", priority="high"),
    # Elderly second-hand: a father pushed down over a parking space the afternoon before, a bruised hip: assault
    # lowered to medium (more than six hours old). "yesterday afternoon" 14:00 the day before; the father and the woman
    # are persons; her white Lexus SUV is part of the event ("SUV" a type word, make lexus); "He's 80" not annotated.
    dict(written="I want to report that a woman pushed my father down in the FreshMart lot yesterday afternoon. He was waiting for a parking space with his blinker on and she cut in, and when he knocked on her window she got out and shoved him and he fell on the curb. He's 80. His hip is black and blue. She drove a white Lexus SUV.",
         spoken="i want to report that a woman pushed my father down in the fresh mart lot yesterday afternoon he was waiting for a parking space with his blinker on and she cut in and when he knocked on her window she got out and shoved him and he fell on the curb he's eighty his hip is black and blue she drove a white lexus s u v",
         at="2030-03-29 09:20", entities=[P(count="1", sex="female"), P(count="1", sex="male"), ("local", "2030-03-28 14:00"), V(colour="white", make="lexus", type="suv")],
         places=[("landmark", "FreshMart Supermarket")], category="assault", priority="medium"),
    # A softball slide answered with a punch days before: assault lowered to medium (days old). "On Monday" no time;
    # the pitcher a person; "field 3" no place.
    dict(written="On Monday night in our rec softball league at Riverside Park I slid into home and the other team's pitcher was covering, and he jumped up and punched me twice in the head. I've had a headache since and the doctor says a mild concussion. His name's on the roster. I want it on record before the next game.",
         spoken="on monday night in our rec softball league at riverside park i slid into home and the other team's pitcher was covering and he jumped up and punched me twice in the head i've had a headache since and the doctor says a mild concussion his name's on the roster i want it on record before the next game",
         at="2030-07-10 10:00", entities=[P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="assault", priority="medium"),
    # A web report: a punch from a costumed actor at a haunted house two nights before: assault lowered to medium.
    # "Friday night" no time; "the haunted house at the Grange on Oak by 11th" the intersection; the boyfriend a person.
    dict(written="Web report: Friday night at the haunted house at the Grange on Oak by 11th, one of the actors in a chainsaw costume got mad when my boyfriend pushed him away from me and punched him in the eye. His eye is still swollen shut. The staff wouldn't give us the actor's name.",
         spoken="web report friday night at the haunted house at the grange on oak by eleventh one of the actors in a chain saw costume got mad when my boyfriend pushed him away from me and punched him in the eye his eye is still swollen shut the staff wouldn't give us the actor's name",
         at="2030-10-13 11:00", entities=[P(count="1", sex="male"), P(count="1", sex="male"), P(count="2+")],
         places=[("intersection", "Oak Street", "11th Street")], category="assault", priority="medium"),

    # ---------------------------------------------------------------- burglary
    # A patrol guard: two people inside a car lot's showroom taking keys, now: burglary, high (going on). "Route 9 Auto
    # on River Road by 10th" the intersection; "the key board" no place.
    dict(written="I do overnight patrol for the car lots on River Road. The showroom door at Route 9 Auto on River Road by 10th is smashed in and there's two people inside with flashlights pulling keys off the key board right now. I'm sitting in my truck across the street with the lights off. One's in a yellow rain jacket.",
         spoken="i do over night patrol for the car lots on river road the show room door at route nine auto on river road by tenth is smashed in and there's two people inside with flash lights pulling keys off the key board right now i'm sitting in my truck across the street with the lights off one's in a yellow rain jacket",
         at="2030-01-15 03:20", entities=[P(count="2"), ("now",), P(count="1", clothing=["yellow jacket"])],
         places=[("intersection", "River Road", "10th Street")], category="burglary", priority="high"),
    # A parish secretary hearing someone upstairs in a rectory while the priest is away: burglary, high (going on). The
    # priest away is no person; "140 Church Street" an address on a short street.
    dict(written="I'm the parish secretary at St. Joseph's, I'm in the office downstairs in the rectory at 140 Church Street. Father's away on retreat all week and nobody else should be here, but I can hear somebody walking around upstairs right now and drawers opening. The back door was open when I came back from lunch.",
         spoken="i'm the parish secretary at saint joseph's i'm in the office downstairs in the rectory at one forty church street father's away on retreat all week and nobody else should be here but i can hear somebody walking around upstairs right now and drawers opening the back door was open when i came back from lunch",
         at="2030-03-12 13:40", entities=[P(count="1"), ("now",)],
         places=[("address", 140, "Church Street")], category="burglary", priority="high"),
    # A salvage yard: the fence cut and two men prying at the office safe, now: burglary, high ("right now" now). "River
    # Road by 11th" the intersection; the yard's dog is no person; their pickup by the fence is part of the event.
    dict(written="I live across from the salvage yard on River Road by 11th. Somebody cut a hole in the fence and there's two guys inside the office trailer with a headlamp, I can hear them banging on the safe right now. Their pickup's pulled up along the fence with the lights off, looks like a dark Ford. The dog's not barking, I hope they didn't hurt him.",
         spoken="i live across from the salvage yard on river road by eleventh somebody cut a hole in the fence and there's two guys inside the office trailer with a head lamp i can hear them banging on the safe right now their pick up's pulled up along the fence with the lights off looks like a dark ford the dog's not barking i hope they didn't hurt him",
         at="2030-06-03 23:10", entities=[P(count="2", sex="male"), ("now",), V(make="ford", type="pickup")],
         places=[("intersection", "River Road", "11th Street")], category="burglary", priority="high"),
    # An alarm company: a back-door contact and motion at an auction hall, the keyholder seeing a flashlight: burglary,
    # high (going on, minutes old). "at 2:36" a clock time; the keyholder on scene is a person (not absent).
    dict(written="Keystone Alarm calling. Burglary alarm at Oakford Auction Gallery, 820 Pine St: rear door contact at 2:36, then interior motion in the main hall and the office. The keyholder just got there and says she can see a flashlight moving inside by the jewelry cases. She's staying in her car.",
         spoken="keystone alarm calling burglary alarm at oakford auction gallery eight twenty pine street rear door contact at two thirty six then interior motion in the main hall and the office the key holder just got there and says she can see a flash light moving inside by the jewelry cases she's staying in her car",
         at="2030-08-09 02:48", entities=[("local", "2030-08-09 02:36"), P(count="1", sex="female"), P(count="1")],
         places=[("address", 820, "Pine Street")], category="burglary", priority="high"),
    # A smart lock opened with an old cleaner's guest code five minutes before, her boyfriend on the hall camera:
    # burglary, high (minutes old). "5 minutes ago" minutes ago; the cleaner named through a possessive is a person;
    # "the parent conferences" where the caller is (no place).
    dict(written="I'm at parent conferences and my lock app says my front door at 205 5th Street was opened with a guest code 5 minutes ago. That code belonged to the woman who used to clean for us. The hall camera shows her boyfriend walking up the stairs with a duffel bag. Nobody's home.",
         spoken="i'm at parent conferences and my lock app says my front door at two oh five fifth street was opened with a guest code five minutes ago that code belonged to the woman who used to clean for us the hall camera shows her boyfriend walking up the stairs with a duffel bag nobody's home",
         at="2030-11-14 18:20", entities=[("ago", 5), P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("address", 205, "5th Street")], category="burglary", priority="high"),
    # A house entered overnight while the family was at the hospital: burglary, medium (overnight 02:00, under six
    # hours at 07:40). "at 6 this morning" is when they got back (an arrival, no time); "612 Spruce" an address;
    # "somebody", the wife, the baby and the kids (named through a possessive) are persons.
    dict(written="We got home from the hospital at 6 this morning after my wife had the baby and somebody had been in the house overnight. The glass in the back door's broken and my coin collection and the kids' tablets are gone. 612 Spruce. I haven't touched anything.",
         spoken="we got home from the hospital at six this morning after my wife had the baby and somebody had been in the house over night the glass in the back door's broken and my coin collection and the kids' tablets are gone six twelve spruse i haven't touched anything",
         at="2030-02-11 07:40", entities=[("local", "2030-02-11 02:00"), P(count="1"), P(count="1", sex="female"), P(count="1"), P(count="2+")],
         places=[("address", 612, "Spruce Street")], category="burglary", priority="medium"),
    # A scout hut entered during a morning: burglary, medium (the same day, no time said). "between 8 and 11" a span, no
    # time; "160 Church Street" an address on a short street; the den leader and the kids are no persons of the event
    # (not there).
    dict(written="Somebody got into the Scout hut at 160 Church Street this morning, sometime between 8 and 11 when nobody was there. They pried the window by the kitchen and took the laptop and the popcorn sale money out of the file cabinet, about $900. I'm the troop treasurer.",
         spoken="somebody got into the scout hut at one sixty church street this morning sometime between eight and eleven when nobody was there they pried the window by the kitchen and took the lap top and the pop corn sale money out of the file cabinet about nine hundred dollars i'm the troop treasurer",
         at="2030-04-29 12:30", entities=[P(count="1")],
         places=[("address", 160, "Church Street")], category="burglary", priority="medium"),
    # A house entered through a bathroom window while the family was at the pool: burglary, medium (the same afternoon,
    # no time said). "the pool" is where they were (no place); the son and the husband (named through possessives)
    # are persons; nobody else is said (a sneaker print is no person).
    dict(written="We were at the pool all afternoon and came home to the bathroom window screen on the ground and the window wide open. My son's Xbox, his savings jar and my husband's watch are gone. There's a muddy sneaker print on the toilet lid. 927 Maple Ave.",
         spoken="we were at the pool all afternoon and came home to the bath room window screen on the ground and the window wide open my son's x box his savings jar and my husband's watch are gone there's a muddy sneaker print on the toilet lid nine twenty seven maple avenue",
         at="2030-07-18 16:10", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("address", 927, "Maple Avenue")], category="burglary", priority="medium"),
    # A landlord who let himself in and carried off a tenant's TV "for rent" that day: burglary, medium (entry without
    # right, the same day). The landlord a person; the neighbour who saw him another.
    dict(written="My landlord let himself into my apartment at 733 8th Street during my shift today and took my TV off the wall. He texted me that he's keeping it until I pay what I owe. I'm only two weeks late. My neighbor saw him carry it out to his truck around lunchtime. Is that even legal?",
         spoken="my land lord let himself into my apartment at seven thirty three eighth street during my shift today and took my t v off the wall he texted me that he's keeping it until i pay what i owe i'm only two weeks late my neighbor saw him carry it out to his truck around lunch time is that even legal",
         at="2030-09-23 18:30", entities=[P(count="1", sex="male"), P(count="1")],
         places=[("address", 733, "8th Street")], category="burglary", priority="medium"),
    # The rink's warming hut entered overnight, the rental cash box gone: burglary, medium (overnight 02:00, under six
    # hours at 07:30). "the warming hut at the rink in Maple Square" the landmark.
    dict(written="Parks and Rec. The warming hut at the rink in Maple Square got broken into overnight. The padlock's cut, the skate rental cash box is gone and somebody took about twenty pairs of rental skates too. The Zamboni shed next to it looks fine.",
         spoken="parks and rec the warming hut at the rink in maple square got broken into over night the pad lock's cut the skate rental cash box is gone and somebody took about twenty pairs of rental skates too the zamboni shed next to it looks fine",
         at="2030-12-09 07:30", entities=[("local", "2030-12-09 02:00"), P(count="1")],
         places=[("landmark", "Maple Square")], category="burglary", priority="medium"),
    # A church bell tower entered some time since Christmas and stripped of copper: burglary, low (weeks old). "since
    # Christmas" no time; "St. Luke's" a church's name beside its address.
    dict(written="Sexton at St. Luke's, 190 Church Street. I went up in the bell tower today for the first time since Christmas and somebody's been in there. The door at the bottom was jimmied and they stripped out the copper flashing and the old copper lightning cable. No idea when.",
         spoken="sexton at saint luke's one ninety church street i went up in the bell tower today for the first time since christmas and somebody's been in there the door at the bottom was jimmied and they stripped out the copper flashing and the old copper lightning cable no idea when",
         at="2030-01-28 10:30", entities=[P(count="1")],
         places=[("address", 190, "Church Street")], category="burglary", priority="low"),
    # A late father's workshop in a barn, visited monthly, found entered: burglary, low (weeks old). "once a month"
    # a habit, no time; the late father no person; nobody else is said.
    dict(written="I only get over to my late father's place at 1068 Willow about once a month. Today the barn door was off its track and his whole workshop's been cleaned out, the table saw, the welder, all his hand tools. There's tire ruts in the grass out back. It might have been weeks ago.",
         spoken="i only get over to my late father's place at ten sixty eight willo about once a month today the barn door was off its track and his whole work shop's been cleaned out the table saw the welder all his hand tools there's tire ruts in the grass out back it might have been weeks ago",
         at="2030-05-09 14:10", entities=[],
         places=[("address", 1068, "Willow Street")], category="burglary", priority="low"),
    # The storage room under a bandstand found entered some time over the summer: burglary, low. "the bandstand in
    # Maple Square" the landmark; "the summer concerts" a schedule, no time; nobody is said.
    dict(written="For the town's summer concerts we keep the sound gear in the locked room under the bandstand in Maple Square. I opened it today for the first time since July and the hasp's been pried off. Two speakers and the mixing board are gone. I honestly can't tell you when.",
         spoken="for the town's summer concerts we keep the sound gear in the locked room under the band stand in maple square i opened it today for the first time since july and the hasp's been pried off two speakers and the mixing board are gone i honestly can't tell you when",
         at="2030-08-26 10:00", entities=[],
         places=[("landmark", "Maple Square")], category="burglary", priority="low"),
    # A web report: someone coming in through an old coal chute and taking canned goods over weeks: burglary, low (a
    # habit). "the last month" a span; "Mrs. Pelletier" no person (not part of it).
    dict(written="Web report: Someone's been getting into my basement at 437 2nd Street through the old coal chute. Over the last month my canned goods and my late husband's home brew have been disappearing a few at a time, and this week there were dirty footprints on the chute door. I'm 79 and I live alone.",
         spoken="web report someone's been getting into my basement at four thirty seven second street through the old coal chute over the last month my canned goods and my late husband's home brew have been disappearing a few at a time and this week there were dirty foot prints on the chute door i'm seventy nine and i live alone",
         at="2030-10-30 11:10", entities=[P(count="1")],
         places=[("address", 437, "2nd Street")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # A woman digging up a library's newly planted hostas into her car, now: theft, high (medium raised for an event
    # going on; "right now" now). The Prius (make from the model) is part of the event; "the garden beds in front of the
    # Oakford Public Library" the landmark.
    dict(written="There's a woman digging up the hostas the Friends of the Library put in last week in the beds in front of the Oakford Public Library, she's got about ten of them in the back of a silver Prius already and she's still digging right now. I asked her what she was doing and she said they're extras. They're not.",
         spoken="there's a woman digging up the hostas the friends of the library put in last week in the beds in front of the oak ford public library she's got about ten of them in the back of a silver prius already and she's still digging right now i asked her what she was doing and she said they're extras they're not",
         at="2030-05-25 10:15", entities=[P(count="1", sex="female"), V(colour="silver", make="toyota", model="prius"), ("now",)],
         places=[("landmark", "Oakford Public Library")], category="theft", priority="high"),
    # A man cutting the cables off the car chargers with bolt cutters, now: theft, high. "the library lot" the landmark;
    # "a white box van" part of the event.
    dict(written="A guy is snipping the charging cables off the electric car chargers in the library lot with a pair of bolt cutters right now. Three cables are coiled in his white box van already. Orange vest like he works for somebody but he keeps looking around. I'm in my car two rows over.",
         spoken="a guy is snipping the charging cables off the electric car chargers in the library lot with a pair of bolt cutters right now three cables are coiled in his white box van already orange vest like he works for somebody but he keeps looking around i'm in my car two rows over",
         at="2030-08-06 14:00", entities=[P(count="1", sex="male", clothing=["orange vest"]), ("now",), V(colour="white", type="van")],
         places=[("landmark", "Oakford Public Library")], category="theft", priority="high"),
    # A man stripping the light strings off the town Christmas tree, now: theft, high. "the town tree in Maple Square"
    # the landmark; "the tree lighting" a past event, no time.
    dict(written="A man is pulling the strings of lights off the big town Christmas tree in Maple Square and stuffing them in a trash bag right now. They just did the tree lighting Friday. He's working his way around the bottom branches. Black beanie, long grey coat.",
         spoken="a man is pulling the strings of lights off the big town christmas tree in maple square and stuffing them in a trash bag right now they just did the tree lighting friday he's working his way around the bottom branches black beanie long gray coat",
         at="2030-12-07 18:30", entities=[P(count="1", sex="male", clothing=["black beanie", "grey coat"]), ("now",)],
         places=[("landmark", "Maple Square")], category="theft", priority="high"),
    # A laptop taken off a cafe table, the thief walking away now: theft, high. "He's walking up Main toward 10th right
    # now" where the thief is (now); "green backpack" kept.
    dict(written="The guy at the next table at the Corner Cafe just walked off with my laptop while I was at the counter getting a refill. He's walking up Main toward 10th right now, I can see him through the window. Grey beanie, green backpack, he put my laptop in it.",
         spoken="the guy at the next table at the corner cafe just walked off with my lap top while i was at the counter getting a refill he's walking up maine toward tenth right now i can see him through the window gray beanie green back pack he put my lap top in it",
         at="2030-09-08 13:20", entities=[P(count="1", sex="male", clothing=["grey beanie", "green backpack"]), ("now",)],
         places=[("landmark", "Corner Cafe")], category="theft", priority="high"),
    # Public works: the brass caps missing off three hydrants: theft, medium (no time said). "Willow between 5th and
    # 6th" the block; "Public Works" a department, no person.
    dict(written="Oakford Public Works. My crew found the brass caps missing off three fire hydrants on Willow between 5th and 6th this morning, somebody unscrewed them and took them for scrap. That's a problem if the fire department needs them. We're replacing them today but I want it reported.",
         spoken="oak ford public works my crew found the brass caps missing off three fire hydrants on willow between fifth and sixth this morning somebody unscrewed them and took them for scrap that's a problem if the fire department needs them we're replacing them today but i want it reported",
         at="2030-01-08 09:00", entities=[P(count="2+"), P(count="1")],
         places=[("block", 500, "Willow Street")], category="theft", priority="medium"),
    # The cash box from an ice-fishing derby's registration table, an hour before: theft, medium. "about an hour ago"
    # minutes ago; "the river at Riverside Park" the landmark; "$1,100" no number of a place.
    dict(written="The entry money for our ice fishing derby on the river at Riverside Park went missing off the sign-up table about an hour ago, while everybody was over at the weigh-in. Roughly $1,100, in a metal box. A couple people saw a teenager in a red snowsuit hanging around the table.",
         spoken="the entry money for our ice fishing derby on the river at riverside park went missing off the sign up table about an hour ago while everybody was over at the weigh in roughly eleven hundred dollars in a metal box a couple people saw a teenager in a red snow suit hanging around the table",
         at="2030-02-17 12:45", entities=[("ago", 60), P(count="1", age="13-19", clothing=["red snowsuit"]), P(count="2")],
         places=[("landmark", "Riverside Park")], category="theft", priority="medium"),
    # A cooler of insulin taken off a porch half an hour after delivery: theft, medium (no one at risk said). "about
    # half an hour ago" minutes ago; "140 Market Street" an address on a short street; the son a person.
    dict(written="Somebody took the pharmacy delivery cooler off my porch at 140 Market Street about half an hour ago. It had my son's insulin in it, a month's worth, the driver texted a photo of it on the step. We have enough for tonight but I need a report for the insurance to replace it.",
         spoken="somebody took the pharmacy delivery cooler off my porch at one forty market street about half an hour ago it had my son's insulin in it a month's worth the driver texted a photo of it on the step we have enough for tonight but i need a report for the insurance to replace it",
         at="2030-06-12 15:30", entities=[P(count="1"), ("ago", 30), P(count="1", sex="male"), P(count="1")],
         places=[("address", 140, "Market Street")], category="theft", priority="medium"),
    # The AED taken from its cabinet at a pool, the cabinet alarm an hour before: theft, medium. "about an hour ago"
    # minutes ago; the lifeguards are "2+".
    dict(written="Manager at the Community Pool. Somebody took the AED out of its cabinet by the snack bar, the cabinet alarm went off about an hour ago and the lifeguards thought a kid bumped it. It's just gone. We can't run the pool without one, so we've closed.",
         spoken="manager at the community pool somebody took the a e d out of its cabinet by the snack bar the cabinet alarm went off about an hour ago and the life guards thought a kid bumped it it's just gone we can't run the pool without one so we've closed",
         at="2030-07-24 11:40", entities=[P(count="1"), ("ago", 60), P(count="2+")],
         places=[("landmark", "Community Pool")], category="theft", priority="medium"),
    # The battery and solar panel of a radar speed sign taken: theft, medium (found, no time). "Spruce by 8th" the
    # intersection; "the town" no person.
    dict(written="The radar speed sign on the pole on Spruce by 8th has been dark since the weekend, so I walked over and the battery box is hanging open and empty and the solar panel's unbolted and gone. The town just put it up because people fly down that hill.",
         spoken="the radar speed sign on the pole on spruse by eighth has been dark since the weekend so i walked over and the battery box is hanging open and empty and the solar panel's unbolted and gone the town just put it up because people fly down that hill",
         at="2030-09-17 10:30", entities=[],
         places=[("intersection", "Spruce Street", "8th Street")], category="theft", priority="medium"),
    # A caregiver using an old woman's debit card: theft, medium (a habit going on; the conventions give fraud by a
    # carer no other category). The mother and the caregiver are persons; the QuickStop where the card was used is a
    # place of the tip (train4).
    dict(written="I think my mom's caregiver has been using her debit card. There are charges at the QuickStop almost every day this month, $40, $60, and my mom hasn't left the house since August. The caregiver comes in the mornings. My mom's at 1062 Elm. I don't want to accuse her without proof.",
         spoken="i think my mom's caregiver has been using her debit card there are charges at the quick stop almost every day this month forty dollars sixty dollars and my mom hasn't left the house since august the caregiver comes in the mornings my mom's at ten sixty two elm i don't want to accuse her without proof",
         at="2030-10-22 16:20", entities=[P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("landmark", "QuickStop Gas"), ("address", 1062, "Elm Street")], category="theft", priority="medium"),
    # A load of laundry taken out of a dryer about 40 minutes before: theft, medium. "about 40 minutes ago" minutes ago;
    # "the laundromat on Elm by 11th" the intersection; "Somebody" later seen as "a man" is annotated once; the kids
    # (named through a possessive) "2+", the worker a person, the pickup part of the event.
    dict(written="Somebody took my whole load of laundry out of the dryer at the laundromat on Elm by 11th, about 40 minutes ago while I ran next door for coffee. Work uniforms, my kids' school clothes, everything. The lady who works there says she saw a man carry a blue laundry bag out to a pickup.",
         spoken="somebody took my whole load of laundry out of the dryer at the laundromat on elm by eleventh about forty minutes ago while i ran next door for coffee work uniforms my kids' school clothes everything the lady who works there says she saw a man carry a blue laundry bag out to a pick up",
         at="2030-01-24 13:15", entities=[("ago", 40), P(count="2+"), P(count="1", sex="female"), P(count="1", sex="male"), V(type="pickup")],
         places=[("intersection", "Elm Street", "11th Street")], category="theft", priority="medium"),
    # Two beehives taken from a yard the night before: theft lowered to low (more than six hours old). "last night"
    # 23:00 the day before; "the tire marks" no vehicle (inferred).
    dict(written="Somebody stole two of my beehives out of my backyard at 1170 Oak last night, boxes, bees and all. You'd have to know what you're doing to move them at night. There's tire marks across the lawn to the back gate. Those colonies are worth about $500 each this time of year.",
         spoken="somebody stole two of my bee hives out of my back yard at eleven seventy oak last night boxes bees and all you'd have to know what you're doing to move them at night there's tire marks across the lawn to the back gate those colonies are worth about five hundred dollars each this time of year",
         at="2030-04-06 11:20", entities=[P(count="1"), ("local", "2030-04-05 23:00")],
         places=[("address", 1170, "Oak Street")], category="theft", priority="low"),
    # Deer season: a deer hung in a garage taken overnight: theft lowered to low (overnight 02:00, more than six hours
    # at 08:50); nobody is said ("Who does that?" a question).
    dict(written="I left my buck hanging in the garage at 1133 Birch overnight to cool with the door cracked a couple feet, and this morning the rope's cut and the deer's gone. Who does that? There's drag marks to the driveway. It still has my tag on it.",
         spoken="i left my buck hanging in the garage at eleven thirty three burch over night to cool with the door cracked a couple feet and this morning the rope's cut and the deer's gone who does that there's drag marks to the drive way it still has my tag on it",
         at="2030-11-20 08:50", entities=[("local", "2030-11-20 02:00")],
         places=[("address", 1133, "Birch Street")], category="theft", priority="low"),
    # A pressure washer rented the week before on a fake licence and never returned: theft, low (days old). "last
    # Tuesday" no time; "61 Market Street" an address on a short street.
    dict(written="I run Oakford Rent-All at 61 Market Street. Last Tuesday a guy rented our big pressure washer with a driver's license that turns out to be fake, the address is a parking lot. He never brought it back. It's a $1,400 machine. I have him on the camera, bald guy with a goatee.",
         spoken="i run oakford rent all at sixty one market street last tuesday a guy rented our big pressure washer with a driver's license that turns out to be fake the address is a parking lot he never brought it back it's a fourteen hundred dollar machine i have him on the camera bald guy with a goatee",
         at="2030-03-20 17:00", entities=[P(count="1", sex="male")],
         places=[("address", 61, "Market Street")], category="theft", priority="low"),
    # Tomatoes picked from a backyard garden night after night: theft, low (a habit). "every night this week" no time.
    dict(written="This is kind of silly but somebody's been coming into my backyard at 342 Hawthorn every night this week and picking my tomatoes and peppers. I've lost most of the crop. The gate latch is open every morning. I'm not looking to get anyone in trouble, I just want it to stop.",
         spoken="this is kind of silly but somebody's been coming into my back yard at three forty two haw thorn every night this week and picking my tomatoes and peppers i've lost most of the crop the gate latch is open every morning i'm not looking to get anyone in trouble i just want it to stop",
         at="2030-08-30 09:30", entities=[P(count="1")],
         places=[("address", 342, "Hawthorn Avenue")], category="theft", priority="low"),

    # ---------------------------------------------------------------- traffic
    # A daycare van broadsided with a child unconscious: traffic, critical (a life at risk). "Kingsley and 4th" the
    # intersection; the van (a type word) and the pickup are both part of the event; the children "2+" and the one
    # not waking a person of her own (her own state).
    dict(written="Bad crash at Kingsley and 4th, a pickup ran the light and T-boned a daycare van right in the side door. There's little kids in car seats inside crying and one little girl isn't waking up, the driver's trying to get to her. The pickup guy's walking around holding his head. Please send a lot of help.",
         spoken="bad crash at kingsly and fourth a pick up ran the light and t boned a day care van right in the side door there's little kids in car seats inside crying and one little girl isn't waking up the driver's trying to get to her the pick up guy's walking around holding his head please send a lot of help",
         at="2030-01-04 17:20", entities=[V(type="pickup"), V(type="van"), P(count="2+"), P(count="1", sex="female"), P(count="1"), P(count="1", sex="male")],
         places=[("intersection", "Kingsley Avenue", "4th Street")], category="traffic", priority="critical"),
    # A motorcycle under a tractor-trailer's trailer, the rider pinned: traffic, critical. "River Road and 9th" the
    # intersection; "tractor-trailer" a truck (holdout17); the truck driver a person.
    dict(written="Motorcycle went under the side of a tractor-trailer turning at River Road and 9th! The rider's pinned under the trailer wheels, he's screaming and there's a lot of blood on the road. The truck driver's out and he's frozen. Somebody's got a belt on the guy's leg.",
         spoken="motorcycle went under the side of a tractor trailer turning at river road and ninth the rider's pinned under the trailer wheels he's screaming and there's a lot of blood on the road the truck driver's out and he's frozen somebody's got a belt on the guy's leg",
         at="2030-05-03 18:40", entities=[V(type="motorcycle"), V(type="truck"), P(count="1", sex="male"), P(count="1", sex="male"), P(count="1")],
         places=[("intersection", "River Road", "9th Street")], category="traffic", priority="critical"),
    # A jogger struck before dawn, face down and snoring-breathing, the driver stopped: traffic, critical. "Kingsley by
    # 7th" the intersection; the silver Hyundai Tucson (make from the model) part of the event; the woman driving a
    # person.
    dict(written="A jogger just got hit on Kingsley by 7th, it's still pitch dark and she had no light on. She's face down on the pavement and won't answer me, her breathing sounds like snoring. The woman who hit her stopped and she's sitting in her silver Hyundai Tucson screaming. I've got my flashers on in the lane.",
         spoken="a jogger just got hit on kings lee by seventh it's still pitch dark and she had no light on she's face down on the pavement and won't answer me her breathing sounds like snoring the woman who hit her stopped and she's sitting in her silver hyundai tucson screaming i've got my flashers on in the lane",
         at="2030-09-25 06:20", entities=[P(count="1", sex="female"), P(count="1", sex="female"), V(colour="silver", make="hyundai", model="tucson"), ("now",)],
         places=[("intersection", "Kingsley Avenue", "7th Street")], category="traffic", priority="critical"),
    # A taxi rear-ending a car in freezing rain, its pregnant passenger's face bleeding: traffic, high (an injury). "Elm
    # and 2nd" the intersection; the taxi ("cab", holdout taxi type) and the car it hit are part of the event.
    dict(written="A cab just slid into the back of a car at Elm and 2nd in the freezing rain. The lady in the back of the cab hit her face on the plastic partition, her nose is bleeding all down her coat and she says she's pregnant. The cab driver's trying to help her. The other driver seems okay.",
         spoken="a cab just slid into the back of a car at elm and second in the freezing rain the lady in the back of the cab hit her face on the plastic partition her nose is bleeding all down her coat and she says she's pregnant the cab driver's trying to help her the other driver seems okay",
         at="2030-02-23 12:30", entities=[V(type="taxi"), V(type="car"), P(count="1", sex="female"), P(count="1"), P(count="1"), ("now",)],
         places=[("intersection", "Elm Street", "2nd Street")], category="traffic", priority="high"),
    # A car backing out of a driveway over a dog walker's foot: traffic, high (an injury). "Cedar by 3rd" the
    # intersection; the green Honda Odyssey (make from the model) part of the event; the dog no person.
    dict(written="A woman reversing out onto Cedar by 3rd just rolled right over the foot of a man with a dog on the sidewalk. He's on the ground, his foot's crushed and his sneaker's filling with blood. She's still in her green Honda Odyssey crying. The dog won't let anybody near him.",
         spoken="a woman reversing out onto ceder by third just rolled right over the foot of a man with a dog on the side walk he's on the ground his foot's crushed and his sneaker's filling with blood she's still in her green honda odyssey crying the dog won't let anybody near him",
         at="2030-06-18 08:10", entities=[P(count="1", sex="female"), P(count="1", sex="male"), V(colour="green", make="honda", model="odyssey"), ("now",)],
         places=[("intersection", "Cedar Street", "3rd Street")], category="traffic", priority="high"),
    # A boat trailer loose across Route 9 into an oncoming car, the driver bleeding: traffic, high. "Route 9 by Willow"
    # River Road and Willow; the pickup it came off and the car it hit are part of the event (the trailer, with nothing
    # said of it but "boat", takes no entity); the two drivers persons.
    dict(written="A boat trailer came off the hitch of a pickup on Route 9 by Willow and went across the center line right into an oncoming car. The car's driver has blood running down his forehead and he's dazed, and the boat's lying across both lanes. The pickup guy pulled over and he's running back.",
         spoken="a boat trailer came off the hitch of a pick up on route nine by willow and went across the center line right into an oncoming car the car's driver has blood running down his forehead and he's dazed and the boat's lying across both lanes the pick up guy pulled over and he's running back",
         at="2030-08-31 15:10", entities=[V(type="pickup"), V(type="car"), P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("intersection", "River Road", "Willow Street")], category="traffic", priority="high"),
    # A weaving driver hitting the curb, now: traffic, high (medium raised for an event going on). "right now" now;
    # "Kingsley by 2nd" the intersection; "A white Ford Explorer" part of the event, heading north (its direction).
    dict(written="I'm behind a white Ford Explorer on Kingsley that can't hold its lane right now, it's drifted into the other lane twice and just bounced off the curb by 2nd. It's doing like 20. I don't know if he's drunk or having a stroke or something. We're heading north toward Cedar.",
         spoken="i'm behind a white ford explorer on kingsly that can't hold its lane right now it's drifted into the other lane twice and just bounced off the curb by second it's doing like twenty i don't know if he's drunk or having a stroke or something we're heading north toward ceder",
         at="2030-11-16 06:45", entities=[V(colour="white", make="ford", model="explorer", direction="north"), ("now",), P(count="1", sex="male")],
         places=[("intersection", "Kingsley Avenue", "2nd Street")], category="traffic", priority="high"),
    # A frost heave across a lane: traffic, medium (a hazard, no time said). "Hawthorn by 9th" the intersection; cars in
    # general are no vehicles.
    dict(written="The frost heave on Hawthorn by 9th has pushed the pavement up into a ridge about six inches high right across the eastbound lane. Two cars have bottomed out on it since I got to the bus stop and one left its muffler in the road. Somebody needs a cone out here.",
         spoken="the frost heave on hawthorne by ninth has pushed the pavement up into a ridge about six inches high right across the east bound lane two cars have bottomed out on it since i got to the bus stop and one left its muffler in the road somebody needs a cone out here",
         at="2030-03-14 16:20", entities=[],
         places=[("intersection", "Hawthorn Avenue", "9th Street")], category="traffic", priority="medium"),
    # A delivery truck cutting a corner and tearing a bakery's awning down over the sidewalk: traffic, medium (property,
    # a hazard; nobody hurt). "Rosie's Bakery" the landmark; the truck (a box truck, "truck") and its driver part of the
    # event.
    dict(written="A beer delivery truck just took the corner at Main and 3rd way too tight and tore the whole awning off the front of Rosie's Bakery. The frame's hanging down over the sidewalk by one bolt and people are ducking under it. The driver's standing there on his phone. Nobody got hurt.",
         spoken="a beer delivery truck just took the corner at main and third way too tight and tore the whole awning off the front of rosies bakery the frame's hanging down over the side walk by one bolt and people are ducking under it the driver's standing there on his phone nobody got hurt",
         at="2030-04-24 10:50", entities=[V(type="truck"), P(count="2+"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Main Street", "3rd Street"), ("landmark", "Rosie's Bakery")], category="traffic", priority="medium"),
    # Traffic lights dark at a busy crossing: traffic, medium (a hazard, no time said). "Main and 5th" the intersection;
    # the "people" flying through "2+".
    dict(written="The traffic lights at Main and 5th are completely dark, all four ways, and people are just flying through like it's green. I've watched three near misses in five minutes. There's no power company truck or anybody directing. It's lunchtime and it's busy.",
         spoken="the traffic lights at main and fifth are completely dark all four ways and people are just flying through like it's green i've watched three near misses in five minutes there's no power company truck or anybody directing it's lunch time and it's busy",
         at="2030-07-12 12:30", entities=[P(count="2+")],
         places=[("intersection", "Main Street", "5th Street")], category="traffic", priority="medium"),
    # Round hay bales dropped across a road by a farm truck: traffic, medium (a hazard). "Old Mill Road by Pine" the
    # intersection; the farm truck part of the event; "in the dark" no time.
    dict(written="A farm truck just lost half its load of round hay bales on the curve on Old Mill Road by Pine, there's three of them in the road and one's rolled into the oncoming lane. The truck pulled over up ahead but they can't lift them by hand. It's getting dark and there's no flares out.",
         spoken="a farm truck just lost half its load of round hay bales on the curve on old mill road by pine there's three of them in the road and one's rolled into the oncoming lane the truck pulled over up ahead but they can't lift them by hand it's getting dark and there's no flares out",
         at="2030-10-10 18:20", entities=[V(type="truck"), P(count="2+"), ("now",)],
         places=[("intersection", "Old Mill Road", "Pine Street")], category="traffic", priority="medium"),
    # A school bus slid tilted into a ditch, no one hurt: traffic, medium (children aboard, nobody hurt, the base; the
    # conventions raise only a low call for children). "Spruce by 1st" the intersection; the kids "2+", the driver a
    # person.
    dict(written="School bus just slid off Spruce by 1st into the ditch on the ice, it's tipped over at an angle but not on its side. The driver says nobody's hurt and she's keeping all the kids in their seats till help comes. Parents are starting to show up. The road's a skating rink.",
         spoken="school bus just slid off spruse by first into the ditch on the ice it's tipped over at an angle but not on its side the driver says nobody's hurt and she's keeping all the kids in their seats till help comes parents are starting to show up the road's a skating rink",
         at="2030-12-19 07:35", entities=[V(type="bus"), P(count="1", sex="female"), P(count="2+"), P(count="2+"), ("now",)],
         places=[("intersection", "Spruce Street", "1st Street")], category="traffic", priority="medium"),
    # A car parked in a bike lane every morning: traffic, low (a parking habit). "every morning" a habit; "4th Street
    # between Oak and Maple" the block (800); the grey Jeep Cherokee part of the event; its driver and "everybody on
    # bikes" ("2+") persons.
    dict(written="Every morning a grey Jeep Cherokee parks in the bike lane on 4th Street between Oak and Maple while the driver gets breakfast, and everybody on bikes has to swing out into traffic to get around it. It's there from 7:30 to 8 like clockwork. Can someone ticket it?",
         spoken="every morning a gray jeep cherokee parks in the bike lane on fourth street between oak and maple while the driver gets breakfast and everybody on bikes has to swing out into traffic to get around it it's there from seven thirty to eight like clockwork can someone ticket it",
         at="2030-02-06 09:30", entities=[V(colour="grey", make="jeep", model="cherokee"), P(count="1"), P(count="2+")],
         places=[("block", 800, "4th Street")], category="traffic", priority="low"),
    # An excavator left on a road shoulder every night with no lights: traffic, low (a habit). "Hawthorn by 11th" the
    # intersection; an excavator is no road vehicle (a machine); "every night" a habit.
    dict(written="The contractor doing the sewer job leaves his excavator parked half on the shoulder of Hawthorn by 11th every night with no cones or lights on it. The bucket sticks out into the lane. Somebody's going to hit it coming around that bend. Not an emergency but it's been a week.",
         spoken="the contractor doing the sewer job leaves his excavator parked half on the shoulder of hawthorne by eleventh every night with no cones or lights on it the bucket sticks out into the lane somebody's going to hit it coming around that bend not an emergency but it's been a week",
         at="2030-05-20 11:10", entities=[P(count="1")],
         places=[("intersection", "Hawthorn Avenue", "11th Street")], category="traffic", priority="low"),
    # A hit-and-run in a parking lot the afternoon before, for a report: traffic lowered to low. "yesterday afternoon"
    # 14:00 the day before; "the FreshMart lot" the landmark; the white Chevy Equinox (make from the model) part of the
    # event.
    dict(written="I need a report number. Yesterday afternoon somebody backed into my car in the FreshMart lot and drove off. A lady who saw it left a note on my windshield that says white Chevy Equinox, older woman driving, and part of the plate, 6KD. My back door won't open now.",
         spoken="i need a report number yesterday afternoon somebody backed into my car in the fresh mart lot and drove off a lady who saw it left a note on my wind shield that says white chevy equinox older woman driving and part of the plate six k d my back door won't open now",
         at="2030-08-17 10:00", entities=[("local", "2030-08-16 14:00"), V(colour="white", make="chevrolet", model="equinox", plate="6KD"), P(count="1", sex="female", age="60-90"), P(count="1", sex="female")],
         places=[("landmark", "FreshMart Supermarket")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- drugs
    # A dealer selling to kids at a skate park who showed a pistol to a boy who owed him: drugs, high (a weapon seen,
    # holdout14's dealers; children do not stack). "the skate park in Riverside Park" the landmark; the kids "2+".
    dict(written="There's a guy selling vape carts and pills out of a backpack to the kids at the skate park in Riverside Park. One boy told him he'd pay him Friday and the guy lifted his hoodie and showed him a pistol in his waistband. The kids are all acting like it's normal. Guy's maybe 25, grey hoodie, white slides.",
         spoken="there's a guy selling vape carts and pills out of a back pack to the kids at the skate park in river side park one boy told him he'd pay him friday and the guy lifted his hoodie and showed him a pistol in his waist band the kids are all acting like it's normal guy's maybe twenty five gray hoodie white slides",
         at="2030-03-18 15:20", entities=[P(count="1", sex="male", age="22-28", clothing=["grey hoodie"]), P(count="2+"), P(count="1", sex="male"), W("handgun")],
         places=[("landmark", "Riverside Park")], category="drugs", priority="high"),
    # A drug house with a lookout holding a shotgun on the porch while people buy: drugs, high (a weapon seen, as
    # holdout14's dealers). "1083 Chestnut" an address; the buyers "2+"; "all day" a habit.
    dict(written="The house at 1083 Chestnut has turned into a drug house, and now there's a guy sitting on the porch all day with a shotgun across his knees watching the street while people walk up to the side door to buy. He's out there right now. My kids have to walk past it to get to the bus.",
         spoken="the house at ten eighty three chest nut has turned into a drug house and now there's a guy sitting on the porch all day with a shot gun across his knees watching the street while people walk up to the side door to buy he's out there right now my kids have to walk past it to get to the bus",
         at="2030-10-01 16:10", entities=[P(count="1", sex="male"), W("shotgun"), P(count="2+"), ("now",), P(count="2+")],
         places=[("address", 1083, "Chestnut Street")], category="drugs", priority="high"),
    # School's out for the holiday: a man selling THC gummies to kids at a sledding hill: drugs, medium (children; the
    # present progressive does not stack). "the sledding hill at Riverside Park" the landmark.
    dict(written="No school today so the sledding hill at Riverside Park is full of kids, and there's a man at the top by the trees selling little bags of THC gummies to them. I watched two middle schoolers hand him money and he gave them each a bag. Tan coat, ski goggles on his head.",
         spoken="no school today so the sledding hill at riverside park is full of kids and there's a man at the top by the trees selling little bags of t h c gummies to them i watched two middle schoolers hand him money and he gave them each a bag tan coat ski goggles on his head",
         at="2030-01-21 14:00", entities=[P(count="2+"), P(count="1", sex="male", clothing=["tan coat"]), P(count="2")],
         places=[("landmark", "Riverside Park")], category="drugs", priority="medium"),
    # Two men doing lines off a car hood in a school lot during a play, now: drugs, medium (low raised for an event
    # going on). "the Oakford High lot" the landmark; the black Dodge Charger part of the event.
    dict(written="Two grown men are doing lines of something off the hood of a black Dodge Charger in the Oakford High lot right now, right next to the door where families are coming out of the spring play at intermission. They're not even hiding it.",
         spoken="two grown men are doing lines of something off the hood of a black dodge charger in the oak ford high lot right now right next to the door where families are coming out of the spring play at intermission they're not even hiding it",
         at="2030-04-12 19:40", entities=[P(count="2", sex="male"), V(colour="black", make="dodge", model="charger"), ("now",), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="drugs", priority="medium"),
    # Cars lining up for quick hand-offs next door, three waiting now: drugs, medium (low raised for an event going on,
    # a present progressive). "every ten minutes" a habit; "tonight" no time; the neighbour a person; the cars in
    # general no vehicles; the kids (named through a possessive) "2+".
    dict(written="The house next to me at 408 11th Street has had a car pulling up every ten minutes tonight. Somebody comes out, leans in the window for a few seconds and goes back in. There's three cars lined up in the street waiting right now with their lights on. My kids' bedroom faces it.",
         spoken="the house next to me at four oh eight eleventh street has had a car pulling up every ten minutes tonight somebody comes out leans in the window for a few seconds and goes back in there's three cars lined up in the street waiting right now with their lights on my kids' bedroom faces it",
         at="2030-06-25 22:15", entities=[P(count="1"), ("now",), P(count="2+")],
         places=[("address", 408, "11th Street")], category="drugs", priority="medium"),
    # A lifeguard vaping THC in the guard shack while on duty over a full pool: drugs, medium (children at risk). "the
    # guard shack at the Community Pool" the landmark; the lifeguard (no age said), the kids and the front desk staff
    # ("they", "2+") persons.
    dict(written="One of the lifeguards at the Community Pool keeps ducking into the guard shack between rotations and vaping THC, you can smell it from the shallow end. Then he climbs back up in the chair. The pool's packed with little kids. I told the front desk and they shrugged.",
         spoken="one of the life guards at the community pool keeps ducking into the guard shack between rotations and vaping t h c you can smell it from the shallow end then he climbs back up in the chair the pool's packed with little kids i told the front desk and they shrugged",
         at="2030-08-13 12:50", entities=[P(count="1", sex="male"), P(count="2+"), P(count="2+")],
         places=[("landmark", "Community Pool")], category="drugs", priority="medium"),
    # A teenager selling Adderall to other teens in a library's teen room: drugs, medium (children). "the library on
    # Elm Street" the landmark (its teen room); "a dollar a pill" no number.
    dict(written="I work the teen desk at the library on Elm Street. A boy who comes in after school is selling Adderall to the other kids in the teen room, I saw him counting pills out of a prescription bottle into a girl's hand and she gave him cash. He's still in there at the gaming table. Black hoodie, tall.",
         spoken="i work the teen desk at the library on elm street a boy who comes in after school is selling adderall to the other kids in the teen room i saw him counting pills out of a prescription bottle into a girl's hand and she gave him cash he's still in there at the gaming table black hoodie tall",
         at="2030-11-07 16:40", entities=[P(count="1", sex="male", height="tall", clothing=["black hoodie"]), P(count="2+"), P(count="1", sex="female")],
         places=[("landmark", "Oakford Public Library")], category="drugs", priority="medium"),
    # A roommate's friends smoking fentanyl off foil in the flat, now: drugs, medium (low raised for an event going on,
    # nobody down yet). "right now" now; the roommate named through a possessive.
    dict(written="My roommate's friends are smoking fentanyl off foil in our living room right now, like four of them, and one of them keeps nodding off sitting up. I'm in my room with the door locked. We have Narcan but I don't know how to use it. 731 7th Street, upstairs.",
         spoken="my roommate's friends are smoking fentanyl off foil in our living room right now like four of them and one of them keeps nodding off sitting up i'm in my room with the door locked we have narcan but i don't know how to use it seven thirty one seventh street upstairs",
         at="2030-12-29 23:30", entities=[P(count="1"), P(count="4"), ("now",)],
         places=[("address", 731, "7th Street")], category="drugs", priority="medium"),
    # Visitors at a house all night every night: drugs, low (a habit). "every night" a habit; "since Christmas" no time;
    # the visitors and "everybody on the block" "2+".
    dict(written="The house at 220 Birch has people coming and going all night, every night, since around Christmas. They stay five minutes and leave. Sometimes they leave the cars running in the street. I'm not saying I know what it is, but everybody on the block has the same idea.",
         spoken="the house at two twenty burch has people coming and going all night every night since around christmas they stay five minutes and leave sometimes they leave the cars running in the street i'm not saying i know what it is but everybody on the block has the same idea",
         at="2030-02-27 10:20", entities=[P(count="2+"), P(count="2+")],
         places=[("address", 220, "Birch Street")], category="drugs", priority="low"),
    # Used needles found in a library's book drop: drugs, low (a find). "the book drop at the Oakford Public Library"
    # the landmark; "somebody" who put them a person.
    dict(written="We emptied the outside book drop at the Oakford Public Library this morning and there were six used syringes with the caps off and a lighter mixed in with the returns. One of our pages almost got stuck. Somebody's been using the drop as a trash can. We've taped it shut for now.",
         spoken="we emptied the outside book drop at the oakford public library this morning and there were six used syringes with the caps off and a lighter mixed in with the returns one of our pages almost got stuck somebody's been using the drop as a trash can we've taped it shut for now",
         at="2030-05-15 13:40", entities=[P(count="1"), P(count="1")],
         places=[("landmark", "Oakford Public Library")], category="drugs", priority="low"),
    # A web tip: a car detailer selling pills out of his shop's back room: drugs, low (no time, nothing going on said).
    # "Spotless Auto Detailing on Station Road" a place given only by a street (no place); "Half the guys at my work"
    # "2+" male.
    dict(written="Web tip: The owner of Spotless Auto Detailing on Station Road sells pills out of the back room. You drop your car off, ask for the 'interior package' and you get a little bag back with your keys. Half the guys at my work go there for it.",
         spoken="web tip the owner of spotless auto detailing on station road sells pills out of the back room you drop your car off ask for the interior package and you get a little bag back with your keys half the guys at my work go there for it",
         at="2030-07-02 09:00", entities=[P(count="1", sex="male"), P(count="2+", sex="male")],
         places=[], category="drugs", priority="low"),
    # A grow tent in a neighbour's closet tripping the building's power: drugs, low (a habit, no danger said beyond the
    # breaker). The neighbour a person; "the third floor" no number of a place.
    dict(written="The guy across the hall from me at 904 Walnut has a grow tent set up in his closet with big lights, I saw it when he had the door open. The breaker for our whole floor trips two or three times a week now and the hallway reeks. The landlord doesn't live here. Is that even allowed in an apartment?",
         spoken="the guy across the hall from me at nine oh four wallnut has a grow tent set up in his closet with big lights i saw it when he had the door open the breaker for our whole floor trips two or three times a week now and the hall way reeks the land lord doesn't live here is that even allowed in an apartment",
         at="2030-09-12 11:20", entities=[P(count="1", sex="male")],
         places=[("address", 904, "Walnut Street")], category="drugs", priority="low"),
    # Nitrous canisters and balloons found in a school lot: drugs, low (a find, nobody about). "the Lincoln Elementary
    # parking lot" the landmark; "last night" an inference, no time said of an event.
    dict(written="Custodian at Lincoln Elementary. Found a pile of those little silver whipped cream chargers and a bunch of popped balloons in the back corner of the parking lot this morning, probably from kids hanging out there after dark. I cleaned it up before the buses came, just wanted it on record.",
         spoken="custodian at lincon elementary found a pile of those little silver whipped cream chargers and a bunch of popped balloons in the back corner of the parking lot this morning probably from kids hanging out there after dark i cleaned it up before the buses came just wanted it on record",
         at="2030-10-29 08:30", entities=[P(count="2+")],
         places=[("landmark", "Lincoln Elementary School")], category="drugs", priority="low"),
    # A parent reporting the older brother of her son's friend who sells vapes: drugs, low (no time). The son, his
    # friend and the brother are persons; "my 15 year old" not annotated.
    dict(written="My 15 year old came home with a nicotine vape and finally told me he bought it from his friend's older brother, Tyler, who sells them out of his car in the Northgate Mall parking lot after school. Tyler's about 19. I'm not trying to get my son's friend in trouble, but somebody should know.",
         spoken="my fifteen year old came home with a nicotine vape and finally told me he bought it from his friend's older brother tyler who sells them out of his car in the north gate mall parking lot after school tyler's about nineteen i'm not trying to get my son's friend in trouble but somebody should know",
         at="2030-12-02 14:10", entities=[P(count="1", sex="male"), P(count="1"), P(count="1", sex="male", age="16-22")],
         places=[("landmark", "Northgate Mall")], category="drugs", priority="low"),

    # ---------------------------------------------------------------- vandalism
    # Teenagers breaking off railroad crossing gates and dragging one onto the tracks with a train due: vandalism,
    # critical (lives at risk, as train2's footbridge and train4's dumpster). "Station Road by 12th" the intersection;
    # "the 9:52" a schedule, no time.
    dict(written="A bunch of teenagers just snapped both gate arms off the railroad crossing at Station Road by 12th and they're dragging one down onto the tracks, laughing. The 9:52 comes through here in like ten minutes and the lights won't work right with the arms off. Cars are still going over the crossing.",
         spoken="a bunch of teenagers just snapped both gate arms off the rail road crossing at station road by twelfth and they're dragging one down onto the tracks laughing the nine fifty two comes through here in like ten minutes and the lights won't work right with the arms off cars are still going over the crossing",
         at="2030-07-07 21:40", entities=[P(count="3+", age="13-19"), ("now",)],
         places=[("intersection", "Station Road", "12th Street")], category="vandalism", priority="critical"),
    # Motor oil poured down a bike-path hill, a girl already down and cut: vandalism, high (an injury, a danger still
    # there). "the bike path hill at Riverside Park" the landmark; "Somebody" who poured it a person.
    dict(written="Somebody poured motor oil all the way down the steep part of the bike path at Riverside Park, there's an empty jug in the grass. A girl on a bike just wiped out on it and her arm and hip are all cut up, her mom's with her. Other people are still riding down. I'm standing at the top waving them off.",
         spoken="somebody poured motor oil all the way down the steep part of the bike path at river side park there's an empty jug in the grass a girl on a bike just wiped out on it and her arm and hip are all cut up her mom's with her other people are still riding down i'm standing at the top waving them off",
         at="2030-04-05 17:10", entities=[P(count="1"), P(count="1", sex="female"), V(type="bicycle"), P(count="1", sex="female"), P(count="2+"), ("now",)],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="high"),
    # A chunk of cinder block through a boy's bedroom window as he slept, glass cuts: vandalism, high (an injury). "just
    # threw" no time said; the son a person; "Somebody" who threw it (and "Whoever") one person.
    dict(written="Somebody just threw a chunk of cinder block through my son's bedroom window at 516 9th Street while he was asleep. There's glass all over his bed and he's got little cuts all over his face and arms. I heard a car take off right after. He's 8. Whoever did it, we don't have any enemies.",
         spoken="somebody just threw a chunk of cinder block through my son's bed room window at five sixteen ninth street while he was asleep there's glass all over his bed and he's got little cuts all over his face and arms i heard a car take off right after he's eight whoever did it we don't have any enemies",
         at="2030-10-16 22:00", entities=[P(count="1"), P(count="1", sex="male"), ("now",)],
         places=[("address", 516, "9th Street")], category="vandalism", priority="high"),
    # Teenagers pulling up the reflective plow stakes along a block and throwing them at passing cars, now: vandalism,
    # medium (low raised for an event going on; the children doing the damage are no children at risk). "Cedar
    # between 2nd and 3rd" the block; cars in general no vehicles.
    dict(written="Two teenagers are going down Cedar between 2nd and 3rd yanking the orange plow stakes out of everybody's lawns and whipping them at cars going by like javelins. One just bounced off a windshield. They think it's hilarious. Both in black snow pants, one's got a red hat.",
         spoken="two teenagers are going down ceder between second and third yanking the orange plow stakes out of everybody's lawns and whipping them at cars going by like javelins one just bounced off a wind shield they think it's hilarious both in black snow pants one's got a red hat",
         at="2030-01-10 15:40", entities=[P(count="2", age="13-19", clothing=["black pants"]), P(count="1", clothing=["red hat"]), ("now",)],
         places=[("block", 200, "Cedar Street")], category="vandalism", priority="medium"),
    # Two young men smashing a bus shelter's glass with a skateboard, now: vandalism, medium. "right now" now; "Main by
    # 9th" the intersection.
    dict(written="Two guys are smashing out the glass panels of the bus shelter on Main by 9th with a skateboard right now. They've got two of the four panels done, the sidewalk's sparkling with it. Early twenties, one in a yellow hoodie. Bars just let out.",
         spoken="two guys are smashing out the glass panels of the bus shelter on maine by ninth with a skate board right now they've got two of the four panels done the side walk's sparkling with it early twenties one in a yellow hoodie bars just let out",
         at="2030-03-30 01:20", entities=[P(count="2", sex="male", age="20-23"), ("now",), P(count="1", clothing=["yellow hoodie"])],
         places=[("intersection", "Main Street", "9th Street")], category="vandalism", priority="medium"),
    # Kids prying the seat boards off ball-field bleachers, now: vandalism, medium (a present progressive, no time
    # said). "the Little League field at Riverside Park" the landmark.
    dict(written="Some kids are prying the wooden seat planks off the stands by the Little League diamond at Riverside Park and tossing them onto the infield. Maybe six planks so far. No game today. They look like middle schoolers, four of them on bikes.",
         spoken="some kids are prying the wooden seat planks off the stands by the little league diamond at riverside park and tossing them onto the in field maybe six planks so far no game today they look like middle schoolers four of them on bikes",
         at="2030-06-01 14:40", entities=[P(count="4"), V(type="bicycle")],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="medium"),
    # A man keying every parked car down a block, now: vandalism, medium. "right now" now; "Oak between 6th and 7th" the
    # block; the parked cars in general no vehicles.
    dict(written="There's a guy walking down Oak between 6th and 7th dragging a key down the side of every parked car he passes, I can hear it from my window. He's done like five cars and he's still going toward 7th right now. Skinny, black hoodie, hood up, backpack.",
         spoken="there's a guy walking down oak between sixth and seventh dragging a key down the side of every parked car he passes i can hear it from my window he's done like five cars and he's still going toward seventh right now skinny black hoodie hood up back pack",
         at="2030-11-24 01:30", entities=[P(count="1", sex="male", build="thin", clothing=["black hoodie", "backpack"]), ("now",)],
         places=[("block", 600, "Oak Street")], category="vandalism", priority="medium"),
    # Teenagers throwing rocks at a church's stained glass, now: vandalism, medium. "Trinity Lutheran, 205 Church
    # Street" an address on a short street; "right now" now.
    dict(written="Two teenagers are throwing rocks at the stained glass windows of Trinity Lutheran, 205 Church Street, right now. Two panes are already broken out. I'm the organist, I was practicing and I heard it. They're in the side yard by the parking lot.",
         spoken="two teenagers are throwing rocks at the stained glass windows of trinity lutheran two oh five church street right now two panes are already broken out i'm the organist i was practicing and i heard it they're in the side yard by the parking lot",
         at="2030-08-19 20:30", entities=[P(count="2", age="13-19"), ("now",)],
         places=[("address", 205, "Church Street")], category="vandalism", priority="medium"),
    # A plow truck's hydraulic lines cut overnight: vandalism, low (overnight 02:00, more than six hours at 08:10). The
    # plow truck part of the event (a truck); "Somebody" a person and the fired man the caller suspects another (not
    # seen doing it).
    dict(written="Somebody cut the hydraulic lines on my plow truck overnight while it sat in my driveway at 832 6th Street, there's fluid all over the snow. I plow for a living and we've got eight inches coming tonight. I've got an idea who, a guy I fired last week, but I didn't see anything.",
         spoken="somebody cut the hydraulic lines on my plow truck over night while it sat in my drive way at eight thirty two sixth street there's fluid all over the snow i plow for a living and we've got eight inches coming tonight i've got an idea who a guy i fired last week but i didn't see anything",
         at="2030-02-13 08:10", entities=[("local", "2030-02-13 02:00"), V(type="truck"), P(count="1"), P(count="1", sex="male")],
         places=[("address", 832, "6th Street")], category="vandalism", priority="low"),
    # Engraved donor bricks pried up and thrown in a fountain: vandalism, low (found, no time). "in front of City Hall"
    # relative; "the Rotary" no person.
    dict(written="Somebody pried up about a dozen of the engraved donor bricks from the walk in front of City Hall and threw them in the fountain. People paid the Rotary a hundred dollars apiece for those. I noticed it walking to work. No idea when.",
         spoken="somebody pried up about a dozen of the engraved donor bricks from the walk in front of city hall and threw them in the fountain people paid the rotary a hundred dollars apiece for those i noticed it walking to work no idea when",
         at="2030-05-28 09:40", entities=[P(count="1")],
         places=[("relative", ("landmark", "City Hall"))], category="vandalism", priority="low"),
    # Basketball rims bent and backboards broken over a weekend: vandalism, low. "the courts at Riverside Park" the
    # landmark; "over the weekend" no time; "Somebody" one person, the kids who play there "2+".
    dict(written="Both basketball hoops at the courts at Riverside Park got wrecked over the weekend. Somebody hung on the rims till they bent straight down and the backboards are cracked through. The kids who play there every day are pretty upset. Whoever did it left beer cans everywhere.",
         spoken="both basketball hoops at the courts at river side park got wrecked over the weekend somebody hung on the rims till they bent straight down and the back boards are cracked through the kids who play there every day are pretty upset whoever did it left beer cans everywhere",
         at="2030-07-29 07:50", entities=[P(count="1"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="low"),
    # Tires let down on a church lot's cars during a service: vandalism, low (over, no time said within the hour).
    # "Holy Family, 30 Church Street" an address on a short street; "during the 10 o'clock mass" a schedule, no
    # time; "about fifteen cars" in general no vehicles; the usher a person; "somebody" later seen as "a boy on a bike"
    # is annotated once (with his bike); "older folks" 2+ 60-90.
    dict(written="During the 10 o'clock mass at Holy Family, 30 Church Street, somebody went through the lot and let the air out of the tires on about fifteen cars. Just unscrewed the valve caps and pushed the pins. One of our ushers saw a boy on a bike riding off when he stepped out. Lots of older folks are stuck here with flat tires.",
         spoken="during the ten o'clock mass at holy family thirty church street somebody went through the lot and let the air out of the tires on about fifteen cars just unscrewed the valve caps and pushed the pins one of our ushers saw a boy on a bike riding off when he stepped out lots of older folks are stuck here with flat tires",
         at="2030-09-29 12:10", entities=[P(count="1"), P(count="1", sex="male"), V(type="bicycle"), P(count="2+", age="60-90")],
         places=[("address", 30, "Church Street")], category="vandalism", priority="low"),
    # A slur carved into a new family's fence: vandalism, low (found). The family and their kids are "2+"; "somebody
    # should know" is nobody; "1045 Cedar" an address.
    dict(written="The family that just moved in at 1045 Cedar woke up to a slur carved into their new fence in letters a foot high, right where their kids would see it getting on the bus. They're embarrassed to call so I'm calling for them. We're going to sand it off this afternoon but somebody should know.",
         spoken="the family that just moved in at ten forty five ceder woke up to a slur carved into their new fence in letters a foot high right where their kids would see it getting on the bus they're embarrassed to call so i'm calling for them we're going to sand it off this afternoon but somebody should know",
         at="2030-10-21 09:10", entities=[P(count="2+"), P(count="2+")],
         places=[("address", 1045, "Cedar Street")], category="vandalism", priority="low"),
    # Nativity statues decapitated on a church lawn: vandalism, low (found). "95 Church Street" an address on a short
    # street; "the Methodist church" its name.
    dict(written="Somebody knocked the heads off the Mary and Joseph statues in the nativity on the lawn of the Methodist church at 95 Church Street. The heads are lying in the snow and there's footprints all around. It's been up since Thanksgiving and nobody ever bothered it before.",
         spoken="somebody knocked the heads off the mary and joseph statues in the nativity on the lawn of the methodist church at ninety five church street the heads are lying in the snow and there's foot prints all around it's been up since thanksgiving and nobody ever bothered it before",
         at="2030-12-23 08:30", entities=[P(count="1")],
         places=[("address", 95, "Church Street")], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- suspicious_vehicle
    # A cargo van at the pumps with someone kicking inside the back and a woman yelling for help: a suspicious vehicle,
    # critical (a life at risk). "pump 3" no place; the van (a type word) part of the event; the driver and the woman
    # inside ("somebody" kicking, the woman yelling: annotated once) are persons; "Ohio" on a plate no place.
    dict(written="At the QuickStop pumps: a white cargo van at pump 3, no windows in the back, and somebody locked in the back is kicking the side of it and I can hear a woman yelling help, help. The driver's just pumping gas like nothing's happening. Ohio plate, starts with H K. Please hurry before he leaves.",
         spoken="at the quick stop pumps a white cargo van at pump three no windows in the back and somebody locked in the back is kicking the side of it and i can hear a woman yelling help help the driver's just pumping gas like nothing's happening ohio plate starts with h k please hurry before he leaves",
         at="2030-06-14 16:00", entities=[V(colour="white", type="van", plate="HK"), P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("landmark", "QuickStop Gas")], category="suspicious_vehicle", priority="critical"),
    # A van that offered a 12-year-old a ride with its side door open, now parked at the end of her street: a suspicious
    # vehicle, high (child luring). The daughter a person ("My 12 year old" not annotated); "the middle school" no
    # place.
    dict(written="A white van just pulled up next to my 12 year old walking home from the middle school on Willow, the driver asked if she wanted a ride and slid the side door open. She ran the whole way home. The van's parked at the end of our street right now, Willow by 8th, engine running. Man, bald, sunglasses.",
         spoken="a white van just pulled up next to my twelve year old walking home from the middle school on willow the driver asked if she wanted a ride and slid the side door open she ran the whole way home the van's parked at the end of our street right now willow by eighth engine running man bald sunglasses",
         at="2030-02-28 15:30", entities=[V(colour="white", type="van"), P(count="1", sex="female"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Willow Street", "8th Street")], category="suspicious_vehicle", priority="high"),
    # A car parked in front of a house with its lights off and a man with a rifle across his lap: a suspicious vehicle,
    # high (a weapon seen, as train4's handgun on a dashboard). "1160 Pine" an address; the dark Chevy Tahoe (make from
    # the model, "dark" no colour) part of the event.
    dict(written="There's a dark Chevy Tahoe parked in front of my house at 1160 Pine with the lights off and the engine running, and when a car went by I could see the man in the driver's seat has a rifle across his lap. He's just looking at the house across the street. He's been there twenty minutes. I turned off all my lights.",
         spoken="there's a dark chevy tahoe parked in front of my house at eleven sixty pine with the lights off and the engine running and when a car went by i could see the man in the driver's seat has a rifle across his lap he's just looking at the house across the street he's been there twenty minutes i turned off all my lights",
         at="2030-08-22 23:10", entities=[V(make="chevrolet", model="tahoe"), P(count="1", sex="male"), W("rifle")],
         places=[("relative", ("address", 1160, "Pine Street"))], category="suspicious_vehicle", priority="high"),
    # A driver being followed through turns by an SUV like her ex's: a suspicious vehicle, high (a woman in danger, as
    # holdout14's threat). "Main by 6th" the intersection; "the last twenty minutes" a span; the black Ford Expedition
    # part of the event; its unseen driver (perhaps the ex) one person; "my kids" "2+"; "It's still right behind me now"
    # (where the vehicle is) now.
    dict(written="There's a black Ford Expedition that's been behind me for the last twenty minutes, every turn I make it makes. My ex drives one just like it and I have a protection order. It's still right behind me now, we're on Main by 6th and my kids are in the back. I can't see the driver through the tint. What do I do?",
         spoken="there's a black ford expedition that's been behind me for the last twenty minutes every turn i make it makes my ex drives one just like it and i have a protection order it's still right behind me now we're on maine by sixth and my kids are in the back i can't see the driver through the tint what do i do",
         at="2030-11-04 17:50", entities=[V(colour="black", make="ford", model="expedition"), P(count="1"), P(count="2+"), ("now",)],
         places=[("intersection", "Main Street", "6th Street")], category="suspicious_vehicle", priority="high"),
    # A car creeping down a street shining a spotlight into yards, now: a suspicious vehicle, medium (low raised for an
    # event going on). "It's 2:30" said during the event is that time; "Spruce between 4th and 5th" the block; "Dark
    # hatchback" hatchback with no colour; no driver is said; "the Nguyens'" (a possessive) "2+".
    dict(written="It's 2:30 in the morning and a car is creeping down Spruce between 4th and 5th shining a big spotlight into everybody's yards and driveways. It's gone up and back twice. Dark hatchback, one headlight out. It just stopped in front of the Nguyens' and shut the light off.",
         spoken="it's two thirty in the morning and a car is creeping down spruse between fourth and fifth shining a big spot light into everybody's yards and drive ways it's gone up and back twice dark hatchback one head light out it just stopped in front of the nguyens' and shut the light off",
         at="2030-01-03 02:32", entities=[("local", "2030-01-03 02:30"), V(type="hatchback"), P(count="2+")],
         places=[("block", 400, "Spruce Street")], category="suspicious_vehicle", priority="medium"),
    # A car doing slow laps of a school lot with its lights off, now: a suspicious vehicle, medium. "right now" now;
    # "the Oakford High lot" the landmark; no driver is said; "maybe a Mazda" make mazda with its type word "car".
    dict(written="A car's been doing slow laps around the Oakford High lot with its headlights off for the last fifteen minutes, and it keeps stopping by the door to the pool wing. There's nothing going on at the school tonight. It's doing it again right now. Small silver car, maybe a Mazda.",
         spoken="a car's been doing slow laps around the oakford high lot with its head lights off for the last fifteen minutes and it keeps stopping by the door to the pool wing there's nothing going on at the school tonight it's doing it again right now small silver car maybe a mazda",
         at="2030-03-25 21:15", entities=[V(colour="silver", make="mazda", type="car"), ("now",)],
         places=[("landmark", "Oakford High School")], category="suspicious_vehicle", priority="medium"),
    # A delivery van whose driver photographs porches and delivers nothing: a suspicious vehicle, medium (going on).
    # "Elm between 8th and 9th" the block; the van (a type word) part of the event.
    dict(written="There's a plain white delivery van going slowly down Elm between 8th and 9th and the driver keeps getting out, walking up to porches and taking pictures of the front doors and the cameras, then getting back in without leaving anything. No company name on it. He's at 847 right now.",
         spoken="there's a plain white delivery van going slowly down elm between eighth and ninth and the driver keeps getting out walking up to porches and taking pictures of the front doors and the cameras then getting back in without leaving anything no company name on it he's at eight forty seven right now",
         at="2030-05-16 13:30", entities=[V(colour="white", type="van"), P(count="1", sex="male"), ("now",)],
         places=[("block", 800, "Elm Street"), ("address", 847, "Elm Street")], category="suspicious_vehicle", priority="medium"),
    # A car pulled in beside a nurse's car in a hospital garage, the man in it looking into hers, now: a suspicious
    # vehicle, medium. "level 3 of the St. Mary's garage" the landmark; the green Subaru Forester part of the event.
    dict(written="I'm a nurse on break in the St. Mary's garage, level 3. A green Subaru Forester just pulled in right next to my car even though the whole level's empty, and the man in it is leaning over looking into my car window. This is the second time this week. He's still sitting there right now, I'm watching from the stairwell.",
         spoken="i'm a nurse on break in the saint mary's garage level three a green subaru forester just pulled in right next to my car even though the whole level's empty and the man in it is leaning over looking into my car window this is the second time this week he's still sitting there right now i'm watching from the stair well",
         at="2030-07-15 13:20", entities=[V(colour="green", make="subaru", model="forester"), P(count="1", sex="male"), ("now",)],
         places=[("landmark", "St. Mary's Hospital")], category="suspicious_vehicle", priority="medium"),
    # A car idling in a commuter lot an hour with fogged windows and no answer at the glass: a suspicious vehicle,
    # medium (going on; no one seen in danger). "the Central Station commuter lot" the landmark; the blue Nissan Rogue
    # part of the event; "for about an hour" a span.
    dict(written="There's a blue Nissan Rogue idling in the back corner of the Central Station commuter lot, about an hour now, windows fogged solid. I knocked on the glass and nobody answered. The last train left a while ago.",
         spoken="there's a blue nissan rogue idling in the back corner of the central station commuter lot about an hour now windows fogged solid i knocked on the glass and nobody answered the last train left a while ago",
         at="2030-09-05 19:50", entities=[V(colour="blue", make="nissan", model="rogue")],
         places=[("landmark", "Central Station")], category="suspicious_vehicle", priority="medium"),
    # A minivan pulling alongside women walking alone at dusk and circling back, now: a suspicious vehicle, medium
    # (adults, going on). "Maple by 7th" the intersection; the tan minivan part of the event; the women "2+".
    dict(written="A tan minivan keeps pulling up next to women walking by themselves on Maple by 7th, the driver rolls down the window and says something and then drives off when they ignore him. It's done it to three women I've seen, including my daughter. It's coming around the block again right now.",
         spoken="a tan mini van keeps pulling up next to women walking by themselves on maple by seventh the driver rolls down the window and says something and then drives off when they ignore him it's done it to three women i've seen including my daughter it's coming around the block again right now",
         at="2030-12-11 16:40", entities=[V(colour="tan", type="minivan"), P(count="1", sex="male"), P(count="3", sex="female"), ("now",)],
         places=[("intersection", "Maple Avenue", "7th Street")], category="suspicious_vehicle", priority="medium"),
    # A car pulling into a closed garden centre's lot every night around 1 with its lights off: a suspicious vehicle,
    # low (a habit). "every night around 1" a habit; "Green Thumb Garden Center at 1190 Walnut" an address.
    dict(written="Every night around 1 a car pulls into the lot of the Green Thumb Garden Center at 1190 Walnut, which is closed for the winter, and turns its lights off and sits there ten minutes, then leaves. I can see it from my bedroom. Small dark SUV. It's been going on about two weeks.",
         spoken="every night around one a car pulls into the lot of the green thumb garden center at eleven ninety walnut which is closed for the winter and turns its lights off and sits there ten minutes then leaves i can see it from my bed room small dark s u v it's been going on about two weeks",
         at="2030-01-29 11:00", entities=[V(type="suv")],
         places=[("address", 1190, "Walnut Street")], category="suspicious_vehicle", priority="low"),
    # A pickup parked at a dead end for hours the day before with a man asleep in it: a suspicious vehicle, low
    # (yesterday, over). "yesterday" alone no time; "the dead end of 12th Street past Spruce" a street only (no place);
    # the red Dodge Ram part of the event (make dodge, model ram).
    dict(written="Yesterday a red Dodge Ram sat at the dead end of our street for about five hours with a guy asleep in the front seat. It had a ladder rack and a mattress in the bed. It's gone this morning. I don't know if he was homeless or what, I just thought I should say something.",
         spoken="yesterday a red dodge ram sat at the dead end of our street for about five hours with a guy asleep in the front seat it had a ladder rack and a mattress in the bed it's gone this morning i don't know if he was homeless or what i just thought i should say something",
         at="2030-04-16 10:40", entities=[V(colour="red", make="dodge", model="ram"), P(count="1", sex="male")],
         places=[], category="suspicious_vehicle", priority="low"),
    # A tinted sedan with only a rear out-of-state plate in a church lot every morning: a suspicious vehicle, low (a
    # habit). "every morning this week" a habit; "Florida" no place; "the lot of the Baptist church at 50 Church Street"
    # an address on a short street.
    dict(written="A black sedan with dark tint and a Florida plate on the back, none on the front, has been parked in the lot of the Baptist church at 50 Church Street every morning this week from about 7 to 9 with somebody sitting in it. The church is empty on weekdays. Probably nothing.",
         spoken="a black sedan with dark tint and a florida plate on the back none on the front has been parked in the lot of the baptist church at fifty church street every morning this week from about seven to nine with somebody sitting in it the church is empty on weekdays probably nothing",
         at="2030-06-27 09:20", entities=[V(colour="black", type="sedan"), P(count="1")],
         places=[("address", 50, "Church Street")], category="suspicious_vehicle", priority="low"),
    # A car with its windows covered in foil left in a mall lot for three days: a suspicious vehicle, low. "the back row
    # by the loading docks" of Northgate Mall the landmark; the grey Honda Civic part of the event.
    dict(written="Northgate Mall security. A grey Honda Civic in the back row by the loading docks has sat there three days now, and every window is covered from the inside with tinfoil. No one's come back to it that we've seen. We haven't touched it.",
         spoken="north gate mall security a gray honda civic in the back row by the loading docks has sat there three days now and every window is covered from the inside with tin foil no one's come back to it that we've seen we haven't touched it",
         at="2030-10-04 09:30", entities=[V(colour="grey", make="honda", model="civic")],
         places=[("landmark", "Northgate Mall")], category="suspicious_vehicle", priority="low"),
    # An old sedan dressed up with a spotlight and "SECURITY" decals flashing amber lights at walkers the afternoon
    # before: a suspicious vehicle, low (over; no one stopped or hurt). "Yesterday afternoon" 14:00 the day before; "in
    # Millbrook" the neighbourhood; the black Ford Crown Victoria (make from the model) part of the event.
    dict(written="Yesterday afternoon an old black Ford Crown Victoria with a spotlight on the door and SECURITY stickers kept cruising through our neighborhood in Millbrook, flashing amber lights at people out walking and slowing down next to them. None of us has ever heard of a security company out here. Is that legal?",
         spoken="yesterday afternoon an old black ford crown victoria with a spot light on the door and security stickers kept cruising through our neighborhood in mill brook flashing amber lights at people out walking and slowing down next to them none of us has ever heard of a security company out here is that legal",
         at="2030-12-31 15:30", entities=[("local", "2030-12-30 14:00"), V(colour="black", make="ford", model="crown victoria"), P(count="2+")],
         places=[("neighbourhood", "Millbrook")], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious_person
    # A man who followed two little girls into a pool's women's locker room, now: a suspicious person, high (children in
    # danger). "the women's locker room at the Community Pool" the landmark; the girls "2" female; "right now" now.
    dict(written="There's a grown man in the women's locker room at the Community Pool right now. He walked in right behind two little girls and he's standing by the showers pretending to look at his phone. I'm wrapped in a towel in a stall. Tall, white guy, red swim trunks, no shirt. Please send somebody.",
         spoken="there's a grown man in the women's locker room at the community pool right now he walked in right behind two little girls and he's standing by the showers pretending to look at his phone i'm wrapped in a towel in a stall tall white guy red swim trunks no shirt please send somebody",
         at="2030-07-19 14:10", entities=[P(count="1", sex="male", height="tall", clothing=["red trunks"]), ("now",), P(count="2", sex="female")],
         places=[("landmark", "Community Pool")], category="suspicious_person", priority="high"),
    # A man asking children at a splash pad to help find his "lost puppy" in the woods: child luring (high). "the splash
    # pad at Riverside Park" the landmark; the son a person; "the woods" no place of its own.
    dict(written="A man at the splash pad at Riverside Park just asked my son and two other kids to help him find his lost puppy in the woods behind the bathrooms. There's no puppy, he doesn't have a leash or anything. When I walked over he went back toward the trees. Grey t-shirt, camo shorts, beard.",
         spoken="a man at the splash pad at river side park just asked my son and two other kids to help him find his lost puppy in the woods behind the bath rooms there's no puppy he doesn't have a leash or anything when i walked over he went back toward the trees gray t shirt camo shorts beard",
         at="2030-05-26 16:30", entities=[P(count="1", sex="male", clothing=["grey t-shirt", "camo shorts"]), P(count="1", sex="male"), P(count="2"), ("now",)],
         places=[("landmark", "Riverside Park")], category="suspicious_person", priority="high"),
    # A man trying the door of a portable classroom during class, the teacher locking it: a suspicious person, high (a
    # danger to children, going on). "the portable classrooms behind Lincoln Elementary" relative; the teacher and the
    # class persons.
    dict(written="I teach 3rd grade in the portable classrooms behind Lincoln Elementary. A man I've never seen just came up the ramp and tried our door handle twice, then looked in the window at the kids. I locked the deadbolt and got the kids in the corner. He's walking over to the next portable now. Green army jacket, grey hair.",
         spoken="i teach third grade in the portable classrooms behind lincon elementary a man i've never seen just came up the ramp and tried our door handle twice then looked in the window at the kids i locked the dead bolt and got the kids in the corner he's walking over to the next portable now green army jacket gray hair",
         at="2030-11-21 10:40", entities=[P(count="1", sex="male", clothing=["green jacket"]), P(count="2+"), ("now",)],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="suspicious_person", priority="high"),
    # A man pressing a girl of about 14 travelling alone to leave the station with him: a suspicious person, high (a
    # child in danger). "Central Station" (its benches) the landmark; "maybe 14" 11-17; the man "maybe 40" 37-43.
    dict(written="I sell tickets at Central Station and I'm watching a man by the benches who keeps trying to get a girl, she's maybe 14 and traveling by herself, to leave with him. He says he's her uncle but she keeps shaking her head and she looks terrified. He just picked up her suitcase. Maybe 40, black leather jacket.",
         spoken="i sell tickets at central station and i'm watching a man by the benches who keeps trying to get a girl she's maybe fourteen and traveling by herself to leave with him he says he's her uncle but she keeps shaking her head and she looks terrified he just picked up her suit case maybe forty black leather jacket",
         at="2030-02-16 19:30", entities=[P(count="1", sex="male", age="37-43", clothing=["black jacket"]), P(count="1", sex="female", age="11-17"), ("now",)],
         places=[("landmark", "Central Station")], category="suspicious_person", priority="high"),
    # A petitioner going door to door asking for dates of birth and Social Security digits: a suspicious person, medium
    # (going on). "Oak between 3rd and 4th" the block; "the last 4 of your social" no number of a place.
    dict(written="A man carrying a clipboard is knocking on every door on Oak between 3rd and 4th with a petition about the school budget, but he's asking everybody for their date of birth and the last 4 of their social to 'verify' the signature. My elderly neighbor gave it to him. He's three houses down right now.",
         spoken="a man carrying a clip board is knocking on every door on oak between third and fourth with a petition about the school budget but he's asking everybody for their date of birth and the last four of their social to verify the signature my elderly neighbor gave it to him he's three houses down right now",
         at="2030-04-08 16:10", entities=[P(count="1", sex="male"), P(count="1", age="60-90"), ("now",)],
         places=[("block", 300, "Oak Street")], category="suspicious_person", priority="medium"),
    # A man photographing gas meters and back doors behind houses with no company markings: a suspicious person, medium
    # (going on). "Chestnut between 10th and 11th" the block.
    dict(written="There's a man in a yellow safety vest walking through the backyards on Chestnut between 10th and 11th taking pictures of everybody's gas meters and back doors with his phone. No company logo on the vest, no truck anywhere, and he didn't knock on anybody's door. He's behind 1036 right now.",
         spoken="there's a man in a yellow safety vest walking through the back yards on chest nut between tenth and eleventh taking pictures of everybody's gas meters and back doors with his phone no company logo on the vest no truck anywhere and he didn't knock on anybody's door he's behind ten thirty six right now",
         at="2030-03-07 13:10", entities=[P(count="1", sex="male", clothing=["yellow vest"]), ("now",)],
         places=[("block", 1000, "Chestnut Street"), ("relative", ("address", 1036, "Chestnut Street"))], category="suspicious_person", priority="medium"),
    # A man digging at a grave with a headlamp, now: a suspicious person, medium (going on). "the town cemetery behind
    # the Old Mill Brewery" relative; "right now" now.
    dict(written="I can see a headlamp moving around in the town cemetery behind the Old Mill Brewery and it looks like a man with a shovel digging at one of the graves in the old section. I can hear the shovel hitting rocks. He's been at it maybe fifteen minutes and he's still going right now.",
         spoken="i can see a head lamp moving around in the town cemetery behind the old mill brewery and it looks like a man with a shovel digging at one of the graves in the old section i can hear the shovel hitting rocks he's been at it maybe fifteen minutes and he's still going right now",
         at="2030-06-22 01:10", entities=[P(count="1", sex="male"), ("now",)],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="suspicious_person", priority="medium"),
    # A man in a cinema moving from seat to seat to sit beside women alone, now: a suspicious person, medium (adults,
    # going on). "the 7:30 show" a schedule and "screen 4" no place; "the Grand Cinema" the landmark; the women "2+".
    dict(written="Shift lead at the Grand Cinema. During the 7:30 show in screen 4 a man has moved seats three times, every time to sit right next to a woman who's there by herself. Two of them have come out to complain. He's in there right now, back row. Bald, glasses, blue windbreaker.",
         spoken="shift lead at the grand cinema during the seven thirty show in screen four a man has moved seats three times every time to sit right next to a woman who's there by herself two of them have come out to complain he's in there right now back row bald glasses blue wind breaker",
         at="2030-09-15 20:40", entities=[P(count="1", sex="male", clothing=["blue jacket"]), P(count="2+", sex="female"), ("now",)],
         places=[("landmark", "Grand Cinema")], category="suspicious_person", priority="medium"),
    # A man with a ladder selling Christmas-light hanging door to door for cash up front and asking who lives alone: a
    # suspicious person, medium (going on). "Birch between 5th and 6th" the block; the neighbour a person; his pickup
    # (a type word) part of the event; "$60" no number.
    dict(written="A guy with a ladder in the back of his pickup is going door to door on Birch between 5th and 6th offering to hang Christmas lights for $60 cash up front. My neighbor said he asked her if she lives alone and when her husband gets home. He's on the porch across the street right now. Brown Carhartt jacket.",
         spoken="a guy with a ladder in the back of his pick up is going door to door on burch between fifth and sixth offering to hang christmas lights for sixty dollars cash up front my neighbor said he asked her if she lives alone and when her husband gets home he's on the porch across the street right now brown car hart jacket",
         at="2030-12-05 15:15", entities=[P(count="1", sex="male", clothing=["brown jacket"]), V(type="pickup"), P(count="1", sex="female"), ("now",)],
         places=[("block", 500, "Birch Street")], category="suspicious_person", priority="medium"),
    # A man returning an "empty package" who tried to see into the house and asked after the husband, the afternoon
    # before: a suspicious person, low (over). "Yesterday afternoon" 14:00 the day before; "1175 Willow" an address.
    dict(written="Yesterday afternoon a man knocked at 1175 Willow holding a box he said got delivered to his house by mistake. It had my name on it but it was empty and taped back up. While I was looking at it he kept leaning to see past me into the hall and asked if my husband was home. I don't have a husband.",
         spoken="yesterday afternoon a man knocked at eleven seventy five willow holding a box he said got delivered to his house by mistake it had my name on it but it was empty and taped back up while i was looking at it he kept leaning to see past me into the hall and asked if my husband was home i don't have a husband",
         at="2030-01-26 09:30", entities=[("local", "2030-01-25 14:00"), P(count="1", sex="male")],
         places=[("address", 1175, "Willow Street")], category="suspicious_person", priority="low"),
    # A man photographing other customers' laptop screens in a cafe every morning: a suspicious person, low (a habit).
    # "every morning" a habit; "the Corner Cafe" the landmark.
    dict(written="There's a man who sits at the Corner Cafe every morning and I've noticed he holds his phone up behind people on their laptops like he's taking pictures of their screens. Today he did it to a woman doing her banking. He already left. Heavy guy, always in a Red Sox hoodie.",
         spoken="there's a man who sits at the corner cafe every morning and i've noticed he holds his phone up behind people on their lap tops like he's taking pictures of their screens today he did it to a woman doing her banking he already left heavy guy always in a red sox hoodie",
         at="2030-04-25 11:00", entities=[P(count="1", sex="male", build="heavy", clothing=["red hoodie"]), P(count="1", sex="female")],
         places=[("landmark", "Corner Cafe")], category="suspicious_person", priority="low"),
    # A woman checking every machine's coin return at a laundromat each noon: a suspicious person, low (a habit).
    # "every day around noon" a habit; "the laundromat on Elm by 11th" the intersection.
    dict(written="I work the counter at the laundromat on Elm by 11th. Every day around noon the same woman comes in, goes down the row sticking a bent wire into the coin slots of every washer and dryer, and leaves without doing any laundry. We've had machines jam twice this week. Not an emergency.",
         spoken="i work the counter at the laundromat on elm by eleventh every day around noon the same woman comes in goes down the row sticking a bent wire into the coin slots of every washer and dryer and leaves without doing any laundry we've had machines jam twice this week not an emergency",
         at="2030-08-08 14:00", entities=[P(count="1", sex="female")],
         places=[("intersection", "Elm Street", "11th Street")], category="suspicious_person", priority="low"),
    # Anonymous notes about a dog left in a mailbox: a suspicious person, low (no threat to a person; days old). "three
    # times" a habit; "Whoever" a person.
    dict(written="Somebody's been leaving typed notes in our mailbox at 623 12th Street about our dog, saying she barks too much and 'accidents happen to dogs.' Three notes in two weeks, no name. We don't know who it is. The last one was Sunday. I'm worried they'll put something in the yard.",
         spoken="somebody's been leaving typed notes in our mail box at six twenty three twelfth street about our dog saying she barks too much and accidents happen to dogs three notes in two weeks no name we don't know who it is the last one was sunday i'm worried they'll put something in the yard",
         at="2030-10-04 09:30", entities=[P(count="1")],
         places=[("address", 623, "12th Street")], category="suspicious_person", priority="low"),
    # A man walking the riverbank behind houses the afternoon before, looking over fences and writing in a notebook: a
    # suspicious person, low (over). "yesterday afternoon" 14:00 the day before; "Hawthorn between 9th and 10th" the
    # block.
    dict(written="Yesterday afternoon some guy went along the riverbank behind our backyards on Hawthorn between 9th and 10th, stopping at each fence to peer over and jot something in a notebook. My husband yelled to ask what he wanted and he just sped up. Could be nothing, we've had break-ins lately.",
         spoken="yesterday afternoon some guy went along the river bank behind our back yards on hawthorne between ninth and tenth stopping at each fence to peer over and jot something in a note book my husband yelled to ask what he wanted and he just sped up could be nothing we've had break ins lately",
         at="2030-11-29 12:40", entities=[("local", "2030-11-28 14:00"), P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("block", 900, "Hawthorn Avenue")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- disturbance
    # A man at an animal hospital threatening to kill the vet tech whose patient died, refusing to leave: a disturbance,
    # high (a threat to kill, no blow and no weapon, as holdout14's threat). "Oakford Animal Hospital, 1015 Main" an
    # address; the vet tech (female) a person; "Everybody in the waiting room" "2+".
    dict(written="Oakford Animal Hospital, 1015 Main. A man whose dog died in surgery this morning came back and he's screaming at our vet tech that he's going to kill her, that he knows her car. He won't leave the lobby and he keeps slamming his fist on the counter. She's hiding in the back. Everybody in the waiting room is scared.",
         spoken="oakford animal hospital ten fifteen maine a man whose dog died in surgery this morning came back and he's screaming at our vet tech that he's going to kill her that he knows her car he won't leave the lobby and he keeps slamming his fist on the counter she's hiding in the back everybody in the waiting room is scared",
         at="2030-03-01 16:30", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="2+")],
         places=[("address", 1015, "Main Street")], category="disturbance", priority="high"),
    # A man in a food pantry line flicking a lighter and threatening to burn the church hall: a disturbance, high (a
    # threat, no fire and no weapon). "the food pantry at St. Joseph's, 140 Church Street" an address on a short street;
    # the volunteers "2+".
    dict(written="I'm running the food pantry at St. Joseph's, 140 Church Street, and a man who got turned away for coming twice this week is standing in the doorway flicking a lighter, saying he'll burn the whole hall down with us in it. He doesn't have any gas or anything that I can see. My volunteers are all in the kitchen.",
         spoken="i'm running the food pantry at saint joseph's one forty church street and a man who got turned away for coming twice this week is standing in the doorway flicking a lighter saying he'll burn the whole hall down with us in it he doesn't have any gas or anything that i can see my volunteers are all in the kitchen",
         at="2030-07-31 11:15", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("address", 140, "Church Street")], category="disturbance", priority="high"),
    # A bar patron who followed a waitress to her car, standing at her window saying he will wait for her at home: a
    # disturbance, high (a woman in danger). The waitress is a person; "the lot behind the Tap House on Walnut by 4th"
    # the intersection.
    dict(written="One of my waitresses just called me from her car in the lot behind the Tap House on Walnut by 4th. A customer we cut off followed her out and he's standing at her driver's window saying he knows where she lives and he'll be waiting for her there. She's locked in and too scared to drive home. He's wearing a green Celtics jacket.",
         spoken="one of my waitresses just called me from her car in the lot behind the tap house on walnut by fourth a customer we cut off followed her out and he's standing at her driver's window saying he knows where she lives and he'll be waiting for her there she's locked in and too scared to drive home he's wearing a green celtics jacket",
         at="2030-10-26 23:30", entities=[P(count="1", sex="female"), P(count="1", sex="male", clothing=["green jacket"])],
         places=[("intersection", "Walnut Street", "4th Street")], category="disturbance", priority="high"),
    # New Year's: a drunk man walking into the road screaming at the crowd leaving the bars and picking fights, no blow
    # yet: a disturbance, medium (going on). "Main by 4th" the intersection; the crowd "2+".
    dict(written="It's 1:15 and there's a drunk guy on Main by 4th walking out into the road screaming at the crowd coming out of the bars, trying to pick fights with anybody who looks at him. He's shoving his chest into people. No coat, just a white tank top in the snow. Nobody's hit anybody yet.",
         spoken="it's one fifteen and there's a drunk guy on main by fourth walking out into the road screaming at the crowd coming out of the bars trying to pick fights with anybody who looks at him he's shoving his chest into people no coat just a white tank top in the snow nobody's hit anybody yet",
         at="2030-01-01 01:17", entities=[("local", "2030-01-01 01:15"), P(count="1", sex="male", clothing=["white tank top"]), P(count="2+")],
         places=[("intersection", "Main Street", "4th Street")], category="disturbance", priority="medium"),
    # Two coaches screaming at each other at a Little League draft in a town building, a table knocked over: a
    # disturbance, medium (going on, no blow). "the community room at City Hall" the landmark; the parents "2+".
    dict(written="We're at the Little League draft in the community room at City Hall and two of the coaches are screaming at each other over a pick. One just flipped the folding table with all the paperwork on it. They're standing nose to nose. Nobody's swung yet but the parents are getting out of the way.",
         spoken="we're at the little league draft in the community room at city hall and two of the coaches are screaming at each other over a pick one just flipped the folding table with all the paper work on it they're standing nose to nose nobody's swung yet but the parents are getting out of the way",
         at="2030-03-10 19:50", entities=[P(count="2"), P(count="2+"), ("now",)],
         places=[("landmark", "City Hall")], category="disturbance", priority="medium"),
    # A party bus letting out a drunken bachelor party on a street, men climbing a lamppost: a disturbance, medium
    # (going on). "Main by 8th" the intersection; the bus (a type word) part of the event; "twenty guys" 3+ male.
    dict(written="A party bus just let out a bachelor party on Main by 8th and there's about twenty drunk guys yelling, peeing in the shop doorways, and one of them is trying to climb the lamppost. The bus is idling in the middle of the lane with its doors open. It's almost midnight.",
         spoken="a party bus just let out a bachelor party on maine by eighth and there's about twenty drunk guys yelling peeing in the shop door ways and one of them is trying to climb the lamp post the bus is idling in the middle of the lane with its doors open it's almost midnight",
         at="2030-06-08 23:50", entities=[V(type="bus"), P(count="3+", sex="male"), ("now",)],
         places=[("intersection", "Main Street", "8th Street")], category="disturbance", priority="medium"),
    # A man screaming at teenage workers at an ice cream stand's window over a wrong order: a disturbance, medium (going
    # on). "the ice cream stand next to the QuickStop" relative; the workers "2+" 13-19.
    dict(written="There's a grown man screaming at the teenage girls working the window at the ice cream stand next to the QuickStop because they got his order wrong. He's been at it five minutes, banging on the glass and calling them names, there's a line of little kids behind him. The girls are crying.",
         spoken="there's a grown man screaming at the teenage girls working the window at the ice cream stand next to the quick stop because they got his order wrong he's been at it five minutes banging on the glass and calling them names there's a line of little kids behind him the girls are crying",
         at="2030-08-27 15:30", entities=[P(count="1", sex="male"), P(count="2+", sex="female", age="13-19"), P(count="2+")],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="disturbance", priority="medium"),
    # Students throwing ice and batteries at a visiting team's bench, the game stopped: a disturbance, medium (going on;
    # no one hurt said). "the Oakford High football game" the landmark; the students "3+" 13-19, the visiting team and
    # the referees "2+".
    dict(written="Athletic director at the Oakford High football game. A section of our student fans is throwing cups of ice and AA batteries at the visiting team's sideline, and the refs just stopped the game and pulled both teams to the middle of the field. We're trying to clear that section but there's a couple hundred kids in it.",
         spoken="athletic director at the oakford high football game a section of our student fans is throwing cups of ice and double a batteries at the visiting team's side line and the refs just stopped the game and pulled both teams to the middle of the field we're trying to clear that section but there's a couple hundred kids in it",
         at="2030-09-20 20:10", entities=[P(count="3+", age="13-19"), P(count="2+"), P(count="2+"), ("now",)],
         places=[("landmark", "Oakford High School")], category="disturbance", priority="medium"),
    # Christmas Eve: a drunk brother-in-law smashing dishes and yelling, nobody touched: a disturbance, medium (going
    # on, children present; raises do not stack). The brother-in-law and the kids are persons; "412 9th Street" an
    # address.
    dict(written="My brother-in-law showed up drunk to Christmas Eve dinner at 412 9th Street and he's in the kitchen yelling at my sister and smashing her dishes on the floor one by one. He hasn't hit anybody. The kids are upstairs. We told him to go and he just laughs. Please send someone before it gets worse.",
         spoken="my brother in law showed up drunk to christmas eve dinner at four twelve ninth street and he's in the kitchen yelling at my sister and smashing her dishes on the floor one by one he hasn't hit anybody the kids are upstairs we told him to go and he just laughs please send someone before it gets worse",
         at="2030-12-24 21:00", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="2+")],
         places=[("address", 412, "9th Street")], category="disturbance", priority="medium"),
    # A church's new bell schedule at 7 every morning: a disturbance, low (a habit). "every morning, Saturdays too" a
    # habit; "the church across from me on Church Street" a place given only by a street (no place).
    dict(written="The church across from me on Church Street got a new electronic bell system and now it plays three hymns at 7 every morning, Saturdays too, loud enough to rattle my windows. I work nights at the hospital. I asked the office and they said it's a blessing. Is there a noise rule for this?",
         spoken="the church across from me on church street got a new electronic bell system and now it plays three hymns at seven every morning saturdays too loud enough to rattle my windows i work nights at the hospital i asked the office and they said it's a blessing is there a noise rule for this",
         at="2030-02-05 07:10", entities=[],
         places=[], category="disturbance", priority="low"),
    # A car wash's blowers running till 11 every night: a disturbance, low (a habit). "till 11 every night" a habit;
    # "the new car wash on Kingsley by 5th" the intersection.
    dict(written="The new self-serve car wash on Kingsley by 5th runs its big dryers till 11 every night and the bays face right into our backyard. It sounds like a jet taking off every ten minutes. We were here first. Who do I even talk to about this?",
         spoken="the new self serve car wash on kingsly by fifth runs its big dryers till eleven every night and the bays face right into our back yard it sounds like a jet taking off every ten minutes we were here first who do i even talk to about this",
         at="2030-05-06 10:00", entities=[],
         places=[("intersection", "Kingsley Avenue", "5th Street")], category="disturbance", priority="low"),
    # A pool party behind the caller's house until 2 the night before, over: a disturbance, low. "until 2 last night"
    # the end of a party (no time of an event said at its start); the neighbours' guests "2+".
    dict(written="I'm just reporting it so there's a record. The people behind me at 1024 Pine had a pool party last night with music and screaming until after 2, on a work night. I called them at midnight and they laughed. It's over now, everybody's gone. Third time this summer.",
         spoken="i'm just reporting it so there's a record the people behind me at ten twenty four pine had a pool party last night with music and screaming until after two on a work night i called them at midnight and they laughed it's over now everybody's gone third time this summer",
         at="2030-07-25 09:40", entities=[P(count="2+")],
         places=[("address", 1024, "Pine Street")], category="disturbance", priority="low"),
    # A man who yelled and swore at a girl at a bus stop the morning before, no threat: a disturbance, low (over, no
    # threat of harm). "Yesterday morning" no clock time said; the daughter and the man are persons; "the bus stop on
    # 10th and Elm" the intersection.
    dict(written="Yesterday morning a man at the bus stop on 10th and Elm screamed at my daughter and swore at her for 'staring at him' and followed her a few steps when the bus came. He didn't touch her. She's 15 and she doesn't want to take the bus now. He's there most mornings, big guy with a cane.",
         spoken="yesterday morning a man at the bus stop on tenth and elm screamed at my daughter and swore at her for staring at him and followed her a few steps when the bus came he didn't touch her she's fifteen and she doesn't want to take the bus now he's there most mornings big guy with a cane",
         at="2030-10-15 13:20", entities=[P(count="1", sex="male", build="heavy"), P(count="1", sex="female")],
         places=[("intersection", "10th Street", "Elm Street")], category="disturbance", priority="low"),
    # A neighbour blasting the anthem at his neighbour's house at 6 every morning since the election: a disturbance, low
    # (a habit, a feud). "since the election" no time; "6 every morning" a habit.
    dict(written="Ever since the election my neighbor at 1108 Spruce has been playing the national anthem on a big speaker pointed at my house at 6 every morning, because of the sign I had in my yard. It's petty and I'm tired. I don't want a fight, I just want somebody to tell him to knock it off.",
         spoken="ever since the election my neighbor at eleven oh eight spruse has been playing the national anthem on a big speaker pointed at my house at six every morning because of the sign i had in my yard it's petty and i'm tired i don't want a fight i just want somebody to tell him to knock it off",
         at="2030-11-08 10:15", entities=[P(count="1", sex="male")],
         places=[("address", 1108, "Spruce Street")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # A father fallen into a septic tank whose lid gave way, chest-deep in fumes: other, critical (a rescue, as train2's
    # trench). The father and the brother are persons; "1186 Birch" an address.
    dict(written="The lid on our septic tank just caved in while my dad was mowing over it and he fell in! He's up to his chest in it and he says he's getting dizzy from the smell, we can't reach him. My brother's holding a ladder down to him but he can't climb. 1186 Birch, out back. Please hurry.",
         spoken="the lid on our septic tank just caved in while my dad was mowing over it and he fell in he's up to his chest in it and he says he's getting dizzy from the smell we can't reach him my brother's holding a ladder down to him but he can't climb eleven eighty six burch out back please hurry",
         at="2030-05-12 15:20", entities=[P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[("address", 1186, "Birch Street")], category="other", priority="critical"),
    # A young man hanging by his hands from a third-floor balcony railing after trying to climb across: other, critical
    # (someone already hanging, holdout20's rule). The roommate a person; "the 3rd floor" no number of a place.
    dict(written="My roommate locked himself out and tried to climb over from the neighbor's balcony to ours, and he slipped and now he's hanging off the outside of our railing by his hands, we're on the 3rd floor! I've got his wrists but I can't pull him up. 1017 7th Street, around back. Hurry, please!",
         spoken="my roommate locked himself out and tried to climb over from the neighbor's balcony to ours and he slipped and now he's hanging off the outside of our railing by his hands we're on the third floor i've got his wrists but i can't pull him up ten seventeen seventh street around back hurry please",
         at="2030-07-28 00:40", entities=[P(count="1", sex="male")],
         places=[("address", 1017, "7th Street")], category="other", priority="critical"),
    # A teenager stuck hip-deep in river mud with the water coming up below a dam release: other, critical (someone
    # already caught, in the water). "the river behind the Old Mill Brewery" relative; the son and his friend persons.
    dict(written="My son walked out on the mud where the river's low behind the Old Mill Brewery and he's stuck up to his hips, he can't pull his legs out. His friend says the dam upstream blew its release horn and the water's already coming up around him. We can't get out to him, it just sucks you in.",
         spoken="my son walked out on the mud where the river's low behind the old mill brewery and he's stuck up to his hips he can't pull his legs out his friend says the dam up stream blew its release horn and the water's already coming up around him we can't get out to him it just sucks you in",
         at="2030-08-30 14:40", entities=[P(count="1", sex="male"), P(count="1")],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="other", priority="critical"),
    # A husband with early Alzheimer's gone two hours, the dog home alone with its leash: other, high (a missing
    # vulnerable person). "about two hours ago" minutes ago (last seen, holdout17); "He's 74" not annotated; "navy
    # parka" -> "blue coat".
    dict(written="My husband has early Alzheimer's and he took our dog for a walk about two hours ago. The dog just came home by himself dragging the leash. My husband's not answering his phone. He's 74, tall, navy parka and a grey wool hat. We live at 918 6th Street, he usually walks toward the library.",
         spoken="my husband has early alzheimer's and he took our dog for a walk about two hours ago the dog just came home by himself dragging the leash my husband's not answering his phone he's seventy four tall navy parka and a gray wool hat we live at nine eighteen sixth street he usually walks toward the library",
         at="2030-03-04 19:00", entities=[P(count="1", sex="male", height="tall", clothing=["blue coat", "grey hat"]), ("ago", 120)],
         places=[("address", 918, "6th Street")], category="other", priority="high"),
    # A boy frozen halfway up a water tower's ladder: other, high (a child in danger, not yet hanging; holdout20's
    # utility pole). "the water tower on Station Road" a place given only by a street (no place); his friends "2+".
    dict(written="A boy climbed the ladder on the water tower on Station Road on a dare and he's frozen about halfway up, maybe 60 feet, hugging the rungs and crying. He won't go up or down. His friends are at the bottom yelling at him and that's making it worse. He looks about 13.",
         spoken="a boy climbed the ladder on the water tower on station road on a dare and he's frozen about halfway up maybe sixty feet hugging the rungs and crying he won't go up or down his friends are at the bottom yelling at him and that's making it worse he looks about thirteen",
         at="2030-06-11 19:40", entities=[P(count="1", sex="male", age="10-16"), P(count="2+")],
         places=[], category="other", priority="high"),
    # A small boy who climbed inside an arcade claw machine and is stuck among the prizes: other, high (a child trapped,
    # breathing fine). "the arcade at Northgate Mall" the landmark; "He's 4" not annotated.
    dict(written="My son climbed up inside the claw machine at the arcade at Northgate Mall through the prize chute and now he's stuck in with the stuffed animals and he's panicking. He's 4. He's breathing fine, he's just screaming. The manager says he doesn't have the key, the vending company does.",
         spoken="my son climbed up inside the claw machine at the arcade at north gate mall through the prize chute and now he's stuck in with the stuffed animals and he's panicking he's four he's breathing fine he's just screaming the manager says he doesn't have the key the vending company does",
         at="2030-02-18 13:00", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("landmark", "Northgate Mall")], category="other", priority="high"),
    # An older hiker lost in the town forest at dusk, phone nearly dead: other, high (a missing vulnerable person). "the
    # town forest" no place; "this afternoon" (when she set out, the start) 14:00; "She's 71" not annotated; "5%" no
    # number.
    dict(written="My mother went hiking in the town forest off the end of Old Mill Road this afternoon and she just called me, she's lost and it's getting dark. Her phone's on 5% and she says she's cold. She's 71 and she has a bad knee. She says she can hear water but she can't see the trail.",
         spoken="my mother went hiking in the town forest off the end of old mill road this afternoon and she just called me she's lost and it's getting dark her phone's on five percent and she says she's cold she's seventy one and she has a bad knee she says she can hear water but she can't see the trail",
         at="2030-10-12 17:40", entities=[P(count="1", sex="female"), ("local", "2030-10-12 14:00")],
         places=[], category="other", priority="high"),
    # A broken footbridge railing hanging over the river where children fish: other, medium (a hazard). "the footbridge
    # at Riverside Park" the landmark; "three of them" a count (the kids, "right now" where they are, now).
    dict(written="The railing on one side of the footbridge at Riverside Park has snapped off and it's hanging down toward the river by a couple of bolts. There's nothing to stop anybody falling off that side now. The kids fish off that bridge all the time, there's three of them on it right now. Somebody needs to tape it off.",
         spoken="the railing on one side of the foot bridge at river side park has snapped off and it's hanging down toward the river by a couple of bolts there's nothing to stop anybody falling off that side now the kids fish off that bridge all the time there's three of them on it right now somebody needs to tape it off",
         at="2030-04-28 15:00", entities=[P(count="3"), ("now",)],
         places=[("landmark", "Riverside Park")], category="other", priority="medium"),
    # A dead elm cracked and leaning over a bus stop: other, medium (a hazard, nobody hurt). "the bus stop on 3rd and
    # Pine" the intersection.
    dict(written="The big dead elm next to the bus stop on 3rd and Pine has a crack down the trunk you can put your hand in, and since the storm it's leaning right over the shelter. Kids wait there for the summer camp bus every morning. I'm scared it's going to come down on somebody.",
         spoken="the big dead elm next to the bus stop on third and pine has a crack down the trunk you can put your hand in and since the storm it's leaning right over the shelter kids wait there for the summer camp bus every morning i'm scared it's going to come down on somebody",
         at="2030-06-17 11:30", entities=[],
         places=[("intersection", "3rd Street", "Pine Street")], category="other", priority="medium"),
    # A man in a hospital gown with an IV port walking down a street in the rain: other, medium (a vulnerable person,
    # not reported missing; as holdout16's goose, medium). "9th Street by Maple" the intersection; "St. Mary's" where he
    # says he came from (no place of the event).
    dict(written="There's an older man walking down 9th Street by Maple in the rain in just a hospital gown and socks, he's got an IV port still taped to his arm. He says he's walking home from St. Mary's and he's fine, but he's shivering and he doesn't seem to know where home is. I gave him my umbrella.",
         spoken="there's an older man walking down ninth street by maple in the rain in just a hospital gown and socks he's got an i v port still taped to his arm he says he's walking home from saint mary's and he's fine but he's shivering and he doesn't seem to know where home is i gave him my umbrella",
         at="2030-09-26 18:10", entities=[P(count="1", sex="male", age="60-90")],
         places=[("intersection", "9th Street", "Maple Avenue")], category="other", priority="medium"),
    # A carbon monoxide alarm going off with nobody sick: other, medium (a hazard; not fire, no symptoms). The family
    # "2+"; "the furnace guy" no person (not there).
    dict(written="Our carbon monoxide detector keeps going off in the hallway, it's the loud beeping pattern, not the battery chirp. Nobody feels sick. We opened the windows and went out on the porch with the kids. The furnace guy can't come till tomorrow. 227 12th Street. Should somebody check it?",
         spoken="our carbon monoxide detector keeps going off in the hall way it's the loud beeping pattern not the battery chirp nobody feels sick we opened the windows and went out on the porch with the kids the furnace guy can't come till tomorrow two twenty seven twelfth street should somebody check it",
         at="2030-12-15 10:20", entities=[P(count="2+")],
         places=[("address", 227, "12th Street")], category="other", priority="medium"),
    # The caller's house listed for rent online by a stranger, people arriving to view it: other, low (a fraud, no one
    # in danger). "1140 Oak" an address; the couple who came "2"; "$1,200" no number.
    dict(written="Somebody posted my house at 1140 Oak for rent online with pictures from when I bought it, $1,200 a month, and they're taking deposits through an app. A couple just showed up at my door to 'see the place' and they already paid $600. It's not for rent, I live here.",
         spoken="somebody posted my house at eleven forty oak for rent online with pictures from when i bought it twelve hundred dollars a month and they're taking deposits through an app a couple just showed up at my door to see the place and they already paid six hundred dollars it's not for rent i live here",
         at="2030-01-14 17:00", entities=[P(count="1"), P(count="2")],
         places=[("address", 1140, "Oak Street")], category="other", priority="low"),
    # A crashed drone with a camera found in a yard: other, low (found property). "1059 3rd Street" an address;
    # "somebody" who was flying it is a person (someone who did a thing).
    dict(written="A drone crashed into my backyard at 1059 3rd Street sometime this morning, it's a pretty expensive one with a big camera on it. Nobody's come looking for it. I don't love the idea that somebody was flying a camera over my yard. Do I bring it to the police station?",
         spoken="a drone crashed into my back yard at ten fifty nine third street sometime this morning it's a pretty expensive one with a big camera on it nobody's come looking for it i don't love the idea that somebody was flying a camera over my yard do i bring it to the police station",
         at="2030-04-09 14:20", entities=[P(count="1")],
         places=[("address", 1059, "3rd Street")], category="other", priority="low"),
    # A wedding ring lost at a pool, a question about lost and found: other, low. "the Community Pool" the landmark;
    # "yesterday" alone no time.
    dict(written="I lost my wedding ring at the Community Pool yesterday, I think it slipped off in the deep end. The lifeguards said they'd look but they're teenagers and they're busy. Does the town have a lost and found for the pool, or is there somebody with a metal detector who could check the drain?",
         spoken="i lost my wedding ring at the community pool yesterday i think it slipped off in the deep end the life guards said they'd look but they're teenagers and they're busy does the town have a lost and found for the pool or is there somebody with a metal detector who could check the drain",
         at="2030-07-01 10:30", entities=[P(count="2+", age="13-19")],
         places=[("landmark", "Community Pool")], category="other", priority="low"),
    # Rabbits in a cage set out at the curb with the trash on a cold morning: other, low (an animal matter, no one in
    # danger). "1017 Pine" an address; "Somebody" who set them out a person.
    dict(written="Somebody put a wire cage with three rabbits in it out at the curb with the trash at 1017 Pine, no food or water, and it's 28 degrees this morning. The house looks empty, like they moved out. I don't want them to go in the garbage truck. Who handles animals?",
         spoken="somebody put a wire cage with three rabbits in it out at the curb with the trash at ten seventeen pine no food or water and it's twenty eight degrees this morning the house looks empty like they moved out i don't want them to go in the garbage truck who handles animals",
         at="2030-11-01 08:40", entities=[P(count="1")],
         places=[("address", 1017, "Pine Street")], category="other", priority="low"),
]

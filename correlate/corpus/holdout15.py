"""A sixteenth hand-written set (90 tips), the blind set after holdout14, written blind: its author read only the
corpus README, the corpus scripts (holdout14.py, holdout13.py, holdout12.py, hand.py and make_corpus.py's geometry
helpers, hand_records and set registration in full for the format, the place truth and the label conventions; the
docstrings (or their openings) of holdouts 6-11 and train1-3 for the situations, periods and choices they add;
town.py; and the written text of every earlier tip in hand.py, holdouts 1-14 and train1-3, searched by keyword and
compared by word overlap to repeat none of their situations or wording) and the town data (config/demo/README.md and
town.py, from which config/demo/town.geojson is made), and never opened the extractor's source, its tests, examples
or benches, nor the gateway, the ASR, vision, telephony or ONNX code, nor the fuzz targets, nor the repository
README, nor any .jsonl file but its own output, nor read the commit history, nor ran cargo, the extractor, `tipline`
or any evaluation, nor saw any score or miss list. It is the next honest estimate for phrasing the extractor has
never seen.

It is set in the week before Labor Day 2027 (Monday 30 August to Sunday 5 September): a heat wave from the Monday to
the Friday, with the library open as a cooling center; the first day of school at Lincoln Elementary and Oakford
High on the Wednesday; the Ashby County Fair at Riverside Park from the Thursday to the Sunday (midway, livestock
barns, campground, a demolition derby on the Saturday night, closing fireworks on the Sunday night); Oakford High's
first home football game on the Friday night; and the Labor Day weekend (Food Truck Night on Market Street and a
beer fest at the Old Mill Brewery on the Saturday, cookouts, the Community Pool's last weekend and its dog swim day
on the Sunday). No earlier set is set in a late-summer week, and none has a county fair, a first day of school or a
cooling center. New situations: a pistol fired in the air over a shady parking spot, a knife held to a midway game
worker over "rigged" hoops, a machete shown off in the derby grandstand, a handgun pointed at a parcel driver days
before (a web tip), a pistol in a waistband at a football gate, a hammer through an apartment door, three bangs and
a boy down behind the cinema (a text); box fans on a power strip, a fried-dough trailer, hay burning in a pickup
bed, a wrecked derby car smouldering since the night before, an SUV burning in a school drop-off loop, fireworks in
the brush across the river; heat collapse and a seizure in a cattle barn, a fall from hay bales, a gasoline grill
flash, a rider thrown from a mechanical bull, heat illness from practice the day before, blood-pressure pills taken
twice, a head strike on a pool ladder (EMS shorthand); a giant stuffed unicorn, a jet ski sold at gunpoint, raffle
money, a derby pool won and taken, a laptop bag on move-in day, an oxycodone hold-up (dispatch); a woman dragged by
her hair, a punch in a drop-off line, wasp spray in a boy's face, a boy slammed into a bus-stop pole, a non-native
tenant pushed down stairs over a dripping air conditioner, a derby driver dragged from his car, a shove at a loading
dock (a web report); a man inside campers' house, an alarm at a school science wing, kayaks from a garage while a
son was driven to college, a screen popped on an old woman's window, a fair tack room, a VFW hall; a school-supply
drive, a show rabbit, a cooler of water left for delivery drivers, keys from a pool towel and the car with them, a
bass boat hitched away, catalytic converters from school buses, electricity for a neighbour's pool pump; a hayride
wagon tipped into a ditch, a crash with a landscaping trailer, a road buckled by the heat, a fake phone number after
a rear-ending, a weaving livestock trailer, football parking that turns a fire truck back, U-turns at a high school;
a rifle-rack pickup trailing a cross-country team, a car casing Labor Day houses, a rental car left in an overflow
lot, a box truck at a sheep barn at night, a jeep on a practice field, a car filming a cash office; a man with a
STAFF lanyard leading walkers to a van, a man in a women's restroom, a man in a kids' tree house, a man
photographing a girl at the cooling center, candy and toy cars on a porch, a woman trying camper doors, a man
following two 14-year-olds (a text); pills behind a ride, a pistol in a fanny pack, Adderall in a locker room, a
ride crew's meth (a web tip), cocaine in a beer-fest line, a smell in the heat; a fire extinguisher sprayed into
open cars, tires cut at a fair, a drain grate pulled up, mums torn from planters, dye in a pool, bleachers painted;
a man shouting at a cooling center, a threat to drown a wife at a cookout, midway speakers, a drunk at a beer tent,
doorbells and a water balloon, a chainsaw over a branch; a girl held down by a pool drain, a mother missing from a
senior-center bus, a loose steer in a playground (non-native), a Facebook rumour, a hot-air balloon landing, horses
shut in a trailer in the sun.

Registers: calm, frightened, angry, hesitant ("Not sure who to call about this", "This is kind of petty", "This is
probably weird to call about", "This is probably nothing", "Not an emergency, just weird", "Is it true ...?"),
elderly ("I'm 86 and I'm the quartermaster"), a teenager's text ("theres this guy ... rn"), a text in lower case
without apostrophes (the bangs), non-native ("his air conditioner drip water all day on my balcony", "a big black
cow with white face is running in the children playground ... many children is there"), second-hand (a nephew on a
ride crew, a freshman son, a parcel driver through her dispatcher, a bus driver's word on a missing mother, fair
security's request), workplace callers (a ticket gate, fair maintenance, fair night security, a pool manager, an
athletic office, a bus yard, a cross-country coach, a crossing guard, a VFW quartermaster, a parcel company, an
alarm company), web-form notes ("Web tip:", "Web report:"), dispatch, EMS and alarm-company shorthand ("approx
2140", "Susp W/M 20s, 6'1\"", "SB on 9th", "F approx 40", "brief LOC", "A&O x2", "lac", "0205 hrs", "Requesting
units", "M, 40s"), and three self-corrections (a house number, a cross street, a plate letter), annotated as
corrected. Spoken forms add fillers, split words ("glove box", "grand stand", "ear plugs", "drop off", "epi pen",
"tail gate", "air bags", "pick up", "mini van", "side walk", "back pack", "flash light", "drive way", "back yard",
"tree house", "flood light", "door bell", "rest room", "band stand", "track suit", "life guards", "hay ride", "s u
v", "t shirt", "c x five", "f two fifty", "r v", "v f w"), the usual mishearings (hawthorne, river side, fresh mart,
quick stop, north gate, wall nut, chest nut, burch, mabel, mill brook, oak ford high) and plates letter by letter,
in the NATO alphabet ("nine charlie victor"), as "b as in boy", and partial ("first three on the plate were WKD",
"starts with Z9"). Numbers that are not addresses: "apartment 2", "rooms 112 and 114", "0205 hrs", "$600", "40
bucks", "five bucks a pill", "the 50 yard line", "like twenty people", "four of our school buses", "three sales in
five minutes", "like 96 out", "her pulse is like 40", "maybe 35", "maybe 60", "like 50", "Maybe 15", "at 6:15", "at
7:20", "till 5", "till 11", "by 9", ages of victims, relatives and callers. Look-alike words that are not places or
entities: "a maple branch", "a toy car", "Ashby Fire Dept" on a t-shirt, "Ashby Valley" on a shirt, "the Oakford
moms Facebook group", "Swift Parcel", "the Lions Club", "the garden club", "the 4-H bake sale", "the elementary
school", "the park" and "the fair", "the midway", "the fair parking lot" and "the county fair" alone. Tips with no
place (a stuffed unicorn in "the fair parking lot", raffle money at Food Truck Night "on Market Street", a text from
"the midway", a ride crew's meth at "the county fair", speakers "across River Road from the park", a mother lost
from "the fair", a rumour) and places given only by a street ("east on Pine", "toward main", "toward River Road",
"toward Elm", "SB on 9th", "east on Walnut", "the houses on Spruce", "toward Oak", "a silver van on Pine", "on
3rd").

Same format and conventions as hand.py and holdouts 4-14 (written to extraction_holdout15.jsonl), with the choices
holdout6.py to holdout14.py, train1.py and train2.py list (holdout14, then holdout13, then holdout12, then earlier
sets where they differ): every person other than the caller annotated once, also one named through a possessive; a
described member of a group a separate person only with their own attributes; people said to be away, absent or dead
not annotated; partial plates as said; corrected values as corrected; "last night" 23:00 the day before, "overnight"
02:00, "this afternoon" / "yesterday afternoon" 14:00, "since ..." the start; habits, durations, weekdays, dates,
schedule and future times are not times; "about N" / "maybe N" / "like N" years N-3..N+3, a decade ("20s", "50s")
its ten years, teens 13-19, old/older 60-90, young 18-29; victims', relatives' and callers' stated or estimated ages
not annotated, a descriptive age word for a victim is; a vehicle's type only when a type word is in its description
and not when a model describes the same vehicle; base priorities weapon, fire, medical, robbery, assault high,
burglary, theft, traffic medium, the rest low; critical for a weapon in use or a life at risk, high for an injury or
a weapon seen, low to medium for children at risk, one step (not above high) for an event still happening (a said
time within 15 minutes, or with no time said a present progressive for a low call), one step lower when more than
six hours old (weapons and robberies used hours or days ago included, as a weapon seen); raises do not stack; child
luring and a missing vulnerable person high.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: new use of the type "hammer" (train2's) for a hammer smashing through a door two women hide behind, with
  a threat to kill: in use, critical (as holdout12's knife jabbed at a window). A pistol fired into the air over a
  crowded lot is in use (holdout9). A knife held to a game worker's neck is in use. A machete slid half out of its
  sheath to show people, pointed at nobody, is a weapon seen (high). A handgun pointed on the Monday, told on the
  Wednesday, and a knife flashed in a robbery the night before, are weapons used days or hours ago: seen, lowered to
  medium. A pistol in a waistband at a football gate, a rifle in a pickup's window rack and a pistol shown from a
  dealer's fanny pack are weapons seen (high). Three bangs and a boy shot, no gun named, give no weapon entity
  (holdout12) and stay critical. Not weapons: wasp spray sprayed in a face (improvised, as train1's beer bottle), a
  running chainsaw held up to a branch, scissors a lifeguard uses, a fire extinguisher sprayed into cars.
- Categories: the pistol fired over a parking spot, the knife at the game and the hammer at the door are weapon
  calls (the weapon is the event). A rider thrown from a mechanical bull, unconscious and breathing badly, is
  medical, critical. A boy ill from practice the afternoon before is medical, medium (judged by the event, as
  holdout12's fall). A woman held down by her hair while being punched and going limp is assault, critical; wasp
  spray in a 12-year-old's eyes is assault, high. A jet ski taken at gunpoint by a buyer is robbery, critical; a
  bank bag of raffle money yanked from a girl who is knocked down is robbery, high. An alarm company's 0205 told at
  02:11 is burglary still happening (high). A kayak-and-golf-club garage entered any time since Thursday is low
  (plainly days old). A fenced pool entered only to dump dye and chairs is vandalism, not burglary (low, overnight).
  A man drawing power for his pool pump all summer is theft, medium (a habit gives no time and nothing lowers a
  theft still going on). A road buckled by heat is traffic, medium; U-turns at a school every morning are traffic,
  low (a habit). A pickup trailing girls on a run with a rifle in its rack is a suspicious vehicle, high (a weapon
  seen); a box truck at a sheep barn at night with two men inside is a suspicious vehicle, medium (the guard cannot
  tell whether they belong). A man leading three small children toward a van with a false story is child luring
  (suspicious person, high), not yet a child taken. A man in a kids' tree house the night before is a suspicious
  person, low; candy and toy cars left on a porch three mornings running are low. Adderall sold to freshmen in a
  locker room is drugs, medium (children are the buyers, as holdout12's gummies to teenagers). A threat to drown a
  wife held by the arm, no blow, is a disturbance, high (a woman in danger, as holdout14's threat). A girl held
  under by a pool drain is other, critical (a rescue); an 84-year-old with a bad heart missing from a bus is other,
  high (a missing vulnerable person); a loose steer among children and horses shut in a trailer in the sun are
  other, medium (going on); a Facebook rumour and a hot-air balloon landing are other, low.
- Vehicles: "Nissan Maxima" maxima, "Honda Pilot" pilot (the SUV it is said to be takes no type), "Toyota Tundra"
  tundra, "Mazda CX-5" cx-5, "Chevy Colorado" chevrolet colorado, "Subaru Crosstrek" crosstrek, "Chevy Equinox"
  chevrolet equinox, "Ford F-250" f-250, "Chevy Malibu" chevrolet malibu, "Nissan Sentra" sentra, "Jeep Wrangler"
  wrangler, "Dodge Durango" durango, "Dodge Dakota" dakota; "a white Lexus SUV" is make lexus and type suv and "Red
  Ford pickup" make ford and type pickup (a make and a type word, train2); "a rusty blue pickup" is blue pickup, "a
  white box truck" white truck, "a landscaping truck" and "a fire truck" truck, "Grey minivan" grey minivan, "a
  black pickup" black pickup. Annotated as part of the event: a car that peels out after shots, a burning pickup, a
  burning derby car, the burglar's motorcycle, the robber's bike and the kid's bike, the school buses robbed of
  their converters (one bus entity), the caller's pickup whose tires are cut, a motorcycle that nearly goes down on
  a buckled road, the fire truck turned back, the pickup a horse trailer is hitched to. Not vehicles: a jet ski, a
  bass boat, horse and livestock trailers and a hayride wagon and its tractor (no road-vehicle type), a skateboard,
  a toy car, a chase truck that is not there, a truck the caller stands at, buses a U-turn cuts in front of.
- Persons: "Everybody in the lot", "the people around him", "the workers", "People" filming, "the teachers", "the
  other kids", "kids", "the flaggers", "the ride crews", "the lifeguards", "everybody at the party", "everybody in
  the folding chairs", "the staff", "our bartenders'", "parents", "Little girls" (female), "my girls" (female),
  "Men" (male) and "my kids" are "2+"; "like twenty people" is "3+"; "Two guys", "two teenage boys" (13-19), "Three
  guys", "Four guys", "two people", "three of the little walkers", "our boys" (male), "the three people in the
  basket" and "Two neighbors" are counts; "one of them" with a t-shirt of four guys, "One ... white Yankees hat" and
  "the other a green hoodie", "One's in a white Nike tracksuit" and "the other's got ... a green tank top" are
  persons of their own. The neighbours away camping, "the owners" at the fair, a son away at college, a rumoured man
  and van, names of companies and clubs ("Swift Parcel", "the Lions Club", "the garden club", "Fair security") are
  not persons. Ages: "maybe 35" 32-38, "maybe 60" 57-63, "old, like 50" 47-53 (the number wins), "Maybe 15" 12-18,
  "50s" 50-59, "W/M 20s" 20-29, "M, 40s" 40-49, "a senior" (a role word, as "a high schooler") 13-19, "the teenage
  girl" and "one of the teenage boys" (victims) 13-19, "a young woman" (a victim) 18-29, "the old lady" (a victim)
  60-90; "my 12 year old", "my 13 year old", "she's maybe 12", "she's 79", "She's 84", "I'm 86", "we're 14", "our
  boys are 5 and 7", "F approx 40" and "My 8 year old" are not annotated. Clothing: "Bass Pro hat" -> "hat", "white
  Yankees hat" -> "white hat", "white bucket hat" -> "white hat", "pink hat", "ball cap" and "backwards cap" ->
  "cap", "grey muscle shirt" -> "grey shirt", "sleeveless camo shirt" -> "camo shirt", "orange Ashby Valley shirt"
  -> "orange shirt", "orange Hawaiian shirt" -> "orange shirt", "a polo" -> "shirt" and "pink polo" -> "pink shirt"
  (holdout10), "white Nike tracksuit" -> "white tracksuit", "blue surgical mask" -> "blue mask", "Army jacket" ->
  "jacket", "red Ashby Fire Dept t-shirt" -> "red t-shirt", "purple cardigan", "white sneakers", "camo shorts",
  "cargo shorts", "jeans", "red bandana" and the tank tops kept; sunglasses, a beard, dreads, tattoos, a fanny pack,
  a lanyard, a cane, a helmet, long grey hair, a crew cut, baldness and shirtlessness are not clothing.
- Times: "On Monday around 3 p.m." is 15:00 on that Monday (holdout10's weekday with a clock time); "its 10:40"
  after the bangs is that time; "last night around 10:30", "Last night around 11:30" and "Last night around 9:45"
  are those times the day before; "This morning around 7:30" 07:30; "approx 2140", "approx 1420" and "0205 hrs" are
  clock times; "since last night" gives its start (23:00); "around 1" for a mother last seen is the event's time (as
  holdout13's skater); "maybe a minute ago", "maybe two minutes ago", "about 25 minutes ago" and "about an hour ago"
  are minutes ago; "right now", "rn", "He's in there now", "He's walking along the fence ... now" and "It's parked
  by the exit gate now" (where the actor is) are now, while a narrative "now" ("now there's flames", "now he's
  having a seizure", "now the awning's burning", "now my car's gone") is not. Not times: "Tuesday afternoon", "We
  left Thursday", "since Thursday", "over the weekend", "On Monday at the start of my shift", "on the very first
  day", "Ever since school started", "every night this week around 1 a.m." and "every night till 11" (habits), "at
  6:15" and "at 6" (discoveries), "at 7:20", "by 9", "till 5" and "tonight" (requests and schedules), "in the last
  half hour", "in the last hour", "for the last mile", "for like an hour", "almost a minute", "the half hour I've
  been here", "all summer", "Three mornings in a row", "Friday" (a game), "today", a bare "this morning".
- Places: "the FreshMart lot", "the midway ... Riverside Park", "the demolition derby at the county fair in
  Riverside Park", "the cattle barn at the fair in Riverside Park", "the barn at the back of Riverside Park", "the
  picnic tables by the front gate, inside Riverside Park", "the pit at Riverside Park", "the grandstand at Riverside
  Park", "the sheep barn at the fair in Riverside Park", "the fair campground at Riverside Park", "the playground of
  Riverside Park", "the drop-off loop at Lincoln Elementary", "the Oakford High football game", "football practice
  at Oakford High", "the Oakford High practice field", "the boys' locker room" at Oakford High, "the cooling center
  at the library", "the front doors of the Oakford Public Library", "the Community Pool parking lot", "the pool deck
  at the Community Pool", "the FreshMart loading dock", "the bandstand in Maple Square" and "the Labor Day beer fest
  at the Old Mill Brewery" are the landmark; "the alley behind the grand cinema", "on River Road by Riverside Park",
  "the overflow lot by Riverside Park", "the river across from Riverside Park", "by the River Road entrance to
  Riverside Park", "River Road by the QuickStop", "They're by the QuickStop", "Bus yard behind Lincoln Elementary",
  "the field behind Lincoln Elementary", "pinging near Northgate Mall", "the light by Northgate Mall", "the big
  planters in front of City Hall" and "in front of 1120 Birch" are relative; "Birch and 2nd", "7th and Pine", "the
  corner of 4th and Willow", "Kingsley near 6th" and "9th and Walnut, sorry, 9th and Chestnut" are intersections;
  "Hawthorn between 2nd and 3rd", "Pine between 7th and 8th", "Maple between 10th and 11th" and "5th between Oak and
  Maple" (800) are blocks; "in Millbrook", "in Riverside" (not the park) and "in the West End" are neighbourhoods
  beside an address, "toward downtown" and "toward the Station Quarter" neighbourhoods (destinations); "452
  Hawthorn, no, 425 Hawthorn" is 425 Hawthorn Avenue; "150 Church Street" an address on a short street. A caller's
  workplace named only to say who is calling ("Cross-country coach at Oakford High") is not the event's place when
  the event is elsewhere.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 1, 2, 9, 10, 12, 14, 17, 21, 23, 28, 29, 32, 47, 52, 75, 79 and 89 (1-based, in
file order) gained ("now",).

"""
from hand import P, V, W

HOLDOUT15 = [
    # ---------------------------------------------------------------- weapon
    # A pistol fired into the air over a crowded lot is a weapon in use (critical, as holdout9's party gun).
    dict(written="Two guys were screaming at each other over the one shady parking spot in the FreshMart lot and one of them just grabbed a pistol out of his glovebox and fired it twice straight up in the air, then took off east on Pine in a gold Nissan Maxima. Everybody in the lot hit the ground. First three on the plate were WKD, that's all I got.",
         spoken="two guys were screaming at each other over the one shady parking spot in the fresh mart lot and one of them just grabbed a pistol out of his glove box and fired it twice straight up in the air then took off east on pine in a gold nissan maxima everybody in the lot hit the ground first three on the plate were w k d that's all i got",
         at="2027-08-31 17:45", entities=[P(count="2", sex="male"), W("handgun"), V(colour="gold", make="nissan", model="maxima", plate="WKD", direction="east"), P(count="2+"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="weapon", priority="critical"),
    # "Bass Pro hat" is a hat with no colour; the game worker ("just a kid") has no age.
    dict(written="A guy on the midway at the fair just reached over the counter of the basketball game and he's holding a knife to the game worker's neck, screaming that the hoops are rigged and he wants his money back. The worker's just a kid, he's frozen. Riverside Park, right by the Ferris wheel. Guy's in a Bass Pro hat and a black tank top.",
         spoken="a guy on the midway at the fair just reached over the counter of the basketball game and he's holding a knife to the game worker's neck screaming that the hoops are rigged and he wants his money back the worker's just a kid he's frozen river side park right by the ferris wheel guy's in a bass pro hat and a black tank top",
         at="2027-09-02 20:15", entities=[P(count="1", sex="male", clothing=["hat", "black tank top"]), W("knife"), P(count="1", sex="male"), ("now",)],
         places=[("landmark", "Riverside Park")], category="weapon", priority="critical"),
    # A machete slid half out of its sheath to show people, pointed at nobody: a weapon seen (high).
    dict(written="I'm at the demolition derby at the county fair in Riverside Park. A drunk guy a few rows up in the grandstand has a machete in a sheath on his back and he keeps sliding it halfway out to show the people around him and laughing. No security anywhere. Shirtless, red bandana, big beard.",
         spoken="yeah i'm at the demolition derby at the county fair in river side park a drunk guy a few rows up in the grand stand has a machete in a sheath on his back and he keeps sliding it halfway out to show the people around him and laughing no security anywhere shirtless red bandana big beard",
         at="2027-09-04 20:50", entities=[P(count="1", sex="male", clothing=["red bandana"]), W("machete"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="weapon", priority="high"),
    # Pointed on the Monday, told on the Wednesday: a weapon used days ago, seen and lowered to medium.
    # "Swift Parcel" is a company, not a person; "50s" of the resident is 50-59 (as holdout8's "20s").
    dict(written="Web tip from Swift Parcel dispatch: On Monday around 3 p.m. the resident at 844 Oak Street came out and pointed a black handgun at our driver because she had parked with two wheels on his grass to get in the shade. Driver was not hurt and only reported it to us this morning. Resident is a white male, 50s, grey crew cut.",
         spoken="web tip from swift parcel dispatch on monday around three p m the resident at eight forty four oak street came out and pointed a black hand gun at our driver because she had parked with two wheels on his grass to get in the shade driver was not hurt and only reported it to us this morning resident is a white male fifties gray crew cut",
         at="2027-09-01 11:30", entities=[P(count="1", sex="male", age="50-59"), W("handgun"), P(count="1", sex="female"), ("local", "2027-08-30 15:00")],
         places=[("address", 844, "Oak Street")], category="weapon", priority="medium"),
    # A pistol seen in a waistband at a football gate: a weapon seen (high). "Ashby Valley" is a school, not a place.
    dict(written="Ticket gate at the Oakford High football game. A man wouldn't let us look in his bag, and when he turned to walk away his shirt rode up and he's got a pistol stuck in the back of his jeans. He's walking along the fence toward the visitors' bleachers now. Orange Ashby Valley shirt, jeans, maybe 35.",
         spoken="ticket gate at the oak ford high football game a man wouldn't let us look in his bag and when he turned to walk away his shirt rode up and he's got a pistol stuck in the back of his jeans he's walking along the fence toward the visitors bleachers now orange ashby valley shirt jeans maybe thirty five",
         at="2027-09-03 19:05", entities=[P(count="1", sex="male", age="32-38", clothing=["orange shirt", "jeans"]), W("handgun"), ("now",)],
         places=[("landmark", "Oakford High School")], category="weapon", priority="high"),
    # A hammer smashing through the door of a room two women hide in, with a threat to kill: in use (critical,
    # as holdout12's knife jabbed at a window). "apartment 2" is not a house number.
    dict(written="My roommate's ex is outside our door with a hammer, he's already smashed the peephole and knocked a big hole in the door and he's screaming he's going to kill her. We're locked in the bathroom. 622 Walnut, apartment 2. Please hurry, I can hear the door cracking.",
         spoken="my roommate's ex is outside our door with a hammer he's already smashed the peep hole and knocked a big hole in the door and he's screaming he's going to kill her we're locked in the bathroom six twenty two walnut apartment two please hurry i can hear the door cracking",
         at="2027-09-01 23:30", entities=[P(count="1", sex="male"), W("hammer"), P(count="1", sex="female")],
         places=[("address", 622, "Walnut Street")], category="weapon", priority="critical"),
    # Bangs and a boy shot, no gun named: no weapon entity (holdout12), still critical. "its 10:40" is the event's time;
    # the car that peeled out is the event's (type car).
    dict(written="3 loud bangs in the alley behind the grand cinema and a car peeled out toward main, theres a boy on the ground by the dumpster and his friend is yelling hes been shot. im inside the kitchen door next door. its 10:40",
         spoken="three loud bangs in the alley behind the grand cinema and a car peeled out toward main there's a boy on the ground by the dumpster and his friend is yelling he's been shot i'm inside the kitchen door next door it's ten forty",
         at="2027-09-03 22:41", entities=[V(type="car"), P(count="1", sex="male"), P(count="1"), ("local", "2027-09-03 22:40")],
         places=[("relative", ("landmark", "Grand Cinema"))], category="weapon", priority="critical"),

    # ---------------------------------------------------------------- fire
    dict(written="Fire at 452 Hawthorn, no, 425 Hawthorn! The box fans on the power strip in my brother's room upstairs must've caught, there's flames in his window and he's not answering, he sleeps with earplugs. Me and my mom got out the front. Please hurry!!",
         spoken="fire at four fifty two hawthorne no four twenty five hawthorne the box fans on the power strip in my brother's room upstairs must've caught there's flames in his window and he's not answering he sleeps with ear plugs me and my mom got out the front please hurry",
         at="2027-08-31 03:10", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 425, "Hawthorn Avenue")], category="fire", priority="critical"),
    dict(written="The fried dough trailer on the midway at the county fair just went up, the fryer caught and now the awning's burning and the propane tanks are right there on the back. The workers got out. People are standing around filming it way too close. Riverside Park, by the Scrambler.",
         spoken="the fried dough trailer on the midway at the county fair just went up the fryer caught and now the awning's burning and the propane tanks are right there on the back the workers got out people are standing around filming it way too close river side park by the scrambler",
         at="2027-09-02 19:30", entities=[P(count="2+"), P(count="2+"), ("now",)],
         places=[("landmark", "Riverside Park")], category="fire", priority="high"),
    # The burning pickup is annotated; the horse trailer has no type and the horses do not make it critical.
    dict(written="A pickup hauling hay into the fair just pulled over on River Road by Riverside Park because the bales in the back caught fire, I think from the exhaust. The whole bed's burning now and the driver's trying to unhitch the horse trailer behind it with the horses still in it!",
         spoken="a pick up hauling hay into the fair just pulled over on river road by river side park because the bales in the back caught fire i think from the exhaust the whole bed's burning now and the driver's trying to unhitch the horse trailer behind it with the horses still in it",
         at="2027-09-03 08:20", entities=[V(type="pickup"), P(count="1"), ("now",)],
         places=[("relative", ("landmark", "Riverside Park"))], category="fire", priority="high"),
    # Smouldering since last night (23:00), flaring at 08:45: fire lowered to medium (as holdout13's tree pile).
    # The burning derby car is a car; "the grandstand at Riverside Park" is the park.
    dict(written="Fair maintenance here. One of the wrecked derby cars in the scrap pile behind the grandstand at Riverside Park has been smouldering since last night, and this morning the seats inside are flaming up again and the smoke's blowing over the people camping in the RV lot.",
         spoken="fair maintenance here one of the wrecked derby cars in the scrap pile behind the grand stand at river side park has been smoldering since last night and this morning the seats inside are flaming up again and the smoke's blowing over the people camping in the r v lot",
         at="2027-09-05 08:45", entities=[V(type="car"), ("local", "2027-09-04 23:00"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="fire", priority="medium"),
    # "an SUV ... a blue Honda Pilot" is one vehicle, described by its model: no type.
    dict(written="First day of school and an SUV in the drop-off loop at Lincoln Elementary just started pouring smoke from under the hood, now there's flames by the front tire. The mom got her two kids out and the teachers are walking the other kids back inside. It's a blue Honda Pilot, right by the front doors.",
         spoken="first day of school and an s u v in the drop off loop at lincoln elementary just started pouring smoke from under the hood now there's flames by the front tire the mom got her two kids out and the teachers are walking the other kids back inside it's a blue honda pilot right by the front doors",
         at="2027-09-01 07:55", entities=[V(colour="blue", make="honda", model="pilot"), P(count="1", sex="female"), P(count="2"), P(count="2+"), P(count="2+"), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="fire", priority="high"),
    # "across from Riverside Park" is relative; "the houses on Spruce" is a street alone.
    dict(written="The fair's closing fireworks set the brush on fire on the far bank of the river across from Riverside Park, there's a line of flames going up the hill into the trees and it's heading for the backs of the houses on Spruce. You can see it from the whole grandstand.",
         spoken="the fair's closing fireworks set the brush on fire on the far bank of the river across from river side park there's a line of flames going up the hill into the trees and it's heading for the backs of the houses on spruce you can see it from the whole grand stand",
         at="2027-09-05 22:20", entities=[],
         places=[("relative", ("landmark", "Riverside Park"))], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # "one of the teenage boys" is a victim's descriptive age word (13-19).
    dict(written="We need an ambulance at the cattle barn at the fair in Riverside Park, one of the teenage boys showing steers just collapsed in the heat and now he's having a seizure in the straw. He's burning hot to the touch and he's not sweating. His dad's holding his head.",
         spoken="we need an ambulance at the cattle barn at the fair in river side park one of the teenage boys showing steers just collapsed in the heat and now he's having a seizure in the straw he's burning hot to the touch and he's not sweating his dad's holding his head",
         at="2027-09-02 14:10", entities=[P(count="1", sex="male", age="13-19"), P(count="1", sex="male"), ("now",)],
         places=[("landmark", "Riverside Park")], category="medical", priority="critical"),
    dict(written="A little boy climbed the stack of hay bales in the sheep barn at the fair and fell off the top onto the concrete, his wrist is bent funny and he's got a bump on his forehead. He's crying and he knows his name. His mom's with him. We're in the barn at the back of Riverside Park.",
         spoken="a little boy climbed the stack of hay bales in the sheep barn at the fair and fell off the top onto the concrete his wrist is bent funny and he's got a bump on his forehead he's crying and he knows his name his mom's with him we're in the barn at the back of river side park",
         at="2027-09-03 11:10", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("landmark", "Riverside Park")], category="medical", priority="high"),
    dict(written="My uncle poured gas on the charcoal to get the grill going faster and it went whoosh right in his face, his eyebrows are gone and his face and both hands are bright red and blistering. He's awake, we've got his hands in a cooler of ice water. Labor Day cookout at 217 Willow, in Millbrook.",
         spoken="my uncle poured gas on the charcoal to get the grill going faster and it went whoosh right in his face his eyebrows are gone and his face and both hands are bright red and blistering he's awake we've got his hands in a cooler of ice water labor day cookout at two seventeen willow in mill brook",
         at="2027-09-04 17:40", entities=[P(count="1", sex="male")],
         places=[("address", 217, "Willow Street"), ("neighbourhood", "Millbrook")], category="medical", priority="high"),
    # Thrown from a ride onto a frame, unconscious with noisy breathing: a life at risk (critical).
    dict(written="A guy just got thrown off the mechanical bull at the fair and landed head first on the edge of the frame, he's out cold, his breathing sounds wrong and his eyes are half open. The operator's kneeling with him. Riverside Park, next to the beer tent.",
         spoken="a guy just got thrown off the mechanical bull at the fair and landed head first on the edge of the frame he's out cold his breathing sounds wrong and his eyes are half open the operator's kneeling with him river side park next to the beer tent",
         at="2027-09-04 15:50", entities=[P(count="1", sex="male"), P(count="1"), ("now",)],
         places=[("landmark", "Riverside Park")], category="medical", priority="critical"),
    # Symptoms now from heat illness the afternoon before: judged by the event (as holdout12's fall), medium.
    dict(written="Not sure who to call about this. My son got sick at football practice at Oakford High yesterday afternoon in the heat, threw up and almost passed out, and the coach just had him sit in the shade. This morning he's still dizzy, his legs keep cramping and he's barely peed. He's 15. Should he be seen?",
         spoken="hi um not sure who to call about this my son got sick at football practice at oak ford high yesterday afternoon in the heat threw up and almost passed out and the coach just had him sit in the shade this morning he's still dizzy his legs keep cramping and he's barely peed he's fifteen should he be seen",
         at="2027-09-01 10:30", entities=[P(count="1", sex="male"), ("local", "2027-08-31 14:00"), P(count="1")],
         places=[("landmark", "Oakford High School")], category="medical", priority="medium"),
    dict(written="I'm at the cooling center at the library with my mom, she's 79. She took her blood pressure pills twice this morning by mistake and now she's dizzy and grey and her pulse is like 40. She's sitting up and talking to me.",
         spoken="i'm at the cooling center at the library with my mom she's seventy nine she took her blood pressure pills twice this morning by mistake and now she's dizzy and gray and her pulse is like forty she's sitting up and talking to me",
         at="2027-08-30 13:15", entities=[P(count="1", sex="female")],
         places=[("landmark", "Oakford Public Library")], category="medical", priority="high"),
    dict(written="EMS to Community Pool (dog swim day): F approx 40, slipped on wet deck, struck back of head on pool ladder approx 1420, brief LOC, now A&O x2, repeating questions, lac to scalp. Daughter on scene.",
         spoken="e m s to community pool dog swim day female approximately forty slipped on wet deck struck back of head on pool ladder approximately fourteen twenty brief loss of consciousness now alert and oriented times two repeating questions laceration to scalp daughter on scene",
         at="2027-09-05 14:26", entities=[P(count="1", sex="female"), ("local", "2027-09-05 14:20"), P(count="1", sex="female")],
         places=[("landmark", "Community Pool")], category="medical", priority="high"),

    # ---------------------------------------------------------------- robbery
    # "the fair parking lot" names no place of the town (as holdout14's "the duck race" alone); "toward River Road" is a street.
    dict(written="Two teenage boys just shoved my daughter down in the fair parking lot and ripped the giant stuffed unicorn out of her arms, the one she won at the ring toss. She skinned both knees. They ran toward River Road laughing. One had a white Yankees hat, the other a green hoodie.",
         spoken="two teenage boys just shoved my daughter down in the fair parking lot and ripped the giant stuffed unicorn out of her arms the one she won at the ring toss she skinned both knees they ran toward river road laughing one had a white yankees hat the other a green hoodie",
         at="2027-09-04 21:15", entities=[P(count="2", sex="male", age="13-19"), P(count="1", sex="female"), P(count="1", clothing=["white hat"]), P(count="1", clothing=["green hoodie"]), ("now",)],
         places=[], category="robbery", priority="high"),
    # A jet ski, like a boat, is not a vehicle; the truck that tows it away is.
    dict(written="A guy came to buy the jet ski my husband had listed online, hitched the trailer to his truck, and when my husband asked for the money he pulled a gun out of his shorts and told him to back off. He just drove off east on Walnut with it, maybe a minute ago. Black Toyota Tundra, the jet ski's yellow and white. 1063 Walnut.",
         spoken="a guy came to buy the jet ski my husband had listed online hitched the trailer to his truck and when my husband asked for the money he pulled a gun out of his shorts and told him to back off he just drove off east on walnut with it maybe a minute ago black toyota tundra the jet ski's yellow and white ten sixty three walnut",
         at="2027-09-05 10:40", entities=[P(count="1", sex="male"), P(count="1", sex="male"), W("gun"), V(colour="black", make="toyota", model="tundra", direction="east"), ("ago", 1)],
         places=[("address", 1063, "Walnut Street")], category="robbery", priority="critical"),
    # "Food Truck Night on Market Street" is a street alone: no place. "grey muscle shirt" -> "grey shirt".
    dict(written="Food Truck Night on Market Street, a man just yanked the bank bag of raffle money out of the hands of the teenage girl selling tickets for the Lions Club and knocked her down doing it, her elbow's bleeding. He ran toward Elm through the crowd. Bald, grey muscle shirt, tattoos all down both arms.",
         spoken="food truck night on market street a man just yanked the bank bag of raffle money out of the hands of the teenage girl selling tickets for the lions club and knocked her down doing it her elbow's bleeding he ran toward elm through the crowd bald gray muscle shirt tattoos all down both arms",
         at="2027-09-04 19:40", entities=[P(count="1", sex="male", clothing=["grey shirt"]), P(count="1", sex="female", age="13-19"), ("now",)],
         places=[], category="robbery", priority="high"),
    # A knife flashed the night before: a weapon used hours ago, seen, lowered to medium. The caller's truck is where
    # he stood, not part of the event.
    dict(written="Calling about last night around 10:30, after the derby. Three guys surrounded me at my truck in the overflow lot by Riverside Park, one flashed a knife, and they took my wallet and the $600 I won in the derby pool. I didn't get hurt. I didn't call last night because my phone was dead.",
         spoken="yeah calling about last night around ten thirty after the derby three guys surrounded me at my truck in the overflow lot by river side park one flashed a knife and they took my wallet and the six hundred dollars i won in the derby pool i didn't get hurt i didn't call last night cause my phone was dead",
         at="2027-09-05 09:15", entities=[P(count="3", sex="male"), W("knife"), ("local", "2027-09-04 22:30")],
         places=[("relative", ("landmark", "Riverside Park"))], category="robbery", priority="medium"),
    dict(written="We're moving my daughter into her apartment at 720 Elm and a guy just walked up while we were unloading, grabbed her laptop bag off the tailgate, and when my husband grabbed the strap he punched him in the eye. He took off on a bike toward downtown maybe two minutes ago. Skinny, grey tank top, black shorts.",
         spoken="we're moving my daughter into her apartment at seven twenty elm and a guy just walked up while we were unloading grabbed her laptop bag off the tail gate and when my husband grabbed the strap he punched him in the eye he took off on a bike toward down town maybe two minutes ago skinny gray tank top black shorts",
         at="2027-08-31 12:40", entities=[P(count="1", sex="male", build="thin", clothing=["grey tank top", "black shorts"]), P(count="1", sex="female"), P(count="1", sex="male"), V(type="bicycle"), ("ago", 2)],
         places=[("address", 720, "Elm Street"), ("neighbourhood", "Downtown")], category="robbery", priority="high"),
    # "blue surgical mask" -> "blue mask".
    dict(written="Armed robbery just occurred, Main Street Pharmacy, approx 2140. Susp W/M 20s, 6'1\", thin, black hoodie, blue surgical mask, displayed a silver handgun and demanded oxycodone from the pharmacist. Fled on foot SB on 9th. No injuries.",
         spoken="armed robbery just occurred main street pharmacy approximately twenty one forty suspect white male twenties six foot one thin black hoodie blue surgical mask displayed a silver hand gun and demanded oxycodone from the pharmacist fled on foot southbound on ninth no injuries",
         at="2027-09-01 21:46", entities=[P(count="1", sex="male", age="20-29", height="6'1\"", build="thin", clothing=["black hoodie", "blue mask"], direction="south"), W("handgun"), P(count="1"), ("local", "2027-09-01 21:40")],
         places=[("landmark", "Main Street Pharmacy")], category="robbery", priority="critical"),

    # ---------------------------------------------------------------- assault
    # "sleeveless camo shirt" -> "camo shirt"; the pickup he drags her to is the event's.
    dict(written="A man is dragging a woman across the Community Pool parking lot by her hair toward a black pickup, he's punching her in the head and she's gone limp, her legs are just dragging. Big guy, bald, sleeveless camo shirt. Please hurry!",
         spoken="a man is dragging a woman across the community pool parking lot by her hair toward a black pick up he's punching her in the head and she's gone limp her legs are just dragging big guy bald sleeveless camo shirt please hurry",
         at="2027-08-30 21:20", entities=[P(count="1", sex="male", clothing=["camo shirt"]), P(count="1", sex="female"), V(colour="black", type="pickup")],
         places=[("landmark", "Community Pool")], category="assault", priority="critical"),
    # A make and a type word together give both ("white Lexus SUV", as train2's "red Ford pickup").
    dict(written="A mom in a white Lexus SUV just got out in the drop-off line at Lincoln Elementary and punched another mom through her car window because she cut in. Her lip's bleeding. Kids are watching from the sidewalk and the Lexus is still blocking the loop.",
         spoken="a mom in a white lexus s u v just got out in the drop off line at lincoln elementary and punched another mom through her car window because she cut in her lip's bleeding kids are watching from the side walk and the lexus is still blocking the loop",
         at="2027-09-01 08:05", entities=[P(count="1", sex="female"), V(colour="white", make="lexus", type="suv"), P(count="1", sex="female"), P(count="2+"), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="assault", priority="high"),
    # Wasp spray sprayed in a face is improvised, not a weapon (as train1's beer bottle); the injury makes it high.
    dict(written="The man next door just sprayed my 12 year old right in the face with a can of wasp spray because his ball went over the fence again. His eyes are swollen shut and burning, we're flushing them with the hose. The guy's back on his deck drinking a beer like nothing happened. 1121 Birch.",
         spoken="the man next door just sprayed my twelve year old right in the face with a can of wasp spray because his ball went over the fence again his eyes are swollen shut and burning we're flushing them with the hose the guy's back on his deck drinking a beer like nothing happened eleven twenty one birch",
         at="2027-08-30 18:20", entities=[P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[("address", 1121, "Birch Street")], category="assault", priority="high"),
    # An injury at 07:30 told at 15:30: lowered from high to medium.
    dict(written="This morning around 7:30 at the bus stop on Birch and 2nd, a grown man grabbed my 13 year old by the backpack and slammed him into the bus stop pole because he was 'mouthing off'. He's got a bruised cheek and a cut on his elbow. My son just told me after school. The man lives in the yellow house on that corner.",
         spoken="this morning around seven thirty at the bus stop on burch and second a grown man grabbed my thirteen year old by the back pack and slammed him into the bus stop pole because he was mouthing off he's got a bruised cheek and a cut on his elbow my son just told me after school the man lives in the yellow house on that corner",
         at="2027-09-02 15:30", entities=[P(count="1", sex="male"), P(count="1", sex="male"), ("local", "2027-09-02 07:30")],
         places=[("intersection", "Birch Street", "2nd Street")], category="assault", priority="medium"),
    # "He is still standing there" is no time (as holdout12's "He's still there").
    dict(written="Hello, the man from upstairs, his air conditioner drip water all day on my balcony. I tell him, he come down very angry and push me down the outside stairs. My ankle is very big now and I cannot stand. My baby is inside crying. He is still standing there shouting. 1106 Main Street.",
         spoken="hello the man from upstairs his air conditioner drip water all day on my balcony i tell him he come down very angry and push me down the outside stairs my ankle is very big now and i cannot stand my baby is inside crying he is still standing there shouting eleven oh six main street",
         at="2027-08-31 20:30", entities=[P(count="1", sex="male"), P(count="1")],
         places=[("address", 1106, "Main Street")], category="assault", priority="high"),
    # "Ashby Fire Dept" on a t-shirt is neither a place nor a person.
    dict(written="Four guys just dragged one of the derby drivers out through his window after the last heat and they're kicking him on the ground in the pit at Riverside Park, his helmet's off and he's not moving. The flaggers are trying to pull them off. One of them has a red Ashby Fire Dept t-shirt.",
         spoken="four guys just dragged one of the derby drivers out through his window after the last heat and they're kicking him on the ground in the pit at river side park his helmet's off and he's not moving the flaggers are trying to pull them off one of them has a red ashby fire department t shirt",
         at="2027-09-04 22:50", entities=[P(count="4", sex="male"), P(count="1", sex="male"), P(count="2+"), P(count="1", clothing=["red t-shirt"]), ("now",)],
         places=[("landmark", "Riverside Park")], category="assault", priority="critical"),
    # A bruise on the Monday told on the Wednesday: high for the injury, lowered to medium.
    dict(written="Web report: On Monday at the start of my shift, a coworker at the FreshMart loading dock shoved me into a pallet jack and said next time he'd put me in the compactor. I have a bruise on my hip. My manager said to go to the police. He's M, 40s, works days.",
         spoken="web report on monday at the start of my shift a coworker at the fresh mart loading dock shoved me into a pallet jack and said next time he'd put me in the compactor i have a bruise on my hip my manager said to go to the police he's male forties works days",
         at="2027-09-01 16:20", entities=[P(count="1", sex="male", age="40-49"), P(count="1")],
         places=[("landmark", "FreshMart Supermarket")], category="assault", priority="medium"),

    # ---------------------------------------------------------------- burglary
    # The neighbours away camping are not annotated; the motorcycle behind the garage is the burglar's.
    dict(written="My neighbors at 833 Maple went camping for the long weekend and there's a man inside their house right now, I watched him climb in the kitchen window off the deck and now he's walking past the upstairs windows. There's a black motorcycle parked behind their garage that isn't theirs.",
         spoken="my neighbors at eight thirty three mabel went camping for the long weekend and there's a man inside their house right now i watched him climb in the kitchen window off the deck and now he's walking past the upstairs windows there's a black motorcycle parked behind their garage that isn't theirs",
         at="2027-09-04 14:20", entities=[P(count="1", sex="male"), ("now",), V(colour="black", type="motorcycle")],
         places=[("address", 833, "Maple Avenue")], category="burglary", priority="high"),
    # An alarm company's 0205 told at 02:11: within 15 minutes, still happening (high). Room numbers are not addresses.
    dict(written="Alarm company calling: Oakford High School, science wing, rear door contact followed by interior motion in rooms 112 and 114, 0205 hrs. No keyholder response yet. Requesting units.",
         spoken="alarm company calling oakford high school science wing rear door contact followed by interior motion in rooms one twelve and one fourteen oh two oh five hours no keyholder response yet requesting units",
         at="2027-09-01 02:11", entities=[("local", "2027-09-01 02:05")],
         places=[("landmark", "Oakford High School")], category="burglary", priority="high"),
    # Any time since Thursday, found on the Monday: plainly days old (low). The son away at college is not annotated.
    dict(written="We just got back from driving our son to college out of state and somebody pried the side door of our garage at 1077 Spruce, in Riverside. The two kayaks are gone off the wall, and my husband's golf clubs. We left Thursday.",
         spoken="we just got back from driving our son to college out of state and somebody pried the side door of our garage at ten seventy seven spruce in river side the two kayaks are gone off the wall and my husband's golf clubs we left thursday",
         at="2027-08-30 10:00", entities=[P(count="1"), P(count="1", sex="male")],
         places=[("address", 1077, "Spruce Street"), ("neighbourhood", "Riverside")], category="burglary", priority="low"),
    # A man climbing in on a woman who lives alone, asleep, no threat seen: high (happening now), not critical.
    dict(written="With the windows all open in this heat I just watched a guy pop the screen off the old lady's window next door at 262 Kingsley Ave and climb in. She lives alone and she's probably asleep. He's in there now, I can see a flashlight moving. Dark clothes, ball cap.",
         spoken="with the windows all open in this heat i just watched a guy pop the screen off the old lady's window next door at two sixty two kingsley avenue and climb in she lives alone and she's probably asleep he's in there now i can see a flash light moving dark clothes ball cap",
         at="2027-08-31 23:40", entities=[P(count="1", sex="male", clothing=["cap"]), P(count="1", sex="female", age="60-90"), ("now",)],
         places=[("address", 262, "Kingsley Avenue")], category="burglary", priority="high"),
    # Overnight (02:00), found at 06:00, told at 06:40: under six hours, medium. "4-H" is a club, not a place.
    dict(written="Somebody cut the lock on the tack room in the sheep barn at the fair in Riverside Park overnight and took the clippers, two show halters and the cash box from the 4-H bake sale. The kids found it when they came in to feed at 6.",
         spoken="somebody cut the lock on the tack room in the sheep barn at the fair in river side park overnight and took the clippers two show halters and the cash box from the four h bake sale the kids found it when they came in to feed at six",
         at="2027-09-03 06:40", entities=[P(count="1"), ("local", "2027-09-03 02:00"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="burglary", priority="medium"),
    dict(written="I'm 86 and I'm the quartermaster at the VFW post, 150 Church Street. Sometime over the weekend somebody kicked in the side door of the hall and took the TV from the bar, two cases of liquor and the flag case off the wall. There's no alarm on that door.",
         spoken="i'm eighty six and i'm the quartermaster at the v f w post one fifty church street sometime over the weekend somebody kicked in the side door of the hall and took the tv from the bar two cases of liquor and the flag case off the wall there's no alarm on that door",
         at="2027-08-30 09:20", entities=[P(count="1")],
         places=[("address", 150, "Church Street")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    dict(written="There's a man loading the donated school supplies from our back-to-school drive into his van right now, the bins were right inside the front doors of the Oakford Public Library and he just walked in and carried out two of them. Grey minivan, he's going back in for the third one!",
         spoken="there's a man loading the donated school supplies from our back to school drive into his van right now the bins were right inside the front doors of the oakford public library and he just walked in and carried out two of them gray mini van he's going back in for the third one",
         at="2027-08-30 16:10", entities=[P(count="1", sex="male"), V(colour="grey", type="minivan"), ("now",)],
         places=[("landmark", "Oakford Public Library")], category="theft", priority="high"),
    # "Somebody" is the woman seen with the carrier (once); 25 minutes ago is not still happening: medium.
    dict(written="Somebody took my daughter's rabbit out of its cage in the small animal barn at the fair, about 25 minutes ago while she was over at the show ring, it's a Holland Lop, brown and white, there's a blue ribbon on the cage. A lady in the next aisle saw a woman with a pet carrier walking toward the parking lot. Riverside Park.",
         spoken="somebody took my daughter's rabbit out of its cage in the small animal barn at the fair about twenty five minutes ago while she was over at the show ring it's a holland lop brown and white there's a blue ribbon on the cage a lady in the next aisle saw a woman with a pet carrier walking toward the parking lot river side park",
         at="2027-09-03 16:30", entities=[P(count="1", sex="female"), ("ago", 25), P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("landmark", "Riverside Park")], category="theft", priority="medium"),
    # Last night (23:00) told at 09:40: lowered to low. The mail carrier and the drivers the water was for are persons.
    dict(written="This is kind of petty but it makes me sad. Last night somebody took the cooler of water bottles and the little battery fan we leave on our porch for the mail carrier and the delivery drivers in this heat. 629 Walnut.",
         spoken="this is kind of petty but it makes me sad last night somebody took the cooler of water bottles and the little battery fan we leave on our porch for the mail carrier and the delivery drivers in this heat six twenty nine wall nut",
         at="2027-08-31 09:40", entities=[("local", "2027-08-30 23:00"), P(count="1"), P(count="1"), P(count="2+")],
         places=[("address", 629, "Walnut Street")], category="theft", priority="low"),
    # The car taken with the keys is the thing stolen; "pinging near Northgate Mall" is relative to the mall.
    dict(written="Somebody took my keys out of my towel on the pool deck at the Community Pool while I was in the water with my dog, about an hour ago, and now my car's gone from the lot. Red Mazda CX-5, plate 6BT 118, B as in boy. My phone was in it too, it's pinging near Northgate Mall.",
         spoken="somebody took my keys out of my towel on the pool deck at the community pool while i was in the water with my dog about an hour ago and now my car's gone from the lot red mazda c x five plate six b t one one eight b as in boy my phone was in it too it's pinging near north gate mall",
         at="2027-09-05 16:10", entities=[P(count="1"), ("ago", 60), V(colour="red", make="mazda", model="cx-5", plate="6BT118")],
         places=[("landmark", "Community Pool"), ("relative", ("landmark", "Northgate Mall"))], category="theft", priority="medium"),
    # A boat on a trailer is not a vehicle; the pickup towing it off is.
    dict(written="Somebody's hooking my boat trailer up to their pickup in my driveway right now! I'm watching from the upstairs window. Green bass boat. The truck's a white Chevy Colorado. 1148 Chestnut. He's already got it hitched!",
         spoken="somebody's hooking my boat trailer up to their pick up in my drive way right now i'm watching from the upstairs window green bass boat the truck's a white chevy colorado eleven forty eight chest nut he's already got it hitched",
         at="2027-09-04 06:10", entities=[P(count="1", sex="male"), V(colour="white", make="chevrolet", model="colorado"), ("now",)],
         places=[("address", 1148, "Chestnut Street")], category="theft", priority="high"),
    # Overnight (02:00) found at 06:15, told at 06:55: medium. The buses the parts were cut from are one bus entity.
    dict(written="Bus yard behind Lincoln Elementary. Somebody crawled under four of our school buses overnight and sawed the catalytic converters off, we found out when we started them up at 6:15 and they roar like jets. Second day of school and we're four buses short.",
         spoken="bus yard behind lincoln elementary somebody crawled under four of our school buses overnight and sawed the catalytic converters off we found out when we started them up at six fifteen and they roar like jets second day of school and we're four buses short",
         at="2027-09-02 06:55", entities=[P(count="1"), V(type="bus"), ("local", "2027-09-02 02:00")],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="theft", priority="medium"),
    # Electricity taken all summer, still going: a habit gives no time and nothing lowers a theft still going on: medium.
    dict(written="Not an emergency. My neighbor's been running an orange extension cord over the fence into my garage outlet to power his above-ground pool pump, all summer I think, my electric bill's doubled. When I unplugged it he plugged it right back in. I'm at 1052 Spruce.",
         spoken="not an emergency my neighbor's been running an orange extension cord over the fence into my garage outlet to power his above ground pool pump all summer i think my electric bill's doubled when i unplugged it he plugged it right back in i'm at ten fifty two spruce",
         at="2027-09-02 19:00", entities=[P(count="1", sex="male")],
         places=[("address", 1052, "Spruce Street")], category="theft", priority="medium"),

    # ---------------------------------------------------------------- traffic
    # A tractor and a hay wagon are not road vehicles of a type (as the riding mower): not annotated.
    dict(written="The fair's hayride wagon just tipped over into the ditch on River Road by the QuickStop, the tractor turned too sharp. There were like twenty people on it, hay everywhere, and a little girl is pinned under the edge of the wagon and she's not crying. Men are trying to lift it.",
         spoken="the fair's hay ride wagon just tipped over into the ditch on river road by the quick stop the tractor turned too sharp there were like twenty people on it hay everywhere and a little girl is pinned under the edge of the wagon and she's not crying men are trying to lift it",
         at="2027-09-04 13:40", entities=[P(count="3+"), P(count="1", sex="female"), P(count="2+", sex="male"), ("now",)],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="traffic", priority="critical"),
    dict(written="Bad crash at 9th and Walnut, sorry, 9th and Chestnut. A white Subaru Crosstrek ran the red and T-boned a landscaping truck pulling a trailer, the Subaru's airbags went off and the young woman driving has blood all over her face, she's talking. The landscaper's okay. Mowers all over the intersection.",
         spoken="uh bad crash at ninth and wall nut sorry ninth and chestnut a white subaru crosstrek ran the red and t boned a landscaping truck pulling a trailer the subaru's air bags went off and the young woman driving has blood all over her face she's talking the landscaper's okay mowers all over the intersection",
         at="2027-08-31 17:25", entities=[V(colour="white", make="subaru", model="crosstrek"), V(type="truck"), P(count="1", sex="female", age="18-29"), P(count="1")],
         places=[("intersection", "9th Street", "Chestnut Street")], category="traffic", priority="high"),
    # The motorcycle that almost went down over the hump is part of the event.
    dict(written="The road's buckled from the heat on Kingsley near 6th, there's a hump like a foot high right across the westbound lane and cars are hitting it and bottoming out. A motorcycle almost went down.",
         spoken="the road's buckled from the heat on kingsley near sixth there's a hump like a foot high right across the westbound lane and cars are hitting it and bottoming out a motorcycle almost went down",
         at="2027-08-31 15:30", entities=[V(type="motorcycle")],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="traffic", priority="medium"),
    # "Tuesday afternoon" is a weekday, no time; two days old: lowered to low.
    dict(written="Just need a report for insurance. Tuesday afternoon a guy rear-ended me at the light by Northgate Mall, gave me his insurance info and a phone number, and none of it's real, the number's a pizza place. He was in a red Chevy Equinox, plate 9CV 412. My bumper's hanging off.",
         spoken="just need a report for insurance tuesday afternoon a guy rear ended me at the light by north gate mall gave me his insurance info and a phone number and none of it's real the number's a pizza place he was in a red chevy equinox plate nine charlie victor four one two my bumper's hanging off",
         at="2027-09-02 13:30", entities=[P(count="1", sex="male"), V(colour="red", make="chevrolet", model="equinox", plate="9CV412")],
         places=[("relative", ("landmark", "Northgate Mall"))], category="traffic", priority="low"),
    dict(written="There's a pickup pulling a livestock trailer out of the fair that's all over River Road, over the center line and onto the shoulder, he almost put it in the ditch twice. I'm behind him right now heading toward the Station Quarter. Dark green Ford F-250, plate HRS 2214, no, HRZ 2214.",
         spoken="there's a pick up pulling a livestock trailer out of the fair that's all over river road over the center line and onto the shoulder he almost put it in the ditch twice i'm behind him right now heading toward the station quarter dark green ford f two fifty plate h r s two two one four no h r z two two one four",
         at="2027-09-05 19:45", entities=[V(colour="green", make="ford", model="f-250", plate="HRZ2214"), P(count="1", sex="male"), ("now",)],
         places=[("neighbourhood", "Station Quarter")], category="traffic", priority="high"),
    # The fire truck that had to turn around is part of the event (type truck).
    dict(written="Football traffic. Cars are parked on both sides of Hawthorn between 2nd and 3rd and half up on the lawns, there's only room for one car down the middle and a fire truck on a call just had to turn around and go another way. It's a mess.",
         spoken="football traffic cars are parked on both sides of hawthorne between second and third and half up on the lawns there's only room for one car down the middle and a fire truck on a call just had to turn around and go another way it's a mess",
         at="2027-09-03 19:20", entities=[V(type="truck"), ("now",)],
         places=[("block", 200, "Hawthorn Avenue")], category="traffic", priority="medium"),
    # A habit with no time: traffic, low. The buses the U-turns cut in front of are not annotated (as holdout14's buses).
    dict(written="Ever since school started, every morning parents dropping off at Oakford High pull U-turns right across the double yellow on 3rd, in front of the buses, and the kids are jaywalking between them. Somebody's going to get flattened. Can you put a car there at 7:20?",
         spoken="ever since school started every morning parents dropping off at oakford high pull u turns right across the double yellow on third in front of the buses and the kids are jaywalking between them somebody's going to get flattened can you put a car there at seven twenty",
         at="2027-09-03 10:15", entities=[P(count="2+"), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # A rifle in a rack seen in a pickup trailing girls on a run: a weapon seen (high). The coach's school names
    # who calls, not where the event is.
    dict(written="Cross-country coach at Oakford High. A rusty blue pickup has been creeping along behind my girls on their run down River Road for the last mile, and there's a rifle in the rack in his back window. He pulls over when they stop. They're by the QuickStop right now. Plate starts with Z9.",
         spoken="cross country coach at oakford high a rusty blue pick up has been creeping along behind my girls on their run down river road for the last mile and there's a rifle in the rack in his back window he pulls over when they stop they're by the quick stop right now plate starts with z nine",
         at="2027-09-02 16:15", entities=[V(colour="blue", type="pickup", plate="Z9"), P(count="2+", sex="female"), W("rifle"), P(count="1", sex="male"), ("now",)],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="suspicious_vehicle", priority="high"),
    dict(written="A dark grey Chevy Malibu with two guys in it has gone up and down Birch four times in the last half hour, slowing down at every house with newspapers piled up, like they know who's away for Labor Day. It's stopped in front of 1120 Birch right now with the engine running.",
         spoken="a dark gray chevy malibu with two guys in it has gone up and down birch four times in the last half hour slowing down at every house with newspapers piled up like they know who's away for labor day it's stopped in front of eleven twenty birch right now with the engine running",
         at="2027-09-04 16:45", entities=[V(colour="grey", make="chevrolet", model="malibu"), P(count="2", sex="male"), ("now",)],
         places=[("relative", ("address", 1120, "Birch Street"))], category="suspicious_vehicle", priority="medium"),
    dict(written="There's a white Nissan Sentra with a rental sticker that's been sitting in the grass overflow lot for the fair since Thursday with the back doors hanging open and the keys on the seat. Nobody's touched it. It's by the River Road entrance to Riverside Park.",
         spoken="there's a white nissan sentra with a rental sticker that's been sitting in the grass overflow lot for the fair since thursday with the back doors hanging open and the keys on the seat nobody's touched it it's by the river road entrance to river side park",
         at="2027-09-05 11:00", entities=[V(colour="white", make="nissan", model="sentra")],
         places=[("relative", ("landmark", "Riverside Park"))], category="suspicious_vehicle", priority="low"),
    # A truck at a barn at night, people with flashlights, happening now: a suspicious vehicle, medium (the guard
    # cannot tell whether they belong, so not yet a theft).
    dict(written="Night security at the fair. There's a white box truck with no markings backed up to the back gate of the sheep barn at Riverside Park with its lights off and the ramp down, and two guys with flashlights are walking around inside the barn. Nobody's supposed to be in there till 5. They're still in there.",
         spoken="night security at the fair there's a white box truck with no markings backed up to the back gate of the sheep barn at river side park with its lights off and the ramp down and two guys with flashlights are walking around inside the barn nobody's supposed to be in there till five they're still in there",
         at="2027-09-04 02:35", entities=[V(colour="white", type="truck"), P(count="2", sex="male")],
         places=[("landmark", "Riverside Park")], category="suspicious_vehicle", priority="medium"),
    # A habit ("every night this week around 1 a.m.") is no time; low.
    dict(written="Web tip: every night this week around 1 a.m. a black Jeep Wrangler with its lights off drives onto the Oakford High practice field through the service gate and sits out on the 50 yard line for about 20 minutes, then leaves.",
         spoken="web tip every night this week around one a m a black jeep wrangler with its lights off drives onto the oakford high practice field through the service gate and sits out on the fifty yard line for about twenty minutes then leaves",
         at="2027-09-02 08:10", entities=[V(colour="black", make="jeep", model="wrangler")],
         places=[("landmark", "Oakford High School")], category="suspicious_vehicle", priority="low"),
    # "Fair security" is not a person; "It's parked ... now" is where the actor is (now).
    dict(written="Fair security asked me to call. A silver Dodge Durango has driven slowly past the cash office trailer behind the grandstand at Riverside Park at least five times in the last hour, and the passenger films the door every time. Two guys, both in black hoodies in this heat. It's parked by the exit gate now with the lights off.",
         spoken="fair security asked me to call a silver dodge durango has driven slowly past the cash office trailer behind the grand stand at river side park at least five times in the last hour and the passenger films the door every time two guys both in black hoodies in this heat it's parked by the exit gate now with the lights off",
         at="2027-09-03 21:10", entities=[V(colour="silver", make="dodge", model="durango"), P(count="2", sex="male", clothing=["black hoodie"]), ("now",)],
         places=[("landmark", "Riverside Park")], category="suspicious_vehicle", priority="medium"),

    # ---------------------------------------------------------------- suspicious person
    # Luring children away on foot toward a van, in progress: high (child luring), not yet a child taken. "the
    # elementary school" is no landmark alias; "toward a silver van on Pine" is a street alone.
    dict(written="I'm the crossing guard at 7th and Pine. A man wearing a lanyard that says STAFF just told three of the little walkers coming out of the elementary school that their bus got cancelled and he'd drive them, and he's walking them toward a silver van on Pine right now. He does not work there. I'm going after them.",
         spoken="i'm the crossing guard at seventh and pine a man wearing a lanyard that says staff just told three of the little walkers coming out of the elementary school that their bus got cancelled and he'd drive them and he's walking them toward a silver van on pine right now he does not work there i'm going after them",
         at="2027-09-01 15:10", entities=[P(count="1", sex="male"), P(count="3"), V(colour="silver", type="van"), ("now",)],
         places=[("intersection", "7th Street", "Pine Street")], category="suspicious_person", priority="high"),
    # Happening now with little girls going in: medium (children; raises do not stack).
    dict(written="There's a man who keeps walking into the women's restroom by the grandstand at the fair and standing by the sinks staring at the stalls, he leaves when anyone yells and then comes back. Little girls are going in and out of there. He's in there right now. Camo shorts, black tank top, backwards cap. Riverside Park.",
         spoken="there's a man who keeps walking into the women's rest room by the grand stand at the fair and standing by the sinks staring at the stalls he leaves when anyone yells and then comes back little girls are going in and out of there he's in there right now camo shorts black tank top backwards cap river side park",
         at="2027-09-02 20:30", entities=[P(count="1", sex="male", clothing=["camo shorts", "black tank top", "cap"]), P(count="2+", sex="female"), ("now",)],
         places=[("landmark", "Riverside Park")], category="suspicious_person", priority="medium"),
    # Last night around 11:30, told at 08:05: low.
    dict(written="Last night around 11:30 there was a grown man sitting up in my kids' tree house in the backyard. When I flipped on the floodlight he climbed down, walked through the side yard and headed toward Oak like nothing happened. We're on 5th between Oak and Maple. Tall, white t-shirt, jeans.",
         spoken="last night around eleven thirty there was a grown man sitting up in my kids tree house in the back yard when i flipped on the flood light he climbed down walked through the side yard and headed toward oak like nothing happened we're on fifth between oak and maple tall white t shirt jeans",
         at="2027-09-01 08:05", entities=[("local", "2027-08-31 23:30"), P(count="1", sex="male", height="tall", clothing=["white t-shirt", "jeans"]), P(count="2+")],
         places=[("block", 800, "5th Street")], category="suspicious_person", priority="low"),
    # The caller's kids, the girl, her mother: all persons; the girl's estimated age is not annotated. Now: medium.
    dict(written="I'm at the cooling center in the library with my kids. There's a man who keeps moving to whatever table is closest to one girl, she's maybe 12, and holding his phone down low pointed at her. Her mom's asleep on the couch. He's doing it right now. Bald, grey t-shirt, cargo shorts, maybe 60.",
         spoken="i'm at the cooling center in the library with my kids there's a man who keeps moving to whatever table is closest to one girl she's maybe twelve and holding his phone down low pointed at her her mom's asleep on the couch he's doing it right now bald gray t shirt cargo shorts maybe sixty",
         at="2027-08-31 13:50", entities=[P(count="2+"), P(count="1", sex="male", age="57-63", clothing=["grey t-shirt", "cargo shorts"]), P(count="1", sex="female"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Oakford Public Library")], category="suspicious_person", priority="medium"),
    # A toy car is not a vehicle; a habit with no one seen: low.
    dict(written="This is probably weird to call about. Three mornings in a row now we've found a little bag of candy and a toy car on our porch step, no note, and our boys are 5 and 7. Our camera only catches a hand. 1018 Oak.",
         spoken="this is probably weird to call about three mornings in a row now we've found a little bag of candy and a toy car on our porch step no note and our boys are five and seven our camera only catches a hand ten eighteen oak",
         at="2027-09-02 09:00", entities=[P(count="2", sex="male")],
         places=[("address", 1018, "Oak Street")], category="suspicious_person", priority="low"),
    dict(written="There's a woman walking up and down the rows in the fair campground at Riverside Park trying the doors on the campers and looking in the windows while the owners are at the fair. When I asked her, she said she's lost and looking for her own camper. She's doing it right now. Pink hat, big purse.",
         spoken="there's a woman walking up and down the rows in the fair campground at river side park trying the doors on the campers and looking in the windows while the owners are at the fair when i asked her she said she's lost and looking for her own camper she's doing it right now pink hat big purse",
         at="2027-09-04 12:30", entities=[P(count="1", sex="female", clothing=["pink hat"]), ("now",)],
         places=[("landmark", "Riverside Park")], category="suspicious_person", priority="medium"),
    # A text with no place ("the midway" alone). "old, like 50" is 47-53 (the number wins). The caller's age is not annotated.
    dict(written="theres this guy following me and my friend around the midway for like an hour, hes taking pics of us on his phone and he tried to buy us lemonade. we're 14. hes by the funnel cake trailer rn. grey hoodie, old, like 50",
         spoken="there's this guy following me and my friend around the midway for like an hour he's taking pics of us on his phone and he tried to buy us lemonade we're fourteen he's by the funnel cake trailer right now gray hoodie old like fifty",
         at="2027-09-03 19:50", entities=[P(count="1", sex="male", age="47-53", clothing=["grey hoodie"]), P(count="1"), ("now",)],
         places=[], category="suspicious_person", priority="medium"),

    # ---------------------------------------------------------------- drugs
    # Selling to kids in line, still going: medium (children; raises do not stack). "white Nike tracksuit" -> "white tracksuit".
    dict(written="Two guys behind the Zipper on the midway are selling pills out of an Altoids tin to kids in line, I watched three sales in five minutes. They're still back there. One's in a white Nike tracksuit, the other's got dreads and a green tank top. Fair at Riverside Park.",
         spoken="two guys behind the zipper on the midway are selling pills out of an altoids tin to kids in line i watched three sales in five minutes they're still back there one's in a white nike track suit the other's got dreads and a green tank top fair at river side park",
         at="2027-09-04 21:30", entities=[P(count="2", sex="male"), P(count="2+"), P(count="1", clothing=["white tracksuit"]), P(count="1", clothing=["green tank top"])],
         places=[("landmark", "Riverside Park")], category="drugs", priority="medium"),
    # A pistol shown from a fanny pack by a dealer: a weapon seen (high). A skateboard is not a vehicle.
    dict(written="A guy on the bench by the bandstand in Maple Square is selling pills to anybody who walks up, and when a kid on a skateboard tried to haggle he unzipped his fanny pack and showed him a pistol. He's still sitting there. Red tank top, white bucket hat.",
         spoken="a guy on the bench by the band stand in maple square is selling pills to anybody who walks up and when a kid on a skateboard tried to haggle he unzipped his fanny pack and showed him a pistol he's still sitting there red tank top white bucket hat",
         at="2027-08-30 19:40", entities=[P(count="1", sex="male", clothing=["red tank top", "white hat"]), P(count="1"), W("handgun")],
         places=[("landmark", "Maple Square")], category="drugs", priority="high"),
    # Pills sold to freshmen at school: children at risk lift a habitual drugs call to medium. "a senior" is 13-19 (a role word, as "a high schooler").
    dict(written="My son's a freshman at Oakford High and he told me a senior is selling Adderall in the boys' locker room before gym, five bucks a pill, and he offered my son some on the very first day. I don't want my son's name on this.",
         spoken="my son's a freshman at oakford high and he told me a senior is selling adderall in the boys locker room before gym five bucks a pill and he offered my son some on the very first day i don't want my son's name on this",
         at="2027-09-02 17:00", entities=[P(count="1", sex="male"), P(count="1", age="13-19")],
         places=[("landmark", "Oakford High School")], category="drugs", priority="medium"),
    # Second-hand, a habit, "the county fair" alone: no place, low. Florida plates give no plate.
    dict(written="Web tip: One of the ride crews at the county fair is using and selling meth in the bunk trailers behind the midway every night after closing. My nephew works the Scrambler and says the guy who sells it drives a red Dodge Dakota with Florida plates. Please don't use my name.",
         spoken="web tip one of the ride crews at the county fair is using and selling meth in the bunk trailers behind the midway every night after closing my nephew works the scrambler and says the guy who sells it drives a red dodge dakota with florida plates please don't use my name",
         at="2027-09-03 12:00", entities=[P(count="2+"), P(count="1", sex="male"), P(count="1", sex="male"), V(colour="red", make="dodge", model="dakota")],
         places=[], category="drugs", priority="low"),
    # "He's still doing it" is no time; the present progressive lifts a low call to medium. "pink polo" -> "pink shirt".
    dict(written="Guy working the line outside the Labor Day beer fest at the Old Mill Brewery is selling little baggies of coke out of a sunglasses case, 40 bucks each, right out in the open. He's still doing it. Tall, pink polo, white shorts.",
         spoken="guy working the line outside the labor day beer fest at the old mill brewery is selling little baggies of coke out of a sunglasses case forty bucks each right out in the open he's still doing it tall pink polo white shorts",
         at="2027-09-04 18:30", entities=[P(count="1", sex="male", height="tall", clothing=["pink shirt", "white shorts"])],
         places=[("landmark", "Old Mill Brewery")], category="drugs", priority="medium"),
    dict(written="This is probably nothing, but with the windows open in this heat you really smell it: the house at 216 Elm, in the West End, reeks of cat pee and burning plastic day and night, and cars pull in for two minutes at a time at all hours. There's a blanket nailed over the upstairs window.",
         spoken="this is probably nothing but with the windows open in this heat you really smell it the house at two sixteen elm in the west end reeks of cat pee and burning plastic day and night and cars pull in for two minutes at a time at all hours there's a blanket nailed over the upstairs window",
         at="2027-08-31 10:30", entities=[],
         places=[("address", 216, "Elm Street"), ("neighbourhood", "West End")], category="drugs", priority="low"),

    # ---------------------------------------------------------------- vandalism
    # "Maybe 15" is 12-18; the cars sprayed are generic; the kid's bike is annotated.
    dict(written="A kid on a bike is going down Pine between 7th and 8th spraying a fire extinguisher into every car that has its windows down for the heat, the insides are all white. He's still going. Maybe 15, yellow shirt.",
         spoken="a kid on a bike is going down pine between seventh and eighth spraying a fire extinguisher into every car that has its windows down for the heat the insides are all white he's still going maybe fifteen yellow shirt",
         at="2027-08-31 16:50", entities=[P(count="1", sex="male", age="12-18", clothing=["yellow shirt"]), V(type="bicycle")],
         places=[("block", 700, "Pine Street")], category="vandalism", priority="medium"),
    # Overnight (02:00) told at 09:30: lowered to low. The caller's pickup is annotated; the horse trailer has no type.
    dict(written="Someone cut all four tires on my pickup and both tires on my horse trailer overnight in the exhibitors' lot at the fair. I was asleep in the trailer's living quarters. Riverside Park, back lot by the cattle barn.",
         spoken="someone cut all four tires on my pick up and both tires on my horse trailer overnight in the exhibitors lot at the fair i was asleep in the trailer's living quarters river side park back lot by the cattle barn",
         at="2027-09-05 09:30", entities=[P(count="1"), V(type="pickup"), ("local", "2027-09-05 02:00")],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="low"),
    # A drain grate pulled off, a man then breaking his leg in the hole: vandalism raised to high for the injury (as holdout9's wire).
    dict(written="Somebody pulled the heavy grate off the storm drain at the corner of 4th and Willow, there's been kids messing with it all week, and a man walking his dog just stepped right into the hole up to his hip. His shin's bent wrong and he's in a lot of pain. We're holding his dog.",
         spoken="somebody pulled the heavy grate off the storm drain at the corner of fourth and willow there's been kids messing with it all week and a man walking his dog just stepped right into the hole up to his hip his shin's bent wrong and he's in a lot of pain we're holding his dog",
         at="2027-09-01 18:45", entities=[P(count="1"), P(count="2+"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "4th Street", "Willow Street")], category="vandalism", priority="high"),
    # "the big planters in front of City Hall" is relative; the garden club is not a person. "Army jacket" -> "jacket".
    dict(written="A man is pulling up all the mums the garden club just planted in the big planters in front of City Hall and throwing them into the street, he's done like half of them. He's muttering to himself. Tall, skinny, long grey hair, Army jacket even in this heat.",
         spoken="a man is pulling up all the mums the garden club just planted in the big planters in front of city hall and throwing them into the street he's done like half of them he's muttering to himself tall skinny long gray hair army jacket even in this heat",
         at="2027-09-03 14:00", entities=[P(count="1", sex="male", height="tall", build="thin", clothing=["jacket"])],
         places=[("relative", ("landmark", "City Hall"))], category="vandalism", priority="medium"),
    # Overnight (02:00) told at 08:30: lowered to low. A fenced pool is not a building: vandalism, not burglary.
    dict(written="Community Pool manager. Somebody climbed the fence overnight, dumped red dye in the main pool and threw two lounge chairs and a shopping cart in the deep end. It's the last weekend of the season and now we can't open.",
         spoken="community pool manager somebody climbed the fence overnight dumped red dye in the main pool and threw two lounge chairs and a shopping cart in the deep end it's the last weekend of the season and now we can't open",
         at="2027-09-04 08:30", entities=[P(count="1"), ("local", "2027-09-04 02:00")],
         places=[("landmark", "Community Pool")], category="vandalism", priority="low"),
    dict(written="Athletic office at Oakford High. Sometime over the weekend two people climbed the fence and spray painted AV RULES and some obscene drawings across the home bleachers and the press box in blue paint. Our first home game is Friday. It's on our camera.",
         spoken="athletic office at oak ford high sometime over the weekend two people climbed the fence and spray painted a v rules and some obscene drawings across the home bleachers and the press box in blue paint our first home game is friday it's on our camera",
         at="2027-08-30 09:45", entities=[P(count="2")],
         places=[("landmark", "Oakford High School")], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- disturbance
    dict(written="Cooling center at the library. A guy who wandered in an hour ago is screaming at everybody in the folding chairs to stop looking at him and he just threw his water bottle at the window. He hasn't hit anybody, but there's kids in here. The staff asked him to leave and he won't.",
         spoken="cooling center at the library a guy who wandered in an hour ago is screaming at everybody in the folding chairs to stop looking at him and he just threw his water bottle at the window he hasn't hit anybody but there's kids in here the staff asked him to leave and he won't",
         at="2027-08-30 15:10", entities=[P(count="1", sex="male"), P(count="2+"), P(count="2+"), P(count="2+"), ("now",)],
         places=[("landmark", "Oakford Public Library")], category="disturbance", priority="medium"),
    # A threat to drown a wife held by the arm, no blow: a disturbance, high (a woman in danger, as holdout14's threat).
    dict(written="My neighbor's drunk at his own cookout and he's got his wife by the arm at the edge of their pool, screaming that he'll hold her under till she stops talking. Everybody at the party is just standing there. He hasn't hit her yet. 1124 Cedar, the backyard.",
         spoken="my neighbor's drunk at his own cookout and he's got his wife by the arm at the edge of their pool screaming that he'll hold her under till she stops talking everybody at the party is just standing there he hasn't hit her yet eleven twenty four cedar the back yard",
         at="2027-09-05 18:30", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="2+")],
         places=[("address", 1124, "Cedar Street")], category="disturbance", priority="high"),
    # A habit, and "across River Road from the park" names no place: low, no place. "till 11" and "by 9" are not times.
    dict(written="The county fair hasn't even opened yet and they're testing the midway speakers every night till 11, I live right across River Road from the park and my windows are open because of the heat. Can somebody ask them to knock it off by 9?",
         spoken="the county fair hasn't even opened yet and they're testing the midway speakers every night till eleven i live right across river road from the park and my windows are open because of the heat can somebody ask them to knock it off by nine",
         at="2027-09-01 09:00", entities=[],
         places=[], category="disturbance", priority="low"),
    # "orange Hawaiian shirt" -> "orange shirt"; the bartenders are persons ("our bartenders'").
    dict(written="Old Mill Brewery, Labor Day beer fest. We cut off a guy in the tent and he won't leave, he's knocking over chairs and yelling in our bartenders' faces, he keeps saying he paid for his wristband. No punches yet. Big guy, orange Hawaiian shirt.",
         spoken="old mill brewery labor day beer fest we cut off a guy in the tent and he won't leave he's knocking over chairs and yelling in our bartenders faces he keeps saying he paid for his wristband no punches yet big guy orange hawaiian shirt",
         at="2027-09-04 19:20", entities=[P(count="1", sex="male", clothing=["orange shirt"]), P(count="2+")],
         places=[("landmark", "Old Mill Brewery")], category="disturbance", priority="medium"),
    # "Last night around 9:45" is 21:45 the day before; low.
    dict(written="Last night around 9:45 some kids rang our doorbell and ran, three times, and the last time they threw a water balloon at my husband when he opened the door. Woke the baby up. We're on Maple between 10th and 11th. Just want somebody to drive by tonight.",
         spoken="last night around nine forty five some kids rang our door bell and ran three times and the last time they threw a water balloon at my husband when he opened the door woke the baby up we're on maple between tenth and eleventh just want somebody to drive by tonight",
         at="2027-09-02 08:40", entities=[("local", "2027-09-01 21:45"), P(count="2+"), P(count="1", sex="male"), P(count="1")],
         places=[("block", 1000, "Maple Avenue")], category="disturbance", priority="low"),
    # A chainsaw aimed at a branch is a tool, not a weapon; "a maple branch" is a tree, not Maple Avenue.
    dict(written="Two neighbors are screaming at each other over a maple branch that hangs over one of their pools, one's up on a ladder with a running chainsaw yelling he'll cut it off, and the other one's shaking the ladder. Side yard of 913 Birch. Somebody's going to get hurt.",
         spoken="two neighbors are screaming at each other over a maple branch that hangs over one of their pools one's up on a ladder with a running chainsaw yelling he'll cut it off and the other one's shaking the ladder side yard of nine thirteen birch somebody's going to get hurt",
         at="2027-09-04 11:15", entities=[P(count="2")],
         places=[("address", 913, "Birch Street")], category="disturbance", priority="medium"),

    # ---------------------------------------------------------------- other
    # Trapped under water by a drain: a rescue (other, critical, as train1). The scissors are a tool.
    dict(written="Community Pool, hurry! A girl's hair got sucked into the drain at the bottom of the deep end and the lifeguards can't pull her loose, one of them's down there with scissors now. She's been under almost a minute!",
         spoken="community pool hurry a girl's hair got sucked into the drain at the bottom of the deep end and the life guards can't pull her loose one of them's down there with scissors now she's been under almost a minute",
         at="2027-08-30 16:40", entities=[P(count="1", sex="female"), P(count="2+")],
         places=[("landmark", "Community Pool")], category="other", priority="critical"),
    # A frail 84-year-old missing: high (a missing vulnerable person). "around 1" is when she was last seen; "the fair"
    # alone names no place. "purple cardigan" and "white sneakers" kept; a cane is not clothing.
    dict(written="My mother went to the fair today on the senior center bus and she wasn't on it when it came back. She's 84, she has a bad heart and memory problems and no phone. The driver says she was last seen at the pie tent around 1. Purple cardigan, white sneakers, a cane.",
         spoken="my mother went to the fair today on the senior center bus and she wasn't on it when it came back she's eighty four she has a bad heart and memory problems and no phone the driver says she was last seen at the pie tent around one purple cardigan white sneakers a cane",
         at="2027-09-03 15:40", entities=[P(count="1", sex="female", clothing=["purple cardigan", "white sneakers"]), P(count="1"), ("local", "2027-09-03 13:00")],
         places=[], category="other", priority="high"),
    # A loose steer among children, still going: other, medium (as holdout13's deer). "black with white face" is an animal.
    dict(written="Excuse me, a big black cow with white face is running in the children playground of Riverside Park, many children is there. Two boys from the fair try to catch it with a rope but the cow is more angry. Please send somebody.",
         spoken="excuse me a big black cow with white face is running in the children playground of river side park many children is there two boys from the fair try to catch it with a rope but the cow is more angry please send somebody",
         at="2027-09-03 18:10", entities=[P(count="2+"), P(count="2", sex="male")],
         places=[("landmark", "Riverside Park")], category="other", priority="medium"),
    # A rumour: the man and van no one has seen are not annotated; "the Oakford moms Facebook group" is no place.
    dict(written="Is it true a man in a white van is grabbing kids at the county fair? It's all over the Oakford moms Facebook group. My daughter's too scared to go now. If it's fake somebody should post that.",
         spoken="is it true a man in a white van is grabbing kids at the county fair it's all over the oakford moms facebook group my daughter's too scared to go now if it's fake somebody should post that",
         at="2027-09-04 10:30", entities=[P(count="1", sex="female")],
         places=[], category="other", priority="low"),
    dict(written="Not an emergency, just weird. A hot air balloon just came down in the field behind Lincoln Elementary, it's spread out all over the soccer goals, and the three people in the basket are fine, they're laughing. Their chase truck hasn't found them yet.",
         spoken="not an emergency just weird a hot air balloon just came down in the field behind lincoln elementary it's spread out all over the soccer goals and the three people in the basket are fine they're laughing their chase truck hasn't found them yet",
         at="2027-09-04 07:10", entities=[P(count="3"), ("now",)],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="other", priority="low"),
    # Animals at risk in the heat, going on: other, medium. The pickup it is hitched to is annotated (a make and a type word).
    dict(written="There's a closed-up horse trailer parked in the full sun in the FreshMart lot with two horses inside banging and one's screaming, it's like 96 out and the vents are shut. Nobody's come back to it in the half hour I've been here. Red Ford pickup hitched to it.",
         spoken="there's a closed up horse trailer parked in the full sun in the fresh mart lot with two horses inside banging and one's screaming it's like ninety six out and the vents are shut nobody's come back to it in the half hour i've been here red ford pick up hitched to it",
         at="2027-09-02 13:30", entities=[V(colour="red", make="ford", type="pickup")],
         places=[("landmark", "FreshMart Supermarket")], category="other", priority="medium"),
]

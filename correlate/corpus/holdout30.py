"""A thirty-first hand-written set (90 tips), holdout30, a blind set written after holdout29, written blind: its author
read only the corpus README (its conventions; its table also carries the earlier sets' published scores, read there and
nowhere else, none of them about this set), config/demo/README.md, town.py and make_corpus.py in full (the record
format, the geometry and place truth helpers and hand_place, the priority helper `adjust` and `still_happening`, the
base priorities, hand_records and how main() serialises its files), the docstrings of holdout28.py and holdout29.py in
full and every tip of holdout29.py (for the label conventions and the comment style, and the convention, recent in the
corpus, that an event said to have "just" happened is labelled now), the opening of hand.py (its docstring, P, V and W
and its first tips), and the "set in" / "It is set in" phrases of the docstrings of every holdout and train set (to pick
an unused week). The written text and labels of every earlier tip in hand.py, holdouts 1-29 and train1-6 (3,624 tips)
were gathered into one list by importing the modules, counted by label value (the months and years of their "at" times,
person counts, heights, builds and clothing words, vehicle types, weapon types, how parkas, puffer jackets, navy, "dark"
colours, Santa hats and suits, ski masks, Ram and F-250 trucks, RAV4s, GMCs, Grand Cherokees, tractor-trailers, e-bikes
and two-colour bicycles are labelled) and searched by keyword before and after each situation was drafted (Christmas,
Santa, sleighs, reindeer, carolers, nativities, menorahs, candles, wrapping paper, wood stoves, chimneys, fire pits, air
fryers, extension cords, block heaters, dumpsters, trains, wrestling, locker rooms, seizures, choking, allergies, button
batteries, magnets, defibrillators, air duster, frostbite, hypothermia, childbirth, carbon monoxide, returns desks, gift
cards, Marketplace sales, kettles and bell ringers, luggage, jump starts, landlords, hammers, crowbars, machetes, rifles
carried in public, bows, parking spots, referees, bouncers, ushers, pub crawls, karaoke, drums, fireworks, snowmen, snow
forts and tunnels, ice sculptures, wreaths, book drops, cemeteries, newspapers, firewood, heating oil, catalytic
converters, gas drive-offs, stop signs, tour buses and tractor-trailers on corners, pileups in fog, ice rescues, missing
children and elders, children left alone, pool covers, ponds, deer, drones, hospital gowns and the like). It never
opened the extractor's source, its tests, examples or benches, nor the gateway, telephony, ASR, vision, ONNX or fuzz
code, the tests, scripts or .ci directories, nor the repository README, nor any .jsonl file but its own output (a
listing of correlate/corpus showed their names, nothing more), nor ran git, cargo, the extractor, `tipline` or any
evaluation, nor saw any score or miss list of this set. Python was run with PYTHONDONTWRITEBYTECODE=1. It is meant as an
honest estimate for phrasing the extractor has never seen.

It is set in Monday 24 to Sunday 30 December 2040, Christmas week, a stretch no set has used as its week (holdout12 is
the first week of December 2026, holdout17 Thanksgiving week 2027, holdout13 mid-January 2027; train4-6 spread a few
tips over every month of 2028, 2030 and 2035, fourteen of them dated after 20 December; no set is in 2040), on a white
Christmas: Christmas Eve on the Monday (last-minute shopping and Santa pictures at Northgate Mall, the ham order counter
at FreshMart, cake pickups at Rosie's Bakery, Fire Station Number 2's Santa run through the neighbourhoods on its ladder
truck in the afternoon, the family service and the 11 o'clock candlelight service at Grace Church, 120 Church Street);
Christmas Day on the Tuesday (presents: headphones, a VR game, a new computer, an electric guitar, a Nintendo Switch, a
drone; the free community dinner in City Hall; the Grand Cinema open; the QuickStop the only store open at night);
returns and after-Christmas sales at Northgate Mall and trash day (tip envelopes on the cans, boxes at the curb) on the
Wednesday, an arctic front arriving that night; a deep freeze on the Thursday and Friday (ten to fourteen below at dawn,
block heaters, cars that will not start, no heat); the library's vacation-week magic show on the Thursday; the Oakford
High holiday wrestling tournament on the Friday and Saturday; the Old Mill Brewery's ugly sweater party (and private
ones) on the Friday night; eight inches of snow overnight into the Saturday, with snowblowers and buried cars, the
Scouts' curbside Christmas tree pickup on the Saturday and the Santa pub crawl on Main on the Saturday afternoon; and a
thaw with rain and black ice on the Sunday, when the holiday travellers head home from Central Station (a cancelled
train to New York).

New situations: a landlord smashing a crowbar at a tenant's door over no heat, a man carrying a rifle into the Corner
Cafe for coffee, a baseball bat swung at a firefighter on the Santa run, a boning knife jabbed at a butcher over a lost
ham order, a kitchen knife held at a parcel driver on Christmas Eve (told the next morning, non-native), a pistol
sliding out of a father's pocket at a children's magic show, a machete held over snow blown across a shared driveway; a
brandy-lit Christmas pudding setting a dining room burning, wrapping paper overheating a wood stove's pipe, a light-up
Christmas village burning with a grandmother upstairs in a wheelchair, the mall's food court kitchens on an alarm
company's board, a porch's Christmas light plug that burned a railing (told the next day), a dumpster of Christmas boxes
against a closed store; a wrestler unresponsive after a throw (EMS), a 16-year-old down after huffing air duster, an
implanted defibrillator firing three times at Christmas dinner, a 14-year-old's hand stabbed opening headphones (a
teenager's text), a VR player's arm through a storm door (told the next day), a woman unrousable after an eggnog shot
contest, an older man's fall off the stage at the community dinner; a Grinch-masked knife robbery of the QuickStop, an
81-year-old's handbag torn away outside the pharmacy, a sanitation worker beaten for the holiday tip envelopes
(dispatch), a handgun robbery in a church lot after the candlelight service (a web form the next morning), a shopping
bag snatched from a bicycle (non-native, the next day), an 84-year-old shoved by a man who asked in to warm his hands;
an usher shoved down the cinema steps, a man kicked in the head over a parking spot on Christmas Eve, a 17-year-old
punching his little cousin over a controller (an 11-year-old's text), a home health aide slapped by her client's drunk
son, a 72-year-old shoved into a snowbank by a pub-crawl Santa (the next day), a 5-year-old dropped off a play-area
climbing wall; a house entered during Christmas away, a 90-year-old listening to someone in his attached garage, a
bakery's rear door on an alarm company's board, a TV taken after its box went out with the recycling, a noodle shop
closed for the holiday (non-native), a cat-sitter meeting a burglar on the stairs, the park's maintenance garage; a
push-out of air fryers (mall security), phones taken from a visiting wrestling team's bags, a nephew and a mother's
rings, extension cords to a block heater taken every night, a Switch from a backpack at the magic show (a child's text),
gift cards skimmed off a rack, a cafe's rented patio heaters loaded into a box truck at dawn; a car sliding into people
leaving the family service, a two-car crash on black ice (dispatch), a woman pinned by a reversing Buick in the commuter
lot, a rental box truck pulling cable lines across Elm, a bumper broken at Rosie's (non-native, the next day), a Kia
hatchback on its roof, cars parked across a sidewalk every night (a web form); cocaine sold with firewood bundles (a web
tip), pills sold table to table at the community dinner, a teenager dealing vape carts from a garage who showed a
pistol, heroin envelopes in a boot left after a party, vape carts sold to children in the food court (mall security), an
elf selling cocaine behind a pub-crawl bar; a library book drop packed with snow, teenagers flinging curbside Christmas
trees into the road, the Santa sleigh float slashed, the Maple Square reindeer display ridden and broken, a truck driven
over a backyard rink, MERRY XMAS keyed into a new car; a pickup creeping past houses dark for Christmas, a car at the
closed school at 2:15, a Grand Cherokee abandoned in a snowbank, an Infiniti watching the pharmacy's cash pickup (a web
tip), a van filming children on the Santa run, a new Bronco with a bow left in front of a house (non-native); a fake
Santa collecting for the firefighters' toy drive, a stranger filming in the wrestlers' locker room, a man offering
children hot chocolate and a ride in his van at the sledding hill, a man trying every apartment door at 3:05, a woman
and a boy photographing TV boxes at the curb (the next day), a woman walking into a house during Christmas dinner;
pub-crawl Santas in both lanes (dispatch), a crowd raging at a ticket agent over a cancelled train, a woman fleeing her
husband into the QuickStop in her socks, an ugly sweater party's noise and parking (a web form), a new electric guitar
every night, presents thrown at a house at 12:50; two boys through a pool's winter cover, a nearly blind father gone
from his shovelling, children playing hockey on rotten pond ice, bricks falling from a chimney over a bus stop, a buck
tangled in Christmas lights, a question about flying a Christmas drone in the park and a dog chained out at fourteen
below.

Registers: calm, frightened and angry callers; the elderly ("Oh, I don't know if this is a fire yet", "I'm 81", "I'm 90
years old and alone", "I'm 74 and I need my sleep", an elderly wife) and grown children calling for an 84- and a
72-year-old parent and for a nearly blind father; children and teenagers typing in lower case without apostrophes ("im
14", "im 11", "its bleeding", "hes punching", "wont stop", "theyre doing it again", "its gone"); non-native ("A man open
the door with a big kitchen knife in his hand and say he don't order nothing", "I want make report", "we close for the
holiday since Sunday", "somebody break the lock", "I park in front of Rosie's Bakery", "Is strange", "is park in front
of my house"); second-hand (a daughter for her mother, a son for his father, a grown child for a nearly blind father, a
parent walking with the Santa run, a cat-sitter, a neighbour for a chained dog); web tips and forms ("Web tip:", "Web
form:"); workplace callers (a meat manager, a barista, a firefighter and a fire lieutenant, a parcel driver, a
children's librarian and a circulation desk, an alarm company twice, EMS, a community dinner's volunteers, a QuickStop
clerk twice, a cinema manager, a home health aide, mall security twice, a wrestling coach and an athletic director, a
front end manager, a cafe owner, a restaurant owner, Parks and Rec, a bartender, a ticket agent, a pharmacy manager) and
dispatch, EMS and alarm-company shorthand ("16 y/o M", "approx 1320", "L pupil larger than R", "c-spine", "vic M 50s",
"2 M susps", "Lac over L eyebrow", "NB on 9th", "800 blk Elm", "MVA w/ injuries", "Veh 1", "F 40s c/o", "EB", "M 30s",
"2 juv M", "approx 30 subj", "RP", "2147 hrs", "0314 hrs", "zone 14"). Spoken forms, written by hand, lower case with no
punctuation, add fillers ("um", "uh", "oh", "oh god", "oh my god", "like", "yeah", "hi", "hello", "yes hello"), split
words ("bed room", "side walk", "head light", "fire fighter", "walk in", "book case", "wheel chair", "up stairs", "stove
pipe", "wall paper", "every body", "snow bank", "wind shield", "candle light", "hand gun", "pony tail", "bath room",
"egg nog", "base ment", "foot prints", "pad lock", "chain saws", "back pack", "hall way", "drive way", "pick up", "tool
box", "flash light", "snow blow", "mini van", "clip board", "heavy set", "peep hole", "sweat pants", "bath robe", "bull
horn", "hatch back", "crow bar", "lap top", "day light", "ply wood", "mail box", "pillow case", "shoe box", "fire wood",
"fire house", "head phones", "key holder", "roof line", "water flow", "over night"), spelled shorthand ("e m s", "m v
a", "r p", "t v", "v r", "d v ds", "t h c", "g m c", "d j", "x mas", "q x sixty"), mishearings (maine, wall nut, burch,
ceder, spruse, willo, chesnut, kingsly, lincon, hawthorne, rosies, fresh mart, river side, north gate, quick stop,
"infinity" for Infiniti) and plates in the NATO alphabet ("delta victor november two two eight zero"), letter by letter
("h g w three one oh seven") and partial ("six k", "j r"). Numbers that are not addresses: "apartment 3", "zone 14",
"mat 2", "16 y/o", "theater 2", "register 1", "Veh 1", "Veh 2", "approx 30" envelopes, "approx 30 subj", "$400", "$800",
"75-inch", "sixty kids", "sixty" books, "forty" envelopes, "eleven of us", "three times", "three cords", "three of the
six", "thirty or forty" cards, "about eighty people", "a dozen kids", "fourteen below", "ten below", "the 6:30" (a
train), "the 11 o'clock" (a service), "at 6 tonight", "6 am shift", "the 22nd", "three days now", "twenty minutes", and
ages of callers, victims and relatives ("im 14", "im 11", "my cousin is 17", "he's 78", "she's 84", "he's 72", "I'm 81",
"I'm 90", "I'm 74", "my son's 16", "my 5-year-old", "he's 15", "My father's 84", "Kids look 12, 13", none annotated; "a
boy of maybe 12", a suspect's estimated age, and "maybe 50" are).

Same format and conventions as hand.py and holdouts 4-29 (written to extraction_holdout30.jsonl with ids "al01" to
"al90" by importing hand_records from make_corpus.py and calling hand_records(HOLDOUT30, "al"), one JSON object per line
serialised as main() does, `json.dumps(record, ensure_ascii=False)`; make_corpus.py itself was not edited, so its main()
does not regenerate this file until the set is registered there), with the choices holdouts 26-29 list: every person
other than the caller annotated once, also one named through a possessive; a described member of a group a separate
person only with their own attributes (the group kept too; the member given the group's sex and age, as holdout29 gives
them); people away, absent or dead not annotated; partial plates as said; "last night" 23:00 the day before, "overnight"
02:00, a clock time after midnight the same date; habits, durations, weekdays, dates, schedule and future times, spans
and times when all was still well are not times; "maybe N" years N-3..N+3, teens and teenagers 13-19, old and older
60-90, young 18-29; victims', relatives', children's and callers' stated or estimated ages not annotated, a descriptive
age word or a shorthand decade for a victim is; a vehicle's type only when a type word is in its description and not
when a model describes it; base priorities weapon, fire, medical, robbery, assault high, burglary, theft, traffic
medium, the rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen, low to medium
for children at risk, one step (not above high) for an event still happening (a said time within 15 minutes, or with no
time said a present progressive for a low call, as `still_happening` defines it), one step lower when more than six
hours old (weapons and robberies included); raises do not stack; child luring, a girl or woman in danger and a missing
vulnerable person high; "other" is not lifted for being recent or for children; an event said to have "just" happened is
now, not where "just" means "only" ("I just want it on record", "his mother just shrugs", "just panicked"), where the
caller only came upon it ("Came home an hour ago", "I found him", "her friends found her"), where the telling is what
was just ("She just called me") or where the tip times it otherwise ("Robbery just occurred approx 0910": the clock time
only).

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- "just" and priority. The README says the older sets' priorities never took the recency lift from a "just", while
  holdout29's did (a T-bone "just" with nobody hurt raised to high). This set avoids the question: every tip labelled
  now from a "just" is either already high or critical for another reason (a weapon seen, an injury, a life at risk, a
  woman or girl in danger) or also says "right now", "now" of a person of the event, or a clock time within minutes, so
  its priority is the same whichever reading is taken; the one "just" event that is otherwise medium, a burglar met on
  the stairs, is told "Two minutes ago" instead.
- Weapons: no new type. "a crowbar" smashed at a door with a threat to "cave my head in" crowbar, in use (critical, as a
  weapon used at a person behind the door); "an aluminum bat" swung at a firefighter bat (critical); "a boning knife"
  jabbed at a butcher knife (critical); "a hunting knife" laid on a counter pointed at a clerk knife (an armed robbery,
  critical); "a handgun" pointed at a wife in a church lot after midnight, told at 09:45 (an armed robbery, lowered to
  high). Held or shown with a threat but not swung or pointed is seen, as holdout29's switchblade and deer rifle: "a big
  kitchen knife" held at a parcel driver the evening before (seen, lowered to medium) and "a machete" held over a shared
  driveway (high). Seen (high): "a rifle" carried into a cafe by the barrel, "a black pistol" that slid out of a pocket
  at a magic show, "a pistol" a teenage dealer showed from a toolbox (the drugs call high). Not weapons: a steak knife
  slipping while opening packaging, a snowblower, wrapped presents thrown at a house, a pillowcase, a thermos, the
  claimed dog and car of a ruse, a toolbox, a bullhorn.
- Categories and priorities: fire critical only where someone cannot get out (a grandmother in a wheelchair upstairs);
  high for fires burning with everyone out (the pudding, the stovepipe, the mall kitchens on an alarm four minutes old:
  high is not lifted, the dumpster); a porch fire put out the evening before medium. Medical critical for an
  unresponsive wrestler with snoring breathing, a boy barely breathing and blue after air duster and a woman who cannot
  be roused; high for a stabbed hand, a defibrillator firing while the man is awake and talking (no sign yet of a life
  at risk) and a bleeding head wound in a man who "knows where he is" (not the mixed-up words that holdout28 makes
  critical); an arm cut the day before and opened again medium. Robbery critical for the knife at the QuickStop; high
  for injuries (a wrist, a lacerated eyebrow, a goose egg) and the armed robbery nine and a half hours old; a snatch
  from the hand the day before medium (a snatch with force on the person a robbery, as holdout29's phone torn from a
  hand). Assault critical for a man kicked in the head and not moving; high for injuries (an usher's head, a child's
  nose, an aide's eyebrow, a 5-year-old's lip); a broken wrist the afternoon before medium. Burglaries "right now", "Two
  minutes ago" and an alarm four minutes old high; a house entered while the family was away ("who knows when") and a
  restaurant closed for the holiday ("I don't know when") medium; a TV taken "Last night" and a park garage entered
  "last night", told the next morning, low. Thefts "right now" (the push-out, the gift cards, the patio heaters) high;
  "About half an hour ago", "like an hour ago" and no time said (the nephew) medium; extension cords taken every night
  (a habit) low. Traffic critical for a woman pinned under a car and not answering; high for injuries (a neck and back
  after black ice, a knee in the commuter lot, a forehead in a rollover); a road blocked by pulled-down cable lines with
  no time medium; a bumper the morning before and cars parked across a sidewalk every night (a habit, the simple
  present) low. Drugs: a pistol shown by a teenage dealer high; children (pills sold at a dinner with little kids
  present, vape carts to younger kids) and "right now" (the elf) medium; a habit in the simple present (firewood and
  cocaine) and a find (heroin envelopes in a boot) low. Vandalism: "right now" (three of them) medium, the ones doing
  the damage no children at risk; "Sometime overnight", "sometime last night" and "last night around 8" low. Suspicious
  vehicles: present progressives ("keeps crawling", "keeps following") and "It's 2:15" medium; a car in a snowbank
  ("that's been there"), a habit (the Infiniti) and a Bronco left three days low. Suspicious persons: a man luring
  children into his van with hot chocolate high (child luring); "right now" (a fake Santa collecting), children (a
  stranger filming in a locker room), "It's 3:05" and a woman who walked into a house and "is trying" the next door (she
  took nothing: a suspicious person, not a burglary) medium; TV boxes photographed the afternoon before low.
  Disturbances: a woman fleeing into the QuickStop saying her husband will kill her high (a woman in danger); present
  progressives ("are throwing", "is pounding") and "It's 12:50" medium; a party "last night" that "went till after 2" (a
  span, over) and a guitar every night (a habit) low. Other: a boy under a pool's winter cover critical (a rescue); a
  nearly blind father gone from his shovelling high (a missing vulnerable person); children on rotten pond ice, bricks
  over a bus stop (hazards over people, not lifted by a present progressive or by "keep") and a dog chained out at
  fourteen below (an animal at risk, as holdout7's deer in a fence) medium; a buck unhurt in Christmas lights (no one at
  risk) and a question low.
- Vehicles: "A car" car (the one that slid into the churchgoers); "a black Ram pickup" ram pickup with its partial plate
  ("6K", as holdout20's Ram pickup); "a dark sedan" sedan with no colour (as holdout8's "dark sedan") going north ("NB
  on 9th"); "a bicycle" (a snatcher's); "a silver Honda Odyssey" odyssey with its plate (DVN2280, spoken in the NATO
  alphabet); "a white box truck" and "A rental box truck" trucks (as holdout28's box trucks); "a grey minivan" and "a
  rusty tan minivan" minivans; "a grey Toyota RAV4" rav4 and "a red Ford Escape" escape; "a gold Buick Enclave" enclave
  (gold a colour, as the earlier sets' gold cars); "green Subaru Forester" forester with its partial plate ("J R" JR);
  "A little blue Kia hatchback" kia with type hatchback (a make and a type word, no model); "black Dodge Ram" dodge ram
  with no type ("his truck" said before, a model describing it, as holdout12's and holdout25's Dodge Rams); "a big black
  truck" truck; "A dark green pickup" green pickup (as "dark blue" is blue); "a silver Hyundai Sonata" sonata ("a car"
  said before it, a model describing it); "a red Jeep Grand Cherokee" grand cherokee; "a white Infiniti QX60" qx60; "A
  black van" and "The van" vans; "a new white Ford Bronco" bronco ("Dealer paper plate" no plate said); "a blue Toyota
  Sienna" sienna; "a black GMC Sierra" sierra with its plate (HGW3107, spoken letter by letter). Not vehicles: the
  callers' own cars and trucks (the ladder truck, a keyed new car, a bumpered car, a woman's own car she was loading,
  the cab of a cab driver RP), the car a tree was thrown on as it went by, cars turning around, cars parked across a
  sidewalk, the Santa run, a drone, a Nintendo Switch.
- Persons: the caller and "we" / "us" / "all eleven of us" not annotated; groups "My two kids" 2; "kids", "the
  customers", "everybody", "the parents", "her friends", "the choir", "my kids" (a team), "The teams", "people",
  "Regulars", "families with little kids", "kids from the high school" (2+, 13-19), "younger kids", "Santas", "the
  residents" of a house ("the people at 1138 Oak") and "people walking to the bus", "little kids" 2+; "sixty kids",
  "approx 30 subj", "about eighty people" and "A dozen kids" 3+; "three guys" 3 male; "Three teenagers" 3 (13-19); "Two
  boys", "Two drunk guys", "two guys", "two men", "2 M susps" and "2 juv M" 2 male. "Somebody" / "someone" who did a
  thing is a person (burglars, thieves and vandals no one saw), annotated once when a description of the same person
  follows (the teenager in a camo hoodie). A baby woken by a siren, a firefighter swung at, a butcher, a toddler, a wife
  filming, a grandson, a grandmother, a brother and a baby in a burning house, a guard, a trainer and a coach, a choir,
  an usher and an assistant manager, a client in her hospital bed, a cousin and a little brother, a father and the
  pub-crawl Santa's buddies, a man's daughter in a play area, a daughter and a wife named through possessives, a mother
  whose rings were taken, a husband who questioned two strangers, a brother who walked a stranger out, the parents at a
  wrestling meet, whoever is upstairs when presents are thrown are persons. Not persons: owners and families away (in
  Ohio, in Florida, at their grandparents'), the parents at church, the grown-ups next door, the in-laws, a late wife, a
  landlord who wants a report, a boss, a sister who "won't hear it", a father at work, security as an office, the
  firehouse and the cinema as senders, the people who taped envelopes to their cans or put boxes out. Ages: "M 30s"
  30-39, "vic M 50s" 50-59 and "F 40s" 40-49 (shorthand decades, a victim's and a driver's too, as holdout28's "M 70s"),
  "older gentleman", "an older man" and "Older man" 60-90, "Young guy" 18-29, "a teenager", "teenager" and "high school
  kids" 13-19, "a boy of maybe 12" 9-15, "maybe 50" 47-53; "16 y/o M", "my son's 16", "he's 15", "Kids look 12, 13" (a
  patient's, a child's, children's) not annotated; "a little boy", "a little girl", "the baby" and "little kids" no age
  range. "Tall" tall; "Big guy", "Heavy guy" and "Heavyset" heavy; "Skinny" and "skinny" thin; "really short" short.
- Clothing: "grey Carhartt hoodie" -> "grey hoodie", "red plaid coat" -> "red coat", "Camo coat", "orange knit hat" ->
  "orange hat", "green puffer jacket" -> "green jacket", "green parka" and "black parka" -> "green coat" and "black
  coat" (as holdout13's parkas), "red reindeer sweater" -> "red sweater", "black coat", "grey sweatpants", "red beanie",
  "a ski mask" -> "ski mask", "black hoodie" (twice), "tan hat with ear flaps" -> "tan hat", "blue ski jacket" -> "blue
  jacket", "black Bruins hoodie" -> "black hoodie", "Grey hoodie", "black sweatpants", "camo hoodie", "brown suede coat"
  -> "brown coat", "grey knit hat" -> "grey hat", "yellow raincoat", "orange hunting jacket" -> "orange jacket", "a
  Santa hat" and "a lit-up Santa hat" -> "red hat" (as holdout12's Santa hat), "brown canvas jacket" -> "brown jacket",
  "white ski jacket" -> "white jacket", "ugly Christmas sweaters" -> "sweater", "green fleece" -> "green jacket" (as
  holdout26's company fleece), "black work coat" -> "black coat", "carrying a backpack" -> "backpack", "Long red coat"
  -> "red coat", "orange Syracuse hat" -> "orange hat", "a bathrobe and boots", "slippers and a sweater". Not clothing:
  costumes (a rubber Grinch mask, a Santa suit, an elf suit with striped tights and fake ears, as holdout11's and
  holdout12's costumes), beards, bald, a grey ponytail, blonde hair, "slicked hair", "hood up", big sunglasses, "Average
  build" and "dark clothes".
- Times: "2147 hrs", "approx 1320", "approx 0910", "0314 hrs" and "approx 0720" clock times, minutes before the tip;
  "It's 2:15", "It's 3:05" and "It's 12:50" (after midnight, the same date) said during the event, those times; "Last
  night around 12:15" 00:15 the same date (after midnight); "Yesterday evening about 6" 18:00, "Yesterday evening around
  5" and "Yesterday around 5 in the afternoon" 17:00, "Yesterday afternoon around 3" and "Yesterday around 3" 15:00,
  "Yesterday afternoon around 2" 14:00, "yesterday morning around 9" 09:00 and "last night around 8" 20:00, the day
  before; "Last night", "last night" and "sometime last night" 23:00 the day before; "Sometime overnight" 02:00; "Two
  minutes ago" (twice), "About ten minutes ago", "About half an hour ago" (twice) and "like an hour ago" minutes ago;
  "right now", "Right now", "just" and, where a person of the event is, "in the lobby now", "down at the end by the
  stairs now", "is trying their front door now" and "now theyre doing it again" now, while a narrative "now" ("now the
  rug and the drapes are burning", "now they're lying across the whole road", "the battery's died now", "now it's lying
  curled up", "She's free now", "Not an emergency now", "three days now") is not. Not times: "since Tuesday night",
  "this morning", "today", "Today", "tonight", "tomorrow", "yesterday" (a bare day), "Wednesday", "Thursday", "Friday",
  "Sunday", "Monday", "on the 22nd", "since Christmas", "since Christmas Eve", "since Christmas morning", "since it got
  cold", "since the storm Saturday morning", "since Sunday", "Every night since", "Every afternoon since Christmas",
  "from about 9 till midnight", "went till after 2", "the 11 o'clock candlelight service", "at 6 tonight", "6 am shift",
  "the 6:30", "Came home an hour ago" (the coming upon), "while I was in the shower" (when all was still well), "the
  last ten minutes", "twenty minutes", "ten minutes", "all night", "half the night", "all vacation", "this month", "last
  night's rain", "Christmas Eve" and "Christmas Day" as days.
- Places: parts of a landmark are the landmark (the walk-in cooler, meat counter, gift card rack and the lot by the cart
  return on the Cedar side of FreshMart; the community room, magic show and book drop of the library; the food court
  kitchens, north doors, department store, south doors and lot, play area and food court tables of Northgate Mall; the
  gym, mat, bleachers, locker room and hallway of Oakford High; the stage and the upstairs meal of City Hall; the
  ladies' room of the Old Mill Brewery; theater 2, the lobby and the lot of the Grand Cinema; the commuter lot and
  waiting room of Central Station; the maintenance garage, sledding hill and boat launch of Riverside Park; the outdoor
  tent of the Corner Cafe; the lighted reindeer of Maple Square); "behind the station" (Fire Station Number 2), "behind
  Lincoln Elementary" (twice), "across the street" from Main Street Pharmacy, "in front of Rosie's Bakery", "behind the
  hardware store at 706 Main", "in front of my house at 509 11th Street" and "in front of 715 Pine" relative. "Walnut by
  7th", "Main past 4th", "Main by 6th", "Main & 5th", "River Rd & 10th", "Kingsley by 6th", "Kingsley by 3rd", "Spruce
  and 2nd" and "Church and Maple" intersections; "Willow between 6th and 7th", "800 blk Elm", "Elm between 6th and 7th",
  "Hawthorn between 7th and 8th", "Birch between 3rd and 4th", "Birch between 8th and 9th", "the 500 block of Chestnut"
  and "Oak between 8th and 9th" blocks; addresses on numbered streets ("622 2nd Street", "1024 4th street", "226 6th
  Street", "620 7th Street", "633 8th Street", "518 9th Street", "418 10th Street", "509 11th Street", "233 12th
  Street", "826 3rd Street"), on Church Street ("120 Church Street", twice), on Market Street ("110") and on the named
  streets. Streets alone name no place ("coming down Church Street", "toward Pine", "toward Main", "NB on 9th", "on
  Pine", "toward the river", "the River Road side", "the Cedar side" of a lot). Look-alikes that name no place: Fire
  Station Number 2 as where the Santa run comes from, "the firehouse" whom a caller phoned, St. Mary's where a wrist was
  set, "the mall" where a victim had shopped, "a FreshMart bag", "the car wash", Grace Church (its address does), the
  hardware store (its address does), the noodle restaurant, the Wild Rover, Albany, Ohio, Florida, New York, Amtrak,
  Syracuse and the Bruins. Every tip has one place.

Overlap with the earlier sets: every draft was compared with all 3,624 earlier tips by shared four-word runs and by
content-word overlap (Jaccard of the sets of words of three letters or more outside a small stop list), and with the
other drafts of this set; the nearest earlier tips, overall and in the same category, were printed beside each draft and
read. About forty drafts came too close to a situation already used and were replaced, some slots two or three times: a
bow and arrows over a fence (holdout18), a pistol fired into the air through a roof on a holiday night (holdout18), a
homeowner with a shotgun across his chest ordering a crew off his lawn (holdout25), an estranged husband opening his
coat to show a pistol (holdout19), a man with a gun asleep in the Central Station waiting room (holdout13), a landlord's
claw hammer (train2), a train car filling with smoke at Central Station (holdout9), wood stove ashes on a deck (train4),
a car's engine fire reported for insurance (train2), frostbite after sledding (holdout13), a man stiff in the snow by a
bus shelter (train4), a child and a button battery (train3), magnet balls (train5), a birth in a car at Central Station
(holdout23), seizures and allergic reactions (several sets), a strong-arm robbery of an elderly woman by two teens in a
white tracksuit (train3), a luggage robbery off the train (holdout17), a kettle and its bell ringer (holdout12), a
bouncer throwing a man down the steps (holdout5), a child's new sled taken by big boys (holdout13), a bike from the
library rack an hour ago (holdout4), a nativity and a reindeer (holdout12, train5, train6), flowers off a husband's
grave (train3), a newspaper taken every morning (holdout10), heating oil siphoned (holdout26), a gas drive-off
(holdout6, holdout7), side mirrors ripped off by a man in a Santa hat (train1), a snowman destroyed overnight
(holdout12), ice sculptures smashed (holdout13), a harvest display wrecked in front of City Hall (holdout17), a stop
sign flattened with near misses (train4), a tour bus hung on a corner (holdout21), a jackknifed semi (holdout6), a car
reversing over a man in the FreshMart lot by the garden center (holdout25), dealers in cars with guns on the seat in the
commuter lot (holdout12, holdout13), pills stamped M30 found (train1), an Audi meeting cars in a lot every night
(holdout13), a car circling the mall lot behind women (holdout10), a man in the Central Station waiting room approaching
women travelling alone (holdout17), a lost autistic boy (holdout21) and a lost girl of four in a pink hat with a pompom
(holdout27), a child skating at the river not back by dark (holdout13), a diabetic teenager missing (train1), kids home
alone since the day before (holdout8), a neighbour of 88 at 45 degrees inside (holdout12), a snow tunnel caving in
(holdout13) and a quick question about a burn permit and a ticket (holdout20). About twenty more were reworded where
they shared four or more runs with an earlier tip or another draft. The final drafts share at most three four-word runs
with any earlier tip (32 share three, mostly place and stock phrases such as "quickstop on river road", "the central
station commuter", "the back of his head", "i'm calling about my") and at most 0.27 content-word overlap (a knife
robbery at the QuickStop "Two minutes ago" against holdout27's at the pharmacy; next 0.21, three of them); with one
another at most two runs and 0.15.
"""
from hand import P, V, W

HOLDOUT30 = [
    # ---------------------------------------------------------------- weapon
    # The deep freeze, no heat since the Tuesday night: the landlord came up with a crowbar and is smashing at the
    # tenant's door, threatening to "cave my head in": a weapon in use (critical). The landlord and "My two kids" (2)
    # persons; "a crowbar"; "apartment 3" no number of a place; "since Tuesday night" and "this morning" no times; "419
    # Birch" the address.
    dict(written="Please send police to 419 Birch, apartment 3. We've had no heat since Tuesday night and when I called the landlord again this morning he came up with a crowbar and he's smashing at my door with it, screaming he'll cave my head in if I call the town on him. The door's splitting. My two kids are in the bedroom with me.",
         spoken="please send police to four nineteen burch apartment three we've had no heat since tuesday night and when i called the landlord again this morning he came up with a crow bar and he's smashing at my door with it screaming he'll cave my head in if i call the town on him the door's splitting my two kids are in the bed room with me",
         at="2040-12-27 07:50", entities=[P(count="1", sex="male"), W("crowbar"), P(count="2")],
         places=[("address", 419, "Birch Street")], category="weapon", priority="critical"),
    # The Corner Cafe's barista: a man "just" walked in carrying a rifle over his shoulder and sits by the window with
    # it leaning on his table, threatening nobody: a weapon seen (high). The man ("Camo coat", "orange knit hat" ->
    # "orange hat"; a grey beard no clothing) and the customers (2+) persons; "rifle"; "just" now.
    dict(written="Corner Cafe, I'm the barista. A man just walked in carrying a rifle over his shoulder by the barrel, ordered a coffee and sat down by the window with the rifle leaning on the table next to him. He hasn't said anything to anybody, but customers are leaving. Camo coat, orange knit hat, grey beard. He's still sitting there.",
         spoken="corner cafe i'm the barista a man just walked in carrying a rifle over his shoulder by the barrel ordered a coffee and sat down by the window with the rifle leaning on the table next to him he hasn't said anything to anybody but customers are leaving camo coat orange knit hat grey beard he's still sitting there",
         at="2040-12-27 09:10", entities=[P(count="1", sex="male", clothing=["camo coat", "orange hat"]), ("now",), W("rifle"), P(count="2+")],
         places=[("landmark", "Corner Cafe")], category="weapon", priority="high"),
    # Christmas Eve, Fire Station Number 2's Santa run: a man angry that the siren woke his baby smashed the ladder
    # truck's headlight with an aluminum bat and swung it at a firefighter's head, still in the road with it: a weapon
    # in use (critical). The man ("Big guy" heavy, "grey Carhartt hoodie" -> "grey hoodie"), his baby (named through a
    # possessive), the firefighter swung at ("one of my guys", male) and the kids on the sidewalk (2+) persons; "bat";
    # the ladder truck the caller's, no vehicle; Fire Station Number 2 is where the run comes from, not the place;
    # "Willow between 6th and 7th" the 600 block of Willow.
    dict(written="Firefighter with the Santa run off Fire Station Number 2, we're stopped on Willow between 6th and 7th handing out candy canes. A guy came out of one of the houses screaming that the siren woke his baby, grabbed an aluminum bat off his porch and smashed the headlight on our ladder truck, then swung it at one of my guys' heads. He missed. He's still in the road with the bat and there are kids all along the sidewalk. Big guy, grey Carhartt hoodie.",
         spoken="fire fighter with the santa run off fire station number two we're stopped on willo between sixth and seventh handing out candy canes a guy came out of one of the houses screaming that the siren woke his baby grabbed an aluminum bat off his porch and smashed the head light on our ladder truck then swung it at one of my guys heads he missed he's still in the road with the bat and there are kids all along the side walk big guy grey carhartt hoodie",
         at="2040-12-24 15:20", entities=[P(count="1", sex="male", build="heavy", clothing=["grey hoodie"]), P(count="1"), W("bat"), P(count="1", sex="male"), P(count="2+")],
         places=[("block", 600, "Willow Street")], category="weapon", priority="critical"),
    # Christmas Eve morning at FreshMart: a man whose ham order was lost took a boning knife off the block behind the
    # meat counter and is jabbing it at the butcher: a weapon in use (critical). The man ("Heavy" heavy, "red plaid
    # coat" -> "red coat") and the butcher (no sex said) persons; "a boning knife" knife; the caller in the walk-in
    # cooler not annotated.
    dict(written="I'm the meat manager at FreshMart, I'm calling from inside the walk-in cooler. A man whose Christmas ham order got lost came around behind the meat counter and grabbed a boning knife off the block. He's out there jabbing it at my butcher and yelling that nobody leaves till he gets his ham. My butcher's backed against the slicer. Heavy guy, red plaid coat.",
         spoken="uh i'm the meat manager at fresh mart i'm calling from inside the walk in cooler a man whose christmas ham order got lost came around behind the meat counter and grabbed a boning knife off the block he's out there jabbing it at my butcher and yelling that nobody leaves till he gets his ham my butcher's backed against the slicer heavy guy red plaid coat",
         at="2040-12-24 10:50", entities=[P(count="1", sex="male", build="heavy", clothing=["red coat"]), W("knife"), P(count="1")],
         places=[("landmark", "FreshMart Supermarket")], category="weapon", priority="critical"),
    # Non-native parcel driver on Christmas morning: "Yesterday evening about 6" (18:00 the day before) a man opened his
    # door holding a big kitchen knife and said he would cut him if he came on the steps again; he never came close: a
    # weapon seen (held with a threat, not swung or pointed, as holdout29's switchblade), lowered from high to medium
    # (hours old). The man a person; the boss who told him to report (not there) not annotated; "415 Oak" the address.
    dict(written="Good morning. I drive for the parcel company. Yesterday evening about 6, last stop before Christmas, I bring a box to 415 Oak. A man open the door with a big kitchen knife in his hand and say he don't order nothing and if I come on his steps again he cut me. He don't come close, but he hold the knife the whole time. I leave the box on the sidewalk. My boss say I must report.",
         spoken="good morning i drive for the parcel company yesterday evening about six last stop before christmas i bring a box to four fifteen oak a man open the door with a big kitchen knife in his hand and say he don't order nothing and if i come on his steps again he cut me he don't come close but he hold the knife the whole time i leave the box on the side walk my boss say i must report",
         at="2040-12-25 10:15", entities=[("local", "2040-12-24 18:00"), P(count="1", sex="male"), W("knife")],
         places=[("address", 415, "Oak Street")], category="weapon", priority="medium"),
    # The library's vacation-week magic show: a pistol slid out of a father's coat pocket onto the floor in front of the
    # children; he laughed and put it back: a weapon seen (high; children lift only low calls). The father (bald no
    # clothing, "green puffer jacket" -> "green jacket"), his toddler and the kids ("sixty kids", 3+) persons; pistol
    # handgun; the community room is the library's.
    dict(written="Children's librarian at the Oakford Public Library. We're in the middle of the vacation-week magic show in the community room and a dad in the back row bent over to pick up his toddler and a black pistol slid out of his coat pocket onto the floor. He laughed, shoved it back in and sat down. There must be sixty kids in here. He's still sitting there, bald, green puffer jacket. I don't want to start a panic.",
         spoken="children's librarian at the oakford public library we're in the middle of the vacation week magic show in the community room and a dad in the back row bent over to pick up his toddler and a black pistol slid out of his coat pocket onto the floor he laughed shoved it back in and sat down there must be sixty kids in here he's still sitting there bald green puffer jacket i don't want to start a panic",
         at="2040-12-27 14:30", entities=[P(count="1", sex="male", clothing=["green jacket"]), P(count="1"), W("handgun"), P(count="3+")],
         places=[("landmark", "Oakford Public Library")], category="weapon", priority="high"),
    # The Saturday's snow: a neighbour stands on his side of a shared driveway with a machete hanging from his hand,
    # watching the caller snowblow, threatening him and his machine over snow on his side, never crossing the line: a
    # weapon seen (high; held with a threat, not swung). The neighbour (tall, "green parka" -> "green coat", as
    # holdout13's parkas) and the wife filming persons; "machete"; "1125 Willow" the address.
    dict(written="My neighbor at 1125 Willow is standing on his side of our shared driveway with a machete hanging from his hand, watching me snowblow. He says my snow is landing on his side and if I make one more pass he'll smash my machine and then me. He hasn't come over the line. My wife's filming from the window. Tall guy, green parka.",
         spoken="my neighbor at eleven twenty five willo is standing on his side of our shared drive way with a machete hanging from his hand watching me snow blow he says my snow is landing on his side and if i make one more pass he'll smash my machine and then me he hasn't come over the line my wife's filming from the window tall guy green parka",
         at="2040-12-29 09:40", entities=[P(count="1", sex="male", height="tall", clothing=["green coat"]), W("machete"), P(count="1", sex="female")],
         places=[("address", 1125, "Willow Street")], category="weapon", priority="high"),

    # ---------------------------------------------------------------- fire
    # Christmas Eve dinner: brandy poured over a Christmas pudding flared into the bottle, the dropped bottle set the
    # rug and drapes burning, climbing to the ceiling; everyone out: fire, high. The husband a person; "all eleven of
    # us" the caller's household ("us"), not annotated; "now" narrates; "622 2nd Street" the address.
    dict(written="Fire at 622 2nd Street! My husband was pouring brandy over the Christmas pudding to light it and the flame ran up into the bottle, he dropped it on the rug and now the rug and the drapes are burning and it's climbing the wall to the ceiling. We got everyone out on the lawn, all eleven of us, the dog too. The smoke's pouring out the front door.",
         spoken="fire at six twenty two second street my husband was pouring brandy over the christmas pudding to light it and the flame ran up into the bottle he dropped it on the rug and now the rug and the drapes are burning and it's climbing the wall to the ceiling we got everyone out on the lawn all eleven of us the dog too the smoke's pouring out the front door",
         at="2040-12-24 21:15", entities=[P(count="1", sex="male")],
         places=[("address", 622, "2nd Street")], category="fire", priority="high"),
    # Christmas morning, an elderly caller: the grandson stuffed the wrapping paper into the wood stove, the stovepipe
    # is red all the way up and the wall behind it smoking and crackling inside: fire, high (everybody sent out). The
    # grandson and "everybody" (2+) persons; "this morning" no time; "1017 Pine Street" the address.
    dict(written="Oh, I don't know if this is a fire yet. My grandson stuffed all the wrapping paper from this morning into the wood stove and the stovepipe's gone bright red all the way up, and the wallpaper behind it is browning and smoking. There's a crackling up inside the wall. I've sent everybody outside. 1017 Pine Street, the yellow house.",
         spoken="oh i don't know if this is a fire yet my grandson stuffed all the wrapping paper from this morning into the wood stove and the stove pipe's gone bright red all the way up and the wall paper behind it is browning and smoking there's a crackling up inside the wall i've sent every body outside ten seventeen pine street the yellow house",
         at="2040-12-25 10:30", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("address", 1017, "Pine Street")], category="fire", priority="high"),
    # A house burning from a light-up Christmas village on a bookcase, the power out, a grandmother upstairs in her
    # wheelchair who cannot get down: someone who cannot get out (critical). The grandmother, the brother going up and
    # the baby with the caller persons; "327 Chestnut" the address.
    dict(written="Please hurry, the house is on fire at 327 Chestnut! It started in the little light-up Christmas village on the bookcase and the whole front room's full of black smoke. My grandmother's upstairs in her wheelchair and the stair lift won't work, the power went. My brother's trying to get up the stairs with a wet towel over his face. I'm outside with the baby.",
         spoken="please hurry the house is on fire at three twenty seven chesnut it started in the little light up christmas village on the book case and the whole front room's full of black smoke my grandmother's up stairs in her wheel chair and the stair lift won't work the power went my brother's trying to get up the stairs with a wet towel over his face i'm outside with the baby",
         at="2040-12-26 19:05", entities=[P(count="1", sex="female"), P(count="1", sex="male"), P(count="1")],
         places=[("address", 327, "Chestnut Street")], category="fire", priority="critical"),
    # Alarm company on Christmas Eve, the mall closed: a smoke detector in the food court kitchens at 2147 hrs and a
    # waterflow, the guard seeing haze: fire, high (a said time within 15 minutes does not lift a high call). The guard
    # a person; "zone 14" no number of a place; "at 6 tonight" a schedule, no time; the food court and the north doors
    # are Northgate Mall's.
    dict(written="Northeast Alarm, fire signal at Northgate Mall: smoke detector zone 14, food court kitchens, at 2147 hrs, then a waterflow on the same zone. Mall closed at 6 tonight. Security guard on site reports haze in the food court and a burning smell from the pizza place. Guard is outside the north doors.",
         spoken="northeast alarm fire signal at north gate mall smoke detector zone fourteen food court kitchens at twenty one forty seven hours then a water flow on the same zone mall closed at six tonight security guard on site reports haze in the food court and a burning smell from the pizza place guard is outside the north doors",
         at="2040-12-24 21:52", entities=[("local", "2040-12-24 21:47"), P(count="1")],
         places=[("landmark", "Northgate Mall")], category="fire", priority="high"),
    # The day after: "Yesterday evening around 5" (17:00 the day before) the plug of a porch's Christmas lights melted
    # and set the railing and the porch ceiling burning until the tenant beat it out: fire, lowered to medium (hours
    # old). No persons (the landlord who wants a report is not there); "518 9th Street" the address.
    dict(written="Not an emergency now, but my landlord says I need a fire department report. Yesterday evening around 5 the plug where my porch Christmas lights connect to the extension cord melted and set the wooden railing and the porch ceiling burning. I beat it out with a wet towel and a shovel of snow before it spread. The ceiling's black and the railing's charred through. 518 9th Street, the downstairs.",
         spoken="not an emergency now but my landlord says i need a fire department report yesterday evening around five the plug where my porch christmas lights connect to the extension cord melted and set the wooden railing and the porch ceiling burning i beat it out with a wet towel and a shovel of snow before it spread the ceiling's black and the railing's charred through five eighteen ninth street the down stairs",
         at="2040-12-27 11:00", entities=[("local", "2040-12-26 17:00")],
         places=[("address", 518, "9th Street")], category="fire", priority="medium"),
    # The night after Christmas: a dumpster crammed with Christmas boxes burning behind a closed hardware store, flames
    # above the roofline against the back wall and the wires: fire, high. "everybody" (the neighbouring building's
    # tenants, 2+) persons; the hardware store names no place, behind it at 706 Main relative to the address.
    dict(written="The dumpster behind the hardware store at 706 Main is on fire, it's crammed full of Christmas boxes and the flames are going up higher than the roofline and licking the back wall and the power lines over the alley. Nobody's in the store, it's closed. I'm the upstairs tenant next door, I got everybody out of our building.",
         spoken="the dumpster behind the hardware store at seven oh six main is on fire it's crammed full of christmas boxes and the flames are going up like higher than the roof line and licking the back wall and the power lines over the alley nobody's in the store it's closed i'm the upstairs tenant next door i got every body out of our building",
         at="2040-12-26 22:30", entities=[P(count="2+")],
         places=[("relative", ("address", 706, "Main Street"))], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # EMS at the holiday wrestling tournament: a 16-year-old thrown to the mat approx 1320, unresponsive since, snoring
    # respirations, unequal pupils: critical. The patient ("16 y/o M", a patient's age in numbers, not annotated), the
    # trainer, the coach and the parents (2+) persons; "mat 2" no number of a place; the gym is Oakford High's.
    dict(written="EMS to Oakford High gym, holiday wrestling tournament, mat 2: 16 y/o M thrown to mat approx 1320, struck head, unresponsive since, snoring respirations, L pupil larger than R. Trainer holding c-spine. Coach and parents on scene.",
         spoken="e m s to oakford high gym holiday wrestling tournament mat two sixteen year old male thrown to mat approx thirteen twenty struck head unresponsive since snoring respirations left pupil larger than right trainer holding c spine coach and parents on scene",
         at="2040-12-28 13:25", entities=[P(count="1", sex="male"), ("local", "2040-12-28 13:20"), P(count="1"), P(count="1"), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="medical", priority="critical"),
    # A mother on the Friday night: her 16-year-old on his bedroom floor with a can of air duster from his new computer,
    # breathing only every few seconds, lips blue, not waking: critical. The son (his stated age not annotated) a
    # person; "I found him" the coming upon, no time; "1046 Pine Street" the address.
    dict(written="My son's 16 and I found him on his bedroom floor with one of the cans of air duster that came with his new computer, the straw still in his hand. He's breathing but only every few seconds, his lips are blue and I can't wake him. There's three empty cans under the bed. 1046 Pine Street, please hurry.",
         spoken="oh god my son's sixteen and i found him on his bed room floor with one of the cans of air duster that came with his new computer the straw still in his hand he's breathing but only every few seconds his lips are blue and i can't wake him there's three empty cans under the bed ten forty six pine street please hurry",
         at="2040-12-28 21:30", entities=[P(count="1", sex="male")],
         places=[("address", 1046, "Pine Street")], category="medical", priority="critical"),
    # An elderly wife at Christmas dinner: her husband's implanted defibrillator has shocked him three times in ten
    # minutes; he is awake and talking, sweaty and scared: high (no sign yet of a life at risk). The husband (his stated
    # age not annotated) a person; "the last ten minutes" a duration; "226 6th Street" the address.
    dict(written="It's my husband, he's 78 and he has one of those implanted defibrillators. It's shocked him three times in the last ten minutes while we were sitting at Christmas dinner, he jumps right out of his chair each time. He's awake and talking but scared and sweaty. Should I drive him? We're at 226 6th Street.",
         spoken="it's my husband he's seventy eight and he has one of those implanted defibrillators it's shocked him three times in the last ten minutes while we were sitting at christmas dinner he jumps right out of his chair each time he's awake and talking but scared and sweaty should i drive him we're at two twenty six sixth street",
         at="2040-12-25 15:40", entities=[P(count="1", sex="male")],
         places=[("address", 226, "6th Street")], category="medical", priority="high"),
    # A 14-year-old texting on Christmas morning: a steak knife slipped opening headphones' plastic and stabbed into the
    # side of his hand, bleeding that pressure does not stop: an injury, high. The brother asleep at home a person; the
    # parents at church not annotated; a knife used on a package no weapon; "1024 4th street" the address.
    dict(written="im 14 and i was cutting open the plastic on my new headphones with a steak knife and it slipped and stabbed into the side of my hand under my pinky. its bleeding a lot and wont stop even when i press on it. my parents went to church and my brother is asleep. 1024 4th street",
         spoken="i'm fourteen and i was cutting open the plastic on my new head phones with a steak knife and it slipped and stabbed into the side of my hand under my pinky it's bleeding a lot and won't stop even when i press on it my parents went to church and my brother is asleep ten twenty four fourth street",
         at="2040-12-25 08:05", entities=[P(count="1", sex="male")],
         places=[("address", 1024, "4th Street")], category="medical", priority="high"),
    # The day after Christmas: "Yesterday afternoon around 3" (15:00 the day before) a boy in a new VR headset put his
    # arm through a glass storm door; taped, it has opened again and looks infected: an injury, lowered to medium (hours
    # old). The son a person; "VR" no vehicle or number; "1188 Oak" the address.
    dict(written="Not an emergency, I don't think. Yesterday afternoon around 3 my son was playing his new VR game and walked right into the glass storm door and put his arm through it. We taped it up with butterfly strips and it seemed okay, but this morning it's opened back up, it's oozing and the edges are puffy and red. We don't have a car. Could somebody look at it? 1188 Oak.",
         spoken="um not an emergency i don't think uh yesterday afternoon around three my son was playing his new v r game and walked right into the glass storm door and put his arm through it we taped it up with butterfly strips and it seemed okay but this morning it's opened back up it's oozing and the edges are puffy and red we don't have a car could somebody look at it eleven eighty eight oak",
         at="2040-12-26 09:15", entities=[("local", "2040-12-25 15:00"), P(count="1", sex="male")],
         places=[("address", 1188, "Oak Street")], category="medical", priority="medium"),
    # The Old Mill Brewery's ugly sweater party: a woman found on the restroom floor after spiked eggnog shots, vomit,
    # slow breathing with long gaps, no response to a sternum rub: critical. The woman ("red reindeer sweater" -> "red
    # sweater") and her friends (2+) persons; no time (found, not said when).
    dict(written="Old Mill Brewery, ugly sweater party. A woman did a bunch of spiked eggnog shots for the contest and her friends found her on the floor of the ladies' room. She's thrown up, she's breathing really slow with these long gaps and we can't wake her up, not even with a sternum rub. We rolled her on her side. She's in a red reindeer sweater.",
         spoken="old mill brewery ugly sweater party a woman did a bunch of spiked egg nog shots for the contest and her friends found her on the floor of the ladies room she's thrown up she's breathing really slow with these long gaps and we can't wake her up not even with a sternum rub we rolled her on her side she's in a red reindeer sweater",
         at="2040-12-28 23:35", entities=[P(count="1", sex="female", clothing=["red sweater"]), P(count="2+")],
         places=[("landmark", "Old Mill Brewery")], category="medical", priority="critical"),
    # The community Christmas dinner in City Hall: an older man fell backwards off the stage steps, a bleeding cut on
    # the back of his head, talking and oriented: an injury (high; not the mixed-up words that would make it critical).
    # The man ("older gentleman" 60-90) and the choir (2+) persons; "us" the volunteers, not annotated.
    dict(written="Volunteer at the community Christmas dinner in City Hall here. An older gentleman went up the steps to the stage to get his picture with the choir and missed the last one and went down backwards onto the floor. He's got a big cut on the back of his head bleeding into his hair, he's talking to us and knows where he is. We've got napkins pressed on it.",
         spoken="volunteer at the community christmas dinner in city hall here an older gentleman went up the steps to the stage to get his picture with the choir and missed the last one and went down backwards onto the floor he's got a big cut on the back of his head bleeding into his hair he's talking to us and knows where he is we've got napkins pressed on it",
         at="2040-12-25 13:10", entities=[P(count="1", sex="male", age="60-90"), P(count="2+")],
         places=[("landmark", "City Hall")], category="medical", priority="high"),

    # ---------------------------------------------------------------- robbery
    # Christmas night at the QuickStop: "Two minutes ago" a man in a rubber Grinch mask laid a hunting knife on the
    # counter pointed at the clerk and took the registers and the lottery drawer: an armed robbery (critical). The man
    # ("skinny" thin, "black coat", "grey sweatpants"; the rubber mask a costume, not clothing, as holdout11 has it;
    # "about my height" no height); "a hunting knife" knife; "a FreshMart bag" names no place; "toward the car wash" no
    # place.
    dict(written="QuickStop on River Road, I'm the only one working. Two minutes ago a guy in a rubber Grinch mask came in, put a hunting knife on the counter pointed at me and made me empty both registers and the lottery drawer into a FreshMart bag. He ran out the side toward the car wash. Black coat, grey sweatpants, about my height, skinny.",
         spoken="quick stop on river road i'm the only one working two minutes ago a guy in a rubber grinch mask came in put a hunting knife on the counter pointed at me and made me empty both registers and the lottery drawer into a fresh mart bag he ran out the side toward the car wash black coat grey sweat pants about my height skinny",
         at="2040-12-25 22:15", entities=[("ago", 2), P(count="1", sex="male", build="thin", clothing=["black coat", "grey sweatpants"]), W("knife")],
         places=[("landmark", "QuickStop Gas")], category="robbery", priority="critical"),
    # An 81-year-old the day after Christmas: a man who held the pharmacy door for her followed her out and pulled her
    # handbag off her arm, pushing her into a snowbank, her wrist perhaps broken, "About ten minutes ago": robbery, high
    # (an injury; a high call is not lifted). The man (tall, "red beanie", "black parka" -> "black coat", as holdout13's
    # parkas) a person; her stated age not annotated; "around the back of the building" the pharmacy's.
    dict(written="I'm 81. A man held the door for me at the Main Street Pharmacy, and when I came out with my prescription bag he followed me to my car and yanked my handbag off my arm. I wouldn't let go and he pushed me down into the snowbank, my wrist is all swollen and I think it's broken. About ten minutes ago. He went around the back of the building. Tall, red beanie, black parka.",
         spoken="hello i'm eighty one a man held the door for me at the main street pharmacy and when i came out with my prescription bag he followed me to my car and yanked my handbag off my arm i wouldn't let go and he pushed me down into the snow bank my wrist is all swollen and i think it's broken about ten minutes ago he went around the back of the building tall red beanie black parka",
         at="2040-12-26 11:30", entities=[P(count="1", sex="male", height="tall", clothing=["red beanie", "black coat"]), ("ago", 10)],
         places=[("landmark", "Main Street Pharmacy")], category="robbery", priority="high"),
    # Dispatch, trash day after Christmas: two men struck the town's sanitation worker approx 0910 and took the holiday
    # tip envelopes taped to the trash cans: robbery, high (an injury). The worker ("vic M 50s" 50-59, a victim's
    # shorthand decade) and "2 M susps" (2 male) persons; "a dark sedan" sedan with no colour (as holdout8's "dark
    # sedan") going north ("NB on 9th"); "just occurred" with a clock time: the clock time only; "approx 30" a count;
    # "800 blk Elm" the 800 block of Elm.
    dict(written="Robbery just occurred approx 0910, 800 blk Elm: vic M 50s, town sanitation worker on his route, struck in the face by 2 M susps who took the holiday tip envelopes people had taped to their trash cans, approx 30. Lac over L eyebrow, glasses broken. Susps fled in a dark sedan NB on 9th.",
         spoken="robbery just occurred approx oh nine ten eight hundred block elm victim male fifties town sanitation worker on his route struck in the face by two male suspects who took the holiday tip envelopes people had taped to their trash cans approx thirty laceration over left eyebrow glasses broken suspects fled in a dark sedan north bound on ninth",
         at="2040-12-26 09:16", entities=[("local", "2040-12-26 09:10"), P(count="1", sex="male", age="50-59"), P(count="2", sex="male"), V(type="sedan", direction="north")],
         places=[("block", 800, "Elm Street")], category="robbery", priority="high"),
    # A web form on Christmas morning: "Last night around 12:15" (after midnight, the same date) after the candlelight
    # service a man in a ski mask pointed a handgun at the caller's wife in the church lot and took a wallet and a
    # necklace: an armed robbery, lowered from critical to high (hours old). The wife and the man ("a ski mask" -> "ski
    # mask"; "Average build" and "dark clothes" no labels) persons; "the 11 o'clock candlelight service" a schedule, no
    # time; "toward Pine" a street alone; "120 Church Street" the address.
    dict(written="Web form: Reporting an armed robbery. Last night around 12:15, after the 11 o'clock candlelight service at Grace Church, 120 Church Street, my wife and I were scraping our windshield in the church lot when a man wearing a ski mask walked up, pointed a handgun at my wife and took my wallet and her gold necklace. He ran toward Pine. We were too shaken to call last night. Average build, dark clothes.",
         spoken="web form reporting an armed robbery last night around twelve fifteen after the eleven o'clock candle light service at grace church one twenty church street my wife and i were scraping our wind shield in the church lot when a man wearing a ski mask walked up pointed a hand gun at my wife and took my wallet and her gold necklace he ran toward pine we were too shaken to call last night average build dark clothes",
         at="2040-12-25 09:45", entities=[("local", "2040-12-25 00:15"), P(count="1", sex="female"), P(count="1", sex="male", clothing=["ski mask"]), W("handgun")],
         places=[("address", 120, "Church Street")], category="robbery", priority="high"),
    # Non-native: "Yesterday around 5 in the afternoon" (17:00 the day before) a boy riding a bicycle on the sidewalk
    # pulled the shopping bag with a new phone from the caller's hand at a bus stop, nearly pulling her down: a snatch
    # from the hand (robbery, as holdout29's phone torn from a hand), lowered from high to medium. The boy ("black
    # hoodie"; "boy" no age range) and his bicycle; "my shopping from the mall" names no place of the tip; "toward the
    # river" no place; "Walnut by 7th" the intersection.
    dict(written="Hello, I want make report. Yesterday around 5 in the afternoon I wait for the bus on Walnut by 7th with my shopping from the mall. A boy on a bicycle come fast on the sidewalk and pull the bag from my hand, my new phone is inside, the box and the receipt also. He almost pull me down. He go toward the river. He wear a black hoodie with white letters.",
         spoken="hello i want make report yesterday around five in the afternoon i wait for the bus on wall nut by seventh with my shopping from the mall a boy on a bicycle come fast on the side walk and pull the bag from my hand my new phone is inside the box and the receipt also he almost pull me down he go toward the river he wear a black hoodie with white letters",
         at="2040-12-27 10:20", entities=[("local", "2040-12-26 17:00"), P(count="1", sex="male", clothing=["black hoodie"]), V(type="bicycle")],
         places=[("intersection", "Walnut Street", "7th Street")], category="robbery", priority="medium"),
    # A daughter for her 84-year-old mother in the deep freeze: "About half an hour ago" a man who said his dog had run
    # off and asked to step in to warm his hands shoved her into the hall table, took her purse and went through her
    # medicine cabinet; a lump on her forehead: robbery, high (an injury). The mother (her stated age not annotated) and
    # the man ("Young guy" 18-29, "tan hat with ear flaps" -> "tan hat") persons; "She just called me" the telling, no
    # time; the dog he claimed none; "712 Elm" the address.
    dict(written="I'm calling for my mother, she's 84 and lives alone at 712 Elm. She just called me crying. About half an hour ago a man knocked and said his dog had run off in the cold and could he step in to warm his hands for a minute. Once he was in he shoved her against the hall table, took her purse and went through her medicine cabinet. She's got a goose egg on her forehead. Young guy, tan hat with ear flaps.",
         spoken="i'm calling for my mother she's eighty four and lives alone at seven twelve elm she just called me crying about half an hour ago a man knocked and said his dog had run off in the cold and could he step in to warm his hands for a minute once he was in he shoved her against the hall table took her purse and went through her medicine cabinet she's got a goose egg on her forehead young guy tan hat with ear flaps",
         at="2040-12-27 15:30", entities=[P(count="1", sex="female"), ("ago", 30), P(count="1", sex="male", age="18-29", clothing=["tan hat"])],
         places=[("address", 712, "Elm Street")], category="robbery", priority="high"),

    # ---------------------------------------------------------------- assault
    # Christmas night at the Grand Cinema: a man told to stop filming the movie shoved an usher down the steps of
    # theater 2, her head bleeding, awake and talking; he is "in the lobby now": assault, high. The usher, the man
    # ("blue ski jacket" -> "blue jacket"; a grey ponytail no clothing) and the assistant manager persons; "now" (where
    # a person of the event is) now; "theater 2" no number of a place.
    dict(written="Manager at the Grand Cinema. In theater 2 one of my ushers asked a man to stop filming the movie with his phone and he stood up and shoved her down the steps. She cracked her head on a stair and there's a lot of blood, she's awake and talking. He's in the lobby now arguing with my assistant manager about a refund. Blue ski jacket, grey ponytail.",
         spoken="manager at the grand cinema in theater two one of my ushers asked a man to stop filming the movie with his phone and he stood up and shoved her down the steps she cracked her head on a stair and there's a lot of blood she's awake and talking he's in the lobby now arguing with my assistant manager about a refund blue ski jacket grey pony tail",
         at="2040-12-25 19:40", entities=[P(count="1", sex="female"), P(count="1", sex="male", clothing=["blue jacket"]), ("now",), P(count="1")],
         places=[("landmark", "Grand Cinema")], category="assault", priority="high"),
    # Christmas Eve in the FreshMart lot: an argument over a parking spot, one man kicked the other in the head, who is
    # not moving, bleeding from the ear and gurgling: a life at risk (critical). Both men persons; "a black Ram pickup"
    # ram pickup with its partial plate ("6K"); "the Cedar side" part of the FreshMart lot.
    dict(written="Send an ambulance to the FreshMart lot, by the cart return on the Cedar side. Two men were arguing over who had the spot and one knocked the other one down and kicked him in the head three or four times. He's not moving, one ear's bleeding and his breathing sounds wet and gurgly. The one who did it is sitting in a black Ram pickup with the engine running, plate starts with 6K.",
         spoken="send an ambulance to the fresh mart lot by the cart return on the ceder side two men were arguing over who had the spot and one knocked the other one down and kicked him in the head three or four times he's not moving one ear's bleeding and his breathing sounds wet and gurgly the one who did it is sitting in a black ram pick up with the engine running plate starts with six k",
         at="2040-12-24 16:10", entities=[P(count="1", sex="male"), P(count="1", sex="male"), V(colour="black", make="ram", type="pickup", plate="6K")],
         places=[("landmark", "FreshMart Supermarket")], category="assault", priority="critical"),
    # An 11-year-old texting on Christmas evening: a 17-year-old cousin punching the little brother over a broken
    # controller, a bleeding nose: assault, high (an injury; children lift only low calls). The cousin (a relative's
    # stated age not annotated) and the brother persons; the grown-ups next door (away) not annotated; "905 elm street"
    # the address.
    dict(written="im 11. my cousin is 17 and hes punching my little brother in the stomach and the face because he broke his new controller. my brothers nose is bleeding and hes crying really hard. the grown ups are all at my aunts next door. 905 elm street",
         spoken="i'm eleven my cousin is seventeen and he's punching my little brother in the stomach and the face because he broke his new controller my brother's nose is bleeding and he's crying really hard the grown ups are all at my aunt's next door nine oh five elm street",
         at="2040-12-25 17:20", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("address", 905, "Elm Street")], category="assault", priority="high"),
    # A home health aide shut in her client's bathroom: the client's drunk son slapped her and slammed her into the door
    # frame, her eyebrow split and bleeding, and is banging on the door "right now": assault, high (an injury). The son
    # and the client persons; "right now" now; "1142 Birch" the address.
    dict(written="I'm a home health aide and I've shut myself in the bathroom at my client's house, 1142 Birch. Her son came home drunk from some party and when I said she couldn't have his eggnog with her pills he slapped me and slammed me into the door frame. My eyebrow's split open and bleeding. He's banging on the bathroom door right now. She's in her hospital bed in the living room.",
         spoken="i'm a home health aide and i've shut myself in the bath room at my client's house eleven forty two burch her son came home drunk from some party and when i said she couldn't have his egg nog with her pills he slapped me and slammed me into the door frame my eyebrow's split open and bleeding he's banging on the bath room door right now she's in her hospital bed in the living room",
         at="2040-12-29 11:15", entities=[P(count="1", sex="male"), ("now",), P(count="1", sex="female")],
         places=[("address", 1142, "Birch Street")], category="assault", priority="high"),
    # A son on the Sunday: "Yesterday around 3" (15:00 the day before) during the Santa pub crawl a drunk man in a Santa
    # suit shoved his 72-year-old father into a snowbank, a broken wrist: assault with an injury (high), lowered to
    # medium (hours old). The father (a relative's stated age not annotated), the man (a Santa suit a costume, not
    # clothing, as holdout12's) and his buddies (2+) persons; St. Mary's where he was treated, no place of the tip;
    # "Main past 4th" the intersection.
    dict(written="I'm calling about my dad, he's 72. Yesterday around 3 he was walking home on Main past 4th during that Santa pub crawl and a drunk guy in a Santa suit shoved him off the sidewalk into the snowbank for not moving out of the way. His wrist is broken, they put a cast on it at St. Mary's last night. The guy's buddies were filming it and laughing. I want charges.",
         spoken="i'm calling about my dad he's seventy two yesterday around three he was walking home on maine past fourth during that santa pub crawl and a drunk guy in a santa suit shoved him off the side walk into the snow bank for not moving out of the way his wrist is broken they put a cast on it at saint mary's last night the guy's buddies were filming it and laughing i want charges",
         at="2040-12-30 10:30", entities=[P(count="1", sex="male"), ("local", "2040-12-29 15:00"), P(count="1", sex="male"), P(count="2+")],
         places=[("intersection", "Main Street", "4th Street")], category="assault", priority="medium"),
    # The returns day: in Northgate Mall's play area a man "just" yanked the caller's 5-year-old off the top of the
    # climbing wall by his coat collar and dropped him, a split lip: assault, high (a child injured). The man ("black
    # Bruins hoodie" -> "black hoodie"; a beard no clothing), the son (his stated age not annotated) and the man's
    # daughter persons; "just" now.
    dict(written="At the kids' play area in Northgate Mall, a grown man just yanked my 5-year-old off the top of the climbing wall by his coat collar and dropped him, because he thought he pushed his daughter. My son landed on his face, his lip's split and bleeding. The man's still sitting on the bench over there like nothing happened. Black Bruins hoodie, beard.",
         spoken="at the kids play area in northgate mall a grown man just yanked my five year old off the top of the climbing wall by his coat collar and dropped him because he thought he pushed his daughter my son landed on his face his lip's split and bleeding the man's still sitting on the bench over there like nothing happened black bruins hoodie beard",
         at="2040-12-26 13:00", entities=[P(count="1", sex="male", clothing=["black hoodie"]), ("now",), P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("landmark", "Northgate Mall")], category="assault", priority="high"),

    # ---------------------------------------------------------------- burglary
    # Home from Christmas away: somebody kicked in the deck door, took a jewelry box and pried a safe out of a closet
    # floor; away "since the 22nd, so who knows when": burglary, medium (no time; "an hour ago" is when the family came
    # home, not the event's, as a "just got home" is no time). Somebody and the wife (named through a possessive)
    # persons; the in-laws and Albany not; "1027 Maple" the address.
    dict(written="Came home an hour ago from Christmas at my in-laws' in Albany and somebody kicked in the door off our deck at 1027 Maple. The presents are still under the tree, but my wife's jewelry box is gone and they pried the little safe right out of our bedroom closet floor. We've been away since the 22nd, so who knows when.",
         spoken="came home an hour ago from christmas at my in laws in albany and somebody kicked in the door off our deck at ten twenty seven maple the presents are still under the tree but my wife's jewelry box is gone and they pried the little safe right out of our bed room closet floor we've been away since the twenty second so who knows when",
         at="2040-12-30 14:00", entities=[P(count="1"), P(count="1", sex="female")],
         places=[("address", 1027, "Maple Avenue")], category="burglary", priority="medium"),
    # A 90-year-old man at night: somebody in his attached garage "right now" with a flashlight, trying the handle of
    # the kitchen door: burglary, high. The man in the garage a person; the late wife not annotated; "1115 Spruce" the
    # address.
    dict(written="I'm 90 years old and alone at 1115 Spruce. There's somebody in my attached garage right now, there's a flashlight beam moving under the kitchen door and he's trying the handle. The overhead door was shut, so he came in the side. I've got the chain on and I'm sitting in the dark in the kitchen with the phone. My wife passed last spring.",
         spoken="i'm ninety years old and alone at eleven fifteen spruse there's somebody in my attached garage right now there's a flash light beam moving under the kitchen door and he's trying the handle the over head door was shut so he came in the side i've got the chain on and i'm sitting in the dark in the kitchen with the phone my wife passed last spring",
         at="2040-12-27 03:10", entities=[P(count="1", sex="male"), ("now",)],
         places=[("address", 1115, "Spruce Street")], category="burglary", priority="high"),
    # Alarm company on the night after Christmas: Rosie's Bakery's rear door at 0314 hrs and interior motion, four
    # minutes before, the shop closed: burglary raised to high (a said time within 15 minutes). No persons (nobody seen;
    # the owner out of state not annotated).
    dict(written="Granite State Alarm, burglary signal at Rosie's Bakery: rear door contact at 0314 hrs, then interior motion in the kitchen and at the front counter. Business is closed through Thursday for Christmas. Keyholder is the owner, out of state. No audio. Requesting a unit.",
         spoken="granite state alarm burglary signal at rosies bakery rear door contact at oh three fourteen hours then interior motion in the kitchen and at the front counter business is closed through thursday for christmas key holder is the owner out of state no audio requesting a unit",
         at="2040-12-26 03:18", entities=[("local", "2040-12-26 03:14")],
         places=[("landmark", "Rosie's Bakery")], category="burglary", priority="high"),
    # A TV's box put out with the recycling; "Last night" (23:00 the day before) somebody came in a basement window
    # while the family slept and took the TV, a laptop and a tablet: burglary, lowered to low (told at 08:30, hours
    # old). Somebody and the daughter (named through a possessive, at home) persons; "Wednesday" a weekday; "75-inch" no
    # number of a place; "418 10th Street" the address.
    dict(written="We put the box from our new 75-inch TV out with the recycling on Wednesday like idiots. Last night somebody broke the basement window, came up through the house while we were asleep upstairs and unbolted the TV from its wall mount, plus my laptop and my daughter's new iPad. We didn't hear a thing. 418 10th Street.",
         spoken="we put the box from our new seventy five inch t v out with the recycling on wednesday like idiots last night somebody broke the base ment window came up through the house while we were asleep up stairs and unbolted the t v from its wall mount plus my lap top and my daughter's new i pad we didn't hear a thing four eighteen tenth street",
         at="2040-12-27 08:30", entities=[("local", "2040-12-26 23:00"), P(count="1"), P(count="1", sex="female")],
         places=[("address", 418, "10th Street")], category="burglary", priority="low"),
    # Non-native restaurant owner, closed for the holiday: on checking the pipes in the cold he finds the back door open
    # and the lock broken, cash, a tablet and the freezer's meat gone, "I don't know when": burglary, medium (no time;
    # "since Sunday" no time). Somebody a person; "1012 Main" the address.
    dict(written="Hello. I have the noodle restaurant at 1012 Main, we close for the holiday since Sunday. Today I come to check the pipes because of the cold, and the back door is open, somebody break the lock. They take the money from the safe box, the tablet for the orders, and all the meat from the freezer, also the big rice cooker. I don't know when. Please send somebody for the report.",
         spoken="hello i have the noodle restaurant at ten twelve main we close for the holiday since sunday today i come to check the pipes because of the cold and the back door is open somebody break the lock they take the money from the safe box the tablet for the orders and all the meat from the freezer also the big rice cooker i don't know when please send somebody for the report",
         at="2040-12-28 11:00", entities=[P(count="1")],
         places=[("address", 1012, "Main Street")], category="burglary", priority="medium"),
    # A neighbour feeding the cats of a family away for Christmas: "two minutes ago" a man came down the stairs with a
    # pillowcase of things, shoved past the caller and fled to a minivan backed into the driveway: burglary raised to
    # high (a said time within 15 minutes). The man ("Skinny" thin, "black hoodie") a person; "a grey minivan" minivan;
    # the family in Ohio not annotated; "toward Main" a street alone; "633 8th Street" the address.
    dict(written="I feed the cats at 633 8th Street while the family's at their grandparents' in Ohio. Two minutes ago, when I let myself in the back door, a guy came down the stairs with a pillowcase full of stuff, shoved past me and ran out the front to a grey minivan backed into the driveway. It took off toward Main. Skinny, black hoodie.",
         spoken="i feed the cats at six thirty three eighth street while the family's at their grandparents in ohio two minutes ago when i let myself in the back door a guy came down the stairs with a pillow case full of stuff shoved past me and ran out the front to a grey mini van backed into the drive way it took off toward main skinny black hoodie",
         at="2040-12-29 17:45", entities=[("ago", 2), P(count="1", sex="male", build="thin", clothing=["black hoodie"]), V(colour="grey", type="minivan")],
         places=[("address", 633, "8th Street")], category="burglary", priority="high"),
    # Parks and Rec on the Friday: the maintenance garage at Riverside Park entered "last night" (23:00 the day before)
    # by cutting its padlock, chainsaws, an ice auger and leaf blowers gone: burglary, lowered to low (hours old).
    # Somebody a person ("one set" of footprints); "the River Road side" part of the park.
    dict(written="Parks and Rec. Somebody cut the padlock on our maintenance garage at Riverside Park last night and took two chainsaws, the ice auger and both leaf blowers. The footprints in the snow come in from the River Road side, one set. Nobody's down there at night this time of year.",
         spoken="parks and rec somebody cut the pad lock on our maintenance garage at river side park last night and took two chain saws the ice auger and both leaf blowers the foot prints in the snow come in from the river road side one set nobody's down there at night this time of year",
         at="2040-12-28 09:10", entities=[P(count="1"), ("local", "2040-12-27 23:00")],
         places=[("landmark", "Riverside Park")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # Mall security, the returns day: "M 30s" "just" pushed a cart of boxed air fryers past the registers and is loading
    # them into a minivan "right now": theft raised to high. The man ("M 30s" 30-39, "grey hoodie", "black sweatpants");
    # "a silver Honda Odyssey" odyssey with its plate (DVN2280, spoken in the NATO alphabet); "just" and "right now" one
    # now; the department store, the south doors and the south lot are Northgate Mall's.
    dict(written="Northgate Mall security, department store by the south entrance: M 30s just pushed a cart with four boxed air fryers and a stand mixer past the registers and out the south doors without paying, he's loading them into a silver Honda Odyssey in the south lot right now, plate DVN 2280. Grey hoodie, black sweatpants.",
         spoken="northgate mall security department store by the south entrance male thirties just pushed a cart with four boxed air fryers and a stand mixer past the registers and out the south doors without paying he's loading them into a silver honda odyssey in the south lot right now plate delta victor november two two eight zero grey hoodie black sweat pants",
         at="2040-12-26 10:20", entities=[P(count="1", sex="male", age="30-39", clothing=["grey hoodie", "black sweatpants"]), ("now",), V(colour="silver", make="honda", model="odyssey", plate="DVN2280")],
         places=[("landmark", "Northgate Mall")], category="theft", priority="high"),
    # A visiting coach at the wrestling tournament: "About half an hour ago" somebody went through the team's bags under
    # the bleachers and took five phones and two wallets; a parent saw a teenager by the bags: theft, medium. The
    # teenager (13-19, "camo hoodie"; the "somebody" of the same theft, annotated once), the wrestlers ("my kids", 2+)
    # and the parent persons; the gym's bleachers are Oakford High's.
    dict(written="I coach the visiting team at the holiday wrestling tournament at Oakford High. About half an hour ago, while my kids were warming up for the semis, somebody went through the team bags we left under the bleachers and took five phones and two wallets. One of our parents saw a teenager in a camo hoodie crouched by the bags. The school says they have cameras in the hallway.",
         spoken="i coach the visiting team at the holiday wrestling tournament at oakford high about half an hour ago while my kids were warming up for the semis somebody went through the team bags we left under the bleachers and took five phones and two wallets one of our parents saw a teenager in a camo hoodie crouched by the bags the school says they have cameras in the hall way",
         at="2040-12-29 15:30", entities=[("ago", 30), P(count="2+"), P(count="1", age="13-19", clothing=["camo hoodie"]), P(count="1")],
         places=[("landmark", "Oakford High School")], category="theft", priority="medium"),
    # A nephew who stayed over Christmas: since he left the mother's rings and $400 are gone (no time; "Thursday" a
    # weekday): theft, medium. The nephew and the mother (named through a possessive, living there) persons; the sister
    # not annotated; "$400" no number of a place; "1050 Hawthorn" the address.
    dict(written="This is hard to report. My nephew stayed with us over Christmas and since he left Thursday my mother's two diamond rings are gone from her dresser and about $400 from the envelope in my desk. Nobody else has been in the house. He's got a drug problem, my sister won't hear it. I just want it on record so the pawn shops can watch for the rings. We're at 1050 Hawthorn.",
         spoken="um this is hard to report my nephew stayed with us over christmas and since he left thursday my mother's two diamond rings are gone from her dresser and about four hundred dollars from the envelope in my desk nobody else has been in the house he's got a drug problem my sister won't hear it i just want it on record so the pawn shops can watch for the rings we're at ten fifty hawthorne",
         at="2040-12-29 12:00", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 1050, "Hawthorn Avenue")], category="theft", priority="medium"),
    # The cold snap: every night somebody unplugs and takes the extension cord running to the caller's block heater,
    # three so far (a habit): theft, low. Somebody a person; "this morning" no time; "fourteen below" no number of a
    # place; "1149 Main" the address.
    dict(written="Every night since it got cold, somebody's been unplugging the extension cord that runs from my porch to the block heater on my car and walking off with it. That's three cords now, and this morning the car wouldn't start at fourteen below. It's a little thing but it's making me late for work. 1149 Main.",
         spoken="every night since it got cold somebody's been unplugging the extension cord that runs from my porch to the block heater on my car and walking off with it that's three cords now and this morning the car wouldn't start at fourteen below it's a little thing but it's making me late for work eleven forty nine main",
         at="2040-12-28 07:40", entities=[P(count="1")],
         places=[("address", 1149, "Main Street")], category="theft", priority="low"),
    # A child's text from the library's magic show: a new game console taken from a backpack left on a chair "like an
    # hour ago": theft, medium. Someone a person; "nintendo switch" no vehicle; the library (its magic show) the
    # landmark.
    dict(written="someone took my new nintendo switch out of my backpack at the library magic show, like an hour ago. i left my backpack on my chair when i went up to help with a trick and when i came back the zipper was open and its gone. i got it for christmas. its in a blue case with stickers",
         spoken="someone took my new nintendo switch out of my back pack at the library magic show like an hour ago i left my back pack on my chair when i went up to help with a trick and when i came back the zipper was open and it's gone i got it for christmas it's in a blue case with stickers",
         at="2040-12-27 15:10", entities=[P(count="1"), ("ago", 60)],
         places=[("landmark", "Oakford Public Library")], category="theft", priority="medium"),
    # FreshMart's front-end manager on Christmas Eve: a woman slipping gift cards off the rack into her tote "right now"
    # (to drain them later): theft raised to high. The woman ("brown suede coat" -> "brown coat", "grey knit hat" ->
    # "grey hat"; sunglasses no clothing); "register 1" no number of a place.
    dict(written="Front end manager at FreshMart. There's a woman at the gift card rack by register 1 slipping cards off the pegs into her tote bag, she's got thirty or forty in there, and swapping some back on. I think she's taking the numbers to drain them later. She's still at it right now. Brown suede coat, grey knit hat, big sunglasses.",
         spoken="front end manager at fresh mart there's a woman at the gift card rack by register one slipping cards off the pegs into her tote bag she's got thirty or forty in there and swapping some back on i think she's taking the numbers to drain them later she's still at it right now brown suede coat grey knit hat big sunglasses",
         at="2040-12-24 12:30", entities=[P(count="1", sex="female", clothing=["brown coat", "grey hat"]), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="theft", priority="high"),
    # The Corner Cafe's owner pulling in to open on the Sunday: two men carrying the rented patio heaters from the
    # cafe's outdoor tent to a box truck "right now": theft, high. "two guys" 2 male, the one in a "yellow raincoat" and
    # the "really short" one persons of their own; "a white box truck" truck; the caller's car none; "$800" no number of
    # a place; the tent is the cafe's.
    dict(written="I own the Corner Cafe. I'm pulling in to open and two guys are carrying the propane patio heaters from our heated outdoor tent out to a white box truck right now, they've got three of the six on already. They're rentals, $800 each. One's in a yellow raincoat, the other's really short. I'm sitting in my car across the street.",
         spoken="i own the corner cafe i'm pulling in to open and two guys are carrying the propane patio heaters from our heated outdoor tent out to a white box truck right now they've got three of the six on already they're rentals eight hundred dollars each one's in a yellow raincoat the other's really short i'm sitting in my car across the street",
         at="2040-12-30 07:20", entities=[P(count="2", sex="male"), V(colour="white", type="truck"), ("now",), P(count="1", sex="male", clothing=["yellow raincoat"]), P(count="1", sex="male", height="short")],
         places=[("landmark", "Corner Cafe")], category="theft", priority="high"),

    # ---------------------------------------------------------------- traffic
    # Christmas Eve: a car "just" slid on ice down Church Street onto the sidewalk into the people leaving the family
    # service, a woman pinned and not answering: critical. "A car" car; the people (2+), the woman, a little boy and the
    # driver ("an older man" 60-90) persons; "just" now; "120 Church Street" the address.
    dict(written="A car just slid on the ice coming down Church Street and went up onto the sidewalk into the people coming out of the family service at Grace Church. There's a woman pinned under the front bumper and she's not answering, and a little boy's sitting in the snow holding his leg. The driver, an older man, hasn't gotten out. We need ambulances, 120 Church Street.",
         spoken="oh my god a car just slid on the ice coming down church street and went up onto the side walk into the people coming out of the family service at grace church there's a woman pinned under the front bumper and she's not answering and a little boy's sitting in the snow holding his leg the driver an older man hasn't gotten out we need ambulances one twenty church street",
         at="2040-12-24 18:05", entities=[V(type="car"), ("now",), P(count="2+"), P(count="1", sex="female"), P(count="1", sex="male"), P(count="1", sex="male", age="60-90")],
         places=[("address", 120, "Church Street")], category="traffic", priority="critical"),
    # Dispatch in the deep freeze: a two-car crash on black ice approx 0720, a RAV4 into a utility pole, its driver with
    # neck and back pain: traffic, high (an injury). "grey Toyota RAV4" rav4 and "red Ford Escape" escape; the drivers
    # ("F 40s" 40-49, "M") persons; "EB" a lane, no direction of travel; "River Rd & 10th" the intersection.
    dict(written="MVA w/ injuries, River Rd & 10th, approx 0720, black ice. Veh 1 grey Toyota RAV4 slid into the utility pole, driver F 40s c/o neck and back pain, ambulatory. Veh 2 red Ford Escape spun into the ditch avoiding it, driver M uninjured. Pole cracked at the base, wires sagging over the EB lane.",
         spoken="m v a with injuries river road and tenth approx oh seven twenty black ice vehicle one grey toyota rav four slid into the utility pole driver female forties complaining of neck and back pain ambulatory vehicle two red ford escape spun into the ditch avoiding it driver male uninjured pole cracked at the base wires sagging over the east bound lane",
         at="2040-12-27 07:26", entities=[("local", "2040-12-27 07:20"), V(colour="grey", make="toyota", model="rav4"), P(count="1", sex="female", age="40-49"), V(colour="red", make="ford", model="escape"), P(count="1", sex="male")],
         places=[("intersection", "River Road", "10th Street")], category="traffic", priority="high"),
    # The Sunday's travellers: in the Central Station commuter lot a man backing out pinned a woman against her own car
    # while she loaded suitcases, a knee she cannot stand on: traffic, high (an injury). The driver and the woman
    # persons; "a gold Buick Enclave" enclave; her own car no vehicle; "She's free now" narrates, no time.
    dict(written="Central Station commuter lot: a man backing a gold Buick Enclave out of his space without looking pinned a woman against the back of her own car while she was loading her suitcases. She's free now but she's screaming about her knee and can't stand on that leg. The Buick driver's sitting in his car with his head in his hands.",
         spoken="central station commuter lot a man backing a gold buick enclave out of his space without looking pinned a woman against the back of her own car while she was loading her suitcases she's free now but she's screaming about her knee and can't stand on that leg the buick driver's sitting in his car with his head in his hands",
         at="2040-12-30 15:10", entities=[P(count="1", sex="male"), V(colour="gold", make="buick", model="enclave"), P(count="1", sex="female")],
         places=[("landmark", "Central Station")], category="traffic", priority="high"),
    # A holiday move: a rental box truck too tall for Elm snagged the cable and phone lines and pulled them off the
    # poles across the road, a pole leaning, nobody hurt: a road blocked, traffic, medium (no time). "A rental box
    # truck" truck; the driver a person; the cars turning around no vehicles; "Elm between 6th and 7th" the 600 block of
    # Elm.
    dict(written="A rental box truck coming down Elm between 6th and 7th was too tall for the lines and snagged the cable and phone wires. It pulled two of them right off the poles and now they're lying across the whole road, and one pole's leaning. The driver's stopped and out looking at it. Cars are turning around.",
         spoken="a rental box truck coming down elm between sixth and seventh was too tall for the lines and snagged the cable and phone wires it pulled two of them right off the poles and now they're lying across the whole road and one pole's leaning the driver's stopped and out looking at it cars are turning around",
         at="2040-12-29 10:10", entities=[V(type="truck"), P(count="1")],
         places=[("block", 600, "Elm Street")], category="traffic", priority="medium"),
    # Non-native on Christmas morning: "yesterday morning around 9" (09:00 the day before) a woman backing out fast in
    # front of Rosie's Bakery broke the caller's bumper and drove off: traffic, low (hours old). The woman and the
    # friend who took a picture persons; "green Subaru Forester" forester with its partial plate ("J R" JR); the
    # caller's car none; in front of Rosie's Bakery relative.
    dict(written="Hello, yesterday morning around 9 I park in front of Rosie's Bakery to pick up the cakes for Christmas. A woman back out from the next place very fast, she hit my car and break the front bumper and the light, then she drive away. My friend take a picture: green Subaru Forester, the plate start with J R. I need police report for insurance.",
         spoken="hello yesterday morning around nine i park in front of rosies bakery to pick up the cakes for christmas a woman back out from the next place very fast she hit my car and break the front bumper and the light then she drive away my friend take a picture green subaru forester the plate start with j r i need police report for insurance",
         at="2040-12-25 11:00", entities=[("local", "2040-12-24 09:00"), P(count="1", sex="female"), P(count="1"), V(colour="green", make="subaru", model="forester", plate="JR")],
         places=[("relative", ("landmark", "Rosie's Bakery"))], category="traffic", priority="low"),
    # The Sunday's freezing drizzle: a little Kia hatchback "just" slid off Kingsley by 6th and rolled onto its roof,
    # the driver hanging in her belt, talking, her forehead bleeding: traffic, high (an injury). "A little blue Kia
    # hatchback" kia hatchback (a make and a type word, no model); the driver a person; "just" now; "Kingsley by 6th"
    # the intersection.
    dict(written="A little blue Kia hatchback just slid off Kingsley by 6th on the black ice, went down the bank and rolled onto its roof. The driver's hanging upside down in her seat belt, she's answering me through the broken side window and her forehead's bleeding. I'm helping her unbuckle.",
         spoken="a little blue kia hatch back just slid off kingsly by sixth on the black ice went down the bank and rolled onto its roof the driver's hanging upside down in her seat belt she's answering me through the broken side window and her forehead's bleeding i'm helping her unbuckle",
         at="2040-12-30 08:15", entities=[V(colour="blue", make="kia", type="hatchback"), ("now",), P(count="1", sex="female")],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="traffic", priority="high"),
    # A web form: since Christmas the house at 1138 Oak blocks the sidewalk with its cars every night, sending people on
    # foot into the icy road (a habit): a parking complaint, traffic, low. The residents ("the people at 1138 Oak", 2+)
    # and the people walking (2+) persons; the parked cars no vehicles (parked cars, none described); "1138 Oak" the
    # address.
    dict(written="Web form: Since Christmas the people at 1138 Oak park their cars across the sidewalk every night, and with the snowbanks the way they are, people walking to the bus have to go out into the road on the ice in the dark. I've asked them twice. Can someone ticket them?",
         spoken="web form since christmas the people at eleven thirty eight oak park their cars across the side walk every night and with the snow banks the way they are people walking to the bus have to go out into the road on the ice in the dark i've asked them twice can someone ticket them",
         at="2040-12-28 16:00", entities=[P(count="2+"), P(count="2+")],
         places=[("address", 1138, "Oak Street")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- drugs
    # A web tip: the firewood seller at Spruce and 2nd sells coke in his bundles most afternoons (a habit, the simple
    # present): drugs, low. The man ("Older man" 60-90, "orange hunting jacket" -> "orange jacket") and the regulars
    # (2+) persons; "black Dodge Ram" ram (make dodge); "this month" a span.
    dict(written="Web tip: The guy who sells firewood bundles out of his truck at Spruce and 2nd most afternoons also sells coke. Regulars pull up, hand him a folded bill, and he sets a bundle in their trunk with a little baggie tucked under the twine. I've watched it a dozen times this month. Older man, orange hunting jacket, black Dodge Ram.",
         spoken="web tip the guy who sells fire wood bundles out of his truck at spruse and second most afternoons also sells coke regulars pull up hand him a folded bill and he sets a bundle in their trunk with a little baggie tucked under the twine i've watched it a dozen times this month older man orange hunting jacket black dodge ram",
         at="2040-12-29 13:00", entities=[P(count="1", sex="male", age="60-90", clothing=["orange jacket"]), P(count="2+"), V(colour="black", make="dodge", model="ram")],
         places=[("intersection", "Spruce Street", "2nd Street")], category="drugs", priority="low"),
    # The community Christmas dinner: a man going table to table selling pills from an Advil bottle, one buyer nodded
    # off into his plate, families with little kids present: drugs, medium (children). The man ("a Santa hat" -> "red
    # hat", as holdout12's; "brown canvas jacket" -> "brown jacket"), "three guys" (3 male; the one who nodded off has
    # no attributes of his own) and the families (2+) persons.
    dict(written="I'm serving at the free Christmas Day meal upstairs at City Hall. There's a man going table to table selling pills out of an Advil bottle, he's already sold to three guys at the back tables and one of them has nodded off into his plate. We have families with little kids eating in here. He's in a Santa hat and a brown canvas jacket.",
         spoken="i'm serving at the free christmas day meal upstairs at city hall there's a man going table to table selling pills out of an advil bottle he's already sold to three guys at the back tables and one of them has nodded off into his plate we have families with little kids eating in here he's in a santa hat and a brown canvas jacket",
         at="2040-12-25 13:50", entities=[P(count="1", sex="male", clothing=["red hat", "brown jacket"]), P(count="3", sex="male"), P(count="2+")],
         places=[("landmark", "City Hall")], category="drugs", priority="medium"),
    # A parent in the vacation week: the teenager next door deals vape carts from his parents' garage and "Today" pulled
    # a pistol from a toolbox to show the caller's son, a threat to "snitches": drugs, high (a weapon seen). The
    # teenager (13-19), the high school kids (2+, 13-19) and the son (his stated age not annotated) persons; pistol
    # handgun; the parents in Florida not annotated; "Today" and "all vacation" no times; "1103 Oak" the address.
    dict(written="The teenager next door at 1103 Oak deals vape carts out of his parents' garage, kids from the high school come by all vacation. Today my son, he's 15, went over to tell him to stop selling to them and the kid pulled a pistol out of a toolbox and showed it to him, said that's what happens to snitches. His parents are in Florida for the holidays.",
         spoken="the teenager next door at eleven oh three oak deals vape carts out of his parents garage kids from the high school come by all vacation today my son he's fifteen went over to tell him to stop selling to them and the kid pulled a pistol out of a tool box and showed it to him said that's what happens to snitches his parents are in florida for the holidays",
         at="2040-12-28 19:30", entities=[P(count="1", sex="male", age="13-19"), P(count="2+", age="13-19"), P(count="1", sex="male"), W("handgun")],
         places=[("address", 1103, "Oak Street")], category="drugs", priority="high"),
    # The morning after a house party: a bag of about forty wax envelopes stamped with a crown in the toe of a boot left
    # by the door (a find, no time; "Friday" a weekday): drugs, low. No persons (nobody said); "forty" no number of a
    # place; "731 Willow" the address.
    dict(written="We had our ugly sweater party Friday and while cleaning up today I found a pair of men's boots left by the door, and stuffed in the toe of one is a bag of maybe forty little wax envelopes stamped with a red crown. Nobody's claimed the boots. I've heard that's how heroin comes, so I'm not touching it again. 731 Willow.",
         spoken="we had our ugly sweater party friday and while cleaning up today i found a pair of men's boots left by the door and stuffed in the toe of one is a bag of maybe forty little wax envelopes stamped with a red crown nobody's claimed the boots i've heard that's how heroin comes so i'm not touching it again seven thirty one willo",
         at="2040-12-29 12:30", entities=[],
         places=[("address", 731, "Willow Street")], category="drugs", priority="low"),
    # Mall security: two juveniles "are selling" THC vape carts to younger kids in the food court: drugs, medium
    # (children and a present progressive; raises do not stack). "2 juv M" 2 male ("juv" no age range), the one in a
    # "white ski jacket" ("white jacket") and the one in a "red beanie" persons of their own, the younger kids (2+;
    # "look 12, 13" children's estimated ages, not annotated); "ten minutes" a duration; the food court is the mall's.
    dict(written="Northgate Mall security: 2 juv M at the food court tables by the pretzel stand are selling THC vape carts to younger kids out of a shoebox, at least four sales in ten minutes. Kids look 12, 13. One juv has on a white ski jacket, the other a red beanie. Requesting an officer, we're watching from the balcony.",
         spoken="northgate mall security two juvenile males at the food court tables by the pretzel stand are selling t h c vape carts to younger kids out of a shoe box at least four sales in ten minutes kids look twelve thirteen one juvenile has on a white ski jacket the other a red beanie requesting an officer we're watching from the balcony",
         at="2040-12-28 14:20", entities=[P(count="2", sex="male"), P(count="2+"), P(count="1", sex="male", clothing=["white jacket"]), P(count="1", sex="male", clothing=["red beanie"])],
         places=[("landmark", "Northgate Mall")], category="drugs", priority="medium"),
    # A bartender during the Santa pub crawl: a man dressed as an elf selling coke in the alley behind the bar "right
    # now": drugs raised to medium. The man (an elf suit, tights and fake ears a costume, not clothing) and the Santas
    # (2+) persons; "the Wild Rover" names no place; "Main by 6th" the intersection.
    dict(written="Bartender at the Wild Rover on Main by 6th, the Santa crawl's in here. There's a guy dressed as an elf in the alley out back selling coke out of his pointy hat, and Santas keep going out the back door and coming back in sniffing. He's out there right now. Green elf suit, striped tights, fake ears.",
         spoken="bartender at the wild rover on maine by sixth the santa crawl's in here there's a guy dressed as an elf in the alley out back selling coke out of his pointy hat and santas keep going out the back door and coming back in sniffing he's out there right now green elf suit striped tights fake ears",
         at="2040-12-29 16:40", entities=[P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("intersection", "Main Street", "6th Street")], category="drugs", priority="medium"),

    # ---------------------------------------------------------------- vandalism
    # The library on the Saturday morning: "Sometime overnight" (02:00) somebody packed the outside book drop with snow,
    # which melted over the returns: vandalism, low. Somebody a person; "sixty" no number of a place.
    dict(written="Oakford Public Library, circulation desk. Sometime overnight somebody packed our outside book drop full of snow, shoved it in by the armful, and with the heater in the bin it all melted. About sixty returned books and DVDs are soaked through, a lot of them kids' holiday books. There's a snowball still stuck in the slot.",
         spoken="oakford public library circulation desk sometime over night somebody packed our outside book drop full of snow shoved it in by the arm full and with the heater in the bin it all melted about sixty returned books and d v ds are soaked through a lot of them kids holiday books there's a snowball still stuck in the slot",
         at="2040-12-29 09:00", entities=[("local", "2040-12-29 02:00"), P(count="1")],
         places=[("landmark", "Oakford Public Library")], category="vandalism", priority="low"),
    # The Friday evening: three teenagers flinging the Christmas trees put out for the Scouts' pickup into the road, one
    # onto a passing car's hood, moving on "right now": vandalism, medium. "Three teenagers" 3 (13-19), the one in "a
    # lit-up Santa hat" ("red hat", as holdout12's Santa hat; 13-19 as his group) a person of his own; the passing car
    # no vehicle; "just" and "right now" one now; "Hawthorn between 7th and 8th" the 700 block of Hawthorn.
    dict(written="Right now three teenagers are working their way along Hawthorn between 7th and 8th, grabbing the Christmas trees put out at the curb for tomorrow's Scout pickup and flinging them into the road, and they just heaved one onto the hood of a car going by. They're laughing and moving on to the next block. One's got a lit-up Santa hat on.",
         spoken="right now three teenagers are working their way along hawthorne between seventh and eighth grabbing the christmas trees put out at the curb for tomorrow's scout pick up and flinging them into the road and they just heaved one onto the hood of a car going by they're laughing and moving on to the next block one's got a lit up santa hat on",
         at="2040-12-28 20:30", entities=[P(count="3", age="13-19"), ("now",), P(count="1", age="13-19", clothing=["red hat"])],
         places=[("block", 700, "Hawthorn Avenue")], category="vandalism", priority="medium"),
    # The day after Christmas: the fire station's Santa sleigh float, parked behind the station, had its lights cut, its
    # plywood reindeer snapped and a word sprayed on it "sometime last night" (23:00 the day before): vandalism, low.
    # Somebody a person; "Monday" a weekday; behind Fire Station Number 2 relative.
    dict(written="Lieutenant at Fire Station Number 2. The sleigh float we pull Santa around on, parked out behind the station, got hit sometime last night. Somebody cut every light string on it, snapped the plywood reindeer off the front and spray painted a swear word across the sleigh. The kids' Santa letters mailbox on it was torn open too. It's been out back since the run Monday.",
         spoken="lieutenant at fire station number two the sleigh float we pull santa around on parked out behind the station got hit sometime last night somebody cut every light string on it snapped the ply wood reindeer off the front and spray painted a swear word across the sleigh the kids santa letters mail box on it was torn open too it's been out back since the run monday",
         at="2040-12-26 08:15", entities=[("local", "2040-12-25 23:00"), P(count="1")],
         places=[("relative", ("landmark", "Fire Station Number 2"))], category="vandalism", priority="low"),
    # After the brewery's ugly sweater party: two drunk men riding the lighted reindeer of the Maple Square display and
    # snapping off antlers "right now": vandalism, medium. "Two drunk guys" 2 male ("ugly Christmas sweaters" ->
    # "sweater").
    dict(written="Two drunk guys in matching ugly Christmas sweaters are riding the lighted reindeer in Maple Square like horses right now. They've already snapped the antlers off two of them and kicked the runners off the big sleigh, and one's trying to pull the star off the tree.",
         spoken="two drunk guys in matching ugly christmas sweaters are riding the lighted reindeer in maple square like horses right now they've already snapped the antlers off two of them and kicked the runners off the big sleigh and one's trying to pull the star off the tree",
         at="2040-12-28 23:55", entities=[P(count="2", sex="male", clothing=["sweater"]), ("now",)],
         places=[("landmark", "Maple Square")], category="vandalism", priority="medium"),
    # A child's text on the Saturday: high school kids in a black truck "just" drove over the backyard rink and the snow
    # fort and are doing it again "now": vandalism, medium (the ones doing the damage are no children at risk). The high
    # school kids (2+, 13-19) and "a big black truck" truck; the father at work not annotated; "1162 cedar" the address.
    dict(written="some high school kids in a big black truck just drove across our yard and right over the ice rink my dad made and our snow fort, they cracked the rink all up and the boards are broke. now theyre doing it again from the other side. my dad is at work. 1162 cedar",
         spoken="some high school kids in a big black truck just drove across our yard and right over the ice rink my dad made and our snow fort they cracked the rink all up and the boards are broke now they're doing it again from the other side my dad is at work eleven sixty two cedar",
         at="2040-12-29 14:10", entities=[P(count="2+", age="13-19"), V(colour="black", type="truck"), ("now",)],
         places=[("address", 1162, "Cedar Street")], category="vandalism", priority="medium"),
    # The day after the keying: "last night around 8" (20:00 the day before) somebody keyed MERRY XMAS into the caller's
    # new car during the movie at the Grand Cinema: vandalism, low. Somebody a person; the caller's own car (described
    # without make or type word) no vehicle; the lot is the Grand Cinema's.
    dict(written="Somebody keyed MERRY XMAS in big letters across both doors on the driver side of my car last night around 8 while we were inside the Grand Cinema watching the new Star Wars. I didn't see it till this morning in the daylight. It's my brand new car, my Christmas present to myself. The cinema says their lot camera doesn't record.",
         spoken="somebody keyed merry x mas in big letters across both doors on the driver side of my car last night around eight while we were inside the grand cinema watching the new star wars i didn't see it till this morning in the day light it's my brand new car my christmas present to myself the cinema says their lot camera doesn't record",
         at="2040-12-27 10:00", entities=[P(count="1"), ("local", "2040-12-26 20:00")],
         places=[("landmark", "Grand Cinema")], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # Christmas night: a pickup "keeps crawling" a block with its lights off, stopping at houses dark for the holiday
    # and shining a flashlight at doors and garages: a present progressive with no time lifts low to medium. "A dark
    # green pickup" green pickup (as "dark blue" is blue); "twenty minutes" a duration; "Birch between 3rd and 4th" the
    # 300 block of Birch.
    dict(written="A dark green pickup with a toolbox across the bed keeps crawling up and down Birch between 3rd and 4th with its headlights off, stopping at the houses that are dark for Christmas and shining a flashlight at the front doors and the garages. That's the third pass in twenty minutes. I can't see the plate from here.",
         spoken="um a dark green pick up with a tool box across the bed keeps crawling up and down burch between third and fourth with its head lights off stopping at the houses that are dark for christmas and shining a flash light at the front doors and the garages that's the third pass in twenty minutes i can't see the plate from here",
         at="2040-12-25 21:10", entities=[V(colour="green", type="pickup")],
         places=[("block", 300, "Birch Street")], category="suspicious_vehicle", priority="medium"),
    # "It's 2:15", said during the event: a car idling with its lights off behind Lincoln Elementary, closed for the
    # vacation week, somebody getting out to look up at the windows: raised to medium. "a silver Hyundai Sonata" sonata
    # (a model describes "a car": no type); somebody a person; "across the field on Pine" the caller's, a street alone;
    # behind Lincoln Elementary relative.
    dict(written="It's 2:15 right now and there's a car idling behind Lincoln Elementary by the kitchen door with its lights off, school's closed all week for vacation. Somebody keeps getting out and walking along the back of the building looking up at the windows, then getting back in. It's a silver Hyundai Sonata. I'm across the field on Pine.",
         spoken="it's two fifteen right now and there's a car idling behind lincon elementary by the kitchen door with its lights off school's closed all week for vacation somebody keeps getting out and walking along the back of the building looking up at the windows then getting back in it's a silver hyundai sonata i'm across the field on pine",
         at="2040-12-28 02:17", entities=[("local", "2040-12-28 02:15"), V(colour="silver", make="hyundai", model="sonata"), P(count="1")],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="suspicious_vehicle", priority="medium"),
    # The Sunday: a Jeep Grand Cherokee nosed into a snowbank since the Saturday storm, its battery dead, the door not
    # shut, nobody knowing whose ("that's been there", no present progressive): low. "a red Jeep Grand Cherokee" grand
    # cherokee; "since the storm Saturday morning" no time; "Kingsley by 3rd" the intersection.
    dict(written="There's a red Jeep Grand Cherokee nosed into the snowbank on Kingsley by 3rd that's been there since the storm Saturday morning. Its hazards were on yesterday but the battery's died now, the driver's door isn't even shut all the way and the plows have buried the back end. Nobody on our street knows whose it is.",
         spoken="yeah um there's a red jeep grand cherokee nosed into the snow bank on kingsly by third that's been there since the storm saturday morning its hazards were on yesterday but the battery's died now the driver's door isn't even shut all the way and the plows have buried the back end nobody on our street knows whose it is",
         at="2040-12-30 11:40", entities=[V(colour="red", make="jeep", model="grand cherokee")],
         places=[("intersection", "Kingsley Avenue", "3rd Street")], category="suspicious_vehicle", priority="low"),
    # A web tip from the pharmacy's manager: every afternoon since Christmas an Infiniti with two men backs into a spot
    # across the street facing the windows and leaves after the cash pickup (a habit): low. "a white Infiniti QX60"
    # qx60; "two men" 2 male; across the street from Main Street Pharmacy relative.
    dict(written="Web tip: I manage the Main Street Pharmacy. Every afternoon since Christmas a white Infiniti QX60 with two men in it backs into the spot across the street facing our front windows for an hour or so, and it leaves right after our cash pickup. They never come in. I can't make out the plate from inside.",
         spoken="web tip i manage the main street pharmacy every afternoon since christmas a white infinity q x sixty with two men in it backs into the spot across the street facing our front windows for an hour or so and it leaves right after our cash pickup they never come in i can't make out the plate from inside",
         at="2040-12-27 12:00", entities=[V(colour="white", make="infiniti", model="qx60"), P(count="2", sex="male")],
         places=[("relative", ("landmark", "Main Street Pharmacy"))], category="suspicious_vehicle", priority="low"),
    # Christmas Eve, a parent walking with the Santa run: a windowless van "keeps following" it street to street and its
    # driver films the children "right now": medium (children, a present progressive and "right now"; raises do not
    # stack). "A black van" van; the driver and the kids (2+) persons; the Santa run no vehicle; "Birch between 8th and
    # 9th" the 800 block of Birch.
    dict(written="A black van with no side windows keeps following the fire department's Santa run from street to street. Whenever the kids run out for candy canes it pulls in right behind, and the driver holds a phone out his window filming them. Right now it's on Birch between 8th and 9th. My own kids are in that crowd.",
         spoken="a black van with no side windows keeps following the fire department's santa run from street to street whenever the kids run out for candy canes it pulls in right behind and the driver holds a phone out his window filming them right now it's on burch between eighth and ninth my own kids are in that crowd",
         at="2040-12-24 15:50", entities=[V(colour="black", type="van"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("block", 800, "Birch Street")], category="suspicious_vehicle", priority="medium"),
    # Non-native: since Christmas morning a new Ford Bronco with a giant red bow on its roof and a dealer's paper plate
    # has stood in front of the caller's house, nobody claiming it (no present progressive; "three days now" a
    # duration): low. "a new white Ford Bronco" bronco; in front of my house at 509 11th Street relative to the address.
    dict(written="Is strange. Since Christmas morning a new white Ford Bronco with a giant red bow on the roof is park in front of my house at 509 11th Street. Dealer paper plate, the window sticker still on. Nobody come for it, three days now, frost on the bow. My neighbors also don't know. Maybe somebody's present was stolen?",
         spoken="is strange since christmas morning a new white ford bronco with a giant red bow on the roof is park in front of my house at five oh nine eleventh street dealer paper plate the window sticker still on nobody come for it three days now frost on the bow my neighbors also don't know maybe somebody's present was stolen",
         at="2040-12-28 10:30", entities=[V(colour="white", make="ford", model="bronco")],
         places=[("relative", ("address", 509, "11th Street"))], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # Christmas Eve afternoon: a man in a Santa suit going door to door collecting cash "for the firefighters' toy
    # drive", which the firehouse says it never does, across the street "right now": medium. The man (a Santa suit a
    # costume) and "a rusty tan minivan" minivan; "the firehouse" whom the caller phoned, no place of the tip; "the 500
    # block of Chestnut".
    dict(written="There's a man in a Santa suit going house to house in the 500 block of Chestnut with a clipboard, collecting cash for the firefighters' toy drive. I called the firehouse and they said they never collect door to door. He's at the house right across the street from me right now. He came in a rusty tan minivan he left at the corner.",
         spoken="there's a man in a santa suit going house to house in the five hundred block of chesnut with a clip board collecting cash for the fire fighters toy drive i called the fire house and they said they never collect door to door he's at the house right across the street from me right now he came in a rusty tan mini van he left at the corner",
         at="2040-12-24 14:00", entities=[P(count="1", sex="male"), ("now",), V(colour="tan", type="minivan")],
         places=[("block", 500, "Chestnut Street")], category="suspicious_person", priority="medium"),
    # The athletic director at the wrestling tournament: a man nobody can place keeps walking into the boys' locker room
    # with his phone up while the teams change, in the hallway outside it "Right now": medium (children; raises do not
    # stack). The man ("Heavyset" heavy, "green fleece" -> "green jacket", as holdout26's company fleece; a grey beard
    # no clothing) and the teams (2+) persons; the locker room is Oakford High's.
    dict(written="Athletic director at Oakford High, we're running the holiday wrestling tournament. There's a man here nobody can place, not a coach, not on anybody's parent list, who keeps walking into the boys' locker room while the teams are weighing in and changing, with his phone held up. He's done it three times. Right now he's in the hallway outside it. Heavyset, grey beard, green fleece.",
         spoken="athletic director at oakford high we're running the holiday wrestling tournament there's a man here nobody can place not a coach not on anybody's parent list who keeps walking into the boys locker room while the teams are weighing in and changing with his phone held up he's done it three times right now he's in the hall way outside it heavy set grey beard green fleece",
         at="2040-12-28 11:30", entities=[P(count="1", sex="male", build="heavy", clothing=["green jacket"]), P(count="2+"), ("now",)],
         places=[("landmark", "Oakford High School")], category="suspicious_person", priority="medium"),
    # The Saturday at Riverside Park's sledding hill: a man offering little kids hot chocolate and a ride to the top in
    # his van; a little girl nearly got in: child luring (high). The man ("black work coat" -> "black coat"; a red beard
    # no clothing), the little kids (2+) and the girl persons; "The van" van; the boat launch is the park's.
    dict(written="A man at the foot of the big sledding hill in Riverside Park has a thermos of hot chocolate and keeps telling little kids they can warm up in his van and he'll drive them back to the top. A little girl from my street almost climbed in before I yelled. The van's parked by the boat launch with the side door open. Red beard, black work coat.",
         spoken="a man at the foot of the big sledding hill in river side park has a thermos of hot chocolate and keeps telling little kids they can warm up in his van and he'll drive them back to the top a little girl from my street almost climbed in before i yelled the van's parked by the boat launch with the side door open red beard black work coat",
         at="2040-12-29 14:50", entities=[P(count="1", sex="male", clothing=["black coat"]), P(count="2+"), V(type="van"), P(count="1", sex="female")],
         places=[("landmark", "Riverside Park")], category="suspicious_person", priority="high"),
    # "It's 3:05", said during the event: a man going down an apartment building's hallway trying every door handle,
    # "down at the end by the stairs now": raised to medium. The man ("grey sweatpants", "carrying a backpack" ->
    # "backpack"; hood up no clothing); the clock time and the "now" (where he is) both times; "620 7th Street" the
    # address.
    dict(written="It's 3:05 and there's a man going down the third floor hallway of our building at 620 7th Street trying every apartment door handle, real quiet. I watched him through my peephole try mine. He's down at the end by the stairs now. Hood up, grey sweatpants, carrying a backpack.",
         spoken="it's three oh five and there's a man going down the third floor hall way of our building at six twenty seventh street trying every apartment door handle real quiet i watched him through my peep hole try mine he's down at the end by the stairs now hood up grey sweat pants carrying a back pack",
         at="2040-12-26 03:07", entities=[("local", "2040-12-26 03:05"), P(count="1", sex="male", clothing=["grey sweatpants", "backpack"]), ("now",)],
         places=[("address", 620, "7th Street")], category="suspicious_person", priority="medium"),
    # "Yesterday afternoon around 2" (14:00 the day before) a woman and a boy photographed the TV and computer boxes out
    # with the recycling and the houses they came from, then left fast in a minivan: low (hours old). The woman, the boy
    # ("maybe 12" 9-15, a suspect's estimated age) and the caller's husband persons; "a blue Toyota Sienna" sienna;
    # "recycling day" no time; "Oak between 8th and 9th" the 800 block of Oak.
    dict(written="Yesterday afternoon around 2 a woman and a boy of maybe 12 walked the whole length of Oak between 8th and 9th on recycling day taking pictures of the boxes people put out, the TV boxes and computer boxes, and of the houses they came from. When my husband asked what they were doing they said a school project and walked off fast to a blue Toyota Sienna. Something's off.",
         spoken="yesterday afternoon around two a woman and a boy of maybe twelve walked the whole length of oak between eighth and ninth on recycling day taking pictures of the boxes people put out the t v boxes and computer boxes and of the houses they came from when my husband asked what they were doing they said a school project and walked off fast to a blue toyota sienna something's off",
         at="2040-12-27 09:30", entities=[("local", "2040-12-26 14:00"), P(count="1", sex="female"), P(count="1", sex="male", age="9-15"), P(count="1", sex="male"), V(colour="blue", make="toyota", model="sienna")],
         places=[("block", 800, "Oak Street")], category="suspicious_person", priority="low"),
    # Christmas dinner: a woman "just" walked in the caller's front door "looking for the Hendersons' party" and, walked
    # out, "is trying" the next door now: a suspicious person (she took nothing; not a burglary), raised to medium. The
    # woman ("maybe 50" 47-53, "Long red coat" -> "red coat"; blonde no clothing) and the brother persons; "just" and
    # "now" one now; "1045 Willow" the address.
    dict(written="A woman just walked right in our front door in the middle of Christmas dinner, stood in our dining room and said she was looking for the Hendersons' party. There's no Hendersons on this street. When my brother walked her out she went next door and is trying their front door now. Long red coat, blonde, maybe 50. We're at 1045 Willow.",
         spoken="a woman just walked right in our front door in the middle of christmas dinner stood in our dining room and said she was looking for the hendersons party there's no hendersons on this street when my brother walked her out she went next door and is trying their front door now long red coat blonde maybe fifty we're at ten forty five willow",
         at="2040-12-25 16:20", entities=[P(count="1", sex="female", age="47-53", clothing=["red coat"]), ("now",), P(count="1", sex="male")],
         places=[("address", 1045, "Willow Street")], category="suspicious_person", priority="medium"),

    # ---------------------------------------------------------------- disturbance
    # Dispatch during the Santa pub crawl: about thirty people in Santa suits in both lanes, two on a stopped taxi's
    # roof, "are throwing" snow at cars: a present progressive with no time lifts low to medium ("Ongoing" no time). The
    # crowd ("approx 30 subj", 3+) a person (the two on the roof no attributes of their own); the cab driver is the RP,
    # his cab his own, neither annotated; "Main & 5th" the intersection.
    dict(written="Multiple callers, Main & 5th: approx 30 subj in Santa suits from the pub crawl spilling off the sidewalk into both lanes, blocking traffic, two climbing on the roof of a stopped taxi. Cab driver RP locked in his vehicle. Subj are throwing snow at passing cars. Ongoing.",
         spoken="multiple callers main and fifth approximately thirty subjects in santa suits from the pub crawl spilling off the side walk into both lanes blocking traffic two climbing on the roof of a stopped taxi cab driver r p locked in his vehicle subjects are throwing snow at passing cars ongoing",
         at="2040-12-29 17:15", entities=[P(count="3+")],
         places=[("intersection", "Main Street", "5th Street")], category="disturbance", priority="medium"),
    # The Sunday trains: a cancelled train, about eighty people in Central Station's waiting room screaming at the
    # ticket agent, a man "is pounding" on the glass: a present progressive with no time lifts low to medium. The crowd
    # (3+) and the man ("Big guy" heavy, "orange Syracuse hat" -> "orange hat") persons; "the 6:30" a train's name, no
    # time; Amtrak names no place.
    dict(written="Ticket agent at Central Station. Amtrak cancelled the 6:30 to New York and there's about eighty people in the waiting room screaming at me through the window. One man is pounding on the glass with his fist and threatening to come over the counter, and people are pushing toward the office door. I've locked myself in. Big guy, orange Syracuse hat.",
         spoken="ticket agent at central station amtrak cancelled the six thirty to new york and there's about eighty people in the waiting room screaming at me through the window one man is pounding on the glass with his fist and threatening to come over the counter and people are pushing toward the office door i've locked myself in big guy orange syracuse hat",
         at="2040-12-30 18:40", entities=[P(count="3+"), P(count="1", sex="male", build="heavy", clothing=["orange hat"])],
         places=[("landmark", "Central Station")], category="disturbance", priority="medium"),
    # The QuickStop's clerk in the deep freeze: a woman "just" ran in in her socks saying her husband will kill her, his
    # pickup circling the lot: a woman in danger (high). The woman and the husband persons; "a black GMC Sierra" sierra
    # with its plate (HGW3107, spoken letter by letter); "ten below" no number of a place.
    dict(written="QuickStop on River Road. A woman just ran in here in her socks, no coat, it's like ten below, crying that her husband's going to kill her. She's hiding behind my counter. A black GMC Sierra keeps pulling through the lot real slow, she says it's him, plate's HGW 3107. I locked the door.",
         spoken="quick stop on river road a woman just ran in here in her socks no coat it's like ten below crying that her husband's going to kill her she's hiding behind my counter a black g m c sierra keeps pulling through the lot real slow she says it's him plate's h g w three one oh seven i locked the door",
         at="2040-12-27 01:40", entities=[P(count="1", sex="female"), ("now",), P(count="1", sex="male"), V(colour="black", make="gmc", model="sierra", plate="HGW3107")],
         places=[("landmark", "QuickStop Gas")], category="disturbance", priority="high"),
    # A web form on the Saturday: a party "last night" that "went till after 2" (a span's end, no time), a DJ, people
    # yelling and cars on the caller's lawn: disturbance, low (over). The people (2+) persons; "6 am shift" a schedule;
    # "1120 Elm" the address.
    dict(written="Web form: Noise and parking complaint for 1120 Elm. The ugly sweater party there last night went till after 2, with a DJ in the garage and the door open, people yelling in the street, and cars parked on my lawn and across my driveway so I couldn't get out for my 6 am shift. There are tire ruts through my yard. This is the third party this month.",
         spoken="web form noise and parking complaint for eleven twenty elm the ugly sweater party there last night went till after two with a d j in the garage and the door open people yelling in the street and cars parked on my lawn and across my drive way so i couldn't get out for my six a m shift there are tire ruts through my yard this is the third party this month",
         at="2040-12-29 10:00", entities=[P(count="2+")],
         places=[("address", 1120, "Elm Street")], category="disturbance", priority="low"),
    # A 74-year-old downstairs tenant: the boy upstairs plays a new electric guitar full volume every night since
    # Christmas (a habit; "from about 9 till midnight" a habit's hours): low. The boy and his mother persons; "just
    # shrugs" means only, no time; "934 Hawthorn" the address.
    dict(written="The boy upstairs got an electric guitar and an amp for Christmas and every night since, he plays it full volume from about 9 till midnight, the same three chords. I've knocked twice and his mother just shrugs. I'm 74 and I need my sleep. I'm in the downstairs apartment at 934 Hawthorn. Can somebody talk to them?",
         spoken="yes hello the boy up stairs got an electric guitar and an amp for christmas and every night since he plays it full volume from about nine till midnight the same three chords i've knocked twice and his mother just shrugs i'm seventy four and i need my sleep i'm in the down stairs apartment at nine thirty four hawthorne can somebody talk to them",
         at="2040-12-28 10:30", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 934, "Hawthorn Avenue")], category="disturbance", priority="low"),
    # "It's 12:50" (after midnight on Christmas night, the same date): a woman in a bathrobe in the snow screaming at a
    # window and throwing wrapped presents at the house: raised to medium. The woman ("bathrobe", "boots") and whoever
    # is upstairs persons; in front of 715 Pine relative to the address.
    dict(written="It's 12:50 and there's a woman in a bathrobe and boots standing in the snow in front of 715 Pine screaming up at the second floor window, throwing wrapped presents at the house one after another. A couple of them bounced off the storm door. Whoever's up there turned the lights off. Half the street's awake.",
         spoken="it's twelve fifty and there's a woman in a bath robe and boots standing in the snow in front of seven fifteen pine screaming up at the second floor window throwing wrapped presents at the house one after another a couple of them bounced off the storm door whoever's up there turned the lights off half the street's awake",
         at="2040-12-26 00:52", entities=[("local", "2040-12-26 00:50"), P(count="1", sex="female", clothing=["bathrobe", "boots"]), P(count="1")],
         places=[("relative", ("address", 715, "Pine Street"))], category="disturbance", priority="medium"),

    # ---------------------------------------------------------------- other
    # The Saturday after the snow: two boys climbed into the closed Community Pool to slide on the snowy winter cover,
    # it gave way in the deep end and one is in the water under it: a life at risk (other, critical, a rescue). "Two
    # boys" 2 male (the one under the cover and "His friend" no attributes of their own) and the neighbour persons.
    dict(written="Two boys climbed the fence at the Community Pool to slide on the snow on the winter cover and it gave way in the deep end. One of them is under the cover in the water, I can see him pushing up against it but he can't find the edge. His friend's screaming. I'm cutting through the fence with my neighbor. Hurry!",
         spoken="two boys climbed the fence at the community pool to slide on the snow on the winter cover and it gave way in the deep end one of them is under the cover in the water i can see him pushing up against it but he can't find the edge his friend's screaming i'm cutting through the fence with my neighbor hurry",
         at="2040-12-29 13:40", entities=[P(count="2", sex="male"), P(count="1")],
         places=[("landmark", "Community Pool")], category="other", priority="critical"),
    # The Saturday's snow: a nearly blind 84-year-old went out to shovel and is gone, his shovel in the snow and his
    # tracks lost in the street, in slippers and a sweater: a missing vulnerable person (other, high). The father
    # ("slippers", "sweater"; his stated age not annotated) a person; no time said ("while I was in the shower" when all
    # was still well); "1175 Pine" the address.
    dict(written="My father's 84 and nearly blind, and he went out to shovel the end of our driveway while I was in the shower. He's not out there. The shovel's lying in the snow and his tracks go out into the street and then I lose them where the plow went by. He's only got his slippers and a sweater on. 1175 Pine.",
         spoken="my father's eighty four and nearly blind and he went out to shovel the end of our drive way while i was in the shower he's not out there the shovel's lying in the snow and his tracks go out into the street and then i lose them where the plow went by he's only got his slippers and a sweater on eleven seventy five pine",
         at="2040-12-29 09:00", entities=[P(count="1", sex="male", clothing=["slippers", "sweater"])],
         places=[("address", 1175, "Pine Street")], category="other", priority="high"),
    # The Sunday after the rain: a dozen kids playing hockey in the middle of the pond behind Lincoln Elementary on
    # grey, slushy ice with open water at one end, no adult: a hazard over people (other, medium; "other" is not lifted
    # for children or a present progressive). "A dozen kids" 3+; "last night's rain" no time; behind Lincoln Elementary
    # relative.
    dict(written="A dozen kids are playing hockey out in the middle of the pond behind Lincoln Elementary, and after last night's rain the ice out there is grey and slushy with open water at the drain end. There's no adult with them and they won't listen to me. Somebody with a bullhorn needs to get them off.",
         spoken="a dozen kids are playing hockey out in the middle of the pond behind lincon elementary and after last night's rain the ice out there is grey and slushy with open water at the drain end there's no adult with them and they won't listen to me somebody with a bull horn needs to get them off",
         at="2040-12-30 14:20", entities=[P(count="3+")],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="other", priority="medium"),
    # The Sunday rain: part of an old building's brick chimney fell onto the sidewalk by a bus stop and more leans over
    # the edge, people walking under it: a hazard over people (other, medium; "keep" does not lift "other"). The people
    # (2+) persons; "this morning" no time; "110 Market Street" the address.
    dict(written="Part of the brick chimney on top of the old three-story building at 110 Market Street came down onto the sidewalk this morning in the rain, a pile of bricks right by the bus stop bench. There's more of it leaning out over the edge of the roof. People keep walking right under it to get to the bus. The shop downstairs is closed.",
         spoken="part of the brick chimney on top of the old three story building at one ten market street came down onto the side walk this morning in the rain a pile of bricks right by the bus stop bench there's more of it leaning out over the edge of the roof people keep walking right under it to get to the bus the shop down stairs is closed",
         at="2040-12-30 13:00", entities=[P(count="2+")],
         places=[("address", 110, "Market Street")], category="other", priority="medium"),
    # The day after Christmas: a young buck with a string of Christmas lights tangled in his antlers in a front yard,
    # unhurt: an animal, other, low (no one at risk; holdout7's deer bleeding in a fence and holdout13's on thin ice
    # were medium). No persons; "233 12th Street" the address.
    dict(written="There's a young buck in my front yard at 233 12th Street with a whole string of Christmas lights tangled in his antlers, trailing the cord he yanked out of my porch outlet, and he's dragging the lights off my bushes every time he jumps. He's not hurt that I can see, just panicked. Is there somebody who does this?",
         spoken="there's a young buck in my front yard at two thirty three twelfth street with a whole string of christmas lights tangled in his antlers trailing the cord he yanked out of my porch outlet and he's dragging the lights off my bushes every time he jumps he's not hurt that i can see just panicked is there somebody who does this",
         at="2040-12-26 07:30", entities=[],
         places=[("address", 233, "12th Street")], category="other", priority="low"),
    # A question on the Sunday: may a son fly his Christmas drone at Riverside Park, and does he need a permit: other,
    # low. The son a person; the drone no vehicle; "tomorrow" no time; Riverside Park the place asked about.
    dict(written="Just wondering who to ask about this. My son got a drone for Christmas and wants to fly it at Riverside Park tomorrow. Does he need some kind of permit from the town, and are drones even allowed in the park? It's the little kind with a camera.",
         spoken="uh hi just wondering who to ask about this my son got a drone for christmas and wants to fly it at river side park tomorrow does he need some kind of permit from the town and are drones even allowed in the park it's the little kind with a camera",
         at="2040-12-30 10:10", entities=[P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="other", priority="low"),
    # The deep freeze at dawn: a dog chained out all night at fourteen below lying curled in the snow and hardly moving,
    # nobody answering next door: an animal at risk (other, medium, as holdout7's deer in a fence). No persons; "all
    # night" and "half the night" durations; "826 3rd Street" the address.
    dict(written="The dog next door at 826 3rd Street has been chained out in the yard all night with just a plastic igloo, and it's fourteen below. It was crying half the night and now it's lying curled up in the snow by the fence and not moving much. Nobody answers their door. Does animal control come out in this?",
         spoken="the dog next door at eight twenty six third street has been chained out in the yard all night with just a plastic igloo and it's fourteen below it was crying half the night and now it's lying curled up in the snow by the fence and not moving much nobody answers their door does animal control come out in this",
         at="2040-12-27 06:45", entities=[],
         places=[("address", 826, "3rd Street")], category="other", priority="medium"),
]

"""A twenty-ninth hand-written set (90 tips), holdout28, a blind set written after holdout27, written blind: its author
read only the corpus README (its conventions; its table also carries the earlier sets' published scores, read there and
nowhere else, none of them about this set), config/demo/README.md, town.py and make_corpus.py in full (the record
format, the geometry and place truth helpers and hand_place, the priority helper `adjust` and `still_happening`, the
base priorities, hand_records and how main() serialises its files), the docstrings of holdout26.py and holdout27.py in
full and every tip of holdout27.py (for the label conventions and the comment style), the opening of hand.py (its
docstring, P, V and W and its first tips), and the "set in" / "It is set in" phrases of the docstrings of every holdout
and train set (to pick an unused week). The written text and labels of every earlier tip in hand.py, holdouts 1-27 and
train1-6 (3,444 tips) were gathered into one list by importing the modules, counted by label value (the weeks and years
of their "at" times, person heights, builds, counts, ages and clothing words, vehicle types and bicycle, scooter and
motorcycle labels, weapon types, how "juv", "y/o" and partial plates are labelled) and searched by keyword before and
after each situation was drafted (carnivals, fried dough, lumberjacks, axes, duck races, moose, telescopes, line
striping, swim meets, snakes, culverts, trenches, Little League, blueberries, pancake breakfasts, bees and stings,
lightning, kayaks, food trucks, chainsaws, lemonade, heat stroke, cooling centers, lifeguards, hot cars, lanterns,
tripods, oxygen, drowning, ATMs, rideshares, buskers, earrings, necklaces, hot coffee, home invasions, wheelchairs,
rakes, hanging baskets, bottled water, sugar in gas tanks, exhaust fans, mailboxes, recycling bins, tiki torches, gas
cans, drain pipes, docks, hedges, Santa and the like). It never opened the extractor's source, its tests, examples or
benches, nor the gateway, telephony, ASR, vision or ONNX code, the tests, fuzz, scripts or .ci directories, nor the
repository README, nor any .jsonl file but its own output (a listing of correlate/corpus showed their names and sizes,
nothing more), nor ran git, cargo, the extractor, `tipline` or any evaluation, nor saw any score or miss list of this
set. Python was run with PYTHONDONTWRITEBYTECODE=1. It is meant as an honest estimate for phrasing the extractor has
never seen.

It is set in Monday 19 to Sunday 25 July 2038, midsummer, a stretch no set has used as its week (holdout18 is the Fourth
of July week 2027, holdout22 the second week of June 2031, holdout24 the first week of August 2033; train4-6 spread a
few tips over every month of 2028, 2030 and 2035; no set is in 2038): the town's line-striping contractor repainting
centre lines and crosswalks at night from the Monday to the Wednesday (no parking 9 pm to 5 am, a thermoplastic melter
truck, cone setters, a walk-behind striper, wet paint and a backup alarm on Main, Elm, Kingsley and Maple); a culvert
replacement all week on River Road at 11th (a trench, a temporary signal, a detour sign at 10th, an excavator, drivers
cutting through); the Oakford Astronomy Club's star party for the Apollo 11 anniversary on the Oakford High football
field on the Tuesday night (stadium lights off, telescopes, green lasers, a concession table); a heat advisory on the
Wednesday and Thursday with a cooling center in the basement of City Hall (window air conditioners dying or burning, a
rooming house at a hundred degrees, a welfare check); the library's summer reading finale, a reptile show in the
community room, on the Thursday afternoon; a storm on the Thursday evening; the Lumberjack Roundup in Maple Square on
the Friday evening and the Saturday (axe throwing, log rolling in a lined pool, crosscut and springboard chopping,
chainsaw carving, hay bales, a judges' tent, food trucks parked behind the square); the Oakford High class of 2018's
twenty-year reunion at the Old Mill Brewery on the Friday night; the Oakford Otters' swim league championship at the
Community Pool on the Saturday morning; the Blueberry Festival in Riverside Park on the Saturday (a pie-eating contest,
a church pie table, pancake griddles); the Christmas in July sale at Northgate Mall over the weekend (a Santa set and a
toy drive bin in center court); and the Tour de Oakford charity bike ride on the Sunday morning (Kingsley and River
Road, course marshals, a riders' corral by City Hall at the finish).

New situations: a throwing axe swung at a competitor at the Roundup, a handgun pointed at a club member at the star
party (dispatch), a revolver in an ankle holster shown at the reunion (a web tip the next morning), a kitchen knife
swung at a striping worker by a man the truck woke (non-native), a real gun shown off in a garage (a 10-year-old's
text), a shotgun at the end of a driveway on the bike ride's course, a steak knife at a throat in a rooming house
kitchen; the striping truck's melter burning, a window air conditioner burning by a bedbound father on oxygen, a sawdust
pile flaring at the carving stage, a heat lamp in a tortoise pen's shavings at the reptile show, a phone charger's
smouldering comforter reported the next morning, acetone lit by a nail lamp (non-native); a log roller pulled from under
the log not breathing, two swimmers colliding off the diving board (EMS), a broken hip over a telescope tripod (an
elderly wife), a rider's heart attack on the guardrail, a snake bite on blood thinners, a nail through a foot reported a
day later with red streaks (non-native), a grandmother's head injury (an 8-year-old's text); a rideshare driver robbed
at gunpoint from the back seat, sneakers taken off a 15-year-old's feet, a road bike taken at knifepoint after the ride,
an 88-year-old shoved by a fake leak inspector (the next day), a cart and purse dragged (non-native), a shoplifter
biting a loss prevention officer (mall security); a pie-eating contest's runner-up smashing the winner's face, the mall
Santa punched, a stepfather downed by a cast iron pan (a 15-year-old), a spit and a shove at the pumps (the next day),
an arm bent till it cracked over a barking dog (non-native), a man in his 70s punched on a platform (dispatch), a big
kid sitting on a 7-year-old (a child's text); a vacation house's alarm with a flashlight inside (alarm company), a swim
team's timing system from a shed, a house entered during a reunion, a man stacking kegs in a brewery's cooler at dawn, a
food truck's service window popped, a house entered during the festival (dispatch); a walk-behind striper pushed away
down Kingsley, a bike from the riders' corral, a telescope lifted off its mount, a chainsaw-carved bear cut from a
porch, a toy drive bin emptied, the Roundup's trophy and prize envelopes, electricity taken for an e-scooter every
night; a cone setter hit (critical), a dirt bike hitting a woman and riding off, a detour sign knocked flat, a mailbox
post taken out by a delivery truck (the next day), a temporary signal stuck green both ways, a wheelchair tipped in a
crosswalk, a two-car crash in dispatch shorthand; "space gummies" at the star party, a dealer with a handgun in the
cooling center, a joint smoked over little swimmers, a hot dog cart's weed (a web tip), a split mail parcel of white
powder (a letter carrier), boys selling behind a market (non-native); wet crosswalk paint smeared, carvings smashed, the
log-rolling pool's liner slashed, a tube slide bashed with a hammer (an 11-year-old), words scratched in a restaurant
window (non-native), a fire extinguisher emptied over a Christmas display (mall security); a Nissan Kicks whose
passenger looks into out-of-state cars, a Tucson with no plates in a ditch, an Odyssey creeping an alley at 2:40 with a
man trying back doors, a Tesla dark across from a house, a Transit photographing houses, a rental box truck eight days
in the commuter lot; a man grabbing a 15-year-old's wrist at the Roundup, a shirtless man drinking from garden hoses and
trying side doors, a man on an unlit bicycle at a school's side door, a fake pool man in a fenced yard (the next day), a
telescope aimed into bedrooms (a web tip), a man in scrubs collecting pill bottles in senior apartments; a reunion crowd
singing at 1 o'clock, chainsaws and a loudspeaker past a permit (a web form), a woman mouthing "help" from a Jeep,
residents against the paint crew at 1:20, a 5 am pressure washer, a couple's fight with three children on the steps
(non-native), abuse in a porta-potty line (the next day); a father with Alzheimer's lost at the festival, a swim dock
adrift with three kids toward the dam, a question about the bike ride's road closure, a bee swarm on a bus stop bench,
an iguana on a porch railing and a 91-year-old without air conditioning not answering.

Registers: calm, frightened and angry callers; the elderly ("Oh, I hate to bother you", an elderly wife) and grown
children calling for an 88- and a 91-year-old parent; children and teenagers typing in lower case without apostrophes
("i am 10", "im 8", "im 11", "im 15", "rn", "pls", "theres", "moms", "hes", "2 dudes"); non-native ("he swing it at me
two times", "the lamp for dry the nails make a spark", "what I do?", "he take my arm and bend it", "he drag me on the
ground", "It happen every day now", "Somebody scratch bad words", "It is like this for thirty minutes now"); second-hand
(a wife, grown children, a niece's aunt or uncle, a neighbour on an alarm call list); web tips and forms ("Web
tip:", "Web form:"); workplace callers (a festival volunteer, course marshals, a striping crew worker and its foreman, a
swim coach, a prep cook, a food truck owner, a Roundup judge and staff, a photo elf, a library's staff, a cooling center
volunteer, a letter carrier, a senior apartments manager, a market owner, a shop owner, a restaurant and a nail salon
owner, a rideshare driver, mall security, an alarm company) and dispatch and EMS shorthand ("RP", "M approx 30s",
"approx 2231", "Subj", "incl", "y/o", "Pt 1", "A&O x4", "c/o", "L side", "F 30s", "LP", "w/", "vic M 70s", "unk
M", "lac", "Susp", "MVA, 2 veh", "EB", "2347 hrs", "juv M"). Spoken forms, written by hand, lower case with no
punctuation, add fillers ("um", "uh", "oh", "oh god", "oh my god", "like", "yeah", "okay so", "hi", "hello", "hi yes",
"please uh please"), split words ("round up", "lumber jack", "hand gun", "shot gun", "drive way", "bed room", "bed
bound", "saw dust", "chain saw", "thermo plastic", "life guard", "tri pod", "guard rail", "lap top", "play ground",
"basket ball", "flash light", "wheel chair", "cross walk", "tail gate", "pick up", "head lights", "mini van", "pad
lock", "spring board", "back yard", "clip board", "bath robes", "porta potties", "honey bees", "base ment", "some
thing", "every body", "sun burned", "out door", "step dad", "bath room", "down stairs", "up stairs", "track suit", "sun
dress", "pony tail", "wind shield", "mail box", "out bound", "warm ups"), spelled shorthand ("r p", "e m s", "c p r", "l
p", "m v a", "v i n"), mishearings (maine, wall nut, burch, ceder, spruse, willo, chesnut, kingsly, lincon, hawthorne,
fresh mart, river side, "christmas and july", "tour the oakford", "oak ford") and plates in the NATO alphabet ("delta
lima tango five five two eight") and partial ("seven t", "four four seven"). Numbers that are not addresses: "2018" (a
class year), "approx 60 people", "$800", "$2,500", "$3,000", "$9,000", "$12,000", "$40", "26-foot", "the 40 yard line",
"the 3:52 outbound", "214" (a race number plate), "a hundred degrees", "eight days", "thirty minutes", "two feet", and
ages of callers, victims and relatives ("i am 10", "He's 81", "He's about 60", "im 8", "I'm 15", "im 15", "He's 16",
"he's 88", "She's 79", "He's 84", "is 91", "my brother is 7", "11 y/o", "12 y/o", "my 15-year-old niece", "im 11", none
annotated).

Same format and conventions as hand.py and holdouts 4-27 (written to extraction_holdout28.jsonl with ids "aj01" to
"aj90" by importing hand_records from make_corpus.py and calling hand_records(HOLDOUT28, "aj"), one JSON object per line
serialised as main() does, `json.dumps(record, ensure_ascii=False)`; make_corpus.py itself was not edited, so its main()
does not regenerate this file until the set is registered there), with the choices holdouts 26 and 27 list: every person
other than the caller annotated once, also one named through a possessive; a described member of a group a separate
person only with their own attributes (the group kept too); people away, absent or dead not annotated; partial plates as
said; "last night" 23:00 the day before, "overnight" 02:00, "yesterday afternoon" 14:00 the day before, a clock time
after midnight the same date, "since" with a clock time that time; habits, durations, weekdays, schedule and future
times and times when all was still well are not times; "maybe N" / "about N" years N-3..N+3, teens and teenagers 13-19,
old and older 60-90, young 18-29, "early twenties" 20-23; victims', relatives' and callers' stated or estimated ages not
annotated, a descriptive age word or a shorthand decade for a victim is; a model without its make given its make; a
vehicle's type only when a type word is in its description and not when a model describes it; base priorities weapon,
fire, medical, robbery, assault high, burglary, theft, traffic medium, the rest low; critical for a weapon in use or a
life at risk, high for an injury or a weapon seen, low to medium for children at risk, one step (not above high) for an
event still happening (a said time within 15 minutes, or with no time said a present progressive for a low call, as
`still_happening` defines it), one step lower when more than six hours old (weapons and robberies included); raises do
not stack; child luring, a girl or woman in danger and a missing vulnerable person high; "other" is not lifted for being
recent or for children.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. "throwing axes" axe; "a black handgun" and "a little revolver" handgun; "a kitchen knife", "a
  steak knife" and "a knife" knife; "a real gun" and "a gun" gun; "a shotgun" shotgun. In use (critical): the axe swung
  at a competitor, the handgun pointed at a club member four minutes before, the kitchen knife swung at a striping
  worker (the man still in the road with it), the steak knife at a throat, the gun pressed into a rideshare driver's
  neck and the knife that took a road bike (both armed robberies). Seen (high): a gun loaded and unloaded in a garage
  (children lift only low calls), a shotgun held up at passing riders but not pointed, a handgun shown in a fanny pack
  (the drugs call high). The revolver shown at the reunion the night before is lowered to medium. Not weapons: a cast
  iron pan on a stepfather's head, a garden hose's nozzle, a hammer on a slide, knives used on carvings and a pool
  liner, a fire extinguisher, a stroller used to strike, a pie plate.
- Categories and priorities: fire critical only where someone cannot get out (a bedbound father); high for every fire
  burning with everyone out (the striping truck, the sawdust pile, the tortoise pen, the nail salon); a smouldering
  comforter put out the night before, told the next morning, medium. Medical critical for not breathing, a heart attack
  and a head injury with mixed-up words; high for two swimmers hurt in a collision, a broken hip and a bite that will
  not stop bleeding on blood thinners; a nail wound told the next day medium (its fever notwithstanding: the event is
  hours old). Robbery critical for a gun and a knife used; high for a split lip, bleeding knees and a bitten officer; a
  shove of an 88-year-old the morning before medium. Assault critical for a man down and not answering after a blow;
  high for injuries (a face smashed on a table, a Santa's nose, an arm that cracked, a platform punch, a child beaten);
  a shove at the pumps the evening before medium. Burglaries "right now" (a flashlight upstairs, a man in a cooler) and
  an alarm five minutes old high; a shed with no time said and a food truck "sometime overnight" told five and a half
  hours later medium; a house entered "sometime last night" and one entered the afternoon before low. Thefts "right now"
  (the striper, the toy bin) high; 30 and 40 minutes ago and no time said (the trophy) medium; a carving "last night"
  and a nightly habit low. Traffic critical for a worker not moving; high for injuries and for a crash three minutes old
  with no one hurt (a said time within 15 minutes); road hazards (a sign knocked flat, a signal stuck green) medium; a
  mailbox post the evening before low. Drugs: a handgun seen high; children present ("right now" with high school kids
  and little swimmers) and a present progressive ("are standing ... and selling") medium; a habit told in the simple
  present (a hot dog cart) and a found parcel low. Vandalism: "right now", "just" and "now running" and a present
  progressive ("are bashing"; the boys doing it are no children at risk) medium; overnight and morning finds low.
  Suspicious vehicles: present progressives ("keeps driving", "is taking pictures") and "It's 2:40" two minutes before
  medium; a Tucson "since Tuesday", a Tesla the night before and a box truck that "has sat" eight days low. Suspicious
  persons: a girl grabbed by the wrist high; "is wandering", "is knocking" and "It's 12:25" three minutes before medium;
  a fake pool man the afternoon before and a telescope every night (a habit) low. Disturbances: a woman mouthing "help"
  from a car high (a woman in danger); "It's 1 o'clock" three minutes before, "right now" and children on the steps
  medium; a permit complaint, a 5 am pressure washer (a habit) and abuse the evening before low. Other: a swim dock
  adrift with three kids critical (a rescue); a man with Alzheimer's missing 25 minutes and a 91-year-old in the heat
  not answering high; a bee swarm at a bus stop medium (a hazard over people, not lifted by "keep walking"); a question
  and an iguana low.
- Vehicles: the striping truck a truck (the thing burning); "a blue Trek road bike" and "White Cannondale" bicycles with
  their colours (a bicycle's brand not annotated, as earlier sets leave a Schwinn's); "a silver minivan"; "a work van" a
  van; "a white pickup"; "dark red, maybe a Dodge" red dodge pickup going east (a make said with "maybe", as holdout26's
  "a Ford I think"; "The truck" said again annotated once); a dirt bike a motorcycle; "a furniture delivery box truck"
  and "A 26-foot rental box truck" trucks; "A car" a car; "Blue Honda Fit" fit and "a grey Ford Fusion" fusion (both of
  the crash); "A red Nissan Kicks" kicks; "a green Hyundai Tucson" tucson; "a black Honda Odyssey" odyssey; "A silver
  Tesla" tesla; "A grey Ford Transit" transit with its plate (DLT5528); "a blue Jeep Cherokee" cherokee with its partial
  plate ("447") going east; "a guy on a bicycle" a bicycle. Not vehicles: the crew's cone truck and trailer, the
  callers' own cars (a rideshare car, the prep cook's car), parked cars, a hand truck, a food truck broken into (the
  place entered), the mail truck, "they had to have a truck" (a guess), "a car with out-of-state plates" looked into,
  "the detour traffic", the cars meeting at a stuck signal.
- Persons: the caller and "we" / "us" not annotated; groups "People", "the riders", "Crew's all clear", "My guys", "The
  crew", "the paint crew", "The carvers", "everybody", "the kids", "Everybody", "coaches", "The crowd", "his kids",
  "people", "Parents", "the little swimmers", "her friends", "residents", "My neighbors", "people who come in cars" and
  "a bunch of little kids" 2+; "Approx 60 people ... incl juveniles" and "about six people" 3+; "some other boys" and
  "some big boys" 2+ male; "high school kids" 2+ 13-19; "2 dudes", "Couple of drunk guys", "Two boys" and "2 juv M" 2
  male ("juv" no age range, as holdout10 labels it); "Two of the ladies" 2 female; "three small children" and "three
  kids" 3. "Somebody" / "someone" who did a thing is a person, annotated once when a description of the same person
  follows. A competitor, a club member, a husband, a baby asleep inside, a named friend and a brother, a lifeguard, a
  presenter, a rider's wife, a lady whose porch the caller is on, a loss prevention officer, an infant, a contest's
  winner, a Santa, a mother and a stepfather, a victim on a platform, a neighbour on an alarm call list, a niece, a
  cooling center volunteer, the parking attendant, an announcer, an older lady driving, a father in a wheelchair and the
  woman pushing him, a woman crossing, the caller's sister on the swings, a husband who came out, a wife soaked by a
  hose are persons. Not persons: owners away on vacation, a family at the festival, a mother at work, the volunteer who
  had walked off, "security" as an office, the addressee of a parcel, the owner of a tripod, "the crew" not there at a
  stuck signal, the marshals of a question, St. Mary's as a sender. Ages: "M approx 30s", "F 30s" and "in his thirties"
  30-39, "early twenties" 20-23, "Maybe 30" 27-33, "Maybe 50" and "maybe 50" 47-53, "M 20s" and "in his twenties" 20-29,
  "M 70s" 70-79 (a victim's shorthand decade, as holdout27's "F 20s"), "A teenager" and "high school kids" 13-19, "an
  older lady" 60-90; "big kid", "little brother", "big boys", "little kids" no age range. "Tall" tall; "Big guy", "very
  big" and "heavy" heavy.
- Clothing: "red plaid shirt" -> "red shirt", "grey hoodie", "blue suit jacket" -> "blue jacket", "camo cap", "green
  Celtics hat" -> "green hat", "red Bulls jersey" -> "red jersey", "black tank top", "green work shirt" -> "green
  shirt", "blue basketball shorts" -> "blue shorts", "green sundress" -> "green dress", "purple tank top", "Patriots
  jersey" -> "jersey", "orange work shirt" -> "orange shirt", "grey tracksuit", "white painter's pants" -> "white
  pants", "grey muscle shirt" -> "grey shirt", "tie-dye shirt" -> "shirt", "red ball cap" -> "red cap", "white Yankees
  jersey" -> "white jersey", "yellow tank top", "black Harley vest" -> "black vest", "cargo shorts", "red polo shirt" ->
  "red shirt", "blue scrubs", "in their bathrobes" -> "bathrobe", "in their pajamas" -> "pajamas", "Harley shirt" ->
  "shirt", "blue short-sleeve shirt" -> "blue shirt", "tan pants", "Navy veteran cap" -> "cap". Not clothing: beards, a
  shaved head, bald, a blonde ponytail, "shirtless", "his underwear", a red helmet and "no helmet", large headphones, a
  clipboard, a fanny pack, socks.
- Times: "approx 2231", "approx 0950", "approx 1320", "approx 1545", "approx 1712" and "2347 hrs" clock times; "approx
  1500" (a neighbour's sighting) the burglary's time the day before, "between approx 1300 and 1700" a span, no time;
  "It's 2:40", "It's 12:25" (after midnight, the same date) and "It's 1 o'clock" said during the event those times;
  "Last night around 11:15" and "last night around 11:30" (twice) those times the day before; "Yesterday morning around
  10" 10:00, "Yesterday afternoon around 2" 14:00, "yesterday afternoon" 14:00, "yesterday around 5" 17:00, "Yesterday
  around 6" and "Yesterday evening around 6" 18:00, the day before; "Sometime last night" and "Last night" 23:00 the day
  before; "Sometime overnight" and "overnight" 02:00; "about three minutes", "About ten minutes", "Ten minute", "about
  30 minutes", "about 40 minutes" and "maybe 25 minutes" ago; "right now", "rn", "just" (an event just over) and, where
  a person of the event is, "with it now", "by the hay bales now" and "now running" are now, while a narrative "now"
  ("now the whole back end", "now the chair and the curtain burning", "now he isn't breathing", "now he's on the kitchen
  floor", "Now I cannot move my arm", "every day now", "eight days now", "thirty minutes now", "parked at the post
  office lot now") is not. Not times: schedules ("the 3:52 outbound", "at 10", "at 5", "7 o'clock shift", "closes at
  6:30", "the permit says 9", "Saturday", "Sunday", "tonight"), "till 6", "till 7", "at 5 every morning", "Every night
  this week", "every night", "every afternoon from noon on", "all summer", "since Tuesday", "Ever since the star party
  Tuesday", "since Monday", "since Monday's practice", "since last night", "since summer camp let out at 4", "today",
  "this morning", "until morning", "until after 10 last night", "last night around 11" (when all was still well), "three
  nights straight", "for ten minutes", "maybe a minute", "almost an hour" and "for eight days".
- Places: parts of a landmark are the landmark (the axe lanes, the carving stage, the judges' tent and the log rolling
  tank or pool of Maple Square; the field, the track and the visitors' bleachers of Oakford High; the basement cooling
  center of City Hall; the community room and the reptile show downstairs of the library; the bleachers, deck and diving
  board of the Community Pool; the food tents, the stage, the basketball court, the playground, the pie tent and the
  swim dock of Riverside Park; the back room and parking lot of the Old Mill Brewery; the back lot and parking lot of
  FreshMart; the center court, department store, north lot and food court of Northgate Mall; the platform and commuter
  lot of Central Station; the pumps and ice freezer of the QuickStop; the parking lot and side door of Lincoln
  Elementary); "behind the Community Pool", "behind Maple Square" (a food truck, the show's parking lot), "by City
  Hall", "in front of the library" and "across from our house at 1012 Pine" relative; "Right by the library" beside "4th
  onto Elm", both places of one tip. "Kingsley by 6th", "Elm by 9th", "River Road by 9th", "Birch by 11th", "Spruce by
  9th", "Main by 5th", "Hawthorn by 6th", "River Road and 10th", "River Road and 11th", "4th onto Elm", "Maple Ave &
  11th", "Main and 8th", "River Road and 12th", "Birch by 12th", "Oak and 7th", "Kingsley by 2nd" and "Kingsley by 4th"
  intersections; "Main, the block between 6th and 7th", "Spruce between 2nd and 3rd" and "9th between Pine and Cedar"
  (the 1000 block of 9th Street) blocks; addresses on numbered streets ("627 9th st", "409 2nd Street", "315 3rd
  Street"), on Market Street ("118"), on Church Street ("136") and on Kingsley ("215", "340"). Streets alone name no
  place ("on Hawthorn", "onto Elm", "toward 12th", "across oak", "toward 8th", "toward Birch", "toward Willow", "on
  Pine", "east on Main", "east on Oak", "over on River Road", "the Pine Street route"). Look-alikes that name no place:
  Lucky Nails, Pho Oakford, St. Mary's as where a nurse works or whom a fake medic claims, "the bar", the barber shop,
  the post office lot, "the cooling center" a mother refused, "the lumberjack show" named without its square, the Tour
  de Oakford's route. One tip has two places (the crosswalk and the library); every tip has a place.

Overlap with the earlier sets: every draft was compared with all 3,444 earlier tips by shared four-word runs and by
content-word overlap (Jaccard of the sets of words of three letters or more outside a small stop list), and with the
other drafts of this set; the nearest earlier tips, overall and in the same category, were printed beside each draft and
read. About fifty drafts came too close to a situation already used and were replaced, some slots two or three times:
grass burning along the tracks behind the station (train1), a carjacking at an air pump with a gun to the head
(holdout17), a phone snatched while filming (holdout18), a pocketbook from a walker's basket with a late husband's
picture in it (holdout11), a man dragging a woman toward a pickup (holdout15), a kayak cut off a roof rack (holdout18),
a phone or keys taken off a towel on the pool deck (holdout15), a window air conditioner stolen (holdout10), drivers
cutting through Church Street past a daycare (holdout7), a car through a storefront with a foot off the brake
(holdout19), a knifepoint ATM withdrawal of $400 (holdout23, train1), a busker's case kicked over (holdout20), a
delivery rider pushed off his ride (holdout25), a landlord's shove down the stairs over a repair (train5, holdout15), a
trench caving in on a worker (train2), a toddler in a diaper walking a road (train1), hay bales lost off a truck on Old
Mill Road (train5), dealers at the station's bike racks with a blade (train6), vape carts sold to kids from a red car
(train3), paint poured over a car (train4), a car circling the pool at the lifeguards (train3), a man going through
backyards at the windows (train6), a man pacing at the pharmacy in the heat (train4), a festival vendor's propane burner
(holdout24), lightning at Riverside Park (train5), a fainting in the heat at a Maple Square fair (holdout7, train2), a
teacher punched by a student (train1), a child locked in a hot car (holdout8, train1), a swim-meet head injury in EMS
shorthand (holdout15), two mothers fighting in the bleachers (holdout20), a reunion-night punch at the brewery (train4,
holdout13), a diesel siphon (train1), a trailer hitched away (holdout15), and, among the replacements themselves, a
daughter followed off the train at 10:15 (holdout17), a son "didn't tell me until this morning" cornered by two older
boys at 3 (holdout22), a shopkeeper holding a thief's arm (holdout19), a neighbour's shovel or rake on a husband
(holdout12, train6), earrings torn out (train4), hanging baskets (holdout22), cases of bottled water (holdout24), sugar
in a gas tank (train2), a man taking papers from recycling bins (holdout8), an exhaust fan fire (train4) and a man
crouched watching a window at 11:40 (holdout22). About twenty more were reworded where they shared four or more runs
with an earlier tip or another draft. The final drafts share at most three four-word runs with any earlier tip (29 share
three, mostly place and stock phrases such as "the central station commuter", "at the light at", "the freshmart parking
lot", "what do i do") and at most 0.21 content-word overlap (a child's text about a slide at Riverside Park against
train3's; next a child's text about a fight on a Riverside Park court, 0.21, and three at 0.20); with one another at
most two runs and 0.18 (two star party tips).
"""
from hand import P, V, W

HOLDOUT28 = [
    # ---------------------------------------------------------------- weapon
    # Lumberjack Roundup, Friday evening: a drunk spectator swinging a throwing axe at the competitor who knocked him
    # out, "right now": a weapon in use (critical). The man ("Big guy" heavy, "red plaid shirt" -> "red shirt"; a beard
    # no clothing), the competitor and the people scattering (2+); "throwing axes" axe; the lanes are Maple Square's.
    dict(written="I'm a volunteer at the Lumberjack Roundup in Maple Square. A drunk guy ducked under the rope at the axe-throwing lanes, pulled one of the throwing axes off the rack and he's swinging it at the competitor who knocked him out of the amateur round, right now! Big guy, red plaid shirt, beard. People are scattering off the hay bales.",
         spoken="i'm a volunteer at the lumberjack round up in maple square a drunk guy ducked under the rope at the axe throwing lanes pulled one of the throwing axes off the rack and he's swinging it at the competitor who knocked him out of the amateur round right now big guy red plaid shirt beard people are scattering off the hay bales",
         at="2038-07-23 19:20", entities=[P(count="1", sex="male", build="heavy", clothing=["red shirt"]), W("axe"), P(count="1"), ("now",), P(count="2+")],
         places=[("landmark", "Maple Square")], category="weapon", priority="critical"),
    # Dispatch, the Tuesday star party: a man pointed a black handgun at a club member who asked him to put away his
    # phone light approx 2231 and is still on the grounds: a weapon in use (critical). "M approx 30s" 30-39 ("grey
    # hoodie"), the member a person, "Approx 60 people ... incl juveniles" 3+; the field and the visitors' bleachers are
    # Oakford High's.
    dict(written="RP (Oakford Astronomy Club) advises M approx 30s, grey hoodie, walked onto the field during the star party and pointed a black handgun at a club member who asked him to turn off his phone light, approx 2231. Subj then walked toward the visitors' bleachers and is still on the grounds. Approx 60 people on the field incl juveniles, stadium lights off.",
         spoken="r p oakford astronomy club advises male approx thirties grey hoodie walked onto the field during the star party and pointed a black hand gun at a club member who asked him to turn off his phone light approx twenty two thirty one subject then walked toward the visitors bleachers and is still on the grounds approx sixty people on the field including juveniles stadium lights off",
         at="2038-07-20 22:35", entities=[P(count="1", sex="male", age="30-39", clothing=["grey hoodie"]), W("handgun"), P(count="1"), ("local", "2038-07-20 22:31"), P(count="3+")],
         places=[("landmark", "Oakford High School")], category="weapon", priority="critical"),
    # Web tip the next morning: at the class reunion "last night around 11:15" a former boyfriend showed the caller a
    # revolver in an ankle holster with a threat to her husband: a weapon seen, lowered from high to medium (hours old).
    # The man (tall, "blue suit jacket" -> "blue jacket"; a shaved head no clothing) and the husband persons; revolver
    # handgun; "on Hawthorn" a street alone; "2018" a class year, no number of a place.
    dict(written="Web tip: Last night around 11:15, at the Oakford High class of 2018 reunion in the Old Mill Brewery's back room, a guy I dated in high school cornered me by the cornhole boards, told me my husband had better not say another word to him, then pulled up his pant leg to show me a little revolver strapped to his ankle. We left right away. He's staying at his mother's on Hawthorn. Tall, shaved head, blue suit jacket.",
         spoken="web tip last night around eleven fifteen at the oakford high class of twenty eighteen reunion in the old mill brewery's back room a guy i dated in high school cornered me by the corn hole boards told me my husband had better not say another word to him then pulled up his pant leg to show me a little revolver strapped to his ankle we left right away he's staying at his mother's on hawthorne tall shaved head blue suit jacket",
         at="2038-07-24 09:40", entities=[("local", "2038-07-23 23:15"), P(count="1", sex="male", height="tall", clothing=["blue jacket"]), P(count="1", sex="male"), W("handgun")],
         places=[("landmark", "Old Mill Brewery")], category="weapon", priority="medium"),
    # Non-native striping crew worker: a man in his underwear swung a kitchen knife at him twice over the noise and
    # stands in the road with it "now": in use (critical). The man and his baby (asleep inside, as holdout27's baby)
    # persons; "kitchen knife" knife; the crew's cone truck no vehicle; "Kingsley by 6th" the intersection.
    dict(written="I work on the paint crew making the new lines on Kingsley by 6th. A man come out of the house in his underwear, very angry the truck wake his baby, and he has a kitchen knife. He swing it at me two times, I jump back behind the cone truck. He is standing in the middle of road with it now and yelling. Please send police fast.",
         spoken="uh i work on the paint crew making the new lines on kingsly by sixth a man come out of the house in his under wear very angry the truck wake his baby and uh he has a kitchen knife he swing it at me two times i jump back behind the cone truck he is standing in the middle of road with it now and yelling please send police fast",
         at="2038-07-19 23:50", entities=[P(count="1", sex="male"), P(count="1"), W("knife"), ("now",)],
         places=[("intersection", "Kingsley Avenue", "6th Street")], category="weapon", priority="critical"),
    # A 10-year-old's text: the caller's brother's friend showing off a real gun in the garage, loading and unloading
    # it: a weapon seen (high; children lift only low calls). The friend (named), the brother and "some other boys" (2+
    # male); "a real gun" gun; "till 6" no time; "627 9th st" the address.
    dict(written="my brothers friend tyler brought a real gun over and hes showing it off in our garage to my brother and some other boys. he keeps taking the bullets out and putting them back in. moms at her job till 6. i am 10. we live at 627 9th st",
         spoken="my brother's friend tyler brought a real gun over and he's showing it off in our garage to my brother and some other boys he keeps taking the bullets out and putting them back in mom's at her job till six i am ten we live at six twenty seven ninth street",
         at="2038-07-21 15:10", entities=[P(count="1", sex="male"), W("gun"), P(count="1", sex="male"), P(count="2+", sex="male")],
         places=[("address", 627, "9th Street")], category="weapon", priority="high"),
    # Tour de Oakford marshal: a man in a lawn chair at the end of his driveway who stands up with a shotgun and yells
    # each time riders pass, not pointed at anyone: a weapon seen (high). The man ("camo cap"; a grey beard no clothing)
    # and the riders (2+); "215 Kingsley" the address.
    dict(written="I'm a course marshal for the Tour de Oakford. A man at 215 Kingsley put a lawn chair at the end of his driveway with a shotgun propped between his knees, and every time a pack of riders goes by he stands up with it and yells at them to keep off his grass. He hasn't pointed it at anyone yet but they pass two feet from him. Grey beard, camo cap.",
         spoken="i'm a course marshal for the tour de oakford a man at two fifteen kingsley put a lawn chair at the end of his drive way with a shot gun propped between his knees and every time a pack of riders goes by he stands up with it and yells at them to keep off his grass he hasn't pointed it at anyone yet but they pass two feet from him grey beard camo cap",
         at="2038-07-25 08:20", entities=[P(count="1", sex="male", clothing=["camo cap"]), W("shotgun"), P(count="2+")],
         places=[("address", 215, "Kingsley Avenue")], category="weapon", priority="high"),
    # A rooming house's shared kitchen in the heat: a tenant has another pinned against the fridge with a steak knife at
    # his throat over food: a weapon in use (critical). The two men and "the rest of us" (the caller's group, not
    # annotated); "118 Market Street" the address.
    dict(written="Rooming house at 118 Market Street, the shared kitchen downstairs. One of the guys has another guy pinned against the fridge with a steak knife at his throat, screaming that he ate his food again. It's a hundred degrees in here and everybody's on edge. The rest of us are on the porch. Hurry.",
         spoken="rooming house at one eighteen market street the shared kitchen down stairs one of the guys has another guy pinned against the fridge with a steak knife at his throat screaming that he ate his food again it's a hundred degrees in here and every body's on edge the rest of us are on the porch hurry",
         at="2038-07-21 15:45", entities=[P(count="1", sex="male"), P(count="1", sex="male"), W("knife")],
         places=[("address", 118, "Market Street")], category="weapon", priority="critical"),

    # ---------------------------------------------------------------- fire
    # The striping crew's foreman: the propane burner under the thermoplastic melter set the back of the striping truck
    # burning, crew clear: fire, high. The striping truck a truck (the thing burning, as holdout26's dump truck); the
    # crew 2+; "parked cars" no vehicles; "Elm by 9th" the intersection.
    dict(written="Foreman on the line striping crew, we're on Elm by 9th. The propane burner under the thermoplastic melter on the back of the striping truck flared up and now the whole back end of the truck is burning, flames up over the cab. Crew's all clear and we stopped traffic both ways. There's parked cars right alongside.",
         spoken="foreman on the line striping crew we're on elm by ninth the propane burner under the thermo plastic melter on the back of the striping truck flared up and now the whole back end of the truck is burning flames up over the cab crew's all clear and we stopped traffic both ways there's parked cars right along side",
         at="2038-07-20 01:15", entities=[V(type="truck"), P(count="2+")],
         places=[("intersection", "Elm Street", "9th Street")], category="fire", priority="high"),
    # Heat week: a window air conditioner burning in a bedroom where the caller's father is bedbound on oxygen: someone
    # left inside (critical). The father a person; "just" now; "1041 Willow Street" the address.
    dict(written="The air conditioner in my dad's bedroom window just caught fire, the plastic is dripping flames onto the carpet and the room's filling up with black smoke. He's bedbound and on oxygen and I can't lift him by myself. 1041 Willow Street, first floor, back bedroom. Please hurry!",
         spoken="oh god the air conditioner in my dad's bed room window just caught fire the plastic is dripping flames onto the carpet and the room's filling up with black smoke he's bed bound and on oxygen and i can't lift him by myself ten forty one willo street first floor back bed room please hurry",
         at="2038-07-21 16:30", entities=[("now",), P(count="1", sex="male")],
         places=[("address", 1041, "Willow Street")], category="fire", priority="critical"),
    # Lumberjack Roundup: the sawdust pile behind the carving stage, smouldering all afternoon, has flared into flames
    # by the hay bales and the generator; people moved back: fire, high. The carvers (2+) and "everybody" they moved
    # back (2+) persons; "behind the chainsaw carving stage" part of Maple Square.
    dict(written="The big pile of sawdust behind the chainsaw carving stage in Maple Square has been smouldering all afternoon and it just flared up into real flames, two feet high, and it's creeping toward the hay bales and the generator for the stage. The carvers moved everybody back. Someone needs to put it out properly.",
         spoken="the big pile of saw dust behind the chain saw carving stage in maple square has been smouldering all afternoon and it just flared up into real flames two feet high and it's creeping toward the hay bales and the generator for the stage the carvers moved every body back someone needs to put it out properly",
         at="2038-07-23 17:40", entities=[("now",), P(count="2+"), P(count="2+")],
         places=[("landmark", "Maple Square")], category="fire", priority="high"),
    # The library's reptile show: a heat lamp fell into a tortoise pen's wood shavings, smoke filling the community
    # room, the children out: fire, high. The kids (2+) and the reptile presenter persons; "onto Elm" a street alone.
    dict(written="This is the Oakford Public Library, the community room. During the reptile show a heat lamp fell off the side of the tortoise pen into the wood shavings and they're burning, the smoke alarm's going and the room's filling with smoke. We got all the kids out onto Elm. The reptile guy is trying to get his snakes out in their boxes.",
         spoken="this is the oakford public library the community room during the reptile show a heat lamp fell off the side of the tortoise pen into the wood shavings and they're burning the smoke alarm's going and the room's filling with smoke we got all the kids out onto elm the reptile guy is like trying to get his snakes out in their boxes",
         at="2038-07-22 14:25", entities=[P(count="2+"), P(count="1", sex="male")],
         places=[("landmark", "Oakford Public Library")], category="fire", priority="high"),
    # A phone charger that set a comforter smouldering "Last night around 11:30" (23:30 the day before), smothered; the
    # next morning the outlet is black and the caller asks for a check: fire, lowered to medium. The teenage son a
    # person (his age "16" a relative's, not annotated); "412 Walnut" the address.
    dict(written="It's out, so this is for the morning crew. Last night around 11:30 my son's phone charger caught on his bed and the comforter started burning. He smothered it with a pillow and dumped his water bottle on it. This morning I see the outlet behind the bed is black and the wall's warm. He's 16 and fine. Can someone from the fire department check it? 412 Walnut.",
         spoken="it's out so this is for the morning crew last night around eleven thirty my son's phone charger caught on his bed and the comforter started burning he smothered it with a pillow and dumped his water bottle on it this morning i see the outlet behind the bed is black and the wall's warm he's sixteen and fine can someone from the fire department check it four twelve wall nut",
         at="2038-07-23 09:10", entities=[("local", "2038-07-22 23:30"), P(count="1", sex="male")],
         places=[("address", 412, "Walnut Street")], category="fire", priority="medium"),
    # Non-native salon owner: a nail lamp sparked and lit acetone on a table, water made it bigger, everyone outside:
    # fire, high. "everybody" (the customers) 2+; "Lucky Nails" names no place; "1134 Main" the address.
    dict(written="Fire in my nail salon, Lucky Nails, 1134 Main! The lamp for dry the nails make a spark and the acetone on the table catch fire. I throw water, it get bigger, now the chair and the curtain burning. Everybody is outside on sidewalk. Please come quick.",
         spoken="fire in my nail salon lucky nails eleven thirty four maine the lamp for dry the nails make a spark and the acetone on the table catch fire i throw water it get bigger now the chair and the curtain burning every body is outside on side walk please come quick",
         at="2038-07-22 15:20", entities=[P(count="2+")],
         places=[("address", 1134, "Main Street")], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # Lumberjack Roundup: a log roller trapped under the log for about a minute, pulled out not breathing, CPR:
    # critical. The roller and the lifeguard persons; "maybe a minute" a duration; the tank is Maple Square's.
    dict(written="Medical emergency at the Lumberjack Roundup, the log rolling tank in Maple Square! A guy fell off the log and got caught under it, he was under for maybe a minute before they dragged him out, and now he isn't breathing at all. A lifeguard they hired for the tank is doing CPR on the grass. Hurry.",
         spoken="medical emergency at the lumber jack round up the log rolling tank in maple square a guy fell off the log and got caught under it he was under for maybe a minute before they dragged him out and now he isn't breathing at all a life guard they hired for the tank is doing c p r on the grass hurry",
         at="2038-07-24 14:10", entities=[P(count="1", sex="male"), P(count="1")],
         places=[("landmark", "Maple Square")], category="medical", priority="critical"),
    # EMS, the swim league championship: two swimmers collided off the diving board approx 0950, one with a bloody nose,
    # the other pale with belly pain: injuries (high). The two boys ("11 y/o M", "12 y/o M": ages of patients given as
    # numbers, not annotated) persons; the diving well is the Community Pool's.
    dict(written="EMS to Community Pool, swim league championship: during warm-ups approx 0950 an 11 y/o M jumped off the diving board and landed on a 12 y/o M in the water. Pt 1 epistaxis, controlled. Pt 2 pale, c/o abdominal pain L side, A&O x4. Both out of the water on the deck with coaches.",
         spoken="e m s to community pool swim league championship during warm ups approx oh nine fifty an eleven year old male jumped off the diving board and landed on a twelve year old male in the water patient one nose bleed controlled patient two pale complaining of abdominal pain left side a and o times four both out of the water on the deck with coaches",
         at="2038-07-24 09:56", entities=[("local", "2038-07-24 09:50"), P(count="1", sex="male"), P(count="1", sex="male"), P(count="2+")],
         places=[("landmark", "Community Pool")], category="medical", priority="high"),
    # An elderly wife at the star party: her husband tripped over a telescope tripod in the dark, leg turned out and
    # shorter (a broken hip): an injury (high). The husband (his stated age not annotated); the track is Oakford High's.
    dict(written="Oh, I hate to bother you. My husband and I came to the star party at the high school field, and he tripped over somebody's telescope tripod in the dark and went down hard on his side. He's 81. He can't get up and his left leg is turned out funny and shorter than the other. We're on the track by the fifty yard line.",
         spoken="oh i hate to bother you my husband and i came to the star party at the high school field and he tripped over somebody's telescope tri pod in the dark and went down hard on his side he's eighty one he can't get up and his left leg is turned out funny and shorter than the other we're on the track by the fifty yard line",
         at="2038-07-20 21:50", entities=[P(count="1", sex="male")],
         places=[("landmark", "Oakford High School")], category="medical", priority="high"),
    # Tour de Oakford marshal: a rider who "just" pulled over, grey and sweating with chest pressure and an aching jaw
    # (a heart attack): critical. The rider (an estimated victim's age, "about 60", not annotated) and his wife persons;
    # "just" now; "River Road by 9th" the intersection.
    dict(written="Course marshal on the Tour de Oakford, River Road by 9th. One of our riders just pulled over and sat down on the guardrail, he's grey and soaked in sweat, says it feels like a truck parked on his chest and his jaw aches. He's about 60. His wife's riding with him.",
         spoken="course marshal on the tour de oakford river road by ninth one of our riders just pulled over and sat down on the guard rail he's grey and soaked in sweat says it feels like a truck parked on his chest and his jaw aches he's about sixty his wife's riding with him",
         at="2038-07-25 08:45", entities=[P(count="1", sex="male"), ("now",), P(count="1", sex="female")],
         places=[("intersection", "River Road", "9th Street")], category="medical", priority="critical"),
    # The library's reptile show: the presenter's snake bit a woman's hand "just" (now) and she is on blood thinners,
    # the bleeding will not stop: an injury (high). The woman and the presenter persons; the reptile show downstairs is
    # the library's.
    dict(written="Library staff calling from the reptile show downstairs at the Oakford Public Library. One of the snakes just bit a lady on the hand when she reached in to pet it. It's not poisonous, the presenter says, but she's on blood thinners and it's bleeding through every paper towel we put on it. She's getting shaky.",
         spoken="library staff calling from the reptile show down stairs at the oakford public library one of the snakes just bit a lady on the hand when she reached in to pet it it's not poisonous the presenter says but she's on blood thinners and it's bleeding through every paper towel we put on it she's getting shaky",
         at="2038-07-22 14:40", entities=[("now",), P(count="1", sex="female"), P(count="1")],
         places=[("landmark", "Oakford Public Library")], category="medical", priority="high"),
    # Non-native wife: her husband stepped on a nail at the lumberjack show "yesterday afternoon" (14:00 the day
    # before); today a swollen foot, red streaks and fever: an injury, lowered to medium (hours old). The husband a
    # person; "the lumberjack show" names no place; "1124 Cedar Street" the address.
    dict(written="My husband step on a nail at the lumberjack show yesterday afternoon, a old board with nail by the wood chopping place. Today his foot is very big and red, red lines going up to his knee and he have fever. He don't want hospital. What I do? We live 1124 Cedar Street.",
         spoken="my husband step on a nail at the lumber jack show yesterday afternoon a old board with nail by the wood chopping place today his foot is very big and red red lines going up to his knee and he have fever he don't want hospital what i do uh we live eleven twenty four ceder street",
         at="2038-07-25 10:20", entities=[P(count="1", sex="male"), ("local", "2038-07-24 14:00")],
         places=[("address", 1124, "Cedar Street")], category="medical", priority="medium"),
    # An 8-year-old's text: grandma fell down the basement stairs, bleeding from the head, her words mixed up (signs of
    # a head injury): critical. The grandmother a person; "1152 oak st" the address.
    dict(written="my grandma fell down the basement stairs and her head is bleeding and she is talking funny like her words are mixed up. she keeps trying to get up. its just me and her. im 8. 1152 oak st",
         spoken="um my grandma fell down the base ment stairs and her head is bleeding and she is talking funny like her words are mixed up she keeps trying to get up it's just me and her i'm eight eleven fifty two oak street",
         at="2038-07-23 17:05", entities=[P(count="1", sex="female")],
         places=[("address", 1152, "Oak Street")], category="medical", priority="critical"),

    # ---------------------------------------------------------------- robbery
    # A rideshare driver: a passenger had the driver pull over on Birch by 11th, pressed a gun into the driver's neck
    # from the back seat and took the phone and cash "about three minutes ago": an armed robbery (critical). The
    # passenger ("early twenties" 20-23, "green Celtics hat" -> "green hat"); "a gun" gun; the caller's car no vehicle;
    # "toward 12th" a street alone; the lady whose porch the caller is on a person.
    dict(written="I drive for a rideshare app. The guy I picked up had me pull over on Birch by 11th, then pressed a gun into my neck from the back seat and told me to pass back my phone and the cash from the console. He got out and ran between the houses toward 12th, about three minutes ago. Early twenties, green Celtics hat. I'm calling from a lady's porch.",
         spoken="i drive for a ride share app the guy i picked up had me pull over on burch by eleventh then pressed a gun into my neck from the back seat and told me to pass back my phone and the cash from the console he got out and ran between the houses toward twelfth about three minutes ago early twenties green celtics hat i'm calling from a lady's porch",
         at="2038-07-22 23:35", entities=[P(count="1", sex="male", age="20-23", clothing=["green hat"]), W("gun"), ("ago", 3), P(count="1", sex="female")],
         places=[("intersection", "Birch Street", "11th Street")], category="robbery", priority="critical"),
    # A 15-year-old's text: two young men cornered him in the FreshMart back lot and made him take off his new sneakers,
    # a punch and a split lip (no time said): robbery, high. "2 dudes" 2 male, the bigger one in a "red Bulls jersey" ->
    # "red jersey" a person of his own ("bigger" no build); "across oak" a street alone; the back lot is FreshMart's.
    dict(written="these 2 dudes cornered me in the back lot of freshmart and made me take off my new jordans, the bigger one punched me when i said no and my lip is split. they ran across oak with them, the big one in a red bulls jersey. im 15 and im standing here in my socks",
         spoken="these two dudes cornered me in the back lot of fresh mart and made me take off my new jordans the bigger one punched me when i said no and my lip is split they ran across oak with them the big one in a red bulls jersey i'm fifteen and i'm standing here in my socks",
         at="2038-07-23 21:40", entities=[P(count="2", sex="male"), P(count="1", sex="male", clothing=["red jersey"])],
         places=[("landmark", "FreshMart Supermarket")], category="robbery", priority="high"),
    # A Tour de Oakford rider riding home: a man stepped off the curb on Spruce by 9th with a knife, made the rider get
    # off and rode away on the bike "about ten minutes ago": an armed robbery (critical). The man ("maybe 30" 27-33,
    # "black tank top"), the bike a bicycle ("blue Trek", a bicycle's brand not annotated, as earlier sets leave a
    # Schwinn's), no direction said; "toward 8th" a street alone.
    dict(written="I was riding home from the Tour de Oakford on Spruce by 9th and a guy stepped off the curb with a knife out, told me to get off and walk away. He rode off on my bike toward 8th, a blue Trek road bike with my race number still on it. About ten minutes ago. Maybe 30, black tank top, no helmet.",
         spoken="i was riding home from the tour de oakford on spruse by ninth and a guy stepped off the curb with a knife out told me to get off and walk away he rode off on my bike toward eighth a blue trek road bike with my race number still on it about ten minutes ago maybe thirty black tank top no helmet",
         at="2038-07-25 11:40", entities=[P(count="1", sex="male", age="27-33", clothing=["black tank top"]), W("knife"), V(colour="blue", type="bicycle"), ("ago", 10)],
         places=[("intersection", "Spruce Street", "9th Street")], category="robbery", priority="critical"),
    # A daughter: "Yesterday morning around 10" a man who rang her 88-year-old father's bell about "a water leak" shoved
    # past him into the hall table and took his wallet from the kitchen counter; a bruised hip: robbery with an injury
    # (high), lowered to medium (hours old). The father (his stated age not annotated) and the man ("maybe 50" 47-53,
    # "green work shirt" -> "green shirt"); "506 Pine" the address.
    dict(written="I'm calling about my dad, he's 88 and lives at 506 Pine. Yesterday morning around 10 a man rang the bell saying he had to check a water leak, and when Dad said no, the man shoved past him so hard Dad hit the hall table, then grabbed the wallet off the kitchen counter and left. Dad's hip is purple. Maybe 50, green work shirt.",
         spoken="hi um i'm calling about my dad he's eighty eight and lives at five oh six pine yesterday morning around ten a man rang the bell saying he had to check a water leak and when dad said no the man shoved past him so hard dad hit the hall table then grabbed the wallet off the kitchen counter and left dad's hip is purple maybe fifty green work shirt",
         at="2038-07-23 09:20", entities=[P(count="1", sex="male"), ("local", "2038-07-22 10:00"), P(count="1", sex="male", age="47-53", clothing=["green shirt"])],
         places=[("address", 506, "Pine Street")], category="robbery", priority="medium"),
    # Non-native shopper: a man grabbed her cart with her purse in it in the FreshMart lot and dragged her when she held
    # on, "ten minute" ago; bleeding knees: robbery, high (an injury). The man (tall, "blue basketball shorts" -> "blue
    # shorts") a person; silver minivan; the lot is FreshMart's.
    dict(written="Please, in the FreshMart parking lot a man take my cart with my purse and all the groceries, and I hold on so he drag me on the ground, my two knees bleeding. He throw the food and take only my purse and go in a silver minivan. Ten minute ago. Tall, blue basketball shorts.",
         spoken="please in the fresh mart parking lot a man take my cart with my purse and all the groceries and i hold on so he drag me on the ground my two knees bleeding he throw the food and take only my purse and go in a silver mini van ten minute ago tall blue basketball shorts",
         at="2038-07-20 18:25", entities=[P(count="1", sex="male", height="tall", clothing=["blue shorts"]), V(colour="silver", type="minivan"), ("ago", 10)],
         places=[("landmark", "FreshMart Supermarket")], category="robbery", priority="high"),
    # Mall security, the Christmas in July sale: a shoplifter stopped at the exit approx 1320 hit the loss prevention
    # officer with a stroller and bit him (force to keep the goods): robbery, high. The woman ("F 30s" 30-39, "green
    # sundress" -> "green dress"; a ponytail no clothing), the officer and the infant persons; the north lot is the
    # mall's.
    dict(written="Northgate Mall security. Christmas in July sale, department store east end: F 30s concealed 4 sweaters in a stroller basket, stopped at exit by LP approx 1320, struck LP officer w/ the stroller and bit his forearm, skin broken. Fled on foot toward the north lot w/ an infant in the stroller. Blonde ponytail, green sundress.",
         spoken="northgate mall security christmas in july sale department store east end female thirties concealed four sweaters in a stroller basket stopped at exit by l p approx thirteen twenty struck l p officer with the stroller and bit his forearm skin broken fled on foot toward the north lot with an infant in the stroller blonde pony tail green sun dress",
         at="2038-07-24 13:26", entities=[P(count="1", sex="female", age="30-39", clothing=["green dress"]), ("local", "2038-07-24 13:20"), P(count="1", sex="male"), P(count="1")],
         places=[("landmark", "Northgate Mall")], category="robbery", priority="high"),

    # ---------------------------------------------------------------- assault
    # The Blueberry Festival's pie-eating contest: the runner-up "just" slammed the winner's face into the table, a
    # plate cut his face: assault, high (an injury). The runner-up ("big guy" heavy, "purple tank top"), the winner and
    # the crowd (2+); the stage is Riverside Park's.
    dict(written="Pie-eating contest at the blueberry festival, Riverside Park stage. The guy who came in second just grabbed the winner's head with both hands and smashed it down onto the table, the pie plate cut him over the eye and there's blood and blueberry everywhere. Big guy, purple tank top. The crowd's booing him.",
         spoken="pie eating contest at the blueberry festival river side park stage the guy who came in second just grabbed the winner's head with both hands and smashed it down onto the table the pie plate cut him over the eye and there's blood and blueberry every where big guy purple tank top the crowd's booing him",
         at="2038-07-24 13:05", entities=[P(count="1", sex="male", build="heavy", clothing=["purple tank top"]), ("now",), P(count="1", sex="male"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="assault", priority="high"),
    # The Christmas in July sale: a father who missed the photo cutoff "just" punched the mall Santa off his chair, a
    # bleeding nose: assault, high (an injury). The father (tall, "Patriots jersey" -> "jersey"), the Santa and "his
    # kids" (2+) persons; the center court and the food court are Northgate Mall's.
    dict(written="I'm the photo elf at the Christmas in July Santa set in the center court at Northgate Mall. A dad who got there after we closed the line just punched our Santa in the face and knocked him off his chair, his nose is bleeding into his beard. The dad's walking toward the food court with his kids. Tall, Patriots jersey.",
         spoken="i'm the photo elf at the christmas and july santa set in the center court at northgate mall a dad who got there after we closed the line just punched our santa in the face and knocked him off his chair his nose is bleeding into his beard the dad's walking toward the food court with his kids tall patriots jersey",
         at="2038-07-25 13:15", entities=[P(count="1", sex="male", height="tall", clothing=["jersey"]), P(count="1", sex="male"), ("now",), P(count="2+")],
         places=[("landmark", "Northgate Mall")], category="assault", priority="high"),
    # A 15-year-old: the caller's mother hit the stepfather on the head with a cast iron pan; he is on the floor not
    # answering, blood under his head: a life at risk (critical). The mother and the stepfather persons; a pan no weapon
    # (a thing used on a person, as holdout27's belt); "409 2nd Street" the address.
    dict(written="My mom hit my stepdad in the head with the cast iron pan during a fight and now he's on the kitchen floor and he won't answer me. There's blood under his head on the tiles. She locked herself in the bathroom. 409 2nd Street, please, I'm 15.",
         spoken="my mom hit my step dad in the head with the cast iron pan during a fight and now he's on the kitchen floor and uh he won't answer me there's blood under his head on the tiles she locked herself in the bath room four oh nine second street please i'm fifteen",
         at="2038-07-22 19:55", entities=[P(count="1", sex="female"), P(count="1", sex="male")],
         places=[("address", 409, "2nd Street")], category="assault", priority="critical"),
    # "Yesterday around 5" (17:00 the day before) a man spat on the caller and shoved her into the ice freezer at the
    # QuickStop when she asked him to put out his cigarette by the pumps; a bruised back: assault, lowered to medium.
    # The man (bald no clothing, "orange work shirt" -> "orange shirt") and his work van (a van).
    dict(written="I want something on record from yesterday around 5 at the QuickStop. A man was smoking right by the pumps and when I asked him to put it out he spit on me and shoved me backwards into the ice freezer out front. I've got a big bruise across my back today. Bald, orange work shirt, got into a work van.",
         spoken="i want something on record from yesterday around five at the quick stop a man was smoking right by the pumps and when i asked him to put it out he spit on me and shoved me backwards into the ice freezer out front i've got a big bruise across my back today bald orange work shirt got into a work van",
         at="2038-07-24 11:00", entities=[("local", "2038-07-23 17:00"), P(count="1", sex="male", clothing=["orange shirt"]), V(type="van")],
         places=[("landmark", "QuickStop Gas")], category="assault", priority="medium"),
    # Non-native caller: the big son of a neighbour bent his arm behind his back over a barking dog; he cannot move it
    # now: assault, high (an injury). The neighbour's son (big, heavy) a person; the neighbour not at the scene not
    # annotated; "822 Spruce" the address.
    dict(written="The son of my neighbor, he is very big, he come in my yard because my dog bark and he take my arm and bend it behind my back until something crack. Now I cannot move my arm, the elbow is very swollen. He go back to his house next door. I am at 822 Spruce Street.",
         spoken="hello uh the son of my neighbor he is very big he come in my yard because my dog bark and he take my arm and bend it behind my back until some thing crack now i cannot move my arm the elbow is very swollen he go back to his house next door i am at eight twenty two spruce street",
         at="2038-07-21 19:40", entities=[P(count="1", sex="male", build="heavy")],
         places=[("address", 822, "Spruce Street")], category="assault", priority="high"),
    # Dispatch: a man in his 70s punched on the station platform approx 1545 for asking a man to lower his music:
    # assault, high (an injury). The victim ("M 70s" 70-79, a victim's age in shorthand, as holdout27's "F 20s") and the
    # suspect ("M 20s" 20-29, heavy, "grey tracksuit"; headphones no clothing); "the 3:52 outbound" a schedule, no time.
    dict(written="Assault just occurred, Central Station platform: vic M 70s struck in the face w/ closed fist by unk M after asking him to lower his music approx 1545. Vic has lac to upper lip, dentures broken, ambulatory. Susp boarded the 3:52 outbound. Susp described as M 20s, heavy, grey tracksuit, large headphones.",
         spoken="assault just occurred central station platform victim male seventies struck in the face with closed fist by unknown male after asking him to lower his music approx fifteen forty five victim has lac to upper lip dentures broken ambulatory suspect boarded the three fifty two out bound suspect described as male twenties heavy grey track suit large head phones",
         at="2038-07-22 15:49", entities=[P(count="1", sex="male", age="70-79"), ("local", "2038-07-22 15:45"), P(count="1", sex="male", age="20-29", build="heavy", clothing=["grey tracksuit"])],
         places=[("landmark", "Central Station")], category="assault", priority="high"),
    # A child's text: a big kid sitting on the caller's 7-year-old brother on the Riverside Park basketball court,
    # punching his face, "rn": a child injured (high). The big kid (male, "he pushed me") and the brother persons.
    dict(written="theres a big kid sitting on my little brother on the basketball court at riverside park and punching him in the face over and over rn. my brother is 7. his nose is bleeding. i tried to pull him off and he pushed me down. pls come",
         spoken="there's a big kid sitting on my little brother on the basket ball court at river side park and punching him in the face over and over right now my brother is seven his nose is bleeding i tried to pull him off and he pushed me down please come",
         at="2038-07-21 11:20", entities=[P(count="1", sex="male"), P(count="1", sex="male"), ("now",)],
         places=[("landmark", "Riverside Park")], category="assault", priority="high"),

    # ---------------------------------------------------------------- burglary
    # Alarm company: a vacation house's rear slider opened 2347 hrs, then motion upstairs, and the neighbour on the call
    # list sees somebody with a flashlight upstairs "right now": burglary, high. "2347 hrs" the time and "right now"
    # now; the neighbour and somebody persons; the owners away not annotated; "1109 Maple Ave" the address.
    dict(written="Alarm company calling. Residential account at 1109 Maple Ave, owners away on vacation: rear slider opened 2347 hrs, then motion in the upstairs hall. We reached the neighbor on the call list and she says somebody with a flashlight is moving around upstairs right now.",
         spoken="alarm company calling residential account at eleven oh nine maple avenue owners away on vacation rear slider opened twenty three forty seven hours then motion in the up stairs hall we reached the neighbor on the call list and she says somebody with a flash light is moving around up stairs right now",
         at="2038-07-20 23:52", entities=[("local", "2038-07-20 23:47"), P(count="1", sex="female"), P(count="1"), ("now",)],
         places=[("address", 1109, "Maple Avenue")], category="burglary", priority="high"),
    # The swim coach: the team's equipment shed behind the Community Pool entered, the timing system taken; no time said
    # ("since Monday's practice" none): burglary, medium. Somebody a person; "$9,000" no number of a place; "Saturday" a
    # schedule; "behind the Community Pool" relative.
    dict(written="I'm the Oakford Otters swim coach. Somebody cut the padlock on our equipment shed behind the Community Pool and took the whole electronic timing system, the touch pads and the starter box, that's about $9,000. We need it Saturday for the championship. Nobody's been in there since Monday's practice.",
         spoken="yeah hi i'm the oakford otters swim coach somebody cut the pad lock on our equipment shed behind the community pool and took the whole electronic timing system the touch pads and the starter box that's about nine thousand dollars we need it saturday for the championship nobody's been in there since monday's practice",
         at="2038-07-21 07:30", entities=[P(count="1")],
         places=[("relative", ("landmark", "Community Pool"))], category="burglary", priority="medium"),
    # "Sometime last night" (23:00 the day before) a house entered through a cut bathroom screen while the couple were
    # at the reunion, found in the morning: burglary lowered to low. Somebody and the husband (named through "my
    # husband's") persons; "233 Elm Street" the address.
    dict(written="Sometime last night while we were at my husband's class reunion, somebody cut the screen on our bathroom window and climbed in. My jewelry box and his laptop are gone and the drawers are dumped on the bed. We didn't notice till this morning. 233 Elm Street.",
         spoken="sometime last night while we were at my husband's class reunion somebody cut the screen on our bath room window and climbed in my jewelry box and his lap top are gone and the drawers are dumped on the bed we didn't notice till this morning two thirty three elm street",
         at="2038-07-24 09:50", entities=[("local", "2038-07-23 23:00"), P(count="1", sex="male"), P(count="1")],
         places=[("address", 233, "Elm Street")], category="burglary", priority="low"),
    # The brewery's prep cook arriving to open: the kitchen door jimmied and a man inside "right now" loading kegs onto
    # a hand truck: burglary, high. The man a person; a hand truck no vehicle; the caller's own car none.
    dict(written="I'm the prep cook at the Old Mill Brewery, I just got here to open and the kitchen door's been jimmied. There's a guy inside right now in the walk-in cooler stacking kegs on a hand truck, I can hear them clanking. I got back in my car and locked it. Nobody else is here yet.",
         spoken="i'm the prep cook at the old mill brewery i just got here to open and the kitchen door's been jimmied there's a guy inside right now in the walk in cooler stacking kegs on a hand truck i can hear them clanking i got back in my car and locked it nobody else is here yet",
         at="2038-07-21 05:10", entities=[P(count="1", sex="male"), ("now",)],
         places=[("landmark", "Old Mill Brewery")], category="burglary", priority="high"),
    # A food truck parked behind Maple Square for the Roundup entered "Sometime overnight" (02:00), told at 07:35 (five
    # hours and a half: not lowered): burglary, medium. Somebody a person; the food truck the place entered, no vehicle
    # of an actor; "at 10" a schedule; "$800" no number of a place; "behind Maple Square" relative.
    dict(written="My food truck got broken into sometime overnight. I'm parked behind Maple Square for the lumberjack show and somebody popped the service window and climbed in. They took the cash drawer with about $800 of float and yesterday's take, plus the little generator. We open again at 10.",
         spoken="my food truck got broken into sometime overnight i'm parked behind maple square for the lumberjack show and somebody popped the service window and climbed in they took the cash drawer with about eight hundred dollars of float and yesterday's take plus the little generator we open again at ten",
         at="2038-07-24 07:35", entities=[("local", "2038-07-24 02:00"), P(count="1")],
         places=[("relative", ("landmark", "Maple Square"))], category="burglary", priority="medium"),
    # Dispatch: a house entered yesterday afternoon while the family were at the Blueberry Festival, a white pickup seen
    # backed to the garage approx 1500 (15:00 the day before; "between approx 1300 and 1700" a span, no time), told the
    # next morning: burglary lowered to low. The neighbour a person; white pickup; "1062 Birch St" the address.
    dict(written="Burglary report, 1062 Birch St. RP states residence entered yesterday afternoon between approx 1300 and 1700 while family at the Blueberry Festival; rear basement window pried, two bikes, a gaming console and a coin jar taken. Neighbor saw a white pickup backed up to the garage approx 1500.",
         spoken="burglary report ten sixty two burch street r p states residence entered yesterday afternoon between approx thirteen hundred and seventeen hundred while family at the blueberry festival rear basement window pried two bikes a gaming console and a coin jar taken neighbor saw a white pick up backed up to the garage approx fifteen hundred",
         at="2038-07-25 09:15", entities=[P(count="1"), V(colour="white", type="pickup"), ("local", "2038-07-24 15:00")],
         places=[("address", 1062, "Birch Street")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # The striping crew's foreman: a man pushing the crew's walk-behind line striper off down Kingsley "right now" while
    # the crew is on break: theft, high. The man ("white painter's pants" -> "white pants"; a long beard no clothing);
    # the crew (2+); the trailer no vehicle; "Kingsley by 4th" the intersection.
    dict(written="Striping crew foreman. We stepped into the QuickStop for ten minutes and right now some guy is pushing our walk-behind line striper down Kingsley by 4th, he rolled it right off our trailer. That machine's worth $12,000. Long beard, white painter's pants. My guys are running after him.",
         spoken="striping crew foreman we stepped into the quick stop for ten minutes and right now some guy is pushing our walk behind line striper down kingsly by fourth he rolled it right off our trailer that machine's worth twelve thousand dollars long beard white painter's pants my guys are running after him",
         at="2038-07-20 02:10", entities=[("now",), P(count="1", sex="male", clothing=["white pants"]), P(count="2+")],
         places=[("intersection", "Kingsley Avenue", "4th Street")], category="theft", priority="high"),
    # The Tour de Oakford finish: a bike taken from the riders' corral by City Hall "about 30 minutes ago" while its
    # owner got her medal: theft, medium. Somebody a person; the bike a bicycle (a white Cannondale, its brand not
    # annotated); "by City Hall" relative.
    dict(written="Somebody took my bike out of the riders' corral by City Hall at the Tour de Oakford finish while I was in line for my medal, about 30 minutes ago. White Cannondale with pink bar tape, my number plate 214 zip-tied on the front. The volunteer watching the corral had walked off.",
         spoken="somebody took my bike out of the riders corral by city hall at the tour de oak ford finish while i was in line for my medal about thirty minutes ago white cannondale with pink bar tape my number plate two fourteen zip tied on the front the volunteer watching the corral had walked off",
         at="2038-07-25 11:05", entities=[P(count="1"), V(colour="white", type="bicycle"), ("ago", 30)],
         places=[("relative", ("landmark", "City Hall"))], category="theft", priority="medium"),
    # The star party: a telescope taken off its tripod on the high school field "about 40 minutes ago" while its owner
    # was at the concession table: theft, medium. Somebody a person; "$3,000" no number of a place.
    dict(written="Somebody lifted my telescope right off its mount on the high school football field during tonight's star party while I walked over to the concession table, about 40 minutes ago. It's a white Celestron, about $3,000, with my name engraved on the tube. The tripod's still standing there in the dark.",
         spoken="somebody lifted my telescope right off its mount on the high school football field during tonight's star party while i walked over to the concession table about forty minutes ago it's a white celestron about three thousand dollars with my name engraved on the tube the tri pod's still standing there in the dark",
         at="2038-07-20 22:50", entities=[P(count="1"), ("ago", 40)],
         places=[("landmark", "Oakford High School")], category="theft", priority="medium"),
    # A chainsaw-carved bear cut loose from a porch post "Last night" (23:00 the day before), told in the morning:
    # theft, lowered to low. Somebody a person; "they had to have a truck" a guess, no vehicle; "722 Oak Street" the
    # address.
    dict(written="Last night somebody walked off with the chainsaw carved bear I bought at the Lumberjack Roundup. It was chained to the porch post at 722 Oak Street and they cut the chain. It's three feet tall and weighs a ton, so they had to have a truck.",
         spoken="um last night somebody walked off with the chain saw carved bear i bought at the lumber jack round up it was chained to the porch post at seven twenty two oak street and they cut the chain it's three feet tall and weighs a ton so they had to have a truck",
         at="2038-07-25 08:30", entities=[("local", "2038-07-24 23:00"), P(count="1")],
         places=[("address", 722, "Oak Street")], category="theft", priority="low"),
    # The Christmas in July toy drive: a man emptying the donation bin by the mall's food court into garbage bags "right
    # now": theft, high. The man ("in his thirties" 30-39, "grey muscle shirt" -> "grey shirt"); the food court is
    # Northgate Mall's.
    dict(written="There's a man emptying the Christmas in July toy drive bin outside the Northgate Mall food court into black garbage bags right now, like he's done it before. Dolls, games, everything people dropped off for the kids. He's in his thirties, grey muscle shirt. I don't see any security.",
         spoken="there's a man emptying the christmas in july toy drive bin outside the northgate mall food court into black garbage bags right now like he's done it before dolls games every thing people dropped off for the kids he's in his thirties grey muscle shirt i don't see any security",
         at="2038-07-24 15:30", entities=[P(count="1", sex="male", age="30-39", clothing=["grey shirt"]), ("now",)],
         places=[("landmark", "Northgate Mall")], category="theft", priority="high"),
    # Lumberjack Roundup: the gold axe trophy and the prize envelopes gone from the judges' tent during the springboard
    # chop (no time said): theft, medium. Somebody a person; "$2,500" no number of a place; the tent is Maple Square's.
    dict(written="I'm one of the judges at the Lumberjack Roundup. While we were all out watching the springboard chop, somebody went into our tent in Maple Square and took the gold axe trophy and the three prize envelopes, $2,500 in cash, off the table. The awards are supposed to be at 5.",
         spoken="i'm one of the judges at the lumber jack round up while we were all out watching the spring board chop somebody went into our tent in maple square and took the gold axe trophy and the three prize envelopes twenty five hundred dollars in cash off the table the awards are supposed to be at five",
         at="2038-07-24 15:50", entities=[P(count="1")],
         places=[("landmark", "Maple Square")], category="theft", priority="medium"),
    # A shop owner: every night this week somebody plugs an e-scooter into his outdoor outlet till morning (a habit, the
    # simple present): theft, low. Somebody a person; "until morning" no time; "1021 Main" the address.
    dict(written="This will sound petty. Every night this week somebody plugs an electric scooter into the outdoor outlet on the side of my shop at 1021 Main and leaves it charging there until morning. My electric bill jumped, and once they even unplugged my sign to do it. I'd like somebody to drive by.",
         spoken="okay so this will sound petty every night this week somebody plugs an electric scooter into the out door outlet on the side of my shop at ten twenty one maine and leaves it charging there until morning my electric bill jumped and once they even unplugged my sign to do it i'd like somebody to drive by",
         at="2038-07-23 08:15", entities=[P(count="1")],
         places=[("address", 1021, "Main Street")], category="theft", priority="low"),

    # ---------------------------------------------------------------- traffic
    # The crosswalk painting on Main: a pickup "just" drove through the cones and hit a cone setter, who is not moving:
    # critical. "dark red, maybe a Dodge" red dodge pickup going east (a make said with "maybe", as holdout26's "a Ford
    # I think"); the worker a person; "Main by 5th" the intersection.
    dict(written="A pickup just plowed through the cones on Main by 5th where we're painting the crosswalks and hit one of our cone setters. He's flat on the asphalt, not moving, his hard hat's in the gutter. The truck kept going east on Main, dark red, maybe a Dodge, no tailgate.",
         spoken="a pick up just plowed through the cones on maine by fifth where we're painting the cross walks and hit one of our cone setters he's flat on the asphalt not moving his hard hat's in the gutter the truck kept going east on main dark red maybe a dodge no tail gate",
         at="2038-07-19 23:20", entities=[V(colour="red", make="dodge", type="pickup", direction="east"), ("now",), P(count="1", sex="male")],
         places=[("intersection", "Main Street", "5th Street")], category="traffic", priority="critical"),
    # A teenager on a dirt bike came the wrong way down Hawthorn and hit a woman crossing, her wrist broken; he rode off
    # "just" now: traffic, high (an injury). The teenager (13-19, "red helmet" no clothing) and his dirt bike a
    # motorcycle; the woman a person; "Hawthorn by 6th" the intersection.
    dict(written="A teenager on a dirt bike just came tearing the wrong way down Hawthorn by 6th and hit a woman crossing with her groceries. She's sitting on the curb holding her wrist, it's bent wrong. He picked the bike up and rode off toward Willow. Red helmet, no plate on the bike.",
         spoken="a teenager on a dirt bike just came tearing the wrong way down hawthorne by sixth and hit a woman crossing with her groceries she's sitting on the curb holding her wrist it's bent wrong he picked the bike up and rode off toward willow red helmet no plate on the bike",
         at="2038-07-25 10:20", entities=[P(count="1", sex="male", age="13-19"), V(type="motorcycle"), ("now",), P(count="1", sex="female")],
         places=[("intersection", "Hawthorn Avenue", "6th Street")], category="traffic", priority="high"),
    # The culvert detour: the sign at River Road and 10th knocked flat, drivers braking hard at the barricades, one over
    # the curb: a road hazard, traffic, medium (no time; "they're slamming" does not lift a medium call).
    dict(written="The detour sign at River Road and 10th for the culvert job got knocked flat, so drivers heading east don't see the road's closed until the last second and they're slamming on their brakes at the barricades. One already bounced up over the curb. Can someone stand it back up before there's a wreck?",
         spoken="the detour sign at river road and tenth for the culvert job got uh knocked flat so drivers heading east don't see the road's closed until the last second and they're slamming on their brakes at the barricades one already bounced up over the curb can someone stand it back up before there's a wreck",
         at="2038-07-22 21:05", entities=[],
         places=[("intersection", "River Road", "10th Street")], category="traffic", priority="medium"),
    # "Yesterday around 6" (18:00 the day before) a delivery box truck backing into a neighbour's driveway knocked down
    # the caller's stone mailbox post and drove off: traffic, lowered to low. The box truck a truck; "Spruce between 2nd
    # and 3rd" the 200 block of Spruce.
    dict(written="Yesterday around 6 a furniture delivery box truck backing into my neighbor's driveway took out my mailbox, stone post and all, and just drove away. The post is in pieces on the lawn. I have the company name off the side of the truck. We're on Spruce between 2nd and 3rd.",
         spoken="yesterday around six a furniture delivery box truck backing into my neighbor's drive way took out my mail box stone post and all and just drove away the post is in pieces on the lawn i have the company name off the side of the truck we're on spruce between second and third",
         at="2038-07-23 09:30", entities=[("local", "2038-07-22 18:00"), V(type="truck")],
         places=[("block", 200, "Spruce Street")], category="traffic", priority="low"),
    # The culvert job's temporary signal at River Road and 11th stuck green both ways, cars meeting head-on in the
    # single lane: a road hazard, traffic, medium (no time; "are meeting" does not lift a medium call).
    dict(written="The temporary traffic light for the culvert job at River Road and 11th is stuck on green at both ends, so drivers from each end are meeting nose to nose in the single lane past the trench and backing into each other. Somebody's going to get hurt. Nobody from the crew is there at this hour.",
         spoken="the temporary traffic light for the culvert job at river road and eleventh is stuck on green at both ends so drivers from each end are meeting nose to nose in the single lane past the trench and backing into each other somebody's going to get hurt nobody from the crew is there at this hour",
         at="2038-07-21 20:45", entities=[],
         places=[("intersection", "River Road", "11th Street")], category="traffic", priority="medium"),
    # A car turning onto Elm from 4th "just" hit a woman pushing her father in a wheelchair in the crosswalk, the chair
    # tipped, a gash on his forehead: an injury (high). The woman, the father and the driver ("an older lady" 60-90)
    # persons; the car a car; "4th onto Elm" the intersection and "Right by the library" relative to the library, both
    # places of the tip.
    dict(written="A car turning right from 4th onto Elm just bumped a woman pushing her father in a wheelchair across the crosswalk, and the chair tipped over. He's on the pavement with a gash on his forehead and she's screaming. The driver stopped, she's an older lady, she's crying too. Right by the library.",
         spoken="a car turning right from fourth onto elm just bumped a woman pushing her father in a wheel chair across the cross walk and the chair tipped over he's on the pavement with a gash on his forehead and oh my god she's screaming the driver stopped she's an older lady she's crying too right by the library",
         at="2038-07-22 10:25", entities=[V(type="car"), ("now",), P(count="1", sex="female"), P(count="1", sex="male"), P(count="1", sex="female", age="60-90")],
         places=[("intersection", "Elm Street", "4th Street"), ("relative", ("landmark", "Oakford Public Library"))], category="traffic", priority="high"),
    # Dispatch: a two-car crash at Maple and 11th approx 1712, three minutes before, no injuries, one car blocking the
    # eastbound lane: traffic raised to high (a said time within 15 minutes). Blue Honda Fit (fit) and grey Ford Fusion
    # (fusion); "EB" a lane, no direction of a vehicle's travel.
    dict(written="MVA, 2 veh, Maple Ave & 11th approx 1712. No injuries per RP. Blue Honda Fit spun into the EB lane and is blocking it, fluids leaking. Other veh a grey Ford Fusion, pulled onto the shoulder.",
         spoken="m v a two vehicles maple avenue and eleventh approx seventeen twelve no injuries per r p blue honda fit spun into the east bound lane and is blocking it fluids leaking other vehicle a grey ford fusion pulled onto the shoulder",
         at="2038-07-23 17:15", entities=[("local", "2038-07-23 17:12"), V(colour="blue", make="honda", model="fit"), V(colour="grey", make="ford", model="fusion")],
         places=[("intersection", "Maple Avenue", "11th Street")], category="traffic", priority="high"),

    # ---------------------------------------------------------------- drugs
    # The star party: a man in a tie-dye shirt offering high school kids "space gummies" (mushrooms) "right now": drugs,
    # medium (children; raises do not stack). The man ("tie-dye shirt" -> "shirt"), "high school kids" 2+ 13-19; "the 40
    # yard line" no number of a place; the field is Oakford High's.
    dict(written="At the star party on the Oakford High field there's a guy in a tie-dye shirt walking between the telescopes offering high school kids space gummies out of a sandwich bag, says they're mushrooms. He's doing it right now by the big telescope at the 40 yard line.",
         spoken="at the star party on the oakford high field there's a guy in a tie dye shirt walking between the telescopes offering high school kids space gummies out of a sandwich bag says they're mushrooms he's doing it right now by the big telescope at the forty yard line",
         at="2038-07-20 22:05", entities=[P(count="1", sex="male", clothing=["shirt"]), P(count="2+", age="13-19"), ("now",)],
         places=[("landmark", "Oakford High School")], category="drugs", priority="medium"),
    # The City Hall cooling center: a man selling pills to the people in there showed a handgun in his fanny pack:
    # drugs, high (a weapon seen). The man ("red ball cap" -> "red cap") the buyers ("people" 2+) and the volunteer he
    # showed it to; the basement room is City Hall's.
    dict(written="I'm a volunteer at the cooling center in the basement of City Hall. A man has been going cot to cot selling pills to people, and when one of our volunteers told him to stop he unzipped his fanny pack enough to show her a handgun. He's sitting by the water cooler. Red ball cap.",
         spoken="i'm a volunteer at the cooling center in the base ment of city hall a man has been going cot to cot selling pills to people and when one of our volunteers told him to stop he unzipped his fanny pack enough to show her a hand gun he's sitting by the water cooler red ball cap",
         at="2038-07-21 16:10", entities=[P(count="1", sex="male", clothing=["red cap"]), P(count="2+"), P(count="1", sex="female"), W("handgun")],
         places=[("landmark", "City Hall")], category="drugs", priority="high"),
    # The swim meet: a man in the bleachers smoking a joint with the smoke blowing over the little swimmers "right now":
    # drugs, medium (children; raises do not stack). The man ("in his twenties" 20-29), the little swimmers (2+) and the
    # parents (2+).
    dict(written="There's a man in his twenties sitting way up at the top of the bleachers at the Community Pool swim meet smoking a joint right now, and the smoke is drifting right down over the little swimmers waiting for their heat. Parents asked him to stop and he laughed.",
         spoken="yeah there's a man in his twenties sitting way up at the top of the bleachers at the community pool swim meet smoking a joint right now and the smoke is drifting right down over the little swimmers waiting for their heat parents asked him to stop and he laughed",
         at="2038-07-24 10:40", entities=[P(count="1", sex="male", age="20-29"), ("now",), P(count="2+"), P(count="2+")],
         places=[("landmark", "Community Pool")], category="drugs", priority="medium"),
    # A web tip: the hot dog cart man in Maple Square sells weed from a drawer under the buns every afternoon (a habit,
    # the simple present): drugs, low. The man a person; "from noon on" a habit's hour and "all summer" a span, no
    # times.
    dict(written="Web tip: The guy with the hot dog cart on the Elm side of Maple Square sells weed out of the drawer under the bun warmer. You tell him you want it 'with everything' and hand over $40 and you get a foil boat with a hot dog sitting on the bag. Every afternoon from noon on. He's had the cart there all summer.",
         spoken="web tip the guy with the hot dog cart on the elm side of maple square sells weed out of the drawer under the bun warmer you tell him you want it with everything and hand over forty dollars and you get a foil boat with a hot dog sitting on the bag every afternoon from noon on he's had the cart there all summer",
         at="2038-07-21 20:15", entities=[P(count="1", sex="male")],
         places=[("landmark", "Maple Square")], category="drugs", priority="low"),
    # A mail carrier: a package for an address on the route split open in the mail truck, full of baggies of white
    # powder (a find, no time): drugs, low. The addressee (not seen) not annotated; the carrier's truck no vehicle;
    # "1107 Pine" the address.
    dict(written="I'm the letter carrier on the Pine Street route. A box addressed to 1107 Pine split open in the back of my truck and it's full of tiny zip bags of a white powder, packed in coffee grounds. I haven't delivered it. What do I do with it? I'm parked at the post office lot now.",
         spoken="i'm the letter carrier on the pine street route a box addressed to eleven oh seven pine split open in the back of my truck and it's full of tiny zip bags of a white powder packed in coffee grounds i haven't delivered it what do i do with it i'm parked at the post office lot now",
         at="2038-07-23 13:30", entities=[],
         places=[("address", 1107, "Pine Street")], category="drugs", priority="low"),
    # Non-native market owner: two boys "are standing ... and selling" small bags behind the store on his camera: a
    # present progressive with no time lifts low to medium. "Two boys" 2 male, the buyers in cars 2+; "1150 Main" the
    # address.
    dict(written="I have the little market at 1150 Main. Two boys are standing behind my store by the dumpsters and selling small bags to people who come in cars, I see from my camera. It happen every day now but today there is more cars. I am scared to go out.",
         spoken="i have the little market at eleven fifty maine uh two boys are standing behind my store by the dumpsters and selling small bags to people who come in cars i see from my camera it happen every day now but today there is more cars i am scared to go out",
         at="2038-07-24 16:30", entities=[P(count="2", sex="male"), P(count="2+")],
         places=[("address", 1150, "Main Street")], category="drugs", priority="medium"),

    # ---------------------------------------------------------------- vandalism
    # Two drunk men "right now" kicking the striping crew's cones and smearing the wet crosswalk paint at Main and 8th:
    # vandalism, medium. "Couple of drunk guys" 2 male, the crew down the block 2+; "the bar" names no place.
    dict(written="Couple of drunk guys just came out of the bar and they're kicking over the striping crew's cones and dragging their sneakers through the wet paint on the new crosswalk at Main and 8th, smearing it all over. The crew's down the block and hasn't seen them. It's happening right now.",
         spoken="couple of drunk guys just came out of the bar and they're kicking over the striping crew's cones and dragging their sneakers through the wet paint on the new cross walk at maine and eighth smearing it all over the crew's down the block and hasn't seen them it's happening right now",
         at="2038-07-20 00:40", entities=[P(count="2", sex="male"), P(count="2+"), ("now",)],
         places=[("intersection", "Main Street", "8th Street")], category="vandalism", priority="medium"),
    # Chainsaw carvings on display at the Roundup smashed "sometime overnight" (02:00), told at 08:45: vandalism, low.
    # Somebody and the carvers (2+) persons; a knife used to carve initials no weapon (a blade used on a thing).
    dict(written="Sometime overnight somebody knocked over half of the chainsaw carvings the artists left out on display in Maple Square during the Roundup. The eagle's wings are snapped off and somebody cut their initials into the big bear with a knife. The carvers are pretty upset, these sell for hundreds.",
         spoken="sometime overnight somebody knocked over half of the chain saw carvings the artists left out on display in maple square during the round up the eagle's wings are snapped off and somebody cut their initials into the big bear with a knife the carvers are pretty upset these sell for hundreds",
         at="2038-07-24 08:45", entities=[("local", "2038-07-24 02:00"), P(count="1"), P(count="2+")],
         places=[("landmark", "Maple Square")], category="vandalism", priority="low"),
    # The Roundup's log-rolling tank drained "overnight" (02:00) through slashes in its liner, found at 7 ("last night
    # around 11", when security last checked it, is when all was still well, no time): vandalism, low. Somebody a
    # person; a knife no weapon (a blade used on a thing).
    dict(written="Lumberjack Roundup staff. Somebody took a knife to the vinyl liner of our log-rolling pool on the Pine Street side of Maple Square, and the water all ran out overnight into the grass. Security says it was full when they walked through last night around 11. The finals are this afternoon and refilling takes eight hours.",
         spoken="lumberjack round up staff somebody took a knife to the vinyl liner of our log rolling pool on the pine street side of maple square and the water all ran out over night into the grass security says it was full when they walked through last night around eleven the finals are this afternoon and refilling takes eight hours",
         at="2038-07-24 07:05", entities=[P(count="1"), ("local", "2038-07-24 02:00")],
         places=[("landmark", "Maple Square")], category="vandalism", priority="low"),
    # An 11-year-old's text: "some big boys are bashing" the tube slide at the Riverside Park playground with a hammer
    # while little kids wait: vandalism, medium (a present progressive; the boys doing the damage are no children at
    # risk, and raises do not stack). The boys 2+ male, the little kids 2+ and the caller's sister; a hammer used on a
    # thing no weapon.
    dict(written="some big boys are bashing the tube slide at the riverside park playground with a hammer and jumping on it til it cracked. a bunch of little kids are lined up for it. im 11 and im on the swings with my sister",
         spoken="some big boys are bashing the tube slide at the river side park play ground with a hammer and jumping on it till it cracked a bunch of little kids are lined up for it i'm eleven and i'm on the swings with my sister",
         at="2038-07-22 16:35", entities=[P(count="2+", sex="male"), P(count="2+"), P(count="1", sex="female")],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="medium"),
    # Non-native restaurant owner: words scratched into the window with a key or a stone, found at opening (no time):
    # vandalism, low. Somebody a person; "Pho Oakford" names no place; "1120 Elm" the address.
    dict(written="Somebody scratch bad words in the window of my restaurant with a key or a stone, very big, the whole glass. I see it when I open this morning. Pho Oakford, 1120 Elm. The glass is very expensive, I need police paper for insurance.",
         spoken="hello somebody scratch bad words in the window of my restaurant with a key or a stone very big the whole glass i see it when i open this morning pho oakford eleven twenty elm the glass is very expensive i need police paper for insurance",
         at="2038-07-22 10:10", entities=[P(count="1")],
         places=[("address", 1120, "Elm Street")], category="vandalism", priority="low"),
    # Mall security: two juvenile males "just" emptied a fire extinguisher over the Christmas in July display and are
    # "now running" out the east doors: vandalism, medium. "2 juv M" 2 male (a juvenile no age range), the one in a
    # "white Yankees jersey" -> "white jersey" and the one in a "yellow tank top" persons of their own; "toward Birch" a
    # street.
    dict(written="Northgate Mall security: 2 juv M just discharged a fire extinguisher all over the Christmas in July display in center court, fake snow and the Santa sleigh ruined. Subjects now running out the east doors toward Birch. One in a white Yankees jersey, other in a yellow tank top.",
         spoken="northgate mall security two juvenile males just discharged a fire extinguisher all over the christmas in july display in center court fake snow and the santa sleigh ruined subjects now running out the east doors toward burch one in a white yankees jersey other in a yellow tank top",
         at="2038-07-24 19:33", entities=[P(count="2", sex="male"), ("now",), P(count="1", sex="male", clothing=["white jersey"]), P(count="1", sex="male", clothing=["yellow tank top"])],
         places=[("landmark", "Northgate Mall")], category="vandalism", priority="medium"),

    # ---------------------------------------------------------------- suspicious vehicle
    # A red Nissan Kicks that "keeps driving" the Roundup's parking lot, its passenger getting out to look in the
    # windows of out-of-state cars: a present progressive with no time lifts low to medium. The passenger a person; the
    # lot is Maple Square's ("behind Maple Square" relative).
    dict(written="A red Nissan Kicks keeps driving the rows of the lumberjack show parking lot behind Maple Square, and every time it pulls up next to a car with out-of-state plates the passenger gets out and cups his hands on the windows. Third lap since I sat down to eat.",
         spoken="a red nissan kicks keeps driving the rows of the lumber jack show parking lot behind maple square and every time it pulls up next to a car with out of state plates the passenger gets out and cups his hands on the windows third lap since i sat down to eat",
         at="2038-07-24 12:30", entities=[V(colour="red", make="nissan", model="kicks"), P(count="1", sex="male")],
         places=[("relative", ("landmark", "Maple Square"))], category="suspicious_vehicle", priority="medium"),
    # A green Hyundai Tucson with no plates, a scraped VIN and a pulled-apart ignition, left by the road at River Road
    # and 12th "since Tuesday" (no time; "that's been left", no present progressive): low.
    dict(written="There's a green Hyundai Tucson with no plates on it that's been left half in the ditch at River Road and 12th since Tuesday, right where the detour traffic squeezes by. The VIN sticker on the windshield is scraped off and the ignition's all pulled apart.",
         spoken="there's a green hyundai tucson with no plates on it that's been left half in the ditch at river road and twelfth since tuesday right where the detour traffic squeezes by the v i n sticker on the wind shield is scraped off and the ignition's all pulled apart",
         at="2038-07-22 13:40", entities=[V(colour="green", make="hyundai", model="tucson")],
         places=[("intersection", "River Road", "12th Street")], category="suspicious_vehicle", priority="low"),
    # "It's 2:40", two minutes before: a black Honda Odyssey creeping with no lights up the alley behind the stores
    # while a man walks beside it trying back doors: raised to medium (a said time within 15 minutes). Black Honda
    # Odyssey (odyssey); the man a person; "Main, the block between 6th and 7th" the 600 block of Main.
    dict(written="It's 2:40 and a black Honda Odyssey is creeping up the alley behind our row of stores, Main, the block between 6th and 7th, with no lights on, and a guy is walking next to it pulling on every back door. I'm watching from my apartment over the barber shop.",
         spoken="it's two forty and a black honda odyssey is creeping up the alley behind our row of stores maine the block between sixth and seventh with no lights on and a guy is walking next to it pulling on every back door i'm watching from my apartment over the barber shop",
         at="2038-07-21 02:42", entities=[("local", "2038-07-21 02:40"), V(colour="black", make="honda", model="odyssey"), P(count="1", sex="male")],
         places=[("block", 600, "Main Street")], category="suspicious_vehicle", priority="medium"),
    # "Last night around 11:30" (the day before) a silver Tesla sat dark across from the caller's house for almost an
    # hour and rolled away without headlights: low. Silver Tesla (make tesla); "almost an hour" a duration; "across from
    # our house at 1012 Pine" relative to the address.
    dict(written="A silver Tesla parked across from our house at 1012 Pine last night around 11:30 with its lights off and the screen glowing inside, and it sat there almost an hour. When I turned on the porch light it rolled away without headlights. Probably nothing, but I wanted it written down.",
         spoken="um a silver tesla parked across from our house at ten twelve pine last night around eleven thirty with its lights off and the screen glowing inside and it sat there almost an hour when i turned on the porch light it rolled away without head lights probably nothing but i wanted it written down",
         at="2038-07-24 08:00", entities=[V(colour="silver", make="tesla"), ("local", "2038-07-23 23:30")],
         places=[("relative", ("address", 1012, "Pine Street"))], category="suspicious_vehicle", priority="low"),
    # A windowless grey Ford Transit idling on Birch by 12th, a man in it "is taking pictures" of each house with a long
    # lens: a present progressive with no time lifts low to medium. Grey Ford Transit (transit) with its plate (DLT5528,
    # spoken in the NATO alphabet); the man a person.
    dict(written="A grey Ford Transit with no side windows is parked on Birch by 12th with the engine running, and a man in the passenger seat is taking pictures of each house with a long lens camera. They've moved down three houses while I watched. Plate DLT 5528.",
         spoken="a grey ford transit with no side windows is parked on burch by twelfth with the engine running and a man in the passenger seat is taking pictures of each house with a long lens camera they've moved down three houses while i watched plate delta lima tango five five two eight",
         at="2038-07-22 14:15", entities=[V(colour="grey", make="ford", model="transit", plate="DLT5528"), P(count="1", sex="male")],
         places=[("intersection", "Birch Street", "12th Street")], category="suspicious_vehicle", priority="medium"),
    # A rental box truck with Florida plates that "has sat" eight days in the station's commuter lot with a new padlock:
    # low. "box truck" a truck (no colour, no plate said); the parking attendant a person; "26-foot", "eight days" no
    # numbers of a place.
    dict(written="A 26-foot rental box truck with Florida plates has sat in the Central Station commuter lot for eight days now. Nobody's moved it and the back roll-up door has a brand new padlock on it. The parking attendant says it was never paid for.",
         spoken="a twenty six foot rental box truck with florida plates has sat in the central station commuter lot for eight days now nobody's moved it and the back roll up door has a brand new pad lock on it the parking attendant says it was never paid for",
         at="2038-07-25 12:20", entities=[V(type="truck"), P(count="1")],
         places=[("landmark", "Central Station")], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # Lumberjack Roundup: a man who followed a 15-year-old girl from booth to booth grabbed her wrist and tried to walk
    # her to the parking lot; she pulled free and he is "now" by the hay bales: a girl in danger (high). The man ("maybe
    # 50" 47-53, "black Harley vest" -> "black vest"), the girl (her stated age not annotated) and her friends (2+).
    dict(written="A man has been following my 15-year-old niece from booth to booth at the lumberjack show in Maple Square, and by the kettle corn stand he grabbed her wrist and tried to walk her toward the parking lot. She yanked free and ran back to her friends. He's standing by the hay bales now, watching them. Maybe 50, black Harley vest.",
         spoken="a man has been following my fifteen year old niece from booth to booth at the lumber jack show in maple square and by the kettle corn stand uh he grabbed her wrist and tried to walk her toward the parking lot she yanked free and ran back to her friends he's standing by the hay bales now watching them maybe fifty black harley vest",
         at="2038-07-23 20:10", entities=[P(count="1", sex="male", age="47-53", clothing=["black vest"]), P(count="1", sex="female"), P(count="2+"), ("now",)],
         places=[("landmark", "Maple Square")], category="suspicious_person", priority="high"),
    # The heat: a man "is wandering" yard to yard turning on garden hoses to drink and looking into garages: a present
    # progressive with no time lifts low to medium. The man (shirtless, no clothing; "cargo shorts" kept); "9th between
    # Pine and Cedar" the 1000 block of 9th Street.
    dict(written="A shirtless man is wandering yard to yard on 9th between Pine and Cedar, turning on people's garden hoses to drink and then peering in the garage windows and trying the side doors. He did mine and the two next to me. Cargo shorts, sunburned, talking to himself.",
         spoken="a shirtless man is wandering yard to yard on ninth between pine and ceder turning on people's garden hoses to drink and then peering in the garage windows and trying the side doors he did mine and the two next to me cargo shorts sun burned talking to himself",
         at="2038-07-21 13:55", entities=[P(count="1", sex="male", clothing=["cargo shorts"])],
         places=[("block", 1000, "9th Street")], category="suspicious_person", priority="medium"),
    # "It's 12:25", three minutes before: a man on an unlit bicycle circling the Lincoln Elementary lot and pulling on
    # the side door every few laps: raised to medium. The man a person, his bicycle a bicycle.
    dict(written="It's 12:25 and there's a guy on a bicycle with no lights riding slow circles in the Lincoln Elementary parking lot, and every few laps he gets off and yanks on the side door by the dumpsters. The school's been closed since summer camp let out at 4.",
         spoken="it's twelve twenty five and there's a guy on a bicycle with no lights riding slow circles in the lincon elementary parking lot and every few laps he gets off and yanks on the side door by the dumpsters the school's been closed since summer camp let out at four",
         at="2038-07-22 00:28", entities=[("local", "2038-07-22 00:25"), P(count="1", sex="male"), V(type="bicycle")],
         places=[("landmark", "Lincoln Elementary School")], category="suspicious_person", priority="medium"),
    # "Yesterday afternoon around 2" a man let himself into a fenced backyard claiming to be the pool man (there is no
    # pool) and looked through the slider: low. The man (a red polo -> "red shirt") and the husband persons; "906 Maple"
    # the address.
    dict(written="Yesterday afternoon around 2 a man let himself through the gate into our fenced backyard at 906 Maple, and when my husband came out he said he was the pool guy. We don't have a pool. He'd been looking in through our sliding door. He left in a hurry. Red polo shirt, clipboard.",
         spoken="hi yes yesterday afternoon around two a man let himself through the gate into our fenced back yard at nine oh six maple and when my husband came out he said he was the pool guy we don't have a pool he'd been looking in through our sliding door he left in a hurry red polo shirt clip board",
         at="2038-07-24 10:40", entities=[("local", "2038-07-23 14:00"), P(count="1", sex="male", clothing=["red shirt"]), P(count="1", sex="male")],
         places=[("address", 906, "Maple Avenue")], category="suspicious_person", priority="low"),
    # A web tip: since the star party a man at 1139 Maple points his telescope from his balcony into the neighbours'
    # windows every night (a habit, the simple present): low. The man and "My neighbors" (the ones watched, 2+) persons;
    # "1139 Maple" the address.
    dict(written="Web tip: Ever since the star party Tuesday, the man in the third floor apartment at 1139 Maple sets up his big telescope on the balcony after dark and aims it down into the bedroom windows of the houses behind, not at the sky. My neighbors have seen the lens pointed right at them. Every night.",
         spoken="web tip ever since the star party tuesday the man in the third floor apartment at eleven thirty nine maple sets up his big telescope on the balcony after dark and aims it down into the bed room windows of the houses behind not at the sky my neighbors have seen the lens pointed right at them every night",
         at="2038-07-24 21:30", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("address", 1139, "Maple Avenue")], category="suspicious_person", priority="low"),
    # A man in scrubs "is knocking" on doors in a senior apartment building saying the hospital sent him to check
    # medications: a present progressive with no time lifts low to medium. The man ("blue scrubs"), the residents (2+)
    # and "Two of the ladies" (2 female, with their own attributes) persons; St. Mary's named as his claim names no
    # place; "1160 Elm" the address.
    dict(written="I'm the manager at the senior apartments at 1160 Elm. A man in blue scrubs is knocking on doors up on the third floor telling residents St. Mary's sent him to check their medications, and asking them to bring out their pill bottles. Two of the ladies already let him in. Nobody ordered any such thing.",
         spoken="i'm the manager at the senior apartments at eleven sixty elm a man in blue scrubs is knocking on doors up on the third floor telling residents saint mary's sent him to check their medications and asking them to bring out their pill bottles two of the ladies already let him in nobody ordered any such thing",
         at="2038-07-20 11:15", entities=[P(count="1", sex="male", clothing=["blue scrubs"]), P(count="2+"), P(count="2", sex="female")],
         places=[("address", 1160, "Elm Street")], category="suspicious_person", priority="medium"),

    # ---------------------------------------------------------------- disturbance
    # "It's 1 o'clock" said during the event: the reunion crowd singing the fight song and blasting horns in the
    # brewery's lot: raised to medium. The crowd 2+; the lot is the Old Mill Brewery's.
    dict(written="The reunion crowd from the Old Mill Brewery moved out to the parking lot and they're belting the Oakford High fight song and leaning on their car horns. It's 1 o'clock. Some of us live right across the road. Can someone tell them to wrap it up?",
         spoken="the reunion crowd from the old mill brewery moved out to the parking lot and they're belting the oakford high fight song and leaning on their car horns it's one o'clock some of us live right across the road can someone tell them to wrap it up",
         at="2038-07-24 01:03", entities=[P(count="2+"), ("local", "2038-07-24 01:00")],
         places=[("landmark", "Old Mill Brewery")], category="disturbance", priority="medium"),
    # A web form: the Lumberjack Roundup's chainsaws and loudspeaker ran "until after 10 last night" past a 9 o'clock
    # permit (a span's end and a schedule, no times): disturbance, low. The announcer a person; "on Pine" a street
    # alone.
    dict(written="Web form: I live on Pine facing Maple Square. The lumberjack show in the square ran chainsaws and an announcer on a loudspeaker until after 10 last night and I had to be at work at 5. I was told the permit says 9. Will it be the same tonight? Please have someone check the permit.",
         spoken="web form i live on pine facing maple square the lumber jack show in the square ran chain saws and an announcer on a loud speaker until after ten last night and i had to be at work at five i was told the permit says nine will it be the same tonight please have someone check the permit",
         at="2038-07-24 07:50", entities=[P(count="1")],
         places=[("landmark", "Maple Square")], category="disturbance", priority="low"),
    # A woman mouthing "help" through the window of a blue Jeep Cherokee whose driver screams at her and "just" locked
    # the doors and drove east: a woman in danger (high). Blue Jeep Cherokee (cherokee) with its partial plate ("447")
    # going east; the driver and the woman; "just" now; "Oak and 7th" the intersection.
    dict(written="At the light at Oak and 7th there's a blue Jeep Cherokee and the driver is screaming in the face of the woman in the passenger seat, she had her hand flat on the window looking at me and mouthing help. He just hit the locks and went through on the green, east on Oak. Plate ended in 447.",
         spoken="at the light at oak and seventh there's a blue jeep cherokee and the driver is screaming in the face of the woman in the passenger seat she had her hand flat on the window looking at me and mouthing help he just hit the locks and went through on the green east on oak plate ended in four four seven",
         at="2038-07-23 16:50", entities=[V(colour="blue", make="jeep", model="cherokee", plate="447", direction="east"), P(count="1", sex="male"), P(count="1", sex="female"), ("now",)],
         places=[("intersection", "Oak Street", "7th Street")], category="disturbance", priority="high"),
    # A shouting match "right now" on Kingsley by 2nd: about six residents in bathrobes against the paint crew over the
    # beeping line machine, one man blocking the truck: raised to medium. "about six people" 3+ ("in their bathrobes" ->
    # "bathrobe", as earlier sets keep bathrobes), the paint crew 2+ and the man in front of the truck (male, said
    # apart) persons; "three nights straight" a habit, no time.
    dict(written="There's a shouting match going on right now on Kingsley by 2nd, about six people from the houses out in their bathrobes screaming at the paint crew because the line machine's backup alarm has woken them up three nights straight. One guy's planted himself in front of the truck so it can't move.",
         spoken="there's a shouting match going on right now on kingsley by second about six people from the houses out in their bath robes screaming at the paint crew because the line machine's back up alarm has woken them up three nights straight one guy's planted himself in front of the truck so it can't move",
         at="2038-07-21 01:20", entities=[("now",), P(count="3+", clothing=["bathrobe"]), P(count="2+"), P(count="1", sex="male")],
         places=[("intersection", "Kingsley Avenue", "2nd Street")], category="disturbance", priority="medium"),
    # The neighbour at 402 Willow pressure washes at 5 every morning this week (a habit, the simple present) and turned
    # the nozzle at the fence: disturbance, low. The man and the caller's wife persons; "till 7" no time.
    dict(written="The man at 402 Willow pressure washes his driveway and siding at 5 every morning this week, right under our bedroom window, and when my wife asked him to wait till 7 he turned the nozzle on our fence and soaked her. It's not an emergency, I just want it on record.",
         spoken="the man at four oh two willow pressure washes his drive way and siding at five every morning this week right under our bed room window and when my wife asked him to wait till seven he turned the nozzle on our fence and soaked her yeah it's not an emergency i just want it on record",
         at="2038-07-22 09:30", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 402, "Willow Street")], category="disturbance", priority="low"),
    # Non-native neighbour: a couple next door screaming and throwing things, glass breaking, their three small children
    # crying on the steps in pajamas: disturbance, medium (children at risk). The husband, the wife and the three
    # children (3, "pajamas") persons; "for thirty minutes now" a duration, no time; "315 3rd Street" the address.
    dict(written="Next door the husband and wife fight very loud, screaming and throwing things, I hear glass break. Their three small children are sitting outside on the steps crying in their pajamas. It is like this for thirty minutes now. 315 3rd Street, the yellow house.",
         spoken="next door the husband and wife fight very loud screaming and throwing things i hear glass break their three small children are sitting outside on the steps crying in their pajamas it is like this for thirty minutes now three fifteen third street the yellow house",
         at="2038-07-22 21:45", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="3", clothing=["pajamas"])],
         places=[("address", 315, "3rd Street")], category="disturbance", priority="medium"),
    # The morning after: "Yesterday evening around 6" (18:00 the day before) a line-cutter at the festival screamed
    # abuse at the caller's 79-year-old mother until she cried: disturbance, low. The man ("Heavyset" heavy, "Harley
    # shirt" -> "shirt") and the mother persons; the festival is Riverside Park's.
    dict(written="Yesterday evening around 6 by the porta-potties at Riverside Park, during the blueberry thing, a man shoved ahead of my mother in line, and when she spoke up he leaned down into her face yelling filthy names at her until she cried. She's 79. I'd like a record of it if he turns up again today. Heavyset, Harley shirt.",
         spoken="yesterday evening around six by the porta potties at riverside park during the blueberry thing a man shoved ahead of my mother in line and when she spoke up he leaned down into her face yelling filthy names at her until she cried she's seventy nine i'd like a record of it if he turns up again today heavy set harley shirt",
         at="2038-07-25 09:05", entities=[("local", "2038-07-24 18:00"), P(count="1", sex="male", build="heavy", clothing=["shirt"]), P(count="1", sex="female")],
         places=[("landmark", "Riverside Park")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # A father with Alzheimer's walked away from the family's blanket at the festival "maybe 25 minutes ago": a missing
    # vulnerable person (high). The father ("blue short-sleeve shirt" -> "blue shirt", "tan pants", "Navy veteran cap"
    # -> "cap"; his stated age not annotated); "over on River Road" a street alone.
    dict(written="My father has Alzheimer's and he wandered off from our picnic blanket by the blueberry pie tent in Riverside Park maybe 25 minutes ago while I was in line. He's 84, he's in a blue short-sleeve shirt and tan pants and a Navy veteran cap. He used to live over on River Road and he might try to walk there. Please help.",
         spoken="my father has alzheimer's and he wandered off from our picnic blanket by the blueberry pie tent in riverside park maybe twenty five minutes ago while i was in line he's eighty four he's in a blue short sleeve shirt and tan pants and a navy veteran cap he used to live over on river road and he might try to walk there please uh please help",
         at="2038-07-24 14:45", entities=[P(count="1", sex="male", clothing=["blue shirt", "tan pants", "cap"]), ("ago", 25)],
         places=[("landmark", "Riverside Park")], category="other", priority="high"),
    # Thursday's storm: the floating swim dock at Riverside Park broke loose with three kids on it and is drifting
    # downstream toward the dam: lives at risk (other, critical, a rescue). The three kids (3) and their mother persons;
    # "just" now.
    dict(written="The floating swim dock at Riverside Park just broke off its chain in the storm current with three kids still on it, and it's drifting down the river toward the dam! They're lying flat holding the edges. Their mom's running along the bank screaming. Please send the fire department boat.",
         spoken="the floating swim dock at river side park just broke off its chain in the storm current with three kids still on it and it's drifting down the river toward the dam they're lying flat holding the edges their mom's running along the bank screaming please send the fire department boat",
         at="2038-07-22 18:20", entities=[("now",), P(count="3"), P(count="1", sex="female")],
         places=[("landmark", "Riverside Park")], category="other", priority="critical"),
    # A question: a nurse on Kingsley asks whether the marshals will let a car out of a driveway at 6:30 on Sunday
    # during the bike ride ("6:30", "7" and "Sunday" schedule times): other, low. "340 Kingsley" the address; "St.
    # Mary's" where the caller works names no place of the tip.
    dict(written="Not an emergency, just a question. I live at 340 Kingsley, right on the Tour de Oakford route, and I'm a nurse at St. Mary's with a 7 o'clock shift Sunday. The flyer says the road closes at 6:30. Will the marshals let me pull out of my driveway, or do I have to park somewhere else Saturday night?",
         spoken="not an emergency just a question i live at three forty kingsley right on the tour the oakford route and i'm a nurse at saint mary's with a seven o'clock shift sunday the flyer says the road closes at six thirty will the marshals let me pull out of my drive way or do i have to park somewhere else saturday night",
         at="2038-07-22 19:05", entities=[],
         places=[("address", 340, "Kingsley Avenue")], category="other", priority="low"),
    # A swarm of honeybees hanging off the bench at the bus stop in front of the library, people walking past, a kid who
    # nearly sat on it: a hazard over people, other, medium ("other" is not lifted by "keep walking"). The people 2+ and
    # the kid persons; "in front of the library" relative.
    dict(written="There's a big swarm of honeybees hanging in a ball off the bench at the bus stop in front of the library, thousands of them, and people keep walking right past it to catch the bus. A little kid almost sat down on it. Who do we call for this?",
         spoken="there's a big swarm of honey bees hanging in a ball off the bench at the bus stop in front of the library thousands of them and people keep walking right past it to catch the bus a little kid almost sat down on it who do we call for this",
         at="2038-07-21 16:05", entities=[P(count="2+"), P(count="1")],
         places=[("relative", ("landmark", "Oakford Public Library"))], category="other", priority="medium"),
    # A four-foot iguana sunning on a porch railing, loose from somebody: other, low. "four feet" no number of a place;
    # "136 Church Street" the address.
    dict(written="This is going to sound strange, but there's a big green iguana, like four feet with the tail, sunning itself on my porch railing at 136 Church Street. I'm guessing it got loose from somebody. It hissed at my cat. Is this something animal control does?",
         spoken="um so this is going to sound strange but there's a big green iguana like four feet with the tail sunning itself on my porch railing at one thirty six church street i'm guessing it got loose from somebody it hissed at my cat is this something animal control does",
         at="2038-07-23 11:15", entities=[],
         places=[("address", 136, "Church Street")], category="other", priority="low"),
    # A welfare check in the heat: a 91-year-old mother alone with a broken air conditioner since Monday, not answering
    # since last night; the caller two hours away: high (as holdout27's welfare check). The mother a person (her stated
    # age not annotated); "Monday" a weekday and "since last night" no times; "1033 Chestnut" the address.
    dict(written="My mother is 91 and lives alone at 1033 Chestnut. Her air conditioner died Monday and she refused to go to the cooling center. She always answers by the second ring and she hasn't picked up since last night, not once. I'm two hours away. Can someone please go knock? The key's under the frog by the back steps.",
         spoken="hi um my mother is ninety one and lives alone at ten thirty three chesnut her air conditioner died monday and she refused to go to the cooling center she always answers by the second ring and she hasn't picked up since last night not once i'm two hours away can someone please go knock the key's under the frog by the back steps",
         at="2038-07-22 09:45", entities=[P(count="1", sex="female")],
         places=[("address", 1033, "Chestnut Street")], category="other", priority="high"),
]

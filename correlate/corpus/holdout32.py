"""A thirty-third hand-written set (90 tips), holdout32, a blind set written after holdout31, written blind: its author
read only the corpus README (its conventions; its table also carries the earlier sets' published scores, read there and
nowhere else, none of them about this set), config/demo/README.md, town.py and make_corpus.py in full (the record
format, the geometry and place truth helpers and hand_place, the priority helper `adjust` and `still_happening`, the
base priorities, hand_records and how main() serialises its files), the docstrings of holdout30.py and holdout31.py in
full and every tip of holdout31.py (for the label conventions and the comment style, and the convention that an event
said to have "just" happened is labelled now), the opening of hand.py (its docstring, P, V and W and its first tips),
and the "set in" / "It is set in" phrases of the docstrings of every holdout and train set (to pick an unused week). The
written text and labels of every earlier tip in hand.py, holdouts 1-31 and train1-6 (3,804 tips) were gathered into one
list by importing the modules, counted by label value (the days, months and years of their "at" times, to find the
emptiest week of the year; person counts, ages, heights, builds and clothing words, vehicle types, makes, models and
colours, weapon types, how navy, "dark" colours, semis, Ram pickups, a model said with a type word, stun guns, shots
fired with no weapon named and found guns are labelled) and searched by keyword before and after each situation was
drafted (circuses, clowns, camels, ponies, acrobats, tents, generators, phone launches, lines, display cases, lottery,
scratch tickets, Powerball, street sweepers, tow trucks, April Fools, superglue, signs, creemee and ice cream stands,
rabies clinics, dog licenses, brackets, bouncers, chokeholds, footbridges, platforms, tracks, trenches, grain bins,
culverts, claw machines, dementia, trains, awnings, limbs, strips of bark, gazing balls, mowers, dryers, rags, mulch,
neon signs, heat lamps, brush piles, strokes, diabetics, blood thinners, bleach, electrocution, carbon monoxide,
earrings, puppies, cash boxes, snack shacks, food shelves, museums, community gardens, copper, downspouts, scooters,
crossing gates, potholes, trampolines, mattresses, car surfing, sideswipes, doorbell cameras, plows, sweepers, slicks,
pickup games, skate parks, headstones, church signs, bus shelters, parking meters, food trucks, hearses, limos, armored
trucks, mail carriers, ATMs, doorbells, megaphones, protesters and the like). The module make_corpus.py was imported
too, to resolve every place label through hand_records and to run `still_happening` over the drafts (its main() never
run). It never opened the extractor's source, its tests, examples or benches, nor the gateway, telephony, ASR, vision,
ONNX or fuzz code, the tests, scripts or .ci directories, nor the repository README, nor any .jsonl file (a listing of
correlate/corpus showed their names, nothing more; this set's own records were checked in memory), nor ran git, cargo,
the extractor, `tipline` or any evaluation, nor saw any score or miss list of this set; its scratch scripts lived
outside the repository. A `find` for files newer than the brief, run at the end to confirm that no __pycache__ had
landed in the repository, also printed the names of five files outside the corpus changed meanwhile by others (four
under correlate/src/extract and one example), their names only. Python was run with PYTHONDONTWRITEBYTECODE=1. It is
meant as an honest estimate for phrasing the extractor has never seen.

It is set in Monday 30 March to Sunday 5 April 2043, the week after Easter (Easter Sunday was 29 March), early spring, a
stretch no set has used as its week (holdout29 is 14-20 March 2039, holdout16 the last full week of March 2027,
holdout20 16-22 April 2029; the only earlier tips dated 30 March - 5 April are 18 spread by train3-6 over their years;
no set is in 2042 or 2043), and spring the season the holdouts have used least: spring break all week, with Lincoln
Elementary and Oakford High closed, kids and teenagers about in the daytime, the library's spring-break movie every
afternoon at 1 and the skate park at Riverside Park busy; the town's street sweepers clearing the winter sand Monday to
Friday, starting at 4 in the morning, with no parking on the sweeping side and an electronic sign on River Road by
Spruce giving the times; the snowmelt running high in the river and the brooks; an April Fools' Day snow, heavy and wet,
overnight into the Wednesday (slush, branches and a wire down, a cafe awning torn), gone by the Thursday; a warm spell
from the Thursday to the Sunday (the first mowing, porches in the sun, motorcycles out); the Bellini circus in a big top
behind Northgate Mall from the Wednesday to the Sunday (shows at 4 and 7:30, and at 1 at the weekend; trucks, trailers,
a pony ride and an animal pen with miniature donkeys and a camel; a shuttle minibus; animal-rights protesters on the
Sunday); a new phone launched at Northgate Mall's phone store at 8 on the Friday morning, with a line of tents and camp
chairs outside the north doors from the Wednesday night; a $2.3 billion Powerball jackpot all week, lines at the
QuickStop, drawn on the Saturday night at 10:59; the creemee stand on River Road by Hawthorn opening for the season on
the Friday; a rabies clinic and dog licensing out front of Fire Station Number 2 on the Saturday morning; and a Final
Four watch party at the Old Mill Brewery on the Saturday night.

New situations: a fired tent hand swinging the circus's stake sledgehammer at the tent boss (non-native), a pistol held
against a line-cutter's chest in the Powerball line, a folding knife shown in the overnight phone line (mall security),
a loaded revolver a 9-year-old found in the library's children's bathroom during the movie, a stun gun pushed into a
woman's arm in the rabies clinic line (a web tip the next morning), a shot fired at a boy over a bike at the skate park
(dispatch), an axe held up in front of a sweeper truck (a web form two days on); the circus's generator trailer burning
during a show, a butane stove in a pop-up tent in the phone line, a porch lit by the sun through a glass gazing ball, a
heat gun on the eaves with a bedbound father upstairs, a neon OPEN sign's short in the pharmacy window (the next
morning), FreshMart's deli kitchen on an alarm company's board; an aerialist fallen off the silks, two men in a tent
with a generator running (carbon monoxide), a husband thrown by a downed wire hidden under snow-broken branches, an
elderly neighbour's cut head on a blood thinner after slipping in the slush (with a corrected house number), a
watch-party fan off his barstool, a mother-in-law who drank bleach from a water bottle (non-native), a pony's kick at
the circus (a web form the next day); a bracket pool envelope grabbed at the Final Four party and a bartender punched, a
handgun pressed to a phone buyer's ribs on launch morning (dispatch), the creemee stand's cash tray grabbed and the
window slammed on a worker's hands, an 11-year-old's creemee money snatched (a child's text, no place), a pizza driver
sent to an empty house (non-native, two days on), a gold chain torn off by a boy on a bicycle; a phone-store employee
punched when the new phone sold out, a bouncer's knee on a man's neck until he went limp, a drunk in the front row
laying out a clown, a mother thrown into the TV stand by her boyfriend (a 15-year-old's text), a can of soup thrown at a
cashier (non-native), an 88-year-old hit with a handbag in the Powerball line (the next day); the phone store's
stockroom on an alarm company's board the night after the launch, the QuickStop's scratch-off rolls taken in the snow,
the acrobats' bunk trailer during the 7:30 show, a 92-year-old's storm window pried, a garage emptied while its owner
was away (seen by a neighbour), a hospitalised tenant's apartment (her landlord), the Scouts' equipment trailer behind
the fire station; a clothing donation bin dragged onto a trailer, new phones ripped off their display tethers, a
miniature donkey led out of the circus pen, a winning scratch ticket kept by a clerk (non-native), the library's copper
downspouts, a 12-year-old's electric scooter outside the cinema, diesel pumped out of a town sweeper truck; a friend
fallen off a car's roof car surfing (a teenager's text), a car sliding on slush into a man shovelling, a sweeper's
gutter broom throwing a cyclist (Public Works), a slick of hydraulic oil the length of a block, a circus shuttle running
a red past children (the next day), a drifting driver (a NATO plate and a corrected cross street), a car rolling
driverless into the creemee line; pills "to keep them up" sold along the phone line (mall security), THC vape pens a
circus worker sells to kids (a web tip), needles at the boat launch after the snowmelt (Parks and Rec), weed vapes sold
to children in the library bathroom (a teenager's text), a neighbour cooking something at night (non-native), a man
selling from a gold Buick by the playground; the sweeping sign hacked to flash ZOMBIES AHEAD and APRIL FOOLS, church
sign letters rearranged into swear words, a neighbour stabbing the tires of the cars not moved for the sweeper, the big
top's guy ropes cut and a FREE THE ANIMALS banner, a parking kiosk beaten with a golf club, playground cameras cut (a
web form); a GMC Yukon following a scratch-ticket winner, a 4Runner circling the cinema's rear lot while the staff count
cash (dispatch), a white stretch limo circling Maple Square and calling teenage girls over, an Elantra at the circus
animal pen every night, a minivan trailing the mail carrier (a web tip), an abandoned plow truck; a man telling a
12-year-old her mother had had an accident and he would drive her (a child's text), a man spraying something on car door
handles, a man offering to check old people's lottery tickets, a man crawling under parked cars at 3:45, a man asking at
a bakery's back door when the money goes to the bank, a man writing down the plates at a bank drive-through every
afternoon; a woman with a bullhorn following circus families to their cars, a drunk fan directing traffic with a cone on
his head, an ex just out of jail pounding on a door (an elderly neighbour), the sweeper truck at 4 every morning,
motorcycles at the creemee stand (a web form), neighbours celebrating a Powerball win they think they have; a boy caught
in a culvert by the snowmelt, a father with dementia on the 2:10 to Boston, an 8-year-old late home from the movie, a
camel loose on Old Mill Road, a snow-torn awning over the cafe door, a question about cats at the rabies clinic and a
Powerball prize scam.

Registers: calm, frightened and angry callers; the elderly ("Yes, hello, I'm 92 and I live alone", "I'm 88 and I'd like
to report a woman who hit me", "I'm 78, I live across the landing", "I'm 70 years old!", a woman called about a
Powerball prize); children and teenagers typing in lower case without apostrophes ("im 11", "im 12", "im 15", "rn",
"hes", "cant", "dont", "thru", "omg", "yo", "moms boyfriend", "the cart thing"); non-native ("One man we fire this
morning ... he come back with the big hammer", "my mother-in-law drink from the water bottle where I put the bleach",
"Tuesday night I bring two pizzas", "A customer don't want to pay for the bags", "the young man at the counter scan them
and say nothing, nothing", "every night after midnight he cook something", "What I give her?", "What I can do?");
second-hand (a daughter for a mother stunned in a clinic line, a neighbour for an elderly neighbour, a 15-year-old for
her mother, a neighbour's message, a landlord for a tenant, a mother for a son sold a vape pen, a parent for a son's
friend in a culvert, a grown child for a father with dementia, an elderly neighbour for a woman behind a door); web tips
and forms ("Web tip:", "Web form:"); workplace callers (a circus's manager, stage manager, company manager, night guard
and staff, a QuickStop clerk, opening clerk and assistant manager, mall security twice, the phone store twice, a
children's librarian and the library's building supervisor, a pharmacy manager, the brewery's staff three times, a
creemee stand owner, a FreshMart cashier, Public Works, Parks and Rec, a scoutmaster, a bakery owner, a cafe owner, two
alarm companies) and dispatch and alarm shorthand ("Approx 0120", "a M", "subj", "W/M 20s", "approx 1540", "RP states",
"M juvs", "juv M", "Rd", "Robbery w/ firearm", "Vic M 20s", "2 M susps", "#1", "#2", "GOA", "EB", "Susp veh", "last pass
approx 2350", "0412 hrs", "0233 hrs", "FD", "PD", "Zone 6", "unit 112"). Spoken forms, written by hand, lower case with
no punctuation, add fillers ("um", "uh", "oh god", "oh my god", "hi um", "uh hi", "yeah", "yo"), split words ("north
gate", "quick stop", "fresh mart", "power ball", "hand gun", "sweat pants", "wind shield", "up stairs", "bed room", "bed
bound", "drive way", "bar stool", "half time", "saw dust", "make up", "side walk", "stock room", "key holder", "over
night", "lap top", "snow blower", "scout master", "camp out", "pick up", "half way", "down spouts", "melt water", "base
ment", "mini van", "mini bus", "cross walk", "every where", "sun glasses", "track suit", "down stairs", "bath room",
"hall way", "play ground", "screw driver", "bath robe", "every body", "flash light", "head lamp", "heavy set", "bull
horn", "rain coat", "back pack", "four runner"), spelled shorthand ("r p", "t v", "t h c", "b m x", "g m c", "f d", "p
d", "four a m") and mishearings (maine, wall nut, chesnut, burch, spruse, hawthorne, kingsly, lincon, river side, north
gate, fresh mart, quick stop, rosies), and plates in the NATO alphabet ("papa kilo lima four zero two seven"), letter by
letter ("h r w four four one eight", "k b d five five zero nine"), with "as in" ("p as in paul x as in x-ray") and
partial ("five g", "ends in three eight two", "ends in seven one"). Numbers that are not addresses: "2.3 billion",
"approx 40 people", "like fifteen people", "Approx 20 juvs", "one round", "like twenty", "like five", "thirty of us",
"about thirty used needles", "all eight tents", "four times", "five times around", "four of the new phones", "two
passports", "$20", "20 bucks", "$25", "$600", "$1,200", "$1,400", "$5,000", "$20,000", "$900", "a million dollars",
"second prize", "twenty feet", "one foot", "like 30" (a speed), "unit 112", "lane 4", "Zone 6", "zone 7", "apt 2",
"Troop 12", "the 2:10", "the 1 o'clock show", "the 4 o'clock show", "the 7:30 show", "at 9:15", "at 4 am", "at 7", "at
6", "at 1", "911", "eight days", "sixty years", "three minutes", "ten minutes", "twenty minutes" (of waiting), and ages
of callers, victims, children and relatives ("I'm 92", "I'm 88", "I'm 78", "I'm 70", "She's 74", "she's 84", "He's 84",
"She is 70", "They're 12", "im 11", "im 12", "im 15", "a 9-year-old", "my 9-year-old", "My son is 8", "My 15-year-old",
"my 16-year-old worker", none annotated; "maybe 50", "maybe 17", "maybe 30", "approx 15", suspects' estimated ages, "W/M
20s" and "M 40s", suspects' shorthand decades, and "Vic M 20s" and "in her eighties", a victim's shorthand decade and
decade, are).

Same format and conventions as hand.py and holdouts 4-31 (to be written to extraction_holdout32.jsonl with ids "an01" to
"an90" by hand_records(HOLDOUT32, "an"), one JSON object per line serialised as main() does, `json.dumps(record,
ensure_ascii=False)`; make_corpus.py itself was not edited, so its main() does not write this file until the set is
registered there), with the choices holdouts 26-31 list: every person other than the caller annotated once, also one
named through a possessive; a described member of a group a separate person only with their own attributes (the group
kept too; the member given the group's sex and age); people away, absent or dead not annotated; partial plates as said;
"last night" 23:00 the day before, "overnight" 02:00, "yesterday afternoon" 14:00 the day before, a clock time after
midnight the same date; habits, durations, weekdays, dates without the event, schedule and future times, spans and times
when all was still well are not times; "maybe N" / "like N" / "approx N" years N-3..N+3, teens and teenagers 13-19, old
and older 60-90, young 18-29; victims', relatives', children's and callers' stated or estimated ages not annotated, a
descriptive age word or a shorthand decade for a victim is; a vehicle's type only when a type word is in its description
and not when a model describes it; base priorities weapon, fire, medical, robbery, assault high, burglary, theft,
traffic medium, the rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen, low
to medium for children at risk, one step (not above high) for an event still happening (a said time within 15 minutes,
or with no time said a present progressive for a low call, as `still_happening` defines it), one step lower when more
than six hours old (weapons and robberies included); raises do not stack; child luring, a girl or woman in danger and a
missing vulnerable person high; "other" is not lifted for being recent or for children; an event said to have "just"
happened is now, not where "just" means "only" ("he just kept walking", "do we just live with it", "just a friend"),
where the finding or the telling is what was just ("I just came in to open up", "I just got home", "We just moved here")
or where the tip times it otherwise (a buyer who "had just bought" a phone, robbed approx 0840: the clock time only). As
in holdouts 30 and 31, every tip labelled now from a "just" is already high or critical for another reason or also says
"right now" or "now" of a person of the event, or is "other", which recency does not lift, so its priority is the same
whichever reading of the recency lift is taken.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. In use (critical): "the big hammer for the tent stakes" swung twice at a man (hammer), "a
  pistol" held against a man's chest (handgun), "a handgun" fired at a boy, and the armed robbery ("a black handgun"
  pressed to a buyer's ribs approx 0840). "a stun gun" pushed into a woman's arm and fired the morning before: taser (as
  holdout11's and train6's tasers), in use, lowered to high (hours old). Seen (high): "a folding knife" shown with a
  threat in the phone line and put back, and "a revolver" found loaded in a bathroom bin and handed in (as holdout4's
  handgun found in the bushes: weapon, high). "an axe" held up in front of a sweeper truck with a threat two days
  before: seen, lowered to medium. Not weapons: a snow shovel, a can of soup thrown at a face and a handbag swung into a
  head (things used on a person, as holdout27's belt and holdout31's cornhole board), a screwdriver and a golf club on
  property, a knife cutting guy ropes, a bullhorn, a spray bottle, a heat gun.
- Categories and priorities: fire critical only where someone cannot get out (a bedbound father upstairs); high for
  fires burning with everyone out (the circus generator, the phone-line tent, the sunlit porch, FreshMart's deli on an
  alarm six minutes old); a window display put out the evening before medium. Medical critical for an aerialist snoring
  and unresponsive, two men who cannot be woken after a night with a generator in a tent, and a man thrown by a live
  wire and not breathing right; high for a bleeding head on a blood thinner, a split scalp in a man who can give the
  score, and a bleach poisoning with the woman talking and walking; a pony's kick the afternoon before medium. Robbery
  critical for the armed robbery; high for snatches with force (the bracket pool, the cash tray, the creemee money, the
  gold chain); a pizza driver robbed on a weekday night two days before medium. Assault critical for a man gone limp and
  blue under a bouncer's knee; high for injuries and a woman in danger; a handbag to the head the day before medium.
  Burglaries "right now" and alarms five minutes old high; "sometime overnight" four hours before, a span during a show
  and "I don't know when" medium; "last night around 10" and "last night" told ten hours on low. Thefts "right now"
  high; "like 20 min ago" and "sometime overnight" five hours before medium; "yesterday afternoon" low. Traffic critical
  for a teenager fallen off a car's roof and not moving; high for injuries (a man hit shovelling, a cyclist thrown, a
  man run over by a driverless car); an oil slick with no time and a drifting driver twenty minutes before medium; a
  near miss the afternoon before low. Drugs: a present progressive ("who's been selling"), children and now (the
  library), and now (the phone line) medium; a find, a nightly habit, and vape pens sold to kids "yesterday" (children
  lift it to medium, a day old lowers it back) low. Vandalism: "right now" medium (teenagers doing the damage no
  children at risk); finds after the night or the weekend low. Suspicious vehicles: "now", "approx 2350" and a present
  progressive ("keeps circling") medium; a nightly habit, the afternoon before and a truck left eight days low.
  Suspicious persons: a child told her mother had an accident high (child luring); "right now" (twice) and "It's 3:45"
  medium; the afternoon before and a daily habit low. Disturbances: an ex pounding on a door with a threat to a woman
  with her baby high (a woman in danger); present progressives ("following", "is waving") and "It's 11:25" medium; a
  habit (the sweeper at 4) and a span over (the motorcycles) low. Other: a boy caught in a flooding culvert critical (a
  rescue); a father with dementia on a train and an 8-year-old more than an hour late high (missing vulnerable people);
  a camel loose in traffic (as holdout19's moose; holdout11's loose horse was traffic) and an awning hanging over a
  doorway medium (hazards over people); a question and a scam low.
- Vehicles: "a grey Nissan Rogue" rogue with its partial plate ("5 G" 5G) going east; "a green pickup" green pickup
  going south; "a black BMX bike" and "a black bike" black bicycles and "his bike" a bicycle (a shooter's and two
  snatchers', as holdout30's snatcher's bicycle); "a white van" white van (a man sits in it); "a pickup" pickup (a
  burglar's); "Black Dodge Ram" dodge ram with no type ("a pickup" said before, a model describing it, as holdout31's)
  and its partial plate ("ends in 3 8 2" 382); "a black electric one" a stolen black scooter (as the earlier sets'
  stolen bicycles); "the sweeper truck" (twice) and "one of the town's sweeper trucks" trucks (a type word in the
  description; the one siphoned annotated, as holdout5's car under a converter thief); "a silver minivan" silver
  minivan; "his brother's car" and "her car" cars (a car fallen from, a car that rolled); "a red Toyota Corolla"
  corolla; "A white minibus" white bus with its partial plate ("P as in Paul, X as in x-ray" PX); "Silver Kia Forte"
  forte with its plate in the NATO alphabet (PKL4027); "a gold Buick" buick; "a black GMC Yukon" yukon (HRW4418, letter
  by letter); "a dark green Toyota 4Runner" green 4runner (KBD5509; "dark green" green, as "dark blue" is blue); "A
  white stretch limo" a white vehicle with no type of the kinds annotated (as holdout31's trailer with a colour and no
  type); "a grey Hyundai Elantra" elantra; "a maroon minivan" maroon minivan ("ends in 7 1" 71); "A red Chevy Silverado"
  silverado ("No plates" no plate); "a red car" red car. Not vehicles: the callers' own and their departments' (the
  street sweeper that clipped a cyclist, a caller's car with stabbed tires), a cyclist's bicycle, parked and passing
  cars (along Spruce and the blue van a man crawls under, behind City Hall, sliding on the oil, going around the camel,
  the cars not moved for the sweeper), the circus's trucks, trailers, ticket wagon and generator trailer, the Scouts'
  trailer, the trailer behind the Dodge Ram (no type word), the motorcycles lined up at the creemee stand (many, none
  described), a garbage truck only guessed at, a freight of any kind, the 2:10 train.
- Persons: the caller and "we" / "us" / "We all" / "thirty of us" not annotated; groups "The families", "the clowns",
  "the audience", "his buddies", "The circus staff", "The kids in the front rows", "my kids", "kids" (twice), "people",
  "People" (three times), "our crew", "the kids from the movie", "parents with little kids", "Staff", "families", "the
  kids", "the group holding signs", "guys", "My kids" and "the people upstairs" 2+; "the guys in the back" 2+ male; "the
  teenage girls" 2+ female (13-19); "older people" 2+ (60-90); "like fifteen people", "approx 40 people" and "Approx 20
  juvs" 3+; "Three teenagers" 3 (13-19); "our four acrobats" 4; "two M juvs", "the two guys in the tent", "2 M susps",
  "Two guys" and "two men in it" 2 male; "Two guys ... Both teenagers" 2 male (13-19); "the two subjects behind him",
  "Two of our crew" and "2 occupants" 2. "Somebody" / "someone" who did a thing is a person (burglars, thieves and
  vandals no one saw, the somebody using a spot by the river); a member of a group described apart is a person of their
  own with the group's sex and age (the shooter, "#1" and "#2", "One guy have a white hat", "one in a white puffer coat,
  one in a green Celtics jersey", "One of them's in a green hoodie"). A tent boss, a line-cutter, a 9-year-old who found
  a gun, a mother in a clinic line, a neighbour, a brother and a bedbound father, a technician, an aerialist, a
  bartender, a 16-year-old worker, an employee, a bouncer and the other bouncer, a clown, a mother and her boyfriend, a
  wife who made a caller phone, a neighbour who left a message, a baker, a cashier, a sweeper's operator, a friend who
  fell and his brother, a principal, a mail carrier, a woman who asked, a ticket agent, a grandson, a son and his
  friend, an ex, a neighbour and her baby, and a newborn are persons. Not persons: owners and families away (on spring
  break, at a sister's, in St. Mary's), a mother at work (twice), a manager not there, the owners of the cars not moved,
  the circus, the town and mall security as senders, the keyholders, passing drivers and the drivers who slow for a
  sign, a dog. Ages: "maybe 50" 47-53, "maybe 17" 14-20, "maybe 30" 27-33, "approx 15" 12-18 ("approx N" as "maybe N"),
  "W/M 20s" 20-29, "M 40s" 40-49, "Vic M 20s" 20-29 (a victim's shorthand decade), "in her eighties" 80-89 (a victim's
  decade), "young man" 18-29, "teenagers", "teenage", "a teenage girl", "Three teenagers" and "a high school kid" 13-19,
  "older people" and "an old man" 60-90 (the second of a missing father, a descriptive word, while "He's 84" is not
  annotated); "an older kid" (about a child) no age range. "Tall" tall, "Short guy" short; "thin" thin; "very big", "Big
  man", "Big guy", "a big guy", "heavy", "Heavy guy" and "Heavyset" heavy.
- Clothing: "red hat", "black Bruins jacket" -> "black jacket" (as holdout30's Bruins hoodie), "green beanie", "black
  puffer jacket" -> "black jacket", "brown Carhartt jacket" -> "brown jacket", "red hoodie", "grey sweatpants", "green
  Celtics hoodie" -> "green hoodie", "white hoodie", "camo jacket" (twice), "orange hat", "white hat", "grey hoodie",
  "orange hoodie", "black security t-shirt" -> "black t-shirt", "orange vest", "white puffer coat" -> "white coat",
  "green Celtics jersey" -> "green jersey", "yellow rain jacket" -> "yellow jacket", "brown Carhartt beanie" -> "brown
  beanie", "tracksuit", "red beanie", "green hoodie", "bathrobe", "rubber gloves" -> "gloves", "navy Patriots hat" ->
  "blue hat" (as holdout20's navy cap), "tan Carhartt jacket" -> "tan jacket", "grey suit", "pink knit hat" -> "pink
  hat", "brown cardigan", "slippers", "green dinosaur raincoat" -> "green raincoat", "red backpack". Not clothing: "no
  shirt", "Shirtless", blue face paint, a traffic cone worn on a head, a grey beard, a grey goatee, curly hair, a gold
  chain, a camp chair carried or sat in, a headlamp, a black lab.
- Times: "Approx 0120", "approx 1540", "0412 hrs", "approx 0840", "0233 hrs" and "last pass approx 2350" clock times
  minutes before the tip; "It's 3:45 in the morning" and "It's 11:25 at night" said during the event, those times (with
  a "right now" or "Now" of a person of the event labelled too, as holdout31's); "Yesterday morning around 10:30" 10:30,
  "Yesterday around 4:15" 16:15, "Yesterday around 5" 17:00, "yesterday around 4:30" 16:30, "yesterday afternoon" and
  "Yesterday afternoon" (three times) 14:00, "Last night around 9:30" 21:30 and "last night around 10" 22:00, the day
  before; "last night" and "sometime last night" 23:00 the day before; "Sometime overnight" and "sometime overnight"
  (four times) 02:00; "like 20 min ago", "About twenty minutes ago" and "about forty minutes ago" minutes ago; "right
  now", "Right now", "rn", "just", "just now" and, where a person of the event is, "Now he is by the trucks", "He's
  walking around the food court now", "He's working his way down ... now", "it's right behind me now" (a vehicle with
  two men in it) and "Now they're throwing beer cans" now, while a narrative "now" ("now the tent beside it", "now the
  whole porch is burning", "now i cant wake either of them up", "Now the meltwater", "Now that the snow's gone", "That's
  five times around now", "for eight days now") is not. Not times: "this morning", "This morning", "today", "Today",
  "tomorrow", "yesterday" (a bare day), "On Tuesday morning", "Tuesday night", "on Tuesday", "since Saturday", "since
  Wednesday", "since his stroke", "since closing", "last week", "over the weekend", "Every night this week around 2",
  "Every afternoon this week ... around 2", "every night after midnight" and "Every day this week ... at 4 am" (habits),
  "from 7:30 to 9:15" and "from noon until after 9" (spans), "at 9:15" (a selling out, not the event), "At halftime",
  "After the game", "the 2:10" (a train named by its time), "the 1 o'clock show", "the 4 o'clock show", "the 7:30 show",
  "at 1", "at 6" and "at 7" (schedules), "at midnight" and "while I was in the shower" (when all was still well),
  "twenty minutes ago" (a scratch ticket's win, before the following began), "I didn't sleep last night" (not the
  event's night), "all night", "all day", "all afternoon", "three minutes", "ten minutes", "twenty minutes", "a minute
  or two", "eight days", "sixty years".
- Places: parts of a landmark are the landmark (the circus tent in the back lot, the north entrance, the north doors
  where the line is, the north lot, the phone store and the food court of Northgate Mall; the children's room, the kids'
  and the downstairs bathrooms and the Elm Street side of the Oakford Public Library; the lot, counter, lottery line and
  ice machine of the QuickStop; the skate park and the boat launch of Riverside Park; the back bar, side door and "out
  front" of the Old Mill Brewery; the deli kitchen, lot and cart return of FreshMart; the back door of Rosie's Bakery;
  the rear lot and employee exit of the Grand Cinema; the playground of Lincoln Elementary; the window and the awning of
  the Corner Cafe; the front window of the Main Street Pharmacy; "the fire station" where the clinic is); "behind
  Northgate Mall" (six times), "outside the north doors of Northgate Mall" (twice), "outside Fire Station Number 2",
  "behind Fire Station Number 2", "outside the grand cinema", "behind Central Station" and "behind City Hall" relative.
  "River Road by Hawthorn" (three times), "Elm by 4th", "old mill road by pine", "Kingsley ... at 4th", "Cedar and 9th",
  "River Road by Spruce", "Main at 10th", "where 12th dead-ends by Birch", "Main and 7th", "Kingsley by 2nd", "Mill Road
  by Maple" and "Route 9 by 10th, no, by 11th" (taken back, River Road and 11th) intersections; "Oak between 7th and
  8th", "Walnut between 3rd and 4th", "Pine between 6th and 7th", "Cedar between 5th and 6th", "Spruce between 9th and
  10th" and "Spruce between 1st and 2nd" blocks; addresses on named streets, one corrected ("1036 Maple, no, 1038"), one
  said after its street ("Hawthorn, number 427"), one on Church Street (Grace Church's, "120 Church Street") and one on
  a numbered street ("615 5th Street"). Streets alone name no place ("toward River Rd", "EB on Maple", "toward Market
  Street", "onto Station Road", "on Station Road" after a landmark, "toward Main", "toward Pine", "on river road").
  Look-alikes that name no place: "that circus at the mall" (where a camel came from), "the gas station" a boy rode
  toward, "the pharmacy" where a scammer wants gift cards bought, "the hospital" a luring man offers to drive to, St.
  Mary's where a tenant is, the bank, the Old Mill Brewery's name inside no other place, Napoli Pizza, the Bellini
  circus, Keystone Alarm, Northeast Signal Monitoring, Troop 12, Boston, Massachusetts, the Bruins, the Celtics, the
  Patriots and the Final Four. One tip has no place (an 11-year-old's creemee money, taken "at the creemee stand on
  river road").

Overlap with the earlier sets: every draft was compared with all 3,804 earlier tips by shared four-word runs and by
content-word overlap (Jaccard of the sets of words of three letters or more outside a small stop list), and with the
other drafts of this set; the nearest earlier tip, overall and in the same category, was printed beside each draft, and
every pair at 0.20 or more or sharing three runs was read (as were the earlier tips found by keyword). About sixty
situations were dropped before or after drafting, some slots three or four times, because an earlier tip had them: shots
fired into a house on Willow at night (holdout17), a gun held up against a car window at a light (holdout23), a rifle on
a roof (hand, holdout22), a machete sharpened in public (holdout17), a shotgun at a tow driver and a fake flatbed tow
(train4, holdout29), a neighbour's brush pile and a garden hose (holdout11), grass burning along the tracks behind
Central Station (train1), a riding mower fire (train6), a laundry-room fire (holdout8), deck-stain rags (holdout14), a
mulch fire (train2), a stroke's drooping face (train6, holdout22), a cut on blood thinners through a roll of paper
towels (train2), a confused diabetic (holdout5, holdout7), a hedge trimmer's cut told in non-native words (holdout20), a
scratch ticket snatched in the QuickStop lot (holdout11), a cash box grabbed off a table and its volunteer knocked down
(holdout16), two older kids taking phones (holdout16, holdout18), earrings torn out (train4), a French bulldog grabbed
(holdout10), a snow shovel to a husband (holdout12), a sucker punch and a head on the curb (holdout6, holdout29), a
girlfriend thrown over a porch railing (holdout21), a man thrown off the footbridge (train3), a man pushed onto the
tracks (train2), a grandson shoving his grandmother for money (holdout20), a frying pan (holdout28), a pharmacy
counter's motion detector (holdout17), a church food shelf (train6, holdout17), a Little League snack shack (holdout25),
the historical society (holdout18), a community garden shed (holdout14), "I locked it but they cut the lock"
(holdout10), a motorcycle down on a curve with its helmet off (holdout20), a car sliding through the crosswalk at Maple
and 6th (holdout12), a pothole two feet across (holdout16), a sideswipe on a doorbell camera (holdout23), a weaver onto
the shoulder twice (train6), the gas for the brake (train3), a tractor-trailer taking out a mailbox (holdout17),
crossing gates stuck down (train3), a scooter hit by a car (holdout24), a trampoline in the road (holdout14), pills from
an Altoids tin (holdout15), a dealer at the QuickStop air pump (train6, holdout22) and in the Grand Cinema lot
(holdout12), headstones pushed over (train6, holdout9), a bus shelter's glass (holdout5), superglued locks (holdout8),
tires let down (train5), a Ford Transit filming houses (holdout28), a Honda Pilot backed in with two occupants
(holdout24), a camper van emptying a bucket into a storm drain (holdout22), a taco truck (holdout10), a pickup with a
ladder rack photographing houses (holdout7), a sedan following a delivery van to every stop (holdout17), "his mom sent
me" at the library's children's desk (holdout17), a clown luring with candy (holdout11), a flashlight at the windows on
Cedar (holdout4), an ATM watcher (holdout6), a man staring from a dark playground (holdout22, train6), doorbells rung
and run from (holdout3), a door-to-door collection for a cause (holdout17, holdout30), a megaphone heckler (holdout6,
holdout27), protesters blocking doors (holdout8, train1), a crowd on car roofs after a game (holdout19), a threat to
burn a house down (train4, holdout10), someone holding a tree in a fast river (train6, train1), a trench collapse
(train2), a grain bin (holdout21), a claw machine (train5), a husband with dementia driving off (holdout10) and a limb
hanging by a strip of bark (holdout11, holdout24). About twenty more were reworded where they shared four or more runs
or their wording with an earlier tip ("right out of my hand", "put it out with the extinguisher", "knows where he is",
"the stairs are full of smoke", "QuickStop on River Road, I'm the clerk", "My boss say I must call police"). The final
drafts share at most three four-word runs with any earlier tip (25 share three, mostly stock and place phrases such as
"on the floor behind", "river road by hawthorn", "old mill road by", "his lips are blue", "the lincoln elementary
playground", "was in the shower") and at most 0.23 content-word overlap (a gold chain torn off by a boy on a bicycle
against holdout6's robbery with something shiny in the side; next 0.22, the camel against holdout11's loose horse and
the phone-store thieves against holdout31's mall security); with one another at most five runs (the creemee stand's
place, "creemee stand on River Road by Hawthorn") and 0.20 (the circus's donkey and its guy ropes).
"""
from hand import P, V, W

HOLDOUT32 = [
    # ---------------------------------------------------------------- weapon
    # The circus's second night: a tent hand fired that morning came back with the sledgehammer they drive the tent
    # stakes with, swung it twice at the tent boss and is smashing the office trailer's windows: swung at a person, a
    # weapon in use (critical). Non-native. The man ("very big" heavy, "red hat"; "no shirt" no clothing), the tent boss
    # and the families (2+) persons; "the big hammer for the tent stakes" hammer; "Now he is by the trucks" now (a
    # person of the event); "this morning" no time; behind Northgate Mall relative.
    dict(written="Please, I am the manager of the Bellini circus, we have the big tent behind Northgate Mall. One man we fire this morning, a tent worker, he come back with the big hammer for the tent stakes and he swing it at my tent boss, two times, he miss him only a little. Now he is by the trucks and he is breaking the windows of the office trailer with the hammer. The families still come out from the show! He is very big, no shirt, red hat.",
         spoken="please i am the manager of the bellini circus we have the big tent behind north gate mall one man we fire this morning a tent worker he come back with the big hammer for the tent stakes and he swing it at my tent boss two times he miss him only a little now he is by the trucks and he is breaking the windows of the office trailer with the hammer the families still come out from the show he is very big no shirt red hat",
         at="2043-04-02 21:40", entities=[P(count="1", sex="male", build="heavy", clothing=["red hat"]), W("hammer"), P(count="1", sex="male"), ("now",), P(count="2+")],
         places=[("relative", ("landmark", "Northgate Mall"))], category="weapon", priority="critical"),
    # The Saturday of the $2.3 billion Powerball draw: in the line at the QuickStop a man "just" yanked out a pistol and
    # has it against the chest of a man who cut ahead of him: held on a person, in use (critical). The man ("maybe 50"
    # 47-53, "black Bruins jacket" -> "black jacket", as holdout30's Bruins hoodie), the man who cut ahead and "like
    # fifteen people" (3+) persons; "a pistol" handgun; "just" now; "2.3 billion" no number of a place; "on River Road"
    # after the landmark adds no place.
    dict(written="I'm the clerk at the QuickStop on River Road. The line for the 2.3 billion Powerball goes out the door, and a man waiting in it just yanked out a pistol and he's got it shoved against the chest of the guy who cut ahead of him. There's like fifteen people in here trying to squeeze out the door. I'm down on the floor behind the counter. Black Bruins jacket, maybe 50.",
         spoken="i'm the clerk at the quick stop on river road the line for the two point three billion power ball goes out the door and a man waiting in it just yanked out a pistol and he's got it shoved against the chest of the guy who cut ahead of him there's like fifteen people in here trying to squeeze out the door i'm down on the floor behind the counter black bruins jacket maybe fifty",
         at="2043-04-04 21:30", entities=[P(count="1", sex="male", age="47-53", clothing=["black jacket"]), ("now",), W("handgun"), P(count="1", sex="male"), P(count="3+")],
         places=[("landmark", "QuickStop Gas")], category="weapon", priority="critical"),
    # Mall security the night before the phone launch: approx 0120 a man in the overnight line showed a folding knife to
    # the two behind him over a saved spot and said he would "open them up": shown with a threat, back in his pocket, a
    # weapon seen (high; a said time within 15 minutes does not lift a high call). The man ("W/M 20s" 20-29, "thin",
    # "green beanie", "black puffer jacket" -> "black jacket"; a camp chair no clothing), "the two subjects behind him"
    # (2) and "approx 40 people" (3+) persons; "a folding knife" knife; the north entrance is Northgate Mall's.
    dict(written="Northgate Mall security, north entrance. Approx 0120 a M in the phone launch line displayed a folding knife to the two subjects behind him after a dispute over a saved spot and told them he'd open them up if they touched his chair. Knife is back in his pocket, subj still seated in line, approx 40 people out here. W/M 20s, thin, green beanie, black puffer jacket, sitting in a red camp chair. Requesting units.",
         spoken="northgate mall security north entrance approximately zero one twenty a male in the phone launch line displayed a folding knife to the two subjects behind him after a dispute over a saved spot and told them he'd open them up if they touched his chair knife is back in his pocket subject still seated in line approximately forty people out here white male twenties thin green beanie black puffer jacket sitting in a red camp chair requesting units",
         at="2043-04-03 01:27", entities=[("local", "2043-04-03 01:20"), P(count="1", sex="male", age="20-29", build="thin", clothing=["green beanie", "black jacket"]), W("knife"), P(count="2"), P(count="3+")],
         places=[("landmark", "Northgate Mall")], category="weapon", priority="high"),
    # The library's spring-break movie: a 9-year-old found a loaded revolver in the paper towel bin of the children's
    # bathroom and carried it out to the desk; locked in the office, nobody knows whose: a weapon found with children
    # about (high, as holdout4's handgun found in the bushes). The boy (his stated age not annotated) a person; "a
    # revolver" handgun; "9-year-old" no number of a place; the children's bathroom is the library's.
    dict(written="Oakford Public Library, children's room. During our spring break movie a 9-year-old came out of the kids' bathroom carrying a revolver he found in the paper towel bin, and walked it right up to my desk. It's loaded, I can see the bullets in it. I put it in a drawer in the office and locked the door. We have no idea whose it is.",
         spoken="oakford public library children's room during our spring break movie a nine year old came out of the kids bath room carrying a revolver he found in the paper towel bin and walked it right up to my desk it's loaded i can see the bullets in it i put it in a drawer in the office and locked the door we have no idea whose it is",
         at="2043-03-30 14:20", entities=[P(count="1", sex="male"), W("handgun")],
         places=[("landmark", "Oakford Public Library")], category="weapon", priority="high"),
    # A web tip the morning after the rabies clinic: "Yesterday morning around 10:30" (10:30 the day before) a man in
    # the line outside Fire Station Number 2 pressed a stun gun into the caller's mother's arm and shocked her because
    # her beagle barked at his dog: used on a person, in use (critical), lowered to high (hours old, weapons included).
    # The man ("Tall", "brown Carhartt jacket" -> "brown jacket"; a grey beard no clothing) and the mother (her stated
    # age not annotated) persons; "Nobody in line" no person; "a stun gun" taser (as holdout11's and train6's); "all
    # day" a duration; outside Fire Station Number 2 relative.
    dict(written="Web tip: Yesterday morning around 10:30 in the rabies clinic line outside Fire Station Number 2, my mother's beagle barked at a man's dog and he took a stun gun out of his pocket, pushed it into her arm and shocked her. She's 74. She has two burn marks and her arm was numb all day. Nobody in line stopped him, he got his dog's shot and left. Tall, grey beard, brown Carhartt jacket, black lab.",
         spoken="web tip yesterday morning around ten thirty in the rabies clinic line outside fire station number two my mother's beagle barked at a man's dog and he took a stun gun out of his pocket pushed it into her arm and shocked her she's seventy four she has two burn marks and her arm was numb all day nobody in line stopped him he got his dog's shot and left tall grey beard brown carhartt jacket black lab",
         at="2043-04-05 09:40", entities=[("local", "2043-04-04 10:30"), P(count="1", sex="female"), P(count="1", sex="male", height="tall", clothing=["brown jacket"]), W("taser")],
         places=[("relative", ("landmark", "Fire Station Number 2"))], category="weapon", priority="high"),
    # Dispatch on a warm spring-break afternoon: approx 1540 at the skate park two boys fought over a bike and one fired
    # a handgun at the other, missing: shots fired at a person (critical). "two M juvs" (2 male; "juv" no age range, as
    # holdout31's "2 juv F"), the shooter described apart ("juv M, approx 15" 12-18, "red hoodie", "grey sweatpants";
    # given the group's sex) and "Approx 20 juvs" (3+) persons; "a handgun" handgun; "a black BMX bike" a black bicycle
    # (the shooter's); "toward River Rd" a street alone; the skate park is Riverside Park's.
    dict(written="Shots fired, Riverside Park skate park, approx 1540. RP states two M juvs were fighting over a bike and one pulled a handgun and fired one round at the other, missed, round hit the half-pipe. Approx 20 juvs scattered toward the river path. Shooter fled on a black BMX bike toward River Rd. Shooter juv M, approx 15, red hoodie, grey sweatpants. No injuries known.",
         spoken="shots fired riverside park skate park approximately fifteen forty r p states two male juveniles were fighting over a bike and one pulled a hand gun and fired one round at the other missed round hit the half pipe approximately twenty juveniles scattered toward the river path shooter fled on a black b m x bike toward river road shooter juvenile male approximately fifteen red hoodie grey sweat pants no injuries known",
         at="2043-04-03 15:46", entities=[("local", "2043-04-03 15:40"), P(count="2", sex="male"), W("handgun"), P(count="3+"), V(colour="black", type="bicycle"), P(count="1", sex="male", age="12-18", clothing=["red hoodie", "grey sweatpants"])],
         places=[("landmark", "Riverside Park")], category="weapon", priority="critical"),
    # A web form two days on: "On Tuesday morning" (a weekday, no time) the neighbour at 947 Hawthorn ran out with an
    # axe, stood in front of the street sweeper and told its driver he would put it through the windshield: held with a
    # threat, never swung, a weapon seen (high), lowered to medium (days old). The neighbour and the driver persons; "an
    # axe" axe; "the sweeper truck" truck (a type word in its description); "twice" and "one foot" no numbers of a
    # place.
    dict(written="Web form: On Tuesday morning the sweeper truck came down our block while my neighbor at 947 Hawthorn was still parked on the sweeping side. He ran out with an axe, stood right in front of it and told the driver he'd put it through his windshield if he came one foot closer. The driver backed out and went around. The sweeper has skipped our block since, and my neighbor has told me twice he'll do it again.",
         spoken="web form on tuesday morning the sweeper truck came down our block while my neighbor at nine forty seven hawthorne was still parked on the sweeping side he ran out with an axe stood right in front of it and told the driver he'd put it through his wind shield if he came one foot closer the driver backed out and went around the sweeper has skipped our block since and my neighbor has told me twice he'll do it again",
         at="2043-04-02 12:00", entities=[V(type="truck"), P(count="1", sex="male"), W("axe"), P(count="1", sex="male")],
         places=[("address", 947, "Hawthorn Avenue")], category="weapon", priority="medium"),

    # ---------------------------------------------------------------- fire
    # The circus's last day: the generator trailer behind the big top is burning during the 1 o'clock show, the lights
    # in the tent gone dark; the clowns leading the audience out, nobody hurt: fire, high. "the clowns" (2+) and "the
    # audience" (2+) persons; "the 1 o'clock show" a schedule, no time; the generator trailer no vehicle (as holdout31's
    # balloon trailers); the circus lot is Northgate Mall's.
    dict(written="Northgate Mall, the circus lot. The generator trailer parked behind the big top is burning, flames coming out of its side vents, and the black smoke's rolling right over the tent. The lights in the tent went dark in the middle of the 1 o'clock show and the clowns are leading the audience out the back flaps in a line. I don't see anybody hurt.",
         spoken="north gate mall the circus lot the generator trailer parked behind the big top is burning flames coming out of its side vents and the black smoke's rolling right over the tent the lights in the tent went dark in the middle of the one o'clock show and the clowns are leading the audience out the back flaps in a line i don't see anybody hurt",
         at="2043-04-05 13:50", entities=[P(count="2+"), P(count="2+")],
         places=[("landmark", "Northgate Mall")], category="fire", priority="high"),
    # The night before the phone launch: a man cooking ramen on a butane stove inside his pop-up tent in the line set it
    # burning, and the next tent and a pile of camp chairs are burning against the building; all out: fire, high. The
    # man a person ("We all" and "thirty of us" the caller's own group, not annotated); outside the north doors of
    # Northgate Mall relative.
    dict(written="There's a fire in the phone line outside the north doors of Northgate Mall. A guy was cooking ramen on a little butane stove inside his pop-up tent and it went up, and now the tent beside it and a pile of camp chairs are burning right up against the building. We all got out of the tents, there's like thirty of us out here. The glass on the doors is starting to crack.",
         spoken="there's a fire in the phone line outside the north doors of north gate mall a guy was cooking ramen on a little butane stove inside his pop up tent and it went up and now the tent beside it and a pile of camp chairs are burning right up against the building we all got out of the tents there's like thirty of us out here the glass on the doors is starting to crack",
         at="2043-04-02 23:50", entities=[P(count="1", sex="male")],
         places=[("relative", ("landmark", "Northgate Mall"))], category="fire", priority="high"),
    # The first warm, sunny Saturday: the sun through a glass gazing ball on a neighbour's porch rail lit the cushions
    # of her wicker chair and the front porch is burning up into its ceiling; the caller got the neighbour out to her
    # car: fire, high (everyone out). The neighbour (her stated age not annotated) a person; "1139 Hawthorn" the
    # address.
    dict(written="My neighbor's front porch is on fire, 1139 Hawthorn! The sun coming through that glass gazing ball on her porch rail lit the cushions on her wicker chair, and now the whole porch is burning, it's up in the ceiling boards. I got her out, she's 84, she's sitting in my car. The fire's right against her front windows.",
         spoken="oh god my neighbor's front porch is on fire eleven thirty nine hawthorne the sun coming through that glass gazing ball on her porch rail lit the cushions on her wicker chair and now the whole porch is burning it's up in the ceiling boards i got her out she's eighty four she's sitting in my car the fire's right against her front windows",
         at="2043-04-04 12:30", entities=[P(count="1", sex="female")],
         places=[("address", 1139, "Hawthorn Avenue")], category="fire", priority="high"),
    # Spring painting: a brother stripping the eaves with a heat gun set the trim burning into the wall, smoke out of
    # the upstairs windows, and their father, bedbound after a stroke, is in the upstairs bedroom with the stairs full
    # of smoke: someone who cannot get out (critical). The brother and the father persons; "617 Chestnut" the address.
    dict(written="617 Chestnut, hurry! My brother was stripping the paint off the eaves with a heat gun and the trim caught and it's gone inside the wall, there's smoke coming out of all the upstairs windows. Our dad's in the upstairs bedroom, he's bedbound since his stroke, and you can't even see the stairs for the smoke. My brother keeps trying to get up there and it pushes him back.",
         spoken="six seventeen chesnut hurry my brother was stripping the paint off the eaves with a heat gun and the trim caught and it's gone inside the wall there's smoke coming out of all the up stairs windows our dad's in the up stairs bed room he's bed bound since his stroke and you can't even see the stairs for the smoke my brother keeps trying to get up there and it pushes him back",
         at="2043-04-05 15:45", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("address", 617, "Chestnut Street")], category="fire", priority="critical"),
    # The pharmacy's manager the morning after: "Last night around 9:30" (21:30 the day before) the old neon OPEN sign
    # in the front window shorted out and set the window display burning, put out by a technician; the wall behind it
    # still smells of smoke and is warm: fire, high lowered to medium (hours old). The technician ("one of my techs") a
    # person; "This morning" no time.
    dict(written="Main Street Pharmacy, I'm the store manager. Last night around 9:30 the old neon OPEN sign in our front window shorted out and set the window display on fire, and one of my techs emptied the extinguisher from behind the counter on it. This morning the wall behind the display still smells like smoke and it's warm when I put my hand on it. Can somebody from the fire department come check inside that wall?",
         spoken="main street pharmacy i'm the store manager last night around nine thirty the old neon open sign in our front window shorted out and set the window display on fire and one of my techs emptied the extinguisher from behind the counter on it this morning the wall behind the display still smells like smoke and it's warm when i put my hand on it can somebody from the fire department come check inside that wall",
         at="2043-03-31 08:15", entities=[("local", "2043-03-30 21:30"), P(count="1")],
         places=[("landmark", "Main Street Pharmacy")], category="fire", priority="medium"),
    # An alarm company at 04:18: a smoke detector in FreshMart's deli kitchen at 0412 hrs, then a duct detector; the
    # store closed and nobody on site: fire, high (a said time within 15 minutes does not lift a high call; the later
    # detector no second time). No persons ("nobody on site"); "Zone 6" and "zone 7" no numbers of a place.
    dict(written="Northeast Signal Monitoring, fire alarm at FreshMart Supermarket. Zone 6 smoke detector, deli kitchen, 0412 hrs, followed by zone 7 duct detector over the fryers. Store is closed, nobody on site per the schedule, no answer on the store line. Requesting FD.",
         spoken="northeast signal monitoring fire alarm at fresh mart supermarket zone six smoke detector deli kitchen zero four twelve hours followed by zone seven duct detector over the fryers store is closed nobody on site per the schedule no answer on the store line requesting f d",
         at="2043-04-04 04:18", entities=[("local", "2043-04-04 04:12")],
         places=[("landmark", "FreshMart Supermarket")], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # The circus's warm-up before the 4 o'clock show: an aerialist fell off the silks about twenty feet onto the ring,
    # not answering, eyes half open, breathing loud like snoring: a life at risk (critical). The aerialist a person
    # ("Nobody" no person); "twenty feet" no number of a place; "the 4 o'clock show" a schedule; the circus tent in the
    # back lot is Northgate Mall's.
    dict(written="This is the stage manager for the circus in the back lot of Northgate Mall. One of our aerialists fell off the silks during warm-up for the 4 o'clock show, maybe twenty feet, straight down onto the ring. She's not answering us, her eyes are half open and she's breathing really loud, like snoring. Nobody's moved her. Come in the back flap by the animal trailers.",
         spoken="this is the stage manager for the circus in the back lot of north gate mall one of our aerialists fell off the silks during warm up for the four o'clock show maybe twenty feet straight down onto the ring she's not answering us her eyes are half open and she's breathing really loud like snoring nobody's moved her come in the back flap by the animal trailers",
         at="2043-04-02 15:10", entities=[P(count="1", sex="female")],
         places=[("landmark", "Northgate Mall")], category="medical", priority="critical"),
    # Dawn of the phone launch: two men in the tent beside the caller's ran a small gas generator inside it all night
    # for a heater and cannot be woken, one breathing strangely: carbon monoxide, a life at risk (critical). "two guys"
    # (2 male) persons; "all night" a duration; by the north doors of Northgate Mall the landmark.
    dict(written="yo im in the phone line at Northgate Mall by the north doors. the two guys in the tent next to mine ran a little gas generator inside their tent all night for a heater and now i cant wake either of them up. one of them is breathing really weird. i turned the generator off and unzipped the tent. please hurry",
         spoken="yo i'm in the phone line at north gate mall by the north doors the two guys in the tent next to mine ran a little gas generator inside their tent all night for a heater and now i can't wake either of them up one of them is breathing really weird i turned the generator off and unzipped the tent please hurry",
         at="2043-04-03 05:40", entities=[P(count="2", sex="male")],
         places=[("landmark", "Northgate Mall")], category="medical", priority="critical"),
    # The April Fools' Day snow: a husband pulling snow-broken branches off the car took hold of a downed wire hidden
    # under them and it threw him; lying in the snow, not breathing right, grey, the wire still sparking beside him: an
    # electric shock with a life at risk (critical). The husband a person; "1127 Pine" the address.
    dict(written="My husband was pulling the broken branches off our car and one of the wires the snow brought down was under them. He grabbed it and it threw him. He's lying in the snow by the driveway and he's not breathing right, he's all grey, and the wire's still sparking right next to him so I can't get to him. 1127 Pine, please hurry.",
         spoken="um my husband was pulling the broken branches off our car and one of the wires the snow brought down was under them he grabbed it and it threw him he's lying in the snow by the drive way and he's not breathing right he's all grey and the wire's still sparking right next to him so i can't get to him eleven twenty seven pine please hurry",
         at="2043-04-01 09:20", entities=[P(count="1", sex="male")],
         places=[("address", 1127, "Pine Street")], category="medical", priority="critical"),
    # The April Fools' Day snow: a neighbour "in her eighties" slipped in the slush on her steps "this morning" and cut
    # her forehead on the railing; talking fine, on blood thinners, the cut will not stop: an injury, high (not the
    # confusion that would make it critical). The neighbour (a victim's decade, 80-89) a person; "this morning" no time;
    # "1036 Maple, no, 1038" corrected, 1038 the address where she is.
    dict(written="My neighbor slipped on her front steps in all this slush this morning and hit her head on the iron railing. She's in her eighties. She's sitting in my kitchen talking fine, but the cut on her forehead keeps bleeding through every dish towel I hand her, and she says she takes a blood thinner. I'm at 1036 Maple, no, 1038, sorry, I'm right next door to her.",
         spoken="hi um my neighbor slipped on her front steps in all this slush this morning and hit her head on the iron railing she's in her eighties she's sitting in my kitchen talking fine but the cut on her forehead keeps bleeding through every dish towel i hand her and she says she takes a blood thinner i'm at ten thirty six maple no ten thirty eight sorry i'm right next door to her",
         at="2043-04-01 08:30", entities=[P(count="1", sex="female", age="80-89")],
         places=[("address", 1038, "Maple Avenue")], category="medical", priority="high"),
    # The Final Four watch party: a man standing on his barstool to cheer fell backwards and split the back of his head
    # on the bar's edge; bleeding a lot, awake, swearing at his friends and able to give the score: an injury, high (no
    # confusion). The man and "his buddies" (2+) persons; "we" the staff, not annotated.
    dict(written="Old Mill Brewery, the Final Four party. A guy was standing up on his barstool cheering the last shot and he went over backwards and split the back of his head open on the edge of the bar. There's a lot of blood, we've got bar towels pressed on it. He's awake and cussing out his buddies, and he can tell me the score.",
         spoken="old mill brewery the final four party a guy was standing up on his bar stool cheering the last shot and he went over backwards and split the back of his head open on the edge of the bar there's a lot of blood we've got bar towels pressed on it he's awake and cussing out his buddies and he can tell me the score",
         at="2043-04-04 21:20", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("landmark", "Old Mill Brewery")], category="medical", priority="high"),
    # Non-native: a mother-in-law drank from a water bottle the caller had filled with bleach for cleaning, maybe three
    # swallows; vomiting, her throat burning, but talking and walking: a poisoning, high (no sign yet of a life at
    # risk). The mother-in-law (her stated age not annotated) a person; "812 Walnut" the address.
    dict(written="Please, my mother-in-law drink from the water bottle where I put the bleach for the cleaning, maybe three big swallow. She is throwing up and she say her throat is burning, but she talk to me and she can walk. She is 70. We live 812 Walnut, second floor. What I give her?",
         spoken="please my mother in law drink from the water bottle where i put the bleach for the cleaning maybe three big swallow she is throwing up and she say her throat is burning but she talk to me and she can walk she is seventy we live eight twelve wall nut second floor what i give her",
         at="2043-04-02 11:00", entities=[P(count="1", sex="female")],
         places=[("address", 812, "Walnut Street")], category="medical", priority="high"),
    # A web form the Sunday morning: "Yesterday around 4:15" (16:15 the day before) a pony in the circus's pony-ride
    # line kicked the caller's daughter in the thigh; this morning she cannot stand on it: an injury lowered to medium
    # (hours old). The daughter (her stated age not annotated) and "The circus staff" (2+) persons; "This morning" no
    # time; behind Northgate Mall relative.
    dict(written="Web form: Yesterday around 4:15 at the circus behind Northgate Mall, my 9-year-old was waiting in the pony ride line and one of the ponies kicked her in the thigh. The circus staff gave her an ice pack and said she was fine. This morning she can't put any weight on that leg and there's a purple hoof print on it as big as a saucer. They won't give me their insurance information. Who do I report this to?",
         spoken="web form yesterday around four fifteen at the circus behind north gate mall my nine year old was waiting in the pony ride line and one of the ponies kicked her in the thigh the circus staff gave her an ice pack and said she was fine this morning she can't put any weight on that leg and there's a purple hoof print on it as big as a saucer they won't give me their insurance information who do i report this to",
         at="2043-04-05 09:30", entities=[("local", "2043-04-04 16:15"), P(count="1", sex="female"), P(count="2+")],
         places=[("relative", ("landmark", "Northgate Mall"))], category="medical", priority="medium"),

    # ---------------------------------------------------------------- robbery
    # The Final Four watch party: a man "just" grabbed the bracket pool envelope, $1,400, off the back bar and punched
    # the bartender who came over the bar after him, then ran out the side door: force to take property, robbery, high
    # (an injury too). The man ("Short guy" short, "green Celtics hoodie" -> "green hoodie") and the bartender persons;
    # "just" now; "$1,400" no number of a place; the back bar and side door are the Old Mill Brewery's.
    dict(written="Old Mill Brewery. At halftime a guy just grabbed our bracket pool envelope off the back bar, $1,400 in it, and when our bartender went over the bar after him he punched her in the mouth and ran out the side door toward the lot. Her lip's split wide open. Short guy, green Celtics hoodie.",
         spoken="old mill brewery at half time a guy just grabbed our bracket pool envelope off the back bar fourteen hundred dollars in it and when our bartender went over the bar after him he punched her in the mouth and ran out the side door toward the lot her lip's split wide open short guy green celtics hoodie",
         at="2043-04-04 20:40", entities=[P(count="1", sex="male", height="short", clothing=["green hoodie"]), ("now",), P(count="1", sex="female")],
         places=[("landmark", "Old Mill Brewery")], category="robbery", priority="high"),
    # Dispatch on launch morning: approx 0840 two men took a new phone and a wallet from a buyer in the north lot, one
    # pressing a black handgun to his ribs: an armed robbery, critical. "Vic M 20s" (20-29, a victim's shorthand
    # decade), "2 M susps" (2 male) and each described apart ("#1 tall, white hoodie", "#2 heavy, camo jacket", given
    # the group's sex) persons; "a black handgun" handgun; "a grey Nissan Rogue" rogue with its partial plate ("5 G" 5G)
    # going east ("EB on Maple" a street alone); "GOA" gone on arrival; the clock time the event's.
    dict(written="Robbery w/ firearm, Northgate Mall north lot, approx 0840. Vic M 20s walking out with a new phone from the launch, 2 M susps came up on both sides, #1 pressed a black handgun to his ribs, #2 went through his pockets, took the phone and wallet. Vic unhurt. Susps GOA in a grey Nissan Rogue, partial plate 5 G, last seen EB on Maple. #1 tall, white hoodie. #2 heavy, camo jacket.",
         spoken="robbery with firearm northgate mall north lot approximately zero eight forty victim male twenties walking out with a new phone from the launch two male suspects came up on both sides number one pressed a black hand gun to his ribs number two went through his pockets took the phone and wallet victim unhurt suspects gone on arrival in a grey nissan rogue partial plate five g last seen east bound on maple number one tall white hoodie number two heavy camo jacket",
         at="2043-04-03 08:47", entities=[("local", "2043-04-03 08:40"), P(count="1", sex="male", age="20-29"), P(count="2", sex="male"), W("handgun"), V(colour="grey", make="nissan", model="rogue", plate="5G", direction="east"), P(count="1", sex="male", height="tall", clothing=["white hoodie"]), P(count="1", sex="male", build="heavy", clothing=["camo jacket"])],
         places=[("landmark", "Northgate Mall")], category="robbery", priority="critical"),
    # The creemee stand's opening night: a man "just" reached through the order window, took the cash tray and slammed
    # the window on the 16-year-old worker's hands when she held on: robbery, high (an injury too). The man and the
    # worker (her stated age not annotated) persons; "a green pickup" green pickup going south; "just" now; "River Road
    # by Hawthorn" the intersection.
    dict(written="I own the creemee stand on River Road by Hawthorn, it's our first night open for the season. A man just reached in through the order window and yanked the cash tray out of the register, and when my 16-year-old worker held on to it he slammed the window down on her hands. Her fingers are all swollen up. He jumped in a green pickup and went south.",
         spoken="i own the creemee stand on river road by hawthorne it's our first night open for the season a man just reached in through the order window and yanked the cash tray out of the register and when my sixteen year old worker held on to it he slammed the window down on her hands her fingers are all swollen up he jumped in a green pick up and went south",
         at="2043-04-03 19:20", entities=[P(count="1", sex="male"), ("now",), P(count="1", sex="female"), V(colour="green", type="pickup", direction="south")],
         places=[("intersection", "River Road", "Hawthorn Avenue")], category="robbery", priority="high"),
    # An 11-year-old texting from the creemee stand's first Saturday: an older kid "just" snatched the $20 for creemees
    # out of his hand and pushed him into the fence, his knee bleeding, and rode off on a bike: robbery, high. The older
    # kid ("orange hat"; "older" about a kid no age range) a person; "his bike" a bicycle (the snatcher's); "just" now;
    # "on river road" a street alone and "toward the gas station" no place: no place.
    dict(written="an older kid just took the 20 dollars i had for creemees right out of my hand at the creemee stand on river road and pushed me into the fence. my knee is bleeding thru my jeans. he has a orange hat and he rode off on his bike toward the gas station. im 11",
         spoken="an older kid just took the twenty dollars i had for creemees right out of my hand at the creemee stand on river road and pushed me into the fence my knee is bleeding through my jeans he has an orange hat and he rode off on his bike toward the gas station i'm eleven",
         at="2043-04-04 15:05", entities=[P(count="1", sex="male", clothing=["orange hat"]), ("now",), V(type="bicycle")],
         places=[], category="robbery", priority="high"),
    # Non-native, a pizza driver two days on: "Tuesday night" (a weekday, no time) two men met him at an empty house,
    # one twisted his arm behind his back and the other took his money bag and the pizzas: robbery with an injury, high
    # lowered to medium (days old). "Two guys" (2 male) and the one with "a white hat" (given the group's sex) persons;
    # the manager not there not annotated; "today" no time; "1150 Willow" the address.
    dict(written="Hello, I drive delivery for Napoli Pizza. Tuesday night I bring two pizzas to 1150 Willow but nobody live there, the house is empty. Two guys come from the side of the house, one hold my arm behind my back very hard and the other take my money bag and the pizzas. I have a big bruise on my arm and my shoulder hurt. The manager tell me today I have to report. One guy have a white hat.",
         spoken="hello i drive delivery for napoli pizza tuesday night i bring two pizzas to eleven fifty willow but nobody live there the house is empty two guys come from the side of the house one hold my arm behind my back very hard and the other take my money bag and the pizzas i have a big bruise on my arm and my shoulder hurt the manager tell me today i have to report one guy have a white hat",
         at="2043-04-02 14:30", entities=[P(count="2", sex="male"), P(count="1", sex="male", clothing=["white hat"])],
         places=[("address", 1150, "Willow Street")], category="robbery", priority="medium"),
    # The warm Thursday: a boy on a bicycle came up behind the caller "just now" on Elm by 4th and tore her gold chain
    # off her neck, cutting it: robbery, high (an injury). The boy ("maybe 17" 14-20, "skinny" thin, "grey hoodie") a
    # person; "a black bike" a bicycle (the snatcher's, as holdout30's); "just now" now; "I'm 70" the caller's age, not
    # annotated; "toward Market Street" a street alone.
    dict(written="A boy came up behind me on a bicycle just now on Elm by 4th and tore my gold chain right off my neck. It cut me, I'm bleeding on the side of my neck. I'm 70 years old! He went up the sidewalk toward Market Street. Maybe 17, skinny, grey hoodie with the hood up, on a black bike.",
         spoken="a boy came up behind me on a bicycle just now on elm by fourth and tore my gold chain right off my neck it cut me i'm bleeding on the side of my neck i'm seventy years old he went up the side walk toward market street maybe seventeen skinny grey hoodie with the hood up on a black bike",
         at="2043-04-02 12:15", entities=[P(count="1", sex="male", age="14-20", build="thin", clothing=["grey hoodie"]), V(colour="black", type="bicycle"), ("now",)],
         places=[("intersection", "Elm Street", "4th Street")], category="robbery", priority="high"),

    # ---------------------------------------------------------------- assault
    # Launch morning at the phone store: sold out at 9:15, a man who had waited since Wednesday reached over the counter
    # and punched an employee, her eye swelling shut; he is in the food court "now" screaming: assault, high (an
    # injury). The man ("Tall", "orange hoodie"; a camp chair no clothing) and the employee persons; "at 9:15" the
    # selling out, not the event's time; "now" now; the food court is Northgate Mall's.
    dict(written="Phone store in Northgate Mall. We sold out of the new phone at 9:15 and a man who's been in line since Wednesday reached over the counter and punched one of my employees in the face. Her eye's already swelling shut. He's walking around the food court now screaming that we lied to everybody. Tall, orange hoodie, still carrying his folded camp chair.",
         spoken="phone store in north gate mall we sold out of the new phone at nine fifteen and a man who's been in line since wednesday reached over the counter and punched one of my employees in the face her eye's already swelling shut he's walking around the food court now screaming that we lied to everybody tall orange hoodie still carrying his folded camp chair",
         at="2043-04-03 09:25", entities=[P(count="1", sex="male", height="tall", clothing=["orange hoodie"]), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="assault", priority="high"),
    # After the Final Four semifinal: outside the brewery a bouncer has had a man face down on the sidewalk with a knee
    # on the back of his neck for about three minutes; the man has gone limp, lips blue, not answering, and the other
    # bouncer keeps people away: a life at risk (critical). The bouncer on his neck ("a big guy" heavy, "black security
    # t-shirt" -> "black t-shirt"), the man and the other bouncer persons; "three minutes" a duration; out front is the
    # Old Mill Brewery's.
    dict(written="Old Mill Brewery, out front. After a fight about the game one of the bouncers has a guy face down on the sidewalk with his knee on the back of his neck, he's been on him like three minutes. The guy's gone limp, his lips are blue and he isn't answering anybody. The other bouncer won't let us get near. The one on his neck is a big guy in a black security t-shirt.",
         spoken="old mill brewery out front after a fight about the game one of the bouncers has a guy face down on the side walk with his knee on the back of his neck he's been on him like three minutes the guy's gone limp his lips are blue and he isn't answering anybody the other bouncer won't let us get near the one on his neck is a big guy in a black security t shirt",
         at="2043-04-04 23:40", entities=[P(count="1", sex="male", build="heavy", clothing=["black t-shirt"]), P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("landmark", "Old Mill Brewery")], category="assault", priority="critical"),
    # The Saturday 7:30 show: a drunk man from the front row jumped the ring fence during the clown act and laid a clown
    # out with a punch, his nose likely broken; two of the crew holding him; the kids screaming: assault, high (an
    # injury). The man, the clown, "Two of our crew" (2) and "The kids in the front rows" (2+) persons; "the 7:30 show"
    # a schedule; the circus in the Northgate Mall lot the landmark.
    dict(written="Bellini circus, in the Northgate Mall lot. During the 7:30 show a drunk man in the front row jumped the ring fence in the middle of the clown act, swung at one of our clowns and laid him out on the sawdust. His nose is broken I think, there's blood all through his makeup. Two of our crew are holding the man down by the ring door. The kids in the front rows are screaming.",
         spoken="bellini circus in the north gate mall lot during the seven thirty show a drunk man in the front row jumped the ring fence in the middle of the clown act swung at one of our clowns and laid him out on the saw dust his nose is broken i think there's blood all through his make up two of our crew are holding the man down by the ring door the kids in the front rows are screaming",
         at="2043-04-04 20:10", entities=[P(count="1", sex="male"), P(count="1", sex="male"), P(count="2"), P(count="2+")],
         places=[("landmark", "Northgate Mall")], category="assault", priority="high"),
    # A 15-year-old texting: her mother's boyfriend threw her mother into the TV stand, her head bleeding, and he is
    # still screaming and blocking the door: an injury and a woman in danger (high). The boyfriend (named through a
    # possessive) and the mother persons; "apt 2" no number of a place; "308 chestnut" the address.
    dict(written="my moms boyfriend threw her into the tv stand and her head is bleeding. hes still screaming at her in the living room and hes standing in front of the door so she cant get out. im 15 and i locked myself in my room. 308 chestnut apt 2. please dont call back he will hear",
         spoken="my mom's boyfriend threw her into the t v stand and her head is bleeding he's still screaming at her in the living room and he's standing in front of the door so she can't get out i'm fifteen and i locked myself in my room three oh eight chestnut apartment two please don't call back he will hear",
         at="2043-04-01 22:15", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 308, "Chestnut Street")], category="assault", priority="high"),
    # Non-native, a FreshMart cashier: a customer who would not pay for bags threw a can of soup at her face, her lip
    # cut and a tooth loose; he is in a white van in the lot yelling: assault, high (an injury). The customer ("Big"
    # heavy, "orange vest") a person; "a white van" white van (he sits in it, a vehicle of the tip); "the parking" the
    # store's lot.
    dict(written="Hello, I am cashier at FreshMart, lane 4. A customer don't want to pay for the bags, he take a can of soup from the belt and throw it in my face. My lip is cut and one tooth is loose. He walk out to the parking and he sit in a white van and he is still yelling at the door. Big man, orange vest like for construction.",
         spoken="hello i am cashier at fresh mart lane four a customer don't want to pay for the bags he take a can of soup from the belt and throw it in my face my lip is cut and one tooth is loose he walk out to the parking and he sit in a white van and he is still yelling at the door big man orange vest like for construction",
         at="2043-04-03 12:30", entities=[P(count="1", sex="male", build="heavy", clothing=["orange vest"]), V(colour="white", type="van")],
         places=[("landmark", "FreshMart Supermarket")], category="assault", priority="high"),
    # An 88-year-old the next morning: "Yesterday around 5" (17:00 the day before) a woman in the Powerball line at the
    # QuickStop who thought he had cut in swung her handbag into the side of his head; a goose egg and a headache, "I'm
    # all right": assault with an injury, high lowered to medium (hours old). The woman and the wife persons; the
    # handbag a thing, no weapon; his stated age not annotated; "1019 Hawthorn" where he is, the address.
    dict(written="I'm 88 and I'd like to report a woman who hit me. Yesterday around 5 in the Powerball line at the QuickStop she decided I'd cut in front of her and she swung her handbag into the side of my head, and she must have had a brick in there. I've got a goose egg over my ear and a headache today but I'm all right. My wife made me call. We're at 1019 Hawthorn.",
         spoken="i'm eighty eight and i'd like to report a woman who hit me yesterday around five in the power ball line at the quick stop she decided i'd cut in front of her and she swung her handbag into the side of my head and she must have had a brick in there i've got a goose egg over my ear and a headache today but i'm all right my wife made me call we're at ten nineteen hawthorne",
         at="2043-04-05 10:20", entities=[("local", "2043-04-04 17:00"), P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("address", 1019, "Hawthorn Avenue")], category="assault", priority="medium"),

    # ---------------------------------------------------------------- burglary
    # An alarm company the night after the launch: the phone store's rear stockroom door at Northgate Mall at 0233 hrs,
    # then motion in the stockroom and a glass break at the display cases: burglary raised to high (a said time within
    # 15 minutes). No persons (mall security as a sender, the keyholder not there); "unit 112" no number of a place; the
    # phone store is in Northgate Mall.
    dict(written="Keystone Alarm, burglary alarm at Northgate Mall, unit 112, the phone store. Rear stockroom door 0233 hrs, then stockroom motion, then glass break on the display cases. Mall security reports the service corridor door is standing open. Keyholder not answering. Requesting PD.",
         spoken="keystone alarm burglary alarm at northgate mall unit one twelve the phone store rear stock room door zero two thirty three hours then stock room motion then glass break on the display cases mall security reports the service corridor door is standing open key holder not answering requesting p d",
         at="2043-04-04 02:38", entities=[("local", "2043-04-04 02:33")],
         places=[("landmark", "Northgate Mall")], category="burglary", priority="high"),
    # The April Fools' snow: the QuickStop's opening clerk finds the glass door smashed with a rock, the scratch-off
    # rolls and cigarettes gone, "sometime overnight" (02:00, four hours before: medium). The somebody a person; "just
    # came in" the finding, not the event; "at 1" a closing time, no time; footprints toward the river no place.
    dict(written="QuickStop on River Road. I just came in to open up and the glass door's smashed, there's a rock on the floor inside. Somebody cleaned out all the scratch-off rolls for the Powerball week and every carton of cigarettes. Must've been sometime overnight, we close at 1. You can follow the boot prints out back through the fresh snow toward the river.",
         spoken="quick stop on river road i just came in to open up and the glass door's smashed there's a rock on the floor inside somebody cleaned out all the scratch off rolls for the power ball week and every carton of cigarettes must've been sometime over night we close at one you can follow the boot prints out back through the fresh snow toward the river",
         at="2043-04-01 06:10", entities=[P(count="1"), ("local", "2043-04-01 02:00")],
         places=[("landmark", "QuickStop Gas")], category="burglary", priority="medium"),
    # The circus's company manager: while the acrobats were in the 7:30 show, "from 7:30 to 9:15" (a span, no time),
    # somebody pried the door of their bunk trailer and took two passports, cash and a laptop: burglary, medium. "our
    # four acrobats" (4) and the somebody persons; "$1,200" no number of a place; the circus at Northgate Mall the
    # landmark.
    dict(written="I'm the company manager for the Bellini circus at Northgate Mall. While our four acrobats were in the ring for the 7:30 show somebody pried the door of their bunk trailer and went through everything. Two passports, about $1,200 in cash and a laptop are gone. They were performing from 7:30 to 9:15 so it was sometime in there.",
         spoken="i'm the company manager for the bellini circus at north gate mall while our four acrobats were in the ring for the seven thirty show somebody pried the door of their bunk trailer and went through everything two passports about twelve hundred dollars in cash and a lap top are gone they were performing from seven thirty to nine fifteen so it was sometime in there",
         at="2043-04-04 22:00", entities=[P(count="4"), P(count="1")],
         places=[("landmark", "Northgate Mall")], category="burglary", priority="medium"),
    # A 92-year-old living alone: someone out back prying at her storm window "right now", the screen already off:
    # burglary raised to high. The someone a person; her stated age not annotated; "1012 Spruce" the address.
    dict(written="Yes, hello, I'm 92 and I live alone at 1012 Spruce. Someone is out back prying at my storm window right now, I can hear the metal bending and the screen's already off. I turned the kitchen light on and they didn't stop. I'm sitting in the front room with the phone and my cane.",
         spoken="yes hello i'm ninety two and i live alone at ten twelve spruse someone is out back prying at my storm window right now i can hear the metal bending and the screen's already off i turned the kitchen light on and they didn't stop i'm sitting in the front room with the phone and my cane",
         at="2043-03-30 23:30", entities=[P(count="1"), ("now",)],
         places=[("address", 1012, "Spruce Street")], category="burglary", priority="high"),
    # Home from a night away: a neighbour's message says "last night around 10" (22:00 the day before, told at 08:40)
    # she saw a man carry the caller's generator and leaf blower out of his garage to a pickup; the side door smashed:
    # burglary lowered to low (hours old). The neighbour and the man persons; "a pickup" pickup; "just got home" the
    # finding, not the event; the sister away not annotated; "833 Birch" the address.
    dict(written="I was at my sister's overnight and my neighbor left me a message that last night around 10 she saw a man coming out of my garage at 833 Birch carrying my generator and my leaf blower to a pickup. I just got home and the side door of the garage is smashed in and the snowblower's gone too.",
         spoken="i was at my sister's over night and my neighbor left me a message that last night around ten she saw a man coming out of my garage at eight thirty three burch carrying my generator and my leaf blower to a pick up i just got home and the side door of the garage is smashed in and the snow blower's gone too",
         at="2043-04-03 08:40", entities=[P(count="1", sex="female"), ("local", "2043-04-02 22:00"), P(count="1", sex="male"), V(type="pickup")],
         places=[("address", 833, "Birch Street")], category="burglary", priority="low"),
    # A landlord: the first-floor tenant in hospital since Saturday, her door kicked in, TV and jewellery box gone, "I
    # don't know when" (no time; "on Tuesday" when all was still well): burglary, medium. The somebody a person; the
    # tenant away (in hospital) not annotated; "St. Mary's" where she is, no place; "today" no time; "318 Oak" the
    # address.
    dict(written="I'm the landlord at 318 Oak. My first floor tenant has been in St. Mary's since Saturday and I went in today to water her plants. Somebody's kicked her door in, the frame's split right down, and her TV and her jewelry box are gone. I don't know when, I was last in there on Tuesday and it was fine.",
         spoken="i'm the landlord at three eighteen oak my first floor tenant has been in saint mary's since saturday and i went in today to water her plants somebody's kicked her door in the frame's split right down and her t v and her jewelry box are gone i don't know when i was last in there on tuesday and it was fine",
         at="2043-04-02 14:00", entities=[P(count="1")],
         places=[("address", 318, "Oak Street")], category="burglary", priority="medium"),
    # A scoutmaster: "Last night" (23:00 the day before, told at 09:15) somebody snapped the padlock on the troop's
    # equipment trailer parked behind Fire Station Number 2 and took the tents, the camp stoves and the popcorn
    # fundraiser money: burglary lowered to low. The somebody a person; the trailer the troop's own, no vehicle; "$600"
    # no number of a place; behind Fire Station Number 2 relative.
    dict(written="I'm the scoutmaster for Troop 12. Our equipment trailer is parked behind Fire Station Number 2, and last night somebody snapped the padlock and cleaned it out. All eight tents, the camp stoves, the canoe paddles and the envelope with about $600 from the popcorn sale. We have a campout next weekend.",
         spoken="i'm the scout master for troop twelve our equipment trailer is parked behind fire station number two and last night somebody snapped the padlock and cleaned it out all eight tents the camp stoves the canoe paddles and the envelope with about six hundred dollars from the popcorn sale we have a camp out next weekend",
         at="2043-04-02 09:15", entities=[("local", "2043-04-01 23:00"), P(count="1")],
         places=[("relative", ("landmark", "Fire Station Number 2"))], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    # A man with a pickup and a chain dragging the big clothing donation bin out of the FreshMart lot onto his trailer
    # "right now": theft raised to high. The man a person; "Black Dodge Ram" dodge ram with no type ("a pickup" said
    # before, a model describing it, as holdout31's) and its partial plate ("ends in 3 8 2" 382); the trailer no type
    # word, no vehicle of its own; the cart return is FreshMart's.
    dict(written="There's a guy with a pickup and a chain dragging the clothing donation bin out of the FreshMart lot right now, the big green one by the cart return. He's got it halfway up a ramp onto his trailer. Black Dodge Ram, older, loud exhaust. Plate ends in 3 8 2.",
         spoken="there's a guy with a pick up and a chain dragging the clothing donation bin out of the fresh mart lot right now the big green one by the cart return he's got it half way up a ramp onto his trailer black dodge ram older loud exhaust plate ends in three eight two",
         at="2043-04-04 18:00", entities=[P(count="1", sex="male"), V(colour="black", make="dodge", model="ram", plate="382"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="theft", priority="high"),
    # Launch morning at the phone store: two teenagers "just" ripped four new phones off the display tethers and are
    # running through the food court "right now": theft raised to high. "Two guys" (2 male, "teenagers" 13-19) and each
    # described apart ("white puffer coat" -> "white coat", "green Celtics jersey" -> "green jersey"; given the group's
    # sex and age) persons; "just" and "right now" one now; the food court and the south doors are Northgate Mall's.
    dict(written="Phone store in Northgate Mall by the food court. Two guys just ripped four of the new phones off the display tethers and they're running through the food court toward the south doors right now. Both teenagers, one in a white puffer coat, one in a green Celtics jersey.",
         spoken="phone store in north gate mall by the food court two guys just ripped four of the new phones off the display tethers and they're running through the food court toward the south doors right now both teenagers one in a white puffer coat one in a green celtics jersey",
         at="2043-04-03 10:20", entities=[P(count="2", sex="male", age="13-19"), ("now",), P(count="1", sex="male", age="13-19", clothing=["white coat"]), P(count="1", sex="male", age="13-19", clothing=["green jersey"])],
         places=[("landmark", "Northgate Mall")], category="theft", priority="high"),
    # The circus: "Sometime overnight" (02:00, five hours before) somebody cut a panel of the animal pen's fence and
    # took a miniature donkey and its halter: theft, medium. The somebody a person; "at midnight" when all was still
    # well, no time; behind Northgate Mall relative.
    dict(written="Bellini circus, behind Northgate Mall. Sometime overnight somebody cut through a fence panel on our animal pen and took one of our miniature donkeys, Pepe, grey with a white nose. His halter's gone too so somebody led him out. We fed them all at midnight and he was there.",
         spoken="bellini circus behind north gate mall sometime over night somebody cut through a fence panel on our animal pen and took one of our miniature donkeys pepe grey with a white nose his halter's gone too so somebody led him out we fed them all at midnight and he was there",
         at="2043-04-03 07:10", entities=[("local", "2043-04-03 02:00"), P(count="1")],
         places=[("relative", ("landmark", "Northgate Mall"))], category="theft", priority="medium"),
    # Non-native: "yesterday afternoon" (14:00 the day before) the young man at the QuickStop counter scanned her
    # scratch tickets, said they won nothing and kept them; today her son found one won $5,000: theft lowered to low
    # (hours old). The young man ("young man" 18-29) and the son persons; "Today" no time; "$5,000" no number of a
    # place.
    dict(written="Hello, yesterday afternoon I bring my scratch tickets to the QuickStop for check and the young man at the counter scan them and say nothing, nothing, and he throw them under the counter. Today my son look at the numbers on the app and one ticket is winner for $5,000. I think the young man keep my ticket. The camera must see him. What I can do?",
         spoken="hello yesterday afternoon i bring my scratch tickets to the quick stop for check and the young man at the counter scan them and say nothing nothing and he throw them under the counter today my son look at the numbers on the app and one ticket is winner for five thousand dollars i think the young man keep my ticket the camera must see him what i can do",
         at="2043-04-05 11:00", entities=[("local", "2043-04-04 14:00"), P(count="1", sex="male", age="18-29"), P(count="1", sex="male")],
         places=[("landmark", "QuickStop Gas")], category="theft", priority="low"),
    # The library's building supervisor: "sometime overnight" (02:00, five and a half hours before) somebody sawed off
    # all four copper downspouts on the Elm side: theft, medium. The somebody a person; "four", "sixty years" no numbers
    # of a place; the Elm side is the library's.
    dict(written="Oakford Public Library, I'm the building supervisor. Sometime overnight somebody sawed off all four of the copper downspouts on the Elm Street side of the building, right at the ground, and took them. They've been on there sixty years. Now the meltwater off the roof is pouring straight down the wall into the basement window wells.",
         spoken="oakford public library i'm the building supervisor sometime over night somebody sawed off all four of the copper down spouts on the elm street side of the building right at the ground and took them they've been on there sixty years now the melt water off the roof is pouring straight down the wall into the base ment window wells",
         at="2043-04-02 07:30", entities=[("local", "2043-04-02 02:00"), P(count="1")],
         places=[("landmark", "Oakford Public Library")], category="theft", priority="medium"),
    # A 12-year-old texting on spring break: someone cut the chain and took her electric scooter from the rack outside
    # the Grand Cinema during the movie "like 20 min ago": theft, medium. The someone a person; "a black electric one
    # with a pink stripe" a black scooter (as the earlier sets' stolen bikes and scooters); the mother at work not
    # annotated; outside the Grand Cinema relative.
    dict(written="someone took my scooter from the rack outside the grand cinema while i was in the movie like 20 min ago. its a black electric one with a pink stripe. i had it chained up and the chain is cut in half on the ground. im 12 and my mom is at work",
         spoken="someone took my scooter from the rack outside the grand cinema while i was in the movie like twenty minutes ago it's a black electric one with a pink stripe i had it chained up and the chain is cut in half on the ground i'm twelve and my mom is at work",
         at="2043-04-02 15:40", entities=[P(count="1"), V(colour="black", type="scooter"), ("ago", 20)],
         places=[("relative", ("landmark", "Grand Cinema"))], category="theft", priority="medium"),
    # A passer-by: a man is pumping the diesel out of one of the town's sweeper trucks parked behind Central Station
    # into cans in a minivan "right now": theft raised to high. The man ("heavy", "yellow rain jacket" -> "yellow
    # jacket") a person; "the town's sweeper trucks" truck (the one stolen from, as holdout5's car under a converter
    # thief) and "a silver minivan" silver minivan; "on Station Road" after the landmark adds no place; "like five" no
    # number of a place; behind Central Station relative.
    dict(written="There's a man pumping the diesel out of one of the town's sweeper trucks right now. It's parked behind Central Station on Station Road and he's got a hand pump going into red gas cans in the back of a silver minivan, he's filled like five. Heavy guy, yellow rain jacket.",
         spoken="there's a man pumping the diesel out of one of the town's sweeper trucks right now it's parked behind central station on station road and he's got a hand pump going into red gas cans in the back of a silver mini van he's filled like five heavy guy yellow rain jacket",
         at="2043-04-03 13:00", entities=[V(type="truck"), P(count="1", sex="male", build="heavy", clothing=["yellow jacket"]), ("now",), V(colour="silver", type="minivan")],
         places=[("relative", ("landmark", "Central Station"))], category="theft", priority="high"),

    # ---------------------------------------------------------------- traffic
    # The first warm Saturday of spring break, a teenager typing: a friend "car surfing" on the roof of his brother's
    # car on Old Mill Road by Pine fell off at about 30 and lies in the road not moving, blood from his head: a life at
    # risk (critical). The friend and his brother persons; "his brother's car" car (the one he fell from); "like 30" a
    # speed, no number of a place; "just" now.
    dict(written="omg my friend was car surfing on the roof of his brothers car on old mill road by pine and he just fell off, they were going like 30. hes laying in the road not moving and theres blood coming from his head. his brother is freaking out. please hurry",
         spoken="oh my god my friend was car surfing on the roof of his brother's car on old mill road by pine and he just fell off they were going like thirty he's laying in the road not moving and there's blood coming from his head his brother is freaking out please hurry",
         at="2043-04-04 16:10", entities=[P(count="1", sex="male"), P(count="1", sex="male"), V(type="car"), ("now",)],
         places=[("intersection", "Old Mill Road", "Pine Street")], category="traffic", priority="critical"),
    # The April Fools' Day snow: a car coming down Kingsley "just" slid at 4th, jumped the curb and hit a man shovelling
    # his walk; in his yard holding his hip, yelling, conscious: an injury, high. The man and the driver ("a teenage
    # girl" 13-19) persons; "a red Toyota Corolla" corolla; "just" now; "Kingsley by 4th" the intersection.
    dict(written="A car coming down Kingsley just slid on the slush at 4th, went up over the curb and hit a man who was out shoveling his walk. He's lying in his front yard holding his hip and yelling, he's awake. The driver's a teenage girl, she's sitting in the car crying. It's a red Toyota Corolla. We're on Kingsley by 4th.",
         spoken="uh a car coming down kingsley just slid on the slush at fourth went up over the curb and hit a man who was out shoveling his walk he's lying in his front yard holding his hip and yelling he's awake the driver's a teenage girl she's sitting in the car crying it's a red toyota corolla we're on kingsly by fourth",
         at="2043-04-01 08:05", entities=[("now",), P(count="1", sex="male"), P(count="1", sex="female", age="13-19"), V(colour="red", make="toyota", model="corolla")],
         places=[("intersection", "Kingsley Avenue", "4th Street")], category="traffic", priority="high"),
    # Public Works: one of the street sweepers "just" clipped a cyclist's back wheel with its brush arm on Oak between
    # 7th and 8th; his wrist at an ugly angle: an injury, high. The cyclist and the operator persons; the sweeper the
    # caller's department's own and the cyclist's bike, no vehicles (as holdout31's chip truck and cyclist's bike);
    # "just" now; the 700 block of Oak.
    dict(written="Oakford Public Works. One of our street sweepers just clipped a man on a bicycle on Oak between 7th and 8th, the gutter broom caught his back wheel and threw him. He's on the ground, his wrist's sticking out at an ugly angle and his elbow's all torn up from the road. Our operator stopped and is with him.",
         spoken="oakford public works one of our street sweepers just clipped a man on a bicycle on oak between seventh and eighth the gutter broom caught his back wheel and threw him he's on the ground his wrist's sticking out at an ugly angle and his elbow's all torn up from the road our operator stopped and is with him",
         at="2043-03-31 10:05", entities=[("now",), P(count="1", sex="male"), P(count="1")],
         places=[("block", 700, "Oak Street")], category="traffic", priority="high"),
    # A garbage truck's burst hydraulic line has left a slick of oil the length of Walnut between 3rd and 4th; two cars
    # have slid into the curb, and cars keep coming: a road hazard with no time said, traffic, medium ("keep coming"
    # lifts only a low call). No persons (passing drivers) and no vehicles (the truck only guessed at, the cars
    # passing); the 300 block of Walnut.
    dict(written="A garbage truck must've busted a hydraulic line, there's a slick of oil the whole length of Walnut between 3rd and 4th. Two cars have already slid into the curb trying to stop at the corner and people keep coming down it like normal. Somebody needs to sand it or close it.",
         spoken="a garbage truck must've busted a hydraulic line there's a slick of oil the whole length of wall nut between third and fourth two cars have already slid into the curb trying to stop at the corner and people keep coming down it like normal somebody needs to sand it or close it",
         at="2043-03-30 17:30", entities=[],
         places=[("block", 300, "Walnut Street")], category="traffic", priority="medium"),
    # A mother the next morning: "Yesterday around 4:30" (16:30 the day before) a white minibus with BELLINI CIRCUS on
    # the side ran the red at Cedar and 9th and missed her kids in the crosswalk by a few feet, the driver on his phone:
    # a near miss, nobody hurt, traffic lowered to low (hours old). The kids (2+) and the driver persons; "a white
    # minibus" white bus with its partial plate ("P as in Paul, X as in x-ray" PX); "Cedar and 9th" the intersection.
    dict(written="I want to report a driver from yesterday around 4:30. A white minibus with BELLINI CIRCUS on the side ran the red at Cedar and 9th while my kids were in the crosswalk and missed them by a couple of feet. The driver was on his phone. The plate started with P as in Paul, X as in x-ray. They're running shuttles for that circus all weekend and somebody needs to talk to them.",
         spoken="i want to report a driver from yesterday around four thirty a white mini bus with bellini circus on the side ran the red at cedar and ninth while my kids were in the cross walk and missed them by a couple of feet the driver was on his phone the plate started with p as in paul x as in x-ray they're running shuttles for that circus all weekend and somebody needs to talk to them",
         at="2043-04-04 09:50", entities=[("local", "2043-04-03 16:30"), V(colour="white", type="bus", plate="PX"), P(count="2+"), P(count="1", sex="male")],
         places=[("intersection", "Cedar Street", "9th Street")], category="traffic", priority="low"),
    # "About twenty minutes ago" a car drifting over the yellow line on Route 9 by 11th (10th taken back), bumping the
    # curb and sitting through a green light, then turning onto Station Road: an impaired driver, traffic, medium
    # (twenty minutes is past the recency lift). The driver a person; "Silver Kia Forte" forte with its plate in the
    # NATO alphabet (PKL4027); "Route 9" River Road; "onto Station Road" a street alone.
    dict(written="About twenty minutes ago I was behind a car on Route 9 by 10th, no, by 11th, that kept drifting over the yellow line and back, bumped the curb two times and then sat through a whole green light. Silver Kia Forte, plate Papa Kilo Lima 4027. It turned onto Station Road. I think the driver's drunk or falling asleep, somebody should look for it.",
         spoken="about twenty minutes ago i was behind a car on route nine by tenth no by eleventh that kept drifting over the yellow line and back bumped the curb two times and then sat through a whole green light silver kia forte plate papa kilo lima four zero two seven it turned onto station road i think the driver's drunk or falling asleep somebody should look for it",
         at="2043-03-30 20:50", entities=[("ago", 20), V(colour="silver", make="kia", model="forte", plate="PKL4027"), P(count="1")],
         places=[("intersection", "River Road", "11th Street")], category="traffic", priority="medium"),
    # The creemee stand's first Saturday: a woman got out of her car at the top of the lot without putting it in park
    # and it rolled backward with nobody in it into the line at the window, knocking a man down and over his ankle;
    # sitting up, the ankle twisted and bleeding: an injury, high. The woman, the man and the kids (2+) persons; "her
    # car" car; "River Road by Hawthorn" the intersection.
    dict(written="Creemee stand on River Road by Hawthorn. A lady got out of her car at the top of the lot without putting it in park and it rolled backwards down the slope with nobody in it, right into the line at the window. It knocked a man down and went over his ankle. He's sitting up but his ankle's all twisted and bleeding. There were kids everywhere in that line.",
         spoken="yeah creemee stand on river road by hawthorne a lady got out of her car at the top of the lot without putting it in park and it rolled backwards down the slope with nobody in it right into the line at the window it knocked a man down and went over his ankle he's sitting up but his ankle's all twisted and bleeding there were kids every where in that line",
         at="2043-04-04 14:20", entities=[P(count="1", sex="female"), V(type="car"), P(count="1", sex="male"), P(count="2+")],
         places=[("intersection", "River Road", "Hawthorn Avenue")], category="traffic", priority="high"),

    # ---------------------------------------------------------------- drugs
    # Mall security the night before the launch: a man working along the overnight line's tents selling pills "to keep
    # them up all night" out of a sunglasses case, four hand-offs on camera, moving along the line "now": drugs raised
    # to medium. The man ("M 40s" 40-49, "heavy", "brown Carhartt beanie" -> "brown beanie") and the people in line (2+)
    # persons; "now" where he is now; "four times" no number of a place; outside the north doors of Northgate Mall
    # relative.
    dict(written="Northgate Mall security again. In the phone launch line outside the north doors there's a man working his way along the tents offering people something to keep them up all night, pills out of a sunglasses case. Our camera caught him handing over little baggies at least four times. M 40s, heavy, brown Carhartt beanie. He's working his way down toward the east end of the line now.",
         spoken="north gate mall security again in the phone launch line outside the north doors there's a man working his way along the tents offering people something to keep them up all night pills out of a sun glasses case our camera caught him handing over little baggies at least four times male forties heavy brown carhartt beanie he's working his way down toward the east end of the line now",
         at="2043-04-02 23:10", entities=[P(count="1", sex="male", age="40-49", build="heavy", clothing=["brown beanie"]), P(count="2+"), ("now",)],
         places=[("relative", ("landmark", "Northgate Mall"))], category="drugs", priority="medium"),
    # A web tip the Sunday: the caller's 15-year-old came home from the circus "yesterday" (a bare day, no time) with a
    # THC vape pen a circus worker behind the pony trailers sold him for $25: children lift low to medium, a day old
    # lowers it back to low (as holdout31's acid). The son (his stated age not annotated), the worker ("maybe 30" 27-33,
    # "tracksuit"; curly hair and a gold chain no clothing) and the kids (2+) persons; behind Northgate Mall relative.
    dict(written="Web tip: My 15-year-old came home from the circus behind Northgate Mall yesterday with a THC vape pen. He says one of the circus workers hangs out behind the pony trailers and sells them to kids for $25, and the guy had a whole gallon bag of them. Curly hair, maybe 30, gold chain, tracksuit.",
         spoken="web tip my fifteen year old came home from the circus behind north gate mall yesterday with a t h c vape pen he says one of the circus workers hangs out behind the pony trailers and sells them to kids for twenty five dollars and the guy had a whole gallon bag of them curly hair maybe thirty gold chain track suit",
         at="2043-04-05 10:15", entities=[P(count="1", sex="male"), P(count="1", sex="male", age="27-33", clothing=["tracksuit"]), P(count="2+")],
         places=[("relative", ("landmark", "Northgate Mall"))], category="drugs", priority="low"),
    # Parks and Rec after the snowmelt: the crew cleaning the boat launch found about thirty used needles and a burnt
    # spoon along the bank: a find, drugs, low. The crew (2+) and the somebody using the spot persons; "Now that the
    # snow's gone" narrates; "thirty" no number of a place; the boat launch is Riverside Park's.
    dict(written="Parks and Rec at Riverside Park. Now that the snow's gone our crew went down to clean up around the boat launch and they found about thirty used needles scattered along the bank by the ramp and a burnt spoon. We're picking them up with the grabbers but I want it on record that somebody's using that spot down there.",
         spoken="parks and rec at river side park now that the snow's gone our crew went down to clean up around the boat launch and they found about thirty used needles scattered along the bank by the ramp and a burnt spoon we're picking them up with the grabbers but i want it on record that somebody's using that spot down there",
         at="2043-03-30 10:10", entities=[P(count="2+"), P(count="1")],
         places=[("landmark", "Riverside Park")], category="drugs", priority="low"),
    # A teenager texting during the library's spring-break movie: a high school kid selling weed vapes to younger kids
    # in the downstairs bathroom "rn": drugs, medium (children and now; raises do not stack). The seller ("high school
    # kid" 13-19, "tall", "red beanie") and the kids (2+) persons; "rn" now; "20 bucks" no number of a place; the
    # bathroom is the library's.
    dict(written="theres a high school kid in the downstairs bathroom at the library selling weed vapes to the kids from the movie rn. hes charging like 20 bucks and the little kids are actually buying them. hes tall with a red beanie",
         spoken="there's a high school kid in the down stairs bath room at the library selling weed vapes to the kids from the movie right now he's charging like twenty bucks and the little kids are actually buying them he's tall with a red beanie",
         at="2043-03-31 13:30", entities=[P(count="1", sex="male", age="13-19", height="tall", clothing=["red beanie"]), P(count="2+"), ("now",)],
         places=[("landmark", "Oakford Public Library")], category="drugs", priority="medium"),
    # Non-native: every night after midnight the man upstairs cooks something that smells of rotten eggs and lighter
    # fluid, foil on his windows, a pot smoking on his back steps twice (a habit, the simple present): drugs, low. The
    # man and the wife persons; "after midnight" part of the habit, no time; "905 Birch" the address.
    dict(written="Hello, I live at 905 Birch, first floor. The man upstairs, every night after midnight he cook something in his kitchen that smell like rotten eggs and lighter fluid, it burn my eyes in the hallway. He put foil on all his windows and two times I see a big pot smoking on his back steps. My wife have headache every morning. I think he make drugs up there.",
         spoken="hello i live at nine oh five burch first floor the man up stairs every night after midnight he cook something in his kitchen that smell like rotten eggs and lighter fluid it burn my eyes in the hall way he put foil on all his windows and two times i see a big pot smoking on his back steps my wife have headache every morning i think he make drugs up there",
         at="2043-04-01 14:00", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 905, "Birch Street")], category="drugs", priority="low"),
    # The warm Sunday of spring break: a man in a gold Buick parked by the Lincoln Elementary playground "who's been
    # selling" out of his window all afternoon, people walking over from the benches, parents with little kids right
    # there: drugs, medium (a present progressive and children; raises do not stack). The man, the people (2+) and the
    # parents with little kids (2+) persons; "a gold Buick" buick; "all afternoon" a duration; by the playground is
    # Lincoln Elementary's.
    dict(written="There's a guy in a gold Buick parked by the Lincoln Elementary playground who's been selling out his window all afternoon. People walk over from the benches, hand him cash, he passes them something out of the glove box and they walk off. There's parents with little kids all over that playground with school out.",
         spoken="there's a guy in a gold buick parked by the lincon elementary play ground who's been selling out his window all afternoon people walk over from the benches hand him cash he passes them something out of the glove box and they walk off there's parents with little kids all over that play ground with school out",
         at="2043-04-05 16:20", entities=[P(count="1", sex="male"), V(colour="gold", make="buick"), P(count="2+"), P(count="2+")],
         places=[("landmark", "Lincoln Elementary School")], category="drugs", priority="medium"),

    # ---------------------------------------------------------------- vandalism
    # April Fools' Day: "sometime last night" (23:00 the day before) somebody got into the town's electronic sign put up
    # on River Road by Spruce for the street sweeping; it flashes ZOMBIES AHEAD and APRIL FOOLS: vandalism, low. The
    # somebody a person; the drivers who slow no persons of the tip.
    dict(written="Somebody hacked the electronic sign the town put up on River Road by Spruce for the street sweeping. Instead of the no parking times it's flashing ZOMBIES AHEAD and APRIL FOOLS over and over. Kind of funny, but drivers slow right down to read it in the slush. Must've been sometime last night.",
         spoken="somebody hacked the electronic sign the town put up on river road by spruse for the street sweeping instead of the no parking times it's flashing zombies ahead and april fools over and over kind of funny but drivers slow right down to read it in the slush must've been sometime last night",
         at="2043-04-01 07:00", entities=[P(count="1"), ("local", "2043-03-31 23:00")],
         places=[("intersection", "River Road", "Spruce Street")], category="vandalism", priority="low"),
    # Three teenagers up on the wall of Grace Church's sign board pulling off its plastic letters and spelling swear
    # words "right now": vandalism raised to medium (the ones doing the damage no children at risk). "Three teenagers"
    # (3, 13-19) and the one "in a green hoodie" (given the group's age) persons; "HE IS RISEN" the sign's words; "120
    # Church Street" Grace Church's address.
    dict(written="Three teenagers are up on the wall by the Grace Church sign at 120 Church Street right now pulling the plastic letters off. They already took down HE IS RISEN and they're spelling out swear words with what's left, and throwing the extra letters in the street. One of them's in a green hoodie.",
         spoken="three teenagers are up on the wall by the grace church sign at one twenty church street right now pulling the plastic letters off they already took down he is risen and they're spelling out swear words with what's left and throwing the extra letters in the street one of them's in a green hoodie",
         at="2043-04-03 21:15", entities=[P(count="3", age="13-19"), ("now",), P(count="1", age="13-19", clothing=["green hoodie"])],
         places=[("address", 120, "Church Street")], category="vandalism", priority="medium"),
    # Sweeping morning: the neighbour at 1023 Elm going car to car "right now" stabbing the tires of everybody who did
    # not move for the street sweeper with a screwdriver: vandalism raised to medium. The neighbour ("bathrobe") a
    # person; the owners away no persons; the screwdriver a tool on property, no weapon; the caller's car none.
    dict(written="My neighbor at 1023 Elm is out there right now going car to car down the block with a screwdriver, stabbing the tires of everybody who didn't move for the street sweeper. He already did mine and the two behind it, you can hear them hissing. He's in his bathrobe.",
         spoken="um my neighbor at ten twenty three elm is out there right now going car to car down the block with a screw driver stabbing the tires of every body who didn't move for the street sweeper he already did mine and the two behind it you can hear them hissing he's in his bath robe",
         at="2043-03-31 06:50", entities=[P(count="1", sex="male", clothing=["bathrobe"]), ("now",)],
         places=[("address", 1023, "Elm Street")], category="vandalism", priority="medium"),
    # The circus's last morning: "Sometime overnight" (02:00) somebody cut through the guy ropes along one side of the
    # big top, so that side of the tent has sagged down onto the seats, and tied a FREE THE ANIMALS banner to the ticket
    # wagon: vandalism, low. The somebody a person; the knife a tool on ropes, no weapon; "the 1 o'clock show" a
    # schedule; behind Northgate Mall relative.
    dict(written="Bellini circus again, behind Northgate Mall. Sometime overnight somebody went down one whole side of the big top with a knife and cut the guy ropes, so that side of the tent is sagging right down onto the seats. They tied a FREE THE ANIMALS banner on the ticket wagon too. We've got a 1 o'clock show.",
         spoken="bellini circus again behind north gate mall sometime over night somebody went down one whole side of the big top with a knife and cut the guy ropes so that side of the tent is sagging right down onto the seats they tied a free the animals banner on the ticket wagon too we've got a one o'clock show",
         at="2043-04-05 07:20", entities=[("local", "2043-04-05 02:00"), P(count="1")],
         places=[("relative", ("landmark", "Northgate Mall"))], category="vandalism", priority="low"),
    # A man beating the parking pay kiosk on Main at 10th with a golf club "right now", its screen smashed, yelling that
    # it ate his card: vandalism raised to medium. The man ("Big" heavy, "camo jacket") a person; the golf club a tool
    # on property, no weapon; "Main at 10th" the intersection.
    dict(written="Right now there's a man beating the parking pay kiosk on Main at 10th with a golf club. The screen's already smashed in and he's working on the coin slot, yelling that it ate his card. Big guy, camo jacket. People are crossing the street to get around him.",
         spoken="right now there's a man beating the parking pay kiosk on maine at tenth with a golf club the screen's already smashed in and he's working on the coin slot yelling that it ate his card big guy camo jacket people are crossing the street to get around him",
         at="2043-04-04 16:50", entities=[("now",), P(count="1", sex="male", build="heavy", clothing=["camo jacket"]), P(count="2+")],
         places=[("intersection", "Main Street", "10th Street")], category="vandalism", priority="medium"),
    # A web form the Monday: "over the weekend" (no time) somebody cut the cables of the two new cameras on the Lincoln
    # Elementary playground and spray painted the lenses: vandalism, low. The somebody and the principal persons; "this
    # morning" no time; the playground is Lincoln Elementary's.
    dict(written="Web form: Sometime over the weekend somebody cut the cables on the two new security cameras on the Lincoln Elementary playground and spray painted over the lenses. Our principal noticed it this morning on her walk-through. School's out for spring break so the playground's open to everyone this week.",
         spoken="web form sometime over the weekend somebody cut the cables on the two new security cameras on the lincon elementary playground and spray painted over the lenses our principal noticed it this morning on her walk through school's out for spring break so the playground's open to every one this week",
         at="2043-03-30 08:15", entities=[P(count="1"), P(count="1", sex="female")],
         places=[("landmark", "Lincoln Elementary School")], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # A scratch-ticket winner: after saying "$20,000" loudly at the QuickStop, a black GMC Yukon has followed her around
    # the block twice on Pine and is right behind her "now": raised to medium. Two men in it (2 male) persons; "a black
    # GMC Yukon" yukon with its plate (HRW4418); "twenty minutes ago" the win, not the event's time; "now" now; "Pine
    # between 6th and 7th" the block where they are.
    dict(written="I won $20,000 on a scratch ticket at the QuickStop twenty minutes ago and I said it kind of loud, and a black GMC Yukon with two men in it has been behind me ever since. I went around the block twice and it's right behind me now, we're on Pine between 6th and 7th. Plate H R W 4418. I don't want to go home.",
         spoken="uh hi i won twenty thousand dollars on a scratch ticket at the quick stop twenty minutes ago and i said it kind of loud and a black g m c yukon with two men in it has been behind me ever since i went around the block twice and it's right behind me now we're on pine between sixth and seventh plate h r w four four one eight i don't want to go home",
         at="2043-04-02 18:40", entities=[V(colour="black", make="gmc", model="yukon", plate="HRW4418"), P(count="2", sex="male"), ("now",)],
         places=[("block", 600, "Pine Street")], category="suspicious_vehicle", priority="medium"),
    # Dispatch: a dark green Toyota 4Runner has circled the Grand Cinema's rear lot four times since closing, slowing at
    # the employee exit each pass, while the staff count the night's cash, approx 2350 the last pass: raised to medium
    # (a said time within 15 minutes). "2 occupants" (2) and the staff (2+) persons; "a dark green Toyota 4Runner" green
    # 4runner (as "dark blue" is blue) with its plate spelled (KBD5509); the RP the caller; the rear lot is the Grand
    # Cinema's.
    dict(written="Susp veh, Grand Cinema rear lot. RP is the manager, states a dark green Toyota 4Runner has circled the rear lot four times since closing, slowing at the employee exit each pass, 2 occupants, last pass approx 2350. Staff inside counting the night's cash. Plate K B D 5509.",
         spoken="suspicious vehicle grand cinema rear lot r p is the manager states a dark green toyota four runner has circled the rear lot four times since closing slowing at the employee exit each pass two occupants last pass approximately twenty three fifty staff inside counting the night's cash plate k b d five five zero nine",
         at="2043-03-30 23:55", entities=[V(colour="green", make="toyota", model="4runner", plate="KBD5509"), P(count="2"), ("local", "2043-03-30 23:50"), P(count="2+")],
         places=[("landmark", "Grand Cinema")], category="suspicious_vehicle", priority="medium"),
    # The warm Saturday evening: a white stretch limo "keeps circling" Maple Square, slowing at the benches where
    # teenage girls sit while the men in the back call them over: a present progressive with no time said lifts low to
    # medium (girls at risk too; raises do not stack). "the guys in the back" (2+ male) and "the teenage girls" (2+
    # female, 13-19) persons; "a white stretch limo" a white vehicle with no type word of the kinds annotated; "five
    # times" no number of a place.
    dict(written="A white stretch limo keeps circling Maple Square, and every time it comes past the benches where the teenage girls hang out it slows right down and the guys in the back put the window down and call them over to get in. That's five times around now. No front plate.",
         spoken="a white stretch limo keeps circling maple square and every time it comes past the benches where the teenage girls hang out it slows right down and the guys in the back put the window down and call them over to get in that's five times around now no front plate",
         at="2043-04-04 19:40", entities=[V(colour="white"), P(count="2+", sex="male"), P(count="2+", sex="female", age="13-19")],
         places=[("landmark", "Maple Square")], category="suspicious_vehicle", priority="medium"),
    # The circus's night guard: every night this week around 2 a grey Hyundai Elantra with no front plate pulls in by
    # the animal pen, lights off, a man in it for twenty minutes, and leaves when the guard walks over (a habit, the
    # simple present): low. The man a person; "a grey Hyundai Elantra" elantra; "around 2" part of the habit, no time;
    # "twenty minutes" a duration; behind Northgate Mall relative.
    dict(written="I'm the night guard for the Bellini circus behind Northgate Mall. Every night this week around 2 a grey Hyundai Elantra with no front plate pulls in by our animal pen, shuts off its lights and sits there about twenty minutes with a man in it. When I walk over with my flashlight he drives off before I get there.",
         spoken="i'm the night guard for the bellini circus behind north gate mall every night this week around two a grey hyundai elantra with no front plate pulls in by our animal pen shuts off its lights and sits there about twenty minutes with a man in it when i walk over with my flash light he drives off before i get there",
         at="2043-04-04 08:30", entities=[V(colour="grey", make="hyundai", model="elantra"), P(count="1", sex="male")],
         places=[("relative", ("landmark", "Northgate Mall"))], category="suspicious_vehicle", priority="low"),
    # A web tip: "Yesterday afternoon" (14:00 the day before) a maroon minivan followed the mail carrier down Cedar
    # between 5th and 6th, stopping a few houses behind her, and a woman got out and looked through the mailboxes with
    # their flags up: low (hours old). The mail carrier and the woman persons; "a maroon minivan" maroon minivan with
    # its partial plate ("ends in 7 1" 71); the 500 block of Cedar.
    dict(written="Web tip: Yesterday afternoon a maroon minivan followed our mail carrier down Cedar between 5th and 6th, stopping three or four houses behind her every time. After she'd gone by, a woman got out and opened the mailboxes that had their flags up and went through what was inside. Massachusetts plate, ends in 7 1.",
         spoken="web tip yesterday afternoon a maroon mini van followed our mail carrier down cedar between fifth and sixth stopping three or four houses behind her every time after she'd gone by a woman got out and opened the mailboxes that had their flags up and went through what was inside massachusetts plate ends in seven one",
         at="2043-03-31 08:00", entities=[("local", "2043-03-30 14:00"), V(colour="maroon", type="minivan", plate="71"), P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("block", 500, "Cedar Street")], category="suspicious_vehicle", priority="low"),
    # A red Chevy Silverado with a plow still on it, no plates, two flat tires and a sweeping ticket, sitting eight days
    # at the dead end of 12th by Birch: an abandoned vehicle, low. "A red Chevy Silverado" silverado; "eight days" a
    # duration; "12th by Birch" the intersection.
    dict(written="A red Chevy Silverado with a plow still on the front has been left where 12th dead-ends by Birch for eight days now. No plates, two flat tires, and the street sweeping ticket on the windshield is already soaked. Nobody's come near it.",
         spoken="a red chevy silverado with a plow still on the front has been left where twelfth dead ends by burch for eight days now no plates two flat tires and the street sweeping ticket on the wind shield is already soaked nobody's come near it",
         at="2043-04-02 10:00", entities=[V(colour="red", make="chevrolet", model="silverado")],
         places=[("intersection", "12th Street", "Birch Street")], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # A 12-year-old texting from FreshMart: a man in a red car in the lot "just" told her that her mother had been in a
    # car accident and that he was to drive her to the hospital; she went back inside: child luring (high). The man a
    # person (the mother at work not annotated); "a red car" red car; "just" now; "the cart thing" the cart return, part
    # of the FreshMart lot.
    dict(written="a man in a red car in the freshmart parking lot just told me my mom was in a car accident and hes supposed to drive me to the hospital. i dont know him and my mom is at work and she didnt text me anything. i went back inside by the registers. hes still parked by the cart thing. im 12",
         spoken="a man in a red car in the fresh mart parking lot just told me my mom was in a car accident and he's supposed to drive me to the hospital i don't know him and my mom is at work and she didn't text me anything i went back inside by the registers he's still parked by the cart thing i'm twelve",
         at="2043-04-03 17:10", entities=[P(count="1", sex="male"), V(colour="red", type="car"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="suspicious_person", priority="high"),
    # A man walking the parking lot behind City Hall spraying something out of a bottle onto the driver's door handles
    # of parked cars "right now", not answering a woman who asked: raised to medium. The man ("Tall", "rubber gloves" ->
    # "gloves"; a grey beard no clothing) and the woman persons; the parked cars no vehicles; "like twenty" no number of
    # a place; behind City Hall relative.
    dict(written="There's a man walking the parking lot behind City Hall spraying something out of a little bottle onto the driver's door handles of the parked cars, right now. He's done like twenty of them. A woman asked him what it was and he just kept walking. Tall, grey beard, rubber gloves.",
         spoken="uh there's a man walking the parking lot behind city hall spraying something out of a little bottle onto the driver's door handles of the parked cars right now he's done like twenty of them a woman asked him what it was and he just kept walking tall grey beard rubber gloves",
         at="2043-04-05 12:40", entities=[P(count="1", sex="male", height="tall", clothing=["gloves"]), ("now",), P(count="1", sex="female")],
         places=[("relative", ("landmark", "City Hall"))], category="suspicious_person", priority="medium"),
    # The QuickStop's assistant manager on the draw day: a man by the lottery line "keeps offering" to check older
    # customers' tickets on a phone app and asks to hold them; out by the ice machine "right now": medium. The man
    # ("Thin", "navy Patriots hat" -> "blue hat", as holdout20's navy cap; a grey goatee no clothing), "older people"
    # (2+, 60-90) and the cashier persons; "right now" now.
    dict(written="QuickStop on River Road, assistant manager. There's a man hanging around the lottery line who keeps offering to check older people's tickets on some app on his phone, and he asks to hold the tickets while it loads. My cashier got a bad feeling about it and came and got me. He's out by the ice machine right now. Thin, grey goatee, navy Patriots hat.",
         spoken="quick stop on river road assistant manager there's a man hanging around the lottery line who keeps offering to check older people's tickets on some app on his phone and he asks to hold the tickets while it loads my cashier got a bad feeling about it and came and got me he's out by the ice machine right now thin grey goatee navy patriots hat",
         at="2043-04-04 18:30", entities=[P(count="1", sex="male", build="thin", clothing=["blue hat"]), P(count="2+", age="60-90"), P(count="1"), ("now",)],
         places=[("landmark", "QuickStop Gas")], category="suspicious_person", priority="medium"),
    # "It's 3:45 in the morning" (03:45, said during the event): a man with a headlamp crawling under the cars parked
    # along Spruce between 9th and 10th one after another, under a van "right now": raised to medium. The man a person;
    # "It's 3:45" and "right now" both labelled (as holdout31's "It's quarter past one ... Now"); the parked cars and
    # the van no vehicles; "a minute or two" a duration; the 900 block of Spruce.
    dict(written="It's 3:45 in the morning and there's a man with a headlamp crawling under the cars parked along Spruce between 9th and 10th, one after the other. He stays under each one a minute or two and then slides out and goes to the next. He's under the blue van in front of 941 right now.",
         spoken="um it's three forty five in the morning and there's a man with a head lamp crawling under the cars parked along spruse between ninth and tenth one after the other he stays under each one a minute or two and then slides out and goes to the next he's under the blue van in front of nine forty one right now",
         at="2043-04-02 03:47", entities=[("local", "2043-04-02 03:45"), P(count="1", sex="male"), ("now",)],
         places=[("block", 900, "Spruce Street")], category="suspicious_person", priority="medium"),
    # Rosie's Bakery: "Yesterday afternoon" (14:00 the day before) a man at the back door asked for the owner by name
    # and what time the day's money goes to the bank, and walked off when the baker asked who he was: low (hours old).
    # The man ("Heavyset" heavy, "tan Carhartt jacket" -> "tan jacket") and the baker persons; "toward Main" a street
    # alone; the back door is Rosie's Bakery's.
    dict(written="Rosie's Bakery. Yesterday afternoon a man came to our back door asking for me by name and asking what time we take the day's money to the bank. When my baker asked who he was he said just a friend and walked off toward Main. Heavyset, tan Carhartt jacket. I didn't sleep last night.",
         spoken="rosies bakery yesterday afternoon a man came to our back door asking for me by name and asking what time we take the day's money to the bank when my baker asked who he was he said just a friend and walked off toward maine heavy set tan carhartt jacket i didn't sleep last night",
         at="2043-04-03 08:30", entities=[("local", "2043-04-02 14:00"), P(count="1", sex="male", build="heavy", clothing=["tan jacket"]), P(count="1")],
         places=[("landmark", "Rosie's Bakery")], category="suspicious_person", priority="low"),
    # The Corner Cafe's owner: every afternoon this week a man in a suit sits by the window and writes down the plates
    # of the cars in the bank drive-through across the street (a habit, the simple present): low. The man ("suit") a
    # person; "every afternoon this week" a habit.
    dict(written="I own the Corner Cafe. Every afternoon this week a man in a grey suit comes in around 2, orders one coffee, sits by the front window and writes down the plates of the cars going through the bank drive-through across the street. He leaves right when the bank closes. He's never said a word to anybody.",
         spoken="i own the corner cafe every afternoon this week a man in a grey suit comes in around two orders one coffee sits by the front window and writes down the plates of the cars going through the bank drive through across the street he leaves right when the bank closes he's never said a word to anybody",
         at="2043-04-03 14:10", entities=[P(count="1", sex="male", clothing=["grey suit"])],
         places=[("landmark", "Corner Cafe")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- disturbance
    # The circus's Sunday: a woman with a bullhorn following families from the circus to their cars, screaming that they
    # are animal abusers and pushing her phone into the children's faces: a present progressive with no time said lifts
    # low to medium (children too; raises do not stack). The woman ("pink knit hat" -> "pink hat"), the families (2+),
    # the kids (2+) and "the group holding signs" (2+) persons; the bullhorn no weapon; the circus lot is Northgate
    # Mall's.
    dict(written="There's a woman with a bullhorn in the circus lot at Northgate Mall following families back to their cars, screaming that they're animal abusers, and she's sticking her phone right in the kids' faces to film them crying. She's on her own, not with the group holding signs by the road. Pink knit hat.",
         spoken="there's a woman with a bull horn in the circus lot at north gate mall following families back to their cars screaming that they're animal abusers and she's sticking her phone right in the kids faces to film them crying she's on her own not with the group holding signs by the road pink knit hat",
         at="2043-04-05 11:10", entities=[P(count="1", sex="female", clothing=["pink hat"]), P(count="2+"), P(count="2+"), P(count="2+")],
         places=[("landmark", "Northgate Mall")], category="disturbance", priority="medium"),
    # After the Final Four semifinal: a drunk fan in the middle of Main and 7th "directing traffic" with an orange cone,
    # waving cars through the red and screaming at drivers who will not follow him: a present progressive with no time
    # said lifts low to medium. The fan ("blue face paint" no clothing; "Shirtless") a person; the cars passing no
    # vehicles; "Main and 7th" the intersection.
    dict(written="There's a drunk guy standing in the middle of Main and 7th with an orange traffic cone on his head, directing traffic. He's waving cars through the red light and screaming at anybody who won't go. Shirtless, blue face paint, must be from the game. Somebody's going to run him over.",
         spoken="yeah there's a drunk guy standing in the middle of maine and seventh with an orange traffic cone on his head directing traffic he's waving cars through the red light and screaming at anybody who won't go shirtless blue face paint must be from the game somebody's going to run him over",
         at="2043-04-04 23:50", entities=[P(count="1", sex="male")],
         places=[("intersection", "Main Street", "7th Street")], category="disturbance", priority="medium"),
    # A 78-year-old across the landing: her neighbour's ex, out of jail last week, has been pounding on the neighbour's
    # door for ten minutes yelling that he will "finish what he started", the neighbour inside with her baby: a woman in
    # danger (high). The ex, the neighbour and the baby persons; "last week", "ten minutes" no times; "714 Maple" the
    # address.
    dict(written="I'm 78, I live across the landing at 714 Maple. My neighbor's ex got out of jail last week and he's been pounding on her door for ten minutes yelling that he's going to finish what he started. She's in there with her baby, she slid a note under my door that says call 911. I'm afraid to open my door.",
         spoken="i'm seventy eight i live across the landing at seven fourteen maple my neighbor's ex got out of jail last week and he's been pounding on her door for ten minutes yelling that he's going to finish what he started she's in there with her baby she slid a note under my door that says call nine one one i'm afraid to open my door",
         at="2043-03-31 01:20", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="1")],
         places=[("address", 714, "Maple Avenue")], category="disturbance", priority="high"),
    # Every morning this week the sweeper truck beeps back and forth on Spruce between 1st and 2nd "at 4 in the morning"
    # for half an hour, with a newborn in the house (a habit): disturbance, low. "the sweeper truck" truck; the newborn
    # a person; "at 4" and "at 7" schedules; "half an hour" a duration; the 100 block of Spruce.
    dict(written="Why does the sweeper truck have to do Spruce between 1st and 2nd at 4 in the morning? Every day this week it's gone back and forth under our windows beeping for half an hour at 4 am. I have a newborn who finally sleeps and it wakes her right up. Can't they start at 7 like a normal crew?",
         spoken="why does the sweeper truck have to do spruse between first and second at four in the morning every day this week it's gone back and forth under our windows beeping for half an hour at four a m i have a newborn who finally sleeps and it wakes her right up can't they start at seven like a normal crew",
         at="2043-04-03 07:30", entities=[V(type="truck"), P(count="1", sex="female")],
         places=[("block", 100, "Spruce Street")], category="disturbance", priority="low"),
    # A web form the Sunday: "Yesterday from noon until after 9" (a span, over) motorcycles lined both shoulders by the
    # creemee stand on River Road by Hawthorn, guys revving and doing wheelies: disturbance, low. The guys (2+) and the
    # kids (named through a possessive, 2+) persons; the motorcycles many, no one vehicle described.
    dict(written="Web form: Yesterday from noon until after 9 the creemee stand on River Road by Hawthorn had motorcycles lined up on both shoulders and guys revving them and popping wheelies up and down the road the whole time. My kids couldn't play out in our yard. Is there a noise ordinance for this or do we just live with it all summer?",
         spoken="web form yesterday from noon until after nine the creemee stand on river road by hawthorne had motorcycles lined up on both shoulders and guys revving them and popping wheelies up and down the road the whole time my kids couldn't play out in our yard is there a noise ordinance for this or do we just live with it all summer",
         at="2043-04-05 09:00", entities=[P(count="2+"), P(count="2+")],
         places=[("intersection", "River Road", "Hawthorn Avenue")], category="disturbance", priority="low"),
    # The Powerball night, "It's 11:25 at night" (23:25, said during the event): the people upstairs at 1027 Oak
    # screaming, jumping and banging since the numbers came out, and "Now they're throwing" beer cans off the porch:
    # raised to medium. "the people upstairs" (2+) persons; "It's 11:25" and "Now" (a person of the event) both
    # labelled, as holdout31's "It's quarter past one ... Now he's got an air horn"; "at 6" a schedule.
    dict(written="It's 11:25 at night and the people upstairs at 1027 Oak have been screaming and jumping and banging on the floor ever since the Powerball numbers came out, they think they won. Now they're throwing beer cans off the porch into the street. I have to be at work at 6.",
         spoken="it's eleven twenty five at night and the people up stairs at ten twenty seven oak have been screaming and jumping and banging on the floor ever since the power ball numbers came out they think they won now they're throwing beer cans off the porch into the street i have to be at work at six",
         at="2043-04-04 23:27", entities=[("local", "2043-04-04 23:25"), P(count="2+"), ("now",)],
         places=[("address", 1027, "Oak Street")], category="disturbance", priority="medium"),

    # ---------------------------------------------------------------- other
    # Spring break and the snowmelt: two boys crawled into the big culvert where the brook runs under Kingsley by 2nd;
    # one came out, the other is stuck against the grate inside with the water up to his chest and rising: a rescue
    # (other, critical). The boy stuck and his friend persons (their stated ages not annotated); "Kingsley by 2nd" the
    # intersection.
    dict(written="Please hurry, my son's friend is stuck in the big culvert where the brook goes under Kingsley by 2nd. The two of them crawled in there on their spring break and the water came up. My son got out but his friend's caught against the grate inside and the water's up to his chest and still rising. They're 12.",
         spoken="please hurry my son's friend is stuck in the big culvert where the brook goes under kingsley by second the two of them crawled in there on their spring break and the water came up my son got out but his friend's caught against the grate inside and the water's up to his chest and still rising they're twelve",
         at="2043-04-03 10:40", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("intersection", "Kingsley Avenue", "2nd Street")], category="other", priority="critical"),
    # A daughter: her father with dementia walked out of the house, and the Central Station ticket agent says an old man
    # like him got on the 2:10 to Boston alone "about forty minutes ago": a missing vulnerable person (other, high). The
    # father ("an old man" 60-90, a descriptive age word, as holdout2's elderly father; "He's 84" not annotated; "brown
    # cardigan", "slippers") and the ticket agent persons; "the 2:10" a train named by its time, no time; the station
    # where he was last seen the place.
    dict(written="My dad has dementia and he walked out of the house while I was in the shower. The ticket agent at Central Station says an old man in a brown cardigan and slippers got on the 2:10 to Boston by himself about forty minutes ago, and that's him. He's 84, he doesn't have his phone or his pills. Can somebody stop the train?",
         spoken="hi my dad has dementia and he walked out of the house while i was in the shower the ticket agent at central station says an old man in a brown cardigan and slippers got on the two ten to boston by himself about forty minutes ago and that's him he's eighty four he doesn't have his phone or his pills can somebody stop the train",
         at="2043-04-03 14:50", entities=[P(count="1", sex="male", age="60-90", clothing=["brown cardigan", "slippers"]), P(count="1"), ("ago", 40)],
         places=[("landmark", "Central Station")], category="other", priority="high"),
    # An 8-year-old who walked to the spring-break movie and was to walk straight home is more than an hour late: a
    # missing child (other, high). The son ("green dinosaur raincoat" -> "green raincoat", "red backpack"; his stated
    # age not annotated) a person; "more than an hour" a duration; "615 5th Street" the address.
    dict(written="My son is 8 and he walked to the spring break movie by himself, the first time I ever let him. He was supposed to walk straight home when it let out and he's more than an hour late. He's not answering his watch. Green dinosaur raincoat and a red backpack. We're at 615 5th Street.",
         spoken="my son is eight and he walked to the spring break movie by himself the first time i ever let him he was supposed to walk straight home when it let out and he's more than an hour late he's not answering his watch green dinosaur rain coat and a red back pack we're at six fifteen fifth street",
         at="2043-03-31 16:50", entities=[P(count="1", sex="male", clothing=["green raincoat", "red backpack"])],
         places=[("address", 615, "5th Street")], category="other", priority="high"),
    # A camel loose down the middle of Mill Road by Maple at dawn, cars stopping and going around it, one nearly hitting
    # it "just now": an animal loose in traffic, a hazard over people (other, medium, as holdout19's moose; "other" is
    # not lifted for being recent). "just now" now; no persons (passing drivers) and no vehicles (passing cars); "that
    # circus at the mall" names no place; "toward Pine" a street alone; "Mill Road by Maple" the intersection.
    dict(written="There's a camel walking down the middle of Mill Road by Maple. A real camel. Cars are stopping and swerving around it in the dark and one almost hit it just now. I think it got out from that circus at the mall. It's heading toward Pine.",
         spoken="um there's a camel walking down the middle of mill road by maple a real camel cars are stopping and swerving around it in the dark and one almost hit it just now i think it got out from that circus at the mall it's heading toward pine",
         at="2043-04-03 05:50", entities=[("now",)],
         places=[("intersection", "Old Mill Road", "Maple Avenue")], category="other", priority="medium"),
    # The April Fools' Day snow: the weight of wet snow tore the Corner Cafe's metal awning half off, its frame hanging
    # over the sidewalk at head height, people ducking under it: a hazard over people (other, medium). The people (2+)
    # persons; the sidewalk is the Corner Cafe's front.
    dict(written="The wet snow pulled the Corner Cafe's big metal awning half off the building. One end of the frame is hanging down over the sidewalk about head high and it creaks every time the wind blows, and people keep ducking under it to get in for coffee. Nobody from the cafe seems to care.",
         spoken="um the wet snow pulled the corner cafe's big metal awning half off the building one end of the frame is hanging down over the side walk about head high and it creaks every time the wind blows and people keep ducking under it to get in for coffee nobody from the cafe seems to care",
         at="2043-04-01 11:00", entities=[P(count="2+")],
         places=[("landmark", "Corner Cafe")], category="other", priority="medium"),
    # A question the day before the rabies clinic: whether cats can come too and whether old certificates are needed:
    # other, low. No persons; "tomorrow" no time; the fire station the clinic's place.
    dict(written="Hi, I didn't know who else to ask. Is the rabies clinic at the fire station tomorrow only for dogs, or can I bring my two cats along? And do I need to bring their old certificates from our last town? We just moved here.",
         spoken="hi i didn't know who else to ask is the rabies clinic at the fire station tomorrow only for dogs or can i bring my two cats along and do i need to bring their old certificates from our last town we just moved here",
         at="2043-04-03 16:00", entities=[],
         places=[("landmark", "Fire Station Number 2")], category="other", priority="low"),
    # An elderly caller: a man phoned "this morning" saying she won second prize in the Powerball and must buy $900 of
    # gift cards for the taxes; she never bought a ticket and he has called back four times: a fraud (other, low). The
    # man and the grandson persons; "four times", "$900", "a million dollars" no numbers of a place; "427" said after
    # Hawthorn, the address.
    dict(written="A man called me this morning and said I won second prize in the Powerball, a million dollars, but I have to buy $900 in gift cards at the pharmacy to pay the taxes first. I never even bought a ticket! He's called back four times since. My grandson says it's one of those scams. Should somebody know about this? I'm on Hawthorn, number 427.",
         spoken="a man called me this morning and said i won second prize in the power ball a million dollars but i have to buy nine hundred dollars in gift cards at the pharmacy to pay the taxes first i never even bought a ticket he's called back four times since my grandson says it's one of those scams should somebody know about this i'm on hawthorne number four twenty seven",
         at="2043-04-02 13:30", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("address", 427, "Hawthorn Avenue")], category="other", priority="low"),
]

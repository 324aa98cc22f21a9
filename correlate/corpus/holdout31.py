"""A thirty-second hand-written set (90 tips), holdout31, a blind set written after holdout30, written blind: its author
read only the corpus README (its conventions; its table also carries the earlier sets' published scores, read there and
nowhere else, none of them about this set), config/demo/README.md, town.py and make_corpus.py in full (the record
format, the geometry and place truth helpers and hand_place, the priority helper `adjust` and `still_happening`, the
base priorities, hand_records and how main() serialises its files), the docstrings of holdout29.py and holdout30.py in
full and every tip of holdout30.py (for the label conventions and the comment style, and the convention that an event
said to have "just" happened is labelled now), the opening of hand.py (its docstring, P, V and W and its first tips),
and the "set in" / "It is set in" phrases of the docstrings of every holdout and train set (to pick an unused week). The
written text and labels of every earlier tip in hand.py, holdouts 1-30 and train1-6 (3,714 tips) were gathered into one
list by importing the modules, counted by label value (the months and years of their "at" times, person counts, ages,
heights, builds and clothing words, vehicle types, makes, models and colours, weapon types, how navy, "dark" colours,
polos, Red Sox caps, tank tops, box cutters, revolvers, juveniles, "like N" and "maybe N", couples, trailers, Teslas and
buses are labelled) and searched by keyword before and after each situation was drafted (balloons, meteors, telescopes,
blankets, tree crews, chippers, bucket trucks, linemen, harnesses, football and field hockey practice, heat stroke,
hazing, locker rooms, bleachers, yellow jackets and nests, lightning, storms, power cuts, downed wires, dark signals,
generators, welfare checks, chalk, cornhole, hops, lawn parking, porta-potties, lemonade stands, ice cream trucks, snack
bars, tip buckets, puppies, ATMs, bike racks, dentists, laundromats, laundry rooms, hallways, stairwells, swords,
hammers, box cutters, lasers, streetlights, U-Hauls, loading docks, ambulances, stolen trailers, trampolines, skunks,
dog bites, wrong-way drivers, logs in the road, collectors, deposits, fake utility workers and the like). The module
make_corpus.py was imported too, to resolve every place label through hand_records and to run `still_happening` over the
drafts (its main() never run). It never opened the extractor's source, its tests, examples or benches, nor the gateway,
telephony, ASR, vision, ONNX or fuzz code, the tests, scripts or .ci directories, nor the repository README, nor any
.jsonl file but its own output (a listing of correlate/corpus showed their names, nothing more), nor ran git, cargo, the
extractor, `tipline` or any evaluation, nor saw any score or miss list of this set; its scratch scripts lived outside
the repository. Python was run with PYTHONDONTWRITEBYTECODE=1. It is meant as an honest estimate for phrasing the
extractor has never seen.

It is set in Monday 12 to Sunday 18 August 2041, mid-August, a stretch no set has used as its week (holdout24 is the
first week of August 2033, holdout15 the week before Labor Day 2027, holdout28 19-25 July 2038; train4-6 spread a few
tips over every month of 2028, 2030 and 2035; no set is in 2041), the dog days: a hot, humid spell from the Monday to
the Thursday (a heat index of 101 on the Tuesday, attic fans, windows cracked in parked cars); the Perseid meteor
shower's peak on the Monday night into the Tuesday (people on blankets on the Oakford High football field and in the
field by the river, cars pulled off along River Road between Willow and 11th, floodlights asked off); the Valley Line
Clearance crew trimming trees off the power lines all week for the power company (climbers, bucket trucks, a chip truck,
on Cedar from the Monday and on Birch by the Wednesday); football two-a-days and field hockey starting at Oakford High
on the Tuesday; back-to-school shopping at Northgate Mall; Meet the Teacher at Lincoln Elementary on the Thursday
afternoon (teachers already setting up their rooms); a severe thunderstorm at about 6:30 on the Thursday evening, with
limbs on the wires, lightning, dark signals at Kingsley and 5th and Main and 9th and the power out in Northgate and
Downtown into the Friday afternoon; the Oakford Balloon Festival in Riverside Park from the Friday to the Sunday (dawn
launches from the launch field, a Friday evening balloon glow with food tents and a funnel cake trailer, tethered rides,
a lost kids tent, a Saturday evening flight, crews and chase trucks, River Road homeowners selling lawn parking); on the
Saturday a Back to School Bash at City Hall (free haircuts), a sidewalk chalk festival in Maple Square, and the Old Mill
Brewery's fresh hop release with a cornhole tournament; rail replacement buses at Central Station for the weekend's
track work; and the Community Pool's closing day on the Sunday (a cannonball contest, the snack bar's last cash drawer).

New situations: a lawn-parking homeowner pointing a revolver at a driver on River Road, a player cut last fall sitting
with a rifle across his knees at the first two-a-day, a teenager showing a handgun in his waistband at the balloon glow,
a box cutter waved over the free-haircut list at the Back to School Bash, a knife stabbed into a laundromat dryer with a
threat to its owner (non-native), a young neighbour pointing a rifle at an 83-year-old "as a joke" on her stairs, a
homeowner with a machete at the foot of a tree crew climber's rope (a web tip the next morning); a limb burning on the
wires in the storm, a balloon envelope catching fire during inflation, smoke from the attic vent of a house whose owners
are away, a brewery's grain room on an alarm company's board, an e-bike battery fire with an old woman on oxygen behind
it, a lightning strike's attic smoulder told for insurance, a yellow jacket nest burned with gasoline; a lineman with
heat stroke at two-a-days, a man stung dozens of times mowing over a nest, a boy who slid off his roof watching the
meteors, a balloon passenger's broken ankle in a hard landing, a boy's foot cut on glass in the pool, a tree climber hit
by a limb, a dog bite gone bad the next morning; a knife robbery of two couples on blankets at the meteor watch
(dispatch), a fiddler's tip bucket taken at the chalk festival, an empanada vendor's money apron pulled at the balloon
glow (non-native), a puppy buyer's car dragging the seller, a beating and a bike taken outside the library (a web form),
a handgun at the pool's snack bar window, a phone snatched at a bus stop (a 15-year-old's text); hazing in the football
locker room, teenagers stomping a homeless man under the bleachers, a cornhole board slammed into a face, a shuttle bus
driver struck (dispatch), a 12-year-old's sister held by the neck, a punch over a goal in pickup soccer (non-native, the
next day), a volunteer directing traffic at a dark signal punched; a house entered through its slider while the alarm
had no power, a flashlight in a house whose family is at the glow, Lincoln Elementary's office on an alarm company's
board, a widower's shed (with a corrected house number), a family's rent money taken while they were at the festival
(non-native), a teenager locked in the bathroom with someone in the basement; chainsaws taken off the tree crew's truck
(a NATO plate), phones off pool chairs during the cannonball contest, a balloon crew's trailer driven off, aluminum
bleacher boards unbolted into an F-150, a school Chromebook from a car (a date), used cooking oil pumped out every week
(non-native), calculators and earbuds concealed by two juveniles (mall security); a three-vehicle chain of rear-end
crashes under the dawn launch, a T-bone at a dark signal, a car ploughing into the meteor watchers' cars, a log in the
road off a tree truck, a mirror clipping a cyclist (a partial plate, the next day), a cyclist hit in a crosswalk
(non-native); a tethered-ride operator smoking joints between rides full of kids, pills and cash under a grandmother's
car seat, hand-to-hand dealing at the replacement bus stop (dispatch), crack on a phone store's back steps every night
(non-native), pills sold to seventh graders in the pool's changing room (a boy's text), acid sold blanket to blanket at
the meteor watch (a web tip); a balloon envelope slashed, teenagers smashing car windows in the blackout, donuts on the
football field, motor oil over the chalk art, street trees yanked out by a shopkeeper, lug nuts backed off on the chip
truck; an SUV crawling past the meteor watchers' empty cars, a man sleeping in a pickup in the school staff lot, a
pickup and trailer at a hardware store's back door at 1:50, a man in an SUV filming field hockey players, an old
ambulance with its markings painted over behind a bakery (non-native), a wrecked car left since the storm; a man asking
the lost kids tent which children it has, a man luring children with free ride tickets at the glow, a man photographing
a house with a flash at 2:50, a fake town assessor measuring doors, a man asking teenage girls to photograph their feet,
a fake water company tester (non-native); a man with an air horn against the meteor watchers, a father screaming at a
teacher at Meet the Teacher, a horn blasting outside an ex's house, a man pounding on a young woman's car window at a
light (non-native), the festival's loudspeaker at dawn (a web form), crowds from the brewery's release (a web form); a
balloon's basket hanging on the power lines with four people in it, an 88-year-old with a heart condition unreachable
without power in the heat, a 5-year-old lost at the glow, a question about the park after dark, a skunk with a yogurt
cup on its head and fake balloon ride tickets bought online.

Registers: calm, frightened and angry callers; the elderly ("Oh dear, I hate to bother you with this. I'm 83", "I'm 79",
a widower who corrects his own house number: "I've lived here forty years and I still do that"), a daughter-in-law, a
niece out of town and neighbours calling for families away; children and teenagers typing in lower case without
apostrophes ("rn", "im 15", "im 12", "im 14", "theres", "hes", "cant", "sisters", "friends phone", "like 20 min ago");
non-native ("A man say the dryer eat his quarters", "he push me down on the generator and my arm is burn", "He has maybe
40 years", "Somebody take my mother's gold", "Every week somebody come at night", "smoke the drug from a glass pipe",
"one old ambulance, white, with the words painted over, park", "they don't send nobody", "he scream that she must come
out", "What I must do?"); second-hand (a mother for a hazed son and for a bitten boy, a niece for an aunt, a neighbour
for a family away, a girl's parent for a daughter shown a gun, a teacher for a man in the staff lot); web tips and forms
("Web tip:", "Web form:"); workplace callers (a tree crew supervisor, foreman and crew, a football coach, an athletic
trainer, an athletic director, a field hockey coach, a head lifeguard, a pool manager, a balloon pilot twice, a festival
volunteer, the Bash's haircut organiser, a laundromat owner, a restaurant owner, a phone store owner, a bakery owner,
the Downtown Association, Lincoln Elementary's front office and a teacher, mall security twice, two alarm companies) and
dispatch and alarm shorthand ("approx 0140", "2 M subjs", "WB", "Susp 1", "M 60s", "lac", "R eye", "EB", "W/M 40s", "RP
states", "W/M 30s", "Susp veh", "2 juv F", "#1", "#2", "0340 hrs", "0221 hrs", "FD"). Spoken forms, written by hand,
lower case with no punctuation, add fillers ("um", "uh", "oh my god", "hi um", "yeah"), split words ("tail gate", "pick
up", "hand gun", "waist band", "sweat shirt", "hair cut", "under neath", "life guard", "ground man", "chain saws",
"drive way", "bed room", "base ment", "up stairs", "bath room", "flash light", "back pack", "cannon ball", "mini van",
"air bag", "air bags", "cross walk", "head lights", "down hill", "loud speaker", "count downs", "sun glasses", "hall
way", "head lock", "farm house", "eye lids", "hay field", "corn hole", "e bike", "flat bed", "ear buds", "chrome book",
"walk around", "non stop", "flood light"), spelled shorthand ("r p", "f d", "t v", "c r v", "s u v", "f one fifty"),
mishearings (maine, wall nut, ceder, burch, chesnut, willo, spruse, hawthorne, kingsly, lincon, river side, north gate)
and plates in the NATO alphabet ("kilo victor romeo seven seven two one"), letter by letter ("t r two two seven one
four") and partial ("l t", "seven k", "four j"). Numbers that are not addresses: "ten bucks", "$10", "$20", "$560",
"$30,000", "sixty thousand dollars", "sixty players", "40 feet", "forty feet", "15 feet", "fifty yards", "three feet",
"six inches", "the 20 to the 20", "101", "94", "6 by 12", "approx 6", "3 boxes", "two tons", "four people", "three
passes", "three times", "forty years", "two weeks", "three days", "40 minutes", "ten minutes", "7th grade", and ages of
callers, victims, children and relatives ("I'm 83", "he's 17", "I'm 79", "im 15", "im 12", "im 14", "my 8-year-old",
"about 8", "He's 5", "My aunt's 88", "My girls are 14 to 17", none annotated; "maybe 19", "maybe 16", "maybe 25", "maybe
30", "maybe 50", "like 20" and "maybe 40 years", suspects' estimated ages, are).

Same format and conventions as hand.py and holdouts 4-30 (to be written to extraction_holdout31.jsonl with ids "am01" to
"am90" by hand_records(HOLDOUT31, "am"), one JSON object per line serialised as main() does, `json.dumps(record,
ensure_ascii=False)`; make_corpus.py itself was not edited, so its main() does not write this file until the set is
registered there), with the choices holdouts 26-30 list: every person other than the caller annotated once, also one
named through a possessive; a described member of a group a separate person only with their own attributes (the group
kept too; the member given the group's sex and age); people away, absent or dead not annotated; partial plates as said;
"last night" 23:00 the day before, "overnight" 02:00, "yesterday afternoon" 14:00 the day before, a clock time after
midnight the same date; habits, durations, weekdays, dates without the event, schedule and future times, spans and times
when all was still well are not times; "maybe N" / "like N" years N-3..N+3, teens and teenagers 13-19, old and older
60-90, young 18-29; victims', relatives', children's and callers' stated or estimated ages not annotated, a descriptive
age word or a shorthand decade for a victim is; a vehicle's type only when a type word is in its description and not
when a model describes it; base priorities weapon, fire, medical, robbery, assault high, burglary, theft, traffic
medium, the rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon seen, low to medium
for children at risk, one step (not above high) for an event still happening (a said time within 15 minutes, or with no
time said a present progressive for a low call, as `still_happening` defines it), one step lower when more than six
hours old (weapons and robberies included); raises do not stack; child luring, a girl or woman in danger and a missing
vulnerable person high; "other" is not lifted for being recent or for children; an event said to have "just" happened is
now, not where "just" means "only" ("just watching us", "I just want advice", "I just walked home"), where the telling
or the finding is what was just, or where the tip times it otherwise ("Armed robbery just occurred ... approx 0140": the
clock time only). As in holdout30, every tip labelled now from a "just" is already high or critical for another reason
or also says "right now" or "now" of a person of the event, so its priority is the same whichever reading of the recency
lift is taken.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. In use (critical): "a revolver" pointed at a driver's face (handgun), "a box cutter" waved at
  barbers and parents (knife, as every earlier box cutter), "a rifle" pointed at an old woman "as a joke" (a weapon
  pointed at a person is in use whatever is said with it), and the two armed robberies ("a knife" displayed to two
  couples approx 0140, "a handgun" shown in a waistband at the snack bar two minutes before). Seen (high): "a rifle"
  across a young man's knees by a practice, "a handgun" shown in a teenager's waistband with a threat, and "a knife, a
  big one" stabbed into a dryer door and then held with a threat to its owner (used on a machine, not on a person;
  seen). "a machete" held at the foot of a tree with a threat to cut a climber's rope the afternoon before: seen,
  lowered to medium. Not weapons: a knife slashing a balloon envelope (a tool on property), a cornhole board slammed
  into a face (a thing used on a person, as holdout27's belt), rocks through car windows, a drill, an air horn, a camera
  flash, a selfie stick, a bottle thrown into a pool.
- Categories and priorities: fire critical only where someone cannot get out (an old woman on oxygen behind an e-bike
  fire); high for fires burning with everyone out (a limb on the wires, a balloon envelope, an attic vent, the brewery's
  grain room on an alarm seven minutes old, a yellow jacket nest lit with gasoline); an attic smoulder put out the
  evening before medium. Medical critical for heat stroke with a mind gone wrong, a throat closing after stings, a boy
  whose legs are numb after a fall; high for a broken ankle, a cut foot and a broken arm with a cracked helmet (talking
  normally); a dog bite the evening before medium. Robbery critical for the two armed robberies; high for snatches with
  force and injuries (a fiddler, a vendor, a seller dragged by a car, a teenager tripped); a beating and a bike taken
  the night before medium. Assault critical for a man stomped in the head and silent and a girl held by the neck; high
  for injuries (hazing welts, a flattened nose, a bus driver's cut eye, a volunteer's bleeding mouth); a punch at soccer
  the evening before medium. Burglaries "right now" / "rn" and an alarm five minutes old high; "sometime overnight"
  under six hours before and a span while a family was out medium; "Last night" told ten hours on low. Thefts "right
  now" / "exiting now" high; "like 20 min ago" and "about half an hour ago" medium; a date the day before and a weekly
  habit low. Traffic critical for a man thrown into the road and unresponsive; high for injuries (a girl's neck, an
  older woman's face and chest, a cyclist's knee "this morning"); a log in the road with no time medium; a clipped
  mirror with nobody hurt the evening before low. Drugs: children with a present progressive ("keeps ducking") or now
  (pills to seventh graders "rn") and a said time five minutes before (dispatch) medium; a find, a nightly habit, and
  acid sold to high school kids ten and a half hours before (children lift it to medium, the hours lower it back) low.
  Vandalism: "right now" medium (teenagers doing the damage no children at risk); finds after the night low. Suspicious
  vehicles: a present progressive ("keeps crawling"), "It's 1:50" two minutes before, and children with "right now"
  medium; a habit (a man sleeping in a pickup, an old ambulance every evening) and a wreck left three days low.
  Suspicious persons: children lured with free ride tickets high (child luring); "right now" with children (the lost
  kids tent), "It's ten to three", and a present progressive with teenage girls ("keeps going") medium; the afternoon
  before and a weekday two days before low. Disturbances: a man pounding on a young woman's car window and pulling her
  door high (a woman in danger); "It's quarter past one", present progressives ("is screaming", "is blasting") medium; a
  habit (the loudspeaker) and a span over (the release's crowds) low. Other: a balloon basket on live wires with four
  people in it critical (a rescue); an 88-year-old with a heart condition unreachable without power in 94 degrees high
  (as train4's grandfather with a bad heart in the cold); a 5-year-old lost in a dark crowd high (a missing vulnerable
  person); a question, a skunk and a ticket fraud low ("keeps bumping" does not lift "other").
- Vehicles: "Grey Dodge Ram" dodge ram with no type ("his pickup" said before, a model describing it, as holdout30's);
  "a dark car" car and "A dark SUV" suv with no colour (as holdout8's "dark sedan"); "Silver Honda CR-V" cr-v with its
  partial plate ("L T" LT) going east; "a black Chevy Tahoe" tahoe going north; "a red Toyota Tacoma" tacoma with its
  plate in the NATO alphabet (KVR7721); "White 6 by 12 trailer" with its plate (TR22714), a stolen trailer with a colour
  and a plate and no type (as holdout10's cargo trailer); "a black Ford F-150" f-150; "a white pickup with a big tank"
  white pickup; "A pickup", "the minivan" and "an SUV" in one chain crash; "A white Subaru Outback" and "a black Kia
  Soul"; "a silver Jeep Cherokee" cherokee; "a tree service truck" truck; "a white Tesla" tesla with its partial plate
  ("7 K" 7K; "a Vermont plate" no plate); "a car" (four times) car; "gold Chevy Impala" impala; "a green Ford Ranger"
  ranger with its partial plate ("4 J" 4J); "a black pickup" pickup (its "empty flatbed trailer" no vehicle of its own,
  as holdout29's trailers with no type word); "a white Hyundai Santa Fe" santa fe; "one old ambulance, white" white
  ambulance; "A grey Chevy Malibu" malibu; "a red Jeep Wrangler" wrangler; "the next shuttle bus" a bus (the one the
  driver was struck at; "the last bus", gone, none); two bicycles stolen (a late wife's from a shed, a caller's taken
  outside the library), as the earlier sets annotate stolen bicycles. Not vehicles: the callers' own cars, trucks and
  bikes (the car a driver sits in, the chip truck, the bucket truck, a chase truck, a grandmother's Buick, a cyclist's
  bike, "our car", the car left in a driveway), parked and passing cars (under a burning limb, the row the meteor
  watchers pulled off, the Honda next door, the cars going around a log, the van usually in a driveway), balloons,
  baskets and the trailers on the launch field, an e-bike whose battery burned, a riding mower, the shuttle buses not
  yet come.
- Persons: the caller and "we" / "us" / "all of us" not annotated; groups "people" (a limb on wires), "the crew", "the
  kids", "Kids", "little kids", "families", "the parents", "the barbers", "passengers", "the high school kids" (2+,
  13-19), "the meteor watchers" and "Everybody" watching, "my kids", "the crowds", "the others" 2+; "sixty players" and
  "like five teenagers" (13-19) 3+; "Two couples" and "four people" in a basket 4; "three seniors" (no sex said,
  "seniors" no age range) and "the other three passengers" 3; "three teenagers" 3 (13-19); "2 M subjs", "two guys", "two
  men" and "two men in their twenties" 2 male; "Two ladies" and "2 juv F" 2 female; "my two teen workers" 2 (13-19);
  "two or three men" 2+ male; "a couple of my neighbors" 2 (as the generator's "a couple of guys"); "two voices" on an
  alarm's audio 2. "Somebody" / "someone" who did a thing is a person (burglars, thieves and vandals no one saw, the
  somebody who threw a bottle into the pool, who took a wrecked car's plates), annotated once when a description of the
  same person follows (the man with a green backpack). A wife, kids in a car, a son whose hair is to be cut, a daughter
  and her friends, a climber and a groundman, a neighbour and his mother, a husband, a father-in-law, a friend on a
  roof, passengers, a boy's mom, an old fiddler, a puppy buyer's husband, a bus driver, a sister and her boyfriend, an
  ex in a house, soccer friends, a man directing traffic, a mother who lives with the family, a little brother asleep, a
  lifeguard, a mom at a crash, an assistant coach, a principal, a teacher, an announcer named through a possessive and a
  niece's aunt and her neighbour are persons. Not persons: owners and families away (on vacation, at the balloon glow),
  parents at a hospital and a grandmother with them, a husband not home, a late wife, coaches who were not there, the
  power company, the town, the water company, the office, the adjuster, a doctor, the kids and artists who made the
  chalk drawings the day before, the drivers going around a log. Ages: "Older guy", "older lady" and "old man" 60-90,
  "young man", "very young" and "a young woman" 18-29, "teenage", "Teenager", "teen" and "high school kids" 13-19,
  "maybe 19" 16-22, "maybe 16" 13-19, "maybe 25" 22-28, "maybe 30" 27-33, "maybe 50" 47-53, "like 20" 17-23, "maybe 40
  years" 37-43, "in their twenties" 20-29, "in her sixties" 60-69 (a victim's decade), "M 60s" 60-69 (a victim's
  shorthand decade), "W/M 40s" 40-49, "W/M 30s" 30-39, "M 50s" 50-59. "Tall" and "tall" tall; "Short" and "short" short;
  "Skinny", "skinny" and "Thin" thin; "Big guy", "big", "heavy" and "Heavy" heavy.
- Clothing: "white tank top", "Red Sox hat" -> "red hat" (as the earlier sets' Red Sox caps), "camo hat", "white
  t-shirt" (twice), "black basketball shorts" -> "black shorts", "grey Champion sweatshirt" -> "grey sweatshirt", "black
  tank top", "black hoodie", "white hat", "green basketball jersey" -> "green jersey", "green shirt", "a cap backwards"
  -> "cap", "grey tank top", "yellow tank top", "Bud Light hat" -> "hat", "red Patriots jersey" -> "red jersey", "red
  shirt", "jeans", "green backpack", "pink hoodie", "white tank top" and "black shorts", "orange festival staff shirt"
  -> "orange shirt", "black durag", "black swim trunks" -> "black trunks", "yellow Hawaiian shirt" -> "yellow shirt",
  "white polo shirt" -> "white shirt", "khaki shorts", "white hoodie", "khaki pants", "blue t-shirt", "green polo" ->
  "green shirt" (as the earlier sets' polos), "tan cargo shorts" -> "tan shorts", "black Harley t-shirt" -> "black
  t-shirt", "blue shirt with a little logo" -> "blue shirt", "white golf shirt" -> "white shirt", "blue Paw Patrol
  shirt" -> "blue shirt", "light-up sneakers" -> "sneakers". Not clothing: bald, "no shirt", a big tattoo and neck
  tattoos, a grey ponytail, a man bun, sunglasses, flour on pants, a duffel bag, a shopping bag, "blond".
- Times: "approx 0140", "0340 hrs", "0221 hrs", "approx 1510" and "approx 1235" clock times minutes before the tip;
  "It's 1:50", "It's ten to three" and "It's quarter past one" said during the event, those times; "Yesterday around 3
  pm" 15:00, "Yesterday evening around 6" 18:00, "Yesterday evening around 8" 20:00 and "yesterday around 5:30 pm"
  17:30, the day before; "last night around 6:45" 18:45 the day before; "Yesterday afternoon" 14:00 the day before; "On
  Sunday, August 11, around 2 pm" 14:00 on that date; "Last night around 11" and "Last night" 23:00 the day before;
  "sometime last night" 23:00 the day before; "Last night around 12:30" 00:30 the same date (after midnight); "Sometime
  overnight" and "sometime overnight" 02:00; "Two minutes ago", "Ten minutes ago", "like five minutes ago", "like
  fifteen minutes ago", "like 20 min ago" and "about half an hour ago" minutes ago; "right now", "Right now", "rn",
  "just", "just now" and, where a person of the event is, "Now he sit on the folding table", "He's over by the front
  desk now", "exiting now", "Now he's got an air horn and he's blasting it" (beside "It's quarter past one") and "Now
  the light is green and he is still there" now, while a narrative "now" ("now the whole top of it is burning", "now the
  steps and the siding are on fire", "Now his lips and his eyelids are swelling", "He's sitting up now" of a victim,
  "That's three passes now", "now there is nothing for them", "Now the adjuster says", "please come now") is not. Not
  times: "today", "Today", "this morning", "tonight", "this afternoon" (a schedule), "yesterday" (a bare day),
  "Tuesday", "Thursday", "Saturday", "Saturday night", "since the storm Thursday", "since the storm last night", "in the
  storm Thursday", "last fall", "last month", "over the weekend", "from 3 o'clock" ... "at 7" and "from about 10 until
  after 1" (spans), "every night around 11", "Every week", "Every night", "every evening this week", "Every morning ...
  starting at 5:15" (habits), "at 7" and "at closing" (schedules), "40 minutes", "ten minutes", "all day", "all
  morning", "three days", "two weeks", "forty years", "an hour ago" (when a son came home, not the event's), "at 3 in
  the morning" (an undated night's sighting), "around midnight" and "tonight" (plans).
- Places: parts of a landmark are the landmark (the practice field, back lot, tennis courts, football field, bleachers
  and locker room of Oakford High; the food tents, launch field, staging area, field by the river, funnel cake line and
  lost kids tent of Riverside Park; the lobby of City Hall; the snack bar window, deck, kiddie pool, chairs, side gate
  and changing room of the Community Pool; the department store, food court and food court doors of Northgate Mall; the
  grain room and cornhole tournament of the Old Mill Brewery; the lot and the rail replacement bus stop of Central
  Station; the chalk drawings of Maple Square; the lot of the Grand Cinema; the front office, library and first grade
  hallway of Lincoln Elementary); "behind Lincoln Elementary" (twice), "outside the Oakford Public Library", "behind 188
  Old Mill Road", "outside 419 Elm", "behind my bakery at 518 Main" and "the rear door of the hardware store at 706
  Main" relative. "River Road by 9th", "Cedar by 11th", "Main and 8th", "Main and 9th", "River Road by Spruce",
  "Kingsley and 5th", "River Road by Willow", "Kingsley by 3rd", "Walnut and 5th", "Cedar by 8th", "River Road by 10th",
  "Mill Road by Cedar" and "Elm and 10th" intersections; "Maple between 4th and 5th", "Birch, the block between 6th and
  7th", "Cedar between 9th and 10th", "Elm between 8th and 9th", "the block between 9th and 10th" of Maple, "Main
  between 7th and 8th", "the 300 block of Spruce" and "Chestnut between 2nd and 3rd" blocks; addresses on Old Mill Road
  ("288"), on Market Street ("130") and on numbered and named streets, one corrected ("1107 9th Street. No, 1107 10th
  Street"). Streets alone name no place ("toward 1st St", "toward Walnut" twice, "toward Oak", "toward 4th", "on Station
  Rd", "north on 9th", "onto Kingsley", "on Hawthorn", "on Willow", "along Cedar"). "the streets in Millbrook" the
  neighbourhood (a fake assessor's round), the only place said. Look-alikes that name no place: the balloon festival and
  the balloon glow as events, Valley Line Clearance, Pinnacle Monitoring, Green Mountain Alarm, Golden Wok, Sky Dancer,
  the Downtown Association, St. Mary's where a mother might go, a friend's house, "the parking", "the hospital", Ashby
  Junction, Burlington, Marketplace, Facebook, Oakford as a profile's town, Vermont. Two tips have no place (a dog bite
  at a friend's house, a ticket fraud online).

Overlap with the earlier sets: every draft was compared with all 3,714 earlier tips by shared four-word runs and by
content-word overlap (Jaccard of the sets of words of three letters or more outside a small stop list), and with the
other drafts of this set; the nearest earlier tip, overall and in the same category, was printed beside each draft, and
every pair at 0.20 or more or sharing four runs was read (as were the earlier tips found by keyword). About forty
situations were dropped before or after drafting because an earlier tip had them: a lemonade stand's cash box
(holdout9), an ice cream truck held up (holdout10), a sword swung or half drawn (holdout9, train5), a sweet corn
tailgate robbed (holdout24), mushroom chocolate sold from a truck (holdout22), a hammer at a door (holdout15), a rifle
aimed at a lineman in a bucket and a neighbour chasing a groundman round a chipper (holdout13, train5), a telescope
taken at a star party (holdout28), purses lifted off stroller handles (holdout17), porta-potties tipped (train3,
holdout21), a rake handle over a storm-damaged fence (holdout14), hot coffee thrown (holdout10, train6), a phone
"borrowed" and taken (train4), back-to-school supplies loaded into a van (holdout15), streetlights shot out with a
slingshot (train1), a purse taken in the mall lot with the back-to-school things in the trunk and a Sentra going toward
Birch (holdout24), a walk home from the brewery (holdout14, holdout26), food called cold and a delivery driver punched
(holdout17), a non-native home from work to a broken door (train4), a cleaner finding a dentist's office broken into
(holdout18), door-to-door utility men in orange vests (holdout4, holdout10), a man at a child's bedroom window
(holdout17), a man in a tree house (holdout15), a stranger on a porch who waves when the light goes on (holdout24), a
light shone at bedroom windows at 2:50 (holdout25), a stranger camped on the stairs between the second and third floor
or in a laundry room (holdout21, train2), a woman crying "please stop" through a wall (train1, holdout26), a stairwell
fire with two kids on a third floor (train5), a van or a U-Haul behind a store at night (train1, holdout8), a car with a
fishing rod left at the boat launch (train3), a big car watching a shop every night at 11 (train1), a parking collector
in an orange vest (holdout18), a tomato thief (train5), a blood donor fainting at City Hall (train5) and a headbutt
(holdout13). About twenty more were reworded where they shared four or more runs or their wording with an earlier tip or
another draft (a lineman's heat stroke said in a roofer's words from train1, "he says he can't feel his legs" after a
fall from holdout11, "Not an emergency, I don't think. Yesterday" from holdout30, "One hit me in the side of the head"
from holdout26, a log "lying across the southbound lane" from train2). The final drafts share at most three four-word
runs with any earlier tip (35 share three, mostly stock and place phrases such as "at the top of", "and pointed it at",
"lifted his shirt to", "i want to report", "the hardware store at", "between 9th and 10th") and at most 0.24
content-word overlap (the dispatch knife robbery on the meteor watchers against holdout18's deposit-bag robbery in the
same shorthand; next 0.22, mall security's "2 juv F" against holdout28's "2 juv M"); with one another at most three runs
(the festival's and the rail replacement's names) and 0.19.
"""
from hand import P, V, W

HOLDOUT31 = [
    # ---------------------------------------------------------------- weapon
    # The balloon festival's Saturday evening flight: a River Road homeowner charging $10 to park on his lawn "just"
    # pointed a revolver at a driver who pulled onto the grass next door, and stands at the bumper with it "right now":
    # a weapon in use (critical). The man ("Older guy" 60-90, "white tank top", "Red Sox hat" -> "red hat", as the
    # earlier sets' Red Sox caps), the wife and the kids (2+) persons; "a revolver" handgun; "just" and "right now" one
    # now; the caller's own car none; "across from the balloon festival" names no place; "River Road by 9th" the
    # intersection.
    dict(written="I'm on River Road by 9th across from the balloon festival. The guy who's charging ten bucks to park on his lawn just came up to my window with a revolver and pointed it at my face because I pulled onto the grass next door, which isn't even his. He's standing in front of my bumper right now with it. My wife and kids are in the car. Older guy, white tank top, Red Sox hat.",
         spoken="oh my god i'm on river road by ninth across from the balloon festival the guy who's charging ten bucks to park on his lawn just came up to my window with a revolver and pointed it at my face because i pulled onto the grass next door which isn't even his he's standing in front of my bumper right now with it my wife and kids are in the car older guy white tank top red sox hat",
         at="2041-08-17 18:40", entities=[P(count="1", sex="male", age="60-90", clothing=["white tank top", "red hat"]), ("now",), W("handgun"), P(count="1", sex="female"), P(count="2+")],
         places=[("intersection", "River Road", "9th Street")], category="weapon", priority="critical"),
    # The first morning of football two-a-days: a young man cut from the team last fall sits on his pickup's tailgate at
    # the edge of the back lot with a rifle across his knees, watching; nothing said or pointed: a weapon seen (high;
    # players nearby do not lift a high call). The young man ("maybe 19" 16-22, "camo hat") and the players ("sixty
    # players", 3+) persons; "Grey Dodge Ram" dodge ram with no type (a model describing "his pickup", as holdout30's
    # Dodge Ram); "just watching" means only, no time; "last fall" no time; the practice field and back lot are Oakford
    # High's.
    dict(written="This is Coach Dimas at Oakford High, we're on the practice field for the first morning of two-a-days. A kid we cut from the team last fall is sitting on the tailgate of his pickup at the edge of the back lot with a rifle across his knees, just watching us. He hasn't said anything or pointed it at anybody. I've got sixty players out here. Grey Dodge Ram, he's maybe 19, camo hat.",
         spoken="yeah this is coach dimas at oakford high we're on the practice field for the first morning of two a days a kid we cut from the team last fall is sitting on the tail gate of his pick up at the edge of the back lot with a rifle across his knees just watching us he hasn't said anything or pointed it at anybody i've got sixty players out here grey dodge ram he's maybe nineteen camo hat",
         at="2041-08-13 07:20", entities=[P(count="1", sex="male", age="16-22", clothing=["camo hat"]), V(colour="grey", make="dodge", model="ram"), W("rifle"), P(count="3+")],
         places=[("landmark", "Oakford High School")], category="weapon", priority="high"),
    # The Friday balloon glow: a teenage boy "just" lifted his shirt to show a handgun in his waistband to the caller's
    # daughter and her friends and said he is not scared to use it: a weapon seen with a threat, not drawn (high). The
    # boy ("teenage" and "maybe 16" 13-19, "Skinny" thin, "white t-shirt", "black basketball shorts" -> "black shorts"),
    # the daughter and her friends (2+) persons; "just" now; the food tents are Riverside Park's.
    dict(written="At the balloon glow in Riverside Park, over by the food tents. A teenage boy just lifted his shirt to show a handgun in his waistband to my daughter and her friends and told them he's not scared to use it. He's still hanging around the tents. Skinny, white t-shirt, black basketball shorts, maybe 16.",
         spoken="hi um at the balloon glow in river side park over by the food tents a teenage boy just lifted his shirt to show a hand gun in his waist band to my daughter and her friends and told them he's not scared to use it he's still hanging around the tents skinny white t shirt black basketball shorts maybe sixteen",
         at="2041-08-16 21:05", entities=[P(count="1", sex="male", age="13-19", build="thin", clothing=["white t-shirt", "black shorts"]), ("now",), W("handgun"), P(count="1", sex="female"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="weapon", priority="high"),
    # The Back to School Bash at City Hall: a man told the free-haircut list was full is waving a box cutter at the
    # barbers and the parents in line: a weapon in use (critical). The man ("Tall", "grey Champion sweatshirt" -> "grey
    # sweatshirt"; bald no clothing), the barbers (2+), the parents (2+), his son (named through a possessive) and the
    # kids (2+) persons; "now" where he is now; "a box cutter" knife (as every earlier set has it); the lobby and the
    # side doors are City Hall's.
    dict(written="Back to School Bash at City Hall, the free haircut tables in the lobby. A man who got told the haircut list was full pulled out a box cutter and he's waving it at my barbers and the parents in line, saying somebody's cutting his son's hair today or else. Kids are running out the side doors. He's over by the front desk now. Tall, bald, grey Champion sweatshirt.",
         spoken="back to school bash at city hall the free hair cut tables in the lobby a man who got told the hair cut list was full pulled out a box cutter and he's waving it at my barbers and the parents in line saying somebody's cutting his son's hair today or else kids are running out the side doors he's over by the front desk now tall bald grey champion sweat shirt",
         at="2041-08-17 10:35", entities=[P(count="1", sex="male", height="tall", clothing=["grey sweatshirt"]), W("knife"), P(count="2+"), P(count="2+"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("landmark", "City Hall")], category="weapon", priority="critical"),
    # Non-native, a laundromat owner: a man who says a dryer took his quarters stabbed a big knife into the dryer door
    # twice and says the next one is for the owner, and "Now he sit" on the folding table with it: a knife used on a
    # machine and held with a threat, not swung at anyone: a weapon seen (high). The man ("black tank top"; a tattoo no
    # clothing) and "Two ladies" (2 female) persons; "Now" where a person of the event is now; "Cedar by 11th" the
    # intersection.
    dict(written="Hello, please, I have the laundromat on Cedar by 11th. A man say the dryer eat his quarters, he kick it and then he take out a knife, a big one, and he stab it in the dryer door two times. He say if I don't give his money the next one is for me. Now he sit on the folding table with the knife in his hand. Two ladies are hiding in the back room with me. Black tank top, big tattoo on the arm.",
         spoken="hello please i have the laundromat on ceder by eleventh a man say the dryer eat his quarters he kick it and then he take out a knife a big one and he stab it in the dryer door two times he say if i don't give his money the next one is for me now he sit on the folding table with the knife in his hand two ladies are hiding in the back room with me black tank top big tattoo on the arm",
         at="2041-08-14 16:10", entities=[P(count="1", sex="male", clothing=["black tank top"]), W("knife"), ("now",), P(count="2", sex="female")],
         places=[("intersection", "Cedar Street", "11th Street")], category="weapon", priority="high"),
    # An 83-year-old in her stairwell: the young man across the hall, cleaning a rifle on the top step, pointed it at
    # her "just now" and said "bang", and sits there with it, between her and the stairs: pointed at a person, a weapon
    # in use (critical). The young man (18-29) a person; "rifle"; "just now" now; her stated age not annotated; "214
    # Maple" the address.
    dict(written="Oh dear, I hate to bother you with this. I'm 83 and I live on the second floor at 214 Maple. The young man across the hall has been sitting out on the top step with a rifle, cleaning it, and when I came up with my groceries just now he pointed it right at me and said bang and laughed. I dropped my eggs. He's still sitting out there with it and I can't get past him to go back down.",
         spoken="oh dear i hate to bother you with this i'm eighty three and i live on the second floor at two fourteen maple the young man across the hall has been sitting out on the top step with a rifle cleaning it and when i came up with my groceries just now he pointed it right at me and said bang and laughed i dropped my eggs he's still sitting out there with it and i can't get past him to go back down",
         at="2041-08-15 11:30", entities=[P(count="1", sex="male", age="18-29"), W("rifle"), ("now",)],
         places=[("address", 214, "Maple Avenue")], category="weapon", priority="critical"),
    # A web tip from the line-clearance crew's supervisor: "Yesterday around 3 pm" (15:00 the day before) a homeowner
    # stood at the base of a maple holding a machete and said he would cut the climbing rope of the climber 40 feet up:
    # held with a threat, never swung (seen, as holdout29's switchblade and holdout30's kitchen knife), high lowered to
    # medium (hours old). The owner, the climber and the groundman persons; "machete"; "the power company" and "the
    # office" no persons; "today" no time; "1018 Cedar" the address.
    dict(written="Web tip: I supervise the Valley Line Clearance crew trimming along Cedar for the power company. Yesterday around 3 pm the owner of 1018 Cedar came out while my climber was roped into his silver maple, stood at the base of the tree holding a machete and said he'd cut the rope if we took one more limb. My climber was 40 feet up. He went back inside when my groundman called the office. We're back on Cedar today and the crew doesn't want to go near that house.",
         spoken="web tip i supervise the valley line clearance crew trimming along cedar for the power company yesterday around three p m the owner of ten eighteen cedar came out while my climber was roped into his silver maple stood at the base of the tree holding a machete and said he'd cut the rope if we took one more limb my climber was forty feet up he went back inside when my ground man called the office we're back on cedar today and the crew doesn't want to go near that house",
         at="2041-08-13 08:15", entities=[("local", "2041-08-12 15:00"), P(count="1", sex="male"), P(count="1", sex="male"), W("machete"), P(count="1")],
         places=[("address", 1018, "Cedar Street")], category="weapon", priority="medium"),

    # ---------------------------------------------------------------- fire
    # The Thursday thunderstorm: a limb "just" came down across the wires on Maple between 4th and 5th, the wires arcing
    # and the limb burning at the top of the pole over parked cars: fire, high (a recent time does not lift a high
    # call). The people kept back (2+) persons; the parked cars no vehicles; "just" now; the 400 block of Maple.
    dict(written="The storm just dropped a big limb across the wires on Maple between 4th and 5th and the wires are arcing and the limb's burning up at the top of the pole, sparks are dropping on the cars parked underneath. The power's out on the whole street. Nobody's hurt, I'm keeping people back.",
         spoken="the storm just dropped a big limb across the wires on maple between fourth and fifth and the wires are arcing and the limb's burning up at the top of the pole sparks are dropping on the cars parked under neath the power's out on the whole street nobody's hurt i'm keeping people back",
         at="2041-08-15 18:50", entities=[("now",), P(count="2+")],
         places=[("block", 400, "Maple Avenue")], category="fire", priority="high"),
    # The Saturday dawn launch: a balloon caught fire while being inflated on the ground, its burner flaring into the
    # envelope, the top burning on the grass beside three more balloons and a trailer of propane tanks; nobody hurt:
    # fire, high. The crew (2+) persons; the balloon and the trailer no vehicles; the launch field is Riverside Park's.
    dict(written="Launch field at Riverside Park, the balloon festival. One of the balloons caught fire while they were inflating it on the ground, the burner flared into the envelope and now the whole top of it is burning on the grass. The crew got clear, nobody's hurt. There's three more balloons laid out right next to it and the propane tanks are on the trailer behind them.",
         spoken="launch field at river side park the balloon festival one of the balloons caught fire while they were inflating it on the ground the burner flared into the envelope and now the whole top of it is burning on the grass the crew got clear nobody's hurt there's three more balloons laid out right next to it and the propane tanks are on the trailer behind them",
         at="2041-08-17 06:20", entities=[P(count="2+")],
         places=[("landmark", "Riverside Park")], category="fire", priority="high"),
    # The heat: smoke from the attic vent of a house next door whose family is away, a smell of burning plastic, the
    # attic fan run all day, the dog barking inside: fire, high. No persons (the family away; a dog); "all day" a
    # duration; "842 Oak Street" the address.
    dict(written="Smoke's seeping out of the attic vent on the house next door at 842 Oak Street and I can smell burning plastic. Their car's gone, I think they're on vacation, but their dog is barking like crazy inside. I've banged on both doors. Their attic fan was running in the heat all day.",
         spoken="smoke's seeping out of the attic vent on the house next door at eight forty two oak street and i can smell burning plastic their car's gone i think they're on vacation but their dog is barking like crazy inside i've banged on both doors their attic fan was running in the heat all day",
         at="2041-08-14 22:40", entities=[],
         places=[("address", 842, "Oak Street")], category="fire", priority="high"),
    # Alarm company before the brewery's fresh-hop release: a smoke detector in the grain room at 0340 hrs, then the
    # heat detector over the malt mill, the building closed: fire, high (a said time within 15 minutes does not lift a
    # high call; the later detector's time not a second time label, the first signal being the event's). No persons
    # (keyholders notified, not there); "yesterday" a bare day; "two tons" no number of a place.
    dict(written="Pinnacle Monitoring, fire alarm at the Old Mill Brewery: smoke detector in the grain room at 0340 hrs, then the heat detector over the malt mill a few minutes after. Building is closed. Keyholders notified, none on site yet. Per the account notes they milled two tons of grain yesterday for the fresh hop batch. Requesting FD.",
         spoken="pinnacle monitoring fire alarm at the old mill brewery smoke detector in the grain room at oh three forty hours then the heat detector over the malt mill a few minutes after building is closed key holders notified none on site yet per the account notes they milled two tons of grain yesterday for the fresh hop batch requesting f d",
         at="2041-08-17 03:47", entities=[("local", "2041-08-17 03:40")],
         places=[("landmark", "Old Mill Brewery")], category="fire", priority="high"),
    # Sunday after midnight: a neighbour's e-bike battery blew up charging in his second-floor apartment and it is
    # burning; he got out, but his mother, on oxygen and unable to walk, is in the back bedroom past the fire: someone
    # who cannot get out (critical). The neighbour and his mother persons; the e-bike the fire's cause, no vehicle of
    # the tip; "327 Willow" the address.
    dict(written="Fire at 327 Willow, the second floor! The guy across the landing was charging his e-bike battery and it blew up, the whole apartment's going. He got out but his mother's still in the back bedroom, she's on oxygen and she can't walk. The fire's between her and the door. I can hear her calling for him.",
         spoken="fire at three twenty seven willo the second floor the guy across the landing was charging his e bike battery and it blew up the whole apartment's going he got out but his mother's still in the back bed room she's on oxygen and she can't walk the fire's between her and the door i can hear her calling for him",
         at="2041-08-18 01:30", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 327, "Willow Street")], category="fire", priority="critical"),
    # A web form the morning after the storm: "last night around 6:45" (18:45 the day before) lightning hit the TV
    # antenna on the chimney and wires in the attic smouldered and charred a rafter, put out by the family: fire, high
    # lowered to medium (hours old). The husband a person; the adjuster (not there) not annotated; "1131 Pine" the
    # address.
    dict(written="Web form: I need a fire report for our insurance. During the storm last night around 6:45 lightning hit the TV antenna on our chimney at 1131 Pine. It blew a hole in the shingles and the wiring in the attic smoldered and charred one of the rafters. My husband climbed into the attic with our kitchen extinguisher and we never called. Now the adjuster says he needs a fire department report before he'll come out.",
         spoken="web form i need a fire report for our insurance during the storm last night around six forty five lightning hit the t v antenna on our chimney at eleven thirty one pine it blew a hole in the shingles and the wiring in the attic smoldered and charred one of the rafters my husband climbed into the attic with our kitchen extinguisher and we never called now the adjuster says he needs a fire department report before he'll come out",
         at="2041-08-16 09:30", entities=[("local", "2041-08-15 18:45"), P(count="1", sex="male")],
         places=[("address", 1131, "Pine Street")], category="fire", priority="medium"),
    # A husband burned a yellow jacket nest under the back steps with gasoline and the steps and siding are burning
    # toward the kitchen window, the hose not keeping up: fire, high (his burned hand an injury; a high call stays
    # high). The husband a person; "now" narrates; "1059 Chestnut" the address.
    dict(written="My husband poured gas on a yellow jacket nest under our back steps and lit it, and now the steps and the siding are on fire. The garden hose isn't keeping up, it's climbing toward the kitchen window. We're at 1059 Chestnut. He burned his hand but he's out here with me.",
         spoken="my husband poured gas on a yellow jacket nest under our back steps and lit it and now the steps and the siding are on fire the garden hose isn't keeping up it's climbing toward the kitchen window we're at ten fifty nine chesnut he burned his hand but he's out here with me",
         at="2041-08-13 17:30", entities=[P(count="1", sex="male")],
         places=[("address", 1059, "Chestnut Street")], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # The evening session of two-a-days in a heat index of 101: a 17-year-old lineman went down, talking nonsense, his
    # skin burning hot and dry: heat stroke, critical (an altered mind). The lineman (a patient's stated age not
    # annotated) a person; "we" the staff, not annotated; "101" no number of a place; the back lot and tennis courts are
    # Oakford High's.
    dict(written="Athletic trainer at Oakford High, practice field. One of my linemen, he's 17, went down at the end of conditioning sprints. He's talking nonsense, calling me by his dad's name, and his skin's burning hot and bone dry. We dragged him under the tent, we've got ice towels on his neck and we're dumping the water cooler over him. Heat index is 101. Come in the back lot by the tennis courts.",
         spoken="athletic trainer at oakford high practice field one of my linemen he's seventeen went down at the end of conditioning sprints he's talking nonsense calling me by his dad's name and his skin's burning hot and bone dry we dragged him under the tent we've got ice towels on his neck and we're dumping the water cooler over him heat index is a hundred and one come in the back lot by the tennis courts",
         at="2041-08-13 17:55", entities=[P(count="1", sex="male")],
         places=[("landmark", "Oakford High School")], category="medical", priority="critical"),
    # A daughter-in-law: her father-in-law mowed over a yellow jacket nest, dozens of stings, and now his lips and
    # eyelids are swelling, his throat feels tight and he is wheezing: anaphylaxis, critical. The father-in-law a
    # person; "288 Old Mill Road" the address.
    dict(written="My father-in-law ran the riding mower over a yellow jacket nest in the back field and they swarmed him, he's got dozens of stings on his arms and neck. Now his lips and his eyelids are swelling up, he says his throat feels tight and he's sitting on the porch steps wheezing. He's never been allergic to anything. 288 Old Mill Road, the farmhouse with the red barn.",
         spoken="my father in law ran the riding mower over a yellow jacket nest in the back field and they swarmed him he's got dozens of stings on his arms and neck now his lips and his eye lids are swelling up he says his throat feels tight and he's sitting on the porch steps wheezing he's never been allergic to anything two eighty eight old mill road the farm house with the red barn",
         at="2041-08-12 10:15", entities=[P(count="1", sex="male")],
         places=[("address", 288, "Old Mill Road")], category="medical", priority="critical"),
    # The Perseids' peak night: a boy who climbed onto his roof to watch the meteors slid off, 15 feet onto the patio,
    # awake but his legs numb, his head bleeding: critical. The son and his friend persons; "15 feet" no number of a
    # place; "1142 Elm Street" the address.
    dict(written="My son and his friend climbed out his window onto the roof to watch the meteor shower and he slid off the edge, he fell like 15 feet onto the patio. He's awake, but he keeps saying his legs are numb, like they're not there, and his head's bleeding onto the stones. I haven't moved him. 1142 Elm Street, we're around back.",
         spoken="my son and his friend climbed out his window onto the roof to watch the meteor shower and he slid off the edge he fell like fifteen feet onto the patio he's awake but he keeps saying his legs are numb like they're not there and his head's bleeding onto the stones i haven't moved him eleven forty two elm street we're around back",
         at="2041-08-13 02:20", entities=[P(count="1", sex="male"), P(count="1")],
         places=[("address", 1142, "Elm Street")], category="medical", priority="critical"),
    # The Saturday dawn flight: a balloon came down hard in a hayfield, its basket tipped and dragged; a passenger's
    # ankle badly broken, the bone pushing at the skin: an injury, high. The woman ("in her sixties" 60-69, a victim's
    # decade) and "the other three passengers" (3) persons; "our chase truck" the caller's own, no vehicle; behind 188
    # Old Mill Road relative to the address.
    dict(written="I'm the pilot of one of the festival balloons. We came down hard in the hayfield behind 188 Old Mill Road, the wind caught us and the basket tipped over and dragged maybe fifty yards. One of my passengers, a woman in her sixties, has a badly broken ankle, the bone's pushing against the skin. The other three passengers are okay. Our chase truck is at the farm gate.",
         spoken="i'm the pilot of one of the festival balloons we came down hard in the hay field behind one eighty eight old mill road the wind caught us and the basket tipped over and dragged maybe fifty yards one of my passengers a woman in her sixties has a badly broken ankle the bone's pushing against the skin the other three passengers are okay our chase truck is at the farm gate",
         at="2041-08-17 07:15", entities=[P(count="1", sex="female", age="60-69"), P(count="3")],
         places=[("relative", ("address", 188, "Old Mill Road"))], category="medical", priority="high"),
    # The Community Pool's closing day: a boy stepped on a bottle somebody threw over the fence into the shallow end,
    # the sole of his foot sliced open and bleeding: high. The boy ("about 8", a child's estimated age not annotated),
    # the somebody who threw the bottle and the mom persons; the deck and the kiddie pool are the Community Pool's.
    dict(written="Community Pool, head lifeguard. A boy about 8 stepped on a broken bottle somebody threw over the fence into the shallow end and it sliced the bottom of his foot wide open. It's bleeding a lot, we've got pressure on it and we cleared the pool. His mom's with him. We're on the deck by the kiddie pool.",
         spoken="community pool head life guard a boy about eight stepped on a broken bottle somebody threw over the fence into the shallow end and it sliced the bottom of his foot wide open it's bleeding a lot we've got pressure on it and we cleared the pool his mom's with him we're on the deck by the kiddie pool",
         at="2041-08-18 13:40", entities=[P(count="1", sex="male"), P(count="1"), P(count="1", sex="female")],
         places=[("landmark", "Community Pool")], category="medical", priority="high"),
    # The line-clearance crew on Birch: a limb swung back and hit a climber; lowered to the ground, his arm broken, his
    # helmet cracked, talking normally: an injury, high (not the confusion that would make it critical). The climber a
    # person; "our bucket truck" the caller's own, no vehicle; "forty feet" no number of a place; "Birch between 6th and
    # 7th" the 600 block of Birch.
    dict(written="Valley Line Clearance, we're trimming on Birch, the block between 6th and 7th. A limb swung back and hit my climber about forty feet up. We got him lowered down with the bucket truck. His left arm's broken, you can see it's bent, and his helmet's cracked, but he's talking normal and knows where he is. He's lying on the grass strip.",
         spoken="valley line clearance we're trimming on burch the block between sixth and seventh a limb swung back and hit my climber about forty feet up we got him lowered down with the bucket truck his left arm's broken you can see it's bent and his helmet's cracked but he's talking normal and knows where he is he's lying on the grass strip",
         at="2041-08-14 14:20", entities=[P(count="1", sex="male")],
         places=[("block", 600, "Birch Street")], category="medical", priority="high"),
    # A mother the next morning: "Yesterday evening around 6" (18:00 the day before) a dog bit her son's hand through a
    # fence at a friend's house; this morning the hand is swollen, red and hot to the wrist: an injury lowered to medium
    # (hours old). The son (his stated age not annotated) a person; the friend's house names no place and St. Mary's is
    # where she might go, no place of the tip: no place.
    dict(written="It's not urgent, I just want advice. Yesterday evening around 6 my 8-year-old got bitten on the hand by a dog through the fence at his friend's house. We washed it and put a bandage on. This morning his whole hand is puffy and red up to the wrist and it feels hot. Should I take him to St. Mary's or can somebody come look at it?",
         spoken="um it's not urgent i just want advice yesterday evening around six my eight year old got bitten on the hand by a dog through the fence at his friend's house we washed it and put a bandage on this morning his whole hand is puffy and red up to the wrist and it feels hot should i take him to saint mary's or can somebody come look at it",
         at="2041-08-12 09:00", entities=[("local", "2041-08-11 18:00"), P(count="1", sex="male")],
         places=[], category="medical", priority="medium"),

    # ---------------------------------------------------------------- robbery
    # Dispatch on the Perseids' peak night: approx 0140 two men robbed two couples lying on blankets on the Oakford High
    # field, one showing a knife: an armed robbery, critical. "Two couples" (4), "2 M subjs" (2 male, "fled on foot WB"
    # west) and each described apart ("Susp 1 tall, black hoodie" and "Susp 2 short, white hat", given the group's sex)
    # persons; "a knife"; "just occurred" with a clock time: the clock time only; "toward 1st St" a street alone.
    dict(written="Armed robbery just occurred, Oakford High football field, approx 0140. Two couples lying on blankets watching the meteor shower were approached by 2 M subjs, one displayed a knife and took phones, a wallet and a purse. No injuries. Susps fled on foot WB toward 1st St. Susp 1 tall, black hoodie. Susp 2 short, white hat.",
         spoken="armed robbery just occurred oakford high football field approx zero one forty two couples lying on blankets watching the meteor shower were approached by two male subjects one displayed a knife and took phones a wallet and a purse no injuries suspects fled on foot west bound toward first street suspect one tall black hoodie suspect two short white hat",
         at="2041-08-13 01:48", entities=[("local", "2041-08-13 01:40"), P(count="4"), P(count="2", sex="male", direction="west"), W("knife"), P(count="1", sex="male", height="tall", clothing=["black hoodie"]), P(count="1", sex="male", height="short", clothing=["white hat"])],
         places=[("landmark", "Oakford High School")], category="robbery", priority="critical"),
    # The chalk festival in Maple Square: a teenager "just" grabbed the tip bucket of an old fiddler and shoved him down
    # onto the bricks when he held on, his hand bleeding and his glasses broken: robbery, high (an injury). The teenager
    # ("Teenager" 13-19, "skinny" thin, "green basketball jersey" -> "green jersey") and the fiddler ("old" 60-90)
    # persons; "just" now; "toward Oak" a street alone.
    dict(written="A kid just grabbed the tip bucket from the old man playing fiddle by the chalk drawings in Maple Square, and when the old man hung on to it he shoved him over backwards onto the bricks. He's sitting up now but his hand's bleeding and his glasses are broken. The kid ran toward Oak with the bucket. Teenager, skinny, green basketball jersey.",
         spoken="a kid just grabbed the tip bucket from the old man playing fiddle by the chalk drawings in maple square and when the old man hung on to it he shoved him over backwards onto the bricks he's sitting up now but his hand's bleeding and his glasses are broken the kid ran toward oak with the bucket teenager skinny green basketball jersey",
         at="2041-08-17 14:10", entities=[P(count="1", sex="male", age="13-19", build="thin", clothing=["green jersey"]), ("now",), P(count="1", sex="male", age="60-90")],
         places=[("landmark", "Maple Square")], category="robbery", priority="high"),
    # Non-native, an empanada vendor at the balloon glow: "Ten minutes ago" a man pulled the money apron off her waist
    # and pushed her down against the generator, burning her arm: robbery, high (an injury). The man ("very young"
    # 18-29, "green shirt", "a cap backwards" -> "cap") a person; "the parking" no place.
    dict(written="Please, I sell empanadas at the balloon festival in Riverside Park. Ten minutes ago a man come behind my table and pull the money apron off my waist, and when I grab him he push me down on the generator and my arm is burn. He run to the parking. He has a green shirt and a cap backwards, very young.",
         spoken="please i sell empanadas at the balloon festival in river side park ten minutes ago a man come behind my table and pull the money apron off my waist and when i grab him he push me down on the generator and my arm is burn he run to the parking he has a green shirt and a cap backwards very young",
         at="2041-08-16 21:20", entities=[("ago", 10), P(count="1", sex="male", age="18-29", clothing=["green shirt", "cap"])],
         places=[("landmark", "Riverside Park")], category="robbery", priority="high"),
    # A puppy sale in the Grand Cinema lot "like five minutes ago": the buyer took the puppy to the car, the car rolled
    # off, and the driver dragged the seller who held the door: force on the person to take property (robbery, high, an
    # injury). The woman and the driver ("he") persons; "Silver Honda CR-V" cr-v with its partial plate ("L T" LT) going
    # east; "toward Walnut" a street alone.
    dict(written="I was selling one of our puppies and met the buyer in the Grand Cinema lot like we agreed, like five minutes ago. She took the puppy over to show her husband in their car, then the car started rolling and when I grabbed the door he hit the gas and dragged me. I let go by the exit. My arm's all scraped and my hip hurts. Silver Honda CR-V, plate starts with L T, they went east toward Walnut.",
         spoken="i was selling one of our puppies and met the buyer in the grand cinema lot like we agreed like five minutes ago she took the puppy over to show her husband in their car then the car started rolling and when i grabbed the door he hit the gas and dragged me i let go by the exit my arm's all scraped and my hip hurts silver honda c r v plate starts with l t they went east toward wall nut",
         at="2041-08-18 16:10", entities=[("ago", 5), P(count="1", sex="female"), P(count="1", sex="male"), V(colour="silver", make="honda", model="cr-v", plate="LT", direction="east")],
         places=[("landmark", "Grand Cinema")], category="robbery", priority="high"),
    # A web form the Sunday morning: "Last night around 11" (23:00 the day before) two men beat the caller at the bike
    # rack outside the library, took his wallet and rode off on his bike: robbery with an injury, high lowered to medium
    # (hours old). "two guys" 2 male ("in their twenties" 20-29; "a man bun" no clothing) persons; his bike a vehicle
    # taken (a bicycle, as the earlier sets annotate bicycles stolen); the brewery's release where he had been names no
    # place; outside the Oakford Public Library relative.
    dict(written="Web form: Last night around 11, after the fresh hop release at the brewery, I was unlocking my bike outside the Oakford Public Library when two guys came up on me. One got me in a headlock from behind and the other punched me twice and took my wallet, then one of them rode off on my bike and the other ran. I didn't call, I just walked home. Fat lip, black eye. Both in their twenties, one with a man bun.",
         spoken="web form last night around eleven after the fresh hop release at the brewery i was unlocking my bike outside the oakford public library when two guys came up on me one got me in a head lock from behind and the other punched me twice and took my wallet then one of them rode off on my bike and the other ran i didn't call i just walked home fat lip black eye both in their twenties one with a man bun",
         at="2041-08-18 10:00", entities=[("local", "2041-08-17 23:00"), P(count="2", sex="male", age="20-29"), V(type="bicycle")],
         places=[("relative", ("landmark", "Oakford Public Library"))], category="robbery", priority="medium"),
    # The Community Pool's manager at closing: "Two minutes ago" a man showed a handgun in his waistband at the snack
    # bar window and made two teen workers hand over the weekend's cash drawer: an armed robbery, critical. The man
    # ("Thin", "grey tank top", "maybe 25" 22-28) and the workers ("my two teen workers", 2, "teen" 13-19) persons;
    # "handgun"; "toward 4th" a street alone; the snack bar and back gate are the pool's.
    dict(written="Community Pool, I'm the manager. Two minutes ago a guy came up to the snack bar window right at closing, showed a handgun in his waistband and made my two teen workers hand over the cash drawer from the whole last weekend. He walked out the back gate toward 4th. They're shaking but not hurt. Thin, grey tank top, sunglasses, maybe 25.",
         spoken="community pool i'm the manager two minutes ago a guy came up to the snack bar window right at closing showed a hand gun in his waist band and made my two teen workers hand over the cash drawer from the whole last weekend he walked out the back gate toward fourth they're shaking but not hurt thin grey tank top sun glasses maybe twenty five",
         at="2041-08-18 18:15", entities=[("ago", 2), P(count="1", sex="male", build="thin", age="22-28", clothing=["grey tank top"]), W("handgun"), P(count="2", age="13-19")],
         places=[("landmark", "Community Pool")], category="robbery", priority="critical"),
    # A 15-year-old texting: a guy "just" snatched his phone at the bus stop at Main and 8th, and his friend tripped the
    # boy when he chased, his chin bleeding: robbery, high (an injury). The guy ("yellow tank top") and his friend
    # persons; "just" now; "toward Walnut" a street alone.
    dict(written="a guy just snatched my phone while i was texting at the bus stop at main and 8th and when i chased him his friend tripped me. my chin is bleeding. they ran down the alley toward walnut. the one who took it has a yellow tank top. im 15",
         spoken="a guy just snatched my phone while i was texting at the bus stop at main and eighth and when i chased him his friend tripped me my chin is bleeding they ran down the alley toward walnut the one who took it has a yellow tank top i'm fifteen",
         at="2041-08-12 16:45", entities=[P(count="1", sex="male", clothing=["yellow tank top"]), ("now",), P(count="1")],
         places=[("intersection", "Main Street", "8th Street")], category="robbery", priority="high"),

    # ---------------------------------------------------------------- assault
    # A mother the evening of two-a-days: in the locker room three seniors held her freshman son down while others
    # slapped his stomach purple and one stuffed a sock in his mouth; he has welts and threw up: assault, high (an
    # injury). The son, "three seniors" (3; "seniors" no age range, no sex said) and "the others" (2+) persons; the
    # coaches not there not annotated; "tonight" no time; "an hour ago" when he came home, not the event's; the locker
    # room is Oakford High's.
    dict(written="I want to report what happened to my son at football practice at Oakford High tonight. In the locker room after the evening session three seniors held him down on a bench and the others took turns slapping his stomach till it was purple, and one of them stuffed a sock in his mouth. He's a freshman. He has welts all over and he threw up when he got home an hour ago. The coaches weren't in there.",
         spoken="i want to report what happened to my son at football practice at oakford high tonight in the locker room after the evening session three seniors held him down on a bench and the others took turns slapping his stomach till it was purple and one of them stuffed a sock in his mouth he's a freshman he has welts all over and he threw up when he got home an hour ago the coaches weren't in there",
         at="2041-08-14 20:30", entities=[P(count="1", sex="male"), P(count="3"), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="assault", priority="high"),
    # After the meteor watch: about five teenagers kicking a homeless man in the head under the Oakford High bleachers,
    # curled up and no longer yelling: a life at risk (critical). "like five teenagers" (3+, 13-19) and the man persons;
    # "on Hawthorn" the caller's porch, a street alone.
    dict(written="There's like five teenagers kicking a homeless guy who sleeps under the bleachers at the Oakford High field, he's balled up in the dirt and they're still stomping on his head. I'm watching from my back porch on Hawthorn. He's stopped yelling. Please hurry.",
         spoken="there's like five teenagers kicking a homeless guy who sleeps under the bleachers at the oakford high field he's balled up in the dirt and they're still stomping on his head i'm watching from my back porch on hawthorne he's stopped yelling please hurry",
         at="2041-08-13 03:05", entities=[P(count="3+", age="13-19"), P(count="1", sex="male")],
         places=[("landmark", "Oakford High School")], category="assault", priority="critical"),
    # The brewery's Saturday cornhole tournament: a man who "just" lost slammed a cornhole board into his opponent's
    # face, the nose flattened and bleeding: a thing used on a person, no weapon (as holdout27's belt and holdout29's
    # cane), assault, high. The man ("Big guy" heavy, "Bud Light hat" -> "hat"; "no shirt" no clothing) and the opponent
    # persons; "just" now; the parking lot is the brewery's.
    dict(written="Old Mill Brewery, at the cornhole tournament. A guy who just lost his match picked up one of the boards and slammed it into the other team's guy's face. His nose is flattened and there's blood everywhere, he's sitting on the ground holding his face. He's heading out to the parking lot. Big guy, Bud Light hat, no shirt.",
         spoken="old mill brewery at the corn hole tournament a guy who just lost his match picked up one of the boards and slammed it into the other team's guy's face his nose is flattened and there's blood everywhere he's sitting on the ground holding his face he's heading out to the parking lot big guy bud light hat no shirt",
         at="2041-08-17 16:40", entities=[P(count="1", sex="male", build="heavy", clothing=["hat"]), ("now",), P(count="1", sex="male")],
         places=[("landmark", "Old Mill Brewery")], category="assault", priority="high"),
    # Dispatch, the weekend's rail replacement buses: approx 1510 a man who missed the last bus struck the next shuttle
    # bus's driver in the face through its door: assault, high (an injury). The driver ("M 60s" 60-69, a victim's
    # shorthand decade) and the subject ("W/M 40s" 40-49, "heavy", "red Patriots jersey" -> "red jersey", walked off
    # "EB" east) persons; "the next shuttle bus" a bus (the one the event happened at, as holdout29's bus a boy was
    # thrown off; "the last bus", gone, none); a duffel bag no clothing; "Ashby Junction" names no place; "on Station
    # Rd" a street alone; the lot is Central Station's.
    dict(written="Assault on a bus operator, Central Station lot at the rail replacement bus stop, approx 1510. M subj who missed the last bus to Ashby Junction struck the driver of the next shuttle bus, M 60s, in the face through its open door. Driver has a lac under his R eye and is holding his head. Subj walked off EB on Station Rd. W/M 40s, heavy, red Patriots jersey, carrying a duffel bag.",
         spoken="assault on a bus operator central station lot at the rail replacement bus stop approx fifteen ten male subject who missed the last bus to ashby junction struck the driver of the next shuttle bus male sixties in the face through its open door driver has a laceration under his right eye and is holding his head subject walked off east bound on station road white male forties heavy red patriots jersey carrying a duffel bag",
         at="2041-08-18 15:16", entities=[("local", "2041-08-18 15:10"), P(count="1", sex="male", age="60-69"), V(type="bus"), P(count="1", sex="male", age="40-49", build="heavy", clothing=["red jersey"], direction="east")],
         places=[("landmark", "Central Station")], category="assault", priority="high"),
    # A 12-year-old texting: her sister's boyfriend has the sister pinned on the couch with his arm across her neck, she
    # cannot talk and her face is red: strangling, critical. The boyfriend and the sister persons; "now" in "please come
    # now" no time; "731 spruce street" the address.
    dict(written="my sisters boyfriend has her pinned on the couch with his arm across her neck and she cant talk and her face is all red. im 12 and im in the kitchen. 731 spruce street please come now",
         spoken="my sister's boyfriend has her pinned on the couch with his arm across her neck and she can't talk and her face is all red i'm twelve and i'm in the kitchen seven thirty one spruce street please come now",
         at="2041-08-12 22:30", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 731, "Spruce Street")], category="assault", priority="critical"),
    # Non-native, a pickup soccer player the next morning: "Yesterday evening around 8" (20:00 the day before) a man
    # from the other team punched him in the face for scoring, his nose broken: assault with an injury, high lowered to
    # medium (hours old). The man ("maybe 40 years" 37-43, "big" heavy, "red shirt") and the friends (2+) persons; "the
    # doctor" not annotated; "this morning" no time; the field by the river is Riverside Park's.
    dict(written="Hello, I want to report. Yesterday evening around 8 we play soccer at Riverside Park, on the field by the river, and a man from the other team punch me in the face because I make a goal against them. My nose is broken, the doctor say this morning. He has maybe 40 years, big, red shirt. My friends know his name.",
         spoken="hello i want to report yesterday evening around eight we play soccer at river side park on the field by the river and a man from the other team punch me in the face because i make a goal against them my nose is broken the doctor say this morning he has maybe forty years big red shirt my friends know his name",
         at="2041-08-12 11:00", entities=[("local", "2041-08-11 20:00"), P(count="1", sex="male", age="37-43", build="heavy", clothing=["red shirt"]), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="assault", priority="medium"),
    # The storm's dark signals: a man directing traffic at Main and 9th "just" got punched by a driver who would not
    # wait, down with his mouth bleeding: assault, high (an injury). The man and the driver persons; "a black Chevy
    # Tahoe" tahoe going north ("north on 9th"); "just" now; "Main and 9th" the intersection.
    dict(written="The lights are out at Main and 9th and a man from the pizza place was out directing traffic, and a driver who didn't want to wait just got out and punched him in the face. He's down on the pavement and his mouth is bleeding. The driver got back in a black Chevy Tahoe and took off north on 9th.",
         spoken="the lights are out at maine and ninth and a man from the pizza place was out directing traffic and a driver who didn't want to wait just got out and punched him in the face he's down on the pavement and his mouth is bleeding the driver got back in a black chevy tahoe and took off north on ninth",
         at="2041-08-15 19:25", entities=[P(count="1", sex="male"), P(count="1"), ("now",), V(colour="black", make="chevrolet", model="tahoe", direction="north")],
         places=[("intersection", "Main Street", "9th Street")], category="assault", priority="high"),

    # ---------------------------------------------------------------- burglary
    # The outage after the storm: "sometime overnight" (02:00), told at 07:40 (under six hours), somebody came in the
    # slider while the alarm and cameras had no power and took a purse, a laptop and the car keys: burglary, medium. The
    # somebody and the husband (named through a possessive) persons; "since the storm Thursday" no time; the car left in
    # the driveway the caller's own; "1028 Pine" the address.
    dict(written="Our power's been out since the storm Thursday so the alarm and the cameras were dead, and sometime overnight somebody came in through the slider off the deck. My purse off the kitchen counter, my husband's laptop and the car keys are gone, and the car's still in the driveway, thank God. We slept right upstairs. 1028 Pine.",
         spoken="our power's been out since the storm thursday so the alarm and the cameras were dead and sometime over night somebody came in through the slider off the deck my purse off the kitchen counter my husband's laptop and the car keys are gone and the car's still in the drive way thank god we slept right up stairs ten twenty eight pine",
         at="2041-08-16 07:40", entities=[("local", "2041-08-16 02:00"), P(count="1"), P(count="1", sex="male")],
         places=[("address", 1028, "Pine Street")], category="burglary", priority="medium"),
    # During the balloon glow: somebody with a flashlight in the front bedroom of a house whose family is at the glow,
    # the side door open, "right now": burglary, high. The somebody a person; "a dark car" car with no colour (as
    # holdout8's "dark sedan"); the neighbours away not annotated; "1116 Spruce" the address.
    dict(written="My neighbors at 1116 Spruce are all down at the balloon glow, and somebody's inside their house with a flashlight right now, upstairs in the front bedroom. Their side door's standing open. There's a dark car with its lights off backed into their driveway where their van usually is.",
         spoken="my neighbors at eleven sixteen spruce are all down at the balloon glow and somebody's inside their house with a flash light right now up stairs in the front bed room their side door's standing open there's a dark car with its lights off backed into their drive way where their van usually is",
         at="2041-08-16 21:00", entities=[P(count="1"), ("now",), V(type="car")],
         places=[("address", 1116, "Spruce Street")], category="burglary", priority="high"),
    # Alarm company the night before Meet the Teacher: Lincoln Elementary's front office door at 0221 hrs, motion in the
    # office and library, two voices on audio, five minutes before: burglary raised to high (a said time within 15
    # minutes). "two voices" 2 persons.
    dict(written="Green Mountain Alarm, burglary alarm at Lincoln Elementary School: front office door contact at 0221 hrs, then motion in the main office and the library. Nobody on the schedule overnight, staff is setting up for Meet the Teacher this afternoon. Audio verification picked up two voices. Requesting police.",
         spoken="green mountain alarm burglary alarm at lincon elementary school front office door contact at zero two twenty one hours then motion in the main office and the library nobody on the schedule over night staff is setting up for meet the teacher this afternoon audio verification picked up two voices requesting police",
         at="2041-08-15 02:26", entities=[("local", "2041-08-15 02:21"), P(count="2")],
         places=[("landmark", "Lincoln Elementary School")], category="burglary", priority="high"),
    # An elderly widower with false starts: his shed entered "Last night" (23:00 the day before), told at 09:10: a
    # riding mower, a chainsaw and the late wife's bicycle taken: burglary lowered to low (hours old). The somebody a
    # person; "my late wife's bicycle" a bicycle stolen (the wife dead, not annotated); the riding mower no vehicle;
    # "1107 9th Street" taken back for "1107 10th Street", the address; "forty years" a duration.
    dict(written="Yes, hello. I want to report that my shed was, uh, somebody got into my shed. Last night. At 1107 9th Street. No, 1107 10th Street, I've lived here forty years and I still do that. They broke the hasp and took my riding mower, the chainsaw and my late wife's bicycle. The dog was barking but I figured it was the raccoons again.",
         spoken="yes hello i want to report that my shed was uh somebody got into my shed last night at eleven oh seven ninth street no eleven oh seven tenth street i've lived here forty years and i still do that they broke the hasp and took my riding mower the chain saw and my late wife's bicycle the dog was barking but i figured it was the raccoons again",
         at="2041-08-14 09:10", entities=[P(count="1"), ("local", "2041-08-13 23:00"), V(type="bicycle")],
         places=[("address", 1107, "10th Street")], category="burglary", priority="low"),
    # Non-native, home from the balloon festival: the family was out "from 3 o'clock" and back "at 7" (a span, no time),
    # the kitchen window open and its screen on the grass, the mother's gold and the rent money gone: burglary, medium.
    # The somebody and the mother (who lives with them, named through a possessive) persons; the festival where they
    # were names no place; "1045 Hawthorn" the address.
    dict(written="Hello, we go to the balloon festival from 3 o'clock and we come back at 7, and the kitchen window is open and the screen is on the grass. Somebody take my mother's gold from her room and the envelope with the rent money from the drawer. My mother live with us, she is crying. We live 1045 Hawthorn.",
         spoken="hello we go to the balloon festival from three o'clock and we come back at seven and the kitchen window is open and the screen is on the grass somebody take my mother's gold from her room and the envelope with the rent money from the drawer my mother live with us she is crying we live ten forty five hawthorne",
         at="2041-08-17 19:30", entities=[P(count="1"), P(count="1", sex="female")],
         places=[("address", 1045, "Hawthorn Avenue")], category="burglary", priority="medium"),
    # A 14-year-old texting: someone in the basement "rn", glass breaking, the outside basement door banging; locked in
    # the bathroom, a little brother asleep: burglary, high. The someone and the brother persons; the parents at the
    # hospital with a grandmother (away) not annotated; "rn" now; "1164 willow" the address.
    dict(written="someone is in our basement rn i can hear glass breaking and somebody walking around down there and the outside basement door keeps banging. my parents are at the hospital with my grandma. im 14 and my little brother is asleep. im locked in the bathroom. 1164 willow",
         spoken="someone is in our base ment right now i can hear glass breaking and somebody walking around down there and the outside base ment door keeps banging my parents are at the hospital with my grandma i'm fourteen and my little brother is asleep i'm locked in the bath room eleven sixty four willow",
         at="2041-08-12 23:40", entities=[P(count="1"), ("now",), P(count="1", sex="male")],
         places=[("address", 1164, "Willow Street")], category="burglary", priority="high"),

    # ---------------------------------------------------------------- theft
    # The line-clearance foreman up in his bucket: a man "just" took two chainsaws and a pole saw from the chip truck's
    # side box and is carrying them to his pickup "right now": theft raised to high. The man ("skinny" thin, "jeans";
    # "no shirt" no clothing) and the groundman (at lunch nearby) persons; "a red Toyota Tacoma" tacoma with its plate
    # in the NATO alphabet (KVR7721); the chip truck the caller's own; "Cedar between 9th and 10th" the 900 block.
    dict(written="Valley Line Clearance, we're on Cedar between 9th and 10th. I'm up in the bucket and my groundman's at lunch, and a guy just walked up to our chip truck, pulled two chainsaws and the pole saw out of the side box and he's carrying them to a red Toyota Tacoma right now. Plate is Kilo Victor Romeo 7721. Skinny, no shirt, jeans.",
         spoken="valley line clearance we're on cedar between ninth and tenth i'm up in the bucket and my ground man's at lunch and a guy just walked up to our chip truck pulled two chain saws and the pole saw out of the side box and he's carrying them to a red toyota tacoma right now plate is kilo victor romeo seven seven two one skinny no shirt jeans",
         at="2041-08-12 13:10", entities=[P(count="1"), P(count="1", sex="male", build="thin", clothing=["jeans"]), ("now",), V(colour="red", make="toyota", model="tacoma", plate="KVR7721")],
         places=[("block", 900, "Cedar Street")], category="theft", priority="high"),
    # A girl texting from the pool's closing day: two phones taken off the chairs "like 20 min ago" during the
    # cannonball contest, a man with a green backpack seen leaving: theft, medium. The man (the "someone" who took them,
    # annotated once; "green backpack"), the friend (named through a possessive) and the lifeguard persons; the office
    # phone the pool's; the side gate is the pool's.
    dict(written="someone took my phone and my friends phone off our chairs at the community pool like 20 min ago while we were in the cannonball contest. there was a guy with a green backpack walking around the chairs and the lifeguard saw him leave out the side gate. im using the office phone",
         spoken="someone took my phone and my friend's phone off our chairs at the community pool like twenty minutes ago while we were in the cannon ball contest there was a guy with a green back pack walking around the chairs and the life guard saw him leave out the side gate i'm using the office phone",
         at="2041-08-18 14:30", entities=[P(count="1", sex="male", clothing=["green backpack"]), P(count="1"), ("ago", 20), P(count="1")],
         places=[("landmark", "Community Pool")], category="theft", priority="medium"),
    # A balloon pilot: "about half an hour ago" somebody hooked up the crew's enclosed trailer, balloon, basket and
    # burners inside, and drove off from the festival's staging area: theft, medium. The somebody a person; "White 6 by
    # 12 trailer" with its plate (TR22714) a vehicle with a colour and a plate and no type (as holdout10's cargo
    # trailer); "$60,000" and "6 by 12" no numbers of a place; the staging area is Riverside Park's.
    dict(written="I'm a pilot with the balloon festival. Somebody hooked up to our enclosed trailer in the staging area at Riverside Park and drove off with it about half an hour ago while we were at the pilots' briefing. The balloon, the basket and the burners are all inside it, that's sixty thousand dollars of gear. White 6 by 12 trailer with Sky Dancer on the side, plate TR 22714.",
         spoken="i'm a pilot with the balloon festival somebody hooked up to our enclosed trailer in the staging area at river side park and drove off with it about half an hour ago while we were at the pilots briefing the balloon the basket and the burners are all inside it that's sixty thousand dollars of gear white six by twelve trailer with sky dancer on the side plate t r two two seven one four",
         at="2041-08-17 07:30", entities=[P(count="1"), ("ago", 30), V(colour="white", plate="TR22714")],
         places=[("landmark", "Riverside Park")], category="theft", priority="medium"),
    # Saturday evening: a man with a drill unbolting the aluminum seat boards off the bleachers at the ball field behind
    # Lincoln Elementary into a pickup "right now": theft raised to high. The man a person; "a black Ford F-150" f-150
    # (a model, no type); "Saturday night" a day part said as a day, no time; behind Lincoln Elementary relative.
    dict(written="There's a guy with a drill taking the aluminum seat boards off the bleachers at the ball field behind Lincoln Elementary and stacking them in the bed of a black Ford F-150 right now. He's got like ten off already. It's Saturday night, nobody's supposed to be working there.",
         spoken="there's a guy with a drill taking the aluminum seat boards off the bleachers at the ball field behind lincoln elementary and stacking them in the bed of a black ford f one fifty right now he's got like ten off already it's saturday night nobody's supposed to be working there",
         at="2041-08-17 19:10", entities=[P(count="1", sex="male"), V(colour="black", make="ford", model="f-150"), ("now",)],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="theft", priority="high"),
    # The Monday morning: "On Sunday, August 11, around 2 pm" (a date and a clock time, the day before) somebody took a
    # new school Chromebook from the caller's car at Northgate Mall, the window left cracked in the heat: theft, lowered
    # to low (hours old). The somebody and the son (named through a possessive) persons; the caller's car none.
    dict(written="I'd like a report number for a theft. On Sunday, August 11, around 2 pm at Northgate Mall somebody reached in and took my son's brand new school Chromebook out of our car, I'd left the window cracked because of the heat. The school won't give him another one without a police report. It was in a grey case with his name on it.",
         spoken="i'd like a report number for a theft on sunday august eleventh around two p m at north gate mall somebody reached in and took my son's brand new school chrome book out of our car i'd left the window cracked because of the heat the school won't give him another one without a police report it was in a grey case with his name on it",
         at="2041-08-12 08:30", entities=[("local", "2041-08-11 14:00"), P(count="1"), P(count="1", sex="male")],
         places=[("landmark", "Northgate Mall")], category="theft", priority="low"),
    # Non-native, a restaurant owner: every week somebody pumps the used cooking oil out of the barrel behind his
    # kitchen at night (a habit): theft, low. The somebody and the neighbour persons; "a white pickup with a big tank"
    # white pickup; "at 3 in the morning" the time of a night the neighbour saw it, undated, no time; "130 Market
    # Street" the address.
    dict(written="Hello, I have the restaurant Golden Wok at 130 Market Street. Every week somebody come at night and take the old cooking oil from the big barrel behind my kitchen, they pump it out. The company pay me for this oil and now there is nothing for them. My neighbor say one time she see a white pickup with a big tank in the back there at 3 in the morning.",
         spoken="hello i have the restaurant golden wok at one thirty market street every week somebody come at night and take the old cooking oil from the big barrel behind my kitchen they pump it out the company pay me for this oil and now there is nothing for them my neighbor say one time she see a white pick up with a big tank in the back there at three in the morning",
         at="2041-08-16 11:00", entities=[P(count="1"), P(count="1", sex="female"), V(colour="white", type="pickup")],
         places=[("address", 130, "Market Street")], category="theft", priority="low"),
    # Mall security shorthand: "2 juv F" concealing graphing calculators and earbuds, "exiting now": theft raised to
    # high. "2 juv F" (2 female; "juv" no age range) and each described apart ("#1 pink hoodie", "#2 white tank top,
    # black shorts", given the group's sex) persons; "now" now; "approx 6" a count; the department store and the food
    # court doors are Northgate Mall's.
    dict(written="Northgate Mall security: 2 juv F concealed approx 6 graphing calculators and 3 boxes of earbuds in a tote at the department store back-to-school display, exiting now through the food court doors toward the west lot. #1 pink hoodie, #2 white tank top, black shorts.",
         spoken="northgate mall security two juvenile females concealed approximately six graphing calculators and three boxes of ear buds in a tote at the department store back to school display exiting now through the food court doors toward the west lot number one pink hoodie number two white tank top black shorts",
         at="2041-08-14 14:00", entities=[P(count="2", sex="female"), ("now",), P(count="1", sex="female", clothing=["pink hoodie"]), P(count="1", sex="female", clothing=["white tank top", "black shorts"])],
         places=[("landmark", "Northgate Mall")], category="theft", priority="high"),

    # ---------------------------------------------------------------- traffic
    # The Friday dawn launch: drivers slowing on River Road to watch the balloons, a pickup "just" rear-ended a minivan
    # into an SUV; a little girl in the minivan holding her neck: traffic, high (an injury). "A pickup", "the minivan"
    # and "an SUV" vehicles (no colours); the little girl and the mom persons; "just" now; "River Road by Spruce" the
    # intersection.
    dict(written="River Road by Spruce, the balloons are going up and everybody's slowing down to look. A pickup just rear-ended the minivan in front of me and shoved it into the back of an SUV. The little girl in the minivan's back seat is crying and holding her neck, her mom's trying to get her out. We're all stopped in the lane.",
         spoken="river road by spruse the balloons are going up and every body's slowing down to look a pick up just rear ended the mini van in front of me and shoved it into the back of an s u v the little girl in the mini van's back seat is crying and holding her neck her mom's trying to get her out we're all stopped in the lane",
         at="2041-08-16 06:35", entities=[V(type="pickup"), ("now",), V(type="minivan"), V(type="suv"), P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("intersection", "River Road", "Spruce Street")], category="traffic", priority="high"),
    # The storm's dark signals: a Subaru "just" T-boned a Kia at Kingsley and 5th; the Kia's older driver talking, her
    # face bleeding from the airbag, holding her chest: traffic, high (an injury; not yet a sign of a life at risk). "A
    # white Subaru Outback" outback and "a black Kia Soul" soul; the lady ("older" 60-90) and the Subaru's driver
    # ("guy") persons; "just" now.
    dict(written="The signals at Kingsley and 5th are dark from the storm and nobody's stopping. A white Subaru Outback just T-boned a black Kia Soul right in the middle. The Kia driver's an older lady, she's talking but her face is bleeding from the airbag and she's holding her chest. The Subaru guy's out walking around. Trees are down everywhere, I don't know if you can get through.",
         spoken="the signals at kingsly and fifth are dark from the storm and nobody's stopping a white subaru outback just t boned a black kia soul right in the middle the kia driver's an older lady she's talking but her face is bleeding from the air bag and she's holding her chest the subaru guy's out walking around trees are down every where i don't know if you can get through",
         at="2041-08-15 18:55", entities=[("now",), V(colour="white", make="subaru", model="outback"), V(colour="black", make="kia", model="soul"), P(count="1", sex="female", age="60-90"), P(count="1", sex="male")],
         places=[("intersection", "Kingsley Avenue", "5th Street")], category="traffic", priority="high"),
    # The Perseids' peak night: a car "just" ploughed into the cars pulled off on River Road by Willow, throwing a man
    # sitting on his hood into the road, unresponsive with snoring breaths: critical. "a silver Jeep Cherokee" cherokee;
    # the man, its driver and "everybody" watching (2+) persons; the parked cars no vehicles; "just" now.
    dict(written="Oh my god, a car just plowed into the row of cars pulled off on River Road by Willow where everybody's watching the meteors. It threw a guy who was sitting on his hood out into the road and he won't answer us, he's making this snoring sound. The car that did it is in the ditch, a silver Jeep Cherokee, the driver's still in it. We need ambulances.",
         spoken="oh my god a car just plowed into the row of cars pulled off on river road by willo where every body's watching the meteors it threw a guy who was sitting on his hood out into the road and he won't answer us he's making this snoring sound the car that did it is in the ditch a silver jeep cherokee the driver's still in it we need ambulances",
         at="2041-08-13 01:15", entities=[("now",), P(count="2+"), P(count="1", sex="male"), V(colour="silver", make="jeep", model="cherokee"), P(count="1")],
         places=[("intersection", "River Road", "Willow Street")], category="traffic", priority="critical"),
    # A log off the back of a tree service truck lies in the downhill lane of Kingsley by 3rd, the truck gone on,
    # drivers going around it blind on a curve: a road hazard with no time said, traffic, medium ("are going" lifts only
    # a low call). "a tree service truck" truck; "the downhill lane" no direction of travel; "three feet" no number of a
    # place; the drivers going around it no persons of the tip (traffic passing).
    dict(written="There's a big log in the road on Kingsley by 3rd, right in the downhill lane. It rolled off the back of a tree service truck that kept right on going. People are going around it into the other lane on the curve where you can't see what's coming. It's like three feet thick, nobody can move it.",
         spoken="there's a big log in the road on kingsley by third right in the down hill lane it rolled off the back of a tree service truck that kept right on going people are going around it into the other lane on the curve where you can't see what's coming it's like three feet thick nobody can move it",
         at="2041-08-12 14:20", entities=[V(type="truck")],
         places=[("intersection", "Kingsley Avenue", "3rd Street")], category="traffic", priority="medium"),
    # A cyclist the next morning: "yesterday around 5:30 pm" (17:30 the day before) a white Tesla's mirror clipped his
    # elbow on Elm between 8th and 9th and knocked him into a parked car, unhurt, the driver gone: traffic, lowered to
    # low (hours old). "a white Tesla" tesla with its partial plate ("7 K" 7K; "a Vermont plate" no plate); the driver
    # ("He") a person; the caller's bike and the parked car none; the 800 block of Elm.
    dict(written="Reporting a hit and run from yesterday around 5:30 pm. I was biking on Elm between 8th and 9th and a white Tesla came by way too close, its mirror hit my elbow and knocked me into a parked car. I didn't get hurt, but my front wheel's bent. He didn't even slow down. I only caught some of the plate, 7 K something, a Vermont plate.",
         spoken="reporting a hit and run from yesterday around five thirty p m i was biking on elm between eighth and ninth and a white tesla came by way too close its mirror hit my elbow and knocked me into a parked car i didn't get hurt but my front wheel's bent he didn't even slow down i only caught some of the plate seven k something a vermont plate",
         at="2041-08-12 09:40", entities=[("local", "2041-08-11 17:30"), V(colour="white", make="tesla", plate="7K"), P(count="1", sex="male")],
         places=[("block", 800, "Elm Street")], category="traffic", priority="low"),
    # Non-native, a cyclist hit in a crosswalk "this morning" on the way to work: a knee open and bleeding, a swollen
    # hand: traffic, high (an injury; "this morning" no time). The driver ("a young woman" 18-29) and "a car" persons
    # and vehicle; the caller's bicycle none; "Walnut and 5th" the intersection.
    dict(written="Hello, a car hit me on my bicycle this morning in the crosswalk at Walnut and 5th when I go to work. My knee is open and bleeding and my hand is very swollen, I cannot close it. The driver stop, she is a young woman, she give me a paper with her name and she go. My bicycle is broken. What I must do?",
         spoken="hello a car hit me on my bicycle this morning in the cross walk at walnut and fifth when i go to work my knee is open and bleeding and my hand is very swollen i cannot close it the driver stop she is a young woman she give me a paper with her name and she go my bicycle is broken what i must do",
         at="2041-08-15 08:40", entities=[V(type="car"), P(count="1", sex="female", age="18-29")],
         places=[("intersection", "Walnut Street", "5th Street")], category="traffic", priority="high"),

    # ---------------------------------------------------------------- drugs
    # The festival's tethered rides: the man running them "keeps ducking" behind the propane trailer to smoke a joint
    # between rides full of kids: drugs, medium (children and a present progressive; raises do not stack). The man
    # ("Tall", "orange festival staff shirt" -> "orange shirt"; a grey ponytail no clothing) and the kids (2+) persons.
    dict(written="Down at the festival in Riverside Park, the guy running the tethered balloon rides keeps ducking behind the propane trailer to smoke a joint between rides, and then he goes right back up with a basket full of kids. I can smell it from the line. Tall guy, orange festival staff shirt, grey ponytail.",
         spoken="down at the festival in river side park the guy running the tethered balloon rides keeps ducking behind the propane trailer to smoke a joint between rides and then he goes right back up with a basket full of kids i can smell it from the line tall guy orange festival staff shirt grey pony tail",
         at="2041-08-17 10:30", entities=[P(count="1", sex="male", height="tall", clothing=["orange shirt"]), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="drugs", priority="medium"),
    # A 79-year-old: "this morning" she found a bag of pills and cash under the seat of her car after her grandson
    # borrowed it "over the weekend" (a find, no time): drugs, low. The grandson a person; her own Buick no vehicle;
    # "1119 Oak Street" the address.
    dict(written="I'm 79 and my grandson borrowed my Buick over the weekend, and this morning when I went to the store I found a freezer bag full of pills in all different colors and a stack of twenties with a rubber band under the passenger seat. I don't want him in trouble, but I don't want that in my car either. Should I bring it to you? I'm at 1119 Oak Street.",
         spoken="i'm seventy nine and my grandson borrowed my buick over the weekend and this morning when i went to the store i found a freezer bag full of pills in all different colors and a stack of twenties with a rubber band under the passenger seat i don't want him in trouble but i don't want that in my car either should i bring it to you i'm at eleven nineteen oak street",
         at="2041-08-13 10:00", entities=[P(count="1", sex="male")],
         places=[("address", 1119, "Oak Street")], category="drugs", priority="low"),
    # Dispatch, the replacement buses: approx 1235 (five minutes before) a man dealing hand to hand to passengers
    # waiting at Central Station: drugs raised to medium (a said time within 15 minutes). The man ("W/M 30s" 30-39,
    # "thin", "black durag", "white tank top") and the passengers (2+) persons; "Susp veh gold Chevy Impala" impala; the
    # lot and the bike racks are the station's.
    dict(written="RP states M subj dealing hand to hand at the rail replacement bus stop in the Central Station lot, approx 1235. Subj walks up to passengers waiting for the shuttle buses and exchanges small items for cash. W/M 30s, thin, black durag, white tank top. Susp veh gold Chevy Impala parked by the bike racks.",
         spoken="r p states male subject dealing hand to hand at the rail replacement bus stop in the central station lot approx twelve thirty five subject walks up to passengers waiting for the shuttle buses and exchanges small items for cash white male thirties thin black durag white tank top suspect vehicle gold chevy impala parked by the bike racks",
         at="2041-08-18 12:40", entities=[P(count="1", sex="male", age="30-39", build="thin", clothing=["black durag", "white tank top"]), ("local", "2041-08-18 12:35"), P(count="2+"), V(colour="gold", make="chevrolet", model="impala")],
         places=[("landmark", "Central Station")], category="drugs", priority="medium"),
    # Non-native, a phone store owner: every night after closing two or three men smoke crack on his back steps (a
    # habit): drugs, low. "two or three men" (2+ male) and the workers (2+) persons; "one time a needle" no time; "1104
    # Main" the address.
    dict(written="Hello, I have the phone store at 1104 Main. Every night after I close, two or three men sit on the back steps behind my store and smoke the drug from a glass pipe, crack I think. In the morning I find the little bags and the burned foil, one time a needle. I am afraid for my workers when they take out the trash.",
         spoken="hello i have the phone store at eleven oh four main every night after i close two or three men sit on the back steps behind my store and smoke the drug from a glass pipe crack i think in the morning i find the little bags and the burned foil one time a needle i am afraid for my workers when they take out the trash",
         at="2041-08-15 10:30", entities=[P(count="2+", sex="male"), P(count="2+")],
         places=[("address", 1104, "Main Street")], category="drugs", priority="low"),
    # A boy texting on the pool's closing day: an older man selling pills to 7th graders in the boys' changing room
    # "rn": drugs, medium (children and now). The man ("like 20" 17-23, "black swim trunks" -> "black trunks"; neck
    # tattoos no clothing), the kids (2+; "7th grade" no age range) and the friend persons; "rn" now; the changing room
    # is the Community Pool's.
    dict(written="theres this older guy in the boys changing room at the community pool who sells pills out of a pringles can, percs he says, to kids from like 7th grade. hes doing it rn in the back by the showers. like 20, neck tattoos, black swim trunks. my friend already got one",
         spoken="there's this older guy in the boys changing room at the community pool who sells pills out of a pringles can percs he says to kids from like seventh grade he's doing it right now in the back by the showers like twenty neck tattoos black swim trunks my friend already got one",
         at="2041-08-18 12:10", entities=[P(count="1", sex="male", age="17-23", clothing=["black trunks"]), P(count="2+"), ("now",), P(count="1")],
         places=[("landmark", "Community Pool")], category="drugs", priority="medium"),
    # A web tip the morning after the meteor watch: "Last night around 12:30" (after midnight, the same date, 00:30) two
    # men went blanket to blanket selling acid tabs to the high school kids on the Oakford High field: drugs, children
    # lift low to medium, hours old lower it back to low. "two men in their twenties" (2 male 20-29), the one in a
    # "yellow Hawaiian shirt" ("yellow shirt", given the group's sex and age), the high school kids (2+, 13-19) and the
    # daughter persons; "$10" no number of a place.
    dict(written="Web tip: Last night around 12:30 at the meteor watch on the Oakford High field, two men in their twenties were going blanket to blanket selling tabs of acid to the high school kids for $10 apiece. My daughter came home with one and showed me. One of them had on a yellow Hawaiian shirt.",
         spoken="web tip last night around twelve thirty at the meteor watch on the oakford high field two men in their twenties were going blanket to blanket selling tabs of acid to the high school kids for ten dollars apiece my daughter came home with one and showed me one of them had on a yellow hawaiian shirt",
         at="2041-08-13 11:00", entities=[("local", "2041-08-13 00:30"), P(count="2", sex="male", age="20-29"), P(count="2+", age="13-19"), P(count="1", sex="female"), P(count="1", sex="male", age="20-29", clothing=["yellow shirt"])],
         places=[("landmark", "Oakford High School")], category="drugs", priority="low"),

    # ---------------------------------------------------------------- vandalism
    # The Sunday dawn: "Sometime overnight" (02:00) somebody slashed a packed balloon envelope under its tarp in six
    # places: vandalism, low. The somebody and the festival's night guard persons; a knife used on property no weapon;
    # "$30,000" no number of a place; the launch field is Riverside Park's.
    dict(written="Balloon festival, the launch field at Riverside Park. Sometime overnight somebody got under the tarp where we leave our balloon packed on its trailer and slashed the envelope in about six places with a knife. That's a $30,000 repair and we're grounded for the last launch. The festival's night guard says he didn't see anybody.",
         spoken="balloon festival the launch field at river side park sometime over night somebody got under the tarp where we leave our balloon packed on its trailer and slashed the envelope in about six places with a knife that's a thirty thousand dollar repair and we're grounded for the last launch the festival's night guard says he didn't see anybody",
         at="2041-08-18 06:05", entities=[("local", "2041-08-18 02:00"), P(count="1"), P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="low"),
    # The outage after the storm: three teenagers smashing car windows with rocks along Maple "right now": vandalism,
    # medium (the ones doing the damage no children at risk). "three teenagers" (3, 13-19) a person (the one with a
    # flashlight no attributes of his own); the Honda next door a parked car, no vehicle; "just" and "right now" one
    # now; the 900 block of Maple.
    dict(written="Power's still out on Maple and there's three teenagers going down the block between 9th and 10th smashing car windows with rocks right now. I can hear the glass going and they're laughing. One of them has a flashlight. They just did the Honda next door.",
         spoken="power's still out on maple and there's three teenagers going down the block between ninth and tenth smashing car windows with rocks right now i can hear the glass going and they're laughing one of them has a flash light they just did the honda next door",
         at="2041-08-15 21:15", entities=[P(count="3", age="13-19"), ("now",)],
         places=[("block", 900, "Maple Avenue")], category="vandalism", priority="medium"),
    # The athletic director on the first day of two-a-days: "Sometime overnight" (02:00) somebody drove onto the
    # football field through the service gate and spun donuts, ruts six inches deep: vandalism, low. The somebody and
    # the meteor watchers (2+, on the field till late) persons; "at 7" a schedule; "from the 20 to the 20" no numbers of
    # a place; the field is Oakford High's.
    dict(written="Athletic director at Oakford High. Sometime overnight somebody drove onto the football field through the service gate and did donuts across the whole middle of it, the ruts are six inches deep from the 20 to the 20. Two-a-days start at 7 and we have nowhere to go. The meteor watchers were out there till late, so I have no idea who.",
         spoken="athletic director at oakford high sometime over night somebody drove onto the football field through the service gate and did donuts across the whole middle of it the ruts are six inches deep from the twenty to the twenty two a days start at seven and we have nowhere to go the meteor watchers were out there till late so i have no idea who",
         at="2041-08-13 06:50", entities=[("local", "2041-08-13 02:00"), P(count="1"), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="vandalism", priority="low"),
    # The Downtown Association on the Sunday: "sometime last night" (23:00 the day before) somebody poured motor oil
    # over half of the chalk festival's drawings in Maple Square and wrote LOSERS in oil: vandalism, low. The somebody a
    # person; the kids and artists who drew them the day before not annotated (as holdout30's people who had put out
    # boxes); "this morning" no time.
    dict(written="Downtown Association. The chalk art on the walks in Maple Square, the drawings the kids and the artists spent all day Saturday on, somebody poured motor oil over about half of them sometime last night and wrote LOSERS in oil across the big one. There's empty oil jugs in the trash can. The judging was supposed to be this morning.",
         spoken="downtown association the chalk art on the walks in maple square the drawings the kids and the artists spent all day saturday on somebody poured motor oil over about half of them sometime last night and wrote losers in oil across the big one there's empty oil jugs in the trash can the judging was supposed to be this morning",
         at="2041-08-18 07:30", entities=[P(count="1"), ("local", "2041-08-17 23:00")],
         places=[("landmark", "Maple Square")], category="vandalism", priority="low"),
    # A shopkeeper yanking out the new street trees planted along Main last month because they hide his sign, on the
    # fourth one "right now": vandalism, medium. The man ("Short", "white t-shirt"; flour on his pants no clothing) a
    # person; "last month" no time; the 700 block of Main.
    dict(written="There's a man yanking out the new street trees that went in last month along Main between 7th and 8th, he's pulled up three already and snapped them over his knee. He keeps yelling that they block his store sign. He's working on the fourth one right now. Short guy, white t-shirt, flour all over his pants.",
         spoken="there's a man yanking out the new street trees that went in last month along maine between seventh and eighth he's pulled up three already and snapped them over his knee he keeps yelling that they block his store sign he's working on the fourth one right now short guy white t shirt flour all over his pants",
         at="2041-08-12 12:30", entities=[P(count="1", sex="male", height="short", clothing=["white t-shirt"]), ("now",)],
         places=[("block", 700, "Main Street")], category="vandalism", priority="medium"),
    # The line-clearance crew: "Sometime overnight" (02:00) somebody backed off the lug nuts on both front wheels of the
    # chip truck parked at Cedar by 8th and poured something sticky in the fuel tank: vandalism, low (found before
    # anyone was hurt). The somebody and the driver persons; the chip truck the caller's company's own, no vehicle;
    # "this morning" no time; "onto Kingsley" a street alone.
    dict(written="Valley Line Clearance again. Our chip truck was parked on Cedar by 8th where we're working, and sometime overnight somebody backed the lug nuts off on both front wheels almost all the way and poured something in the fuel tank, the cap's all sticky. My driver caught it this morning on his walk-around. If he'd pulled out onto Kingsley that wheel would've come off.",
         spoken="valley line clearance again our chip truck was parked on cedar by eighth where we're working and sometime over night somebody backed the lug nuts off on both front wheels almost all the way and poured something in the fuel tank the cap's all sticky my driver caught it this morning on his walk around if he'd pulled out onto kingsley that wheel would've come off",
         at="2041-08-14 07:15", entities=[("local", "2041-08-14 02:00"), P(count="1"), P(count="1", sex="male")],
         places=[("intersection", "Cedar Street", "8th Street")], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    # The Perseids' peak night: a dark SUV with its lights off "keeps crawling" along the River Road shoulder where the
    # meteor watchers left their cars, stopping at each: medium (a present progressive; the caller's kids; raises do not
    # stack). "A dark SUV" suv with no colour; the kids and "Everybody" (2+ each) persons; the parked cars none; "River
    # Road by 10th" the intersection.
    dict(written="A dark SUV with its headlights off keeps crawling along the shoulder of River Road by 10th where all the meteor people parked, stopping next to each car for a few seconds. Everybody's out in the field by the river so the cars are empty. That's three passes now. I'm sitting in my car with my kids.",
         spoken="a dark s u v with its head lights off keeps crawling along the shoulder of river road by tenth where all the meteor people parked stopping next to each car for a few seconds every body's out in the field by the river so the cars are empty that's three passes now i'm sitting in my car with my kids",
         at="2041-08-13 00:50", entities=[V(type="suv"), P(count="2+"), P(count="2+")],
         places=[("intersection", "River Road", "10th Street")], category="suspicious_vehicle", priority="medium"),
    # A teacher: for a week a pickup with a cap parks every night around 11 until about 5 in the staff lot behind
    # Lincoln Elementary, a man sleeping in it (a habit): low. "a green Ford Ranger" ranger with its partial plate ("4
    # J" 4J); the man a person; "we" the teachers, not annotated; "in two weeks" no time; behind Lincoln Elementary
    # relative.
    dict(written="I'm a teacher at Lincoln Elementary. For about a week a green Ford Ranger with a cap on the back pulls into the staff lot behind the school every night around 11 and stays till about 5. A man sleeps in it, and in the morning he washes up with the hose on the side of the building. School starts in two weeks and we're already coming in early to set up our rooms. Plate starts with 4 J.",
         spoken="i'm a teacher at lincoln elementary for about a week a green ford ranger with a cap on the back pulls into the staff lot behind the school every night around eleven and stays till about five a man sleeps in it and in the morning he washes up with the hose on the side of the building school starts in two weeks and we're already coming in early to set up our rooms plate starts with four j",
         at="2041-08-14 09:00", entities=[V(colour="green", make="ford", model="ranger", plate="4J"), P(count="1", sex="male")],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="suspicious_vehicle", priority="low"),
    # "It's 1:50", said during the event: a pickup with an empty trailer backed up to the rear door of the hardware
    # store at 706 Main, engine running and lights off, the back door perhaps ajar, nobody seen: raised to medium. "a
    # black pickup" pickup (the trailer no type word, no vehicle of its own); the baby a person; "since 6" a closing
    # time, no time; at the rear door of the hardware store at 706 Main relative to the address (as holdout30's "behind
    # the hardware store").
    dict(written="It's 1:50 and there's a black pickup with an empty flatbed trailer backed right up to the rear door of the hardware store at 706 Main, engine running, no lights. I don't see anybody in the cab and the store's back door looks like it's open a crack. The store's been closed since 6. I'm up with the baby in the apartment across the alley.",
         spoken="it's one fifty and there's a black pick up with an empty flat bed trailer backed right up to the rear door of the hardware store at seven oh six main engine running no lights i don't see anybody in the cab and the store's back door looks like it's open a crack the store's been closed since six i'm up with the baby in the apartment across the alley",
         at="2041-08-16 01:52", entities=[("local", "2041-08-16 01:50"), V(colour="black", type="pickup"), P(count="1")],
         places=[("relative", ("address", 706, "Main Street"))], category="suspicious_vehicle", priority="medium"),
    # The field hockey coach: a man in an SUV parked at the end of the practice field filming the girls with a phone on
    # a selfie stick for 40 minutes, still there "right now": medium (children and now; raises do not stack). "a white
    # Hyundai Santa Fe" santa fe; the man, the girls (2+ female; "14 to 17" their stated ages, not annotated) and the
    # assistant persons; "40 minutes" a duration; the practice field is Oakford High's.
    dict(written="Field hockey coach at Oakford High. There's a man in a white Hyundai Santa Fe parked on the grass at the end of our practice field with his window down, filming my girls with a phone on a selfie stick. He's been there 40 minutes. When my assistant walked over he rolled the window up, and right now he still hasn't left. My girls are 14 to 17.",
         spoken="field hockey coach at oakford high there's a man in a white hyundai santa fe parked on the grass at the end of our practice field with his window down filming my girls with a phone on a selfie stick he's been there forty minutes when my assistant walked over he rolled the window up and right now he still hasn't left my girls are fourteen to seventeen",
         at="2041-08-13 16:30", entities=[P(count="1", sex="male"), V(colour="white", make="hyundai", model="santa fe"), P(count="2+", sex="female"), P(count="1"), ("now",)],
         places=[("landmark", "Oakford High School")], category="suspicious_vehicle", priority="medium"),
    # Non-native, a bakery owner: every evening this week an old white ambulance with its markings painted over parks in
    # the lot behind her shop, a man smoking in the open back watching the alley (a habit, the simple present): low. "an
    # old ambulance, white" white ambulance; the man a person; "no plate in the front" no plate; behind 518 Main
    # relative to the address.
    dict(written="Hello, every evening this week one old ambulance, white, with the words painted over, park in the lot behind my bakery at 518 Main. A man sit in the back with the doors open, he smoke and he watch the alley and my back door until I go home. No plate in the front. Is this normal?",
         spoken="hello every evening this week one old ambulance white with the words painted over park in the lot behind my bakery at five eighteen maine a man sit in the back with the doors open he smoke and he watch the alley and my back door until i go home no plate in the front is this normal",
         at="2041-08-17 10:00", entities=[V(colour="white", type="ambulance"), P(count="1", sex="male")],
         places=[("relative", ("address", 518, "Main Street"))], category="suspicious_vehicle", priority="low"),
    # The Sunday: a wrecked Malibu left on the grass shoulder of Old Mill Road by Cedar since the Thursday storm,
    # windshield caved in and airbags out, its plates taken off, nobody come for it: low (no present progressive). "a
    # grey Chevy Malibu" malibu; the somebody who took the plates a person; "in the storm Thursday" no time; "in three
    # days" a duration; "Mill Road by Cedar" the intersection.
    dict(written="A grey Chevy Malibu got left on the grass shoulder of Mill Road by Cedar in the storm Thursday with the windshield caved in and the airbags hanging out. Somebody took the plates off it. No tow sticker, no note, and nobody's come for it in three days.",
         spoken="a grey chevy malibu got left on the grass shoulder of mill road by cedar in the storm thursday with the windshield caved in and the air bags hanging out somebody took the plates off it no tow sticker no note and nobody's come for it in three days",
         at="2041-08-18 09:30", entities=[V(colour="grey", make="chevrolet", model="malibu"), P(count="1")],
         places=[("intersection", "Old Mill Road", "Cedar Street")], category="suspicious_vehicle", priority="low"),

    # ---------------------------------------------------------------- suspicious person
    # A volunteer at the festival's lost-kids tent: a man has come three times asking which children are there and
    # whether he can look at them, says he is after a nephew whose name and clothes he cannot give, and watches the tent
    # "right now": medium (children and now; raises do not stack). The man ("Short", "heavy", "black Harley t-shirt" ->
    # "black t-shirt") and the kids (2+) persons; "we" the volunteers; "now" now; the funnel cake trailer is in the
    # park.
    dict(written="I'm a volunteer at the balloon festival's lost kids tent down in Riverside Park. A man has come by three times asking which kids we have right now and whether he can look at them. He says he's looking for his nephew, but he can't tell us the boy's name or what he's wearing. He's standing by the funnel cake trailer watching our tent right now. Short, heavy, black Harley t-shirt.",
         spoken="i'm a volunteer at the balloon festival's lost kids tent down in river side park a man has come by three times asking which kids we have right now and whether he can look at them he says he's looking for his nephew but he can't tell us the boy's name or what he's wearing he's standing by the funnel cake trailer watching our tent right now short heavy black harley t shirt",
         at="2041-08-17 11:30", entities=[P(count="1", sex="male", height="short", build="heavy", clothing=["black t-shirt"]), P(count="2+"), ("now",)],
         places=[("landmark", "Riverside Park")], category="suspicious_person", priority="medium"),
    # The balloon glow: a man telling kids he has free tethered-ride tickets in his car, and a little boy almost went
    # off with him before his mother grabbed him: child luring (high). The man ("Bald", "white polo shirt" -> "white
    # shirt", "khaki shorts"), the kids (2+), the boy and his mom persons; the parking lot is the park's.
    dict(written="Riverside Park, the balloon glow. A man by the glow line keeps offering kids free tickets for the tethered balloon ride, says the tickets are out in his car if they walk over with him. A little boy was walking off toward the parking lot with him before the boy's mom caught up and grabbed him. The man's still walking around by the glow line. Bald, white polo shirt, khaki shorts.",
         spoken="riverside park the balloon glow a man by the glow line keeps offering kids free tickets for the tethered balloon ride says the tickets are out in his car if they walk over with him a little boy was walking off toward the parking lot with him before the boy's mom caught up and grabbed him the man's still walking around by the glow line bald white polo shirt khaki shorts",
         at="2041-08-16 20:55", entities=[P(count="1", sex="male", clothing=["white shirt", "khaki shorts"]), P(count="2+"), P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("landmark", "Riverside Park")], category="suspicious_person", priority="high"),
    # "It's ten to three" (02:50), said during the event: a man by the caller's mailbox photographing her house with a
    # flash over and over, a car idling behind him: raised to medium. The man ("Tall", "white hoodie") a person; "a car"
    # car (no description beyond it); "the meteor people" gone home no persons; "1125 Cedar" the address.
    dict(written="It's ten to three and there's a man standing down by my mailbox at 1125 Cedar taking pictures of my house with a flash, over and over, the front door, the windows, the garage. There's a car idling behind him with the lights off. The meteor people all went home hours ago. Tall, white hoodie.",
         spoken="it's ten to three and there's a man standing down by my mailbox at eleven twenty five ceder taking pictures of my house with a flash over and over the front door the windows the garage there's a car idling behind him with the lights off the meteor people all went home hours ago tall white hoodie",
         at="2041-08-13 02:52", entities=[("local", "2041-08-13 02:50"), P(count="1", sex="male", height="tall", clothing=["white hoodie"]), V(type="car")],
         places=[("address", 1125, "Cedar Street")], category="suspicious_person", priority="medium"),
    # "Yesterday afternoon" (14:00 the day before) a man measuring and photographing the doors and windows of the houses
    # in Millbrook, claiming to be the town assessor, whom the town does not know: low (hours old). The man ("maybe 30"
    # 27-33, "khaki pants", "blue t-shirt") and "a couple of my neighbors" he spoke to (2, as the generator's "a couple
    # of guys") persons; "this morning" no time; "the town" no person; "the streets in Millbrook" the neighbourhood, the
    # only place said.
    dict(written="Yesterday afternoon a man went up and down the streets in Millbrook measuring and taking pictures of everybody's doors and back windows. He told a couple of my neighbors he was with the town assessor. I called the town this morning and they have nobody doing that. Maybe 30, khaki pants, blue t-shirt, no badge.",
         spoken="yesterday afternoon a man went up and down the streets in millbrook measuring and taking pictures of everybody's doors and back windows he told a couple of my neighbors he was with the town assessor i called the town this morning and they have nobody doing that maybe thirty khaki pants blue t shirt no badge",
         at="2041-08-15 09:00", entities=[("local", "2041-08-14 14:00"), P(count="1", sex="male", age="27-33", clothing=["khaki pants", "blue t-shirt"]), P(count="2")],
         places=[("neighbourhood", "Millbrook")], category="suspicious_person", priority="low"),
    # Mall security: a man "keeps going" table to table in the food court asking teenage girls to let him photograph
    # their feet for $20: medium (children and a present progressive; raises do not stack). The man ("M 50s" 50-59,
    # "tall", "green polo" -> "green shirt", "tan cargo shorts" -> "tan shorts") and the girls (2+ female, "teenage"
    # 13-19) persons; "Two" of them a count inside the group, no group of its own; the food court is the mall's.
    dict(written="Northgate Mall security. We've got a man in the food court who keeps going table to table asking teenage girls if he can photograph their feet for $20. Two of them came to our desk about it. He moves on every time we walk up. M 50s, tall, green polo, tan cargo shorts, a bag from the shoe store.",
         spoken="northgate mall security we've got a man in the food court who keeps going table to table asking teenage girls if he can photograph their feet for twenty dollars two of them came to our desk about it he moves on every time we walk up male fifties tall green polo tan cargo shorts a bag from the shoe store",
         at="2041-08-14 17:20", entities=[P(count="1", sex="male", age="50-59", height="tall", clothing=["green shirt", "tan shorts"]), P(count="2+", sex="female", age="13-19")],
         places=[("landmark", "Northgate Mall")], category="suspicious_person", priority="medium"),
    # Non-native, two days later: on "Tuesday" (a weekday, no time) a woman saying she was from the water company asked
    # to come in to test the water in the basement, was refused, and went on with a man in a car; the water company does
    # no such visits: low (over, no time). The woman ("maybe 50" 47-53, "blue shirt"; a logo no clothing), the man in
    # the car and the neighbour persons; "a car" car; the husband not home not annotated; "Today" no time; "712 Walnut"
    # the address.
    dict(written="Hello, on Tuesday a woman come to my door at 712 Walnut, she say she is from the water company and she must come inside to test the water in the basement. I say no, my husband is not home. She go to the next house and then she get in a car with a man at the corner. Today my neighbor show me the water company say on Facebook they don't send nobody. Maybe 50, blue shirt with a little logo.",
         spoken="hello on tuesday a woman come to my door at seven twelve wall nut she say she is from the water company and she must come inside to test the water in the base ment i say no my husband is not home she go to the next house and then she get in a car with a man at the corner today my neighbor show me the water company say on facebook they don't send nobody maybe fifty blue shirt with a little logo",
         at="2041-08-15 13:00", entities=[P(count="1", sex="female", age="47-53", clothing=["blue shirt"]), V(type="car"), P(count="1", sex="male"), P(count="1")],
         places=[("address", 712, "Walnut Street")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- disturbance
    # "It's quarter past one", said during the event (01:15): a man on his lawn screaming at the meteor watchers on the
    # field behind his house and blasting an air horn at them "every few seconds" after they asked him to switch off his
    # floodlight: raised to medium. The man, the little kids (2+) and their parents (2+) persons; "all of us" the
    # caller's group, not annotated; "Now he's got an air horn and he's blasting it" now too (what a person of the event
    # is doing, as holdout29's "now he's walking fast"); "the field behind his house" names no landmark; "233 Hawthorn"
    # the address.
    dict(written="It's quarter past one and the man at 233 Hawthorn is out on his lawn screaming at all of us on the field behind his house because we asked him to turn off his floodlight for the meteor shower. Now he's got an air horn and he's blasting it at us every few seconds. There's little kids out here with their parents.",
         spoken="it's quarter past one and the man at two thirty three hawthorne is out on his lawn screaming at all of us on the field behind his house because we asked him to turn off his flood light for the meteor shower now he's got an air horn and he's blasting it at us every few seconds there's little kids out here with their parents",
         at="2041-08-13 01:17", entities=[("local", "2041-08-13 01:15"), P(count="1", sex="male"), ("now",), P(count="2+"), P(count="2+")],
         places=[("address", 233, "Hawthorn Avenue")], category="disturbance", priority="medium"),
    # Lincoln Elementary's front office during Meet the Teacher: a father "is screaming" at a teacher in the first-grade
    # hallway over his daughter's class, slamming the lockers, families with little kids all down the hall: disturbance,
    # medium (a present progressive and children; raises do not stack). The father ("Tall", "white golf shirt" -> "white
    # shirt"; sunglasses no clothing), the teacher, the daughter, the families (2+) and the principal persons.
    dict(written="Lincoln Elementary front office. During Meet the Teacher a father is screaming at one of our teachers in the first grade hallway because his daughter didn't get the class he asked for. He's red in the face and slamming his hand on the lockers, and there are families with little kids all down that hall. He won't leave when the principal asks. Tall, white golf shirt, sunglasses on his head.",
         spoken="lincoln elementary front office during meet the teacher a father is screaming at one of our teachers in the first grade hall way because his daughter didn't get the class he asked for he's red in the face and slamming his hand on the lockers and there are families with little kids all down that hall he won't leave when the principal asks tall white golf shirt sun glasses on his head",
         at="2041-08-15 16:05", entities=[P(count="1", sex="male", height="tall", clothing=["white shirt"]), P(count="1"), P(count="1", sex="female"), P(count="2+"), P(count="1")],
         places=[("landmark", "Lincoln Elementary School")], category="disturbance", priority="medium"),
    # Near midnight: a woman in a Jeep outside 419 Elm "is blasting" her horn nonstop for ten minutes and screaming for
    # her ex to come out: a present progressive with no time lifts low to medium ("ten minutes" a duration). The woman
    # and the ex (inside) persons; "a red Jeep Wrangler" wrangler; outside 419 Elm relative to the address.
    dict(written="There's a woman parked outside 419 Elm in a red Jeep Wrangler who is blasting her horn nonstop, it's been like ten minutes, and screaming for her ex to come out and face her. The whole street's up, it's almost midnight. He won't come out and she won't stop.",
         spoken="there's a woman parked outside four nineteen elm in a red jeep wrangler who is blasting her horn non stop it's been like ten minutes and screaming for her ex to come out and face her the whole street's up it's almost midnight he won't come out and she won't stop",
         at="2041-08-12 23:50", entities=[P(count="1", sex="female"), V(colour="red", make="jeep", model="wrangler"), P(count="1", sex="male")],
         places=[("relative", ("address", 419, "Elm Street"))], category="disturbance", priority="medium"),
    # Non-native, stopped at a light: a man pounding on a car window and pulling at its door, screaming at the young
    # woman alone inside to get out, she crying and boxed in by the car ahead: a woman in danger (high). The man and the
    # young woman ("young" 18-29) persons; her car ("a car") car; the caller's own car none; "Now the light is green and
    # he is still there" now (where a person of the event is); "Elm and 10th" the intersection.
    dict(written="Please, at the red light at Elm and 10th, a man is hitting the window of a car with a young woman inside alone and pulling the door, he scream that she must come out. She is crying and she cannot go, the car in front is stopped. I am in my car behind. Now the light is green and he is still there.",
         spoken="please at the red light at elm and tenth a man is hitting the window of a car with a young woman inside alone and pulling the door he scream that she must come out she is crying and she cannot go the car in front is stopped i am in my car behind now the light is green and he is still there",
         at="2041-08-14 23:10", entities=[P(count="1", sex="male"), V(type="car"), P(count="1", sex="female", age="18-29"), ("now",)],
         places=[("intersection", "Elm Street", "10th Street")], category="disturbance", priority="high"),
    # A web form on the festival's last morning: every morning from 5:15 the announcer's loudspeaker blares at Riverside
    # Park and the balloons fire their burners over the roofs on Willow (a habit, the simple present): disturbance, low.
    # The announcer (named through a possessive) and the husband persons; "at 5:15" a schedule; "on Willow" a street
    # alone.
    dict(written="Web form: Every morning of this balloon festival, starting at 5:15, the announcer's loudspeaker at Riverside Park blares music and countdowns, and then the balloons come in right over our roofs on Willow firing their burners. It sounds like a jet. My husband works nights and sleeps days. Can the festival point the speakers away from the houses next year?",
         spoken="web form every morning of this balloon festival starting at five fifteen the announcer's loud speaker at river side park blares music and count downs and then the balloons come in right over our roofs on willo firing their burners it sounds like a jet my husband works nights and sleeps days can the festival point the speakers away from the houses next year",
         at="2041-08-18 08:30", entities=[P(count="1"), P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="disturbance", priority="low"),
    # A web form the Sunday: "Last night from about 10 until after 1" (a span, over) crowds leaving the brewery's
    # release screamed and sang up Spruce and two men urinated on the hedge in front of the kids' window: disturbance,
    # low. The crowds (2+), "two men" (2 male) and the kids (named through a possessive, 2+) persons; "every time" a
    # habit; "300 Spruce" the 300 block, as the caller names it.
    dict(written="Web form: Last night from about 10 until after 1, the crowds leaving the Old Mill Brewery's fresh hop release walked up Spruce past our house screaming, singing and setting off car alarms, and two men peed on our hedge right under my kids' window. We're in the 300 block of Spruce. This happens every time they have a big event.",
         spoken="web form last night from about ten until after one the crowds leaving the old mill brewery's fresh hop release walked up spruce past our house screaming singing and setting off car alarms and two men peed on our hedge right under my kids window we're in the three hundred block of spruce this happens every time they have a big event",
         at="2041-08-18 09:15", entities=[P(count="2+"), P(count="2", sex="male"), P(count="2+")],
         places=[("block", 300, "Spruce Street")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # The Saturday evening flight: a balloon "just" came down on the power lines on Chestnut between 2nd and 3rd, the
    # basket hanging twenty feet up with four people in it and sparking where it touches: a life at risk (other,
    # critical, a rescue). The four in the basket (4) and the people below (2+) persons; the balloon no vehicle; "just"
    # now; the 200 block of Chestnut.
    dict(written="A hot air balloon from the festival just came down onto the power lines on Chestnut between 2nd and 3rd! The basket's hanging off the wires about twenty feet up with four people in it and the balloon's draped over the pole. There's sparks where the basket's touching. People are running under it trying to help, somebody has to cut the power!",
         spoken="a hot air balloon from the festival just came down onto the power lines on chesnut between second and third the basket's hanging off the wires about twenty feet up with four people in it and the balloon's draped over the pole there's sparks where the basket's touching people are running under it trying to help somebody has to cut the power",
         at="2041-08-17 19:25", entities=[("now",), P(count="4"), P(count="2+")],
         places=[("block", 200, "Chestnut Street")], category="other", priority="critical"),
    # A niece from out of town: her 88-year-old aunt with a heart condition, without power since the storm, 94 degrees,
    # not answering the phone or the door, her car not moved: an elderly person unreachable in dangerous heat (other,
    # high, as train4's grandfather with a bad heart in the cold). The aunt (her stated age not annotated) and the
    # neighbour persons; "since the storm last night" and "all morning" no times; Burlington names no place; "1126
    # Maple" the address.
    dict(written="Can somebody go by 1126 Maple? My aunt's 88 with a heart condition and she's had no power since the storm last night, and it's 94 out. I've called all morning and she doesn't pick up. Her neighbor knocked and got nothing, her car hasn't moved and every window's shut. I'm in Burlington, an hour away.",
         spoken="can somebody go by eleven twenty six maple my aunt's eighty eight with a heart condition and she's had no power since the storm last night and it's ninety four out i've called all morning and she doesn't pick up her neighbor knocked and got nothing her car hasn't moved and every window's shut i'm in burlington an hour away",
         at="2041-08-16 14:30", entities=[P(count="1", sex="female"), P(count="1")],
         places=[("address", 1126, "Maple Avenue")], category="other", priority="high"),
    # The balloon glow: a 5-year-old slipped from his mother's hand "like fifteen minutes ago" in the funnel cake line
    # and is gone in the dark crowd: a missing child (other, high). The son ("blue Paw Patrol shirt" -> "blue shirt",
    # "light-up sneakers" -> "sneakers"; his stated age not annotated) a person.
    dict(written="My son's lost at the balloon glow! He was holding my hand in the funnel cake line like fifteen minutes ago and then he wasn't. He's 5, blond, blue Paw Patrol shirt and light-up sneakers, his name is Theo. We were by the big orange balloon. There's thousands of people here and it's dark.",
         spoken="my son's lost at the balloon glow he was holding my hand in the funnel cake line like fifteen minutes ago and then he wasn't he's five blond blue paw patrol shirt and light up sneakers his name is theo we were by the big orange balloon there's thousands of people here and it's dark",
         at="2041-08-16 21:35", entities=[P(count="1", sex="male", clothing=["blue shirt", "sneakers"]), ("ago", 15)],
         places=[("landmark", "Riverside Park")], category="other", priority="high"),
    # A question before the meteor shower: is Riverside Park open after dark tonight; the caller wants to bring the kids
    # around midnight: other, low. The kids a person (2+); "tonight" and "around midnight" future, no times.
    dict(written="Just a question, nothing urgent. Is Riverside Park open after dark tonight for the meteor shower? We want to bring the kids down to the field by the river around midnight and I don't want to get a ticket for being in the park after it closes.",
         spoken="uh just a question nothing urgent is river side park open after dark tonight for the meteor shower we want to bring the kids down to the field by the river around midnight and i don't want to get a ticket for being in the park after it closes",
         at="2041-08-12 19:30", entities=[P(count="2+")],
         places=[("landmark", "Riverside Park")], category="other", priority="low"),
    # A skunk wandering in circles in a driveway with a yogurt cup stuck over its head: an animal, other, low (no one at
    # risk; "keeps bumping" does not lift "other"). No persons; "618 Oak" the address.
    dict(written="There's a skunk going in circles in my driveway at 618 Oak with a yogurt cup stuck over its head. It keeps bumping into the garage door. I don't want to get sprayed pulling it off. Is there somebody who does this, like animal control?",
         spoken="there's a skunk going in circles in my drive way at six eighteen oak with a yogurt cup stuck over its head it keeps bumping into the garage door i don't want to get sprayed pulling it off is there somebody who does this like animal control",
         at="2041-08-14 07:45", entities=[],
         places=[("address", 618, "Oak Street")], category="other", priority="low"),
    # A web form: four sunrise balloon ride tickets bought on Marketplace for $560 turned out fake and the seller
    # blocked the buyer: a fraud, other, low (as holdout8's roof deposit). The seller ("Kyle", male) a person;
    # "Saturday" a weekday; "Today" no time; "Oakford" the town, no place; no place.
    dict(written="Web form: I bought four sunrise balloon ride tickets for Saturday from a guy on Marketplace, $560 through a payment app. Today the festival told me the ticket numbers are fake, and the seller has blocked me. His profile said Kyle from Oakford. How do I report this and is there any way to get the money back?",
         spoken="web form i bought four sunrise balloon ride tickets for saturday from a guy on marketplace five hundred sixty dollars through a payment app today the festival told me the ticket numbers are fake and the seller has blocked me his profile said kyle from oakford how do i report this and is there any way to get the money back",
         at="2041-08-13 20:00", entities=[P(count="1", sex="male")],
         places=[], category="other", priority="low"),
]

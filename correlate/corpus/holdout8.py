"""A ninth hand-written set (90 tips), the blind set after holdout7, written blind: its author read only the
corpus README, the other corpus scripts (for the format and the label conventions) and the town data, and
never opened the extractor's source, its tests or its examples, nor ran them or any evaluation, nor read any
score's misses. It is the next honest estimate for phrasing the extractor has never seen. New tips, new
situations and new wording: a stolen puppy, stolen licence plates, a Marketplace cash snatch, a crossbow in
the park, a threat posted online, shell casings found the morning after, a hand waving from a car trunk, cows
on the road, a car in the river, a cyclist hit by an opening door, a caller reporting her own fender-bender,
medical calls not in the earlier sets (a scald, a stroke typed by a deaf caller, a pregnant woman bleeding,
asthma on the track), elder abuse by an aide, a drink spiked at a bar, pepper spray in road rage, a
bomb-threat robbery, a home invasion, a rideshare robbery, THC gummies on a school bus, a grow house, an
e-bike battery fire, a chimney fire, a nursing-home fire, a transformer fire, a custodial pick-up attempt
at a school, online grooming, an alarm company's call, a wedding convoy, protesters at an ambulance
entrance, a glued-locks spree, a hate-graffiti report, a baby in a hot car, a suicidal teenager, children
left home alone, a bear.

Registers: terse dispatch and web-form shorthand ("0305 hrs", "1105 hrs", "0147", "700 blk", "vic of
Birch/11th", "2 vehs fleeing EB", "MVC w/ injuries", "1 pt entrapped", "W/M, 20s, 5'10\""), an alarm
company, elderly, frightened, angry, second-hand, a child caller, a deaf caller typing, non-native callers
("I am losing my passport", "the parking of the swimming pool"). Spoken forms add fillers, split words
("oak ford high", "drug store", "e bike") and a plate spelled "b as in boy". Numbers that are not addresses:
"a 4 month old", "$450", "a PS5", "20 in a 45", "bus number 31", "34 weeks", "buzzer 4", "500 mg", "a 5th
grader", "zone 3", "3rd floor", "about 40 protesters", "88 degrees", "$2,000"; look-alike names that are
not the town's places: "Grace Church" on Church Street, "the Willowbrook nursing home", "the little free
library box", "high school kids", "the Islamic center", "the bank", "a car seat". Two tips have no place,
only a street ("on Spruce Street", "the shoulder of Route 9"). A vanity plate ("MINIME").

Same format and conventions as hand.py and holdouts 4-7 (written to extraction_holdout8.jsonl), with the
choices holdout6.py and holdout7.py list: every person other than the caller annotated once; a described
member of a group a separate person with only their own attributes; people said to be away not annotated;
a partial plate annotated as the characters said; "last night" 23:00 the day before, "overnight" 02:00;
habits and a bare "this morning", "yesterday" or "tonight" are not times; "old"/"elderly"/"older" 60-90,
"young" 18-29, teens 13-19, "in his 20s" 20-29, "about N" N-3..N+3; the type of a vehicle only when a
type word is in its description; a make for a model said alone. Priority: the category's base (weapon,
fire, medical, robbery, assault high; burglary, theft, traffic medium; the rest low), critical for a weapon
in use or a life at risk, high for an injury or a weapon seen, low to medium for children, one step (not
above high) for an event still happening (a said time within 15 minutes, or with no time said a present
progressive for a low call), one step lower when more than six hours old; child luring and a missing
vulnerable person high.

Choices this set makes where those conventions do not decide:
- Counts: 1-4 as said; a larger number or "about N" above four is "3+" (as holdout4's "about six people").
- Ages: "like 15", "maybe 12", "about 40" are annotated (N-3..N+3) for the people described as actors
  (suspects, the boys with the rifle); an age said of a victim, the caller's relative, a missing person or
  the caller ("he's 81", "my 16 year old", "I'm 84", "they're like 5 and 7") is not, as in holdout7.
- Height said in feet and inches is annotated as said ("5'10\""), as holdout.py's "6'0\"".
- Clothing: colour and item noun; brand, team and style dropped, a team's colour kept as earlier sets do
  ("Nike tracksuit" black -> "black tracksuit", "Carhartt jacket" tan -> "tan jacket", "Dodgers hat" ->
  "blue hat", "Sixers jersey" white -> "white jersey", "army coat" -> "green coat", "button-up" -> "shirt",
  "gorilla mask" -> "mask", "leather vest" -> "vest", "camo jacket" kept, "joggers" kept as said);
  sunglasses, glasses, tattoos, beards and hair are not clothing; "dark hoodie" has no colour.
- Vehicles: "car" is not a type when a make or model is given; "Chrysler 300" model "300", "XC90", "Mini
  Cooper" make mini model cooper, a "Harley" make harley-davidson with no type (no type word), a U-Haul
  "box truck" type truck with no make (a rental company, not a make), an "e-bike" a bicycle, an ambulance
  type "ambulance". The caller's own vehicle is annotated only when it is part of the event (stolen, hit,
  damaged, ridden into the crash); cars in general ("looks inside the cars", "2 vehs" with nothing said
  of them) are not vehicles, while the robbers' "bikes" are one bicycle entity (as holdout5's "two bikes").
- Weapons: new types "crossbow" and "pepper spray" (sprayed in a face: a weapon in use, critical). A BB gun
  used on a parked car is not annotated (not a firearm; property damage). A hand in a pocket "like a gun",
  a claimed bomb and shots heard without a weapon named are not weapons (as the earlier sets' "shots").
- Times: 24-hour times in shorthand ("0305 hrs", "1105 hrs", "0147") are clock times; "1:30 last night"
  is 01:30 of the received day; "Wednesday night around 11" is 23:00 on that Wednesday; "since 10 last
  night" and "since about 4 this morning" give the start. Not times: a weekday, a date ("since 5/2") or
  "last month"/"last Friday" alone, future times ("tonight at 8", "tomorrow"), schedule and discovery times
  ("opens at 5", "after the 7:00 show", "come out at 3:15", "found it at 5:45"), habits ("every Saturday
  at 7 a.m.", "Tuesdays and Thursdays around 4:30", "at about 6 a.m." for three days).
- Priority: the six-hour rule is applied to burglaries as to every other category (the Wednesday-night
  shed is low); a tip plainly days old with no clock ("last Friday") is also one step lower; a robber
  claiming a bomb makes the robbery critical (a threat to life); a stranger or relative trying to take a
  child out of school is high like luring; small children left home alone since yesterday are high
  (vulnerable people); a baby in a hot car is "other" (as the dogs in hot cars were) and critical; a hand waving from a car trunk is suspicious_vehicle and critical (life at risk);
  cows on the road are traffic (a road hazard, as the mattress and the branch); burning tyres in a barrel
  is fire; a described ongoing action ("is going round and round", "it's tearing open") counts as a
  present progressive, also in "other" (as holdout7's deer).
- Places: "vic of Birch/11th" (vicinity) and "around Maple Square" are relative, like "near"; "past the
  FreshMart" is relative; "in front of" an address is relative; "on X around Y" and "on X by Y" are
  intersections; a street alone is not a place ("on Kingsley", "toward 8th", "Route 9").

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just"
happened is now (as holdouts 28 and 29 label it): tips 24, 28, 54, 59, 63 and 74 (1-based, in file order)
gained ("now",).
"""
from hand import P, V, W

HOLDOUT8 = [
    # ---------------------------------------------------------------- theft
    dict(written="Somebody stole our puppy out of the fenced yard! My neighbor saw a lady in a tan Honda Fit pull up, reach over the gate, grab him and drive off toward 11th, about 20 minutes ago. We're on Spruce between 10th and 11th. He's a 4 month old French bulldog, brindle.",
         spoken="somebody stole our puppy out of the fenced yard my neighbor saw a lady in a tan honda fit pull up reach over the gate grab him and drive off toward eleventh about twenty minutes ago we're on spruse between tenth and eleventh he's a four month old french bulldog brindle",
         at="2026-05-08 16:40", entities=[P(count="1"), P(count="1", sex="female"), V(colour="tan", make="honda", model="fit"), ("ago", 20)],
         places=[("block", 1000, "Spruce Street")], category="theft", priority="medium"),
    dict(written="Theft from unlocked car in driveway, 1013 Pine St. Doorbell cam shows susp at 0305 hrs: M, slim build, dark hoodie, flashlight, went thru glovebox + console. Wallet and garage door opener taken.",
         spoken="theft from unlocked car in driveway ten thirteen pine street doorbell cam shows suspect at oh three oh five hours male slim build dark hoodie flashlight went through glove box and console wallet and garage door opener taken",
         at="2026-05-08 09:50", entities=[V(type="car"), P(count="1", sex="male", build="thin", clothing=["hoodie"]), ("local", "2026-05-08 03:05")],
         places=[("address", 1013, "Pine Street")], category="theft", priority="low"),
    dict(written="Yes hello, I'm at the FreshMart, somebody took my purse out of my shopping cart, I only turned around for a second to get the cereal. It was just a minute ago. There was a young man with a red beard hanging around me in the aisle, he had a green army coat. I'm 78, I don't move so quick.",
         spoken="yes hello i'm at the fresh mart somebody took my purse out of my shopping cart i only turned around for a second to get the cereal it was just a minute ago there was a young man with a red beard hanging around me in the aisle he had a green army coat i'm seventy eight i don't move so quick",
         at="2026-05-08 10:25", entities=[P(count="1", sex="male", age="18-29", clothing=["green coat"]), ("ago", 1)],
         places=[("landmark", "FreshMart Supermarket")], category="theft", priority="high"),
    dict(written="Someone unscrewed and stole both license plates off my car last night, it was parked on Walnut near 3rd. It's a black Volvo XC90, the plate was VTK 3301. I need a report number for the DMV.",
         spoken="um someone unscrewed and stole both license plates off my car last night it was parked on wallnut near third it's a black volvo x c ninety the plate was v t k three three zero one i need a report number for the d m v",
         at="2026-05-08 08:20", entities=[P(count="1"), V(colour="black", make="volvo", model="xc90", plate="VTK3301"), ("local", "2026-05-07 23:00")],
         places=[("intersection", "Walnut Street", "3rd Street")], category="theft", priority="low"),
    dict(written="this kid at the skatepark in Riverside Park took my board and my AirPods out of my bag and he's literally riding my board around right now like nothing happened. he's like 15, curly hair, black Nike tracksuit. can someone come",
         spoken="this kid at the skate park in riverside park took my board and my air pods out of my bag and he's literally riding my board around right now like nothing happened he's like fifteen curly hair black nike track suit can someone come",
         at="2026-05-08 18:15", entities=[P(count="1", sex="male", age="12-18", clothing=["black tracksuit"]), ("now",)],
         places=[("landmark", "Riverside Park")], category="theft", priority="high"),
    dict(written="I drive for a delivery company. Earlier, around twenty past 2, I was dropping a parcel at 817 Birch and a guy climbed in the back of my van and ran off with three boxes toward Lincoln Elementary. Scrawny white guy, shaved head, grey joggers. The company says I have to file a report.",
         spoken="i drive for a delivery company earlier around twenty past two i was dropping a parcel at eight seventeen burch and a guy climbed in the back of my van and ran off with three boxes toward lincoln elementary scrawny white guy shaved head gray joggers the company says i have to file a report",
         at="2026-05-08 16:05", entities=[V(type="van"), P(count="1", sex="male", build="thin", clothing=["grey joggers"]), ("local", "2026-05-08 14:20")],
         places=[("address", 817, "Birch Street"), ("landmark", "Lincoln Elementary School")], category="theft", priority="medium"),
    dict(written="I was meeting a guy from Facebook Marketplace in the Northgate Mall parking lot to buy a PS5, I showed him the $450 and he snatched it out of my hand, jumped in a silver Acura and took off, plate started with 8 W. This was like 10 minutes ago.",
         spoken="i was meeting a guy from facebook marketplace in the north gate mall parking lot to buy a p s five i showed him the four hundred fifty dollars and he snatched it out of my hand jumped in a silver acura and took off plate started with eight w this was like ten minutes ago",
         at="2026-05-08 19:40", entities=[P(count="1", sex="male"), V(colour="silver", make="acura", plate="8W"), ("ago", 10)],
         places=[("landmark", "Northgate Mall")], category="theft", priority="high"),

    # ---------------------------------------------------------------- weapon
    dict(written="There's a guy in a camo jacket shooting a crossbow at squirrels in the trees at Riverside Park, and the bolts are landing on the walking path. People are out with dogs and strollers!",
         spoken="there's a guy in a camo jacket shooting a crossbow at squirrels in the trees at riverside park and the bolts are landing on the walking path people are out with dogs and strollers",
         at="2026-05-09 08:10", entities=[P(count="1", sex="male", clothing=["camo jacket"]), W("crossbow"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="weapon", priority="critical"),
    dict(written="Two boys, maybe 12, walking on Pine Street near 8th with what looks like a real black rifle over one boy's shoulder. Could be airsoft, but I don't see an orange tip on it.",
         spoken="two boys maybe twelve walking on pine street near eighth with what looks like a real black rifle over one boy's shoulder could be air soft but i don't see an orange tip on it",
         at="2026-05-08 15:35", entities=[P(count="2", sex="male", age="9-15"), W("rifle")],
         places=[("intersection", "Pine Street", "8th Street")], category="weapon", priority="high"),
    dict(written="My brother-in-law is drunk and standing on his porch at 1133 Willow with his deer rifle, yelling that nobody's taking his kids. My sister and the two kids are locked in her car in the driveway and he won't let them leave. Please hurry.",
         spoken="my brother in law is drunk and standing on his porch at eleven thirty three willo with his deer rifle yelling that nobody's taking his kids my sister and the two kids are locked in her car in the driveway and he won't let them leave please hurry",
         at="2026-05-08 21:20", entities=[P(count="1", sex="male"), W("rifle"), P(count="1", sex="female"), P(count="2"), V(type="car")],
         places=[("address", 1133, "Willow Street")], category="weapon", priority="critical"),
    dict(written="Around 11:30 last night somebody fired off a bunch of rounds out by the brewery, and this morning I found 3 shell casings in my driveway at 52 Old Mill Road. Nobody's hurt that I know of.",
         spoken="around eleven thirty last night somebody fired off a bunch of rounds out by the brewery and this morning i found three shell casings in my driveway at fifty two old mill road nobody's hurt that i know of",
         at="2026-05-08 07:30", entities=[P(count="1"), ("local", "2026-05-07 23:30")],
         places=[("relative", ("landmark", "Old Mill Brewery")), ("address", 52, "Old Mill Road")], category="weapon", priority="medium"),
    dict(written="shots fired, approx 8-10 rds, vic of Birch/11th. 2 vehs fleeing EB: dark sedan + white SUV. unk injuries",
         spoken="shots fired approximately eight to ten rounds vicinity of burch and eleventh two vehicles fleeing eastbound dark sedan and white s u v unknown injuries",
         at="2026-05-09 01:05", entities=[V(type="sedan", direction="east"), V(colour="white", type="suv", direction="east")],
         places=[("relative", ("intersection", "Birch Street", "11th Street"))], category="weapon", priority="critical"),
    dict(written="My son just showed me an Instagram story from a boy in his grade saying he's bringing a gun to Oakford High tomorrow and 'everyone will see'. The boy goes by Jaxx on there. I screenshotted it.",
         spoken="my son just showed me an instagram story from a boy in his grade saying he's bringing a gun to oak ford high tomorrow and everyone will see the boy goes by jacks on there i screenshotted it",
         at="2026-05-08 21:45", entities=[P(count="1", sex="male"), P(count="1", sex="male"), W("gun")],
         places=[("landmark", "Oakford High School")], category="weapon", priority="high"),
    dict(written="There's a man in the lobby of City Hall with a big hunting knife strapped to his thigh, shouting at the clerks about his water bill. He hasn't taken it out. Tall, grey ponytail, leather vest.",
         spoken="there's a man in the lobby of city hall with a big hunting knife strapped to his thigh shouting at the clerks about his water bill he hasn't taken it out tall gray ponytail leather vest",
         at="2026-05-08 11:05", entities=[P(count="1", sex="male", height="tall", clothing=["vest"]), W("knife"), P(count="2+")],
         places=[("landmark", "City Hall")], category="weapon", priority="high"),

    # ---------------------------------------------------------------- suspicious vehicle
    dict(written="A U-Haul box truck has been sitting in the alley behind the Corner Cafe with the engine running since about 4 this morning. The back door is rolled up, it's empty, and there's nobody in the cab.",
         spoken="a u haul box truck has been sitting in the alley behind the corner cafe with the engine running since about four this morning the back door is rolled up it's empty and there's nobody in the cab",
         at="2026-05-08 06:30", entities=[V(type="truck"), ("local", "2026-05-08 04:00")],
         places=[("relative", ("landmark", "Corner Cafe"))], category="suspicious_vehicle", priority="low"),
    dict(written="I don't want to be a bother, but there's a car parked in front of my house at 142 Church Street with two men in it, dark green, I think it's a Lexus. They are smoking and watching the houses with the windows down. I'm a widow and I live alone.",
         spoken="i don't want to be a bother but there's a car parked in front of my house at one forty two church street with two men in it dark green i think it's a lexus they are smoking and watching the houses with the windows down i'm a widow and i live alone",
         at="2026-05-08 14:50", entities=[V(colour="green", make="lexus"), P(count="2", sex="male")],
         places=[("relative", ("address", 142, "Church Street"))], category="suspicious_vehicle", priority="medium"),
    dict(written="Excuse me, one motorbike without number plate is going round and round the parking of the swimming pool, already 6 or 7 times. The driver have helmet with black glass, he look inside the cars. I think he want to steal.",
         spoken="excuse me one motor bike without number plate is going round and round the parking of the swimming pool already six or seven times the driver have helmet with black glass he look inside the cars i think he want to steal",
         at="2026-05-08 13:15", entities=[V(type="motorcycle"), P(count="1", sex="male", clothing=["helmet"])],
         places=[("landmark", "Community Pool")], category="suspicious_vehicle", priority="medium"),
    dict(written="I just saw a hand come out of the trunk of a black Chrysler 300 and wave, at the light on 10th and Elm! It's going north on 10th now. Plate 2BFN 774. I think someone is locked in there.",
         spoken="oh my god i just saw a hand come out of the trunk of a black chrysler three hundred and wave at the light on tenth and elm it's going north on tenth now plate two b as in boy f as in frank n seven seven four i think someone is locked in there",
         at="2026-05-08 22:35", entities=[V(colour="black", make="chrysler", model="300", plate="2BFN774", direction="north"), P(count="1"), ("now",)],
         places=[("intersection", "10th Street", "Elm Street")], category="suspicious_vehicle", priority="critical"),
    dict(written="Abandoned vehicle: white Mitsubishi Outlander, Ohio tags, on Hawthorn Ave by 6th since 5/2. Two flat tires, parking tickets piling up on the windshield.",
         spoken="abandoned vehicle white mitsubishi outlander ohio tags on hawthorne avenue by sixth since may second two flat tires parking tickets piling up on the windshield",
         at="2026-05-09 10:40", entities=[V(colour="white", make="mitsubishi", model="outlander")],
         places=[("intersection", "Hawthorn Avenue", "6th Street")], category="suspicious_vehicle", priority="low"),
    dict(written="A black SUV with tinted windows and no front plate has followed my kids' school bus through Northgate every morning this week. It stops when the bus stops and just sits there until the kids get on.",
         spoken="a black s u v with tinted windows and no front plate has followed my kids school bus through north gate every morning this week it stops when the bus stops and just sits there until the kids get on",
         at="2026-05-08 08:05", entities=[V(colour="black", type="suv"), V(type="bus"), P(count="2+")],
         places=[("neighbourhood", "Northgate")], category="suspicious_vehicle", priority="medium"),

    # ---------------------------------------------------------------- traffic
    dict(written="Heads up, there's like 6 cows loose on River Road around 9th, standing right in the lanes. It's pitch dark out here and people come around that bend fast.",
         spoken="heads up there's like six cows loose on river road around ninth standing right in the lanes it's pitch dark out here and people come around that bend fast",
         at="2026-05-08 21:50", entities=[],
         places=[("intersection", "River Road", "9th Street")], category="traffic", priority="medium"),
    dict(written="This morning around 7:50 I'm pretty sure a kid was driving a blue Ford Ranger on Kingsley, he could barely see over the wheel, doing 20 in a 45 and drifting over the line. Plate RNG 22-something. He turned off toward Northgate.",
         spoken="this morning around seven fifty i'm pretty sure a kid was driving a blue ford ranger on kingsly he could barely see over the wheel doing twenty in a forty five and drifting over the line plate r n g two two something he turned off toward north gate",
         at="2026-05-08 15:00", entities=[P(count="1", sex="male"), V(colour="blue", make="ford", model="ranger", plate="RNG22"), ("local", "2026-05-08 07:50")],
         places=[("neighbourhood", "Northgate")], category="traffic", priority="low"),
    dict(written="Hi, I backed into a parked car outside 505 Elm and cracked its taillight. The owner isn't around. It's a white Kia Telluride. I left a note with my number but I wanted to report it myself.",
         spoken="hi uh i backed into a parked car outside five oh five elm and cracked its tail light the owner isn't around it's a white kia telluride i left a note with my number but i wanted to report it myself",
         at="2026-05-08 12:55", entities=[V(colour="white", make="kia", model="telluride")],
         places=[("relative", ("address", 505, "Elm Street"))], category="traffic", priority="medium"),
    dict(written="A car just went off River Road into the river at Hawthorn! It's floating and sinking at the back, I can see somebody inside banging on the window!!",
         spoken="a car just went off river road into the river at hawthorne it's floating and sinking at the back i can see somebody inside banging on the window",
         at="2026-05-08 23:40", entities=[V(type="car"), P(count="1"), ("now",)],
         places=[("intersection", "River Road", "Hawthorn Avenue")], category="traffic", priority="critical"),
    dict(written="I was riding my bike down Oak past the FreshMart and a lady flung her car door open right into me. I'm sitting on the curb, my wrist is swollen up and I think it's broken. She's still here with me, it's a red Mini Cooper, her plate says MINIME.",
         spoken="i was riding my bike down oak past the fresh mart and a lady flung her car door open right into me i'm sitting on the curb my wrist is swollen up and i think it's broken she's still here with me it's a red mini cooper her plate says mini me",
         at="2026-05-08 17:20", entities=[V(type="bicycle"), P(count="1", sex="female"), V(colour="red", make="mini", model="cooper", plate="MINIME")],
         places=[("relative", ("landmark", "FreshMart Supermarket"))], category="traffic", priority="high"),
    dict(written="MVC w/ injuries, Main & 11th. 2 vehs, 1 pt entrapped in driver seat, fluids in roadway. Req fire + EMS.",
         spoken="m v c with injuries main and eleventh two vehicles one patient entrapped in driver seat fluids in roadway request fire and e m s",
         at="2026-05-08 07:15", entities=[P(count="1")],
         places=[("intersection", "Main Street", "11th Street")], category="traffic", priority="critical"),
    dict(written="Yesterday around 5:15 in the evening a school bus ran a red light at Maple and 4th, I almost T-boned it. Got it on my dashcam, it was bus number 31.",
         spoken="yesterday around five fifteen in the evening a school bus ran a red light at maple and fourth i almost t boned it got it on my dash cam it was bus number thirty one",
         at="2026-05-08 09:15", entities=[V(type="bus"), ("local", "2026-05-07 17:15")],
         places=[("intersection", "Maple Avenue", "4th Street")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- medical
    dict(written="The car in front of me just rolled real slow into the middle of Chestnut and 8th and stopped. The old man driving is slumped against the window and his face is grey. I'm knocking and he's not responding.",
         spoken="the car in front of me just rolled real slow into the middle of chesnut and eighth and stopped the old man driving is slumped against the window and his face is gray i'm knocking and he's not responding",
         at="2026-05-08 11:45", entities=[V(type="car"), P(count="1", sex="male", age="60-90"), ("now",)],
         places=[("intersection", "Chestnut Street", "8th Street")], category="medical", priority="critical"),
    dict(written="My mother slipped on a wet floor at the Oakford Library yesterday around 3:30 in the afternoon. Today her wrist is twice the size and purple. Do I take her to St. Mary's or can someone come?",
         spoken="my mother slipped on a wet floor at the oakford library yesterday around three thirty in the afternoon today her wrist is twice the size and purple do i take her to saint mary's or can someone come",
         at="2026-05-09 09:30", entities=[P(count="1", sex="female"), ("local", "2026-05-08 15:30")],
         places=[("landmark", "Oakford Public Library"), ("landmark", "St. Mary's Hospital")], category="medical", priority="medium"),
    dict(written="My wife is 34 weeks pregnant and she's bleeding a lot, it's soaking through. We're pulled over on the shoulder of Route 9 heading into town. She's getting really dizzy.",
         spoken="my wife is thirty four weeks pregnant and she's bleeding a lot it's soaking through we're pulled over on the shoulder of route nine heading into town she's getting really dizzy",
         at="2026-05-08 20:10", entities=[P(count="1", sex="female")],
         places=[], category="medical", priority="critical"),
    dict(written="My little boy pulled a pot of boiling pasta water off the stove onto his chest, the skin's all red and peeling and he's screaming. 227 5th Street. I've got him under cold water.",
         spoken="my little boy pulled a pot of boiling pasta water off the stove onto his chest the skin's all red and peeling and he's screaming two twenty seven fifth street i've got him under cold water",
         at="2026-05-08 18:05", entities=[P(count="1", sex="male")],
         places=[("address", 227, "5th Street")], category="medical", priority="high"),
    dict(written="A girl is sitting on the curb outside the Grand Cinema after the concert, her friends say she took a pill, she's burning up, her jaw's clenching and she's not making any sense.",
         spoken="a girl is sitting on the curb outside the grand cinema after the concert her friends say she took a pill she's burning up her jaw's clenching and she's not making any sense",
         at="2026-05-09 00:35", entities=[P(count="1", sex="female"), P(count="2+")],
         places=[("relative", ("landmark", "Grand Cinema"))], category="medical", priority="high"),
    dict(written="Coach at the Oakford High track. One of my runners can't catch her breath, her inhaler isn't doing anything and her lips are starting to go blue. We're by the bleachers on the south side.",
         spoken="coach at the oakford high track one of my runners can't catch her breath her inhaler isn't doing anything and her lips are starting to go blue we're by the bleachers on the south side",
         at="2026-05-08 16:25", entities=[P(count="1", sex="female")],
         places=[("landmark", "Oakford High School")], category="medical", priority="critical"),
    dict(written="I'm deaf, texting. My roommate's face is drooping on one side and her words make no sense. Started 10 min ago. 1186 Maple Ave, buzzer 4. Door is unlocked.",
         spoken="i'm deaf texting my roommate's face is drooping on one side and her words make no sense started ten minutes ago eleven eighty six maple avenue buzzer four door is unlocked",
         at="2026-05-09 07:05", entities=[P(count="1", sex="female"), ("ago", 10)],
         places=[("address", 1186, "Maple Avenue")], category="medical", priority="critical"),

    # ---------------------------------------------------------------- assault
    dict(written="I visited my grandmother at 306 9th Street and she has bruises up both arms. She finally told me the aide who comes in the mornings pinches her and slaps her. The aide's name is Carla.",
         spoken="i visited my grandmother at three oh six ninth street and she has bruises up both arms she finally told me the aide who comes in the mornings pinches her and slaps her the aide's name is carla",
         at="2026-05-08 13:35", entities=[P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("address", 306, "9th Street")], category="assault", priority="high"),
    dict(written="A customer just threw his hot coffee at our barista at Corner Coffee and then grabbed her by the hair across the counter. He's walking out now toward 8th. Bald, neck tattoo, tan Carhartt jacket.",
         spoken="a customer just threw his hot coffee at our barista at corner coffee and then grabbed her by the hair across the counter he's walking out now toward eighth bald neck tattoo tan car heart jacket",
         at="2026-05-08 08:40", entities=[P(count="1", sex="male", clothing=["tan jacket"]), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Corner Cafe")], category="assault", priority="high"),
    dict(written="my moms boyfriend is hitting her really hard and she is bleeding from her nose. we live at 1009 hawthorn. im in my room with my little sister. please come fast",
         spoken="my mom's boyfriend is hitting her really hard and she is bleeding from her nose we live at ten oh nine hawthorne i'm in my room with my little sister please come fast",
         at="2026-05-08 22:15", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("address", 1009, "Hawthorn Avenue")], category="assault", priority="critical"),
    dict(written="A man I matched with on a dating app met me for a drink at the Old Mill Brewery last Friday, and when I didn't want to go home with him he grabbed my arm and shoved me against his car in the parking lot. I have bruises and photos.",
         spoken="a man i matched with on a dating app met me for a drink at the old mill brewery last friday and when i didn't want to go home with him he grabbed my arm and shoved me against his car in the parking lot i have bruises and photos",
         at="2026-05-08 12:20", entities=[P(count="1", sex="male"), V(type="car")],
         places=[("landmark", "Old Mill Brewery")], category="assault", priority="medium"),
    dict(written="My friend thinks a guy put something in her drink at the bar at Elm and 9th, she can barely stand up and he's trying to walk her out to his truck right now. Tall guy, blue button-up, glasses.",
         spoken="my friend thinks a guy put something in her drink at the bar at elm and ninth she can barely stand up and he's trying to walk her out to his truck right now tall guy blue button up glasses",
         at="2026-05-09 00:50", entities=[P(count="1", sex="female"), P(count="1", sex="male", height="tall", clothing=["blue shirt"]), V(type="truck"), ("now",)],
         places=[("intersection", "Elm Street", "9th Street")], category="assault", priority="critical"),
    dict(written="Two young fellas shoved my husband down outside the town hall because he asked them to mind their language. He's 81 and he cut his head open on the step. They walked off laughing toward the drugstore.",
         spoken="two young fellas shoved my husband down outside the town hall because he asked them to mind their language he's eighty one and he cut his head open on the step they walked off laughing toward the drug store",
         at="2026-05-08 14:30", entities=[P(count="2", sex="male", age="18-29"), P(count="1", sex="male")],
         places=[("relative", ("landmark", "City Hall")), ("landmark", "Main Street Pharmacy")], category="assault", priority="high"),
    dict(written="Guy in a grey Tacoma pepper sprayed me through my window at the light at Oak and 3rd because I honked. My eyes are on fire, I can't see. He went west on Oak, plate ends in 991.",
         spoken="guy in a gray tacoma pepper sprayed me through my window at the light at oak and third because i honked my eyes are on fire i can't see he went west on oak plate ends in nine nine one",
         at="2026-05-08 17:55", entities=[P(count="1", sex="male"), V(colour="grey", make="toyota", model="tacoma", plate="991", direction="west"), W("pepper spray")],
         places=[("intersection", "Oak Street", "3rd Street")], category="assault", priority="critical"),

    # ---------------------------------------------------------------- robbery
    dict(written="This is the customer service desk at FreshMart. A man just told me he had a bomb in his backpack and made me empty the safe drawer into a bag. He walked out 5 minutes ago toward 9th Street. Hispanic, about 40, Dodgers hat, blue backpack.",
         spoken="this is the customer service desk at fresh mart a man just told me he had a bomb in his backpack and made me empty the safe drawer into a bag he walked out five minutes ago toward ninth street hispanic about forty dodgers hat blue backpack",
         at="2026-05-08 12:40", entities=[P(count="1", sex="male", age="37-43", clothing=["blue hat", "blue backpack"]), ("ago", 5)],
         places=[("landmark", "FreshMart Supermarket")], category="robbery", priority="critical"),
    dict(written="Three men forced their way into my apartment at 418 Oak Street, one put a gun to my head, they tied me up and took my safe. They left about 20 minutes ago in a gold Toyota Sienna, I just got my hands free.",
         spoken="three men forced their way into my apartment at four eighteen oak street one put a gun to my head they tied me up and took my safe they left about twenty minutes ago in a gold toyota sienna i just got my hands free",
         at="2026-05-09 03:10", entities=[P(count="3", sex="male"), W("gun"), V(colour="gold", make="toyota", model="sienna"), ("ago", 20)],
         places=[("address", 418, "Oak Street")], category="robbery", priority="critical"),
    dict(written="Four kids on bikes boxed my son in outside the pool and made him take off his new Jordans and hand over his phone. One of them showed him a knife. My son's 13, he's home now, shaking.",
         spoken="four kids on bikes boxed my son in outside the pool and made him take off his new jordans and hand over his phone one of them showed him a knife my son's thirteen he's home now shaking",
         at="2026-05-08 17:05", entities=[P(count="4"), V(type="bicycle"), P(count="1", sex="male"), W("knife")],
         places=[("relative", ("landmark", "Community Pool"))], category="robbery", priority="critical"),
    dict(written="A man followed my mother into the ATM room of the bank on Main by 4th this morning around 9:40 and made her take out $300. He kept his hand in his jacket pocket like he had a gun. She's 76, she's okay, just very scared.",
         spoken="a man followed my mother into the a t m room of the bank on maine by fourth this morning around nine forty and made her take out three hundred dollars he kept his hand in his jacket pocket like he had a gun she's seventy six she's okay just very scared",
         at="2026-05-08 11:10", entities=[P(count="1", sex="male"), P(count="1", sex="female"), ("local", "2026-05-08 09:40")],
         places=[("intersection", "Main Street", "4th Street")], category="robbery", priority="high"),
    dict(written="Strong-arm robbery at Rosie's Bakery, 1105 hrs. Susp W/M, 20s, 5'10\", thin, blk Adidas tracksuit, grabbed cash from register after shoving clerk, fled on foot S on 3rd. No weapon seen.",
         spoken="strong arm robbery at rosies bakery eleven oh five hours suspect white male twenties five ten thin black adidas track suit grabbed cash from register after shoving clerk fled on foot south on third no weapon seen",
         at="2026-05-08 11:12", entities=[P(count="1", sex="male", age="20-29", height="5'10\"", build="thin", clothing=["black tracksuit"], direction="south"), P(count="1"), ("local", "2026-05-08 11:05")],
         places=[("landmark", "Rosie's Bakery")], category="robbery", priority="high"),
    dict(written="I got robbed by my rideshare driver. At like 1:30 last night he pulled over on Spruce by 7th, locked the doors and said he wasn't unlocking them till I gave him my wallet. Grey Nissan Sentra. I reported him in the app but they told me to call you.",
         spoken="i got robbed by my ride share driver at like one thirty last night he pulled over on spruse by seventh locked the doors and said he wasn't unlocking them till i gave him my wallet gray nissan sentra i reported him in the app but they told me to call you",
         at="2026-05-08 10:00", entities=[P(count="1", sex="male"), V(colour="grey", make="nissan", model="sentra"), ("local", "2026-05-08 01:30")],
         places=[("intersection", "Spruce Street", "7th Street")], category="robbery", priority="medium"),

    # ---------------------------------------------------------------- drugs
    dict(written="Ongoing narcotics activity, 700 blk Chestnut St. Hand-to-hand transactions observed from my 2nd fl window, approx 15 per hour, mostly evenings. Same 2 males, one always in a white Sixers jersey.",
         spoken="ongoing narcotics activity seven hundred block chesnut street hand to hand transactions observed from my second floor window approximately fifteen per hour mostly evenings same two males one always in a white sixers jersey",
         at="2026-05-08 15:20", entities=[P(count="2", sex="male"), P(count="1", clothing=["white jersey"])],
         places=[("block", 700, "Chestnut Street")], category="drugs", priority="low"),
    dict(written="My 8 year old came home from Lincoln Elementary with a gummy bear a 5th grader was handing out on the bus, and the wrapper says 500 mg THC. She says a bunch of kids ate them.",
         spoken="my eight year old came home from lincoln elementary with a gummy bear a fifth grader was handing out on the bus and the wrapper says five hundred milligrams t h c she says a bunch of kids ate them",
         at="2026-05-08 16:50", entities=[P(count="1", sex="female"), P(count="1"), V(type="bus"), P(count="2+")],
         places=[("landmark", "Lincoln Elementary School")], category="drugs", priority="medium"),
    dict(written="The house next to mine, 829 Pine, has foil over every window, the AC units run all winter, and it reeks like skunk when the wind blows our way. Nobody actually lives there, people just drop by at night.",
         spoken="the house next to mine eight twenty nine pine has foil over every window the a c units run all winter and it reeks like skunk when the wind blows our way nobody actually lives there people just drop by at night",
         at="2026-05-08 10:05", entities=[P(count="2+")],
         places=[("address", 829, "Pine Street")], category="drugs", priority="low"),
    dict(written="Two people are smoking crack in a red Chevy Spark on the top level of the St Mary's parking garage right now, I can see the lighter and the pipe from where I'm parked.",
         spoken="two people are smoking crack in a red chevy spark on the top level of the saint mary's parking garage right now i can see the lighter and the pipe from where i'm parked",
         at="2026-05-08 13:55", entities=[P(count="2"), V(colour="red", make="chevrolet", model="spark"), ("now",)],
         places=[("landmark", "St. Mary's Hospital")], category="drugs", priority="medium"),
    dict(written="Tuesdays and Thursdays around 4:30 a guy on a Harley parks by the fountain in Maple Square and high school kids walk up to him one at a time, hand him cash and leave with something small. Older guy, grey goatee, black leather jacket.",
         spoken="tuesdays and thursdays around four thirty a guy on a harley parks by the fountain in maple square and high school kids walk up to him one at a time hand him cash and leave with something small older guy gray goatee black leather jacket",
         at="2026-05-08 11:20", entities=[P(count="1", sex="male", age="60-90", clothing=["black jacket"]), V(make="harley-davidson"), P(count="2+")],
         places=[("landmark", "Maple Square")], category="drugs", priority="medium"),
    dict(written="Manager at the Grand Cinema. Cleaning crew found a baggie of white powder and a rolled-up dollar bill in the men's room after the 7:00 show. We've bagged it, can an officer pick it up?",
         spoken="manager at the grand cinema cleaning crew found a baggie of white powder and a rolled up dollar bill in the men's room after the seven o'clock show we've bagged it can an officer pick it up",
         at="2026-05-08 21:30", entities=[P(count="2+")],
         places=[("landmark", "Grand Cinema")], category="drugs", priority="low"),

    # ---------------------------------------------------------------- fire
    dict(written="My son's e-bike battery just exploded in the garage, there's fire all over the workbench and thick black smoke in the house. I'm out with my wife but my son is still upstairs!! 1015 Birch.",
         spoken="my son's e bike battery just exploded in the garage there's fire all over the work bench and thick black smoke in the house i'm out with my wife but my son is still upstairs ten fifteen burch",
         at="2026-05-08 19:15", entities=[P(count="1", sex="male"), V(type="bicycle"), P(count="1", sex="female"), ("now",)],
         places=[("address", 1015, "Birch Street")], category="fire", priority="critical"),
    dict(written="My chimney is roaring like a jet engine and sparks are shooting out the top onto my roof. I'm 84, I live alone, 1150 Spruce. I shut the stove door, is that right?",
         spoken="my chimney is roaring like a jet engine and sparks are shooting out the top onto my roof i'm eighty four i live alone eleven fifty spruse i shut the stove door is that right",
         at="2026-05-09 05:50", entities=[],
         places=[("address", 1150, "Spruce Street")], category="fire", priority="high"),
    dict(written="Fire in the laundry room at the Willowbrook nursing home on 10th Street between Pine and Cedar. We're moving everybody out but we have 6 bedbound residents on the 2nd floor.",
         spoken="fire in the laundry room at the willowbrook nursing home on tenth street between pine and ceder we're moving everybody out but we have six bed bound residents on the second floor",
         at="2026-05-09 02:40", entities=[P(count="3+")],
         places=[("block", 1000, "10th Street")], category="fire", priority="critical"),
    dict(written="Someone set our recycling bin on fire at the curb overnight, it's a melted puddle and the siding on the garage is scorched. 226 Kingsley Ave. Our camera caught a person in a white hoodie with a lighter.",
         spoken="someone set our recycling bin on fire at the curb overnight it's a melted puddle and the siding on the garage is scorched two twenty six kingsley avenue our camera caught a person in a white hoodie with a lighter",
         at="2026-05-08 08:30", entities=[P(count="1", clothing=["white hoodie"]), ("local", "2026-05-08 02:00")],
         places=[("address", 226, "Kingsley Avenue")], category="fire", priority="medium"),
    dict(written="My neighbor at 137 Willow is burning old tires and trash in a barrel in his backyard right now, the smoke is black and it's coming in all our windows. My kid has asthma.",
         spoken="my neighbor at one thirty seven willo is burning old tires and trash in a barrel in his back yard right now the smoke is black and it's coming in all our windows my kid has asthma",
         at="2026-05-09 11:30", entities=[P(count="1", sex="male"), P(count="1"), ("now",)],
         places=[("address", 137, "Willow Street")], category="fire", priority="high"),
    dict(written="The transformer on the pole behind the police station just blew with a huge bang and now the top of the pole's on fire, dripping burning stuff onto the sidewalk.",
         spoken="the transformer on the pole behind the police station just blew with a huge bang and now the top of the pole's on fire dripping burning stuff onto the side walk",
         at="2026-05-08 20:45", entities=[("now",)],
         places=[("relative", ("landmark", "Oakford Police Department"))], category="fire", priority="high"),

    # ---------------------------------------------------------------- suspicious person
    dict(written="Front office at Lincoln Elementary. A woman who says she's a student's aunt has tried three times to get buzzed in to take him early, she's not on his pickup list and mom says no way. Now she's waiting by the side door where the kids come out at 3:15. Red coat, blonde.",
         spoken="front office at lincoln elementary a woman who says she's a student's aunt has tried three times to get buzzed in to take him early she's not on his pickup list and mom says no way now she's waiting by the side door where the kids come out at three fifteen red coat blonde",
         at="2026-05-08 14:45", entities=[P(count="1", sex="female", clothing=["red coat"]), P(count="1", sex="male"), P(count="1", sex="female"), P(count="2+")],
         places=[("landmark", "Lincoln Elementary School")], category="suspicious_person", priority="high"),
    dict(written="There's someone in a gorilla mask standing at the end of my driveway just staring at the house. It's 4 in the morning. He hasn't moved in 10 minutes. 1055 Elm.",
         spoken="there's someone in a gorilla mask standing at the end of my driveway just staring at the house it's four in the morning he hasn't moved in ten minutes ten fifty five elm",
         at="2026-05-09 04:03", entities=[P(count="1", sex="male", clothing=["mask"]), ("local", "2026-05-09 04:00")],
         places=[("address", 1055, "Elm Street")], category="suspicious_person", priority="medium"),
    dict(written="For three days now a man in a nice suit goes through the recycling bins on Spruce Street at about 6 a.m. He takes papers and envelopes, never cans. Identity theft?",
         spoken="for three days now a man in a nice suit goes through the recycling bins on spruse street at about six a m he takes papers and envelopes never cans identity theft",
         at="2026-05-08 09:10", entities=[P(count="1", sex="male", clothing=["suit"])],
         places=[], category="suspicious_person", priority="low"),
    dict(written="A grown man has been messaging my 12-year-old daughter on a game app, sending her gift cards, and just asked her to meet him at the Community Pool tonight at 8 and not tell anyone.",
         spoken="a grown man has been messaging my twelve year old daughter on a game app sending her gift cards and just asked her to meet him at the community pool tonight at eight and not tell anyone",
         at="2026-05-08 18:40", entities=[P(count="1", sex="male"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Community Pool")], category="suspicious_person", priority="high"),
    dict(written="Some guy keeps knocking on doors on the 3rd floor of 640 Chestnut asking for 'Mike', nobody here knows a Mike. He's up there right now. Young, neck tattoo, backwards red hat.",
         spoken="some guy keeps knocking on doors on the third floor of six forty chesnut asking for mike nobody here knows a mike he's up there right now young neck tattoo backwards red hat",
         at="2026-05-08 23:25", entities=[P(count="1", sex="male", age="18-29", clothing=["red hat"]), ("now",)],
         places=[("address", 640, "Chestnut Street")], category="suspicious_person", priority="medium"),
    dict(written="There's a lady who comes into the Corner Cafe every afternoon, sits for hours without ordering, and writes down everything people say at the next table. It's creepy. She's here again today, grey cardigan, big sunglasses.",
         spoken="there's a lady who comes into the corner cafe every afternoon sits for hours without ordering and writes down everything people say at the next table it's creepy she's here again today gray cardigan big sunglasses",
         at="2026-05-08 15:40", entities=[P(count="1", sex="female", clothing=["grey cardigan"]), P(count="2+")],
         places=[("landmark", "Corner Cafe")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- burglary
    dict(written="This is Pastor Dan at Grace Church, 120 Church Street. Someone broke a window in the back and got into the office overnight, the offering box is pried open and empty and the sound board is gone.",
         spoken="this is pastor dan at grace church one twenty church street someone broke a window in the back and got into the office overnight the offering box is pried open and empty and the sound board is gone",
         at="2026-05-08 07:15", entities=[P(count="1"), ("local", "2026-05-08 02:00")],
         places=[("address", 120, "Church Street")], category="burglary", priority="medium"),
    dict(written="I'm at work watching my home camera and there's a guy in my living room right now going through the drawers! 357 10th Street. I'm not home, nobody should be there. Black ski mask, green gloves.",
         spoken="i'm at work watching my home camera and there's a guy in my living room right now going through the drawers three fifty seven tenth street i'm not home nobody should be there black ski mask green gloves",
         at="2026-05-08 13:05", entities=[P(count="1", sex="male", clothing=["black ski mask", "green gloves"]), ("now",)],
         places=[("address", 357, "10th Street")], category="burglary", priority="high"),
    dict(written="My ex broke into my apartment at 1019 Pine, my neighbor just texted me that he's still inside right now, his black Ram is parked out front. There's a restraining order. I'm on my way from work.",
         spoken="my ex broke into my apartment at ten nineteen pine my neighbor just texted me that he's still inside right now his black ram is parked out front there's a restraining order i'm on my way from work",
         at="2026-05-08 17:30", entities=[P(count="1", sex="male"), P(count="1"), V(colour="black", make="ram"), ("now",)],
         places=[("address", 1019, "Pine Street")], category="burglary", priority="high"),
    dict(written="We just got back from a week at the lake and the back slider at 205 Maple Ave was pried open. Jewelry, a laptop and my husband's coin collection are gone. No idea when it happened.",
         spoken="we just got back from a week at the lake and the back slider at two oh five maple avenue was pried open jewelry a laptop and my husband's coin collection are gone no idea when it happened",
         at="2026-05-09 16:20", entities=[P(count="1", sex="male")],
         places=[("address", 205, "Maple Avenue")], category="burglary", priority="medium"),
    dict(written="Our shed at 1148 Cedar was broken into Wednesday night around 11, I only just looked at the camera. Two guys with headlamps took the lawnmower and the chainsaw and wheeled them down the alley.",
         spoken="our shed at eleven forty eight ceder was broken into wednesday night around eleven i only just looked at the camera two guys with head lamps took the lawn mower and the chain saw and wheeled them down the alley",
         at="2026-05-08 10:40", entities=[P(count="2", sex="male"), ("local", "2026-05-06 23:00")],
         places=[("address", 1148, "Cedar Street")], category="burglary", priority="low"),
    dict(written="Alarm company calling: burglary alarm at Old Mill Brewery, zone 3 rear door then interior motion, 0147. Keyholder en route, no answer on premises.",
         spoken="alarm company calling burglary alarm at old mill brewery zone three rear door then interior motion oh one forty seven key holder en route no answer on premises",
         at="2026-05-09 01:49", entities=[P(count="1"), ("local", "2026-05-09 01:47")],
         places=[("landmark", "Old Mill Brewery")], category="burglary", priority="high"),

    # ---------------------------------------------------------------- disturbance
    dict(written="A whole wedding convoy is honking and blocking the intersection at Kingsley and 5th, people are hanging out of the windows waving flags and one guy's standing on a car roof. Nobody can get through.",
         spoken="a whole wedding convoy is honking and blocking the intersection at kingsley and fifth people are hanging out of the windows waving flags and one guy's standing on a car roof nobody can get through",
         at="2026-05-09 15:30", entities=[P(count="2+"), P(count="1", sex="male"), V(type="car")],
         places=[("intersection", "Kingsley Avenue", "5th Street")], category="disturbance", priority="medium"),
    dict(written="Every Saturday at 7 a.m. since we argued about the fence, my neighbor at 416 2nd Street points his leaf blower at our bedroom window for half an hour. Today too.",
         spoken="every saturday at seven a m since we argued about the fence my neighbor at four sixteen second street points his leaf blower at our bedroom window for half an hour today too",
         at="2026-05-09 07:20", entities=[P(count="1", sex="male")],
         places=[("address", 416, "2nd Street")], category="disturbance", priority="low"),
    dict(written="There are about 40 protesters blocking the ambulance entrance at St. Mary's, they're sitting in the driveway with signs and an ambulance just had to back out and go around.",
         spoken="there are about forty protesters blocking the ambulance entrance at saint mary's they're sitting in the driveway with signs and an ambulance just had to back out and go around",
         at="2026-05-08 10:15", entities=[P(count="3+"), V(type="ambulance"), ("now",)],
         places=[("landmark", "St. Mary's Hospital")], category="disturbance", priority="medium"),
    dict(written="The gym under my apartment at 1021 Main opens at 5 and they drop weights so hard my pictures fall off the wall. Every single morning. Is there a noise ordinance before 7?",
         spoken="the gym under my apartment at ten twenty one maine opens at five and they drop weights so hard my pictures fall off the wall every single morning is there a noise ordinance before seven",
         at="2026-05-08 05:20", entities=[],
         places=[("address", 1021, "Main Street")], category="disturbance", priority="low"),
    dict(written="A group of about 8 teens is sitting on the hood of my car in the FreshMart lot and they won't get off, they're cussing at me and my kids and one of them threw a drink at my windshield.",
         spoken="a group of about eight teens is sitting on the hood of my car in the fresh mart lot and they won't get off they're cussing at me and my kids and one of them threw a drink at my windshield",
         at="2026-05-08 20:25", entities=[P(count="3+", age="13-19"), V(type="car"), P(count="2+")],
         places=[("landmark", "FreshMart Supermarket")], category="disturbance", priority="medium"),
    dict(written="The dog at 1167 Birch has been barking nonstop since 10 last night, the owners left for the weekend and it's out on the back deck.",
         spoken="the dog at eleven sixty seven burch has been barking non stop since ten last night the owners left for the weekend and it's out on the back deck",
         at="2026-05-09 01:30", entities=[("local", "2026-05-08 22:00")],
         places=[("address", 1167, "Birch Street")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- vandalism
    dict(written="There's 3 kids with a ladder spray painting a freight car on the tracks behind Central Station right now.",
         spoken="there's three kids with a ladder spray painting a freight car on the tracks behind central station right now",
         at="2026-05-08 23:10", entities=[P(count="3"), ("now",)],
         places=[("relative", ("landmark", "Central Station"))], category="vandalism", priority="medium"),
    dict(written="Somebody ripped out all the solar lights along my walk and smashed the little free library box in front of 304 4th Street last night. Books all over the sidewalk.",
         spoken="somebody ripped out all the solar lights along my walk and smashed the little free library box in front of three oh four fourth street last night books all over the sidewalk",
         at="2026-05-09 08:45", entities=[P(count="1"), ("local", "2026-05-08 23:00")],
         places=[("relative", ("address", 304, "4th Street"))], category="vandalism", priority="low"),
    dict(written="Somebody superglued the locks on every shop door around Maple Square, we can't open up. Whoever it was also glued the parking meters.",
         spoken="somebody super glued the locks on every shop door around maple square we can't open up whoever it was also glued the parking meters",
         at="2026-05-09 07:50", entities=[P(count="1")],
         places=[("relative", ("landmark", "Maple Square"))], category="vandalism", priority="low"),
    dict(written="Someone shot out the back window of my Outback with a BB gun, there's a little round hole and the whole thing's spiderwebbed. Parked on Pine between 6th and 7th.",
         spoken="someone shot out the back window of my outback with a b b gun there's a little round hole and the whole thing's spider webbed parked on pine between sixth and seventh",
         at="2026-05-08 12:15", entities=[P(count="1"), V(make="subaru", model="outback")],
         places=[("block", 600, "Pine Street")], category="vandalism", priority="low"),
    dict(written="Teenager on a dirt bike is tearing up the grass on the Oakford High football field doing donuts, right now, there's ruts everywhere.",
         spoken="teenager on a dirt bike is tearing up the grass on the oakford high football field doing donuts right now there's ruts everywhere",
         at="2026-05-08 19:55", entities=[P(count="1", age="13-19"), V(type="motorcycle"), ("now",)],
         places=[("landmark", "Oakford High School")], category="vandalism", priority="medium"),
    dict(written="Somebody spray-painted slurs on the sign of the Islamic center at 330 Kingsley Avenue. We found it at 5:45 when we came for morning prayer.",
         spoken="somebody spray painted slurs on the sign of the islamic center at three thirty kingsley avenue we found it at five forty five when we came for morning prayer",
         at="2026-05-08 06:10", entities=[P(count="1")],
         places=[("address", 330, "Kingsley Avenue")], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- other
    dict(written="My 16 year old daughter left a goodbye note and she took the bottle of my sleeping pills. Her phone's off. She goes to the bench by the river in Riverside Park when she's upset. Please.",
         spoken="my sixteen year old daughter left a goodbye note and she took the bottle of my sleeping pills her phone's off she goes to the bench by the river in riverside park when she's upset please",
         at="2026-05-08 22:50", entities=[P(count="1", sex="female")],
         places=[("landmark", "Riverside Park")], category="other", priority="critical"),
    dict(written="There's a baby in a car seat alone in a locked silver Honda CR-V in the FreshMart lot, windows up, engine off, it's 88 degrees. The baby's all red and not crying anymore.",
         spoken="there's a baby in a car seat alone in a locked silver honda c r v in the fresh mart lot windows up engine off it's eighty eight degrees the baby's all red and not crying anymore",
         at="2026-05-08 14:10", entities=[P(count="1"), V(colour="silver", make="honda", model="cr-v")],
         places=[("landmark", "FreshMart Supermarket")], category="other", priority="critical"),
    dict(written="I am losing my passport somewhere between the train station and Rosie's Bakery this morning. On Sunday I fly to home and the consulate say I must have a police report.",
         spoken="i am losing my passport somewhere between the train station and rosy's bakery this morning on sunday i fly to home and the consulate say i must have a police report",
         at="2026-05-08 13:25", entities=[],
         places=[("landmark", "Central Station"), ("landmark", "Rosie's Bakery")], category="other", priority="low"),
    dict(written="A man came to my door at 907 Hawthorn last month saying my roof had storm damage. I paid him $2,000 cash as a deposit and he never came back. His truck said Apex Roofing but the phone number's disconnected.",
         spoken="a man came to my door at nine oh seven hawthorne last month saying my roof had storm damage i paid him two thousand dollars cash as a deposit and he never came back his truck said apex roofing but the phone number's disconnected",
         at="2026-05-08 16:35", entities=[P(count="1", sex="male"), V(type="truck")],
         places=[("address", 907, "Hawthorn Avenue")], category="other", priority="low"),
    dict(written="The two kids next door at 1118 Elm, they're like 5 and 7, have been home by themselves since yesterday. No sign of their mom, and the little one was in the yard crying in just a diaper.",
         spoken="the two kids next door at eleven eighteen elm they're like five and seven have been home by themselves since yesterday no sign of their mom and the little one was in the yard crying in just a diaper",
         at="2026-05-09 12:15", entities=[P(count="2"), P(count="1")],
         places=[("address", 1118, "Elm Street")], category="other", priority="high"),
    dict(written="There's a black bear in the dumpster behind the Old Mill Brewery, it's tearing open trash bags and the early shift guys are stuck inside.",
         spoken="uh there's a black bear in the dumpster behind the old mill brewery it's tearing open trash bags and the early shift guys are stuck inside",
         at="2026-05-09 06:20", entities=[P(count="2+", sex="male")],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="other", priority="medium"),
    dict(written="Our golden retriever got out of the yard on Birch near 2nd about an hour ago. He's friendly, answers to Biscuit, red collar with tags.",
         spoken="our golden retriever got out of the yard on burch near second about an hour ago he's friendly answers to biscuit red collar with tags",
         at="2026-05-08 18:55", entities=[("ago", 60)],
         places=[("intersection", "Birch Street", "2nd Street")], category="other", priority="low"),
]

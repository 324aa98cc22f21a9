"""A fourteenth hand-written set (90 tips), the blind set after holdout12, written blind: its author read only the
corpus README, the corpus scripts (hand.py, holdouts 1-12, train1.py, train2.py, town.py, make_town.py,
make_corpus.py: holdout12, holdout11, holdout10, hand.py and make_corpus's hand_records and set registration in full
for the format, the place truth and the label conventions, the docstrings of holdouts 1-9 and of train1 and train2
for the choices they add, and the written text of every earlier tip, to repeat none of their situations or wording)
and the town data (config/demo/town.geojson and its README), and never opened the extractor's source, its tests,
examples or benches, nor the gateway, the ASR, vision, telephony or ONNX code, nor the fuzz targets, nor the
repository README, nor read the commit history, nor ran cargo, the extractor, `tipline` or any evaluation, nor saw
any score or miss list. It is the next honest estimate for phrasing the extractor has never seen.

It is set in mid-January 2027 (Monday 11 to Sunday 17 January: a cold snap on the Monday, storm shopping on the
Tuesday, an ice storm from the Tuesday evening that takes the power out across town until the Thursday or Friday, a
home basketball game at Oakford High on the Friday night, and a winter carnival at Riverside Park over the Saturday
and Sunday of the long holiday weekend), so its situations are deep-winter ones no earlier set has: frozen pipes,
freezing rain, downed lines, generators, kerosene heaters and candles, warming centers and a shelter, plow piles,
skating, ice shanties, sledding, a polar plunge, ice sculptures. New situations: shots in the school lot after a
game (a text), a kitchen knife in a dark yard over an extension cord (non-native), a hunting knife on a man at the
City Hall warming center, a pistol dug out of a plow pile by a child, a shotgun fired over two young men near a
generator days before, a rifle pointed at a lineman in a bucket truck, a pistol under the coat of a man asleep in
the station waiting room; a crawlspace lit by a pipe-thawing torch with a father under the house, blackout candles
with children upstairs, the carnival bonfire in the hay bales, a car on fire while warming up, a downed line on a
roof, the city's Christmas-tree pile smouldering, a gas meter sheared by roof ice; a collapse after the polar
plunge, a woman in a plowed-in running car, an oxygen concentrator without power, frostbite at the library, a
skate-blade cut (EMS), kerosene-heater fumes, frostnip from the day before; a knife at the carnival cocoa stand, a
generator taken at gunpoint, a sled taken by bigger boys (a child typing), a walk-shoveler who robs a grandmother, a
coat taken in a lot, a box cutter in a dark stairwell; a folding chair at a shelter cot, a woman beaten in a
snowbank, a fight over the last rock salt, a tow-truck driver punched (dispatch), a coach who slams a player, a
headbutt at the brewery's ice bar, a child's face held in the snow; a flashlight in an empty house in the blackout,
a doorbell camera in a heatless house, a school concession stand, a carnival skate-rental trailer, a late mother's
house after the storm, a garage over the weekend before; a generator wheeled off, a carnival donation jar, a downed
power line cut up for copper, a car battery, gas siphoned from a generator, snow tires, donated space heaters; a
snowmobile hit on River Road, a crash at dark signals, a car into a bus shelter, skitching, a private plow walling
River Road, a slide-off for insurance, a three-vehicle crash with a salt truck (dispatch); a car that follows a
nurse home into her driveway, a van scouting generators, two ski masks watching a credit union's back door, trees
and a recliner dumped on the river ice, a nightly car at the closed pool, a tanker draining into a storm drain; a
man offering girls at the warming center a warm bed, a jump-start request used to look at purses, a walk-shoveler
asking old people if they live alone, a stranger's shovelled walk and a note to a widow, a man following a girl
home, boot prints up garage roofs; pills sold from a car with a pistol in the door, pills and a pen on the sledding
hill, a pipe in the library restroom, a roof without snow, a bucket lowered from a window, a meth shanty on the ice;
ice sculptures smashed, an iceball through a windshield, water in door locks, the rink boards smashed, driveway
markers snapped, MY SPOT keyed into a hood; a brother threatening over the generator, rival fans in a supermarket
lot, a driver kicking an empty pump, carnival fireworks, a diesel idling at 5, a snowball fight in the road at
12:35; a boy buried by a collapsing snow tunnel, a missing girl who went skating, a burst pipe icing a bus stop, a
fake power-company call, a backpack frozen into a snowbank (non-native), a deer splayed on the ice.

Registers: calm, frightened, angry, elderly ("I'm 79 and I've been stewing over this", "I'm 82 and live by myself",
"I don't know if this is anything"), a child typing (the sled), a teenager typing a run-on text (the brother and the
generator), a frantic text in lower case (the shots after the game), non-native ("the neighbor from 1126 Chestnut
come to our yard", "because my husband use his extension cord", "I find one backpack", "Where I should bring?"),
second-hand (a grandmother's call, a son's practice, a daughter's whispered call, a parishioner), web-form notes
("Web report:", "Web tip (not urgent):", "Web tip:"), workplace callers (a line-crew foreman, a ticket agent, a
volunteer coordinator, an athletic director, a librarian, parks department, a QuickStop clerk), dispatch and EMS
shorthand ("800 blk Pine", "M subj", "w/ closed fist", "lac to lip", "approx 1035", "WB", "3-veh MVC", "approx
0630", "c/o", "SB lanes", "8 y/o F", "lac", "R hand", "A&O"), and two self-corrections (a house number, a plate
letter), annotated as corrected. Spoken forms add fillers, split words ("snow ball", "snow drift", "snow suits",
"basket ball", "black out", "crawl space", "stair case", "line man", "head butted", "cheek bone", "hatch back",
"fish tailing", "rest room", "stove pipe", "sledge hammer", "guard rail", "ear muffs", "pom pom", "door bell",
"drive way", "pick up", "snow bank"), the usual mishearings (hawthorne, haw thorne, burch, berch, ceder, wall nut,
river side, north gate, fresh mart, quick stop, saint mary's) and new ones ("oak fort high", "city haul", "community
pull", "mabel" for Maple, "hot horn" for Hawthorn, "see dar", "sprues", "will oh", "rosy's", "mayne", "chest nuts"),
plates letter by letter and in the NATO alphabet ("charlie kilo tango"), "r as in robert", and a partial plate
("starts with 7R"). Numbers that are not addresses: "like 3 shots", "about 30 feet", "the 6:45", "maybe 50", "like
12 units", "register 2", "pump 3", "$20", "$200", "$300", "$400", "$480", "40 pairs", "20 new space heaters", "5
degrees", "a foot of snow", "six panels", "8 y/o", "all four of us", "three fingers", "four studded snow tires", "at
least four times", "maybe 2 minutes", ages of victims, relatives and callers. Look-alike words that are not places:
"maple taffy", "the pool table", "the main" (a water main), "a sticker of Oakford High", "the Oakford High game",
"the power company", "the parks department", "the Red Cross"; "the carnival" alone names no place. Tips with no
place (a shotgun told by a neighbour who says only "We live on Oak Street", a fake power-company call) and places
given only by a street ("toward Birch", "east on Willow", "onto River Road", "out onto River Road", "the parking lot
by River Road", "since Elm", "west on Hawthorn", "lead out to River Road").

Same format and conventions as hand.py and holdouts 4-12 (written to extraction_holdout13.jsonl), with the choices
holdout6.py, holdout7.py, holdout8.py, holdout9.py, holdout10.py, holdout11.py, holdout12.py, train1.py and
train2.py list (holdout12, then holdout11, then holdout10, then holdout9, then train2 where they differ): every
person other than the caller annotated once, also one named through a possessive; a described member of a group a
separate person only with their own attributes; people said to be away, absent or dead not annotated; partial plates
as said; corrected values as corrected; "last night" 23:00 the day before, "overnight" 02:00, "this afternoon" /
"yesterday afternoon" 14:00; habits, durations, weekdays, dates, schedule and future times are not times; "about N"
/ "maybe N" / "like N" years N-3..N+3, teens 13-19, old/older 60-90, young 18-29; victims', relatives' and callers'
stated or estimated ages not annotated, a descriptive age word for a victim is; a vehicle's type only when a type
word is in its description and not when a make or model describes the same vehicle; base priorities weapon, fire,
medical, robbery, assault high, burglary, theft, traffic medium, the rest low; critical for a weapon in use or a
life at risk, high for an injury or a weapon seen, low to medium for children at risk, one step (not above high) for
an event still happening (a said time within 15 minutes, or with no time said a present progressive for a low call),
one step lower when more than six hours old (weapons and robberies used hours or days ago included, as a weapon
seen); raises do not stack; child luring and a missing vulnerable person high.

Choices this set makes where those conventions do not decide:
- Weapons: no new type. A box cutter held to a face is "knife" (as holdout5 and train1), a scoped rifle "rifle", a
  pistol "handgun", "a gun" in a robbery "gun". Shots fired in a school lot full of people by a named gun are a
  weapon in use (critical); a kitchen knife waved while chasing a man round parked cars in the dark is in use
  (critical); a rifle pointed at a lineman stuck in a bucket is in use (critical). A hunting knife in a sheath on an
  agitated man's belt, a handgun a child dug out of a plow pile and carried home, and a pistol in a holster under a
  sleeping man's coat are weapons seen (high; the child does not stack). A shotgun fired over two young men's heads
  on the Wednesday night of the blackout, told on the Friday, is a weapon used days ago: seen, lowered to medium. A
  gun only claimed in a pocket is not annotated and the robbery is not raised for it (train1). Not weapons: a
  folding chair swung at a head (improvised, as holdout10's cane), a hockey stick and a shovel used on ice
  sculptures, a sledgehammer used on rink boards (tools on property), an iceball, a snow shovel carried by a
  walk-shoveler who shoves a woman, a propane torch, a kerosene lamp thrown in a house.
- Categories: a crawlspace set alight by a pipe-thawing torch with the father still under the house is fire,
  critical; a gas meter sheared off by ice, hissing, is fire (a gas smell, train1), high; a downed power line
  scorching an empty house's roof is fire, high; the city's Christmas-tree pile lit overnight and still flaring at
  09:30 is fire lowered to medium (as holdout12's mattress). A woman slumped in a running car whose tailpipe is
  under a plow pile is medical, critical (a poisoning, as holdout9's carbon monoxide), and the car is annotated; a
  kerosene heater's fumes with a family awake, one child vomiting, is medical, high; an oxygen patient gasping when
  the power and his backup tank fail is medical, critical; frostbitten fingers on a man who is talking are high;
  frostnip from the afternoon before is medium. A folding chair to a man's head at a shelter is assault, critical; a
  teenager holding a 9-year-old's face in the snow is assault, high; a coach slamming a player into the bleachers is
  assault, high. A brother threatening to kill his mother over a generator, punching walls, no blow, is a
  disturbance, high (as holdout10's stepfather). A man at an empty pump kicking it and screaming at the cashier is a
  disturbance, medium; carnival fireworks till midnight told the next morning are low. A car that follows a nurse
  home and parks behind her in her driveway is a suspicious vehicle, high (a woman in danger, as holdout11's ex); a
  tanker draining something into a storm drain now is a suspicious vehicle (dumping seen from a vehicle, train2),
  medium; a pickup that dumped trees and a recliner on the river ice at 6 is a suspicious vehicle, low. A man
  calling teenage girls at the warming center doors to his car for a warm bed is luring (a suspicious person, high:
  luring even from a car); a man following a girl home from the bus stop now is a suspicious person, medium
  (children; raises do not stack). A generator wheeled off a house with nobody there is theft (no contact); a
  generator taken while a gun is pointed at the husband is robbery, critical; a walk-shoveler who shoves a
  grandmother and takes her cash is robbery, high. A snowmobile rider thrown on River Road is traffic, critical; a
  private plow pushing a ridge of ice across River Road is traffic, medium (a road hazard being made); a boy who let
  go of a car bumper while skitching is traffic, high. An iceball thrown through a moving car's windshield, cutting
  a passenger, is vandalism raised to high for the injury (as train1's brick). A boy buried by his own snow tunnel
  is other, critical (a rescue); a girl gone skating and not home is other, high (a missing child); a burst pipe
  icing a bus stop is other, medium; a deer splayed on thin ice is other, medium (a described ongoing action, as
  holdout7's deer). A grow house told by its snowless roof is drugs, low; a shanty on the ice with gas masks and a
  chemical smell now is drugs, medium; a man smoking from a pipe in the library restroom mothers with strollers use
  is drugs, medium. A school concession stand entered some time between a Friday game and Saturday morning is
  burglary of unknown time found the same day (medium, train2); a skate-rental trailer entered overnight and found
  at 07:40 stays medium (under six hours after 02:00).
- Vehicles: a "bucket truck", a "salt truck", a "tanker truck" and "his truck" at a pump are type truck; "Chrysler
  Voyager" model voyager, "Nissan Versa" versa, "Buick Encore" encore, "Chevy Traverse" make chevrolet model
  traverse, "Toyota Prius" prius, "Jeep Grand Cherokee" model grand cherokee, "Mazda 3" model "3" (as holdout7's Ram
  1500), "Kia Soul" soul, "Subaru Forester" forester, "Ford Explorer" explorer, "Toyota Sienna" sienna, "Dodge
  Charger" charger, "Chevy Silverado" make chevrolet model silverado, "Nissan Altima" altima, "Honda Civic" civic,
  "Ford Ranger" ranger; "a black Audi" is make only; "a car ... Red Kia Soul" is one vehicle without a type
  (train1); "a blue hatchback" type hatchback, "rusty red pickup" red pickup, "dark blue" blue, "grey SUV" suv. The
  caller's car is annotated when the event happens to it (keyed, an iceball through its windshield, on fire, its
  battery taken, slid off), and so is the assailant's own car being hooked up in the tow-truck assault, not when the
  caller only brushes snow off it; snowmobiles, sleds, a loader or "the plow" that left a pile, generic "cars" at a
  pump or in a lot and a baby seat are not vehicles.
- Persons: "everybody" in a gym or round a bonfire, "some kids from the other school", "commuters", "the people on
  the cots", "people" fleeing a gas leak, "our fans", "the little kids", "the moms with strollers", "people charging
  phones", "the staff", "everybody's" markers and "his friends" are "2+"; "a bunch of drunk guys", "a bunch of kids"
  are "3+" (holdout9); "Two more of my guys" is 2 male; "the other old folks on the block" are "2+" aged 60-90 (a
  descriptive age word for the targets); "teenage girls" "2+" female 13-19; "high school kids" 13-19; "One of them
  ... his snow pants" of the high school kids is a person of his own (sex), while "One girl almost got in" of the
  teenage girls adds nothing of her own and is not; "one" skitching boy who is hurt is his own person (sex);
  neighbours away at a son's place, "they're at work", a late mother, a husband who passed, "my mom is at work" and
  a hypothetical husband are not annotated; a sister named only as "my sister's" (where the family stays) and a
  girlfriend named only as "his girlfriend's" are (possessives, train2); "the power company", "the electric
  company", "the Red Cross", "the parks department", "the carnival" and "the city" are not persons; "He's maybe 60"
  of the polar-plunge man (a victim's estimate) and "8 y/o F" are not annotated, "maybe 50" of the knife carrier is
  (47-53), "an older man" hit with a chair is 60-90, "the teenager next door" who does it 13-19. Clothing: "red
  letterman jacket" -> "red jacket", "camo parka" -> "camo coat", "black parka" and "red parka" -> "black coat",
  "red coat", "black Carhartt coat" -> "black coat", "red plaid coat" -> "red coat", "green army coat" -> "green
  coat", "Long purple coat" -> "purple coat", "dark coat" -> "coat", "black snowsuits" and "black snowmobile suit"
  -> "black snowsuit", "neon green jacket" -> "green jacket", "green knit hat" and "white pom-pom hat" -> "green
  hat", "white hat", "black Bruins hat" -> "black hat", "white tank top", "red scarf", "white earmuffs", "black ski
  mask", "ski mask" (two men), "jeans" kept; headlamps, goatees, beards and a hood up are not clothing.
- Times: "2:40 this morning" on a camera, "about 7:15 this morning", "This morning around 6", "last night around
  11:30" (23:30 the day before), "last night around 10" (22:00 the day before), "around 1" for a girl last seen
  going skating, "approx 1035" and "approx 0630" are the event's time; "It's 11:30 at night" and "It's 10:50" and
  "It's 12:35" during the ongoing noise are those times; "the fireworks ... till almost midnight last night" is last
  night (23:00, as train2's party "till almost 3"); "maybe one minute ago", "like two minutes ago", "about 20
  minutes ago" are minutes ago; "right now", "He's out there again right now", "It's on Willow by 2nd right now" and
  "now it's parked right behind me" (where the actor is) are now, while a narrative "now" ("now the registration
  tent's on fire", "now there's flames curling up", "now they're kicking the swan", "a foot-high ridge ... now",
  "It's on my kitchen counter now", "close it ... now") is not the event's time. Not times: "Wednesday night",
  "Sometime Wednesday", "since Tuesday", "since Sunday", "over the weekend", "Saturday and Sunday", "between
  Friday's basketball game and this morning", "since the storm", "since the outage", "since the power went out",
  "after midnight", "early this morning", "till 4", "by 3:30", "at 4" (the ice closes), "the 6:45", "at 8" and "at
  7" (discoveries and openings), "Every morning at 5", "Every night ... between about 1 and 3 a.m.", "Mostly after
  10 at night", "three times tonight", "at practice tonight", "all morning", "for 40 minutes", "maybe 2 minutes" (a
  duration), "in 30 minutes", "this week", "since the cold snap", "the day after the storm", "It only stopped
  snowing at midnight", "till 1", a bare "this morning", and "Overnight volunteer" (a job).
- Places: "in the lot by Riverside Park", "past the Riverside Park boat launch", "way out past the boat launch at
  Riverside Park", "right by the QuickStop", "in front of 1017 Main", "in front of 526 Main", "across from Rosie's
  Bakery", "the lot behind the Grand Cinema" and "the river ice behind the Old Mill Brewery" are relative; "the
  winter carnival in Riverside Park", "the sledding hill at Riverside Park", "the boat launch at Riverside Park",
  "the outdoor rink in Maple Square", "the warming center in City Hall", "the City Hall warming center front doors",
  "the Red Cross shelter in the Lincoln Elementary gym", "the Lincoln Elementary bus stop", "the Oakford High
  parking lot", "the gym concession stand" at Oakford High, "the gym lot" after practice, "the river at Riverside
  Park", "the hill at riverside park", "drunk guys from the Old Mill Brewery", "the Central Station commuter lot",
  "the waiting room" at Central Station, "the St. Mary's staff lot", "the Northgate Mall lot", "the snow pile ... at
  the end of the FreshMart lot", "the FreshMart parking lot", "the ice bar on the Old Mill Brewery patio", "our
  downstairs restroom" at the library, "the unplowed Community Pool lot" and "QuickStop, the guy at pump 3" are the
  landmark; "the trail from Riverside Park" names the park beside the relative place of the crash; "we were at St.
  Mary's till 4", "I just got off at St. Mary's" and "Do we go to St. Mary's" name the hospital; "the corner of
  Maple and 8th", "Elm and 12th", "5th and Oak", "River Rd & Walnut", "Spruce by 5th", "on Hawthorn ... This is by
  8th", "Willow by 2nd", "the credit union on Oak by 7th", "Walnut near 11th", "Hawthorn by 4th", "Cedar by 9th",
  "the parish hall on Church Street by Oak" and "the bus stop on 3rd and Elm" are intersections; "Pine between 2nd
  and 3rd", "800 blk Pine", "Willow between 6th and 7th", "the 300 block of Maple", "4th between Oak and Maple"
  (800), "Oak between 10th and 11th" and "Pine between 9th and 10th" are blocks; "in Millbrook", "in the Station
  Quarter", "in Northgate", "in Riverside" (not the park) and "in the West End" are neighbourhoods beside a place,
  and "toward downtown" the neighbourhood Downtown (a destination); "the neighbor from 1126 Chestnut" and "the house
  across the street, 640 9th Street" are the address; a self-corrected "352 Kingsley Ave, sorry, 325" is 325
  Kingsley Avenue.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 1, 10, 15, 17, 20, 28, 30, 34, 49, 51 and 74 (1-based, in file order) gained
("now",).
"""
from hand import P, V, W

HOLDOUT13 = [
    # ---------------------------------------------------------------- weapon
    dict(written="omg somebody just fired a gun in the oakford high parking lot after the game, like 3 shots, everybody ran back into the gym and they locked the doors. it was a guy in a red letterman jacket, he was fighting with some kids from the other school by the side doors",
         spoken="oh my god somebody just fired a gun in the oak fort high parking lot after the game like three shots everybody ran back into the gym and they locked the doors it was a guy in a red letterman jacket he was fighting with some kids from the other school by the side doors",
         at="2027-01-15 21:40", entities=[W("gun"), P(count="2+"), P(count="1", sex="male", clothing=["red jacket"]), P(count="2+"), ("now",)],
         places=[("landmark", "Oakford High School")], category="weapon", priority="critical"),
    dict(written="Please help, no electricity on our street, and the neighbor from 1126 Chestnut come to our yard with a big kitchen knife because my husband use his extension cord for our heater. He is still running after my husband around the cars in the dark. I am inside with my mother.",
         spoken="please help no electricity on our street and the neighbor from eleven twenty six chest nuts come to our yard with a big kitchen knife because my husband use his extension cord for our heater he is still running after my husband around the cars in the dark i am inside with my mother",
         at="2027-01-13 03:20", entities=[P(count="1", sex="male"), W("knife"), P(count="1", sex="male"), P(count="1", sex="female")],
         places=[("address", 1126, "Chestnut Street")], category="weapon", priority="critical"),
    dict(written="This is the volunteer coordinator at the warming center in City Hall. A man who came in out of the storm has a big fixed-blade hunting knife in a sheath on his belt and he's getting agitated, shouting at the people on the cots near him about the outlets. He hasn't pulled it out. Grey beard, camo parka, maybe 50.",
         spoken="this is the volunteer coordinator at the warming center in city haul a man who came in out of the storm has a big fixed blade hunting knife in a sheath on his belt and he's getting agitated shouting at the people on the cots near him about the outlets he hasn't pulled it out gray beard camo parka maybe fifty",
         at="2027-01-13 16:10", entities=[P(count="1", sex="male", age="47-53", clothing=["camo coat"]), W("knife"), P(count="2+")],
         places=[("landmark", "City Hall")], category="weapon", priority="high"),
    dict(written="My 9 year old was digging a tunnel in the big snowbank the plow left at the corner of Maple and 8th and he pulled out a handgun wrapped in a plastic bag. He brought it home!! It's on my kitchen counter now, I haven't touched it. We live at 812 Maple.",
         spoken="my nine year old was digging a tunnel in the big snow bank the plow left at the corner of mabel and eighth and he pulled out a hand gun wrapped in a plastic bag he brought it home it's on my kitchen counter now i haven't touched it we live at eight twelve mabel",
         at="2027-01-14 15:35", entities=[P(count="1", sex="male"), W("handgun")],
         places=[("intersection", "Maple Avenue", "8th Street"), ("address", 812, "Maple Avenue")], category="weapon", priority="high"),
    dict(written="I'm 79 and I've been stewing over this since Wednesday night. During the blackout my neighbor across the street came out with his shotgun and fired it over the heads of two young men who were walking past his generator, then yelled that he'd shoot the next one. They ran. Nobody was hurt, but that's no way to live. We live on Oak Street.",
         spoken="i'm seventy nine and i've been stewing over this since wednesday night during the black out my neighbor across the street came out with his shotgun and fired it over the heads of two young men who were walking past his generator then yelled that he'd shoot the next one they ran nobody was hurt but that's no way to live we live on oak street",
         at="2027-01-15 10:30", entities=[P(count="1", sex="male"), W("shotgun"), P(count="2", sex="male", age="18-29")],
         places=[], category="weapon", priority="medium"),
    dict(written="Line crew foreman for the power company. Homeowner at 1062 Elm is standing on his porch pointing a scoped rifle at my lineman up in the bucket truck, screaming that we skipped his street. My guy's stuck up there about 30 feet, he can't come down without swinging right past him. Two more of my guys are behind the truck.",
         spoken="line crew foreman for the power company homeowner at ten sixty two elm is standing on his porch pointing a scoped rifle at my line man up in the bucket truck screaming that we skipped his street my guy's stuck up there about thirty feet he can't come down without swinging right past him two more of my guys are behind the truck",
         at="2027-01-13 11:50", entities=[P(count="1", sex="male"), W("rifle"), P(count="1", sex="male"), V(type="truck"), P(count="2", sex="male")],
         places=[("address", 1062, "Elm Street")], category="weapon", priority="critical"),
    dict(written="Ticket agent at Central Station. There's a man asleep across two benches in the waiting room who came in to get warm, and his coat's fallen open, there's a black pistol in a holster under his arm. He's snoring. Commuters are starting to come in for the 6:45. Young guy, orange beanie, green army coat.",
         spoken="ticket agent at central station there's a man asleep across two benches in the waiting room who came in to get warm and his coat's fallen open there's a black pistol in a holster under his arm he's snoring commuters are starting to come in for the six forty five young guy orange beanie green army coat",
         at="2027-01-14 06:20", entities=[P(count="1", sex="male", age="18-29", clothing=["orange beanie", "green coat"]), W("handgun"), P(count="2+")],
         places=[("landmark", "Central Station")], category="weapon", priority="high"),

    # ---------------------------------------------------------------- fire
    dict(written="My dad went under the house with a propane torch to thaw the frozen pipes and the crawlspace caught fire, there's smoke coming out the vents all around the foundation and he hasn't come back out! I can hear him coughing under there! 227 6th Street!",
         spoken="my dad went under the house with a propane torch to thaw the frozen pipes and the crawl space caught fire there's smoke coming out the vents all around the foundation and he hasn't come back out i can hear him coughing under there two twenty seven sixth street",
         at="2027-01-11 07:40", entities=[P(count="1", sex="male")],
         places=[("address", 227, "6th Street")], category="fire", priority="critical"),
    dict(written="Fire upstairs in the apartment over mine at 915 Walnut, they've been using candles since the power went out and now there's flames in their front window. I can hear the two little kids up there crying and their mom screaming for help at the back window. The stairs are black with smoke.",
         spoken="fire upstairs in the apartment over mine at nine fifteen wall nut they've been using candles since the power went out and now there's flames in their front window i can hear the two little kids up there crying and their mom screaming for help at the back window the stairs are black with smoke",
         at="2027-01-13 00:45", entities=[P(count="2"), P(count="1", sex="female")],
         places=[("address", 915, "Walnut Street")], category="fire", priority="critical"),
    dict(written="The bonfire at the winter carnival in Riverside Park just blew over into the hay bales everybody was sitting on and now the registration tent's on fire too. Everybody got back, nobody's hurt, but it's spreading along the bales toward the rink shed.",
         spoken="uh the bonfire at the winter carnival in river side park just blew over into the hay bales everybody was sitting on and now the registration tent's on fire too everybody got back nobody's hurt but it's spreading along the bales toward the rink shed",
         at="2027-01-16 18:30", entities=[P(count="2+"), ("now",)],
         places=[("landmark", "Riverside Park")], category="fire", priority="high"),
    dict(written="I started my car to warm it up and went back in for my coffee, and now there's flames curling up out of the grille, it's parked right up against the garage door. Silver Toyota Sienna. 1033 Cedar, the kids and I are out of the house.",
         spoken="i started my car to warm it up and went back in for my coffee and now there's flames curling up out of the grille it's parked right up against the garage door silver toyota sienna ten thirty three ceder the kids and i are out of the house",
         at="2027-01-11 07:05", entities=[V(colour="silver", make="toyota", model="sienna"), P(count="2+")],
         places=[("address", 1033, "Cedar Street")], category="fire", priority="high"),
    dict(written="The ice brought a power line down across the roof of the house across the street, 640 9th Street, and the shingles are smoking and there's little blue flashes along the gutter. The house is empty, it's for sale.",
         spoken="the ice brought a power line down across the roof of the house across the street six forty ninth street and the shingles are smoking and there's little blue flashes along the gutter the house is empty it's for sale",
         at="2027-01-13 05:50", entities=[],
         places=[("address", 640, "9th Street")], category="fire", priority="high"),
    dict(written="Somebody set fire to the big pile of Christmas trees the city collected in the lot by Riverside Park overnight. The fire department's not there and it's still smoking and flaring up now and then, the smoke's blowing right across River Road.",
         spoken="somebody set fire to the big pile of christmas trees the city collected in the lot by river side park overnight the fire department's not there and it's still smoking and flaring up now and then the smoke's blowing right across river road",
         at="2027-01-12 09:30", entities=[P(count="1"), ("local", "2027-01-12 02:00")],
         places=[("relative", ("landmark", "Riverside Park"))], category="fire", priority="medium"),
    dict(written="A big chunk of ice slid off the roof of our building at 1148 Maple Ave and snapped the gas meter off the side wall. It's hissing and the whole back lot smells like rotten eggs. The super's banging on doors to get people out, there's like 12 units.",
         spoken="a big chunk of ice slid off the roof of our building at eleven forty eight maple avenue and snapped the gas meter off the side wall it's hissing and the whole back lot smells like rotten eggs the super's banging on doors to get people out there's like twelve units",
         at="2027-01-14 19:20", entities=[P(count="1"), P(count="2+")],
         places=[("address", 1148, "Maple Avenue")], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    dict(written="Polar plunge at the winter carnival, Riverside Park: a man went in and came out and just dropped on the ice by the ladder, he's not breathing. Someone's doing CPR and the lifeguard went for the AED. He's maybe 60, grey beard.",
         spoken="polar plunge at the winter carnival river side park a man went in and came out and just dropped on the ice by the ladder he's not breathing someone's doing c p r and the life guard went for the a e d he's maybe sixty gray beard",
         at="2027-01-17 13:10", entities=[P(count="1", sex="male"), P(count="1"), P(count="1"), ("now",)],
         places=[("landmark", "Riverside Park")], category="medical", priority="critical"),
    dict(written="There's a car running in the snowbank on Pine between 2nd and 3rd where the plow buried it up to the windows, the tailpipe's under the snow, and there's a woman in the driver's seat slumped over. I'm banging on the glass and she won't wake up. Red Kia Soul.",
         spoken="there's a car running in the snow bank on pine between second and third where the plow buried it up to the windows the tail pipe's under the snow and there's a woman in the driver's seat slumped over i'm banging on the glass and she won't wake up red kia soul",
         at="2027-01-13 08:25", entities=[V(colour="red", make="kia", model="soul"), P(count="1", sex="female")],
         places=[("block", 200, "Pine Street")], category="medical", priority="critical"),
    dict(written="My father is on home oxygen and the power went out after midnight, his machine stopped and the little backup tank just ran empty. He's gasping and his lips are going blue. 1135 Hawthorn Ave, we have no lights, I'll put my phone flashlight in the window.",
         spoken="my father is on home oxygen and the power went out after midnight his machine stopped and the little backup tank just ran empty he's gasping and his lips are going blue eleven thirty five hot horn avenue we have no lights i'll put my phone flash light in the window",
         at="2027-01-13 02:50", entities=[P(count="1", sex="male"), ("now",)],
         places=[("address", 1135, "Hawthorn Avenue")], category="medical", priority="critical"),
    dict(written="Librarian at the Oakford Public Library. A man who's been sleeping outside came in to warm up and his fingers on both hands are white and waxy and two are turning black. He says he can't feel his feet either. He's alert and talking, sitting by the radiator.",
         spoken="librarian at the oakford public library a man who's been sleeping outside came in to warm up and his fingers on both hands are white and waxy and two are turning black he says he can't feel his feet either he's alert and talking sitting by the radiator",
         at="2027-01-14 11:40", entities=[P(count="1", sex="male")],
         places=[("landmark", "Oakford Public Library")], category="medical", priority="high"),
    dict(written="EMS to the outdoor rink in Maple Square: 8 y/o F, skate blade lac across the back of the R hand, deep, bleeding controlled w/ pressure, A&O, crying. Another skater's blade went over her hand when she fell. Father on scene.",
         spoken="e m s to the outdoor rink in maple square eight year old female skate blade laceration across the back of the right hand deep bleeding controlled with pressure alert and oriented crying another skater's blade went over her hand when she fell father on scene",
         at="2027-01-16 15:20", entities=[P(count="1", sex="female"), P(count="1"), P(count="1", sex="male")],
         places=[("landmark", "Maple Square")], category="medical", priority="high"),
    dict(written="We've been running a kerosene heater in the bedroom since the power went out and now all four of us have bad headaches, my wife's dizzy and my 6 year old just threw up twice. Everyone's awake. We turned it off and opened the windows. Should we come in? 344 11th Street.",
         spoken="we've been running a kerosene heater in the bed room since the power went out and now all four of us have bad headaches my wife's dizzy and my six year old just threw up twice everyone's awake we turned it off and opened the windows should we come in three forty four eleventh street",
         at="2027-01-13 21:10", entities=[P(count="1", sex="female"), P(count="1"), ("now",)],
         places=[("address", 344, "11th Street")], category="medical", priority="high"),
    dict(written="My son was out at the sledding hill at Riverside Park all yesterday afternoon with soaked gloves, and this morning the tips of three fingers are grey and blistered and he says they burn. He's 10. Do we go to St. Mary's or can a nurse come look?",
         spoken="my son was out at the sledding hill at river side park all yesterday afternoon with soaked gloves and this morning the tips of three fingers are gray and blistered and he says they burn he's ten do we go to saint mary's or can a nurse come look",
         at="2027-01-17 10:15", entities=[P(count="1", sex="male"), ("local", "2027-01-16 14:00")],
         places=[("landmark", "Riverside Park"), ("landmark", "St. Mary's Hospital")], category="medical", priority="medium"),

    # ---------------------------------------------------------------- robbery
    dict(written="Robbery at the hot cocoa stand at the winter carnival in Riverside Park right now! A guy in a black ski mask pulled a knife on the girl working the cash box and he's stuffing the money in his coat. He's heading toward the parking lot by River Road.",
         spoken="robbery at the hot cocoa stand at the winter carnival in river side park right now a guy in a black ski mask pulled a knife on the girl working the cash box and he's stuffing the money in his coat he's heading toward the parking lot by river road",
         at="2027-01-16 14:30", entities=[P(count="1", sex="male", clothing=["black ski mask"]), W("knife"), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Riverside Park")], category="robbery", priority="critical"),
    dict(written="Two guys just pulled into our driveway in a white Chevy Silverado, one of them pointed a gun at my husband and they unplugged our generator and threw it in the truck bed. They went east on Willow maybe one minute ago. Plate starts with 7R. 1171 Willow.",
         spoken="two guys just pulled into our drive way in a white chevy silverado one of them pointed a gun at my husband and they unplugged our generator and threw it in the truck bed they went east on will oh maybe one minute ago plate starts with seven r eleven seventy one will oh",
         at="2027-01-13 13:45", entities=[P(count="2", sex="male"), V(colour="white", make="chevrolet", model="silverado", plate="7R", direction="east"), W("gun"), P(count="1", sex="male"), ("ago", 1)],
         places=[("address", 1171, "Willow Street")], category="robbery", priority="critical"),
    dict(written="2 big boys took my new sled at the top of the hill at riverside park and when i held on one punched me in the mouth. its bleeding. they went to the warming hut with it. black snowsuits. my mom is at work. im 10",
         spoken="two big boys took my new sled at the top of the hill at river side park and when i held on one punched me in the mouth it's bleeding they went to the warming hut with it black snow suits my mom is at work i'm ten",
         at="2027-01-16 11:05", entities=[P(count="2", sex="male", clothing=["black snowsuit"])],
         places=[("landmark", "Riverside Park")], category="robbery", priority="high"),
    dict(written="My grandma just called me crying. A guy came by offering to shovel her walk for $20, and when he was done he said it was $200. When she said no he shoved her against the door frame and took the cash out of her wallet. About 20 minutes ago. She's 84, her arm's all bruised. 322 Spruce Street. Heavy guy, red plaid coat, snow shovel over his shoulder.",
         spoken="my grandma just called me crying a guy came by offering to shovel her walk for twenty dollars and when he was done he said it was two hundred when she said no he shoved her against the door frame and took the cash out of her wallet about twenty minutes ago she's eighty four her arm's all bruised three twenty two sprues street heavy guy red plaid coat snow shovel over his shoulder",
         at="2027-01-14 16:20", entities=[P(count="1", sex="female"), P(count="1", sex="male", build="heavy", clothing=["red coat"]), ("ago", 20)],
         places=[("address", 322, "Spruce Street")], category="robbery", priority="high"),
    dict(written="I'd like to report a robbery from last night around 11:30 in the lot behind the Grand Cinema after the late show. Two guys came up while I was brushing the snow off my car, one said he had a gun in his pocket, and they took my phone, my wallet and the winter coat right off my back. I never actually saw a gun.",
         spoken="i'd like to report a robbery from last night around eleven thirty in the lot behind the grand cinema after the late show two guys came up while i was brushing the snow off my car one said he had a gun in his pocket and they took my phone my wallet and the winter coat right off my back i never actually saw a gun",
         at="2027-01-12 10:10", entities=[P(count="2", sex="male"), ("local", "2027-01-11 23:30")],
         places=[("relative", ("landmark", "Grand Cinema"))], category="robbery", priority="medium"),
    dict(written="I deliver groceries for an app, I was carrying bags up the dark stairwell at 1008 Birch because the power's out and a guy came down with a box cutter, held it to my face and took my phone and my tips. He ran out the back toward downtown like two minutes ago. Skinny, grey hoodie, headlamp.",
         spoken="i deliver groceries for an app i was carrying bags up the dark stair case at ten oh eight birch because the power's out and a guy came down with a box cutter held it to my face and took my phone and my tips he ran out the back toward down town like two minutes ago skinny gray hoodie head lamp",
         at="2027-01-13 19:30", entities=[P(count="1", sex="male", build="thin", clothing=["grey hoodie"]), W("knife"), ("ago", 2)],
         places=[("address", 1008, "Birch Street"), ("neighbourhood", "Downtown")], category="robbery", priority="critical"),

    # ---------------------------------------------------------------- assault
    dict(written="Overnight volunteer at the Red Cross shelter in the Lincoln Elementary gym. A man just hit an older man over the head with a folding chair because he took the cot by the radiator. The older man's on the floor with blood coming from his head and he's not answering us. The guy who did it is pacing by the front doors.",
         spoken="overnight volunteer at the red cross shelter in the lincoln elementary gym a man just hit an older man over the head with a folding chair because he took the cot by the radiator the older man's on the floor with blood coming from his head and he's not answering us the guy who did it is pacing by the front doors",
         at="2027-01-14 01:30", entities=[P(count="1", sex="male"), P(count="1", sex="male", age="60-90"), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="assault", priority="critical"),
    dict(written="A man's got a woman pinned down in the snowbank in front of 1017 Main, in the Station Quarter, and he's punching her in the face over and over, she's stopped fighting back. He's in a black Carhartt coat. I'm across the street yelling at him. Please hurry!!",
         spoken="a man's got a woman pinned down in the snow bank in front of ten seventeen mayne in the station quarter and he's punching her in the face over and over she's stopped fighting back he's in a black carhartt coat i'm across the street yelling at him please hurry",
         at="2027-01-15 23:50", entities=[P(count="1", sex="male", clothing=["black coat"]), P(count="1", sex="female")],
         places=[("relative", ("address", 1017, "Main Street")), ("neighbourhood", "Station Quarter")], category="assault", priority="critical"),
    dict(written="Two men just got into a fight over the last bag of rock salt at the FreshMart, one slammed the other one's face into the shelf and he's got a big gash over his eye, bleeding a lot but he's standing. The one who did it is in line at register 2 like nothing happened, tan jacket, bald.",
         spoken="two men just got into a fight over the last bag of rock salt at the fresh mart one slammed the other one's face into the shelf and he's got a big gash over his eye bleeding a lot but he's standing the one who did it is in line at register two like nothing happened tan jacket bald",
         at="2027-01-12 17:15", entities=[P(count="1", sex="male", clothing=["tan jacket"]), P(count="1", sex="male"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="assault", priority="high"),
    dict(written="Assault just occurred, 800 blk Pine, approx 1035: M subj struck tow truck driver w/ closed fist as his own car was being hooked up. Driver conscious, lac to lip, loose tooth. Subj fled on foot WB, red parka, jeans.",
         spoken="assault just occurred eight hundred block pine approximately ten thirty five male subject struck tow truck driver with closed fist as his own car was being hooked up driver conscious laceration to lip loose tooth subject fled on foot westbound red parka jeans",
         at="2027-01-13 10:40", entities=[P(count="1", sex="male", clothing=["red coat", "jeans"], direction="west"), P(count="1"), V(type="car"), ("local", "2027-01-13 10:35")],
         places=[("block", 800, "Pine Street")], category="assault", priority="high"),
    dict(written="My son plays JV basketball at Oakford High. At practice tonight the assistant coach grabbed him by the back of the neck and slammed him into the bleachers for missing free throws. He's got a bruise on his cheekbone and finger marks on his neck. He just told me in the car. The coach drives a blue Ford Explorer, he's still in the gym lot.",
         spoken="my son plays j v basket ball at oak fort high at practice tonight the assistant coach grabbed him by the back of the neck and slammed him into the bleachers for missing free throws he's got a bruise on his cheek bone and finger marks on his neck he just told me in the car the coach drives a blue ford explorer he's still in the gym lot",
         at="2027-01-11 19:45", entities=[P(count="1", sex="male"), P(count="1", sex="male"), V(colour="blue", make="ford", model="explorer")],
         places=[("landmark", "Oakford High School")], category="assault", priority="high"),
    dict(written="My husband got headbutted at the ice bar on the Old Mill Brewery patio last night around 10, by the pool table, by a guy who said he was cutting the line. His nose is broken, we were at St. Mary's till 4. The guy had a black Bruins hat and a goatee.",
         spoken="my husband got head butted at the ice bar on the old mill brewery patio last night around ten by the pool table by a guy who said he was cutting the line his nose is broken we were at saint mary's till four the guy had a black bruins hat and a goatee",
         at="2027-01-17 10:50", entities=[P(count="1", sex="male"), P(count="1", sex="male", clothing=["black hat"]), ("local", "2027-01-16 22:00")],
         places=[("landmark", "Old Mill Brewery"), ("landmark", "St. Mary's Hospital")], category="assault", priority="medium"),
    dict(written="The teenager next door just held my 9 year old's face down in the snow until he couldn't breathe, my son came in coughing and crying and his face is all scraped from the ice. The boy's still out in his yard laughing with his friends. We're at 1042 Cedar, in Northgate.",
         spoken="the teenager next door just held my nine year old's face down in the snow until he couldn't breathe my son came in coughing and crying and his face is all scraped from the ice the boy's still out in his yard laughing with his friends we're at ten forty two see dar in north gate",
         at="2027-01-16 13:20", entities=[P(count="1", sex="male", age="13-19"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("address", 1042, "Cedar Street"), ("neighbourhood", "Northgate")], category="assault", priority="high"),

    # ---------------------------------------------------------------- burglary
    dict(written="The whole block's been dark since the storm, and I can see somebody with a flashlight moving around inside the Kowalskis' house next door right now, going room to room upstairs. They went to their son's place for the week because they had no heat. 429 Pine. Their back gate's open.",
         spoken="the whole block's been dark since the storm and i can see somebody with a flash light moving around inside the kowalskis house next door right now going room to room upstairs they went to their son's place for the week because they had no heat four twenty nine pine their back gate's open",
         at="2027-01-13 22:40", entities=[P(count="1"), ("now",)],
         places=[("address", 429, "Pine Street")], category="burglary", priority="high"),
    dict(written="We're staying at my sister's because the house has no heat, and my doorbell camera's still on battery. Two men just walked in my front door with a key or something, they're carrying my TV out to a grey minivan in the driveway right now. 1118 Oak Street.",
         spoken="we're staying at my sister's because the house has no heat and my door bell camera's still on battery two men just walked in my front door with a key or something they're carrying my tv out to a gray minivan in the drive way right now eleven eighteen oak street",
         at="2027-01-14 09:05", entities=[P(count="1", sex="female"), P(count="2", sex="male"), V(colour="grey", type="minivan"), ("now",)],
         places=[("address", 1118, "Oak Street")], category="burglary", priority="high"),
    dict(written="Athletic director at Oakford High. Sometime between Friday's basketball game and this morning somebody got into the gym concession stand through the ceiling tiles from the boys' locker room. Cash box with about $400, and the case of candy bars. The custodian found it at 8.",
         spoken="athletic director at oak fort high sometime between friday's basket ball game and this morning somebody got into the gym concession stand through the ceiling tiles from the boys locker room cash box with about four hundred dollars and the case of candy bars the custodian found it at eight",
         at="2027-01-16 09:20", entities=[P(count="1"), P(count="1")],
         places=[("landmark", "Oakford High School")], category="burglary", priority="medium"),
    dict(written="Web report: Skate rental trailer at the winter carnival, Riverside Park. Overnight someone cut the padlock and took about 40 pairs of rental skates and the sharpening machine. Tire tracks in the snow lead out to River Road. Noticed when our volunteer came to open at 7.",
         spoken="web report skate rental trailer at the winter carnival river side park overnight someone cut the padlock and took about forty pairs of rental skates and the sharpening machine tire tracks in the snow lead out to river road noticed when our volunteer came to open at seven",
         at="2027-01-17 07:40", entities=[P(count="1"), P(count="1"), ("local", "2027-01-17 02:00")],
         places=[("landmark", "Riverside Park")], category="burglary", priority="medium"),
    dict(written="I finally got over to my late mother's house at 1157 Spruce for the first time since the ice storm. The back door's been kicked in, there's a snowdrift in the kitchen, and her TV and the good silver are gone. Could've been any time since Tuesday.",
         spoken="i finally got over to my late mother's house at eleven fifty seven spruce for the first time since the ice storm the back door's been kicked in there's a snow drift in the kitchen and her tv and the good silver are gone could've been any time since tuesday",
         at="2027-01-15 12:30", entities=[],
         places=[("address", 1157, "Spruce Street")], category="burglary", priority="low"),
    dict(written="Somebody got into our detached garage at 709 4th Street sometime over the weekend, the side window's smashed. They took my husband's ice fishing auger, two space heaters and the generator we just bought for the storm they're calling for. We were away Saturday and Sunday.",
         spoken="somebody got into our detached garage at seven oh nine fourth street sometime over the weekend the side window's smashed they took my husband's ice fishing auger two space heaters and the generator we just bought for the storm they're calling for we were away saturday and sunday",
         at="2027-01-11 09:15", entities=[P(count="1"), P(count="1", sex="male")],
         places=[("address", 709, "4th Street")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    dict(written="There's a guy unplugging the generator from the side of my neighbors' house at 1066 Chestnut and wheeling it to a blue hatchback right now, they're at work and their furnace runs off it. He's got his hood up, black jacket.",
         spoken="there's a guy unplugging the generator from the side of my neighbors house at ten sixty six chestnut and wheeling it to a blue hatch back right now they're at work and their furnace runs off it he's got his hood up black jacket",
         at="2027-01-13 15:00", entities=[P(count="1", sex="male", clothing=["black jacket"]), V(colour="blue", type="hatchback"), ("now",)],
         places=[("address", 1066, "Chestnut Street")], category="theft", priority="high"),
    dict(written="A lady just grabbed the donation jar off the table by the maple taffy stand at the carnival in Riverside Park, it had maybe $300 in it for the food shelf, and she walked off toward the parking lot with it under her coat, like 2 minutes ago. Long purple coat, white earmuffs.",
         spoken="a lady just grabbed the donation jar off the table by the maple taffy stand at the carnival in river side park it had maybe three hundred dollars in it for the food shelf and she walked off toward the parking lot with it under her coat like two minutes ago long purple coat white ear muffs",
         at="2027-01-16 12:40", entities=[P(count="1", sex="female", clothing=["purple coat", "white earmuffs"]), ("ago", 2)],
         places=[("landmark", "Riverside Park")], category="theft", priority="high"),
    dict(written="Two guys in a rusty red pickup are cutting up the power line that came down on Willow between 6th and 7th and loading the wire into the bed. They don't look like the power company at all, no hard hats, no markings. They're doing it right now. The line might still be live!",
         spoken="two guys in a rusty red pick up are cutting up the power line that came down on willow between sixth and seventh and loading the wire into the bed they don't look like the power company at all no hard hats no markings they're doing it right now the line might still be live",
         at="2027-01-14 10:20", entities=[P(count="2", sex="male"), V(colour="red", type="pickup"), ("now",)],
         places=[("block", 600, "Willow Street")], category="theft", priority="high"),
    dict(written="I'm a nurse at St. Mary's, came out after my shift and my car won't start, somebody popped the hood and took the battery right out of it. Third one in the staff lot this week since the cold snap. Green Subaru Forester.",
         spoken="i'm a nurse at saint mary's came out after my shift and my car won't start somebody popped the hood and took the battery right out of it third one in the staff lot this week since the cold snap green subaru forester",
         at="2027-01-15 18:30", entities=[P(count="1"), V(colour="green", make="subaru", model="forester")],
         places=[("landmark", "St. Mary's Hospital")], category="theft", priority="medium"),
    dict(written="Our camera caught a guy siphoning the gas out of our generator at 2:40 this morning while we were asleep, it ran dry and the house went cold. He took the spare gas can off the porch too. 352 Kingsley Ave, sorry, 325, I'm still half asleep. Skinny, headlamp, dark coat.",
         spoken="our camera caught a guy siphoning the gas out of our generator at two forty this morning while we were asleep it ran dry and the house went cold he took the spare gas can off the porch too three fifty two kingsley avenue sorry three twenty five i'm still half asleep skinny head lamp dark coat",
         at="2027-01-13 07:05", entities=[P(count="1", sex="male", build="thin", clothing=["coat"]), ("local", "2027-01-13 02:40")],
         places=[("address", 325, "Kingsley Avenue")], category="theft", priority="medium"),
    dict(written="Somebody took the four studded snow tires I had stacked by my garage door sometime yesterday afternoon while I was at the carnival, rims and all. My neighbor saw a man rolling them down the driveway to a white van but thought he was with me. 248 10th Street, in Riverside.",
         spoken="somebody took the four studded snow tires i had stacked by my garage door sometime yesterday afternoon while i was at the carnival rims and all my neighbor saw a man rolling them down the drive way to a white van but thought he was with me two forty eight tenth street in river side",
         at="2027-01-17 11:30", entities=[P(count="1"), P(count="1", sex="male"), V(colour="white", type="van"), ("local", "2027-01-16 14:00")],
         places=[("address", 248, "10th Street"), ("neighbourhood", "Riverside")], category="theft", priority="low"),
    dict(written="Our church had 20 new space heaters donated for people without power, stacked on the back porch of the parish hall on Church Street by Oak. Sometime Wednesday they all disappeared, we only counted today. A parishioner thinks she saw a guy loading boxes into a tan pickup.",
         spoken="our church had twenty new space heaters donated for people without power stacked on the back porch of the parish hall on church street by oak sometime wednesday they all disappeared we only counted today a parishioner thinks she saw a guy loading boxes into a tan pick up",
         at="2027-01-15 14:10", entities=[P(count="1", sex="female"), P(count="1", sex="male"), V(colour="tan", type="pickup")],
         places=[("intersection", "Church Street", "Oak Street")], category="theft", priority="low"),

    # ---------------------------------------------------------------- traffic
    dict(written="A snowmobile came flying out of the trail from Riverside Park onto River Road and a Jeep Grand Cherokee T-boned it, the rider got thrown into the guardrail and he's not moving, his helmet's cracked. The Jeep driver is out and freaking out. Right by the QuickStop.",
         spoken="a snow mobile came flying out of the trail from river side park onto river road and a jeep grand cherokee t boned it the rider got thrown into the guard rail and he's not moving his helmet's cracked the jeep driver is out and freaking out right by the quick stop",
         at="2027-01-16 19:50", entities=[V(make="jeep", model="grand cherokee"), P(count="1", sex="male"), P(count="1")],
         places=[("landmark", "Riverside Park"), ("relative", ("landmark", "QuickStop Gas"))], category="traffic", priority="critical"),
    dict(written="The lights are still out from the storm at Elm and 12th and a pickup just blew through and T-boned a little Nissan Versa, the driver's door is caved in and the woman inside isn't moving. There's a baby seat in the back and the baby's screaming.",
         spoken="the lights are still out from the storm at elm and twelfth and a pick up just blew through and t boned a little nissan versa the driver's door is caved in and the woman inside isn't moving there's a baby seat in the back and the baby's screaming",
         at="2027-01-13 17:40", entities=[V(type="pickup"), V(make="nissan", model="versa"), P(count="1", sex="female"), P(count="1"), ("now",)],
         places=[("intersection", "Elm Street", "12th Street")], category="traffic", priority="critical"),
    dict(written="A car slid on the ice right into the bus shelter at 5th and Oak, the glass exploded all over a woman who was waiting in it, she has cuts all over her face and hands. She's sitting on the curb. The driver's an older guy, he's okay. White Buick Encore.",
         spoken="a car slid on the ice right into the bus shelter at fifth and oak the glass exploded all over a woman who was waiting in it she has cuts all over her face and hands she's sitting on the curb the driver's an older guy he's okay white buick encore",
         at="2027-01-13 07:55", entities=[V(colour="white", make="buick", model="encore"), P(count="1", sex="female"), P(count="1", sex="male", age="60-90")],
         places=[("intersection", "5th Street", "Oak Street")], category="traffic", priority="high"),
    dict(written="Some kids are skitching on Hawthorn, hanging onto the back bumpers of cars on the packed snow, and one just let go and slid into the curb, he's bleeding from his head and crying. The car was a silver Honda Civic, it didn't even stop, it kept going west on Hawthorn. This is by 8th.",
         spoken="some kids are skitching on hawthorne hanging onto the back bumpers of cars on the packed snow and one just let go and slid into the curb he's bleeding from his head and crying the car was a silver honda civic it didn't even stop it kept going west on hawthorne this is by eighth",
         at="2027-01-14 15:30", entities=[P(count="2+"), P(count="1", sex="male"), V(colour="silver", make="honda", model="civic", direction="west"), ("now",)],
         places=[("intersection", "Hawthorn Avenue", "8th Street")], category="traffic", priority="high"),
    dict(written="A guy in a white pickup with a plow blade is clearing the QuickStop lot and shoving all the snow straight out across River Road, there's a foot-high ridge of ice chunks in both lanes now and cars are bottoming out and fishtailing over it. He's still at it.",
         spoken="a guy in a white pick up with a plow blade is clearing the quick stop lot and shoving all the snow straight out across river road there's a foot high ridge of ice chunks in both lanes now and cars are bottoming out and fish tailing over it he's still at it",
         at="2027-01-16 07:30", entities=[P(count="1", sex="male"), V(colour="white", type="pickup")],
         places=[("landmark", "QuickStop Gas")], category="traffic", priority="medium"),
    dict(written="Just need a report number for insurance. My daughter slid off Spruce by 5th into the snowbank at about 7:15 this morning, nobody hurt, it's already been towed out. It's a black Mazda 3, the bumper's cracked.",
         spoken="just need a report number for insurance my daughter slid off spruce by fifth into the snow bank at about seven fifteen this morning nobody hurt it's already been towed out it's a black mazda three the bumper's cracked",
         at="2027-01-15 15:40", entities=[P(count="1", sex="female"), V(colour="black", make="mazda", model="3"), ("local", "2027-01-15 07:15")],
         places=[("intersection", "Spruce Street", "5th Street")], category="traffic", priority="low"),
    dict(written="3-veh MVC River Rd & Walnut approx 0630, freezing rain, roadway sheet ice. Blk Chevy Traverse vs red Toyota Prius vs salt truck. Prius driver c/o back pain, ambulatory. Salt truck blocking SB lanes.",
         spoken="three vehicle m v c river road and walnut approximately oh six thirty freezing rain roadway sheet ice black chevy traverse versus red toyota prius versus salt truck prius driver complaining of back pain ambulatory salt truck blocking southbound lanes",
         at="2027-01-13 06:40", entities=[V(colour="black", make="chevrolet", model="traverse"), V(colour="red", make="toyota", model="prius"), V(type="truck"), P(count="1"), ("local", "2027-01-13 06:30")],
         places=[("intersection", "River Road", "Walnut Street")], category="traffic", priority="high"),

    # ---------------------------------------------------------------- suspicious vehicle
    dict(written="I'm a nurse, I just got off at St. Mary's and a grey SUV followed me the whole way home with its high beams on, and now it's parked right behind me in my driveway with the lights off. I can see a man in the driver's seat. I'm locked in my car. 1132 Birch. There's no streetlights because of the outage.",
         spoken="i'm a nurse i just got off at saint mary's and a gray s u v followed me the whole way home with its high beams on and now it's parked right behind me in my drive way with the lights off i can see a man in the driver's seat i'm locked in my car eleven thirty two berch there's no street lights because of the outage",
         at="2027-01-13 23:15", entities=[V(colour="grey", type="suv"), P(count="1", sex="male"), ("now",)],
         places=[("landmark", "St. Mary's Hospital"), ("address", 1132, "Birch Street")], category="suspicious_vehicle", priority="high"),
    dict(written="A white cargo van with no name on it keeps crawling around the streets in Millbrook that still have no power, stopping outside every house that has a generator running. The passenger gets out, looks at the generator and the chain, and gets back in. It's on Willow by 2nd right now.",
         spoken="a white cargo van with no name on it keeps crawling around the streets in mill brook that still have no power stopping outside every house that has a generator running the passenger gets out looks at the generator and the chain and gets back in it's on willow by second right now",
         at="2027-01-14 14:20", entities=[V(colour="white", type="van"), P(count="1"), ("now",)],
         places=[("neighbourhood", "Millbrook"), ("intersection", "Willow Street", "2nd Street")], category="suspicious_vehicle", priority="medium"),
    dict(written="There's a dark blue Dodge Charger backed into the spot facing the back door of the credit union on Oak by 7th, two guys in ski masks sitting in it with the engine running for 40 minutes. I know it's 5 degrees out but who wears a ski mask in their car? They're watching the staff come out.",
         spoken="there's a dark blue dodge charger backed into the spot facing the back door of the credit union on oak by seventh two guys in ski masks sitting in it with the engine running for forty minutes i know it's five degrees out but who wears a ski mask in their car they're watching the staff come out",
         at="2027-01-15 16:45", entities=[V(colour="blue", make="dodge", model="charger"), P(count="2", sex="male", clothing=["ski mask"]), P(count="2+")],
         places=[("intersection", "Oak Street", "7th Street")], category="suspicious_vehicle", priority="medium"),
    dict(written="This morning around 6 a green Ford Ranger drove out from the boat launch at Riverside Park and two guys dumped a load of old Christmas trees, tires and a recliner out onto the river ice. I got the plate, RJX 4402, no, RJK 4402. It'll all go in the river when it melts.",
         spoken="this morning around six a green ford ranger drove out from the boat launch at river side park and two guys dumped a load of old christmas trees tires and a recliner out onto the river ice i got the plate r as in robert j x four four zero two no r j k four four zero two it'll all go in the river when it melts",
         at="2027-01-17 13:40", entities=[V(colour="green", make="ford", model="ranger", plate="RJK4402"), P(count="2", sex="male"), ("local", "2027-01-17 06:00")],
         places=[("landmark", "Riverside Park")], category="suspicious_vehicle", priority="low"),
    dict(written="Web tip (not urgent): Every night since last week, between about 1 and 3 a.m., a black Audi with a cover over its rear plate parks in the unplowed Community Pool lot with its lights off and the engine running. Different cars pull in next to it for a minute and leave.",
         spoken="web tip not urgent every night since last week between about one and three a m a black audi with a cover over its rear plate parks in the unplowed community pull lot with its lights off and the engine running different cars pull in next to it for a minute and leave",
         at="2027-01-12 12:00", entities=[V(colour="black", make="audi")],
         places=[("landmark", "Community Pool")], category="suspicious_vehicle", priority="low"),
    dict(written="An unmarked tanker truck is parked over the storm drain on Walnut near 11th with a hose running from the back into the grate, and the whole block smells like diesel. The driver's sitting in the cab on his phone. It's still draining right now.",
         spoken="an unmarked tanker truck is parked over the storm drain on walnut near eleventh with a hose running from the back into the grate and the whole block smells like diesel the driver's sitting in the cab on his phone it's still draining right now",
         at="2027-01-11 13:10", entities=[V(type="truck"), P(count="1", sex="male"), ("now",)],
         places=[("intersection", "Walnut Street", "11th Street")], category="suspicious_vehicle", priority="medium"),

    # ---------------------------------------------------------------- suspicious person
    dict(written="Warming center at City Hall. A man in a black Nissan Altima has pulled up to the front doors three times tonight and called over teenage girls who are waiting outside, offering them a warm place to stay at his apartment and money. One girl almost got in. He's out there again right now.",
         spoken="warming center at city hall a man in a black nissan altima has pulled up to the front doors three times tonight and called over teenage girls who are waiting outside offering them a warm place to stay at his apartment and money one girl almost got in he's out there again right now",
         at="2027-01-14 18:30", entities=[P(count="1", sex="male"), V(colour="black", make="nissan", model="altima"), P(count="2+", sex="female", age="13-19"), ("now",)],
         places=[("landmark", "City Hall")], category="suspicious_person", priority="high"),
    dict(written="A guy in the Northgate Mall lot keeps walking up to women loading their cars asking for a jump, and while they look for cables he's leaning in looking at the purses on their seats. He's done it at least four times that I've watched. Tall, black parka, jumper cables over his shoulder.",
         spoken="a guy in the north gate mall lot keeps walking up to women loading their cars asking for a jump and while they look for cables he's leaning in looking at the purses on their seats he's done it at least four times that i've watched tall black parka jumper cables over his shoulder",
         at="2027-01-16 17:10", entities=[P(count="1", sex="male", height="tall", clothing=["black coat"]), P(count="2+", sex="female")],
         places=[("landmark", "Northgate Mall")], category="suspicious_person", priority="medium"),
    dict(written="I'm 82 and live by myself on the 300 block of Maple. A young man came to shovel my steps for cash and kept asking if I live alone, if I have a husband, where I keep my purse, and he tried to look past me into the house. He's going door to door to the other old folks on the block right now. Green knit hat, red scarf.",
         spoken="i'm eighty two and live by myself on the three hundred block of maple a young man came to shovel my steps for cash and kept asking if i live alone if i have a husband where i keep my purse and he tried to look past me into the house he's going door to door to the other old folks on the block right now green knit hat red scarf",
         at="2027-01-14 11:00", entities=[P(count="1", sex="male", age="18-29", clothing=["green hat", "red scarf"]), P(count="2+", age="60-90"), ("now",)],
         places=[("block", 300, "Maple Avenue")], category="suspicious_person", priority="medium"),
    dict(written="I don't know if this is anything. Somebody shoveled my walk and my steps early this morning without being asked, and left a note in my door saying 'See you soon, Ruth' with a little heart. I've lived alone since my husband passed and I don't know who it is. I'm on Hawthorn by 4th.",
         spoken="i don't know if this is anything somebody shoveled my walk and my steps early this morning without being asked and left a note in my door saying see you soon ruth with a little heart i've lived alone since my husband passed and i don't know who it is i'm on haw thorne by fourth",
         at="2027-01-15 09:00", entities=[P(count="1")],
         places=[("intersection", "Hawthorn Avenue", "4th Street")], category="suspicious_person", priority="low"),
    dict(written="My daughter is walking home from the Lincoln Elementary bus stop and she just called me whispering that a man in a black snowmobile suit has been walking behind her since Elm, and he stops when she stops. She's on 4th between Oak and Maple right now. I'm running out to meet her.",
         spoken="my daughter is walking home from the lincoln elementary bus stop and she just called me whispering that a man in a black snow mobile suit has been walking behind her since elm and he stops when she stops she's on fourth between oak and maple right now i'm running out to meet her",
         at="2027-01-11 15:35", entities=[P(count="1", sex="female"), P(count="1", sex="male", clothing=["black snowsuit"]), ("now",)],
         places=[("landmark", "Lincoln Elementary School"), ("block", 800, "4th Street")], category="suspicious_person", priority="medium"),
    dict(written="This is going to sound strange. There are fresh boot prints in the snow going up the back of my garage roof to my upstairs window, and my neighbor found the same on hers, two houses down. It only stopped snowing at midnight. Oak between 10th and 11th.",
         spoken="this is gonna sound strange there are fresh boot prints in the snow going up the back of my garage roof to my upstairs window and my neighbor found the same on hers two houses down it only stopped snowing at midnight oak between tenth and eleventh",
         at="2027-01-15 08:10", entities=[P(count="1", sex="female")],
         places=[("block", 1000, "Oak Street")], category="suspicious_person", priority="low"),

    # ---------------------------------------------------------------- drugs
    dict(written="Guy dealing out of a silver Chrysler Voyager in the Central Station commuter lot right now, cars pull up beside him one after another and he hands stuff through the window, and when he reached across I saw a pistol in the door pocket. Plate CKT 2209.",
         spoken="guy dealing out of a silver chrysler voyager in the central station commuter lot right now cars pull up beside him one after another and he hands stuff through the window and when he reached across i saw a pistol in the door pocket plate charlie kilo tango two two zero nine",
         at="2027-01-12 18:20", entities=[P(count="1", sex="male"), V(colour="silver", make="chrysler", model="voyager", plate="CKT2209"), W("handgun"), ("now",)],
         places=[("landmark", "Central Station")], category="drugs", priority="high"),
    dict(written="A group of high school kids at the top of the sledding hill in Riverside Park are passing around a weed pen and a bag of pills, and the little kids are right there waiting to go down. One of them is selling to the others out of his snow pants pocket. They're still up there.",
         spoken="a group of high school kids at the top of the sledding hill in river side park are passing around a weed pen and a bag of pills and the little kids are right there waiting to go down one of them is selling to the others out of his snow pants pocket they're still up there",
         at="2027-01-16 14:00", entities=[P(count="2+", age="13-19"), P(count="2+"), P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="drugs", priority="medium"),
    dict(written="Librarian at the Oakford Public Library. A man's locked in our downstairs restroom smoking something in a glass pipe right now, the whole hallway smells like burnt plastic, and that's the restroom the moms with strollers use. It's packed in here with people charging phones since the outage.",
         spoken="librarian at the oakford public library a man's locked in our downstairs rest room smoking something in a glass pipe right now the whole hallway smells like burnt plastic and that's the rest room the moms with strollers use it's packed in here with people charging phones since the outage",
         at="2027-01-13 18:15", entities=[P(count="1", sex="male"), ("now",), P(count="2+", sex="female"), P(count="2+")],
         places=[("landmark", "Oakford Public Library")], category="drugs", priority="medium"),
    dict(written="Every roof on our street has a foot of snow on it except 1083 Hawthorn, which melted clean the day after the storm, and they kept their lights on through the whole blackout with a generator that runs day and night. Windows are blacked out and it smells skunky. Just thought you should know.",
         spoken="every roof on our street has a foot of snow on it except ten eighty three hawthorne which melted clean the day after the storm and they kept their lights on through the whole black out with a generator that runs day and night windows are blacked out and it smells skunky just thought you should know",
         at="2027-01-15 13:30", entities=[],
         places=[("address", 1083, "Hawthorn Avenue")], category="drugs", priority="low"),
    dict(written="Web tip: The guy in the second floor apartment over the laundromat across from Rosie's Bakery sells out of his window. People text him and stand on the sidewalk, he lowers a bucket on a rope, they put cash in, it comes back down with a baggie. Mostly after 10 at night. Heavyset, always in a white tank top even in January.",
         spoken="web tip the guy in the second floor apartment over the laundromat across from rosy's bakery sells out of his window people text him and stand on the side walk he lowers a bucket on a rope they put cash in it comes back down with a baggie mostly after ten at night heavy set always in a white tank top even in january",
         at="2027-01-11 16:00", entities=[P(count="1", sex="male", build="heavy", clothing=["white tank top"]), P(count="2+")],
         places=[("relative", ("landmark", "Rosie's Bakery"))], category="drugs", priority="low"),
    dict(written="There's one ice shanty way out past the boat launch at Riverside Park that nobody fishes from. Two guys in gas masks go in and out, there's a sharp smell like ammonia and lighter fluid on the wind, and the stovepipe's pumping yellow smoke. They're out there right now.",
         spoken="there's one ice shanty way out past the boat launch at river side park that nobody fishes from two guys in gas masks go in and out there's a sharp smell like ammonia and lighter fluid on the wind and the stove pipe's pumping yellow smoke they're out there right now",
         at="2027-01-17 09:45", entities=[P(count="2", sex="male"), ("now",)],
         places=[("relative", ("landmark", "Riverside Park"))], category="drugs", priority="medium"),

    # ---------------------------------------------------------------- vandalism
    dict(written="A bunch of drunk guys are smashing the ice sculptures at the winter carnival in Riverside Park with a hockey stick and a shovel, they already knocked the head off the big eagle and now they're kicking the swan. It's 11:30 at night. The security guard isn't answering his radio.",
         spoken="a bunch of drunk guys are smashing the ice sculptures at the winter carnival in river side park with a hockey stick and a shovel they already knocked the head off the big eagle and now they're kicking the swan it's eleven thirty at night the security guard isn't answering his radio",
         at="2027-01-16 23:32", entities=[P(count="3+", sex="male"), ("local", "2027-01-16 23:30"), P(count="1", sex="male")],
         places=[("landmark", "Riverside Park")], category="vandalism", priority="medium"),
    dict(written="Kids hiding behind the snowbank on Cedar by 9th just threw an iceball through my car's windshield while I was driving, the glass caved in and my daughter in the front seat has cuts all over her face. They ran into the yards toward Birch.",
         spoken="kids hiding behind the snow bank on cedar by ninth just threw an ice ball through my car's windshield while i was driving the glass caved in and my daughter in the front seat has cuts all over her face they ran into the yards toward birch",
         at="2027-01-15 16:20", entities=[P(count="2+"), V(type="car"), P(count="1", sex="female"), ("now",)],
         places=[("intersection", "Cedar Street", "9th Street")], category="vandalism", priority="high"),
    dict(written="Somebody poured water into the door locks and the key slots of every car in our apartment lot at 145 Elm, in the West End, overnight. They're all frozen solid and nobody can get in to go to work. There were empty milk jugs tossed in the snowbank.",
         spoken="somebody poured water into the door locks and the key slots of every car in our apartment lot at one forty five elm in the west end overnight they're all frozen solid and nobody can get in to go to work there were empty milk jugs tossed in the snow bank",
         at="2027-01-11 07:20", entities=[P(count="1"), ("local", "2027-01-11 02:00")],
         places=[("address", 145, "Elm Street"), ("neighbourhood", "West End")], category="vandalism", priority="low"),
    dict(written="Parks department, Maple Square rink. Overnight somebody took a sledgehammer to the boards around the skating rink, six panels are busted out and the ice is full of splinters. We'll have to close it for the holiday weekend now.",
         spoken="parks department maple square rink overnight somebody took a sledge hammer to the boards around the skating rink six panels are busted out and the ice is full of splinters we'll have to close it for the holiday weekend now",
         at="2027-01-17 08:50", entities=[P(count="1"), ("local", "2027-01-17 02:00")],
         places=[("landmark", "Maple Square")], category="vandalism", priority="low"),
    dict(written="Two teenagers are going down Pine between 9th and 10th yanking out everybody's orange driveway markers and the reflector stakes by the hydrants and snapping them over their knees. They're at it right now, one of them has a neon green jacket on.",
         spoken="two teenagers are going down pine between ninth and tenth yanking out everybody's orange drive way markers and the reflector stakes by the hydrants and snapping them over their knees they're at it right now one of them has a neon green jacket on",
         at="2027-01-14 16:50", entities=[P(count="2", age="13-19"), P(count="2+"), ("now",), P(count="1", clothing=["green jacket"])],
         places=[("block", 900, "Pine Street")], category="vandalism", priority="medium"),
    dict(written="I parked in front of 526 Main, in the spot the guy upstairs shoveled out and says is his, even though it's a public street. This morning MY SPOT is keyed across my car's hood and both mirrors are snapped. Pretty sure it was him, he's been yelling about it since Sunday.",
         spoken="i parked in front of five twenty six main in the spot the guy upstairs shoveled out and says is his even though it's a public street this morning my spot is keyed across my car's hood and both mirrors are snapped pretty sure it was him he's been yelling about it since sunday",
         at="2027-01-12 08:30", entities=[P(count="1", sex="male"), V(type="car")],
         places=[("relative", ("address", 526, "Main Street"))], category="vandalism", priority="low"),

    # ---------------------------------------------------------------- disturbance
    dict(written="my brother is screaming that hes going to kill my mom because she wont let him take the generator to his girlfriends, hes punching holes in the walls and he threw the kerosene lamp. me and mom are in her room with the dresser against the door. 1146 maple ave",
         spoken="my brother is screaming that he's going to kill my mom because she won't let him take the generator to his girlfriend's he's punching holes in the walls and he threw the kerosene lamp me and mom are in her room with the dresser against the door eleven forty six maple avenue",
         at="2027-01-13 20:30", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="1", sex="female")],
         places=[("address", 1146, "Maple Avenue")], category="disturbance", priority="high"),
    dict(written="After the Oakford High game a bunch of kids from the other school are in the FreshMart parking lot screaming at our fans, throwing chunks of snow at cars and climbing on the cart corral. It's 10:50 and they're blocking the exit.",
         spoken="after the oakford high game a bunch of kids from the other school are in the fresh mart parking lot screaming at our fans throwing chunks of snow at cars and climbing on the cart corral it's ten fifty and they're blocking the exit",
         at="2027-01-15 22:52", entities=[P(count="3+"), P(count="2+"), ("local", "2027-01-15 22:50")],
         places=[("landmark", "FreshMart Supermarket")], category="disturbance", priority="medium"),
    dict(written="QuickStop, the guy at pump 3 is screaming at the cashier through the window because we ran out of regular after the storm. He's kicking the pump and slamming his door and he won't move his truck, there's a line of cars out onto River Road. Nobody's been hit.",
         spoken="quick stop the guy at pump three is screaming at the cashier through the window because we ran out of regular after the storm he's kicking the pump and slamming his door and he won't move his truck there's a line of cars out onto river road nobody's been hit",
         at="2027-01-14 09:40", entities=[P(count="1", sex="male"), P(count="1"), V(type="truck")],
         places=[("landmark", "QuickStop Gas")], category="disturbance", priority="medium"),
    dict(written="The winter carnival fireworks at Riverside Park went on till almost midnight last night, my dog shredded the back door and the baby was up screaming till 1. The flyer said 9 o'clock. Can somebody tell whoever runs it before next year?",
         spoken="the winter carnival fireworks at river side park went on till almost midnight last night my dog shredded the back door and the baby was up screaming till one the flyer said nine o'clock can somebody tell whoever runs it before next year",
         at="2027-01-17 09:30", entities=[("local", "2027-01-16 23:00"), P(count="1")],
         places=[("landmark", "Riverside Park")], category="disturbance", priority="low"),
    dict(written="Every morning at 5 the guy at 1109 Birch starts his big diesel pickup and lets it idle in the driveway for a good hour to warm it up, right under our bedroom window. The fumes come in through the vents. I've asked him nicely twice. Is there a rule about idling?",
         spoken="every morning at five the guy at eleven oh nine burch starts his big diesel pick up and lets it idle in the drive way for a good hour to warm it up right under our bed room window the fumes come in through the vents i've asked him nicely twice is there a rule about idling",
         at="2027-01-11 08:45", entities=[P(count="1", sex="male"), V(type="pickup")],
         places=[("address", 1109, "Birch Street")], category="disturbance", priority="low"),
    dict(written="It's 12:35 and a bunch of drunk guys from the Old Mill Brewery are having a snowball fight in the middle of Old Mill Road, one of them is lying down in the lane making snow angels and they're screaming at every car that honks.",
         spoken="it's twelve thirty five and a bunch of drunk guys from the old mill brewery are having a snow ball fight in the middle of old mill road one of them is lying down in the lane making snow angels and they're screaming at every car that honks",
         at="2027-01-17 00:37", entities=[("local", "2027-01-17 00:35"), P(count="3+", sex="male")],
         places=[("landmark", "Old Mill Brewery")], category="disturbance", priority="medium"),

    # ---------------------------------------------------------------- other
    dict(written="My son and his friend dug a tunnel into the huge snow pile the plows made at the end of the FreshMart lot and it caved in on my son, all I can see is one boot! His friend and I are digging with our hands, he's been under there maybe 2 minutes. Please hurry!!",
         spoken="my son and his friend dug a tunnel into the huge snow pile the plows made at the end of the fresh mart lot and it caved in on my son all i can see is one boot his friend and i are digging with our hands he's been under there maybe two minutes please hurry",
         at="2027-01-16 15:45", entities=[P(count="1", sex="male"), P(count="1")],
         places=[("landmark", "FreshMart Supermarket")], category="other", priority="critical"),
    dict(written="My 11 year old daughter took her skates down to the river at Riverside Park around 1 to skate with the carnival crowd and she was supposed to be home by 3:30. It's getting dark, she's not answering, and the carnival closes the ice at 4. Pink jacket, white pom-pom hat.",
         spoken="my eleven year old daughter took her skates down to the river at river side park around one to skate with the carnival crowd and she was supposed to be home by three thirty it's getting dark she's not answering and the carnival closes the ice at four pink jacket white pom pom hat",
         at="2027-01-17 16:40", entities=[P(count="1", sex="female", clothing=["pink jacket", "white hat"]), ("local", "2027-01-17 13:00")],
         places=[("landmark", "Riverside Park")], category="other", priority="high"),
    dict(written="The pipes must've burst in the empty house next door at 812 Chestnut, water's been pouring out under the front door all morning and running down the driveway, and it's freezing into a sheet of ice right where the kids wait for the bus. The water company says it's not the main. Nobody's lived there since fall.",
         spoken="the pipes must've burst in the empty house next door at eight twelve chestnut water's been pouring out under the front door all morning and running down the drive way and it's freezing into a sheet of ice right where the kids wait for the bus the water company says it's not the main nobody's lived there since fall",
         at="2027-01-11 11:20", entities=[P(count="2+")],
         places=[("address", 812, "Chestnut Street")], category="other", priority="medium"),
    dict(written="A man called saying he was from the electric company and that our power would be cut off in 30 minutes unless I paid a $480 'reconnection fee' in gift cards. My power's already out from the storm! I hung up, but my mom almost fell for the same call this morning. Just want it on record.",
         spoken="a man called saying he was from the electric company and that our power would be cut off in thirty minutes unless i paid a four hundred eighty dollar reconnection fee in gift cards my power's already out from the storm i hung up but my mom almost fell for the same call this morning just want it on record",
         at="2027-01-13 15:15", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[], category="other", priority="low"),
    dict(written="Hello. I find one backpack and one computer bag frozen inside the snowbank at the bus stop on 3rd and Elm. I think they are there since the storm. The computer have a sticker of Oakford High. I keep them in my kitchen for drying. Where I should bring?",
         spoken="hello i find one back pack and one computer bag frozen inside the snow bank at the bus stop on third and elm i think they are there since the storm the computer have a sticker of oak fort high i keep them in my kitchen for drying where i should bring",
         at="2027-01-15 10:05", entities=[],
         places=[("intersection", "3rd Street", "Elm Street")], category="other", priority="low"),
    dict(written="A deer slid out onto the river ice behind the Old Mill Brewery and its legs went out from under it, it's splayed flat and keeps thrashing but can't get up. The ice is thin out there, I've told people not to go after it. Who do we call?",
         spoken="a deer slid out onto the river ice behind the old mill brewery and its legs went out from under it it's splayed flat and keeps thrashing but can't get up the ice is thin out there i've told people not to go after it who do we call",
         at="2027-01-12 13:30", entities=[P(count="2+")],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="other", priority="medium"),
]

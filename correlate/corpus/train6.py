"""A sixth training set (200 tips) for the statistical category and priority models, written blind: its author read only
the corpus README, config/demo/README.md, town.py and make_corpus.py (the record format, the geometry and place truth,
hand_place, `adjust`, `still_happening`, hand_records and the set registration in main()), the opening of hand.py (its
docstring and the P, V and W helpers), the docstrings of train5.py and holdout24.py in full and train5's first weapon and
fire records (for the label conventions, the record layout and the comment style), and holdout25.py only as numbers: it
was imported into the overlap check, which printed for each draft how many four-word runs it shared with any holdout25
tip and its highest content-word overlap with one, never their text. The written text and labels of every earlier tip in
hand.py, holdouts 1-24 and train1-5 (2,974 tips) were gathered by importing the modules and counted by label value
(weapon types, vehicle types, makes, models, colours, clothing, person counts, ages, place kinds, category and priority
pairs) to keep to the label vocabulary. Every draft was then compared with every earlier tip, with holdout25 (numbers
only) and with the other drafts by shared four-word runs and content-word overlap (Jaccard of the sets of words of three
letters or more outside a stop list); 44 of the first 200 drafts came too close (more than four shared runs or an
overlap of 0.25 or more) and were reworded or replaced, some twice (a father holding a teenager under at the pool
(holdout10), an impostor from the water department (train2), a bee swarm on a slide (train2), a boy not home from
Lincoln Elementary (holdout5), a fall off the monkey bars (holdout6), a bike gone from the library rack (holdout4), an
opioid demand at the pharmacy counter (holdout15), a rolled car in a ditch (train2), a dealer seen with a gun when he
opened his door (holdout12), solar lights along a walk (holdout8), a man slapping hoods in the road (train4), a power
line sparking on wet leaves (train3) and about thirty whose sentences shared runs of words). The final drafts share at most five
four-word runs with any earlier tip (one draft, a child struck "in the crosswalk in front of Lincoln Elementary",
against holdout2's), at most three with any holdout25 tip and at most four with one another; their highest
content-word overlap is 0.29 with an earlier tip (eleven short drafts stay between 0.25 and 0.29, sharing common
words such as a landmark's name rather than a sentence), 0.22 with holdout25 and 0.18 with one another. It never opened the
extractor's source, its tests, examples or benches, nor the gateway, telephony, ASR, vision or ONNX code, the tests or
fuzz directories, nor the repository README, nor any .jsonl file but its own output, nor ran cargo, the extractor,
`tipline` or any evaluation, nor saw any score or miss list; it ran one git command by mistake, beyond the brief (`git status --short`,
its output discarded unseen).

How it was written: the written forms, the labels and the comments were written by hand. The spoken forms were made from
the written ones by a small one-off script (not kept): lower case, punctuation dropped, numbers, money, clock and
24-hour times, ordinals and house numbers said in words (house numbers in pairs, "eleven oh eight"), plates and
shorthand spelled letter by letter ("l v r two two eight one", "w m", "e m s"), with seeded splits ("side walk", "drive
way", "base ment", "some body", "north gate", "fresh mart", "oak ford"), the usual mishearings (maine, chest nut,
chesnut, ceder, burch, willo, wallnut, hawthorne, haw thorn, kingsly, lincon, mabel, rosies) and openings ("um", "uh",
"yeah", "hi", "hello"), and a few slips written in by hand per tip ("hime lick", "epi pen", "nar can", "oxy codone",
"bleacher's"); the script checked that no digit or punctuation is left.

It is spread over the whole of 2035 (no earlier set uses 2035), 14 to 20 tips in every month and every hour of the day,
no week themed: New Year's week and the January cold (a chimney fire in a trailer, black ice, iceballs, snow tires), Martin
Luther King Day at the station (Monday 15 January), Valentine's Day at a florist (Wednesday 14 February), Presidents'
Day (Monday 19 February), St. Patrick's night at a pub (Saturday 17 March), spring floods and a sinkhole,
Mother's Day brunch (Sunday 13 May), graduation rehearsal, Memorial Day's parade (Monday 28 May), a
July Fourth of bottle rockets and garage roofs (Wednesday 4 July), a summer of pools, yard sales and farm stands, Labor
Day (Monday 3 September), football, a wedding at the brewery, Halloween (Wednesday 31 October), deer season, Veterans
Day (Sunday 11 November), a Thanksgiving community dinner (Thursday 22 November), a Christmas tree stand, a children's
pageant and the returns desk after Christmas. Theft, traffic, suspicious vehicle and other have 15 tips, the other ten
categories 14, and every category has tips at each priority its base and the raises and lowers allow: weapon critical
6, high 5, medium 3; fire critical 4, high 6, medium 4; medical critical 5, high 6, medium 3; robbery critical 5, high 5,
medium 4; assault critical 4, high 6, medium 4; burglary high 5, medium 5, low 4; theft high 5, medium 6, low 4; traffic
critical 3, high 5, medium 4, low 3; drugs high 3, medium 6, low 5; vandalism high 3, medium 5, low 6; suspicious vehicle
critical 1, high 3, medium 6, low 5; suspicious person high 3, medium 6, low 5; disturbance high 3, medium 6, low 5; other
critical 3, high 4, medium 4, low 4. Each tip's situation and label choice is noted above it.

Registers: calm, panicked ("Please hurry!", "I can't get the chair down the steps by myself"), terse, rambling,
children and teenagers (a 13-year-old's call relayed, a stepchild at a friend's house), elderly ("I'm 81", "I'm 84",
"I'm 86", "I'm 77"), non-native ("my boss push me very hard", "they say give the phone or we hurt you"), second-hand (a
son's lacrosse coach, a wife followed, a friend's word), workplace callers (a florist, a tire shop, a tree-stand family,
a courier, mall security, a pharmacy clerk, a pool manager, an assistant principal, a trainer, a nurse, a custodian, an
office manager, a site super, a rink monitor, a town clerk, a charge nurse, a children's librarian, a teacher on recess
duty, a cab driver), web-form notes ("Web report:", "Web tip:") and dispatch shorthand ("Susp w/ machete", "W/M 40s",
"vic", "thru", "2 susp", "WB", "NB", "Approx 1 min ago").

Same format and conventions as hand.py, holdouts 4-24 and train1-5 (written to extraction_train6.jsonl with ids "ag01"
to "ag200"), with the choices their docstrings list: every person other than the caller annotated once; a described
member of a group a person of their own only with their own attributes; people away, absent or dead not annotated;
partial plates as said; "last night" 23:00 the day before, "overnight" 02:00, "this afternoon" 14:00, clock times said
for the event those times; habits, durations, weekdays, dates, "this morning", "yesterday" and schedules not times;
"maybe N" years N-3..N+3, a decade its ten years, teens 13-19, old and older 60-90, young 18-29; victims', relatives'
and callers' stated ages not annotated; a vehicle's type only when a type word is in its description; base priorities
weapon, fire, medical, robbery, assault high, burglary, theft, traffic medium, the rest low; critical for a weapon in use
or a life at risk, high for an injury or a weapon seen, low to medium for children at risk, one step (not above high) for
an event still happening (a said time within 15 minutes, or with no time said a present progressive for a low call), one
step lower when more than six hours old (weapons and robberies included); raises do not stack; child luring, a girl or
woman in danger and a missing vulnerable person high; "other" is not lifted for being recent or for children.

Choices this set makes where those conventions do not decide (each is also noted at its tip): a hatchet is "axe", a
revolver or pistol "handgun", a butterfly or folding knife "knife", a taser and a crossbow their own types, a hammer
held over a clerk "hammer" (train2); a broken bottle, a rake handle, a BB gun and a bat used on mailboxes are no
weapons; a gun claimed and never seen is none either. "green derby hat" -> "green hat", "peacoat" -> "coat", "undershirt"
-> "shirt", "puffer" and "puffy coat" -> "coat", "blaze orange hat" -> "orange hat", "fishing vest" -> "vest", "army
jacket" -> "green jacket", "Celtics jersey" -> "jersey", "grey sweats" -> "grey sweatpants"; beards, goatees, ponytails,
headphones, a neck tattoo and bare feet are no clothing. An e-bike is a "bicycle"; "a town bus" and "a school bus"
"bus"; a camper, a rental moving truck with no type word but "truck" as said. Places: parts of a landmark are the
landmark (the rink, the footbridge, the river path, the tennis courts and the river at Riverside Park; the commuter lot
and the men's room at Central Station; the ER lobby and the parking garage at St. Mary's); "the brewery on Old Mill
Road" the Old Mill Brewery; a business "on X by Y" the intersection; the cemetery on Church Street, the end of Station
Road, Market Street's shops, 1st Street and Kingsley with no crossing said are no place.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 4, 46, 48, 62, 72, 74, 75, 86, 88, 104, 110, 135, 152, 158, 159, 160 and 174
(1-based, in file order) gained a "now" time label.
"""
from hand import P, V, W

TRAIN6 = [
    # ---------------------------------------------------------------- weapon
    # A jilted man holding a knife to a florist's throat for his ex's delivery address: in use (critical), a weapon
    # call (no demand for money). "Petals on Elm" a shop's name; the florist and the ex (named through a demand) are
    # persons; the ex is not there (not annotated).
    dict(written="I work at Petals on Elm by 3rd. A man just came in asking where we delivered roses for his ex-girlfriend and when my boss wouldn't tell him he grabbed her and has a knife at her throat behind the counter. I'm in the cooler. Tall, black peacoat.",
         spoken="um i work at petals on elm by third a man just came in asking where we delivered roses for his ex girlfriend and when my boss wouldn't tell him he grabbed her and has a knife at her throat behind the counter i'm in the cooler tall black peacoat",
         at="2035-02-14 11:25", entities=[P(count="1", sex="male", height="tall", clothing=["black coat"]), P(count="1", sex="female"), W("knife"), ('now',)],
         places=[('intersection', 'Elm Street', '3rd Street')], category="weapon", priority="critical"),
    # A bouncer backed away from a pistol outside a pub on St. Patrick's night: in use (critical). "green derby" ->
    # "green hat"; the bouncer a person.
    dict(written="Outside the Shamrock on Walnut by 5th, guy in a green derby hat is waving a pistol at our bouncer because he got cut off. Bouncer is backing up with his hands out. There's maybe forty people on the sidewalk. Hurry.",
         spoken="outside the shamrock on walnut by fifth guy in a green derby hat is waving a pistol at our bouncer because he got cut off bouncer is backing up with his hands out there's maybe forty people on the side walk hurry",
         at="2035-03-17 23:10", entities=[P(count="1", sex="male", clothing=["green hat"]), W("handgun"), P(count="1", sex="male"), P(count="3+")],
         places=[('intersection', 'Walnut Street', '5th Street')], category="weapon", priority="critical"),
    # A man aiming a scoped rifle from an upstairs window over a parade: in use (critical, lives at risk). The
    # veterans are "2+".
    dict(written="Memorial Day parade is going by on Main and there's a man in the upstairs window over the barber at 6th and Main with a scoped rifle pointed down at the street, right where the veterans are marching. I can see the barrel from the curb. Bald, white undershirt.",
         spoken="yeah memorial day parade is going by on main and there's a man in the upstairs window over the barber at sixth and main with a scoped rifle pointed down at the street right where the veterans are marching i can see the barrel from the curb bald white undershirt",
         at="2035-05-28 10:35", entities=[P(count="1", sex="male", clothing=["white shirt"]), W("rifle"), P(count="2+")],
         places=[('intersection', '6th Street', 'Main Street')], category="weapon", priority="critical"),
    # A neighbour firing a shotgun toward kids whose fireworks landed on his roof: in use (critical). The kids "2+".
    dict(written="The old man at 412 Chestnut just fired a shotgun over the kids in the street because one of their bottle rockets landed on his roof. He's standing in his driveway reloading it and yelling. They're hiding behind my car.",
         spoken="the old man at four twelve chest nut just fired a shotgun over the kids in the street because one of their bottle rockets landed on his roof he's standing in his driveway reloading it and yelling they're hiding behind my car",
         at="2035-07-04 21:50", entities=[P(count="1", sex="male", age="60-90"), W("shotgun"), P(count="2+"), ('now',)],
         places=[('address', 412, 'Chestnut Street')], category="weapon", priority="critical"),
    # Dispatch shorthand: a machete chase through a supermarket lot: in use (critical). "W/M 40s" 40-49, male; "VIC"
    # the victim a person.
    dict(written="Susp w/ machete chasing a male vic thru the FreshMart lot toward Oak, W/M 40s, grey hoodie, camo pants. Vic is running between cars. Approx 1 min ago.",
         spoken="susp w machete chasing a male vic thru the fresh mart lot toward oak w m forties grey hoodie camo pants vic is running between cars approx one min ago",
         at="2035-09-12 18:05", entities=[P(count="1", sex="male", age="40-49", clothing=["grey hoodie", "camo pants"]), W("machete"), P(count="1", sex="male"), ('ago', 1)],
         places=[('landmark', 'FreshMart Supermarket')], category="weapon", priority="critical"),
    # Halloween: a homeowner swinging a hatchet at teenagers who egged his house: in use (critical); a hatchet "axe".
    dict(written="It's Halloween and some teenagers egged the house at 1108 Cedar and the owner came running off the porch swinging a hatchet at them. He chased one kid into the hedge and is still swinging at the bushes. Grey bathrobe, bare feet.",
         spoken="uh it's halloween and some teenagers egged the house at eleven oh eight cedar and the owner came running off the porch swinging a hatchet at them he chased one kid into the hedge and is still swinging at the bushes grey bathrobe bare feet",
         at="2035-10-31 19:30", entities=[P(count="2+", age="13-19"), P(count="1", sex="male", clothing=["grey bathrobe"]), W("axe")],
         places=[('address', 1108, 'Cedar Street')], category="weapon", priority="critical"),
    # A man pacing a train platform with a pistol on his hip, muttering: a weapon seen (high). Passengers "2+".
    dict(written="There's a man at Central Station pacing back and forth on the platform, pistol holstered on his belt where everyone can see, muttering and glaring at people. Everybody's drifting down to the far end. Brown canvas jacket, beard. He hasn't threatened anybody yet.",
         spoken="hello there's a man at central station pacing back and forth on the platform pistol holstered on his belt where everyone can see muttering and glaring at people everybody's drifting down to the far end brown canvas jacket beard he hasn't threatened anybody yet",
         at="2035-01-15 08:20", entities=[P(count="1", sex="male", clothing=["brown jacket"]), W("handgun"), P(count="2+")],
         places=[('landmark', 'Central Station')], category="weapon", priority="high"),
    # A boy flipping a butterfly knife in the bleachers of a JV game: a weapon seen (high). "a freshman" 13-19.
    dict(written="Parent at the JV baseball game at Oakford High. A kid in the top row of the bleachers keeps flicking a butterfly knife open and shut and pointing it at the younger kids as a joke. Red Oakford hoodie, probably a freshman.",
         spoken="hi parent at the jv baseball game at oak ford high a kid in the top row of the bleacher's keeps flicking a butterfly knife open and shut and pointing it at the younger kids as a joke red oakford hoodie probably a freshman",
         at="2035-04-07 15:55", entities=[P(count="1", sex="male", age="13-19", clothing=["red hoodie"]), W("knife"), P(count="2+")],
         places=[('landmark', 'Oakford High School')], category="weapon", priority="high"),
    # Elderly caller: a stranger at her yard sale with a rifle slung on his shoulder, asking for ammunition: a weapon
    # seen (high). "I'm 81" not annotated.
    dict(written="I'm 81 and I'm having a yard sale at 224 2nd Street. A fellow walked up the driveway with a rifle on a strap over his shoulder asking did my late husband have any ammunition to sell. I said no and he's still poking through the tables. Camouflage jacket, orange cap.",
         spoken="i'm eighty one and i'm having a yard sale at two hundred twenty four second street a fellow walked up the driveway with a rifle on a strap over his shoulder asking did my late husband have any ammunition to sell i said no and he's still poking through the tables camouflage jacket orange cap",
         at="2035-06-23 09:40", entities=[P(count="1", sex="male", clothing=["camo jacket", "orange cap"]), W("rifle")],
         places=[('address', 224, '2nd Street')], category="weapon", priority="high"),
    # Web form: a neighbour shooting at squirrels with a crossbow along a shared fence: a weapon seen (high; no one
    # aimed at).
    dict(written="Web report: my neighbor at 617 Willow is out in his yard with a crossbow shooting at squirrels on the fence between our yards. My children play back there. He's been at it since lunch. Please have someone talk to him.",
         spoken="web report my neighbor at six seventeen willow is out in his yard with a crossbow shooting at squirrels on the fence between our yards my children play back there he's been at it since lunch please have some one talk to him",
         at="2035-08-15 14:10", entities=[P(count="1", sex="male"), W("crossbow"), P(count="2+")],
         places=[('address', 617, 'Willow Street')], category="weapon", priority="high"),
    # Deer season: a hunter walking a residential street past a bus stop with a rifle: a weapon seen (high). "blaze
    # orange hat" -> "orange hat"; "at 7:10" the time; the children at the stop "2+".
    dict(written="At 7:10 a hunter in a blaze orange hat walked right down Birch Street past the school bus stop at 4th with a rifle in his hands, not slung. The kids at the stop all backed into a yard. He went toward 5th.",
         spoken="at seven ten a hunter in a blaze orange hat walked right down birch street past the school bus stop at fourth with a rifle in his hands not slung the kids at the stop all backed into a yard he went toward fifth",
         at="2035-11-17 07:20", entities=[('local', '2035-11-17 07:10'), P(count="1", sex="male", clothing=["orange hat"]), W("rifle"), P(count="2+")],
         places=[('intersection', 'Birch Street', '4th Street')], category="weapon", priority="high"),
    # A tire shop owner: a customer pulled a gun over a bill the afternoon before: a weapon used hours ago, lowered to
    # medium. "yesterday afternoon" 14:00 the day before; "a gun" gun.
    dict(written="Calling about yesterday afternoon at my tire shop, 1160 Hawthorn. A customer didn't like his bill and pulled a gun out of his jacket and held it on me till I gave him back his keys. Then he drove out in a maroon Dodge Durango. I have him on camera.",
         spoken="calling about yesterday afternoon at my tire shop eleven sixty haw thorn a customer didn't like his bill and pulled a gun out of his jacket and held it on me till i gave him back his keys then he drove out in a maroon dodge durango i have him on camera",
         at="2035-12-04 09:15", entities=[('local', '2035-12-03 14:00'), P(count="1", sex="male"), W("gun"), V(colour="maroon", make="dodge", model="durango")],
         places=[('address', 1160, 'Hawthorn Avenue')], category="weapon", priority="medium"),
    # A roommate's ex hacking at a door frame with a machete the night before: a weapon used hours ago, medium. "last
    # night about 11" 23:00 the day before.
    dict(written="Last night about 11 my roommate's ex showed up at our place on 4th Street, number 311, and when we wouldn't open he hacked the door frame with a machete. He left before anybody came. The gouges are still there. He drives a green Jeep.",
         spoken="last night about eleven my roommate's ex showed up at our place on fourth street number three hundred eleven and when we wouldn't open he hacked the door frame with a machete he left before anybody came the gouges are still there he drives a green jeep",
         at="2035-03-02 10:05", entities=[('local', '2035-03-01 23:00'), P(count="1"), P(count="1", sex="male"), W("machete"), V(colour="green", make="jeep")],
         places=[('address', 311, '4th Street')], category="weapon", priority="medium"),
    # A jogger: a man clicked a taser at her on the river path early that morning: a weapon used hours ago, medium.
    # "around 6:15" 06:15; "the river path" part of Riverside Park.
    dict(written="This morning around 6:15 I was running the river path in Riverside Park and a man stepped out from the trees and clicked a taser at me, like sparking it, and laughed. I ran the other way. Black tracksuit, white headphones.",
         spoken="um this morning around six fifteen i was running the river path in river side park and a man stepped out from the trees and clicked a taser at me like sparking it and laughed i ran the other way black tracksuit white headphones",
         at="2035-10-20 14:40", entities=[('local', '2035-10-20 06:15'), P(count="1", sex="male", clothing=["black tracksuit"]), W("taser")],
         places=[('landmark', 'Riverside Park')], category="weapon", priority="medium"),
    # ---------------------------------------------------------------- fire
    # A chimney fire in a mobile home with a grandmother in a wheelchair inside: a life at risk (critical). "260 Old
    # Mill Road" an address on a diagonal.
    dict(written="My grandma's trailer at 260 Old Mill Road, the wood stove pipe is glowing red and there's fire coming out around it in the roof. She's in a wheelchair and she's still inside, I can't get the chair down the steps by myself.",
         spoken="oh god my grandma's trailer at two sixty old mill road the wood stove pipe is glowing red and there's fire coming out around it in the roof she's in a wheelchair and she's still inside i can't get the chair down the steps by myself",
         at="2035-01-09 04:10", entities=[P(count="1", sex="female")],
         places=[('address', 260, 'Old Mill Road')], category="fire", priority="critical"),
    # A restaurant's hood fire below a flat, smoke through the floor, a husband who cannot walk: a life at risk
    # (critical).
    dict(written="The kitchen at the noodle place under our apartment is on fire, smoke is coming up through the floor vents. We're on the second floor at 814 Main and my husband can't walk, he had surgery last week. I can't carry him down.",
         spoken="um the kitchen at the noodle place under our apartment is on fire smoke is coming up through the floor vents we're on the second floor at eight fourteen main and my husband can't walk he had surgery last week i can't carry him down",
         at="2035-04-22 19:45", entities=[P(count="1", sex="male")],
         places=[('address', 814, 'Main Street')], category="fire", priority="critical"),
    # A barn loft burning with a hired teenager up in it: a life at risk (critical). "the kid who stacks hay" no age
    # word (not annotated).
    dict(written="The loft of our barn at 1190 Spruce is burning, the hay caught, and the kid who stacks bales for us went up there ten minutes ago and we can't see him. Smoke is coming out the hay door. My dad went up the ladder after him.",
         spoken="the loft of our barn at eleven ninety spruse is burning the hay caught and the kid who stacks bales for us went up there ten minutes ago and we can't see him smoke is coming out the hay door my dad went up the ladder after him",
         at="2035-08-09 15:20", entities=[P(count="1"), P(count="1", sex="male")],
         places=[('address', 1190, 'Spruce Street')], category="fire", priority="critical"),
    # Advent candles lighting an altar cloth during a children's pageant, children in the choir loft: a life at risk
    # (critical). "150 Church Street" an address on a short street.
    dict(written="Trinity Church, 150 Church Street. The advent candles caught the altar cloth during the kids' Christmas pageant and it's burning up the wooden screen. The sanctuary is filling with smoke and there are still children up in the choir loft.",
         spoken="hello trinity church one fifty church street the advent candles caught the altar cloth during the kids christmas pageant and it's burning up the wooden screen the sanctuary is filling with smoke and there are still children up in the choir loft",
         at="2035-12-16 10:50", entities=[P(count="2+")],
         places=[('address', 150, 'Church Street')], category="fire", priority="critical"),
    # A commuter's engine on fire in the station lot, the driver out: fire, high. The caller's own car described is
    # annotated.
    dict(written="My car is on fire in the commuter lot at Central Station. Green Subaru Forester, flames are coming out from under the hood and the tire's melting. I'm out, nobody's in it, but the cars on both sides are close.",
         spoken="my car is on fire in the commuter lot at central station green subaru forester flames are coming out from under the hood and the tire's melting i'm out nobody's in it but the cars on both sides are close",
         at="2035-02-05 17:35", entities=[V(colour="green", make="subaru", model="forester")],
         places=[('landmark', 'Central Station')], category="fire", priority="high"),
    # Mulch burning along a supermarket wall: fire, high. "Somebody" who threw the cigarette is a person.
    dict(written="The mulch along the side of FreshMart is on fire, flames about a foot high running along the wall toward the propane cage. Somebody must've flicked a cigarette. I'm an employee, we're grabbing extinguishers.",
         spoken="the mulch along the side of fresh mart is on fire flames about a foot high running along the wall toward the propane cage some body must've flicked a cigarette i'm an employee we're grabbing extinguishers",
         at="2035-05-05 13:15", entities=[P(count="1")],
         places=[('landmark', 'FreshMart Supermarket')], category="fire", priority="high"),
    # A dumpster fire behind a bakery reaching a wooden fence: fire, high.
    dict(written="Dumpster behind Rosie's Bakery is burning and the wooden fence beside it has caught too. Black smoke going over Main. Nobody's back there.",
         spoken="dumpster behind rosies bakery is burning and the wooden fence beside it has caught too black smoke going over maine nobody's back there",
         at="2035-06-30 05:40", entities=[],
         places=[('relative', ('landmark', "Rosie's Bakery"))], category="fire", priority="high"),
    # Fourth of July: a firework on a garage roof, the family out: fire, high. "we're all out" the caller's family
    # "2+".
    dict(written="A firework landed on the roof of our garage at 933 Pine and the shingles are burning. We're all out on the lawn, the garden hose can't reach. It's spreading toward the house side.",
         spoken="a fire work landed on the roof of our garage at nine thirty three pine and the shingles are burning we're all out on the lawn the garden hose can't reach it's spreading toward the house side",
         at="2035-07-04 22:30", entities=[P(count="2+")],
         places=[('address', 933, 'Pine Street')], category="fire", priority="high"),
    # A riding mower burning in a shed, the neighbour out with a hose: fire, high.
    dict(written="My neighbor's riding mower caught fire in his shed at 317 Hawthorn and now the whole shed is going. He's out there with a garden hose, he's fine, but there's gas cans in there.",
         spoken="my neighbor's riding mower caught fire in his shed at three seventeen haw thorn and now the whole shed is going he's out there with a garden hose he's fine but there's gas cans in there",
         at="2035-09-28 16:50", entities=[P(count="1", sex="male")],
         places=[('address', 317, 'Hawthorn Avenue')], category="fire", priority="high"),
    # Thanksgiving dinner at a hall: a fryer flare-up into the hood fan, everyone outside: fire, high. "the VFW hall"
    # a name; "everybody" "2+".
    dict(written="The deep fryer at the VFW hall's Thanksgiving dinner on Oak by 2nd flared up and the hood fan is on fire. We got everybody out to the parking lot, maybe eighty people. The kitchen's full of smoke.",
         spoken="the deep fryer at the v f w hall's thanksgiving dinner on oak by second flared up and the hood fan is on fire we got everybody out to the parking lot maybe eighty people the kitchen's full of smoke",
         at="2035-11-22 13:40", entities=[P(count="2+")],
         places=[('intersection', 'Oak Street', '2nd Street')], category="fire", priority="high"),
    # A couch burned on a curb the night before, out: lowered to medium. "last night around 11" 23:00.
    dict(written="Last night around 11 somebody lit a couch on fire that was out on the curb in front of 640 Walnut. It burned itself out and scorched our maple pretty bad. I'd like it on record in case they come back.",
         spoken="last night around eleven some body lit a couch on fire that was out on the curb in front of six forty wall nut it burned itself out and scorched our mabel pretty bad i'd like it on record in case they come back",
         at="2035-03-12 09:00", entities=[('local', '2035-03-11 23:00'), P(count="1")],
         places=[('relative', ('address', 640, 'Walnut Street'))], category="fire", priority="medium"),
    # Hay bale decorations burned overnight at City Hall: medium (hours old). "overnight" 02:00.
    dict(written="The hay bales and scarecrows out front of City Hall got burned overnight. It's just black piles now, the fire's out. The garden club put those up Saturday.",
         spoken="yeah the hay bales and scarecrows out front of city hall got burned overnight it's just black piles now the fire's out the garden club put those up saturday",
         at="2035-10-14 08:30", entities=[('local', '2035-10-14 02:00')],
         places=[('relative', ('landmark', 'City Hall'))], category="fire", priority="medium"),
    # A breaker panel that sparked and charred in the morning, out since: fire, medium (a fire that is out). "this
    # morning" no time.
    dict(written="This morning the breaker panel in my basement at 1022 Elm popped and sparked and the cover got black and melted a little. I shut the main off and it stopped. It still smells burnt down there. Should somebody look at it?",
         spoken="yeah this morning the breaker panel in my base ment at ten twenty two elm popped and sparked and the cover got black and melted a little i shut the main off and it stopped it still smells burnt down there should some body look at it",
         at="2035-01-28 16:00", entities=[],
         places=[('address', 1022, 'Elm Street')], category="fire", priority="medium"),
    # A web report: a brush-pile burn that got away two days before, out: fire, medium. "Sunday" no time; the
    # neighbours a person ("2+").
    dict(written="Web report: Sunday the people at 1180 Cedar were burning a big brush pile and it got away from them and burned about thirty feet of my stockade fence. It's out. They said they'd pay and now they won't answer the door.",
         spoken="web report sunday the people at eleven eighty see der were burning a big brush pile and it got away from them and burned about thirty feet of my stockade fence it's out they said they'd pay and now they won't answer the door",
         at="2035-11-06 12:20", entities=[P(count="2+")],
         places=[('address', 1180, 'Cedar Street')], category="fire", priority="medium"),
    # ---------------------------------------------------------------- medical
    # A woman choking at a cafe, turning blue: a life at risk (critical). The man doing back blows a person.
    dict(written="Lady at the Corner Cafe is choking on something, she can't breathe at all, her lips are going blue. A man is doing the Heimlich on her but nothing's coming out.",
         spoken="lady at the corner cafe is choking on something she can't breathe at all her lips are going blue a man is doing the hime lick on her but nothing's coming out",
         at="2035-01-20 12:15", entities=[P(count="1", sex="female"), P(count="1", sex="male")],
         places=[('landmark', 'Corner Cafe')], category="medical", priority="critical"),
    # A boy in a school cafeteria after peanuts, wheezing after his EpiPen: a life at risk (critical). "a second
    # grader" no age (a schoolchild).
    dict(written="This is the nurse at Lincoln Elementary. A second grader ate a cookie with peanuts at lunch, his lips and eyes are swelling shut and he's wheezing even after his EpiPen. He's in my office.",
         spoken="this is the nurse at lincoln elementary a second grader ate a cookie with peanuts at lunch his lips and eyes are swelling shut and he's wheezing even after his epi pen he's in my office",
         at="2035-03-30 11:50", entities=[P(count="1", sex="male")],
         places=[('landmark', 'Lincoln Elementary School')], category="medical", priority="critical"),
    # A roofer fallen two storeys, not moving, blood from an ear: a life at risk (critical).
    dict(written="One of the roofers next door at 742 Maple slid off, two stories down onto the patio. He's not moving and his ear is bleeding. His buddy is keeping his head still.",
         spoken="one of the roofers next door at seven forty two maple slid off two stories down onto the patio he's not moving and his ear is bleeding his buddy is keeping his head still",
         at="2035-06-09 16:00", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[('address', 742, 'Maple Avenue')], category="medical", priority="critical"),
    # An overdose in a station restroom, the caller has naloxone: a life at risk (critical).
    dict(written="There's a guy on the floor of the men's room at Central Station, he's making this snoring sound and his lips are blue. I gave him the Narcan from the wall box and he hasn't woken up.",
         spoken="there's a guy on the floor of the men's room at central station he's making this snoring sound and his lips are blue i gave him the nar can from the wall box and he hasn't woken up",
         at="2035-08-27 21:35", entities=[P(count="1", sex="male")],
         places=[('landmark', 'Central Station')], category="medical", priority="critical"),
    # Stroke signs in a husband, started ten minutes before: a life at risk (critical). "ten minutes ago" minutes ago.
    dict(written="My husband's face is drooping on the left side and his left arm won't lift. He's talking but it's nonsense words. It started at lunch, about ten minutes ago. 1022 Hawthorn. He's 74.",
         spoken="my husband's face is drooping on the left side and his left arm won't lift he's talking but it's nonsense words it started at lunch about ten minutes ago ten twenty two haw thorn he's seventy four",
         at="2035-10-05 12:40", entities=[P(count="1", sex="male"), ('ago', 10)],
         places=[('address', 1022, 'Hawthorn Avenue')], category="medical", priority="critical"),
    # A girl's wrist broken on the park rink: medical, high. "the rink in Riverside Park" the landmark; "my daughter"
    # a person.
    dict(written="My daughter fell on the rink in Riverside Park and her wrist is bent the wrong way. She's crying really hard but she's talking. We're by the warming shed. She's 11.",
         spoken="my daughter fell on the rink in riverside park and her wrist is bent the wrong way she's crying really hard but she's talking we're by the warming shed she's eleven",
         at="2035-02-10 14:25", entities=[P(count="1", sex="female")],
         places=[('landmark', 'Riverside Park')], category="medical", priority="high"),
    # A table-saw cut, bleeding through towels, conscious: medical, high.
    dict(written="My brother cut his hand on the table saw in the garage at 328 6th Street. It's bleeding through three towels, it's deep between his thumb and finger. He's sitting down and talking, kind of pale.",
         spoken="hello my brother cut his hand on the table saw in the garage at three hundred twenty eight sixth street it's bleeding through three towels it's deep between his thumb and finger he's sitting down and talking kind of pale",
         at="2035-04-14 10:30", entities=[P(count="1", sex="male")],
         places=[('address', 328, '6th Street')], category="medical", priority="high"),
    # A child's broken arm off the monkey bars by the pool: medical, high. "the playground by the Community Pool"
    # relative.
    dict(written="A little boy lost his grip on the climbing dome at the playground by the Community Pool and landed on his arm, it's crooked above the wrist. His mom's here holding him. He's screaming but awake.",
         spoken="a little boy lost his grip on the climbing dome at the playground by the community pool and landed on his arm it's crooked above the wrist his mom's here holding him he's screaming but awake",
         at="2035-05-19 17:05", entities=[P(count="1", sex="male"), P(count="1", sex="female")],
         places=[('relative', ('landmark', 'Community Pool'))], category="medical", priority="high"),
    # An elderly woman fallen in a supermarket aisle, hip pain: medical, high. "older lady" 60-90.
    dict(written="An older lady slipped in aisle 7 at FreshMart, she's on the floor and says her hip is killing her, she can't get up. We put a coat under her head. Manager's with her.",
         spoken="uh an older lady slipped in aisle seven at fresh mart she's on the floor and says her hip is killing her she can't get up we put a coat under her head manager's with her",
         at="2035-07-23 10:10", entities=[P(count="1", sex="female", age="60-90"), P(count="1")],
         places=[('landmark', 'FreshMart Supermarket')], category="medical", priority="high"),
    # A football player's dislocated shoulder on the sideline: medical, high. "our quarterback" a person (no age
    # said).
    dict(written="Trainer for Oakford High football. Our quarterback took a hit and his shoulder is out of the socket, he's on the bench screaming. He knows where he is, no head hit. Can we get an ambulance to the field gate?",
         spoken="trainer for oak ford high football our quarterback took a hit and his shoulder is out of the socket he's on the bench screaming he knows where he is no head hit can we get an ambulance to the field gate",
         at="2035-09-06 19:40", entities=[P(count="1", sex="male")],
         places=[('landmark', 'Oakford High School')], category="medical", priority="high"),
    # Chest pain down the left arm in a man who still talks: medical, high (train5's chest pain).
    dict(written="Older gentleman at the bar of the brewery on Old Mill Road says it's heartburn but he's sweating buckets and rubbing his left arm. He's still talking, sitting on a stool. Grey flannel shirt.",
         spoken="hi older gentleman at the bar of the brewery on old mill road says it's heartburn but he's sweating buckets and rubbing his left arm he's still talking sitting on a stool grey flannel shirt",
         at="2035-12-10 20:15", entities=[P(count="1", sex="male", age="60-90", clothing=["grey shirt"])],
         places=[('landmark', 'Old Mill Brewery')], category="medical", priority="high"),
    # A mother's ankle from a fall on ice the day before, worse now: medium (hours old). "yesterday" no time.
    dict(written="My mother slipped on the ice in Maple Square yesterday and now her ankle is purple and she can't put weight on it. She's at her place at 407 7th Street and won't let me drive her. Can someone come check her?",
         spoken="my mother slipped on the ice in maple square yesterday and now her ankle is purple and she can't put weight on it she's at her place at four hundred seven seventh street and won't let me drive her can some one come check her",
         at="2035-01-04 09:30", entities=[P(count="1", sex="female")],
         places=[('landmark', 'Maple Square'), ('address', 407, '7th Street')], category="medical", priority="medium"),
    # A dog bite from two days before, the dog still loose: medical, medium. "Sunday" no time; the son a person.
    dict(written="My son got bit by the husky from 905 Chestnut on Sunday, he needed six stitches in his calf. That dog is out loose again today on the sidewalk. The owners don't care.",
         spoken="my son got bit by the husky from nine oh five chestnut on sunday he needed six stitches in his calf that dog is out loose again today on the side walk the owners don't care",
         at="2035-11-27 15:45", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[('address', 905, 'Chestnut Street')], category="medical", priority="medium"),
    # A firework that went off in a brother's hand the night before (treated): medium. "around 11 last night" 23:00.
    dict(written="Around 11 last night a firework went off in my brother's hand at a party at 711 Willow. He's at St. Mary's now getting his fingers looked at. The nurse said we should call it in.",
         spoken="uh around eleven last night a fire work went off in my brother's hand at a party at seven eleven willow he's at saint mary's now getting his fingers looked at the nurse said we should call it in",
         at="2035-07-05 10:00", entities=[('local', '2035-07-04 23:00'), P(count="1", sex="male")],
         places=[('address', 711, 'Willow Street')], category="medical", priority="medium"),
    # ---------------------------------------------------------------- robbery
    # A delivery courier's e-bike taken at knifepoint: robbery, critical. The e-bike "bicycle".
    dict(written="I deliver for Oakford Eats. A guy on the porch at 1015 Birch pulled a knife when I came up with his order and made me give him my e-bike and my phone. He rode off west on Birch. Skinny, grey beanie, black puffer.",
         spoken="i deliver for oak ford eats a guy on the porch at ten fifteen birch pulled a knife when i came up with his order and made me give him my e bike and my phone he rode off west on birch skinny grey beanie black puffer",
         at="2035-01-06 21:40", entities=[P(count="1", sex="male", build="thin", clothing=["grey beanie", "black jacket"]), W("knife"), V(type="bicycle", direction="west")],
         places=[('address', 1015, 'Birch Street')], category="robbery", priority="critical"),
    # Dispatch shorthand: an armed pharmacy robbery, a partial plate: robbery, critical. "2 susp" count 2; the
    # pharmacist a person; "7TX" partial plate.
    dict(written="Armed robbery at Main Street Pharmacy, 2 susp, one w/ handgun, pharmacist made to empty the narcotics safe into a duffel. Fled WB on Main in a silver Kia Soul, partial plate 7TX. Approx 3 min ago.",
         spoken="armed robbery at main street pharmacy two susp one w handgun pharmacist made to empty the narcotics safe into a duffel fled w b on main in a silver kia soul partial plate seven t x approx three min ago",
         at="2035-03-09 16:25", entities=[P(count="2"), W("handgun"), P(count="1"), V(colour="silver", make="kia", model="soul", plate="7TX", direction="west"), ('ago', 3)],
         places=[('landmark', 'Main Street Pharmacy')], category="robbery", priority="critical"),
    # A woman forced to withdraw cash at an ATM at gunpoint: robbery, critical.
    dict(written="A man with a gun is standing behind a woman at the ATM at the bank on Elm by 6th making her take money out. She keeps looking around, he has it pressed in her back. Dark blue hoodie, hood up. It's happening right now.",
         spoken="a man with a gun is standing behind a woman at the a t m at the bank on elm by sixth making her take money out she keeps looking around he has it pressed in her back dark blue hoodie hood up it's happening right now",
         at="2035-05-02 22:10", entities=[P(count="1", sex="male", clothing=["blue hoodie"]), W("gun"), P(count="1", sex="female"), ('now',)],
         places=[('intersection', 'Elm Street', '6th Street')], category="robbery", priority="critical"),
    # A mall jewelry kiosk smashed with a hammer, the clerk threatened with it: robbery, critical; hammer (train2).
    dict(written="Mall security. Two men just smashed the glass of the jewelry kiosk on the lower level of Northgate Mall with a hammer and one held it over the clerk's head while the other scooped out chains. They ran out the east doors. Both in black ski masks.",
         spoken="mall security two men just smashed the glass of the jewelry kiosk on the lower level of north gate mall with a hammer and one held it over the clerk's head while the other scooped out chains they ran out the east doors both in black ski masks",
         at="2035-08-18 19:55", entities=[P(count="2", sex="male", clothing=["black ski mask"]), W("hammer"), P(count="1"), ('now',)],
         places=[('landmark', 'Northgate Mall')], category="robbery", priority="critical"),
    # A Christmas tree lot's cash box taken at knifepoint from a teenage son: robbery, critical.
    dict(written="A guy pulled a knife on my son at our Christmas tree stand on 9th by Oak and took the cash box right off the table. My son's okay. He ran down 9th toward Elm. Red plaid jacket, maybe 30.",
         spoken="a guy pulled a knife on my son at our christmas tree stand on ninth by oak and took the cash box right off the table my son's okay he ran down ninth toward elm red plaid jacket maybe thirty",
         at="2035-11-30 18:20", entities=[P(count="1", sex="male"), P(count="1", sex="male", age="27-33", clothing=["red jacket"]), W("knife")],
         places=[('intersection', '9th Street', 'Oak Street')], category="robbery", priority="critical"),
    # Two teenagers shoving a boy off his bike and taking his phone and bike, a scraped knee: robbery, high.
    dict(written="Two teenagers just knocked my son off his bike on 2nd by Cedar and took his phone and the bike. He's got a bloody knee. They went toward Birch, one on the bike. Both in black hoodies.",
         spoken="two teenagers just knocked my son off his bike on second by cedar and took his phone and the bike he's got a bloody knee they went toward birch one on the bike both in black hoodies",
         at="2035-02-22 16:05", entities=[P(count="2", age="13-19", clothing=["black hoodie"]), P(count="1", sex="male"), V(type="bicycle"), ('now',)],
         places=[('intersection', '2nd Street', 'Cedar Street')], category="robbery", priority="high"),
    # A laptop grabbed off a cafe table and the owner punched when she held on: robbery, high (force).
    dict(written="Some guy tried to grab a girl's laptop off her table at the Corner Cafe and when she held on he punched her in the face and yanked it away. He ran out toward Elm. Green army jacket, blond buzz cut.",
         spoken="some guy tried to grab a girl's lap top off her table at the corner cafe and when she held on he punched her in the face and yanked it away he ran out toward elm green army jacket blond buzz cut",
         at="2035-04-28 10:45", entities=[P(count="1", sex="male", clothing=["green jacket"]), P(count="1", sex="female")],
         places=[('landmark', 'Corner Cafe')], category="robbery", priority="high"),
    # A sneaker sale from an app: the buyer grabbed the shoes, shoved the seller, drove off in a Nissan Maxima:
    # robbery, high.
    dict(written="I was selling sneakers to a guy from an app, we met in the FreshMart lot. He grabbed the box, shoved me into my car door and took off in a black Nissan Maxima, plate LVR 2281, north on 9th.",
         spoken="i was selling sneakers to a guy from an app we met in the fresh mart lot he grabbed the box shoved me into my car door and took off in a black nissan maxima plate l v r two two eight one north on ninth",
         at="2035-06-14 20:30", entities=[P(count="1", sex="male"), V(colour="black", make="nissan", model="maxima", plate="LVR2281", direction="north")],
         places=[('landmark', 'FreshMart Supermarket')], category="robbery", priority="high"),
    # Non-native: a phone taken by two men's threats alone: robbery, high (holdout17).
    dict(written="Two men stop me on Chestnut by 8th and say give the phone or we hurt you. I am alone so I give it. They walk to the gas station. One is big with a white cap, other one small.",
         spoken="yeah two men stop me on chesnut by eighth and say give the phone or we hurt you i am alone so i give it they walk to the gas station one is big with a white cap other one small",
         at="2035-09-21 22:50", entities=[P(count="2", sex="male"), P(count="1", build="heavy", clothing=["white cap"])],
         places=[('intersection', 'Chestnut Street', '8th Street')], category="robbery", priority="high"),
    # Three teenagers surrounding a boy on the footbridge and taking his jacket and earbuds: robbery, high.
    dict(written="Three teenagers surrounded my son on the footbridge in Riverside Park and made him hand over his jacket and his earbuds. He just called me from a stranger's phone. They went toward River Road.",
         spoken="uh three teenagers surrounded my son on the footbridge in river side park and made him hand over his jacket and his earbuds he just called me from a stranger's phone they went toward river road",
         at="2035-12-15 16:30", entities=[P(count="3", age="13-19"), P(count="1", sex="male")],
         places=[('landmark', 'Riverside Park')], category="robbery", priority="high"),
    # Headphones taken from a daughter at a bus stop the afternoon before: robbery lowered to medium. "Yesterday
    # around 5" 17:00 the day before.
    dict(written="Yesterday around 5 a kid shoved my daughter at the bus stop on Pine by 3rd and took her headphones off her neck. She didn't want to tell me. He's at her school, she says he wears a yellow raincoat every day.",
         spoken="yesterday around five a kid shoved my daughter at the bus stop on pine by third and took her headphones off her neck she didn't want to tell me he's at her school she says he wears a yellow raincoat every day",
         at="2035-01-25 09:00", entities=[('local', '2035-01-24 17:00'), P(count="1"), P(count="1", sex="female")],
         places=[('intersection', 'Pine Street', '3rd Street')], category="robbery", priority="medium"),
    # A father's wallet grabbed after a request for a light the night before: medium. "Last night about 10:45" 22:45.
    dict(written="Last night about 10:45 a man asked my dad for a light outside the bowling alley on Walnut by 11th, then ripped the wallet out of his hand and pushed him down. Dad's sore but fine. The guy had a neck tattoo and a grey tracksuit.",
         spoken="last night about ten forty five a man asked my dad for a light outside the bowling alley on wall nut by eleventh then ripped the wallet out of his hand and pushed him down dad's sore but fine the guy had a neck tattoo and a grey tracksuit",
         at="2035-07-29 11:20", entities=[('local', '2035-07-28 22:45'), P(count="1", sex="male"), P(count="1", sex="male", clothing=["grey tracksuit"])],
         places=[('intersection', 'Walnut Street', '11th Street')], category="robbery", priority="medium"),
    # A taxi fare who claimed a gun and took the night's cash overnight: robbery (a claimed gun never seen, no
    # weapon), lowered to medium. "overnight" 02:00.
    dict(written="Cab driver. Overnight a fare I picked up at the station said he was carrying and to hand over my night's cash when I stopped at 340 Kingsley. Never actually saw a weapon. White guy, red beard, grey coat.",
         spoken="cab driver overnight a fare i picked up at the station said he was carrying and to hand over my night's cash when i stopped at three forty kingsley never actually saw a weapon white guy red beard grey coat",
         at="2035-10-23 08:10", entities=[('local', '2035-10-23 02:00'), P(count="1", sex="male", clothing=["grey coat"])],
         places=[('address', 340, 'Kingsley Avenue')], category="robbery", priority="medium"),
    # A son's bike taken at a school rack by threats that morning: robbery, lowered to medium. "this morning at 7:40"
    # 07:40.
    dict(written="This morning at 7:40 two bigger boys took my son's bike off the rack at Lincoln Elementary by telling him they'd beat him up if he said anything. He only told me after school. It's a blue mountain bike.",
         spoken="hi this morning at seven forty two bigger boys took my son's bike off the rack at lincoln elementary by telling him they'd beat him up if he said anything he only told me after school it's a blue mountain bike",
         at="2035-04-03 16:10", entities=[('local', '2035-04-03 07:40'), P(count="2", sex="male"), P(count="1", sex="male"), V(colour="blue", type="bicycle")],
         places=[('landmark', 'Lincoln Elementary School')], category="robbery", priority="medium"),
    # ---------------------------------------------------------------- assault
    # A man stomping on the head of another who no longer moves: a life at risk (critical).
    dict(written="Outside the Shamrock on Walnut by 5th a guy has another guy on the ground and he keeps stomping on his head. The guy on the ground isn't moving anymore. The one stomping has a white Celtics jersey. Please hurry!",
         spoken="outside the shamrock on walnut by fifth a guy has another guy on the ground and he keeps stomping on his head the guy on the ground isn't moving anymore the one stomping has a white celtics jersey please hurry",
         at="2035-01-13 01:30", entities=[P(count="1", sex="male", clothing=["white jersey"]), P(count="1", sex="male")],
         places=[('intersection', 'Walnut Street', '5th Street')], category="assault", priority="critical"),
    # A man with his hands around a woman's neck in a parked car: a life at risk (critical). "the Grand Cinema lot"
    # the landmark.
    dict(written="In the Grand Cinema lot a man in the driver's seat of a white Honda Accord has both hands around the neck of the woman next to him. She's hitting the window. Third row from the doors.",
         spoken="in the grand cinema lot a man in the driver's seat of a white honda accord has both hands around the neck of the woman next to him she's hitting the window third row from the doors",
         at="2035-04-19 21:15", entities=[P(count="1", sex="male"), V(colour="white", make="honda", model="accord"), P(count="1", sex="female")],
         places=[('landmark', 'Grand Cinema')], category="assault", priority="critical"),
    # A father holding a teenager's head under water in the deep end: a life at risk (critical). The lifeguards "2+".
    dict(written="Pool manager at the Community Pool. A father is pinning a teenage boy under the surface by the shoulders because the boy dunked his daughter. Two lifeguards are in there trying to pry him off. He's huge, red trunks.",
         spoken="pool manager at the community pool a father is pinning a teenage boy under the surface by the shoulders because the boy dunked his daughter two lifeguards are in there trying to pry him off he's huge red trunks",
         at="2035-08-04 14:35", entities=[P(count="1", sex="male", build="heavy", clothing=["red trunks"]), P(count="1", sex="male", age="13-19"), P(count="1", sex="female"), P(count="2")],
         places=[('landmark', 'Community Pool')], category="assault", priority="critical"),
    # Veterans Day: a man slashed in the neck with a broken bottle, bleeding heavily: a life at risk (critical); a
    # broken bottle no weapon (improvised).
    dict(written="Two men were arguing outside the American Legion on Maple by 4th and one broke a beer bottle on the rail and cut the other one across the neck. There's blood everywhere, we're pressing a shirt on it. The one who did it walked off toward Pine. Black leather jacket.",
         spoken="two men were arguing outside the american legion on maple by forth and one broke a beer bottle on the rail and cut the other one across the neck there's blood everywhere we're pressing a shirt on it the one who did it walked off toward pine black leather jacket",
         at="2035-11-11 16:20", entities=[P(count="1", sex="male", clothing=["black jacket"]), P(count="1", sex="male")],
         places=[('intersection', 'Maple Avenue', '4th Street')], category="assault", priority="critical"),
    # Road rage at a light: a punch through an open window, a bloody nose: assault, high. The Ram 1500 is the
    # attacker's.
    dict(written="Guy got out of a grey Ram 1500 at the light at 5th and Main and punched the lady in the car ahead of him through her open window. Blood's pouring from her nose. He got back in and is just sitting behind her.",
         spoken="guy got out of a grey ram one thousand five hundred at the light at fifth and main and punched the lady in the car ahead of him through her open window blood's pouring from her nose he got back in and is just sitting behind her",
         at="2035-02-26 08:10", entities=[P(count="1", sex="male"), V(colour="grey", make="ram", model="1500"), P(count="1", sex="female")],
         places=[('intersection', '5th Street', 'Main Street')], category="assault", priority="high"),
    # Hot coffee thrown in a clerk's face over a price: assault, high (a burn). The QuickStop the landmark.
    dict(written="A customer just threw a whole large hot coffee in my coworker's face at the QuickStop because the price on the sign was wrong. Her cheek is all red and blistering. He left in a blue Hyundai Elantra toward Chestnut.",
         spoken="a customer just threw a whole large hot coffee in my coworker's face at the quickstop because the price on the sign was wrong her cheek is all red and blistering he left in a blue hyundai elantra toward chestnut",
         at="2035-03-23 07:05", entities=[P(count="1", sex="male"), P(count="1", sex="female"), V(colour="blue", make="hyundai", model="elantra"), ('now',)],
         places=[('landmark', 'QuickStop Gas')], category="assault", priority="high"),
    # Graduation rehearsal: a boy's head slammed into a locker, a cut eyebrow: assault, high.
    dict(written="Assistant principal at Oakford High. During graduation rehearsal one senior slammed another kid's head into a locker. The kid's eyebrow is split open and bleeding a lot. We have the one who did it in my office.",
         spoken="assistant principal at oakford high during graduation rehearsal one senior slammed another kid's head into a locker the kid's eyebrow is split open and bleeding a lot we have the one who did it in my office",
         at="2035-05-24 13:25", entities=[P(count="1", sex="male"), P(count="1")],
         places=[('landmark', 'Oakford High School')], category="assault", priority="high"),
    # A homeowner swinging a rake handle into a landscaper's face over leaf blowers: assault, high; a rake no weapon.
    dict(written="The man at 1035 Oak came out and hit one of our landscapers in the face with a rake handle because of the leaf blowers. Our guy's lip is split and a tooth is loose. Homeowner went back inside.",
         spoken="the man at ten thirty five oak came out and hit one of our landscapers in the face with a rake handle because of the leaf blowers our guy's lip is split and a tooth is loose homeowner went back inside",
         at="2035-06-26 09:55", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[('address', 1035, 'Oak Street')], category="assault", priority="high"),
    # A wedding fight at the brewery: an uncle bit the best man's ear: assault, high.
    dict(written="Wedding at the Old Mill Brewery and the bride's uncle and the best man are rolling on the dance floor. The uncle bit his ear and it's bleeding down his tux. People are trying to pull them apart.",
         spoken="wedding at the old mill brewery and the bride's uncle and the best man are rolling on the dance floor the uncle bit his ear and it's bleeding down his tux people are trying to pull them apart",
         at="2035-09-15 22:40", entities=[P(count="1", sex="male"), P(count="1", sex="male"), P(count="2+")],
         places=[('landmark', 'Old Mill Brewery')], category="assault", priority="high"),
    # Post-Christmas returns: a woman slapping and scratching a cashier bloody: assault, high. "pink puffer coat" ->
    # "pink coat".
    dict(written="Returns desk at Northgate Mall, a woman who didn't have a receipt reached over the counter, slapped our cashier and scratched her neck till it bled. She's walking out toward the food court now. Pink puffer coat, blonde.",
         spoken="hello returns desk at northgate mall a woman who didn't have a receipt reached over the counter slapped our cashier and scratched her neck till it bled she's walking out toward the food court now pink puffer coat blonde",
         at="2035-12-27 12:05", entities=[P(count="1", sex="female", clothing=["pink coat"]), P(count="1", sex="female"), ('now',)],
         places=[('landmark', 'Northgate Mall')], category="assault", priority="high"),
    # A shove off a step the night before, a bump on the head: assault hours old, lowered to medium. "last night
    # around 9" 21:00.
    dict(written="Last night around 9 my neighbor at 540 Pine shoved me off his front step when I asked him to move his car and I hit my head on his railing. I've got a lump but I'm okay. I want it documented before he does something worse.",
         spoken="last night around nine my neighbor at five forty pine shoved me off his front step when i asked him to move his car and i hit my head on his railing i've got a lump but i'm okay i want it documented before he does something worse",
         at="2035-01-31 10:20", entities=[('local', '2035-01-30 21:00'), P(count="1", sex="male")],
         places=[('address', 540, 'Pine Street')], category="assault", priority="medium"),
    # Web report: spat on and pushed at a bus stop days before: assault, medium (days old). "Saturday" no time.
    dict(written="Web report: Saturday a man waiting for the bus on Elm by 10th spat on me and pushed me into the shelter glass because I wouldn't give him a cigarette. I have a bruise on my shoulder. He hangs around there most mornings, tall with a grey goatee.",
         spoken="web report saturday a man waiting for the bus on elm by tenth spat on me and pushed me into the shelter glass because i wouldn't give him a cigarette i have a bruise on my shoulder he hangs around there most mornings tall with a grey goatee",
         at="2035-06-04 20:30", entities=[P(count="1", sex="male", height="tall")],
         places=[('intersection', 'Elm Street', '10th Street')], category="assault", priority="medium"),
    # A teenager hit by her stepfather that morning, calling after school: assault, lowered to medium. "at 7" 07:00.
    dict(written="My stepdad hit me across the face this morning at 7 because I was late getting up, and I have a mark. I'm at my friend's house now at 1111 Spruce and I don't want to go home. He works at the garage on Chestnut.",
         spoken="hi my stepdad hit me across the face this morning at seven because i was late getting up and i have a mark i'm at my friend's house now at eleven eleven spruce and i don't want to go home he works at the garage on chestnut",
         at="2035-10-10 15:50", entities=[P(count="1", sex="male"), ('local', '2035-10-10 07:00')],
         places=[('address', 1111, 'Spruce Street')], category="assault", priority="medium"),
    # Non-native: a cook pushed into a freezer door by his boss the day before: assault, medium. "yesterday" no time;
    # "the Lotus" a name.
    dict(written="Yesterday my boss at the Lotus restaurant on Main by 4th push me very hard into the freezer door because I drop a tray. My arm is bruise all black. I am afraid to go back today. He do this before to other worker.",
         spoken="yesterday my boss at the lotus restaurant on main by forth push me very hard into the freezer door because i drop a tray my arm is bruise all black i am afraid to go back today he do this before to other worker",
         at="2035-03-05 11:40", entities=[P(count="1", sex="male")],
         places=[('intersection', 'Main Street', '4th Street')], category="assault", priority="medium"),
    # ---------------------------------------------------------------- burglary
    # Someone forcing a back slider with the caller in her bedroom: in progress (medium raised to high).
    dict(written="Someone is prying at my back slider right now, I can hear the frame cracking. I'm in my bedroom with the door locked. 506 Oak. I live alone.",
         spoken="some one is prying at my back slider right now i can hear the frame cracking i'm in my bed room with the door locked five oh six oak i live alone",
         at="2035-01-22 02:50", entities=[P(count="1"), ('now',)],
         places=[('address', 506, 'Oak Street')], category="burglary", priority="high"),
    # Two men carrying a TV out of a house empty for the winter: in progress, high.
    dict(written="The Hendersons at 1121 Maple are in Florida for the winter and two guys just carried a big TV out their front door to a white box truck. They're going back in. No lights on in there.",
         spoken="the hendersons at eleven twenty one mabel are in florida for the winter and two guys just carried a big t v out their front door to a white box truck they're going back in no lights on in there",
         at="2035-02-28 13:30", entities=[P(count="2", sex="male"), V(colour="white", type="truck"), ('now',)],
         places=[('address', 1121, 'Maple Avenue')], category="burglary", priority="high"),
    # A man inside a closed pool's snack bar at night with a flashlight: in progress, high.
    dict(written="I live facing the Community Pool. The snack bar window's been pried up and there's a guy inside with a flashlight going through the cabinets right now. Pool's been closed since 8.",
         spoken="yeah i live facing the community pool the snack bar window's been pried up and there's a guy inside with a flashlight going through the cabinets right now pool's been closed since eight",
         at="2035-07-16 03:20", entities=[P(count="1", sex="male"), ('now',)],
         places=[('landmark', 'Community Pool')], category="burglary", priority="high"),
    # A custodian: a man climbing into the teachers' lounge window just now: burglary, high.
    dict(written="Custodian at Oakford High. A man just climbed in through the window of the teachers' lounge on the ground floor, I saw his legs go in. School's out for the day. Orange hoodie, jeans.",
         spoken="custodian at oakford high a man just climbed in through the window of the teachers lounge on the ground floor i saw his legs go in school's out for the day orange hoodie jeans",
         at="2035-10-02 16:15", entities=[P(count="1", sex="male", clothing=["orange hoodie", "jeans"]), ('now',)],
         places=[('landmark', 'Oakford High School')], category="burglary", priority="high"),
    # A man walking into a flat while the tenant was home, taking her purse off the table: burglary, high (just now).
    dict(written="A man just walked right into my apartment at 1009 10th Street, I was in the kitchen, he grabbed my purse off the table and ran down the stairs. He went out toward Cedar. White puffy coat.",
         spoken="a man just walked right into my apartment at one thousand nine tenth street i was in the kitchen he grabbed my purse off the table and ran down the stairs he went out toward cedar white puffy coat",
         at="2035-12-01 19:10", entities=[P(count="1", sex="male", clothing=["white coat"]), ('now',)],
         places=[('address', 1009, '10th Street')], category="burglary", priority="high"),
    # A back door kicked in during the work day, jewelry gone: burglary, medium (no time).
    dict(written="I came home from work and my back door at 830 3rd St is kicked in, the frame's split. My jewelry box and the kids' video game system are gone. I haven't gone upstairs yet.",
         spoken="i came home from work and my back door at eight hundred thirty third street is kicked in the frame's split my jewelry box and the kids video game system are gone i haven't gone upstairs yet",
         at="2035-02-16 17:45", entities=[],
         places=[('address', 830, '3rd Street')], category="burglary", priority="medium"),
    # Mother's Day: a garage side door busted during brunch, tools and a snowblower gone: burglary, medium.
    dict(written="We got back from Mother's Day brunch and the side door of our garage at 1140 Pine was busted open. The snowblower and all my husband's power tools are gone. We were out maybe three hours.",
         spoken="uh we got back from mother's day brunch and the side door of our garage at eleven forty pine was busted open the snowblower and all my husband's power tools are gone we were out maybe three hours",
         at="2035-05-13 14:20", entities=[],
         places=[('address', 1140, 'Pine Street')], category="burglary", priority="medium"),
    # A storage unit's lock cut, found that afternoon: burglary, medium. "Safe Keep Storage" a name.
    dict(written="My unit at Safe Keep Storage on River Road by 9th had the lock cut when I got there. Somebody took my dad's tool chests and a drum set. The manager told me the camera on that row hasn't worked since spring.",
         spoken="my unit at safe keep storage on river road by ninth had the lock cut when i got there somebody took my dad's tool chests and a drum set the manager told me the camera on that row hasn't worked since spring",
         at="2035-08-06 16:00", entities=[P(count="1")],
         places=[('intersection', 'River Road', '9th Street')], category="burglary", priority="medium"),
    # Elderly caller: pills gone and a back window open after a morning appointment: burglary, medium. "this morning"
    # no time.
    dict(written="I'm 86. Someone was in my house at 409 12th Street while I was at my doctor's appointment this morning. My back window is open and all my pill bottles are gone from the kitchen. Nothing else that I can see.",
         spoken="uh i'm eighty six some one was in my house at four hundred nine twelfth street while i was at my doctor's appointment this morning my back window is open and all my pill bottles are gone from the kitchen nothing else that i can see",
         at="2035-09-25 12:10", entities=[P(count="1")],
         places=[('address', 409, '12th Street')], category="burglary", priority="medium"),
    # A dental office's back door alarm at 5:50, drug cabinet forced: burglary, medium (four hours, not six). "at
    # 5:50" 05:50.
    dict(written="Office manager at Bright Smile Dental, 225 Main. Our alarm went off at 5:50 this morning for the back door and when I got in the door was pried and the locked cabinet where we keep the nitrous keys was forced open.",
         spoken="hi office manager at bright smile dental two twenty five maine our alarm went off at five fifty this morning for the back door and when i got in the door was pried and the locked cabinet where we keep the nitrous keys was forced open",
         at="2035-11-12 09:45", entities=[('local', '2035-11-12 05:50')],
         places=[('address', 225, 'Main Street')], category="burglary", priority="medium"),
    # A food pantry storeroom entered over a weekend: burglary, low (days old). "60 Church Street" on a short street.
    dict(written="The food pantry storeroom at 60 Church Street was broken into sometime over the weekend. The hasp on the door was pried off and about half the canned goods and all the diapers are gone.",
         spoken="uh the food pantry storeroom at sixty church street was broken into sometime over the weekend the hasp on the door was pried off and about half the canned goods and all the diapers are gone",
         at="2035-03-26 09:10", entities=[],
         places=[('address', 60, 'Church Street')], category="burglary", priority="low"),
    # Web report: a house entered through a basement window during a vacation the week before: burglary, low. "Last
    # Tuesday" no time.
    dict(written="Web report: we got back from vacation and found out someone got into our house at 212 Spruce through a basement window last Tuesday, our neighbor saw the window broken. Missing laptops and a coin collection. Filing for insurance.",
         spoken="web report we got back from vacation and found out some one got into our house at two twelve spruse through a base ment window last tuesday our neighbor saw the window broken missing laptops and a coin collection filing for insurance",
         at="2035-06-19 19:00", entities=[P(count="1")],
         places=[('address', 212, 'Spruce Street')], category="burglary", priority="low"),
    # A garage walked into the night before, a cooler and a fishing rod taken: burglary lowered to low (about ten
    # hours). "last night around 10" 22:00.
    dict(written="Last night around 10 my doorbell camera caught a kid walking into our open garage at 815 Willow and walking out with our cooler and a fishing rod. Black hoodie, bike. I'd like him to bring it back honestly.",
         spoken="last night around ten my door bell camera caught a kid walking into our open garage at eight fifteen willo and walking out with our cooler and a fishing rod black hoodie bike i'd like him to bring it back honestly",
         at="2035-09-10 08:00", entities=[('local', '2035-09-09 22:00'), P(count="1", clothing=["black hoodie"]), V(type="bicycle")],
         places=[('address', 815, 'Willow Street')], category="burglary", priority="low"),
    # A camper trailer in a driveway broken into sometime before Christmas: burglary, low.
    dict(written="Our camper trailer parked in the driveway at 1013 9th Street got broken into sometime before Christmas, I just went out to check it. Door lock punched, the TV and the propane tanks are gone.",
         spoken="our camper trailer parked in the drive way at one thousand thirteen ninth street got broken into sometime before christmas i just went out to check it door lock punched the t v and the propane tanks are gone",
         at="2035-12-30 11:30", entities=[],
         places=[('address', 1013, '9th Street')], category="burglary", priority="low"),
    # ---------------------------------------------------------------- theft
    # A snowblower being lifted into a pickup at the end of a driveway: theft in progress, high.
    dict(written="Two guys are loading my snowblower into a rusty red Chevy pickup at the end of my driveway right now! 920 Cedar. I'm yelling from the window and they don't care.",
         spoken="two guys are loading my snowblower into a rusty red chevy pickup at the end of my driveway right now nine twenty see der i'm yelling from the window and they don't care",
         at="2035-01-02 15:00", entities=[P(count="2", sex="male"), V(colour="red", make="chevrolet", type="pickup"), ('now',)],
         places=[('address', 920, 'Cedar Street')], category="theft", priority="high"),
    # A man walking out of a pharmacy with a basket of razor cartridges, the clerk following: theft, high.
    dict(written="A man just left the Main Street Pharmacy with a basket full of razor cartridges he didn't pay for. Our clerk is following him down Main toward 9th. He's got a black backpack and a red beanie.",
         spoken="a man just left the main street pharmacy with a basket full of razor cartridges he didn't pay for our clerk is following him down maine toward ninth he's got a black back pack and a red beanie",
         at="2035-03-14 11:35", entities=[P(count="1", sex="male", clothing=["black backpack", "red beanie"]), P(count="1"), ('now',)],
         places=[('landmark', 'Main Street Pharmacy')], category="theft", priority="high"),
    # A man siphoning diesel from a landscaping company's trucks: theft in progress, high. "Green Acres Landscaping" a
    # name.
    dict(written="There's a guy siphoning diesel out of the trucks at Green Acres Landscaping on Spruce by 11th, he's got a hose and a bunch of red cans. It's after hours. He came in a silver Toyota Tacoma.",
         spoken="there's a guy siphoning diesel out of the trucks at green acres landscaping on spruce by eleventh he's got a hose and a bunch of red cans it's after hours he came in a silver toyota tacoma",
         at="2035-05-30 22:05", entities=[P(count="1", sex="male"), V(colour="silver", make="toyota", model="tacoma")],
         places=[('intersection', 'Spruce Street', '11th Street')], category="theft", priority="high"),
    # A wallet lifted from a purse in a shopping cart just now: theft, high.
    dict(written="I just watched a woman take a wallet out of an old lady's purse in her shopping cart in the cereal aisle at FreshMart. She's heading for the doors. Tan trench coat, grey ponytail.",
         spoken="um i just watched a woman take a wallet out of an old lady's purse in her shopping cart in the cereal aisle at fresh mart she's heading for the doors tan trench coat grey ponytail",
         at="2035-08-22 10:50", entities=[P(count="1", sex="female", clothing=["tan coat"]), P(count="1", sex="female", age="60-90"), ('now',)],
         places=[('landmark', 'FreshMart Supermarket')], category="theft", priority="high"),
    # Two teenagers filling a Jeep with pumpkins from an honour-system farm stand: theft in progress, high.
    dict(written="Two teenage boys are loading pumpkins from my farm stand at 1195 Birch into the back of a black Jeep Wrangler right now, like ten of them already. Stand's on the honor system. They're laughing about it.",
         spoken="two teenage boys are loading pumpkins from my farm stand at eleven ninety five burch into the back of a black jeep wrangler right now like ten of them already stand's on the honor system they're laughing about it",
         at="2035-10-27 17:30", entities=[P(count="2", sex="male", age="13-19"), V(colour="black", make="jeep", model="wrangler"), ('now',)],
         places=[('address', 1195, 'Birch Street')], category="theft", priority="high"),
    # Snow tires taken off a porch sometime that day: theft, medium.
    dict(written="Somebody took the set of four snow tires I had stacked on my porch at 308 Hawthorn. They were there when I left for work. They're on black steel rims.",
         spoken="some body took the set of four snow tires i had stacked on my porch at three oh eight haw thorn they were there when i left for work they're on black steel rims",
         at="2035-02-08 18:15", entities=[P(count="1")],
         places=[('address', 308, 'Hawthorn Avenue')], category="theft", priority="medium"),
    # A donation jar taken from a bakery counter that afternoon: theft, medium. "this afternoon" 14:00.
    dict(written="Somebody took the donation jar for the animal shelter off our counter at Rosie's Bakery this afternoon while I was boxing cupcakes. Had to be close to a hundred dollars in it.",
         spoken="somebody took the donation jar for the animal shelter off our counter at rosie's bakery this afternoon while i was boxing cupcakes had to be close to a hundred dollars in it",
         at="2035-04-17 16:30", entities=[P(count="1"), ('local', '2035-04-17 14:00')],
         places=[('landmark', "Rosie's Bakery")], category="theft", priority="medium"),
    # A son's bike taken from outside the library an hour before: theft, medium.
    dict(written="My son's bike got taken from the rack out front of the library on Elm, he came out and it was gone, maybe an hour back. Green BMX with yellow pegs. He hadn't locked it.",
         spoken="my son's bike got taken from the rack out front of the library on elm he came out and it was gone maybe an hour back green b m x with yellow pegs he hadn't locked it",
         at="2035-06-02 15:10", entities=[V(colour="green", type="bicycle"), ('ago', 60)],
         places=[('relative', ('landmark', 'Oakford Public Library'))], category="theft", priority="medium"),
    # A web report of a card used at a gas station that morning while the caller had it: theft, medium. "at 9:12"
    # 09:12; the gas station the place of the tip.
    dict(written="Web report: my debit card was used at the QuickStop at 9:12 this morning for $85 in gas and scratch tickets. I have the card in my wallet, so somebody copied it. I'm at 918 Elm.",
         spoken="web report my debit card was used at the quickstop at nine twelve this morning for eighty five dollars in gas and scratch tickets i have the card in my wallet so some body copied it i'm at nine eighteen elm",
         at="2035-07-19 13:00", entities=[('local', '2035-07-19 09:12'), P(count="1")],
         places=[('landmark', 'QuickStop Gas')], category="theft", priority="medium"),
    # Copper pipe taken from a house under construction overnight: theft, medium (five and a half hours). "overnight"
    # 02:00.
    dict(written="Site super for the new house going up at 1185 Oak. Overnight someone cut out all the copper we ran in the basement last week. Left the cut ends sticking out of the joists.",
         spoken="site super for the new house going up at eleven eighty five oak overnight someone cut out all the copper we ran in the base ment last week left the cut ends sticking out of the joists",
         at="2035-09-17 07:30", entities=[('local', '2035-09-17 02:00'), P(count="1")],
         places=[('address', 1185, 'Oak Street')], category="theft", priority="medium"),
    # A lighted lawn reindeer taken about forty minutes before: theft, medium.
    dict(written="Someone took the big light-up reindeer off my front lawn at 127 8th Street about 40 minutes ago, they pulled the stakes right out. My grandkids made a sign for it and everything.",
         spoken="um someone took the big light up reindeer off my front lawn at one hundred twenty seven eighth street about forty minutes ago they pulled the stakes right out my grandkids made a sign for it and everything",
         at="2035-12-07 20:40", entities=[P(count="1"), ('ago', 40)],
         places=[('address', 127, '8th Street')], category="theft", priority="medium"),
    # Web report: a bronze plaque pried off a memorial the week before: theft, low (days old).
    dict(written="Web report: sometime last week somebody pried the bronze plaque off the veterans' memorial stone in Maple Square. Just the four bolt holes left. My father's name was on it.",
         spoken="web report sometime last week some body pried the bronze plaque off the veterans memorial stone in maple square just the four bolt holes left my father's name was on it",
         at="2035-01-18 12:30", entities=[P(count="1")],
         places=[('landmark', 'Maple Square')], category="theft", priority="low"),
    # License plates taken from a parked car the night before: theft lowered to low. "Sometime last night" 23:00.
    dict(written="Sometime last night my license plates got taken off my Honda Fit parked on the street at 617 10th Street. Both of them, screws and all. The registry wants a police report before they'll issue new ones.",
         spoken="sometime last night my license plates got taken off my honda fit parked on the street at six hundred seventeen tenth street both of them screws and all the registry wants a police report before they'll issue new ones",
         at="2035-04-24 09:30", entities=[('local', '2035-04-23 23:00'), V(make="honda", model="fit")],
         places=[('address', 617, '10th Street')], category="theft", priority="low"),
    # An egg stand's cash box taken the day before: theft, low.
    dict(written="Someone took the honor box off my egg stand at 1190 Chestnut yesterday, the whole coffee can with maybe forty dollars. Left the eggs. I don't need anybody out, I just want it written down.",
         spoken="some one took the honor box off my egg stand at eleven ninety chestnut yesterday the whole coffee can with maybe forty dollars left the eggs i don't need anybody out i just want it written down",
         at="2035-08-30 08:20", entities=[P(count="1")],
         places=[('address', 1190, 'Chestnut Street')], category="theft", priority="low"),
    # A neighbour's contractor took a cord of firewood while the caller was away the week before: theft, low.
    dict(written="While we were away last week the contractor working on the house next door, 1008 Maple, took most of the firewood we had stacked along our fence. Our other neighbor saw his crew loading it. It was about a cord.",
         spoken="while we were away last week the contractor working on the house next door ten oh eight maple took most of the firewood we had stacked along our fence our other neighbor saw his crew loading it it was about a cord",
         at="2035-11-19 10:10", entities=[P(count="1"), P(count="2+"), P(count="1")],
         places=[('address', 1008, 'Maple Avenue')], category="theft", priority="low"),
    # ---------------------------------------------------------------- traffic
    # A rolled car with a woman hanging in her belt, not answering, a smell of gas: critical (a life at risk).
    dict(written="Car flipped over into the ditch on River Road by 10th, wheels up. The woman driving is dangling from her seatbelt and won't answer me. Gas smell is strong. Black Nissan Rogue.",
         spoken="um car flipped over into the ditch on river road by tenth wheels up the woman driving is dangling from her seatbelt and won't answer me gas smell is strong black nissan rogue",
         at="2035-01-11 17:20", entities=[V(colour="black", make="nissan", model="rogue"), P(count="1", sex="female")],
         places=[('intersection', 'River Road', '10th Street')], category="traffic", priority="critical"),
    # A child hit by a car in front of a school, not moving: critical. The driver a person.
    dict(written="A car struck a little girl crossing in front of Lincoln Elementary! She's down in the road and not moving. The driver's out, he's an older man, he's sitting on the curb. Silver minivan.",
         spoken="a car struck a little girl crossing in front of lincoln elementary she's down in the road and not moving the driver's out he's an older man he's sitting on the curb silver mini van",
         at="2035-06-06 15:05", entities=[P(count="1", sex="female"), P(count="1", sex="male", age="60-90"), V(colour="silver", type="minivan")],
         places=[('relative', ('landmark', 'Lincoln Elementary School'))], category="traffic", priority="critical"),
    # A motorcyclist pinned under a car, not breathing: critical. "Harley" harley-davidson.
    dict(written="Motorcycle under a car at Kingsley and 4th, the guy on the Harley is pinned under the front bumper and I don't think he's breathing. Car's a tan Chevy Malibu. The driver's a young woman, she's screaming.",
         spoken="motorcycle under a car at kingsley and fourth the guy on the harley is pinned under the front bumper and i don't think he's breathing car's a tan chevy malibu the driver's a young woman she's screaming",
         at="2035-10-18 06:40", entities=[V(make="harley-davidson", type="motorcycle"), P(count="1", sex="male"), V(colour="tan", make="chevrolet", model="malibu"), P(count="1", sex="female", age="18-29")],
         places=[('intersection', 'Kingsley Avenue', '4th Street')], category="traffic", priority="critical"),
    # A fender bender with a cut forehead: traffic, high (an injury).
    dict(written="Two cars hit at 8th and Walnut, the lady in the blue Kia Sorento hit her head on the window and has a cut on her forehead. She's sitting in her car holding a napkin on it. The other guy's fine.",
         spoken="two cars hit at eighth and walnut the lady in the blue kia sorento hit her head on the window and has a cut on her forehead she's sitting in her car holding a napkin on it the other guy's fine",
         at="2035-02-27 12:35", entities=[V(colour="blue", make="kia", model="sorento"), P(count="1", sex="female"), P(count="1", sex="male")],
         places=[('intersection', '8th Street', 'Walnut Street')], category="traffic", priority="high"),
    # A town bus rear-ending a car just now, no injuries said: medium raised to high (just now).
    dict(written="A town bus just rear-ended a red Toyota Corolla on Main by 2nd. The back of the car is crumpled, the passengers on the bus are all standing up looking. Nobody looks hurt but the lane's blocked.",
         spoken="a town bus just rear ended a red toyota corolla on main by second the back of the car is crumpled the passengers on the bus are all standing up looking nobody looks hurt but the lane's blocked",
         at="2035-04-30 08:05", entities=[V(type="bus"), V(colour="red", make="toyota", model="corolla"), P(count="2+"), ('now',)],
         places=[('intersection', 'Main Street', '2nd Street')], category="traffic", priority="high"),
    # A drunk driver weaving on Route 9 now: traffic, high (train5's weaving driver). "Route 9" River Road; "NB"
    # north.
    dict(written="Black Ford F-150 weaving all over Route 9 NB by Chestnut, went onto the shoulder twice and nearly hit a mailbox. Plate starts with RKT. I'm behind him now with my flashers on.",
         spoken="black ford f one hundred fifty weaving all over route nine n b by chestnut went onto the shoulder twice and nearly hit a mailbox plate starts with r k t i'm behind him now with my flashers on",
         at="2035-07-10 23:15", entities=[V(colour="black", make="ford", model="f-150", plate="RKT", direction="north"), ('now',)],
         places=[('intersection', 'River Road', 'Chestnut Street')], category="traffic", priority="high"),
    # A cyclist clipped by a RAV4 that drove on, a bleeding elbow: traffic, high.
    dict(written="A white Toyota RAV4 clipped a cyclist at 11th and Elm and kept going east on Elm. The cyclist's on the sidewalk, his elbow is torn up and bleeding, he says his wrist hurts.",
         spoken="a white toyota r a v four clipped a cyclist at eleventh and elm and kept going east on elm the cyclist's on the sidewalk his elbow is torn up and bleeding he says his wrist hurts",
         at="2035-09-19 17:45", entities=[V(colour="white", make="toyota", model="rav4", direction="east"), P(count="1", sex="male")],
         places=[('intersection', '11th Street', 'Elm Street')], category="traffic", priority="high"),
    # A delivery van slid on black ice into a pole, the driver's neck hurts: traffic, high.
    dict(written="Delivery van slid on black ice at Willow and 3rd and went into the telephone pole. The driver says his neck hurts and he won't move his head. The pole's cracked and leaning.",
         spoken="delivery van slid on black ice at willow and third and went into the telephone pole the driver says his neck hurts and he won't move his head the pole's cracked and leaning",
         at="2035-12-19 16:50", entities=[V(type="van"), P(count="1", sex="male")],
         places=[('intersection', 'Willow Street', '3rd Street')], category="traffic", priority="high"),
    # A sinkhole in a lane: a road hazard, traffic, medium.
    dict(written="There's a sinkhole opening up in the eastbound lane of Maple by 9th, it's about three feet across and you can see water down in it. Cars are swerving around it into the other lane.",
         spoken="there's a sinkhole opening up in the eastbound lane of maple by ninth it's about three feet across and you can see water down in it cars are swerving around it into the other lane",
         at="2035-03-20 07:50", entities=[],
         places=[('intersection', 'Maple Avenue', '9th Street')], category="traffic", priority="medium"),
    # A parked car backed into in a cinema lot an hour before, the other driver gone: traffic, medium.
    dict(written="Somebody backed into my parked car in the Grand Cinema lot about an hour ago and just left. The guy in the next car saw it, he said it was a grey Honda Pilot with a bike rack.",
         spoken="somebody backed into my parked car in the grand cinema lot about an hour ago and just left the guy in the next car saw it he said it was a grey honda pilot with a bike rack",
         at="2035-05-08 22:30", entities=[P(count="1"), ('ago', 60), P(count="1", sex="male"), V(colour="grey", make="honda", model="pilot")],
         places=[('landmark', 'Grand Cinema')], category="traffic", priority="medium"),
    # A diesel slick down a street from a leaking tanker: traffic, medium (a hazard).
    dict(written="Some tanker truck leaked a long slick of diesel all down 12th Street from Cedar to Oak. It's shiny the whole way and a car just slid through the stop sign at Maple. Needs sand or something.",
         spoken="some tanker truck leaked a long slick of diesel all down twelfth street from see der to oak it's shiny the whole way and a car just slid through the stop sign at mabel needs sand or something",
         at="2035-08-11 14:15", entities=[V(type="truck"), P(count="1"), ('now',)],
         places=[('block', 900, '12th Street')], category="traffic", priority="medium"),
    # Two cars touched at a gas station exit, nobody hurt, drivers arguing and blocking: traffic, medium.
    dict(written="Two cars bumped at the exit of the QuickStop, nobody's hurt but they're blocking the whole lane by the pumps and the two drivers are screaming at each other about whose fault it was.",
         spoken="two cars bumped at the exit of the quick stop nobody's hurt but they're blocking the whole lane by the pumps and the two drivers are screaming at each other about whose fault it was",
         at="2035-11-03 17:10", entities=[P(count="2")],
         places=[('landmark', 'QuickStop Gas')], category="traffic", priority="medium"),
    # Web report: cars speeding every morning: traffic, low (a habit).
    dict(written="Web report: every morning between 7 and 8 cars fly down Cedar between 4th and 5th trying to beat the light, easily fifty in a twenty-five. Kids walk to the bus there. Could you put the speed trailer out?",
         spoken="yeah web report every morning between seven and eight cars fly down cedar between forth and fifth trying to beat the light easily fifty in a twenty five kids walk to the bus there could you put the speed trailer out",
         at="2035-01-30 21:10", entities=[],
         places=[('block', 400, 'Cedar Street')], category="traffic", priority="low"),
    # A rental moving truck left half across a street since the day before: traffic, low.
    dict(written="There's a yellow rental moving truck left half in the travel lane on 2nd Street outside number 715 since yesterday. Cars are swinging around it into oncoming. Nobody's unloading anything.",
         spoken="there's a yellow rental moving truck left half in the travel lane on second street outside number seven hundred fifteen since yesterday cars are swinging around it into oncoming nobody's unloading anything",
         at="2035-06-28 09:40", entities=[V(colour="yellow", type="truck")],
         places=[('relative', ('address', 715, '2nd Street'))], category="traffic", priority="low"),
    # A school bus that clipped a mirror the day before and did not stop: traffic lowered to low.
    dict(written="Yesterday a school bus clipped my side mirror on Hawthorn by 6th and never stopped. I got the bus number, 14. The mirror's dangling. Just need a report for insurance.",
         spoken="yesterday a school bus clipped my side mirror on hawthorn by sixth and never stopped i got the bus number fourteen the mirror's dangling just need a report for insurance",
         at="2035-10-29 08:50", entities=[V(type="bus")],
         places=[('intersection', 'Hawthorn Avenue', '6th Street')], category="traffic", priority="low"),
    # ---------------------------------------------------------------- drugs
    # A dealer showing a knife to buyers at a station's bike racks: drugs, high (a weapon seen).
    dict(written="Guy selling pills at the bike racks by Central Station keeps showing a big folding knife to the kids who buy from him, like a warning. He's there now. Tall, grey hoodie, white sneakers.",
         spoken="guy selling pills at the bike racks by central station keeps showing a big folding knife to the kids who buy from him like a warning he's there now tall grey hoodie white sneakers",
         at="2035-02-02 16:40", entities=[P(count="1", sex="male", height="tall", clothing=["grey hoodie", "white sneakers"]), W("knife"), P(count="2+"), ('now',)],
         places=[('landmark', 'Central Station')], category="drugs", priority="high"),
    # Fumes from a neighbour's cooking making children cough and dizzy: drugs, high (people hurt).
    dict(written="The guy in the basement unit at 1017 Walnut is cooking something that smells like ammonia and nail polish, it's coming up the vents and both my kids are coughing and dizzy. We went outside. This is the third night.",
         spoken="the guy in the base ment unit at ten seventeen walnut is cooking something that smells like ammonia and nail polish it's coming up the vents and both my kids are coughing and dizzy we went outside this is the third night",
         at="2035-03-25 21:20", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[('address', 1017, 'Walnut Street')], category="drugs", priority="high"),
    # A dealer with a pistol in his car's cup holder in a mall lot: drugs, high (a weapon seen).
    dict(written="There's a guy dealing from a gold Chrysler 300 at the back of the Northgate Mall lot, cars pull up beside his window one after another. When he stepped out I saw a pistol sitting in the cup holder. He's still there.",
         spoken="there's a guy dealing from a gold chrysler three hundred at the back of the northgate mall lot cars pull up beside his window one after another when he stepped out i saw a pistol sitting in the cup holder he's still there",
         at="2035-09-08 19:15", entities=[P(count="1", sex="male"), V(colour="gold", make="chrysler", model="300"), P(count="2+"), W("handgun")],
         places=[('landmark', 'Northgate Mall')], category="drugs", priority="high"),
    # A man selling pills from his car at the pumps, no time said: low raised to medium ("is selling").
    dict(written="A man in a blue Mazda is selling pills out of his window at the QuickStop, people pull up to pump 4 and he hands them little bags. Backwards cap, gold chain.",
         spoken="a man in a blue mazda is selling pills out of his window at the quick stop people pull up to pump four and he hands them little bags backwards cap gold chain",
         at="2035-04-11 23:05", entities=[P(count="1", sex="male"), V(colour="blue", make="mazda"), P(count="2+")],
         places=[('landmark', 'QuickStop Gas')], category="drugs", priority="medium"),
    # A man handing pill bottles to middle schoolers at a bus stop: children at risk, medium.
    dict(written="There's an adult man handing out little orange pill bottles to the middle schoolers at the bus stop on 6th and Pine. The kids are giving him cash. Black beanie, red jacket.",
         spoken="there's an adult man handing out little orange pill bottles to the middle schoolers at the bus stop on sixth and pine the kids are giving him cash black beanie red jacket",
         at="2035-05-16 07:25", entities=[P(count="1", sex="male", clothing=["black beanie", "red jacket"]), P(count="2+")],
         places=[('intersection', '6th Street', 'Pine Street')], category="drugs", priority="medium"),
    # Two men snorting lines off a car hood in a park lot right now: low raised to medium.
    dict(written="Right now there's two guys doing lines off a white Acura's hood in the lot at Riverside Park, next to families unloading bikes.",
         spoken="right now there's two guys doing lines off a white acura's hood in the lot at riverside park next to families unloading bikes",
         at="2035-06-16 12:45", entities=[('now',), P(count="2", sex="male"), V(colour="white", make="acura"), P(count="2+")],
         places=[('landmark', 'Riverside Park')], category="drugs", priority="medium"),
    # A hospital nurse: someone selling in the lobby, progressive: medium.
    dict(written="Nurse at St. Mary's. There's a woman in the main lobby who is selling something out of her purse to people coming out of the ER, I've seen her do it four times in the last hour. Purple coat.",
         spoken="hi nurse at saint mary's there's a woman in the maine lobby who is selling something out of her purse to people coming out of the e r i've seen her do it four times in the last hour purple coat",
         at="2035-08-02 03:10", entities=[P(count="1", sex="female", clothing=["purple coat"]), P(count="2+")],
         places=[('landmark', "St. Mary's Hospital")], category="drugs", priority="medium"),
    # Teens passing a THC cart at a skating rink's bench now: medium (right now).
    dict(written="Right now two teenage girls are passing a vape cart around to a bunch of younger kids on the bench by the rink at Riverside Park and it smells like weed. I'm a rink monitor.",
         spoken="right now two teenage girls are passing a vape cart around to a bunch of younger kids on the bench by the rink at riverside park and it smells like weed i'm a rink monitor",
         at="2035-12-21 18:05", entities=[P(count="2", sex="female", age="13-19"), P(count="3+"), ('now',)],
         places=[('landmark', 'Riverside Park')], category="drugs", priority="medium"),
    # Deals at a fence line every ten minutes now: medium ("are coming", progressive).
    dict(written="Cars are coming one after another to the back fence of 1202 Elm, no wait, 1102 Elm, and a guy hands something through the gap and takes cash. Two in the last ten minutes.",
         spoken="um cars are coming one after another to the back fence of twelve oh two elm no wait eleven oh two elm and a guy hands something through the gap and takes cash two in the last ten minutes",
         at="2035-10-12 22:30", entities=[P(count="1", sex="male")],
         places=[('address', 1102, 'Elm Street')], category="drugs", priority="medium"),
    # Web tip: baggies and needles found in a church lot that morning: drugs, low.
    dict(written="Web tip: this morning our sexton found a pile of little baggies and four needles by the dumpster in the parking lot of St. Anne's at 170 Church Street. Third time this month.",
         spoken="web tip this morning our sexton found a pile of little baggies and four needles by the dumpster in the parking lot of street anne's at one seventy church street third time this month",
         at="2035-01-16 13:05", entities=[P(count="1")],
         places=[('address', 170, 'Church Street')], category="drugs", priority="low"),
    # A crack smell from the flat below every night: drugs, low (a habit).
    dict(written="Every night around midnight the apartment under mine at 703 Chestnut smells like burnt plastic, like crack. My landlord won't do anything. It's in my kids' clothes.",
         spoken="every night around midnight the apartment under mine at seven oh three chestnut smells like burnt plastic like crack my landlord won't do anything it's in my kids clothes",
         at="2035-03-06 10:15", entities=[P(count="1")],
         places=[('address', 703, 'Chestnut Street')], category="drugs", priority="low"),
    # A neighbour's garage grow far past the limit: drugs, low.
    dict(written="My neighbor at 1126 Birch has his whole garage full of plants under purple lights, way more than the six you're allowed. The fans run all night and the whole street smells skunky.",
         spoken="my neighbor at eleven twenty six birch has his whole garage full of plants under purple lights way more than the six you're allowed the fans run all night and the whole street smells skunky",
         at="2035-07-26 19:50", entities=[P(count="1", sex="male")],
         places=[('address', 1126, 'Birch Street')], category="drugs", priority="low"),
    # A hand-off seen on the library steps the day before: drugs, low.
    dict(written="Yesterday I watched a guy in a tan Carhartt coat take money from a teenager on the library steps and hand him a baggie. He was back there again this morning. I work at the circulation desk.",
         spoken="yesterday i watched a guy in a tan carhartt coat take money from a teenager on the library steps and hand him a baggie he was back there again this morning i work at the circulation desk",
         at="2035-11-14 11:30", entities=[P(count="1", sex="male", clothing=["tan coat"]), P(count="1", age="13-19")],
         places=[('landmark', 'Oakford Public Library')], category="drugs", priority="low"),
    # A second-hand report of a lacrosse coach selling steroids to players: drugs, low.
    dict(written="My son says his lacrosse coach at Oakford High sells steroid shots to the older players out of his trunk after practice. He's got a black Dodge Charger. My son's 16, he wasn't offered any.",
         spoken="um my son says his lacrosse coach at oak ford high sells steroid shots to the older players out of his trunk after practice he's got a black dodge charger my son's sixteen he wasn't offered any",
         at="2035-04-25 20:40", entities=[P(count="1", sex="male"), V(colour="black", make="dodge", model="charger"), P(count="2+")],
         places=[('landmark', 'Oakford High School')], category="drugs", priority="low"),
    # ---------------------------------------------------------------- vandalism
    # Bricks dropped from a hospital garage onto cars, a driver cut: vandalism, high (an injury). "level 4" no place
    # of its own.
    dict(written="Somebody is dropping bricks off level 4 of the St. Mary's parking garage onto cars coming in. One went through a windshield and the lady driving has glass cuts all over her face. I saw two kids run to the stairwell.",
         spoken="some body is dropping bricks off level four of the saint mary's parking garage onto cars coming in one went through a windshield and the lady driving has glass cuts all over her face i saw two kids run to the stairwell",
         at="2035-02-11 17:15", entities=[P(count="1"), P(count="1", sex="female"), P(count="2")],
         places=[('landmark', "St. Mary's Hospital")], category="vandalism", priority="high"),
    # A bottle through a bus window, glass in the driver's eye: vandalism, high.
    dict(written="Somebody threw a bottle through the front window of the town bus as it went by Main and 10th and the driver got glass in his eye. He pulled over. The guy who threw it is walking away toward Walnut, grey sweats.",
         spoken="hi somebody threw a bottle through the front window of the town bus as it went by maine and tenth and the driver got glass in his eye he pulled over the guy who threw it is walking away toward walnut grey sweats",
         at="2035-05-26 21:35", entities=[P(count="1", sex="male", clothing=["grey sweatpants"]), V(type="bus"), P(count="1", sex="male")],
         places=[('intersection', 'Main Street', '10th Street')], category="vandalism", priority="high"),
    # A window shot out with a BB gun, the glass cutting a daughter: vandalism, high; a BB gun no weapon (holdout8).
    dict(written="Somebody shot out our living room window with a BB gun from the street and the glass cut my daughter's arm, she was sitting right under it. It's bleeding but not bad. 206 Maple. I saw a grey hatchback pull away.",
         spoken="some body shot out our living room window with a b b gun from the street and the glass cut my daughter's arm she was sitting right under it it's bleeding but not bad two oh six mabel i saw a grey hatchback pull away",
         at="2035-09-30 19:05", entities=[P(count="1"), P(count="1", sex="female"), V(colour="grey", type="hatchback")],
         places=[('address', 206, 'Maple Avenue')], category="vandalism", priority="high"),
    # Headstones being kicked over in a cemetery right now: low raised to medium.
    dict(written="There's three or four people kicking over gravestones in the cemetery on Church Street right now. I can hear them laughing and the stones cracking. I'm at my kitchen window across from it.",
         spoken="hello there's three or four people kicking over gravestones in the cemetery on church street right now i can hear them laughing and the stones cracking i'm at my kitchen window across from it",
         at="2035-04-01 00:40", entities=[P(count="3+"), ('now',)],
         places=[], category="vandalism", priority="medium"),
    # A man slashing tyres in a library lot right now: medium.
    dict(written="A man is walking down the row in the library parking lot stabbing car tires with something, I heard hissing. He's on the third car now. Camouflage jacket.",
         spoken="a man is walking down the row in the library parking lot stabbing car tires with something i heard hissing he's on the third car now camouflage jacket",
         at="2035-06-12 14:50", entities=[P(count="1", sex="male", clothing=["camo jacket"]), ('now',)],
         places=[('landmark', 'Oakford Public Library')], category="vandalism", priority="medium"),
    # A tagger on a cinema wall with a paint marker now: medium.
    dict(written="Kid is tagging the side wall of the Grand Cinema with a fat paint marker right now, big silver letters. White hoodie, skateboard under his arm.",
         spoken="kid is tagging the side wall of the grand cinema with a fat paint marker right now big silver letters white hoodie skate board under his arm",
         at="2035-08-24 23:50", entities=[P(count="1", sex="male", clothing=["white hoodie"]), ('now',)],
         places=[('landmark', 'Grand Cinema')], category="vandalism", priority="medium"),
    # Kids throwing iceballs at passing cars, one windshield cracked: medium (now; children doing damage do not
    # raise).
    dict(written="Some kids behind the hedge at Maple and 2nd are throwing iceballs at cars going by, they just cracked a windshield on a minivan. They're still at it.",
         spoken="some kids behind the hedge at mabel and second are throwing iceballs at cars going by they just cracked a wind shield on a minivan they're still at it",
         at="2035-01-27 15:40", entities=[P(count="2+"), V(type="minivan"), ('now',)],
         places=[('intersection', 'Maple Avenue', '2nd Street')], category="vandalism", priority="medium"),
    # A word keyed into a car about ten minutes before: vandalism, low raised to medium.
    dict(written="Somebody keyed the word CHEATER down the whole driver's side of my white Tesla in the Northgate Mall garage about 10 minutes ago. There's a woman in a pink hoodie who was standing by it when I came out.",
         spoken="some body keyed the word c h e a t e r down the whole driver's side of my white tesla in the northgate mall garage about ten minutes ago there's a woman in a pink hoodie who was standing by it when i came out",
         at="2035-07-13 15:30", entities=[V(colour="white", make="tesla"), ('ago', 10), P(count="1", sex="female", clothing=["pink hoodie"])],
         places=[('landmark', 'Northgate Mall')], category="vandalism", priority="medium"),
    # Graffiti found on the bandstand that morning: vandalism, low.
    dict(written="Somebody spray painted a bunch of swears all over the bandstand in Maple Square, I noticed walking my dog this morning. The concert's this Friday.",
         spoken="somebody spray painted a bunch of swears all over the bandstand in maple square i noticed walking my dog this morning the concert's this friday",
         at="2035-07-02 08:15", entities=[P(count="1")],
         places=[('landmark', 'Maple Square')], category="vandalism", priority="low"),
    # Mailboxes knocked down by a bat overnight: vandalism, low. "overnight" 02:00; a bat used on a thing is no
    # weapon.
    dict(written="Overnight somebody went down our road with a baseball bat out a car window and knocked over every mailbox from 1101 to 1150 Spruce. Mine's in the ditch.",
         spoken="hello overnight somebody went down our road with a baseball bat out a car window and knocked over every mail box from one thousand one hundred one to eleven fifty spruce mine's in the ditch",
         at="2035-05-21 09:35", entities=[('local', '2035-05-21 02:00'), P(count="1")],
         places=[('block', 1100, 'Spruce Street')], category="vandalism", priority="low"),
    # Solar path lights smashed the week before: vandalism, low.
    dict(written="Somebody smashed the little concrete angels in my front garden at 516 Hawthorn last week, and now my flower boxes are pulled off the rail. I'm 77, I can't keep replacing things.",
         spoken="some body smashed the little concrete angels in my front garden at five sixteen hawthorn last week and now my flower boxes are pulled off the rail i'm seventy seven i can't keep replacing things",
         at="2035-04-09 13:10", entities=[P(count="1")],
         places=[('address', 516, 'Hawthorn Avenue')], category="vandalism", priority="low"),
    # Eggs on a house from Halloween night, reported the next day: vandalism, low.
    dict(written="Halloween night somebody egged our whole front porch and the siding at 211 11th Street and now it's baked on. I know it's just kids but it's the second year.",
         spoken="halloween night some body egged our whole front porch and the siding at two hundred eleven eleventh street and now it's baked on i know it's just kids but it's the second year",
         at="2035-11-01 10:30", entities=[P(count="2+")],
         places=[('address', 211, '11th Street')], category="vandalism", priority="low"),
    # A tennis net cut from its posts at the park: vandalism, low.
    dict(written="Someone cut the net off the posts on court 2 at the Riverside Park tennis courts, it's lying in a heap. Parks and Rec just put new ones up.",
         spoken="some one cut the net off the posts on court two at the river side park tennis courts it's lying in a heap parks and rec just put new ones up",
         at="2035-08-08 07:10", entities=[P(count="1")],
         places=[('landmark', 'Riverside Park')], category="vandalism", priority="low"),
    # New street trees snapped in half: vandalism, low.
    dict(written="All five of the little trees the town planted along Birch between 7th and 8th got snapped in half, you can see the tops lying in the grass. Happened sometime since Tuesday.",
         spoken="all five of the little trees the town planted along birch between seventh and eighth got snapped in half you can see the tops lying in the grass happened sometime since tuesday",
         at="2035-10-25 12:00", entities=[P(count="1")],
         places=[('block', 700, 'Birch Street')], category="vandalism", priority="low"),
    # ---------------------------------------------------------------- suspicious_vehicle
    # Banging and yelling from the trunk of a car in a supermarket lot: a suspicious vehicle, critical (a life at
    # risk).
    dict(written="There's somebody banging and yelling help from inside the trunk of a dark green Buick in the FreshMart lot! Nobody's in the front seat. Plate is HBN 4417. Please hurry.",
         spoken="there's some body banging and yelling help from inside the trunk of a dark green buick in the freshmart lot nobody's in the front seat plate is h b n four four one seven please hurry",
         at="2035-03-03 20:55", entities=[P(count="1"), V(colour="green", make="buick", plate="HBN4417")],
         places=[('landmark', 'FreshMart Supermarket')], category="suspicious_vehicle", priority="critical"),
    # A car pacing a 13-year-old girl, the driver telling her to get in: child luring, high.
    dict(written="My 13-year-old just called me crying, a silver Toyota Camry has been creeping alongside her as she walks home on Oak by 9th and the man keeps saying get in, your mom sent me. She's running to the FreshMart now.",
         spoken="my thirteen year old just called me crying a silver toyota camry has been creeping alongside her as she walks home on oak by ninth and the man keeps saying get in your mom sent me she's running to the fresh mart now",
         at="2035-02-13 15:25", entities=[P(count="1", sex="female"), V(colour="silver", make="toyota", model="camry"), P(count="1", sex="male")],
         places=[('intersection', 'Oak Street', '9th Street'), ('landmark', 'FreshMart Supermarket')], category="suspicious_vehicle", priority="high"),
    # A car following a woman with a protection order since Route 9: high (a woman in danger).
    dict(written="My ex-husband's brother has been right behind me since Route 9 and I have a protection order against both of them. I'm pulling into the police station lot now. Grey Jeep Grand Cherokee, he keeps flashing his lights.",
         spoken="my ex husband's brother has been right behind me since route nine and i have a protection order against both of them i'm pulling into the police station lot now grey jeep grand cherokee he keeps flashing his lights",
         at="2035-06-21 18:05", entities=[P(count="1", sex="male"), V(colour="grey", make="jeep", model="grand cherokee")],
         places=[('landmark', 'Oakford Police Department')], category="suspicious_vehicle", priority="high"),
    # A little boy crying and banging on a parked car's window for his mum: high (a child in danger).
    dict(written="There's a man sitting in a black Kia Telluride in front of 602 8th Street and a little boy in the back is crying and banging on the window saying he wants his mommy. The man keeps yelling at him to shut up.",
         spoken="there's a man sitting in a black kia telluride in front of six hundred two eighth street and a little boy in the back is crying and banging on the window saying he wants his mommy the man keeps yelling at him to shut up",
         at="2035-09-03 13:15", entities=[P(count="1", sex="male"), V(colour="black", make="kia", model="telluride"), P(count="1", sex="male")],
         places=[('relative', ('address', 602, '8th Street'))], category="suspicious_vehicle", priority="high"),
    # A car circling with its lights off, progressive: low raised to medium.
    dict(written="A car with its headlights off keeps circling our block on Pine between 10th and 11th, it's gone by six times. Small dark SUV, rattly exhaust.",
         spoken="a car with its head lights off keeps circling our block on pine between tenth and eleventh it's gone by six times small dark s u v rattly exhaust",
         at="2035-01-19 01:55", entities=[V(type="suv")],
         places=[('block', 1000, 'Pine Street')], category="suspicious_vehicle", priority="medium"),
    # A van parked by a school fence with the driver watching recess: children, medium.
    dict(written="A plain white van has been parked along the fence at Lincoln Elementary all through recess and the driver is just sitting there watching the kids with binoculars. Unmarked, no ladder or anything.",
         spoken="a plain white van has been parked along the fence at lincoln elementary all through recess and the driver is just sitting there watching the kids with binoculars unmarked no ladder or anything",
         at="2035-10-16 10:35", entities=[V(colour="white", type="van"), P(count="1"), P(count="2+")],
         places=[('landmark', 'Lincoln Elementary School')], category="suspicious_vehicle", priority="medium"),
    # A pickup going driveway to driveway at 3 shining a light on garages: progressive, medium.
    dict(written="A pickup is going driveway to driveway on 1st Street right now shining a spotlight on everybody's garage doors. It's 3 in the morning. Two people in it. Older white Ford.",
         spoken="a pick up is going drive way to drive way on first street right now shining a spotlight on everybody's garage doors it's three in the morning two people in it older white ford",
         at="2035-05-11 03:00", entities=[V(colour="white", make="ford", type="pickup"), ('local', '2035-05-11 03:00'), P(count="2")],
         places=[], category="suspicious_vehicle", priority="medium"),
    # A car photographing from a school lot at night, laps: medium (progressive).
    dict(written="Car with dealer plates is doing slow laps of the Oakford High lot and the passenger is leaning out taking pictures of the building. There's no event tonight. Red Hyundai Sonata.",
         spoken="car with dealer plates is doing slow laps of the oakford high lot and the passenger is leaning out taking pictures of the building there's no event tonight red hyundai sonata",
         at="2035-03-29 22:20", entities=[V(colour="red", make="hyundai", model="sonata"), P(count="1")],
         places=[('landmark', 'Oakford High School')], category="suspicious_vehicle", priority="medium"),
    # A van backed up to a closed cinema's dock with its doors open now: medium.
    dict(written="Grand Cinema's closed Mondays but there's a van backed up to the loading dock right now with both back doors open and nobody around. I manage the place and I didn't schedule any delivery.",
         spoken="grand cinema's closed mondays but there's a van backed up to the loading dock right now with both back doors open and nobody around i manage the place and i didn't schedule any delivery",
         at="2035-08-13 23:40", entities=[V(type="van"), ('now',)],
         places=[('landmark', 'Grand Cinema')], category="suspicious_vehicle", priority="medium"),
    # An SUV idling outside a bank before opening with three men in it, just now: medium.
    dict(written="Three men in a black Chevy Tahoe have been sitting outside the bank on Elm by 6th since before it opened, engine running, just watching the door. One of them just got out and looked in the window.",
         spoken="three men in a black chevy tahoe have been sitting outside the bank on elm by sixth since before it opened engine running just watching the door one of them just got out and looked in the window",
         at="2035-12-12 08:55", entities=[P(count="3", sex="male"), V(colour="black", make="chevrolet", model="tahoe"), P(count="1"), ('now',)],
         places=[('intersection', 'Elm Street', '6th Street')], category="suspicious_vehicle", priority="medium"),
    # A car with expired plates parked two weeks: low.
    dict(written="A maroon Buick LeSabre with plates that expired last year has been parked on Pine by 8th for two weeks now, flat tire, leaves piled on it. None of the neighbors claim it.",
         spoken="a maroon buick lesabre with plates that expired last year has been parked on pine by eighth for two weeks now flat tire leaves piled on it none of the neighbors claim it",
         at="2035-11-08 14:20", entities=[V(colour="maroon", make="buick", model="lesabre")],
         places=[('intersection', 'Pine Street', '8th Street')], category="suspicious_vehicle", priority="low"),
    # A car sitting in a church lot every night: low (a habit).
    dict(written="Every night a car pulls in behind the Methodist church on Oak by 3rd around 11 and sits there dark till 2 or so. Small blue hatchback.",
         spoken="every night a car pulls in behind the methodist church on oak by third around eleven and sits there dark till two or so small blue hatchback",
         at="2035-02-19 19:30", entities=[V(colour="blue", type="hatchback")],
         places=[('intersection', 'Oak Street', '3rd Street')], category="suspicious_vehicle", priority="low"),
    # A camper with out-of-state plates lived in at a park lot for three days: low.
    dict(written="There's an old camper with Texas plates that's been in the Riverside Park lot three days now. Somebody's living in it, there's laundry on the mirrors. Not hurting anybody I guess.",
         spoken="yeah there's an old camper with texas plates that's been in the riverside park lot three days now somebody's living in it there's laundry on the mirrors not hurting anybody i guess",
         at="2035-07-08 11:10", entities=[P(count="1")],
         places=[('landmark', 'Riverside Park')], category="suspicious_vehicle", priority="low"),
    # An SUV outside a daycare for hours the day before: low.
    dict(written="Yesterday a black SUV sat across from the Little Sprouts daycare on Maple by 11th for about four hours with a man in it. It isn't there today. The teachers asked me to call it in.",
         spoken="yesterday a black s u v sat across from the little sprouts daycare on mabel by eleventh for about four hours with a man in it it isn't there today the teachers asked me to call it in",
         at="2035-04-05 09:20", entities=[V(colour="black", type="suv"), P(count="1", sex="male")],
         places=[('intersection', 'Maple Avenue', '11th Street')], category="suspicious_vehicle", priority="low"),
    # Web report: a car with no plates and smashed windows dumped at a dead end: low.
    dict(written="Web report: a silver Volkswagen Jetta with no plates and the windows smashed has been dumped at the end of Station Road by the old rail shed since the weekend.",
         spoken="uh web report a silver volkswagen jetta with no plates and the windows smashed has been dumped at the end of station road by the old rail shed since the weekend",
         at="2035-09-24 07:45", entities=[V(colour="silver", make="volkswagen", model="jetta")],
         places=[], category="suspicious_vehicle", priority="low"),
    # ---------------------------------------------------------------- suspicious_person
    # A man asking a six-year-old to help find his cat in his van: child luring, high.
    dict(written="A man at the Riverside Park playground just asked my 6-year-old to come help him find his lost cat in his van. I pulled her away and he headed off toward the lot. Grey beard, green fishing vest.",
         spoken="a man at the riverside park playground just asked my six year old to come help him find his lost cat in his van i pulled her away and he headed off toward the lot grey beard green fishing vest",
         at="2035-05-04 11:05", entities=[P(count="1", sex="male", clothing=["green vest"]), P(count="1", sex="female"), V(type="van"), ('now',)],
         places=[('landmark', 'Riverside Park')], category="suspicious_person", priority="high"),
    # A man at a teenage girl's bedroom window at night: high (a girl in danger). "She's 14" not annotated.
    dict(written="My daughter just screamed, there's a man standing outside her bedroom window at 1104 2nd Street with his face against the glass. She's 14. He ran into the backyards toward 3rd. Dark clothes, hood up.",
         spoken="my daughter just screamed there's a man standing outside her bedroom window at one thousand one hundred four second street with his face against the glass she's fourteen he ran into the backyards toward third dark clothes hood up",
         at="2035-10-08 23:35", entities=[P(count="1", sex="female"), P(count="1", sex="male"), ('now',)],
         places=[('address', 1104, '2nd Street')], category="suspicious_person", priority="high"),
    # A woman trying to lift a baby from a stranger's stroller, saying it is hers: high.
    dict(written="Mall security at Northgate Mall. A woman just tried to take a baby out of another lady's stroller outside the shoe store, saying it's her baby. The mom pulled it back. The woman is walking fast toward the west doors. Long black coat.",
         spoken="mall security at northgate mall a woman just tried to take a baby out of another lady's stroller outside the shoe store saying it's her baby the mom pulled it back the woman is walking fast toward the west doors long black coat",
         at="2035-12-08 14:15", entities=[P(count="1", sex="female", clothing=["black coat"]), P(count="1"), P(count="1", sex="female"), ('now',)],
         places=[('landmark', 'Northgate Mall')], category="suspicious_person", priority="high"),
    # A man going through backyards with a flashlight looking in windows now: medium.
    dict(written="A man is going through the backyards behind Elm between 1st and 2nd right now with a flashlight, shining it in the back windows. I'm watching from my upstairs. He has a backpack.",
         spoken="a man is going through the backyards behind elm between first and second right now with a flash light shining it in the back windows i'm watching from my upstairs he has a backpack",
         at="2035-01-24 22:45", entities=[P(count="1", sex="male", clothing=["backpack"]), ('now',)],
         places=[('block', 100, 'Elm Street')], category="suspicious_person", priority="medium"),
    # A man in a reflective vest claiming to be from the water department, asking to come in: medium (progressive).
    dict(written="A guy in a yellow reflective vest is going house to house on Willow saying the town sent him to check everybody's smoke detectors and he has to see the bedrooms. He has no ID and no truck. He's at 718 now.",
         spoken="a guy in a yellow reflective vest is going house to house on willow saying the town sent him to check everybody's smoke detectors and he has to see the bedrooms he has no i d and no truck he's at seven hundred eighteen now",
         at="2035-06-07 10:20", entities=[P(count="1", sex="male", clothing=["yellow vest"]), ('now',)],
         places=[('address', 718, 'Willow Street')], category="suspicious_person", priority="medium"),
    # A man at the edge of a school playground staring at children: children, medium.
    dict(written="Teacher on recess duty at Lincoln Elementary. A man has been standing by the corner of the playground fence for twenty minutes just staring at the kids and won't answer when I call to him. Brown coat, cowboy hat.",
         spoken="teacher on recess duty at lincon elementary a man has been standing by the corner of the play ground fence for twenty minutes just staring at the kids and won't answer when i call to him brown coat cowboy hat",
         at="2035-03-16 12:25", entities=[P(count="1", sex="male", clothing=["brown coat", "cowboy hat"]), P(count="2+")],
         places=[('landmark', 'Lincoln Elementary School')], category="suspicious_person", priority="medium"),
    # A teenager pulling on shop doors after closing, progressive: medium.
    dict(written="A teenager on a bike is going down Market Street pulling on every shop door. All the stores are closed. He's trying the hardware store now. Orange beanie.",
         spoken="um a teenager on a bike is going down market street pulling on every shop door all the stores are closed he's trying the hardware store now orange beanie",
         at="2035-11-24 01:20", entities=[P(count="1", age="13-19", clothing=["orange beanie"]), V(type="bicycle"), ('now',)],
         places=[], category="suspicious_person", priority="medium"),
    # A man photographing a house and writing in a notebook right now: medium.
    dict(written="There's a man standing on the sidewalk right now taking pictures of my house at 121 Main and writing in a notebook. When I opened the door he turned around and kept doing it. Blue windbreaker.",
         spoken="there's a man standing on the sidewalk right now taking pictures of my house at one twenty one main and writing in a notebook when i opened the door he turned around and kept doing it blue windbreaker",
         at="2035-08-28 16:35", entities=[P(count="1", sex="male", clothing=["blue jacket"]), ('now',)],
         places=[('address', 121, 'Main Street')], category="suspicious_person", priority="medium"),
    # Someone walking on a neighbour's roof at night, just now: low raised to medium.
    dict(written="There's somebody up on the roof next door at 835 Cedar just now, I can hear footsteps and I saw a shadow cross the chimney. My neighbors are away. It's 1:40 in the morning.",
         spoken="there's somebody up on the roof next door at eight thirty five cedar just now i can hear footsteps and i saw a shadow cross the chimney my neighbors are away it's one forty in the morning",
         at="2035-07-31 01:40", entities=[P(count="1"), ('local', '2035-07-31 01:40')],
         places=[('address', 835, 'Cedar Street')], category="suspicious_person", priority="medium"),
    # Web report: a man asking for rides at a supermarket door daily, who followed a shopper the day before: low.
    dict(written="Web report: there's a man who stands by the FreshMart doors every day asking women for rides. Yesterday he followed my wife to her car and stood by her door. Thin, grey ponytail, army jacket.",
         spoken="web report there's a man who stands by the fresh mart doors every day asking women for rides yesterday he followed my wife to her car and stood by her door thin grey ponytail army jacket",
         at="2035-02-24 21:00", entities=[P(count="1", sex="male", build="thin", clothing=["green jacket"]), P(count="1", sex="female")],
         places=[('landmark', 'FreshMart Supermarket')], category="suspicious_person", priority="low"),
    # A woman going through recycling at 4 that morning, reported later: low. "at 4" 04:00.
    dict(written="At 4 this morning a woman was going through our recycling bins at 520 Main with a headlamp and putting papers in a bag, not cans, papers. Our bank statements were in there.",
         spoken="at four this morning a woman was going through our recycling bins at five twenty main with a headlamp and putting papers in a bag not cans papers our bank statements were in there",
         at="2035-06-25 08:30", entities=[('local', '2035-06-25 04:00'), P(count="1", sex="female")],
         places=[('address', 520, 'Main Street')], category="suspicious_person", priority="low"),
    # A note on a door saying the writer knows when the caller is home: low.
    dict(written="I found a note taped to my door at 1012 Oak that says I know when you're home. No name. I live alone. It wasn't there when I left for work.",
         spoken="i found a note taped to my door at ten twelve oak that says i know when you're home no name i live alone it wasn't there when i left for work",
         at="2035-09-13 18:40", entities=[P(count="1")],
         places=[('address', 1012, 'Oak Street')], category="suspicious_person", priority="low"),
    # A man measuring driveways the week before, asking which houses are empty: low.
    dict(written="Last week a man was going along Kingsley with a measuring wheel, asking people which houses were empty for the winter. He said he was with the town but the town says no. Short, red scarf.",
         spoken="last week a man was going along kingsley with a measuring wheel asking people which houses were empty for the winter he said he was with the town but the town says no short red scarf",
         at="2035-12-03 15:05", entities=[P(count="1", sex="male", height="short", clothing=["red scarf"]), P(count="2+")],
         places=[], category="suspicious_person", priority="low"),
    # A man sitting in a library's children's room with no child, every afternoon: low (a habit).
    dict(written="Children's librarian at Oakford Public Library. A man comes in every afternoon and sits in the little chairs in the kids' room with no kid of his own, watching. He leaves when I walk over.",
         spoken="hi children's librarian at oak ford public library a man comes in every afternoon and sits in the little chairs in the kids room with no kid of his own watching he leaves when i walk over",
         at="2035-10-30 17:15", entities=[P(count="1", sex="male")],
         places=[('landmark', 'Oakford Public Library')], category="suspicious_person", priority="low"),
    # ---------------------------------------------------------------- disturbance
    # A threat to kill a neighbour and his dog over a fence line: disturbance, high (a threat, no weapon, holdout14).
    dict(written="My neighbor at 1031 Chestnut is standing at the property line screaming that he's going to kill me and my dog if the dog pees on his side one more time. He's shaking the fence. He's done this before but never this bad.",
         spoken="uh my neighbor at ten thirty one chestnut is standing at the property line screaming that he's going to kill me and my dog if the dog pees on his side one more time he's shaking the fence he's done this before but never this bad",
         at="2035-04-15 08:10", entities=[P(count="1", sex="male")],
         places=[('address', 1031, 'Chestnut Street')], category="disturbance", priority="high"),
    # A drunk man pounding on a woman's door threatening to break it down, she inside with her baby: high (a woman in
    # danger).
    dict(written="My ex is drunk and pounding on my door at 402 9th Street screaming he's going to break it down. I'm in here with the baby. He's kicking it now. There's a court order keeping him away.",
         spoken="my ex is drunk and pounding on my door at four hundred two ninth street screaming he's going to break it down i'm in here with the baby he's kicking it now there's a court order keeping him away",
         at="2035-02-17 00:55", entities=[P(count="1", sex="male"), P(count="1")],
         places=[('address', 402, '9th Street')], category="disturbance", priority="high"),
    # A man at the town clerk's counter threatening to shoot the office up, no gun seen: disturbance, high (a threat).
    dict(written="Town clerk's office at City Hall. A man screamed at our clerk over his dog license and said he'll come back and shoot this whole place up. He just stormed out to the lot. No gun that we saw. Heavy, camo hat.",
         spoken="town clerk's office at city hall a man screamed at our clerk over his dog license and said he'll come back and shoot this whole place up he just stormed out to the lot no gun that we saw heavy camo hat",
         at="2035-05-22 11:20", entities=[P(count="1", sex="male", build="heavy", clothing=["camo hat"]), P(count="1"), ('now',)],
         places=[('landmark', 'City Hall')], category="disturbance", priority="high"),
    # A house party spilling into the street with fighting words right now: low raised to medium.
    dict(written="Huge party at 910 Oak, kids are spilling into the street and two of them are chest to chest yelling they're going to fight. Music's shaking my windows. Happening right now.",
         spoken="huge party at nine ten oak kids are spilling into the street and two of them are chest to chest yelling they're going to fight music's shaking my windows happening right now",
         at="2035-06-15 23:25", entities=[P(count="3+"), P(count="2"), ('now',)],
         places=[('address', 910, 'Oak Street')], category="disturbance", priority="medium"),
    # A couple screaming and throwing things in a lot right now: medium.
    dict(written="A couple is yelling at each other in the Corner Cafe lot right now and she's throwing his stuff out of the car onto the pavement. No hitting that I've seen.",
         spoken="a couple is yelling at each other in the corner cafe lot right now and she's throwing his stuff out of the car onto the pavement no hitting that i've seen",
         at="2035-03-10 21:05", entities=[P(count="2"), ('now',)],
         places=[('landmark', 'Corner Cafe')], category="disturbance", priority="medium"),
    # A man yelling at cars from the middle of the road, progressive: medium.
    dict(written="There's a barefoot man planted in the middle of Main by 7th yelling at drivers and pounding on hoods as they creep past him. Cars are stopping.",
         spoken="there's a barefoot man planted in the middle of maine by seventh yelling at drivers and pounding on hoods as they creep past him cars are stopping",
         at="2035-08-19 14:10", entities=[P(count="1", sex="male")],
         places=[('intersection', 'Main Street', '7th Street')], category="disturbance", priority="medium"),
    # Fireworks set off in the street at 1 in the morning, right now: medium.
    dict(written="It's 1 in the morning and the guys at 1114 Birch are still setting off big fireworks in the street. It's the 5th already. My dog's going crazy.",
         spoken="it's one in the morning and the guys at eleven fourteen burch are still setting off big fire works in the street it's the fifth already my dog's going crazy",
         at="2035-07-05 01:00", entities=[('local', '2035-07-05 01:00'), P(count="2+", sex="male")],
         places=[('address', 1114, 'Birch Street')], category="disturbance", priority="medium"),
    # Teenagers screaming and swearing at people at a bus shelter right now: medium.
    dict(written="Bunch of teenagers at the bus shelter on 4th by Walnut are screaming and swearing at everyone who walks by and one just kicked the trash can over. They've got a speaker blasting. Right now.",
         spoken="bunch of teenagers at the bus shelter on forth by wall nut are screaming and swearing at everyone who walks by and one just kicked the trash can over they've got a speaker blasting right now",
         at="2035-09-26 16:20", entities=[P(count="3+", age="13-19"), P(count="1"), ('now',)],
         places=[('intersection', '4th Street', 'Walnut Street')], category="disturbance", priority="medium"),
    # A man leaning on his horn at 6 in a cafe lot, progressive: medium.
    dict(written="Some guy keeps leaning on his horn in the parking lot across from me at 6 in the morning because the cafe hasn't opened. It's been going for five minutes. White work van.",
         spoken="some guy keeps leaning on his horn in the parking lot across from me at six in the morning because the cafe hasn't opened it's been going for five minutes white work van",
         at="2035-11-15 06:05", entities=[P(count="1", sex="male"), V(colour="white", type="van")],
         places=[('landmark', 'Corner Cafe')], category="disturbance", priority="medium"),
    # A generator running all night every night: low (a habit).
    dict(written="My neighbor at 315 Kingsley runs a gas generator in his driveway all night every night even though his power works. It's right under my bedroom window. I'm not sleeping.",
         spoken="my neighbor at three fifteen kingsley runs a gas generator in his driveway all night every night even though his power works it's right under my bed room window i'm not sleeping",
         at="2035-01-23 10:40", entities=[P(count="1", sex="male")],
         places=[('address', 315, 'Kingsley Avenue')], category="disturbance", priority="low"),
    # Web report: a bar's outdoor speakers every weekend: low.
    dict(written="Web report: every Friday and Saturday the Tap Room on Walnut by 9th puts speakers out on the patio and we can hear the bass inside with the windows shut. It goes till after 1.",
         spoken="web report every friday and saturday the tap room on walnut by ninth puts speakers out on the patio and we can hear the bass inside with the windows shut it goes till after one",
         at="2035-05-29 09:00", entities=[],
         places=[('intersection', 'Walnut Street', '9th Street')], category="disturbance", priority="low"),
    # Upstairs neighbours screaming until 3 the night before: low (hours old).
    dict(written="Last night the people upstairs from me at 617 Elm were screaming and slamming doors till 3. It's quiet now. Could an officer stop by and have a word, it happens a lot.",
         spoken="last night the people upstairs from me at six seventeen elm were screaming and slamming doors till three it's quiet now could an officer stop by and have a word it happens a lot",
         at="2035-10-07 11:15", entities=[('local', '2035-10-06 23:00'), P(count="2+")],
         places=[('address', 617, 'Elm Street')], category="disturbance", priority="low"),
    # Drums practised in a garage every evening: low.
    dict(written="The kid at 1006 5th Street bangs on a drum kit with the big door up from 7 to 10 every single night. I've asked his parents twice.",
         spoken="the kid at one thousand six fifth street bangs on a drum kit with the big door up from seven to ten every single night i've asked his parents twice",
         at="2035-08-21 19:40", entities=[P(count="1"), P(count="2")],
         places=[('address', 1006, '5th Street')], category="disturbance", priority="low"),
    # An elderly caller: a man swearing at her over snow shovelled onto his side, days before: low.
    dict(written="I'm 84. On Sunday the young man next door at 112 Walnut swore at me for ten minutes because I shoveled snow onto his side. He didn't touch me. I just want somebody to know in case.",
         spoken="i'm eighty four on sunday the young man next door at one twelve wallnut swore at me for ten minutes because i shoveled snow onto his side he didn't touch me i just want some body to know in case",
         at="2035-12-18 13:50", entities=[P(count="1", sex="male", age="18-29")],
         places=[('address', 112, 'Walnut Street')], category="disturbance", priority="low"),
    # ---------------------------------------------------------------- other
    # A boy stuck in a storm drain pipe with water rising: other, critical (someone caught, water rising).
    dict(written="My son crawled into the big storm drain pipe under 5th Street by Hawthorn after his ball and he's stuck, and the rainwater is rising in there. He's crying, it echoes out the end. He's 9.",
         spoken="my son crawled into the big storm drain pipe under fifth street by hawthorn after his ball and he's stuck and the rainwater is rising in there he's crying it echoes out the end he's nine",
         at="2035-04-20 17:30", entities=[P(count="1", sex="male")],
         places=[('intersection', '5th Street', 'Hawthorn Avenue')], category="other", priority="critical"),
    # An old man wedged upside down in a window well: other, critical (caught, hanging).
    dict(written="My neighbor fell headfirst into his basement window well at 725 3rd Street, he's stuck upside down and his face is purple. We can't pull him out. He's older, in his 80s.",
         spoken="my neighbor fell headfirst into his base ment window well at seven hundred twenty five third street he's stuck upside down and his face is purple we can't pull him out he's older in his eighties",
         at="2035-02-06 09:45", entities=[P(count="1", sex="male", age="80-89")],
         places=[('address', 725, '3rd Street')], category="other", priority="critical"),
    # A woman clinging to a tree in the spring flood at the park: other, critical (in the water).
    dict(written="There's a woman in the river at Riverside Park holding onto a tree that's in the water, the current's really fast from the snowmelt. She keeps going under. She's yelling help.",
         spoken="there's a woman in the river at river side park holding onto a tree that's in the water the current's really fast from the snowmelt she keeps going under she's yelling help",
         at="2035-03-28 16:05", entities=[P(count="1", sex="female")],
         places=[('landmark', 'Riverside Park')], category="other", priority="critical"),
    # An eight-year-old not home from school, two hours late: high (a missing child).
    dict(written="Our boy is 8 and he never made it home from Lincoln Elementary, dismissal was two hours ago. He walks down 7th Street. His friends say he left on time. Blue puffy coat, red backpack.",
         spoken="uh our boy is eight and he never made it home from lincoln elementary dismissal was two hours ago he walks down seventh street his friends say he left on time blue puffy coat red backpack",
         at="2035-01-17 17:10", entities=[P(count="1", sex="male", clothing=["blue coat", "red backpack"])],
         places=[('landmark', 'Lincoln Elementary School')], category="other", priority="high"),
    # A man with dementia walked out of a nursing home: high (a missing vulnerable person). "Willow Glen" a name.
    dict(written="This is the charge nurse at Willow Glen nursing home on Cedar by 12th. One of our residents with dementia walked out the side door about half an hour ago. He's 88, in a green cardigan and slippers. He talks about going to the train station.",
         spoken="this is the charge nurse at willow glen nursing home on cedar by twelfth one of our residents with dementia walked out the side door about half an hour ago he's eighty eight in a green cardigan and slippers he talks about going to the train station",
         at="2035-10-22 19:50", entities=[P(count="1", sex="male", clothing=["green cardigan", "slippers"]), ('ago', 30)],
         places=[('intersection', 'Cedar Street', '12th Street')], category="other", priority="high"),
    # A toddler locked in a bathroom with the tub running: other, high (a child in danger).
    dict(written="My two year old locked herself in the bathroom and the tub is running, I can hear water. I can't get the door open. 1130 Maple.",
         spoken="my two year old locked herself in the bath room and the tub is running i can hear water i can't get the door open eleven thirty maple",
         at="2035-06-18 18:30", entities=[P(count="1", sex="female")],
         places=[('address', 1130, 'Maple Avenue')], category="other", priority="high"),
    # A boy on a school gym roof who cannot get down: other, high (a child in danger).
    dict(written="A boy climbed up onto the gym roof at Lincoln Elementary to get a frisbee and now he's scared to come down the way he went up. He's sitting on the edge. It's like twenty feet.",
         spoken="a boy climbed up onto the gym roof at lincoln elementary to get a frisbee and now he's scared to come down the way he went up he's sitting on the edge it's like twenty feet",
         at="2035-09-09 18:15", entities=[P(count="1", sex="male")],
         places=[('landmark', 'Lincoln Elementary School')], category="other", priority="high"),
    # A power line down across a sidewalk after a storm, sparking: other, medium.
    dict(written="A power line came down on 5th by Oak after the storm, it's lying over the wet leaves on the sidewalk throwing sparks. I've got my kids inside. Nobody's near it yet.",
         spoken="a power line came down on fifth by oak after the storm it's lying over the wet leaves on the sidewalk throwing sparks i've got my kids inside nobody's near it yet",
         at="2035-07-14 20:25", entities=[P(count="2+")],
         places=[('intersection', '5th Street', 'Oak Street')], category="other", priority="medium"),
    # A water main break flooding a street and basements: other, medium.
    dict(written="Water main must have broken on 10th between Walnut and Main, water's gushing up through the road and running into the basements on our side. It's about a foot deep at the curb.",
         spoken="water main must have broken on tenth between walnut and main water's gushing up through the road and running into the basements on our side it's about a foot deep at the curb",
         at="2035-02-20 06:50", entities=[],
         places=[('block', 500, '10th Street')], category="other", priority="medium"),
    # A bee swarm on a playground's slide: other, medium.
    dict(written="There's a cluster of bees the size of a football stuck to the top of the slide at the playground by the Community Pool. I moved the kids away. Somebody needs to rope it off.",
         spoken="there's a cluster of bees the size of a football stuck to the top of the slide at the play ground by the community pool i moved the kids away somebody needs to rope it off",
         at="2035-05-31 15:35", entities=[P(count="2+")],
         places=[('relative', ('landmark', 'Community Pool'))], category="other", priority="medium"),
    # A confused elderly woman found walking in slippers, now with the caller: other, medium.
    dict(written="I found an older lady walking down Spruce by 2nd in her nightgown and slippers, she doesn't know where she lives. She's in my kitchen at 205 Spruce now with a blanket. Her name is Ruth.",
         spoken="i found an older lady walking down spruce by second in her nightgown and slippers she doesn't know where she lives she's in my kitchen at two oh five spruce now with a blanket her name is ruth",
         at="2035-11-29 07:25", entities=[P(count="1", sex="female", age="60-90", clothing=["slippers"])],
         places=[('intersection', 'Spruce Street', '2nd Street'), ('address', 205, 'Spruce Street')], category="other", priority="medium"),
    # Keys and a phone found in a park: other, low.
    dict(written="I found a set of car keys and a phone with a cracked screen on the bench by the pond in Riverside Park. Can I drop them at the police station?",
         spoken="um i found a set of car keys and a phone with a cracked screen on the bench by the pond in riverside park can i drop them at the police station",
         at="2035-08-25 13:00", entities=[],
         places=[('landmark', 'Riverside Park'), ('landmark', 'Oakford Police Department')], category="other", priority="low"),
    # A bat flying around a kitchen: other, low.
    dict(written="There's a bat flying around my kitchen at 108 Willow and I don't know what to do. It came down the chimney I think. Do you guys handle this or do I call someone else?",
         spoken="there's a bat flying around my kitchen at one oh eight willow and i don't know what to do it came down the chimney i think do you guys handle this or do i call some one else",
         at="2035-09-01 22:10", entities=[],
         places=[('address', 108, 'Willow Street')], category="other", priority="low"),
    # A question whether leaves may be burned in town: other, low.
    dict(written="Is it legal to burn leaves in a barrel in my backyard in town? I'm on 11th Street by Maple. My neighbor says I'll get fined.",
         spoken="is it legal to burn leaves in a barrel in my backyard in town i'm on eleventh street by mabel my neighbor says i'll get fined",
         at="2035-10-03 10:05", entities=[P(count="1")],
         places=[('intersection', '11th Street', 'Maple Avenue')], category="other", priority="low"),
    # A lost dog wandering into a store: other, low.
    dict(written="A little brown dachshund with a pink collar wandered into the Main Street Pharmacy and won't leave. No tag. We have it in the back with a water bowl.",
         spoken="yeah a little brown dachshund with a pink collar wandered into the maine street pharmacy and won't leave no tag we have it in the back with a water bowl",
         at="2035-03-19 11:45", entities=[],
         places=[('landmark', 'Main Street Pharmacy')], category="other", priority="low"),
]

"""A twenty-fourth hand-written set (90 tips), holdout23, a blind set written after holdout22, written blind: its author
read only the corpus README, config/demo/README.md, town.py and make_corpus.py in full (the record format, the geometry
and place truth helpers and hand_place, the priority helper `adjust` and `still_happening`, hand_records and the set
registration), the opening of hand.py (its docstring, P, V, W and its first tips), holdout22.py in full (its docstring
and every tip, for the label conventions and the comment style), the docstring of holdout21.py (its conventions and
choices), and the paragraphs of the docstrings of holdouts 11-20, train4 and train5 that name their periods (to pick an
unused week). The written text and labels of every earlier tip in hand.py, holdouts 1-22 and train1-5 were gathered into
one list by importing the modules, counted by label value (clothing items, colours, vehicle types, makes and weapon types,
and the category and priority pairs of holdouts 18-22) and searched by keyword before and after each situation was
drafted, printing the matching tips with their labels (shots fired, box cutters, ATMs, catalytic converters, weddings,
e-bikes, Harleys, tractors, hot cars and the like, to settle a convention or find a situation already used). Every draft
was compared with every earlier tip by shared four-word runs and content-word overlap (Jaccard of the sets of words of
three letters or more outside a stop list), and with the other drafts of this set; the final drafts share at most four
four-word runs with any earlier tip (four drafts, all of them street or landmark phrases such as "on Main between 5th
and 6th", "the lot behind the Grand Cinema", "the skate park behind the Community Pool") and at most 0.25 content-word
overlap, and at most three runs and 0.17 with one another. About forty drafted tips came too close to an earlier
situation or sentence and were replaced, some twice: a dealer on a delivery e-bike at a bench (holdout9), a gas
drive-off in a Silverado at the QuickStop (holdout6), an alarm company's "rear door contact followed by interior
motion" (holdout15), an EMS hip fracture (holdout19), a fall from a ladder with numb legs (train4), a kitchen cut
bleeding through a towel (holdout14), hot oil on an arm (holdout17), a fish bone (train4), rocks through a vacant
building's windows (holdout6), kids in wet cement (holdout14), a dog in a hot car (hand, holdout4), a small child lost
by the river (holdout14), a motorcycle down on wet leaves at a guardrail (holdouts 11 and 20), a car door opened into a
cyclist (holdout8, train1), glue in shop locks (holdout8), cars keyed down a row (holdout18, train5), a weaving drunk
driver (holdouts 5 and 18, train1), a dad knocking out an umpire (holdout9), an allergic runner's EpiPen (holdout7,
train1), a man photographing children from a car (holdout14), an ex threatening to burn a house with gasoline (train4),
a donation jar (holdout13, train2), a crossing guard shoved by a parent (holdout12), a laundromat dryer fire (train2), a
school bus fire with children (train2), a statue's head knocked off (train5), a limb across both lanes (train1), a tow
truck hooking up cars (train2), donuts on a football field (holdout8), a trailer off its hitch (train5), dark traffic
lights (holdout6, train2, train5), a manhole (train2), hydraulic fluid (train3), loose cows (holdout8), a dead drop in a
tree (holdout11), a grow house (holdout8), hot coffee thrown (holdout8), a home aide (holdout20), foraged mushrooms
(train4), false inspectors at doors (holdout22), a boat fire (holdout10) and a shove at a town meeting (holdouts 9 and
21); about fifteen more were reworded where they shared a run of words with an earlier tip. It never opened the
extractor's source, its tests, examples or benches, nor the gateway, telephony, ASR, vision or ONNX code, the tests or
fuzz directories, nor the repository README, nor any .jsonl file but its own output, nor ran git, cargo, the extractor,
`tipline` or any evaluation, nor saw any score or miss list. It is meant as an honest estimate for phrasing the
extractor has never seen.

It is set in the fourth week of September 2032 (Monday 20 to Sunday 26 September) in Oakford, at the turn of autumn: a
film crew shooting a period movie at night on Main between 5th and 7th from the Monday to the Wednesday (fake
storefronts and a fake diner, prop police cars, extras, a fire effect, a fake fire escape, cable ramps and camera track,
a base camp of trailers in the lot behind the Grand Cinema, fans at the barricades, a flyer warning of simulated
gunfire, a false location scout); an EEE mosquito alert, with the town's spraying truck in Millbrook on the Tuesday and
Thursday nights (a beekeeper, a car trailing the sprayer, the truck's nozzles smashed in the Public Works yard on Station
Road) and Riverside Park closed at dusk; the equinox and the Lincoln Elementary open house on the Wednesday; a crane
lifting rooftop air-conditioning units onto a new building on Market Street next to the library on the Thursday, with a
truck detour down Elm; the harvest supper at First Methodist on Church Street on the Thursday night; an estate sale at
1120 Birch on the Friday and Saturday; Oakford High's football game moved to 4 p.m. on the Friday for the mosquitoes;
the cross-country invitational at Riverside Park and the cardboard boat regatta on the Saturday, the sunflower field on
Old Mill Road by Pine at its peak, and a wedding at the Old Mill Brewery that night; the Open Studios art tour along
Station Road on the Sunday; and, it being an election autumn, a campaign office on Main by 9th. No earlier set is set
in 2032 or in a late-September week (holdout15 is the week before Labor Day 2027, holdout21 October 2029), and none has
a film shoot, a mosquito alert, a crane job, an estate sale, an open house, a cross-country meet, a cardboard boat
regatta, a sunflower field or an Open Studios tour.

New situations: a stranger's real pistol pointed at an actor on the film set, a groomsman's pistol fired into a
reception ceiling and pointed at guests, a nephew's hunting rifle across his lap at an estate sale, shots with a round
through a house's siding (dispatch), a beekeeper slashing at the mosquito truck's window with a box cutter, a handgun
held up to a car window at a light two days before (a web tip), a hunting knife sharpened in a bus shelter before the
school bus; a film fire effect that caught a real awning under apartments, a supermarket rotisserie oven, a dumpster
fire smoking an escape room, an attic fan, a car burning on a shoulder, the regatta's boats burned overnight, a boiler
room during a volleyball game; a baby born blue in a station lot, a film extra fallen from a fake fire escape, a
grandfather not breathing at an open house, a rigger's fingertips crushed by a crane load (EMS), an old woman's wrist
swollen two days after a fall, an electric shock in a restaurant kitchen (non-native), a fever with a stiff neck after
mosquito bites; a photographer's camera bag taken with a punch in the sunflowers, cash drawn from an ATM at knifepoint, a
roommate robbed at gunpoint the night before, an electric skateboard taken with a punch, a potter's cash tin kept by
twisting her wrist that morning, a liquor store held up with a revolver (dispatch); a film crew member's head driven into
a liftgate, a bite at an estate sale, four kids kicking a boy at a skate park, a glassblower shoved against his furnace,
soda thrown from a Jeep the day before, a boy pushed down bleacher steps two days before; a film wardrobe trailer
emptied, a school music room over the weekend, a garage emptied of a snowblower, a church office after a harvest
supper, an alarm company's signal, a house during the art tour; sunflowers cut into a van, a prop police car's light
bar, a girl's bike at an open house, a framed painting carried out of a studio, traffic barrels from a crane job, a
copper rain chain, a community garden stripped night after night (a web report); a car through a film barricade into an
extra, a cement truck into a small car's door, a tractor with no lights at dusk, a parked car sideswiped the night
before (a doorbell camera), a car the wrong way on Route 9, film cable ramps left across Main, a jackknifed truck on a
detour; a car following a school bus for three days, a pickup in the sunflowers at 1:50, an occupied car facing an ATM
(dispatch), two cars flashing lights at a closed boat launch, a rental car lived in at the station, a car trailing the
mosquito sprayer; a false film location scout, a man offering boys vapes for a ride, someone in a leafy camouflage suit
crawling behind houses, a woman in a nightgown trying doors at 3, a door tried after midnight, a man with a gas can
following shoppers; a woman dealing from under a stroller's blanket, a chemical smell and tubing (a web tip), a woman
dealing to juveniles at a bus shelter (dispatch), two men selling at a school game with a gun in a waistband, pain pills
sold from a kitchen window every month, teenagers with a bong behind the library; the film's storefronts spray painted,
the mosquito truck's nozzles smashed, a garden fence kicked apart, solar streetlights shot out with BBs, a flag's rope
cut and the flag dumped in a fountain, red paint thrown on a campaign office; wedding guests in the road at 12:50, fans
crushing against the film barricades, a tenant threatening to kill his landlord through a door, a motorcycle revved in
a garage every night (a web tip), men fighting upstairs (non-native), a man who screamed at the deli counter the day
before; a crane swinging loads over a sidewalk, beavers flooding a backyard, a diabetic runner missing from a meet, keys
and a hearing aid found on a platform, a young woman outside a footbridge railing, a question about simulated gunfire,
an old artillery shell carried home by children.

Registers: calm, frightened and angry callers, the elderly and second-hand ("My roommate ... so I'm calling", "My son's
12. He's back from the skate park and says"), texts in lower case without apostrophes ("theres", "hasnt"), non-native
("My coworker he touch the wire", "the lamp fall down"), web forms ("Web tip:", "Web report:"), workplace callers (set
security, a production assistant, a transportation captain, a bartender, an estate sale runner, a deli manager, an
escape room manager, a regatta committee, a custodian, a treasurer, a bus driver, mall security, Public Works, a
painter, a potter, a glassblower, a coach, a landlord's wife) and dispatch, EMS and alarm shorthand ("blk", "RP",
"approx 0148", "EB", "Unk", "M 20s", "c/o", "A&O x4", "w/", "2 susp", "B/M and W/M", "SB", "Susp veh", "MA reg",
"occupied x2", "W/F 30s", "0312 hrs", "ETA 15 min"). Spoken forms add fillers, split words ("side walk", "drive way",
"pick up", "lift gate", "head lights", "back yards", "wind breaker", "card board"), spelled shorthand ("a t m", "c x
five", "b m w x five", "a four", "e t a", "h v a c", "p o w", "x c"), the usual mishearings (maine, ceder, chesnut,
wallnut, willo, spruse, burch, hawthorne, kingsly, lincon, mabel, old meal road, mill brook, river side, north gate,
fresh mart, quick stop, rosies) and plates letter by letter ("g t m four four one eight"), with a word for a letter ("w
as in william") and partial ("seven k d", "four t w j eight", "six l p", "l m x", "j t").

Same format and conventions as hand.py and holdouts 4-22 (written to extraction_holdout23.jsonl with ids "ad01" to
"ad90"), with the choices holdout20.py to holdout22.py list: every person other than the caller annotated once, also one
named through a possessive; a described member of a group a separate person only with their own attributes; people
away, absent or dead not annotated; partial plates as said; "last night" 23:00 the day before, "overnight" 02:00, "12:30
last night" after midnight the same date, "since" with a clock time that time; habits, durations, weekdays, schedule and
future times are not times; "maybe N" years N-3..N+3, a decade its ten years, teens 13-19, older 60-90, young 18-29;
victims', relatives' and callers' stated or estimated ages not annotated; a vehicle's type only when a type word is in
its description and not when a model describes it; base priorities weapon, fire, medical, robbery, assault high,
burglary, theft, traffic medium, the rest low; critical for a weapon in use or a life at risk, high for an injury or a
weapon seen, low to medium for children at risk, one step (not above high) for an event still happening, one step
lower when more than six hours old (weapons and robberies included); raises do not stack; child luring and a missing
vulnerable person high; "other" is not lifted for being recent.

Choices this set makes where those conventions do not decide (each is also noted at its tip): no new weapon type (a box
cutter and a hunting knife "knife", a revolver and a pistol "handgun"; prop guns, a BB gun's pellets, a kitchen
worker's wiring and a fryer are no weapons); shots heard with no gun seen carry no weapon (as hand's); a film fire with
apartments of unknown occupancy is critical; a birth with a blue baby, a fever with a stiff neck and confusion, and a
stranger outside a bridge railing are critical (medical, medical, other); a rigger's crushed fingertips, an electric
shock with a racing heart and a fall with confusion are high; an artillery shell children carried home is other, high
(a possible explosive, no weapon); a crane swinging loads over people is other, medium; beavers and found
property are other, low; a threat to kill through a door with no weapon is a disturbance, high; "toward downtown" names
the Downtown neighbourhood (as holdout6's), "toward Northgate Mall" the landmark, "toward 8th" or "toward Elm" a street
alone; St. Mary's where a couple were going is no place of the tip; a route ("the Lincoln Elementary afternoon run",
"Millbrook again tonight") names no place of the event; "maroon singlet" -> "maroon top", "red flannel shirt" -> "red
shirt", "black puffy vest" -> "black vest", "black fleece" -> "black jacket", "navy windbreaker" -> "blue jacket",
"cargo shorts" -> "shorts", "blue suit pants" -> "blue pants", "white nightgown" kept;
a leafy camouflage suit, a ponytail, a beard and sunglasses are not clothing ("black helmet" is, as holdout9's).

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 9, 12, 15, 17, 25, 47, 52, 53, 65 and 84 (1-based, in file order) gained
("now",).
"""
from hand import P, V, W

HOLDOUT23 = [
    # ---------------------------------------------------------------- weapon
    # A stranger on a film set pointing a real pistol at an actor: a weapon in use (critical). "a real pistol"
    # "handgun" (the props locked away are no weapons); the actor a person ("on him" male); everybody else "2+"; "in his
    # 40s" 40-49; "right now" now; "Main between 5th and 6th" the 500 block; "the fake diner" no place.
    dict(written="This is set security for the movie shoot on Main between 5th and 6th. A guy who is NOT one of our actors just walked through the barricade and pointed a real pistol at the actor playing the sheriff, yelling that he ruined his life. All our prop guns are locked in the truck, this one's real. He's still holding it on him right now in front of the fake diner and everybody else is flat on the street. White guy in his 40s, grey hoodie, jeans.",
         spoken="this is set security for the movie shoot on maine between fifth and sixth a guy who is not one of our actors just walked through the barricade and pointed a real pistol at the actor playing the sheriff yelling that he ruined his life all our prop guns are locked in the truck this one's real he's still holding it on him right now in front of the fake diner and everybody else is flat on the street white guy in his forties gray hoodie jeans",
         at="2032-09-21 23:10", entities=[P(count="1", sex="male", age="40-49", clothing=["grey hoodie", "jeans"]), W("handgun"), P(count="1", sex="male"), ("now",), P(count="2+")],
         places=[("block", 500, "Main Street")], category="weapon", priority="critical"),
    # A groomsman thrown out of a wedding comes back, fires into the ceiling and points the pistol at guests: in use
    # (critical). "Now he's walking table to table" where he is (now); the bridesmaid a person; "like 120 guests" 3+;
    # "Tall, skinny" tall, thin; "blue suit pants" -> "blue pants", "white shirt" kept.
    dict(written="I'm one of the bartenders for the wedding at the Old Mill Brewery. One of the groomsmen got thrown out for grabbing a bridesmaid, and he just came back in from the parking lot with a black pistol and fired it into the ceiling over the dance floor. Now he's walking table to table pointing it at people. There's like 120 guests, half of them are under the tables. Tall, skinny, blue suit pants, white shirt, no jacket.",
         spoken="i'm one of the bartenders for the wedding at the old mill brewery one of the groomsmen got thrown out for grabbing a bridesmaid and he just came back in from the parking lot with a black pistol and fired it into the ceiling over the dance floor now he's walking table to table pointing it at people there's like a hundred and twenty guests half of them are under the tables tall skinny blue suit pants white shirt no jacket",
         at="2032-09-25 22:35", entities=[P(count="1", sex="male", height="tall", build="thin", clothing=["blue pants", "white shirt"]), P(count="1", sex="female"), W("handgun"), ("now",), P(count="3+")],
         places=[("landmark", "Old Mill Brewery")], category="weapon", priority="critical"),
    # A nephew with a hunting rifle across his lap in a Bronco at an estate sale, pointed at nobody: a weapon seen (high).
    # The late owner (dead) and "the family" (talked of) are no persons; "brown Ford Bronco" bronco; "for an hour" a
    # duration; "maybe 40 shoppers" 3+; "1120 Birch Street" the address.
    dict(written="I'm running the estate sale at 1120 Birch Street. The old man's nephew, who the family says is not supposed to be anywhere near here, has been sitting in a brown Ford Bronco at the end of the driveway for an hour with a hunting rifle across his lap, watching everybody who carries anything out. He hasn't pointed it at anybody. We've got maybe 40 shoppers in the house and on the lawn.",
         spoken="i'm running the estate sale at eleven twenty burch street the old man's nephew who the family says is not supposed to be anywhere near here has been sitting in a brown ford bronco at the end of the drive way for an hour with a hunting rifle across his lap watching everybody who carries anything out he hasn't pointed it at anybody we've got maybe forty shoppers in the house and on the lawn",
         at="2032-09-24 10:20", entities=[P(count="1", sex="male"), V(colour="brown", make="ford", model="bronco"), W("rifle"), P(count="3+")],
         places=[("address", 1120, "Birch Street")], category="weapon", priority="high"),
    # Dispatch: shots fired with a round through a house (critical; no gun seen, so no weapon, as hand's and holdout3's
    # shots). "approx 0148" the time; "a dark sedan" sedan with no colour, leaving east; "RP's son" a person; "900 blk
    # Hawthorn Ave" the block and "931 Hawthorn" the house, both places of the tip.
    dict(written="Shots fired, 900 blk Hawthorn Ave. RP heard 5-6 rounds approx 0148, then observed a dark sedan w/ no headlights leave EB at high speed. RP's son reports a round came through the siding of their residence at 931 Hawthorn, no injuries. Unk further.",
         spoken="shots fired nine hundred block hawthorne avenue r p heard five to six rounds approximately zero one forty eight then observed a dark sedan with no head lights leave east bound at high speed r p's son reports a round came through the siding of their residence at nine thirty one hawthorne no injuries unknown further",
         at="2032-09-20 01:52", entities=[("local", "2032-09-20 01:48"), V(type="sedan", direction="east"), P(count="1", sex="male")],
         places=[("block", 900, "Hawthorn Avenue"), ("address", 931, "Hawthorn Avenue")], category="weapon", priority="critical"),
    # A beekeeper slashing at a mosquito-spraying truck's window with a box cutter while the driver sits in the cab: in
    # use (critical). "box cutter" "knife" (as holdout5's); "older guy" 60-90, "red flannel shirt" -> "red shirt", bald no
    # clothing; the spraying truck "truck" (the event's vehicle); the driver a person; "Willow and 3rd" the
    # intersection, "in Millbrook" the neighbourhood.
    dict(written="The mosquito spraying truck stopped at Willow and 3rd in Millbrook and a man from the corner house ran out and is standing in front of it with a box cutter, slashing at the driver's window every time he tries to pull forward. He keeps yelling that the spray is killing his bees. The driver's locked in the cab. Bald, older guy, red flannel shirt.",
         spoken="the mosquito spraying truck stopped at willo and third in mill brook and a man from the corner house ran out and is standing in front of it with a box cutter slashing at the driver's window every time he tries to pull forward he keeps yelling that the spray is killing his bees the driver's locked in the cab bald older guy red flannel shirt",
         at="2032-09-23 20:50", entities=[V(type="truck"), P(count="1", sex="male", age="60-90", clothing=["red shirt"]), W("knife"), P(count="1", sex="male")],
         places=[("intersection", "Willow Street", "3rd Street"), ("neighbourhood", "Millbrook")], category="weapon", priority="critical"),
    # A web tip about a handgun held up to a window at a light on the Monday evening, told on the Wednesday: a weapon
    # seen days ago, high lowered to medium. "Monday evening" no time; "maroon Toyota Tacoma" tacoma with a partial
    # plate as said ("7KD"); "Thin guy, maybe 30" thin 27-33; "grey baseball cap" -> "grey cap"; "Kingsley by 4th" the
    # intersection.
    dict(written="Web tip about Monday evening. At the light on Kingsley by 4th I honked at a maroon Toyota Tacoma that sat through the whole green, and the driver held a handgun up flat against his window and mouthed something at me. I only got part of the plate, 7KD. Thin guy, maybe 30, grey baseball cap. I've been taking a different way home since.",
         spoken="web tip about monday evening at the light on kingsly by fourth i honked at a maroon toyota tacoma that sat through the whole green and the driver held a hand gun up flat against his window and mouthed something at me i only got part of the plate seven k d thin guy maybe thirty gray baseball cap i've been taking a different way home since",
         at="2032-09-22 12:40", entities=[V(colour="maroon", make="toyota", model="tacoma", plate="7KD"), P(count="1", sex="male", build="thin", age="27-33", clothing=["grey cap"]), W("handgun")],
         places=[("intersection", "Kingsley Avenue", "4th Street")], category="weapon", priority="medium"),
    # A man sharpening a hunting knife in a bus shelter and staring at passers-by, pointed at nobody: a weapon seen
    # (high). "red jacket" and "camo pants" kept, long grey hair no clothing; the kids due "in like ten minutes" (a future
    # time) "2+"; "Walnut by 5th" the intersection.
    dict(written="theres a man sitting in the bus shelter on Walnut by 5th sharpening a big hunting knife on a stone and staring at everybody who walks past. hasnt said anything to anybody yet but the middle school kids get the bus right here in like ten minutes. red jacket, camo pants, long grey hair",
         spoken="there's a man sitting in the bus shelter on wall nut by fifth sharpening a big hunting knife on a stone and staring at everybody who walks past hasn't said anything to anybody yet but the middle school kids get the bus right here in like ten minutes red jacket camo pants long gray hair",
         at="2032-09-24 07:50", entities=[P(count="1", sex="male", clothing=["red jacket", "camo pants"]), W("knife"), P(count="2+")],
         places=[("intersection", "Walnut Street", "5th Street")], category="weapon", priority="high"),

    # ---------------------------------------------------------------- fire
    # A film crew's fire effect that reached a real awning with apartments above and nobody knows who got out: a life
    # at risk (critical, as train4's fire with someone unaccounted for). The crew ("The movie people") "2+"; "anyone" no
    # person; "Main between 6th and 7th" the 600 block.
    dict(written="The movie people were doing a fire effect in the empty storefront on Main between 6th and 7th and it got away from them. The real awning is burning and the flames are climbing the front of the building. There are apartments upstairs and the lights are on up there, I don't know if anyone got out. The crew is spraying it with those little extinguishers.",
         spoken="the movie people were doing a fire effect in the empty store front on main between sixth and seventh and it got away from them the real awning is burning and the flames are climbing the front of the building there are apartments upstairs and the lights are on up there i don't know if anyone got out the crew is spraying it with those little extinguishers",
         at="2032-09-20 22:15", entities=[P(count="2+")],
         places=[("block", 600, "Main Street")], category="fire", priority="critical"),
    # The rotisserie oven in a supermarket's deli burning into the hood, the store emptying: fire, high (nobody
    # trapped). The deli staff and the shoppers are "2+"; the deli is FreshMart's.
    dict(written="FreshMart, deli manager. The big rotisserie oven just caught fire inside, the grease went up and the flames are going up into the hood and the ceiling tiles are starting to drip. The extinguisher didn't knock it down. We're pulling the alarm and getting the shoppers out the front, my deli people are already out back.",
         spoken="fresh mart deli manager the big rotisserie oven just caught fire inside the grease went up and the flames are going up into the hood and the ceiling tiles are starting to drip the extinguisher didn't knock it down we're pulling the alarm and getting the shoppers out the front my deli people are already out back",
         at="2032-09-21 14:30", entities=[P(count="2+"), P(count="2+"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="fire", priority="high"),
    # A dumpster fire sending smoke into an escape room's rooms while the staff let the groups out: fire, high (nobody
    # trapped). "a family" and the birthday party (kids) two "2+" groups; "140 Market Street" an address on a short
    # street.
    dict(written="Manager at Oakford Escape Rooms, 140 Market Street. The dumpster behind our building is on fire and the smoke is getting sucked in through the back vents into two of our rooms. We had a family in one and a kids birthday party in the other, we've unlocked both and we're walking everybody out the front. The flames are up the back wall.",
         spoken="manager at oakford escape rooms one forty market street the dumpster behind our building is on fire and the smoke is getting sucked in through the back vents into two of our rooms we had a family in one and a kids birthday party in the other we've unlocked both and we're walking everybody out the front the flames are up the back wall",
         at="2032-09-24 19:45", entities=[P(count="2+"), P(count="2+")],
         places=[("address", 140, "Market Street")], category="fire", priority="high"),
    # An attic fan motor smoking out of a gable vent, the family outside: fire, high. The husband and the kids ("2+") are
    # persons; "428 Cedar" the address.
    dict(written="There's smoke coming out of the vent at the top of our roof at 428 Cedar. The attic fan was squealing all morning and then it stopped and now there's smoke, and my husband says he can see an orange glow when he opens the attic hatch. The kids and I are out front on the grass, he's coming out.",
         spoken="there's smoke coming out of the vent at the top of our roof at four twenty eight ceder the attic fan was squealing all morning and then it stopped and now there's smoke and my husband says he can see an orange glow when he opens the attic hatch the kids and i are out front on the grass he's coming out",
         at="2032-09-22 15:10", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("address", 428, "Cedar Street")], category="fire", priority="high"),
    # A car burning on a road shoulder, the driver out: fire, high. The caller's own burning car is the event's vehicle
    # (as hand's car on fire): "silver Mazda CX-5" cx-5; "just past the QuickStop" relative; "Route 9" a street alone.
    dict(written="My car just started smoking from under the dashboard and now there's actual flames coming out the vents. I pulled onto the shoulder of Route 9 just past the QuickStop and got out, I'm okay. It's a silver Mazda CX-5 and the grass on the shoulder is really dry.",
         spoken="my car just started smoking from under the dash board and now there's actual flames coming out the vents i pulled onto the shoulder of route nine just past the quick stop and got out i'm okay it's a silver mazda c x five and the grass on the shoulder is really dry",
         at="2032-09-23 06:40", entities=[V(colour="silver", make="mazda", model="cx-5"), ("now",)],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="fire", priority="high"),
    # "Overnight" 02:00, told at 08:40: a set fire that burned itself out, fire lowered to medium (hours old, as
    # holdout21's outlet fire). "somebody" a person; the pavilion is Riverside Park's; "Saturday" no time.
    dict(written="Regatta committee. Sometime overnight somebody set fire to the cardboard boats the kids built for today's race, we had them stacked under the pavilion at Riverside Park. It's all burned down to ash and wire and the roof beams over it are charred black. It's out now, nothing's smoking.",
         spoken="regatta committee sometime overnight somebody set fire to the card board boats the kids built for today's race we had them stacked under the pavilion at riverside park it's all burned down to ash and wire and the roof beams over it are charred black it's out now nothing's smoking",
         at="2032-09-25 08:40", entities=[("local", "2032-09-25 02:00"), P(count="1")],
         places=[("landmark", "Riverside Park")], category="fire", priority="medium"),
    # Smoke up the boiler room stairs during a school volleyball game, the gym emptying: fire, high (nobody trapped;
    # children raise only a low call). The crowd and the players "2+"; the custodian a person; the gym is Oakford
    # High's.
    dict(written="We're at the volleyball game in the Oakford High gym and smoke is coming up out of the boiler room stairs by the locker rooms, it smells like burning rubber and the gym's getting hazy. The custodian went down and came back up coughing, says there's fire down there. Everybody's going out the side doors, players too.",
         spoken="we're at the volleyball game in the oakford high gym and smoke is coming up out of the boiler room stairs by the locker rooms it smells like burning rubber and the gym's getting hazy the custodian went down and came back up coughing says there's fire down there everybody's going out the side doors players too",
         at="2032-09-22 19:05", entities=[P(count="1"), P(count="2+"), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # A birth in a parked car, the baby out and blue and not crying: a life at risk (critical). The wife and the baby are
    # persons; the lot is Central Station's (St. Mary's, where they were going, is no place of the tip).
    dict(written="Please, my wife's having the baby in our car in the Central Station lot, we were trying to get to St. Mary's and she couldn't go any further. The baby just came out all the way and he's blue and he's not crying, the cord's around his neck I think. She's bleeding a lot. We're in the back row by the fence.",
         spoken="please my wife's having the baby in our car in the central station lot we were trying to get to saint mary's and she couldn't go any further the baby just came out all the way and he's blue and he's not crying the cord's around his neck i think she's bleeding a lot we're in the back row by the fence",
         at="2032-09-25 10:15", entities=[P(count="1", sex="female"), P(count="1", sex="male"), ("now",)],
         places=[("landmark", "Central Station")], category="medical", priority="critical"),
    # A film extra fallen from a fake fire escape, awake but repeating himself and bleeding from the head: an injury
    # (high, as holdout21's head struck by a keg with confusion). "maybe twelve feet" no number of a place; "Main and
    # 6th" the intersection.
    dict(written="I'm a production assistant on the movie. One of the extras fell off the fake fire escape we built on the front of the old hardware store, like twelve feet down onto the pavement. He's awake but he keeps asking what happened, over and over, and there's blood coming out of the back of his head. We haven't moved him. Main and 6th.",
         spoken="i'm a production assistant on the movie one of the extras fell off the fake fire escape we built on the front of the old hardware store like twelve feet down onto the pavement he's awake but he keeps asking what happened over and over and there's blood coming out of the back of his head we haven't moved him maine and sixth",
         at="2032-09-21 01:30", entities=[P(count="1", sex="male")],
         places=[("intersection", "Main Street", "6th Street")], category="medical", priority="high"),
    # A grandfather slumped on the bleachers at an open house and not breathing: critical. The gym teacher and
    # "somebody" running for the AED are persons; the gym is Lincoln Elementary's.
    dict(written="We're at the open house at Lincoln Elementary, in the gym. A grandpa sitting on the bleachers just slumped over onto the lady next to him and he's not breathing, his face is grey. The gym teacher has him on the floor doing compressions and somebody ran for the AED by the office.",
         spoken="we're at the open house at lincon elementary in the gym a grandpa sitting on the bleachers just slumped over onto the lady next to him and he's not breathing his face is gray the gym teacher has him on the floor doing compressions and somebody ran for the a e d by the office",
         at="2032-09-22 18:50", entities=[P(count="1", sex="male"), P(count="1", sex="female"), P(count="1"), P(count="1"), ("now",)],
         places=[("landmark", "Lincoln Elementary School")], category="medical", priority="critical"),
    # EMS: a crane rigger's fingers crushed between a load and a wall, bleeding controlled: an injury (high). "M 20s" a
    # patient's estimate (not annotated); "approx 1040" when it happened, the time; the foreman a person; "the crane
    # site on Market St next to the library" relative; "2" and "x4" no numbers of a place.
    dict(written="EMS to the crane site on Market St next to the library. M 20s, rigger, L hand caught between a swinging HVAC unit and the brick wall approx 1040, partial amputation of 2 fingertips, bleeding controlled w/ direct pressure. A&O x4, pale, c/o nausea. Foreman has the fingertips on ice.",
         spoken="e m s to the crane site on market street next to the library male twenties rigger left hand caught between a swinging h v a c unit and the brick wall approximately ten forty partial amputation of two finger tips bleeding controlled with direct pressure alert and oriented times four pale complaining of nausea foreman has the finger tips on ice",
         at="2032-09-23 10:48", entities=[P(count="1", sex="male"), ("local", "2032-09-23 10:40"), P(count="1")],
         places=[("relative", ("landmark", "Oakford Public Library"))], category="medical", priority="high"),
    # A neighbour's wrist swollen since a fall on the Friday, told on the Sunday: an injury days old, high lowered to
    # medium (judged by the fall, as holdout22's poison ivy). "Friday afternoon" no time; "she's 84" not annotated; "612
    # 7th Street" an address on a numbered street.
    dict(written="Not an emergency I don't think. My neighbor at 612 7th Street, she's 84, tripped over her garden hose Friday afternoon and her wrist is still swollen up and purple, she can't even hold her teacup. She says it's nothing and won't let me drive her anywhere. Could somebody come and look at her?",
         spoken="not an emergency i don't think my neighbor at six twelve seventh street she's eighty four tripped over her garden hose friday afternoon and her wrist is still swollen up and purple she can't even hold her tea cup she says it's nothing and won't let me drive her anywhere could somebody come and look at her",
         at="2032-09-26 11:20", entities=[P(count="1", sex="female")],
         places=[("address", 612, "7th Street")], category="medical", priority="medium"),
    # Non-native: a kitchen worker thrown back by a shock from a walk-in cooler's wiring, awake with a burned hand and
    # a racing heart: an injury (high). The coworker a person; "Elm by 9th" the intersection.
    dict(written="Hello, I call from kitchen of the Thai restaurant on Elm by 9th. My coworker he touch the wire behind the walk-in cooler and the electric throw him on the floor. Now he is awake, he talk, but his hand is black where he touch and he say his heart is going very fast and strange. We turn off the power. Please send ambulance.",
         spoken="hello i call from kitchen of the thai restaurant on elm by ninth my coworker he touch the wire behind the walk in cooler and the electric throw him on the floor now he is awake he talk but his hand is black where he touch and he say his heart is going very fast and strange we turn off the power please send ambulance",
         at="2032-09-24 16:50", entities=[P(count="1", sex="male")],
         places=[("intersection", "Elm Street", "9th Street")], category="medical", priority="high"),
    # A husband feverish for two days, now hard to wake and disoriented with a stiff neck after mosquito bites: a life
    # at risk (critical). "for two days" a duration; "1015 Hawthorn Avenue" the address, "over in Riverside" the
    # neighbourhood.
    dict(written="My husband's had a fever and a bad headache for two days, we both got eaten alive by mosquitoes at the lake last weekend. Tonight he's really hard to wake up, he doesn't know where he is and he screams when I try to bend his neck. 1015 Hawthorn Avenue over in Riverside. Please come.",
         spoken="my husband's had a fever and a bad head ache for two days we both got eaten alive by mosquitoes at the lake last weekend tonight he's really hard to wake up he doesn't know where he is and he screams when i try to bend his neck ten fifteen hawthorne avenue over in river side please come",
         at="2032-09-20 21:40", entities=[P(count="1", sex="male")],
         places=[("address", 1015, "Hawthorn Avenue"), ("neighbourhood", "Riverside")], category="medical", priority="critical"),

    # ---------------------------------------------------------------- robbery
    # A photographer's camera bag taken with a punch in a sunflower field: robbery, high (force, an injury). "Both maybe
    # 20" 2 male 17-23; "one in a red hoodie" a person of his own; "white Hyundai Elantra" elantra; "Old Mill Road by
    # Pine" the intersection; "toward 1st" a street alone.
    dict(written="I do portrait shoots at the sunflower field on Old Mill Road by Pine. Two guys came up behind me in the rows, one yanked my camera bag off my shoulder and when I hung on the other one punched me in the ear and knocked me flat. They ran to a white Hyundai Elantra on the road and drove off toward 1st. My ear's ringing and bleeding a little. Both maybe 20, one in a red hoodie.",
         spoken="i do portrait shoots at the sun flower field on old mill road by pine two guys came up behind me in the rows one yanked my camera bag off my shoulder and when i hung on the other one punched me in the ear and knocked me flat they ran to a white hyundai elantra on the road and drove off toward first my ear's ringing and bleeding a little both maybe twenty one in a red hoodie",
         at="2032-09-25 17:30", entities=[P(count="2", sex="male", age="17-23"), P(count="1", clothing=["red hoodie"]), V(colour="white", make="hyundai", model="elantra")],
         places=[("intersection", "Old Mill Road", "Pine Street")], category="robbery", priority="high"),
    # A man made to draw cash at a supermarket ATM at knifepoint: critical. "like three minutes ago" minutes ago; "short,
    # heavy" short and heavy; "black puffy vest" -> "black vest", "grey sweatpants" kept; the vestibule and the lot are
    # FreshMart's; "toward 8th" a street alone.
    dict(written="A guy with a knife just made me take $400 out of the ATM at the front of the FreshMart, he kept it pressed against my side the whole time in the vestibule and then ran out through the lot toward 8th. This was like three minutes ago. Short, heavy, black puffy vest, grey sweatpants.",
         spoken="a guy with a knife just made me take four hundred dollars out of the a t m at the front of the fresh mart he kept it pressed against my side the whole time in the vestibule and then ran out through the lot toward eighth this was like three minutes ago short heavy black puffy vest gray sweatpants",
         at="2032-09-24 21:10", entities=[P(count="1", sex="male", height="short", build="heavy", clothing=["black vest", "grey sweatpants"]), W("knife"), ("ago", 3)],
         places=[("landmark", "FreshMart Supermarket")], category="robbery", priority="critical"),
    # "at like 11:40 last night" 23:40 the day before, told at 10:10: a robbery with a gun hours ago, critical lowered
    # to high. "a gun" "gun"; the roommate a person; "ski mask" kept, gone north; "Cedar and 2nd" the intersection.
    dict(written="My roommate was walking home from the bus at Cedar and 2nd at like 11:40 last night when a guy in a ski mask stuck a gun in his ribs and made him empty his pockets. Phone, wallet, headphones, all of it. The guy walked away north on 2nd like he wasn't even worried. My roommate didn't want to report it so I'm doing it.",
         spoken="my room mate was walking home from the bus at ceder and second at like eleven forty last night when a guy in a ski mask stuck a gun in his ribs and made him empty his pockets phone wallet head phones all of it the guy walked away north on second like he wasn't even worried my room mate didn't want to report it so i'm doing it",
         at="2032-09-20 10:10", entities=[P(count="1", sex="male"), ("local", "2032-09-19 23:40"), P(count="1", sex="male", clothing=["ski mask"], direction="north"), W("gun")],
         places=[("intersection", "Cedar Street", "2nd Street")], category="robbery", priority="high"),
    # An electric skateboard taken from a boy with a punch: robbery, high. The son, "Two bigger kids" 2, "one had a
    # green beanie" and "the other one's tall" persons of their own; the basketball courts are Maple Square's; "toward
    # Northgate Mall" the landmark they went to, a place of the tip.
    dict(written="Two bigger kids just knocked my son off his electric skateboard by the basketball courts in Maple Square, one of them punched him in the nose, and they rode off on it toward Northgate Mall. His nose won't stop bleeding. One had a green beanie, the other one's tall with braces.",
         spoken="two bigger kids just knocked my son off his electric skate board by the basketball courts in maple square one of them punched him in the nose and they rode off on it toward north gate mall his nose won't stop bleeding one had a green beanie the other one's tall with braces",
         at="2032-09-22 15:35", entities=[P(count="2"), P(count="1", sex="male"), P(count="1", clothing=["green beanie"]), P(count="1", height="tall"), ("now",)],
         places=[("landmark", "Maple Square"), ("landmark", "Northgate Mall")], category="robbery", priority="high"),
    # "Around 9 this morning" 09:00, told at 16:40: a cash tin kept by twisting a potter's wrist, more than six hours
    # old, robbery lowered to medium. "a man" a person; "all day" a duration; "44 Station Road" an address on a short
    # street.
    dict(written="I had my pottery studio open for the Open Studios tour at 44 Station Road. Around 9 this morning a man asked to use the bathroom, came back out with my cash tin under his jacket, and when I blocked the door he twisted my wrist until I let go of him. I was alone with customers all day so I'm only calling now. My wrist is purple.",
         spoken="i had my pottery studio open for the open studios tour at forty four station road around nine this morning a man asked to use the bath room came back out with my cash tin under his jacket and when i blocked the door he twisted my wrist until i let go of him i was alone with customers all day so i'm only calling now my wrist is purple",
         at="2032-09-26 16:40", entities=[("local", "2032-09-26 09:00"), P(count="1", sex="male")],
         places=[("address", 44, "Station Road")], category="robbery", priority="medium"),
    # Dispatch: a liquor store held up with a revolver: critical. "approx 2155" the time; "B/M and W/M late teens" 2 male
    # 17-19; "silver revolver" "handgun"; "black Honda Accord" accord, south, with a partial plate as said ("6LP");
    # "Kingsley Ave & 2nd" the intersection.
    dict(written="Armed robbery, liquor store at Kingsley Ave & 2nd, approx 2155. 2 susp, B/M and W/M late teens, one displayed a silver revolver, took register cash and 2 bottles of vodka. Fled in a black Honda Accord, partial plate 6LP, SB on 2nd.",
         spoken="armed robbery liquor store at kingsley avenue and second approximately twenty one fifty five two suspects black male and white male late teens one displayed a silver revolver took register cash and two bottles of vodka fled in a black honda accord partial plate six l p south bound on second",
         at="2032-09-23 22:00", entities=[("local", "2032-09-23 21:55"), P(count="2", sex="male", age="17-19"), W("handgun"), V(colour="black", make="honda", model="accord", plate="6LP", direction="south")],
         places=[("intersection", "Kingsley Avenue", "2nd Street")], category="robbery", priority="critical"),

    # ---------------------------------------------------------------- assault
    # A film crew member whose head was slammed into a truck's liftgate, unconscious and seizing: a life at risk
    # (critical). The grip who did it and the crew member are persons; "A couple of the drivers" 2; "the lot behind the
    # Grand Cinema" relative.
    dict(written="Base camp for the movie, the lot behind the Grand Cinema. Two of our crew got into it over a parking spot and the bigger one, a grip, got the other guy in a headlock and drove his head into the steel liftgate of the camera truck. He dropped and now he's twitching and jerking all over and won't answer. A couple of the drivers are holding the grip against the trailer.",
         spoken="base camp for the movie the lot behind the grand cinema two of our crew got into it over a parking spot and the bigger one a grip got the other guy in a headlock and drove his head into the steel lift gate of the camera truck he dropped and now he's twitching and jerking all over and won't answer a couple of the drivers are holding the grip against the trailer",
         at="2032-09-20 19:40", entities=[P(count="1", sex="male"), P(count="1", sex="male"), P(count="2")],
         places=[("relative", ("landmark", "Grand Cinema"))], category="assault", priority="critical"),
    # Two women at an estate sale, one bitten on the forearm and bleeding: assault, high (an injury). "Two ladies" 2
    # female; the one "in a purple raincoat" a person of her own; "now" where she is (now); "1120 Birch" the address.
    dict(written="Two ladies at the estate sale at 1120 Birch got into it over the same lamp and one of them bit the other one on the forearm, hard, it's bleeding right through the napkin we gave her. The one who bit is out on the front lawn now in a purple raincoat and she won't leave. I'm one of the sale helpers.",
         spoken="two ladies at the estate sale at eleven twenty birch got into it over the same lamp and one of them bit the other one on the forearm hard it's bleeding right through the napkin we gave her the one who bit is out on the front lawn now in a purple rain coat and she won't leave i'm one of the sale helpers",
         at="2032-09-25 10:30", entities=[P(count="2", sex="female"), P(count="1", clothing=["purple raincoat"]), ("now",)],
         places=[("address", 1120, "Birch Street")], category="assault", priority="high"),
    # Four kids kicking a boy curled on a skate park ramp "right now": assault, high (an injury; the boy is the victim,
    # as holdout22's belt). "Four kids" 4; "He's maybe 13" a victim's estimate (not annotated); "behind the Community
    # Pool" relative.
    dict(written="Four kids are beating up one kid at the skate park behind the Community Pool right now. He's curled up on the bottom of the ramp and they keep kicking him and filming it on their phones. He's maybe 13. I'm across the fence, they won't listen to me.",
         spoken="four kids are beating up one kid at the skate park behind the community pool right now he's curled up on the bottom of the ramp and they keep kicking him and filming it on their phones he's maybe thirteen i'm across the fence they won't listen to me",
         at="2032-09-21 17:50", entities=[P(count="4"), P(count="1", sex="male"), ("now",)],
         places=[("relative", ("landmark", "Community Pool"))], category="assault", priority="high"),
    # A glassblower shoved against his own furnace door by a customer, his forearm burned: assault, high (an injury).
    # The glassblower and the customer ("grey ponytail" no clothing, "black fleece" -> "black jacket") are persons;
    # "52 Station Road" an address on a short street and "in the Station Quarter" the neighbourhood; "Open Studios" no place.
    dict(written="I'm at the glass studio at 52 Station Road in the Station Quarter, on the Open Studios tour. A customer started arguing with the glassblower about the price of a vase, and when he wouldn't come down the guy shoved him back against the open furnace door. His forearm is burned bad, it's blistering up already. The customer's out front in the driveway now. Grey ponytail, black fleece.",
         spoken="i'm at the glass studio at fifty two station road in the station quarter on the open studios tour a customer started arguing with the glass blower about the price of a vase and when he wouldn't come down the guy shoved him back against the open furnace door his forearm is burned bad it's blistering up already the customer's out front in the drive way now gray pony tail black fleece",
         at="2032-09-26 13:20", entities=[P(count="1", sex="male", clothing=["black jacket"]), P(count="1", sex="male"), ("now",)],
         places=[("address", 52, "Station Road"), ("neighbourhood", "Station Quarter")], category="assault", priority="high"),
    # "yesterday around 4" 16:00 the day before, told at 08:45: a full soda thrown from a Jeep into a girl's face, an
    # assault more than six hours old, high lowered to medium. The daughter a person; "a white Jeep" white jeep (no type
    # word); "boys" in it "2+" ("Somebody", one of them, adds nothing); "Pine between 2nd and 3rd" the 200 block.
    dict(written="Somebody threw a full cup of soda out of a white Jeep with the top off at my daughter yesterday around 4 while she was walking home on Pine between 2nd and 3rd. It hit her right in the face, her eye was red and swollen all night. There were boys in it laughing. I want the police to know about that Jeep before somebody gets hurt worse.",
         spoken="somebody threw a full cup of soda out of a white jeep with the top off at my daughter yesterday around four while she was walking home on pine between second and third it hit her right in the face her eye was red and swollen all night there were boys in it laughing i want the police to know about that jeep before somebody gets hurt worse",
         at="2032-09-23 08:45", entities=[V(colour="white", make="jeep"), P(count="1", sex="female"), ("local", "2032-09-22 16:00"), P(count="2+", sex="male")],
         places=[("block", 200, "Pine Street")], category="assault", priority="medium"),
    # A boy pushed down bleacher steps after the Friday game, told on the Sunday: an injury days old, high lowered to
    # medium. "Friday" and "the 4 o'clock game" (a schedule) no times; the son and "an older boy" persons; the bleachers
    # are Oakford High's.
    dict(written="I want to report something from the 4 o'clock football game at Oakford High on Friday. An older boy pushed my son down the bleacher steps on purpose on the way out, he chipped his front tooth and his back is black and blue. We know his name. I didn't want to call during the weekend.",
         spoken="i want to report something from the four o'clock football game at oakford high on friday an older boy pushed my son down the bleacher steps on purpose on the way out he chipped his front tooth and his back is black and blue we know his name i didn't want to call during the week end",
         at="2032-09-26 14:15", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("landmark", "Oakford High School")], category="assault", priority="medium"),

    # ---------------------------------------------------------------- burglary
    # Two people inside a film company's wardrobe trailer "right now": burglary, medium raised to high (a locked
    # structure, as holdout22's signal shed). "a van" van ("dark colored" no colour), no plate; "the lot behind the
    # Grand Cinema" relative.
    dict(written="Night security for the movie's base camp in the lot behind the Grand Cinema. Somebody cut the lock on the wardrobe trailer and there's two people in there with a flashlight right now, I can see them dragging racks of costumes to the door. There's a van backed up to the steps with the side door open, dark colored, no plate on the back.",
         spoken="night security for the movie's base camp in the lot behind the grand cinema somebody cut the lock on the wardrobe trailer and there's two people in there with a flash light right now i can see them dragging racks of costumes to the door there's a van backed up to the steps with the side door open dark colored no plate on the back",
         at="2032-09-21 02:40", entities=[P(count="2"), ("now",), V(type="van")],
         places=[("relative", ("landmark", "Grand Cinema"))], category="burglary", priority="high"),
    # A school music room entered "over the weekend", found on the Monday morning: hours old, burglary lowered to low.
    # "Friday at 5" a closing, no time; nobody seen, so no person; the music room is Lincoln Elementary's.
    dict(written="Custodian at Lincoln Elementary. When I opened up this morning the window of the music room was smashed in from outside, and the iPad cart and two of the electric keyboards are gone. It happened sometime over the weekend, I locked that room myself Friday at 5.",
         spoken="custodian at lincoln elementary when i opened up this morning the window of the music room was smashed in from outside and the i pad cart and two of the electric keyboards are gone it happened sometime over the week end i locked that room myself friday at five",
         at="2032-09-20 06:50", entities=[],
         places=[("landmark", "Lincoln Elementary School")], category="burglary", priority="low"),
    # A man in a neighbour's garage rolling a snowblower to a trailer "right now": burglary, medium raised to high. The
    # neighbours (at work, away) are no persons; "heavy guy" heavy, "orange t-shirt" kept, "cargo shorts" -> "shorts";
    # "a grey pickup" grey pickup; "1036 Maple Avenue" the address.
    dict(written="There's a man inside my neighbors garage at 1036 Maple Avenue right now. The door's up halfway and he's rolling their snowblower out under it to a trailer hooked on a grey pickup. They're both at work, I know they didn't sell it. Heavy guy, orange t-shirt, cargo shorts.",
         spoken="there's a man inside my neighbors garage at ten thirty six maple avenue right now the door's up halfway and he's rolling their snow blower out under it to a trailer hooked on a gray pick up they're both at work i know they didn't sell it heavy guy orange t shirt cargo shorts",
         at="2032-09-23 13:10", entities=[P(count="1", sex="male", build="heavy", clothing=["orange t-shirt", "shorts"]), ("now",), V(colour="grey", type="pickup")],
         places=[("address", 1036, "Maple Avenue")], category="burglary", priority="high"),
    # "Overnight" 02:00, told at 07:30: a church office pried and a supper's cash box taken, burglary, medium (under six
    # hours). "Somebody" a person; "$1,400" no address; "last night's supper" no time; "120 Church Street" an address on a
    # short street.
    dict(written="I'm the treasurer at First Methodist, 120 Church Street. Somebody pried the office door overnight and the cash box from last night's harvest supper is gone, about $1,400. They didn't touch anything else, not even the laptop sitting right there.",
         spoken="i'm the treasurer at first methodist one twenty church street somebody pried the office door overnight and the cash box from last night's harvest supper is gone about fourteen hundred dollars they didn't touch anything else not even the lap top sitting right there",
         at="2032-09-24 07:30", entities=[P(count="1"), ("local", "2032-09-24 02:00")],
         places=[("address", 120, "Church Street")], category="burglary", priority="medium"),
    # An alarm company's back-door and lobby signals at 03:12: burglary, medium raised to high (a said time within 15
    # minutes). "0312 hrs" the time; the keyholder (on the way, not there) no person; "ETA 15 min" a duration; "140
    # Market St" the address.
    dict(written="Monitoring center calling. Oakford Escape Rooms, 140 Market St: back door opened at 0312 hrs, then the lobby motion sensor. Nobody's answering the premises phone. Keyholder is on the way, ETA 15 min. Nothing on audio or video.",
         spoken="monitoring center calling oakford escape rooms one forty market street back door opened at zero three twelve hours then the lobby motion sensor nobody's answering the premises phone key holder is on the way e t a fifteen minutes nothing on audio or video",
         at="2032-09-22 03:17", entities=[("local", "2032-09-22 03:12")],
         places=[("address", 140, "Market Street")], category="burglary", priority="high"),
    # A house found entered on coming home from an art tour, no time said: burglary, medium. The wife a person, the
    # grandmother (not there) no person; "815 Elm" the address.
    dict(written="We just got home from the Open Studios tour and our back door's been kicked in at 815 Elm. The TV's gone off the wall and every drawer in the bedroom is dumped out on the bed. My wife's going through her jewelry box for her grandmother's rings. We haven't touched anything else.",
         spoken="we just got home from the open studios tour and our back door's been kicked in at eight fifteen elm the t v's gone off the wall and every drawer in the bed room is dumped out on the bed my wife's going through her jewelry box for her grandmother's rings we haven't touched anything else",
         at="2032-09-26 17:55", entities=[P(count="1", sex="female")],
         places=[("address", 815, "Elm Street")], category="burglary", priority="medium"),

    # ---------------------------------------------------------------- theft
    # Three women cutting sunflowers into buckets and loading a van "right now" without paying: theft, medium raised to
    # high. "white Ford Transit van" transit (no type: the model describes it) with a partial plate as said ("4TWJ8");
    # "Massachusetts" no place; "Old Mill Road and Pine" the intersection.
    dict(written="Three women are in our sunflower field at Old Mill Road and Pine right now cutting the flowers with garden shears into buckets and loading them into a white Ford Transit van. They walked right past the honor box. Massachusetts plate, 4TWJ8 and then something, I can't see the last one.",
         spoken="three women are in our sunflower field at old meal road and pine right now cutting the flowers with garden shears into buckets and loading them into a white ford transit van they walked right past the honor box massachusetts plate four t w j eight and then something i can't see the last one",
         at="2032-09-25 16:20", entities=[P(count="3", sex="female"), ("now",), V(colour="white", make="ford", model="transit", plate="4TWJ8")],
         places=[("intersection", "Old Mill Road", "Pine Street")], category="theft", priority="high"),
    # "overnight" 02:00, told at 07:10 (five hours): a light bar taken off a prop police car, theft, medium. The prop
    # police cars are cars in general; "somebody" a person; "Main between 5th and 6th" the 500 block.
    dict(written="Transportation captain for the film. Somebody took the light bar and the spotlight right off one of our fake police cars overnight, they're parked on Main between 5th and 6th for tonight's scene. They're props but they're worth about $3,000 and we need them by 6 tonight.",
         spoken="transportation captain for the film somebody took the light bar and the spot light right off one of our fake police cars overnight they're parked on main between fifth and sixth for tonight's scene they're props but they're worth about three thousand dollars and we need them by six tonight",
         at="2032-09-21 07:10", entities=[P(count="1"), ("local", "2032-09-21 02:00")],
         places=[("block", 500, "Main Street")], category="theft", priority="medium"),
    # A girl's bike taken from a school rack during an open house, found gone "about twenty minutes ago": theft, medium.
    # "purple Schwinn" purple bicycle (Schwinn no make, as holdout22's Cannondale); the daughter and "somebody" persons;
    # the rack is Lincoln Elementary's.
    dict(written="Somebody cut the cable lock and took my daughter's bike from the rack by the front doors of Lincoln Elementary during the open house. We came out about twenty minutes ago and it was just gone, cut lock on the ground. Purple Schwinn with white tires and a basket.",
         spoken="somebody cut the cable lock and took my daughter's bike from the rack by the front doors of lincoln elementary during the open house we came out about twenty minutes ago and it was just gone cut lock on the ground purple schwinn with white tires and a basket",
         at="2032-09-22 19:50", entities=[P(count="1"), P(count="1", sex="female"), ("ago", 20), V(colour="purple", type="bicycle")],
         places=[("landmark", "Lincoln Elementary School")], category="theft", priority="medium"),
    # "about 20 minutes ago": a framed painting carried out of an open studio without paying, theft, medium. The man
    # ("tall" tall, "grey beard" no clothing, "tan raincoat" kept) a person; "$900" no address; the artist is the
    # caller; "36 Station Road" an address on a short street.
    dict(written="Open Studios, I'm the painter at 36 Station Road. A tall man with a grey beard took one of my framed paintings right off the wall about 20 minutes ago and just walked out with it under his tan raincoat while I was talking to a couple. It was $900. I didn't see which way he went.",
         spoken="open studios i'm the painter at thirty six station road a tall man with a gray beard took one of my framed paintings right off the wall about twenty minutes ago and just walked out with it under his tan rain coat while i was talking to a couple it was nine hundred dollars i didn't see which way he went",
         at="2032-09-26 12:10", entities=[P(count="1", sex="male", height="tall", clothing=["tan raincoat"]), ("ago", 20), P(count="2")],
         places=[("address", 36, "Station Road")], category="theft", priority="medium"),
    # A man and a boy loading a crane job's traffic barrels into a Jeep "right now": theft, medium raised to high (the
    # boy is doing the taking, no child at risk). "red Jeep Cherokee" cherokee; "Market Street at Main" the
    # intersection.
    dict(written="Somebody's walking off with the orange traffic barrels from the crane job on Market Street at Main. A man and a boy are loading them into the back of a red Jeep Cherokee right now, that's four already. The crane crew's on lunch.",
         spoken="somebody's walking off with the orange traffic barrels from the crane job on market street at maine a man and a boy are loading them into the back of a red jeep cherokee right now that's four already the crane crew's on lunch",
         at="2032-09-23 12:15", entities=[P(count="1", sex="male"), P(count="1", sex="male"), V(colour="red", make="jeep", model="cherokee"), ("now",), P(count="2+")],
         places=[("intersection", "Market Street", "Main Street")], category="theft", priority="high"),
    # A copper rain chain and feeders taken "sometime Saturday night", told on the Sunday morning: hours old, theft
    # lowered to low. "Somebody" a person; "this month" no time; "232 Willow" the address.
    dict(written="Somebody took the copper rain chain right off my gutter and both of my hummingbird feeders sometime Saturday night. 232 Willow. It's the third house on this street this month that's had copper stuff taken.",
         spoken="somebody took the copper rain chain right off my gutter and both of my humming bird feeders sometime saturday night two thirty two willo it's the third house on this street this month that's had copper stuff taken",
         at="2032-09-26 09:00", entities=[P(count="1")],
         places=[("address", 232, "Willow Street")], category="theft", priority="low"),
    # A web report of garden plots picked clean night after night since Labor Day (a habit): theft, low. "since about
    # Labor Day" no time; "somebody" a person; "Oak and 10th" the intersection.
    dict(written="Web report: Since about Labor Day somebody has been coming into the community garden at Oak and 10th at night and stripping the plots, whole rows of tomatoes and peppers and squash gone by morning. A lot of us are retired and we grow this to eat. Can a patrol car go by at night?",
         spoken="web report since about labor day somebody has been coming into the community garden at oak and tenth at night and stripping the plots whole rows of tomatoes and peppers and squash gone by morning a lot of us are retired and we grow this to eat can a patrol car go by at night",
         at="2032-09-22 10:45", entities=[P(count="1")],
         places=[("intersection", "Oak Street", "10th Street")], category="theft", priority="low"),

    # ---------------------------------------------------------------- traffic
    # A car through a film set's barricade into an extra, thrown onto the hood, his leg bent: traffic, high. "silver
    # Nissan Rogue" rogue; the extra and the driver are persons; "Main by 7th" the intersection.
    dict(written="A car just blew through the barricade at the movie shoot on Main by 7th and hit one of the extras standing in the street. He got thrown across the hood and landed in the street, he's awake but his shin is snapped, you can see it's not straight. Silver Nissan Rogue, it stopped at the end of the block and the driver's just sitting in it.",
         spoken="a car just blew through the barricade at the movie shoot on maine by seventh and hit one of the extras standing in the street he got thrown across the hood and landed in the street he's awake but his shin is snapped you can see it's not straight silver nissan rogue it stopped at the end of the block and the driver's just sitting in it",
         at="2032-09-20 23:40", entities=[V(colour="silver", make="nissan", model="rogue"), P(count="1", sex="male"), P(count="1"), ("now",)],
         places=[("intersection", "Main Street", "7th Street")], category="traffic", priority="high"),
    # A cement truck into a small car's driver side, the driver slumped, snoring and not answering: a life at risk
    # (critical). "A cement truck" truck; "a little white Honda Fit" fit; the lady a person; "Pine and 7th" the
    # intersection; "the Market Street job" no place.
    dict(written="Bad crash at Pine and 7th, a cement truck from the Market Street job ran the light and hit a little white Honda Fit right in the driver's door. The door's pushed in almost to the middle and the lady driving is slumped over and not answering us, she's making a snoring sound. Please hurry.",
         spoken="bad crash at pine and seventh a cement truck from the market street job ran the light and hit a little white honda fit right in the driver's door the door's pushed in almost to the middle and the lady driving is slumped over and not answering us she's making a snoring sound please hurry",
         at="2032-09-23 07:55", entities=[V(type="truck"), V(colour="white", make="honda", model="fit"), P(count="1", sex="female")],
         places=[("intersection", "Pine Street", "7th Street")], category="traffic", priority="critical"),
    # A tractor with no lights on a dark road, no time said: traffic, medium (a present progressive lifts only a low
    # call). The tractor and its wagon are no vehicles of the vocabulary (as holdout15's); "past the Old Mill Brewery"
    # relative; "Old Mill Road" a street alone; the cars coming up on it are cars in general.
    dict(written="There's a farm tractor hauling a wagon full of squash along Old Mill Road just past the Old Mill Brewery with no lights and no flashers at all, and it's almost dark out. Cars are coming up on it fast around the bend and swerving at the last second.",
         spoken="there's a farm tractor hauling a wagon full of squash along old mill road just past the old mill brewery with no lights and no flashers at all and it's almost dark out cars are coming up on it fast around the bend and swerving at the last second",
         at="2032-09-26 18:40", entities=[],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="traffic", priority="medium"),
    # "last night around 11:45" 23:45 the day before, told at 08:30: a parked car sideswiped and left, hours old,
    # traffic lowered to low. "dark red Dodge Durango" red durango with a partial plate as said ("LMX"); the caller's car
    # no vehicle (as holdout22); "somebody" the driver a person; "in front of 517 Oak Street" relative to the address.
    dict(written="Somebody sideswiped my car parked in front of 517 Oak Street last night around 11:45 and just kept going, my doorbell camera caught it. It looks like a dark red Dodge Durango, the plate starts with L M X, the rest is a blur. My whole driver side is scraped down to the metal and the mirror's hanging by the wires.",
         spoken="somebody side swiped my car parked in front of five seventeen oak street last night around eleven forty five and just kept going my door bell camera caught it it looks like a dark red dodge durango the plate starts with l m x the rest is a blur my whole driver side is scraped down to the metal and the mirror's hanging by the wires",
         at="2032-09-21 08:30", entities=[P(count="1"), ("local", "2032-09-20 23:45"), V(colour="red", make="dodge", model="durango", plate="LMX")],
         places=[("relative", ("address", 517, "Oak Street"))], category="traffic", priority="low"),
    # A car driving the wrong way "right now": traffic, medium raised to high. "white Subaru Forester" forester with
    # its plate read with a word for a letter (WKR5520); "older lady" female 60-90; "by the QuickStop" relative and
    # "toward downtown" the neighbourhood it heads for (as holdout6's); "Route 9" a street alone.
    dict(written="There's a car going the wrong way on Route 9 right now, in the passing lane, it just went by the QuickStop headed toward downtown with everybody flashing their lights at it. White Subaru Forester, older lady driving I think. Plate W as in William K R 5520. I pulled over, I'm shaking.",
         spoken="there's a car going the wrong way on route nine right now in the passing lane it just went by the quick stop headed toward downtown with everybody flashing their lights at it white subaru forester older lady driving i think plate w as in william k r five five two zero i pulled over i'm shaking",
         at="2032-09-24 17:25", entities=[("now",), V(colour="white", make="subaru", model="forester", plate="WKR5520"), P(count="1", sex="female", age="60-90")],
         places=[("relative", ("landmark", "QuickStop Gas")), ("neighbourhood", "Downtown")], category="traffic", priority="high"),
    # A film crew's cable ramps and camera track left across a street after a night shoot, no time said: traffic,
    # medium (a hazard). The crew (gone) no persons; the cars bottoming out are cars in general; "Main by 6th" the
    # intersection.
    dict(written="The movie people wrapped and left their big rubber cable ramps and a whole length of camera track lying across Main by 6th. Cars are hitting it at full speed in the dark, one just bounced so hard its bumper came off and it's lying in the lane. Somebody needs to get this stuff out of the road.",
         spoken="the movie people wrapped and left their big rubber cable ramps and a whole length of camera track lying across maine by sixth cars are hitting it at full speed in the dark one just bounced so hard its bumper came off and it's lying in the lane somebody needs to get this stuff out of the road",
         at="2032-09-22 04:40", entities=[("now",)],
         places=[("intersection", "Main Street", "6th Street")], category="traffic", priority="medium"),
    # A tractor-trailer jackknifed across a street on a crane detour, nobody hurt: traffic, medium (a hazard). "the big
    # trucks" trucks in general, the one stuck "truck"; the school buses are buses in general; "Elm onto 5th" the
    # intersection.
    dict(written="The detour for the crane on Market Street is sending the big trucks down Elm, and one just jackknifed trying to make the turn from Elm onto 5th. The trailer's across both lanes and up on the corner. Nobody's hurt, but nothing can get by and the school buses are stuck behind it.",
         spoken="the detour for the crane on market street is sending the big trucks down elm and one just jack knifed trying to make the turn from elm onto fifth the trailer's across both lanes and up on the corner nobody's hurt but nothing can get by and the school buses are stuck behind it",
         at="2032-09-23 07:15", entities=[V(type="truck"), ("now",)],
         places=[("intersection", "Elm Street", "5th Street")], category="traffic", priority="medium"),

    # ---------------------------------------------------------------- suspicious vehicle
    # A car that has followed a school bus on its afternoon route for three days, its driver watching the children get
    # off: low raised to medium for the children. "silver Acura" silver acura (no type word) with a partial plate as
    # said ("JT"); the man, the kids ("2+") and the driver are persons; "for three days" no time; "Cedar and 11th" the
    # intersection.
    dict(written="I drive the afternoon bus for Lincoln Elementary. For three days now a silver Acura has followed my bus the whole route, stopping behind me every time I put the arm out, and the man just sits there watching the kids walk to their houses. Today I got the first two letters, JT. He's behind me right now at Cedar and 11th.",
         spoken="i drive the afternoon bus for lincoln elementary for three days now a silver acura has followed my bus the whole route stopping behind me every time i put the arm out and the man just sits there watching the kids walk to their houses today i got the first two letters j t he's behind me right now at ceder and eleventh",
         at="2032-09-22 15:40", entities=[V(colour="silver", make="acura", plate="JT"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("intersection", "Cedar Street", "11th Street")], category="suspicious_vehicle", priority="medium"),
    # "1:50 in the morning" said while the pickup is there is that time: low raised to medium. "an old pickup, light
    # blue Chevy I think" blue chevrolet pickup; two flashlights, no person described; "where Old Mill Road crosses Pine" the
    # intersection; the farm stand no place of its own.
    dict(written="1:50 in the morning and somebody just drove an old pickup, light blue Chevy I think, into the sunflowers across the road from me, where Old Mill Road crosses Pine, with no headlights on. There's two flashlights poking around the farm stand where they keep the cash box. I'm watching from my kitchen window.",
         spoken="one fifty in the morning and somebody just drove an old pick up light blue chevy i think into the sunflowers across the road from me where old mill road crosses pine with no head lights on there's two flash lights poking around the farm stand where they keep the cash box i'm watching from my kitchen window",
         at="2032-09-25 01:52", entities=[("local", "2032-09-25 01:50"), P(count="1"), V(colour="blue", make="chevrolet", type="pickup")],
         places=[("intersection", "Old Mill Road", "Pine Street")], category="suspicious_vehicle", priority="medium"),
    # Dispatch: an occupied car facing an ATM vestibule "since approx 1500" (a clock time, 15:00), told at 16:40: low.
    # "silver Kia Soul" soul with its plate (2DF771); "occupied x2" 2; the customers "2+"; the caller (the store
    # manager) no person; the lot is FreshMart's.
    dict(written="Susp veh, FreshMart lot: silver Kia Soul, MA reg 2DF 771, occupied x2, parked facing the ATM vestibule since approx 1500. Occupants watching customers at the machine, have not gone in the store. RP is store mgr.",
         spoken="suspicious vehicle fresh mart lot silver kia soul massachusetts registration two d f seven seven one occupied times two parked facing the a t m vestibule since approximately fifteen hundred occupants watching customers at the machine have not gone in the store r p is store manager",
         at="2032-09-20 16:40", entities=[V(colour="silver", make="kia", model="soul", plate="2DF771"), P(count="2"), ("local", "2032-09-20 15:00"), P(count="2+")],
         places=[("landmark", "FreshMart Supermarket")], category="suspicious_vehicle", priority="low"),
    # Two cars nose to nose at a closed park's boat launch, flashing headlights ("keep flashing", going on): low raised
    # to medium. "black BMW X5" x5, "a little green hatchback" green hatchback; "somebody" a person; "at dusk" no time;
    # the boat launch is Riverside Park's.
    dict(written="Two cars have been parked nose to nose down at the boat launch in Riverside Park since they closed the park at dusk for the mosquitoes. They keep flashing their headlights and somebody walks from one to the other every few minutes. One's a black BMW X5, the other's a little green hatchback.",
         spoken="two cars have been parked nose to nose down at the boat launch in riverside park since they closed the park at dusk for the mosquitoes they keep flashing their head lights and somebody walks from one to the other every few minutes one's a black b m w x five the other's a little green hatch back",
         at="2032-09-23 22:20", entities=[V(colour="black", make="bmw", model="x5"), V(colour="green", type="hatchback"), P(count="1")],
         places=[("landmark", "Riverside Park")], category="suspicious_vehicle", priority="medium"),
    # A rental car left for two weeks with flat tires and someone sleeping in it, a state: low. "blue Toyota Corolla"
    # corolla; "somebody" a person; "two weeks" a duration, "this morning" no time; the lot is Central Station's.
    dict(written="Not urgent. There's a blue Toyota Corolla with rental company barcodes on the windows that's been in the Central Station lot for two weeks, it's got three flat tires now. Somebody's been sleeping in it, I saw a pillow and a blanket against the back window this morning.",
         spoken="not urgent there's a blue toyota corolla with rental company bar codes on the windows that's been in the central station lot for two weeks it's got three flat tires now somebody's been sleeping in it i saw a pillow and a blanket against the back window this morning",
         at="2032-09-24 13:30", entities=[V(colour="blue", make="toyota", model="corolla"), P(count="1")],
         places=[("landmark", "Central Station")], category="suspicious_vehicle", priority="low"),
    # A car with no plates following the town's mosquito sprayer, its driver filming ("has been following", going on):
    # low raised to medium. "black sedan" kept; the man a person; "the last half hour" a duration; the sprayer no
    # vehicle (no type word); "around Millbrook" the neighbourhood.
    dict(written="A black sedan with no plates has been following the town's mosquito sprayer around Millbrook for the last half hour. When the sprayer stops, it stops, and the guy driving holds his phone out the window filming the sprayer guy. Then it goes again.",
         spoken="a black sedan with no plates has been following the town's mosquito sprayer around mill brook for the last half hour when the sprayer stops it stops and the guy driving holds his phone out the window filming the sprayer guy then it goes again",
         at="2032-09-21 20:35", entities=[V(colour="black", type="sedan"), P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("neighbourhood", "Millbrook")], category="suspicious_vehicle", priority="medium"),

    # ---------------------------------------------------------------- suspicious person
    # A false film location scout going door to door ("is going", going on): low raised to medium. "tan jacket" kept,
    # curly hair and a clipboard no clothing; the neighbour a person; "He's at the yellow house now" where he is (now);
    # "$500" no address; "Oak between 4th and 5th" the 400 block.
    dict(written="A man is going door to door on Oak between 4th and 5th saying he's a location scout for the movie and wants to come in and photograph every room, he offered my neighbor $500 cash to use her house. I called the number on the production flyer and they said they don't have anybody out scouting. Curly hair, tan jacket, clipboard. He's at the yellow house now.",
         spoken="a man is going door to door on oak between fourth and fifth saying he's a location scout for the movie and wants to come in and photograph every room he offered my neighbor five hundred dollars cash to use her house i called the number on the production flyer and they said they don't have anybody out scouting curly hair tan jacket clip board he's at the yellow house now",
         at="2032-09-20 14:20", entities=[P(count="1", sex="male", clothing=["tan jacket"]), P(count="1", sex="female"), ("now",)],
         places=[("block", 400, "Oak Street")], category="suspicious_person", priority="medium"),
    # A man in a car offering boys vapes to ride with him at a skate park: child luring (high). "like 15 minutes ago"
    # minutes ago; "grey Nissan Altima" altima; the son and the boys ("2+") persons; "My son's 12" not annotated; bald
    # and sunglasses no clothing; "next to the Community Pool" relative.
    dict(written="My son's 12. He's back from the skate park next to the Community Pool and says a man in a grey Nissan Altima keeps pulling up and offering the boys free vapes if they'll get in and go for a ride with him. He was there again like 15 minutes ago. Bald, big sunglasses. My son says he's come three days in a row.",
         spoken="my son's twelve he's back from the skate park next to the community pool and says a man in a gray nissan altima keeps pulling up and offering the boys free vapes if they'll get in and go for a ride with him he was there again like fifteen minutes ago bald big sunglasses my son says he's come three days in a row",
         at="2032-09-25 11:40", entities=[P(count="1", sex="male"), P(count="1", sex="male"), V(colour="grey", make="nissan", model="altima"), P(count="2+"), ("ago", 15)],
         places=[("relative", ("landmark", "Community Pool"))], category="suspicious_person", priority="high"),
    # Someone in a camouflage suit crawling along a treeline behind houses "about five minutes ago": low raised to
    # medium. "somebody" (no sex said) a person; the ghillie suit no clothing of the vocabulary; "Birch and 2nd" the
    # intersection.
    dict(written="I know it's bow season but there's somebody in one of those full leafy camo suits crawling along the tree line behind the houses at Birch and 2nd. About five minutes ago they were right up at my neighbor's back deck, then they went flat in the grass. It's getting dark and there's no woods back there to hunt in.",
         spoken="i know it's bow season but there's somebody in one of those full leafy camo suits crawling along the tree line behind the houses at burch and second about five minutes ago they were right up at my neighbor's back deck then they went flat in the grass it's getting dark and there's no woods back there to hunt in",
         at="2032-09-21 19:05", entities=[P(count="1"), ("ago", 5)],
         places=[("intersection", "Birch Street", "2nd Street")], category="suspicious_person", priority="medium"),
    # "it's after 3 in the morning" said during the event: 03:00, within 15 minutes, low raised to medium. "a white
    # nightgown" -> "white nightgown"; "Maple Ave by 10th" the intersection.
    dict(written="There's a woman in a white nightgown walking down the middle of Maple Ave by 10th trying the front doors on every porch and looking in the windows, and it's just after 3 in the morning. She didn't answer me when I called out from my porch. She might be sleepwalking or high, I don't know.",
         spoken="there's a woman in a white night gown walking down the middle of maple avenue by tenth trying the front doors on every porch and looking in the windows and it's just after three in the morning she didn't answer me when i called out from my porch she might be sleep walking or high i don't know",
         at="2032-09-22 03:05", entities=[P(count="1", sex="female", clothing=["white nightgown"]), ("local", "2032-09-22 03:00")],
         places=[("intersection", "Maple Avenue", "10th Street")], category="suspicious_person", priority="medium"),
    # "Around 12:30 last night" after midnight, the same date (00:30), told at 08:30: a back door tried and a man gone
    # through the yards, low. "white baseball cap" -> "white cap"; "1176 Willow" the address; "toward 12th" a street
    # alone.
    dict(written="Around 12:30 last night somebody tried our back door handle at 1176 Willow. The motion light came on and I saw a guy in a white baseball cap take off through the backyards toward 12th. Nothing's missing. Just want it on file, two other people on the street said the same thing happened to them.",
         spoken="around twelve thirty last night somebody tried our back door handle at eleven seventy six willow the motion light came on and i saw a guy in a white baseball cap take off through the back yards toward twelfth nothing's missing just want it on file two other people on the street said the same thing happened to them",
         at="2032-09-24 08:30", entities=[("local", "2032-09-24 00:30"), P(count="1", sex="male", clothing=["white cap"])],
         places=[("address", 1176, "Willow Street")], category="suspicious_person", priority="low"),
    # A man with a gas can following shoppers to their cars for money ("is going", going on): low raised to medium.
    # "red Carhartt jacket" -> "red jacket"; the lady a person; the lot is Northgate Mall's.
    dict(written="Mall security. There's a guy going car to car in the Northgate Mall lot with an empty gas can saying he ran out of gas and needs money, and when people say no he gets in their face. He just followed a lady all the way to her car and stood at her window until she drove off. Red Carhartt jacket, no hat.",
         spoken="mall security there's a guy going car to car in the north gate mall lot with an empty gas can saying he ran out of gas and needs money and when people say no he gets in their face he just followed a lady all the way to her car and stood at her window until she drove off red carhartt jacket no hat",
         at="2032-09-24 14:50", entities=[P(count="1", sex="male", clothing=["red jacket"]), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="suspicious_person", priority="medium"),

    # ---------------------------------------------------------------- drugs
    # A woman pushing an empty stroller around a square, handing things from under its blanket for cash ("keeps
    # doing", going on): low raised to medium. The people falling into step "2+"; "grey hoodie" and "pink sneakers"
    # kept; "Twelve laps" no number of a place; "since I sat down" no time; the paths are Maple Square's.
    dict(written="There's a woman pushing a stroller with no baby in it who keeps doing laps of Maple Square. People fall into step next to her for a few seconds, she reaches under the blanket and hands them something, and they slip her cash. Twelve laps since I sat down with my coffee. Grey hoodie, pink sneakers.",
         spoken="there's a woman pushing a stroller with no baby in it who keeps doing laps of maple square people fall into step next to her for a few seconds she reaches under the blanket and hands them something and they slip her cash twelve laps since i sat down with my coffee gray hoodie pink sneakers",
         at="2032-09-21 13:20", entities=[P(count="1", sex="female", clothing=["grey hoodie", "pink sneakers"]), P(count="2+")],
         places=[("landmark", "Maple Square")], category="drugs", priority="medium"),
    # No place (the caller's building is not named). A web tip about a chemical smell every night after midnight (a
    # habit): low. The man downstairs a person; "after midnight" part of the habit and "Last week" no times.
    dict(written="Web tip: The apartment under mine stinks of ammonia and nail polish remover every night after midnight, it comes up through the floor vents. Last week I found a pile of empty cold medicine boxes and rubber tubing in our shared trash. The guy who lives there has burns all over his hands and I'm worried about the building.",
         spoken="web tip the apartment under mine stinks of ammonia and nail polish remover every night after midnight it comes up through the floor vents last week i found a pile of empty cold medicine boxes and rubber tubing in our shared trash the guy who lives there has burns all over his hands and i'm worried about the building",
         at="2032-09-23 10:30", entities=[P(count="1", sex="male")],
         places=[], category="drugs", priority="low"),
    # Dispatch: a woman handing to juveniles at a bus shelter, ongoing (no time said): low raised to medium for the
    # children. "W/F 30s" female 30-39; "several juveniles" 3+; the bus driver is the caller (RP); "Elm St & 4th" the
    # intersection.
    dict(written="Narcotics activity, bus shelter at Elm St & 4th. RP is a bus driver, observed a W/F 30s doing hand-to-hand with several juveniles from the bench, ongoing. Susp has a pink backpack and grey sweatshirt.",
         spoken="narcotics activity bus shelter at elm street and fourth r p is a bus driver observed a white female thirties doing hand to hand with several juveniles from the bench ongoing suspect has a pink back pack and gray sweatshirt",
         at="2032-09-24 15:15", entities=[P(count="1", sex="female", age="30-39", clothing=["pink backpack", "grey sweatshirt"]), P(count="3+")],
         places=[("intersection", "Elm Street", "4th Street")], category="drugs", priority="medium"),
    # Two men selling from a car at a school football game "right now", one with a gun in his waistband: drugs with a
    # weapon seen (high, as holdout14's and holdout22's dealers). "black Audi A4" a4; "a gun" "gun"; the kids "2+"; the
    # lot is Oakford High's.
    dict(written="Two guys are selling out of a black Audi A4 in the Oakford High lot during the game right now, kids keep walking up to the driver's window with cash. The one leaning on the trunk has a gun stuck in the front of his waistband, his shirt rode up and I saw the grip. Please don't send a cruiser with sirens into a lot full of kids.",
         spoken="two guys are selling out of a black audi a four in the oakford high lot during the game right now kids keep walking up to the driver's window with cash the one leaning on the trunk has a gun stuck in the front of his waist band his shirt rode up and i saw the grip please don't send a cruiser with sirens into a lot full of kids",
         at="2032-09-24 16:40", entities=[P(count="2", sex="male"), V(colour="black", make="audi", model="a4"), ("now",), P(count="2+"), W("gun")],
         places=[("landmark", "Oakford High School")], category="drugs", priority="high"),
    # A woman selling her pills out of a window every month (a habit): low. "the first of the month" no time; the cars
    # lining up are cars in general; "708 3rd Street" an address on a numbered street.
    dict(written="The lady at 708 3rd Street sells her pain pills out her kitchen window the same day every month when her prescription gets filled. Cars line up in front of my house all afternoon, people run up to the window and back. It's been going on since spring and I'm tired of it.",
         spoken="the lady at seven oh eight third street sells her pain pills out her kitchen window the same day every month when her prescription gets filled cars line up in front of my house all afternoon people run up to the window and back it's been going on since spring and i'm tired of it",
         at="2032-09-20 09:40", entities=[P(count="1", sex="female"), P(count="2+")],
         places=[("address", 708, "3rd Street")], category="drugs", priority="low"),
    # Teenagers with a bong on a bench "right now": low raised to medium (children; raises do not stack). "Three
    # teenagers" 3 13-19, "can't be more than 15" adds nothing; "behind the library" relative.
    dict(written="Three teenagers are passing a bong around on the bench behind the library right now, they can't be more than 15. The smell is coming in the windows of the children's room where we're doing the Sunday craft hour.",
         spoken="three teenagers are passing a bong around on the bench behind the library right now they can't be more than fifteen the smell is coming in the windows of the children's room where we're doing the sunday craft hour",
         at="2032-09-26 14:10", entities=[P(count="3", age="13-19"), ("now",)],
         places=[("relative", ("landmark", "Oakford Public Library"))], category="drugs", priority="medium"),

    # ---------------------------------------------------------------- vandalism
    # A man spray painting a film's fake storefronts "right now": low raised to medium. "Skinny" thin, "black hoodie"
    # kept; "on a bike" bicycle (as holdout21's); the night guard a person; "Main between 6th and 7th" the 600 block.
    dict(written="Somebody's spray painting GO HOME HOLLYWOOD across the fake storefronts the movie built on Main between 6th and 7th right now, big red letters. Skinny guy, black hoodie, he's got a bike leaned on the lamppost. Our night guard's down at the other end of the set and isn't answering his radio.",
         spoken="somebody's spray painting go home hollywood across the fake store fronts the movie built on maine between sixth and seventh right now big red letters skinny guy black hoodie he's got a bike leaned on the lamp post our night guard's down at the other end of the set and isn't answering his radio",
         at="2032-09-22 00:50", entities=[P(count="1", sex="male", build="thin", clothing=["black hoodie"]), ("now",), V(type="bicycle"), P(count="1", sex="male")],
         places=[("block", 600, "Main Street")], category="vandalism", priority="medium"),
    # "Overnight" 02:00, told at 07:00: the mosquito truck's nozzles smashed and hoses cut, vandalism, low. "somebody" a
    # person; the spraying truck "truck" (the event's vehicle); "Public Works" no person; "180 Station Road" an address
    # on a short street; "Millbrook" named for tonight's route, no place of the tip.
    dict(written="Public Works yard, 180 Station Road. Overnight somebody climbed our fence, smashed every nozzle on the mosquito spraying truck and cut the chemical hoses, there's a puddle under it. We were supposed to do Millbrook again tonight, that's not happening.",
         spoken="public works yard one eighty station road overnight somebody climbed our fence smashed every nozzle on the mosquito spraying truck and cut the chemical hoses there's a puddle under it we were supposed to do mill brook again tonight that's not happening",
         at="2032-09-23 07:00", entities=[("local", "2032-09-23 02:00"), P(count="1"), V(type="truck")],
         places=[("address", 180, "Station Road")], category="vandalism", priority="low"),
    # Three teenagers kicking the slats out of a garden fence "right now": low raised to medium (teenagers doing the
    # damage are no children at risk). "Three teenagers" 3 13-19; "the corner of Oak and 10th" the intersection.
    dict(written="Three teenagers are kicking the boards out of the new fence around the community garden on the corner of Oak and 10th right now and flinging them out into the street. They've got one whole side down already. The gardeners just put that fence up two weeks ago because of all the stealing.",
         spoken="three teenagers are kicking the boards out of the new fence around the community garden on the corner of oak and tenth right now and flinging them out into the street they've got one whole side down already the gardeners just put that fence up two weeks ago because of all the stealing",
         at="2032-09-24 22:45", entities=[P(count="3", age="13-19"), ("now",)],
         places=[("intersection", "Oak Street", "10th Street")], category="vandalism", priority="medium"),
    # New solar streetlights found shot out (no time said, done some time before): vandalism, low. "somebody" a
    # person; "all six" no number of a place; the BB pellets no weapon; "Station Road" a street alone, "by Central
    # Station" relative.
    dict(written="Public Works again. Somebody shot out the new solar streetlights along Station Road by Central Station, all six of them, the glass is all over the sidewalk and we're finding little copper BBs in the grass. They went in two weeks ago. We'll need a report number for the grant people.",
         spoken="public works again somebody shot out the new solar street lights along station road by central station all six of them the glass is all over the side walk and we're finding little copper b b's in the grass they went in two weeks ago we'll need a report number for the grant people",
         at="2032-09-23 08:10", entities=[P(count="1")],
         places=[("relative", ("landmark", "Central Station"))], category="vandalism", priority="low"),
    # "Overnight" 02:00, told at 08:00: a flag's rope cut and the flag dumped in a fountain, vandalism, low. "somebody" a
    # person; the flagpole is City Hall's; "the fountain out front" part of it.
    dict(written="City Hall custodian. Sometime overnight somebody cut the rope on our flagpole, took the flag down and dumped it in the fountain out front, and they jammed the pulley at the top with something so we can't run a new one up. It's the POW flag too.",
         spoken="city hall custodian sometime overnight somebody cut the rope on our flag pole took the flag down and dumped it in the fountain out front and they jammed the pulley at the top with something so we can't run a new one up it's the p o w flag too",
         at="2032-09-26 08:00", entities=[("local", "2032-09-26 02:00"), P(count="1")],
         places=[("landmark", "City Hall")], category="vandalism", priority="low"),
    # A man throwing red paint on a campaign office's windows and writing on the glass "right now": low raised to
    # medium. "navy windbreaker" -> "blue jacket"; "Main by 9th" the intersection.
    dict(written="A man just threw a bucket of red paint all over the front windows of the campaign office on Main by 9th and now he's writing on the glass with a big marker, right now, he doesn't care who's watching. The volunteers locked themselves inside. Navy windbreaker, khaki shorts.",
         spoken="a man just threw a bucket of red paint all over the front windows of the campaign office on maine by ninth and now he's writing on the glass with a big marker right now he doesn't care who's watching the volunteers locked themselves inside navy wind breaker khaki shorts",
         at="2032-09-20 17:10", entities=[P(count="1", sex="male", clothing=["blue jacket", "khaki shorts"]), ("now",), P(count="2+")],
         places=[("intersection", "Main Street", "9th Street")], category="vandalism", priority="medium"),

    # ---------------------------------------------------------------- disturbance
    # "It's 12:50" said during the event is that time: low raised to medium. "like thirty" people 3+; the man at the
    # mailbox a person; "outside it" (the brewery, the Old Mill Brewery) relative; "Old Mill Road" a street alone.
    dict(written="It's 12:50 and the wedding over at the brewery must have just let out, there's like thirty drunk people standing in Old Mill Road outside it screaming and setting off car alarms, and one guy's peeing on my mailbox. They've been at it for twenty minutes. I work at 6.",
         spoken="it's twelve fifty and the wedding over at the brewery must have just let out there's like thirty drunk people standing in old mill road outside it screaming and setting off car alarms and one guy's peeing on my mailbox they've been at it for twenty minutes i work at six",
         at="2032-09-26 00:52", entities=[("local", "2032-09-26 00:50"), P(count="3+"), P(count="1", sex="male")],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="disturbance", priority="medium"),
    # A crowd pressing against a film set's barricades and climbing on cars, no time said ("it's getting pushy", going
    # on): low raised to medium. "maybe 200 people" 3+; "that actor" a person; "The two security guys" 2 male; "somebody" who may get hurt no person; "Main by 5th" the intersection.
    dict(written="There's maybe 200 people pushed up against the barricades at the film set on Main by 5th screaming for that actor, and some of them are climbing up on the parked cars to see over. The two security guys can't hold them back and it's getting pushy, somebody's going to get hurt.",
         spoken="there's maybe two hundred people pushed up against the barricades at the film set on maine by fifth screaming for that actor and some of them are climbing up on the parked cars to see over the two security guys can't hold them back and it's getting pushy somebody's going to get hurt",
         at="2032-09-21 21:15", entities=[P(count="3+"), P(count="1"), P(count="2", sex="male")],
         places=[("intersection", "Main Street", "5th Street")], category="disturbance", priority="medium"),
    # A tenant kicking a landlord's office door and shouting that he will kill him over an eviction, no weapon seen: a
    # disturbance, high (a man in danger, as holdout22's threat). The tenant, the landlord and his wife are persons;
    # "1157 Hawthorn" the address.
    dict(written="I'm the landlord's wife, we're in our office in the back of 1157 Hawthorn. The tenant from upstairs got his eviction papers today and he's kicking our door, screaming he's going to kill my husband the second he opens it. The door frame's starting to split. We haven't seen a weapon, we're hiding behind the desk.",
         spoken="i'm the landlord's wife we're in our office in the back of eleven fifty seven hawthorne the tenant from upstairs got his eviction papers today and he's kicking our door screaming he's going to kill my husband the second he opens it the door frame's starting to split we haven't seen a weapon we're hiding behind the desk",
         at="2032-09-23 21:40", entities=[P(count="1", sex="male"), P(count="1", sex="male")],
         places=[("address", 1157, "Hawthorn Avenue")], category="disturbance", priority="high"),
    # A web tip about a motorcycle revved in a garage every night (a habit): low. The neighbour a person; his
    # "motorcycle" motorcycle; "around 11" part of the habit, no time; "911 2nd Street" an address on a numbered street.
    dict(written="Web tip: The guy at 911 2nd Street revs his motorcycle inside his garage every night around 11 for twenty minutes or more with the door open, all week. The whole block can hear it and the fumes drift right into our kids' room. When I knocked he just revved it louder.",
         spoken="web tip the guy at nine eleven second street revs his motorcycle inside his garage every night around eleven for twenty minutes or more with the door open all week the whole block can hear it and the fumes drift right into our kids' room when i knocked he just revved it louder",
         at="2032-09-25 09:10", entities=[P(count="1", sex="male"), V(type="motorcycle")],
         places=[("address", 911, "2nd Street")], category="disturbance", priority="low"),
    # Non-native: men fighting upstairs, shouting and throwing furniture, the caller's children afraid ("are fighting",
    # going on): low raised to medium (raises do not stack). "the men upstairs" 2+ male; the children "2+"; "623
    # Walnut" the address, "apartment 3" no number of a place.
    dict(written="Hello, please, the men upstairs are fighting, shouting very loud and throwing the furniture, my ceiling is shaking and the lamp fall down. My children are afraid and crying. Address is 623 Walnut, apartment 3, I am in apartment 1 under them.",
         spoken="hello please the men upstairs are fighting shouting very loud and throwing the furniture my ceiling is shaking and the lamp fall down my children are afraid and crying address is six twenty three walnut apartment three i am in apartment one under them",
         at="2032-09-20 19:30", entities=[P(count="2+", sex="male"), P(count="2+")],
         places=[("address", 623, "Walnut Street")], category="disturbance", priority="medium"),
    # A man who screamed at the caller at a deli counter "yesterday" (no time): a disturbance, low. "Bald" no
    # clothing, "Yankees jacket" -> "jacket"; the deli is FreshMart's.
    dict(written="I'd just like this on file. Yesterday at the FreshMart deli counter a man screamed in my face and called me every name in the book because I took the last number ticket, and then he followed me to the register still yelling. He's in there all the time. Bald, Yankees jacket.",
         spoken="i'd just like this on file yesterday at the fresh mart deli counter a man screamed in my face and called me every name in the book because i took the last number ticket and then he followed me to the register still yelling he's in there all the time bald yankees jacket",
         at="2032-09-22 12:15", entities=[P(count="1", sex="male", clothing=["jacket"])],
         places=[("landmark", "FreshMart Supermarket")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # A crane swinging loads over a sidewalk where people walk: a hazard over people, other, medium (as holdout22's
    # tent). The people walking "2+"; "on Market Street right next to the library" relative.
    dict(written="The crane on Market Street right next to the library is swinging those big air conditioning units right over the sidewalk while people are walking under them, nobody's stopping anybody. One just banged into the side of the building and swung back. Somebody's going to get killed.",
         spoken="the crane on market street right next to the library is swinging those big air conditioning units right over the side walk while people are walking under them nobody's stopping anybody one just banged into the side of the building and swung back somebody's going to get killed",
         at="2032-09-23 10:20", entities=[P(count="2+"), ("now",)],
         places=[("relative", ("landmark", "Oakford Public Library"))], category="other", priority="medium"),
    # Beavers flooding a backyard up to the steps: other, low (property, no one in danger). "330 Old Mill Road" an
    # address on a diagonal; "since Wednesday" no time.
    dict(written="Not an emergency. Beavers plugged the culvert behind our house at 330 Old Mill Road and the water's been backing up since Wednesday, it's up to our back steps now and the basement's next. Who do I even call about beavers?",
         spoken="not an emergency beavers plugged the culvert behind our house at three thirty old mill road and the water's been backing up since wednesday it's up to our back steps now and the basement's next who do i even call about beavers",
         at="2032-09-24 07:30", entities=[],
         places=[("address", 330, "Old Mill Road")], category="other", priority="low"),
    # A diabetic runner who never reached the finish, last seen 40 minutes before near a river: a missing vulnerable
    # person (high). "about 40 minutes ago" minutes ago; "maroon singlet" -> "maroon top", "black shorts" kept; "she's
    # 16" not annotated; the course is Riverside Park's.
    dict(written="I coach the Ashby Valley girls. One of my runners never came through the finish at the Riverside Park meet. Another girl passed her at the 2 mile marker by the river about 40 minutes ago and nobody's seen her since. She's 16 and she's type 1 diabetic, her sugar kit is in my bag. Maroon singlet, black shorts, number 414.",
         spoken="i coach the ashby valley girls one of my runners never came through the finish at the riverside park meet another girl passed her at the two mile marker by the river about forty minutes ago and nobody's seen her since she's sixteen and she's type one diabetic her sugar kit is in my bag maroon singlet black shorts number four fourteen",
         at="2032-09-25 12:20", entities=[P(count="1", sex="female", clothing=["maroon top", "black shorts"]), P(count="1", sex="female"), ("ago", 40)],
         places=[("landmark", "Riverside Park")], category="other", priority="high"),
    # Found property on a platform: other, low. The owner (not there) no person; "a hearing aid" no clothing; the
    # platform is Central Station's.
    dict(written="Not an emergency. I found a zip bag on the bench on the Central Station platform with a ring of house keys, a hearing aid and a little photo of a dog in it. Nobody's around who it could belong to. Should I hand it in at the police station or leave it with the ticket office?",
         spoken="not an emergency i found a zip bag on the bench on the central station platform with a ring of house keys a hearing aid and a little photo of a dog in it nobody's around who it could belong to should i hand it in at the police station or leave it with the ticket office",
         at="2032-09-22 13:30", entities=[],
         places=[("landmark", "Central Station")], category="other", priority="low"),
    # A young woman sitting outside a footbridge railing over the river, crying, who told the caller to get away: a life
    # at risk (other, critical, as holdout22's man on the tracks). "young woman" female 18-29; the footbridge is
    # Riverside Park's.
    dict(written="There's a young woman sitting on the outside of the railing on the footbridge at Riverside Park with her feet hanging over the water, crying into her phone. When I started walking over she screamed at me to get away, so I backed off to the end of the bridge. The water's really high and fast under there.",
         spoken="there's a young woman sitting on the outside of the railing on the foot bridge at river side park with her feet hanging over the water crying into her phone when i started walking over she screamed at me to get away so i backed off to the end of the bridge the water's really high and fast under there",
         at="2032-09-21 23:30", entities=[P(count="1", sex="female", age="18-29")],
         places=[("landmark", "Riverside Park")], category="other", priority="critical"),
    # No place ("Main" a street alone). A question about a film's simulated gunfire: other, low. The husband a person;
    # "tomorrow night between 10 and 2" a future time.
    dict(written="Not an emergency, just a question. The flyer the movie people left says there'll be simulated gunfire on Main tomorrow night between 10 and 2. Is anybody going to warn people right before it starts? My husband did two tours and that's going to be really, really bad for him.",
         spoken="not an emergency just a question the flyer the movie people left says there'll be simulated gun fire on maine tomorrow night between ten and two is anybody going to warn people right before it starts my husband did two tours and that's going to be really really bad for him",
         at="2032-09-20 16:10", entities=[P(count="1", sex="male")],
         places=[], category="other", priority="low"),
    # A rusty artillery shell children carried home from a creek bed: other, high (a possible explosive beside
    # children; as a hazard, not a weapon). The kids "2+"; "behind 1188 Spruce Street" relative to the address.
    dict(written="My kids found what looks like an old artillery shell in the creek bed behind 1188 Spruce Street, rusty, about a foot long with a pointed end, and they carried it home and put it on our porch. I haven't touched it. Is that something that can still go off? I've got everybody inside.",
         spoken="my kids found what looks like an old artillery shell in the creek bed behind eleven eighty eight spruse street rusty about a foot long with a pointed end and they carried it home and put it on our porch i haven't touched it is that something that can still go off i've got everybody inside",
         at="2032-09-26 15:00", entities=[P(count="2+")],
         places=[("relative", ("address", 1188, "Spruce Street"))], category="other", priority="high"),
]

"""A fifteenth hand-written set (90 tips), the blind set after holdout13, written blind: its author read only the
corpus README, the corpus scripts (holdout13.py, holdout12.py, holdout11.py, hand.py and make_corpus.py's geometry,
pools, hand_records and set registration in full for the format, the place truth and the label conventions; the
docstrings of hand.py, holdouts 1-10 and train1-3 for the situations, periods and choices they add; town.py; and the
written text of every earlier tip in hand.py, holdouts 1-13 and train1-3, searched to repeat none of their
situations or wording) and the town data (config/demo/README.md and town.py, from which config/demo/town.geojson is
made), and never opened the extractor's source, its tests, examples or benches, nor the gateway, the ASR, vision,
telephony or ONNX code, nor the fuzz targets, nor the repository README, nor any .jsonl file but its own output, nor
read the commit history, nor ran cargo, the extractor, `tipline` or any evaluation, nor saw any score or miss list.
It is the next honest estimate for phrasing the extractor has never seen.

It is set in the last full week of May 2027 (Monday 24 to Sunday 30 May: an early heat spell on the Monday and
Tuesday, a severe thunderstorm with hail and a tornado warning on the Wednesday evening that floods River Road and
leaves part of town without power, storm clean-up on the Thursday, the last day of school and field day at Lincoln
Elementary on the Friday, the town-wide yard sale and the Community Pool's opening day on the Saturday of the
Memorial Day weekend, and on the Sunday a veterans' ceremony in Maple Square, the Memorial Day motorcycle ride
down Main and the Rotary rubber-duck race at Riverside Park), so its situations are late-spring and storm ones no
earlier set has: hail, a tornado warning in a basement, a tree on a car, a trampoline in the road, a car in
floodwater, storm-clean-up chainsaws and wood-chip piles, yard sales, a farm stand, a pool's opening day, field
day, a duck race, a motorcycle ride. New situations: a farm-stand owner's pistol over a flat of strawberries, a
machete in a basement during a tornado warning, a handgun in a backpack by the kiddie pool, a hunting knife pulled
on a mowing crew hours before, a revolver fired at a bouncer's feet, a handgun in a fourth grader's lunchbox, a gun
pointed from a car days before (a web tip with no place); a neighbour's smoke-filled house with an old woman in her
chair, deck-stain rags in a garage, a garbage truck dumping its burning load, a city wood-chip pile burning since
the day before, a camper on fire with a young man asleep inside, a cinema's popcorn kettle, a weed torch that lights
a hedge; a man struck by hail, a soccer goal blown onto a girl, a rope-swing head wound, a near-submersion on the
pool's opening day (EMS shorthand), a rash days after a tick bite, a discus to a thrower's head, a forearm cut on
hail-broken glass (non-native); a knife at a yard sale's cash box, a money apron torn off a 78-year-old, a phone
taken by two men on rental e-scooters the night before, a handgun at the duck-race ticket table, a carjacking at a
car wash's vacuums, a phone and earbuds taken at a bus stop days before (a web report); a woman choked against a
car, a cashier slapped for carding a customer, a glass pitcher to a face at a party (a frantic text), a rake handle
in a fence dispute (dispatch), a landscaper's punch at 7 in the morning, a high schooler's punch on the last bus, a
biker who punches a driver at a light; footsteps upstairs during a tornado warning, a Rotary trailer, a basement of
storage cages, a cleaning lady who hears someone upstairs (non-native), a community-garden shed, a garage over a
weekend (a web report); a drill and a watch at a yard sale, a chainsaw from a pickup bed, the Scouts' flags at the
war memorial, a wallet lifted while the ride went by, a purse snatched from a bike basket, a motorcycle stolen from
a driveway (no place); a maple on a car, a cyclist hit and left, a trampoline across River Road, a moving truck on
a sidewalk, hail piled on a road, a two-car crash (dispatch), parents in a school's fire lane; a rifle on a lap
by graduation practice, a long lens at a Little League game, a hail-smashed car left in a mall lot, a car circling
yard-sale cash boxes, a hose from a tailpipe into a car, two men watching dark houses in the outage; a man from an
online game waiting at the end of a girl's street, a fake insurance adjuster asking for deposits, a man in a
wetsuit walking out of the river at 5, a woman with an empty stroller asking to hold newborns, a prowler at a back
door with a 14-year-old inside, a woman found in a stranger's linen closet; dealing with a pistol flashed beside a
children's court, brownies at a yard sale, marijuana among tomatoes, a drone that lowers packages, a canoe that
sells to a fishing dock, vape carts at picnic tables (a text); roofing nails in a bike lane, fresh sidewalk
concrete, a memorial tree sawn down, rental scooters thrown into the river, donuts on a lawn, solar path lights shot
out with a slingshot; a threat to break a wife's neck, mortar fireworks at 11:50, wind chimes (no place), a man
throwing rubber ducks at volunteers, a drunk man at the ceremony's microphone, a neighbour's bonfire; a driver on
her car's roof in floodwater, a five-year-old lost on a footbridge, a bat at story time, pills and a ring under a
curbside dresser's drawer, a shed roof hanging over a school route, dead fish and a sheen on the river, a dog bite
outside a supermarket.

Registers: calm, frightened, angry, hesitant ("Not sure if this is an emergency", "This is probably nothing",
"This is going to sound petty", "Not sure who handles this", "I'm not making this up"), elderly ("I'm 78 and I
don't usually call the police"), rambling, a teenager's shorthand text ("yo", "rn", "prob like 19"), frantic texts
without capitals (the tornado-warning basement, the party), non-native ("the hail break our big window and my wife
she cut the arm", "When I come in now ... I go out and I am sitting in my car"), second-hand (a crew boss, a
brother's road rage, a son's bus, a daughter's game chat, a neighbour's 80-year-old), workplace callers (a pool
manager, a principal, a track coach, a cinema manager, a librarian, a Rotary volunteer, a landscaper), web-form
notes ("Web tip:", "Web report:"), dispatch and EMS shorthand ("6 y/o M", "approx 1340", "A&O", "x1", "600 blk",
"F subj", "M neighbor (60s)", "w/", "lac", "2-veh MVC", "Blk", "c/o", "F 30s", "vehs", "NB lane"), and three
self-corrections (a house number, a cross street, a plate's last digits), annotated as corrected. Spoken forms add
fillers, split words ("hand gun", "back pack", "sun screen", "heavy set", "lunch box", "life guard", "wood chip",
"drive way", "camp out", "e scooters", "ear buds", "self checkout", "down town", "air bag", "clip board", "wet
suit", "rest room", "door bell", "waist band", "handle bars", "side walk", "foot bridge", "head lights", "sling
shot", "fire works", "bed room", "flash light", "tail pipe", "flood water", "pick up", "s u v", "t shirt", "c t s",
"f one fifty", "g six"), the usual mishearings (hawthorne, chest nut, seeder, burch, will o, maine, mabel, fresh
mart, quick stop, river side, north gate, oak fort high) and new ones ("how thorn", "wall net", "king's lee", "river
sight", "fresh marked", "quick stops", "lincoln's elementary"), plates letter by letter, in the NATO alphabet
("tango november victor") and as "p as in peter", and partial plates
("started with 7 K", "ended in 22K", "started with L V"). Numbers that are not addresses: "3C", "like 8 of us plus 2
babies", "a flat of strawberries", "maybe 45", "four screens", "maybe 200 people", "a fever of 102", "6 y/o",
"$240", "a fifty", "5,000 rubber ducks", "6 of the tenants' storage cages", "2 mountain bikes", "about 60 little
flags", "like 50 feet", "like thirty wind chimes", "about fifteen little kids", "about 20 big marijuana plants",
"$10", "$500", "his fourth trip", "like eight of them", "like six already", "a hundred pills", "in about 20
minutes" (a schedule), ages of victims, relatives and callers. Look-alike words that are not places: "a huge maple"
(a tree that falls on Pine), "the big oak" a shed roof hangs from, "Green Acres" on a landscaper's truck, "the
Memorial Day ride", "the duck race" and "the ceremony" alone, "the VA", "the city", "the insurance company". Tips
with no place (a gun pointed "on Kingsley", a motorcycle stolen "on Willow Street", wind chimes "on Hawthorn") and
places given only by a street ("toward Church Street", "across Old Mill Road", "toward River Road", "toward 11th",
"north on 9th", "down 4th toward Main", "down River Road", "east on Main", "south on 11th").

Same format and conventions as hand.py and holdouts 4-13 (written to extraction_holdout14.jsonl), with the choices
holdout6.py to holdout13.py, train1.py and train2.py list (holdout13, then holdout12, then holdout11, then holdout10,
then holdout9, then train2 where they differ): every person other than the caller annotated once, also one named
through a possessive; a described member of a group a separate person only with their own attributes; people said
to be away, absent or dead not annotated; partial plates as said; corrected values as corrected; "last night" 23:00
the day before, "overnight" 02:00, "this afternoon" / "yesterday afternoon" 14:00, "since ..." the start; habits,
durations, weekdays, dates, schedule and future times are not times; "about N" / "maybe N" / "like N" years
N-3..N+3, teens 13-19, old/older 60-90, young 18-29; victims', relatives' and callers' stated or estimated ages not
annotated, a descriptive age word for a victim is; a vehicle's type only when a type word is in its description and
not when a model describes the same vehicle; base priorities weapon, fire, medical, robbery, assault high, burglary,
theft, traffic medium, the rest low; critical for a weapon in use or a life at risk, high for an injury or a weapon
seen, low to medium for children at risk, one step (not above high) for an event still happening (a said time within
15 minutes, or with no time said a present progressive for a low call), one step lower when more than six hours old
(weapons and robberies used hours or days ago included, as a weapon seen); raises do not stack; child luring and a
missing vulnerable person high.

Choices this set makes where those conventions do not decide (each is also noted at its tip):
- Weapons: no new type. A revolver is "handgun", a pistol "handgun", "a gun" pointed from a car "gun", a machete
  "machete", a hunting knife "knife", a rifle "rifle". A pistol pointed at a man at a farm stand and a machete waved
  at neighbours cornered in a basement are in use (critical); a revolver fired at a bouncer's feet is in use
  (critical). A handgun seen in a backpack by the kiddie pool (children there do not stack) and a handgun a fourth
  grader showed classmates, now locked in the principal's office, are weapons seen (high). A hunting knife held up at
  a mowing crew at 07:00 and told at 14:30, and a gun pointed from a car on the Monday night and told on the
  Wednesday, are weapons used hours or days ago: seen, lowered to medium. A rifle across the lap of a man parked by
  graduation practice is a weapon seen in a suspicious-vehicle call (high). A pistol shown in a waistband by dealers
  is a weapon seen in a drugs call (high). Not weapons: a glass pitcher swung into a face, a rake handle, a
  slingshot used on path lights, rubber ducks thrown, a propane weed torch, and a knife only claimed by a robber (not
  annotated, and the robbery is not raised for it, train1).
- Categories: a farm-stand owner pointing a pistol at a man who took strawberries is weapon (the gun is the event),
  not theft. A maple that falls on a car on Pine with the driver unanswering is traffic, critical (a vehicle on the
  road struck with its occupant trapped), not other. A car stalled in rising floodwater with the driver on its roof
  is other, critical (a rescue, train1), and the car is annotated. A car with a hose from its tailpipe into a fogged
  window, nobody seen, is suspicious_vehicle, critical (a life at risk told by a vehicle, as holdout8's trunk and
  holdout10's HELP note). A prowler trying a back door while a 14-year-old is home alone is a suspicious person,
  high (a child in danger, as holdout11's ex is a woman in danger; no entry, so not burglary). A woman found in a
  stranger's linen closet who then goes door to door asking to use bathrooms is a suspicious person, medium (going on
  now), not burglary (nothing taken, she walked in through an open garage). A man sitting in a car at the end of a
  girl's street after messaging her on a game to come out is child luring (suspicious person, high). A fake
  insurance adjuster collecting deposits door to door is a suspicious person, medium (as holdout11's fake nurse). A
  woman with an empty stroller asking to hold newborns is a suspicious person, medium. Roofing nails spread across
  a bike lane that throw a woman over her handlebars are vandalism raised to high for the injury (as holdout9's wire).
  Rental e-scooters thrown off a footbridge are vandalism (medium, right now) and one scooter entity is annotated, as
  the thing damaged. A wood-chip pile smoking since the afternoon before and flaming at 08:30 is fire lowered to
  medium (as holdout13's tree pile). A soccer goal blown onto a girl who will not wake is medical, critical (an
  injury), not other. A near-submersion that coughs and is alert is medical, high. A rash and fever days after a
  tick bite is medical, medium (judged by the bite, as holdout12's fall). A bat swooping at story time is other,
  medium (children at risk, ongoing). Dead fish and a sheen on the river is other, low. A dresser at the curb with
  pills and a ring under its drawer is other, low (found property). A man throwing rubber ducks at volunteers, no
  one hurt, and a drunk man grabbing the ceremony microphone are disturbances, medium (as holdout12's drunk Santa);
  a husband telling his wife he will break her neck is a disturbance, high (a woman in danger, no blow). Marijuana
  grown among tomatoes is drugs, low (the children who pass are not at risk); a drone that lowers packages most
  nights is drugs, low (a habit). A community-garden shed pried open between 20:00 and 06:00 and found at 06:40
  stays medium (found the same day; the middle of the window is under six hours old); a storage room "last visited
  Sunday" found on Wednesday and a garage entered over a weekend are low (plainly days old, as holdout13's late
  mother's house). A Rotary trailer entered overnight and found at 07:45 is burglary (as holdout13's skate-rental
  trailer), medium.
- Vehicles: "Honda Odyssey" odyssey, "Kia Sorento" sorento, "Ford F-150" model f-150, "Cadillac CTS" cts, "Jeep
  Cherokee" cherokee, "Buick LeSabre" lesabre, "Pontiac G6" g6, "Nissan Rogue" rogue, "Toyota Camry" camry, "Ford
  Escape" escape, "Tesla Model Y" model "model y", "Hyundai Accent" accent, "Honda Shadow" shadow (a motorcycle said
  apart: no type, as holdout9's "his truck, a blue Chevy Colorado"); "a silver Chevy pickup" is make chevrolet and
  type pickup (a make and a type word together, as train2's "red Ford pickup"); a Harley is make harley-davidson
  with no type (holdout8), "back on the bike" said apart adds none; a yellow Penske moving truck is type truck with
  no make (a rental company, as holdout8's U-Haul); a white camper is a vehicle with its colour and no type (as
  train2's RV); rental e-scooters are "scooter"; "a man on a bike", "both on bikes", "on bikes", "riding past on a
  bike" and the mountain bikes and bikes taken are one bicycle entity each; a school bus a boy was punched on is
  type bus; a landscaper's truck with its name on it is type truck; a garbage truck is type truck; "a dark SUV" is
  suv with no colour. The caller's car is annotated when the event happens to it (a beer can thrown at it), and so
  are the caller's pickup whose bed was emptied, the car a maple crushed, the car that spun out on the hail, the red
  car a luring man waits in, the thief's bike and the grey SUV a biting dog's owner leaves in; a boat under a
  tarp, a canoe, a crew's mower, generic "cars" that swerve, park or run in a lot, the car a woman is choked
  against, the buses that cannot get out, and the caller's bike a purse is snatched from are not.
- Persons: "everybody's windows", "everybody's good tools", "the tenants'" cages, "people" ducking or hiding,
  "people" at a dock or asked for a bathroom, "everybody" asked for a deposit, "the coaches", "the Scouts", "the rest
  of them" of the motorcycle ride, "the veterans", "the color guard", "the Rotary volunteers", "little kids",
  "kids", "middle school kids", "the seniors", "the parents", "us parents" (the others), "moms", "newborns", "people
  with strollers" and "the new people" next door are "2+"; "Guys" dealing are "2+" male; "like 8 of us", "maybe 200
  people", "Five or six drunk guys" (male) and "about fifteen little kids" are "3+"; "Two kids" 2, "two classmates" 2, "my three guys" 3 male, "2
  babies" 2, "my two kids" 2, "their two little kids" 2; "one of them" of a crew or of dealers and "one" who pulled a
  knife add nothing and are not persons of their own, while "the guy" of the new people next door (sex), "one in a
  yellow shirt" of two boys, "One wore a green Celtics jersey" and "One's got a black bandana" (clothing) are;
  "my dad's old watch" names the father and "our baby's window" the baby (possessives); a teacher, a counselor, a
  lifeguard, a mother on scene, a super, a bouncer, a volunteer, a bus driver, a garbage-truck driver and a dog's
  owner are persons; parents at the beach, owners away, a family on vacation and a teacher who passed are not
  annotated; "the city", "the insurance company", "the VA", "the Rotary Club" and "the clinic" are not persons.
  Ages: "Old guy" and "The old lady" 60-90, "a young woman" and "The young guy next door" (a victim) 18-29, "a high
  schooler" and "teenagers" 13-19, "Maybe 45" 42-48, "about 50" and "maybe 50" 47-53, "Maybe 40" 37-43, "prob like
  19" 16-22, "Maybe 12" of two boys 9-15; "my 13 year old", "my 14 year old", "my 15 year old", "my 5 year old", "my
  4 year old", "a 4th grader", "He's 10", "She's 7", "She's 9", "our 17 year old cashier", "I'm 78", "My neighbor's
  80", "6 y/o", "M neighbor (60s)" and "F 30s" are not annotated. Clothing: "red polo" -> "red shirt" and "a polo" ->
  "shirt" (holdout10), "grey polo" -> "grey shirt", "green windbreaker" -> "green jacket", "black leather vest" ->
  "black vest", "white bucket hat" -> "white hat", "camo bucket hat" -> "camo hat", "backwards red cap" and "red
  baseball cap" -> "red cap", "green Celtics jersey" -> "green jersey", "blue swim shirt" -> "blue shirt", "red rain
  boots" -> "red boots", "Long grey coat" -> "grey coat", "black basketball shorts" -> "black shorts"; "black
  wetsuit", "black bandana", "pink tracksuit", "red jersey", "khaki shorts", "black sweatpants" and the tank tops
  kept; the backpack a dealer sells from is clothing (as hand.py's); a shaved head, a neck tattoo, a grey buzz cut, a
  grey beard, white or blond hair, a blonde ponytail, baldness, sunburn, no helmet and shirtlessness are not.
- Times: "Monday night around 11" is 23:00 on that Monday, "On Monday evening around 6" 18:00 on that Monday
  (holdout10); "This morning around 7" and "from this morning, around 7" 07:00; "Around 5 this morning" 05:00; "Last
  night around 11:45" 23:45 the day before; "Last night around 10" 22:00 the day before; "last night" alone 23:00 the
  day before; "since last night" and "since yesterday afternoon" give the start; "approx 1340", "approx 1415" and
  "approx 0745" are clock times; "at 2:10 this morning" on a camera is the event's; "It's 11:50 at night" during the
  fireworks is that time; "maybe a minute ago", "like two minutes ago", "about 10 minutes ago", "about 15 minutes
  ago", "about 20 minutes ago", "about 40 minutes ago" and "maybe an hour ago" are minutes ago; "right now", "It's
  going on right now", "They're still at it right now", "Right now.", "rn", "He's back again right now", "He's at the
  blue house on the corner now", "She's by the food court right now" and "Now she's going door to door" (where the
  actor is) are now, while "When I come in now" (non-native, the caller arriving) adds nothing to the "right now"
  said after it. Not times: "Saturday night", "between Friday evening and this morning", "was Sunday", "on Monday",
  "since the storm", "since the storm Wednesday", "yesterday" alone, "when I left at 8 last night" (the caller
  leaving, not the event), "wait till 8", "at lunch", "The ceremony's at 11", "in about 20 minutes", "for almost an
  hour", "They've been there 30 minutes", "like 20 minutes", "his fourth trip in the last hour", "for two days",
  "Every afternoon at pickup", "Most nights this week, somewhere around 1 a.m." (a habit), "one day this week".
- Places: "the FreshMart lot", "the Central Station commuter lot", "the vacuums at the QuickStop car wash", "the
  Old Mill Brewery beer garden", "the soccer fields at Riverside Park", "the fishing dock at Riverside Park", "the
  footbridge at the duck race" in Riverside Park, "the Riverside Park maintenance yard", "the Northgate Mall lot",
  "the QuickStop lot", "the FreshMart self-checkout", "the library lot", "the children's room" at the library, "the Oakford High football field", "the front walk at
  Lincoln Elementary", "the war memorial in Maple Square", "the picnic tables in maple square" and "walking home
  from the Old Mill Brewery" are the landmark; "the rope swing on the river behind the QuickStop", "the river behind
  the QuickStop", "the river behind the Old Mill Brewery", "the footbridge behind the Old Mill Brewery", "our trailer
  parked behind City Hall", "the bus stop outside Lincoln Elementary", "the Little League field behind Oakford High",
  "outside the FreshMart", "on River Road right by the QuickStop", "River Road by Riverside Park" and "in front of
  1055 Walnut" are relative; "Kingsley by 5th, no sorry, by 4th" is Kingsley and 4th; "Main by 2nd", "Main by 5th",
  "the light at Main and 6th", "the basketball courts on 9th by Spruce", "the yard sale on Walnut by 3rd", "the
  community garden on Cedar by 11th", "Spruce by 7th", "at the corner of Willow and 10th", "Birch and 12th", "Old
  Mill Road by 2nd", "Chestnut & 5th", "the light at Elm and 4th" and "the curb on Chestnut by 8th" are
  intersections; "Oak between 2nd and 3rd", "Walnut between 8th and 9th", "Pine between 6th and 7th", "Pine between
  3rd and 4th", "the 900 block of Willow", "600 blk Maple", "Birch between 9th and 10th", "7th between Oak and
  Maple" (800), "Cedar between 10th and 11th", "Maple between 8th and 9th" and "the bike lane on Hawthorn between
  5th and 6th" are blocks; "toward the West End", "toward Riverside" and "toward downtown" are neighbourhoods (a
  destination); "1126 Pine, no wait, 1162" is 1162 Pine Street; "214 12th st", "207 8th Street", "245 10th Street"
  and "117 3rd Street" are addresses on numbered streets.

Relabelled later by a second annotator for the corpus-wide convention that an event said to have "just" happened is now
(as holdouts 28 and 29 label it): tips 1, 5, 9, 10, 16, 20, 29, 30, 34, 47, 48, 49, 51, 57, 72 and 90 (1-based, in file
order) gained ("now",).
"""
from hand import P, V, W

HOLDOUT14 = [
    # ---------------------------------------------------------------- weapon
    # The gun is the event: a pistol pointed at a man over a flat of strawberries is weapon (in use), not theft.
    dict(written="The old man who runs the farm stand in the FreshMart lot just pulled a black pistol out of his money apron and he's pointing it at a guy who tried to walk off with a flat of strawberries! They're both screaming and people are ducking behind the cars. Old guy's got white hair and a red polo.",
         spoken="the old man who runs the farm stand in the fresh mart lot just pulled a black pistol out of his money apron and he's pointing it at a guy who tried to walk off with a flat of strawberries they're both screaming and people are ducking behind the cars old guy's got white hair and a red polo",
         at="2027-05-29 10:25", entities=[P(count="1", sex="male", age="60-90", clothing=["red shirt"]), W("handgun"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="weapon", priority="critical"),
    dict(written="tornado warning and we're all down in the basement laundry room at 615 elm and the guy from 3C came down with a machete. hes waving it at us and yelling that the storm is gods punishment and we have to get out. like 8 of us plus 2 babies, he's between us and the stairs",
         spoken="tornado warning and we're all down in the basement laundry room at six fifteen elm and the guy from three c came down with a machete he's waving it at us and yelling that the storm is god's punishment and we have to get out like eight of us plus two babies he's between us and the stairs",
         at="2027-05-26 19:12", entities=[P(count="1", sex="male"), W("machete"), P(count="3+"), P(count="2")],
         places=[("address", 615, "Elm Street")], category="weapon", priority="critical"),
    dict(written="Pool manager at the Community Pool, it's opening day and the deck is packed. A man on a lounge chair by the kiddie pool has a handgun sticking out of the side pocket of his backpack, I saw the grip when he reached for his sunscreen. He hasn't touched it. Maybe 45, heavyset, black tank top, white bucket hat. Little kids all around him.",
         spoken="pool manager at the community pool it's opening day and the deck is packed a man on a lounge chair by the kiddie pool has a hand gun sticking out of the side pocket of his back pack i saw the grip when he reached for his sun screen he hasn't touched it maybe forty five heavy set black tank top white bucket hat little kids all around him",
         at="2027-05-29 13:05", entities=[P(count="1", sex="male", age="42-48", build="heavy", clothing=["black tank top", "white hat"]), W("handgun"), P(count="2+")],
         places=[("landmark", "Community Pool")], category="weapon", priority="high"),
    # A knife held up at a crew at 07:00 and told at 14:30: a weapon used hours ago, seen and lowered to medium.
    dict(written="I run a landscaping crew. This morning around 7 my three guys were mowing on Oak between 2nd and 3rd and a man walking his dog pulled a hunting knife on them because the mower threw a stone near his dog. He held it up at one of them and said he'd gut him, then walked off toward Church Street. They only told me at lunch. Tall, grey buzz cut, green windbreaker.",
         spoken="i run a landscaping crew this morning around seven my three guys were mowing on oak between second and third and a man walking his dog pulled a hunting knife on them because the mower threw a stone near his dog he held it up at one of them and said he'd gut him then walked off toward church street they only told me at lunch tall gray buzz cut green wind breaker",
         at="2027-05-27 14:30", entities=[P(count="3", sex="male"), P(count="1", sex="male", height="tall", clothing=["green jacket"]), W("knife"), ("local", "2027-05-27 07:00")],
         places=[("block", 200, "Oak Street")], category="weapon", priority="medium"),
    dict(written="A guy just came back into the Old Mill Brewery beer garden after getting thrown out and put two rounds into the ground by the bouncer's feet with a little silver revolver, then ran across Old Mill Road into the trees. The bouncer's okay. People are flat under the picnic tables. White t-shirt, backwards red cap.",
         spoken="uh a guy just came back into the old mill brewery beer garden after getting thrown out and put two rounds into the ground by the bouncer's feet with a little silver revolver then ran across old mill road into the trees the bouncer's okay people are flat under the picnic tables white t shirt backwards red cap",
         at="2027-05-28 22:40", entities=[P(count="1", sex="male", clothing=["white t-shirt", "red cap"]), W("handgun"), P(count="1"), P(count="2+"), ("now",)],
         places=[("landmark", "Old Mill Brewery")], category="weapon", priority="critical"),
    # A child's handgun already taken from him and locked away: a weapon seen (high), not in use; the children do not stack.
    dict(written="This is the principal at Lincoln Elementary. During field day a 4th grader showed two classmates a small handgun in his lunchbox. A teacher took the lunchbox and it's locked in my office now, nobody's opened it. The boy is with our counselor. We don't know if it's loaded.",
         spoken="this is the principal at lincoln's elementary during field day a fourth grader showed two classmates a small hand gun in his lunch box a teacher took the lunch box and it's locked in my office now nobody's opened it the boy is with our counselor we don't know if it's loaded",
         at="2027-05-28 11:20", entities=[P(count="1", sex="male"), P(count="2"), W("handgun"), P(count="1"), P(count="1")],
         places=[("landmark", "Lincoln Elementary School")], category="weapon", priority="high"),
    # "on Kingsley" is a street alone: no place. Pointed on the Monday night, told on the Wednesday: seen, lowered.
    dict(written="Web tip: Monday night around 11 a man in a black Cadillac CTS pointed a gun at my brother out his window at a red light on Kingsley, after my brother honked because he didn't go on green. My brother only told me today. Plate ended in 22K. Shaved head, neck tattoo.",
         spoken="web tip monday night around eleven a man in a black cadillac c t s pointed a gun at my brother out his window at a red light on king's lee after my brother honked because he didn't go on green my brother only told me today plate ended in two two k shaved head neck tattoo",
         at="2027-05-26 10:15", entities=[P(count="1", sex="male"), V(colour="black", make="cadillac", model="cts", plate="22K"), W("gun"), P(count="1", sex="male"), ("local", "2027-05-24 23:00")],
         places=[], category="weapon", priority="medium"),

    # ---------------------------------------------------------------- fire
    dict(written="Smoke's pouring out of the basement windows next door at 1126 Pine, no wait, 1162, the yellow one. The lady there is old and uses a walker and I can see her through the front window sitting in her chair, she's not getting up and she doesn't hear me banging. The smoke's turning black.",
         spoken="um smoke's pouring out of the basement windows next door at eleven twenty six pine no wait eleven sixty two the yellow one the lady there is old and uses a walker and i can see her through the front window sitting in her chair she's not getting up and she doesn't hear me banging the smoke's turning black",
         at="2027-05-25 16:40", entities=[P(count="1", sex="female", age="60-90")],
         places=[("address", 1162, "Pine Street")], category="fire", priority="critical"),
    dict(written="My husband stained the deck yesterday and left the rags balled up in a bucket in the garage, and just now smoke started coming out from under the garage door, it smells like burning varnish and there's an orange glow through the side window. The kids and my husband are out on the lawn with me. 207 8th Street.",
         spoken="my husband stained the deck yesterday and left the rags balled up in a bucket in the garage and just now smoke started coming out from under the garage door it smells like burning varnish and there's an orange glow through the side window the kids and my husband are out on the lawn with me two oh seven eighth street",
         at="2027-05-27 07:10", entities=[P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("address", 207, "8th Street")], category="fire", priority="high"),
    dict(written="The garbage truck just dumped its whole load in the middle of Walnut between 8th and 9th because the back of it caught fire. The pile's burning in the street right in front of the houses and black smoke is blowing in everybody's windows. The driver thinks a battery in the trash set it off. He's fine.",
         spoken="the garbage truck just dumped its whole load in the middle of wall net between eighth and ninth because the back of it caught fire the pile's burning in the street right in front of the houses and black smoke is blowing in everybody's windows the driver thinks a battery in the trash set it off he's fine",
         at="2027-05-25 09:50", entities=[V(type="truck"), P(count="2+"), P(count="1", sex="male"), ("now",)],
         places=[("block", 800, "Walnut Street")], category="fire", priority="high"),
    # Smoking since yesterday afternoon, flames at 08:30: fire, lowered to medium (as holdout13's tree pile).
    dict(written="The big wood-chip pile at the Riverside Park maintenance yard, where the city's been dumping the storm branches, has been smoking since yesterday afternoon. This morning there's actual flames at the bottom on the side facing the river and the smoke's lying right over the walking path. Nobody from the city is here.",
         spoken="the big wood chip pile at the river side park maintenance yard where the city's been dumping the storm branches has been smoking since yesterday afternoon this morning there's actual flames at the bottom on the side facing the river and the smoke's lying right over the walking path nobody from the city is here",
         at="2027-05-28 08:30", entities=[("local", "2027-05-27 14:00")],
         places=[("landmark", "Riverside Park")], category="fire", priority="medium"),
    # A camper is a vehicle with its colour and no type (train2's RV); the parents at the beach are away.
    dict(written="The young guy next door sleeps in the white camper in his parents' driveway and it's on fire, flames coming out the little windows! I'm banging on the door and he's not answering, his parents are at the beach this week. 322 Maple Ave, hurry!",
         spoken="the young guy next door sleeps in the white camper in his parents drive way and it's on fire flames coming out the little windows i'm banging on the door and he's not answering his parents are at the beach this week three twenty two mabel avenue hurry",
         at="2027-05-24 23:20", entities=[P(count="1", sex="male", age="18-29"), V(colour="white")],
         places=[("address", 322, "Maple Avenue")], category="fire", priority="critical"),
    dict(written="Manager at the Grand Cinema. The popcorn kettle at the concession stand caught fire, we emptied an extinguisher on it but it's gone up into the vent hood and the lobby's full of smoke. The alarm's going and the staff are clearing all four screens, there's maybe 200 people coming out into the lot.",
         spoken="manager at the grand cinema the popcorn kettle at the concession stand caught fire we emptied an extinguisher on it but it's gone up into the vent hood and the lobby's full of smoke the alarm's going and the staff are clearing all four screens there's maybe two hundred people coming out into the lot",
         at="2027-05-30 19:40", entities=[P(count="3+")],
         places=[("landmark", "Grand Cinema")], category="fire", priority="high"),
    dict(written="The guy next door was burning the weeds out of his driveway cracks with one of those propane torches and he lit his hedge, now it's going up the side of his house and the vinyl siding's melting. He's got a garden hose on it but the flames are winning. 288 Kingsley Ave.",
         spoken="the guy next door was burning the weeds out of his drive way cracks with one of those propane torches and he lit his hedge now it's going up the side of his house and the vinyl siding's melting he's got a garden hose on it but the flames are winning two eighty eight kingsley avenue",
         at="2027-05-24 17:15", entities=[P(count="1", sex="male")],
         places=[("address", 288, "Kingsley Avenue")], category="fire", priority="high"),

    # ---------------------------------------------------------------- medical
    # The boat under a tarp is not a vehicle.
    dict(written="My neighbor ran out in the hail to throw a tarp over his boat and a chunk the size of a golf ball hit him right in the head, he's lying face down in his driveway. He's breathing but he won't answer me, and his hair's full of blood. 436 Hawthorn Ave. The hail's still coming down.",
         spoken="um my neighbor ran out in the hail to throw a tarp over his boat and a chunk the size of a golf ball hit him right in the head he's lying face down in his drive way he's breathing but he won't answer me and his hair's full of blood four thirty six how thorn avenue the hail's still coming down",
         at="2027-05-26 18:40", entities=[P(count="1", sex="male")],
         places=[("address", 436, "Hawthorn Avenue")], category="medical", priority="critical"),
    # An injury from a goal blown over, the girl not waking: medical, critical (not the rescue category other).
    dict(written="We need an ambulance at the soccer fields at Riverside Park. The wind just tipped one of the big metal goals over onto a little girl at practice, the coaches lifted it off her and she's breathing but her eyes are closed and she won't wake up. She's 7.",
         spoken="we need an ambulance at the soccer fields at river side park the wind just tipped one of the big metal goals over onto a little girl at practice the coaches lifted it off her and she's breathing but her eyes are closed and she won't wake up she's seven",
         at="2027-05-27 17:50", entities=[P(count="1", sex="female"), P(count="2+"), ("now",)],
         places=[("landmark", "Riverside Park")], category="medical", priority="critical"),
    dict(written="My buddy let go of the rope swing on the river behind the QuickStop too early and hit the rocks at the edge, he's got a big gash on the side of his head and it's bleeding a lot. He's awake and talking but he keeps asking what happened. We got him up on the bank.",
         spoken="my buddy let go of the rope swing on the river behind the quick stop too early and hit the rocks at the edge he's got a big gash on the side of his head and it's bleeding a lot he's awake and talking but he keeps asking what happened we got him up on the bank",
         at="2027-05-25 16:20", entities=[P(count="1", sex="male")],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="medical", priority="high"),
    dict(written="EMS to Community Pool: 6 y/o M, near-submersion in the shallow end, pulled out by lifeguard approx 1340, coughing, A&O, vomited water x1. Mother on scene.",
         spoken="e m s to community pool six year old male near submersion in the shallow end pulled out by life guard approximately thirteen forty coughing alert and oriented vomited water times one mother on scene",
         at="2027-05-29 13:45", entities=[P(count="1", sex="male"), P(count="1"), P(count="1", sex="female"), ("local", "2027-05-29 13:40")],
         places=[("landmark", "Community Pool")], category="medical", priority="high"),
    # Symptoms now from a bite days ago: judged by the bite (as holdout12's fall), lowered to medium.
    dict(written="Not sure if this is an emergency. My daughter came back from the Girl Scout campout at Riverside Park on Monday and I found a tick in her scalp yesterday. Today she's got a fever of 102, a bad headache and a red rash spreading on her wrists and ankles. She's 9. The clinic won't call me back.",
         spoken="hi um not sure if this is an emergency my daughter came back from the girl scout camp out at river side park on monday and i found a tick in her scalp yesterday today she's got a fever of a hundred and two a bad headache and a red rash spreading on her wrists and ankles she's nine the clinic won't call me back",
         at="2027-05-27 09:10", entities=[P(count="1", sex="female")],
         places=[("landmark", "Riverside Park")], category="medical", priority="medium"),
    dict(written="Track coach at Oakford High. A discus just came off the cage and hit one of my throwers in the side of the head. He dropped and he's not responding, he's breathing, and there's blood coming from his ear. We haven't moved him.",
         spoken="track coach at oak fort high a discus just came off the cage and hit one of my throwers in the side of the head he dropped and he's not responding he's breathing and there's blood coming from his ear we haven't moved him",
         at="2027-05-27 15:40", entities=[P(count="1", sex="male"), ("now",)],
         places=[("landmark", "Oakford High School")], category="medical", priority="critical"),
    dict(written="Hello please, the hail break our big window and my wife she cut the arm very deep on the glass. The blood come through two towels already. She is sitting, she talk to me, but she is very white. 1141 Chestnut, please come to the back door.",
         spoken="hello please the hail break our big window and my wife she cut the arm very deep on the glass the blood come through two towels already she is sitting she talk to me but she is very white eleven forty one chest nut please come to the back door",
         at="2027-05-26 19:25", entities=[P(count="1", sex="female")],
         places=[("address", 1141, "Chestnut Street")], category="medical", priority="high"),

    # ---------------------------------------------------------------- robbery
    dict(written="We just got robbed at our yard sale! Two guys came up to the table and one pulled a knife on my mom and grabbed the cash box, then they jumped in a grey Honda Odyssey and went north on 9th, maybe a minute ago. Plate started with 7 K, I didn't get the rest. 913 Oak Street.",
         spoken="we just got robbed at our yard sale two guys came up to the table and one pulled a knife on my mom and grabbed the cash box then they jumped in a gray honda odyssey and went north on ninth maybe a minute ago plate started with seven k i didn't get the rest nine thirteen oak street",
         at="2027-05-29 09:35", entities=[P(count="2", sex="male"), W("knife"), P(count="1", sex="female"), V(colour="grey", make="honda", model="odyssey", plate="7K", direction="north"), ("ago", 1)],
         places=[("address", 913, "Oak Street")], category="robbery", priority="critical"),
    dict(written="I'm 78 and I don't usually call the police. I was sitting at my yard sale table and a young woman asked me to break a fifty, and when I opened my money apron she shoved me down on the driveway and ripped it right off me, about $240 in it. My hip's throbbing but I can get up. She ran toward 11th about 10 minutes ago. 1029 Willow.",
         spoken="yeah hi i'm seventy eight and i don't usually call the police i was sitting at my yard sale table and a young woman asked me to break a fifty and when i opened my money apron she shoved me down on the drive way and ripped it right off me about two hundred forty dollars in it my hip's throbbing but i can get up she ran toward eleventh about ten minutes ago ten twenty nine will o",
         at="2027-05-29 11:50", entities=[P(count="1", sex="female", age="18-29"), ("ago", 10)],
         places=[("address", 1029, "Willow Street")], category="robbery", priority="high"),
    dict(written="Last night around 11:45 I was walking home from the Old Mill Brewery and two guys on those rental e-scooters rode up behind me on Main by 2nd, one snatched the phone I was texting on and the other shoved me into a hedge. I've got scratches all down my arm. They went toward the West End.",
         spoken="last night around eleven forty five i was walking home from the old mill brewery and two guys on those rental e scooters rode up behind me on main by second one snatched the phone i was texting on and the other shoved me into a hedge i've got scratches all down my arm they went toward the west end",
         at="2027-05-27 09:20", entities=[P(count="2", sex="male"), V(type="scooter"), ("local", "2027-05-26 23:45")],
         places=[("landmark", "Old Mill Brewery"), ("intersection", "Main Street", "2nd Street"), ("neighbourhood", "West End")], category="robbery", priority="medium"),
    dict(written="Rotary duck race at Riverside Park, a man just walked up to our ticket table with a handgun, pointed it at my volunteer and took the cash bag with all the ticket money. He's running toward River Road right now. Orange tank top, black shorts, tall and skinny.",
         spoken="rotary duck race at river side park a man just walked up to our ticket table with a hand gun pointed it at my volunteer and took the cash bag with all the ticket money he's running toward river road right now orange tank top black shorts tall and skinny",
         at="2027-05-30 12:25", entities=[P(count="1", sex="male", height="tall", build="thin", clothing=["orange tank top", "black shorts"]), W("handgun"), P(count="1"), ("now",)],
         places=[("landmark", "Riverside Park")], category="robbery", priority="critical"),
    dict(written="Some guy just took my car at the vacuums at the QuickStop car wash, he shoved me into the trash can and drove off in it toward Riverside, like two minutes ago. It's my blue Kia Sorento, plate TNV 5813. Grey hoodie, black sweatpants. My arm's scraped but I'm okay.",
         spoken="some guy just took my car at the vacuums at the quick stop car wash he shoved me into the trash can and drove off in it toward river sight like two minutes ago it's my blue kia sorento plate tango november victor five eight one three gray hoodie black sweatpants my arm's scraped but i'm okay",
         at="2027-05-25 18:05", entities=[P(count="1", sex="male", clothing=["grey hoodie", "black sweatpants"]), V(colour="blue", make="kia", model="sorento", plate="TNV5813"), ("ago", 2)],
         places=[("landmark", "QuickStop Gas"), ("neighbourhood", "Riverside")], category="robbery", priority="high"),
    # A knife only claimed, never seen: no weapon and no raise (train1); days old, lowered to medium.
    dict(written="Web report: On Monday evening around 6 two teenagers boxed my son in at the bus stop outside Lincoln Elementary and took his phone and his earbuds. One said he had a knife, but my son never saw one. Son is fine, just shaken. One wore a green Celtics jersey.",
         spoken="web report on monday evening around six two teenagers boxed my son in at the bus stop outside lincoln elementary and took his phone and his ear buds one said he had a knife but my son never saw one son is fine just shaken one wore a green celtics jersey",
         at="2027-05-26 12:30", entities=[P(count="2", age="13-19"), P(count="1", sex="male"), P(count="1", clothing=["green jersey"]), ("local", "2027-05-24 18:00")],
         places=[("relative", ("landmark", "Lincoln Elementary School"))], category="robbery", priority="medium"),

    # ---------------------------------------------------------------- assault
    # The car she is pinned against is not part of the event and not annotated.
    dict(written="There's a man choking a woman up against a car on the far side of the commuter lot at Central Station right now, both hands around her neck, she's clawing at his arms and she's starting to go limp! People are yelling at him. He's muscular, bald, black tank top.",
         spoken="there's a man choking a woman up against a car on the far side of the commuter lot at central station right now both hands around her neck she's clawing at his arms and she's starting to go limp people are yelling at him he's muscular bald black tank top",
         at="2027-05-25 17:40", entities=[P(count="1", sex="male", build="muscular", clothing=["black tank top"]), P(count="1", sex="female"), ("now",), P(count="2+")],
         places=[("landmark", "Central Station")], category="assault", priority="critical"),
    dict(written="A customer just slapped our 17 year old cashier across the face at the FreshMart self-checkout because she asked for his ID for the beer, and his ring scratched her cheek open. He's still standing at the register yelling for a manager. Grey polo, khaki shorts, about 50.",
         spoken="a customer just slapped our seventeen year old cashier across the face at the fresh marked self checkout because she asked for his i d for the beer and his ring scratched her cheek open he's still standing at the register yelling for a manager gray polo khaki shorts about fifty",
         at="2027-05-24 19:20", entities=[P(count="1", sex="male", age="47-53", clothing=["grey shirt", "khaki shorts"]), P(count="1", sex="female"), ("now",)],
         places=[("landmark", "FreshMart Supermarket")], category="assault", priority="high"),
    # A glass pitcher swung into a face is improvised, not a weapon (as train1's beer bottle); going in and out is a life at risk.
    dict(written="my roommate just got hit in the face with a glass pitcher at our party, some guy he was arguing with on the porch swung it at him. theres glass in his eye and blood everywhere and hes kind of going in and out. 214 12th st. the guy ran toward river road, white hoodie",
         spoken="my roommate just got hit in the face with a glass pitcher at our party some guy he was arguing with on the porch swung it at him there's glass in his eye and blood everywhere and he's kind of going in and out two fourteen twelfth street the guy ran toward river road white hoodie",
         at="2027-05-29 01:35", entities=[P(count="1", sex="male"), P(count="1", sex="male", clothing=["white hoodie"]), ("now",)],
         places=[("address", 214, "12th Street")], category="assault", priority="critical"),
    dict(written="Assault, 600 blk Maple, approx 1415: F subj struck M neighbor (60s) w/ a rake handle during dispute over storm-damaged fence. Vic conscious, lac to forehead, bleeding controlled. Subj back inside her residence. Requesting unit.",
         spoken="assault six hundred block maple approximately fourteen fifteen female subject struck male neighbor sixties with a rake handle during dispute over storm damaged fence victim conscious laceration to forehead bleeding controlled subject back inside her residence requesting unit",
         at="2027-05-27 14:20", entities=[P(count="1", sex="female"), P(count="1", sex="male"), ("local", "2027-05-27 14:15")],
         places=[("block", 600, "Maple Avenue")], category="assault", priority="high"),
    # A punch at 07:00 told at 14:10: lowered to medium. The baby (through a possessive) and the landscaper's truck are annotated.
    dict(written="I'd like to report something from this morning, around 7. The landscaper doing the yard next door was running his edger right under our baby's window, and when my husband asked him to wait till 8 he punched him in the mouth and split his lip. His truck says Green Acres on the side. We're on Birch between 9th and 10th.",
         spoken="uh yeah i'd like to report something from this morning around seven the landscaper doing the yard next door was running his edger right under our baby's window and when my husband asked him to wait till eight he punched him in the mouth and split his lip his truck says green acres on the side we're on burch between ninth and tenth",
         at="2027-05-24 14:10", entities=[P(count="1", sex="male"), P(count="1"), P(count="1", sex="male"), V(type="truck"), ("local", "2027-05-24 07:00")],
         places=[("block", 900, "Birch Street")], category="assault", priority="medium"),
    dict(written="My son just got off the school bus at the stop on 7th between Oak and Maple with a black eye and his glasses snapped in half. A high schooler on the bus punched him because he wouldn't give up his seat, and the driver didn't do a thing. He's 10. It happened about 15 minutes ago, the stop before ours.",
         spoken="my son just got off the school bus at the stop on seventh between oak and maple with a black eye and his glasses snapped in half a high schooler on the bus punched him because he wouldn't give up his seat and the driver didn't do a thing he's ten it happened about fifteen minutes ago the stop before ours",
         at="2027-05-28 12:50", entities=[P(count="1", sex="male"), V(type="bus"), P(count="1", age="13-19"), P(count="1"), ("ago", 15)],
         places=[("block", 800, "7th Street")], category="assault", priority="high"),
    dict(written="One of the bikers in the Memorial Day ride just got off his Harley at the light at Main and 6th and punched the driver in front of him through his open window for inching into the procession, the driver's nose is pouring blood. The biker's back on the bike heading east on Main with the rest of them. Black leather vest, grey beard.",
         spoken="one of the bikers in the memorial day ride just got off his harley at the light at main and sixth and punched the driver in front of him through his open window for inching into the procession the driver's nose is pouring blood the biker's back on the bike heading east on main with the rest of them black leather vest gray beard",
         at="2027-05-30 13:15", entities=[P(count="1", sex="male", clothing=["black vest"]), V(make="harley-davidson", direction="east"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("intersection", "Main Street", "6th Street")], category="assault", priority="high"),

    # ---------------------------------------------------------------- burglary
    dict(written="We're down in the basement for the tornado warning and somebody's upstairs in our house right now, we can hear drawers opening and footsteps going room to room. We never heard the door. It's me and my two kids down here. 1130 Spruce. Please hurry.",
         spoken="we're down in the basement for the tornado warning and somebody's upstairs in our house right now we can hear drawers opening and footsteps going room to room we never heard the door it's me and my two kids down here eleven thirty spruce please hurry",
         at="2027-05-26 18:55", entities=[P(count="1"), ("now",), P(count="2")],
         places=[("address", 1130, "Spruce Street")], category="burglary", priority="high"),
    # Entered overnight (02:00), found at 07:45: under six hours, stays medium. The trailer is the place burgled, not a vehicle of the event.
    dict(written="Rotary Club here. Somebody pried open the back doors of our trailer parked behind City Hall overnight and took the generator, the PA speakers and the cash box for Sunday's duck race. Thank God all 5,000 rubber ducks are still in there.",
         spoken="rotary club here somebody pried open the back doors of our trailer parked behind city hall overnight and took the generator the p a speakers and the cash box for sunday's duck race thank god all five thousand rubber ducks are still in there",
         at="2027-05-28 07:45", entities=[P(count="1"), ("local", "2027-05-28 02:00")],
         places=[("relative", ("landmark", "City Hall"))], category="burglary", priority="medium"),
    # Any time since Sunday, found on Wednesday: plainly days old (as holdout13's late mother's house), low.
    dict(written="Web report: Basement storage room at 827 Elm St (apartment building). Somebody cut open 6 of the tenants' storage cages, bikes and tools missing, boxes dumped on the floor. Last time anyone was down there was Sunday. Found this morning by the super.",
         spoken="web report basement storage room at eight twenty seven elm street apartment building somebody cut open six of the tenants storage cages bikes and tools missing boxes dumped on the floor last time anyone was down there was sunday found this morning by the super",
         at="2027-05-26 10:40", entities=[P(count="1"), P(count="2+"), V(type="bicycle"), P(count="1")],
         places=[("address", 827, "Elm Street")], category="burglary", priority="low"),
    dict(written="Hello, I am the cleaning lady for the house at 245 10th Street, the family is on vacation. When I come in now, the back door glass is broken and I hear somebody walking upstairs, right now. I go out and I am sitting in my car. Please come.",
         spoken="hello i am the cleaning lady for the house at two forty five tenth street the family is on vacation when i come in now the back door glass is broken and i hear somebody walking upstairs right now i go out and i am sitting in my car please come",
         at="2027-05-24 09:40", entities=[P(count="1"), ("now",)],
         places=[("address", 245, "10th Street")], category="burglary", priority="high"),
    # Locked at 20:00, found at 06:40: found the same day, and the window's middle is under six hours old; medium.
    # "when I left at 8 last night" is the caller leaving, not the event's time.
    dict(written="I went down to water at the community garden on Cedar by 11th and the tool shed's been pried open, the rototiller, the wheelbarrows and everybody's good tools are gone. It was locked when I left at 8 last night. There's wheelbarrow tracks going out to the street.",
         spoken="i went down to water at the community garden on seeder by eleventh and the tool shed's been pried open the rototiller the wheelbarrows and everybody's good tools are gone it was locked when i left at eight last night there's wheelbarrow tracks going out to the street",
         at="2027-05-29 06:40", entities=[P(count="2+")],
         places=[("intersection", "Cedar Street", "11th Street")], category="burglary", priority="medium"),
    dict(written="Web report: Detached garage at 117 3rd Street entered sometime between Friday evening and this morning while we were away. Side door forced. Missing: 2 mountain bikes, a pressure washer, a chainsaw. No suspects.",
         spoken="web report detached garage at one seventeen third street entered sometime between friday evening and this morning while we were away side door forced missing two mountain bikes a pressure washer a chainsaw no suspects",
         at="2027-05-24 08:30", entities=[V(type="bicycle")],
         places=[("address", 117, "3rd Street")], category="burglary", priority="low"),

    # ---------------------------------------------------------------- theft
    dict(written="Guy at my yard sale just slipped my cordless drill and my dad's old watch into his tote bag and he's walking to his truck right now, a white Ford F-150, plate JKE 2291, no, JKE 2219. 442 Chestnut. Red baseball cap, sunburned.",
         spoken="guy at my yard sale just slipped my cordless drill and my dad's old watch into his tote bag and he's walking to his truck right now a white ford f one fifty plate j k e two two nine one no j k e two two one nine four forty two chest nut red baseball cap sunburned",
         at="2027-05-29 10:05", entities=[P(count="1", sex="male", clothing=["red cap"]), P(count="1", sex="male"), ("now",), V(colour="white", make="ford", model="f-150", plate="JKE2219")],
         places=[("address", 442, "Chestnut Street")], category="theft", priority="high"),
    dict(written="While I was helping my neighbor clear the tree the storm dropped across his driveway, somebody took my chainsaw and my gas can right out of my pickup's bed, maybe an hour ago. It was parked on the street in front of 1055 Walnut. Orange Stihl, almost new.",
         spoken="while i was helping my neighbor clear the tree the storm dropped across his drive way somebody took my chainsaw and my gas can right out of my pick up's bed maybe an hour ago it was parked on the street in front of ten fifty five walnut orange stihl almost new",
         at="2027-05-27 13:30", entities=[P(count="1", sex="male"), P(count="1"), V(type="pickup"), ("ago", 60)],
         places=[("relative", ("address", 1055, "Walnut Street"))], category="theft", priority="medium"),
    dict(written="The Scouts put about 60 little flags around the war memorial in Maple Square yesterday for the ceremony this morning, and somebody pulled up every one of them last night and took them. The ceremony's at 11. Kind of sick, honestly.",
         spoken="the scouts put about sixty little flags around the war memorial in maple square yesterday for the ceremony this morning and somebody pulled up every one of them last night and took them the ceremony's at eleven kind of sick honestly",
         at="2027-05-30 09:00", entities=[P(count="2+"), P(count="1"), ("local", "2027-05-29 23:00")],
         places=[("landmark", "Maple Square")], category="theft", priority="low"),
    dict(written="Somebody lifted my wallet out of my back pocket while I was watching the motorcycle ride go by on Main by 5th, about 20 minutes ago, and the tracker tag in it shows it heading down River Road. Can somebody go get it?",
         spoken="somebody lifted my wallet out of my back pocket while i was watching the motorcycle ride go by on maine by fifth about twenty minutes ago and the tracker tag in it shows it heading down river road can somebody go get it",
         at="2027-05-30 13:40", entities=[P(count="1"), ("ago", 20)],
         places=[("intersection", "Main Street", "5th Street")], category="theft", priority="medium"),
    # Snatched from a bike basket without contact: theft. The thief's bike is annotated; the caller's, which she only rode, is not.
    dict(written="A guy riding past on a bike grabbed my purse out of the front basket of my bike while I waited for the green at Elm and 4th, about 40 minutes ago. He went down 4th toward Main. I didn't fall or anything. Skinny, green tank top, no helmet.",
         spoken="a guy riding past on a bike grabbed my purse out of the front basket of my bike while i waited for the green at elm and fourth about forty minutes ago he went down fourth toward main i didn't fall or anything skinny green tank top no helmet",
         at="2027-05-25 17:20", entities=[P(count="1", sex="male", build="thin", clothing=["green tank top"]), V(type="bicycle"), ("ago", 40)],
         places=[("intersection", "Elm Street", "4th Street")], category="theft", priority="medium"),
    # "on Willow Street" is a street alone: no place. "sometime Saturday night" told on the Monday: days old, low.
    dict(written="My motorcycle got stolen out of my driveway sometime Saturday night, I was away all weekend and my neighbor just noticed the cover lying in the grass. It's a black Honda Shadow, plate 4MC21. I live on Willow Street.",
         spoken="um my motorcycle got stolen out of my drive way sometime saturday night i was away all weekend and my neighbor just noticed the cover lying in the grass it's a black honda shadow plate four m c two one i live on willow street",
         at="2027-05-24 08:50", entities=[V(colour="black", make="honda", model="shadow", plate="4MC21"), P(count="1")],
         places=[], category="theft", priority="low"),

    # ---------------------------------------------------------------- traffic
    # "a huge maple" is a tree, not Maple Avenue. A car on the road crushed with its driver unanswering: traffic, critical.
    dict(written="A huge maple just came down across Pine between 6th and 7th right on top of a car! The roof's crushed down to the seats and the lady behind the wheel isn't answering me, I can see blood on her face. Wires are down in the road too.",
         spoken="a huge maple just came down across pine between sixth and seventh right on top of a car the roof's crushed down to the seats and the lady behind the wheel isn't answering me i can see blood on her face wires are down in the road too",
         at="2027-05-26 18:50", entities=[V(type="car"), P(count="1", sex="female"), ("now",)],
         places=[("block", 600, "Pine Street")], category="traffic", priority="critical"),
    # A make and a type word together give both (as train2's "red Ford pickup").
    dict(written="A silver Chevy pickup just hit a man on a bike on Kingsley by 5th, no sorry, by 4th, and kept going toward downtown! He's down on the pavement with his leg twisted under him, he's moaning but he's talking. Plate started with L V.",
         spoken="a silver chevy pick up just hit a man on a bike on kingsley by fifth no sorry by fourth and kept going toward down town he's down on the pavement with his leg twisted under him he's moaning but he's talking plate started with l v",
         at="2027-05-25 07:55", entities=[V(colour="silver", make="chevrolet", type="pickup", plate="LV"), P(count="1", sex="male"), V(type="bicycle"), ("now",)],
         places=[("intersection", "Kingsley Avenue", "4th Street"), ("neighbourhood", "Downtown")], category="traffic", priority="high"),
    dict(written="The storm just blew somebody's whole trampoline out onto River Road by Riverside Park, it's upside down across both lanes and cars are swerving around it in the rain. Somebody's going to hit it.",
         spoken="the storm just blew somebody's whole trampoline out onto river road by river side park it's upside down across both lanes and cars are swerving around it in the rain somebody's going to hit it",
         at="2027-05-26 19:40", entities=[("now",)],
         places=[("relative", ("landmark", "Riverside Park"))], category="traffic", priority="medium"),
    # Penske is a rental company, not a make (as holdout8's U-Haul). Since last night (23:00), told at 08:20: lowered to low.
    dict(written="A big yellow Penske moving truck has been parked up on the sidewalk on Pine between 3rd and 4th since last night, blocking the whole sidewalk and half the lane. People with strollers are walking out in the street around it. Nobody's with it.",
         spoken="a big yellow penske moving truck has been parked up on the side walk on pine between third and fourth since last night blocking the whole side walk and half the lane people with strollers are walking out in the street around it nobody's with it",
         at="2027-05-27 08:20", entities=[V(colour="yellow", type="truck"), ("local", "2027-05-26 23:00"), P(count="2+")],
         places=[("block", 300, "Pine Street")], category="traffic", priority="low"),
    dict(written="uh the hail's piled up like marbles on Old Mill Road by 2nd, it's an inch deep and slick as ice, the car ahead of me just spun all the way around into the curb. Can somebody get a sander out here before someone gets hurt?",
         spoken="uh the hail's piled up like marbles on old mill road by second it's an inch deep and slick as ice the car ahead of me just spun all the way around into the curb can somebody get a sander out here before someone gets hurt",
         at="2027-05-26 19:05", entities=[V(type="car"), ("now",)],
         places=[("intersection", "Old Mill Road", "2nd Street")], category="traffic", priority="medium"),
    dict(written="2-veh MVC Chestnut & 5th approx 0745. Blk Ford Escape vs white Tesla Model Y. Escape driver c/o chest pain from airbag, ambulatory. Tesla driver F 30s, lac to forehead. Both vehs blocking the NB lane.",
         spoken="two vehicle m v c chestnut and fifth approximately oh seven forty five black ford escape versus white tesla model y escape driver complaining of chest pain from air bag ambulatory tesla driver female thirties laceration to forehead both vehicles blocking the northbound lane",
         at="2027-05-28 07:52", entities=[V(colour="black", make="ford", model="escape"), V(colour="white", make="tesla", model="model y"), P(count="1"), P(count="1", sex="female"), ("local", "2027-05-28 07:45")],
         places=[("intersection", "Chestnut Street", "5th Street")], category="traffic", priority="high"),
    dict(written="Every afternoon at pickup the parents at Lincoln Elementary park in the bus lane and the fire lane and leave their cars running while they walk in, and the buses can't get out. Somebody's going to get run over. Can an officer come by one day this week?",
         spoken="every afternoon at pickup the parents at lincoln elementary park in the bus lane and the fire lane and leave their cars running while they walk in and the buses can't get out somebody's going to get run over can an officer come by one day this week",
         at="2027-05-24 15:20", entities=[P(count="2+")],
         places=[("landmark", "Lincoln Elementary School")], category="traffic", priority="low"),

    # ---------------------------------------------------------------- suspicious vehicle
    dict(written="There's a man in a grey Jeep Cherokee parked along the fence by the Oakford High football field with a rifle across his lap, just watching the seniors practice walking for graduation. He's been there like 20 minutes. Plate PRN 3347.",
         spoken="there's a man in a gray jeep cherokee parked along the fence by the oakford high football field with a rifle across his lap just watching the seniors practice walking for graduation he's been there like twenty minutes plate p as in peter r n three three four seven",
         at="2027-05-27 16:30", entities=[P(count="1", sex="male"), V(colour="grey", make="jeep", model="cherokee", plate="PRN3347"), W("rifle"), P(count="2+")],
         places=[("landmark", "Oakford High School")], category="suspicious_vehicle", priority="high"),
    dict(written="An old grey Buick LeSabre keeps parking across from the Little League field behind Oakford High during the kids' games, and the man inside takes pictures of the kids with a big zoom lens. When any of us parents walk toward him he drives off and comes back a few minutes later. He's back again right now.",
         spoken="an old gray buick lesabre keeps parking across from the little league field behind oakford high during the kids games and the man inside takes pictures of the kids with a big zoom lens when any of us parents walk toward him he drives off and comes back a few minutes later he's back again right now",
         at="2027-05-25 18:30", entities=[V(colour="grey", make="buick", model="lesabre"), P(count="2+"), P(count="1", sex="male"), P(count="2+"), ("now",)],
         places=[("relative", ("landmark", "Oakford High School"))], category="suspicious_vehicle", priority="medium"),
    dict(written="A maroon Pontiac G6 has been left in the Northgate Mall lot since the storm Wednesday with every window smashed out by the hail and the driver's door hanging open. No plates on it, nobody's come for it.",
         spoken="a maroon pontiac g six has been left in the north gate mall lot since the storm wednesday with every window smashed out by the hail and the driver's door hanging open no plates on it nobody's come for it",
         at="2027-05-28 11:40", entities=[V(colour="maroon", make="pontiac", model="g6")],
         places=[("landmark", "Northgate Mall")], category="suspicious_vehicle", priority="low"),
    dict(written="A grey Nissan Rogue with two guys in it keeps circling the block on Cedar between 10th and 11th during the yard sales, slowing down at every table where the cash box is sitting out. That's the fourth time past my house. One's got a black bandana. They just turned south on 11th.",
         spoken="a gray nissan rogue with two guys in it keeps circling the block on cedar between tenth and eleventh during the yard sales slowing down at every table where the cash box is sitting out that's the fourth time past my house one's got a black bandana they just turned south on eleventh",
         at="2027-05-29 10:45", entities=[V(colour="grey", make="nissan", model="rogue", direction="south"), P(count="2", sex="male"), P(count="1", clothing=["black bandana"]), ("now",)],
         places=[("block", 1000, "Cedar Street")], category="suspicious_vehicle", priority="medium"),
    # A life at risk told only by a vehicle, nobody seen inside: suspicious_vehicle, critical (as holdout8's trunk, holdout10's HELP note).
    dict(written="There's a car at the far end of the library lot with a hose running from the tailpipe in through the back window, the engine's running and the glass is all steamed up, I can't see who's inside and nobody answers when I knock. Blue Toyota Camry.",
         spoken="there's a car at the far end of the library lot with a hose running from the tail pipe in through the back window the engine's running and the glass is all steamed up i can't see who's inside and nobody answers when i knock blue toyota camry",
         at="2027-05-24 06:10", entities=[V(colour="blue", make="toyota", model="camry")],
         places=[("landmark", "Oakford Public Library")], category="suspicious_vehicle", priority="critical"),
    dict(written="Power's out on our part of Willow since the storm and there's a dark SUV with its lights off parked at the corner of Willow and 10th, two guys in it with the windows down just watching the houses. They've been there 30 minutes. When my husband shined a flashlight at them they ducked.",
         spoken="power's out on our part of willow since the storm and there's a dark s u v with its lights off parked at the corner of willow and tenth two guys in it with the windows down just watching the houses they've been there thirty minutes when my husband shined a flash light at them they ducked",
         at="2027-05-26 22:15", entities=[V(type="suv"), P(count="2", sex="male"), P(count="1", sex="male")],
         places=[("intersection", "Willow Street", "10th Street")], category="suspicious_vehicle", priority="medium"),

    # ---------------------------------------------------------------- suspicious person
    dict(written="My 13 year old just told me a man she's been chatting with on a game sent her a message that he's parked at the end of our street and she should come out and not tell us. There's a red car sitting at Birch and 12th with a man in it right now. She never told him where we live.",
         spoken="um my thirteen year old just told me a man she's been chatting with on a game sent her a message that he's parked at the end of our street and she should come out and not tell us there's a red car sitting at burch and twelfth with a man in it right now she never told him where we live",
         at="2027-05-24 16:45", entities=[P(count="1", sex="female"), P(count="1", sex="male"), V(colour="red", type="car"), ("now",)],
         places=[("intersection", "Birch Street", "12th Street")], category="suspicious_person", priority="high"),
    dict(written="There's a guy in a polo with a clipboard going house to house on the 900 block of Willow saying he's with the insurance company checking roofs for hail damage, and he's asking everybody for a $500 deposit to hold a spot with his roofers. My neighbor's 80 and she almost wrote him a check. He's at the blue house on the corner now.",
         spoken="yeah so there's a guy in a polo with a clip board going house to house on the nine hundred block of willow saying he's with the insurance company checking roofs for hail damage and he's asking everybody for a five hundred dollar deposit to hold a spot with his roofers my neighbor's eighty and she almost wrote him a check he's at the blue house on the corner now",
         at="2027-05-27 11:10", entities=[P(count="1", sex="male", clothing=["shirt"]), P(count="2+"), P(count="1", sex="female"), ("now",)],
         places=[("block", 900, "Willow Street")], category="suspicious_person", priority="medium"),
    dict(written="This is probably nothing. Around 5 this morning I was letting the dog out and I saw a man in a black wetsuit wade out of the river behind the Old Mill Brewery with a big duffel bag, look around, and walk up into the woods. No car, no boat. Who swims in the dark?",
         spoken="okay this is probably nothing around five this morning i was letting the dog out and i saw a man in a black wet suit wade out of the river behind the old mill brewery with a big duffel bag look around and walk up into the woods no car no boat who swims in the dark",
         at="2027-05-28 09:05", entities=[P(count="1", sex="male", clothing=["black wetsuit"]), ("local", "2027-05-28 05:00")],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="suspicious_person", priority="low"),
    dict(written="There's a woman pushing an empty stroller around Northgate Mall who keeps going up to moms with newborns and asking if she can hold them, and one mom says she tried to follow her into the restroom. Right now she's over near the food court. Long grey coat in this heat, maybe 50.",
         spoken="there's a woman pushing an empty stroller around north gate mall who keeps going up to moms with newborns and asking if she can hold them and one mom says she tried to follow her into the rest room right now she's over near the food court long gray coat in this heat maybe fifty",
         at="2027-05-25 14:15", entities=[P(count="1", sex="female", age="47-53", clothing=["grey coat"]), P(count="2+", sex="female"), P(count="2+"), ("now",)],
         places=[("landmark", "Northgate Mall")], category="suspicious_person", priority="medium"),
    # A prowler at the door with a child home alone: high (a child in danger); no entry, so not burglary.
    dict(written="I'm at work watching my doorbell camera and there's a man at my back door jiggling the handle and pressing his face to the glass, and my 14 year old is home by herself upstairs. I called her and told her to lock herself in the bathroom. 1128 Maple. Grey hoodie, black basketball shorts, skinny.",
         spoken="i'm uh at work watching my door bell camera and there's a man at my back door jiggling the handle and pressing his face to the glass and my fourteen year old is home by herself upstairs i called her and told her to lock herself in the bathroom eleven twenty eight maple gray hoodie black basketball shorts skinny",
         at="2027-05-26 15:20", entities=[P(count="1", sex="male", build="thin", clothing=["grey hoodie", "black shorts"]), P(count="1", sex="female")],
         places=[("address", 1128, "Maple Avenue")], category="suspicious_person", priority="high"),
    # Walked in through an open garage, nothing known taken, now going door to door: a suspicious person, medium.
    dict(written="While I was mowing out front a woman walked in through my open garage and into the house, I found her upstairs going through my linen closet. She said she was looking for the bathroom and walked out. Now she's going door to door down the block asking people if she can use theirs. Maybe 40, blonde ponytail, pink tracksuit. 1115 Hawthorn.",
         spoken="so while i was mowing out front a woman walked in through my open garage and into the house i found her upstairs going through my linen closet she said she was looking for the bathroom and walked out now she's going door to door down the block asking people if she can use theirs maybe forty blonde ponytail pink tracksuit eleven fifteen hawthorne",
         at="2027-05-29 14:20", entities=[P(count="1", sex="female", age="37-43", clothing=["pink tracksuit"]), ("now",), P(count="2+")],
         places=[("address", 1115, "Hawthorn Avenue")], category="suspicious_person", priority="medium"),

    # ---------------------------------------------------------------- drugs
    dict(written="Guys are dealing at the basketball courts on 9th by Spruce, and one of them keeps flashing a pistol tucked in his waistband at anybody who walks up. Little kids are shooting hoops on the next court over. It's going on right now.",
         spoken="guys are dealing at the basketball courts on ninth by spruce and one of them keeps flashing a pistol tucked in his waist band at anybody who walks up little kids are shooting hoops on the next court over it's going on right now",
         at="2027-05-25 20:10", entities=[P(count="2+", sex="male"), W("handgun"), P(count="2+"), ("now",)],
         places=[("intersection", "9th Street", "Spruce Street")], category="drugs", priority="high"),
    dict(written="The guy running the yard sale on Walnut by 3rd has a separate little table of 'special brownies' and he's selling them to teenagers for $10 each. He told my 15 year old they're for grown-ups but he won't tell. He's still selling them.",
         spoken="the guy running the yard sale on walnut by third has a separate little table of special brownies and he's selling them to teenagers for ten dollars each he told my fifteen year old they're for grown ups but he won't tell he's still selling them",
         at="2027-05-29 12:30", entities=[P(count="1", sex="male"), P(count="2+", age="13-19"), P(count="1")],
         places=[("intersection", "Walnut Street", "3rd Street")], category="drugs", priority="medium"),
    # The kids who use the alley are not at risk from plants: drugs, low.
    dict(written="Not sure who handles this. My neighbor at 520 Birch has about 20 big marijuana plants growing in with his tomatoes in the back garden, you can see them plain as day from the alley, and kids cut through that alley every day.",
         spoken="hi uh not sure who handles this my neighbor at five twenty birch has about twenty big marijuana plants growing in with his tomatoes in the back garden you can see them plain as day from the alley and kids cut through that alley every day",
         at="2027-05-26 11:30", entities=[P(count="1", sex="male"), P(count="2+")],
         places=[("address", 520, "Birch Street")], category="drugs", priority="low"),
    dict(written="Web tip: Most nights this week, somewhere around 1 a.m., a drone comes in low over the rooftops and lowers a little package on a string into the backyard at 1045 Elm, and a guy comes out with a flashlight and grabs it. Then the drone goes back toward the river. I'm not making this up.",
         spoken="web tip most nights this week somewhere around one a m a drone comes in low over the rooftops and lowers a little package on a string into the back yard at ten forty five elm and a guy comes out with a flash light and grabs it then the drone goes back toward the river i'm not making this up",
         at="2027-05-27 10:20", entities=[P(count="1", sex="male")],
         places=[("address", 1045, "Elm Street")], category="drugs", priority="low"),
    dict(written="There's a guy in a green canoe who keeps paddling up to the fishing dock at Riverside Park, people hand him cash and he hands up little bags, then he paddles off a little way and waits. This is his fourth trip in the last hour. Shirtless, camo bucket hat.",
         spoken="there's a guy in a green canoe who keeps paddling up to the fishing dock at river side park people hand him cash and he hands up little bags then he paddles off a little way and waits this is his fourth trip in the last hour shirtless camo bucket hat",
         at="2027-05-30 16:10", entities=[P(count="1", sex="male", clothing=["camo hat"]), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="drugs", priority="medium"),
    dict(written="yo theres a guy selling carts and pens out of his backpack by the picnic tables in maple square rn, middle school kids lining up. black hoodie red shorts, prob like 19",
         spoken="yo there's a guy selling carts and pens out of his back pack by the picnic tables in maple square right now middle school kids lining up black hoodie red shorts probably like nineteen",
         at="2027-05-28 15:05", entities=[P(count="1", sex="male", age="16-22", clothing=["backpack", "black hoodie", "red shorts"]), ("now",), P(count="2+")],
         places=[("landmark", "Maple Square")], category="drugs", priority="medium"),

    # ---------------------------------------------------------------- vandalism
    # Nails spread on purpose that throw a cyclist: vandalism raised to high for the injury (as holdout9's wire).
    dict(written="Somebody dumped a whole box of roofing nails across the bike lane on Hawthorn between 5th and 6th. I got a flat and so did the guy behind me, and a lady just went over her handlebars, her wrist looks broken and her chin's bleeding. They're spread out for like 50 feet, that's on purpose.",
         spoken="somebody dumped a whole box of roofing nails across the bike lane on hawthorne between fifth and sixth i got a flat and so did the guy behind me and a lady just went over her handle bars her wrist looks broken and her chin's bleeding they're spread out for like fifty feet that's on purpose",
         at="2027-05-27 17:30", entities=[P(count="1"), P(count="1", sex="male"), P(count="1", sex="female"), ("now",)],
         places=[("block", 500, "Hawthorn Avenue")], category="vandalism", priority="high"),
    dict(written="Two kids are carving their names into the fresh concrete the city just poured for the new sidewalk on Maple between 8th and 9th, they already stomped right across half of it. They're still at it right now. Both on bikes.",
         spoken="two kids are carving their names into the fresh concrete the city just poured for the new side walk on maple between eighth and ninth they already stomped right across half of it they're still at it right now both on bikes",
         at="2027-05-24 16:00", entities=[P(count="2"), ("now",), V(type="bicycle")],
         places=[("block", 800, "Maple Avenue")], category="vandalism", priority="medium"),
    # The teacher who passed is not annotated; the children who will see the stump are not at risk.
    dict(written="Someone sawed down the little memorial tree by the front walk at Lincoln Elementary last night, the one the kids planted for Mrs. Alvarez who passed in March. They just left the stump and the plaque. The kids are going to see it this morning on their last day.",
         spoken="someone sawed down the little memorial tree by the front walk at lincoln elementary last night the one the kids planted for missus alvarez who passed in march they just left the stump and the plaque the kids are going to see it this morning on their last day",
         at="2027-05-28 07:30", entities=[P(count="1"), ("local", "2027-05-27 23:00"), P(count="2+")],
         places=[("landmark", "Lincoln Elementary School")], category="vandalism", priority="low"),
    # The scooters thrown in the river are the property damaged: one scooter entity.
    dict(written="Five or six drunk guys are picking up the rental e-scooters and throwing them off the footbridge behind the Old Mill Brewery into the river, they've done like six already and they're cheering every time. Right now.",
         spoken="five or six drunk guys are picking up the rental e scooters and throwing them off the foot bridge behind the old mill brewery into the river they've done like six already and they're cheering every time right now",
         at="2027-05-29 23:55", entities=[P(count="3+", sex="male"), V(type="scooter"), ("now",)],
         places=[("relative", ("landmark", "Old Mill Brewery"))], category="vandalism", priority="medium"),
    dict(written="Some car did donuts all over my front lawn, deep ruts through the grass and my flower beds, and it flattened the flag I had out for Memorial Day. My camera caught the headlights at 2:10 this morning. 1066 Spruce.",
         spoken="some car did donuts all over my front lawn deep ruts through the grass and my flower beds and it flattened the flag i had out for memorial day my camera caught the head lights at two ten this morning ten sixty six spruce",
         at="2027-05-30 08:20", entities=[V(type="car"), ("local", "2027-05-30 02:10")],
         places=[("address", 1066, "Spruce Street")], category="vandalism", priority="low"),
    dict(written="Two boys on bikes are shooting out the new solar path lights in Maple Square with a slingshot, they've busted like eight of them already and they're still going down the row. Maybe 12, one in a yellow shirt.",
         spoken="two boys on bikes are shooting out the new solar path lights in maple square with a sling shot they've busted like eight of them already and they're still going down the row maybe twelve one in a yellow shirt",
         at="2027-05-25 19:30", entities=[P(count="2", sex="male", age="9-15"), V(type="bicycle"), P(count="1", clothing=["yellow shirt"])],
         places=[("landmark", "Maple Square")], category="vandalism", priority="medium"),

    # ---------------------------------------------------------------- disturbance
    # A threat to break a wife's neck, no blow seen: a disturbance, high (a woman in danger, as holdout10's stepfather).
    dict(written="A man in the QuickStop lot is screaming at his wife, he smashed her phone on the pavement and he keeps telling her he'll break her neck when they get home. She's sitting on the curb crying with their two little kids. He hasn't hit her that I've seen. Big guy, red tank top.",
         spoken="a man in the quick stop lot is screaming at his wife he smashed her phone on the pavement and he keeps telling her he'll break her neck when they get home she's sitting on the curb crying with their two little kids he hasn't hit her that i've seen big guy red tank top",
         at="2027-05-29 16:40", entities=[P(count="1", sex="male", clothing=["red tank top"]), P(count="1", sex="female"), P(count="2")],
         places=[("landmark", "QuickStop Gas")], category="disturbance", priority="high"),
    dict(written="Somebody's been setting off big fireworks in the middle of Spruce by 7th for almost an hour, the mortar kind that shake the windows, and the baby's screaming. It's 11:50 at night.",
         spoken="somebody's been setting off big fire works in the middle of spruce by seventh for almost an hour the mortar kind that shake the windows and the baby's screaming it's eleven fifty at night",
         at="2027-05-29 23:52", entities=[P(count="1"), P(count="1"), ("local", "2027-05-29 23:50")],
         places=[("intersection", "Spruce Street", "7th Street")], category="disturbance", priority="medium"),
    # "We live on Hawthorn" is a street alone: no place.
    dict(written="This is going to sound petty. My neighbor hung like thirty wind chimes on his porch right across from my bedroom window, and since the wind picked up after the storm they've been clanging day and night for two days. I asked him nicely and he laughed at me. We live on Hawthorn.",
         spoken="um this is gonna sound petty my neighbor hung like thirty wind chimes on his porch right across from my bed room window and since the wind picked up after the storm they've been clanging day and night for two days i asked him nicely and he laughed at me we live on hawthorne",
         at="2027-05-28 08:00", entities=[P(count="1", sex="male")],
         places=[], category="disturbance", priority="low"),
    # Rubber ducks thrown, nobody hurt: a disturbance (as holdout12's drunk Santa's bucket), medium.
    dict(written="At the duck race in Riverside Park a man is standing on a picnic table screaming at the Rotary volunteers that the race was fixed, and he's winging rubber ducks at their heads. Little kids are crying. He hasn't actually hurt anybody. Sweaty guy, red jersey.",
         spoken="at the duck race in river side park a man is standing on a picnic table screaming at the rotary volunteers that the race was fixed and he's winging rubber ducks at their heads little kids are crying he hasn't actually hurt anybody sweaty guy red jersey",
         at="2027-05-30 12:40", entities=[P(count="1", sex="male", clothing=["red jersey"]), P(count="2+"), P(count="2+")],
         places=[("landmark", "Riverside Park")], category="disturbance", priority="medium"),
    dict(written="Drunk guy at the Memorial Day ceremony in Maple Square keeps climbing up on the stage and grabbing the mic from the veterans, yelling about the VA. The color guard's trying to keep him off. The whole ceremony's stopped.",
         spoken="drunk guy at the memorial day ceremony in maple square keeps climbing up on the stage and grabbing the mic from the veterans yelling about the v a the color guard's trying to keep him off the whole ceremony's stopped",
         at="2027-05-30 11:20", entities=[P(count="1", sex="male"), P(count="2+"), P(count="2+")],
         places=[("landmark", "Maple Square")], category="disturbance", priority="medium"),
    # "the guy" of the new people is a person of his own (sex); the caller's car a can was thrown at is annotated.
    dict(written="Last night around 10 the new people at 1151 Cedar had a bonfire going in their side yard with music blasting, and when I asked them to turn it down the guy cussed me out and threw a beer can at my car. Nothing's damaged. I just want it on file.",
         spoken="last night around ten the new people at eleven fifty one cedar had a bonfire going in their side yard with music blasting and when i asked them to turn it down the guy cussed me out and threw a beer can at my car nothing's damaged i just want it on file",
         at="2027-05-30 08:40", entities=[("local", "2027-05-29 22:00"), P(count="2+"), P(count="1", sex="male"), V(type="car")],
         places=[("address", 1151, "Cedar Street")], category="disturbance", priority="low"),

    # ---------------------------------------------------------------- other
    # A driver on her car's roof in rising water: a rescue (other, critical, train1); the car is annotated.
    dict(written="There's a car stalled in the floodwater on River Road right by the QuickStop, the water's up over the hood and still rising, and the lady driving is sitting up on the roof screaming. It's moving fast there. Little white Hyundai Accent.",
         spoken="there's a car stalled in the flood water on river road right by the quick stops the water's up over the hood and still rising and the lady driving is sitting up on the roof screaming it's moving fast there little white hyundai accent",
         at="2027-05-26 19:30", entities=[V(colour="white", make="hyundai", model="accent"), P(count="1", sex="female")],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="other", priority="critical"),
    # A missing child beside a river, not seen in it: other, high (a missing vulnerable person).
    dict(written="My 5 year old let go of my hand in the crowd on the footbridge at the duck race and I can't find him anywhere, the river's right there! Blue swim shirt, red rain boots, blond. Riverside Park. Please.",
         spoken="please please my five year old let go of my hand in the crowd on the foot bridge at the duck race and i can't find him anywhere the river's right there blue swim shirt red rain boots blond river side park please",
         at="2027-05-30 12:10", entities=[P(count="1", sex="male", clothing=["blue shirt", "red boots"])],
         places=[("landmark", "Riverside Park")], category="other", priority="high"),
    dict(written="Oakford Public Library, children's desk. A bat is swooping around the children's room in the middle of story time, we've got about fifteen little kids and their parents ducking under the tables. We can't get it out the window. Do we need animal control or you?",
         spoken="oakford public library children's desk a bat is swooping around the children's room in the middle of story time we've got about fifteen little kids and their parents ducking under the tables we can't get it out the window do we need animal control or you",
         at="2027-05-25 10:35", entities=[P(count="3+"), P(count="2+")],
         places=[("landmark", "Oakford Public Library")], category="other", priority="medium"),
    dict(written="I picked up a dresser somebody put out at the curb on Chestnut by 8th, and taped under the bottom drawer there's a bag with about a hundred pills and a wedding ring with initials engraved in it. I don't want to get anyone in trouble. Who do I give it to?",
         spoken="uh hi i picked up a dresser somebody put out at the curb on chestnut by eighth and taped under the bottom drawer there's a bag with about a hundred pills and a wedding ring with initials engraved in it i don't want to get anyone in trouble who do i give it to",
         at="2027-05-27 18:30", entities=[P(count="1")],
         places=[("intersection", "Chestnut Street", "8th Street")], category="other", priority="low"),
    # "the big oak" is a tree, not Oak Street; the owners are away; children walking under it: medium.
    dict(written="The storm tore the metal roof off the shed at 1175 Cedar and it's hanging out of the big oak over the sidewalk, just swinging in the wind, and the kids walk right under it to the bus in about 20 minutes. The owners are away.",
         spoken="the storm tore the metal roof off the shed at eleven seventy five cedar and it's hanging out of the big oak over the side walk just swinging in the wind and the kids walk right under it to the bus in about twenty minutes the owners are away",
         at="2027-05-27 07:25", entities=[P(count="2+")],
         places=[("address", 1175, "Cedar Street")], category="other", priority="medium"),
    dict(written="There's hundreds of dead fish floating along the bank of the river behind the QuickStop since the storm, and a rainbow sheen on the water and a chemical smell. Somebody should probably look at it.",
         spoken="there's hundreds of dead fish floating along the bank of the river behind the quick stop since the storm and a rainbow sheen on the water and a chemical smell somebody should probably look at it",
         at="2027-05-28 10:00", entities=[],
         places=[("relative", ("landmark", "QuickStop Gas"))], category="other", priority="low"),
    # An animal bite: other, high; the owner's SUV is annotated (he is leaving in it).
    dict(written="A dog tied up outside the FreshMart just bit my 4 year old on the cheek when she reached to pet it, she's bleeding and screaming. The owner came out and he's trying to leave with the dog in a grey SUV. Brown pit mix.",
         spoken="a dog tied up outside the fresh mart just bit my four year old on the cheek when she reached to pet it she's bleeding and screaming the owner came out and he's trying to leave with the dog in a gray s u v brown pit mix",
         at="2027-05-29 11:15", entities=[P(count="1", sex="female"), P(count="1", sex="male"), V(colour="grey", type="suv"), ("now",)],
         places=[("relative", ("landmark", "FreshMart Supermarket"))], category="other", priority="high"),
]

//! Word lists the rules match against, each phrase mapped to one canonical value.
//!
//! Phrases are sequences of normalised token keys, so "pick up truck", "pickup truck" and "pickup" can all
//! say `pickup`. Lookups take the longest phrase starting at a token.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::normalise::Token;

/// Phrases grouped by first word.
pub struct Lexicon {
    by_first: FxHashMap<&'static str, Vec<(Vec<&'static str>, &'static str)>>,
}

impl Lexicon {
    fn new(entries: &[(&'static str, &'static str)]) -> Self {
        let mut by_first: FxHashMap<&'static str, Vec<(Vec<&'static str>, &'static str)>> = FxHashMap::default();
        for &(phrase, value) in entries {
            let words: Vec<&'static str> = phrase.split(' ').collect();
            by_first.entry(words[0]).or_default().push((words, value));
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Self { by_first }
    }

    /// The value of a one-word phrase.
    pub fn word(&self, w: &str) -> Option<&'static str> {
        self.by_first.get(w)?.iter().find(|(words, _)| words.len() == 1).map(|(_, v)| *v)
    }

    /// The longest phrase at `tokens[i..]`: (tokens used, canonical value).
    pub fn at(&self, tokens: &[Token], i: usize) -> Option<(usize, &'static str)> {
        let first = tokens.get(i)?;
        let cands = self.by_first.get(first.key.as_str())?;
        cands
            .iter()
            .find(|(words, _)| words.iter().enumerate().all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.key == *w)))
            .map(|(words, v)| (words.len(), *v))
    }
}

macro_rules! lexicon {
    ($name:ident, $entries:expr) => {
        pub fn $name() -> &'static Lexicon {
            static L: OnceLock<Lexicon> = OnceLock::new();
            L.get_or_init(|| Lexicon::new($entries))
        }
    };
}

// Colour word -> the colour a dispatcher broadcasts (one name per shade: "gray" grey, "beige" tan).
lexicon!(colours, &[
    ("black", "black"), ("white", "white"), ("grey", "grey"), ("gray", "grey"), ("silver", "silver"), ("red", "red"),
    ("blue", "blue"), ("navy", "blue"), ("navy blue", "blue"), ("green", "green"), ("yellow", "yellow"),
    ("orange", "orange"), ("purple", "purple"), ("pink", "pink"), ("brown", "brown"), ("tan", "tan"), ("beige", "tan"),
    ("gold", "gold"), ("maroon", "maroon"), ("burgundy", "maroon"), ("dark blue", "blue"), ("light blue", "blue"),
    ("dark green", "green"), ("dark grey", "grey"), ("dark gray", "grey"), ("light grey", "grey"), ("camo", "camo"),
    ("camouflage", "camo"), ("khaki", "khaki"), ("khakis", "khaki"),
    ("teal", "teal"), ("turquoise", "turquoise"), ("olive", "olive"), ("olive green", "green"), ("cream", "cream"),
    ("neon green", "green"), ("neon yellow", "yellow"), ("neon orange", "orange"), ("lime green", "green"), ("hot pink", "pink"),
    ("royal blue", "blue"), ("baby blue", "blue"), ("dark red", "red"), ("light brown", "brown"), ("dark brown", "brown"),
    ("off white", "white"), ("off-white", "white"), ("forest green", "green"), ("sky blue", "blue"), ("lavender", "purple"),
    ("mint green", "green"), ("kelly green", "green"), ("hunter green", "green"), ("powder blue", "blue"), ("bright red", "red"),
    ("light green", "green"), ("dark purple", "purple"), ("light pink", "pink"), ("charcoal", "grey"), ("charcoal grey", "grey"),
    // Dispatch shorthand: "blk Ford Edge", "wht hoodie".
    ("blk", "black"), ("wht", "white"), ("gry", "grey"), ("slv", "silver"), ("blu", "blue"), ("grn", "green"), ("brn", "brown"),
]);

lexicon!(vehicle_types, &[
    ("car", "car"), ("sedan", "sedan"), ("saloon", "sedan"), ("suv", "suv"), ("pickup", "pickup"), ("pickup truck", "pickup"),
    ("pick up truck", "pickup"), ("pick up", "pickup"), ("pick ups", "pickup"), ("pick-up", "pickup"), ("pick-up truck", "pickup"), ("truck", "truck"), ("box truck", "truck"),
    ("lorry", "truck"), ("van", "van"), ("minivan", "minivan"), ("mini van", "minivan"), ("hatchback", "hatchback"), ("hatch back", "hatchback"),
    ("coupe", "coupe"), ("convertible", "convertible"), ("motorcycle", "motorcycle"), ("motorbike", "motorcycle"), ("motor bike", "motorcycle"),
    ("dirt bike", "motorcycle"), ("scooter", "scooter"), ("moped", "scooter"), ("bicycle", "bicycle"), ("bike", "bicycle"),
    ("bus", "bus"), ("bmx", "bicycle"), ("e-bike", "bicycle"), ("ebike", "bicycle"), ("e-scooter", "scooter"), ("escooter", "scooter"),
    ("e-scooters", "scooter"), ("taxi", "taxi"), ("cab", "taxi"), ("station wagon", "wagon"), ("wagon", "wagon"), ("jeep", "suv"),
    ("vehicle", "vehicle"), ("motorcycles", "motorcycle"), ("tractor-trailer", "truck"), ("tractor trailer", "truck"), ("tractor-trailers", "truck"), ("tractor trailers", "truck"), ("semi truck", "truck"),
    ("18-wheeler", "truck"), ("plow truck", "truck"), ("plow trucks", "truck"), ("snowplow", "truck"), ("flatbed", "truck"),
    ("flatbed truck", "truck"), ("minibus", "bus"), ("mini bus", "bus"), ("shuttle bus", "bus"),
    // Body types with no type of their own in the labels: a vehicle all the same.
    ("limo", "vehicle"), ("limousine", "vehicle"), ("stretch limo", "vehicle"), ("hearse", "vehicle"), ("rv", "vehicle"), ("motorhome", "vehicle"),
    ("motor home", "vehicle"), ("camper van", "van"),
    // Bikes and scooters are usually named as the stolen things themselves ("took two bikes"); plural
    // cars are the generic targets of a crime ("breaking into cars"), not a vehicle to look for.
    ("dirt bikes", "motorcycle"), ("dirtbike", "motorcycle"), ("dirtbikes", "motorcycle"), ("bikes", "bicycle"), ("bicycles", "bicycle"), ("scooters", "scooter"),
]);

lexicon!(makes, &[
    ("ford", "ford"), ("toyota", "toyota"), ("honda", "honda"), ("chevrolet", "chevrolet"), ("chevy", "chevrolet"),
    ("nissan", "nissan"), ("bmw", "bmw"), ("mercedes", "mercedes"), ("mercedes-benz", "mercedes"), ("benz", "mercedes"),
    ("dodge", "dodge"), ("jeep", "jeep"), ("subaru", "subaru"), ("tesla", "tesla"), ("volkswagen", "volkswagen"), ("vw", "volkswagen"),
    ("hyundai", "hyundai"), ("kia", "kia"), ("audi", "audi"), ("mazda", "mazda"), ("lexus", "lexus"), ("gmc", "gmc"),
    ("chrysler", "chrysler"), ("buick", "buick"), ("cadillac", "cadillac"), ("volvo", "volvo"), ("mitsubishi", "mitsubishi"),
    ("acura", "acura"), ("porsche", "porsche"), ("harley", "harley-davidson"), ("harley-davidson", "harley-davidson"),
    ("harley davidson", "harley-davidson"),
    // The other makes sold in North America. "lincoln", "mini", "ram", "genesis", "mack" and "smart" are everyday
    // words or street and school names, so they count only with a model ("lincoln navigator").
    ("infiniti", "infiniti"), ("infinity", "infiniti"), ("pontiac", "pontiac"), ("saturn", "saturn"), ("mercury", "mercury"),
    ("oldsmobile", "oldsmobile"), ("plymouth", "plymouth"), ("hummer", "hummer"), ("scion", "scion"), ("suzuki", "suzuki"),
    ("isuzu", "isuzu"), ("fiat", "fiat"), ("jaguar", "jaguar"), ("land rover", "land rover"), ("landrover", "land rover"),
    ("alfa romeo", "alfa romeo"), ("maserati", "maserati"), ("ferrari", "ferrari"), ("lamborghini", "lamborghini"),
    ("bentley", "bentley"), ("rolls royce", "rolls-royce"), ("rolls-royce", "rolls-royce"), ("rivian", "rivian"),
    ("polestar", "polestar"), ("freightliner", "freightliner"), ("peterbilt", "peterbilt"), ("kenworth", "kenworth"),
    ("yamaha", "yamaha"), ("kawasaki", "kawasaki"), ("ducati", "ducati"), ("vespa", "vespa"), ("saab", "saab"),
    ("datsun", "datsun"), ("smart car", "smart"),
    // Spelled as a recogniser writes letters.
    ("b m w", "bmw"), ("g m c", "gmc"), ("v w", "volkswagen"), ("volks wagon", "volkswagen"), ("volkswagon", "volkswagen"),
    ("hundai", "hyundai"), ("hyundia", "hyundai"), ("hyundi", "hyundai"), ("chevy's", "chevrolet"), ("mercedes benz", "mercedes"),
]);

// Model -> "model/make/type" (canonical model name, its make and body type).
lexicon!(models, &[
    ("civic", "civic/honda/car"), ("accord", "accord/honda/car"), ("cr-v", "cr-v/honda/suv"), ("crv", "cr-v/honda/suv"), ("odyssey", "odyssey/honda/minivan"),
    ("camry", "camry/toyota/car"), ("corolla", "corolla/toyota/car"), ("prius", "prius/toyota/car"), ("rav4", "rav4/toyota/suv"), ("rav 4", "rav4/toyota/suv"),
    ("r a v 4", "rav4/toyota/suv"), ("cr v", "cr-v/honda/suv"), ("f 150", "f-150/ford/pickup"), ("tacoma", "tacoma/toyota/pickup"),
    ("tundra", "tundra/toyota/pickup"), ("mustang", "mustang/ford/car"), ("explorer", "explorer/ford/suv"), ("f-150", "f-150/ford/pickup"), ("f150", "f-150/ford/pickup"),
    // "f one fifty" reaches the rules as f, 1, 50.
    ("f 1 50", "f-150/ford/pickup"), ("f 2 50", "f-250/ford/pickup"), ("f 3 50", "f-350/ford/pickup"),
    ("silverado", "silverado/chevrolet/pickup"), ("malibu", "malibu/chevrolet/car"), ("impala", "impala/chevrolet/car"), ("tahoe", "tahoe/chevrolet/suv"),
    ("altima", "altima/nissan/car"), ("sentra", "sentra/nissan/car"), ("wrangler", "wrangler/jeep/suv"), ("cherokee", "cherokee/jeep/suv"),
    ("grand cherokee", "grand cherokee/jeep/suv"), ("outback", "outback/subaru/car"), ("forester", "forester/subaru/suv"), ("jetta", "jetta/volkswagen/car"),
    // Models that are not also everyday words ("charger", "escape", "focus" are left out).
    ("camaro", "camaro/chevrolet/car"), ("equinox", "equinox/chevrolet/suv"), ("challenger", "challenger/dodge/car"), ("fusion", "fusion/ford/car"),
    ("pathfinder", "pathfinder/nissan/suv"), ("highlander", "highlander/toyota/suv"),
    ("4runner", "4runner/toyota/suv"), ("passat", "passat/volkswagen/car"),
    ("optima", "optima/kia/car"), ("cx-5", "cx-5/mazda/suv"),
    // Bicycle brands: a stolen bike is usually named by its brand ("it's a blue Trek").
    ("trek", "trek/trek/bicycle"), ("schwinn", "schwinn/schwinn/bicycle"), ("huffy", "huffy/huffy/bicycle"),
    ("mongoose", "mongoose/mongoose/bicycle"), ("cannondale", "cannondale/cannondale/bicycle"),
    ("caravan", "caravan/dodge/minivan"), ("durango", "durango/dodge/suv"), ("elantra", "elantra/hyundai/car"), ("sonata", "sonata/hyundai/car"),
    // Common North American models whose names are not everyday words; the ones that are ("soul",
    // "element", "focus") are in `qualified_models` and count only after their make.
    ("mdx", "mdx/acura/suv"), ("rdx", "rdx/acura/suv"), ("tlx", "tlx/acura/car"), ("integra", "integra/acura/car"),
    ("lesabre", "lesabre/buick/car"),
    ("escalade", "escalade/cadillac/suv"), ("cts", "cts/cadillac/car"), ("deville", "deville/cadillac/car"),
    ("cruze", "cruze/chevrolet/car"),
    ("corvette", "corvette/chevrolet/car"), ("trailblazer", "trailblazer/chevrolet/suv"), 
    ("monte carlo", "monte carlo/chevrolet/car"), 
    ("pacifica", "pacifica/chrysler/minivan"), ("voyager", "voyager/chrysler/minivan"),
    ("town and country", "town and country/chrysler/minivan"), ("sebring", "sebring/chrysler/car"),
    ("pt cruiser", "pt cruiser/chrysler/car"), ("grand caravan", "grand caravan/dodge/minivan"), 
    ("f-250", "f-250/ford/pickup"), ("f250", "f-250/ford/pickup"), ("f 250", "f-250/ford/pickup"), ("f-350", "f-350/ford/pickup"),
    ("bronco", "bronco/ford/suv"), ("econoline", "econoline/ford/van"),
    ("crown victoria", "crown victoria/ford/car"), ("crown vic", "crown victoria/ford/car"), 
    ("savana", "savana/gmc/van"),
    ("ridgeline", "ridgeline/honda/pickup"), ("hr-v", "hr-v/honda/suv"), ("hrv", "hr-v/honda/suv"),
    ("kona", "kona/hyundai/suv"), 
    ("veloster", "veloster/hyundai/car"), 
    ("sorento", "sorento/kia/suv"), ("sportage", "sportage/kia/suv"), ("telluride", "telluride/kia/suv"), 
    ("lincoln navigator", "navigator/lincoln/suv"), ("lincoln town car", "town car/lincoln/car"),
    ("lincoln continental", "continental/lincoln/car"), ("town car", "town car/lincoln/car"), ("mkz", "mkz/lincoln/car"),
    ("mkx", "mkx/lincoln/suv"), ("mkc", "mkc/lincoln/suv"), ("lincoln aviator", "aviator/lincoln/suv"),
    ("lincoln nautilus", "nautilus/lincoln/suv"), ("lincoln corsair", "corsair/lincoln/suv"), ("miata", "miata/mazda/car"),
    ("mazda3", "3/mazda/car"), ("cx-9", "cx-9/mazda/suv"), ("cx5", "cx-5/mazda/suv"), ("outlander", "outlander/mitsubishi/suv"),
    ("lancer", "lancer/mitsubishi/car"), ("maxima", "maxima/nissan/car"), ("murano", "murano/nissan/suv"), ("xterra", "xterra/nissan/suv"),
    ("versa", "versa/nissan/car"), 
    ("grand am", "grand am/pontiac/car"), ("firebird", "firebird/pontiac/car"), ("aztek", "aztek/pontiac/suv"),
    ("impreza", "impreza/subaru/car"), ("crosstrek", "crosstrek/subaru/suv"), ("wrx", "wrx/subaru/car"),
    ("sienna", "sienna/toyota/minivan"), 
    ("yaris", "yaris/toyota/car"), ("land cruiser", "land cruiser/toyota/suv"), ("tiguan", "tiguan/volkswagen/suv"),
    ("range rover", "range rover/land rover/suv"), ("mini cooper", "cooper/mini/car"), ("ram 1500", "1500/ram/pickup"),
    ("ram 2500", "2500/ram/pickup"), ("ram 3500", "3500/ram/pickup"), ("grand marquis", "grand marquis/mercury/car"),
    ("4 runner", "4runner/toyota/suv"), ("four runner", "4runner/toyota/suv"), ("c x 5", "cx-5/mazda/suv"), ("cx 5", "cx-5/mazda/suv"),
    ("c x 9", "cx-9/mazda/suv"), ("cx 9", "cx-9/mazda/suv"), ("h r v", "hr-v/honda/suv"), ("hr v", "hr-v/honda/suv"),
    ("mazda 3", "3/mazda/car"), ("mazda 6", "6/mazda/car"), ("mazda6", "6/mazda/car"), ("rav four", "rav4/toyota/suv"),
    ("niro", "niro/kia/suv"), ("seltos", "seltos/kia/suv"), ("ioniq", "ioniq/hyundai/car"), ("supra", "supra/toyota/car"),
    ("celica", "celica/toyota/car"), ("tercel", "tercel/toyota/car"), ("fj cruiser", "fj cruiser/toyota/suv"), ("prelude", "prelude/honda/car"),
    ("trax", "trax/chevrolet/suv"), ("caprice", "caprice/chevrolet/car"), ("astro", "astro/chevrolet/van"), ("s-10", "s-10/chevrolet/pickup"),
    ("s10", "s-10/chevrolet/pickup"), ("thunderbird", "thunderbird/ford/car"), ("windstar", "windstar/ford/minivan"),
    ("stratus", "stratus/dodge/car"), ("intrepid", "intrepid/dodge/car"), ("wagoneer", "wagoneer/jeep/suv"), ("rendezvous", "rendezvous/buick/suv"),
    ("verano", "verano/buick/car"), ("touareg", "touareg/volkswagen/suv"), ("routan", "routan/volkswagen/minivan"), ("galant", "galant/mitsubishi/car"),
    ("sunfire", "sunfire/pontiac/car"), ("bonneville", "bonneville/pontiac/car"), ("mountaineer", "mountaineer/mercury/suv"),
    ("frontier pickup", "frontier/nissan/pickup"),
    ("sprinter", "sprinter/mercedes/van"), ("promaster", "promaster/ram/van"), ("silverado 1500", "silverado/chevrolet/pickup"),
]);

// Models that are also everyday words, "word" -> "model/make/type": a model only right after its make
// ("a green Honda Element", "a white Dodge Ram"), never alone ("not a soul around").
lexicon!(qualified_models, &[
    // Lexus's letter names without the number ("a white Lexus RX").
    ("rx", "rx/lexus/suv"), ("nx", "nx/lexus/suv"), ("gx", "gx/lexus/suv"), ("lx", "lx/lexus/suv"), ("es", "es/lexus/car"),
    ("shadow", "shadow/honda/motorcycle"), ("element", "element/honda/suv"), ("pilot", "pilot/honda/suv"), ("fit", "fit/honda/car"),
    ("insight", "insight/honda/car"),
    ("passport", "passport/honda/suv"), ("focus", "focus/ford/car"), ("escape", "escape/ford/suv"), ("edge", "edge/ford/suv"),
    ("ranger", "ranger/ford/pickup"), ("transit", "transit/ford/van"), ("flex", "flex/ford/suv"), ("maverick", "maverick/ford/pickup"),
    ("ram", "ram/dodge/pickup"), ("charger", "charger/dodge/car"), ("journey", "journey/dodge/suv"), ("dart", "dart/dodge/car"),
    ("neon", "neon/dodge/car"), ("avenger", "avenger/dodge/car"), ("viper", "viper/dodge/car"), ("express", "express/chevrolet/van"),
    ("spark", "spark/chevrolet/car"), ("volt", "volt/chevrolet/car"), ("bolt", "bolt/chevrolet/car"), ("blazer", "blazer/chevrolet/suv"),
    ("colorado", "colorado/chevrolet/pickup"), ("sonic", "sonic/chevrolet/car"), ("sierra", "sierra/gmc/pickup"),
    ("terrain", "terrain/gmc/suv"), ("canyon", "canyon/gmc/pickup"), ("soul", "soul/kia/car"), ("rio", "rio/kia/car"),
    ("rogue", "rogue/nissan/suv"), ("frontier", "frontier/nissan/pickup"), ("titan", "titan/nissan/pickup"), ("leaf", "leaf/nissan/car"),
    ("quest", "quest/nissan/minivan"), ("kicks", "kicks/nissan/suv"), ("legacy", "legacy/subaru/car"), ("ascent", "ascent/subaru/suv"),
    ("matrix", "matrix/toyota/car"), ("venza", "venza/toyota/suv"), ("golf", "golf/volkswagen/car"), ("beetle", "beetle/volkswagen/car"),
    ("atlas", "atlas/volkswagen/suv"), ("rabbit", "rabbit/volkswagen/car"), ("compass", "compass/jeep/suv"), ("liberty", "liberty/jeep/suv"),
    ("patriot", "patriot/jeep/suv"), ("gladiator", "gladiator/jeep/pickup"), ("accent", "accent/hyundai/car"),
    ("encore", "encore/buick/suv"), ("regal", "regal/buick/car"), ("eclipse", "eclipse/mitsubishi/car"), ("mirage", "mirage/mitsubishi/car"),
    ("vibe", "vibe/pontiac/car"), ("300", "300/chrysler/car"), ("tribute", "tribute/mazda/suv"), ("juke", "juke/nissan/suv"),
    ("carnival", "carnival/kia/minivan"), ("stinger", "stinger/kia/car"), ("venue", "venue/hyundai/suv"), ("echo", "echo/toyota/car"),
    ("magnum", "magnum/dodge/car"), ("nitro", "nitro/dodge/suv"), ("commander", "commander/jeep/suv"), ("century", "century/buick/car"),
    ("jimmy", "jimmy/gmc/suv"), ("envoy", "envoy/gmc/suv"), ("freestyle", "freestyle/ford/suv"), ("baja", "baja/subaru/pickup"),
    ("montana", "montana/pontiac/minivan"), ("ion", "ion/saturn/car"), ("vue", "vue/saturn/suv"), ("sable", "sable/mercury/car"),
    ("200", "200/chrysler/car"), ("santa cruz", "santa cruz/hyundai/pickup"),
    // Model names that are also places or words ("Tucson", "suburban"), moved here from `models`.
    ("suburban", "suburban/chevrolet/suv"), ("traverse", "traverse/chevrolet/suv"), ("enclave", "enclave/buick/suv"),
    ("avalanche", "avalanche/chevrolet/pickup"), ("expedition", "expedition/ford/suv"), ("fiesta", "fiesta/ford/car"),
    ("tucson", "tucson/hyundai/suv"), ("santa fe", "santa fe/hyundai/suv"), ("sedona", "sedona/kia/minivan"), ("yukon", "yukon/gmc/suv"),
    ("sequoia", "sequoia/toyota/suv"), ("avalon", "avalon/toyota/car"), ("armada", "armada/nissan/suv"), ("forte", "forte/kia/car"),
    ("acadia", "acadia/gmc/suv"), ("cavalier", "cavalier/chevrolet/car"), ("dakota", "dakota/dodge/pickup"), ("taurus", "taurus/ford/car"),
    ("lacrosse", "lacrosse/buick/car"), ("cobalt", "cobalt/chevrolet/car"), ("palisade", "palisade/hyundai/suv"),
    ("renegade", "renegade/jeep/suv"), ("grand prix", "grand prix/pontiac/car"),
]);

lexicon!(weapons, &[
    ("gun", "gun"), ("firearm", "gun"), ("handgun", "handgun"), ("hand gun", "handgun"), ("pistol", "handgun"),
    ("revolver", "handgun"), ("rifle", "rifle"), ("assault rifle", "rifle"), ("ar-15", "rifle"), ("long gun", "rifle"),
    ("shotgun", "shotgun"), ("shot gun", "shotgun"), ("knife", "knife"), ("blade", "knife"), ("switchblade", "knife"),
    ("pocket knife", "knife"), ("kitchen knife", "knife"), ("machete", "machete"), ("baseball bat", "bat"), ("bat", "bat"),
    ("crowbar", "crowbar"), ("crow bar", "crowbar"), ("hammer", "hammer"), ("axe", "axe"), ("axes", "axe"), ("taser", "taser"),
    ("pepper spray", "pepper spray"), ("brass knuckles", "brass knuckles"), ("guns", "gun"), ("knives", "knife"),
    ("handguns", "handgun"), ("pistols", "handgun"), ("rifles", "rifle"), ("shotguns", "shotgun"), ("machetes", "machete"),
    // (Not "hammers" and "crowbars", tools stolen from job sites, nor "daggers" looked at someone.)
    ("bats", "bat"), ("baseball bats", "bat"), ("swords", "sword"), ("hatchets", "axe"), ("tasers", "taser"), ("switchblades", "knife"),
    // More of what people carry and threaten with, by the type a dispatcher would be told.
    ("box cutter", "knife"), ("boxcutter", "knife"), ("box-cutter", "knife"), ("box cutters", "knife"), ("utility knife", "knife"),
    ("razor blade", "knife"), ("straight razor", "knife"), ("hunting knife", "knife"), ("butcher knife", "knife"),
    ("steak knife", "knife"), ("dagger", "knife"), ("sword", "sword"), ("katana", "sword"), ("hatchet", "axe"),
    ("glock", "handgun"), ("nine millimeter", "handgun"), ("9mm", "handgun"), ("uzi", "rifle"), ("ak-47", "rifle"), ("ak 47", "rifle"),
    ("ar 15", "rifle"), ("ar15", "rifle"), ("a r 15", "rifle"), ("a k 47", "rifle"), ("semi-automatic", "gun"), ("semi automatic", "gun"),
    ("stun gun", "taser"), ("tire iron", "crowbar"), ("tyre iron", "crowbar"), ("lead pipe", "pipe"), ("metal pipe", "pipe"),
    ("golf club", "club"), ("nunchucks", "nunchucks"), ("brass knuckle", "brass knuckles"), ("mace", "pepper spray"),
    ("sawed-off", "shotgun"), ("sawed off", "shotgun"), ("sawn-off", "shotgun"), ("crossbow", "crossbow"), ("bow and arrow", "bow"),
    ("compound bow", "bow"), ("recurve bow", "bow"), ("hunting bow", "bow"),
    // Long guns by their older or hunting names.
    // (Not "flintlock", a firing mechanism said of pistols too, nor "musket", said of its balls.)
    ("muzzleloader", "rifle"), ("muzzle loader", "rifle"), ("muzzle-loader", "rifle"), ("carbine", "rifle"), ("deer rifle", "rifle"),
    ("hunting rifle", "rifle"),
    ("pepper sprayed", "pepper spray"), ("pepper-sprayed", "pepper spray"), ("pepper-spray", "pepper spray"),
    // Plurals and compounds as a recogniser splits them.
    ("hand guns", "handgun"), ("shot guns", "shotgun"), ("pocket knives", "knife"), ("pocketknife", "knife"),
]);

// Everyday objects that are weapons only when someone wields them (see `entities`).
lexicon!(improvised_weapons, &[
    ("screwdriver", "screwdriver"), ("scissors", "knife"), ("razor", "knife"), ("broken bottle", "bottle"), ("bottle", "bottle"), ("beer bottle", "bottle"),
    ("brick", "brick"), ("rock", "rock"), ("pipe", "pipe"), ("stick", "stick"), ("chain", "chain"), ("wrench", "wrench"),
    ("shovel", "shovel"), ("pole", "pole"), ("club", "club"), ("golf club", "club"), ("piece of wood", "stick"), ("two by four", "stick"),
    ("2x4", "stick"), ("chair", "chair"), ("glass", "bottle"), ("hockey stick", "stick"), ("tire iron", "crowbar"), ("belt", "belt"),
]);

lexicon!(clothing, &[
    ("hoodie", "hoodie"), ("hoody", "hoodie"), ("hooded sweatshirt", "hoodie"), ("hooded top", "hoodie"), ("jacket", "jacket"),
    ("coat", "coat"), ("t-shirt", "t-shirt"), ("tshirt", "t-shirt"), ("t shirt", "t-shirt"), ("tee shirt", "t-shirt"),
    ("tee", "t-shirt"), ("shirt", "shirt"), ("undershirt", "shirt"), ("tank top", "tank top"), ("sweater", "sweater"), ("jumper", "sweater"),
    ("sweatshirt", "sweatshirt"), ("jeans", "jeans"), ("pants", "pants"), ("trousers", "pants"), ("sweatpants", "sweatpants"), ("joggers", "joggers"),
    ("joggers", "sweatpants"), ("shorts", "shorts"), ("baseball cap", "cap"), ("ball cap", "cap"), ("cap", "cap"),
    ("hat", "hat"), ("beanie", "beanie"), ("ski mask", "ski mask"), ("balaclava", "ski mask"), ("mask", "mask"),
    ("face mask", "mask"), ("bandana", "bandana"),
    ("backpack", "backpack"), ("dress", "dress"), ("skirt", "skirt"), ("sneakers", "sneakers"), ("trainers", "sneakers"),
    ("boots", "boots"), ("shoes", "shoes"), ("gloves", "gloves"), ("vest", "vest"), ("scarf", "scarf"),
    ("uniform", "uniform"), ("tracksuit", "tracksuit"), ("track suit", "tracksuit"), ("sweat suit", "tracksuit"), ("jogging suit", "tracksuit"),
    ("trench coat", "coat"), ("polo shirt", "shirt"), ("polo shirts", "shirt"), ("flannel shirt", "shirt"), ("cardigan", "cardigan"), ("slippers", "slippers"),
    ("sweats", "sweatpants"), ("flip flops", "sandals"), ("flip-flops", "sandals"), ("crocs", "sandals"), ("fanny pack", "fanny pack"),
    ("bucket hat", "hat"), ("cowboy hat", "hat"), ("trucker hat", "cap"), ("visor", "visor"), ("hard hat", "helmet"), ("do-rag", "durag"),
    ("durag", "durag"), ("poncho", "raincoat"), ("peacoat", "coat"), ("blazer", "jacket"), ("fleece", "jacket"), ("cargo shorts", "shorts"),
    ("cargo pants", "pants"), ("leggings", "leggings"), ("yoga pants", "leggings"), ("high heels", "shoes"), ("heels", "shoes"),
    ("work boots", "boots"), ("combat boots", "boots"), ("turtleneck", "sweater"), ("polo", "shirt"), ("button-up", "shirt"),
    ("button up shirt", "shirt"), ("dress shirt", "shirt"),
    ("hi-vis vest", "vest"), ("high vis vest", "vest"), ("scrubs", "scrubs"), ("headlamp", "headlamp"), ("jersey", "jersey"),
    ("overalls", "overalls"), ("raincoat", "raincoat"), ("coveralls", "coveralls"), ("rain coat", "raincoat"),
    ("windbreaker", "jacket"), ("puffer jacket", "jacket"), ("leather jacket", "jacket"), ("parka", "coat"),
    ("army jacket", "jacket"), ("bathrobe", "bathrobe"), ("robe", "robe"), ("bath robe", "bathrobe"), ("pajamas", "pajamas"), ("pyjamas", "pajamas"),
    ("pajama pants", "pajamas"), ("pajama bottoms", "pajamas"), ("pyjama bottoms", "pajamas"),
    ("blouse", "blouse"), ("suit", "suit"), ("apron", "apron"), ("helmet", "helmet"), ("sandals", "sandals"),
    ("sundress", "dress"), ("swim trunks", "trunks"), ("swimming trunks", "trunks"), ("snowsuit", "snowsuit"), ("snowsuits", "snowsuit"),
    ("wetsuit", "wetsuit"), ("nightgown", "nightgown"), ("headband", "headband"), ("waders", "waders"), ("earmuffs", "earmuffs"),
    ("kilt", "kilt"),
    // As a recogniser splits them.
    ("sweat pants", "sweatpants"), ("sweat shirt", "sweatshirt"), ("wind breaker", "jacket"), ("back pack", "backpack"),
    ("over alls", "overalls"), ("cover alls", "coveralls"), ("rain jacket", "jacket"), ("zip up", "jacket"), ("zip-up", "jacket"),
    ("sun dress", "dress"), ("snow suit", "snowsuit"), ("snow suits", "snowsuit"), ("wet suit", "wetsuit"), ("night gown", "nightgown"),
    ("head band", "headband"),
    // Plurals, for groups dressed alike: "two men in ski masks".
    ("hoodies", "hoodie"), ("jackets", "jacket"), ("coats", "coat"), ("shirts", "shirt"), ("t-shirts", "t-shirt"),
    ("ski masks", "ski mask"), ("masks", "mask"), ("hats", "hat"), ("caps", "cap"), ("beanies", "beanie"), ("vests", "vest"),
    ("helmets", "helmet"), ("uniforms", "uniform"), ("jerseys", "jersey"), ("tracksuits", "tracksuit"), ("track suits", "tracksuit"),
]);

// Person noun -> "sex/number" (sex empty when not given; number 1 or "+" for plural).
lexicon!(person_nouns, &[
    ("man", "male/1"), ("guy", "male/1"), ("male", "male/1"), ("boy", "male/1"), ("gentleman", "male/1"), ("dude", "male/1"),
    ("men", "male/+"), ("guys", "male/+"), ("dudes", "male/+"), ("males", "male/+"), ("boys", "male/+"),
    ("woman", "female/1"), ("lady", "female/1"), ("female", "female/1"), ("girl", "female/1"),
    ("women", "female/+"), ("ladies", "female/+"), ("females", "female/+"), ("girls", "female/+"),
    ("person", "/1"), ("individual", "/1"), ("suspect", "/1"), ("someone", "/1"), ("somebody", "/1"), ("kid", "/1"),
    ("teen", "/1"), ("teenager", "/1"), ("youth", "/1"), ("juvenile", "/1"),
    ("people", "/+"), ("individuals", "/+"), ("suspects", "/+"), ("kids", "/+"), ("teens", "/+"), ("teenagers", "/+"),
    ("youths", "/+"), ("juveniles", "/+"), ("persons", "/+"), ("cyclist", "/1"), ("pedestrian", "/1"), ("rider", "/1"),
    ("driver", "/1"), ("passenger", "/1"), ("victim", "/1"), ("cyclists", "/+"), ("pedestrians", "/+"), ("passengers", "/+"),
    ("thief", "/1"), ("robber", "/1"), ("burglar", "/1"), ("mugger", "/1"), ("attacker", "/1"), ("shoplifter", "/1"),
    // Dispatch shorthand for race and sex ("W/M", "B/F"): only the sex is kept.
    ("w / m", "male/1"), ("b / m", "male/1"), ("h / m", "male/1"), ("a / m", "male/1"),
    ("w / f", "female/1"), ("b / f", "female/1"), ("h / f", "female/1"), ("a / f", "female/1"),
    // Dispatch's counted shorthand: "2 M occupants", "2 M subjs", "3 juv M", "two M juvs"; a bare "juv M" is one
    // ("Shooter juv M, approx 15").
    ("m occupants", "male/+"), ("f occupants", "female/+"), ("m subjs", "male/+"), ("f subjs", "female/+"), ("juv m", "male/1"),
    ("juv f", "female/1"), ("m juvs", "male/+"), ("f juvs", "female/+"), ("juvs", "/+"),
    ("gunman", "male/1"), ("shooter", "/1"), ("intruder", "/1"), ("prowler", "/1"), ("thieves", "/+"), ("robbers", "/+"),
    ("attackers", "/+"), ("intruders", "/+"), ("shoplifters", "/+"),
    // Family, named from the caller's side ("my son", "her boyfriend"); possessives lose their apostrophe.
    ("son", "male/1"), ("daughter", "female/1"), ("boyfriend", "male/1"), ("girlfriend", "female/1"), ("husband", "male/1"),
    ("wife", "female/1"), ("father", "male/1"), ("dad", "male/1"), ("mother", "female/1"), ("mom", "female/1"),
    ("mum", "female/1"), ("brother", "male/1"), ("sister", "female/1"), ("grandmother", "female/1"), ("grandma", "female/1"),
    ("grandfather", "male/1"), ("grandpa", "male/1"), ("parents", "/+"), ("friends", "/+"), ("drivers", "/+"),
    // People named by what they do or who they are to the caller; the sex, if any, comes from a pronoun.
    ("worker", "/1"), ("workers", "/+"), ("nurse", "/1"), ("roommate", "/1"), ("coworker", "/1"), ("co-worker", "/1"),
    ("bouncer", "/1"), ("jogger", "/1"), ("joggers", "/+"), ("runner", "/1"), ("hiker", "/1"), ("skateboarder", "/1"),
    ("clerk", "/1"), ("teller", "/1"), ("bartender", "/1"), ("waiter", "male/1"), ("waitress", "female/1"), ("employee", "/1"),
    ("employees", "/+"), ("customer", "/1"), ("customers", "/+"), ("friend", "/1"), ("colleague", "/1"), ("colleagues", "/+"),
    ("recruiter", "/1"), ("recruiters", "/+"), ("drummer", "/1"), ("drummers", "/+"),
    // More family and household.
    ("uncle", "male/1"), ("aunt", "female/1"), ("nephew", "male/1"), ("niece", "female/1"), ("cousin", "/1"),
    ("grandson", "male/1"), ("granddaughter", "female/1"), ("grandchild", "/1"), ("stepdad", "male/1"), ("stepfather", "male/1"),
    ("stepmom", "female/1"), ("stepmother", "female/1"), ("stepson", "male/1"), ("stepdaughter", "female/1"),
    ("brother in law", "male/1"), ("brother-in-law", "male/1"), ("sister in law", "female/1"), ("sister-in-law", "female/1"),
    ("ex-husband", "male/1"), ("ex-wife", "female/1"), ("ex-boyfriend", "male/1"), ("ex-girlfriend", "female/1"),
    ("ex husband", "male/1"), ("ex wife", "female/1"), ("ex boyfriend", "male/1"), ("ex girlfriend", "female/1"),
    ("fiance", "male/1"), ("fiancee", "female/1"), ("baby", "/1"), ("infant", "/1"), ("toddler", "/1"), ("newborn", "/1"),
    ("child", "/1"), ("children", "/+"), ("babies", "/+"), ("toddlers", "/+"), ("sons", "male/+"), ("daughters", "female/+"),
    ("brothers", "male/+"), ("sisters", "female/+"), ("grandparents", "/+"), ("twins", "/+"), ("moms", "female/+"), ("dads", "male/+"),
    ("neighbor", "/1"), ("neighbour", "/1"), ("neighbors", "/+"), ("neighbours", "/+"), ("tenant", "/1"), ("tenants", "/+"),
    ("landlord", "/1"), ("roommates", "/+"), ("caregiver", "/1"), ("carer", "/1"), ("aide", "/1"), ("babysitter", "/1"), ("nanny", "/1"),
    // Men and women in other words.
    ("fella", "male/1"), ("fellas", "male/+"), ("gal", "female/1"), ("gals", "female/+"),
    // People named by what they do or where they are.
    ("stranger", "/1"), ("strangers", "/+"), ("patient", "/1"), ("patients", "/+"), ("pt", "/1"), ("resident", "/1"),
    ("residents", "/+"), ("student", "/1"), ("students", "/+"), ("protester", "/1"), ("protesters", "/+"),
    ("demonstrators", "/+"), ("occupant", "/1"), ("occupants", "/+"), ("witness", "/1"), ("witnesses", "/+"),
    ("hitchhiker", "/1"), ("motorcyclist", "/1"), ("biker", "/1"), ("bikers", "/+"), ("skater", "/1"),
    ("skaters", "/+"), ("swimmer", "/1"), ("swimmers", "/+"), ("hunter", "/1"), ("hunters", "/+"), ("runners", "/+"),
    ("hikers", "/+"), ("barista", "/1"), ("security guard", "/1"),
    ("mechanic", "/1"), ("contractor", "/1"), ("contractors", "/+"), ("mailman", "male/1"), ("mail carrier", "/1"),
    ("dealer", "/1"), ("dealers", "/+"), ("drug dealer", "/1"), ("vandal", "/1"), ("vandals", "/+"), ("arsonist", "/1"),
    ("kidnapper", "/1"), ("stalker", "/1"), ("trespasser", "/1"), ("trespassers", "/+"), ("squatter", "/1"), ("squatters", "/+"),
    ("panhandler", "/1"), ("carjacker", "/1"), ("carjackers", "/+"), ("pickpocket", "/1"), ("susp", "/1"), ("susps", "/+"), ("subj", "/1"), ("subjs", "/+"),
    ("trick or treaters", "/+"), ("trick-or-treaters", "/+"), ("homeowner", "/1"), ("homeowners", "/+"), ("home owner", "/1"),
    // Groups by their role, told of as present: "bystanders directing traffic", "the lifeguards have him".
    ("bystanders", "/+"), ("lifeguards", "/+"), ("clerks", "/+"), ("volunteers", "/+"), ("bouncers", "/+"), ("regulars", "/+"),
    ("teachers", "/+"), ("nurses", "/+"), ("cashiers", "/+"), ("guards", "/+"), ("firefighters", "/+"),
    ("vendors", "/+"), ("dancers", "/+"), ("buddies", "male/+"), ("performers", "/+"), ("shoppers", "/+"), ("spectators", "/+"),
    ("partygoers", "/+"), ("guests", "/+"), ("diners", "/+"),
    ("players", "/+"), ("commuters", "/+"),
    ("everybody", "/+"), ("everyone", "/+"),
    // Dispatch's victims by sex and workers' crews: "1 F vic", "freed by co-workers" (the labels leave out a "vic" of no sex, "staff" and
    // "the supervisor", who are seldom described).
    // Tradesmen the caller hired, who are then the one described: "the roofer who never finished". (The labels leave
    // out a cashier, a manager or a coach named bare, mostly people something happened to; the caller's own, "our
    // cashier", are people of the tip: see `own_worker` in entities.rs.)
    ("roofer", "/1"), ("plumber", "/1"), ("electrician", "/1"), ("landscaper", "/1"), ("handyman", "male/1"),
    ("mother-in-law", "female/1"), ("mother in law", "female/1"), ("father-in-law", "male/1"), ("father in law", "male/1"),
    ("kayaker", "/1"), ("groundskeeper", "/1"), ("cook", "/1"), ("cooks", "/+"), ("artist", "/1"), ("counselor", "/1"),
    ("counselors", "/+"), ("kindergartners", "/+"), ("grandkids", "/+"), ("sexton", "/1"),
    ("janitor", "/1"),
    ("f vic", "female/1"), ("m vic", "male/1"), ("coworkers", "/+"), ("co-workers", "/+"),
    ("ex", "/1"), ("buddy", "/1"), ("dj", "/1"), ("owner", "/1"), ("custodian", "/1"), ("librarian", "/1"), ("treasurer", "/1"), ("ppl", "/+"),
    // Someone named with a title: "Mrs. Alvarez held on", "mr tony is sitting on the curb", "missus kowalski upstairs".
    ("mrs", "female/1"), ("missus", "female/1"), ("mr", "male/1"), ("ms", "female/1"), ("proctor", "/1"), ("proctors", "/+"),
    ("fisherman", "male/1"), ("fishermen", "male/+"), ("angler", "/1"), ("anglers", "/+"), ("fellow", "male/1"),
    ("fellows", "male/+"), ("trainer", "/1"), ("baker", "/1"),
    ("bakers", "/+"), ("room mate", "/1"), ("groomsman", "male/1"), ("groomsmen", "male/+"), ("bridesmaid", "female/1"),
    ("bridesmaids", "female/+"), ("bride", "female/1"), ("groom", "male/1"), ("foreman", "/1"),
    // Children by their school year ("a 2nd grader") or as "little ones", a road crew's flagger, a bank's tellers ("one of
    // my tellers"). (Not pharmacists and veterans: the labels leave them out more often than not.)
    ("grader", "/1"), ("graders", "/+"), ("flagger", "/1"), ("tellers", "/+"), ("little ones", "/+"),
    // A machine's operator ("our excavator operator", "the operator got off and is with her"), the school crossing guard.
    ("operator", "/1"), ("crossing guard", "/1"),
]);

lexicon!(builds, &[
    ("heavyset", "heavy"), ("heavy set", "heavy"), ("heavy-set", "heavy"), ("heavy", "heavy"), ("stocky", "heavy"),
    ("overweight", "heavy"), ("chubby", "heavy"), ("large build", "heavy"), ("big build", "heavy"), ("thin", "thin"),
    ("skinny", "thin"), ("slim", "thin"), ("slender", "thin"), ("lanky", "thin"), ("muscular", "muscular"),
    ("athletic", "muscular"), ("stocky build", "heavy"), ("medium build", "medium"), ("average build", "medium"),
    ("thin build", "thin"), ("slim build", "thin"), ("heavy build", "heavy"), ("muscular build", "muscular"),
    ("scrawny", "thin"), ("wiry", "thin"), ("skinny build", "thin"), ("petite", "thin"), ("fat", "heavy"), ("husky", "heavy"),
    ("beefy", "heavy"), ("bulky", "heavy"), ("buff", "muscular"),
]);

lexicon!(directions, &[
    ("north", "north"), ("south", "south"), ("east", "east"), ("west", "west"), ("northbound", "north"),
    ("southbound", "south"), ("eastbound", "east"), ("westbound", "west"), ("north east", "northeast"),
    ("northeast", "northeast"), ("north west", "northwest"), ("northwest", "northwest"), ("south east", "southeast"),
    ("southeast", "southeast"), ("south west", "southwest"), ("southwest", "southwest"),
    // Dispatch shorthand: "last seen WB on Pine".
    ("nb", "north"), ("sb", "south"), ("eb", "east"), ("wb", "west"),
    // As a recogniser splits them.
    ("north bound", "north"), ("south bound", "south"), ("east bound", "east"), ("west bound", "west"),
]);

/// Words that make a vehicle noun a modifier, not a vehicle: "car park", "car door handles".
pub const VEHICLE_COMPOUNDS: &[&str] = &[
    "park", "door", "doors", "handles", "handle", "alarm", "alarms", "keys", "key", "window", "windows", "wash", "dealership",
    "lot", "seat", "seats", "stop", "station", "shelter", "rack", "lane", "parts", "radio", "stereo", "tyre", "tire", "tires",
    "tyres", "mirror", "mirrors", "boot", "trunk", "driver", "drivers", "break-ins", "break", "breakins", "thefts", "theft",
    "thieves", "prowler", "prowlers", "path", "paths", "bench", "benches", "stereos", "antenna", "line", "list", "basketball",
    "guard", "guards", "night", "loop", "depot", "game", "games", "lock", "locks", "shop", "shops", "trail", "trails", "route", "routes",
    "ride", "rides", "racks", "monitor", "monitors", "charger", "chargers", "charging", "rules", "course", "courses", "race", "races",
    "show", "shows", "parade", "circle", "radios", "horn", "horns", "cart", "carts", "trailer", "trailers", "accident", "accidents",
    // ("he says he's from the bus company", "Main Street Pharmacy, the pickup counter".)
    "company", "companies", "counter", "counters",
    // ("the guys at the motorcycle club's garage".)
    "club", "clubs",
];

/// Words that open a noun phrase, an article or a possessive: "a van", "the van", "my van", "that van".
pub fn determiner(key: &str) -> bool {
    matches!(key, "a" | "an" | "the" | "this" | "that" | "my" | "your" | "his" | "her" | "our" | "their")
}

/// Words that deny what follows: "no gun", "didn't see a weapon", "nobody looks hurt".
/// Things damaged with a tool: "stabbing the tires ... with a screwdriver", "scratching words in the glass doors
/// with a knife", "banging on his floor with a hammer", "smashing windshields with a tire iron", "stabbed holes in
/// the liner".
pub const DAMAGED: &[&str] = &[
    "tire", "tires", "glass", "window", "windows", "windshield", "windshields", "headlights", "taillights", "mirrors", "door", "doors",
    "floor", "ceiling", "wall", "walls", "panel", "panels", "lock", "locks", "mailbox", "fence", "sign", "signs", "bench", "benches",
    "table", "scooters", "bikes", "paint", "hood", "meter", "hole", "holes", "kiosk", "machine", "machines",
];

pub const NEGATIONS: &[&str] =
    &["no", "not", "didnt", "didn't", "never", "without", "dont", "don't", "wasnt", "isnt", "doesnt", "nobody", "nobodys", "hasnt", "havent"];

/// Whether one of the `reach` tokens before `i` denies it.
pub fn denied_within(t: &[Token], i: usize, reach: usize) -> bool {
    t[i.saturating_sub(reach)..i].iter().any(|x| NEGATIONS.contains(&x.key.as_str()))
}

/// Verbs of movement that a compass direction can follow.
pub const MOVEMENT: &[&str] = &[
    "heading", "headed", "going", "went", "drove", "driving", "fled", "fleeing", "sped", "speeding", "ran", "running",
    "travelling", "traveling", "turned", "turning", "walking", "walked", "took", "left", "moving", "riding", "rode", "biked",
    "floored", "gunned", "peeled", "raced", "racing", "bolted", "continued", "continuing",
    // "they go away in small white car, direction west": how a second-language speaker says it.
    "direction",
];

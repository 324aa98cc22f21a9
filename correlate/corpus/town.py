"""The demo town of Oakford, as plain data: streets, landmarks, neighbourhoods, jurisdictions.

Shared by `make_town.py` (writes config/demo/town.geojson) and `make_corpus.py` (computes ground truth
independently of the Rust geocoder). Geometry is laid out in metres on a local plane and converted to
WGS 84 around a fictional origin.
"""
import math

LAT0, LON0 = 44.0530, -72.6120
M_PER_DEG_LAT = 111_320.0
M_PER_DEG_LON = M_PER_DEG_LAT * math.cos(math.radians(LAT0))


def to_lonlat(x, y):
    return (round(LON0 + x / M_PER_DEG_LON, 7), round(LAT0 + y / M_PER_DEG_LAT, 7))


ORD = {1: "1st", 2: "2nd", 3: "3rd"}


def ordinal(n):
    return ORD.get(n, f"{n}th")


ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth"]

# Numbered streets run north-south, 150 m apart; named streets east-west, 120 m apart (row 0 is Main).
COLS = {n: (n - 1) * 150.0 for n in range(1, 13)}
ROWS = {-5: "Spruce Street", -4: "Hawthorn Avenue", -3: "Willow Street", -2: "Chestnut Street",
        -1: "Walnut Street", 0: "Main Street", 1: "Elm Street", 2: "Oak Street", 3: "Maple Avenue",
        4: "Pine Street", 5: "Cedar Street", 6: "Birch Street"}
ROW_Y = {r: r * 120.0 for r in ROWS}
Y_MIN, Y_MAX = ROW_Y[-5], ROW_Y[6]
X_MIN, X_MAX = COLS[1], COLS[12]


def streets():
    """Each street: name, aliases, list of segments (x0, y0, x1, y1, from, to)."""
    out = []
    for n, x in COLS.items():
        segs = []
        rows = sorted(ROWS)
        for a, b in zip(rows, rows[1:]):
            base = (a + 6) * 100
            segs.append((x, ROW_Y[a], x, ROW_Y[b], base, base + 99))
        out.append((f"{ordinal(n)} Street", [f"{ORD_WORDS[n - 1].capitalize()} Street"], segs))
    for r, name in ROWS.items():
        y = ROW_Y[r]
        segs = []
        for n in range(1, 12):
            segs.append((COLS[n], y, COLS[n + 1], y, n * 100, n * 100 + 99))
        aliases = {"Main Street": ["Main St"], "Hawthorn Avenue": ["Hawthorne Avenue"]}.get(name, [])
        out.append((name, aliases, segs))
    # Diagonals and short streets: polylines with ranges per segment.
    out.append(("Kingsley Avenue", [], poly([(0, 660), (525, 330), (1050, 0)], 10)))
    out.append(("Old Mill Road", ["Mill Road"], poly([(-450, -420), (0, 120), (500, 720)], 10)))
    out.append(("River Road", ["Route 9", "State Route 9"], poly([(600, -600), (1125, -315), (1650, -30)], 10)))
    out.append(("Station Road", [], poly([(1650, 120), (2000, 120)], 10)))
    out.append(("Market Street", [], poly([(525, 0), (525, 120)], 10)))
    out.append(("Church Street", [], poly([(225, 240), (225, 480)], 10)))
    return out


def poly(points, start):
    segs = []
    n = start
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        segs.append((float(x0), float(y0), float(x1), float(y1), n, n + 198))
        n += 200
    return segs


LANDMARKS = [
    # name, category, aliases, x, y
    ("Oakford Public Library", "library", ["Oakford Library", "public library"], 525, 135),
    ("Central Station", "station", ["train station", "railway station", "Oakford Station"], 1990, 135),
    ("Rosie's Bakery", "bakery", ["Rosies Bakery"], 310, 12),
    ("Riverside Park", "park", [], 1150, -520),
    ("Lincoln Elementary School", "school", ["Lincoln Elementary", "Lincoln School"], 900, 420),
    ("Oakford High School", "school", ["Oakford High", "high school"], 300, -420),
    ("St. Mary's Hospital", "hospital", ["Saint Mary's Hospital", "St Mary's"], 1350, 540),
    ("City Hall", "city hall", ["town hall"], 750, 60),
    ("Oakford Police Department", "police station", ["police station"], 825, -60),
    ("Fire Station Number 2", "fire station", ["firehouse"], 150, 300),
    ("Grand Cinema", "cinema", ["movie theater", "movie theatre"], 675, -12),
    ("FreshMart Supermarket", "supermarket", ["FreshMart", "Fresh Mart", "grocery store"], 1200, 250),
    ("QuickStop Gas", "gas station", ["Quick Stop", "QuickStop", "Quick Stop gas station"], 1500, -250),
    ("Northgate Mall", "mall", ["shopping mall"], 1000, 690),
    ("Corner Cafe", "cafe", ["Corner Coffee"], 975, 132),
    ("Old Mill Brewery", "brewery", [], -250, -300),
    ("Community Pool", "pool", ["swimming pool"], 450, 600),
    ("Main Street Pharmacy", "pharmacy", ["drugstore"], 1125, -12),
    ("Maple Square", "square", [], 750, 360),
]

NEIGHBOURHOODS = [
    ("Downtown", ["city centre", "town centre"], [(300, -120), (1200, -120), (1200, 240), (300, 240)]),
    ("Northgate", [], [(0, 240), (1650, 240), (1650, 760), (0, 760)]),
    ("Riverside", [], [(600, -800), (2100, -800), (2100, -120), (600, -120)]),
    ("Millbrook", ["the Millbrook area"], [(-500, -800), (600, -800), (600, -120), (-500, -120)]),
    ("West End", [], [(-500, -120), (300, -120), (300, 240), (-500, 240)]),
    ("Station Quarter", [], [(1200, -120), (2100, -120), (2100, 240), (1200, 240)]),
]

JURISDICTIONS = [
    ("Oakford Police Department", "oakford-pd", [(-600, -900), (1350, -900), (1350, 900), (-600, 900)]),
    ("Ashby County Sheriff", "ashby-sheriff", [(1350, -900), (2200, -900), (2200, 900), (1350, 900)]),
]

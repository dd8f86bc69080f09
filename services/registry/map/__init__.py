"""The expert map: the network as a graph, on a map by city, and in numbers."""

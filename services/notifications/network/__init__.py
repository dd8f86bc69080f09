"""What notifications learns about the network from the bus, to tell whom an event concerns and what it is about."""

"""Organisations: the universities, businesses and hubs of the network, registered and run by their admins."""

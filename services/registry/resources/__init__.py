"""Resources: coaches, venues, equipment, internships, funding — what organisations offer the network."""

"""Experts: people with skills the network shares, each field shown only to whom the expert allows."""

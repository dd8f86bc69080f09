"""Identity and access: users, memberships, operators, signed tokens and the keys behind them."""

"""The cart that reserves stock (SPEC §3): services write, selectors read."""

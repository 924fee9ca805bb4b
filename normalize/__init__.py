"""Pure functions that turn text as written into the contract's normal forms."""

"""The discount engine (SPEC §4): pure dataclasses in, dataclasses out; loaders apart."""

"""`python -m pgstrata`."""

from pgstrata.cli import entry

if __name__ == "__main__":
    entry()

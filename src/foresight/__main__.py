"""``python -m foresight``: the same as the ``foresight`` command."""

from foresight.cli import main

if __name__ == "__main__":
    main(prog_name="foresight")

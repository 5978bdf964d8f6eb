"""`python -m helpers COMMAND …`: the command line behind every make target."""

from helpers.cli import main

raise SystemExit(main())

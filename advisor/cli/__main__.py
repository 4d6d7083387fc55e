"""`python -m advisor.cli` runs the `flexwork` command."""

import sys

from advisor.cli.main import main

sys.exit(main())

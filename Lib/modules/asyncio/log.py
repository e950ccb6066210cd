"""The logger asyncio reports through."""

import logging

logger = logging.getLogger('asyncio')

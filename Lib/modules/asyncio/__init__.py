"""asyncio: an event loop, coroutines and tasks, TLS-capable transports and
streams, queues and locks, as in Python 3.6 (plus run, create_task and
get_running_loop of 3.7). Unix only."""

import selectors
import sys

from asyncio.base_events import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.futures import *
from asyncio.locks import *
from asyncio.protocols import *
from asyncio.queues import *
from asyncio.runners import *
from asyncio.streams import *
from asyncio.subprocess import *
from asyncio.tasks import *
from asyncio.transports import *
from asyncio.unix_events import *
from asyncio import base_events, coroutines, events, futures, locks, protocols
from asyncio import queues, runners, streams, subprocess, tasks, transports
from asyncio import unix_events
from asyncio import base_subprocess, compat, constants, log
from asyncio import selector_events, sslproto

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ +
           futures.__all__ + locks.__all__ + protocols.__all__ +
           queues.__all__ + runners.__all__ + streams.__all__ +
           subprocess.__all__ +
           tasks.__all__ + transports.__all__ + unix_events.__all__)

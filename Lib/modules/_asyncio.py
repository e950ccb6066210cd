"""What CPython 3.6 compiles as asyncio's accelerator: its Future and
Task classes. Here they are asyncio's own (asyncio.futures.Future and
asyncio.tasks.Task), so code importing either module gets the same
classes."""

from asyncio.futures import Future
from asyncio.tasks import Task

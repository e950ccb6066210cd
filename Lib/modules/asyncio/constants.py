"""Tuning numbers shared by the loop and its transports."""

# After this many writes to a transport whose connection is lost, each
# further write logs a warning.
LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5

# Seconds a server waits before accepting again when accept() ran out of
# descriptors or memory.
ACCEPT_RETRY_DELAY = 1

# How many frames of a debug-mode traceback (source_traceback) are kept.
DEBUG_STACK_DEPTH = 10

# startup.py: what the start-up metric measures (whole process: wall time
# and peak RSS are taken by the harness).
import ssl
ssl.create_default_context()

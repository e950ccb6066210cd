import sys
for arg in ((), (3,), ("message",), (None,)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args)

# File objects refuse to be pickled (protocol 2 and later ask for their
# state), naming their type.
import io, pickle

streams = [open('/dev/null'), open('/dev/null', 'rb'),
           open('/dev/null', 'rb', buffering=0), open('/dev/null', 'wb'),
           open('/dev/null', 'r+b')]
for stream in streams:
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(stream, protocol)
        except TypeError as e:
            if protocol == 2:
                print(type(stream).__name__, e)
    try:
        stream.__getstate__()
    except TypeError as e:
        print('  __getstate__:', e)
    stream.close()

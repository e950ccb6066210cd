# A write to a full pipe is interrupted by a signal whose handler raises:
# the exception comes out of write(), unbuffered, buffered or text, even
# while another thread, which blocks the signal for itself, reads from
# the pipe; what was written before stays written.
import io, os, signal, threading

def on_alarm(signum, frame):
    raise ZeroDivisionError('alarm')

signal.signal(signal.SIGALRM, on_alarm)
for mode, buffering, item in (('wb', 0, b'ab'), ('wb', -1, b'ab'),
                              ('w', -1, 'ab')):
    read_end, write_end = os.pipe()
    got = []

    def reader():
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        got.append(os.read(read_end, 1))

    stream = io.open(write_end, mode, buffering=buffering, closefd=False)
    helper = threading.Thread(target=reader)
    helper.start()
    signal.setitimer(signal.ITIMER_REAL, 0.3)
    try:
        stream.write(item * 300000)
        print('no exception')
    except ZeroDivisionError as e:
        print(mode, buffering, 'ZeroDivisionError', e)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        helper.join()
    got.append(os.read(read_end, 1))
    print(got)
    os.close(write_end)
    os.close(read_end)
    try:
        stream.close()
    except OSError as e:
        print('close', type(e).__name__)

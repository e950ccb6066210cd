# A thread joining the main thread sees it end at exit, and runs on.
import threading, time
def w():
    threading.main_thread().join(); time.sleep(0.1); print('watcher saw main end')
threading.Thread(target=w).start()
print('main done')

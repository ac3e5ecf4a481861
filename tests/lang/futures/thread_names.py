# Worker threads are named after their pool; idle workers are reused.
from concurrent.futures import ThreadPoolExecutor
import threading


def name(_):
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=2) as ex:
    print(ex.submit(name, 0).result())
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="worker") as ex:
    for i in range(3):
        print(ex.submit(name, i).result())
with ThreadPoolExecutor(max_workers=2) as ex:
    print(ex.submit(name, 0).result())

# Fails: finally blocks and __exit__ run (printing) before the uncaught exception's traceback is printed.
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__)
        return False

def work():
    try:
        with Ctx():
            raise RuntimeError("boom in with")
    finally:
        print("finally in work")

work()
